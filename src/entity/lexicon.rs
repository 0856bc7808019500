//! The entity stage's word lists: first names, organisations, roles, and
//! the small closed sets the recognisers consult. Parsed once, lazily.

use std::collections::{HashMap, HashSet};
use std::sync::LazyLock;

use super::OrgKind;
use crate::hash::Fx;
use crate::lexicon::entries;
use crate::{Error, TokenKind};

const FIRST_NAMES: &str = include_str!("../../data/first_names.tsv");
/// Hand-written first names the newborn statistics lack (older German and
/// international names); see `data/README.md`.
const FIRST_NAMES_MORE: &str = include_str!("../../data/first_names_more.tsv");
const ORGANISATIONS: &str = include_str!("../../data/organisations.tsv");
const ORGANISATIONS_EXTRA: &str = include_str!("../../data/organisations_extra.tsv");
const ORGANISATIONS_MORE: &str = include_str!("../../data/organisations_more.tsv");
const ROLES: &str = include_str!("../../data/roles.tsv");
/// Surnames that stand alone in news ("Merkel sagte"): frequent ones and
/// those of widely known people, none an ordinary word; see
/// `data/README.md`.
const SURNAMES: &str = include_str!("../../data/surnames.txt");

/// Names rarer than this in the birth registers are left out: below it the
/// lists hold mostly spelling noise.
const MIN_NAME_COUNT: u32 = 3;

/// Lowercases `word` into `out` and folds typographic apostrophes.
pub(crate) fn fold_into(word: &str, out: &mut String) {
    let start = out.len();
    if word.is_ascii() {
        out.push_str(word);
        out[start..].make_ascii_lowercase();
        return;
    }
    // Umlauts are mostly lowercase: when every non-ASCII letter is, the
    // ASCII lowering is the whole job ("Bürger" → "bürger").
    if !word
        .chars()
        .any(|c| !c.is_ascii() && (c.is_uppercase() || matches!(c, '’' | '‘' | 'ʼ')))
    {
        out.push_str(word);
        out[start..].make_ascii_lowercase();
        return;
    }
    for c in word.chars() {
        match c {
            '’' | '‘' | 'ʼ' => out.push('\''),
            c if c.is_uppercase() => out.extend(c.to_lowercase()),
            c => out.push(c),
        }
    }
}

/// `word` lowercased (see [`fold_into`]).
pub(crate) fn fold(word: &str) -> String {
    let mut out = String::with_capacity(word.len());
    fold_into(word, &mut out);
    out
}

/// A folded key without its inflectional ending, so that "Bundesamtes",
/// "Deutschen" and "Zentrums" meet "Bundesamt", "Deutsche", "Zentrum":
/// one of -es -en -em -er -e -s -n goes from keys of five letters or more;
/// the "s" of a stem in "-eis" stays ("Kreis", "Kreises", "Kreise" meet at
/// "kreis"), and so does the "n" of "-in" ("Ökonomin" would meet
/// "Ökonomie").
/// Used only to match known multi-word names and role words, never shown.
pub(crate) fn loose(key: &str) -> &str {
    // Bytes, not characters: cheaper, and the same on both sides of a match.
    if key.len() < 5 {
        return key;
    }
    // "-ers" and "-ern" first: "Oberbürgermeisters" and "Oberbürgermeister"
    // must meet. By the last byte, so that a key is tested once or twice
    // rather than against each ending in turn; in the order of the list
    // -ers -ern -es -en -em -er -e -s -n, the longest ending first.
    let ends = |suffix: &str| key.ends_with(suffix);
    let cut = match key.as_bytes()[key.len() - 1] {
        b's' if ends("ers") => 3,
        b's' if ends("es") => 2,
        b's' if ends("eis") => 0,
        b's' => 1,
        b'n' if ends("ern") => 3,
        b'n' if ends("en") => 2,
        // ("Ökonomin" keeps its n: without it, it would meet "Ökonomie")
        b'n' if ends("in") => 0,
        b'n' => 1,
        b'm' if ends("em") => 2,
        b'r' if ends("er") => 2,
        b'e' => 1,
        _ => 0,
    };
    // the ending is ASCII: the cut is a character boundary
    key.get(..key.len() - cut).unwrap_or(key)
}

/// A trie over token keys: the gazetteers match whole tokens only, so an
/// entry never matches inside a word.
#[derive(Clone, Debug, Default)]
pub(crate) struct TokenTrie {
    nodes: Vec<TrieNode>,
}

#[derive(Clone, Debug, Default)]
struct TrieNode {
    children: HashMap<Box<str>, u32, Fx>,
    value: Option<u32>,
}

impl TokenTrie {
    fn node_mut(&mut self, at: usize) -> &mut TrieNode {
        if self.nodes.is_empty() {
            self.nodes.push(TrieNode::default());
        }
        &mut self.nodes[at]
    }

    /// Inserts a sequence of (loose) keys; an existing value stays unless
    /// `replace` says the new one is better.
    pub(crate) fn insert(&mut self, keys: &[String], value: u32, replace: impl Fn(u32) -> bool) {
        let mut at = 0usize;
        self.node_mut(0);
        for key in keys {
            let next = self.nodes.len() as u32;
            let child = *self.nodes[at]
                .children
                .entry(key.as_str().into())
                .or_insert(next);
            if child == next {
                self.nodes.push(TrieNode::default());
            }
            at = child as usize;
        }
        let node = self.node_mut(at);
        match node.value {
            Some(old) if !replace(old) => {}
            _ => node.value = Some(value),
        }
    }

    /// Every value on the path of `keys` (shortest first) with the number
    /// of keys it spans; `keys` yields `None` where the path must stop.
    pub(crate) fn walk<'k>(
        &self,
        keys: impl Iterator<Item = Option<&'k str>>,
        mut found: impl FnMut(usize, u32),
    ) {
        let Some(mut node) = self.nodes.first() else {
            return;
        };
        for (n, key) in keys.enumerate() {
            let Some(key) = key else { return };
            let Some(&child) = node.children.get(key) else {
                return;
            };
            node = &self.nodes[child as usize];
            if let Some(v) = node.value {
                found(n + 1, v);
            }
        }
    }
}

/// One known organisation.
#[derive(Clone, Debug)]
pub(crate) struct OrgEntry {
    pub(crate) kind: OrgKind,
    /// A name that is no longer current (kept to read older releases).
    pub(crate) historic: bool,
}

/// One written form of a known organisation.
#[derive(Clone, Debug)]
pub(crate) struct OrgForm {
    pub(crate) entry: u32,
    /// The form as listed ("Bundesministerium des Innern", "BMI").
    pub(crate) surface: String,
    /// Bit `i` set: token `i` of the form starts with an uppercase letter,
    /// and so must the text's token.
    pub(crate) caps: u64,
    /// A one-token acronym or brand with inner capitals: the text must
    /// spell it exactly (a genitive -s aside).
    pub(crate) exact: bool,
    /// The form lowercased: a one-word form matches only itself and its
    /// genitive, not everything with the same loose key ("Bayer" is not
    /// "Bayern").
    pub(crate) folded: String,
    /// The loose keys of the form's tokens, joined by spaces.
    pub(crate) loose: String,
}

/// The gender of a role word as written.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Gender {
    Masculine,
    Feminine,
    /// Both columns are the same word ("CEO", "Vorstandsmitglied").
    Neutral,
}

/// One role with both forms.
#[derive(Clone, Debug)]
pub(crate) struct RoleEntry {
    pub(crate) masculine: String,
    pub(crate) feminine: String,
}

impl RoleEntry {
    pub(crate) fn form(&self, gender: Gender) -> &str {
        match gender {
            Gender::Feminine => &self.feminine,
            _ => &self.masculine,
        }
    }
}

/// How a role modifier enters a title.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum ModifierUse {
    /// Part of the title: "stellvertretende", "Parlamentarische".
    Title,
    /// Says where or when, not what: "bayerische", "ehemalige", "neue".
    Context,
}

/// Everything the entity recognisers look up.
#[derive(Clone, Debug, Default)]
pub(crate) struct EntityLexicon {
    /// Which lexicon this is: 0 for the embedded one, a fresh number for
    /// each one built with user entries (the per-thread word cache of the
    /// recogniser belongs to one lexicon).
    pub(crate) id: u64,
    /// First names (as written) → (count, ambiguous, sex).
    first_names: HashMap<String, (u32, bool, u8), Fx>,
    /// Surnames that name a person alone, embedded and added by the user
    /// (folded).
    known_names: HashSet<String, Fx>,
    pub(crate) orgs: Vec<OrgEntry>,
    pub(crate) org_forms: Vec<OrgForm>,
    /// Over loose keys of every organisation form.
    pub(crate) org_trie: TokenTrie,
    /// The first loose keys of organisation forms and roles ([`ROOT_ORG`],
    /// [`ROOT_ORG_LOWER`], [`ROOT_ROLE`]): one lookup tells what may start
    /// at a word.
    roots: HashMap<String, u8, Fx>,
    /// Keys of words the recognisers look for ([`KeyWord`]): speech verbs,
    /// titles, honorifics, and every inflected form of a role modifier.
    key_words: HashMap<String, KeyWord, Fx>,
    pub(crate) roles: Vec<RoleEntry>,
    /// Over loose keys of both forms of every role; values index
    /// `role_forms`.
    pub(crate) role_trie: TokenTrie,
    pub(crate) role_forms: Vec<(u32, Gender)>,
    /// Loose keys of head roles' forms → index into `role_forms`.
    pub(crate) role_heads: HashMap<String, u32, Fx>,
    /// The last three bytes of every key in `role_heads`.
    head_tails: HashSet<[u8; 3], Fx>,
    /// Modifier base forms (folded, ending stripped) → use.
    pub(crate) modifiers: HashMap<String, ModifierUse, Fx>,
}

/// A loose key starts an organisation form.
pub(crate) const ROOT_ORG: u8 = 1;
/// … one whose first word is not capitalised ("govdigital"): only these
/// can start at a lowercase word.
pub(crate) const ROOT_ORG_LOWER: u8 = 2;
/// A loose key starts a role.
pub(crate) const ROOT_ROLE: u8 = 4;

/// What a word's key is to the recognisers.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub(crate) struct KeyWord {
    /// A speech verb ("sagte").
    pub(crate) speech: bool,
    /// A speech verb strong enough to introduce a bare surname.
    pub(crate) strong_speech: bool,
    /// "Herr", "Frau".
    pub(crate) honorific: bool,
    /// An academic title ("dr.").
    pub(crate) title: bool,
    /// A role modifier, in any of its forms.
    pub(crate) modifier: Option<ModifierUse>,
}

/// The embedded lexicon.
pub(crate) static ENTITY_LEXICON: LazyLock<EntityLexicon> = LazyLock::new(EntityLexicon::embedded);

/// The keys of `name`'s tokens (folded, loose) and their capitalisation.
fn name_keys(name: &str) -> (Vec<String>, u64, usize) {
    let mut keys = Vec::new();
    let mut caps = 0u64;
    for (i, t) in crate::tokenize(name).enumerate() {
        if i < 64 && t.is_capitalised() {
            caps |= 1 << i;
        }
        keys.push(loose(&fold(t.text)).to_owned());
    }
    let n = keys.len();
    (keys, caps, n)
}

/// The sex column of a first-name row (`f`, `m`, `u`), `u` when empty.
fn sex_field(field: Option<&str>) -> u8 {
    field.and_then(|s| s.trim().bytes().next()).unwrap_or(b'u')
}

/// Whether a one-token form must be matched with its exact spelling: an
/// acronym or a brand with inner capitals ("BMI", "ZenDiS", "IT.NRW").
pub(crate) fn is_acronym_like(word: &str) -> bool {
    let (mut upper, mut letters) = (0usize, 0usize);
    if word.is_ascii() {
        // one pass over the bytes: the common case, called for every
        // candidate name
        for b in word.bytes() {
            upper += usize::from(b.is_ascii_uppercase());
            letters += usize::from(b.is_ascii_alphabetic());
        }
    } else {
        for c in word.chars() {
            upper += usize::from(c.is_uppercase());
            letters += usize::from(c.is_alphabetic());
        }
    }
    letters > 0 && (upper >= 2 || (upper == letters && letters <= 4))
}

/// A number no other lexicon built in this process has.
pub(crate) fn next_lexicon_id() -> u64 {
    static NEXT: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(1);
    NEXT.fetch_add(1, std::sync::atomic::Ordering::Relaxed)
}

impl EntityLexicon {
    fn embedded() -> EntityLexicon {
        let mut lex = EntityLexicon::default();
        for line in entries(FIRST_NAMES) {
            let mut f = line.split('\t');
            let (Some(name), Some(count)) = (f.next(), f.next()) else {
                continue;
            };
            let Ok(count) = count.trim().parse::<u32>() else {
                continue;
            };
            let sex = sex_field(f.next());
            let ambiguous = f.next().is_some_and(|s| s.trim() == "ambiguous");
            if count >= MIN_NAME_COUNT {
                lex.first_names
                    .insert(name.trim().to_owned(), (count, ambiguous, sex));
            }
        }
        for line in entries(FIRST_NAMES_MORE) {
            let mut f = line.split('\t');
            let Some(name) = f.next().map(str::trim).filter(|n| !n.is_empty()) else {
                continue;
            };
            let sex = sex_field(f.next());
            lex.first_names
                .entry(name.to_owned())
                .or_insert((MIN_NAME_COUNT, false, sex));
        }
        for line in entries(SURNAMES) {
            let name = line.trim();
            if !name.is_empty() {
                lex.known_names.insert(fold(name));
            }
        }
        // Historic names go in last so that a current name wins a shared alias.
        for historic in [false, true] {
            for source in [ORGANISATIONS_EXTRA, ORGANISATIONS_MORE, ORGANISATIONS] {
                for line in entries(source) {
                    let f: Vec<&str> = line.split('\t').collect();
                    let is_historic = f.get(4).is_some_and(|s| s.trim() == "historic");
                    if is_historic != historic || f.is_empty() {
                        continue;
                    }
                    let aliases: Vec<&str> = f
                        .get(1)
                        .map(|a| {
                            a.split('|')
                                .map(str::trim)
                                .filter(|a| !a.is_empty())
                                .collect()
                        })
                        .unwrap_or_default();
                    let kind = f
                        .get(2)
                        .and_then(|k| OrgKind::parse(k))
                        .unwrap_or(OrgKind::Other);
                    lex.add_org(f[0].trim(), &aliases, kind, historic);
                }
            }
        }
        for line in ROLES.lines() {
            if line.starts_with('#') {
                continue;
            }
            let f: Vec<&str> = line.split('\t').collect();
            if f.len() < 3 || f[0].trim().is_empty() {
                continue;
            }
            if f[2].trim() == "modifier" {
                lex.add_modifier(f[0].trim());
            } else {
                let head = f.get(3).is_some_and(|h| h.trim() == "head");
                lex.add_role(f[0].trim(), f[1].trim(), head);
            }
        }
        lex.index_key_words();
        lex
    }

    /// Adds an organisation with its forms.
    pub(crate) fn add_org(&mut self, name: &str, aliases: &[&str], kind: OrgKind, historic: bool) {
        if name.is_empty() {
            return;
        }
        let entry = self.orgs.len() as u32;
        self.orgs.push(OrgEntry { kind, historic });
        let mut forms = vec![name];
        // "Dataport AöR", "Bitkom e. V.": the name without its legal form
        // is how the text usually says it.
        for suffix in [
            " AöR", " e. V.", " e.V.", " eG", " GmbH", " mbH", " gGmbH", " AG", " SE",
        ] {
            if let Some(short) = name.strip_suffix(suffix) {
                forms.push(short);
            }
        }
        // "Die Autobahn GmbH des Bundes": after another article the text
        // says "der Autobahn GmbH des Bundes".
        for article in ["Die ", "Der ", "Das "] {
            if let Some(rest) = name.strip_prefix(article) {
                forms.push(rest);
            }
        }
        forms.extend(aliases);
        for form in forms {
            self.add_org_form(entry, form);
        }
    }

    /// Records a form of organisation `entry` (its loose `keys` and
    /// capitalisation bits from [`name_keys`]) and marks its first key as
    /// a root; the caller puts it in the trie. Returns the form's id.
    fn push_org_form(
        &mut self,
        entry: u32,
        form: &str,
        keys: &[String],
        caps: u64,
        exact: bool,
    ) -> u32 {
        let id = self.org_forms.len() as u32;
        self.org_forms.push(OrgForm {
            entry,
            surface: form.to_owned(),
            caps,
            exact,
            folded: fold(form),
            loose: keys.join(" "),
        });
        self.add_root(
            &keys[0],
            if caps & 1 == 0 {
                ROOT_ORG | ROOT_ORG_LOWER
            } else {
                ROOT_ORG
            },
        );
        id
    }

    fn add_org_form(&mut self, entry: u32, form: &str) {
        let (keys, caps, n) = name_keys(form);
        if n == 0 || n > 24 {
            return;
        }
        let exact = n == 1 && is_acronym_like(form);
        // A one-word form that is a function word or a common first name
        // ("Die", "Eco") would fire everywhere.
        if n == 1 && !exact && crate::lexicon::LEXICON.is_function_word(form) {
            return;
        }
        let id = self.push_org_form(entry, form, &keys, caps, exact);
        let orgs = &self.orgs;
        let forms = &self.org_forms;
        self.org_trie.insert(&keys, id, |old| {
            orgs[forms[old as usize].entry as usize].historic && !orgs[entry as usize].historic
        });
    }

    /// Adds a role with both forms.
    pub(crate) fn add_role(&mut self, masculine: &str, feminine: &str, head: bool) {
        let feminine = if feminine.is_empty() {
            masculine
        } else {
            feminine
        };
        let entry = self.roles.len() as u32;
        self.roles.push(RoleEntry {
            masculine: masculine.to_owned(),
            feminine: feminine.to_owned(),
        });
        let same = masculine == feminine;
        let genders: &[(&str, Gender)] = if same {
            &[(masculine, Gender::Neutral)]
        } else {
            &[(masculine, Gender::Masculine), (feminine, Gender::Feminine)]
        };
        for &(form, gender) in genders {
            let (keys, _, n) = name_keys(form);
            if n == 0 {
                continue;
            }
            let id = self.role_forms.len() as u32;
            self.role_forms.push((entry, gender));
            self.role_trie.insert(&keys, id, |_| false);
            self.add_root(&keys[0], ROOT_ROLE);
            if head && n == 1 {
                let b = keys[0].as_bytes();
                if b.len() >= 3 {
                    self.head_tails
                        .insert([b[b.len() - 3], b[b.len() - 2], b[b.len() - 1]]);
                }
                self.role_heads.entry(keys[0].clone()).or_insert(id);
            }
        }
    }

    fn add_modifier(&mut self, word: &str) {
        let key = fold(word);
        let base = key.trim_end_matches('.').to_owned();
        // Modifiers that name the office belong to the title; the rest
        // (places, time, responsibility) say where or when.
        let title = matches!(
            base.as_str(),
            "stellvertretend"
                | "stellv"
                | "stv"
                | "parlamentarisch"
                | "kommissarisch"
                | "amtierend"
                | "amtsführend"
                | "geschäftsführend"
                | "leitend"
                | "erst"
                | "zweit"
                | "dritt"
                | "regierend"
                | "technisch"
                | "kaufmännisch"
                | "medizinisch"
                | "pflegerisch"
                | "juristisch"
                | "operativ"
                | "wissenschaftlich"
                | "administrativ"
                | "ständig"
                | "ehrenamtlich"
                | "hauptamtlich"
                | "federführend"
        );
        let context = !title;
        let use_ = if context {
            ModifierUse::Context
        } else {
            ModifierUse::Title
        };
        self.modifiers.insert(key, use_);
        if base != word.to_lowercase() {
            self.modifiers.insert(base, use_);
        }
    }

    /// Adds a person's name: its first word becomes a first name, the
    /// capitalised rest a surname that names the person alone.
    pub(crate) fn add_person(&mut self, name: &str) {
        let words: Vec<&str> = crate::tokenize(name)
            .filter(|t| t.kind == TokenKind::Word)
            .map(|t| t.text)
            .collect();
        if let Some((first, rest)) = words.split_first() {
            if !rest.is_empty() {
                self.first_names
                    .insert((*first).to_owned(), (u32::MAX, false, b'u'));
            }
            // The surname's capitalised words name the person alone
            // ("Reckert-Lodde"), a single word too; not the first name.
            let surname = if rest.is_empty() { &words[..] } else { rest };
            for w in surname.iter().filter(|w| w.starts_with(char::is_uppercase)) {
                self.known_names.insert(fold(w));
            }
        }
    }

    /// Whether `key` (folded) is a surname that names a person alone.
    pub(crate) fn known_surname(&self, key: &str) -> bool {
        self.known_names.contains(key)
    }

    /// The first name `word` (as written): (ambiguous, sex).
    pub(crate) fn first_name(&self, word: &str) -> Option<(bool, u8)> {
        if let Some(&(_, ambiguous, sex)) = self.first_names.get(word) {
            return Some((ambiguous, sex));
        }
        // "Hans-Peter", "Anna-Lena": every part a first name.
        if word.contains('-') {
            let mut sex = b'u';
            for part in word.split('-') {
                let &(_, ambiguous, s) = self.first_names.get(part)?;
                if ambiguous {
                    return None;
                }
                if sex == b'u' {
                    sex = s;
                }
            }
            return Some((false, sex));
        }
        None
    }

    fn add_root(&mut self, key: &str, bits: u8) {
        match self.roots.get_mut(key) {
            Some(b) => *b |= bits,
            None => {
                self.roots.insert(key.to_owned(), bits);
            }
        }
    }

    /// What starts with the loose key `key` ([`ROOT_ORG`], …).
    pub(crate) fn roots(&self, key: &str) -> u8 {
        self.roots.get(key).copied().unwrap_or(0)
    }

    /// What the key `key` is to the recognisers.
    pub(crate) fn key_word(&self, key: &str) -> KeyWord {
        self.key_words.get(key).copied().unwrap_or_default()
    }

    /// Fills [`EntityLexicon::key_words`] from the recognisers' word lists
    /// and the modifiers with each of their endings.
    fn index_key_words(&mut self) {
        use super::recognize::{HONORIFICS, SPEECH, STRONG_SPEECH, TITLES};
        let mut words: HashMap<String, KeyWord, Fx> = HashMap::default();
        for (list, set) in [
            (
                SPEECH,
                (|k: &mut KeyWord| k.speech = true) as fn(&mut KeyWord),
            ),
            (STRONG_SPEECH, |k| {
                k.speech = true;
                k.strong_speech = true;
            }),
            (HONORIFICS, |k| k.honorific = true),
            (TITLES, |k| k.title = true),
        ] {
            for w in list {
                set(words.entry((*w).to_owned()).or_default());
            }
        }
        let mut forms: Vec<String> = Vec::new();
        for base in self.modifiers.keys() {
            forms.push(base.clone());
            for ending in ["er", "en", "es", "em", "e"] {
                forms.push(format!("{base}{ending}"));
            }
        }
        for form in forms {
            if let Some(m) = self.modifier_of(&form) {
                words.entry(form).or_default().modifier = Some(m);
            }
        }
        self.key_words = words;
    }

    /// Whether a loose key may end in a head role (a cheap pre-test).
    pub(crate) fn has_head_tail(&self, key: &str) -> bool {
        let b = key.as_bytes();
        b.len() >= 3
            && self
                .head_tails
                .contains(&[b[b.len() - 3], b[b.len() - 2], b[b.len() - 1]])
    }

    /// A modifier's use, from its folded form with or without ending.
    pub(crate) fn modifier(&self, key: &str) -> Option<ModifierUse> {
        self.key_words.get(key).and_then(|k| k.modifier)
    }

    /// [`EntityLexicon::modifier`] from the base forms.
    fn modifier_of(&self, key: &str) -> Option<ModifierUse> {
        if let Some(&m) = self.modifiers.get(key) {
            return Some(m);
        }
        for ending in ["er", "en", "es", "em", "e"] {
            if let Some(base) = key.strip_suffix(ending)
                && let Some(&m) = self.modifiers.get(base)
            {
                return Some(m);
            }
        }
        None
    }

    /// Parses a user gazetteer (see `RecognizerBuilder::gazetteer`).
    pub(crate) fn add_gazetteer(&mut self, tsv: &str) -> Result<(), Error> {
        for (n, line) in tsv.lines().enumerate() {
            let line = line.trim_end_matches('\r');
            if line.trim().is_empty() || line.trim_start().starts_with('#') {
                continue;
            }
            let bad = |reason| Error::InvalidGazetteer {
                entry: line.to_owned(),
                line: n + 1,
                reason,
            };
            let f: Vec<&str> = line.split('\t').map(str::trim).collect();
            match f[0] {
                "org" | "organisation" | "organization" => {
                    let name = f.get(1).copied().unwrap_or("");
                    if name.is_empty() {
                        return Err(bad("an organisation needs a name"));
                    }
                    let aliases: Vec<&str> = f
                        .get(2)
                        .map(|a| {
                            a.split('|')
                                .map(str::trim)
                                .filter(|a| !a.is_empty())
                                .collect()
                        })
                        .unwrap_or_default();
                    let kind = match f.get(3).filter(|k| !k.is_empty()) {
                        Some(k) => {
                            OrgKind::parse(k).ok_or_else(|| bad("unknown organisation kind"))?
                        }
                        None => OrgKind::Other,
                    };
                    self.add_user_org(name, &aliases, kind);
                }
                "person" => {
                    let name = f.get(1).copied().unwrap_or("");
                    if name.is_empty() {
                        return Err(bad("a person needs a name"));
                    }
                    self.add_person(name);
                }
                "role" => {
                    let masc = f.get(1).copied().unwrap_or("");
                    if masc.is_empty() {
                        return Err(bad("a role needs a title"));
                    }
                    let fem = f.get(2).copied().unwrap_or("");
                    self.add_role(masc, fem, false);
                }
                _ => return Err(bad("the first field must be org, person or role")),
            }
        }
        Ok(())
    }

    /// Adds a user organisation, which wins over an embedded one with the
    /// same form.
    pub(crate) fn add_user_org(&mut self, name: &str, aliases: &[&str], kind: OrgKind) {
        let entry = self.orgs.len() as u32;
        self.orgs.push(OrgEntry {
            kind,
            historic: false,
        });
        for form in std::iter::once(name).chain(aliases.iter().copied()) {
            let (keys, caps, n) = name_keys(form);
            if n == 0 {
                continue;
            }
            let exact = n == 1 && is_acronym_like(form);
            let id = self.push_org_form(entry, form, &keys, caps, exact);
            self.org_trie.insert(&keys, id, |_| true);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn embedded_lists_parse() {
        let lex = &*ENTITY_LEXICON;
        assert!(lex.first_names.len() > 5000);
        assert_eq!(lex.first_name("Anja"), Some((false, b'f')));
        // From the hand-written supplement.
        assert_eq!(lex.first_name("Burkhardt"), Some((false, b'm')));
        assert_eq!(lex.first_name("Kamala"), Some((false, b'f')));
        assert_eq!(lex.first_name("Hans-Peter").map(|f| f.0), Some(false));
        assert!(lex.orgs.len() > 900);
        assert!(lex.roles.len() > 400);
        assert_eq!(lex.modifier("stellvertretende"), Some(ModifierUse::Title));
        assert_eq!(lex.modifier("bayerische"), Some(ModifierUse::Context));
    }

    #[test]
    fn loose_keys_meet_inflected_forms() {
        assert_eq!(loose("bundesamtes"), loose("bundesamt"));
        assert_eq!(loose("deutschen"), loose("deutsche"));
        assert_eq!(loose("zentrums"), loose("zentrum"));
        assert_eq!(loose("für"), "für");
        // (a feminine title and a noun in "-ie" stay apart)
        assert_ne!(loose("ökonomin"), loose("ökonomie"));
    }

    #[test]
    fn loose_cuts_the_first_ending_of_its_list() {
        // The plain reading of the rule: the first of these endings.
        fn by_list(key: &str) -> &str {
            if key.len() < 5 {
                return key;
            }
            if key.ends_with("eis") || key.ends_with("in") {
                return key;
            }
            ["ers", "ern", "es", "en", "em", "er", "e", "s", "n"]
                .iter()
                .find_map(|suffix| key.strip_suffix(suffix))
                .unwrap_or(key)
        }
        for key in [
            "oberbürgermeisters",
            "oberbürgermeistern",
            "bundesamtes",
            "deutschen",
            "digitalem",
            "ministerin",
            "leiter",
            "stelle",
            "zentrums",
            "hochsauerlandkreis",
            "hochsauerlandkreises",
            "staats",
            "bürgerinnen",
            "abcde",
            "abcd",
            "amtes",
            "ämtern",
            "straße",
            "gmbh",
            "verwaltung",
            "regierungsrat",
            "äöüßs",
            "äöüßn",
            "äöüße",
            "ökonomin",
            "ökonomie",
        ] {
            assert_eq!(loose(key), by_list(key), "{key}");
        }
    }
}
