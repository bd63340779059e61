//! Speed of the Jalali calendar: conversions both ways against `icu_calendar`'s Persian
//! calendar, the tolerant parser and the formatter.
//!
//! * `gregorian_to_jalali` and `jalali_to_gregorian` convert one million consecutive days,
//!   from Gregorian 1800-01-01 (Jalali 1178-10-11) to 4537-11-27 (Jalali 3916-09-07): this
//!   crate from `(y, m, d)` triples and from [`JalaliDate`]s, `icu_calendar` from `Date<Iso>`
//!   built with `Date::try_new_iso` and from precomputed `Date<Persian>` values. Each output's
//!   year, month and day are read into a checksum, so that no conversion is optimised away;
//!   the inputs are built before the timing starts. (icu's Persian calendar follows another
//!   rule in 77 of these years and labels 22 692 of the days differently; the work is the same.)
//! * `parse` reads 10 000 strings in twelve forms (numbers with ASCII, Persian and
//!   Arabic-Indic digits, day first, month names of Iran, Afghanistan and in Latin letters,
//!   `ماه`, weekdays, eras, Arabic letter forms), each a different date.
//! * `format` writes 100 000 dates (every tenth of the million) with `%Y/%m/%d` (`numeric`)
//!   and in the long Persian form (`persian_long`).
//!
//! `cargo bench --bench jalali` prints the time per batch and elements/s; divide the time by
//! the batch size for nanoseconds per conversion.

use criterion::{criterion_group, BenchmarkId, Criterion, SamplingMode, Throughput};
use daneshbonyan::jalali::{self, DigitStyle, FormatOptions, JalaliDate, MonthNames};
use icu_calendar::cal::Persian;
use icu_calendar::{Date, Iso};
use std::hint::black_box;
use std::time::Duration;

/// The number of consecutive days converted.
const DAYS: usize = 1_000_000;
/// The first of them: Gregorian 1800-01-01, in days from 1970-01-01.
const FIRST_UNIX_DAY: i32 = -62_091;
/// The number of strings parsed.
const PARSED: usize = 10_000;
/// One date in this many of the million is formatted.
const FORMAT_STEP: usize = 10;

/// The days measured, in this crate's type.
fn days() -> Vec<JalaliDate> {
    (0..DAYS as i32)
        .map(|i| JalaliDate::from_unix_days(FIRST_UNIX_DAY + i).expect("a supported day"))
        .collect()
}

/// Folds a year, month and day into a running checksum.
#[inline(always)]
fn mix(acc: u64, year: i32, month: u8, day: u8) -> u64 {
    acc.wrapping_mul(31)
        .wrapping_add((year as u64) << 9 | u64::from(month) << 5 | u64::from(day))
}

/// Persian digits (as `format` writes them) rewritten as Arabic-Indic digits.
fn arabic_indic(s: &str) -> String {
    s.chars()
        .map(|c| match c {
            '۰'..='۹' => char::from_u32(c as u32 - 0x06F0 + 0x0660).unwrap_or(c),
            _ => c,
        })
        .collect()
}

/// Persian yeh and keheh written with the Arabic letters, as many keyboards type them.
fn arabic_letters(s: &str) -> String {
    s.replace('ی', "ي").replace('ک', "ك")
}

/// The text of `d` in the form numbered `form` (0..12).
fn written(d: JalaliDate, form: usize) -> String {
    let dari = FormatOptions::new().names(MonthNames::Dari);
    let pashto = FormatOptions::new().names(MonthNames::Pashto);
    let latin = FormatOptions::latin();
    match form {
        0 => format!("{}/{}/{}", d.year(), d.month(), d.day()),
        1 => d.format("%Y/%m/%d"),
        2 => arabic_indic(&d.format("%Y-%m-%d")),
        3 => d.format("%-d %B %Y"),
        4 => d.format("%-d %Bماه %Y"),
        5 => d.format("%A %-d %Bماه %Y"),
        6 => d.format_with("%-d %B %Y", latin),
        7 => arabic_letters(&d.format_with("%-d %B %Y", dari)),
        8 => d.format_with("%-d %B %Y", pashto),
        9 => d.format_with("%d.%m.%Y", FormatOptions::new().digits(DigitStyle::Latin)),
        10 => d.format("%A %-d %B ماه %Y ه.ش").replace('\u{200C}', " "),
        _ => d.format_with("%A, %-d %B %Y AP", latin),
    }
}

fn conversions(c: &mut Criterion, days: &[JalaliDate]) {
    let greg: Vec<(i32, u8, u8)> = days.iter().map(|d| d.to_gregorian()).collect();
    assert_eq!(greg[0], (1800, 1, 1));
    let persian: Vec<Date<Persian>> = greg
        .iter()
        .map(|&(y, m, d)| {
            Date::try_new_iso(y, m, d)
                .expect("an ISO date")
                .to_calendar(Persian)
        })
        .collect();
    let n = Throughput::Elements(DAYS as u64);

    let mut group = c.benchmark_group("gregorian_to_jalali");
    group
        .sampling_mode(SamplingMode::Flat)
        .sample_size(20)
        .warm_up_time(Duration::from_secs(1))
        .measurement_time(Duration::from_secs(3))
        .throughput(n.clone());
    group.bench_with_input(
        BenchmarkId::from_parameter("daneshbonyan"),
        &greg,
        |b, g| {
            b.iter(|| {
                black_box(g).iter().fold(0, |acc, &(y, m, d)| {
                    let j = JalaliDate::from_gregorian(y, m, d).expect("a supported date");
                    mix(acc, j.year(), j.month(), j.day())
                })
            })
        },
    );
    group.bench_with_input(
        BenchmarkId::from_parameter("icu_calendar"),
        &greg,
        |b, g| {
            b.iter(|| {
                black_box(g).iter().fold(0, |acc, &(y, m, d)| {
                    let p = Date::try_new_iso(y, m, d)
                        .expect("an ISO date")
                        .to_calendar(Persian);
                    mix(
                        acc,
                        p.year().extended_year(),
                        p.month().ordinal,
                        p.day_of_month().0,
                    )
                })
            })
        },
    );
    group.finish();

    let mut group = c.benchmark_group("jalali_to_gregorian");
    group
        .sampling_mode(SamplingMode::Flat)
        .sample_size(20)
        .warm_up_time(Duration::from_secs(1))
        .measurement_time(Duration::from_secs(3))
        .throughput(n);
    group.bench_with_input(BenchmarkId::from_parameter("daneshbonyan"), days, |b, j| {
        b.iter(|| {
            black_box(j).iter().fold(0, |acc, d| {
                let (y, m, d) = d.to_gregorian();
                mix(acc, y, m, d)
            })
        })
    });
    group.bench_with_input(
        BenchmarkId::from_parameter("icu_calendar"),
        &persian,
        |b, p| {
            b.iter(|| {
                black_box(p).iter().fold(0, |acc, d| {
                    let g = d.to_calendar(Iso);
                    mix(
                        acc,
                        g.year().extended_year(),
                        g.month().ordinal,
                        g.day_of_month().0,
                    )
                })
            })
        },
    );
    group.finish();
}

fn parse(c: &mut Criterion, days: &[JalaliDate]) {
    let step = days.len() / PARSED;
    let texts: Vec<(String, JalaliDate)> = (0..PARSED)
        .map(|i| {
            // Walk the forms and the days of the week out of step with each other.
            let d = days[i * step + i % 7];
            (written(d, i % 12), d)
        })
        .collect();
    for (text, date) in &texts {
        assert_eq!(jalali::parse(text).as_ref(), Ok(date), "{text}");
    }
    let texts: Vec<String> = texts.into_iter().map(|(t, _)| t).collect();
    let mut group = c.benchmark_group("parse");
    group
        .sample_size(20)
        .warm_up_time(Duration::from_secs(1))
        .measurement_time(Duration::from_secs(3))
        .throughput(Throughput::Elements(texts.len() as u64));
    group.bench_with_input(
        BenchmarkId::from_parameter("daneshbonyan"),
        &texts,
        |b, t| {
            b.iter(|| {
                black_box(t).iter().fold(0, |acc, s| {
                    let d = jalali::parse(s).expect("a date");
                    mix(acc, d.year(), d.month(), d.day())
                })
            })
        },
    );
    group.finish();
}

fn format(c: &mut Criterion, days: &[JalaliDate]) {
    let dates: Vec<JalaliDate> = days.iter().step_by(FORMAT_STEP).copied().collect();
    let mut group = c.benchmark_group("format");
    group
        .sample_size(20)
        .warm_up_time(Duration::from_secs(1))
        .measurement_time(Duration::from_secs(3))
        .throughput(Throughput::Elements(dates.len() as u64));
    group.bench_with_input(
        BenchmarkId::new("daneshbonyan", "numeric"),
        &dates,
        |b, ds| {
            b.iter(|| {
                black_box(ds)
                    .iter()
                    .map(|d| d.format("%Y/%m/%d").len())
                    .sum::<usize>()
            })
        },
    );
    group.bench_with_input(
        BenchmarkId::new("daneshbonyan", "persian_long"),
        &dates,
        |b, ds| {
            b.iter(|| {
                black_box(ds)
                    .iter()
                    .map(|d| d.to_persian_long().len())
                    .sum::<usize>()
            })
        },
    );
    group.finish();
}

fn bench(c: &mut Criterion) {
    let days = days();
    conversions(c, &days);
    parse(c, &days);
    format(c, &days);
}

criterion_group!(benches, bench);

fn main() {
    benches();
    Criterion::default().configure_from_args().final_summary();
}
