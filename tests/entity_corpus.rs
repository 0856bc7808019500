//! The entity stage against the corpus gold files (`corpus/*.expected.json`,
//! written by hand by a reader): the reference article exactly, the rest
//! as precision/recall, with floors that catch regressions.
//!
//! `cargo test --test entity_corpus -- --nocapture` prints the table.

mod common;

use std::collections::BTreeSet;

use meldung::entity::{Entities, entities};
use serde_json::Value;

#[derive(Default, Clone, Copy)]
struct Count {
    tp: usize,
    fp: usize,
    fn_: usize,
}

impl Count {
    fn add<T: Ord + Clone>(&mut self, gold: &BTreeSet<T>, system: &BTreeSet<T>) {
        let tp = gold.intersection(system).count();
        self.tp += tp;
        self.fp += system.len() - tp;
        self.fn_ += gold.len() - tp;
    }
    fn p(&self) -> f64 {
        ratio(self.tp, self.tp + self.fp)
    }
    fn r(&self) -> f64 {
        ratio(self.tp, self.tp + self.fn_)
    }
    fn f1(&self) -> f64 {
        let (p, r) = (self.p(), self.r());
        if p + r == 0.0 {
            0.0
        } else {
            2.0 * p * r / (p + r)
        }
    }
}

fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 { 1.0 } else { a as f64 / b as f64 }
}

fn strs(v: &Value) -> Vec<String> {
    v.as_array()
        .map(|a| {
            a.iter()
                .filter_map(|s| s.as_str().map(str::to_owned))
                .collect()
        })
        .unwrap_or_default()
}

/// Gold organisation names → every form the gold gives (name and aliases).
fn gold_org_forms(gold: &Value) -> Vec<(String, Vec<String>)> {
    gold["organisations"]
        .as_array()
        .into_iter()
        .flatten()
        .map(|o| {
            let name = o["name"].as_str().unwrap_or_default().to_owned();
            let mut forms = strs(&o["aliases"]);
            forms.push(name.clone());
            (name, forms)
        })
        .collect()
}

/// The gold name of a system organisation: the gold organisation sharing
/// its name or one of its aliases, else its own name.
fn org_as_gold(found: &Entities<'_>, o: usize, gold: &[(String, Vec<String>)]) -> String {
    let org = &found.organisations[o];
    let forms: Vec<&String> = std::iter::once(&org.name).chain(&org.aliases).collect();
    gold.iter()
        .find(|(_, g)| g.iter().any(|f| forms.contains(&f)))
        .map_or_else(|| org.name.clone(), |(n, _)| n.clone())
}

struct Scores {
    people: Count,
    orgs: Count,
    person_roles: Count,
    role_orgs: Count,
    quotes: Count,
}

fn score(text: &str, gold: &Value) -> Scores {
    let found = entities(text);
    let gorgs = gold_org_forms(gold);
    let mut s = Scores {
        people: Count::default(),
        orgs: Count::default(),
        person_roles: Count::default(),
        role_orgs: Count::default(),
        quotes: Count::default(),
    };
    let people = gold["people"].as_array().cloned().unwrap_or_default();
    let g_people: BTreeSet<String> = people
        .iter()
        .filter_map(|p| p["name"].as_str().map(str::to_owned))
        .collect();
    let s_people: BTreeSet<String> = found.people.iter().map(|p| p.name.clone()).collect();
    s.people.add(&g_people, &s_people);

    let g_orgs: BTreeSet<String> = gorgs.iter().map(|(n, _)| n.clone()).collect();
    let s_orgs: BTreeSet<String> = (0..found.organisations.len())
        .map(|o| org_as_gold(&found, o, &gorgs))
        .collect();
    s.orgs.add(&g_orgs, &s_orgs);

    let mut g_pr = BTreeSet::new();
    let mut g_ro = BTreeSet::new();
    for p in &people {
        let name = p["name"].as_str().unwrap_or_default().to_owned();
        for r in p["roles"].as_array().into_iter().flatten() {
            let title = r["title"].as_str().unwrap_or_default().to_owned();
            g_pr.insert((name.clone(), title.clone()));
            if let Some(o) = r["organisation"].as_str() {
                g_ro.insert((name.clone(), title, o.to_owned()));
            }
        }
    }
    let mut s_pr = BTreeSet::new();
    let mut s_ro = BTreeSet::new();
    for role in &found.roles {
        let Some(p) = role.person else { continue };
        let name = found.people[p].name.clone();
        s_pr.insert((name.clone(), role.title.clone()));
        if let Some(o) = role.organisation {
            s_ro.insert((name, role.title.clone(), org_as_gold(&found, o, &gorgs)));
        }
    }
    s.person_roles.add(&g_pr, &s_pr);
    s.role_orgs.add(&g_ro, &s_ro);

    let quotes = gold["other"]["quotes"]
        .as_array()
        .or(gold["quotes"].as_array())
        .cloned()
        .unwrap_or_default();
    let g_q: BTreeSet<(String, String)> = quotes
        .iter()
        .map(|q| {
            let start: String = q["starts_with"]
                .as_str()
                .unwrap_or_default()
                .chars()
                .take(12)
                .collect();
            (start, q["speaker"].as_str().unwrap_or("-").to_owned())
        })
        .collect();
    let s_q: BTreeSet<(String, String)> = found
        .quotes
        .iter()
        .map(|q| {
            let inner: String = text[q.span.range()].chars().skip(1).take(12).collect();
            let speaker = q
                .speaker
                .map_or("-".to_owned(), |p| found.people[p].name.clone());
            (inner, speaker)
        })
        .collect();
    s.quotes.add(&g_q, &s_q);
    s
}

fn gold_files() -> Vec<(String, String, Value)> {
    common::corpus()
        .into_iter()
        .filter_map(|(name, text)| {
            let path = format!(
                "{}/corpus/{}",
                env!("CARGO_MANIFEST_DIR"),
                name.replace(".txt", ".expected.json")
            );
            let json = std::fs::read_to_string(path).ok()?;
            Some((
                name,
                text,
                serde_json::from_str(&json).expect("gold files are JSON"),
            ))
        })
        .collect()
}

#[test]
fn reference_article_is_exact() {
    let (_, text, gold) = gold_files()
        .into_iter()
        .find(|(n, _, _)| n == "reference-govdigital.txt")
        .expect("the reference article has a gold file");
    let s = score(&text, &gold);
    for (what, c) in [
        ("people", s.people),
        ("organisations", s.orgs),
        ("person-role pairs", s.person_roles),
        ("role-organisation links", s.role_orgs),
        ("quotes with speakers", s.quotes),
    ] {
        assert_eq!(
            (c.fp, c.fn_),
            (0, 0),
            "{what}: {} wrong, {} missed",
            c.fp,
            c.fn_
        );
    }
    // Mentions and aliases exactly as in the gold file.
    let found = entities(&text);
    for p in gold["people"].as_array().into_iter().flatten() {
        let name = p["name"].as_str().unwrap_or_default();
        let person = found
            .people
            .iter()
            .find(|x| x.name == name)
            .expect("person found");
        let mentions: Vec<&str> = person.mentions.iter().map(|m| m.text).collect();
        assert_eq!(mentions, strs(&p["mentions"]), "mentions of {name}");
    }
    for o in gold["organisations"].as_array().into_iter().flatten() {
        let name = o["name"].as_str().unwrap_or_default();
        let org = found
            .organisations
            .iter()
            .find(|x| x.name == name)
            .expect("organisation found");
        let mut aliases = org.aliases.clone();
        aliases.sort();
        let mut want = strs(&o["aliases"]);
        want.sort();
        assert_eq!(aliases, want, "aliases of {name}");
    }
}

#[test]
fn corpus_gold_scores() {
    let mut total = Scores {
        people: Count::default(),
        orgs: Count::default(),
        person_roles: Count::default(),
        role_orgs: Count::default(),
        quotes: Count::default(),
    };
    println!(
        "{:<52} {:>6} {:>6} {:>6} {:>6} {:>6}",
        "file (F1)", "people", "orgs", "p-role", "r-org", "quotes"
    );
    for (name, text, gold) in gold_files() {
        let s = score(&text, &gold);
        println!(
            "{:<52} {:>6.2} {:>6.2} {:>6.2} {:>6.2} {:>6.2}",
            name,
            s.people.f1(),
            s.orgs.f1(),
            s.person_roles.f1(),
            s.role_orgs.f1(),
            s.quotes.f1()
        );
        for (t, c) in [
            (&mut total.people, s.people),
            (&mut total.orgs, s.orgs),
            (&mut total.person_roles, s.person_roles),
            (&mut total.role_orgs, s.role_orgs),
            (&mut total.quotes, s.quotes),
        ] {
            t.tp += c.tp;
            t.fp += c.fp;
            t.fn_ += c.fn_;
        }
    }
    for (what, c, floor) in [
        ("people", total.people, 0.90),
        ("organisations", total.orgs, 0.60),
        ("person-role pairs", total.person_roles, 0.60),
        ("role-organisation links", total.role_orgs, 0.40),
        ("quotes with speakers", total.quotes, 0.70),
    ] {
        println!("{what:<26} P {:.3} R {:.3} F1 {:.3}", c.p(), c.r(), c.f1());
        assert!(
            c.f1() >= floor,
            "{what}: F1 {:.3} fell below {floor}",
            c.f1()
        );
    }
}
