//! [`Tokenizer`]: the scanner with your own abbreviations added.

use super::{Token, Tokens};
use crate::Error;
use crate::lexicon::{AbbrevClass, LEXICON, TokenLexicon};

/// A tokenizer whose abbreviation list you can extend at runtime.
///
/// [`tokenize`](crate::tokenize) uses the embedded lists and is all most
/// users need. Build a `Tokenizer` once when your texts use abbreviations the
/// list lacks (an agency's internal short forms, say), then share it across
/// threads: it is `Send + Sync` and tokenizing borrows it immutably.
///
/// ```
/// use meldung::{Tokenizer, TokenKind};
///
/// let text = "Das Referat Dig.-Verw. prüft.";
/// assert_eq!(meldung::tokenize(text).nth(2).map(|t| t.text), Some("Dig"));
///
/// let tokenizer = Tokenizer::builder().abbreviation("Dig.-Verw.").build()?;
/// let third = tokenizer.tokenize(text).nth(2).unwrap();
/// assert_eq!((third.text, third.kind), ("Dig.-Verw.", TokenKind::Abbreviation));
/// # Ok::<(), meldung::Error>(())
/// ```
#[derive(Clone, Debug)]
pub struct Tokenizer {
    lex: TokenLexicon,
}

impl Default for Tokenizer {
    fn default() -> Tokenizer {
        Tokenizer::new()
    }
}

impl Tokenizer {
    /// A tokenizer with the embedded lists only (the same as [`crate::tokenize`]).
    #[must_use]
    pub fn new() -> Tokenizer {
        Tokenizer {
            lex: LEXICON.clone(),
        }
    }

    /// Starts building a tokenizer with additional abbreviations.
    #[must_use]
    pub fn builder() -> TokenizerBuilder {
        TokenizerBuilder::default()
    }

    /// Splits `text` into tokens, lazily; see [`crate::tokenize`]. The
    /// tokens borrow `text` only, so they may outlive the tokenizer.
    pub fn tokenize<'t, 'l>(&'l self, text: &'t str) -> Tokens<'t, 'l> {
        Tokens::with_lexicon(text, &self.lex)
    }

    /// Appends the tokens of `text` to `out`; see [`crate::tokenize_into`].
    pub fn tokenize_into<'t>(&self, text: &'t str, out: &mut Vec<Token<'t>>) {
        super::reserve_for(text, out);
        out.extend(self.tokenize(text));
    }
}

/// Builds a [`Tokenizer`]; setters take `&mut self` so they chain or loop.
#[derive(Clone, Debug, Default)]
pub struct TokenizerBuilder {
    /// (entry, line or 0, class or why the line is wrong)
    abbreviations: Vec<(String, usize, Result<AbbrevClass, &'static str>)>,
}

impl TokenizerBuilder {
    /// Adds an abbreviation, written as in text with its final period
    /// (`"Bsp."`, `"Dig.-Verw."`); a missing final period is added. The
    /// period then always belongs to it. A lowercase entry also matches its
    /// capitalised form (as written at a sentence start).
    pub fn abbreviation(&mut self, abbreviation: &str) -> &mut TokenizerBuilder {
        self.abbreviations
            .push((abbreviation.to_owned(), 0, Ok(AbbrevClass::Plain)));
        self
    }

    /// Adds every abbreviation of a list in the format of the embedded
    /// `data/abbreviations.txt`: one per line, `#` comments, and an optional
    /// second field `word` (after white space) for abbreviations that are
    /// also ordinary words (their period ends a sentence when a new sentence
    /// clearly follows). Any other second field is an error at [`build`].
    ///
    /// [`build`]: TokenizerBuilder::build
    ///
    /// ```
    /// let list = "# our short forms\nBsp.\nAbt.\tword\n";
    /// let tokenizer = meldung::Tokenizer::builder().abbreviations(list).build()?;
    /// assert_eq!(tokenizer.tokenize("Bsp. eins").next().unwrap().text, "Bsp.");
    /// # Ok::<(), meldung::Error>(())
    /// ```
    pub fn abbreviations(&mut self, list: &str) -> &mut TokenizerBuilder {
        for (n, line) in list.lines().enumerate() {
            let line = line.trim();
            if line.is_empty() || line.starts_with('#') {
                continue;
            }
            // the same fields as the embedded list: entry, optional tag
            let mut fields = line.split_whitespace();
            let entry = fields.next().unwrap_or("");
            let class = match (fields.next(), fields.next()) {
                (None, _) => Ok(AbbrevClass::Plain),
                (Some("word"), None) => Ok(AbbrevClass::Word),
                _ => Err(
                    "expected `ABBR` or `ABBR word`; list each part of \"z. B.\" on its own line",
                ),
            };
            self.abbreviations.push((entry.to_owned(), n + 1, class));
        }
        self
    }

    /// Builds the tokenizer, or reports the first invalid entry.
    ///
    /// # Errors
    ///
    /// [`Error::InvalidAbbreviation`] for an empty entry, one with white
    /// space inside, or one without a letter.
    pub fn build(&self) -> Result<Tokenizer, Error> {
        let mut lex = LEXICON.clone();
        for (entry, line, class) in &self.abbreviations {
            let invalid = |reason| Error::InvalidAbbreviation {
                entry: entry.clone(),
                line: *line,
                reason,
            };
            let class = (*class).map_err(invalid)?;
            let trimmed = entry.trim();
            if trimmed.is_empty() || trimmed == "." {
                return Err(invalid("it is empty"));
            }
            if trimmed.chars().any(super::is_separator) {
                return Err(invalid(
                    "it contains white space; list each part of \"z. B.\" on its own",
                ));
            }
            if !trimmed.chars().any(char::is_alphabetic) {
                return Err(invalid("it contains no letter"));
            }
            lex.add_abbreviation(trimmed, class);
        }
        Ok(Tokenizer { lex })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rejects_bad_entries_with_their_line() {
        let err = Tokenizer::builder()
            .abbreviations("Bsp.\n\nz. B.\n")
            .build()
            .unwrap_err();
        assert!(
            matches!(err, Error::InvalidAbbreviation { line: 3, .. }),
            "{err}"
        );
        assert!(Tokenizer::builder().abbreviation("...").build().is_err());
        assert!(Tokenizer::builder().abbreviation(" ").build().is_err());
        let err = Tokenizer::builder()
            .abbreviations("Abt. wrod\n")
            .build()
            .unwrap_err();
        assert!(
            matches!(err, Error::InvalidAbbreviation { line: 1, .. }),
            "{err}"
        );
        let list = "Abt. word\nBsp.\tword\n";
        assert!(Tokenizer::builder().abbreviations(list).build().is_ok());
    }

    #[test]
    fn tokens_outlive_the_tokenizer() {
        fn tokens(text: &str) -> Vec<crate::Token<'_>> {
            let tokenizer = Tokenizer::builder().abbreviation("Bsp.").build().unwrap();
            tokenizer.tokenize(text).collect()
        }
        assert_eq!(tokens("Bsp. eins")[0].text, "Bsp.");
    }

    #[test]
    fn added_entries_match_and_embedded_ones_remain() {
        let t = Tokenizer::builder().abbreviation("bsp").build().unwrap();
        let texts: Vec<_> = t
            .tokenize("Bsp. und bsp. und Dr. X")
            .map(|t| t.text)
            .collect();
        assert_eq!(texts, ["Bsp.", "und", "bsp.", "und", "Dr.", "X"]);
    }
}
