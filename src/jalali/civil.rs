//! The proleptic Gregorian calendar as a day count (days since 1970-01-01).
//!
//! The conversions are the Euclidean affine functions of C. Neri and L. Schneider, "Euclidean
//! affine functions and their application to calendar algorithms" (Software: Practice and
//! Experience, 2022): 32-bit multiplications and shifts, no division at run time. They hold for
//! the days of Gregorian years −32 800..=1 000 000 or so; `civil_from_days_wide` (Howard
//! Hinnant's algorithm, in 64 bits) covers every `i32` for error messages.

/// Centuries the count is shifted by, so that every day handled is positive.
const SHIFT: u32 = 328;
/// The shift in days (146 097 days per 400 years) plus the days from 0000-03-01 to 1970-01-01.
const K: u32 = 719_468 + 146_097 * (SHIFT / 4);
/// The shift in years.
const L: i32 = 100 * SHIFT as i32;

/// Days from 1970-01-01 to the Gregorian date `y-m-d` (`m` in 1..=12, `d` valid, `y` in
/// −32 800..=1 000 000).
#[inline]
pub(crate) const fn days_from_civil(y: i32, m: u8, d: u8) -> i32 {
    let jan_feb = m <= 2;
    let y = (y + L) as u32 - jan_feb as u32;
    let m = if jan_feb { m as u32 + 12 } else { m as u32 };
    let c = y / 100;
    let y_days = 1461 * y / 4 - c + c / 4;
    let m_days = (979 * m - 2919) / 32;
    (y_days + m_days + d as u32) as i32 - (K as i32 + 1)
}

/// The Gregorian date `days` days after 1970-01-01 (within the years of
/// [`days_from_civil`]).
#[inline]
pub(crate) const fn civil_from_days(days: i32) -> (i32, u8, u8) {
    let n = (days + K as i32) as u32;
    // Century and day of the century.
    let n1 = 4 * n + 3;
    let c = n1 / 146_097;
    let nc = n1 % 146_097 / 4;
    // Year of the century and day of the year (from 1 March).
    let n2 = 4 * nc + 3;
    let p2 = 2_939_745u64 * n2 as u64;
    let z = (p2 >> 32) as u32;
    let ny = (p2 as u32) / 2_939_745 / 4;
    // Month and day (from March).
    let n3 = 2141 * ny + 197_913;
    let m = n3 >> 16;
    let d = (n3 & 0xFFFF) / 2141;
    let jan_feb = ny >= 306;
    let y = (100 * c + z + jan_feb as u32) as i32 - L;
    let m = if jan_feb { m - 12 } else { m };
    (y, m as u8, d as u8 + 1)
}

/// [`civil_from_days`] for any `i32` (Howard Hinnant's `civil_from_days`, in 64 bits).
pub(crate) const fn civil_from_days_wide(days: i32) -> (i64, u8, u8) {
    let z = days as i64 + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = (doy - (153 * mp + 2) / 5 + 1) as u8;
    let m = if mp < 10 { mp + 3 } else { mp - 9 } as u8;
    (yoe + era * 400 + (m <= 2) as i64, m, d)
}

/// Whether the Gregorian year `y` has 366 days.
pub(crate) const fn is_gregorian_leap(y: i32) -> bool {
    y % 4 == 0 && (y % 100 != 0 || y % 400 == 0)
}

/// The days in Gregorian month `m` of year `y`.
pub(crate) const fn gregorian_month_days(y: i32, m: u8) -> u8 {
    match m {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        _ if is_gregorian_leap(y) => 29,
        _ => 28,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn epoch_and_known_days() {
        assert_eq!(days_from_civil(1970, 1, 1), 0);
        assert_eq!(days_from_civil(2025, 3, 21), 20168);
        assert_eq!(civil_from_days(20168), (2025, 3, 21));
        assert_eq!(days_from_civil(2000, 2, 29), 11016);
        assert_eq!(civil_from_days(-719_468), (0, 3, 1));
        assert_eq!(civil_from_days_wide(i32::MAX), (5_881_580, 7, 11));
        assert_eq!(civil_from_days_wide(i32::MIN), (-5_877_641, 6, 23));
        assert_eq!(civil_from_days_wide(20168), (2025, 3, 21));
    }

    #[test]
    fn every_day_of_forty_thousand_years_round_trips() {
        // Every year from_gregorian accepts, and more.
        let mut d = days_from_civil(-20_001, 1, 1);
        assert_eq!(civil_from_days_wide(d), (-20_001, 1, 1));
        for y in -20_001..=20_001 {
            for m in 1..=12 {
                for day in 1..=gregorian_month_days(y, m) {
                    assert_eq!(days_from_civil(y, m, day), d);
                    assert_eq!(civil_from_days(d), (y, m, day));
                    if day == 1 {
                        assert_eq!(civil_from_days_wide(d), (i64::from(y), m, day));
                    }
                    d += 1;
                }
            }
        }
    }
}
