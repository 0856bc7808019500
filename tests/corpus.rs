//! Integration tests on the sample releases in `corpus/`.

mod common;
use common::corpus;
use meldung::{Token, TokenKind, sentences, split_sentences, tokenize};

fn read(name: &str) -> String {
    let path = format!("{}/corpus/{name}", env!("CARGO_MANIFEST_DIR"));
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"))
}

fn kinds<'t>(tokens: &[Token<'t>], kind: TokenKind) -> Vec<&'t str> {
    tokens
        .iter()
        .filter(|t| t.kind == kind)
        .map(|t| t.text)
        .collect()
}

#[test]
fn corpus_has_the_reference_and_at_least_twelve_samples() {
    let files = corpus();
    assert!(files.iter().any(|(n, _)| n == "reference-govdigital.txt"));
    assert!(files.len() >= 13, "corpus/ holds {} texts", files.len());
}

#[test]
fn reference_article_tokens() {
    let text = read("reference-govdigital.txt");
    let tokens: Vec<_> = tokenize(&text).collect();

    assert_eq!(tokens[0].text, "[");
    assert_eq!(
        (tokens[1].text, tokens[1].kind),
        ("18.12.2023", TokenKind::Date)
    );
    assert_eq!(
        kinds(&tokens, TokenKind::Url),
        [
            "https://www.govdigital.de",
            "https://digitalservice.bund.de",
            "https://zendis.de"
        ]
    );
    for compound in [
        "IT-Dienstleistern",
        "Technologie-Genossenschaft",
        "govdigital-CEO",
        "Reckert-Lodde",
        "Open-Source-Projekte",
    ] {
        assert!(
            tokens
                .iter()
                .any(|t| t.text == compound && t.kind == TokenKind::Word),
            "{compound} is one word token"
        );
    }
    assert_eq!(kinds(&tokens, TokenKind::OpenQuote).len(), 4);
    assert_eq!(kinds(&tokens, TokenKind::CloseQuote).len(), 4);
    assert!(
        tokens
            .iter()
            .any(|t| t.text == "27" && t.kind == TokenKind::Number)
    );
    assert!(
        kinds(&tokens, TokenKind::Abbreviation).is_empty(),
        "the article has no abbreviations"
    );
}

#[test]
fn reference_article_sentences() {
    let text = read("reference-govdigital.txt");
    let found: Vec<&str> = sentences(&text).iter().map(|s| s.text(&text)).collect();
    // "(\nwir berichteten)" stays inside its sentence
    assert!(
        found
            .iter()
            .any(|s| s.starts_with("Ziel ist es") && s.ends_with("(\nwir berichteten)."))
    );
    // a quote that ends with its own period ends the sentence …
    assert!(found.contains(&"„Der DigitalService bringt Expertise für agiles, nutzerzentriertes Arbeiten und einen neuen Spirit in die Verwaltungsdigitalisierung."));
    // … a quote followed by its attribution does not
    assert!(found.iter().any(|s| s.starts_with("Als Genossenschaft")
        && s.ends_with("sagt govdigital-CEO Martin Schallbruch.")));
    assert!(found.contains(&"(sib)"));
    assert!(found.contains(&"Stichwörter:"));
    // the editor's keyword list, one per line with commas, reads as one sentence
    assert_eq!(
        found.last(),
        Some(&"IT-Infrastruktur,\nZenDiS,\nDigitalService,\ngovdigital")
    );
    assert!(
        found.contains(&"https://www.govdigital.dehttps://digitalservice.bund.dehttps://zendis.de")
    );
}

#[test]
fn every_release_starts_with_a_short_first_sentence_and_splits_sensibly() {
    for (name, text) in corpus() {
        let tokens: Vec<_> = tokenize(&text).collect();
        let sentences = split_sentences(&text, &tokens);
        assert!(!sentences.is_empty(), "{name}: no sentences");
        // headlines and datelines end at their line break
        assert!(
            !sentences[0].text(&text).contains('\n'),
            "{name}: first line runs on: {:?}",
            sentences[0].text(&text)
        );
        for s in &sentences {
            let body = s.text(&text);
            // no sentence may run on past ". Die", ". Der", ". Das" (a missed break)
            for starter in [". Die ", ". Der ", ". Das ", ". Wir ", "! Die "] {
                assert!(!body.contains(starter), "{name}: missed break in {body:?}");
            }
            // and no sentence is only a lone period
            assert_ne!(body, ".", "{name}: split before a period");
        }
    }
}

#[test]
fn abbreviations_in_the_samples_keep_their_period() {
    let mut seen = std::collections::BTreeSet::new();
    for (_, text) in corpus() {
        for t in tokenize(&text).filter(|t| t.kind == TokenKind::Abbreviation) {
            seen.insert(t.text.to_owned());
        }
    }
    for expected in [
        "Dr.", "Prof.", "Tel.", "z.", "B.", "u.", "a.", "bzw.", "ca.", "Mio.", "Mrd.", "Nr.",
        "Abs.", "Art.", "St.", "e.V.",
    ] {
        assert!(
            seen.contains(expected),
            "{expected} not found as an abbreviation in corpus/"
        );
    }
}
