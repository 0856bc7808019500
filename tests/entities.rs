//! Named cases for the people, organisations, roles and quotes of German
//! press releases: the executable specification of the entity stage.
//!
//! Each [`Case`] is a realistic sentence (or two) and a list of [`Expect`]s:
//! what must be found (a person with exactly these roles, an organisation of
//! this kind, these aliases, a quote with this speaker) and what must not
//! (no person overlapping `Karl-Marx-Straße`, no organisation in `BMIxyz`).
//! A case only states what matters for its phenomenon; `People` and `Orgs`
//! pin the complete list where extra finds would be the mistake. The
//! reference article (`corpus/reference-govdigital.txt`) is checked exactly
//! against `corpus/reference-govdigital.expected.json`.
//!
//! Every case, every corpus text and a set of hostile inputs are also held
//! to the structural invariants ([`structural_problems`]): mentions slice the
//! text to their `text`, lie on token boundaries, come in text order; indices
//! are in range; a role's holder lists the role back; quotes start and end
//! with a quotation mark.
//!
//! A failing case prints the text, what was expected, everything that was
//! found, and a `help:` line with the convention it breaks. All failures of
//! a group are reported together.
//!
//! # Conventions this file decides
//!
//! - **People.** [`Person::name`](meldung::entity::Person) is the fullest
//!   form of the name in the document (first names, particles `von`, `van`,
//!   `de`, `zu`, `von der`, surname; hyphens kept), without academic titles
//!   and without role words. Mentions keep the academic titles (`Dr. Kern`)
//!   but never the role word or the article. A later surname-only mention
//!   (`so Theurer`) is a mention of the same person.
//! - **Role titles** are in the nominative singular with the gender of the
//!   holder. Adjectival nouns take the strong form, as after `ein`, which is
//!   how `data/roles.tsv` lists them: `der Landesdatenschutzbeauftragte Heiko
//!   Sommer` → `Landesdatenschutzbeauftragter`, `des Abgeordneten Paul Simon`
//!   → `Abgeordneter`, `die Digitalbeauftragte Swantje Behrens` →
//!   `Digitalbeauftragte`.
//! - **Modifiers** (`data/roles.tsv`, section "modifiers") that stand right
//!   before the role word belong to the title, inflected along with it, and
//!   spelled with the initial letter as written in the text; the article
//!   never does: `der stellvertretende Vorsitzende Jens Lambrecht` →
//!   `stellvertretender Vorsitzender`, `Die Parlamentarische Staatssekretärin`
//!   → `Parlamentarische Staatssekretärin`, `Der Regierende Bürgermeister` →
//!   `Regierender Bürgermeister`. (Only office modifiers are pinned here:
//!   stellvertretend, parlamentarisch, kommissarisch, regierend. Whether
//!   Länder adjectives and time words such as `bayerische`, `ehemalige`,
//!   `neue` belong to the title is left open.)
//! - **A role's organisation** is the one the text attaches to it (ORG-ROLE,
//!   ROLE des/der ORG, PERSON, ROLE des ORG, …); `""` in the tables means the
//!   role has none. The corpus gold files also take an organisation from the
//!   document (a Staatssekretärin in a BMI release), so the cases that expect
//!   `""` name no organisation the role could belong to.
//! - **Parties.** `Nancy Faeser (SPD)` sets [`Person::party`] and is not a
//!   role. A party before a mandate or office of the state
//!   (`SPD-Bundestagsabgeordnete`, `CDU-Landtagsabgeordneter`) sets the party
//!   only; the role has no organisation. A party before a party office
//!   (`SPD-Vorsitzende`) sets the party and is the role's organisation too.
//! - **Organisation names** are in the nominative, the longest form the text
//!   spells out (`des Deutschen Städtetages` → `Deutscher Städtetag`,
//!   `das Europäische Parlament` → `Europäisches Parlament`), else the form
//!   as written (`BSI` alone stays `BSI`). Legal forms are part of the name
//!   (`Stadtwerke Lüneburg GmbH`, `Initiative D21 e.V.`). Head nouns that
//!   name the body are part of it (`Stadt Münster`, `Landratsamt Ebersberg`,
//!   `Universität Potsdam`); after a descriptive head noun the brand is the
//!   name (`Technologie-Genossenschaft govdigital` → `govdigital`, `der
//!   IT-Dienstleister Dataport` → `Dataport`).
//! - **Aliases** are the other forms the text uses (acronyms, shorter long
//!   forms, `Technologie-Genossenschaft govdigital`), in the nominative;
//!   never the name itself, never an inflected form of it, never a form the
//!   text does not use.
//! - **Organisation mentions** are as written without article or preposition
//!   (`des Deutschen Städtetages` → `Deutschen Städtetages`); an acronym in
//!   brackets after the long form is a mention of its own. A bare place name
//!   (`Münster`, `Bayern`, `Berlin`) is never an organisation or a mention of
//!   one, and a head noun without a name (`die Stadt`, `im Landkreis`) is not
//!   an organisation.
//! - **Mention boundaries** are token boundaries, or a hyphen inside a
//!   compound word: `govdigital` in `govdigital-CEO` and `SPD` in
//!   `SPD-Bundestagsabgeordnete` are mentions of their organisations. Every
//!   entity found has at least one mention, so an organisation named only
//!   inside such a compound is mentioned there.
//! - **Quotes.** An attribution makes a quote, however short (`„Wir auch“,
//!   ergänzte Jonas Becker.`); a quoted title without one is no quote (`das
//!   Portal „Bürgerservice Online“`). Speakers are people only: a quote
//!   attributed to an organisation (`so das BSI`) or to a role nobody in the
//!   text holds (`sagte die Ministerin`) has no speaker.

mod common;
use common::corpus;

use std::collections::{BTreeSet, HashMap, HashSet};

use meldung::entity::{self, Entities, Mention, OrgKind, Recognizer, entities};
use meldung::{Error, TokenKind, split_sentences, tokenize};

use Expect::*;
use OrgKind::*;

/// A role as (title, organisation): the title in the nominative singular,
/// the organisation by its name or one of its aliases, `""` for a role
/// without an organisation.
type R = (&'static str, &'static str);

/// One thing a case asserts.
#[derive(Clone, Copy, Debug)]
enum Expect {
    /// A person with this name whose roles are exactly these (any order).
    Person(&'static str, &'static [R]),
    /// The mentions of the person with this name: exactly these, in order.
    Mentions(&'static str, &'static [&'static str]),
    /// The person's party, by the party's name or an alias; the party is an
    /// organisation of kind [`OrgKind::Party`].
    PartyOf(&'static str, &'static str),
    /// The person with this name has no party.
    NoParty(&'static str),
    /// The names of all people, exactly, in order of first mention.
    People(&'static [&'static str]),
    /// An organisation with this name or alias, of this kind.
    Org(&'static str, OrgKind),
    /// An organisation whose name is exactly this.
    Named(&'static str),
    /// The aliases of the organisation named exactly so: exactly these, in
    /// any order.
    Aliases(&'static str, &'static [&'static str]),
    /// The mentions of the organisation with this name or alias: exactly
    /// these, in order.
    OrgMentions(&'static str, &'static [&'static str]),
    /// The names of all organisations, exactly, in order of first mention.
    Orgs(&'static [&'static str]),
    /// The role with this title held by the person with this name has this
    /// many mentions (`… govdigital-CEO Martin Schallbruch … der
    /// govdigital-CEO` is one role with two mentions).
    RoleMentions(&'static str, &'static str, usize),
    /// A quote whose span slices exactly this text (quotation marks
    /// included), with this speaker (by name) or none.
    Quote(&'static str, Option<&'static str>),
    /// The number of quotes, exactly.
    Quotes(usize),
    /// No person mention overlaps any occurrence of this substring.
    NoPerson(&'static str),
    /// No organisation mention overlaps any occurrence of this substring.
    NoOrg(&'static str),
    /// No role mention overlaps any occurrence of this substring.
    NoRole(&'static str),
}

/// A text and what must (not) be found in it.
struct Case {
    name: &'static str,
    text: &'static str,
    expect: &'static [Expect],
}

// ---------------------------------------------------------------------------
// Hints
// ---------------------------------------------------------------------------

const PERSON_HELP: &str = "a person's name is the fullest form in the document (first names, particles von/van/de/zu/von der, surname, hyphens kept) without Dr./Prof./Dr.-Ing. and without role words; a first name the lexicon does not know still starts a name after a role word (Landrätin Hiltrud Obermüller), before or after a speech verb (sagte, so, betonte, erklärte) and after `Foto:` (there, without a known first name, two name words that name no organisation: not `Foto: Emschergenossenschaft`); a role word alone is enough for a surname (Bundeskanzler Merz); a later surname (so Theurer) is a mention of the same person";

const NOT_PERSON_HELP: &str = "months (Mai, April), weekdays (Freitag), sentence-initial nouns and adjectives, street names (…-Straße, …-Ring, …-Allee, …-Platz), place names (Sankt Augustin, St. Ingbert) and organisations named after people (Konrad-Adenauer-Stiftung, Carl Zeiss AG, Hasso-Plattner-Institut) are not people; an organisation or a bare role word (so das BSI, sagte die Ministerin) is not a speaker";

const ROLE_HELP: &str = "a role's title is the nominative singular with the holder's gender (des Oberbürgermeisters → Oberbürgermeister, der Staatssekretärin → Staatssekretärin; adjectival nouns strong: Landesdatenschutzbeauftragter, Abgeordneter), office modifiers included (stellvertretender Vorsitzender, Parlamentarische Staatssekretärin); an unlisted compound counts by its head (…ministerin, …präsident, …leiterin, …sprecherin, …beauftragte, …direktorin, …vorsitzende, …dezernentin); the organisation comes from ORG-ROLE (govdigital-CEO), PERSON, ROLE des ORG, Der ROLE der ORG, PERSON, ROLE der ORG PERSON, else there is none; a party before a mandate (SPD-Bundestagsabgeordnete) or after the name (Faeser (SPD)) is the person's party, not a role or the role's organisation; before a party office (SPD-Vorsitzende) it is both";

const PARTY_HELP: &str = "`Name (PARTEI)` and `PARTEI-Rolle Name` set Person::party to the party, an organisation of kind Party";

const ORG_HELP: &str = "the gazetteer (data/organisations*.tsv) matches long forms, acronyms and short forms, also inflected (des Bundesamtes für …, des Deutschen Städtetages, des DigitalService); organisations no list has are found by head noun (Landesamt für …, Ministerium für … des Landes …, Zentrum/Institut für …, Stiftung …, Universität …, Hochschule …, Landratsamt/Bezirksamt/Stadt/Landkreis/Gemeinde X), by legal form (GmbH, AG, SE, eG, e.V., gGmbH, AöR) or as a brand of one to three words after a head noun (Technologie-Genossenschaft govdigital, der IT-Dienstleister Citkomm, die Fluggesellschaft Air Berlin); kinds: ministry, authority (…amt, Agentur, Landesbetrieb), government, municipality, company (GmbH, AG, SE, gGmbH, AöR, IT providers), cooperative (eG, Genossenschaft), association (e.V., Verband, Stiftung), party, research (Universität, Hochschule, Institut), international";

const NAME_HELP: &str = "an organisation's name is the nominative of the longest form the text spells out (des Deutschen Städtetages → Deutscher Städtetag, das Europäische Parlament → Europäisches Parlament), else the form as written; legal forms stay in the name; after a descriptive head noun the brand is the name (Technologie-Genossenschaft govdigital → govdigital)";

const ALIAS_HELP: &str = "`Langform (ACR)` and `ACR (Langform)` make one organisation, and later bare acronyms and gazetteer short forms belong to it; the name is the longest form the text spells out, the aliases are the other forms the text uses, in the nominative: not the name, not inflected forms, not gazetteer forms the text does not use";

const ORG_MENTION_HELP: &str = "an organisation mention is the form as written without article or preposition (Deutschen Städtetages), an acronym in brackets is a mention of its own, and a bare place name (Münster) is not a mention of Stadt Münster";

const NOT_ORG_HELP: &str = "a place name alone (Berlin, Bayern, Nordrhein-Westfalen, a dateline) is not an organisation; an acronym matches only a whole word or a hyphen part, never inside a word (BMIxyz, BSIG, EUDI-Wallet); an acronym defined for a law or a thing (OZG, OSS, KI) is not an organisation; a head noun without a name (die Stadt, der Landkreis, mehrere Gemeinden) is not one";

const QUOTE_HELP: &str = "a quote runs from its opening to its closing mark („…“, »…«, «…», \"…\"); its speaker comes from the attribution after it (…“, sagt ROLE PERSON / …“, so SURNAME), before it (PERSON sagte: „…“ / PERSON, ROLE, betonte: „…“), a definite description of a role a known person holds (…“, sagte der govdigital-CEO / sagte die Landrätin), or, for a quote without attribution, the speaker or subject of the sentence before it; organisations and unheld role words are no speakers";

const INVARIANT_HELP: &str = "every mention slices the text to its `text` and starts and ends at a token boundary (or a hyphen inside a compound); entities come in order of first mention with their mentions in text order; indices are in range; a role's holder lists the role, and every role a person lists names that person as holder; a party is an organisation of kind Party; no person mention overlaps an organisation or role mention; a quote starts with a quotation mark and ends with one or, running on into the next paragraph, at its paragraph's end";

// ---------------------------------------------------------------------------
// The check machinery
// ---------------------------------------------------------------------------

fn read(name: &str) -> String {
    let path = format!("{}/corpus/{name}", env!("CARGO_MANIFEST_DIR"));
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"))
}

/// The entities of `text`, with the default recognizer or with `recognizer`
/// on tokens and sentences of our own.
fn run<'t>(recognizer: Option<&Recognizer>, text: &'t str) -> Entities<'t> {
    match recognizer {
        None => entities(text),
        Some(r) => {
            let tokens: Vec<_> = tokenize(text).collect();
            let sentences = split_sentences(text, &tokens);
            r.find(text, &tokens, &sentences)
        }
    }
}

fn report(what: &str, failures: &[String]) {
    assert!(
        failures.is_empty(),
        "{} failing {what}:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

fn overlaps(a: (usize, usize), b: (usize, usize)) -> bool {
    a.0 < b.1 && b.0 < a.1
}

fn texts<'t>(mentions: &[Mention<'t>]) -> Vec<&'t str> {
    mentions.iter().map(|m| m.text).collect()
}

fn has_label(org: &entity::Organisation<'_>, label: &str) -> bool {
    org.name == label || org.aliases.iter().any(|a| a == label)
}

fn org_by_label<'a, 't>(
    found: &'a Entities<'t>,
    label: &str,
) -> Option<&'a entity::Organisation<'t>> {
    found.organisations.iter().find(|o| has_label(o, label))
}

fn person_by_name<'a, 't>(found: &'a Entities<'t>, name: &str) -> Option<&'a entity::Person<'t>> {
    found.people.iter().find(|p| p.name == name)
}

fn org_name(found: &Entities<'_>, index: Option<usize>) -> String {
    match index {
        None => "-".to_owned(),
        Some(i) => found
            .organisations
            .get(i)
            .map_or_else(|| format!("#{i} (out of range)"), |o| o.name.clone()),
    }
}

fn person_name(found: &Entities<'_>, index: Option<usize>) -> String {
    match index {
        None => "(no speaker)".to_owned(),
        Some(i) => found
            .people
            .get(i)
            .map_or_else(|| format!("#{i} (out of range)"), |p| p.name.clone()),
    }
}

fn show_role(found: &Entities<'_>, role: &entity::Role<'_>) -> String {
    match role.organisation {
        None => format!("{:?}", role.title),
        Some(_) => format!("{:?} @ {}", role.title, org_name(found, role.organisation)),
    }
}

fn show_expected_roles(roles: &[R]) -> String {
    let shown: Vec<String> = roles
        .iter()
        .map(|&(title, org)| {
            if org.is_empty() {
                format!("{title:?}")
            } else {
                format!("{title:?} @ {org}")
            }
        })
        .collect();
    format!("[{}]", shown.join(", "))
}

fn show_roles_of(found: &Entities<'_>, person: &entity::Person<'_>) -> String {
    let shown: Vec<String> = person
        .roles
        .iter()
        .map(|&r| {
            found.roles.get(r).map_or_else(
                || format!("#{r} (out of range)"),
                |role| show_role(found, role),
            )
        })
        .collect();
    format!("[{}]", shown.join(", "))
}

fn show_people(found: &Entities<'_>) -> String {
    if found.people.is_empty() {
        return "(no people)".to_owned();
    }
    let shown: Vec<String> = found
        .people
        .iter()
        .map(|p| {
            let party = p
                .party
                .map(|_| format!(" party {}", org_name(found, p.party)))
                .unwrap_or_default();
            format!(
                "{:?} {}{party} mentions {:?}",
                p.name,
                show_roles_of(found, p),
                texts(&p.mentions)
            )
        })
        .collect();
    shown.join("; ")
}

fn show_orgs(found: &Entities<'_>) -> String {
    if found.organisations.is_empty() {
        return "(no organisations)".to_owned();
    }
    let shown: Vec<String> = found
        .organisations
        .iter()
        .map(|o| {
            format!(
                "{:?} ({}, aliases {:?}) mentions {:?}",
                o.name,
                o.kind.as_str(),
                o.aliases,
                texts(&o.mentions)
            )
        })
        .collect();
    shown.join("; ")
}

fn show_all_roles(found: &Entities<'_>) -> String {
    if found.roles.is_empty() {
        return "(no roles)".to_owned();
    }
    let shown: Vec<String> = found
        .roles
        .iter()
        .map(|r| {
            format!(
                "{} held by {} mentions {:?}",
                show_role(found, r),
                person_name(found, r.person),
                texts(&r.mentions)
            )
        })
        .collect();
    shown.join("; ")
}

fn show_quotes(text: &str, found: &Entities<'_>) -> String {
    if found.quotes.is_empty() {
        return "(no quotes)".to_owned();
    }
    let shown: Vec<String> = found
        .quotes
        .iter()
        .map(|q| {
            format!(
                "{:?} by {}",
                q.span.slice(text).unwrap_or("(span out of bounds)"),
                person_name(found, q.speaker)
            )
        })
        .collect();
    shown.join("; ")
}

/// Whether `role` has `title` and the organisation `org` names (`""`: none).
fn role_matches(found: &Entities<'_>, role: &entity::Role<'_>, (title, org): R) -> bool {
    role.title == title
        && match role.organisation {
            None => org.is_empty(),
            Some(i) => {
                !org.is_empty()
                    && found
                        .organisations
                        .get(i)
                        .is_some_and(|o| has_label(o, org))
            }
        }
}

/// Whether the roles `held` (indices) are exactly `expected`, in any order.
fn roles_match(found: &Entities<'_>, expected: &[R], held: &[usize]) -> bool {
    if expected.len() != held.len() {
        return false;
    }
    let mut used = vec![false; held.len()];
    for &e in expected {
        let hit = (0..held.len()).find(|&k| {
            !used[k]
                && found
                    .roles
                    .get(held[k])
                    .is_some_and(|role| role_matches(found, role, e))
        });
        match hit {
            Some(k) => used[k] = true,
            None => return false,
        }
    }
    true
}

/// The byte spans of every occurrence of `needle` in `text`.
fn occurrences(text: &str, needle: &str) -> Vec<(usize, usize)> {
    text.match_indices(needle)
        .map(|(i, s)| (i, i + s.len()))
        .collect()
}

/// The mentions among `mentions` that overlap an occurrence of `needle`.
fn overlapping<'t>(text: &str, needle: &str, mentions: &[Mention<'t>]) -> Vec<&'t str> {
    let spans = occurrences(text, needle);
    mentions
        .iter()
        .filter(|m| {
            spans
                .iter()
                .any(|&s| overlaps((m.span.start, m.span.end), s))
        })
        .map(|m| m.text)
        .collect()
}

/// Mistakes in the table itself: substrings that are not in the text.
fn table_problems(case: &Case) -> Vec<String> {
    let mut problems = Vec::new();
    let mut must_occur = |s: &str| {
        if !case.text.contains(s) {
            problems.push(format!("{s:?} is not in the text"));
        }
    };
    for e in case.expect {
        match *e {
            NoPerson(s) | NoOrg(s) | NoRole(s) => must_occur(s),
            Quote(q, _) => must_occur(q),
            Mentions(_, ms) | OrgMentions(_, ms) => ms.iter().for_each(|m| must_occur(m)),
            _ => {}
        }
    }
    problems
}

/// What is wrong with `found` for one expectation, or `None`.
fn check_expect(text: &str, found: &Entities<'_>, expect: Expect) -> Option<String> {
    match expect {
        Person(name, roles) => {
            let Some(person) = person_by_name(found, name) else {
                return Some(format!(
                    "expected person {name:?} with roles {}\n        got {}\n   help: {PERSON_HELP}",
                    show_expected_roles(roles),
                    show_people(found)
                ));
            };
            (!roles_match(found, roles, &person.roles)).then(|| {
                format!(
                    "person {name:?}: expected roles {}\n        got {}\n   all roles: {}\n   help: {ROLE_HELP}",
                    show_expected_roles(roles),
                    show_roles_of(found, person),
                    show_all_roles(found)
                )
            })
        }
        Mentions(name, expected) => {
            let Some(person) = person_by_name(found, name) else {
                return Some(format!(
                    "expected person {name:?} with mentions {expected:?}\n        got {}\n   help: {PERSON_HELP}",
                    show_people(found)
                ));
            };
            let got = texts(&person.mentions);
            (got != expected).then(|| {
                format!(
                    "person {name:?}: expected mentions {expected:?}\n        got {got:?}\n   help: mentions keep academic titles (Dr. Markus Richter, Dr. Kern) but not role words or articles; a later surname-only mention (so Theurer, von der Leyen) belongs to the person with that surname; {PERSON_HELP}"
                )
            })
        }
        PartyOf(name, party) => {
            let Some(person) = person_by_name(found, name) else {
                return Some(format!(
                    "expected person {name:?} of party {party:?}\n        got {}\n   help: {PERSON_HELP}",
                    show_people(found)
                ));
            };
            let ok = person
                .party
                .and_then(|i| found.organisations.get(i))
                .is_some_and(|o| has_label(o, party) && o.kind == OrgKind::Party);
            (!ok).then(|| {
                format!(
                    "person {name:?}: expected party {party:?}, got {}\n   organisations: {}\n   help: {PARTY_HELP}",
                    org_name(found, person.party),
                    show_orgs(found)
                )
            })
        }
        NoParty(name) => {
            let Some(person) = person_by_name(found, name) else {
                return Some(format!(
                    "expected person {name:?} (of no party)\n        got {}\n   help: {PERSON_HELP}",
                    show_people(found)
                ));
            };
            person.party.map(|_| {
                format!(
                    "person {name:?}: expected no party, got {}\n   help: {PARTY_HELP}",
                    org_name(found, person.party)
                )
            })
        }
        People(expected) => {
            let got: Vec<&str> = found.people.iter().map(|p| p.name.as_str()).collect();
            (got != expected).then(|| {
                format!(
                    "expected exactly the people {expected:?}\n        got {}\n   help: {PERSON_HELP}; {NOT_PERSON_HELP}",
                    show_people(found)
                )
            })
        }
        Org(label, kind) => match found
            .organisations
            .iter()
            .filter(|o| has_label(o, label))
            .map(|o| o.kind)
            .collect::<Vec<_>>()
            .as_slice()
        {
            [] => Some(format!(
                "expected organisation {label:?} ({})\n        got {}\n   help: {ORG_HELP}",
                kind.as_str(),
                show_orgs(found)
            )),
            kinds if kinds.contains(&kind) => None,
            kinds => Some(format!(
                "organisation {label:?}: expected kind {}, got {:?}\n   help: {ORG_HELP}",
                kind.as_str(),
                kinds.iter().map(|k| k.as_str()).collect::<Vec<_>>()
            )),
        },
        Named(name) => (!found.organisations.iter().any(|o| o.name == name)).then(|| {
            format!(
                "expected an organisation named {name:?}\n        got {}\n   help: {NAME_HELP}",
                show_orgs(found)
            )
        }),
        Aliases(name, expected) => {
            let Some(org) = found.organisations.iter().find(|o| o.name == name) else {
                return Some(format!(
                    "expected an organisation named {name:?} with aliases {expected:?}\n        got {}\n   help: {NAME_HELP}",
                    show_orgs(found)
                ));
            };
            let got: BTreeSet<&str> = org.aliases.iter().map(String::as_str).collect();
            let want: BTreeSet<&str> = expected.iter().copied().collect();
            (got != want || org.aliases.len() != expected.len()).then(|| {
                format!(
                    "organisation {name:?}: expected aliases {expected:?}\n        got {:?}\n   help: {ALIAS_HELP}",
                    org.aliases
                )
            })
        }
        OrgMentions(label, expected) => {
            let Some(org) = org_by_label(found, label) else {
                return Some(format!(
                    "expected organisation {label:?} with mentions {expected:?}\n        got {}\n   help: {ORG_HELP}",
                    show_orgs(found)
                ));
            };
            let got = texts(&org.mentions);
            (got != expected).then(|| {
                format!(
                    "organisation {label:?}: expected mentions {expected:?}\n        got {got:?}\n   help: {ORG_MENTION_HELP}"
                )
            })
        }
        Orgs(expected) => {
            let got: Vec<&str> = found
                .organisations
                .iter()
                .map(|o| o.name.as_str())
                .collect();
            (got != expected).then(|| {
                format!(
                    "expected exactly the organisations {expected:?}\n        got {}\n   help: {NAME_HELP}; {ALIAS_HELP}; {NOT_ORG_HELP}",
                    show_orgs(found)
                )
            })
        }
        RoleMentions(name, title, n) => {
            let role = person_by_name(found, name).and_then(|p| {
                p.roles
                    .iter()
                    .filter_map(|&r| found.roles.get(r))
                    .find(|r| r.title == title)
            });
            match role {
                Some(r) if r.mentions.len() == n => None,
                Some(r) => Some(format!(
                    "role {title:?} of {name:?}: expected {n} mention(s), got {:?}\n   all roles: {}\n   help: a later definite description (betonte der govdigital-CEO, sagte die Landrätin) is another mention of the role the person already holds, not a new role",
                    texts(&r.mentions),
                    show_all_roles(found)
                )),
                None => Some(format!(
                    "expected {name:?} to hold a role {title:?}\n        got {}\n   help: {ROLE_HELP}",
                    show_people(found)
                )),
            }
        }
        Quote(quote, speaker) => {
            let Some(q) = found
                .quotes
                .iter()
                .find(|q| q.span.slice(text) == Some(quote))
            else {
                return Some(format!(
                    "expected the quote {quote:?}\n        got {}\n   help: {QUOTE_HELP}",
                    show_quotes(text, found)
                ));
            };
            let got = q
                .speaker
                .and_then(|i| found.people.get(i))
                .map(|p| p.name.as_str());
            (got != speaker).then(|| {
                format!(
                    "quote {quote:?}: expected speaker {}, got {}\n   people: {}\n   help: {QUOTE_HELP}",
                    speaker.unwrap_or("(none)"),
                    person_name(found, q.speaker),
                    show_people(found)
                )
            })
        }
        Quotes(n) => (found.quotes.len() != n).then(|| {
            format!(
                "expected {n} quote(s)\n        got {}\n   help: {QUOTE_HELP}",
                show_quotes(text, found)
            )
        }),
        NoPerson(s) => {
            let hits: Vec<&str> = found
                .people
                .iter()
                .flat_map(|p| overlapping(text, s, &p.mentions))
                .collect();
            (!hits.is_empty()).then(|| {
                format!(
                    "{s:?} must not be (part of) a person, got person mention(s) {hits:?}\n   help: {NOT_PERSON_HELP}"
                )
            })
        }
        NoOrg(s) => {
            let hits: Vec<&str> = found
                .organisations
                .iter()
                .flat_map(|o| overlapping(text, s, &o.mentions))
                .collect();
            (!hits.is_empty()).then(|| {
                format!(
                    "{s:?} must not be (part of) an organisation, got organisation mention(s) {hits:?}\n   help: {NOT_ORG_HELP}"
                )
            })
        }
        NoRole(s) => {
            let hits: Vec<&str> = found
                .roles
                .iter()
                .flat_map(|r| overlapping(text, s, &r.mentions))
                .collect();
            (!hits.is_empty()).then(|| {
                format!(
                    "{s:?} must not be (part of) a role, got role mention(s) {hits:?}\n   help: a surname that is also a role word (Richter, Kanzler) is a name after a first name; a party in brackets is a party, not a role"
                )
            })
        }
    }
}

fn check_case(recognizer: Option<&Recognizer>, case: &Case, failures: &mut Vec<String>) {
    let found = run(recognizer, case.text);
    let header = format!("case `{}`: {:?}", case.name, case.text);
    for p in table_problems(case) {
        failures.push(format!(
            "{header}\n   the table is wrong: {p}\n   help: fix the case in tests/entities.rs"
        ));
    }
    for p in structural_problems(case.text, &found) {
        failures.push(format!("{header}\n   {p}\n   help: {INVARIANT_HELP}"));
    }
    for &e in case.expect {
        if let Some(p) = check_expect(case.text, &found, e) {
            failures.push(format!("{header}\n   {p}"));
        }
    }
}

fn check_with(recognizer: Option<&Recognizer>, cases: &[Case]) {
    let mut failures = Vec::new();
    for case in cases {
        check_case(recognizer, case, &mut failures);
    }
    report("case(s)", &failures);
}

fn check(cases: &[Case]) {
    check_with(None, cases);
}

// ---------------------------------------------------------------------------
// Invariants
// ---------------------------------------------------------------------------

/// Where a mention may start and end: token boundaries, and the hyphens
/// inside a compound word (`govdigital` | `-` | `CEO`).
struct Boundaries {
    starts: HashSet<usize>,
    ends: HashSet<usize>,
}

fn boundaries(text: &str) -> Boundaries {
    let mut starts = HashSet::new();
    let mut ends = HashSet::new();
    for t in tokenize(text) {
        starts.insert(t.span.start);
        ends.insert(t.span.end);
        if t.kind == TokenKind::Word {
            for (i, _) in t.text.match_indices('-') {
                ends.insert(t.span.start + i);
                starts.insert(t.span.start + i + 1);
            }
        }
    }
    Boundaries { starts, ends }
}

const QUOTE_MARKS: &[char] = &['„', '“', '”', '»', '«', '‚', '‘', '’', '›', '‹', '"', '\''];

fn mention_problems(
    text: &str,
    bounds: &Boundaries,
    what: &str,
    mentions: &[Mention<'_>],
    problems: &mut Vec<String>,
) {
    if mentions.is_empty() {
        problems.push(format!("{what} has no mention"));
    }
    for m in mentions {
        if m.text.is_empty() || m.text.trim() != m.text {
            problems.push(format!(
                "{what}: mention {:?} is empty or has white space at an end",
                m.text
            ));
        }
        if m.span.slice(text) != Some(m.text) {
            problems.push(format!(
                "{what}: mention {:?} has span {} which slices {:?}",
                m.text,
                m.span,
                m.span.slice(text)
            ));
        } else if !bounds.starts.contains(&m.span.start) || !bounds.ends.contains(&m.span.end) {
            problems.push(format!(
                "{what}: mention {:?} ({}) does not start and end at token boundaries",
                m.text, m.span
            ));
        }
    }
    for pair in mentions.windows(2) {
        if pair[0].span.start >= pair[1].span.start {
            problems.push(format!(
                "{what}: mentions {:?} ({}) and {:?} ({}) are not in text order or repeat",
                pair[0].text, pair[0].span, pair[1].text, pair[1].span
            ));
        }
    }
}

fn first_start(mentions: &[Mention<'_>]) -> usize {
    mentions.first().map_or(usize::MAX, |m| m.span.start)
}

fn order_problem(what: &str, firsts: &[usize]) -> Option<String> {
    firsts
        .windows(2)
        .any(|w| w[0] > w[1])
        .then(|| format!("{what} are not in order of first mention"))
}

/// What is wrong with `found` as such, whatever the text means.
fn structural_problems(text: &str, found: &Entities<'_>) -> Vec<String> {
    let bounds = boundaries(text);
    let mut problems = Vec::new();
    let (n_people, n_orgs, n_roles) = (
        found.people.len(),
        found.organisations.len(),
        found.roles.len(),
    );

    for (i, p) in found.people.iter().enumerate() {
        let what = format!("person #{i} {:?}", p.name);
        if p.name.is_empty() || p.name.trim() != p.name {
            problems.push(format!("{what}: empty name or white space at an end"));
        }
        if p.name
            .split(' ')
            .any(|w| ["Dr.", "Prof.", "Dr.-Ing.", "Dipl.-Ing."].contains(&w))
        {
            problems.push(format!("{what}: an academic title in the name"));
        }
        mention_problems(text, &bounds, &what, &p.mentions, &mut problems);
        for &r in &p.roles {
            match found.roles.get(r) {
                None => problems.push(format!("{what}: role #{r} out of range ({n_roles} roles)")),
                Some(role) if role.person != Some(i) => problems.push(format!(
                    "{what} lists role #{r} {:?}, whose holder is {:?}",
                    role.title, role.person
                )),
                Some(_) => {}
            }
        }
        if let Some(party) = p.party {
            match found.organisations.get(party) {
                None => problems.push(format!(
                    "{what}: party #{party} out of range ({n_orgs} organisations)"
                )),
                Some(o) if o.kind != OrgKind::Party => problems.push(format!(
                    "{what}: party {:?} is of kind {}",
                    o.name,
                    o.kind.as_str()
                )),
                Some(_) => {}
            }
        }
    }
    for (i, r) in found.roles.iter().enumerate() {
        let what = format!("role #{i} {:?}", r.title);
        if r.title.is_empty() || r.title.trim() != r.title {
            problems.push(format!("{what}: empty title or white space at an end"));
        }
        mention_problems(text, &bounds, &what, &r.mentions, &mut problems);
        if let Some(p) = r.person {
            match found.people.get(p) {
                None => problems.push(format!(
                    "{what}: holder #{p} out of range ({n_people} people)"
                )),
                Some(person) if !person.roles.contains(&i) => problems.push(format!(
                    "{what}: held by {:?}, who does not list it",
                    person.name
                )),
                Some(_) => {}
            }
        }
        if let Some(o) = r.organisation
            && o >= n_orgs
        {
            problems.push(format!(
                "{what}: organisation #{o} out of range ({n_orgs} organisations)"
            ));
        }
    }
    for (i, o) in found.organisations.iter().enumerate() {
        let what = format!("organisation #{i} {:?}", o.name);
        if o.name.is_empty() || o.name.trim() != o.name {
            problems.push(format!("{what}: empty name or white space at an end"));
        }
        if o.aliases.contains(&o.name) {
            problems.push(format!("{what}: the name is also an alias"));
        }
        let distinct: HashSet<&String> = o.aliases.iter().collect();
        if distinct.len() != o.aliases.len() || o.aliases.iter().any(String::is_empty) {
            problems.push(format!("{what}: empty or repeated aliases {:?}", o.aliases));
        }
        mention_problems(text, &bounds, &what, &o.mentions, &mut problems);
    }

    let people: Vec<usize> = found
        .people
        .iter()
        .map(|p| first_start(&p.mentions))
        .collect();
    let orgs: Vec<usize> = found
        .organisations
        .iter()
        .map(|o| first_start(&o.mentions))
        .collect();
    let roles: Vec<usize> = found
        .roles
        .iter()
        .map(|r| first_start(&r.mentions))
        .collect();
    problems.extend(order_problem("people", &people));
    problems.extend(order_problem("organisations", &orgs));
    problems.extend(order_problem("roles", &roles));

    // One place, one entity of a sort; no person inside an organisation or
    // a role word.
    let mut person_at: HashMap<(usize, usize), &str> = HashMap::new();
    for p in &found.people {
        for m in &p.mentions {
            if let Some(other) = person_at.insert((m.span.start, m.span.end), &p.name)
                && other != p.name
            {
                problems.push(format!(
                    "people {other:?} and {:?} share the mention {:?}",
                    p.name, m.text
                ));
            }
        }
    }
    let mut org_at: HashMap<(usize, usize), &str> = HashMap::new();
    for o in &found.organisations {
        for m in &o.mentions {
            if let Some(other) = org_at.insert((m.span.start, m.span.end), &o.name)
                && other != o.name
            {
                problems.push(format!(
                    "organisations {other:?} and {:?} share the mention {:?}",
                    o.name, m.text
                ));
            }
        }
    }
    let others = found
        .organisations
        .iter()
        .flat_map(|o| o.mentions.iter().map(|m| ("organisation", m)))
        .chain(
            found
                .roles
                .iter()
                .flat_map(|r| r.mentions.iter().map(|m| ("role", m))),
        );
    for (sort, m) in others {
        for (&span, name) in &person_at {
            if overlaps(span, (m.span.start, m.span.end)) {
                problems.push(format!(
                    "a mention of person {name:?} overlaps the {sort} mention {:?}",
                    m.text
                ));
            }
        }
    }

    let mut previous_end = 0;
    for q in &found.quotes {
        let Some(quoted) = q.span.slice(text) else {
            problems.push(format!("quote span {} does not slice the text", q.span));
            continue;
        };
        let first = quoted.chars().next();
        let last = quoted.chars().next_back();
        // (or it runs on into the next paragraph, which opens again: German
        // typesetting leaves the closing mark off at a paragraph's end)
        let runs_on = || {
            let rest = &text[q.span.end..];
            let next = rest.trim_start_matches(meldung::token::is_separator);
            rest[..rest.len() - next.len()].contains('\n')
                && next.starts_with(|c| QUOTE_MARKS.contains(&c))
        };
        if quoted.chars().count() < 2
            || !first.is_some_and(|c| QUOTE_MARKS.contains(&c))
            || !(last.is_some_and(|c| QUOTE_MARKS.contains(&c)) || runs_on())
        {
            problems.push(format!(
                "quote {quoted:?} does not start and end with a quotation mark (nor run on into the next paragraph)"
            ));
        }
        if !bounds.starts.contains(&q.span.start) || !bounds.ends.contains(&q.span.end) {
            problems.push(format!("quote {quoted:?} is not on token boundaries"));
        }
        if q.span.start < previous_end {
            problems.push(format!("quote {quoted:?} is out of order or overlaps"));
        }
        previous_end = q.span.end;
        if let Some(s) = q.speaker
            && s >= n_people
        {
            problems.push(format!(
                "quote {quoted:?}: speaker #{s} out of range ({n_people} people)"
            ));
        }
    }
    problems
}

// ---------------------------------------------------------------------------
// Organisations: the gazetteer
// ---------------------------------------------------------------------------

const ORG_GAZETTEER: &[Case] = &[
    Case {
        name: "gazetteer_2025_federal_ministry_with_acronym",
        text: "Das Bundesministerium für Digitales und Staatsmodernisierung (BMDS) übernimmt ab Januar die Steuerung der Registermodernisierung.",
        expect: &[
            Org("BMDS", Ministry),
            Named("Bundesministerium für Digitales und Staatsmodernisierung"),
            Aliases(
                "Bundesministerium für Digitales und Staatsmodernisierung",
                &["BMDS"],
            ),
            Orgs(&["Bundesministerium für Digitales und Staatsmodernisierung"]),
        ],
    },
    Case {
        name: "gazetteer_federal_acronyms_and_short_forms",
        text: "Das Bundeskanzleramt, das BMI und das Bundesdigitalministerium haben sich auf einen gemeinsamen Zeitplan verständigt.",
        expect: &[
            Org("Bundeskanzleramt", Government),
            Org("BMI", Ministry),
            Org("Bundesdigitalministerium", Ministry),
            Orgs(&["Bundeskanzleramt", "BMI", "Bundesdigitalministerium"]),
        ],
    },
    Case {
        name: "gazetteer_federal_authority",
        text: "Das BSI warnt vor einer kritischen Schwachstelle in einer weit verbreiteten Fachanwendung.",
        expect: &[Org("BSI", Authority), Orgs(&["BSI"]), People(&[])],
    },
    Case {
        name: "gazetteer_land_governments",
        text: "Die Bayerische Staatsregierung, die Landesregierung Nordrhein-Westfalen und der Berliner Senat wollen ihre Cloud-Strategien abstimmen.",
        expect: &[
            Org("Bayerische Staatsregierung", Government),
            Org("Landesregierung Nordrhein-Westfalen", Government),
            Org("Berliner Senat", Government),
        ],
    },
    Case {
        name: "gazetteer_it_providers_dataport_akdb_komm_one",
        text: "Dataport, die AKDB und Komm.ONE arbeiten künftig bei der Entwicklung von Fachverfahren zusammen.",
        expect: &[
            Org("Dataport", Company),
            Org("AKDB", Company),
            Org("Komm.ONE", Company),
            OrgMentions("Komm.ONE", &["Komm.ONE"]),
            People(&[]),
        ],
    },
    Case {
        name: "gazetteer_it_providers_ekom21_iteos_regio_it_it_nrw",
        text: "Auch ekom21, ITEOS, regio iT und IT.NRW beteiligen sich an der gemeinsamen Ausschreibung.",
        expect: &[
            Org("ekom21", Company),
            Org("ITEOS", Company),
            Org("regio iT", Company),
            Org("IT.NRW", Authority),
        ],
    },
    Case {
        name: "gazetteer_federal_it_itzbund_bwi_fitko",
        text: "ITZBund und BWI betreiben gemeinsam die Bundescloud, die FITKO koordiniert die föderalen Standards.",
        expect: &[
            Org("ITZBund", Authority),
            Org("BWI", Company),
            Org("FITKO", Authority),
            NoOrg("Bundescloud"),
        ],
    },
    Case {
        name: "gazetteer_govdigital_zendis_digitalservice",
        text: "Vertreterinnen und Vertreter von govdigital, ZenDiS und DigitalService stellten das gemeinsame Vorhaben vor.",
        expect: &[
            Org("govdigital", Cooperative),
            Org("ZenDiS", Company),
            Org("DigitalService", Company),
            People(&[]),
        ],
    },
    Case {
        name: "gazetteer_municipal_umbrella_bodies",
        text: "Deutscher Städtetag, Deutscher Landkreistag und DStGB fordern eine dauerhafte Finanzierung des Onlinezugangsgesetzes.",
        expect: &[
            Org("Deutscher Städtetag", Association),
            Org("Deutscher Landkreistag", Association),
            Org("DStGB", Association),
            NoOrg("Onlinezugangsgesetzes"),
        ],
    },
    Case {
        name: "gazetteer_associations_and_federal_government",
        text: "Vitako und Bitkom begrüßen den Vorstoß der Bundesregierung ausdrücklich.",
        expect: &[
            Org("Vitako", Association),
            Org("Bitkom", Association),
            Org("Bundesregierung", Government),
            Orgs(&["Vitako", "Bitkom", "Bundesregierung"]),
        ],
    },
    Case {
        name: "gazetteer_parties",
        text: "SPD, CDU und Bündnis 90/Die Grünen haben einen gemeinsamen Antrag zur Verwaltungsdigitalisierung eingebracht.",
        expect: &[
            Org("SPD", Party),
            Org("CDU", Party),
            Org("Bündnis 90/Die Grünen", Party),
            Orgs(&["SPD", "CDU", "Bündnis 90/Die Grünen"]),
        ],
    },
    Case {
        name: "gazetteer_eu_institutions_and_short_form",
        text: "Die Europäische Kommission und das Europäische Parlament haben sich auf die Verordnung geeinigt. Die EU-Kommission legt nun einen Zeitplan vor.",
        expect: &[
            Org("Europäische Kommission", International),
            Org("Europäisches Parlament", International),
            Aliases("Europäische Kommission", &["EU-Kommission"]),
            Orgs(&["Europäische Kommission", "Europäisches Parlament"]),
        ],
    },
    Case {
        name: "gazetteer_long_form_with_an_article_and_city_states",
        text: "Ein Sprecher der Autobahn GmbH des Bundes sagte das. Die Kosten tragen die Freie und Hansestadt Hamburg und die Freie Hansestadt Bremen.",
        expect: &[
            Orgs(&[
                "Autobahn GmbH des Bundes",
                "Freie und Hansestadt Hamburg",
                "Freie Hansestadt Bremen",
            ]),
            Org("Autobahn GmbH des Bundes", OrgKind::Company),
            Org("Freie und Hansestadt Hamburg", OrgKind::Government),
        ],
    },
];

#[test]
fn organisations_from_the_gazetteer() {
    check(ORG_GAZETTEER);
}

// ---------------------------------------------------------------------------
// Organisations: inflected forms
// ---------------------------------------------------------------------------

const ORG_INFLECTED: &[Case] = &[
    Case {
        name: "inflected_federal_office_genitive",
        text: "Die Präsidentin des Bundesamtes für Sicherheit in der Informationstechnik stellte den Lagebericht vor.",
        expect: &[
            Org(
                "Bundesamt für Sicherheit in der Informationstechnik",
                Authority,
            ),
            Aliases("Bundesamt für Sicherheit in der Informationstechnik", &[]),
            OrgMentions(
                "Bundesamt für Sicherheit in der Informationstechnik",
                &["Bundesamtes für Sicherheit in der Informationstechnik"],
            ),
        ],
    },
    Case {
        name: "inflected_staedtetag_genitive_es",
        text: "Nach Angaben des Deutschen Städtetages fehlen den Kommunen rund 2.000 IT-Fachkräfte.",
        expect: &[
            Org("Deutscher Städtetag", Association),
            Named("Deutscher Städtetag"),
            OrgMentions("Deutscher Städtetag", &["Deutschen Städtetages"]),
        ],
    },
    Case {
        name: "inflected_landkreistag_genitive_s",
        text: "Ein Sprecher des Deutschen Landkreistags bestätigte die Zahlen.",
        expect: &[
            Org("Deutscher Landkreistag", Association),
            Named("Deutscher Landkreistag"),
            People(&[]),
        ],
    },
    Case {
        name: "inflected_digitalservice_genitive_unchanged",
        text: "Die Teams des DigitalService arbeiten eng mit den Fachreferaten der Ministerien zusammen.",
        expect: &[
            Org("DigitalService", Company),
            Named("DigitalService"),
            OrgMentions("DigitalService", &["DigitalService"]),
        ],
    },
    Case {
        name: "inflected_ministry_genitive",
        text: "Nach Auskunft des Bundesministeriums der Finanzen ist die Finanzierung bis 2027 gesichert.",
        expect: &[
            Org("Bundesministerium der Finanzen", Ministry),
            OrgMentions(
                "Bundesministerium der Finanzen",
                &["Bundesministeriums der Finanzen"],
            ),
        ],
    },
    Case {
        name: "inflected_adjective_dative",
        text: "Nach einem Gespräch mit der Bayerischen Staatsregierung zeigte sich der Verband zuversichtlich.",
        expect: &[
            Org("Bayerische Staatsregierung", Government),
            OrgMentions(
                "Bayerische Staatsregierung",
                &["Bayerischen Staatsregierung"],
            ),
        ],
    },
    Case {
        name: "inflected_first_word_genitive",
        text: "Die Rechenzentren des Informationstechnikzentrums Bund werden bis 2027 modernisiert.",
        expect: &[
            Org("Informationstechnikzentrum Bund", Authority),
            Named("Informationstechnikzentrum Bund"),
        ],
    },
];

#[test]
fn organisations_in_inflected_forms() {
    check(ORG_INFLECTED);
}

// ---------------------------------------------------------------------------
// Organisations no list has: head nouns, legal forms, brands
// ---------------------------------------------------------------------------

const ORG_PATTERNS: &[Case] = &[
    Case {
        name: "pattern_bavarian_place_with_abbreviated_region",
        text: "Der Landkreis Wunsiedel i. Fichtelgebirge zahlt, die Stadt Pfaffenhofen a. d. Ilm auch.",
        expect: &[
            Org(
                "Landkreis Wunsiedel i. Fichtelgebirge",
                OrgKind::Municipality,
            ),
            Org("Stadt Pfaffenhofen a. d. Ilm", OrgKind::Municipality),
        ],
    },
    Case {
        name: "pattern_austrian_legal_form_m_b_h",
        text: "Die Steiermärkische Krankenanstaltengesellschaft m.b.H. (KAGes) baut ein Ausbildungszentrum.",
        expect: &[
            Org(
                "Steiermärkische Krankenanstaltengesellschaft m.b.H.",
                OrgKind::Company,
            ),
            Aliases(
                "Steiermärkische Krankenanstaltengesellschaft m.b.H.",
                &["KAGes"],
            ),
        ],
    },
    Case {
        name: "pattern_plural_head_after_stadt_is_no_place",
        text: "Bei Hitze informiert die Stadt Pflegedienste, Kitas und Schulen per SMS.",
        expect: &[NoOrg("Stadt Pflegedienste")],
    },
    Case {
        name: "pattern_name_without_its_land_is_the_same_body",
        text: "Die Landeszentrale für politische Bildung Sachsen-Anhalt lädt ein. Die Leiterin der Landeszentrale für politische Bildung, Aurelia Gola, sprach zuerst.",
        expect: &[
            Aliases(
                "Landeszentrale für politische Bildung Sachsen-Anhalt",
                &["Landeszentrale für politische Bildung"],
            ),
            Person(
                "Aurelia Gola",
                &[(
                    "Leiterin",
                    "Landeszentrale für politische Bildung Sachsen-Anhalt",
                )],
            ),
        ],
    },
    Case {
        name: "pattern_field_in_ie_is_no_feminine_title",
        text: "Der Verband für Ökonomie und Technik e.V. lädt ein. Das Institut für Ökonomie forscht.",
        expect: &[
            Org(
                "Verband für Ökonomie und Technik e.V.",
                OrgKind::Association,
            ),
            Org("Institut für Ökonomie", OrgKind::Research),
        ],
    },
    Case {
        name: "pattern_park_administration_by_place",
        text: "Die Nationalparkverwaltung Harz warnt vor Waldbränden.",
        expect: &[Org("Nationalparkverwaltung Harz", OrgKind::Authority)],
    },
    Case {
        name: "pattern_legal_form_gives_a_kindless_head_its_kind",
        text: "Die Klinikum Fichtelgebirge gGmbH betreibt zwei Häuser.",
        expect: &[Org("Klinikum Fichtelgebirge gGmbH", OrgKind::Company)],
    },
    Case {
        name: "pattern_landesamt_fuer",
        text: "Das Landesamt für Digitalisierung, Breitband und Vermessung hat neue Luftbilder veröffentlicht.",
        expect: &[
            Org(
                "Landesamt für Digitalisierung, Breitband und Vermessung",
                Authority,
            ),
            Orgs(&["Landesamt für Digitalisierung, Breitband und Vermessung"]),
        ],
    },
    Case {
        name: "pattern_land_ministry_des_landes",
        text: "Das Ministerium für Heimat, Kommunales, Bau und Digitalisierung des Landes Nordrhein-Westfalen fördert 40 Modellkommunen.",
        expect: &[
            Org(
                "Ministerium für Heimat, Kommunales, Bau und Digitalisierung des Landes Nordrhein-Westfalen",
                Ministry,
            ),
            Orgs(&[
                "Ministerium für Heimat, Kommunales, Bau und Digitalisierung des Landes Nordrhein-Westfalen",
            ]),
        ],
    },
    Case {
        name: "pattern_zentrum_fuer_with_acronym",
        text: "Das Zentrum für Verwaltungsinformatik (ZfV) entwickelt die Software im Auftrag der Länder.",
        expect: &[
            Named("Zentrum für Verwaltungsinformatik"),
            Aliases("Zentrum für Verwaltungsinformatik", &["ZfV"]),
            NoOrg("Länder"),
        ],
    },
    Case {
        name: "pattern_institut_fuer",
        text: "Das Institut für Informationsmanagement Bremen hat die wissenschaftliche Begleitung übernommen.",
        expect: &[
            Org("Institut für Informationsmanagement Bremen", Research),
            Named("Institut für Informationsmanagement Bremen"),
        ],
    },
    Case {
        name: "pattern_stiftung",
        text: "Die Stiftung Digitale Chancen bietet kostenlose Schulungen für Seniorinnen und Senioren an.",
        expect: &[
            Org("Stiftung Digitale Chancen", Association),
            Named("Stiftung Digitale Chancen"),
        ],
    },
    Case {
        name: "pattern_universitaet_and_hochschule",
        text: "Die Technische Universität München und die Hochschule für Verwaltung und Finanzen Ludwigsburg starten einen gemeinsamen Studiengang.",
        expect: &[
            Org("Technische Universität München", Research),
            Org(
                "Hochschule für Verwaltung und Finanzen Ludwigsburg",
                Research,
            ),
            Orgs(&[
                "Technische Universität München",
                "Hochschule für Verwaltung und Finanzen Ludwigsburg",
            ]),
        ],
    },
    Case {
        name: "pattern_landratsamt",
        text: "Das Landratsamt Ebersberg stellt allen Schulen im Landkreis ein neues WLAN bereit.",
        expect: &[
            Org("Landratsamt Ebersberg", Municipality),
            Named("Landratsamt Ebersberg"),
            NoOrg("Landkreis"),
        ],
    },
    Case {
        name: "pattern_bezirksamt",
        text: "Das Bezirksamt Neukölln eröffnet im Mai ein zusätzliches Bürgeramt in der Karl-Marx-Straße.",
        expect: &[
            Org("Bezirksamt Neukölln", Municipality),
            Orgs(&["Bezirksamt Neukölln"]),
            NoPerson("Karl-Marx-Straße"),
        ],
    },
    Case {
        name: "pattern_stadt_gemeinde_landkreis",
        text: "Die Stadt Ebersberg, die Gemeinde Vaterstetten und der Landkreis Ebersberg teilen sich künftig ein Rechenzentrum.",
        expect: &[
            Org("Stadt Ebersberg", Municipality),
            Org("Gemeinde Vaterstetten", Municipality),
            Org("Landkreis Ebersberg", Municipality),
            Orgs(&[
                "Stadt Ebersberg",
                "Gemeinde Vaterstetten",
                "Landkreis Ebersberg",
            ]),
        ],
    },
    Case {
        name: "pattern_stadt_the_bare_city_is_no_mention",
        text: "Die Stadt Münster erweitert die Öffnungszeiten der Bürgerbüros. In Münster können Termine künftig auch samstags gebucht werden.",
        expect: &[
            Org("Stadt Münster", Municipality),
            OrgMentions("Stadt Münster", &["Stadt Münster"]),
            Orgs(&["Stadt Münster"]),
        ],
    },
    Case {
        name: "legal_form_gmbh",
        text: "Die Stadtwerke Lüneburg GmbH hat ihr Kundenportal vollständig erneuert.",
        expect: &[
            Org("Stadtwerke Lüneburg GmbH", Company),
            Named("Stadtwerke Lüneburg GmbH"),
        ],
    },
    Case {
        name: "legal_form_ag_and_se",
        text: "Den Zuschlag erhielten die Software AG und die SAP SE.",
        expect: &[
            Org("Software AG", Company),
            Org("SAP SE", Company),
            Orgs(&["Software AG", "SAP SE"]),
        ],
    },
    Case {
        name: "legal_form_eg",
        text: "Die DATEV eG stellt den Kommunen eine Schnittstelle für die Lohnabrechnung zur Verfügung.",
        expect: &[Org("DATEV eG", Cooperative), Named("DATEV eG")],
    },
    Case {
        name: "legal_form_ev",
        text: "Die Initiative D21 e.V. veröffentlicht jedes Jahr den eGovernment MONITOR.",
        expect: &[
            Org("Initiative D21 e.V.", Association),
            Named("Initiative D21 e.V."),
            NoOrg("MONITOR"),
        ],
    },
    Case {
        name: "legal_form_ggmbh",
        text: "Die Digitalwerkstatt Oberhavel gGmbH schult Ehrenamtliche im Umgang mit Online-Diensten.",
        expect: &[
            Org("Digitalwerkstatt Oberhavel gGmbH", Company),
            Named("Digitalwerkstatt Oberhavel gGmbH"),
        ],
    },
    Case {
        name: "legal_form_aoer",
        text: "Die Kommunalservice Nordheide AöR übernimmt ab 2025 den IT-Betrieb mehrerer Gemeinden.",
        expect: &[
            Org("Kommunalservice Nordheide AöR", Company),
            Named("Kommunalservice Nordheide AöR"),
            NoOrg("Gemeinden"),
        ],
    },
    Case {
        name: "brand_after_head_noun_cooperative",
        text: "Die Technologie-Genossenschaft govdigital wächst weiter.",
        expect: &[
            Org("govdigital", Cooperative),
            Named("govdigital"),
            Aliases("govdigital", &["Technologie-Genossenschaft govdigital"]),
        ],
    },
    Case {
        name: "brand_after_head_noun_known_it_provider",
        text: "Der IT-Dienstleister Dataport betreibt die Plattform für fünf Länder.",
        expect: &[Org("Dataport", Company), Named("Dataport"), NoOrg("Länder")],
    },
    Case {
        name: "brand_after_head_noun_unknown",
        text: "Der kommunale IT-Dienstleister Citkomm hat das Portal entwickelt, das Start-up Polyteia liefert die Datenanalyse.",
        expect: &[
            Org("Citkomm", Company),
            Org("Polyteia", Company),
            Named("Citkomm"),
            Named("Polyteia"),
            People(&[]),
        ],
    },
    Case {
        name: "brand_of_several_words_after_head_noun",
        text: "Die Fluggesellschaft Air Berlin meldete Insolvenz an. Das Unternehmen CGX Energy zog sich zurück.",
        expect: &[
            Org("Air Berlin", Company),
            Org("CGX Energy", Company),
            Named("Air Berlin"),
            Named("CGX Energy"),
        ],
    },
    Case {
        name: "brand_named_like_a_person_after_head_noun",
        text: "Die Werbefirma Conrad Caine wurde übernommen, die Anwaltskanzlei Waldorf Frommer mahnt weiter ab.",
        expect: &[
            Org("Conrad Caine", Company),
            Org("Waldorf Frommer", Company),
            People(&[]),
        ],
    },
    Case {
        name: "brand_after_union_and_carmaker",
        text: "Die Gewerkschaft Verdi ruft zum Streik auf, der Autobauer Volkswagen verhandelt.",
        expect: &[Org("Verdi", Association), Org("Volkswagen", Company)],
    },
    Case {
        name: "land_body_named_by_its_fields_and_the_land",
        text: "Der Landesbetrieb Straßenbau NRW saniert die Brücke. Der Landesbetrieb Wald und Holz NRW warnt vor Waldbränden. Das Landeszentrum Gesundheit Nordrhein-Westfalen rät zur Vorsicht. Beim Landesamt Anfang Mai war davon keine Rede.\n\nKontakt:\nLandes-Medienzentrum\nKärnten",
        expect: &[
            Named("Landesbetrieb Straßenbau NRW"),
            Named("Landesbetrieb Wald und Holz NRW"),
            Named("Landeszentrum Gesundheit Nordrhein-Westfalen"),
            NoOrg("Landesamt Anfang Mai"),
            NoOrg("Landes-Medienzentrum\nKärnten"),
        ],
    },
    Case {
        name: "head_and_the_land_it_serves",
        text: "Begleitet wird das Programm von der Kassenärztlichen Vereinigung Baden-Württemberg (KVBW) und der Energieagentur Rheinland-Pfalz. Die Kassenärztliche Vereinigung Bayerns und der Offene Kanal Schleswig-Holstein sind dabei. Im Zentrum Berlins ist es laut.",
        expect: &[
            Aliases("Kassenärztliche Vereinigung Baden-Württemberg", &["KVBW"]),
            Named("Energieagentur Rheinland-Pfalz"),
            Named("Kassenärztliche Vereinigung Bayerns"),
            Named("Offener Kanal Schleswig-Holstein"),
            NoOrg("Zentrum Berlins"),
        ],
    },
    Case {
        name: "truncated_word_starts_the_name",
        text: "Das Darlehen kommt von der Investitions- und Strukturbank Rheinland-Pfalz (ISB). Auch die Bau- und Wohnungsgesellschaft Lahntal GmbH baut.",
        expect: &[
            Aliases("Investitions- und Strukturbank Rheinland-Pfalz", &["ISB"]),
            Named("Bau- und Wohnungsgesellschaft Lahntal GmbH"),
        ],
    },
    Case {
        name: "district_named_by_rivers_and_hills",
        text: "Landrat Dirk Bohrmann-Seidel vom Rhein-Hunsrück-Kreis kam. Der Landrat des Main-Kinzig-Kreises, Hans Meier, auch.",
        expect: &[
            Org("Rhein-Hunsrück-Kreis", Municipality),
            Named("Main-Kinzig-Kreis"),
            Person(
                "Dirk Bohrmann-Seidel",
                &[("Landrat", "Rhein-Hunsrück-Kreis")],
            ),
            Person("Hans Meier", &[("Landrat", "Main-Kinzig-Kreis")]),
        ],
    },
    Case {
        name: "specification_goes_on_over_in_and_an_adjective",
        text: "Das zeigt eine Erhebung des Thünen-Instituts für Lebensverhältnisse in ländlichen Räumen in Braunschweig.",
        expect: &[Orgs(&[
            "Thünen-Institut für Lebensverhältnisse in ländlichen Räumen",
        ])],
    },
    Case {
        name: "noun_in_en_before_a_legal_form_keeps_its_ending",
        text: "Das zeigt der Bürgerladen Gieselwerder eG im Ort. Ein Sprecher der Deutschen Bahn AG widerspricht.",
        expect: &[Orgs(&["Bürgerladen Gieselwerder eG", "Deutsche Bahn AG"])],
    },
    Case {
        name: "name_after_a_descriptor_or_a_parent_before_a_legal_form",
        text: "Das System stammt von der AKDB-Tochter LivingData GmbH und dem Münchner Unternehmen Sprachwerk Analytics GmbH. Die Geschäftsführerin der NordOrbit Launch GmbH, Svenja Adebayo-Kruse, sagte das.",
        expect: &[
            Named("LivingData GmbH"),
            Named("Sprachwerk Analytics GmbH"),
            Named("NordOrbit Launch GmbH"),
            Person(
                "Svenja Adebayo-Kruse",
                &[("Geschäftsführerin", "NordOrbit Launch GmbH")],
            ),
        ],
    },
    Case {
        name: "court_chamber_and_court_for_a_land",
        text: "Die 4. Kammer des Verwaltungsgerichts Arnsberg wies die Klage ab. Berufung ist beim Oberverwaltungsgericht für das Land Nordrhein-Westfalen möglich.",
        expect: &[Orgs(&[
            "Verwaltungsgericht Arnsberg",
            "Oberverwaltungsgericht für das Land Nordrhein-Westfalen",
        ])],
    },
    Case {
        name: "party_group_in_a_named_council",
        text: "Der Vorsitzende der CDU-Fraktion im Rat der Stadt Münster, Hubertus Lammerding, kritisierte das. Die FDP-Fraktion im Landtag Brandenburg auch.",
        expect: &[
            Org("CDU-Fraktion im Rat der Stadt Münster", Parliament),
            Named("FDP-Fraktion im Landtag Brandenburg"),
            Person(
                "Hubertus Lammerding",
                &[("Vorsitzender", "CDU-Fraktion im Rat der Stadt Münster")],
            ),
        ],
    },
    Case {
        name: "schools_fire_services_and_representations_by_place",
        text: "Schüler vom Sportgymnasium Neubrandenburg sprachen. Das Gymnasium Fridericianum wird saniert, die Kreiselternvertretung Saalfeld-Rudolstadt ist dafür. Einsatzleiter Kai Strecker-Oduya von der Feuerwehr Frankfurt am Main sagte das.",
        expect: &[
            Named("Sportgymnasium Neubrandenburg"),
            Named("Gymnasium Fridericianum"),
            Named("Kreiselternvertretung Saalfeld-Rudolstadt"),
            Org("Feuerwehr Frankfurt am Main", Authority),
            Person(
                "Kai Strecker-Oduya",
                &[("Einsatzleiter", "Feuerwehr Frankfurt am Main")],
            ),
        ],
    },
    Case {
        name: "land_centre_and_administration_compounds",
        text: "Die Landeszentrale für politische Bildung Mecklenburg-Vorpommern lädt ein. Die Landestalsperrenverwaltung des Freistaates Sachsen (LTV) baut. Die Verwaltung der Stadt tagt.",
        expect: &[
            Org(
                "Landeszentrale für politische Bildung Mecklenburg-Vorpommern",
                Authority,
            ),
            Aliases(
                "Landestalsperrenverwaltung des Freistaates Sachsen",
                &["LTV"],
            ),
            NoOrg("Verwaltung der Stadt"),
        ],
    },
    Case {
        name: "district_in_one_word_also_in_the_genitive",
        text: "Der Landrat des Hochsauerlandkreises, Karl-Josef Wiethoff, fehlte. Im Märkischen Kreis ist es anders.",
        expect: &[
            Org("Hochsauerlandkreis", Municipality),
            Named("Märkischer Kreis"),
            Person("Karl-Josef Wiethoff", &[("Landrat", "Hochsauerlandkreis")]),
        ],
    },
    Case {
        name: "name_in_capitals_of_two_words_and_a_phrase_after_und_von",
        text: "Kritik äußerte der Fahrgastverband PRO BAHN. Umgesetzt wird es vom Amt der Salzburger Landesregierung und von der Wildbach- und Lawinenverbauung.",
        expect: &[
            Named("Fahrgastverband PRO BAHN"),
            Named("Amt der Salzburger Landesregierung"),
        ],
    },
    Case {
        name: "land_adjective_and_an_assembly_also_in_the_genitive_and_no_legal_form_as_name",
        text: "Der Bayerische Handwerkstag e. V. (BHT) vertritt das Handwerk. Der Präsident des Bayerischen Handwerkstages, Franz Huber, sagte das. Komm.ONE ist eine Anstalt des öffentlichen Rechts.",
        expect: &[
            Aliases(
                "Bayerischer Handwerkstag e. V.",
                &["BHT", "Bayerischer Handwerkstag"],
            ),
            Person(
                "Franz Huber",
                &[("Präsident", "Bayerischer Handwerkstag e. V.")],
            ),
            NoOrg("Anstalt des öffentlichen Rechts"),
        ],
    },
    Case {
        name: "town_council_by_its_compound_head",
        text: "Die Stadtverordnetenversammlung der Stadt Dreieich hat beschlossen.",
        expect: &[Org(
            "Stadtverordnetenversammlung der Stadt Dreieich",
            Parliament,
        )],
    },
    Case {
        name: "federal_and_land_centres_are_bodies_and_no_name_after_a_line_break",
        text: "Das Bundesforschungszentrum für Wald (BFW) forscht. Im Rechenzentrum läuft es.\n\nFotohinweis: Land Tirol/Die Fotografen\n\nRückfragehinweis:\nMag. Teresa Obwexer\n",
        expect: &[
            Aliases("Bundesforschungszentrum für Wald", &["BFW"]),
            NoOrg("Rechenzentrum"),
            People(&["Teresa Obwexer"]),
        ],
    },
    Case {
        name: "no_brand_from_time_words_after_head_noun",
        text: "Das Unternehmen Ende Januar gegründet, der Konzern Anfang Mai übernommen.",
        expect: &[NoOrg("Ende Januar"), NoOrg("Anfang Mai"), Orgs(&[])],
    },
    Case {
        name: "pattern_an_associations_land_branch",
        text: "Der NABU Schleswig-Holstein kündigte eine Klage an. „Das geht nicht“, sagte NABU-Landesvorsitzende Gesche Frerichs-Ohm. Kritik kam vom Bund der Steuerzahler Thüringen. Zurückhaltend äußerte sich der Fahrgastverband PRO BAHN NRW. Der Sozialverband VdK Sachsen e.V. berät, der VdK Sachsen hilft. Der Zentralverband Deutsches Kraftfahrzeuggewerbe (ZDK) begrüßt das.",
        expect: &[
            Person(
                "Gesche Frerichs-Ohm",
                &[("Landesvorsitzende", "NABU Schleswig-Holstein")],
            ),
            Org("Bund der Steuerzahler Thüringen", OrgKind::Association),
            Org("Fahrgastverband PRO BAHN NRW", OrgKind::Association),
            Aliases("Sozialverband VdK Sachsen e.V.", &["VdK Sachsen"]),
            Aliases("Zentralverband Deutsches Kraftfahrzeuggewerbe", &["ZDK"]),
        ],
    },
    Case {
        name: "pattern_a_cantons_parliament_and_its_members",
        text: "Der Regierungsrat beantragt beim Kantonsrat Luzern einen Kredit. Kantonsrätin Lea Kaufmann begrüßt das. Auch Kantonsrat Peter Imhof stimmte zu.",
        expect: &[
            Org("Kantonsrat Luzern", OrgKind::Parliament),
            People(&["Lea Kaufmann", "Peter Imhof"]),
            Person("Lea Kaufmann", &[("Kantonsrätin", "Kantonsrat Luzern")]),
        ],
    },
    Case {
        name: "pattern_media_and_chains_by_descriptor",
        text: "Ein Jahr danach feiert das Satiremagazin Charlie Hebdo sein Überleben. Die Hotelkette Motel One baut. Der Fernsehsender Arte zeigt den Film. Das sagte der Zeitung Peter Müller am Montag.",
        expect: &[
            People(&["Peter Müller"]),
            Org("Charlie Hebdo", OrgKind::Media),
            Org("Motel One", OrgKind::Company),
            Org("Arte", OrgKind::Media),
        ],
    },
    Case {
        name: "pattern_police_and_state_offices_by_place",
        text: "Die Kantonspolizei Graubünden warnt. Das Staatliche Bauamt Rosenheim baut, das Wasserwirtschaftsamt Ansbach prüft. Die Landespolizei Mecklenburg-Vorpommern ermittelt.",
        expect: &[
            People(&[]),
            Org("Kantonspolizei Graubünden", OrgKind::Authority),
            Org("Staatliches Bauamt Rosenheim", OrgKind::Authority),
            Org("Wasserwirtschaftsamt Ansbach", OrgKind::Authority),
            Org("Landespolizei Mecklenburg-Vorpommern", OrgKind::Authority),
        ],
    },
    Case {
        name: "pattern_university_short_forms_by_place",
        text: "Mit der FH Aachen gibt es eine Kooperation. Die Technische Hochschule Deggendorf forscht, die TH Deggendorf lehrt. Die TU Chemnitz wächst. Die TU Bergakademie Freiberg bleibt. Seit 2020 ist die TU Mitglied der Allianz.",
        expect: &[
            Orgs(&[
                "FH Aachen",
                "Technische Hochschule Deggendorf",
                "TU Chemnitz",
                "TU Bergakademie Freiberg",
            ]),
            Org("FH Aachen", OrgKind::Research),
            Aliases("Technische Hochschule Deggendorf", &["TH Deggendorf"]),
        ],
    },
    Case {
        name: "link_district_deputy_and_austrian_land_offices",
        text: "Der Erste Landesbeamte des Schwarzwald-Baar-Kreises, Martin Seeger-Dold, betonte das. Der Leitende Verwaltungsbeamte des Amtes Eiderstedt, Dirk Fedders-Holm, nickte. Das Land Vorarlberg baut. Energielandesrätin Verena Rhomberg-Bischof (ÖVP) verwies auf die Strategie.",
        expect: &[
            Person(
                "Martin Seeger-Dold",
                &[("Erster Landesbeamter", "Schwarzwald-Baar-Kreis")],
            ),
            Person(
                "Dirk Fedders-Holm",
                &[("Leitender Verwaltungsbeamter", "Amt Eiderstedt")],
            ),
            Person(
                "Verena Rhomberg-Bischof",
                &[("Energielandesrätin", "Land Vorarlberg")],
            ),
        ],
    },
    Case {
        name: "role_with_truncated_compound_before_it",
        text: "Brand- und Katastrophenschutzinspekteur Max Lemke warnte. Die Presse- und Öffentlichkeitsreferentin Anna Weber sagte es.",
        expect: &[
            Person(
                "Max Lemke",
                &[("Brand- und Katastrophenschutzinspekteur", "")],
            ),
            Person(
                "Anna Weber",
                &[("Presse- und Öffentlichkeitsreferentin", "")],
            ),
        ],
    },
    Case {
        name: "link_senator_to_city_state_authority_or_hanseatic_town",
        text: "Das Bundesministerium der Finanzen baut. Hamburgs Finanzsenatorin Dr. Wiebke Carstensen-Pahl (SPD) sprach von einem Signal. Die Finanzbehörde Hamburg zahlt. Das Ministerium für Klimaschutz, Landwirtschaft, ländliche Räume und Umwelt Mecklenburg-Vorpommern fördert. Für die Hanse- und Universitätsstadt Rostock unterzeichnete Umweltsenatorin Dr. Ina Pfeffer-Lorenz.",
        expect: &[
            Person(
                "Wiebke Carstensen-Pahl",
                &[("Finanzsenatorin", "Finanzbehörde Hamburg")],
            ),
            Person(
                "Ina Pfeffer-Lorenz",
                &[("Umweltsenatorin", "Hanse- und Universitätsstadt Rostock")],
            ),
        ],
    },
    Case {
        name: "alias_name_without_its_legal_form",
        text: "Die Stadtreinigung Hamburg AöR baut. Das sagte die Sprecherin der Geschäftsführung der Stadtreinigung Hamburg, Dr. Anneke Voss-Lindholm.",
        expect: &[
            Aliases("Stadtreinigung Hamburg AöR", &["Stadtreinigung Hamburg"]),
            OrgMentions(
                "Stadtreinigung Hamburg AöR",
                &["Stadtreinigung Hamburg AöR", "Stadtreinigung Hamburg"],
            ),
            Person(
                "Anneke Voss-Lindholm",
                &[(
                    "Sprecherin der Geschäftsführung",
                    "Stadtreinigung Hamburg AöR",
                )],
            ),
        ],
    },
    Case {
        name: "pattern_canton_department_with_abbreviated_place",
        text: "Der Kanton St. Gallen baut. Regierungsrat Beat Tschirky-Ammann, Vorsteher des Bau- und Umweltdepartements des Kantons St. Gallen, lobte.",
        expect: &[
            Named("Bau- und Umweltdepartement des Kantons St. Gallen"),
            Person(
                "Beat Tschirky-Ammann",
                &[
                    ("Regierungsrat", "Kanton St. Gallen"),
                    (
                        "Vorsteher",
                        "Bau- und Umweltdepartement des Kantons St. Gallen",
                    ),
                ],
            ),
        ],
    },
    Case {
        name: "quote_double_surname_ending_in_a_role_word_and_feminine_description",
        text: "Das sagte Jakub Nowak-Richter. Für Nowak-Richter reicht das nicht: „Briefe ersetzen keinen Druck.“ Der Vorsitzende des Vereins, Gottfried Hering, hatte erklärt: „Wir sind nicht gegen Windkraft.“ Dem folgte der Senat nicht, sagte die Vorsitzende Richterin am Verwaltungsgerichtshof Dr. Cornelia Hallmayer-Brandt. „Der Gesetzgeber hat dem Ausbau ein Interesse zugewiesen“, so die Vorsitzende.",
        expect: &[
            Mentions(
                "Jakub Nowak-Richter",
                &["Jakub Nowak-Richter", "Nowak-Richter"],
            ),
            Person("Jakub Nowak-Richter", &[]),
            Quote(
                "„Briefe ersetzen keinen Druck.“",
                Some("Jakub Nowak-Richter"),
            ),
            Quote(
                "„Wir sind nicht gegen Windkraft.“",
                Some("Gottfried Hering"),
            ),
            Quote(
                "„Der Gesetzgeber hat dem Ausbau ein Interesse zugewiesen“",
                Some("Cornelia Hallmayer-Brandt"),
            ),
        ],
    },
    Case {
        name: "link_office_without_body_to_the_publisher_on_the_first_line",
        text: "Universität Potsdam\nPresseinformation\n\nDie DFG fördert einen Sonderforschungsbereich. „Das ist ein Erfolg“, sagte Prof. Dr. Miriam Adeyemi-Koch, Sprecherin des neuen Sonderforschungsbereichs. Das Land Brandenburg gibt Geld. Betriebsratsvorsitzender Kevin Stöwhase lobte das.",
        expect: &[
            Person(
                "Miriam Adeyemi-Koch",
                &[("Sprecherin", "Universität Potsdam")],
            ),
            Person("Kevin Stöwhase", &[("Betriebsratsvorsitzender", "")]),
        ],
    },
    Case {
        name: "alias_acronym_before_the_same_place_as_the_long_form",
        text: "Der Deutsche Gewerkschaftsbund Bayern kritisiert das. Der DGB Bayern fordert mehr. Die Industrie- und Handelskammer Frankfurt am Main warnt. Die IHK Frankfurt am Main lobt.",
        expect: &[
            Orgs(&[
                "Deutscher Gewerkschaftsbund Bayern",
                "Industrie- und Handelskammer Frankfurt am Main",
            ]),
            Aliases("Deutscher Gewerkschaftsbund Bayern", &["DGB Bayern"]),
            Org("Deutscher Gewerkschaftsbund Bayern", OrgKind::Association),
            Aliases(
                "Industrie- und Handelskammer Frankfurt am Main",
                &["IHK Frankfurt am Main"],
            ),
        ],
    },
    Case {
        name: "role_words_of_dyke_associations_clubs_and_aachen",
        text: "Der Deichverband Xanten-Kleve baut. Deichgräf Heinz-Josef Terlinden lobte. Die StädteRegion Aachen und die Stadt Aachen zahlen. Städteregionsrat Matthias Thelen-Okoro sprach, sagte der Chef der StädteRegion. Die Aachener Oberbürgermeisterin Sibylle Krings nickte. Kassenwart Heiko Rühl zählte.",
        expect: &[
            Person(
                "Heinz-Josef Terlinden",
                &[("Deichgräf", "Deichverband Xanten-Kleve")],
            ),
            Person(
                "Matthias Thelen-Okoro",
                &[("Städteregionsrat", "StädteRegion Aachen")],
            ),
            Person("Sibylle Krings", &[("Oberbürgermeisterin", "Stadt Aachen")]),
            Person("Heiko Rühl", &[("Kassenwart", "")]),
            Org("StädteRegion Aachen", OrgKind::Municipality),
        ],
    },
    Case {
        name: "pattern_regions_court_numbers_and_no_time_as_place",
        text: "Der Wasserverband Lingener Land hatte den Landkreis Anfang August um Hilfe gebeten. Der Präsident des Landgerichts München I, Florian Gschwendtner, sagte das.",
        expect: &[
            Orgs(&["Wasserverband Lingener Land", "Landgericht München I"]),
            Person(
                "Florian Gschwendtner",
                &[("Präsident", "Landgericht München I")],
            ),
        ],
    },
    Case {
        name: "pattern_acronym_in_the_genitive_names_another_body",
        text: "Die Otto-von-Guericke-Universität Magdeburg (OVGU) forscht. Das Institut für Mobile Systeme der OVGU testet den Bus. Die Universitätsmedizin Greifswald (UMG) behandelt.",
        expect: &[
            Orgs(&[
                "Otto-von-Guericke-Universität Magdeburg",
                "Institut für Mobile Systeme",
                "Universitätsmedizin Greifswald",
            ]),
            Aliases("Otto-von-Guericke-Universität Magdeburg", &["OVGU"]),
            Org("Universitätsmedizin Greifswald", OrgKind::Research),
        ],
    },
    Case {
        name: "pattern_coordinated_town_titles_and_seaside_resorts",
        text: "Die Hanse- und Universitätsstadt Rostock baut. Die Hansestadt Rostock zahlt. Das Ostseebad Kühlungsborn hilft.",
        expect: &[
            Orgs(&[
                "Hanse- und Universitätsstadt Rostock",
                "Ostseebad Kühlungsborn",
            ]),
            Aliases(
                "Hanse- und Universitätsstadt Rostock",
                &["Hansestadt Rostock"],
            ),
            Org("Ostseebad Kühlungsborn", OrgKind::Municipality),
        ],
    },
    Case {
        name: "not_org_bare_head_in_the_genitive",
        text: "Sie lehrt am Institut für Umweltwissenschaften und Geographie der Universität. Das Statistische Landesamt des Landes meldet. Die Leitung baut ein Zweckverband der Hansestadt und von 28 Gemeinden. Das Zentrum für Digitale Souveränität des Bundes lobt.",
        expect: &[Orgs(&[
            "Institut für Umweltwissenschaften und Geographie",
            "Zentrum für Digitale Souveränität des Bundes",
        ])],
    },
    Case {
        name: "link_unlisted_short_form_before_hyphen_to_the_one_body",
        text: "Die TU Ilmenau lehrt. TU-Präsidentin Eva Lang sagte das. Die AOK Nordost zahlt. AOK-Chef Hans Kurz lobte.",
        expect: &[
            Person("Eva Lang", &[("Präsidentin", "TU Ilmenau")]),
            Person("Hans Kurz", &[("Chef", "AOK Nordost")]),
            Orgs(&["TU Ilmenau", "AOK Nordost"]),
        ],
    },
    Case {
        name: "town_adjective_before_a_firm_of_two_words_is_no_part_of_its_name",
        text: "Die Geräte liefert die Regensburger Funktechnik Donau GmbH. Die Umrichter liefert die Hamburger Nordlicht Shore Power GmbH. Es fährt die Hamburger Hochbahn AG. Es druckt die Frankfurter Allgemeine Zeitung GmbH.",
        expect: &[Orgs(&[
            "Funktechnik Donau GmbH",
            "Nordlicht Shore Power GmbH",
            "Hamburger Hochbahn AG",
            "Frankfurter Allgemeine Zeitung GmbH",
        ])],
    },
    Case {
        name: "party_group_in_a_city_states_buergerschaft",
        text: "Die CDU-Fraktion in der Bremischen Bürgerschaft fordert Geld. Der Abgeordnete Jens Vosteen sagte das.",
        expect: &[
            Orgs(&[
                "CDU-Fraktion in der Bremischen Bürgerschaft",
                "Bremische Bürgerschaft",
            ]),
            Person(
                "Jens Vosteen",
                &[("Abgeordneter", "Bremische Bürgerschaft")],
            ),
        ],
    },
    Case {
        name: "member_of_a_named_house_sits_in_no_other",
        text: "Der Bundestagsabgeordnete Michael Brand traf sich mit der CDU-Fraktion im Hessischen Landtag.",
        expect: &[Person("Michael Brand", &[("Bundestagsabgeordneter", "")])],
    },
    Case {
        name: "parliament_inside_a_party_group_review_counterexamples",
        text: "Der Bundestagsabgeordnete Michael Brand traf sich mit der CDU-Fraktion im Hessischen Landtag. Die CDU-Fraktion im Bundestag und die SPD-Fraktion im Hessischen Landtag laden ein. Die Abgeordnete Lena Arnoldt sprach.",
        expect: &[
            Person("Michael Brand", &[("Bundestagsabgeordneter", "Bundestag")]),
            Person("Lena Arnoldt", &[("Abgeordnete", "")]),
        ],
    },
    Case {
        name: "parliament_named_inside_a_party_group",
        text: "Die SPD-Fraktion im Hessischen Landtag fordert mehr Geld. Der Abgeordnete Frank Hessler sagte, das sei nötig.",
        expect: &[
            Orgs(&["SPD-Fraktion im Hessischen Landtag", "Hessischer Landtag"]),
            OrgMentions("Hessischer Landtag", &["Hessischen Landtag"]),
            Person("Frank Hessler", &[("Abgeordneter", "Hessischer Landtag")]),
        ],
    },
    Case {
        name: "pattern_a_corps_with_its_region",
        text: "Der Landkreis Cham und das Feuerwehr- und Rettungskorps der Region Pilsen haben eine Vereinbarung unterzeichnet. Landrat Franz Xaver Pongratz dankte dem Direktor des Korps, Pavel Hrubý.",
        expect: &[
            Org(
                "Feuerwehr- und Rettungskorps der Region Pilsen",
                OrgKind::Authority,
            ),
            Person(
                "Pavel Hrubý",
                &[("Direktor", "Feuerwehr- und Rettungskorps der Region Pilsen")],
            ),
        ],
    },
    Case {
        name: "pattern_a_swiss_cantons_directorate_and_its_head",
        text: "Die Gesundheitsdirektion des Kantons Zürich hat neue Regeln beschlossen. „Das ist wichtig“, sagte Gesundheitsdirektorin Natalie Rickli. Die Sicherheitsdirektion des Kantons Bern prüft. Der Verkaufsdirektor Max Frei und die Programmdirektion des Senders schweigen.",
        expect: &[
            Org("Gesundheitsdirektion des Kantons Zürich", OrgKind::Ministry),
            Org("Sicherheitsdirektion des Kantons Bern", OrgKind::Ministry),
            Person(
                "Natalie Rickli",
                &[(
                    "Gesundheitsdirektorin",
                    "Gesundheitsdirektion des Kantons Zürich",
                )],
            ),
            NoOrg("Programmdirektion"),
        ],
    },
    Case {
        name: "pattern_a_swiss_department_by_its_field_alone_also_coordinated",
        text: "«Gut», sagte Regierungsrätin Salome Wenk, Vorsteherin des Bau- und Verkehrsdepartements (BVD), am Donnerstag. Die Vorsteherin der Gesundheitsdirektion, Eva Ott, lobte. Das Bauamt prüft.",
        expect: &[
            Org("Bau- und Verkehrsdepartement", OrgKind::Ministry),
            Aliases("Bau- und Verkehrsdepartement", &["BVD"]),
            Org("Gesundheitsdirektion", OrgKind::Ministry),
            Person(
                "Salome Wenk",
                &[
                    ("Regierungsrätin", ""),
                    ("Vorsteherin", "Bau- und Verkehrsdepartement"),
                ],
            ),
            Person("Eva Ott", &[("Vorsteherin", "Gesundheitsdirektion")]),
        ],
    },
    Case {
        name: "a_swiss_department_with_and_without_its_canton_and_no_office_over_a_comma",
        text: "Das Verkehrsdepartement (VD) prüft die Linie. Das Ministerium für Umwelt, Bau- und Wohnungswesen stimmt zu.\n\nKontakt: Pascal Meury, Leiter Amt für Mobilität, Verkehrsdepartement des Kantons Basel-Stadt, Telefon 061 267 00 00",
        expect: &[
            Org(
                "Verkehrsdepartement des Kantons Basel-Stadt",
                OrgKind::Ministry,
            ),
            Aliases(
                "Verkehrsdepartement des Kantons Basel-Stadt",
                &["Verkehrsdepartement", "VD"],
            ),
            Org("Amt für Mobilität", OrgKind::Authority),
            Org(
                "Ministerium für Umwelt, Bau- und Wohnungswesen",
                OrgKind::Ministry,
            ),
            Orgs(&[
                "Verkehrsdepartement des Kantons Basel-Stadt",
                "Ministerium für Umwelt, Bau- und Wohnungswesen",
                "Amt für Mobilität",
            ]),
        ],
    },
    Case {
        name: "link_a_title_before_a_body_without_article_in_apposition",
        text: "Anna Beck, Geschäftsführerin Stadtwerke Lübeck GmbH, sagte: „Gut.“ Eva Ott, Leiterin Landesamt für Umwelt, ergänzte das. Die Direktor Hotels GmbH baut.\n\nKontakt: Pressestelle Landratsamt Cham, Telefon 09971 78-0",
        expect: &[
            Person(
                "Anna Beck",
                &[("Geschäftsführerin", "Stadtwerke Lübeck GmbH")],
            ),
            Person("Eva Ott", &[("Leiterin", "Landesamt für Umwelt")]),
            Org("Stadtwerke Lübeck GmbH", OrgKind::Company),
            Org("Direktor Hotels GmbH", OrgKind::Company),
            Org("Landratsamt Cham", OrgKind::Municipality),
            NoOrg("Pressestelle"),
        ],
    },
    Case {
        name: "no_title_before_a_body_outside_apposition_and_firms_named_like_titles",
        text: "Ministerpräsident Max Müller (CDU) hat das Werk besucht. Dabei lobte der Ministerpräsident Volkswagen für die Investition. Die General Electric Deutschland GmbH baut. Zur Richter Pharma AG gehört viel. Sprecher Automation GmbH wächst. Anna Beck, Geschäftsführerin Richter Pharma AG, lobte das.\n\nKontakt:\nTom Kurz\nPressesprecher Mainova AG\nTelefon 069 213-0",
        expect: &[
            Person("Max Müller", &[("Ministerpräsident", "")]),
            Person("Anna Beck", &[("Geschäftsführerin", "Richter Pharma AG")]),
            Person("Tom Kurz", &[("Pressesprecher", "Mainova AG")]),
            Org("General Electric Deutschland GmbH", OrgKind::Company),
            Org("Richter Pharma AG", OrgKind::Company),
            Org("Sprecher Automation GmbH", OrgKind::Company),
            Org("Mainova AG", OrgKind::Company),
        ],
    },
    Case {
        name: "no_other_cantons_director_and_no_police_traffic_unit_as_a_canton_body",
        text: "Die Gesundheitsdirektion des Kantons Zug lädt ein. Es spricht auch die Berner Gesundheitsdirektorin Anna Beck. Die Verkehrsdirektion der Polizei Hamburg kontrollierte.",
        expect: &[
            Person("Anna Beck", &[("Gesundheitsdirektorin", "")]),
            Org("Polizei Hamburg", OrgKind::Authority),
            NoOrg("Verkehrsdirektion"),
        ],
    },
    Case {
        name: "the_town_district_or_parliament_of_an_office_or_committee_is_mentioned",
        text: "Erprobt wird das System im Bürgeramt der Landeshauptstadt Saarbrücken. Gefördert wird die Ausländerbehörde des Main-Kinzig-Kreises. Der Haushaltsausschuss des Deutschen Bundestages stimmte zu. Die Sparkasse der Stadt Bonn wächst. Das Ministerium für Bildung des Landes Sachsen-Anhalt prüft.",
        expect: &[
            Org("Landeshauptstadt Saarbrücken", OrgKind::Municipality),
            Org("Main-Kinzig-Kreis", OrgKind::Municipality),
            Orgs(&[
                "Bürgeramt der Landeshauptstadt Saarbrücken",
                "Landeshauptstadt Saarbrücken",
                "Ausländerbehörde des Main-Kinzig-Kreises",
                "Main-Kinzig-Kreis",
                "Haushaltsausschuss des Deutschen Bundestages",
                "Stadt Bonn",
                "Ministerium für Bildung des Landes Sachsen-Anhalt",
            ]),
        ],
    },
    Case {
        name: "a_party_group_by_the_partys_two_words_joined_by_hyphens",
        text: "Die Freie-Wähler-Fraktion im Bayerischen Landtag fordert mehr Lehrkräfte. Die bildungspolitische Sprecherin der Freie-Wähler-Fraktion, Eva Ott, sagte, das sei überfällig.",
        expect: &[
            Org(
                "Freie-Wähler-Fraktion im Bayerischen Landtag",
                OrgKind::Parliament,
            ),
            Person(
                "Eva Ott",
                &[(
                    "bildungspolitische Sprecherin",
                    "Freie-Wähler-Fraktion im Bayerischen Landtag",
                )],
            ),
        ],
    },
    Case {
        name: "an_associations_land_branch_after_in",
        text: "Der Bund der Steuerzahler in Bayern kritisiert den Bau. Präsident Rolf Baumgartner sagte: „Zu teuer.“ Der Bund der Steuerzahler in München tagt.",
        expect: &[
            Orgs(&["Bund der Steuerzahler in Bayern", "Bund der Steuerzahler"]),
            Person(
                "Rolf Baumgartner",
                &[("Präsident", "Bund der Steuerzahler in Bayern")],
            ),
        ],
    },
    Case {
        name: "a_branch_of_two_laender",
        text: "Die IG Metall Niedersachsen und Sachsen-Anhalt fordert mehr Lohn. Die Bezirksleiterin der IG Metall Niedersachsen und Sachsen-Anhalt, Meike Dreyer, sagte: „Jetzt.“",
        expect: &[
            Orgs(&["IG Metall Niedersachsen und Sachsen-Anhalt"]),
            Person(
                "Meike Dreyer",
                &[(
                    "Bezirksleiterin",
                    "IG Metall Niedersachsen und Sachsen-Anhalt",
                )],
            ),
        ],
    },
    Case {
        name: "link_a_mandate_after_the_name_and_a_groups_spokespeople",
        text: "BÜNDNIS 90/DIE GRÜNEN fordern mehr. Die Fraktion BÜNDNIS 90/DIE GRÜNEN im Deutschen Bundestag hat eine Anfrage gestellt. „Gut“, sagte der stellvertretende Fraktionsvorsitzende Dr. Philipp zu Wendorf. „Zu spät“, sagte die Sprecherin für Bahnpolitik, Miriam Oyelowo MdB.\n\nPressekontakt:\nFraktion BÜNDNIS 90/DIE GRÜNEN im Deutschen Bundestag\nPressesprecher: Jonas Feldmeier",
        expect: &[
            Person(
                "Miriam Oyelowo",
                &[
                    (
                        "Sprecherin für Bahnpolitik",
                        "Fraktion BÜNDNIS 90/DIE GRÜNEN im Deutschen Bundestag",
                    ),
                    ("MdB", "Deutscher Bundestag"),
                ],
            ),
            PartyOf("Philipp zu Wendorf", "Bündnis 90/Die Grünen"),
            PartyOf("Miriam Oyelowo", "Bündnis 90/Die Grünen"),
        ],
    },
    Case {
        name: "a_landtag_groups_policy_spokeswoman_and_a_members_mdl",
        text: "Die SPD-Fraktion im Landtag Brandenburg fordert mehr Lehrkräfte. Die bildungspolitische Sprecherin Eva Ott sagte: „Gut.“ Anna Beck MdL ergänzte: „Ja.“ Die SPD-Fraktion will den Antrag im März einbringen. Tom Kurz MdL a. D. lobte das.",
        expect: &[
            Person(
                "Eva Ott",
                &[(
                    "bildungspolitische Sprecherin",
                    "SPD-Fraktion im Landtag Brandenburg",
                )],
            ),
            Person("Anna Beck", &[("MdL", "Landtag Brandenburg")]),
            Person("Tom Kurz", &[]),
        ],
    },
    Case {
        name: "no_spokesperson_link_to_another_group_nor_party_for_a_groups_staff",
        text: "Zum Antrag der AfD-Fraktion erklärt die bildungspolitische Sprecherin Anna Beck: „Die AfD will nur spalten.“",
        expect: &[
            Person("Anna Beck", &[("bildungspolitische Sprecherin", "")]),
            NoParty("Anna Beck"),
        ],
    },
    Case {
        name: "no_spokesperson_link_past_a_genitive_nor_party_for_a_groups_press_officer",
        text: "Die CDU-Fraktion im Stadtrat will mehr Parkplätze. Die CDU-Fraktion fordert das seit Jahren. Tom Kurz, Sprecher für Verkehr der Grünen, widersprach. Eva Ott, Pressesprecherin der CDU-Fraktion, bestätigte den Antrag. Die CDU im Land stimmt zu.",
        expect: &[
            Person("Tom Kurz", &[("Sprecher für Verkehr", "")]),
            NoParty("Eva Ott"),
        ],
    },
    Case {
        name: "titles_in_apposition_in_captions_contact_lines_and_after_a_surname",
        text: "Foto: Anna Beck (Geschäftsführerin Stadtwerke Lübeck GmbH) eröffnet. „Gut“, sagte Kurz, Vorstand Sparkasse Lübeck AG. Xiaoling Zhang, Leiterin Landesamt für Umwelt, ergänzte das. Wir danken Siemens, General Electric Deutschland GmbH und Bosch.\n\nPressekontakt: Pressesprecher Mainova AG, Tom Holt",
        expect: &[
            Orgs(&[
                "Stadtwerke Lübeck GmbH",
                "Sparkasse Lübeck AG",
                "Landesamt für Umwelt",
                "Siemens",
                "General Electric Deutschland GmbH",
                "Bosch",
                "Mainova AG",
            ]),
            Person("Xiaoling Zhang", &[("Leiterin", "Landesamt für Umwelt")]),
            Person("Tom Holt", &[("Pressesprecher", "Mainova AG")]),
        ],
    },
    Case {
        name: "branches_of_two_laender_and_in_a_land_only_when_one_body",
        text: "Der DGB Bayern und Hessen fordern gemeinsam mehr. Der Verbraucherzentrale Bundesverband in Berlin fordert mehr. Amtsdirektor Tom Kurz erklärte, dass das Amt Geld bereitstellen werde. Die Vorsteherin der Bau- und Verkehrsdirektion des Kantons Bern, Eva Ott, sagte: „Ja.“",
        expect: &[
            Orgs(&[
                "DGB Bayern",
                "Verbraucherzentrale Bundesverband",
                "Bau- und Verkehrsdirektion des Kantons Bern",
            ]),
            Person(
                "Eva Ott",
                &[("Vorsteherin", "Bau- und Verkehrsdirektion des Kantons Bern")],
            ),
        ],
    },
    Case {
        name: "police_units_by_place_and_towns_by_their_river",
        text: "Das Präsidium und die Bundespolizeiinspektion Stuttgart haben sich verständigt. Die Kriminalpolizeiinspektion Rostock ermittelt, auch mit der Kreispolizeidirektion Ústí nad Labem.",
        expect: &[Orgs(&[
            "Bundespolizeiinspektion Stuttgart",
            "Kriminalpolizeiinspektion Rostock",
            "Kreispolizeidirektion Ústí nad Labem",
        ])],
    },
    Case {
        name: "a_lands_body_by_fields_in_wesen_and_a_brandenburg_amt_with_its_officer",
        text: "Der Leiter des Landesbetriebs Mess- und Eichwesen Niedersachsen (MEN), Dirk Ahlers, kündigte Prüfungen an. In Gransee schließt die Chirurgie. Skeptisch äußerte sich das Amt Gransee und Gemeinden. Amtsdirektor Frank Heinicke sagte: „Nicht so schnell.“ Leider muss das Amt Mindeststandards festlegen.",
        expect: &[
            Org(
                "Landesbetrieb Mess- und Eichwesen Niedersachsen",
                OrgKind::Authority,
            ),
            Aliases("Landesbetrieb Mess- und Eichwesen Niedersachsen", &["MEN"]),
            Person(
                "Dirk Ahlers",
                &[("Leiter", "Landesbetrieb Mess- und Eichwesen Niedersachsen")],
            ),
            Org("Amt Gransee und Gemeinden", OrgKind::Municipality),
            Person(
                "Frank Heinicke",
                &[("Amtsdirektor", "Amt Gransee und Gemeinden")],
            ),
            NoOrg("Amt Mindeststandards"),
        ],
    },
    Case {
        name: "no_listed_acronym_when_the_text_defines_it_for_a_thing",
        text: "Die Betriebe können Zäune über das Agrarinvestitionsförderungsprogramm (AFP) finanzieren. Das Bundeskriminalamt (BKA) warnt vor Betrug.",
        expect: &[
            Orgs(&["Bundeskriminalamt"]),
            OrgMentions("Bundeskriminalamt", &["Bundeskriminalamt", "BKA"]),
        ],
    },
    Case {
        name: "quote_a_fragment_after_a_bracketed_party_and_before_a_participle",
        text: "Das Gericht zieht Bilanz. Justizministerin Dr. Miriam Hölscher (SPD) würdigte in einem Grußwort die „beachtliche Leistung eines Gerichts“. Gesundheitsministerin Kerstin Wollank (BSW) hatte das Konzept bereits im Februar als „Modell für den ländlichen Raum“ bezeichnet.",
        expect: &[
            Quote(
                "„beachtliche Leistung eines Gerichts“",
                Some("Miriam Hölscher"),
            ),
            Quote("„Modell für den ländlichen Raum“", Some("Kerstin Wollank")),
        ],
    },
    Case {
        name: "church_heads_a_town_by_its_lake_a_council_group_by_town_and_a_welfare_branch",
        text: "Die Evangelisch-lutherische Landeskirche Hannovers tagt. „Wir sparen“, sagte Landesbischof Tobias Brückner. Der Kirchenkreis Celle hilft. Superintendentin Anke Holl sagte: „Gut.“ Die Landeshauptstadt Klagenfurt am Wörthersee baut ein Hallenbad. Die Fraktion Die Linke im Stadtrat Chemnitz fordert ein Sozialticket. Die Diakonie in Niedersachsen hilft.",
        expect: &[
            Person(
                "Tobias Brückner",
                &[(
                    "Landesbischof",
                    "Evangelisch-lutherische Landeskirche Hannovers",
                )],
            ),
            Person("Anke Holl", &[("Superintendentin", "Kirchenkreis Celle")]),
            Org(
                "Landeshauptstadt Klagenfurt am Wörthersee",
                OrgKind::Municipality,
            ),
            Org(
                "Fraktion Die Linke im Stadtrat Chemnitz",
                OrgKind::Parliament,
            ),
            Org("Diakonie in Niedersachsen", OrgKind::Association),
        ],
    },
    Case {
        name: "a_districts_administration_in_the_genitive_and_a_stadtrats_compounds",
        text: "Der Rhein-Pfalz-Kreis prüft den Antrag. Die Kreisverwaltung des Rhein-Pfalz-Kreises teilte mit, sie sei zuständig. Die Landeshauptstadt Klagenfurt baut. Sportstadträtin Daniela Wutte sagte: „Gut.“",
        expect: &[
            Orgs(&["Rhein-Pfalz-Kreis", "Landeshauptstadt Klagenfurt"]),
            Aliases(
                "Rhein-Pfalz-Kreis",
                &["Kreisverwaltung des Rhein-Pfalz-Kreises"],
            ),
            Person(
                "Daniela Wutte",
                &[("Sportstadträtin", "Landeshauptstadt Klagenfurt")],
            ),
        ],
    },
    Case {
        name: "swiss_hospitals_by_place_and_no_association_by_its_remit",
        text: "Neu können auch Spitäler teilnehmen, etwa das Kantonsspital Winterthur (KSW) und das Spital Wetzikon. Die Kreisbrandmeisterin Maren Tepe, die im Verband für die Ausbildung zuständig ist, freut sich.",
        expect: &[
            Orgs(&["Kantonsspital Winterthur", "Spital Wetzikon"]),
            Aliases("Kantonsspital Winterthur", &["KSW"]),
        ],
    },
    Case {
        name: "legal_form_of_a_partnership_with_a_company_as_partner",
        text: "Beteiligt ist die Telefónica Germany GmbH & Co. OHG. Die Henkel AG & Co. KGaA wächst. Es liefert die Bremer Hanse Orbital Structures GmbH.",
        expect: &[Orgs(&[
            "Telefónica Germany GmbH & Co. OHG",
            "Henkel AG & Co. KGaA",
            "Bremer Hanse Orbital Structures GmbH",
        ])],
    },
    Case {
        name: "legal_form_of_an_economic_association",
        text: "Kritisch äußerte sich die Forstbetriebsgemeinschaft Frankenwald w.V., in der 4.200 Waldbesitzer organisiert sind. Auch die Forstbetriebsgemeinschaft Rhön w. V. meldete sich.",
        expect: &[
            Org(
                "Forstbetriebsgemeinschaft Frankenwald w.V.",
                OrgKind::Association,
            ),
            Org("Forstbetriebsgemeinschaft Rhön w. V.", OrgKind::Association),
        ],
    },
    Case {
        name: "place_head_firm_with_one_more_word_before_its_legal_form",
        text: "Beteiligt ist die Stadtwerke Frankfurt am Main Holding GmbH. Die Stadt Ulm Bürger kommen.",
        expect: &[Orgs(&[
            "Stadtwerke Frankfurt am Main Holding GmbH",
            "Stadt Ulm",
        ])],
    },
    Case {
        name: "listed_common_short_form_joins_the_one_listed_body_it_starts",
        text: "Die AOK Nordost zahlt. AOK-Chef Hans Kurz lobte. Die AOK hilft. Die KfW Entwicklungsbank finanziert es. Der BDZ fordert mehr Personal.",
        expect: &[
            Person("Hans Kurz", &[("Chef", "AOK Nordost")]),
            Aliases("AOK Nordost", &["AOK"]),
            Orgs(&["AOK Nordost", "KfW Entwicklungsbank", "BDZ"]),
        ],
    },
    Case {
        name: "review_counterexamples_of_the_short_form_and_legal_form_rules",
        text: "Gegen 14 Uhr wurde die FW alarmiert. Die DB hat am Montag den Fahrplan vorgestellt. Zuständig ist die DB Cargo AG. Die Verträge mit der Stadt Regensburg Siemens AG laufen.",
        expect: &[Orgs(&[
            "DB",
            "DB Cargo AG",
            "Stadt Regensburg",
            "Siemens AG",
        ])],
    },
    Case {
        name: "listed_short_form_named_otherwise_stays_with_its_body",
        text: "Die Deutsche Bahn AG baut. Die DB InfraGO plant. Die DB hilft.",
        expect: &[
            Aliases("Deutsche Bahn AG", &["DB"]),
            Orgs(&["Deutsche Bahn AG", "DB InfraGO"]),
        ],
    },
    Case {
        name: "a_genitive_after_und_goes_on_a_name_only_after_another",
        text: "Die Kosten tragen das Ministerium für Wirtschaft, Infrastruktur, Tourismus und Arbeit Mecklenburg-Vorpommern und der Europäische Sozialfonds. Die Akademie der Wissenschaften und der Literatur lädt ein.",
        expect: &[
            Named(
                "Ministerium für Wirtschaft, Infrastruktur, Tourismus und Arbeit Mecklenburg-Vorpommern",
            ),
            Named("Akademie der Wissenschaften und der Literatur"),
            NoOrg("Sozialfonds"),
        ],
    },
    Case {
        name: "a_zweckverband_is_municipal_and_named_in_the_genitive_too",
        text: "Die Verbandsversammlung des Zweckverbands Stadt-Umland-Bahn Nürnberg-Erlangen-Herzogenaurach (ZV StUB) hat beschlossen. Der Zweckverband Nahverkehr Rheinland zahlt. Die Versammlung des Digitalverbands Bitkom tagt.",
        expect: &[
            Org(
                "Zweckverband Stadt-Umland-Bahn Nürnberg-Erlangen-Herzogenaurach",
                Municipality,
            ),
            Aliases(
                "Zweckverband Stadt-Umland-Bahn Nürnberg-Erlangen-Herzogenaurach",
                &["ZV StUB"],
            ),
            Org("Zweckverband Nahverkehr Rheinland", Municipality),
            Org("Bitkom", Association),
            NoOrg("Digitalverband"),
        ],
    },
    Case {
        name: "a_foundations_two_nouns_and_a_circle_of_friends",
        text: "Das Programm umfasst auch Bauten der Stiftung Thüringer Schlösser und Gärten. Einen Beitrag leistete der Freundeskreis des Goethe-Nationalmuseums e.V. Die Stiftung Digitale Chancen und Microsoft laden ein.",
        expect: &[
            Named("Stiftung Thüringer Schlösser und Gärten"),
            Org("Freundeskreis des Goethe-Nationalmuseums e.V.", Association),
            Named("Stiftung Digitale Chancen"),
            Named("Microsoft"),
        ],
    },
    Case {
        name: "a_standing_gremium_and_towns_transport_companies",
        text: "Kritik kommt vom Nationalen Begleitgremium (NBG). Das sagte die Ko-Vorsitzende des NBG, Prof. Dr. Sabine Ochs. Die VAG Verkehrs-Aktiengesellschaft Nürnberg wird die Bahn betreiben, die Verkehrsgesellschaft Frankfurt am Main nicht. Die Magdeburger Verkehrsbetriebe GmbH & Co. KG fährt.",
        expect: &[
            Org("Nationales Begleitgremium", Other),
            Aliases("Nationales Begleitgremium", &["NBG"]),
            Person(
                "Sabine Ochs",
                &[("Vorsitzende", "Nationales Begleitgremium")],
            ),
            Org("Verkehrs-Aktiengesellschaft Nürnberg", Company),
            Org("Verkehrsgesellschaft Frankfurt am Main", Company),
            Named("Magdeburger Verkehrsbetriebe GmbH & Co. KG"),
        ],
    },
    Case {
        name: "review_counterexamples_of_the_day_for_names",
        text: "Die Kommission für Geschichte des Parlamentarismus und der politischen Parteien tagt. Das Ministerium der Finanzen und der Landesrechnungshof haben sich geeinigt. Am Dienstag hat die Grünen-Ratsfraktion Kita-Plätze gefordert. Deshalb hat die CDU-Kreistagsfraktion Anträge gestellt. Die Anträge kommen im Juni. Er stammt aus dem Freundeskreis des Opfers. Die Stiftung Hessischer Rundfunk und Sparkassen unterstützen. Ein Mann aus der Provinz Verona wurde festgenommen. Der Abwasserzweckverband Lutter baut.",
        expect: &[
            Named("Kommission für Geschichte des Parlamentarismus und der politischen Parteien"),
            Named("Ministerium der Finanzen"),
            Named("Grünen-Ratsfraktion"),
            Named("CDU-Kreistagsfraktion"),
            Named("Stiftung Hessischer Rundfunk"),
            NoOrg("Opfers"),
            NoOrg("Verona"),
            Org("Abwasserzweckverband Lutter", Municipality),
        ],
    },
    Case {
        name: "two_party_groups_stay_two",
        text: "Die CDU-Fraktion fordert einen Zuschuss. Die SPD-Fraktion lehnt ihn ab. Das THW-Ortsverband Straubing hilft, so das Ortsverband Straubing.",
        expect: &[Orgs(&[
            "CDU-Fraktion",
            "SPD-Fraktion",
            "THW-Ortsverband Straubing",
        ])],
    },
    Case {
        name: "second_review_counterexamples_for_names",
        text: "Die SPD-Fraktion im Landtag hat den Entwurf kritisiert. Die CDU-Fraktion im Landtag verteidigte die Pläne. Das Ministerium des Innern und der Landkreistag haben unterzeichnet. Die Stiftung Weimarer Klassik und Kunstsammlungen zeigt eine Ausstellung. Der Freundeskreis des Stadtmuseums Landshut lädt ein.",
        expect: &[Orgs(&[
            "SPD-Fraktion im Landtag",
            "CDU-Fraktion im Landtag",
            "Ministerium des Innern",
            "Stiftung Weimarer Klassik und Kunstsammlungen",
            "Freundeskreis des Stadtmuseums Landshut",
        ])],
    },
    Case {
        name: "second_review_counterexamples_for_groups_and_chambers",
        text: "Die IHK Saarland hat ihre Umfrage vorgestellt. Die IHK fordert niedrigere Preise. Die SPD-Ratsfraktion Köln fordert mehr Geld. Der Kölner Stadtrat entscheidet. Die CDU-Kreistagsfraktion Rhein-Sieg hat ihren Vorstand gewählt.",
        expect: &[
            Aliases("IHK Saarland", &["IHK"]),
            Named("SPD-Ratsfraktion Köln"),
            Named("CDU-Kreistagsfraktion Rhein-Sieg"),
        ],
    },
];

#[test]
fn organisations_by_head_noun_legal_form_and_brand() {
    check(ORG_PATTERNS);
}

// ---------------------------------------------------------------------------
// Organisations: long forms, acronyms and aliases
// ---------------------------------------------------------------------------

const ORG_ALIASES: &[Case] = &[
    Case {
        name: "alias_long_form_then_acronym_then_bare_acronym",
        text: "Das Bundesamt für Sicherheit in der Informationstechnik (BSI) hat neue Mindeststandards veröffentlicht. Das BSI empfiehlt, sie bis Jahresende umzusetzen.",
        expect: &[
            Orgs(&["Bundesamt für Sicherheit in der Informationstechnik"]),
            Aliases(
                "Bundesamt für Sicherheit in der Informationstechnik",
                &["BSI"],
            ),
            OrgMentions(
                "BSI",
                &[
                    "Bundesamt für Sicherheit in der Informationstechnik",
                    "BSI",
                    "BSI",
                ],
            ),
            Org("BSI", Authority),
        ],
    },
    Case {
        name: "alias_acronym_then_long_form",
        text: "Das ITZBund (Informationstechnikzentrum Bund) betreibt die Rechenzentren der Bundesverwaltung. Künftig will das ITZBund zwei weitere Standorte eröffnen.",
        expect: &[
            Orgs(&["Informationstechnikzentrum Bund"]),
            Aliases("Informationstechnikzentrum Bund", &["ITZBund"]),
            OrgMentions(
                "ITZBund",
                &["ITZBund", "Informationstechnikzentrum Bund", "ITZBund"],
            ),
            NoOrg("Bundesverwaltung"),
        ],
    },
    Case {
        name: "alias_defined_in_text_for_unknown_org",
        text: "Der Zweckverband Kommunale Datenverarbeitung Oldenburg (KDO) betreut rund 180 Kommunen. Die KDO setzt dabei auf offene Standards.",
        expect: &[
            Orgs(&["Zweckverband Kommunale Datenverarbeitung Oldenburg"]),
            Aliases(
                "Zweckverband Kommunale Datenverarbeitung Oldenburg",
                &["KDO"],
            ),
        ],
    },
    Case {
        name: "alias_gazetteer_short_form_joins_long_form",
        text: "Das Bundesministerium der Finanzen hat den Entwurf vorgelegt. Das BMF rechnet mit Einsparungen in Millionenhöhe.",
        expect: &[
            Orgs(&["Bundesministerium der Finanzen"]),
            Aliases("Bundesministerium der Finanzen", &["BMF"]),
            Org("BMF", Ministry),
        ],
    },
    Case {
        name: "alias_two_defined_acronyms_stay_apart",
        text: "Das Bundesministerium des Innern (BMI) und das Bundesministerium für Digitales und Staatsmodernisierung (BMDS) teilen sich die Zuständigkeit. Das BMDS übernimmt die Registermodernisierung.",
        expect: &[
            Orgs(&[
                "Bundesministerium des Innern",
                "Bundesministerium für Digitales und Staatsmodernisierung",
            ]),
            Aliases("Bundesministerium des Innern", &["BMI"]),
            Aliases(
                "Bundesministerium für Digitales und Staatsmodernisierung",
                &["BMDS"],
            ),
            OrgMentions(
                "BMDS",
                &[
                    "Bundesministerium für Digitales und Staatsmodernisierung",
                    "BMDS",
                    "BMDS",
                ],
            ),
        ],
    },
    Case {
        name: "alias_shorter_long_form_is_an_alias",
        text: "Das Zentrum für Digitale Souveränität der Öffentlichen Verwaltung (ZenDiS) ist neues Mitglied. Das Zentrum für Digitale Souveränität will Open-Source-Lösungen stärken.",
        expect: &[
            Orgs(&["Zentrum für Digitale Souveränität der Öffentlichen Verwaltung"]),
            Aliases(
                "Zentrum für Digitale Souveränität der Öffentlichen Verwaltung",
                &["ZenDiS", "Zentrum für Digitale Souveränität"],
            ),
        ],
    },
    Case {
        name: "acronym_of_two_words_in_brackets",
        text: "Die Medienanstalt Hamburg / Schleswig-Holstein (MA HSH) legt eine Studie vor. Der Direktor der MA HSH, Lorenz Hagedorn, sagte, sie sei wichtig.",
        expect: &[
            Aliases("Medienanstalt Hamburg / Schleswig-Holstein", &["MA HSH"]),
            OrgMentions(
                "MA HSH",
                &[
                    "Medienanstalt Hamburg / Schleswig-Holstein",
                    "MA HSH",
                    "MA HSH",
                ],
            ),
            Person(
                "Lorenz Hagedorn",
                &[("Direktor", "Medienanstalt Hamburg / Schleswig-Holstein")],
            ),
        ],
    },
    Case {
        name: "acronym_with_its_land_in_brackets_and_the_acronym_alone",
        text: "Der Kommunale Arbeitgeberverband Nordrhein-Westfalen (KAV NW) hat kein Angebot vorgelegt. „Wer jetzt streikt, belastet die Fahrgäste“, hatte KAV-Hauptgeschäftsführer Dr. Jan-Hendrik Scholten erklärt. Der KAV schweigt.",
        expect: &[
            Aliases(
                "Kommunaler Arbeitgeberverband Nordrhein-Westfalen",
                &["KAV NW", "KAV"],
            ),
            Person(
                "Jan-Hendrik Scholten",
                &[(
                    "Hauptgeschäftsführer",
                    "Kommunaler Arbeitgeberverband Nordrhein-Westfalen",
                )],
            ),
        ],
    },
    Case {
        name: "alias_after_a_name_over_two_places_and_a_lowercase_acronym",
        text: "Zu den Partnern gehören das Westküstenklinikum Brunsbüttel und Heide (WKK) und die Sana Kliniken Ostholstein GmbH. Für das WKK sagte dessen Geschäftsführer Dr. Rasmus Hinrichsen-Bello: „Wir sind bereit.“ Zustimmung kam vom Verbraucherzentrale Bundesverband (vzbv). Vorständin Ramona Sikorski-Brandt forderte mehr. Der Bundesverband der Energie- und Wasserwirtschaft (BDEW) warnte.",
        expect: &[
            Aliases("Westküstenklinikum Brunsbüttel und Heide", &["WKK"]),
            Aliases("Verbraucherzentrale Bundesverband", &["vzbv"]),
            Org("Verbraucherzentrale Bundesverband", Association),
            Person(
                "Rasmus Hinrichsen-Bello",
                &[(
                    "Geschäftsführer",
                    "Westküstenklinikum Brunsbüttel und Heide",
                )],
            ),
            Person(
                "Ramona Sikorski-Brandt",
                &[("Vorständin", "Verbraucherzentrale Bundesverband")],
            ),
        ],
    },
    Case {
        name: "branch_of_a_dotted_brand_and_a_place_in_brackets",
        text: "Die Vereinte Dienstleistungsgewerkschaft (ver.di) ruft zum Streik. „Wir sind bereit“, sagte die stellvertretende Landesbezirksleiterin von ver.di NRW, Gülay Arslan-Becker. ver.di-Verhandlungsführer Andreas Wöstmann kündigte mehr an. Die Komm.ONE (AöR) hilft. Die Verbandsgemeinde Kirchberg (Hunsrück) baut ein Wärmenetz mit der Energiegenossenschaft Hunsrück-Mosel eG und der Ortsgemeinde Kappel. Dr. Farid Haidari, Vorstand der Energiegenossenschaft, rechnete vor. „Ein Anfang“, sagte Ortsbürgermeister Wolfgang Thiel. Die Verbandsgemeinde Kirchberg zahlt.",
        expect: &[
            Orgs(&[
                "Vereinte Dienstleistungsgewerkschaft",
                "ver.di NRW",
                "Komm.ONE",
                "Verbandsgemeinde Kirchberg (Hunsrück)",
                "Energiegenossenschaft Hunsrück-Mosel eG",
                "Ortsgemeinde Kappel",
            ]),
            Aliases("Vereinte Dienstleistungsgewerkschaft", &["ver.di"]),
            Aliases("Komm.ONE", &[]),
            Aliases(
                "Verbandsgemeinde Kirchberg (Hunsrück)",
                &["Verbandsgemeinde Kirchberg"],
            ),
            Person(
                "Gülay Arslan-Becker",
                &[("stellvertretende Landesbezirksleiterin", "ver.di NRW")],
            ),
            Person(
                "Andreas Wöstmann",
                &[("Verhandlungsführer", "Vereinte Dienstleistungsgewerkschaft")],
            ),
            Person(
                "Farid Haidari",
                &[("Vorstand", "Energiegenossenschaft Hunsrück-Mosel eG")],
            ),
            Person(
                "Wolfgang Thiel",
                &[("Ortsbürgermeister", "Ortsgemeinde Kappel")],
            ),
        ],
    },
    Case {
        name: "acronym_inside_a_legal_name_and_regional_adjectives",
        text: "Gemeinsame Medieninformation der Stadt Leipzig und der Leipziger Verkehrsbetriebe (LVB) GmbH\n\nGebaut wird vom Verkehrs- und Tiefbauamt mit den LVB. Amtsleiterin Dr. Birgit Sommerfeld-Ngata will das. Die Geschäftsführerin der Leipziger Verkehrsbetriebe, Ines Dalkowski-Ferreira, verwies auf die Bahnen. Auch der Mitteldeutsche Verkehrsverbund (MDV) zeigt die Bauphasen.\n\nPressekontakt:\nStadt Leipzig, Referat Kommunikation\nAnnegret Pfitzmann, Pressesprecherin\n\nLeipziger Verkehrsbetriebe (LVB) GmbH\nPressesprecher: Eric Nowotny-Saleh",
        expect: &[
            Aliases(
                "Leipziger Verkehrsbetriebe (LVB) GmbH",
                &["LVB", "Leipziger Verkehrsbetriebe"],
            ),
            Aliases("Mitteldeutscher Verkehrsverbund", &["MDV"]),
            Person(
                "Birgit Sommerfeld-Ngata",
                &[("Amtsleiterin", "Stadt Leipzig")],
            ),
            Person(
                "Ines Dalkowski-Ferreira",
                &[("Geschäftsführerin", "Leipziger Verkehrsbetriebe (LVB) GmbH")],
            ),
            Person(
                "Annegret Pfitzmann",
                &[("Pressesprecherin", "Stadt Leipzig")],
            ),
            Person(
                "Eric Nowotny-Saleh",
                &[("Pressesprecher", "Leipziger Verkehrsbetriebe (LVB) GmbH")],
            ),
        ],
    },
    Case {
        name: "research_bodies_eponyms_with_a_field_and_national_centres",
        text: "Forschende des Max-Planck-Instituts für Meteorologie (MPI-M) rechnen. „Das ist neu“, erklärt Prof. Dr. Ingrid Vasquez-Thormählen, Direktorin am Max-Planck-Institut für Meteorologie. Genutzt wird der Rechner des Deutschen Klimarechenzentrums (DKRZ), einer Einrichtung der Max-Planck-Gesellschaft und des Alfred-Wegener-Instituts. Ausgewertet hat die Daten Dr. Nikolai Petrenko-Schaal, Postdoktorand in der Abteilung von Vasquez-Thormählen. Das Max Rubner-Institut (MRI) warnt.",
        expect: &[
            Orgs(&[
                "Max-Planck-Institut für Meteorologie",
                "Deutsches Klimarechenzentrum",
                "Max-Planck-Gesellschaft",
                "Alfred-Wegener-Institut",
                "Max Rubner-Institut",
            ]),
            Aliases("Deutsches Klimarechenzentrum", &["DKRZ"]),
            Org("Max Rubner-Institut", Research),
            Person(
                "Ingrid Vasquez-Thormählen",
                &[("Direktorin", "Max-Planck-Institut für Meteorologie")],
            ),
            Person(
                "Nikolai Petrenko-Schaal",
                &[("Postdoktorand", "Max-Planck-Institut für Meteorologie")],
            ),
        ],
    },
    Case {
        name: "long_form_by_its_acronym_with_a_compound_head_and_an_adjective",
        text: "Beteiligt ist die Staatliche Betriebsgesellschaft für Umwelt und Landwirtschaft (BfUL), die einen Teil der Proben auswertet. Auch die Bayerische Eisenbahngesellschaft (BEG) ist dabei.",
        expect: &[
            Aliases(
                "Staatliche Betriebsgesellschaft für Umwelt und Landwirtschaft",
                &["BfUL"],
            ),
            Aliases("Bayerische Eisenbahngesellschaft", &["BEG"]),
        ],
    },
    Case {
        name: "university_named_after_its_academy_and_town",
        text: "Beteiligt ist die Technische Universität Bergakademie Freiberg. Prorektor Jens Kalt von der TU Bergakademie Freiberg sagte, die Messungen seien gut. Ist die TU Mitglied im Verbund?",
        expect: &[
            Aliases(
                "Technische Universität Bergakademie Freiberg",
                &["TU Bergakademie Freiberg"],
            ),
            Person(
                "Jens Kalt",
                &[("Prorektor", "Technische Universität Bergakademie Freiberg")],
            ),
            NoOrg("TU Mitglied"),
        ],
    },
    Case {
        name: "no_specification_from_a_capitalised_article_on_the_next_line",
        text: "Main-Kinzig-Kreis\nDer Kreisausschuss\nPressemitteilung\n\nDer Main-Kinzig-Kreis übernimmt Verantwortung. „Das ist gut“, sagte Landrätin Susanne Wächtershäuser.",
        expect: &[
            Orgs(&["Main-Kinzig-Kreis", "Kreisausschuss"]),
            Person(
                "Susanne Wächtershäuser",
                &[("Landrätin", "Main-Kinzig-Kreis")],
            ),
        ],
    },
    Case {
        name: "party_group_in_a_landtag_by_its_long_name_and_compound",
        text: "SPD-Fraktion im Schleswig-Holsteinischen Landtag\nPressemitteilung\n\nDie SPD-Landtagsfraktion fordert mehr Geld. „Gut“, sagte Malte Ingwersen, kitapolitischer Sprecher der SPD-Landtagsfraktion. Die CDU-Fraktion im Niedersächsischen Landtag widerspricht.",
        expect: &[
            Aliases(
                "SPD-Fraktion im Schleswig-Holsteinischen Landtag",
                &["SPD-Landtagsfraktion"],
            ),
            Person(
                "Malte Ingwersen",
                &[(
                    "kitapolitischer Sprecher",
                    "SPD-Fraktion im Schleswig-Holsteinischen Landtag",
                )],
            ),
            Named("CDU-Fraktion im Niedersächsischen Landtag"),
        ],
    },
    Case {
        name: "lowercase_acronym_of_two_words_and_its_later_mentions",
        text: "Die Hochschule für Technik und Wirtschaft des Saarlandes (htw saar) hilft. Der Vizepräsident für Weiterbildung der htw saar, Prof. Dr. Luca Marchetti, erläuterte das. Die htw saar lehrt.",
        expect: &[
            Aliases(
                "Hochschule für Technik und Wirtschaft des Saarlandes",
                &["htw saar"],
            ),
            Person(
                "Luca Marchetti",
                &[(
                    "Vizepräsident für Weiterbildung",
                    "Hochschule für Technik und Wirtschaft des Saarlandes",
                )],
            ),
        ],
    },
    Case {
        name: "role_acronym_in_brackets_before_its_body",
        text: "Die Beauftragte (LfD) des Landes Berlin, Dr. Charlotte Ruhnau, sprach. Der Chief Digital Officer (CDO) des Landes Brandenburg, Dr. Karl Ruhland, schwieg.",
        expect: &[
            Person("Charlotte Ruhnau", &[("Beauftragte", "Land Berlin")]),
            Person(
                "Karl Ruhland",
                &[("Chief Digital Officer", "Land Brandenburg")],
            ),
        ],
    },
    Case {
        name: "bremen_authority_named_by_its_senators_title",
        text: "Bremen baut eine Werkstatt. Die Senatorin für Bau, Mobilität und Stadtentwicklung hat das Vorhaben gefördert. „Das ist gut“, sagte Mobilitätssenatorin Ricarda Janssen. Staatsrat Lukas Brünjes von der Senatorin für Umwelt, Klima und Wissenschaft kündigte Stellen an. Die Senatorin für Finanzen, Daniela Schwarz, schwieg.",
        expect: &[
            Org(
                "Senatorin für Bau, Mobilität und Stadtentwicklung",
                OrgKind::Authority,
            ),
            Named("Senatorin für Umwelt, Klima und Wissenschaft"),
            Person(
                "Lukas Brünjes",
                &[("Staatsrat", "Senatorin für Umwelt, Klima und Wissenschaft")],
            ),
            Person("Daniela Schwarz", &[("Senatorin für Finanzen", "")]),
        ],
    },
    Case {
        name: "lowercase_brand_before_a_legal_form",
        text: "Die swb AG liefert den Strom. Auch die neue GmbH hilft, mit der enercity AG und der regionalen GmbH.",
        expect: &[
            Org("swb AG", OrgKind::Company),
            Org("enercity AG", OrgKind::Company),
            NoOrg("neue GmbH"),
            NoOrg("regionalen GmbH"),
        ],
    },
    Case {
        name: "new_rules_keep_off_ordinary_text",
        text: "MINISTERIUM FÜR UMWELT, KLIMA UND ENERGIEWIRTSCHAFT BADEN-WÜRTTEMBERG\nMinister Peter Maier sagte, es sei gut. Die Senatorin für Wissenschaft, Forschung und Gleichstellung in Hamburg, Katharina Fegebank, eröffnete die Messe. Die Senatorin für Finanzen sagte am Montag, Bremen spare. Am Sonntag feiert die Katholische Kirchengemeinde St. Petrus Erntedank.",
        expect: &[
            Person(
                "Peter Maier",
                &[(
                    "Minister",
                    "MINISTERIUM FÜR UMWELT, KLIMA UND ENERGIEWIRTSCHAFT BADEN-WÜRTTEMBERG",
                )],
            ),
            Person(
                "Katharina Fegebank",
                &[(
                    "Senatorin für Wissenschaft, Forschung und Gleichstellung",
                    "",
                )],
            ),
            NoOrg("Senatorin für Finanzen"),
            Named("Katholische Kirchengemeinde St. Petrus"),
            NoOrg("Erntedank"),
        ],
    },
    Case {
        name: "plural_title_after_die_is_no_womans_title",
        text: "Die Vorsitzenden Thomas Müller und Anna Schulz leiten den Verein.",
        expect: &[Person("Thomas Müller", &[("Vorsitzende", "")])],
    },
    Case {
        name: "body_of_a_region_named_after_it",
        text: "Das Klinikum Region Hannover (KRH) hilft. Das Jobcenter Region Hannover berät.",
        expect: &[
            Aliases("Klinikum Region Hannover", &["KRH"]),
            Named("Jobcenter Region Hannover"),
        ],
    },
    Case {
        name: "gazetteer_public_it_providers_of_the_laender",
        text: "Das IT-Dienstleistungszentrum Berlin (ITDZ Berlin) stellt um. „Wir sind bereit“, sagte die Vorständin des ITDZ Berlin, Ines Brauckmann. Auch das Thüringer Landesrechenzentrum und die Deutsche Kreditwirtschaft (DK) sind dabei.",
        expect: &[
            Aliases("IT-Dienstleistungszentrum Berlin", &["ITDZ Berlin"]),
            Person(
                "Ines Brauckmann",
                &[("Vorständin", "IT-Dienstleistungszentrum Berlin")],
            ),
            Named("Thüringer Landesrechenzentrum"),
            Aliases("Deutsche Kreditwirtschaft", &["DK"]),
        ],
    },
    Case {
        name: "rector_of_a_university_named_by_its_short_form",
        text: "Wissenschaftlicher Partner ist die TU Bergakademie Freiberg, deren Institut forscht. Rektor Prof. Dr. Jens-Uwe Kaltofen betonte das.",
        expect: &[Person(
            "Jens-Uwe Kaltofen",
            &[("Rektor", "TU Bergakademie Freiberg")],
        )],
    },
    Case {
        name: "long_form_found_by_its_acronym_in_brackets",
        text: "Das Kommunale Rechenzentrum Minden-Ravensberg/Lippe (krz) hat ein zweites Rechenzentrum eröffnet. „Wir sind vorbereitet“, sagte krz-Geschäftsführer Dr. Lutz Overbeck-Nowak. Die Künstliche Intelligenz (KI) hilft dabei.",
        expect: &[
            Orgs(&["Kommunales Rechenzentrum Minden-Ravensberg/Lippe"]),
            Aliases("Kommunales Rechenzentrum Minden-Ravensberg/Lippe", &["krz"]),
            Person(
                "Lutz Overbeck-Nowak",
                &[(
                    "Geschäftsführer",
                    "Kommunales Rechenzentrum Minden-Ravensberg/Lippe",
                )],
            ),
        ],
    },
    Case {
        name: "chambers_by_city_and_a_union_named_with_its_descriptor",
        text: "Die IHK Neubrandenburg für das östliche Mecklenburg-Vorpommern lobte die Bewilligung. Ihr Präsident Holger Kittendorf-Mahn erklärte das. Die Hauptgeschäftsführerin der IHK Frankfurt am Main, Dr. Nadja Pohlmann-Tekin, rief die Betriebe auf. Die Industriegewerkschaft Metall fordert mehr.",
        expect: &[
            Orgs(&[
                "IHK Neubrandenburg für das östliche Mecklenburg-Vorpommern",
                "IHK Frankfurt am Main",
                "Industriegewerkschaft Metall",
            ]),
            Person(
                "Holger Kittendorf-Mahn",
                &[(
                    "Präsident",
                    "IHK Neubrandenburg für das östliche Mecklenburg-Vorpommern",
                )],
            ),
            Person(
                "Nadja Pohlmann-Tekin",
                &[("Hauptgeschäftsführerin", "IHK Frankfurt am Main")],
            ),
        ],
    },
    Case {
        name: "a_bare_chamber_is_the_texts_regional_chamber_or_the_publishers",
        text: "Handwerkskammer Schwerin\n\nDie Kammer bietet Kurse am Bildungs- und Technologiezentrum (BTZ) der Handwerkskammer in Schwerin an. Dessen Leiter Dirk Hamann verwies darauf. Auch die Handwerkskammer Ostmecklenburg-Vorpommern meldet ein Plus.",
        expect: &[
            Person("Dirk Hamann", &[("Leiter", "Handwerkskammer Schwerin")]),
            Aliases("Handwerkskammer Schwerin", &["Handwerkskammer"]),
            Orgs(&[
                "Handwerkskammer Schwerin",
                "Bildungs- und Technologiezentrum",
                "Handwerkskammer Ostmecklenburg-Vorpommern",
            ]),
        ],
    },
    Case {
        name: "a_bare_chamber_between_two_chambers_of_others_stays_alone",
        text: "Die IHK Pfalz und die IHK Trier melden mehr Lehrlinge. Die IHK sieht das positiv.",
        expect: &[Orgs(&["IHK Pfalz", "IHK Trier", "IHK"])],
    },
];

#[test]
fn organisations_join_long_forms_and_acronyms() {
    check(ORG_ALIASES);
}

// ---------------------------------------------------------------------------
// Not organisations
// ---------------------------------------------------------------------------

const NOT_ORGS: &[Case] = &[
    Case {
        name: "not_org_acronym_inside_a_word",
        text: "Das Kennzeichen BMIxyz wurde nur für den Testbetrieb vergeben.",
        expect: &[NoOrg("BMIxyz"), Orgs(&[])],
    },
    Case {
        name: "not_org_acronym_inside_a_law_abbreviation",
        text: "Nach § 8 BSIG muss das Amt Mindeststandards für die Bundesverwaltung festlegen.",
        expect: &[NoOrg("BSIG"), Orgs(&[])],
    },
    Case {
        name: "not_org_acronym_at_the_start_of_a_compound_part",
        text: "Die EUDI-Wallet soll ab 2026 bundesweit verfügbar sein.",
        expect: &[NoOrg("EUDI-Wallet"), Orgs(&[])],
    },
    Case {
        name: "not_org_bare_place_names",
        text: "Bayern und Berlin wollen bei der Registermodernisierung enger zusammenarbeiten, Nordrhein-Westfalen prüft eine Beteiligung.",
        expect: &[
            NoOrg("Bayern"),
            NoOrg("Berlin"),
            NoOrg("Nordrhein-Westfalen"),
            Orgs(&[]),
        ],
    },
    Case {
        name: "not_org_dateline_place",
        text: "Berlin, 18. Dezember 2023 – Das BMI stellt die neue Cloud-Strategie vor.",
        expect: &[NoOrg("Berlin"), Org("BMI", Ministry), Orgs(&["BMI"])],
    },
    Case {
        name: "not_org_acronyms_of_laws_and_things",
        text: "Das Onlinezugangsgesetz (OZG) verpflichtet die Verwaltung, ihre Leistungen digital anzubieten; Open Source Software (OSS) und Künstliche Intelligenz (KI) sollen dabei helfen.",
        expect: &[NoOrg("OZG"), NoOrg("OSS"), NoOrg("KI"), Orgs(&[])],
    },
    Case {
        name: "not_org_head_nouns_without_a_name",
        text: "Die Stadt will gemeinsam mit dem Landkreis und mehreren Gemeinden ein Bürgerportal aufbauen.",
        expect: &[Orgs(&[])],
    },
    Case {
        name: "field_acronym_before_a_role_names_no_body",
        text: "„Ein Check ersetzt keine IT-Sicherheitsbeauftragte“, so Wehrhahn. KI-Beauftragter Hans Meier sagte das. BSI-Präsidentin Claudia Plattner auch.",
        expect: &[
            Orgs(&["BSI"]),
            Person("Claudia Plattner", &[("Präsidentin", "BSI")]),
        ],
    },
];

#[test]
fn not_organisations() {
    check(NOT_ORGS);
}

// ---------------------------------------------------------------------------
// People: names
// ---------------------------------------------------------------------------

const PEOPLE_NAMES: &[Case] = &[
    Case {
        name: "name_first_name_and_surname",
        text: "Lena Hoffmann leitet seit März das neue Digitalisierungsreferat.",
        expect: &[Person("Lena Hoffmann", &[]), People(&["Lena Hoffmann"])],
    },
    Case {
        name: "name_two_people_one_with_non_german_letters",
        text: "Zur Eröffnung sprachen Jonas Becker und Fatma Yılmaz über die Zukunft der Verwaltung.",
        expect: &[People(&["Jonas Becker", "Fatma Yılmaz"])],
    },
    Case {
        name: "name_surname_in_hring_is_no_street",
        text: "Der bayerische Digitalminister Dr. Fabian Mehring stellte das Programm am Kaiserring vor.",
        expect: &[People(&["Fabian Mehring"]), NoPerson("Kaiserring")],
    },
    Case {
        name: "name_hyphenated_surname",
        text: "Das Grußwort hielt Claudia Brandt-Wiesner, danach sprach Andreas Reckert-Lodde.",
        expect: &[
            People(&["Claudia Brandt-Wiesner", "Andreas Reckert-Lodde"]),
            Mentions("Andreas Reckert-Lodde", &["Andreas Reckert-Lodde"]),
        ],
    },
    Case {
        name: "name_hyphenated_first_names",
        text: "Hans-Jürgen Vollmer und Anna-Lena Schmitz stellten die Ergebnisse der Befragung vor.",
        expect: &[People(&["Hans-Jürgen Vollmer", "Anna-Lena Schmitz"])],
    },
    Case {
        name: "name_particle_von_der_and_later_surname",
        text: "Kommissionspräsidentin Ursula von der Leyen eröffnete den Digitalgipfel. Anschließend kündigte von der Leyen ein Investitionsprogramm an.",
        expect: &[
            Person("Ursula von der Leyen", &[("Kommissionspräsidentin", "")]),
            Mentions(
                "Ursula von der Leyen",
                &["Ursula von der Leyen", "von der Leyen"],
            ),
            People(&["Ursula von der Leyen"]),
        ],
    },
    Case {
        name: "name_particles_van_de_zu",
        text: "Auf dem Podium diskutierten Marieke van Dijk, Thomas de Vries und Leonie zu Sayn.",
        expect: &[People(&[
            "Marieke van Dijk",
            "Thomas de Vries",
            "Leonie zu Sayn",
        ])],
    },
    Case {
        name: "org_ministry_portfolio_word_ending_in_a_role_stem",
        text: "Von 1965 bis 1986 war er Referent im Bayerischen Staatsministerium für Unterricht und Kultus. Das Gericht und der Bericht kamen später.",
        expect: &[
            Org(
                "Bayerisches Staatsministerium für Unterricht und Kultus",
                Ministry,
            ),
            NoRole("Gericht"),
            NoRole("Bericht"),
        ],
    },
    Case {
        name: "role_office_without_body_takes_the_first_body_of_its_kind",
        text: "Die Stadt Hameln saniert ihre Schulen. Stadtkämmerin Petra Lutz und Dezernent Jonas Bähr stellten die Pläne vor. Die Weser Energie AG liefert den Strom, sagte Finanzvorstand Mirko Hahn. Das Polizeipräsidium Hannover warnt vor Betrügern, die Staatsanwaltschaft Hannover ermittelt. Polizeivizepräsidentin Dr. Ute Brand und Oberstaatsanwalt Kai Sommer baten um Hinweise.",
        expect: &[
            Person("Petra Lutz", &[("Stadtkämmerin", "Stadt Hameln")]),
            Person("Jonas Bähr", &[("Dezernent", "Stadt Hameln")]),
            Person("Mirko Hahn", &[("Finanzvorstand", "Weser Energie AG")]),
            Person(
                "Ute Brand",
                &[("Polizeivizepräsidentin", "Polizeipräsidium Hannover")],
            ),
            Person(
                "Kai Sommer",
                &[("Oberstaatsanwalt", "Staatsanwaltschaft Hannover")],
            ),
        ],
    },
    Case {
        name: "role_office_without_body_sender_not_subsidiary_and_title_prefix",
        text: "Die Nordlicht Energie AG wächst. Die Tochtergesellschaft Nordlicht Wärme GmbH baut ein Netz, sagte Vertriebsvorstand Ole Brandt. Der Landkreis Harburg zahlt, auch die Samtgemeinde Tostedt profitiert: Samtgemeindebürgermeisterin Jana Lühmann-Graf freut sich.",
        expect: &[
            Person(
                "Ole Brandt",
                &[("Vertriebsvorstand", "Nordlicht Energie AG")],
            ),
            Person(
                "Jana Lühmann-Graf",
                &[("Samtgemeindebürgermeisterin", "Samtgemeinde Tostedt")],
            ),
        ],
    },
    Case {
        name: "org_weak_land_adjective_made_strong_and_land_umbrella_bodies",
        text: "Das Hessische Ministerium für Kultus, Bildung und Chancen legte den Entwurf vor. Auch der Hessische Städtetag und der Niedersächsische Landkreistag lobten ihn.",
        expect: &[
            Named("Hessisches Ministerium für Kultus, Bildung und Chancen"),
            Org("Hessischer Städtetag", Association),
            Org("Niedersächsischer Landkreistag", Association),
        ],
    },
    Case {
        name: "org_place_heads_prosecutors_police_church_sport",
        text: "Die Generalstaatsanwaltschaft Bamberg und die Kriminalpolizeiinspektion Nürnberg ermitteln. Das Erzbistum Köln, der Landessportbund Hessen und die Regionaldirektion Sachsen der Bundesagentur für Arbeit helfen.",
        expect: &[
            Org("Generalstaatsanwaltschaft Bamberg", Authority),
            Org("Kriminalpolizeiinspektion Nürnberg", Authority),
            Org("Erzbistum Köln", Other),
            Org("Landessportbund Hessen", Association),
            Org("Regionaldirektion Sachsen", Authority),
        ],
    },
    Case {
        name: "org_party_group_in_parliament_and_policy_spokesperson",
        text: "Die SPD fordert mehr Lehrkräfte. Die SPD-Fraktion im Niedersächsischen Landtag legte einen Antrag vor. Der bildungspolitische Sprecher der CDU-Landtagsfraktion, Kai Merten, widersprach. Die Vorsitzende der SPD-Fraktion, Eva Krull, verteidigte den Antrag, Fraktionsvorsitzende Anja Lenz auch.",
        expect: &[
            Org("SPD-Fraktion im Niedersächsischen Landtag", Parliament),
            Org("CDU-Landtagsfraktion", Parliament),
            Person(
                "Kai Merten",
                &[("bildungspolitischer Sprecher", "CDU-Landtagsfraktion")],
            ),
            PartyOf("Eva Krull", "SPD"),
            Person(
                "Anja Lenz",
                &[(
                    "Fraktionsvorsitzende",
                    "SPD-Fraktion im Niedersächsischen Landtag",
                )],
            ),
        ],
    },
    Case {
        name: "org_acronym_with_the_region_of_a_branch",
        text: "Der Landesvorsitzende der GEW Hessen, Mehmet Yıldırım, kritisierte den Entwurf, die IHK Pfalz auch. Der DGB lobte ihn, die SPD Bayern schwieg.",
        expect: &[
            Org("GEW Hessen", Association),
            Org("IHK Pfalz", Association),
            Person("Mehmet Yıldırım", &[("Landesvorsitzender", "GEW Hessen")]),
            OrgMentions("DGB", &["DGB"]),
            OrgMentions("SPD", &["SPD"]),
        ],
    },
    Case {
        name: "contact_block_roles_on_their_own_lines_and_after_colons",
        text: "Die Stadt Celle saniert ihre Kitas.\n\nErstellt durch: Jonas Maurer, Pressesprecher\n\nRückfragen bitte an:\nStadt Celle\nPressestelle\n\nPressekontakt:\nSPD-Fraktion im Niedersächsischen Landtag\nPressereferentin: Ida Kaminski\n\nIhre Ansprechpartnerin:\nSabine Krautwurst\nPressesprecherin\nBundesagentur für Arbeit, Regionaldirektion Sachsen\n",
        expect: &[
            People(&["Jonas Maurer", "Ida Kaminski", "Sabine Krautwurst"]),
            Person("Jonas Maurer", &[("Pressesprecher", "Stadt Celle")]),
            Person(
                "Ida Kaminski",
                &[(
                    "Pressereferentin",
                    "SPD-Fraktion im Niedersächsischen Landtag",
                )],
            ),
            Person(
                "Sabine Krautwurst",
                &[("Pressesprecherin", "Bundesagentur für Arbeit")],
            ),
        ],
    },
    Case {
        name: "quote_definite_description_refers_to_a_compound_title",
        text: "Wissenschaftsministerin Elif Sarıkaya gratulierte, Institutsleiter Wolfgang Eisenreich dankte. „Das ist ein großer Tag“, sagte die Ministerin.",
        expect: &[Quote("„Das ist ein großer Tag“", Some("Elif Sarıkaya"))],
    },
    Case {
        name: "name_no_department_after_a_role",
        text: "Ansprechpartner: Thomas Weinzierl, Leiter Presse und Öffentlichkeitsarbeit. Die Leiterin Hochschulkommunikation verschickte die Einladung. Vorsitzender Müller und Staatssekretär Meier kamen.",
        expect: &[
            People(&["Thomas Weinzierl", "Müller", "Meier"]),
            NoPerson("Presse"),
            NoPerson("Hochschulkommunikation"),
        ],
    },
    Case {
        name: "org_land_government_after_a_lowercase_land_adjective",
        text: "Die rheinland-pfälzische Landesregierung fördert das Netz. Ministerpräsidentin Katrin Oberholzer-Wendt stellte es vor, die bayerische Staatsregierung schweigt.",
        expect: &[
            Org("Landesregierung Rheinland-Pfalz", Government),
            OrgMentions(
                "Landesregierung Rheinland-Pfalz",
                &["rheinland-pfälzische Landesregierung"],
            ),
            Org("Bayerische Staatsregierung", Government),
            Person(
                "Katrin Oberholzer-Wendt",
                &[("Ministerpräsidentin", "Landesregierung Rheinland-Pfalz")],
            ),
        ],
    },
    Case {
        name: "role_office_defaults_prosecutor_institute_and_party_group_genitive",
        text: "Die Universität Trier und das Fraunhofer-Institut für Bauphysik arbeiten zusammen, sagte Institutsleiter Wolfgang Eisenreich. Die Staatsanwaltschaft Trier ermittelt, Oberstaatsanwältin Miriam Castellano bestätigte das. Die SPD-Fraktion stimmte zu, der Fraktionssprecher der Grünen, Benedikt van der Linden, nicht.",
        expect: &[
            Person(
                "Wolfgang Eisenreich",
                &[("Institutsleiter", "Fraunhofer-Institut für Bauphysik")],
            ),
            Person(
                "Miriam Castellano",
                &[("Oberstaatsanwältin", "Staatsanwaltschaft Trier")],
            ),
            Person("Benedikt van der Linden", &[("Fraktionssprecher", "")]),
        ],
    },
    Case {
        name: "org_legal_form_name_without_its_describing_noun_and_chamber_places",
        text: "Die Wärme liefert die Tochtergesellschaft Rheintal Wärme GmbH. Die Industrie- und Handelskammer Chemnitz und die Industrie- und Handelskammer zu Köln begrüßen das.",
        expect: &[
            Org("Rheintal Wärme GmbH", Company),
            OrgMentions("Rheintal Wärme GmbH", &["Rheintal Wärme GmbH"]),
            Org("Industrie- und Handelskammer Chemnitz", Association),
            Org("Industrie- und Handelskammer zu Köln", Association),
        ],
    },
    Case {
        name: "role_possessive_points_back_to_a_body_named_by_a_noun_of_its_name",
        text: "Die Klinikum Fichtelgebirge gGmbH betreibt zwei Häuser. Der Landkreis Wunsiedel zahlt den Umbau. Auch das Klinikum erhofft sich Entlastung. Dessen Geschäftsführer, Dr. Lars Ohnesorge, verwies auf die Notaufnahme.",
        expect: &[Person(
            "Lars Ohnesorge",
            &[("Geschäftsführer", "Klinikum Fichtelgebirge gGmbH")],
        )],
    },
    Case {
        name: "role_possessive_points_back_to_the_last_organisation",
        text: "Wissenschaftlich begleitet wird das Programm vom Thünen-Institut für Agrarklimaschutz in Braunschweig. Dessen Leiter, Prof. Dr. Bogdan Kowalczyk, lobte das. Auch die Gewerkschaft Erziehung und Wissenschaft (GEW) meldete sich. Ihr Landesvorsitzender Yannick Behrendt warnte.",
        expect: &[
            Named("Thünen-Institut für Agrarklimaschutz"),
            Person(
                "Bogdan Kowalczyk",
                &[("Leiter", "Thünen-Institut für Agrarklimaschutz")],
            ),
            Aliases("Gewerkschaft Erziehung und Wissenschaft", &["GEW"]),
            Person(
                "Yannick Behrendt",
                &[(
                    "Landesvorsitzender",
                    "Gewerkschaft Erziehung und Wissenschaft",
                )],
            ),
        ],
    },
    Case {
        name: "role_hospital_staff_and_hamburg_authorities",
        text: "Das Klinikum Lippe-Süd eröffnet eine Notaufnahme. Ärztlicher Direktor Prof. Dr. Vasileios Karagiannis und Chefärztin Dr. Natalia Sokolowska stellten sie vor. Die Behörde für Schule und Berufsbildung baut, Staatsrat Dr. Kai-Uwe Tamm freut sich.",
        expect: &[
            Person(
                "Vasileios Karagiannis",
                &[("Ärztlicher Direktor", "Klinikum Lippe-Süd")],
            ),
            Person(
                "Natalia Sokolowska",
                &[("Chefärztin", "Klinikum Lippe-Süd")],
            ),
            Org("Behörde für Schule und Berufsbildung", Ministry),
            Person(
                "Kai-Uwe Tamm",
                &[("Staatsrat", "Behörde für Schule und Berufsbildung")],
            ),
        ],
    },
    Case {
        name: "role_organisation_in_the_rest_of_the_phrase_before_the_comma",
        text: "Das Land fördert das Projekt, sagte die Staatssekretärin für Digitalisierung in der Staatskanzlei Schleswig-Holstein, Merle Hansen-Tadesse.",
        expect: &[Person(
            "Merle Hansen-Tadesse",
            &[(
                "Staatssekretärin für Digitalisierung",
                "Staatskanzlei Schleswig-Holstein",
            )],
        )],
    },
    Case {
        name: "party_short_names_and_austrian_parties_in_brackets",
        text: "Maren Tjaden (Grüne) forderte mehr, Max Huber (ÖVP) und Anna Ruf (Linke) widersprachen. Grüne Energie bleibt teuer.",
        expect: &[
            PartyOf("Maren Tjaden", "Grüne"),
            PartyOf("Max Huber", "ÖVP"),
            PartyOf("Anna Ruf", "Linke"),
            OrgMentions("Grüne", &["Grüne"]),
        ],
    },
    Case {
        name: "org_place_is_no_person_after_a_court",
        text: "Die Kammer verhandelte unter Vorsitz von Richterin am Landgericht Svenja Okonkwo-Bauer.",
        expect: &[NoOrg("Landgericht Svenja")],
    },
    Case {
        name: "name_first_name_and_withheld_surname_initial",
        text: "Nach Angaben der Polizei wurde Ali Y. leicht verletzt, sein Begleiter Nico G. blieb unverletzt. Der Zeuge Peter K. Meier rief den Notruf.",
        expect: &[People(&["Ali Y.", "Nico G.", "Peter K. Meier"])],
    },
    Case {
        name: "name_arabic_article_surname_and_two_letter_role_prefix",
        text: "Ölminister Ali al-Nuaimi kündigte höhere Fördermengen an, Außenminister Mohammed el-Baradei widersprach.",
        expect: &[
            Person("Ali al-Nuaimi", &[("Ölminister", "")]),
            Person("Mohammed el-Baradei", &[("Außenminister", "")]),
        ],
    },
    Case {
        name: "name_particle_von_with_doctor_title",
        text: "Die Laudatio hielt Dr. Cornelia von Bülow, Präsidentin der Hochschule Harz.",
        expect: &[
            Person("Cornelia von Bülow", &[("Präsidentin", "Hochschule Harz")]),
            Mentions("Cornelia von Bülow", &["Dr. Cornelia von Bülow"]),
        ],
    },
    Case {
        name: "name_titles_prof_dr_kept_in_mention",
        text: "Prof. Dr. Ina Schieferdecker stellte die Studie zur digitalen Souveränität vor.",
        expect: &[
            Person("Ina Schieferdecker", &[]),
            Mentions("Ina Schieferdecker", &["Prof. Dr. Ina Schieferdecker"]),
        ],
    },
    Case {
        name: "name_title_dr_ing_and_later_titled_surname",
        text: "Die Anlage wurde von Dr.-Ing. Katrin Weber geplant. Dr. Weber leitet das Team seit 2019.",
        expect: &[
            People(&["Katrin Weber"]),
            Mentions("Katrin Weber", &["Dr.-Ing. Katrin Weber", "Dr. Weber"]),
        ],
    },
    Case {
        name: "org_compound_chamber_branch_and_library_before_a_place",
        text: "Die Kreisbereitschaftsleiterin des DRK-Kreisverbandes Steinfurt, Olena Kravchenko-Brüning, zeigte sich zufrieden. Unterstützung kommt von der Arbeitnehmerkammer Bremen. Deren Referentin für Sozialpolitik, Thu Trang Hoàng, schlug vor, die Beratung zu verzahnen. Auch die Leiterin der Stadtbücherei Dreieich, Hoa Vũ-Lindner, freut sich.",
        expect: &[
            Person(
                "Olena Kravchenko-Brüning",
                &[("Kreisbereitschaftsleiterin", "DRK-Kreisverband Steinfurt")],
            ),
            Person(
                "Thu Trang Hoàng",
                &[("Referentin für Sozialpolitik", "Arbeitnehmerkammer Bremen")],
            ),
            Person("Hoa Vũ-Lindner", &[("Leiterin", "Stadtbücherei Dreieich")]),
        ],
    },
    Case {
        name: "org_district_government_and_austrian_units_before_a_place",
        text: "Der Kreis will mit der Bezirksregierung Münster sprechen. Auch das Regierungspräsidium Darmstadt ist beteiligt. In Österreich prüfen die Bezirkshauptmannschaft Zell am See und die Stadtgemeinde Mittersill den Plan.",
        expect: &[
            Org("Bezirksregierung Münster", Authority),
            Org("Regierungspräsidium Darmstadt", Authority),
            Org("Bezirkshauptmannschaft Zell am See", Authority),
            Org("Stadtgemeinde Mittersill", Municipality),
        ],
    },
    Case {
        name: "org_genitive_head_and_legal_form_variants_are_one_organisation",
        text: "Die Pressemitteilung des Kreises Steinfurt erschien am Montag. Der Kreis Steinfurt übt. Das Klinikum Lippe-Süd hat gebaut. Die Klinikum Lippe-Süd gGmbH trägt die Kosten, sagte die Geschäftsführerin des Klinikums, Dr. Birgit Hollmann-Aziz.",
        expect: &[
            Orgs(&["Kreis Steinfurt", "Klinikum Lippe-Süd gGmbH"]),
            Aliases("Klinikum Lippe-Süd gGmbH", &["Klinikum Lippe-Süd"]),
            Person(
                "Birgit Hollmann-Aziz",
                &[("Geschäftsführerin", "Klinikum Lippe-Süd gGmbH")],
            ),
        ],
    },
    Case {
        name: "org_eponym_compound_and_university_hospital",
        text: "Eines der ersten Partnerhäuser ist das Robert-Koch-Krankenhaus in Apolda. Dessen Chefärztin für Innere Medizin, Dr. Aigerim Sultanova, hat das System erprobt. Der Medizinische Vorstand des Universitätsklinikums Jena (UKJ), Prof. Dr. Dr. Emanuel Kovačević, sprach. Drei Fragen an PD Dr. Friedemann Schultheiß-Ngata, Oberarzt am UKJ.",
        expect: &[
            Org("Robert-Koch-Krankenhaus", Other),
            Aliases("Universitätsklinikum Jena", &["UKJ"]),
            Person(
                "Aigerim Sultanova",
                &[("Chefärztin für Innere Medizin", "Robert-Koch-Krankenhaus")],
            ),
            Person(
                "Emanuel Kovačević",
                &[("Medizinischer Vorstand", "Universitätsklinikum Jena")],
            ),
            Person(
                "Friedemann Schultheiß-Ngata",
                &[("Oberarzt", "Universitätsklinikum Jena")],
            ),
            Mentions(
                "Friedemann Schultheiß-Ngata",
                &["PD Dr. Friedemann Schultheiß-Ngata"],
            ),
        ],
    },
    Case {
        name: "role_org_after_an_acronym_in_brackets_and_as_a_compound",
        text: "Dann begrüßte die Präsidentin der Industrie- und Handelskammer zu Berlin (IHK Berlin), Dr. Clara Montesinos-Brandt, die Pläne. Der Ausschuss für Verkehr tagte. Die Vorsitzende des Verkehrsausschusses, Dr. Beate Kohlhaas-Mendoza (CDU), nannte das Ticket gut.",
        expect: &[
            Person(
                "Clara Montesinos-Brandt",
                &[("Präsidentin", "Industrie- und Handelskammer zu Berlin")],
            ),
            Person(
                "Beate Kohlhaas-Mendoza",
                &[("Vorsitzende", "Ausschuss für Verkehr")],
            ),
        ],
    },
    Case {
        name: "role_org_after_the_name_at_the_end_or_framing_the_sentence",
        text: "Das Umweltbundesamt (UBA) legt den Atlas vor. „Wir finden viel“, erklärte Dr. Jan-Hendrik Oyelaran, Leiter des Fachgebiets Grundwasserschutz im UBA. Der Verkehrsökonom Prof. Dr. Kai-Uwe Strømsnes von der Technischen Universität Dresden plädierte dafür. Für den Verband Deutscher Verkehrsunternehmen (VDV) rechnete Dr. Ingo Wallerius, Bereichsleiter Tarif und Vertrieb, vor, dass es teuer wird.",
        expect: &[
            Person("Jan-Hendrik Oyelaran", &[("Leiter", "Umweltbundesamt")]),
            Person(
                "Kai-Uwe Strømsnes",
                &[("Verkehrsökonom", "Technische Universität Dresden")],
            ),
            Person(
                "Ingo Wallerius",
                &[("Bereichsleiter", "Verband Deutscher Verkehrsunternehmen")],
            ),
        ],
    },
    Case {
        name: "role_listed_phrase_of_an_adjectival_noun_takes_the_holders_gender",
        text: "Die Vorsitzende der Geschäftsführung, Anna Meier, sprach. Der Vorsitzende der Geschäftsführung, Emil Kurz, sprach. „Gut“, sagte Jörn-Ole Behrendsen, Mitglied des Vorstandes der Sparkasse Köln.",
        expect: &[
            Person("Anna Meier", &[("Vorsitzende der Geschäftsführung", "")]),
            Person("Emil Kurz", &[("Vorsitzender der Geschäftsführung", "")]),
            Person(
                "Jörn-Ole Behrendsen",
                &[("Mitglied des Vorstands", "Sparkasse Köln")],
            ),
        ],
    },
    Case {
        name: "role_default_body_by_title_stem_and_genitive_place",
        text: "Die Kriminalpolizeiinspektion Rostock ermittelt. Das Polizeipräsidium Rostock warnt. Polizeipräsidentin Swetlana Meinhold dankte. Die Senatskanzlei Berlin lädt ein. Der Senat von Berlin und die Landesregierung Brandenburg tagten. „Gut“, sagte der Regierende Bürgermeister, Konstantin Wehrhahn. Brandenburgs Ministerpräsidentin Dr. Ilona Brackwede-Sadowski ergänzte. Vorbereitet wird es vom Chef der Staatskanzlei Brandenburg, Marek Jabłoński.",
        expect: &[
            Person(
                "Swetlana Meinhold",
                &[("Polizeipräsidentin", "Polizeipräsidium Rostock")],
            ),
            Person(
                "Konstantin Wehrhahn",
                &[("Regierender Bürgermeister", "Senat von Berlin")],
            ),
            Person(
                "Ilona Brackwede-Sadowski",
                &[("Ministerpräsidentin", "Landesregierung Brandenburg")],
            ),
            Person("Marek Jabłoński", &[("Chef der Staatskanzlei", "")]),
            NoPerson("Brandenburg"),
        ],
    },
    Case {
        name: "role_said_of_a_person_after_als_or_in_a_relative_clause",
        text: "Mit einem Festakt ist Dr. Annegret Vogelsang-Hübner in ihr Amt als Präsidentin des Oberlandesgerichts Celle eingeführt worden. Sie folgt auf Prof. Dr. Wolfram Eichenlaub, der seit 2017 Präsident des Oberlandesgerichts war. Der Präsident des Gerichts, Kurt Berg, sprach.",
        expect: &[
            Person(
                "Annegret Vogelsang-Hübner",
                &[("Präsidentin", "Oberlandesgericht Celle")],
            ),
            Person(
                "Wolfram Eichenlaub",
                &[("Präsident", "Oberlandesgericht Celle")],
            ),
            Person("Kurt Berg", &[("Präsident", "Oberlandesgericht Celle")]),
        ],
    },
    Case {
        name: "org_committee_ends_before_its_parliament",
        text: "Die Vorsitzende des Ausschusses für Arbeit, Gesundheit und Soziales im Landtag Nordrhein-Westfalen, Svenja Kleinert (SPD), sprach. Die Ergebnisse werden dem Ausschuss für Bevölkerungsschutz und Ordnung des Kreistages vorgestellt. Der Ausschuss für Wirtschaft und Energie des Deutschen Bundestages berät. Der SPD-Bundestagsabgeordnete Ferhat Kılınç, Mitglied im Ausschuss für Wirtschaft und Energie, kündigte an.",
        expect: &[
            Org("Ausschuss für Arbeit, Gesundheit und Soziales", Parliament),
            Org("Landtag Nordrhein-Westfalen", Parliament),
            Org("Ausschuss für Bevölkerungsschutz und Ordnung", Parliament),
            Person(
                "Svenja Kleinert",
                &[(
                    "Vorsitzende",
                    "Ausschuss für Arbeit, Gesundheit und Soziales",
                )],
            ),
            Person(
                "Ferhat Kılınç",
                &[("Bundestagsabgeordneter", "Deutscher Bundestag")],
            ),
        ],
    },
    Case {
        name: "role_body_over_a_board_portfolio_and_faculty",
        text: "„Gut“, sagte Dr. Johanna Feddersen-Çelik, Vorsitzende des Vorstands von Dataport. Der Vorsitzende des Aufsichtsrates der Stadtwerke Köln GmbH, Emil Kurz, sprach. Das Bezirksamt Neukölln lädt ein. Der Bezirksstadtrat für Jugend und Gesundheit, Piotr Zieliński (CDU), kündigte an. Wissenschaftlich begleitet wird der Pilot von der Fachhochschule Kiel. Prof. Dr. Nikolaos Vlachos, Dekan des Fachbereichs Informatik und Elektrotechnik, untersucht das.",
        expect: &[
            Person("Johanna Feddersen-Çelik", &[("Vorsitzende", "Dataport")]),
            Person("Emil Kurz", &[("Vorsitzender", "Stadtwerke Köln GmbH")]),
            Person(
                "Piotr Zieliński",
                &[(
                    "Bezirksstadtrat für Jugend und Gesundheit",
                    "Bezirksamt Neukölln",
                )],
            ),
            Person("Nikolaos Vlachos", &[("Dekan", "Fachhochschule Kiel")]),
        ],
    },
    Case {
        name: "org_land_adjective_before_a_compound_head_and_party_groups",
        text: "Sie leitete die Abteilung im Niedersächsischen Justizministerium. Für den Niedersächsischen Richterbund gratulierte dessen Vorsitzender Tomasz Wierzbicki-Lange. Die Fraktion Bündnis 90/Die Grünen hatte einen Antrag eingebracht. Deren Fraktionsvorsitzender Jannis Papadopoulos forderte mehr. Die Fraktion der Freien Wähler stimmte dagegen.",
        expect: &[
            Org("Niedersächsisches Justizministerium", Ministry),
            Person(
                "Tomasz Wierzbicki-Lange",
                &[("Vorsitzender", "Niedersächsischer Richterbund")],
            ),
            Person(
                "Jannis Papadopoulos",
                &[("Fraktionsvorsitzender", "Fraktion Bündnis 90/Die Grünen")],
            ),
            Org("Fraktion der Freien Wähler", Parliament),
        ],
    },
    Case {
        name: "role_judge_rank_with_the_courts_level",
        text: "Das Landgericht Köln urteilte. „Gut“, erklärte die Pressesprecherin des Landgerichts, Richterin am Landgericht Svenja Okonkwo-Bauer. Für den Niedersächsischen Richterbund gratulierte dessen Vorsitzender, Vorsitzender Richter am Landgericht Tomasz Wierzbicki-Lange.",
        expect: &[
            Person(
                "Svenja Okonkwo-Bauer",
                &[
                    ("Pressesprecherin", "Landgericht Köln"),
                    ("Richterin am Landgericht", "Landgericht Köln"),
                ],
            ),
            Person(
                "Tomasz Wierzbicki-Lange",
                &[
                    ("Vorsitzender", "Niedersächsischer Richterbund"),
                    ("Vorsitzender Richter am Landgericht", "Landgericht Köln"),
                ],
            ),
        ],
    },
    Case {
        name: "org_savings_bank_branch_and_transport_union_before_a_place",
        text: "Eine Mitarbeiterin der OstseeSparkasse Rostock half. Die Vorsitzende des DGB-Bezirks Berlin-Brandenburg, Nadja Kowalczyk, forderte mehr. Der Verkehrsverbund Berlin-Brandenburg (VBB) plant. Das Landvolk Niedersachsen warnte vor Folgen.",
        expect: &[
            Org("OstseeSparkasse Rostock", Company),
            Person(
                "Nadja Kowalczyk",
                &[("Vorsitzende", "DGB-Bezirk Berlin-Brandenburg")],
            ),
            Aliases("Verkehrsverbund Berlin-Brandenburg", &["VBB"]),
            NoPerson("Landvolk Niedersachsen"),
        ],
    },
    Case {
        name: "role_two_roles_joined_after_a_name_share_holder_and_body",
        text: "Das Universitätsklinikum Jena (UKJ) startet. Das Robert-Koch-Krankenhaus in Apolda macht mit.\nDrei Fragen an PD Dr. Friedemann Schultheiß-Ngata, Oberarzt und Leiter des Tele-Intensivzentrums am UKJ\nWie läuft es? Anna Beck, Staatssekretärin und Amtschefin im Ministerium für Finanzen, sprach.",
        expect: &[
            Person(
                "Friedemann Schultheiß-Ngata",
                &[
                    ("Oberarzt", "Universitätsklinikum Jena"),
                    ("Leiter", "Universitätsklinikum Jena"),
                ],
            ),
            Person(
                "Anna Beck",
                &[
                    ("Staatssekretärin", "Ministerium für Finanzen"),
                    ("Amtschefin", "Ministerium für Finanzen"),
                ],
            ),
        ],
    },
    Case {
        name: "org_contact_block_role_line_is_no_part_of_the_body_below",
        text: "Pressekontakt\nTobias Wenzel-Marquardt\nStellvertretender Pressesprecher\nBundesministerium für Umwelt, Klimaschutz, Naturschutz und nukleare Sicherheit\nStresemannstraße 128-130, 10117 Berlin\n",
        expect: &[
            Orgs(&[
                "Bundesministerium für Umwelt, Klimaschutz, Naturschutz und nukleare Sicherheit",
            ]),
            Person(
                "Tobias Wenzel-Marquardt",
                &[(
                    "Stellvertretender Pressesprecher",
                    "Bundesministerium für Umwelt, Klimaschutz, Naturschutz und nukleare Sicherheit",
                )],
            ),
        ],
    },
    Case {
        name: "role_default_body_named_in_the_sentence_before",
        text: "Der Bezirk arbeitet mit der Senatsverwaltung für Stadtentwicklung, Bauen und Wohnen zusammen. Unterstützung kommt vom Land. Die Senatsverwaltung für Wissenschaft, Gesundheit und Pflege fördert das Projekt mit 180.000 Euro. Staatssekretärin Dr. Samira Ben Salah lobte das Modell.",
        expect: &[Person(
            "Samira Ben Salah",
            &[(
                "Staatssekretärin",
                "Senatsverwaltung für Wissenschaft, Gesundheit und Pflege",
            )],
        )],
    },
    Case {
        name: "name_stays_on_its_line_in_a_contact_block",
        text: "Ansprechpartner für die Presse:\nSteffen Lorenz-Yilmaz\nPressesprecher\nMinisterium für Infrastruktur und Landesplanung des Landes Brandenburg\n\nPressekontakt:\nHakan Yıldız\nPressesprecher ver.di NRW\nKarlstraße 123, 40210 Düsseldorf\n",
        expect: &[
            Person(
                "Steffen Lorenz-Yilmaz",
                &[(
                    "Pressesprecher",
                    "Ministerium für Infrastruktur und Landesplanung des Landes Brandenburg",
                )],
            ),
            Person("Hakan Yıldız", &[("Pressesprecher", "ver.di")]),
        ],
    },
    Case {
        name: "org_representation_heads_a_specification_of_its_own",
        text: "Die Vertretung der Europäischen Kommission in Deutschland lädt ein. Die Vertretung des Landes Hessen beim Bund feiert.",
        expect: &[Orgs(&[
            "Vertretung der Europäischen Kommission in Deutschland",
            "Vertretung des Landes Hessen",
        ])],
    },
    Case {
        name: "org_name_ending_in_its_acronym_meets_its_short_forms",
        text: "Das Fraunhofer-Institut für Windenergiesysteme IWES hat einen Prüfstand. Am IWES arbeiten viele. Das Fraunhofer IWES sichert das. Der DGB NRW und ver.di NRW streiken.",
        expect: &[Aliases(
            "Fraunhofer-Institut für Windenergiesysteme IWES",
            &["IWES", "Fraunhofer IWES"],
        )],
    },
    Case {
        name: "org_court_chamber_is_part_of_its_court",
        text: "Die Große Strafkammer des Landgerichts Köln hat entschieden. „Das Urteil ist noch nicht rechtskräftig“, erklärte die Pressesprecherin des Landgerichts, Richterin am Landgericht Svenja Okonkwo-Bauer.",
        expect: &[Orgs(&["Landgericht Köln"]), NoOrg("Große Strafkammer")],
    },
    Case {
        name: "names_title_of_nobility_inside_the_name",
        text: "Dazu sprachen Alexander Graf Lambsdorff und Karl-Theodor Freiherr zu Guttenberg. Franz Freiherr Gedult von Jungenfeld starb 1840. Alexander Graf sagte, es gehe voran. Michael Graf von den Stadtwerken widersprach.",
        expect: &[People(&[
            "Alexander Graf Lambsdorff",
            "Karl-Theodor Freiherr zu Guttenberg",
            "Franz Freiherr Gedult von Jungenfeld",
            "Alexander Graf",
            "Michael Graf",
        ])],
    },
    Case {
        name: "names_ruler_with_ordinal",
        text: "Zum Staatsbankett hatte König Charles III. geladen. Schon 1966 besuchte Elisabeth II. das Land.",
        expect: &[People(&["Charles III.", "Elisabeth II."])],
    },
    Case {
        name: "names_second_surname_after_de_la",
        text: "Es sangen Pedro Silves de la Matrona und Luisa Ortega y Gasset.",
        expect: &[People(&[
            "Pedro Silves de la Matrona",
            "Luisa Ortega y Gasset",
        ])],
    },
];

#[test]
fn people_names() {
    check(PEOPLE_NAMES);
}

// ---------------------------------------------------------------------------
// People: found by their context
// ---------------------------------------------------------------------------

const PEOPLE_CONTEXT: &[Case] = &[
    Case {
        name: "context_superlative_oberster_is_no_rank",
        text: "Bayerischer Oberster Rechnungshof\n\nDer Bayerische Oberste Rechnungshof (ORH) hat seinen Jahresbericht veröffentlicht.",
        expect: &[
            People(&[]),
            NoRole("Oberst"),
            Aliases("Bayerischer Oberster Rechnungshof", &["ORH"]),
        ],
    },
    Case {
        name: "context_surname_before_a_past_speech_verb",
        text: "Okonkwo kritisierte am Montag die Pläne des Senats. Wendtland-Ruge widersprach, die Fraktion sei informiert gewesen. Kritik äußerte der Verband.",
        expect: &[People(&["Okonkwo", "Wendtland-Ruge"])],
    },
    Case {
        name: "context_known_surname_alone",
        text: "Das war es Merkel aber nicht wert. Gestern hat Schröder die Vorwürfe zurückgewiesen. Diese von Reinhart Meyer formulierte These ist alt.",
        expect: &[People(&["Merkel", "Schröder", "Reinhart Meyer"])],
    },
    Case {
        name: "context_known_surname_in_the_genitive",
        text: "Pofalla gehört seit Jahren zu den engsten Vertrauten Merkels. Schröders Kabinett tagte. Er ist über Zabels Entscheidung froh.",
        expect: &[
            People(&["Pofalla", "Merkel", "Schröder", "Zabel"]),
            Mentions("Merkel", &["Merkels"]),
        ],
    },
    Case {
        name: "context_known_surname_groups_with_its_genitive",
        text: "Merkel hat den Plan vorgestellt. Merkels Sprecher bestätigte das.",
        expect: &[
            People(&["Merkel"]),
            Mentions("Merkel", &["Merkel", "Merkels"]),
        ],
    },
    Case {
        name: "context_known_surname_not_after_article_or_in_a_longer_name",
        text: "Die Villa Merkel zeigt Bilder, die Leibniz Universität Hannover forscht, und die Kanzlei Schröder & Partner berät.",
        expect: &[
            NoPerson("Merkel"),
            NoPerson("Leibniz"),
            NoPerson("Schröder"),
        ],
    },
    Case {
        name: "context_known_surname_that_is_a_place_after_in_or_nach",
        text: "Die Kreisverwaltung in Lauterbach nutzt das Verfahren; bisher fährt nach Kappel kein Bus. „Kappel zeigt, wie es geht“, sagte der Landrat.",
        expect: &[NoPerson("Lauterbach"), NoPerson("Kappel")],
    },
    Case {
        name: "context_unknown_first_name_before_known_surname",
        text: "Meine Unterstützung hat Volkbert Schröder, und ich wünsche ihm Erfolg.",
        expect: &[People(&["Volkbert Schröder"])],
    },
    Case {
        name: "context_known_surname_after_verb_or_relative_pronoun",
        text: "Nach seinem Amtsantritt verfolgte Schröder andere Ziele. Es ist der Schub, den Merkel erreichen will.",
        expect: &[People(&["Schröder", "Merkel"])],
    },
    Case {
        name: "context_lone_first_name",
        text: "Nach der Schule gingen Laura und ihr Bruder in die Bibliothek.",
        expect: &[People(&["Laura"])],
    },
    Case {
        name: "context_lone_first_name_not_end_of_a_name",
        text: "Über dem Atlantik ist Hurrikan Alex aufgezogen; Züge fahren von Basel nach St. Georgen.",
        expect: &[People(&[]), NoPerson("Alex"), NoPerson("Georgen")],
    },
    Case {
        name: "context_role_before_unknown_first_name_female",
        text: "Landrätin Hiltrud Obermüller eröffnete den neuen Bürgerservice.",
        expect: &[
            Person("Hiltrud Obermüller", &[("Landrätin", "")]),
            People(&["Hiltrud Obermüller"]),
        ],
    },
    Case {
        name: "context_role_before_unknown_first_name_male",
        text: "Oberbürgermeister Okko Harms hat den Haushaltsentwurf in den Rat eingebracht.",
        expect: &[
            Person("Okko Harms", &[("Oberbürgermeister", "")]),
            People(&["Okko Harms"]),
        ],
    },
    Case {
        name: "context_surname_that_is_a_role_word",
        text: "Staatssekretär Dr. Markus Richter hat die Strategie für den Deutschland-Stack vorgestellt.",
        expect: &[
            Person("Markus Richter", &[("Staatssekretär", "")]),
            Mentions("Markus Richter", &["Dr. Markus Richter"]),
            NoRole("Richter"),
        ],
    },
    Case {
        name: "context_surname_only_after_role",
        text: "Bundeskanzler Merz sprach sich für eine schnellere Digitalisierung der Verwaltung aus.",
        expect: &[Person("Merz", &[("Bundeskanzler", "")]), People(&["Merz"])],
    },
    Case {
        name: "context_surname_first_full_name_later",
        text: "Oberbürgermeisterin Reker verwies auf die hohe Nachfrage. Henriette Reker ist seit 2015 im Amt.",
        expect: &[
            People(&["Henriette Reker"]),
            Person("Henriette Reker", &[("Oberbürgermeisterin", "")]),
            Mentions("Henriette Reker", &["Reker", "Henriette Reker"]),
        ],
    },
    Case {
        name: "context_speech_verb_so_unknown_first_name",
        text: "„Die Nachfrage übertrifft schon jetzt alle unsere Erwartungen“, so Folkert Hinrichs.",
        expect: &[
            Person("Folkert Hinrichs", &[]),
            Quote(
                "„Die Nachfrage übertrifft schon jetzt alle unsere Erwartungen“",
                Some("Folkert Hinrichs"),
            ),
        ],
    },
    Case {
        name: "context_speech_verb_betonte_in_reported_speech",
        text: "Die Digitalisierung dürfe niemanden zurücklassen, betonte Gunhild Ahlers am Rande der Veranstaltung.",
        expect: &[Person("Gunhild Ahlers", &[]), People(&["Gunhild Ahlers"])],
    },
    Case {
        name: "context_speech_verb_erklaerte_after_name",
        text: "Reinhild Kamp erklärte, die Umstellung auf die E-Akte sei abgeschlossen.",
        expect: &[Person("Reinhild Kamp", &[]), People(&["Reinhild Kamp"])],
    },
    Case {
        name: "context_photo_credit",
        text: "Die neue Ausstellung im Stadtmuseum.\nFoto: Lena Krüger",
        expect: &[Person("Lena Krüger", &[]), People(&["Lena Krüger"])],
    },
    Case {
        name: "context_photo_credit_unknown_first_name_in_brackets",
        text: "Bürgermeister und Schulleitung bei der Übergabe der Tablets. (Foto: Thorwald Ehlers)",
        expect: &[People(&["Thorwald Ehlers"]), NoPerson("Schulleitung")],
    },
    Case {
        name: "context_photo_credit_with_organisation",
        text: "Foto: Stadt Augsburg/Ruth Plössel",
        expect: &[
            People(&["Ruth Plössel"]),
            Org("Stadt Augsburg", Municipality),
        ],
    },
    Case {
        name: "context_photo_credit_of_a_firm_or_agency",
        text: "Das neue Klärwerk geht in Betrieb. Foto: Emschergenossenschaft\nDer Pegel steigt. Quelle: Kaltenbrunner. Das Werk wächst. Foto: Stadtwerke Musterhausen",
        expect: &[People(&[])],
    },
    Case {
        name: "context_later_surname_resolves_to_full_name",
        text: "Staatssekretärin Ortrun Weißhaupt besuchte das neue Rechenzentrum. Weißhaupt zeigte sich beeindruckt von der Energieeffizienz.",
        expect: &[
            People(&["Ortrun Weißhaupt"]),
            Mentions("Ortrun Weißhaupt", &["Ortrun Weißhaupt", "Weißhaupt"]),
        ],
    },
    Case {
        name: "context_surname_after_a_noun_for_a_person",
        text: "Die Kritik sei bei seinem Vorgänger Steinmeier hingenommen worden. Auf ihren Sohn Tobias muss die Trainerin verzichten.",
        expect: &[People(&["Steinmeier", "Tobias"])],
    },
    Case {
        name: "context_foreign_name_after_a_trade",
        text: "Das Album entstand mit dem Dichter Wolf Wondratschek und dem CSU-Politiker Straubinger.",
        expect: &[People(&["Wolf Wondratschek", "Straubinger"])],
    },
    Case {
        name: "context_name_after_a_nationality",
        text: "Im Finale unterlag der Este Tammsaar dem Franzosen Lebrun. Die Feste der Kinder Paulsens sind beliebt.",
        expect: &[People(&["Tammsaar", "Lebrun"]), NoPerson("Paulsens")],
    },
    Case {
        name: "not_person_name_before_an_organisation_noun",
        text: "Die Heinrich Böll Stiftung lädt ein. Sie lernte an der Lindsey School und spielte in der Dave Matthews Band.",
        expect: &[
            People(&[]),
            Org("Heinrich Böll Stiftung", Association),
            Org("Lindsey School", Research),
            Named("Heinrich Böll Stiftung"),
        ],
    },
    Case {
        name: "not_person_saints_names_of_places_and_churches",
        text: "Die Reise führte nach San Remo. Die Kirche St. Johann Baptist und die Gemeinde Sankt Peter und Paul feiern. Gäste kamen aus St. Gallen und Peter Müller aus Bern.",
        expect: &[People(&["Peter Müller"])],
    },
    Case {
        name: "person_in_a_contact_block_before_an_organisation_line",
        text: "Kontakt:\nDr. Annegret Wolkenstein\nZentrum für Verwaltungsinformatik (ZfV)\nTel.: 0331 977-3120",
        expect: &[
            People(&["Annegret Wolkenstein"]),
            Org("Zentrum für Verwaltungsinformatik", Other),
        ],
    },
    Case {
        name: "context_no_name_after_a_noun_for_a_person",
        text: "Er gab seinem Sohn Unterstützung. Der Name seiner Mutters Name ist unbekannt.",
        expect: &[People(&[]), NoPerson("Unterstützung"), NoPerson("Name")],
    },
    Case {
        name: "context_initial_and_surname",
        text: "Das Lehrbuch schrieb er gemeinsam mit H. Dietz, das Verfahren ist z. B. Keramik.",
        expect: &[People(&["H. Dietz"]), NoPerson("Keramik")],
    },
    Case {
        name: "context_bare_surname_before_a_speech_verb",
        text: "Ramelow erklärte, die Wähler könnten sich darauf verlassen.",
        expect: &[People(&["Ramelow"])],
    },
    Case {
        name: "context_bare_surname_shaped_like_an_adjective_before_a_speech_verb",
        text: "Der Tag begann ruhig. Müller sagte, man dürfe nicht warten. Lange erklärte das Gegenteil. Letzterer sagte nichts.",
        expect: &[People(&["Müller", "Lange"]), NoPerson("Letzterer")],
    },
    Case {
        name: "context_name_in_apposition_after_a_role_and_its_organisation",
        text: "Die Präsidentin des Bundesamtes für Sicherheit in der Informationstechnik, Xylia Plattner, sagte das. Der Sprecher der FDP-Bundestagsfraktion, Burkhardt Müller-Sönksen, fordert die Abschaffung.",
        expect: &[
            People(&["Xylia Plattner", "Burkhardt Müller-Sönksen"]),
            Person(
                "Xylia Plattner",
                &[(
                    "Präsidentin",
                    "Bundesamt für Sicherheit in der Informationstechnik",
                )],
            ),
        ],
    },
    Case {
        name: "context_no_name_in_a_list_after_a_role",
        text: "Er arbeitete bei einem Steuerberater, Wirtschaftsprüfer, vereidigten Buchprüfer. Tonanlagen, nämlich Lautsprecher, Kopfhörer, Mikrofone. Der Leiter des Referats Umwelt, Verkehr, Bauen und Wohnen kommt. „Das ist so“, sagen Grüne und Linke. Linke warnt vor Kürzungen.",
        expect: &[People(&[])],
    },
    Case {
        name: "context_surname_with_its_particle_after_a_role_or_speech_verb",
        text: "Das sei wichtig, sagte von der Leyen. Es gehe voran, so van der Bellen. Bundesinnenminister de Maizière reiste ab.",
        expect: &[
            People(&["von der Leyen", "van der Bellen", "de Maizière"]),
            Person("de Maizière", &[("Bundesinnenminister", "")]),
        ],
    },
    Case {
        name: "context_no_surname_from_a_particle_before_a_place_or_body",
        text: "Präsidentin von Frankreich ist sie nicht. Das wurde so von der Regierung beschlossen, sagte von der Stadt aus niemand. Der Referent sagte von den Plänen nichts, die Ministerin erklärte von der Bühne herab, die Vorsitzende von der Tafel, die hilft, schwieg.",
        expect: &[People(&[])],
    },
    Case {
        name: "role_phrase_with_a_place_or_body_before_the_comma_and_the_person",
        text: "Der Bezirksstadtrat für Stadtentwicklung in Lichtenberg, Tobias Kranich, zog eine positive Bilanz. Der Staatssekretär im Niedersächsischen Ministerium für Inneres und Sport und CIO des Landes, Jan-Hendrik Osterkamp, kündigte es an.",
        expect: &[
            Person(
                "Tobias Kranich",
                &[("Bezirksstadtrat für Stadtentwicklung", "")],
            ),
            Person(
                "Jan-Hendrik Osterkamp",
                &[
                    (
                        "Staatssekretär",
                        "Niedersächsisches Ministerium für Inneres und Sport",
                    ),
                    ("CIO", ""),
                ],
            ),
        ],
    },
    Case {
        name: "org_swiss_departement_and_federal_digital_bodies",
        text: "Das Finanzdepartement des Kantons Zürich und das Departement für auswärtige Angelegenheiten stimmen zu. Der IT-Planungsrat und die Innenministerkonferenz (IMK) tagen.",
        expect: &[
            Org("Finanzdepartement des Kantons Zürich", OrgKind::Ministry),
            Org(
                "Departement für auswärtige Angelegenheiten",
                OrgKind::Ministry,
            ),
            Org("IT-Planungsrat", OrgKind::Other),
            Org("IMK", OrgKind::Other),
        ],
    },
    Case {
        name: "context_surname_after_a_weak_speech_verb_right_after_a_quote",
        text: "Der Tag begann. „Das ist gut“, fügte Müller hinzu. „Das reicht nicht“, kritisierte Lehmann am Montag. Die Stadt forderte Klarheit.",
        expect: &[
            People(&["Müller", "Lehmann"]),
            Quote("„Das ist gut“", Some("Müller")),
            Quote("„Das reicht nicht“", Some("Lehmann")),
            NoPerson("Klarheit"),
        ],
    },
    Case {
        name: "role_of_several_words_with_its_organisation_before_a_hyphen",
        text: "Das sagt Dr. Lena Hartwig, Mitglied der Bitkom-Geschäftsleitung und zuständig für den Bereich Public Sector.",
        expect: &[
            Person(
                "Lena Hartwig",
                &[("Mitglied der Geschäftsleitung", "Bitkom")],
            ),
            Org("Bitkom", OrgKind::Association),
        ],
    },
    Case {
        name: "role_whose_last_words_name_an_organisation_of_the_text",
        text: "Die Niedersächsische Staatskanzlei lädt ein. „Wir wollen das“, sagte die Chefin der Staatskanzlei, Dr. Annette Brockmann, nach der Sitzung.",
        expect: &[Person(
            "Annette Brockmann",
            &[("Chefin", "Niedersächsische Staatskanzlei")],
        )],
    },
    Case {
        name: "role_with_a_portfolio_belongs_to_the_ministry_whose_name_holds_it",
        text: "Senatsverwaltung für Stadtentwicklung, Bauen und Wohnen\n\nDas sagte Staatssekretärin für Bauen Dr. Judith Feldmann. Der Bezirksstadtrat für Stadtentwicklung, Tobias Kranich, stimmte zu.",
        expect: &[
            Person(
                "Judith Feldmann",
                &[(
                    "Staatssekretärin für Bauen",
                    "Senatsverwaltung für Stadtentwicklung, Bauen und Wohnen",
                )],
            ),
            Person(
                "Tobias Kranich",
                &[("Bezirksstadtrat für Stadtentwicklung", "")],
            ),
        ],
    },
    Case {
        name: "landrat_heads_the_district_whose_office_sends_the_release",
        text: "Landratsamt Ebersberg\n\n„Das ist gut“, sagte Landrätin Gabriele Hoferer. Der Landrat des Landkreises Erding, Thomas Amberger, stimmte zu. Der Landkreis Ebersberg investiert.",
        expect: &[
            Person("Gabriele Hoferer", &[("Landrätin", "Landkreis Ebersberg")]),
            Person("Thomas Amberger", &[("Landrat", "Landkreis Erding")]),
        ],
    },
    Case {
        name: "quote_of_one_sentence_and_quote_after_a_request",
        text: "„Das Tablet muss funktionieren“, sagte Landrätin Gabriele Hoferer. Die Verkabelung sei abgeschlossen. „Die Leitungen liegen.“ Der Leiter des Bürgeramts, Frank Overbeck, bittet darum, Termine abzusagen. „Jeder abgesagte Termin kann vergeben werden.“ Der Film „Das Boot“ läuft.",
        expect: &[
            Quote("„Die Leitungen liegen.“", Some("Gabriele Hoferer")),
            Quote(
                "„Jeder abgesagte Termin kann vergeben werden.“",
                Some("Frank Overbeck"),
            ),
            Quotes(3),
        ],
    },
    Case {
        name: "context_bare_surname_before_a_party",
        text: "Die Vorlage kam von Pofalla (CDU) und wurde beschlossen.",
        expect: &[People(&["Pofalla"]), PartyOf("Pofalla", "CDU")],
    },
    Case {
        name: "context_name_in_the_genitive_before_kin",
        text: "Er trat nach Buurmanns Ausscheiden an. Über Stanleys Geburtsdatum gibt es Streit, nicht über des Vaters Tod.",
        expect: &[
            People(&["Buurmann", "Stanley"]),
            Mentions("Stanley", &["Stanleys"]),
            NoPerson("Vaters"),
        ],
    },
    Case {
        name: "context_surname_after_a_speech_verb_before_lowercase",
        text: "„Das reicht nicht“, sagt Eymer der Zeitung. Die Kasse erklärt Freitage zu Feiertagen.",
        expect: &[People(&["Eymer"]), NoPerson("Freitage")],
    },
    Case {
        name: "name_particle_della_and_no_role_after_a_particle",
        text: "Bereits Giacomo della Porta hatte einen Plan. So erfährt Ida vom Bankdirektor das Passwort.",
        expect: &[People(&["Giacomo della Porta", "Ida"])],
    },
    Case {
        name: "name_particle_before_a_firm_is_no_part_of_the_name",
        text: "Geschäftsführer Olaf Kramm von Fanuc Deutschland ist zufrieden. Der Konkurrent Diebold schweigt.",
        expect: &[
            People(&["Olaf Kramm"]),
            NoPerson("Fanuc"),
            NoPerson("Diebold"),
        ],
    },
    Case {
        name: "context_surname_ending_like_a_street",
        text: "Das sagte Europaminister Uwe Döring im Gespräch. Die Stelle liegt am Kaiserring.",
        expect: &[People(&["Uwe Döring"]), NoPerson("Kaiserring")],
    },
    Case {
        name: "context_honorific_not_in_mention_title_without_period",
        text: "Sie zog mit Frau Anita Gibson nach Parma. Dort traf sie Dr Müller.",
        expect: &[
            People(&["Anita Gibson", "Müller"]),
            Mentions("Anita Gibson", &["Anita Gibson"]),
        ],
    },
    Case {
        name: "unknown_first_name_particle_and_role_apposition_after",
        text: "Eckehard von Wuthenau, Geschäftsführer der LTV, sieht das so. „Ein Pegel warnt uns“, so von Wuthenau. Der Leiter der Agentur, Wolf-Dieter von Rhaden, verwies darauf.",
        expect: &[
            Mentions(
                "Eckehard von Wuthenau",
                &["Eckehard von Wuthenau", "von Wuthenau"],
            ),
            Person("Wolf-Dieter von Rhaden", &[("Leiter", "")]),
            People(&["Eckehard von Wuthenau", "Wolf-Dieter von Rhaden"]),
        ],
    },
    Case {
        name: "department_word_between_role_and_full_name",
        text: "Für die BVG kündigte Vorständin Betrieb Svenja Odebrecht-Lind den Bau an. Das sagte Staatssekretär Zoltan Werner am Montag.",
        expect: &[People(&["Svenja Odebrecht-Lind", "Zoltan Werner"])],
    },
    Case {
        name: "unknown_first_name_before_an_apposition_with_article",
        text: "Horstmar Piandee, ein Oppositionssprecher, beklagt sich. Deutsche Bahn, die Sprecherin war nicht erreichbar.",
        expect: &[People(&["Horstmar Piandee"])],
    },
    Case {
        name: "no_name_from_an_abstract_noun_after_a_person_noun",
        text: "Das Werkzeug soll Kollegen Sucharbeit abnehmen.",
        expect: &[People(&[])],
    },
    Case {
        name: "surname_with_particles_meets_the_full_name",
        text: "Der Vorstand Wasser des DVGW, Dr. Lukas van der Meulen, bezifferte die Kosten. „Es kann nicht sein, dass wir zahlen“, sagte van der Meulen.",
        expect: &[
            Mentions(
                "Lukas van der Meulen",
                &["Dr. Lukas van der Meulen", "van der Meulen"],
            ),
            People(&["Lukas van der Meulen"]),
        ],
    },
];

#[test]
fn people_from_their_context() {
    check(PEOPLE_CONTEXT);
}

// ---------------------------------------------------------------------------
// Not people
// ---------------------------------------------------------------------------

const NOT_PEOPLE: &[Case] = &[
    Case {
        name: "review_counterexamples_of_the_field_language_and_preposition_rules",
        text: "Bei der Eröffnung sprachen Landrat Wirtgen, Anna Schmidt vom Heimatverein und Tom Weber. Die Schülerin Hanisch gewann den ersten Preis. „Da bin ich sofort zum Markus gelaufen“, sagte sie.",
        expect: &[
            Person("Wirtgen", &[("Landrat", "")]),
            Person("Anna Schmidt", &[]),
            People(&["Wirtgen", "Anna Schmidt", "Tom Weber", "Hanisch", "Markus"]),
        ],
    },
    Case {
        name: "not_person_first_name_after_contracted_preposition_or_a_language",
        text: "Die Fähren liegen am Kai. Umgekehrt lernen die Kollegen Deutsch. „Das hilft“, sagte Anna Berg.",
        expect: &[NoPerson("Kai"), NoPerson("Deutsch"), People(&["Anna Berg"])],
    },
    Case {
        name: "not_person_town_that_is_a_first_name_after_a_place_head_or_in_the_genitive",
        text: "Der Rufbus fährt in den Gemeinden Salem, Heiligenberg und Frickingen. Die Gemeinde Salem baut.\n\nSalems Bürgermeister Tobias Klingler-Hahn sprach. Lauras Sohn Tim kam.",
        expect: &[
            NoPerson("Salem"),
            Person(
                "Tobias Klingler-Hahn",
                &[("Bürgermeister", "Gemeinde Salem")],
            ),
            People(&["Tobias Klingler-Hahn", "Laura", "Tim"]),
        ],
    },
    Case {
        name: "person_named_like_a_place_of_the_text_before_kin",
        text: "Die neunjährige Sofia kam aus Bulgarien nach Regensburg. Die Familie lebte zuvor in Sofia. Sofias Mutter arbeitet hier.",
        expect: &[People(&["Sofia"])],
    },
    Case {
        name: "not_person_town_that_is_a_first_name_after_a_postcode",
        text: "Der Landkreis hilft.\n\nKontakt:\nLandratsamt Cham\nRachelstraße 6, 93413 Cham\n\nIm Jahr 2024 kam Laura.",
        expect: &[NoPerson("Cham"), People(&["Laura"])],
    },
    Case {
        name: "not_person_town_that_is_a_first_name_before_a_dateline",
        text: "Landratsamt Cham\n\nCham, 26. September 2026\n\nDer Landkreis Cham hilft.",
        expect: &[
            People(&[]),
            Aliases("Landkreis Cham", &["Landratsamt Cham"]),
        ],
    },
    Case {
        name: "not_person_month_before_capitalised_noun",
        text: "Die Stadt will im Mai Zahlen zur Nutzung des Portals vorlegen.",
        expect: &[NoPerson("Mai Zahlen"), People(&[])],
    },
    Case {
        name: "not_person_sentence_initial_month",
        text: "Im April Hunderte neue Anträge: Der digitale Bauantrag wird gut angenommen.",
        expect: &[NoPerson("April"), People(&[])],
    },
    Case {
        name: "not_person_weekday",
        text: "Bürgerinnen und Bürger können ab Montag Termine im Bürgerbüro online buchen.",
        expect: &[NoPerson("Montag"), People(&[])],
    },
    Case {
        name: "not_person_weekday_that_is_also_a_surname",
        text: "Am Freitag stellte Bürgermeisterin Anja Kraus den Haushalt vor.",
        expect: &[
            NoPerson("Freitag"),
            People(&["Anja Kraus"]),
            Person("Anja Kraus", &[("Bürgermeisterin", "")]),
        ],
    },
    Case {
        name: "not_person_sentence_initial_nouns_and_adjectives",
        text: "Mehr Sicherheit für Kommunen: Neue Leitlinien erschienen. Großes Interesse: Über 300 Teilnehmende kamen zum Digitaltag.",
        expect: &[People(&[])],
    },
    Case {
        name: "not_person_foundations_named_after_people",
        text: "Die Konrad-Adenauer-Stiftung und die Friedrich-Ebert-Stiftung laden gemeinsam zur Fachtagung ein.",
        expect: &[
            People(&[]),
            Named("Konrad-Adenauer-Stiftung"),
            Named("Friedrich-Ebert-Stiftung"),
        ],
    },
    Case {
        name: "not_person_companies_named_after_founders",
        text: "Die Carl Zeiss AG und die Robert Bosch GmbH beteiligen sich am Forschungsverbund.",
        expect: &[
            People(&[]),
            Org("Carl Zeiss AG", Company),
            Org("Robert Bosch GmbH", Company),
        ],
    },
    Case {
        name: "not_person_institute_named_after_a_person",
        text: "Das Hasso-Plattner-Institut bietet einen kostenlosen Onlinekurs zur Verwaltungsdigitalisierung an.",
        expect: &[People(&[]), NoPerson("Hasso-Plattner")],
    },
    Case {
        name: "not_person_street_names",
        text: "Das Bürgeramt zieht von der Karl-Marx-Straße an den Konrad-Adenauer-Ring; die Beratung bleibt in der Willy-Brandt-Allee 14.",
        expect: &[
            NoPerson("Karl-Marx-Straße"),
            NoPerson("Konrad-Adenauer-Ring"),
            NoPerson("Willy-Brandt-Allee"),
            People(&[]),
        ],
    },
    Case {
        name: "not_person_place_names",
        text: "Die Pilotkommunen Sankt Augustin, Frankfurt (Oder) und St. Ingbert testen das Verfahren seit Herbst.",
        expect: &[NoPerson("Sankt Augustin"), People(&[]), Orgs(&[])],
    },
    Case {
        name: "not_person_organisation_as_speaker",
        text: "„Die Bedrohungslage im Cyberraum ist so hoch wie nie zuvor“, so das BSI.",
        expect: &[
            People(&[]),
            Quote(
                "„Die Bedrohungslage im Cyberraum ist so hoch wie nie zuvor“",
                None,
            ),
            Org("BSI", Authority),
        ],
    },
    Case {
        name: "not_person_bare_role_as_speaker",
        text: "„Wir liegen mit dem Ausbau der Netze voll im Plan“, sagte die Ministerin.",
        expect: &[
            People(&[]),
            Quote("„Wir liegen mit dem Ausbau der Netze voll im Plan“", None),
        ],
    },
    Case {
        name: "not_person_surnames_joined_into_a_firm_or_an_english_brand",
        text: "Die Kanzlei Nieding+Barth klagt. Das sagt Klaus Nieding, Vorstand der Kanzlei. Die German Pellets GmbH ist insolvent, bei German Pellets fehlt Geld.",
        expect: &[
            People(&["Klaus Nieding"]),
            NoPerson("Nieding+"),
            NoPerson("Barth"),
            NoPerson("German"),
        ],
    },
    Case {
        name: "not_person_first_name_after_indefinite_article_or_before_ampersand",
        text: "Das Duo trat mit einer Tom und zwei Gitarren auf. Den Bau planten die Architekten Herzog & de Meuron.",
        expect: &[People(&[])],
    },
];

#[test]
fn not_people() {
    check(NOT_PEOPLE);
}

// ---------------------------------------------------------------------------
// Roles: lexicon entries and compounds by their head
// ---------------------------------------------------------------------------

const ROLES: &[Case] = &[
    Case {
        name: "town_adjective_review_counterexamples",
        text: "Der Fürther Landrat Matthias Dießl (CSU) lobte die Zusammenarbeit mit der Stadt Fürth. Die Salzburger Sparkasse Bank AG meldet Gewinne. Die Flensburger Brauerei Emil Petersen GmbH & Co. KG braut. Der Verband für das Deutsche Hundewesen (VDH) warnt. Der Evangelische Oberkirchenrat Karlsruhe hat beschlossen.",
        expect: &[
            Person("Matthias Dießl", &[("Landrat", "")]),
            People(&["Matthias Dießl"]),
            Org("Salzburger Sparkasse Bank AG", OrgKind::Company),
            Org(
                "Flensburger Brauerei Emil Petersen GmbH & Co. KG",
                OrgKind::Company,
            ),
            Org("Verband für das Deutsche Hundewesen", OrgKind::Association),
        ],
    },
    Case {
        name: "role_after_a_towns_adjective_is_the_towns_office",
        text: "Die Stadt Fürth beteiligt sich. „Das hilft“, berichtete die Fürther Umweltreferentin Annette Köhler-Sahin. Der Landkreis Peine zahlt. Der Peiner Landtagsabgeordnete Tim Roth lobte das. „Die Türme stehen seit 400 Jahren“, sagte Generalkonservator Prof. Dr. Gregor Aumüller.",
        expect: &[
            Person(
                "Annette Köhler-Sahin",
                &[("Umweltreferentin", "Stadt Fürth")],
            ),
            Person("Tim Roth", &[("Landtagsabgeordneter", "")]),
            Person("Gregor Aumüller", &[("Generalkonservator", "")]),
        ],
    },
    Case {
        name: "role_with_its_field_before_the_name",
        text: "Dessen Bereichsleiter Forsten, Bernhard Wunschel, erklärte es. Der Vorstand Finanzen Max Müller sagte das.",
        expect: &[
            Person("Bernhard Wunschel", &[("Bereichsleiter", "")]),
            Person("Max Müller", &[("Vorstand", "")]),
            People(&["Bernhard Wunschel", "Max Müller"]),
        ],
    },
    Case {
        name: "role_feminine_and_masculine_forms",
        text: "Staatssekretärin Juliane Sommer und Staatssekretär Folkert Janssen unterzeichneten die Vereinbarung.",
        expect: &[
            Person("Juliane Sommer", &[("Staatssekretärin", "")]),
            Person("Folkert Janssen", &[("Staatssekretär", "")]),
        ],
    },
    Case {
        name: "role_compound_minister",
        text: "Kommunalministerin Svenja Hollmann kündigte ein neues Förderprogramm an.",
        expect: &[Person("Svenja Hollmann", &[("Kommunalministerin", "")])],
    },
    Case {
        name: "role_compound_praesident",
        text: "Kammerpräsident Uwe Lindner begrüßte die Pläne der Landesregierung.",
        expect: &[Person("Uwe Lindner", &[("Kammerpräsident", "")])],
    },
    Case {
        name: "role_compound_sekretaerin",
        text: "Digitalstaatssekretärin Imke Bruns besuchte das Rechenzentrum in Kiel.",
        expect: &[Person("Imke Bruns", &[("Digitalstaatssekretärin", "")])],
    },
    Case {
        name: "role_compound_leiterin",
        text: "Bürgeramtsleiterin Meike Rasch rechnet mit deutlich kürzeren Wartezeiten.",
        expect: &[Person("Meike Rasch", &[("Bürgeramtsleiterin", "")])],
    },
    Case {
        name: "role_compound_geschaeftsfuehrer",
        text: "Verbandsgeschäftsführer Jan Peters sieht weiterhin großen Nachholbedarf.",
        expect: &[Person("Jan Peters", &[("Verbandsgeschäftsführer", "")])],
    },
    Case {
        name: "role_compound_sprecherin",
        text: "Rathaussprecherin Berit Lange bestätigte den Ausfall der Telefonanlage.",
        expect: &[Person("Berit Lange", &[("Rathaussprecherin", "")])],
    },
    Case {
        name: "role_compound_beauftragte_feminine",
        text: "Die Digitalbeauftragte Swantje Behrens stellte den Jahresbericht vor.",
        expect: &[Person("Swantje Behrens", &[("Digitalbeauftragte", "")])],
    },
    Case {
        name: "role_compound_beauftragter_masculine_strong_form",
        text: "Der Landesdatenschutzbeauftragte Heiko Sommer mahnte zur Vorsicht.",
        expect: &[Person(
            "Heiko Sommer",
            &[("Landesdatenschutzbeauftragter", "")],
        )],
    },
    Case {
        name: "role_compound_direktorin",
        text: "Museumsdirektorin Ute Kramer präsentierte das digitale Archiv.",
        expect: &[Person("Ute Kramer", &[("Museumsdirektorin", "")])],
    },
    Case {
        name: "role_compound_vorsitzende",
        text: "Die Beiratsvorsitzende Nina Hartwig lobte die gute Zusammenarbeit.",
        expect: &[Person("Nina Hartwig", &[("Beiratsvorsitzende", "")])],
    },
    Case {
        name: "role_mayors",
        text: "Bürgermeister Tim Scholz und Oberbürgermeisterin Katja Wendt unterzeichneten die Kooperationsvereinbarung.",
        expect: &[
            Person("Tim Scholz", &[("Bürgermeister", "")]),
            Person("Katja Wendt", &[("Oberbürgermeisterin", "")]),
        ],
    },
    Case {
        name: "role_district_administrators",
        text: "Landrat Stefan Aigner und Landrätin Petra Vogt besuchten gemeinsam die Berufsschule.",
        expect: &[
            Person("Stefan Aigner", &[("Landrat", "")]),
            Person("Petra Vogt", &[("Landrätin", "")]),
        ],
    },
    Case {
        name: "role_dezernent_plain_and_compound",
        text: "Digitaldezernentin Sabine Wenz und Dezernent Markus Brandl stellten das Konzept vor.",
        expect: &[
            Person("Sabine Wenz", &[("Digitaldezernentin", "")]),
            Person("Markus Brandl", &[("Dezernent", "")]),
        ],
    },
    Case {
        name: "role_senator_plain_and_compound",
        text: "Finanzsenator Lars Heinemann und Senatorin Katrin Roth unterzeichneten den Vertrag.",
        expect: &[
            Person("Lars Heinemann", &[("Finanzsenator", "")]),
            Person("Katrin Roth", &[("Senatorin", "")]),
        ],
    },
    Case {
        name: "role_abgeordnete_feminine_and_masculine",
        text: "Die Landtagsabgeordnete Nora Weiß und der Abgeordnete Paul Simon besuchten die Leitstelle.",
        expect: &[
            Person("Nora Weiß", &[("Landtagsabgeordnete", "")]),
            Person("Paul Simon", &[("Abgeordneter", "")]),
        ],
    },
    Case {
        name: "role_referent_plain_and_compound",
        text: "Pressereferent Tim Bauer und Referentin Lea Frank beantworten Fragen der Presse.",
        expect: &[
            Person("Tim Bauer", &[("Pressereferent", "")]),
            Person("Lea Frank", &[("Referentin", "")]),
        ],
    },
    Case {
        name: "role_c_level_acronyms",
        text: "CEO Daniel Roth, CFO Lisa Brenner, CIO Jens Albrecht, CDO Selin Kaya und CTO Mareike Lenz stellten die Roadmap vor.",
        expect: &[
            Person("Daniel Roth", &[("CEO", "")]),
            Person("Lisa Brenner", &[("CFO", "")]),
            Person("Jens Albrecht", &[("CIO", "")]),
            Person("Selin Kaya", &[("CDO", "")]),
            Person("Mareike Lenz", &[("CTO", "")]),
        ],
    },
    Case {
        name: "role_chief_digital_officer",
        text: "Chief Digital Officer Rainer Kurz stellte die Digitalstrategie im Stadtrat vor.",
        expect: &[Person("Rainer Kurz", &[("Chief Digital Officer", "")])],
    },
    Case {
        name: "role_vorstand",
        text: "Vorstand Kerstin Marx verwies auf die gestiegenen Nutzerzahlen.",
        expect: &[Person("Kerstin Marx", &[("Vorstand", "")])],
    },
    Case {
        name: "fire_service_rank_and_city_building_officer",
        text: "Brandoberrat Kai Strecker-Oduya leitete den Einsatz. Stadtbaurätin Cornelia Wiemers kam auch.",
        expect: &[
            Person("Kai Strecker-Oduya", &[("Brandoberrat", "")]),
            Person("Cornelia Wiemers", &[("Stadtbaurätin", "")]),
        ],
    },
    Case {
        name: "role_after_the_name_and_a_copula",
        text: "Landrat Eberhard Vollmer-Stüber ist zugleich Vorsitzender des Verwaltungsrates der Kreissparkasse Ludwigsburg.",
        expect: &[Person(
            "Eberhard Vollmer-Stüber",
            &[
                ("Landrat", ""),
                ("Vorsitzender", "Kreissparkasse Ludwigsburg"),
            ],
        )],
    },
    Case {
        name: "house_of_a_parliament_president_and_school_of_a_head_teacher",
        text: "Der Landtag Mecklenburg-Vorpommern lud ein. „Gut“, sagte Landtagspräsidentin Katharina Wendlandt-Asamoah. Das Gymnasium Fridericianum wird saniert. Schulleiterin Ines Pfotenhauer sieht darin eine Herausforderung. Foto: Landtag M-V/Uwe Sinnecker",
        expect: &[
            Person(
                "Katharina Wendlandt-Asamoah",
                &[("Landtagspräsidentin", "Landtag Mecklenburg-Vorpommern")],
            ),
            Person(
                "Ines Pfotenhauer",
                &[("Schulleiterin", "Gymnasium Fridericianum")],
            ),
            Aliases("Landtag Mecklenburg-Vorpommern", &["Landtag M-V"]),
        ],
    },
    Case {
        name: "mayor_of_the_town_the_sentence_before_names",
        text: "Das System startet im Landkreis Rosenheim und in der Stadt Landshut. In Landshut wird es an acht Plätzen eingesetzt. Oberbürgermeister Stefan Reithmeier-Lutz hofft auf kürzere Wartezeiten.",
        expect: &[Person(
            "Stefan Reithmeier-Lutz",
            &[("Oberbürgermeister", "Stadt Landshut")],
        )],
    },
    Case {
        name: "role_in_a_unit_belongs_to_the_body",
        text: "Die Verbraucherzentrale Bremen warnt vor Energiesperren. Der Sozialverband Deutschland teilt die Sorge. Die Leiterin des Teams Energierecht, Małgorzata Pawlak, berichtete davon. Christos Antoniadis, Leiter der Klinik für Geflügel an der Stiftung Tierärztliche Hochschule Hannover, sieht das auch so. Ermittelt hat die Staatsanwaltschaft Nürnberg-Fürth. Oberstaatsanwältin Miriam Castellano, Leiterin der Abteilung für Organisierte Kriminalität, kündigte Schritte an.",
        expect: &[
            Person(
                "Małgorzata Pawlak",
                &[("Leiterin", "Verbraucherzentrale Bremen")],
            ),
            Person(
                "Christos Antoniadis",
                &[("Leiter", "Stiftung Tierärztliche Hochschule Hannover")],
            ),
            Person(
                "Miriam Castellano",
                &[
                    ("Oberstaatsanwältin", "Staatsanwaltschaft Nürnberg-Fürth"),
                    ("Leiterin", "Staatsanwaltschaft Nürnberg-Fürth"),
                ],
            ),
        ],
    },
    Case {
        name: "district_title_to_the_district",
        text: "Die Übung fand in der Stadt Rheine statt, der Kreis Steinfurt leitete sie. Kreisbrandmeister Heinrich Többen zog Bilanz.",
        expect: &[Person(
            "Heinrich Többen",
            &[("Kreisbrandmeister", "Kreis Steinfurt")],
        )],
    },
    Case {
        name: "body_by_a_noun_for_its_kind",
        text: "Die Nordwind Blades SE testet die Rotorblätter. Henrik Aaltonen, Chief Technology Officer des Unternehmens, sieht darin einen Vorteil. Die Eberhard Karls Universität Tübingen baut aus, die Deutsche Forschungsgemeinschaft (DFG) fördert das. „Ein Erfolg“, sagte die Rektorin der Universität, Prof. Dr. Henrike Almsted-Keller.",
        expect: &[
            Person(
                "Henrik Aaltonen",
                &[("Chief Technology Officer", "Nordwind Blades SE")],
            ),
            Person(
                "Henrike Almsted-Keller",
                &[("Rektorin", "Eberhard Karls Universität Tübingen")],
            ),
        ],
    },
    Case {
        name: "body_by_its_head_after_the_name_and_in_der",
        text: "Begleitet wurde die Planung von der Energieagentur Rheinland-Pfalz. Projektleiterin Katrin Schäfer-Lindner von der Energieagentur betonte das. Sophie Ahlborn, Staatssekretärin in der Staatskanzlei des Saarlandes, verwies darauf. Das Europäische Parlament tagt. Europaabgeordnete Nadia Bouaziz sprach.",
        expect: &[
            Person(
                "Katrin Schäfer-Lindner",
                &[("Projektleiterin", "Energieagentur Rheinland-Pfalz")],
            ),
            Person(
                "Sophie Ahlborn",
                &[("Staatssekretärin", "Staatskanzlei des Saarlandes")],
            ),
            Person(
                "Nadia Bouaziz",
                &[("Europaabgeordnete", "Europäisches Parlament")],
            ),
        ],
    },
    Case {
        name: "sentence_opening_role_speaks_of_the_one_person_before",
        text: "Die Kestrel Space Systems AG erhält Geld. Felix Grunwald führt die Kestrel Space Systems AG seit 2019. Der Vorstandsvorsitzende sieht darin ein Signal. Aufsichtsratsvorsitzender Heinrich zu Löwenstein dankte. Der Aufsichtsrat habe verlängert.",
        expect: &[
            Person(
                "Felix Grunwald",
                &[("Vorstandsvorsitzender", "Kestrel Space Systems AG")],
            ),
            Person(
                "Heinrich zu Löwenstein",
                &[("Aufsichtsratsvorsitzender", "Kestrel Space Systems AG")],
            ),
        ],
    },
    Case {
        name: "body_by_a_noun_its_name_starts_with_and_fire_ranks",
        text: "Die Stiftung Kreissparkasse Ludwigsburg und die Kreissparkasse Ludwigsburg spenden. Sandra Oettle, Mitglied des Vorstands der Kreissparkasse, lobte das. Die Feuerwehr Frankfurt am Main löschte. Brandoberrat Kai Strecker-Oduya leitete den Einsatz.",
        expect: &[
            Person(
                "Sandra Oettle",
                &[("Mitglied des Vorstands", "Kreissparkasse Ludwigsburg")],
            ),
            Person(
                "Kai Strecker-Oduya",
                &[("Brandoberrat", "Feuerwehr Frankfurt am Main")],
            ),
        ],
    },
    Case {
        name: "contact_block_role_with_a_department_and_the_body_on_the_next_line",
        text: "Die Technische Hochschule Deggendorf (THD) forscht. Die Medienanstalt Hamburg / Schleswig-Holstein (MA HSH) auch.\n\nPressekontakt:\nSimone Brunnbauer, Referentin Hochschulkommunikation\nTechnische Hochschule Deggendorf\nDieter-Görlitz-Platz 1, 94469 Deggendorf\n\nAnsprechpartnerin:\nMerle Clausen\nReferentin Presse- und Öffentlichkeitsarbeit\nMedienanstalt Hamburg / Schleswig-Holstein (MA HSH)\nRathausallee 72, 22846 Norderstedt\n",
        expect: &[
            Person(
                "Simone Brunnbauer",
                &[("Referentin", "Technische Hochschule Deggendorf")],
            ),
            Person(
                "Merle Clausen",
                &[("Referentin", "Medienanstalt Hamburg / Schleswig-Holstein")],
            ),
        ],
    },
    Case {
        name: "austrian_land_government_and_a_house_named_by_its_land_in_er",
        text: "Das Land Salzburg investiert. Landesrat Florian Eisl-Hofer sagte das. Im Salzburger Landtag sprach Landtagsabgeordneter Lukas Moosbrugger. Der Hamburger Senat tagt. Die SPD-Fraktion im Hessischen Landtag fordert mehr. Die SPD-Fraktion kritisierte das.",
        expect: &[
            Person("Florian Eisl-Hofer", &[("Landesrat", "Land Salzburg")]),
            Person(
                "Lukas Moosbrugger",
                &[("Landtagsabgeordneter", "Salzburger Landtag")],
            ),
            Org("Hamburger Senat", Government),
            OrgMentions(
                "SPD-Fraktion im Hessischen Landtag",
                &["SPD-Fraktion im Hessischen Landtag", "SPD-Fraktion"],
            ),
        ],
    },
    Case {
        name: "no_misreadings_of_this_rounds_rules",
        text: "Bürgermeister Weber von Neustadt begrüßte die Gäste. Bürgermeister Schmidt der Gemeinde Hagen kam auch. Hans Meier erhielt den Ehrenpreis der Stadtwerke Ulm GmbH. Der Geschäftsführer gratulierte ihm. Anna Roth ist Lehrerin. Die Eltern sind empört. Sie schreiben: „Das geht so nicht weiter.“",
        expect: &[
            People(&["Weber", "Schmidt", "Hans Meier", "Anna Roth"]),
            Person("Schmidt", &[("Bürgermeister", "Gemeinde Hagen")]),
            Person("Hans Meier", &[]),
            Quote("„Das geht so nicht weiter.“", None),
        ],
    },
    Case {
        name: "department_word_and_management_board_before_the_body",
        text: "Die Gesundheit Nord gGmbH (GeNo) baut. Kirsten Lührs-Abdi, Geschäftsführerin Medizin der GeNo, sagte das. Stefan Leuschner-Amiri, Vorsitzender der Geschäftsführung der GeNo, kam.",
        expect: &[
            Person(
                "Kirsten Lührs-Abdi",
                &[("Geschäftsführerin", "Gesundheit Nord gGmbH")],
            ),
            Person(
                "Stefan Leuschner-Amiri",
                &[("Vorsitzender der Geschäftsführung", "Gesundheit Nord gGmbH")],
            ),
            People(&["Kirsten Lührs-Abdi", "Stefan Leuschner-Amiri"]),
        ],
    },
    Case {
        name: "contact_block_body_lines_above_and_a_title_naming_its_body",
        text: "Die Deutsche Rentenversicherung Mitteldeutschland (DRV Mitteldeutschland) und die Industrie- und Handelskammer Schwaben starten ein Projekt. Kammerpräsidentin Sabine Huber lobte das.\n\nPressekontakt:\nDeutsche Rentenversicherung Mitteldeutschland\nPresse- und Öffentlichkeitsarbeit\nSusann Krahl, Pressesprecherin\nGeorg-Schumann-Straße 146, 04159 Leipzig\n",
        expect: &[
            Aliases(
                "Deutsche Rentenversicherung Mitteldeutschland",
                &["DRV Mitteldeutschland"],
            ),
            Person(
                "Susann Krahl",
                &[(
                    "Pressesprecherin",
                    "Deutsche Rentenversicherung Mitteldeutschland",
                )],
            ),
            Person(
                "Sabine Huber",
                &[("Kammerpräsidentin", "Industrie- und Handelskammer Schwaben")],
            ),
        ],
    },
    Case {
        name: "title_of_one_kind_of_body_goes_to_the_body_of_that_kind",
        text: "Die Generalstaatsanwaltschaft Bamberg hat Anklage erhoben. „Die Beweislage ist erdrückend“, sagte Oberstaatsanwältin Nadja Übelhör. Die Universität Bremen und das Land Bremen stellen das Projekt vor. „Wir sind bereit“, sagte Professorin Tjorven Albers. Die SHK-Innung Hamburg hilft. „Wir sind dabei“, sagte Obermeister Ralf Dittmer-Schoon. Die Bäckerinnung Berlin zieht mit.",
        expect: &[
            Person(
                "Ralf Dittmer-Schoon",
                &[("Obermeister", "SHK-Innung Hamburg")],
            ),
            Org("Bäckerinnung Berlin", OrgKind::Association),
            Person(
                "Nadja Übelhör",
                &[("Oberstaatsanwältin", "Generalstaatsanwaltschaft Bamberg")],
            ),
            Person("Tjorven Albers", &[("Professorin", "Universität Bremen")]),
        ],
    },
    Case {
        name: "role_first_then_copula_then_the_holder",
        text: "Der Kreis Wesermarsch ist Mitglied. Verbandsvorsteher ist Landrat Jens Kaaz-Bruns. Vorsitzende ist Anna Berg.",
        expect: &[
            Person(
                "Jens Kaaz-Bruns",
                &[("Verbandsvorsteher", ""), ("Landrat", "Kreis Wesermarsch")],
            ),
            Person("Anna Berg", &[("Vorsitzende", "")]),
        ],
    },
    Case {
        name: "possessive_over_an_adjective",
        text: "Kritik äußerte der Fahrgastverband PRO BAHN. Dessen bayerischer Landesvorsitzender Jörg Baumeister-Sarić bemängelte das.",
        expect: &[Person(
            "Jörg Baumeister-Sarić",
            &[("Landesvorsitzender", "Fahrgastverband PRO BAHN")],
        )],
    },
    Case {
        name: "office_without_a_named_body_goes_to_the_body_the_text_is_about",
        text: "Der Südwestrundfunk (SWR) stellt sein Programm um. Der SWR will jünger werden. Programmdirektor Werner Haug sagte, der SWR bleibe nah am Publikum. Fraktionssprecher Max Roth und Architekt Ole Berg kamen auch.",
        expect: &[
            Person("Werner Haug", &[("Programmdirektor", "Südwestrundfunk")]),
            Person("Max Roth", &[("Fraktionssprecher", "")]),
        ],
    },
    Case {
        name: "role_body_past_a_unit_with_a_field_and_a_chair",
        text: "Das Universitätsklinikum Schleswig-Holstein (UKSH) startet ein Netz. Zu den Partnern gehört die Sana Kliniken Ostholstein GmbH. „Jede Minute zählt“, sagte Prof. Dr. Ulrike Brandtner-Amoah, Direktorin der Klinik für Neurologie am Campus Lübeck des UKSH. Prof. Dr. Marek Wiśniewski, Inhaber des Lehrstuhls für Energiesystemtechnik an der RPTU, leitet den Beirat. Das untersucht die Professur für Verkehrsökologie der Technischen Universität Dresden. Prof. Dr. Lea-Marie Baumgärtel, Inhaberin der Professur, begleitet den Betrieb. Die Arbeiten übernimmt die Steinmetzwerkstatt Leuschner GmbH. „Wir arbeiten mit Kalk“, sagt Inhaberin Carla Leuschner-Abbas.",
        expect: &[
            Person(
                "Ulrike Brandtner-Amoah",
                &[("Direktorin", "Universitätsklinikum Schleswig-Holstein")],
            ),
            Person("Marek Wiśniewski", &[("Inhaber", "RPTU")]),
            Person(
                "Lea-Marie Baumgärtel",
                &[("Inhaberin", "Technische Universität Dresden")],
            ),
            Person(
                "Carla Leuschner-Abbas",
                &[("Inhaberin", "Steinmetzwerkstatt Leuschner GmbH")],
            ),
        ],
    },
    Case {
        name: "role_district_offices_descriptions_and_bracketed_bodies",
        text: "Der Landkreis Mainz-Bingen bekommt einen Plan. Die Leiterin des Gesundheitsamtes, Dr. Mareike Schwöbel, warnte. Zuständig ist die Kreisbeigeordnete Ursula Hemmerich-Botha (CDU). Erster Kreisbeigeordneter Steffen Kallweit betonte das. Pressekontakt: Kreisverwaltung Mainz-Bingen. „Wir sind am Ende“, sagte der Präsident des Landkreistags Baden-Württemberg, Dr. Achim Brenninger-Sow. Der Landrat des Landkreises Biberach verwies auf seinen Kreis. Der Vorsitzende des Sozial- und Gesundheitsausschusses des Landkreistags, Landrat Bernd Hägele-Nyström (Ortenaukreis), forderte eine Reform.",
        expect: &[
            Aliases("Landkreis Mainz-Bingen", &["Kreisverwaltung Mainz-Bingen"]),
            Person(
                "Mareike Schwöbel",
                &[("Leiterin", "Landkreis Mainz-Bingen")],
            ),
            Person(
                "Ursula Hemmerich-Botha",
                &[("Kreisbeigeordnete", "Landkreis Mainz-Bingen")],
            ),
            Person(
                "Steffen Kallweit",
                &[("Erster Kreisbeigeordneter", "Landkreis Mainz-Bingen")],
            ),
            Person(
                "Achim Brenninger-Sow",
                &[
                    ("Präsident", "Landkreistag Baden-Württemberg"),
                    ("Landrat", "Landkreis Biberach"),
                ],
            ),
            Person(
                "Bernd Hägele-Nyström",
                &[
                    ("Vorsitzender", "Landkreistag Baden-Württemberg"),
                    ("Landrat", "Ortenaukreis"),
                ],
            ),
        ],
    },
    Case {
        name: "role_adjective_head_reference_rank_and_generic_office",
        text: "Das Statistische Landesamt Baden-Württemberg legt den Bericht vor. „Die Wege werden länger“, sagte die Präsidentin des Statistischen Landesamtes, Dr. Anne-Kathrin Leibold-Mensah. Ministerialdirektor Berthold Kächele-Dinç, Amtschef des Ministeriums für Verkehr Baden-Württemberg, kündigte Buslinien an. Der Verband Region Stuttgart begrüßte die Zahlen. Regionaldirektorin Cornelia Haist-Lombardi verwies auf die S-Bahn.",
        expect: &[
            Person(
                "Anne-Kathrin Leibold-Mensah",
                &[("Präsidentin", "Statistisches Landesamt Baden-Württemberg")],
            ),
            Person(
                "Berthold Kächele-Dinç",
                &[
                    (
                        "Ministerialdirektor",
                        "Ministerium für Verkehr Baden-Württemberg",
                    ),
                    ("Amtschef", "Ministerium für Verkehr Baden-Württemberg"),
                ],
            ),
            Person(
                "Cornelia Haist-Lombardi",
                &[("Regionaldirektorin", "Verband Region Stuttgart")],
            ),
        ],
    },
    Case {
        name: "role_district_named_kreis_previous_sentence_body_and_caption",
        text: "Landratsamt Bodenseekreis\n\n„Wer kein Auto hat, ist abgehängt“, sagte Landrat Florian Sauter-Kellermann. Der Rufbus fährt zum Bahnhof in Salem, damit die Menschen umsteigen. Den Betrieb übernimmt die Linzgau Mobil GmbH aus Markdorf. Betriebsleiterin Selin Aksoy-Brugger sucht Fahrer. Kreisrätin Petra Nägele-Firat (Freie Wähler) erinnerte an 2019. Der Bodenseekreis zahlt.\n\nFoto: Landratsamt Bodenseekreis/Moritz Hägele – Landrat Florian Sauter-Kellermann und Betriebsleiterin Selin Aksoy-Brugger.",
        expect: &[
            Aliases("Bodenseekreis", &["Landratsamt Bodenseekreis"]),
            People(&[
                "Florian Sauter-Kellermann",
                "Selin Aksoy-Brugger",
                "Petra Nägele-Firat",
                "Moritz Hägele",
            ]),
            Person("Florian Sauter-Kellermann", &[("Landrat", "Bodenseekreis")]),
            Person(
                "Selin Aksoy-Brugger",
                &[("Betriebsleiterin", "Linzgau Mobil GmbH")],
            ),
            Person("Petra Nägele-Firat", &[("Kreisrätin", "Bodenseekreis")]),
        ],
    },
    Case {
        name: "role_board_member_club_chair_and_a_coordinated_genitive_head",
        text: "Die Sparkasse Oberhessen fördert Vereine. Vorstandsmitglied Dr. Carolin Vahle-Mensah erläuterte den Fonds. Der Vorsitzende des Verwaltungsrats, Landrat Bernd Hofacker-Lemke (Wetteraukreis), dankte. Die größte Summe erhält der Förderverein der Jugendfeuerwehr Büdingen. „Das hat jetzt ein Ende“, freute sich die Vorsitzende Jasmin Kötter-Amini. Nach Zahlen des Sparkassen- und Giroverbands Hessen-Thüringen (SGVHT) geben die Sparkassen viel.",
        expect: &[
            Orgs(&[
                "Sparkasse Oberhessen",
                "Wetteraukreis",
                "Förderverein der Jugendfeuerwehr Büdingen",
                "Sparkassen- und Giroverband Hessen-Thüringen",
            ]),
            Person(
                "Carolin Vahle-Mensah",
                &[("Vorstandsmitglied", "Sparkasse Oberhessen")],
            ),
            Person(
                "Bernd Hofacker-Lemke",
                &[
                    ("Vorsitzender", "Sparkasse Oberhessen"),
                    ("Landrat", "Wetteraukreis"),
                ],
            ),
        ],
    },
    Case {
        name: "role_schools_school_authority_and_a_head_that_refers_back",
        text: "Nach Angaben des Schulverwaltungsamts besuchen viele Kinder den Ganztag. Der Leiter des Amtes, Rüdiger Hasselbach, verwies auf die Räume. Das Staatliche Schulamt Stuttgart unterstützt die Planung. Dessen Leiterin, Leitende Schulamtsdirektorin Miriam Vogelsang (Grüne), lobte die Stadt. Das zeigt die Grundschule am Rosensteinpark. „Gut“, sagt Rektorin Claudia Wenzel-Okafor. Die Schule am Mittwoch fällt aus.",
        expect: &[
            Orgs(&[
                "Staatliches Schulamt Stuttgart",
                "Grüne",
                "Grundschule am Rosensteinpark",
            ]),
            Person(
                "Miriam Vogelsang",
                &[
                    ("Leiterin", "Staatliches Schulamt Stuttgart"),
                    (
                        "Leitende Schulamtsdirektorin",
                        "Staatliches Schulamt Stuttgart",
                    ),
                ],
            ),
            Person(
                "Claudia Wenzel-Okafor",
                &[("Rektorin", "Grundschule am Rosensteinpark")],
            ),
        ],
    },
    Case {
        name: "role_local_branch_head_and_a_contact_line_without_the_address",
        text: "THW-Ortsverband Straubing\n\nDer Ortsverband Straubing der Bundesanstalt Technisches Hilfswerk (THW) feiert Richtfest. „Die Halle ist alt“, sagte Ortsbeauftragter Stefan Gschwendtner-Alić.\n\nPressekontakt:\nTHW-Ortsverband Straubing\nTobias Meindl-Sarr, Beauftragter für Öffentlichkeitsarbeit\nÄußere Passauer Straße 5, 94315 Straubing",
        expect: &[
            Aliases("THW-Ortsverband Straubing", &["Ortsverband Straubing"]),
            Person(
                "Stefan Gschwendtner-Alić",
                &[("Ortsbeauftragter", "THW-Ortsverband Straubing")],
            ),
            Person(
                "Tobias Meindl-Sarr",
                &[(
                    "Beauftragter für Öffentlichkeitsarbeit",
                    "THW-Ortsverband Straubing",
                )],
            ),
        ],
    },
    Case {
        name: "role_party_groups_their_house_and_a_party_in_brackets_before_the_role",
        text: "Die CDU-Fraktion im Landtag Nordrhein-Westfalen will die Schulsozialarbeit sichern. Tobias Wiemeler-Sanz, kommunalpolitischer Sprecher der Fraktion, ergänzt das. Gemeinsam mit der Fraktion BÜNDNIS 90/DIE GRÜNEN hat sie einen Antrag vorgelegt. Für den Koalitionspartner erklärte Merve Schulte-Aydın (GRÜNE), bildungspolitische Sprecherin der Fraktion BÜNDNIS 90/DIE GRÜNEN im Landtag Nordrhein-Westfalen: „Kein Kind darf durchs Raster fallen.“",
        expect: &[
            Aliases(
                "Fraktion BÜNDNIS 90/DIE GRÜNEN im Landtag Nordrhein-Westfalen",
                &["Fraktion BÜNDNIS 90/DIE GRÜNEN"],
            ),
            Person(
                "Tobias Wiemeler-Sanz",
                &[(
                    "kommunalpolitischer Sprecher",
                    "CDU-Fraktion im Landtag Nordrhein-Westfalen",
                )],
            ),
            Person(
                "Merve Schulte-Aydın",
                &[(
                    "bildungspolitische Sprecherin",
                    "Fraktion BÜNDNIS 90/DIE GRÜNEN im Landtag Nordrhein-Westfalen",
                )],
            ),
        ],
    },
    Case {
        name: "role_over_a_departments_words_and_a_name_that_stops_before_a_verb_phrase",
        text: "Die Regionaldirektion Bayern der Bundesagentur für Arbeit legt Zahlen vor. Der Abteilungsleiter Markt und Integration der Regionaldirektion, Tobias Rauchenberger, wies auf den Ausbildungsmarkt hin. Die Zahlen stehen im Angebot der Bundesagentur für Arbeit zur Verfügung.",
        expect: &[
            Orgs(&["Regionaldirektion Bayern", "Bundesagentur für Arbeit"]),
            Person(
                "Tobias Rauchenberger",
                &[("Abteilungsleiter", "Regionaldirektion Bayern")],
            ),
        ],
    },
    Case {
        name: "role_in_apposition_to_a_title_with_its_body_the_lands_government_and_a_canton_department",
        text: "Die Niedersächsische Landesregierung hat die Strategie beschlossen. „Wir wollen das“, sagte die Chefin der Niedersächsischen Staatskanzlei, Staatssekretärin Dr. Annette Brockmann, nach der Sitzung. Der Staatssekretär im Niedersächsischen Ministerium für Inneres und Sport und CIO des Landes, Jan-Hendrik Osterkamp, kündigte ein Dashboard an. «Gut», sagt Regierungsrat Beat Zollinger, Vorsteher des Finanzdepartements.",
        expect: &[
            Person(
                "Annette Brockmann",
                &[
                    ("Chefin", "Niedersächsische Staatskanzlei"),
                    ("Staatssekretärin", "Niedersächsische Staatskanzlei"),
                ],
            ),
            Person(
                "Jan-Hendrik Osterkamp",
                &[
                    (
                        "Staatssekretär",
                        "Niedersächsisches Ministerium für Inneres und Sport",
                    ),
                    ("CIO", "Niedersächsische Landesregierung"),
                ],
            ),
            Org("Finanzdepartement", Ministry),
        ],
    },
    Case {
        name: "civil_service_ranks_in_a_contact_block",
        text: "Hauptzollamt Kiel\nZollamtsrätin Merle Jacobsen-Kaya, Pressesprecherin\nTelefon: 0431 2008-1050\n\nStudienrat Jonas Weber unterrichtet in Kiel.",
        expect: &[
            Person(
                "Merle Jacobsen-Kaya",
                &[
                    ("Zollamtsrätin", "Hauptzollamt Kiel"),
                    ("Pressesprecherin", "Hauptzollamt Kiel"),
                ],
            ),
            Person("Jonas Weber", &[("Studienrat", "")]),
        ],
    },
    Case {
        name: "a_local_groups_release_its_district_and_its_members",
        text: "CDU-Kreistagsfraktion Rhein-Sieg\n\nDie CDU-Kreistagsfraktion Rhein-Sieg will mehr Busse. Einen Antrag mit der Grünen-Kreistagsfraktion hat die Fraktion eingebracht. Die verkehrspolitische Sprecherin der Fraktion, Anja Wolff, verweist auf andere Kreise. Der Landrat des Rhein-Sieg-Kreises prüft das. „Wir warten lange genug“, sagte die Kreistagsabgeordnete Gisela Hombach.\n\nPressekontakt:\nCDU-Kreistagsfraktion Rhein-Sieg\nFraktionsgeschäftsführer: Ralf Neunkirchen",
        expect: &[
            Person(
                "Anja Wolff",
                &[(
                    "verkehrspolitische Sprecherin",
                    "CDU-Kreistagsfraktion Rhein-Sieg",
                )],
            ),
            Person(
                "Gisela Hombach",
                &[("Kreistagsabgeordnete", "Rhein-Sieg-Kreis")],
            ),
            Person(
                "Ralf Neunkirchen",
                &[(
                    "Fraktionsgeschäftsführer",
                    "CDU-Kreistagsfraktion Rhein-Sieg",
                )],
            ),
            Org("CDU-Kreistagsfraktion Rhein-Sieg", Parliament),
        ],
    },
    Case {
        name: "a_local_group_takes_no_noun_after_it_for_its_town",
        text: "Die SPD-Ratsfraktion Anträge stellt. Die SPD-Ratsfraktion Köln will mehr Busse für die Stadt Köln.",
        expect: &[
            Named("SPD-Ratsfraktion Köln"),
            NoOrg("Anträge"),
            NoOrg("Busse"),
        ],
    },
    Case {
        name: "a_first_title_in_apposition_over_a_towns_second_title",
        text: "Die Verbandsversammlung des Zweckverbands Stadt-Umland-Bahn (ZV StUB) hat beschlossen. Die Verbandsvorsitzende des ZV StUB, Erlangens Oberbürgermeisterin Dr. Katrin Wöhrl, sprach von einem Signal. Die Stadt Erlangen baut. Der Aufsichtsratsvorsitzende der Stadtwerke Nürnberg GmbH, Nürnbergs Oberbürgermeister Matthias Keller (CSU), nannte den Beschluss gut. Die Stadt Nürnberg zahlt.",
        expect: &[
            Person(
                "Katrin Wöhrl",
                &[
                    ("Verbandsvorsitzende", "Zweckverband Stadt-Umland-Bahn"),
                    ("Oberbürgermeisterin", "Stadt Erlangen"),
                ],
            ),
            Person(
                "Matthias Keller",
                &[
                    ("Aufsichtsratsvorsitzender", "Stadtwerke Nürnberg GmbH"),
                    ("Oberbürgermeister", "Stadt Nürnberg"),
                ],
            ),
        ],
    },
    Case {
        name: "a_zweckverbands_officers_and_a_captions_shorter_title",
        text: "Betrieben wird die Wache im Auftrag des Zweckverbands für Rettungsdienst Passau (ZRF). Dem Zweckverband gehören der Landkreis Passau und die Stadt Passau an. Der Passauer Oberbürgermeister Christian Wimmer (SPD), stellvertretender Verbandsvorsitzender, wies darauf hin. Hutthurms Erster Bürgermeister Florian Schwendtner dankte. Der Markt Hutthurm hatte das Grundstück gestellt.\n\nFoto: Landratsamt Passau – links Bürgermeister Florian Schwendtner.",
        expect: &[
            Person(
                "Christian Wimmer",
                &[
                    ("Oberbürgermeister", "Stadt Passau"),
                    ("stellvertretender Verbandsvorsitzender", "ZRF"),
                ],
            ),
            Person(
                "Florian Schwendtner",
                &[("Erster Bürgermeister", "Markt Hutthurm")],
            ),
        ],
    },
    Case {
        name: "a_roles_field_stops_at_an_address_line",
        text: "Pressekontakt:\nHochschule für nachhaltige Entwicklung Eberswalde\nRonja Tetzlaff-Ünal, Referentin für Presse- und Öffentlichkeitsarbeit\nSchicklerstraße 5, 16225 Eberswalde\nTelefon: 03334 657-213",
        expect: &[Person(
            "Ronja Tetzlaff-Ünal",
            &[(
                "Referentin für Presse- und Öffentlichkeitsarbeit",
                "Hochschule für nachhaltige Entwicklung Eberswalde",
            )],
        )],
    },
    Case {
        name: "a_bodys_name_without_its_town_and_a_lands_er_adjective",
        text: "Die Klassik Stiftung Weimar öffnet den Flügel. „Schön“, sagte der Präsident der Klassik Stiftung, Dr. Lothar Meinhold, bei der Eröffnung. Das Thüringer Ministerium für Bildung, Wissenschaft und Kultur trägt die Kosten. Thüringens Kulturministerin Dr. Maren Albrecht (CDU) sagte es.",
        expect: &[
            Person(
                "Lothar Meinhold",
                &[("Präsident", "Klassik Stiftung Weimar")],
            ),
            Person(
                "Maren Albrecht",
                &[(
                    "Kulturministerin",
                    "Thüringer Ministerium für Bildung, Wissenschaft und Kultur",
                )],
            ),
        ],
    },
    Case {
        name: "south_tyrols_province_and_a_town_that_is_a_rare_first_name",
        text: "Die Gemeinde Bozen und die Autonome Provinz Bozen haben unterzeichnet. Landesrat Josef Unterholzner (SVP) betonte, dass die Erfahrungen auch Meran zugutekommen sollen. „Wir wollen mehr“, sagte er.",
        expect: &[
            Person(
                "Josef Unterholzner",
                &[("Landesrat", "Autonome Provinz Bozen")],
            ),
            Org("Autonome Provinz Bozen", Government),
            People(&["Josef Unterholzner"]),
            Quote("„Wir wollen mehr“", Some("Josef Unterholzner")),
        ],
    },
    Case {
        name: "review_counterexamples_of_the_day_for_roles",
        text: "Stadt Augsburg\n\nDie Stadt Augsburg und die IHK Akademie Schwaben starten Kurse. Präsident der IHK ist Gerhard Pfeifer.",
        expect: &[Person("Gerhard Pfeifer", &[("Präsident", "IHK")])],
    },
    Case {
        name: "review_counterexamples_of_the_day_for_roles_2",
        text: "CDU-Kreistagsfraktion Esslingen\n\nDie CDU-Kreistagsfraktion Esslingen fordert einen Zuschuss. Die SPD-Kreistagsfraktion lehnt ihn ab. Der Vorsitzende der Fraktion, Peter Keller, sprach von einem Wahlgeschenk.",
        expect: &[Person(
            "Peter Keller",
            &[("Vorsitzender", "SPD-Kreistagsfraktion")],
        )],
    },
    Case {
        name: "review_counterexamples_of_the_day_for_roles_3",
        text: "Die Verbandsgemeinde Kirchberg und der Zweckverband Wasserversorgung Hunsrück bauen. Verbandsbürgermeister Harald Rosen lobte das.",
        expect: &[Person(
            "Harald Rosen",
            &[("Verbandsbürgermeister", "Verbandsgemeinde Kirchberg")],
        )],
    },
    Case {
        name: "review_counterexamples_of_the_day_for_roles_4",
        text: "Der Landrat des Landkreises Fürth, Fürths Oberbürgermeister Thomas Jung und der Präsident der Regierung von Mittelfranken eröffneten die Brücke.",
        expect: &[Person("Thomas Jung", &[("Oberbürgermeister", "")])],
    },
    Case {
        name: "second_review_counterexamples_for_roles",
        text: "Grünen-Fraktion im Kreistag Ebersberg\n\nDer CSU-Fraktion wirft die Sprecherin der Fraktion, Waltraud Gruber, Blockade vor. Der Vorsitzende des Zweckverbands Abfall Nord, Erlangens Oberbürgermeister Florian Janik und sein Stellvertreter, Landrat Alexander Tritt, stellten die Pläne vor. Die Stadt Erlangen zahlt.",
        expect: &[
            Person(
                "Waltraud Gruber",
                &[("Sprecherin", "Grünen-Fraktion im Kreistag Ebersberg")],
            ),
            Person(
                "Florian Janik",
                &[
                    ("Vorsitzender", "Zweckverband Abfall Nord"),
                    ("Oberbürgermeister", "Stadt Erlangen"),
                ],
            ),
        ],
    },
];

#[test]
fn roles_from_the_lexicon_and_by_head() {
    check(ROLES);
}

// ---------------------------------------------------------------------------
// Roles: modifiers and the nominative singular
// ---------------------------------------------------------------------------

/// Modifiers stay in the title, inflected along, initial letter as written;
/// see the module documentation.
const ROLE_MODIFIERS: &[Case] = &[
    Case {
        name: "modifier_parlamentarische",
        text: "Die Parlamentarische Staatssekretärin Dorothee Kahl überreichte die Förderbescheide.",
        expect: &[Person(
            "Dorothee Kahl",
            &[("Parlamentarische Staatssekretärin", "")],
        )],
    },
    Case {
        name: "modifier_stellvertretender_masculine_strong_form",
        text: "Der stellvertretende Vorsitzende Jens Lambrecht leitete die Sitzung.",
        expect: &[Person(
            "Jens Lambrecht",
            &[("stellvertretender Vorsitzender", "")],
        )],
    },
    Case {
        name: "modifier_stellvertretende_feminine",
        text: "Die stellvertretende Landrätin Petra Huber vertrat den erkrankten Landrat.",
        expect: &[Person("Petra Huber", &[("stellvertretende Landrätin", "")])],
    },
    Case {
        name: "modifier_kommissarische",
        text: "Die kommissarische Amtsleiterin Ute Brandt bestätigte den Termin.",
        expect: &[Person("Ute Brandt", &[("kommissarische Amtsleiterin", "")])],
    },
    Case {
        name: "modifier_regierender_listed_title",
        text: "Der Regierende Bürgermeister Kai Wegner eröffnete die Messe.",
        expect: &[Person("Kai Wegner", &[("Regierender Bürgermeister", "")])],
    },
];

#[test]
fn role_modifiers_belong_to_the_title() {
    check(ROLE_MODIFIERS);
}

const ROLE_NOMINATIVE: &[Case] = &[
    Case {
        name: "nominative_from_genitive_oberbuergermeisters",
        text: "Auf Einladung des Oberbürgermeisters Markus Lewe trafen sich die Projektpartner im Rathaus.",
        expect: &[Person("Markus Lewe", &[("Oberbürgermeister", "")])],
    },
    Case {
        name: "nominative_from_dative_staatssekretaerin",
        text: "Die Urkunde wurde von der Staatssekretärin Ortrun Weißhaupt überreicht.",
        expect: &[Person("Ortrun Weißhaupt", &[("Staatssekretärin", "")])],
    },
    Case {
        name: "nominative_from_genitive_n_declension",
        text: "Ein Sprecher des Ministerpräsidenten Hendrik Wüst bestätigte das Treffen.",
        expect: &[
            Person("Hendrik Wüst", &[("Ministerpräsident", "")]),
            People(&["Hendrik Wüst"]),
        ],
    },
    Case {
        name: "nominative_from_dative_landrat",
        text: "Gemeinsam mit dem Landrat Stefan Aigner besichtigte die Delegation die Schule.",
        expect: &[Person("Stefan Aigner", &[("Landrat", "")])],
    },
    Case {
        name: "nominative_adjectival_noun_by_gender",
        text: "Auf Initiative der Abgeordneten Nina Hartwig wurde die Anhörung verlängert, die Anfrage des Abgeordneten Paul Simon wird beantwortet.",
        expect: &[
            Person("Nina Hartwig", &[("Abgeordnete", "")]),
            Person("Paul Simon", &[("Abgeordneter", "")]),
        ],
    },
    Case {
        name: "nominative_modifier_from_genitive",
        text: "Auf Antrag des stellvertretenden Vorsitzenden Jens Lambrecht tagte der Ausschuss öffentlich.",
        expect: &[Person(
            "Jens Lambrecht",
            &[("stellvertretender Vorsitzender", "")],
        )],
    },
];

#[test]
fn role_titles_in_the_nominative_singular() {
    check(ROLE_NOMINATIVE);
}

// ---------------------------------------------------------------------------
// Linking people, roles and organisations: one test per pattern
// ---------------------------------------------------------------------------

#[test]
fn link_org_role_person() {
    check(&[
        Case {
            name: "org_role_person_govdigital_ceo",
            text: "Die Genossenschaft wächst weiter, sagt govdigital-CEO Martin Schallbruch.",
            expect: &[
                Person("Martin Schallbruch", &[("CEO", "govdigital")]),
                Org("govdigital", Cooperative),
            ],
        },
        Case {
            name: "org_role_person_bsi_president",
            text: "BSI-Präsidentin Claudia Plattner stellte den Lagebericht zur IT-Sicherheit vor.",
            expect: &[
                Person("Claudia Plattner", &[("Präsidentin", "BSI")]),
                Org("BSI", Authority),
            ],
        },
        Case {
            name: "org_role_person_association",
            text: "Bitkom-Hauptgeschäftsführer Lars Hagemann kommentierte die Umfrage, Dataport-Vorständin Silke Reimers kündigte den Ausbau an.",
            expect: &[
                Person("Lars Hagemann", &[("Hauptgeschäftsführer", "Bitkom")]),
                Person("Silke Reimers", &[("Vorständin", "Dataport")]),
            ],
        },
    ]);
}

#[test]
fn link_role_person() {
    check(&[
        Case {
            name: "role_person_federal_minister",
            text: "Bundesinnenministerin Nancy Faeser hat die Cybersicherheitsagenda vorgestellt.",
            expect: &[
                Person("Nancy Faeser", &[("Bundesinnenministerin", "")]),
                Orgs(&[]),
            ],
        },
        Case {
            name: "land_minister_genitive_takes_no_federal_ministry",
            text: "Das Bundesministerium des Innern (BMI) lud ein. Bayerns Innenminister Joachim Herrmann sprach als Erster.",
            expect: &[Person("Joachim Herrmann", &[("Innenminister", "")])],
        },
        Case {
            name: "land_minister_adjective_takes_that_land_s_ministry",
            text: "Das Bundesministerium des Innern und das Bayerische Staatsministerium des Innern, für Sport und Integration luden ein. Der bayerische Innenminister Joachim Herrmann sprach als Erster.",
            expect: &[Person(
                "Joachim Herrmann",
                &[(
                    "Innenminister",
                    "Bayerisches Staatsministerium des Innern, für Sport und Integration",
                )],
            )],
        },
        Case {
            name: "land_adjective_before_a_manager_is_no_land_office",
            text: "Das Landesamt für Umwelt lädt ein. Die Stadtwerke Augsburg GmbH hilft. Der bayerische Geschäftsführer Thomas Keller sprach.",
            expect: &[Person(
                "Thomas Keller",
                &[("Geschäftsführer", "Stadtwerke Augsburg GmbH")],
            )],
        },
        Case {
            name: "land_short_before_hyphen_is_no_organisation",
            text: "NRW-Justizminister Dr. Benjamin Limbach stellte das Gesetz vor.",
            expect: &[
                Person("Benjamin Limbach", &[("Justizminister", "")]),
                NoOrg("NRW"),
            ],
        },
        Case {
            name: "role_person_2025_federal_minister",
            text: "Bundesdigitalminister Karsten Wildberger will die Verwaltung spürbar entlasten.",
            expect: &[Person(
                "Karsten Wildberger",
                &[("Bundesdigitalminister", "")],
            )],
        },
    ]);
}

#[test]
fn link_person_comma_role_of_org() {
    check(&[
        Case {
            name: "person_role_des_org_company",
            text: "Das sagte Anja Theurer, CFO des DigitalService, am Montag in Berlin.",
            expect: &[
                Person("Anja Theurer", &[("CFO", "DigitalService")]),
                NoOrg("Berlin"),
            ],
        },
        Case {
            name: "person_role_in_brackets_on_a_contact_line",
            text: "Die Arbeiten beginnen im Mai.\n\nPressekontakt:\nWiebke Carstens-Ohlsen (Pressesprecherin)\nWasserstraßen- und Schifffahrtsamt Elbe-Nordsee\nAm Alten Hafen 2, 27472 Cuxhaven",
            expect: &[Person(
                "Wiebke Carstens-Ohlsen",
                &[(
                    "Pressesprecherin",
                    "Wasserstraßen- und Schifffahrtsamt Elbe-Nordsee",
                )],
            )],
        },
        Case {
            name: "person_compound_director_department_of_org",
            text: "„Wer Gewinne verspricht, verschweigt das Risiko“, sagte Dr. Birgit Oyelaran-Schmitz, Exekutivdirektorin Wertpapieraufsicht der BaFin, am Mittwoch.",
            expect: &[
                Person(
                    "Birgit Oyelaran-Schmitz",
                    &[("Exekutivdirektorin", "BaFin")],
                ),
                NoPerson("Wertpapieraufsicht"),
            ],
        },
        Case {
            name: "person_church_offices_of_the_one_diocese",
            text: "Das Erzbistum Köln baut die Kirche um. „Das ist ein guter Tag“, sagte Generalvikar Dr. Benedikt Lorscheid. Diözesanbaumeisterin Katrin Oberhäuser erläuterte die Pläne.",
            expect: &[
                Person("Benedikt Lorscheid", &[("Generalvikar", "Erzbistum Köln")]),
                Person(
                    "Katrin Oberhäuser",
                    &[("Diözesanbaumeisterin", "Erzbistum Köln")],
                ),
            ],
        },
        Case {
            name: "person_parish_priest_of_the_parish_not_the_diocese",
            text: "Die Kirche im Bonner Norden wird eine Kita. Das Erzbistum Köln und die Katholische Kirchengemeinde St. Petrus Bonn haben einen Vertrag unterzeichnet. Generalvikar Benedikt Lorscheid lobte das. Pfarrer Emmanuel Nwosu, leitender Pfarrer der Kirchengemeinde St. Petrus, sagte, man sei froh.",
            expect: &[
                Person("Benedikt Lorscheid", &[("Generalvikar", "Erzbistum Köln")]),
                Person(
                    "Emmanuel Nwosu",
                    &[
                        ("Pfarrer", "Katholische Kirchengemeinde St. Petrus Bonn"),
                        (
                            "leitender Pfarrer",
                            "Katholische Kirchengemeinde St. Petrus Bonn",
                        ),
                    ],
                ),
                Aliases(
                    "Katholische Kirchengemeinde St. Petrus Bonn",
                    &["Kirchengemeinde St. Petrus"],
                ),
                NoPerson("Petrus Bonn"),
            ],
        },
        Case {
            name: "person_bishop_of_the_church_not_of_its_welfare_work",
            text: "Das Diakonische Werk Evangelischer Kirchen in Mitteldeutschland e.V. und die Evangelische Kirche in Mitteldeutschland (EKM) fordern Hilfe. Regionalbischöfin Cornelia Wendtland-Ruf sagte, es eile.",
            expect: &[Person(
                "Cornelia Wendtland-Ruf",
                &[(
                    "Regionalbischöfin",
                    "Evangelische Kirche in Mitteldeutschland",
                )],
            )],
        },
        Case {
            name: "person_first_name_that_is_a_little_word_after_a_title",
            text: "Zurückhaltend äußerte sich der Städteverband Schleswig-Holstein. Dessen geschäftsführendes Vorstandsmitglied, Dr. Per Sönnichsen, erklärte: „Wir haben nichts dagegen.“ Per E-Mail ist er erreichbar.",
            expect: &[
                Person(
                    "Per Sönnichsen",
                    &[(
                        "geschäftsführendes Vorstandsmitglied",
                        "Städteverband Schleswig-Holstein",
                    )],
                ),
                NoPerson("Per E-Mail"),
            ],
        },
        Case {
            name: "person_no_parish_town_after_a_saint_before_a_noun",
            text: "Die Pfarrei St. Martin Gottesdienste feiert nicht mehr.",
            expect: &[Named("Pfarrei St. Martin")],
        },
        Case {
            name: "person_company_office_goes_to_the_company_of_its_paragraph",
            text: "Das Bundesministerium für wirtschaftliche Zusammenarbeit und Entwicklung (BMZ) fördert das Projekt. Die Deutsche Gesellschaft für Internationale Zusammenarbeit (GIZ) GmbH setzt es um.\n\nAls Partner beteiligt sich die Solarwerk Lausitz GmbH aus Cottbus. Das mittelständische Unternehmen stellt Übungsanlagen bereit. „Wir lernen dabei viel“, sagte Geschäftsführer Tobias Reichenbach. Die Handwerkskammer Cottbus begleitet das.",
            expect: &[Person(
                "Tobias Reichenbach",
                &[("Geschäftsführer", "Solarwerk Lausitz GmbH")],
            )],
        },
        Case {
            name: "person_no_womans_title_for_a_man",
            text: "Die Staatsanwaltschaft hat Anklage gegen die Geschäftsführerin der Mainpflege Kitzingen GmbH erhoben. Der Verteidiger der Geschäftsführerin, Rechtsanwalt Dr. Kaspar Freiherr von Thüngen, erklärte, seine Mandantin habe sich nicht bereichert.",
            expect: &[Person(
                "Kaspar Freiherr von Thüngen",
                &[("Rechtsanwalt", "")],
            )],
        },
        Case {
            name: "person_role_des_org_authority",
            text: "Jana Hartmann, Leiterin des Landesamtes für Digitalisierung, Breitband und Vermessung, stellte die neuen Karten vor.",
            expect: &[Person(
                "Jana Hartmann",
                &[(
                    "Leiterin",
                    "Landesamt für Digitalisierung, Breitband und Vermessung",
                )],
            )],
        },
        Case {
            name: "person_role_des_org_association",
            text: "Thomas Berger, Präsident des Deutschen Landkreistages, forderte mehr Geld für die Kommunen.",
            expect: &[Person(
                "Thomas Berger",
                &[("Präsident", "Deutscher Landkreistag")],
            )],
        },
        Case {
            name: "person_role_der_org_municipality",
            text: "Mit dabei war Sabine Wenz, Digitaldezernentin der Stadt Ulm.",
            expect: &[Person(
                "Sabine Wenz",
                &[("Digitaldezernentin", "Stadt Ulm")],
            )],
        },
    ]);
}

#[test]
fn link_the_role_of_org_comma_person() {
    check(&[
        Case {
            name: "the_role_of_org_person_zendis",
            text: "Der Interimsgeschäftsführer der ZenDiS, Andreas Reckert-Lodde, sagte, die Zusammenarbeit werde ausgebaut.",
            expect: &[Person(
                "Andreas Reckert-Lodde",
                &[("Interimsgeschäftsführer", "ZenDiS")],
            )],
        },
        Case {
            name: "the_role_of_org_person_staedtetag",
            text: "Die Präsidentin des Deutschen Städtetages, Katja Wendt, forderte eine verlässliche Finanzierung.",
            expect: &[Person(
                "Katja Wendt",
                &[("Präsidentin", "Deutscher Städtetag")],
            )],
        },
        Case {
            name: "the_role_of_org_person_akdb",
            text: "Der Vorstandsvorsitzende der AKDB, Rudolf Berger, verwies auf die Erfahrungen in Bayern.",
            expect: &[
                Person("Rudolf Berger", &[("Vorstandsvorsitzender", "AKDB")]),
                NoOrg("Bayern"),
            ],
        },
    ]);
}

#[test]
fn link_role_of_org_person() {
    check(&[
        Case {
            name: "role_of_org_person_bsi",
            text: "Dazu äußerte sich die Präsidentin des BSI Claudia Plattner.",
            expect: &[Person("Claudia Plattner", &[("Präsidentin", "BSI")])],
        },
        Case {
            name: "role_of_org_person_municipality",
            text: "Es sprach der Bürgermeister der Gemeinde Vaterstetten Leo Brandstätter.",
            expect: &[Person(
                "Leo Brandstätter",
                &[("Bürgermeister", "Gemeinde Vaterstetten")],
            )],
        },
        Case {
            name: "role_of_org_person_company",
            text: "Die Geschäftsführerin der Stadtwerke Lüneburg GmbH Kerstin Marx erläuterte das neue Kundenportal.",
            expect: &[Person(
                "Kerstin Marx",
                &[("Geschäftsführerin", "Stadtwerke Lüneburg GmbH")],
            )],
        },
    ]);
}

#[test]
fn link_party_role_person() {
    check(&[
        Case {
            name: "party_mandate_federal",
            text: "SPD-Bundestagsabgeordnete Marlene Voigt besuchte das Rechenzentrum.",
            expect: &[
                Person("Marlene Voigt", &[("Bundestagsabgeordnete", "")]),
                PartyOf("Marlene Voigt", "SPD"),
            ],
        },
        Case {
            name: "party_mandate_land",
            text: "CDU-Landtagsabgeordneter Jörg Reinhardt kritisierte die Verzögerung.",
            expect: &[
                Person("Jörg Reinhardt", &[("Landtagsabgeordneter", "")]),
                PartyOf("Jörg Reinhardt", "CDU"),
            ],
        },
        Case {
            name: "party_office_is_also_the_roles_organisation",
            text: "SPD-Vorsitzende Bärbel Kühn eröffnete den Landesparteitag.",
            expect: &[
                Person("Bärbel Kühn", &[("Vorsitzende", "SPD")]),
                PartyOf("Bärbel Kühn", "SPD"),
            ],
        },
    ]);
}

#[test]
fn link_person_party_in_brackets() {
    check(&[
        Case {
            name: "person_party_is_no_role",
            text: "Auch Nancy Faeser (SPD) sprach sich für die Reform aus.",
            expect: &[
                Person("Nancy Faeser", &[]),
                PartyOf("Nancy Faeser", "SPD"),
                NoRole("SPD"),
            ],
        },
        Case {
            name: "role_person_party",
            text: "Landrat Stefan Aigner (CSU) begrüßte die Entscheidung des Kreistags.",
            expect: &[
                Person("Stefan Aigner", &[("Landrat", "")]),
                PartyOf("Stefan Aigner", "CSU"),
            ],
        },
        Case {
            name: "two_people_two_parties",
            text: "Widerspruch kam von Lea Berger (Die Linke) und Tom Weiß (FDP).",
            expect: &[
                PartyOf("Lea Berger", "Die Linke"),
                PartyOf("Tom Weiß", "FDP"),
                People(&["Lea Berger", "Tom Weiß"]),
            ],
        },
    ]);
}

#[test]
fn link_definite_description_to_the_role_holder() {
    check(&[
        Case {
            name: "definite_description_org_role",
            text: "Die Genossenschaft zählt nun 27 Mitglieder, sagt govdigital-CEO Martin Schallbruch. „Wir wollen in den kommenden Jahren weiter wachsen“, sagte der govdigital-CEO.",
            expect: &[
                Quote(
                    "„Wir wollen in den kommenden Jahren weiter wachsen“",
                    Some("Martin Schallbruch"),
                ),
                RoleMentions("Martin Schallbruch", "CEO", 2),
                People(&["Martin Schallbruch"]),
            ],
        },
        Case {
            name: "definite_description_bare_role",
            text: "Landrätin Hiltrud Obermüller besuchte die Schule. „Hier wird Digitalisierung jeden Tag ganz praktisch gelebt“, sagte die Landrätin.",
            expect: &[
                Quote(
                    "„Hier wird Digitalisierung jeden Tag ganz praktisch gelebt“",
                    Some("Hiltrud Obermüller"),
                ),
                RoleMentions("Hiltrud Obermüller", "Landrätin", 2),
            ],
        },
    ]);
}

// ---------------------------------------------------------------------------
// Quotes
// ---------------------------------------------------------------------------

const QUOTES: &[Case] = &[
    Case {
        name: "quote_fragment_review_counterexamples",
        text: "Im Gespräch mit Oberbürgermeister Thomas Müller lobte der Verband die „gute Zusammenarbeit“. Wie Polizeisprecher Stefan Wolf mitteilte, warnt die Polizei vor sogenannten „falschen Polizeibeamten“. Landrätin Tamara Bischof begrüßte die Teilnehmer der Aktion „sauberhafte Stadt“ am Samstag. Am Montag erhielt Maria Huber aus Cham einen Anruf. Die Kriminalpolizei ermittelt. Sie warnt vor „falschen Polizeibeamten“ am Telefon.",
        expect: &[Quotes(0)],
    },
    Case {
        name: "quote_fragment_in_lowercase_after_a_judging_verb",
        text: "Der Hauptgeschäftsführer der IHK zu Lübeck, Dr. Lars Pröhl-Sievers, nannte den Entwurf „überfällig“. Landrat Franz Pongratz sprach. Er dankte dem Direktor, Pavel Hrubý, für die „unkomplizierte Zusammenarbeit“. Bürgermeisterin Anna Roth stellte das Programm „Nasse Moore“ vor.",
        expect: &[
            Quote("„überfällig“", Some("Lars Pröhl-Sievers")),
            Quote("„unkomplizierte Zusammenarbeit“", Some("Franz Pongratz")),
            Quotes(2),
        ],
    },
    Case {
        name: "quote_attribution_age_before_the_name",
        text: "Landtagspräsidentin Cornelia Hesselbarth eröffnete die Sitzung. „Wer auf dem Dorf wohnt, kommt abends nirgendwo mehr hin“, sagte die 17-jährige Lina Baumgart aus Merseburg.",
        expect: &[
            Quote(
                "„Wer auf dem Dorf wohnt, kommt abends nirgendwo mehr hin“",
                Some("Lina Baumgart"),
            ),
            Quotes(1),
        ],
    },
    Case {
        name: "quote_attribution_after_role_person",
        text: "„Open Source ist für uns ein wichtiger Baustein, um die Verwaltung souverän aufzustellen“, sagt govdigital-CEO Martin Schallbruch.",
        expect: &[
            Quote(
                "„Open Source ist für uns ein wichtiger Baustein, um die Verwaltung souverän aufzustellen“",
                Some("Martin Schallbruch"),
            ),
            Quotes(1),
        ],
    },
    Case {
        name: "quote_attribution_so_surname",
        text: "Anja Theurer, CFO des DigitalService, stellte die Bilanz vor. „Wir haben unsere Ziele für dieses Jahr vollständig erreicht“, so Theurer.",
        expect: &[
            Quote(
                "„Wir haben unsere Ziele für dieses Jahr vollständig erreicht“",
                Some("Anja Theurer"),
            ),
            People(&["Anja Theurer"]),
            Mentions("Anja Theurer", &["Anja Theurer", "Theurer"]),
        ],
    },
    Case {
        name: "quote_attribution_before_with_colon",
        text: "Staatssekretärin Ortrun Weißhaupt sagte: „Wir bauen die Verwaltung von morgen.“",
        expect: &[
            Quote(
                "„Wir bauen die Verwaltung von morgen.“",
                Some("Ortrun Weißhaupt"),
            ),
            Quotes(1),
        ],
    },
    Case {
        name: "quote_attribution_before_with_role_apposition",
        text: "Kerstin Marx, Geschäftsführerin der Stadtwerke Lüneburg GmbH, betonte: „Datenschutz hat für uns höchste Priorität.“",
        expect: &[
            Quote(
                "„Datenschutz hat für uns höchste Priorität.“",
                Some("Kerstin Marx"),
            ),
            Person(
                "Kerstin Marx",
                &[("Geschäftsführerin", "Stadtwerke Lüneburg GmbH")],
            ),
        ],
    },
    Case {
        name: "quote_guillemets",
        text: "»Die Resonanz auf das neue Online-Angebot hat uns alle überrascht«, erklärte Projektleiterin Marieke van Dijk.",
        expect: &[
            Quote(
                "»Die Resonanz auf das neue Online-Angebot hat uns alle überrascht«",
                Some("Marieke van Dijk"),
            ),
            Person("Marieke van Dijk", &[("Projektleiterin", "")]),
        ],
    },
    Case {
        name: "quote_straight_marks",
        text: "\"Wir sind auf den Ernstfall gut vorbereitet, die Abläufe sitzen\", betonte Einsatzleiter Jonas Pohl.",
        expect: &[
            Quote(
                "\"Wir sind auf den Ernstfall gut vorbereitet, die Abläufe sitzen\"",
                Some("Jonas Pohl"),
            ),
            Person("Jonas Pohl", &[("Einsatzleiter", "")]),
        ],
    },
    Case {
        name: "quote_swiss_guillemets",
        text: "«Das Angebot wird von der Bevölkerung rege genutzt», sagte Regierungsrat Urs Keller.",
        expect: &[
            Quote(
                "«Das Angebot wird von der Bevölkerung rege genutzt»",
                Some("Urs Keller"),
            ),
            Quotes(1),
        ],
    },
    Case {
        name: "quote_unattributed_continues_the_speaker",
        text: "„Der Start des neuen Portals ist rundum gelungen“, sagte Oberbürgermeisterin Katja Wendt. „Jetzt kommt es auf die Nutzerinnen und Nutzer an.“",
        expect: &[
            Quote(
                "„Der Start des neuen Portals ist rundum gelungen“",
                Some("Katja Wendt"),
            ),
            Quote(
                "„Jetzt kommt es auf die Nutzerinnen und Nutzer an.“",
                Some("Katja Wendt"),
            ),
            Quotes(2),
        ],
    },
    Case {
        name: "quote_unattributed_after_reported_speech",
        text: "Der Interimsgeschäftsführer der ZenDiS, Andreas Reckert-Lodde, sagte, der Beitritt schaffe neue Möglichkeiten. „Somit können wir Open-Source-Projekte gemeinsam durchführen.“",
        expect: &[Quote(
            "„Somit können wir Open-Source-Projekte gemeinsam durchführen.“",
            Some("Andreas Reckert-Lodde"),
        )],
    },
    Case {
        name: "quote_short_quotes_with_attribution_are_quotes",
        text: "„Wir sind bereit“, sagte Lena Hoffmann. „Wir auch“, ergänzte Jonas Becker.",
        expect: &[
            Quote("„Wir sind bereit“", Some("Lena Hoffmann")),
            Quote("„Wir auch“", Some("Jonas Becker")),
            Quotes(2),
        ],
    },
    Case {
        name: "quote_quoted_titles_are_no_quotes",
        text: "Das Förderprogramm „Digitale Schule“ und das Portal „Bürgerservice Online“ starten im Januar.",
        expect: &[Quotes(0)],
    },
    Case {
        name: "quote_without_speaker",
        text: "„Die Lage ist ernst, aber beherrschbar“, heißt es in einer Mitteilung der Genossenschaft.",
        expect: &[
            Quote("„Die Lage ist ernst, aber beherrschbar“", None),
            Quotes(1),
            People(&[]),
        ],
    },
    Case {
        name: "quote_speaker_after_a_long_role",
        text: "„Ein Dorf ohne Laden verliert einen Treffpunkt“, sagte die Parlamentarische Staatssekretärin beim Bundesminister für Landwirtschaft, Ernährung und Heimat, Dr. Miriam Haddad-Kettler, in Berlin.",
        expect: &[Quote(
            "„Ein Dorf ohne Laden verliert einen Treffpunkt“",
            Some("Miriam Haddad-Kettler"),
        )],
    },
    Case {
        name: "quote_speaker_before_in_the_same_sentence",
        text: "Prof. Dr. Hans-Jörg Brettschneider, Hauptgeschäftsführer des Deutschen Landkreistages, nannte es „ein überfälliges Signal an die ländlichen Räume“, mahnte aber mehr an.",
        expect: &[Quote(
            "„ein überfälliges Signal an die ländlichen Räume“",
            Some("Hans-Jörg Brettschneider"),
        )],
    },
    Case {
        name: "quote_speaker_not_past_a_pronoun",
        text: "Bürgermeisterin Anna Keller betonte, das Haus sei wichtig. „Wir haben lange gewartet“, sagte sie gemeinsam mit Landrat Peter Holm.",
        expect: &[Quote("„Wir haben lange gewartet“", Some("Anna Keller"))],
    },
    Case {
        name: "quote_speaker_by_a_pronoun_or_age_after_it",
        text: "Schulleiterin Ines Pfotenhauer sieht darin eine Herausforderung. „Wir werden zwei Jahre lang improvisieren müssen“, sagte die 52-Jährige. Landrat Peter Holm kam auch. Die Ordnungsdezernentin der Stadt, Annika Dressler-Mbaye, machte sich ein Bild. Sie dankte den Einsatzkräften: „Viele von ihnen sind direkt zur Arbeit gefahren.“",
        expect: &[
            Quote(
                "„Wir werden zwei Jahre lang improvisieren müssen“",
                Some("Ines Pfotenhauer"),
            ),
            Quote(
                "„Viele von ihnen sind direkt zur Arbeit gefahren.“",
                Some("Annika Dressler-Mbaye"),
            ),
        ],
    },
    Case {
        name: "quote_speaker_before_an_auxiliary_and_participle",
        text: "„Wer jetzt streikt, belastet vor allem die Fahrgäste“, hatte KAV-Hauptgeschäftsführer Dr. Jan-Hendrik Scholten bereits am Montag erklärt.",
        expect: &[Quote(
            "„Wer jetzt streikt, belastet vor allem die Fahrgäste“",
            Some("Jan-Hendrik Scholten"),
        )],
    },
    Case {
        name: "quote_speaker_over_a_dotted_name",
        text: "„Wer nichts bietet, darf sich nicht wundern“, sagte die stellvertretende Landesbezirksleiterin von ver.di NRW, Gülay Arslan-Becker.",
        expect: &[Quote(
            "„Wer nichts bietet, darf sich nicht wundern“",
            Some("Gülay Arslan-Becker"),
        )],
    },
    Case {
        name: "quoted_fragment_inside_a_sentence_with_its_subject",
        text: "Sophie Engelhardt-Mbeki sprach bei der Vorstellung in Jena von einem „Modell für ganz Thüringen“. Dr. Lukas van der Meulen bezifferte die Kosten auf einen „mittleren einstelligen Milliardenbetrag“. Das Programm heißt „Nahversorgung vor Ort“.",
        expect: &[
            Quote(
                "„Modell für ganz Thüringen“",
                Some("Sophie Engelhardt-Mbeki"),
            ),
            Quote(
                "„mittleren einstelligen Milliardenbetrag“",
                Some("Lukas van der Meulen"),
            ),
            Quotes(2),
        ],
    },
    Case {
        name: "legal_name_with_the_little_words_of_a_name",
        text: "Er ist Justiziar des Bundes der Historischen Deutschen Schützenbruderschaften e.V. (BHDS). Das Diakonische Werk Evangelischer Kirchen in Mitteldeutschland e.V. warnt. Die Vorsitzende des Bundes der Steuerzahler e.V., Anna Weber, widerspricht.",
        expect: &[
            Orgs(&[
                "Bund der Historischen Deutschen Schützenbruderschaften e.V.",
                "Diakonisches Werk Evangelischer Kirchen in Mitteldeutschland e.V.",
                "Bund der Steuerzahler e.V.",
            ]),
            Aliases(
                "Bund der Historischen Deutschen Schützenbruderschaften e.V.",
                &["BHDS"],
            ),
            Person(
                "Anna Weber",
                &[("Vorsitzende", "Bund der Steuerzahler e.V.")],
            ),
        ],
    },
    Case {
        name: "mbh_after_a_body_of_a_land",
        text: "Die Mittelständische Beteiligungsgesellschaft Sachsen mbH beteiligt sich. Die Verkehrsgesellschaft Vorpommern-Greifswald mbH (VVG) fährt.",
        expect: &[
            Org(
                "Mittelständische Beteiligungsgesellschaft Sachsen mbH",
                Company,
            ),
            Aliases("Verkehrsgesellschaft Vorpommern-Greifswald mbH", &["VVG"]),
        ],
    },
    Case {
        name: "acronym_never_in_brackets_by_its_letters",
        text: "Gemeinsame Pressemitteilung der Bürgschaftsbank Sachsen GmbH und der Mittelständischen Beteiligungsgesellschaft Sachsen mbH. Die Sprecherin der Geschäftsführung der BBS, Katrin Oelschlägel, sagte das. Die Kieler Verkehrsgesellschaft mbH fährt, die KVG baut. Die DSGVO gilt.",
        expect: &[
            Aliases("Bürgschaftsbank Sachsen GmbH", &["BBS"]),
            Aliases("Kieler Verkehrsgesellschaft mbH", &["KVG"]),
            Person(
                "Katrin Oelschlägel",
                &[(
                    "Sprecherin der Geschäftsführung",
                    "Bürgschaftsbank Sachsen GmbH",
                )],
            ),
            NoOrg("DSGVO"),
        ],
    },
    Case {
        name: "amt_with_its_place_not_the_office",
        text: "Der Leitende Verwaltungsbeamte des Amtes Eiderstedt sprach. Amtsvorsteher Dirk von Elbe vom Amt Anklam-Land dankte. Sie tritt ihr Amt Anfang Mai an. Er hat das Amt Ende 2020 übernommen. Das Portal „Mein Amt Wien“ startet. Die Polizeistation Garding hilft. Künftig muss das Amt Mindeststandards für alle festlegen.",
        expect: &[
            Orgs(&[
                "Amt Eiderstedt",
                "Amt Anklam-Land",
                "Polizeistation Garding",
            ]),
            Org("Amt Eiderstedt", Municipality),
            Person("Dirk von Elbe", &[("Amtsvorsteher", "Amt Anklam-Land")]),
        ],
    },
    Case {
        name: "committee_by_compound_or_adjective",
        text: "Der Haushaltsausschuss des Deutschen Bundestages hat zugestimmt. Im Haushaltsausschuss war es knapp. Die Vorsitzende des Wirtschaftsausschusses, Gabriele Yilmaz, sagte das. Im Kulturpolitischen Ausschuss wurde beraten. Der Ausschuss tagt wieder.",
        expect: &[
            Orgs(&[
                "Haushaltsausschuss des Deutschen Bundestages",
                "Wirtschaftsausschuss",
                "Kulturpolitischer Ausschuss",
            ]),
            Aliases(
                "Haushaltsausschuss des Deutschen Bundestages",
                &["Haushaltsausschuss"],
            ),
            Org("Wirtschaftsausschuss", Parliament),
            Person(
                "Gabriele Yilmaz",
                &[("Vorsitzende", "Wirtschaftsausschuss")],
            ),
        ],
    },
    Case {
        name: "committee_compound_joins_its_committee",
        text: "Der Ausschuss für Digitalisierung und Innovation tagt. Die Vorsitzende des Digitalausschusses, Dr. Sabine Overath, eröffnete.",
        expect: &[
            Orgs(&["Ausschuss für Digitalisierung und Innovation"]),
            Aliases(
                "Ausschuss für Digitalisierung und Innovation",
                &["Digitalausschuss"],
            ),
            Person(
                "Sabine Overath",
                &[(
                    "Vorsitzende",
                    "Ausschuss für Digitalisierung und Innovation",
                )],
            ),
        ],
    },
    Case {
        name: "role_of_a_pronoun_or_an_age_goes_to_the_person_before",
        text: "Verantwortet hat die Auswertung Dr. Henrike Saalmüller-Obi. Sie ist bei der Landesanstalt für Landwirtschaft (LEL) Leiterin des Referats Landschaftspflege. Wie sich das auswirkt, schilderte Sebastian Pohle-Mertens. Als Einrichtungsleiter führe er viele Gespräche. Die Journalistin Annika Pfleiderer wurde gewählt. Die 48-Jährige arbeitet derzeit als Chefredakteurin beim Bayerischen Rundfunk. Eine Stipendiatin ist Johanna Meyer. Sie habe sich eine Tätigkeit als Hausärztin gut vorstellen können.",
        expect: &[
            Person(
                "Henrike Saalmüller-Obi",
                &[("Leiterin", "Landesanstalt für Landwirtschaft")],
            ),
            Person("Sebastian Pohle-Mertens", &[("Einrichtungsleiter", "")]),
            Person(
                "Annika Pfleiderer",
                &[("Chefredakteurin", "Bayerischer Rundfunk")],
            ),
            Person("Johanna Meyer", &[]),
        ],
    },
    Case {
        name: "office_that_issues_a_release_or_takes_an_acronym_is_a_body",
        text: "Bremen, 12.11.2025 – Pressemitteilung der Senatorin für Gesundheit, Frauen und Verbraucherschutz\n\nDas Zentrum öffnet, sagte Gesundheitssenatorin Dr. Aylin Brinkmann-Çelik am Mittwoch. Die Landesbeauftragte für Datenschutz und Informationsfreiheit Nordrhein-Westfalen (LDI NRW) warnt. Die Landesbeauftragte Dr. Helene Strothmann-Acar sagte das. Der stellvertretende Landesbeauftragte Thomas Bergkamp-Iwu erläuterte es. Die Staatssekretärin für Digitales, Anna Weber, kam auch.",
        expect: &[
            Org(
                "Senatorin für Gesundheit, Frauen und Verbraucherschutz",
                Authority,
            ),
            Org(
                "Landesbeauftragte für Datenschutz und Informationsfreiheit Nordrhein-Westfalen",
                Authority,
            ),
            Aliases(
                "Landesbeauftragte für Datenschutz und Informationsfreiheit Nordrhein-Westfalen",
                &["LDI NRW"],
            ),
            Person(
                "Aylin Brinkmann-Çelik",
                &[(
                    "Gesundheitssenatorin",
                    "Senatorin für Gesundheit, Frauen und Verbraucherschutz",
                )],
            ),
            Person(
                "Helene Strothmann-Acar",
                &[(
                    "Landesbeauftragte",
                    "Landesbeauftragte für Datenschutz und Informationsfreiheit Nordrhein-Westfalen",
                )],
            ),
            Person(
                "Thomas Bergkamp-Iwu",
                &[(
                    "stellvertretender Landesbeauftragter",
                    "Landesbeauftragte für Datenschutz und Informationsfreiheit Nordrhein-Westfalen",
                )],
            ),
            NoOrg("Staatssekretärin für Digitales"),
        ],
    },
    Case {
        name: "unit_named_with_its_parent_gives_the_parent",
        text: "Das Landeskriminalamt Niedersachsen (LKA) warnt. Jörn Aschenbeck, Leiter des Kriminaltechnischen Instituts des LKA, sagte das. Agata Lewandowska, Leiterin des Veterinäramtes des Landkreises Cloppenburg, sagte es auch.",
        expect: &[
            Person(
                "Jörn Aschenbeck",
                &[("Leiter", "Landeskriminalamt Niedersachsen")],
            ),
            Person(
                "Agata Lewandowska",
                &[("Leiterin", "Veterinäramt des Landkreises Cloppenburg")],
            ),
        ],
    },
    Case {
        name: "one_office_under_two_titles_at_one_body",
        text: "Der Bericht ging an den Präsidenten des Landtags Nordrhein-Westfalen, Karl-Heinz Wellbrock. Landtagspräsident Wellbrock dankte. Präsident Ole Brand vom Landtag Brandenburg und Vizepräsident Ole Brand vom Landtag Brandenburg kamen.",
        expect: &[
            Person(
                "Karl-Heinz Wellbrock",
                &[("Präsident", "Landtag Nordrhein-Westfalen")],
            ),
            Person(
                "Ole Brand",
                &[
                    ("Präsident", "Landtag Brandenburg"),
                    ("Vizepräsident", "Landtag Brandenburg"),
                ],
            ),
        ],
    },
    Case {
        name: "amt_head_and_short_name_of_a_university",
        text: "Das Amt Eiderstedt baut. Den Schlüssel übergab Amtsvorsteher Hauke Carstensen-Paulsen. Begleitet wird das Projekt von der Europa-Universität Viadrina. Prof. Dr. Agnieszka Lemańska-Thiel, Professorin für Öffentliches Recht an der Viadrina, wertet aus. Die Universität Münster forscht auch.",
        expect: &[
            Person(
                "Hauke Carstensen-Paulsen",
                &[("Amtsvorsteher", "Amt Eiderstedt")],
            ),
            Aliases("Europa-Universität Viadrina", &["Viadrina"]),
            Aliases("Universität Münster", &[]),
            Person(
                "Agnieszka Lemańska-Thiel",
                &[(
                    "Professorin für Öffentliches Recht",
                    "Europa-Universität Viadrina",
                )],
            ),
        ],
    },
    Case {
        name: "role_by_election_or_after_a_pronoun_and_als",
        text: "Der Rundfunkrat des Südwestrundfunks (SWR) hat Dr. Annika Pfleiderer-Mbeki zur neuen Programmdirektorin gewählt. Die 48-Jährige arbeitet derzeit als Chefredakteurin Digitales beim Bayerischen Rundfunk. Ihre Laufbahn hatte sie als Volontärin beim SWR begonnen. Dirk von Elbe ist Amtsvorsteher. Zugleich führt er als ehrenamtlicher Bürgermeister die Gemeinde Ducherow.",
        expect: &[
            Person(
                "Annika Pfleiderer-Mbeki",
                &[
                    ("Programmdirektorin", "Südwestrundfunk"),
                    ("Chefredakteurin", "Bayerischer Rundfunk"),
                    ("Volontärin", "Südwestrundfunk"),
                ],
            ),
            NoPerson("Digitales"),
            Person(
                "Dirk von Elbe",
                &[
                    ("Amtsvorsteher", ""),
                    ("ehrenamtlicher Bürgermeister", "Gemeinde Ducherow"),
                ],
            ),
        ],
    },
    Case {
        name: "fire_service_ranks_by_their_head",
        text: "Jana Thomsen-Roeloffs führt als Gemeindewehrführerin die Wehr. Für den Kreisfeuerwehrverband Nordfriesland e.V. gratulierte Kreiswehrführer Broder Lorenzen-Frahm.",
        expect: &[
            Person("Jana Thomsen-Roeloffs", &[("Gemeindewehrführerin", "")]),
            Person(
                "Broder Lorenzen-Frahm",
                &[(
                    "Kreiswehrführer",
                    "Kreisfeuerwehrverband Nordfriesland e.V.",
                )],
            ),
        ],
    },
    Case {
        name: "quote_said_by_a_noun_for_the_speaker",
        text: "Projektleiter ist Prof. Dr. Maximilian Terhorst-Ebbinghaus. „Ein junger Baum braucht viel Wasser“, erklärt der Agrarwissenschaftler. Trainiert wurde das Netz mit Bildern von Mira Castellanos-Huber. Die Doktorandin promoviert in Passau. „Das Schwierigste war die Vielfalt“, erzählt die 29-Jährige.",
        expect: &[
            Quote(
                "„Ein junger Baum braucht viel Wasser“",
                Some("Maximilian Terhorst-Ebbinghaus"),
            ),
            Quote(
                "„Das Schwierigste war die Vielfalt“",
                Some("Mira Castellanos-Huber"),
            ),
        ],
    },
    Case {
        name: "churches_regional_insurers_and_development_banks",
        text: "Die Regionalbischöfin der Evangelischen Kirche in Mitteldeutschland (EKM), Cornelia Wendtland-Ruf, sprach. Die Evangelisch-Lutherische Landeskirche Hannovers hilft. Die AOK Nordost und die L-Bank fördern das.",
        expect: &[
            Org("Evangelische Kirche in Mitteldeutschland", Other),
            Aliases("Evangelische Kirche in Mitteldeutschland", &["EKM"]),
            Named("Evangelisch-Lutherische Landeskirche Hannovers"),
            Person(
                "Cornelia Wendtland-Ruf",
                &[(
                    "Regionalbischöfin",
                    "Evangelische Kirche in Mitteldeutschland",
                )],
            ),
            Named("AOK Nordost"),
            Named("L-Bank"),
        ],
    },
    Case {
        name: "noun_and_land_as_a_body_and_its_officer_after_it",
        text: "Das Landvolk Niedersachsen warnte vor den Folgen. Vizepräsident Hermann Stukenborg-Ahlers forderte Hilfe. Die Lebenshilfe Saarland hilft. Die Metropole Berlin wächst, in der Landwirtschaft Niedersachsen gibt es Streit, das LKA Niedersachsen ermittelt.",
        expect: &[
            Org("Landvolk Niedersachsen", Association),
            Named("Lebenshilfe Saarland"),
            NoOrg("Metropole Berlin"),
            NoOrg("Landwirtschaft Niedersachsen"),
            Person(
                "Hermann Stukenborg-Ahlers",
                &[("Vizepräsident", "Landvolk Niedersachsen")],
            ),
        ],
    },
    Case {
        name: "second_surname_the_text_repeats",
        text: "„Das kommt der Realität näher“, erklärte Dr.-Ing. Rafael Domínguez Ortega, Leiter der Abteilung Rotorblattprüfung am Fraunhofer IWES. Domínguez Ortega hat den Aufbau geleitet. Am Montag sprach Anna Weber Berlin an.",
        expect: &[
            Mentions(
                "Rafael Domínguez Ortega",
                &["Dr.-Ing. Rafael Domínguez Ortega", "Domínguez Ortega"],
            ),
            People(&["Rafael Domínguez Ortega", "Anna Weber"]),
        ],
    },
    Case {
        name: "reviewed_misreadings_stay_out",
        text: "Das Werk der Volkswagen AG in Emden wächst. Prof. Dr. Anna Schmidt, Professorin für Informatik (TUM), sagte das. Klara Berg wurde von Landrat Peter Meier zur Kreisbrandmeisterin ernannt. Hans Krause kam. Am Montag besuchte er als Minister die Muster GmbH. Landrätin Eva Kolb eröffnete. „Wir sind bereit“, so die Sprecherin der Polizei. Die Hochschule für Musik lädt ein, die Musik ist laut. Künftig bekommt das Amt Zugriff auf die Daten. Der Prüfungsausschuss des Aufsichtsrats der Beispiel AG tagt.",
        expect: &[
            Orgs(&[
                "Volkswagen AG",
                "TUM",
                "Muster GmbH",
                "Hochschule für Musik",
                "Beispiel AG",
            ]),
            Person("Klara Berg", &[("Kreisbrandmeisterin", "")]),
            Person("Peter Meier", &[("Landrat", "")]),
            Person("Anna Schmidt", &[("Professorin für Informatik", "")]),
            Person("Hans Krause", &[("Minister", "")]),
            Quote("„Wir sind bereit“", None),
        ],
    },
    Case {
        name: "market_towns_district_governments_land_courts_universities",
        text: "Oberstdorf – Der Markt Oberstdorf baut. Erster Bürgermeister Quirin Hindelang sagte das. Auf dem Markt Produkte kaufen. Auch die Lutherstadt Eisleben profitiert. Die Regierung von Schwaben fördert. Der 1. Senat des Thüringer Oberverwaltungsgerichts hat entschieden. Forschende der Bauhaus-Universität Weimar und der Universität zu Lübeck wollen das. Die Kassenärztliche Vereinigung Westfalen-Lippe (KVWL) und der Verband medizinischer Fachberufe e.V. schließen sich an.",
        expect: &[
            Orgs(&[
                "Markt Oberstdorf",
                "Lutherstadt Eisleben",
                "Regierung von Schwaben",
                "Thüringer Oberverwaltungsgericht",
                "Bauhaus-Universität Weimar",
                "Universität zu Lübeck",
                "Kassenärztliche Vereinigung Westfalen-Lippe",
                "Verband medizinischer Fachberufe e.V.",
            ]),
            Org("Thüringer Oberverwaltungsgericht", Court),
            Person(
                "Quirin Hindelang",
                &[("Erster Bürgermeister", "Markt Oberstdorf")],
            ),
        ],
    },
    Case {
        name: "purpose_after_zur_not_a_verb_phrase",
        text: "Das Geld steht der Stiftung zur Verfügung. Der Bericht steht auf der Internetseite des Bundeskartellamtes zum Download bereit. Das Zentrum zur Förderung der Demokratie hilft. Die Lebenshilfe Saarland prüft, die Lebenshilfe hilft.",
        expect: &[
            Orgs(&[
                "Bundeskartellamt",
                "Zentrum zur Förderung der Demokratie",
                "Lebenshilfe Saarland",
            ]),
            Aliases("Lebenshilfe Saarland", &["Lebenshilfe"]),
        ],
    },
    Case {
        name: "offices_of_a_church_a_fire_service_and_a_parliament",
        text: "Im Hessischen Landtag wurde gestritten. Der Abgeordnete Frank-Walter Hessler (CDU) widersprach. Die Evangelische Kirche in Mitteldeutschland lädt ein; Regionalbischöfin Cornelia Wendtland-Ruf predigt. Die Freiwillige Feuerwehr Tating feiert, Gemeindewehrführerin Jana Thomsen dankt.",
        expect: &[
            Org("Hessischer Landtag", Parliament),
            Person(
                "Frank-Walter Hessler",
                &[("Abgeordneter", "Hessischer Landtag")],
            ),
            Person(
                "Cornelia Wendtland-Ruf",
                &[(
                    "Regionalbischöfin",
                    "Evangelische Kirche in Mitteldeutschland",
                )],
            ),
            Person(
                "Jana Thomsen",
                &[("Gemeindewehrführerin", "Freiwillige Feuerwehr Tating")],
            ),
        ],
    },
    Case {
        name: "university_zu_place_ends_an_institute_and_vice_president_of_a_government",
        text: "Das Institut für Sozialmedizin und Epidemiologie der Universität zu Lübeck forscht. Die Regierung von Schwaben fördert. Regierungsvizepräsidentin Theresia Oberprieler sagte das.",
        expect: &[
            Orgs(&[
                "Institut für Sozialmedizin und Epidemiologie",
                "Universität zu Lübeck",
                "Regierung von Schwaben",
            ]),
            Person(
                "Theresia Oberprieler",
                &[("Regierungsvizepräsidentin", "Regierung von Schwaben")],
            ),
        ],
    },
    Case {
        name: "genitive_name_ends_at_a_comma_before_a_department",
        text: "Das Ministerium des Innern, für Digitalisierung und Kommunen plant. Das Ministerium für Wirtschaft, Arbeit und Tourismus hilft.\n\nPressekontakt:\nGerrit Schmeer, Pressereferent\nUniversität des Saarlandes, Presse und Kommunikation\nCampus A2",
        expect: &[
            Orgs(&[
                "Ministerium des Innern, für Digitalisierung und Kommunen",
                "Ministerium für Wirtschaft, Arbeit und Tourismus",
                "Universität des Saarlandes",
            ]),
            Person(
                "Gerrit Schmeer",
                &[("Pressereferent", "Universität des Saarlandes")],
            ),
        ],
    },
    Case {
        name: "austrian_land_administration",
        text: "Das Amt der Salzburger Landesregierung plant. Die Fachleute des Amtes der Tiroler Landesregierung helfen.",
        expect: &[Orgs(&[
            "Amt der Salzburger Landesregierung",
            "Amt der Tiroler Landesregierung",
        ])],
    },
    Case {
        name: "agent_noun_role_needs_its_ending",
        text: "Die Leiterin der Abteilung Cyber-Sicherheit für Wirtschaft und Gesellschaft, Henrike Adeyemi-Lorenz, betonte das. Die Gesellschaft Kornelius Weber übernimmt.",
        expect: &[
            Person("Henrike Adeyemi-Lorenz", &[("Leiterin", "")]),
            NoRole("Gesellschaft"),
        ],
    },
    Case {
        name: "quote_a_name_in_quotation_marks_is_a_thing_and_a_described_speaker",
        text: "Koordiniert wird das Projekt von Dr. Mirja Kallweit-Sørensen. Proben nimmt das Forschungsschiff „Elisabeth Mann Borgese“. „Ziel ist ein Messnetz“, erklärte sie. Projektleiterin ist Prof. Dr. Hanna-Luise von Bredow. „Wir messen nicht nur Jobs“, sagte die Sozialmedizinerin.",
        expect: &[
            People(&["Mirja Kallweit-Sørensen", "Hanna-Luise von Bredow"]),
            Quote("„Ziel ist ein Messnetz“", Some("Mirja Kallweit-Sørensen")),
            Quote(
                "„Wir messen nicht nur Jobs“",
                Some("Hanna-Luise von Bredow"),
            ),
        ],
    },
    Case {
        name: "a_quote_over_two_paragraphs_and_a_fragment_in_reported_speech",
        text: "Ihr Vorstand Karsten Mielke macht kein Geheimnis daraus: „Als die Hochschule mit der Idee kam, war ich skeptisch. Inzwischen sehe ich das anders.\n\n„Wenn wir einen Markt finden, kann das ein Standbein werden.“\n\nDie Landrätin Sabine Ruhnke sagte in Eberswalde, der Kreis werde die Verfahren „so schnell wie rechtlich möglich“ bearbeiten. „Wir forschen nicht für die Schublade“, sagte Präsident Fritz Olt.",
        expect: &[
            Quote(
                "„Als die Hochschule mit der Idee kam, war ich skeptisch. Inzwischen sehe ich das anders.",
                Some("Karsten Mielke"),
            ),
            Quote(
                "„Wenn wir einen Markt finden, kann das ein Standbein werden.“",
                Some("Karsten Mielke"),
            ),
            Quote("„so schnell wie rechtlich möglich“", Some("Sabine Ruhnke")),
            Quote("„Wir forschen nicht für die Schublade“", Some("Fritz Olt")),
            Quotes(4),
        ],
    },
    Case {
        name: "review_counterexamples_of_the_day_for_quotes",
        text: "Oberbürgermeisterin Katja Dörner sagte: „Wir nennen das Projekt\n„Bonn bewegt“, weil es alle mitnimmt.“ Landrat Raimund Kneidinger betonte, die Gutachter hätten die Lage als „sehr angespannt“ bewertet. Polizeipräsident Volker Wiese erklärte, laut Zeugen habe der Täter „ganz ruhig und gelassen“ gewirkt.\n\n„Wir haben viel erreicht. Die Schulen sind saniert.\n\n„Im nächsten Jahr wollen wir die Kitas angehen“, sagte Landrat Rainer Rempe.",
        expect: &[
            Quote(
                "„Wir nennen das Projekt\n„Bonn bewegt“, weil es alle mitnimmt.“",
                Some("Katja Dörner"),
            ),
            Quote(
                "„Wir haben viel erreicht. Die Schulen sind saniert.",
                Some("Rainer Rempe"),
            ),
            Quote(
                "„Im nächsten Jahr wollen wir die Kitas angehen“",
                Some("Rainer Rempe"),
            ),
            Quotes(3),
        ],
    },
    Case {
        name: "paragraphs_of_one_line_break_after_a_sentence",
        text: "Landrat Raimund Kneidinger zog eine positive Bilanz.\n„Wir haben in diesem Jahr viel erreicht. Die Grundschule wurde saniert.\n„Auch beim Breitband sind wir weit gekommen“, sagte Kneidinger.",
        expect: &[
            Quote(
                "„Wir haben in diesem Jahr viel erreicht. Die Grundschule wurde saniert.",
                Some("Raimund Kneidinger"),
            ),
            Quote(
                "„Auch beim Breitband sind wir weit gekommen“",
                Some("Raimund Kneidinger"),
            ),
            Quotes(2),
        ],
    },
];

#[test]
fn quotes_and_their_speakers() {
    check(QUOTES);
}

// ---------------------------------------------------------------------------
// The reference article, exactly
// ---------------------------------------------------------------------------

/// A person of the reference annotation: name, mentions, roles as (title,
/// organisation name).
struct RefPerson {
    name: &'static str,
    mentions: &'static [&'static str],
    roles: &'static [R],
}

/// Copied from `corpus/reference-govdigital.expected.json`; the test checks
/// every string against that file.
const REF_PEOPLE: &[RefPerson] = &[
    RefPerson {
        name: "Martin Schallbruch",
        mentions: &["Martin Schallbruch"],
        roles: &[("CEO", "govdigital")],
    },
    RefPerson {
        name: "Anja Theurer",
        mentions: &["Anja Theurer", "Theurer"],
        roles: &[("CFO", "DigitalService des Bundes")],
    },
    RefPerson {
        name: "Andreas Reckert-Lodde",
        mentions: &["Andreas Reckert-Lodde"],
        roles: &[(
            "Interimsgeschäftsführer",
            "Zentrum für Digitale Souveränität des Bundes",
        )],
    },
];

/// Organisations of the reference annotation: name and aliases.
const REF_ORGS: &[(&str, &[&str])] = &[
    (
        "Zentrum für Digitale Souveränität des Bundes",
        &["ZenDiS", "Zentrum für Digitale Souveränität"],
    ),
    ("DigitalService des Bundes", &["DigitalService"]),
    ("govdigital", &["Technologie-Genossenschaft govdigital"]),
];

/// The quotes of the reference annotation: how they start (after the
/// opening mark) and their speaker.
const REF_QUOTES: &[(&str, &str)] = &[
    ("Mit dem ZenDiS tritt", "Martin Schallbruch"),
    ("Der DigitalService bringt", "Martin Schallbruch"),
    ("Immer häufiger", "Anja Theurer"),
    ("Somit können wir", "Andreas Reckert-Lodde"),
];

#[test]
fn reference_article_is_extracted_exactly() {
    let text = read("reference-govdigital.txt");
    let json = read("reference-govdigital.expected.json");

    // The tables above must say what the annotation says.
    let mut strings: Vec<&str> = Vec::new();
    for p in REF_PEOPLE {
        strings.push(p.name);
        strings.extend(p.mentions);
        for &(title, org) in p.roles {
            strings.extend([title, org]);
        }
    }
    for &(name, aliases) in REF_ORGS {
        strings.push(name);
        strings.extend(aliases);
    }
    for &(start, speaker) in REF_QUOTES {
        strings.extend([start, speaker]);
    }
    for s in strings {
        assert!(
            json.contains(&format!("{s:?}")),
            "tests/entities.rs is out of sync with corpus/reference-govdigital.expected.json: {s:?}"
        );
    }

    let found = entities(&text);
    let mut failures: Vec<String> = structural_problems(&text, &found)
        .into_iter()
        .map(|p| format!("{p}\n   help: {INVARIANT_HELP}"))
        .collect();

    let people: Vec<&str> = found.people.iter().map(|p| p.name.as_str()).collect();
    let want_people: Vec<&str> = REF_PEOPLE.iter().map(|p| p.name).collect();
    if people != want_people {
        failures.push(format!(
            "expected exactly the people {want_people:?}\n        got {}\n   help: {PERSON_HELP}",
            show_people(&found)
        ));
    }
    for want in REF_PEOPLE {
        let Some(person) = person_by_name(&found, want.name) else {
            continue;
        };
        let mentions = texts(&person.mentions);
        if mentions != want.mentions {
            failures.push(format!(
                "person {:?}: expected mentions {:?}\n        got {mentions:?}\n   help: `so Theurer` is a mention of Anja Theurer; `der govdigital-CEO` is a mention of the role, not of the person",
                want.name, want.mentions
            ));
        }
        let mut got: Vec<(String, String)> = person
            .roles
            .iter()
            .filter_map(|&r| found.roles.get(r))
            .map(|r| (r.title.clone(), org_name(&found, r.organisation)))
            .collect();
        got.sort();
        let mut expected: Vec<(String, String)> = want
            .roles
            .iter()
            .map(|&(t, o)| (t.to_owned(), o.to_owned()))
            .collect();
        expected.sort();
        if got != expected {
            failures.push(format!(
                "person {:?}: expected roles (title, organisation name) {expected:?}\n        got {got:?}\n   help: {ROLE_HELP}",
                want.name
            ));
        }
    }
    if found.roles.len() != 3 || found.roles.iter().any(|r| r.person.is_none()) {
        failures.push(format!(
            "expected exactly three roles, each with its holder\n        got {}\n   help: `betonte der govdigital-CEO` is a second mention of Martin Schallbruch's role, not a role of its own",
            show_all_roles(&found)
        ));
    }
    if let Some(p) = check_expect(&text, &found, RoleMentions("Martin Schallbruch", "CEO", 2)) {
        failures.push(p);
    }

    let orgs: Vec<&str> = found
        .organisations
        .iter()
        .map(|o| o.name.as_str())
        .collect();
    let want_orgs: Vec<&str> = REF_ORGS.iter().map(|o| o.0).collect();
    if orgs != want_orgs {
        failures.push(format!(
            "expected exactly the organisations {want_orgs:?}\n        got {}\n   help: {NAME_HELP}; {NOT_ORG_HELP} (Open Source Software (OSS), Bundesverwaltung, Ebene des Bundes are no organisations)",
            show_orgs(&found)
        ));
    }
    for &(name, aliases) in REF_ORGS {
        if let Some(p) = check_expect(&text, &found, Aliases(name, aliases)) {
            failures.push(p);
        }
    }

    let quotes: Vec<(String, String)> = found
        .quotes
        .iter()
        .map(|q| {
            let quoted = q.span.slice(&text).unwrap_or("");
            let inner: String = quoted.chars().skip(1).collect();
            (inner, person_name(&found, q.speaker))
        })
        .collect();
    let same = quotes.len() == REF_QUOTES.len()
        && quotes
            .iter()
            .zip(REF_QUOTES)
            .all(|((inner, speaker), &(start, want))| inner.starts_with(start) && speaker == want);
    if !same {
        failures.push(format!(
            "expected the quotes {REF_QUOTES:?} (start, speaker)\n        got {}\n   help: {QUOTE_HELP}",
            show_quotes(&text, &found)
        ));
    }
    report("check(s) on the reference article", &failures);
}

// ---------------------------------------------------------------------------
// Your own entries: the builder and the gazetteer
// ---------------------------------------------------------------------------

#[test]
fn builder_organisation_is_found_with_its_kind() {
    let recognizer = Recognizer::builder()
        .organisation(
            "Kommunale Informationsverarbeitung Sachsen",
            &["KISA"],
            Company,
        )
        .build()
        .expect("a valid organisation");
    check_with(
        Some(&recognizer),
        &[
            Case {
                name: "builder_org_acronym_alone",
                text: "Die KISA stellt den sächsischen Kommunen ab Januar ein neues Fachverfahren bereit.",
                expect: &[Org("KISA", Company), People(&[])],
            },
            Case {
                name: "builder_org_long_form_and_acronym",
                text: "Die Kommunale Informationsverarbeitung Sachsen betreut über 300 Kommunen; die KISA hat ihren Sitz in Leipzig.",
                expect: &[
                    Orgs(&["Kommunale Informationsverarbeitung Sachsen"]),
                    Aliases("Kommunale Informationsverarbeitung Sachsen", &["KISA"]),
                    Org("KISA", Company),
                    NoOrg("Leipzig"),
                ],
            },
        ],
    );
}

#[test]
fn builder_person_is_found_by_name_alone() {
    let recognizer = Recognizer::builder()
        .person("Ortrun Wedekind")
        .build()
        .expect("a valid person");
    check_with(
        Some(&recognizer),
        &[Case {
            name: "builder_person_without_role_or_speech_verb",
            text: "Die Ausstellung im Foyer des Rathauses hat Ortrun Wedekind kuratiert. Wedekind dankte allen Leihgebern.",
            expect: &[
                People(&["Ortrun Wedekind"]),
                Mentions("Ortrun Wedekind", &["Ortrun Wedekind", "Wedekind"]),
            ],
        }],
    );
}

#[test]
fn builder_person_surname_names_them_alone() {
    let recognizer = Recognizer::builder()
        .person("Ortrun Quellenbusch")
        .build()
        .expect("a valid person");
    check_with(
        Some(&recognizer),
        &[Case {
            name: "builder_person_surname_without_full_name",
            text: "Quellenbusch hat die Ausstellung im Foyer kuratiert.",
            expect: &[People(&["Quellenbusch"])],
        }],
    );
}

#[test]
fn builder_role_is_found_in_both_genders() {
    let recognizer = Recognizer::builder()
        .role("Digitallotse", "Digitallotsin")
        .build()
        .expect("a valid role");
    check_with(
        Some(&recognizer),
        &[Case {
            name: "builder_role_masculine_and_feminine",
            text: "Digitallotsin Frauke Albers und Digitallotse Okko Harms beraten Vereine bei der Digitalisierung.",
            expect: &[
                Person("Frauke Albers", &[("Digitallotsin", "")]),
                Person("Okko Harms", &[("Digitallotse", "")]),
            ],
        }],
    );
}

#[test]
fn builder_keeps_the_embedded_lexicons() {
    let recognizer = Recognizer::builder()
        .organisation(
            "Kommunale Informationsverarbeitung Sachsen",
            &["KISA"],
            Company,
        )
        .build()
        .expect("a valid organisation");
    check_with(
        Some(&recognizer),
        &[Case {
            name: "builder_plus_embedded",
            text: "Das BSI und die KISA unterzeichneten eine Absichtserklärung, sagte Staatssekretärin Juliane Sommer.",
            expect: &[
                Org("BSI", Authority),
                Org("KISA", Company),
                People(&["Juliane Sommer"]),
            ],
        }],
    );
}

const GAZETTEER: &str = "# Eigene Einträge der Pressestelle\n\
org\tKommunale Informationsverarbeitung Sachsen\tKISA\tcompany\n\
org\tBürgerstiftung Ebersberg\t\tassociation\n\
\n\
person\tOrtrun Wedekind\n\
role\tDigitallotse\tDigitallotsin\n";

#[test]
fn gazetteer_entries_are_found() {
    let recognizer = Recognizer::builder()
        .gazetteer(GAZETTEER)
        .expect("a valid gazetteer")
        .build()
        .expect("a valid gazetteer");
    check_with(
        Some(&recognizer),
        &[Case {
            name: "gazetteer_org_person_role",
            text: "Die KISA und die Bürgerstiftung Ebersberg unterstützen das Projekt. Digitallotsin Frauke Albers berät die Vereine, die Ausstellung hat Ortrun Wedekind kuratiert.",
            expect: &[
                Org("KISA", Company),
                Org("Bürgerstiftung Ebersberg", Association),
                Person("Frauke Albers", &[("Digitallotsin", "")]),
                Person("Ortrun Wedekind", &[]),
            ],
        }],
    );
}

/// A gazetteer with a bad line, and that line's 1-based number.
struct BadGazetteer {
    name: &'static str,
    tsv: &'static str,
    line: usize,
}

const BAD_GAZETTEERS: &[BadGazetteer] = &[
    BadGazetteer {
        name: "unknown_entry_type",
        tsv: "org\tKommunale Informationsverarbeitung Sachsen\tKISA\tcompany\nfirma\tKISA\n",
        line: 2,
    },
    BadGazetteer {
        name: "org_with_unknown_kind",
        tsv: "# Organisationen\n\norg\tKommunale Informationsverarbeitung Sachsen\tKISA\tbehörde\n",
        line: 3,
    },
    BadGazetteer {
        name: "org_without_name",
        tsv: "person\tOrtrun Wedekind\norg\t\tKISA\tcompany\n",
        line: 2,
    },
    BadGazetteer {
        name: "person_without_name",
        tsv: "person\tOrtrun Wedekind\nperson\t\n",
        line: 2,
    },
    BadGazetteer {
        name: "role_without_masculine_form",
        tsv: "role\tDigitallotse\tDigitallotsin\nrole\t\tDigitallotsin\n",
        line: 2,
    },
    BadGazetteer {
        name: "comments_and_blank_lines_count",
        tsv: "# Kommentar\n\n# noch ein Kommentar\n\nperson\n",
        line: 5,
    },
];

#[test]
fn gazetteer_errors_name_the_line() {
    let mut failures = Vec::new();
    for case in BAD_GAZETTEERS {
        let mut builder = Recognizer::builder();
        match builder.gazetteer(case.tsv) {
            Err(Error::InvalidGazetteer { line, .. }) if line == case.line => {}
            Err(Error::InvalidGazetteer { line, entry, reason }) => failures.push(format!(
                "gazetteer `{}`: the error names line {line} ({entry:?}: {reason}), expected line {}\n   help: lines are 1-based and comments and blank lines count",
                case.name, case.line
            )),
            Err(other) => failures.push(format!(
                "gazetteer `{}`: expected Error::InvalidGazetteer for line {}, got {other:?}",
                case.name, case.line
            )),
            Ok(_) => failures.push(format!(
                "gazetteer `{}`: {:?} was accepted, expected Error::InvalidGazetteer for line {}\n   help: `org<TAB>NAME<TAB>ALIAS|ALIAS<TAB>KIND` (aliases may be empty, KIND as OrgKind::parse), `person<TAB>NAME`, `role<TAB>MASCULINE<TAB>FEMININE`; every name non-empty",
                case.name, case.tsv, case.line
            )),
        }
    }
    report("gazetteer case(s)", &failures);
}

#[test]
fn build_rejects_entries_without_a_name() {
    let mut failures = Vec::new();
    let attempts: [(&str, Result<Recognizer, Error>); 4] = [
        (
            "organisation with an empty name",
            Recognizer::builder()
                .organisation("", &["KISA"], Company)
                .build(),
        ),
        (
            "organisation with a blank name",
            Recognizer::builder()
                .organisation("   ", &[], Company)
                .build(),
        ),
        (
            "person with an empty name",
            Recognizer::builder().person("").build(),
        ),
        (
            "role with empty forms",
            Recognizer::builder().role("", "").build(),
        ),
    ];
    for (what, result) in attempts {
        match result {
            Err(Error::InvalidGazetteer { line: 0, .. }) => {}
            Err(other) => failures.push(format!(
                "{what}: expected Error::InvalidGazetteer with line 0, got {other:?}"
            )),
            Ok(_) => failures.push(format!(
                "{what}: build() accepted it, expected Error::InvalidGazetteer with line 0"
            )),
        }
    }
    report("builder case(s)", &failures);
}

#[test]
fn find_on_own_tokens_equals_entities() {
    let plain = Recognizer::new();
    let built = Recognizer::builder().build().expect("an empty builder");
    for (name, text) in corpus() {
        let tokens: Vec<_> = tokenize(&text).collect();
        let sentences = split_sentences(&text, &tokens);
        let expected = entities(&text);
        assert_eq!(
            plain.find(&text, &tokens, &sentences),
            expected,
            "{name}: Recognizer::new().find differs from entities()"
        );
        assert_eq!(
            built.find(&text, &tokens, &sentences),
            expected,
            "{name}: a builder without entries differs from entities()"
        );
    }
}

#[test]
fn recognizer_is_send_and_sync() {
    fn assert_send_sync<T: Send + Sync>() {}
    assert_send_sync::<Recognizer>();
    assert_send_sync::<Entities<'static>>();
}

// ---------------------------------------------------------------------------
// Invariants on everything
// ---------------------------------------------------------------------------

#[test]
fn every_corpus_text_satisfies_the_invariants() {
    let mut failures = Vec::new();
    for (name, text) in corpus() {
        let found = entities(&text);
        for p in structural_problems(&text, &found) {
            failures.push(format!("{name}: {p}"));
        }
    }
    if !failures.is_empty() {
        failures.push(format!("help: {INVARIANT_HELP}"));
    }
    report("invariant(s) in corpus/", &failures);
}

/// Unbalanced quotes, lone titles and role words, brackets, emoji, empty
/// input: nothing may break the invariants (or panic).
const HOSTILE: &[&str] = &[
    "",
    " ",
    "„",
    "“",
    "„Wir sind",
    "sagte: „",
    "Dr.",
    "Prof. Dr.-Ing.",
    "Foto:",
    "Foto: ",
    "(SPD)",
    "SPD-",
    "-CEO Martin",
    "govdigital-CEO",
    "Der , der , , Andreas",
    "Staatssekretär Staatssekretärin Landrat",
    "Bundesministerium für",
    "Stadt",
    "(BSI)",
    "BSI (",
    "Langform (LF) (LF) (LF)",
    "„„„“““",
    "»«»«",
    "\"\"\"",
    "Anja Theurer 👩‍💻, CFO 🚀 des DigitalService",
    "Landrätin\u{00A0}Hiltrud\u{202F}Obermüller",
    "so Theurer.",
    "Theurer Theurer Theurer",
];

#[test]
fn hostile_inputs_satisfy_the_invariants() {
    let mut failures = Vec::new();
    for text in HOSTILE {
        let found = entities(text);
        for p in structural_problems(text, &found) {
            failures.push(format!("{text:?}: {p}"));
        }
    }
    if !failures.is_empty() {
        failures.push(format!("help: {INVARIANT_HELP}"));
    }
    report("invariant(s) on hostile input", &failures);
}

/// Each thread remembers what it learnt about words across documents, per
/// lexicon: the embedded recognizer and ones with user entries take turns
/// on one thread and each sees only its own entries, however often the
/// same words come back.
#[test]
fn recognizers_take_turns_on_one_thread() {
    let text = "Glanzwartin Erika Beispiel eröffnet die Zentralstelle Musterwerk (ZMW). \
                Die ZMW tagt morgen, sagte Glanzwartin Beispiel.";
    let tokens: Vec<_> = tokenize(text).collect();
    let sentences = split_sentences(text, &tokens);
    let own = Recognizer::builder()
        .organisation("Zentralstelle Musterwerk", &["ZMW"], Authority)
        .role("Glanzwart", "Glanzwartin")
        .build()
        .expect("valid entries");
    let other = Recognizer::builder()
        .person("Musterwerk")
        .build()
        .expect("valid entries");
    let plain = Recognizer::new();
    let found = |r: &Recognizer| -> (Vec<String>, Vec<String>) {
        let e = r.find(text, &tokens, &sentences);
        (
            e.organisations.into_iter().map(|o| o.name).collect(),
            e.roles.into_iter().map(|r| r.title).collect(),
        )
    };
    for _ in 0..3 {
        let (_, roles) = found(&plain);
        assert!(roles.is_empty(), "{roles:?}");
        let (orgs, roles) = found(&own);
        assert_eq!(orgs, ["Zentralstelle Musterwerk"]);
        assert_eq!(roles, ["Glanzwartin"]);
        let (_, roles) = found(&other);
        assert!(roles.is_empty(), "{roles:?}");
        assert_eq!(found(&own.clone()).1, ["Glanzwartin"]);
    }
}
