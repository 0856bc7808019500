//! The input tiers shared by the benchmarks.

#[path = "../../tests/common/mod.rs"]
mod corpus;

/// Three tiers of input: one release (`release_file`, a file in `corpus/`),
/// all of `corpus/` concatenated, and the corpus repeated to at least 10 MB.
pub fn tiers(release_file: &str) -> Vec<(&'static str, String)> {
    let texts = corpus_texts();
    let path = format!("{}/corpus/{release_file}", env!("CARGO_MANIFEST_DIR"));
    let release = std::fs::read_to_string(&path).expect("sample release");
    let all = texts.join("\n\n");
    let mut big = String::with_capacity(11 << 20);
    while big.len() < 10 << 20 {
        big.push_str(&all);
        big.push_str("\n\n");
    }
    vec![("release", release), ("corpus", all), ("10mb", big)]
}

/// Every release of `corpus/`, in name order.
pub fn corpus_texts() -> Vec<String> {
    corpus::corpus().into_iter().map(|(_, text)| text).collect()
}
