//! Date extraction throughput over already-made tokens, on the corpus tiers
//! (one release, all of `corpus/`, the corpus repeated to 10 MB), with
//! tokenizing the same text measured in the same group for scale: the date
//! stage must not make the pipeline noticeably slower.
//!
//! Each benchmark asserts its mention count, so a broken build cannot look fast.

use std::hint::black_box;

use criterion::{Criterion, Throughput, criterion_group, criterion_main};

fn tiers() -> Vec<(&'static str, String)> {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/corpus");
    let mut paths: Vec<_> = std::fs::read_dir(dir)
        .expect("corpus/ exists")
        .map(|e| e.expect("readable corpus entry").path())
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .collect();
    paths.sort();
    let texts: Vec<String> = paths
        .iter()
        .map(|p| std::fs::read_to_string(p).expect("corpus files are UTF-8"))
        .collect();
    let release = std::fs::read_to_string(format!("{dir}/bund-bmi-cloud-strategie.txt"))
        .expect("sample release");
    let all = texts.join("\n\n");
    let mut big = String::with_capacity(11 << 20);
    while big.len() < 10 << 20 {
        big.push_str(&all);
        big.push_str("\n\n");
    }
    vec![("release", release), ("corpus", all), ("10mb", big)]
}

fn bench(c: &mut Criterion) {
    for (name, text) in tiers() {
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
