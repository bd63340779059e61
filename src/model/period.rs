//! Partial Jalali dates ("since 1398", "in Mehr 1404") and periods between them.

use core::fmt;
use core::str::FromStr;

use super::ModelError;
use crate::jalali::{days_in_month, JalaliDate, MAX_YEAR, MIN_YEAR};

/// A Jalali date known to the year, the month or the day: `1398`, `1398-07`, `1398-07-15`.
///
/// ```
/// use daneshbonyan::model::PartialDate;
///
/// let since: PartialDate = "1398".parse()?;
/// assert_eq!(since.first_day().to_string(), "1398-01-01");
/// assert_eq!(since.last_day().to_string(), "1398-12-29");
/// let month: PartialDate = "1403-12".parse()?;
/// assert_eq!(month.last_day().to_string(), "1403-12-30");
/// # Ok::<(), daneshbonyan::model::ModelError>(())
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct PartialDate(Precision);

/// How precisely a [`PartialDate`] is known (always a real year, month or day).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Precision {
    /// A year.
    Year(i32),
    /// A month of a year (1..=12).
    Month(i32, u8),
    /// A day.
    Day(JalaliDate),
}

impl PartialDate {
    /// What it holds.
    pub fn precision(self) -> Precision {
        self.0
    }

    /// The day `date`.
    pub const fn day(date: JalaliDate) -> PartialDate {
        PartialDate(Precision::Day(date))
    }

    /// The year, checked.
    pub fn year(year: i32) -> Result<PartialDate, ModelError> {
        check_year(year)?;
        Ok(PartialDate(Precision::Year(year)))
    }

    /// A month of a year, checked.
    pub fn month(year: i32, month: u8) -> Result<PartialDate, ModelError> {
        check_year(year)?;
        if !(1..=12).contains(&month) {
            return Err(ModelError::InvalidDate {
                field: "month",
                reason: format!("month {month} is out of range 1..=12"),
            });
        }
        Ok(PartialDate(Precision::Month(year, month)))
    }

    /// Its first day.
    pub fn first_day(self) -> JalaliDate {
        // The constructors checked the year and month: these dates exist.
        match self.0 {
            Precision::Year(y) => JalaliDate::new(y, 1, 1),
            Precision::Month(y, m) => JalaliDate::new(y, m, 1),
            Precision::Day(d) => Ok(d),
        }
        .unwrap_or(JalaliDate::MIN)
    }

    /// Its last day.
    pub fn last_day(self) -> JalaliDate {
        match self.0 {
            Precision::Year(y) => JalaliDate::new(y, 12, days_in_month(y, 12)),
            Precision::Month(y, m) => JalaliDate::new(y, m, days_in_month(y, m)),
            Precision::Day(d) => Ok(d),
        }
        .unwrap_or(JalaliDate::MAX)
    }

    /// Whether `date` falls within it.
    pub fn contains(self, date: JalaliDate) -> bool {
        self.first_day() <= date && date <= self.last_day()
    }
}

fn check_year(year: i32) -> Result<(), ModelError> {
    if (MIN_YEAR..=MAX_YEAR).contains(&year) {
        Ok(())
    } else {
        Err(ModelError::InvalidDate {
            field: "year",
            reason: format!("year {year} is out of the supported range {MIN_YEAR}..={MAX_YEAR}"),
        })
    }
}

impl From<JalaliDate> for PartialDate {
    fn from(d: JalaliDate) -> PartialDate {
        PartialDate::day(d)
    }
}

impl fmt::Display for PartialDate {
    /// `1398`, `1398-07` or `1398-07-15`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.0 {
            Precision::Year(y) if y < 0 => write!(f, "-{:04}", -y),
            Precision::Year(y) => write!(f, "{y:04}"),
            Precision::Month(y, m) if y < 0 => write!(f, "-{:04}-{m:02}", -y),
            Precision::Month(y, m) => write!(f, "{y:04}-{m:02}"),
            Precision::Day(d) => fmt::Display::fmt(&d, f),
        }
    }
}

impl FromStr for PartialDate {
    type Err = ModelError;

    /// Reads `YYYY`, `YYYY-MM` or `YYYY-MM-DD` (ASCII digits; `-` before a year before 1).
    fn from_str(s: &str) -> Result<PartialDate, ModelError> {
        let bad = |reason: &str| ModelError::InvalidDate {
            field: "date",
            reason: format!("{s:?}: {reason}"),
        };
        let (neg, body) = match s.strip_prefix('-') {
            Some(rest) => (true, rest),
            None => (false, s),
        };
        let parts: Vec<&str> = body.split('-').collect();
        let digits = |p: &str| !p.is_empty() && p.bytes().all(|c| c.is_ascii_digit());
        if parts.is_empty() || parts.len() > 3 || !parts.iter().all(|p| digits(p)) {
            return Err(bad("expected YYYY, YYYY-MM or YYYY-MM-DD"));
        }
        if parts[0].len() < 4 || parts[1..].iter().any(|p| p.len() != 2) {
            return Err(bad("expected YYYY, YYYY-MM or YYYY-MM-DD"));
        }
        let year: i64 = parts[0].parse().map_err(|_| bad("year out of range"))?;
        let year =
            i32::try_from(if neg { -year } else { year }).map_err(|_| bad("year out of range"))?;
        match parts.len() {
            1 => PartialDate::year(year),
            2 => PartialDate::month(year, parts[1].parse().map_err(|_| bad("bad month"))?),
            _ => {
                s.parse::<JalaliDate>()
                    .map(PartialDate::day)
                    .map_err(|e| ModelError::InvalidDate {
                        field: "date",
                        reason: e.to_string(),
                    })
            }
        }
    }
}

/// From when to when something held: either end may be open (unknown or still running).
/// The start is never after the end.
///
/// ```
/// use daneshbonyan::model::{PartialDate, Period};
/// use daneshbonyan::jalali::JalaliDate;
///
/// let p = Period::new(Some("1398".parse()?), None)?;
/// assert!(p.contains(JalaliDate::new(1404, 7, 29)?));
/// assert!(!p.contains(JalaliDate::new(1397, 12, 29)?));
/// let err = Period::new(Some("1404".parse()?), Some("1403-06".parse()?)).unwrap_err();
/// assert_eq!(err.to_string(), "invalid period: it starts (1404) after it ends (1403-06)");
/// # Ok::<(), daneshbonyan::model::ModelError>(())
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct Period {
    start: Option<PartialDate>,
    end: Option<PartialDate>,
}

impl Period {
    /// All the time there is.
    pub const ALWAYS: Period = Period {
        start: None,
        end: None,
    };

    /// The period from `start` to `end`, both included; checked that it does not run backwards
    /// (its start's first day is not after its end's last day).
    pub fn new(start: Option<PartialDate>, end: Option<PartialDate>) -> Result<Period, ModelError> {
        if let (Some(s), Some(e)) = (start, end) {
            if s.first_day() > e.last_day() {
                return Err(ModelError::InvalidDate {
                    field: "period",
                    reason: format!("it starts ({s}) after it ends ({e})"),
                });
            }
        }
        Ok(Period { start, end })
    }

    /// Since `start`, still running.
    pub fn since(start: PartialDate) -> Period {
        Period {
            start: Some(start),
            end: None,
        }
    }

    /// Its start, if known.
    pub fn start(self) -> Option<PartialDate> {
        self.start
    }

    /// Its end, if it has one.
    pub fn end(self) -> Option<PartialDate> {
        self.end
    }

    /// Whether `date` falls within it.
    pub fn contains(self, date: JalaliDate) -> bool {
        self.start.is_none_or(|s| s.first_day() <= date)
            && self.end.is_none_or(|e| date <= e.last_day())
    }
}

#[cfg(feature = "serde")]
mod serde_impls {
    use super::{PartialDate, Period};

    impl serde::Serialize for PartialDate {
        fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
            s.collect_str(self)
        }
    }

    impl<'de> serde::Deserialize<'de> for PartialDate {
        fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<PartialDate, D::Error> {
            let text = String::deserialize(d)?;
            text.parse().map_err(serde::de::Error::custom)
        }
    }

    #[derive(serde::Deserialize)]
    #[serde(deny_unknown_fields)]
    struct RawPeriod {
        #[serde(default)]
        start: Option<PartialDate>,
        #[serde(default)]
        end: Option<PartialDate>,
    }

    impl<'de> serde::Deserialize<'de> for Period {
        fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Period, D::Error> {
            let raw = RawPeriod::deserialize(d)?;
            Period::new(raw.start, raw.end).map_err(serde::de::Error::custom)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn partial_dates_read_and_write() {
        for text in [
            "1398",
            "1398-07",
            "1398-07-15",
            "-0100",
            "-0100-01",
            "-0100-01-01",
        ] {
            assert_eq!(text.parse::<PartialDate>().unwrap().to_string(), text);
        }
        for (text, message) in [
            (
                "98",
                "invalid date: \"98\": expected YYYY, YYYY-MM or YYYY-MM-DD",
            ),
            (
                "1398-7",
                "invalid date: \"1398-7\": expected YYYY, YYYY-MM or YYYY-MM-DD",
            ),
            ("1398-13", "invalid month: month 13 is out of range 1..=12"),
            (
                "1404-12-30",
                "invalid date: day 30 of Esfand 1404 does not exist: 1404 is not a leap year",
            ),
            (
                "10000",
                "invalid year: year 10000 is out of the supported range -9999..=9999",
            ),
            (
                "",
                "invalid date: \"\": expected YYYY, YYYY-MM or YYYY-MM-DD",
            ),
        ] {
            assert_eq!(
                text.parse::<PartialDate>().unwrap_err().to_string(),
                message
            );
        }
    }

    #[test]
    fn periods_hold_between_their_ends() {
        let p = Period::new(
            Some("1403-12".parse().unwrap()),
            Some("1404".parse().unwrap()),
        )
        .unwrap();
        let d = |y, m, d| JalaliDate::new(y, m, d).unwrap();
        assert!(p.contains(d(1403, 12, 1)));
        assert!(p.contains(d(1403, 12, 30)));
        assert!(p.contains(d(1404, 12, 29)));
        assert!(!p.contains(d(1403, 11, 30)));
        assert!(!p.contains(d(1405, 1, 1)));
        assert!(Period::ALWAYS.contains(JalaliDate::MIN));
        // A period within one month, and one that starts and ends the same day.
        assert!(Period::new(Some("1404-07".parse().unwrap()), Some(d(1404, 7, 1).into())).is_ok());
        assert!(Period::new(Some(d(1404, 7, 2).into()), Some(d(1404, 7, 1).into())).is_err());
    }
}
