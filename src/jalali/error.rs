//! The error of every fallible operation of the `jalali` module.

use super::{Month, Weekday, MAX_YEAR, MIN_YEAR};

/// What went wrong when building, converting or reading a Jalali date. Every message names the
/// value and the rule it broke.
///
/// ```
/// use daneshbonyan::jalali::JalaliDate;
///
/// let err = JalaliDate::new(1404, 12, 30).unwrap_err();
/// assert_eq!(err.to_string(), "day 30 of Esfand 1404 does not exist: 1404 is not a leap year");
/// ```
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// A Jalali year outside [`MIN_YEAR`]`..=`[`MAX_YEAR`].
    #[error("year {year} is out of the supported range {MIN_YEAR}..={MAX_YEAR}")]
    YearOutOfRange {
        /// The year given.
        year: i64,
    },
    /// A month number outside 1..=12.
    #[error("month {month} is out of range 1..=12")]
    MonthOutOfRange {
        /// The month given.
        month: i64,
    },
    /// A day that the month does not have.
    #[error("day {day} of {month} {year} does not exist: {}", day_reason(*.year, *.month, *.day))]
    DayOutOfRange {
        /// The year.
        year: i32,
        /// The month.
        month: Month,
        /// The day given.
        day: i64,
    },
    /// A Gregorian date that does not exist.
    #[error("{year}-{month:02}-{day:02} is not a Gregorian date")]
    InvalidGregorian {
        /// The year given.
        year: i64,
        /// The month given.
        month: i64,
        /// The day given.
        day: i64,
    },
    /// A Gregorian date whose Jalali date is outside the supported years.
    #[error(
        "{year}-{month:02}-{day:02} is outside the supported range \
         (Jalali years {MIN_YEAR}..={MAX_YEAR})"
    )]
    GregorianOutOfRange {
        /// The year given.
        year: i64,
        /// The month given.
        month: u8,
        /// The day given.
        day: u8,
    },
    /// Text that is not a date in the form asked for.
    #[error("cannot read {input:?} as a date: {reason}")]
    Syntax {
        /// The text (or the part of it that was read).
        input: String,
        /// What was expected.
        reason: &'static str,
    },
    /// A month name that is not one of the names this module knows.
    #[error("{name:?} is not a month name (Iranian, Dari, Pashto or Latin)")]
    UnknownMonth {
        /// The name read.
        name: String,
    },
    /// A weekday written next to a date that falls on another day.
    #[error("{date} is a {actual}, not a {named}")]
    WeekdayMismatch {
        /// The date read.
        date: super::JalaliDate,
        /// The weekday written.
        named: Weekday,
        /// The weekday of the date.
        actual: Weekday,
    },
}

fn day_reason(year: i32, month: Month, day: i64) -> String {
    let n = super::days_in_month(year, month.number());
    if month == Month::Esfand && day == 30 && n == 29 {
        format!("{year} is not a leap year")
    } else if day < 1 {
        "days start at 1".into()
    } else {
        format!("{month} has {n} days")
    }
}
