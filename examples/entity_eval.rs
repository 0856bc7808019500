//! Evaluates the entity stage ([`meldung::entity::entities`]) against the
//! person, organisation and role annotations of three public gold corpora:
//! GermEval 2014 NER (news and Wikipedia), the DFKI SmartData corpus
//! (business and traffic news, RSS, tweets) and German Legal Entity
//! Recognition (LER, federal court decisions), all in their dev parts.
//!
//! ```text
//! cargo run --release --example entity_eval [-- --germeval PATH] [--smartdata PATH] [--ler PATH] [--errors N]
//! ```
//!
//! The paths default to the data sets under `../shared/datasets/` next to
//! the crate root (`germeval2014-ner-dev/NER-de-dev.tsv`,
//! `smartdata-dfki-dev/dev.json.gz`, `legal-ner-ler-dev/ler_dev.conll`).
//! A corpus whose file is missing is skipped with a note, so the example
//! exits successfully without the data. SmartData's `.gz` file is
//! decompressed by running `gzip -dc PATH` (the crate has no gzip reader); a
//! path not ending in `.gz` is read as decompressed JSON. `--errors N` lists
//! up to N false positives and N false negatives per corpus and class
//! (spread evenly over the corpus), each with its context and a rough
//! classification, for error analysis.
//!
//! # Licences
//!
//! All three data sets are CC BY 4.0: GermEval 2014 (Benikova, Biemann and
//! Reznicek, LREC 2014), SmartData (Schiersch et al., LREC 2018) and LER
//! (Leitner, Rehm and Moreno-Schneider, 2019). They are only read from the
//! paths above; nothing of them is copied into this crate.
//!
//! # What is measured
//!
//! Each gold span of a scored class is compared with the system's mentions
//! of the matching kind, as byte spans into the same text:
//!
//! * **PER**: every [`Mention`] of every [`Person`] (`people[i].mentions`);
//! * **ORG**: every mention of every [`Organisation`];
//! * **ROLE** (SmartData only): every mention of every [`Role`].
//!
//! Spans are sets per class and text (a span named twice counts once).
//! **exact** counts a system span as right when its byte range equals a
//! gold span's; **overlap** aligns gold and system spans one to one, exact
//! matches first, then each remaining gold span takes the unaligned system
//! span of its class that it overlaps most (any shared byte). Precision,
//! recall and F1 are summed over the corpus (micro average). Because the
//! predicted spans come from meldung's own tokenizer, they need not fall on
//! gold token boundaries (`Dr.` stays one token): exact means the same byte
//! range, nothing looser. One convention is mapped: meldung keeps academic
//! titles in a person's mention ("Dr. Bernd Rödl"), the gold corpora leave
//! them out, so a PER span is scored without its leading titles.
//!
//! A recall line per gold label shows which fine labels a class is made of
//! and how many of each are found.
//!
//! # The corpora
//!
//! **GermEval 2014 dev** (2,200 sentences): one token per line,
//! `index<TAB>token<TAB>outer<TAB>nested`, IOB2, a `#<TAB>source<TAB>[date]`
//! line before each sentence, a blank line after it. Only the outer column
//! (3) is read; nested entities are ignored. Only plain `PER` and `ORG` spans
//! are scored. `PERderiv`, `PERpart`, `ORGderiv` and `ORGpart` (derivations
//! and compounds with a name inside: `Republikanern`, `VW-Konzern`,
//! `FDP-Chef`, `Capote-Lesung`) are left out on both sides: they are no gold
//! spans, and a system PER (ORG) span that overlaps a `PERderiv` or
//! `PERpart` (`ORGderiv`, `ORGpart`) span and is not aligned with a scored
//! gold span is not counted either, neither right nor wrong (the gold lines
//! of the report say how many). `LOC` and `OTH` are not scored; a system
//! span on them is a false positive, and the error list names the gold label
//! it sits on. Each sentence is its own text: the tokens joined by single
//! spaces (`Gerhard Schröder ( SPD ) sagte , …`), so punctuation is
//! detached as in the gold tokens, and there is no document context. Roles
//! are not annotated in GermEval.
//!
//! **SmartData v3 dev** (228 documents): a stream of pretty-printed JSON
//! objects in AVRO-JSON encoding (`"text": {"string": …}`, arrays as
//! `{"array": […]}`), read with `serde_json` through the helper shared with
//! the `smartdata_dates` example (`examples/common/avro_json.rs`). Of each document it
//! uses `text.string` and `conceptMentions` (`type`, `span.start`,
//! `span.end`, `normalizedValue`). Gold `PERSON` is scored as PER,
//! `ORGANIZATION` and `ORGANIZATION_COMPANY` as ORG, `ORG_POSITION` as
//! ROLE. Concept spans count *characters* (Java: UTF-16 code units; the dev
//! part has nothing outside the BMP, so code points agree) and are
//! converted to byte offsets here. Version 3 re-aligned the spans to the
//! Stanford tokens, so some took in neighbouring punctuation
//! (`Stournaras.`, `StarCapital AG,`, `(Marketwired)`, `EU-` of
//! `EU-Landes`, `POL-KN:`); where `normalizedValue` occurs inside the span
//! and only punctuation (`.,;:?!-()`) and white space lie outside it, the
//! gold span is narrowed to it (the report counts these). Hashtags and
//! handles stay as annotated (`@SPIEGELONLINE`, `#Wulff`), and so does
//! `Zentralbankchef`, which is both an ORGANIZATION (normalised
//! `Zentralbank`) and an ORG_POSITION. The documents are whole texts, so
//! the entity stage sees the document context it is built for.
//!
//! **LER dev** (6,666 sentences, shuffled, no document context):
//! `token<SPACE>tag` lines in IOB2 with CRLF line ends, a blank line after
//! each sentence, 19 fine labels. People are `PER` (party or other person),
//! `RR` (judge) and `AN` (lawyer), scored as PER; organisations are `ORG`,
//! `UN` (company), `INN` (institution) and `GRT` (court), scored as ORG.
//! `MRK` (brand), which LER's coarse scheme also puts under organisations,
//! is left out, as a brand names a product rather than a body; so are places,
//! norms, decisions and literature. Sentences are rebuilt by joining the
//! tokens with single spaces, as for GermEval. The decisions are
//! anonymised, so most `PER` and `AN` spans are bare initials (`E`, `H.`,
//! `K …`) and `RR` spans bare surnames: PER recall on LER says little about
//! press releases. Courts and institutions (`Bundesverfassungsgericht`,
//! `BGH`, `Deutschen Patent- und Markenamt`) are the useful part. A court
//! named inside a citation is not annotated on its own (`BGH GRUR 2012 ,
//! 1139` is one `RS` span, a decision), so a system ORG there counts as a
//! false positive (`on RS` in the error list) and ORG precision on LER is a
//! lower bound.
//!
//! [`Mention`]: meldung::entity::Mention
//! [`Person`]: meldung::entity::Person
//! [`Organisation`]: meldung::entity::Organisation
//! [`Role`]: meldung::entity::Role

use std::collections::{BTreeMap, BTreeSet};
use std::io::Read as _;
use std::ops::Range;
use std::process::{Command, ExitCode, Stdio};

use meldung::entity::{Entities, entities};

#[path = "common/avro_json.rs"]
mod avro_json;
use avro_json::Avro;

const GERMEVAL_PATH: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/../shared/datasets/germeval2014-ner-dev/NER-de-dev.tsv"
);

const SMARTDATA_PATH: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/../shared/datasets/smartdata-dfki-dev/dev.json.gz"
);

const LER_PATH: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/../shared/datasets/legal-ner-ler-dev/ler_dev.conll"
);

const USAGE: &str =
    "usage: entity_eval [--germeval PATH] [--smartdata PATH] [--ler PATH] [--errors N]";

/// Characters of context on either side of an error example.
const CONTEXT: usize = 40;

fn main() -> ExitCode {
    let options = match parse_args() {
        Ok(Some(options)) => options,
        Ok(None) => {
            println!("{USAGE}");
            return ExitCode::SUCCESS;
        }
        Err(err) => {
            eprintln!("entity_eval: {err}\n{USAGE}");
            return ExitCode::from(2);
        }
    };
    let loaded = [
        load_germeval(&options.germeval),
        load_smartdata(&options.smartdata),
        load_ler(&options.ler),
    ];
    let mut corpora = Vec::new();
    for corpus in loaded {
        match corpus {
            Ok(Some(corpus)) => corpora.push(corpus),
            Ok(None) => {}
            Err(err) => {
                eprintln!("entity_eval: {err}");
                return ExitCode::FAILURE;
            }
        }
    }
    if corpora.is_empty() {
        println!("entity_eval: no corpus found; nothing evaluated.");
        return ExitCode::SUCCESS;
    }
    let results: Vec<Vec<ClassResult>> = corpora.iter().map(evaluate).collect();

    println!("Gold:");
    for (corpus, results) in corpora.iter().zip(&results) {
        print_gold(corpus, results);
    }
    println!();
    print_table(&corpora, &results);
    println!();
    print_label_recall(&corpora, &results);
    if options.errors > 0 {
        for (corpus, results) in corpora.iter().zip(&results) {
            for result in results {
                print_errors(corpus, result, options.errors);
            }
        }
    }
    ExitCode::SUCCESS
}

// ---------------------------------------------------------------------------
// Options

struct Options {
    germeval: String,
    smartdata: String,
    ler: String,
    errors: usize,
}

/// The options, or `None` for `--help`.
fn parse_args() -> Result<Option<Options>, String> {
    let mut options = Options {
        germeval: GERMEVAL_PATH.to_owned(),
        smartdata: SMARTDATA_PATH.to_owned(),
        ler: LER_PATH.to_owned(),
        errors: 0,
    };
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        let (name, inline) = match arg.split_once('=') {
            Some((name, value)) if name.starts_with("--") => {
                (name.to_owned(), Some(value.to_owned()))
            }
            _ => (arg.clone(), None),
        };
        if name == "-h" || name == "--help" {
            return Ok(None);
        }
        let value = match inline {
            Some(value) => value,
            None => args
                .next()
                .ok_or_else(|| format!("`{name}` needs a value"))?,
        };
        match name.as_str() {
            "--germeval" => options.germeval = value,
            "--smartdata" => options.smartdata = value,
            "--ler" => options.ler = value,
            "--errors" => {
                options.errors = value
                    .parse()
                    .map_err(|_| format!("`--errors` needs a number, not `{value}`"))?;
            }
            _ => return Err(format!("unknown argument `{arg}`")),
        }
    }
    Ok(Some(options))
}

// ---------------------------------------------------------------------------
// Gold data

/// The classes scored.
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Debug)]
enum Class {
    Per,
    Org,
    Role,
}

impl Class {
    const ALL: [Class; 3] = [Class::Per, Class::Org, Class::Role];

    fn name(self) -> &'static str {
        match self {
            Class::Per => "PER",
            Class::Org => "ORG",
            Class::Role => "ROLE",
        }
    }
}

/// One gold annotation, with byte offsets into its text.
struct Annotation {
    span: Range<usize>,
    /// The corpus's own label (`PER`, `ORGpart`, `GRT`, `ORGANIZATION`).
    label: String,
    /// The class it is scored as, if any.
    class: Option<Class>,
}

/// One text to run the entity stage on: a sentence or a document.
struct Doc {
    text: String,
    gold: Vec<Annotation>,
}

struct Corpus {
    name: &'static str,
    path: String,
    /// What a [`Doc`] is: `"sentences"` or `"documents"`.
    unit: &'static str,
    docs: Vec<Doc>,
    /// Gold tokens, where the format has them.
    tokens: Option<usize>,
    classes: &'static [Class],
    /// Gold labels left out on both sides: a system span of the class that
    /// overlaps one of them and is not aligned with a scored gold span is
    /// not counted.
    ignored: &'static [(Class, &'static str)],
    /// Remarks of the reader (stray tags, trimmed spans).
    notes: Vec<String>,
}

/// The file's contents, or `None` (with a note) when it does not exist.
fn read_text(corpus: &str, path: &str) -> Result<Option<String>, String> {
    if !std::path::Path::new(path).exists() {
        println!("entity_eval: no {corpus} file at {path}; skipped.");
        return Ok(None);
    }
    let bytes = if path.ends_with(".gz") {
        let child = Command::new("gzip")
            .arg("-dc")
            .arg(path)
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(Stdio::inherit())
            .spawn();
        let mut child = match child {
            Ok(child) => child,
            Err(err) if err.kind() == std::io::ErrorKind::NotFound => {
                println!(
                    "entity_eval: `gzip` is not installed, so {path} cannot be \
                     decompressed; {corpus} skipped (pass the decompressed file)."
                );
                return Ok(None);
            }
            Err(err) => return Err(format!("cannot run gzip: {err}")),
        };
        let mut bytes = Vec::new();
        if let Some(mut out) = child.stdout.take() {
            out.read_to_end(&mut bytes)
                .map_err(|err| format!("cannot read gzip output: {err}"))?;
        }
        let status = child.wait().map_err(|err| format!("gzip failed: {err}"))?;
        if !status.success() {
            return Err(format!("gzip -dc {path} failed ({status})"));
        }
        bytes
    } else {
        std::fs::read(path).map_err(|err| format!("cannot read {path}: {err}"))?
    };
    String::from_utf8(bytes)
        .map(Some)
        .map_err(|err| format!("{path} is not UTF-8: {err}"))
}

/// Decodes IOB2 tags into `(label, token range)` spans. An `I-` tag that
/// does not continue a span of its label starts one and is counted in
/// `stray`; a tag that is neither `O`, `B-…` nor `I-…` counts as `O` and
/// is counted in `bad`.
fn iob_spans(tags: &[&str], stray: &mut usize, bad: &mut usize) -> Vec<(String, Range<usize>)> {
    let mut spans: Vec<(String, Range<usize>)> = Vec::new();
    let mut open = false;
    for (i, tag) in tags.iter().enumerate() {
        if let Some(label) = tag.strip_prefix("B-") {
            spans.push((label.to_owned(), i..i + 1));
            open = true;
        } else if let Some(label) = tag.strip_prefix("I-") {
            match spans.last_mut() {
                Some((last, range)) if open && last == label && range.end == i => range.end = i + 1,
                _ => {
                    *stray += 1;
                    spans.push((label.to_owned(), i..i + 1));
                    open = true;
                }
            }
        } else {
            if *tag != "O" {
                *bad += 1;
            }
            open = false;
        }
    }
    spans
}

/// A sentence of `(token, tag)` pairs as a text of the tokens joined by
/// single spaces, with its gold spans.
fn sentence_doc(
    tokens: &[(&str, &str)],
    class_of: fn(&str) -> Option<Class>,
    stray: &mut usize,
    bad: &mut usize,
) -> Doc {
    let mut text = String::new();
    let mut offsets = Vec::with_capacity(tokens.len());
    for (i, (token, _)) in tokens.iter().enumerate() {
        if i > 0 {
            text.push(' ');
        }
        let start = text.len();
        text.push_str(token);
        offsets.push(start..text.len());
    }
    let tags: Vec<&str> = tokens.iter().map(|&(_, tag)| tag).collect();
    let gold = iob_spans(&tags, stray, bad)
        .into_iter()
        .map(|(label, range)| Annotation {
            span: offsets[range.start].start..offsets[range.end - 1].end,
            class: class_of(&label),
            label,
        })
        .collect();
    Doc { text, gold }
}

/// Reader notes on stray `I-` and unknown tags, if any.
fn tag_notes(stray: usize, bad: usize) -> Vec<String> {
    let mut notes = Vec::new();
    if stray > 0 {
        notes.push(format!("{stray} I- tags without a B- start a span"));
    }
    if bad > 0 {
        notes.push(format!("{bad} unknown tags read as O"));
    }
    notes
}

fn germeval_class(label: &str) -> Option<Class> {
    match label {
        "PER" => Some(Class::Per),
        "ORG" => Some(Class::Org),
        _ => None,
    }
}

fn load_germeval(path: &str) -> Result<Option<Corpus>, String> {
    let Some(data) = read_text("GermEval 2014", path)? else {
        return Ok(None);
    };
    let mut docs = Vec::new();
    let mut sentence: Vec<(&str, &str)> = Vec::new();
    let (mut stray, mut bad, mut short_lines, mut tokens) = (0, 0, 0, 0);
    let mut flush = |sentence: &mut Vec<(&str, &str)>, stray: &mut usize, bad: &mut usize| {
        if !sentence.is_empty() {
            docs.push(sentence_doc(sentence, germeval_class, stray, bad));
            sentence.clear();
        }
    };
    for line in data.lines() {
        let line = line.trim_end_matches('\r');
        if line.is_empty() || line.starts_with("#\t") {
            flush(&mut sentence, &mut stray, &mut bad);
            continue;
        }
        let columns: Vec<&str> = line.split('\t').collect();
        if columns.len() < 3 || columns[1].is_empty() {
            short_lines += 1;
            continue;
        }
        tokens += 1;
        sentence.push((columns[1], columns[2]));
    }
    flush(&mut sentence, &mut stray, &mut bad);
    let mut notes = tag_notes(stray, bad);
    if short_lines > 0 {
        notes.push(format!(
            "{short_lines} lines with fewer than 3 columns skipped"
        ));
    }
    Ok(Some(Corpus {
        name: "GermEval",
        path: path.to_owned(),
        unit: "sentences",
        docs,
        tokens: Some(tokens),
        classes: &[Class::Per, Class::Org],
        ignored: &[
            (Class::Per, "PERderiv"),
            (Class::Per, "PERpart"),
            (Class::Org, "ORGderiv"),
            (Class::Org, "ORGpart"),
        ],
        notes,
    }))
}

fn ler_class(label: &str) -> Option<Class> {
    match label {
        "PER" | "RR" | "AN" => Some(Class::Per),
        "ORG" | "UN" | "INN" | "GRT" => Some(Class::Org),
        _ => None,
    }
}

fn load_ler(path: &str) -> Result<Option<Corpus>, String> {
    let Some(data) = read_text("LER", path)? else {
        return Ok(None);
    };
    let mut docs = Vec::new();
    let mut sentence: Vec<(&str, &str)> = Vec::new();
    let (mut stray, mut bad, mut short_lines, mut tokens) = (0, 0, 0, 0);
    for line in data.lines() {
        let line = line.trim_end_matches('\r');
        if line.trim().is_empty() {
            if !sentence.is_empty() {
                docs.push(sentence_doc(&sentence, ler_class, &mut stray, &mut bad));
                sentence.clear();
            }
            continue;
        }
        let Some((token, tag)) = line.rsplit_once(' ') else {
            short_lines += 1;
            continue;
        };
        if token.is_empty() {
            short_lines += 1;
            continue;
        }
        tokens += 1;
        sentence.push((token, tag));
    }
    if !sentence.is_empty() {
        docs.push(sentence_doc(&sentence, ler_class, &mut stray, &mut bad));
    }
    let mut notes = tag_notes(stray, bad);
    if short_lines > 0 {
        notes.push(format!("{short_lines} lines without `token tag` skipped"));
    }
    Ok(Some(Corpus {
        name: "LER",
        path: path.to_owned(),
        unit: "sentences",
        docs,
        tokens: Some(tokens),
        classes: &[Class::Per, Class::Org],
        ignored: &[],
        notes,
    }))
}

fn smartdata_class(label: &str) -> Option<Class> {
    match label {
        "PERSON" => Some(Class::Per),
        "ORGANIZATION" | "ORGANIZATION_COMPANY" => Some(Class::Org),
        "ORG_POSITION" => Some(Class::Role),
        _ => None,
    }
}

fn load_smartdata(path: &str) -> Result<Option<Corpus>, String> {
    let Some(data) = read_text("SmartData", path)? else {
        return Ok(None);
    };
    let mut docs = Vec::new();
    let (mut no_text, mut bad_offsets, mut narrowed) = (0, 0, 0);
    for value in avro_json::values(&data) {
        let value = value?;
        let Some(text) = value.member("text").and_then(Avro::string) else {
            no_text += 1;
            continue;
        };
        let map = avro_json::utf16_to_byte(text);
        let mut gold = Vec::new();
        for mention in value
            .member("conceptMentions")
            .map(Avro::items)
            .unwrap_or(&[])
        {
            let Some(label) = mention.member("type").and_then(Avro::string) else {
                continue;
            };
            // v1 of the corpus spells types in lower case with hyphens.
            let label = label.to_ascii_uppercase().replace('-', "_");
            let span = mention.member("span");
            let start = span.and_then(|s| s.member("start")).and_then(Avro::offset);
            let end = span.and_then(|s| s.member("end")).and_then(Avro::offset);
            let (Some(&start), Some(&end)) =
                (start.and_then(|s| map.get(s)), end.and_then(|e| map.get(e)))
            else {
                bad_offsets += 1;
                continue;
            };
            if start >= end {
                bad_offsets += 1;
                continue;
            }
            let class = smartdata_class(&label);
            let mut span = start..end;
            if class.is_some() {
                let normalized = mention.member("normalizedValue").and_then(Avro::string);
                if let Some(inner) = normalized.and_then(|n| narrow(&text[span.clone()], n)) {
                    span = start + inner.start..start + inner.end;
                    narrowed += 1;
                }
            }
            gold.push(Annotation { span, label, class });
        }
        docs.push(Doc {
            text: text.to_owned(),
            gold,
        });
    }
    let mut notes = Vec::new();
    if narrowed > 0 {
        notes.push(format!(
            "{narrowed} PERSON/ORG*/ORG_POSITION spans narrowed to their normalizedValue \
             (punctuation outside)"
        ));
    }
    if bad_offsets > 0 {
        notes.push(format!(
            "{bad_offsets} concept spans outside the text skipped"
        ));
    }
    if no_text > 0 {
        notes.push(format!("{no_text} objects without text skipped"));
    }
    Ok(Some(Corpus {
        name: "SmartData",
        path: path.to_owned(),
        unit: "documents",
        docs,
        tokens: None,
        classes: &Class::ALL,
        ignored: &[],
        notes,
    }))
}

/// Where `normalized` lies in `surface` when it is shorter and only
/// punctuation (`.,;:?!-()`) and white space are outside it.
fn narrow(surface: &str, normalized: &str) -> Option<Range<usize>> {
    if normalized.is_empty() || surface == normalized {
        return None;
    }
    let start = surface.find(normalized)?;
    let end = start + normalized.len();
    let loose = |c: char| c.is_whitespace() || ".,;:?!-()".contains(c);
    (surface[..start].chars().all(loose) && surface[end..].chars().all(loose)).then_some(start..end)
}

// ---------------------------------------------------------------------------
// Scoring

#[derive(Default, Clone, Copy)]
struct Counts {
    gold: usize,
    system: usize,
    exact: usize,
    overlap: usize,
}

/// Gold spans of one label and how many of them were found.
#[derive(Default, Clone, Copy)]
struct LabelRecall {
    gold: usize,
    exact: usize,
    overlap: usize,
}

/// One false positive or negative.
struct Miss {
    /// A rough class: `missed`, `boundary`, `as ORG`, `on LOC`, `spurious`.
    kind: String,
    line: String,
}

struct ClassResult {
    class: Class,
    counts: Counts,
    labels: BTreeMap<String, LabelRecall>,
    /// Gold spans of this class given twice in one text (counted once).
    gold_duplicates: usize,
    /// System spans of this class given twice in one text (counted once).
    system_duplicates: usize,
    /// System spans on an ignored gold label, not counted.
    ignored: usize,
    false_positives: Vec<Miss>,
    false_negatives: Vec<Miss>,
}

/// How many bytes of academic titles ("Dr. ", "Prof . Dr . ") open a
/// person's mention `text`; never the whole mention.
fn title_len(text: &str) -> usize {
    let mut rest = text;
    loop {
        let before = rest.len();
        for title in ["Dr.-Ing.", "Dr.", "Prof.", "Dr .", "Prof ."] {
            if let Some(r) = rest.strip_prefix(title)
                && r.starts_with(char::is_whitespace)
                && r.trim_start()
                    .chars()
                    .next()
                    .is_some_and(char::is_uppercase)
            {
                rest = r.trim_start();
            }
        }
        if rest.len() == before {
            return text.len() - rest.len();
        }
    }
}

/// The system's spans of each class, sorted and without duplicates, and
/// how many duplicates there were.
fn system_spans(found: &Entities<'_>, class: Class) -> (Vec<Range<usize>>, usize) {
    let spans: Vec<(usize, usize)> = match class {
        Class::Per => found
            .people
            .iter()
            .flat_map(|p| &p.mentions)
            .map(|m| (m.span.start + title_len(m.text), m.span.end))
            .collect(),
        Class::Org => found
            .organisations
            .iter()
            .flat_map(|o| &o.mentions)
            .map(|m| (m.span.start, m.span.end))
            .collect(),
        Class::Role => found
            .roles
            .iter()
            .flat_map(|r| &r.mentions)
            .map(|m| (m.span.start, m.span.end))
            .collect(),
    };
    let total = spans.len();
    let set: BTreeSet<(usize, usize)> = spans.into_iter().collect();
    let duplicates = total - set.len();
    (set.into_iter().map(|(s, e)| s..e).collect(), duplicates)
}

fn evaluate(corpus: &Corpus) -> Vec<ClassResult> {
    let mut results: Vec<ClassResult> = corpus
        .classes
        .iter()
        .map(|&class| ClassResult {
            class,
            counts: Counts::default(),
            labels: BTreeMap::new(),
            gold_duplicates: 0,
            system_duplicates: 0,
            ignored: 0,
            false_positives: Vec::new(),
            false_negatives: Vec::new(),
        })
        .collect();
    for doc in &corpus.docs {
        let text = doc.text.as_str();
        let found = entities(text);
        let system: Vec<(Class, Vec<Range<usize>>, usize)> = Class::ALL
            .iter()
            .map(|&class| {
                let (spans, duplicates) = system_spans(&found, class);
                (class, spans, duplicates)
            })
            .collect();
        for result in &mut results {
            let class = result.class;
            let (_, sys, sys_duplicates) = system
                .iter()
                .find(|(c, _, _)| *c == class)
                .expect("every class has system spans");
            result.system_duplicates += sys_duplicates;
            let mut gold: Vec<(Range<usize>, &str)> = doc
                .gold
                .iter()
                .filter(|a| a.class == Some(class))
                .map(|a| (a.span.clone(), a.label.as_str()))
                .collect();
            gold.sort_by_key(|(span, _)| (span.start, span.end));
            let before = gold.len();
            gold.dedup_by(|a, b| a.0 == b.0);
            result.gold_duplicates += before - gold.len();
            let gold_spans: Vec<Range<usize>> = gold.iter().map(|(s, _)| s.clone()).collect();
            let alignment = align(&gold_spans, sys);
            let counts = &mut result.counts;
            counts.gold += gold.len();
            counts.system += sys.len();
            counts.exact += alignment.exact;
            counts.overlap += alignment.gold.iter().flatten().count();

            for (g, (span, label)) in gold.iter().enumerate() {
                let entry = result.labels.entry((*label).to_owned()).or_default();
                entry.gold += 1;
                match alignment.gold[g] {
                    Some(s) if sys[s] == *span => {
                        entry.exact += 1;
                        entry.overlap += 1;
                    }
                    Some(s) => {
                        entry.overlap += 1;
                        result.false_negatives.push(Miss {
                            kind: "boundary".to_owned(),
                            line: format!(
                                "{label:<8} {}  sys {:?}",
                                snippet(text, span),
                                slice(text, &sys[s])
                            ),
                        });
                    }
                    None => {
                        // Found as another class?
                        let other = system
                            .iter()
                            .filter(|(c, _, _)| *c != class)
                            .find(|(_, spans, _)| spans.iter().any(|s| overlaps(s, span)));
                        let kind = match other {
                            Some((c, _, _)) => format!("as {}", c.name()),
                            None => "missed".to_owned(),
                        };
                        result.false_negatives.push(Miss {
                            kind,
                            line: format!("{label:<8} {}", snippet(text, span)),
                        });
                    }
                }
            }
            for (s, span) in sys.iter().enumerate() {
                match alignment.system[s] {
                    Some(g) if gold_spans[g] == *span => {}
                    Some(g) => result.false_positives.push(Miss {
                        kind: "boundary".to_owned(),
                        line: format!(
                            "{}  gold {} {:?}",
                            snippet(text, span),
                            gold[g].1,
                            slice(text, &gold_spans[g])
                        ),
                    }),
                    None if doc.gold.iter().any(|a| {
                        overlaps(&a.span, span)
                            && corpus.ignored.contains(&(class, a.label.as_str()))
                    }) =>
                    {
                        result.ignored += 1;
                        result.counts.system -= 1;
                    }
                    None => {
                        // The gold annotation of any label it overlaps most.
                        let under = doc
                            .gold
                            .iter()
                            .filter(|a| overlaps(&a.span, span))
                            .max_by_key(|a| overlap_len(&a.span, span));
                        let (kind, line) = match under {
                            Some(a) => (
                                format!("on {}", a.label),
                                format!(
                                    "{}  gold {} {:?}",
                                    snippet(text, span),
                                    a.label,
                                    slice(text, &a.span)
                                ),
                            ),
                            None => ("spurious".to_owned(), snippet(text, span)),
                        };
                        result.false_positives.push(Miss { kind, line });
                    }
                }
            }
        }
    }
    results
}

fn overlaps(a: &Range<usize>, b: &Range<usize>) -> bool {
    a.start < b.end && b.start < a.end
}

fn overlap_len(a: &Range<usize>, b: &Range<usize>) -> usize {
    a.end.min(b.end).saturating_sub(a.start.max(b.start))
}

/// A one-to-one alignment of gold and system spans.
struct Alignment {
    /// For each gold span, the system span it is aligned with.
    gold: Vec<Option<usize>>,
    /// For each system span, the gold span it is aligned with.
    system: Vec<Option<usize>>,
    exact: usize,
}

/// Exact matches first; then each unaligned gold span, in order, takes the
/// unaligned system span it overlaps most.
fn align(gold: &[Range<usize>], system: &[Range<usize>]) -> Alignment {
    let mut out = Alignment {
        gold: vec![None; gold.len()],
        system: vec![None; system.len()],
        exact: 0,
    };
    for (g, gspan) in gold.iter().enumerate() {
        if let Some(s) = (0..system.len()).find(|&s| out.system[s].is_none() && system[s] == *gspan)
        {
            out.gold[g] = Some(s);
            out.system[s] = Some(g);
            out.exact += 1;
        }
    }
    for (g, gspan) in gold.iter().enumerate() {
        if out.gold[g].is_some() {
            continue;
        }
        let best = (0..system.len())
            .filter(|&s| out.system[s].is_none() && overlaps(gspan, &system[s]))
            .max_by_key(|&s| (overlap_len(gspan, &system[s]), std::cmp::Reverse(s)));
        if let Some(s) = best {
            out.gold[g] = Some(s);
            out.system[s] = Some(g);
        }
    }
    out
}

/// Precision, recall and F1 (as fractions) of `hits` among `system` and
/// `gold`.
#[allow(clippy::cast_precision_loss)]
fn prf(hits: usize, system: usize, gold: usize) -> (f64, f64, f64) {
    let ratio = |a: usize, b: usize| if b == 0 { 0.0 } else { a as f64 / b as f64 };
    let (p, r) = (ratio(hits, system), ratio(hits, gold));
    let f = if p + r == 0.0 {
        0.0
    } else {
        2.0 * p * r / (p + r)
    };
    (p, r, f)
}

// ---------------------------------------------------------------------------
// Report

/// The text of `span`, or a placeholder if it does not slice the text.
fn slice<'a>(text: &'a str, span: &Range<usize>) -> &'a str {
    text.get(span.clone()).unwrap_or("<bad span>")
}

/// The span in `[[…]]` with up to [`CONTEXT`] characters either side, on
/// one line.
fn snippet(text: &str, span: &Range<usize>) -> String {
    let (Some(before), Some(inside), Some(after)) = (
        text.get(..span.start),
        text.get(span.clone()),
        text.get(span.end..),
    ) else {
        return format!("<bad span {}..{}>", span.start, span.end);
    };
    let mut left: Vec<char> = before.chars().rev().take(CONTEXT).collect();
    left.reverse();
    let left: String = left.into_iter().collect();
    let right: String = after.chars().take(CONTEXT).collect();
    let flat = |s: &str| -> String {
        s.chars()
            .map(|c| if c.is_whitespace() { ' ' } else { c })
            .collect()
    };
    format!("…{}[[{}]]{}…", flat(&left), flat(inside), flat(&right))
}

fn print_gold(corpus: &Corpus, results: &[ClassResult]) {
    let tokens = corpus
        .tokens
        .map(|n| format!(", {n} tokens"))
        .unwrap_or_default();
    println!(
        "  {}: {} {}{tokens} ({})",
        corpus.name,
        corpus.docs.len(),
        corpus.unit,
        corpus.path
    );
    // All labels, scored or not, before duplicates are merged.
    let mut labels: BTreeMap<&str, (usize, Option<Class>)> = BTreeMap::new();
    for annotation in corpus.docs.iter().flat_map(|d| &d.gold) {
        let entry = labels
            .entry(annotation.label.as_str())
            .or_insert((0, annotation.class));
        entry.0 += 1;
    }
    for result in results {
        let parts: Vec<String> = labels
            .iter()
            .filter(|(_, (_, class))| *class == Some(result.class))
            .map(|(label, (n, _))| format!("{label} {n}"))
            .collect();
        let mut extra = String::new();
        if result.gold_duplicates > 0 {
            extra.push_str(&format!(
                "; {} duplicate spans merged",
                result.gold_duplicates
            ));
        }
        let ignored: Vec<&str> = corpus
            .ignored
            .iter()
            .filter(|(class, _)| *class == result.class)
            .map(|(_, label)| *label)
            .collect();
        if !ignored.is_empty() {
            extra.push_str(&format!(
                "; {} system spans on {} not counted",
                result.ignored,
                ignored.join("/")
            ));
        }
        println!(
            "    {:<4} {:>5} = {}{extra}",
            result.class.name(),
            result.counts.gold,
            parts.join(" + ")
        );
    }
    let mut unscored: Vec<(&str, usize)> = labels
        .iter()
        .filter(|(_, (_, class))| class.is_none_or(|c| !corpus.classes.contains(&c)))
        .map(|(label, (n, _))| (*label, *n))
        .collect();
    unscored.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
    let unscored: Vec<String> = unscored.iter().map(|(l, n)| format!("{l} {n}")).collect();
    println!("    not scored: {}", unscored.join(", "));
    for note in &corpus.notes {
        println!("    note: {note}");
    }
    let system_duplicates: usize = results.iter().map(|r| r.system_duplicates).sum();
    if system_duplicates > 0 {
        println!(
            "    note: {system_duplicates} system mention spans were given twice in one text \
             (counted once)"
        );
    }
}

fn print_table(corpora: &[Corpus], results: &[Vec<ClassResult>]) {
    println!(
        "{:<10} {:<5} {:<7} {:>6} {:>6} {:>6} {:>6} {:>6} {:>6}",
        "corpus", "class", "match", "gold", "system", "hits", "P%", "R%", "F1%"
    );
    println!("{}", "-".repeat(66));
    for (corpus, results) in corpora.iter().zip(results) {
        for (i, result) in results.iter().enumerate() {
            let c = &result.counts;
            let name = if i == 0 { corpus.name } else { "" };
            for (mode, hits) in [("exact", c.exact), ("overlap", c.overlap)] {
                let (p, r, f) = prf(hits, c.system, c.gold);
                let (name, class, gold, system) = if mode == "exact" {
                    (
                        name,
                        result.class.name(),
                        c.gold.to_string(),
                        c.system.to_string(),
                    )
                } else {
                    ("", "", String::new(), String::new())
                };
                println!(
                    "{name:<10} {class:<5} {mode:<7} {gold:>6} {system:>6} {hits:>6} {:>6.1} {:>6.1} {:>6.1}",
                    100.0 * p,
                    100.0 * r,
                    100.0 * f
                );
            }
        }
    }
}

fn print_label_recall(corpora: &[Corpus], results: &[Vec<ClassResult>]) {
    println!("Recall by gold label (exact / overlap of gold):");
    for (corpus, results) in corpora.iter().zip(results) {
        for result in results {
            let parts: Vec<String> = result
                .labels
                .iter()
                .map(|(label, r)| format!("{label} {}/{}/{}", r.exact, r.overlap, r.gold))
                .collect();
            println!(
                "  {:<10} {:<5} {}",
                corpus.name,
                result.class.name(),
                parts.join(", ")
            );
        }
    }
}

/// Up to `n` items spread evenly over `items`.
fn sample<T>(items: &[T], n: usize) -> Vec<&T> {
    if items.len() <= n {
        return items.iter().collect();
    }
    (0..n).map(|i| &items[i * items.len() / n]).collect()
}

/// `kind count` pairs, most frequent first.
fn kind_counts(misses: &[Miss]) -> String {
    let mut kinds: BTreeMap<&str, usize> = BTreeMap::new();
    for miss in misses {
        *kinds.entry(miss.kind.as_str()).or_default() += 1;
    }
    let mut kinds: Vec<(&str, usize)> = kinds.into_iter().collect();
    kinds.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
    kinds
        .iter()
        .map(|(kind, n)| format!("{kind} {n}"))
        .collect::<Vec<_>>()
        .join(", ")
}

fn print_errors(corpus: &Corpus, result: &ClassResult, n: usize) {
    for (what, misses) in [
        ("false negatives", &result.false_negatives),
        ("false positives", &result.false_positives),
    ] {
        println!();
        println!(
            "{} {} {what} (exact): {}{}",
            corpus.name,
            result.class.name(),
            misses.len(),
            if misses.is_empty() {
                String::new()
            } else {
                format!(" — {}", kind_counts(misses))
            }
        );
        for miss in sample(misses, n) {
            println!("  {:<12} {}", miss.kind, miss.line);
        }
    }
}
