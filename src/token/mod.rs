//! Tokens: the single pass over the input that every later stage builds on.
//!
//! [`tokenize`] walks the text once and yields [`Token`]s whose [`Span`]s are
//! byte offsets into the input. Whitespace (any Unicode white space, plus the
//! invisible U+200B ZERO WIDTH SPACE, U+2060 WORD JOINER and U+FEFF BYTE ORDER MARK)
//! separates tokens and belongs to none; every other character is inside
//! exactly one token, and no token splits a grapheme cluster.
//!
//! # What makes one token
//!
//! | input | tokens | kind |
//! |---|---|---|
//! | `Dr.` `bzw.` `Mio.` `e.V.` | one, period included | [`TokenKind::Abbreviation`] |
//! | `z. B.`, `z.B.`, `u. a.` | one per part (`z.` `B.`) | [`TokenKind::Abbreviation`] |
//! | `3.` in `am 3. Oktober` | one | [`TokenKind::Ordinal`] |
//! | `18.12.2023` `1.1.24` `18.12.` `2023-12-18` | one | [`TokenKind::Date`] |
//! | `14:30`, `9.30` before `Uhr` | one | [`TokenKind::Time`] |
//! | `1.000.000` `3,5` `1.250,50` | one | [`TokenKind::Number`] |
//! | `Open-Source-Projekte` `5G-Netz` `Bürger*innen` `Mitarbeiter:innen` `geht's` | one | [`TokenKind::Word`] |
//! | `Bundes-` in `Bundes- und Landesbehörden` | one, hyphen kept | [`TokenKind::Word`] ([`Token::is_truncated`]) |
//! | `https://bund.de/a`, `www.bund.de`, `zendis.de` | one | [`TokenKind::Url`] |
//! | `presse@bmi.bund.de` | one | [`TokenKind::Email`] |
//! | `#OZG`, `@BMI_Bund` | one | [`TokenKind::Hashtag`], [`TokenKind::Handle`] |
//! | `„` `»` `(` … `“` `«` `)` | one each | open/close quote and bracket kinds |
//! | `%` `€` `§` emoji | one each | [`TokenKind::Symbol`] |
//! | `und/oder`, `2023/24` | three: the slash is its own token | [`TokenKind::Punct`] |
//!
//! Slashes split (`und` `/` `oder`, `2023` `/` `24`) everywhere except inside
//! URLs: the parts are words or numbers of their own, and later stages read
//! `2023/24` as a year range from the three tokens.

mod scan;
mod tokenizer;

pub use tokenizer::{Tokenizer, TokenizerBuilder};

use crate::Span;
use crate::lexicon::{LEXICON, TokenLexicon};

/// The kind of a [`Token`].
///
/// New kinds may be added in minor releases; match with a wildcard arm.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum TokenKind {
    /// A word, including hyphenated compounds (`IT-Dienstleister`), truncated
    /// compounds (`Bundes-`), gender forms (`Bürger*innen`), words with digits
    /// (`5G`, `1990er`) and words of any script.
    Word,
    /// A number: `27`, `1.000.000`, `3,5`, `1.250,50`, `2.1`, `18681-0`.
    Number,
    /// A number with its ordinal period: `3.` in `am 3. Oktober`.
    Ordinal,
    /// A numeric date: `18.12.2023`, `1.1.24`, `18.12.`, `2023-12-18`.
    Date,
    /// A clock time: `14:30`, `14:30:15`, `9.30` (before `Uhr`).
    Time,
    /// An abbreviation with its period: `Dr.`, `bzw.`, `z.`, `e.V.`.
    Abbreviation,
    /// A web address with or without scheme: `https://bund.de`, `www.bund.de`.
    Url,
    /// An e-mail address.
    Email,
    /// A hashtag: `#OZG`.
    Hashtag,
    /// A social-media handle: `@BMI_Bund`.
    Handle,
    /// Punctuation: `.` `,` `;` `:` `!` `?` `/`, one mark per token (`?!` is two).
    Punct,
    /// An opening quotation mark: `„` `»` `‚`, or a `"` that opens.
    OpenQuote,
    /// A closing quotation mark: `“` `«` `‘`, or a `"` that closes.
    CloseQuote,
    /// An opening bracket: `(` `[` `{`.
    OpenBracket,
    /// A closing bracket: `)` `]` `}`.
    CloseBracket,
    /// A dash: `–` `—`, or a hyphen standing alone.
    Dash,
    /// An ellipsis: `…` or three or more periods.
    Ellipsis,
    /// Any other symbol: `%` `€` `§` `&` `+`, emoji, …
    Symbol,
}

impl TokenKind {
    /// A short lowercase name, stable across releases (used by the CLI).
    ///
    /// ```
    /// assert_eq!(meldung::TokenKind::OpenQuote.as_str(), "open_quote");
    /// ```
    #[must_use]
    pub const fn as_str(self) -> &'static str {
        match self {
            TokenKind::Word => "word",
            TokenKind::Number => "number",
            TokenKind::Ordinal => "ordinal",
            TokenKind::Date => "date",
            TokenKind::Time => "time",
            TokenKind::Abbreviation => "abbreviation",
            TokenKind::Url => "url",
            TokenKind::Email => "email",
            TokenKind::Hashtag => "hashtag",
            TokenKind::Handle => "handle",
            TokenKind::Punct => "punct",
            TokenKind::OpenQuote => "open_quote",
            TokenKind::CloseQuote => "close_quote",
            TokenKind::OpenBracket => "open_bracket",
            TokenKind::CloseBracket => "close_bracket",
            TokenKind::Dash => "dash",
            TokenKind::Ellipsis => "ellipsis",
            TokenKind::Symbol => "symbol",
        }
    }

    /// Whether tokens of this kind are punctuation of any sort (including
    /// quotes, brackets, dashes and ellipses).
    #[must_use]
    pub const fn is_punctuation(self) -> bool {
        matches!(
            self,
            TokenKind::Punct
                | TokenKind::OpenQuote
                | TokenKind::CloseQuote
                | TokenKind::OpenBracket
                | TokenKind::CloseBracket
                | TokenKind::Dash
                | TokenKind::Ellipsis
        )
    }
}

impl std::fmt::Display for TokenKind {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// One token: its text, its byte span in the input and its kind.
///
/// `text` is always `&input[span.range()]`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Token<'t> {
    /// The token's text, borrowed from the input.
    pub text: &'t str,
    /// Byte offsets of the token in the input.
    pub span: Span,
    /// What sort of token it is.
    pub kind: TokenKind,
}

impl<'t> Token<'t> {
    /// Whether this is a truncated compound that keeps its hyphen, such as
    /// `Bundes-` in "Bundes- und Landesbehörden".
    ///
    /// ```
    /// let tokens: Vec<_> = meldung::tokenize("Bundes- und Landesbehörden").collect();
    /// assert!(tokens[0].is_truncated());
    /// assert!(!tokens[2].is_truncated());
    /// ```
    #[must_use]
    pub fn is_truncated(&self) -> bool {
        self.kind == TokenKind::Word && self.text.len() > 1 && self.text.ends_with('-')
    }

    /// Whether the token starts with an uppercase letter.
    #[must_use]
    pub fn is_capitalised(&self) -> bool {
        self.text.chars().next().is_some_and(char::is_uppercase)
    }
}

/// An iterator over the tokens of a text; see [`tokenize`].
///
/// It allocates nothing per token (the embedded word lists are parsed once,
/// on first use, for the whole process).
#[derive(Clone, Debug)]
///
/// `'t` is the lifetime of the text, which the tokens borrow; `'l` that of
/// the word lists consulted (`'static` for [`tokenize`], the borrow of a
/// [`Tokenizer`] otherwise). Tokens do not borrow the word lists, so they
/// may outlive a `Tokenizer`.
pub struct Tokens<'t, 'l> {
    text: &'t str,
    pos: usize,
    lex: &'l TokenLexicon,
}

impl<'t, 'l> Tokens<'t, 'l> {
    pub(crate) fn with_lexicon(text: &'t str, lex: &'l TokenLexicon) -> Tokens<'t, 'l> {
        Tokens { text, pos: 0, lex }
    }

    /// The part of the input not yet tokenized.
    #[must_use]
    pub fn rest(&self) -> &'t str {
        self.text.get(self.pos..).unwrap_or("")
    }
}

impl<'t> Iterator for Tokens<'t, '_> {
    type Item = Token<'t>;

    // Always inlined: the common token is found by a few instructions in
    // `scan::next`, and a call per token (with its register saves) cost as
    // much again.
    #[inline(always)]
    fn next(&mut self) -> Option<Token<'t>> {
        let (start, end, kind) = scan::next(self.text, &mut self.pos, self.lex)?;
        Some(Token {
            text: &self.text[start..end],
            span: Span::new(start, end),
            kind,
        })
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        (0, Some(self.text.len().saturating_sub(self.pos)))
    }
}

impl std::iter::FusedIterator for Tokens<'_, '_> {}

/// Splits `text` into tokens in one pass, lazily.
///
/// Any `&str` is valid input; the iterator never panics and always ends.
///
/// ```
/// use meldung::{tokenize, TokenKind};
///
/// let text = "Am 3. Oktober sagte Dr. Schmidt: „Das kostet 1.250,50 €.“";
/// let tokens: Vec<_> = tokenize(text).map(|t| (t.text, t.kind)).collect();
/// assert_eq!(tokens[1], ("3.", TokenKind::Ordinal));
/// assert_eq!(tokens[4], ("Dr.", TokenKind::Abbreviation));
/// assert_eq!(tokens[7], ("„", TokenKind::OpenQuote));
/// assert_eq!(tokens[10], ("1.250,50", TokenKind::Number));
/// assert_eq!(tokens[11], ("€", TokenKind::Symbol));
/// assert_eq!(tokens[13], ("“", TokenKind::CloseQuote));
/// ```
#[must_use]
pub fn tokenize(text: &str) -> Tokens<'_, 'static> {
    Tokens::with_lexicon(text, &LEXICON)
}

/// Appends the tokens of `text` to `out` (which is not cleared first).
///
/// Reusing one `Vec` across documents avoids all per-document allocation
/// once it has grown to the largest document's token count.
///
/// ```
/// let mut tokens = Vec::new();
/// meldung::tokenize_into("Berlin, 18. Dezember 2023", &mut tokens);
/// let texts: Vec<_> = tokens.iter().map(|t| t.text).collect();
/// assert_eq!(texts, ["Berlin", ",", "18.", "Dezember", "2023"]);
/// ```
pub fn tokenize_into<'t>(text: &'t str, out: &mut Vec<Token<'t>>) {
    reserve_for(text, out);
    out.extend(tokenize(text));
}

/// Reserves room for the tokens of `text` unless `out` already has some.
fn reserve_for(text: &str, out: &mut Vec<Token<'_>>) {
    if out.capacity() == out.len() {
        // A German press text has about one token per six bytes.
        out.reserve(text.len() / 6);
    }
}

/// Whether `c` separates tokens: Unicode white space, or one of the
/// invisible characters U+200B, U+2060 and U+FEFF.
///
/// ```
/// assert!(meldung::token::is_separator('\u{202F}')); // narrow no-break space
/// assert!(!meldung::token::is_separator('-'));
/// ```
#[inline]
#[must_use]
pub fn is_separator(c: char) -> bool {
    c.is_whitespace() || matches!(c, '\u{200B}' | '\u{2060}' | '\u{FEFF}')
}
