//! Character classes: the generated tables and the lookups on them.

use super::tables::{ARABIC, EXT_LETTERS, JOINING, PUNCT};

/// What a character of the Arabic block is, for the rules.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum K {
    /// Anything without a rule: symbols, number signs.
    Other,
    /// A letter written as it is in Persian.
    Letter,
    /// An Arabic, Urdu or Pashto letter form; `arg` is the Persian letter.
    Variant,
    /// ۀ or ۂ: ه + hamza above.
    HehHamza,
    /// ٱ; `arg` is ا.
    Wasla,
    /// A hamza carrier or teh marbuta; `arg` is the plain letter.
    Hamza,
    /// A diacritic that the `Standard` diacritics rule removes.
    Mark,
    /// A combining mark that the `Standard` diacritics rule keeps (tanwin, hamza above).
    MarkKept,
    /// U+0640.
    Tatweel,
    /// ٠..٩; `arg` is the value.
    DigitArabic,
    /// ۰..۹; `arg` is the value.
    DigitPersian,
    /// ، ؛ ؟ ۔
    Close,
    /// Other Arabic punctuation.
    Punct,
    /// ٫ ٬
    NumSep,
    /// ٪
    Percent,
    /// U+061C arabic letter mark.
    Invisible,
}

/// Unicode Joining_Type.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum J {
    /// Non_Joining.
    U,
    /// Transparent.
    T,
    /// Dual_Joining.
    D,
    /// Right_Joining.
    R,
    /// Left_Joining.
    L,
    /// Join_Causing.
    C,
}

impl J {
    /// Joins to the following letter (on its left, in right-to-left text).
    pub(crate) const fn joins_next(self) -> bool {
        matches!(self, J::D | J::L | J::C)
    }
    /// Joins to the preceding letter.
    pub(crate) const fn joins_prev(self) -> bool {
        matches!(self, J::D | J::R | J::C)
    }
}

/// One entry of the dense table of the Arabic block.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Info {
    pub(crate) kind: K,
    pub(crate) join: J,
    pub(crate) arg: u16,
}

impl Info {
    pub(crate) const fn new(kind: K, join: J, arg: u16) -> Info {
        Info { kind, join, arg }
    }
}

/// The table entry of a character of U+0600..=U+06FF.
#[inline(always)]
pub(crate) fn arabic(c: char) -> Option<&'static Info> {
    ARABIC.get((c as u32).wrapping_sub(0x0600) as usize)
}

/// Where `c` falls among sorted, disjoint inclusive ranges.
fn find<T>(table: &[T], c: u32, range: impl Fn(&T) -> (u32, u32)) -> Option<usize> {
    table
        .binary_search_by(|t| {
            let (a, b) = range(t);
            if b < c {
                core::cmp::Ordering::Less
            } else if a > c {
                core::cmp::Ordering::Greater
            } else {
                core::cmp::Ordering::Equal
            }
        })
        .ok()
}

fn in_ranges(c: u32, table: &[(u32, u32)]) -> bool {
    find(table, c, |&r| r).is_some()
}

/// Joining_Type of any character.
pub(crate) fn joining(c: char) -> J {
    if let Some(i) = arabic(c) {
        return i.join;
    }
    find(&JOINING, c as u32, |&(a, b, _)| (a, b)).map_or(J::U, |i| JOINING[i].2)
}

/// An Arabic-script letter outside the Arabic block (supplements; not presentation forms).
pub(crate) fn is_ext_letter(c: char) -> bool {
    in_ranges(c as u32, &EXT_LETTERS)
}

/// General_Category P* (any punctuation), for every character.
pub(crate) fn is_punct(c: char) -> bool {
    if c.is_ascii() {
        return matches!(
            c,
            '!' | '"'
                | '#'
                | '%'
                | '&'
                | '\''
                | '('
                | ')'
                | '*'
                | ','
                | '-'
                | '.'
                | '/'
                | ':'
                | ';'
                | '?'
                | '@'
                | '['
                | '\\'
                | ']'
                | '_'
                | '{'
                | '}'
        );
    }
    if let Some(i) = arabic(c) {
        return matches!(i.kind, K::Close | K::Punct | K::NumSep | K::Percent);
    }
    in_ranges(c as u32, &PUNCT)
}

/// A presentation form of the Arabic script (ligatures included).
pub(crate) const fn is_presentation_form(c: char) -> bool {
    matches!(c as u32, 0xFB50..=0xFDFF | 0xFE70..=0xFEFF) && c as u32 != 0xFEFF
}
