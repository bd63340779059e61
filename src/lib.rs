//! # daneshbonyan
//!
//! Persian text normalisation, the Jalali calendar and a domain model for expert networks and
//! export hubs of knowledge-based (دانش‌بنیان) companies.
//!
//! * [`normalize`]: one fast, configurable pass that turns messy Persian text into standard
//!   Persian orthography or into search keys, with a map back to the input.
//! * [`jalali`]: a Jalali date type exact to Iran's astronomical calendar, with Persian, Dari,
//!   Pashto and Latin formatting, a tolerant parser and [`jalali::find_dates`].
//! * [`model`]: experts, institutions, meetings, export hubs and export deals in types that
//!   cannot hold an invalid value, and a [`model::Registry`] that keeps their references true.
//!
//! ```
//! use daneshbonyan::jalali::parse;
//! use daneshbonyan::normalize::normalize;
//!
//! assert_eq!(normalize("كتاب ها , سال 1404"), "کتاب\u{200c}ها، سال ۱۴۰۴");
//! assert_eq!(parse("سه شنبه ۲۹ مهرماه ۱۴۰۴").unwrap().to_gregorian(), (2025, 10, 21));
//! ```
//!
//! # Crate features
//!
//! * `std` (default): the standard library; everything needs it today.
//! * `serde` (default): `Serialize` and `Deserialize` for the crate's types (checked when read),
//!   and the registry to and from JSON (`serde_json`; `serde_path_to_error` names the path to a
//!   problem).
//! * `chrono`: `From<JalaliDate>` for `chrono::NaiveDate` and `TryFrom` back.
//! * `icu`: the same with `icu_calendar::Date<Persian>` and `Date<Iso>`.
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
