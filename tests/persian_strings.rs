//! Every Persian text the crate writes (month, weekday, deal-state, currency and country names)
//! is in the standard orthography that its own normaliser produces: a misplaced half-space or an
//! Arabic letter form in a name would show here. (Pashto names are left out: Pashto writes ۍ and
//! other letters that Persian orthography folds.)

use daneshbonyan::jalali::{Month, Weekday};
use daneshbonyan::model::{CountryCode, Currency, DealStatus};
use daneshbonyan::normalize::normalize;

#[test]
fn persian_names_are_normal() {
    let mut names: Vec<(String, &str)> = Vec::new();
    for m in Month::ALL {
        names.push((format!("{m:?}"), m.persian_name()));
        names.push((format!("{m:?} (Dari)"), m.dari_name()));
    }
    for w in Weekday::ALL {
        names.push((format!("{w:?}"), w.persian_name()));
    }
    for s in DealStatus::ALL {
        names.push((format!("{s:?}"), s.persian_name()));
    }
    for c in Currency::ALL {
        names.push((c.code().to_string(), c.persian_name()));
    }
    for c in CountryCode::all() {
        if let Some(n) = c.persian_name() {
            names.push((c.as_str().to_string(), n));
        }
    }
    assert!(names.len() > 150);
    let bad: Vec<String> = names
        .iter()
        .filter(|(_, n)| normalize(n) != *n)
        .map(|(what, n)| format!("{what}: {n:?} → {:?}", normalize(n)))
        .collect();
    assert!(
        bad.is_empty(),
        "not in standard orthography:\n{}",
        bad.join("\n")
    );
}
