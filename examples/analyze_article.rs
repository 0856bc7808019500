//! One press release, read the way a desk editor would skim it: what
//! [`meldung::Analyzer::analyze`] finds in a single call.
//!
//! ```sh
//! cargo run --release --example analyze_article                 # corpus/reference-govdigital.txt
//! cargo run --release --example analyze_article -- corpus/bund-bmi-cloud-strategie.txt
//! ```
//!
//! It prints, in this order:
//!
//! * the **head**: headline, publication date (with its weekday), dateline,
//!   release number and author, and how long the text is;
//! * the **people**, each with their roles (and the organisation of each
//!   role), their party and how they are named in the text;
//! * the **organisations**, with kind, acronyms and short forms, and how
//!   often each is mentioned;
//! * the **quotes**, each with its speaker and its first words;
//! * the **dates**: every date expression with its TIMEX3 value;
//! * the **keywords**, best first, with score and count;
//! * the **metadata** a release carries at its end: web and e-mail
//!   addresses, the editor's tags and the contact block.
//!
//! A missing field is shown as `–`, so you also see what the release does
//! not say about itself.

use std::process::ExitCode;

use meldung::Analyzer;
use meldung::date::Date;

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
    "/corpus/reference-govdigital.txt"
);

/// How many words of a quote are shown.
const QUOTE_WORDS: usize = 10;

fn main() -> ExitCode {
    let mut args = std::env::args().skip(1);
    let path = args.next().unwrap_or_else(|| DEFAULT_FILE.to_owned());
    if args.next().is_some() || path == "-h" || path == "--help" {
        eprintln!("usage: cargo run --example analyze_article [FILE]");
        return ExitCode::FAILURE;
    }
    let text = match std::fs::read_to_string(&path) {
        Ok(text) => text,
        Err(e) => {
            eprintln!("analyze_article: {path}: {e}");
            return ExitCode::FAILURE;
        }
    };

    let analyzer = Analyzer::new();
    let a = analyzer.analyze(&text);
    let e = &a.entities;
    let m = &a.metadata;

    // ── Head ──────────────────────────────────────────────────────────────
    say!("{}", path.rsplit('/').next().unwrap_or(&path));
    say!(
        "{} bytes, {} words, {} sentences\n",
        text.len(),
        a.tokens
            .iter()
            .filter(|t| t.kind == meldung::TokenKind::Word)
            .count(),
        a.sentences.len()
    );
    field("Headline", m.title);
    field("Date", m.date.map(long_date).as_deref());
    field("Dateline", m.dateline);
    field("Release no.", m.release_number);
    field("Author", m.author);

    // ── People ────────────────────────────────────────────────────────────
    heading("People", e.people.len());
    for person in &e.people {
        let mut roles: Vec<String> = person
            .roles
            .iter()
            .filter_map(|&r| e.roles.get(r))
            .map(
                |role| match role.organisation.and_then(|o| e.organisations.get(o)) {
                    Some(org) => format!("{}, {}", role.title, org.name),
                    None => role.title.clone(),
                },
            )
            .collect();
        if let Some(party) = person.party.and_then(|p| e.organisations.get(p)) {
            roles.push(party.name.clone());
        }
        let roles = if roles.is_empty() {
            String::from("(no role stated)")
        } else {
            roles.join("; ")
        };
        say!("  {:<26} {roles}", person.name);
        say!(
            "  {:<26} named {}",
            "",
            distinct(person.mentions.iter().map(|m| m.text))
        );
    }

    // ── Organisations ─────────────────────────────────────────────────────
    heading("Organisations", e.organisations.len());
    for org in &e.organisations {
        let aliases = if org.aliases.is_empty() {
            String::new()
        } else {
            format!(
                " – also {}",
                distinct(org.aliases.iter().map(String::as_str))
            )
        };
        say!(
            "  {:<13} {:>5}  {}{aliases}",
            org.kind.as_str(),
            times(org.mentions.len()),
            org.name
        );
    }

    // ── Quotes ────────────────────────────────────────────────────────────
    heading("Quotes", e.quotes.len());
    for quote in &e.quotes {
        let speaker = quote
            .speaker
            .and_then(|p| e.people.get(p))
            .map_or("(speaker unknown)", |p| p.name.as_str());
        let words = first_words(&text[quote.span.range()], QUOTE_WORDS);
        say!("  {speaker:<26} {words}");
    }

    // ── Dates ─────────────────────────────────────────────────────────────
    heading("Dates", a.dates.mentions.len());
    for d in &a.dates.mentions {
        let value = d.value.as_deref().unwrap_or("?");
        let modifier = d.modifier.map(|m| format!(" {m}")).unwrap_or_default();
        say!(
            "  {:<34} {:<9} {value}{modifier}",
            one_line(d.text),
            d.kind.as_str()
        );
    }

    // ── Keywords ──────────────────────────────────────────────────────────
    heading("Keywords", a.keywords.len());
    for (rank, k) in a.keywords.iter().enumerate() {
        say!(
            "  {:>2}. {:.2} {:>5}  {}",
            rank + 1,
            k.score,
            times(k.count),
            k.term
        );
    }

    // ── Metadata ──────────────────────────────────────────────────────────
    say!("\nMetadata");
    field("URLs", list(&m.urls).as_deref());
    field("E-mail", list(&m.emails).as_deref());
    field("Tags", list(&m.tags).as_deref());
    field(
        "Contact",
        m.contact.map(|c| one_line(&text[c.range()])).as_deref(),
    );
    ExitCode::SUCCESS
}

fn heading(name: &str, n: usize) {
    say!("\n{name} ({n})");
}

fn field(name: &str, value: Option<&str>) {
    say!("  {name:<12} {}", value.unwrap_or("–"));
}

fn times(n: usize) -> String {
    if n == 1 {
        String::from("once")
    } else {
        format!("{n}×")
    }
}

/// `2023-12-18` as "Montag, 18. Dezember 2023 (2023-12-18)".
fn long_date(d: Date) -> String {
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
    format!(
        "{}, {}. {} {} ({d})",
        WEEKDAYS[(d.weekday() as usize - 1) % 7],
        d.day(),
        MONTHS[(d.month() as usize - 1) % 12],
        d.year()
    )
}

/// The distinct strings of `items`, quoted, in first-seen order.
fn distinct<'a>(items: impl Iterator<Item = &'a str>) -> String {
    let mut seen: Vec<&str> = Vec::new();
    for item in items {
        if !seen.contains(&item) {
            seen.push(item);
        }
    }
    seen.iter()
        .map(|s| format!("„{}“", one_line(s)))
        .collect::<Vec<_>>()
        .join(", ")
}

fn list(items: &[&str]) -> Option<String> {
    (!items.is_empty()).then(|| items.join(", "))
}

/// The text with every run of white space (line breaks too) as one space.
fn one_line(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The first `n` words of `s`, with "…" if there are more.
fn first_words(s: &str, n: usize) -> String {
    let words: Vec<&str> = s.split_whitespace().collect();
    if words.len() <= n {
        words.join(" ")
    } else {
        format!("{} …", words[..n].join(" "))
    }
}
