//! The word lists behind the affix rules (generated into `tables.rs` from `scripts/data/`).

use super::tables::{BI_COMPOUNDS, BI_STOPWORDS, MI_EXCEPTIONS, PAST_STEMS, PRESENT_STEMS};

/// Personal endings after a present stem.
const PRESENT_ENDINGS: [&str; 6] = ["م", "ی", "د", "یم", "ید", "ند"];
/// Endings after a past stem (the empty one is the third person singular; ه the participle).
const PAST_ENDINGS: [&str; 7] = ["", "م", "ی", "یم", "ید", "ند", "ه"];

/// Suffixes written apart that attach to the word before them.
const SUFFIXES: [&str; 12] = [
    "ها",
    "های",
    "هایی",
    "هایم",
    "هایت",
    "هایش",
    "هایمان",
    "هایتان",
    "هایشان",
    "تر",
    "تری",
    "ترین",
];

/// `w` without a plural or comparative suffix written directly after a non-joining letter.
fn strip_suffix(w: &str) -> &str {
    SUFFIXES
        .iter()
        .filter_map(|s| w.strip_suffix(s))
        .find(|stem| !stem.is_empty())
        .unwrap_or(w)
}

/// Personal endings that attach with ZWNJ after a silent ه.
const HEH_ENDINGS: [&str; 7] = ["ام", "ای", "اش", "ات", "ایم", "اید", "اند"];

/// Preverbs written joined before «می» (برمی‌گردد، درمی‌آید).
const PREVERBS: [&str; 5] = ["بر", "در", "باز", "فرا", "ور"];

/// `w` without the ending `e`, if it ends so. (Compared byte by byte: the pieces are a few
/// bytes long, shorter than what a call to `memcmp`, as `str::strip_suffix` makes, costs.)
#[inline(always)]
fn cut_end<'w>(w: &'w str, e: &str) -> Option<&'w str> {
    let n = w.len().checked_sub(e.len())?;
    let tail = w.as_bytes().get(n..)?;
    if tail.iter().zip(e.as_bytes()).all(|(a, b)| a == b) {
        w.get(..n)
    } else {
        None
    }
}

/// Whether the sorted `list` holds `w`. The words are a few bytes long and share their
/// leading bytes (the lead byte of every Arabic-block letter is D8–DB): a byte loop compares
/// them faster than a call to `memcmp` per step.
fn contains(list: &[&str], w: &str) -> bool {
    let w = w.as_bytes();
    list.binary_search_by(|e| {
        let e = e.as_bytes();
        for (a, b) in e.iter().zip(w) {
            if a != b {
                return a.cmp(b);
            }
        }
        e.len().cmp(&w.len())
    })
    .is_ok()
}

/// A sketch of a word list: one bit of 4096 for each word, by its length and its first and
/// last letters. A word whose bit is clear is not in the list: most words that are not in it
/// are told so without a search.
struct Sketch([u64; 64]);

impl Sketch {
    /// The sketch of `list`.
    const fn of(list: &[&str]) -> Sketch {
        let mut bits = [0u64; 64];
        let mut i = 0;
        while i < list.len() {
            let k = Sketch::bit(list[i].as_bytes());
            bits[k >> 6] |= 1 << (k & 63);
            i += 1;
        }
        Sketch(bits)
    }

    /// The bit of `w`: its length, and the low bits of its first two and last two bytes (a
    /// letter of the Arabic block is told by the low two bits of its first byte and the low
    /// six of its second), mixed by a multiplication.
    const fn bit(w: &[u8]) -> usize {
        let n = w.len();
        if n < 2 {
            return n;
        }
        let x = (n as u32 & 0x1F)
            | (w[0] as u32 & 3) << 5
            | (w[1] as u32 & 0x3F) << 7
            | (w[n - 2] as u32 & 3) << 13
            | (w[n - 1] as u32 & 0x3F) << 15;
        (x.wrapping_mul(0x9E37_79B1) >> 20) as usize
    }

    /// Whether `w` may be in the list (`false`: it is not).
    #[inline]
    fn may_hold(&self, w: &str) -> bool {
        let k = Sketch::bit(w.as_bytes());
        self.0[k >> 6] >> (k & 63) & 1 != 0
    }
}

/// A sorted word list with its sketch: most look-ups of words not in it end at the sketch.
struct Words {
    list: &'static [&'static str],
    sketch: Sketch,
}

impl Words {
    const fn new(list: &'static [&'static str]) -> Words {
        Words {
            list,
            sketch: Sketch::of(list),
        }
    }

    /// Whether the list holds `w`.
    #[inline]
    fn holds(&self, w: &str) -> bool {
        self.sketch.may_hold(w) && contains(self.list, w)
    }
}

static PRESENT: Words = Words::new(&PRESENT_STEMS);
static PAST: Words = Words::new(&PAST_STEMS);
static BI: Words = Words::new(&BI_COMPOUNDS);
static BI_STOP: Words = Words::new(&BI_STOPWORDS);
static MI_EXCEPT: Words = Words::new(&MI_EXCEPTIONS);

/// Whether `w` is a verb form that takes «می»: a present stem + personal ending, or a past stem
/// + nothing, a personal ending or ه.
pub(crate) fn is_verb_form(w: &str) -> bool {
    if w.len() < 2 {
        return false;
    }
    if w == "توان" {
        // «می‌توان»: the impersonal form, a bare present stem.
        return true;
    }
    PRESENT_ENDINGS
        .iter()
        .any(|e| cut_end(w, e).is_some_and(|stem| !stem.is_empty() && PRESENT.holds(stem)))
        || PAST_ENDINGS
            .iter()
            .any(|e| cut_end(w, e).is_some_and(|stem| !stem.is_empty() && PAST.holds(stem)))
}

/// Where a word typed joined splits with a ZWNJ: the byte offset in `w` after «می», «نمی» or
/// «بی», or `None`.
pub(crate) fn joined_split(w: &str) -> Option<usize> {
    // The exceptions matter only for a word that would split.
    joined_split_rule(w).filter(|_| !MI_EXCEPT.holds(w))
}

fn joined_split_rule(w: &str) -> Option<usize> {
    for pre in ["نمی", "می"] {
        if let Some(rest) = w.strip_prefix(pre) {
            if is_verb_form(rest) {
                return Some(pre.len());
            }
        }
    }
    if w.starts_with("بی") && BI.holds(w) {
        return Some("بی".len());
    }
    for pv in PREVERBS {
        if let Some(after) = w.strip_prefix(pv) {
            for pre in ["نمی", "می"] {
                if let Some(rest) = after.strip_prefix(pre) {
                    if is_verb_form(rest) {
                        return Some(pv.len() + pre.len());
                    }
                }
            }
        }
    }
    None
}

/// The previous word of a [`spaced_join`], as far as the rules need it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum PrevWord {
    /// «می» or «نمی».
    Mi,
    /// «بی».
    Bi,
    /// Any other word: whether its last letter joins to the next, whether it is three letters
    /// or more ending in ه, whether it is a single letter.
    Plain {
        joins_next: bool,
        silent_heh: bool,
        short: bool,
    },
}

/// What joins `prev` and `next`, two Persian words written with a space between them:
/// `Some(true)` for a ZWNJ, `Some(false)` for nothing (written together), `None` to keep the
/// space.
pub(crate) fn spaced_join(prev: PrevWord, next: &str) -> Option<bool> {
    if next.is_empty() {
        return None;
    }
    match prev {
        PrevWord::Mi => is_verb_form(next).then_some(true),
        // A stop word stays apart, also when a suffix follows it (بی از ها).
        PrevWord::Bi => (!BI_STOP.holds(strip_suffix(next))).then_some(true),
        PrevWord::Plain {
            joins_next,
            silent_heh,
            short,
        } => {
            if SUFFIXES.contains(&next) && !short {
                Some(joins_next)
            } else if silent_heh && HEH_ENDINGS.contains(&next) {
                Some(true)
            } else {
                None
            }
        }
    }
}

/// Whether a word starting with `first` can be split by [`joined_split`].
#[inline]
pub(crate) const fn may_split(first: char) -> bool {
    matches!(first, 'م' | 'ن' | 'ب' | 'د' | 'ف' | 'و')
}

/// How many letters the word after a plain word, starting with `first`, may have for a
/// [`spaced_join`] to apply (0: none can).
#[inline]
pub(crate) const fn attach_limit(first: char, silent_heh: bool) -> usize {
    match first {
        'ه' | 'ت' => 6,
        'ا' if silent_heh => 3,
        _ => 0,
    }
}

/// Whether a word starting with these three letters (`'\0'` past its end, `'\u{FFFF}'` for a
/// character the quick test cannot read) can follow `prev` in a [`spaced_join`].
#[inline]
pub(crate) fn may_attach3(prev: PrevWord, h: [char; 3]) -> bool {
    if h.contains(&'\u{FFFF}') {
        return true;
    }
    match prev {
        PrevWord::Mi | PrevWord::Bi => true,
        PrevWord::Plain { .. } => may_attach3_plain(h),
    }
}

/// [`may_attach3`] after a plain word, for letters the quick test can read.
#[inline]
pub(crate) const fn may_attach3_plain(h: [char; 3]) -> bool {
    // The suffixes (ها های هایی هایم … تر تری ترین) and the endings after ه (ام ای اش ات ایم
    // اید اند), by their first three letters.
    matches!(
        h,
        ['ه', 'ا', '\0' | 'ی']
            | ['ت', 'ر', '\0' | 'ی']
            | ['ا', 'م' | 'ش' | 'ت', '\0']
            | ['ا', 'ی', '\0' | 'م' | 'د']
            | ['ا', 'ن', 'د']
    )
}

/// Whether a word starting with these three letters (`'\0'` past its end) can be split by
/// [`joined_split`].
#[inline]
pub(crate) const fn may_split3(h: [char; 3]) -> bool {
    matches!(
        h,
        [_, _, '\u{FFFF}']
            | [_, '\u{FFFF}', _]
            | ['\u{FFFF}', _, _]
            | ['م' | 'ب', 'ی', '\u{1}'..='\u{10FFFF}']
            | ['ن', 'م', 'ی']
            | ['ب', 'ر', 'م' | 'ن']
            | ['د', 'ر', 'م' | 'ن']
            | ['ب', 'ا', 'ز']
            | ['ف', 'ر', 'ا']
            | ['و', 'ر', 'م' | 'ن']
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn verb_forms() {
        // present stem + ending, past stem + nothing / ending / ه
        for w in [
            "روم",
            "گویند",
            "دانم",
            "رفت",
            "رفتند",
            "رفته",
            "آیم",
            "توان",
        ] {
            assert!(is_verb_form(w), "{w}");
        }
        // a bare present stem, a noun, nothing
        for w in ["دان", "ز", "لاد", "", "ان"] {
            assert!(!is_verb_form(w), "{w}");
        }
    }

    #[test]
    fn attach_patterns_cover_every_suffix_and_ending() {
        let plain = PrevWord::Plain {
            joins_next: true,
            silent_heh: true,
            short: false,
        };
        for w in SUFFIXES.iter().chain(HEH_ENDINGS.iter()) {
            let c: Vec<char> = w.chars().collect();
            let head = [c[0], c[1], c.get(2).copied().unwrap_or('\0')];
            assert!(may_attach3(plain, head), "{w}");
            assert!(spaced_join(plain, w).is_some(), "{w}");
        }
        // And words that merely start with a suffix's first letter start none.
        for w in ["هم", "ازدواج", "تند", "امروز"] {
            let c: Vec<char> = w.chars().collect();
            let head = [c[0], c[1], c.get(2).copied().unwrap_or('\0')];
            assert!(!may_attach3(plain, head), "{w}");
        }
    }

    #[test]
    fn joined_splits() {
        assert_eq!(joined_split("میروم"), Some("می".len()));
        assert_eq!(joined_split("نمیدانم"), Some("نمی".len()));
        assert_eq!(joined_split("برمیگردد"), Some("برمی".len()));
        assert_eq!(joined_split("بیکار"), Some("بی".len()));
        for w in [
            "میز",
            "میزان",
            "میلاد",
            "میهن",
            "میان",
            "میوه",
            "میدانی",
            "بیمار",
            "بیشتر",
        ] {
            assert_eq!(joined_split(w), None, "{w}");
        }
    }

    #[test]
    fn spaced_joins() {
        let plain = |joins_next, silent_heh, short| PrevWord::Plain {
            joins_next,
            silent_heh,
            short,
        };
        assert_eq!(spaced_join(PrevWord::Mi, "روم"), Some(true));
        assert_eq!(spaced_join(PrevWord::Mi, "سال"), None);
        assert_eq!(spaced_join(PrevWord::Bi, "کار"), Some(true));
        assert_eq!(spaced_join(PrevWord::Bi, "و"), None);
        assert_eq!(spaced_join(PrevWord::Bi, "ازها"), None);
        assert_eq!(spaced_join(plain(true, false, false), "ها"), Some(true));
        assert_eq!(spaced_join(plain(false, false, false), "ها"), Some(false));
        assert_eq!(spaced_join(plain(false, false, true), "تر"), None);
        assert_eq!(spaced_join(plain(true, true, false), "ای"), Some(true));
        assert_eq!(spaced_join(plain(true, false, false), "ای"), None);
    }

    #[test]
    fn prefilters_accept_what_the_rules_accept() {
        for w in [
            "میروم",
            "نمیدانم",
            "برمیگردد",
            "درمیآید",
            "بازمیگردد",
            "فرامیرسد",
            "ورمیدارد",
            "بیکار",
        ] {
            let mut h = ['\0'; 3];
            for (slot, c) in h.iter_mut().zip(w.chars()) {
                *slot = c;
            }
            assert!(may_split(h[0]) && may_split3(h), "{w}");
        }
        for (w, silent_heh) in [
            ("ها", false),
            ("هایی", false),
            ("تر", false),
            ("ترین", false),
            ("ای", true),
            ("اند", true),
        ] {
            let mut h = ['\0'; 3];
            for (slot, c) in h.iter_mut().zip(w.chars()) {
                *slot = c;
            }
            let first = h[0];
            assert!(attach_limit(first, silent_heh) >= w.chars().count(), "{w}");
            assert!(
                may_attach3(
                    PrevWord::Plain {
                        joins_next: true,
                        silent_heh,
                        short: false
                    },
                    h
                ),
                "{w}"
            );
        }
    }

    fn head(w: &str) -> [char; 3] {
        let mut h = ['\0'; 3];
        for (slot, c) in h.iter_mut().zip(w.chars()) {
            *slot = c;
        }
        h
    }

    #[test]
    fn every_split_the_lexicon_allows_passes_the_prefilter() {
        let forms = PRESENT_STEMS
            .iter()
            .flat_map(|s| PRESENT_ENDINGS.iter().map(move |e| format!("{s}{e}")))
            .chain(
                PAST_STEMS
                    .iter()
                    .flat_map(|s| PAST_ENDINGS.iter().map(move |e| format!("{s}{e}"))),
            );
        let mut checked = 0;
        for form in forms {
            for pre in ["می", "نمی", "برمی", "درنمی"] {
                let w = format!("{pre}{form}");
                if joined_split(&w).is_some() {
                    let h = head(&w);
                    assert!(may_split(h[0]) && may_split3(h), "{w}");
                    checked += 1;
                }
            }
        }
        assert!(checked > 5000, "only {checked} forms");
        for w in BI_COMPOUNDS {
            assert!(may_split3(head(w)), "{w}");
        }
    }
}
