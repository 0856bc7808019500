//! Tokenizer throughput on three tiers of input, with reference
//! implementations measured in the same group so the ratio is visible:
//!
//! - `release`: the ~3 KB reference article;
//! - `corpus`: every text in `corpus/`, concatenated;
//! - `10mb`: the corpus repeated to at least 10 MB.
//!
//! Each benchmark asserts its token count, so a broken build cannot look fast.

use std::hint::black_box;

use criterion::{Criterion, Throughput, criterion_group, criterion_main};

mod common;
use unicode_segmentation::UnicodeSegmentation;

fn bench(c: &mut Criterion) {
    for (name, text) in common::tiers("reference-govdigital.txt") {
        let text = text.as_str();
        // Warm up the lazily parsed word lists and take the counts to assert.
        let tokens = meldung::tokenize(text).count();
        let sentences = meldung::sentences(text).len();
        let bounds = text.split_word_bounds().count();
        let words = text.split_whitespace().count();

        let mut group = c.benchmark_group(format!("tokenize/{name}"));
        group.throughput(Throughput::Bytes(text.len() as u64));
        if text.len() > 1 << 20 {
            group.sample_size(20);
        }
        group.bench_function("meldung::tokenize", |b| {
            b.iter(|| {
                let n = meldung::tokenize(black_box(text)).count();
                assert_eq!(n, tokens);
                n
            })
        });
        let mut buf = Vec::new();
        let mut out = Vec::new();
        group.bench_function("meldung::tokenize+sentences", |b| {
            b.iter(|| {
                buf.clear();
                out.clear();
                meldung::tokenize_into(black_box(text), &mut buf);
                meldung::split_sentences_into(text, &buf, &mut out);
                assert_eq!((buf.len(), out.len()), (tokens, sentences));
                out.len()
            })
        });
        group.bench_function("unicode_segmentation::split_word_bounds", |b| {
            b.iter(|| {
                let n = black_box(text).split_word_bounds().count();
                assert_eq!(n, bounds);
                n
            })
        });
        group.bench_function("str::split_whitespace", |b| {
            b.iter(|| {
                let n = black_box(text).split_whitespace().count();
                assert_eq!(n, words);
                n
            })
        });
        group.finish();
    }
}

criterion_group!(benches, bench);
criterion_main!(benches);
