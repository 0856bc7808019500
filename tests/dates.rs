//! Named cases for the date expressions of German press releases.
//!
//! Each [`Case`] is a realistic sentence with the reference date it is read
//! against, and `expect` lists *every* mention the sentence must produce, in
//! order, as (text, TIMEX3 value, modifier): a missing or an extra mention
//! fails as much as a wrong value. `kinds` pins the [`DateKind`] of selected
//! mentions. [`NonDate`]s assert that no mention overlaps a substring that
//! only looks like a date. A failing case prints the reference date that
//! was used and a hint where to look; all failures of a group are reported
//! together.
//!
//! The conventions (spans without prepositions and articles, but with the
//! words that carry meaning; values as TIMEX3; year-less dates take the
//! reference year; no reference, no guessing) are described in
//! `src/date/mod.rs`.

mod common;
use common::corpus;
use std::collections::HashSet;

use meldung::date::{
    Date, DateKind, DateMention, DateModifier, Dates, Inferred, dates, find_dates,
};
use meldung::{Token, tokenize};

use DateKind::*;
use DateModifier::*;

/// One expected mention: its text as written, its value, its modifier.
type Expected = (&'static str, Option<&'static str>, Option<DateModifier>);

/// A sentence and every date mention it must produce.
struct Case {
    name: &'static str,
    /// `"2023-12-18"` style; `None` reads the sentence without a reference.
    reference: Option<&'static str>,
    text: &'static str,
    /// All mentions, in text order.
    expect: &'static [Expected],
    /// The kinds of selected mentions (by text).
    kinds: &'static [(&'static str, DateKind)],
}

/// A sentence with something that looks like a date but is not one. Other
/// (real) dates in the sentence are allowed.
struct NonDate {
    name: &'static str,
    reference: Option<&'static str>,
    text: &'static str,
    /// No mention may overlap any occurrence of this substring.
    absent: &'static str,
}

// ---------------------------------------------------------------------------
// The check machinery
// ---------------------------------------------------------------------------

const WEEKDAY_NAMES: [&str; 7] = [
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
];

fn parse_reference(name: &str, reference: Option<&str>) -> Option<Date> {
    reference.map(|r| {
        r.parse()
            .unwrap_or_else(|e| panic!("case `{name}`: reference {r:?} is not a date: {e}"))
    })
}

fn run<'t>(text: &'t str, reference: Option<Date>) -> (Vec<Token<'t>>, Dates<'t>) {
    let tokens: Vec<_> = tokenize(text).collect();
    let found = find_dates(text, &tokens, reference);
    (tokens, found)
}

fn describe(reference: Option<Date>) -> String {
    match reference {
        Some(d) => {
            let (year, week) = d.iso_week();
            let weekday = WEEKDAY_NAMES
                .get(d.weekday().wrapping_sub(1) as usize)
                .copied()
                .unwrap_or("?");
            format!("{d} ({weekday}, ISO week {year}-W{week:02})")
        }
        None => "none (relative expressions get no value, unwritten years stay XXXX)".to_owned(),
    }
}

fn show(text: &str, value: Option<&str>, modifier: Option<DateModifier>) -> String {
    let mut s = format!("{text:?} = {}", value.unwrap_or("(no value)"));
    if let Some(m) = modifier {
        s.push(' ');
        s.push_str(m.as_str());
    }
    s
}

fn show_expected(expect: &[Expected]) -> String {
    if expect.is_empty() {
        return "(no mentions)".to_owned();
    }
    expect
        .iter()
        .map(|&(t, v, m)| show(t, v, m))
        .collect::<Vec<_>>()
        .join(" | ")
}

fn show_got(mentions: &[DateMention<'_>]) -> String {
    if mentions.is_empty() {
        return "(no mentions)".to_owned();
    }
    mentions
        .iter()
        .map(|m| show(m.text, m.value.as_deref(), m.modifier))
        .collect::<Vec<_>>()
        .join(" | ")
}

fn overlaps(a: (usize, usize), b: (usize, usize)) -> bool {
    a.0 < b.1 && b.0 < a.1
}

/// The byte spans of the expected mentions, found in order; `None` when an
/// expected text is not in the sentence (a mistake in the table).
fn locate(text: &str, expect: &[Expected]) -> Option<Vec<(usize, usize)>> {
    let mut from = 0;
    let mut spans = Vec::new();
    for &(t, _, _) in expect {
        let start = from + text.get(from..)?.find(t)?;
        spans.push((start, start + t.len()));
        from = start + t.len();
    }
    Some(spans)
}

/// What is wrong with the mentions as such, whatever the sentence means:
/// spans that do not slice the text, token ranges that do not cover the
/// span, mentions out of order or overlapping, malformed values.
fn structural_problems(
    text: &str,
    tokens: &[Token<'_>],
    mentions: &[DateMention<'_>],
) -> Vec<String> {
    let mut problems = Vec::new();
    for m in mentions {
        if m.text.is_empty() {
            problems.push("a mention with empty text".to_owned());
        }
        if text.get(m.span.start..m.span.end) != Some(m.text) {
            problems.push(format!(
                "mention {:?}: span {}..{} slices {:?}",
                m.text,
                m.span.start,
                m.span.end,
                text.get(m.span.start..m.span.end)
            ));
        }
        let first = tokens.get(m.tokens.start);
        let last = m.tokens.end.checked_sub(1).and_then(|i| tokens.get(i));
        match (first, last) {
            (Some(f), Some(l))
                if m.tokens.start < m.tokens.end
                    && f.span.start == m.span.start
                    && l.span.end == m.span.end => {}
            _ => problems.push(format!(
                "mention {:?}: tokens {:?} do not cover its span {}..{}",
                m.text, m.tokens, m.span.start, m.span.end
            )),
        }
        if let Some(v) = &m.value {
            if !is_timex(v) {
                problems.push(format!(
                    "mention {:?}: value {v:?} is not well-formed TIMEX3",
                    m.text
                ));
            } else if let Some(p) = kind_shape_problem(m.kind, v) {
                problems.push(format!(
                    "mention {:?}: kind {:?} with value {v:?}: {p}",
                    m.text, m.kind
                ));
            }
        }
    }
    for pair in mentions.windows(2) {
        if pair[0].span.end > pair[1].span.start {
            problems.push(format!(
                "mentions {:?} ({}..{}) and {:?} ({}..{}) are out of order or overlap",
                pair[0].text,
                pair[0].span.start,
                pair[0].span.end,
                pair[1].text,
                pair[1].span.start,
                pair[1].span.end
            ));
        }
    }
    problems
}

fn value_hint(expected: Option<&str>, got: Option<&str>) -> &'static str {
    match (expected, got) {
        (None, _) => {
            "without a reference date a relative expression (and a time without a day) has no value: meldung never guesses"
        }
        (Some(_), None) => {
            "a value was expected: resolve against the reference date, or the date in the sentence"
        }
        (Some(e), _) if e.contains("XXXX") => {
            "without a reference date an unwritten year stays XXXX"
        }
        (Some(e), _) if e.contains('/') => {
            "a range is `start/end`; the end's month and year are carried backwards to the start"
        }
        (Some(e), _) if e.contains('T') => {
            "a time takes the day of the nearest date earlier in its sentence, else a later one, else the reference day; Abend=TEV, Morgen/Vormittag=TMO, Nachmittag=TAF, Nacht=TNI"
        }
        (Some(e), _) if e.contains("-W") => {
            "weeks are ISO weeks: KW n of the written or reference year; letzte/nächste Woche = reference ∓ 7 days, in zwei Wochen = reference + 14 days"
        }
        (Some(e), _) if e.contains("-Q") || e.contains("-H") => {
            "quarters are YYYY-Qn, half-years YYYY-Hn; the year as written, else the reference year; letztes Quartal = Q4"
        }
        (Some(e), _) if ["-SP", "-SU", "-FA", "-WI"].iter().any(|s| e.ends_with(s)) => {
            "seasons: Frühjahr/Frühling=SP, Sommer=SU, Herbst=FA, Winter=WI; the year as written, else the reference year"
        }
        (Some(e), _) if e.len() == 3 => "decades are three digits: 1990er → 199, 90er → 199",
        _ => {
            "check the reference year for year-less dates, the weekday direction (past tense → on or before the reference, else strictly after; vergangenen/letzten before, kommenden/nächsten after), Easter-based holidays and the TIMEX3 spelling"
        }
    }
}

const SPAN_HINT: &str = "prepositions and articles before an expression (am, im, in, seit, bis, ab, vom, von, um, zum, zwischen, der, den) stay outside the mention; words that carry meaning (Anfang, Mitte, Ende, vergangenen, kommenden, nächsten, vor/in + count, rund/etwa/ca./gegen, a joined weekday) are inside";

const MODIFIER_HINT: &str = "Anfang → Start, Mitte → Mid, Ende/Jahresende → End, rund/etwa/ca./gegen → Approx, bis + single date → Before, seit/ab → After";

/// Explains how `got` differs from `expect`.
fn diagnose(expect: &[Expected], spans: &[(usize, usize)], got: &[DateMention<'_>]) -> String {
    let got_span = |m: &DateMention<'_>| (m.span.start, m.span.end);
    let mut hints = Vec::new();
    let missing: Vec<&str> = expect
        .iter()
        .zip(spans)
        .filter(|(_, s)| !got.iter().any(|m| overlaps(got_span(m), **s)))
        .map(|(e, _)| e.0)
        .collect();
    if !missing.is_empty() {
        hints.push(format!(
            "not found: {missing:?}; no recogniser fires there (is the start word a trigger?)"
        ));
    }
    let extra: Vec<&str> = got
        .iter()
        .filter(|m| !spans.iter().any(|s| overlaps(got_span(m), *s)))
        .map(|m| m.text)
        .collect();
    if !extra.is_empty() {
        hints.push(format!(
            "not a date here: {extra:?}; a quantity (unit or currency after it), an identifier (Nr., Az., §, Art., Tel., n/yyyy), a name or an idiom is read as a date"
        ));
    }
    let mut misspanned = Vec::new();
    for (e, s) in expect.iter().zip(spans) {
        for m in got.iter().filter(|m| overlaps(got_span(m), *s)) {
            if m.text != e.0 {
                misspanned.push(format!("{:?} instead of {:?}", m.text, e.0));
            }
        }
    }
    if !misspanned.is_empty() {
        hints.push(format!(
            "span differs: {}; {SPAN_HINT}",
            misspanned.join(", ")
        ));
    }
    if hints.is_empty() {
        for (e, m) in expect.iter().zip(got) {
            if m.value.as_deref() != e.1 {
                hints.push(format!(
                    "value of {:?}: expected {}, got {}; {}",
                    e.0,
                    e.1.unwrap_or("no value"),
                    m.value.as_deref().unwrap_or("no value"),
                    value_hint(e.1, m.value.as_deref())
                ));
            }
            if m.modifier != e.2 {
                hints.push(format!(
                    "modifier of {:?}: expected {:?}, got {:?}; {MODIFIER_HINT}",
                    e.0, e.2, m.modifier
                ));
            }
        }
    }
    if hints.is_empty() {
        hints.push("the mentions differ; compare the lists above".to_owned());
    }
    hints.join("\n   help: ")
}

fn report(what: &str, failures: &[String]) {
    assert!(
        failures.is_empty(),
        "{} failing {what}:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

fn check_case(case: &Case, failures: &mut Vec<String>) {
    let reference = parse_reference(case.name, case.reference);
    let (tokens, found) = run(case.text, reference);
    let header = format!(
        "case `{}`: {:?}\n   reference: {}",
        case.name,
        case.text,
        describe(found.reference)
    );
    let Some(spans) = locate(case.text, case.expect) else {
        failures.push(format!(
            "{header}\n   the table is wrong: an expected mention is not in the sentence (in this order)\n   help: fix the case in tests/dates.rs"
        ));
        return;
    };
    for &(text, _) in case.kinds {
        if !case.expect.iter().any(|e| e.0 == text) {
            failures.push(format!(
                "{header}\n   the table is wrong: kind pinned for {text:?}, which is not an expected mention\n   help: fix the case in tests/dates.rs"
            ));
        }
    }
    if reference.is_some() && found.reference != reference {
        failures.push(format!(
            "{header}\n   the caller's reference {:?} was not used\n   help: find_dates must resolve against the reference it is given; the document date is only the fallback",
            case.reference
        ));
    } else if reference.is_none() && found.reference.is_some() {
        failures.push(format!(
            "{header}\n   this sentence was read as stating a document date ({:?})\n   help: only [date] at the start, a label (Pressemitteilung vom, Stand:, Veröffentlicht am) or a dateline sets the document date; see src/date/document.rs",
            found.document_date.map(|d| d.to_string())
        ));
    }
    for p in structural_problems(case.text, &tokens, &found.mentions) {
        failures.push(format!(
            "{header}\n   {p}\n   help: every mention must slice the text, cover whole tokens, come in order without overlaps and carry a well-formed TIMEX3 value that fits its kind"
        ));
    }
    let same = found.mentions.len() == case.expect.len()
        && found
            .mentions
            .iter()
            .zip(case.expect)
            .all(|(m, e)| m.text == e.0 && m.value.as_deref() == e.1 && m.modifier == e.2);
    if !same {
        failures.push(format!(
            "{header}\n   expected {}\n        got {}\n   help: {}",
            show_expected(case.expect),
            show_got(&found.mentions),
            diagnose(case.expect, &spans, &found.mentions)
        ));
    }
    for &(text, kind) in case.kinds {
        if let Some(m) = found.mentions.iter().find(|m| m.text == text)
            && m.kind != kind
        {
            failures.push(format!(
                "{header}\n   mention {text:?} is {:?}, expected {kind:?}\n   help: the span may be right, the kind is not; a kind says what the value is (Range for a/b, Time for a clock time or part of day, Relative for what is resolved against the reference)",
                m.kind
            ));
        }
    }
}

fn check(cases: &[Case]) {
    let mut failures = Vec::new();
    for case in cases {
        check_case(case, &mut failures);
    }
    report("case(s)", &failures);
}

fn check_non_dates(cases: &[NonDate]) {
    let mut failures = Vec::new();
    for case in cases {
        let reference = parse_reference(case.name, case.reference);
        let (tokens, found) = run(case.text, reference);
        let header = format!(
            "non-date `{}`: {:?}\n   reference: {}",
            case.name,
            case.text,
            describe(found.reference)
        );
        let spans: Vec<(usize, usize)> = case
            .text
            .match_indices(case.absent)
            .map(|(i, s)| (i, i + s.len()))
            .collect();
        if spans.is_empty() {
            failures.push(format!(
                "{header}\n   the table is wrong: {:?} is not in the sentence\n   help: fix the case in tests/dates.rs",
                case.absent
            ));
            continue;
        }
        for p in structural_problems(case.text, &tokens, &found.mentions) {
            failures.push(format!("{header}\n   {p}"));
        }
        let hits: Vec<&DateMention<'_>> = found
            .mentions
            .iter()
            .filter(|m| {
                spans
                    .iter()
                    .any(|s| overlaps((m.span.start, m.span.end), *s))
            })
            .collect();
        if !hits.is_empty() {
            let why = if case.absent.bytes().any(|b| b.is_ascii_digit()) {
                "a number followed by a unit or currency, or after Nr., Az., §, Art., Tel., a `/` with a number before it, is a quantity or an identifier, not a year; a count of years, weeks or days without `vor`/`in` is a duration"
            } else {
                "a name (Frau Mai, August Müller), an idiom (Ende der Debatte, von Anfang an, Guten Morgen) or a word without a number or date after it is not a date"
            };
            failures.push(format!(
                "{header}\n   {:?} must not be (part of) a date, got {}\n   help: {why}",
                case.absent,
                hits.iter()
                    .map(|m| show(m.text, m.value.as_deref(), m.modifier))
                    .collect::<Vec<_>>()
                    .join(" | ")
            ));
        }
    }
    report("non-date case(s)", &failures);
}

// ---------------------------------------------------------------------------
// TIMEX3 values
// ---------------------------------------------------------------------------

/// `s` as a number if it is exactly `n` ASCII digits.
fn digits(s: &str, n: usize) -> Option<u32> {
    if s.len() == n && s.bytes().all(|b| b.is_ascii_digit()) {
        s.parse().ok()
    } else {
        None
    }
}

fn is_year(s: &str) -> bool {
    s == "XXXX" || digits(s, 4).is_some()
}

/// `YYYY-MM-DD` (or `XXXX-MM-DD`), a day that exists.
fn is_day(s: &str) -> bool {
    let mut parts = s.split('-');
    let (Some(y), Some(m), Some(d), None) =
        (parts.next(), parts.next(), parts.next(), parts.next())
    else {
        return false;
    };
    let (Some(m), Some(d)) = (digits(m, 2), digits(d, 2)) else {
        return false;
    };
    match digits(y, 4) {
        Some(y) => i32::try_from(y).is_ok_and(|y| Date::new(y, m, d).is_ok()),
        None => {
            let longest = match m {
                2 => 29,
                4 | 6 | 9 | 11 => 30,
                _ => 31,
            };
            y == "XXXX" && (1..=12).contains(&m) && (1..=longest).contains(&d)
        }
    }
}

/// `hh:mm`, 00:00 to 24:00.
fn is_clock(s: &str) -> bool {
    let Some((h, m)) = s.split_once(':') else {
        return false;
    };
    match (digits(h, 2), digits(m, 2)) {
        (Some(h), Some(m)) => (h < 24 && m < 60) || (h == 24 && m == 0),
        _ => false,
    }
}

/// One point or period: `YYYY`, `YYY`, `YYYY-MM`, `YYYY-MM-DD`, `YYYY-Qn`,
/// `YYYY-Hn`, `YYYY-SP|SU|FA|WI`, `YYYY-Wnn`, a day plus `Thh:mm` or
/// `TMO|TAF|TEV|TNI`; `XXXX` for an unknown year.
fn is_timex_point(p: &str) -> bool {
    if let Some((day, time)) = p.split_once('T') {
        return is_day(day) && (matches!(time, "MO" | "AF" | "EV" | "NI") || is_clock(time));
    }
    if digits(p, 3).is_some() || is_year(p) {
        return true;
    }
    if is_day(p) {
        return true;
    }
    let Some((y, rest)) = p.split_once('-') else {
        return false;
    };
    if !is_year(y) {
        return false;
    }
    if rest.len() == 2
        && let Some(m) = digits(rest, 2)
    {
        return (1..=12).contains(&m);
    }
    if let Some(q) = rest.strip_prefix('Q') {
        return matches!(q, "1" | "2" | "3" | "4");
    }
    if let Some(h) = rest.strip_prefix('H') {
        return matches!(h, "1" | "2");
    }
    if matches!(rest, "SP" | "SU" | "FA" | "WI") {
        return true;
    }
    rest.strip_prefix('W')
        .and_then(|w| digits(w, 2))
        .is_some_and(|w| (1..=53).contains(&w))
}

/// A TIMEX3 value as meldung writes them: one point, or two joined by `/`.
fn is_timex(value: &str) -> bool {
    let mut parts = value.split('/');
    match (parts.next(), parts.next(), parts.next()) {
        (Some(a), None, None) => is_timex_point(a),
        (Some(a), Some(b), None) => is_timex_point(a) && is_timex_point(b),
        _ => false,
    }
}

/// Whether a (well-formed) value has the shape its kind promises.
fn kind_shape_problem(kind: DateKind, value: &str) -> Option<&'static str> {
    let month = |v: &str| {
        v.split_once('-')
            .is_some_and(|(y, m)| is_year(y) && digits(m, 2).is_some())
    };
    let (ok, expected) = match kind {
        DateKind::Range => (value.contains('/'), "a range `start/end`"),
        _ if value.contains('/') => (false, "a single point; `a/b` values are kind Range"),
        DateKind::Day => (is_day(value), "a day `YYYY-MM-DD`"),
        DateKind::Month => (month(value), "a month `YYYY-MM`"),
        DateKind::Year => (is_year(value), "a year `YYYY`"),
        DateKind::Decade => (digits(value, 3).is_some(), "a decade `YYY`"),
        DateKind::Quarter => (value.contains("-Q"), "a quarter `YYYY-Qn`"),
        DateKind::HalfYear => (value.contains("-H"), "a half-year `YYYY-Hn`"),
        DateKind::Season => (
            ["-SP", "-SU", "-FA", "-WI"]
                .iter()
                .any(|s| value.ends_with(s)),
            "a season `YYYY-SP|SU|FA|WI`",
        ),
        DateKind::Week => (value.contains("-W"), "a week `YYYY-Wnn`"),
        DateKind::Time => (value.contains('T'), "a time `YYYY-MM-DDThh:mm` or `…TEV`"),
        _ => (true, ""),
    };
    if ok { None } else { Some(expected) }
}

#[test]
fn timex_validator_accepts_and_rejects() {
    let good = [
        "2023",
        "199",
        "2023-12",
        "2023-12-18",
        "2024-02-29",
        "XXXX-10-03",
        "XXXX-02-29",
        "2024-Q1",
        "XXXX-Q2",
        "2024-H2",
        "2024-SP",
        "2024-SU",
        "2024-FA",
        "2023-WI",
        "2024-W01",
        "2020-W53",
        "2023-12-18T14:30",
        "2023-12-18T00:00",
        "2023-12-21TEV",
        "2024-03-01TMO",
        "2024-06-15TAF",
        "2024-03-03TNI",
        "2024-03-01/2024-03-03",
        "2019/2023",
        "2024-03/2024-05",
        "2023-12-18T08:00/2023-12-18T16:00",
        "XXXX-06-12/XXXX-06-14",
    ];
    let bad = [
        "",
        "23",
        "20233",
        "2023-13",
        "2023-00",
        "2023-2",
        "2023-02-30",
        "2023-02-29",
        "XXXX-02-30",
        "2023-12-18T25:00",
        "2023-12-18T14:60",
        "2023-12-18T14",
        "2023-12T14:30",
        "2023-12-18TXX",
        "2024-Q5",
        "2024-Q0",
        "2024-H3",
        "2024-W54",
        "2024-W1",
        "2024-AU",
        "2019/2020/2021",
        "2019/",
        "/2019",
        "18.12.2023",
        "XXX",
        "2023-12-18 ",
    ];
    let mut failures = Vec::new();
    for v in good {
        if !is_timex(v) {
            failures.push(format!("{v:?} should be accepted"));
        }
    }
    for v in bad {
        if is_timex(v) {
            failures.push(format!("{v:?} should be rejected"));
        }
    }
    report("validator check(s)", &failures);
}

// ---------------------------------------------------------------------------
// Numeric dates
// ---------------------------------------------------------------------------

const NUMERIC: &[Case] = &[
    Case {
        name: "numeric_full_date",
        reference: Some("2023-12-18"),
        text: "Der Kreistag hat am 18.12.2023 den Haushalt beschlossen.",
        expect: &[("18.12.2023", Some("2023-12-18"), None)],
        kinds: &[("18.12.2023", Day)],
    },
    Case {
        name: "numeric_leading_zeros",
        reference: None,
        text: "Die neue Verordnung tritt am 01.02.2024 in Kraft.",
        expect: &[("01.02.2024", Some("2024-02-01"), None)],
        kinds: &[("01.02.2024", Day)],
    },
    Case {
        name: "numeric_single_digit_day_and_month",
        reference: None,
        text: "Das Serviceportal des Landes ging am 1.1.2024 online.",
        expect: &[("1.1.2024", Some("2024-01-01"), None)],
        kinds: &[],
    },
    Case {
        name: "numeric_two_digit_year",
        reference: None,
        text: "Mit Schreiben vom 18.12.23 hat das Ministerium die Kommunen informiert.",
        expect: &[("18.12.23", Some("2023-12-18"), None)],
        kinds: &[("18.12.23", Day)],
    },
    Case {
        name: "numeric_iso_format",
        reference: None,
        text: "Der Datensatz wurde am 2023-12-18 im Open-Data-Portal aktualisiert.",
        expect: &[("2023-12-18", Some("2023-12-18"), None)],
        kinds: &[("2023-12-18", Day)],
    },
    Case {
        name: "numeric_at_sentence_end_after_ab",
        reference: None,
        text: "Die neue Gebührensatzung gilt ab 1.1.2024.",
        expect: &[("1.1.2024", Some("2024-01-01"), Some(After))],
        kinds: &[],
    },
    Case {
        name: "numeric_leap_day",
        reference: None,
        text: "Die Antragsfrist endete am 29.02.2024.",
        expect: &[("29.02.2024", Some("2024-02-29"), None)],
        kinds: &[],
    },
    Case {
        name: "numeric_yearless_takes_the_coming_occurrence",
        reference: Some("2024-03-04"),
        text: "Die Bürgersprechstunde am 18.12. entfällt ersatzlos.",
        expect: &[("18.12.", Some("2024-12-18"), None)],
        kinds: &[("18.12.", Day)],
    },
    Case {
        name: "numeric_yearless_without_reference",
        reference: None,
        text: "Die Bürgersprechstunde am 18.12. findet im Ratssaal statt.",
        expect: &[("18.12.", Some("XXXX-12-18"), None)],
        kinds: &[("18.12.", Day)],
    },
    Case {
        name: "numeric_yearless_earlier_in_reference_year",
        reference: Some("2024-03-04"),
        text: "Der Ausschuss hatte am 12.02. über die Vorlage beraten.",
        expect: &[("12.02.", Some("2024-02-12"), None)],
        kinds: &[],
    },
    Case {
        name: "numeric_yearless_december_reference",
        reference: Some("2023-12-18"),
        text: "Die Sitzung am 20.12. findet im großen Saal des Rathauses statt.",
        expect: &[("20.12.", Some("2023-12-20"), None)],
        kinds: &[],
    },
    Case {
        name: "numeric_yearless_with_bis_is_before",
        reference: Some("2024-06-12"),
        text: "Rückmeldungen sind bis 30.06. an das Bauamt zu richten.",
        expect: &[("30.06.", Some("2024-06-30"), Some(Before))],
        kinds: &[],
    },
    Case {
        name: "numeric_two_dates_not_a_range",
        reference: None,
        text: "Die Anhörung wurde vom 12.03.2024 auf den 26.03.2024 verschoben.",
        expect: &[
            ("12.03.2024", Some("2024-03-12"), None),
            ("26.03.2024", Some("2024-03-26"), None),
        ],
        kinds: &[("12.03.2024", Day), ("26.03.2024", Day)],
    },
    Case {
        name: "numeric_list_of_three_dates",
        reference: None,
        text: "Die Bürgerbüros sind am 27.12.2023, 28.12.2023 und 29.12.2023 geschlossen.",
        expect: &[
            ("27.12.2023", Some("2023-12-27"), None),
            ("28.12.2023", Some("2023-12-28"), None),
            ("29.12.2023", Some("2023-12-29"), None),
        ],
        kinds: &[],
    },
    Case {
        name: "numeric_bis_is_before",
        reference: None,
        text: "Anträge können bis 31.03.2024 eingereicht werden.",
        expect: &[("31.03.2024", Some("2024-03-31"), Some(Before))],
        kinds: &[],
    },
    Case {
        name: "numeric_seit_is_after",
        reference: None,
        text: "Seit 15.01.2024 ist die neue Leitstelle in Betrieb.",
        expect: &[("15.01.2024", Some("2024-01-15"), Some(After))],
        kinds: &[],
    },
    Case {
        name: "numeric_date_after_parliamentary_paper_number",
        reference: None,
        text: "Der Landtag hat den Gesetzentwurf (Drucksache 18/4567) am 14.11.2023 verabschiedet.",
        expect: &[("14.11.2023", Some("2023-11-14"), None)],
        kinds: &[],
    },
    Case {
        name: "numeric_swiss_release",
        reference: None,
        text: "Die Medienkonferenz findet am 5.3.2024 in St.Gallen statt.",
        expect: &[("5.3.2024", Some("2024-03-05"), None)],
        kinds: &[],
    },
];

#[test]
fn numeric() {
    check(NUMERIC);
}

// ---------------------------------------------------------------------------
// Written dates and months
// ---------------------------------------------------------------------------

const WRITTEN: &[Case] = &[
    Case {
        name: "written_full_date",
        reference: None,
        text: "Das Bundeskabinett hat am 18. Dezember 2023 die Cloud-Strategie beschlossen.",
        expect: &[("18. Dezember 2023", Some("2023-12-18"), None)],
        kinds: &[("18. Dezember 2023", Day)],
    },
    Case {
        name: "written_abbreviated_dez",
        reference: None,
        text: "Die Ausschreibung wurde am 18. Dez. 2023 im Vergabeportal veröffentlicht.",
        expect: &[("18. Dez. 2023", Some("2023-12-18"), None)],
        kinds: &[("18. Dez. 2023", Day)],
    },
    Case {
        name: "written_month_and_year",
        reference: None,
        text: "Die Zahl der Online-Anträge stieg im Dezember 2023 deutlich an.",
        expect: &[("Dezember 2023", Some("2023-12"), None)],
        kinds: &[("Dezember 2023", Month)],
    },
    Case {
        name: "written_month_takes_reference_year",
        reference: Some("2023-12-18"),
        text: "Im Dezember werden die neuen Parkausweise verschickt.",
        expect: &[("Dezember", Some("2023-12"), None)],
        kinds: &[("Dezember", Month)],
    },
    Case {
        name: "written_month_without_reference",
        reference: None,
        text: "Im Juni beginnt die Sanierung der Stadtbibliothek.",
        expect: &[("Juni", Some("XXXX-06"), None)],
        kinds: &[("Juni", Month)],
    },
    Case {
        name: "written_day_without_tense_looks_ahead",
        reference: Some("2023-12-18"),
        text: "Das Rathaus bleibt am 3. Oktober geschlossen.",
        expect: &[("3. Oktober", Some("2024-10-03"), None)],
        kinds: &[("3. Oktober", Day)],
    },
    Case {
        name: "written_day_in_past_sentence_looks_back",
        reference: Some("2023-12-18"),
        text: "Das Rathaus war am 3. Oktober geschlossen.",
        expect: &[("3. Oktober", Some("2023-10-03"), None)],
        kinds: &[("3. Oktober", Day)],
    },
    Case {
        name: "written_day_just_before_reference_stays_in_its_year",
        reference: Some("2023-12-18"),
        text: "Die Frist endete am 10. Dezember.",
        expect: &[("10. Dezember", Some("2023-12-10"), None)],
        kinds: &[("10. Dezember", Day)],
    },
    Case {
        name: "written_day_in_future_sentence_looks_ahead",
        reference: Some("2023-12-18"),
        text: "Das Gesetz wird am 1. März in Kraft treten.",
        expect: &[("1. März", Some("2024-03-01"), None)],
        kinds: &[("1. März", Day)],
    },
    Case {
        name: "written_day_without_reference",
        reference: None,
        text: "Am 3. Oktober lädt die Stadt zum Bürgerfest auf den Marktplatz ein.",
        expect: &[("3. Oktober", Some("XXXX-10-03"), None)],
        kinds: &[("3. Oktober", Day)],
    },
    Case {
        name: "written_austrian_jaenner",
        reference: None,
        text: "Die neue Plattform startet am 15. Jänner 2024 in allen Wiener Bezirken.",
        expect: &[("15. Jänner 2024", Some("2024-01-15"), None)],
        kinds: &[],
    },
    Case {
        name: "written_austrian_jaen_abbreviated",
        reference: None,
        text: "Die Einreichfrist endet am 3. Jän. 2025.",
        expect: &[("3. Jän. 2025", Some("2025-01-03"), None)],
        kinds: &[],
    },
    Case {
        name: "written_maerz",
        reference: None,
        text: "Am 1. März 2024 tritt die neue Satzung in Kraft.",
        expect: &[("1. März 2024", Some("2024-03-01"), None)],
        kinds: &[],
    },
    Case {
        name: "written_maerz_ae_spelling",
        reference: None,
        text: "Die Informationsveranstaltung findet am 7. Maerz 2024 statt.",
        expect: &[("7. Maerz 2024", Some("2024-03-07"), None)],
        kinds: &[],
    },
    Case {
        name: "written_mrz_abbreviated_after_der",
        reference: None,
        text: "Stichtag für die Meldung ist der 15. Mrz. 2024.",
        expect: &[("15. Mrz. 2024", Some("2024-03-15"), None)],
        kinds: &[],
    },
    Case {
        name: "written_sept_abbreviated",
        reference: None,
        text: "Die Fachmesse beginnt am 4. Sept. 2024 in Hannover.",
        expect: &[("4. Sept. 2024", Some("2024-09-04"), None)],
        kinds: &[],
    },
    Case {
        name: "written_okt_abbreviated",
        reference: None,
        text: "Der Förderaufruf wurde am 12. Okt. 2023 gestartet.",
        expect: &[("12. Okt. 2023", Some("2023-10-12"), None)],
        kinds: &[],
    },
    Case {
        name: "written_jan_abbreviated_month_and_year",
        reference: None,
        text: "Seit Jan. 2024 gilt die neue Gebührenordnung.",
        expect: &[("Jan. 2024", Some("2024-01"), Some(After))],
        kinds: &[("Jan. 2024", Month)],
    },
    Case {
        name: "written_weekday_joined_to_date",
        reference: None,
        text: "Die Pressekonferenz findet am Montag, 18. Dezember 2023, im Roten Rathaus statt.",
        expect: &[("Montag, 18. Dezember 2023", Some("2023-12-18"), None)],
        kinds: &[("Montag, 18. Dezember 2023", Day)],
    },
    Case {
        name: "written_seit_month_and_year",
        reference: None,
        text: "Seit Januar 2024 können Bürgerinnen und Bürger den Antrag online stellen.",
        expect: &[("Januar 2024", Some("2024-01"), Some(After))],
        kinds: &[("Januar 2024", Month)],
    },
    Case {
        name: "written_bis_zum_is_before",
        reference: None,
        text: "Die Bewerbungsfrist läuft bis zum 31. Januar 2024.",
        expect: &[("31. Januar 2024", Some("2024-01-31"), Some(Before))],
        kinds: &[],
    },
    Case {
        name: "written_ab_is_after",
        reference: None,
        text: "Ab 1. Januar 2025 gilt in Niedersachsen die neue Grundsteuer.",
        expect: &[("1. Januar 2025", Some("2025-01-01"), Some(After))],
        kinds: &[],
    },
    Case {
        name: "written_ab_yearless_without_reference",
        reference: None,
        text: "Ab 1. April gelten neue Öffnungszeiten im Bürgeramt.",
        expect: &[("1. April", Some("XXXX-04-01"), Some(After))],
        kinds: &[],
    },
    Case {
        name: "written_anfang_month_takes_reference_year",
        reference: Some("2024-03-04"),
        text: "Anfang April soll der Probebetrieb im Bürgeramt starten.",
        expect: &[("Anfang April", Some("2024-04"), Some(Start))],
        kinds: &[("Anfang April", Month)],
    },
    Case {
        name: "written_ende_month_and_year",
        reference: None,
        text: "Ende Juni 2024 läuft die Förderrichtlinie aus.",
        expect: &[("Ende Juni 2024", Some("2024-06"), Some(End))],
        kinds: &[("Ende Juni 2024", Month)],
    },
    Case {
        name: "written_mitte_month_and_year",
        reference: None,
        text: "Mitte Oktober 2024 sollen die ersten Bescheide digital zugestellt werden.",
        expect: &[("Mitte Oktober 2024", Some("2024-10"), Some(Mid))],
        kinds: &[],
    },
    Case {
        name: "written_ende_month_takes_reference_year",
        reference: Some("2023-12-18"),
        text: "Ende Dezember wird das alte Portal abgeschaltet.",
        expect: &[("Ende Dezember", Some("2023-12"), Some(End))],
        kinds: &[],
    },
    Case {
        name: "written_day_earlier_in_reference_year",
        reference: Some("2024-03-04"),
        text: "Am 2. Januar hat die Stadt die Gebührenbescheide verschickt.",
        expect: &[("2. Januar", Some("2024-01-02"), None)],
        kinds: &[],
    },
    Case {
        name: "written_month_and_year_in_quote",
        reference: None,
        text: "„Im März 2024 wollen wir die ersten Bescheide digital zustellen“, sagte Ministerin Kuhn.",
        expect: &[("März 2024", Some("2024-03"), None)],
        kinds: &[("März 2024", Month)],
    },
    Case {
        name: "written_day_later_in_reference_year",
        reference: Some("2025-01-15"),
        text: "Die Wahl des Oberbürgermeisters findet am 23. Februar statt.",
        expect: &[("23. Februar", Some("2025-02-23"), None)],
        kinds: &[],
    },
    Case {
        name: "written_vom_before_single_date",
        reference: None,
        text: "Das Gesetz vom 20. Dezember 2023 regelt die Zuständigkeiten neu.",
        expect: &[("20. Dezember 2023", Some("2023-12-20"), None)],
        kinds: &[],
    },
];

#[test]
fn written() {
    check(WRITTEN);
}

// ---------------------------------------------------------------------------
// Weekdays
// ---------------------------------------------------------------------------

const WEEKDAY: &[Case] = &[
    Case {
        name: "weekday_vergangenen_montag",
        reference: Some("2023-12-18"),
        text: "Am vergangenen Montag hat der Stadtrat das Konzept beraten.",
        expect: &[("vergangenen Montag", Some("2023-12-11"), None)],
        kinds: &[("vergangenen Montag", Relative)],
    },
    Case {
        name: "weekday_letzten_freitag",
        reference: Some("2023-12-18"),
        text: "Der Landrat hat die Grundschule am letzten Freitag besucht.",
        expect: &[("letzten Freitag", Some("2023-12-15"), None)],
        kinds: &[("letzten Freitag", Relative)],
    },
    Case {
        name: "weekday_letzten_without_preposition",
        reference: Some("2023-12-18"),
        text: "Letzten Donnerstag wurde die neue Anlage in Betrieb genommen.",
        expect: &[("Letzten Donnerstag", Some("2023-12-14"), None)],
        kinds: &[],
    },
    Case {
        name: "weekday_kommenden_montag",
        reference: Some("2023-12-18"),
        text: "Am kommenden Montag beginnt die Anmeldung für die Kitaplätze.",
        expect: &[("kommenden Montag", Some("2023-12-25"), None)],
        kinds: &[("kommenden Montag", Relative)],
    },
    Case {
        name: "weekday_naechsten_mittwoch",
        reference: Some("2023-12-18"),
        text: "Die Ergebnisse werden am nächsten Mittwoch vorgestellt.",
        expect: &[("nächsten Mittwoch", Some("2023-12-20"), None)],
        kinds: &[],
    },
    Case {
        name: "weekday_plain_future",
        reference: Some("2024-03-04"),
        text: "Am Donnerstag stellt die Ministerin den Jahresbericht vor.",
        expect: &[("Donnerstag", Some("2024-03-07"), None)],
        kinds: &[],
    },
    Case {
        name: "weekday_plain_same_weekday_is_next_week",
        reference: Some("2023-12-18"),
        text: "Am Montag beginnt die Ausschreibung für den Neubau.",
        expect: &[("Montag", Some("2023-12-25"), None)],
        kinds: &[],
    },
    Case {
        // the release day itself: a release of Monday telling what happened
        // "am Montag" means that day (a week before would be "vergangenen")
        name: "weekday_plain_past_hat_same_weekday_is_the_release_day",
        reference: Some("2023-12-18"),
        text: "Am Montag hat die Stadt das neue Portal freigeschaltet.",
        expect: &[("Montag", Some("2023-12-18"), None)],
        kinds: &[],
    },
    Case {
        name: "weekday_plain_past_hat",
        reference: Some("2023-12-20"),
        text: "Am Montag hat die Stadt das neue Portal freigeschaltet.",
        expect: &[("Montag", Some("2023-12-18"), None)],
        kinds: &[],
    },
    Case {
        name: "weekday_plain_past_unterzeichnete",
        reference: Some("2024-03-04"),
        text: "Am Freitag unterzeichnete der Minister die Vereinbarung mit den Kommunen.",
        expect: &[("Freitag", Some("2024-03-01"), None)],
        kinds: &[],
    },
    Case {
        name: "weekday_plain_past_wurde",
        reference: Some("2024-03-04"),
        text: "Am Sonntag wurde die Brücke wegen Hochwassers gesperrt.",
        expect: &[("Sonntag", Some("2024-03-03"), None)],
        kinds: &[],
    },
    Case {
        name: "weekday_plain_past_war",
        reference: Some("2024-03-04"),
        text: "Am Samstag war das Bürgeramt ausnahmsweise geöffnet.",
        expect: &[("Samstag", Some("2024-03-02"), None)],
        kinds: &[],
    },
    Case {
        name: "weekday_sonnabend_future",
        reference: Some("2024-03-04"),
        text: "Am Sonnabend öffnet das Stadtmuseum seine Türen für alle Interessierten.",
        expect: &[("Sonnabend", Some("2024-03-09"), None)],
        kinds: &[],
    },
    Case {
        name: "weekday_past_sagte_midweek_reference",
        reference: Some("2025-09-25"),
        text: "Am Mittwoch sagte die Bürgermeisterin, das Projekt liege im Zeitplan.",
        expect: &[("Mittwoch", Some("2025-09-24"), None)],
        kinds: &[],
    },
    Case {
        name: "weekday_future_midweek_reference",
        reference: Some("2025-09-25"),
        text: "Am Mittwoch berät der Ausschuss erneut über den Antrag.",
        expect: &[("Mittwoch", Some("2025-10-01"), None)],
        kinds: &[],
    },
    Case {
        name: "weekday_past_haben",
        reference: Some("2024-06-12"),
        text: "Am Dienstag haben die Fraktionen den Kompromiss vorgestellt.",
        expect: &[("Dienstag", Some("2024-06-11"), None)],
        kinds: &[],
    },
    Case {
        name: "weekday_future_next_to_non_date",
        reference: Some("2024-06-12"),
        text: "Am Samstag lädt die Feuerwehr zum Tag der offenen Tür ein.",
        expect: &[("Samstag", Some("2024-06-15"), None)],
        kinds: &[],
    },
    Case {
        name: "weekday_vergangenen_midweek_reference",
        reference: Some("2024-06-12"),
        text: "Am vergangenen Freitag haben Einsatzkräfte eine Übung am Hafen durchgeführt.",
        expect: &[("vergangenen Freitag", Some("2024-06-07"), None)],
        kinds: &[],
    },
    Case {
        name: "weekday_kommenden_midweek_reference",
        reference: Some("2024-06-12"),
        text: "Am kommenden Dienstag tagt der Kreisausschuss.",
        expect: &[("kommenden Dienstag", Some("2024-06-18"), None)],
        kinds: &[],
    },
    Case {
        name: "weekday_plain_without_reference",
        reference: None,
        text: "Am Montag beginnt die Anmeldung für die Ferienbetreuung.",
        expect: &[("Montag", None, None)],
        kinds: &[],
    },
    Case {
        name: "weekday_vergangenen_without_reference",
        reference: None,
        text: "Am vergangenen Freitag hat die Polizei den Verkehr kontrolliert.",
        expect: &[("vergangenen Freitag", None, None)],
        kinds: &[],
    },
    Case {
        name: "weekday_with_bracketed_date",
        reference: Some("2025-09-25"),
        text: "Die Infoveranstaltung findet am Dienstag (30. September) im Rathaus statt.",
        expect: &[("Dienstag (30. September)", Some("2025-09-30"), None)],
        kinds: &[("Dienstag (30. September)", Day)],
    },
    Case {
        name: "weekday_yearless_date_picks_next_year",
        reference: Some("2023-12-18"),
        text: "Die Abgabefrist endet am Freitag, 5. Januar.",
        expect: &[("Freitag, 5. Januar", Some("2024-01-05"), None)],
        kinds: &[("Freitag, 5. Januar", Day)],
    },
    Case {
        name: "weekday_yearless_date_picks_previous_year",
        reference: Some("2024-03-04"),
        text: "Der Beschluss fiel am Montag, 18. Dezember, mit großer Mehrheit.",
        expect: &[("Montag, 18. Dezember", Some("2023-12-18"), None)],
        kinds: &[],
    },
    Case {
        name: "weekday_joined_to_numeric_date",
        reference: None,
        text: "Die Sitzung beginnt am Mittwoch, 20.12.2023, im Plenarsaal.",
        expect: &[("Mittwoch, 20.12.2023", Some("2023-12-20"), None)],
        kinds: &[("Mittwoch, 20.12.2023", Day)],
    },
    Case {
        name: "weekday_joined_to_full_date_in_past_sentence",
        reference: Some("2024-03-04"),
        text: "Am Donnerstag, 14. Dezember 2023, hatte der Landtag das Gesetz beschlossen.",
        expect: &[("Donnerstag, 14. Dezember 2023", Some("2023-12-14"), None)],
        kinds: &[],
    },
];

#[test]
fn weekday() {
    check(WEEKDAY);
}

// ---------------------------------------------------------------------------
// Years and year-based periods
// ---------------------------------------------------------------------------

const YEARS_AND_PERIODS: &[Case] = &[
    Case {
        name: "year_seit_is_after",
        reference: None,
        text: "Seit 2019 betreibt der Landkreis ein eigenes Glasfasernetz.",
        expect: &[("2019", Some("2019"), Some(After))],
        kinds: &[("2019", Year)],
    },
    Case {
        name: "year_im_jahr",
        reference: None,
        text: "Im Jahr 2023 wurden rund 4.500 Anträge gestellt.",
        expect: &[("Jahr 2023", Some("2023"), None)],
        kinds: &[("Jahr 2023", Year)],
    },
    Case {
        name: "year_jahr_as_subject",
        reference: None,
        text: "Das Jahr 2024 war für die Stadtwerke ein Rekordjahr.",
        expect: &[("Jahr 2024", Some("2024"), None)],
        kinds: &[],
    },
    Case {
        name: "year_bis_is_before",
        reference: None,
        text: "Bis 2030 sollen alle Schulen an das Glasfasernetz angeschlossen sein.",
        expect: &[("2030", Some("2030"), Some(Before))],
        kinds: &[("2030", Year)],
    },
    Case {
        name: "year_ab_is_after",
        reference: None,
        text: "Ab 2025 übernimmt das Land die Kosten für den Betrieb.",
        expect: &[("2025", Some("2025"), Some(After))],
        kinds: &[],
    },
    Case {
        name: "year_attributive_next_to_amount",
        reference: None,
        text: "Der Haushalt 2024 sieht Investitionen von 12 Mio. Euro vor.",
        expect: &[("2024", Some("2024"), None)],
        kinds: &[("2024", Year)],
    },
    Case {
        name: "year_before_participle_next_to_count",
        reference: None,
        text: "Der 2023 gegründete Verein zählt inzwischen 27 Mitglieder.",
        expect: &[("2023", Some("2023"), None)],
        kinds: &[],
    },
    Case {
        name: "year_at_sentence_end",
        reference: None,
        text: "Die Genossenschaft besteht seit 2021.",
        expect: &[("2021", Some("2021"), Some(After))],
        kinds: &[],
    },
    Case {
        name: "year_seit_next_to_amount",
        reference: None,
        text: "Seit 2020 hat das Land 1.990 Euro je Schüler investiert.",
        expect: &[("2020", Some("2020"), Some(After))],
        kinds: &[],
    },
    Case {
        name: "year_anfang_is_start",
        reference: None,
        text: "Anfang 2024 soll der Probebetrieb beginnen.",
        expect: &[("Anfang 2024", Some("2024"), Some(Start))],
        kinds: &[("Anfang 2024", Year)],
    },
    Case {
        name: "year_mitte_is_mid",
        reference: None,
        text: "Mitte 2025 wird das neue Rechenzentrum in Betrieb gehen.",
        expect: &[("Mitte 2025", Some("2025"), Some(Mid))],
        kinds: &[],
    },
    Case {
        name: "year_ende_is_end",
        reference: None,
        text: "Ende 2024 waren bereits 80 Prozent der Haushalte angeschlossen.",
        expect: &[("Ende 2024", Some("2024"), Some(End))],
        kinds: &[],
    },
    Case {
        name: "year_ende_des_jahres_with_year",
        reference: None,
        text: "Die Förderung läuft Ende des Jahres 2025 aus.",
        expect: &[("Ende des Jahres 2025", Some("2025"), Some(End))],
        kinds: &[],
    },
    Case {
        name: "year_genitive_jahres",
        reference: None,
        text: "Die Zahlen des Jahres 2022 zeigen einen deutlichen Anstieg.",
        expect: &[("Jahres 2022", Some("2022"), None)],
        kinds: &[],
    },
    Case {
        name: "year_nineteen_hundreds_and_seit",
        reference: None,
        text: "Das Gebäude wurde 1972 errichtet und seit 2022 saniert.",
        expect: &[
            ("1972", Some("1972"), None),
            ("2022", Some("2022"), Some(After)),
        ],
        kinds: &[("1972", Year)],
    },
    Case {
        name: "year_in_parentheses",
        reference: None,
        text: "Eine Studie der Universität (2022) belegt den Mehrwert.",
        expect: &[("2022", Some("2022"), None)],
        kinds: &[],
    },
    Case {
        name: "year_two_years_listed",
        reference: None,
        text: "Die Zahlen für 2022 und 2023 liegen inzwischen vor.",
        expect: &[("2022", Some("2022"), None), ("2023", Some("2023"), None)],
        kinds: &[],
    },
    Case {
        name: "year_after_full_date_in_same_sentence",
        reference: None,
        text: "Nach dem Start am 1. März 2024 sollen bis 2026 alle Ämter folgen.",
        expect: &[
            ("1. März 2024", Some("2024-03-01"), None),
            ("2026", Some("2026"), Some(Before)),
        ],
        kinds: &[],
    },
    Case {
        name: "year_range_short_slash",
        reference: None,
        text: "Im Schuljahr 2023/24 nehmen 40 Schulen an dem Projekt teil.",
        expect: &[("2023/24", Some("2023/2024"), None)],
        kinds: &[("2023/24", Range)],
    },
    Case {
        name: "year_range_long_slash",
        reference: None,
        text: "Der Doppelhaushalt 2023/2024 wurde mit großer Mehrheit verabschiedet.",
        expect: &[("2023/2024", Some("2023/2024"), None)],
        kinds: &[("2023/2024", Range)],
    },
    Case {
        name: "year_range_heating_season",
        reference: None,
        text: "Für die Heizperiode 2024/2025 rechnen die Stadtwerke mit stabilen Preisen.",
        expect: &[("2024/2025", Some("2024/2025"), None)],
        kinds: &[("2024/2025", Range)],
    },
    Case {
        name: "year_range_von_bis",
        reference: None,
        text: "Von 2019 bis 2023 stieg die Zahl der Online-Anträge um 40 Prozent.",
        expect: &[("2019 bis 2023", Some("2019/2023"), None)],
        kinds: &[("2019 bis 2023", Range)],
    },
    Case {
        name: "year_range_zwischen_und",
        reference: None,
        text: "Zwischen 2020 und 2022 wurden 120 Schulen angeschlossen.",
        expect: &[("2020 und 2022", Some("2020/2022"), None)],
        kinds: &[("2020 und 2022", Range)],
    },
    Case {
        name: "year_range_en_dash",
        reference: None,
        text: "Die Strategie für die Jahre 2021–2025 wird fortgeschrieben.",
        expect: &[("2021–2025", Some("2021/2025"), None)],
        kinds: &[("2021–2025", Range)],
    },
];

#[test]
fn years_and_periods() {
    check(YEARS_AND_PERIODS);
}

// ---------------------------------------------------------------------------
// Decades
// ---------------------------------------------------------------------------

const DECADES: &[Case] = &[
    Case {
        name: "decade_in_den_1990er_jahren",
        reference: None,
        text: "In den 1990er Jahren wurde das Verwaltungsnetz des Landes aufgebaut.",
        expect: &[("1990er Jahren", Some("199"), None)],
        kinds: &[("1990er Jahren", Decade)],
    },
    Case {
        name: "decade_mitte_der_90er_jahre",
        reference: None,
        text: "Das Gebäude stammt aus der Mitte der 90er Jahre.",
        expect: &[("Mitte der 90er Jahre", Some("199"), Some(Mid))],
        kinds: &[("Mitte der 90er Jahre", Decade)],
    },
    Case {
        name: "decade_der_2020er_jahre",
        reference: None,
        text: "Die Verwaltung der 2020er Jahre muss digital und nutzerfreundlich sein.",
        expect: &[("2020er Jahre", Some("202"), None)],
        kinds: &[("2020er Jahre", Decade)],
    },
    Case {
        name: "decade_seit_den_1970er_jahren",
        reference: None,
        text: "Seit den 1970er Jahren nutzt die Stadt das Gebäude als Rathaus.",
        expect: &[("1970er Jahren", Some("197"), Some(After))],
        kinds: &[],
    },
    Case {
        name: "decade_anfang_der_2000er_jahre",
        reference: None,
        text: "Anfang der 2000er Jahre begann die Digitalisierung der Grundbücher.",
        expect: &[("Anfang der 2000er Jahre", Some("200"), Some(Start))],
        kinds: &[],
    },
    Case {
        name: "decade_ende_der_2020er_jahre",
        reference: None,
        text: "Das Netz soll Ende der 2020er Jahre flächendeckend verfügbar sein.",
        expect: &[("Ende der 2020er Jahre", Some("202"), Some(End))],
        kinds: &[],
    },
    Case {
        name: "decade_two_digit_80er",
        reference: None,
        text: "In den 80er Jahren entstand die Siedlung am Stadtrand.",
        expect: &[("80er Jahren", Some("198"), None)],
        kinds: &[("80er Jahren", Decade)],
    },
    Case {
        name: "decade_as_subject",
        reference: None,
        text: "Die 1960er Jahre prägten das Stadtbild nachhaltig.",
        expect: &[("1960er Jahre", Some("196"), None)],
        kinds: &[],
    },
];

#[test]
fn decades() {
    check(DECADES);
}

// ---------------------------------------------------------------------------
// Quarters, half-years, seasons
// ---------------------------------------------------------------------------

const QUARTERS_HALFYEARS_SEASONS: &[Case] = &[
    Case {
        name: "quarter_ersten_with_year",
        reference: None,
        text: "Im ersten Quartal 2024 gingen 1.200 Anträge ein.",
        expect: &[("ersten Quartal 2024", Some("2024-Q1"), None)],
        kinds: &[("ersten Quartal 2024", Quarter)],
    },
    Case {
        name: "quarter_q_slash_year",
        reference: None,
        text: "Der Rollout ist für Q3/2024 geplant.",
        expect: &[("Q3/2024", Some("2024-Q3"), None)],
        kinds: &[("Q3/2024", Quarter)],
    },
    Case {
        name: "quarter_q_space_year",
        reference: None,
        text: "Die Zahlen für Q1 2024 liegen inzwischen vor.",
        expect: &[("Q1 2024", Some("2024-Q1"), None)],
        kinds: &[],
    },
    Case {
        name: "quarter_ordinal_takes_reference_year",
        reference: Some("2024-03-04"),
        text: "Im 3. Quartal sollen die ersten Kommunen angebunden werden.",
        expect: &[("3. Quartal", Some("2024-Q3"), None)],
        kinds: &[("3. Quartal", Quarter)],
    },
    Case {
        name: "quarter_letzten_is_q4",
        reference: Some("2024-03-04"),
        text: "Die Ausschreibung soll im letzten Quartal abgeschlossen werden.",
        expect: &[("letzten Quartal", Some("2024-Q4"), None)],
        kinds: &[],
    },
    Case {
        name: "quarter_vierten_with_year",
        reference: None,
        text: "Im vierten Quartal 2023 stieg die Nutzung des Portals um 15 Prozent.",
        expect: &[("vierten Quartal 2023", Some("2023-Q4"), None)],
        kinds: &[],
    },
    Case {
        name: "quarter_dritten_with_year",
        reference: None,
        text: "Die Inbetriebnahme ist im dritten Quartal 2025 vorgesehen.",
        expect: &[("dritten Quartal 2025", Some("2025-Q3"), None)],
        kinds: &[],
    },
    Case {
        name: "quarter_without_reference",
        reference: None,
        text: "Im zweiten Quartal beginnt die Pilotphase.",
        expect: &[("zweiten Quartal", Some("XXXX-Q2"), None)],
        kinds: &[],
    },
    Case {
        name: "halfyear_ersten_halbjahr_with_year",
        reference: None,
        text: "Im ersten Halbjahr 2024 wurden 300 Förderanträge bewilligt.",
        expect: &[("ersten Halbjahr 2024", Some("2024-H1"), None)],
        kinds: &[("ersten Halbjahr 2024", HalfYear)],
    },
    Case {
        name: "halfyear_ordinal_with_year",
        reference: None,
        text: "Im 1. Halbjahr 2024 sank die Bearbeitungszeit deutlich.",
        expect: &[("1. Halbjahr 2024", Some("2024-H1"), None)],
        kinds: &[],
    },
    Case {
        name: "halfyear_zweiten_jahreshaelfte_takes_reference_year",
        reference: Some("2024-03-04"),
        text: "In der zweiten Jahreshälfte soll das Portal für alle geöffnet werden.",
        expect: &[("zweiten Jahreshälfte", Some("2024-H2"), None)],
        kinds: &[("zweiten Jahreshälfte", HalfYear)],
    },
    Case {
        name: "halfyear_zweiten_halbjahr_takes_reference_year",
        reference: Some("2025-01-15"),
        text: "Im zweiten Halbjahr folgen weitere Landkreise.",
        expect: &[("zweiten Halbjahr", Some("2025-H2"), None)],
        kinds: &[],
    },
    Case {
        name: "halfyear_ersten_jahreshaelfte_with_year",
        reference: None,
        text: "In der ersten Jahreshälfte 2025 werden die Server umgezogen.",
        expect: &[("ersten Jahreshälfte 2025", Some("2025-H1"), None)],
        kinds: &[],
    },
    Case {
        name: "season_sommer_with_year",
        reference: None,
        text: "Im Sommer 2024 werden alle Schulen mit WLAN ausgestattet.",
        expect: &[("Sommer 2024", Some("2024-SU"), None)],
        kinds: &[("Sommer 2024", Season)],
    },
    Case {
        name: "season_fruehjahr_with_year",
        reference: None,
        text: "Die Bauarbeiten beginnen im Frühjahr 2025.",
        expect: &[("Frühjahr 2025", Some("2025-SP"), None)],
        kinds: &[("Frühjahr 2025", Season)],
    },
    Case {
        name: "season_herbst_takes_reference_year",
        reference: Some("2024-03-04"),
        text: "Im Herbst legt die Landesregierung einen Zwischenbericht vor.",
        expect: &[("Herbst", Some("2024-FA"), None)],
        kinds: &[("Herbst", Season)],
    },
    Case {
        name: "season_fruehling_takes_reference_year",
        reference: Some("2024-03-04"),
        text: "Im Frühling startet die Bürgerbeteiligung zum Radverkehrsplan.",
        expect: &[("Frühling", Some("2024-SP"), None)],
        kinds: &[],
    },
    Case {
        name: "season_winter_takes_reference_year",
        reference: Some("2023-12-18"),
        text: "Im Winter kann es in den Bürgerbüros zu längeren Wartezeiten kommen.",
        expect: &[("Winter", Some("2023-WI"), None)],
        kinds: &[],
    },
    Case {
        name: "season_bis_zum_herbst_is_before",
        reference: Some("2024-06-12"),
        text: "Die Gutachten sollen bis zum Herbst vorliegen.",
        expect: &[("Herbst", Some("2024-FA"), Some(Before))],
        kinds: &[],
    },
    Case {
        name: "season_seit_fruehjahr_is_after",
        reference: None,
        text: "Seit Frühjahr 2023 können Bauanträge digital gestellt werden.",
        expect: &[("Frühjahr 2023", Some("2023-SP"), Some(After))],
        kinds: &[],
    },
    Case {
        name: "season_without_reference",
        reference: None,
        text: "Im Herbst wird die Stadtbücherei renoviert.",
        expect: &[("Herbst", Some("XXXX-FA"), None)],
        kinds: &[],
    },
];

#[test]
fn quarters_halfyears_seasons() {
    check(QUARTERS_HALFYEARS_SEASONS);
}

// ---------------------------------------------------------------------------
// Calendar weeks
// ---------------------------------------------------------------------------

const WEEKS: &[Case] = &[
    Case {
        name: "week_kw_takes_reference_year",
        reference: Some("2024-03-04"),
        text: "Die Bauarbeiten beginnen in KW 12.",
        expect: &[("KW 12", Some("2024-W12"), None)],
        kinds: &[("KW 12", Week)],
    },
    Case {
        name: "week_ordinal_kalenderwoche",
        reference: Some("2024-03-04"),
        text: "In der 12. Kalenderwoche bleibt die Zulassungsstelle geschlossen.",
        expect: &[("12. Kalenderwoche", Some("2024-W12"), None)],
        kinds: &[("12. Kalenderwoche", Week)],
    },
    Case {
        name: "week_kw_with_year",
        reference: None,
        text: "Die Lieferung der Endgeräte ist für KW 12/2024 angekündigt.",
        expect: &[("KW 12/2024", Some("2024-W12"), None)],
        kinds: &[("KW 12/2024", Week)],
    },
    Case {
        name: "week_kw_single_digit_bis_is_before",
        reference: Some("2024-01-10"),
        text: "Die Sperrung dauert voraussichtlich bis KW 3.",
        expect: &[("KW 3", Some("2024-W03"), Some(Before))],
        kinds: &[],
    },
    Case {
        name: "week_kalenderwoche_number_after",
        reference: Some("2024-03-04"),
        text: "In der Kalenderwoche 14 finden keine Sprechstunden statt.",
        expect: &[("Kalenderwoche 14", Some("2024-W14"), None)],
        kinds: &[],
    },
    Case {
        name: "week_kw_december_reference",
        reference: Some("2023-12-18"),
        text: "In KW 50 wurden 420 Anträge bearbeitet.",
        expect: &[("KW 50", Some("2023-W50"), None)],
        kinds: &[],
    },
    Case {
        name: "week_kw_without_reference",
        reference: None,
        text: "Die Umstellung erfolgt in KW 36.",
        expect: &[("KW 36", Some("XXXX-W36"), None)],
        kinds: &[],
    },
    Case {
        name: "week_ordinal_kw_abbreviation",
        reference: Some("2024-06-12"),
        text: "In der 27. KW ist das Bürgerbüro nur eingeschränkt erreichbar.",
        expect: &[("27. KW", Some("2024-W27"), None)],
        kinds: &[],
    },
    Case {
        name: "week_kw_with_next_year",
        reference: Some("2024-12-30"),
        text: "Die Schulen öffnen wieder in KW 2/2025.",
        expect: &[("KW 2/2025", Some("2025-W02"), None)],
        kinds: &[],
    },
    Case {
        name: "week_ab_kw_is_after",
        reference: Some("2024-03-04"),
        text: "Ab KW 15 gilt der neue Fahrplan.",
        expect: &[("KW 15", Some("2024-W15"), Some(After))],
        kinds: &[],
    },
];

#[test]
fn weeks() {
    check(WEEKS);
}

// ---------------------------------------------------------------------------
// Ranges
// ---------------------------------------------------------------------------

const RANGES: &[Case] = &[
    Case {
        name: "range_days_written_vom_bis",
        reference: None,
        text: "Die Messe findet vom 1. bis 3. März 2024 in Hannover statt.",
        expect: &[("1. bis 3. März 2024", Some("2024-03-01/2024-03-03"), None)],
        kinds: &[("1. bis 3. März 2024", Range)],
    },
    Case {
        name: "range_days_numeric_en_dash",
        reference: None,
        text: "Die Fachtagung findet vom 1.–3.3.2024 in Potsdam statt.",
        expect: &[("1.–3.3.2024", Some("2024-03-01/2024-03-03"), None)],
        kinds: &[("1.–3.3.2024", Range)],
    },
    Case {
        name: "range_days_month_and_year_carried_back",
        reference: Some("2023-12-18"),
        text: "Vom 24. bis 26. Dezember bleiben alle Standorte geschlossen.",
        expect: &[("24. bis 26. Dezember", Some("2023-12-24/2023-12-26"), None)],
        kinds: &[("24. bis 26. Dezember", Range)],
    },
    Case {
        name: "range_months_zwischen_und",
        reference: None,
        text: "Zwischen März und Mai 2024 werden die Stromzähler ausgetauscht.",
        expect: &[("März und Mai 2024", Some("2024-03/2024-05"), None)],
        kinds: &[("März und Mai 2024", Range)],
    },
    Case {
        name: "range_numeric_across_years",
        reference: None,
        text: "Die Baustelle ist vom 18.12.2023 bis 5.1.2024 eingerichtet.",
        expect: &[(
            "18.12.2023 bis 5.1.2024",
            Some("2023-12-18/2024-01-05"),
            None,
        )],
        kinds: &[("18.12.2023 bis 5.1.2024", Range)],
    },
    Case {
        name: "range_day_and_month_to_day_and_month",
        reference: None,
        text: "Die Anmeldung ist vom 1. März bis 30. April 2024 möglich.",
        expect: &[(
            "1. März bis 30. April 2024",
            Some("2024-03-01/2024-04-30"),
            None,
        )],
        kinds: &[],
    },
    Case {
        name: "range_months_von_bis_with_year",
        reference: None,
        text: "Von Januar bis März 2024 wurden 800 Bauanträge gestellt.",
        expect: &[("Januar bis März 2024", Some("2024-01/2024-03"), None)],
        kinds: &[("Januar bis März 2024", Range)],
    },
    Case {
        name: "range_months_take_reference_year",
        reference: Some("2024-03-04"),
        text: "Von Mai bis September ist das Freibad täglich geöffnet.",
        expect: &[("Mai bis September", Some("2024-05/2024-09"), None)],
        kinds: &[],
    },
    Case {
        name: "range_full_written_dates_across_years",
        reference: None,
        text: "Die Ausstellung ist vom 28. Dezember 2023 bis 2. Januar 2024 geschlossen.",
        expect: &[(
            "28. Dezember 2023 bis 2. Januar 2024",
            Some("2023-12-28/2024-01-02"),
            None,
        )],
        kinds: &[],
    },
    Case {
        name: "range_days_without_reference",
        reference: None,
        text: "Die Ausstellung ist vom 12. bis 14. Juni im Foyer zu sehen.",
        expect: &[("12. bis 14. Juni", Some("XXXX-06-12/XXXX-06-14"), None)],
        kinds: &[],
    },
    Case {
        name: "range_bis_zum_inside",
        reference: None,
        text: "Die Frist läuft vom 18.12.2023 bis zum 5.1.2024.",
        expect: &[(
            "18.12.2023 bis zum 5.1.2024",
            Some("2023-12-18/2024-01-05"),
            None,
        )],
        kinds: &[],
    },
    Case {
        name: "range_numeric_full_dates_en_dash",
        reference: None,
        text: "Im Zeitraum 18.12.2023–05.01.2024 ist die Hotline nicht besetzt.",
        expect: &[("18.12.2023–05.01.2024", Some("2023-12-18/2024-01-05"), None)],
        kinds: &[],
    },
    Case {
        name: "range_ordinal_to_numeric_date",
        reference: None,
        text: "Vom 4. bis 8.3.2024 finden an allen Schulen Projekttage statt.",
        expect: &[("4. bis 8.3.2024", Some("2024-03-04/2024-03-08"), None)],
        kinds: &[],
    },
    Case {
        name: "range_days_en_dash_written_month",
        reference: None,
        text: "Die Tage der offenen Tür finden am 12.–13. Oktober 2024 statt.",
        expect: &[("12.–13. Oktober 2024", Some("2024-10-12/2024-10-13"), None)],
        kinds: &[],
    },
];

#[test]
fn ranges() {
    check(RANGES);
}

// ---------------------------------------------------------------------------
// Clock times and parts of the day
// ---------------------------------------------------------------------------

const TIMES: &[Case] = &[
    Case {
        name: "time_after_numeric_date",
        reference: None,
        text: "Die Sitzung beginnt am 18.12.2023 um 14:30 Uhr im Rathaus.",
        expect: &[
            ("18.12.2023", Some("2023-12-18"), None),
            ("14:30 Uhr", Some("2023-12-18T14:30"), None),
        ],
        kinds: &[("18.12.2023", Day), ("14:30 Uhr", Time)],
    },
    Case {
        name: "time_dot_separator",
        reference: None,
        text: "Am 20.12.2023 um 9.30 Uhr öffnet das neue Bürgerbüro.",
        expect: &[
            ("20.12.2023", Some("2023-12-20"), None),
            ("9.30 Uhr", Some("2023-12-20T09:30"), None),
        ],
        kinds: &[("9.30 Uhr", Time)],
    },
    Case {
        name: "time_full_hour_after_written_date",
        reference: None,
        text: "Die Pressekonferenz beginnt am 5. März 2024 um 10 Uhr.",
        expect: &[
            ("5. März 2024", Some("2024-03-05"), None),
            ("10 Uhr", Some("2024-03-05T10:00"), None),
        ],
        kinds: &[("10 Uhr", Time)],
    },
    Case {
        name: "time_colon_without_uhr",
        reference: None,
        text: "Beginn ist am 18.12.2023 um 14:30.",
        expect: &[
            ("18.12.2023", Some("2023-12-18"), None),
            ("14:30", Some("2023-12-18T14:30"), None),
        ],
        kinds: &[],
    },
    Case {
        name: "time_takes_reference_day",
        reference: Some("2024-03-04"),
        text: "Die Online-Anmeldung öffnet um 8 Uhr.",
        expect: &[("8 Uhr", Some("2024-03-04T08:00"), None)],
        kinds: &[("8 Uhr", Time)],
    },
    Case {
        name: "time_without_any_day",
        reference: None,
        text: "Die Sprechstunde beginnt jeweils um 8 Uhr.",
        expect: &[("8 Uhr", None, None)],
        kinds: &[],
    },
    Case {
        name: "time_takes_later_date_in_sentence",
        reference: None,
        text: "Um 19 Uhr beginnt am Mittwoch, 20. Dezember 2023, die Bürgerversammlung.",
        expect: &[
            ("19 Uhr", Some("2023-12-20T19:00"), None),
            ("Mittwoch, 20. Dezember 2023", Some("2023-12-20"), None),
        ],
        kinds: &[],
    },
    Case {
        name: "time_date_in_previous_sentence_is_not_used",
        reference: Some("2024-03-04"),
        text: "Die Sitzung ist am 20. März 2024. Sie beginnt um 15 Uhr.",
        expect: &[
            ("20. März 2024", Some("2024-03-20"), None),
            ("15 Uhr", Some("2024-03-04T15:00"), None),
        ],
        kinds: &[],
    },
    Case {
        name: "time_two_times_one_date",
        reference: None,
        text: "Am 18.12.2023 beginnt die Sitzung um 10 Uhr, die Pressekonferenz folgt um 13:30 Uhr.",
        expect: &[
            ("18.12.2023", Some("2023-12-18"), None),
            ("10 Uhr", Some("2023-12-18T10:00"), None),
            ("13:30 Uhr", Some("2023-12-18T13:30"), None),
        ],
        kinds: &[],
    },
    Case {
        name: "time_hour_range",
        reference: None,
        text: "Am 18.12.2023 ist das Bürgerbüro von 8 bis 16 Uhr geöffnet.",
        expect: &[
            ("18.12.2023", Some("2023-12-18"), None),
            (
                "8 bis 16 Uhr",
                Some("2023-12-18T08:00/2023-12-18T16:00"),
                None,
            ),
        ],
        kinds: &[("8 bis 16 Uhr", Range)],
    },
    Case {
        name: "time_minute_range",
        reference: None,
        text: "Am 7. März 2024 ist die Hotline von 8:00 bis 12:30 Uhr erreichbar.",
        expect: &[
            ("7. März 2024", Some("2024-03-07"), None),
            (
                "8:00 bis 12:30 Uhr",
                Some("2024-03-07T08:00/2024-03-07T12:30"),
                None,
            ),
        ],
        kinds: &[("8:00 bis 12:30 Uhr", Range)],
    },
    Case {
        name: "time_dotted_range",
        reference: None,
        text: "Am 5.3.2024 ist das Amt von 10.00 bis 14.00 Uhr geöffnet.",
        expect: &[
            ("5.3.2024", Some("2024-03-05"), None),
            (
                "10.00 bis 14.00 Uhr",
                Some("2024-03-05T10:00/2024-03-05T14:00"),
                None,
            ),
        ],
        kinds: &[],
    },
    Case {
        name: "time_range_zwischen_after_weekday",
        reference: Some("2024-06-12"),
        text: "Die Techniker kommen am Freitag zwischen 9 und 12 Uhr.",
        expect: &[
            ("Freitag", Some("2024-06-14"), None),
            (
                "9 und 12 Uhr",
                Some("2024-06-14T09:00/2024-06-14T12:00"),
                None,
            ),
        ],
        kinds: &[("9 und 12 Uhr", Range)],
    },
    Case {
        name: "time_after_plain_weekday",
        reference: Some("2024-03-04"),
        text: "Am Montag um 10 Uhr stellt der Minister die Pläne vor.",
        expect: &[
            ("Montag", Some("2024-03-11"), None),
            ("10 Uhr", Some("2024-03-11T10:00"), None),
        ],
        kinds: &[],
    },
    Case {
        name: "time_after_morgen",
        reference: Some("2024-03-04"),
        text: "Die Anhörung findet morgen um 10 Uhr statt.",
        expect: &[
            ("morgen", Some("2024-03-05"), None),
            ("10 Uhr", Some("2024-03-05T10:00"), None),
        ],
        kinds: &[("morgen", Relative), ("10 Uhr", Time)],
    },
    Case {
        name: "time_ab_is_after",
        reference: None,
        text: "Am 24. Dezember 2023 schließen die Bürgerbüros ab 12 Uhr.",
        expect: &[
            ("24. Dezember 2023", Some("2023-12-24"), None),
            ("12 Uhr", Some("2023-12-24T12:00"), Some(After)),
        ],
        kinds: &[],
    },
    Case {
        name: "time_bis_is_before",
        reference: Some("2024-03-04"),
        text: "Anmeldungen sind heute bis 18 Uhr möglich.",
        expect: &[
            ("heute", Some("2024-03-04"), None),
            ("18 Uhr", Some("2024-03-04T18:00"), Some(Before)),
        ],
        kinds: &[],
    },
    Case {
        name: "time_gegen_is_approx",
        reference: None,
        text: "Am 12.03.2024 gegen 14 Uhr wurde die Polizei alarmiert.",
        expect: &[
            ("12.03.2024", Some("2024-03-12"), None),
            ("gegen 14 Uhr", Some("2024-03-12T14:00"), Some(Approx)),
        ],
        kinds: &[("gegen 14 Uhr", Time)],
    },
    Case {
        name: "time_ca_is_approx",
        reference: None,
        text: "Die Feuerwehr traf am 2. März 2024 um ca. 22.15 Uhr ein.",
        expect: &[
            ("2. März 2024", Some("2024-03-02"), None),
            ("ca. 22.15 Uhr", Some("2024-03-02T22:15"), Some(Approx)),
        ],
        kinds: &[],
    },
    Case {
        name: "time_weekday_evening",
        reference: Some("2023-12-18"),
        text: "Der Ausschuss tagt am Donnerstagabend öffentlich.",
        expect: &[("Donnerstagabend", Some("2023-12-21TEV"), None)],
        kinds: &[("Donnerstagabend", Time)],
    },
    Case {
        name: "time_weekday_forenoon_in_past",
        reference: Some("2024-03-04"),
        text: "Am Freitagvormittag hat die Polizei zwei Männer kontrolliert.",
        expect: &[("Freitagvormittag", Some("2024-03-01TMO"), None)],
        kinds: &[("Freitagvormittag", Time)],
    },
    Case {
        name: "time_weekday_afternoon",
        reference: Some("2024-06-12"),
        text: "Am Samstagnachmittag lädt die Stadt zum Sommerfest in den Kurpark ein.",
        expect: &[("Samstagnachmittag", Some("2024-06-15TAF"), None)],
        kinds: &[],
    },
    Case {
        name: "time_weekday_night_in_past",
        reference: Some("2024-03-04"),
        text: "In der Sonntagnacht wurde in ein Bürogebäude eingebrochen.",
        expect: &[("Sonntagnacht", Some("2024-03-03TNI"), None)],
        kinds: &[],
    },
    Case {
        name: "time_weekday_morning",
        reference: Some("2025-09-25"),
        text: "Am Montagmorgen beginnt die Vollsperrung der Brücke.",
        expect: &[("Montagmorgen", Some("2025-09-29TMO"), None)],
        kinds: &[],
    },
    Case {
        name: "time_weekday_evening_without_reference",
        reference: None,
        text: "Am Donnerstagabend diskutiert der Rat über den Haushalt.",
        expect: &[("Donnerstagabend", None, None)],
        kinds: &[],
    },
];

#[test]
fn times() {
    check(TIMES);
}

// ---------------------------------------------------------------------------
// Relative expressions
// ---------------------------------------------------------------------------

const RELATIVE: &[Case] = &[
    Case {
        name: "relative_heute",
        reference: Some("2023-12-18"),
        text: "Das Ministerium hat heute den Förderaufruf veröffentlicht.",
        expect: &[("heute", Some("2023-12-18"), None)],
        kinds: &[("heute", Relative)],
    },
    Case {
        name: "relative_gestern",
        reference: Some("2023-12-18"),
        text: "Gestern wurde der Grundstein für die neue Feuerwache gelegt.",
        expect: &[("Gestern", Some("2023-12-17"), None)],
        kinds: &[("Gestern", Relative)],
    },
    Case {
        name: "relative_vorgestern_with_time",
        reference: Some("2024-03-04"),
        text: "Die Polizei wurde vorgestern gegen 23 Uhr alarmiert.",
        expect: &[
            ("vorgestern", Some("2024-03-02"), None),
            ("gegen 23 Uhr", Some("2024-03-02T23:00"), Some(Approx)),
        ],
        kinds: &[("vorgestern", Relative), ("gegen 23 Uhr", Time)],
    },
    Case {
        name: "relative_morgen",
        reference: Some("2023-12-18"),
        text: "Die Ausstellung im Landesmuseum öffnet morgen.",
        expect: &[("morgen", Some("2023-12-19"), None)],
        kinds: &[("morgen", Relative)],
    },
    Case {
        name: "relative_uebermorgen",
        reference: Some("2023-12-18"),
        text: "Übermorgen beginnen in Niedersachsen die Weihnachtsferien.",
        expect: &[("Übermorgen", Some("2023-12-20"), None)],
        kinds: &[],
    },
    Case {
        name: "relative_heute_without_reference",
        reference: None,
        text: "Der Landrat hat heute die neue Schule besucht.",
        expect: &[("heute", None, None)],
        kinds: &[("heute", Relative)],
    },
    Case {
        name: "relative_bis_heute_is_before",
        reference: Some("2024-03-04"),
        text: "Bis heute sind 800 Anträge eingegangen.",
        expect: &[("heute", Some("2024-03-04"), Some(Before))],
        kinds: &[],
    },
    Case {
        name: "relative_seit_gestern_is_after",
        reference: Some("2024-03-04"),
        text: "Seit gestern ist die Straße wieder frei.",
        expect: &[("gestern", Some("2024-03-03"), Some(After))],
        kinds: &[],
    },
    Case {
        name: "relative_letzte_woche",
        reference: Some("2023-12-18"),
        text: "Letzte Woche wurden 300 Anträge bearbeitet.",
        expect: &[("Letzte Woche", Some("2023-W50"), None)],
        kinds: &[("Letzte Woche", Relative)],
    },
    Case {
        name: "relative_vergangenen_woche",
        reference: Some("2023-12-18"),
        text: "In der vergangenen Woche hat der Rat zweimal getagt.",
        expect: &[("vergangenen Woche", Some("2023-W50"), None)],
        kinds: &[],
    },
    Case {
        name: "relative_naechste_woche",
        reference: Some("2023-12-18"),
        text: "Nächste Woche beginnt die Befragung der Haushalte.",
        expect: &[("Nächste Woche", Some("2023-W52"), None)],
        kinds: &[],
    },
    Case {
        name: "relative_kommenden_woche",
        reference: Some("2024-03-04"),
        text: "In der kommenden Woche werden die Bescheide versandt.",
        expect: &[("kommenden Woche", Some("2024-W11"), None)],
        kinds: &[],
    },
    Case {
        name: "relative_diese_woche",
        reference: Some("2024-03-04"),
        text: "Diese Woche bleibt die Zulassungsstelle geschlossen.",
        expect: &[("Diese Woche", Some("2024-W10"), None)],
        kinds: &[],
    },
    Case {
        name: "relative_letzte_woche_across_year",
        reference: Some("2024-12-30"),
        text: "Letzte Woche gingen 95 Notrufe bei der Leitstelle ein.",
        expect: &[("Letzte Woche", Some("2024-W52"), None)],
        kinds: &[],
    },
    Case {
        name: "relative_kommende_woche_across_year",
        reference: Some("2024-12-30"),
        text: "Kommende Woche nimmt die Verwaltung den Regelbetrieb auf.",
        expect: &[("Kommende Woche", Some("2025-W02"), None)],
        kinds: &[],
    },
    Case {
        name: "relative_letzte_woche_without_reference",
        reference: None,
        text: "Letzte Woche wurden die Bescheide verschickt.",
        expect: &[("Letzte Woche", None, None)],
        kinds: &[],
    },
    Case {
        name: "relative_vorwoche",
        reference: Some("2024-03-04"),
        text: "Die Zahl der Meldungen ist im Vergleich zur Vorwoche gesunken.",
        expect: &[("Vorwoche", Some("2024-W09"), None)],
        kinds: &[],
    },
    Case {
        name: "relative_vormonat",
        reference: Some("2024-03-04"),
        text: "Die Arbeitslosenquote sank gegenüber dem Vormonat um 0,2 Punkte.",
        expect: &[("Vormonat", Some("2024-02"), None)],
        kinds: &[("Vormonat", Relative)],
    },
    Case {
        name: "relative_vormonat_across_year",
        reference: Some("2024-01-10"),
        text: "Im Vormonat waren noch 120 Stellen unbesetzt.",
        expect: &[("Vormonat", Some("2023-12"), None)],
        kinds: &[],
    },
    Case {
        name: "relative_kommenden_monat",
        reference: Some("2024-03-04"),
        text: "Im kommenden Monat startet die zweite Förderrunde.",
        expect: &[("kommenden Monat", Some("2024-04"), None)],
        kinds: &[],
    },
    Case {
        name: "relative_vorjahr",
        reference: Some("2023-12-18"),
        text: "Im Vorjahr waren es noch 27 Mitglieder.",
        expect: &[("Vorjahr", Some("2022"), None)],
        kinds: &[("Vorjahr", Relative)],
    },
    Case {
        name: "relative_vorjahr_without_reference",
        reference: None,
        text: "Im Vorjahr lag die Quote bei 12 Prozent.",
        expect: &[("Vorjahr", None, None)],
        kinds: &[],
    },
    Case {
        name: "relative_vorjahres_genitive",
        reference: Some("2023-12-18"),
        text: "Die Zahl liegt über dem Niveau des Vorjahres.",
        expect: &[("Vorjahres", Some("2022"), None)],
        kinds: &[],
    },
    Case {
        name: "relative_vergangenen_jahr",
        reference: Some("2024-03-04"),
        text: "Im vergangenen Jahr hat die Stadt 1.500 Bauanträge bearbeitet.",
        expect: &[("vergangenen Jahr", Some("2023"), None)],
        kinds: &[],
    },
    Case {
        name: "relative_letztes_jahr",
        reference: Some("2023-12-18"),
        text: "Letztes Jahr nutzten 40.000 Menschen das Portal.",
        expect: &[("Letztes Jahr", Some("2022"), None)],
        kinds: &[],
    },
    Case {
        name: "relative_naechsten_jahr",
        reference: Some("2023-12-18"),
        text: "Im nächsten Jahr soll die Plattform ausgebaut werden.",
        expect: &[("nächsten Jahr", Some("2024"), None)],
        kinds: &[],
    },
    Case {
        name: "relative_kommenden_jahr",
        reference: Some("2024-03-04"),
        text: "Im kommenden Jahr stehen weitere 5 Mio. Euro bereit.",
        expect: &[("kommenden Jahr", Some("2025"), None)],
        kinds: &[],
    },
    Case {
        name: "relative_dieses_jahr",
        reference: Some("2024-03-04"),
        text: "Dieses Jahr beteiligen sich 40 Kommunen an dem Wettbewerb.",
        expect: &[("Dieses Jahr", Some("2024"), None)],
        kinds: &[],
    },
    Case {
        name: "relative_in_diesem_jahr",
        reference: Some("2023-12-18"),
        text: "In diesem Jahr wurden 12 neue Kitas eröffnet.",
        expect: &[("diesem Jahr", Some("2023"), None)],
        kinds: &[],
    },
    Case {
        name: "relative_laufenden_jahr",
        reference: Some("2024-03-04"),
        text: "Im laufenden Jahr stehen 5 Mio. Euro zur Verfügung.",
        expect: &[("laufenden Jahr", Some("2024"), None)],
        kinds: &[],
    },
    Case {
        name: "relative_heuer",
        reference: Some("2025-05-05"),
        text: "Heuer werden in Wien 20 neue Standorte eröffnet.",
        expect: &[("Heuer", Some("2025"), None)],
        kinds: &[],
    },
    Case {
        name: "relative_zum_jahresende",
        reference: Some("2023-12-18"),
        text: "Das Projekt soll zum Jahresende abgeschlossen sein.",
        expect: &[("Jahresende", Some("2023"), Some(End))],
        kinds: &[],
    },
    Case {
        name: "relative_ende_des_monats",
        reference: Some("2024-03-04"),
        text: "Die Ergebnisse werden Ende des Monats veröffentlicht.",
        expect: &[("Ende des Monats", Some("2024-03"), Some(End))],
        kinds: &[],
    },
    Case {
        name: "relative_anfang_des_jahres",
        reference: Some("2024-03-04"),
        text: "Anfang des Jahres hat das Land die Förderrichtlinie überarbeitet.",
        expect: &[("Anfang des Jahres", Some("2024"), Some(Start))],
        kinds: &[],
    },
    Case {
        name: "relative_mitte_des_jahres",
        reference: Some("2024-03-04"),
        text: "Mitte des Jahres soll die Ausschreibung starten.",
        expect: &[("Mitte des Jahres", Some("2024"), Some(Mid))],
        kinds: &[],
    },
    Case {
        name: "relative_ende_des_jahres",
        reference: Some("2024-03-04"),
        text: "Ende des Jahres läuft der Vertrag mit dem Dienstleister aus.",
        expect: &[("Ende des Jahres", Some("2024"), Some(End))],
        kinds: &[],
    },
    Case {
        name: "relative_anfang_naechsten_jahres",
        reference: Some("2023-12-18"),
        text: "Die Umstellung auf das neue System erfolgt Anfang nächsten Jahres.",
        expect: &[("Anfang nächsten Jahres", Some("2024"), Some(Start))],
        kinds: &[],
    },
    Case {
        name: "relative_vor_drei_jahren",
        reference: Some("2023-12-18"),
        text: "Vor drei Jahren hat der Landkreis das Projekt gestartet.",
        expect: &[("Vor drei Jahren", Some("2020"), None)],
        kinds: &[("Vor drei Jahren", Relative)],
    },
    Case {
        name: "relative_vor_einem_jahr",
        reference: Some("2024-03-04"),
        text: "Vor einem Jahr ging das Bürgerportal online.",
        expect: &[("Vor einem Jahr", Some("2023"), None)],
        kinds: &[],
    },
    Case {
        name: "relative_vor_digits_jahren",
        reference: Some("2024-03-04"),
        text: "Vor 25 Jahren wurde der Zweckverband gegründet.",
        expect: &[("Vor 25 Jahren", Some("1999"), None)],
        kinds: &[],
    },
    Case {
        name: "relative_vor_zwei_monaten",
        reference: Some("2024-03-04"),
        text: "Die Stelle wurde vor zwei Monaten ausgeschrieben.",
        expect: &[("vor zwei Monaten", Some("2024-01"), None)],
        kinds: &[],
    },
    Case {
        name: "relative_vor_drei_tagen",
        reference: Some("2024-03-04"),
        text: "Der Antrag ging vor drei Tagen bei der Behörde ein.",
        expect: &[("vor drei Tagen", Some("2024-03-01"), None)],
        kinds: &[],
    },
    Case {
        name: "relative_vor_einer_woche",
        reference: Some("2024-03-04"),
        text: "Vor einer Woche startete die Online-Befragung.",
        expect: &[("Vor einer Woche", Some("2024-W09"), None)],
        kinds: &[],
    },
    Case {
        name: "relative_in_zwei_wochen",
        reference: Some("2023-12-18"),
        text: "In zwei Wochen beginnt die Anmeldephase.",
        expect: &[("In zwei Wochen", Some("2024-W01"), None)],
        kinds: &[("In zwei Wochen", Relative)],
    },
    Case {
        name: "relative_in_drei_monaten",
        reference: Some("2024-03-04"),
        text: "In drei Monaten soll das neue System laufen.",
        expect: &[("In drei Monaten", Some("2024-06"), None)],
        kinds: &[],
    },
    Case {
        name: "relative_in_zwoelf_monaten",
        reference: Some("2023-12-18"),
        text: "In zwölf Monaten soll jede Schule angeschlossen sein.",
        expect: &[("In zwölf Monaten", Some("2024-12"), None)],
        kinds: &[],
    },
    Case {
        name: "relative_in_einem_jahr",
        reference: Some("2024-03-04"),
        text: "In einem Jahr wird die Evaluation vorgelegt.",
        expect: &[("In einem Jahr", Some("2025"), None)],
        kinds: &[],
    },
    Case {
        name: "relative_in_zwei_tagen",
        reference: Some("2024-03-04"),
        text: "In zwei Tagen endet die Frist.",
        expect: &[("In zwei Tagen", Some("2024-03-06"), None)],
        kinds: &[],
    },
];

#[test]
fn relative() {
    check(RELATIVE);
}

// ---------------------------------------------------------------------------
// Holidays
// ---------------------------------------------------------------------------

const HOLIDAYS: &[Case] = &[
    Case {
        name: "holiday_ostern_with_year",
        reference: None,
        text: "Ostern 2024 bleiben die Bürgerämter geschlossen.",
        expect: &[("Ostern 2024", Some("2024-03-31"), None)],
        kinds: &[("Ostern 2024", Day)],
    },
    Case {
        name: "holiday_ostern_takes_reference_year",
        reference: Some("2025-01-15"),
        text: "Zu Ostern lädt die Stadt zum Frühlingsmarkt auf den Rathausplatz.",
        expect: &[("Ostern", Some("2025-04-20"), None)],
        kinds: &[("Ostern", Day)],
    },
    Case {
        name: "holiday_ostermontag",
        reference: Some("2024-03-04"),
        text: "Am Ostermontag bleibt das Hallenbad geschlossen.",
        expect: &[("Ostermontag", Some("2024-04-01"), None)],
        kinds: &[],
    },
    Case {
        name: "holiday_karfreitag",
        reference: Some("2024-03-04"),
        text: "Am Karfreitag gilt auf allen Buslinien der Sonntagsfahrplan.",
        expect: &[("Karfreitag", Some("2024-03-29"), None)],
        kinds: &[],
    },
    Case {
        name: "holiday_karfreitag_other_year",
        reference: Some("2025-01-15"),
        text: "Der Wertstoffhof ist am Karfreitag geschlossen.",
        expect: &[("Karfreitag", Some("2025-04-18"), None)],
        kinds: &[],
    },
    Case {
        name: "holiday_pfingsten",
        reference: Some("2024-03-04"),
        text: "An Pfingsten findet das Stadtfest auf dem Marktplatz statt.",
        expect: &[("Pfingsten", Some("2024-05-19"), None)],
        kinds: &[],
    },
    Case {
        name: "holiday_pfingstmontag",
        reference: Some("2024-03-04"),
        text: "Am Pfingstmontag verkehren keine Schulbusse.",
        expect: &[("Pfingstmontag", Some("2024-05-20"), None)],
        kinds: &[],
    },
    Case {
        name: "holiday_pfingstmontag_with_year",
        reference: None,
        text: "Am Pfingstmontag 2025 bleibt das Rathaus geschlossen.",
        expect: &[("Pfingstmontag 2025", Some("2025-06-09"), None)],
        kinds: &[],
    },
    Case {
        name: "holiday_christi_himmelfahrt",
        reference: Some("2024-03-04"),
        text: "An Christi Himmelfahrt verkehren die Busse nach dem Sonntagsfahrplan.",
        expect: &[("Christi Himmelfahrt", Some("2024-05-09"), None)],
        kinds: &[("Christi Himmelfahrt", Day)],
    },
    Case {
        name: "holiday_christi_himmelfahrt_with_year",
        reference: None,
        text: "Christi Himmelfahrt 2025 bleibt die Kreisverwaltung geschlossen.",
        expect: &[("Christi Himmelfahrt 2025", Some("2025-05-29"), None)],
        kinds: &[],
    },
    Case {
        name: "holiday_fronleichnam",
        reference: Some("2024-03-04"),
        text: "An Fronleichnam ist die Innenstadt wegen der Prozession gesperrt.",
        expect: &[("Fronleichnam", Some("2024-05-30"), None)],
        kinds: &[],
    },
    Case {
        name: "holiday_tag_der_arbeit",
        reference: Some("2024-03-04"),
        text: "Am Tag der Arbeit ruft der Gewerkschaftsbund zur Kundgebung auf.",
        expect: &[("Tag der Arbeit", Some("2024-05-01"), None)],
        kinds: &[("Tag der Arbeit", Day)],
    },
    Case {
        name: "holiday_tag_der_deutschen_einheit",
        reference: Some("2024-03-04"),
        text: "Zum Tag der Deutschen Einheit lädt die Landesregierung zum Bürgerfest nach Schwerin ein.",
        expect: &[("Tag der Deutschen Einheit", Some("2024-10-03"), None)],
        kinds: &[("Tag der Deutschen Einheit", Day)],
    },
    Case {
        name: "holiday_heiligabend_and_silvester",
        reference: Some("2023-12-18"),
        text: "An Heiligabend und Silvester bleiben die Bürgerbüros geschlossen.",
        expect: &[
            ("Heiligabend", Some("2023-12-24"), None),
            ("Silvester", Some("2023-12-31"), None),
        ],
        kinds: &[],
    },
    Case {
        name: "holiday_heiligabend_without_reference",
        reference: None,
        text: "An Heiligabend bleiben alle Dienststellen geschlossen.",
        expect: &[("Heiligabend", Some("XXXX-12-24"), None)],
        kinds: &[],
    },
    Case {
        name: "holiday_weihnachten",
        reference: Some("2023-12-18"),
        text: "Über Weihnachten ist die Zulassungsstelle nicht besetzt.",
        expect: &[("Weihnachten", Some("2023-12-25"), None)],
        kinds: &[],
    },
    Case {
        name: "holiday_weihnachten_with_year",
        reference: None,
        text: "Weihnachten 2024 fällt der Weihnachtsmarkt aus.",
        expect: &[("Weihnachten 2024", Some("2024-12-25"), None)],
        kinds: &[],
    },
    Case {
        name: "holiday_neujahr_with_year_after",
        reference: Some("2023-12-18"),
        text: "Ab Neujahr 2024 gelten neue Tarife im Nahverkehr.",
        expect: &[("Neujahr 2024", Some("2024-01-01"), Some(After))],
        kinds: &[],
    },
    Case {
        name: "holiday_neujahr_takes_reference_year",
        reference: Some("2024-03-04"),
        text: "An Neujahr hatte die Feuerwehr 40 Einsätze.",
        expect: &[("Neujahr", Some("2024-01-01"), None)],
        kinds: &[],
    },
    Case {
        name: "holiday_silvester_with_time",
        reference: Some("2023-12-18"),
        text: "An Silvester um 18 Uhr beginnt das Konzert auf dem Rathausplatz.",
        expect: &[
            ("Silvester", Some("2023-12-31"), None),
            ("18 Uhr", Some("2023-12-31T18:00"), None),
        ],
        kinds: &[("18 Uhr", Time)],
    },
];

#[test]
fn holidays() {
    check(HOLIDAYS);
}

// ---------------------------------------------------------------------------
// Non-dates
// ---------------------------------------------------------------------------

const NON_DATES: &[NonDate] = &[
    NonDate {
        name: "non_date_duration_drei_jahre",
        reference: Some("2023-12-18"),
        text: "Das Projekt ist auf drei Jahre angelegt.",
        absent: "drei Jahre",
    },
    NonDate {
        name: "non_date_seit_jahren",
        reference: Some("2023-12-18"),
        text: "Die Stadt setzt seit Jahren auf Open Source.",
        absent: "seit Jahren",
    },
    NonDate {
        name: "non_date_vor_jahren",
        reference: Some("2023-12-18"),
        text: "Die Idee entstand schon vor Jahren im Gemeinderat.",
        absent: "vor Jahren",
    },
    NonDate {
        name: "non_date_seit_wochen",
        reference: Some("2024-03-04"),
        text: "Der Winterdienst ist seit Wochen im Dauereinsatz.",
        absent: "seit Wochen",
    },
    NonDate {
        name: "non_date_winterdienst",
        reference: Some("2024-03-04"),
        text: "Der Winterdienst räumt zuerst die Hauptstraßen.",
        absent: "Winterdienst",
    },
    NonDate {
        name: "non_date_age_compound",
        reference: Some("2023-12-18"),
        text: "Die 65-Jährige leitet das Amt seit 2019.",
        absent: "65-Jährige",
    },
    NonDate {
        name: "non_date_age_jahre_alt",
        reference: Some("2023-12-18"),
        text: "Der Mann ist 65 Jahre alt und wohnt in Lüneburg.",
        absent: "65 Jahre alt",
    },
    NonDate {
        name: "non_date_press_release_number",
        reference: Some("2023-12-18"),
        text: "Die Pressemitteilung Nr. 123/2023 wurde korrigiert.",
        absent: "123/2023",
    },
    NonDate {
        name: "non_date_press_release_number_month_like",
        reference: Some("2024-03-04"),
        text: "Die Pressemitteilung Nr. 08/2024 ersetzt die vorherige Fassung.",
        absent: "08/2024",
    },
    NonDate {
        name: "non_date_court_file_number",
        reference: Some("2023-12-18"),
        text: "Das Verwaltungsgericht hat die Klage (Az. 4 K 123/2023) abgewiesen.",
        absent: "4 K 123/2023",
    },
    NonDate {
        name: "non_date_parliamentary_paper_number",
        reference: Some("2023-12-18"),
        text: "Der Gesetzentwurf (Drucksache 18/2023) wird im Ausschuss beraten.",
        absent: "18/2023",
    },
    NonDate {
        name: "non_date_paragraph_sign",
        reference: Some("2023-12-18"),
        text: "Nach § 5 Abs. 2 des Gesetzes ist die untere Behörde zuständig.",
        absent: "§ 5 Abs. 2",
    },
    NonDate {
        name: "non_date_constitution_article",
        reference: Some("2023-12-18"),
        text: "Die Zusammenarbeit stützt sich auf Art. 91c GG.",
        absent: "Art. 91c",
    },
    NonDate {
        name: "non_date_phone_number",
        reference: Some("2023-12-18"),
        text: "Rückfragen beantwortet die Pressestelle unter Tel. 030 18681-2023.",
        absent: "030 18681-2023",
    },
    NonDate {
        name: "non_date_year_like_euro_amount",
        reference: Some("2023-12-18"),
        text: "Jede Schule erhält 2023 Euro pro Klassenzimmer.",
        absent: "2023 Euro",
    },
    NonDate {
        name: "non_date_year_like_euro_sign_after_bis",
        reference: Some("2023-12-18"),
        text: "Die Förderung beträgt bis zu 2000 € je Antrag.",
        absent: "2000 €",
    },
    NonDate {
        name: "non_date_amount_with_thousands_separator",
        reference: Some("2023-12-18"),
        text: "Die Gebühr für das Verfahren beträgt 1.990 Euro.",
        absent: "1.990 Euro",
    },
    NonDate {
        name: "non_date_people_with_thousands_separator",
        reference: Some("2024-03-04"),
        text: "Insgesamt haben 2.024 Menschen an der Umfrage teilgenommen.",
        absent: "2.024 Menschen",
    },
    NonDate {
        name: "non_date_year_like_employee_count",
        reference: Some("2024-03-04"),
        text: "Das Dienstleistungszentrum beschäftigt 2024 Mitarbeiter an zwölf Standorten.",
        absent: "2024 Mitarbeiter",
    },
    NonDate {
        name: "non_date_year_like_kilometres",
        reference: Some("2024-03-04"),
        text: "Das Glasfasernetz des Landkreises umfasst inzwischen 2030 Kilometer.",
        absent: "2030 Kilometer",
    },
    NonDate {
        name: "non_date_rund_before_count",
        reference: Some("2024-03-04"),
        text: "Im Landkreis arbeiten rund 2000 Beschäftigte in der Verwaltung.",
        absent: "rund 2000 Beschäftigte",
    },
    NonDate {
        name: "non_date_ca_before_count",
        reference: Some("2024-03-04"),
        text: "Betroffen sind ca. 1900 Haushalte im Stadtgebiet.",
        absent: "ca. 1900 Haushalte",
    },
    NonDate {
        name: "non_date_version_number",
        reference: Some("2024-03-04"),
        text: "Die Software wird in Version 2.1 an die Kommunen ausgeliefert.",
        absent: "Version 2.1",
    },
    NonDate {
        name: "non_date_member_count",
        reference: Some("2023-12-18"),
        text: "Die Genossenschaft hat nunmehr 27 Mitglieder.",
        absent: "27 Mitglieder",
    },
    NonDate {
        name: "non_date_postal_code_and_house_number",
        reference: Some("2023-12-18"),
        text: "Die Dienststelle ist unter der Anschrift Alt-Moabit 140, 10557 Berlin erreichbar.",
        absent: "140, 10557 Berlin",
    },
    NonDate {
        name: "non_date_house_number",
        reference: Some("2023-12-18"),
        text: "Das Bürgerbüro befindet sich in der Hauptstraße, Hausnummer 12.",
        absent: "Hausnummer 12",
    },
    NonDate {
        name: "non_date_kilowatt",
        reference: Some("2024-03-04"),
        text: "Die Photovoltaikanlage auf dem Rathausdach hat eine Leistung von 250 kW.",
        absent: "250 kW",
    },
    NonDate {
        name: "non_date_surname_mai",
        reference: Some("2023-12-18"),
        text: "Frau Mai sagte, die Digitalisierung der Verwaltung komme gut voran.",
        absent: "Mai",
    },
    NonDate {
        name: "non_date_first_name_august",
        reference: Some("2023-12-18"),
        text: "August Müller sagte, der Zeitplan sei ehrgeizig.",
        absent: "August",
    },
    NonDate {
        name: "non_date_surname_sommer",
        reference: Some("2024-03-04"),
        text: "Oberbürgermeisterin Sommer sagte, die Stadt sei gut vorbereitet.",
        absent: "Sommer",
    },
    NonDate {
        name: "non_date_greeting_guten_morgen",
        reference: Some("2023-12-18"),
        text: "„Guten Morgen“, begrüßte die Bürgermeisterin die Gäste im Ratssaal.",
        absent: "Guten Morgen",
    },
    NonDate {
        name: "non_date_verwaltung_von_morgen",
        reference: Some("2023-12-18"),
        text: "Gemeinsam gestalten wir die Verwaltung von morgen.",
        absent: "morgen",
    },
    NonDate {
        name: "non_date_ende_der_debatte",
        reference: Some("2023-12-18"),
        text: "Am Ende der Debatte stimmte der Landtag dem Antrag zu.",
        absent: "Ende der Debatte",
    },
    NonDate {
        name: "non_date_anfang_des_prozesses",
        reference: Some("2023-12-18"),
        text: "Die Bürgerinnen und Bürger werden schon am Anfang des Prozesses beteiligt.",
        absent: "Anfang des Prozesses",
    },
    NonDate {
        name: "non_date_von_anfang_an",
        reference: Some("2023-12-18"),
        text: "Die Kommunen waren von Anfang an eingebunden.",
        absent: "Anfang",
    },
    NonDate {
        name: "non_date_mitte_der_gesellschaft",
        reference: Some("2023-12-18"),
        text: "Das Ehrenamt kommt aus der Mitte der Gesellschaft.",
        absent: "Mitte der Gesellschaft",
    },
    NonDate {
        name: "non_date_bezirk_mitte",
        reference: Some("2023-12-18"),
        text: "Das Bürgeramt im Bezirk Mitte zieht in ein neues Gebäude.",
        absent: "Mitte",
    },
    NonDate {
        name: "non_date_wochenende_alone",
        reference: Some("2024-03-04"),
        text: "Am Wochenende ist mit Verkehrsbehinderungen zu rechnen.",
        absent: "Wochenende",
    },
    NonDate {
        name: "non_date_tag_der_offenen_tuer",
        reference: Some("2024-03-04"),
        text: "Zum Tag der offenen Tür kamen über 500 Gäste ins Landratsamt.",
        absent: "Tag der offenen Tür",
    },
    NonDate {
        name: "non_date_neujahrsempfang",
        reference: Some("2024-03-04"),
        text: "Der Neujahrsempfang der Stadt war gut besucht.",
        absent: "Neujahrsempfang",
    },
    NonDate {
        name: "non_date_einmal_im_jahr",
        reference: Some("2024-03-04"),
        text: "Der Bericht zur Lage der Kommunen erscheint einmal im Jahr.",
        absent: "Jahr",
    },
    NonDate {
        name: "non_date_pro_quartal",
        reference: Some("2024-03-04"),
        text: "Die Abschläge werden pro Quartal abgerechnet.",
        absent: "Quartal",
    },
    NonDate {
        name: "non_date_hours_per_day",
        reference: Some("2024-03-04"),
        text: "Die Hotline ist 24 Stunden am Tag erreichbar.",
        absent: "24 Stunden am Tag",
    },
    NonDate {
        name: "non_date_innerhalb_von_zwei_wochen",
        reference: Some("2024-03-04"),
        text: "Die Bescheide werden innerhalb von zwei Wochen verschickt.",
        absent: "zwei Wochen",
    },
];

#[test]
fn non_dates() {
    check_non_dates(NON_DATES);
}

// ---------------------------------------------------------------------------
// Inferred flags
// ---------------------------------------------------------------------------

/// Which [`Inferred`] flags a mention must carry.
enum Flags {
    /// Exactly these.
    Exactly(Inferred),
    /// `relative` set; the other flags are not pinned.
    Relative,
}

struct InferredCase {
    name: &'static str,
    reference: Option<&'static str>,
    text: &'static str,
    mention: &'static str,
    flags: Flags,
}

const NOTHING: Inferred = Inferred {
    year: false,
    relative: false,
};

const YEAR_ONLY: Inferred = Inferred {
    year: true,
    relative: false,
};

const INFERRED: &[InferredCase] = &[
    InferredCase {
        name: "inferred_nothing_for_full_date",
        reference: Some("2023-12-18"),
        text: "Der Kreistag hat am 18.12.2023 getagt.",
        mention: "18.12.2023",
        flags: Flags::Exactly(NOTHING),
    },
    InferredCase {
        name: "inferred_year_for_numeric_yearless",
        reference: Some("2024-03-04"),
        text: "Die Bürgersprechstunde am 18.12. entfällt.",
        mention: "18.12.",
        flags: Flags::Exactly(YEAR_ONLY),
    },
    InferredCase {
        name: "inferred_year_for_written_yearless",
        reference: Some("2023-12-18"),
        text: "Das Rathaus bleibt am 3. Oktober geschlossen.",
        mention: "3. Oktober",
        flags: Flags::Exactly(YEAR_ONLY),
    },
    InferredCase {
        name: "inferred_year_for_month",
        reference: Some("2023-12-18"),
        text: "Im Dezember werden die Parkausweise verschickt.",
        mention: "Dezember",
        flags: Flags::Exactly(YEAR_ONLY),
    },
    InferredCase {
        name: "inferred_nothing_without_reference",
        reference: None,
        text: "Am 3. Oktober lädt die Stadt zum Bürgerfest ein.",
        mention: "3. Oktober",
        flags: Flags::Exactly(NOTHING),
    },
    InferredCase {
        name: "inferred_year_for_holiday",
        reference: Some("2025-01-15"),
        text: "Zu Ostern lädt die Stadt zum Frühlingsmarkt.",
        mention: "Ostern",
        flags: Flags::Exactly(YEAR_ONLY),
    },
    InferredCase {
        name: "inferred_nothing_for_holiday_with_year",
        reference: Some("2025-01-15"),
        text: "Ostern 2024 bleiben die Bürgerämter geschlossen.",
        mention: "Ostern 2024",
        flags: Flags::Exactly(NOTHING),
    },
    InferredCase {
        name: "inferred_year_for_season",
        reference: Some("2024-03-04"),
        text: "Im Herbst legt die Landesregierung einen Bericht vor.",
        mention: "Herbst",
        flags: Flags::Exactly(YEAR_ONLY),
    },
    InferredCase {
        name: "inferred_year_for_week",
        reference: Some("2024-03-04"),
        text: "Die Bauarbeiten beginnen in KW 12.",
        mention: "KW 12",
        flags: Flags::Exactly(YEAR_ONLY),
    },
    InferredCase {
        name: "inferred_year_for_quarter",
        reference: Some("2024-03-04"),
        text: "Im 3. Quartal sollen die ersten Kommunen folgen.",
        mention: "3. Quartal",
        flags: Flags::Exactly(YEAR_ONLY),
    },
    InferredCase {
        name: "inferred_year_for_range_with_month_written",
        reference: Some("2023-12-18"),
        text: "Vom 24. bis 26. Dezember bleiben alle Standorte geschlossen.",
        mention: "24. bis 26. Dezember",
        flags: Flags::Exactly(YEAR_ONLY),
    },
    InferredCase {
        name: "inferred_nothing_for_time_with_date_in_sentence",
        reference: Some("2024-03-04"),
        text: "Die Sitzung beginnt am 18.12.2023 um 14:30 Uhr.",
        mention: "14:30 Uhr",
        flags: Flags::Exactly(NOTHING),
    },
    InferredCase {
        name: "inferred_relative_for_heute",
        reference: Some("2023-12-18"),
        text: "Das Ministerium hat heute den Aufruf veröffentlicht.",
        mention: "heute",
        flags: Flags::Relative,
    },
    InferredCase {
        name: "inferred_relative_for_vorjahr",
        reference: Some("2023-12-18"),
        text: "Im Vorjahr waren es noch 27 Mitglieder.",
        mention: "Vorjahr",
        flags: Flags::Relative,
    },
    InferredCase {
        name: "inferred_relative_for_kommenden_montag",
        reference: Some("2023-12-18"),
        text: "Am kommenden Montag beginnt die Anmeldung.",
        mention: "kommenden Montag",
        flags: Flags::Relative,
    },
    InferredCase {
        name: "inferred_relative_for_vor_drei_jahren",
        reference: Some("2023-12-18"),
        text: "Vor drei Jahren hat der Landkreis das Projekt gestartet.",
        mention: "Vor drei Jahren",
        flags: Flags::Relative,
    },
];

#[test]
fn inferred_flags() {
    let mut failures = Vec::new();
    for case in INFERRED {
        let reference = parse_reference(case.name, case.reference);
        let (_, found) = run(case.text, reference);
        let Some(m) = found.mentions.iter().find(|m| m.text == case.mention) else {
            failures.push(format!(
                "case `{}`: no mention {:?} in {:?} (got {})\n   help: see the other groups for why the mention is missing",
                case.name,
                case.mention,
                case.text,
                show_got(&found.mentions)
            ));
            continue;
        };
        let ok = match &case.flags {
            Flags::Exactly(flags) => m.inferred == *flags,
            Flags::Relative => m.inferred.relative,
        };
        if !ok {
            let wanted = match &case.flags {
                Flags::Exactly(flags) => format!("{flags:?}"),
                Flags::Relative => "relative: true".to_owned(),
            };
            failures.push(format!(
                "case `{}`: {:?}\n   reference: {}\n   mention {:?} has {:?}, expected {wanted}\n   help: `year` when the year was not written but taken from the reference, `relative` when the expression was resolved against the reference; nothing is inferred when nothing was taken from the reference (XXXX stays unknown)",
                case.name,
                case.text,
                describe(found.reference),
                case.mention,
                m.inferred
            ));
        }
    }
    report("inferred-flag case(s)", &failures);
}

// ---------------------------------------------------------------------------
// The document date
// ---------------------------------------------------------------------------

#[test]
fn document_date() {
    // (name, text, the document date it states)
    let cases: &[(&str, &str, Option<&str>)] = &[
        (
            "document_date_bracketed_at_start",
            "[18.12.2023] Die Stadt hat ein neues Serviceportal gestartet.",
            Some("2023-12-18"),
        ),
        (
            "document_date_dateline_written",
            "Berlin, 18. Dezember 2023 – Das Bundesministerium des Innern hat die Cloud-Strategie vorgestellt.",
            Some("2023-12-18"),
        ),
        (
            "document_date_dateline_numeric",
            "Hannover, 5.3.2024 – Die Staatskanzlei hat die Digitalstrategie des Landes vorgestellt.",
            Some("2024-03-05"),
        ),
        (
            "document_date_pressemitteilung_vom",
            "Pressemitteilung vom 18.12.2023\nDie Landesregierung hat die Förderrichtlinie überarbeitet.",
            Some("2023-12-18"),
        ),
        (
            "document_date_stand_label",
            "Die Angaben gelten vorbehaltlich späterer Änderungen.\nStand: 01.02.2024",
            Some("2024-02-01"),
        ),
        (
            "document_date_veroeffentlicht_am",
            "Veröffentlicht am 3. Mai 2024\nDer Landkreis informiert über die neuen Öffnungszeiten.",
            Some("2024-05-03"),
        ),
        (
            "document_date_none_in_text",
            "Die Stadt informiert über neue Öffnungszeiten des Bürgerbüros.",
            None,
        ),
        (
            "document_date_not_a_date_in_the_body",
            "Die Stadt informiert über neue Öffnungszeiten. Die Sitzung findet am 18.12.2023 im Rathaus statt.",
            None,
        ),
    ];
    let mut failures = Vec::new();
    for &(name, text, expected) in cases {
        let found = dates(text);
        let got = found.document_date.map(|d| d.to_string());
        if got.as_deref() != expected {
            failures.push(format!(
                "case `{name}`: {text:?}\n   document date expected {expected:?}, got {got:?}\n   help: a document date is stated by a bracketed date opening the text, a label (Pressemitteilung vom, Stand:, Veröffentlicht am) or a dateline `Ort, Datum –`; a date in the body is not one; see src/date/document.rs"
            ));
        }
        if found.reference != found.document_date {
            failures.push(format!(
                "case `{name}`: without a caller's reference, `reference` ({:?}) must be the document date ({:?})\n   help: see find_dates in src/date/mod.rs",
                found.reference, found.document_date
            ));
        }
    }
    report("document-date case(s)", &failures);
}

#[test]
fn document_date_is_the_fallback_reference() {
    let text = "Berlin, 18. Dezember 2023 – Die Sprechstunde am 27. Dezember entfällt. Im Vorjahr waren es noch 27 Mitglieder.";
    let found = dates(text);
    assert_eq!(
        found.document_date.map(|d| d.to_string()).as_deref(),
        Some("2023-12-18")
    );
    assert_eq!(found.reference, found.document_date);
    let got: Vec<_> = found
        .mentions
        .iter()
        .map(|m| (m.text, m.value.as_deref()))
        .collect();
    assert_eq!(
        got,
        [
            ("18. Dezember 2023", Some("2023-12-18")),
            ("27. Dezember", Some("2023-12-27")),
            ("Vorjahr", Some("2022")),
        ],
        "help: relative and year-less expressions resolve against the document date when the caller gives none"
    );
}

#[test]
fn callers_reference_wins_over_document_date() {
    let text = "Berlin, 18. Dezember 2023 – Das Gesetz tritt am 1. März in Kraft.";
    let tokens: Vec<_> = tokenize(text).collect();
    let reference = Date::new(2025, 1, 15).expect("a valid date");
    let found = find_dates(text, &tokens, Some(reference));
    assert_eq!(
        found.reference,
        Some(reference),
        "help: the caller's reference is the reference"
    );
    assert_eq!(
        found.document_date.map(|d| d.to_string()).as_deref(),
        Some("2023-12-18"),
        "help: the document date is still detected and reported"
    );
    let march = found.mentions.iter().find(|m| m.text == "1. März");
    assert_eq!(
        march.and_then(|m| m.value.as_deref()),
        Some("2025-03-01"),
        "help: the year-less date takes the caller's reference year, not the document's"
    );
}

// ---------------------------------------------------------------------------
// The corpus
// ---------------------------------------------------------------------------

#[test]
fn reference_article_has_exactly_its_date() {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/corpus/reference-govdigital.txt"
    );
    let text = std::fs::read_to_string(path).expect("the reference article exists");
    let found = dates(&text);
    assert_eq!(
        found.document_date.map(|d| d.to_string()).as_deref(),
        Some("2023-12-18"),
        "help: the article opens with `[18.12.2023]`"
    );
    assert_eq!(found.reference, found.document_date);
    let got: Vec<_> = found
        .mentions
        .iter()
        .map(|m| (m.text, m.value.as_deref()))
        .collect();
    assert_eq!(
        got,
        [("18.12.2023", Some("2023-12-18"))],
        "help: the article states no other date; `27 Mitgliedern` is a count, `zwei neue Mitglieder` no date"
    );
}

#[test]
fn corpus_mentions_are_well_formed() {
    let files = corpus();
    assert!(!files.is_empty(), "corpus/ holds no texts");
    let mut failures = Vec::new();
    for (name, text) in &files {
        let (tokens, found) = run(text, None);
        if found.reference != found.document_date {
            failures.push(format!(
                "{name}: reference {:?} differs from the document date {:?} without a caller's reference",
                found.reference, found.document_date
            ));
        }
        for p in structural_problems(text, &tokens, &found.mentions) {
            failures.push(format!("{name}: {p}"));
        }
    }
    report(
        "corpus problem(s) (help: every mention must slice the text, cover whole tokens, come in order without overlaps and carry a well-formed TIMEX3 value that fits its kind)",
        &failures,
    );
}

// ---------------------------------------------------------------------------
// The tables themselves
// ---------------------------------------------------------------------------

#[test]
fn case_tables_are_large_and_names_unique() {
    let groups: &[&[Case]] = &[
        NUMERIC,
        WRITTEN,
        WEEKDAY,
        YEARS_AND_PERIODS,
        DECADES,
        QUARTERS_HALFYEARS_SEASONS,
        WEEKS,
        RANGES,
        TIMES,
        RELATIVE,
        HOLIDAYS,
    ];
    let names = groups
        .iter()
        .flat_map(|g| g.iter().map(|c| c.name))
        .chain(NON_DATES.iter().map(|c| c.name))
        .chain(INFERRED.iter().map(|c| c.name));
    let mut seen = HashSet::new();
    let duplicates: Vec<&str> = names.filter(|n| !seen.insert(*n)).collect();
    assert!(
        duplicates.is_empty(),
        "duplicate case names: {duplicates:?}"
    );
    let total: usize = groups.iter().map(|g| g.len()).sum::<usize>() + NON_DATES.len();
    assert!(total >= 170, "only {total} date and non-date cases");
}

/// Patterns found missing or wrong on the SmartData dev set (German business
/// and traffic news), see `examples/smartdata_dates.rs`.
#[test]
fn smartdata_findings() {
    check(&[
        Case {
            name: "part_of_day_after_am_joins_its_day",
            reference: Some("2016-02-01"),
            text: "Am 3. Februar 2016 am Vormittag kam es zu Verspätungen.",
            expect: &[
                ("3. Februar 2016", Some("2016-02-03"), None),
                ("Vormittag", Some("2016-02-03TMO"), None),
            ],
            kinds: &[("Vormittag", DateKind::Time)],
        },
        Case {
            name: "year_before_1900_after_seit",
            reference: None,
            text: "Das Unternehmen besteht seit 1851 in Kassel.",
            expect: &[("1851", Some("1851"), Some(DateModifier::After))],
            kinds: &[],
        },
        Case {
            name: "month_range_without_von",
            reference: None,
            text: "Die Baustelle ist Juli bis September 2016 eingerichtet.",
            expect: &[("Juli bis September 2016", Some("2016-07/2016-09"), None)],
            kinds: &[("Juli bis September 2016", DateKind::Range)],
        },
        Case {
            name: "offset_with_approximation",
            reference: Some("2016-02-01"),
            text: "Das Werk wurde vor rund drei Jahren eröffnet.",
            expect: &[(
                "vor rund drei Jahren",
                Some("2013"),
                Some(DateModifier::Approx),
            )],
            kinds: &[],
        },
        Case {
            name: "iso_timestamp",
            reference: None,
            text: "Aktualisiert: 2016-01-07T23:00:00+01:00",
            expect: &[("2016-01-07T23:00:00+01:00", Some("2016-01-07T23:00"), None)],
            kinds: &[("2016-01-07T23:00:00+01:00", DateKind::Time)],
        },
        Case {
            name: "end_of_the_decade",
            reference: Some("2016-02-01"),
            text: "Bis Ende des Jahrzehnts sollen alle Strecken elektrifiziert sein.",
            expect: &[("Ende des Jahrzehnts", Some("201"), Some(DateModifier::End))],
            kinds: &[("Ende des Jahrzehnts", DateKind::Decade)],
        },
        Case {
            name: "weekday_after_fuer",
            reference: Some("2016-02-03"),
            text: "Die Gewerkschaft ruft für Montag zum Streik auf.",
            expect: &[("Montag", Some("2016-02-08"), None)],
            kinds: &[],
        },
    ]);
    check_non_dates(&[
        NonDate {
            name: "train_number_is_no_year",
            reference: None,
            text: "Der IC 2083 fällt heute aus.",
            absent: "2083",
        },
        NonDate {
            name: "approximate_count_is_no_year",
            reference: None,
            text: "Rund 2000 Beschäftigte legten die Arbeit nieder.",
            absent: "2000",
        },
    ]);
}

/// Findings of a review: ranges over the year end, reported speech, periods
/// in December releases, Duden spellings, two-digit years.
#[test]
fn review_findings() {
    check(&[
        Case {
            name: "day_range_over_the_year_end",
            reference: Some("2023-12-18"),
            text: "Das Bürgerbüro bleibt vom 27. Dezember bis 2. Januar geschlossen.",
            expect: &[(
                "27. Dezember bis 2. Januar",
                Some("2023-12-27/2024-01-02"),
                None,
            )],
            kinds: &[],
        },
        Case {
            name: "numeric_range_with_year_only_at_the_end",
            reference: None,
            text: "Die Frist läuft vom 27.12. bis zum 5.1.2024.",
            expect: &[(
                "27.12. bis zum 5.1.2024",
                Some("2023-12-27/2024-01-05"),
                None,
            )],
            kinds: &[],
        },
        Case {
            name: "month_range_over_the_year_end",
            reference: Some("2023-11-20"),
            text: "Die Winterpause dauert von Dezember bis Februar.",
            expect: &[("Dezember bis Februar", Some("2023-12/2024-02"), None)],
            kinds: &[],
        },
        Case {
            name: "reported_future_keeps_its_future",
            reference: Some("2023-12-18"),
            text: "„Am Montag beginnen die Bauarbeiten“, sagte die Bürgermeisterin.",
            expect: &[("Montag", Some("2023-12-25"), None)],
            kinds: &[],
        },
        Case {
            name: "dass_clause_has_its_own_tense",
            reference: Some("2023-12-18"),
            text: "Der Kreistag hat beschlossen, dass die Gebühren ab 1. März steigen.",
            expect: &[("1. März", Some("2024-03-01"), Some(DateModifier::After))],
            kinds: &[],
        },
        Case {
            name: "quarter_in_a_december_release_looks_ahead",
            reference: Some("2023-12-18"),
            text: "Im ersten Quartal beginnt die Pilotphase.",
            expect: &[("ersten Quartal", Some("2024-Q1"), None)],
            kinds: &[],
        },
        Case {
            name: "easter_in_a_december_release_looks_ahead",
            reference: Some("2023-12-18"),
            text: "Zu Ostern lädt die Stadt zum Frühlingsmarkt ein.",
            expect: &[("Ostern", Some("2024-03-31"), None)],
            kinds: &[],
        },
        Case {
            name: "decade_in_duden_spelling",
            reference: None,
            text: "Seit Mitte der 1990er-Jahre wächst die Stadt.",
            expect: &[(
                "Mitte der 1990er-Jahre",
                Some("199"),
                Some(DateModifier::Mid),
            )],
            kinds: &[],
        },
        Case {
            name: "two_digit_year_of_the_last_century",
            reference: None,
            text: "Am 3.10.90 feierte die Stadt die Einheit.",
            expect: &[("3.10.90", Some("1990-10-03"), None)],
            kinds: &[],
        },
        Case {
            name: "vorige_woche",
            reference: Some("2023-12-18"),
            text: "Vorige Woche tagte der Ausschuss.",
            expect: &[("Vorige Woche", Some("2023-W50"), None)],
            kinds: &[],
        },
    ]);
}

#[test]
fn repeated_approximation_words_stay_linear() {
    // "rund rund rund …" once recursed per word from every start: quadratic
    // time and a stack overflow on long inputs.
    let text = "rund ".repeat(100_000) + "2020";
    let tokens: Vec<_> = meldung::tokenize(&text).collect();
    let found = find_dates(&text, &tokens, None);
    assert_eq!(found.mentions.len(), 1);
    assert_eq!(found.mentions[0].text, "rund 2020");
}

#[test]
fn lists_of_days_and_weekdays() {
    check(&[
        Case {
            name: "two_days_of_one_month",
            reference: Some("2023-12-18"),
            text: "Die Tagung findet am 15. und 16. Januar 2024 statt.",
            expect: &[
                ("15.", Some("2024-01-15"), None),
                ("16. Januar 2024", Some("2024-01-16"), None),
            ],
            kinds: &[],
        },
        Case {
            name: "three_days_of_one_month",
            reference: Some("2023-12-18"),
            text: "Geschlossen ist am 27., 28. und 29. Dezember.",
            expect: &[
                ("27.", Some("2023-12-27"), None),
                ("28.", Some("2023-12-28"), None),
                ("29. Dezember", Some("2023-12-29"), None),
            ],
            kinds: &[],
        },
        Case {
            name: "two_weekdays",
            reference: Some("2023-12-18"),
            text: "Die Sprechstunde entfällt am Mittwoch und Donnerstag.",
            expect: &[
                ("Mittwoch", Some("2023-12-20"), None),
                ("Donnerstag", Some("2023-12-21"), None),
            ],
            kinds: &[],
        },
        Case {
            name: "zwischen_dem_range",
            reference: None,
            text: "Anträge werden zwischen dem 1. und 15. März 2024 angenommen.",
            expect: &[("1. und 15. März 2024", Some("2024-03-01/2024-03-15"), None)],
            kinds: &[],
        },
    ]);
}

#[test]
fn more_review_findings() {
    check(&[
        Case {
            name: "month_range_with_two_years",
            reference: None,
            text: "Die Bauarbeiten dauern von Oktober 2023 bis März 2024.",
            expect: &[("Oktober 2023 bis März 2024", Some("2023-10/2024-03"), None)],
            kinds: &[("Oktober 2023 bis März 2024", DateKind::Range)],
        },
        Case {
            name: "end_of_next_week",
            reference: Some("2023-12-18"),
            text: "Die Entscheidung fällt Ende nächster Woche.",
            expect: &[(
                "Ende nächster Woche",
                Some("2023-W52"),
                Some(DateModifier::End),
            )],
            kinds: &[],
        },
        Case {
            name: "bis_spaetestens_is_before",
            reference: None,
            text: "Anträge sind bis spätestens 31. März 2024 einzureichen.",
            expect: &[(
                "31. März 2024",
                Some("2024-03-31"),
                Some(DateModifier::Before),
            )],
            kinds: &[],
        },
    ]);
}

#[test]
fn periods_of_a_relative_year() {
    check(&[
        Case {
            name: "season_of_next_year",
            reference: Some("2023-12-18"),
            text: "Die Arbeiten beginnen im Frühjahr nächsten Jahres.",
            expect: &[("Frühjahr nächsten Jahres", Some("2024-SP"), None)],
            kinds: &[("Frühjahr nächsten Jahres", DateKind::Season)],
        },
        Case {
            name: "end_of_month_of_the_coming_year",
            reference: Some("2023-12-18"),
            text: "Das Portal geht Ende März des kommenden Jahres online.",
            expect: &[(
                "Ende März des kommenden Jahres",
                Some("2024-03"),
                Some(DateModifier::End),
            )],
            kinds: &[],
        },
        Case {
            name: "season_of_this_year",
            reference: Some("2023-12-18"),
            text: "Im Sommer dieses Jahres wurde das Netz ausgebaut.",
            expect: &[("Sommer dieses Jahres", Some("2023-SU"), None)],
            kinds: &[],
        },
    ]);
}

/// Findings of a blind set of releases: a weekday in a past clause may be
/// the release day itself; a short quoted name does not cut a clause off
/// from its verb; a quarter announced in a past clause lies ahead; a text
/// without a dateline reads its later weekdays from the last full date.
#[test]
fn weekdays_and_periods_by_tense() {
    check(&[
        // the release day itself, told in the past
        Case {
            name: "past_weekday_on_the_release_day_is_that_day",
            reference: Some("2025-01-15"),
            text: "Die Zahl der Anträge sei deutlich gestiegen, teilte die Behörde am Mittwoch in Erfurt mit.",
            expect: &[("Mittwoch", Some("2025-01-15"), None)],
            kinds: &[("Mittwoch", DateKind::Relative)],
        },
        Case {
            name: "perfect_weekday_on_the_release_day_is_that_day",
            reference: Some("2024-11-07"),
            text: "Der Kreistag hat am Donnerstag die neue Gebührensatzung beschlossen.",
            expect: &[("Donnerstag", Some("2024-11-07"), None)],
            kinds: &[],
        },
        Case {
            name: "past_weekday_before_the_release_day_still_looks_back",
            reference: Some("2024-11-07"),
            text: "Am Dienstag beschloss der Stadtrat die neue Satzung.",
            expect: &[("Dienstag", Some("2024-11-05"), None)],
            kinds: &[],
        },
        // must not change: "vergangenen" steps back a week even on that day
        Case {
            name: "vergangenen_on_the_same_weekday_in_a_past_clause_is_a_week_before",
            reference: Some("2025-01-15"),
            text: "Die Behörde teilte am vergangenen Mittwoch mit, die Frist werde verlängert.",
            expect: &[("vergangenen Mittwoch", Some("2025-01-08"), None)],
            kinds: &[],
        },
        // must not change: without a past marker a release looks ahead, and
        // its own day would be "heute"
        Case {
            name: "future_weekday_on_the_release_day_is_next_week",
            reference: Some("2024-11-07"),
            text: "Der Ausschuss wird am Donnerstag erneut über die Satzung beraten.",
            expect: &[("Donnerstag", Some("2024-11-14"), None)],
            kinds: &[],
        },
        // a quoted name inside the clause
        Case {
            name: "quoted_name_keeps_the_clause_in_the_past",
            reference: Some("2025-05-16"),
            text: "Die Ministerin und der Landrat stellten das Projekt „Grünes Band“ am Mittwoch in Gotha vor.",
            expect: &[("Mittwoch", Some("2025-05-14"), None)],
            kinds: &[],
        },
        // must not change: a quotation after a colon is speech with its own tense
        Case {
            name: "quoted_speech_after_a_colon_keeps_its_future",
            reference: Some("2023-12-18"),
            text: "Die Bürgermeisterin sagte: „Am Montag beginnen die Bauarbeiten.“",
            expect: &[("Montag", Some("2023-12-25"), None)],
            kinds: &[],
        },
        Case {
            name: "setzte_is_past",
            reference: Some("2024-10-11"),
            text: "Die Richterin setzte den Haftbefehl am Donnerstag außer Vollzug.",
            expect: &[("Donnerstag", Some("2024-10-10"), None)],
            kinds: &[],
        },
        // year-less quarters and half-years
        Case {
            name: "quarter_announced_in_the_past_lies_ahead",
            reference: Some("2025-02-20"),
            text: "Die Geschäftsführerin kündigte neue Tarife ab dem zweiten Quartal an.",
            expect: &[(
                "zweiten Quartal",
                Some("2025-Q2"),
                Some(DateModifier::After),
            )],
            kinds: &[("zweiten Quartal", DateKind::Quarter)],
        },
        Case {
            name: "half_year_announced_in_the_past_lies_ahead",
            reference: Some("2025-03-10"),
            text: "Der Vorstand kündigte im zweiten Halbjahr eine Preissenkung an.",
            expect: &[("zweiten Halbjahr", Some("2025-H2"), None)],
            kinds: &[],
        },
        // must not change: a quarter told in the past is the last one begun
        Case {
            name: "quarter_in_a_past_clause_looks_back",
            reference: Some("2025-02-20"),
            text: "Im dritten Quartal stieg die Zahl der Anträge um acht Prozent.",
            expect: &[("dritten Quartal", Some("2024-Q3"), None)],
            kinds: &[],
        },
        Case {
            name: "future_quarter_under_way_is_this_one",
            reference: Some("2025-02-20"),
            text: "Die neuen Tarife sollen noch im ersten Quartal gelten.",
            expect: &[("ersten Quartal", Some("2025-Q1"), None)],
            kinds: &[],
        },
        // no dateline: the last full date anchors later plain weekdays
        Case {
            name: "weekday_after_a_full_date_without_reference",
            reference: None,
            text: "Am Dienstagabend (12.03.2024) stoppte eine Streife den Wagen. Am Mittwoch erließ der Richter Haftbefehl.",
            expect: &[
                ("Dienstagabend (12.03.2024)", Some("2024-03-12"), None),
                ("Mittwoch", Some("2024-03-13"), None),
            ],
            kinds: &[("Mittwoch", DateKind::Relative)],
        },
        Case {
            name: "weekday_before_any_full_date_stays_open",
            reference: None,
            text: "Am Mittwoch nahm die Polizei einen Mann fest, der am 12.03.2024 geflohen war.",
            expect: &[
                ("Mittwoch", None, None),
                ("12.03.2024", Some("2024-03-12"), None),
            ],
            kinds: &[],
        },
        Case {
            name: "vergangenen_after_a_full_date_without_reference_stays_open",
            reference: None,
            text: "Seit dem 12.03.2024 fehlt von ihm jede Spur; am vergangenen Freitag meldete sich ein Zeuge.",
            expect: &[
                ("12.03.2024", Some("2024-03-12"), Some(DateModifier::After)),
                ("vergangenen Freitag", None, None),
            ],
            kinds: &[],
        },
    ]);
}
