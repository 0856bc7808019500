//! Every date expression of a press release, as a timeline editor would
//! want it: what the text says, what sort of expression it is, and the
//! normalised TIMEX3 value with its modifier.
//!
//! ```sh
//! cargo run --example dates                                     # corpus/bund-bmi-cloud-strategie.txt
//! cargo run --example dates -- corpus/polizei-lueneburg-falsche-stadtwerke-mitarbeiter.txt
//! cargo run --example dates -- corpus/bund-bmi-cloud-strategie.txt --reference 2024-06-30
//! ```
//!
//! Relative expressions ("heute", "im Vorjahr", "am kommenden Montag") and
//! dates without a year ("am 3. Oktober") are resolved against a reference
//! date. By default that is the date the release states about itself (a
//! dateline "Berlin, 18. Dezember 2023 –", a leading "[18.12.2023]"), or
//! none, in which case meldung leaves relative values empty (`?`) rather
//! than guess. `--reference YYYY-MM-DD` passes another date as the
//! publication date ([`meldung::Analyzer::analyze_dated`]), as you would
//! for a release whose date you know from the archive, or to see how the
//! same words read a few months later.
//!
//! For each expression it prints the line number, the text, the kind
//! (`day`, `month`, `quarter`, `range`, `time`, `relative`, …), the value
//! and modifier (`START`, `END`, `APPROX`, `BEFORE`, `AFTER`, …), a
//! reading of the value in words where it is a single day or a time on one,
//! and notes on what was inferred: `year from reference` for a year not
//! written, `resolved` for a relative expression. A tally by kind follows.

use std::collections::BTreeMap;
use std::process::ExitCode;

use meldung::Analyzer;
use meldung::date::{Date, DateMention};

/// `println!` that ends the program quietly when stdout is closed early
/// (`… | head`) instead of panicking.
macro_rules! say {
    ($($arg:tt)*) => {{
        use std::io::Write as _;
        if let Err(e) = writeln!(std::io::stdout(), $($arg)*) {
            if e.kind() != std::io::ErrorKind::BrokenPipe {
                eprintln!("cannot write output: {e}");
                std::process::exit(1);
            }
            std::process::exit(0);
        }
    }};
}

const DEFAULT_FILE: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/corpus/bund-bmi-cloud-strategie.txt"
);

const WEEKDAYS: [&str; 7] = [
    "Montag",
    "Dienstag",
    "Mittwoch",
    "Donnerstag",
    "Freitag",
    "Samstag",
    "Sonntag",
];

const MONTHS: [&str; 12] = [
    "Januar",
    "Februar",
    "März",
    "April",
    "Mai",
    "Juni",
    "Juli",
    "August",
    "September",
    "Oktober",
    "November",
    "Dezember",
];

const USAGE: &str = "usage: cargo run --example dates [FILE] [--reference YYYY-MM-DD]";

fn main() -> ExitCode {
    let mut path = None;
    let mut reference = None;
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--reference" | "-r" => match args.next().map(|v| v.parse::<Date>()) {
                Some(Ok(date)) => reference = Some(date),
                Some(Err(e)) => {
                    eprintln!("dates: {e}");
                    return ExitCode::FAILURE;
                }
                None => {
                    eprintln!("dates: --reference needs a date\n{USAGE}");
                    return ExitCode::FAILURE;
                }
            },
            _ if arg.starts_with('-') || path.is_some() => {
                eprintln!("{USAGE}");
                return ExitCode::FAILURE;
            }
            _ => path = Some(arg),
        }
    }
    let path = path.unwrap_or_else(|| DEFAULT_FILE.to_owned());
    let text = match std::fs::read_to_string(&path) {
        Ok(text) => text,
        Err(e) => {
            eprintln!("dates: {path}: {e}");
            return ExitCode::FAILURE;
        }
    };

    let analysis = Analyzer::new().analyze_dated(&text, reference);
    let dates = &analysis.dates;

    say!("{}", path.rsplit('/').next().unwrap_or(&path));
    say!(
        "  the release's own date: {}",
        dates.document_date.map_or_else(|| "–".to_owned(), words)
    );
    say!(
        "  resolved against:       {}{}\n",
        dates.reference.map_or_else(|| "nothing".to_owned(), words),
        if reference.is_some() {
            " (--reference)"
        } else {
            ""
        }
    );

    if dates.mentions.is_empty() {
        say!("  no date expressions");
        return ExitCode::SUCCESS;
    }
    let shown = |d: &DateMention<'_>| d.text.split_whitespace().collect::<Vec<_>>().join(" ");
    let value = |d: &DateMention<'_>| d.value.clone().unwrap_or_else(|| "?".to_owned());
    let width = |f: &dyn Fn(&DateMention<'_>) -> String| {
        dates
            .mentions
            .iter()
            .map(|d| f(d).chars().count())
            .max()
            .unwrap_or(0)
    };
    let (tw, vw) = (width(&shown).max(4), width(&value).max(5));
    say!(
        "  {:>4}  {:<tw$}  {:<8}  {:<vw$}  {:<6}  reading",
        "line",
        "text",
        "kind",
        "value",
        "mod"
    );
    let mut tally: BTreeMap<&str, usize> = BTreeMap::new();
    for d in &dates.mentions {
        *tally.entry(d.kind.as_str()).or_insert(0) += 1;
        let line = text[..d.span.start].matches('\n').count() + 1;
        say!(
            "  {line:>4}  {:<tw$}  {:<8}  {:<vw$}  {:<6}  {}",
            shown(d),
            d.kind.as_str(),
            value(d),
            d.modifier.map_or("", |m| m.as_str()),
            reading(d)
        );
    }
    let tally: Vec<String> = tally.iter().map(|(k, n)| format!("{n} {k}")).collect();
    say!(
        "\n  {} expressions: {}",
        dates.mentions.len(),
        tally.join(", ")
    );
    ExitCode::SUCCESS
}

/// "Montag, 18. Dezember 2023".
fn words(d: Date) -> String {
    format!(
        "{}, {}. {} {}",
        WEEKDAYS[(d.weekday() as usize + 6) % 7],
        d.day(),
        MONTHS[(d.month() as usize + 11) % 12],
        d.year()
    )
}

/// The value in words where it names a day, a time on a day, or a range
/// of those; then what was inferred.
fn reading(d: &DateMention<'_>) -> String {
    let mut out = d.value.as_deref().map(in_words).unwrap_or_default();
    let mut notes = Vec::new();
    if d.inferred.year {
        notes.push("year from reference");
    }
    if d.inferred.relative {
        notes.push("resolved");
    }
    if !notes.is_empty() {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(&format!("({})", notes.join(", ")));
    }
    out
}

/// `2023-12-27` → "Mittwoch, 27. Dezember 2023"; `2023-12-27T09:00` adds
/// ", 09:00 Uhr"; a range `A/B` reads "A bis B", or "…, 09:00–13:00 Uhr"
/// on one day. Anything else (a month, a quarter, a week) gives "".
fn in_words(value: &str) -> String {
    let day_time = |v: &str| -> Option<(Date, Option<String>)> {
        let (day, time) = v.split_once('T').unwrap_or((v, ""));
        let date = day.parse::<Date>().ok()?;
        Some((date, time.contains(':').then(|| time.to_owned())))
    };
    match value.split_once('/') {
        None => match day_time(value) {
            Some((date, None)) => words(date),
            Some((date, Some(time))) => format!("{}, {time} Uhr", words(date)),
            None => String::new(),
        },
        Some((from, to)) => match (day_time(from), day_time(to)) {
            (Some((a, Some(t1))), Some((b, Some(t2)))) if a == b => {
                format!("{}, {t1}–{t2} Uhr", words(a))
            }
            (Some((a, None)), Some((b, None))) => format!("{} bis {}", words(a), words(b)),
            _ => String::new(),
        },
    }
}
