//! The documents of `analyze` and `stats`: found (files, directories walked
//! in sorted order, standard input, JSON Lines), read on one thread, and
//! decoded to text on the workers.

use std::fs;
use std::io::{self, BufRead, BufReader, Read};
use std::path::{Path, PathBuf};

use meldung::date::Date;
use serde_json::Value;

use crate::html;

/// How many leading bytes are searched for a NUL to call a file binary.
const BINARY_PROBE: usize = 8 * 1024;

/// One document as read, not yet decoded.
pub struct Job {
    /// The file path, `-`, or for a JSON line `SOURCE:LINE` (replaced by the
    /// line's own `id` once it is parsed).
    pub id: String,
    /// The size of the input in bytes.
    pub bytes: usize,
    pub raw: Raw,
}

pub enum Raw {
    /// A whole text, Markdown or HTML file (or standard input).
    File { bytes: Vec<u8>, html: bool },
    /// One line of JSON Lines input.
    Line(Vec<u8>),
    /// Could not be read at all.
    Failed(String),
}

/// A document ready for analysis.
pub struct Doc {
    pub id: String,
    pub text: String,
    /// The publication date given with a JSON line.
    pub date: Option<Date>,
    /// Something worth a line on stderr that is not an error (`--lossy`).
    pub warning: Option<String>,
    /// The JSON line's other members (a URL, a source, a language), handed
    /// through to the output record unchanged.
    pub fields: serde_json::Map<String, Value>,
}

/// A document that cannot be analysed, with its id and the reason.
pub struct Failure {
    pub id: String,
    pub error: String,
}

/// Whether `path` names standard input.
pub fn is_stdin(path: &Path) -> bool {
    path.as_os_str() == "-"
}

/// Whether a directory walk takes this file: by its extension, and not an
/// archive's own documentation (`README.md`, `LICENSE.txt`).
fn wanted(path: &Path, jsonl: bool) -> bool {
    let Some(ext) = path.extension().and_then(|e| e.to_str()) else {
        return false;
    };
    let stem = path
        .file_stem()
        .and_then(|s| s.to_str())
        .unwrap_or_default()
        .to_ascii_uppercase();
    if matches!(
        stem.as_str(),
        "README" | "LICENSE" | "LICENCE" | "COPYING" | "CHANGELOG"
    ) {
        return false;
    }
    let ext = ext.to_ascii_lowercase();
    if jsonl {
        matches!(ext.as_str(), "jsonl" | "ndjson")
    } else {
        matches!(
            ext.as_str(),
            "txt" | "text" | "md" | "markdown" | "html" | "htm" | "xhtml"
        )
    }
}

fn is_html(path: &Path) -> bool {
    path.extension()
        .and_then(|e| e.to_str())
        .is_some_and(|e| matches!(e.to_ascii_lowercase().as_str(), "html" | "htm" | "xhtml"))
}

/// What a walk finds: a file to read, an entry that is no file at all (a
/// FIFO, socket or device, which is not opened: reading a FIFO that no one
/// writes to would wait forever), or a directory that could not be read.
pub enum Found {
    File(PathBuf),
    NotAFile(PathBuf, &'static str),
    Unreadable(PathBuf, io::Error),
}

/// What kind of special file `path` is (following a symbolic link), or
/// `None` for a regular file, a directory, or an entry that cannot be
/// examined (reading it reports why).
fn special(path: &Path, kind: Option<fs::FileType>) -> Option<&'static str> {
    let kind = match kind {
        Some(k) if k.is_symlink() => fs::metadata(path).ok()?.file_type(),
        Some(k) => k,
        None => return None,
    };
    if kind.is_file() || kind.is_dir() {
        return None;
    }
    #[cfg(unix)]
    {
        use std::os::unix::fs::FileTypeExt;
        if kind.is_fifo() {
            return Some("a FIFO");
        }
        if kind.is_socket() {
            return Some("a socket");
        }
        if kind.is_char_device() || kind.is_block_device() {
            return Some("a device");
        }
    }
    Some("a special file")
}

/// Calls `each` for every file under `dir` that the walk takes, in sorted
/// order, depth first; hidden entries (`.git`), README and LICENSE files and
/// symbolic links to directories are skipped, symbolic links to files
/// followed, and FIFOs, sockets and devices reported as [`Found::NotAFile`].
/// Returns false as soon as `each` does.
pub fn walk(dir: &Path, jsonl: bool, each: &mut dyn FnMut(Found) -> bool) -> bool {
    let entries = match fs::read_dir(dir) {
        Ok(entries) => entries,
        Err(e) => return each(Found::Unreadable(dir.to_path_buf(), e)),
    };
    let mut listed: Vec<(PathBuf, bool, Option<&'static str>)> = Vec::new();
    for entry in entries {
        let entry = match entry {
            Ok(entry) => entry,
            Err(e) => {
                if !each(Found::Unreadable(dir.to_path_buf(), e)) {
                    return false;
                }
                continue;
            }
        };
        if entry.file_name().to_string_lossy().starts_with('.') {
            continue;
        }
        let path = entry.path();
        let kind = entry.file_type().ok();
        let is_dir = kind.is_some_and(|t| t.is_dir());
        if is_dir {
            listed.push((path, true, None));
        } else if wanted(&path, jsonl) {
            let special = special(&path, kind);
            listed.push((path, false, special));
        }
    }
    listed.sort();
    for (path, is_dir, special) in listed {
        let go_on = if is_dir {
            walk(&path, jsonl, each)
        } else if let Some(what) = special {
            each(Found::NotAFile(path, what))
        } else {
            each(Found::File(path))
        };
        if !go_on {
            return false;
        }
    }
    true
}

/// Reads every input in order and hands each document to `send`; stops when
/// `send` returns false. No paths means standard input. A document (a file,
/// standard input, one JSON line) over `max` bytes is an error record; it is
/// never read into memory whole.
pub fn produce(paths: &[PathBuf], jsonl: bool, max: u64, send: &mut dyn FnMut(Job) -> bool) {
    let stdin = [PathBuf::from("-")];
    let paths = if paths.is_empty() { &stdin[..] } else { paths };
    for path in paths {
        let go_on = if is_stdin(path) {
            if jsonl {
                read_lines("-", io::stdin().lock(), max, send)
            } else {
                let raw = match read_capped(io::stdin().lock(), max) {
                    Ok(Some(bytes)) => Raw::File { bytes, html: false },
                    Ok(None) => Raw::Failed(too_large(None, max)),
                    Err(e) => Raw::Failed(format!("cannot read standard input: {e}")),
                };
                send(job("-".to_owned(), raw))
            }
        } else if path.is_dir() {
            let mut found = 0usize;
            let go_on = walk(path, jsonl, &mut |f| match f {
                Found::File(file) => {
                    found += 1;
                    read_file(&file, jsonl, max, send)
                }
                Found::NotAFile(file, what) => {
                    found += 1;
                    send(job(
                        file.display().to_string(),
                        Raw::Failed(format!("not a regular file ({what})")),
                    ))
                }
                Found::Unreadable(dir, e) => send(job(
                    dir.display().to_string(),
                    Raw::Failed(format!("cannot read directory: {e}")),
                )),
            });
            if found == 0 && go_on {
                let kinds = if jsonl {
                    "*.jsonl or *.ndjson"
                } else {
                    "*.txt, *.md or *.html"
                };
                eprintln!("meldung: {}: no {kinds} files", path.display());
            }
            go_on
        } else {
            read_file(path, jsonl, max, send)
        };
        if !go_on {
            return;
        }
    }
}

fn job(id: String, raw: Raw) -> Job {
    let bytes = match &raw {
        Raw::File { bytes, .. } | Raw::Line(bytes) => bytes.len(),
        Raw::Failed(_) => 0,
    };
    Job { id, bytes, raw }
}

fn read_file(path: &Path, jsonl: bool, max: u64, send: &mut dyn FnMut(Job) -> bool) -> bool {
    let name = path.display().to_string();
    let file = match fs::File::open(path) {
        Ok(file) => file,
        Err(e) => return send(job(name, Raw::Failed(format!("cannot read: {e}")))),
    };
    if jsonl {
        return read_lines(&name, BufReader::with_capacity(1 << 16, file), max, send);
    }
    // The size on disk refuses a huge file before reading any of it; the
    // capped read catches files whose size was not known (or changed).
    let size = file.metadata().ok().map(|m| m.len());
    let raw = match size {
        Some(size) if size > max => Raw::Failed(too_large(Some(size), max)),
        _ => match read_capped(file, max) {
            Ok(Some(bytes)) => Raw::File {
                bytes,
                html: is_html(path),
            },
            Ok(None) => Raw::Failed(too_large(None, max)),
            Err(e) => Raw::Failed(format!("cannot read: {e}")),
        },
    };
    send(job(name, raw))
}

/// All of `reader`, or `None` when it has more than `max` bytes (of which
/// at most `max + 1` are read).
fn read_capped(reader: impl Read, max: u64) -> io::Result<Option<Vec<u8>>> {
    let mut bytes = Vec::new();
    reader.take(max.saturating_add(1)).read_to_end(&mut bytes)?;
    Ok((bytes.len() as u64 <= max).then_some(bytes))
}

/// The error of a document over the size limit.
fn too_large(size: Option<u64>, max: u64) -> String {
    let size = size.map_or_else(|| format!("more than {max}"), |s| s.to_string());
    format!("too large: {size} bytes (the limit is {max}; raise it with --max-bytes)")
}

/// Reads one line, through its line feed, into `line`, keeping at most
/// `max` bytes of it besides the line break; a longer line is read to its
/// end and dropped. Returns the bytes consumed (0 at the end of the input)
/// and whether the line was too long.
fn read_line_capped(
    reader: &mut impl BufRead,
    line: &mut Vec<u8>,
    max: u64,
) -> io::Result<(usize, bool)> {
    let keep = usize::try_from(max.saturating_add(2)).unwrap_or(usize::MAX);
    let (mut consumed, mut over) = (0usize, false);
    loop {
        let buf = match reader.fill_buf() {
            Ok(buf) => buf,
            Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
            Err(e) => return Err(e),
        };
        if buf.is_empty() {
            break;
        }
        let (n, done) = match buf.iter().position(|&b| b == b'\n') {
            Some(i) => (i + 1, true),
            None => (buf.len(), false),
        };
        if !over {
            if line.len() + n > keep {
                over = true;
                *line = Vec::new();
            } else {
                line.extend_from_slice(&buf[..n]);
            }
        }
        reader.consume(n);
        consumed += n;
        if done {
            break;
        }
    }
    while line.last().is_some_and(|b| matches!(b, b'\n' | b'\r')) {
        line.pop();
    }
    if over || line.len() as u64 > max {
        *line = Vec::new();
        return Ok((consumed, true));
    }
    Ok((consumed, false))
}

/// One job per non-blank line, streamed.
fn read_lines(
    source: &str,
    mut reader: impl BufRead,
    max: u64,
    send: &mut dyn FnMut(Job) -> bool,
) -> bool {
    let mut number = 0usize;
    loop {
        let mut line = Vec::new();
        number += 1;
        let id = || format!("{source}:{number}");
        match read_line_capped(&mut reader, &mut line, max) {
            Ok((0, _)) => return true,
            Ok((_, true)) => {
                if !send(job(id(), Raw::Failed(too_large(None, max)))) {
                    return false;
                }
                continue;
            }
            Ok(_) => {}
            Err(e) => return send(job(id(), Raw::Failed(format!("cannot read: {e}")))),
        }
        if line.iter().all(u8::is_ascii_whitespace) {
            continue;
        }
        if !send(job(id(), Raw::Line(line))) {
            return false;
        }
    }
}

/// Turns what was read into text (on a worker thread).
pub fn decode(job: Job, lossy: bool) -> Result<Doc, Failure> {
    let id = job.id;
    match job.raw {
        Raw::Failed(error) => Err(Failure { id, error }),
        Raw::File { bytes, html } => match file_text(bytes, html, lossy) {
            Ok((text, warning)) => Ok(Doc {
                id,
                text,
                date: None,
                warning,
                fields: serde_json::Map::new(),
            }),
            Err(error) => Err(Failure { id, error }),
        },
        Raw::Line(bytes) => decode_line(id, bytes, lossy),
    }
}

/// UTF-8 text, or `--lossy` text and a warning.
fn utf8(bytes: Vec<u8>, lossy: bool) -> Result<(String, Option<String>), String> {
    match String::from_utf8(bytes) {
        Ok(text) => Ok((text, None)),
        Err(e) => {
            let at = e.utf8_error().valid_up_to();
            if lossy {
                Ok((
                    String::from_utf8_lossy(e.as_bytes()).into_owned(),
                    Some(format!(
                        "invalid UTF-8 at byte {at}, replaced with U+FFFD (--lossy)"
                    )),
                ))
            } else {
                Err(format!(
                    "invalid UTF-8 at byte {at} (use --lossy to replace invalid bytes)"
                ))
            }
        }
    }
}

fn file_text(bytes: Vec<u8>, html: bool, lossy: bool) -> Result<(String, Option<String>), String> {
    if bytes.is_empty() {
        return Err("empty file".to_owned());
    }
    if bytes[..bytes.len().min(BINARY_PROBE)].contains(&0) {
        return Err("binary file (a NUL byte in the first 8 KB)".to_owned());
    }
    let (mut text, warning) = utf8(bytes, lossy)?;
    if html {
        text = html::to_text(&text);
        if text.trim().is_empty() {
            return Err("no text in the HTML".to_owned());
        }
    }
    if text.trim().is_empty() {
        return Err("no text (only white space)".to_owned());
    }
    Ok((text, warning))
}

fn decode_line(fallback: String, bytes: Vec<u8>, lossy: bool) -> Result<Doc, Failure> {
    let fail = |id: &str, error: String| Failure {
        id: id.to_owned(),
        error,
    };
    let (line, mut warning) = utf8(bytes, lossy).map_err(|e| fail(&fallback, e))?;
    let value: Value = match serde_json::from_str(&line) {
        Ok(value) => value,
        Err(e) => {
            // serde_json rejects a `\uD800` escape without its partner (JSON
            // text from JavaScript or Java can hold one); repaired, the line
            // still names its id, and `--lossy` keeps it
            let Some(repair) = repair_surrogates(&line) else {
                return Err(fail(&fallback, format!("invalid JSON: {e}")));
            };
            let value: Value = serde_json::from_str(&repair.line)
                .map_err(|e| fail(&fallback, format!("invalid JSON: {e}")))?;
            if !lossy {
                let id = match &value {
                    Value::Object(object) => line_id(object.get("id").cloned(), fallback),
                    _ => fallback,
                };
                return Err(fail(
                    &id,
                    format!(
                        "invalid JSON: {} (use --lossy to replace it with U+FFFD)",
                        repair.describe()
                    ),
                ));
            }
            let note = format!("{}, replaced with U+FFFD (--lossy)", repair.describe());
            warning = Some(match warning {
                Some(w) => format!("{w}; {note}"),
                None => note,
            });
            value
        }
    };
    let Value::Object(mut object) = value else {
        return Err(fail(&fallback, "not a JSON object".to_owned()));
    };
    let id = line_id(object.remove("id"), fallback);
    let text = match object.remove("text") {
        Some(Value::String(s)) => s,
        Some(_) => return Err(fail(&id, "\"text\" is not a string".to_owned())),
        None => return Err(fail(&id, "no \"text\" field".to_owned())),
    };
    if text.trim().is_empty() {
        return Err(fail(&id, "empty text".to_owned()));
    }
    let date = match object.remove("date") {
        None | Some(Value::Null) => None,
        Some(Value::String(s)) => Some(parse_date(&s).map_err(|e| fail(&id, e))?),
        Some(other) => return Err(fail(&id, format!("\"date\" is not a string: {other}"))),
    };
    Ok(Doc {
        id,
        text,
        date,
        warning,
        fields: object,
    })
}

/// A JSON line's `id` as text, or `fallback` (`SOURCE:LINE`) without one.
fn line_id(id: Option<Value>, fallback: String) -> String {
    match id {
        None | Some(Value::Null) => fallback,
        Some(Value::String(s)) => s,
        Some(other) => other.to_string(),
    }
}

/// A JSON line with its lone surrogate escapes replaced.
struct Repair {
    line: String,
    /// How many escapes were replaced.
    count: usize,
    /// The first one as written (`\ud800`) and its byte offset in the line.
    first: (String, usize),
}

impl Repair {
    fn describe(&self) -> String {
        let (escape, at) = &self.first;
        match self.count {
            1 => format!("lone surrogate {escape} at byte {at}"),
            n => format!("{n} lone surrogates (the first {escape} at byte {at})"),
        }
    }
}

/// Replaces every `\uD800`–`\uDFFF` escape that is not half of a
/// high-low pair with `\uFFFD` (as long, so offsets stay), or `None` when
/// there is none. A backslash can only start an escape inside a JSON
/// string, so the escapes are found without parsing the strings.
fn repair_surrogates(line: &str) -> Option<Repair> {
    let bytes = line.as_bytes();
    let unit = |at: usize| -> Option<u16> {
        let hex = bytes.get(at..at + 6)?;
        if hex[0] != b'\\' || hex[1] != b'u' {
            return None;
        }
        u16::from_str_radix(std::str::from_utf8(&hex[2..]).ok()?, 16).ok()
    };
    let mut lone = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] != b'\\' {
            i += 1;
            continue;
        }
        match unit(i) {
            Some(0xD800..=0xDBFF) if matches!(unit(i + 6), Some(0xDC00..=0xDFFF)) => i += 12,
            Some(0xD800..=0xDFFF) => {
                lone.push(i);
                i += 6;
            }
            Some(_) => i += 6,
            // `\\`, `\"`, `\n`, …: the escaped character is not a backslash
            None => i += 2,
        }
    }
    let &at = lone.first()?;
    let mut repaired = bytes.to_vec();
    for &i in &lone {
        repaired[i..i + 6].copy_from_slice(b"\\ufffd");
    }
    Some(Repair {
        // only ASCII was replaced by ASCII
        line: String::from_utf8(repaired).ok()?,
        count: lone.len(),
        first: (line[at..at + 6].to_owned(), at),
    })
}

/// `YYYY-MM-DD`, also the date part of a timestamp (`2023-12-18T10:00:00Z`).
pub fn parse_date(s: &str) -> Result<Date, String> {
    let s = s.trim();
    let day = match s.char_indices().nth(10) {
        Some((at, 'T' | 't' | ' ')) => &s[..at],
        _ => s,
    };
    day.parse()
        .map_err(|_| format!("invalid date {s:?} (expected YYYY-MM-DD)"))
}

/// The total size of the files among `paths`, for the progress bar's ETA;
/// `None` when standard input is among them (its size is unknown).
pub fn total_size(paths: &[PathBuf], jsonl: bool) -> Option<u64> {
    if paths.is_empty() || paths.iter().any(|p| is_stdin(p)) {
        return None;
    }
    let mut total = 0u64;
    for path in paths {
        if path.is_dir() {
            walk(path, jsonl, &mut |f| {
                if let Found::File(file) = f {
                    total += fs::metadata(file).map_or(0, |m| m.len());
                }
                true
            });
        } else {
            total += fs::metadata(path).map_or(0, |m| m.len());
        }
    }
    Some(total)
}

#[cfg(test)]
mod tests {
    use super::{Job, Raw, decode, file_text, parse_date, read_line_capped, repair_surrogates};

    /// The lines of `input` as `read_line_capped` gives them, with a small
    /// buffer so that lines span several fills.
    fn capped_lines(input: &str, max: u64) -> Vec<(String, bool)> {
        let mut reader = std::io::BufReader::with_capacity(4, input.as_bytes());
        let mut out = Vec::new();
        loop {
            let mut line = Vec::new();
            match read_line_capped(&mut reader, &mut line, max) {
                Ok((0, _)) => return out,
                Ok((_, over)) => out.push((String::from_utf8_lossy(&line).into_owned(), over)),
                Err(e) => panic!("{e}"),
            }
        }
    }

    #[test]
    fn long_lines_are_dropped_whole_and_the_next_line_survives() {
        let own = |v: &[(&str, bool)]| -> Vec<(String, bool)> {
            v.iter().map(|&(s, o)| (s.to_owned(), o)).collect()
        };
        assert_eq!(
            capped_lines("abc\r\nabcdefgh\nxy\n\nabcde", 5),
            own(&[
                ("abc", false),
                ("", true),
                ("xy", false),
                ("", false),
                ("abcde", false)
            ])
        );
        assert_eq!(capped_lines("abcdef", 5), own(&[("", true)]));
        assert_eq!(capped_lines("", 5), own(&[]));
    }

    #[test]
    fn sizes_with_suffixes() {
        use crate::batch::parse_size;
        assert_eq!(parse_size("1000"), Ok(1000));
        assert_eq!(parse_size("512K"), Ok(512 << 10));
        assert_eq!(parse_size("16m"), Ok(16 << 20));
        assert_eq!(parse_size("1G"), Ok(1 << 30));
        assert_eq!(parse_size("0"), Ok(u64::MAX));
        assert!(parse_size("lots").is_err());
        assert!(parse_size("").is_err());
        assert!(parse_size("99999999999G").is_err());
        assert!(parse_size("-1").is_err());
    }

    fn line(text: &str) -> Result<super::Doc, super::Failure> {
        decode(
            Job {
                id: "in.jsonl:3".to_owned(),
                bytes: text.len(),
                raw: Raw::Line(text.as_bytes().to_vec()),
            },
            false,
        )
    }

    #[test]
    fn json_lines() {
        let doc = line(r#"{"id": 7, "text": "Text.", "date": "2024-03-04T10:00:00Z", "x": 1}"#)
            .ok()
            .expect("valid line");
        assert_eq!(doc.id, "7");
        assert_eq!(
            doc.date.map(|d| d.to_string()).as_deref(),
            Some("2024-03-04")
        );
        let doc = line(r#"{"text": "Text."}"#).ok().expect("valid line");
        assert_eq!(doc.id, "in.jsonl:3");
        for (input, id, error) in [
            ("{\"id\": \"a\"", "in.jsonl:3", "invalid JSON"),
            ("[1, 2]", "in.jsonl:3", "not a JSON object"),
            (r#"{"id": "a"}"#, "a", "no \"text\""),
            (r#"{"id": "a", "text": 5}"#, "a", "not a string"),
            (r#"{"id": "a", "text": " "}"#, "a", "empty text"),
            (
                r#"{"id": "a", "text": "x", "date": "2024-02-30"}"#,
                "a",
                "invalid date",
            ),
        ] {
            let Err(f) = line(input) else {
                panic!("{input} accepted")
            };
            assert_eq!(f.id, id, "{input}");
            assert!(f.error.contains(error), "{input}: {}", f.error);
        }
    }

    #[test]
    fn lone_surrogates() {
        let with = |text: &str, lossy: bool| {
            decode(
                Job {
                    id: "in.jsonl:3".to_owned(),
                    bytes: text.len(),
                    raw: Raw::Line(text.as_bytes().to_vec()),
                },
                lossy,
            )
        };
        // a pair, and an escaped backslash before `ud800`, are no lone surrogates
        for ok in [
            r#"{"id": "p", "text": "x \ud83d\ude00 y"}"#,
            r#"{"id": "p", "text": "x \\ud800 y"}"#,
        ] {
            assert!(repair_surrogates(ok).is_none(), "{ok}");
            assert!(with(ok, false).is_ok(), "{ok}");
        }
        for (input, first, at, count) in [
            (r#"{"id": "a", "text": "x \ud800 y"}"#, r"\ud800", 23, 1),
            (r#"{"id": "a", "text": "x \uDC00 y"}"#, r"\uDC00", 23, 1),
            (
                r#"{"id": "a", "text": "\ud83d\u0041 \ude00"}"#,
                r"\ud83d",
                21,
                2,
            ),
            (r#"{"id": "a", "text": "\\\ud800"}"#, r"\ud800", 23, 1),
        ] {
            let repair = repair_surrogates(input).expect(input);
            assert_eq!(repair.first, (first.to_owned(), at), "{input}");
            assert_eq!(repair.count, count, "{input}");
            assert_eq!(repair.line.len(), input.len());
            let Err(f) = with(input, false) else {
                panic!("{input} accepted")
            };
            assert_eq!(f.id, "a", "the id is read from the repaired line");
            assert!(
                f.error.contains(&format!("{first} at byte {at}")),
                "{}",
                f.error
            );
            let doc = with(input, true).ok().expect("--lossy keeps the line");
            assert_eq!(doc.text.matches('\u{FFFD}').count(), count, "{input}");
            assert!(doc.warning.unwrap().contains("U+FFFD (--lossy)"));
        }
        // a line broken in other ways stays an error, under its line number
        let Err(f) = with(r#"{"id": "a", "text": "\ud800"#, true) else {
            panic!("accepted")
        };
        assert_eq!(f.id, "in.jsonl:3");
        assert!(f.error.starts_with("invalid JSON"), "{}", f.error);
    }

    #[test]
    fn files() {
        assert!(file_text(Vec::new(), false, false).is_err());
        assert!(
            file_text(b"PK\x03\x04\0\0".to_vec(), false, false)
                .unwrap_err()
                .starts_with("binary file")
        );
        assert!(file_text(b" \n\t".to_vec(), false, false).is_err());
        assert!(file_text(b"<script>x</script>".to_vec(), true, false).is_err());
        let (text, warning) = file_text(b"Gr\xfc\xdfe".to_vec(), false, true).unwrap();
        assert_eq!(text, "Gr\u{FFFD}\u{FFFD}e");
        assert!(warning.unwrap().contains("byte 2"));
        assert!(
            file_text(b"Gr\xfc\xdfe".to_vec(), false, false)
                .unwrap_err()
                .contains("byte 2")
        );
    }

    #[test]
    fn dates() {
        assert!(parse_date("2023-12-18").is_ok());
        assert!(parse_date("2023-12-18 10:00").is_ok());
        assert!(parse_date("18.12.2023").is_err());
        assert!(parse_date("2023-12-18Z").is_err());
    }
}
