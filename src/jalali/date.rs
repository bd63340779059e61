//! `JalaliDate`, `Month` and `Weekday`.

use core::fmt;
use core::str::FromStr;

use super::civil::{civil_from_days, civil_from_days_wide, days_from_civil, gregorian_month_days};
use super::{rule, Error, MAX_YEAR, MIN_YEAR};

/// A day of the Jalali (Solar Hijri) calendar, always valid.
///
/// Years run from [`MIN_YEAR`] to [`MAX_YEAR`]; months from 1 (Farvardin) to 12 (Esfand); the
/// first six months have 31 days, the next five 30, and Esfand 29, or 30 in a leap year. The
/// years follow the astronomical rule of Iran's calendar (see the [module docs](super)).
///
/// Dates order by time; [`Display`](fmt::Display) and [`FromStr`] use the form `1404-07-29`
/// (a year before 1 is written with a minus sign and four digits: `-0100-01-01`).
///
/// ```
/// use daneshbonyan::jalali::{JalaliDate, Weekday};
///
/// let d = JalaliDate::new(1404, 7, 29)?;
/// assert_eq!(d.to_gregorian(), (2025, 10, 21));
/// assert_eq!(d.weekday(), Weekday::Tuesday);
/// assert_eq!(d.to_string(), "1404-07-29");
/// assert_eq!("1404-07-29".parse::<JalaliDate>()?, d);
/// # Ok::<(), daneshbonyan::jalali::Error>(())
/// ```
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct JalaliDate {
    year: i16,
    month: u8,
    day: u8,
}

/// The months of the Jalali calendar.
///
/// ```
/// use daneshbonyan::jalali::Month;
///
/// let m = Month::Mehr;
/// assert_eq!(m.number(), 7);
/// assert_eq!(m.persian_name(), "مهر");
/// assert_eq!(m.dari_name(), "میزان");
/// assert_eq!(m.latin_name(), "Mehr");
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[allow(missing_docs)]
pub enum Month {
    Farvardin = 1,
    Ordibehesht,
    Khordad,
    Tir,
    Mordad,
    Shahrivar,
    Mehr,
    Aban,
    Azar,
    Dey,
    Bahman,
    Esfand,
}

/// The names of the months: Iranian Persian, Dari (Afghanistan), Pashto, Latin transliteration.
const MONTH_NAMES: [[&str; 4]; 12] = [
    ["فروردین", "حمل", "وری", "Farvardin"],
    ["اردیبهشت", "ثور", "غویی", "Ordibehesht"],
    ["خرداد", "جوزا", "غبرگولی", "Khordad"],
    ["تیر", "سرطان", "چنگاښ", "Tir"],
    ["مرداد", "اسد", "زمری", "Mordad"],
    ["شهریور", "سنبله", "وږی", "Shahrivar"],
    ["مهر", "میزان", "تله", "Mehr"],
    ["آبان", "عقرب", "لړم", "Aban"],
    ["آذر", "قوس", "لیندۍ", "Azar"],
    ["دی", "جدی", "مرغومی", "Dey"],
    ["بهمن", "دلو", "سلواغه", "Bahman"],
    ["اسفند", "حوت", "کب", "Esfand"],
];

impl Month {
    /// Every month, Farvardin first.
    pub const ALL: [Month; 12] = [
        Month::Farvardin,
        Month::Ordibehesht,
        Month::Khordad,
        Month::Tir,
        Month::Mordad,
        Month::Shahrivar,
        Month::Mehr,
        Month::Aban,
        Month::Azar,
        Month::Dey,
        Month::Bahman,
        Month::Esfand,
    ];

    /// The month numbered `n` (1..=12).
    pub const fn from_number(n: u8) -> Option<Month> {
        if n >= 1 && n <= 12 {
            Some(Month::ALL[n as usize - 1])
        } else {
            None
        }
    }

    /// Its number, 1..=12.
    pub const fn number(self) -> u8 {
        self as u8
    }

    const fn names(self) -> [&'static str; 4] {
        MONTH_NAMES[self as usize - 1]
    }

    /// Its name in Iran: فروردین … اسفند.
    pub const fn persian_name(self) -> &'static str {
        self.names()[0]
    }

    /// Its name in Dari, as used in Afghanistan: حمل، ثور، جوزا، سرطان، اسد، سنبله، میزان، عقرب،
    /// قوس، جدی، دلو، حوت.
    pub const fn dari_name(self) -> &'static str {
        self.names()[1]
    }

    /// Its name in Pashto: وری، غویی، غبرگولی، چنگاښ، زمری، وږی، تله، لړم، لیندۍ، مرغومی، سلواغه، کب.
    pub const fn pashto_name(self) -> &'static str {
        self.names()[2]
    }

    /// Its Latin transliteration: Farvardin … Esfand.
    pub const fn latin_name(self) -> &'static str {
        self.names()[3]
    }
}

impl fmt::Display for Month {
    /// The Latin transliteration (`Esfand`), as in error messages.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.pad(self.latin_name())
    }
}

/// The days of the week, Saturday (شنبه) first as in Iran.
///
/// ```
/// use daneshbonyan::jalali::Weekday;
///
/// assert_eq!(Weekday::Tuesday.persian_name(), "سه‌شنبه");
/// assert_eq!(Weekday::Saturday.number_from_saturday(), 0);
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[allow(missing_docs)]
pub enum Weekday {
    Saturday,
    Sunday,
    Monday,
    Tuesday,
    Wednesday,
    Thursday,
    Friday,
}

const WEEKDAY_NAMES: [[&str; 2]; 7] = [
    ["شنبه", "Saturday"],
    ["یک‌شنبه", "Sunday"],
    ["دوشنبه", "Monday"],
    ["سه‌شنبه", "Tuesday"],
    ["چهارشنبه", "Wednesday"],
    ["پنج‌شنبه", "Thursday"],
    ["جمعه", "Friday"],
];

impl Weekday {
    /// Every day of the week, Saturday first.
    pub const ALL: [Weekday; 7] = [
        Weekday::Saturday,
        Weekday::Sunday,
        Weekday::Monday,
        Weekday::Tuesday,
        Weekday::Wednesday,
        Weekday::Thursday,
        Weekday::Friday,
    ];

    /// 0 for Saturday … 6 for Friday.
    pub const fn number_from_saturday(self) -> u8 {
        self as u8
    }

    /// The day `n` days after Saturday (`n` taken modulo 7).
    pub const fn from_number_from_saturday(n: u8) -> Weekday {
        Weekday::ALL[(n % 7) as usize]
    }

    /// Its Persian name, written with ZWNJ: شنبه، یک‌شنبه، دوشنبه، سه‌شنبه، چهارشنبه، پنج‌شنبه، جمعه.
    pub const fn persian_name(self) -> &'static str {
        WEEKDAY_NAMES[self as usize][0]
    }

    /// Its English name: Saturday … Friday.
    pub const fn english_name(self) -> &'static str {
        WEEKDAY_NAMES[self as usize][1]
    }
}

impl fmt::Display for Weekday {
    /// The English name, as in error messages.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.pad(self.english_name())
    }
}

/// The days in `month` (1..=12) of `year`: 31, 30, or for Esfand 29 or 30 (0 for a month out of
/// range).
///
/// ```
/// use daneshbonyan::jalali::days_in_month;
///
/// assert_eq!(days_in_month(1403, 12), 30);
/// assert_eq!(days_in_month(1404, 12), 29);
/// assert_eq!(days_in_month(1404, 7), 30);
/// ```
pub const fn days_in_month(year: i32, month: u8) -> u8 {
    match month {
        1..=6 => 31,
        7..=11 => 30,
        12 if rule::is_leap(year) => 30,
        12 => 29,
        _ => 0,
    }
}

/// Whether `year` has 366 days (Esfand has 30).
///
/// ```
/// use daneshbonyan::jalali::is_leap_year;
///
/// assert!(is_leap_year(1403));
/// assert!(!is_leap_year(1404));
/// // The arithmetic 33-year rule has 1766 leap; the sky has 1767.
/// assert!(!is_leap_year(1766));
/// assert!(is_leap_year(1767));
/// ```
pub const fn is_leap_year(year: i32) -> bool {
    rule::is_leap(year)
}

/// [`JalaliDate::MIN`] and [`JalaliDate::MAX`] as day counts.
const MIN_DAYS: i32 = JalaliDate::MIN.unix_days();
const MAX_DAYS: i32 = JalaliDate::MAX.unix_days();

/// The month of each day of the year, from 0 (1 Farvardin) to 365 (30 Esfand).
const MONTH_OF_ORDINAL: [u8; 366] = {
    let mut t = [0u8; 366];
    let mut k = 0;
    while k < 366 {
        t[k] = if k < 186 {
            (k / 31 + 1) as u8
        } else {
            ((k - 186) / 30 + 7) as u8
        };
        k += 1;
    }
    t
};

/// The day of the year of the first day of `month` (1..=12), minus one.
const fn days_before_month(month: u8) -> u16 {
    if month <= 7 {
        (month as u16 - 1) * 31
    } else {
        186 + (month as u16 - 7) * 30
    }
}

impl JalaliDate {
    /// The first supported day: 1 Farvardin [`MIN_YEAR`].
    pub const MIN: JalaliDate = JalaliDate {
        year: MIN_YEAR as i16,
        month: 1,
        day: 1,
    };

    /// The last supported day: the last day of Esfand [`MAX_YEAR`].
    pub const MAX: JalaliDate = JalaliDate {
        year: MAX_YEAR as i16,
        month: 12,
        day: days_in_month(MAX_YEAR, 12),
    };

    /// The date `year-month-day`, checked.
    ///
    /// ```
    /// use daneshbonyan::jalali::JalaliDate;
    ///
    /// assert!(JalaliDate::new(1403, 12, 30).is_ok());
    /// assert_eq!(
    ///     JalaliDate::new(1404, 13, 1).unwrap_err().to_string(),
    ///     "month 13 is out of range 1..=12"
    /// );
    /// ```
    pub fn new(year: i32, month: u8, day: u8) -> Result<JalaliDate, Error> {
        if !(MIN_YEAR..=MAX_YEAR).contains(&year) {
            return Err(Error::YearOutOfRange { year: year.into() });
        }
        let Some(m) = Month::from_number(month) else {
            return Err(Error::MonthOutOfRange {
                month: month.into(),
            });
        };
        if day == 0 || day > days_in_month(year, month) {
            return Err(Error::DayOutOfRange {
                year,
                month: m,
                day: day.into(),
            });
        }
        Ok(JalaliDate {
            year: year as i16,
            month,
            day,
        })
    }

    /// The date `year-month-day`, for constants: panics (at compile time in a `const`) when
    /// the date does not exist.
    ///
    /// ```
    /// use daneshbonyan::jalali::JalaliDate;
    ///
    /// const MEETING: JalaliDate = JalaliDate::constant(1404, 7, 29);
    /// assert_eq!(MEETING.day(), 29);
    /// ```
    pub const fn constant(year: i32, month: u8, day: u8) -> JalaliDate {
        assert!(year >= MIN_YEAR && year <= MAX_YEAR, "year out of range");
        assert!(month >= 1 && month <= 12, "month out of range 1..=12");
        assert!(
            day >= 1 && day <= days_in_month(year, month),
            "day out of range for the month"
        );
        JalaliDate {
            year: year as i16,
            month,
            day,
        }
    }

    /// The Jalali date of the proleptic Gregorian date `year-month-day`.
    ///
    /// ```
    /// use daneshbonyan::jalali::JalaliDate;
    ///
    /// // Nowruz 1404 fell on 21 March 2025 (the 2820-year cycle says 20 March).
    /// assert_eq!(JalaliDate::from_gregorian(2025, 3, 21)?, JalaliDate::new(1404, 1, 1)?);
    /// # Ok::<(), daneshbonyan::jalali::Error>(())
    /// ```
    #[inline]
    pub fn from_gregorian(year: i32, month: u8, day: u8) -> Result<JalaliDate, Error> {
        if !(1..=12).contains(&month) || day == 0 || day > gregorian_month_days(year, month) {
            return Err(Error::InvalidGregorian {
                year: year.into(),
                month: month.into(),
                day: day.into(),
            });
        }
        // Far outside the supported years, before the day count could overflow.
        if !(-20_000..=20_000).contains(&year) {
            return Err(Error::GregorianOutOfRange {
                year: year.into(),
                month,
                day,
            });
        }
        match JalaliDate::from_days_in_range(days_from_civil(year, month, day)) {
            Some(date) => Ok(date),
            None => Err(Error::GregorianOutOfRange {
                year: year.into(),
                month,
                day,
            }),
        }
    }

    /// The proleptic Gregorian date of this day: (year, month, day).
    #[inline]
    pub fn to_gregorian(self) -> (i32, u8, u8) {
        civil_from_days(self.unix_days())
    }

    /// The date `days` days after 1970-01-01 (negative: before).
    ///
    /// ```
    /// use daneshbonyan::jalali::JalaliDate;
    ///
    /// assert_eq!(JalaliDate::from_unix_days(0)?.to_string(), "1348-10-11");
    /// # Ok::<(), daneshbonyan::jalali::Error>(())
    /// ```
    #[inline]
    pub fn from_unix_days(days: i32) -> Result<JalaliDate, Error> {
        match JalaliDate::from_days_in_range(days) {
            Some(date) => Ok(date),
            None => {
                let (y, m, d) = civil_from_days_wide(days);
                Err(Error::GregorianOutOfRange {
                    year: y,
                    month: m,
                    day: d,
                })
            }
        }
    }

    /// The date `days` days after 1970-01-01, if it is supported.
    #[inline]
    fn from_days_in_range(days: i32) -> Option<JalaliDate> {
        if !(MIN_DAYS..=MAX_DAYS).contains(&days) {
            return None;
        }
        let (year, start) = rule::year_of(days);
        // 0..=365: the month from a table, the day from the month's start.
        let ordinal = (days - start) as usize;
        let month = MONTH_OF_ORDINAL[ordinal.min(365)];
        let day = (ordinal as u16 - days_before_month(month) + 1) as u8;
        Some(JalaliDate {
            year: year as i16,
            month,
            day,
        })
    }

    /// Days from 1970-01-01 to this day (negative: before): the count every conversion goes
    /// through.
    #[inline]
    pub const fn unix_days(self) -> i32 {
        rule::nowruz(self.year as i32) + self.ordinal() as i32 - 1
    }

    /// The year.
    pub const fn year(self) -> i32 {
        self.year as i32
    }

    /// The month number, 1..=12.
    pub const fn month(self) -> u8 {
        self.month
    }

    /// The month.
    pub const fn month_name(self) -> Month {
        Month::ALL[self.month as usize - 1]
    }

    /// The day of the month, 1..=31.
    pub const fn day(self) -> u8 {
        self.day
    }

    /// The day of the year, 1..=366.
    pub const fn ordinal(self) -> u16 {
        days_before_month(self.month) + self.day as u16
    }

    /// The day of the week.
    pub fn weekday(self) -> Weekday {
        // 1970-01-01 was a Thursday: Saturday + 5.
        Weekday::from_number_from_saturday((self.unix_days() + 5).rem_euclid(7) as u8)
    }

    /// Whether this date's year has 366 days.
    pub fn is_leap_year(self) -> bool {
        rule::is_leap(self.year())
    }

    /// The days in this date's month.
    pub fn days_in_month(self) -> u8 {
        days_in_month(self.year(), self.month)
    }

    /// The first day of this date's month.
    pub const fn first_day_of_month(self) -> JalaliDate {
        JalaliDate { day: 1, ..self }
    }

    /// The last day of this date's month.
    pub fn last_day_of_month(self) -> JalaliDate {
        JalaliDate {
            day: self.days_in_month(),
            ..self
        }
    }

    /// Every day of this date's month, in order.
    ///
    /// ```
    /// use daneshbonyan::jalali::JalaliDate;
    ///
    /// let esfand = JalaliDate::new(1403, 12, 1)?;
    /// assert_eq!(esfand.days_of_month().count(), 30);
    /// assert_eq!(esfand.days_of_month().last(), Some(JalaliDate::new(1403, 12, 30)?));
    /// # Ok::<(), daneshbonyan::jalali::Error>(())
    /// ```
    pub fn days_of_month(self) -> impl DoubleEndedIterator<Item = JalaliDate> + ExactSizeIterator {
        let this = self;
        (1..=self.days_in_month()).map(move |day| JalaliDate { day, ..this })
    }

    /// The date `days` days later (earlier if negative), or `None` outside the supported years.
    ///
    /// ```
    /// use daneshbonyan::jalali::JalaliDate;
    ///
    /// let d = JalaliDate::new(1403, 12, 30)?;
    /// assert_eq!(d.checked_add_days(1), Some(JalaliDate::new(1404, 1, 1)?));
    /// assert_eq!(JalaliDate::MAX.checked_add_days(1), None);
    /// # Ok::<(), daneshbonyan::jalali::Error>(())
    /// ```
    pub fn checked_add_days(self, days: i64) -> Option<JalaliDate> {
        let target = i64::from(self.unix_days()).checked_add(days)?;
        JalaliDate::from_days_in_range(i32::try_from(target).ok()?)
    }

    /// The date `months` months later (earlier if negative), on the same day of the month or,
    /// when that month is shorter, on its last day (31 Shahrivar + 1 month = 30 Mehr; 30 Esfand
    /// of a leap year + 12 months = 29 Esfand). `None` outside the supported years.
    ///
    /// ```
    /// use daneshbonyan::jalali::JalaliDate;
    ///
    /// let d = JalaliDate::new(1404, 6, 31)?;
    /// assert_eq!(d.checked_add_months(1), Some(JalaliDate::new(1404, 7, 30)?));
    /// assert_eq!(d.checked_add_months(-18), Some(JalaliDate::new(1402, 12, 29)?));
    /// # Ok::<(), daneshbonyan::jalali::Error>(())
    /// ```
    pub fn checked_add_months(self, months: i32) -> Option<JalaliDate> {
        let index = i64::from(self.year) * 12 + i64::from(self.month) - 1 + i64::from(months);
        let year = i32::try_from(index.div_euclid(12)).ok()?;
        let month = (index.rem_euclid(12) + 1) as u8;
        if !(MIN_YEAR..=MAX_YEAR).contains(&year) {
            return None;
        }
        let day = self.day.min(days_in_month(year, month));
        Some(JalaliDate {
            year: year as i16,
            month,
            day,
        })
    }

    /// The date `years` years later (earlier if negative), clamped like
    /// [`checked_add_months`](Self::checked_add_months).
    pub fn checked_add_years(self, years: i32) -> Option<JalaliDate> {
        self.checked_add_months(years.checked_mul(12)?)
    }

    /// Days from `other` to `self` (negative when `self` is earlier).
    ///
    /// ```
    /// use daneshbonyan::jalali::JalaliDate;
    ///
    /// let a = JalaliDate::new(1404, 1, 1)?;
    /// let b = JalaliDate::new(1403, 1, 1)?;
    /// assert_eq!(a.days_since(b), 366);
    /// # Ok::<(), daneshbonyan::jalali::Error>(())
    /// ```
    pub fn days_since(self, other: JalaliDate) -> i64 {
        i64::from(self.unix_days()) - i64::from(other.unix_days())
    }

    /// The next day, or `None` after [`JalaliDate::MAX`].
    pub fn succ(self) -> Option<JalaliDate> {
        if self.day < self.days_in_month() {
            Some(JalaliDate {
                day: self.day + 1,
                ..self
            })
        } else {
            self.checked_add_days(1)
        }
    }

    /// The day before, or `None` before [`JalaliDate::MIN`].
    pub fn pred(self) -> Option<JalaliDate> {
        if self.day > 1 {
            Some(JalaliDate {
                day: self.day - 1,
                ..self
            })
        } else {
            self.checked_add_days(-1)
        }
    }
}

impl fmt::Debug for JalaliDate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(self, f)
    }
}

impl fmt::Display for JalaliDate {
    /// `1404-07-29`; `0000-01-01` for year 0 and `-0100-01-01` before it. Width and alignment
    /// apply to the whole (`{:>12}`).
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut buf = [0u8; 11];
        let mut k = 0;
        if self.year < 0 {
            buf[0] = b'-';
            k = 1;
        }
        let y = (self.year as i32).unsigned_abs();
        for (i, v) in [y / 1000, y / 100 % 10, y / 10 % 10, y % 10]
            .into_iter()
            .enumerate()
        {
            buf[k + i] = b'0' + v as u8;
        }
        k += 4;
        buf[k] = b'-';
        buf[k + 1] = b'0' + self.month / 10;
        buf[k + 2] = b'0' + self.month % 10;
        buf[k + 3] = b'-';
        buf[k + 4] = b'0' + self.day / 10;
        buf[k + 5] = b'0' + self.day % 10;
        f.pad(core::str::from_utf8(&buf[..k + 6]).unwrap_or("?"))
    }
}

impl FromStr for JalaliDate {
    type Err = Error;

    /// Reads exactly the form that [`Display`](fmt::Display) writes: `YYYY-MM-DD` with ASCII
    /// digits, four for the year (with `-` before year 0), two for month and day. For the
    /// forms people write, use [`parse`](super::parse).
    fn from_str(s: &str) -> Result<JalaliDate, Error> {
        let syntax = || Error::Syntax {
            input: s.into(),
            reason: "expected YYYY-MM-DD with ASCII digits",
        };
        let (neg, body) = match s.strip_prefix('-') {
            Some(rest) => (true, rest),
            None => (false, s),
        };
        let mut parts = body.split('-');
        let (Some(y), Some(m), Some(d), None) =
            (parts.next(), parts.next(), parts.next(), parts.next())
        else {
            return Err(syntax());
        };
        let digits = |p: &str| !p.is_empty() && p.bytes().all(|c| c.is_ascii_digit());
        // Four digits for the year: every supported year has at most four, and the form is
        // the one `Display` writes (no `-0000`).
        if !(digits(y) && digits(m) && digits(d))
            || y.len() != 4
            || m.len() != 2
            || d.len() != 2
            || (neg && y == "0000")
        {
            return Err(syntax());
        }
        let year: i32 = y.parse().map_err(|_| syntax())?;
        let year = if neg { -year } else { year };
        let month: u8 = m.parse().map_err(|_| syntax())?;
        let day: u8 = d.parse().map_err(|_| syntax())?;
        JalaliDate::new(year, month, day)
    }
}
