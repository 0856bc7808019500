//! The crate's error type.

use std::fmt;

/// What can go wrong when user data is added to meldung's lexicons.
///
/// Analysing text never fails: any `&str` is valid input. Errors only come
/// from data you hand to a builder.
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
        }
    }
}

impl std::error::Error for Error {}
