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

/// The releases of the blind evaluation sets (`eval/blind/set*/*.txt`),
/// in path order: 190 varied releases no speed work was measured on.
/// Empty where the sets are absent (they are not part of the package).
#[allow(dead_code)] // used by some of the benchmarks only
pub fn blind_texts() -> Vec<String> {
    let root = format!("{}/eval/blind", env!("CARGO_MANIFEST_DIR"));
    let mut paths: Vec<std::path::PathBuf> = std::fs::read_dir(&root)
        .into_iter()
        .flatten()
        .flatten()
        .filter(|set| set.file_name().to_string_lossy().starts_with("set"))
        .flat_map(|set| {
            std::fs::read_dir(set.path())
                .into_iter()
                .flatten()
                .flatten()
        })
        .map(|file| file.path())
        .filter(|path| path.extension().is_some_and(|e| e == "txt"))
        .collect();
    paths.sort();
    paths
        .iter()
        .filter_map(|path| std::fs::read_to_string(path).ok())
        .collect()
}

/// Every release of `corpus/`, in name order.
pub fn corpus_texts() -> Vec<String> {
    corpus::corpus().into_iter().map(|(_, text)| text).collect()
}
