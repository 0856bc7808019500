//! The `meldung` command-line tool.
//!
//! `meldung tokens [FILE|-]...` prints one token per line as
//! `start<TAB>end<TAB>kind<TAB>text` (byte offsets); with `--sentences`, one
//! sentence per line as `start<TAB>end<TAB>text`.
//!
//! `meldung dates [FILE|-]...` prints the document date, then one date
//! expression per line with its normalised value.

use std::io::{self, BufWriter, Read, Write};
use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand};

#[derive(Parser)]
#[command(
    name = "meldung",
    version,
    about = "Read German press releases: tokens, sentences and (soon) who, what, when."
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
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
}

/// One input that could not be processed.
struct Problem(String);

fn main() -> ExitCode {
    let cli = Cli::parse();
    match cli.command {
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
    }
}

/// Runs `each` on the text of every input, keeping going past bad inputs.
fn run(
    paths: &[PathBuf],
    lossy: bool,
    mut each: impl FnMut(&mut dyn Write, &str) -> io::Result<()>,
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
        if let Err(e) = each(&mut out, &text).and_then(|()| out.flush()) {
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
