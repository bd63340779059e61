//! `PersianName`: a name as written, with the key it is searched by.

use core::fmt;

use super::ModelError;
use crate::normalize::Normalizer;

/// The longest name accepted, in characters.
const MAX_CHARS: usize = 500;

/// A name kept exactly as it was written, with its search key: each word (what whitespace
/// separates) in the `SearchKey` profile of [`crate::normalize`] (Arabic ي and ك folded, every
/// digit ASCII, diacritics and tatweel gone, ZWNJ and punctuation dropped, Latin lower-cased),
/// the words joined without spaces. A word is searched for as a whole, with its ZWNJ
/// («حسن‌زاده», also typed «حسن زاده» or «حسنزاده» as a query for the whole name). The
/// key is computed from the text and never stored or read on its own, so the two cannot
/// disagree; spelling variants meet in it:
///
/// ```
/// use daneshbonyan::model::PersianName;
///
/// let a = PersianName::new("آی‌هیت")?;
/// assert_eq!(a.as_str(), "آی‌هیت");
/// for typed in ["آی هیت", "آیهیت", "آي هيت"] {
///     assert_eq!(PersianName::new(typed)?.key(), a.key());
/// }
/// assert_eq!(PersianName::new("حسين  روزبه")?.key(), PersianName::new("حسین روزبه")?.key());
/// # Ok::<(), daneshbonyan::model::ModelError>(())
/// ```
///
/// Equality, order and hashing follow the text as written.
#[derive(Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct PersianName {
    text: String,
    key: String,
    /// Where each word's key starts in `key` (the words of the text, as the key reads them).
    words: Vec<u32>,
}

impl PersianName {
    /// The name `text`: not empty once normalised (a name of only spaces, punctuation or
    /// invisible characters is refused), at most 500 characters.
    pub fn new(text: &str) -> Result<PersianName, ModelError> {
        let len = text.chars().count();
        if len > MAX_CHARS {
            return Err(ModelError::TooLong {
                field: "name",
                len,
                max: MAX_CHARS,
            });
        }
        let mut key = String::with_capacity(text.len());
        let mut words = Vec::new();
        push_key(text, &mut key, |at| words.push(at as u32));
        if key.is_empty() {
            return Err(ModelError::Empty { field: "name" });
        }
        Ok(PersianName {
            text: text.to_string(),
            key,
            words,
        })
    }

    /// The name as written.
    pub fn as_str(&self) -> &str {
        &self.text
    }

    /// The search key: the normalised text without spaces.
    pub fn key(&self) -> &str {
        &self.key
    }

    /// The search key of each word, in order (for a search by one word of a name).
    pub fn word_keys(&self) -> impl Iterator<Item = &str> + '_ {
        let ends = self
            .words
            .iter()
            .skip(1)
            .map(|&w| w as usize)
            .chain([self.key.len()]);
        self.words
            .iter()
            .zip(ends)
            .map(|(&start, end)| &self.key[start as usize..end])
    }

    /// The key that a query for `text` is compared with (see [`PersianName`]).
    pub fn key_of(text: &str) -> String {
        let mut key = String::with_capacity(text.len());
        push_key(text, &mut key, |_| {});
        key
    }
}

/// Appends the key of `text` to `key`: the search key of each word (what whitespace separates;
/// a ZWNJ does not: «حسن‌زاده» is one word), without spaces; `word(at)` is told where each
/// word's key starts.
fn push_key(text: &str, key: &mut String, mut word: impl FnMut(usize)) {
    let n = Normalizer::search_key();
    for token in text
        .split(|c: char| c.is_whitespace())
        .filter(|t| !t.is_empty())
    {
        let start = key.len();
        for part in n.normalize(token).split(' ') {
            key.push_str(part);
        }
        if key.len() > start {
            word(start);
        }
    }
}

impl fmt::Debug for PersianName {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(&self.text, f)
    }
}

impl fmt::Display for PersianName {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.text)
    }
}

impl core::str::FromStr for PersianName {
    type Err = ModelError;

    fn from_str(s: &str) -> Result<PersianName, ModelError> {
        PersianName::new(s)
    }
}

impl TryFrom<String> for PersianName {
    type Error = ModelError;

    fn try_from(s: String) -> Result<PersianName, ModelError> {
        PersianName::new(&s)
    }
}

impl From<PersianName> for String {
    fn from(n: PersianName) -> String {
        n.text
    }
}

#[cfg(feature = "serde")]
impl serde::Serialize for PersianName {
    /// As the text only: the key is computed again when it is read.
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&self.text)
    }
}

#[cfg(feature = "serde")]
impl<'de> serde::Deserialize<'de> for PersianName {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<PersianName, D::Error> {
        let text = String::deserialize(d)?;
        PersianName::new(&text).map_err(serde::de::Error::custom)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_and_words() {
        let n = PersianName::new("حسين  روزبه").unwrap();
        assert_eq!(n.as_str(), "حسين  روزبه");
        assert_eq!(n.key(), "حسینروزبه");
        assert_eq!(n.word_keys().collect::<Vec<_>>(), ["حسین", "روزبه"]);
        assert_eq!(PersianName::key_of("حسین روزبه"), "حسینروزبه");
        let latin = PersianName::new("iHiT (Tehran)").unwrap();
        assert_eq!(latin.word_keys().collect::<Vec<_>>(), ["ihit", "tehran"]);
        let zwnj = PersianName::new("علی حسن‌زاده").unwrap();
        assert_eq!(zwnj.word_keys().collect::<Vec<_>>(), ["علی", "حسنزاده"]);
        assert_eq!(PersianName::key_of("حسن زاده"), "حسنزاده");
        assert_eq!(
            PersianName::key_of("MÜLLER École"),
            PersianName::key_of("müller école")
        );
    }

    #[test]
    fn empty_and_long_names_are_refused() {
        for text in ["", "   ", "\u{200C}", "،.", "\u{200F}"] {
            assert_eq!(
                PersianName::new(text).unwrap_err().to_string(),
                "name is empty",
                "{text:?}"
            );
        }
        let long = "ب".repeat(501);
        assert_eq!(
            PersianName::new(&long).unwrap_err().to_string(),
            "name is 501 characters long; at most 500 are allowed"
        );
        assert!(PersianName::new(&"ب".repeat(500)).is_ok());
    }
}
