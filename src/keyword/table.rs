//! [`SurfaceTable`]: the word cache's map from a surface form to its entry.
//!
//! The keyword stage looks up every word token of a document in the word
//! cache, which makes this look-up the stage's most frequent operation. A
//! general hash map compares a candidate key through a call to the C
//! library's `memcmp`; here a bucket holds a word's length and two words of
//! eight bytes read from its ends ([`ends`]), which decide a word of up to
//! sixteen bytes on their own and rule out nearly every other candidate
//! before the middle of a longer one is compared. The hash is made of the
//! same two words, so a word costs the same few loads however long it is.
//! Open addressing with linear probing at a load of at most one half; the
//! table only grows (the word cache drops it whole when it starts afresh).

use crate::hash::le_bits;

/// One bucket: a word's [`ends`], its length, and its entry plus one (0
/// for an empty bucket).
#[derive(Clone, Copy, Default)]
struct Bucket {
    ends: (u64, u64),
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

/// Two words of eight bytes that, with its length, tell a word of up to
/// sixteen bytes from every other: its first and its last eight bytes
/// (overlapping when it is shorter than sixteen); for a word of four to
/// seven bytes its first and last four bytes in one word; for a shorter
/// one its bytes, zero-padded. A longer word's middle bytes are not in
/// them. Whole loads, without the branches of a zero-padded copy.
#[inline(always)]
fn ends(word: &[u8]) -> (u64, u64) {
    if let (Some(first), Some(last)) = (word.first_chunk::<8>(), word.last_chunk::<8>()) {
        return (u64::from_le_bytes(*first), u64::from_le_bytes(*last));
    }
    if let (Some(first), Some(last)) = (word.first_chunk::<4>(), word.last_chunk::<4>()) {
        let (first, last) = (u32::from_le_bytes(*first), u32::from_le_bytes(*last));
        return (u64::from(first) | (u64::from(last) << 32), 0);
    }
    (le_bits(word), 0)
}

/// The hash of a word with these [`ends`] and length: the multiply-rotate
/// scheme of the crate's word hasher over them, the product's halves
/// folded so that the low bits (the bucket) depend on every byte.
#[inline(always)]
fn hash((first, last): (u64, u64), len: usize) -> u64 {
    let h = (first ^ ((len as u64) << 59)).wrapping_mul(SEED);
    let h = (h.rotate_left(5) ^ last).wrapping_mul(SEED);
    let p = u128::from(h) * u128::from(FOLD);
    (p as u64) ^ ((p >> 64) as u64)
}

impl SurfaceTable {
    /// The number of words.
    pub(crate) fn len(&self) -> usize {
        self.starts.len()
    }

    /// The entry of `word`, or the empty bucket where it would go.
    #[inline(always)]
    fn find(&self, word: &[u8]) -> Result<u32, usize> {
        let mask = self.buckets.len().wrapping_sub(1);
        let len = word.len();
        let ends = ends(word);
        let mut at = (hash(ends, len) as usize) & mask;
        while let Some(b) = self.buckets.get(at) {
            if b.entry == 0 {
                return Err(at);
            }
            if b.ends == ends && b.len as usize == len {
                let e = b.entry - 1;
                // a word of sixteen bytes or fewer is its ends and length
                if len <= 16 || self.middle(e, len) == word.get(8..len - 8) {
                    return Ok(e);
                }
            }
            at = (at + 1) & mask;
        }
        Err(usize::MAX)
    }

    /// The bytes of entry `e`'s word (of `len` bytes) but its first and
    /// last eight.
    fn middle(&self, e: u32, len: usize) -> Option<&[u8]> {
        let start = *self.starts.get(e as usize)? as usize;
        self.text.as_bytes().get(start + 8..start + len - 8)
    }

    /// The entry of `word`, if the table has it.
    #[inline(always)]
    pub(crate) fn get(&self, word: &str) -> Option<u32> {
        self.find(word.as_bytes()).ok()
    }

    /// Adds `word`, which the table does not have, as the next entry and
    /// returns it (a word it has keeps its entry).
    pub(crate) fn insert(&mut self, word: &str) -> u32 {
        // a load of at most one half keeps the probe sequences short
        if (self.starts.len() + 1) * 2 > self.buckets.len() {
            self.grow();
        }
        let bytes = word.as_bytes();
        let at = match self.find(bytes) {
            Ok(e) => return e,
            Err(at) => at,
        };
        let e = self.starts.len() as u32;
        if let Some(b) = self.buckets.get_mut(at) {
            *b = Bucket {
                ends: ends(bytes),
                len: u32::try_from(bytes.len()).unwrap_or(u32::MAX),
                entry: e + 1,
            };
        }
        self.starts
            .push(u32::try_from(self.text.len()).unwrap_or(u32::MAX));
        self.text.push_str(word);
        e
    }

    /// Doubles the buckets (16 at first) and puts every word back (its
    /// bucket has all its hash needs).
    #[cold]
    fn grow(&mut self) {
        let size = (self.buckets.len() * 2).max(16);
        let mut buckets = vec![Bucket::default(); size];
        for b in self.buckets.iter().filter(|b| b.entry != 0) {
            let mut at = (hash(b.ends, b.len as usize) as usize) & (size - 1);
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
        // the same ends and length, another middle
        let middle = table.insert("Verwaltungs-x-Digitalisierung");
        assert_eq!(table.get("Verwaltungs-y-Digitalisierung"), None);
        assert_eq!(table.get("Verwaltungs-x-Digitalisierung"), Some(middle));
        // four to seven bytes: first and last four overlap
        assert_eq!(table.get("abcdba"), None);
        let short = table.insert("abcdba");
        assert_eq!(table.get("abcdca"), None);
        assert_eq!(table.get("abcdba"), Some(short));
        assert_eq!(le_bits(b"abc"), u64::from_le_bytes(*b"abc\0\0\0\0\0"));
        assert_eq!(le_bits(b"abcdefg"), u64::from_le_bytes(*b"abcdefg\0"));
        assert_eq!(le_bits(b"abcdefghij"), u64::from_le_bytes(*b"abcdefgh"));
    }
}
