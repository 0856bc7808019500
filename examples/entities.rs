//! Prints the people, roles, organisations and quotes of press releases.
//!
//! ```text
//! cargo run --example entities -- corpus/reference-govdigital.txt
//! ```
//!
//! Without arguments it reads every `.txt` file in `corpus/`.

use std::path::PathBuf;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut paths: Vec<PathBuf> = std::env::args_os().skip(1).map(PathBuf::from).collect();
    if paths.is_empty() {
        let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/corpus");
        for entry in std::fs::read_dir(dir)? {
            let path = entry?.path();
            if path.extension().is_some_and(|e| e == "txt") {
                paths.push(path);
            }
        }
        paths.sort();
    }
    for path in paths {
        let text = std::fs::read_to_string(&path)?;
        let found = meldung::entity::entities(&text);
        println!("== {}", path.display());
        for person in &found.people {
            let roles: Vec<String> = person
                .roles
                .iter()
                .map(|&r| {
                    let role = &found.roles[r];
                    match role.organisation {
                        Some(o) => format!("{} ({})", role.title, found.organisations[o].name),
                        None => role.title.clone(),
                    }
                })
                .collect();
            let party = person
                .party
                .map(|p| format!(" [{}]", found.organisations[p].name))
                .unwrap_or_default();
            let mentions: Vec<&str> = person.mentions.iter().map(|m| m.text).collect();
            println!(
                "  person  {}{party}: {}  <- {:?}",
                person.name,
                roles.join("; "),
                mentions
            );
        }
        for org in &found.organisations {
            println!(
                "  org     {} [{}] aliases {:?} ({} mentions)",
                org.name,
                org.kind.as_str(),
                org.aliases,
                org.mentions.len()
            );
        }
        for quote in &found.quotes {
            let text = &text[quote.span.range()];
            let opening: String = text.chars().take(40).collect();
            let speaker = quote.speaker.map_or("?", |p| found.people[p].name.as_str());
            println!("  quote   {speaker}: {opening}…");
        }
    }
    Ok(())
}
