//! The crate's error type.

use std::fmt;

/// What can go wrong with data you hand to meldung.
///
/// Analysing text never fails: any `&str` is valid input. Errors only come
/// from data you pass in: entries for a builder, a reference date, or a keyword model.
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum Error {
    /// An abbreviation that cannot be one: empty, with white space inside, or
    /// without any letter.
    InvalidAbbreviation {
        /// The entry as given.
        entry: String,
        /// Its 1-based line number when it came from a list, else 0.
        line: usize,
        /// Why it was rejected.
        reason: &'static str,
    },
    /// A bad entry for the entity recognizer: a gazetteer line or an
    /// organisation, person or role without a usable name.
    InvalidGazetteer {
        /// The entry as given.
        entry: String,
        /// Its 1-based line number when it came from a file, else 0.
        line: usize,
        /// Why it was rejected.
        reason: &'static str,
    },
    /// A date that does not exist, or a string that is not `YYYY-MM-DD`.
    InvalidDate {
        /// The input as given.
        input: String,
    },
    /// A stopword that cannot be one: empty, or with white space inside.
    InvalidStopword {
        /// The entry as given.
        entry: String,
        /// Its 1-based line number when it came from a list, else 0.
        line: usize,
        /// Why it was rejected.
        reason: &'static str,
    },
    /// A keyword model (see [`KeywordModel`](crate::keyword::KeywordModel))
    /// whose text is malformed.
    InvalidModel {
        /// The 1-based line number of the problem, or 0 when it concerns the
        /// whole text.
        line: usize,
        /// What is wrong.
        reason: String,
    },
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Error::InvalidAbbreviation {
                entry,
                line,
                reason,
            } => {
                if *line > 0 {
                    write!(f, "line {line}: invalid abbreviation {entry:?}: {reason}")
                } else {
                    write!(f, "invalid abbreviation {entry:?}: {reason}")
                }
            }
            Error::InvalidGazetteer {
                entry,
                line,
                reason,
            } => {
                if *line > 0 {
                    write!(
                        f,
                        "line {line}: invalid gazetteer entry {entry:?}: {reason}"
                    )
                } else {
                    write!(f, "invalid gazetteer entry {entry:?}: {reason}")
                }
            }
            Error::InvalidDate { input } => write!(
                f,
                "invalid date {input:?}: expected an existing day as YYYY-MM-DD"
            ),
            Error::InvalidStopword {
                entry,
                line,
                reason,
            } => {
                if *line > 0 {
                    write!(f, "line {line}: invalid stopword {entry:?}: {reason}")
                } else {
                    write!(f, "invalid stopword {entry:?}: {reason}")
                }
            }
            Error::InvalidModel { line, reason } => {
                if *line > 0 {
                    write!(f, "line {line}: invalid keyword model: {reason}")
                } else {
                    write!(f, "invalid keyword model: {reason}")
                }
            }
        }
    }
}

impl std::error::Error for Error {}
