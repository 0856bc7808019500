//! The whole analysis of a release in one call.
//!
//! An [`Analyzer`] owns the lexicons of every stage; build it once and share
//! it across threads. [`Analyzer::analyze`] runs the stages in order —
//! tokens, sentences, dates, entities, keywords — and returns an
//! [`Analysis`] whose spans all point into your text. [`Analysis::document`]
//! turns it into the flat, documented JSON shape ([`Document`]) that the
//! command-line tool writes.

use std::collections::HashMap;

use crate::date::{Date, Dates};
use crate::entity::{Entities, OrgKind, Recognizer, RecognizerBuilder};
use crate::keyword::{Keyword, KeywordExtractor, KeywordExtractorBuilder, KeywordModel, KnownTerm};
use crate::{Error, Sentence, Span, Token, TokenKind};

/// Runs every stage over a release. Build once, share everywhere: it is
/// `Send + Sync` and analysing borrows it immutably.
///
/// ```
/// let analyzer = meldung::Analyzer::new();
/// let text = "Berlin, 18. Dezember 2023 – „Wir treten bei, weil wir das für richtig halten“, \
///             sagte Anja Theurer, CFO des DigitalService. Der Beitritt gilt ab Januar.";
/// let analysis = analyzer.analyze(text);
/// assert_eq!(analysis.metadata.date.map(|d| d.to_string()).as_deref(), Some("2023-12-18"));
/// assert_eq!(analysis.metadata.dateline, Some("Berlin"));
/// assert_eq!(analysis.entities.people[0].name, "Anja Theurer");
/// assert_eq!(analysis.dates.mentions[1].value.as_deref(), Some("2024-01"));
/// assert!(analysis.keywords.iter().any(|k| k.term == "DigitalService"));
/// ```
#[derive(Clone, Debug, Default)]
pub struct Analyzer {
    reference: Option<Date>,
    recognizer: Recognizer,
    keywords: KeywordExtractor,
}

/// Builds an [`Analyzer`] with your own reference date, entries and
/// keyword options.
#[derive(Clone, Debug, Default)]
pub struct AnalyzerBuilder {
    reference: Option<Date>,
    recognizer: RecognizerBuilder,
    keywords: KeywordExtractorBuilder,
}

impl AnalyzerBuilder {
    /// The date relative expressions are resolved against when a text does
    /// not state its own ("gestern", "am kommenden Montag").
    pub fn reference_date(&mut self, date: Date) -> &mut AnalyzerBuilder {
        self.reference = Some(date);
        self
    }

    /// Adds an organisation (see [`RecognizerBuilder::organisation`]).
    pub fn organisation(
        &mut self,
        name: &str,
        aliases: &[&str],
        kind: OrgKind,
    ) -> &mut AnalyzerBuilder {
        self.recognizer.organisation(name, aliases, kind);
        self
    }

    /// Adds a person's full name (see [`RecognizerBuilder::person`]).
    pub fn person(&mut self, name: &str) -> &mut AnalyzerBuilder {
        self.recognizer.person(name);
        self
    }

    /// Adds a role title (see [`RecognizerBuilder::role`]).
    pub fn role(&mut self, masculine: &str, feminine: &str) -> &mut AnalyzerBuilder {
        self.recognizer.role(masculine, feminine);
        self
    }

    /// Adds the entries of a user gazetteer in TSV form (see
    /// [`RecognizerBuilder::gazetteer`]).
    ///
    /// # Errors
    ///
    /// [`Error::InvalidGazetteer`] names the first bad line.
    pub fn gazetteer(&mut self, tsv: &str) -> Result<&mut AnalyzerBuilder, Error> {
        self.recognizer.gazetteer(tsv)?;
        Ok(self)
    }

    /// Adds a word that is never a keyword.
    pub fn stopword(&mut self, word: &str) -> &mut AnalyzerBuilder {
        self.keywords.stopword(word);
        self
    }

    /// How many keywords to keep (default 10).
    pub fn top_keywords(&mut self, n: usize) -> &mut AnalyzerBuilder {
        self.keywords.top_n(n);
        self
    }

    /// The background model for keywords (default: the embedded one).
    pub fn keyword_model(&mut self, model: KeywordModel) -> &mut AnalyzerBuilder {
        self.keywords.model(model);
        self
    }

    /// The analyzer.
    ///
    /// # Errors
    ///
    /// [`Error::InvalidGazetteer`] or [`Error::InvalidStopword`] for bad
    /// entries.
    pub fn build(&self) -> Result<Analyzer, Error> {
        Ok(Analyzer {
            reference: self.reference,
            recognizer: self.recognizer.build()?,
            keywords: self.keywords.build()?,
        })
    }
}

/// Everything meldung finds in one release. Every span is a byte range
/// into [`Analysis::text`].
#[derive(Clone, Debug)]
#[non_exhaustive]
pub struct Analysis<'t> {
    /// The text analysed.
    pub text: &'t str,
    /// Its tokens.
    pub tokens: Vec<Token<'t>>,
    /// Its sentences.
    pub sentences: Vec<Sentence>,
    /// Title, dateline, publication date and the like.
    pub metadata: Metadata<'t>,
    /// Every date expression, normalised.
    pub dates: Dates<'t>,
    /// People, organisations, roles and quotes.
    pub entities: Entities<'t>,
    /// The key phrases, best first.
    pub keywords: Vec<Keyword>,
}

/// What a release says about itself.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
#[non_exhaustive]
pub struct Metadata<'t> {
    /// The publication date: the one you gave, else the one the text states.
    pub date: Option<Date>,
    /// The headline: a short first line without a final period.
    pub title: Option<&'t str>,
    /// The place of the dateline ("Berlin" in "Berlin, 18. Dezember 2023 –").
    pub dateline: Option<&'t str>,
    /// The author's initials ("sib" from a line "(sib)").
    pub author: Option<&'t str>,
    /// The release number ("17/2024" from "Pressemitteilung Nr. 17/2024").
    pub release_number: Option<&'t str>,
    /// The editor's tags ("Stichwörter:", "Schlagworte:", "Tags:").
    pub tags: Vec<&'t str>,
    /// Web addresses, in text order.
    pub urls: Vec<&'t str>,
    /// E-mail addresses, in text order.
    pub emails: Vec<&'t str>,
    /// The contact block ("Pressekontakt: …") to the end of its paragraph.
    pub contact: Option<Span>,
}

impl Analyzer {
    /// An analyzer with the embedded lexicons and default options.
    #[must_use]
    pub fn new() -> Analyzer {
        Analyzer::default()
    }

    /// Starts an analyzer with your own options and entries.
    #[must_use]
    pub fn builder() -> AnalyzerBuilder {
        AnalyzerBuilder::default()
    }

    /// Analyses one release. Never panics; time is linear in the text.
    #[must_use]
    pub fn analyze<'t>(&self, text: &'t str) -> Analysis<'t> {
        self.analyze_dated(text, None)
    }

    /// Analyses one release whose publication date you know (from an
    /// archive's metadata): it wins over the analyzer's reference date and
    /// over the date the text states.
    #[must_use]
    pub fn analyze_dated<'t>(&self, text: &'t str, date: Option<Date>) -> Analysis<'t> {
        let mut tokens = Vec::new();
        crate::tokenize_into(text, &mut tokens);
        let sentences = crate::split_sentences(text, &tokens);
        // The date you give for this text, else the one it states, else
        // the analyzer's reference date.
        let mut dates = crate::date::find_dates(text, &tokens, date);
        if dates.reference.is_none() && self.reference.is_some() {
            dates = crate::date::find_dates(text, &tokens, self.reference);
        }
        let entities = self.recognizer.find(text, &tokens, &sentences);
        // People reach the keyword stage whole, so that no name falls apart
        // into fragments ("Taalke", "Okonkwo"). Organisations do not: the
        // keyword stage groups acronyms with their long forms itself, and
        // the words of a long form ("digitale Souveränität" in "Zentrum für
        // Digitale Souveränität") are evidence for its own phrases.
        let known: Vec<KnownTerm> = entities
            .people
            .iter()
            .filter(|p| !p.mentions.is_empty())
            .map(|p| KnownTerm::new(p.name.clone(), p.mentions.iter().map(|m| m.span)))
            .collect();
        let mut keywords = self
            .keywords
            .extract_with(text, &tokens, &sentences, &known);
        // A keyword that is an organisation's name or alias is shown as the
        // organisation writes itself ("Deutscher Städtetag", not the phrase
        // form "deutscher Städtetag").
        if !entities.organisations.is_empty() && !keywords.is_empty() {
            // each keyword key's first organisation form with that key (in
            // the order of the organisations, name before aliases): one
            // look-up per form, not a comparison per form and keyword
            let mut form_of: HashMap<&str, Option<(&str, usize)>, crate::hash::Fx> =
                keywords.iter().map(|k| (k.key.as_str(), None)).collect();
            let forms = entities
                .organisations
                .iter()
                .enumerate()
                .flat_map(|(n, o)| {
                    std::iter::once(&o.name)
                        .chain(&o.aliases)
                        .map(move |f| (f, n))
                });
            with_form_keys(forms, |key, form, n| {
                if let Some(slot @ None) = form_of.get_mut(key) {
                    *slot = Some((form, n));
                }
            });
            // Two keywords that are forms of one organisation ("Bitkom",
            // "Digitalverband Bitkom") become one, under the better-ranked.
            // The shown form is the one written most often.
            let mut seen: Vec<(usize, usize, usize)> = Vec::new(); // (organisation, keyword index, count of its form)
            let mut merged: Vec<Keyword> = Vec::with_capacity(keywords.len());
            let orgs: Vec<Option<(&str, usize)>> = keywords
                .iter()
                .map(|k| form_of.get(k.key.as_str()).copied().flatten())
                .collect();
            drop(form_of);
            for (mut k, org) in keywords.into_iter().zip(orgs) {
                if let Some((form, n)) = org {
                    if let Some(entry) = seen.iter_mut().find(|(o, _, _)| *o == n) {
                        let first: &mut Keyword = &mut merged[entry.1];
                        if k.count > entry.2 {
                            first.term = form.to_owned();
                            entry.2 = k.count;
                        }
                        first.count += k.count;
                        first.spans.extend(k.spans);
                        first.spans.sort_by_key(|s| s.start);
                        continue;
                    }
                    k.term = form.to_owned();
                    seen.push((n, merged.len(), k.count));
                }
                merged.push(k);
            }
            keywords = merged;
        }
        let mut metadata = metadata(text, &tokens);
        metadata.date = date.or(dates.document_date).or(self.reference);
        Analysis {
            text,
            tokens,
            sentences,
            metadata,
            dates,
            entities,
            keywords,
        }
    }
}

/// Organisation forms kept per thread with their keys before the cache
/// starts afresh: the ministries, agencies and companies of an archive
/// recur from release to release, and a few thousand entries are a few
/// hundred kilobytes.
const FORM_KEY_LIMIT: usize = 4096;

thread_local! {
    static FORM_KEYS: std::cell::RefCell<std::collections::HashMap<String, String, crate::hash::Fx>> =
        std::cell::RefCell::new(std::collections::HashMap::default());
}

/// Calls `f(key, form, n)` with the keyword key of each organisation form
/// (name or alias) of organisation `n`, from this thread's cache (stemming
/// every form of every organisation again for each release cost 3% of the
/// whole analysis), borrowed from it rather than copied. The key depends on
/// the form alone, so one cache serves every analyzer.
fn with_form_keys<'f>(
    forms: impl Iterator<Item = (&'f String, usize)>,
    mut f: impl FnMut(&str, &'f str, usize),
) {
    FORM_KEYS.with(|cell| match cell.try_borrow_mut() {
        Ok(mut keys) => {
            for (form, n) in forms {
                if let Some(key) = keys.get(form.as_str()) {
                    f(key, form, n);
                    continue;
                }
                if keys.len() >= FORM_KEY_LIMIT {
                    keys.clear();
                }
                let key = crate::keyword::phrase_key(form);
                f(&key, form, n);
                keys.insert(form.clone(), key);
            }
        }
        Err(_) => {
            for (form, n) in forms {
                f(&crate::keyword::phrase_key(form), form, n);
            }
        }
    });
}

/// The lines of `text` with their byte offsets.
fn lines(text: &str) -> impl Iterator<Item = (usize, &str)> {
    let mut at = 0;
    text.split_inclusive('\n').map(move |l| {
        let start = at;
        at += l.len();
        (start, l.trim_end_matches(['\n', '\r']))
    })
}

fn metadata<'t>(text: &'t str, tokens: &[Token<'t>]) -> Metadata<'t> {
    let mut meta = Metadata {
        title: title(text),
        ..Metadata::default()
    };
    // Dateline: "Berlin, 18. Dezember 2023", "Frankfurt am Main, 3.1.2024".
    meta.dateline = tokens.iter().take(400).enumerate().find_map(|(i, t)| {
        // the rare test first: few tokens open a line
        if line_start(text, tokens, i) && t.kind == TokenKind::Word && t.is_capitalised() {
            dateline_at(text, tokens, i)
        } else {
            None
        }
    });
    // One look at each token's kind and length; the checks that need more
    // are functions of their own, run for the few tokens that pass.
    for (i, t) in tokens.iter().enumerate() {
        match t.kind {
            TokenKind::Url => meta.urls.push(t.text),
            TokenKind::Email => meta.emails.push(t.text),
            TokenKind::OpenBracket => {
                if let Some(author) = author_at(text, tokens, i) {
                    meta.author = Some(author);
                }
            }
            _ => {}
        }
        // (the first byte first: few words start with 'N')
        if t.text.as_bytes().first() == Some(&b'N')
            && matches!(t.text, "Nr." | "Nummer")
            && meta.release_number.is_none()
        {
            meta.release_number = release_number_at(text, tokens, i);
        }
    }
    // Tags and contact block, line by line.
    let mut in_tags = false;
    for (start, line) in lines(text) {
        let trimmed = line.trim();
        // The prefixes below start with an ASCII letter, which
        // `starts_with_folded` compares first: a line whose first byte,
        // folded, starts none of them needs no test (most lines).
        let first = trimmed.as_bytes().first().map_or(0, u8::to_ascii_lowercase);
        if let Some(rest) = [
            "stichwörter:",
            "stichworte:",
            "schlagworte:",
            "schlagwörter:",
            "tags:",
        ]
        .iter()
        .filter(|_| matches!(first, b's' | b't'))
        .find_map(|p| starts_with_folded(trimmed, p).then(|| &trimmed[p.len()..]))
        {
            in_tags = true;
            push_tags(rest, &mut meta.tags);
            continue;
        }
        if in_tags {
            if trimmed.is_empty() {
                in_tags = false;
            } else {
                push_tags(trimmed, &mut meta.tags);
            }
        }
        if meta.contact.is_none()
            && matches!(first, b'p' | b'k' | b'a' | b'r' | b'm')
            && [
                "pressekontakt",
                "kontakt",
                "ansprechpartner",
                "rückfragehinweis",
                "rückfragen",
                "pressestelle",
                "medienkontakt",
            ]
            .iter()
            .any(|p| starts_with_folded(trimmed, p))
        {
            let from = start + (line.len() - line.trim_start().len());
            let end = text[from..]
                .find("\n\n")
                .or_else(|| text[from..].find("\r\n\r\n"))
                .map_or(text.len(), |e| from + e);
            meta.contact = Some(Span::new(from, end));
        }
    }
    meta
}

/// Whether the token at `i` is the first on its line: a line break in the
/// gap before it (computed per token, never by searching back).
fn line_start(text: &str, tokens: &[Token<'_>], i: usize) -> bool {
    i == 0
        || tokens
            .get(i.wrapping_sub(1))
            .zip(tokens.get(i))
            .and_then(|(p, t)| text.get(p.span.end..t.span.start))
            .is_some_and(|gap| gap.contains('\n'))
}

/// The dateline's place if the capitalised word at `i`, first on its line,
/// starts one: up to four words on that line, a comma, a date or a day.
#[inline(never)]
fn dateline_at<'t>(text: &'t str, tokens: &[Token<'t>], i: usize) -> Option<&'t str> {
    let mut j = i + 1;
    while j < tokens.len()
        && j < i + 4
        && tokens[j].kind == TokenKind::Word
        && !line_start(text, tokens, j)
    {
        j += 1;
    }
    if tokens.get(j).is_some_and(|c| c.text == ",")
        && tokens
            .get(j + 1)
            .is_some_and(|d| matches!(d.kind, TokenKind::Date | TokenKind::Ordinal))
    {
        Some(&text[tokens[i].span.start..tokens[j - 1].span.end])
    } else {
        None
    }
}

/// The author's initials if the opening bracket at `i` starts a line
/// "(sib)".
#[inline(never)]
fn author_at<'t>(text: &str, tokens: &[Token<'t>], i: usize) -> Option<&'t str> {
    if line_start(text, tokens, i)
        && let (Some(w), Some(c)) = (tokens.get(i + 1), tokens.get(i + 2))
        && c.kind == TokenKind::CloseBracket
        && (2..=5).contains(&w.text.len())
        && w.text
            .chars()
            .all(|ch| ch.is_ascii_lowercase() || ch == '/')
    {
        Some(w.text)
    } else {
        None
    }
}

/// The release number after "Nr." or "Nummer" at `i` when a release word
/// stands just before: "Pressemitteilung Nr. 17/2024".
#[inline(never)]
fn release_number_at<'t>(text: &'t str, tokens: &[Token<'t>], i: usize) -> Option<&'t str> {
    if !tokens[i.saturating_sub(3)..i].iter().any(|p| {
        starts_with_folded(p.text, "pressemitteilung")
            || starts_with_folded(p.text, "presseinformation")
            || starts_with_folded(p.text, "pressemeldung")
            || p.text.eq_ignore_ascii_case("pm")
    }) {
        return None;
    }
    let mut end = i + 1;
    while end < tokens.len()
        && end < i + 4
        && (matches!(tokens[end].kind, TokenKind::Number) || tokens[end].text == "/")
        && tokens[end].span.start - tokens[end - 1].span.end <= 1
    {
        end += 1;
    }
    (end > i + 1).then(|| &text[tokens[i + 1].span.start..tokens[end - 1].span.end])
}

/// Whether `text` begins with `prefix` (lowercase) in any case, comparing
/// only as many characters as the prefix has: a line is never lowercased
/// whole. A match spans exactly `prefix.len()` bytes of `text`, because
/// only characters whose lowercase form is themselves or one character of
/// the same UTF-8 length count as equal (`Ü`/`ü`, `S`/`s`).
///
/// Bytes are compared first, ASCII letters folded: that settles every
/// match of equal or ASCII-folded characters, and every mismatch at an
/// ASCII character of the prefix (no other character has a one-byte
/// lowercase form). Only a mismatch inside a non-ASCII character of the
/// prefix ("Ö" for "ö") needs the characters.
#[inline]
fn starts_with_folded(text: &str, prefix: &str) -> bool {
    let text_bytes = text.as_bytes();
    for (k, &p) in prefix.as_bytes().iter().enumerate() {
        let Some(&t) = text_bytes.get(k) else {
            return false;
        };
        if t == p || t.to_ascii_lowercase() == p {
            continue;
        }
        if p.is_ascii() {
            return false;
        }
        return starts_with_folded_chars(text, prefix);
    }
    true
}

/// [`starts_with_folded`] character by character.
#[inline(never)]
fn starts_with_folded_chars(text: &str, prefix: &str) -> bool {
    let mut chars = text.chars();
    prefix.chars().all(|p| {
        chars.next().is_some_and(|c| {
            c == p || {
                let mut lower = c.to_lowercase();
                lower.next() == Some(p) && lower.next().is_none() && c.len_utf8() == p.len_utf8()
            }
        })
    })
}

/// Lines that belong to a release's header, not its headline.
fn is_header_line(line: &str) -> bool {
    const HEADERS: &[&str] = &[
        "pressemitteilung",
        "presseinformation",
        "pressemeldung",
        "medieninformation",
        "medienmitteilung",
        "mitteilung",
        "veröffentlicht",
        "rathauskorrespondenz",
        "stand:",
        "datum:",
        "nr.",
        "pm ",
    ];
    if HEADERS.iter().any(|h| starts_with_folded(line, h)) {
        return true;
    }
    // A dateline or a bare date among the first eight tokens: "Berlin, 18.
    // Dezember 2023", "18.12.2023".
    let mut after_comma = false;
    for t in crate::tokenize(line).take(8) {
        if t.kind == TokenKind::Date || (after_comma && t.kind == TokenKind::Ordinal) {
            return true;
        }
        after_comma = t.text == ",";
    }
    false
}

/// The headline: the first line of the first paragraph (among the first
/// few) that is not the header block (publisher, "Pressemitteilung",
/// dateline) and reads like a headline — a few words, no final period.
fn title(text: &str) -> Option<&str> {
    let mut block: Vec<&str> = Vec::new();
    let mut blocks = 0;
    for (_, line) in lines(text).chain(std::iter::once((0, ""))) {
        let line = line.trim();
        if !line.is_empty() {
            block.push(line);
            continue;
        }
        if block.is_empty() {
            continue;
        }
        blocks += 1;
        // The cheap tests of the first line come first: most blocks fail
        // them, and then no line of theirs needs tokenizing. Counting words
        // stops past the most a headline has.
        let first = block[0];
        let headline = !first.ends_with(['.', ',', ':', ';'])
            && !first.starts_with('[')
            && (3..=25).contains(&first.split_whitespace().take(26).count())
            && first.chars().count() <= 200;
        if headline && !block.iter().any(|l| is_header_line(l)) {
            return Some(first);
        }
        block.clear();
        if blocks >= 4 {
            break;
        }
    }
    None
}

fn push_tags<'t>(list: &'t str, tags: &mut Vec<&'t str>) {
    for tag in list.split([',', ';', '|']) {
        let tag = tag.trim();
        if !tag.is_empty() && tag.chars().count() <= 60 {
            tags.push(tag);
        }
    }
}

/// How offsets are counted in a [`Document`].
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
#[non_exhaustive]
pub enum Offsets {
    /// Byte offsets (the default, as everywhere in meldung).
    #[default]
    Bytes,
    /// Unicode scalar values, for tools that index strings by character.
    Chars,
}

/// A span as it appears in the JSON output.
#[derive(Clone, Debug, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct JsonMention {
    /// Start offset.
    pub start: usize,
    /// End offset (exclusive).
    pub end: usize,
    /// The text of the span.
    pub text: String,
}

/// A role as it appears in the JSON output.
#[derive(Clone, Debug, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct JsonRole {
    /// The title, nominative singular.
    pub title: String,
    /// The organisation's name, if the text gives it.
    pub organisation: Option<String>,
}

/// A person as it appears in the JSON output.
#[derive(Clone, Debug, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct JsonPerson {
    /// The fullest form of the name.
    pub name: String,
    /// The person's roles.
    pub roles: Vec<JsonRole>,
    /// The person's party, if the text gives it.
    pub party: Option<String>,
    /// Every mention.
    pub mentions: Vec<JsonMention>,
}

/// An organisation as it appears in the JSON output.
#[derive(Clone, Debug, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct JsonOrganisation {
    /// The long form when the text spells it out.
    pub name: String,
    /// Acronyms and short forms.
    pub aliases: Vec<String>,
    /// One of the names of [`OrgKind::as_str`].
    pub kind: &'static str,
    /// Every mention.
    pub mentions: Vec<JsonMention>,
}

/// A date expression as it appears in the JSON output.
#[derive(Clone, Debug, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct JsonDate {
    /// The expression as written.
    pub text: String,
    /// Start offset.
    pub start: usize,
    /// End offset (exclusive).
    pub end: usize,
    /// The TIMEX3 value, if known.
    pub value: Option<String>,
    /// The TIMEX3 modifier (`START`, `END`, `APPROX`, …).
    #[cfg_attr(feature = "serde", serde(rename = "mod"))]
    pub modifier: Option<&'static str>,
    /// What sort of expression it is.
    pub kind: String,
}

/// A keyword as it appears in the JSON output.
#[derive(Clone, Debug, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct JsonKeyword {
    /// The display form.
    pub term: String,
    /// Importance in 0..=1.
    pub score: f64,
    /// Number of occurrences.
    pub count: usize,
}

/// A quote as it appears in the JSON output.
#[derive(Clone, Debug, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct JsonQuote {
    /// Start offset (the opening mark).
    pub start: usize,
    /// End offset (after the closing mark).
    pub end: usize,
    /// The speaker's name, if known.
    pub speaker: Option<String>,
}

/// The metadata as it appears in the JSON output.
#[derive(Clone, Debug, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct JsonMetadata {
    /// The dateline's place.
    pub dateline: Option<String>,
    /// The author's initials.
    pub author: Option<String>,
    /// The release number.
    pub release_number: Option<String>,
    /// The editor's tags.
    pub tags: Vec<String>,
    /// Web addresses.
    pub urls: Vec<String>,
    /// E-mail addresses.
    pub emails: Vec<String>,
    /// The contact block.
    pub contact: Option<JsonMention>,
    /// The input's size in bytes.
    pub bytes: usize,
}

/// One analysed document in the JSON shape of the README and
/// `docs/meldung.schema.json`; serialise it with the `serde` feature.
#[derive(Clone, Debug, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct Document {
    /// The document's id (file path or the JSON Lines `id`).
    pub id: String,
    /// The publication date, `YYYY-MM-DD`.
    pub date: Option<String>,
    /// The headline.
    pub title: Option<String>,
    /// People with their roles.
    pub people: Vec<JsonPerson>,
    /// Organisations.
    pub organisations: Vec<JsonOrganisation>,
    /// Date expressions.
    pub dates: Vec<JsonDate>,
    /// Keywords, best first.
    pub keywords: Vec<JsonKeyword>,
    /// Direct quotes.
    pub quotes: Vec<JsonQuote>,
    /// Everything else the release says about itself.
    pub metadata: JsonMetadata,
    /// The tokens, when asked for.
    #[cfg_attr(feature = "serde", serde(skip_serializing_if = "Option::is_none"))]
    pub tokens: Option<Vec<JsonMention>>,
    /// The sentences, when asked for.
    #[cfg_attr(feature = "serde", serde(skip_serializing_if = "Option::is_none"))]
    pub sentences: Option<Vec<JsonMention>>,
}

/// What [`Analysis::document`] includes and how it counts.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
#[non_exhaustive]
pub struct DocumentOptions {
    /// Byte or character offsets.
    pub offsets: Offsets,
    /// Include every token.
    pub tokens: bool,
    /// Include every sentence.
    pub sentences: bool,
}

impl DocumentOptions {
    /// The defaults: byte offsets, no tokens, no sentences.
    #[must_use]
    pub fn new() -> DocumentOptions {
        DocumentOptions::default()
    }

    /// Sets how offsets are counted.
    #[must_use]
    pub fn offsets(mut self, offsets: Offsets) -> DocumentOptions {
        self.offsets = offsets;
        self
    }

    /// Includes the tokens.
    #[must_use]
    pub fn with_tokens(mut self, yes: bool) -> DocumentOptions {
        self.tokens = yes;
        self
    }

    /// Includes the sentences.
    #[must_use]
    pub fn with_sentences(mut self, yes: bool) -> DocumentOptions {
        self.sentences = yes;
        self
    }
}

/// Converts byte offsets to character offsets in one forward pass (offsets
/// must be asked for in increasing order for the pass to stay linear; out of
/// order they are still right, only slower).
struct Offsetter<'t> {
    text: &'t str,
    mode: Offsets,
    byte: usize,
    chars: usize,
}

impl Offsetter<'_> {
    fn at(&mut self, byte: usize) -> usize {
        if self.mode == Offsets::Bytes {
            return byte;
        }
        let byte = byte.min(self.text.len());
        if byte < self.byte {
            self.byte = 0;
            self.chars = 0;
        }
        self.chars += self
            .text
            .get(self.byte..byte)
            .map_or(0, |s| s.chars().count());
        self.byte = byte;
        self.chars
    }

    fn mention(&mut self, text: &str, span: Span) -> JsonMention {
        JsonMention {
            start: self.at(span.start),
            end: self.at(span.end),
            text: text.get(span.range()).unwrap_or_default().to_owned(),
        }
    }
}

impl Analysis<'_> {
    /// The analysis in the flat JSON shape, with names instead of indices.
    ///
    /// ```
    /// use meldung::{Analyzer, DocumentOptions};
    ///
    /// let analysis = Analyzer::new().analyze("Bundesinnenministerin Nancy Faeser (SPD) sagte, das gelte ab 2025.");
    /// let doc = analysis.document("pm-1", DocumentOptions::new());
    /// assert_eq!(doc.people[0].name, "Nancy Faeser");
    /// assert_eq!(doc.people[0].roles[0].title, "Bundesinnenministerin");
    /// assert_eq!(doc.people[0].party.as_deref(), Some("SPD"));
    /// assert_eq!(doc.dates[0].value.as_deref(), Some("2025"));
    /// ```
    #[must_use]
    pub fn document(&self, id: &str, options: DocumentOptions) -> Document {
        let text = self.text;
        let mut off = Offsetter {
            text,
            mode: options.offsets,
            byte: 0,
            chars: 0,
        };
        let e = &self.entities;
        let org_name = |o: usize| e.organisations.get(o).map(|o| o.name.clone());
        let people = e
            .people
            .iter()
            .map(|p| JsonPerson {
                name: p.name.clone(),
                roles: p
                    .roles
                    .iter()
                    .filter_map(|&r| e.roles.get(r))
                    .map(|r| JsonRole {
                        title: r.title.clone(),
                        organisation: r.organisation.and_then(org_name),
                    })
                    .collect(),
                party: p.party.and_then(org_name),
                mentions: p
                    .mentions
                    .iter()
                    .map(|m| off.mention(text, m.span))
                    .collect(),
            })
            .collect();
        let organisations = e
            .organisations
            .iter()
            .map(|o| JsonOrganisation {
                name: o.name.clone(),
                aliases: o.aliases.clone(),
                kind: o.kind.as_str(),
                mentions: o
                    .mentions
                    .iter()
                    .map(|m| off.mention(text, m.span))
                    .collect(),
            })
            .collect();
        let dates = self
            .dates
            .mentions
            .iter()
            .map(|d| {
                let m = off.mention(text, d.span);
                JsonDate {
                    text: m.text,
                    start: m.start,
                    end: m.end,
                    value: d.value.clone(),
                    modifier: d.modifier.map(|m| m.as_str()),
                    kind: d.kind.to_string(),
                }
            })
            .collect();
        let quotes = e
            .quotes
            .iter()
            .map(|q| JsonQuote {
                start: off.at(q.span.start),
                end: off.at(q.span.end),
                speaker: q
                    .speaker
                    .and_then(|p| e.people.get(p))
                    .map(|p| p.name.clone()),
            })
            .collect();
        let m = &self.metadata;
        let metadata = JsonMetadata {
            dateline: m.dateline.map(str::to_owned),
            author: m.author.map(str::to_owned),
            release_number: m.release_number.map(str::to_owned),
            tags: m.tags.iter().map(|t| (*t).to_owned()).collect(),
            urls: m.urls.iter().map(|t| (*t).to_owned()).collect(),
            emails: m.emails.iter().map(|t| (*t).to_owned()).collect(),
            contact: m.contact.map(|c| off.mention(text, c)),
            bytes: text.len(),
        };
        Document {
            id: id.to_owned(),
            date: m.date.map(|d| d.to_string()),
            title: m.title.map(str::to_owned),
            people,
            organisations,
            dates,
            keywords: self
                .keywords
                .iter()
                .map(|k| JsonKeyword {
                    term: k.term.clone(),
                    score: (k.score * 1000.0).round() / 1000.0,
                    count: k.count,
                })
                .collect(),
            quotes,
            metadata,
            tokens: options.tokens.then(|| {
                self.tokens
                    .iter()
                    .map(|t| off.mention(text, t.span))
                    .collect()
            }),
            sentences: options.sentences.then(|| {
                self.sentences
                    .iter()
                    .map(|s| off.mention(text, s.span))
                    .collect()
            }),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::{starts_with_folded, starts_with_folded_chars};

    #[test]
    fn prefixes_match_in_any_case_and_span_their_own_length() {
        for (text, prefix, yes) in [
            ("Stichwörter: Cloud", "stichwörter:", true),
            ("STICHWÖRTER: Cloud", "stichwörter:", true),
            ("Pressekontakt", "pressekontakt", true),
            ("Presse", "pressekontakt", false),
            ("", "kontakt", false),
            ("Kontakt", "", true),
            // U+0130 lowercases to two characters: never equal to "i".
            ("\u{130}nfo", "info", false),
            // The Kelvin sign lowercases to "k" but is three bytes long.
            ("\u{212A}ontakt", "kontakt", false),
        ] {
            assert_eq!(starts_with_folded(text, prefix), yes, "{text:?} {prefix:?}");
        }
    }

    #[test]
    fn the_byte_comparison_agrees_with_the_character_one() {
        // ASCII and non-ASCII letters with their case partners, letters whose
        // lowercase form differs in length or count, a combining mark
        let pieces = [
            "", "s", "S", "ß", "\u{1E9E}", "ö", "Ö", "i", "I", "\u{130}", "k", "K", "\u{212A}",
            ":", "é", "É", "\u{301}",
        ];
        let join = |n: usize| -> Vec<String> {
            let mut all = vec![String::new()];
            for _ in 0..n {
                all = all
                    .iter()
                    .flat_map(|a| pieces.iter().map(move |p| format!("{a}{p}")))
                    .collect();
            }
            all
        };
        let texts = join(3);
        for prefix in join(2) {
            for text in &texts {
                assert_eq!(
                    starts_with_folded(text, &prefix),
                    starts_with_folded_chars(text, &prefix),
                    "{text:?} {prefix:?}"
                );
            }
        }
    }
}
