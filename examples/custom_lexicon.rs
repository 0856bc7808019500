//! Teaching the analyzer your own beat: organisations, people and role
//! titles it cannot know, from code and from a gazetteer, plus a stopword
//! for a word that is everywhere in your releases and says nothing.
//!
//! ```sh
//! cargo run --example custom_lexicon
//! ```
//!
//! A small made-up release from a made-up Land is analysed twice: by
//! [`Analyzer::new`] and by an analyzer from [`Analyzer::builder`] with
//!
//! * an organisation from code ([`AnalyzerBuilder::organisation`]):
//!   `Digitalagentur Musterland`, acronym `DAM`, an authority;
//! * a person ([`AnalyzerBuilder::person`]) whose first name is not in the
//!   embedded list and who is named without a role or a speech verb
//!   ("Taalke Okonkwo koordiniert …"), where nothing else gives her away;
//! * a role title with its two forms ([`AnalyzerBuilder::role`]):
//!   `Digitallotse` / `Digitallotsin`;
//! * a gazetteer in TSV form ([`AnalyzerBuilder::gazetteer`]), the format
//!   of a file you would keep next to your archive: one organisation with
//!   its acronym, its short form ("der Zweckverband") and its kind;
//! * a stopword ([`AnalyzerBuilder::stopword`]): `Portal`, which also
//!   removes its inflected forms ("des Portals").
//!
//! For people, organisations, quotes and keywords it prints what both
//! analyzers find (`  `), what only the default one finds (`- `) and what
//! only the customised one finds (`+ `).
//!
//! Finally it feeds a gazetteer with a bad line to a builder and prints
//! the [`Error::InvalidGazetteer`] it gets, with the line number to fix.
//!
//! [`Error::InvalidGazetteer`]: meldung::Error::InvalidGazetteer
//! [`AnalyzerBuilder::organisation`]: meldung::AnalyzerBuilder::organisation
//! [`AnalyzerBuilder::person`]: meldung::AnalyzerBuilder::person
//! [`AnalyzerBuilder::role`]: meldung::AnalyzerBuilder::role
//! [`AnalyzerBuilder::gazetteer`]: meldung::AnalyzerBuilder::gazetteer
//! [`AnalyzerBuilder::stopword`]: meldung::AnalyzerBuilder::stopword

use meldung::entity::OrgKind;
use meldung::{Analysis, Analyzer, Error};

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

/// A made-up release: every name in it is invented.
const TEXT: &str = "\
Musterstadt, 4. März 2024 – Die Digitalagentur Musterland (DAM) hat gemeinsam mit dem \
Zweckverband Kommunale IT Nordheide (ZKIN) ein Bürgerportal für alle 43 Gemeinden des Landes \
gestartet. „Ab heute lässt sich der Anwohnerparkausweis in drei Minuten beantragen“, sagte \
Kira Vollmer, Chief Data Officer der DAM. Das Portal bündelt nach Angaben der DAM bereits \
120 Verwaltungsleistungen.
Die ZKIN betreibt die Rechenzentren des Portals. „Musterland zeigt, dass digitale Verwaltung \
auch in kleinen Gemeinden funktioniert“, sagte Jorinde Pfaff, Digitallotsin des Zweckverbands. \
Taalke Okonkwo koordiniert die Schulungen in den Rathäusern. Das Portal soll bis Ende \
2024 um weitere Leistungen wachsen; die DAM plant dafür eine zweite Ausbaustufe.
";

/// The gazetteer: `org<TAB>NAME<TAB>ALIAS|ALIAS<TAB>KIND`,
/// `person<TAB>NAME`, `role<TAB>MASCULINE<TAB>FEMININE`, `#` comments.
const GAZETTEER: &str = "\
# Organisations of the Nordheide beat
org\tZweckverband Kommunale IT Nordheide\tZKIN|Zweckverband\tmunicipality
";

/// The same format with two mistakes: line 3 names an unknown kind, line 4
/// an unknown entry type. The builder reports the first one.
const BAD_GAZETTEER: &str = "\
# Organisations of the Nordheide beat
org\tZweckverband Kommunale IT Nordheide\tZKIN\tmunicipality
org\tLandesamt für Deiche Musterland\tLDM\tbehörde
firma\tNordheide Netz GmbH
";

fn main() -> Result<(), Error> {
    let plain = Analyzer::new();
    let custom = Analyzer::builder()
        .organisation("Digitalagentur Musterland", &["DAM"], OrgKind::Authority)
        .person("Taalke Okonkwo")
        .role("Digitallotse", "Digitallotsin")
        .gazetteer(GAZETTEER)?
        .stopword("Portal")
        .build()?;

    let before = plain.analyze(TEXT);
    let after = custom.analyze(TEXT);

    say!("The release:\n");
    for line in TEXT.lines() {
        say!("  {line}");
    }
    say!("\n(- only the default analyzer, + only the customised one)");
    diff("People", &people(&before), &people(&after));
    diff(
        "Organisations",
        &organisations(&before),
        &organisations(&after),
    );
    diff("Quotes", &quotes(&before), &quotes(&after));
    diff("Keywords", &keywords(&before), &keywords(&after));

    say!("\nA gazetteer with a mistake:\n");
    for (n, line) in BAD_GAZETTEER.lines().enumerate() {
        say!("  {:>2} | {}", n + 1, line.replace('\t', " ⇥ "));
    }
    match Analyzer::builder().gazetteer(BAD_GAZETTEER) {
        Err(
            ref e @ Error::InvalidGazetteer {
                line, ref reason, ..
            },
        ) => {
            say!("\n  rejected at line {line} ({reason}):\n  {e}");
        }
        Err(e) => say!("\n  rejected: {e}"),
        Ok(_) => say!("\n  accepted (unexpected: it has two bad lines)"),
    }
    Ok(())
}

fn people(a: &Analysis<'_>) -> Vec<String> {
    let e = &a.entities;
    e.people
        .iter()
        .map(|p| {
            let roles: Vec<String> = p
                .roles
                .iter()
                .filter_map(|&r| e.roles.get(r))
                .map(
                    |r| match r.organisation.and_then(|o| e.organisations.get(o)) {
                        Some(org) => format!("{}, {}", r.title, org.name),
                        None => r.title.clone(),
                    },
                )
                .collect();
            if roles.is_empty() {
                p.name.clone()
            } else {
                format!("{} – {}", p.name, roles.join("; "))
            }
        })
        .collect()
}

fn organisations(a: &Analysis<'_>) -> Vec<String> {
    a.entities
        .organisations
        .iter()
        .map(|o| {
            let aliases = if o.aliases.is_empty() {
                String::new()
            } else {
                format!(" ({})", o.aliases.join(", "))
            };
            format!(
                "{}{aliases} [{}], {} mentions",
                o.name,
                o.kind.as_str(),
                o.mentions.len()
            )
        })
        .collect()
}

fn quotes(a: &Analysis<'_>) -> Vec<String> {
    let e = &a.entities;
    e.quotes
        .iter()
        .map(|q| {
            let words: Vec<&str> = a.text[q.span.range()].split_whitespace().take(5).collect();
            let speaker = q
                .speaker
                .and_then(|p| e.people.get(p))
                .map_or("(speaker unknown)", |p| p.name.as_str());
            format!("{speaker}: {} …", words.join(" "))
        })
        .collect()
}

fn keywords(a: &Analysis<'_>) -> Vec<String> {
    a.keywords.iter().map(|k| k.term.clone()).collect()
}

/// Prints the lines of both lists: first those of `after` in its order,
/// marked `+` if new, then those only in `before`, marked `-`.
fn diff(title: &str, before: &[String], after: &[String]) {
    say!("\n{title}");
    for line in after {
        let mark = if before.contains(line) { ' ' } else { '+' };
        say!("  {mark} {line}");
    }
    for line in before.iter().filter(|l| !after.contains(l)) {
        say!("  - {line}");
    }
    if before.is_empty() && after.is_empty() {
        say!("    (none)");
    }
}
