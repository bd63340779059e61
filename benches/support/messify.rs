// Deterministic "messifier": injects realistic orthographic faults into clean
// Persian text so that the normaliser can be benchmarked and tested on input
// that looks like real-world data.
//
// This file is meant to be included with `#[path = "..."] mod messify;` from
// benches and tests. It therefore uses no inner attributes, no external crates
// and no `unsafe`; every item carries `#[allow(dead_code)]` so that targets
// which include it without calling everything stay warning-free.
//
// All probabilities are integers in parts per million (PPM) and the PRNG is a
// self-contained SplitMix64, so the output depends only on `(text, seed)` and
// is identical on every platform, pointer width and endianness.

/// Probability scale: all rates below are expressed in parts per million.
#[allow(dead_code)]
pub const PPM: u64 = 1_000_000;

/// ی (U+06CC) → ي (U+064A), per occurrence of ی.
#[allow(dead_code)]
pub const RATE_YEH_TO_ARABIC: u64 = 300_000;
/// ک (U+06A9) → ك (U+0643), per occurrence of ک.
#[allow(dead_code)]
pub const RATE_KEHEH_TO_ARABIC: u64 = 300_000;
/// A whole Persian-digit number is rewritten with ASCII digits (per number).
#[allow(dead_code)]
pub const RATE_NUMBER_TO_ASCII: u64 = 200_000;
/// A whole Persian-digit number is rewritten with Arabic-Indic digits ٠–٩
/// (so ۵ becomes ٥ U+0665, ۴ becomes ٤, ۶ becomes ٦), per number.
#[allow(dead_code)]
pub const RATE_NUMBER_TO_ARABIC_INDIC: u64 = 100_000;
/// ZWNJ → ordinary space, per ZWNJ.
#[allow(dead_code)]
pub const RATE_ZWNJ_TO_SPACE: u64 = 250_000;
/// ZWNJ dropped (word glued together), per ZWNJ.
#[allow(dead_code)]
pub const RATE_ZWNJ_REMOVED: u64 = 150_000;
/// ZWNJ → `¬` (U+00AC) or ZWJ (U+200D), half each, per ZWNJ.
#[allow(dead_code)]
pub const RATE_ZWNJ_TO_BOGUS: u64 = 20_000;
/// A space is doubled, per space.
#[allow(dead_code)]
pub const RATE_SPACE_DOUBLED: u64 = 30_000;
/// A space becomes NO-BREAK SPACE (U+00A0), per space.
#[allow(dead_code)]
pub const RATE_SPACE_TO_NBSP: u64 = 10_000;
/// A space is inserted before ، . ؟ (sentence-final `.` only), per mark.
#[allow(dead_code)]
pub const RATE_SPACE_BEFORE_PUNCT: u64 = 100_000;
/// The space after ، . ؛ ؟ ! : is removed, per such space.
#[allow(dead_code)]
pub const RATE_SPACE_AFTER_PUNCT_DROPPED: u64 = 50_000;
/// ، → `,`, per Arabic comma.
#[allow(dead_code)]
pub const RATE_COMMA_TO_ASCII: u64 = 200_000;
/// ؟ → `?`, per Arabic question mark.
#[allow(dead_code)]
pub const RATE_QUESTION_TO_ASCII: u64 = 200_000;
/// ؛ → `;`, per Arabic semicolon.
#[allow(dead_code)]
pub const RATE_SEMICOLON_TO_ASCII: u64 = 200_000;
/// « » → `"` `"`, per matched quote pair (both ends together).
#[allow(dead_code)]
pub const RATE_QUOTES_TO_ASCII: u64 = 100_000;
/// … (U+2026) → `...`, per ellipsis.
#[allow(dead_code)]
pub const RATE_ELLIPSIS_TO_DOTS: u64 = 500_000;
/// Tatweel (U+0640) inserted between two letters that join, per such pair.
#[allow(dead_code)]
pub const RATE_TATWEEL: u64 = 5_000;
/// A random fatha/kasra/damma/shadda is added after a letter, per letter.
#[allow(dead_code)]
pub const RATE_DIACRITIC: u64 = 5_000;
/// «لا» → lam-alef ligature U+FEFB (isolated) / U+FEFC (final), per «لا».
#[allow(dead_code)]
pub const RATE_LAM_ALEF_LIGATURE: u64 = 50_000;
/// ک ی ه → positional presentation form (isolated/final/initial/medial),
/// per occurrence of these three letters.
#[allow(dead_code)]
pub const RATE_PRESENTATION_FORM: u64 = 2_000;
/// ZWSP / LRM / RLM / BOM inserted before a character, per position.
#[allow(dead_code)]
pub const RATE_INVISIBLE: u64 = 2_000;
/// One to three trailing spaces added at the end of a line, per line.
#[allow(dead_code)]
pub const RATE_TRAILING_SPACES: u64 = 50_000;
/// هٔ (heh + U+0654) → ۀ (U+06C0), per occurrence.
#[allow(dead_code)]
pub const RATE_HEH_HAMZA_TO_YEH_BARREE: u64 = 500_000;

/// Deterministic fault injection; same (text, seed) → same output on every platform.
///
/// Works on `char`s, so the output is always valid UTF-8. Rates (see the
/// `RATE_*` constants, all in parts per million):
///
/// | Fault                                             | Unit                       | Rate  |
/// |---------------------------------------------------|----------------------------|-------|
/// | ی → ي (U+064A)                                    | per ی                      | 30 %  |
/// | ک → ك (U+0643)                                    | per ک                      | 30 %  |
/// | Persian digits → ASCII `0-9` (٫→`.` ٬→`,` ٪→`%`)  | per number (whole number)  | 20 %  |
/// | Persian digits → Arabic-Indic ٠–٩ (incl. ٥ U+0665)| per number (whole number)  | 10 %  |
/// | ZWNJ → space                                      | per ZWNJ                   | 25 %  |
/// | ZWNJ → removed                                    | per ZWNJ                   | 15 %  |
/// | ZWNJ → `¬` (U+00AC) or ZWJ (U+200D)               | per ZWNJ                   | 2 %   |
/// | space doubled                                     | per space                  | 3 %   |
/// | space → NBSP (U+00A0)                             | per space                  | 1 %   |
/// | space inserted before ، . ؟                       | per mark (`.` sentence-final only) | 10 % |
/// | space after ، . ؛ ؟ ! : removed                   | per following space        | 5 %   |
/// | ، → `,`                                           | per ،                      | 20 %  |
/// | ؟ → `?`                                           | per ؟                      | 20 %  |
/// | ؛ → `;`                                           | per ؛                      | 20 %  |
/// | « » → `"` `"` (both together)                     | per matched pair           | 10 %  |
/// | … → `...`                                         | per …                      | 50 %  |
/// | tatweel U+0640 inserted                           | per pair of joining letters| 0.5 % |
/// | fatha/kasra/damma/shadda added                    | per Arabic-script letter   | 0.5 % |
/// | لا → ligature U+FEFB / U+FEFC (by position)       | per «لا»                   | 5 %   |
/// | ک ی ه → presentation form (U+FB8E–FB91, U+FBFC–FBFF, U+FEE9–FEEC, by position) | per ک/ی/ه | 0.2 % |
/// | ZWSP / LRM / RLM / BOM inserted                   | per character position     | 0.2 % |
/// | 1–3 trailing spaces                               | per line                   | 5 %   |
/// | هٔ → ۀ (U+06C0)                                    | per هٔ                      | 50 %  |
///
/// Faults on one character are mutually exclusive where they would conflict
/// (e.g. a letter turned into a presentation form is not also given a
/// diacritic). Apart from invisible-character insertion, digits and the
/// separators inside a number only receive the per-number digit fault.
#[allow(dead_code)]
pub fn messify(text: &str, seed: u64) -> String {
    let chars: Vec<char> = text.chars().collect();
    let pairs = quote_pairs(&chars);
    let mut pending_close: Vec<usize> = Vec::new();
    let mut rng = SplitMix64::new(seed);
    let mut out = String::with_capacity(text.len() + text.len() / 4 + 16);
    let mut num_mode: Option<NumMode> = None;

    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        let prev = if i > 0 { Some(chars[i - 1]) } else { None };
        let next = chars.get(i + 1).copied();

        // Invisible junk before any character except a line break.
        if c != '\n' && rng.chance(RATE_INVISIBLE) {
            out.push(INVISIBLES[rng.below(INVISIBLES.len() as u64) as usize]);
        }

        // ---- numbers -------------------------------------------------------
        if let Some(mode) = num_mode {
            if is_number_separator(c) && next.is_some_and(is_persian_digit) {
                out.push(map_separator(c, mode));
                i += 1;
                continue;
            }
            if c == '\u{066A}' {
                // ٪ directly after a number
                out.push(if mode == NumMode::Ascii { '%' } else { c });
                num_mode = None;
                i += 1;
                continue;
            }
        }
        if is_persian_digit(c) {
            let mode = match num_mode {
                Some(m) => m,
                None => {
                    let r = rng.below(PPM);
                    let m = if r < RATE_NUMBER_TO_ASCII {
                        NumMode::Ascii
                    } else if r < RATE_NUMBER_TO_ASCII + RATE_NUMBER_TO_ARABIC_INDIC {
                        NumMode::ArabicIndic
                    } else {
                        NumMode::Keep
                    };
                    num_mode = Some(m);
                    m
                }
            };
            out.push(map_digit(c, mode));
            i += 1;
            continue;
        }
        num_mode = None;

        match c {
            '\u{200C}' => {
                let r = rng.below(PPM);
                if r < RATE_ZWNJ_TO_SPACE {
                    out.push(' ');
                } else if r < RATE_ZWNJ_TO_SPACE + RATE_ZWNJ_REMOVED {
                    // dropped
                } else if r < RATE_ZWNJ_TO_SPACE + RATE_ZWNJ_REMOVED + RATE_ZWNJ_TO_BOGUS {
                    out.push(if rng.below(2) == 0 {
                        '\u{00AC}'
                    } else {
                        '\u{200D}'
                    });
                } else {
                    out.push(c);
                }
            }
            ' ' => {
                if prev.is_some_and(is_punct_followed_by_space)
                    && rng.chance(RATE_SPACE_AFTER_PUNCT_DROPPED)
                {
                    // space after punctuation dropped
                } else if rng.chance(RATE_SPACE_TO_NBSP) {
                    out.push('\u{00A0}');
                } else {
                    out.push(' ');
                    if rng.chance(RATE_SPACE_DOUBLED) {
                        out.push(' ');
                    }
                }
            }
            '\n' => {
                if rng.chance(RATE_TRAILING_SPACES) {
                    for _ in 0..=rng.below(3) {
                        out.push(' ');
                    }
                }
                out.push('\n');
            }
            '\u{060C}' => {
                space_before_punct(&mut out, &mut rng, prev);
                out.push(if rng.chance(RATE_COMMA_TO_ASCII) {
                    ','
                } else {
                    c
                });
            }
            '\u{061F}' => {
                space_before_punct(&mut out, &mut rng, prev);
                out.push(if rng.chance(RATE_QUESTION_TO_ASCII) {
                    '?'
                } else {
                    c
                });
            }
            '.' => {
                // Only a sentence-final full stop: not inside URLs, e-mails,
                // file names or version numbers.
                if next.is_none_or(char::is_whitespace) {
                    space_before_punct(&mut out, &mut rng, prev);
                }
                out.push('.');
            }
            '\u{061B}' => {
                out.push(if rng.chance(RATE_SEMICOLON_TO_ASCII) {
                    ';'
                } else {
                    c
                });
            }
            '\u{2026}' => {
                if rng.chance(RATE_ELLIPSIS_TO_DOTS) {
                    out.push_str("...");
                } else {
                    out.push(c);
                }
            }
            '\u{00AB}' => {
                let paired = pairs.binary_search_by_key(&i, |&(o, _)| o).ok();
                match paired {
                    Some(p) if rng.chance(RATE_QUOTES_TO_ASCII) => {
                        pending_close.push(pairs[p].1);
                        out.push('"');
                    }
                    _ => out.push(c),
                }
            }
            '\u{00BB}' => {
                if let Some(p) = pending_close.iter().position(|&x| x == i) {
                    pending_close.swap_remove(p);
                    out.push('"');
                } else {
                    out.push(c);
                }
            }
            _ if is_joining_letter(c) => {
                // lam + alef → ligature
                if c == '\u{0644}' && next == Some('\u{0627}') && rng.chance(RATE_LAM_ALEF_LIGATURE)
                {
                    let joined = prev.is_some_and(is_dual_joining);
                    out.push(if joined { '\u{FEFC}' } else { '\u{FEFB}' });
                    i += 2;
                    continue;
                }
                // heh + hamza above → heh with yeh above
                if c == '\u{0647}'
                    && next == Some('\u{0654}')
                    && rng.chance(RATE_HEH_HAMZA_TO_YEH_BARREE)
                {
                    out.push('\u{06C0}');
                    i += 2;
                    continue;
                }
                // positional presentation forms for ک ی ه
                let forms = presentation_forms(c).filter(|_| rng.chance(RATE_PRESENTATION_FORM));
                if let Some(forms) = forms {
                    let jp = prev.is_some_and(is_dual_joining);
                    let jn = next.is_some_and(is_joining_letter);
                    let idx = match (jp, jn) {
                        (false, false) => 0, // isolated
                        (true, false) => 1,  // final
                        (false, true) => 2,  // initial
                        (true, true) => 3,   // medial
                    };
                    out.push(forms[idx]);
                    i += 1;
                    continue;
                }
                let letter = match c {
                    '\u{06CC}' if rng.chance(RATE_YEH_TO_ARABIC) => '\u{064A}',
                    '\u{06A9}' if rng.chance(RATE_KEHEH_TO_ARABIC) => '\u{0643}',
                    _ => c,
                };
                out.push(letter);
                if rng.chance(RATE_DIACRITIC) {
                    out.push(DIACRITICS[rng.below(DIACRITICS.len() as u64) as usize]);
                }
                if is_dual_joining(c)
                    && next.is_some_and(is_joining_letter)
                    && rng.chance(RATE_TATWEEL)
                {
                    out.push('\u{0640}');
                }
            }
            _ => out.push(c),
        }
        i += 1;
    }
    out
}

/// SplitMix64 (Steele, Lea & Flood 2014): tiny, fast, and fully specified
/// with wrapping 64-bit integer arithmetic, hence platform independent.
#[allow(dead_code)]
struct SplitMix64 {
    state: u64,
}

#[allow(dead_code)]
impl SplitMix64 {
    fn new(seed: u64) -> Self {
        Self { state: seed }
    }

    fn next_u64(&mut self) -> u64 {
        self.state = self.state.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.state;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// Uniform integer in `0..n` for `0 < n <= 2^32`, via multiply-shift.
    fn below(&mut self, n: u64) -> u64 {
        ((self.next_u64() >> 32) * n) >> 32
    }

    /// True with probability `ppm / 1_000_000`.
    fn chance(&mut self, ppm: u64) -> bool {
        self.below(PPM) < ppm
    }
}

#[allow(dead_code)]
#[derive(Clone, Copy, PartialEq, Eq)]
enum NumMode {
    Keep,
    Ascii,
    ArabicIndic,
}

#[allow(dead_code)]
const INVISIBLES: [char; 4] = ['\u{200B}', '\u{200E}', '\u{200F}', '\u{FEFF}'];

/// fatha, kasra, damma, shadda
#[allow(dead_code)]
const DIACRITICS: [char; 4] = ['\u{064E}', '\u{0650}', '\u{064F}', '\u{0651}'];

#[allow(dead_code)]
fn is_persian_digit(c: char) -> bool {
    ('\u{06F0}'..='\u{06F9}').contains(&c)
}

/// Characters that may sit between the digits of one number:
/// ٫ (decimal), ٬ (thousands), `/` (dates), `:` (times).
#[allow(dead_code)]
fn is_number_separator(c: char) -> bool {
    matches!(c, '\u{066B}' | '\u{066C}' | '/' | ':')
}

#[allow(dead_code)]
fn map_digit(c: char, mode: NumMode) -> char {
    let d = c as u32 - 0x06F0;
    let base = match mode {
        NumMode::Keep => return c,
        NumMode::Ascii => 0x30,
        NumMode::ArabicIndic => 0x0660,
    };
    char::from_u32(base + d).unwrap_or(c)
}

#[allow(dead_code)]
fn map_separator(c: char, mode: NumMode) -> char {
    match (mode, c) {
        (NumMode::Ascii, '\u{066B}') => '.',
        (NumMode::Ascii, '\u{066C}') => ',',
        _ => c,
    }
}

#[allow(dead_code)]
fn is_punct_followed_by_space(c: char) -> bool {
    matches!(c, '\u{060C}' | '.' | '\u{061B}' | '\u{061F}' | '!' | ':')
}

#[allow(dead_code)]
fn space_before_punct(out: &mut String, rng: &mut SplitMix64, prev: Option<char>) {
    if prev.is_some_and(|p| !p.is_whitespace()) && rng.chance(RATE_SPACE_BEFORE_PUNCT) {
        out.push(' ');
    }
}

/// Letters that connect to the following letter (and to the preceding one).
#[allow(dead_code)]
fn is_dual_joining(c: char) -> bool {
    matches!(
        c,
        '\u{0626}' // ئ
            | '\u{0628}' // ب
            | '\u{062A}'..='\u{062E}' // ت ث ج ح خ
            | '\u{0633}'..='\u{063A}' // س ش ص ض ط ظ ع غ
            | '\u{0641}'..='\u{0647}' // ف ق ك ل م ن ه
            | '\u{0649}' | '\u{064A}' // ى ي
            | '\u{067E}' // پ
            | '\u{0686}' // چ
            | '\u{06A9}' // ک
            | '\u{06AF}' // گ
            | '\u{06CC}' // ی
    )
}

/// Letters that connect only to the preceding letter.
#[allow(dead_code)]
fn is_right_joining(c: char) -> bool {
    matches!(
        c,
        '\u{0622}'..='\u{0625}' // آ أ ؤ إ
            | '\u{0627}' // ا
            | '\u{0629}' // ة
            | '\u{062F}'..='\u{0632}' // د ذ ر ز
            | '\u{0648}' // و
            | '\u{0698}' // ژ
            | '\u{06C0}' // ۀ
    )
}

#[allow(dead_code)]
fn is_joining_letter(c: char) -> bool {
    is_dual_joining(c) || is_right_joining(c)
}

/// Presentation forms `[isolated, final, initial, medial]`.
#[allow(dead_code)]
fn presentation_forms(c: char) -> Option<[char; 4]> {
    match c {
        '\u{06A9}' => Some(['\u{FB8E}', '\u{FB8F}', '\u{FB90}', '\u{FB91}']),
        '\u{06CC}' => Some(['\u{FBFC}', '\u{FBFD}', '\u{FBFE}', '\u{FBFF}']),
        '\u{0647}' => Some(['\u{FEE9}', '\u{FEEA}', '\u{FEEB}', '\u{FEEC}']),
        _ => None,
    }
}

/// Matches « with », returning `(open, close)` index pairs sorted by `open`.
#[allow(dead_code)]
fn quote_pairs(chars: &[char]) -> Vec<(usize, usize)> {
    let mut stack = Vec::new();
    let mut pairs = Vec::new();
    for (i, &c) in chars.iter().enumerate() {
        match c {
            '\u{00AB}' => stack.push(i),
            '\u{00BB}' => {
                if let Some(o) = stack.pop() {
                    pairs.push((o, i));
                }
            }
            _ => {}
        }
    }
    pairs.sort_unstable();
    pairs
}
