//! The whole `Analyzer::analyze` over the corpus tiers.

use std::hint::black_box;

use criterion::{Criterion, Throughput, criterion_group, criterion_main};

mod common;

fn bench(c: &mut Criterion) {
    let analyzer = meldung::Analyzer::new();
    for (name, text) in common::tiers("bund-bmi-cloud-strategie.txt") {
        let text = text.as_str();
        let people = analyzer.analyze(text).entities.people.len();
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
        group.finish();
    }
}

criterion_group!(benches, bench);
criterion_main!(benches);
