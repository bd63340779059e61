//! Throughput of the normaliser on the shipped corpus (`benches/corpus/`), per profile, on
//! clean input (already normal: the `Cow::Borrowed` path) and on dirty input (the corpus after a
//! deterministic, seeded messifier, `benches/support/messify.rs`).
//!
//! `cargo bench --bench normalize` prints MB/s per case. With `DANESHBONYAN_DUMP_CORPUS=DIR`
//! set, it writes `DIR/clean.txt` and `DIR/dirty.txt` (the exact inputs measured here) and
//! exits, so that `scripts/compare-peers.sh` can time other normalisers on the same text.

use criterion::{criterion_group, BenchmarkId, Criterion, Throughput};
use daneshbonyan::normalize::Normalizer;
use std::hint::black_box;

#[path = "support/messify.rs"]
mod messify;

const CORPUS: [(&str, &str); 5] = [
    ("news", include_str!("corpus/news.txt")),
    ("chat", include_str!("corpus/chat.txt")),
    ("letter", include_str!("corpus/letter.txt")),
    ("technical", include_str!("corpus/technical.txt")),
    ("poetry", include_str!("corpus/poetry.txt")),
];

/// The seed of the dirty corpus.
const SEED: u64 = 1404;

/// The corpus in each profile's own normal form (the input a `Borrowed` result comes from).
fn clean(n: &Normalizer) -> String {
    let all: String = CORPUS
        .iter()
        .map(|(_, t)| *t)
        .collect::<Vec<_>>()
        .join("\n\n");
    n.normalize(&all).into_owned()
}

fn dirty() -> String {
    CORPUS
        .iter()
        .enumerate()
        .map(|(i, (_, t))| messify::messify(t, SEED + i as u64))
        .collect::<Vec<_>>()
        .join("\n\n")
}

fn profiles() -> [(&'static str, Normalizer); 3] {
    [
        ("standard", Normalizer::new()),
        ("conservative", Normalizer::conservative()),
        ("search_key", Normalizer::search_key()),
    ]
}

fn bench(c: &mut Criterion) {
    let dirty = dirty();
    let mut group = c.benchmark_group("normalize");
    for (name, n) in profiles() {
        let clean = clean(&n);
        assert!(matches!(n.normalize(&clean), std::borrow::Cow::Borrowed(_)));
        group.throughput(Throughput::Bytes(clean.len() as u64));
        group.bench_with_input(BenchmarkId::new(name, "clean"), &clean, |b, t| {
            b.iter(|| n.normalize(black_box(t)).len())
        });
        group.throughput(Throughput::Bytes(dirty.len() as u64));
        group.bench_with_input(BenchmarkId::new(name, "dirty"), &dirty, |b, t| {
            b.iter(|| n.normalize(black_box(t)).len())
        });
        let mut buf = String::with_capacity(dirty.len() * 2);
        group.bench_with_input(
            BenchmarkId::new(format!("{name}_into"), "dirty"),
            &dirty,
            |b, t| {
                b.iter(|| {
                    buf.clear();
                    n.normalize_into(black_box(t), &mut buf);
                    buf.len()
                })
            },
        );
    }
    let n = Normalizer::new();
    group.throughput(Throughput::Bytes(dirty.len() as u64));
    group.bench_with_input(
        BenchmarkId::new("standard_offsets", "dirty"),
        &dirty,
        |b, t| b.iter(|| n.normalize_with_offsets(black_box(t)).as_str().len()),
    );
    group.finish();
}

fn dump_corpus() -> bool {
    let Some(dir) = std::env::var_os("DANESHBONYAN_DUMP_CORPUS") else {
        return false;
    };
    let dir = std::path::PathBuf::from(dir);
    std::fs::create_dir_all(&dir).expect("create the corpus directory");
    std::fs::write(dir.join("clean.txt"), clean(&Normalizer::new())).expect("write clean.txt");
    std::fs::write(dir.join("dirty.txt"), dirty()).expect("write dirty.txt");
    eprintln!("wrote {}/clean.txt and dirty.txt", dir.display());
    true
}

criterion_group!(benches, bench);

fn main() {
    if dump_corpus() {
        return;
    }
    benches();
    Criterion::default().configure_from_args().final_summary();
}
