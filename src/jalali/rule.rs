//! The calendar rule: the day of 1 Farvardin of every year, and the year of every day.
//!
//! Inside the table's years (`table::FIRST_YEAR..=table::LAST_YEAR`) the leap years are the
//! reference table's; outside them the arithmetic 33-year rule (a year is leap when
//! `(25 × year + 11) mod 33 < 8`) carries the count on from the table's first and last Nowruz.

use super::table::{FIRST_YEAR, LAST_YEAR, LEAPS_BEFORE, NOWRUZ_FIRST};

/// The leap years of the 33-year rule among the years `0..r` of a cycle.
const CYCLE_PREFIX: [i32; 34] = {
    let mut p = [0i32; 34];
    let mut k = 0;
    while k < 33 {
        p[k + 1] = p[k] + ((25 * k as i32 + 11) % 33 < 8) as i32;
        k += 1;
    }
    p
};

/// Whether `year` is leap under the arithmetic 33-year rule.
#[inline]
pub(crate) const fn arithmetic_leap(year: i32) -> bool {
    (25 * year as i64 + 11).rem_euclid(33) < 8
}

/// The arithmetic leap years before `year` (counted from year 0; negative before it).
#[inline]
const fn arithmetic_leaps_before(year: i32) -> i32 {
    8 * year.div_euclid(33) + CYCLE_PREFIX[year.rem_euclid(33) as usize]
}

/// The table's leap years from `FIRST_YEAR` to `year` (exclusive), `FIRST_YEAR <= year <=
/// LAST_YEAR`.
#[inline]
const fn table_leaps_before(year: i32) -> i32 {
    LEAPS_BEFORE[(year - FIRST_YEAR) as usize] as i32
}

/// Whether `year` has 366 days.
#[inline]
pub(crate) const fn is_leap(year: i32) -> bool {
    if year >= FIRST_YEAR && year < LAST_YEAR {
        let k = (year - FIRST_YEAR) as usize;
        LEAPS_BEFORE[k + 1] > LEAPS_BEFORE[k]
    } else {
        arithmetic_leap(year)
    }
}

/// 1 Farvardin of `year`, in days since 1970-01-01.
#[inline]
pub(crate) const fn nowruz(year: i32) -> i32 {
    if year < FIRST_YEAR {
        let before = arithmetic_leaps_before(FIRST_YEAR) - arithmetic_leaps_before(year);
        NOWRUZ_FIRST - 365 * (FIRST_YEAR - year) - before
    } else if year <= LAST_YEAR {
        NOWRUZ_FIRST + 365 * (year - FIRST_YEAR) + table_leaps_before(year)
    } else {
        let after = arithmetic_leaps_before(year) - arithmetic_leaps_before(LAST_YEAR);
        nowruz_last() + 365 * (year - LAST_YEAR) + after
    }
}

/// 1 Farvardin of `LAST_YEAR`.
const fn nowruz_last() -> i32 {
    NOWRUZ_FIRST + 365 * (LAST_YEAR - FIRST_YEAR) + table_leaps_before(LAST_YEAR)
}

/// The year that the day `days` (since 1970-01-01) falls in, and its 1 Farvardin.
#[inline]
pub(crate) const fn year_of(days: i32) -> (i32, i32) {
    // 33 years have 12 053 days: an estimate within a year, then the exact bounds.
    // In i32: the supported days are within ±4.4 million of the table's first Nowruz.
    let mut year = FIRST_YEAR + ((days - NOWRUZ_FIRST) * 33).div_euclid(12_053);
    let mut start = nowruz(year);
    if start > days {
        year -= 1;
        start = nowruz(year);
    } else {
        let next = start + 365 + is_leap(year) as i32;
        if next <= days {
            year += 1;
            start = next;
        }
    }
    (year, start)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_33_year_cycle_has_eight_leap_years() {
        assert_eq!(CYCLE_PREFIX[33], 8);
        assert_eq!(arithmetic_leaps_before(33) - arithmetic_leaps_before(0), 8);
        assert_eq!(arithmetic_leaps_before(-33), -8);
        // 1403 and 1399 are leap years under the 33-year rule, 1404 is not.
        assert!(arithmetic_leap(1403) && arithmetic_leap(1399) && !arithmetic_leap(1404));
    }

    #[test]
    fn years_are_contiguous_across_the_table_edges() {
        for year in FIRST_YEAR - 200..LAST_YEAR + 200 {
            assert_eq!(
                nowruz(year + 1) - nowruz(year),
                365 + is_leap(year) as i32,
                "{year}"
            );
        }
    }

    #[test]
    fn year_of_every_first_and_last_day() {
        for year in -9999..=9999 {
            let start = nowruz(year);
            assert_eq!(year_of(start), (year, start));
            assert_eq!(year_of(start - 1).0, year - 1);
        }
    }
}
