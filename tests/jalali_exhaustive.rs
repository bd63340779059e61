//! The calendar against its references, day by day: the round trip and the weekday over every
//! day of −100..3500, the reference table of 1 Farvardin, the official Calendar Center table,
//! and icu_calendar over 1178..1502.

use chrono::Datelike;
use daneshbonyan::jalali::{days_in_month, is_leap_year, JalaliDate, Weekday, TABLE_YEARS};

fn read(path: &str) -> String {
    let full = format!("{}/{path}", env!("CARGO_MANIFEST_DIR"));
    std::fs::read_to_string(&full).unwrap_or_else(|e| panic!("{full}: {e}"))
}

fn gregorian(s: &str) -> (i32, u8, u8) {
    let (neg, s) = match s.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, s),
    };
    let p: Vec<i32> = s.split('-').map(|x| x.parse().unwrap()).collect();
    (if neg { -p[0] } else { p[0] }, p[1] as u8, p[2] as u8)
}

/// (year, 1 Farvardin) of every row of a table whose first two columns are the year and the
/// date, or (official table) year, mark, date.
/// A row: the year, its 1 Farvardin, and all the fields.
type NowruzRow = (i32, (i32, u8, u8), Vec<String>);

fn nowruz_rows(tsv: &str, date_column: usize) -> Vec<NowruzRow> {
    tsv.lines()
        .filter(|l| !l.starts_with('#') && !l.starts_with("persian_year") && !l.is_empty())
        .map(|l| {
            let f: Vec<String> = l.split('\t').map(str::to_string).collect();
            (f[0].parse().unwrap(), gregorian(&f[date_column]), f)
        })
        .collect()
}

#[test]
fn every_day_of_the_table_years_round_trips_and_has_chrono_weekday() {
    let first = JalaliDate::new(*TABLE_YEARS.start(), 1, 1).unwrap();
    let last = JalaliDate::new(
        *TABLE_YEARS.end(),
        12,
        days_in_month(*TABLE_YEARS.end(), 12),
    )
    .unwrap();
    let (y, m, d) = first.to_gregorian();
    let mut naive = chrono::NaiveDate::from_ymd_opt(y, m.into(), d.into()).unwrap();
    let mut date = first;
    let mut count = 0u32;
    loop {
        // Jalali → Gregorian → Jalali.
        let (gy, gm, gd) = date.to_gregorian();
        assert_eq!(
            (gy, u32::from(gm), u32::from(gd)),
            (naive.year(), naive.month(), naive.day()),
            "{date}"
        );
        assert_eq!(JalaliDate::from_gregorian(gy, gm, gd), Ok(date));
        // The weekday, against chrono's.
        assert_eq!(
            date.weekday().number_from_saturday(),
            ((naive.weekday().num_days_from_sunday() + 1) % 7) as u8,
            "{date}"
        );
        // The fields are consistent.
        assert!(date.day() >= 1 && date.day() <= date.days_in_month());
        let new_year = JalaliDate::new(date.year(), 1, 1).unwrap();
        assert_eq!(i64::from(date.ordinal()), date.days_since(new_year) + 1);
        count += 1;
        if date == last {
            break;
        }
        // The next day is the next Gregorian day, and strictly after.
        let next = date.succ().unwrap();
        assert!(next > date);
        assert_eq!(next.days_since(date), 1);
        assert_eq!(date.checked_add_days(1), Some(next));
        assert_eq!(next.pred(), Some(date));
        date = next;
        naive = naive.succ_opt().unwrap();
    }
    // 3 601 years, 365 or 366 days each.
    let leaps = TABLE_YEARS.filter(|&y| is_leap_year(y)).count() as u32;
    assert_eq!(count, 3601 * 365 + leaps);
}

#[test]
fn nowruz_of_every_year_is_the_reference_tables() {
    let rows = nowruz_rows(&read("tests/data/nowruz.tsv"), 1);
    assert_eq!(rows.len(), 3601);
    assert_eq!(rows[0].0, -100);
    assert_eq!(rows[3600].0, 3500);
    for (year, (gy, gm, gd), _) in &rows {
        let nowruz = JalaliDate::new(*year, 1, 1).unwrap();
        assert_eq!(nowruz.to_gregorian(), (*gy, *gm, *gd), "1 Farvardin {year}");
        assert_eq!(JalaliDate::from_gregorian(*gy, *gm, *gd), Ok(nowruz));
        // The day before is the last day of the year before.
        let eve = nowruz.pred().unwrap();
        assert_eq!((eve.year(), eve.month()), (year - 1, 12));
        assert_eq!(eve.day(), days_in_month(year - 1, 12));
    }
}

#[test]
fn nowruz_and_leap_years_are_the_official_tables_for_1206_to_1498() {
    let rows = nowruz_rows(&read("tests/data/official_nowruz_1206_1498.tsv"), 2);
    assert_eq!(rows.len(), 1498 - 1206 + 1);
    for (year, (gy, gm, gd), fields) in &rows {
        let nowruz = JalaliDate::new(*year, 1, 1).unwrap();
        assert_eq!(nowruz.to_gregorian(), (*gy, *gm, *gd), "1 Farvardin {year}");
        let marked_leap = fields[1].starts_with('*');
        assert_eq!(is_leap_year(*year), marked_leap, "leap year {year}");
    }
}

#[test]
fn every_day_of_1178_to_1502_is_icu_calendars_but_the_last() {
    #[cfg(feature = "icu")]
    use icu_calendar::Iso;
    use icu_calendar::{cal::Persian, Date};
    let mut date = JalaliDate::new(1178, 1, 1).unwrap();
    // The years 1178..1502; through the last day of 1502 they agree but for that day: 1502 is
    // a leap year and icu ends it a day early (1503 is in the table of differences).
    let end = JalaliDate::new(1502, 12, 30).unwrap();
    let icu_end = Date::try_new_iso(2124, 3, 20)
        .unwrap()
        .to_calendar(Persian::new());
    assert_eq!(end.to_gregorian(), (2124, 3, 20));
    assert_eq!(
        (
            icu_end.year().extended_year(),
            icu_end.month().ordinal,
            icu_end.day_of_month().0
        ),
        (1503, 1, 1)
    );
    while date < end {
        let (y, m, d) = date.to_gregorian();
        let iso = Date::try_new_iso(y, m, d).unwrap();
        let icu = iso.to_calendar(Persian::new());
        assert_eq!(
            (
                icu.year().extended_year(),
                icu.month().ordinal,
                icu.day_of_month().0
            ),
            (date.year(), date.month(), date.day()),
            "{date} ({y}-{m:02}-{d:02})"
        );
        // And the conversions of the `icu` feature keep the day.
        #[cfg(feature = "icu")]
        {
            assert_eq!(Date::<Iso>::from(date), iso);
            assert_eq!(Date::<Persian>::from(date), icu);
            assert_eq!(JalaliDate::try_from(icu), Ok(date));
            assert_eq!(JalaliDate::try_from(iso), Ok(date));
        }
        date = date.succ().unwrap();
    }
}

#[test]
fn years_outside_the_table_follow_the_33_year_rule() {
    for year in (-9999..-100).chain(3500..=9999) {
        let arithmetic = (25 * i64::from(year) + 11).rem_euclid(33) < 8;
        assert_eq!(is_leap_year(year), arithmetic, "{year}");
    }
    // The count goes on without a gap at both edges.
    for year in [-101, -100, 3499, 3500, 3501] {
        let a = JalaliDate::new(year, 1, 1).unwrap();
        let b = JalaliDate::new(year + 1, 1, 1).unwrap();
        assert_eq!(
            b.days_since(a),
            365 + i64::from(is_leap_year(year)),
            "{year}"
        );
    }
}

#[test]
fn every_day_of_the_supported_range_round_trips() {
    // Every year, every month's first and last day, across the whole range.
    let mut previous: Option<JalaliDate> = None;
    for year in daneshbonyan::jalali::MIN_YEAR..=daneshbonyan::jalali::MAX_YEAR {
        for month in 1..=12 {
            for day in [1, days_in_month(year, month)] {
                let date = JalaliDate::new(year, month, day).unwrap();
                let (y, m, d) = date.to_gregorian();
                assert_eq!(JalaliDate::from_gregorian(y, m, d), Ok(date));
                assert_eq!(JalaliDate::from_unix_days(date.unix_days()), Ok(date));
                if let Some(p) = previous {
                    assert!(date > p);
                }
                previous = Some(date);
            }
        }
    }
}

#[test]
fn the_range_ends_convert_and_nothing_beyond_them_does() {
    let (min, max) = (JalaliDate::MIN, JalaliDate::MAX);
    assert_eq!(min.to_string(), "-9999-01-01");
    assert_eq!(max.to_string(), "9999-12-29");
    assert_eq!(min.checked_add_days(-1), None);
    assert_eq!(max.checked_add_days(1), None);
    assert_eq!(max.succ(), None);
    assert_eq!(min.pred(), None);
    assert_eq!(min.checked_add_months(-1), None);
    assert_eq!(max.checked_add_months(1), None);
    assert_eq!(min.checked_add_days(i64::MIN), None);
    assert_eq!(max.checked_add_days(i64::MAX), None);
    assert_eq!(min.checked_add_months(i32::MIN), None);
    assert_eq!(max.checked_add_years(i32::MAX), None);
    let (y, m, d) = min.to_gregorian();
    assert_eq!(JalaliDate::from_gregorian(y, m, d), Ok(min));
    let naive = |d: JalaliDate| {
        let (y, m, d) = d.to_gregorian();
        chrono::NaiveDate::from_ymd_opt(y, m.into(), d.into()).unwrap()
    };
    assert_eq!(naive(min).to_string(), "-9378-03-22");
    let before = naive(min).pred_opt().unwrap();
    let after = naive(max).succ_opt().unwrap();
    for outside in [before, after] {
        let (y, m, d) = (outside.year(), outside.month() as u8, outside.day() as u8);
        assert_eq!(
            JalaliDate::from_gregorian(y, m, d).unwrap_err().to_string(),
            format!("{y}-{m:02}-{d:02} is outside the supported range (Jalali years -9999..=9999)")
        );
    }
    // chrono holds every supported date (the `chrono` feature's `From` cannot fail).
    #[cfg(feature = "chrono")]
    {
        assert_eq!(chrono::NaiveDate::from(min), naive(min));
        assert_eq!(chrono::NaiveDate::from(max), naive(max));
        assert_eq!(JalaliDate::try_from(naive(max)), Ok(max));
        assert!(JalaliDate::try_from(after).is_err());
    }
    for days in [i32::MIN, i32::MAX, min.unix_days() - 1, max.unix_days() + 1] {
        assert!(JalaliDate::from_unix_days(days).is_err());
    }
    for (y, m, d) in [
        (i32::MIN, 1, 1),
        (i32::MAX, 12, 31),
        (20_001, 1, 1),
        (-20_001, 1, 1),
    ] {
        assert!(JalaliDate::from_gregorian(y, m, d).is_err());
    }
}

#[test]
fn error_messages_name_the_value_and_the_rule() {
    let cases: Vec<(Result<JalaliDate, daneshbonyan::jalali::Error>, &str)> = vec![
        (JalaliDate::new(1404, 13, 1), "month 13 is out of range 1..=12"),
        (JalaliDate::new(1404, 0, 1), "month 0 is out of range 1..=12"),
        (
            JalaliDate::new(1404, 12, 30),
            "day 30 of Esfand 1404 does not exist: 1404 is not a leap year",
        ),
        (
            JalaliDate::new(1404, 7, 31),
            "day 31 of Mehr 1404 does not exist: Mehr has 30 days",
        ),
        (
            JalaliDate::new(1404, 7, 0),
            "day 0 of Mehr 1404 does not exist: days start at 1",
        ),
        (
            JalaliDate::new(10_000, 1, 1),
            "year 10000 is out of the supported range -9999..=9999",
        ),
        (
            JalaliDate::from_gregorian(2025, 2, 29),
            "2025-02-29 is not a Gregorian date",
        ),
        (
            JalaliDate::from_gregorian(2025, 13, 1),
            "2025-13-01 is not a Gregorian date",
        ),
        (
            "1404-7-29".parse(),
            "cannot read \"1404-7-29\" as a date: expected YYYY-MM-DD with ASCII digits",
        ),
        (
            "۱۴۰۴-۰۷-۲۹".parse(),
            "cannot read \"۱۴۰۴-۰۷-۲۹\" as a date: expected YYYY-MM-DD with ASCII digits",
        ),
        (
            "1404-12-30".parse(),
            "day 30 of Esfand 1404 does not exist: 1404 is not a leap year",
        ),
        (
            daneshbonyan::jalali::parse("۲۹ مهرر ۱۴۰۴"),
            "\"مهرر\" is not a month name (Iranian, Dari, Pashto or Latin)",
        ),
        (
            daneshbonyan::jalali::parse("1404/13/29"),
            "month 13 is out of range 1..=12",
        ),
        (
            daneshbonyan::jalali::parse("جمعه ۲۹ مهر ۱۴۰۴"),
            "1404-07-29 is a Tuesday, not a Friday",
        ),
        (
            daneshbonyan::jalali::parse("tomorrow"),
            "cannot read \"tomorrow\" as a date: expected a date such as 1404/7/29 or ۲۹ مهر ۱۴۰۴",
        ),
        (
            daneshbonyan::jalali::parse("1404/7/29 x"),
            "cannot read \"1404/7/29 x\" as a date: expected a date such as 1404/7/29 or ۲۹ مهر ۱۴۰۴",
        ),
    ];
    for (result, message) in cases {
        assert_eq!(result.unwrap_err().to_string(), message);
    }
}

#[test]
fn month_arithmetic_clamps_to_the_last_day() {
    let d = |y, m, d| JalaliDate::new(y, m, d).unwrap();
    assert_eq!(d(1404, 6, 31).checked_add_months(1), Some(d(1404, 7, 30)));
    assert_eq!(d(1404, 6, 31).checked_add_months(6), Some(d(1404, 12, 29)));
    assert_eq!(d(1403, 12, 30).checked_add_years(1), Some(d(1404, 12, 29)));
    assert_eq!(
        d(1403, 12, 30).checked_add_months(-12),
        Some(d(1402, 12, 29))
    );
    assert_eq!(d(1404, 1, 31).checked_add_months(-1), Some(d(1403, 12, 30)));
    assert_eq!(d(1404, 1, 1).checked_add_months(-13), Some(d(1402, 12, 1)));
    // Every start day of a year, every month count in ±30 years: on a valid day, in the
    // right month, never past the start day.
    for start in d(1400, 1, 1)
        .days_of_month()
        .chain(d(1403, 12, 1).days_of_month())
    {
        for n in -360..=360 {
            let moved = start.checked_add_months(n).unwrap();
            let months =
                (moved.year() - start.year()) * 12 + moved.month() as i32 - start.month() as i32;
            assert_eq!(months, n);
            assert_eq!(moved.day(), start.day().min(moved.days_in_month()));
        }
    }
}

#[test]
fn month_days_iterate_in_order() {
    for year in [1403, 1404] {
        for month in 1..=12 {
            let first = JalaliDate::new(year, month, 1).unwrap();
            let days: Vec<JalaliDate> = first.days_of_month().collect();
            assert_eq!(days.len(), usize::from(days_in_month(year, month)));
            assert_eq!(days[0], first);
            assert_eq!(*days.last().unwrap(), first.last_day_of_month());
            assert!(days.windows(2).all(|w| w[1].days_since(w[0]) == 1));
        }
    }
}

#[test]
fn weekday_names_and_numbers() {
    let names: Vec<&str> = Weekday::ALL.iter().map(|w| w.persian_name()).collect();
    assert_eq!(
        names,
        [
            "شنبه",
            "یک‌شنبه",
            "دوشنبه",
            "سه‌شنبه",
            "چهارشنبه",
            "پنج‌شنبه",
            "جمعه"
        ]
    );
    for w in Weekday::ALL {
        #[cfg(feature = "chrono")]
        assert_eq!(Weekday::from(chrono::Weekday::from(w)), w);
        assert_eq!(
            Weekday::from_number_from_saturday(w.number_from_saturday()),
            w
        );
    }
}

#[cfg(feature = "serde")]
#[test]
fn serde_is_the_canonical_string() {
    let d = JalaliDate::new(1404, 7, 29).unwrap();
    assert_eq!(serde_json::to_string(&d).unwrap(), "\"1404-07-29\"");
    assert_eq!(
        serde_json::from_str::<JalaliDate>("\"1404-07-29\"").unwrap(),
        d
    );
    let early = JalaliDate::new(-100, 1, 1).unwrap();
    assert_eq!(serde_json::to_string(&early).unwrap(), "\"-0100-01-01\"");
    assert_eq!(
        serde_json::from_str::<JalaliDate>("\"-0100-01-01\"").unwrap(),
        early
    );
    let err = serde_json::from_str::<JalaliDate>("\"1404-12-30\"").unwrap_err();
    assert_eq!(
        err.to_string(),
        "day 30 of Esfand 1404 does not exist: 1404 is not a leap year at line 1 column 12"
    );
    assert!(serde_json::from_str::<JalaliDate>("14040729").is_err());
}

#[test]
fn public_types_are_send_sync() {
    fn check<T: Send + Sync + 'static>() {}
    check::<JalaliDate>();
    check::<daneshbonyan::jalali::Error>();
    check::<daneshbonyan::jalali::FoundDates>();
    check::<daneshbonyan::jalali::Month>();
    check::<Weekday>();
}
