//! Property tests of the normaliser's guarantees, over random text that mixes Persian, Arabic,
//! Latin, the three digit systems, every invisible character and punctuation, and over random
//! combinations of the rule switches.

use daneshbonyan::normalize::Normalizer;
use proptest::prelude::*;
use std::borrow::Cow;

use crate::strategies::{any_normalizer, near_normal, text};

/// Characters the normaliser may insert where no input character stood.
fn insertable(c: char) -> bool {
    c == ' ' || c == '\u{200C}'
}

/// A coarse class of a character: what any rule of any profile may turn it into or from.
fn class(c: char) -> char {
    match c {
        '0'..='9' => c,
        '\u{0660}'..='\u{0669}' => char::from_u32('0' as u32 + (c as u32 - 0x0660)).unwrap(),
        '\u{06F0}'..='\u{06F9}' => char::from_u32('0' as u32 + (c as u32 - 0x06F0)).unwrap(),
        '،' | ',' | '٬' => ',',
        '؛' | ';' => ';',
        '؟' | '?' => '?',
        '«' | '»' | '"' => '"',
        '…' | '.' | '٫' => '.',
        '٪' | '%' => '%',
        'ی' | 'ي' | 'ى' | 'ے' | 'ۍ' | 'ې' | 'ێ' | 'ئ' => 'ی',
        'ک' | 'ك' | 'ڪ' => 'ک',
        'ه' | 'ہ' | 'ە' | 'ھ' | 'ۀ' | 'ۂ' | 'ة' => 'ه',
        'ا' | 'أ' | 'إ' | 'ٱ' | 'ٲ' | 'ٳ' | 'آ' => 'ا',
        'و' | 'ؤ' => 'و',
        '\u{0653}' | '\u{0654}' | '\u{0655}' => '\u{0654}',
        ' ' | '\t' | '\u{200C}' | '\u{00A0}' | '\u{200D}' | '\u{00AD}' | '\u{00AC}' => ' ',
        c if c.is_uppercase() => c.to_lowercase().next().unwrap_or(c),
        c => c,
    }
}

/// The classes of the characters of `s`, after compatibility decomposition.
fn classes(s: &str) -> Vec<char> {
    use unicode_normalization::UnicodeNormalization;
    // ﷽ has no decomposition in Unicode; the normaliser spells it out.
    let spelled = s.replace('\u{FDFD}', "بسم الله الرحمن الرحيم");
    // Composition across characters the normaliser removes (ے + ZWSP + ◌ٔ → ۓ).
    let visible: String = s
        .chars()
        .filter(|c| {
            !matches!(
                c,
                '\u{200B}'
                    | '\u{200C}'
                    | '\u{200E}'
                    | '\u{200F}'
                    | '\u{FEFF}'
                    | '\u{0640}'
                    | '\u{061C}'
                    | '\u{00AD}'
                    | '\u{2060}'
                    | '\u{202A}'..='\u{202E}'
                    | '\u{2066}'..='\u{2069}'
            )
        })
        .collect();
    // … and across diacritics the normaliser removes (ے + ◌ٓ + ◌ٔ → ۓ).
    let bare: String = visible
        .chars()
        .filter(|&c| {
            c == '\u{0654}'
                || (unicode_normalization::char::canonical_combining_class(c) == 0
                    && !matches!(c, '\u{FC5E}'..='\u{FC63}' | '\u{FCF2}'..='\u{FCF4}' | '\u{FE70}'..='\u{FE7F}'))
        })
        .collect();
    spelled
        .nfkd()
        .chain(s.nfc())
        .chain(s.nfkc())
        .chain(visible.nfc())
        .chain(bare.nfc())
        .chain(s.chars())
        .map(class)
        .collect()
}

fn check(n: &Normalizer, input: &str) -> Result<(), TestCaseError> {
    let once = n.normalize(input);
    // Borrowed exactly when unchanged.
    prop_assert_eq!(
        matches!(once, Cow::Borrowed(_)),
        once == input,
        "Borrowed iff unchanged"
    );
    // Idempotent.
    let twice = n.normalize(&once);
    prop_assert_eq!(
        &*twice,
        &*once,
        "not idempotent on {:?} → {:?}",
        input,
        once
    );
    // The engine alone (offsets never take the quick check) agrees that the output is normal:
    // a quick check that passed text the engine would change shows up here.
    let again = n.normalize_with_offsets(&once);
    prop_assert_eq!(again.as_str(), &*once);
    // normalize_into appends the same text.
    let mut buf = String::from("→");
    n.normalize_into(input, &mut buf);
    prop_assert_eq!(&buf["→".len()..], &*once);
    // normalize_with_offsets gives the same text, and a sound map.
    let with = n.normalize_with_offsets(input);
    prop_assert_eq!(with.as_str(), &*once);
    let out = with.as_str();
    let mut last = 0..0;
    for (i, c) in out.char_indices() {
        let r = with.original_range(i..i + c.len_utf8());
        prop_assert!(
            r.start <= r.end && r.end <= input.len(),
            "out of bounds: {:?}",
            r
        );
        prop_assert!(input.is_char_boundary(r.start) && input.is_char_boundary(r.end));
        prop_assert!(
            r.start >= last.start && r.end >= last.end,
            "not monotone: {:?} then {:?}",
            last,
            r
        );
        if r.is_empty() {
            prop_assert!(
                insertable(c),
                "{:?} at {} maps to nothing in {:?}",
                c,
                i,
                input
            );
        } else if !insertable(c) {
            let src = &input[r.clone()];
            prop_assert!(
                classes(src).contains(&class(c)),
                "{:?} at {} maps to {:?}, which cannot produce it (input {:?}, output {:?})",
                c,
                i,
                src,
                input,
                out
            );
        }
        last = r;
    }
    let whole = with.original_range(0..out.len());
    prop_assert!(whole.end <= input.len());
    Ok(())
}

proptest! {
    // PROPTEST_CASES=100000 for a long run.
    #![proptest_config(ProptestConfig {
        cases: std::env::var("PROPTEST_CASES").ok().and_then(|v| v.parse().ok()).unwrap_or(3000),
        ..ProptestConfig::default()
    })]

    #[test]
    fn standard_guarantees(input in text()) {
        check(&Normalizer::new(), &input)?;
    }

    #[test]
    fn conservative_guarantees(input in text()) {
        check(&Normalizer::conservative(), &input)?;
    }

    #[test]
    fn search_key_guarantees(input in text()) {
        check(&Normalizer::search_key(), &input)?;
    }

    #[test]
    fn any_switches_guarantees(n in any_normalizer(), input in text()) {
        check(&n, &input)?;
    }

    #[test]
    fn near_normal_guarantees((n, input) in near_normal(any_normalizer())) {
        check(&n, &input)?;
    }

    #[test]
    fn near_normal_standard_guarantees((n, input) in near_normal(Just(Normalizer::new()))) {
        check(&n, &input)?;
    }

    #[test]
    fn arbitrary_unicode_never_panics(input in any::<String>(), n in any_normalizer()) {
        check(&n, &input)?;
    }
}

#[test]
fn free_function_is_the_standard_profile() {
    let s = "كتاب ها ، سال 1404";
    assert_eq!(
        daneshbonyan::normalize::normalize(s),
        Normalizer::new().normalize(s)
    );
    assert_eq!(Normalizer::default(), Normalizer::new());
}

#[test]
fn normalizer_is_send_sync_copy() {
    fn assert_traits<T: Send + Sync + Copy + 'static>() {}
    assert_traits::<Normalizer>();
    fn assert_send_sync<T: Send + Sync>() {}
    assert_send_sync::<daneshbonyan::normalize::Normalized>();
}
