//! Date extraction throughput over already-made tokens, on the corpus tiers
//! (one release, all of `corpus/`, the corpus repeated to 10 MB), with
//! tokenizing the same text measured in the same group for scale: the date
//! stage must not make the pipeline noticeably slower.
//!
//! Each benchmark asserts its mention count, so a broken build cannot look fast.

use std::hint::black_box;

use criterion::{Criterion, Throughput, criterion_group, criterion_main};

mod common;

fn bench(c: &mut Criterion) {
    for (name, text) in common::tiers("bund-bmi-cloud-strategie.txt") {
        let text = text.as_str();
        let mut tokens = Vec::new();
        meldung::tokenize_into(text, &mut tokens);
        let mentions = meldung::date::find_dates(text, &tokens, None)
            .mentions
            .len();
        assert!(mentions > 0);

        let mut group = c.benchmark_group(format!("dates/{name}"));
        group.throughput(Throughput::Bytes(text.len() as u64));
        if text.len() > 1 << 20 {
            group.sample_size(20);
        }
        group.bench_function("meldung::date::find_dates (tokens given)", |b| {
            b.iter(|| {
                let n = meldung::date::find_dates(black_box(text), &tokens, None)
                    .mentions
                    .len();
                assert_eq!(n, mentions);
                n
            })
        });
        group.bench_function("meldung::tokenize (for scale)", |b| {
            b.iter(|| {
                let n = meldung::tokenize(black_box(text)).count();
                assert_eq!(n, tokens.len());
                n
            })
        });
        group.finish();
    }
}

criterion_group!(benches, bench);
criterion_main!(benches);
