//! The one-pass engine: a writer that copies lazily, and a small state machine over tokens.
//!
//! The engine walks the input once. Characters are classified by table lookups; whitespace and
//! ZWNJ are gathered into a pending *gap* that is written only when the next token is known, so
//! every spacing, ZWNJ and affix decision is made once, from the token before and the token
//! after. The writer copies nothing until the first change: a text that is already normal is
//! never written.

use super::chars::{self, Info, J, K};
use super::lexicon::{self, PrevWord};
use super::quick;
use super::{Diacritics, Digits, Normalizer, Punctuation, Seg, Spacing, Zwnj};

const ZWNJ: &str = "\u{200C}";

// ---------------------------------------------------------------------------------------------
// Writer

/// Output that stays a view of the input until the first change.
struct Writer<'a, 'o> {
    src: &'a str,
    out: &'o mut String,
    /// Set once the output differs from the input: `out` holds the output for `src[..pending]`.
    dirty: bool,
    /// Start of the input that is known to be copied unchanged but is not written yet.
    pending: usize,
    segs: Option<&'o mut Vec<Seg>>,
}

impl<'a, 'o> Writer<'a, 'o> {
    /// The output for `src[start..end]` is `s` (`start` is at or after every earlier call's end).
    #[inline(always)]
    fn replace(&mut self, start: usize, end: usize, s: &str) {
        if same(&self.src.as_bytes()[start..end], s.as_bytes()) {
            return;
        }
        if !self.dirty {
            self.dirty = true;
            self.out.reserve(self.src.len() + self.src.len() / 4 + 8);
        }
        self.flush(start);
        if !s.is_empty() {
            if let Some(segs) = self.segs.as_deref_mut() {
                segs.push(Seg {
                    out: self.out.len(),
                    src: start,
                    src_end: end,
                    verbatim: false,
                });
            }
            self.out.push_str(s);
        }
        self.pending = end;
    }

    /// Writes the unchanged input from `pending` to `to`.
    #[inline]
    fn flush(&mut self, to: usize) {
        if to > self.pending {
            if let Some(segs) = self.segs.as_deref_mut() {
                segs.push(Seg {
                    out: self.out.len(),
                    src: self.pending,
                    src_end: to,
                    verbatim: true,
                });
            }
            self.out.push_str(&self.src[self.pending..to]);
            self.pending = to;
        }
    }

    /// Replaces the output of the last character (which came from `src[base..]` and is
    /// `base_out_len` bytes long, only deletions after it) and of everything up to `end` by `s`.
    fn recompose(&mut self, base: usize, base_out_len: usize, end: usize, s: &str) {
        if !self.dirty || self.pending <= base {
            self.replace(base, end, s);
            return;
        }
        let cut = self.out.len().saturating_sub(base_out_len);
        self.out.truncate(cut);
        if let Some(segs) = self.segs.as_deref_mut() {
            while segs.last().is_some_and(|g| g.out >= cut) {
                segs.pop();
            }
            segs.push(Seg {
                out: cut,
                src: base,
                src_end: end,
                verbatim: false,
            });
        }
        self.out.push_str(s);
        self.pending = end;
    }

    fn finish(&mut self) -> bool {
        if self.dirty {
            self.flush(self.src.len());
        }
        self.dirty
    }
}

// ---------------------------------------------------------------------------------------------
// Classification

/// The first token after a gap, as far as the gap's decision needs it.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Next {
    End,
    /// A Persian letter (folded) and its joining type.
    Letter(char, J),
    /// A number; `persian` when its digits come out Persian.
    Number(bool),
    Latin,
    Close(bool),
    Open,
    Mark,
    Other,
}

/// The token before the pending gap.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Prev {
    Start,
    LineStart,
    Word,
    Number,
    Latin,
    /// A closing mark, whether it stands in Persian context, and the character written.
    Close(bool, char),
    Open,
    Other,
    /// An ASCII emoticon: the space after it is kept.
    Emoticon,
}

/// Script of the last word or number of the current line.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Ctx {
    None,
    Persian,
    Latin,
}

/// A letter after the letter rules.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub(super) enum Folded {
    Same,
    To(char),
    /// ه, with hamza above unless diacritics drop it.
    HehHamza,
}

impl Folded {
    /// The letter written for input letter `c` (ه for heh with hamza, whose hamza is a mark).
    #[inline(always)]
    fn letter(self, c: char) -> char {
        match self {
            Folded::Same => c,
            Folded::To(t) => t,
            Folded::HehHamza => 'ه',
        }
    }
}

/// What the current (or last) Persian word looks like, for the affix rules.
#[derive(Clone, Copy, Debug)]
struct Word {
    count: u32,
    head: [char; 3],
    last: char,
    last_join: J,
}

impl Word {
    const EMPTY: Word = Word {
        count: 0,
        head: ['\0'; 3],
        last: '\0',
        last_join: J::U,
    };

    #[inline(always)]
    fn push(&mut self, c: char, j: J) {
        if (self.count as usize) < self.head.len() {
            self.head[self.count as usize] = c;
        }
        self.count += 1;
        self.last = c;
        self.last_join = j;
    }

    /// The word of the letters `b[start..end]` (two-byte letters of the block, that the
    /// letter rules leave as they are).
    fn of_letters(b: &[u8], start: usize, end: usize) -> Word {
        let mut w = Word::EMPTY;
        w.push_letters(b, start, end);
        w
    }

    /// Pushes the letters `b[start..end]` (two-byte letters of the block, that the letter
    /// rules leave as they are).
    fn push_letters(&mut self, b: &[u8], start: usize, end: usize) {
        for at in (start..end).step_by(2) {
            let code = block_code(b, at);
            self.push(block_char(b, at), super::tables::ARABIC[code].join);
        }
    }

    /// «می», «نمی» or «بی»: [`kind`](Self::kind) is not `Plain`.
    #[inline(always)]
    fn is_mi_bi(&self) -> bool {
        self.count <= 3 && !matches!(self.kind(), PrevWord::Plain { .. })
    }

    fn kind(&self) -> PrevWord {
        match (self.count, self.head) {
            (2, ['م', 'ی', _]) => PrevWord::Mi,
            (3, ['ن', 'م', 'ی']) => PrevWord::Mi,
            (2, ['ب', 'ی', _]) => PrevWord::Bi,
            _ => self.plain(),
        }
    }

    fn plain(&self) -> PrevWord {
        PrevWord::Plain {
            joins_next: self.last_join.joins_next(),
            // Three letters or more: «که ای» and «نه ای» are the vocative, not an ending.
            silent_heh: self.count >= 3 && self.last == 'ه',
            // One letter («و») takes no suffix.
            short: self.count < 2,
        }
    }

    /// «ماه», after which «می» is the month May.
    fn is_mah(&self) -> bool {
        self.count == 3 && self.head == ['م', 'ا', 'ه']
    }
}

/// A presentation form after decomposition and the character rules.
struct Decomp {
    buf: [u8; 160],
    len: usize,
    letters: u8,
    marks: u8,
    others: u8,
    /// Several words (﷽ ﷺ).
    spaced: bool,
}

impl Decomp {
    fn push(&mut self, s: &str) {
        if self.len + s.len() <= self.buf.len() {
            self.buf[self.len..self.len + s.len()].copy_from_slice(s.as_bytes());
            self.len += s.len();
        }
    }

    fn as_str(&self) -> &str {
        core::str::from_utf8(&self.buf[..self.len]).unwrap_or("")
    }
}

/// A short word gathered by look-ahead.
struct Scanned {
    buf: [u8; 64],
    len: usize,
    /// Input offset of each character's start, for splitting.
    starts: [u32; 24],
    chars: usize,
    /// The last character pushed.
    last: Option<char>,
    /// At most this many characters are gathered; a longer word is incomplete.
    limit: usize,
    complete: bool,
}

impl Scanned {
    fn new(limit: usize) -> Scanned {
        Scanned {
            buf: [0; 64],
            len: 0,
            starts: [0; 24],
            chars: 0,
            last: None,
            limit: limit.min(24),
            complete: true,
        }
    }

    fn as_str(&self) -> &str {
        core::str::from_utf8(&self.buf[..self.len]).unwrap_or("")
    }

    /// Removes the last character.
    fn pop(&mut self) {
        if let Some(c) = self.last.take() {
            self.len -= c.len_utf8();
            self.chars -= 1;
            self.last = self.as_str().chars().next_back();
        }
    }

    fn push(&mut self, c: char, start: usize) -> bool {
        let n = c.len_utf8();
        if self.len + n > self.buf.len() || self.chars == self.limit {
            self.complete = false;
            return false;
        }
        c.encode_utf8(&mut self.buf[self.len..]);
        self.len += n;
        self.starts[self.chars] = start as u32;
        self.chars += 1;
        self.last = Some(c);
        true
    }
}

/// What the engine's fast path passed over after the current word's last letter, from which
/// [`Engine::base`] at its end follows.
#[derive(Clone, Copy)]
struct FastTail {
    /// Where the fast path started, right after a letter.
    start: usize,
    /// The general path's `base` there.
    before: Option<(usize, char, char, usize)>,
    /// The last letter it folded: (offset, input letter, output letter).
    folded: Option<(usize, char, char)>,
    /// The last run of marks and tatweels inside a word (start, end).
    marks: (usize, usize),
    /// Whether a mark of that run stays.
    kept: bool,
}

impl FastTail {
    /// The `base` at `i`, right after a letter or a mark of the current word: its last letter
    /// (as folded, or before `start` the general path's), or `None` after a kept mark.
    #[inline(always)]
    fn base(&self, b: &[u8], i: usize) -> Option<(usize, char, char, usize)> {
        let end = if self.marks.1 == i {
            if self.kept {
                return None;
            }
            self.marks.0
        } else {
            i
        };
        if end == self.start {
            return self.before;
        }
        let at = end - 2;
        Some(match self.folded {
            Some((f_at, src, t)) if f_at == at => (at, src, t, t.len_utf8()),
            _ => {
                let c = block_char(b, at);
                (at, c, c, 2)
            }
        })
    }
}

/// A complete Persian word as the letter rules write it (see [`Engine::word_at`]).
enum WordText<'a> {
    /// Plain letters, written as they are: the input from `start`.
    Plain { text: &'a str, start: usize },
    /// Any other word, read character by character.
    Scanned(Scanned),
}

impl WordText<'_> {
    fn as_str(&self) -> &str {
        match self {
            WordText::Plain { text, .. } => text,
            WordText::Scanned(w) => w.as_str(),
        }
    }

    /// The input offset of the character at byte `at` of the written word, where a ZWNJ can
    /// split it: strictly inside it, and not inside what one input character wrote.
    fn input_at(&self, at: usize) -> Option<usize> {
        match self {
            WordText::Plain { text, start } => (at > 0 && at < text.len()).then_some(start + at),
            WordText::Scanned(w) => {
                let k = w.as_str().get(..at)?.chars().count();
                (k > 0 && k < w.chars && w.starts[k] != w.starts[k - 1])
                    .then_some(w.starts[k] as usize)
            }
        }
    }
}

/// The index in U+0600..=U+06FF of the two-byte character `b0 b1` (lead byte D8..=DB).
#[inline(always)]
pub(super) const fn block_index(b0: u8, b1: u8) -> usize {
    (((b0 & 0x03) as usize) << 6) | (b1 & 0x3F) as usize
}

/// The character of U+0600..=U+06FF (two bytes in UTF-8) at byte `i` of `b`, and its entry.
#[inline(always)]
pub(super) fn block_at(b: &[u8], i: usize) -> Option<(char, &'static Info)> {
    let (b0, b1) = pair_at(b, i)?;
    if b0 & 0xFC != 0xD8 {
        return None;
    }
    let idx = block_index(b0, b1);
    Some((
        char::from_u32(0x600 + idx as u32)?,
        &super::tables::ARABIC[idx],
    ))
}

/// What the affix rules see of the word `b[start..end]`, letters of the block that the letter
/// rules leave as they are (the quick check's words): the engine's own reading of a word, so
/// that the two cannot differ.
pub(super) fn plain_word(b: &[u8], start: usize, end: usize) -> PrevWord {
    Word::of_letters(b, start, end).plain()
}

/// [`LETTER`]: a letter of the block that the letter rules leave as it is in every
/// configuration (`K::Letter`).
pub(super) const PLAIN: u8 = 1;
/// [`LETTER`]: a word starting with this letter may be a joined «می»/«بی» form
/// ([`lexicon::may_split`]).
pub(super) const SPLIT: u8 = 2;
/// [`LETTER`]: a word starting with this letter may be a suffix written apart after any word
/// (ها, تر: [`lexicon::attach_limit`]).
pub(super) const ATTACH: u8 = 4;
/// [`LETTER`]: a word starting with this letter may be a suffix or an ending written apart
/// after a word that ends in a silent ه (those of [`ATTACH`], and ا of ام, ای, …).
pub(super) const ATTACH_HEH: u8 = 8;

/// For each character of U+0600..=U+06FF, the flags above: the one table the fast paths read
/// per letter, and at a word's first letter.
pub(super) static LETTER: [u8; 256] = {
    let mut t = [0u8; 256];
    let mut k = 0;
    while k < 256 {
        if matches!(super::tables::ARABIC[k].kind, K::Letter) {
            let mut f = PLAIN;
            if let Some(c) = char::from_u32(0x600 + k as u32) {
                if lexicon::may_split(c) {
                    f |= SPLIT;
                }
                if lexicon::attach_limit(c, false) > 0 {
                    f |= ATTACH;
                }
                if lexicon::attach_limit(c, true) > 0 {
                    f |= ATTACH_HEH;
                }
            }
            t[k] = f;
        }
        k += 1;
    }
    t
};

/// The index in U+0600..=U+06FF of the two bytes at `i` (callers know the block's character
/// is there).
#[inline(always)]
pub(super) fn block_code(b: &[u8], i: usize) -> usize {
    match pair_at(b, i) {
        Some((b0, b1)) => block_index(b0, b1),
        None => 0,
    }
}

/// The two bytes at `i`, if there are two. (One comparison: `b.get(i..)` and a slice pattern
/// compile to two, and an overflow check.)
#[inline(always)]
pub(super) fn pair_at(b: &[u8], i: usize) -> Option<(u8, u8)> {
    if i < b.len().saturating_sub(1) {
        Some((b[i], b[i + 1]))
    } else {
        None
    }
}

/// The character of the block at `i` (callers know there is one).
#[inline(always)]
pub(super) fn block_char(b: &[u8], i: usize) -> char {
    char::from_u32(0x600 + block_code(b, i) as u32).unwrap_or('\0')
}

/// The flags of [`LETTER`] for the character at `i`: 0 when it is not a two-byte character of
/// the block, or not a plain letter.
#[inline(always)]
pub(super) fn letter_flags(b: &[u8], i: usize) -> u8 {
    match pair_at(b, i) {
        Some((b0, b1)) if b0 & 0xFC == 0xD8 => LETTER[block_index(b0, b1)],
        _ => 0,
    }
}

/// [`PLAIN`] as a bit set for each lead byte `b0` over the low six bits of the continuation
/// byte `b1` that follows it: the test of the quick check's letter loop, with no separate check
/// of the lead byte. Only the words of the lead bytes D8..=DB are not zero.
static PLAIN_PAIRS: [u64; 256] = {
    let mut t = [0u64; 256];
    let mut k = 0;
    while k < 256 {
        if LETTER[k] & PLAIN != 0 {
            // U+0600 + k in UTF-8: lead byte D8 | k >> 6, continuation byte 80 | k & 3F.
            t[0xD8 | (k >> 6)] |= 1 << (k & 63);
        }
        k += 1;
    }
    t
};

/// Whether the bytes `b0 b1` are a plain letter (see [`PLAIN`]), where `b1` is a continuation
/// byte if `b0` is a lead byte of the block (as in any UTF-8 text): one look-up and a shift.
#[inline(always)]
pub(super) fn plain_pair(b0: u8, b1: u8) -> bool {
    (PLAIN_PAIRS[b0 as usize] >> (b1 & 63)) & 1 != 0
}

/// Whether an affix rule may apply to the word at `at`, whose first letter is plain: `false`
/// only when the word's first three characters are plain letters (or it is shorter, and ends at
/// ASCII or the text's end) and the table of word heads clears them (see [`head_pattern`]). The
/// exact test, for the words this lets through, is [`Engine::fast_affix`]'s.
#[inline(always)]
fn affix_may_start(b: &[u8], at: usize) -> bool {
    let ends_here = |j: usize| matches!(b.get(j), None | Some(0..=0x7F));
    let plain = |j: usize| letter_flags(b, j) != 0;
    if !plain(at + 2) {
        // One letter: no affix has fewer than two.
        return !ends_here(at + 2);
    }
    let k3 = if plain(at + 4) {
        block_code(b, at + 4)
    } else if ends_here(at + 4) {
        0
    } else {
        return true;
    };
    head_bit([block_code(b, at), block_code(b, at + 2), k3])
}

/// The quick check's table of word heads (see [`head_attention`]): three look-ups, by the
/// block codes of a run's first three letters (code 0, U+0600, which is no letter, past the
/// run's end).
struct Heads {
    /// For each first letter, its row of `second` (0: it starts no pattern).
    first: [u8; 256],
    /// For each row and second letter, its slot of `third` (0: the two start no pattern).
    second: [[u8; 256]; HEAD_ROWS],
    /// For each slot, the bit set of the third letters that complete a pattern.
    third: [[u64; 4]; HEAD_SLOTS],
}

const HEAD_ROWS: usize = 16;
const HEAD_SLOTS: usize = 16;

/// Whether a run of letters starting with the letters of block codes `k` (0 past its end)
/// needs the quick check's closer look: it may start a joined «می»/«بی» form
/// ([`lexicon::may_split3`], after a letter of [`SPLIT`]) or a suffix or ending written apart
/// ([`lexicon::may_attach3_plain`], after one of [`ATTACH_HEH`]), or it is «می», «بی» or starts
/// «نمی» (words after which the spaced affix rules are the engine's).
pub(super) const fn head_pattern(k: [usize; 3]) -> bool {
    if LETTER[k[0]] & PLAIN == 0 {
        return false;
    }
    let mut h = ['\0'; 3];
    let mut j = 0;
    while j < 3 {
        if k[j] != 0 {
            h[j] = match char::from_u32(0x600 + k[j] as u32) {
                Some(c) => c,
                None => '\0',
            };
        }
        j += 1;
    }
    let f = LETTER[k[0]];
    (f & SPLIT != 0 && lexicon::may_split3(h))
        || (f & ATTACH_HEH != 0 && lexicon::may_attach3_plain(h))
        || matches!(h, ['م' | 'ب', 'ی', '\0'] | ['ن', 'م', 'ی'])
}

/// Whether `k` is one of `codes[2..]`.
const fn in_alphabet(codes: &[usize], k: usize) -> bool {
    let mut i = 2;
    while i < codes.len() {
        if codes[i] == k {
            return true;
        }
        i += 1;
    }
    false
}

const HEADS_TABLE: Heads = {
    let mut t = Heads {
        first: [0; 256],
        second: [[0; 256]; HEAD_ROWS],
        third: [[0; 4]; HEAD_SLOTS],
    };
    // The codes tried at each place: 0 (past the run's end), the letters of the Persian
    // alphabet, and 1 (U+0601, no letter) for every other character: the patterns name only
    // letters of the alphabet. (Trying every code is too long for constant evaluation; a test
    // checks the table against `head_pattern` for every triple of codes.)
    const ALPHABET: [char; 33] = [
        'آ', 'ا', 'ب', 'پ', 'ت', 'ث', 'ج', 'چ', 'ح', 'خ', 'د', 'ذ', 'ر', 'ز', 'ژ', 'س', 'ش', 'ص',
        'ض', 'ط', 'ظ', 'ع', 'غ', 'ف', 'ق', 'ک', 'گ', 'ل', 'م', 'ن', 'و', 'ه', 'ی',
    ];
    let mut codes = [0usize; ALPHABET.len() + 2];
    let n = codes.len();
    codes[1] = 1;
    let mut k = 0;
    while k < ALPHABET.len() {
        codes[k + 2] = ALPHABET[k] as usize - 0x600;
        k += 1;
    }
    let (mut rows, mut slots) = (1, 1);
    let mut i1 = 2;
    while i1 < n {
        let k1 = codes[i1];
        i1 += 1;
        if LETTER[k1] & (SPLIT | ATTACH_HEH) == 0 {
            continue;
        }
        let mut i2 = 0;
        while i2 < n {
            let k2 = codes[i2];
            i2 += 1;
            if k2 == 1 {
                continue;
            }
            let mut bits = [0u64; 4];
            let mut any = false;
            let mut i3 = 0;
            while i3 < n {
                let k3 = codes[i3];
                i3 += 1;
                // Past the run's end (0) there is no third letter after a second one.
                if (k2 == 0 && k3 != 0) || !head_pattern([k1, k2, k3]) {
                    continue;
                }
                any = true;
                if k3 == 1 {
                    let mut o = 1;
                    while o < 256 {
                        if !in_alphabet(&codes, o) {
                            bits[o >> 6] |= 1 << (o & 63);
                        }
                        o += 1;
                    }
                } else {
                    bits[k3 >> 6] |= 1 << (k3 & 63);
                }
            }
            if any {
                if t.first[k1] == 0 {
                    assert!(rows < HEAD_ROWS, "more first letters than rows");
                    t.first[k1] = rows as u8;
                    rows += 1;
                }
                assert!(slots < HEAD_SLOTS, "more pairs of letters than slots");
                t.second[t.first[k1] as usize][k2] = slots as u8;
                t.third[slots] = bits;
                slots += 1;
            }
        }
    }
    t
};

static HEADS: Heads = with_folded_heads(HEADS_TABLE);

/// The block code of the letter that the letter rule folds the letter of code `k` to, for
/// the Arabic forms ي and ك (which the engine's vector runs pass over, folded where they
/// stand); `k` itself for any other.
#[inline(always)]
pub(super) const fn folded_code(k: usize) -> usize {
    match k {
        0x4A => 0xCC,
        0x43 => 0xA9,
        _ => k,
    }
}

/// The table `t` read with the codes of ي and ك as those of the letters they fold to (see
/// [`folded_code`]): the engine's vector runs pass over them. (The quick check's runs hold
/// plain letters alone, and never look these codes up.)
const fn with_folded_heads(mut t: Heads) -> Heads {
    let mut k = 0;
    while k < 256 {
        let f = folded_code(k);
        if f != k {
            t.first[k] = t.first[f];
            let mut row = 0;
            while row < HEAD_ROWS {
                t.second[row][k] = t.second[row][f];
                row += 1;
            }
            let mut slot = 0;
            while slot < HEAD_SLOTS {
                let bit = (t.third[slot][f >> 6] >> (f & 63)) & 1;
                t.third[slot][k >> 6] = t.third[slot][k >> 6] & !(1 << (k & 63)) | bit << (k & 63);
                slot += 1;
            }
        }
        k += 1;
    }
    t
}

/// The letters that are the second letter of some pattern of [`HEADS`] (by block code): a
/// word whose second letter is none of them needs no closer look, whatever its first. (For the
/// vector code: x86-64 only.)
#[cfg(target_arch = "x86_64")]
pub(super) const SECONDS: [bool; 256] = {
    let mut set = [false; 256];
    let mut k = 0;
    while k < 256 {
        let mut row = 1;
        while row < HEAD_ROWS {
            if HEADS_TABLE.second[row][k] != 0 {
                set[k] = true;
            }
            row += 1;
        }
        k += 1;
    }
    set
};

/// Whether the run of letters `b[start..end]` (two bytes each, `end > start`) may start an
/// affix, or is a word after which the affix rules are the engine's: see [`head_pattern`].
/// `false` for most words, with no branch on their letters.
#[inline(always)]
pub(super) fn head_attention(b: &[u8], start: usize, end: usize) -> bool {
    let n = end - start;
    // The six bytes from the run's start: one bounds check where the text has them (most
    // runs), zeros past the text's end otherwise.
    let w = match b.get(start..start.wrapping_add(6)) {
        Some(&[a0, a1, a2, a3, a4, a5]) => [a0, a1, a2, a3, a4, a5],
        _ => {
            let mut w = [0u8; 6];
            let rest = b.get(start..).unwrap_or(&[]);
            let k = rest.len().min(6);
            w[..k].copy_from_slice(&rest[..k]);
            w
        }
    };
    // (Read whatever the bytes are, and set to 0 past the run: no branch on its length.)
    let k1 = block_index(w[0], w[1]);
    let k2 = block_index(w[2], w[3]) * usize::from(n >= 4);
    let k3 = block_index(w[4], w[5]) * usize::from(n >= 6);
    head_bit([k1, k2, k3])
}

/// [`HEADS`]' answer for the block codes `k` (each below 256; 0 past the run's end).
#[inline(always)]
pub(super) fn head_bit(k: [usize; 3]) -> bool {
    let row = HEADS.first[k[0] & 0xFF] as usize & (HEAD_ROWS - 1);
    let slot = HEADS.second[row][k[1] & 0xFF] as usize & (HEAD_SLOTS - 1);
    (HEADS.third[slot][(k[2] >> 6) & 3] >> (k[2] & 63)) & 1 != 0
}

/// The end of the run of plain letters (see [`PLAIN`]) from `i`: the loop that most of a
/// Persian text goes through.
#[inline(always)]
pub(super) fn plain_end(b: &[u8], i: usize) -> usize {
    let mut i = i;
    // Eight letters at a time, with no branch per letter: most words end within the first
    // sixteen bytes, so the loop's one branch is taken the same way for most of them.
    while let Some(&[a0, a1, a2, a3, a4, a5, a6, a7, a8, a9, a10, a11, a12, a13, a14, a15]) =
        b.get(i..i + 16)
    {
        let m = plain_pair(a0, a1) as u32
            | (plain_pair(a2, a3) as u32) << 1
            | (plain_pair(a4, a5) as u32) << 2
            | (plain_pair(a6, a7) as u32) << 3
            | (plain_pair(a8, a9) as u32) << 4
            | (plain_pair(a10, a11) as u32) << 5
            | (plain_pair(a12, a13) as u32) << 6
            | (plain_pair(a14, a15) as u32) << 7;
        let n = m.trailing_ones() as usize;
        i += 2 * n;
        if n < 8 {
            return i;
        }
    }
    let rest = b.get(i..).unwrap_or(&[]);
    i + 2 * rest
        .chunks_exact(2)
        .take_while(|p| plain_pair(p[0], p[1]))
        .count()
}

/// Byte equality, without a call to `memcmp` for the short pieces the engine compares.
#[inline(always)]
fn same(a: &[u8], b: &[u8]) -> bool {
    if a.len() != b.len() {
        return false;
    }
    match a.len() {
        0 => true,
        1 => a[0] == b[0],
        2 => a[0] == b[0] && a[1] == b[1],
        3 => a[0] == b[0] && a[1] == b[1] && a[2] == b[2],
        _ => a == b,
    }
}

#[inline(always)]
pub(super) fn decode(b: &[u8], i: usize) -> (char, usize) {
    // `b` comes from a `&str` and `i` is a char boundary.
    let b0 = b[i];
    if b0 < 0x80 {
        return (b0 as char, 1);
    }
    if b0 < 0xE0 {
        let cp = ((b0 as u32 & 0x1F) << 6) | (b[i + 1] as u32 & 0x3F);
        return (char::from_u32(cp).unwrap_or('\u{FFFD}'), 2);
    }
    if b0 < 0xF0 {
        let cp =
            ((b0 as u32 & 0x0F) << 12) | ((b[i + 1] as u32 & 0x3F) << 6) | (b[i + 2] as u32 & 0x3F);
        return (char::from_u32(cp).unwrap_or('\u{FFFD}'), 3);
    }
    let cp = ((b0 as u32 & 0x07) << 18)
        | ((b[i + 1] as u32 & 0x3F) << 12)
        | ((b[i + 2] as u32 & 0x3F) << 6)
        | (b[i + 3] as u32 & 0x3F);
    (char::from_u32(cp).unwrap_or('\u{FFFD}'), 4)
}

const fn digit_value(c: char) -> Option<u32> {
    match c {
        '0'..='9' => Some(c as u32 - '0' as u32),
        '\u{0660}'..='\u{0669}' => Some(c as u32 - 0x0660),
        '\u{06F0}'..='\u{06F9}' => Some(c as u32 - 0x06F0),
        _ => None,
    }
}

/// The length of the decimal digit (ASCII, Arabic-Indic or Persian) at `i`, if there is one.
#[inline(always)]
fn digit_len(b: &[u8], i: usize) -> Option<usize> {
    match (b.get(i)?, b.get(i + 1)) {
        (b'0'..=b'9', _) => Some(1),
        (0xD9, Some(0xA0..=0xA9)) | (0xDB, Some(0xB0..=0xB9)) => Some(2),
        _ => None,
    }
}

/// The fast path's tokens that stand for a number of Persian digits, one of ASCII digits and
/// a Latin token where it stands for a closing mark (see [`Engine::fast_token`]): no closing
/// marks.
const PERSIAN_NUMBER: char = '#';
const LATIN_NUMBER: char = '$';
const LATIN: char = '&';

/// The tokens other than words that the fast path passes over under a configuration, where no
/// rule rewrites them (see [`Engine::fast_token`]).
#[derive(Clone, Copy)]
struct FastTokens {
    /// Numbers of Persian digits: not where the digits rule makes them Latin, or the
    /// punctuation rule drops their separators.
    persian_numbers: bool,
    /// Numbers of ASCII digits: where the digits rule leaves them, and the punctuation rule
    /// their separators.
    latin_numbers: bool,
    /// Latin tokens of ASCII: not where Latin letters are lower-cased.
    latin: bool,
}

impl FastTokens {
    fn of(cfg: &Normalizer) -> FastTokens {
        let separators = cfg.punctuation != Punctuation::ToSpace;
        FastTokens {
            persian_numbers: separators && cfg.digits != Digits::Latin,
            latin_numbers: separators
                && matches!(cfg.digits, Digits::ArabicIndicToPersian | Digits::Keep),
            latin: !cfg.lowercase_latin,
        }
    }
}

/// The end of the number of ASCII digits at `i` (an ASCII digit) that no rule rewrites where
/// the digits rule leaves ASCII digits: digits, each of `. , : / -` between two digits, and a
/// `%` after them. (The quick check's reading, and the fast path's.)
pub(super) fn latin_number_end(b: &[u8], i: usize) -> usize {
    let digit = |i: usize| b.get(i).is_some_and(u8::is_ascii_digit);
    let mut i = i;
    loop {
        while digit(i) {
            i += 1;
        }
        if matches!(b.get(i), Some(b'.' | b',' | b':' | b'/' | b'-')) && digit(i + 1) {
            i += 1;
            continue;
        }
        break;
    }
    if b.get(i) == Some(&b'%') {
        i += 1;
    }
    i
}

/// Whether the two bytes `b0 b1` are a Persian digit (۰–۹).
#[inline(always)]
pub(super) fn persian_digit_pair(b0: u8, b1: u8) -> bool {
    b0 == 0xDB && matches!(b1, 0xB0..=0xB9)
}

/// Whether a Persian digit is at `i`.
#[inline(always)]
pub(super) fn persian_digit(b: &[u8], i: usize) -> bool {
    pair_at(b, i).is_some_and(|(b0, b1)| persian_digit_pair(b0, b1))
}

/// The end of the number of Persian digits at `i` (a Persian digit) that no rule rewrites
/// unless the digits rule makes digits Latin: digits, each of `: / - ٫ ٬` between two digits,
/// and a `٪` after them. (The quick check's reading, and the fast path's.)
pub(super) fn persian_number_end(b: &[u8], i: usize) -> usize {
    let digit = |i: usize| persian_digit(b, i);
    let mut i = i;
    loop {
        while digit(i) {
            i += 2;
        }
        let sep = match (b.get(i), b.get(i + 1)) {
            (Some(b':' | b'/' | b'-'), _) => 1,
            (Some(0xD9), Some(0xAB | 0xAC)) => 2,
            _ => 0,
        };
        if sep > 0 && digit(i + sep) {
            i += sep;
            continue;
        }
        break;
    }
    if (b.get(i), b.get(i + 1)) == (Some(&0xD9), Some(&0xAA)) {
        i += 2;
    }
    i
}

const fn is_nbsp_like(c: char) -> bool {
    matches!(
        c,
        '\u{00A0}' | '\u{2000}'..='\u{200A}' | '\u{202F}' | '\u{205F}' | '\u{3000}'
    )
}

const fn is_invisible(c: char) -> bool {
    matches!(
        c,
        '\u{FEFF}'
            | '\u{200B}'
            | '\u{200E}'
            | '\u{200F}'
            | '\u{061C}'
            | '\u{2060}'
            | '\u{202A}'..='\u{202E}'
            | '\u{2066}'..='\u{2069}'
    )
}

const fn is_zwnj_like(c: char) -> bool {
    matches!(c, '\u{200D}' | '\u{00AD}' | '\u{00AC}')
}

const fn is_close(c: char) -> bool {
    matches!(
        c,
        '.' | ',' | ';' | ':' | '!' | '?' | ')' | ']' | '}' | '،' | '؛' | '؟' | '۔' | '»' | '…'
    )
}

/// A closing mark that the fast path passes over: . : ) ! ، ؛ ؟ », and its length.
pub(super) fn fast_mark(b: &[u8], i: usize) -> Option<(char, usize)> {
    match (b.get(i)?, b.get(i + 1)) {
        (b'.', _) => Some(('.', 1)),
        (b':', _) => Some((':', 1)),
        (b')', _) => Some((')', 1)),
        (b'!', _) => Some(('!', 1)),
        (0xD8, Some(0x8C)) => Some(('،', 2)),
        (0xD8, Some(0x9B)) => Some(('؛', 2)),
        (0xD8, Some(0x9F)) => Some(('؟', 2)),
        (0xC2, Some(0xBB)) => Some(('»', 2)),
        _ => None,
    }
}

/// The ASCII letters and digits, by byte.
static ALNUM: [bool; 256] = {
    let mut t = [false; 256];
    let mut c = 0;
    while c < 256 {
        t[c] = (c as u8).is_ascii_alphanumeric();
        c += 1;
    }
    t
};

/// The number of ASCII letters and digits in a row at `b[i..]`.
#[inline(always)]
fn alnum_run(b: &[u8], i: usize) -> usize {
    let rest = b.get(i..).unwrap_or(&[]);
    rest.iter()
        .position(|&c| !ALNUM[c as usize])
        .unwrap_or(rest.len())
}

/// Characters that join the parts of a Latin token (`a.b`, `x=5`, `a1@b.ir`).
const fn is_connector(c: char) -> bool {
    matches!(
        c,
        '.' | '-' | '_' | '+' | '@' | '/' | ':' | '%' | '#' | '&' | '=' | '~' | '?' | '\''
    )
}

const fn is_open(c: char) -> bool {
    matches!(c, '(' | '[' | '{' | '«')
}

/// The letter rules for a character of the Arabic block: `None` if it is not a letter.
#[inline(always)]
pub(super) fn letter_fold(cfg: &Normalizer, c: char, info: &Info) -> Option<(Folded, J)> {
    let to = |arg: u16| {
        let mut t = char::from_u32(arg as u32).unwrap_or(c);
        // ۓ → ئ → ی: a second step when the first lands on a hamza carrier.
        if let Some(ti) = chars::arabic(t) {
            if ti.kind == K::Hamza && cfg.hamza_carriers {
                t = char::from_u32(ti.arg as u32).unwrap_or(t);
            }
        }
        (Folded::To(t), chars::joining(t))
    };
    match info.kind {
        K::Letter => Some((Folded::Same, info.join)),
        K::Variant if cfg.arabic_letters => Some(to(info.arg)),
        K::HehHamza if cfg.arabic_letters => Some((Folded::HehHamza, J::D)),
        K::Wasla if cfg.alef_wasla || cfg.hamza_carriers => Some(to(info.arg)),
        K::Hamza if cfg.hamza_carriers => Some(to(info.arg)),
        K::Variant | K::HehHamza | K::Wasla | K::Hamza => Some((Folded::Same, info.join)),
        K::Tatweel if !cfg.tatweel => Some((Folded::Same, J::C)),
        _ => None,
    }
}

/// Whether the diacritics rule keeps the mark described by `info`.
pub(super) fn keeps_mark(cfg: &Normalizer, info: &Info) -> bool {
    match cfg.diacritics {
        Diacritics::Keep => true,
        Diacritics::Standard => info.kind == K::MarkKept,
        Diacritics::RemoveAll => false,
    }
}

/// The extent of Latin tokens and URLs, over the text `b` as `visible` reads it: the next
/// character that stays from an offset on (`(character, its offset, its length)`), looking
/// through those that vanish. The engine's reading, and the quick check's (which reads ASCII
/// only, and gives up where anything else is in reach).
pub(super) struct LatinScan<'b, F> {
    pub(super) b: &'b [u8],
    pub(super) visible: F,
}

impl<F: Fn(usize) -> Option<(char, usize, usize)>> LatinScan<'_, F> {
    /// The end of the Latin token starting at `start`. Characters that vanish are looked
    /// through, so that the token is the same before and after they are removed.
    ///
    /// A URL is recognised only in a token that starts a word (`url_ok`): what a deleted
    /// character or a rewritten number glued to the token cannot change.
    pub(super) fn latin_end(&self, start: usize, url_ok: bool) -> usize {
        // The commonest token: ASCII letters and digits up to the text's end or an ASCII
        // character that is no connector (a space, a closing mark). Nothing vanishes in it,
        // its head holds no `.` (no `www.`) and no `:` follows (no scheme): the loop below
        // would end at the same place, through `visible` one character at a time.
        let first_run = alnum_run(self.b, start);
        if first_run > 0 {
            match self.b.get(start + first_run) {
                None => return start + first_run,
                Some(&c) if c < 0x80 && !is_connector(c as char) => return start + first_run,
                Some(_) => {}
            }
        }
        // The first visible characters, lower-cased, to recognise `www.` (not when the token
        // starts with another ASCII character).
        let mut head = [0u8; 4];
        let mut k =
            if url_ok && matches!(self.b.get(start), Some(&c) if c >= 0x80 || c | 0x20 == b'w') {
                0
            } else {
                head.len()
            };
        let mut i = start;
        while k < head.len() {
            match (self.visible)(i) {
                Some((c, at, n)) if c.is_ascii() => {
                    head[k] = (c as u8).to_ascii_lowercase();
                    k += 1;
                    i = at + n;
                }
                _ => break,
            }
        }
        if url_ok && &head == b"www." {
            return self.url_end(start, start);
        }
        // The last five characters read (lower-cased, 0 for a digit outside ASCII), the newest
        // in the low byte: for `http:` and `https:`.
        let mut tail = 0u64;
        let push = |tail: u64, c: u8| (tail << 8 | c as u64) & 0xFF_FFFF_FFFF;
        const HTTP: u64 = u32::from_be_bytes(*b"http") as u64;
        const HTTPS: u64 = HTTP << 8 | b's' as u64;
        let mut end = start;
        let mut i = start;
        let alnum = |c: char| c.is_ascii_alphanumeric() || digit_value(c).is_some();
        // (The first run is counted already.)
        let mut counted = Some(first_run);
        loop {
            // ASCII letters and digits in bulk.
            let run = counted.take().unwrap_or_else(|| alnum_run(self.b, i));
            if run > 0 {
                for &c in &self.b[i + run.saturating_sub(5)..i + run] {
                    tail = push(tail, c.to_ascii_lowercase());
                }
                i += run;
                end = i;
            }
            let Some((c, at, n)) = (self.visible)(i) else {
                break;
            };
            if alnum(c) {
                let low = if c.is_ascii() {
                    (c as u8).to_ascii_lowercase()
                } else {
                    0
                };
                tail = push(tail, low);
                end = at + n;
                i = end;
                continue;
            }
            if url_ok && c == ':' && (tail & 0xFFFF_FFFF == HTTP || tail == HTTPS) {
                let slash1 = (self.visible)(at + n);
                let slash2 = slash1.and_then(|(_, a, m)| (self.visible)(a + m));
                if matches!((slash1, slash2), (Some(('/', ..)), Some(('/', ..)))) {
                    return self.url_end(at, end);
                }
            }
            if is_connector(c) && self.connects(at + n) {
                tail = push(tail, c as u8);
                i = at + n;
                continue;
            }
            break;
        }
        end
    }

    /// Whether a Latin word follows at `i` (`.env`, `./run.sh`, `#tag`): an ASCII letter, or a
    /// connector and an ASCII letter.
    pub(super) fn leads_latin(&self, i: usize) -> bool {
        match (self.visible)(i) {
            Some((c, ..)) if c.is_ascii_alphabetic() => true,
            Some((c, at, n)) if is_connector(c) => {
                (self.visible)(at + n).is_some_and(|(d, ..)| d.is_ascii_alphabetic())
            }
            _ => false,
        }
    }

    /// Whether a connector ending at `i` joins on: an ASCII letter or any digit follows it,
    /// directly or after one more connector (`./run.sh`).
    fn connects(&self, i: usize) -> bool {
        let alnum = |c: char| c.is_ascii_alphanumeric() || digit_value(c).is_some();
        match (self.visible)(i) {
            Some((d, ..)) if alnum(d) => true,
            Some((d, at, n)) if is_connector(d) => {
                (self.visible)(at + n).is_some_and(|(e, ..)| alnum(e))
            }
            _ => false,
        }
    }

    /// The end of a URL scanned from `from` on, whose part before `from` ends at `end`: up to
    /// whitespace, a ZWNJ, a quote or a guillemet, without the punctuation that ends the
    /// sentence.
    fn url_end(&self, from: usize, mut end: usize) -> usize {
        let mut i = from;
        // ASCII letters and digits in bulk (what the loop below keeps, one at a time).
        loop {
            let run = alnum_run(self.b, i);
            if run > 0 {
                i += run;
                end = i;
            }
            let Some((c, at, n)) = (self.visible)(i) else {
                break;
            };
            if c.is_whitespace()
                || c.is_control()
                || is_nbsp_like(c)
                || matches!(c, '\u{200C}' | '"' | '<' | '>' | '«' | '»')
            {
                break;
            }
            i = at + n;
            if !matches!(
                c,
                '.' | ',' | ';' | ':' | '!' | '?' | ')' | ']' | '}' | '\'' | '،' | '؛' | '؟' | '…'
            ) {
                end = i;
            }
        }
        end
    }
}

// ---------------------------------------------------------------------------------------------
// Engine

struct Engine<'a, 'o, 'c> {
    cfg: &'c Normalizer,
    src: &'a str,
    b: &'a [u8],
    pos: usize,
    w: Writer<'a, 'o>,

    /// Start of the pending gap, or `usize::MAX`.
    gap: usize,
    gap_ws: bool,
    gap_zwnj: bool,
    gap_nl: u8,
    nl: [(usize, usize); 2],
    /// The gap holds only ' ' and ASCII line breaks (nothing to rewrite under `Spacing::Keep`).
    gap_plain: bool,

    prev: Prev,
    ctx: Ctx,
    word: Word,
    /// The last gap was written as a ZWNJ.
    joined_zwnj: bool,
    /// The current word follows the word «ماه».
    before_mah: bool,
    /// Where the current word gets a ZWNJ inserted, or `usize::MAX`.
    split: usize,
    /// The last letter, while it can still compose with a following mark:
    /// (input start, input character, output character, output length).
    base: Option<(usize, char, char, usize)>,
    /// Input offset of an ASCII quote to write as », or `usize::MAX`.
    quote_close: usize,
    /// ASCII quotes seen on the current line.
    quotes: u32,
    /// Whether the quick check is tried at each line (see [`Engine::skip_normal`]).
    quick: bool,
    /// Where the last quick check stopped: it is not tried again before.
    quick_stop: usize,
    /// Quick checks in a row that proved nothing.
    quick_misses: u32,
    /// Whether the fast paths are taken (always, except in the tests that compare them with
    /// the general path).
    fast: bool,
    /// The last [`head3`](Self::head3) answer, by input offset.
    head_memo: core::cell::Cell<(usize, [char; 3])>,
    /// The processor's AVX2, for the fast path's runs of plain words (see
    /// [`simd::plain_run`](super::simd::plain_run)).
    #[cfg(target_arch = "x86_64")]
    avx2: Option<pulp::x86::V3>,
}

/// Runs the normaliser; returns whether the output differs from the input (when it does not,
/// nothing was written to `out`, unless offsets were asked for).
pub(crate) fn run(
    cfg: &Normalizer,
    src: &str,
    out: &mut String,
    segs: Option<&mut Vec<Seg>>,
) -> bool {
    run_paths(cfg, src, out, segs, true)
}

/// The engine with its general path only: no quick check, no fast path (the tests' reference).
#[cfg(test)]
pub(crate) fn run_general(cfg: &Normalizer, src: &str) -> String {
    let mut out = String::new();
    if !run_paths(cfg, src, &mut out, None, false) {
        out.push_str(src);
    }
    out
}

fn run_paths(
    cfg: &Normalizer,
    src: &str,
    out: &mut String,
    segs: Option<&mut Vec<Seg>>,
    fast: bool,
) -> bool {
    let with_offsets = segs.is_some();
    let mut e = Engine {
        cfg,
        src,
        b: src.as_bytes(),
        pos: 0,
        w: Writer {
            src,
            out,
            dirty: with_offsets,
            pending: 0,
            segs,
        },
        gap: usize::MAX,
        gap_ws: false,
        gap_zwnj: false,
        gap_nl: 0,
        nl: [(0, 0); 2],
        gap_plain: true,
        prev: Prev::Start,
        ctx: Ctx::None,
        word: Word::EMPTY,
        joined_zwnj: false,
        before_mah: false,
        split: usize::MAX,
        base: None,
        quote_close: usize::MAX,
        quotes: 0,
        head_memo: core::cell::Cell::new((usize::MAX, ['\0'; 3])),
        quick: fast && !with_offsets && quick::applies(cfg),
        fast,
        quick_stop: 0,
        quick_misses: 0,
        #[cfg(target_arch = "x86_64")]
        avx2: super::simd::avx2(),
    };
    if with_offsets {
        e.w.out.reserve(src.len() + src.len() / 4 + 8);
    }
    e.main();
    e.w.finish()
}

impl<'a, 'o, 'c> Engine<'a, 'o, 'c> {
    /// The engine's loop over the text. (Inlined into its one caller: out of line, its call
    /// costs a short text, which the quick check proves normal in a few dozen instructions, a
    /// measurable share.)
    #[inline(always)]
    fn main(&mut self) {
        // The quick check, at the start and at each line that starts with a Persian letter
        // (never with offsets, whose map the engine writes from the start).
        let quick = self.quick;
        if quick {
            self.skip_normal();
        }
        while self.pos < self.b.len() {
            #[cfg(debug_assertions)]
            let before = self.pos;
            let b0 = self.b[self.pos];
            if b0 < 0x80 {
                self.ascii(b0);
            } else if quick
                && b0 & 0xFC == 0xD8
                && self.pos >= self.quick_stop
                && (self.gap != usize::MAX || self.prev == Prev::Start)
                && self.skip_normal()
            {
                continue;
            } else {
                let (c, n) = decode(self.b, self.pos);
                if let Some(info) = chars::arabic(c) {
                    self.arabic(c, n, info);
                } else {
                    self.other_char(c, n);
                }
            }
            #[cfg(debug_assertions)]
            debug_assert!(self.pos > before, "stuck at {before} in {:?}", self.src);
        }
        self.resolve(Next::End);
    }

    /// Passes over the lines from `self.pos` (the start of the text, or the first letter of a
    /// line) that the quick check proves normal, and leaves the engine in the state a run over
    /// them would: at the start of the next line, its line breaks written. Returns whether it
    /// moved.
    fn skip_normal(&mut self) -> bool {
        if self.pos < self.quick_stop {
            return false;
        }
        let entry = if self.gap == usize::MAX {
            if self.prev != Prev::Start {
                return false;
            }
            quick::Entry::Line
        } else if self.gap_nl > 0 {
            quick::Entry::Line
        } else {
            // One space inside a line, after a token that leaves nothing to decide but the
            // affix rules of a word.
            if !(self.gap_ws && self.gap_plain && !self.gap_zwnj && self.pos == self.gap + 1) {
                return false;
            }
            match self.prev {
                Prev::Word => match self.word.kind() {
                    PrevWord::Mi if self.before_mah => {
                        quick::Entry::AfterSpace(Some(self.word.plain()))
                    }
                    kind @ PrevWord::Plain { .. } => quick::Entry::AfterSpace(Some(kind)),
                    _ => return false,
                },
                Prev::Number | Prev::Latin | Prev::Close(..) | Prev::Other | Prev::Emoticon => {
                    quick::Entry::AfterSpace(None)
                }
                _ => return false,
            }
        };
        let proof = quick::normal_prefix(self.cfg, &self.src[self.pos..], entry);
        self.quick_stop = self.pos + proof.stop;
        let proved = match &proof.resume {
            Some(r) => r.end,
            None => proof.restart,
        };
        if proved < 128 {
            // Text that is not normal for long (most of a dirty text) is not checked at every
            // chance: after each short proof in a row, twice as far ahead.
            self.quick_misses = (self.quick_misses + 1).min(8);
            self.quick_stop += 64 << self.quick_misses;
            if proved == 0 {
                return false;
            }
        } else {
            self.quick_misses = 0;
        }
        if self.gap != usize::MAX {
            // The line breaks before the first line: written as they are before any letter.
            let next = block_at(self.b, self.pos)
                .and_then(|(c, info)| {
                    let (f, j) = letter_fold(self.cfg, c, info)?;
                    Some(Next::Letter(f.letter(c), j))
                })
                .unwrap_or(Next::Other);
            self.resolve(next);
        }
        self.joined_zwnj = false;
        self.split = usize::MAX;
        match proof.resume {
            Some(r) => {
                // At the end of a Persian word inside a line: the state its last letter left.
                let (start, end) = (self.pos + r.start, self.pos + r.end);
                self.prev = Prev::Word;
                self.ctx = Ctx::Persian;
                self.word = Word::of_letters(self.b, start, end);
                // (Whether it follows «ماه» matters only to the affix rules after «می», which
                // the check does not hand over after when they are on.)
                self.before_mah = false;
                let c = block_char(self.b, end - 2);
                self.base = Some((end - 2, c, c, 2));
                if r.new_line {
                    self.quotes = 0;
                }
                self.pos = end;
            }
            None => {
                self.prev = Prev::LineStart;
                self.ctx = Ctx::None;
                self.word = Word::EMPTY;
                self.before_mah = false;
                self.base = None;
                self.quotes = 0;
                self.pos += proof.restart;
            }
        }
        true
    }

    // -- gaps ---------------------------------------------------------------------------------

    #[inline]
    fn open_gap(&mut self) {
        if self.gap == usize::MAX {
            self.gap = self.pos;
            self.gap_ws = false;
            self.gap_zwnj = false;
            self.gap_nl = 0;
            self.gap_plain = true;
        }
    }

    #[inline]
    fn gap_space(&mut self, n: usize, plain: bool) {
        self.open_gap();
        self.gap_ws = true;
        self.gap_plain &= plain;
        self.pos += n;
    }

    fn gap_newline(&mut self, n: usize) {
        self.open_gap();
        if self.cfg.spacing != Spacing::SingleLine {
            self.quotes = 0;
        }
        if self.cfg.spacing == Spacing::SingleLine {
            self.gap_ws = true;
        } else if (self.gap_nl as usize) < 2 {
            self.nl[self.gap_nl as usize] = (self.pos, self.pos + n);
            self.gap_nl += 1;
        } else {
            self.gap_nl = 3;
        }
        self.pos += n;
    }

    fn gap_zwnj(&mut self, n: usize) {
        self.open_gap();
        self.gap_zwnj = true;
        self.gap_ws |= self.cfg.zwnj == Zwnj::ToSpace;
        self.gap_plain = false;
        self.pos += n;
    }

    /// Something that turns into a space under `Punctuation::ToSpace` or `Zwnj::ToSpace`.
    fn gap_other(&mut self, n: usize) {
        self.open_gap();
        self.gap_ws = true;
        self.gap_plain = false;
        self.pos += n;
    }

    /// A character that produces nothing.
    fn delete(&mut self, n: usize) {
        if self.gap == usize::MAX {
            self.w.replace(self.pos, self.pos + n, "");
        } else {
            self.gap_plain = false;
        }
        self.pos += n;
    }

    /// Writes the pending gap (and the space owed after a closing mark) before the token `next`.
    /// Returns whether anything was written (`false`: the token touches the previous one).
    #[inline]
    fn resolve(&mut self, next: Next) -> bool {
        let cfg = self.cfg;
        let persian_spacing = cfg.spacing == Spacing::Persian;
        if self.gap == usize::MAX {
            if persian_spacing && self.owes_space(next) {
                self.w.replace(self.pos, self.pos, " ");
                return true;
            }
            return false;
        }
        let (gs, ge) = (self.gap, self.pos);
        self.gap = usize::MAX;
        let had_nl = self.gap_nl > 0;
        let wrote = if cfg.spacing == Spacing::Keep {
            self.resolve_keep(gs, ge, next)
        } else {
            match self.decide(next) {
                Some(s) => {
                    self.joined_zwnj = s == ZWNJ;
                    self.w.replace(gs, ge, s);
                    !s.is_empty()
                }
                None => {
                    self.joined_zwnj = false;
                    self.write_newlines(gs, ge);
                    true
                }
            }
        };
        if had_nl {
            self.prev = Prev::LineStart;
            self.ctx = Ctx::None;
        }
        wrote
    }

    /// Writes a gap as its first one or two line breaks.
    fn write_newlines(&mut self, gs: usize, ge: usize) {
        let (a0, b0) = self.nl[0];
        if self.gap_nl == 1 || self.nl[1].0 == b0 {
            // One line break, or two adjacent ones: a slice of the input.
            let end = if self.gap_nl == 1 { b0 } else { self.nl[1].1 };
            self.w.replace(gs, a0, "");
            self.w.replace(end, ge, "");
            return;
        }
        let (a1, b1) = self.nl[1];
        self.w.replace(gs, a0, "");
        self.w.replace(b0, a1, "");
        self.w.replace(b1, ge, "");
    }

    /// The ZWNJ rule for a gap of ZWNJs before `next`: kept between a letter that joins to the
    /// next and one that joins to the previous (always under `Zwnj::Keep`, never under
    /// `Zwnj::ToSpace`).
    fn keeps_zwnj(&self, next: Next) -> bool {
        match self.cfg.zwnj {
            Zwnj::Keep => true,
            Zwnj::ToSpace => false,
            Zwnj::Clean => {
                self.prev == Prev::Word
                    && self.word.last_join.joins_next()
                    && matches!(next, Next::Letter(_, j) if j.joins_prev())
            }
        }
    }

    /// What joins an affix: a ZWNJ, or a space when ZWNJs become spaces.
    fn join_mark(&self) -> &'static str {
        if self.cfg.zwnj == Zwnj::ToSpace {
            " "
        } else {
            ZWNJ
        }
    }

    /// Whether a space must follow the previous closing mark before `next`.
    #[inline]
    fn owes_space(&self, next: Next) -> bool {
        matches!(self.prev, Prev::Close(true, _))
            && matches!(
                next,
                Next::Letter(..) | Next::Number(_) | Next::Latin | Next::Open
            )
    }

    /// The text of a gap under the collapsing spacing rules: a static string, or `None` for
    /// the gap's first one or two line breaks.
    #[inline]
    fn decide(&mut self, next: Next) -> Option<&'static str> {
        let cfg = self.cfg;
        if self.gap_nl > 0 {
            // Line breaks win over spaces and ZWNJ; at most one blank line.
            return None;
        }
        Some(
            if next == Next::End || matches!(self.prev, Prev::Start | Prev::LineStart) {
                // Trim.
                ""
            } else if self.gap_ws {
                self.spaced(next)
            } else if self.gap_zwnj && cfg.zwnj == Zwnj::ToSpace {
                " "
            } else if self.gap_zwnj && self.keeps_zwnj(next) {
                ZWNJ
            } else if cfg.spacing == Spacing::Persian && self.owes_space(next) {
                " "
            } else {
                ""
            },
        )
    }

    /// The text of a gap with spaces in it, on one line between two tokens.
    #[inline]
    fn spaced(&mut self, next: Next) -> &'static str {
        let cfg = self.cfg;
        if cfg.spacing != Spacing::Persian || self.prev == Prev::Emoticon {
            return " ";
        }
        if let Next::Close(true) = next {
            return "";
        }
        if self.prev == Prev::Open
            && (self.ctx == Ctx::Persian || matches!(next, Next::Letter(..) | Next::Number(true)))
        {
            return "";
        }
        if cfg.affixes && self.prev == Prev::Word {
            if let Next::Letter(first, _) = next {
                let kind = match self.word.kind() {
                    PrevWord::Mi if self.before_mah => self.word.plain(),
                    kind => kind,
                };
                // How long the next word may be for a rule to apply.
                let limit = match kind {
                    PrevWord::Mi | PrevWord::Bi => 24,
                    PrevWord::Plain { silent_heh, .. } => lexicon::attach_limit(first, silent_heh),
                };
                if limit > 0 && lexicon::may_attach3(kind, self.fast_head3(self.pos)) {
                    if let Some(next_word) = self.word_at(self.pos, limit) {
                        match lexicon::spaced_join(kind, next_word.as_str()) {
                            Some(true) => return self.join_mark(),
                            Some(false) => return "",
                            None => {}
                        }
                    }
                }
            }
        }
        " "
    }

    /// Rewrites a gap character by character (`Spacing::Keep`): line breaks, spaces and tabs
    /// stay; NBSP becomes a space; ZWNJ follows the ZWNJ rule.
    fn resolve_keep(&mut self, gs: usize, ge: usize, next: Next) -> bool {
        if self.gap_plain {
            return true;
        }
        let mut wrote = false;
        let keep_zwnj = !self.gap_ws && self.gap_nl == 0 && self.keeps_zwnj(next);
        let mut zwnj_written = false;
        let mut i = gs;
        while i < ge {
            let (c, n) = decode(self.b, i);
            let out: &str = match c {
                ' ' | '\t' | '\n' | '\r' => &self.src[i..i + n],
                '\u{200C}' if self.cfg.zwnj == Zwnj::Keep => ZWNJ,
                '\u{200C}' | '\u{200D}' | '\u{00AD}' | '\u{00AC}'
                    if self.cfg.zwnj == Zwnj::ToSpace =>
                {
                    " "
                }
                '\u{200C}' | '\u{200D}' | '\u{00AD}' | '\u{00AC}' if keep_zwnj && !zwnj_written => {
                    zwnj_written = true;
                    ZWNJ
                }
                '\u{200C}' | '\u{200D}' | '\u{00AD}' | '\u{00AC}' => "",
                c if is_nbsp_like(c) => " ",
                _ if self.cfg.punctuation == Punctuation::ToSpace && chars::is_punct(c) => " ",
                _ => "",
            };
            zwnj_written |= out == ZWNJ;
            wrote |= !out.is_empty();
            self.w.replace(i, i + n, out);
            i += n;
        }
        self.joined_zwnj = zwnj_written;
        wrote
    }

    // -- look-ahead ---------------------------------------------------------------------------

    /// Whether `c` produces no output under the configuration (skipped by look-ahead).
    fn vanishes(&self, c: char) -> bool {
        if let Some(info) = chars::arabic(c) {
            return match info.kind {
                K::Tatweel => self.cfg.tatweel,
                K::Mark => self.cfg.diacritics != Diacritics::Keep,
                K::MarkKept => self.cfg.diacritics == Diacritics::RemoveAll,
                K::Invisible => self.cfg.invisibles,
                _ => false,
            };
        }
        if self.cfg.presentation_forms && chars::is_presentation_form(c) {
            return self.decompose(c).len == 0;
        }
        self.cfg.invisibles && (is_invisible(c) || c == '\u{00AD}')
    }

    /// The Persian word starting at `from`, folded as the letter rules write it.
    fn scan_word(&self, from: usize, limit: usize) -> Scanned {
        let mut s = Scanned::new(limit);
        let mut i = from;
        // The last letter, while a mark can still compose with it: (input letter, its start).
        let mut base: Option<(char, usize)> = None;
        // A dropped ZWNJ came after the last letter.
        let mut after_gap = false;
        while i < self.b.len() {
            let (c, n) = decode(self.b, i);
            if let Some(info) = chars::arabic(c) {
                match self.letter_fold(c, info) {
                    Some((f, _)) => {
                        if !s.push(f.letter(c), i) {
                            return s;
                        }
                        base = Some((c, i));
                        after_gap = false;
                    }
                    // ا + ◌ٓ → آ, as the writer composes it.
                    None if matches!(c, '\u{0653}'..='\u{0655}')
                        && base.is_some()
                        && (!after_gap || self.keeps_mark(info)) =>
                    {
                        let (bc, at) = base.unwrap_or(('\0', 0));
                        let out = s.last.unwrap_or('\0');
                        let composed = unicode_normalization::char::compose(out, c)
                            .or_else(|| unicode_normalization::char::compose(bc, c));
                        match composed
                            .and_then(|k| Some((k, self.letter_fold(k, chars::arabic(k)?)?)))
                        {
                            Some((k, (f, _))) => {
                                s.pop();
                                s.push(f.letter(k), at);
                                base = Some((k, at));
                            }
                            None if self.keeps_mark(info) => base = None,
                            None => {}
                        }
                    }
                    None if self.vanishes(c) => {}
                    None if matches!(info.kind, K::Mark | K::MarkKept) => base = None,
                    None => break,
                }
            } else if self.cfg.invisibles
                && is_zwnj_like(c)
                && !(s.chars > 0
                    && self
                        .peek_past_joiners(i + n)
                        .is_some_and(|d| self.is_arabic_letter(d)))
            {
                // Not between two letters: a soft hyphen goes, ¬ and ZWJ end the word (as in
                // `other_char`).
                if c != '\u{00AD}' {
                    break;
                }
            } else if c == '\u{200C}' || (self.cfg.invisibles && is_zwnj_like(c)) {
                // A ZWNJ that the ZWNJ rule drops does not end the word.
                if self.zwnj_stays(s.last, i + n) {
                    break;
                }
                // The writer composes across a dropped ZWNJ only a mark that it keeps.
                after_gap = true;
            } else if chars::is_ext_letter(c) {
                if !s.push(c, i) {
                    return s;
                }
                base = Some((c, i));
                after_gap = false;
            } else if self.cfg.presentation_forms && chars::is_presentation_form(c) {
                let d = self.decompose(c);
                if d.letters == 0 && d.others == 0 {
                    // Marks only, or nothing: transparent; a kept mark ends what a following
                    // mark could compose with, as in the writer.
                    if d.marks > 0 {
                        base = None;
                    }
                } else if d.others > 0 {
                    break;
                } else {
                    for ch in d.as_str().chars() {
                        if ch == ' ' {
                            // ﷺ and the like: the word ends inside the ligature.
                            return s;
                        }
                        let is_letter = chars::arabic(ch)
                            .is_some_and(|i| !matches!(i.kind, K::Mark | K::MarkKept));
                        if is_letter && !s.push(ch, i) {
                            return s;
                        }
                    }
                    // The writer composes a following mark with the ligature's last letter.
                    base = s.last.map(|l| (l, i));
                    after_gap = false;
                }
            } else if is_zwnj_like(c) || !self.vanishes(c) {
                break;
            }
            i += n;
        }
        s
    }

    /// The Persian word starting at `from`, folded as the letter rules write it, if it is
    /// complete within `limit` characters (at most 24). A word of plain letters up to ASCII or
    /// the text's end is the input itself; any other is read by [`scan_word`](Self::scan_word)
    /// (every word, on the general path alone: the tests' reference).
    #[inline]
    fn word_at(&self, from: usize, limit: usize) -> Option<WordText<'a>> {
        if self.fast {
            let end = plain_end(self.b, from);
            let ends = matches!(self.b.get(end), None | Some(0..=0x7F));
            if end > from && ends {
                if end - from > 2 * limit.min(24) {
                    return None;
                }
                let text = self.src.get(from..end)?;
                return Some(WordText::Plain { text, start: from });
            }
        }
        let w = self.scan_word(from, limit);
        w.complete.then_some(WordText::Scanned(w))
    }

    /// The joining type of a letter after the letter rules (of its first letter, for a
    /// presentation form).
    fn folded_join(&self, c: char) -> J {
        if let Some(info) = chars::arabic(c) {
            return self.letter_fold(c, info).map_or(info.join, |(_, j)| j);
        }
        if self.cfg.presentation_forms && chars::is_presentation_form(c) {
            let d = self.decompose(c);
            return d.as_str().chars().next().map_or(J::U, chars::joining);
        }
        chars::joining(c)
    }

    /// Whether a ZWNJ after the letter `last` (none at a word's start), with the input going on
    /// at `after`, stays and so ends the word: what the gap writer will decide, seen from a
    /// look-ahead.
    fn zwnj_stays(&self, last: Option<char>, after: usize) -> bool {
        self.cfg.zwnj != Zwnj::Clean
            || last.is_none_or(|l| chars::joining(l).joins_next())
                && self
                    .peek_past_joiners(after)
                    .is_some_and(|d| self.is_arabic_letter(d) && self.folded_join(d).joins_prev())
    }

    /// The next character that produces output and is not a ZWNJ or a joiner-like character.
    fn peek_past_joiners(&self, from: usize) -> Option<char> {
        let mut i = from;
        while i < self.b.len() {
            let (c, n) = decode(self.b, i);
            if !(self.vanishes(c) || c == '\u{200C}' || is_zwnj_like(c)) {
                return Some(c);
            }
            i += n;
        }
        None
    }

    fn is_arabic_letter(&self, c: char) -> bool {
        match chars::arabic(c) {
            Some(info) => self.letter_fold(c, info).is_some(),
            None if self.cfg.presentation_forms && chars::is_presentation_form(c) => {
                let d = self.decompose(c);
                d.letters > 0
                    && d.as_str().chars().next().is_some_and(|f| {
                        f != ' '
                            && chars::arabic(f)
                                .is_some_and(|i| !matches!(i.kind, K::Mark | K::MarkKept))
                    })
            }
            None => chars::is_ext_letter(c),
        }
    }

    /// Whether the first word after `from` (past spaces and numbers) is Persian.
    fn persian_follows(&self, from: usize) -> bool {
        let mut i = from;
        while i < self.b.len() {
            let (c, n) = decode(self.b, i);
            let line_break = matches!(c, '\n' | '\r') && self.cfg.spacing == Spacing::SingleLine;
            if c == ' '
                || c == '\t'
                || line_break
                || is_nbsp_like(c)
                || self.vanishes(c)
                || c == '\u{200C}'
                || is_zwnj_like(c)
                || digit_value(c).is_some()
                || matches!(c, '.' | ',' | ':' | '/' | '-' | '٫' | '٬' | '%' | '٪')
            {
                i += n;
                continue;
            }
            return self.is_arabic_letter(c);
        }
        false
    }

    /// Whether a punctuation mark at `at` (of `n` bytes) stands in Persian context.
    fn punct_context(&self, at: usize, n: usize) -> bool {
        match self.ctx {
            Ctx::Persian => true,
            Ctx::Latin => false,
            Ctx::None => self.persian_follows(at + n),
        }
    }

    // -- letters ------------------------------------------------------------------------------

    /// The letter rules for a character of the Arabic block: `None` if it is not a letter.
    #[inline(always)]
    fn letter_fold(&self, c: char, info: &Info) -> Option<(Folded, J)> {
        letter_fold(self.cfg, c, info)
    }

    /// The text written for input letter `c` folded as `f`: the letter, or ه and its hamza
    /// above unless the diacritics rule removes every mark.
    fn folded_text<'b>(&self, c: char, f: Folded, buf: &'b mut [u8; 4]) -> &'b str {
        match f {
            Folded::HehHamza if self.cfg.diacritics == Diacritics::RemoveAll => "ه",
            Folded::HehHamza => "ه\u{0654}",
            _ => f.letter(c).encode_utf8(buf),
        }
    }

    fn keeps_mark(&self, info: &Info) -> bool {
        keeps_mark(self.cfg, info)
    }

    /// Starts a Persian word at `self.pos` whose first letter is `first`.
    #[inline]
    fn begin_word(&mut self, first: char, join: J) {
        if self.gap == usize::MAX && self.prev == Prev::Word {
            return;
        }
        let was_word = self.prev == Prev::Word;
        let after_mah = was_word && self.word.is_mah();
        self.joined_zwnj = false;
        let wrote = self.resolve(Next::Letter(first, join));
        if was_word && !wrote && self.prev == Prev::Word {
            // The gap came out empty: the same word goes on.
            return;
        }
        let after_zwnj = self.joined_zwnj;
        self.before_mah = after_mah;
        self.word = Word::EMPTY;
        self.split = usize::MAX;
        if self.cfg.affixes && !after_zwnj && lexicon::may_split(first) && self.may_split_here() {
            if let Some(w) = self.word_at(self.pos, 24) {
                if let Some(at) = lexicon::joined_split(w.as_str()).and_then(|at| w.input_at(at)) {
                    self.split = at;
                }
            }
        }
        self.prev = Prev::Word;
        self.ctx = Ctx::Persian;
    }

    #[inline]
    fn letter(&mut self, c: char, n: usize, folded: Folded, join: J) {
        let out_char = folded.letter(c);
        self.begin_word(out_char, join);
        if self.pos == self.split {
            self.w.replace(self.pos, self.pos, self.join_mark());
            self.split = usize::MAX;
        }
        let start = self.pos;
        let out_len = if folded == Folded::Same {
            n
        } else {
            let mut b = [0u8; 4];
            let text = self.folded_text(c, folded, &mut b);
            self.w.replace(start, start + n, text);
            text.len()
        };
        self.word.push(out_char, join);
        self.base = Some((start, c, out_char, out_len));
        self.pos += n;
        // Fast path: the rest of a run of letters that need nothing (not taken in the tests
        // that use the general path, letter by letter, as the reference).
        if self.fast {
            if self.split == usize::MAX {
                self.fast_words();
            } else {
                self.plain_letters();
            }
        }
    }

    /// Skips letters of the Arabic block that the rules leave as they are.
    #[inline(always)]
    fn plain_letters(&mut self) {
        let mut last = None;
        while self.pos != self.split {
            let Some((c, join)) = self.plain_letter_at(self.pos) else {
                break;
            };
            self.word.push(c, join);
            last = Some((self.pos, c));
            self.pos += 2;
        }
        if let Some((at, c)) = last {
            self.base = Some((at, c, c, 2));
        }
    }

    /// The plain letter of the Arabic block at `i` (two bytes, no rule applies to it).
    #[inline(always)]
    fn plain_letter_at(&self, i: usize) -> Option<(char, J)> {
        block_at(self.b, i)
            .filter(|(_, info)| info.kind == K::Letter)
            .map(|(c, info)| (c, info.join))
    }

    /// An Arabic letter form of the Arabic block at `i` that the `arabic_letters` rule folds to
    /// a Persian letter of the block: (input letter, Persian letter, its joining type).
    #[inline(always)]
    fn variant_at(&self, i: usize) -> Option<(char, char, J)> {
        if !self.cfg.arabic_letters {
            return None;
        }
        let (c, info) = block_at(self.b, i).filter(|(_, info)| info.kind == K::Variant)?;
        let t = char::from_u32(info.arg as u32)?;
        let ti = chars::arabic(t).filter(|ti| ti.kind == K::Letter)?;
        Some((c, t, ti.join))
    }

    /// [`head3`](Self::head3) for a word of plain letters, without the general machinery.
    #[inline(always)]
    fn fast_head3(&self, at: usize) -> [char; 3] {
        let mut head = ['\0'; 3];
        let mut i = at;
        for (k, slot) in head.iter_mut().enumerate() {
            if let Some((c, _)) = self.plain_letter_at(i) {
                *slot = c;
                i += 2;
            } else if let Some((_, t, _)) = self.variant_at(i) {
                // ي and ك, as the letter rule folds them (what `read_head3` reads).
                *slot = t;
                i += 2;
            } else if i >= self.b.len() || self.b[i] < 0x80 {
                break;
            } else if k > 0 && self.plain_zwnj_stays(i) {
                // A ZWNJ that stays ends the word (what `read_head3` finds the long way).
                break;
            } else {
                return self.head3(at);
            }
        }
        head
    }

    /// Whether there is a ZWNJ at `i` between two plain letters that it stays between (see
    /// [`zwnj_stays`](Self::zwnj_stays)); `false` when it is not that simple.
    #[inline(always)]
    fn plain_zwnj_stays(&self, i: usize) -> bool {
        let b = self.b;
        b[i..].starts_with(ZWNJ.as_bytes())
            && letter_flags(b, i - 2) != 0
            && letter_flags(b, i + 3) != 0
            && (self.cfg.zwnj != Zwnj::Clean
                || (super::tables::ARABIC[block_code(b, i - 2)]
                    .join
                    .joins_next()
                    && super::tables::ARABIC[block_code(b, i + 3)]
                        .join
                        .joins_prev()))
    }

    /// The fast path of text that is already normal: runs of plain letters, and the single
    /// spaces, kept ZWNJs, closing marks and line breaks between them where no rule applies,
    /// are passed over with no writing and no look-up beyond the letters themselves. It stops at
    /// the first thing that needs the general machinery, with the state exactly as the general
    /// path would leave it.
    #[inline(always)]
    fn fast_words(&mut self) {
        let cfg = self.cfg;
        // One space between two words stays one space under every spacing rule; one or two
        // line breaks stay under two (`SingleLine` makes them a space and `Keep` keeps a
        // line's trailing spaces: the general path's job).
        let lines = matches!(cfg.spacing, Spacing::Persian | Spacing::Collapse);
        // The affix rules: joined «می»/«بی» split at a word's start (any spacing), and the
        // spaced joins between two words (Persian spacing only).
        let split_rules = cfg.affixes;
        let rules = cfg.spacing == Spacing::Persian && cfg.affixes;
        let zwnj = cfg.zwnj == Zwnj::Clean;
        // The flags of a word's first letter that call for a closer look.
        let watch = match (split_rules, rules) {
            (false, _) => 0,
            (true, false) => SPLIT,
            (true, true) => SPLIT | ATTACH | ATTACH_HEH,
        };
        let b = self.b;
        let start = self.pos;
        let mut i = start;
        // The current word, letter by letter. (Keeping it up to date at each letter measured
        // faster than bringing it up to date per word: fewer instructions, but more branches
        // that depend on the word's length, and so more mispredicted.)
        let mut w = self.word;
        // The last fold, and the last marks and tatweels: what the letter before `i` is.
        let mut tail = FastTail {
            start,
            before: self.base,
            folded: None,
            marks: (usize::MAX, usize::MAX),
            kept: false,
        };
        // The closing mark just passed over, if the last token is one, or the token of
        // `fast_token` after a number or a Latin token (after which, as after a mark, no suffix
        // attaches).
        let mut closed: Option<char> = None;
        let tokens = FastTokens::of(cfg);
        // Whether the current word follows «ماه».
        let mut mah = self.before_mah;
        // Runs of whole words of plain letters with one space between them: read with vector
        // code, with the state the loop below would leave at the last space's end. The words
        // may hold the Arabic forms ي and ك, folded where they stand.
        // Where affix rules look at words, the runs end before the first word after a space
        // that one may apply to (its first letters read folded, as the rules read them), and
        // do not start in a word that may be «می», «بی» or «نمی» (after which the rules
        // between two words decide).
        #[cfg(target_arch = "x86_64")]
        let runs = self.avx2;
        #[cfg(target_arch = "x86_64")]
        let heads = watch != 0 || rules;
        // Closing marks glued to a word and followed by one space are passed over as the loop
        // below passes them (not under `Punctuation::ToSpace`, which makes them spaces).
        #[cfg(target_arch = "x86_64")]
        let marks = lines && cfg.punctuation != Punctuation::ToSpace;
        loop {
            #[cfg(target_arch = "x86_64")]
            if let (Some(avx2), None) = (runs, closed) {
                let run = if !heads {
                    let run = if marks {
                        super::simd::plain_run::<true>(avx2, b, i, cfg.arabic_letters)
                    } else {
                        super::simd::plain_run::<false>(avx2, b, i, cfg.arabic_letters)
                    };
                    if let Some(run) = run {
                        self.fold_run(i, run.folds);
                    }
                    run
                } else {
                    let first = if w.count > 0 {
                        w.head[0]
                    } else {
                        block_char(b, i)
                    };
                    if rules && w.count <= 3 && matches!(first, 'م' | 'ب' | 'ن') {
                        None
                    } else {
                        let run = if marks {
                            super::simd::plain_run_heads::<true>(avx2, b, i, cfg.arabic_letters)
                        } else {
                            super::simd::plain_run_heads::<false>(avx2, b, i, cfg.arabic_letters)
                        };
                        if let Some(run) = run {
                            self.fold_run(i, run.folds);
                        }
                        run
                    }
                };
                // (Each branch folds its run's letters: one `fold_run` after both measured
                // 1% more instructions in every profile.)
                if let Some(super::simd::Run {
                    last,
                    before,
                    closed: after_mark,
                    ..
                }) = run
                {
                    // The word before the last space: whole from the one before, or the
                    // current word's letters so far and those up to the space. (Only whether
                    // it is «ماه» matters: its letters as the input has them, ي and ك not
                    // folded, tell that as well.)
                    mah = match before {
                        _ if after_mark => false,
                        Some(g) => b.get(i + g + 1..i + last) == Some("ماه".as_bytes()),
                        None => {
                            let mut word = w;
                            word.push_letters(b, i, i + last);
                            word.is_mah()
                        }
                    };
                    w = Word::EMPTY;
                    i += last + 1;
                }
            }
            if closed.is_none() {
                // The tight loop: two-byte letters of the block that need nothing.
                while let Some((c, info)) = block_at(b, i) {
                    if info.kind != K::Letter {
                        break;
                    }
                    w.push(c, info.join);
                    i += 2;
                }
            }
            let Some(&byte) = b.get(i) else { break };
            match byte {
                b' ' => {
                    // A run of spaces is one space under the collapsing rules.
                    let mut k = 1;
                    if lines {
                        while b.get(i + k) == Some(&b' ') {
                            k += 1;
                        }
                    }
                    let mut f = letter_flags(b, i + k);
                    if f == 0 {
                        // An Arabic letter form the letter rule folds (the loop folds it next),
                        // unless an affix rule may look at the word it starts.
                        let Some((_, t, _)) = self.variant_at(i + k) else {
                            // A number or a Latin token that no rule rewrites (after a token
                            // that needs nothing before it either): passed over as the general
                            // path passes it.
                            if !(rules && closed.is_none() && w.is_mi_bi()) {
                                if let Some((end, token)) = self.fast_token(i + k, tokens) {
                                    if k > 1 {
                                        self.w.replace(i + 1, i + k, "");
                                    }
                                    w = Word::EMPTY;
                                    mah = false;
                                    closed = Some(token);
                                    i = end;
                                    continue;
                                }
                            }
                            break;
                        };
                        f = LETTER[(t as usize).wrapping_sub(0x600) & 0xFF];
                        if f & watch != 0 {
                            break;
                        }
                    }
                    // After «می»/«بی», and before a word that may be an affix, the affix rules
                    // between two words decide.
                    if rules && closed.is_none() && w.is_mi_bi() {
                        break;
                    }
                    // An ending that attaches after a silent ه needs one before.
                    let heh = closed.is_none() && w.last == 'ه';
                    let watch = if heh { watch } else { watch & !ATTACH_HEH };
                    if f & watch != 0
                        && affix_may_start(b, i + k)
                        && self.fast_affix(&w, closed.is_some(), i + k, f)
                    {
                        break;
                    }
                    if k > 1 {
                        self.w.replace(i + 1, i + k, "");
                    }
                    mah = closed.is_none() && w.is_mah();
                    w = Word::EMPTY;
                    closed = None;
                    i += k;
                }
                b'\n' if lines && (!self.quick || i < self.quick_stop) => {
                    // One line break, or two, then a word (on a new line, quotes pair anew).
                    // With the quick check on, the next line is its to try, unless it is not
                    // to be tried there (after a miss, see `skip_normal`).
                    self.quotes = 0;
                    let nl = if b.get(i + 1) == Some(&b'\n') { 2 } else { 1 };
                    let f = letter_flags(b, i + nl);
                    if f == 0 {
                        break;
                    }
                    if split_rules && f & SPLIT != 0 && lexicon::may_split3(self.fast_head3(i + nl))
                    {
                        break;
                    }
                    mah = closed.is_none() && w.is_mah();
                    w = Word::EMPTY;
                    closed = None;
                    i += nl;
                }
                0xE2 if zwnj && closed.is_none() && b[i..].starts_with(ZWNJ.as_bytes()) => {
                    // A kept ZWNJ: the word after it gets no affix rule.
                    if letter_flags(b, i + 3) == 0 {
                        break;
                    }
                    let j = super::tables::ARABIC[block_code(b, i + 3)].join;
                    if !(w.last_join.joins_next() && j.joins_prev()) {
                        break;
                    }
                    mah = w.is_mah();
                    w = Word::EMPTY;
                    i += 3;
                }
                _ => {
                    // A closing mark that needs nothing, right after a word or another mark.
                    let mark = if cfg.punctuation == Punctuation::ToSpace {
                        None
                    } else {
                        match fast_mark(b, i) {
                            Some(('.', _)) if self.dots_after(i + 1).0 > 0 => None,
                            mark => mark,
                        }
                    };
                    let Some((m, n)) = mark else {
                        if closed.is_none() {
                            if let Some((src, t, j)) = self.fold_at(i) {
                                w.push(t, j);
                                tail.folded = Some((i, src, t));
                                i += 2;
                                continue;
                            }
                            if self.fast_word_mark(i, &mut tail) {
                                i += 2;
                                continue;
                            }
                        }
                        break;
                    };
                    // The next character must need nothing either: a space, a line break or
                    // another mark (a letter right after a mark is the general path's job).
                    let after_ok = match b.get(i + n) {
                        None | Some(b' ' | b'\n') => true,
                        Some(_) => fast_mark(b, i + n).is_some(),
                    };
                    if !lines
                        || i == start
                        || !after_ok
                        || (cfg.punctuation == Punctuation::Persian
                            && matches!(m, '؟' | '!')
                            && closed == Some(m))
                    {
                        break;
                    }
                    closed = Some(m);
                    i += n;
                }
            }
        }
        if i == start {
            return;
        }
        self.word = w;
        self.before_mah = mah;
        self.pos = i;
        match closed {
            Some(token @ (PERSIAN_NUMBER | LATIN_NUMBER | LATIN)) => {
                // As `number` and `latin_token` leave it.
                self.base = None;
                (self.prev, self.ctx) = match token {
                    PERSIAN_NUMBER => (Prev::Number, Ctx::Persian),
                    LATIN_NUMBER => (Prev::Number, Ctx::Latin),
                    _ => (Prev::Latin, Ctx::Latin),
                };
            }
            Some(m) => {
                self.base = None;
                self.prev = Prev::Close(true, m);
            }
            None => self.base = tail.base(b, i),
        }
    }

    /// A number or a Latin token at `at` (after a space) that no rule rewrites, of the kinds
    /// `tokens`, followed by a space, a line break or the text's end (nothing that goes on with
    /// it): its end, and the token that stands for it.
    #[inline(always)]
    fn fast_token(&self, at: usize, tokens: FastTokens) -> Option<(usize, char)> {
        let b = self.b;
        let (end, token) = match *b.get(at)? {
            // (`persian_digit`, its first byte matched: through the call, 1% more
            // instructions on the dirty corpus.)
            0xDB if tokens.persian_numbers && matches!(b.get(at + 1), Some(0xB0..=0xB9)) => {
                (persian_number_end(b, at), PERSIAN_NUMBER)
            }
            b'0'..=b'9' if tokens.latin_numbers => (latin_number_end(b, at), LATIN_NUMBER),
            c if tokens.latin && c.is_ascii_alphabetic() => {
                let end = self.latin_end(at, true);
                if !b[at..end].is_ascii() {
                    return None;
                }
                (end, LATIN)
            }
            _ => return None,
        };
        matches!(b.get(end), None | Some(b' ' | b'\n')).then_some((end, token))
    }

    /// Folds the Arabic letter forms of a vector run from `at` where they stand: `folds` holds
    /// their first bytes, bit `k` for the byte at `at + k`.
    #[cfg(target_arch = "x86_64")]
    #[inline(always)]
    fn fold_run(&mut self, at: usize, folds: u64) {
        let mut f = folds;
        while f != 0 {
            let i = at + f.trailing_zeros() as usize;
            f &= f - 1;
            self.fold_at(i);
        }
    }

    /// Folds the Arabic letter form at `i` that the letter rule folds to a Persian letter of
    /// the block (see [`variant_at`](Self::variant_at)), and tells what it was.
    #[inline(always)]
    fn fold_at(&mut self, i: usize) -> Option<(char, char, J)> {
        let (src, t, j) = self.variant_at(i)?;
        let mut buf = [0u8; 4];
        self.w.replace(i, i + 2, t.encode_utf8(&mut buf));
        Some((src, t, j))
    }

    /// A mark or a tatweel at `i`, inside the word the fast path is in: kept or deleted where
    /// it stands (and noted in `tail`), unless it is neither or a mark composes with the letter
    /// before it (the general path's job): whether it passed it.
    #[inline(always)]
    fn fast_word_mark(&mut self, i: usize, tail: &mut FastTail) -> bool {
        let Some((c, info)) = block_at(self.b, i) else {
            return false;
        };
        let kept = match info.kind {
            K::Mark | K::MarkKept => self.keeps_mark(info),
            K::Tatweel if self.cfg.tatweel => false,
            _ => return false,
        };
        if matches!(c, '\u{0653}'..='\u{0655}') {
            if let Some((_, bc, bout, _)) = tail.base(self.b, i) {
                let compose = unicode_normalization::char::compose;
                if compose(bout, c).or_else(|| compose(bc, c)).is_some() {
                    return false;
                }
            }
        }
        if tail.marks.1 != i {
            tail.marks.0 = i;
            tail.kept = false;
        }
        tail.marks.1 = i + 2;
        tail.kept |= kept;
        if !kept {
            self.w.replace(i, i + 2, "");
        }
        true
    }

    /// The affix rules between word `w` (or the closing mark after it, when `closed`) and the
    /// word at `at`, whose first letter has the flags `f` of [`LETTER`]: whether the fast path
    /// must stop, as a join or a split may apply there.
    #[inline(never)]
    fn fast_affix(&self, w: &Word, closed: bool, at: usize, f: u8) -> bool {
        let rules = self.cfg.spacing == Spacing::Persian;
        let kind = w.kind();
        let silent_heh = match kind {
            PrevWord::Plain { silent_heh, .. } => silent_heh && rules && !closed,
            _ => false,
        };
        let attach = rules
            && !closed
            && f & (if silent_heh {
                ATTACH | ATTACH_HEH
            } else {
                ATTACH
            }) != 0;
        let split = f & SPLIT != 0;
        if !(attach || split) {
            return false;
        }
        let head = self.fast_head3(at);
        (attach && lexicon::may_attach3(kind, head)) || (split && lexicon::may_split3(head))
    }

    fn mark(&mut self, c: char, n: usize, info: &Info) {
        let keep = self.keeps_mark(info);
        if self.gap != usize::MAX {
            if !keep {
                // Removed inside a gap: the gap's rewrite covers it.
                self.delete(n);
                return;
            }
            self.attach_marks();
        }
        // Canonical composition with the letter just written (ا + ◌ٓ → آ, …).
        if matches!(c, '\u{0653}'..='\u{0655}') {
            if let Some((bstart, bc, bout, blen)) = self.base {
                let composed = unicode_normalization::char::compose(bout, c)
                    .or_else(|| unicode_normalization::char::compose(bc, c));
                if let Some(k) = composed {
                    let (f, j) = chars::arabic(k)
                        .and_then(|ki| self.letter_fold(k, ki))
                        .unwrap_or((Folded::Same, J::D));
                    let mut b = [0u8; 4];
                    let s = self.folded_text(k, f, &mut b);
                    let s_len = s.len();
                    let out_char = f.letter(k);
                    self.w.recompose(bstart, blen, self.pos + n, s);
                    self.word.last = out_char;
                    self.word.last_join = j;
                    if (self.word.count as usize) <= self.word.head.len() && self.word.count > 0 {
                        self.word.head[self.word.count as usize - 1] = out_char;
                    }
                    self.base = Some((bstart, k, out_char, s_len));
                    self.pos += n;
                    return;
                }
            }
        }
        if !keep {
            self.delete(n);
            return;
        }
        self.base = None;
        if self.prev != Prev::Word {
            self.attach_marks();
        }
        self.pos += n;
    }

    /// Resolves the gap before kept marks: they continue the word they touch; anywhere else
    /// they are a token of their own.
    fn attach_marks(&mut self) {
        let was_word = self.prev == Prev::Word;
        let wrote = self.resolve(Next::Mark);
        if wrote || !was_word || self.prev != Prev::Word {
            self.prev = Prev::Other;
            self.base = None;
        }
    }

    #[inline]
    fn arabic(&mut self, c: char, n: usize, info: &'static Info) {
        if let Some((f, j)) = self.letter_fold(c, info) {
            self.letter(c, n, f, j);
            return;
        }
        match info.kind {
            K::Mark | K::MarkKept => self.mark(c, n, info),
            // A tatweel right after a number is a dash (۱ـ، ماده ۱۲ـ، ۱۲ـ۱۵).
            K::Tatweel if self.prev == Prev::Number && self.gap == usize::MAX => self.other(n),
            K::Tatweel => self.delete(n),
            K::Invisible if self.cfg.invisibles => self.delete(n),
            K::DigitArabic | K::DigitPersian => self.number(),
            K::Close | K::Punct | K::NumSep | K::Percent
                if self.cfg.punctuation == Punctuation::ToSpace =>
            {
                self.gap_other(n)
            }
            K::Close => self.close(c, n),
            _ => self.other(n),
        }
    }

    // -- everything else ----------------------------------------------------------------------

    #[inline]
    fn ascii(&mut self, b0: u8) {
        match b0 {
            b' ' => self.gap_space(1, true),
            b'\t' => self.gap_space(1, self.cfg.spacing == Spacing::Keep),
            b'\n' => self.gap_newline(1),
            b'\r' => {
                let n = if self.b.get(self.pos + 1) == Some(&b'\n') {
                    2
                } else {
                    1
                };
                self.gap_newline(n);
            }
            b'a'..=b'z' | b'A'..=b'Z' => self.latin(),
            b'0'..=b'9' => self.number(),
            b'"' if self.pos == self.quote_close => {
                self.quote_close = usize::MAX;
                self.quotes += 1;
                self.resolve(Next::Close(true));
                self.w.replace(self.pos, self.pos + 1, "»");
                self.prev = Prev::Close(true, '»');
                self.pos += 1;
            }
            b'"' if self.cfg.punctuation == Punctuation::Persian => self.quote(),
            b'.' | b'/' | b'#'
                if self.at_word_start() && self.latin_scan().leads_latin(self.pos + 1) =>
            {
                self.latin()
            }
            b':' | b';' | b'=' => match self.emoticon_len() {
                // :) :D ;) =) :)) :-) — a symbol, not punctuation; the space after it stays.
                Some(n) => {
                    self.resolve(Next::Other);
                    self.prev = Prev::Emoticon;
                    self.base = None;
                    self.pos += n;
                }
                None => self.ascii_punct(b0),
            },
            _ => self.ascii_punct(b0),
        }
    }

    /// ASCII punctuation and symbols.
    fn ascii_punct(&mut self, b0: u8) {
        match b0 {
            _ if self.cfg.punctuation == Punctuation::ToSpace && chars::is_punct(b0 as char) => {
                self.gap_other(1)
            }
            _ if is_close(b0 as char) => self.close(b0 as char, 1),
            _ if is_open(b0 as char) => self.open(1),
            _ => self.other(1),
        }
    }

    fn other_char(&mut self, c: char, n: usize) {
        let cfg = self.cfg;
        match c {
            '\u{200C}' => self.gap_zwnj(n),
            _ if cfg.invisibles && is_zwnj_like(c) => {
                let between = (self.prev == Prev::Word
                    && (self.gap == usize::MAX || (!self.gap_ws && self.gap_nl == 0)))
                    && self
                        .peek_past_joiners(self.pos + n)
                        .is_some_and(|d| self.is_arabic_letter(d));
                if between {
                    self.gap_zwnj(n);
                } else if c == '\u{00AD}' {
                    self.delete(n);
                } else {
                    self.other(n);
                }
            }
            _ if cfg.invisibles && is_invisible(c) => self.delete(n),
            _ if cfg.invisibles && is_nbsp_like(c) => self.gap_space(n, false),
            _ if cfg.presentation_forms && chars::is_presentation_form(c) => {
                self.presentation(c, n)
            }
            _ if chars::is_ext_letter(c) => {
                let j = chars::joining(c);
                self.letter(c, n, Folded::Same, j);
            }
            _ if cfg.punctuation == Punctuation::ToSpace && chars::is_punct(c) => self.gap_other(n),
            _ if is_close(c) => self.close(c, n),
            _ if is_open(c) => self.open(n),
            _ if cfg.lowercase_latin && c.is_uppercase() => self.lower_other(c, n),
            _ => self.other(n),
        }
    }

    /// A capital letter outside ASCII (Ü, É, Ж) under `lowercase_latin`: its lower case.
    fn lower_other(&mut self, c: char, n: usize) {
        self.resolve(Next::Other);
        self.prev = Prev::Other;
        self.base = None;
        // At most three characters of four bytes.
        let mut buf = [0u8; 12];
        let mut len = 0;
        for l in c.to_lowercase() {
            len += l.encode_utf8(&mut buf[len..]).len();
        }
        self.w.replace(
            self.pos,
            self.pos + n,
            core::str::from_utf8(&buf[..len]).unwrap_or(""),
        );
        self.pos += n;
    }

    fn other(&mut self, n: usize) {
        self.resolve(Next::Other);
        self.prev = Prev::Other;
        self.base = None;
        self.pos += n;
    }

    fn open(&mut self, n: usize) {
        self.resolve(Next::Open);
        self.prev = Prev::Open;
        self.base = None;
        self.pos += n;
    }

    fn close(&mut self, c: char, n: usize) {
        if c == '.' && self.is_abbreviation_dot(n) {
            // ه.ش، ق.م: the dot inside an abbreviation takes no space after it.
            self.other(n);
            return;
        }
        let persian = self.punct_context(self.pos, n);
        let glued = !self.resolve(Next::Close(persian));
        self.base = None;
        let start = self.pos;
        let mut end = start + n;
        let mut written = c;
        if persian && self.cfg.punctuation == Punctuation::Persian {
            written = match c {
                ',' => '،',
                ';' => '؛',
                '?' => '؟',
                _ => c,
            };
            if c == '.' {
                // Three dots or more, also with spaces between them: an ellipsis.
                let (more, last) = self.dots_after(end);
                if more >= 2 {
                    end = last;
                    written = '…';
                }
            }
            // A run of ؟ or of ! becomes one.
            if matches!(written, '؟' | '!') && self.prev == Prev::Close(true, written) && glued {
                self.w.replace(start, end, "");
                self.pos = end;
                return;
            }
        }
        let mut b = [0u8; 4];
        self.w.replace(start, end, written.encode_utf8(&mut b));
        self.prev = Prev::Close(persian, written);
        self.pos = end;
    }

    /// Whether the `.` at `self.pos` joins two one-letter Persian words (ه.ش، ق.م، م.ر).
    fn is_abbreviation_dot(&self, n: usize) -> bool {
        self.gap == usize::MAX
            && self.prev == Prev::Word
            && self.word.count == 1
            && self
                .visible(self.pos + n)
                .is_some_and(|(c, ..)| self.is_arabic_letter(c))
            && {
                let w = self.scan_word(self.pos + n, 1);
                w.complete && w.chars == 1
            }
    }

    /// How many more dots follow `from` on the same line, past spaces, ZWNJs and characters
    /// that vanish, and where the last one ends.
    fn dots_after(&self, from: usize) -> (usize, usize) {
        let (mut count, mut end, mut i) = (0, from, from);
        while let Some(&byte) = self.b.get(i) {
            // (ASCII, which never vanishes, read at once.)
            match byte {
                b'.' => {
                    count += 1;
                    end = i + 1;
                    i += 1;
                    continue;
                }
                b' ' | b'\t' => {
                    i += 1;
                    continue;
                }
                0..=0x7F => break,
                _ => {}
            }
            let (c, n) = decode(self.b, i);
            if !(c == '\u{200C}' || is_nbsp_like(c) || self.vanishes(c)) {
                break;
            }
            i += n;
        }
        (count, end)
    }

    /// An ASCII `"` in Persian context: becomes « when it opens a quotation that closes on the
    /// same line; the closing quote then becomes ».
    fn quote(&mut self) {
        let at = self.pos;
        // Quotes pair in order on a line (first with second, third with fourth): a pair that
        // stays ASCII leaves the pairing of the others as it was.
        let first_of_pair = self.quotes % 2 == 0;
        self.quotes += 1;
        let opens = first_of_pair
            && (matches!(
                self.prev,
                Prev::Start | Prev::LineStart | Prev::Open | Prev::Close(..)
            ) || self.gap != usize::MAX);
        let rest = &self.src[at + 1..];
        let line_end = match self.cfg.spacing {
            // Lines are joined: the quotation may close on another one.
            Spacing::SingleLine => rest.len(),
            _ => rest.find(['\n', '\r']).unwrap_or(rest.len()),
        };
        let close = rest[..line_end].find('"');
        if let (true, Some(q)) = (opens, close) {
            let after = self.visible(at + 1 + q + 1).map(|(c, ..)| c);
            // The quotation starts with a letter or a digit (not with a space or a mark that the
            // spacing rules could move).
            let inner_ok = self.visible(at + 1).is_some_and(|(c, i, _)| {
                i < at + 1 + q && (c.is_alphanumeric() || self.is_arabic_letter(c))
            }) && self.punct_context(at, 1);
            let after_ok = after.is_none_or(|c| {
                c.is_whitespace() || c == '\u{200C}' || is_close(c) || chars::is_punct(c)
            });
            if inner_ok && after_ok {
                self.resolve(Next::Open);
                self.w.replace(at, at + 1, "«");
                self.prev = Prev::Open;
                self.base = None;
                self.quote_close = at + 1 + q;
                self.pos += 1;
                return;
            }
        }
        self.other(1);
    }

    /// The compatibility decomposition of a presentation form, canonically recomposed, with
    /// the letter, diacritic and tatweel rules applied.
    fn decompose(&self, c: char) -> Decomp {
        let mut d = Decomp {
            buf: [0; 160],
            len: 0,
            letters: 0,
            marks: 0,
            others: 0,
            spaced: false,
        };
        let mut seq = ['\0'; 32];
        let mut n = 0;
        let mut add = |ch: char| {
            // Canonical composition (ي + ◌ٔ → ئ), as NFC would do.
            if n > 0 {
                if let Some(k) = unicode_normalization::char::compose(seq[n - 1], ch) {
                    seq[n - 1] = k;
                    return;
                }
            }
            if n < seq.len() {
                seq[n] = ch;
                n += 1;
            }
        };
        if c == '\u{FDFD}' {
            // ﷽ has no decomposition in Unicode; it is this phrase.
            "بسم الله الرحمن الرحيم".chars().for_each(&mut add);
        } else {
            unicode_normalization::char::decompose_compatible(c, &mut add);
        }
        let mut space_owed = false;
        for &ch in &seq[..n] {
            let mut tmp = [0u8; 4];
            let info = chars::arabic(ch);
            if ch == c {
                // No decomposition (ornate parentheses, symbols): kept as it is.
                d.others += 1;
                d.push(ch.encode_utf8(&mut tmp));
            } else if ch == ' ' {
                // Only spaces between words are kept (﷽ ﷺ).
                space_owed = d.letters > 0;
            } else if let Some((f, _)) = info.and_then(|i| self.letter_fold(ch, i)) {
                if space_owed {
                    d.push(" ");
                    d.spaced = true;
                    space_owed = false;
                }
                d.letters += 1;
                d.push(self.folded_text(ch, f, &mut tmp));
            } else if self.vanishes(ch) {
            } else if info.is_some_and(|i| matches!(i.kind, K::Mark | K::MarkKept)) {
                d.marks += 1;
                d.push(ch.encode_utf8(&mut tmp));
            } else {
                d.others += 1;
                d.push(ch.encode_utf8(&mut tmp));
            }
        }
        d
    }

    /// A presentation form or ligature, written as one piece.
    fn presentation(&mut self, c: char, n: usize) {
        let d = self.decompose(c);
        let s = d.as_str();
        let (start, end) = (self.pos, self.pos + n);
        if s.is_empty() {
            self.delete(n);
            return;
        }
        if d.letters > 0 && d.others == 0 {
            let first = s.chars().next().unwrap_or('\0');
            self.begin_word(first, chars::joining(first));
            if self.pos == self.split {
                self.w.replace(start, start, self.join_mark());
                self.split = usize::MAX;
            }
            for ch in s.chars() {
                if ch == ' ' {
                    self.word = Word::EMPTY;
                } else if chars::arabic(ch)
                    .is_some_and(|i| i.kind != K::Mark && i.kind != K::MarkKept)
                {
                    self.word.push(ch, chars::joining(ch));
                }
            }
            self.w.replace(start, end, s);
            self.base = s
                .chars()
                .next_back()
                .filter(|ch| chars::arabic(*ch).is_some_and(|i| i.kind == K::Letter))
                .map(|ch| (start, ch, ch, ch.len_utf8()));
        } else if d.letters == 0 && d.others == 0 {
            self.attach_marks();
            self.w.replace(start, end, s);
            self.base = None;
        } else {
            self.resolve(Next::Other);
            self.w.replace(start, end, s);
            self.prev = Prev::Other;
            self.base = None;
        }
        self.pos = end;
    }

    /// A Latin token, URL or e-mail address starting at `self.pos`.
    fn latin(&mut self) {
        let start = self.pos;
        let end = self.latin_end(start, self.at_word_start());
        self.latin_token(start, end);
    }

    /// Writes the Latin token `start..end`.
    fn latin_token(&mut self, start: usize, end: usize) {
        self.resolve(Next::Latin);
        self.write_latin(start, end);
        self.prev = Prev::Latin;
        self.ctx = Ctx::Latin;
        self.base = None;
        self.pos = end;
    }

    /// [`visible`](Self::visible) inside a number: a tatweel there is a dash, not a gap to look
    /// through (۱۲ـ۱۵ stays two numbers).
    fn visible_num(&self, mut i: usize) -> Option<(char, usize, usize)> {
        if let Some(&c @ 0..=0x7F) = self.b.get(i) {
            // ASCII never vanishes.
            return Some((c as char, i, 1));
        }
        while i < self.b.len() {
            let (c, n) = decode(self.b, i);
            if c == '\u{0640}' {
                return Some((c, i, n));
            }
            if c == '\u{200C}' {
                // Past a ZWNJ (a gap), a tatweel goes as everywhere else.
                return self.visible(i);
            }
            if !self.skippable(c) {
                return Some((c, i, n));
            }
            i += n;
        }
        None
    }

    /// Whether `c` disappears inside a Latin token or a number: it vanishes, or it is a ZWNJ
    /// that the ZWNJ rule drops there.
    fn skippable(&self, c: char) -> bool {
        (c == '\u{200C}' && self.cfg.zwnj == Zwnj::Clean) || self.vanishes(c)
    }

    /// Whether the word at `self.pos` starts with two letters that a joined affix can start
    /// with (a cheap test before [`scan_word`](Self::scan_word)).
    #[inline]
    fn may_split_here(&self) -> bool {
        lexicon::may_split3(self.fast_head3(self.pos))
    }

    /// The first three letters (after the letter rules) of the word at `from`, `'\0'` past its
    /// end; a presentation form or a letter outside the Arabic block reads as `'\u{FFFF}'`.
    #[inline]
    fn head3(&self, from: usize) -> [char; 3] {
        let (at, memo) = self.head_memo.get();
        if at == from {
            return memo;
        }
        let head = self.read_head3(from);
        self.head_memo.set((from, head));
        head
    }

    fn read_head3(&self, from: usize) -> [char; 3] {
        let mut head = ['\0'; 3];
        let mut k = 0;
        let mut i = from;
        while k < 3 && i < self.b.len() {
            let (c, n) = decode(self.b, i);
            match chars::arabic(c) {
                Some(info) => match self.letter_fold(c, info) {
                    Some((f, _)) => head[k] = f.letter(c),
                    None if self.vanishes(c) || matches!(info.kind, K::Mark | K::MarkKept) => {
                        i += n;
                        continue;
                    }
                    None => break,
                },
                // A ZWNJ that stays ends the word; one that the ZWNJ rule drops does not, and
                // then the full scan decides, as for presentation forms.
                None if c == '\u{200C}' || is_zwnj_like(c) => {
                    let last = k.checked_sub(1).map(|p| head[p]);
                    if !(c == '\u{200C}' && self.zwnj_stays(last, i + n)) {
                        head[k] = '\u{FFFF}';
                    }
                    break;
                }
                None if self.vanishes(c) => {
                    i += n;
                    continue;
                }
                None if chars::is_presentation_form(c) || chars::is_ext_letter(c) => {
                    head[k] = '\u{FFFF}';
                    break;
                }
                None => break,
            }
            k += 1;
            i += n;
        }
        head
    }

    /// The next character at or after `i` that is not [`skippable`](Self::skippable):
    /// (character, offset, length).
    fn visible(&self, mut i: usize) -> Option<(char, usize, usize)> {
        if let Some(&c @ 0..=0x7F) = self.b.get(i) {
            // ASCII never vanishes.
            return Some((c as char, i, 1));
        }
        while i < self.b.len() {
            let (c, n) = decode(self.b, i);
            if !self.skippable(c) {
                return Some((c, i, n));
            }
            i += n;
        }
        None
    }

    /// The engine's reading of Latin tokens (see [`LatinScan`]).
    fn latin_scan(&self) -> LatinScan<'a, impl Fn(usize) -> Option<(char, usize, usize)> + '_> {
        LatinScan {
            b: self.b,
            visible: |i| self.visible(i),
        }
    }

    /// The end of the Latin token starting at `start` (see [`LatinScan::latin_end`]).
    fn latin_end(&self, start: usize, url_ok: bool) -> usize {
        self.latin_scan().latin_end(start, url_ok)
    }

    /// Whether the token at `self.pos` starts a word: after whitespace, an opening mark, a
    /// closing mark that a space will follow, or the start of a line.
    fn at_word_start(&self) -> bool {
        (self.gap != usize::MAX && (self.gap_ws || self.gap_nl > 0))
            || matches!(self.prev, Prev::Start | Prev::LineStart | Prev::Open)
            // A space will be written after this closing mark.
            || (self.cfg.spacing == Spacing::Persian && matches!(self.prev, Prev::Close(true, _)))
    }

    /// The length of an ASCII emoticon whose first character (`:` `;` `=`) is at `self.pos`,
    /// at the start of a word:
    /// an optional `-`, then one of `) ( D P p * | / [ ]` (`)` and `(` may repeat: `:)))`),
    /// followed by whitespace or the end (past characters that vanish).
    fn emoticon_len(&self) -> Option<usize> {
        // After whitespace that stays (not inside an opening bracket), or at the start of a
        // line; never where punctuation becomes spaces.
        let word_start =
            (self.gap != usize::MAX && (self.gap_ws || self.gap_nl > 0) && self.prev != Prev::Open)
                || matches!(self.prev, Prev::Start | Prev::LineStart);
        if self.cfg.punctuation == Punctuation::ToSpace || !word_start {
            return None;
        }
        let b = self.b;
        let mut i = self.pos + 1;
        if b.get(i) == Some(&b'-') {
            i += 1;
        }
        let c = *b.get(i)?;
        if !matches!(
            c,
            b')' | b'(' | b'D' | b'P' | b'p' | b'*' | b'|' | b'/' | b'[' | b']'
        ) {
            return None;
        }
        i += 1;
        if matches!(c, b')' | b'(') {
            while b.get(i) == Some(&c) {
                i += 1;
            }
        }
        let ends = match self.visible(i) {
            None => true,
            Some((d, ..)) => d.is_whitespace() || (self.cfg.invisibles && is_nbsp_like(d)),
        };
        ends.then_some(i - self.pos)
    }

    /// Writes a Latin token: lower-cased and with ASCII digits when the rules say so; the
    /// characters that vanish are removed.
    fn write_latin(&mut self, start: usize, end: usize) {
        let lower = self.cfg.lowercase_latin;
        let to_ascii = self.cfg.digits == Digits::Latin;
        let mut i = start;
        while i < end {
            let b0 = self.b[i];
            if b0 < 0x80 {
                if lower && b0.is_ascii_uppercase() {
                    let t = [b0.to_ascii_lowercase()];
                    self.w
                        .replace(i, i + 1, core::str::from_utf8(&t).unwrap_or(""));
                }
                i += 1;
                continue;
            }
            let (c, n) = decode(self.b, i);
            if self.skippable(c) {
                self.w.replace(i, i + n, "");
            } else if let (true, Some(v)) = (to_ascii, digit_value(c)) {
                let t = [b'0' + v as u8];
                self.w
                    .replace(i, i + n, core::str::from_utf8(&t).unwrap_or(""));
            }
            i += n;
        }
    }

    /// A number starting at `self.pos` (or a Latin token that starts with digits).
    fn number(&mut self) {
        let start = self.pos;
        let word_start = self.at_word_start();
        let mut i = start;
        let mut end = start;
        let mut dots = 0;
        // Right after a separator a tatweel is no dash: it goes, as the separator's look-ahead
        // assumed.
        let mut after_sep = false;
        while let Some((c, at, n)) = if after_sep {
            self.visible(i)
        } else {
            self.visible_num(i)
        } {
            if digit_value(c).is_none() {
                break;
            }
            // The digits right after it, with nothing between them to look through.
            i = at + n;
            while let Some(n) = digit_len(self.b, i) {
                i += n;
            }
            end = i;
            // Another digit, or a separator between two digits.
            match self.visible_num(i) {
                Some((d, ..)) if digit_value(d).is_some() => after_sep = false,
                Some((s, sat, sn)) if matches!(s, '.' | ',' | ':' | '/' | '-' | '٫' | '٬') => {
                    if self
                        .visible(sat + sn)
                        .is_some_and(|(d, ..)| digit_value(d).is_some())
                    {
                        dots += (s == '.') as u32;
                        i = sat + sn;
                        after_sep = true;
                        continue;
                    } else {
                        break;
                    }
                }
                _ => break,
            }
        }
        match self.visible_num(end) {
            // A letter, `_` or `@` right after: a Latin token (3D, 2nd, 123@example.com).
            Some((c, ..)) if c.is_ascii_alphabetic() || c == '_' || c == '@' => {
                let latin_end = self.latin_end(start, word_start);
                if latin_end > end {
                    self.latin_token(start, latin_end);
                    return;
                }
            }
            Some((c, at, n)) if c == '%' || c == '٪' => end = at + n,
            _ => {}
        }
        let latin_ctx = (self.prev == Prev::Latin && (self.gap == usize::MAX || self.gap_nl == 0))
            || latin_follows(self.b, end);
        let cfg = self.cfg;
        let (to_persian, to_latin, arabic_only) = match cfg.digits {
            Digits::Persian => (!latin_ctx, false, false),
            Digits::Latin => (false, true, false),
            Digits::ArabicIndicToPersian => (false, false, true),
            Digits::Keep => (false, false, false),
        };
        // Whether the digits come out Persian.
        let first = self.src[start..].chars().next().unwrap_or('0');
        let persian_out = to_persian
            || (!to_latin
                && (matches!(first, '\u{06F0}'..='\u{06F9}')
                    || (arabic_only && matches!(first, '\u{0660}'..='\u{0669}'))));
        self.resolve(Next::Number(persian_out));
        let search = cfg.punctuation == Punctuation::ToSpace;
        // Already final: Persian digits and separators that stay (the common case of clean text).
        let persian_only = {
            let number = &self.b[start..end];
            let mut j = 0;
            loop {
                match number.get(j..) {
                    Some([b':' | b'/' | b'-', ..]) => j += 1,
                    Some([0xDB, 0xB0..=0xB9, ..] | [0xD9, 0xAA..=0xAC, ..]) => j += 2,
                    Some([]) => break true,
                    _ => break false,
                }
            }
        };
        let mut k = if persian_only && !to_latin && !search {
            end
        } else {
            start
        };
        while k < end {
            let (c, n) = decode(self.b, k);
            let mut t = [0u8; 4];
            let out: Option<&str> = match (c, digit_value(c)) {
                // (A digit first: no digit vanishes.)
                (_, Some(v)) => {
                    if to_persian || (arabic_only && matches!(c, '\u{0660}'..='\u{0669}')) {
                        char::from_u32(0x06F0 + v).map(|d| &*d.encode_utf8(&mut t))
                    } else if to_latin {
                        char::from_u32('0' as u32 + v).map(|d| &*d.encode_utf8(&mut t))
                    } else {
                        None
                    }
                }
                _ if self.skippable(c) => Some(""),
                ('٬' | ',', _) if search => Some(""),
                ('.', _) if to_persian && dots == 1 => Some("٫"),
                (',', _) if to_persian => Some("٬"),
                ('%', _) if to_persian => Some("٪"),
                ('٫', _) if to_latin => Some("."),
                ('٬', _) if to_latin => Some(","),
                ('٪', _) if to_latin => Some("%"),
                _ => None,
            };
            if let Some(o) = out {
                self.w.replace(k, k + n, o);
            }
            k += n;
        }
        self.prev = Prev::Number;
        self.ctx = if persian_out {
            Ctx::Persian
        } else {
            Ctx::Latin
        };
        self.base = None;
        self.pos = end;
    }
}

/// Whether an ASCII letter follows `from` after spaces on the same line (a number there stands
/// in Latin context).
pub(super) fn latin_follows(b: &[u8], from: usize) -> bool {
    let rest = &b[from..];
    let skip = rest
        .iter()
        .take_while(|&&c| c == b' ' || c == b'\t')
        .count();
    rest.get(skip).is_some_and(|c| c.is_ascii_alphabetic())
}
