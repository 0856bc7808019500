//! Evaluates the date stage ([`meldung::date::find_dates`]) against the
//! DATE and TIME annotations of the DFKI SmartData corpus (v3, dev part):
//! German news, RSS traffic reports and tweets from 2015–2016.
//!
//! ```text
//! cargo run --release --example smartdata_dates [PATH] [--all]
//! ```
//!
//! `PATH` defaults to `../shared/datasets/smartdata-dfki-dev/dev.json.gz`
//! next to the crate root. A `.gz` file is decompressed by running
//! `gzip -dc PATH` (the crate has no gzip reader); any other file is read as
//! already decompressed JSON. When the file is missing, or `gzip` is not
//! installed, the example says so and exits successfully, so CI without the
//! data set keeps passing. The data (CC BY 4.0, Schiersch et al., LREC 2018)
//! is only read from that path; nothing of it lives in this crate. `--all`
//! lists every miss, spurious mention and boundary difference instead of a
//! sample.
//!
//! # Input
//!
//! The file is a stream of pretty-printed JSON objects, one per document, in
//! AVRO-JSON encoding (`"text": {"string": …}`, arrays as `{"array": […]}`,
//! the enum `docType` as `{"de.dfki.lt.tap.docTypes": "NEWS_HTML"}`). `serde_json`
//! reads one top-level value after another (`examples/common/avro_json.rs`,
//! shared with `entity_eval`); union
//! wrappers are unwrapped when a field is read. Of each document it uses
//! `text.string`, `date.string` (its first ten characters, `YYYY-MM-DD`, are
//! the reference date passed to `find_dates`; 14 tweets have their snowflake
//! id there instead, whose time stamp is decoded), `docType` and the top-level
//! `conceptMentions` (`span.start`, `span.end`, `type`, `normalizedValue`).
//!
//! Concept spans are offsets in *characters* (Java, so UTF-16 code units; the
//! dev part has no characters outside the BMP, so both readings agree): the
//! gold text sliced by code points equals `normalizedValue` for all but six
//! DATE/TIME mentions. They are converted to byte offsets here. Four gold
//! spans include a trailing comma (`22. Januar 2016,`); trailing commas,
//! semicolons and white space are trimmed off gold spans. Of the other two,
//! `16 / 02` is written with spaces in the text, and `/ 09 / 15` (for
//! `12/09/15`) is misaligned in the corpus; both stay as they are.
//!
//! # What is measured
//!
//! Three categories, each scored with exact byte spans and with overlap
//! (any shared byte; one-to-one, exact matches first, then each remaining
//! gold mention takes the unmatched system mention it overlaps most):
//!
//! * **DATE**: gold `DATE` against system mentions of every kind except
//!   [`DateKind::Time`] and except ranges whose value contains a clock time
//!   (a `T`); day, month, year, relative, week, quarter … and ranges of days
//!   all count as dates;
//! * **TIME**: gold `TIME` against system `Time` mentions and ranges of
//!   times (`von 8 bis 16 Uhr`);
//! * **DATE+TIME**: both gold types against all system mentions. This is the
//!   fairest number: SmartData is inconsistent about the type of bare clock
//!   times (`18:28`, `17.25 Uhr` and `15.05.2016 00:06` are DATE in places),
//!   and meldung calls parts of day (`Freitagmorgen`, SmartData DATE) `Time`.
//!
//! Scores are given overall and per `docType` (`NEWS_HTML`, `RSS_XML`,
//! `TWITTER_JSON`). Then for DATE+TIME the report lists the gold type ×
//! system kind of overlapping pairs, the boundary differences of overlapping
//! pairs that are not exact (what the system adds or lacks on the left and
//! right), missed gold mentions and spurious system mentions, each grouped
//! by a rough surface pattern with ~30 characters of context either side,
//! and the system mentions that overlap a gold `DURATION` (`drei Jahre`,
//! `15 Minuten`): meldung should not find durations, so those are errors
//! whether or not they are also spurious.
//!
//! # Conventions that differ
//!
//! SmartData's guidelines differ from meldung's in places, so not every
//! disagreement is an error. Seen on the dev part:
//!
//! * prepositions and articles are outside the span (`am Montag` → `Montag`,
//!   `im vergangenen Jahr` → `vergangenen Jahr`), with a few exceptions
//!   (`In dieser Woche`, `vor rund drei Jahren`, `kurz vor 07.00 Uhr`,
//!   `zirka 09.30 Uhr`);
//! * `Uhr` is inside a TIME span (`16:00 Uhr`; but see bare numbers), and so is a day-and-time
//!   stamp (`15.05.2016 00:06` is one DATE);
//! * a weekday before a date is mostly part of it (`Sonntag, 15. Mai`, but
//!   `Montag` + `14. Dezember 2015` once), and a bare weekday is a DATE of
//!   its own (`für Montag`, `an diesem Donnerstag`, even plural `Freitage`);
//! * a range is two mentions (`1992` and `1996` in `von 1992 bis 1996`,
//!   `8.30` and `8.45 Uhr` in `zwischen 8.30 und 8.45 Uhr`), where meldung
//!   has one `Range`: the second gold mention counts as missed (the report
//!   marks such misses as covered by a system span);
//! * the annotation is sparse: datelines and page time stamps of news pages
//!   (`Sonntag, 8. November 2015 12:19`, `07.01.2016 | 23:00 Uhr`), most
//!   `heute`, `gestern`, `am Montag`, `im vergangenen Jahr`, seasons and
//!   quarters (`im dritten Quartal` is a NUMBER) are not annotated, so many
//!   "spurious" mentions are right and precision is underestimated;
//! * modifiers are inside (`Ende November`, `Mitte 2017`, `Anfang des
//!   Jahres`, `Ende des Jahrzehnts`), so are parts of day glued to a weekday
//!   (`Donnerstagnachmittag`, `Neujahrsmorgen`), both DATE;
//! * the type of clock times is not consistent (TIME mostly, DATE in a dozen
//!   places), and tweet time stamps (`15:08`) are TIME;
//! * some TIME mentions are not clock times: `ganztägig`,
//!   `Betriebsschluss`, `Vormittag`, `vor 3 Minuten`;
//! * bare numbers are annotated loosely: `16` and `14` of `um 16 Uhr` and
//!   `5.45` of `5.45 Uhr` as DATE without `Uhr`, `10.` as DATE, `2` and `0`
//!   as DURATION in a timetable tweet.

use std::collections::BTreeMap;
use std::io::Read as _;
use std::ops::Range;
use std::process::{Command, ExitCode, Stdio};

use meldung::date::{Date, DateKind, DateMention, find_dates};
use serde_json::Value;

#[path = "common/avro_json.rs"]
mod avro_json;
use avro_json::Avro;

const DEFAULT_PATH: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/../shared/datasets/smartdata-dfki-dev/dev.json.gz"
);

/// How many examples each list shows without `--all`.
const EXAMPLES: usize = 15;

/// Characters of context on either side of an example.
const CONTEXT: usize = 30;

fn main() -> ExitCode {
    let mut path = DEFAULT_PATH.to_owned();
    let mut all = false;
    for arg in std::env::args().skip(1) {
        if arg == "--all" {
            all = true;
        } else {
            path = arg;
        }
    }
    let data = match read_input(&path) {
        Ok(Some(data)) => data,
        Ok(None) => return ExitCode::SUCCESS,
        Err(err) => {
            eprintln!("smartdata_dates: {err}");
            return ExitCode::FAILURE;
        }
    };
    match evaluate(&path, &data, all) {
        Ok(()) => ExitCode::SUCCESS,
        Err(err) => {
            eprintln!("smartdata_dates: {err}");
            ExitCode::FAILURE
        }
    }
}

/// Reads the file, decompressing it with `gzip -dc` when its name ends in
/// `.gz`. `Ok(None)` when there is nothing to evaluate (no file, no gzip).
fn read_input(path: &str) -> Result<Option<String>, String> {
    if !std::path::Path::new(path).exists() {
        println!(
            "smartdata_dates: no SmartData file at {path}; nothing to evaluate \
             (pass the path of dev.json.gz or of the decompressed JSON)."
        );
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
                    "smartdata_dates: `gzip` is not installed, so {path} cannot be \
                     decompressed; install gzip or pass the decompressed file. \
                     Nothing evaluated."
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

// ---------------------------------------------------------------------------
// Documents

/// One gold concept mention, with byte offsets into the text.
struct Gold {
    span: Range<usize>,
    ty: String,
}

/// What one document contributes.
struct Doc {
    doc_type: String,
    text: String,
    reference: Option<Date>,
    gold: Vec<Gold>,
}

/// Corpus-level bookkeeping about the gold spans.
#[derive(Default)]
struct GoldNotes {
    /// DATE/TIME spans whose text differs from `normalizedValue`.
    surface_differs: usize,
    /// Spans that had a trailing comma or white space trimmed.
    trimmed: usize,
    /// Spans outside the text, skipped.
    bad_offsets: usize,
    /// Documents whose `date` did not give a reference date.
    no_reference: usize,
}

/// The reference date of a document's `date` field: the first ten
/// characters of an ISO time stamp, or the day (UTC) encoded in a Twitter
/// snowflake id, which some tweets have instead.
fn reference_date(date: &str) -> Option<Date> {
    if let Some(date) = date.get(..10).and_then(|d| d.parse::<Date>().ok()) {
        return Some(date);
    }
    let id: u64 = date.parse().ok()?;
    // Milliseconds since 1970 = (id >> 22) + the Twitter epoch.
    let millis = (id >> 22) + 1_288_834_974_657;
    let days = i64::try_from(millis / 86_400_000).ok()?;
    // Days since 1970-01-01 to a civil date (H. Hinnant's algorithm).
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + i64::from(month <= 2);
    Date::new(
        i32::try_from(year).ok()?,
        u32::try_from(month).ok()?,
        u32::try_from(day).ok()?,
    )
    .ok()
}

fn read_doc(value: &Value, notes: &mut GoldNotes) -> Option<Doc> {
    let text = value.member("text")?.string()?.to_owned();
    let doc_type = value
        .member("docType")
        .and_then(Avro::string)
        .unwrap_or("UNKNOWN")
        .to_owned();
    let reference = value
        .member("date")
        .and_then(Avro::string)
        .and_then(reference_date);
    if reference.is_none() {
        notes.no_reference += 1;
    }
    let map = avro_json::utf16_to_byte(&text);
    let mut gold = Vec::new();
    for mention in value
        .member("conceptMentions")
        .map(Avro::items)
        .unwrap_or(&[])
    {
        let Some(ty) = mention.member("type").and_then(Avro::string) else {
            continue;
        };
        // v1 of the corpus spells types in lower case with hyphens.
        let ty = ty.to_ascii_uppercase().replace('-', "_");
        let span = mention.member("span");
        let start = span.and_then(|s| s.member("start")).and_then(Avro::offset);
        let end = span.and_then(|s| s.member("end")).and_then(Avro::offset);
        let (Some(start), Some(end)) = (start, end) else {
            notes.bad_offsets += 1;
            continue;
        };
        let (Some(&start), Some(&end)) = (map.get(start), map.get(end)) else {
            notes.bad_offsets += 1;
            continue;
        };
        if start >= end {
            notes.bad_offsets += 1;
            continue;
        }
        let is_date_time = ty == "DATE" || ty == "TIME";
        if is_date_time {
            let normalized = mention.member("normalizedValue").and_then(Avro::string);
            if normalized.is_some_and(|n| n != &text[start..end]) {
                notes.surface_differs += 1;
            }
        }
        let trimmed =
            text[start..end].trim_end_matches(|c: char| c.is_whitespace() || c == ',' || c == ';');
        let trimmed = trimmed.trim_start();
        if trimmed.is_empty() {
            notes.bad_offsets += 1;
            continue;
        }
        let new_start = start + (text[start..end].len() - text[start..end].trim_start().len());
        let new_end = new_start + trimmed.len();
        if is_date_time && (new_start, new_end) != (start, end) {
            notes.trimmed += 1;
        }
        gold.push(Gold {
            span: new_start..new_end,
            ty,
        });
    }
    Some(Doc {
        doc_type,
        text,
        reference,
        gold,
    })
}

// ---------------------------------------------------------------------------
// Scoring

/// The three things scored.
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Debug)]
enum Category {
    Date,
    Time,
    Both,
}

impl Category {
    const ALL: [Category; 3] = [Category::Date, Category::Time, Category::Both];

    fn name(self) -> &'static str {
        match self {
            Category::Date => "DATE",
            Category::Time => "TIME",
            Category::Both => "DATE+TIME",
        }
    }

    fn has_gold(self, ty: &str) -> bool {
        match self {
            Category::Date => ty == "DATE",
            Category::Time => ty == "TIME",
            Category::Both => ty == "DATE" || ty == "TIME",
        }
    }

    fn has_system(self, mention: &DateMention<'_>) -> bool {
        match self {
            Category::Date => !is_time(mention),
            Category::Time => is_time(mention),
            Category::Both => true,
        }
    }
}

/// A clock time or part of day, or a range of them.
fn is_time(mention: &DateMention<'_>) -> bool {
    match mention.kind {
        DateKind::Time => true,
        DateKind::Range => mention.value.as_deref().is_some_and(|v| v.contains('T')),
        _ => false,
    }
}

#[derive(Default, Clone, Copy)]
struct Counts {
    gold: usize,
    system: usize,
    exact: usize,
    overlap: usize,
}

impl Counts {
    fn add(&mut self, other: Counts) {
        self.gold += other.gold;
        self.system += other.system;
        self.exact += other.exact;
        self.overlap += other.overlap;
    }
}

/// Precision, recall and F1 of `hits` among `system` and `gold`.
#[allow(clippy::cast_precision_loss)]
fn prf(hits: usize, system: usize, gold: usize) -> (f64, f64, f64) {
    let p = if system == 0 {
        0.0
    } else {
        hits as f64 / system as f64
    };
    let r = if gold == 0 {
        0.0
    } else {
        hits as f64 / gold as f64
    };
    let f = if p + r == 0.0 {
        0.0
    } else {
        2.0 * p * r / (p + r)
    };
    (p, r, f)
}

fn overlaps(a: &Range<usize>, b: &Range<usize>) -> bool {
    a.start < b.end && b.start < a.end
}

fn overlap_len(a: &Range<usize>, b: &Range<usize>) -> usize {
    a.end.min(b.end).saturating_sub(a.start.max(b.start))
}

/// A one-to-one alignment of gold and system spans.
struct Alignment {
    /// For each gold span, the system span it is matched with.
    gold: Vec<Option<usize>>,
    /// For each system span, the gold span it is matched with.
    system: Vec<Option<usize>>,
    exact: usize,
}

/// Exact matches first; then each unmatched gold span, in order, takes the
/// unmatched system span it overlaps most.
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

/// One example for the report.
struct Example {
    pattern: &'static str,
    line: String,
}

/// Everything collected while scoring.
#[derive(Default)]
struct Report {
    docs: BTreeMap<String, usize>,
    counts: BTreeMap<(Category, String), Counts>,
    confusion: BTreeMap<(String, &'static str), usize>,
    boundaries: BTreeMap<String, (usize, String)>,
    boundary_examples: Vec<Example>,
    missed: Vec<Example>,
    spurious: Vec<Example>,
    duration_gold: usize,
    duration_hits: Vec<Example>,
    duration_hits_spurious: usize,
}

fn evaluate(path: &str, data: &str, all: bool) -> Result<(), String> {
    let mut notes = GoldNotes::default();
    let mut report = Report::default();
    let mut unreadable = 0;
    for value in avro_json::values(data) {
        let value = value?;
        let Some(doc) = read_doc(&value, &mut notes) else {
            unreadable += 1;
            continue;
        };
        drop(value);
        let tokens: Vec<_> = meldung::tokenize(&doc.text).collect();
        let found = find_dates(&doc.text, &tokens, doc.reference);
        score_doc(&doc, &found.mentions, &mut report);
    }

    let total_docs: usize = report.docs.values().sum();
    println!("SmartData DATE/TIME evaluation of meldung on {path}");
    let per_type: Vec<String> = report
        .docs
        .iter()
        .map(|(t, n)| format!("{t} {n}"))
        .collect();
    println!("documents: {total_docs} ({})", per_type.join(", "));
    if unreadable > 0 {
        println!("documents without text.string (skipped): {unreadable}");
    }
    println!(
        "gold notes: {} DATE/TIME spans differ from normalizedValue, {} trimmed \
         (trailing comma/space), {} spans with bad offsets skipped, {} documents \
         without a reference date",
        notes.surface_differs, notes.trimmed, notes.bad_offsets, notes.no_reference
    );
    println!();
    print_table(&report);
    println!();
    print_confusion(&report);
    println!();
    print_examples(
        "Boundary differences (DATE+TIME overlap matches that are not exact)",
        &report.boundary_examples,
        all,
    );
    print_boundary_kinds(&report, all);
    println!();
    print_examples("Missed gold DATE/TIME mentions", &report.missed, all);
    println!();
    print_examples("Spurious system mentions", &report.spurious, all);
    println!();
    println!(
        "System mentions overlapping a gold DURATION ({} gold DURATION spans): {} \
         ({} of them also spurious for DATE+TIME)",
        report.duration_gold,
        report.duration_hits.len(),
        report.duration_hits_spurious
    );
    print_examples("", &report.duration_hits, all);
    Ok(())
}

fn score_doc(doc: &Doc, mentions: &[DateMention<'_>], report: &mut Report) {
    *report.docs.entry(doc.doc_type.clone()).or_default() += 1;
    let text = doc.text.as_str();
    let system_spans: Vec<Range<usize>> =
        mentions.iter().map(|m| m.span.start..m.span.end).collect();
    for category in Category::ALL {
        let gold: Vec<&Gold> = doc
            .gold
            .iter()
            .filter(|g| category.has_gold(&g.ty))
            .collect();
        let gold_spans: Vec<Range<usize>> = gold.iter().map(|g| g.span.clone()).collect();
        let system: Vec<usize> = (0..mentions.len())
            .filter(|&i| category.has_system(&mentions[i]))
            .collect();
        let sys_spans: Vec<Range<usize>> =
            system.iter().map(|&i| system_spans[i].clone()).collect();
        let alignment = align(&gold_spans, &sys_spans);
        let counts = Counts {
            gold: gold.len(),
            system: system.len(),
            exact: alignment.exact,
            overlap: alignment.gold.iter().filter(|m| m.is_some()).count(),
        };
        report
            .counts
            .entry((category, doc.doc_type.clone()))
            .or_default()
            .add(counts);
        if category != Category::Both {
            continue;
        }
        for (g, matched) in alignment.gold.iter().enumerate() {
            let gspan = &gold_spans[g];
            match matched {
                None => {
                    // A system mention that covers this one but is matched to
                    // another gold mention: mostly a range SmartData splits.
                    let cover = sys_spans.iter().position(|s| overlaps(s, gspan));
                    let (pattern, note) = match cover {
                        Some(s) => (
                            COVERED,
                            format!("  (inside sys {:?})", mentions[system[s]].text),
                        ),
                        None => (pattern(&text[gspan.clone()]), String::new()),
                    };
                    report.missed.push(Example {
                        pattern,
                        line: format!(
                            "{:<5} {:<12} {}{note}",
                            gold[g].ty,
                            short_type(&doc.doc_type),
                            snippet(text, gspan)
                        ),
                    });
                }
                Some(s) => {
                    let mention = &mentions[system[*s]];
                    *report
                        .confusion
                        .entry((gold[g].ty.clone(), mention.kind.as_str()))
                        .or_default() += 1;
                    let sspan = &sys_spans[*s];
                    if sspan != gspan {
                        let key = boundary_key(text, gspan, sspan);
                        let entry = report.boundaries.entry(key).or_insert_with(|| {
                            (
                                0,
                                format!("{:?} vs {:?}", &text[gspan.clone()], mention.text),
                            )
                        });
                        entry.0 += 1;
                        report.boundary_examples.push(Example {
                            pattern: pattern(&text[gspan.clone()]),
                            line: format!(
                                "gold {:<5} {:<22} sys {:<8} {:<24} {}",
                                gold[g].ty,
                                format!("{:?}", &text[gspan.clone()]),
                                mention.kind.as_str(),
                                format!("{:?}", mention.text),
                                snippet(
                                    text,
                                    &(gspan.start.min(sspan.start)..gspan.end.max(sspan.end))
                                ),
                            ),
                        });
                    }
                }
            }
        }
        for (s, matched) in alignment.system.iter().enumerate() {
            if matched.is_some() {
                continue;
            }
            let mention = &mentions[system[s]];
            let span = &sys_spans[s];
            let under: Vec<&str> = doc
                .gold
                .iter()
                .filter(|g| overlaps(&g.span, span))
                .map(|g| g.ty.as_str())
                .collect();
            let under = if under.is_empty() {
                String::new()
            } else {
                format!(" (gold {})", under.join("+"))
            };
            report.spurious.push(Example {
                pattern: pattern(mention.text),
                line: format!(
                    "{:<8} {:<18} {:<12} {}{under}",
                    mention.kind.as_str(),
                    mention.value.as_deref().unwrap_or("-"),
                    short_type(&doc.doc_type),
                    snippet(text, span)
                ),
            });
        }
        // Durations: meldung should find none of them.
        for g in doc.gold.iter().filter(|g| g.ty == "DURATION") {
            report.duration_gold += 1;
            for (s, span) in sys_spans.iter().enumerate() {
                if overlaps(&g.span, span) {
                    let mention = &mentions[system[s]];
                    if alignment.system[s].is_none() {
                        report.duration_hits_spurious += 1;
                    }
                    report.duration_hits.push(Example {
                        pattern: pattern(&text[g.span.clone()]),
                        line: format!(
                            "gold {:?} sys {} {:?} {}",
                            &text[g.span.clone()],
                            mention.kind.as_str(),
                            mention.value.as_deref().unwrap_or("-"),
                            snippet(text, span)
                        ),
                    });
                }
            }
        }
    }
}

/// `NEWS`, `RSS` or `TWITTER` for a docType.
fn short_type(doc_type: &str) -> &str {
    doc_type.split('_').next().unwrap_or(doc_type)
}

/// What the system span adds (`+`) or lacks (`-`) on each side of the gold
/// span, lower-cased: `L+"am " R-" uhr"`.
fn boundary_key(text: &str, gold: &Range<usize>, system: &Range<usize>) -> String {
    let mut key = String::new();
    if system.start < gold.start {
        key.push_str(&format!(
            "left +{:?}",
            text[system.start..gold.start].to_lowercase()
        ));
    } else if system.start > gold.start {
        key.push_str(&format!(
            "left -{:?}",
            text[gold.start..system.start].to_lowercase()
        ));
    }
    if system.end > gold.end {
        if !key.is_empty() {
            key.push_str(", ");
        }
        key.push_str(&format!(
            "right +{:?}",
            text[gold.end..system.end].to_lowercase()
        ));
    } else if system.end < gold.end {
        if !key.is_empty() {
            key.push_str(", ");
        }
        key.push_str(&format!(
            "right -{:?}",
            text[system.end..gold.end].to_lowercase()
        ));
    }
    // Digits vary; the shape is what matters.
    key.chars()
        .map(|c| if c.is_ascii_digit() { '9' } else { c })
        .collect()
}

/// The span in `[[…]]` with up to [`CONTEXT`] characters either side, on
/// one line.
fn snippet(text: &str, span: &Range<usize>) -> String {
    let before: String = {
        let mut chars: Vec<char> = text[..span.start].chars().rev().take(CONTEXT).collect();
        chars.reverse();
        chars.into_iter().collect()
    };
    let after: String = text[span.end..].chars().take(CONTEXT).collect();
    let flat = |s: &str| -> String {
        s.chars()
            .map(|c| if c.is_whitespace() { ' ' } else { c })
            .collect()
    };
    format!(
        "…{}[[{}]]{}…",
        flat(&before),
        flat(&text[span.clone()]),
        flat(&after)
    )
}

/// The class of a missed gold mention that a system mention matched to
/// another gold mention covers.
const COVERED: &str =
    "covered by a system span matched to another gold mention (gold splits ranges)";

const WEEKDAYS: [&str; 8] = [
    "montag",
    "dienstag",
    "mittwoch",
    "donnerstag",
    "freitag",
    "samstag",
    "sonnabend",
    "sonntag",
];

const MONTHS: [&str; 13] = [
    "januar",
    "jänner",
    "februar",
    "märz",
    "april",
    "mai",
    "juni",
    "juli",
    "august",
    "september",
    "oktober",
    "november",
    "dezember",
];

const PARTS_OF_DAY: [&str; 9] = [
    "morgen",
    "früh",
    "vormittag",
    "mittag",
    "nachmittag",
    "abend",
    "nacht",
    "ganztägig",
    "betriebsschluss",
];

const RELATIVE: [&str; 16] = [
    "heute",
    "gestern",
    "vorgestern",
    "übermorgen",
    "vergangen",
    "letzt",
    "nächst",
    "kommend",
    "dies",
    "vorjahr",
    "jahr",
    "woche",
    "monat",
    "jahrzehnt",
    "wochenende",
    "bald",
];

const HOLIDAYS: [&str; 6] = [
    "silvester",
    "neujahr",
    "ostern",
    "weihnacht",
    "pfingst",
    "feiertag",
];

/// A rough surface class of a time expression, for grouping examples.
fn pattern(s: &str) -> &'static str {
    let lower = s.to_lowercase();
    let words: Vec<&str> = lower
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect();
    let has_digit = s.chars().any(|c| c.is_ascii_digit());
    let has_word = |list: &[&str]| words.iter().any(|w| list.iter().any(|x| w.starts_with(x)));
    let month = words.iter().any(|w| {
        MONTHS
            .iter()
            .any(|m| w == m || (w.chars().count() >= 3 && m.starts_with(w)))
    });
    let weekday = has_word(&WEEKDAYS);
    let digits_only = s.chars().all(|c| c.is_ascii_digit());
    let clock = {
        let parts: Vec<&str> = s.split([':', '.']).collect();
        parts.len() == 2
            && (1..=2).contains(&parts[0].len())
            && parts[1].len() == 2
            && parts.iter().all(|p| p.chars().all(|c| c.is_ascii_digit()))
    };
    if words.contains(&"uhr") {
        "clock time with Uhr"
    } else if has_word(&["minute", "stunde", "min", "tag", "jahre", "woche"]) && has_digit && !month
    {
        "number + unit (duration-like)"
    } else if clock {
        "bare clock time (hh:mm, hh.mm)"
    } else if weekday && (month || has_digit) {
        "weekday + date"
    } else if weekday {
        "weekday (± part of day)"
    } else if month && has_digit {
        "day/year + month name"
    } else if month {
        "month name (± modifier)"
    } else if digits_only && s.len() == 4 {
        "year"
    } else if has_digit && (s.contains('.') || s.contains('/') || s.contains('-')) {
        "numeric date or range"
    } else if has_digit {
        "other number"
    } else if has_word(&HOLIDAYS) {
        "holiday"
    } else if has_word(&PARTS_OF_DAY) {
        "part of day / day-time word"
    } else if has_word(&RELATIVE) {
        "relative / calendar word"
    } else {
        "other"
    }
}

fn print_table(report: &Report) {
    println!(
        "{:<10} {:<13} {:>5} {:>5} | {:>5} {:>7} {:>7} {:>7} | {:>5} {:>7} {:>7} {:>7}",
        "category", "docType", "gold", "sys", "exact", "P", "R", "F1", "ovlp", "P", "R", "F1"
    );
    println!("{}", "-".repeat(104));
    for category in Category::ALL {
        let mut total = Counts::default();
        let rows: Vec<(&String, &Counts)> = report
            .counts
            .iter()
            .filter(|((c, _), _)| *c == category)
            .map(|((_, t), counts)| (t, counts))
            .collect();
        for (_, counts) in &rows {
            total.add(**counts);
        }
        print_row(category.name(), "all", &total);
        for (doc_type, counts) in rows {
            print_row("", doc_type, counts);
        }
    }
}

fn print_row(category: &str, doc_type: &str, c: &Counts) {
    let (ep, er, ef) = prf(c.exact, c.system, c.gold);
    let (op, or, of) = prf(c.overlap, c.system, c.gold);
    println!(
        "{category:<10} {doc_type:<13} {:>5} {:>5} | {:>5} {ep:>7.4} {er:>7.4} {ef:>7.4} | {:>5} {op:>7.4} {or:>7.4} {of:>7.4}",
        c.gold, c.system, c.exact, c.overlap
    );
}

fn print_confusion(report: &Report) {
    println!("DATE+TIME overlap matches, gold type × system kind:");
    for ((gold, kind), n) in &report.confusion {
        println!("  {gold:<5} × {kind:<9} {n:>4}");
    }
}

fn print_boundary_kinds(report: &Report, all: bool) {
    let mut kinds: Vec<(&String, &(usize, String))> = report.boundaries.iter().collect();
    kinds.sort_by(|a, b| b.1.0.cmp(&a.1.0).then(a.0.cmp(b.0)));
    println!("  by what the system adds (+) or lacks (-), gold vs system:");
    let limit = if all { usize::MAX } else { EXAMPLES };
    for (key, (n, example)) in kinds.into_iter().take(limit) {
        println!("  {n:>4}  {key:<40} e.g. {example}");
    }
}

/// Prints the pattern counts of `examples`, then a sample spread over the
/// patterns (all of them with `all`).
fn print_examples(title: &str, examples: &[Example], all: bool) {
    if !title.is_empty() {
        println!("{title}: {}", examples.len());
    }
    let mut groups: BTreeMap<&'static str, Vec<&Example>> = BTreeMap::new();
    for example in examples {
        groups.entry(example.pattern).or_default().push(example);
    }
    let mut groups: Vec<(&'static str, Vec<&Example>)> = groups.into_iter().collect();
    groups.sort_by(|a, b| b.1.len().cmp(&a.1.len()).then(a.0.cmp(b.0)));
    let per_group = if all {
        usize::MAX
    } else {
        EXAMPLES.div_ceil(groups.len().max(1)).max(1)
    };
    let mut budget = if all { usize::MAX } else { EXAMPLES };
    for (name, members) in &groups {
        println!("  [{name}] {}", members.len());
        for example in members.iter().take(per_group.min(budget)) {
            println!("      {}", example.line);
            budget -= 1;
        }
    }
}
