//! What the tokenizer and the sentence splitter make of a real press release.
//!
//! ```sh
//! cargo run --example tokenize                      # corpus/reference-govdigital.txt
//! cargo run --example tokenize -- corpus/bund-bmi-cloud-strategie.txt
//! ```
//!
//! For every sentence it prints its number, its byte span and its text, then
//! its tokens separated by spaces. Plain words and punctuation (quotes,
//! brackets and dashes too) are shown as they are; every other token carries
//! its kind, as in `18.12.2023/date`, `Dr./abbreviation` or
//! `https://zendis.de/url`, so the German specifics the scanner decides
//! (abbreviations, ordinals, dates, times, German numbers, URLs glued
//! together) stand out. Because a token never contains white space, the
//! spaces show exactly where the tokens are: `IT-Dienstleister` is one token,
//! `vor .` two.
//!
//! At the end comes the number of tokens of each kind, most frequent first,
//! with a few examples of each (the punctuation kinds included).
//!
//! On a terminal the kinds are coloured; set `NO_COLOR` to turn that off.

use std::collections::BTreeMap;
use std::io::{self, IsTerminal, Write};
use std::process::ExitCode;

use meldung::{Token, TokenKind};

const DEFAULT_FILE: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/corpus/reference-govdigital.txt"
);

/// Lines are wrapped to this many characters.
const WIDTH: usize = 100;
/// Width of the `text` and `tokens` labels, indentation included.
const INDENT: usize = 14;

fn main() -> ExitCode {
    let mut args = std::env::args().skip(1);
    let path = args.next().unwrap_or_else(|| DEFAULT_FILE.to_owned());
    if args.next().is_some() || path == "-h" || path == "--help" {
        eprintln!("usage: cargo run --example tokenize [FILE]");
        return ExitCode::FAILURE;
    }
    let text = match std::fs::read_to_string(&path) {
        Ok(text) => text,
        Err(e) => {
            eprintln!("tokenize: {path}: {e}");
            return ExitCode::FAILURE;
        }
    };
    let colour = io::stdout().is_terminal() && std::env::var_os("NO_COLOR").is_none();
    match show(&path, &text, colour, &mut io::stdout().lock()) {
        Ok(()) => ExitCode::SUCCESS,
        // `… | head` closes the pipe early: not an error
        Err(e) if e.kind() == io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("tokenize: cannot write output: {e}");
            ExitCode::FAILURE
        }
    }
}

fn show(path: &str, text: &str, colour: bool, out: &mut impl Write) -> io::Result<()> {
    // Tokenize once; the sentence splitter works on the same tokens.
    let mut tokens = Vec::new();
    meldung::tokenize_into(text, &mut tokens);
    let sentences = meldung::split_sentences(text, &tokens);

    let name = std::path::Path::new(path)
        .file_name()
        .map_or(path.into(), |n| n.to_string_lossy());
    writeln!(
        out,
        "{name}: {} bytes, {} tokens, {} sentences\n",
        text.len(),
        tokens.len(),
        sentences.len()
    )?;

    for (number, sentence) in sentences.iter().enumerate() {
        writeln!(
            out,
            "{:>4}  bytes {}..{}, {} tokens",
            number + 1,
            sentence.span.start,
            sentence.span.end,
            sentence.tokens.len()
        )?;
        // The sentence as a reader sees it (line breaks inside become spaces).
        let words = sentence
            .text(text)
            .split(meldung::token::is_separator)
            .filter(|w| !w.is_empty())
            .map(|w| (w.chars().count(), w.to_owned()));
        wrap(out, "text", words)?;
        // Its tokens.
        let rendered = tokens[sentence.tokens.clone()]
            .iter()
            .map(|t| render(t, colour));
        wrap(out, "tokens", rendered)?;
        writeln!(out)?;
    }

    summary(&tokens, out)
}

/// Whether a token is shown with its kind: everything but plain words and
/// punctuation that is what it looks like.
fn is_interesting(kind: TokenKind) -> bool {
    kind != TokenKind::Word && !kind.is_punctuation()
}

/// A token as `text` or `text/kind`, with its width in characters (without
/// the colour codes).
fn render(token: &Token<'_>, colour: bool) -> (usize, String) {
    if !is_interesting(token.kind) {
        return (token.text.chars().count(), token.text.to_owned());
    }
    let kind = token.kind.as_str();
    let width = token.text.chars().count() + 1 + kind.len();
    if colour {
        // bold text, kind in cyan
        (
            width,
            format!("\x1b[1m{}\x1b[0m\x1b[36m/{kind}\x1b[0m", token.text),
        )
    } else {
        (width, format!("{}/{kind}", token.text))
    }
}

/// Writes `label` and then `pieces` separated by spaces, wrapped to
/// [`WIDTH`] with a hanging indent.
fn wrap(
    out: &mut impl Write,
    label: &str,
    pieces: impl Iterator<Item = (usize, String)>,
) -> io::Result<()> {
    write!(out, "{:>w$}  ", label, w = INDENT - 2)?;
    let mut column = INDENT;
    for (width, piece) in pieces {
        if column == INDENT {
            // first piece on the line: no separator
        } else if column + 1 + width > WIDTH {
            write!(out, "\n{:w$}", "", w = INDENT)?;
            column = INDENT;
        } else {
            write!(out, " ")?;
            column += 1;
        }
        write!(out, "{piece}")?;
        column += width;
    }
    writeln!(out)
}

/// Tokens per kind, most frequent first, each with up to three examples.
fn summary(tokens: &[Token<'_>], out: &mut impl Write) -> io::Result<()> {
    let mut kinds: BTreeMap<&str, (usize, Vec<&str>)> = BTreeMap::new();
    for t in tokens {
        let (count, examples) = kinds.entry(t.kind.as_str()).or_default();
        *count += 1;
        if examples.len() < 3 && !examples.contains(&t.text) {
            examples.push(t.text);
        }
    }
    let mut kinds: Vec<_> = kinds.into_iter().collect();
    // by count, descending; equal counts by name (the map's order, kept by a
    // stable sort)
    kinds.sort_by_key(|(_, (count, _))| std::cmp::Reverse(*count));

    writeln!(out, "Tokens per kind:")?;
    for (kind, (count, examples)) in &kinds {
        writeln!(out, "{kind:>14} {count:>6}   {}", examples.join("  "))?;
    }
    writeln!(out, "{:>14} {:>6}", "total", tokens.len())
}
