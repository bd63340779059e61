#!/usr/bin/env bash
# Normalisation speed of this checkout against another commit, as a ratio that a shared,
# noisy machine cannot fake: the two builds of examples/throughput.rs run in turns, many short
# runs each, on the benchmark's corpus (dumped by benches/normalize.rs), and each side keeps its
# best run (the one the neighbours disturbed least).
#
# Usage: scripts/ab-speed.sh COMMIT [ROUNDS]   (ROUNDS runs of each side per case; 30 unless told)
#
# The older commit is built in a temporary worktree with this checkout's
# examples/throughput.rs (it only uses the public API, which older commits share).
set -euo pipefail
cd "$(dirname "$0")/.."
base=${1:?usage: scripts/ab-speed.sh COMMIT [ROUNDS]}
rounds=${2:-30}
work=$(mktemp -d)
cleanup() {
    git worktree remove --force "$work/base" >/dev/null 2>&1 || true
    rm -rf "$work"
}
trap cleanup EXIT
DANESHBONYAN_DUMP_CORPUS="$work" cargo bench --bench normalize >/dev/null 2>&1
git worktree add --detach -q "$work/base" "$base"
cp examples/throughput.rs "$work/base/examples/throughput.rs"
(cd "$work/base" && CARGO_TARGET_DIR="$work/target-base" cargo build -q --release --example throughput)
cargo build -q --release --example throughput
new=${CARGO_TARGET_DIR:-target}/release/examples/throughput
old=$work/target-base/release/examples/throughput

best() { # current candidate -> the larger
    awk -v a="$1" -v b="$2" 'BEGIN {print (b > a) ? b : a}'
}
printf '%-13s %-6s %-9s %10s %10s %7s\n' profile input api "$base" HEAD ratio
for case in standard,clean,normalize standard,dirty,normalize conservative,clean,normalize \
    conservative,dirty,normalize search,clean,normalize search,dirty,normalize \
    standard,dirty,offsets; do
    IFS=, read -r profile input api <<<"$case"
    flags=(--profile "$profile" --api "$api" --iterations 60)
    [ "$input" = clean ] && flags+=(--as-normal)
    a=0
    b=0
    for _ in $(seq "$rounds"); do
        a=$(best "$a" "$("$old" "$work/$input.txt" "${flags[@]}" | awk '{print $1}')")
        b=$(best "$b" "$("$new" "$work/$input.txt" "${flags[@]}" | awk '{print $1}')")
    done
    printf '%-13s %-6s %-9s %10s %10s %7s\n' "$profile" "$input" "$api" "$a" "$b" \
        "$(awk -v a="$a" -v b="$b" 'BEGIN {printf "%.2f", b / a}')"
done
