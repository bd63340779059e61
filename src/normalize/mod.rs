#![doc = include_str!("../../docs/normalize.md")]
//!
//! # Examples
//!
//! ```
//! use daneshbonyan::normalize::{normalize, Digits, Normalizer};
//! use std::borrow::Cow;
//!
//! // Arabic letters, Latin digits, a missing half-space, a space before a comma.
//! assert_eq!(normalize("كتاب ها , سال 1404"), "کتاب\u{200c}ها، سال ۱۴۰۴");
//!
//! // Text that is already normal is borrowed, not copied.
//! assert!(matches!(normalize("کتاب\u{200c}ها"), Cow::Borrowed(_)));
//!
//! // Search keys fold every variant to one form.
//! let key = Normalizer::search_key();
//! assert_eq!(key.normalize("كتاب‌هاي ۱۲ ATM"), key.normalize("کتاب های 12 atm"));
//!
//! // Each rule is a switch.
//! let latin_digits = Normalizer::new().digits(Digits::Latin);
//! assert_eq!(latin_digits.normalize("سال ۱۴۰۴"), "سال 1404");
//! ```

use std::borrow::Cow;
use std::ops::Range;

mod chars;
mod engine;
#[cfg(test)]
mod fast_tests;
mod lexicon;
mod quick;
#[cfg(target_arch = "x86_64")]
mod simd;
#[rustfmt::skip]
mod tables;

/// The three profiles of the normaliser; see the [module documentation](self) for their rules.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default)]
pub enum Profile {
    /// Standard Persian orthography: every rule on. The default.
    #[default]
    Standard,
    /// Only the character-level repairs that never change how a text reads: letter forms,
    /// Arabic-Indic digits, invisibles, ZWNJ cleanup, collapsed spaces.
    Conservative,
    /// A folded form for search and de-duplication: no diacritics, no hamza carriers, ASCII
    /// digits, lower-case Latin, punctuation and half-spaces turned into single spaces.
    SearchKey,
}

/// What to do with decimal digits.
///
/// ```
/// use daneshbonyan::normalize::{Digits, Normalizer};
///
/// let n = |d| Normalizer::new().digits(d);
/// assert_eq!(n(Digits::Persian).normalize("سال 1404 و ATM74"), "سال ۱۴۰۴ و ATM74");
/// assert_eq!(n(Digits::ArabicIndicToPersian).normalize("١٤٠٤ و 12"), "۱۴۰۴ و 12");
/// assert_eq!(n(Digits::Latin).normalize("۳٫۵"), "3.5");
/// assert_eq!(n(Digits::Keep).normalize("١٤ و 14"), "١٤ و 14");
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Digits {
    /// Leave every digit as it is.
    Keep,
    /// Every decimal digit (ASCII, Arabic-Indic, Persian) → Persian ۰–۹, except in Latin tokens,
    /// URLs, e-mail addresses and numbers next to a Latin word; `.` `,` `%` in such a number →
    /// ٫ ٬ ٪.
    Persian,
    /// Only Arabic-Indic digits ٠–٩ → Persian ۰–۹.
    ArabicIndicToPersian,
    /// Every decimal digit → ASCII 0–9, everywhere; ٫ ٬ ٪ → `.` `,` `%`.
    Latin,
}

/// What to do with Arabic diacritics (harakat, superscript alef, Quranic marks).
///
/// ```
/// use daneshbonyan::normalize::{Diacritics, Normalizer};
///
/// let n = |d| Normalizer::new().diacritics(d);
/// assert_eq!(n(Diacritics::Standard).normalize("کِتابً"), "کتابً");
/// assert_eq!(n(Diacritics::RemoveAll).normalize("کِتابً"), "کتاب");
/// assert_eq!(n(Diacritics::Keep).normalize("کِتابً"), "کِتابً");
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Diacritics {
    /// Keep them all.
    Keep,
    /// Remove them, except tanwin ً (U+064B) and hamza above ◌ٔ (U+0654), which Persian
    /// orthography writes.
    Standard,
    /// Remove them all.
    RemoveAll,
}

/// What to do with the zero-width non-joiner (ZWNJ, U+200C, the Persian half-space).
///
/// ```
/// use daneshbonyan::normalize::{Normalizer, Zwnj};
///
/// let n = |z| Normalizer::conservative().zwnj(z);
/// // After ر, a letter that does not join to the next one, a ZWNJ does nothing.
/// assert_eq!(n(Zwnj::Clean).normalize("بندر\u{200c}ها"), "بندرها");
/// assert_eq!(n(Zwnj::Keep).normalize("بندر\u{200c}ها"), "بندر\u{200c}ها");
/// assert_eq!(n(Zwnj::ToSpace).normalize("کتاب\u{200c}ها"), "کتاب ها");
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Zwnj {
    /// Leave every ZWNJ where it is.
    Keep,
    /// Keep a ZWNJ only between a letter that joins to the next and one that joins to the
    /// previous (by Unicode Joining_Type); drop the others and collapse runs.
    Clean,
    /// Turn every ZWNJ into a space (for search keys).
    ToSpace,
}

/// How whitespace and the space around punctuation are written.
///
/// ```
/// use daneshbonyan::normalize::{Normalizer, Spacing};
///
/// let n = |s| Normalizer::new().spacing(s);
/// assert_eq!(n(Spacing::Persian).normalize("سلام ،  دنیا"), "سلام، دنیا");
/// assert_eq!(n(Spacing::Collapse).normalize("سلام ،  دنیا"), "سلام ، دنیا");
/// assert_eq!(n(Spacing::SingleLine).normalize(" الف\n\nب "), "الف ب");
/// assert_eq!(n(Spacing::Keep).normalize("الف  ب"), "الف  ب");
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Spacing {
    /// Leave whitespace as it is (a NBSP still becomes a space under the `invisibles` rule).
    Keep,
    /// Runs of spaces and tabs → one space; lines trimmed; at most one blank line.
    Collapse,
    /// `Collapse`, and in Persian context no space before a closing mark and one after it,
    /// none inside brackets and guillemets.
    Persian,
    /// All whitespace, newlines included, → one space; trimmed at both ends.
    SingleLine,
}

/// What to do with punctuation.
///
/// ```
/// use daneshbonyan::normalize::{Normalizer, Punctuation};
///
/// let n = |p| Normalizer::new().punctuation(p);
/// assert_eq!(n(Punctuation::Persian).normalize("چرا?"), "چرا؟");
/// assert_eq!(n(Punctuation::Keep).normalize("چرا?"), "چرا?");
/// assert_eq!(n(Punctuation::ToSpace).normalize("الف،ب"), "الف ب");
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Punctuation {
    /// Leave it.
    Keep,
    /// In Persian context: `,` → ، `;` → ؛ `?` → ؟, `...` → …, `"x"` → «x», runs of ؟ or !
    /// → one.
    Persian,
    /// Every punctuation character outside URLs, e-mail addresses and numbers becomes a space.
    ToSpace,
}

/// A configured normaliser: a profile plus per-rule switches.
///
/// `Normalizer` is a small `Copy` value; build it once (the builder methods are `const fn`, so
/// it can be a `static`) and share it between threads.
///
/// ```
/// use daneshbonyan::normalize::{Digits, Normalizer, Zwnj};
///
/// static KEEP_DIGITS: Normalizer = Normalizer::new().digits(Digits::Keep);
/// assert_eq!(KEEP_DIGITS.normalize("ساعت 12"), "ساعت 12");
///
/// let no_affixes = Normalizer::new().affixes(false);
/// assert_eq!(no_affixes.normalize("می روم"), "می روم");
/// assert_eq!(Normalizer::new().normalize("می روم"), "می\u{200c}روم");
/// # let _ = Zwnj::Clean;
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Normalizer {
    pub(crate) arabic_letters: bool,
    pub(crate) alef_wasla: bool,
    pub(crate) hamza_carriers: bool,
    pub(crate) presentation_forms: bool,
    pub(crate) digits: Digits,
    pub(crate) diacritics: Diacritics,
    pub(crate) tatweel: bool,
    pub(crate) invisibles: bool,
    pub(crate) zwnj: Zwnj,
    pub(crate) spacing: Spacing,
    pub(crate) punctuation: Punctuation,
    pub(crate) affixes: bool,
    pub(crate) lowercase_latin: bool,
}

impl Default for Normalizer {
    fn default() -> Self {
        Normalizer::new()
    }
}

impl Normalizer {
    /// The `Standard` profile.
    pub const fn new() -> Normalizer {
        Normalizer::with_profile(Profile::Standard)
    }

    /// The `Conservative` profile.
    pub const fn conservative() -> Normalizer {
        Normalizer::with_profile(Profile::Conservative)
    }

    /// The `SearchKey` profile.
    pub const fn search_key() -> Normalizer {
        Normalizer::with_profile(Profile::SearchKey)
    }

    /// The normaliser of a profile, with every switch as the profile sets it.
    pub const fn with_profile(profile: Profile) -> Normalizer {
        match profile {
            Profile::Standard => Normalizer {
                arabic_letters: true,
                alef_wasla: true,
                hamza_carriers: false,
                presentation_forms: true,
                digits: Digits::Persian,
                diacritics: Diacritics::Standard,
                tatweel: true,
                invisibles: true,
                zwnj: Zwnj::Clean,
                spacing: Spacing::Persian,
                punctuation: Punctuation::Persian,
                affixes: true,
                lowercase_latin: false,
            },
            Profile::Conservative => Normalizer {
                arabic_letters: true,
                alef_wasla: false,
                hamza_carriers: false,
                presentation_forms: true,
                digits: Digits::ArabicIndicToPersian,
                diacritics: Diacritics::Keep,
                tatweel: true,
                invisibles: true,
                zwnj: Zwnj::Clean,
                spacing: Spacing::Collapse,
                punctuation: Punctuation::Keep,
                affixes: false,
                lowercase_latin: false,
            },
            Profile::SearchKey => Normalizer {
                arabic_letters: true,
                alef_wasla: true,
                hamza_carriers: true,
                presentation_forms: true,
                digits: Digits::Latin,
                diacritics: Diacritics::RemoveAll,
                tatweel: true,
                invisibles: true,
                zwnj: Zwnj::ToSpace,
                spacing: Spacing::SingleLine,
                punctuation: Punctuation::ToSpace,
                affixes: false,
                lowercase_latin: true,
            },
        }
    }

    /// Arabic, Urdu and Pashto letter forms → Persian (ي → ی, ك → ک, ۀ → هٔ, …).
    pub const fn arabic_letters(mut self, on: bool) -> Normalizer {
        self.arabic_letters = on;
        self
    }

    /// Alef wasla ٱ → ا.
    pub const fn alef_wasla(mut self, on: bool) -> Normalizer {
        self.alef_wasla = on;
        self
    }

    /// Hamza carriers and teh marbuta → plain letters (أ إ → ا, ؤ → و, ئ → ی, ة → ه).
    pub const fn hamza_carriers(mut self, on: bool) -> Normalizer {
        self.hamza_carriers = on;
        self
    }

    /// Presentation forms and ligatures (U+FB50–FDFF, U+FE70–FEFF) → letters.
    pub const fn presentation_forms(mut self, on: bool) -> Normalizer {
        self.presentation_forms = on;
        self
    }

    /// The digit rule.
    pub const fn digits(mut self, digits: Digits) -> Normalizer {
        self.digits = digits;
        self
    }

    /// The diacritics rule.
    pub const fn diacritics(mut self, diacritics: Diacritics) -> Normalizer {
        self.diacritics = diacritics;
        self
    }

    /// Remove tatweel (U+0640).
    pub const fn tatweel(mut self, on: bool) -> Normalizer {
        self.tatweel = on;
        self
    }

    /// Remove invisible and bidi control characters, NBSP → space, and soft hyphen, ¬ and ZWJ
    /// between two letters → ZWNJ.
    pub const fn invisibles(mut self, on: bool) -> Normalizer {
        self.invisibles = on;
        self
    }

    /// The ZWNJ rule.
    pub const fn zwnj(mut self, zwnj: Zwnj) -> Normalizer {
        self.zwnj = zwnj;
        self
    }

    /// The spacing rule.
    pub const fn spacing(mut self, spacing: Spacing) -> Normalizer {
        self.spacing = spacing;
        self
    }

    /// The punctuation rule.
    pub const fn punctuation(mut self, punctuation: Punctuation) -> Normalizer {
        self.punctuation = punctuation;
        self
    }

    /// Attach «می»/«نمی», «بی» and the plural and comparative suffixes.
    pub const fn affixes(mut self, on: bool) -> Normalizer {
        self.affixes = on;
        self
    }

    /// Lower-case the letters that have a case: ASCII letters, and the other Latin (and Greek,
    /// Cyrillic) capitals (`MÜLLER` → `müller`).
    ///
    /// ```
    /// use daneshbonyan::normalize::Normalizer;
    ///
    /// assert_eq!(Normalizer::search_key().normalize("MÜLLER École"), "müller école");
    /// ```
    pub const fn lowercase_latin(mut self, on: bool) -> Normalizer {
        self.lowercase_latin = on;
        self
    }

    /// Normalises `text`: `Cow::Borrowed` exactly when nothing changes, otherwise one new
    /// `String`.
    ///
    /// ```
    /// use daneshbonyan::normalize::Normalizer;
    /// use std::borrow::Cow;
    ///
    /// let n = Normalizer::new();
    /// assert_eq!(n.normalize("ﻻ يك"), "لا یک");
    /// assert!(matches!(n.normalize("لا یک"), Cow::Borrowed(_)));
    /// ```
    pub fn normalize<'a>(&self, text: &'a str) -> Cow<'a, str> {
        let mut out = String::new();
        if engine::run(self, text, &mut out, None) {
            Cow::Owned(out)
        } else {
            Cow::Borrowed(text)
        }
    }

    /// Appends the normalised `text` to `out`, reusing its capacity.
    ///
    /// ```
    /// use daneshbonyan::normalize::Normalizer;
    ///
    /// let n = Normalizer::conservative();
    /// let mut out = String::from("> ");
    /// n.normalize_into("كتاب", &mut out);
    /// assert_eq!(out, "> کتاب");
    /// ```
    pub fn normalize_into(&self, text: &str, out: &mut String) {
        if !engine::run(self, text, out, None) {
            out.push_str(text);
        }
    }

    /// Normalises `text` and keeps an alignment map from the output back to the input.
    ///
    /// ```
    /// use daneshbonyan::normalize::Normalizer;
    ///
    /// let input = "ســلام  دنيا";
    /// let n = Normalizer::new().normalize_with_offsets(input);
    /// assert_eq!(n.as_str(), "سلام دنیا");
    /// // «دنیا» in the output comes from «دنيا» in the input.
    /// let out = n.as_str().find("دنیا").unwrap();
    /// let back = n.original_range(out..out + "دنیا".len());
    /// assert_eq!(&input[back], "دنيا");
    /// ```
    pub fn normalize_with_offsets(&self, text: &str) -> Normalized {
        let mut out = String::new();
        let mut segs = Vec::new();
        engine::run(self, text, &mut out, Some(&mut segs));
        Normalized {
            text: out,
            segs,
            src_len: text.len(),
        }
    }
}

/// Normalises `text` with the `Standard` profile.
///
/// ```
/// assert_eq!(daneshbonyan::normalize::normalize("مي روم"), "می\u{200c}روم");
/// ```
pub fn normalize(text: &str) -> Cow<'_, str> {
    static STANDARD: Normalizer = Normalizer::new();
    STANDARD.normalize(text)
}

/// One piece of the alignment map: output from `out` on came from input `src..src_end`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Seg {
    pub(crate) out: usize,
    pub(crate) src: usize,
    pub(crate) src_end: usize,
    /// Copied byte for byte (so offsets inside it map one to one).
    pub(crate) verbatim: bool,
}

/// Normalised text with a map back to the input, from [`Normalizer::normalize_with_offsets`].
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Normalized {
    text: String,
    segs: Vec<Seg>,
    src_len: usize,
}

impl Normalized {
    /// The normalised text.
    pub fn as_str(&self) -> &str {
        &self.text
    }

    /// The normalised text, by value.
    pub fn into_string(self) -> String {
        self.text
    }

    /// The byte range of the input that produced the bytes `normalized` of the output.
    ///
    /// Copied text maps byte for byte; a replaced piece (ي → ی, ﻻ → لا, a collapsed run of
    /// spaces) maps as a whole to the input it replaced; a character the normaliser inserted (a
    /// ZWNJ in «می‌روم», a space after a comma) maps to the empty range where it was inserted.
    /// Offsets past the end are clamped to the end; the result is monotone in both bounds.
    pub fn original_range(&self, normalized: Range<usize>) -> Range<usize> {
        let len = self.text.len();
        let (s, e) = (normalized.start.min(len), normalized.end.min(len));
        let e = e.max(s);
        let start = self.map_start(s);
        let end = if e == s {
            start
        } else {
            self.map_end(e).max(start)
        };
        start..end
    }

    /// The segment containing output byte `p` (`p < len`).
    fn seg_at(&self, p: usize) -> Option<&Seg> {
        let i = self.segs.partition_point(|s| s.out <= p).checked_sub(1)?;
        self.segs.get(i)
    }

    /// The input offset where output byte `p` starts.
    fn map_start(&self, p: usize) -> usize {
        if p >= self.text.len() {
            return self.src_len;
        }
        self.seg_at(p).map_or(0, |s| {
            if s.verbatim {
                s.src + (p - s.out)
            } else {
                s.src
            }
        })
    }

    /// The input offset where the output ending at `e` (`e > 0`) ends.
    fn map_end(&self, e: usize) -> usize {
        self.seg_at(e - 1).map_or(0, |s| {
            if s.verbatim {
                s.src + (e - s.out)
            } else {
                s.src_end
            }
        })
    }
}

impl AsRef<str> for Normalized {
    fn as_ref(&self) -> &str {
        &self.text
    }
}

impl std::fmt::Display for Normalized {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.text)
    }
}
