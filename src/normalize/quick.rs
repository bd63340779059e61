//! The quick check: a scan that proves text already normal without the engine's machinery.
//!
//! Most text that reaches a normaliser twice (a stored name compared again, a document
//! re-indexed) is already normal, and most of clean Persian text is a handful of shapes: words
//! of letters that no rule touches, joined by kept ZWNJs; single spaces; Persian numbers;
//! closing marks glued to the word before them; Latin tokens (words, identifiers, URLs, e-mail
//! addresses, read as the engine reads them) and the ASCII numbers the digit rule keeps; one or
//! two line breaks. This module reads those shapes, line by line, with a lookup per letter and
//! the lexicon only at the word heads where an affix rule could apply, and stops at the first
//! thing it does not know.
//!
//! It answers with a line start, or with the end of a word inside a line (see [`Proof`]):
//! everything before it is proven unchanged, and the engine, started there in the state a run
//! over the text before would leave it (at a line start, its line-start state; after a word,
//! the word's), writes exactly what a run from the start would write for the rest. The first
//! guarantee is the check's; the second is why only some line starts and some words qualify
//! (see [`normal_prefix`] and [`Resume`]). Both are tested against the engine run on the whole
//! text (`normalize_with_offsets` never takes this path), over random and near-normal text.

use super::chars::{self, J, K};
use super::engine::{
    block_at, block_char, block_code, block_index, decode, fast_mark, head_attention, keeps_mark,
    latin_follows, latin_number_end, letter_flags, letter_fold, pair_at, persian_digit,
    persian_digit_pair, persian_number_end, plain_end, plain_word, Folded, LatinScan, ATTACH_HEH,
    LETTER, SPLIT,
};
use super::lexicon::{self, PrevWord};
use super::tables::ARABIC;
use super::{Digits, Normalizer, Punctuation, Spacing, Zwnj};

/// Whether the check's shapes are normal under `cfg`: Persian or collapsed spacing and the
/// ZWNJ rule (which decide every gap the check accepts), and punctuation that stays
/// punctuation.
pub(super) fn applies(cfg: &Normalizer) -> bool {
    matches!(cfg.spacing, Spacing::Persian | Spacing::Collapse)
        && cfg.zwnj == Zwnj::Clean
        && cfg.punctuation != Punctuation::ToSpace
}

/// The longest prefix of `src` proven normal under `cfg` (which [`applies`]), ending at a line
/// start where the engine can take over: `src.len()` when the whole text is normal.
///
/// A line start qualifies when the line starts with a Persian letter and the line before does
/// not end with the word «ماه» (after which «می» is the month May: the engine carries that
/// across the line break, and would not know it when started on the next line).
///
/// The proof also tells where the check stopped, and the last word inside a line where the
/// engine can take over too (see [`Proof`]).
pub(super) fn normal_prefix(cfg: &Normalizer, src: &str, from: Entry) -> Proof {
    let mut q = Quick {
        cfg,
        src,
        b: src.as_bytes(),
        i: 0,
        breaks: 0,
        restart: 0,
        resume: None,
        #[cfg(target_arch = "x86_64")]
        avx2: super::simd::avx2(),
        // (ه and the hamza above compose to nothing: a test checks it.)
        #[cfg(target_arch = "x86_64")]
        keeps_hamza: keeps_mark(cfg, &ARABIC[0x54]),
    };
    let mut first = match from {
        Entry::Line => (Tok::Start, false),
        Entry::AfterSpace(None) => (Tok::Symbol, true),
        Entry::AfterSpace(Some(kind)) => (Tok::Given(kind), true),
    };
    loop {
        let end = match q.line(first) {
            Some(end) => end,
            None => return q.proof(),
        };
        first = (Tok::Start, false);
        if q.i >= q.b.len() {
            return Proof {
                restart: q.b.len(),
                stop: q.b.len(),
                resume: None,
            };
        }
        if !end.mah && q.letter_at(q.i).is_some() {
            q.restart = q.i;
        }
    }
}

/// What [`normal_prefix`] proved.
pub(super) struct Proof {
    /// The end of the longest prefix proven normal that ends at a line start where the
    /// engine can take over (`src.len()` when the whole text is normal, 0 when none).
    pub(super) restart: usize,
    /// Where the check stopped (`src.len()` when it did not): nothing before it needs checking
    /// again.
    pub(super) stop: usize,
    /// The last Persian word that the check passed and found followed by one space and another
    /// Persian word, when it ends after `restart`: the engine can take over at its end.
    pub(super) resume: Option<Resume>,
}

/// A Persian word inside a line, everything up to its end proven normal: where the engine can
/// take over, in the state a run over the text before would leave it. A word qualifies when
/// one space and another Persian word follow it and, under the affix rules, it is not «می»,
/// «بی» or «نمی» (the only words after which the engine's state depends on more than the word:
/// on whether «ماه» came before, which only the affix rules ask); no mark follows its last
/// letter.
pub(super) struct Resume {
    /// The word's letters after its last ZWNJ (the word as the affix rules see it), as offsets
    /// into the text handed to [`normal_prefix`]; the engine goes on at `end`.
    pub(super) start: usize,
    pub(super) end: usize,
    /// The check passed a line break before it (the engine's count of quotes on the line is 0).
    pub(super) new_line: bool,
}

/// Where the text handed to [`normal_prefix`] starts, and what stands before it.
#[derive(Clone, Copy)]
pub(super) enum Entry {
    /// At a line's start.
    Line,
    /// Inside a line, after one space that follows a token of the line: a Persian word that
    /// the affix rules see as the given kind (a `Plain` word), or (`None`) a token after
    /// which no affix rule applies (a number, a Latin word, a closing mark, a symbol).
    AfterSpace(Option<PrevWord>),
}

/// How a line ended.
struct LineEnd {
    /// Its last token is the word «ماه».
    mah: bool,
}

/// The token before the current one on the line.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Tok {
    /// The line's start.
    Start,
    /// A Persian word, described by its last part (after its last ZWNJ).
    Word(Part),
    Number,
    Latin,
    /// A closing mark (after a word or number).
    Close,
    /// An opening bracket or guillemet.
    Open,
    /// A symbol between spaces.
    Symbol,
    /// A word before the text handed to the check, as the affix rules see it.
    Given(PrevWord),
}

/// A run of letters between word boundaries or ZWNJs: all two-byte letters that the letter
/// rules leave as they are.
#[derive(Clone, Copy, PartialEq, Eq)]
struct Part {
    start: usize,
    /// End of its letters (a kept mark may follow).
    end: usize,
}

struct Quick<'a, 'c> {
    cfg: &'c Normalizer,
    src: &'a str,
    b: &'a [u8],
    i: usize,
    /// Line breaks passed.
    breaks: usize,
    /// The last line start where the engine can take over (see [`normal_prefix`]).
    restart: usize,
    /// The last word (its last part) followed by one space and another word, and the line
    /// breaks passed before it.
    resume: Option<(Part, usize)>,
    /// The processor's AVX2, for [`simd_words`](Self::simd_words).
    #[cfg(target_arch = "x86_64")]
    avx2: Option<pulp::x86::V3>,
    /// Whether a hamza above after a final ه stays (see [`mark`](Self::mark)).
    #[cfg(target_arch = "x86_64")]
    keeps_hamza: bool,
}

/// The flags of [`LETTER`] that the affix rules look at: a word starting with a letter of
/// [`SPLIT`] may be a joined «می»/«بی» form, one of [`ATTACH_HEH`] a suffix or an ending
/// written apart (ها, تر, and after a silent ه ام, ای, …).
const AFFIX_FLAGS: u8 = SPLIT | ATTACH_HEH;

impl Quick<'_, '_> {
    /// The proof when the check stops at `self.i`.
    fn proof(&self) -> Proof {
        let restart = self.restart;
        let resume = self
            .resume
            .filter(|(part, _)| part.end > restart)
            .map(|(part, breaks)| Resume {
                start: part.start,
                end: part.end,
                new_line: breaks > 0,
            });
        Proof {
            restart,
            stop: self.i,
            resume,
        }
    }

    /// The letter at `i` if it is one of the block that the letter rules leave as it is: its
    /// joining type.
    #[inline(always)]
    fn letter_at(&self, i: usize) -> Option<J> {
        let (b0, b1) = pair_at(self.b, i)?;
        if b0 & 0xFC != 0xD8 {
            return None;
        }
        let info = &ARABIC[block_index(b0, b1)];
        if info.kind == K::Letter {
            return Some(info.join);
        }
        self.other_letter_at(i)
    }

    /// The end of the run of letters from `i` (see [`letter_at`](Self::letter_at)).
    #[inline(always)]
    fn letters(&self, start: usize) -> usize {
        let b = self.b;
        let mut i = plain_end(b, start);
        // The letters that only some configurations fold.
        while let Some((b0, b1)) = pair_at(b, i) {
            if b0 & 0xFC != 0xD8 {
                break;
            }
            match ARABIC[block_index(b0, b1)].kind {
                K::Variant | K::HehHamza | K::Wasla | K::Hamza
                    if self.other_letter_at(i).is_some() =>
                {
                    i = plain_end(b, i + 2);
                }
                _ => break,
            }
        }
        i
    }

    /// Whether the ZWNJ at `at` stays: between a letter that joins the next and one that joins
    /// the previous.
    fn zwnj_stays(&self, at: usize) -> bool {
        self.letter_at(at.wrapping_sub(2))
            .is_some_and(J::joins_next)
            && self.letter_at(at + 3).is_some_and(J::joins_prev)
    }

    /// [`letter_at`](Self::letter_at) for the letters that only some configurations fold.
    #[cold]
    #[inline(never)]
    fn other_letter_at(&self, i: usize) -> Option<J> {
        let (c, info) = block_at(self.b, i)?;
        match info.kind {
            K::Variant | K::HehHamza | K::Wasla | K::Hamza => {
                match letter_fold(self.cfg, c, info) {
                    Some((Folded::Same, j)) => Some(j),
                    _ => None,
                }
            }
            _ => None,
        }
    }

    /// The first three letters of `p`, `'\0'` past its end (the engine's `head3`).
    fn head3(&self, p: Part) -> [char; 3] {
        let mut h = ['\0'; 3];
        for (k, slot) in h.iter_mut().enumerate() {
            let at = p.start + 2 * k;
            if at < p.end {
                *slot = block_char(self.b, at);
            }
        }
        h
    }

    fn text(&self, p: Part) -> &str {
        self.src.get(p.start..p.end).unwrap_or("")
    }

    /// «می», «نمی» or «بی»: a word after which the spaced affix rules are the engine's.
    #[inline(always)]
    fn is_mi_bi(&self, p: Part) -> bool {
        // Two or three letters, the last one ی, then the bytes.
        matches!(
            self.b.get(p.start..p.end),
            // می بی نمی
            Some(
                &[0xD9, 0x85, 0xDB, 0x8C]
                    | &[0xD8, 0xA8, 0xDB, 0x8C]
                    | &[0xD9, 0x86, 0xD9, 0x85, 0xDB, 0x8C]
            )
        )
    }

    /// Checks one line from `self.i`; on success `self.i` is at the next line's start (or the
    /// end of the text).
    fn line(&mut self, (mut prev, mut spaced): (Tok, bool)) -> Option<LineEnd> {
        // `spaced`: the gap before the current token is one space.
        loop {
            prev = self.token(prev, spaced)?;
            if matches!(prev, Tok::Open) {
                // The word glued to it follows.
                spaced = false;
                continue;
            }
            // A slash glued between a Persian word or number and another (۱۴۰۴/ق/۵۱۲, و/یا):
            // a symbol that no rule touches.
            if matches!(prev, Tok::Word(_) | Tok::Number)
                && self.b.get(self.i) == Some(&b'/')
                && (self.letter_at(self.i + 1).is_some() || persian_digit(self.b, self.i + 1))
            {
                self.i += 1;
                prev = Tok::Symbol;
                spaced = false;
                continue;
            }
            if matches!(prev, Tok::Word(_) | Tok::Number | Tok::Latin) && self.closers()? {
                prev = Tok::Close;
            }
            match self.b.get(self.i) {
                None => return Some(LineEnd { mah: false }),
                Some(b' ') => {
                    spaced = true;
                    // A «می»/«بی» word before a space: the spaced affix rules (and «ماه می»)
                    // are the engine's.
                    if let Tok::Word(p) = prev {
                        if self.cfg.affixes && self.is_mi_bi(p) {
                            return None;
                        }
                    }
                    self.i += 1;
                    if matches!(prev, Tok::Open) {
                        return None;
                    }
                }
                Some(b'\n') => {
                    let mah = match prev {
                        Tok::Word(p) => self.text(p) == "ماه",
                        _ => false,
                    };
                    self.i += 1;
                    self.breaks += 1;
                    if self.b.get(self.i) == Some(&b'\n') {
                        self.i += 1;
                    }
                    // The next line must start with a token (no third line break, no space).
                    if let Some(&c) = self.b.get(self.i) {
                        if c == b'\n' || c == b' ' {
                            return None;
                        }
                    }
                    return Some(LineEnd { mah });
                }
                Some(_) => return None,
            }
        }
    }

    /// One token at `self.i`, after `prev` (and one space when `spaced`).
    #[inline(always)]
    fn token(&mut self, prev: Tok, spaced: bool) -> Option<Tok> {
        let b0 = *self.b.get(self.i)?;
        if b0 & 0xFC == 0xD8 {
            if persian_digit(self.b, self.i) {
                return self.number();
            }
            return self.words(prev, spaced);
        }
        match b0 {
            b'a'..=b'z' | b'A'..=b'Z' => self.latin(),
            // `/path`, `.env`, `#tag`: a Latin token, as the engine reads them at a word's
            // start.
            b'/' | b'.' | b'#'
                if self
                    .latin_scan(&core::cell::Cell::new(false))
                    .leads_latin(self.i + 1) =>
            {
                self.latin()
            }
            b'0'..=b'9' => self.ascii_number(prev),
            b'(' => self.open(1, prev),
            0xC2 if self.b.get(self.i + 1) == Some(&0xAB) => self.open(2, prev),
            b'/' | b'-' | 0xF0..=0xF4 if !matches!(prev, Tok::Open) => self.symbol(),
            _ => None,
        }
    }

    fn open(&mut self, n: usize, prev: Tok) -> Option<Tok> {
        if matches!(prev, Tok::Open) {
            return None;
        }
        self.i += n;
        // A Persian word or a Latin token must follow, glued.
        if self.letter_at(self.i).is_none() && !self.b.get(self.i)?.is_ascii_alphabetic() {
            return None;
        }
        Some(Tok::Open)
    }

    /// Persian words from `self.i`: each made of parts of letters joined by kept ZWNJs, with
    /// at most one kept mark at its end. The words that follow one another with one space
    /// between them are read here in one loop (the bulk of clean text); the last one is
    /// returned for the caller to go on after it.
    #[inline(always)]
    fn words(&mut self, mut prev: Tok, mut spaced: bool) -> Option<Tok> {
        let cfg = self.cfg;
        let b = self.b;
        loop {
            // Runs of the commonest words, with vector code where the processor has it.
            #[cfg(target_arch = "x86_64")]
            self.simd_words(&mut prev, &mut spaced)?;
            let mut first = true;
            let (part, marked, head) = loop {
                let start = self.i;
                let end = self.letters(start);
                if end == start {
                    return None;
                }
                let part = Part { start, end };
                // Most words start no affix and are no «می»/«بی»: one look-up, and no branch
                // on the letters, tells. (With the affix rules off, neither matters.)
                let head = cfg.affixes && head_attention(b, start, end);
                if head && first {
                    let flags = LETTER[block_code(b, start)] & AFFIX_FLAGS;
                    if flags != 0 && !self.affixes_agree(part, flags, prev, spaced) {
                        return None;
                    }
                }
                first = false;
                self.i = end;
                match b.get(end) {
                    Some(&0xE2) => {
                        // A ZWNJ that stays: between a letter that joins the next and one that
                        // joins the previous.
                        if matches!(b.get(end + 1..), Some(&[0x80, 0x8C, ..])) {
                            if self.zwnj_stays(end) {
                                self.i = end + 3;
                                continue;
                            }
                            return None;
                        }
                        break (part, false, head);
                    }
                    Some(&lead) if lead & 0xFC == 0xD8 => break (part, self.mark(end)?, head),
                    _ => break (part, false, head),
                }
            };
            // The common case: one space and the next word.
            if !marked && b.get(self.i) == Some(&b' ') {
                if let Some((n0, n1)) = pair_at(b, self.i + 1) {
                    if n0 & 0xFC == 0xD8 && !persian_digit_pair(n0, n1) {
                        if head && self.is_mi_bi(part) {
                            return None;
                        }
                        // The engine can take over at the end of this word.
                        self.resume = Some((part, self.breaks));
                        self.i += 1;
                        prev = Tok::Word(part);
                        spaced = true;
                        continue;
                    }
                }
            }
            return Some(Tok::Word(part));
        }
    }

    /// Whole words from `self.i` (a word's start, after `prev` and one space when `spaced`)
    /// made of the plain letters the vector tests read (see [`simd`](super::simd)) and kept
    /// ZWNJs, each followed by a gap (one space, or one or two line breaks) and another such
    /// word, maybe with a closing mark (`. : ! ، ؛ ؟`) or, after a final ه, a kept hamza above
    /// before the gap: the bytes classified 64 at a time, and the tests of
    /// [`words`](Self::words) and [`line`](Self::line) only at ZWNJs, at line breaks and at the
    /// heads of words and parts that start with a letter an affix may start with. Leaves
    /// `self.i` at the first word it did not read whole, for the per-word code (in the state
    /// that code would leave: the token before, the line breaks passed, the last line start and
    /// the last word where the engine can take over); `None` where that code would stop too.
    #[cfg(target_arch = "x86_64")]
    #[inline(always)]
    fn simd_words(&mut self, prev: &mut Tok, spaced: &mut bool) -> Option<()> {
        let Some(avx2) = self.avx2 else {
            return Some(());
        };
        if self.b.len() < self.i.saturating_add(66) {
            // Too short for a look at 64 bytes: no call into the vector code.
            return Some(());
        }
        // The whole loop compiled for the processor's features (AVX2, and BMI for the masks).
        avx2.vectorize(
            #[inline(always)]
            || self.simd_words_with(avx2, prev, spaced),
        )
    }

    /// [`simd_words`](Self::simd_words), in code compiled with AVX2.
    #[cfg(target_arch = "x86_64")]
    #[inline(always)]
    fn simd_words_with(
        &mut self,
        avx2: pulp::x86::V3,
        prev: &mut Tok,
        spaced: &mut bool,
    ) -> Option<()> {
        let b = self.b;
        let affixes = self.cfg.affixes;
        loop {
            let base = self.i;
            let Some(c) = super::simd::classify(avx2, b, base) else {
                return Some(());
            };
            if c.lead & 1 == 0 {
                // No word starts here (the per-word code takes a space before any character
                // of the block for one between words, and finds out).
                return Some(());
            }
            // The gaps between words: one space, one line break or two, each before a letter.
            let lead = c.lead;
            let ends = c.space & lead >> 1;
            let nl1 = c.newline & lead >> 1 & !(c.newline << 1);
            let nl2 = c.newline & c.newline >> 1 & lead >> 2;
            let gaps = ends | nl1 | nl2;
            // Each byte of a letter, of a ZWNJ, of a gap, of a closing mark glued to the word
            // before a gap, and of a hamza above (kept, composing with nothing) after a final
            // ه before either.
            let close1 = c.close1 & gaps >> 1;
            let close2 = c.close2 & gaps >> 2;
            let marks = if self.keeps_hamza {
                c.hamza & c.heh << 2 & (gaps | close1 | close2) >> 2
            } else {
                0
            };
            let ok = lead
                | lead << 1
                | gaps
                | nl2 << 1
                | c.zwnj
                | c.zwnj << 1
                | c.zwnj << 2
                | close1
                | close2
                | close2 << 1
                | marks
                | marks << 1;
            let bad = (!ok).trailing_zeros();
            // The gaps before the first byte that is none of those: the words that end at them
            // are read here.
            let gaps = gaps & super::simd::below(bad);
            let Some(last) = gaps.checked_ilog2() else {
                return Some(());
            };
            let last = last as usize;
            let within = (1u64 << last) - 1;
            let spaces = gaps & c.space;
            let (breaks, doubles) = (gaps & !c.space, gaps & nl2);
            let zwnj = c.zwnj & within;
            let (close1, close2, marks) = (close1 & within, close2 & within, marks & within);
            // Where the words and their parts start, and end.
            let parts = zwnj << 3;
            let starts = (1 | (gaps & !doubles) << 1 | doubles << 2 | parts) & within;
            let stops = gaps | zwnj | close1 | close2 | marks;
            // The gaps after a closing mark, and after a hamza above.
            let closed = (close1 << 1 | close2 << 2) & gaps;
            let marked = marks << 2 & gaps;
            // The last part of the word that ends at `e`, a stop.
            let part_to = |e: usize| Part {
                start: base
                    + (starts & ((1u64 << e) - 1))
                        .checked_ilog2()
                        .map_or(0, |j| j as usize),
                end: base + e,
            };
            // The token before the gap at `g`: a closing mark, or a word's last part.
            let before = |g: usize| {
                if closed >> g & 1 != 0 {
                    Tok::Close
                } else if marked >> g & 1 != 0 {
                    Tok::Word(part_to(g - 2))
                } else {
                    Tok::Word(part_to(g))
                }
            };
            // The ZWNJs: each between a letter that joins the next and one that joins the
            // previous.
            let mut z = zwnj;
            while z != 0 {
                let at = base + z.trailing_zeros() as usize;
                z &= z - 1;
                let kept = self.zwnj_stays(at);
                if !kept || starts >> (at - base) & 1 != 0 {
                    // (A ZWNJ at a word's start: the per-word code stops there.)
                    return None;
                }
            }
            // The heads that need a closer look: a letter that may start an affix, and one
            // that may come second in one (none: a one-letter word, or no pattern; bits past
            // the window's end are taken as possible).
            let mut h = if affixes {
                c.head & starts & (c.second >> 2 | 3 << 62)
            } else {
                0
            };
            while h != 0 {
                let k = h.trailing_zeros() as usize;
                h &= h - 1;
                let start = base + k;
                let end = base + (stops >> k).trailing_zeros() as usize + k;
                if !head_attention(b, start, end) {
                    continue;
                }
                let part = Part { start, end };
                if parts >> k & 1 == 0 {
                    // A word's first part, after the caller's token, a space or a line break.
                    let (tok, after_space) = if k == 0 {
                        (*prev, *spaced)
                    } else if spaces >> (k - 1) & 1 != 0 {
                        (before(k - 1), true)
                    } else {
                        (Tok::Start, false)
                    };
                    let flags = LETTER[block_code(b, start)] & AFFIX_FLAGS;
                    if flags != 0 && !self.affixes_agree(part, flags, tok, after_space) {
                        return None;
                    }
                }
                if spaces >> (end - base) & 1 != 0 && self.is_mi_bi(part) {
                    return None;
                }
            }
            // The last word followed by one space, where the engine can take over, and the
            // line breaks passed before it.
            if let Some(e) = (spaces & !closed & !marked).checked_ilog2() {
                let e = e as usize;
                let passed = (breaks & ((1u64 << e) - 1)).count_ones() as usize;
                self.resume = Some((part_to(e), self.breaks + passed));
            }
            // The line breaks: each line start after a line that does not end with the word
            // «ماه» is one where the engine can take over.
            let mut n = breaks;
            while n != 0 {
                let g = n.trailing_zeros() as usize;
                n &= n - 1;
                self.breaks += 1;
                let mah = matches!(before(g), Tok::Word(p) if self.text(p) == "ماه");
                if !mah {
                    self.restart = base + g + 1 + (doubles >> g & 1) as usize;
                }
            }
            if spaces >> last & 1 != 0 {
                *prev = before(last);
                *spaced = true;
                self.i = base + last + 1;
            } else {
                *prev = Tok::Start;
                *spaced = false;
                self.i = base + last + 1 + (doubles >> last & 1) as usize;
            }
        }
    }

    /// A combining mark at `i` right after a word's last letter: whether it is one that stays
    /// and composes with nothing (`None` if it is not). Any other character of the block
    /// there is no mark: `false`.
    fn mark(&mut self, i: usize) -> Option<bool> {
        let Some((m, info)) = block_at(self.b, i) else {
            return Some(false);
        };
        if !matches!(info.kind, K::Mark | K::MarkKept) {
            return Some(false);
        }
        let last = block_char(self.b, i - 2);
        if !keeps_mark(self.cfg, info) || unicode_normalization::char::compose(last, m).is_some() {
            return None;
        }
        self.i = i + 2;
        Some(true)
    }

    /// The affix rules at the start of word `part` (its first letter has `flags`, see
    /// [`AFFIX_FLAGS`]; its head is one that [`head_attention`] calls for a closer look) after
    /// `prev`: whether they leave it as it is. (Out of line: few words come here.)
    #[inline(never)]
    fn affixes_agree(&self, part: Part, flags: u8, prev: Tok, spaced: bool) -> bool {
        if flags & SPLIT != 0 && !self.split_agrees(part) {
            return false;
        }
        if flags & ATTACH_HEH == 0 || !spaced {
            return true;
        }
        match prev {
            Tok::Word(p) => self.attach_agrees(plain_word(self.b, p.start, p.end), part),
            Tok::Given(kind) => self.attach_agrees(kind, part),
            _ => true,
        }
    }

    /// «می»/«بی» joined at the start of `part`: the lexicon decides, as the engine's
    /// look-ahead does, on at most 24 letters.
    #[inline(never)]
    fn split_agrees(&self, part: Part) -> bool {
        !(lexicon::may_split3(self.head3(part))
            && (part.end - part.start) / 2 <= 24
            && lexicon::joined_split(self.text(part)).is_some())
    }

    /// A suffix or personal ending written apart from a word of `kind` before it.
    #[inline(never)]
    fn attach_agrees(&self, kind: PrevWord, part: Part) -> bool {
        let PrevWord::Plain { silent_heh, .. } = kind else {
            return false;
        };
        let head = self.head3(part);
        let limit = lexicon::attach_limit(head[0], silent_heh);
        if limit == 0 || (part.end - part.start) / 2 > limit {
            // The engine's look-ahead stops short: the space stays.
            return true;
        }
        !(lexicon::may_attach3(kind, head) && lexicon::spaced_join(kind, self.text(part)).is_some())
    }

    /// A symbol that no rule touches, standing between spaces: `/` or `-` (a verse divider, a
    /// list's dash), or a run of characters outside the Basic Multilingual Plane (emoji).
    fn symbol(&mut self) -> Option<Tok> {
        let b = self.b;
        let mut i = self.i;
        match b.get(i)? {
            b'/' | b'-' => i += 1,
            _ => {
                while let Some(0xF0..=0xF4) = b.get(i) {
                    // No rule may touch it: not a letter of the Arabic script, not a capital
                    // that `lowercase_latin` lower-cases (𐵐, 𝐀).
                    let c = self.src.get(i..i + 4)?.chars().next()?;
                    if chars::is_ext_letter(c) || (self.cfg.lowercase_latin && c.is_uppercase()) {
                        return None;
                    }
                    i += 4;
                }
            }
        }
        if i == self.i {
            return None;
        }
        self.i = i;
        match b.get(i) {
            None | Some(b' ' | b'\n') => Some(Tok::Symbol),
            _ => None,
        }
    }

    /// A number of Persian digits, with ٫ ٬ : / - between digits and an optional ٪ after.
    fn number(&mut self) -> Option<Tok> {
        if self.cfg.digits == Digits::Latin {
            return None;
        }
        self.i = persian_number_end(self.b, self.i);
        Some(Tok::Number)
    }

    /// The engine's reading of Latin tokens (see [`LatinScan`]), where it reads characters
    /// that cannot vanish (ASCII, plain letters, Persian closing marks): anything else in its
    /// reach (a character that vanishes, a digit that a rule may rewrite) sets `far`, and is
    /// the engine's to weigh.
    fn latin_scan<'s>(
        &'s self,
        far: &'s core::cell::Cell<bool>,
    ) -> LatinScan<'s, impl Fn(usize) -> Option<(char, usize, usize)> + 's> {
        let b = self.b;
        LatinScan {
            b,
            visible: move |i: usize| match b.get(i) {
                Some(&c) if c < 0x80 => Some((c as char, i, 1)),
                Some(_) if letter_flags(b, i) != 0 || fast_mark(b, i).is_some() => {
                    Some((decode(b, i).0, i, 2))
                }
                Some(_) => {
                    far.set(true);
                    None
                }
                None => None,
            },
        }
    }

    /// A number of ASCII digits (with `. , : / -` between digits and an optional `%` after)
    /// that the digit rule leaves as it is: where only Arabic-Indic digits are rewritten, or in
    /// Latin context (after a Latin word on the line, or before one).
    fn ascii_number(&mut self, prev: Tok) -> Option<Tok> {
        let b = self.b;
        let i = latin_number_end(b, self.i);
        let kept = match self.cfg.digits {
            Digits::Persian => matches!(prev, Tok::Latin) || latin_follows(b, i),
            Digits::Keep | Digits::ArabicIndicToPersian | Digits::Latin => true,
        };
        if !kept {
            return None;
        }
        self.i = i;
        Some(Tok::Number)
    }

    /// A Latin token of ASCII characters: a word, an identifier, a file name, a URL or an
    /// e-mail address, as far as the engine reads it (see [`LatinScan`]).
    fn latin(&mut self) -> Option<Tok> {
        let b = self.b;
        let start = self.i;
        let far = core::cell::Cell::new(false);
        // (Every token here starts a word, where a URL may.)
        let end = self.latin_scan(&far).latin_end(start, true);
        if far.get()
            || (self.cfg.lowercase_latin && b[start..end].iter().any(u8::is_ascii_uppercase))
        {
            return None;
        }
        self.i = end;
        // (What follows, the line reads: closing marks, which stay in Latin context as they
        // are, a space or the line's end.)
        Some(Tok::Latin)
    }

    /// Closing marks glued to the token before: `. : ) ! ، ؛ ؟ » …`, each followed by another one,
    /// a space or the line's end. Returns whether there was one.
    fn closers(&mut self) -> Option<bool> {
        let b = self.b;
        let mut last = None;
        loop {
            // The engine's fast path's marks, and the ellipsis character.
            // (… is E2 80 A6.)
            let ellipsis =
                || matches!(b.get(self.i..), Some(&[0xE2, 0x80, 0xA6, ..])).then_some(('…', 3));
            let Some((m, n)) = fast_mark(b, self.i).or_else(ellipsis) else {
                return Some(last.is_some());
            };
            // Dots in a row are an ellipsis; a repeated ؟ or ! becomes one.
            if (m == '.' && last == Some('.'))
                || (self.cfg.punctuation == Punctuation::Persian
                    && matches!(m, '؟' | '!')
                    && last == Some(m))
            {
                return None;
            }
            last = Some(m);
            self.i += n;
        }
    }
}
