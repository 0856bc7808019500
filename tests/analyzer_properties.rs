//! Property tests for the whole analysis: on arbitrary Unicode and on text
//! stitched from the pieces the entity, date and keyword stages react to,
//! `Analyzer::analyze` never panics, every span slices the input, entity
//! and date spans start and end at token boundaries (an organisation named
//! before the hyphen of a role compound, as in "govdigital-CEO", ends at
//! the hyphen), every date value is a well-formed TIMEX3 value naming
//! real calendar days, the JSON view always serialises to JSON that parses
//! back with its mentions' offsets matching their text (in bytes and in
//! characters), and the result is deterministic.

use meldung::{Analysis, Analyzer, DocumentOptions};
use proptest::prelude::*;
use std::collections::HashSet;
use std::sync::LazyLock;

static ANALYZER: LazyLock<Analyzer> = LazyLock::new(Analyzer::new);

/// An analyzer with a reference date, so relative expressions get values.
static DATED: LazyLock<Analyzer> = LazyLock::new(|| {
    let mut builder = Analyzer::builder();
    if let Ok(date) = meldung::date::Date::new(2024, 2, 29) {
        builder.reference_date(date);
    }
    builder.build().unwrap_or_default()
});

const PIECES: &[&str] = &[
    " ",
    " ",
    " ",
    "\n",
    "\n\n",
    ",",
    ".",
    ":",
    "(",
    ")",
    "„",
    "“",
    "\"",
    "»",
    "«",
    "–",
    "-",
    "/",
    "Dr.",
    "Prof.",
    "Frau",
    "Herr",
    "sagte",
    "so",
    "betonte",
    "erklärte",
    "der",
    "die",
    "des",
    "und",
    "für",
    "von",
    "Martin",
    "Anja",
    "Schallbruch",
    "Theurer",
    "Reckert-Lodde",
    "von der Leyen",
    "Staatssekretärin",
    "Bundesinnenministerin",
    "CEO",
    "govdigital-CEO",
    "SPD-Vorsitzende",
    "SPD",
    "Interimsgeschäftsführer",
    "stellvertretende",
    "Vorsitzende",
    "Parlamentarische",
    "BMI",
    "ZenDiS",
    "DigitalService",
    "Zentrum",
    "Digitale",
    "Souveränität",
    "Bundes",
    "Bundesamt",
    "Landesamtes",
    "Stadt",
    "Münster",
    "Landkreis",
    "Gemeinde",
    "GmbH",
    "e.V.",
    "AöR",
    "Stiftung",
    "Technologie-Genossenschaft",
    "18.12.2023",
    "3.",
    "Oktober",
    "2024",
    "Ende",
    "gestern",
    "Montag",
    "14:30",
    "Uhr",
    "Open",
    "Source",
    "öffentlichen",
    "Verwaltung",
    "Stichwörter:",
    "Pressekontakt:",
    "(sib)",
    "Nr.",
    "17/2024",
    "https://bund.de",
    "presse@bmi.bund.de",
    "😀",
    "\u{0308}",
    "ß",
    "İ",
];

/// Pieces the date stage reacts to, including impossible calendar days.
const DATE_PIECES: &[&str] = &[
    " ",
    " ",
    " ",
    "\n",
    ",",
    ".",
    "-",
    "/",
    "–",
    "am",
    "im",
    "vom",
    "bis",
    "zum",
    "seit",
    "ab",
    "Anfang",
    "Mitte",
    "Ende",
    "rund",
    "1.",
    "3.",
    "29.",
    "31.",
    "12.",
    "März",
    "Februar",
    "Dezember",
    "KW",
    "12",
    "53",
    "Kalenderwoche",
    "ersten",
    "zweiten",
    "Quartal",
    "Halbjahr",
    "Sommer",
    "Winter",
    "Frühjahr",
    "Jahr",
    "Jahres",
    "Jahren",
    "1990er",
    "90er",
    "kommenden",
    "vergangenen",
    "nächsten",
    "Dienstag",
    "Donnerstagabend",
    "Abend",
    "heute",
    "gestern",
    "morgen",
    "Vorjahr",
    "vor",
    "drei",
    "Wochen",
    "Monaten",
    "8",
    "16",
    "14:30",
    "Uhr",
    "Q3/2024",
    "2023/24",
    "2024",
    "1999",
    "0000",
    "9999",
    "29.02.2023",
    "29.02.2024",
    "31.04.2024",
    "00.00.0000",
    "18.12.2023",
    "2024-02-30",
    "Ostern",
    "Pfingsten",
    "Weihnachten",
];

fn stitched() -> impl Strategy<Value = String> {
    prop::collection::vec(prop::sample::select(PIECES), 0..80).prop_map(|v| v.concat())
}

fn stitched_dates() -> impl Strategy<Value = String> {
    prop::collection::vec(prop::sample::select(DATE_PIECES), 0..60).prop_map(|v| v.concat())
}

/// `n` ASCII digits.
fn digits(s: &str, n: usize) -> Option<u32> {
    (s.len() == n && s.bytes().all(|b| b.is_ascii_digit()))
        .then(|| s.parse().ok())
        .flatten()
}

/// A year (`2024`, `XXXX`), decade (`199`) or century (`20`), then
/// optionally a month, a day, a quarter, half-year, week or season; each
/// field in range, and a day that exists in its month (`XXXX-02-29` is a
/// day of leap years).
fn timex_date(s: &str) -> bool {
    let mut parts = s.split('-');
    let year = parts.next().unwrap_or_default();
    let year_number = if year == "XXXX" {
        Some(2000)
    } else {
        digits(year, 4).and_then(|y| i32::try_from(y).ok())
    };
    let Some(y) = year_number else {
        // Decades and centuries stand alone.
        return parts.next().is_none() && (digits(year, 3).is_some() || digits(year, 2).is_some());
    };
    let Some(second) = parts.next() else {
        return true;
    };
    let third = parts.next();
    if parts.next().is_some() {
        return false;
    }
    if let Some(m) = digits(second, 2) {
        return match third {
            None => (1..=12).contains(&m),
            Some(d) => digits(d, 2).is_some_and(|d| meldung::date::Date::new(y, m, d).is_ok()),
        };
    }
    if third.is_some() {
        return false;
    }
    if matches!(second, "SP" | "SU" | "FA" | "WI") {
        return true;
    }
    let (letter, n) = second.split_at(second.len().min(1));
    match letter {
        "Q" => digits(n, 1).is_some_and(|n| (1..=4).contains(&n)),
        "H" => digits(n, 1).is_some_and(|n| (1..=2).contains(&n)),
        "W" => digits(n, 2).is_some_and(|n| (1..=53).contains(&n)),
        _ => false,
    }
}

/// A clock time `hh:mm` (00:00 to 24:00) or a TIMEX3 part of the day.
fn timex_time(s: &str) -> bool {
    if matches!(s, "MO" | "AF" | "EV" | "NI") {
        return true;
    }
    let Some((h, m)) = s.split_once(':') else {
        return false;
    };
    matches!((digits(h, 2), digits(m, 2)), (Some(h), Some(m)) if h < 24 && m < 60 || h == 24 && m == 0)
}

/// One TIMEX3 point: a date, a date with a time, or a time alone.
fn timex_point(s: &str) -> bool {
    match s.split_once('T') {
        Some(("", time)) => timex_time(time),
        Some((date, time)) => timex_date(date) && timex_time(time),
        None => timex_date(s),
    }
}

/// A TIMEX3 value as meldung writes them: a point, or two points joined by
/// `/` for a range.
fn timex(value: &str) -> bool {
    match value.split_once('/') {
        Some((a, b)) => timex_point(a) && timex_point(b),
        None => timex_point(value),
    }
}

#[test]
fn the_timex_check_knows_good_from_bad() {
    for good in [
        "2024",
        "XXXX-12-24",
        "2024-02-29",
        "199",
        "20",
        "2024-Q3",
        "2024-H1",
        "2024-W53",
        "2024-SU",
        "2023-WI",
        "2024-03-01/2024-03-03",
        "T08:00/T16:00",
        "2024-03-05TEV",
        "2024-03-05T14:30",
        "2023/2024",
        "2023-11/2024-02",
    ] {
        assert!(timex(good), "{good} should pass");
    }
    for bad in [
        "",
        "2",
        "2023-02-29",
        "2024-13",
        "2024-00",
        "2024-Q5",
        "2024-W54",
        "2024-W00",
        "2024-XY",
        "2024-03-05T25:00",
        "T",
        "2024/",
        "2024-03-05-01",
        "19999",
    ] {
        assert!(!timex(bad), "{bad} should fail");
    }
}

fn check(text: &str, a: &Analysis<'_>) -> Result<(), TestCaseError> {
    let starts: HashSet<usize> = a.tokens.iter().map(|t| t.span.start).collect();
    let ends: HashSet<usize> = a.tokens.iter().map(|t| t.span.end).collect();
    let on_tokens = |s: meldung::Span| starts.contains(&s.start) && ends.contains(&s.end);
    for p in &a.entities.people {
        for m in &p.mentions {
            prop_assert_eq!(text.get(m.span.range()), Some(m.text));
            prop_assert!(
                on_tokens(m.span),
                "person mention {:?} off token boundaries",
                m.text
            );
        }
    }
    for o in &a.entities.organisations {
        for m in &o.mentions {
            prop_assert_eq!(text.get(m.span.range()), Some(m.text));
            let at_hyphen = text[m.span.end..].starts_with('-');
            prop_assert!(
                starts.contains(&m.span.start) && (ends.contains(&m.span.end) || at_hyphen),
                "organisation mention {:?} off token boundaries",
                m.text
            );
        }
    }
    for r in &a.entities.roles {
        prop_assert!(r.person.is_none_or(|p| p < a.entities.people.len()));
        prop_assert!(
            r.organisation
                .is_none_or(|o| o < a.entities.organisations.len())
        );
    }
    for q in &a.entities.quotes {
        prop_assert!(text.get(q.span.range()).is_some());
        prop_assert!(q.speaker.is_none_or(|p| p < a.entities.people.len()));
    }
    for d in &a.dates.mentions {
        prop_assert_eq!(text.get(d.span.range()), Some(d.text));
        prop_assert!(on_tokens(d.span), "date {:?} off token boundaries", d.text);
        if let Some(v) = &d.value {
            prop_assert!(timex(v), "date {:?} has the value {:?}", d.text, v);
        }
    }
    for k in &a.keywords {
        prop_assert!((0.0..=1.0).contains(&k.score));
        for s in &k.spans {
            prop_assert!(text.get(s.range()).is_some());
        }
    }
    if let Some(c) = a.metadata.contact {
        prop_assert!(text.get(c.range()).is_some());
    }
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn stitched_text_keeps_the_invariants(text in stitched()) {
        let a = ANALYZER.analyze(&text);
        check(&text, &a)?;
        // Deterministic: the same text gives the same analysis.
        let again = ANALYZER.analyze(&text);
        prop_assert_eq!(format!("{:?}", a.document("x", DocumentOptions::new())), format!("{:?}", again.document("x", DocumentOptions::new())));
    }

    #[test]
    fn arbitrary_unicode_keeps_the_invariants(text in "\\PC{0,300}") {
        let a = ANALYZER.analyze(&text);
        check(&text, &a)?;
    }

    #[test]
    fn date_expressions_keep_the_invariants(text in stitched_dates()) {
        let a = DATED.analyze(&text);
        check(&text, &a)?;
        let again = DATED.analyze(&text);
        prop_assert_eq!(&a.dates, &again.dates);
    }
}

#[cfg(feature = "serde")]
mod json {
    use super::*;
    use meldung::Offsets;
    use serde_json::Value;

    /// Every `{start, end, text}` object under `value` names its text at
    /// those offsets, counted in bytes or in characters.
    fn check_mentions(text: &str, value: &Value, offsets: Offsets) -> Result<(), TestCaseError> {
        match value {
            Value::Object(map) => {
                if let (Some(start), Some(end), Some(Value::String(written))) = (
                    map.get("start").and_then(Value::as_u64),
                    map.get("end").and_then(Value::as_u64),
                    map.get("text"),
                ) {
                    let (start, end) = (start as usize, end as usize);
                    let slice = match offsets {
                        Offsets::Chars => text
                            .chars()
                            .skip(start)
                            .take(end.saturating_sub(start))
                            .collect::<String>(),
                        _ => text.get(start..end).map(str::to_owned).unwrap_or_default(),
                    };
                    prop_assert_eq!(&slice, written);
                }
                for v in map.values() {
                    check_mentions(text, v, offsets)?;
                }
            }
            Value::Array(items) => {
                for v in items {
                    check_mentions(text, v, offsets)?;
                }
            }
            _ => {}
        }
        Ok(())
    }

    fn round_trip(text: &str) -> Result<(), TestCaseError> {
        let a = DATED.analyze(text);
        for offsets in [Offsets::Bytes, Offsets::Chars] {
            let options = DocumentOptions::new()
                .offsets(offsets)
                .with_tokens(true)
                .with_sentences(true);
            let json = serde_json::to_string(&a.document("id\u{0}\"x", options));
            prop_assert!(json.is_ok(), "{:?}", json);
            let parsed: Result<Value, _> = serde_json::from_str(&json.unwrap_or_default());
            prop_assert!(parsed.is_ok(), "{:?}", parsed);
            let parsed = parsed.unwrap_or_default();
            prop_assert_eq!(parsed.get("id").and_then(Value::as_str), Some("id\u{0}\"x"));
            check_mentions(text, &parsed, offsets)?;
        }
        Ok(())
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(128))]

        #[test]
        fn the_json_view_parses_and_its_offsets_match(text in stitched()) {
            round_trip(&text)?;
        }

        #[test]
        fn the_json_view_of_arbitrary_unicode_parses(text in "\\PC{0,200}") {
            round_trip(&text)?;
        }

        #[test]
        fn the_json_view_of_date_expressions_parses(text in stitched_dates()) {
            round_trip(&text)?;
        }
    }
}
