//! `meldung stats`: what an archive is about — the most frequent people
//! with their roles, organisations, keywords, and documents per month.

use std::collections::{BTreeMap, HashMap, HashSet};
use std::io::{self, BufWriter, Write};
use std::process::ExitCode;

use meldung::DocumentOptions;

use crate::batch::{self, InputArgs};

#[derive(clap::Args)]
pub struct StatsArgs {
    #[command(flatten)]
    pub input: InputArgs,
    /// How many people, organisations and keywords to list (0: all).
    #[arg(long, value_name = "N", default_value_t = 20)]
    pub top: usize,
    /// `table` for reading, `csv` (`section,name,detail,documents,mentions`)
    /// for spreadsheets and pandas.
    #[arg(long, value_enum, default_value_t = Format::Table)]
    pub format: Format,
}

#[derive(Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    /// Aligned columns.
    Table,
    /// One CSV table.
    Csv,
}

/// What one document contributes.
#[derive(Default)]
struct DocStats {
    month: Option<String>,
    /// Name, roles ("CEO (govdigital)"), mentions.
    people: Vec<(String, Vec<String>, usize)>,
    /// Name, kind, mentions.
    organisations: Vec<(String, &'static str, usize)>,
    /// Term, count.
    keywords: Vec<(String, usize)>,
}

/// How often one name occurs over the archive.
#[derive(Default)]
struct Tally {
    documents: u64,
    mentions: u64,
    /// Roles of a person, kinds of an organisation, with their counts.
    details: HashMap<String, u64>,
}

impl Tally {
    /// The details, most frequent first (at most `n`), joined by `; `.
    fn detail(&self, n: usize) -> String {
        let mut details: Vec<(&String, &u64)> = self.details.iter().collect();
        details.sort_by(|a, b| b.1.cmp(a.1).then_with(|| a.0.cmp(b.0)));
        details
            .into_iter()
            .take(n)
            .map(|(d, _)| d.as_str())
            .collect::<Vec<_>>()
            .join("; ")
    }
}

#[derive(Default)]
struct Archive {
    documents: u64,
    people: HashMap<String, Tally>,
    organisations: HashMap<String, Tally>,
    keywords: HashMap<String, Tally>,
    months: BTreeMap<String, u64>,
    undated: u64,
}

impl Archive {
    fn add(&mut self, doc: DocStats) {
        self.documents += 1;
        match doc.month {
            Some(m) => *self.months.entry(m).or_default() += 1,
            None => self.undated += 1,
        }
        let mut seen = HashSet::new();
        for (name, roles, mentions) in doc.people {
            let tally = self.people.entry(name.clone()).or_default();
            if seen.insert(name) {
                tally.documents += 1;
            }
            tally.mentions += mentions as u64;
            for role in roles {
                *tally.details.entry(role).or_default() += 1;
            }
        }
        seen.clear();
        for (name, kind, mentions) in doc.organisations {
            let tally = self.organisations.entry(name.clone()).or_default();
            if seen.insert(name) {
                tally.documents += 1;
            }
            tally.mentions += mentions as u64;
            *tally.details.entry(kind.to_owned()).or_default() += 1;
        }
        seen.clear();
        for (term, count) in doc.keywords {
            let tally = self.keywords.entry(term.clone()).or_default();
            if seen.insert(term) {
                tally.documents += 1;
            }
            tally.mentions += count as u64;
        }
    }
}

/// The `top` most frequent entries (by documents, then mentions, then name).
fn ranked(map: &HashMap<String, Tally>, top: usize) -> Vec<(&String, &Tally)> {
    let mut all: Vec<(&String, &Tally)> = map.iter().collect();
    all.sort_by(|a, b| {
        (b.1.documents, b.1.mentions)
            .cmp(&(a.1.documents, a.1.mentions))
            .then_with(|| a.0.cmp(b.0))
    });
    if top > 0 {
        all.truncate(top);
    }
    all
}

pub fn run(args: &StatsArgs) -> ExitCode {
    let analyzer = match args.input.analyzer(10) {
        Ok(a) => a,
        Err(e) => {
            eprintln!("meldung: {e}");
            return ExitCode::FAILURE;
        }
    };
    let mut archive = Archive::default();
    let finished = batch::run(
        &args.input,
        analyzer,
        false,
        |analyzer, doc| {
            let analysis = analyzer.analyze_dated(&doc.text, doc.date);
            let d = analysis.document(&doc.id, DocumentOptions::new());
            Ok(Some(DocStats {
                month: d.date.as_ref().and_then(|d| d.get(..7)).map(str::to_owned),
                people: d
                    .people
                    .into_iter()
                    .map(|p| {
                        let roles = p
                            .roles
                            .into_iter()
                            .map(|r| match r.organisation {
                                Some(org) => format!("{} ({org})", r.title),
                                None => r.title,
                            })
                            .collect();
                        (p.name, roles, p.mentions.len())
                    })
                    .collect(),
                organisations: d
                    .organisations
                    .into_iter()
                    .map(|o| (o.name, o.kind, o.mentions.len()))
                    .collect(),
                keywords: d.keywords.into_iter().map(|k| (k.term, k.count)).collect(),
            }))
        },
        |_, _| None,
        |doc| {
            if let Some(doc) = doc {
                archive.add(doc);
            }
            Ok(())
        },
        || Ok(()),
    );
    let out = io::stdout().lock();
    let written = match args.format {
        Format::Table => write_table(BufWriter::new(out), &archive, args.top),
        Format::Csv => write_csv(BufWriter::new(out), &archive, args.top),
    };
    match written {
        Err(e) if e.kind() != io::ErrorKind::BrokenPipe => {
            eprintln!("meldung: cannot write output: {e}");
            ExitCode::FAILURE
        }
        _ => finished.exit_code(),
    }
}

fn write_csv(mut out: impl Write, archive: &Archive, top: usize) -> io::Result<()> {
    let field = |s: &str| {
        if s.contains([',', '"', '\n', '\r']) {
            format!("\"{}\"", s.replace('"', "\"\""))
        } else {
            s.to_owned()
        }
    };
    writeln!(out, "section,name,detail,documents,mentions")?;
    for (section, map, details) in [
        ("person", &archive.people, 3),
        ("organisation", &archive.organisations, 1),
        ("keyword", &archive.keywords, 0),
    ] {
        for (name, t) in ranked(map, top) {
            writeln!(
                out,
                "{section},{},{},{},{}",
                field(name),
                field(&t.detail(details)),
                t.documents,
                t.mentions
            )?;
        }
    }
    for (month, n) in &archive.months {
        writeln!(out, "month,{month},,{n},")?;
    }
    if archive.undated > 0 {
        writeln!(out, "month,unknown,,{},", archive.undated)?;
    }
    out.flush()
}

fn write_table(mut out: impl Write, archive: &Archive, top: usize) -> io::Result<()> {
    let span = match (archive.months.keys().next(), archive.months.keys().last()) {
        (Some(first), Some(last)) if first != last => format!(", {first} to {last}"),
        (Some(only), _) => format!(", {only}"),
        _ => String::new(),
    };
    writeln!(out, "{} documents{span}", archive.documents)?;
    let heading = |title: &str, map: &HashMap<String, Tally>| {
        if top > 0 && map.len() > top {
            format!("{title} (top {top} of {})", map.len())
        } else {
            title.to_owned()
        }
    };
    let sections: [(String, &HashMap<String, Tally>, &str, usize); 3] = [
        (
            heading("PEOPLE", &archive.people),
            &archive.people,
            "ROLES",
            3,
        ),
        (
            heading("ORGANISATIONS", &archive.organisations),
            &archive.organisations,
            "KIND",
            1,
        ),
        (
            heading("KEYWORDS", &archive.keywords),
            &archive.keywords,
            "",
            0,
        ),
    ];
    for (title, map, detail, n) in sections {
        let mentions = if n == 0 { "COUNT" } else { "MENTIONS" };
        let rows: Vec<Vec<String>> = ranked(map, top)
            .into_iter()
            .map(|(name, t)| {
                vec![
                    name.clone(),
                    t.documents.to_string(),
                    t.mentions.to_string(),
                    t.detail(n),
                ]
            })
            .collect();
        writeln!(out)?;
        print_rows(&mut out, [title.as_str(), "DOCS", mentions, detail], &rows)?;
    }
    let mut rows: Vec<Vec<String>> = archive
        .months
        .iter()
        .map(|(m, n)| vec![m.clone(), n.to_string()])
        .collect();
    if archive.undated > 0 {
        rows.push(vec!["unknown".to_owned(), archive.undated.to_string()]);
    }
    writeln!(out)?;
    print_rows(&mut out, ["MONTH", "DOCS"], &rows)?;
    out.flush()
}

/// Columns padded to their widest cell: the first left-aligned (long names
/// cut at 48 characters), numbers right-aligned, the last one unpadded.
fn print_rows<const N: usize>(
    out: &mut impl Write,
    header: [&str; N],
    rows: &[Vec<String>],
) -> io::Result<()> {
    const NAME_WIDTH: usize = 48;
    let cut = |s: &str| -> String {
        if s.chars().count() > NAME_WIDTH {
            let mut c: String = s.chars().take(NAME_WIDTH - 1).collect();
            c.push('…');
            c
        } else {
            s.to_owned()
        }
    };
    let mut widths = header.map(|h| h.chars().count());
    for row in rows {
        for (i, cell) in row.iter().enumerate().take(N) {
            let len = if i == 0 {
                cut(cell).chars().count()
            } else {
                cell.chars().count()
            };
            widths[i] = widths[i].max(len);
        }
    }
    let line = |out: &mut dyn Write, cells: &[&str]| -> io::Result<()> {
        let mut text = String::new();
        for (i, cell) in cells.iter().enumerate() {
            let pad = widths[i].saturating_sub(cell.chars().count());
            if i == 0 {
                text.push_str(cell);
                text.push_str(&" ".repeat(pad));
            } else if i + 1 < cells.len() || cells.len() == 2 {
                text.push_str("  ");
                text.push_str(&" ".repeat(pad));
                text.push_str(cell);
            } else {
                text.push_str("  ");
                text.push_str(cell);
            }
        }
        writeln!(out, "{}", text.trim_end())
    };
    line(out, &header)?;
    for row in rows {
        let first = cut(&row[0]);
        let mut cells: Vec<&str> = vec![first.as_str()];
        cells.extend(row[1..].iter().map(String::as_str));
        line(out, &cells[..N.min(cells.len())])?;
    }
    Ok(())
}
