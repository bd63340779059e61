//! The conformance table `tests/data/normalize_conformance.tsv`: `profile, input, expected`.

use daneshbonyan::normalize::{Normalizer, Profile};

/// Decodes the escapes of the table: `\u{…}`, `\t`, `\n`, `\r`, `\\`.
fn unescape(s: &str, line: usize) -> String {
    let mut out = String::new();
    let mut it = s.chars().peekable();
    while let Some(c) = it.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        match it.next() {
            Some('t') => out.push('\t'),
            Some('n') => out.push('\n'),
            Some('r') => out.push('\r'),
            Some('\\') => out.push('\\'),
            Some('u') => {
                assert_eq!(it.next(), Some('{'), "line {line}: bad \\u escape");
                let hex: String = it.by_ref().take_while(|&c| c != '}').collect();
                let cp = u32::from_str_radix(&hex, 16)
                    .unwrap_or_else(|_| panic!("line {line}: bad hex {hex:?}"));
                out.push(
                    char::from_u32(cp)
                        .unwrap_or_else(|| panic!("line {line}: bad code point {hex}")),
                );
            }
            other => panic!("line {line}: unknown escape \\{other:?}"),
        }
    }
    out
}

/// Shows invisible characters as escapes, for failure messages.
fn show(s: &str) -> String {
    s.chars()
        .map(|c| match c {
            '\u{200c}' => "\\u{200c}".to_owned(),
            '\n' => "\\n".to_owned(),
            '\t' => "\\t".to_owned(),
            c if c.is_control() || matches!(c as u32, 0x200b..=0x200f | 0x202a..=0x202e | 0x2066..=0x2069 | 0xfeff | 0xa0 | 0xad | 0x640 | 0x64b..=0x65f | 0x670) => {
                format!("\\u{{{:x}}}", c as u32)
            }
            c => c.to_string(),
        })
        .collect()
}

#[test]
fn conformance_table() {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/data/normalize_conformance.tsv"
    );
    let text = std::fs::read_to_string(path).expect("conformance table");
    let mut failures = Vec::new();
    let mut cases = 0;
    let mut per_profile = [0usize; 3];
    for (i, line) in text.lines().enumerate() {
        let n = i + 1;
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        let fields: Vec<&str> = line.split('\t').collect();
        assert!(
            fields.len() >= 3,
            "line {n}: expected profile, input, expected[, note]"
        );
        let (profile, slot) = match fields[0] {
            "standard" => (Profile::Standard, 0),
            "conservative" => (Profile::Conservative, 1),
            "search" => (Profile::SearchKey, 2),
            other => panic!("line {n}: unknown profile {other:?}"),
        };
        let input = unescape(fields[1], n);
        let expected = unescape(fields[2], n);
        let note = fields.get(3).copied().unwrap_or("");
        let got = Normalizer::with_profile(profile).normalize(&input);
        cases += 1;
        per_profile[slot] += 1;
        if got != expected {
            failures.push(format!(
                "line {n} [{}] {note}\n   input:    {}\n   expected: {}\n   got:      {}",
                fields[0],
                show(&input),
                show(&expected),
                show(&got)
            ));
        }
    }
    assert!(cases >= 300, "the table has only {cases} cases");
    assert!(
        per_profile.iter().all(|&k| k >= 40),
        "too few cases for a profile: {per_profile:?}"
    );
    assert!(
        failures.is_empty(),
        "{} of {cases} cases fail:\n{}",
        failures.len(),
        failures.join("\n")
    );
}
