//! Integration tests of `meldung analyze` and `meldung stats`: the corpus
//! against the JSON Schema in `docs/`, the reference article against its
//! gold file, every kind of bad input, JSON Lines in and out, the same
//! output on one thread and on two, CSV tables, and exit codes.
//!
//! Every test runs the real executable; inputs are written under a unique
//! temp directory that is removed again.
#![cfg(feature = "cli")]

#[path = "common/cli.rs"]
mod cli;

mod common;

use cli::{assert_exit, run, stderr, stdout};
use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};
use std::sync::atomic::{AtomicUsize, Ordering};

use serde_json::Value;

const CORPUS: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/corpus");
const REFERENCE: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/corpus/reference-govdigital.txt"
);
const SCHEMA: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/docs/meldung.schema.json");

/// A directory under the temp directory, removed when dropped.
struct TempDir(PathBuf);

impl TempDir {
    fn new(label: &str) -> TempDir {
        static NEXT: AtomicUsize = AtomicUsize::new(0);
        let n = NEXT.fetch_add(1, Ordering::Relaxed);
        let path = std::env::temp_dir().join(format!(
            "meldung-analyze-test-{}-{n}-{label}",
            std::process::id()
        ));
        let _ = std::fs::remove_dir_all(&path);
        std::fs::create_dir_all(&path).expect("create temp dir");
        TempDir(path)
    }

    /// Writes `contents` to `name` (which may contain `/`) and returns its path.
    fn file(&self, name: &str, contents: impl AsRef<[u8]>) -> String {
        let path = self.0.join(name);
        std::fs::create_dir_all(path.parent().expect("has a parent")).expect("create dirs");
        std::fs::write(&path, contents).expect("write temp input");
        path.to_str().expect("temp path is UTF-8").to_owned()
    }

    fn path(&self, name: &str) -> String {
        self.0.join(name).to_str().expect("UTF-8").to_owned()
    }

    fn arg(&self) -> &str {
        self.0.to_str().expect("temp path is UTF-8")
    }
}

impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

/// Every line of stdout as JSON.
#[track_caller]
fn records(out: &Output) -> Vec<Value> {
    stdout(out)
        .lines()
        .enumerate()
        .map(|(i, l)| {
            serde_json::from_str(l)
                .unwrap_or_else(|e| panic!("line {} is not JSON ({e}): {l}", i + 1))
        })
        .collect()
}

/// The stderr lines other than the closing summary.
fn error_lines(out: &Output) -> Vec<&str> {
    let lines: Vec<&str> = stderr(out).lines().collect();
    let (last, rest) = lines.split_last().expect("a summary line");
    assert!(
        last.contains(" documents") || last.contains(" document,"),
        "last stderr line is not the summary: {last:?}"
    );
    rest.to_vec()
}

fn ids(records: &[Value]) -> Vec<&str> {
    records
        .iter()
        .map(|r| r["id"].as_str().expect("every record has a string id"))
        .collect()
}

fn error_of<'r>(records: &'r [Value], id: &str) -> &'r str {
    let r = records
        .iter()
        .find(|r| r["id"] == id)
        .unwrap_or_else(|| panic!("no record for {id}"));
    r["error"]
        .as_str()
        .unwrap_or_else(|| panic!("{id} is not an error record: {r}"))
}

// --- a small JSON Schema checker for the subset docs/meldung.schema.json uses

fn schema() -> Value {
    serde_json::from_str(&std::fs::read_to_string(SCHEMA).expect("read the schema"))
        .expect("the schema is JSON")
}

fn resolve<'s>(root: &'s Value, node: &'s Value) -> &'s Value {
    match node.get("$ref").and_then(Value::as_str) {
        Some(r) => {
            let path = r.strip_prefix("#/").expect("local $ref");
            let target = path.split('/').fold(root, |v, key| &v[key]);
            assert!(!target.is_null(), "dangling $ref {r}");
            resolve(root, target)
        }
        None => node,
    }
}

/// Problems of `value` against `schema` (empty when it conforms).
fn check(root: &Value, schema: &Value, value: &Value, at: &str, problems: &mut Vec<String>) {
    let schema = resolve(root, schema);
    if let Some(branches) = schema.get("oneOf").and_then(Value::as_array) {
        let fits = branches
            .iter()
            .filter(|b| {
                let mut p = Vec::new();
                check(root, b, value, at, &mut p);
                p.is_empty()
            })
            .count();
        if fits != 1 {
            problems.push(format!("{at}: fits {fits} of the oneOf branches"));
        }
    }
    if let Some(types) = schema.get("type") {
        let names: Vec<&str> = match types {
            Value::String(t) => vec![t.as_str()],
            Value::Array(ts) => ts.iter().filter_map(Value::as_str).collect(),
            _ => panic!("bad type in schema"),
        };
        let actual = match value {
            Value::Null => "null",
            Value::Bool(_) => "boolean",
            Value::Number(n) if n.is_u64() || n.is_i64() => "integer",
            Value::Number(_) => "number",
            Value::String(_) => "string",
            Value::Array(_) => "array",
            Value::Object(_) => "object",
        };
        if !names
            .iter()
            .any(|n| *n == actual || (*n == "number" && actual == "integer"))
        {
            problems.push(format!("{at}: {actual}, expected {names:?}"));
            return;
        }
    }
    if let (Some(min), Some(n)) = (
        schema.get("minimum").and_then(Value::as_f64),
        value.as_f64(),
    ) && n < min
    {
        problems.push(format!("{at}: {n} below {min}"));
    }
    if let (Some(max), Some(n)) = (
        schema.get("maximum").and_then(Value::as_f64),
        value.as_f64(),
    ) && n > max
    {
        problems.push(format!("{at}: {n} above {max}"));
    }
    if let Some(object) = value.as_object() {
        for key in schema
            .get("required")
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
        {
            let key = key.as_str().expect("required names are strings");
            if !object.contains_key(key) {
                problems.push(format!("{at}: no field {key:?}"));
            }
        }
        let properties = schema.get("properties").and_then(Value::as_object);
        for (key, v) in object {
            match properties.and_then(|p| p.get(key)) {
                Some(s) => check(root, s, v, &format!("{at}.{key}"), problems),
                None if schema.get("additionalProperties") == Some(&Value::Bool(false)) => {
                    problems.push(format!("{at}: unexpected field {key:?}"));
                }
                None => {}
            }
        }
    }
    if let (Some(items), Some(array)) = (schema.get("items"), value.as_array()) {
        for (i, v) in array.iter().enumerate() {
            check(root, items, v, &format!("{at}[{i}]"), problems);
        }
    }
}

#[track_caller]
fn assert_schema(root: &Value, def: &str, record: &Value) {
    let mut problems = Vec::new();
    check(root, &root["$defs"][def], record, "$", &mut problems);
    assert!(
        problems.is_empty(),
        "{} does not fit the {def} schema:\n{}",
        record["id"],
        problems.join("\n")
    );
    // and the whole-record schema (oneOf document | error) picks exactly it
    let mut whole = Vec::new();
    check(root, root, record, "$", &mut whole);
    assert!(whole.is_empty(), "{}", whole.join("\n"));
}

// --- the corpus

#[test]
fn corpus_every_document_fits_the_schema() {
    let out = run(&["analyze", CORPUS], None);
    assert_exit(&out, 0);
    assert_eq!(error_lines(&out), Vec::<&str>::new());
    let records = records(&out);
    let expected: Vec<String> = common::corpus()
        .iter()
        .map(|(name, _)| format!("{CORPUS}/{name}"))
        .collect();
    assert_eq!(
        ids(&records),
        expected,
        "every *.txt, sorted, README skipped"
    );

    let root = schema();
    for (record, (_, text)) in records.iter().zip(common::corpus()) {
        assert_schema(&root, "document", record);
        // every span slices the text it names
        let mut spans: Vec<&Value> = Vec::new();
        for p in record["people"].as_array().unwrap() {
            spans.extend(p["mentions"].as_array().unwrap());
        }
        for o in record["organisations"].as_array().unwrap() {
            spans.extend(o["mentions"].as_array().unwrap());
        }
        spans.extend(record["dates"].as_array().unwrap());
        for s in spans {
            let (start, end) = (s["start"].as_u64().unwrap(), s["end"].as_u64().unwrap());
            assert_eq!(
                text.get(start as usize..end as usize),
                s["text"].as_str(),
                "{}: span {start}..{end}",
                record["id"]
            );
        }
        assert_eq!(record["metadata"]["bytes"], text.len());
        assert!(
            !record["keywords"].as_array().unwrap().is_empty(),
            "{}",
            record["id"]
        );
    }
    let summary = stderr(&out);
    assert!(
        summary.contains("17 documents") && summary.contains("0 errors"),
        "{summary}"
    );
}

#[test]
fn reference_article_matches_its_gold_file() {
    let gold: Value = serde_json::from_str(
        &std::fs::read_to_string(format!("{CORPUS}/reference-govdigital.expected.json"))
            .expect("gold file"),
    )
    .expect("gold is JSON");
    let out = run(&["analyze", REFERENCE], None);
    assert_exit(&out, 0);
    let records = records(&out);
    assert_eq!(records.len(), 1);
    let doc = &records[0];
    assert_eq!(doc["id"], REFERENCE);
    assert_eq!(doc["date"], gold["doc_date"]);

    type Person = (String, BTreeSet<(String, String)>, BTreeSet<String>);
    let people = |v: &Value, mention_text: fn(&Value) -> String| -> BTreeSet<Person> {
        v.as_array()
            .unwrap()
            .iter()
            .map(|p| {
                let roles = p["roles"]
                    .as_array()
                    .unwrap()
                    .iter()
                    .map(|r| {
                        (
                            r["title"].as_str().unwrap().to_owned(),
                            r["organisation"].as_str().unwrap_or("").to_owned(),
                        )
                    })
                    .collect();
                let mentions = p["mentions"]
                    .as_array()
                    .unwrap()
                    .iter()
                    .map(mention_text)
                    .collect();
                (p["name"].as_str().unwrap().to_owned(), roles, mentions)
            })
            .collect()
    };
    assert_eq!(
        people(&doc["people"], |m| m["text"].as_str().unwrap().to_owned()),
        people(&gold["people"], |m| m.as_str().unwrap().to_owned()),
        "people, their roles and mentions"
    );

    let orgs = |v: &Value| -> BTreeSet<(String, BTreeSet<String>)> {
        v.as_array()
            .unwrap()
            .iter()
            .map(|o| {
                let aliases = o["aliases"]
                    .as_array()
                    .unwrap()
                    .iter()
                    .map(|a| a.as_str().unwrap().to_owned())
                    .collect();
                (o["name"].as_str().unwrap().to_owned(), aliases)
            })
            .collect()
    };
    assert_eq!(orgs(&doc["organisations"]), orgs(&gold["organisations"]));

    let dates: Vec<(&str, &str)> = doc["dates"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| (d["text"].as_str().unwrap(), d["value"].as_str().unwrap()))
        .collect();
    assert_eq!(dates, [("18.12.2023", "2023-12-18")]);

    let quotes: Vec<&str> = doc["quotes"]
        .as_array()
        .unwrap()
        .iter()
        .map(|q| q["speaker"].as_str().unwrap_or("?"))
        .collect();
    let gold_quotes: Vec<&str> = gold["other"]["quotes"]
        .as_array()
        .unwrap()
        .iter()
        .map(|q| q["speaker"].as_str().unwrap())
        .collect();
    assert_eq!(quotes, gold_quotes);
    assert_eq!(doc["metadata"]["author"], gold["other"]["author"]);
    assert_eq!(doc["metadata"]["urls"], gold["other"]["urls"]);
}

// --- bad input: every kind gives an error record and one stderr line

#[test]
fn bad_inputs_lose_nothing_and_stop_nothing() {
    let dir = TempDir::new("bad");
    let good_a = dir.file("a-good.txt", "Die Stadt Münster eröffnet ein Bürgerbüro.");
    let invalid = dir.file("b-invalid.txt", b"Gr\xfc\xdfe aus Berlin.");
    let binary = dir.file("c-binary.txt", b"PK\x03\x04\x00\x00Text danach");
    let empty = dir.file("d-empty.txt", b"");
    let blank = dir.file("e-blank.txt", " \n\t\n");
    let good_f = dir.file("f-good.txt", "Das Landratsamt Ebersberg informiert.");
    let missing = dir.path("no-such-file.txt");
    #[cfg(unix)]
    let dangling = {
        let link = dir.path("g-dangling.txt");
        std::os::unix::fs::symlink(dir.path("nowhere"), &link).expect("symlink");
        Some(link)
    };
    #[cfg(not(unix))]
    let dangling: Option<String> = None;

    let out = run(&["analyze", dir.arg(), &missing], None);
    assert_exit(&out, 1);
    let records = records(&out);
    let mut expected = vec![&good_a, &invalid, &binary, &empty, &blank, &good_f];
    if let Some(link) = &dangling {
        expected.push(link);
    }
    expected.push(&missing);
    assert_eq!(ids(&records), expected, "one record per input, in order");

    assert!(error_of(&records, &invalid).contains("invalid UTF-8 at byte 2"));
    assert!(error_of(&records, &binary).starts_with("binary file"));
    assert_eq!(error_of(&records, &empty), "empty file");
    assert!(error_of(&records, &blank).starts_with("no text"));
    assert!(error_of(&records, &missing).starts_with("cannot read"));
    if let Some(link) = &dangling {
        assert!(error_of(&records, link).starts_with("cannot read"));
    }
    for good in [&good_a, &good_f] {
        let r = records.iter().find(|r| r["id"] == **good).unwrap();
        assert!(r.get("error").is_none(), "{r}");
        assert_eq!(r["organisations"].as_array().unwrap().len(), 1, "{r}");
    }
    let root = schema();
    for r in &records {
        if r.get("error").is_some() {
            assert_schema(&root, "error", r);
        }
    }

    // one stderr line per error, naming the input, in output order
    let errors = error_lines(&out);
    let failed: Vec<&str> = records
        .iter()
        .filter(|r| r.get("error").is_some())
        .map(|r| r["id"].as_str().unwrap())
        .collect();
    assert_eq!(errors.len(), failed.len(), "{errors:#?}");
    for (line, id) in errors.iter().zip(&failed) {
        assert!(line.starts_with(&format!("meldung: {id}: ")), "{line}");
    }
    let summary = stderr(&out).lines().last().unwrap();
    assert!(
        summary.contains(&format!("{} documents", expected.len()))
            && summary.contains(&format!("{} errors", failed.len())),
        "{summary}"
    );
}

/// Runs `meldung` like [`run`], but kills it and fails the test if it has
/// not finished within `secs` seconds (for inputs that used to hang).
#[track_caller]
fn run_within(args: &[&str], secs: u64) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_meldung"))
        .args(args)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("start meldung");
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(secs);
    while child.try_wait().expect("poll meldung").is_none() {
        if std::time::Instant::now() > deadline {
            let _ = child.kill();
            let out = child.wait_with_output().expect("wait for meldung");
            panic!(
                "meldung {args:?} still running after {secs} s\n--- stderr:\n{}",
                String::from_utf8_lossy(&out.stderr)
            );
        }
        std::thread::sleep(std::time::Duration::from_millis(20));
    }
    child.wait_with_output().expect("wait for meldung")
}

/// A FIFO in an archive used to be opened like a file, and the run waited
/// forever for a writer; FIFOs, sockets and devices that a directory walk
/// finds are now error records (a FIFO named on the command line is still
/// read, as `<(…)` needs).
#[cfg(unix)]
#[test]
fn special_files_in_a_walk_are_errors_not_hangs() {
    let dir = TempDir::new("special");
    let good = dir.file("a-good.txt", "Das Landratsamt Ebersberg informiert.");
    let socket = dir.path("b-socket.txt");
    let _listener = std::os::unix::net::UnixListener::bind(&socket).expect("bind a socket");
    let fifo = dir.path("c-fifo.txt");
    let have_fifo = Command::new("mkfifo")
        .arg(&fifo)
        .status()
        .is_ok_and(|s| s.success());
    let link = dir.path("d-link-to-fifo.txt");
    if have_fifo {
        std::os::unix::fs::symlink(&fifo, &link).expect("symlink");
    }
    let out = run_within(&["analyze", dir.arg()], 60);
    assert_exit(&out, 1);
    let records = records(&out);
    let mut expected = vec![&good, &socket];
    if have_fifo {
        expected.extend([&fifo, &link]);
    }
    assert_eq!(ids(&records), expected);
    assert!(records[0].get("error").is_none(), "{}", records[0]);
    assert_eq!(error_of(&records, &socket), "not a regular file (a socket)");
    if have_fifo {
        assert_eq!(error_of(&records, &fifo), "not a regular file (a FIFO)");
        assert_eq!(error_of(&records, &link), "not a regular file (a FIFO)");
    }
    assert_eq!(error_lines(&out).len(), expected.len() - 1);
}

/// Control characters and NUL bytes are valid UTF-8 and analysed like any
/// other character, with one deliberate exception: a NUL byte in the first
/// 8 KB of a file makes it binary (a PDF or a ZIP saved as .txt), an error
/// record. A NUL further on, or `\u0000` in a JSON line, is just text.
#[test]
fn nul_bytes_and_control_characters_in_a_text_file() {
    let dir = TempDir::new("control");
    let control = b"Berlin, 3. Mai 2024 \x01\x07\x1b[31m Das Landratsamt Ebersberg\x0b\x0c informiert.\x7f\r\n";
    let control_file = dir.file("a-control.txt", control);
    let mut late = b"Das BMI informiert.\n".to_vec();
    late.extend(std::iter::repeat_n(b'x', 9000));
    late.extend(b"\x00 Die Stadt Wien meldet.\x00\n");
    let late_file = dir.file("b-late-nul.txt", &late);
    let early_file = dir.file("c-early-nul.txt", b"Das BMI informiert.\x00\n");

    let line = "{\"id\": \"nul\", \"text\": \"Das BMI\\u0000 informiert.\\u0007\"}\n";
    let out = run(&["analyze", "--jsonl"], Some(line.as_bytes()));
    assert_exit(&out, 0);
    assert_eq!(records(&out)[0]["organisations"][0]["name"], "BMI");

    let out = run(&["analyze", dir.arg()], None);
    assert_exit(&out, 1);
    let records = records(&out);
    assert_eq!(ids(&records), [&control_file, &late_file, &early_file]);

    let r = &records[0];
    assert!(r.get("error").is_none(), "{r}");
    assert_eq!(r["date"], "2024-05-03");
    let org = &r["organisations"][0];
    assert_eq!(org["name"], "Landratsamt Ebersberg");
    let (start, end) = (
        org["mentions"][0]["start"].as_u64().unwrap() as usize,
        org["mentions"][0]["end"].as_u64().unwrap() as usize,
    );
    assert_eq!(&control[start..end], b"Landratsamt Ebersberg");
    assert_eq!(r["metadata"]["bytes"], control.len());

    let r = &records[1];
    assert!(r.get("error").is_none(), "{r}");
    let names: Vec<&str> = r["organisations"]
        .as_array()
        .unwrap()
        .iter()
        .map(|o| o["name"].as_str().unwrap())
        .collect();
    assert_eq!(names, ["BMI", "Stadt Wien"]);

    assert_eq!(
        error_of(&records, &early_file),
        "binary file (a NUL byte in the first 8 KB)"
    );
    assert_eq!(error_lines(&out).len(), 1);
}

#[test]
fn lossy_analyses_invalid_utf8_and_warns() {
    let dir = TempDir::new("lossy");
    let file = dir.file(
        "x.txt",
        b"Gr\xfc\xdfe von Bundesinnenministerin Nancy Faeser.",
    );
    let out = run(&["analyze", "--lossy", &file], None);
    assert_exit(&out, 0);
    let records = records(&out);
    assert_eq!(records[0]["people"][0]["name"], "Nancy Faeser");
    let warnings = error_lines(&out);
    assert_eq!(warnings.len(), 1, "{warnings:?}");
    assert!(warnings[0].contains(&file) && warnings[0].contains("byte 2"));
}

#[test]
fn standard_input_as_text() {
    let text = std::fs::read(REFERENCE).expect("reference");
    let from_file = run(&["analyze", REFERENCE], None);
    for args in [&["analyze", "-"][..], &["analyze"][..]] {
        let out = run(args, Some(&text));
        assert_exit(&out, 0);
        let mut record = records(&out).remove(0);
        assert_eq!(record["id"], "-");
        let mut file_record = records(&from_file).remove(0);
        record["id"] = Value::Null;
        file_record["id"] = Value::Null;
        assert_eq!(record, file_record, "stdin and file analyse alike");
    }
}

/// A document over `--max-bytes` is an error record, never read whole,
/// and the documents around it are analysed: a file (refused by its size),
/// standard input, and one line of a JSON Lines stream (read to its end and
/// dropped, so the next line is still a line of its own).
#[test]
fn documents_over_the_size_limit_are_errors() {
    let dir = TempDir::new("max-bytes");
    let small = dir.file("a.txt", "Das BMI stellt die Strategie vor.");
    let big = dir.file("b.txt", "Das Bundesamt prüft. ".repeat(100));
    let out = run(&["analyze", "--max-bytes", "1K", &small, &big], None);
    assert_exit(&out, 1);
    let files = records(&out);
    assert_eq!(ids(&files), [small.as_str(), big.as_str()]);
    assert!(files[0].get("error").is_none());
    assert_eq!(
        error_of(&files, &big),
        "too large: 2200 bytes (the limit is 1024; raise it with --max-bytes)"
    );
    assert_eq!(error_lines(&out).len(), 1);

    let out = run(
        &["analyze", "--max-bytes", "100"],
        Some("Wort ".repeat(50).as_bytes()),
    );
    assert_exit(&out, 1);
    assert!(error_of(&records(&out), "-").starts_with("too large: more than 100 bytes"));

    let long = format!(r#"{{"id": "long", "text": "{}"}}"#, "Wort ".repeat(1000));
    let input = format!(
        "{}\n{long}\n{}\n",
        r#"{"id": "a", "text": "Das BMI tagt."}"#, r#"{"id": "c", "text": "Der Landtag tagt."}"#
    );
    let out = run(
        &["analyze", "--jsonl", "--max-bytes", "1K"],
        Some(input.as_bytes()),
    );
    assert_exit(&out, 1);
    let lines = records(&out);
    assert_eq!(ids(&lines), ["a", "-:2", "c"]);
    assert!(error_of(&lines, "-:2").starts_with("too large"));

    // 0 lifts the limit; a size that is no size is a usage error
    assert_exit(&run(&["analyze", "--max-bytes", "0", &big], None), 0);
    assert_exit(&run(&["analyze", "--max-bytes", "lots", &small], None), 2);
}

// --- JSON Lines

#[test]
fn json_lines_stream_with_a_malformed_line() {
    let input = concat!(
        r#"{"id": "pm-1", "text": "Berlin, 18. Dezember 2023 – Das BMI stellt morgen die Strategie vor.", "date": "2024-01-05"}"#,
        "\n",
        r#"{"id": "pm-2", "text": "kaputt"#,
        "\n",
        "\n",
        r#"{"text": "Staatssekretär Dr. Markus Richter spricht am Montag.", "source": "bmi.bund.de", "tags": ["IT"]}"#,
        "\n",
        r#"{"id": 4, "text": ""}"#,
        "\n",
        r#"{"id": "pm-5", "text": "Der Landtag NRW tagt.", "date": "2024-02-30"}"#,
        "\n",
        r#"{"id": "pm-6", "text": "Der Landtag NRW tagt.", "date": "2024-03-04T10:00:00+01:00"}"#,
        "\n",
        "[1, 2]\n"
    );
    let out = run(&["analyze", "--jsonl"], Some(input.as_bytes()));
    assert_exit(&out, 1);
    let records = records(&out);
    assert_eq!(
        ids(&records),
        ["pm-1", "-:2", "-:4", "4", "pm-5", "pm-6", "-:8"],
        "ids from the lines, else SOURCE:LINE (blank lines skipped)"
    );
    // the line's date wins over the dateline and resolves "morgen"
    assert_eq!(records[0]["date"], "2024-01-05");
    let morgen = records[0]["dates"]
        .as_array()
        .unwrap()
        .iter()
        .find(|d| d["text"] == "morgen")
        .expect("morgen found");
    assert_eq!(morgen["value"], "2024-01-06");
    assert!(error_of(&records, "-:2").starts_with("invalid JSON"));
    assert_eq!(records[2]["people"][0]["name"], "Markus Richter");
    // a line's other members come back under "fields", unchanged
    assert_eq!(
        records[2]["fields"],
        serde_json::json!({"source": "bmi.bund.de", "tags": ["IT"]})
    );
    assert!(records[0].get("fields").is_none(), "no fields, no member");
    assert_eq!(error_of(&records, "4"), "empty text");
    assert!(error_of(&records, "pm-5").contains("invalid date"));
    assert_eq!(records[5]["date"], "2024-03-04");
    assert_eq!(error_of(&records, "-:8"), "not a JSON object");
    assert_eq!(error_lines(&out).len(), 4);
}

/// A `\uD800`…`\uDFFF` escape without its partner is not a character:
/// serde_json rejects the line, so it is an error record under the line's
/// own id (read from the line with the escape replaced), and `--lossy`
/// replaces it with U+FFFD instead, as it does invalid UTF-8. A pair and an
/// escaped backslash before `ud800` are fine.
#[test]
fn json_lines_with_lone_surrogates() {
    let input = concat!(
        r#"{"id": "high", "text": "x \ud800 y"}"#,
        "\n",
        r#"{"id": "low", "text": "x \udc00 y"}"#,
        "\n",
        r#"{"id": "pair", "text": "x \ud83d\ude00 y"}"#,
        "\n",
        r#"{"id": "backslash", "text": "x \\ud800 y"}"#,
        "\n",
        r#"{"id": "high-then-letter", "text": "x \ud83d\u0041 y"}"#,
        "\n",
    );
    let out = run(&["analyze", "--jsonl"], Some(input.as_bytes()));
    assert_exit(&out, 1);
    let records = records(&out);
    assert_eq!(
        ids(&records),
        ["high", "low", "pair", "backslash", "high-then-letter"]
    );
    for (id, escape) in [
        ("high", r"\ud800"),
        ("low", r"\udc00"),
        ("high-then-letter", r"\ud83d"),
    ] {
        let error = error_of(&records, id);
        assert!(
            error.starts_with("invalid JSON: lone surrogate ")
                && error.contains(escape)
                && error.contains("--lossy"),
            "{id}: {error}"
        );
    }
    assert_eq!(records[2]["title"], "x \u{1F600} y");
    assert_eq!(records[3]["title"], r"x \ud800 y");
    let errors = error_lines(&out);
    assert_eq!(errors.len(), 3, "{errors:#?}");
    assert!(errors[0].starts_with("meldung: high: invalid JSON: lone surrogate"));

    let out = run(&["analyze", "--jsonl", "--lossy"], Some(input.as_bytes()));
    assert_exit(&out, 0);
    let lossy = crate::records(&out);
    assert!(lossy.iter().all(|r| r.get("error").is_none()));
    assert_eq!(lossy[0]["title"], "x \u{FFFD} y");
    assert_eq!(lossy[1]["title"], "x \u{FFFD} y");
    assert_eq!(lossy[2]["title"], "x \u{1F600} y");
    assert_eq!(lossy[4]["title"], "x \u{FFFD}A y");
    let warnings = error_lines(&out);
    assert_eq!(warnings.len(), 3, "{warnings:#?}");
    assert!(
        warnings
            .iter()
            .all(|w| w.contains("replaced with U+FFFD (--lossy)")),
        "{warnings:#?}"
    );
}

/// In a text file a surrogate can only be written as bytes (CESU-8 or
/// WTF-8), which is invalid UTF-8.
#[test]
fn surrogate_bytes_in_a_text_file_are_invalid_utf8() {
    let dir = TempDir::new("surrogate");
    let file = dir.file("cesu.txt", b"Die Stadt Wien \xed\xa0\x80 meldet.");
    let out = run(&["analyze", &file], None);
    assert_exit(&out, 1);
    assert!(error_of(&records(&out), &file).starts_with("invalid UTF-8 at byte 15"));
    let out = run(&["analyze", "--lossy", &file], None);
    assert_exit(&out, 0);
    assert_eq!(records(&out)[0]["organisations"][0]["name"], "Stadt Wien");
}

#[test]
fn json_lines_from_files_and_directories() {
    let dir = TempDir::new("jsonl");
    let a = dir.file(
        "b/one.jsonl",
        "{\"id\": \"x\", \"text\": \"Das BMI informiert.\"}\n\
         {\"text\": \"Die Stadt Wien informiert.\"}\n",
    );
    dir.file(
        "a/two.ndjson",
        "{\"id\": \"y\", \"text\": \"Das BSI warnt.\"}\n",
    );
    dir.file("a/ignored.txt", "Kein JSON.");
    let out = run(&["analyze", "--jsonl", dir.arg()], None);
    assert_exit(&out, 0);
    assert_eq!(ids(&records(&out)), ["y", "x", &format!("{a}:2")]);
}

// --- parallel runs

#[test]
fn one_job_and_two_jobs_give_identical_output() {
    // more documents than the in-flight window, with errors among them
    let dir = TempDir::new("jobs");
    for (i, (name, text)) in common::corpus().iter().enumerate() {
        for copy in 0..3 {
            dir.file(&format!("c{copy}/{name}"), text);
        }
        if i % 5 == 0 {
            dir.file(&format!("c1/{i}-empty.txt"), "");
        }
    }
    let one = run(&["analyze", "--jobs", "1", dir.arg()], None);
    let two = run(&["analyze", "-j", "2", dir.arg()], None);
    let four = run(
        &["analyze", "--jobs", "4", "--format", "json", dir.arg()],
        None,
    );
    assert_exit(&one, 1);
    assert_eq!(records(&one).len(), 17 * 3 + 4);
    for other in [&two, &four] {
        assert_exit(other, 1);
        assert!(
            stdout(&one) == stdout(other),
            "stdout differs between --jobs values"
        );
        assert_eq!(error_lines(&one), error_lines(other));
    }
}

// --- options

#[test]
fn char_offsets_count_characters() {
    let text = "Über die Ämter: Bundesinnenministerin Nancy Faeser (SPD) spricht.";
    let bytes = run(&["analyze", "-"], Some(text.as_bytes()));
    let chars = run(&["analyze", "--char-offsets", "-"], Some(text.as_bytes()));
    let (b, c) = (&records(&bytes)[0], &records(&chars)[0]);
    let (bm, cm) = (
        &b["people"][0]["mentions"][0],
        &c["people"][0]["mentions"][0],
    );
    assert_eq!(bm["text"], "Nancy Faeser");
    assert_eq!(bm["text"], cm["text"]);
    let (bs, cs) = (bm["start"].as_u64().unwrap(), cm["start"].as_u64().unwrap());
    assert_eq!(bs - cs, 2, "Ü and Ä are two bytes each");
    let sliced: String = text
        .chars()
        .skip(cs as usize)
        .take((cm["end"].as_u64().unwrap() - cs) as usize)
        .collect();
    assert_eq!(sliced, "Nancy Faeser");
}

#[test]
fn tokens_and_sentences_only_on_request() {
    let text = "Das BMI teilt mit. Die Frist endet am 3. Juni.";
    let plain = &records(&run(&["analyze", "-"], Some(text.as_bytes())))[0];
    assert!(plain.get("tokens").is_none() && plain.get("sentences").is_none());
    let out = run(
        &["analyze", "--tokens", "--sentences", "-"],
        Some(text.as_bytes()),
    );
    let full = &records(&out)[0];
    assert_schema(&schema(), "document", full);
    let sentences: Vec<&str> = full["sentences"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["text"].as_str().unwrap())
        .collect();
    assert_eq!(
        sentences,
        ["Das BMI teilt mit.", "Die Frist endet am 3. Juni."]
    );
    assert_eq!(full["tokens"].as_array().unwrap().len(), 12);
}

#[test]
fn pretty_and_output_file() {
    let dir = TempDir::new("pretty");
    let target = dir.path("out.json");
    let out = run(&["analyze", "--pretty", "-o", &target, REFERENCE], None);
    assert_exit(&out, 0);
    assert_eq!(stdout(&out), "", "output went to the file");
    let written = std::fs::read_to_string(&target).expect("output file");
    assert!(written.starts_with("{\n  \"id\": "), "{written:.40}");
    let doc: Value = serde_json::from_str(&written).expect("one JSON document");
    assert_eq!(doc["people"][0]["name"], "Martin Schallbruch");
}

#[test]
fn csv_tables_for_spreadsheets() {
    let dir = TempDir::new("csv");
    let empty = dir.file("in/empty.txt", "");
    let tables = dir.path("tables");
    let out = run(
        &[
            "analyze", "--format", "csv", "-o", &tables, REFERENCE, &empty,
        ],
        None,
    );
    assert_exit(&out, 1);
    assert_eq!(stdout(&out), "");
    let read = |name: &str| {
        std::fs::read_to_string(format!("{tables}/{name}.csv"))
            .unwrap_or_else(|e| panic!("{name}.csv: {e}"))
    };
    let documents = read("documents");
    let lines: Vec<&str> = documents.lines().collect();
    assert_eq!(
        lines[0],
        "id,date,title,dateline,bytes,people,organisations,dates,keywords,quotes,error"
    );
    assert!(
        lines[1].starts_with(&format!("{REFERENCE},2023-12-18,")),
        "{}",
        lines[1]
    );
    assert!(lines[1].ends_with(",3,3,1,10,4,"), "{}", lines[1]);
    assert_eq!(lines[2], format!("{empty},,,,,,,,,,empty file"));
    assert_eq!(
        read("people"),
        format!(
            "id,person,role,organisation,party,mentions\n\
             {REFERENCE},Martin Schallbruch,CEO,govdigital,,1\n\
             {REFERENCE},Anja Theurer,CFO,DigitalService des Bundes,,2\n\
             {REFERENCE},Andreas Reckert-Lodde,Interimsgeschäftsführer,Zentrum für Digitale Souveränität des Bundes,,1\n"
        )
    );
    let orgs = read("organisations");
    assert!(
        orgs.contains(&format!(
            "{REFERENCE},govdigital,Technologie-Genossenschaft govdigital,cooperative,9\n"
        )),
        "{orgs}"
    );
    assert!(read("dates").contains(&format!("{REFERENCE},18.12.2023,1,11,2023-12-18,,day\n")));
    assert!(
        read("keywords")
            .lines()
            .nth(1)
            .unwrap()
            .starts_with(&format!("{REFERENCE},1,"))
    );
    assert_eq!(read("quotes").lines().count(), 5);
    assert!(!Path::new(&format!("{tables}/tokens.csv")).exists());
}

#[test]
fn html_and_markdown_in_a_directory_walk() {
    let dir = TempDir::new("walk");
    dir.file(
        "2024/03/pm.html",
        "<html><head><title>Neue Cloud-Strategie des Bundes</title><style>p{}</style></head><body>\
         <script>var Bundeskanzler = 1;</script><h1>Neue Cloud-Strategie des Bundes</h1>\
         <p>Die Bundesinnenministerin Nancy Faeser (SPD) stellte die Strategie am 18.&nbsp;M&auml;rz 2024 vor.</p>\
         </body></html>",
    );
    dir.file(
        "2024/03/notiz.md",
        "# Notiz\n\nDas Bundesamt für Sicherheit in der Informationstechnik (BSI) warnt.\n",
    );
    dir.file(
        "2024/README.md",
        "Dieses Archiv enthält Meldungen der Stadt Wien.",
    );
    dir.file("2024/.hidden/x.txt", "Verborgen.");
    dir.file("2024/data.csv", "a,b");
    dir.file("2023/a.TXT", "Die Stadt Wien meldet.");
    let out = run(&["analyze", dir.arg()], None);
    assert_exit(&out, 0);
    let records = records(&out);
    assert_eq!(
        ids(&records),
        [
            dir.path("2023/a.TXT"),
            dir.path("2024/03/notiz.md"),
            dir.path("2024/03/pm.html")
        ],
        "sorted, depth first; README, hidden and other files skipped"
    );
    let html = &records[2];
    assert_eq!(html["people"][0]["name"], "Nancy Faeser");
    assert_eq!(html["dates"][0]["value"], "2024-03-18");
    assert_eq!(html["title"], "Neue Cloud-Strategie des Bundes");
    let bytes = html["metadata"]["bytes"].as_u64().unwrap();
    assert!(
        bytes < 150,
        "tags, script and style removed: {bytes} bytes left"
    );
    assert_eq!(records[1]["organisations"][0]["aliases"][0], "BSI");
}

#[test]
fn exit_codes() {
    let ok = run(&["analyze", REFERENCE], None);
    assert_exit(&ok, 0);
    let dir = TempDir::new("exit");
    let empty = dir.file("e.txt", "");
    assert_exit(&run(&["analyze", REFERENCE, &empty], None), 1);
    for usage in [
        &["analyze", "--no-such-flag"][..],
        &["analyze", "--jobs", "0", REFERENCE],
        &["analyze", "--jobs", "many", REFERENCE],
        &["analyze", "--format", "xml", REFERENCE],
        &["analyze", "--format", "csv", REFERENCE],
        &[
            "analyze",
            "--format",
            "csv",
            "--pretty",
            "-o",
            dir.arg(),
            REFERENCE,
        ],
        &["analyze", "--reference", "2024-13-01", REFERENCE],
        &["stats", "--format", "json", REFERENCE],
    ] {
        let out = run(usage, None);
        assert_exit(&out, 2);
        assert_eq!(stdout(&out), "", "{usage:?}");
    }
}

#[test]
fn quiet_and_summary() {
    let out = run(&["analyze", "--quiet", REFERENCE], None);
    assert_exit(&out, 0);
    assert_eq!(stderr(&out), "");
    let out = run(&["analyze", REFERENCE], None);
    let summary = stderr(&out).trim_end();
    assert!(
        summary.starts_with("meldung: 1 document, 0 errors, 2.9 kB in "),
        "{summary}"
    );
    assert!(summary.contains("MB/s"), "{summary}");
}

#[test]
fn closed_output_pipe_ends_the_run_quietly() {
    let mut child = Command::new(env!("CARGO_BIN_EXE_meldung"))
        .args(["analyze", "--jobs", "2", CORPUS, CORPUS, CORPUS, CORPUS])
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("start meldung");
    let mut first = String::new();
    {
        use std::io::BufRead;
        let mut reader = std::io::BufReader::new(child.stdout.take().unwrap());
        reader.read_line(&mut first).expect("a first line");
    }
    let out = child.wait_with_output().expect("meldung ends");
    assert!(first.starts_with("{\"id\":"), "{first}");
    assert!(!stderr(&out).contains("cannot write"), "{}", stderr(&out));
}

// --- stats

#[test]
fn stats_of_the_corpus() {
    let out = run(&["stats", CORPUS], None);
    assert_exit(&out, 0);
    let table = stdout(&out);
    assert!(
        table.starts_with("17 documents, 2023-12 to 2024-11\n"),
        "{table}"
    );
    for heading in ["\nPEOPLE", "\nORGANISATIONS", "\nKEYWORDS", "\nMONTH"] {
        assert!(table.contains(heading), "{heading} missing:\n{table}");
    }
    assert!(
        table.lines().any(
            |l| l.starts_with("Anja Theurer") && l.ends_with("CFO (DigitalService des Bundes)")
        ),
        "{table}"
    );
    assert!(
        table
            .lines()
            .any(|l| l.starts_with("2023-12") && l.ends_with(" 3")),
        "{table}"
    );

    let out = run(&["stats", "--format", "csv", "--top", "2", CORPUS], None);
    assert_exit(&out, 0);
    let csv = stdout(&out);
    let lines: Vec<&str> = csv.lines().collect();
    assert_eq!(lines[0], "section,name,detail,documents,mentions");
    assert_eq!(lines.iter().filter(|l| l.starts_with("person,")).count(), 2);
    assert_eq!(
        lines.iter().filter(|l| l.starts_with("keyword,")).count(),
        2
    );
    let months: u64 = lines
        .iter()
        .filter(|l| l.starts_with("month,"))
        .map(|l| l.split(',').nth(3).unwrap().parse::<u64>().unwrap())
        .sum();
    assert_eq!(months, 17, "every document counted in one month");
}

#[test]
fn stats_counts_failures_and_goes_on() {
    let dir = TempDir::new("stats");
    dir.file("a.txt", "Die Stadt Wien informiert am 3. Mai 2024.");
    dir.file("b.txt", "");
    let out = run(&["stats", "--format", "csv", dir.arg()], None);
    assert_exit(&out, 1);
    assert!(
        stdout(&out).contains("organisation,Stadt Wien,municipality,1,1\n"),
        "{}",
        stdout(&out)
    );
    let errors = error_lines(&out);
    assert_eq!(errors.len(), 1);
    assert!(errors[0].ends_with("b.txt: empty file"), "{errors:?}");
}
