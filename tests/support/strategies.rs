//! Random text and random configurations for the normaliser's property tests, and the fixed
//! configurations of its fast-path tests (included by `tests/normalize_props.rs`,
//! `tests/normalize_quick.rs` and the crate's own test of its fast paths).

#![allow(dead_code)]

use super::{Diacritics, Digits, Normalizer, Profile, Punctuation, Spacing, Zwnj};
use proptest::prelude::*;

/// Pieces that random text is made of: single characters of every class the rules know, and
/// whole words that trigger the affix and token rules.
pub const PIECES: &[&str] = &[
    // Persian letters, joining and not
    "ا",
    "ب",
    "پ",
    "ت",
    "د",
    "ر",
    "ز",
    "ژ",
    "و",
    "ه",
    "ی",
    "ک",
    "گ",
    "م",
    "ن",
    "ل",
    "س",
    "آ",
    // Arabic, Urdu, Pashto forms
    "ي",
    "ى",
    "ك",
    "ڪ",
    "ے",
    "ۍ",
    "ې",
    "ہ",
    "ە",
    "ھ",
    "ۀ",
    "ۂ",
    "ٱ",
    "أ",
    "إ",
    "ؤ",
    "ئ",
    "ة",
    // presentation forms and ligatures
    "\u{FEFB}",
    "\u{FDF2}",
    "\u{FDFC}",
    "\u{FDFD}",
    "\u{FEE7}",
    "\u{FB8E}",
    "\u{FBFC}",
    "\u{FEEB}",
    "\u{FC5E}",
    "\u{FE70}",
    "\u{FDFA}",
    // marks
    "\u{064B}",
    "\u{064E}",
    "\u{064F}",
    "\u{0650}",
    "\u{0651}",
    "\u{0652}",
    "\u{0653}",
    "\u{0654}",
    "\u{0655}",
    "\u{0670}",
    "\u{06D6}",
    // tatweel, invisibles, spaces
    "\u{0640}",
    "\u{200C}",
    "\u{200C}",
    "\u{200D}",
    "\u{200B}",
    "\u{200E}",
    "\u{200F}",
    "\u{FEFF}",
    "\u{00A0}",
    "\u{00AD}",
    "\u{00AC}",
    "\u{061C}",
    "\u{202B}",
    "\u{2066}",
    " ",
    " ",
    " ",
    "\t",
    "\n",
    "\r\n",
    "\n\n\n",
    // digits
    "0",
    "1",
    "7",
    "٠",
    "٤",
    "٥",
    "٦",
    "۰",
    "۴",
    "۵",
    "۶",
    // punctuation
    ".",
    ",",
    ";",
    ":",
    "!",
    "?",
    "،",
    "؛",
    "؟",
    "«",
    "»",
    "(",
    ")",
    "[",
    "]",
    "\"",
    "...",
    "…",
    "%",
    "٪",
    "٫",
    "٬",
    "-",
    "/",
    "@",
    "'",
    // Latin
    "a",
    "B",
    "z",
    "Python",
    "ATM74",
    "https://x.ir/p2?a=1",
    "www.a.com",
    "a1@b.ir",
    "hello",
    // words for the affix rules
    "می",
    "نمی",
    "بی",
    "ها",
    "های",
    "تر",
    "ترین",
    "ای",
    "اند",
    "روم",
    "دانم",
    "کار",
    "خانه",
    "بندر",
    "کتاب",
    "میروم",
    "نمیدانم",
    "بیکار",
    "برمیگردد",
    "میز",
    "میدانی",
    "ماه",
    // other scripts and symbols
    "é",
    "Ж",
    "😀",
    "👨\u{200D}👩",
    "$",
    "+",
    "#",
];

pub fn text() -> impl Strategy<Value = String> {
    proptest::collection::vec(proptest::sample::select(PIECES), 0..48).prop_map(|v| v.concat())
}

/// Text that is normal under `n` but for a few edits (each a piece inserted at some point):
/// what the quick check sees most, and where a wrong answer of it would show.
pub fn near_normal(
    normalizer: impl Strategy<Value = Normalizer>,
) -> impl Strategy<Value = (Normalizer, String)> {
    let edit = (any::<usize>(), proptest::sample::select(PIECES));
    (
        normalizer,
        proptest::collection::vec(text(), 1..4),
        proptest::collection::vec(proptest::sample::select(&["\n", " ", "\n\n"][..]), 3),
        proptest::collection::vec(edit, 0..3),
    )
        .prop_map(|(n, texts, seps, edits)| {
            let mut s = String::new();
            for (k, t) in texts.iter().enumerate() {
                if k > 0 {
                    s.push_str(seps[k - 1]);
                }
                s.push_str(&n.normalize(t));
            }
            let mut s = n.normalize(&s).into_owned();
            for (at, piece) in edits {
                let mut at = if s.is_empty() { 0 } else { at % (s.len() + 1) };
                while !s.is_char_boundary(at) {
                    at -= 1;
                }
                s.insert_str(at, piece);
            }
            (n, s)
        })
}

/// The fixed configurations that the fast-path tests run every text under: the default, each
/// switch turned away from it once (every other value of an enum), and the other two profiles.
pub fn switch_configurations() -> Vec<Normalizer> {
    let n = Normalizer::new;
    vec![
        n(),
        n().arabic_letters(false),
        n().alef_wasla(false),
        n().hamza_carriers(true),
        n().presentation_forms(false),
        n().digits(Digits::Keep),
        n().digits(Digits::ArabicIndicToPersian),
        n().digits(Digits::Latin),
        n().diacritics(Diacritics::Keep),
        n().diacritics(Diacritics::RemoveAll),
        n().tatweel(false),
        n().invisibles(false),
        n().zwnj(Zwnj::Keep),
        n().zwnj(Zwnj::ToSpace),
        n().spacing(Spacing::Keep),
        n().spacing(Spacing::Collapse),
        n().spacing(Spacing::SingleLine),
        n().punctuation(Punctuation::Keep),
        n().punctuation(Punctuation::ToSpace),
        n().affixes(false),
        n().lowercase_latin(true),
        Normalizer::conservative(),
        Normalizer::search_key(),
    ]
}

pub fn any_normalizer() -> impl Strategy<Value = Normalizer> {
    let profile = prop_oneof![
        Just(Profile::Standard),
        Just(Profile::Conservative),
        Just(Profile::SearchKey)
    ];
    let digits = prop_oneof![
        Just(Digits::Keep),
        Just(Digits::Persian),
        Just(Digits::ArabicIndicToPersian),
        Just(Digits::Latin)
    ];
    let diacritics = prop_oneof![
        Just(Diacritics::Keep),
        Just(Diacritics::Standard),
        Just(Diacritics::RemoveAll)
    ];
    let zwnj = prop_oneof![Just(Zwnj::Keep), Just(Zwnj::Clean), Just(Zwnj::ToSpace)];
    let spacing = prop_oneof![
        Just(Spacing::Keep),
        Just(Spacing::Collapse),
        Just(Spacing::Persian),
        Just(Spacing::SingleLine)
    ];
    let punctuation = prop_oneof![
        Just(Punctuation::Keep),
        Just(Punctuation::Persian),
        Just(Punctuation::ToSpace)
    ];
    (
        profile,
        proptest::option::of((
            digits,
            diacritics,
            zwnj,
            spacing,
            punctuation,
            proptest::collection::vec(any::<bool>(), 8),
        )),
    )
        .prop_map(|(profile, custom)| {
            let n = Normalizer::with_profile(profile);
            match custom {
                None => n,
                Some((d, dia, z, s, p, b)) => n
                    .digits(d)
                    .diacritics(dia)
                    .zwnj(z)
                    .spacing(s)
                    .punctuation(p)
                    .arabic_letters(b[0])
                    .alef_wasla(b[1])
                    .hamza_carriers(b[2])
                    .presentation_forms(b[3])
                    .tatweel(b[4])
                    .invisibles(b[5])
                    .affixes(b[6])
                    .lowercase_latin(b[7]),
            }
        })
}
