//! # meldung
//!
//! Reads German government press releases and public-sector news and finds
//! what a reader wants from them. This release contains the foundation every
//! later stage runs on — a fast, German-aware **tokenizer** and a **sentence
//! splitter** over its tokens — and the stages on top: **dates**, every
//! date expression normalised to a TIMEX3 value; **entities**: people,
//! organisations, roles and quotes; and **keywords**, the key phrases of a
//! release, ranked. An [`Analyzer`] runs them all in one call.
//!
//! ```
//! let analyzer = meldung::Analyzer::new(); // build once, share across threads
//! let text = "Berlin, 18. Dezember 2023 – Bundesinnenministerin Nancy Faeser (SPD) hat \
//!             das Bundesamt für Sicherheit in der Informationstechnik (BSI) beauftragt. \
//!             „Wir handeln jetzt, nicht erst im nächsten Jahr“, sagte Faeser.";
//! let analysis = analyzer.analyze(text);
//! let faeser = &analysis.entities.people[0];
//! assert_eq!(faeser.name, "Nancy Faeser");
//! assert_eq!(analysis.entities.roles[faeser.roles[0]].title, "Bundesinnenministerin");
//! assert_eq!(analysis.entities.organisations[1].aliases, ["BSI"]);
//! assert_eq!(analysis.entities.quotes[0].speaker, Some(0));
//! assert_eq!(analysis.dates.mentions[1].value.as_deref(), Some("2024"));
//! ```
//!
//! The stages are usable one by one, on tokens you keep:
//!
//! ```
//! use meldung::{tokenize, sentences, TokenKind};
//!
//! let text = "Berlin, 18. Dezember 2023 – Das BMI stellt z. B. 1,5 Mio. € bereit. \
//!             „Wir freuen uns“, sagte Staatssekretärin Dr. Anna Beispiel.";
//!
//! let words: Vec<&str> = tokenize(text)
//!     .filter(|t| t.kind == TokenKind::Abbreviation)
//!     .map(|t| t.text)
//!     .collect();
//! assert_eq!(words, ["z.", "B.", "Mio.", "Dr."]);
//!
//! let sentences = sentences(text);
//! assert_eq!(sentences.len(), 2);
//! assert_eq!(sentences[1].text(text), "„Wir freuen uns“, sagte Staatssekretärin Dr. Anna Beispiel.");
//! ```
//!
//! # The pipeline
//!
//! 1. **Scan** ([`tokenize`]): the only pass over the bytes. A hand-written
//!    state machine classifies ASCII through a byte table and decodes UTF-8
//!    only at non-ASCII bytes. It decides the German specifics itself:
//!    abbreviations (`Dr.`, `z.` `B.`), ordinals (`3.` before `Oktober`),
//!    dates (`18.12.2023`, `18.12.`), times (`14:30`, `9.30 Uhr`), German
//!    numbers (`1.250,50`), URLs (also glued together), e-mail addresses,
//!    hashtags and handles, hyphenated and truncated compounds and gender
//!    forms. Spans are final here: no later stage changes an offset.
//! 2. **Sentences** ([`split_sentences`]): boundaries as token ranges; see
//!    [`sentence`] for the rules.
//! 3. **Dates** ([`date::find_dates`]): one walk over the tokens finds every
//!    date expression — days, months, years, decades, quarters, half-years,
//!    seasons, weeks, ranges, times, relative expressions, holidays — and
//!    normalises it against the document's own date (or yours).
//!
//! ```
//! let text = "Berlin, 18. Dezember 2023 – Die Frist endet Ende März. Im Vorjahr waren es 12.";
//! let found = meldung::date::dates(text);
//! let values: Vec<_> = found.mentions.iter().map(|m| m.value.as_deref().unwrap_or("?")).collect();
//! assert_eq!(values, ["2023-12-18", "2024-03", "2022"]);
//! assert_eq!(found.mentions[1].modifier.map(|m| m.as_str()), Some("END"));
//! ```
//!
//! 4. **Entities** ([`entity::entities`], [`entity::Recognizer`]): people,
//!    organisations, roles and quotes, linked as a reader links them
//!    ("Anja Theurer, CFO des DigitalService").
//!
//! ```
//! let text = "„Wir treten bei, weil wir das für richtig halten“, sagte Anja Theurer, CFO des DigitalService.";
//! let found = meldung::entity::entities(text);
//! let role = &found.roles[found.people[0].roles[0]];
//! assert_eq!((found.people[0].name.as_str(), role.title.as_str()), ("Anja Theurer", "CFO"));
//! assert_eq!(found.organisations[role.organisation.unwrap()].name, "DigitalService");
//! assert_eq!(found.quotes[0].speaker, Some(0));
//! ```
//!
//! 5. **Keywords** ([`keyword::KeywordExtractor`]): nouns, compounds,
//!    adjective phrases and names inside sentences, grouped by their German
//!    Snowball stems across inflection ("der öffentlichen Verwaltung" →
//!    "öffentliche Verwaltung"), compounds passing evidence to their parts,
//!    scored by position, frequency, spread and rarity in a background
//!    model you can build from your own archive.
//!
//! ```
//! let text = "Das Onlinezugangsgesetz (OZG) verpflichtet Bund und Länder. \
//!             Die Digitalisierung der öffentlichen Verwaltung soll bis 2025 gelingen. \
//!             Für das OZG fehlt der öffentlichen Verwaltung aber Geld.";
//! let terms: Vec<String> = meldung::keyword::keywords(text).into_iter().map(|k| k.term).collect();
//! assert_eq!(terms[..2], ["Onlinezugangsgesetz", "öffentliche Verwaltung"]);
//! ```
//!
//!
//! # Offsets
//!
//! Every [`Span`] holds **byte offsets** into the text you passed in, half
//! open: `&text[span.range()]` is exactly the token or sentence. Use
//! [`Span::char_range`] if you need offsets in Unicode scalar values.
//!
//! # Performance
//!
//! **Build the [`Analyzer`] once** and share it: it is `Send + Sync`, and
//! analysing borrows it immutably, so one analyzer serves every thread of a
//! batch job. [`tokenize`] allocates nothing per token; [`tokenize_into`]
//! reuses your `Vec`. The embedded word lists are parsed once per process,
//! on first use (a few milliseconds). What the entity and keyword stages
//! work out about a word (its key, its features, its stem) is remembered
//! per thread across documents, so a long-lived worker thread that analyses
//! many releases pays for each distinct word once: reuse threads (a pool,
//! `rayon`) rather than spawning one per document.
//! A [`Tokenizer`] with your own abbreviations is built once (it copies the
//! embedded lists) and then shared: it is `Send + Sync`, and tokenizing
//! borrows it immutably. The README has the benchmark figures.
//!
//! # Your own abbreviations
//!
//! ```
//! let tokenizer = meldung::Tokenizer::builder().abbreviation("Dig.-Verw.").build()?;
//! let texts: Vec<_> = tokenizer.tokenize("Die Dig.-Verw. prüft.").map(|t| t.text).collect();
//! assert_eq!(texts, ["Die", "Dig.-Verw.", "prüft", "."]);
//! # Ok::<(), meldung::Error>(())
//! ```
//!
//! # Untrusted input
//!
//! meldung is built to be fed whatever a scraper produced: truncated HTML,
//! binary junk decoded as text, megabyte-long lines, other languages and
//! scripts. What it guarantees:
//!
//! - **Any `&str` is valid input, and nothing panics.** No stage indexes
//!   without a check that input can reach; the tokenizer, sentence
//!   splitter, date extraction and the whole [`Analyzer::analyze`] are
//!   fuzzed with libFuzzer (the `fuzz/` directory, seeded with `corpus/`),
//!   and property tests run every stage on arbitrary Unicode and on text
//!   stitched from the pieces the recognisers react to.
//! - **Every span slices the input** exactly (`text.get(span.range())` is
//!   `Some`), tokens are ordered and cover all non-space text, entity and
//!   date spans start and end on token boundaries, every date value is a
//!   well-formed TIMEX3 value naming a real calendar day, and the JSON view
//!   always serialises to JSON that parses back.
//! - **Time is linear in the input.** Every look-ahead of the scanner and
//!   of the date, entity and keyword stages is bounded by a constant (a
//!   few tokens, a line, a sentence), the work on one word is linear in
//!   its length (words over 80 letters are not split into compounds, over
//!   192 bytes not stemmed: no German word is that long), and per-document
//!   tables grow with the number of distinct words. Tests run hostile
//!   inputs at sizes where quadratic behaviour would not finish (1 MB
//!   without white space, 100,000 × `"Dr. "`, 10,000 nested and unbalanced
//!   quotes and brackets, a 100 KB URL, all capitals, only punctuation,
//!   one capitalised word repeated for a megabyte, mixed scripts and emoji,
//!   NUL and control characters), and the `hostile` benchmark runs each at 1, 4, 16 and
//!   64 MiB: the instructions per byte stay flat, and the time per
//!   megabyte with them, up to the slowdown when a document's tables
//!   outgrow the CPU caches.
//! - **Memory is linear in the document**, about 15 bytes per byte of
//!   text at the peak of an analysis (the tokens are 40 bytes each, about
//!   one per six bytes of German text; the stages' tables come on top) and
//!   freed when the [`Analysis`] is dropped. Nothing is kept between
//!   documents except three per-thread caches: two of at most 32,768 word
//!   forms each (what the entity and keyword stages learnt about a word)
//!   and one of at most 4,096 organisation names with their keyword keys,
//!   a few megabytes per thread. Cap the size of documents you accept if
//!   single inputs can be huge; the command-line tool does (below).
//! - **Only data you hand in can be wrong** (a user abbreviation, a
//!   gazetteer line, a keyword model, a reference date), and that gives an
//!   [`Error`], never a panic.
//!
//! The `meldung` command-line tool turns every bad input into an error
//! record `{"id": …, "error": …}` in its output and one line on stderr, and
//! goes on with the next document: an unreadable file or directory, a FIFO,
//! socket or device met in a directory walk, an empty file, a binary file
//! (a NUL byte in its first 8 KB), invalid UTF-8 (or, with `--lossy`,
//! U+FFFD replacements and a warning), a file over the size limit, and in
//! JSON Lines input a malformed line, a line without `text`, an invalid
//! `date`, or a lone surrogate escape. The exit code is 0 when every
//! document succeeded, 1 when some failed, 2 for usage errors; documents in
//! flight are bounded (a few per job), so memory stays flat however large
//! the archive.
//!
//! # Crate features
//!
//! | feature | default | what it adds |
//! |---|---|---|
//! | `cli` | yes | the `meldung` command-line tool (pulls in `clap`, `serde_json` and the `serde` feature); library users turn it off with `default-features = false` |
//! | `serde` | with `cli` | `serde::Serialize` for [`Document`], the JSON view of an analysis |

#![forbid(unsafe_code)]

mod analyzer;
pub mod date;
pub mod entity;
mod error;
mod hash;
pub mod keyword;
pub mod sentence;
mod span;
pub mod token;

mod lexicon;

pub use analyzer::{
    Analysis, Analyzer, AnalyzerBuilder, Document, DocumentOptions, JsonDate, JsonKeyword,
    JsonMention, JsonMetadata, JsonOrganisation, JsonPerson, JsonQuote, JsonRole, Metadata,
    Offsets,
};
pub use error::Error;
pub use sentence::{Sentence, sentences, split_sentences, split_sentences_into};
pub use span::Span;
pub use token::{Token, TokenKind, Tokenizer, TokenizerBuilder, Tokens, tokenize, tokenize_into};

/// The README's Rust examples run as doc-tests.
#[cfg(doctest)]
#[doc = include_str!("../README.md")]
struct ReadmeDoctests;

#[cfg(test)]
mod tests {
    use super::*;

    fn assert_send_sync<T: Send + Sync + std::panic::UnwindSafe + std::panic::RefUnwindSafe>() {}

    #[test]
    fn public_types_are_send_sync() {
        assert_send_sync::<Span>();
        assert_send_sync::<Token<'static>>();
        assert_send_sync::<TokenKind>();
        assert_send_sync::<Tokens<'static, 'static>>();
        assert_send_sync::<Sentence>();
        assert_send_sync::<Tokenizer>();
        assert_send_sync::<TokenizerBuilder>();
        assert_send_sync::<Error>();
        assert_send_sync::<entity::Recognizer>();
        assert_send_sync::<entity::RecognizerBuilder>();
        assert_send_sync::<entity::Entities<'static>>();
        assert_send_sync::<keyword::Keyword>();
        assert_send_sync::<keyword::KeywordExtractor>();
        assert_send_sync::<keyword::KeywordExtractorBuilder>();
        assert_send_sync::<keyword::KeywordModel>();
        assert_send_sync::<keyword::KnownTerm>();
    }
}
