//! Hostile inputs at a size that would expose quadratic behaviour.
//!
//! Each input runs through the whole `Analyzer::analyze` (one analyzer for
//! the whole file, as a batch job holds it) and through `tokenize` alone,
//! and must keep the invariants every stage promises: no panic, every
//! token, sentence, date, entity, keyword and quote span slices the input
//! to its own text, tokens come in order without overlap with only
//! separators between them, sentences cover the tokens in order, indices
//! are in range, and the JSON view serialises and parses back. There are no
//! timed assertions: finishing at this size in a debug build is the
//! assertion (a quadratic stage at a megabyte takes minutes to hours).
//!
//! The sizes, in a debug build (the whole file runs in about 10 s on two
//! cores; the analysis runs at roughly 1 MB/s there):
//!
//! | input | size |
//! |---|---|
//! | no white space at all | 1 MB |
//! | one word | 1 MB |
//! | `"Dr. "` | 100,000 times (400 KB) |
//! | `"Investitions- und "` | 100,000 times (1.8 MB), one sentence |
//! | a role, a name and a quote with "sagte sie" | 20,000 times (1.2 MB), one sentence |
//! | nested, opening-only, closing-only and mixed quotation marks and brackets | 10,000 marks each |
//! | a URL in a sentence | 100 KB |
//! | the corpus in capitals | 1 MB |
//! | punctuation only | 1 MB |
//! | "Bundesamt", "Stadt", "Müller" | 100,000 times each (0.7–1 MB) |
//! | mixed scripts, emoji, combining marks | 1 MB (JSON with every token: 256 KB) |
//! | NUL and control characters | 1 MB (JSON with every token: 256 KB) |
//!
//! The first runs found three bugs, fixed since: a word of a megabyte took
//! hours (the keyword stage hashed every suffix of a word), the same pair
//! of words more than 65,535 times overflowed the keyword stage's pair
//! count (a panic in a debug build), and two flags in a row were cut.
//!
//! The generators are shared with `benches/hostile.rs`, which includes this
//! file by path and measures the same inputs from 1 to 64 MB.

#[path = "common/mod.rs"]
mod common;

use std::sync::LazyLock;

use meldung::{Analysis, Analyzer, Token, TokenKind};

// ---------------------------------------------------------------------------
// The inputs
// ---------------------------------------------------------------------------

/// A deterministic xorshift generator: the same input on every run.
pub struct Rng(u64);

impl Rng {
    /// A generator with a fixed seed.
    pub fn new(seed: u64) -> Rng {
        Rng(seed | 1)
    }

    /// A number below `n`.
    pub fn below(&mut self, n: usize) -> usize {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        (self.0 % n as u64) as usize
    }

    /// One of `items`.
    pub fn pick<'a>(&mut self, items: &[&'a str]) -> &'a str {
        items[self.below(items.len())]
    }
}

/// Appends pieces picked at random until `out` holds at least `bytes`.
fn fill_random(bytes: usize, seed: u64, pieces: &[&str]) -> String {
    let mut rng = Rng::new(seed);
    let mut out = String::with_capacity(bytes + 64);
    while out.len() < bytes {
        out.push_str(rng.pick(pieces));
    }
    out
}

/// Repeats `unit` until the string holds at least `bytes`.
fn fill_repeated(bytes: usize, unit: &str) -> String {
    unit.repeat(bytes.div_ceil(unit.len()).max(1))
}

/// (1a) No white space at all: letters, digits and punctuation glued
/// together, with pieces that start abbreviations, dates, numbers, URLs,
/// e-mail addresses, hashtags and quotes.
pub fn no_whitespace(bytes: usize) -> String {
    fill_random(
        bytes,
        1,
        &[
            "Bund", "amt", "Ärzte", "straße", "x", "Q", ".", ",", ";", ":", "!", "?", "-", "–",
            "/", "2023", "18.12.", "3.", "1.250,50", "14:30", "Dr.", "z.B.", "e.V.", "„", "“", "»",
            "«", "\"", "'", "(", ")", "[", "]", "www.", ".de", "https://", "@", "#", "%", "€", "§",
            "…", "_", "*", "&", "=", "0", "9",
        ],
    )
}

/// (1b) One word of `bytes` letters, no space and no punctuation.
pub fn one_long_word(bytes: usize) -> String {
    fill_repeated(bytes, "Donaudampfschifffahrtsgesellschaftskapitänswitwe")
}

/// (2) `"Dr. "` again and again: an abbreviation that asks for a name.
pub fn doctor_titles(bytes: usize) -> String {
    fill_repeated(bytes, "Dr. ")
}

const OPENERS: [&str; 8] = ["„", "»", "\"", "'", "(", "[", "{", "‚"];
const CLOSERS: [&str; 8] = ["“", "«", "\"", "'", ")", "]", "}", "‘"];

/// (3a) `depth` quotation marks and brackets nested inside each other,
/// each level with a word, all closed again in reverse order.
pub fn nested(depth: usize) -> String {
    let mut out = String::from("Sie sagte ");
    for i in 0..depth {
        out.push_str(OPENERS[i % OPENERS.len()]);
        out.push_str(["Wir ", "Das ", "Bund ", "sagt "][i % 4]);
    }
    out.push_str("Ende");
    for i in (0..depth).rev() {
        out.push_str(CLOSERS[i % CLOSERS.len()]);
    }
    out.push('.');
    out
}

/// (3b) `marks` opening quotation marks and brackets, never closed.
pub fn opening_only(marks: usize) -> String {
    let mut out = String::new();
    for i in 0..marks {
        out.push_str(OPENERS[i % OPENERS.len()]);
        out.push_str(if i % 3 == 0 { "Wort " } else { "Wir" });
    }
    out
}

/// (3c) `marks` closing quotation marks and brackets, never opened.
pub fn closing_only(marks: usize) -> String {
    let mut out = String::new();
    for i in 0..marks {
        out.push_str(if i % 3 == 0 { " Wort" } else { "sagte" });
        out.push_str(CLOSERS[i % CLOSERS.len()]);
    }
    out
}

/// (3d) `marks` marks of every sort at random, balanced or not, among
/// words that make quotes and speakers possible.
pub fn unbalanced_mixed(marks: usize) -> String {
    let all = ["„", "“", "»", "«", "\"", "'", "(", ")", "[", "]", "{", "}"];
    let words = [
        "",
        " ",
        "Wir ",
        " sagte Anja Theurer",
        ", so Müller. ",
        "Bund",
        " (SPD) ",
    ];
    let mut rng = Rng::new(3);
    let mut out = String::new();
    for _ in 0..marks {
        out.push_str(rng.pick(&all));
        out.push_str(rng.pick(&words));
    }
    out
}

/// (4) A sentence around one URL of about `bytes` (path and query).
pub fn long_url(bytes: usize) -> String {
    let mut url = String::from("https://www.bundesregierung.de/breg-de");
    let mut i = 0;
    while url.len() < bytes * 3 / 4 {
        url.push_str(&format!("/themen-{i}/digitalisierung_{}", i % 97));
        i += 1;
    }
    url.push_str("/index.html?");
    while url.len() < bytes {
        url.push_str(&format!("param{i}=wert%20{}&", i % 89));
        i += 1;
    }
    url.push_str("ende=1#abschnitt");
    format!("Weitere Informationen finden Sie unter {url}. Die Seite ist barrierefrei.")
}

/// The press releases in `corpus/`, joined by blank lines.
pub fn corpus_text() -> String {
    let texts: Vec<String> = common::corpus().into_iter().map(|(_, text)| text).collect();
    texts.join("\n\n")
}

/// (5) The press releases of `corpus/` in capitals, repeated to `bytes`.
pub fn all_caps(bytes: usize) -> String {
    fill_repeated(bytes, &(corpus_text().to_uppercase() + "\n\n"))
}

/// (6) Punctuation only, with some spaces and line breaks between.
pub fn only_punctuation(bytes: usize) -> String {
    fill_random(
        bytes,
        6,
        &[
            ".", ",", ";", ":", "!", "?", "-", "–", "—", "…", "/", "\\", "\"", "'", "„", "“", "‚",
            "‘", "»", "«", "(", ")", "[", "]", "{", "}", "*", "&", "%", "§", "$", "€", "#", "@",
            "+", "=", "<", ">", "|", "~", "^", "_", "·", "•", " ", " ", " ", "\n", "\n\n",
        ],
    )
}

/// (7) One capitalised word (followed by a space) repeated to `bytes`.
pub fn repeated_word(word: &str, bytes: usize) -> String {
    fill_repeated(bytes, &format!("{word} "))
}

/// (8) Words of many scripts, combining marks, emoji sequences with
/// zero-width joiners, flags and skin tones, mixed with German.
pub fn mixed_scripts(bytes: usize) -> String {
    fill_random(
        bytes,
        8,
        &[
            "Привет ",
            "Министерство",
            "مرحبا ",
            "الحكومة",
            "政府 ",
            "发布会",
            "東京都",
            "नमस्ते ",
            "सरकार",
            "한국어 ",
            "שלום ",
            "e\u{301}",
            "a\u{308}\u{323}\u{35C}",
            "Bu\u{308}rger ",
            "👩‍💻",
            "👨‍👩‍👧‍👦 ",
            "🏳️‍🌈",
            "🇩🇪",
            "🇪🇺 ",
            "👍🏽",
            "🧑🏿‍🚀 ",
            "❤️",
            "Bundesamt ",
            "sagte Anja Theurer ",
            "„",
            "“ ",
            ". ",
            ", ",
            "18.12.2023 ",
            "\u{200B}",
            "\u{200D}",
            "\u{FE0F}",
            "\u{202E}",
            "\u{00A0}",
            "\u{3000}",
        ],
    )
}

/// (9) NUL and the other control characters, NEL, line and paragraph
/// separators and byte order marks, between words and inside them.
pub fn control_characters(bytes: usize) -> String {
    let mut pieces: Vec<String> = (0u8..0x20)
        .chain([0x7F])
        .map(|b| char::from(b).to_string())
        .collect();
    for s in [
        "\u{85}",
        "\u{2028}",
        "\u{2029}",
        "\u{FEFF}",
        "Bundesamt",
        "Dr.",
        " ",
        "Anja Theurer",
        "sagte",
        "„Wir",
        "“",
        ". ",
        "18.12.2023",
        "https://bund.de/a",
        "a\u{0}b",
    ] {
        pieces.push(s.to_owned());
    }
    let pieces: Vec<&str> = pieces.iter().map(String::as_str).collect();
    fill_random(bytes, 9, &pieces)
}

/// A generator: about `bytes` of one input.
pub type Generator = fn(bytes: usize) -> String;

/// Every input by name with its generator (the nested and unbalanced marks
/// scaled to the size), for the benchmark.
pub const INPUTS: [(&str, Generator); 13] = [
    ("no-whitespace", no_whitespace),
    ("one-long-word", one_long_word),
    ("dr-titles", doctor_titles),
    ("nested-marks", |bytes| nested(bytes / 8)),
    ("unbalanced-marks", |bytes| unbalanced_mixed(bytes / 8)),
    ("long-url", long_url),
    ("all-caps", all_caps),
    ("only-punctuation", only_punctuation),
    ("repeated-bundesamt", |bytes| {
        repeated_word("Bundesamt", bytes)
    }),
    ("repeated-stadt", |bytes| repeated_word("Stadt", bytes)),
    ("repeated-mueller", |bytes| repeated_word("Müller", bytes)),
    ("mixed-scripts", mixed_scripts),
    ("control-characters", control_characters),
];

// ---------------------------------------------------------------------------
// The invariants
// ---------------------------------------------------------------------------

/// One analyzer for every test, as a batch job holds it.
static ANALYZER: LazyLock<Analyzer> = LazyLock::new(Analyzer::new);

/// Whether `part` is a slice of `text` (points into it, not a copy).
fn is_within(text: &str, part: &str) -> bool {
    let (start, end) = (text.as_ptr() as usize, text.as_ptr() as usize + text.len());
    let p = part.as_ptr() as usize;
    start <= p && p + part.len() <= end
}

/// `tokenize` alone: every token slices the text to its own text, is not
/// empty and holds no separator; tokens come in order without overlap, and
/// what lies between them is separators only.
pub fn checked_tokens(text: &str) -> Vec<Token<'_>> {
    let tokens: Vec<Token<'_>> = meldung::tokenize(text).collect();
    let mut at = 0;
    for (i, t) in tokens.iter().enumerate() {
        let (start, end) = (t.span.start, t.span.end);
        assert!(start < end, "token #{i} {t:?} is empty");
        assert!(
            at <= start,
            "token #{i} {t:?} starts before the previous ended ({at})"
        );
        assert_eq!(text.get(start..end), Some(t.text), "token #{i} {t:?}");
        let gap = &text[at..start];
        assert!(
            gap.chars().all(meldung::token::is_separator),
            "non-separator {gap:?} before token #{i} {t:?} belongs to no token"
        );
        assert!(
            !t.text.chars().any(meldung::token::is_separator),
            "token #{i} {t:?} holds a separator"
        );
        at = end;
    }
    assert!(
        text[at..].chars().all(meldung::token::is_separator),
        "the text after the last token belongs to no token"
    );
    tokens
}

/// Whether a quote's first or last character is a quotation mark.
fn is_quote_mark(c: char) -> bool {
    matches!(
        c,
        '„' | '“' | '”' | '‚' | '‘' | '’' | '»' | '«' | '‹' | '›' | '"' | '\''
    )
}

/// Checks a mention list: each slices the text to its text, in text order.
fn check_mentions(text: &str, what: &str, mentions: &[meldung::entity::Mention<'_>]) {
    let mut last = 0;
    for m in mentions {
        assert_eq!(text.get(m.span.range()), Some(m.text), "{what}: {m:?}");
        assert!(
            m.span.start >= last,
            "{what}: mentions out of order at {m:?}"
        );
        last = m.span.start;
    }
}

/// The whole analysis, checked: the tokens are those of `tokenize`;
/// sentences cover the tokens in order; every date, entity, keyword and
/// quote span slices the text; indices are in range; the JSON view (with
/// tokens and sentences, and once with character offsets) serialises and
/// parses back to the same texts.
pub fn checked_analysis(text: &str) -> Analysis<'_> {
    let tokens = checked_tokens(text);
    let a = ANALYZER.analyze(text);
    assert!(
        a.tokens == tokens,
        "the analysis has other tokens than tokenize"
    );

    let mut next = 0;
    for s in &a.sentences {
        assert_eq!(
            s.tokens.start, next,
            "sentence {s:?} does not follow the previous"
        );
        assert!(
            s.tokens.start < s.tokens.end && s.tokens.end <= tokens.len(),
            "{s:?}"
        );
        let span = meldung::Span::new(
            tokens[s.tokens.start].span.start,
            tokens[s.tokens.end - 1].span.end,
        );
        assert_eq!(s.span, span, "sentence {s:?} is not its tokens' span");
        assert!(text.get(s.span.range()).is_some(), "sentence {s:?}");
        next = s.tokens.end;
    }
    assert_eq!(next, tokens.len(), "the sentences do not cover every token");

    for d in &a.dates.mentions {
        assert_eq!(text.get(d.span.range()), Some(d.text), "date {d:?}");
        let inner = tokens.get(d.tokens.clone()).unwrap_or_default();
        assert!(
            inner.first().is_some_and(|t| t.span.start == d.span.start)
                && inner.last().is_some_and(|t| t.span.end == d.span.end),
            "date {d:?} is not its tokens' span"
        );
    }

    let e = &a.entities;
    let (people, orgs, roles) = (e.people.len(), e.organisations.len(), e.roles.len());
    for (i, p) in e.people.iter().enumerate() {
        check_mentions(text, &format!("person {:?}", p.name), &p.mentions);
        assert!(!p.name.is_empty(), "person #{i} without a name");
        for &r in &p.roles {
            assert_eq!(
                e.roles.get(r).and_then(|r| r.person),
                Some(i),
                "person {p:?}"
            );
        }
        assert!(p.party.is_none_or(|o| o < orgs), "person {p:?}");
    }
    for o in &e.organisations {
        check_mentions(text, &format!("organisation {:?}", o.name), &o.mentions);
        assert!(!o.name.is_empty(), "organisation without a name");
    }
    for r in &e.roles {
        check_mentions(text, &format!("role {:?}", r.title), &r.mentions);
        assert!(r.person.is_none_or(|p| p < people), "role {r:?}");
        assert!(r.organisation.is_none_or(|o| o < orgs), "role {r:?}");
    }
    let mut last = 0;
    for q in &e.quotes {
        let quoted = text.get(q.span.range()).expect("a quote slices the text");
        // (a quote that runs on into the next paragraph ends at its
        // paragraph's end, where German typesetting leaves the mark off)
        let rest = &text[q.span.end..];
        let next = rest.trim_start_matches(meldung::token::is_separator);
        let runs_on =
            rest[..rest.len() - next.len()].contains('\n') && next.starts_with(is_quote_mark);
        assert!(
            quoted.starts_with(is_quote_mark) && (quoted.ends_with(is_quote_mark) || runs_on),
            "quote {q:?} {quoted:?} is not between quotation marks"
        );
        assert!(q.span.start >= last, "quotes out of order at {q:?}");
        last = q.span.end;
        assert!(q.speaker.is_none_or(|p| p < people), "quote {q:?}");
    }
    assert!(roles <= tokens.len() && people <= tokens.len());

    for k in &a.keywords {
        assert!(!k.term.is_empty() && k.count > 0, "keyword {k:?}");
        assert!((0.0..=1.0).contains(&k.score), "keyword {k:?}: score");
        for s in &k.spans {
            assert!(
                text.get(s.range()).is_some(),
                "keyword {:?}: span {s:?}",
                k.term
            );
        }
    }

    let m = &a.metadata;
    let parts = [m.title, m.dateline, m.author, m.release_number];
    for part in parts.into_iter().flatten().chain(m.tags.iter().copied()) {
        assert!(
            is_within(text, part),
            "metadata {part:?} is not from the text"
        );
    }
    for part in m.urls.iter().chain(&m.emails) {
        assert!(
            is_within(text, part),
            "metadata {part:?} is not from the text"
        );
    }
    assert!(m.contact.is_none_or(|c| text.get(c.range()).is_some()));

    check_json(&a, false);
    a
}

/// The JSON view serialises and parses back, with byte offsets and with
/// character offsets. With `tokens`, the byte-offset view holds every token
/// and sentence, and the tokens' texts must survive the round trip
/// (control characters and line separators included); it is slow in a
/// debug build, so only the inputs where escaping matters ask for it, on
/// a quarter of their size.
#[cfg(feature = "serde")]
fn check_json(a: &Analysis<'_>, tokens: bool) {
    use meldung::{DocumentOptions, Offsets};

    let options = DocumentOptions::new()
        .with_tokens(tokens)
        .with_sentences(tokens);
    let json = serde_json::to_string(&a.document("hostile", options)).expect("serialises");
    let back: serde_json::Value = serde_json::from_str(&json).expect("parses back");
    assert_eq!(back["metadata"]["bytes"], a.text.len());
    let e = &a.entities;
    assert_eq!(
        back["people"].as_array().map(Vec::len),
        Some(e.people.len())
    );
    assert_eq!(
        back["organisations"].as_array().map(Vec::len),
        Some(e.organisations.len())
    );
    assert_eq!(
        back["quotes"].as_array().map(Vec::len),
        Some(e.quotes.len())
    );
    assert_eq!(
        back["dates"].as_array().map(Vec::len),
        Some(a.dates.mentions.len())
    );
    assert_eq!(
        back["keywords"].as_array().map(Vec::len),
        Some(a.keywords.len())
    );
    if tokens {
        let json_tokens = back["tokens"].as_array().expect("tokens");
        assert_eq!(json_tokens.len(), a.tokens.len());
        for (t, j) in a.tokens.iter().zip(json_tokens) {
            assert_eq!(j["text"], t.text);
            assert_eq!(j["start"], t.span.start);
        }
        let sentences = back["sentences"].as_array().expect("sentences");
        assert_eq!(sentences.len(), a.sentences.len());
        for (s, j) in a.sentences.iter().zip(sentences) {
            assert_eq!(j["text"], s.text(a.text));
        }
    }

    let chars = a.text.chars().count();
    let options = DocumentOptions::new().offsets(Offsets::Chars);
    let json = serde_json::to_string(&a.document("hostile", options)).expect("serialises");
    let back: serde_json::Value = serde_json::from_str(&json).expect("parses back");
    for d in back["dates"].as_array().expect("dates") {
        let (start, end) = (d["start"].as_u64(), d["end"].as_u64());
        assert!(start <= end && end <= Some(chars as u64), "date {d}");
    }
}

/// The tokens' kinds, counted.
fn count_kind(tokens: &[Token<'_>], kind: TokenKind) -> usize {
    tokens.iter().filter(|t| t.kind == kind).count()
}

/// Asserts that no people, organisations, roles or quotes came out.
fn assert_nothing_found_but_keywords(a: &Analysis<'_>) {
    let e = &a.entities;
    assert!(e.people.is_empty(), "people: {:?}", e.people);
    assert!(
        e.organisations.is_empty(),
        "organisations: {:?}",
        e.organisations
    );
    assert!(e.roles.is_empty(), "roles: {:?}", e.roles);
    assert!(e.quotes.is_empty(), "quotes: {:?}", e.quotes);
}

/// Asserts that no people, organisations, roles, quotes or keywords came out.
fn assert_nothing_found(a: &Analysis<'_>) {
    assert_nothing_found_but_keywords(a);
    assert!(a.keywords.is_empty(), "keywords: {:?}", a.keywords);
}

/// Without the `serde` feature there is no JSON view to check.
#[cfg(not(feature = "serde"))]
fn check_json(_: &Analysis<'_>, _: bool) {}

// ---------------------------------------------------------------------------
// The tests
// ---------------------------------------------------------------------------

const MB: usize = 1 << 20;

#[test]
fn one_megabyte_without_white_space() {
    let text = no_whitespace(MB);
    let a = checked_analysis(&text);
    // Nothing separates anything: the tokens tile the input exactly.
    assert_eq!(a.tokens.first().map(|t| t.span.start), Some(0));
    assert_eq!(a.tokens.last().map(|t| t.span.end), Some(text.len()));
    assert!(
        a.tokens
            .windows(2)
            .all(|w| w[0].span.end == w[1].span.start)
    );
    assert!(
        a.tokens.len() > text.len() / 10,
        "{} tokens",
        a.tokens.len()
    );
}

/// A word of a megabyte is one token, and the analysis ends (the keyword
/// stage once hashed every suffix of a word when splitting compounds:
/// hours for this input; stemming is still quadratic in the umlauts of one
/// word, under a second here in a release build but a quarter of a minute
/// at 4 MB).
#[test]
fn one_word_of_one_megabyte() {
    let text = one_long_word(MB);
    let a = checked_analysis(&text);
    assert_eq!(a.tokens.len(), 1);
    assert_eq!(
        (a.tokens[0].kind, a.tokens[0].span.len()),
        (TokenKind::Word, text.len())
    );
    assert_nothing_found_but_keywords(&a);
}

#[test]
fn a_hundred_thousand_doctor_titles_name_nobody() {
    let text = "Dr. ".repeat(100_000);
    let a = checked_analysis(&text);
    assert_eq!(a.tokens.len(), 100_000);
    assert!(
        a.tokens
            .iter()
            .all(|t| (t.text, t.kind) == ("Dr.", TokenKind::Abbreviation))
    );
    // A title before a title is no name, and no title ends a sentence.
    assert_eq!(a.sentences.len(), 1);
    assert_nothing_found(&a);
    assert!(a.dates.mentions.is_empty());
}

#[test]
fn a_hundred_thousand_truncated_words_in_one_sentence() {
    // "Investitions- und Investitions- und …": each truncated word may
    // start a name with the words after it; a chain of them must stay
    // linear and must not recurse (the first version overflowed the stack
    // at 16,000 pairs).
    let text = format!(
        "{}Strukturbank Rheinland-Pfalz.",
        "Investitions- und ".repeat(100_000)
    );
    let a = checked_analysis(&text);
    assert_eq!(a.sentences.len(), 1);
    assert!(a.entities.organisations.len() <= 2);
}

#[test]
fn twenty_thousand_roles_and_pronoun_quotes_in_one_sentence() {
    // The role linker and the quote speakers look at "this or the sentence
    // before"; in a text without full stops each role and quote must not
    // walk the whole of it (the first versions were quadratic: 40,000 roles
    // took 6 s in a release build).
    let mut text = String::from("Die Stadt Musterstadt lädt ein. ");
    for i in 0..20_000 {
        text.push_str(&format!(
            "Bürgermeister Hans Mustermann{}, „Gut“, sagte sie, ",
            i % 50
        ));
    }
    text.push_str("kamen.");
    let a = checked_analysis(&text);
    assert_eq!(a.sentences.len(), 2);
    assert!(!a.entities.people.is_empty());
}

#[test]
fn twenty_thousand_bodies_and_unbracketed_acronyms() {
    // An acronym the text never brackets is matched against the bodies by
    // their letters, a committee's compound against the committees, a
    // university's last word against later words: once per distinct
    // acronym, name or word, not per mention (the first version compared
    // every acronym with every body: ten times slower on a 10 MB archive).
    let mut text = String::new();
    for i in 0..20_000 {
        text.push_str(&format!(
            "Die Bürgschaftsbank Sachsen{i} GmbH, der Ausschuss für Verkehr{i}, die Universität Viadrina{i} und der B{}{}S sowie der Verkehrsausschuss tagten an der Viadrina{i}. ",
            char::from(b'A' + (i % 26) as u8),
            char::from(b'A' + (i / 26 % 26) as u8),
        ));
    }
    let a = checked_analysis(&text);
    assert!(a.entities.organisations.len() > 20_000);
}

#[test]
fn review_cases_of_the_new_entity_rules_stay_linear() {
    // Each was super-linear in a first version: a body's word of thousands
    // of compound parts against an acronym (the letters tried per part and
    // position), offices with a portfolio against every role without a
    // body, distinct acronyms against distinct bodies, committees' compounds
    // against distinct remits, and a pronoun's antecedent in a text
    // without full stops.
    let long = format!("B{}", "bank".repeat(3_000));
    let mut text = format!("Die {long} {long} GmbH arbeitet. Der BBBBB hilft. ");
    for i in 0..5_000 {
        let acr: String = [i % 26, i / 26 % 26, i / 676 % 26]
            .iter()
            .map(|&n| char::from(b'A' + n as u8))
            .collect();
        text.push_str(&format!(
            "Das Landesamt für Umwelt{i} prüft. Die Landesbeauftragte Anna Schm{acr} sagte es. \
             Die Beteiligungsgesellschaft Sachsen{i} GmbH und der {acr}S helfen. \
             Der Ausschuss für Bau{i} tagt im Verkehrsausschuss. "
        ));
    }
    text.push_str("Peter Meier");
    for _ in 0..20_000 {
        text.push_str(" und Hans Meier");
    }
    text.push_str(" kamen, dann begann sie als Leiterin.");
    let a = checked_analysis(&text);
    assert!(a.entities.organisations.len() > 5_000);
}

#[test]
fn ten_thousand_nested_quotes_and_brackets() {
    let text = nested(10_000);
    let a = checked_analysis(&text);
    // Every mark is a token of its own; each bracket is read for what it is.
    for (open, close) in [("(", ")"), ("[", "]"), ("{", "}")] {
        let opened = a.tokens.iter().filter(|t| t.text == open).count();
        let closed = a.tokens.iter().filter(|t| t.text == close).count();
        assert_eq!((opened, closed), (1250, 1250), "{open}{close}");
    }
    assert_eq!(count_kind(&a.tokens, TokenKind::OpenBracket), 3750);
    assert_eq!(count_kind(&a.tokens, TokenKind::CloseBracket), 3750);
    // A word at each level; "Sie sagte" before, "Ende" and "." at the core.
    assert_eq!(a.tokens.len(), 3 * 10_000 + 4);
}

#[test]
fn ten_thousand_opening_marks_open_no_quote() {
    let text = opening_only(10_000);
    let a = checked_analysis(&text);
    assert_eq!(count_kind(&a.tokens, TokenKind::OpenBracket), 3750);
    assert_eq!(count_kind(&a.tokens, TokenKind::CloseBracket), 0);
    // Only the straight `"` can be read as closing.
    assert!(
        a.tokens
            .iter()
            .filter(|t| t.kind == TokenKind::CloseQuote)
            .all(|t| t.text == "\"")
    );
    assert!(a.entities.quotes.is_empty(), "{:?}", a.entities.quotes);
}

#[test]
fn ten_thousand_closing_marks_close_no_quote() {
    let text = closing_only(10_000);
    let a = checked_analysis(&text);
    assert_eq!(count_kind(&a.tokens, TokenKind::CloseBracket), 3750);
    assert_eq!(count_kind(&a.tokens, TokenKind::OpenBracket), 0);
    assert_eq!(count_kind(&a.tokens, TokenKind::OpenQuote), 0);
    assert!(a.entities.quotes.is_empty(), "{:?}", a.entities.quotes);
}

#[test]
fn ten_thousand_unbalanced_marks_of_every_sort() {
    let text = unbalanced_mixed(10_000);
    let a = checked_analysis(&text);
    let marks = a.tokens.iter().filter(|t| t.kind.is_punctuation()).count();
    assert!(marks >= 10_000, "{marks} marks");
    // Quotes are found between the marks, and never nest or overlap
    // (checked above); the speaker is found for some.
    assert!(!a.entities.quotes.is_empty());
    assert!(a.entities.people.iter().any(|p| p.name == "Anja Theurer"));
}

#[test]
fn a_url_of_100_kb_is_one_token() {
    let text = long_url(100_000);
    let a = checked_analysis(&text);
    let url_start = text.find("https://").expect("a URL");
    let url_end = text.find(". Die Seite").expect("the sentence goes on");
    let urls: Vec<_> = a
        .tokens
        .iter()
        .filter(|t| t.kind == TokenKind::Url)
        .collect();
    assert_eq!(urls.len(), 1);
    assert_eq!(urls[0].span.range(), url_start..url_end);
    assert!(urls[0].span.len() > 100_000);
    assert_eq!(a.metadata.urls, [&text[url_start..url_end]]);
    assert_eq!(a.sentences.len(), 2);
    // Nothing inside the address is a name, a date or a keyword.
    assert_nothing_found(&a);
    assert!(a.dates.mentions.is_empty());
}

/// German press text in capitals: letter case changes neither the numeric
/// dates (every one is a date mention) nor the quotation marks.
#[test]
fn one_megabyte_in_capitals() {
    let text = all_caps(MB);
    let a = checked_analysis(&text);
    let dates = count_kind(&a.tokens, TokenKind::Date);
    let normal = fill_repeated(MB, &(corpus_text() + "\n\n"));
    let normal_tokens: Vec<_> = meldung::tokenize(&normal).collect();
    assert!(dates > 100);
    assert_eq!(dates, count_kind(&normal_tokens, TokenKind::Date));
    // Every numeric date is a date mention.
    let numeric = a.dates.mentions.iter().filter(|m| {
        a.tokens[m.tokens.clone()]
            .iter()
            .any(|t| t.kind == TokenKind::Date)
    });
    assert_eq!(numeric.count(), dates);
    let opening = count_kind(&a.tokens, TokenKind::OpenQuote);
    assert_eq!(opening, count_kind(&normal_tokens, TokenKind::OpenQuote));
    assert!(!a.entities.quotes.is_empty());
}

#[test]
fn one_megabyte_of_punctuation_finds_nothing() {
    let text = only_punctuation(MB);
    let a = checked_analysis(&text);
    assert!(a.tokens.iter().all(|t| !matches!(
        t.kind,
        TokenKind::Word | TokenKind::Number | TokenKind::Abbreviation | TokenKind::Url
    )));
    assert_nothing_found(&a);
    assert!(a.dates.mentions.is_empty());
}

/// One capitalised word a hundred thousand times (0.7 to 1 MB): a
/// gazetteer head ("Bundesamt"), an organisation prefix ("Stadt") and a
/// surname ("Müller"). None of them makes a person, none makes thousands of
/// organisations of one mention each, and the keywords are the word and
/// its repetition. (The same pair of words more than 65,535 times once
/// overflowed the keyword stage's pair count.)
#[test]
fn one_word_a_hundred_thousand_times() {
    for word in ["Bundesamt", "Stadt", "Müller"] {
        let text = format!("{word} ").repeat(100_000);
        let a = checked_analysis(&text);
        let e = &a.entities;
        assert_eq!(a.tokens.len(), 100_000);
        assert_eq!(a.sentences.len(), 1);
        assert!(
            e.people.is_empty(),
            "{word}: {:?}",
            e.people.first().map(|p| &p.name)
        );
        assert!(e.roles.is_empty(), "{word}: {:?}", e.roles.first());
        // "Stadt Stadt" reads as the city of a place called "Stadt": one
        // organisation, each pair of words a mention of it.
        let orgs = &e.organisations;
        assert!(orgs.len() <= 1, "{word}: {} organisations", orgs.len());
        if word == "Stadt" {
            assert_eq!(orgs[0].name, "Stadt Stadt");
            assert_eq!(orgs[0].mentions.len(), 50_000);
        } else {
            assert!(orgs.is_empty(), "{word}: {:?}", orgs[0].name);
        }
        assert!(a.keywords.len() <= 2, "{word}: {:?}", a.keywords);
        assert!(
            a.keywords.iter().all(|k| k.term.starts_with(word)),
            "{word}: {:?}",
            a.keywords
        );
    }
}

/// Emoji sequences, flags (also two in a row), skin tones and combining
/// marks are never cut between tokens, and every token's text survives the
/// JSON round trip.
#[test]
fn one_megabyte_of_mixed_scripts_and_emoji() {
    check_json(&checked_analysis(&mixed_scripts(MB / 4)), true);
    let text = mixed_scripts(MB);
    let a = checked_analysis(&text);
    for cluster in [
        "👨‍👩‍👧‍👦",
        "🏳️‍🌈",
        "🇩🇪",
        "👍🏽",
        "🧑🏿‍🚀",
        "e\u{301}",
        "a\u{308}\u{323}",
        "नमस्ते",
    ] {
        let mut seen = 0;
        for (at, _) in text.match_indices(cluster) {
            let end = at + cluster.len();
            let i = a.tokens.partition_point(|t| t.span.end <= at);
            let t = &a.tokens[i];
            assert!(
                t.span.start <= at && end <= t.span.end,
                "{cluster:?} at {at} is cut: token {t:?}"
            );
            seen += 1;
        }
        assert!(seen > 100, "{cluster:?} only {seen} times");
    }
}

/// NUL bytes and control characters are kept inside tokens (never dropped,
/// never a separator unless Unicode says white space), and survive JSON.
#[test]
fn control_characters_and_nul_bytes() {
    check_json(&checked_analysis(&control_characters(MB / 4)), true);
    let text = control_characters(MB);
    let a = checked_analysis(&text);
    let nul_in_tokens: usize = a.tokens.iter().map(|t| t.text.matches('\0').count()).sum();
    assert_eq!(nul_in_tokens, text.matches('\0').count());
    assert!(nul_in_tokens > 1000);
    for separator in ['\u{85}', '\u{2028}', '\u{2029}', '\u{FEFF}'] {
        assert!(text.contains(separator));
        assert!(a.tokens.iter().all(|t| !t.text.contains(separator)));
    }
}
