//! The walk over the tokens that finds date expressions.
//!
//! At each token a cheap test decides whether a date expression can start
//! there (a date, ordinal, number or time token, or a word from a small
//! trigger list); only then do the recognisers run. Each recogniser looks at
//! a few tokens around its start and returns how far it matched; the longest
//! match wins and the walk continues after it. Times are anchored to the day
//! mentioned in their sentence in a second pass.

use std::cell::Cell;
use std::collections::{HashMap, HashSet};
use std::sync::LazyLock;

use super::calendar::easter;
use super::{Date, DateKind, DateMention, DateModifier, Inferred};
use crate::hash::Fx;
use crate::lexicon::LEXICON;
use crate::{Span, Token, TokenKind};

/// Words that can start (or, as a preposition, precede) a date expression.
const TRIGGERS: &[&str] = &[
    "heute",
    "gestern",
    "vorgestern",
    "morgen",
    "übermorgen",
    "heuer",
    "anfang",
    "mitte",
    "ende",
    "beginn",
    "letzte",
    "letzten",
    "letzter",
    "letztes",
    "vergangene",
    "vergangenen",
    "vergangener",
    "vergangenes",
    "nächste",
    "nächsten",
    "nächster",
    "nächstes",
    "kommende",
    "kommenden",
    "kommender",
    "kommendes",
    "diese",
    "diesen",
    "dieser",
    "dieses",
    "diesem",
    "laufenden",
    "laufende",
    "laufendes",
    "vorjahr",
    "vorjahres",
    "vormonat",
    "vormonats",
    "vorwoche",
    "jahresende",
    "jahresanfang",
    "jahresbeginn",
    "jahresmitte",
    "monatsende",
    "monatsanfang",
    "monatsbeginn",
    "monatsmitte",
    "vor",
    "in",
    "jahr",
    "jahres",
    "quartal",
    "ersten",
    "zweiten",
    "dritten",
    "vierten",
    "frühjahr",
    "frühling",
    "sommer",
    "herbst",
    "winter",
    "kw",
    "kalenderwoche",
    "neujahr",
    "ostern",
    "ostersonntag",
    "ostermontag",
    "karfreitag",
    "gründonnerstag",
    "pfingsten",
    "pfingstsonntag",
    "pfingstmontag",
    "christi",
    "himmelfahrt",
    "fronleichnam",
    "tag",
    "heiligabend",
    "weihnachten",
    "silvester",
    "vormittag",
    "nachmittag",
    "abend",
    "mittag",
    "nacht",
    "vorige",
    "vorigen",
    "voriger",
    "voriges",
    "neujahrstag",
    "circa",
    "sonnabend",
    "rund",
    "etwa",
    "ca.",
    "gegen",
];

const WEEKDAYS: &[&str] = &[
    "montag",
    "dienstag",
    "mittwoch",
    "donnerstag",
    "freitag",
    "samstag",
    "sonntag",
];

/// Words after a year that make it a quantity ("2023 Euro").
const UNITS: &[&str] = &[
    "euro",
    "eur",
    "€",
    "$",
    "dollar",
    "franken",
    "chf",
    "prozent",
    "%",
    "mio.",
    "mrd.",
    "millionen",
    "milliarden",
    "tsd.",
    "menschen",
    "personen",
    "mitarbeiter",
    "mitarbeitende",
    "mitarbeiterinnen",
    "beschäftigte",
    "stück",
    "kilometer",
    "km",
    "meter",
    "m",
    "quadratmeter",
    "m²",
    "hektar",
    "ha",
    "tonnen",
    "t",
    "kg",
    "einwohner",
    "einwohnerinnen",
    "haushalte",
    "schulen",
    "stellen",
    "fälle",
    "plätze",
    "anträge",
    "teilnehmende",
    "teilnehmer",
    "besucher",
    "kommunen",
    "gemeinden",
    "unternehmen",
    "mitglieder",
    "stimmen",
    "seiten",
    "zeichen",
    "mal",
    "std.",
    "stunden",
    "minuten",
    "tage",
    "tagen",
    "wohnungen",
    "betten",
    "fahrzeuge",
    "kw",
    "mw",
    "gw",
    "kwh",
    "mwh",
    "gb",
    "tb",
    "mbit/s",
    "gbit/s",
];

/// Tokens before a number that make it an identifier, not a year.
const IDENTIFIER_PREFIXES: &[&str] = &[
    // trains, lines and flights: "IC 2083", "Linie 2020"
    "ic",
    "ice",
    "ec",
    "en",
    "re",
    "rb",
    "rs",
    "s",
    "u",
    "zug",
    "flug",
    "linie",
    "tram",
    "str.",
    "straße",
    "nr.",
    "nr",
    "nummer",
    "§",
    "§§",
    "art.",
    "abs.",
    "tel.",
    "tel",
    "telefon",
    "fax",
    "fax.",
    "az.",
    "aktenzeichen",
    "postfach",
    "hausnummer",
    "drs.",
    "drucksache",
    "plz",
    "zimmer",
    "raum",
    "version",
    "v.",
    "kapitel",
    "seite",
    "s.",
    "ziff.",
    "randnummer",
    "rn.",
    "linie",
    "bus",
    "gleis",
    "+",
];

/// Words before a year that make it one whatever follows.
const YEAR_CONTEXT: &[&str] = &[
    "im",
    "in",
    "seit",
    "bis",
    "ab",
    "vor",
    "nach",
    "jahr",
    "jahres",
    "jahre",
    "anfang",
    "mitte",
    "ende",
    "frühjahr",
    "sommer",
    "herbst",
    "winter",
    "von",
    "zwischen",
    "und",
    "stand",
    "haushaltsjahr",
    "doppelhaushalt",
    "haushalt",
    "januar",
    "februar",
    "märz",
    "april",
    "mai",
    "juni",
    "juli",
    "august",
    "september",
    "oktober",
    "november",
    "dezember",
];

/// Verbs and auxiliaries that put a sentence in the past ("am Montag" then
/// means the last Monday).
const PAST_MARKERS: &[&str] = &[
    // looked for in the clause only: "„Am Montag beginnen die Arbeiten“,
    // sagte sie" keeps its future, "Am Mittwoch sagte sie" is past
    "sagte",
    "sagten",
    "erklärte",
    "betonte",
    "teilte",
    "kündigte",
    "informierte",
    "meldete",
    "berichtete",
    "hat",
    "haben",
    "hatte",
    "hatten",
    "wurde",
    "wurden",
    "war",
    "waren",
    "unterzeichnete",
    "unterzeichneten",
    "eröffnete",
    "beschloss",
    "beschlossen",
    "fand",
    "fanden",
    "gab",
    "stellte",
    "stellten",
    "übergab",
    "besuchte",
    "trafen",
    "traf",
    "nahm",
    "nahmen",
    "endete",
    "begann",
    "startete",
    "lag",
    "lagen",
    "stieg",
    "sank",
    "ging",
    "kam",
    "kamen",
    "zeigte",
    "ergab",
    "veröffentlichte",
    "trat",
    "fiel",
    "gewann",
    "verabschiedete",
    "verabschiedeten",
    // more reporting and deciding verbs of releases, singular and plural
    // (no participles: "wird am Montag vorgestellt" is future)
    "teilten",
    "erklärten",
    "betonten",
    "kündigten",
    "informierten",
    "berichteten",
    "setzte",
    "setzten",
    "legte",
    "legten",
    "ordnete",
    "forderte",
    "forderten",
    "lobte",
    "nannte",
    "sprach",
    "sprachen",
    "entschied",
    "verurteilte",
    "bestätigte",
    "bestätigten",
    "stimmte",
    "stimmten",
    "wählte",
    "wählten",
    "präsentierte",
    "präsentierten",
    "überreichte",
    "eröffneten",
    "erhielt",
    "erhielten",
    "beantragte",
    "warnte",
    "würdigte",
    "begrüßte",
    "beriet",
    "berieten",
    "tagte",
    "besuchten",
    "hielt",
];

/// Words that make a year or a time approximate.
const APPROX_WORDS: &[&str] = &["rund", "etwa", "ca.", "gegen", "circa"];

/// Words that make a count approximate ("vor rund drei Jahren").
const ROUGHLY: &[&str] = &["rund", "etwa", "gut", "knapp", "fast", "ca.", "circa"];

/// Words that put a sentence in the future.
const FUTURE_MARKERS: &[&str] = &[
    "werde",
    "wird",
    "werden",
    "soll",
    "sollen",
    "will",
    "wollen",
    "plant",
    "planen",
    "geplant",
    "künftig",
    "demnächst",
    "voraussichtlich",
    "bevorstehenden",
    "bevorstehende",
];

/// Tokens looked at ahead for the month that ends a list of days.
const MAX_LIST: usize = 16;

/// The most tokens a quoted name may span and still be read as part of its
/// clause ("das Programm „H2 Westpfalz“"); longer quotes are speech.
const MAX_INLINE_QUOTE: usize = 8;

/// Tokens looked at on either side when finding a sentence's tense (keeps
/// the walk linear on text without sentence marks).
const MAX_SENTENCE_SCAN: usize = 60;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Tense {
    Past,
    Future,
    Unknown,
}

/// A set of lowercase words, for lists looked up at every candidate.
type WordSet = LazyLock<HashSet<&'static str, Fx>>;

static UNIT_SET: WordSet = LazyLock::new(|| UNITS.iter().copied().collect());
static IDENTIFIER_SET: WordSet = LazyLock::new(|| IDENTIFIER_PREFIXES.iter().copied().collect());
static YEAR_CONTEXT_SET: WordSet = LazyLock::new(|| YEAR_CONTEXT.iter().copied().collect());
/// The tense markers, past and future, for one lookup per token (a word
/// on both lists would count as past, as the past is looked for first).
static TENSE_MARKERS: LazyLock<HashMap<&'static str, Tense, Fx>> = LazyLock::new(|| {
    let future = FUTURE_MARKERS.iter().map(|&w| (w, Tense::Future));
    future
        .chain(PAST_MARKERS.iter().map(|&w| (w, Tense::Past)))
        .collect()
});

/// The shapes of the trigger words. Asked for every word, they reject nearly
/// all that are no trigger before any hashing.
struct Shapes {
    /// Bit `last` of `[len][first]` is set when some trigger of `len` bytes
    /// starts with letter `first` and ends with letter `last` (either case;
    /// see `LETTER_INDEX`).
    ends: [[u32; 27]; SHAPE_LENGTHS],
    /// Bit `second` of `[first]` is set when some trigger starts with the
    /// letters `first` and `second`.
    starts: [u32; 27],
}

static TRIGGER_SHAPES: LazyLock<Shapes> = LazyLock::new(|| {
    let mut shapes = Shapes {
        ends: [[0u32; 27]; SHAPE_LENGTHS],
        starts: [0u32; 27],
    };
    for w in TRIGGER_SET.iter() {
        let b = w.as_bytes();
        if let (Some(slot), Some(&first), Some(&last)) = (
            shapes.ends[..SHAPE_LENGTHS - 1].get_mut(b.len()),
            b.first(),
            b.last(),
        ) {
            slot[letter(first)] |= 1 << letter(last);
            shapes.starts[letter(first)] |= 1 << second_letter(b);
        }
    }
    shapes
});

/// [`Ctx::might_start`]'s lengths per token kind (by discriminant): bit
/// `n` (`n` up to 31, a longer token counting as 31) is set when a token of
/// this kind and `n` bytes may start an expression whatever its text
/// (dates, ordinals and times of any length, numbers of up to five bytes,
/// abbreviations of up to 24), bit `32 + n` when it may if its shape is a
/// trigger's (words of up to 24 bytes). One look-up and a shift for the
/// kind and length tests.
const KIND_LENGTHS: [u64; 256] = {
    const ANY: u64 = 0xFFFF_FFFF;
    const UP_TO_5: u64 = (1 << 6) - 1;
    const UP_TO_24: u64 = (1 << 25) - 1;
    let mut table = [0u64; 256];
    table[TokenKind::Date as usize] = ANY;
    table[TokenKind::Ordinal as usize] = ANY;
    table[TokenKind::Time as usize] = ANY;
    table[TokenKind::Number as usize] = UP_TO_5;
    table[TokenKind::Abbreviation as usize] = UP_TO_24;
    table[TokenKind::Word as usize] = UP_TO_24 << 32;
    table
};

/// Bit `second` of `[first]` (places as in `LETTER_INDEX`) is set when a
/// weekday starts with these letters: a superset of `may_be_weekday`.
const WEEKDAY_STARTS: [u32; 27] = {
    let mut table = [0u32; 27];
    let heads: [&[u8; 2]; 7] = [b"mo", b"di", b"mi", b"do", b"fr", b"sa", b"so"];
    let mut k = 0;
    while k < heads.len() {
        let [a, b] = *heads[k];
        table[(a - b'a') as usize] |= 1 << (b - b'a');
        k += 1;
    }
    table
};

/// Bit `n` of `[b]`: a word of `n` bytes starting with byte `b` may start
/// an expression for its first byte ([`Ctx::might_start`]): a digit
/// ("1990er") at any length, `Q`, `K` or `H` ("Q3", "H1", "K1") in four
/// bytes or fewer.
const FIRST_LENGTHS: [u32; 256] = {
    let mut table = [0u32; 256];
    let mut b = b'0';
    while b <= b'9' {
        table[b as usize] = u32::MAX;
        b += 1;
    }
    table[b'Q' as usize] = 0b1_1111;
    table[b'K' as usize] = 0b1_1111;
    table[b'H' as usize] = 0b1_1111;
    table
};

/// Rows of `Shapes::ends`: triggers have up to 16 bytes, and the last row,
/// empty, stands for every longer word.
const SHAPE_LENGTHS: usize = 18;

/// A byte's place in `Shapes`: 0..26 for an ASCII letter of either case, 26
/// for anything else. A table, as it is read twice for every word.
const LETTER_INDEX: [u8; 256] = {
    let mut table = [26u8; 256];
    let mut b = 0;
    while b < 256 {
        let c = b as u8;
        if c.is_ascii_alphabetic() {
            table[b] = (c | 0x20) - b'a';
        }
        b += 1;
    }
    table
};

#[inline]
fn letter(b: u8) -> usize {
    usize::from(LETTER_INDEX[usize::from(b)])
}

/// The place of a word's second byte (26 when it has none).
#[inline]
fn second_letter(b: &[u8]) -> usize {
    b.get(1).map_or(26, |&c| letter(c))
}

impl Shapes {
    /// Whether `word` is a trigger (or a month name), shape first.
    #[inline]
    fn is_trigger(&self, word: &str) -> bool {
        let b = word.as_bytes();
        let (Some(&first), Some(&last)) = (b.first(), b.last()) else {
            return false;
        };
        self.ends
            .get(b.len())
            .is_some_and(|s| s[letter(first)] & (1 << letter(last)) != 0)
            && self.starts[letter(first)] & (1 << second_letter(b)) != 0
            && in_trigger_set(word)
    }
}

/// The hash lookup behind `Shapes::is_trigger`, kept out of line so that the words
/// the shape rejects (nearly all) do not pay for its set-up.
#[inline(never)]
fn in_trigger_set(word: &str) -> bool {
    TRIGGER_SET.contains(word)
}

static TRIGGER_SET: LazyLock<HashSet<String, Fx>> = LazyLock::new(|| {
    let mut set = HashSet::default();
    let words = TRIGGERS.iter().chain(WEEKDAYS).copied();
    for w in words.chain(LEXICON.month_names()) {
        if let Some(cap) = crate::lexicon::capitalised(w) {
            set.insert(cap);
        }
        set.insert(w.to_owned());
    }
    set
});

/// A word lowercased without touching the heap in the usual case: short
/// words whose only capitals are ASCII or Ä/Ö/Ü (which lowercase to the same
/// number of bytes) are lowercased in place on the stack.
enum Low<'t> {
    Borrowed(&'t str),
    Inline([u8; 24], u8),
    Owned(String),
}

impl<'t> Low<'t> {
    fn of(t: &'t str) -> Low<'t> {
        let b = t.as_bytes();
        // most tokens are ASCII, where lowercasing is byte by byte
        if t.is_ascii() {
            if !b.iter().any(u8::is_ascii_uppercase) {
                return Low::Borrowed(t);
            }
            if b.len() <= 24 {
                let mut buf = [0u8; 24];
                buf[..b.len()].copy_from_slice(b);
                buf[..b.len()].make_ascii_lowercase();
                return Low::Inline(buf, b.len() as u8);
            }
            return Low::Owned(t.to_ascii_lowercase());
        }
        if !t.chars().any(changes_case) {
            return Low::Borrowed(t);
        }
        if b.len() <= 24 {
            let mut buf = [0u8; 24];
            buf[..b.len()].copy_from_slice(b);
            let mut ok = true;
            let mut k = 0;
            while k < b.len() {
                match buf[k] {
                    c if c.is_ascii_uppercase() => buf[k] = c | 0x20,
                    0xC3 if k + 1 < b.len() => {
                        // Ä Ö Ü → ä ö ü; other capitals take the slow path
                        match buf[k + 1] {
                            0x84 | 0x96 | 0x9C => buf[k + 1] |= 0x20,
                            0x80..=0x9E if buf[k + 1] != 0x97 => ok = false,
                            _ => {}
                        }
                        k += 1;
                    }
                    c if c >= 0x80 && !t.is_char_boundary(k) => {}
                    c if c >= 0x80 => {
                        // another script's capital? leave it to to_lowercase
                        let ch = t[k..].chars().next().unwrap_or(' ');
                        if changes_case(ch) {
                            ok = false;
                        }
                    }
                    _ => {}
                }
                k += 1;
            }
            if ok && std::str::from_utf8(&buf[..b.len()]).is_ok() {
                return Low::Inline(buf, b.len() as u8);
            }
        }
        Low::Owned(t.to_lowercase())
    }
}

/// Whether `t` lowercased is `word`, which must be lowercase. An ASCII
/// token lowercases byte for byte, so it is compared in place without
/// building its lowercase form.
#[inline]
fn lower_is(t: &str, word: &str) -> bool {
    debug_assert_eq!(word, word.to_lowercase(), "compared words are lowercase");
    if t.is_ascii() {
        return t.eq_ignore_ascii_case(word);
    }
    *Low::of(t) == *word
}

/// Whether lowercasing changes `c` (capitals, but also titlecase letters
/// such as 'ᾈ' that are not `is_uppercase`).
fn changes_case(c: char) -> bool {
    let mut lower = c.to_lowercase();
    !(lower.next() == Some(c) && lower.next().is_none())
}

impl std::ops::Deref for Low<'_> {
    type Target = str;
    fn deref(&self) -> &str {
        match self {
            Low::Borrowed(s) => s,
            Low::Inline(buf, n) => std::str::from_utf8(&buf[..usize::from(*n)]).unwrap_or(""),
            Low::Owned(s) => s,
        }
    }
}

impl AsRef<str> for Low<'_> {
    fn as_ref(&self) -> &str {
        self
    }
}

impl PartialEq<&str> for Low<'_> {
    fn eq(&self, other: &&str) -> bool {
        &**self == *other
    }
}

/// A match of a recogniser: tokens `start..end`, with its value.
#[derive(Clone, Debug)]
struct Found {
    start: usize,
    end: usize,
    kind: DateKind,
    value: Option<String>,
    modifier: Option<DateModifier>,
    inferred: Inferred,
}

impl Found {
    fn new(start: usize, end: usize, kind: DateKind, value: Option<String>) -> Found {
        Found {
            start,
            end,
            kind,
            value,
            modifier: None,
            inferred: Inferred::default(),
        }
    }

    fn modifier(mut self, m: Option<DateModifier>) -> Found {
        if m.is_some() {
            self.modifier = m;
        }
        self
    }

    fn inferred_year(mut self, yes: bool) -> Found {
        self.inferred.year |= yes;
        self
    }

    fn relative(mut self) -> Found {
        self.inferred.relative = true;
        self
    }
}

/// A day whose year may be unknown.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct Day {
    year: Option<i32>,
    month: u32,
    day: u32,
}

impl Day {
    /// `YYYY-MM-DD`, `XXXX` for an unknown year.
    fn render(self) -> String {
        let mut s = String::with_capacity(10);
        push_year(&mut s, self.year);
        s.push('-');
        push_padded(&mut s, self.month, 2);
        s.push('-');
        push_padded(&mut s, self.day, 2);
        s
    }

    fn date(self) -> Option<Date> {
        Date::new(self.year?, self.month, self.day).ok()
    }
}

/// Appends `n` with at least `width` digits, as `{n:0width$}` writes it.
///
/// Values are rendered for every candidate expression, and `format!` costs
/// several hundred instructions a call; these few digits do not.
fn push_padded(out: &mut String, n: u32, width: usize) {
    let mut digits = [0u8; 10];
    let mut k = digits.len();
    let mut rest = n;
    loop {
        k -= 1;
        digits[k] = b'0' + (rest % 10) as u8;
        rest /= 10;
        if rest == 0 {
            break;
        }
    }
    for _ in digits.len() - k..width {
        out.push('0');
    }
    out.extend(digits[k..].iter().map(|&d| char::from(d)));
}

/// Appends a year as `{y:04}` writes it, `XXXX` when unknown.
fn push_year(out: &mut String, y: Option<i32>) {
    match y.map(u32::try_from) {
        Some(Ok(y)) => push_padded(out, y, 4),
        Some(Err(_)) => out.push_str(&format!("{:04}", y.unwrap_or_default())),
        None => out.push_str("XXXX"),
    }
}

/// A year as a TIMEX3 value, if it lies in 1..=9999.
fn year_value(y: i64) -> Option<String> {
    (1..=9999)
        .contains(&y)
        .then(|| year_str(i32::try_from(y).ok()))
}

/// `{y:04}`, or `XXXX` for an unknown year.
fn year_str(y: Option<i32>) -> String {
    let mut s = String::with_capacity(4);
    push_year(&mut s, y);
    s
}

/// `YYYY-MM-DD`, as `Date`'s `Display` writes it.
fn render_date(d: Date) -> String {
    Day {
        year: Some(d.year()),
        month: d.month(),
        day: d.day(),
    }
    .render()
}

/// `T` and a clock time, `T09:05`.
fn clock_str(h: u32, m: u32) -> String {
    let mut s = String::with_capacity(6);
    s.push('T');
    push_padded(&mut s, h, 2);
    s.push(':');
    push_padded(&mut s, m, 2);
    s
}

fn week_str(d: Date) -> String {
    let (y, w) = d.iso_week();
    format!("{y:04}-W{w:02}")
}

/// `YYYY-MM`, `XXXX-MM` for an unknown year.
fn month_str(y: Option<i32>, m: u32) -> String {
    let mut s = String::with_capacity(7);
    push_year(&mut s, y);
    s.push('-');
    push_padded(&mut s, m, 2);
    s
}

/// Every date expression in `tokens`, in order, without overlaps.
pub(super) fn mentions<'t>(
    text: &'t str,
    tokens: &[Token<'t>],
    reference: Option<Date>,
) -> Vec<DateMention<'t>> {
    let ctx = Ctx {
        text,
        tokens,
        reference,
        last_tense: Cell::new(None),
        anchor: Cell::new(None),
        shapes: &TRIGGER_SHAPES,
    };
    let mut found: Vec<Found> = Vec::new();
    let mut i = 0;
    while i < tokens.len() {
        if ctx.may_start(i)
            && let Some(f) = ctx.at(i)
        {
            i = f.end.max(i + 1);
            if reference.is_none() {
                ctx.note_anchor(&f);
            }
            found.push(f);
        } else {
            i += 1;
        }
    }
    if found
        .iter()
        .any(|f| f.kind == DateKind::Time || needs_anchor(f))
    {
        ctx.anchor_times(&mut found);
    }
    for f in &mut found {
        if f.modifier.is_none() && f.kind != DateKind::Range {
            f.modifier = ctx.preposition_modifier(f.start);
        }
    }
    let mut out = Vec::with_capacity(found.len());
    out.extend(found.into_iter().filter_map(|f| {
        let first = tokens.get(f.start)?;
        let last = tokens.get(f.end.checked_sub(1)?)?;
        let span = Span::new(first.span.start, last.span.end);
        Some(DateMention {
            text: span.slice(text)?,
            span,
            tokens: f.start..f.end,
            kind: f.kind,
            value: f.value,
            modifier: f.modifier,
            inferred: f.inferred,
        })
    }));
    out
}

/// Times store their clock part with a `T` placeholder day until anchored.
fn needs_anchor(f: &Found) -> bool {
    f.value
        .as_deref()
        .is_some_and(|v| v.starts_with('T') || v.contains("/T"))
}

struct Ctx<'a, 't> {
    text: &'t str,
    tokens: &'a [Token<'t>],
    reference: Option<Date>,
    /// The tense of the sentence asked about last, with its token range.
    last_tense: Cell<Option<(usize, usize, Tense)>>,
    /// Without a reference: the last day so far written in full. Police
    /// reports often have no dateline but tell "am Mittwochmorgen
    /// (09.10.2024) … am Donnerstag"; the plain weekdays after such a day
    /// are read from it (see `weekday_expr`).
    anchor: Cell<Option<Date>>,
    /// `TRIGGER_SHAPES`, looked up once rather than at every word.
    shapes: &'static Shapes,
}

impl<'t> Ctx<'_, 't> {
    /// Keeps `f` as the anchor of later weekdays if it is a day written in
    /// full (year included, nothing inferred).
    fn note_anchor(&self, f: &Found) {
        if f.kind == DateKind::Day
            && f.inferred == Inferred::default()
            && let Some(d) = f.value.as_deref().and_then(parse_date_token)
            && let Some(d) = d.date()
        {
            self.anchor.set(Some(d));
        }
    }

    // ------------------------------------------------------------ token views

    fn tok(&self, i: usize) -> Option<&Token<'t>> {
        self.tokens.get(i)
    }

    fn text_at(&self, i: usize) -> &'t str {
        self.tokens.get(i).map_or("", |t| t.text)
    }

    /// The token's text, lowercased (borrowed when already lowercase).
    fn low(&self, i: usize) -> Low<'t> {
        Low::of(self.text_at(i))
    }

    /// Whether the token, lowercased, is `word` (which is lowercase).
    fn is(&self, i: usize, word: &str) -> bool {
        let t = self.text_at(i);
        t.len() == word.len() && lower_is(t, word)
    }

    /// Whether the token, lowercased, is one of `words` (all lowercase).
    fn is_any(&self, i: usize, words: &[&str]) -> bool {
        let t = self.text_at(i);
        if t.is_empty() {
            return false;
        }
        if t.is_ascii() {
            // an ASCII token lowercases byte for byte: compare in place
            return words
                .iter()
                .any(|w| w.len() == t.len() && t.eq_ignore_ascii_case(w));
        }
        let l = self.low(i);
        words.contains(&l.as_ref())
    }

    fn in_set(&self, i: usize, set: &HashSet<&'static str, Fx>) -> bool {
        let t = self.text_at(i);
        !t.is_empty() && t.len() <= 24 && set.contains(self.low(i).as_ref())
    }

    fn kind(&self, i: usize) -> Option<TokenKind> {
        self.tokens.get(i).map(|t| t.kind)
    }

    /// Whether a line break stands between tokens `i` and `i + 1`.
    fn break_after(&self, i: usize) -> bool {
        match (self.tokens.get(i), self.tokens.get(i + 1)) {
            (Some(a), Some(b)) => self
                .text
                .get(a.span.end..b.span.start)
                .is_some_and(|g| g.contains('\n')),
            _ => true,
        }
    }

    fn is_dash(&self, i: usize) -> bool {
        self.kind(i) == Some(TokenKind::Dash) || self.text_at(i) == "-"
    }

    /// "bis", "–", "-" between two parts of a range.
    fn is_range_joiner(&self, i: usize) -> bool {
        self.is(i, "bis") || self.is_dash(i)
    }

    /// The token after a range joiner at `j` for a range starting at
    /// `start`: "bis", "bis zum", "–", and "und" after "zwischen".
    fn joiner(&self, j: usize, start: usize) -> Option<usize> {
        if self.is(j, "bis") {
            return Some(if self.is_any(j + 1, &["zum", "zur"]) {
                j + 2
            } else {
                j + 1
            });
        }
        if self.is_dash(j) {
            return Some(j + 1);
        }
        // "zwischen März und Mai", "zwischen dem 1. und 15. März"
        let between = start > 0 && self.is(start - 1, "zwischen")
            || start > 1
                && self.is_any(start - 1, &["dem", "den"])
                && self.is(start - 2, "zwischen");
        (self.is(j, "und") && between).then_some(j + 1)
    }

    /// The month (and year) that a list of day numbers ends in: for the "15."
    /// of "am 15. und 16. Januar" or "am 27., 28. und 29. Dezember 2023",
    /// starting at `j`, the token after the first day. Looks at most
    /// `MAX_LIST` tokens ahead.
    fn list_month(&self, j: usize) -> Option<(u32, Option<i32>)> {
        let mut k = j;
        let mut joined = false;
        while k < j + MAX_LIST {
            if self.is_any(k, &[",", "und", "sowie", "oder"]) {
                joined = true;
                k += 1;
            } else if self.ordinal(k).is_some() && joined {
                if let Some(m) = self.month(k + 1) {
                    let year = self.year(k + 2).filter(|_| !self.is_quantity(k + 2));
                    return Some((m, year));
                }
                joined = false;
                k += 1;
            } else {
                return None;
            }
        }
        None
    }

    /// A single day at `j`: a date token, or "18. Dezember" with an optional year ("18. Dezember 2023").
    fn day_at(&self, j: usize) -> Option<(Day, usize)> {
        if let Some(day) = self.date_token(j) {
            return Some((day, j + 1));
        }
        let d = self.ordinal(j)?;
        let m = self.month(j + 1)?;
        if !(1..=31).contains(&d) {
            return None;
        }
        let year = self.year(j + 2).filter(|_| !self.is_quantity(j + 2));
        let end = if year.is_some() { j + 3 } else { j + 2 };
        valid(Day {
            year,
            month: m,
            day: d,
        })
        .map(|day| (day, end))
    }

    // --------------------------------------------------------------- numbers

    /// A plain number token's value (digits only).
    fn number(&self, i: usize) -> Option<u32> {
        let t = self.tok(i)?;
        if t.kind != TokenKind::Number
            || t.text.len() > 9
            || !t.text.bytes().all(|b| b.is_ascii_digit())
        {
            return None;
        }
        t.text.parse().ok()
    }

    /// A four-digit year token 1900..=2099.
    fn year(&self, i: usize) -> Option<i32> {
        let t = self.tok(i)?;
        if t.text.len() != 4 {
            return None;
        }
        let y = self.number(i)?;
        // before 1900 only where a year is certain: "seit 1851", "im Jahr 1871"
        let certain = || {
            i > 0
                && self.is_any(
                    i - 1,
                    &["seit", "jahr", "jahre", "jahres", "anno", "gründungsjahr"],
                )
        };
        ((1900..=2099).contains(&y) || (1000..1900).contains(&y) && certain()).then_some(y as i32)
    }

    /// An ordinal token's value ("3." → 3).
    fn ordinal(&self, i: usize) -> Option<u32> {
        let t = self.tok(i)?;
        if t.kind != TokenKind::Ordinal {
            return None;
        }
        t.text.trim_end_matches('.').parse().ok()
    }

    /// A written ordinal ("ersten" → 1, "letzten" → 0 meaning the last).
    fn ordinal_word(&self, i: usize) -> Option<u32> {
        let l = self.low(i);
        let n = match l.as_ref() {
            "erste" | "ersten" | "erstes" | "erster" => 1,
            "zweite" | "zweiten" | "zweites" | "zweiter" => 2,
            "dritte" | "dritten" | "drittes" | "dritter" => 3,
            "vierte" | "vierten" | "viertes" | "vierter" => 4,
            "letzte" | "letzten" | "letztes" | "letzter" => 0,
            _ => return None,
        };
        Some(n)
    }

    /// A count written as digits or a word ("drei", "einem").
    fn count(&self, i: usize) -> Option<i64> {
        if let Some(n) = self.number(i) {
            return Some(i64::from(n));
        }
        // count words are lowercase inside a sentence: no lowercasing needed
        let n = match self.text_at(i) {
            "ein" | "eine" | "einem" | "einer" | "einen" => 1,
            "zwei" => 2,
            "drei" => 3,
            "vier" => 4,
            "fünf" => 5,
            "sechs" => 6,
            "sieben" => 7,
            "acht" => 8,
            "neun" => 9,
            "zehn" => 10,
            "elf" => 11,
            "zwölf" => 12,
            _ => return None,
        };
        Some(n)
    }

    /// The month named by token `i` ("Dezember", "Dez.", "Jän", "Maerz").
    fn month(&self, i: usize) -> Option<u32> {
        let t = self.tok(i)?;
        if !matches!(t.kind, TokenKind::Word | TokenKind::Abbreviation) {
            return None;
        }
        LEXICON.month(t.text.trim_end_matches('.')).map(u32::from)
    }

    /// The weekday named by token `i` (1 = Monday), and a part of the day
    /// when it is a compound ("Donnerstagabend").
    fn weekday(&self, i: usize) -> Option<(u32, Option<&'static str>)> {
        let t = self.tok(i)?;
        if t.kind != TokenKind::Word {
            return None;
        }
        let l = self.low(i);
        let l = l.as_ref();
        // "Sonnabend" is Saturday in the north and east
        if let Some(rest) = l.strip_prefix("sonnabend") {
            return Self::day_part(rest).map(|part| (6, part));
        }
        for (n, day) in WEEKDAYS.iter().enumerate() {
            if let Some(rest) = l.strip_prefix(day) {
                return Self::day_part(rest).map(|part| (n as u32 + 1, part));
            }
        }
        None
    }

    /// The part of the day a weekday compound ends in: "" (none), "abend" → TEV.
    fn day_part(rest: &str) -> Option<Option<&'static str>> {
        Some(match rest {
            "" => None,
            "morgen" | "vormittag" | "früh" => Some("TMO"),
            "mittag" | "nachmittag" => Some("TAF"),
            "abend" => Some("TEV"),
            "nacht" => Some("TNI"),
            _ => return None,
        })
    }

    // ---------------------------------------------------------------- dispatch

    /// Whether a date expression may start at token `i` (cheap): first
    /// [`might_start`](Self::might_start), without a branch, then the
    /// tests for the few tokens it passes.
    #[inline]
    fn may_start(&self, i: usize) -> bool {
        self.might_start(&self.tokens[i]) && self.may_start_exact(i)
    }

    /// A superset of the tokens [`may_start_exact`](Self::may_start_exact)
    /// passes, from the token's kind, length and first, second and last
    /// bytes in table look-ups and masks: one branch on the result, which
    /// is false for nearly every token, instead of a branch on each test
    /// (kind, length, shape), each anyone's guess.
    #[inline(always)]
    fn might_start(&self, t: &Token<'_>) -> bool {
        let b = t.text.as_bytes();
        let len = b.len();
        let first = b.first().copied().unwrap_or(0);
        let second = b.get(1).copied().unwrap_or(0);
        let last = b.last().copied().unwrap_or(0);
        // bit 0: passes for its kind and length; bit 32: passes if a
        // trigger's shape
        let gate = KIND_LENGTHS[usize::from(t.kind as u8)] >> len.min(31);
        let (f, s, l) = (letter(first), letter(second), letter(last));
        // a trigger's shape (`Shapes::is_trigger` without its set look-up)
        let shape =
            (self.shapes.ends[len.min(SHAPE_LENGTHS - 1)][f] >> l) & (self.shapes.starts[f] >> s);
        // a weekday's first two letters ("Mo", "di", …) in six bytes or more
        let weekday = (WEEKDAY_STARTS[f] >> s) & u32::from(len >= 6);
        // "1990er", and "Q3", "H1", "K1" (see `may_start_exact`): the
        // lengths a word of this first byte may have, as bits
        let other = FIRST_LENGTHS[usize::from(first)] >> len.min(31);
        let word = u64::from(shape | weekday | other);
        (gate | ((gate >> 32) & word)) & 1 != 0
    }

    /// [`may_start`](Self::may_start)'s exact tests.
    fn may_start_exact(&self, i: usize) -> bool {
        let t = &self.tokens[i];
        match t.kind {
            TokenKind::Date | TokenKind::Ordinal | TokenKind::Time => true,
            TokenKind::Number => t.text.len() <= 5, // years, hours, "10.00"
            TokenKind::Word | TokenKind::Abbreviation => {
                // asked for every word: byte tests before any string work
                let b = t.text.as_bytes();
                let Some(&first) = b.first() else {
                    return false;
                };
                b.len() <= 24
                    && (self.shapes.is_trigger(t.text)
                        || t.kind == TokenKind::Abbreviation
                            && self.shapes.is_trigger(t.text.trim_end_matches('.'))
                        || may_be_weekday(t.text) && self.weekday(i).is_some()
                        || first.is_ascii_digit() && b.ends_with(b"er")
                        || b.len() <= 4 && matches!(first, b'Q' | b'K' | b'H'))
            }
            _ => false,
        }
    }

    /// The longest expression starting at token `i`.
    fn at(&self, i: usize) -> Option<Found> {
        let t = &self.tokens[i];
        let longest = |candidates: &mut dyn Iterator<Item = Option<Found>>| {
            candidates
                .flatten()
                .max_by_key(|f| (f.end, std::cmp::Reverse(f.start)))
        };
        match t.kind {
            TokenKind::Date => self.numeric_date(i),
            TokenKind::Ordinal => self.ordinal_date(i),
            TokenKind::Time => self.time(i),
            TokenKind::Number => longest(
                &mut [self.year_expr(i), self.time(i), self.year_range_token(i)].into_iter(),
            ),
            _ => {
                // one recogniser family per word; the trigger list decides
                if self.month(i).is_some() {
                    return self.month_expr(i);
                }
                // lowercased once: the recognisers below are handed it
                let low = self.low(i);
                let l: &str = &low;
                match l {
                    "jahr" | "jahres" => self.year_expr(i),
                    // "rund 2020" is found at the number (see approx_before)
                    "rund" | "etwa" | "ca." | "gegen" | "circa" => self.approx_time(i),
                    "anfang" | "mitte" | "ende" | "beginn" | "jahresanfang" | "jahresbeginn"
                    | "jahresmitte" | "jahresende" | "monatsanfang" | "monatsbeginn"
                    | "monatsmitte" | "monatsende" => self.period_modifier(i),
                    "frühjahr" | "frühling" | "sommer" | "herbst" | "winter" => self.season(i),
                    "kw" | "kalenderwoche" => self.week(i),
                    "erste" | "ersten" | "erstes" | "erster" | "zweite" | "zweiten" | "zweites"
                    | "zweiter" | "dritte" | "dritten" | "drittes" | "dritter" | "vierte"
                    | "vierten" | "viertes" | "vierter" => self.quarter_half(i),
                    "letzte" | "letzten" | "letzter" | "letztes" => {
                        longest(&mut [self.quarter_half(i), self.relative(i, l)].into_iter())
                    }
                    "tag" | "christi" | "neujahr" | "neujahrstag" | "heiligabend"
                    | "weihnachten" | "silvester" | "ostern" | "ostersonntag" | "ostermontag"
                    | "karfreitag" | "gründonnerstag" | "pfingsten" | "pfingstsonntag"
                    | "pfingstmontag" | "himmelfahrt" | "fronleichnam" => self.holiday(i),
                    _ if l.ends_with("er") && l.starts_with(|c: char| c.is_ascii_digit()) => {
                        self.decade(i)
                    }
                    _ if l.starts_with(['q', 'h']) && l.len() == 2 => self.quarter_half(i),
                    _ if l.starts_with("kw") => self.week(i),
                    _ if may_be_weekday(l) && self.weekday(i).is_some() => self.weekday_expr(i),
                    "vormittag" | "nachmittag" | "abend" | "mittag" | "nacht" => {
                        self.part_of_day_expr(i)
                    }
                    _ => self.relative(i, l),
                }
            }
        }
    }

    /// The modifier a preceding word gives (seit → After, bis → Before),
    /// also across an article ("bis zum 31. Januar", "seit den 1970er Jahren").
    fn preposition_modifier(&self, i: usize) -> Option<DateModifier> {
        let mut k = i.checked_sub(1)?;
        // "bis spätestens 31. März", "ab einschließlich Montag"
        if self.is_any(
            k,
            &["spätestens", "frühestens", "einschließlich", "längstens"],
        ) {
            k = k.checked_sub(1)?;
        }
        if self.is_any(k, &["dem", "der", "den", "zum", "zur"]) {
            k = k.checked_sub(1)?;
        }
        match self.low(k).as_ref() {
            "seit" | "ab" | "nach" => Some(DateModifier::After),
            "bis" | "vor" => Some(DateModifier::Before),
            _ => None,
        }
    }

    /// "rund", "etwa", "ca.", "gegen" before `i`: the approximation.
    fn approx_before(&self, i: usize) -> bool {
        i > 0 && self.is_any(i - 1, APPROX_WORDS)
    }

    // -------------------------------------------------------- explicit days

    /// The day of a date token ("18.12.2023", "1.1.24", "18.12.", "2023-12-18").
    fn date_token(&self, i: usize) -> Option<Day> {
        let t = self.tok(i)?;
        if t.kind != TokenKind::Date {
            return None;
        }
        parse_date_token(t.text)
    }

    /// Fills in a missing year from the reference: the year that puts the
    /// day before the reference when the sentence around token `at` is in
    /// the past tense, after it when it speaks of the future; without a
    /// tense marker the first occurrence from two months before the reference
    /// on (a release announces more than it looks back without saying so).
    fn with_reference_year(&self, day: Day, at: usize) -> (Day, bool) {
        match (day.year, self.reference) {
            (None, Some(r)) => {
                // a monotone day number, good enough to compare and measure
                let ord =
                    |y: i32, m: u32, d: u32| i64::from(y) * 372 + i64::from(m) * 31 + i64::from(d);
                let now = ord(r.year(), r.month(), r.day());
                // a year in which the day exists (29 February), nearest by tense
                let exists = |y: i32| Date::new(y, day.month, day.day).is_ok();
                let year = self.pick_year(r.year(), at, 60, |y| {
                    if exists(y) {
                        ord(y, day.month, day.day) - now
                    } else {
                        i64::MAX / 2
                    }
                });
                if !exists(year) {
                    return (day, false);
                }
                (
                    Day {
                        year: Some(year),
                        ..day
                    },
                    true,
                )
            }
            _ => (day, false),
        }
    }

    /// The year among the reference year and its neighbours whose distance
    /// (`offset(year)`, negative = before the reference) fits the tense.
    fn pick_year(&self, ry: i32, at: usize, recent: i64, offset: impl Fn(i32) -> i64) -> i32 {
        pick_year_in(self.tense(at), ry, recent, 0, offset)
    }

    /// The year of a year-less quarter or half-year that starts in
    /// `first_month` and lasts `months`, at token `at`. As for a month (see
    /// `month_year`), but a period announced in a past clause lies ahead
    /// ("kündigte neue Tarife ab dem dritten Quartal an" in March is this
    /// year's third quarter, not last year's), and in the future a period
    /// already under way still counts ("ab dem ersten Quartal" in February).
    fn period_year(
        &self,
        year: Option<i32>,
        first_month: u32,
        months: u32,
        at: usize,
    ) -> (Option<i32>, bool) {
        match (year, self.reference) {
            (Some(y), _) => (Some(y), false),
            (None, Some(r)) => {
                let now = i64::from(r.year()) * 12 + i64::from(r.month());
                let tense = match self.tense(at) {
                    Tense::Past if self.announces(at) => Tense::Future,
                    tense => tense,
                };
                let y = pick_year_in(tense, r.year(), 2, i64::from(months) - 1, |y| {
                    i64::from(y) * 12 + i64::from(first_month) - now
                });
                (Some(y), true)
            }
            (None, None) => (None, false),
        }
    }

    /// Whether the clause around token `i` announces something: what it
    /// announces is to come, though the announcing is past.
    fn announces(&self, i: usize) -> bool {
        let (a, b) = self.clause_of(i);
        (a..=b).any(|k| {
            matches!(
                self.text_at(k),
                "kündigte" | "kündigten" | "angekündigt" | "ankündigte" | "ankündigten"
            )
        })
    }

    /// The year of a year-less month at token `at` (see `with_reference_year`).
    fn month_year(&self, year: Option<i32>, month: u32, at: usize) -> (Option<i32>, bool) {
        match (year, self.reference) {
            (Some(y), _) => (Some(y), false),
            (None, Some(r)) => {
                let now = i64::from(r.year()) * 12 + i64::from(r.month());
                let y = self.pick_year(r.year(), at, 2, |y| {
                    i64::from(y) * 12 + i64::from(month) - now
                });
                (Some(y), true)
            }
            (None, None) => (None, false),
        }
    }

    fn day_found(&self, start: usize, end: usize, day: Day) -> Found {
        let (day, inferred) = self.with_reference_year(day, start);
        Found::new(start, end, DateKind::Day, Some(day.render())).inferred_year(inferred)
    }

    fn numeric_date(&self, i: usize) -> Option<Found> {
        // an ISO timestamp: "2016-01-07T23:00:00+01:00" → 2016-01-07T23:00
        let t = self.tok(i)?;
        if t.text.len() >= 16 && t.text.as_bytes().get(10) == Some(&b'T') {
            let day = parse_date_token(t.text.get(..10)?)?;
            let clock = t.text.get(11..16)?;
            return Some(Found::new(
                i,
                i + 1,
                DateKind::Time,
                Some(format!("{}T{clock}", day.render())),
            ));
        }
        self.date_token(i)?;
        self.day_or_range(i)
    }

    /// A day at `i` ("18.12.2023", "18. Dezember 2023"), or a range of two
    /// ("18.12.2023 bis zum 5.1.2024", "28. Dezember 2023 – 2. Januar 2024").
    fn day_or_range(&self, i: usize) -> Option<Found> {
        let (first, end) = self.day_at(i)?;
        if let Some(k) = self.joiner(end, i)
            && let Some((second, end2)) = self.day_at(k)
        {
            return Some(self.range(i, end2, first, second));
        }
        Some(self.day_found(i, end, first))
    }

    /// A range of two days; missing years are carried backwards, then taken
    /// from the reference.
    fn range(&self, start: usize, end: usize, first: Day, second: Day) -> Found {
        let (mut first, mut second) = (first, second);
        let later = |a: Day, b: Day| (a.month, a.day) > (b.month, b.day);
        let mut inferred = false;
        match (first.year, second.year) {
            // "vom 27. Dezember bis 2. Januar 2024": the first part is in 2023
            (None, Some(y2)) => first.year = Some(if later(first, second) { y2 - 1 } else { y2 }),
            (Some(y1), None) => second.year = Some(if later(first, second) { y1 + 1 } else { y1 }),
            (None, None) => {
                let (f, inf) = self.with_reference_year(first, start);
                first = f;
                inferred = inf;
                if let Some(y1) = first.year {
                    second.year = Some(if later(first, second) { y1 + 1 } else { y1 });
                }
            }
            (Some(_), Some(_)) => {}
        }
        Found::new(
            start,
            end,
            DateKind::Range,
            Some([first.render(), second.render()].join("/")),
        )
        .inferred_year(inferred)
    }

    /// "18. Dezember 2023", "3. Oktober", "1. bis 3. März 2024",
    /// "1.–3.3.2024", "3. Quartal", "12. Kalenderwoche".
    fn ordinal_date(&self, i: usize) -> Option<Found> {
        let d = self.ordinal(i).filter(|&d| d > 0)?;
        if let Some(f) = self.numbered_period(i, i + 1, d) {
            return Some(f);
        }
        if !(1..=31).contains(&d) {
            return None;
        }
        // elliptical: "1.–3.3.2024", "1. bis 3. März 2024", "24. bis 26. Dezember"
        if let Some(k) = self.joiner(i + 1, i)
            && let Some((second, end)) = self.day_at(k)
        {
            let first = Day {
                year: second.year,
                month: second.month,
                day: d,
            };
            if valid(first).is_some() {
                return Some(self.range(i, end, first, second));
            }
        }
        // a day of a list: "am 15. und 16. Januar" gives 15 January too
        if self.month(i + 1).is_none()
            && let Some((month, year)) = self.list_month(i + 1)
            && let Some(day) = valid(Day {
                year,
                month,
                day: d,
            })
        {
            return Some(self.day_found(i, i + 1, day));
        }
        // "18. Dezember 2023", "3. März bis 5. April 2024"
        self.day_or_range(i)
    }

    /// Periods named with an ordinal: "3. Quartal", "2. Halbjahr",
    /// "12. Kalenderwoche", "12. KW" (`n` is the ordinal, `j` the next token).
    fn numbered_period(&self, start: usize, j: usize, n: u32) -> Option<Found> {
        let l = self.low(j);
        let (kind, max) = match l.as_ref() {
            "quartal" | "quartals" => (DateKind::Quarter, 4),
            "halbjahr" | "halbjahres" | "halbjahrs" | "jahreshälfte" => (DateKind::HalfYear, 2),
            "kalenderwoche" | "kw" => (DateKind::Week, 53),
            _ => return None,
        };
        let n = if n == 0 { max } else { n };
        if !(1..=max).contains(&n) {
            return None;
        }
        let (year, end) = self.trailing_year(j + 1);
        let first_month = match kind {
            DateKind::Quarter => 3 * n - 2,
            DateKind::HalfYear => 6 * n - 5,
            _ => ((n - 1) * 7 / 31 + 1).min(12),
        };
        let (y, inferred) = match kind {
            DateKind::Quarter => self.period_year(year, first_month, 3, start),
            DateKind::HalfYear => self.period_year(year, first_month, 6, start),
            _ => self.month_year(year, first_month, start),
        };
        let value = match kind {
            DateKind::Quarter => format!("{}-Q{n}", year_str(y)),
            DateKind::HalfYear => format!("{}-H{n}", year_str(y)),
            _ => format!("{}-W{n:02}", year_str(y)),
        };
        Some(Found::new(start, end, kind, Some(value)).inferred_year(inferred))
    }

    /// A year after a period: "2024", "/2024", "des Jahres 2024".
    fn trailing_year(&self, j: usize) -> (Option<i32>, usize) {
        if let Some(y) = self.year(j) {
            return (Some(y), j + 1);
        }
        if self.text_at(j) == "/"
            && let Some(y) = self.year(j + 1)
        {
            return (Some(y), j + 2);
        }
        if self.is(j, "des")
            && self.is_any(j + 1, &["jahres", "jahrs"])
            && let Some(y) = self.year(j + 2)
        {
            return (Some(y), j + 3);
        }
        (None, j)
    }

    // ----------------------------------------------------- months and years

    /// "Dezember 2023", "im Dezember", "März bis Mai 2024", "März und Mai
    /// 2024" (after "zwischen").
    fn month_expr(&self, i: usize) -> Option<Found> {
        let m = self.month(i)?;
        // a month name needs a year or a temporal word before it
        // ("Frau Mai sagte" and "August Müller" are not dates)
        let prep = i > 0
            && self.is_any(
                i - 1,
                &[
                    "im", "in", "seit", "ab", "bis", "anfang", "mitte", "ende", "monat",
                    "zwischen", "von", "vom", "des", "zum", "bereits", "noch", "schon", "ab",
                ],
            );
        // range: "März bis Mai 2024", "zwischen März und Mai 2024"
        let joiner = self.is_range_joiner(i + 1)
            || (self.is(i + 1, "und") && i > 0 && self.is(i - 1, "zwischen"));
        if joiner && let Some(m2) = self.month(i + 2) {
            let year = self.year(i + 3);
            // two month names joined by "bis" or a dash are a range on their own
            if year.is_some() || prep || self.is_range_joiner(i + 1) {
                let end = if year.is_some() { i + 4 } else { i + 3 };
                // "Dezember bis Februar": the second month is in the next year
                let wraps = m2 < m;
                let (y1, y2, inferred) = match year {
                    Some(y) => (Some(if wraps { y - 1 } else { y }), Some(y), false),
                    None => {
                        let (y, inferred) = self.month_year(None, m, i);
                        (y, y.map(|y| if wraps { y + 1 } else { y }), inferred)
                    }
                };
                let value = format!("{}/{}", month_str(y1, m), month_str(y2, m2));
                return Some(
                    Found::new(i, end, DateKind::Range, Some(value)).inferred_year(inferred),
                );
            }
        }
        let year = self.year(i + 1).filter(|_| !self.is_quantity(i + 1));
        if year.is_none() && !prep {
            return None;
        }
        // "Oktober 2023 bis März 2024"
        if let Some(y1) = year
            && let Some(k) = self.joiner(i + 2, i)
            && let Some(m2) = self.month(k)
            && let Some(y2) = self.year(k + 1)
        {
            let value = format!("{}/{}", month_str(Some(y1), m), month_str(Some(y2), m2));
            return Some(Found::new(i, k + 2, DateKind::Range, Some(value)));
        }
        // "im März nächsten Jahres"
        if year.is_none()
            && let Some((y, end)) = self.year_phrase(i + 1)
        {
            let f = Found::new(i, end, DateKind::Month, y.map(|y| month_str(Some(y), m)));
            return Some(f.relative().modifier(self.preposition_modifier(i)));
        }
        let end = if year.is_some() { i + 2 } else { i + 1 };
        let (y, inferred) = self.month_year(year, m, i);
        Some(
            Found::new(i, end, DateKind::Month, Some(month_str(y, m)))
                .inferred_year(inferred)
                .modifier(self.preposition_modifier(i)),
        )
    }

    /// A year named relative to the reference after a month or season:
    /// "nächsten Jahres", "des kommenden Jahres", "dieses Jahres",
    /// "vergangenen Jahres". Returns the year (None without a reference)
    /// and the token after the phrase.
    fn year_phrase(&self, j: usize) -> Option<(Option<i32>, usize)> {
        let k = if self.is(j, "des") { j + 1 } else { j };
        let shift = match self.low(k).as_ref() {
            "nächsten" | "kommenden" | "folgenden" => 1,
            "vergangenen" | "letzten" | "vorigen" => -1,
            "dieses" | "laufenden" => 0,
            _ => return None,
        };
        if !self.is_any(k + 1, &["jahres", "jahrs"]) {
            return None;
        }
        let year = self
            .reference
            .map(|r| r.year() + shift)
            .filter(|y| (1..=9999).contains(y));
        Some((year, k + 2))
    }

    /// Whether the number at `i` counts something ("2023 Euro") or
    /// identifies something ("Nr. 123/2023") rather than naming a year.
    fn is_quantity(&self, i: usize) -> bool {
        if self.in_set(i + 1, &UNIT_SET) {
            return true;
        }
        if i > 0 {
            if self.in_set(i - 1, &IDENTIFIER_SET) {
                return true;
            }
            // "123/2023": a case number; but "2023/24" is handled as a range
            if self.text_at(i - 1) == "/"
                && i > 1
                && self.number(i - 2).is_some()
                && self.year(i - 2).is_none()
            {
                return true;
            }
            // a run of numbers: phone numbers, postal codes
            if self.kind(i - 1) == Some(TokenKind::Number) && self.year(i - 1).is_none() {
                return true;
            }
            if i > 1
                && self.in_set(i - 2, &IDENTIFIER_SET)
                && self.kind(i - 1) == Some(TokenKind::Number)
            {
                return true;
            }
        }
        if self.kind(i + 1) == Some(TokenKind::Number) && !self.break_after(i) {
            return true; // "2023 4711" — part of a longer number
        }
        false
    }

    /// "2023", "Jahr 2023", "seit 2019", "2023/24", "2019 bis 2023",
    /// "rund 2020".
    fn year_expr(&self, i: usize) -> Option<Found> {
        // "Jahr 2023", "Jahres 2023", "Haushaltsjahr 2024"
        if self.is_any(i, &["jahr", "jahres"])
            && let Some(y) = self.year(i + 1)
        {
            let mut f = self.year_expr(i + 1)?;
            if f.kind == DateKind::Year && f.value.as_deref() == Some(year_str(Some(y)).as_str()) {
                f.start = i;
                f.modifier = self.preposition_modifier(i).or(f.modifier);
            }
            return Some(f);
        }
        let y = self.year(i)?;
        if self.is_quantity(i) {
            return None;
        }
        // the bare number must stand where a year can: not glued into a
        // larger expression of figures ("2023,5")
        let t = self.tok(i)?;
        if t.kind != TokenKind::Number {
            return None;
        }
        // "2023/24", "2023/2024"
        if self.text_at(i + 1) == "/" {
            if let Some(y2) = self.year(i + 2) {
                if y2 > y && y2 - y <= 10 {
                    return Some(Found::new(
                        i,
                        i + 3,
                        DateKind::Range,
                        Some(format!("{y:04}/{y2:04}")),
                    ));
                }
            } else if let Some(n) = self.number(i + 2)
                && self.text_at(i + 2).len() == 2
            {
                let y2 = y / 100 * 100 + n as i32;
                if y2 > y && y2 - y <= 10 {
                    return Some(Found::new(
                        i,
                        i + 3,
                        DateKind::Range,
                        Some(format!("{y:04}/{y2:04}")),
                    ));
                }
            }
            // "2023/138" (a regulation number) is no year
            if self.kind(i + 2) == Some(TokenKind::Number) {
                return None;
            }
        }
        // "2019 bis 2023", "2019–2023", "zwischen 2020 und 2022"
        if let Some(k) = self.joiner(i + 1, i)
            && let Some(y2) = self.year(k)
            && y2 > y
        {
            return Some(Found::new(
                i,
                k + 1,
                DateKind::Range,
                Some(format!("{y:04}/{y2:04}")),
            ));
        }
        let approx = self.approx_before(i);
        let modifier = if approx {
            Some(DateModifier::Approx)
        } else {
            self.preposition_modifier(i)
        };
        let start = if approx { i - 1 } else { i };
        // a capitalised noun right after a bare number makes it a count
        // ("2023 Mitglieder"), unless a temporal word stands before it
        let context = i > 0 && self.in_set(i - 1, &YEAR_CONTEXT_SET);
        if !context
            && let Some(next) = self.tok(i + 1)
            && next.kind == TokenKind::Word
            && next.is_capitalised()
            && !LEXICON.is_function_word(next.text)
            && self.month(i + 1).is_none()
            && !self.break_after(i)
        {
            return None;
        }
        Some(Found::new(start, i + 1, DateKind::Year, Some(year_str(Some(y)))).modifier(modifier))
    }

    /// Year ranges written as one token: "2019-2023".
    fn year_range_token(&self, i: usize) -> Option<Found> {
        let t = self.tok(i)?;
        // two four-digit years and the dash; asked at every short number
        if t.text.len() != 9 {
            return None;
        }
        let (a, b) = t.text.split_once('-')?;
        let (y1, y2): (i32, i32) = (a.parse().ok()?, b.parse().ok()?);
        ((1900..=2099).contains(&y1) && y2 > y1 && y2 <= 2099 && a.len() == 4 && b.len() == 4)
            .then(|| Found::new(i, i + 1, DateKind::Range, Some(format!("{y1:04}/{y2:04}"))))
    }

    /// "Anfang 2024", "Mitte der 90er Jahre", "Ende März", "Ende des Monats",
    /// "Anfang nächsten Jahres", "Jahresende", "zum Jahresende 2024".
    fn period_modifier(&self, i: usize) -> Option<Found> {
        if let Some(f) = self.year_range_token(i) {
            return Some(f);
        }
        let l = self.low(i);
        let (modifier, unit) = match l.as_ref() {
            "anfang" | "beginn" => (DateModifier::Start, None),
            "mitte" => (DateModifier::Mid, None),
            "ende" => (DateModifier::End, None),
            "jahresanfang" | "jahresbeginn" => (DateModifier::Start, Some("jahr")),
            "jahresmitte" => (DateModifier::Mid, Some("jahr")),
            "jahresende" => (DateModifier::End, Some("jahr")),
            "monatsanfang" | "monatsbeginn" => (DateModifier::Start, Some("monat")),
            "monatsmitte" => (DateModifier::Mid, Some("monat")),
            "monatsende" => (DateModifier::End, Some("monat")),
            _ => return None,
        };
        if let Some(unit) = unit {
            // "Jahresende 2024"
            if unit == "jahr"
                && let Some(y) = self.year(i + 1)
            {
                return Some(
                    Found::new(i, i + 2, DateKind::Year, Some(year_str(Some(y))))
                        .modifier(Some(modifier)),
                );
            }
            let r = self.reference;
            let value = match unit {
                "jahr" => r.map(|r| format!("{:04}", r.year())),
                _ => r.map(|r| month_str(Some(r.year()), r.month())),
            };
            let kind = if unit == "jahr" {
                DateKind::Year
            } else {
                DateKind::Month
            };
            return Some(
                Found::new(i, i + 1, kind, value)
                    .modifier(Some(modifier))
                    .relative(),
            );
        }
        let j = i + 1;
        // "Anfang 2024"
        if let Some(y) = self.year(j) {
            return Some(
                Found::new(i, j + 1, DateKind::Year, Some(year_str(Some(y))))
                    .modifier(Some(modifier)),
            );
        }
        // "Ende März", "Anfang Dezember 2023"
        if let Some(m) = self.month(j) {
            let year = self.year(j + 1);
            // "Ende März nächsten Jahres"
            if year.is_none()
                && let Some((y, end)) = self.year_phrase(j + 1)
            {
                let f = Found::new(i, end, DateKind::Month, y.map(|y| month_str(Some(y), m)));
                return Some(f.modifier(Some(modifier)).relative());
            }
            let end = if year.is_some() { j + 2 } else { j + 1 };
            let (y, inferred) = self.month_year(year, m, i);
            return Some(
                Found::new(i, end, DateKind::Month, Some(month_str(y, m)))
                    .modifier(Some(modifier))
                    .inferred_year(inferred),
            );
        }
        // "Mitte der 90er Jahre", "Ende der 2010er Jahre"
        if self.is_any(j, &["der", "den"])
            && let Some(mut f) = self.decade(j + 1)
        {
            f.start = i;
            f.modifier = Some(modifier);
            return Some(f);
        }
        // "Ende des Jahres", "Anfang des Monats", "Ende des Jahres 2024",
        // "Anfang nächsten Jahres", "Ende dieses Monats", "Mitte kommenden Jahres"
        let (k, shift) = if self.is(j, "des") {
            if self.is_any(j + 1, &["kommenden", "nächsten", "folgenden"]) {
                (j + 2, 1)
            } else if self.is_any(j + 1, &["vergangenen", "letzten", "vorigen"]) {
                (j + 2, -1)
            } else if self.is(j + 1, "laufenden") {
                (j + 2, 0)
            } else {
                (j + 1, 0)
            }
        } else if self.is_any(
            j,
            &[
                "nächsten",
                "nächster",
                "kommenden",
                "kommender",
                "folgenden",
                "folgender",
            ],
        ) {
            (j + 1, 1)
        } else if self.is_any(
            j,
            &[
                "vergangenen",
                "vergangener",
                "letzten",
                "letzter",
                "vorigen",
                "voriger",
            ],
        ) {
            (j + 1, -1)
        } else if self.is_any(j, &["dieses", "diesen", "dieser", "laufenden"]) {
            (j + 1, 0)
        } else {
            return None;
        };
        let r = self.reference;
        // "Ende des Jahrzehnts"
        if self.is_any(k, &["jahrzehnts", "jahrzehnt"]) {
            let value = r
                .and_then(|r| year_value(i64::from(r.year() + 10 * shift)))
                .map(|y| y[..3].to_owned());
            return Some(
                Found::new(i, k + 1, DateKind::Decade, value)
                    .modifier(Some(modifier))
                    .relative(),
            );
        }
        if self.is_any(k, &["jahres", "jahrs"]) {
            if shift == 0
                && let Some(y) = self.year(k + 1)
            {
                return Some(
                    Found::new(i, k + 2, DateKind::Year, Some(year_str(Some(y))))
                        .modifier(Some(modifier)),
                );
            }
            let value = r.and_then(|r| year_value(i64::from(r.year() + shift)));
            return Some(
                Found::new(i, k + 1, DateKind::Year, value)
                    .modifier(Some(modifier))
                    .relative(),
            );
        }
        if self.is_any(k, &["monats", "monat"]) {
            let value = r
                .and_then(|r| r.add_months(i64::from(shift)))
                .map(|d| month_str(Some(d.year()), d.month()));
            return Some(
                Found::new(i, k + 1, DateKind::Month, value)
                    .modifier(Some(modifier))
                    .relative(),
            );
        }
        if self.is(k, "woche") {
            let value = r
                .and_then(|r| r.add_days(7 * i64::from(shift)))
                .map(week_str);
            return Some(
                Found::new(i, k + 1, DateKind::Week, value)
                    .modifier(Some(modifier))
                    .relative(),
            );
        }
        None
    }

    /// "1990er Jahre", "90er Jahren", "2020er Jahre".
    fn decade(&self, i: usize) -> Option<Found> {
        let t = self.tok(i)?;
        // "1990er-Jahre" (as Duden writes it) is one token
        let (word, joined) = match t.text.split_once('-') {
            Some((w, "Jahre" | "Jahren" | "jahre" | "jahren")) => (w, true),
            _ => (t.text, false),
        };
        let digits = word.strip_suffix("er")?;
        if !digits.bytes().all(|b| b.is_ascii_digit()) || !digits.ends_with('0') {
            return None;
        }
        let century = match digits.len() {
            4 => digits[..3].parse::<u32>().ok()?,
            2 => {
                let d: u32 = digits.parse().ok()?;
                if d <= 10 { 200 + d / 10 } else { 190 + d / 10 }
            }
            _ => return None,
        };
        if joined {
            let value = Some(format!("{century:03}"));
            return Some(Found::new(i, i + 1, DateKind::Decade, value));
        }
        if !self.is_any(i + 1, &["jahre", "jahren"]) {
            return None;
        }
        Some(Found::new(
            i,
            i + 2,
            DateKind::Decade,
            Some(format!("{century:03}")),
        ))
    }

    /// "ersten Quartal 2024", "Q3/2024", "zweiten Halbjahr", "zweiten
    /// Jahreshälfte", "letzten Quartal".
    fn quarter_half(&self, i: usize) -> Option<Found> {
        let t = self.tok(i)?;
        // "Q3/2024", "Q3 2024", "H1 2024"
        let b = t.text.as_bytes();
        if b.len() == 2 && matches!(b[0], b'Q' | b'H') && b[1].is_ascii_digit() {
            let n = u32::from(b[1] - b'0');
            let (kind, max, letter) = if b[0] == b'Q' {
                (DateKind::Quarter, 4, 'Q')
            } else {
                (DateKind::HalfYear, 2, 'H')
            };
            if !(1..=max).contains(&n) {
                return None;
            }
            let (year, end) = self.trailing_year(i + 1);
            if year.is_none() && letter == 'H' {
                return None; // "H1" alone is too ambiguous
            }
            let (first_month, months) = if letter == 'Q' {
                (3 * n - 2, 3)
            } else {
                (6 * n - 5, 6)
            };
            let (y, inferred) = self.period_year(year, first_month, months, i);
            return Some(
                Found::new(i, end, kind, Some(format!("{}-{letter}{n}", year_str(y))))
                    .inferred_year(inferred),
            );
        }
        let n = self.ordinal_word(i)?;
        self.numbered_period(i, i + 1, n)
    }

    /// "Sommer 2024", "im Frühjahr", "Winter 2023/24".
    fn season(&self, i: usize) -> Option<Found> {
        let l = self.low(i);
        let code = match l.as_ref() {
            "frühjahr" | "frühling" => "SP",
            "sommer" => "SU",
            "herbst" => "FA",
            "winter" => "WI",
            _ => return None,
        };
        let year = self.year(i + 1);
        let prep = i > 0
            && self.is_any(
                i - 1,
                &[
                    "im", "seit", "ab", "bis", "zum", "anfang", "mitte", "ende", "diesen", "diesem",
                ],
            );
        if year.is_none() && !prep {
            return None;
        }
        let mut end = if year.is_some() { i + 2 } else { i + 1 };
        // "Winter 2023/24"
        if year.is_some() && self.text_at(end) == "/" && self.number(end + 1).is_some() {
            end += 2;
        }
        let first_month = match code {
            "SP" => 3,
            "SU" => 6,
            "FA" => 9,
            _ => 12,
        };
        // "im Frühjahr nächsten Jahres"
        if year.is_none()
            && let Some((y, end)) = self.year_phrase(i + 1)
        {
            let f = Found::new(
                i,
                end,
                DateKind::Season,
                y.map(|y| format!("{y:04}-{code}")),
            );
            return Some(f.relative().modifier(self.preposition_modifier(i)));
        }
        let (y, inferred) = self.month_year(year, first_month, i);
        Some(
            Found::new(
                i,
                end,
                DateKind::Season,
                Some(format!("{}-{code}", year_str(y))),
            )
            .inferred_year(inferred)
            .modifier(self.preposition_modifier(i)),
        )
    }

    /// "KW 12", "KW 12/2024", "KW12", "Kalenderwoche 12".
    fn week(&self, i: usize) -> Option<Found> {
        let t = self.tok(i)?;
        let (n, next) = if self.is_any(i, &["kw", "kalenderwoche"]) {
            (self.number(i + 1)?, i + 2)
        } else if let Some(rest) = t.text.strip_prefix("KW") {
            (rest.parse().ok()?, i + 1)
        } else {
            return None;
        };
        if !(1..=53).contains(&n) {
            return None;
        }
        let (year, end) = self.trailing_year(next);
        let (y, inferred) = self.month_year(year, ((n - 1) * 7 / 31 + 1).min(12), i);
        Some(
            Found::new(
                i,
                end,
                DateKind::Week,
                Some(format!("{}-W{n:02}", year_str(y))),
            )
            .inferred_year(inferred),
        )
    }

    // ---------------------------------------------------------------- relative

    /// Words whose value comes from the reference date (`l` is token `i`
    /// lowercased).
    fn relative(&self, i: usize, l: &str) -> Option<Found> {
        let r = self.reference;
        let day = |offset: i64| r.and_then(|r| r.add_days(offset)).map(render_date);
        match l {
            "heute" | "gestern" | "vorgestern" | "übermorgen" | "morgen" => {
                if l == "morgen" && !self.is_tomorrow(i) {
                    return None;
                }
                let offset = match l {
                    "heute" => 0,
                    "gestern" => -1,
                    "vorgestern" => -2,
                    "morgen" => 1,
                    _ => 2,
                };
                // "heute Abend", "gestern Nachmittag", "morgen früh"
                if let Some(part) = self.part_of_day(i + 1) {
                    let value = day(offset).map(|d| format!("{d}{part}"));
                    return Some(Found::new(i, i + 2, DateKind::Time, value).relative());
                }
                Some(Found::new(i, i + 1, DateKind::Relative, day(offset)).relative())
            }
            "heuer" => Some(
                Found::new(
                    i,
                    i + 1,
                    DateKind::Relative,
                    r.map(|r| format!("{:04}", r.year())),
                )
                .relative(),
            ),
            "vorjahr" | "vorjahres" => Some(
                Found::new(
                    i,
                    i + 1,
                    DateKind::Relative,
                    r.and_then(|r| year_value(i64::from(r.year()) - 1)),
                )
                .relative(),
            ),
            "vormonat" | "vormonats" => {
                let value = r
                    .and_then(|r| r.add_months(-1))
                    .map(|d| month_str(Some(d.year()), d.month()));
                Some(Found::new(i, i + 1, DateKind::Relative, value).relative())
            }
            "vorwoche" => {
                let value = r.and_then(|r| r.add_days(-7)).map(week_str);
                Some(Found::new(i, i + 1, DateKind::Relative, value).relative())
            }
            "vor" | "in"
                if self.count(i + 1).is_some()
                    || self.is_any(i + 1, ROUGHLY) && self.count(i + 2).is_some() =>
            {
                self.offset_expr(i)
            }
            _ => self.qualified(i, l),
        }
    }

    /// Lowercase "morgen" is tomorrow; capitalised only at a sentence start
    /// before a verb ("Morgen beginnt …"), never after an article.
    fn is_tomorrow(&self, i: usize) -> bool {
        let t = self.text_at(i);
        if t == "morgen" {
            return !(i > 0
                && self.is_any(
                    i - 1,
                    &[
                        "am", "jeden", "guten", "den", "der", "dem", "des", "von", "für",
                    ],
                ));
        }
        let sentence_start =
            i == 0 || matches!(self.text_at(i - 1), "." | "!" | "?") || self.break_after(i - 1);
        sentence_start
            && self
                .tok(i + 1)
                .is_some_and(|n| n.kind == TokenKind::Word && !n.is_capitalised())
    }

    /// "am Vormittag", "am Abend", "in der Nacht": the part of a day, anchored
    /// to the day of its sentence (or the reference) later.
    fn part_of_day_expr(&self, i: usize) -> Option<Found> {
        let part = self.part_of_day(i)?;
        let prep =
            i > 0 && self.is(i - 1, "am") || i > 1 && self.is(i - 1, "der") && self.is(i - 2, "in");
        prep.then(|| Found::new(i, i + 1, DateKind::Time, Some(part.to_owned())))
    }

    /// A TIMEX3 part of the day after a day word ("Abend" → "TEV").
    fn part_of_day(&self, i: usize) -> Option<&'static str> {
        match self.low(i).as_ref() {
            "früh" | "morgen" | "vormittag" => Some("TMO"),
            "mittag" | "nachmittag" => Some("TAF"),
            "abend" => Some("TEV"),
            "nacht" => Some("TNI"),
            _ => None,
        }
    }

    /// "vor drei Jahren", "in zwei Wochen", "vor einem Monat".
    fn offset_expr(&self, i: usize) -> Option<Found> {
        let r = self.reference;
        let sign = if self.is(i, "vor") { -1 } else { 1 };
        // "vor rund drei Jahren", "vor gut einem Jahr"
        let approx = self.is_any(i + 1, ROUGHLY);
        let c = if approx { i + 2 } else { i + 1 };
        let n = self.count(c)? * sign;
        let unit = self.low(c + 1);
        let (kind_value, ok): (Option<String>, bool) = match unit.as_ref() {
            "tag" | "tagen" | "tage" => (r.and_then(|r| r.add_days(n)).map(render_date), true),
            "woche" | "wochen" => (r.and_then(|r| r.add_days(7 * n)).map(week_str), true),
            "monat" | "monaten" | "monate" => (
                r.and_then(|r| r.add_months(n))
                    .map(|d| month_str(Some(d.year()), d.month())),
                true,
            ),
            "jahr" | "jahren" | "jahre" => {
                (r.and_then(|r| year_value(i64::from(r.year()) + n)), true)
            }
            _ => (None, false),
        };
        // "in drei Jahren" is a date, "in drei Jahre" is not German; "vor
        // Jahren" (no count) never gets here
        let modifier = approx.then_some(DateModifier::Approx);
        ok.then(|| {
            Found::new(i, c + 2, DateKind::Relative, kind_value)
                .relative()
                .modifier(modifier)
        })
    }

    /// "letzte Woche", "im vergangenen Jahr", "nächsten Monat", "diese
    /// Woche", "im laufenden Jahr", "vergangenen Montag" (`l` is token `i`
    /// lowercased).
    fn qualified(&self, i: usize, l: &str) -> Option<Found> {
        let shift: i64 = match l {
            "letzte" | "letzten" | "letzter" | "letztes" | "vergangene" | "vergangenen"
            | "vergangener" | "vergangenes" | "vorigen" | "vorige" | "voriges" => -1,
            "nächste" | "nächsten" | "nächster" | "nächstes" | "kommende" | "kommenden"
            | "kommender" | "kommendes" => 1,
            "diese" | "diesen" | "dieser" | "dieses" | "diesem" | "laufenden" | "laufende"
            | "laufendes" => 0,
            _ => return None,
        };
        let r = self.reference;
        let unit = self.low(i + 1);
        let value = match unit.as_ref() {
            "woche" => r.and_then(|r| r.add_days(7 * shift)).map(week_str),
            "monat" | "monats" => r
                .and_then(|r| r.add_months(shift))
                .map(|d| month_str(Some(d.year()), d.month())),
            "jahr" | "jahres" | "jahrs" => r.and_then(|r| year_value(i64::from(r.year()) + shift)),
            _ => {
                // "vergangenen Montag", "kommenden Freitagabend"
                let (wd, part) = self.weekday(i + 1)?;
                if shift == 0 {
                    return None; // "diesen Montag" is ambiguous
                }
                let side = if shift < 0 { Side::Before } else { Side::After };
                let from = self.reference.map(|r| (r, side));
                return Some(self.weekday_found(i, i + 2, wd, part, from));
            }
        };
        // "dieser Woche" needs no article, but "diese" alone before "Woche"
        // is enough; a count word after is something else ("letzten drei Jahre")
        Some(Found::new(i, i + 2, DateKind::Relative, value).relative())
    }

    /// "am Montag", "Montag, 18. Dezember 2023", "Dienstag (30. September)",
    /// "Donnerstagabend".
    fn weekday_expr(&self, i: usize) -> Option<Found> {
        let (wd, part) = self.weekday(i)?;
        // with an explicit date: "Montag, 18. Dezember 2023", "Montag, 18.12.2023",
        // "Dienstag (30. September)", "Montag, den 18. Dezember"
        let mut j = i + 1;
        let bracket = self.kind(j) == Some(TokenKind::OpenBracket);
        if self.text_at(j) == "," || bracket {
            j += 1;
        }
        if self.is(j, "den") || self.is(j, "dem") {
            j += 1;
        }
        if j > i + 1
            && let Some(mut f) = self.ordinal_date(j).or_else(|| self.numeric_date(j))
            && f.kind == DateKind::Day
        {
            if bracket && self.kind(f.end) == Some(TokenKind::CloseBracket) {
                f.end += 1;
            } else if bracket {
                return None;
            }
            f.start = i;
            // a year-less date takes the year in which the weekday fits
            if f.inferred.year
                && let (Some(r), Some(v)) = (self.reference, f.value.as_deref())
                && let Some(d) = fit_weekday(r, v, wd)
            {
                f.value = Some(d.to_string());
            }
            return Some(f);
        }
        // "am Montag", "ab Montag", "Donnerstagabend", "seit Montag"
        let prep = i > 0
            && self.is_any(
                i - 1,
                &[
                    "am",
                    "ab",
                    "seit",
                    "bis",
                    "von",
                    "vom",
                    "für",
                    "und",
                    "oder",
                    "zum",
                    "diesem",
                    "diesen",
                    "nächsten",
                ],
            );
        if !prep && part.is_none() {
            return None;
        }
        let since = self.is_any(i.wrapping_sub(1), &["seit"]);
        let from = match self.reference {
            // a past clause tells of the release day itself or a day before
            // it; without a tense marker a release looks ahead
            Some(r) if since => Some((r, Side::Before)),
            Some(r) if self.tense(i) == Tense::Past => Some((r, Side::OnOrBefore)),
            Some(r) => Some((r, Side::After)),
            // no reference: a narrative goes on from the last date it wrote
            // in full, whatever its tense (the release came after it all)
            None if since => None,
            None => self.anchor.get().map(|a| (a, Side::OnOrAfter)),
        };
        Some(self.weekday_found(i, i + 1, wd, part, from))
    }

    /// A weekday (with an optional part of the day) resolved from a date on
    /// one side of it (see [`Side`]); no value without one.
    fn weekday_found(
        &self,
        start: usize,
        end: usize,
        wd: u32,
        part: Option<&str>,
        from: Option<(Date, Side)>,
    ) -> Found {
        let value = from
            .and_then(|(r, side)| weekday_from(r, wd, side))
            .map(|d| match part {
                Some(p) => format!("{d}{p}"),
                None => d.to_string(),
            });
        let kind = if part.is_some() {
            DateKind::Time
        } else {
            DateKind::Relative
        };
        Found::new(start, end, kind, value).relative()
    }

    /// The tense of the sentence around token `i`, from a few markers.
    fn tense(&self, i: usize) -> Tense {
        if let Some((a, b, tense)) = self.last_tense.get()
            && (a..=b).contains(&i)
        {
            return tense;
        }
        let (a, b) = self.clause_of(i);
        // the markers are short lowercase verbs and adverbs: compare as
        // written; a past marker anywhere in the clause decides, else a
        // future one
        let markers = &*TENSE_MARKERS;
        let mut tense = Tense::Unknown;
        for k in a..=b {
            let t = self.text_at(k);
            if t.len() <= 15 && t.as_bytes().first().is_some_and(u8::is_ascii_lowercase) {
                match markers.get(t) {
                    Some(Tense::Past) => {
                        tense = Tense::Past;
                        break;
                    }
                    Some(Tense::Future) => tense = Tense::Future,
                    _ => {}
                }
            }
        }
        self.last_tense.set(Some((a, b, tense)));
        tense
    }

    /// The token range (inclusive) of the sentence around token `i`: up to
    /// a sentence mark or a line break.
    fn sentence_of(&self, i: usize) -> (usize, usize) {
        self.span_of(i, false)
    }

    /// The clause around token `i`: the sentence, further cut at commas,
    /// colons, semicolons and quotation marks (reported speech has its own
    /// tense: "„Am Montag beginnen die Arbeiten“, sagte sie").
    fn clause_of(&self, i: usize) -> (usize, usize) {
        self.span_of(i, true)
    }

    fn span_of(&self, i: usize, clause: bool) -> (usize, usize) {
        let is_end = |k: usize| {
            matches!(self.text_at(k), "." | "!" | "?")
                || self.break_after(k)
                || clause
                    && (matches!(self.text_at(k), "," | ";" | ":")
                        || matches!(
                            self.kind(k),
                            Some(TokenKind::OpenQuote | TokenKind::CloseQuote)
                        ) && !self.inline_quote(k))
        };
        let mut a = i.min(self.tokens.len().saturating_sub(1));
        let mut steps = 0;
        while a > 0 && !is_end(a - 1) && steps < MAX_SENTENCE_SCAN {
            a -= 1;
            steps += 1;
        }
        let mut b = i;
        steps = 0;
        while b + 1 < self.tokens.len() && !is_end(b) && steps < MAX_SENTENCE_SCAN {
            b += 1;
            steps += 1;
        }
        (a, b)
    }

    /// Whether the quotation mark at `k` belongs to a short quoted name or
    /// phrase inside a clause ("stellten das Programm „H2 Westpfalz“ am
    /// Donnerstag vor") rather than to reported speech: a word stands right
    /// before the opening mark and right after the closing one, and no
    /// clause mark lies between them.
    fn inline_quote(&self, k: usize) -> bool {
        let (open, close) = match self.kind(k) {
            Some(TokenKind::OpenQuote) => {
                let Some(c) = (k + 1..=k + MAX_INLINE_QUOTE).find(|&c| {
                    self.kind(c)
                        .is_none_or(|kind| kind == TokenKind::CloseQuote)
                }) else {
                    return false;
                };
                (k, c)
            }
            Some(TokenKind::CloseQuote) => {
                let Some(o) = (k.saturating_sub(MAX_INLINE_QUOTE)..k)
                    .rev()
                    .find(|&o| self.kind(o) == Some(TokenKind::OpenQuote))
                else {
                    return false;
                };
                (o, k)
            }
            _ => return false,
        };
        let word = |j: usize| {
            matches!(
                self.kind(j),
                Some(TokenKind::Word | TokenKind::Abbreviation | TokenKind::Number)
            )
        };
        open > 0
            && close > open + 1
            && self.kind(close) == Some(TokenKind::CloseQuote)
            && word(open - 1)
            && word(close + 1)
            && !self.break_after(open - 1)
            && !self.break_after(close)
            && (open + 1..close).all(|j| {
                !matches!(self.text_at(j), "." | "!" | "?" | "," | ";" | ":")
                    && !matches!(
                        self.kind(j),
                        Some(TokenKind::OpenQuote | TokenKind::CloseQuote)
                    )
                    && !self.break_after(j)
            })
    }

    // ---------------------------------------------------------------- holidays

    /// "Ostern 2024", "Weihnachten", "Tag der Deutschen Einheit", "Christi Himmelfahrt".
    fn holiday(&self, i: usize) -> Option<Found> {
        let l = self.low(i);
        // (month, day) fixed or days after Easter
        enum H {
            Fixed(u32, u32),
            Easter(i64),
        }
        let (h, len) = match l.as_ref() {
            "neujahr" | "neujahrstag" => (H::Fixed(1, 1), 1),
            "heiligabend" => (H::Fixed(12, 24), 1),
            "weihnachten" => (H::Fixed(12, 25), 1),
            "silvester" => (H::Fixed(12, 31), 1),
            "ostern" | "ostersonntag" => (H::Easter(0), 1),
            "ostermontag" => (H::Easter(1), 1),
            "karfreitag" => (H::Easter(-2), 1),
            "gründonnerstag" => (H::Easter(-3), 1),
            "pfingsten" | "pfingstsonntag" => (H::Easter(49), 1),
            "pfingstmontag" => (H::Easter(50), 1),
            "himmelfahrt" => (H::Easter(39), 1),
            "christi" if self.is(i + 1, "himmelfahrt") => (H::Easter(39), 2),
            "fronleichnam" => (H::Easter(60), 1),
            "tag"
                if self.is(i + 1, "der")
                    && self.is(i + 2, "deutschen")
                    && self.is(i + 3, "einheit") =>
            {
                (H::Fixed(10, 3), 4)
            }
            "tag" if self.is(i + 1, "der") && self.is(i + 2, "arbeit") => (H::Fixed(5, 1), 3),
            _ => return None,
        };
        let year = self.year(i + len);
        let end = if year.is_some() { i + len + 1 } else { i + len };
        let month = match h {
            H::Fixed(m, _) => m,
            H::Easter(offset) => 4 + u32::from(offset > 30),
        };
        let (y, inferred) = self.month_year(year, month, i);
        let value = match h {
            H::Fixed(m, d) => Some(
                Day {
                    year: y,
                    month: m,
                    day: d,
                }
                .render(),
            ),
            H::Easter(offset) => y
                .and_then(easter)
                .and_then(|e| e.add_days(offset))
                .map(render_date),
        };
        Some(Found::new(i, end, DateKind::Day, value).inferred_year(inferred))
    }

    // ------------------------------------------------------------------- times

    /// "14:30 Uhr", "9.30 Uhr", "10 Uhr", "8 bis 16 Uhr", "14:30–16:00 Uhr".
    fn time(&self, i: usize) -> Option<Found> {
        let (h, m) = self.clock(i)?;
        let mut end = i + 1;
        // a range: "8 bis 16 Uhr", "9:00–17:00 Uhr", "zwischen 9 und 12 Uhr"
        if let Some(k) = self.joiner(end, i)
            && let Some((h2, m2)) = self.clock(k)
        {
            let uhr = self.is(k + 1, "uhr");
            let both_times =
                self.kind(i) == Some(TokenKind::Time) && self.kind(k) == Some(TokenKind::Time);
            if uhr || both_times {
                let end = if uhr { k + 2 } else { k + 1 };
                let value = [clock_str(h, m), clock_str(h2, m2)].join("/");
                return Some(Found::new(i, end, DateKind::Range, Some(value)));
            }
        }
        let uhr = self.is(end, "uhr");
        if self.kind(i) != Some(TokenKind::Time) && !uhr {
            return None; // "10" alone is no time
        }
        if uhr {
            end += 1;
        }
        Some(Found::new(i, end, DateKind::Time, Some(clock_str(h, m))))
    }

    /// "gegen 14 Uhr", "ca. 22.15 Uhr": a time with its approximation.
    fn approx_time(&self, i: usize) -> Option<Found> {
        let mut f = self.time(i + 1)?;
        if f.start != i + 1 || f.kind != DateKind::Time {
            return None;
        }
        f.start = i;
        f.modifier = Some(DateModifier::Approx);
        Some(f)
    }

    /// The clock time of token `i`: a time token, or an hour before "Uhr" or
    /// a range joiner.
    fn clock(&self, i: usize) -> Option<(u32, u32)> {
        let t = self.tok(i)?;
        match t.kind {
            TokenKind::Time => {
                let mut parts = t.text.split([':', '.']);
                let h: u32 = parts.next()?.parse().ok()?;
                let m: u32 = parts.next()?.parse().ok()?;
                (h < 24 && m <= 59 || h == 24 && m == 0).then_some((h, m))
            }
            TokenKind::Number => {
                // "10" before "Uhr" or a joiner; "10.00" in "10.00 bis 14.00 Uhr"
                if let Some((h, m)) = t.text.split_once('.') {
                    let (h, m): (u32, u32) = (h.parse().ok()?, m.parse().ok()?);
                    return (t.text.len() <= 5 && h <= 24 && m <= 59).then_some((h, m));
                }
                let h = self.number(i)?;
                (t.text.len() <= 2 && h <= 24).then_some((h, 0))
            }
            _ => None,
        }
    }

    /// Gives every time its day: the nearest day mention earlier in the
    /// same sentence, else a later one, else the reference date.
    fn anchor_times(&self, found: &mut [Found]) {
        let days: Vec<(usize, Option<String>)> = found
            .iter()
            .filter(|f| {
                !needs_anchor(f)
                    && f.value.as_deref().is_some_and(|v| {
                        v.len() >= 10
                            && v.as_bytes().get(4) == Some(&b'-')
                            && v.as_bytes().get(7) == Some(&b'-')
                    })
            })
            .map(|f| (f.start, f.value.as_deref().map(|v| v[..10].to_owned())))
            .collect();
        for f in found.iter_mut().filter(|f| needs_anchor(f)) {
            let (a, b) = self.sentence_of(f.start);
            // days are in text order: find the neighbours by binary search
            let k = days.partition_point(|(s, _)| *s < f.start);
            let before = k
                .checked_sub(1)
                .and_then(|k| days.get(k))
                .filter(|(s, _)| *s >= a);
            let after = days.get(k).filter(|(s, _)| *s > f.start && *s <= b);
            let day = before.or(after).and_then(|(_, d)| d.clone());
            let (day, inferred) = match day {
                Some(d) => (Some(d), false),
                None => (self.reference.map(render_date), true),
            };
            let clock = f.value.take().unwrap_or_default();
            f.value = day.map(|d| {
                let mut v = String::with_capacity(2 * (d.len() + clock.len()));
                for (n, c) in clock.split('/').enumerate() {
                    if n > 0 {
                        v.push('/');
                    }
                    v.push_str(&d);
                    v.push_str(c);
                }
                v
            });
            if inferred && f.value.is_some() {
                f.inferred.relative = true;
            }
        }
    }
}

/// A cheap pre-check for weekday names and their compounds
/// ("Donnerstagabend"): the first three letters, any case for the first.
fn may_be_weekday(word: &str) -> bool {
    let b = word.as_bytes();
    if b.len() < 6 {
        return false;
    }
    let head = [b[0] | 0x20, b[1], b[2]];
    matches!(
        &head,
        b"mon" | b"die" | b"mit" | b"don" | b"fre" | b"sam" | b"son"
    )
}

/// The year among `ry` and its neighbours whose distance (`offset(year)`,
/// negative = before the reference) fits `tense`; in the future, a period
/// `span` units long may have begun already.
fn pick_year_in(tense: Tense, ry: i32, recent: i64, span: i64, offset: impl Fn(i32) -> i64) -> i32 {
    let candidates = [ry - 1, ry, ry + 1];
    let mut years = candidates
        .iter()
        .copied()
        .filter(|y| (1..=9999).contains(y));
    let pick = match tense {
        Tense::Past => years.rev().find(|&y| offset(y) <= 0),
        Tense::Future => years.find(|&y| offset(y) + span >= 0),
        // no tense marker: a release looks ahead, so the first
        // occurrence from a little (`recent`) before the reference on
        Tense::Unknown => years.find(|&y| offset(y) >= -recent),
    };
    pick.unwrap_or(ry)
}

/// Where a weekday lies from the date it is resolved against.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Side {
    /// Strictly before: "am vergangenen Montag", "seit Montag".
    Before,
    /// On or before: "am Montag" in a past clause; a release of Monday
    /// that says "teilte … am Montag mit" means the same day.
    OnOrBefore,
    /// Strictly after: "am kommenden Montag", and "am Montag beginnt …"
    /// without a tense marker (a release would say "heute" for its own day).
    After,
    /// On or after: a weekday told after an explicit date in a text
    /// without a reference ("am Mittwochmorgen (09.10.2024) … am Donnerstag").
    OnOrAfter,
}

/// The nearest `weekday` (1 = Monday) on the given side of `r`.
fn weekday_from(r: Date, weekday: u32, side: Side) -> Option<Date> {
    let now = i64::from(r.weekday());
    let wd = i64::from(weekday);
    let back = (now - wd).rem_euclid(7);
    let ahead = (wd - now).rem_euclid(7);
    let offset = match side {
        Side::Before => -(if back == 0 { 7 } else { back }),
        Side::OnOrBefore => -back,
        Side::After => {
            if ahead == 0 {
                7
            } else {
                ahead
            }
        }
        Side::OnOrAfter => ahead,
    };
    r.add_days(offset)
}

/// The year (reference year, one before or one after) in which the
/// `MM-DD` of `value` falls on `weekday`, nearest to the reference.
fn fit_weekday(r: Date, value: &str, weekday: u32) -> Option<Date> {
    let m: u32 = value.get(5..7)?.parse().ok()?;
    let d: u32 = value.get(8..10)?.parse().ok()?;
    [0, 1, -1]
        .iter()
        .filter_map(|dy| Date::new(r.year() + dy, m, d).ok())
        .find(|c| c.weekday() == weekday)
}

/// Parses the text of a date token.
fn parse_date_token(text: &str) -> Option<Day> {
    if text.len() == 10 && text.as_bytes()[4] == b'-' {
        let y: i32 = text.get(..4)?.parse().ok()?;
        let m: u32 = text.get(5..7)?.parse().ok()?;
        let d: u32 = text.get(8..)?.parse().ok()?;
        return valid(Day {
            year: Some(y),
            month: m,
            day: d,
        });
    }
    let mut parts = text.split('.');
    let d: u32 = parts.next()?.parse().ok()?;
    let m: u32 = parts.next()?.parse().ok()?;
    let y = match parts.next() {
        None | Some("") => None,
        // "3.10.90" is 1990, "1.1.24" is 2024
        Some(y) if y.len() == 2 => {
            let yy = y.parse::<i32>().ok()?;
            Some(if yy > 50 { 1900 + yy } else { 2000 + yy })
        }
        Some(y) => Some(y.parse::<i32>().ok()?),
    };
    valid(Day {
        year: y,
        month: m,
        day: d,
    })
}

fn valid(day: Day) -> Option<Day> {
    let ok = match day.year {
        Some(_) => day.date().is_some(),
        None => Date::new(2000, day.month, day.day).is_ok(), // a leap year admits 29.2.
    };
    ok.then_some(day)
}

/// Parses a complete date (with year) starting at token `i`: a date token,
/// or "18. Dezember 2023"; returns the date and the token after it.
pub(super) fn full_date_at(tokens: &[Token<'_>], i: usize) -> Option<(Date, usize)> {
    let t = tokens.get(i)?;
    if t.kind == TokenKind::Date {
        let day = parse_date_token(t.text)?;
        return Some((day.date()?, i + 1));
    }
    if t.kind == TokenKind::Ordinal {
        let d: u32 = t.text.trim_end_matches('.').parse().ok()?;
        let m = tokens.get(i + 1)?;
        let month = u32::from(LEXICON.month(m.text.trim_end_matches('.'))?);
        let y = tokens.get(i + 2)?;
        if y.kind != TokenKind::Number || y.text.len() != 4 {
            return None;
        }
        let year: i32 = y.text.parse().ok()?;
        return Some((Date::new(year, month, d).ok()?, i + 3));
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn low_agrees_with_to_lowercase_on_words() {
        for w in [
            "Ende",
            "ÄRA",
            "Übermorgen",
            "KW",
            "Öffnung",
            "heute",
            "ÀB",
            "İstanbul",
            "ẞ",
            "Straße",
            "Q3",
            "ᾈ",
        ] {
            assert_eq!(&*Low::of(w), w.to_lowercase(), "{w}");
        }
    }

    proptest! {
        #[test]
        fn low_agrees_with_to_lowercase(s in "\\PC{0,30}") {
            prop_assert_eq!(&*Low::of(&s), s.to_lowercase());
        }
    }
}
