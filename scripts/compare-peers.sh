#!/usr/bin/env bash
# Time the Python peers (Hazm, Parsivar, persiantools) against our `normalize`
# example on the same corpus as our criterion bench, and print a Markdown report.
#
# Usage (from the repo root):
#   scripts/compare-peers.sh [extra time_peers.py options, e.g. --repeat 5]
#
# Everything it creates (corpus dump, virtualenv) lives in a mktemp directory that
# is removed on exit; the only thing written under the repo is cargo's usual
# build output in target/ (or $CARGO_TARGET_DIR).
# Build/install chatter goes to stderr; the report goes to stdout, so
#   scripts/compare-peers.sh > peers.md
# gives a clean report.
set -euo pipefail

repo_root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$repo_root"

# The exact command line, shell-quoted.
cmdline=$(printf '%q ' "$0" "$@")

PYTHON=${PYTHON:-python3}

# Peer pins known to install and run together on CPython 3.11:
# - hazm 0.11.0 and later require Python >= 3.12; 0.10.0 is the newest for 3.11
#   (it pulls numpy 1.24.3, gensim, fasttext-wheel, nltk as wheels).
# - parsivar 0.2.3.1 and persiantools 6.2.0 are the latest releases.
# On Python >= 3.12 hazm 0.10.0 cannot install (numpy 1.24.3 has no wheel), so the
# newest hazm is used there instead (not tested here). Override any pin with
# HAZM_SPEC / PARSIVAR_SPEC / PERSIANTOOLS_SPEC.
py_minor=$("$PYTHON" -c 'import sys; print(sys.version_info[1] if sys.version_info[0] == 3 else 0)')
if (( py_minor >= 12 )); then
    default_hazm="hazm==0.12.1"
else
    default_hazm="hazm==0.10.0"
fi
HAZM_SPEC=${HAZM_SPEC:-$default_hazm}
PARSIVAR_SPEC=${PARSIVAR_SPEC:-parsivar==0.2.3.1}
PERSIANTOOLS_SPEC=${PERSIANTOOLS_SPEC:-persiantools==6.2.0}

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

target_dir=${CARGO_TARGET_DIR:-target}
ours="$target_dir/release/examples/normalize"

echo "==> cargo build --release --example normalize" >&2
cargo build --release --example normalize >&2

echo "==> dumping the bench corpus to $tmp/corpus" >&2
mkdir -p "$tmp/corpus"
# With DANESHBONYAN_DUMP_CORPUS set, our bench writes clean.txt and dirty.txt
# there and exits without benchmarking.
DANESHBONYAN_DUMP_CORPUS="$tmp/corpus" cargo bench --bench normalize >&2
for f in clean dirty; do
    if [[ ! -s "$tmp/corpus/$f.txt" ]]; then
        echo "error: the bench did not write $tmp/corpus/$f.txt" >&2
        exit 1
    fi
done

echo "==> creating a virtualenv in $tmp/venv" >&2
"$PYTHON" -m venv "$tmp/venv"
export PIP_DISABLE_PIP_VERSION_CHECK=1
failed=()
for spec in "$HAZM_SPEC" "$PARSIVAR_SPEC" "$PERSIANTOOLS_SPEC"; do
    echo "==> pip install $spec" >&2
    if ! "$tmp/venv/bin/pip" install -q "$spec" >&2; then
        echo "warning: pip install $spec failed; continuing without it" >&2
        failed+=("$spec")
    fi
done

run=("$tmp/venv/bin/python" scripts/peers/time_peers.py
     --clean "$tmp/corpus/clean.txt" --dirty "$tmp/corpus/dirty.txt"
     --ours "$ours" "$@")

echo "# Peer comparison"
echo
echo "- command: \`${cmdline% }\`"
echo "- timing command: \`$(printf '%q ' "${run[@]}" | sed 's/ $//')\`"
echo "- date: $(date -u '+%Y-%m-%d %H:%M:%S UTC')"
echo "- nproc: $(nproc)"
cpu=$(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo 2>/dev/null | head -n1 || true)
if [[ -n "$cpu" ]]; then echo "- cpu: $cpu"; fi
echo "- $(rustc --version)"
if (( ${#failed[@]} )); then
    echo "- failed to install: ${failed[*]}"
fi
echo "- note: our rows below time the \`normalize\` example as a subprocess (process"
echo "  start-up included); criterion's in-process MB/s for our crate come from"
echo "  \`cargo bench --bench normalize\`."
echo

PYTHONDONTWRITEBYTECODE=1 "${run[@]}"
