//! The analyzer: every stage in one call, the document metadata, and the
//! JSON view.

mod common;

use meldung::{Analyzer, DocumentOptions, Offsets};

fn corpus_text(name: &str) -> String {
    common::corpus()
        .into_iter()
        .find(|(n, _)| n == name)
        .map(|(_, t)| t)
        .expect("corpus file exists")
}

/// (file, headline, dateline, author, release number)
type MetadataCase = (
    &'static str,
    Option<&'static str>,
    Option<&'static str>,
    Option<&'static str>,
    Option<&'static str>,
);

const METADATA: &[MetadataCase] = &[
    (
        "bund-bmdv-gigabitfoerderung.txt",
        Some("Neuer Förderaufruf für schnelles Internet startet in KW 12"),
        Some("Berlin"),
        None,
        Some("17/2024"),
    ),
    (
        "berlin-senatsverwaltung-digitaler-bauantrag.txt",
        Some("Digitaler Bauantrag jetzt in allen zwölf Bezirken"),
        None,
        None,
        None,
    ),
    (
        "at-stadt-wien-digitale-amtswege.txt",
        Some("Stadt Wien: 120 Amtswege ab sofort vollständig online"),
        Some("Wien"),
        None,
        None,
    ),
    (
        "parlament-landtag-nrw-anhoerung-digitalgesetz.txt",
        Some("Digitalausschuss hört Sachverständige zum Verwaltungsdigitalisierungsgesetz an"),
        Some("Düsseldorf"),
        None,
        None,
    ),
    (
        "landkreis-ebersberg-landratsamt-schul-wlan.txt",
        Some("Schnelles WLAN für alle Landkreisschulen"),
        None,
        Some("hof"),
        Some("08/2024"),
    ),
    ("reference-govdigital.txt", None, None, Some("sib"), None),
];

#[test]
fn metadata_of_corpus_releases() {
    let analyzer = Analyzer::new();
    for &(file, title, dateline, author, number) in METADATA {
        let text = corpus_text(file);
        let m = analyzer.analyze(&text).metadata;
        assert_eq!(
            m.title, title,
            "{file}: headline (help: the first line of the first paragraph after the header block)"
        );
        assert_eq!(m.dateline, dateline, "{file}: dateline place");
        assert_eq!(m.author, author, "{file}: author initials");
        assert_eq!(m.release_number, number, "{file}: release number");
    }
}

#[test]
fn reference_article_metadata() {
    let text = corpus_text("reference-govdigital.txt");
    let a = Analyzer::new().analyze(&text);
    let m = &a.metadata;
    assert_eq!(m.date.map(|d| d.to_string()).as_deref(), Some("2023-12-18"));
    assert_eq!(
        m.tags,
        ["IT-Infrastruktur", "ZenDiS", "DigitalService", "govdigital"]
    );
    assert_eq!(
        m.urls,
        [
            "https://www.govdigital.de",
            "https://digitalservice.bund.de",
            "https://zendis.de"
        ]
    );
    // The keywords of the whole pipeline meet the keyword stage's own bar.
    let terms: Vec<&str> = a.keywords.iter().map(|k| k.term.as_str()).collect();
    for want in ["govdigital", "ZenDiS", "DigitalService"] {
        assert!(terms[..5].contains(&want), "{want} in the top 5: {terms:?}");
    }
    for want in ["digitale Souveränität", "Open Source"] {
        assert!(terms.contains(&want), "{want} in the top 10: {terms:?}");
    }
}

#[test]
fn contact_block_runs_to_the_end_of_its_paragraph() {
    let text =
        "Titel der Meldung hier\n\nText.\n\nPressekontakt:\nAnna Muster\nTel. 030 123\n\nEnde.";
    let a = Analyzer::new().analyze(text);
    let c = a.metadata.contact.expect("contact block");
    assert_eq!(
        &text[c.range()],
        "Pressekontakt:\nAnna Muster\nTel. 030 123"
    );
}

#[test]
fn the_analyzers_reference_date_only_when_the_text_states_none() {
    let reference: meldung::date::Date = "2024-05-02".parse().expect("valid");
    let analyzer = Analyzer::builder()
        .reference_date(reference)
        .build()
        .expect("valid");
    let stated = analyzer.analyze("Berlin, 18. Dezember 2023 – Die Frist endet morgen.");
    assert_eq!(
        stated
            .dates
            .mentions
            .last()
            .and_then(|m| m.value.as_deref()),
        Some("2023-12-19")
    );
    assert_eq!(
        stated.metadata.date.map(|d| d.to_string()).as_deref(),
        Some("2023-12-18")
    );
    let unstated = analyzer.analyze("Die Frist endet morgen.");
    assert_eq!(
        unstated.dates.mentions[0].value.as_deref(),
        Some("2024-05-03")
    );
    assert_eq!(unstated.metadata.date, Some(reference));
}

#[test]
fn a_given_date_wins_over_the_stated_one() {
    let text = "Berlin, 18. Dezember 2023 – Die Frist endet morgen.";
    let given: meldung::date::Date = "2024-05-02".parse().expect("valid");
    let a = Analyzer::new().analyze_dated(text, Some(given));
    assert_eq!(a.metadata.date, Some(given));
    let values: Vec<_> = a
        .dates
        .mentions
        .iter()
        .map(|m| m.value.as_deref().unwrap_or("?"))
        .collect();
    assert_eq!(
        values.last(),
        Some(&"2024-05-03"),
        "relative dates follow the given date"
    );
}

#[test]
fn document_names_instead_of_indices() {
    let text = corpus_text("reference-govdigital.txt");
    let a = Analyzer::new().analyze(&text);
    let doc = a.document("ref", DocumentOptions::new());
    assert_eq!(doc.id, "ref");
    let theurer = doc
        .people
        .iter()
        .find(|p| p.name == "Anja Theurer")
        .expect("Theurer");
    assert_eq!(theurer.roles[0].title, "CFO");
    assert_eq!(
        theurer.roles[0].organisation.as_deref(),
        Some("DigitalService des Bundes")
    );
    assert!(doc.quotes.iter().all(|q| q.start < q.end));
    assert!(doc.tokens.is_none() && doc.sentences.is_none());
    for m in doc.people.iter().flat_map(|p| &p.mentions) {
        assert_eq!(&text[m.start..m.end], m.text);
    }
}

#[test]
fn character_offsets_count_scalars() {
    let text = "Größe: „Übermorgen“, sagte Jürgen Müller.";
    let a = Analyzer::new().analyze(text);
    let doc = a.document(
        "x",
        DocumentOptions::new()
            .offsets(Offsets::Chars)
            .with_tokens(true),
    );
    let chars: Vec<char> = text.chars().collect();
    for t in doc.tokens.as_ref().expect("tokens asked for") {
        let s: String = chars[t.start..t.end].iter().collect();
        assert_eq!(s, t.text);
    }
    let p = &doc.people[0];
    let s: String = chars[p.mentions[0].start..p.mentions[0].end]
        .iter()
        .collect();
    assert_eq!(s, "Jürgen Müller");
}

#[cfg(feature = "serde")]
#[test]
fn json_has_the_documented_fields() {
    let text = corpus_text("bund-bmi-cloud-strategie.txt");
    let a = Analyzer::new().analyze(&text);
    let json = serde_json::to_value(a.document("bmi", DocumentOptions::new())).expect("serialises");
    for field in [
        "id",
        "date",
        "title",
        "people",
        "organisations",
        "dates",
        "keywords",
        "quotes",
        "metadata",
    ] {
        assert!(json.get(field).is_some(), "field {field}");
    }
    assert!(
        json["dates"][0].get("mod").is_some(),
        "the modifier is called mod"
    );
    assert_eq!(json["date"], "2023-12-18");
}

#[test]
fn analyzer_is_send_and_sync_and_shared() {
    fn assert_send_sync<T: Send + Sync>() {}
    assert_send_sync::<Analyzer>();
    assert_send_sync::<meldung::AnalyzerBuilder>();
    let analyzer = Analyzer::new();
    let texts: Vec<(String, String)> = common::corpus();
    let counts: Vec<usize> = std::thread::scope(|s| {
        let handles: Vec<_> = texts
            .iter()
            .map(|(_, t)| s.spawn(|| analyzer.analyze(t).entities.people.len()))
            .collect();
        handles
            .into_iter()
            .map(|h| h.join().expect("no panic"))
            .collect()
    });
    let serial: Vec<usize> = texts
        .iter()
        .map(|(_, t)| analyzer.analyze(t).entities.people.len())
        .collect();
    assert_eq!(counts, serial);
}

#[test]
fn builder_entries_reach_the_stages() {
    let analyzer = Analyzer::builder()
        .organisation(
            "Digitalagentur Musterland",
            &["DAM"],
            meldung::entity::OrgKind::Authority,
        )
        .stopword("Musterprojekt")
        .top_keywords(3)
        .build()
        .expect("valid entries");
    let text = "Die DAM startet das Musterprojekt. Die DAM prüft das Musterprojekt mit der Digitalagentur Musterland.";
    let a = analyzer.analyze(text);
    assert_eq!(
        a.entities.organisations[0].name,
        "Digitalagentur Musterland"
    );
    assert!(a.keywords.len() <= 3);
    assert!(a.keywords.iter().all(|k| k.term != "Musterprojekt"));
    assert!(Analyzer::builder().gazetteer("quatsch").is_err());
}
