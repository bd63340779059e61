//! The public API of `normalize`, pinned on exact values.

use daneshbonyan::normalize::{normalize, Digits, Normalizer, Profile, Spacing, Zwnj};
use std::borrow::Cow;

#[test]
fn borrowed_exactly_when_unchanged() {
    assert!(matches!(
        normalize("کتاب\u{200c}ها، سال ۱۴۰۴"),
        Cow::Borrowed(_)
    ));
    assert!(matches!(normalize(""), Cow::Borrowed(_)));
    let changed = normalize("كتاب");
    assert!(matches!(changed, Cow::Owned(_)));
    assert_eq!(changed, "کتاب");
}

#[test]
fn normalize_into_appends() {
    let mut out = String::from("ab");
    Normalizer::new().normalize_into("يك", &mut out);
    assert_eq!(out, "abیک");
    Normalizer::new().normalize_into("یک", &mut out);
    assert_eq!(out, "abیکیک");
}

#[test]
fn offsets_of_a_replaced_letter_a_deletion_and_an_insertion() {
    // «ي» → «ی» (replaced), tatweel removed, «می» + ZWNJ inserted, two spaces → one.
    let input = "كـتاب  ميروم";
    let n = Normalizer::new().normalize_with_offsets(input);
    assert_eq!(n.as_str(), "کتاب می\u{200c}روم");
    // ک came from ك (bytes 0..2)
    assert_eq!(n.original_range(0..2), 0..2);
    // «کتاب» as a whole came from «كـتاب» (with the tatweel)
    assert_eq!(n.original_range(0.."کتاب".len()), 0.."كـتاب".len());
    // the single space came from the two spaces
    let space = "کتاب".len();
    assert_eq!(
        n.original_range(space..space + 1),
        "كـتاب".len().."كـتاب  ".len()
    );
    // the inserted ZWNJ maps to the empty range where it was inserted
    let zwnj = n.as_str().find('\u{200c}').unwrap();
    let at = "كـتاب  مي".len();
    assert_eq!(n.original_range(zwnj..zwnj + 3), at..at);
    // «روم» maps byte for byte
    let rum = zwnj + 3;
    assert_eq!(&input[n.original_range(rum..n.as_str().len())], "روم");
    // empty and out-of-bounds ranges are clamped
    assert_eq!(n.original_range(0..0), 0..0);
    assert_eq!(n.original_range(1000..2000), input.len()..input.len());
    assert_eq!(n.to_string(), n.as_str());
    assert_eq!(n.clone().into_string(), "کتاب می\u{200c}روم");
}

#[test]
fn profiles_and_switches() {
    assert_eq!(
        Normalizer::with_profile(Profile::Standard),
        Normalizer::new()
    );
    assert_eq!(
        Normalizer::with_profile(Profile::Conservative),
        Normalizer::conservative()
    );
    assert_eq!(
        Normalizer::with_profile(Profile::SearchKey),
        Normalizer::search_key()
    );
    assert_eq!(Profile::default(), Profile::Standard);
    let n = Normalizer::new()
        .digits(Digits::Keep)
        .zwnj(Zwnj::ToSpace)
        .spacing(Spacing::Keep);
    assert_eq!(n.normalize("سال 1404  کتاب\u{200c}ها"), "سال 1404  کتاب ها");
    assert_eq!(
        Normalizer::search_key().normalize("  كتاب‌هاي ATM74، «خوب»!\n"),
        "کتاب های atm74 خوب"
    );
}
