//! The whole pipeline, `Analyzer::analyze`, on arbitrary UTF-8, and its JSON
//! view: no panic; every token, sentence, date, entity, quote, keyword and
//! metadata span slices the input; `Analysis::document` (byte and character
//! offsets, with tokens and sentences) serialises with serde_json, and its
//! offsets point at the text it reports.
#![no_main]

mod common;

use std::sync::LazyLock;

use libfuzzer_sys::fuzz_target;
use meldung::{Analyzer, DocumentOptions, JsonMention, Offsets};

/// Built once per process, as the README says to.
static ANALYZER: LazyLock<Analyzer> = LazyLock::new(Analyzer::new);

fuzz_target!(|data: &[u8]| {
    let Some(text) = common::text(data) else {
        return;
    };
    let analysis = ANALYZER.analyze(text);
    assert_eq!(analysis.text, text);
    common::check_tokens(text, &analysis.tokens);
    common::check_sentences(text, &analysis.tokens, &analysis.sentences);
    common::check_dates(text, &analysis.tokens, &analysis.dates);
    common::check_entities(text, &analysis.entities);
    for k in &analysis.keywords {
        for &s in &k.spans {
            common::slice(text, s, "keyword");
        }
        assert_eq!(k.count, k.spans.len(), "keyword {:?} count", k.term);
    }
    let m = &analysis.metadata;
    let fields = [m.title, m.dateline, m.author, m.release_number];
    for s in fields.into_iter().flatten().chain(m.tags.iter().copied()) {
        common::borrowed(text, s, "metadata field");
    }
    for s in m.urls.iter().chain(&m.emails) {
        common::borrowed(text, s, "url or e-mail");
    }
    if let Some(c) = m.contact {
        common::slice(text, c, "contact");
    }

    // The byte offset of every character, and of the end.
    let chars: Vec<usize> = text
        .char_indices()
        .map(|(i, _)| i)
        .chain(std::iter::once(text.len()))
        .collect();
    for offsets in [Offsets::Bytes, Offsets::Chars] {
        let options = DocumentOptions::new()
            .offsets(offsets)
            .with_tokens(true)
            .with_sentences(true);
        let doc = analysis.document("fuzz", options);
        let check = |start: usize, end: usize, shown: Option<&str>| {
            let (a, b) = match offsets {
                Offsets::Bytes => (start, end),
                _ => {
                    let at = |c: usize| {
                        *chars
                            .get(c)
                            .unwrap_or_else(|| panic!("char offset {c} past the end"))
                    };
                    (at(start), at(end))
                }
            };
            let s = text.get(a..b).unwrap_or_else(|| {
                panic!("{offsets:?} offsets {start}..{end} do not slice the input")
            });
            if let Some(shown) = shown {
                assert_eq!(s, shown, "{offsets:?} offsets {start}..{end}");
            }
        };
        let mention = |m: &JsonMention| check(m.start, m.end, Some(&m.text));
        doc.people
            .iter()
            .flat_map(|p| &p.mentions)
            .for_each(mention);
        doc.organisations
            .iter()
            .flat_map(|o| &o.mentions)
            .for_each(mention);
        doc.tokens.iter().flatten().for_each(mention);
        doc.sentences.iter().flatten().for_each(mention);
        doc.metadata.contact.iter().for_each(mention);
        for d in &doc.dates {
            check(d.start, d.end, Some(&d.text));
        }
        for q in &doc.quotes {
            check(q.start, q.end, None);
        }
        let json = serde_json::to_string(&doc).expect("Document serialises");
        let back: serde_json::Value = serde_json::from_str(&json).expect("the JSON parses back");
        assert!(back.is_object());
    }
});
