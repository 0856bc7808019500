//! Evaluates the tokenizer and the sentence splitter against a Universal
//! Dependencies treebank in CoNLL-U format (by default the dev part of UD
//! German-GSD).
//!
//! ```text
//! cargo run --release --example ud_eval [PATH] [--all]
//! ```
//!
//! `--all` lists every disagreement (tokens and sentence ends) instead of a
//! few distinct examples per class.
//!
//! `PATH` defaults to `../shared/datasets/ud-german-gsd-dev/de_gsd-ud-dev.conllu`
//! next to the crate root. When the file is missing the example says so and
//! exits successfully, so CI without the data set keeps passing. The data set
//! (CC BY-SA) is only read from that path; nothing of it lives in this crate.
//!
//! # What is measured
//!
//! * **Token boundaries.** The gold tokens are the *surface* tokens of each
//!   sentence: a multiword range line (`4-5 zum`) is one token and the
//!   syntactic words it covers (`zu`, `dem`) are skipped; empty nodes (`8.1`)
//!   are skipped. Their forms are aligned to the sentence's `# text` (each one
//!   is looked up right after the previous one, skipping white space); a
//!   sentence whose tokens cannot be aligned that way is counted and left
//!   out. Precision, recall and F1 are over exact byte spans, summed over all
//!   sentences, with [`meldung::tokenize`] run on each `# text` alone.
//! * **Sentence boundaries.** All `# text` lines are joined with one space
//!   (the treebank has no document boundaries) and [`meldung::sentences`] is
//!   run on the result. Precision, recall and F1 are over sentence *end*
//!   offsets; the end of the whole text is left out, as it is trivially right.
//! * **Disagreements.** Gold and system tokens that do not match are grouped
//!   into regions (maximal runs of overlapping mismatched tokens), and each
//!   region is put into one phenomenon class by a heuristic on its characters
//!   (see `classify`). The report lists the classes with a few examples and
//!   the most frequent exact `gold → system` pairs.
//!
//! # Conventions that differ
//!
//! UD GSD follows its own guidelines, so a score below 1 is not only errors.
//! Seen on the dev part (meldung's choice in brackets):
//!
//! * every hyphen is a token: `US` `-` `Präsident`, `Rohstoff` `-` `und`
//!   (compounds and truncated compounds are one word);
//! * the news part (from TIGER) writes quotes as `` `` `` and `''`, one token
//!   each (the same: a pair of backticks or apostrophes is one quote token);
//! * `!!` and `????` are one token per mark (the same);
//! * `ca.` `bzw.` `Std.` are split from their period, `Dr.` `St.` `etc.`
//!   are not (an abbreviation keeps its period);
//! * a possessive `'s` is split off (`Schuchmann's`, like `geht's`, is one
//!   word);
//! * a colon or semicolon before a capitalised clause ends a sentence (it
//!   does not);
//! * many review sentences have no final punctuation: in the original they
//!   ended at a line break, which joining them with a space hides.
//!
//! Contractions such as `zum` are multiword tokens in GSD and compared as one
//! surface token here, as meldung keeps them.

use std::collections::{BTreeMap, HashMap, HashSet};
use std::ops::Range;

/// Where the data set lives unless a path is given on the command line.
const DEFAULT_PATH: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/../shared/datasets/ud-german-gsd-dev/de_gsd-ud-dev.conllu"
);

/// Examples shown per disagreement class.
const EXAMPLES_PER_CLASS: usize = 5;

/// Most frequent exact mismatch pairs shown.
const TOP_PAIRS: usize = 10;

/// Examples shown for missed and spurious sentence ends.
const SENTENCE_EXAMPLES: usize = 5;

/// Characters of context shown on each side of an example.
const CONTEXT_CHARS: usize = 25;

/// One treebank sentence: its raw text and its surface token forms.
struct GoldSentence {
    text: String,
    forms: Vec<String>,
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut path = DEFAULT_PATH.to_owned();
    let mut all_examples = false;
    for arg in std::env::args().skip(1) {
        if arg == "--all" {
            all_examples = true;
        } else {
            path = arg;
        }
    }
    let data = match std::fs::read_to_string(&path) {
        Ok(data) => data,
        Err(err) if err.kind() == std::io::ErrorKind::NotFound => {
            println!("ud_eval: no treebank at {path}; nothing to evaluate (pass a CoNLL-U path).");
            return Ok(());
        }
        Err(err) => return Err(format!("ud_eval: cannot read {path}: {err}").into()),
    };

    let gold = parse_conllu(&data);
    println!("UD evaluation of meldung on {path}");
    println!(
        "sentences: {}, surface tokens: {}",
        gold.len(),
        gold.iter().map(|s| s.forms.len()).sum::<usize>()
    );
    println!();

    token_report(&gold, all_examples);
    println!();
    sentence_report(&gold, all_examples);
    Ok(())
}

// ---------------------------------------------------------------------------
// CoNLL-U

/// Reads the sentences of a CoNLL-U file: the `# text` comment and the
/// surface tokens (multiword ranges as one token, the words they cover
/// skipped, empty nodes skipped). Sentences without `# text` are dropped.
fn parse_conllu(data: &str) -> Vec<GoldSentence> {
    let mut out = Vec::new();
    let mut text: Option<String> = None;
    let mut forms = Vec::new();
    // Word ids up to this one are covered by a multiword range line.
    let mut covered_until = 0_usize;

    let mut finish = |text: &mut Option<String>, forms: &mut Vec<String>| {
        if let Some(text) = text.take() {
            out.push(GoldSentence {
                text,
                forms: std::mem::take(forms),
            });
        }
        forms.clear();
    };

    for line in data.lines() {
        let line = line.trim_end_matches('\r');
        if line.trim().is_empty() {
            finish(&mut text, &mut forms);
            covered_until = 0;
        } else if let Some(comment) = line.strip_prefix('#') {
            if let Some(value) = comment.trim_start().strip_prefix("text =") {
                text = Some(value.trim().to_owned());
            }
        } else {
            let mut fields = line.split('\t');
            let (Some(id), Some(form)) = (fields.next(), fields.next()) else {
                continue;
            };
            if id.contains('.') {
                continue; // empty node
            }
            if let Some((_, last)) = id.split_once('-') {
                covered_until = last.parse().unwrap_or(covered_until);
                forms.push(form.to_owned());
            } else if id.parse::<usize>().is_ok_and(|n| n > covered_until) {
                forms.push(form.to_owned());
            }
        }
    }
    finish(&mut text, &mut forms);
    out
}

/// Byte spans of `forms` in `text`, each found right after the previous one
/// (white space skipped), or `None` if some form is not there.
fn align(text: &str, forms: &[String]) -> Option<Vec<Range<usize>>> {
    let mut pos = 0;
    let mut spans = Vec::with_capacity(forms.len());
    for form in forms {
        let rest = &text[pos..];
        pos += rest.len() - rest.trim_start().len();
        if form.is_empty() || !text[pos..].starts_with(form.as_str()) {
            return None;
        }
        spans.push(pos..pos + form.len());
        pos += form.len();
    }
    text[pos..].trim().is_empty().then_some(spans)
}

// ---------------------------------------------------------------------------
// Scores

/// Precision, recall and F1 from true positives and the two totals.
fn prf(tp: usize, system: usize, gold: usize) -> (f64, f64, f64) {
    let ratio = |a: usize, b: usize| if b == 0 { 0.0 } else { a as f64 / b as f64 };
    let (p, r) = (ratio(tp, system), ratio(tp, gold));
    let f = if p + r == 0.0 {
        0.0
    } else {
        2.0 * p * r / (p + r)
    };
    (p, r, f)
}

fn print_prf(what: &str, tp: usize, system: usize, gold: usize) {
    let (p, r, f) = prf(tp, system, gold);
    println!(
        "{what}: gold {gold}, system {system}, matched {tp}\n  precision {p:.4}  recall {r:.4}  F1 {f:.4}"
    );
}

// ---------------------------------------------------------------------------
// Token boundaries

/// One disagreement: the gold and system tokens over the same region.
struct Mismatch {
    gold: Vec<String>,
    system: Vec<String>,
    context: String,
}

impl Mismatch {
    fn pair(&self) -> String {
        format!("[{}] → [{}]", self.gold.join("|"), self.system.join("|"))
    }
}

fn token_report(gold: &[GoldSentence], all_examples: bool) {
    let (mut tp, mut n_gold, mut n_system, mut unalignable) = (0, 0, 0, 0);
    let mut mismatches = Vec::new();

    for sentence in gold {
        let Some(gold_spans) = align(&sentence.text, &sentence.forms) else {
            unalignable += 1;
            continue;
        };
        let text = sentence.text.as_str();
        let system: Vec<(Range<usize>, meldung::TokenKind)> = meldung::tokenize(text)
            .map(|t| (t.span.range(), t.kind))
            .collect();
        let gold_set: HashSet<(usize, usize)> =
            gold_spans.iter().map(|r| (r.start, r.end)).collect();
        let system_set: HashSet<(usize, usize)> =
            system.iter().map(|(r, _)| (r.start, r.end)).collect();
        tp += gold_set.intersection(&system_set).count();
        n_gold += gold_set.len();
        n_system += system_set.len();

        let gold_only: Vec<Range<usize>> = gold_spans
            .into_iter()
            .filter(|r| !system_set.contains(&(r.start, r.end)))
            .collect();
        let system_only: Vec<Range<usize>> = system
            .into_iter()
            .map(|(r, _)| r)
            .filter(|r| !gold_set.contains(&(r.start, r.end)))
            .collect();
        mismatches.extend(regions(text, &gold_only, &system_only));
    }

    println!("== Token boundaries (exact byte spans) ==");
    println!(
        "sentences aligned: {}, unalignable (skipped): {unalignable}",
        gold.len() - unalignable
    );
    print_prf("tokens", tp, n_system, n_gold);
    println!();

    let mut classes: BTreeMap<&'static str, Vec<&Mismatch>> = BTreeMap::new();
    for m in &mismatches {
        classes.entry(classify(m)).or_default().push(m);
    }
    let mut classes: Vec<_> = classes.into_iter().collect();
    classes.sort_by(|a, b| b.1.len().cmp(&a.1.len()).then(a.0.cmp(b.0)));

    println!(
        "== Disagreements by phenomenon ({} regions) ==",
        mismatches.len()
    );
    for (class, members) in &classes {
        println!("{class}: {}", members.len());
        // Prefer examples of different pairs over repeats of one.
        let mut seen = HashSet::new();
        let distinct = members
            .iter()
            .filter(|m| all_examples || seen.insert(m.pair()));
        let limit = if all_examples {
            usize::MAX
        } else {
            EXAMPLES_PER_CLASS
        };
        for m in distinct.take(limit) {
            println!(
                "  gold [{}] vs sys [{}] in \"{}\"",
                m.gold.join("|"),
                m.system.join("|"),
                m.context
            );
        }
    }
    println!();

    let mut pairs: HashMap<String, usize> = HashMap::new();
    for m in &mismatches {
        *pairs.entry(m.pair()).or_default() += 1;
    }
    let mut pairs: Vec<_> = pairs.into_iter().collect();
    pairs.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
    println!("== Most frequent mismatches (gold → system) ==");
    for (pair, count) in pairs.iter().take(TOP_PAIRS) {
        println!("{count:5}  {pair}");
    }
}

/// Groups mismatched gold and system spans into regions: maximal runs of
/// spans that overlap one another. Matched spans never overlap a mismatched
/// one (both tokenizations are non-overlapping), so each region is exactly
/// where the two disagree.
fn regions(text: &str, gold: &[Range<usize>], system: &[Range<usize>]) -> Vec<Mismatch> {
    let mut all: Vec<(Range<usize>, bool)> = gold
        .iter()
        .map(|r| (r.clone(), true))
        .chain(system.iter().map(|r| (r.clone(), false)))
        .collect();
    all.sort_by_key(|(r, is_gold)| (r.start, !is_gold));

    let mut out = Vec::new();
    let mut i = 0;
    while i < all.len() {
        let (start, mut end) = (all[i].0.start, all[i].0.end);
        let mut m = Mismatch {
            gold: Vec::new(),
            system: Vec::new(),
            context: String::new(),
        };
        while i < all.len() && all[i].0.start < end {
            let (r, is_gold) = &all[i];
            end = end.max(r.end);
            let part = text[r.clone()].to_owned();
            if *is_gold {
                m.gold.push(part);
            } else {
                m.system.push(part);
            }
            i += 1;
        }
        m.context = context(text, start..end);
        out.push(m);
    }
    out
}

/// The region with up to [`CONTEXT_CHARS`] characters on either side.
fn context(text: &str, region: Range<usize>) -> String {
    let (left, right) = surroundings(text, region.clone());
    format!("{left}{}{right}", &text[region])
}

/// Up to [`CONTEXT_CHARS`] characters before and after `region`, with `…`
/// where the text goes on.
fn surroundings(text: &str, region: Range<usize>) -> (String, String) {
    let before = &text[..region.start];
    let after = &text[region.end..];
    let left = before
        .char_indices()
        .rev()
        .nth(CONTEXT_CHARS - 1)
        .map_or(0, |(i, _)| i);
    let right = after
        .char_indices()
        .nth(CONTEXT_CHARS)
        .map_or(after.len(), |(i, _)| i);
    let ellipsis = |more: bool| if more { "…" } else { "" };
    (
        format!("{}{}", ellipsis(left > 0), &before[left..]),
        format!("{}{}", &after[..right], ellipsis(right < after.len())),
    )
}

/// Top-level domains that make a token look like a web address.
const TLDS: [&str; 8] = [".de", ".com", ".org", ".net", ".at", ".ch", ".eu", ".info"];

/// Puts a disagreement into one phenomenon class.
///
/// Best-effort heuristic on the characters of the region (all gold tokens
/// joined), checked in this order, first hit wins:
///
/// 1. `url/email`: `://`, `www.`, `@`, or a token ending in a common
///    top-level domain after a letter or digit.
/// 2. `emoticon`: two or three characters, the first `:` `;` `=` or `8`
///    and the last one of `)` `(` `D` `P` `p` `/` `|` (`:-)`, `;)`).
/// 3. `ellipsis/repeated punct`: `…` or two of `.` `!` `?` in a row.
/// 4. `date`: at least two periods right after digits (`18.12.`,
///    `18.12.2023`), or a colon between digits (a time).
/// 5. `number format`: `.` `,` or a (thin or no-break) space between digits,
///    or a price placeholder (`14.--`, `10,-`).
/// 6. `ordinal/number period`: one period right after a digit.
/// 7. `abbreviation period`: a period right after a letter.
/// 8. `apostrophe/clitic`: `'` `’` `´` `` ` `` right after a letter, or
///    starting the region before a letter (`'s`, `'n`).
/// 9. `quote`: any other quotation mark (including GSD's `` `` `` and `''`).
/// 10. `slash`: `/`.
/// 11. `hyphen/compound`: `-` `‐` `–` `—`.
/// 12. `parentheses`: any bracket.
/// 13. `other`.
fn classify(m: &Mismatch) -> &'static str {
    let region: String = m.gold.concat();
    let chars: Vec<char> = region.chars().collect();
    let at = |i: usize| chars.get(i).copied();
    let digit_at = |i: Option<usize>| i.and_then(at).is_some_and(|c| c.is_ascii_digit());
    let letter_at = |i: Option<usize>| i.and_then(at).is_some_and(char::is_alphabetic);
    let before = |i: usize| i.checked_sub(1);
    let positions = |pred: &dyn Fn(usize) -> bool| (0..chars.len()).filter(|&i| pred(i)).count();

    let looks_like_domain = m.gold.iter().chain(&m.system).any(|t| {
        let lower = t.to_lowercase();
        TLDS.iter().any(|tld| {
            lower
                .strip_suffix(tld)
                .is_some_and(|stem| stem.ends_with(char::is_alphanumeric))
        })
    });
    if region.contains("://")
        || region.contains("www.")
        || region.contains('@')
        || looks_like_domain
    {
        return "url/email";
    }

    let emoticon = (2..=3).contains(&chars.len())
        && matches!(chars[0], ':' | ';' | '=' | '8')
        && matches!(
            chars[chars.len() - 1],
            ')' | '(' | 'D' | 'P' | 'p' | '/' | '|'
        );
    if emoticon {
        return "emoticon";
    }

    let is_stop = |c: char| matches!(c, '.' | '!' | '?');
    if region.contains('…') || chars.windows(2).any(|w| is_stop(w[0]) && is_stop(w[1])) {
        return "ellipsis/repeated punct";
    }

    let numeric_periods = positions(&|i| chars[i] == '.' && digit_at(before(i)));
    let time = positions(&|i| chars[i] == ':' && digit_at(before(i)) && digit_at(Some(i + 1)));
    if numeric_periods >= 2 || time > 0 {
        return "date";
    }

    let separator = positions(&|i| {
        matches!(chars[i], '.' | ',' | ' ' | '\u{202f}' | '\u{a0}')
            && digit_at(before(i))
            && (digit_at(Some(i + 1)) || matches!(at(i + 1), Some('-' | '–')))
    });
    if separator > 0 {
        return "number format";
    }
    if numeric_periods == 1 {
        return "ordinal/number period";
    }
    if positions(&|i| chars[i] == '.' && letter_at(before(i))) > 0 {
        return "abbreviation period";
    }
    let apostrophe = |c: char| matches!(c, '\'' | '’' | '´' | '`');
    let clitic = positions(&|i| {
        apostrophe(chars[i]) && (letter_at(before(i)) || (i == 0 && letter_at(Some(1))))
    });
    if clitic > 0 {
        return "apostrophe/clitic";
    }
    if chars.iter().any(|c| "\"„“”‚‘’'«»‹›`´".contains(*c)) {
        return "quote";
    }
    if region.contains('/') {
        return "slash";
    }
    if chars.iter().any(|c| matches!(c, '-' | '‐' | '–' | '—')) {
        return "hyphen/compound";
    }
    if chars.iter().any(|c| "()[]{}".contains(*c)) {
        return "parentheses";
    }
    "other"
}

// ---------------------------------------------------------------------------
// Sentence boundaries

fn sentence_report(gold: &[GoldSentence], all_examples: bool) {
    let mut whole = String::new();
    let mut gold_ends = Vec::with_capacity(gold.len());
    for sentence in gold {
        if !whole.is_empty() {
            whole.push(' ');
        }
        whole.push_str(&sentence.text);
        gold_ends.push(whole.len());
    }
    let last = whole.trim_end().len();
    let gold_ends: HashSet<usize> = gold_ends.into_iter().filter(|&e| e < last).collect();
    let system_ends: HashSet<usize> = meldung::sentences(&whole)
        .iter()
        .map(|s| s.span.end)
        .filter(|&e| e < last)
        .collect();
    let tp = gold_ends.intersection(&system_ends).count();

    println!(
        "== Sentence boundaries (end offsets, {} texts joined by a space) ==",
        gold.len()
    );
    print_prf("sentence ends", tp, system_ends.len(), gold_ends.len());

    let show = |title: &str, ends: &HashSet<usize>, other: &HashSet<usize>| {
        let mut only: Vec<usize> = ends.difference(other).copied().collect();
        only.sort_unstable();
        println!("{title}: {}", only.len());
        let limit = if all_examples {
            usize::MAX
        } else {
            SENTENCE_EXAMPLES
        };
        for &end in only.iter().take(limit) {
            let (left, right) = surroundings(&whole, end..end);
            println!("  \"{left}⟂{right}\"");
        }
    };
    show("missed ends (gold only)", &gold_ends, &system_ends);
    show("spurious ends (system only)", &system_ends, &gold_ends);
}
