//! Keyword extraction throughput over already-made tokens and sentences, on
//! the corpus tiers (one release, all of `corpus/`, the corpus repeated to
//! 10 MB). The reference in the same group is the simplest keyword counter
//! there is: lowercase every word token and count it in a hash map, then
//! sort. The ratio says what German-aware candidates, grouping and scoring
//! cost over plain counting.
//!
//! Each benchmark asserts its result, so a broken build cannot look fast.

use std::collections::HashMap;
use std::hint::black_box;

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use meldung::keyword::KeywordExtractor;
use meldung::{Token, TokenKind};

mod common;

/// The reference: lowercase word frequencies, top 10.
fn word_counts(tokens: &[Token<'_>]) -> usize {
    let mut counts: HashMap<String, u32> = HashMap::new();
    for t in tokens.iter().filter(|t| t.kind == TokenKind::Word) {
        *counts.entry(t.text.to_lowercase()).or_insert(0) += 1;
    }
    let mut ranked: Vec<_> = counts.into_iter().collect();
    ranked.sort_unstable_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
    ranked.truncate(10);
    ranked.len()
}

fn bench(c: &mut Criterion) {
    let extractor = KeywordExtractor::new();
    for (name, text) in common::tiers("reference-govdigital.txt") {
        let text = text.as_str();
        let mut tokens = Vec::new();
        meldung::tokenize_into(text, &mut tokens);
        let sentences = meldung::split_sentences(text, &tokens);
        // warms the lazily parsed lists and checks the result once
        let expected = extractor.extract(text, &tokens, &sentences);
        assert_eq!(expected.len(), 10);
        let top = expected[0].term.clone();

        let mut group = c.benchmark_group(format!("keywords/{name}"));
        group.throughput(Throughput::Bytes(text.len() as u64));
        if text.len() > 1 << 20 {
            group.sample_size(10);
        }
        group.bench_function("meldung::keyword (tokens given)", |b| {
            b.iter(|| {
                let found = extractor.extract(black_box(text), &tokens, &sentences);
                assert_eq!(found.len(), 10);
                assert_eq!(found[0].term, top);
                found.len()
            })
        });
        group.bench_function("reference: lowercase word counts", |b| {
            b.iter(|| {
                let n = word_counts(black_box(&tokens));
                assert_eq!(n, 10);
                n
            })
        });
        group.finish();
    }
}

criterion_group!(benches, bench);
criterion_main!(benches);
