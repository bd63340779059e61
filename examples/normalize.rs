//! A filter from standard input to standard output.
//!
//! ```text
//! cargo run --release --example normalize -- [--profile standard|conservative|search] [--offsets]
//! ```
//!
//! Reads line by line, so memory stays constant however large the input; runs of blank lines
//! become one, as the normaliser does inside a text. With `--offsets`, each
//! output line is followed by a line of tab-separated `output_start..output_end=input_start..input_end`
//! pairs (byte offsets within the line) for every piece of the line that changed.

use daneshbonyan::normalize::{Normalizer, Profile};
use std::io::{self, BufRead, BufWriter, Write};
use std::process::ExitCode;

fn usage() -> ExitCode {
    eprintln!(
        "usage: normalize [--profile standard|conservative|search] [--offsets] < input > output"
    );
    ExitCode::from(2)
}

fn main() -> ExitCode {
    let mut profile = Profile::Standard;
    let mut offsets = false;
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--profile" => match args.next().as_deref() {
                Some("standard") => profile = Profile::Standard,
                Some("conservative") => profile = Profile::Conservative,
                Some("search") => profile = Profile::SearchKey,
                Some(other) => {
                    eprintln!("normalize: unknown profile {other:?}: expected standard, conservative or search");
                    return usage();
                }
                None => return usage(),
            },
            "--offsets" => offsets = true,
            "-h" | "--help" => {
                usage();
                return ExitCode::SUCCESS;
            }
            other => {
                eprintln!("normalize: unknown argument {other:?}");
                return usage();
            }
        }
    }
    match run(Normalizer::with_profile(profile), offsets) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) if e.kind() == io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("normalize: {e}");
            ExitCode::FAILURE
        }
    }
}

fn run(n: Normalizer, offsets: bool) -> io::Result<()> {
    let stdin = io::stdin();
    let mut input = stdin.lock();
    let stdout = io::stdout();
    let mut out = BufWriter::with_capacity(1 << 16, stdout.lock());
    let mut raw = Vec::with_capacity(1 << 12);
    let mut buf = String::with_capacity(1 << 12);
    // "At most one blank line" holds across lines, as it does inside one text.
    let mut blank_before = false;
    loop {
        raw.clear();
        if input.read_until(b'\n', &mut raw)? == 0 {
            break;
        }
        let had_newline = raw.last() == Some(&b'\n');
        if had_newline {
            raw.pop();
        }
        let line = match std::str::from_utf8(&raw) {
            Ok(line) => line,
            Err(e) => {
                return Err(io::Error::new(
                    io::ErrorKind::InvalidData,
                    format!("input is not UTF-8: {e}"),
                ));
            }
        };
        if offsets {
            let normalized = n.normalize_with_offsets(line);
            out.write_all(normalized.as_str().as_bytes())?;
            out.write_all(b"\n")?;
            let mut first = true;
            for (i, c) in normalized.as_str().char_indices() {
                let r = i..i + c.len_utf8();
                let back = normalized.original_range(r.clone());
                if line.get(back.clone()) != Some(&normalized.as_str()[r.clone()]) {
                    if !first {
                        out.write_all(b"\t")?;
                    }
                    first = false;
                    write!(out, "{}..{}={}..{}", r.start, r.end, back.start, back.end)?;
                }
            }
            out.write_all(b"\n")?;
        } else {
            buf.clear();
            n.normalize_into(line, &mut buf);
            let blank = buf.trim_end_matches('\r').is_empty();
            if blank && blank_before {
                continue;
            }
            blank_before = blank;
            out.write_all(buf.as_bytes())?;
            if had_newline {
                out.write_all(b"\n")?;
            }
        }
    }
    out.flush()
}
