#!/usr/bin/env python3
"""Time the Python peers of `daneshbonyan` on the same corpus as our criterion bench.

Usage:
    python time_peers.py --clean CLEAN.txt --dirty DIRTY.txt [--repeat 3] [--ours BINARY]

Peers (each imported lazily; a peer that fails to import is skipped with a note):
  * Hazm         -- hazm.Normalizer().normalize(line)
  * Parsivar     -- parsivar.Normalizer().normalize(line)
  * persiantools -- characters.ar_to_fa + digits.ar_to_fa + digits.en_to_fa
                    (a *partial* normaliser: letters and digits only)

Every peer gets the same list of lines (the file split at '\n') and normalises it
line by line. Timing is the best of --repeat wall-clock runs (time.perf_counter);
the normaliser object is built once, outside the timed region.
MB/s = input UTF-8 bytes / seconds / 1e6.

With --ours, our compiled filter (target/release/examples/normalize: stdin -> stdout,
`--profile standard|conservative|search`) is timed as a subprocess with stdin from the
file and stdout to /dev/null, best of --repeat, for the standard and conservative
profiles. Those numbers include process start-up; criterion's in-process numbers
come from `cargo bench --bench normalize`.

This script only *calls* the peers; it contains none of their code.
"""

from __future__ import annotations

import argparse
import gc
import importlib.metadata
import os
import platform
import subprocess
import tempfile
import sys
import time
import unicodedata
from dataclasses import dataclass, field
from typing import Callable

SAMPLES = [
    "بندر ها",
    "\ufefb",  # ﻻ  ARABIC LIGATURE LAM WITH ALEF ISOLATED FORM
    "ماه می سال",
    "Python 3.11",
    "\ufee7",  # ﻧ  ARABIC LETTER NOON INITIAL FORM
    "\u0665",  # ٥  ARABIC-INDIC DIGIT FIVE
    "خانه ها،",
    "\u0643تاب ها",  # كتاب ها with ARABIC LETTER KAF
    "م\u064a روم",  # مي روم with ARABIC LETTER YEH
    "سلام , دنیا !",
]

OUR_PROFILES = ("standard", "conservative")


# --------------------------------------------------------------------------- helpers


def show(s: str) -> str:
    """Escape characters a reader cannot see (or cannot tell apart) as \\u{xxxx}.

    Escaped: format/control characters (ZWNJ, ZWJ, RLM, BOM, ...), every space
    other than U+0020, line/paragraph separators, and Arabic presentation forms
    (they render exactly like the base letters).
    """
    out = []
    for ch in s:
        cp = ord(ch)
        cat = unicodedata.category(ch)
        invisible = (
            cat in ("Cf", "Cc", "Co", "Cn", "Zl", "Zp")
            or (cat == "Zs" and ch != " ")
            or 0xFB50 <= cp <= 0xFDFF  # Arabic Presentation Forms-A
            or 0xFE70 <= cp <= 0xFEFE  # Arabic Presentation Forms-B
        )
        out.append(f"\\u{{{cp:x}}}" if invisible else ch)
    return "".join(out)


def md_cell(s: str) -> str:
    """A Markdown table cell showing `s` exactly (spaces kept in a code span)."""
    if not s:
        return "*(empty)*"
    s = show(s).replace("|", "\\|")
    return f"`{s}`"


def version_of(dist: str) -> str:
    try:
        return importlib.metadata.version(dist)
    except importlib.metadata.PackageNotFoundError:
        return "not installed"


def read_lines(path: str) -> tuple[list[str], int]:
    with open(path, "rb") as f:
        data = f.read()
    text = data.decode("utf-8")
    lines = text.split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    return lines, len(data)


def best_of(repeat: int, fn: Callable[[], object]) -> float:
    best = float("inf")
    for _ in range(repeat):
        gc.collect()
        t0 = time.perf_counter()
        fn()
        dt = time.perf_counter() - t0
        best = min(best, dt)
    return best


def fmt_rate(mbps: float | None) -> str:
    if mbps is None:
        return "n/a"
    if mbps >= 100:
        return f"{mbps:.0f}"
    if mbps >= 1:
        return f"{mbps:.1f}"
    return f"{mbps:.3f}"


# --------------------------------------------------------------------------- peers


@dataclass
class Peer:
    name: str
    dist: str  # distribution name for importlib.metadata
    settings: str
    make: Callable[[], Callable[[str], str]]  # builds the per-line normalise function
    fn: Callable[[str], str] | None = None
    error: str | None = None


def _make_hazm() -> Callable[[str], str]:
    from hazm import Normalizer

    return Normalizer().normalize


def _make_parsivar() -> Callable[[str], str]:
    from parsivar import Normalizer

    return Normalizer().normalize


def _make_persiantools() -> Callable[[str], str]:
    from persiantools import characters, digits

    ar_to_fa_chars = characters.ar_to_fa
    ar_to_fa_digits = digits.ar_to_fa
    en_to_fa_digits = digits.en_to_fa

    def normalize(line: str) -> str:
        return en_to_fa_digits(ar_to_fa_digits(ar_to_fa_chars(line)))

    return normalize


PEERS = [
    Peer("Hazm", "hazm", "Normalizer() defaults", _make_hazm),
    Peer("Parsivar", "parsivar", "Normalizer() defaults", _make_parsivar),
    Peer(
        "persiantools (partial)",
        "persiantools",
        "characters.ar_to_fa + digits.ar_to_fa + digits.en_to_fa (letters/digits only)",
        _make_persiantools,
    ),
]


def load_peers() -> list[Peer]:
    for peer in PEERS:
        try:
            peer.fn = peer.make()
        except Exception as e:  # ImportError, missing resource files, ...
            peer.error = f"{type(e).__name__}: {e}".splitlines()[0]
    return PEERS


# --------------------------------------------------------------------------- ours


@dataclass
class Ours:
    binary: str
    startup_s: float | None = None
    rates: dict[tuple[str, str], float | None] = field(default_factory=dict)
    errors: list[str] = field(default_factory=list)

    def run(self, profile: str, stdin_path: str | None) -> None:
        stdin = open(stdin_path, "rb") if stdin_path else subprocess.DEVNULL
        try:
            proc = subprocess.run(
                [self.binary, "--profile", profile],
                stdin=stdin,
                stdout=subprocess.DEVNULL,
                stderr=subprocess.PIPE,
            )
        finally:
            if stdin_path:
                stdin.close()
        if proc.returncode != 0:
            err = proc.stderr.decode("utf-8", "replace").strip()
            raise RuntimeError(f"exit status {proc.returncode}: {err[:300]}")

    def time_file(self, profile: str, path: str, repeat: int) -> float:
        return best_of(repeat, lambda: self.run(profile, path))

    def normalize_samples(self, profile: str, samples: list[str]) -> list[str]:
        data = "".join(s + "\n" for s in samples).encode("utf-8")
        proc = subprocess.run(
            [self.binary, "--profile", profile], input=data, capture_output=True
        )
        if proc.returncode != 0:
            err = proc.stderr.decode("utf-8", "replace").strip()
            raise RuntimeError(f"exit status {proc.returncode}: {err[:300]}")
        out = proc.stdout.decode("utf-8").split("\n")
        if out and out[-1] == "":
            out.pop()
        if len(out) != len(samples):
            # Fall back to one process per sample if lines do not line up.
            out = []
            for s in samples:
                p = subprocess.run(
                    [self.binary, "--profile", profile],
                    input=s.encode("utf-8"),
                    capture_output=True,
                    check=True,
                )
                out.append(p.stdout.decode("utf-8").rstrip("\n"))
        return out


# --------------------------------------------------------------------------- main


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--clean", required=True, help="clean corpus (UTF-8 text)")
    ap.add_argument("--dirty", required=True, help="dirty corpus (UTF-8 text)")
    ap.add_argument("--repeat", type=int, default=3, help="runs per measurement; best is kept")
    ap.add_argument("--ours", help="our compiled filter, e.g. target/release/examples/normalize")
    ap.add_argument("--ours-copies", type=int, default=100,
                    help="our filter reads the corpus repeated this many times (default 100)")
    args = ap.parse_args()
    if args.repeat < 1:
        ap.error("--repeat must be >= 1")

    corpora = {}
    for label, path in (("clean", args.clean), ("dirty", args.dirty)):
        lines, nbytes = read_lines(path)
        corpora[label] = (path, lines, nbytes)

    print("## Environment\n")
    print(f"- Python {platform.python_version()} ({platform.python_implementation()}), "
          f"{platform.system()} {platform.machine()}, {os.cpu_count()} CPUs")
    for peer in PEERS:
        print(f"- {peer.dist} {version_of(peer.dist)}")
    for label, (path, lines, nbytes) in corpora.items():
        print(f"- {label} corpus: {os.path.basename(path)}, {nbytes} bytes, {len(lines)} lines")
    print(f"- timing: best of {args.repeat} wall-clock runs (time.perf_counter)")
    print()

    peers = load_peers()
    notes = []
    for peer in peers:
        if peer.error:
            notes.append(f"{peer.name} skipped: {peer.error}")
            print(f"note: {peer.name} skipped: {peer.error}", file=sys.stderr)

    # ---- our binary
    ours: Ours | None = None
    if args.ours:
        ours = Ours(args.ours)
        try:
            ours.startup_s = best_of(args.repeat, lambda: ours.run("standard", None))
        except Exception as e:
            ours.errors.append(f"start-up (empty stdin): {e}")
        # The filter reads the corpus repeated --ours-copies times, so that process start-up
        # (about a millisecond) does not dominate its time.
        big = {}
        tmpdir = tempfile.mkdtemp()
        for label, (path, _lines, nbytes) in corpora.items():
            with open(path, "rb") as f:
                data = f.read()
            if not data.endswith(b"\n"):
                data += b"\n"
            big_path = os.path.join(tmpdir, f"{label}.txt")
            with open(big_path, "wb") as f:
                f.write(data * args.ours_copies)
            big[label] = (big_path, len(data) * args.ours_copies)
        for profile in OUR_PROFILES:
            for label in corpora:
                path, nbytes = big[label]
                try:
                    dt = ours.time_file(profile, path, args.repeat)
                    ours.rates[(profile, label)] = nbytes / dt / 1e6
                except Exception as e:
                    ours.rates[(profile, label)] = None
                    ours.errors.append(f"--profile {profile} on {label}: {e}")
        notes.extend(f"ours failed: {e}" for e in ours.errors)

    # ---- peers
    peer_rates: dict[str, dict[str, float | None]] = {}
    for peer in peers:
        if peer.fn is None:
            continue
        fn = peer.fn
        rates: dict[str, float | None] = {}
        for label, (_path, lines, nbytes) in corpora.items():
            try:
                dt = best_of(args.repeat, lambda: [fn(line) for line in lines])
                rates[label] = nbytes / dt / 1e6
            except Exception as e:
                rates[label] = None
                notes.append(f"{peer.name} failed on {label}: {type(e).__name__}: {e}")
            print(f"timed {peer.name} on {label}", file=sys.stderr)
        peer_rates[peer.name] = rates

    # ---- table
    ref = ours.rates.get(("standard", "dirty")) if ours else None

    def ratio(dirty: float | None) -> str:
        if ref is None or dirty is None or dirty == 0:
            return "n/a"
        return f"{ref / dirty:.1f}×" if ref / dirty >= 10 else f"{ref / dirty:.2f}×"

    print("## Throughput\n")
    print("| tool | profile/settings | clean MB/s | dirty MB/s | ratio vs ours (standard, dirty) |")
    print("| --- | --- | --- | --- | --- |")
    if ours:
        startup = (
            f"; start-up ≈ {ours.startup_s * 1e3:.1f} ms" if ours.startup_s is not None else ""
        )
        for profile in OUR_PROFILES:
            clean = ours.rates.get((profile, "clean"))
            dirty = ours.rates.get((profile, "dirty"))
            print(f"| daneshbonyan (subprocess¹) | `--profile {profile}`{startup} | "
                  f"{fmt_rate(clean)} | {fmt_rate(dirty)} | {ratio(dirty)} |")
    for peer in peers:
        if peer.name not in peer_rates:
            print(f"| {peer.name} | skipped (not importable) | n/a | n/a | n/a |")
            continue
        r = peer_rates[peer.name]
        print(f"| {peer.name} {version_of(peer.dist)} | {peer.settings} | "
              f"{fmt_rate(r.get('clean'))} | {fmt_rate(r.get('dirty'))} | {ratio(r.get('dirty'))} |")
    print()
    print("MB/s = input UTF-8 bytes / best wall-clock seconds / 1e6. "
          "Ratio = our `standard` dirty MB/s ÷ that row's dirty MB/s (above 1× means ours is faster).")
    print("Peers run in-process, line by line over the same list of lines; "
          "their Normalizer objects are built before timing.")
    if ours:
        print(f"¹ Our filter is timed as a subprocess over the corpus repeated {args.ours_copies} "
              "times (stdin = file, stdout = /dev/null), reading and writing line by line, process "
              "start-up included; criterion's in-process MB/s come from "
              "`cargo bench --bench normalize`.")
    else:
        print("Our filter was not timed (no --ours); criterion's in-process MB/s come from "
              "`cargo bench --bench normalize`.")
    for n in notes:
        print(f"- note: {n}")
    print()

    # ---- sample outputs
    print("## Sample outputs\n")
    print("Invisible or look-alike characters (ZWNJ, other format chars, non-ASCII spaces, "
          "Arabic presentation forms) are shown as \\u{xxxx}.\n")
    columns: list[tuple[str, list[str]]] = []
    for peer in peers:
        if peer.fn is None:
            continue
        outs = []
        for s in SAMPLES:
            try:
                outs.append(peer.fn(s))
            except Exception as e:
                outs.append(f"<error {type(e).__name__}: {e}>")
        columns.append((peer.name, outs))
    if ours:
        for profile in OUR_PROFILES:
            try:
                columns.append((f"daneshbonyan {profile}", ours.normalize_samples(profile, SAMPLES)))
            except Exception as e:
                notes.append(f"ours samples ({profile}) failed: {e}")
                print(f"note: ours samples ({profile}) failed: {e}", file=sys.stderr)

    for name, outs in columns:
        print(f"### {name}\n")
        print("```tsv")
        print("input\toutput")
        for s, o in zip(SAMPLES, outs):
            print(f"{show(s)}\t{show(o)}")
        print("```\n")

    if columns:
        print("### Side by side\n")
        print("| input | " + " | ".join(name for name, _ in columns) + " |")
        print("| --- " * (len(columns) + 1) + "|")
        for i, s in enumerate(SAMPLES):
            print(f"| {md_cell(s)} | " + " | ".join(md_cell(outs[i]) for _, outs in columns) + " |")
        print()
    return 0


if __name__ == "__main__":
    sys.exit(main())
