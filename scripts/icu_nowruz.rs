//! `icu_calendar`'s date of 1 Farvardin, for the comparison column of `docs/jalali_years.md`
//! (used by `scripts/gen-tables` and by `tests/tables.rs`; `icu_calendar` is pinned in the
//! dev-dependencies to the version named here).

/// The `icu_calendar` version compared with.
pub const VERSION: &str = "2.4.0";

/// The proleptic Gregorian date of 1 Farvardin `year` in `icu_calendar`'s Persian calendar.
pub fn nowruz(year: i32) -> (i32, u8, u8) {
    let d = icu_calendar::Date::try_new_persian(year, 1, 1)
        .expect("icu_calendar accepts every year of the table")
        .to_calendar(icu_calendar::Iso);
    (
        d.year().extended_year(),
        d.month().ordinal,
        d.day_of_month().0,
    )
}
