//! Property tests: invariants of tokens and sentences on arbitrary Unicode
//! and on text stitched together from the fragments the scanner cares about.

mod common;
use meldung::token::is_separator;
use meldung::{Token, split_sentences, tokenize, tokenize_into};
use proptest::prelude::*;
use unicode_segmentation::UnicodeSegmentation;

/// Pieces that exercise every branch of the scanner when glued together.
const FRAGMENTS: &[&str] = &[
    " ",
    "  ",
    "\n",
    "\n\n",
    "\t",
    "\u{A0}",
    "\u{202F}",
    "\u{200B}",
    "\u{FEFF}",
    "Dr.",
    "z.",
    "B.",
    "Art.",
    "bzw",
    "e.V.",
    "Dipl.-Ing.",
    "3.",
    "27",
    "2024",
    ".",
    "..",
    "...",
    "…",
    ",",
    ";",
    ":",
    "!",
    "?",
    "18.12.",
    "18.12.2023",
    "1.000",
    ",50",
    "9.30",
    "Uhr",
    "14:30",
    ":15",
    "2023-12-18",
    "-",
    "–",
    "—",
    "/",
    "*",
    "_",
    "innen",
    "in",
    "'",
    "’",
    "\"",
    "„",
    "“",
    "»",
    "«",
    "‚",
    "‘",
    "(",
    ")",
    "[",
    "]",
    "http://",
    "https://",
    "www.",
    "bund",
    ".de",
    "de",
    "@",
    "#",
    "%",
    "€",
    "§",
    "a",
    "A",
    "Die",
    "die",
    "Oktober",
    "Jan",
    "Müller",
    "u\u{308}",
    "\u{308}",
    "\u{AD}",
    "\u{200D}",
    "\u{FE0F}",
    "👍",
    "\u{1F3FD}",
    "🇩",
    "🇪",
    "नमस्ते",
    "Привет",
    "\u{0}",
    "\u{7F}",
    "\r\n",
    "\u{2028}",
    "x@y.de",
];

/// Pieces of date expressions, glued at random.
const DATE_FRAGMENTS: &[&str] = &[
    " ",
    "\n",
    ".",
    ",",
    "am",
    "im",
    "vom",
    "bis",
    "bis zum",
    "seit",
    "ab",
    "zwischen",
    "und",
    "von",
    "–",
    "-",
    "/",
    "3.",
    "18.12.",
    "18.12.2023",
    "1.1.24",
    "2023-12-18",
    "2023",
    "2024",
    "24",
    "12",
    "9.30",
    "14:30",
    "10.00",
    "Uhr",
    "Dezember",
    "Dez.",
    "März",
    "Jänner",
    "Mai",
    "Montag",
    "Donnerstagabend",
    "Sonnabend",
    "vergangenen",
    "kommenden",
    "letzte",
    "nächsten",
    "diesem",
    "Woche",
    "Monat",
    "Jahr",
    "Jahres",
    "Jahren",
    "Vorjahr",
    "heute",
    "morgen",
    "gestern",
    "vor",
    "in",
    "drei",
    "zwei",
    "Anfang",
    "Mitte",
    "Ende",
    "der",
    "des",
    "90er",
    "1990er",
    "Jahre",
    "ersten",
    "Quartal",
    "Q3",
    "Halbjahr",
    "Jahreshälfte",
    "Sommer",
    "KW",
    "KW12",
    "Kalenderwoche",
    "Ostern",
    "Weihnachten",
    "Tag der Deutschen Einheit",
    "Christi Himmelfahrt",
    "Nr.",
    "Euro",
    "(",
    ")",
    "[",
    "]",
    "rund",
    "gegen",
    "ca.",
    "Stand:",
    "Pressemitteilung vom",
    "Berlin,",
];

fn date_like() -> impl Strategy<Value = String> {
    prop::collection::vec(prop::sample::select(DATE_FRAGMENTS), 0..40)
        .prop_map(|parts| parts.join(" "))
}

/// Whether `v` is a TIMEX3 value of the shapes meldung produces.
fn timex(v: &str) -> bool {
    fn one(p: &str) -> bool {
        let (date, time) = match p.split_once('T') {
            Some((d, t)) => (d, Some(t)),
            None => (p, None),
        };
        let year = |y: &str| y.len() == 4 && (y == "XXXX" || y.bytes().all(|b| b.is_ascii_digit()));
        let num = |s: &str, n: usize| s.len() == n && s.bytes().all(|b| b.is_ascii_digit());
        let date_ok = match date.split('-').collect::<Vec<_>>()[..] {
            [y] => year(y) || num(y, 3),
            [y, m] => {
                year(y)
                    && (num(m, 2)
                        || matches!(
                            m,
                            "Q1" | "Q2" | "Q3" | "Q4" | "H1" | "H2" | "SP" | "SU" | "FA" | "WI"
                        )
                        || m.len() == 3 && m.starts_with('W') && num(&m[1..], 2))
            }
            [y, m, d] => year(y) && num(m, 2) && num(d, 2),
            _ => false,
        };
        let time_ok = match time {
            None => true,
            Some(t) => {
                matches!(t, "MO" | "AF" | "EV" | "NI")
                    || t.len() == 5 && num(&t[..2], 2) && &t[2..3] == ":" && num(&t[3..], 2)
            }
        };
        date_ok && time_ok
    }
    let parts: Vec<&str> = v.split('/').collect();
    (1..=2).contains(&parts.len()) && parts.iter().all(|p| one(p))
}

fn check_dates(input: &str, reference: Option<meldung::date::Date>) -> Result<(), TestCaseError> {
    let tokens: Vec<_> = tokenize(input).collect();
    let found = meldung::date::find_dates(input, &tokens, reference);
    let mut prev_end = 0;
    for m in &found.mentions {
        prop_assert_eq!(
            input.get(m.span.range()),
            Some(m.text),
            "date span does not slice the input"
        );
        prop_assert!(
            m.span.start >= prev_end,
            "date mentions overlap: {:?}",
            m.text
        );
        prop_assert_eq!(
            tokens[m.tokens.start].span.start,
            m.span.start,
            "date starts off a token boundary"
        );
        prop_assert_eq!(
            tokens[m.tokens.end - 1].span.end,
            m.span.end,
            "date ends off a token boundary"
        );
        if let Some(v) = &m.value {
            prop_assert!(timex(v), "invalid TIMEX3 value {:?} for {:?}", v, m.text);
        }
        prev_end = m.span.end;
    }
    Ok(())
}

fn stitched() -> impl Strategy<Value = String> {
    prop::collection::vec(prop::sample::select(FRAGMENTS), 0..60).prop_map(|parts| parts.concat())
}

fn check_invariants(input: &str) -> Result<(), TestCaseError> {
    let tokens: Vec<Token<'_>> = tokenize(input).collect();
    let mut into = Vec::new();
    tokenize_into(input, &mut into);
    prop_assert_eq!(&tokens, &into, "tokenize_into differs from tokenize");

    let boundaries: std::collections::HashSet<usize> = input
        .grapheme_indices(true)
        .map(|(i, _)| i)
        .chain(std::iter::once(input.len()))
        .collect();
    let mut prev_end = 0;
    for t in &tokens {
        prop_assert!(t.span.start < t.span.end, "empty token {:?}", t);
        prop_assert!(
            t.span.start >= prev_end,
            "tokens overlap or are out of order: {:?}",
            t
        );
        prop_assert_eq!(
            input.get(t.span.range()),
            Some(t.text),
            "span does not slice the input"
        );
        // the gap between tokens holds separators only
        let gap = &input[prev_end..t.span.start];
        prop_assert!(
            gap.chars().all(is_separator),
            "non-separator text {:?} in no token",
            gap
        );
        prop_assert!(
            !t.text.chars().any(is_separator),
            "separator inside token {:?}",
            t.text
        );
        // no token splits a grapheme cluster (a cluster begun by a separator aside)
        let before_is_sep = input[..t.span.start]
            .chars()
            .next_back()
            .is_none_or(is_separator);
        prop_assert!(
            boundaries.contains(&t.span.start) || before_is_sep,
            "token {:?} starts inside a grapheme cluster",
            t.text
        );
        let after_is_sep = input[t.span.end..].chars().next().is_none_or(is_separator);
        prop_assert!(
            boundaries.contains(&t.span.end) || after_is_sep,
            "token {:?} ends inside a grapheme cluster",
            t.text
        );
        prev_end = t.span.end;
    }
    prop_assert!(
        input[prev_end..].chars().all(is_separator),
        "trailing text in no token"
    );

    let sentences = split_sentences(input, &tokens);
    let mut next = 0;
    for s in &sentences {
        prop_assert_eq!(s.tokens.start, next, "sentences skip or repeat tokens");
        prop_assert!(s.tokens.end > s.tokens.start, "empty sentence");
        prop_assert_eq!(s.span.start, tokens[s.tokens.start].span.start);
        prop_assert_eq!(s.span.end, tokens[s.tokens.end - 1].span.end);
        next = s.tokens.end;
    }
    prop_assert_eq!(next, tokens.len(), "sentences do not cover all tokens");
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 2000, ..ProptestConfig::default() })]

    #[test]
    fn invariants_on_arbitrary_unicode(input in any::<String>()) {
        check_invariants(&input)?;
    }

    #[test]
    fn invariants_on_press_like_fragments(input in stitched()) {
        check_invariants(&input)?;
    }

    #[test]
    fn date_mentions_are_well_formed(input in date_like(), with_reference in any::<bool>()) {
        let reference = with_reference.then(|| meldung::date::Date::new(2023, 12, 18).expect("a real day"));
        check_dates(&input, reference)?;
    }

    #[test]
    fn date_mentions_on_arbitrary_unicode(input in any::<String>()) {
        check_dates(&input, None)?;
    }

    #[test]
    fn tokenizing_is_deterministic(input in stitched()) {
        let a: Vec<_> = tokenize(&input).collect();
        let b: Vec<_> = tokenize(&input).collect();
        prop_assert_eq!(a, b);
    }
}

#[test]
fn corpus_texts_keep_the_invariants() {
    for (name, text) in common::corpus() {
        check_invariants(&text).unwrap_or_else(|e| panic!("{name}: {e}"));
    }
}
