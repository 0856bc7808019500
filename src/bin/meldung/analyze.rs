//! `meldung analyze`: every document as one JSON object per line (the shape
//! of `docs/meldung.schema.json`), or as CSV tables.

use std::fmt::Display;
use std::fs::{self, File};
use std::io::{self, BufWriter, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use meldung::{Document, DocumentOptions, Offsets};

use crate::batch::{self, InputArgs};

#[derive(clap::Args)]
pub struct AnalyzeArgs {
    #[command(flatten)]
    pub input: InputArgs,
    /// Write to FILE instead of standard output; with `--format csv`, the
    /// directory for the tables (created if missing).
    #[arg(
        long,
        short = 'o',
        value_name = "PATH",
        required_if_eq("format", "csv")
    )]
    pub output: Option<PathBuf>,
    /// `json`: JSON Lines, one object per document. `csv`: flat tables
    /// (documents, people with one row per role, organisations, dates,
    /// keywords, quotes), each row with the document id.
    #[arg(long, value_enum, default_value_t = Format::Json)]
    pub format: Format,
    /// Pretty-print the JSON (for reading one document; several become a
    /// stream of indented objects instead of JSON Lines).
    #[arg(long)]
    pub pretty: bool,
    /// Offsets in Unicode scalar values (characters) instead of bytes.
    #[arg(long)]
    pub char_offsets: bool,
    /// Include every token (`tokens`: start, end, text).
    #[arg(long)]
    pub tokens: bool,
    /// Include every sentence (`sentences`: start, end, text).
    #[arg(long)]
    pub sentences: bool,
    /// Keywords per document.
    #[arg(long, value_name = "N", default_value_t = 10)]
    pub top: usize,
}

#[derive(Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    /// JSON Lines.
    #[value(alias = "jsonl")]
    Json,
    /// CSV tables in a directory.
    Csv,
}

/// The CSV tables: file stem and header.
const TABLES: [(&str, &str); 8] = [
    (
        "documents",
        "id,date,title,dateline,bytes,people,organisations,dates,keywords,quotes,error",
    ),
    ("people", "id,person,role,organisation,party,mentions"),
    ("organisations", "id,organisation,aliases,kind,mentions"),
    ("dates", "id,text,start,end,value,mod,kind"),
    ("keywords", "id,rank,term,score,count"),
    ("quotes", "id,start,end,speaker"),
    ("tokens", "id,start,end,text"),
    ("sentences", "id,start,end,text"),
];
const DOCUMENTS: usize = 0;
const TOKENS: usize = 6;
const SENTENCES: usize = 7;

/// One document's output: a JSON line, or rows for each CSV table.
enum Out {
    Json(Vec<u8>),
    Csv(Vec<Vec<u8>>),
}

enum Sink {
    Stream(Box<dyn Write>),
    Tables(Vec<Option<BufWriter<File>>>),
}

impl Sink {
    fn open(args: &AnalyzeArgs) -> Result<Sink, String> {
        match (args.format, &args.output) {
            (Format::Json, None) => Ok(Sink::Stream(Box::new(BufWriter::with_capacity(
                1 << 16,
                io::stdout().lock(),
            )))),
            (Format::Json, Some(path)) => File::create(path)
                .map(|f| Sink::Stream(Box::new(BufWriter::with_capacity(1 << 16, f))))
                .map_err(|e| format!("{}: cannot create: {e}", path.display())),
            (Format::Csv, dir) => {
                let dir = dir.as_deref().unwrap_or(Path::new("."));
                fs::create_dir_all(dir)
                    .map_err(|e| format!("{}: cannot create directory: {e}", dir.display()))?;
                let mut files = Vec::new();
                for (i, (name, header)) in TABLES.iter().enumerate() {
                    if (i == TOKENS && !args.tokens) || (i == SENTENCES && !args.sentences) {
                        files.push(None);
                        continue;
                    }
                    let path = dir.join(format!("{name}.csv"));
                    let mut file = File::create(&path)
                        .map(|f| BufWriter::with_capacity(1 << 16, f))
                        .map_err(|e| format!("{}: cannot create: {e}", path.display()))?;
                    writeln!(file, "{header}")
                        .map_err(|e| format!("{}: cannot write: {e}", path.display()))?;
                    files.push(Some(file));
                }
                Ok(Sink::Tables(files))
            }
        }
    }

    fn write(&mut self, out: Out) -> io::Result<()> {
        match (self, out) {
            (Sink::Stream(w), Out::Json(line)) => w.write_all(&line),
            (Sink::Tables(files), Out::Csv(rows)) => {
                for (file, rows) in files.iter_mut().zip(rows) {
                    if let Some(file) = file
                        && !rows.is_empty()
                    {
                        file.write_all(&rows)?;
                    }
                }
                Ok(())
            }
            _ => unreachable!("the output matches the sink"),
        }
    }

    fn flush(&mut self) -> io::Result<()> {
        match self {
            Sink::Stream(w) => w.flush(),
            Sink::Tables(files) => files.iter_mut().flatten().try_for_each(Write::flush),
        }
    }
}

pub fn run(args: &AnalyzeArgs) -> ExitCode {
    let analyzer = match args.input.analyzer(args.top) {
        Ok(a) => a,
        Err(e) => {
            eprintln!("meldung: {e}");
            return ExitCode::FAILURE;
        }
    };
    let mut sink = match Sink::open(args) {
        Ok(s) => s,
        Err(e) => {
            eprintln!("meldung: {e}");
            return ExitCode::FAILURE;
        }
    };
    let options = DocumentOptions::new()
        .offsets(if args.char_offsets {
            Offsets::Chars
        } else {
            Offsets::Bytes
        })
        .with_tokens(args.tokens)
        .with_sentences(args.sentences);
    let (format, pretty) = (args.format, args.pretty);
    let sink = std::cell::RefCell::new(&mut sink);
    let finished = batch::run(
        &args.input,
        analyzer,
        args.output.is_none(),
        move |analyzer, doc| {
            let analysis = analyzer.analyze_dated(&doc.text, doc.date);
            let document = analysis.document(&doc.id, options);
            match format {
                Format::Json => json(&document, &doc.fields, pretty).map(Out::Json),
                Format::Csv => Ok(Out::Csv(csv(&document))),
            }
        },
        move |id, error| match format {
            Format::Json => Out::Json(error_json(id, error, pretty)),
            Format::Csv => Out::Csv(error_csv(id, error)),
        },
        |out| sink.borrow_mut().write(out),
        || sink.borrow_mut().flush(),
    );
    finished.exit_code()
}

/// A document's record: the analysis, and the input line's own members
/// under `fields` when it had any besides `id`, `text` and `date`.
#[derive(serde::Serialize)]
struct Record<'a> {
    #[serde(flatten)]
    document: &'a Document,
    #[serde(skip_serializing_if = "serde_json::Map::is_empty")]
    fields: &'a serde_json::Map<String, serde_json::Value>,
}

fn json(
    document: &Document,
    fields: &serde_json::Map<String, serde_json::Value>,
    pretty: bool,
) -> Result<Vec<u8>, String> {
    let mut line = Vec::with_capacity(4096);
    let record = Record { document, fields };
    let written = if pretty {
        serde_json::to_writer_pretty(&mut line, &record)
    } else {
        serde_json::to_writer(&mut line, &record)
    };
    written.map_err(|e| format!("cannot serialise: {e}"))?;
    line.push(b'\n');
    Ok(line)
}

/// The record of a document that failed.
#[derive(serde::Serialize)]
struct ErrorRecord<'a> {
    id: &'a str,
    error: &'a str,
}

/// `{"id": …, "error": …}`.
fn error_json(id: &str, error: &str, pretty: bool) -> Vec<u8> {
    let record = ErrorRecord { id, error };
    let mut line = if pretty {
        serde_json::to_vec_pretty(&record)
    } else {
        serde_json::to_vec(&record)
    }
    .unwrap_or_default();
    line.push(b'\n');
    line
}

fn error_csv(id: &str, error: &str) -> Vec<Vec<u8>> {
    let mut tables = vec![Vec::new(); TABLES.len()];
    let mut row = Row::new(&mut tables[DOCUMENTS]);
    row.text(id);
    for _ in 0..9 {
        row.text("");
    }
    row.text(error);
    row.end();
    tables
}

fn csv(d: &Document) -> Vec<Vec<u8>> {
    let mut tables = vec![Vec::new(); TABLES.len()];
    let id = d.id.as_str();
    let opt = |s: &Option<String>| s.clone().unwrap_or_default();
    {
        let mut row = Row::new(&mut tables[DOCUMENTS]);
        row.text(id)
            .text(&opt(&d.date))
            .text(&opt(&d.title))
            .text(&opt(&d.metadata.dateline))
            .num(d.metadata.bytes)
            .num(d.people.len())
            .num(d.organisations.len())
            .num(d.dates.len())
            .num(d.keywords.len())
            .num(d.quotes.len())
            .text("");
        row.end();
    }
    for p in &d.people {
        let party = opt(&p.party);
        let person = |role: &str, org: &str, out: &mut Vec<u8>| {
            let mut row = Row::new(out);
            row.text(id)
                .text(&p.name)
                .text(role)
                .text(org)
                .text(&party)
                .num(p.mentions.len());
            row.end();
        };
        if p.roles.is_empty() {
            person("", "", &mut tables[1]);
        }
        for r in &p.roles {
            person(&r.title, &opt(&r.organisation), &mut tables[1]);
        }
    }
    for o in &d.organisations {
        let mut row = Row::new(&mut tables[2]);
        row.text(id)
            .text(&o.name)
            .text(&o.aliases.join(" | "))
            .text(o.kind)
            .num(o.mentions.len());
        row.end();
    }
    for x in &d.dates {
        let mut row = Row::new(&mut tables[3]);
        row.text(id)
            .text(&x.text)
            .num(x.start)
            .num(x.end)
            .text(&opt(&x.value))
            .text(x.modifier.unwrap_or(""))
            .text(&x.kind);
        row.end();
    }
    for (rank, k) in d.keywords.iter().enumerate() {
        let mut row = Row::new(&mut tables[4]);
        row.text(id)
            .num(rank + 1)
            .text(&k.term)
            .num(k.score)
            .num(k.count);
        row.end();
    }
    for q in &d.quotes {
        let mut row = Row::new(&mut tables[5]);
        row.text(id).num(q.start).num(q.end).text(&opt(&q.speaker));
        row.end();
    }
    for (table, spans) in [(TOKENS, &d.tokens), (SENTENCES, &d.sentences)] {
        for m in spans.iter().flatten() {
            let mut row = Row::new(&mut tables[table]);
            row.text(id).num(m.start).num(m.end).text(&m.text);
            row.end();
        }
    }
    tables
}

/// One CSV row (RFC 4180 quoting: fields with a comma, quote or line break
/// are quoted, quotes doubled; rows end in `\n`).
struct Row<'a> {
    out: &'a mut Vec<u8>,
    first: bool,
}

impl<'a> Row<'a> {
    fn new(out: &'a mut Vec<u8>) -> Row<'a> {
        Row { out, first: true }
    }

    fn sep(&mut self) {
        if !self.first {
            self.out.push(b',');
        }
        self.first = false;
    }

    fn text(&mut self, s: &str) -> &mut Row<'a> {
        self.sep();
        if s.contains([',', '"', '\n', '\r']) {
            self.out.push(b'"');
            self.out
                .extend_from_slice(s.replace('"', "\"\"").as_bytes());
            self.out.push(b'"');
        } else {
            self.out.extend_from_slice(s.as_bytes());
        }
        self
    }

    fn num(&mut self, n: impl Display) -> &mut Row<'a> {
        self.sep();
        // numbers never need quoting
        let _ = write!(self.out, "{n}");
        self
    }

    fn end(self) {
        self.out.push(b'\n');
    }
}

#[cfg(test)]
mod tests {
    use super::Row;

    #[test]
    fn csv_quoting() {
        let mut out = Vec::new();
        let mut row = Row::new(&mut out);
        row.text("a")
            .text("b,c")
            .text("say \"hi\"")
            .text("x\ny")
            .num(0.5);
        row.end();
        assert_eq!(
            String::from_utf8(out).unwrap(),
            "a,\"b,c\",\"say \"\"hi\"\"\",\"x\ny\",0.5\n"
        );
    }
}
