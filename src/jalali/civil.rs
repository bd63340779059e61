//! The proleptic Gregorian calendar as a day count (days since 1970-01-01), after Howard
//! Hinnant's `days_from_civil` / `civil_from_days` (public domain algorithms): a few integer
//! operations each way, exact for every `i32` year used here.

/// Days from 1970-01-01 to the Gregorian date `y-m-d` (`m` in 1..=12, `d` valid).
#[inline]
pub(crate) const fn days_from_civil(y: i32, m: u8, d: u8) -> i32 {
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let m = m as i32;
    let mp = if m > 2 { m - 3 } else { m + 9 };
    let doy = (153 * mp + 2) / 5 + d as i32 - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

/// The Gregorian date `days` days after 1970-01-01.
#[inline]
pub(crate) const fn civil_from_days(days: i32) -> (i32, u8, u8) {
    // In i64: every i32 day count, also far outside the supported years (for error messages).
    let z = days as i64 + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = (doy - (153 * mp + 2) / 5 + 1) as u8;
    let m = if mp < 10 { mp + 3 } else { mp - 9 } as u8;
    let y = yoe + era * 400 + (m <= 2) as i64;
    (y as i32, m, d)
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
        assert_eq!(civil_from_days(i32::MAX), (5_881_580, 7, 11));
        assert_eq!(civil_from_days(i32::MIN), (-5_877_641, 6, 23));
    }

    #[test]
    fn every_day_of_twelve_thousand_years_round_trips() {
        let mut d = days_from_civil(-6000, 1, 1);
        for y in -6000..6000 {
            for m in 1..=12 {
                for day in 1..=gregorian_month_days(y, m) {
                    assert_eq!(days_from_civil(y, m, day), d);
                    assert_eq!(civil_from_days(d), (y, m, day));
                    d += 1;
                }
            }
        }
    }
}
