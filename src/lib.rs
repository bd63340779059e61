//! # daneshbonyan
//!
//! Persian text normalisation, the Jalali calendar and a domain model for expert networks and
//! export hubs of knowledge-based (دانش‌بنیان) companies.
//!
//! * [`normalize`]: one fast, configurable pass that turns messy Persian text into standard
//!   Persian orthography or into search keys, with a map back to the input.
//!
//! ```
//! use daneshbonyan::normalize::normalize;
//!
//! assert_eq!(normalize("كتاب ها , سال 1404"), "کتاب\u{200c}ها، سال ۱۴۰۴");
//! ```
//!
//! # Crate features
//!
//! * `std` (default): the standard library; everything needs it today.
//! * `serde` (default): `Serialize` and `Deserialize` for the crate's types.
//! * `chrono`: conversions with `chrono::NaiveDate`.
//! * `icu`: conversions with `icu_calendar` dates.
#![forbid(unsafe_code)]
#![deny(missing_docs)]
#![warn(missing_debug_implementations)]

pub mod jalali;
pub mod model;
pub mod normalize;

/// The README's examples run as doctests.
#[cfg(doctest)]
#[doc = include_str!("../README.md")]
pub struct ReadmeDoctests;
