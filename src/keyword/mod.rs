//! Keywords: the key phrases of a release, German-aware, ranked.
//!
//! [`KeywordExtractor::extract`] walks the tokens once and returns the
//! [`Keyword`]s of a text, best first: the phrases an indexer, a search
//! engine or a researcher wants ("digitale Souveränität", "Open Source",
//! "govdigital", "Verwaltungsdigitalisierung"), not inflected fragments
//! ("Bundes", "gegründeten Technologie-Genossenschaft").
//!
//! ```
//! let text = "Die Stadt Münster digitalisiert ihre Bürgerbüros. \
//!             Termine im Bürgerbüro lassen sich nun online buchen. \
//!             Das Bürgerbüro Mitte öffnet zusätzlich samstags. \
//!             Die Digitalisierung der öffentlichen Verwaltung geht damit weiter.";
//! let found = meldung::keyword::keywords(text);
//! let terms: Vec<&str> = found.iter().map(|k| k.term.as_str()).collect();
//! assert_eq!(terms[0], "Bürgerbüro");
//! assert!(terms.contains(&"öffentliche Verwaltung"));
//! assert!(found.iter().all(|k| (0.0..=1.0).contains(&k.score)));
//! ```
//!
//! # Candidates
//!
//! - **Nouns and compounds**: capitalised words inside a sentence; a word
//!   that opens a sentence counts when it is also capitalised elsewhere,
//!   is known to the background model or has a noun suffix (`-ung`,
//!   `-heit`, `-tät`, …), so "Die", "Immer" and "Lassen Sie" never do.
//!   Hyphenated compounds (`IT-Dienstleister`, `Open-Source-Projekte`) stay
//!   whole.
//! - **Adjective + noun**: "digitale Souveränität", "der öffentlichen
//!   Verwaltung" → "öffentliche Verwaltung". The adjective must classify
//!   (`-isch`, `-lich`, `-al`, `-iv`, …: "digitale", "kommunale",
//!   "europäische") or the pair must occur twice; participles
//!   ("gegründeten", "wachsenden") and judging adjectives ("wichtiger")
//!   never start a phrase.
//! - **Names**: runs of capitalised words that recur ("Open Source"), first
//!   name + surname (a later surname alone joins the person; a bare first
//!   name is never a keyword), acronyms with their long form ("Open Source
//!   Software (OSS)", "Onlinezugangsgesetz (OZG)", "ITZBund
//!   (Informationstechnikzentrum Bund)"), lowercase brand names that are
//!   also the document's web domains or hashtags ("govdigital").
//! - **Known terms** ([`KnownTerm`]): organisations with their aliases and
//!   acronyms, laws and programmes, as the entity stage finds them: all
//!   their spans are one candidate under the name given, and the words
//!   inside them spawn nothing else.
//! - **Never**: stopwords (the stopwords-iso German list, a press list:
//!   "Pressemitteilung", "Jahr", "Prozent", months, weekdays, … and your
//!   own), numbers, dates, times, truncated compounds ("Bundes-"), phrases
//!   that cross punctuation or sentence boundaries, contact blocks
//!   ("Pressekontakt:" up to the next blank line) and contact lines
//!   ("Tel.:", "E-Mail:").
//!
//! # Compounds
//!
//! A closed compound is split only to find evidence, and only when every
//! part is a known word: "Verwaltungsdigitalisierung" is
//! "Verwaltung" + "s" + "Digitalisierung" when the document or the model
//! knows both. The compound stays the candidate; parts that are candidates
//! of the document themselves get half an occurrence of evidence each, and
//! the compound gains from being made of the document's topics. Hyphenated
//! compounds and multiword candidates pass evidence to their parts the same
//! way ("Open-Source-Projekte" → "Open Source").
//!
//! # Scores
//!
//! Each group of occurrences (by [`Keyword::key`]) is scored from its
//! frequency plus evidence, the weight of its best position (a title line
//! or an editor's keyword line 1.0, the first sentence 0.9, then falling),
//! its spread across sentences, its shape (names, acronyms and adjective
//! phrases weigh more, people and role words less) and its rarity in the
//! background [`KeywordModel`]. The product is squashed into 0..1, so
//! scores compare across documents: higher is more important.
//!
//! # Keys and display forms
//!
//! A key is the lowercase German Snowball stem of each word, joined by
//! spaces: "öffentlichen Verwaltung" and "öffentliche Verwaltung" share
//! `offent verwalt` (the Snowball stemmer also folds the umlauts). Keys are for grouping and for the model, never for
//! display: [`Keyword::term`] is the most frequent natural surface form, a
//! genitive noun without its ending when the document has no other form
//! ("des Bundes" → "Bund"), an adjective in its nominative ending ("der
//! öffentlichen IT-Dienstleistern" → "öffentliche IT-Dienstleister").

mod extract;
mod model;
mod table;
mod words;

pub(crate) use words::phrase_key;

pub use model::KeywordModel;

use std::collections::HashSet;
use std::sync::{Arc, LazyLock};

use crate::hash::Fx;
use crate::{Error, Sentence, Span, Token};

/// One key phrase of a text.
#[derive(Clone, Debug, PartialEq)]
pub struct Keyword {
    /// The display form: the most frequent natural surface form
    /// ("digitale Souveränität"), or the name of a [`KnownTerm`].
    pub term: String,
    /// The grouping key: each word lowercased and stemmed (German
    /// Snowball), joined by single spaces ("offent verwalt" for
    /// "öffentliche Verwaltung"). Not meant for display.
    pub key: String,
    /// Importance in 0..=1, higher is more important.
    pub score: f64,
    /// The number of occurrences (the length of `spans`).
    pub count: usize,
    /// The byte span of every occurrence, in text order. Each lies on token
    /// boundaries; an acronym, alias or surname that joined the group has
    /// its own span.
    pub spans: Vec<Span>,
}

/// A term that a later stage already knows: an organisation with its
/// aliases and acronym, a law, a programme.
///
/// All its spans count as occurrences of one candidate, displayed as
/// `name`, and the words inside the spans spawn no other candidates.
///
/// ```
/// use meldung::keyword::{KeywordExtractor, KnownTerm};
/// use meldung::{tokenize, split_sentences, Span};
///
/// let text = "Das Onlinezugangsgesetz gilt. Das OZG verpflichtet Bund und Länder.";
/// let tokens: Vec<_> = tokenize(text).collect();
/// let sentences = split_sentences(text, &tokens);
/// let ozg = KnownTerm::new("Onlinezugangsgesetz", [Span::new(4, 23), Span::new(34, 37)]);
/// let found = KeywordExtractor::new().extract_with(text, &tokens, &sentences, &[ozg]);
/// assert_eq!(found[0].term, "Onlinezugangsgesetz");
/// assert_eq!(found[0].count, 2);
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub struct KnownTerm {
    /// The display form.
    pub name: String,
    /// The byte span of every mention; each should lie on token boundaries
    /// (a span that starts inside a token covers the tokens it touches).
    pub spans: Vec<Span>,
}

impl KnownTerm {
    /// A known term displayed as `name` with these mentions.
    #[must_use]
    pub fn new(name: impl Into<String>, spans: impl IntoIterator<Item = Span>) -> KnownTerm {
        KnownTerm {
            name: name.into(),
            spans: spans.into_iter().collect(),
        }
    }
}

/// Finds the keywords of `text` (tokenizing and splitting it first) with the
/// default options: the top 10 against the embedded background model.
///
/// When you already have the tokens and sentences, or want other options,
/// use a [`KeywordExtractor`].
#[must_use]
pub fn keywords(text: &str) -> Vec<Keyword> {
    static DEFAULT: LazyLock<KeywordExtractor> = LazyLock::new(KeywordExtractor::new);
    let mut tokens = Vec::new();
    crate::tokenize_into(text, &mut tokens);
    let sentences = crate::split_sentences(text, &tokens);
    DEFAULT.extract(text, &tokens, &sentences)
}

/// Extracts keywords: options, background model and stopwords, built once
/// and shared across threads (`Send + Sync`; extraction borrows it
/// immutably).
///
/// ```
/// use meldung::keyword::KeywordExtractor;
///
/// let extractor = KeywordExtractor::builder().top_n(3).stopword("Stadtrat").build()?;
/// let text = "Der Stadtrat beschließt den Breitbandausbau. Der Breitbandausbau beginnt im Mai.";
/// let tokens: Vec<_> = meldung::tokenize(text).collect();
/// let sentences = meldung::split_sentences(text, &tokens);
/// let found = extractor.extract(text, &tokens, &sentences);
/// assert_eq!(found[0].term, "Breitbandausbau");
/// assert!(found.iter().all(|k| k.term != "Stadtrat" && k.term != "Mai"));
/// # Ok::<(), meldung::Error>(())
/// ```
#[derive(Clone, Debug)]
pub struct KeywordExtractor {
    /// Tells the per-thread word cache whose options it holds.
    id: u64,
    top_n: usize,
    model: Arc<KeywordModel>,
    stop_keys: HashSet<String, Fx>,
}

impl Default for KeywordExtractor {
    fn default() -> KeywordExtractor {
        KeywordExtractor::new()
    }
}

impl KeywordExtractor {
    /// The default extractor: top 10, the embedded model, the embedded
    /// stopwords.
    #[must_use]
    pub fn new() -> KeywordExtractor {
        KeywordExtractor::with_model(Arc::clone(&model::DEFAULT_MODEL))
    }

    fn with_model(model: Arc<KeywordModel>) -> KeywordExtractor {
        static NEXT_ID: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(0);
        KeywordExtractor {
            id: NEXT_ID.fetch_add(1, std::sync::atomic::Ordering::Relaxed),
            top_n: 10,
            model,
            stop_keys: HashSet::default(),
        }
    }

    /// A builder for other options.
    #[must_use]
    pub fn builder() -> KeywordExtractorBuilder {
        KeywordExtractorBuilder::default()
    }

    /// The background model in use.
    #[must_use]
    pub fn model(&self) -> &KeywordModel {
        &self.model
    }

    /// The ranked keywords of already tokenized text, best first.
    ///
    /// `tokens` must come from [`tokenize`](crate::tokenize) over `text`
    /// and `sentences` from [`split_sentences`](crate::split_sentences) over
    /// those tokens. Any `&str` is valid input; time is linear in the
    /// number of tokens plus the number of distinct words.
    #[must_use]
    pub fn extract(
        &self,
        text: &str,
        tokens: &[Token<'_>],
        sentences: &[Sentence],
    ) -> Vec<Keyword> {
        extract::extract(self, text, tokens, sentences, &[])
    }

    /// Like [`extract`](Self::extract), with terms a later stage already
    /// knows (organisations with their acronyms, laws): see [`KnownTerm`].
    #[must_use]
    pub fn extract_with(
        &self,
        text: &str,
        tokens: &[Token<'_>],
        sentences: &[Sentence],
        known: &[KnownTerm],
    ) -> Vec<Keyword> {
        extract::extract(self, text, tokens, sentences, known)
    }

    /// The candidate keys of one document, for a background model.
    pub(crate) fn document_keys(
        &self,
        text: &str,
        tokens: &[Token<'_>],
        sentences: &[Sentence],
    ) -> Vec<String> {
        extract::document_keys(self, text, tokens, sentences)
    }
}

/// Builds a [`KeywordExtractor`]; setters take `&mut self` and chain.
#[derive(Clone, Debug, Default)]
pub struct KeywordExtractorBuilder {
    top_n: Option<usize>,
    model: Option<KeywordModel>,
    stopwords: Vec<(String, usize)>,
}

impl KeywordExtractorBuilder {
    /// How many keywords to return (default 10; `usize::MAX` for all).
    pub fn top_n(&mut self, n: usize) -> &mut KeywordExtractorBuilder {
        self.top_n = Some(n);
        self
    }

    /// The background model (default: the embedded one).
    pub fn model(&mut self, model: KeywordModel) -> &mut KeywordExtractorBuilder {
        self.model = Some(model);
        self
    }

    /// One more stopword. Stopwords are compared by key (lowercase German
    /// stem), so "Stadtrat" also removes "Stadtrats" and "Stadträte".
    pub fn stopword(&mut self, word: &str) -> &mut KeywordExtractorBuilder {
        self.stopwords.push((word.to_owned(), 0));
        self
    }

    /// Stopwords as a list: one per line, `#` comments and blank lines
    /// ignored (the format of `data/stopwords_press.txt`).
    pub fn stopwords(&mut self, list: &str) -> &mut KeywordExtractorBuilder {
        for (n, line) in list.lines().enumerate() {
            let line = line.trim();
            if !line.is_empty() && !line.starts_with('#') {
                self.stopwords.push((line.to_owned(), n + 1));
            }
        }
        self
    }

    /// The extractor.
    ///
    /// # Errors
    ///
    /// [`Error::InvalidStopword`] for an empty stopword or one with white
    /// space inside (list each word of a phrase on its own).
    pub fn build(&self) -> Result<KeywordExtractor, Error> {
        let model = match &self.model {
            Some(m) => Arc::new(m.clone()),
            None => Arc::clone(&model::DEFAULT_MODEL),
        };
        let mut ex = KeywordExtractor::with_model(model);
        if let Some(n) = self.top_n {
            ex.top_n = n;
        }
        for (word, line) in &self.stopwords {
            let invalid = |reason| Error::InvalidStopword {
                entry: word.clone(),
                line: *line,
                reason,
            };
            let trimmed = word.trim();
            if trimmed.is_empty() {
                return Err(invalid("it is empty"));
            }
            if trimmed.chars().any(crate::token::is_separator) {
                return Err(invalid(
                    "it contains white space; list each word on its own",
                ));
            }
            ex.stop_keys.insert(words::key_of(trimmed));
        }
        Ok(ex)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn builder_rejects_bad_stopwords() {
        let err = KeywordExtractor::builder()
            .stopwords("Stadtrat\n\nzwei Wörter\n")
            .build()
            .unwrap_err();
        assert!(
            matches!(err, Error::InvalidStopword { line: 3, .. }),
            "{err}"
        );
        assert!(KeywordExtractor::builder().stopword(" ").build().is_err());
    }
}
