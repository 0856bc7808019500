//! [`Span`]: the one offset type of the crate.

use std::fmt;
use std::ops::Range;

/// A half-open range of **byte** offsets into the text that was analysed.
///
/// Every span that meldung returns slices the original input exactly:
/// `&text[span.range()]` is the token, sentence or mention it describes.
/// Offsets are bytes, not characters; use [`Span::char_range`] when a
/// consumer (e.g. a Python or JavaScript program) counts Unicode scalar values.
///
/// ```
/// use meldung::Span;
///
/// let text = "Grüße aus Köln";
/// let span = Span::new(12, 17); // "ü" and "ß" take two bytes each
/// assert_eq!(span.slice(text), Some("Köln"));
/// assert_eq!(span.char_range(text), Some(10..14));
/// ```
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Span {
    /// Offset of the first byte.
    pub start: usize,
    /// Offset one past the last byte.
    pub end: usize,
}

impl Span {
    /// Creates a span from `start` to `end` (byte offsets, `end` exclusive).
    #[inline]
    #[must_use]
    pub const fn new(start: usize, end: usize) -> Span {
        Span { start, end }
    }

    /// Number of bytes covered.
    #[inline]
    #[must_use]
    pub const fn len(&self) -> usize {
        self.end.saturating_sub(self.start)
    }

    /// Whether the span covers no bytes.
    #[inline]
    #[must_use]
    pub const fn is_empty(&self) -> bool {
        self.end <= self.start
    }

    /// The span as a `Range<usize>`, ready to index a `&str`.
    #[inline]
    #[must_use]
    pub const fn range(&self) -> Range<usize> {
        self.start..self.end
    }

    /// The text the span covers, or `None` when it does not lie on character
    /// boundaries of `text` (which never happens for spans meldung returns
    /// for that same `text`).
    #[inline]
    #[must_use]
    pub fn slice<'t>(&self, text: &'t str) -> Option<&'t str> {
        text.get(self.range())
    }

    /// Whether `other` lies entirely inside this span.
    #[inline]
    #[must_use]
    pub const fn contains(&self, other: Span) -> bool {
        self.start <= other.start && other.end <= self.end
    }

    /// The span converted to Unicode scalar (char) offsets into `text`,
    /// or `None` when it does not lie on character boundaries of `text`.
    ///
    /// This walks `text` up to `end`; for many spans over one text, convert
    /// in one ordered pass instead.
    #[must_use]
    pub fn char_range(&self, text: &str) -> Option<Range<usize>> {
        let prefix = text.get(..self.start)?;
        let inner = self.slice(text)?;
        let start = prefix.chars().count();
        Some(start..start + inner.chars().count())
    }
}

impl From<Range<usize>> for Span {
    #[inline]
    fn from(r: Range<usize>) -> Span {
        Span::new(r.start, r.end)
    }
}

impl From<Span> for Range<usize> {
    #[inline]
    fn from(s: Span) -> Range<usize> {
        s.range()
    }
}

impl fmt::Display for Span {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}..{}", self.start, self.end)
    }
}
