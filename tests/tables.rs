//! The generated tables are up to date with their generator and sources.

#[path = "../scripts/gen_tables.rs"]
mod gen_tables;

fn read(path: &str) -> String {
    let full = format!("{}/{path}", env!("CARGO_MANIFEST_DIR"));
    std::fs::read_to_string(&full).unwrap_or_else(|e| panic!("{full}: {e}"))
}

#[test]
fn generated_file_is_up_to_date() {
    let expected = gen_tables::generate(
        &read("scripts/data/verbs.tsv"),
        &read("scripts/data/mi_exceptions.txt"),
        &read("scripts/data/bi_compounds.txt"),
        &read("scripts/data/bi_stopwords.txt"),
    );
    let actual = read("src/normalize/tables.rs");
    assert!(
        actual == expected,
        "src/normalize/tables.rs is stale: run scripts/gen-tables and commit the result"
    );
}

#[test]
fn verb_lexicon_is_large_enough() {
    let verbs = read("scripts/data/verbs.tsv");
    let n = verbs
        .lines()
        .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
        .count();
    assert!(
        n >= 500,
        "scripts/data/verbs.tsv has {n} verbs; the issue asks for at least 500"
    );
}

#[path = "../scripts/gen_jalali.rs"]
mod gen_jalali;
#[path = "../scripts/icu_nowruz.rs"]
mod icu_nowruz;

#[test]
fn jalali_files_are_up_to_date() {
    let (table, years) = gen_jalali::generate(
        &read("tests/data/nowruz.tsv"),
        &icu_nowruz::nowruz,
        icu_nowruz::VERSION,
    );
    assert!(
        read("src/jalali/table.rs") == table,
        "src/jalali/table.rs is stale: run scripts/gen-tables and commit the result"
    );
    assert!(
        read("docs/jalali_years.md") == years,
        "docs/jalali_years.md is stale: run scripts/gen-tables and commit the result"
    );
}

#[path = "../scripts/gen_countries.rs"]
mod gen_countries;

#[test]
fn country_table_is_up_to_date() {
    let expected = gen_countries::generate(&read("scripts/data/iso3166-1.tsv"));
    assert!(
        read("src/model/country_table.rs") == expected,
        "src/model/country_table.rs is stale: run scripts/gen-tables and commit the result"
    );
}
