//! The keyword walk: one pass over the tokens classifies each distinct word
//! once and records word slots; a second pass over the slots forms
//! candidates (nouns, compounds, adjective phrases, names, known terms),
//! then candidates are grouped by key, linked (acronyms, surnames), given
//! evidence from compounds and phrases, and scored.

use std::collections::HashMap;

use super::table::{Found, SurfaceTable};
use super::words::{
    WORDS, adjective_ending, lowercase, noun_suffix, participle_base, relational_base, stem,
    strong_ending,
};
use super::{Keyword, KeywordExtractor, KnownTerm};
use crate::hash::Fx;
use crate::lexicon::LEXICON;
use crate::{Sentence, Span, Token, TokenKind};

const NONE: u32 = u32::MAX;

// Facts about one distinct surface word, decided once per document.
/// A stopword or function word (by surface).
const STOP: u16 = 1;
/// A press stopword, a user stopword or a non-classifying adjective (by key).
const PRESS: u16 = 1 << 1;
/// The first character is uppercase.
const CAP: u16 = 1 << 2;
/// Some character is uppercase.
const UPPER: u16 = 1 << 3;
/// Two or more uppercase letters: "OZG", "ZenDiS", "ITZBund".
const ACRONYM: u16 = 1 << 4;
/// A first name that is nothing else.
const FIRST_NAME: u16 = 1 << 5;
/// A role word ("Staatssekretärin", "govdigital-CEO").
const ROLE: u16 = 1 << 6;
/// Never a keyword: "84-jährige", "1990er", no letters.
const JUNK: u16 = 1 << 7;
/// Shaped like an inflected adjective and not a participle.
const ADJ: u16 = 1 << 8;
/// A relational adjective: "digitale", "öffentlichen", "kommunaler".
const REL: u16 = 1 << 9;
/// A suffix only nouns have: "-ung", "-heit", "-tät".
const NOUN_SUFFIX: u16 = 1 << 10;
/// A hyphenated word.
const HYPHEN: u16 = 1 << 11;
/// A genitive article or determiner ("des", "eines"), a stopword.
const GENITIVE_ARTICLE: u16 = 1 << 12;
/// One of [`CONTACT_MARKERS`] (in any case).
const CONTACT_MARKER: u16 = 1 << 13;
/// One of [`CONTACT_LINES`].
const CONTACT_LINE: u16 = 1 << 14;
/// One of [`TAGLINE_MARKERS`].
const TAGLINE_MARKER: u16 = 1 << 15;

// Slot flags.
/// The first word of a sentence (or after a colon).
const INITIAL: u8 = 1;
/// A hashtag: `#OZG`.
const HASHTAG: u8 = 1 << 1;
/// In an editor's keyword line ("Stichwörter: …").
const TAGLINE: u8 = 1 << 2;
/// After a genitive article ("des Bundes").
const GENITIVE: u8 = 1 << 3;
/// An adjective phrase in a nominative context ("ein digitaler Bauantrag").
const NOMINATIVE: u8 = 1 << 4;

#[derive(Clone, Copy)]
struct WordInfo {
    key: u32,
    flags: u16,
    /// The word cache's entry of the word.
    entry: u32,
}

/// A word of the document as the scan needs it (see [`Doc::local_word`]).
#[derive(Clone, Copy)]
struct LocalWord {
    /// The document's index of the word.
    word: u32,
    /// The document's index of its key.
    key: u32,
    /// Its [`WordInfo::flags`].
    flags: u16,
}

#[derive(Clone, Copy, Default)]
struct KeyInfo {
    /// The key's index in the word cache.
    gkey: u32,
    /// Documents of the background model with this key.
    df: u32,
    /// Seen capitalised inside a sentence (a noun).
    cap_mid: bool,
    /// Seen all in lowercase.
    lower: bool,
    /// The single-word group with this key, or `NONE`.
    group: u32,
    /// Word slots with this key in the document.
    count: u32,
}

#[derive(Clone, Copy)]
struct Slot {
    tok: u32,
    word: u32,
    /// The word's key and flags, copied from [`Doc::words`]: the passes
    /// over the slots read them for nearly every slot.
    key: u32,
    sentence: u32,
    chunk: u32,
    /// The word's [`WordInfo::flags`].
    wflags: u16,
    flags: u8,
    /// The word's byte length, 63 for 63 or more (a hashtag's without its
    /// `#`): its bit in [`Doc::brand_lens`].
    len: u8,
}

/// The role of a slot by (stopword or junk, no uppercase letter,
/// adjective), bit 0, 1 and 2 of the index, when these flags decide it
/// (see [`Doc::base_role`]).
const ROLE_OF: [Role; 8] = [
    Role::Noun, // capitalised
    Role::Skip, // stopword
    Role::Skip, // lowercase, no adjective
    Role::Skip,
    Role::Noun, // capitalised adjective (before a noun it may become one)
    Role::Skip,
    Role::Adj, // lowercase adjective
    Role::Skip,
];

#[derive(Clone, Copy, PartialEq, Eq)]
#[repr(u8)]
enum Role {
    Skip,
    Noun,
    Adj,
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Kind {
    /// One word (noun, compound, acronym, brand).
    Word,
    /// Adjective + noun.
    Phrase,
    /// Several nouns that form a name ("Open Source").
    Name,
    /// First name(s) + surname.
    Person,
    /// A term handed in by the caller.
    Known,
}

struct Group {
    words: [u32; 4],
    len: u8,
    kind: Kind,
    known: u32,
    evidence: f32,
    related: f32,
}

struct Occ {
    group: u32,
    /// The word of the candidate's last slot (its head), or `NONE`.
    head: u32,
    /// The token of the candidate's last slot, or `NONE`.
    tok: u32,
    span: Span,
    sentence: u32,
    /// How natural this occurrence is as the display form.
    nat: f32,
    flags: u8,
}

/// Everything one extraction builds.
struct Doc<'t, 'x, 'c> {
    ex: &'x KeywordExtractor,
    cache: &'c mut WordCache,
    text: &'t str,
    tokens: &'x [Token<'t>],
    words: Vec<WordInfo>,
    keys: Vec<KeyInfo>,
    slots: Vec<Slot>,
    /// Lowercase labels of the document's web and e-mail domains and
    /// hashtags: lowercase words spelled so are names ("govdigital").
    brands: Vec<String>,
    /// The byte lengths of the brands, as bits (bit 63 for 63 or more):
    /// most words are ruled out by their length alone.
    brand_lens: u64,
    groups: Vec<Group>,
    multi: HashMap<[u32; 4], u32, Fx>,
    occs: Vec<Occ>,
    /// The role of each slot (made by [`candidates`](Self::candidates)).
    roles: Vec<Role>,
    /// The slots that may start a candidate (made by
    /// [`candidates`](Self::candidates)).
    live: Vec<u32>,
    /// How often each adjacent pair of keys occurs as a possible name or
    /// phrase (made by [`candidates`](Self::candidates)).
    pairs: HashMap<(u32, u32), u32, Fx>,
    /// (acronym group, long-form group) from "Long form (ACR)".
    acronym_links: Vec<(u32, u32)>,
    /// Position weight of each sentence (1 for a title, less further on).
    sentence_weight: Vec<f32>,
    /// Sentences that are titles or keyword lines.
    title: Vec<bool>,
    prose_sentences: usize,
    /// The buffers of [`finish`](Self::finish).
    scratch: Scratch,
}

/// Words that open a contact block ("Pressekontakt:"), lowercase.
const CONTACT_MARKERS: &[&str] = &[
    "ansprechpartner",
    "ansprechpartnerin",
    "herausgeber",
    "impressum",
    "kontakt",
    "kontaktdaten",
    "medienkontakt",
    "presseanfragen",
    "pressekontakt",
    "pressestelle",
    "rückfragen",
    "rückfragehinweis",
];

/// Words that open a line of contact data ("Tel.: …"), lowercase.
const CONTACT_LINES: &[&str] = &[
    "e-mail", "email", "fax", "internet", "mail", "mobil", "tel", "tel.", "telefax", "telefon",
    "web",
];

/// Words that open an editor's keyword line ("Stichwörter: …"), lowercase.
const TAGLINE_MARKERS: &[&str] = &[
    "keywords",
    "schlagworte",
    "schlagwörter",
    "schlüsselwörter",
    "stichworte",
    "stichwörter",
    "tags",
    "themen",
];

/// Genitive articles and determiners.
const GENITIVE_WORDS: &[&str] = &[
    "des", "eines", "dieses", "jedes", "seines", "ihres", "unseres", "keines",
];

impl<'t, 'x, 'c> Doc<'t, 'x, 'c> {
    fn new(
        ex: &'x KeywordExtractor,
        cache: &'c mut WordCache,
        text: &'t str,
        tokens: &'x [Token<'t>],
    ) -> Doc<'t, 'x, 'c> {
        let n = tokens.len();
        // the tables of the thread's previous document, empty
        let mut b = std::mem::take(&mut cache.buffers);
        b.words.reserve((n / 3).min(1 << 16));
        b.slots.reserve(n * 2 / 3);
        b.occs.reserve(n / 4);
        Doc {
            ex,
            cache,
            text,
            tokens,
            words: b.words,
            keys: b.keys,
            slots: b.slots,
            brands: Vec::new(),
            brand_lens: 0,
            groups: b.groups,
            multi: b.multi,
            occs: b.occs,
            roles: b.roles,
            live: b.live,
            pairs: b.pairs,
            acronym_links: Vec::new(),
            sentence_weight: b.sentence_weight,
            title: b.title,
            prose_sentences: 0,
            scratch: b.scratch,
        }
    }

    /// Hands the document's tables, emptied, to the word cache for the
    /// thread's next document, unless the document was large: kept memory
    /// stays bounded by [`KEPT_TABLES_TOKENS`].
    fn recycle(&mut self) {
        if self.tokens.len() > KEPT_TABLES_TOKENS {
            return;
        }
        let mut b = Buffers {
            words: std::mem::take(&mut self.words),
            keys: std::mem::take(&mut self.keys),
            slots: std::mem::take(&mut self.slots),
            groups: std::mem::take(&mut self.groups),
            multi: std::mem::take(&mut self.multi),
            occs: std::mem::take(&mut self.occs),
            roles: std::mem::take(&mut self.roles),
            live: std::mem::take(&mut self.live),
            pairs: std::mem::take(&mut self.pairs),
            sentence_weight: std::mem::take(&mut self.sentence_weight),
            title: std::mem::take(&mut self.title),
            scratch: std::mem::take(&mut self.scratch),
        };
        b.words.clear();
        b.keys.clear();
        b.slots.clear();
        b.groups.clear();
        b.multi.clear();
        b.occs.clear();
        b.roles.clear();
        b.pairs.clear();
        self.cache.buffers = b;
    }

    /// The document's word of a word the cache has found: its index, key
    /// index and flags. The bucket holds the document's index of the word
    /// from the word's first sight in some document; the document's own
    /// table of words tells whether it is this one's (the word there has
    /// the entry), so that no table is emptied between documents.
    #[inline(always)]
    fn local_word(&mut self, found: Found) -> LocalWord {
        // an index from an earlier document may lie past this one's words:
        // it is brought into range rather than branched on (one branch, on
        // the entry, decides), as a word with the entry is the word anyway
        let at = (found.local as usize).min(self.words.len().saturating_sub(1));
        if let Some(w) = self.words.get(at)
            && w.entry == found.entry
        {
            return LocalWord {
                word: at as u32,
                key: w.key,
                flags: found.tag,
            };
        }
        self.new_local_word(found)
    }

    /// [`local_word`](Self::local_word) for the first sight of a word in
    /// the document (inline: most of a release's words occur once, and a
    /// call's saving and restoring of registers cost about as much as the
    /// rest).
    #[inline(always)]
    fn new_local_word(&mut self, found: Found) -> LocalWord {
        let w = self.words.len() as u32;
        let key = self.local_key(found.value);
        self.words.push(WordInfo {
            key,
            flags: found.tag,
            entry: found.entry,
        });
        self.cache.words.set_local(found.at, w);
        LocalWord {
            word: w,
            key,
            flags: found.tag,
        }
    }

    /// The document's index of a key of the word cache (checked as words
    /// are in [`local_word`](Self::local_word)).
    fn local_key(&mut self, gkey: u32) -> u32 {
        if let Some(id) = self.known_local_key(gkey) {
            return id;
        }
        let id = self.keys.len() as u32;
        let Some(slot) = self.cache.key_slots.get_mut(gkey as usize) else {
            return NONE;
        };
        slot.local = id;
        let df = slot.df;
        self.keys.push(KeyInfo {
            gkey,
            df,
            group: NONE,
            ..KeyInfo::default()
        });
        id
    }

    /// The document's index of a key of the word cache, if the document has it.
    #[inline(always)]
    fn known_local_key(&self, gkey: u32) -> Option<u32> {
        // (brought into range as in `local_word`)
        let id = self.cache.key_slots.get(gkey as usize)?.local as usize;
        let id = id.min(self.keys.len().saturating_sub(1));
        let k = self.keys.get(id)?;
        (k.gkey == gkey).then_some(id as u32)
    }

    /// The key string of a document key index.
    fn key_str(&self, id: u32) -> &str {
        &self.cache_key(id).key
    }

    /// The word cache's key of a document key index.
    fn cache_key(&self, id: u32) -> &CacheKey {
        &self.cache.keys[self.keys[id as usize].gkey as usize]
    }

    /// Pass 1: one walk over the tokens, sentence by sentence.
    fn scan(&mut self, sentences: &[Sentence], known: &[KnownTerm]) {
        let text = self.text;
        let bytes = text.as_bytes();
        let tokens = self.tokens;
        // known spans sorted by start, each with its term
        let mut known_spans: Vec<(Span, u32)> = known
            .iter()
            .enumerate()
            .flat_map(|(i, k)| k.spans.iter().map(move |s| (*s, i as u32)))
            .filter(|(s, _)| !s.is_empty() && s.slice(text).is_some())
            .collect();
        known_spans.sort_unstable_by_key(|(s, _)| (s.start, std::cmp::Reverse(s.end)));
        let known_groups: Vec<u32> = known
            .iter()
            .enumerate()
            .map(|(i, k)| self.known_group(i, k))
            .collect();
        let mut kc = 0usize;
        let mut known_open = false;

        let mut chunk = 0u32;
        let mut prev_end = 0usize;
        let mut block_excluded = false;
        let mut line_excluded = false;
        let mut tagline = false;
        filled(&mut self.sentence_weight, sentences.len(), 0.0);
        filled(&mut self.title, sentences.len(), false);

        // where the next known span starts: the tokens before it need not
        // look at the known spans
        let mut known_next = known_spans.first().map_or(usize::MAX, |(s, _)| s.start);

        for (si, sentence) in sentences.iter().enumerate() {
            let mut initial = true;
            let mut prev_genitive = false;
            // the sentence's tokens as a slice (walked without a bounds
            // check per token); a range past the end stops at the end
            let first = sentence.tokens.start;
            let toks = tokens
                .get(first..sentence.tokens.end.min(tokens.len()))
                .unwrap_or_default();
            for (ti, t) in (first..).zip(toks) {
                // line breaks before the token (most gaps are one space or none)
                let gap = bytes.get(prev_end..t.span.start).unwrap_or_default();
                let breaks = if gap.len() <= 2 {
                    // counted without a branch on the gap's bytes
                    usize::from(gap.first().copied().unwrap_or(0) == b'\n')
                        + usize::from(gap.get(1).copied().unwrap_or(0) == b'\n')
                } else {
                    gap.iter().filter(|&&b| b == b'\n').count()
                };
                let line_start = ti == 0 || breaks > 0;
                prev_end = t.span.end;
                // the word cache's bucket of a word that opens a line: its
                // flags tell the words that open contact blocks and lines
                let mut line_word = NONE;
                if line_start {
                    line_excluded = false;
                    if breaks >= 2 {
                        block_excluded = false;
                        tagline = false;
                    }
                    if t.kind == TokenKind::Word || t.kind == TokenKind::Abbreviation {
                        line_word = self.cache.position_of(self.ex, bytes, t);
                        let f = self.cache.words.found(line_word).tag;
                        if f & CONTACT_MARKER != 0 && line_is_short(text, tokens, ti) {
                            block_excluded = true;
                        } else if f & CONTACT_LINE != 0 {
                            line_excluded = true;
                        } else if f & TAGLINE_MARKER != 0
                            && tokens.get(ti + 1).is_some_and(|n| n.text == ":")
                        {
                            tagline = true;
                            chunk += 1;
                            continue;
                        }
                    }
                }
                if block_excluded || line_excluded {
                    chunk += 1;
                    continue;
                }
                if tagline {
                    self.title[si] = true;
                }
                // spans of known terms: one occurrence each, no slots inside
                if t.span.start >= known_next {
                    while kc < known_spans.len() && known_spans[kc].0.end <= t.span.start {
                        kc += 1;
                        known_open = false;
                    }
                    known_next = known_spans.get(kc).map_or(usize::MAX, |(s, _)| s.start);
                }
                if t.span.start >= known_next
                    && let Some(&(span, term)) = known_spans.get(kc)
                {
                    if !known_open {
                        known_open = true;
                        self.occs.push(Occ {
                            group: known_groups[term as usize],
                            head: NONE,
                            tok: NONE,
                            span,
                            sentence: si as u32,
                            nat: 1.0,
                            flags: if tagline { TAGLINE } else { 0 },
                        });
                    }
                    chunk += 1;
                    initial = false;
                    continue;
                }
                match t.kind {
                    TokenKind::Word if !t.is_truncated() => {
                        // (one position, not a bucket's fields, to carry
                        // from either look-up)
                        let at = if line_word == NONE {
                            self.cache.position_of(self.ex, bytes, t)
                        } else {
                            line_word
                        };
                        let found = self.cache.words.found(at);
                        let LocalWord {
                            word: w,
                            key,
                            flags: wf,
                        } = self.local_word(found);
                        if let Some(k) = self.keys.get_mut(key as usize) {
                            k.count += 1;
                            // or-ed in, not branched on: the case of the
                            // next word is anyone's guess
                            k.lower |= wf & UPPER == 0;
                            k.cap_mid |=
                                (wf & UPPER != 0) & (wf & CAP != 0) & !initial & (wf & STOP == 0);
                        }
                        let mut flags = if initial { INITIAL } else { 0 };
                        if tagline {
                            flags |= TAGLINE;
                        }
                        if prev_genitive {
                            flags |= GENITIVE;
                        }
                        prev_genitive =
                            wf & GENITIVE_ARTICLE != 0 || (wf & ADJ != 0 && prev_genitive);
                        self.slots.push(Slot {
                            tok: ti as u32,
                            word: w,
                            key,
                            sentence: si as u32,
                            chunk,
                            wflags: wf,
                            flags,
                            len: t.text.len().min(63) as u8,
                        });
                        initial = false;
                        continue;
                    }
                    TokenKind::Hashtag => {
                        let tag = t.text.get(1..).unwrap_or("");
                        if !tag.is_empty() {
                            let found = self.cache.entry(self.ex, tag);
                            let LocalWord {
                                word: w,
                                key,
                                flags: wf,
                            } = self.local_word(found);
                            chunk += 1;
                            self.slots.push(Slot {
                                tok: ti as u32,
                                word: w,
                                key,
                                sentence: si as u32,
                                chunk,
                                wflags: wf,
                                flags: HASHTAG,
                                len: tag.len().min(63) as u8,
                            });
                            if tag.len() >= 4 {
                                self.brands.push(lowercase(tag).into_owned());
                            }
                        }
                    }
                    TokenKind::Url | TokenKind::Email => self.add_domain_labels(t.text),
                    TokenKind::Punct if t.text == ":" => initial = true,
                    _ => {}
                }
                prev_genitive = false;
                chunk += 1;
            }
            chunk += 1;
        }
        self.brands.sort_unstable();
        self.brands.dedup();
        self.brand_lens = self.brands.iter().fold(0, |m, b| m | length_bit(b));
        self.weigh_sentences(sentences);
    }

    /// The group of a known term (created on first sight).
    fn known_group(&mut self, index: usize, term: &KnownTerm) -> u32 {
        let mut ids = Vec::new();
        for word in term
            .name
            .split(crate::token::is_separator)
            .filter(|w| !w.is_empty())
        {
            let gkey = self.cache.entry(self.ex, word).value;
            ids.push(self.local_key(gkey));
        }
        let g = if ids.len() <= 4 && !ids.is_empty() {
            let len = ids.len();
            let mut words = [NONE; 4];
            words[..len].copy_from_slice(&ids);
            self.group(words, len, Kind::Known)
        } else {
            self.groups.push(Group {
                words: [NONE; 4],
                len: 0,
                kind: Kind::Known,
                known: NONE,
                evidence: 0.0,
                related: 0.0,
            });
            (self.groups.len() - 1) as u32
        };
        // several known terms may share a key; the first one names the group
        if self.groups[g as usize].known == NONE {
            self.groups[g as usize].kind = Kind::Known;
            self.groups[g as usize].known = index as u32;
        }
        g
    }

    fn add_domain_labels(&mut self, url: &str) {
        let rest = url.split_once("://").map_or(url, |(_, r)| r);
        let rest = rest.rsplit_once('@').map_or(rest, |(_, r)| r);
        let host = rest.split(['/', '?', '#', ':']).next().unwrap_or("");
        for label in host.split('.') {
            let lower = label.to_ascii_lowercase();
            // duplicates go with the sort and dedup after the scan: a
            // search here would cost the number of labels for each address
            if lower.len() >= 4 && lower != "www" && !LEXICON.is_tld(&lower) {
                self.brands.push(lower);
            }
        }
    }

    /// Titles (lines before the first prose sentence), the lead and the rest.
    fn weigh_sentences(&mut self, sentences: &[Sentence]) {
        let tokens = self.tokens;
        let bytes = self.text.as_bytes();
        let mut in_head = true;
        let mut prose = 0usize;
        for (si, s) in sentences.iter().enumerate() {
            // Sentences that do not fit the tokens (a caller's mistake) weigh
            // nothing rather than panic.
            let toks = tokens.get(s.tokens.clone()).unwrap_or(&[]);
            let Some(last) = toks.last() else { continue };
            // looked at only for the first sentences (most are prose)
            let ends_line = || {
                tokens.get(s.tokens.end).is_none_or(|next| {
                    bytes
                        .get(last.span.end..next.span.start)
                        .is_some_and(|gap| gap.contains(&b'\n'))
                })
            };
            let terminal = || {
                last.kind == TokenKind::Punct && matches!(last.text, "." | "!" | "?")
                    || matches!(last.kind, TokenKind::CloseQuote | TokenKind::Ellipsis)
            };
            if self.title[si] {
                self.sentence_weight[si] = 1.0;
                continue;
            }
            if in_head && si < 8 && toks.len() <= 30 && ends_line() && !terminal() {
                // a dateline rather than a title: looked at only here, so
                // that the tokens of prose sentences are not walked again
                let meta = toks.iter().any(|t| {
                    matches!(
                        t.kind,
                        TokenKind::Date | TokenKind::Ordinal | TokenKind::Url
                    ) || t.kind == TokenKind::Word && LEXICON.month(t.text).is_some()
                });
                if meta {
                    self.sentence_weight[si] = 0.5;
                } else {
                    self.title[si] = true;
                    self.sentence_weight[si] = 1.0;
                }
                continue;
            }
            in_head = false;
            self.sentence_weight[si] = match prose {
                0 => 0.9,
                1 => 0.75,
                k => 0.3 + 0.45 / (1.0 + 0.2 * (k as f32 - 1.0)),
            };
            prose += 1;
        }
        self.prose_sentences = prose;
    }

    /// The group with these key ids, created on first sight.
    fn group(&mut self, words: [u32; 4], len: usize, kind: Kind) -> u32 {
        if len == 1 {
            let g = self.keys[words[0] as usize].group;
            if g != NONE {
                return g;
            }
        } else if let Some(&g) = self.multi.get(&words) {
            return g;
        }
        let g = self.groups.len() as u32;
        self.groups.push(Group {
            words,
            len: len as u8,
            kind,
            known: NONE,
            evidence: 0.0,
            related: 0.0,
        });
        if len == 1 {
            self.keys[words[0] as usize].group = g;
        } else {
            self.multi.insert(words, g);
        }
        g
    }

    fn adjacent(&self, a: usize, b: usize) -> bool {
        slots_adjacent(&self.slots[a], &self.slots[b])
    }

    /// The key and flags of a slot's word.
    #[inline]
    fn info(&self, slot: usize) -> LocalWord {
        let s = self.slots[slot];
        LocalWord {
            word: s.word,
            key: s.key,
            flags: s.wflags,
        }
    }

    fn key_info(&self, slot: usize) -> KeyInfo {
        self.keys[self.info(slot).key as usize]
    }

    fn is_brand(&self, s: &Slot) -> bool {
        let text = self.tokens[s.tok as usize].text;
        let text = if s.flags & HASHTAG != 0 {
            text.get(1..).unwrap_or("")
        } else {
            text
        };
        text.len() >= 4
            && self.brand_lens & length_bit(text) != 0
            && self
                .brands
                .binary_search_by(|b| b.as_str().cmp(text))
                .is_ok()
    }

    /// The role of a slot before its neighbours are considered: read from
    /// [`ROLE_OF`] for the slots whose role their word's flags decide (all
    /// but lowercase words of a brand's length and capitalised words that
    /// open a sentence), so that the slots' mix of stopwords, nouns and
    /// adjectives costs no branch.
    #[inline]
    fn base_role(&self, s: &Slot) -> Role {
        let f = s.wflags;
        let stop = f & (STOP | JUNK | PRESS) != 0;
        let lower = f & UPPER == 0;
        // (a superset: full_role tests the length and the brand itself)
        let brand = lower & (self.brand_lens & (1 << s.len) != 0);
        let initial_cap = (s.flags & INITIAL != 0) & (f & CAP != 0) & (f & ACRONYM == 0) & !lower;
        if !stop & (brand | initial_cap) {
            return self.full_role(s);
        }
        ROLE_OF[usize::from(stop) | usize::from(lower) << 1 | usize::from(f & ADJ != 0) << 2]
    }

    /// [`base_role`](Self::base_role) with every test.
    #[inline(never)]
    fn full_role(&self, s: &Slot) -> Role {
        let f = s.wflags;
        if f & (STOP | JUNK | PRESS) != 0 {
            return Role::Skip;
        }
        if f & UPPER == 0 {
            return if self.is_brand(s) {
                Role::Noun
            } else if f & ADJ != 0 {
                Role::Adj
            } else {
                Role::Skip
            };
        }
        if s.flags & INITIAL != 0 && f & CAP != 0 && f & ACRONYM == 0 {
            let k = self.keys[s.key as usize];
            if k.cap_mid || (!k.lower && (k.df > 0 || f & NOUN_SUFFIX != 0)) {
                return Role::Noun;
            }
            return if f & ADJ != 0 && (f & REL != 0 || k.lower) {
                Role::Adj
            } else {
                Role::Skip
            };
        }
        Role::Noun
    }

    /// Pass 2: candidates from the slots.
    fn candidates(&mut self) {
        let n = self.slots.len();
        // the tables of the thread's previous document, emptied
        let mut roles = std::mem::take(&mut self.roles);
        let mut pairs = std::mem::take(&mut self.pairs);
        roles.clear();
        pairs.clear();
        roles.extend(self.slots.iter().map(|s| self.base_role(s)));
        // (the two passes below walk the slots and roles in pairs, as
        // slices, without a bounds check per slot)
        // capitalised adjectives before a noun: "Digitale Souveränität",
        // "Deutschen Verwaltungscloud"
        for (i, w) in self.slots.windows(2).enumerate() {
            let (Some(&[ra, rb]), [a, b]) = (roles.get(i..i + 2), w) else {
                continue;
            };
            // every test but the key's as bits that are all 0 when it
            // passes: one branch
            let f = a.wflags;
            let miss = apart(a, b)
                | u32::from(ra as u8 ^ Role::Noun as u8)
                | u32::from(rb as u8 ^ Role::Noun as u8)
                | u32::from((f & (ADJ | ACRONYM | HYPHEN | FIRST_NAME)) ^ ADJ);
            if miss == 0 && (f & REL != 0 || self.keys[a.key as usize].lower) {
                roles[i] = Role::Adj;
            }
        }
        // adjacent pairs seen twice or more make names and phrases
        for (w, r) in self.slots.windows(2).zip(roles.windows(2)) {
            if let ([a, b], [ra, rb]) = (w, r)
                && apart(a, b)
                    | u32::from(SKIP_BIT[*ra as usize])
                    | u32::from(*rb as u8 ^ Role::Noun as u8)
                    == 0
            {
                let count = pairs.entry((a.key, b.key)).or_insert(0);
                *count = count.saturating_add(1);
            }
        }
        let pair_count = |d: &Doc<'_, '_, '_>, a: usize, b: usize| -> u32 {
            pairs
                .get(&(d.info(a).key, d.info(b).key))
                .copied()
                .unwrap_or(0)
        };

        // the slots a candidate may start at: all but skipped words outside
        // keyword lines, gathered with a store and an add per slot (not a
        // branch on its role), so that the walk below steps over the
        // skipped words without a branch on each
        let mut live = std::mem::take(&mut self.live);
        live.clear();
        live.resize(n, 0);
        let mut m = 0;
        for (k, (s, r)) in self.slots.iter().zip(&roles).enumerate() {
            if let Some(at) = live.get_mut(m) {
                *at = k as u32;
            }
            m += usize::from((*r != Role::Skip) | (s.flags & TAGLINE != 0));
        }
        live.truncate(m);

        // the next slot not yet part of a candidate
        let mut i = 0;
        for &k in &live {
            if (k as usize) < i {
                continue;
            }
            i = k as usize;
            let s = self.slots[i];
            // an editor's keyword line: each item is one candidate
            if s.flags & TAGLINE != 0 {
                let mut j = i;
                while j + 1 < n && self.adjacent(j, j + 1) && j + 1 - i < 4 {
                    j += 1;
                }
                if (i..=j).all(|k| self.info(k).flags & (STOP | JUNK) == 0)
                    && !(i == j && roles[i] == Role::Skip)
                {
                    self.emit(i, j, Kind::Name, 0.5);
                }
                i = j + 1;
                continue;
            }
            match roles[i] {
                Role::Adj => {
                    if i + 1 < n && roles[i + 1] == Role::Noun && self.adjacent(i, i + 1) {
                        let info = self.info(i);
                        let capital_name = info.flags & CAP != 0 && s.flags & INITIAL == 0;
                        if info.flags & REL != 0 || capital_name || pair_count(self, i, i + 1) >= 2
                        {
                            let ending = self.adjective_ending_of(i);
                            // "-er"/"-es" is nominative only at the start or after "ein":
                            // "Genossenschaft öffentlicher IT-Dienstleister" is a genitive
                            // ("-es" is the strong neuter: "öffentliches Unternehmen")
                            let nominative = ending == "es"
                                || (ending == "er"
                                    && (s.flags & INITIAL != 0
                                        || self.after_indefinite_article(i)));
                            let mut nat = match ending {
                                "en" | "em" => 0.3,
                                "er" | "es" if !nominative => 0.5,
                                _ => 1.0,
                            };
                            if capital_name {
                                // the spelling inside a name: "für Digitale Souveränität"
                                nat *= 0.45;
                            }
                            if ending == "e" && self.after_definite_article(i) {
                                // the weak form: "der Deutsche Städtetag"
                                nat *= 0.6;
                            }
                            if self.slots[i].flags & GENITIVE != 0 {
                                nat *= 0.5;
                            }
                            self.emit(i, i + 1, Kind::Phrase, nat);
                            if nominative && let Some(o) = self.occs.last_mut() {
                                o.flags |= NOMINATIVE;
                            }
                            i += 2;
                            continue;
                        }
                    }
                    i += 1;
                }
                Role::Noun => {
                    let mut j = i;
                    while j + 1 < n
                        && roles[j + 1] == Role::Noun
                        && self.adjacent(j, j + 1)
                        && j + 1 - i < 4
                    {
                        j += 1;
                    }
                    self.noun_run(i, j, &|d, a, b| pair_count(d, a, b));
                    i = j + 1;
                }
                Role::Skip => i += 1,
            }
        }
        self.live = live;
        self.roles = roles;
        self.pairs = pairs;
    }

    fn after_definite_article(&self, slot: usize) -> bool {
        let t = self.slots[slot].tok as usize;
        t > 0
            && matches!(
                self.tokens[t - 1].text,
                "der" | "die" | "das" | "Der" | "Die" | "Das"
            )
    }

    fn after_indefinite_article(&self, slot: usize) -> bool {
        let t = self.slots[slot].tok as usize;
        t > 0
            && matches!(
                lowercase(self.tokens[t - 1].text).as_ref(),
                "ein" | "kein" | "mein" | "dein" | "sein" | "ihr" | "unser" | "euer"
            )
    }

    fn adjective_ending_of(&self, slot: usize) -> &'static str {
        let s = self.slots[slot];
        // a word slot's token is the word the cache holds in lowercase; a
        // hashtag's token has its `#` in front
        if s.flags & HASHTAG == 0
            && let Some(e) = self.words.get(s.word as usize).map(|w| w.entry)
        {
            return adjective_ending(&self.cache.entries[e as usize].lower).map_or("", |(_, e)| e);
        }
        let text = self.tokens[s.tok as usize].text;
        adjective_ending(&lowercase(text)).map_or("", |(_, e)| e)
    }

    /// A run of adjacent nouns `i..=j`: names, people, acronym long forms,
    /// or single nouns.
    fn noun_run(
        &mut self,
        i: usize,
        j: usize,
        pair_count: &dyn Fn(&Doc<'_, '_, '_>, usize, usize) -> u32,
    ) {
        // "Long Form (ACR)": the longest end of the run that the acronym spells
        if let Some(acr) = self.acronym_after(j) {
            for start in i..=j {
                if self.spells(acr, start, j) {
                    self.noun_run_plain(i, start, pair_count);
                    let long = self.emit(start, j, Kind::Name, 1.0);
                    let acr_group = self.single_group(acr);
                    self.acronym_links.push((acr_group, long));
                    return;
                }
            }
        }
        // "ACR (Long Form)"
        if let Some(acr) = self.acronym_before(i)
            && self.spells(acr, i, j)
        {
            let long = self.emit(i, j, Kind::Name, 1.0);
            let acr_group = self.single_group(acr);
            self.acronym_links.push((acr_group, long));
            return;
        }
        self.noun_run_plain(i, j + 1, pair_count);
    }

    /// Nouns `i..end` without acronym: people, repeated pairs, single nouns.
    fn noun_run_plain(
        &mut self,
        i: usize,
        end: usize,
        pair_count: &dyn Fn(&Doc<'_, '_, '_>, usize, usize) -> u32,
    ) {
        let mut k = i;
        while k < end {
            let f = self.info(k).flags;
            // first name(s) + surname
            if f & FIRST_NAME != 0 && k + 1 < end {
                let mut last = k + 1;
                while last + 1 < end && self.info(last).flags & FIRST_NAME != 0 {
                    last += 1;
                }
                if self.info(last).flags & CAP != 0 {
                    self.emit(k, last, Kind::Person, 1.0);
                    k = last + 1;
                    continue;
                }
            }
            if k + 1 < end && self.name_like(k, pair_count(self, k, k + 1)) {
                let mut last = k + 1;
                if last + 1 < end && pair_count(self, last, last + 1) >= 2 {
                    last += 1;
                }
                self.emit(k, last, Kind::Name, 1.0);
                k = last + 1;
                continue;
            }
            if f & FIRST_NAME == 0 {
                let s = self.slots[k];
                let mut nat = if s.flags & INITIAL != 0 { 0.8 } else { 1.0 };
                if s.flags & HASHTAG != 0 {
                    nat = 0.05;
                }
                if s.flags & GENITIVE != 0 {
                    nat *= 0.3;
                }
                self.emit(k, k, Kind::Word, nat);
            }
            k += 1;
        }
    }

    /// Whether a noun starts a multiword name with the next one, given how
    /// often the pair occurs: a pair seen twice or more whose first word is
    /// an acronym, or occurs mostly in this pair and is not shaped like a
    /// common noun ("Open Source", "ID Austria"; not "Stadt Wien",
    /// "Landkreis Ebersberg", "Technologie-Genossenschaft govdigital").
    fn name_like(&self, slot: usize, pair: u32) -> bool {
        let info = self.info(slot);
        let alone = self.key_info(slot).count;
        pair >= 2
            && (info.flags & ACRONYM != 0
                || (info.flags & (NOUN_SUFFIX | HYPHEN) == 0
                    && 5 * u64::from(pair) >= 3 * u64::from(alone)))
    }

    /// The slot of an acronym in "( ACR )" right after slot `j`.
    fn acronym_after(&self, j: usize) -> Option<usize> {
        let t = self.slots[j].tok as usize;
        let toks = self.tokens;
        if toks.get(t + 1)?.kind != TokenKind::OpenBracket
            || toks.get(t + 3)?.kind != TokenKind::CloseBracket
        {
            return None;
        }
        let next = j + 1;
        let s = self.slots.get(next)?;
        (s.tok as usize == t + 2 && self.info(next).flags & ACRONYM != 0).then_some(next)
    }

    /// The slot of an acronym in "ACR ( …" right before slot `i`, when the
    /// run `i..` is closed by ")".
    fn acronym_before(&self, i: usize) -> Option<usize> {
        let t = self.slots[i].tok as usize;
        if t < 2 || self.tokens[t - 1].kind != TokenKind::OpenBracket {
            return None;
        }
        let prev = i.checked_sub(1)?;
        let s = self.slots[prev];
        (s.tok as usize == t - 2 && self.info(prev).flags & ACRONYM != 0).then_some(prev)
    }

    /// Whether the acronym in slot `acr` spells the words of slots `i..=j`:
    /// same first letter, its letters in order in the long form.
    fn spells(&self, acr: usize, i: usize, j: usize) -> bool {
        let acronym: Vec<char> = self.tokens[self.slots[acr].tok as usize]
            .text
            .chars()
            .filter(|c| c.is_uppercase())
            .flat_map(char::to_lowercase)
            .collect();
        if acronym.len() < 2 || (j + 1 - i) > acronym.len() {
            return false;
        }
        let long: String = (i..=j)
            .map(|k| lowercase(self.tokens[self.slots[k].tok as usize].text).into_owned())
            .collect();
        let mut letters = long.chars().filter(|c| c.is_alphabetic());
        if letters.next() != Some(acronym[0]) {
            return false;
        }
        // every word's initial must be used, in order
        let initials: Vec<char> = (i..=j)
            .filter_map(|k| {
                self.tokens[self.slots[k].tok as usize]
                    .text
                    .chars()
                    .next()
                    .and_then(|c| c.to_lowercase().next())
            })
            .collect();
        let mut rest = acronym[1..].iter();
        for c in letters {
            if rest.as_slice().first() == Some(&c) {
                rest.next();
            }
        }
        rest.as_slice().is_empty() && initials.iter().all(|c| acronym.contains(c))
    }

    fn single_group(&mut self, slot: usize) -> u32 {
        let key = self.info(slot).key;
        self.group([key, NONE, NONE, NONE], 1, Kind::Word)
    }

    /// Records the candidate made of slots `i..=j`; returns its group.
    fn emit(&mut self, i: usize, j: usize, kind: Kind, nat: f32) -> u32 {
        let len = j + 1 - i;
        let mut words = [NONE; 4];
        for (n, k) in (i..=j).take(4).enumerate() {
            words[n] = self.info(k).key;
        }
        let g = self.group(words, len.min(4), kind);
        let (a, b) = (self.slots[i], self.slots[j]);
        let span = Span::new(
            self.tokens[a.tok as usize].span.start,
            self.tokens[b.tok as usize].span.end,
        );
        self.occs.push(Occ {
            group: g,
            head: b.word,
            tok: b.tok,
            span,
            sentence: a.sentence,
            nat,
            flags: a.flags | (b.flags & (HASHTAG | TAGLINE)),
        });
        g
    }
}

/// Per-thread memory of the words seen in earlier documents: flags and key
/// of each surface form, and each key's background frequency. Classifying
/// a word (lowercasing, stemming, list look-ups) costs far more than
/// finding it again, and an archive's documents share most of their words.
/// It belongs to one extractor at a time (its options decide the flags) and
/// is emptied when another one uses the thread or when it grows past a
/// limit.
pub(crate) struct WordCache {
    owner: u64,
    /// Surface → entry (the table numbers its words as `entries` does),
    /// with each word's key (the value) and flags (the tag).
    words: SurfaceTable,
    entries: Vec<CacheEntry>,
    keys: Vec<CacheKey>,
    /// What the scan reads of each key of `keys` (apart, densely packed).
    key_slots: Vec<KeySlot>,
    key_ids: HashMap<Box<str>, u32, Fx>,
    /// [`rarity`] of multiword keys (by the cache's key ids, padded with
    /// `NONE`) in the extractor's model, as [`Doc::phrase_rarity`] found it.
    phrases: HashMap<[u32; 4], f32, Fx>,
    /// The per-document tables, kept for the next document.
    buffers: Buffers,
}

/// The tables of one document that the next document on the thread reuses
/// (emptied), so that it does not allocate and grow them again.
#[derive(Default)]
struct Buffers {
    words: Vec<WordInfo>,
    keys: Vec<KeyInfo>,
    slots: Vec<Slot>,
    groups: Vec<Group>,
    multi: HashMap<[u32; 4], u32, Fx>,
    occs: Vec<Occ>,
    roles: Vec<Role>,
    live: Vec<u32>,
    pairs: HashMap<(u32, u32), u32, Fx>,
    sentence_weight: Vec<f32>,
    title: Vec<bool>,
    scratch: Scratch,
}

/// The buffers of [`Doc::finish`] and [`Doc::evidence`]: each document
/// empties and sizes them, and leaves them to the thread's next document
/// with its other tables, so that a document does not allocate them anew
/// (allocations were a good part of the stage's cost on short releases).
#[derive(Default)]
struct Scratch {
    /// The group each group was merged into.
    parent: Vec<u32>,
    /// Occurrences per group.
    count: Vec<u32>,
    /// Last word key → the one person group ending in it (`NONE`: several).
    surnames: HashMap<u32, u32, Fx>,
    stats: Vec<Stats>,
    evidence: Vec<f32>,
    related: Vec<f32>,
    /// The head word of each group's first occurrence with one.
    head_of: Vec<u32>,
    /// (group, score, first position) of the keywords.
    ranked: Vec<(u32, f32, usize)>,
    rank_of: Vec<u32>,
    /// Where each keyword's occurrences start in `members`, and the end.
    starts: Vec<usize>,
    fill: Vec<usize>,
    members: Vec<u32>,
    /// A multiword key being looked up in the model.
    key_buf: String,
    form: FormScratch,
    ev: EvidenceScratch,
}

/// The buffers of [`Doc::evidence`] (see [`Scratch`]).
#[derive(Default)]
struct EvidenceScratch {
    /// The lowercase forms of single nouns, one after another.
    arena: String,
    /// Each noun's range in `arena`, its group and its characters.
    ranges: Vec<(usize, usize, u32, u32)>,
    first_occ: Vec<u32>,
    /// (target, source, amount) of evidence.
    gains: Vec<(u32, u32, f32)>,
    lower_buf: String,
    tables: NounTables,
}

/// `v` emptied and filled with `n` copies of `x`.
fn filled<T: Clone>(v: &mut Vec<T>, n: usize, x: T) -> &mut Vec<T> {
    v.clear();
    v.resize(n, x);
    v
}

/// Documents of more tokens than this do not leave their tables to the
/// next document: a press release has a few thousand tokens, and a huge
/// input should not pin its memory to the thread.
const KEPT_TABLES_TOKENS: usize = 1 << 16;

struct CacheEntry {
    flags: u16,
    /// The surface form in lowercase.
    lower: Box<str>,
    /// The number of characters of `lower`.
    lower_chars: u32,
}

struct CacheKey {
    key: Box<str>,
    /// [`rarity`] of the key in the extractor's model.
    rarity: f32,
    /// The key has two characters or fewer (a word of that key weighs
    /// less; worked out once here, not for each document).
    short: bool,
}

/// What a document's first sight of a key reads of it.
#[derive(Clone, Copy)]
struct KeySlot {
    /// The document's index of the key, in the document that saw it last
    /// (the document's [`KeyInfo::gkey`] there tells whether it is this
    /// one).
    local: u32,
    /// Documents of the extractor's model with this key.
    df: u32,
}

impl WordCache {
    fn new(owner: u64) -> WordCache {
        WordCache {
            owner,
            words: SurfaceTable::default(),
            entries: Vec::new(),
            keys: Vec::new(),
            key_slots: Vec::new(),
            key_ids: HashMap::default(),
            phrases: HashMap::default(),
            buffers: Buffers::default(),
        }
    }
}

/// Words kept per thread before the cache starts afresh: 32,768 forms
/// cover the vocabulary of a release archive's common words, and keep the
/// cache to a few megabytes per thread however varied the archive (at
/// 1 << 18 a 210 MB archive of varied text pushed a two-thread run past
/// 200 MB of memory).
const CACHE_LIMIT: usize = 1 << 15;

thread_local! {
    static CACHE: std::cell::RefCell<WordCache> = std::cell::RefCell::new(WordCache::new(u64::MAX));
}

impl WordCache {
    /// Runs `f` with this thread's cache, prepared for `ex`.
    fn with<R>(ex: &KeywordExtractor, f: impl FnOnce(&mut WordCache) -> R) -> R {
        CACHE.with(|cell| match cell.try_borrow_mut() {
            Ok(mut cache) => {
                if cache.owner != ex.id || cache.words.len() > CACHE_LIMIT {
                    *cache = WordCache::new(ex.id);
                }
                let out = f(&mut cache);
                // a document of many new words takes the cache past its
                // limit (its words must stay while it is analysed): start
                // afresh now, not when the thread's next document comes
                if cache.words.len() > CACHE_LIMIT {
                    *cache = WordCache::new(ex.id);
                }
                out
            }
            // never nested in practice; a private cache keeps it correct anyway
            Err(_) => {
                let mut cache = WordCache::new(ex.id);
                f(&mut cache)
            }
        })
    }

    /// The entry of a surface form, classified on first sight.
    #[inline(always)]
    fn entry(&mut self, ex: &KeywordExtractor, surface: &str) -> Found {
        if let Some(found) = self.words.get(surface) {
            return found;
        }
        let at = self.insert(ex, surface);
        self.words.found(at)
    }

    /// The bucket's position ([`SurfaceTable::found`]) of the
    /// [`entry`](Self::entry) of a token of `text`, looked up from the
    /// bytes around it when the token is the text at its span (as every
    /// token of the tokenizer is).
    #[inline(always)]
    fn position_of(&mut self, ex: &KeywordExtractor, text: &[u8], t: &Token<'_>) -> u32 {
        let (start, end) = (t.span.start, t.span.end);
        let at = if std::ptr::eq(t.text.as_ptr(), text.as_ptr().wrapping_add(start))
            && t.text.len() == end.wrapping_sub(start)
        {
            self.words.position_within(text, start, end)
        } else {
            self.words.position(t.text)
        };
        match at {
            Some(at) => at,
            None => self.insert(ex, t.text),
        }
    }

    /// Classifies a surface form seen for the first time and records it
    /// (kept out of the common path of [`entry`](Self::entry)).
    #[cold]
    #[inline(never)]
    fn insert(&mut self, ex: &KeywordExtractor, surface: &str) -> u32 {
        let (flags, key, lower) = WordCache::classify(ex, surface);
        let gkey = match self.key_ids.get(key.as_str()) {
            Some(&id) => id,
            None => {
                let id = self.keys.len() as u32;
                let df = ex.model.document_frequency(&key);
                let key: Box<str> = key.into();
                self.keys.push(CacheKey {
                    key: key.clone(),
                    rarity: rarity(ex.model.documents() as f32, df),
                    short: key.chars().nth(2).is_none(),
                });
                self.key_slots.push(KeySlot { local: NONE, df });
                self.key_ids.insert(key, id);
                id
            }
        };
        let e = self.entries.len() as u32;
        self.entries.push(CacheEntry {
            flags,
            lower_chars: u32::try_from(lower.chars().count()).unwrap_or(u32::MAX),
            lower: lower.into(),
        });
        let found = self.words.insert(surface, gkey, flags);
        debug_assert_eq!(found.entry, e);
        found.at
    }

    fn classify(ex: &KeywordExtractor, surface: &str) -> (u16, String, String) {
        let lists = &*WORDS;
        let lower = lowercase(surface);
        let key_string = stem(&lower).into_owned();
        let mut flags = 0u16;
        let mut chars = surface.chars();
        let first = chars.next().unwrap_or(' ');
        let uppers = surface.chars().filter(|c| c.is_uppercase()).count();
        let letters = surface.chars().filter(|c| c.is_alphabetic()).count();
        if first.is_uppercase() {
            flags |= CAP;
        }
        if uppers > 0 {
            flags |= UPPER;
        }
        if uppers >= 2 && !surface.contains('-') {
            flags |= ACRONYM;
        }
        if surface.contains('-') {
            flags |= HYPHEN;
        }
        if letters == 0
            || (first.is_ascii_digit()
                && surface
                    .trim_start_matches(|c: char| c.is_ascii_digit() || c == '-' || c == '.')
                    .starts_with(char::is_lowercase))
            || (letters == 1 && uppers <= 1 && surface.chars().count() <= 2)
        {
            flags |= JUNK;
        }
        if lists.is_surface_stop(surface) {
            flags |= STOP;
            if surface.len() <= 7
                && GENITIVE_WORDS
                    .iter()
                    .any(|g| g.eq_ignore_ascii_case(surface))
            {
                flags |= GENITIVE_ARTICLE;
            }
        }
        if lists.press_stop_keys.contains(&key_string) || ex.stop_keys.contains(&key_string) {
            flags |= PRESS;
        }
        if LEXICON.month(surface).is_some() {
            flags |= PRESS;
        }
        let is = |list: &[&str]| list.iter().any(|m| m.eq_ignore_ascii_case(surface));
        if is(CONTACT_MARKERS) {
            flags |= CONTACT_MARKER;
        }
        if is(CONTACT_LINES) {
            flags |= CONTACT_LINE;
        }
        if is(TAGLINE_MARKERS) {
            flags |= TAGLINE_MARKER;
        }
        if flags & CAP != 0 && lists.is_first_name(surface) {
            flags |= FIRST_NAME;
        }
        if flags & UPPER != 0 && lists.is_role_key(&key_string) {
            flags |= ROLE;
        }
        if let Some((base_len, _)) = adjective_ending(&lower) {
            let base = &lower[..base_len];
            if !participle_base(base) && !base.contains('-') {
                flags |= ADJ;
                if relational_base(base) {
                    flags |= REL;
                }
            }
        }
        if noun_suffix(&lower) {
            flags |= NOUN_SUFFIX;
        }
        (flags, key_string, lower.into_owned())
    }
}

/// Whether slot `b` is the token right after slot `a`, in the same chunk
/// (no punctuation, known term or line break between them).
#[inline]
fn slots_adjacent(a: &Slot, b: &Slot) -> bool {
    b.tok == a.tok + 1 && b.chunk == a.chunk
}

/// 0 when slot `b` follows slot `a` directly, in one chunk; other bits
/// else ([`slots_adjacent`] as bits, to be or-ed with other tests into
/// one branch).
#[inline(always)]
fn apart(a: &Slot, b: &Slot) -> u32 {
    (b.tok ^ a.tok.wrapping_add(1)) | (b.chunk ^ a.chunk)
}

/// 1 for [`Role::Skip`], 0 for the others (by discriminant).
const SKIP_BIT: [u8; 3] = [1, 0, 0];

/// The bit of a word's byte length in a set of lengths (see
/// [`Doc::brand_lens`]).
fn length_bit(word: &str) -> u64 {
    1 << word.len().min(63)
}

/// Whether the line starting at token `ti` is a short heading
/// ("Pressekontakt:", "Rückfragen bitte an:").
fn line_is_short(text: &str, tokens: &[Token<'_>], ti: usize) -> bool {
    let bytes = text.as_bytes();
    for k in ti..(ti + 6).min(tokens.len()) {
        let t = &tokens[k];
        if t.text == ":" {
            return true;
        }
        let next_start = tokens.get(k + 1).map_or(text.len(), |n| n.span.start);
        if bytes
            .get(t.span.end..next_start)
            .is_some_and(|gap| gap.contains(&b'\n'))
            || k + 1 == tokens.len()
        {
            return k - ti <= 3;
        }
    }
    false
}

/// Extracts the ranked keywords of one document.
pub(crate) fn extract(
    ex: &KeywordExtractor,
    text: &str,
    tokens: &[Token<'_>],
    sentences: &[Sentence],
    known: &[KnownTerm],
) -> Vec<Keyword> {
    WordCache::with(ex, |cache| {
        let mut doc = Doc::new(ex, cache, text, tokens);
        doc.scan(sentences, known);
        doc.candidates();
        let found = doc.finish(known);
        doc.recycle();
        found
    })
}

/// The keys a document contributes to a background model: every candidate
/// and every word or sub-phrase inside a multiword candidate.
pub(crate) fn document_keys(
    ex: &KeywordExtractor,
    text: &str,
    tokens: &[Token<'_>],
    sentences: &[Sentence],
) -> Vec<String> {
    WordCache::with(ex, |cache| {
        let mut doc = Doc::new(ex, cache, text, tokens);
        doc.scan(sentences, &[]);
        doc.candidates();
        let mut keys = Vec::new();
        for g in &doc.groups {
            let len = g.len as usize;
            for a in 0..len {
                for b in a + 1..=len {
                    if b - a == 1 && len > 1 && g.kind == Kind::Phrase && a == 0 {
                        continue; // the adjective alone is no candidate
                    }
                    keys.push(doc.joined_key(&g.words[a..b]));
                }
            }
        }
        doc.recycle();
        keys
    })
}

/// Per-group statistics over its occurrences (after merging).
#[derive(Clone, Copy, Default)]
struct Stats {
    count: u32,
    sentences: u32,
    last_sentence: u32,
    weight: f32,
    tagline: bool,
    first: usize,
}

impl Doc<'_, '_, '_> {
    fn joined_key(&self, ids: &[u32]) -> String {
        // sized up front: the words and a space after each
        let len = ids
            .iter()
            .take_while(|&&id| id != NONE)
            .map(|&id| self.key_str(id).len() + 1)
            .sum();
        let mut key = String::with_capacity(len);
        self.join_key_into(ids, &mut key);
        key
    }

    /// [`rarity`] of a multiword key (its words' document key ids) in the
    /// extractor's model, remembered by the word cache: the joined key and
    /// its model look-up are made once per thread, not once per document.
    fn phrase_rarity(&mut self, ids: &[u32], n_docs: f32, key_buf: &mut String) -> f32 {
        let mut gkeys = [NONE; 4];
        for (g, &id) in gkeys.iter_mut().zip(ids) {
            *g = self.keys.get(id as usize).map_or(NONE, |k| k.gkey);
        }
        if let Some(&r) = self.cache.phrases.get(&gkeys) {
            return r;
        }
        self.join_key_into(ids, key_buf);
        let r = rarity(n_docs, self.ex.model.document_frequency(key_buf));
        if self.cache.phrases.len() >= CACHE_LIMIT {
            self.cache.phrases.clear();
        }
        self.cache.phrases.insert(gkeys, r);
        r
    }

    /// [`joined_key`](Self::joined_key) into a buffer (emptied first).
    fn join_key_into(&self, ids: &[u32], key: &mut String) {
        key.clear();
        for &id in ids.iter().take_while(|&&id| id != NONE) {
            if !key.is_empty() {
                key.push(' ');
            }
            key.push_str(self.key_str(id));
        }
    }

    /// The group with exactly these key ids, if any.
    fn find_group(&self, ids: &[u32]) -> Option<u32> {
        match ids.len() {
            0 => None,
            1 => {
                let g = self.keys.get(ids[0] as usize)?.group;
                (g != NONE).then_some(g)
            }
            len if len <= 4 => {
                let mut words = [NONE; 4];
                words[..len].copy_from_slice(ids);
                self.multi.get(&words).copied()
            }
            _ => None,
        }
    }

    /// Whether the background model knows `lower` (a lowercase word).
    fn model_knows(&mut self, lower: &str) -> bool {
        let gkey = self.cache.entry(self.ex, lower).value;
        self.cache.key_slots[gkey as usize].df > 0
    }

    fn finish(&mut self, known: &[KnownTerm]) -> Vec<Keyword> {
        let ng = self.groups.len();
        // the buffers of the thread's previous document (see `Scratch`)
        let mut sc = std::mem::take(&mut self.scratch);
        let Scratch {
            parent,
            count,
            surnames,
            stats,
            evidence,
            related,
            head_of,
            ranked,
            rank_of,
            starts,
            fill,
            members,
            key_buf,
            form: scratch,
            ev,
        } = &mut sc;
        parent.clear();
        parent.extend(0..ng as u32);
        let find = find_root;
        let count = filled(count, ng, 0);
        for o in &self.occs {
            count[o.group as usize] += 1;
        }
        // acronyms join their long form
        for &(acr, long) in &self.acronym_links {
            let (a, l) = (find(parent, acr), find(parent, long));
            if a != l && self.groups[a as usize].kind != Kind::Known {
                parent[a as usize] = l;
            }
        }
        // a name whose beginning is a name of its own joins it:
        // "Open Source Software (OSS)" → "Open Source"
        for g in 0..ng {
            let group = &self.groups[g];
            if group.kind != Kind::Name || group.len < 3 {
                continue;
            }
            for len in (2..group.len as usize).rev() {
                if let Some(p) = self.find_group(&group.words[..len])
                    && self.groups[p as usize].kind == Kind::Name
                    && find(parent, p) != g as u32
                {
                    let root = find(parent, g as u32);
                    parent[root as usize] = find(parent, p);
                    break;
                }
            }
        }
        // a surname alone joins the one person of that name
        surnames.clear();
        for (g, group) in self.groups.iter().enumerate() {
            if group.kind == Kind::Person && group.len >= 2 {
                let last = group.words[group.len as usize - 1];
                surnames
                    .entry(last)
                    .and_modify(|p| *p = NONE)
                    .or_insert(g as u32);
            }
        }
        for (&last, &person) in surnames.iter() {
            let single = self.keys[last as usize].group;
            if person != NONE && single != NONE && self.groups[single as usize].kind == Kind::Word {
                parent[single as usize] = person;
            }
        }
        self.evidence(count, parent, ev);

        // statistics per root
        let stats = filled(stats, ng, Stats::default());
        for o in &self.occs {
            let r = find(parent, o.group) as usize;
            let st = &mut stats[r];
            // selected and counted, not branched on: whether a group was
            // seen before is anyone's guess
            let fresh = st.count == 0;
            st.first = if fresh { o.span.start } else { st.first };
            st.sentences += u32::from(fresh | (o.sentence != st.last_sentence));
            st.count += 1;
            st.last_sentence = o.sentence;
            let w = self
                .sentence_weight
                .get(o.sentence as usize)
                .copied()
                .unwrap_or(0.3);
            st.weight = st.weight.max(w);
            st.tagline |= o.flags & TAGLINE != 0;
        }
        let evidence = filled(evidence, ng, 0.0);
        let related = filled(related, ng, 0.0);
        for (g, group) in self.groups.iter().enumerate() {
            let r = find(parent, g as u32) as usize;
            evidence[r] += group.evidence;
            related[r] += group.related;
        }
        // each group's first head: written from the last occurrence to
        // the first, the first one stays (a store, not a branch)
        let head_of = filled(head_of, ng, NONE);
        for o in self.occs.iter().rev() {
            let h = &mut head_of[o.group as usize];
            *h = if o.head != NONE { o.head } else { *h };
        }

        let n_docs = self.ex.model.documents() as f32;
        // (group, score, where it first occurs)
        // a short list (the usual top 10) is kept sorted as the groups are
        // scored; a long one is picked and sorted at the end
        let top_n = self.ex.top_n;
        let few = top_n <= FEW_KEYWORDS;
        ranked.clear();
        for g in 0..ng {
            let st = stats[g];
            if st.count == 0 || parent[g] != g as u32 {
                continue;
            }
            let (len, words) = (self.groups[g].len as usize, self.groups[g].words);
            let tf = st.count as f32 + 0.5 * evidence[g];
            let freq = (1.0 + tf).ln();
            let spec = if len == 1 {
                // a word's rarity is the word cache's, worked out once
                self.cache_key(words[0]).rarity
            } else if n_docs > 0.0 && len > 0 {
                self.phrase_rarity(&words[..len], n_docs, key_buf)
            } else {
                1.0
            };
            let group = &self.groups[g];
            let spread = st.sentences as f32 / st.count as f32;
            let head = head_of[g];
            let flags = if head == NONE {
                0
            } else {
                self.words[head as usize].flags
            };
            let mut shape: f32 = match group.kind {
                Kind::Known => 1.3,
                Kind::Name => 1.2,
                Kind::Phrase => 1.15,
                Kind::Person => 0.5,
                Kind::Word => {
                    if flags & UPPER == 0 || flags & ACRONYM != 0 {
                        1.2
                    } else if flags & HYPHEN != 0 {
                        1.05
                    } else {
                        1.0
                    }
                }
            };
            if flags & ROLE != 0 && group.kind != Kind::Known {
                shape *= 0.3;
            }
            if group.kind == Kind::Word && self.cache_key(group.words[0]).short {
                shape *= 0.5;
            }
            shape *= 1.0 + 0.2 * related[g].min(2.0);
            if st.tagline {
                shape *= 1.3;
            }
            let raw = freq * (0.2 + spec) * (0.4 + st.weight) * shape * (1.0 + 0.5 * spread);
            let score = raw / (raw + 1.5);
            if few {
                keep_best(ranked, (g as u32, score, st.first), top_n);
            } else {
                ranked.push((g as u32, score, st.first));
            }
        }
        if !few {
            if top_n == 0 {
                ranked.clear();
            } else if ranked.len() > top_n {
                ranked.select_nth_unstable_by(top_n - 1, rank_order);
                ranked.truncate(top_n);
            }
            ranked.sort_unstable_by(rank_order);
        }

        // one walk over the occurrences for all the keywords: each one's
        // occurrences (its merged groups' too), in text order, in one list
        // (`stats` counted them, so each keyword's part is known beforehand)
        let rank_of = filled(rank_of, ng, NONE);
        starts.clear();
        let mut total = 0usize;
        for (rank, &(g, _, _)) in ranked.iter().enumerate() {
            rank_of[g as usize] = rank as u32;
            starts.push(total);
            total += stats[g as usize].count as usize;
        }
        starts.push(total);
        let members = filled(members, total, NONE);
        fill.clear();
        fill.extend_from_slice(starts);
        for (n, o) in self.occs.iter().enumerate() {
            let rank = rank_of[find(parent, o.group) as usize];
            if let Some(at) = fill.get_mut(rank as usize)
                && let Some(slot) = members.get_mut(*at)
            {
                *slot = n as u32;
                *at += 1;
            }
        }

        let mut out = Vec::with_capacity(ranked.len());
        for (rank, &(g, score, _)) in ranked.iter().enumerate() {
            let own = members
                .get(starts[rank]..starts[rank + 1])
                .unwrap_or_default();
            let mut spans: Vec<Span> = Vec::with_capacity(own.len());
            spans.extend(
                own.iter()
                    .filter_map(|&n| self.occs.get(n as usize))
                    .map(|o| o.span),
            );
            spans.sort_unstable();
            spans.dedup();
            let group = &self.groups[g as usize];
            let term = match known.get(group.known as usize) {
                Some(k) if group.kind == Kind::Known => k.name.clone(),
                _ => self.display(g, own, scratch),
            };
            let key = if group.len == 0 {
                super::words::phrase_key(&term)
            } else {
                self.joined_key(&group.words[..group.len as usize])
            };
            out.push(Keyword {
                term,
                key,
                score: f64::from(score),
                count: spans.len(),
                spans,
            });
        }
        self.scratch = sc;
        out
    }

    /// Evidence from compounds and phrases to the candidates they contain.
    fn evidence(&mut self, count: &[u32], parent: &[u32], scratch: &mut EvidenceScratch) {
        let EvidenceScratch {
            arena,
            ranges,
            first_occ,
            gains,
            lower_buf,
            tables,
        } = scratch;
        // lowercase forms of single nouns, for splitting closed compounds
        // (one buffer for all of them, not a string each)
        arena.clear();
        ranges.clear();
        for &WordInfo { key, entry: e, .. } in &self.words {
            let g = self.keys[key as usize].group;
            // the word cache's entry (away from the document's tables in
            // memory) only for the nouns
            if g == NONE || count[g as usize] == 0 || self.groups[g as usize].kind != Kind::Word {
                continue;
            }
            let CacheEntry {
                lower, lower_chars, ..
            } = &self.cache.entries[e as usize];
            if lower.len() >= 3 {
                let start = arena.len();
                arena.push_str(lower);
                ranges.push((start, arena.len(), g, *lower_chars));
            }
        }
        let nouns = NounIndex::new(
            ranges
                .iter()
                .map(|&(start, end, g, chars)| {
                    (arena.get(start..end).unwrap_or_default(), g, chars)
                })
                .collect(),
            std::mem::take(tables),
        );

        // written from the last occurrence to the first: the first stays
        let first_occ = filled(first_occ, self.groups.len(), NONE);
        for (n, o) in self.occs.iter().enumerate().rev() {
            first_occ[o.group as usize] = n as u32;
        }
        gains.clear(); // (target, source, amount)
        for g in 0..self.groups.len() {
            let c = count[g];
            if c == 0 {
                continue;
            }
            let (len, kind, words) = {
                let group = &self.groups[g];
                (group.len as usize, group.kind, group.words)
            };
            if len >= 2 {
                for a in 0..len {
                    for b in a + 1..=len {
                        if b - a < len
                            && let Some(t) = self.find_group(&words[a..b])
                            && t != g as u32
                        {
                            gains.push((t, g as u32, c as f32));
                        }
                    }
                }
                continue;
            }
            if len != 1 || kind != Kind::Word {
                continue;
            }
            let Some(o) = self.occs.get(first_occ[g] as usize) else {
                continue;
            };
            lower_buf.clear();
            // whether it is hyphenated and its length in characters, from
            // the word cache too when it has the word
            let (hyphen, chars) = match self.cached_entry(o) {
                Some(entry) => {
                    lower_buf.push_str(&entry.lower);
                    (entry.flags & HYPHEN != 0, entry.lower_chars as usize)
                }
                None => {
                    let raw = o.span.slice(self.text).unwrap_or("");
                    lower_buf.push_str(&lowercase(raw.strip_prefix('#').unwrap_or(raw)));
                    (lower_buf.contains('-'), lower_buf.chars().count())
                }
            };
            let lower = lower_buf.as_str();
            if hyphen {
                let ids: Vec<u32> = lower
                    .split('-')
                    .filter(|p| !p.is_empty())
                    .map(|p| {
                        let gkey = self.cache.entry(self.ex, p).value;
                        self.known_local_key(gkey).unwrap_or(NONE)
                    })
                    .collect();
                let n = ids.len();
                for a in 0..n {
                    for b in a + 1..=n.min(a + 4) {
                        if b - a < n
                            && !ids[a..b].contains(&NONE)
                            && let Some(t) = self.find_group(&ids[a..b])
                            && t != g as u32
                        {
                            gains.push((t, g as u32, c as f32));
                        }
                    }
                }
            } else if (8..=MAX_COMPOUND_CHARS).contains(&chars) {
                for t in self.split_compound(lower, chars, &nouns) {
                    if t != g as u32 {
                        gains.push((t, g as u32, c as f32));
                    }
                }
            }
        }
        *tables = nouns.into_tables();
        for &(target, source, amount) in gains.iter() {
            if find_root(parent, target) == find_root(parent, source) {
                continue;
            }
            self.groups[target as usize].evidence += amount;
            self.groups[source as usize].related += count[target as usize] as f32;
        }
    }

    /// The word cache's entry of a one-word occurrence's text without its
    /// `#` (its lowercase form, flags, length), when the occurrence's token
    /// is that text (as it is for tokens made from the text): the word was
    /// classified from it.
    fn cached_entry(&self, o: &Occ) -> Option<&CacheEntry> {
        let t = self.tokens.get(o.tok as usize)?;
        // the token is the text's bytes of the span, where they lie (told
        // by its address, without slicing the text)
        let same = o.span.end <= self.text.len()
            && std::ptr::eq(
                t.text.as_ptr(),
                self.text.as_ptr().wrapping_add(o.span.start),
            )
            && o.span.len() == t.text.len();
        // the word of a hashtag is its text after the `#`, any other word
        // is its whole text; the span's text loses a leading `#` either way
        let hashtag = o.flags & HASHTAG != 0;
        if o.head == NONE || !same || t.text.starts_with('#') != hashtag {
            return None;
        }
        let e = self.words.get(o.head as usize)?.entry;
        self.cache.entries.get(e as usize)
    }

    /// The document's nouns that a closed compound is made of, when every
    /// part is a known word (a noun of the document or a key of the model).
    fn split_compound(&mut self, lower: &str, chars: usize, nouns: &NounIndex<'_>) -> Vec<u32> {
        const FUGEN: &[&str] = &["", "s", "es", "n", "en", "e"];
        let mut found = Vec::new();
        // modifiers: the longest document noun that starts the compound,
        // with its first three characters or more
        let prefix3_end = lower.char_indices().nth(3).map_or(lower.len(), |(i, _)| i);
        if let Some((len, g)) = nouns.longest_prefix(lower, prefix3_end) {
            let rest = lower.get(len..).unwrap_or_default();
            for f in FUGEN {
                if let Some(head) = rest.strip_prefix(f)
                    && head.chars().count() >= 4
                    && (nouns.contains(head) || self.model_knows(head))
                {
                    found.push(g);
                    break;
                }
            }
        }
        // heads: the longest document noun that ends the compound, has four
        // characters or more and leaves three or more before it
        if let Some((p, g)) = nouns.longest_head(lower, chars) {
            let m = lower.get(..p).unwrap_or_default();
            let known = FUGEN.iter().any(|f| {
                m.strip_suffix(f)
                    .is_some_and(|m| m.chars().count() >= 3 && nouns.contains(m))
            }) || FUGEN.iter().any(|f| {
                m.strip_suffix(f).is_some_and(|m| m.chars().count() >= 3)
                    && self.model_knows(m.strip_suffix(f).unwrap_or(m))
            });
            if known {
                found.push(g);
            }
        }
        found
    }

    /// The display form of a group: its most natural frequent surface form,
    /// adjectives in their natural phrase form.
    /// `members` lists the occurrences of the group and of the groups
    /// merged into it, in text order.
    fn display(&self, g: u32, members: &[u32], scratch: &mut FormScratch) -> String {
        let FormScratch { forms, seen, form } = scratch;
        forms.clear();
        seen.clear();
        let phrase = self.groups[g as usize].kind == Kind::Phrase;
        for o in members
            .iter()
            .filter_map(|&n| self.occs.get(n as usize))
            .filter(|o| o.group == g)
        {
            let raw = o.span.slice(self.text).unwrap_or("");
            let raw = raw.strip_prefix('#').unwrap_or(raw);
            // "Digitaler Bauantrag" opening a headline: the adjective in lowercase
            let lower_first = o.flags & INITIAL != 0
                && phrase
                && raw
                    .chars()
                    .find(|&c| !crate::token::is_separator(c))
                    .is_some_and(char::is_uppercase);
            // the words of the span joined by single spaces: most spans
            // already are, and are compared as they stand
            let current: &str = if !lower_first && single_spaced(raw) {
                raw
            } else {
                form.clear();
                for word in raw
                    .split(crate::token::is_separator)
                    .filter(|w| !w.is_empty())
                {
                    if form.is_empty() && lower_first {
                        let mut chars = word.chars();
                        form.extend(chars.next().into_iter().flat_map(char::to_lowercase));
                        form.push_str(chars.as_str());
                        continue;
                    }
                    if !form.is_empty() {
                        form.push(' ');
                    }
                    form.push_str(word);
                }
                form
            };
            let genitive = o.flags & GENITIVE != 0;
            let nominative = o.flags & NOMINATIVE != 0;
            match forms
                .iter_mut()
                .find(|f| seen.get(f.0.0..f.0.1) == Some(current))
            {
                Some(f) => {
                    f.1 += o.nat;
                    f.2 &= genitive;
                    f.3 |= nominative;
                }
                None => {
                    let start = seen.len();
                    seen.push_str(current);
                    forms.push(((start, seen.len()), o.nat, genitive, nominative));
                }
            }
        }
        let Some(&((start, end), _, genitive, nominative)) = forms
            .iter()
            .enumerate()
            .max_by(|(ia, a), (ib, b)| a.1.total_cmp(&b.1).then(ib.cmp(ia)))
            .map(|(_, f)| f)
        else {
            return String::new();
        };
        let mut form = seen.get(start..end).unwrap_or_default().to_owned();
        let group = &self.groups[g as usize];
        if genitive {
            form = strip_genitive(&form);
        }
        if group.kind == Kind::Phrase
            && let Some((adj, noun)) = form.split_once(' ')
        {
            let adj_lower = lowercase(adj);
            let noun_lower = lowercase(noun);
            if let Some((base_len, ending)) = adjective_ending(&adj_lower) {
                let guess = strong_ending(&noun_lower);
                let natural = guess.unwrap_or("e");
                let oblique = matches!(ending, "en" | "em");
                let wrong =
                    ending != "e" && guess != Some(ending) && (guess.is_some() || !nominative);
                if oblique || wrong {
                    // the adjective's own letters up to the ending, then the natural ending
                    let base: String = adj
                        .chars()
                        .take(adj_lower[..base_len].chars().count())
                        .collect();
                    let mut noun = noun.to_owned();
                    if ending == "en" && (noun.ends_with("ern") || noun.ends_with("eln")) {
                        noun.pop(); // dative plural: "IT-Dienstleistern"
                    }
                    form = format!("{base}{natural} {noun}");
                }
            }
        }
        form
    }
}

/// The buffers of [`Doc::display`], shared by the keywords of a document.
#[derive(Default)]
struct FormScratch {
    /// Each distinct form (where it is in `seen`), its weight, whether all
    /// its occurrences are genitive and whether some is nominative.
    forms: Vec<((usize, usize), f32, bool, bool)>,
    /// The distinct forms one after another, each copied once.
    seen: String,
    /// The form of one occurrence, when it must be made.
    form: String,
}

/// Whether `s` is words joined by single spaces: no separator
/// ([`is_separator`](crate::token::is_separator)) but single spaces between
/// other characters. ASCII white space is checked by value, the non-ASCII
/// separators by the first byte of their UTF-8 form, which none of the
/// letters of German shares (`0xC2`: U+0085, U+00A0; `0xE1`: U+1680;
/// `0xE2`: U+2000 to U+2060; `0xE3`: U+3000; `0xEF`: U+FEFF); a word with
/// such a byte ("„", "–") goes the long way, with the same result.
fn single_spaced(s: &str) -> bool {
    // a leading space fails like a double one
    let mut after_space = true;
    for &b in s.as_bytes() {
        match b {
            b' ' if after_space => return false,
            b' ' => after_space = true,
            b'\t'..=b'\r' | 0xC2 | 0xE1 | 0xE2 | 0xE3 | 0xEF => return false,
            _ => after_space = false,
        }
    }
    !after_space
}

/// The document's single nouns in lowercase, for splitting compounds.
///
/// The nouns a compound starts (ends) with share its first (last) three
/// bytes, so they are chained in buckets by those bytes, and a compound
/// looks at the few nouns of its bucket. A bucket of many nouns (text made
/// to be so) would make that quadratic in the document's nouns; then the
/// compound's prefixes (suffixes) are looked up instead, one by one, in a
/// map of the nouns: the compound has at most [`MAX_COMPOUND_CHARS`]
/// characters, so that costs a bounded amount per compound. Both ways find
/// the same nouns.
struct NounIndex<'a> {
    /// Each noun with its group and its number of characters; a noun may
    /// repeat.
    nouns: Vec<(&'a str, u32, u32)>,
    bits: u32,
    /// Per bucket by first three bytes: the last noun (or `NONE`) and the
    /// number of nouns.
    by_start: Vec<(u32, u32)>,
    /// Per bucket by last three bytes: the last noun and the number.
    by_end: Vec<(u32, u32)>,
    /// The noun before each in its bucket by start and by end, or `NONE`.
    next: Vec<(u32, u32)>,
    /// The nouns as a map, made when a bucket is first too long to walk.
    map: std::cell::OnceCell<HashMap<&'a str, u32, Fx>>,
}

/// The buffers of a [`NounIndex`], kept for the next document.
#[derive(Default)]
struct NounTables {
    by_start: Vec<(u32, u32)>,
    by_end: Vec<(u32, u32)>,
    next: Vec<(u32, u32)>,
}

/// Buckets longer than this are not walked (see [`NounIndex`]).
const SHORT_BUCKET: u32 = 16;

impl<'a> NounIndex<'a> {
    /// The index of `nouns`, in the buffers of `tables` (emptied first).
    fn new(nouns: Vec<(&'a str, u32, u32)>, tables: NounTables) -> NounIndex<'a> {
        let bits = table_bits(nouns.len());
        let NounTables {
            mut by_start,
            mut by_end,
            mut next,
        } = tables;
        for table in [&mut by_start, &mut by_end] {
            table.clear();
            table.resize(1 << bits, (NONE, 0));
        }
        next.clear();
        for (i, (noun, _, _)) in nouns.iter().enumerate() {
            let bytes = noun.as_bytes();
            let (Some(first), Some(last)) = (bytes.first_chunk(), bytes.last_chunk()) else {
                next.push((NONE, NONE));
                continue;
            };
            let (s, e) = (three_bucket(*first, bits), three_bucket(*last, bits));
            next.push((by_start[s].0, by_end[e].0));
            by_start[s] = (i as u32, by_start[s].1 + 1);
            by_end[e] = (i as u32, by_end[e].1 + 1);
        }
        NounIndex {
            nouns,
            bits,
            by_start,
            by_end,
            next,
            map: std::cell::OnceCell::new(),
        }
    }

    /// The index's buffers, for the next document.
    fn into_tables(self) -> NounTables {
        NounTables {
            by_start: self.by_start,
            by_end: self.by_end,
            next: self.next,
        }
    }

    /// The nouns of the bucket of `word`'s first (or last) three bytes, if
    /// it is short.
    fn bucket(
        &self,
        word: &str,
        by_end: bool,
    ) -> Option<impl Iterator<Item = (&'a str, u32, u32)>> {
        let bytes = word.as_bytes();
        let (first, count) = if by_end {
            self.by_end[three_bucket(*bytes.last_chunk()?, self.bits)]
        } else {
            self.by_start[three_bucket(*bytes.first_chunk()?, self.bits)]
        };
        if count > SHORT_BUCKET {
            return None;
        }
        let chain = std::iter::successors(Some(first).filter(|&i| i != NONE), move |&i| {
            let (s, e) = *self.next.get(i as usize)?;
            Some(if by_end { e } else { s }).filter(|&n| n != NONE)
        });
        Some(chain.filter_map(|i| self.nouns.get(i as usize).copied()))
    }

    /// The group of the noun `word`, from the map of all nouns (a noun
    /// that repeats has one group: its lowercase form makes its key).
    fn find(&self, word: &str) -> Option<u32> {
        let map = self.map.get_or_init(|| {
            let mut map = HashMap::with_capacity_and_hasher(self.nouns.len(), Fx);
            map.extend(self.nouns.iter().map(|&(noun, g, _)| (noun, g)));
            map
        });
        map.get(word).copied()
    }

    /// Whether `word` is one of the nouns.
    fn contains(&self, word: &str) -> bool {
        match self.bucket(word, true) {
            Some(mut nouns) => nouns.any(|(noun, _, _)| noun == word),
            None => self.find(word).is_some(),
        }
    }

    /// The longest noun that `lower` starts with, at least `min_len` bytes
    /// long and shorter than `lower`: its length and group.
    fn longest_prefix(&self, lower: &str, min_len: usize) -> Option<(usize, u32)> {
        if let Some(nouns) = self.bucket(lower, false) {
            return nouns
                .filter(|(noun, _, _)| {
                    (min_len..lower.len()).contains(&noun.len()) && lower.starts_with(noun)
                })
                .map(|(noun, g, _)| (noun.len(), g))
                .max_by_key(|&(len, _)| len);
        }
        (min_len.max(1)..lower.len())
            .rev()
            .find_map(|end| Some((end, self.find(lower.get(..end)?)?)))
    }

    /// The longest noun of four characters or more that `lower` (of
    /// `chars` characters) ends with, leaving three characters or more
    /// before it: where it starts in `lower`, and its group.
    fn longest_head(&self, lower: &str, chars: usize) -> Option<(usize, u32)> {
        if let Some(nouns) = self.bucket(lower, true) {
            // the characters before a noun that ends `lower` are the rest
            // of its characters: counted once for each word, not here
            return nouns
                .filter(|&(noun, _, noun_chars)| {
                    noun.len() < lower.len()
                        && noun_chars >= 4
                        && chars >= noun_chars as usize + 3
                        && lower.ends_with(noun)
                })
                .map(|(noun, g, _)| (lower.len() - noun.len(), g))
                .min_by_key(|&(p, _)| p);
        }
        // the head starting at character `n` has `chars - n` characters
        lower
            .char_indices()
            .enumerate()
            .skip(3)
            .take_while(|&(n, _)| chars - n >= 4)
            .find_map(|(_, (p, _))| Some((p, self.find(lower.get(p..)?)?)))
    }
}

/// Bits of a table with two buckets or more per entry.
fn table_bits(entries: usize) -> u32 {
    (entries * 2)
        .next_power_of_two()
        .trailing_zeros()
        .clamp(4, 30)
}

/// The bucket of three bytes in a table of `1 << bits` buckets.
fn three_bucket(three: [u8; 3], bits: u32) -> usize {
    let key = u32::from_le_bytes([three[0], three[1], three[2], 0]);
    (key.wrapping_mul(0x9E37_79B1) >> (32 - bits)) as usize
}

/// The longest word split into compound parts: the longest German compounds
/// in real use have about 60 letters, and splitting tries every suffix of a
/// word, so a word of a megabyte (a scraper's garbage) would cost time
/// quadratic in its length.
const MAX_COMPOUND_CHARS: usize = 80;

/// How rare a key found in `df` of the model's `n_docs` documents is: 1 for
/// a key the model never saw, 0 for one in every document; 1 without a
/// model.
fn rarity(n_docs: f32, df: u32) -> f32 {
    if n_docs > 0.0 {
        ((n_docs + 1.0) / (df as f32 + 1.0)).ln() / (n_docs + 1.0).ln()
    } else {
        1.0
    }
}

/// Up to this many keywords are kept sorted as the groups are scored
/// ([`keep_best`]); more are picked and sorted once all are scored.
const FEW_KEYWORDS: usize = 32;

/// The order of ranked groups `(group, score, first position)`: best
/// first, earlier first among equals, then by group (the order in which
/// the groups were scored). A total order, so the top can be picked before
/// it is sorted and either way of picking gives the same keywords.
fn rank_order(a: &(u32, f32, usize), b: &(u32, f32, usize)) -> std::cmp::Ordering {
    b.1.total_cmp(&a.1).then(a.2.cmp(&b.2)).then(a.0.cmp(&b.0))
}

/// Adds `item` to `best`, which holds the best `n` items so far in
/// [`rank_order`], if it is among them. Most items are worse than the last
/// one kept and cost one comparison.
fn keep_best(best: &mut Vec<(u32, f32, usize)>, item: (u32, f32, usize), n: usize) {
    // a lower score is later in `rank_order` whatever the rest: most
    // items are ruled out by this one comparison of floats
    if best.len() >= n && best.last().is_some_and(|last| item.1 < last.1) {
        return;
    }
    if best.len() >= n {
        match best.last() {
            Some(last) if rank_order(&item, last).is_lt() => {
                best.pop();
            }
            _ => return,
        }
    }
    let at = best.partition_point(|b| rank_order(b, &item).is_lt());
    best.insert(at, item);
}

/// The group that `g` was merged into.
fn find_root(parent: &[u32], mut g: u32) -> u32 {
    while parent[g as usize] != g {
        g = parent[g as usize];
    }
    g
}

/// A genitive noun without its ending when the stem stays the same
/// ("Bundes" → "Bund", "Verkehrs" → "Verkehr").
fn strip_genitive(form: &str) -> String {
    let (before, last) = match form.rsplit_once(' ') {
        Some((b, l)) => (Some(b), l),
        None => (None, form),
    };
    let lower = lowercase(last);
    let key = stem(&lower).into_owned();
    for ending in ["es", "s"] {
        if let Some(short) = last.strip_suffix(ending)
            && short.chars().count() >= 3
            && stem(&lowercase(short)) == key
        {
            return match before {
                Some(b) => format!("{b} {short}"),
                None => short.to_owned(),
            };
        }
    }
    form.to_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn single_spaced_sees_every_separator() {
        for c in (0..=u32::from(char::MAX)).filter_map(char::from_u32) {
            if crate::token::is_separator(c) && c != ' ' {
                let word = format!("a{c}b");
                assert!(!single_spaced(&word), "{c:?}");
            }
        }
        assert!(single_spaced("öffentliche Verwaltung"));
        assert!(!single_spaced("öffentliche  Verwaltung"));
        assert!(!single_spaced(" Verwaltung"));
        assert!(!single_spaced("Verwaltung "));
        assert!(!single_spaced(""));
    }

    #[test]
    fn a_document_of_many_words_leaves_no_cache_past_the_limit() {
        let ex = KeywordExtractor::new();
        let mut text = String::new();
        for n in 0..CACHE_LIMIT + 100 {
            // distinct words: "Wort" and the number in letters a..j
            text.push_str("Wort");
            text.extend(n.to_string().bytes().map(|d| char::from(b'a' + (d - b'0'))));
            text.push(' ');
        }
        let mut tokens = Vec::new();
        crate::tokenize_into(&text, &mut tokens);
        let sentences = crate::split_sentences(&text, &tokens);
        let found = ex.extract(&text, &tokens, &sentences);
        assert!(!found.is_empty());
        let kept = CACHE.with(|cell| cell.borrow().words.len());
        assert!(kept <= CACHE_LIMIT, "{kept} words kept");
    }
}
