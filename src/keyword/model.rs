//! [`KeywordModel`]: how common each keyword key is in a background of
//! German text, as document frequencies, and its text format.

use std::collections::HashMap;
use std::fmt::Write as _;
use std::io;
use std::sync::{Arc, LazyLock};

use crate::Error;
use crate::hash::Fx;

const EMBEDDED: &str = include_str!("../../data/keyword_model.txt");

/// The embedded default model, parsed on first use.
pub(crate) static DEFAULT_MODEL: LazyLock<Arc<KeywordModel>> = LazyLock::new(|| {
    Arc::new(KeywordModel::parse(EMBEDDED).unwrap_or_else(|_| KeywordModel::empty()))
});

/// A background model: in how many documents of a background collection
/// each keyword key occurs.
///
/// A term that is common in the background ("Verwaltung", "Jahr",
/// "Bürgerinnen") says less about one release than a term that is rare
/// there ("Verwaltungscloud", "govdigital"). The extractor weighs its
/// in-document evidence by this rarity.
///
/// [`KeywordModel::default`] is the small model shipped with the crate
/// (built from openly licensed text; `data/README.md` names the sources).
/// Your own archive is the better background: build a model from it with
/// [`KeywordModel::from_documents`] (or `meldung keywords --build-model`),
/// save it with [`KeywordModel::write`] and load it with
/// [`KeywordModel::parse`].
///
/// # Text format
///
/// UTF-8 lines. Lines starting with `#` are comments; blank lines are
/// ignored. The first other line is `documents<TAB>N`, the number of
/// documents counted; every further line is `DF<TAB>KEY`: the number of
/// documents (1 to N) in which the key occurs, and the key as
/// [`Keyword::key`](crate::keyword::Keyword::key) spells it (lowercase
/// German Snowball stems, words separated by one space). A key occurs once.
///
/// ```text
/// # meldung keyword model (fields separated by one tab)
/// documents→1200
/// 57→verwalt
/// 3→offent verwalt
/// ```
///
/// ```
/// use meldung::keyword::KeywordModel;
///
/// let model = KeywordModel::from_documents([
///     "Die Verwaltung digitalisiert ihre Akten.",
///     "Die Verwaltung stellt neue Mitarbeiter ein.",
/// ]);
/// assert_eq!(model.documents(), 2);
/// assert_eq!(model.document_frequency("verwalt"), 2);
///
/// let mut saved = Vec::new();
/// model.write(&mut saved)?;
/// let loaded = KeywordModel::parse(std::str::from_utf8(&saved).unwrap())?;
/// assert_eq!(loaded, model);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct KeywordModel {
    documents: u64,
    df: HashMap<String, u32, Fx>,
}

impl Default for KeywordModel {
    /// The model shipped with the crate.
    fn default() -> KeywordModel {
        KeywordModel::clone(&DEFAULT_MODEL)
    }
}

impl KeywordModel {
    /// A model without documents: every term counts as rare.
    #[must_use]
    pub fn empty() -> KeywordModel {
        KeywordModel {
            documents: 0,
            df: HashMap::default(),
        }
    }

    /// Counts the keyword keys of each document: the candidates the
    /// extractor finds there (nouns, compounds, adjective phrases, names),
    /// with the words inside phrases. Every key of the collection is kept;
    /// see [`KeywordModel::prune`] to make the model small.
    #[must_use]
    pub fn from_documents<'a, I>(documents: I) -> KeywordModel
    where
        I: IntoIterator<Item = &'a str>,
    {
        let mut model = KeywordModel::empty();
        let extractor = super::KeywordExtractor::with_model(Arc::new(KeywordModel::empty()));
        let mut tokens = Vec::new();
        for text in documents {
            tokens.clear();
            crate::tokenize_into(text, &mut tokens);
            let sentences = crate::split_sentences(text, &tokens);
            model.add_keys(extractor.document_keys(text, &tokens, &sentences));
        }
        model
    }

    /// Counts one more document with these keys (each key once).
    pub(crate) fn add_keys(&mut self, mut keys: Vec<String>) {
        keys.sort_unstable();
        keys.dedup();
        self.documents += 1;
        for key in keys {
            *self.df.entry(key).or_insert(0) += 1;
        }
    }

    /// Drops every key that occurs in fewer than `min_df` documents (a key
    /// seen once says little about the background, and the model shrinks
    /// several times).
    pub fn prune(&mut self, min_df: u32) {
        self.df.retain(|_, df| *df >= min_df);
    }

    /// The number of documents counted.
    #[must_use]
    pub fn documents(&self) -> u64 {
        self.documents
    }

    /// The number of documents in which `key` occurs (0 if unknown).
    #[must_use]
    pub fn document_frequency(&self, key: &str) -> u32 {
        self.df.get(key).copied().unwrap_or(0)
    }

    /// The number of keys.
    #[must_use]
    pub fn len(&self) -> usize {
        self.df.len()
    }

    /// Whether the model holds no key.
    #[must_use]
    pub fn is_empty(&self) -> bool {
        self.df.is_empty()
    }

    /// Reads a model in the text format described above.
    ///
    /// # Errors
    ///
    /// [`Error::InvalidModel`] with the 1-based line number and the reason
    /// when a line is malformed, a key occurs twice, a frequency exceeds the
    /// document count, or the `documents` line is missing.
    pub fn parse(text: &str) -> Result<KeywordModel, Error> {
        let mut model = KeywordModel::empty();
        let mut seen_documents = false;
        for (n, line) in text.lines().enumerate() {
            let line_no = n + 1;
            let invalid = |reason: String| Error::InvalidModel {
                line: line_no,
                reason,
            };
            let line = line.trim_end_matches('\r');
            if line.trim().is_empty() || line.starts_with('#') {
                continue;
            }
            let Some((first, second)) = line.split_once('\t') else {
                return Err(invalid("expected two fields separated by a tab".to_owned()));
            };
            if !seen_documents {
                if first != "documents" {
                    return Err(invalid(
                        "the first line must be `documents<TAB>N`".to_owned(),
                    ));
                }
                model.documents = second
                    .trim()
                    .parse()
                    .map_err(|_| invalid(format!("{second:?} is not a document count")))?;
                seen_documents = true;
                continue;
            }
            let df: u32 = first
                .trim()
                .parse()
                .map_err(|_| invalid(format!("{first:?} is not a document frequency")))?;
            if df == 0 || u64::from(df) > model.documents {
                return Err(invalid(format!(
                    "document frequency {df} is not between 1 and {}",
                    model.documents
                )));
            }
            let key = second.trim();
            if key.is_empty() || key.contains('\t') || key.contains("  ") {
                return Err(invalid(format!("{second:?} is not a key")));
            }
            if model.df.insert(key.to_owned(), df).is_some() {
                return Err(invalid(format!("key {key:?} occurs twice")));
            }
        }
        if !seen_documents {
            return Err(Error::InvalidModel {
                line: 0,
                reason: "no `documents<TAB>N` line".to_owned(),
            });
        }
        Ok(model)
    }

    /// Writes the model in its text format, most frequent keys first.
    ///
    /// # Errors
    ///
    /// Whatever `out` reports.
    pub fn write<W: io::Write>(&self, mut out: W) -> io::Result<()> {
        let mut entries: Vec<(&str, u32)> = self.df.iter().map(|(k, v)| (k.as_str(), *v)).collect();
        entries.sort_unstable_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
        let mut text = String::with_capacity(entries.len() * 16 + 256);
        text.push_str(
            "# meldung keyword model: document frequencies of keyword keys\n\
             # format: `documents<TAB>N`, then `DF<TAB>KEY` per line (see KeywordModel docs)\n",
        );
        let _ = writeln!(text, "documents\t{}", self.documents);
        for (key, df) in entries {
            let _ = writeln!(text, "{df}\t{key}");
        }
        out.write_all(text.as_bytes())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parse_rejects_bad_lines() {
        let err = KeywordModel::parse("documents\t2\n3\tverwalt\n").unwrap_err();
        assert!(matches!(err, Error::InvalidModel { line: 2, .. }), "{err}");
        let err = KeywordModel::parse("# c\n1\tverwalt\n").unwrap_err();
        assert!(matches!(err, Error::InvalidModel { line: 2, .. }), "{err}");
        let err = KeywordModel::parse("documents\t2\n1\tx\n1\tx\n").unwrap_err();
        assert!(matches!(err, Error::InvalidModel { line: 3, .. }), "{err}");
        let err = KeywordModel::parse("documents\t2\n1 x\n").unwrap_err();
        assert!(matches!(err, Error::InvalidModel { line: 2, .. }), "{err}");
        assert!(KeywordModel::parse("").is_err());
        let ok = KeywordModel::parse("documents\t2\r\n\r\n2\toffent verwalt\r\n").unwrap();
        assert_eq!(ok.document_frequency("offent verwalt"), 2);
    }

    #[test]
    fn embedded_model_parses() {
        let model = KeywordModel::parse(EMBEDDED).expect("data/keyword_model.txt is valid");
        assert!(model.documents() > 0);
    }
}
