//! Linear time on hostile input: the inputs of `tests/hostile.rs` (no white
//! space, `"Dr. "` over and over, nested and unbalanced quotation marks and
//! brackets, one long URL, text in capitals, punctuation only, one word
//! repeated, mixed scripts and emoji, control characters) at 1, 4, 16 and
//! 64 MiB.
//!
//! One group per input, with three lines per size, all with throughput in
//! bytes of input:
//!
//! 1. `analyze`: the whole `Analyzer::analyze`;
//! 2. `tokenize`: `tokenize(text).count()`, the scanner alone;
//! 3. `split_whitespace`: `str::split_whitespace().count()`, a reference
//!    for what one plain pass over the bytes costs.
//!
//! Time linear in the input shows as MiB/s that stay flat from 1 to 64 MiB;
//! a quadratic stage quarters them with every fourfold size.
//!
//! Every run after the first finds the per-thread word caches of the
//! entity and keyword stages warm (as a batch job over similar releases
//! does); an input with more distinct words than they hold runs cold at
//! the larger sizes. The single word as long as the input is the one whose
//! cold and warm runs differ most (its first sight classifies a word of
//! megabytes; the cached runs only look it up), by about a factor of three.
//!
//! A 64 MiB analysis takes seconds, so every group takes ten samples of
//! one run each (`SamplingMode::Flat`; criterion's warnings that it cannot
//! complete them in the target time are expected); the whole benchmark
//! runs for about three quarters of an hour on two quiet cores. `cargo
//! bench --bench hostile -- dr-titles` runs one group. Each benchmark
//! asserts its token count, so a broken build cannot look fast.

use std::hint::black_box;
use std::time::Duration;

use criterion::{
    BenchmarkGroup, BenchmarkId, Criterion, SamplingMode, Throughput, criterion_group,
    criterion_main, measurement::WallTime,
};

#[path = "../tests/hostile.rs"]
#[allow(dead_code)]
mod hostile;

const MIB: usize = 1 << 20;

/// A group of ten samples of one run each, for runs of seconds.
fn group<'c>(c: &'c mut Criterion, name: &str) -> BenchmarkGroup<'c, WallTime> {
    let mut group = c.benchmark_group(format!("hostile/{name}"));
    group
        .sample_size(10)
        .sampling_mode(SamplingMode::Flat)
        .warm_up_time(Duration::from_millis(500))
        .measurement_time(Duration::from_secs(2));
    group
}

/// The tokenizer alone and the `split_whitespace` reference on `text`.
fn tokenize_lines(group: &mut BenchmarkGroup<'_, WallTime>, size: &str, text: &str) -> usize {
    let n_tokens = meldung::tokenize(text).count();
    let n_words = text.split_whitespace().count();
    group.bench_with_input(BenchmarkId::new("tokenize", size), text, |b, text| {
        b.iter(|| {
            let n = meldung::tokenize(black_box(text)).count();
            assert_eq!(n, n_tokens);
            n
        })
    });
    group.bench_with_input(
        BenchmarkId::new("split_whitespace", size),
        text,
        |b, text| {
            b.iter(|| {
                let n = black_box(text).split_whitespace().count();
                assert_eq!(n, n_words);
                n
            })
        },
    );
    n_tokens
}

fn bench(c: &mut Criterion) {
    let analyzer = meldung::Analyzer::new();
    // Parses the embedded lexicons once, outside every measurement.
    assert!(
        !analyzer
            .analyze("Berlin, 18. Dezember 2023 – sagte Dr. Anja Theurer.")
            .tokens
            .is_empty()
    );

    for (name, generate) in hostile::INPUTS {
        let mut group = group(c, name);
        for mib in [1, 4, 16, 64] {
            let size = format!("{mib} MiB");
            let text = generate(mib * MIB);
            group.throughput(Throughput::Bytes(text.len() as u64));
            let n_tokens = tokenize_lines(&mut group, &size, &text);
            group.bench_with_input(BenchmarkId::new("analyze", &size), &text, |b, text| {
                b.iter(|| {
                    let n = analyzer.analyze(black_box(text)).tokens.len();
                    assert_eq!(n, n_tokens);
                    n
                })
            });
        }
        group.finish();
    }
}

criterion_group!(benches, bench);
criterion_main!(benches);
