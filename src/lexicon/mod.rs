//! Embedded word lists, parsed once on first use.
//!
//! Every list is a plain-text file in `data/` (see `data/README.md` for
//! sources and licences), embedded with `include_str!` and parsed lazily into
//! hash tables the first time a stage needs it.

use std::collections::{HashMap, HashSet};
use std::sync::LazyLock;

use crate::hash::Fx;

const ABBREVIATIONS: &str = include_str!("../../data/abbreviations.txt");
const FUNCTION_WORDS: &str = include_str!("../../data/function_words.txt");
const MONTHS: &str = include_str!("../../data/months.txt");
const TLDS: &str = include_str!("../../data/tlds.txt");

/// How an abbreviation behaves at a period.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum AbbrevClass {
    /// Never an ordinary word: the period always belongs to it ("bzw.", "Dr.").
    Plain,
    /// Its letters also form an ordinary word or name ("Art.", "Jan."): the
    /// period belongs to it unless a new sentence clearly follows.
    Word,
}

/// The lists the tokenizer and the sentence splitter consult.
#[derive(Clone, Debug)]
pub(crate) struct TokenLexicon {
    /// Abbreviations including their final period, as written; lowercase
    /// entries are also stored capitalised (for sentence starts).
    abbreviations: HashMap<String, AbbrevClass, Fx>,
    /// Closed-class words, lowercase and capitalised.
    function_words: HashSet<String, Fx>,
    /// Month names and abbreviations (without period) → month number.
    months: HashMap<String, u8, Fx>,
    /// Top-level domains (lowercase, without dot).
    tlds: HashSet<String, Fx>,
    /// Byte length of the longest abbreviation (a cheap pre-check).
    longest_abbreviation: usize,
}

/// The embedded lexicon, parsed on first use.
pub(crate) static LEXICON: LazyLock<TokenLexicon> = LazyLock::new(TokenLexicon::embedded);

/// Entries of a list file: trimmed lines without blank lines and `#` comments.
pub(crate) fn entries(source: &str) -> impl Iterator<Item = &str> {
    source
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
}

/// `word` with its first character upper-cased, if that changes anything.
pub(crate) fn capitalised(word: &str) -> Option<String> {
    let mut chars = word.chars();
    let first = chars.next()?;
    if !first.is_lowercase() {
        return None;
    }
    let mut out: String = first.to_uppercase().collect();
    out.push_str(chars.as_str());
    Some(out)
}

impl TokenLexicon {
    fn embedded() -> TokenLexicon {
        let mut lex = TokenLexicon {
            abbreviations: HashMap::default(),
            function_words: HashSet::default(),
            months: HashMap::default(),
            tlds: HashSet::default(),
            longest_abbreviation: 0,
        };
        for line in entries(ABBREVIATIONS) {
            let mut fields = line.split_whitespace();
            let Some(abbr) = fields.next() else { continue };
            let class = match fields.next() {
                Some("word") => AbbrevClass::Word,
                _ => AbbrevClass::Plain,
            };
            lex.add_abbreviation(abbr, class);
        }
        for word in entries(FUNCTION_WORDS) {
            let lower = word.to_lowercase();
            if let Some(cap) = capitalised(&lower) {
                lex.function_words.insert(cap);
            }
            lex.function_words.insert(lower);
        }
        for line in entries(MONTHS) {
            let mut fields = line.split_whitespace();
            if let (Some(name), Some(Ok(n))) = (fields.next(), fields.next().map(str::parse::<u8>))
                && (1..=12).contains(&n)
            {
                lex.months.insert(name.trim_end_matches('.').to_owned(), n);
            }
        }
        for tld in entries(TLDS) {
            lex.tlds
                .insert(tld.trim_start_matches('.').to_ascii_lowercase());
        }
        lex
    }

    /// Adds an abbreviation (with or without its final period); entries with
    /// white space inside are ignored (a token never holds white space).
    pub(crate) fn add_abbreviation(&mut self, abbr: &str, class: AbbrevClass) {
        let abbr = abbr.trim();
        if abbr.is_empty() || abbr.chars().any(crate::token::is_separator) {
            return;
        }
        let mut key = abbr.to_owned();
        if !key.ends_with('.') {
            key.push('.');
        }
        self.longest_abbreviation = self.longest_abbreviation.max(key.len());
        if let Some(cap) = capitalised(&key) {
            self.abbreviations.entry(cap).or_insert(class);
        }
        self.abbreviations.insert(key, class);
    }

    /// The class of `candidate` (which includes its final period), if it is
    /// a known abbreviation.
    #[inline]
    pub(crate) fn abbreviation(&self, candidate: &str) -> Option<AbbrevClass> {
        self.abbreviations.get(candidate).copied()
    }

    /// Byte length of the longest abbreviation, period included.
    #[inline]
    pub(crate) fn longest_abbreviation(&self) -> usize {
        self.longest_abbreviation
    }

    /// Whether `word` is a closed-class word (article, pronoun, preposition,
    /// conjunction, auxiliary, sentence adverb), lowercase or capitalised.
    #[inline]
    pub(crate) fn is_function_word(&self, word: &str) -> bool {
        self.function_words.contains(word)
    }

    /// The month number of a month name or abbreviation (without period).
    #[inline]
    pub(crate) fn month(&self, word: &str) -> Option<u8> {
        self.months.get(word).copied()
    }

    /// Every month name and abbreviation (without period).
    pub(crate) fn month_names(&self) -> impl Iterator<Item = &str> {
        self.months.keys().map(String::as_str)
    }

    /// Whether `label` (lowercase, no dot) is a known top-level domain.
    #[inline]
    pub(crate) fn is_tld(&self, label: &str) -> bool {
        self.tlds.contains(label)
    }

    /// Number of distinct abbreviation spellings (capitalised variants included).
    #[cfg(test)]
    pub(crate) fn abbreviation_count(&self) -> usize {
        self.abbreviations.len()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn embedded_lists_parse() {
        let lex = &*LEXICON;
        assert!(lex.abbreviation_count() >= 300);
        assert_eq!(lex.abbreviation("Dr."), Some(AbbrevClass::Plain));
        assert_eq!(lex.abbreviation("Bzw."), Some(AbbrevClass::Plain));
        assert!(lex.is_function_word("Die"));
        assert!(lex.is_function_word("die"));
        assert_eq!(lex.month("Dezember"), Some(12));
        assert_eq!(lex.month("Sept"), Some(9));
        assert!(lex.is_tld("de"));
    }
}
