//! The whole `Analyzer::analyze` over the corpus tiers (one release, all of
//! `corpus/`, the corpus repeated to 10 MB), and, in the same group, each
//! of its stages measured on its own, as a reference for scale:
//!
//! 1. `tokenize_into` alone, the floor any analysis stands on;
//! 2. `split_sentences` over the tokens;
//! 3. `date::find_dates` over the tokens;
//! 4. `entity::Recognizer::find` over tokens and sentences;
//! 5. `keyword::KeywordExtractor::extract_with` over tokens and sentences,
//!    with the people found in step 4 as known terms, as the analyzer
//!    passes them.
//!
//! The stages get what the analyzer would hand them, made once outside the
//! timing loop. Throughput is in bytes of input on every line, so the MiB/s
//! of the stages and of the whole compare directly; the five stages together
//! run at `1 / Σ (1 / throughput)`. `analyze` takes longer than their sum,
//! for two reasons: what only the pipeline does (the document metadata —
//! title, dateline, tags, contact block —, turning people into known terms
//! and naming keywords after the organisations they are forms of, a fresh
//! token vector per call), and that a stage measured
//! alone runs with only its own tables in the caches, while in the
//! pipeline five stages take turns. When this benchmark was written, the
//! reference article (best of 300 batches each) took about 1.4 times the
//! separate sum with the five stages called one after another by hand, and
//! `analyze` about 1.15 times that sequence: the sum is a floor for scale,
//! not a prediction.
//!
//! Each benchmark asserts its result, so a broken build cannot look fast.

use std::hint::black_box;

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use meldung::entity::Recognizer;
use meldung::keyword::{KeywordExtractor, KnownTerm};

mod common;

fn bench(c: &mut Criterion) {
    let analyzer = meldung::Analyzer::new();
    let recognizer = Recognizer::new();
    let extractor = KeywordExtractor::new();
    for (name, text) in common::tiers("bund-bmi-cloud-strategie.txt") {
        let text = text.as_str();
        // The whole analysis once: warms the lazily parsed lexicons and
        // gives the counts every benchmark below asserts.
        let whole = analyzer.analyze(text);
        let people = whole.entities.people.len();
        assert!(people > 0);
        let n_tokens = whole.tokens.len();
        let n_sentences = whole.sentences.len();
        let n_dates = whole.dates.mentions.len();
        drop(whole);

        // What the stages get: made once, outside the timing loops.
        let mut tokens = Vec::new();
        meldung::tokenize_into(text, &mut tokens);
        let sentences = meldung::split_sentences(text, &tokens);
        let entities = recognizer.find(text, &tokens, &sentences);
        let known: Vec<KnownTerm> = entities
            .people
            .iter()
            .filter(|p| !p.mentions.is_empty())
            .map(|p| KnownTerm::new(p.name.clone(), p.mentions.iter().map(|m| m.span)))
            .collect();
        assert_eq!(entities.people.len(), people);
        // the stage's own top keyword (the analyzer may show it under an
        // organisation's spelling)
        let top_keyword = extractor.extract_with(text, &tokens, &sentences, &known)[0]
            .term
            .clone();

        let mut group = c.benchmark_group(format!("analyze/{name}"));
        group.throughput(Throughput::Bytes(text.len() as u64));
        if text.len() > 1 << 20 {
            group.sample_size(10);
        }
        group.bench_function("meldung::Analyzer::analyze", |b| {
            b.iter(|| {
                let n = analyzer.analyze(black_box(text)).entities.people.len();
                assert_eq!(n, people);
                n
            })
        });
        let mut reused = Vec::with_capacity(tokens.len());
        group.bench_function("stage 1/5: tokenize_into (reused Vec)", |b| {
            b.iter(|| {
                reused.clear();
                meldung::tokenize_into(black_box(text), &mut reused);
                assert_eq!(reused.len(), n_tokens);
                reused.len()
            })
        });
        group.bench_function("stage 2/5: split_sentences (tokens given)", |b| {
            b.iter(|| {
                let n = meldung::split_sentences(black_box(text), &tokens).len();
                assert_eq!(n, n_sentences);
                n
            })
        });
        group.bench_function("stage 3/5: date::find_dates (tokens given)", |b| {
            b.iter(|| {
                let n = meldung::date::find_dates(black_box(text), &tokens, None)
                    .mentions
                    .len();
                assert_eq!(n, n_dates);
                n
            })
        });
        group.bench_function("stage 4/5: entity::Recognizer::find (tokens given)", |b| {
            b.iter(|| {
                let n = recognizer
                    .find(black_box(text), &tokens, &sentences)
                    .people
                    .len();
                assert_eq!(n, people);
                n
            })
        });
        group.bench_function(
            "stage 5/5: keyword::KeywordExtractor::extract_with (tokens given)",
            |b| {
                b.iter(|| {
                    let found =
                        extractor.extract_with(black_box(text), &tokens, &sentences, &known);
                    assert_eq!(found[0].term, top_keyword);
                    found.len()
                })
            },
        );
        group.finish();
    }
}

criterion_group!(benches, bench);
criterion_main!(benches);
