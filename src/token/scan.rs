//! The hot path: one pass over the bytes, a state machine per token.
//!
//! ASCII bytes are classified through a 256-entry table; UTF-8 is decoded only
//! at non-ASCII bytes. Every look-ahead is bounded (or consumes what it reads),
//! so the scan is linear in the input whatever the input is.

use unicode_segmentation::UnicodeSegmentation;

use super::{TokenKind, is_separator};
use crate::lexicon::{AbbrevClass, TokenLexicon};

const SPACE: u8 = 1;
const LOWER: u8 = 2;
const UPPER: u8 = 4;
const DIGIT: u8 = 8;
const LETTER: u8 = LOWER | UPPER;
const ALNUM: u8 = LETTER | DIGIT;

static CLASS: [u8; 256] = {
    let mut t = [0u8; 256];
    let mut b = 0;
    while b < 256 {
        let c = b as u8;
        t[b] = if c.is_ascii_lowercase() {
            LOWER
        } else if c.is_ascii_uppercase() {
            UPPER
        } else if c.is_ascii_digit() {
            DIGIT
        } else if matches!(c, b'\t' | b'\n' | 0x0B | 0x0C | b'\r' | b' ') {
            SPACE
        } else {
            0
        };
        b += 1;
    }
    t
};

/// Longest local part of an e-mail address (RFC 5321).
const MAX_LOCAL: usize = 64;
/// Longest host name.
const MAX_HOST: usize = 253;
/// Longest word read when looking ahead (function words, months, "Uhr").
const MAX_PEEK_WORD: usize = 32;

#[inline]
fn class(b: u8) -> u8 {
    CLASS[b as usize]
}

/// Whether `c` is a letter or digit of any script, with fast answers for
/// Latin-1 and for the general punctuation block (quotes, dashes, ellipsis)
/// that German text is full of.
#[inline]
fn is_word_char(c: char) -> bool {
    match c {
        '\0'..='\u{7F}' => c.is_ascii_alphanumeric(),
        '\u{C0}'..='\u{FF}' => c != '\u{D7}' && c != '\u{F7}',
        '\u{2000}'..='\u{206F}' | '\u{20A0}'..='\u{20CF}' => false,
        _ => c.is_alphanumeric(),
    }
}

/// Finds the next token at or after `*pos`, advances `*pos` past it and
/// returns `(start, end, kind)`; `None` at the end of the text.
///
/// Most tokens of a German text are runs of letters after ASCII spaces,
/// ended by a space, comma or line break ("Verwaltung ", "für "), or a
/// comma or period before an ASCII byte: this small function answers those
/// itself, so that it can be inlined into the caller's loop, and leaves
/// everything else to the full scanner, which would find the same token:
///
/// - a word of ASCII and Latin-1 letters ([`latin_letters`]) is what
///   `Scanner::word` makes of it up to such an end (it takes the same
///   letters, and a space, comma or line break ends a word that starts
///   with a letter); no URL starts so (a scheme or `www.` needs a `:` or a
///   `.` among its first bytes), and neither a space, comma or line break
///   nor a Latin-1 letter before it can extend a grapheme cluster;
/// - a comma is always a one-byte `Punct`, and so is a period that does
///   not start a run of periods (`Scanner::ascii_punct`); an ASCII byte
///   after it extends no cluster.
///
/// Always inlined: as a function of its own it costs a call per token, as
/// much as the full scanner saves on the tokens it answers.
#[inline(always)]
pub(super) fn next(
    text: &str,
    pos: &mut usize,
    lex: &TokenLexicon,
) -> Option<(usize, usize, TokenKind)> {
    let bytes = text.as_bytes();
    let mut start = *pos;
    while start < bytes.len() && class(bytes[start]) & SPACE != 0 {
        start += 1;
    }
    if let Some(&b) = bytes.get(start) {
        if class(b) & LETTER != 0 || latin1_letter_at(bytes, start) {
            let end = latin_letters(bytes, start);
            if matches!(bytes.get(end), Some(b' ' | b',' | b'\n')) {
                *pos = end;
                return Some((start, end, TokenKind::Word));
            }
        } else if matches!(b, b',' | b'.')
            && bytes.get(start + 1).is_some_and(|&n| n < 0x80 && n != b'.')
        {
            *pos = start + 1;
            return Some((start, start + 1, TokenKind::Punct));
        }
    }
    next_from(text, pos, lex, start)
}

/// Whether a two-byte Latin-1 letter (U+00C0..=U+00FF but `×` and `÷`:
/// ä, ö, ü, ß, é …) starts at byte `i`. In valid UTF-8 the byte after
/// `0xC3` is a continuation byte, so `0xC3` and anything but `0x97` and
/// `0xB7` is one of them (the test of `Scanner::word`'s fast path).
#[inline(always)]
fn latin1_letter_at(bytes: &[u8], i: usize) -> bool {
    bytes.get(i) == Some(&0xC3) && bytes.get(i + 1).is_some_and(|&n| !matches!(n, 0x97 | 0xB7))
}

/// End of the run of ASCII letters and two-byte Latin-1 letters
/// ([`latin1_letter_at`]) starting at `i`.
#[inline(always)]
fn latin_letters(bytes: &[u8], mut i: usize) -> usize {
    loop {
        i = ascii_letters(bytes, i);
        if !latin1_letter_at(bytes, i) {
            return i;
        }
        i += 2;
    }
}

/// [`next`] for any token; the separators before `from` are skipped
/// already (some of the run may remain). Kept out of line so that [`next`]
/// stays small enough to inline.
#[inline(never)]
fn next_from(
    text: &str,
    pos: &mut usize,
    lex: &TokenLexicon,
    from: usize,
) -> Option<(usize, usize, TokenKind)> {
    let s = Scanner {
        text,
        bytes: text.as_bytes(),
        lex,
    };
    let start = s.skip_separators(from);
    if start >= s.bytes.len() {
        *pos = s.bytes.len();
        return None;
    }
    let (mut end, kind) = s.token(start);
    // Never split a grapheme cluster: a combining mark, variation selector
    // or emoji modifier after the token belongs to it, and so does whatever
    // follows a prepended mark. Clusters never join two ASCII characters
    // (CR LF aside, which are separators), so ASCII on both sides is safe.
    if end < s.bytes.len()
        && (s.bytes[end] >= 0x80 || s.bytes[end - 1] >= 0x80)
        && s.may_extend(end)
    {
        end = s.extend_cluster(end);
    }
    // Defensive: the scanner always makes progress on a char boundary.
    if end <= start || !text.is_char_boundary(end) {
        end = start + s.char_at(start).len_utf8();
    }
    *pos = end;
    Some((start, end, kind))
}

struct Scanner<'t> {
    text: &'t str,
    bytes: &'t [u8],
    lex: &'t TokenLexicon,
}

/// Names written with a dot between letters that stay one word ("ver.di",
/// "Komm.ONE"; "IT.NRW" and its like are found by shape).
const DOTTED_NAMES: &[&str] = &["ver.di", "komm.one"];

impl<'t> Scanner<'t> {
    // ---------------------------------------------------------------- helpers

    /// The char starting at byte `i` (a char boundary), or U+FFFD past the end.
    ///
    /// Decodes straight from the bytes: the input is a `&str`, so the
    /// sequence at a char boundary is valid UTF-8.
    #[inline]
    fn char_at(&self, i: usize) -> char {
        let b = self.bytes;
        let Some(&b0) = b.get(i) else {
            return '\u{FFFD}';
        };
        let cont = |k: usize| u32::from(b.get(i + k).copied().unwrap_or(0) & 0x3F);
        let code = match b0 {
            0x00..=0x7F => u32::from(b0),
            0xC0..=0xDF => (u32::from(b0 & 0x1F) << 6) | cont(1),
            0xE0..=0xEF => (u32::from(b0 & 0x0F) << 12) | (cont(1) << 6) | cont(2),
            _ => (u32::from(b0 & 0x07) << 18) | (cont(1) << 12) | (cont(2) << 6) | cont(3),
        };
        char::from_u32(code).unwrap_or('\u{FFFD}')
    }

    /// Whether the token ending at `end` could share a grapheme cluster with
    /// what follows: only when the next char can extend a cluster (nothing
    /// below U+0300 or among the general punctuation and currency signs can)
    /// or the last char can prepend to the next one.
    #[inline]
    fn may_extend(&self, end: usize) -> bool {
        let next = self.char_at(end);
        let next_may_extend = !(next < '\u{300}'
            || ('\u{2010}'..='\u{2027}').contains(&next)
            || ('\u{2030}'..='\u{205E}').contains(&next)
            || ('\u{20A0}'..='\u{20CF}').contains(&next));
        next_may_extend || {
            // Prepended concatenation marks (GCB=Prepend) live in
            // U+0600..=U+0D4E and from U+11000 on.
            let last = self.char_at(self.prev_char_start(end));
            ('\u{600}'..='\u{D4E}').contains(&last) || last >= '\u{11000}'
        }
    }

    /// The char ending just before byte `i`, if any.
    #[inline]
    fn char_before(&self, i: usize) -> Option<char> {
        self.text.get(..i).and_then(|s| s.chars().next_back())
    }

    /// Start of the char that ends just before byte `i`.
    #[inline]
    fn prev_char_start(&self, i: usize) -> usize {
        let mut j = i.saturating_sub(1);
        while j > 0 && (self.bytes[j] & 0xC0) == 0x80 {
            j -= 1;
        }
        j
    }

    #[inline]
    fn byte(&self, i: usize) -> u8 {
        self.bytes.get(i).copied().unwrap_or(0)
    }

    /// Whether the char at `i` is a letter or digit (any script).
    #[inline]
    fn alnum_at(&self, i: usize) -> bool {
        match self.bytes.get(i) {
            None => false,
            Some(&b) if b < 0x80 => class(b) & ALNUM != 0,
            Some(_) => is_word_char(self.char_at(i)),
        }
    }

    /// Whether the char at `i` is a letter (any script).
    #[inline]
    fn letter_at(&self, i: usize) -> bool {
        match self.bytes.get(i) {
            None => false,
            Some(&b) if b < 0x80 => class(b) & LETTER != 0,
            Some(_) => self.char_at(i).is_alphabetic(),
        }
    }

    #[inline]
    fn digit_at(&self, i: usize) -> bool {
        self.byte(i).is_ascii_digit()
    }

    /// End of the run of ASCII digits starting at `i`.
    #[inline]
    fn digits(&self, mut i: usize) -> usize {
        while i < self.bytes.len() && self.bytes[i].is_ascii_digit() {
            i += 1;
        }
        i
    }

    /// Value of the ASCII digits in `from..to` (at most a few digits).
    fn value(&self, from: usize, to: usize) -> u32 {
        self.bytes[from..to]
            .iter()
            .take(9)
            .fold(0, |n, &b| n * 10 + u32::from(b - b'0'))
    }

    /// First byte at or after `i` that is not a separator.
    #[inline]
    fn skip_separators(&self, mut i: usize) -> usize {
        let len = self.bytes.len();
        while i < len {
            let b = self.bytes[i];
            if b < 0x80 {
                if class(b) & SPACE == 0 {
                    break;
                }
                i += 1;
            } else {
                let c = self.char_at(i);
                if !is_separator(c) {
                    break;
                }
                i += c.len_utf8();
            }
        }
        i
    }

    /// First byte at or after `i` that is not a space on the same line.
    fn skip_inline_space(&self, mut i: usize) -> usize {
        while i < self.bytes.len() {
            let b = self.bytes[i];
            if b == b' ' || b == b'\t' {
                i += 1;
            } else if b >= 0x80 {
                let c = self.char_at(i);
                if c != '\u{2028}' && c != '\u{2029}' && is_separator(c) {
                    i += c.len_utf8();
                } else {
                    break;
                }
            } else {
                break;
            }
        }
        i
    }

    /// The word (letters only) starting at `i`, at most `MAX_PEEK_WORD` bytes.
    fn peek_word(&self, i: usize) -> &'t str {
        let mut j = i;
        while j < self.bytes.len() && j - i < MAX_PEEK_WORD {
            let b = self.bytes[j];
            if b < 0x80 {
                if class(b) & LETTER == 0 {
                    break;
                }
                j += 1;
            } else {
                let c = self.char_at(j);
                if !c.is_alphabetic() {
                    break;
                }
                j += c.len_utf8();
            }
        }
        self.text.get(i..j).unwrap_or("")
    }

    /// End of the grapheme cluster that contains the char before `i`, if it
    /// reaches past `i`; otherwise `i`.
    fn extend_cluster(&self, i: usize) -> usize {
        if i == 0 || i >= self.bytes.len() {
            return i;
        }
        if is_separator(self.char_at(i)) {
            return i;
        }
        let prev = self.prev_char_start(i);
        if is_regional_indicator(self.char_at(prev)) {
            // Regional indicators pair up from the start of their run (two
            // make a flag): if the one before `i` closes a pair, the
            // cluster ends at `i`; re-segmenting from it would pair it with
            // the next flag's first letter. The run is counted back a
            // bounded distance, so time stays linear in runs of thousands.
            let mut run = 1;
            let mut j = prev;
            while run < MAX_FLAG_RUN && j > 0 {
                let p = self.prev_char_start(j);
                if !is_regional_indicator(self.char_at(p)) {
                    break;
                }
                run += 1;
                j = p;
            }
            if run % 2 == 0 {
                return i;
            }
        }
        let end = self.cluster_end(prev);
        end.max(i)
    }

    /// End of the grapheme cluster that starts at `i`.
    fn cluster_end(&self, i: usize) -> usize {
        let Some(g) = self.text.get(i..).and_then(|s| s.graphemes(true).next()) else {
            return i + 1;
        };
        // a prepended mark joins whatever follows, even a space: white space
        // still belongs to no token
        let cut = g
            .char_indices()
            .skip(1)
            .find(|&(_, c)| is_separator(c))
            .map_or(g.len(), |(k, _)| k);
        i + cut
    }

    // ------------------------------------------------------------- dispatch

    fn token(&self, start: usize) -> (usize, TokenKind) {
        let b = self.bytes[start];
        if b < 0x80 {
            let c = class(b);
            if c & LETTER != 0 {
                // The common case first: ASCII letters up to a space or a
                // comma ("Verwaltung "). No URL ends so ("http:", "www.").
                let end = ascii_letters(self.bytes, start + 1);
                if matches!(self.bytes.get(end), Some(b' ' | b',' | b'\n')) {
                    return (end, TokenKind::Word);
                }
                let second = self.byte(start + 1) | 0x20;
                if ((second == b't' && matches!(b | 0x20, b'h' | b'f'))
                    || (second == b'w' && b | 0x20 == b'w'))
                    && let Some(end) = self.url_at(start)
                {
                    return (end, TokenKind::Url);
                }
                return self.word(start, end);
            }
            if c & DIGIT != 0 {
                return self.number(start);
            }
            return self.ascii_punct(start, b);
        }
        let c = self.char_at(start);
        if is_word_char(c) {
            return self.word(start, start + c.len_utf8());
        }
        self.unicode_punct(start, c)
    }

    // ------------------------------------------------------------------ words

    /// Scans a word that starts at `start`; scanning resumes at `i`.
    fn word(&self, start: usize, mut i: usize) -> (usize, TokenKind) {
        let bytes = self.bytes;
        let len = bytes.len();
        loop {
            i = ascii_letters(bytes, i);
            while i < len && class(bytes[i]) & ALNUM != 0 {
                i += 1;
            }
            if i >= len {
                break;
            }
            let b = bytes[i];
            if b >= 0x80 {
                // Fast path for ä ö ü ß and the other Latin-1 letters
                // (U+00C0..=U+00FF except × and ÷).
                if b == 0xC3 && i + 1 < len && !matches!(bytes[i + 1], 0x97 | 0xB7) {
                    i += 2;
                    continue;
                }
                let c = self.char_at(i);
                let l = c.len_utf8();
                if is_word_char(c) {
                    i += l;
                    continue;
                }
                match c {
                    // soft hyphen, hyphen, non-breaking hyphen inside a word
                    '\u{AD}' | '\u{2010}' | '\u{2011}' if self.alnum_at(i + l) => {
                        i += l;
                        continue;
                    }
                    // apostrophe: geht’s, O’Neill
                    '\u{2019}' | '\u{2BC}'
                        if self.letter_at(self.prev_char_start(i)) && self.letter_at(i + l) =>
                    {
                        i += l;
                        continue;
                    }
                    _ => {}
                }
                if self.may_extend(i) {
                    let end = self.extend_cluster(i);
                    if end > i {
                        i = end;
                        continue;
                    }
                }
                break;
            }
            match b {
                b' ' | b'\n' | b',' | b')' | b';' | b'\r' | b'\t' | b'"' | b'!' | b'?'
                    if !self.bytes[start].is_ascii_digit() =>
                {
                    return (i, TokenKind::Word);
                }
                b'-' => {
                    if self.alnum_at(i + 1) {
                        i += 1;
                        continue;
                    }
                    if self.truncation(start, i) {
                        return (i + 1, TokenKind::Word);
                    }
                    break;
                }
                b'_' if self.alnum_at(i + 1) => {
                    i += 1;
                    continue;
                }
                b'*' | b':' | b'/' => {
                    if let Some(n) = self.gender_suffix(start, i) {
                        i += n;
                        continue;
                    }
                    break;
                }
                b'\'' if self.letter_at(self.prev_char_start(i)) && self.letter_at(i + 1) => {
                    i += 1;
                    continue;
                }
                _ => break,
            }
        }
        self.word_end(start, i)
    }

    /// Decides what the byte at `i` that stopped a word means for it.
    fn word_end(&self, start: usize, i: usize) -> (usize, TokenKind) {
        match self.byte(i) {
            b'@' => {
                if let Some(end) = self.email(start) {
                    return (end, TokenKind::Email);
                }
            }
            b'.' => {
                if self.alnum_at(i + 1) {
                    if let Some(end) = self.email(start) {
                        return (end, TokenKind::Email);
                    }
                    if let Some(end) = self.domain(start) {
                        return (end, TokenKind::Url);
                    }
                    // "IT.NRW", "IT.Niedersachsen": names of public IT
                    // providers glue an acronym to a capitalised word
                    if i - start >= 2
                        && self.bytes[start..i].iter().all(u8::is_ascii_uppercase)
                        && self.byte(i + 1).is_ascii_uppercase()
                    {
                        return self.word(start, i + 1);
                    }
                    // "ver.di", "Komm.ONE": names spelled with a dot inside
                    if let Some(name) = DOTTED_NAMES.iter().find(|name| {
                        self.bytes
                            .get(start..start + name.len())
                            .is_some_and(|b| b.eq_ignore_ascii_case(name.as_bytes()))
                    }) && !self.alnum_at(start + name.len())
                    {
                        return self.word(start, start + name.len());
                    }
                }
                if let Some(end) = self.abbreviation(start, i) {
                    return (end, TokenKind::Abbreviation);
                }
            }
            _ => {}
        }
        let kind = if self.bytes[start].is_ascii_digit()
            && self.bytes[start..i]
                .iter()
                .all(|&b| b.is_ascii_digit() || b == b'-')
        {
            TokenKind::Number
        } else {
            TokenKind::Word
        };
        (i, kind)
    }

    /// Whether the hyphen at `i` ends a truncated compound ("Bundes- und").
    fn truncation(&self, start: usize, i: usize) -> bool {
        if i == start || !self.letter_at(self.prev_char_start(i)) {
            return false;
        }
        match self.bytes.get(i + 1) {
            None => true,
            Some(b',' | b'/') => true,
            Some(&b) if b < 0x80 => class(b) & SPACE != 0,
            Some(_) => is_separator(self.char_at(i + 1)),
        }
    }

    /// Length of a gender suffix (`*innen`, `:in`, `/innen`, …) starting with
    /// the joiner at `i`, if there is one.
    fn gender_suffix(&self, start: usize, i: usize) -> Option<usize> {
        if !self.byte(i.wrapping_sub(1)).is_ascii_lowercase() {
            return None;
        }
        // "Bürger/-innen" (the form Duden recommends)
        let joiner = if self.bytes[i] == b'/' && self.byte(i + 1) == b'-' {
            2
        } else {
            1
        };
        let rest = &self.bytes[i + joiner..];
        let n = if rest.starts_with(b"innen") {
            5
        } else if rest.starts_with(b"in") {
            2
        } else {
            return None;
        };
        let after = i + joiner + n;
        // "Schüler*innenvertretung" continues; "*ink" or "/indem" does not
        if self.letter_at(after) && !(n == 5 && self.byte(after).is_ascii_lowercase()) {
            return None;
        }
        // "Lehrer/in" but not "und/in": a slashed "in" needs a noun before it
        if self.bytes[i] == b'/' && joiner == 1 && n == 2 && !self.bytes[start].is_ascii_uppercase()
        {
            return None;
        }
        Some(joiner + n)
    }

    /// An e-mail address starting at `start`: returns its end.
    fn email(&self, start: usize) -> Option<usize> {
        let bytes = self.bytes;
        let mut j = start;
        // the local part: letters of any script ("müller@…"), digits, ._%+-
        while j < bytes.len() && j - start <= MAX_LOCAL {
            if matches!(bytes[j], b'.' | b'_' | b'%' | b'+' | b'-') {
                j += 1;
            } else if self.alnum_at(j) {
                j += self.char_at(j).len_utf8();
            } else {
                break;
            }
        }
        if j == start || self.byte(j) != b'@' || bytes[j - 1] == b'.' {
            return None;
        }
        let (end, last) = self.host(j + 1)?;
        let tld = &bytes[last..end];
        (tld.len() >= 2 && tld.iter().all(u8::is_ascii_alphabetic)).then_some(end)
    }

    /// A host name (at least two dot-separated labels) starting at `i`:
    /// returns its end and the start of its last label.
    fn host(&self, i: usize) -> Option<(usize, usize)> {
        let bytes = self.bytes;
        let mut j = i;
        let mut labels = 0;
        let mut last;
        loop {
            let label = j;
            // labels of letters of any script ("münchen.de"), digits and hyphens
            while j < bytes.len() {
                if bytes[j] == b'-' || class(bytes[j]) & ALNUM != 0 {
                    j += 1;
                } else if bytes[j] >= 0x80 && self.alnum_at(j) {
                    j += self.char_at(j).len_utf8();
                } else {
                    break;
                }
                if j - i > MAX_HOST {
                    return None;
                }
            }
            if j == label {
                return None;
            }
            labels += 1;
            last = label;
            if self.byte(j) == b'.' && self.alnum_at(j + 1) {
                j += 1;
                continue;
            }
            break;
        }
        (labels >= 2).then_some((j, last))
    }

    /// A web address without scheme (`bund.de`, `digitalservice.bund.de/x`)
    /// starting at `start`: returns its end.
    fn domain(&self, start: usize) -> Option<usize> {
        let (end, last) = self.host(start)?;
        let tld = self.text.get(last..end)?;
        if !tld.bytes().all(|b| b.is_ascii_lowercase()) || !self.lex.is_tld(tld) {
            return None;
        }
        // The first label must not be a lone letter ("z.de" is a typo, not a
        // host), and the TLD must be lowercase and known ("Ende.Die" is a
        // missing space).
        if last - start < 2 {
            return None;
        }
        if self.letter_at(end) {
            return None;
        }
        if self.byte(end) == b'/' {
            return Some(self.url_tail(end, end));
        }
        Some(end)
    }

    /// An abbreviation ending with the period at `i`: returns its end.
    fn abbreviation(&self, start: usize, i: usize) -> Option<usize> {
        let bytes = self.bytes;
        // "usw..." is a word and an ellipsis
        if self.byte(i + 1) == b'.' && self.byte(i + 2) == b'.' {
            return None;
        }
        // Longest multi-period spelling first: "Dipl.-Ing.", "e.V.", "Dr.-Ing.".
        let mut best = None;
        let mut j = i + 1;
        let longest = self.lex.longest_abbreviation();
        while j < bytes.len() && j - start < longest {
            let mut k = j;
            if bytes[k] == b'-' {
                k += 1;
            }
            let letters = k;
            while k < bytes.len() && k - start < longest && self.letter_at(k) {
                k += self.char_at(k).len_utf8();
            }
            if k == letters || self.byte(k) != b'.' {
                break;
            }
            if self
                .text
                .get(start..=k)
                .is_some_and(|c| self.lex.abbreviation(c).is_some())
            {
                best = Some(k + 1);
            }
            j = k + 1;
        }
        if let Some(end) = best {
            return Some(self.gender_title(end));
        }
        let candidate = self.text.get(start..=i)?;
        if candidate.len() > self.lex.longest_abbreviation() {
            return None;
        }
        match self.lex.abbreviation(candidate) {
            Some(AbbrevClass::Plain) => Some(self.gender_title(i + 1)),
            Some(AbbrevClass::Word) => (!self.sentence_follows(i + 1)).then_some(i + 1),
            // Street names: "Klemensstr.", "Bahnhofstr."
            None if candidate.len() > 4 && candidate.ends_with("str.") => Some(i + 1),
            None => {
                // A single letter with a period: an initial ("Hans A. Müller")
                // or a part of "z. B.", "u. a.", "d. h.".
                let mut chars = candidate[..candidate.len() - 1].chars();
                match (chars.next(), chars.next()) {
                    // … but not a unit after a symbol or digit ("25°C.")
                    (Some(c), None)
                        if c.is_alphabetic()
                            && self.char_before(start).is_none_or(|p| {
                                is_separator(p)
                                    || matches!(p, '(' | '[' | '„' | '"' | '»' | '-' | '/' | '.')
                            }) =>
                    {
                        Some(i + 1)
                    }
                    _ => None,
                }
            }
        }
    }

    /// End of an Austrian feminine title suffix right after an abbreviation
    /// ending at `end` ("Mag.a", "Dr.in"), or `end`.
    fn gender_title(&self, end: usize) -> usize {
        let rest = &self.bytes[end..];
        let n = if rest.starts_with(b"in") {
            2
        } else if rest.starts_with(b"a") {
            1
        } else {
            return end;
        };
        if self.letter_at(end + n) {
            end
        } else {
            end + n
        }
    }

    /// Whether a new sentence clearly starts after byte `i` (the end of a
    /// period): end of text, a line break, or a capitalised function word.
    fn sentence_follows(&self, i: usize) -> bool {
        let k = self.skip_inline_space(i);
        if k >= self.bytes.len() || matches!(self.bytes[k], b'\n' | b'\r') {
            return true;
        }
        let word = self.peek_word(k);
        word.chars().next().is_some_and(char::is_uppercase) && self.lex.is_function_word(word)
    }

    // ---------------------------------------------------------------- numbers

    fn number(&self, start: usize) -> (usize, TokenKind) {
        let (end, kind) = self.number_body(start);
        if kind != TokenKind::Number {
            return (end, kind);
        }
        // Amounts without cents: "1.250,–", "Fr. 850'000.–"
        if matches!(self.byte(end), b',' | b'.') {
            let mut j = end + 1;
            while let dash @ ('\u{2013}' | '\u{2014}' | '-') = self.char_at(j) {
                j += dash.len_utf8();
            }
            if j > end + 1 && !self.alnum_at(j) {
                return (j, kind);
            }
        }
        (end, kind)
    }

    fn number_body(&self, start: usize) -> (usize, TokenKind) {
        let i = self.digits(start);
        let n1 = i - start;
        match self.byte(i) {
            b'.' if self.digit_at(i + 1) => {
                let j = self.digits(i + 1);
                let n2 = j - i - 1;
                let day_month = |d: (usize, usize), m: (usize, usize)| {
                    valid_day_month(self.value(d.0, d.1), self.value(m.0, m.1))
                };
                if self.byte(j) == b'.' {
                    if self.digit_at(j + 1) {
                        let k = self.digits(j + 1);
                        let n3 = k - j - 1;
                        let more = self.byte(k) == b'.' && self.digit_at(k + 1);
                        if !more
                            && n1 <= 2
                            && n2 <= 2
                            && (n3 == 2 || n3 == 4)
                            && day_month((start, i), (i + 1, j))
                            && !self.alnum_at(k)
                        {
                            return (k, TokenKind::Date);
                        }
                        if n1 <= 3 && n2 == 3 && n3 == 3 {
                            return (self.grouped(k), TokenKind::Number);
                        }
                        // versions, section numbers, addresses: 1.2.3, 10.0.0.1
                        let mut e = k;
                        while self.byte(e) == b'.' && self.digit_at(e + 1) {
                            e = self.digits(e + 1);
                        }
                        return (e, TokenKind::Number);
                    }
                    // "18.12." — day and month, year left open
                    if n1 <= 2
                        && n2 <= 2
                        && day_month((start, i), (i + 1, j))
                        && !self.alnum_at(j + 1)
                    {
                        return (j + 1, TokenKind::Date);
                    }
                }
                if n1 <= 3 && n2 == 3 {
                    return (self.grouped(j), TokenKind::Number);
                }
                if n1 <= 2
                    && n2 == 2
                    && self.value(start, i) <= 24
                    && self.value(i + 1, j) <= 59
                    && self.uhr_follows(j)
                {
                    return (j, TokenKind::Time);
                }
                if self.letter_at(j) {
                    return self.word(start, j);
                }
                (j, TokenKind::Number)
            }
            b'.' => {
                if self.ordinal_follows(start, n1, i + 1) {
                    (i + 1, TokenKind::Ordinal)
                } else {
                    (i, TokenKind::Number)
                }
            }
            // Swiss thousands: 850'000, 1'250'000.50
            b'\'' if n1 <= 3 && self.digits(i + 1) == i + 4 => {
                let mut j = i + 4;
                while self.byte(j) == b'\'' && self.digits(j + 1) == j + 4 {
                    j += 4;
                }
                if self.byte(j) == b'.' && self.digits(j + 1) == j + 3 {
                    j += 3;
                }
                (j, TokenKind::Number)
            }
            b',' if self.digit_at(i + 1) => {
                let j = self.digits(i + 1);
                if self.byte(j) == b'-' && self.letter_at(j + 1) {
                    return self.word(start, j + 1); // "1,5-fach"
                }
                (j, TokenKind::Number)
            }
            b':' if self.digit_at(i + 1) => {
                let j = self.digits(i + 1);
                if n1 <= 2
                    && j - i - 1 == 2
                    && self.value(start, i) <= 24
                    && self.value(i + 1, j) <= 59
                {
                    // optional seconds
                    if self.byte(j) == b':' && self.digits(j + 1) == j + 3 {
                        return (j + 3, TokenKind::Time);
                    }
                    return (j, TokenKind::Time);
                }
                (i, TokenKind::Number)
            }
            b'-' => {
                // ISO 8601: 2023-12-18
                if n1 == 4
                    && self.digits(i + 1) == i + 3
                    && self.byte(i + 3) == b'-'
                    && self.digits(i + 4) == i + 6
                    && valid_day_month(self.value(i + 4, i + 6), self.value(i + 1, i + 3))
                {
                    if !self.alnum_at(i + 6) {
                        return (i + 6, TokenKind::Date);
                    }
                    // with a time: 2016-01-07T23:00:00+01:00
                    if let Some(end) = self.iso_time(i + 6) {
                        return (end, TokenKind::Date);
                    }
                }
                if self.alnum_at(i + 1) {
                    return self.word(start, i + 1);
                }
                self.word_end(start, i)
            }
            _ if self.letter_at(i) => self.word(start, i),
            _ => (i, TokenKind::Number),
        }
    }

    /// End of an ISO 8601 time part at `t` (`T23:00`, `T23:00:00Z`,
    /// `T23:00:00+01:00`), if there is one.
    fn iso_time(&self, t: usize) -> Option<usize> {
        let two = |k: usize| self.digits(k) == k + 2;
        if self.byte(t) != b'T' || !two(t + 1) || self.byte(t + 3) != b':' || !two(t + 4) {
            return None;
        }
        let mut end = t + 6;
        if self.byte(end) == b':' && two(end + 1) {
            end += 3;
            if self.byte(end) == b'.' && self.digit_at(end + 1) {
                end = self.digits(end + 1);
            }
        }
        match self.byte(end) {
            b'Z' => end += 1,
            b'+' | b'-' if two(end + 1) => {
                end += 3;
                if self.byte(end) == b':' && two(end + 1) {
                    end += 3;
                } else if two(end) {
                    end += 2;
                }
            }
            _ => {}
        }
        (!self.alnum_at(end)).then_some(end)
    }

    /// End of further `.ddd` thousands groups and an optional `,dd` decimal part.
    fn grouped(&self, mut j: usize) -> usize {
        while self.byte(j) == b'.' && self.digits(j + 1) == j + 4 {
            j += 4;
        }
        if self.byte(j) == b',' && self.digit_at(j + 1) {
            j = self.digits(j + 1);
        }
        j
    }

    /// Whether "Uhr" follows byte `j` (after optional spaces).
    fn uhr_follows(&self, j: usize) -> bool {
        let k = self.skip_inline_space(j);
        if self.peek_word(k) == "Uhr" {
            return true;
        }
        // the first time of a range: "9.30 bis 11.45 Uhr", "9.30–12 Uhr"
        let k = if self.peek_word(k) == "bis" {
            k + 3
        } else if matches!(self.char_at(k), '\u{2013}' | '-') {
            k + self.char_at(k).len_utf8()
        } else {
            return false;
        };
        let k = self.skip_inline_space(k);
        let h = self.digits(k);
        if h == k || h - k > 2 {
            return false;
        }
        let m = if matches!(self.byte(h), b'.' | b':') && self.digits(h + 1) == h + 3 {
            h + 3
        } else {
            h
        };
        self.peek_word(self.skip_inline_space(m)) == "Uhr"
    }

    /// Whether the number `start..start+n1` followed by a period (ending at
    /// `after`) is an ordinal ("am 3. Oktober", "im 3. Quartal") rather than
    /// a number that ends a sentence ("stieg auf 27. Die …").
    fn ordinal_follows(&self, start: usize, n1: usize, after: usize) -> bool {
        // "1.–3. März", "1.-3.3.2024": a range of days
        let direct = self.char_at(after);
        if matches!(direct, '\u{2013}' | '-' | '/') {
            return n1 <= 2 && self.digit_at(after + direct.len_utf8());
        }
        // "am 27., 28. und 29. Dezember": a day in a list of days
        if direct == ',' && n1 <= 2 {
            let k = self.skip_inline_space(after + 1);
            let d = self.digits(k);
            return d > k && d - k <= 2 && self.byte(d) == b'.';
        }
        let mut k = self.skip_inline_space(after);
        // "am 3.\nOktober": one line break before a month name
        if k < self.bytes.len() && self.bytes[k] == b'\n' && n1 <= 2 {
            let m = self.skip_inline_space(k + 1);
            if self.lex.month(self.peek_word(m)).is_some() {
                k = m;
            }
        }
        if k == after || k >= self.bytes.len() {
            return false;
        }
        let next = self.char_at(k);
        if next.is_lowercase() {
            return true;
        }
        if n1 > 3 {
            return false;
        }
        // "am 12. 3. 2024": a day before a spaced month number
        if next.is_ascii_digit() {
            let d = self.digits(k);
            let month_follows = d - k <= 2 && self.byte(d) == b'.';
            // "… 12. 3. 2024": the month of a spaced date before its year
            let year_follows = d - k == 4 && self.after_spaced_day(start);
            return n1 <= 2 && (month_follows || year_follows);
        }
        if (self.at_line_start(start) || self.after_sentence_end(start))
            && (next.is_alphanumeric() || next == '„' || next == '"')
        {
            return true; // a numbered list item: "1. Die Verwaltung …"
        }
        if next == '\u{2013}' {
            return n1 <= 2; // "3. – 5. März"
        }
        if !next.is_uppercase() {
            return false;
        }
        let word = self.peek_word(k);
        if self.lex.month(word).is_some() {
            return true;
        }
        // "der 2. Vor-Ort-Termin": a compound is no function word
        let compound = self.byte(k + word.len()) == b'-';
        compound || !self.lex.is_function_word(word)
    }

    /// Whether `i` follows a day number, its period and a space ("12. |3.").
    fn after_spaced_day(&self, i: usize) -> bool {
        let mut j = i;
        while j > 0 && self.bytes[j - 1] == b' ' {
            j -= 1;
        }
        if j == i || j == 0 || self.bytes[j - 1] != b'.' {
            return false;
        }
        let mut d = j - 1;
        while d > 0 && j - 1 - d < 2 && self.bytes[d - 1].is_ascii_digit() {
            d -= 1;
        }
        d < j - 1 && (d == 0 || !self.bytes[d - 1].is_ascii_alphanumeric())
    }

    /// Whether `i` follows a sentence-final mark and a space ("… wollten. 4.").
    fn after_sentence_end(&self, i: usize) -> bool {
        let mut j = i;
        while j > 0 && self.bytes[j - 1] == b' ' {
            j -= 1;
        }
        if j == i || j == 0 || !matches!(self.bytes[j - 1], b'.' | b'!' | b'?') {
            return false;
        }
        // "in der Abt. 3. Die …": an abbreviation's period ends no sentence
        let mut w = j - 1;
        while w > 0 && j - w <= MAX_PEEK_WORD && self.bytes[w - 1].is_ascii_alphabetic() {
            w -= 1;
        }
        let word = self.text.get(w..j).unwrap_or("");
        word.len() < 2 || self.lex.abbreviation(word).is_none()
    }

    /// Whether only spaces stand between the start of the line and `i`.
    fn at_line_start(&self, i: usize) -> bool {
        let mut j = i;
        while j > 0 {
            match self.bytes[j - 1] {
                b' ' | b'\t' => j -= 1,
                b'\n' | b'\r' => return true,
                _ => return false,
            }
        }
        true
    }

    // ------------------------------------------------------------------- URLs

    /// A URL with a scheme or `www.` at `start`: returns its end.
    fn url_at(&self, start: usize) -> Option<usize> {
        let rest = &self.bytes[start..];
        let body = [&b"https://"[..], b"http://", b"ftp://", b"www."]
            .iter()
            .find(|p| rest.len() > p.len() && rest[..p.len()].eq_ignore_ascii_case(p))
            .map(|p| start + p.len())?;
        if class(self.byte(body)) & ALNUM == 0 {
            return None;
        }
        Some(self.url_tail(body, body))
    }

    /// End of a URL whose remaining characters start at `i`; a second scheme
    /// after `body` starts a new URL ("…dehttps://…").
    fn url_tail(&self, mut i: usize, body: usize) -> usize {
        let bytes = self.bytes;
        while i < bytes.len() {
            let b = bytes[i];
            if b < 0x80 {
                if b <= b' '
                    || matches!(
                        b,
                        b'"' | b'<' | b'>' | b'`' | b'{' | b'}' | b'|' | b'\\' | b'^' | 0x7F
                    )
                {
                    break;
                }
                if (b == b'h' || b == b'H') && i > body && self.scheme_at(i) {
                    break;
                }
                i += 1;
            } else {
                let c = self.char_at(i);
                if is_separator(c)
                    || matches!(
                        c,
                        '„' | '“'
                            | '”'
                            | '‚'
                            | '‘'
                            | '’'
                            | '»'
                            | '«'
                            | '‹'
                            | '›'
                            | '–'
                            | '—'
                            | '…'
                    )
                {
                    break;
                }
                i += c.len_utf8();
            }
        }
        // Trailing punctuation belongs to the sentence, not the address; a
        // closing bracket only when it has no partner inside the address.
        // The brackets are counted once, then kept up to date while trimming.
        let mut end = i;
        let url = &bytes[body..end];
        let (open_round, mut close_round) = (count(url, b'('), count(url, b')'));
        let (open_square, mut close_square) = (count(url, b'['), count(url, b']'));
        while end > body {
            match bytes[end - 1] {
                b'.' | b',' | b';' | b':' | b'!' | b'?' | b'\'' | b'*' => {}
                b')' if open_round < close_round => close_round -= 1,
                b']' if open_square < close_square => close_square -= 1,
                _ => break,
            }
            end -= 1;
        }
        end
    }

    fn scheme_at(&self, i: usize) -> bool {
        let rest = &self.bytes[i..];
        [&b"https://"[..], b"http://"]
            .iter()
            .any(|p| rest.len() > p.len() && rest[..p.len()].eq_ignore_ascii_case(p))
    }

    // ------------------------------------------------------------ punctuation

    fn ascii_punct(&self, start: usize, b: u8) -> (usize, TokenKind) {
        let emoticon = if matches!(b, b':' | b';') {
            self.emoticon(start)
        } else {
            None
        };
        let clitic = if b == b'\'' { self.clitic(start) } else { None };
        let run = |set: &[u8]| {
            let mut j = start + 1;
            while j < self.bytes.len() && set.contains(&self.bytes[j]) {
                j += 1;
            }
            j
        };
        match b {
            b'.' => {
                let j = run(b".");
                if j - start >= 3 {
                    (j, TokenKind::Ellipsis)
                } else {
                    (start + 1, TokenKind::Punct)
                }
            }
            b'!' | b'?' => (start + 1, TokenKind::Punct),
            b':' | b';' if emoticon.is_some() => (emoticon.unwrap_or(start + 1), TokenKind::Symbol),
            b',' | b';' | b':' | b'/' => (start + 1, TokenKind::Punct),
            b'(' | b'[' | b'{' => (start + 1, TokenKind::OpenBracket),
            b')' | b']' | b'}' => (start + 1, TokenKind::CloseBracket),
            // clitics after a space: "fand 's gut", "hab 'n Plan"
            b'\'' if clitic.is_some() => (clitic.unwrap_or(start + 1), TokenKind::Word),
            // typewriter and TeX quotes: `` … '' (a pair is one token)
            b'`' | b'\'' if self.byte(start + 1) == b => {
                let default = if b == b'`' {
                    TokenKind::OpenQuote
                } else {
                    TokenKind::CloseQuote
                };
                (start + 2, self.quote(start, start + 2, default))
            }
            b'`' => (
                start + 1,
                self.quote(start, start + 1, TokenKind::OpenQuote),
            ),
            b'"' | b'\'' => (
                start + 1,
                self.quote(start, start + 1, TokenKind::CloseQuote),
            ),
            b'-' => (run(b"-"), TokenKind::Dash),
            b'#' if self.alnum_at(start + 1) => (self.tag_end(start + 1), TokenKind::Hashtag),
            // a handle stands on its own: "@BMI_Bund", not "müller@bund"
            b'@' if (class(self.byte(start + 1)) & ALNUM != 0 || self.byte(start + 1) == b'_')
                && self.char_before(start).is_none_or(|c| {
                    is_separator(c) || matches!(c, '(' | '[' | '„' | '"' | '»' | '/')
                }) =>
            {
                let mut j = start + 1;
                while j < self.bytes.len()
                    && (class(self.bytes[j]) & ALNUM != 0 || self.bytes[j] == b'_')
                {
                    j += 1;
                }
                // fediverse handles: @name@instance.social
                if self.byte(j) == b'@'
                    && let Some((end, _)) = self.host(j + 1)
                {
                    j = end;
                }
                (j, TokenKind::Handle)
            }
            _ => (start + 1, TokenKind::Symbol),
        }
    }

    /// End of an emoticon (`:-)`, `;)`, `:D`) starting at `start`, when it
    /// stands on its own.
    fn emoticon(&self, start: usize) -> Option<usize> {
        let free_before = self.char_before(start).is_none_or(is_separator);
        if !free_before {
            return None;
        }
        let mut j = start + 1;
        if matches!(self.byte(j), b'-' | b'\'') {
            j += 1;
        }
        if !matches!(self.byte(j), b')' | b'(' | b'D' | b'P' | b'p') {
            return None;
        }
        j += 1;
        let free_after =
            j >= self.bytes.len() || !self.alnum_at(j) && !matches!(self.byte(j), b')' | b'(');
        free_after.then_some(j)
    }

    /// End of a clitic after an apostrophe at `start` ("'s", "'n", "'nem")
    /// that stands after a space.
    fn clitic(&self, start: usize) -> Option<usize> {
        if !self.char_before(start).is_none_or(is_separator) {
            return None;
        }
        let rest = &self.bytes[start + 1..];
        let n = [&b"nem"[..], b"nen", b"ner", b"ne", b"n", b"s"]
            .iter()
            .find(|c| rest.starts_with(c))
            .map(|c| c.len())?;
        (!self.letter_at(start + 1 + n) && self.byte(start + 1 + n) != b'\'')
            .then_some(start + 1 + n)
    }

    /// End of a hashtag body starting at `i`.
    fn tag_end(&self, mut i: usize) -> usize {
        while i < self.bytes.len() {
            if self.bytes[i] == b'_' || self.alnum_at(i) {
                i += self.char_at(i).len_utf8();
            } else {
                break;
            }
        }
        i
    }

    fn unicode_punct(&self, start: usize, c: char) -> (usize, TokenKind) {
        let end = start + c.len_utf8();
        let kind = match c {
            '„' | '‚' => TokenKind::OpenQuote,
            '“' | '”' | '‘' | '’' | '«' | '‹' => {
                self.quote(start, end, TokenKind::CloseQuote)
            }
            '»' | '›' => self.quote(start, end, TokenKind::OpenQuote),
            '–' | '—' | '‒' | '―' | '\u{2010}' | '\u{2011}' | '\u{2212}' => TokenKind::Dash,
            '…' => TokenKind::Ellipsis,
            '¿' | '¡' | '\u{2047}' | '\u{2048}' | '\u{2049}' | '\u{203C}' => TokenKind::Punct,
            _ => return (self.cluster_end(start), TokenKind::Symbol),
        };
        (end, kind)
    }

    /// Whether a quotation mark at `start..end` opens or closes, from what
    /// stands on either side of it; `default` when the context says nothing.
    fn quote(&self, start: usize, end: usize, default: TokenKind) -> TokenKind {
        let open_left = match self.char_before(start) {
            None => true,
            Some(c) => {
                is_separator(c)
                    || matches!(
                        c,
                        '(' | '[' | '{' | '–' | '—' | '-' | '/' | '„' | '»' | '«' | '"' | ':'
                    )
            }
        };
        let open_right = match self.bytes.get(end) {
            None => true,
            Some(_) => {
                let c = self.char_at(end);
                is_separator(c)
                    || matches!(c, '.' | ',' | ';' | ':' | '!' | '?' | ')' | ']' | '}' | '…')
            }
        };
        match (open_left, open_right) {
            (true, false) => TokenKind::OpenQuote,
            (false, true) => TokenKind::CloseQuote,
            _ => default,
        }
    }
}

/// End of the run of ASCII letters starting at `i`, eight bytes at a time.
///
/// For each byte `x` of a little-endian word: `x | 0x20` folds case; adding
/// 0x1F sets the high bit iff the folded byte is at least `a`, adding 0x05
/// sets it iff it is past `z`; a set high bit in `x` itself means non-ASCII.
/// A carry out of a non-ASCII byte can only disturb the bytes after it, and
/// only the first non-letter matters. Eight bytes are one machine word: four
/// words in five end within the first (the first letter is already read),
/// and a 128-bit word costs twice the instructions and registers.
#[inline]
fn ascii_letters(bytes: &[u8], mut i: usize) -> usize {
    const LO: u64 = 0x0101_0101_0101_0101;
    const HI: u64 = 0x8080_8080_8080_8080;
    while let Some(chunk) = bytes.get(i..i + 8) {
        let Ok(chunk) = <[u8; 8]>::try_from(chunk) else {
            break;
        };
        let w = u64::from_le_bytes(chunk);
        let y = w | (0x20 * LO);
        let letters = y.wrapping_add(0x1F * LO) & !y.wrapping_add(0x05 * LO) & !w & HI;
        if letters == HI {
            i += 8;
            continue;
        }
        return i + ((!letters & HI).trailing_zeros() / 8) as usize;
    }
    while i < bytes.len() && bytes[i].is_ascii_alphabetic() {
        i += 1;
    }
    i
}

fn count(bytes: &[u8], b: u8) -> usize {
    bytes.iter().filter(|&&x| x == b).count()
}

fn valid_day_month(day: u32, month: u32) -> bool {
    (1..=31).contains(&day) && (1..=12).contains(&month)
}

/// Regional indicators counted back before a token's end to pair them into
/// flags; in a longer run (no text has one) the pairing may be off by one.
const MAX_FLAG_RUN: usize = 64;

/// A regional indicator symbol: one letter of a flag (U+1F1E6..=U+1F1FF).
fn is_regional_indicator(c: char) -> bool {
    ('\u{1F1E6}'..='\u{1F1FF}').contains(&c)
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    /// The plain byte loop the SWAR scan must agree with.
    fn ascii_letters_slow(bytes: &[u8], mut i: usize) -> usize {
        while i < bytes.len() && bytes[i].is_ascii_alphabetic() {
            i += 1;
        }
        i
    }

    #[test]
    fn word_char_fast_paths_agree_with_std() {
        for c in (0..=0x10FFFF).filter_map(char::from_u32) {
            assert_eq!(
                is_word_char(c),
                c.is_alphanumeric(),
                "{c:?} (U+{:04X})",
                c as u32
            );
        }
        // the Latin-1 shortcut in the word loop: 0xC3 followed by any byte but 0x97, 0xB7
        for c in '\u{C0}'..='\u{FF}' {
            let mut buf = [0; 2];
            let bytes = c.encode_utf8(&mut buf).as_bytes();
            assert_eq!(
                bytes[0] == 0xC3 && !matches!(bytes[1], 0x97 | 0xB7),
                c.is_alphabetic(),
                "{c:?}"
            );
        }
    }

    #[test]
    fn ascii_letters_on_every_byte_at_every_offset() {
        for b in 0..=255u8 {
            for at in 0..18 {
                let mut bytes = b"abcdefghXYZabcdefghijklmnopqrstuvwxyzABC".to_vec();
                bytes[at] = b;
                for start in 0..bytes.len() {
                    assert_eq!(
                        ascii_letters(&bytes, start),
                        ascii_letters_slow(&bytes, start),
                        "byte {b:#x} at {at}"
                    );
                }
            }
        }
    }

    proptest! {
        #[test]
        fn ascii_letters_agrees_with_the_byte_loop(bytes in prop::collection::vec(any::<u8>(), 0..40), start in 0usize..40) {
            let start = start.min(bytes.len());
            prop_assert_eq!(ascii_letters(&bytes, start), ascii_letters_slow(&bytes, start));
        }
    }
}
