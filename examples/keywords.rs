//! Prints the ranked keywords of each file given (default: every release in
//! `corpus/`), with score, count and the first occurrence's byte span.
//!
//! ```sh
//! cargo run --release --example keywords                      # all of corpus/
//! cargo run --release --example keywords -- some-release.txt  # your own files
//! ```

use std::path::PathBuf;

use meldung::keyword::KeywordExtractor;

fn main() {
    let mut paths: Vec<PathBuf> = std::env::args_os().skip(1).map(PathBuf::from).collect();
    if paths.is_empty() {
        let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/corpus");
        let mut all: Vec<PathBuf> = std::fs::read_dir(dir)
            .map(|d| d.filter_map(|e| e.ok().map(|e| e.path())).collect())
            .unwrap_or_default();
        all.retain(|p| p.extension().is_some_and(|e| e == "txt"));
        all.sort();
        paths = all;
    }
    let extractor = KeywordExtractor::new();
    for path in &paths {
        let text = match std::fs::read_to_string(path) {
            Ok(text) => text,
            Err(e) => {
                eprintln!("{}: {e}", path.display());
                continue;
            }
        };
        let mut tokens = Vec::new();
        meldung::tokenize_into(&text, &mut tokens);
        let sentences = meldung::split_sentences(&text, &tokens);
        let keywords = extractor.extract(&text, &tokens, &sentences);
        println!("== {}", path.display());
        for (rank, k) in keywords.iter().enumerate() {
            let first = k.spans.first().map_or(0, |s| s.start);
            println!(
                "{:>3}. {:<45} {:.3}  ×{:<3} @{first}",
                rank + 1,
                k.term,
                k.score,
                k.count
            );
        }
        println!();
    }
}
