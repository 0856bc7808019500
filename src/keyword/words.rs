//! Word lists and the per-word facts the keyword stage needs: stopwords,
//! first names, role words, keys (lowercase + German Snowball stem) and the
//! German word shapes (adjective endings, noun suffixes, participles).

use std::borrow::Cow;
use std::collections::HashSet;
use std::sync::LazyLock;

use rust_stemmers::{Algorithm, Stemmer};

use crate::hash::Fx;
use crate::lexicon::{LEXICON, capitalised, entries};

const STOPWORDS_DE: &str = include_str!("../../data/stopwords_de.txt");
const STOPWORDS_PRESS: &str = include_str!("../../data/stopwords_press.txt");
const FIRST_NAMES: &str = include_str!("../../data/first_names.tsv");
const ROLES: &str = include_str!("../../data/roles.tsv");

/// The German Snowball stemmer (stateless, shared).
static STEMMER: LazyLock<Stemmer> = LazyLock::new(|| Stemmer::create(Algorithm::German));

/// The embedded lists, parsed on first use.
pub(crate) static WORDS: LazyLock<WordLists> = LazyLock::new(WordLists::embedded);

/// Lists consulted per distinct word of a document.
#[derive(Debug)]
pub(crate) struct WordLists {
    /// stopwords-iso, lowercase and capitalised, compared by surface.
    surface_stop: HashSet<String, Fx>,
    /// Keys of the press stopwords (compared by key).
    pub(crate) press_stop_keys: HashSet<String, Fx>,
    /// First names that are not also ordinary words, as written.
    first_names: HashSet<String, Fx>,
    /// Keys of role words (masculine and feminine forms).
    role_keys: HashSet<String, Fx>,
    /// Keys of role words that also end compounds ("…ministerin").
    role_heads: Vec<String>,
}

impl WordLists {
    fn embedded() -> WordLists {
        let mut surface_stop = HashSet::default();
        for word in entries(STOPWORDS_DE) {
            let lower = word.to_lowercase();
            if let Some(cap) = capitalised(&lower) {
                surface_stop.insert(cap);
            }
            surface_stop.insert(lower);
        }
        let press_stop_keys = entries(STOPWORDS_PRESS).map(key_of).collect();
        let first_names = entries(FIRST_NAMES)
            .filter_map(|line| {
                let mut fields = line.split('\t');
                let name = fields.next()?;
                let flag = fields.nth(2).unwrap_or("");
                (flag != "ambiguous" && name.chars().count() > 1).then(|| name.to_owned())
            })
            .collect();
        let mut role_keys = HashSet::default();
        let mut role_heads = Vec::new();
        for line in entries(ROLES) {
            let fields: Vec<&str> = line.split('\t').collect();
            if fields.len() < 3 || fields[2] == "modifier" {
                continue;
            }
            let head = fields.get(3).is_some_and(|h| *h == "head");
            for form in &fields[..2] {
                if form.is_empty() || form.contains(' ') {
                    continue;
                }
                let key = key_of(form);
                if head && key.chars().count() >= 4 {
                    role_heads.push(key.clone());
                }
                role_keys.insert(key);
            }
        }
        role_heads.sort();
        role_heads.dedup();
        WordLists {
            surface_stop,
            press_stop_keys,
            first_names,
            role_keys,
            role_heads,
        }
    }

    /// Whether `word` (as written) is a stopword or a function word.
    pub(crate) fn is_surface_stop(&self, word: &str) -> bool {
        if self.surface_stop.contains(word) || LEXICON.is_function_word(word) {
            return true;
        }
        // "DIE", "ÜBER": anything else with capitals inside is compared in lowercase
        if word.chars().skip(1).any(char::is_uppercase) {
            let lower = lowercase(word);
            return self.surface_stop.contains(lower.as_ref())
                || LEXICON.is_function_word(lower.as_ref());
        }
        false
    }

    /// Whether `word` (as written) is a first name and nothing else.
    pub(crate) fn is_first_name(&self, word: &str) -> bool {
        self.first_names.contains(word)
    }

    /// Whether `key` is the key of a role word or of a compound ending in one.
    pub(crate) fn is_role_key(&self, key: &str) -> bool {
        if self.role_keys.contains(key) {
            return true;
        }
        let last = key.rsplit('-').next().unwrap_or(key);
        self.role_keys.contains(last)
            || self
                .role_heads
                .iter()
                .any(|head| last.len() > head.len() && last.ends_with(head.as_str()))
    }
}

/// `word` in lowercase, borrowed when it already is; decomposed umlauts are
/// composed (`u` + U+0308 → `ü`).
pub(crate) fn lowercase(word: &str) -> Cow<'_, str> {
    let mut out: Cow<'_, str> = if !word.chars().any(char::is_uppercase) {
        Cow::Borrowed(word)
    } else {
        Cow::Owned(word.to_lowercase())
    };
    if out.contains('\u{308}') {
        out = Cow::Owned(
            out.replace("a\u{308}", "ä")
                .replace("o\u{308}", "ö")
                .replace("u\u{308}", "ü"),
        );
    }
    out
}

/// Words longer than this many bytes are not stemmed. The Snowball stemmer's
/// cost grows with the square of a word's umlauts (it rewrites the word for
/// each), so a megabyte "word" of scraped junk would take seconds; no German
/// word comes near the limit (the longest in dictionaries have about 80
/// letters), so nothing real loses its stem.
const MAX_STEM_BYTES: usize = 192;

/// The German Snowball stem of a lowercase word (the word itself when it is
/// longer than any real word, see [`MAX_STEM_BYTES`]).
pub(crate) fn stem(lower: &str) -> Cow<'_, str> {
    if lower.len() > MAX_STEM_BYTES {
        return Cow::Borrowed(lower);
    }
    STEMMER.stem(lower)
}

/// The key of one word: lowercase, then stemmed.
pub(crate) fn key_of(word: &str) -> String {
    let lower = lowercase(word);
    stem(&lower).into_owned()
}

/// The key of a phrase: the keys of its words joined by single spaces.
pub(crate) fn phrase_key(phrase: &str) -> String {
    let mut key = String::with_capacity(phrase.len());
    for word in phrase
        .split(crate::token::is_separator)
        .filter(|w| !w.is_empty())
    {
        if !key.is_empty() {
            key.push(' ');
        }
        key.push_str(&key_of(word));
    }
    key
}

/// The inflectional ending of an adjective form (`e`, `en`, `em`, `er`,
/// `es`) and the byte length of its base, if `lower` has one.
pub(crate) fn adjective_ending(lower: &str) -> Option<(usize, &'static str)> {
    for ending in ["en", "em", "er", "es", "e"] {
        if let Some(base) = lower.strip_suffix(ending)
            && base.chars().count() >= 3
        {
            return Some((base.len(), ending));
        }
    }
    None
}

/// Whether an adjective base (without ending) has a suffix that makes
/// relational, classifying adjectives: "digital", "öffentlich",
/// "europäisch", "kommunal", "innovativ", "nachhaltig".
pub(crate) fn relational_base(base: &str) -> bool {
    const SUFFIXES: &[&str] = &[
        "isch", "sch", "lich", "ig", "al", "ell", "iv", "är", "ar", "bar", "sam", "haft", "los",
        "ös",
    ];
    SUFFIXES.iter().any(|s| base.ends_with(s))
}

/// Whether an adjective base is a participle ("gegründet", "wachsend",
/// "integriert"), which makes no key phrase ("gegründeten Genossenschaft").
pub(crate) fn participle_base(base: &str) -> bool {
    base.ends_with("end")
        || base.ends_with("iert")
        || (base.starts_with("ge") && (base.ends_with('t') || base.ends_with("en")))
        || base.ends_with("ierend")
}

/// Whether a lowercase noun ends in a suffix that only nouns have.
pub(crate) fn noun_suffix(lower: &str) -> bool {
    const SUFFIXES: &[&str] = &[
        "ung", "ungen", "heit", "heiten", "keit", "keiten", "schaft", "schaften", "tät", "täten",
        "tion", "tionen", "ismus", "ment", "mente", "ments", "nis", "nisse", "tur", "turen", "enz",
        "anz", "ik", "iken", "ium", "ien", "ling", "linge",
    ];
    SUFFIXES.iter().any(|s| lower.ends_with(s))
}

/// Grammatical gender guessed from a lowercase noun's suffix, as the
/// adjective ending of the strong nominative: `e` (feminine, also right for
/// plurals), `er` (masculine) or `es` (neuter); `None` when the suffix does
/// not tell.
pub(crate) fn strong_ending(noun_lower: &str) -> Option<&'static str> {
    // first match wins: longer, more specific suffixes come first
    const SUFFIXES: &[(&str, &str)] = &[
        ("ling", "er"),
        ("ismus", "er"),
        ("ment", "es"),
        ("chen", "es"),
        ("lein", "es"),
        ("tum", "es"),
        ("um", "es"),
        ("nis", "es"),
        ("ung", "e"),
        ("heit", "e"),
        ("keit", "e"),
        ("schaft", "e"),
        ("tät", "e"),
        ("ion", "e"),
        ("ik", "e"),
        ("ur", "e"),
        ("ie", "e"),
        ("enz", "e"),
        ("anz", "e"),
        ("ei", "e"),
        ("or", "er"),
        ("ant", "er"),
        ("ent", "er"),
        ("eur", "er"),
        ("ist", "er"),
        ("ich", "er"),
    ];
    let last = noun_lower.rsplit('-').next().unwrap_or(noun_lower);
    SUFFIXES
        .iter()
        .find(|(suffix, _)| last.ends_with(suffix))
        .map(|(_, ending)| *ending)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lists_parse() {
        let w = &*WORDS;
        assert!(w.is_surface_stop("Die"));
        assert!(w.is_surface_stop("über"));
        assert!(w.is_surface_stop("ÜBER"));
        assert!(!w.is_surface_stop("Verwaltung"));
        assert!(w.press_stop_keys.contains(&key_of("Pressemitteilungen")));
        assert!(w.is_first_name("Martin"));
        assert!(!w.is_first_name("Mai"));
        assert!(w.is_role_key(&key_of("Interimsgeschäftsführer")));
        assert!(w.is_role_key(&key_of("govdigital-CEO")));
        assert!(!w.is_role_key(&key_of("Verwaltung")));
    }

    #[test]
    fn keys_are_lowercase_stems() {
        assert_eq!(key_of("öffentlichen"), key_of("Öffentliche"));
        assert_eq!(
            phrase_key("digitale  Souveränität"),
            phrase_key("Digitaler Souveränität")
        );
        assert_eq!(lowercase("Bu\u{308}rger"), "bürger");
        assert!(matches!(lowercase("bürger"), Cow::Borrowed(_)));
    }

    #[test]
    fn only_words_longer_than_any_real_one_keep_their_form() {
        // the longest words in German dictionaries are still stemmed
        let long = "rindfleischetikettierungsüberwachungsaufgabenübertragungsgesetze";
        assert!(long.len() <= MAX_STEM_BYTES);
        assert_eq!(stem(long), STEMMER.stem(long));
        assert_ne!(stem(long), long);
        // scraped junk past the limit is its own key, without the stemmer's
        // quadratic pass over its umlauts
        let junk = "kapitänswitwe".repeat(1000);
        assert_eq!(stem(&junk), junk.as_str());
    }

    #[test]
    fn word_shapes() {
        assert_eq!(
            adjective_ending("öffentlichen"),
            Some(("öffentlich".len(), "en"))
        );
        assert!(relational_base("digital"));
        assert!(participle_base("gegründet"));
        assert!(participle_base("wachsend"));
        assert!(!participle_base("digital"));
        assert!(noun_suffix("digitalisierung"));
        assert_eq!(strong_ending("verwaltung"), Some("e"));
        assert_eq!(strong_ending("sektor"), Some("er"));
        assert_eq!(strong_ending("bauantrag"), None);
    }
}
