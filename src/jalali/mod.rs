#![doc = include_str!("../../docs/jalali.md")]
//!
//! ## The years where the rule's variants, and icu_calendar, differ
//!
#![doc = include_str!("../../docs/jalali_years.md")]

mod civil;
mod date;
mod error;
mod format;
mod interop;
mod parse;
mod rule;
#[rustfmt::skip]
mod table;

pub use date::{days_in_month, is_leap_year, JalaliDate, Month, Weekday};
pub use error::Error;
pub use format::{DigitStyle, FormatOptions, MonthNames};
pub use parse::{find_dates, parse, FoundDates};

/// The first supported Jalali year.
pub const MIN_YEAR: i32 = -9999;
/// The last supported Jalali year.
pub const MAX_YEAR: i32 = 9999;

/// The first and last years of the reference table behind the rule (see the module docs);
/// outside them the arithmetic 33-year rule applies.
pub const TABLE_YEARS: core::ops::RangeInclusive<i32> = table::FIRST_YEAR..=table::LAST_YEAR;
