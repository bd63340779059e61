//! A tour of daneshbonyan: the main demonstration (`cargo run --example tour`).
//!
//! Text typed on many keyboards, as it reaches an expert network: Arabic letter forms, Latin
//! and Arabic-Indic digits, missing half-spaces, spaces on the wrong side of punctuation; the
//! dates in it, in the Jalali calendar; and the registry of a real meeting of returnee experts
//! (with an invented export deal taken through its life), saved to JSON and read back.

#[path = "support/meeting.rs"]
mod meeting;

use daneshbonyan::jalali::{self, FormatOptions, JalaliDate, MonthNames};
use daneshbonyan::model::{DealStatus, MeetingTime, ModelError, Qualifier};
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
    if let Err(err) = registry() {
        eprintln!("error: {err}");
        std::process::exit(1);
    }
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

/// The registry: the meeting of 29 Mehr 1404, the questions of the report, a deal's life, JSON.
fn registry() -> Result<(), ModelError> {
    println!("\nThe registry of the meeting (1404-07-29, iHiT)\n");
    let mut r = meeting::registry();
    let persian = |d: JalaliDate| d.to_persian_long();
    println!("  meetings in Mehr 1404:");
    for m in r.meetings_in_month(1404, 7) {
        let when = match m.when {
            MeetingTime::Window { from, to } => format!("{} تا {}", persian(from), persian(to)),
            other => persian(other.first_day()),
        };
        let place = m
            .venue
            .and_then(|v| r.institution(v))
            .map_or(String::new(), |i| format!("، در {}", i.name));
        let people = m.attendance.map_or(String::new(), |a| match a.qualifier {
            Qualifier::MoreThan => format!("، با بیش از {} نفر", jalali_digits(a.count)),
            _ => format!("، با {} نفر", jalali_digits(a.count)),
        });
        println!("    «{}» — {when}{place}{people}", m.title);
        for o in &m.outcomes {
            println!("      نتیجه: {}", o.text);
        }
    }
    for query in ["روزبه", "حسين روزبه", "حسین  روزبه"] {
        let found: Vec<String> = r
            .experts_named(query)
            .iter()
            .map(|e| {
                let posts: Vec<String> = r
                    .affiliations_of(e.id, None)
                    .iter()
                    .filter_map(|a| {
                        Some(format!("{} {}", a.role, r.institution(a.institution)?.name))
                    })
                    .collect();
                format!("{} ({})", e.name, posts.join("؛ "))
            })
            .collect();
        println!("  expert «{query}» → {}", found.join(", "));
    }
    for query in ["آی هیت", "آیهیت", "آی‌هیت"] {
        let found: Vec<String> = r
            .institutions_named(query)
            .iter()
            .map(|i| i.name.to_string())
            .collect();
        println!("  institution «{query}» → {}", found.join(", "));
    }

    // The invented deal, through its life.
    println!("\n  an invented export deal, through its life:");
    for (status, date) in [
        (DealStatus::Signed, (1404, 9, 1)),
        (DealStatus::InProduction, (1404, 9, 2)),
        (DealStatus::Shipped, (1404, 10, 15)),
        (DealStatus::Delivered, (1404, 10, 20)),
        (DealStatus::PaymentBlocked, (1404, 11, 1)),
        (DealStatus::PartiallyPaid, (1404, 11, 20)),
        (DealStatus::Paid, (1404, 12, 10)),
        (DealStatus::Closed, (1404, 12, 29)),
    ] {
        r.advance_deal(meeting::DEAL, status, meeting::day(date.0, date.1, date.2))?;
    }
    if let Some(deal) = r.deal(meeting::DEAL) {
        for step in deal.history.steps() {
            println!(
                "    {} — {}",
                persian(step.date),
                step.status.persian_name()
            );
        }
        println!(
            "    {} به {}، {}",
            deal.value.format_persian(),
            deal.destination
                .persian_name()
                .unwrap_or(deal.destination.as_str()),
            r.institution(deal.seller)
                .map_or(String::new(), |s| s.name.to_string())
        );
    }
    if let Err(err) = r.advance_deal(
        meeting::DEAL,
        DealStatus::Disputed,
        meeting::day(1405, 1, 5),
    ) {
        println!("    refused: {err}");
    }
    for (currency, total) in r.deal_totals()? {
        println!("  deals in {currency}: {}", total.format_persian());
    }
    for (expert, shared) in r.match_experts(meeting::COMPANY, 3) {
        println!(
            "  expert for the company: {} ({} shared fields)",
            expert.name, shared
        );
    }
    if let Err(err) = r.remove_institution(meeting::IHIT) {
        println!("  refused: {err}");
    }

    // Saved to JSON and read back, checked again (with the default `serde` feature).
    #[cfg(feature = "serde")]
    json(&r)?;
    Ok(())
}

/// The registry saved to JSON and read back, checked again; a broken file refused.
#[cfg(feature = "serde")]
fn json(r: &daneshbonyan::model::Registry) -> Result<(), ModelError> {
    let json = r.to_json();
    let back = daneshbonyan::model::Registry::from_json(&json)?;
    println!(
        "\n  JSON: {} bytes; read back: {} experts, {} institutions, {} meetings, {} deals; same: {}",
        json.len(),
        back.experts().count(),
        back.institutions().count(),
        back.meetings().count(),
        back.deals().count(),
        back.to_json() == json
    );
    let broken = json.replacen("\"expert\": 1,", "\"expert\": 17,", 1);
    if let Err(err) = daneshbonyan::model::Registry::from_json(&broken) {
        println!("  a broken file is refused: {err}");
    }
    Ok(())
}

/// A count in Persian digits.
fn jalali_digits(n: u32) -> String {
    n.to_string()
        .chars()
        .map(|c| char::from_u32(c as u32 - '0' as u32 + 0x06F0).unwrap_or(c))
        .collect()
}
