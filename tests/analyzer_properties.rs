//! Property tests for the whole analysis: on arbitrary Unicode and on text
//! stitched from the pieces the entity, date and keyword stages react to,
//! `Analyzer::analyze` never panics, every span slices the input, entity
//! and date spans start and end at token boundaries (an organisation named
//! before the hyphen of a role compound, as in "govdigital-CEO", ends at
//! the hyphen), and the result is deterministic.

use meldung::{Analysis, Analyzer, DocumentOptions};
use proptest::prelude::*;
use std::collections::HashSet;
use std::sync::LazyLock;

static ANALYZER: LazyLock<Analyzer> = LazyLock::new(Analyzer::new);

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

fn stitched() -> impl Strategy<Value = String> {
    prop::collection::vec(prop::sample::select(PIECES), 0..80).prop_map(|v| v.concat())
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
}
