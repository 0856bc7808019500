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
/// (overlapping when it is shorter than sixteen); for a shorter word its
/// bytes, zero-padded, and 0. A longer word's middle bytes are not in them.
#[inline(always)]
fn ends(word: &[u8]) -> (u64, u64) {
    if let (Some(first), Some(last)) = (word.first_chunk::<8>(), word.last_chunk::<8>()) {
        return (u64::from_le_bytes(*first), u64::from_le_bytes(*last));
    }
    (le_bits(word), 0)
}

/// The [`ends`] of the word `text[start..end]`, read from `text` around
/// it: two whole loads and two masks, without a branch on the word's
/// length (whether a word has eight bytes is anyone's guess) but at the
/// text's first and last eight bytes.
#[inline(always)]
fn ends_within(text: &[u8], start: usize, end: usize) -> (u64, u64) {
    if let (Some(first), Some(last)) = (
        text.get(start..).and_then(<[u8]>::first_chunk::<8>),
        text.get(..end).and_then(<[u8]>::last_chunk::<8>),
    ) {
        let len = end.saturating_sub(start);
        // the word's bytes of the first load (all eight of a long word)
        let keep = ((1u128 << (8 * len.min(8))) - 1) as u64;
        // the last load counts for a word of eight bytes or more
        let long = u64::from(len >= 8).wrapping_neg();
        return (
            u64::from_le_bytes(*first) & keep,
            u64::from_le_bytes(*last) & long,
        );
    }
    ends(text.get(start..end).unwrap_or_default())
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
        self.find_ends(word, ends(word))
    }

    /// [`find`](Self::find) with the word's [`ends`] at hand.
    #[inline(always)]
    fn find_ends(&self, word: &[u8], ends: (u64, u64)) -> Result<u32, usize> {
        let mask = self.buckets.len().wrapping_sub(1);
        let len = word.len();
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

    /// The entry of the word `text[start..end]`, if the table has it: as
    /// [`get`](Self::get), its ends read from the text around it.
    #[inline(always)]
    pub(crate) fn get_within(&self, text: &[u8], start: usize, end: usize) -> Option<u32> {
        let word = text.get(start..end)?;
        self.find_ends(word, ends_within(text, start, end)).ok()
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
        // read from a text around the word: the same entries
        let text = format!("xx {} yy abcdba", words[4000]);
        let at = text.find(&words[4000]).unwrap_or(0);
        let end = at + words[4000].len();
        assert_eq!(table.get_within(text.as_bytes(), at, end), Some(4000));
        assert_eq!(
            table.get_within(text.as_bytes(), at, at + 3),
            table.get(&text[at..at + 3])
        );
        let end = text.len();
        assert_eq!(table.get_within(text.as_bytes(), end - 6, end), Some(short));
        assert_eq!(table.get_within(b"abcdba", 0, 6), Some(short));
        assert_eq!(table.get_within(b"xabcdbax", 1, 7), Some(short));
        assert_eq!(table.get_within(b"abcdbax", 0, 9), None);
        assert_eq!(le_bits(b"abc"), u64::from_le_bytes(*b"abc\0\0\0\0\0"));
        assert_eq!(le_bits(b"abcdefg"), u64::from_le_bytes(*b"abcdefg\0"));
        assert_eq!(le_bits(b"abcdefghij"), u64::from_le_bytes(*b"abcdefgh"));
    }
}
