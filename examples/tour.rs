//! A tour of daneshbonyan: the main demonstration (`cargo run --example tour`).
//!
//! Text typed on many keyboards, as it reaches an expert network: Arabic letter forms, Latin
//! and Arabic-Indic digits, missing half-spaces, spaces on the wrong side of punctuation.

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
}
