//! Property tests of formatting and reading: every pattern that `parse` reads, in every digit
//! style and name set, reads back to the date; `find_dates` finds it inside text; no input
//! makes `parse` or `find_dates` panic.

use daneshbonyan::jalali::{
    find_dates, parse, DigitStyle, FormatOptions, JalaliDate, MonthNames, MAX_YEAR, MIN_YEAR,
};
use proptest::prelude::*;

/// The patterns `parse` reads (`%y`, `%j` and `%b` lose information and are not among them).
const PATTERNS: &[&str] = &[
    "%Y-%m-%d",
    "%Y/%m/%d",
    "%Y/%-m/%-d",
    "%Y.%m.%d",
    "%d/%m/%Y",
    "%-d-%-m-%Y",
    "%-d %B %Y",
    "%d %B %Y",
    "%-d %Bماه %Y",
    "%-d %B ماه %Y",
    "%A %-d %B %Y",
    "%A، %-d %B %Y",
    "%A, %-d %B %Y",
    "%-d %B %Y ه.ش",
    "%-d %B %Y هجری شمسی",
];

fn options() -> impl Strategy<Value = FormatOptions> {
    (
        prop_oneof![Just(DigitStyle::Persian), Just(DigitStyle::Latin)],
        prop_oneof![
            Just(MonthNames::Iranian),
            Just(MonthNames::Dari),
            Just(MonthNames::Pashto),
            Just(MonthNames::Latin)
        ],
    )
        .prop_map(|(d, n)| FormatOptions::new().digits(d).names(n))
}

/// Any date of the years `parse` reads (1..=9999; earlier years only through `FromStr`).
fn date() -> impl Strategy<Value = JalaliDate> {
    let first = JalaliDate::new(1, 1, 1).unwrap().unix_days();
    let last = JalaliDate::MAX.unix_days();
    prop_oneof![
        (first..=last).prop_map(|d| JalaliDate::from_unix_days(d).unwrap()),
        // Most weight on the years people write.
        (1300..1500i32, 1..=12u8, 1..=31u8).prop_map(|(y, m, d)| {
            let d = d.min(daneshbonyan::jalali::days_in_month(y, m));
            JalaliDate::new(y, m, d).unwrap()
        }),
    ]
}

fn any_date() -> impl Strategy<Value = JalaliDate> {
    (JalaliDate::MIN.unix_days()..=JalaliDate::MAX.unix_days())
        .prop_map(|d| JalaliDate::from_unix_days(d).unwrap())
}

proptest! {
    #![proptest_config(ProptestConfig {
        cases: std::env::var("PROPTEST_CASES").ok().and_then(|v| v.parse().ok()).unwrap_or(2000),
        ..ProptestConfig::default()
    })]

    #[test]
    fn parse_reads_what_format_writes(
        d in date(),
        pattern in proptest::sample::select(PATTERNS),
        opts in options(),
    ) {
        let text = d.format_with(pattern, opts);
        prop_assert_eq!(parse(&text), Ok(d), "{:?}", text);
    }

    #[test]
    fn find_dates_finds_what_format_writes(
        d in date(),
        pattern in proptest::sample::select(PATTERNS),
        opts in options(),
        before in proptest::sample::select(&["", "جلسه در ", "نشست بعدی: ", "(", "«"][..]),
        after in proptest::sample::select(&["", " برگزار شد.", "، و بعد", ")", "»"][..]),
    ) {
        let formatted = d.format_with(pattern, opts);
        let text = format!("{before}{formatted}{after}");
        let found: Vec<_> = find_dates(&text).collect();
        prop_assert_eq!(found.len(), 1, "{:?}", text);
        prop_assert_eq!(found[0].1, d);
        prop_assert_eq!(&text[found[0].0.clone()], formatted.as_str(), "{:?}", text);
    }

    #[test]
    fn display_and_from_str_round_trip(d in any_date()) {
        prop_assert_eq!(d.to_string().parse::<JalaliDate>(), Ok(d));
        let (y, m, day) = d.to_gregorian();
        prop_assert_eq!(JalaliDate::from_gregorian(y, m, day), Ok(d));
        prop_assert!((MIN_YEAR..=MAX_YEAR).contains(&d.year()));
    }

    #[test]
    fn days_arithmetic_agrees_with_the_day_count(d in any_date(), n in -4_000_000i64..4_000_000) {
        match d.checked_add_days(n) {
            Some(e) => prop_assert_eq!(e.days_since(d), n),
            None => {
                let target = i64::from(d.unix_days()) + n;
                prop_assert!(
                    target < i64::from(JalaliDate::MIN.unix_days())
                        || target > i64::from(JalaliDate::MAX.unix_days())
                );
            }
        }
    }

    #[test]
    fn parse_and_find_dates_never_panic(text in any::<String>()) {
        let _ = parse(&text);
        check_found(&text)?;
    }

    #[test]
    fn parse_and_find_dates_never_panic_on_date_like_text(
        pieces in proptest::collection::vec(proptest::sample::select(&[
            "1404", "۱۴۰۴", "١٤٠٤", "7", "۰۷", "29", "۲۹", "/", "-", ".", " ", "مهر", "ماه",
            "مهرماه", "سه", "شنبه", "سه\u{200C}شنبه", "سهشنبه", "\u{200C}", "ه.ش", "mehr", "Mehr",
            "13", "30", "اسفند", "12", "99999999999999999999", "0", "،", ",", "ي", "ك", "\n",
        ][..]), 0..16)
    ) {
        let text = pieces.concat();
        let _ = parse(&text);
        check_found(&text)?;
    }
}

/// `find_dates` on `text`: ranges in order, apart, on character boundaries, each reading back
/// with `parse` to the date found.
fn check_found(text: &str) -> Result<(), TestCaseError> {
    let mut end = 0;
    for (range, date) in find_dates(text) {
        prop_assert!(range.start >= end && range.start < range.end && range.end <= text.len());
        prop_assert!(text.is_char_boundary(range.start) && text.is_char_boundary(range.end));
        prop_assert_eq!(
            parse(&text[range.clone()]),
            Ok(date),
            "{:?}",
            &text[range.clone()]
        );
        end = range.end;
    }
    Ok(())
}

#[test]
fn try_format_rejects_unknown_directives_and_format_keeps_them() {
    let d = JalaliDate::new(1404, 7, 29).unwrap();
    assert_eq!(d.format("%Y %q %"), "۱۴۰۴ %q %");
    assert_eq!(
        d.try_format("%", FormatOptions::latin())
            .unwrap_err()
            .to_string(),
        "cannot read \"%\" as a date: unknown directive in a format pattern"
    );
    assert_eq!(
        d.try_format("%Y-%m-%d %j %y %b %a %%", FormatOptions::latin()),
        Ok("1404-07-29 215 04 Meh Tue %".to_string())
    );
    assert_eq!(d.format("%j %y %b %a"), "۲۱۵ ۰۴ مهر س");
    let early = JalaliDate::new(-100, 1, 1).unwrap();
    assert_eq!(
        early.format_with("%Y/%m/%d", FormatOptions::latin()),
        "-0100/01/01"
    );
}

#[test]
fn every_name_set_writes_its_names() {
    let d = JalaliDate::new(1404, 9, 10).unwrap();
    let with = |names| d.format_with("%A %-d %B %Y", FormatOptions::new().names(names));
    assert_eq!(with(MonthNames::Iranian), "دوشنبه ۱۰ آذر ۱۴۰۴");
    assert_eq!(with(MonthNames::Dari), "دوشنبه ۱۰ قوس ۱۴۰۴");
    assert_eq!(with(MonthNames::Pashto), "دوشنبه ۱۰ لیندۍ ۱۴۰۴");
    assert_eq!(
        d.format_with("%A %-d %B %Y", FormatOptions::latin()),
        "Monday 10 Azar 1404"
    );
}

#[test]
fn find_dates_passes_over_what_is_no_date() {
    let text = "نسخه 10.0.0.1 و 1404/13/01 و x1404/07/29 و 1404/07/29/5 و ۳۰ اسفند ۱۴۰۴ و جمعه ۲۹ مهر ۱۴۰۴";
    assert_eq!(find_dates(text).count(), 0);
    let text = "از ۱۴۰۴/۷/۱ تا ۳۰ مهر ۱۴۰۴، و 1 Aban 1404.";
    let found: Vec<String> = find_dates(text)
        .map(|(r, d)| format!("{}={d}", &text[r]))
        .collect();
    assert_eq!(
        found,
        [
            "۱۴۰۴/۷/۱=1404-07-01",
            "۳۰ مهر ۱۴۰۴=1404-07-30",
            "1 Aban 1404=1404-08-01"
        ]
    );
}

/// The review's findings, each pinned.
#[test]
fn weekdays_in_two_words_and_eras_after_numbers() {
    let d = |y, m, day| JalaliDate::new(y, m, day).unwrap();
    for (text, date) in [
        ("دو‌شنبه ۲۸ مهر ۱۴۰۴", d(1404, 7, 28)),
        ("دو شنبه ۲۸ مهر ۱۴۰۴", d(1404, 7, 28)),
        ("چهار شنبه ۳۰ مهر ۱۴۰۴", d(1404, 7, 30)),
        ("چهارشنبه ۳۰ مهر ۱۴۰۴", d(1404, 7, 30)),
        ("۱۴۰۴/۰۷/۲۹ ه.ش", d(1404, 7, 29)),
        ("1404/07/29 هجری شمسی", d(1404, 7, 29)),
        ("۲۹ مهر ۱۴۰۴ ه\u{200D}.ش", d(1404, 7, 29)),
        ("۲۹ مهر ۱۴۰۴ هـ.ش", d(1404, 7, 29)),
        ("سه‌شنبه ۱۴۰۴/۰۷/۲۹", d(1404, 7, 29)),
        ("۲۹ مهر ۱۴۰۴ خورشیدی", d(1404, 7, 29)),
    ] {
        assert_eq!(parse(text), Ok(date), "{text}");
        let found: Vec<_> = find_dates(text).collect();
        assert_eq!(found.len(), 1, "{text}");
        assert_eq!((&text[found[0].0.clone()], found[0].1), (text, date));
    }
    let text = "جلسه روز دو شنبه ۲۸ مهر ۱۴۰۴ برگزار شد";
    let found: Vec<_> = find_dates(text).map(|(r, d)| (&text[r], d)).collect();
    assert_eq!(found, [("دو شنبه ۲۸ مهر ۱۴۰۴", d(1404, 7, 28))]);
    // Monday written, a Saturday meant: no date (and no half-weekday range).
    assert_eq!(find_dates("دو شنبه ۲۶ مهر ۱۴۰۴").count(), 0);
}

#[test]
fn years_have_four_digits_and_dates_stay_on_their_line() {
    for text in [
        "نسخه 100.2.3 منتشر شد",
        "نسخه 1.2.130",
        "کد 021-11-22",
        "۲ تیر ۱۵۰ کیلویی",
        "۵ مهر ۵۰۰ تومانی",
        "0000/01/01",
        "000/1/1",
        "01404/07/29",
        "۲۹ مهر ۰۱۴۰۴",
        "تعداد شرکت‌ها: ۲۵\n\nمهر ۱۴۰۴: گزارش ماهانه",
        "فصل ۱۲\nمهر ۱۴۰۴",
        "2025/10/21 میلادی",
        "۱۵/۰۷/۱۴۴۶ ه.ق",
        "۱۲ رجب ۱۴۴۶ قمری",
    ] {
        assert_eq!(find_dates(text).count(), 0, "{text}");
        assert!(parse(text).is_err(), "{text}");
    }
    // Tabs are spaces.
    assert_eq!(
        parse("ردیف\t۳\tآبان\t۱۴۰۴").unwrap_err().to_string(),
        "cannot read \"ردیف\\t۳\\tآبان\\t۱۴۰۴\" as a date: expected a date such as 1404/7/29 or ۲۹ مهر ۱۴۰۴"
    );
    assert_eq!(
        parse("۳\tآبان\t۱۴۰۴"),
        Ok(JalaliDate::new(1404, 8, 3).unwrap())
    );
}

#[test]
fn ranges_of_dates_give_both_and_month_errors_are_right() {
    let text = "از 1404/07/01-1404/07/30";
    let found: Vec<String> = find_dates(text)
        .map(|(r, d)| format!("{}={d}", &text[r]))
        .collect();
    assert_eq!(found, ["1404/07/01=1404-07-01", "1404/07/30=1404-07-30"]);
    for text in ["۱۴۰۴ مهر ۲۹", "۲۹ مهر ۹۹", "۲۹ مهر ۰۴", "۱۲۳ مهر ۱۴۰۴"]
    {
        assert_eq!(
            parse(text).unwrap_err().to_string(),
            format!(
                "cannot read {text:?} as a date: expected a date such as 1404/7/29 or ۲۹ مهر ۱۴۰۴"
            ),
        );
    }
    assert_eq!(
        parse("۲۹ مهرر ۱۴۰۴").unwrap_err().to_string(),
        "\"مهرر\" is not a month name (Iranian, Dari, Pashto or Latin)"
    );
}

#[test]
fn canonical_form_is_exact_and_pads() {
    for text in [
        "-0000-01-01",
        "01404-07-29",
        "+1404-07-29",
        "-99999999999999999999-01-01",
    ] {
        assert_eq!(
            text.parse::<JalaliDate>().unwrap_err().to_string(),
            format!("cannot read {text:?} as a date: expected YYYY-MM-DD with ASCII digits")
        );
    }
    assert_eq!(JalaliDate::new(0, 1, 1).unwrap().to_string(), "0000-01-01");
    assert_eq!("0000-01-01".parse::<JalaliDate>(), JalaliDate::new(0, 1, 1));
    let d = JalaliDate::new(1404, 7, 29).unwrap();
    assert_eq!(format!("[{d:>12}]"), "[  1404-07-29]");
    assert_eq!(format!("[{:<8}]", d.month_name()), "[Mehr    ]");
    assert_eq!(format!("[{:^11}]", d.weekday()), "[  Tuesday  ]");
    assert_eq!(JalaliDate::new(-1, 1, 1).unwrap().format("%y"), "۰۱");
}
