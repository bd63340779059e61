//! How fast the normaliser runs on a text file: for comparing two builds on one machine.
//!
//! ```text
//! cargo run --release --example throughput -- FILE [--profile standard|conservative|search]
//!     [--api normalize|into|offsets] [--iterations N] [--as-normal]
//! ```
//!
//! Reads `FILE` whole (UTF-8), normalises it `N` times (100 unless told) with the given entry
//! point (`normalize`, the default; `normalize_into` with a reused buffer; or
//! `normalize_with_offsets`) and prints the throughput in MB/s (10⁶ input bytes a second). With
//! `--as-normal` the text is first made normal in the profile, so that what is timed is the
//! path of text that needs no change (`Cow::Borrowed`). `scripts/ab-speed.sh` runs two builds of
//! this program in turns, which is how the README's before/after figures were measured.

use daneshbonyan::normalize::{Normalizer, Profile};
use std::hint::black_box;
use std::process::ExitCode;
use std::time::Instant;

/// The entry point timed.
#[derive(Clone, Copy)]
enum Api {
    Normalize,
    Into,
    Offsets,
}

fn usage() -> ExitCode {
    eprintln!(
        "usage: throughput FILE [--profile standard|conservative|search] \
         [--api normalize|into|offsets] [--iterations N] [--as-normal]"
    );
    ExitCode::from(2)
}

/// The values of `--profile`, by name.
const PROFILES: [(&str, Profile); 3] = [
    ("standard", Profile::Standard),
    ("conservative", Profile::Conservative),
    ("search", Profile::SearchKey),
];

/// The values of `--api`, by name.
const APIS: [(&str, Api); 3] = [
    ("normalize", Api::Normalize),
    ("into", Api::Into),
    ("offsets", Api::Offsets),
];

/// The value of `flag` among `choices`, by name; `None`, said on standard error, when it is
/// missing or none of them.
fn choose<T: Copy>(flag: &str, value: Option<String>, choices: &[(&str, T)]) -> Option<T> {
    let found = value
        .as_deref()
        .and_then(|v| choices.iter().find(|(name, _)| *name == v));
    if found.is_none() {
        let names: Vec<&str> = choices.iter().map(|(name, _)| *name).collect();
        let given = value.map_or("nothing".to_string(), |v| format!("{v:?}"));
        eprintln!("throughput: {flag} wants {}, not {given}", names.join(", "));
    }
    found.map(|&(_, t)| t)
}

fn main() -> ExitCode {
    let mut file = None;
    let mut profile = Profile::Standard;
    let mut api = Api::Normalize;
    let mut iterations: u32 = 100;
    let mut as_normal = false;
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--profile" => match choose("--profile", args.next(), &PROFILES) {
                Some(p) => profile = p,
                None => return usage(),
            },
            "--api" => match choose("--api", args.next(), &APIS) {
                Some(a) => api = a,
                None => return usage(),
            },
            "--iterations" => {
                let value = args.next().unwrap_or_default();
                match value.parse::<u32>() {
                    Ok(n) if n > 0 => iterations = n,
                    _ => {
                        eprintln!(
                            "throughput: --iterations wants a whole number from 1 to {}, not {value:?}",
                            u32::MAX
                        );
                        return usage();
                    }
                }
            }
            "--as-normal" => as_normal = true,
            "-h" | "--help" => {
                usage();
                return ExitCode::SUCCESS;
            }
            _ if file.is_none() && !arg.starts_with('-') => file = Some(arg),
            other => {
                eprintln!("throughput: unexpected argument {other:?}");
                return usage();
            }
        }
    }
    let Some(file) = file else {
        return usage();
    };
    let text = match std::fs::read_to_string(&file) {
        Ok(text) => text,
        Err(e) => {
            eprintln!("throughput: cannot read {file:?} as UTF-8 text: {e}");
            return ExitCode::FAILURE;
        }
    };
    let n = Normalizer::with_profile(profile);
    let text = if as_normal {
        n.normalize(&text).into_owned()
    } else {
        text
    };
    let mut buf = String::with_capacity(text.len() * 2);
    let mut out_bytes = 0usize;
    let start = Instant::now();
    for _ in 0..iterations {
        out_bytes += match api {
            Api::Normalize => n.normalize(black_box(&text)).len(),
            Api::Into => {
                buf.clear();
                n.normalize_into(black_box(&text), &mut buf);
                buf.len()
            }
            Api::Offsets => n.normalize_with_offsets(black_box(&text)).as_str().len(),
        };
    }
    let seconds = start.elapsed().as_secs_f64();
    black_box(out_bytes);
    let mb = text.len() as f64 * f64::from(iterations) / 1e6;
    println!("{:.1} MB/s", mb / seconds.max(f64::MIN_POSITIVE));
    ExitCode::SUCCESS
}
