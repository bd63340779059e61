//! Conversions to and from `chrono`, `icu_calendar` and serde, each behind its feature.
//!
//! Every conversion keeps the day: a `JalaliDate` and the value it converts to name the same
//! day of the proleptic Gregorian calendar.

/// Days from 0001-01-01 (day 1, the Rata Die count of chrono and icu) to 1970-01-01, minus one.
#[cfg(any(feature = "chrono", feature = "icu"))]
const UNIX_EPOCH_RD: i64 = 719_163;

#[cfg(feature = "chrono")]
mod chrono_impls {
    use super::UNIX_EPOCH_RD;
    use crate::jalali::{Error, JalaliDate, Weekday};
    use chrono::Datelike;

    /// Every supported date is a `NaiveDate` (chrono holds years ±262 143).
    ///
    /// ```
    /// use daneshbonyan::jalali::JalaliDate;
    ///
    /// let d = JalaliDate::new(1404, 7, 29)?;
    /// let n = chrono::NaiveDate::from(d);
    /// assert_eq!(n.to_string(), "2025-10-21");
    /// assert_eq!(JalaliDate::try_from(n)?, d);
    /// # Ok::<(), daneshbonyan::jalali::Error>(())
    /// ```
    impl From<JalaliDate> for chrono::NaiveDate {
        fn from(d: JalaliDate) -> chrono::NaiveDate {
            let days = i64::from(d.unix_days()) + UNIX_EPOCH_RD;
            // The supported years are well inside chrono's range (a test checks both ends).
            i32::try_from(days)
                .ok()
                .and_then(chrono::NaiveDate::from_num_days_from_ce_opt)
                .expect("every JalaliDate is within chrono's range")
        }
    }

    /// Fails for a day outside the supported Jalali years.
    impl TryFrom<chrono::NaiveDate> for JalaliDate {
        type Error = Error;

        fn try_from(n: chrono::NaiveDate) -> Result<JalaliDate, Error> {
            JalaliDate::from_gregorian(n.year(), n.month() as u8, n.day() as u8)
        }
    }

    impl From<Weekday> for chrono::Weekday {
        fn from(w: Weekday) -> chrono::Weekday {
            match w {
                Weekday::Saturday => chrono::Weekday::Sat,
                Weekday::Sunday => chrono::Weekday::Sun,
                Weekday::Monday => chrono::Weekday::Mon,
                Weekday::Tuesday => chrono::Weekday::Tue,
                Weekday::Wednesday => chrono::Weekday::Wed,
                Weekday::Thursday => chrono::Weekday::Thu,
                Weekday::Friday => chrono::Weekday::Fri,
            }
        }
    }

    impl From<chrono::Weekday> for Weekday {
        fn from(w: chrono::Weekday) -> Weekday {
            Weekday::from_number_from_saturday((w.num_days_from_sunday() + 1) as u8)
        }
    }
}

#[cfg(feature = "icu")]
mod icu_impls {
    use super::UNIX_EPOCH_RD;
    use crate::jalali::{Error, JalaliDate};
    use icu_calendar::cal::Persian;
    use icu_calendar::types::RataDie;
    use icu_calendar::{Date, Iso};

    fn rata_die(d: JalaliDate) -> RataDie {
        RataDie::new(i64::from(d.unix_days()) + UNIX_EPOCH_RD)
    }

    fn from_rata_die(rd: RataDie) -> Result<JalaliDate, Error> {
        let days = rd.to_i64_date() - UNIX_EPOCH_RD;
        match i32::try_from(days) {
            Ok(days) => JalaliDate::from_unix_days(days),
            Err(_) => Err(Error::GregorianOutOfRange {
                year: days.div_euclid(366).saturating_add(1970),
                month: 1,
                day: 1,
            }),
        }
    }

    /// The same day in icu's Persian calendar. In the years where icu's rule differs from this
    /// crate's (listed in the module docs), icu labels the day differently.
    ///
    /// ```
    /// use daneshbonyan::jalali::JalaliDate;
    /// use icu_calendar::{cal::Persian, Date};
    ///
    /// let d = JalaliDate::new(1404, 7, 29)?;
    /// let icu: Date<Persian> = d.into();
    /// assert_eq!(
    ///     (icu.year().extended_year(), icu.month().ordinal, icu.day_of_month().0),
    ///     (1404, 7, 29)
    /// );
    /// assert_eq!(JalaliDate::try_from(icu)?, d);
    /// # Ok::<(), daneshbonyan::jalali::Error>(())
    /// ```
    impl From<JalaliDate> for Date<Persian> {
        fn from(d: JalaliDate) -> Date<Persian> {
            Date::from_rata_die(rata_die(d), Persian::new())
        }
    }

    /// The same day, read back; fails outside the supported years.
    impl TryFrom<Date<Persian>> for JalaliDate {
        type Error = Error;

        fn try_from(d: Date<Persian>) -> Result<JalaliDate, Error> {
            from_rata_die(d.to_rata_die())
        }
    }

    /// The same day in icu's ISO (proleptic Gregorian) calendar.
    impl From<JalaliDate> for Date<Iso> {
        fn from(d: JalaliDate) -> Date<Iso> {
            Date::from_rata_die(rata_die(d), Iso)
        }
    }

    /// The same day, read back; fails outside the supported years.
    impl TryFrom<Date<Iso>> for JalaliDate {
        type Error = Error;

        fn try_from(d: Date<Iso>) -> Result<JalaliDate, Error> {
            from_rata_die(d.to_rata_die())
        }
    }
}

#[cfg(feature = "serde")]
mod serde_impls {
    use crate::jalali::JalaliDate;

    /// As the string `"1404-07-29"`.
    impl serde::Serialize for JalaliDate {
        fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
            s.collect_str(self)
        }
    }

    /// From the string `"1404-07-29"` (the strict form of `FromStr`), checked.
    impl<'de> serde::Deserialize<'de> for JalaliDate {
        fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<JalaliDate, D::Error> {
            struct Visitor;
            impl serde::de::Visitor<'_> for Visitor {
                type Value = JalaliDate;

                fn expecting(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
                    f.write_str("a Jalali date such as \"1404-07-29\"")
                }

                fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<JalaliDate, E> {
                    v.parse().map_err(E::custom)
                }
            }
            d.deserialize_str(Visitor)
        }
    }
}
