//! A folder of press releases analysed in parallel with one shared
//! [`meldung::Analyzer`]: the analyzer is `Send + Sync` and analysing
//! borrows it immutably, so plain scoped threads (`std::thread::scope`)
//! share it by reference, without `Arc`, locks or extra crates.
//!
//! ```sh
//! cargo run --release --example batch                          # every .txt in corpus/
//! cargo run --release --example batch -- path/to/releases -j 4 # 4 threads
//! cargo run --release --example batch -- --repeat 200          # a steadier MB/s
//! ```
//!
//! Every `.txt` file of the folder is read first; then the threads take the
//! next unclaimed document from a shared counter until none is left, and
//! keep a one-line summary of each. The lines are printed in input order
//! (sorted by file name), whichever thread finished first:
//!
//! ```text
//! bund-bmi-cloud-strategie                 2023-12-18  2 people  2 orgs  8 dates  3 quotes deutsche Verwaltungscloud, Regelbetrieb, …
//! ```
//!
//! The totals give documents, megabytes (10^6 bytes) and throughput. Only
//! the analysis is timed, not reading the files. The corpus is small (a few
//! dozen kilobytes), so a single pass takes milliseconds; `--repeat N`
//! analyses every document N times (the summary lines are printed once) to
//! give a throughput figure that means something. `-j N` sets the number of
//! threads (default: what `std::thread::available_parallelism` reports).

use std::path::PathBuf;
use std::process::ExitCode;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Instant;

use meldung::Analyzer;

/// `println!` that ends the program quietly when stdout is closed early
/// (`… | head`) instead of panicking.
macro_rules! say {
    ($($arg:tt)*) => {{
        use std::io::Write as _;
        if let Err(e) = writeln!(std::io::stdout(), $($arg)*) {
            if e.kind() != std::io::ErrorKind::BrokenPipe {
                eprintln!("cannot write output: {e}");
                std::process::exit(1);
            }
            std::process::exit(0);
        }
    }};
}

/// How many keywords a summary line shows.
const KEYWORDS: usize = 3;

struct Options {
    dir: PathBuf,
    threads: usize,
    repeat: usize,
}

fn parse_args() -> Result<Options, String> {
    let mut options = Options {
        dir: PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/corpus")),
        threads: std::thread::available_parallelism().map_or(1, usize::from),
        repeat: 1,
    };
    let mut args = std::env::args().skip(1);
    let number = |flag: &str, value: Option<String>| -> Result<usize, String> {
        value
            .and_then(|v| v.parse::<usize>().ok())
            .filter(|&n| n > 0)
            .ok_or_else(|| format!("{flag} needs a positive number"))
    };
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "-j" | "--threads" => options.threads = number(&arg, args.next())?,
            "--repeat" => options.repeat = number(&arg, args.next())?,
            "-h" | "--help" => return Err(String::new()),
            _ if arg.starts_with('-') => return Err(format!("unknown option {arg}")),
            _ => options.dir = PathBuf::from(arg),
        }
    }
    Ok(options)
}

fn main() -> ExitCode {
    let options = match parse_args() {
        Ok(options) => options,
        Err(e) => {
            if !e.is_empty() {
                eprintln!("batch: {e}");
            }
            eprintln!("usage: cargo run --release --example batch [DIR] [-j THREADS] [--repeat N]");
            return ExitCode::FAILURE;
        }
    };

    // Read everything first, so that only the analysis is timed.
    let mut paths: Vec<PathBuf> = match std::fs::read_dir(&options.dir) {
        Ok(dir) => dir
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| p.extension().is_some_and(|e| e == "txt"))
            .collect(),
        Err(e) => {
            eprintln!("batch: {}: {e}", options.dir.display());
            return ExitCode::FAILURE;
        }
    };
    paths.sort();
    let mut docs: Vec<(String, String)> = Vec::with_capacity(paths.len());
    for path in &paths {
        match std::fs::read_to_string(path) {
            Ok(text) => {
                let name = path
                    .file_stem()
                    .map_or_else(String::new, |s| s.to_string_lossy().into_owned());
                docs.push((name, text));
            }
            Err(e) => eprintln!("batch: skipping {}: {e}", path.display()),
        }
    }
    if docs.is_empty() {
        eprintln!("batch: no .txt files in {}", options.dir.display());
        return ExitCode::FAILURE;
    }

    let analyzer = Analyzer::new();
    // The lexicons and the keyword model are parsed on first use; do that
    // before the clock starts, as a long-running service would have.
    let _ = analyzer.analyze("Berlin, 1. Januar 2024 – Die Stadt informiert.");

    let threads = options.threads.min(docs.len() * options.repeat);
    let jobs = docs.len() * options.repeat;
    let next = AtomicUsize::new(0);
    let start = Instant::now();
    let mut lines: Vec<(usize, String)> = std::thread::scope(|scope| {
        let workers: Vec<_> = (0..threads)
            .map(|_| {
                scope.spawn(|| {
                    let mut done = Vec::new();
                    loop {
                        let job = next.fetch_add(1, Ordering::Relaxed);
                        if job >= jobs {
                            break done;
                        }
                        // Jobs run document by document, round after round.
                        let i = job % docs.len();
                        let (name, text) = &docs[i];
                        let line = summary(&analyzer, name, text);
                        if job < docs.len() {
                            done.push((i, line));
                        }
                    }
                })
            })
            .collect();
        workers
            .into_iter()
            .flat_map(|w| w.join().expect("an analysis never panics"))
            .collect()
    });
    let elapsed = start.elapsed().as_secs_f64();

    lines.sort_unstable_by_key(|&(i, _)| i);
    for (_, line) in &lines {
        say!("{line}");
    }
    let bytes: usize = docs.iter().map(|(_, t)| t.len()).sum();
    let mb = (bytes * options.repeat) as f64 / 1e6;
    say!();
    say!(
        "{} documents{}, {:.3} MB in {:.1} ms on {threads} thread{}: {:.1} MB/s",
        docs.len(),
        if options.repeat > 1 {
            format!(" × {} rounds", options.repeat)
        } else {
            String::new()
        },
        mb,
        elapsed * 1e3,
        if threads == 1 { "" } else { "s" },
        mb / elapsed
    );
    ExitCode::SUCCESS
}

/// One line per document: date, counts, the top keywords.
fn summary(analyzer: &Analyzer, name: &str, text: &str) -> String {
    let a = analyzer.analyze(text);
    let e = &a.entities;
    let date = a
        .metadata
        .date
        .map_or_else(|| String::from("(no date)"), |d| d.to_string());
    let keywords: Vec<&str> = a
        .keywords
        .iter()
        .take(KEYWORDS)
        .map(|k| k.term.as_str())
        .collect();
    let name: String = if name.chars().count() > 40 {
        name.chars().take(39).chain(['…']).collect()
    } else {
        name.to_owned()
    };
    format!(
        "{name:<40} {date:<10} {:<9} {:<7} {:<8} {:<9} {}",
        count(e.people.len(), "person", "people"),
        count(e.organisations.len(), "org", "orgs"),
        count(a.dates.mentions.len(), "date", "dates"),
        count(e.quotes.len(), "quote", "quotes"),
        keywords.join(", ")
    )
}

/// "1 quote", "3 quotes".
fn count(n: usize, one: &str, many: &str) -> String {
    format!("{n:>2} {}", if n == 1 { one } else { many })
}
