//! Entity recognition throughput over already-made tokens and sentences,
//! on the corpus tiers (one release, all of `corpus/`, the corpus repeated
//! to 10 MB).
//!
//! The reference in the same group is what one writes without meldung: a
//! plain substring search for every name and alias of the embedded
//! organisation gazetteer (`str::contains`, one pass per form). It finds
//! less (no people, roles, patterns, inflected forms, word boundaries) and
//! is measured only on the two small tiers. Each benchmark asserts its
//! count, so a broken build cannot look fast.

use std::hint::black_box;

use criterion::{Criterion, Throughput, criterion_group, criterion_main};

mod common;

const ORGS: &str = include_str!("../data/organisations.tsv");
const ORGS_EXTRA: &str = include_str!("../data/organisations_extra.tsv");

fn gazetteer_forms() -> Vec<String> {
    let mut forms = Vec::new();
    for line in ORGS.lines().chain(ORGS_EXTRA.lines()) {
        if line.starts_with('#') || line.trim().is_empty() {
            continue;
        }
        let mut f = line.split('\t');
        if let Some(name) = f.next() {
            forms.push(name.to_owned());
        }
        if let Some(aliases) = f.next() {
            forms.extend(
                aliases
                    .split('|')
                    .filter(|a| !a.is_empty())
                    .map(str::to_owned),
            );
        }
    }
    forms
}

fn bench(c: &mut Criterion) {
    let forms = gazetteer_forms();
    let recognizer = meldung::entity::Recognizer::new();
    for (name, text) in common::tiers("bund-bmi-cloud-strategie.txt") {
        let text = text.as_str();
        let mut tokens = Vec::new();
        meldung::tokenize_into(text, &mut tokens);
        let sentences = meldung::split_sentences(text, &tokens);
        let count = |e: &meldung::entity::Entities<'_>| {
            e.people.iter().map(|p| p.mentions.len()).sum::<usize>()
                + e.organisations
                    .iter()
                    .map(|o| o.mentions.len())
                    .sum::<usize>()
        };
        let mentions = count(&recognizer.find(text, &tokens, &sentences));
        assert!(mentions > 0);

        let mut group = c.benchmark_group(format!("entities/{name}"));
        group.throughput(Throughput::Bytes(text.len() as u64));
        if text.len() > 1 << 20 {
            group.sample_size(10);
        }
        group.bench_function("meldung::entity::Recognizer::find (tokens given)", |b| {
            b.iter(|| {
                let n = count(&recognizer.find(black_box(text), &tokens, &sentences));
                assert_eq!(n, mentions);
                n
            })
        });
        if text.len() < 1 << 20 {
            let hits = forms.iter().filter(|f| text.contains(f.as_str())).count();
            group.bench_function("reference: str::contains per gazetteer form", |b| {
                b.iter(|| {
                    let n = forms
                        .iter()
                        .filter(|f| black_box(text).contains(f.as_str()))
                        .count();
                    assert_eq!(n, hits);
                    n
                })
            });
        }
        group.finish();
    }
}

/// The way the analyzer and the CLI run the stage: each release its own
/// document, one after another (a different text each time, so the caches
/// and branch predictors see what a batch run sees, not one text
/// repeated). Two sets of releases: `corpus/`, and the 190 releases of the
/// blind evaluation sets, which are denser in people and bodies and which
/// no speed work was measured on (skipped where they are absent).
fn releases(c: &mut Criterion) {
    release_by_release(c, "corpus", common::corpus_texts());
    let blind = common::blind_texts();
    if !blind.is_empty() {
        release_by_release(c, "blind", blind);
    }
}

fn release_by_release(c: &mut Criterion, name: &str, texts: Vec<String>) {
    let recognizer = meldung::entity::Recognizer::new();
    let prepared: Vec<_> = texts
        .iter()
        .map(|text| {
            let mut tokens = Vec::new();
            meldung::tokenize_into(text, &mut tokens);
            let sentences = meldung::split_sentences(text, &tokens);
            (text.as_str(), tokens, sentences)
        })
        .collect();
    let bytes: usize = texts.iter().map(String::len).sum();
    let count = |e: &meldung::entity::Entities<'_>| e.people.len() + e.organisations.len();
    let found: usize = prepared
        .iter()
        .map(|(text, tokens, sentences)| count(&recognizer.find(text, tokens, sentences)))
        .sum();
    assert!(found > 0);
    let mut group = c.benchmark_group(format!("entities/{name}-release-by-release"));
    group.throughput(Throughput::Bytes(bytes as u64));
    if bytes > 1 << 17 {
        group.sample_size(10);
    }
    group.bench_function("meldung::entity::Recognizer::find (tokens given)", |b| {
        b.iter(|| {
            let n: usize = prepared
                .iter()
                .map(|(text, tokens, sentences)| {
                    count(&recognizer.find(black_box(text), tokens, sentences))
                })
                .sum();
            assert_eq!(n, found);
            n
        })
    });
    group.finish();
}

/// `Recognizer::new()` itself is free; the embedded lexicon is parsed on
/// first use. This measures that first use, in a fresh process per sample
/// would be ideal; criterion cannot, so it reports parsing a copy.
fn lexicon(c: &mut Criterion) {
    let mut group = c.benchmark_group("entities/lexicon");
    group.sample_size(10);
    group.bench_function(
        "Recognizer::builder().person(..).build() (parses a copy)",
        |b| {
            b.iter(|| {
                meldung::entity::Recognizer::builder()
                    .person("Erika Beispiel")
                    .build()
                    .map(black_box)
            })
        },
    );
    group.finish();
}

criterion_group!(benches, bench, releases, lexicon);
criterion_main!(benches);
