//! Integration tests of the `meldung` binary: output format, standard input,
//! sentences, and what happens with empty, missing and invalid inputs.
//!
//! Every test runs the real executable; inputs are written to unique files
//! under the system temp directory and removed again.
#![cfg(feature = "cli")]

#[path = "common/cli.rs"]
mod cli;

use cli::{assert_exit, run, stderr, stdout};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};

const REFERENCE: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/corpus/reference-govdigital.txt"
);

/// A file under the temp directory, removed when dropped.
struct TempFile(PathBuf);

impl TempFile {
    fn new(label: &str, contents: &[u8]) -> TempFile {
        static NEXT: AtomicUsize = AtomicUsize::new(0);
        let n = NEXT.fetch_add(1, Ordering::Relaxed);
        let path = std::env::temp_dir().join(format!(
            "meldung-cli-test-{}-{n}-{label}.txt",
            std::process::id()
        ));
        std::fs::write(&path, contents).expect("write temp input");
        TempFile(path)
    }

    /// A unique path that does not exist (nothing is created).
    fn missing(label: &str) -> PathBuf {
        let file = TempFile::new(label, b"");
        let path = file.0.clone();
        drop(file);
        assert!(!path.exists());
        path
    }

    fn path(&self) -> &Path {
        &self.0
    }

    fn arg(&self) -> &str {
        self.0.to_str().expect("temp path is UTF-8")
    }
}

impl Drop for TempFile {
    fn drop(&mut self) {
        let _ = std::fs::remove_file(&self.0);
    }
}

/// One line of `meldung tokens` output.
#[derive(Debug, PartialEq, Eq)]
struct Line {
    start: usize,
    end: usize,
    kind: String,
    text: String,
}

/// Parses `start<TAB>end<TAB>kind<TAB>text` lines, checking the format.
fn parse_tokens(stdout: &str) -> Vec<Line> {
    stdout
        .lines()
        .enumerate()
        .map(|(i, line)| {
            let fields: Vec<&str> = line.split('\t').collect();
            assert_eq!(fields.len(), 4, "line {}: not 4 fields: {line:?}", i + 1);
            let parse = |f: &str| {
                f.parse::<usize>()
                    .unwrap_or_else(|e| panic!("line {}: bad offset {f:?}: {e}", i + 1))
            };
            Line {
                start: parse(fields[0]),
                end: parse(fields[1]),
                kind: fields[2].to_owned(),
                text: fields[3].to_owned(),
            }
        })
        .collect()
}

/// The tokens the library finds in `text`, as the CLI should print them.
fn library_tokens(text: &str) -> Vec<Line> {
    meldung::tokenize(text)
        .map(|t| Line {
            start: t.span.start,
            end: t.span.end,
            kind: t.kind.as_str().to_owned(),
            text: t.text.to_owned(),
        })
        .collect()
}

#[test]
fn tokens_of_the_reference_release() {
    let bytes = std::fs::read(REFERENCE).expect("read reference release");
    let text = std::str::from_utf8(&bytes).expect("reference release is UTF-8");
    let out = run(&["tokens", REFERENCE], None);
    assert_exit(&out, 0);
    assert_eq!(stderr(&out), "", "no diagnostics for a valid file");

    let tokens = parse_tokens(stdout(&out));
    assert!(tokens.len() > 300, "only {} tokens", tokens.len());
    let mut previous_end = 0;
    for t in &tokens {
        assert!(t.start < t.end, "empty or reversed span: {t:?}");
        assert!(t.start >= previous_end, "overlapping or unordered: {t:?}");
        assert!(t.end <= bytes.len(), "span past the end of the file: {t:?}");
        assert_eq!(
            &bytes[t.start..t.end],
            t.text.as_bytes(),
            "text field is not the file's bytes at {}..{}",
            t.start,
            t.end
        );
        previous_end = t.end;
    }
    assert_eq!(tokens, library_tokens(text), "CLI and library disagree");

    // The line of three URLs glued together gives three `url` tokens.
    let line_start = text
        .find("https://www.govdigital.de")
        .expect("URL line in reference");
    let line_end = line_start + text[line_start..].find('\n').expect("line end");
    let on_line: Vec<(&str, &str)> = tokens
        .iter()
        .filter(|t| t.start >= line_start && t.end <= line_end)
        .map(|t| (t.kind.as_str(), t.text.as_str()))
        .collect();
    assert_eq!(
        on_line,
        [
            ("url", "https://www.govdigital.de"),
            ("url", "https://digitalservice.bund.de"),
            ("url", "https://zendis.de"),
        ]
    );

    // A hyphenated surname is one word.
    let reckert: Vec<&Line> = tokens
        .iter()
        .filter(|t| t.text.contains("Reckert"))
        .collect();
    assert_eq!(reckert.len(), 1, "{reckert:?}");
    assert_eq!(reckert[0].text, "Reckert-Lodde");
    assert_eq!(reckert[0].kind, "word");
}

#[test]
fn tokens_from_stdin_with_dash() {
    let bytes = std::fs::read(REFERENCE).expect("read reference release");
    let from_file = run(&["tokens", REFERENCE], None);
    let from_stdin = run(&["tokens", "-"], Some(&bytes));
    assert_exit(&from_stdin, 0);
    assert_eq!(stderr(&from_stdin), "");
    assert!(!from_stdin.stdout.is_empty());
    assert_eq!(stdout(&from_stdin), stdout(&from_file));
}

#[test]
fn tokens_without_paths_read_stdin() {
    let out = run(
        &["tokens"],
        Some("Das BMI stellt 1,5 Mio. € bereit.".as_bytes()),
    );
    assert_exit(&out, 0);
    let kinds: Vec<(String, String)> = parse_tokens(stdout(&out))
        .into_iter()
        .map(|t| (t.text, t.kind))
        .collect();
    assert_eq!(
        kinds,
        [
            ("Das", "word"),
            ("BMI", "word"),
            ("stellt", "word"),
            ("1,5", "number"),
            ("Mio.", "abbreviation"),
            ("€", "symbol"),
            ("bereit", "word"),
            (".", "punct"),
        ]
        .map(|(a, b)| (a.to_owned(), b.to_owned()))
    );
}

#[test]
fn sentences_one_per_line() {
    let input = "Digitaler Bauantrag startet\n\
                 Das Land stellt heute das neue Portal vor. \
                 Anträge sind ab dem 3. Juni online möglich.\n";
    let file = TempFile::new("sentences", input.as_bytes());
    let out = run(&["tokens", "--sentences", file.arg()], None);
    assert_exit(&out, 0);
    assert_eq!(stderr(&out), "");
    assert_eq!(
        stdout(&out),
        "0\t27\tDigitaler Bauantrag startet\n\
         28\t70\tDas Land stellt heute das neue Portal vor.\n\
         71\t116\tAnträge sind ab dem 3. Juni online möglich.\n"
    );
    for line in stdout(&out).lines() {
        let fields: Vec<&str> = line.split('\t').collect();
        let (start, end): (usize, usize) = (fields[0].parse().unwrap(), fields[1].parse().unwrap());
        assert_eq!(&input[start..end], fields[2]);
    }
}

#[test]
fn sentences_across_a_line_break_stay_on_one_line() {
    // The line ends in a comma, so the sentence goes on; the output joins its
    // lines (and tabs) with single spaces, while the span covers the original.
    let input = "Das Land stellt das Portal vor,\ndas ab Juni\tonline ist.\n";
    let out = run(&["tokens", "--sentences", "-"], Some(input.as_bytes()));
    assert_exit(&out, 0);
    assert_eq!(
        stdout(&out),
        "0\t55\tDas Land stellt das Portal vor, das ab Juni online ist.\n"
    );
}

#[test]
fn empty_file_gives_no_output() {
    let file = TempFile::new("empty", b"");
    for args in [
        &["tokens", file.arg()][..],
        &["tokens", "--sentences", file.arg()][..],
    ] {
        let out = run(args, None);
        assert_exit(&out, 0);
        assert_eq!(stdout(&out), "", "{args:?}");
        assert_eq!(stderr(&out), "", "{args:?}");
    }
}

#[test]
fn missing_file_is_one_error_line() {
    let path = TempFile::missing("missing");
    let name = path.to_str().unwrap();
    let out = run(&["tokens", name], None);
    assert_exit(&out, 1);
    assert_eq!(stdout(&out), "");
    let err: Vec<&str> = stderr(&out).lines().collect();
    assert_eq!(
        err.len(),
        1,
        "expected exactly one line on stderr: {err:#?}"
    );
    assert!(err[0].contains(name), "does not name the file: {err:?}");
}

#[test]
fn invalid_utf8_is_rejected_with_its_offset() {
    let file = TempFile::new("invalid", b"Gr\xfc\xdfe");
    let out = run(&["tokens", file.arg()], None);
    assert_exit(&out, 1);
    assert_eq!(stdout(&out), "", "nothing printed for a rejected input");
    let err: Vec<&str> = stderr(&out).lines().collect();
    assert_eq!(
        err.len(),
        1,
        "expected exactly one line on stderr: {err:#?}"
    );
    assert!(
        err[0].contains(file.arg()),
        "does not name the file: {err:?}"
    );
    assert!(
        err[0].contains("byte 2"),
        "does not give the offset: {err:?}"
    );
}

#[test]
fn lossy_replaces_invalid_utf8_and_reports_it() {
    let bytes = b"Gr\xfc\xdfe";
    let file = TempFile::new("lossy", bytes);
    let out = run(&["tokens", "--lossy", file.arg()], None);
    assert_exit(&out, 0);
    assert!(stdout(&out).contains('\u{FFFD}'), "{}", stdout(&out));
    let err = stderr(&out);
    assert!(err.contains(file.arg()), "does not name the file: {err:?}");
    assert!(err.contains("byte 2"), "does not give the offset: {err:?}");

    // Offsets refer to the decoded text.
    let decoded = String::from_utf8_lossy(bytes);
    let tokens = parse_tokens(stdout(&out));
    for t in &tokens {
        assert_eq!(decoded.get(t.start..t.end), Some(t.text.as_str()), "{t:?}");
    }
    let texts: Vec<&str> = tokens.iter().map(|t| t.text.as_str()).collect();
    assert_eq!(texts.first(), Some(&"Gr"));
    assert_eq!(texts.last(), Some(&"e"));
}

#[test]
fn several_inputs_keep_going_past_a_missing_one() {
    let first = TempFile::new("first", "Erste Meldung aus Berlin.".as_bytes());
    let second = TempFile::new("second", "Zweite Meldung aus Wien.".as_bytes());
    let missing = TempFile::missing("gone");
    let missing = missing.to_str().unwrap();

    let out = run(&["tokens", first.arg(), missing, second.arg()], None);
    assert_exit(&out, 1);
    // The good inputs are printed in order, exactly as on their own.
    let alone: String = [first.path(), second.path()]
        .iter()
        .map(|p| stdout(&run(&["tokens", p.to_str().unwrap()], None)).to_owned())
        .collect();
    assert!(alone.contains("Berlin") && alone.contains("Wien"));
    assert_eq!(stdout(&out), alone);

    let err: Vec<&str> = stderr(&out).lines().collect();
    assert_eq!(
        err.len(),
        2,
        "expected an error line and a summary: {err:#?}"
    );
    assert!(
        err[0].contains(missing),
        "error does not name the file: {err:?}"
    );
    let summary_words: Vec<&str> = err[1].split(|c: char| !c.is_ascii_alphanumeric()).collect();
    assert!(
        summary_words.contains(&"1") && summary_words.contains(&"3"),
        "summary does not count 1 failed of 3 inputs: {:?}",
        err[1]
    );
}

#[test]
fn help_exits_zero() {
    let out = run(&["--help"], None);
    assert_exit(&out, 0);
    assert!(stdout(&out).contains("tokens"), "{}", stdout(&out));

    let out = run(&["tokens", "--help"], None);
    assert_exit(&out, 0);
    let help = stdout(&out);
    assert!(
        help.contains("--sentences") && help.contains("--lossy"),
        "{help}"
    );
}

#[test]
fn dates_of_the_reference_release() {
    let out = run(&["dates", REFERENCE], None);
    assert_exit(&out, 0);
    let lines: Vec<&str> = stdout(&out).lines().collect();
    assert_eq!(
        lines,
        [
            "# document-date\t2023-12-18",
            "1\t11\tday\t2023-12-18\t-\t18.12.2023"
        ]
    );
}

#[test]
fn dates_with_a_reference_from_stdin() {
    let text = "Die Anhörung beginnt morgen um 10 Uhr und endet vor Ostern.";
    let out = run(
        &["dates", "--reference", "2024-03-04", "-"],
        Some(text.as_bytes()),
    );
    assert_exit(&out, 0);
    let lines: Vec<&str> = stdout(&out).lines().collect();
    assert_eq!(lines[0], "# document-date\t-");
    let values: Vec<&str> = lines[1..]
        .iter()
        .map(|l| l.split('\t').nth(3).unwrap_or(""))
        .collect();
    assert_eq!(values, ["2024-03-05", "2024-03-05T10:00", "2024-03-31"]);
}

#[test]
fn dates_rejects_a_bad_reference() {
    let out = run(&["dates", "--reference", "2024-02-30", REFERENCE], None);
    assert_ne!(out.status.code(), Some(0));
    assert!(
        stderr(&out).contains("2024-02-30"),
        "stderr: {}",
        stderr(&out)
    );
}

#[test]
fn keywords_of_the_reference_release() {
    let out = run(&["keywords", REFERENCE], None);
    assert_exit(&out, 0);
    let lines: Vec<&str> = stdout(&out).lines().collect();
    assert_eq!(lines.len(), 10);
    let library: Vec<String> =
        meldung::keyword::keywords(&std::fs::read_to_string(REFERENCE).expect("reference article"))
            .iter()
            .map(|k| format!("{:.3}\t{}\t{}", k.score, k.count, k.term))
            .collect();
    assert_eq!(lines, library);
    assert!(lines[..5].iter().any(|l| l.ends_with("\tgovdigital")));
}

#[test]
fn keywords_top_n_and_several_inputs() {
    let a = TempFile::new(
        "kw-a",
        "Der Breitbandausbau beginnt. Der Breitbandausbau kostet.".as_bytes(),
    );
    let missing = TempFile::missing("kw-missing");
    let out = run(
        &[
            "keywords",
            "--top",
            "1",
            a.arg(),
            missing.to_str().unwrap(),
            "-",
        ],
        Some("Das Glasfasernetz wächst.".as_bytes()),
    );
    assert_exit(&out, 1);
    let text = stdout(&out);
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(lines.len(), 4, "{text}");
    assert_eq!(lines[0], format!("# {}", a.arg()));
    assert!(lines[1].ends_with("\t2\tBreitbandausbau"), "{text}");
    assert_eq!(lines[2], "# -");
    assert!(lines[3].ends_with("\tGlasfasernetz"), "{text}");
    assert!(
        stderr(&out).contains("1 of 3 inputs failed"),
        "{}",
        stderr(&out)
    );
}

#[test]
fn keywords_build_a_model_and_use_it() {
    let dir = std::env::temp_dir().join(format!("meldung-cli-test-{}-archive", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    for (n, text) in [
        "Der Breitbandausbau geht voran.",
        "Im Landkreis beginnt der Breitbandausbau.",
        "Der Landkreis baut Radwege.",
    ]
    .iter()
    .enumerate()
    {
        std::fs::write(dir.join(format!("{n}.txt")), text).expect("write archive");
    }
    let model = TempFile::new("kw-model", b"");
    let out = run(
        &[
            "keywords",
            "--build-model",
            dir.to_str().unwrap(),
            "--output",
            model.arg(),
        ],
        None,
    );
    assert_exit(&out, 0);
    let saved = std::fs::read_to_string(model.path()).expect("model written");
    let parsed = meldung::keyword::KeywordModel::parse(&saved).expect("valid model");
    assert_eq!(parsed.documents(), 3);
    assert_eq!(parsed.document_frequency("breitbandausbau"), 2);
    assert_eq!(
        parsed.document_frequency("radweg"),
        0,
        "pruned below --min-df 2"
    );

    let out = run(
        &["keywords", "--model", model.arg(), "-"],
        Some("Der Landkreis plant Radwege und den Breitbandausbau.".as_bytes()),
    );
    assert_exit(&out, 0);
    assert!(stdout(&out).lines().count() >= 2, "{}", stdout(&out));
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn keywords_reject_a_bad_model() {
    let model = TempFile::new("kw-bad-model", b"documents\t1\n5\tx\n");
    let out = run(&["keywords", "--model", model.arg(), REFERENCE], None);
    assert_exit(&out, 1);
    assert!(stderr(&out).contains("line 2"), "stderr: {}", stderr(&out));
}
