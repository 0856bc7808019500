//! Sentence boundaries, decided from tokens.
//!
//! A sentence is a run of tokens: [`Sentence::tokens`] indexes the token
//! slice it was split from and [`Sentence::span`] covers its first to its
//! last token. The rules, in order:
//!
//! 1. A blank line always ends a sentence.
//! 2. A single line break ends a sentence (headlines, datelines, list items,
//!    contact lines) unless the line ends in a comma, an opening bracket or
//!    quote, a truncated compound (`Bundes-`), an article, conjunction or
//!    preposition that cannot close a clause, or the next line starts with a
//!    lowercase word. A next line that starts with a bullet, a dash or a list
//!    number always starts a new sentence.
//! 3. `.` `!` `?` and ellipses end a sentence unless the next token is
//!    punctuation, a lowercase word, or a dash before a lowercase word
//!    (`„Los!“ – und ging.`); closing quotes and brackets right after the
//!    mark stay in the sentence (`„… Baustein.“ Dann` breaks after `“`;
//!    `„…“, sagte sie.` does not break at the quote).
//! 4. An abbreviation, ordinal or date that ends in a period (`usw.`, `3.`,
//!    `18.12.`) ends a sentence only when a capitalised function word follows
//!    (`… am 18.12. Danach …`), never after an academic title (`Dr. Per
//!    Sönnichsen`), never before a name (`Dr. Schmidt`), a month
//!    (`3. Juni`) or a bracket (`am 7.10. (Mittwoch)`), and never when it
//!    opens a line or a sentence (the number of a list item:
//!    `1. Die Verwaltung …`). Inside a closing quote before a capitalised
//!    word it does end one (`„… Länder usw.“ Dann …`).
//!
//! Hard-wrapped text (a paragraph broken every 72 characters) is not
//! recognised as such: a line break before a capitalised word there ends a
//! sentence unless the line ends in a comma or a function word.

use std::ops::Range;

use crate::lexicon::LEXICON;
use crate::{Span, Token, TokenKind};

/// One sentence: its byte span and the range of its tokens.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Sentence {
    /// Byte offsets from the start of the first token to the end of the last.
    pub span: Span,
    /// Indices of the sentence's tokens in the token slice it was split from.
    pub tokens: Range<usize>,
}

impl Sentence {
    /// The sentence's text, from its first token to its last.
    ///
    /// `text` must be the text the sentence was found in; for any other text
    /// the result is empty or meaningless, never a panic.
    #[must_use]
    pub fn text<'t>(&self, text: &'t str) -> &'t str {
        self.span.slice(text).unwrap_or("")
    }
}

/// Splits `text` into sentences (tokenizing it first).
///
/// The token ranges index the tokens that [`tokenize`](crate::tokenize) yields for `text`.
/// When you already have the tokens, call [`split_sentences`] instead.
///
/// ```
/// let text = "Ich habe am 3. Juni Geburtstag. Dr. Schmidt gratuliert z. B. pünktlich.";
/// let sentences: Vec<_> = meldung::sentences(text).iter().map(|s| s.text(text)).collect();
/// assert_eq!(sentences, ["Ich habe am 3. Juni Geburtstag.", "Dr. Schmidt gratuliert z. B. pünktlich."]);
/// ```
#[must_use]
pub fn sentences(text: &str) -> Vec<Sentence> {
    let mut tokens = Vec::new();
    crate::tokenize_into(text, &mut tokens);
    split_sentences(text, &tokens)
}

/// Splits already tokenized text into sentences.
///
/// `tokens` must come from [`tokenize`](crate::tokenize) over the same `text` (or a
/// contiguous run of them); sentences cover all of them, in order.
///
/// ```
/// let text = "„Das ist gut.“ Dann ging sie.";
/// let tokens: Vec<_> = meldung::tokenize(text).collect();
/// let sentences = meldung::split_sentences(text, &tokens);
/// assert_eq!(sentences[0].text(text), "„Das ist gut.“");
/// assert_eq!(sentences[1].tokens, 6..10);
/// ```
#[must_use]
pub fn split_sentences(text: &str, tokens: &[Token<'_>]) -> Vec<Sentence> {
    let mut out = Vec::with_capacity(tokens.len() / 12 + 1);
    split_sentences_into(text, tokens, &mut out);
    out
}

/// Appends the sentences of `tokens` to `out` (which is not cleared first).
pub fn split_sentences_into(text: &str, tokens: &[Token<'_>], out: &mut Vec<Sentence>) {
    let mut first = 0;
    let mut i = 0;
    while i < tokens.len() {
        if let Some(last) = boundary_after(text, tokens, first, i) {
            push(tokens, first, last + 1, out);
            first = last + 1;
            i = last + 1;
        } else {
            i += 1;
        }
    }
    if first < tokens.len() {
        push(tokens, first, tokens.len(), out);
    }
}

fn push(tokens: &[Token<'_>], from: usize, to: usize, out: &mut Vec<Sentence>) {
    out.push(Sentence {
        span: Span::new(tokens[from].span.start, tokens[to - 1].span.end),
        tokens: from..to,
    });
}

/// Number of line breaks between two byte offsets (`\r\n` counts once).
///
/// Asked for every pair of neighbouring tokens, so the usual gaps (none, or
/// a single space) are answered here without a call.
#[inline]
fn line_breaks(text: &str, from: usize, to: usize) -> usize {
    if to <= from || to == from + 1 && text.as_bytes().get(from) == Some(&b' ') {
        return 0;
    }
    line_breaks_in_gap(text, from, to)
}

/// [`line_breaks`] for a gap that is more than one space.
#[inline(never)]
fn line_breaks_in_gap(text: &str, from: usize, to: usize) -> usize {
    let gap = text.as_bytes().get(from..to).unwrap_or(&[]);
    let (mut lf, mut cr, mut other) = (0, 0, false);
    for &b in gap {
        match b {
            b'\n' => lf += 1,
            b'\r' => cr += 1,
            0x80.. => other = true,
            _ => {}
        }
    }
    if lf > 0 {
        lf
    } else if other {
        // U+2028 LINE SEPARATOR, U+2029 PARAGRAPH SEPARATOR
        cr + text
            .get(from..to)
            .map_or(0, |g| g.matches(['\u{2028}', '\u{2029}']).count())
    } else {
        cr
    }
}

/// Whether `word` is one after which a line cannot end a sentence: an
/// article, determiner, conjunction or preposition that never closes a
/// clause. (Separable verb particles such as "an", "auf", "um", "zu" can end
/// one and are not here.) A `match` rather than a list searched word by word:
/// it is asked at every single line break.
fn continues_line(word: &str) -> bool {
    matches!(
        word,
        "der"
            | "die"
            | "das"
            | "den"
            | "dem"
            | "des"
            | "ein"
            | "eine"
            | "einen"
            | "einem"
            | "einer"
            | "eines"
            | "und"
            | "oder"
            | "sowie"
            | "bzw."
            | "sondern"
            | "aber"
            | "denn"
            | "dass"
            | "ob"
            | "weil"
            | "wenn"
            | "als"
            | "wie"
            | "mit"
            | "für"
            | "von"
            | "vom"
            | "zur"
            | "zum"
            | "im"
            | "in"
            | "ins"
            | "bei"
            | "beim"
            | "nach"
            | "über"
            | "unter"
            | "durch"
            | "gegen"
            | "ohne"
            | "seit"
            | "während"
            | "wegen"
            | "trotz"
            | "zwischen"
            | "sowohl"
            | "unserer"
            | "unsere"
            | "unseren"
            | "ihrer"
            | "ihre"
            | "ihren"
            | "seiner"
            | "seine"
            | "seinen"
            | "dieser"
            | "diese"
            | "diesen"
            | "diesem"
            | "dieses"
            | "alle"
            | "aller"
            | "allen"
    )
}

fn starts_lowercase(t: &Token<'_>) -> bool {
    t.text.chars().next().is_some_and(char::is_lowercase)
}

fn starts_uppercase(t: &Token<'_>) -> bool {
    t.text.chars().next().is_some_and(char::is_uppercase)
}

/// If a sentence ends after token `i` (possibly taking closing quotes and
/// brackets after it along), the index of its last token.
fn boundary_after(text: &str, tokens: &[Token<'_>], first: usize, i: usize) -> Option<usize> {
    let t = &tokens[i];
    let next = tokens.get(i + 1)?;
    let breaks = line_breaks(text, t.span.end, next.span.start);
    if breaks >= 2 {
        return Some(i);
    }
    if breaks == 1 {
        // a bullet or a numbered item always opens a line of its own
        let item = matches!(next.kind, TokenKind::Dash | TokenKind::Ordinal)
            || next.kind == TokenKind::Symbol
                && matches!(next.text, "•" | "·" | "▪" | "◦" | "‣" | "*");
        let continues = matches!(t.kind, TokenKind::OpenBracket | TokenKind::OpenQuote)
            || t.text == ","
            || t.is_truncated()
            || continues_line(t.text)
            || (matches!(next.kind, TokenKind::Word | TokenKind::Abbreviation)
                && starts_lowercase(next));
        return (item || !continues).then_some(i);
    }
    match t.kind {
        TokenKind::Punct if t.text.starts_with(['.', '!', '?']) => terminal(text, tokens, i),
        TokenKind::Ellipsis => {
            let elision = i > 0 && tokens[i - 1].kind == TokenKind::OpenBracket;
            if elision {
                None
            } else {
                terminal(text, tokens, i)
            }
        }
        TokenKind::Abbreviation | TokenKind::Ordinal | TokenKind::Date
            if t.text.ends_with('.')
                && starts_uppercase(next)
                && LEXICON.is_function_word(next.text)
                && !is_personal_title(t.text)
                && i > first
                && !starts_line(text, tokens, i) =>
        {
            Some(i)
        }
        // "… Länder usw.“ Dann …", "… endet am 31.12.“ Dann …": a period
        // inside a closing quote before a capital ends the sentence
        TokenKind::Abbreviation | TokenKind::Ordinal | TokenKind::Date
            if t.text.ends_with('.')
                && matches!(next.kind, TokenKind::CloseQuote | TokenKind::CloseBracket) =>
        {
            let mut last = i + 1;
            while tokens
                .get(last + 1)
                .is_some_and(|t| matches!(t.kind, TokenKind::CloseQuote | TokenKind::CloseBracket))
            {
                last += 1;
            }
            let after = tokens.get(last + 1)?;
            (after.kind == TokenKind::Word && starts_uppercase(after)).then_some(last)
        }
        _ => None,
    }
}

/// Whether an abbreviation is an academic title, which a name follows
/// even when its first name is also a little word ("Dr. Per Sönnichsen").
fn is_personal_title(abbreviation: &str) -> bool {
    ["Dr.", "Prof.", "Dipl.", "Mag."]
        .iter()
        .any(|t| abbreviation.starts_with(t))
}

/// Whether `tokens[i]` is the first token on its line (a list number "1.").
fn starts_line(text: &str, tokens: &[Token<'_>], i: usize) -> bool {
    i == 0 || line_breaks(text, tokens[i - 1].span.end, tokens[i].span.start) > 0
}

/// The end of a sentence at the terminal mark `tokens[i]`, if it is one.
fn terminal(text: &str, tokens: &[Token<'_>], i: usize) -> Option<usize> {
    let mut last = i;
    while let Some(t) = tokens.get(last + 1) {
        let closes = matches!(t.kind, TokenKind::CloseQuote | TokenKind::CloseBracket);
        if !closes || line_breaks(text, tokens[last].span.end, t.span.start) > 0 {
            break;
        }
        last += 1;
    }
    let next = tokens.get(last + 1)?;
    if line_breaks(text, tokens[last].span.end, next.span.start) > 0 {
        return Some(last);
    }
    let starts_new = match next.kind {
        TokenKind::Punct
        | TokenKind::CloseQuote
        | TokenKind::CloseBracket
        | TokenKind::Ellipsis => false,
        TokenKind::Word | TokenKind::Abbreviation => !starts_lowercase(next),
        // "„Los!“ – und ging." goes on; "… Ende. – Neue Runde" does not
        TokenKind::Dash => tokens.get(last + 2).is_some_and(|t| !starts_lowercase(t)),
        _ => true,
    };
    starts_new.then_some(last)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tokenize;

    fn split(text: &str) -> Vec<&str> {
        let tokens: Vec<_> = tokenize(text).collect();
        split_sentences(text, &tokens)
            .iter()
            .map(|s| s.text(text))
            .collect()
    }

    #[test]
    fn empty_text_has_no_sentences() {
        assert!(split("").is_empty());
        assert!(split(" \n\t ").is_empty());
    }

    #[test]
    fn unterminated_text_is_one_sentence() {
        assert_eq!(
            split("Neue Mitglieder für govdigital"),
            ["Neue Mitglieder für govdigital"]
        );
    }
}
