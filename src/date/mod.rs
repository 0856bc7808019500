//! Dates: every date expression of a release, normalised to TIMEX3 values.
//!
//! [`find_dates`] walks the tokens once and returns [`DateMention`]s: the
//! span and text of each expression, its [`DateKind`], its value in TIMEX3
//! style (`2023-12-18`, `2023-12`, `2023`, `2024-Q1`, `2024-H2`, `2024-SU`,
//! `2024-W12`, `199` for a decade, `2023-12-18T10:00`, ranges
//! `2024-03-01/2024-03-03`), an optional [`DateModifier`] ("Anfang 2024" is
//! `2024` with `START`) and [`Inferred`] flags that say what was not written
//! but taken from the reference date.
//!
//! The **reference date** anchors relative expressions ("gestern", "im
//! Vorjahr") and year-less dates ("am 3. Oktober"). It is the date you pass,
//! or else the document's own date found in the text: a leading
//! `[18.12.2023]`, a dateline `Berlin, 18. Dezember 2023`, `Pressemitteilung
//! vom 18.12.2023`, `Stand: 01.02.2024`, `Veröffentlicht am 3. Mai 2024`.
//! Without one, relative expressions get no value and year-less dates keep
//! an unknown year (`XXXX-10-03`): meldung never guesses.
//!
//! ```
//! use meldung::date::{dates, DateKind};
//!
//! let text = "Berlin, 18. Dezember 2023 – Das Gesetz tritt am 1. März in Kraft. \
//!             Im Vorjahr waren es noch 27 Mitglieder.";
//! let found = dates(text);
//! assert_eq!(found.document_date.map(|d| d.to_string()).as_deref(), Some("2023-12-18"));
//! let values: Vec<_> = found.mentions.iter().map(|m| (m.text, m.value.as_deref())).collect();
//! assert_eq!(values, [
//!     ("18. Dezember 2023", Some("2023-12-18")),
//!     ("1. März", Some("2024-03-01")),
//!     ("Vorjahr", Some("2022")),
//! ]);
//! assert_eq!(found.mentions[2].kind, DateKind::Relative);
//! ```

mod calendar;
mod document;
mod extract;

pub use calendar::Date;

use std::fmt;
use std::ops::Range;

use crate::{Span, Token};

/// What sort of time expression a [`DateMention`] is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum DateKind {
    /// A calendar day: `18.12.2023`, `18. Dezember 2023`, `Ostern 2024`.
    Day,
    /// A month: `Dezember 2023`, `im Dezember`.
    Month,
    /// A year: `2023`, `im Jahr 2023`.
    Year,
    /// A decade: `in den 1990er Jahren` (value `199`).
    Decade,
    /// A quarter: `im ersten Quartal 2024`, `Q3/2024`.
    Quarter,
    /// A half-year: `im ersten Halbjahr 2024`.
    HalfYear,
    /// A season: `im Sommer 2024`.
    Season,
    /// A calendar week: `KW 12`, `in der 12. Kalenderwoche`.
    Week,
    /// A range: `vom 1. bis 3. März 2024`, `2023/24`, `von 8 bis 16 Uhr`.
    Range,
    /// A clock time, with the day it belongs to: `14:30 Uhr`, `Donnerstagabend`.
    Time,
    /// An expression resolved against the reference date: `gestern`,
    /// `am kommenden Montag`, `im Vorjahr`, `vor drei Jahren`.
    Relative,
}

impl DateKind {
    /// A short lowercase name, stable across releases.
    #[must_use]
    pub const fn as_str(self) -> &'static str {
        match self {
            DateKind::Day => "day",
            DateKind::Month => "month",
            DateKind::Year => "year",
            DateKind::Decade => "decade",
            DateKind::Quarter => "quarter",
            DateKind::HalfYear => "half_year",
            DateKind::Season => "season",
            DateKind::Week => "week",
            DateKind::Range => "range",
            DateKind::Time => "time",
            DateKind::Relative => "relative",
        }
    }
}

impl fmt::Display for DateKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// A TIMEX3 modifier: where in the period, or how exact.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum DateModifier {
    /// `Anfang 2024`, `Anfang des Monats`.
    Start,
    /// `Mitte 2024`, `Mitte der 90er Jahre`.
    Mid,
    /// `Ende 2024`, `zum Jahresende`.
    End,
    /// `rund`, `etwa`, `ca.` before the expression.
    Approx,
    /// `bis 2030`, `vor 2020`.
    Before,
    /// `seit 2019`, `ab 2025`, `nach 2020`.
    After,
}

impl DateModifier {
    /// The TIMEX3 spelling: `START`, `MID`, `END`, `APPROX`, `BEFORE`, `AFTER`.
    #[must_use]
    pub const fn as_str(self) -> &'static str {
        match self {
            DateModifier::Start => "START",
            DateModifier::Mid => "MID",
            DateModifier::End => "END",
            DateModifier::Approx => "APPROX",
            DateModifier::Before => "BEFORE",
            DateModifier::After => "AFTER",
        }
    }
}

impl fmt::Display for DateModifier {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// What a value took from the reference date rather than from the text.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct Inferred {
    /// The year was not written (`am 3. Oktober`, `im Dezember`).
    pub year: bool,
    /// The expression is relative and was resolved (`gestern`, `im Vorjahr`).
    pub relative: bool,
}

/// One date expression in the text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DateMention<'t> {
    /// The expression as written.
    pub text: &'t str,
    /// Its byte span in the text.
    pub span: Span,
    /// The indices of its tokens.
    pub tokens: Range<usize>,
    /// What sort of expression it is.
    pub kind: DateKind,
    /// The normalised TIMEX3 value, or `None` when it cannot be known
    /// (a relative expression without a reference date).
    pub value: Option<String>,
    /// Where in the period, or how exact (`Anfang 2024` → `START`).
    pub modifier: Option<DateModifier>,
    /// What the value took from the reference date.
    pub inferred: Inferred,
}

/// The dates of one text.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Dates<'t> {
    /// The document's own date, when the text states it.
    pub document_date: Option<Date>,
    /// The date relative expressions were resolved against: the caller's,
    /// or else the document date.
    pub reference: Option<Date>,
    /// Every date expression, in text order, without overlaps.
    pub mentions: Vec<DateMention<'t>>,
}

/// Finds the dates of `text` (tokenizing it first), resolved against the
/// document's own date if the text states one.
#[must_use]
pub fn dates(text: &str) -> Dates<'_> {
    let mut tokens = Vec::new();
    crate::tokenize_into(text, &mut tokens);
    find_dates(text, &tokens, None)
}

/// Finds the dates in already tokenized text.
///
/// `reference` anchors relative and year-less expressions; when `None`, the
/// document date found in the text is used, if any.
///
/// ```
/// use meldung::date::{find_dates, Date};
///
/// let text = "Die Anhörung findet morgen um 10 Uhr statt.";
/// let tokens: Vec<_> = meldung::tokenize(text).collect();
/// let found = find_dates(text, &tokens, Some(Date::new(2024, 3, 4)?));
/// let values: Vec<_> = found.mentions.iter().map(|m| m.value.as_deref().unwrap_or("?")).collect();
/// assert_eq!(values, ["2024-03-05", "2024-03-05T10:00"]);
/// # Ok::<(), meldung::Error>(())
/// ```
#[must_use]
pub fn find_dates<'t>(text: &'t str, tokens: &[Token<'t>], reference: Option<Date>) -> Dates<'t> {
    let document_date = document::document_date(text, tokens);
    let reference = reference.or(document_date);
    let mentions = extract::mentions(text, tokens, reference);
    Dates {
        document_date,
        reference,
        mentions,
    }
}
