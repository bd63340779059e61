//! Generator of `src/normalize/tables.rs`.
//!
//! Run `scripts/gen-tables` to rewrite the file; the test `tables::generated_file_is_up_to_date`
//! (in `tests/tables.rs`, which includes this file) fails when the checked-in file is stale.
//!
//! Sources:
//! * Unicode character properties (General_Category, Joining_Type) from the `icu_properties`
//!   crate's compiled Unicode data (a dev-dependency, used only here);
//! * the Persian orthography decisions of this crate (which Arabic letter forms fold to which
//!   Persian letter), listed below in `FOLDS` with the rule that governs each;
//! * the lexicons in `scripts/data/` (verb stems, «بی» compounds, exceptions), written for this
//!   project.

use icu_properties::props::{GeneralCategory, JoiningType};
use icu_properties::CodePointMapData;
use std::fmt::Write as _;

/// Which rule folds a character, and to what.
#[derive(Clone, Copy)]
enum Fold {
    /// `arabic_letters`: an Arabic, Urdu or Pashto letter form that Persian writes otherwise.
    Variant(char),
    /// `arabic_letters`: heh with hamza above, written ه + U+0654 in Persian.
    HehHamza,
    /// `alef_wasla`.
    Wasla,
    /// `hamza_carriers`: only in search keys.
    Hamza(char),
}

const FOLDS: &[(char, Fold)] = &[
    ('\u{064A}', Fold::Variant('ی')), // ي Arabic yeh
    ('\u{0649}', Fold::Variant('ی')), // ى alef maksura
    ('\u{0678}', Fold::Variant('ی')), // ٸ high hamza yeh
    ('\u{06D2}', Fold::Variant('ی')), // ے yeh barree
    ('\u{06CD}', Fold::Variant('ی')), // ۍ yeh with tail
    ('\u{06D0}', Fold::Variant('ی')), // ې e
    ('\u{06CE}', Fold::Variant('ی')), // ێ yeh with small v
    ('\u{0643}', Fold::Variant('ک')), // ك Arabic kaf
    ('\u{06AA}', Fold::Variant('ک')), // ڪ swash kaf
    ('\u{06C1}', Fold::Variant('ه')), // ہ heh goal
    ('\u{06D5}', Fold::Variant('ه')), // ە ae
    ('\u{06BE}', Fold::Variant('ه')), // ھ heh doachashmee
    ('\u{06C0}', Fold::HehHamza),     // ۀ heh with yeh above
    ('\u{06C2}', Fold::HehHamza),     // ۂ heh goal with hamza above
    ('\u{06D3}', Fold::Variant('ئ')), // ۓ yeh barree with hamza above
    ('\u{0671}', Fold::Wasla),        // ٱ alef wasla
    ('\u{0623}', Fold::Hamza('ا')),   // أ
    ('\u{0625}', Fold::Hamza('ا')),   // إ
    ('\u{0672}', Fold::Hamza('ا')),   // ٲ wavy hamza above
    ('\u{0673}', Fold::Hamza('ا')),   // ٳ wavy hamza below
    ('\u{0624}', Fold::Hamza('و')),   // ؤ
    ('\u{0626}', Fold::Hamza('ی')),   // ئ
    ('\u{0629}', Fold::Hamza('ه')),   // ة teh marbuta
];

/// Diacritics removed by the `diacritics` rule: harakat, superscript alef, Quranic marks.
fn is_removable_mark(c: u32) -> bool {
    matches!(c, 0x0610..=0x061A | 0x064B..=0x065F | 0x0670 | 0x06D6..=0x06ED)
        && c != 0x06DE // ۞ rub el hizb: a symbol
        && c != 0x06E9 // ۩ place of sajdah: a symbol
}

fn jt(j: JoiningType) -> &'static str {
    match j {
        JoiningType::DualJoining => "D",
        JoiningType::RightJoining => "R",
        JoiningType::LeftJoining => "L",
        JoiningType::JoinCausing => "C",
        JoiningType::Transparent => "T",
        _ => "U",
    }
}

fn is_punct(gc: GeneralCategory) -> bool {
    matches!(
        gc,
        GeneralCategory::DashPunctuation
            | GeneralCategory::OpenPunctuation
            | GeneralCategory::ClosePunctuation
            | GeneralCategory::ConnectorPunctuation
            | GeneralCategory::OtherPunctuation
            | GeneralCategory::InitialPunctuation
            | GeneralCategory::FinalPunctuation
    )
}

fn ranges(
    pred: impl Fn(u32) -> Option<&'static str>,
    from: u32,
    to: u32,
) -> Vec<(u32, u32, &'static str)> {
    let mut out: Vec<(u32, u32, &'static str)> = Vec::new();
    for c in from..=to {
        if let Some(v) = pred(c) {
            match out.last_mut() {
                Some(last) if last.1 + 1 == c && last.2 == v => last.1 = c,
                _ => out.push((c, c, v)),
            }
        }
    }
    out
}

fn words(text: &str) -> Vec<String> {
    let mut v: Vec<String> = text
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .map(str::to_owned)
        .collect();
    v.sort();
    v.dedup();
    v
}

/// Present and past stems from `verbs.tsv` (`infinitive, past stem, present stems, gloss`).
/// A present stem ending in a vowel letter (ا, آ or و) also gets its form with ی (گو → گوی, آ → آی).
fn stems(verbs: &str) -> (Vec<String>, Vec<String>) {
    let mut present = Vec::new();
    let mut past = Vec::new();
    for line in verbs.lines() {
        let line = line.trim_end_matches('\r');
        if line.trim().is_empty() || line.starts_with('#') {
            continue;
        }
        let cols: Vec<&str> = line.split('\t').collect();
        assert!(cols.len() >= 3, "verbs.tsv: bad line {line:?}");
        past.push(cols[1].trim().to_owned());
        for s in cols[2].split(',') {
            let s = s.trim();
            if s.is_empty() {
                continue;
            }
            present.push(s.to_owned());
            if s.ends_with('ا') || s.ends_with('آ') || s.ends_with('و') {
                present.push(format!("{s}ی"));
            }
        }
    }
    for v in [&mut present, &mut past] {
        v.sort();
        v.dedup();
    }
    (present, past)
}

fn str_array(out: &mut String, name: &str, doc: &str, items: &[String]) {
    writeln!(out, "/// {doc}").unwrap();
    writeln!(out, "pub(crate) static {name}: [&str; {}] = [", items.len()).unwrap();
    for w in items {
        writeln!(out, "    {w:?},").unwrap();
    }
    writeln!(out, "];\n").unwrap();
}

/// The full text of `src/normalize/tables.rs`, from the files of `scripts/data/` given as text.
pub fn generate(
    verbs: &str,
    mi_exceptions: &str,
    bi_compounds: &str,
    bi_stopwords: &str,
) -> String {
    let gc = CodePointMapData::<GeneralCategory>::new();
    let jtype = CodePointMapData::<JoiningType>::new();
    let mut out = String::new();
    out.push_str(
        "// @generated by scripts/gen_tables.rs (run scripts/gen-tables); do not edit.\n\
         // Sources: Unicode General_Category and Joining_Type (icu_properties compiled data),\n\
         // the fold list in scripts/gen_tables.rs, and the lexicons in scripts/data/.\n\n\
         use super::chars::{Info, J, K};\n\n",
    );

    // The Arabic block, dense.
    out.push_str("/// Class, joining type and argument of every character of U+0600..=U+06FF.\n");
    out.push_str("pub(crate) static ARABIC: [Info; 256] = [\n");
    for cp in 0x0600u32..=0x06FF {
        let c = char::from_u32(cp).unwrap();
        let g = gc.get(c);
        let j = jt(jtype.get(c));
        let fold = FOLDS.iter().find(|(f, _)| *f == c).map(|(_, k)| *k);
        let (kind, arg): (&str, u32) = match (cp, fold) {
            (_, Some(Fold::Variant(t))) => ("Variant", t as u32),
            (_, Some(Fold::HehHamza)) => ("HehHamza", 'ه' as u32),
            (_, Some(Fold::Wasla)) => ("Wasla", 'ا' as u32),
            (_, Some(Fold::Hamza(t))) => ("Hamza", t as u32),
            (0x0640, _) => ("Tatweel", 0),
            (0x064B | 0x0654, _) => ("MarkKept", 0),
            (c, _) if is_removable_mark(c) => ("Mark", 0),
            (0x0660..=0x0669, _) => ("DigitArabic", cp - 0x0660),
            (0x06F0..=0x06F9, _) => ("DigitPersian", cp - 0x06F0),
            (0x060C | 0x061B | 0x061F | 0x06D4, _) => ("Close", 0),
            (0x066B | 0x066C, _) => ("NumSep", 0),
            (0x066A, _) => ("Percent", 0),
            (0x061C, _) => ("Invisible", 0),
            _ if matches!(
                g,
                GeneralCategory::OtherLetter | GeneralCategory::ModifierLetter
            ) =>
            {
                ("Letter", 0)
            }
            _ if matches!(
                g,
                GeneralCategory::NonspacingMark | GeneralCategory::SpacingMark
            ) =>
            {
                ("MarkKept", 0)
            }
            _ if is_punct(g) => ("Punct", 0),
            _ => ("Other", 0),
        };
        writeln!(
            out,
            "    Info::new(K::{kind}, J::{j}, 0x{arg:04X}), // U+{cp:04X}"
        )
        .unwrap();
    }
    out.push_str("];\n\n");

    // Joining types elsewhere.
    let join = ranges(
        |c| {
            if (0x0600..=0x06FF).contains(&c) {
                return None;
            }
            let ch = char::from_u32(c)?;
            match jt(jtype.get(ch)) {
                "U" => None,
                // Transparent marks matter only next to Arabic-script letters.
                "T" if !(0x0590..=0x08FF).contains(&c) && !(0xFB1D..=0xFEFF).contains(&c) => None,
                j => Some(j),
            }
        },
        0,
        0x1_FFFF,
    );
    out.push_str("/// Joining_Type of the characters outside U+0600..=U+06FF that are not U (sorted ranges).\n");
    writeln!(
        out,
        "pub(crate) static JOINING: [(u32, u32, J); {}] = [",
        join.len()
    )
    .unwrap();
    for (a, b, j) in &join {
        writeln!(out, "    (0x{a:04X}, 0x{b:04X}, J::{j}),").unwrap();
    }
    out.push_str("];\n\n");

    // Other Arabic-script letters (Arabic Supplement, Extended-A/B).
    let letters = ranges(
        |c| {
            let ch = char::from_u32(c)?;
            matches!(gc.get(ch), GeneralCategory::OtherLetter).then_some("L")
        },
        0x0750,
        0x08FF,
    );
    out.push_str("/// Arabic-script letters outside U+0600..=U+06FF and the presentation forms (sorted ranges).\n");
    writeln!(
        out,
        "pub(crate) static EXT_LETTERS: [(u32, u32); {}] = [",
        letters.len()
    )
    .unwrap();
    for (a, b, _) in &letters {
        writeln!(out, "    (0x{a:04X}, 0x{b:04X}),").unwrap();
    }
    out.push_str("];\n\n");

    // Punctuation outside ASCII and the Arabic block, up to the end of the BMP.
    let punct = ranges(
        |c| {
            if c < 0x80 || (0x0600..=0x06FF).contains(&c) {
                return None;
            }
            let ch = char::from_u32(c)?;
            is_punct(gc.get(ch)).then_some("P")
        },
        0x80,
        0xFFFF,
    );
    out.push_str(
        "/// General_Category P* outside ASCII and U+0600..=U+06FF, in the BMP (sorted ranges).\n",
    );
    writeln!(
        out,
        "pub(crate) static PUNCT: [(u32, u32); {}] = [",
        punct.len()
    )
    .unwrap();
    for (a, b, _) in &punct {
        writeln!(out, "    (0x{a:04X}, 0x{b:04X}),").unwrap();
    }
    out.push_str("];\n\n");

    let (present, past) = stems(verbs);
    str_array(
        &mut out,
        "PRESENT_STEMS",
        "Present stems of the verbs of scripts/data/verbs.tsv, sorted.",
        &present,
    );
    str_array(
        &mut out,
        "PAST_STEMS",
        "Past stems of the verbs of scripts/data/verbs.tsv, sorted.",
        &past,
    );
    str_array(
        &mut out,
        "MI_EXCEPTIONS",
        "Words that look like «می» + verb but are not (scripts/data/mi_exceptions.txt), sorted.",
        &words(mi_exceptions),
    );
    str_array(
        &mut out,
        "BI_COMPOUNDS",
        "«بی» compounds written joined (scripts/data/bi_compounds.txt), sorted.",
        &words(bi_compounds),
    );
    str_array(
        &mut out,
        "BI_STOPWORDS",
        "Words never joined to a standalone «بی» (scripts/data/bi_stopwords.txt), sorted.",
        &words(bi_stopwords),
    );
    out.truncate(out.trim_end().len());
    out.push('\n');
    out
}
