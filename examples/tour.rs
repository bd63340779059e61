//! A tour of daneshbonyan: the main demonstration (`cargo run --example tour`).
//!
//! Text typed on many keyboards, as it reaches an expert network: Arabic letter forms, Latin
//! and Arabic-Indic digits, missing half-spaces, spaces on the wrong side of punctuation; and
//! the dates in it, in the Jalali calendar.

use daneshbonyan::jalali::{self, FormatOptions, JalaliDate, MonthNames};
use daneshbonyan::normalize::{Normalizer, Profile};
use std::borrow::Cow;

fn show(label: &str, s: &str) {
    // Make the half-space (ZWNJ) visible.
    println!("  {label:<13} {}", s.replace('\u{200C}', "‹›"));
}

fn main() {
    let messy = [
        "دومين نشست هم انديشي متخصصان ايراني بازگشته به كشور",
        "اين نشست روز سه شنبه 29 مهر 1404 در آي هيت برگزار شد ؛بيش از 15 متخصص حضور داشتند .",
        "متخصصان ميگويند انتقال پول صادرات دشوار است ,آيا هاب صادراتي راه حل است ?",
        "شركت هاي دانش بنيان مي توانند از خدمات هاب استفاده كنند...",
        "ﻧﺸﺴﺖ بعدی «هفته ی آینده» اعلام می شود; تماس: info@example.ir",
    ];
    println!("Persian text normalisation (ZWNJ shown as ‹›)\n");
    for text in messy {
        show("input", text);
        for profile in [Profile::Standard, Profile::Conservative, Profile::SearchKey] {
            let out = Normalizer::with_profile(profile).normalize(text);
            show(&format!("{profile:?}"), &out);
        }
        println!();
    }

    // Normal text is borrowed, not copied.
    let clean = Normalizer::new().normalize(messy[2]).into_owned();
    let again = Normalizer::new().normalize(&clean);
    println!(
        "already normal → borrowed: {}",
        matches!(again, Cow::Borrowed(_))
    );

    // Offsets map every piece of the output back to the input, for highlighting.
    let input = messy[3];
    let n = Normalizer::new().normalize_with_offsets(input);
    let word = "شرکت\u{200C}های";
    if let Some(at) = n.as_str().find(word) {
        let back = n.original_range(at..at + word.len());
        println!(
            "«{}» in the output comes from «{}» (bytes {back:?}) in the input",
            word.replace('\u{200C}', "‹›"),
            &input[back.clone()]
        );
    }

    // Search keys make spelling variants meet.
    let key = Normalizer::search_key();
    let a = key.normalize("شركت‌هاي دانش بنيان");
    let b = key.normalize("شرکت های دانش‌بنیان");
    println!("search keys equal: {} ({a:?})", a == b);

    calendar(&messy);
}

/// The calendar: the dates in the same messy text, read, converted and written back.
fn calendar(messy: &[&str]) {
    println!("\nJalali calendar\n");
    // Every date written in the report, with where it stands in the text.
    for text in messy {
        for (range, date) in jalali::find_dates(text) {
            println!(
                "  found «{}» (bytes {range:?}) = {date}, a {}",
                &text[range.clone()],
                date.weekday()
            );
        }
    }
    // The forms people type all read to the same day.
    let meeting = JalaliDate::constant(1404, 7, 29);
    for typed in [
        "سه شنبه 29 مهرماه 1404",
        "۱۴۰۴/۷/۲۹",
        "١٤٠٤-٠٧-٢٩",
        "29 Mehr 1404",
        "۲۹ ميزان ۱۴۰۴",
    ] {
        match jalali::parse(typed) {
            Ok(date) => println!("  {typed:<24} → {date} (same day: {})", date == meeting),
            Err(err) => println!("  {typed:<24} → error: {err}"),
        }
    }
    let (y, m, d) = meeting.to_gregorian();
    println!("  {meeting} is {y}-{m:02}-{d:02} in the Gregorian calendar");
    println!("  Persian: {}", meeting.to_persian_long());
    println!(
        "  Latin:   {}",
        meeting.format_with("%A %-d %B %Y", FormatOptions::latin())
    );
    println!(
        "  Dari:    {}",
        meeting.format_with("%-d %B %Y", FormatOptions::new().names(MonthNames::Dari))
    );
    // "Next week" in Iran runs Saturday to Friday.
    let saturday = meeting
        .checked_add_days(i64::from(7 - meeting.weekday().number_from_saturday()))
        .expect("in range");
    let friday = saturday.checked_add_days(6).expect("in range");
    println!(
        "  the next meeting, «next week»: {} .. {}",
        saturday.to_persian_long(),
        friday.to_persian_long()
    );
    // Errors say what is wrong.
    for bad in ["1404/12/30", "جمعه ۲۹ مهر ۱۴۰۴", "1404/13/1"] {
        if let Err(err) = jalali::parse(bad) {
            println!("  {bad:<24} → error: {err}");
        }
    }
}
