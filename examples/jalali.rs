//! A Jalali date converter for the command line.
//!
//! ```text
//! cargo run --example jalali -- <date> [<date> ...]
//! ```
//!
//! Each argument is a Jalali date in any form that [`jalali::parse`] reads (`1404/7/29`,
//! `۱۴۰۴/۰۷/۲۹`, `۲۹ مهرماه ۱۴۰۴`, `سه‌شنبه ۲۹ مهر ۱۴۰۴`, `29 Mehr 1404`, `۲۹ میزان ۱۴۰۴`…), or
//! a Gregorian date `g:YYYY-MM-DD` (`g:2025-10-21`). Every date is printed in all the forms the
//! crate writes, with its Gregorian date, weekday, day of the year and the length of its year
//! and month.
//!
//! An argument that is not a date is reported on stderr, the others are still converted, and
//! the exit status is 1. With no argument, the example prints this usage and converts the
//! meeting date «سه‌شنبه ۲۹ مهرماه ۱۴۰۴».

use daneshbonyan::jalali::{self, FormatOptions, JalaliDate, MonthNames};
use std::process::ExitCode;

const USAGE: &str = "\
usage: cargo run --example jalali -- <date> [<date> ...]
  <date>  a Jalali date: 1404/7/29, ۱۴۰۴/۰۷/۲۹, ۲۹ مهرماه ۱۴۰۴, 29 Mehr 1404, ...
          or a Gregorian date: g:2025-10-21";

/// The date converted when no argument is given.
const EXAMPLE: &str = "سه‌شنبه ۲۹ مهرماه ۱۴۰۴";

/// Reads one argument: `g:YYYY-MM-DD` from the Gregorian calendar, anything else as a Jalali
/// date.
fn read(arg: &str) -> Result<JalaliDate, jalali::Error> {
    match arg.trim().strip_prefix("g:") {
        Some(iso) => {
            let (year, month, day) =
                gregorian_fields(iso).ok_or_else(|| jalali::Error::Syntax {
                    input: arg.trim().to_string(),
                    reason: "expected a Gregorian date g:YYYY-MM-DD",
                })?;
            JalaliDate::from_gregorian(year, month, day)
        }
        None => jalali::parse(arg),
    }
}

/// The fields of `YYYY-MM-DD` (ASCII digits; `-` before a year before 1).
fn gregorian_fields(iso: &str) -> Option<(i32, u8, u8)> {
    let (negative, body) = match iso.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, iso),
    };
    let mut parts = body.split('-');
    let (Some(y), Some(m), Some(d), None) =
        (parts.next(), parts.next(), parts.next(), parts.next())
    else {
        return None;
    };
    let digits = |p: &str, len: std::ops::RangeInclusive<usize>| {
        len.contains(&p.len()) && p.bytes().all(|c| c.is_ascii_digit())
    };
    if !(digits(y, 4..=5) && digits(m, 1..=2) && digits(d, 1..=2)) {
        return None;
    }
    let year: i32 = y.parse().ok()?;
    Some((
        if negative { -year } else { year },
        m.parse().ok()?,
        d.parse().ok()?,
    ))
}

/// A Gregorian date as ISO 8601 writes it.
fn iso((year, month, day): (i32, u8, u8)) -> String {
    let sign = if year < 0 { "-" } else { "" };
    format!("{sign}{:04}-{month:02}-{day:02}", year.unsigned_abs())
}

fn show(arg: &str, date: JalaliDate) {
    const WORDS: &str = "%A %-d %B %Y";
    let weekday = date.weekday();
    let year_days = if date.is_leap_year() { 366 } else { 365 };
    let rows = [
        ("Jalali", date.to_string()),
        ("Persian digits", date.format("%Y/%m/%d")),
        ("Persian", date.to_persian_long()),
        ("Latin", date.format_with(WORDS, FormatOptions::latin())),
        (
            "Dari",
            date.format_with(WORDS, FormatOptions::new().names(MonthNames::Dari)),
        ),
        (
            "Pashto",
            date.format_with(WORDS, FormatOptions::new().names(MonthNames::Pashto)),
        ),
        ("Gregorian", iso(date.to_gregorian())),
        (
            "weekday",
            format!("{} ({})", weekday.english_name(), weekday.persian_name()),
        ),
        ("day of year", date.ordinal().to_string()),
        (
            "leap year",
            format!(
                "{} ({} has {year_days} days)",
                if date.is_leap_year() { "yes" } else { "no" },
                date.year()
            ),
        ),
        (
            "days in month",
            format!("{} ({})", date.days_in_month(), date.month_name()),
        ),
    ];
    println!("{arg}");
    for (label, value) in rows {
        println!("  {label:<15} {value}");
    }
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    if args.is_empty() {
        println!("{USAGE}\n");
        match read(EXAMPLE) {
            Ok(date) => show(EXAMPLE, date),
            Err(err) => eprintln!("{EXAMPLE}: {err}"),
        }
        return ExitCode::SUCCESS;
    }
    if args.iter().any(|a| a == "-h" || a == "--help") {
        println!("{USAGE}");
        return ExitCode::SUCCESS;
    }
    let (mut shown, mut failed) = (false, false);
    for arg in &args {
        match read(arg) {
            Ok(date) => {
                if shown {
                    println!();
                }
                show(arg, date);
                shown = true;
            }
            Err(err) => {
                eprintln!("{arg}: {err}");
                failed = true;
            }
        }
    }
    if failed {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    }
}
