//! Byte classes of 64 bytes at a time with AVX2, for the quick check (x86-64 only; elsewhere,
//! and on processors without AVX2, the quick check reads text with its scalar code alone).
//!
//! The vector instructions come through `pulp`, which checks at run time that the processor
//! has them and gives them a safe interface: this crate keeps `forbid(unsafe_code)`.

use core::arch::x86_64::__m256i;
use pulp::x86::V3;

use super::engine::{folded_code, head_attention, ATTACH_HEH, LETTER, PLAIN, SECONDS, SPLIT};

/// The classes of 64 bytes, one bit per byte (bit `k` for the byte at `at + k`).
#[derive(Clone, Copy)]
pub(super) struct Classes {
    /// Lead bytes of plain letters (but those of rows 0xD and 0xF, see [`row_read`]).
    pub(super) lead: u64,
    /// Lead bytes of those that may start an affix (see [`HEADS`]).
    pub(super) head: u64,
    /// Lead bytes of those that are the second letter of such a head (see [`SECONDS`]).
    pub(super) second: u64,
    /// Spaces.
    pub(super) space: u64,
    /// First bytes of ZWNJs.
    pub(super) zwnj: u64,
    /// Closing marks of one byte: `.` `:` `!`.
    pub(super) close1: u64,
    /// First bytes of closing marks of two: `،` `؛` `؟`.
    pub(super) close2: u64,
    /// Lead bytes of ه.
    pub(super) heh: u64,
    /// First bytes of the hamza above (U+0654).
    pub(super) hamza: u64,
    /// Line breaks.
    pub(super) newline: u64,
    /// First bytes of the Arabic letter forms ي and ك (which the letter rule folds to the
    /// plain letters ی and ک: see [`plain_run`]).
    pub(super) fold: u64,
}

/// The rows (high nibble of a character's index in U+0600..=U+06FF) whose letters the vector
/// tests read: all but rows 0xD and 0xF (ۑ ۺ ۻ ۼ ۿ, rare: the scalar code reads them), which
/// leaves at most 8 distinct sets of low nibbles in each class, one bit each.
const fn row_read(hi: usize) -> bool {
    hi != 0xD && hi != 0xF
}

/// The characters (by index in U+0600..=U+06FF) with any of the flags `f` of [`LETTER`].
const fn flagged(f: u8) -> [bool; 256] {
    let mut set = [false; 256];
    let mut k = 0;
    while k < 256 {
        set[k] = LETTER[k] & f != 0;
        k += 1;
    }
    set
}

/// The set of low nibbles of row `hi` of the characters of `class`.
const fn row_set(hi: usize, class: &[bool; 256]) -> u16 {
    let mut set = 0u16;
    let mut lo = 0;
    while lo < 16 {
        if class[hi * 16 + lo] {
            set |= 1 << lo;
        }
        lo += 1;
    }
    set
}

/// The two 16-entry tables of a vector test of a character class (its characters in the rows
/// read): a character of index `k` is in it iff `rows[k >> 4] & nibbles[k & 15] != 0`.
const fn tables(class: [bool; 256]) -> ([u8; 16], [u8; 16]) {
    let mut sets = [0u16; 8];
    let mut n = 0;
    let mut rows = [0u8; 16];
    let mut hi = 0;
    while hi < 16 {
        let set = row_set(hi, &class);
        if row_read(hi) && set != 0 {
            let mut j = 0;
            while j < n && sets[j] != set {
                j += 1;
            }
            if j == n {
                assert!(n < 8, "more than 8 sets of low nibbles");
                sets[n] = set;
                n += 1;
            }
            rows[hi] = 1 << j;
        }
        hi += 1;
    }
    let mut nibbles = [0u8; 16];
    let mut lo = 0;
    while lo < 16 {
        let mut j = 0;
        while j < n {
            if sets[j] & (1 << lo) != 0 {
                nibbles[lo] |= 1 << j;
            }
            j += 1;
        }
        lo += 1;
    }
    (rows, nibbles)
}

/// `class` and the Arabic letter forms ي and ك where the letters they fold to are in it (see
/// [`folded_code`]).
const fn with_folds(class: [bool; 256]) -> [bool; 256] {
    let mut set = class;
    let mut k = 0;
    while k < 256 {
        set[k] |= class[folded_code(k)];
        k += 1;
    }
    set
}

/// The plain letters (see [`PLAIN`]).
const LETTERS: ([u8; 16], [u8; 16]) = tables(flagged(PLAIN));
/// The letters a word needs a closer look at the head of when it starts with them (see
/// [`SPLIT`] and [`ATTACH_HEH`]).
const HEADS: ([u8; 16], [u8; 16]) = tables(flagged(SPLIT | ATTACH_HEH));
/// The second letters of the heads that need a closer look (see [`SECONDS`]); none in the
/// rows not read, and no one-letter word (code 0: the vector test of a head reads its second
/// letter, and would miss either).
const SECOND: ([u8; 16], [u8; 16]) = {
    assert!(!SECONDS[0], "a one-letter word that needs a closer look");
    let mut k = 0;
    while k < 256 {
        assert!(
            !SECONDS[k] || row_read(k >> 4),
            "a second letter in a row not read"
        );
        k += 1;
    }
    tables(SECONDS)
};

/// The tables of the classes above as [`plain_run_heads`] reads them, with the letter forms
/// ي and ك in the classes of the letters they fold to (the table of word heads reads them
/// folded too).
const FOLDED: [([u8; 16], [u8; 16]); 3] = [
    tables(with_folds(flagged(PLAIN))),
    tables(with_folds(flagged(SPLIT | ATTACH_HEH))),
    tables(with_folds(SECONDS)),
];

/// Whether the vector test of `t` reads `b0 b1` (a lead byte of the block and its continuation
/// byte) as in its class: the scalar form of [`classify`]'s tests, for the tests.
#[cfg(test)]
fn reads(t: &([u8; 16], [u8; 16]), b0: u8, b1: u8) -> bool {
    if b0 & 0xFC != 0xD8 {
        return false;
    }
    let hi = (((b0 & 3) << 2) | ((b1 >> 4) & 3)) as usize;
    let lo = (b1 & 15) as usize;
    t.0[hi] & t.1[lo] != 0
}

/// The processor's AVX2, if it has it (and, in this crate's tests, unless the thread asked
/// for the scalar code alone).
pub(super) fn avx2() -> Option<V3> {
    #[cfg(test)]
    if SCALAR_ONLY.with(core::cell::Cell::get) {
        return None;
    }
    V3::try_new()
}

#[cfg(test)]
thread_local! {
    /// The tests' switch: the quick check of this thread uses no vector code.
    pub(super) static SCALAR_ONLY: core::cell::Cell<bool> = const { core::cell::Cell::new(false) };
}

/// The classes of the 64 bytes at `at`, if the text has 66 bytes there (the test of a letter
/// reads the byte after it, and that of a ZWNJ two). The caller runs it in
/// [`V3::vectorize`], which lets the compiler use the processor's features.
#[inline(always)]
pub(super) fn classify(simd: V3, b: &[u8], at: usize) -> Option<Classes> {
    classify_with(simd, b, at, [LETTERS, HEADS, SECOND])
}

/// [`classify`] with the tables `t` of the classes `lead`, `head` and `second`.
#[inline(always)]
fn classify_with(simd: V3, b: &[u8], at: usize, t: [([u8; 16], [u8; 16]); 3]) -> Option<Classes> {
    let w: &[u8; 66] = b.get(at..at.checked_add(66)?)?.try_into().ok()?;
    Some(joined(half(simd, w, 0, t), half(simd, w, 32, t)))
}

/// The engine's runs on the classes of the 64 bytes at `at` (tables `t`, see
/// [`classify_with`]), which read the second 32 bytes only when the first do not settle the
/// run: `run` is tried first on the classes of the first 32 (none after them), where it
/// answers `Err` unless the first byte outside the run is at most the 28th (each bit of a run's
/// masks reads the classes up to three bytes on, all of them in the first 32 there: the
/// answer is the same; a test checks it). Most runs of a text that needs work end that early
/// (71% of them on the dirty corpus), and pay for half the classes. (Past that byte the
/// answer from the first half would still be a run that is safe to pass over, as classes
/// missing only shorten runs, but a shorter one.)
#[inline(always)]
fn in_halves<R>(
    simd: V3,
    b: &[u8],
    at: usize,
    t: [([u8; 16], [u8; 16]); 3],
    run: impl Fn(&Classes, bool) -> Result<R, ()>,
) -> Option<R> {
    let w: &[u8; 66] = b.get(at..at.checked_add(66)?)?.try_into().ok()?;
    let lo = half(simd, w, 0, t);
    if let Ok(r) = run(&joined(lo, [0; 11]), true) {
        return Some(r);
    }
    run(&joined(lo, half(simd, w, 32, t)), false).ok()
}

/// Whether a run of the first 32 bytes' classes (see [`in_halves`]) whose first byte outside
/// it is `bad` must read the rest.
#[inline(always)]
fn settled(partial: bool, bad: u32) -> Result<(), ()> {
    if partial && bad > 28 {
        Err(())
    } else {
        Ok(())
    }
}

/// The classes of 64 bytes from those of their two halves (see [`half`]).
#[inline(always)]
fn joined(lo: [u32; 11], hi: [u32; 11]) -> Classes {
    let join = |a: u32, b: u32| a as u64 | (b as u64) << 32;
    Classes {
        lead: join(lo[0], hi[0]),
        head: join(lo[1], hi[1]),
        second: join(lo[9], hi[9]),
        space: join(lo[2], hi[2]),
        zwnj: join(lo[3], hi[3]),
        close1: join(lo[4], hi[4]),
        close2: join(lo[5], hi[5]),
        heh: join(lo[6], hi[6]),
        hamza: join(lo[7], hi[7]),
        newline: join(lo[8], hi[8]),
        fold: join(lo[10], hi[10]),
    }
}

/// The bits below bit `n` (all 64 when `n` is 64: a mask's first byte outside a class, or
/// none).
#[inline(always)]
pub(super) fn below(n: u32) -> u64 {
    1u64.checked_shl(n).map_or(u64::MAX, |m| m - 1)
}

/// The classes of the 32 bytes at `w[from..]`: those of [`Classes`]' fields, in their order
/// but `second` and `fold`, last.
#[inline(always)]
fn half(simd: V3, w: &[u8; 66], from: usize, t: [([u8; 16], [u8; 16]); 3]) -> [u32; 11] {
    let load = |k: usize| -> __m256i {
        let mut a = [0u8; 32];
        a.copy_from_slice(&w[from + k..from + k + 32]);
        pulp::cast(a)
    };
    let (c, n, n2) = (load(0), load(1), load(2));
    let avx = simd.avx;
    let avx2 = simd.avx2;
    let splat = |x: u8| avx._mm256_set1_epi8(x as i8);
    // The character's index k = (c & 3) << 6 | n & 0x3F: its high nibble (c & 3) << 2 |
    // (n >> 4) & 3 and its low nibble n & 15, each looked up in a table of 16.
    let high = avx2._mm256_or_si256(
        avx2._mm256_slli_epi16::<2>(avx2._mm256_and_si256(c, splat(3))),
        avx2._mm256_and_si256(avx2._mm256_srli_epi16::<4>(n), splat(3)),
    );
    let low = avx2._mm256_and_si256(n, splat(15));
    let lead = avx2._mm256_cmpeq_epi8(avx2._mm256_and_si256(c, splat(0xFC)), splat(0xD8));
    // The leads of the class of tables `t`.
    let class = |t: ([u8; 16], [u8; 16])| {
        let rows: __m256i = pulp::cast([t.0, t.0]);
        let nibbles: __m256i = pulp::cast([t.1, t.1]);
        let hit = avx2._mm256_and_si256(
            avx2._mm256_shuffle_epi8(rows, high),
            avx2._mm256_shuffle_epi8(nibbles, low),
        );
        let miss = avx2._mm256_cmpeq_epi8(hit, avx._mm256_setzero_si256());
        avx2._mm256_andnot_si256(miss, lead)
    };
    let (letter, head, second) = (class(t[0]), class(t[1]), class(t[2]));
    let space = avx2._mm256_cmpeq_epi8(c, splat(b' '));
    let zwnj = avx2._mm256_and_si256(
        avx2._mm256_cmpeq_epi8(c, splat(0xE2)),
        avx2._mm256_and_si256(
            avx2._mm256_cmpeq_epi8(n, splat(0x80)),
            avx2._mm256_cmpeq_epi8(n2, splat(0x8C)),
        ),
    );
    let eq = |v: __m256i, x: u8| avx2._mm256_cmpeq_epi8(v, splat(x));
    let or = |a: __m256i, b: __m256i| avx2._mm256_or_si256(a, b);
    let close1 = or(or(eq(c, b'.'), eq(c, b':')), eq(c, b'!'));
    let close2 = avx2._mm256_and_si256(eq(c, 0xD8), or(or(eq(n, 0x8C), eq(n, 0x9B)), eq(n, 0x9F)));
    let d9 = eq(c, 0xD9);
    let heh = avx2._mm256_and_si256(d9, eq(n, 0x87));
    let hamza = avx2._mm256_and_si256(d9, eq(n, 0x94));
    let newline = eq(c, b'\n');
    // ي U+064A and ك U+0643.
    let fold = avx2._mm256_and_si256(d9, or(eq(n, 0x8A), eq(n, 0x83)));
    [
        letter, head, space, zwnj, close1, close2, heh, hamza, newline, second, fold,
    ]
    .map(|m| avx2._mm256_movemask_epi8(m) as u32)
}

/// A run of words that the engine's fast path passes over (see [`plain_run`]), by offsets
/// from where it starts.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) struct Run {
    /// The last space between two of its words (the run ends there).
    pub(super) last: usize,
    /// The space before it, if any: the word that ends at `last` starts after it.
    pub(super) before: Option<usize>,
    /// The first bytes of the letter forms ي and ك before `last`, which the letter rule folds.
    pub(super) folds: u64,
    /// Whether a closing mark is right before `last`.
    pub(super) closed: bool,
}

/// For the engine's fast path where no affix rule applies: the words of plain letters from
/// `at` (inside a word, or at its start) that one space and another such word follow, read 64
/// bytes at a time (see [`Run`]). With `folds`, the words may also hold the letter forms ي and
/// ك, which the letter rule folds to letters of the run (always followed by a letter or a space
/// there: no mark composes with them). With `MARKS`, a closing mark `. : ! ، ؛ ؟` may stand
/// between a word's last letter and the space after it.
#[inline]
pub(super) fn plain_run<const MARKS: bool>(
    simd: V3,
    b: &[u8],
    at: usize,
    folds: bool,
) -> Option<Run> {
    // (Short texts, and their ends, do not pay for the call into the vector code.)
    if b.len() < at.saturating_add(66) {
        return None;
    }
    // (The runs of these profiles are longer than those under the affix rules, which their
    // closer looks end: trying the first half alone, as `plain_run_heads` does, measured 2%
    // more instructions on the clean corpus under `SearchKey`, 1% fewer on the dirty one, and
    // 0.4% fewer for `Conservative` there.)
    simd.vectorize(
        #[inline(always)]
        || {
            let c = classify(simd, b, at)?;
            let fold = if folds { c.fold } else { 0 };
            let (gaps, _, _, closed) = run_gaps::<MARKS>(&c, c.lead | fold);
            let (last, before) = last_two(gaps)?;
            Some(Run {
                last,
                before,
                folds: fold & below(last as u32),
                closed: closed >> last & 1 != 0,
            })
        },
    )
}

/// For the engine's fast path where affix rules look at words: [`plain_run`]'s run (with the
/// letter forms ي and ك under `folds`: the table of word heads reads them folded, as the
/// rules do), ended at the space before the first word after a space (the last one's
/// included) that the table of word heads does not clear: one whose first three letters may
/// start a pattern of [`head_pattern`](super::engine::head_pattern), or whose first letters
/// are not all in the run (a second letter the vector test does not read is not in the run).
/// The caller makes sure that the word it starts in is not «می», «بی» or «نمی».
#[inline]
pub(super) fn plain_run_heads<const MARKS: bool>(
    simd: V3,
    b: &[u8],
    at: usize,
    folds: bool,
) -> Option<Run> {
    if b.len() < at.saturating_add(66) {
        return None;
    }
    simd.vectorize(
        #[inline(always)]
        || {
            in_halves(
                simd,
                b,
                at,
                FOLDED,
                #[inline(always)]
                |c, partial| heads_run::<MARKS>(c, partial, b, at, folds),
            )
            .flatten()
        },
    )
}

/// [`plain_run_heads`]' run from `at` on the classes `c` of its 64 bytes, or of their first 32
/// alone when `partial` (see [`in_halves`]).
#[inline(always)]
fn heads_run<const MARKS: bool>(
    c: &Classes,
    partial: bool,
    b: &[u8],
    at: usize,
    folds: bool,
) -> Result<Option<Run>, ()> {
    let lead = if folds { c.lead } else { c.lead & !c.fold };
    let (mut gaps, letters, bad, closed) = run_gaps::<MARKS>(c, lead);
    settled(partial, bad)?;
    // Words after a space whose first letter may start a pattern, and whose second letter may
    // come second in one or is not a letter of the run.
    let mut look = c.head & gaps << 1 & (c.second >> 2 | !(lead >> 2));
    while look != 0 {
        let p = look.trailing_zeros();
        look &= look - 1;
        if needs_look(b, at, p as usize, letters, bad as usize) {
            gaps &= below(p - 1);
            break;
        }
    }
    Ok(last_two(gaps).map(|(last, before)| Run {
        last,
        before,
        folds: c.fold & lead & below(last as u32),
        closed: closed >> last & 1 != 0,
    }))
}

/// The run of [`plain_run`] in the masks of letters' first bytes (`lead`) and the classes `c`:
/// the spaces between its words (each followed by a letter, before the first byte that is
/// neither a letter nor such a space, nor with `MARKS` a closing mark between a letter and
/// such a space), the bytes of letters, where that first byte is, and the spaces after a
/// closing mark.
#[inline(always)]
fn run_gaps<const MARKS: bool>(c: &Classes, lead: u64) -> (u64, u64, u32, u64) {
    let ends = c.space & lead >> 1;
    let letters = lead | lead << 1;
    let (close1, close2) = if MARKS {
        (
            c.close1 & lead << 2 & ends >> 1,
            c.close2 & lead << 2 & ends >> 2,
        )
    } else {
        (0, 0)
    };
    let bad = (!(letters | ends | close1 | close2 | close2 << 1)).trailing_zeros();
    let closed = close1 << 1 | close2 << 2;
    (ends & below(bad), letters, bad, closed)
}

/// The offsets of the last space of `gaps` and of the one before it (`None` when there are
/// none).
#[inline(always)]
fn last_two(gaps: u64) -> Option<(usize, Option<usize>)> {
    let last = gaps.checked_ilog2()? as usize;
    let before = (gaps & ((1u64 << last) - 1))
        .checked_ilog2()
        .map(|g| g as usize);
    Some((last, before))
}

/// Whether the word at `at + p` (its first letter in the run) may need the affix rules: the
/// table of heads on its first three letters (fewer when it ends at a space before them), or
/// `true` when the run does not show them.
#[inline(always)]
fn needs_look(b: &[u8], at: usize, p: usize, letters: u64, bad: usize) -> bool {
    // (The window's end, where the letters go on past it: not shown.)
    let end = (p + ((!letters) >> p).trailing_zeros() as usize).min(64);
    let n = end - p;
    if n < 6 && end >= bad {
        return true;
    }
    head_attention(b, at + p, at + end)
}

#[cfg(test)]
mod tests {
    use super::super::engine::{letter_flags, plain_pair};
    use super::*;

    #[test]
    fn the_vector_tests_read_their_classes() {
        // Every lead byte of the block and continuation byte: a letter the vector tests put in
        // a class is in it, and every one of the rows they read is.
        for b0 in 0xD8..=0xDBu8 {
            for b1 in 0x80..0xC0u8 {
                let k = (((b0 & 3) as usize) << 6) | (b1 & 0x3F) as usize;
                let read = row_read(k >> 4);
                let flags = letter_flags(&[b0, b1], 0);
                assert_eq!(
                    reads(&LETTERS, b0, b1),
                    read && plain_pair(b0, b1),
                    "{b0:02X} {b1:02X}"
                );
                assert_eq!(
                    reads(&HEADS, b0, b1),
                    read && flags & (SPLIT | ATTACH_HEH) != 0,
                    "{b0:02X} {b1:02X}"
                );
                assert_eq!(reads(&SECOND, b0, b1), SECONDS[k], "{b0:02X} {b1:02X}");
                // The same classes with ي and ك read as the letters they fold to.
                let folded = letter_flags(
                    &[
                        0xD8 | (folded_code(k) >> 6) as u8,
                        0x80 | (folded_code(k) & 0x3F) as u8,
                    ],
                    0,
                );
                assert_eq!(
                    reads(&FOLDED[0], b0, b1),
                    read && folded != 0,
                    "{b0:02X} {b1:02X}"
                );
                assert_eq!(
                    reads(&FOLDED[1], b0, b1),
                    read && folded & (SPLIT | ATTACH_HEH) != 0,
                    "{b0:02X} {b1:02X}"
                );
                assert_eq!(
                    reads(&FOLDED[2], b0, b1),
                    SECONDS[folded_code(k)],
                    "{b0:02X} {b1:02X}"
                );
                assert_eq!(folded_code(k) != k, matches!([b0, b1], [0xD9, 0x8A | 0x83]));
            }
        }
    }

    #[test]
    fn the_folded_forms_fold_to_plain_letters() {
        // The engine's vector runs take ي and ك (the class `fold`) for letters of the run,
        // which the letter rule writes as the plain letters ی and ک.
        use super::super::chars::K;
        use super::super::tables::ARABIC;
        for (from, to) in [('ي', 'ی'), ('ك', 'ک')] {
            let info = &ARABIC[from as usize - 0x600];
            assert!(info.kind == K::Variant, "{from}");
            assert_eq!(char::from_u32(info.arg as u32), Some(to));
            assert!(ARABIC[to as usize - 0x600].kind == K::Letter, "{to}");
        }
    }

    #[test]
    fn the_first_half_settles_a_run_as_the_whole_does() {
        let Some(simd) = avx2() else {
            return;
        };
        // Texts of letters (plain, of affix heads, ي and ك, ones the vector tests do not
        // read), spaces, closing marks, ZWNJs, marks and ASCII, mixed by a fixed generator.
        let pieces = [
            "ب", "ر", "م", "ی", "ه", "ا", "ن", "ت", "ک", "د", "س", "و", "ب", "ر", "م", "ی", "ه",
            "ا", "ن", "ت", "ک", "د", "س", "و", "ي", "ك", " ", " ", " ", " ", " ", "، ", ". ", "ۀ",
            "\u{200C}", "\u{064E}", "a", "۱", "\n", "می", "ها", "ماه",
        ];
        let mut seed = 0x2545_F491_4F6C_DD1Du64;
        let (mut settled_first, mut read_both) = (0, 0);
        for _ in 0..40 {
            let mut text = String::new();
            while text.len() < 400 {
                seed ^= seed << 13;
                seed ^= seed >> 7;
                seed ^= seed << 17;
                text.push_str(pieces[(seed % pieces.len() as u64) as usize]);
            }
            let b = text.as_bytes();
            for at in 0..b.len() - 66 {
                let w: &[u8; 66] = b[at..at + 66].try_into().expect("66 bytes");
                let (lo, hi) =
                    simd.vectorize(|| (half(simd, w, 0, FOLDED), half(simd, w, 32, FOLDED)));
                for folds in [false, true] {
                    let whole = heads_run::<true>(&joined(lo, hi), false, b, at, folds);
                    match heads_run::<true>(&joined(lo, [0; 11]), true, b, at, folds) {
                        Ok(run) => {
                            assert_eq!(Ok(run), whole, "{text:?} at {at}");
                            settled_first += 1;
                        }
                        Err(()) => read_both += 1,
                    }
                }
            }
        }
        assert!(
            settled_first > 1000 && read_both > 1000,
            "{settled_first} {read_both}"
        );
    }

    #[test]
    fn heh_and_the_hamza_above_compose_to_nothing() {
        // The quick check's vector code keeps «ه» + U+0654 as it is when the diacritics rule
        // keeps the mark (ۀ is U+06D5 + U+0654, not U+0647 + U+0654).
        assert_eq!(unicode_normalization::char::compose('ه', '\u{0654}'), None);
    }

    #[test]
    fn the_vector_code_agrees_with_its_scalar_form() {
        let Some(simd) = avx2() else {
            return;
        };
        // Every pair of a lead byte and a continuation byte, and spaces and ZWNJs, at every
        // place of a window of 64.
        let mut text = Vec::new();
        for b0 in 0xD8..=0xDBu8 {
            for b1 in 0x80..0xC0u8 {
                text.extend_from_slice(&[b0, b1, b' ']);
                text.extend_from_slice("\u{200C}.:!\n".as_bytes());
            }
        }
        for at in 0..text.len() - 66 {
            let c = simd
                .vectorize(|| classify(simd, &text, at))
                .expect("66 bytes");
            let f = simd
                .vectorize(|| classify_with(simd, &text, at, FOLDED))
                .expect("66 bytes");
            for k in 0..64 {
                let (b0, b1, b2) = (text[at + k], text[at + k + 1], text[at + k + 2]);
                assert_eq!(c.lead >> k & 1 != 0, reads(&LETTERS, b0, b1));
                assert_eq!(c.head >> k & 1 != 0, reads(&HEADS, b0, b1));
                assert_eq!(c.second >> k & 1 != 0, reads(&SECOND, b0, b1));
                assert_eq!(f.lead >> k & 1 != 0, reads(&FOLDED[0], b0, b1));
                assert_eq!(f.head >> k & 1 != 0, reads(&FOLDED[1], b0, b1));
                assert_eq!(f.second >> k & 1 != 0, reads(&FOLDED[2], b0, b1));
                assert_eq!(f.fold, c.fold);
                assert_eq!(c.space >> k & 1 != 0, b0 == b' ');
                assert_eq!(c.zwnj >> k & 1 != 0, [b0, b1, b2] == [0xE2, 0x80, 0x8C]);
                assert_eq!(c.close1 >> k & 1 != 0, matches!(b0, b'.' | b':' | b'!'));
                assert_eq!(
                    c.close2 >> k & 1 != 0,
                    b0 == 0xD8 && matches!(b1, 0x8C | 0x9B | 0x9F)
                );
                assert_eq!(c.heh >> k & 1 != 0, [b0, b1] == [0xD9, 0x87]);
                assert_eq!(c.hamza >> k & 1 != 0, [b0, b1] == [0xD9, 0x94]);
                assert_eq!(c.newline >> k & 1 != 0, b0 == b'\n');
                assert_eq!(
                    c.fold >> k & 1 != 0,
                    matches!([b0, b1], [0xD9, 0x8A | 0x83])
                );
            }
        }
        assert!(simd
            .vectorize(|| classify(simd, &text, text.len() - 65))
            .is_none());
    }
}
