//! Formatting with strftime-like patterns, in Persian or Latin digits and the month names of
//! Iran, Afghanistan or a Latin transliteration.

use super::{Error, JalaliDate, Month, Weekday};

/// The digits a date is written with.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default)]
pub enum DigitStyle {
    /// ۰۱۲۳۴۵۶۷۸۹ (the default).
    #[default]
    Persian,
    /// 0123456789.
    Latin,
}

/// The names months (and weekdays) are written with.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default)]
pub enum MonthNames {
    /// Iran: فروردین … اسفند, weekdays شنبه … جمعه (the default).
    #[default]
    Iranian,
    /// Afghanistan, Dari: حمل … حوت; weekdays as in Iran.
    Dari,
    /// Afghanistan, Pashto: وری … کب; weekdays as in Iran.
    Pashto,
    /// Latin transliteration: Farvardin … Esfand; weekdays in English.
    Latin,
}

/// How [`JalaliDate::format_with`] writes digits and names.
///
/// ```
/// use daneshbonyan::jalali::{DigitStyle, FormatOptions, JalaliDate, MonthNames};
///
/// let d = JalaliDate::new(1404, 7, 29)?;
/// let latin = FormatOptions::new().digits(DigitStyle::Latin).names(MonthNames::Latin);
/// assert_eq!(d.format_with("%A %-d %B %Y", latin), "Tuesday 29 Mehr 1404");
/// let dari = FormatOptions::new().names(MonthNames::Dari);
/// assert_eq!(d.format_with("%-d %B %Y", dari), "۲۹ میزان ۱۴۰۴");
/// # Ok::<(), daneshbonyan::jalali::Error>(())
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default)]
pub struct FormatOptions {
    digits: DigitStyle,
    names: MonthNames,
}

impl FormatOptions {
    /// Persian digits and the names of Iran.
    pub const fn new() -> FormatOptions {
        FormatOptions {
            digits: DigitStyle::Persian,
            names: MonthNames::Iranian,
        }
    }

    /// Latin digits and Latin names.
    pub const fn latin() -> FormatOptions {
        FormatOptions {
            digits: DigitStyle::Latin,
            names: MonthNames::Latin,
        }
    }

    /// Sets the digits.
    pub const fn digits(mut self, digits: DigitStyle) -> FormatOptions {
        self.digits = digits;
        self
    }

    /// Sets the month and weekday names.
    pub const fn names(mut self, names: MonthNames) -> FormatOptions {
        self.names = names;
        self
    }
}

const LATIN_MONTH_ABBR: [&str; 12] = [
    "Far", "Ord", "Kho", "Tir", "Mor", "Sha", "Meh", "Aba", "Aza", "Dey", "Bah", "Esf",
];
const PERSIAN_WEEKDAY_ABBR: [&str; 7] = ["ش", "ی", "د", "س", "چ", "پ", "ج"];

fn month_name(m: Month, names: MonthNames) -> &'static str {
    match names {
        MonthNames::Iranian => m.persian_name(),
        MonthNames::Dari => m.dari_name(),
        MonthNames::Pashto => m.pashto_name(),
        MonthNames::Latin => m.latin_name(),
    }
}

fn weekday_name(w: Weekday, names: MonthNames) -> &'static str {
    match names {
        MonthNames::Latin => w.english_name(),
        _ => w.persian_name(),
    }
}

/// Appends `n` with at least `width` digits in `digits`.
fn push_number(out: &mut String, n: i64, width: usize, digits: DigitStyle) {
    if n < 0 {
        out.push('-');
    }
    let mut v = n.unsigned_abs();
    let mut buf = [0u8; 20];
    let mut k = 0;
    loop {
        buf[k] = (v % 10) as u8;
        v /= 10;
        k += 1;
        if v == 0 || k == buf.len() {
            break;
        }
    }
    while k < width.min(buf.len()) {
        buf[k] = 0;
        k += 1;
    }
    for &d in buf[..k].iter().rev() {
        out.push(match digits {
            DigitStyle::Latin => char::from(b'0' + d),
            DigitStyle::Persian => char::from_u32(0x06F0 + u32::from(d)).unwrap_or('0'),
        });
    }
}

impl JalaliDate {
    /// Writes the date by a strftime-like `pattern`, in Persian digits and the names of Iran
    /// (see [`format_with`](Self::format_with) for the others).
    ///
    /// | directive | writes | example (1404-07-29) |
    /// |---|---|---|
    /// | `%Y` | the year, at least four digits (`-` before year 1) | ۱۴۰۴ |
    /// | `%y` | the last two digits of the year (of its absolute value) | ۰۴ |
    /// | `%m` / `%-m` | the month, two digits / as it is | ۰۷ / ۷ |
    /// | `%d` / `%-d` | the day, two digits / as it is | ۲۹ / ۲۹ |
    /// | `%B` | the month's name | مهر |
    /// | `%b` | the month's short name (Latin: three letters; otherwise the name) | مهر |
    /// | `%A` | the weekday's name | سه‌شنبه |
    /// | `%a` | the weekday's short name (Persian: one letter; English: three) | س |
    /// | `%j` | the day of the year, three digits | ۲۱۵ |
    /// | `%%` | `%` | % |
    ///
    /// Any other `%` sequence is written as it is; [`try_format`](Self::try_format) reports it
    /// instead.
    ///
    /// ```
    /// use daneshbonyan::jalali::JalaliDate;
    ///
    /// let d = JalaliDate::new(1404, 7, 29)?;
    /// assert_eq!(d.format("%Y/%m/%d"), "۱۴۰۴/۰۷/۲۹");
    /// assert_eq!(d.format("%A %-d %B %Y"), "سه‌شنبه ۲۹ مهر ۱۴۰۴");
    /// # Ok::<(), daneshbonyan::jalali::Error>(())
    /// ```
    pub fn format(self, pattern: &str) -> String {
        self.format_with(pattern, FormatOptions::new())
    }

    /// [`format`](Self::format) with the digits and names of `options`.
    pub fn format_with(self, pattern: &str, options: FormatOptions) -> String {
        let mut out = String::with_capacity(pattern.len() + 16);
        let _ = self.write_pattern(pattern, options, &mut out, false);
        out
    }

    /// [`format_with`](Self::format_with), failing on a `%` sequence that is not a directive
    /// (and on a `%` at the end).
    ///
    /// ```
    /// use daneshbonyan::jalali::{FormatOptions, JalaliDate};
    ///
    /// let d = JalaliDate::new(1404, 7, 29)?;
    /// let err = d.try_format("%Y %q", FormatOptions::latin()).unwrap_err();
    /// assert_eq!(
    ///     err.to_string(),
    ///     "cannot read \"%q\" as a date: unknown directive in a format pattern"
    /// );
    /// # Ok::<(), daneshbonyan::jalali::Error>(())
    /// ```
    pub fn try_format(self, pattern: &str, options: FormatOptions) -> Result<String, Error> {
        let mut out = String::with_capacity(pattern.len() + 16);
        self.write_pattern(pattern, options, &mut out, true)?;
        Ok(out)
    }

    /// The long Persian form: «سه‌شنبه ۲۹ مهر ۱۴۰۴».
    ///
    /// ```
    /// use daneshbonyan::jalali::JalaliDate;
    ///
    /// assert_eq!(JalaliDate::new(1404, 7, 29)?.to_persian_long(), "سه‌شنبه ۲۹ مهر ۱۴۰۴");
    /// # Ok::<(), daneshbonyan::jalali::Error>(())
    /// ```
    pub fn to_persian_long(self) -> String {
        self.format("%A %-d %B %Y")
    }

    fn write_pattern(
        self,
        pattern: &str,
        options: FormatOptions,
        out: &mut String,
        strict: bool,
    ) -> Result<(), Error> {
        let digits = options.digits;
        let mut rest = pattern;
        while let Some(at) = rest.find('%') {
            out.push_str(&rest[..at]);
            let after = &rest[at + 1..];
            let (directive, len) = match after.as_bytes() {
                [b'-', c, ..] => ((true, *c), 2),
                [c, ..] => ((false, *c), 1),
                [] => ((false, 0), 0),
            };
            let written = match directive {
                (false, b'Y') => {
                    push_number(out, self.year().into(), 4, digits);
                    true
                }
                (false, b'y') => {
                    push_number(out, (self.year().abs() % 100).into(), 2, digits);
                    true
                }
                (dash, b'm') => {
                    push_number(out, self.month().into(), if dash { 1 } else { 2 }, digits);
                    true
                }
                (dash, b'd') => {
                    push_number(out, self.day().into(), if dash { 1 } else { 2 }, digits);
                    true
                }
                (false, b'j') => {
                    push_number(out, self.ordinal().into(), 3, digits);
                    true
                }
                (false, b'B') => {
                    out.push_str(month_name(self.month_name(), options.names));
                    true
                }
                (false, b'b') => {
                    out.push_str(match options.names {
                        MonthNames::Latin => LATIN_MONTH_ABBR[self.month() as usize - 1],
                        names => month_name(self.month_name(), names),
                    });
                    true
                }
                (false, b'A') => {
                    out.push_str(weekday_name(self.weekday(), options.names));
                    true
                }
                (false, b'a') => {
                    let w = self.weekday();
                    match options.names {
                        MonthNames::Latin => out.push_str(&w.english_name()[..3]),
                        _ => out.push_str(PERSIAN_WEEKDAY_ABBR[w.number_from_saturday() as usize]),
                    }
                    true
                }
                (false, b'%') => {
                    out.push('%');
                    true
                }
                _ => false,
            };
            if written {
                rest = &after[len..];
            } else {
                // Not a directive: an error, or the `%` written as it is.
                let end = after
                    .char_indices()
                    .nth(len.max(1))
                    .map_or(after.len(), |(i, _)| i);
                if strict {
                    return Err(Error::Syntax {
                        input: format!("%{}", &after[..end]),
                        reason: "unknown directive in a format pattern",
                    });
                }
                out.push('%');
                rest = after;
            }
        }
        out.push_str(rest);
        Ok(())
    }
}
