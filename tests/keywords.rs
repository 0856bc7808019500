//! Keyword extraction: one named case per German phenomenon, the reference
//! article, property tests and a run over all of `corpus/`.

mod common;

use meldung::keyword::{Keyword, KeywordExtractor, KnownTerm, keywords};
use meldung::{Span, Token, split_sentences, tokenize};
use proptest::prelude::*;

/// All keywords of `text` (no top-N cut).
fn all(text: &str) -> Vec<Keyword> {
    let extractor = KeywordExtractor::builder()
        .top_n(usize::MAX)
        .build()
        .expect("default options");
    let tokens: Vec<Token<'_>> = tokenize(text).collect();
    let sentences = split_sentences(text, &tokens);
    extractor.extract(text, &tokens, &sentences)
}

fn terms(found: &[Keyword]) -> Vec<&str> {
    found.iter().map(|k| k.term.as_str()).collect()
}

struct Case {
    name: &'static str,
    text: &'static str,
    /// Terms that must be keywords.
    want: &'static [&'static str],
    /// Terms that must not be keywords.
    never: &'static [&'static str],
}

const CASES: &[Case] = &[
    Case {
        name: "inflected adjective phrases are grouped under the nominative",
        text: "Die Digitalisierung der öffentlichen Verwaltung kommt voran. \
               Die öffentliche Verwaltung braucht Fachkräfte. \
               In der öffentlichen Verwaltung fehlt Personal.",
        want: &["öffentliche Verwaltung", "Digitalisierung"],
        never: &["öffentlichen Verwaltung", "öffentliche", "Verwaltung"],
    },
    Case {
        name: "sentence-initial function words and verbs are no nouns",
        text: "Die Stadt plant ein Bürgerportal. Immer mehr Menschen nutzen das Bürgerportal. \
               Im Rathaus entsteht dafür ein Servicezentrum. Lassen Sie sich beraten.",
        want: &["Bürgerportal", "Servicezentrum", "Rathaus"],
        never: &["Die", "Immer", "Im", "Lassen", "Sie"],
    },
    Case {
        name: "a sentence-initial noun counts when it is capitalised elsewhere",
        text: "Breitbandausbau ist das Ziel. Der Landkreis fördert den Breitbandausbau.",
        want: &["Breitbandausbau"],
        never: &[],
    },
    Case {
        name: "compounds stay whole and never become fragments",
        text: "Die Verwaltung plant die Verwaltungsdigitalisierung. \
               Die Verwaltung stellt dafür Personal ein.",
        want: &["Verwaltungsdigitalisierung", "Verwaltung"],
        never: &["Verwaltungs", "Digitalisierung"],
    },
    Case {
        name: "hyphenated compounds stay whole; truncated ones are dropped",
        text: "Bundes- und Landesbehörden nutzen Open-Source-Software. \
               Die IT-Dienstleister betreiben die Open-Source-Software.",
        want: &["Open-Source-Software", "IT-Dienstleister", "Landesbehörden"],
        never: &["Bundes-", "Bundes", "Open", "Software"],
    },
    Case {
        name: "phrases never cross punctuation or sentence boundaries",
        text: "Die Stadt ist digital, Verwaltung ist modern. Alles wird digitaler. Verwaltung bleibt.",
        want: &["Verwaltung"],
        never: &[
            "digital Verwaltung",
            "digitale Verwaltung",
            "digitaler Verwaltung",
        ],
    },
    Case {
        name: "numbers, dates, months and quantities are never keywords",
        text: "Am 18.12.2023 wurden 1.000 Anträge gestellt, 27 Prozent mehr als im Jahr 2022. \
               Im Dezember folgen 3,5 Millionen Euro für das Förderprogramm.",
        want: &["Anträge", "Förderprogramm"],
        never: &[
            "18.12.2023",
            "1.000",
            "27",
            "Prozent",
            "Jahr",
            "2022",
            "Dezember",
            "Euro",
            "Millionen",
        ],
    },
    Case {
        name: "an acronym joins its long form",
        text: "Das Onlinezugangsgesetz (OZG) verpflichtet Bund und Länder. \
               Das OZG gilt seit 2017. Das OZG wird nun weiterentwickelt.",
        want: &["Onlinezugangsgesetz"],
        never: &["OZG"],
    },
    Case {
        name: "a multiword long form joins its acronym too",
        text: "Der Bund setzt auf Open Source Software (OSS). OSS spart Lizenzkosten.",
        want: &["Open Source Software", "Lizenzkosten"],
        never: &["OSS", "Open", "Source"],
    },
    Case {
        name: "press stopwords are never keywords",
        text: "Pressemitteilung\nHeute stellt die Stadt den Klimaplan vor. Foto: Stadt. \
               Weitere Informationen zum Klimaplan finden Sie auf der Internetseite.",
        want: &["Klimaplan"],
        never: &[
            "Pressemitteilung",
            "Heute",
            "Foto",
            "Informationen",
            "Internetseite",
        ],
    },
    Case {
        name: "bare first names are never keywords; a surname joins its person",
        text: "Staatssekretärin Anja Theurer eröffnete das Rechenzentrum. \
               „Das Rechenzentrum ist sicher“, sagte Theurer. Auch Martin war da.",
        want: &["Anja Theurer", "Rechenzentrum"],
        never: &["Anja", "Martin", "Theurer"],
    },
    Case {
        name: "participles and judging adjectives start no phrase",
        text: "Die von Kommunen gegründete Genossenschaft wächst. \
               Die wachsende Genossenschaft ist ein wichtiger Baustein.",
        want: &["Genossenschaft", "Baustein", "Kommunen"],
        never: &[
            "gegründete Genossenschaft",
            "wachsende Genossenschaft",
            "wichtiger Baustein",
        ],
    },
    Case {
        name: "a genitive noun is shown without its ending",
        text: "Die Zukunft des Verkehrs ist digital. Die Planung des Verkehrs beginnt.",
        want: &["Verkehr"],
        never: &["Verkehrs"],
    },
    Case {
        name: "contact blocks and contact lines are skipped",
        text: "Die Stadt eröffnet ein Familienbüro. Das Familienbüro berät Eltern.\n\n\
               Pressekontakt:\nPresseamt Musterhausen\nRathausplatz 1\nTel.: 01234 5678\n",
        want: &["Familienbüro"],
        never: &[
            "Presseamt Musterhausen",
            "Presseamt",
            "Musterhausen",
            "Rathausplatz",
        ],
    },
    Case {
        name: "a lowercase name that is also the document's domain is a keyword",
        text: "Die Genossenschaft govdigital wächst. Mit govdigital arbeiten Länder zusammen.\n\
               https://www.govdigital.de",
        want: &["govdigital", "Genossenschaft"],
        never: &[],
    },
    Case {
        name: "classifying adjectives make phrases from one occurrence",
        text: "Die Stadt setzt auf künstliche Intelligenz und kommunale Rechenzentren.",
        want: &["künstliche Intelligenz", "kommunale Rechenzentren"],
        never: &["Intelligenz"],
    },
    Case {
        name: "a recurring pair of capitalised words is one name",
        text: "Der Bund fördert Open Source. Open Source stärkt die Souveränität.",
        want: &["Open Source"],
        never: &["Open", "Source"],
    },
];

#[test]
fn named_cases() {
    let mut failures = Vec::new();
    for case in CASES {
        let found = all(case.text);
        let got = terms(&found);
        for want in case.want {
            if !got.contains(want) {
                failures.push(format!(
                    "{}: missing {want:?}\n  got {got:?}\n  help: check candidate formation for this phenomenon",
                    case.name
                ));
            }
        }
        for never in case.never {
            if got.contains(never) {
                failures.push(format!("{}: unwanted {never:?}\n  got {got:?}", case.name));
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn grouped_occurrences_keep_every_span() {
    let text = "Die Digitalisierung der öffentlichen Verwaltung kommt voran. \
                Die öffentliche Verwaltung braucht Fachkräfte.";
    let found = all(text);
    let k = found
        .iter()
        .find(|k| k.term == "öffentliche Verwaltung")
        .expect("phrase found");
    assert_eq!(k.count, 2);
    let texts: Vec<&str> = k.spans.iter().map(|s| &text[s.range()]).collect();
    assert_eq!(texts, ["öffentlichen Verwaltung", "öffentliche Verwaltung"]);
    assert_eq!(k.key, "offent verwalt");

    let text = "Das Onlinezugangsgesetz (OZG) gilt. Das OZG wirkt.";
    let found = all(text);
    let ozg = found
        .iter()
        .find(|k| k.term == "Onlinezugangsgesetz")
        .expect("long form");
    let texts: Vec<&str> = ozg.spans.iter().map(|s| &text[s.range()]).collect();
    assert_eq!(texts, ["Onlinezugangsgesetz", "OZG", "OZG"]);
}

#[test]
fn known_terms_are_one_candidate_and_spawn_nothing_inside() {
    let text = "Das Zentrum für Digitale Souveränität (ZenDiS) wächst. \
                Das ZenDiS fördert Open Source. Auch ZenDiS-Projekte laufen.";
    let tokens: Vec<Token<'_>> = tokenize(text).collect();
    let sentences = split_sentences(text, &tokens);
    let span_of = |needle: &str, from: usize| {
        let start = text[from..].find(needle).expect("needle") + from;
        Span::new(start, start + needle.len())
    };
    let long = span_of("Zentrum für Digitale Souveränität", 0);
    let acr1 = span_of("ZenDiS", long.end);
    let acr2 = span_of("ZenDiS", acr1.end);
    let zendis = KnownTerm::new("Zentrum für Digitale Souveränität", [long, acr1, acr2]);
    let found = KeywordExtractor::new().extract_with(text, &tokens, &sentences, &[zendis]);
    let got = terms(&found);
    assert_eq!(got[0], "Zentrum für Digitale Souveränität", "{got:?}");
    assert_eq!(found[0].count, 3);
    for inside in ["Zentrum", "Digitale Souveränität", "Souveränität", "ZenDiS"] {
        assert!(!got.contains(&inside), "{inside} spawned: {got:?}");
    }
}

#[test]
fn user_stopwords_and_top_n() {
    let extractor = KeywordExtractor::builder()
        .top_n(2)
        .stopwords("# mine\nStadtrat\n")
        .build()
        .expect("valid list");
    let text = "Der Stadtrat beschließt den Breitbandausbau. Die Stadträte loben den \
                Breitbandausbau und das Glasfasernetz. Das Glasfasernetz kommt 2025.";
    let tokens: Vec<Token<'_>> = tokenize(text).collect();
    let sentences = split_sentences(text, &tokens);
    let found = extractor.extract(text, &tokens, &sentences);
    assert_eq!(terms(&found), ["Breitbandausbau", "Glasfasernetz"]);
}

#[test]
fn reference_article() {
    let text = common::corpus()
        .into_iter()
        .find(|(name, _)| name == "reference-govdigital.txt")
        .expect("reference article")
        .1;
    let found = keywords(&text);
    let got = terms(&found);
    assert_eq!(found.len(), 10);
    for top5 in ["govdigital", "ZenDiS", "DigitalService"] {
        assert!(got[..5].contains(&top5), "{top5} not in the top 5: {got:?}");
    }
    for top10 in ["digitale Souveränität", "Open Source"] {
        assert!(got.contains(&top10), "{top10} not in the top 10: {got:?}");
    }
    for k in &got {
        assert!(
            *k != "Bundes" && !k.starts_with("gegründeten"),
            "inflected fragment {k:?} in the top 10: {got:?}"
        );
    }
}

#[test]
fn every_corpus_release_gives_sensible_keywords() {
    for (name, text) in common::corpus() {
        let found = keywords(&text);
        assert!(found.len() >= 5, "{name}: only {:?}", terms(&found));
        check_invariants(&text, &found);
        for k in &found {
            assert!(
                k.term.chars().any(char::is_alphabetic),
                "{name}: {:?} has no letter",
                k.term
            );
            assert!(
                !k.term.chars().next().is_some_and(|c| c.is_ascii_digit()),
                "{name}: {:?} starts with a digit",
                k.term
            );
        }
    }
}

/// Spans slice the text on token boundaries, scores are in 0..=1 and
/// sorted, counts match the spans.
fn check_invariants(text: &str, found: &[Keyword]) {
    let tokens: Vec<Token<'_>> = tokenize(text).collect();
    let starts: std::collections::HashSet<usize> = tokens.iter().map(|t| t.span.start).collect();
    let ends: std::collections::HashSet<usize> = tokens.iter().map(|t| t.span.end).collect();
    for k in found {
        assert!((0.0..=1.0).contains(&k.score), "{k:?}");
        assert_eq!(k.count, k.spans.len());
        assert!(k.count > 0);
        assert!(!k.term.is_empty() && !k.key.is_empty(), "{k:?}");
        for s in &k.spans {
            assert!(s.slice(text).is_some(), "{s:?} does not slice the text");
            assert!(
                starts.contains(&s.start) && ends.contains(&s.end),
                "{s:?} off token boundaries"
            );
        }
    }
    for pair in found.windows(2) {
        assert!(pair[0].score >= pair[1].score, "not sorted: {pair:?}");
    }
}

const FRAGMENTS: &[&str] = &[
    " ",
    "\n",
    "\n\n",
    ", ",
    ". ",
    ": ",
    "(",
    ")",
    "„",
    "“",
    "-",
    "–",
    "#OZG",
    "Die",
    "die",
    "der",
    "des",
    "öffentlichen",
    "Öffentliche",
    "Verwaltung",
    "Verwaltungs",
    "digitalisierung",
    "Bundes-",
    "und",
    "OZG",
    "ZenDiS",
    "Open",
    "Source",
    "govdigital",
    "www.govdigital.de",
    "Martin",
    "Schallbruch",
    "Pressekontakt",
    "Tel.",
    "18.12.2023",
    "27",
    "Prozent",
    "Stichwörter",
    "IT-Dienstleister",
    "gegründeten",
    "Genossenschaft",
    "é",
    "\u{308}",
    "ß",
    "🙂",
    "Ämter",
    "x",
];

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    #[test]
    fn invariants_on_stitched_text(parts in proptest::collection::vec(0..FRAGMENTS.len(), 0..60)) {
        let text: String = parts.iter().map(|&i| FRAGMENTS[i]).collect();
        let found = all(&text);
        check_invariants(&text, &found);
    }

    #[test]
    fn invariants_on_any_text(text in "\\PC{0,200}") {
        let found = all(&text);
        check_invariants(&text, &found);
    }
}

/// Sentences that belong to another text are a caller's mistake, not a
/// reason to panic: the extractor still answers.
#[test]
fn sentences_of_another_text_do_not_panic() {
    let long = "Der Bund fördert den Glasfaserausbau. Die Länder beraten. Die Kommunen planen.";
    let short = "Glasfaser.";
    let long_tokens: Vec<_> = meldung::tokenize(long).collect();
    let sentences = meldung::split_sentences(long, &long_tokens);
    let short_tokens: Vec<_> = meldung::tokenize(short).collect();
    let found = KeywordExtractor::new().extract_with(short, &short_tokens, &sentences, &[]);
    assert!(found.len() <= 1);
}

/// The same for the entity stage, which also takes the caller's sentences.
#[test]
fn entity_stage_with_sentences_of_another_text_does_not_panic() {
    let long =
        "Staatssekretärin Dr. Anna Beispiel sagte das. Die Stadt Köln plant. Der Bund zahlt.";
    let short = "„Ja“, sagte sie.";
    let long_tokens: Vec<_> = meldung::tokenize(long).collect();
    let sentences = meldung::split_sentences(long, &long_tokens);
    let short_tokens: Vec<_> = meldung::tokenize(short).collect();
    let found = meldung::entity::Recognizer::new().find(short, &short_tokens, &sentences);
    assert!(found.people.len() <= 1);
}
