//! The document's own date: what a release says about when it was issued.

use super::Date;
use super::extract::full_date_at;
use crate::{Token, TokenKind};

/// How many tokens from the start a dateline or a bare date line may stand.
const HEAD_TOKENS: usize = 80;

/// The publication date the text states, if any. In order of trust:
///
/// 1. a bracketed date opening the text: `[18.12.2023]`;
/// 2. an explicit label anywhere: `Pressemitteilung vom 18.12.2023`,
///    `Stand: 01.02.2024`, `Veröffentlicht am 3. Mai 2024`, `Datum: …`;
/// 3. a dateline near the top: a line `Berlin, 18. Dezember 2023` or
///    `Hannover, 5.3.2024 – Das …`, or a line holding only a date.
pub(super) fn document_date(text: &str, tokens: &[Token<'_>]) -> Option<Date> {
    if tokens.first().is_some_and(|t| t.text == "[")
        && let Some((date, next)) = full_date_at(tokens, 1)
        && tokens.get(next).is_some_and(|t| t.text == "]")
    {
        return Some(date);
    }
    if let Some(date) = labelled(tokens) {
        return Some(date);
    }
    dateline(text, tokens)
}

/// Bit `n` of `[b]`: a word of [`labelled`] has `n` bytes and starts with
/// byte `b` ("am", "vom", "Stand", "stand", "Datum", "datum").
const LABEL_LENGTHS: [u8; 256] = {
    let mut table = [0u8; 256];
    table[b'a' as usize] = 1 << 2;
    table[b'v' as usize] = 1 << 3;
    table[b'S' as usize] = 1 << 5;
    table[b's' as usize] = 1 << 5;
    table[b'D' as usize] = 1 << 5;
    table[b'd' as usize] = 1 << 5;
    table
};

/// The last bytes of the words of [`labelled`].
const LABEL_LAST: [bool; 256] = {
    let mut table = [false; 256];
    table[b'm' as usize] = true;
    table[b'd' as usize] = true;
    table
};

/// `Pressemitteilung vom …`, `Stand: …`, `Veröffentlicht am …`, `Datum: …`.
fn labelled(tokens: &[Token<'_>]) -> Option<Date> {
    for (i, t) in tokens.iter().enumerate() {
        // every token is asked: its length, first and last byte reject
        // nearly all before comparing strings, in table look-ups and one
        // branch (a branch on each would be anyone's guess)
        let b = t.text.as_bytes();
        let first = usize::from(b.first().copied().unwrap_or(0));
        let last = usize::from(b.last().copied().unwrap_or(0));
        if (LABEL_LENGTHS[first] >> b.len().min(7)) & u8::from(LABEL_LAST[last]) == 0 {
            continue;
        }
        let next = |k: usize| tokens.get(i + k);
        let start = match t.text {
            // "Pressemitteilung vom …", "Pressemitteilung Nr. 08/2024 vom …"
            "vom"
                if tokens[i.saturating_sub(5)..i].iter().any(|t| {
                    // the labels have 7 bytes or more, and lowercasing never
                    // makes a shorter token one of them: skip the allocation
                    t.text.len() >= 7
                        && matches!(
                            t.text.to_lowercase().as_str(),
                            "pressemitteilung"
                                | "pressemeldung"
                                | "presseinformation"
                                | "medienmitteilung"
                                | "medieninformation"
                                | "mitteilung"
                                | "meldung"
                                | "rathauskorrespondenz"
                        )
                }) =>
            {
                i + 1
            }
            "Stand" | "Datum" | "stand" | "datum" if next(1).is_some_and(|n| n.text == ":") => {
                i + 2
            }
            "am" if i > 0
                && matches!(
                    tokens[i - 1].text,
                    "Veröffentlicht"
                        | "veröffentlicht"
                        | "Erschienen"
                        | "erschienen"
                        | "Herausgegeben"
                ) =>
            {
                i + 1
            }
            _ => continue,
        };
        // "Stand: Montag, 18. Dezember 2023"
        let start = if tokens.get(start).is_some_and(|t| is_weekday(t.text))
            && tokens.get(start + 1).is_some_and(|t| t.text == ",")
        {
            start + 2
        } else {
            start
        };
        if let Some((date, _)) = full_date_at(tokens, start) {
            return Some(date);
        }
    }
    None
}

fn is_weekday(word: &str) -> bool {
    matches!(
        word,
        "Montag"
            | "Dienstag"
            | "Mittwoch"
            | "Donnerstag"
            | "Freitag"
            | "Samstag"
            | "Sonnabend"
            | "Sonntag"
    )
}

/// A dateline near the top: `Place, date` opening a line, or a line that
/// holds a date alone (after an optional weekday).
fn dateline(text: &str, tokens: &[Token<'_>]) -> Option<Date> {
    let starts_line = |i: usize| {
        i == 0
            || text
                .get(tokens[i - 1].span.end..tokens[i].span.start)
                .is_some_and(|gap| gap.contains('\n'))
    };
    for i in 0..tokens.len().min(HEAD_TOKENS) {
        if !starts_line(i) {
            continue;
        }
        // "18.12.2023" or "Montag, 18. Dezember 2023" alone at a line start
        let mut j = i;
        if is_weekday(tokens[j].text) && tokens.get(j + 1).is_some_and(|t| t.text == ",") {
            j += 2;
        }
        // "18.12.2023", "18.12.2023 –", "18.12.2023, 14:30 Uhr" opening a line
        if let Some((date, next)) = full_date_at(tokens, j)
            && (next >= tokens.len()
                || starts_line(next)
                || tokens[next].kind == TokenKind::Dash
                || tokens[next].text == ","
                    && tokens
                        .get(next + 1)
                        .is_some_and(|t| t.kind == TokenKind::Time))
        {
            return Some(date);
        }
        // "Berlin, 18. Dezember 2023", "Frankfurt am Main, 5.3.2024 –",
        // "St. Gallen, 19. November 2024"
        let mut k = i;
        while k < tokens.len()
            && k < i + 5
            && (matches!(
                tokens[k].kind,
                TokenKind::Word
                    | TokenKind::Abbreviation
                    | TokenKind::OpenBracket
                    | TokenKind::CloseBracket
            ) || tokens[k].text == "/")
            && !(k > i && starts_line(k))
        {
            k += 1;
        }
        // a place: capitalised words that are not function words ("Die
        // Sitzung beginnt am Mittwoch, …" is no dateline), joined by
        // am/an/der/ob ("Frankfurt am Main", "Mülheim an der Ruhr")
        let place = tokens[i..k].iter().all(|t| {
            t.kind != TokenKind::Word
                || matches!(t.text, "am" | "an" | "der" | "ob" | "im" | "in")
                || t.is_capitalised() && !crate::lexicon::LEXICON.is_function_word(t.text)
        });
        if k > i
            && place
            && tokens[i].is_capitalised()
            && tokens.get(k).is_some_and(|t| t.text == ",")
            && let Some((date, _)) = full_date_at(tokens, k + 1)
                // "Hamburg, den 18. Dezember 2023"
                .or_else(|| {
                    tokens
                        .get(k + 1)
                        .filter(|t| t.text == "den")
                        .and_then(|_| full_date_at(tokens, k + 2))
                })
                .or_else(|| {
                    tokens
                        .get(k + 2)
                        .filter(|_| tokens.get(k + 1).is_some_and(|t| is_weekday(t.text)))
                        .and_then(|_| full_date_at(tokens, k + 3))
                })
        {
            return Some(date);
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn doc_date(text: &str) -> Option<String> {
        let tokens: Vec<_> = crate::tokenize(text).collect();
        document_date(text, &tokens).map(|d| d.to_string())
    }

    #[test]
    fn finds_the_date_a_release_states() {
        assert_eq!(
            doc_date("[18.12.2023] Das Zentrum …").as_deref(),
            Some("2023-12-18")
        );
        assert_eq!(
            doc_date("Neue Cloud\nBerlin, 18. Dezember 2023\nDas BMI …").as_deref(),
            Some("2023-12-18")
        );
        assert_eq!(
            doc_date("Titel\nHannover, 5.3.2024 – Die Landesregierung …").as_deref(),
            Some("2024-03-05")
        );
        assert_eq!(
            doc_date("Pressemitteilung vom 12.02.2024\nTitel").as_deref(),
            Some("2024-02-12")
        );
        assert_eq!(
            doc_date("Amt\nPressemitteilung Nr. 08/2024 vom 22.01.2024").as_deref(),
            Some("2024-01-22")
        );
        assert_eq!(
            doc_date("Städtetag\nBerlin/Köln, 10. April 2024\nTitel").as_deref(),
            Some("2024-04-10")
        );
        assert_eq!(
            doc_date("Titel\nText.\nStand: 01.02.2024").as_deref(),
            Some("2024-02-01")
        );
        assert_eq!(
            doc_date("Veröffentlicht am 3. Mai 2024\nTitel").as_deref(),
            Some("2024-05-03")
        );
        assert_eq!(doc_date("Ohne Datum. Am 3. Mai 2024 passiert etwas."), None);
    }
}
