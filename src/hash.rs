//! The word hasher of every table in the crate (lexicons, the entity walk,
//! the keyword stage's word cache and model, the date triggers).
//!
//! The keys are short words and the tables are built from the crate's own
//! lists or from one document; what counts is the cost per lookup. This is
//! the multiply-rotate scheme of the Firefox/rustc "Fx" hash, eight bytes
//! at a time (FNV, one byte at a time, which the crate used before, cost
//! about four times as much on the entity walk's words). Like FNV it is not
//! flood-resistant: a document written to collide could slow its own
//! lookups, never another document's, and `--max-bytes` bounds how long
//! such a document can be in the command-line tool.

use std::hash::{BuildHasher, Hasher};

/// Builds [`WordHasher`]s; the hasher of every table in the crate.
#[derive(Clone, Copy, Default, Debug)]
pub(crate) struct Fx;

/// The running state of [`Fx`].
pub(crate) struct WordHasher(u64);

const SEED: u64 = 0x51_7c_c1_b7_27_22_0a_95;
/// An odd constant with well-spread bits (from the digits of pi).
const FOLD: u64 = 0x243f_6a88_85a3_08d3;

impl WordHasher {
    #[inline]
    fn add(&mut self, word: u64) {
        self.0 = (self.0.rotate_left(5) ^ word).wrapping_mul(SEED);
    }
}

/// Up to seven bytes as one little-endian word, read in pieces of four,
/// two and one (a copy of variable length would call `memcpy`).
#[inline]
fn tail(rest: &[u8]) -> u64 {
    let mut w = 0u64;
    let mut at = 0;
    if let Some(four) = rest.get(..4) {
        w = u64::from(u32::from_le_bytes([four[0], four[1], four[2], four[3]]));
        at = 4;
    }
    if let Some(two) = rest.get(at..at + 2) {
        w |= u64::from(u16::from_le_bytes([two[0], two[1]])) << (8 * at);
        at += 2;
    }
    if let Some(&one) = rest.get(at) {
        w |= u64::from(one) << (8 * at);
    }
    w
}

impl BuildHasher for Fx {
    type Hasher = WordHasher;
    #[inline]
    fn build_hasher(&self) -> WordHasher {
        WordHasher(0)
    }
}

impl Hasher for WordHasher {
    #[inline]
    fn write(&mut self, bytes: &[u8]) {
        let mut chunks = bytes.chunks_exact(8);
        for c in &mut chunks {
            let mut w = [0u8; 8];
            w.copy_from_slice(c);
            self.add(u64::from_le_bytes(w));
        }
        let rest = chunks.remainder();
        if !rest.is_empty() {
            // The length keeps "ab" and "ab\0" apart.
            self.add(tail(rest) ^ ((rest.len() as u64) << 59));
        }
    }

    #[inline]
    fn write_u8(&mut self, b: u8) {
        self.add(u64::from(b));
    }

    #[inline]
    fn write_u32(&mut self, n: u32) {
        self.add(u64::from(n));
    }

    #[inline]
    fn write_u64(&mut self, n: u64) {
        self.add(n);
    }

    #[inline]
    fn write_usize(&mut self, n: usize) {
        self.add(n as u64);
    }

    #[inline]
    fn finish(&self) -> u64 {
        // The table takes its bucket from the low bits, which a
        // multiplication mixes least: the high half of a full product
        // folded onto the low one gives every bit a say.
        let p = u128::from(self.0) * u128::from(FOLD);
        (p as u64) ^ ((p >> 64) as u64)
    }
}

/// Up to eight bytes as one little-endian word (the rest zero), read in
/// pieces of eight, four, two and one: a copy of variable length would
/// call `memcpy`.
#[inline(always)]
pub(crate) fn le_bits(bytes: &[u8]) -> u64 {
    if let Some(eight) = bytes.first_chunk::<8>() {
        return u64::from_le_bytes(*eight);
    }
    let mut w = 0u64;
    let mut at = 0;
    if let Some(four) = bytes.first_chunk::<4>() {
        w = u64::from(u32::from_le_bytes(*four));
        at = 4;
    }
    if let Some(two) = bytes.get(at..).and_then(<[u8]>::first_chunk::<2>) {
        w |= u64::from(u16::from_le_bytes(*two)) << (8 * at);
        at += 2;
    }
    if let Some(&one) = bytes.get(at) {
        w |= u64::from(one) << (8 * at);
    }
    w
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashSet;

    #[test]
    fn words_spread_over_buckets() {
        let words: Vec<String> = (0..4096).map(|n| format!("wort{n}")).collect();
        let low: HashSet<u64> = words
            .iter()
            .map(|w| Fx.hash_one(w.as_str()) & 0xfff)
            .collect();
        // 4096 keys over 4096 buckets: a fair hash fills about 63 %.
        assert!(low.len() > 2300, "{}", low.len());
        assert_ne!(Fx.hash_one("ab"), Fx.hash_one("ab\0"));
        assert_eq!(tail(b"abcdefg"), u64::from_le_bytes(*b"abcdefg\0"));
        assert_eq!(tail(b"abc"), u64::from_le_bytes(*b"abc\0\0\0\0\0"));
    }
}
