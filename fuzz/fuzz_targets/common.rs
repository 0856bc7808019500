//! Invariant checks shared by the fuzz targets. Every check panics with the
//! offending value, so that libFuzzer records the input as a crash.

// Each target uses only some of the checks.
#![allow(dead_code)]

use meldung::{Sentence, Span, Token};

/// The fuzz input as text: invalid UTF-8 is skipped (the API takes `&str`,
/// so bytes that are not UTF-8 can never reach it).
pub fn text(data: &[u8]) -> Option<&str> {
    std::str::from_utf8(data).ok()
}

/// `span` slices `text` (in bounds, on character boundaries, not reversed).
pub fn slice<'t>(text: &'t str, span: Span, what: &str) -> &'t str {
    match text.get(span.range()) {
        Some(s) => s,
        None => panic!(
            "{what} span {span:?} does not slice the input (len {})",
            text.len()
        ),
    }
}

/// `part` is a sub-slice of `text` (borrowed from it, not copied).
pub fn borrowed(text: &str, part: &str, what: &str) {
    let start = text.as_ptr() as usize;
    let at = part.as_ptr() as usize;
    assert!(
        at >= start && at + part.len() <= start + text.len(),
        "{what} {part:?} is not borrowed from the input"
    );
}

/// Tokens: non-empty, in order, without overlaps, each slicing the input
/// to exactly its own text.
pub fn check_tokens(text: &str, tokens: &[Token<'_>]) {
    let mut prev_end = 0;
    for (i, t) in tokens.iter().enumerate() {
        assert!(t.span.start < t.span.end, "token {i} is empty: {t:?}");
        assert!(
            t.span.start >= prev_end,
            "token {i} {t:?} overlaps or precedes the previous one (ended at {prev_end})"
        );
        assert_eq!(
            slice(text, t.span, "token"),
            t.text,
            "token {i} text is not its span"
        );
        prev_end = t.span.end;
    }
}

/// Sentences: each slices the input, they cover the tokens in order
/// without gaps or repeats, and each runs from its first token's start to
/// its last token's end.
pub fn check_sentences(text: &str, tokens: &[Token<'_>], sentences: &[Sentence]) {
    let mut next = 0;
    let mut prev_end = 0;
    for (i, s) in sentences.iter().enumerate() {
        slice(text, s.span, "sentence");
        assert!(
            s.span.start >= prev_end,
            "sentence {i} {s:?} overlaps the previous one"
        );
        assert_eq!(
            s.tokens.start, next,
            "sentence {i} {s:?} skips or repeats tokens"
        );
        assert!(
            s.tokens.end > s.tokens.start,
            "sentence {i} is empty: {s:?}"
        );
        assert!(
            s.tokens.end <= tokens.len(),
            "sentence {i} {s:?} runs past the last token ({})",
            tokens.len()
        );
        assert_eq!(
            s.span.start, tokens[s.tokens.start].span.start,
            "sentence {i} start"
        );
        assert_eq!(
            s.span.end,
            tokens[s.tokens.end - 1].span.end,
            "sentence {i} end"
        );
        next = s.tokens.end;
        prev_end = s.span.end;
    }
    assert_eq!(next, tokens.len(), "sentences do not cover all tokens");
}

/// Date mentions: each slices the input to its own text, they are in order
/// without overlaps, and each lies on the boundaries of its tokens.
pub fn check_dates(text: &str, tokens: &[Token<'_>], dates: &meldung::date::Dates<'_>) {
    let mut prev_end = 0;
    for (i, m) in dates.mentions.iter().enumerate() {
        assert_eq!(
            slice(text, m.span, "date"),
            m.text,
            "date {i} text is not its span"
        );
        assert!(
            m.span.start >= prev_end,
            "date {i} {:?} overlaps or precedes the previous one",
            m.text
        );
        assert!(
            m.tokens.start < m.tokens.end && m.tokens.end <= tokens.len(),
            "date {i} {:?} has token range {:?} of {} tokens",
            m.text,
            m.tokens,
            tokens.len()
        );
        assert_eq!(
            tokens[m.tokens.start].span.start, m.span.start,
            "date {i} {:?} starts off a token boundary",
            m.text
        );
        assert_eq!(
            tokens[m.tokens.end - 1].span.end,
            m.span.end,
            "date {i} {:?} ends off a token boundary",
            m.text
        );
        if let Some(v) = &m.value {
            assert!(
                !v.is_empty() && v.is_ascii(),
                "date {i} {:?} has value {v:?}",
                m.text
            );
        }
        prev_end = m.span.end;
    }
}

/// Entity mentions and quotes slice the input, and every index points into
/// its list.
pub fn check_entities(text: &str, e: &meldung::entity::Entities<'_>) {
    let mention = |m: &meldung::entity::Mention<'_>, what: &str| {
        assert_eq!(
            slice(text, m.span, what),
            m.text,
            "{what} mention text is not its span"
        );
    };
    for p in &e.people {
        p.mentions.iter().for_each(|m| mention(m, "person"));
        for &r in &p.roles {
            assert!(
                r < e.roles.len(),
                "person {:?} has role {r} of {}",
                p.name,
                e.roles.len()
            );
        }
        if let Some(o) = p.party {
            assert!(
                o < e.organisations.len(),
                "person {:?} has party {o}",
                p.name
            );
        }
    }
    for o in &e.organisations {
        o.mentions.iter().for_each(|m| mention(m, "organisation"));
    }
    for r in &e.roles {
        r.mentions.iter().for_each(|m| mention(m, "role"));
        if let Some(p) = r.person {
            assert!(p < e.people.len(), "role {:?} has person {p}", r.title);
        }
        if let Some(o) = r.organisation {
            assert!(
                o < e.organisations.len(),
                "role {:?} has organisation {o}",
                r.title
            );
        }
    }
    let mut prev_end = 0;
    for q in &e.quotes {
        slice(text, q.span, "quote");
        assert!(
            q.span.start >= prev_end,
            "quote {q:?} overlaps or precedes the previous one"
        );
        if let Some(p) = q.speaker {
            assert!(p < e.people.len(), "quote {q:?} has speaker {p}");
        }
        prev_end = q.span.end;
    }
}
