//! The quick check (the scan that proves text already normal) against the engine alone.
//!
//! `normalize` tries the quick check first; `normalize_with_offsets` never does. So on any text
//! the two must give the same output. Here the text is the benchmark corpus made normal, and
//! that text with one edit at a time, at every 11th character, of each kind of fault the quick
//! check must notice (or must pass, when the edit keeps the text normal).

use crate::strategies::switch_configurations;
use daneshbonyan::normalize::{Digits, Normalizer};
use std::borrow::Cow;

const CORPUS: [&str; 5] = [
    include_str!("../benches/corpus/news.txt"),
    include_str!("../benches/corpus/chat.txt"),
    include_str!("../benches/corpus/letter.txt"),
    include_str!("../benches/corpus/technical.txt"),
    include_str!("../benches/corpus/poetry.txt"),
];

/// Edits: letter forms, spaces, ZWNJs, affixes, punctuation, digits, marks, brackets, symbols.
const EDITS: &[&str] = &[
    "ي",
    "ك",
    "ى",
    "ة",
    "أ",
    "ۀ",
    " ",
    "  ",
    "\u{200C}",
    "\u{200D}",
    "\u{00A0}",
    "ها",
    " ها",
    " های",
    " تر",
    " ترین",
    "می",
    "می ",
    "نمی",
    " ام",
    " اند",
    "بی ",
    "ماه می ",
    ".",
    "..",
    "،",
    " ،",
    "؛",
    "؟",
    "؟؟",
    "!!",
    ":",
    "\n",
    "\n\n\n",
    " \n",
    "ـ",
    "\u{064B}",
    "\u{064E}",
    "\u{0654}",
    "\u{0653}",
    "٫",
    "٪",
    "1",
    "۱",
    "١",
    "a",
    "A",
    "(",
    ")",
    "«",
    "»",
    "…",
    "/",
    "-",
    "😀",
    ",",
    "?",
    "\"",
    "www.",
    "\t",
    "\r\n",
];

fn agree(n: &Normalizer, s: &str) {
    let quick = n.normalize(s);
    let engine = n.normalize_with_offsets(s);
    assert_eq!(
        &*quick,
        engine.as_str(),
        "{n:?}: the quick path and the engine disagree on {s:?}"
    );
}

#[test]
fn normal_corpus_is_borrowed_whole_and_by_line() {
    for n in switch_configurations() {
        for text in CORPUS {
            let clean = n.normalize(text).into_owned();
            assert!(matches!(n.normalize(&clean), Cow::Borrowed(_)), "{n:?}");
            assert_eq!(n.normalize_with_offsets(&clean).as_str(), clean, "{n:?}");
            for line in clean.split('\n') {
                assert_eq!(n.normalize(line), n.normalize_with_offsets(line).as_str());
            }
        }
    }
}

#[test]
fn one_edit_anywhere_in_normal_text() {
    let step = if cfg!(debug_assertions) { 41 } else { 11 };
    for n in [Normalizer::new(), Normalizer::new().digits(Digits::Keep)] {
        for text in CORPUS {
            let clean = n.normalize(text).into_owned();
            let lines: Vec<&str> = clean.split('\n').collect();
            for (k, line) in lines.iter().enumerate() {
                // The line with its neighbours: the edit's effect across line breaks shows.
                let before = if k > 0 { lines[k - 1] } else { "" };
                let after = lines.get(k + 1).copied().unwrap_or("");
                let offsets: Vec<usize> = line
                    .char_indices()
                    .map(|(i, _)| i)
                    .chain([line.len()])
                    .step_by(step)
                    .collect();
                for at in offsets {
                    for edit in EDITS {
                        let s = format!("{before}\n{}{edit}{}\n{after}", &line[..at], &line[at..]);
                        agree(&n, &s);
                    }
                }
            }
        }
    }
}

#[test]
fn one_edit_under_every_switch() {
    // Fewer places, every configuration (fewer still in an unoptimised build).
    let (line_step, step) = if cfg!(debug_assertions) {
        (29, 211)
    } else {
        (3, 37)
    };
    for n in switch_configurations() {
        for text in CORPUS {
            let clean = n.normalize(text).into_owned();
            for line in clean.split('\n').step_by(line_step) {
                let offsets: Vec<usize> =
                    line.char_indices().map(|(i, _)| i).step_by(step).collect();
                for at in offsets {
                    for edit in EDITS {
                        let s = format!("{}{edit}{}\nو", &line[..at], &line[at..]);
                        agree(&n, &s);
                    }
                }
            }
        }
    }
}
