//! Named cases for the German press phenomena the tokenizer must get right.
//!
//! Each case gives an input and the exact token texts; `kinds` pins the kind
//! of selected tokens. A failing case prints what to look at.

use meldung::{TokenKind, tokenize};

struct Case {
    name: &'static str,
    input: &'static str,
    tokens: &'static [&'static str],
    kinds: &'static [(&'static str, TokenKind)],
}

fn check(cases: &[Case]) {
    let mut failures = Vec::new();
    for case in cases {
        let got: Vec<_> = tokenize(case.input).collect();
        let texts: Vec<&str> = got.iter().map(|t| t.text).collect();
        if texts != case.tokens {
            failures.push(format!(
                "case `{}`: input {:?}\n   expected {:?}\n        got {:?}\n   help: token boundaries differ; see src/token/scan.rs",
                case.name, case.input, case.tokens, texts
            ));
            continue;
        }
        for &(text, kind) in case.kinds {
            match got.iter().find(|t| t.text == text) {
                Some(t) if t.kind == kind => {}
                Some(t) => failures.push(format!(
                    "case `{}`: token {:?} is {:?}, expected {:?}\n   help: the boundary is right, the kind is not",
                    case.name, text, t.kind, kind
                )),
                None => failures.push(format!("case `{}`: no token {:?}", case.name, text)),
            }
        }
        for t in &got {
            assert_eq!(
                &case.input[t.span.range()],
                t.text,
                "case `{}`: span does not slice the input",
                case.name
            );
        }
    }
    assert!(
        failures.is_empty(),
        "{} failing case(s):\n{}",
        failures.len(),
        failures.join("\n")
    );
}

use TokenKind::*;

#[test]
fn abbreviations() {
    check(&[
        Case {
            name: "title_before_name",
            input: "Dr. Schmidt und Prof. Dr. Kuhn",
            tokens: &["Dr.", "Schmidt", "und", "Prof.", "Dr.", "Kuhn"],
            kinds: &[("Dr.", Abbreviation), ("Prof.", Abbreviation)],
        },
        Case {
            name: "legal_citation",
            input: "nach § 5 Abs. 2 Nr. 3 und Art. 91c GG",
            tokens: &[
                "nach", "§", "5", "Abs.", "2", "Nr.", "3", "und", "Art.", "91c", "GG",
            ],
            kinds: &[
                ("Abs.", Abbreviation),
                ("Nr.", Abbreviation),
                ("Art.", Abbreviation),
                ("§", Symbol),
            ],
        },
        Case {
            name: "common_lowercase",
            input: "bzw. ca. ggf. inkl. usw. vgl. evtl. sog.",
            tokens: &[
                "bzw.", "ca.", "ggf.", "inkl.", "usw.", "vgl.", "evtl.", "sog.",
            ],
            kinds: &[("bzw.", Abbreviation), ("sog.", Abbreviation)],
        },
        Case {
            name: "amounts",
            input: "2,4 Mio. Euro und 12 Mrd. Euro",
            tokens: &["2,4", "Mio.", "Euro", "und", "12", "Mrd.", "Euro"],
            kinds: &[("Mio.", Abbreviation), ("Mrd.", Abbreviation)],
        },
        Case {
            name: "contact_and_months",
            input: "Tel. 030 1234, Jan. 2024, Sept. 2024, St. Georgen, Hauptstr. 5",
            tokens: &[
                "Tel.",
                "030",
                "1234",
                ",",
                "Jan.",
                "2024",
                ",",
                "Sept.",
                "2024",
                ",",
                "St.",
                "Georgen",
                ",",
                "Hauptstr.",
                "5",
            ],
            kinds: &[
                ("Tel.", Abbreviation),
                ("Jan.", Abbreviation),
                ("Sept.", Abbreviation),
                ("St.", Abbreviation),
            ],
        },
        Case {
            name: "capitalised_at_sentence_start",
            input: "Vgl. dazu Bzw. nicht",
            tokens: &["Vgl.", "dazu", "Bzw.", "nicht"],
            kinds: &[("Vgl.", Abbreviation)],
        },
        Case {
            name: "multi_part_with_space",
            input: "z. B. und u. a. sowie d. h.",
            tokens: &["z.", "B.", "und", "u.", "a.", "sowie", "d.", "h."],
            kinds: &[("z.", Abbreviation), ("B.", Abbreviation)],
        },
        Case {
            name: "multi_part_without_space",
            input: "z.B. die u.a. genannten",
            tokens: &["z.", "B.", "die", "u.", "a.", "genannten"],
            kinds: &[("z.", Abbreviation), ("B.", Abbreviation)],
        },
        Case {
            name: "multi_part_with_no_break_spaces",
            input: "z.\u{A0}B. und z.\u{202F}B. oder u.\u{2009}a.",
            tokens: &["z.", "B.", "und", "z.", "B.", "oder", "u.", "a."],
            kinds: &[],
        },
        Case {
            name: "inner_periods",
            input: "Verein e.V. und Dipl.-Ing. Meier, Dr.-Ing. Kuhn",
            tokens: &[
                "Verein",
                "e.V.",
                "und",
                "Dipl.-Ing.",
                "Meier",
                ",",
                "Dr.-Ing.",
                "Kuhn",
            ],
            kinds: &[("e.V.", Abbreviation), ("Dipl.-Ing.", Abbreviation)],
        },
        Case {
            name: "initial",
            input: "Hans A. Müller",
            tokens: &["Hans", "A.", "Müller"],
            kinds: &[("A.", Abbreviation)],
        },
        Case {
            name: "word_like_abbreviation_at_sentence_end",
            input: "Das ist eine neue Art. Die Frist nach Art. 5 läuft.",
            tokens: &[
                "Das", "ist", "eine", "neue", "Art", ".", "Die", "Frist", "nach", "Art.", "5",
                "läuft", ".",
            ],
            kinds: &[("Art.", Abbreviation)],
        },
        Case {
            name: "ordinary_word_keeps_period_apart",
            input: "Das ist das Ende. Bund.",
            tokens: &["Das", "ist", "das", "Ende", ".", "Bund", "."],
            kinds: &[],
        },
    ]);
}

#[test]
fn numbers_dates_times() {
    check(&[
        Case {
            name: "ordinal_before_month",
            input: "am 3. Oktober",
            tokens: &["am", "3.", "Oktober"],
            kinds: &[("3.", Ordinal)],
        },
        Case {
            name: "ordinal_before_noun_and_lowercase",
            input: "im 3. Quartal, die 12. Kalenderwoche, vom 1. bis 3. März",
            tokens: &[
                "im",
                "3.",
                "Quartal",
                ",",
                "die",
                "12.",
                "Kalenderwoche",
                ",",
                "vom",
                "1.",
                "bis",
                "3.",
                "März",
            ],
            kinds: &[("3.", Ordinal), ("12.", Ordinal), ("1.", Ordinal)],
        },
        Case {
            name: "number_at_sentence_end",
            input: "Die Zahl stieg auf 27. Die Genossenschaft wächst.",
            tokens: &[
                "Die",
                "Zahl",
                "stieg",
                "auf",
                "27",
                ".",
                "Die",
                "Genossenschaft",
                "wächst",
                ".",
            ],
            kinds: &[("27", Number)],
        },
        Case {
            name: "year_at_sentence_end",
            input: "seit 2019. Danach im Jahr 2024.",
            tokens: &["seit", "2019", ".", "Danach", "im", "Jahr", "2024", "."],
            kinds: &[("2019", Number)],
        },
        Case {
            name: "numbered_list_item",
            input: "Ziele:\n1. Die Verwaltung wird digital\n2. Alle machen mit",
            tokens: &[
                "Ziele",
                ":",
                "1.",
                "Die",
                "Verwaltung",
                "wird",
                "digital",
                "2.",
                "Alle",
                "machen",
                "mit",
            ],
            kinds: &[("1.", Ordinal), ("2.", Ordinal)],
        },
        Case {
            name: "dates",
            input: "18.12.2023, 1.1.24, 18.12. und 2023-12-18",
            tokens: &[
                "18.12.2023",
                ",",
                "1.1.24",
                ",",
                "18.12.",
                "und",
                "2023-12-18",
            ],
            kinds: &[
                ("18.12.2023", Date),
                ("1.1.24", Date),
                ("18.12.", Date),
                ("2023-12-18", Date),
            ],
        },
        Case {
            name: "date_with_weekday_in_brackets",
            input: "am 7.10. (Mittwoch)",
            tokens: &["am", "7.10.", "(", "Mittwoch", ")"],
            kinds: &[("7.10.", Date), ("(", OpenBracket), (")", CloseBracket)],
        },
        Case {
            name: "day_range",
            input: "1.–3.3.2024 und 24. bis 26. Dezember",
            tokens: &[
                "1.", "–", "3.3.2024", "und", "24.", "bis", "26.", "Dezember",
            ],
            kinds: &[("1.", Ordinal), ("–", Dash), ("3.3.2024", Date)],
        },
        Case {
            name: "times",
            input: "um 14:30 Uhr, ab 9.30 Uhr und 8:00:15",
            tokens: &[
                "um", "14:30", "Uhr", ",", "ab", "9.30", "Uhr", "und", "8:00:15",
            ],
            kinds: &[("14:30", Time), ("9.30", Time), ("8:00:15", Time)],
        },
        Case {
            name: "german_numbers",
            input: "1.000.000 Menschen, 3,5 Prozent, 1.250,50 Euro, 100.000",
            tokens: &[
                "1.000.000",
                "Menschen",
                ",",
                "3,5",
                "Prozent",
                ",",
                "1.250,50",
                "Euro",
                ",",
                "100.000",
            ],
            kinds: &[
                ("1.000.000", Number),
                ("3,5", Number),
                ("1.250,50", Number),
                ("100.000", Number),
            ],
        },
        Case {
            name: "symbols_are_tokens",
            input: "15 % mehr, 12 € und § 5, 15%",
            tokens: &[
                "15", "%", "mehr", ",", "12", "€", "und", "§", "5", ",", "15", "%",
            ],
            kinds: &[("%", Symbol), ("€", Symbol), ("§", Symbol)],
        },
        Case {
            name: "versions_and_phone_numbers",
            input: "Version 2.1.3, Tel.: +49 30 18681-0",
            tokens: &[
                "Version", "2.1.3", ",", "Tel.", ":", "+", "49", "30", "18681-0",
            ],
            kinds: &[("2.1.3", Number), ("18681-0", Number)],
        },
    ]);
}

#[test]
fn compounds_and_gender_forms() {
    check(&[
        Case {
            name: "hyphenated_compounds",
            input: "Open-Source-Projekte, govdigital-CEO, IT-Dienstleister, E-Mail, Reckert-Lodde",
            tokens: &[
                "Open-Source-Projekte",
                ",",
                "govdigital-CEO",
                ",",
                "IT-Dienstleister",
                ",",
                "E-Mail",
                ",",
                "Reckert-Lodde",
            ],
            kinds: &[("E-Mail", Word)],
        },
        Case {
            name: "compounds_with_digits",
            input: "5G-Netz, 2-Euro-Münze, 1,5-fach, 1990er Jahre",
            tokens: &[
                "5G-Netz",
                ",",
                "2-Euro-Münze",
                ",",
                "1,5-fach",
                ",",
                "1990er",
                "Jahre",
            ],
            kinds: &[("5G-Netz", Word), ("2-Euro-Münze", Word)],
        },
        Case {
            name: "truncated_compounds",
            input: "Bundes- und Landesbehörden, Ein-, Aus- oder Umbauten",
            tokens: &[
                "Bundes-",
                "und",
                "Landesbehörden",
                ",",
                "Ein-",
                ",",
                "Aus-",
                "oder",
                "Umbauten",
            ],
            kinds: &[("Bundes-", Word)],
        },
        Case {
            name: "gender_forms",
            input: "Bürger*innen, Mitarbeiter:innen, Bürger_innen, BürgerInnen, Lehrer*in",
            tokens: &[
                "Bürger*innen",
                ",",
                "Mitarbeiter:innen",
                ",",
                "Bürger_innen",
                ",",
                "BürgerInnen",
                ",",
                "Lehrer*in",
            ],
            kinds: &[("Bürger*innen", Word), ("Mitarbeiter:innen", Word)],
        },
        Case {
            name: "colon_is_not_a_gender_form",
            input: "Hinweis: in Berlin",
            tokens: &["Hinweis", ":", "in", "Berlin"],
            kinds: &[],
        },
        Case {
            name: "apostrophes",
            input: "geht's, gibt’s, O'Neill",
            tokens: &["geht's", ",", "gibt’s", ",", "O'Neill"],
            kinds: &[("geht's", Word)],
        },
        Case {
            name: "slashes_split",
            input: "und/oder 2023/24 Nr. 17/2024",
            tokens: &[
                "und", "/", "oder", "2023", "/", "24", "Nr.", "17", "/", "2024",
            ],
            kinds: &[("/", Punct)],
        },
    ]);
}

#[test]
fn web_tokens() {
    check(&[
        Case {
            name: "urls_with_and_without_scheme",
            input: "Mehr unter https://www.bmi.bund.de/DE/themen.html, www.bund.de und zendis.de.",
            tokens: &[
                "Mehr",
                "unter",
                "https://www.bmi.bund.de/DE/themen.html",
                ",",
                "www.bund.de",
                "und",
                "zendis.de",
                ".",
            ],
            kinds: &[("www.bund.de", Url), ("zendis.de", Url)],
        },
        Case {
            name: "glued_urls",
            input: "https://www.govdigital.dehttps://digitalservice.bund.dehttps://zendis.de",
            tokens: &[
                "https://www.govdigital.de",
                "https://digitalservice.bund.de",
                "https://zendis.de",
            ],
            kinds: &[("https://zendis.de", Url)],
        },
        Case {
            name: "url_in_brackets",
            input: "(siehe https://de.wikipedia.org/wiki/Foo_(Bar))",
            tokens: &["(", "siehe", "https://de.wikipedia.org/wiki/Foo_(Bar)", ")"],
            kinds: &[],
        },
        Case {
            name: "email",
            input: "E-Mail: presse@bmi.bund.de oder max.muster_frau@stadt-koeln.de.",
            tokens: &[
                "E-Mail",
                ":",
                "presse@bmi.bund.de",
                "oder",
                "max.muster_frau@stadt-koeln.de",
                ".",
            ],
            kinds: &[("presse@bmi.bund.de", Email)],
        },
        Case {
            name: "hashtags_and_handles",
            input: "#OZG und #Digitalisierung von @BMI_Bund, @ alle",
            tokens: &[
                "#OZG",
                "und",
                "#Digitalisierung",
                "von",
                "@BMI_Bund",
                ",",
                "@",
                "alle",
            ],
            kinds: &[("#OZG", Hashtag), ("@BMI_Bund", Handle), ("@", Symbol)],
        },
        Case {
            name: "missing_space_is_not_a_domain",
            input: "das Ende.Die Verwaltung",
            tokens: &["das", "Ende", ".", "Die", "Verwaltung"],
            kinds: &[],
        },
    ]);
}

#[test]
fn punctuation() {
    check(&[
        Case {
            name: "german_quotes",
            input: "„Wir freuen uns“, sagte sie. ‚Gut‘",
            tokens: &[
                "„", "Wir", "freuen", "uns", "“", ",", "sagte", "sie", ".", "‚", "Gut", "‘",
            ],
            kinds: &[
                ("„", OpenQuote),
                ("“", CloseQuote),
                ("‚", OpenQuote),
                ("‘", CloseQuote),
            ],
        },
        Case {
            name: "guillemets_german_and_swiss",
            input: "»Ja« und «Nein»",
            tokens: &["»", "Ja", "«", "und", "«", "Nein", "»"],
            kinds: &[],
        },
        Case {
            name: "straight_quotes_by_context",
            input: "Er sagte \"Hallo\" und 'tschüss'.",
            tokens: &[
                "Er", "sagte", "\"", "Hallo", "\"", "und", "'", "tschüss", "'", ".",
            ],
            kinds: &[],
        },
        Case {
            name: "dashes_and_ellipsis",
            input: "Ziel – und mehr — das … und so ... weiter [...]",
            tokens: &[
                "Ziel", "–", "und", "mehr", "—", "das", "…", "und", "so", "...", "weiter", "[",
                "...", "]",
            ],
            kinds: &[("–", Dash), ("—", Dash), ("…", Ellipsis), ("...", Ellipsis)],
        },
        Case {
            name: "brackets_and_marks",
            input: "(ZenDiS) [1] {x} Wirklich?! Ja!!!",
            tokens: &[
                "(", "ZenDiS", ")", "[", "1", "]", "{", "x", "}", "Wirklich", "?", "!", "Ja", "!",
                "!", "!",
            ],
            kinds: &[("?", Punct)],
        },
    ]);
}

#[test]
fn unicode() {
    check(&[
        Case {
            name: "decomposed_umlaut",
            input: "Bu\u{308}rger und Gru\u{308}ße",
            tokens: &["Bu\u{308}rger", "und", "Gru\u{308}ße"],
            kinds: &[("Bu\u{308}rger", Word)],
        },
        Case {
            name: "soft_hyphen_inside_word",
            input: "Verwal\u{AD}tungs\u{AD}digitalisierung",
            tokens: &["Verwal\u{AD}tungs\u{AD}digitalisierung"],
            kinds: &[],
        },
        Case {
            name: "emoji_clusters",
            input: "Danke 👍🏽 und 👨‍👩‍👧 sowie 🇩🇪!",
            tokens: &["Danke", "👍🏽", "und", "👨‍👩‍👧", "sowie", "🇩🇪", "!"],
            kinds: &[("👍🏽", Symbol)],
        },
        Case {
            name: "adjacent_flags_are_one_token_each",
            input: "EU 🇪🇺🇩🇪🇫🇷 und 🇩🇪🇩🇪.",
            tokens: &["EU", "🇪🇺", "🇩🇪", "🇫🇷", "und", "🇩🇪", "🇩🇪", "."],
            kinds: &[("🇫🇷", Symbol)],
        },
        Case {
            name: "non_latin_scripts",
            input: "Привет мир, Ελλάδα και नमस्ते",
            tokens: &["Привет", "мир", ",", "Ελλάδα", "και", "नमस्ते"],
            kinds: &[],
        },
        Case {
            name: "byte_order_mark_and_zero_width_space",
            input: "\u{FEFF}Berlin\u{200B}Bonn",
            tokens: &["Berlin", "Bonn"],
            kinds: &[],
        },
    ]);
}

#[test]
fn austrian_and_swiss_forms() {
    check(&[
        Case {
            name: "austrian_feminine_titles",
            input: "Mag.a Huber und Dr.in Gruber, Mag. Berger",
            tokens: &[
                "Mag.a", "Huber", "und", "Dr.in", "Gruber", ",", "Mag.", "Berger",
            ],
            kinds: &[("Mag.a", Abbreviation), ("Dr.in", Abbreviation)],
        },
        Case {
            name: "swiss_thousands_and_dash_cents",
            input: "Fr. 850'000.– und € 1.250,– sowie 1'250'000.50 Franken",
            tokens: &[
                "Fr.",
                "850'000.–",
                "und",
                "€",
                "1.250,–",
                "sowie",
                "1'250'000.50",
                "Franken",
            ],
            kinds: &[
                ("850'000.–", Number),
                ("1.250,–", Number),
                ("1'250'000.50", Number),
            ],
        },
        Case {
            name: "ordinal_before_compound",
            input: "der 2. Vor-Ort-Termin",
            tokens: &["der", "2.", "Vor-Ort-Termin"],
            kinds: &[("2.", Ordinal)],
        },
        Case {
            name: "austrian_month_names",
            input: "am 15. Jänner 2024 und 3. Jän. 2025",
            tokens: &["am", "15.", "Jänner", "2024", "und", "3.", "Jän.", "2025"],
            kinds: &[("15.", Ordinal), ("Jän.", Abbreviation)],
        },
    ]);
}

#[test]
fn long_words_and_every_ascii_neighbour() {
    // The scanner reads ASCII letters eight at a time: every byte that can
    // stand after a run of letters must still end (or continue) it correctly.
    for len in 1..20 {
        let word: String = "Verwaltungsdigitalisierung"
            .chars()
            .cycle()
            .take(len)
            .collect();
        for b in 0u8..128 {
            let c = b as char;
            let text = format!("{word}{c}x");
            let first = tokenize(&text).next().expect("a token");
            let expected_end = if c.is_ascii_alphanumeric() {
                text.len()
            } else {
                word.len()
            };
            if matches!(c, '-' | '_' | '\'' | '.' | '@' | '*' | ':' | '/') {
                continue; // joiners and periods have their own cases above
            }
            assert_eq!(
                first.span.end, expected_end,
                "word {word:?} followed by {c:?}"
            );
        }
    }
}

#[test]
fn informal_and_typewriter_forms() {
    check(&[
        Case {
            name: "clitic_after_space",
            input: "Ich fand 's gut, hab 'n Plan und 'nen Hund",
            tokens: &[
                "Ich", "fand", "'s", "gut", ",", "hab", "'n", "Plan", "und", "'nen", "Hund",
            ],
            kinds: &[("'s", Word), ("'n", Word)],
        },
        Case {
            name: "apostrophe_quote_is_no_clitic",
            input: "'sehr' gut",
            tokens: &["'", "sehr", "'", "gut"],
            kinds: &[],
        },
        Case {
            name: "tex_quotes",
            input: "``Der Pakt'' gilt",
            tokens: &["``", "Der", "Pakt", "''", "gilt"],
            kinds: &[("``", OpenQuote), ("''", CloseQuote)],
        },
        Case {
            name: "emoticons",
            input: "freut sich :-) und ;) aber :( sowie Punkt:D",
            tokens: &[
                "freut", "sich", ":-)", "und", ";)", "aber", ":(", "sowie", "Punkt", ":", "D",
            ],
            kinds: &[(":-)", Symbol), (";)", Symbol)],
        },
        Case {
            name: "price_placeholders",
            input: "rund 14.-- € oder 5,- Euro",
            tokens: &["rund", "14.--", "€", "oder", "5,-", "Euro"],
            kinds: &[("14.--", Number), ("5,-", Number)],
        },
    ]);
}

#[test]
fn review_findings() {
    check(&[
        Case {
            name: "email_with_umlaut_and_no_handle_inside_a_word",
            input: "müller@bund.de und max.müller@bund.de",
            tokens: &["müller@bund.de", "und", "max.müller@bund.de"],
            kinds: &[("müller@bund.de", Email)],
        },
        Case {
            name: "domains_with_umlauts",
            input: "www.münchen.de und bürgerservice.sachsen.de sowie münchen.de.",
            tokens: &[
                "www.münchen.de",
                "und",
                "bürgerservice.sachsen.de",
                "sowie",
                "münchen.de",
                ".",
            ],
            kinds: &[("bürgerservice.sachsen.de", Url), ("münchen.de", Url)],
        },
        Case {
            name: "more_gender_forms",
            input: "Bürger/-innen, Lehrer/in, Schüler*innenvertretung, Mitarbeiter:innenversammlung, und/in",
            tokens: &[
                "Bürger/-innen",
                ",",
                "Lehrer/in",
                ",",
                "Schüler*innenvertretung",
                ",",
                "Mitarbeiter:innenversammlung",
                ",",
                "und",
                "/",
                "in",
            ],
            kinds: &[("Bürger/-innen", Word)],
        },
        Case {
            name: "unit_letter_is_no_initial",
            input: "25°C. Morgen 20°C.",
            tokens: &["25", "°", "C", ".", "Morgen", "20", "°", "C", "."],
            kinds: &[],
        },
        Case {
            name: "abbreviation_before_ellipsis",
            input: "Birnen usw... Dann",
            tokens: &["Birnen", "usw", "...", "Dann"],
            kinds: &[("...", Ellipsis)],
        },
        Case {
            name: "spaced_date_and_ordinal_before_line_break",
            input: "am 12. 3. 2024 gewählt, am 3.\nOktober",
            tokens: &[
                "am", "12.", "3.", "2024", "gewählt", ",", "am", "3.", "Oktober",
            ],
            kinds: &[("12.", Ordinal), ("3.", Ordinal)],
        },
        Case {
            name: "quote_after_colon_opens",
            input: "Er sagte:\"Ja\" und ging.",
            tokens: &["Er", "sagte", ":", "\"", "Ja", "\"", "und", "ging", "."],
            kinds: &[],
        },
        Case {
            name: "time_ranges_before_uhr",
            input: "von 9.30 bis 11.45 Uhr und 9.30–12 Uhr",
            tokens: &[
                "von", "9.30", "bis", "11.45", "Uhr", "und", "9.30", "–", "12", "Uhr",
            ],
            kinds: &[("9.30", Time), ("11.45", Time)],
        },
        Case {
            name: "number_after_abbreviation_is_not_a_list_item",
            input: "in der Abt. 3. Die Leitung",
            tokens: &["in", "der", "Abt.", "3", ".", "Die", "Leitung"],
            kinds: &[("3", Number)],
        },
        Case {
            name: "em_dash_amount",
            input: "1.250,— EUR",
            tokens: &["1.250,—", "EUR"],
            kinds: &[("1.250,—", Number)],
        },
        Case {
            name: "it_providers_glued_names",
            input: "IT.NRW und IT.Niedersachsen (IT.N)",
            tokens: &["IT.NRW", "und", "IT.Niedersachsen", "(", "IT.N", ")"],
            kinds: &[("IT.NRW", Word)],
        },
        Case {
            name: "dotted_names_stay_one_word",
            input: "ver.di-Chef und Komm.ONE (AöR), Ver.di. Ende.Die",
            tokens: &[
                "ver.di-Chef",
                "und",
                "Komm.ONE",
                "(",
                "AöR",
                ")",
                ",",
                "Ver.di",
                ".",
                "Ende",
                ".",
                "Die",
            ],
            kinds: &[("Komm.ONE", Word)],
        },
        Case {
            name: "url_followed_by_brackets",
            input: "(siehe http://x.de/a))",
            tokens: &["(", "siehe", "http://x.de/a", ")", ")"],
            kinds: &[],
        },
    ]);
}

#[test]
fn url_with_many_closing_brackets_is_linear() {
    // Trimming trailing brackets once counted the whole address per bracket.
    let text = format!("http://x.de/{}", ")".repeat(200_000));
    let tokens: Vec<_> = tokenize(&text).collect();
    assert_eq!(tokens[0].text, "http://x.de/");
    assert_eq!(tokens.len(), 200_001);
}

#[test]
fn prepended_mark_never_swallows_a_space() {
    let text = "\u{600} x";
    let tokens: Vec<_> = tokenize(text).map(|t| t.text).collect();
    assert_eq!(tokens, ["\u{600}", "x"]);
}

#[test]
fn lists_of_days() {
    check(&[Case {
        name: "ordinal_before_comma_in_a_list_of_days",
        input: "am 27., 28. und 29. Dezember, aber 3, 4.",
        tokens: &[
            "am", "27.", ",", "28.", "und", "29.", "Dezember", ",", "aber", "3", ",", "4", ".",
        ],
        kinds: &[("27.", Ordinal)],
    }]);
}
