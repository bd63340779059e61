//! The engine's fast paths (the quick check, and the engine's own run over plain letters and
//! the gaps between them) against its general path alone, which reads one character at a time.
//!
//! Both must write the same text for any input under any configuration. The inputs are the
//! benchmark corpus as it is, made normal, made dirty by the seeded messifier, and normal text
//! with one edit of many kinds at regular places.

use super::engine::run_general;
use super::{Diacritics, Digits, Normalizer, Profile, Punctuation, Spacing, Zwnj};
use proptest::prelude::*;

#[path = "../../tests/support/strategies.rs"]
mod strategies;
use strategies::{any_normalizer, near_normal, switch_configurations, text};

#[path = "../../benches/support/messify.rs"]
mod messify;

const CORPUS: [&str; 5] = [
    include_str!("../../benches/corpus/news.txt"),
    include_str!("../../benches/corpus/chat.txt"),
    include_str!("../../benches/corpus/letter.txt"),
    include_str!("../../benches/corpus/technical.txt"),
    include_str!("../../benches/corpus/poetry.txt"),
];

/// Edits that start, end or break a fast path's run.
const EDITS: &[&str] = &[
    "ي",
    "ك",
    "ۀ",
    "أ",
    " ",
    "  ",
    "\u{200C}",
    "\u{200D}",
    "ها",
    " ها",
    " های",
    " تر",
    " ام",
    " اند",
    "می",
    "می ",
    "نمی",
    "بی ",
    "ماه می ",
    "ماه\nمی",
    "ماه\n\nمی ",
    "ماهٔ\nمی ",
    "ماه.\nمی ",
    ".",
    "..",
    "،",
    " ،",
    "؟؟",
    "!!",
    ":",
    "\n",
    "\n\n\n",
    "ـ",
    "\u{064E}",
    "\u{0654}",
    "۱",
    "1",
    "a",
    "(",
    "»",
    "…",
    "😀",
    "\"",
    " نمی دانم ",
    " می روم ",
    " بی کار ",
    " کتاب ها ",
    " خانه ام ",
    " بزرگ تر ",
    "میروم ",
    " برمیگردد",
    "\u{200C}نمی دانم",
    "\u{200C}می روم",
    "\u{200C}ماه می ",
    " 𐵐 ",
    " 𞸀 ",
    // Latin tokens, URLs, e-mail addresses and numbers in Latin context (the quick check
    // reads them as the engine does).
    " ATM ",
    " Python 3.11 ",
    " 3.11 ",
    " 12,5% GB ",
    " v1.4، ",
    " 3D ",
    " ab-cd_ef.rs: ",
    " https://x.ir/a?b=1. ",
    " http:/x ",
    " www.x.ir/p ",
    " a.b@c.ir ",
    " /path ",
    " .env ",
    " #tag ",
    " / ",
    "(abc) ",
    "(www.a.ir) ",
    " abc:) ",
    " abc\u{200B}d ",
    " abc\u{0640}d ",
    " ab۱ ",
    "/ق/۱۲",
    "/۱۲ ",
    "/abc ",
    // Runs of spaces, Arabic letter forms after a space, marks and tatweels inside a word (the
    // engine's fast path passes over them).
    "   ",
    " ك",
    "   ي",
    "  ها ",
    "  می ",
    " كتاب ها ",
    "\u{064B} ",
    "\u{064E}\u{0651}",
    "\u{064E}\u{0654}",
    "ـ\u{0654}",
    "ا\u{0653}",
    "اـ\u{0653}",
    "ا\u{064E}\u{0654}",
    "ا\u{0654}\u{0654}",
    "و\u{0654}",
    "ي\u{0654}",
    "ۀ\u{0654}",
    "ه\u{0654}ا",
];

fn agree(n: &Normalizer, s: &str) {
    let general = run_general(n, s);
    assert_eq!(
        n.normalize(s),
        general,
        "{n:?}: the fast paths and the general path disagree on {s:?}"
    );
    // The quick check's scalar code alone, as on processors without AVX2.
    #[cfg(target_arch = "x86_64")]
    {
        super::simd::SCALAR_ONLY.with(|c| c.set(true));
        let scalar = n.normalize(s).into_owned();
        super::simd::SCALAR_ONLY.with(|c| c.set(false));
        assert_eq!(
            scalar, general,
            "{n:?}: the scalar fast paths and the general path disagree on {s:?}"
        );
    }
    assert_eq!(
        n.normalize_with_offsets(s).as_str(),
        general,
        "{n:?}: the engine's fast path and its general path disagree on {s:?}"
    );
}

#[test]
fn corpus_clean_and_dirty() {
    for n in switch_configurations() {
        for (k, text) in CORPUS.iter().enumerate() {
            agree(&n, text);
            agree(&n, &n.normalize(text));
            for seed in 0..3 {
                agree(&n, &messify::messify(text, 1404 + 7 * seed + k as u64));
            }
        }
    }
}

#[test]
fn one_edit_in_normal_text() {
    let step = if cfg!(debug_assertions) { 97 } else { 13 };
    for n in switch_configurations() {
        for text in CORPUS {
            let clean = n.normalize(text).into_owned();
            let places: Vec<usize> = clean.char_indices().map(|(i, _)| i).step_by(step).collect();
            for at in places {
                // A window around the place: the edit's effect on both neighbours shows.
                let from = clean.floor_char_boundary(at.saturating_sub(60));
                let to = clean.ceil_char_boundary((at + 60).min(clean.len()));
                for edit in EDITS {
                    agree(&n, &format!("{}{edit}{}", &clean[from..at], &clean[at..to]));
                }
            }
        }
    }
}

#[test]
fn numbers_and_latin_tokens_between_words() {
    // The fast path passes over numbers and Latin tokens that no rule rewrites, between a word
    // and a space or a line break: under each digits rule, with the punctuation rule that drops
    // a number's separators and without, with Latin letters lower-cased and not. (After a run
    // of words long enough for the vector runs, and right after one word.)
    let tokens = [
        "12",
        "12,5",
        "1.5%",
        "12:30",
        "۱۲",
        "۱۲/۵",
        "۱۲٪",
        "۱۲:۳۰",
        "12.",
        "۱۲.",
        "abc",
        "Abc",
        "a1@b.ir",
        "x.ir/p2",
        "٣",
        "12٣",
        "۱2",
        "3D",
    ];
    let afters = [" کتاب", "\nکتاب", "", "، کتاب", " 5", " abc"];
    for digits in [
        Digits::Persian,
        Digits::ArabicIndicToPersian,
        Digits::Latin,
        Digits::Keep,
    ] {
        for punctuation in [
            Punctuation::Persian,
            Punctuation::Keep,
            Punctuation::ToSpace,
        ] {
            for lower in [false, true] {
                let n = Normalizer::new()
                    .digits(digits)
                    .punctuation(punctuation)
                    .lowercase_latin(lower);
                for token in tokens {
                    for after in afters {
                        agree(&n, &format!("سلام {token}{after}"));
                        agree(&n, &format!("{}سلام {token}{after}", "کتاب ".repeat(20)));
                    }
                }
            }
        }
    }
    // A number's separator that the punctuation rule drops (under `SearchKey`'s punctuation
    // with ASCII digits kept).
    let n = Normalizer::search_key().digits(Digits::Keep);
    assert_eq!(n.normalize("کتاب نو 12,5 دنیا"), "کتاب نو 125 دنیا");
}

#[test]
fn every_character_of_the_supplementary_plane_between_words() {
    // The quick check reads four-byte characters as symbols no rule touches: every one of
    // plane 1 (scripts, emoji, mathematical letters, Arabic mathematical symbols), between
    // two Persian words, under both settings of `lowercase_latin`.
    for n in [Normalizer::new(), Normalizer::new().lowercase_latin(true)] {
        for c in (0x1_0000..=0x1_FFFF).filter_map(char::from_u32) {
            agree(&n, &format!("کتاب {c} نو"));
        }
    }
}

#[test]
fn capitals_outside_the_basic_plane() {
    // The quick check once took every four-byte character for a symbol no rule touches.
    let n = Normalizer::new().lowercase_latin(true);
    assert_eq!(n.normalize("کتاب 𐵐 نو"), "کتاب 𐵰 نو");
    assert_eq!(n.normalize("کتاب 😀 نو"), "کتاب 😀 نو");
}

proptest! {
    #![proptest_config(ProptestConfig {
        cases: std::env::var("PROPTEST_CASES").ok().and_then(|v| v.parse().ok()).unwrap_or(2000),
        ..ProptestConfig::default()
    })]

    #[test]
    fn general_path_agrees_on_random_text(n in any_normalizer(), input in text()) {
        agree(&n, &input);
    }

    #[test]
    fn general_path_agrees_on_near_normal_text((n, input) in near_normal(any_normalizer())) {
        agree(&n, &input);
    }

    #[test]
    fn general_path_agrees_on_any_unicode(n in any_normalizer(), input in any::<String>()) {
        agree(&n, &input);
    }
}

#[test]
fn the_bit_set_of_plain_letters_is_the_letter_table() {
    // Every pair of bytes that UTF-8 text can hold (a lead byte of the block is followed by a
    // continuation byte): the quick check's bit test agrees with the table it is made from.
    for b0 in 0..=255u8 {
        for b1 in 0..=255u8 {
            if b0 & 0xFC == 0xD8 && !(0x80..0xC0).contains(&b1) {
                continue;
            }
            let table = b0 & 0xFC == 0xD8
                && super::engine::letter_flags(&[b0, b1], 0) & super::engine::PLAIN != 0;
            assert_eq!(
                super::engine::plain_pair(b0, b1),
                table,
                "{b0:02X} {b1:02X}"
            );
        }
    }
}

#[test]
fn the_table_of_word_heads_is_its_rule() {
    // Every triple of block codes a run of letters can start with (0 past its end: a run of one
    // letter has no second and no third, one of two no third), the Arabic forms ي and ك read
    // as the letters they fold to.
    use super::engine::{folded_code, head_bit, head_pattern};
    let mut hits = 0;
    let mut folded_hits = 0;
    for k1 in 0..256 {
        for k2 in 0..256 {
            let thirds = if k2 == 0 { 0..1 } else { 0..256 };
            for k3 in thirds {
                let k = [k1, k2, k3];
                let rule = head_pattern(k.map(folded_code));
                assert_eq!(
                    head_bit([k1, k2, k3]),
                    rule,
                    "U+{:04X} U+{:04X} U+{:04X}",
                    0x600 + k1,
                    0x600 + k2,
                    0x600 + k3
                );
                if k.map(folded_code) == k {
                    hits += usize::from(rule);
                } else {
                    folded_hits += usize::from(rule);
                }
            }
        }
    }
    // With ي or ك (the engine's vector runs pass over them): «مي»/«بي» alone or with any third
    // character (2 × 256), «می»/«بی» with a third ي or ك (2 × 2), «نمي» (1), and «هاي» «تري»
    // «اي» «ايم» «ايد» (5).
    assert_eq!(folded_hits, 2 * 256 + 2 * 2 + 1 + 5);
    // The heads counted (so that a table of zeros and a rule of `false` would not agree
    // unnoticed): «می»/«بی» and any third character but ي and ك (2 × 253), the other joined
    // forms (نمی برم برن درم درن باز فرا ورم ورن: 9), the suffixes and endings (ها های تر تری ام
    // اش ات ای ایم اید اند: 11) and the words «می» and «بی» (2).
    assert_eq!(hits, 2 * 253 + 9 + 11 + 2);
}

#[test]
fn hand_over_inside_a_line() {
    // The quick check, tried after «abc» (the fast path stops at Latin words), passes the line
    // break and hands the engine over at the end of «دنیا» (it does not pass the Arabic kaf of
    // «كتاب»), in the state a run from the start leaves: no quote open on the new line (the
    // first line's quote is never closed and stays as it is).
    // With a long second line, the vector code passes the line break (it reads 66 bytes), and
    // with a Latin word after «دنیا» its word before, «سلام», is the last one it hands over at.
    let n = Normalizer::new();
    let long = " و بب".repeat(20);
    for (middle, tail) in [("", ""), ("", long.as_str()), (" abc", long.as_str())] {
        let s = format!(
            "\"الف{} abc بب\nسلام دنیا{middle} كتاب \"متن\" است{tail}",
            " بب".repeat(40)
        );
        agree(&n, &s);
        let want = format!(
            "\"الف{} abc بب\nسلام دنیا{middle} کتاب «متن» است{tail}",
            " بب".repeat(40)
        );
        assert_eq!(n.normalize(&s), want);
    }
}

#[test]
fn affix_words_at_every_place_of_the_vector_window() {
    // The engine's vector runs read 64 bytes and end before a word an affix rule may apply
    // to: such a word at every byte offset from the run's start (a suffix, a joined or spaced
    // «می», «بی»), across the window's end too, is left to the rules.
    let n = Normalizer::new();
    for word in [
        "ها",
        "های",
        "تر",
        "ام",
        "اند",
        "می",
        "میروم",
        "نمی",
        "بی",
        "بیکار",
        "برمیگردد",
    ] {
        for threes in 0..24 {
            for fives in 0..2 {
                let s = format!(
                    "کتاب {}{}رشد {word} شد و {}",
                    "و ".repeat(threes),
                    "وو ".repeat(fives),
                    "کتاب ".repeat(20)
                );
                agree(&n, &s);
            }
        }
    }
    assert_eq!(
        n.normalize(&format!("کتاب {}رشد ها شد", "و ".repeat(19))),
        format!("کتاب {}رشدها شد", "و ".repeat(19))
    );
}
