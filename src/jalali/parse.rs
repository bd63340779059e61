//! Reading dates the way people write them: [`parse`] and [`find_dates`].
//!
//! Both read the text through the `normalize` module first (Arabic letter forms, the three digit
//! systems, ZWNJ, tatweel, diacritics and presentation forms all fold to one form), then match a
//! small grammar on the tokens:
//!
//! * `[weekday]` then the date, then an optional era (`ه.ش`, `هجری شمسی`, `شمسی`, `خورشیدی`,
//!   `AP`, `SH`), all on one line; the weekday written with a ZWNJ, a space or nothing
//!   (`سه‌شنبه`, `سه شنبه`, `سهشنبه`) or in English;
//! * the date in numbers: `1404/7/29`, `1404-07-29`, `1404.7.29`, or day first `29/7/1404` (the
//!   year has four digits, the two separators are the same);
//! * or in words: `day month [ماه] year`, the month in Persian (`مهر`, `مهرماه`, `مهر ماه`),
//!   Dari, Pashto or Latin (`29 Mehr 1404`).

use core::ops::Range;

use super::{Error, JalaliDate, Month, Weekday};
use crate::normalize::{Diacritics, Digits, Normalizer, Spacing, Zwnj};

/// The normaliser that reads dates: letters folded, every digit ASCII, diacritics removed,
/// ZWNJ a space, Latin lower-cased; punctuation stays (it separates the numbers).
const READER: Normalizer = Normalizer::conservative()
    .digits(Digits::Latin)
    .diacritics(Diacritics::RemoveAll)
    .zwnj(Zwnj::ToSpace)
    .spacing(Spacing::Collapse)
    .lowercase_latin(true);

/// Reads one date from `text`, tolerantly: every form in the [module docs](super#formatting-and-parsing),
/// with messy letters, digits and spacing. Surrounding whitespace and a final full stop are
/// ignored; anything else around the date is an error. Years have four digits (`0001` to
/// `9999`: earlier years only through [`FromStr`](core::str::FromStr)); a date followed by the
/// era of another calendar (`میلادی`, `ه.ق`) is not read.
///
/// ```
/// use daneshbonyan::jalali::{parse, JalaliDate};
///
/// let d = JalaliDate::new(1404, 7, 29)?;
/// for text in [
///     "1404/7/29",
///     "۱۴۰۴/۰۷/۲۹",
///     "١٤٠٤-٠٧-٢٩",
///     "۲۹ مهر ۱۴۰۴",
///     "۲۹ مهرماه ۱۴۰۴",
///     "سهشنبه ۲۹ مهر ماه ۱۴۰۴",
///     "29 Mehr 1404",
///     "۲۹ ميزان ۱۴۰۴",
/// ] {
///     assert_eq!(parse(text)?, d, "{text}");
/// }
/// assert_eq!(
///     parse("1403/12/30").map(|d| d.to_string()),
///     Ok("1403-12-30".to_string())
/// );
/// assert_eq!(
///     parse("1404/12/30").unwrap_err().to_string(),
///     "day 30 of Esfand 1404 does not exist: 1404 is not a leap year"
/// );
/// assert_eq!(
///     parse("چهارشنبه ۲۹ مهر ۱۴۰۴").unwrap_err().to_string(),
///     "1404-07-29 is a Tuesday, not a Wednesday"
/// );
/// # Ok::<(), daneshbonyan::jalali::Error>(())
/// ```
pub fn parse(text: &str) -> Result<JalaliDate, Error> {
    let normal = READER.normalize(text);
    let tokens = tokenize(&normal);
    let syntax = || Error::Syntax {
        input: text.trim().into(),
        reason: "expected a date such as 1404/7/29 or ۲۹ مهر ۱۴۰۴",
    };
    let start = skip_spaces(&tokens, 0);
    let Some(m) = match_at(&tokens, start) else {
        return Err(if let Some(name) = unknown_month(&tokens, start) {
            Error::UnknownMonth { name }
        } else {
            syntax()
        });
    };
    // Nothing but spaces (and a final full stop) after it.
    let mut rest = skip_spaces(&tokens, m.end);
    if matches!(
        tokens.get(rest),
        Some(Token {
            kind: Kind::Sep('.'),
            ..
        })
    ) {
        rest = skip_spaces(&tokens, rest + 1);
    }
    if rest != tokens.len() {
        return Err(syntax());
    }
    m.fields.date()
}

/// Every date written in `text`, with its byte range in `text`, in order. The forms are those
/// of [`parse`]; an expression that does not give a real date (month 13, 30 Esfand of a common
/// year, a weekday that does not match) is not a date and is passed over.
///
/// ```
/// use daneshbonyan::jalali::{find_dates, JalaliDate};
///
/// let text = "نشست دوم در سه‌شنبه ۲۹ مهر ۱۴۰۴ برگزار شد و نشست بعدی 1404/08/20 است.";
/// let found: Vec<_> = find_dates(text).collect();
/// assert_eq!(found.len(), 2);
/// assert_eq!(&text[found[0].0.clone()], "سه‌شنبه ۲۹ مهر ۱۴۰۴");
/// assert_eq!(found[0].1, JalaliDate::new(1404, 7, 29)?);
/// assert_eq!(&text[found[1].0.clone()], "1404/08/20");
/// # Ok::<(), daneshbonyan::jalali::Error>(())
/// ```
pub fn find_dates(text: &str) -> FoundDates {
    let normal = READER.normalize_with_offsets(text);
    let tokens = tokenize(normal.as_str());
    let mut found = Vec::new();
    let mut i = 0;
    while i < tokens.len() {
        if let Some(m) = match_at(&tokens, i) {
            let (a, b) = (tokens[i].range.start, tokens[m.end - 1].range.end);
            if bounded(normal.as_str(), a, b, m.sep) {
                // A whole expression that gives no real date is passed over whole (its weekday
                // does not make the rest of it a date).
                if let Ok(date) = m.fields.date() {
                    found.push((normal.original_range(a..b), date));
                }
                i = m.end;
                continue;
            }
        }
        i += 1;
    }
    FoundDates {
        inner: found.into_iter(),
    }
}

/// The iterator of [`find_dates`]: (byte range in the text, date).
#[derive(Debug, Clone)]
pub struct FoundDates {
    inner: std::vec::IntoIter<(Range<usize>, JalaliDate)>,
}

impl Iterator for FoundDates {
    type Item = (Range<usize>, JalaliDate);

    fn next(&mut self) -> Option<Self::Item> {
        self.inner.next()
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        self.inner.size_hint()
    }
}

impl DoubleEndedIterator for FoundDates {
    fn next_back(&mut self) -> Option<Self::Item> {
        self.inner.next_back()
    }
}

impl ExactSizeIterator for FoundDates {}
impl core::iter::FusedIterator for FoundDates {}

/// Whether the match `a..b` of `t` stands apart: no letter, digit or joined number part touches
/// it (`x1404/07/29`, `1404/07/29/5` and `10.0.0.1` hold no date).
fn bounded(t: &str, a: usize, b: usize, sep: Option<char>) -> bool {
    // The separators that would make the match part of a longer number: the date's own (a
    // range `1404/07/01-1404/07/30` is two dates), or any of them around a worded date.
    let joins = |c: char| match sep {
        Some(s) => c == s,
        None => matches!(c, '/' | '-' | '.'),
    };
    let mut before = t[..a].chars().rev();
    let ok_before = match before.next() {
        Some(c) if c.is_alphanumeric() => false,
        Some(c) if joins(c) => !before.next().is_some_and(|d| d.is_ascii_digit()),
        _ => true,
    };
    let mut after = t[b..].chars();
    let ok_after = match after.next() {
        Some(c) if c.is_alphanumeric() => false,
        Some(c) if joins(c) => !after.next().is_some_and(|d| d.is_ascii_digit()),
        _ => true,
    };
    ok_before && ok_after
}

#[derive(Clone, Copy, Debug, PartialEq)]
enum Kind<'t> {
    /// A run of ASCII digits.
    Num(&'t str),
    /// A run of letters.
    Word(&'t str),
    /// Any other non-space character.
    Sep(char),
    Space,
}

#[derive(Clone, Debug)]
struct Token<'t> {
    kind: Kind<'t>,
    range: Range<usize>,
}

fn tokenize(t: &str) -> Vec<Token<'_>> {
    let mut tokens = Vec::new();
    let mut chars = t.char_indices().peekable();
    while let Some((start, c)) = chars.next() {
        let class = |c: char| {
            if c.is_ascii_digit() {
                0
            } else if c.is_alphabetic() {
                1
            } else if c.is_whitespace() && c != '\n' && c != '\r' {
                // A line break stays a separator: a date does not run across lines.
                2
            } else {
                3
            }
        };
        let k = class(c);
        let mut end = start + c.len_utf8();
        if k != 3 {
            while let Some(&(i, d)) = chars.peek() {
                if class(d) != k {
                    break;
                }
                end = i + d.len_utf8();
                chars.next();
            }
        }
        let s = &t[start..end];
        let kind = match k {
            0 => Kind::Num(s),
            1 => Kind::Word(s),
            2 => Kind::Space,
            _ => Kind::Sep(c),
        };
        tokens.push(Token {
            kind,
            range: start..end,
        });
    }
    tokens
}

fn skip_spaces(tokens: &[Token<'_>], mut i: usize) -> usize {
    while matches!(
        tokens.get(i),
        Some(Token {
            kind: Kind::Space,
            ..
        })
    ) {
        i += 1;
    }
    i
}

/// The fields of a date expression, before they are checked.
struct Fields {
    year: i64,
    month: i64,
    day: i64,
    weekday: Option<Weekday>,
}

impl Fields {
    fn date(&self) -> Result<JalaliDate, Error> {
        // The grammar reads four digits for the year and at most two for month and day, so
        // the numbers fit; `JalaliDate::new` checks them and names what is wrong.
        let fit = |n: i64| u8::try_from(n).unwrap_or(u8::MAX);
        let year =
            i32::try_from(self.year).map_err(|_| Error::YearOutOfRange { year: self.year })?;
        let date = JalaliDate::new(year, fit(self.month), fit(self.day))?;
        match self.weekday {
            Some(named) if named != date.weekday() => Err(Error::WeekdayMismatch {
                date,
                named,
                actual: date.weekday(),
            }),
            _ => Ok(date),
        }
    }
}

struct Match {
    fields: Fields,
    /// The token after the expression.
    end: usize,
    /// The separator of a date written in numbers.
    sep: Option<char>,
}

/// A number of at most six digits.
fn number(tokens: &[Token<'_>], i: usize) -> Option<(i64, usize)> {
    match tokens.get(i)?.kind {
        Kind::Num(s) if s.len() <= 6 => Some((s.parse().ok()?, s.len())),
        _ => None,
    }
}

fn word<'t>(tokens: &[Token<'t>], i: usize) -> Option<&'t str> {
    match tokens.get(i)?.kind {
        Kind::Word(s) => Some(s),
        _ => None,
    }
}

/// The month names as [`READER`] writes them (ۍ of the Pashto لیندۍ becomes ی), Latin in lower
/// case: `[month][name set]`.
fn month_names() -> &'static [[String; 4]; 12] {
    static NAMES: std::sync::OnceLock<[[String; 4]; 12]> = std::sync::OnceLock::new();
    NAMES.get_or_init(|| {
        Month::ALL.map(|m| {
            [
                m.persian_name(),
                m.dari_name(),
                m.pashto_name(),
                m.latin_name(),
            ]
            .map(|name| READER.normalize(name).into_owned())
        })
    })
}

/// The month named `w` (any of the four name sets).
fn month_named(w: &str) -> Option<Month> {
    month_names()
        .iter()
        .position(|names| names.iter().any(|n| n == w))
        .and_then(|k| Month::from_number(k as u8 + 1))
}

/// A weekday at `i`, written in one or two words: (weekday, the token after it).
fn weekday_at(tokens: &[Token<'_>], i: usize) -> Option<(Weekday, usize)> {
    let first = word(tokens, i)?;
    let named = |w: &str| {
        Weekday::ALL.into_iter().find(|d| {
            w == d.persian_name().replace('\u{200C}', "")
                || w.eq_ignore_ascii_case(d.english_name())
        })
    };
    // «سه شنبه», «دو شنبه» (a ZWNJ read as a space, or a space typed): two words first, so
    // that «شنبه» alone is not read out of them.
    let j = skip_spaces(tokens, i + 1);
    if j > i + 1 {
        if let Some(second) = word(tokens, j) {
            if let Some(d) = named(&format!("{first}{second}")) {
                return Some((d, j + 1));
            }
        }
    }
    named(first).map(|d| (d, i + 1))
}

/// A date expression starting at token `i`: `[weekday[،]]` then numbers or words, then an
/// optional era. A date followed by the era of another calendar (`میلادی`, `ه.ق`) is none.
fn match_at(tokens: &[Token<'_>], i: usize) -> Option<Match> {
    let (weekday, k) = match weekday_at(tokens, i) {
        Some((d, after)) => {
            let mut k = skip_spaces(tokens, after);
            if matches!(tokens.get(k)?.kind, Kind::Sep(',' | '،')) {
                k = skip_spaces(tokens, k + 1);
            }
            (Some(d), k)
        }
        None => (None, i),
    };
    let mut m = numeric_at(tokens, k).or_else(|| worded_at(tokens, k))?;
    m.fields.weekday = weekday;
    match era_after(tokens, m.end) {
        Some(Era::Jalali(end)) => m.end = end,
        Some(Era::Other) => return None,
        None => {}
    }
    Some(m)
}

/// A four-digit year (`0001` to `9999`).
fn year_at(tokens: &[Token<'_>], i: usize) -> Option<i64> {
    match number(tokens, i)? {
        (y, 4) if y >= 1 => Some(y),
        _ => None,
    }
}

/// `Y/M/D` or `D/M/Y`, with `/`, `-` or `.` twice.
fn numeric_at(tokens: &[Token<'_>], i: usize) -> Option<Match> {
    let (a, a_len) = number(tokens, i)?;
    let sep = match tokens.get(i + 1)?.kind {
        Kind::Sep(c @ ('/' | '-' | '.')) => c,
        _ => return None,
    };
    let (b, b_len) = number(tokens, i + 2)?;
    if !matches!(tokens.get(i + 3)?.kind, Kind::Sep(c) if c == sep) {
        return None;
    }
    let (c, c_len) = number(tokens, i + 4)?;
    if b_len > 2 {
        return None;
    }
    let fields = if year_at(tokens, i).is_some() && c_len <= 2 {
        Fields {
            year: a,
            month: b,
            day: c,
            weekday: None,
        }
    } else if year_at(tokens, i + 4).is_some() && a_len <= 2 {
        Fields {
            year: c,
            month: b,
            day: a,
            weekday: None,
        }
    } else {
        return None;
    };
    Some(Match {
        fields,
        end: i + 5,
        sep: Some(sep),
    })
}

/// `day month [ماه] year`.
fn worded_at(tokens: &[Token<'_>], i: usize) -> Option<Match> {
    let mut k = i;
    let (day, day_len) = number(tokens, k)?;
    if day_len > 2 {
        return None;
    }
    k = skip_spaces(tokens, k + 1);
    let name = word(tokens, k)?;
    let month = match month_named(name) {
        Some(m) => m,
        None => month_named(name.strip_suffix("ماه")?)?,
    };
    k = skip_spaces(tokens, k + 1);
    if word(tokens, k) == Some("ماه") && !name.ends_with("ماه") {
        k = skip_spaces(tokens, k + 1);
    }
    let year = year_at(tokens, k)?;
    Some(Match {
        fields: Fields {
            year,
            month: month.number() as i64,
            day,
            weekday: None,
        },
        end: k + 1,
        sep: None,
    })
}

/// The era written after a date.
enum Era {
    /// `ه.ش`, `هجری شمسی`, `شمسی`, `خورشیدی`, `AP`, `SH`: the token after it.
    Jalali(usize),
    /// `میلادی`, `ه.ق`, `قمری`, `AD`, `CE`: another calendar.
    Other,
}

/// The era written after the date ending before token `i`, if any.
fn era_after(tokens: &[Token<'_>], i: usize) -> Option<Era> {
    let k = skip_spaces(tokens, i);
    let first = word(tokens, k)?;
    // «ه.ش», «ه.ق», also «ه‍.ش» (a ZWJ kept before the dot) and «ه. ش».
    if first == "ه" {
        let mut j = k + 1;
        while matches!(tokens.get(j)?.kind, Kind::Sep('\u{200D}')) {
            j += 1;
        }
        if !matches!(tokens.get(j)?.kind, Kind::Sep('.')) {
            return None;
        }
        let j = skip_spaces(tokens, j + 1);
        return match word(tokens, j)? {
            "ش" => Some(Era::Jalali(j + 1)),
            "ق" => Some(Era::Other),
            _ => None,
        };
    }
    match first {
        "هجری" => {
            let j = skip_spaces(tokens, k + 1);
            match word(tokens, j) {
                Some("شمسی" | "خورشیدی") => Some(Era::Jalali(j + 1)),
                Some("قمری") => Some(Era::Other),
                _ => None,
            }
        }
        "شمسی" | "خورشیدی" | "ap" | "sh" => Some(Era::Jalali(k + 1)),
        "میلادی" | "قمری" | "ad" | "ce" => Some(Era::Other),
        _ => None,
    }
}

/// For the error of [`parse`]: a word where a month name should be (`۲۹ مهرر ۱۴۰۴`).
fn unknown_month(tokens: &[Token<'_>], i: usize) -> Option<String> {
    let k = match weekday_at(tokens, i) {
        Some((_, after)) => skip_spaces(tokens, after),
        None => i,
    };
    let (_, day_len) = number(tokens, k)?;
    let k = skip_spaces(tokens, k + 1);
    let name = word(tokens, k)?;
    let j = skip_spaces(tokens, k + 1);
    let is_month = month_named(name).is_some()
        || name
            .strip_suffix("ماه")
            .is_some_and(|n| month_named(n).is_some());
    (day_len <= 2 && year_at(tokens, j).is_some() && !is_month).then(|| name.to_string())
}
