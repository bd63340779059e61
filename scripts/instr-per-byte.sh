#!/usr/bin/env bash
# Instructions per input byte of the normaliser, counted by valgrind's callgrind: a measure
# that, unlike MB/s on a shared machine, does not move with the neighbours' load.
#
# It runs the command-line filter (examples/normalize.rs, release build) on the benchmark's
# clean and dirty corpus (dumped by benches/normalize.rs), once and eleven times over, and
# reports (instructions for 11 copies − instructions for 1) / (10 × bytes): start-up and
# reading the first copy cancel out. The filter works line by line, as a user's pipeline
# does, so its figures include reading and writing the lines.
#
# Usage: scripts/instr-per-byte.sh            (needs valgrind: apt-get install valgrind)
set -euo pipefail
cd "$(dirname "$0")/.."
command -v valgrind >/dev/null || { echo "valgrind is not installed" >&2; exit 1; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
DANESHBONYAN_DUMP_CORPUS="$work" cargo bench --bench normalize >/dev/null 2>&1
cargo build --release --example normalize >/dev/null 2>&1
bin=${CARGO_TARGET_DIR:-target}/release/examples/normalize
count() { # profile file -> instructions
    valgrind --tool=callgrind --callgrind-out-file="$work/cg.out" "$bin" --profile "$1" \
        <"$2" >/dev/null 2>"$work/err"
    awk '/^(summary|totals):/ {print $2; exit}' "$work/cg.out"
}
printf '%-13s %8s %8s\n' profile clean dirty
for profile in standard conservative search; do
    row=$(printf '%-13s' "$profile")
    for kind in clean dirty; do
        one="$work/$kind.txt"
        # The clean text in this profile's own normal form.
        if [ "$kind" = clean ]; then
            "$bin" --profile "$profile" <"$work/clean.txt" >"$work/c1.txt"
            one="$work/c1.txt"
        fi
        for _ in $(seq 11); do cat "$one"; done >"$work/many.txt"
        bytes=$(stat -c %s "$one")
        a=$(count "$profile" "$one")
        b=$(count "$profile" "$work/many.txt")
        row="$row $(awk -v a="$a" -v b="$b" -v n="$bytes" 'BEGIN {printf "%8.1f", (b - a) / (10 * n)}')"
    done
    echo "$row"
done
