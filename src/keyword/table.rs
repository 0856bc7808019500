//! [`SurfaceTable`]: the word cache's map from a surface form to its entry.
//!
//! The keyword stage looks up every word token of a document in the word
//! cache, which makes this look-up the stage's most frequent operation. A
//! general hash map compares a candidate key through a call to the C
//! library's `memcmp`; here a bucket holds a word's length and its first
//! eight bytes, which decide a word of up to eight bytes on their own and
//! rule out nearly every other candidate before its remaining bytes are
//! compared. Open addressing with linear probing at a load of at most one
//! half; the table only grows (the word cache drops it whole when it starts
//! afresh).

use crate::hash::le_bits;

/// One bucket: a word's first eight bytes (zero-padded), its length, and
/// its entry plus one (0 for an empty bucket).
#[derive(Clone, Copy, Default)]
struct Bucket {
    head: u64,
    len: u32,
    entry: u32,
}

/// Surface form → word cache entry. Entries are numbered from 0 in the
/// order in which their words were inserted.
#[derive(Default)]
pub(crate) struct SurfaceTable {
    /// A power of two of buckets (none before the first insertion).
    buckets: Vec<Bucket>,
    /// Where each entry's word starts in `text`.
    starts: Vec<u32>,
    /// The words, one after another.
    text: String,
}

/// The multiplier of the crate's word hasher ([`crate::hash`]), whose
/// scheme this table's hash follows.
const SEED: u64 = 0x51_7c_c1_b7_27_22_0a_95;
/// An odd constant with well-spread bits (from the digits of pi).
const FOLD: u64 = 0x243f_6a88_85a3_08d3;

/// The hash of a word whose first eight bytes are `first`: the
/// multiply-rotate scheme of the crate's word hasher over `first`, its
/// length and the rest in pieces of eight, the product's halves folded so
/// that the low bits (the bucket) depend on every byte.
#[inline(always)]
fn hash(first: u64, word: &[u8]) -> u64 {
    let mut h = (first ^ ((word.len() as u64) << 59)).wrapping_mul(SEED);
    for piece in word.get(8..).unwrap_or_default().chunks(8) {
        h = (h.rotate_left(5) ^ le_bits(piece)).wrapping_mul(SEED);
    }
    let p = u128::from(h) * u128::from(FOLD);
    (p as u64) ^ ((p >> 64) as u64)
}

/// Whether two byte strings of the same length are equal, compared in
/// pieces of eight bytes without a call into the C library.
#[inline(always)]
fn same_rest(a: &[u8], b: &[u8]) -> bool {
    a.chunks(8)
        .zip(b.chunks(8))
        .all(|(x, y)| le_bits(x) == le_bits(y))
}

impl SurfaceTable {
    /// The number of words.
    pub(crate) fn len(&self) -> usize {
        self.starts.len()
    }

    /// The entry of `word` (whose first eight bytes are `first`), or the
    /// empty bucket where it would go.
    #[inline(always)]
    fn find(&self, word: &[u8], first: u64) -> Result<u32, usize> {
        let mask = self.buckets.len().wrapping_sub(1);
        let len = word.len();
        let mut at = (hash(first, word) as usize) & mask;
        while let Some(b) = self.buckets.get(at) {
            if b.entry == 0 {
                return Err(at);
            }
            if b.head == first && b.len as usize == len {
                let e = b.entry - 1;
                // a word of eight bytes or fewer is its head and length
                if len <= 8
                    || self
                        .rest(e, len)
                        .is_some_and(|r| same_rest(r, word.get(8..).unwrap_or_default()))
                {
                    return Ok(e);
                }
            }
            at = (at + 1) & mask;
        }
        Err(usize::MAX)
    }

    /// The bytes after the first eight of entry `e`'s word of `len` bytes.
    fn rest(&self, e: u32, len: usize) -> Option<&[u8]> {
        let start = *self.starts.get(e as usize)? as usize;
        self.text.as_bytes().get(start + 8..start + len)
    }

    /// The entry of `word`, if the table has it.
    #[inline(always)]
    pub(crate) fn get(&self, word: &str) -> Option<u32> {
        let word = word.as_bytes();
        self.find(word, le_bits(word)).ok()
    }

    /// Adds `word`, which the table does not have, as the next entry and
    /// returns it (a word it has keeps its entry).
    pub(crate) fn insert(&mut self, word: &str) -> u32 {
        // a load of at most one half keeps the probe sequences short
        if (self.starts.len() + 1) * 2 > self.buckets.len() {
            self.grow();
        }
        let bytes = word.as_bytes();
        let at = match self.find(bytes, le_bits(bytes)) {
            Ok(e) => return e,
            Err(at) => at,
        };
        let e = self.starts.len() as u32;
        if let Some(b) = self.buckets.get_mut(at) {
            *b = Bucket {
                head: le_bits(bytes),
                len: u32::try_from(bytes.len()).unwrap_or(u32::MAX),
                entry: e + 1,
            };
        }
        self.starts
            .push(u32::try_from(self.text.len()).unwrap_or(u32::MAX));
        self.text.push_str(word);
        e
    }

    /// Doubles the buckets (16 at first) and puts every word back.
    #[cold]
    fn grow(&mut self) {
        let size = (self.buckets.len() * 2).max(16);
        let mut buckets = vec![Bucket::default(); size];
        for b in self.buckets.iter().filter(|b| b.entry != 0) {
            let start = self.starts.get(b.entry as usize - 1).copied().unwrap_or(0) as usize;
            let word = self
                .text
                .as_bytes()
                .get(start..start + b.len as usize)
                .unwrap_or_default();
            let mut at = (hash(b.head, word) as usize) & (size - 1);
            while buckets[at].entry != 0 {
                at = (at + 1) & (size - 1);
            }
            buckets[at] = *b;
        }
        self.buckets = buckets;
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::hash::le_bits;

    #[test]
    fn finds_what_it_holds() {
        let mut table = SurfaceTable::default();
        assert_eq!(table.get("Wort"), None);
        let words: Vec<String> = (0..5000)
            .map(|n| {
                format!(
                    "{}{n}",
                    "Verwaltungsdigitalisierung".get(..n % 27).unwrap_or("")
                )
            })
            .collect();
        for (n, w) in words.iter().enumerate() {
            assert_eq!(table.get(w), None, "{w}");
            assert_eq!(table.insert(w) as usize, n);
        }
        assert_eq!(table.len(), words.len());
        for (n, w) in words.iter().enumerate() {
            assert_eq!(table.get(w), Some(n as u32), "{w}");
        }
        assert_eq!(table.insert(&words[7]), 7);
        assert_eq!(table.get("Verwaltungsdigitalisierunx"), None);
        assert_eq!(table.get("Verwaltung"), None);
        assert_eq!(table.get(""), None);
        assert_eq!(table.insert(""), 5000);
        assert_eq!(table.get(""), Some(5000));
        assert_eq!(le_bits(b"abc"), u64::from_le_bytes(*b"abc\0\0\0\0\0"));
        assert_eq!(le_bits(b"abcdefg"), u64::from_le_bytes(*b"abcdefg\0"));
        assert_eq!(le_bits(b"abcdefghij"), u64::from_le_bytes(*b"abcdefgh"));
    }
}
