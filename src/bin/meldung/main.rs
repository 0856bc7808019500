//! The `meldung` command-line tool.
//!
//! `meldung analyze [PATH]...` analyses every document of an archive on all
//! cores and writes one JSON object per document (JSON Lines, in input
//! order), or CSV tables; `--jsonl` reads JSON Lines, so that it works as a
//! streaming mapper. `meldung stats [PATH]...` aggregates an archive.
//!
//! `meldung tokens [FILE|-]...` prints one token per line as
//! `start<TAB>end<TAB>kind<TAB>text` (byte offsets); with `--sentences`, one
//! sentence per line as `start<TAB>end<TAB>text`.
//!
//! `meldung dates [FILE|-]...` prints the document date, then one date
//! expression per line with its normalised value.
//!
//! `meldung keywords [FILE|-]...` prints the ranked keywords of each input as
//! `score<TAB>count<TAB>term`; `meldung keywords --build-model ARCHIVE...
//! --output FILE` builds a background model from an archive instead.

use std::io::{self, BufWriter, Read, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::{CommandFactory, Parser, Subcommand};

mod analyze;
mod batch;
mod html;
mod input;
mod pipeline;
mod progress;
mod stats;

#[derive(Parser)]
#[command(
    name = "meldung",
    version,
    about = "Read German press releases: who (people, roles, organisations), when (dates), \
             what (keywords) — one release or an archive of millions, as JSON Lines or CSV."
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Analyse documents — people with roles, organisations, dates, keywords,
    /// quotes — and write one JSON object per document (JSON Lines, in input
    /// order; an error record `{"id", "error"}` for a document that fails),
    /// or CSV tables. Uses all cores. Exit code 0 when every document
    /// succeeded, 1 when some failed, 2 for usage errors.
    Analyze(analyze::AnalyzeArgs),
    /// Aggregate an archive: the most frequent people with their roles,
    /// organisations, keywords, and documents per month of publication.
    Stats(stats::StatsArgs),
    /// Print the tokens (or sentences) of each input, one per line.
    Tokens {
        /// Input files; `-` or none reads standard input.
        paths: Vec<PathBuf>,
        /// Print one sentence per line (`start<TAB>end<TAB>text`) instead of tokens;
        /// line breaks and tabs inside a sentence are printed as single spaces
        /// (the offsets still point at the original text).
        #[arg(long)]
        sentences: bool,
        /// Replace invalid UTF-8 with U+FFFD instead of rejecting the input
        /// (reported on stderr; offsets then refer to the decoded text).
        #[arg(long)]
        lossy: bool,
    },
    /// Print the date expressions of each input: first `# document-date`
    /// (or `-`), then one line per mention as
    /// `start<TAB>end<TAB>kind<TAB>value<TAB>modifier<TAB>text`.
    Dates {
        /// Input files; `-` or none reads standard input.
        paths: Vec<PathBuf>,
        /// The reference date (`YYYY-MM-DD`) for relative and year-less
        /// expressions; by default the document's own date.
        #[arg(long, value_name = "YYYY-MM-DD")]
        reference: Option<meldung::date::Date>,
        /// Replace invalid UTF-8 with U+FFFD instead of rejecting the input.
        #[arg(long)]
        lossy: bool,
    },
    /// Print the ranked keywords of each input, one per line as
    /// `score<TAB>count<TAB>term`; with several inputs, each list starts
    /// with `# FILE`. With `--build-model`, build a background model instead.
    Keywords {
        /// Input files; `-` or none reads standard input.
        paths: Vec<PathBuf>,
        /// How many keywords to print per input.
        #[arg(long, value_name = "N", default_value_t = 10)]
        top: usize,
        /// A background model built with `--build-model` (default: the
        /// embedded one).
        #[arg(long, value_name = "FILE")]
        model: Option<PathBuf>,
        /// Build a background model from an archive: every file in these
        /// directories (not recursing) and every file named is one document.
        #[arg(long, value_name = "DIR_OR_FILE", num_args = 1.., conflicts_with_all = ["paths", "model"])]
        build_model: Vec<PathBuf>,
        /// Where to write the built model (default: standard output).
        #[arg(long, value_name = "FILE", requires = "build_model")]
        output: Option<PathBuf>,
        /// Keep only keys found in at least this many documents of the archive.
        #[arg(long, value_name = "N", default_value_t = 2, requires = "build_model")]
        min_df: u32,
        /// Replace invalid UTF-8 with U+FFFD instead of rejecting the input.
        #[arg(long)]
        lossy: bool,
    },
}

/// One input that could not be processed.
struct Problem(String);

fn main() -> ExitCode {
    let cli = Cli::parse();
    match cli.command {
        Command::Analyze(args) => {
            if args.pretty && args.format == analyze::Format::Csv {
                Cli::command()
                    .error(
                        clap::error::ErrorKind::ArgumentConflict,
                        "--pretty is for JSON output, not --format csv",
                    )
                    .exit();
            }
            analyze::run(&args)
        }
        Command::Stats(args) => stats::run(&args),
        Command::Tokens {
            paths,
            sentences,
            lossy,
        } => run(&paths, lossy, |out, text| {
            let mut tokens = Vec::new();
            meldung::tokenize_into(text, &mut tokens);
            if sentences {
                write_sentences(out, text, &tokens)
            } else {
                write_tokens(out, &tokens)
            }
        }),
        Command::Dates {
            paths,
            reference,
            lossy,
        } => run(&paths, lossy, |out, text| write_dates(out, text, reference)),
        Command::Keywords {
            paths,
            top,
            model,
            build_model,
            output,
            min_df,
            lossy,
        } => {
            if !build_model.is_empty() {
                return build_keyword_model(&build_model, output.as_deref(), min_df, lossy);
            }
            let mut builder = meldung::keyword::KeywordExtractor::builder();
            builder.top_n(top);
            if let Some(path) = &model {
                match read_model(path) {
                    Ok(m) => {
                        builder.model(m);
                    }
                    Err(Problem(msg)) => {
                        eprintln!("meldung: {msg}");
                        return ExitCode::FAILURE;
                    }
                }
            }
            let extractor = match builder.build() {
                Ok(x) => x,
                Err(e) => {
                    eprintln!("meldung: {e}");
                    return ExitCode::FAILURE;
                }
            };
            let several = paths.len() > 1;
            run_named(&paths, lossy, |out, name, text| {
                if several {
                    writeln!(out, "# {name}")?;
                }
                write_keywords(out, text, &extractor)
            })
        }
    }
}

/// Runs `each` on the text of every input, keeping going past bad inputs.
fn run(
    paths: &[PathBuf],
    lossy: bool,
    mut each: impl FnMut(&mut dyn Write, &str) -> io::Result<()>,
) -> ExitCode {
    run_named(paths, lossy, |out, _, text| each(out, text))
}

/// Like [`run`], also handing `each` the input's name.
fn run_named(
    paths: &[PathBuf],
    lossy: bool,
    mut each: impl FnMut(&mut dyn Write, &str, &str) -> io::Result<()>,
) -> ExitCode {
    let stdin_only = [PathBuf::from("-")];
    let paths = if paths.is_empty() {
        &stdin_only[..]
    } else {
        paths
    };
    let stdout = io::stdout();
    let mut out = BufWriter::new(stdout.lock());
    let mut failed = 0usize;
    for path in paths {
        let name = path.display().to_string();
        let text = match read_text(path, &name, lossy) {
            Ok(text) => text,
            Err(Problem(msg)) => {
                eprintln!("meldung: {msg}");
                failed += 1;
                continue;
            }
        };
        if let Err(e) = each(&mut out, &name, &text).and_then(|()| out.flush()) {
            if e.kind() == io::ErrorKind::BrokenPipe {
                // the reader has seen enough; earlier failures still count
                return if failed > 0 {
                    ExitCode::FAILURE
                } else {
                    ExitCode::SUCCESS
                };
            }
            eprintln!("meldung: cannot write output: {e}");
            return ExitCode::FAILURE;
        }
    }
    if failed > 0 {
        if paths.len() > 1 {
            eprintln!("meldung: {failed} of {} inputs failed", paths.len());
        }
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    }
}

fn read_text(path: &PathBuf, name: &str, lossy: bool) -> Result<String, Problem> {
    let mut bytes = Vec::new();
    let read = if name == "-" {
        io::stdin().lock().read_to_end(&mut bytes).map(|_| ())
    } else {
        std::fs::File::open(path).and_then(|mut f| f.read_to_end(&mut bytes).map(|_| ()))
    };
    let name = if name == "-" { "<stdin>" } else { name };
    read.map_err(|e| Problem(format!("{name}: cannot read: {e}")))?;
    match String::from_utf8(bytes) {
        Ok(text) => Ok(text),
        Err(e) => {
            let offset = e.utf8_error().valid_up_to();
            if lossy {
                eprintln!(
                    "meldung: {name}: invalid UTF-8 at byte {offset}, replaced with U+FFFD (--lossy)"
                );
                Ok(String::from_utf8_lossy(e.as_bytes()).into_owned())
            } else {
                Err(Problem(format!(
                    "{name}: invalid UTF-8 at byte {offset} (use --lossy to replace invalid bytes)"
                )))
            }
        }
    }
}

fn write_tokens(out: &mut dyn Write, tokens: &[meldung::Token<'_>]) -> io::Result<()> {
    for t in tokens {
        writeln!(
            out,
            "{}\t{}\t{}\t{}",
            t.span.start, t.span.end, t.kind, t.text
        )?;
    }
    Ok(())
}

fn write_sentences(
    out: &mut dyn Write,
    text: &str,
    tokens: &[meldung::Token<'_>],
) -> io::Result<()> {
    for s in meldung::split_sentences(text, tokens) {
        write!(out, "{}\t{}\t", s.span.start, s.span.end)?;
        // one line per sentence: line breaks and tabs inside become spaces
        let mut words = s
            .text(text)
            .split(meldung::token::is_separator)
            .filter(|w| !w.is_empty());
        if let Some(w) = words.next() {
            out.write_all(w.as_bytes())?;
        }
        for w in words {
            out.write_all(b" ")?;
            out.write_all(w.as_bytes())?;
        }
        out.write_all(b"\n")?;
    }
    Ok(())
}

fn write_dates(
    out: &mut dyn Write,
    text: &str,
    reference: Option<meldung::date::Date>,
) -> io::Result<()> {
    let mut tokens = Vec::new();
    meldung::tokenize_into(text, &mut tokens);
    let dates = meldung::date::find_dates(text, &tokens, reference);
    match dates.document_date {
        Some(d) => writeln!(out, "# document-date\t{d}")?,
        None => writeln!(out, "# document-date\t-")?,
    }
    for m in &dates.mentions {
        writeln!(
            out,
            "{}\t{}\t{}\t{}\t{}\t{}",
            m.span.start,
            m.span.end,
            m.kind,
            m.value.as_deref().unwrap_or("-"),
            m.modifier.map_or("-", |x| x.as_str()),
            m.text.replace(['\n', '\t', '\r'], " ")
        )?;
    }
    Ok(())
}

fn write_keywords(
    out: &mut dyn Write,
    text: &str,
    extractor: &meldung::keyword::KeywordExtractor,
) -> io::Result<()> {
    let mut tokens = Vec::new();
    meldung::tokenize_into(text, &mut tokens);
    let sentences = meldung::split_sentences(text, &tokens);
    for k in extractor.extract(text, &tokens, &sentences) {
        writeln!(out, "{:.3}\t{}\t{}", k.score, k.count, k.term)?;
    }
    Ok(())
}

fn read_model(path: &Path) -> Result<meldung::keyword::KeywordModel, Problem> {
    let name = path.display();
    let text = std::fs::read_to_string(path)
        .map_err(|e| Problem(format!("{name}: cannot read model: {e}")))?;
    meldung::keyword::KeywordModel::parse(&text).map_err(|e| Problem(format!("{name}: {e}")))
}

/// `keywords --build-model`: one document per file; bad files are reported
/// and skipped, and make the exit code 1.
fn build_keyword_model(
    archive: &[PathBuf],
    output: Option<&Path>,
    min_df: u32,
    lossy: bool,
) -> ExitCode {
    let mut files = Vec::new();
    let mut failed = 0usize;
    for path in archive {
        if path.is_dir() {
            match std::fs::read_dir(path) {
                Ok(entries) => {
                    let mut inside: Vec<PathBuf> = entries
                        .filter_map(|e| e.ok().map(|e| e.path()))
                        .filter(|p| p.is_file())
                        .collect();
                    inside.sort();
                    files.extend(inside);
                }
                Err(e) => {
                    eprintln!("meldung: {}: cannot read directory: {e}", path.display());
                    failed += 1;
                }
            }
        } else {
            files.push(path.clone());
        }
    }
    let mut texts = Vec::with_capacity(files.len());
    for path in &files {
        match read_text(path, &path.display().to_string(), lossy) {
            Ok(text) => texts.push(text),
            Err(Problem(msg)) => {
                eprintln!("meldung: {msg}");
                failed += 1;
            }
        }
    }
    let mut model =
        meldung::keyword::KeywordModel::from_documents(texts.iter().map(String::as_str));
    model.prune(min_df);
    let written = match output {
        Some(path) => std::fs::File::create(path)
            .and_then(|f| model.write(f))
            .map_err(|e| format!("{}: cannot write model: {e}", path.display())),
        None => model
            .write(io::stdout().lock())
            .map_err(|e| format!("cannot write model: {e}")),
    };
    if let Err(msg) = written {
        eprintln!("meldung: {msg}");
        return ExitCode::FAILURE;
    }
    eprintln!(
        "meldung: keyword model from {} documents, {} keys (in at least {min_df} documents)",
        model.documents(),
        model.len()
    );
    if failed > 0 {
        eprintln!("meldung: {failed} inputs failed");
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    }
}
