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
//!
//! A bucket also holds what the keyword scan needs of its word on every
//! token (its flags and key, given at insertion, and the document's index
//! of the word, which the scan sets): one bucket of 32 bytes, aligned to
//! its size so that it never straddles two cache lines, is all the memory
//! a look-up touches in a table much larger than the first-level cache.

use crate::hash::le_bits;

/// One bucket: a word's [`ends`], its entry ([`EMPTY`] for an empty
/// bucket), what the table's user keeps with the word, and its length (up
/// to `u16::MAX`; a longer word's true length is its stored text's).
#[derive(Clone, Copy)]
#[repr(align(32))]
struct Bucket {
    ends: (u64, u64),
    entry: u32,
    value: u32,
    local: u32,
    tag: u16,
    len: u16,
}

/// A word that the table holds, as its bucket tells it.
#[derive(Clone, Copy)]
pub(crate) struct Found {
    /// The word's bucket (valid until the next insertion).
    pub(crate) at: u32,
    /// The entry, numbered from 0 in the order of insertion.
    pub(crate) entry: u32,
    /// The value given at insertion.
    pub(crate) value: u32,
    /// The tag given at insertion.
    pub(crate) tag: u16,
    /// What [`set_local`](SurfaceTable::set_local) set last (0 at first).
    pub(crate) local: u32,
}

/// The entry of an empty bucket (the table holds fewer words).
const EMPTY: u32 = u32::MAX;

impl Default for Bucket {
    fn default() -> Bucket {
        Bucket {
            ends: (0, 0),
            entry: EMPTY,
            value: 0,
            local: 0,
            tag: 0,
            len: 0,
        }
    }
}

impl Bucket {
    #[inline(always)]
    fn found(&self, at: usize) -> Found {
        Found {
            at: at as u32,
            entry: self.entry,
            value: self.value,
            tag: self.tag,
            local: self.local,
        }
    }
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

/// `KEEP[n]`: the low `n` bytes of a word set (a table: the shift of a
/// 128-bit one by up to 64 bits costs a branch-free sequence of eight
/// instructions).
const KEEP: [u64; 9] = {
    let mut table = [u64::MAX; 9];
    let mut n = 0;
    while n < 8 {
        table[n] = (1u64 << (8 * n)) - 1;
        n += 1;
    }
    table
};

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
        let keep = KEEP[len.min(8)];
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

    /// The bucket of `word`, or the empty bucket where it would go.
    #[inline(always)]
    fn find(&self, word: &[u8]) -> Result<Found, usize> {
        self.find_ends(word, ends(word))
    }

    /// [`find`](Self::find) with the word's [`ends`] at hand.
    #[inline(always)]
    fn find_ends(&self, word: &[u8], ends: (u64, u64)) -> Result<Found, usize> {
        let mask = self.buckets.len().wrapping_sub(1);
        let len = word.len();
        let short_len = len.min(usize::from(u16::MAX)) as u16;
        let mut at = (hash(ends, len) as usize) & mask;
        while let Some(b) = self.buckets.get(at) {
            if b.entry == EMPTY {
                return Err(at);
            }
            // a word of sixteen bytes or fewer is its ends and length
            if b.ends == ends
                && b.len == short_len
                && (len <= 16 || self.middle(b.entry, len) == word.get(8..len - 8))
            {
                return Ok(b.found(at));
            }
            at = (at + 1) & mask;
        }
        Err(usize::MAX)
    }

    /// The bytes of entry `e`'s word but its first and last eight, if the
    /// word has `len` bytes.
    fn middle(&self, e: u32, len: usize) -> Option<&[u8]> {
        let start = *self.starts.get(e as usize)? as usize;
        let end = self
            .starts
            .get(e as usize + 1)
            .map_or(self.text.len(), |&s| s as usize);
        if end - start != len {
            return None;
        }
        self.text.as_bytes().get(start + 8..end - 8)
    }

    /// The bucket of `word`, if the table has it.
    #[inline(always)]
    pub(crate) fn get(&self, word: &str) -> Option<Found> {
        self.find(word.as_bytes()).ok()
    }

    /// The bucket of the word `text[start..end]`, if the table has it: as
    /// [`get`](Self::get), its ends read from the text around it.
    #[cfg(test)]
    pub(crate) fn get_within(&self, text: &[u8], start: usize, end: usize) -> Option<Found> {
        let word = text.get(start..end)?;
        self.find_ends(word, ends_within(text, start, end)).ok()
    }

    /// Where the bucket of `word` is, if the table has it (for
    /// [`found`](Self::found)).
    #[inline(always)]
    pub(crate) fn position(&self, word: &str) -> Option<u32> {
        self.find(word.as_bytes()).ok().map(|f| f.at)
    }

    /// [`position`](Self::position) of the word `text[start..end]`, its
    /// ends read from the text around it.
    #[inline(always)]
    pub(crate) fn position_within(&self, text: &[u8], start: usize, end: usize) -> Option<u32> {
        let word = text.get(start..end)?;
        let found = self.find_ends(word, ends_within(text, start, end)).ok()?;
        Some(found.at)
    }

    /// What the bucket `at` (of a [`Found`] since the last insertion)
    /// holds.
    #[inline(always)]
    pub(crate) fn found(&self, at: u32) -> Found {
        self.buckets
            .get(at as usize)
            .copied()
            .unwrap_or_default()
            .found(at as usize)
    }

    /// Sets what the bucket `at` (of a [`Found`] since the last insertion)
    /// reports as [`Found::local`].
    #[inline(always)]
    pub(crate) fn set_local(&mut self, at: u32, local: u32) {
        if let Some(b) = self.buckets.get_mut(at as usize) {
            b.local = local;
        }
    }

    /// Adds `word`, which the table does not have, as the next entry with
    /// a value and a tag, and returns its bucket (a word it has keeps its
    /// entry, value and tag).
    pub(crate) fn insert(&mut self, word: &str, value: u32, tag: u16) -> Found {
        // a load of at most one half keeps the probe sequences short
        if (self.starts.len() + 1) * 2 > self.buckets.len() {
            self.grow();
        }
        let bytes = word.as_bytes();
        let at = match self.find(bytes) {
            Ok(found) => return found,
            Err(at) => at,
        };
        let e = self.starts.len() as u32;
        let b = Bucket {
            ends: ends(bytes),
            entry: e,
            value,
            local: 0,
            tag,
            len: bytes.len().min(usize::from(u16::MAX)) as u16,
        };
        if let Some(slot) = self.buckets.get_mut(at) {
            *slot = b;
        }
        self.starts
            .push(u32::try_from(self.text.len()).unwrap_or(u32::MAX));
        self.text.push_str(word);
        b.found(at)
    }

    /// Doubles the buckets (16 at first) and puts every word back (its
    /// bucket has all its hash needs but the true length of a word of
    /// `u16::MAX` bytes or more, whose hash is its stored text's).
    #[cold]
    fn grow(&mut self) {
        let size = (self.buckets.len() * 2).max(16);
        let mut buckets = vec![Bucket::default(); size];
        for b in self.buckets.iter().filter(|b| b.entry != EMPTY) {
            let len = if b.len == u16::MAX {
                self.stored_len(b.entry)
            } else {
                usize::from(b.len)
            };
            let mut at = (hash(b.ends, len) as usize) & (size - 1);
            while buckets[at].entry != EMPTY {
                at = (at + 1) & (size - 1);
            }
            buckets[at] = *b;
        }
        self.buckets = buckets;
    }

    /// The byte length of entry `e`'s word.
    fn stored_len(&self, e: u32) -> usize {
        let start = self.starts.get(e as usize).map_or(0, |&s| s as usize);
        let end = self
            .starts
            .get(e as usize + 1)
            .map_or(self.text.len(), |&s| s as usize);
        end - start
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::hash::le_bits;

    fn get(table: &SurfaceTable, word: &str) -> Option<u32> {
        table.get(word).map(|f| f.entry)
    }

    fn within(table: &SurfaceTable, text: &[u8], start: usize, end: usize) -> Option<u32> {
        table.get_within(text, start, end).map(|f| f.entry)
    }

    #[test]
    fn finds_what_it_holds() {
        let mut table = SurfaceTable::default();
        assert_eq!(get(&table, "Wort"), None);
        let words: Vec<String> = (0..5000)
            .map(|n| {
                format!(
                    "{}{n}",
                    "Verwaltungsdigitalisierung".get(..n % 27).unwrap_or("")
                )
            })
            .collect();
        for (n, w) in words.iter().enumerate() {
            assert_eq!(get(&table, w), None, "{w}");
            assert_eq!(table.insert(w, 7, 3).entry as usize, n);
        }
        assert_eq!(table.len(), words.len());
        for (n, w) in words.iter().enumerate() {
            assert_eq!(get(&table, w), Some(n as u32), "{w}");
        }
        assert_eq!(table.insert(&words[7], 7, 3).entry, 7);
        assert_eq!(get(&table, "Verwaltungsdigitalisierunx"), None);
        assert_eq!(get(&table, "Verwaltung"), None);
        assert_eq!(get(&table, ""), None);
        assert_eq!(table.insert("", 7, 3).entry, 5000);
        assert_eq!(get(&table, ""), Some(5000));
        // the same ends and length, another middle
        let middle = table.insert("Verwaltungs-x-Digitalisierung", 7, 3).entry;
        assert_eq!(get(&table, "Verwaltungs-y-Digitalisierung"), None);
        assert_eq!(get(&table, "Verwaltungs-x-Digitalisierung"), Some(middle));
        // four to seven bytes: first and last four overlap
        assert_eq!(get(&table, "abcdba"), None);
        let short = table.insert("abcdba", 7, 3).entry;
        assert_eq!(get(&table, "abcdca"), None);
        assert_eq!(get(&table, "abcdba"), Some(short));
        // read from a text around the word: the same entries
        let text = format!("xx {} yy abcdba", words[4000]);
        let at = text.find(&words[4000]).unwrap_or(0);
        let end = at + words[4000].len();
        assert_eq!(within(&table, text.as_bytes(), at, end), Some(4000));
        assert_eq!(
            within(&table, text.as_bytes(), at, at + 3),
            get(&table, &text[at..at + 3])
        );
        let end = text.len();
        assert_eq!(within(&table, text.as_bytes(), end - 6, end), Some(short));
        assert_eq!(within(&table, b"abcdba", 0, 6), Some(short));
        assert_eq!(within(&table, b"xabcdbax", 1, 7), Some(short));
        assert_eq!(within(&table, b"abcdbax", 0, 9), None);
        assert_eq!(le_bits(b"abc"), u64::from_le_bytes(*b"abc\0\0\0\0\0"));
        assert_eq!(le_bits(b"abcdefg"), u64::from_le_bytes(*b"abcdefg\0"));
        assert_eq!(le_bits(b"abcdefghij"), u64::from_le_bytes(*b"abcdefgh"));
    }

    #[test]
    fn keeps_values_tags_and_locals() {
        let mut table = SurfaceTable::default();
        let a = table.insert("Bürgerbüro", 11, 0x8001);
        let b = table.insert("digitale", 12, 2);
        assert_eq!((a.entry, a.value, a.tag, a.local), (0, 11, 0x8001, 0));
        table.set_local(b.at, 9);
        let found = table
            .get("digitale")
            .map(|f| (f.entry, f.value, f.tag, f.local));
        assert_eq!(found, Some((1, 12, 2, 9)));
        // inserting again keeps what the word has
        assert_eq!(table.insert("digitale", 99, 99).value, 12);
        // words longer than a bucket's length field, through growth
        let long: Vec<String> = (0..40)
            .map(|n| format!("{}{n}", "x".repeat(70_000 + n % 3)))
            .collect();
        for w in &long {
            table.insert(w, 5, 5);
        }
        for (n, w) in long.iter().enumerate() {
            assert_eq!(get(&table, w), Some(n as u32 + 2));
        }
        assert_eq!(get(&table, &format!("{}0", "x".repeat(70_001))), None);
        assert_eq!(get(&table, "digitale"), Some(1));
    }
}
