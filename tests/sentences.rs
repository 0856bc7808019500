//! Named cases for sentence boundaries in German press text.

use meldung::sentences;

struct Case {
    name: &'static str,
    input: &'static str,
    sentences: &'static [&'static str],
}

fn check(cases: &[Case]) {
    let mut failures = Vec::new();
    for case in cases {
        let got: Vec<&str> = sentences(case.input)
            .iter()
            .map(|s| s.text(case.input))
            .collect();
        if got != case.sentences {
            failures.push(format!(
                "case `{}`:\n   expected {:#?}\n        got {:#?}\n   help: see the rules in src/sentence.rs",
                case.name, case.sentences, got
            ));
        }
    }
    assert!(
        failures.is_empty(),
        "{} failing case(s):\n{}",
        failures.len(),
        failures.join("\n")
    );
}

#[test]
fn no_break_inside_sentences() {
    check(&[
        Case {
            name: "ordinal_before_month",
            input: "Ich habe am 3. Juni Geburtstag.",
            sentences: &["Ich habe am 3. Juni Geburtstag."],
        },
        Case {
            name: "ordinal_before_lowercase",
            input: "Vom 1. bis 3. März tagt die Konferenz.",
            sentences: &["Vom 1. bis 3. März tagt die Konferenz."],
        },
        Case {
            name: "date_before_weekday_in_brackets",
            input: "Die Sitzung findet am 7.10. (Mittwoch) statt.",
            sentences: &["Die Sitzung findet am 7.10. (Mittwoch) statt."],
        },
        Case {
            name: "title_before_name",
            input: "Dr. Schmidt sagte, Prof. Dr. Kuhn stimme zu.",
            sentences: &["Dr. Schmidt sagte, Prof. Dr. Kuhn stimme zu."],
        },
        Case {
            name: "title_before_a_first_name_that_is_also_a_little_word",
            input: "Heute erklärte Dr. Per Sönnichsen das.",
            sentences: &["Heute erklärte Dr. Per Sönnichsen das."],
        },
        Case {
            name: "multi_part_abbreviations",
            input: "Das gilt z. B. für Kommunen, u. a. in Bayern, d. h. überall.",
            sentences: &["Das gilt z. B. für Kommunen, u. a. in Bayern, d. h. überall."],
        },
        Case {
            name: "abbreviation_before_noun",
            input: "Die Kosten liegen bei ca. 2,4 Mio. Euro bzw. 12 Mrd. Euro insgesamt.",
            sentences: &["Die Kosten liegen bei ca. 2,4 Mio. Euro bzw. 12 Mrd. Euro insgesamt."],
        },
        Case {
            name: "quote_then_attribution",
            input: "„Wir freuen uns.“, sagte sie. „Wirklich?“, fragte er.",
            sentences: &["„Wir freuen uns.“, sagte sie.", "„Wirklich?“, fragte er."],
        },
        Case {
            name: "line_break_inside_brackets",
            input: "Ziel ist es, voranzutreiben (\nwir berichteten). Nun kommen zwei hinzu.",
            sentences: &[
                "Ziel ist es, voranzutreiben (\nwir berichteten).",
                "Nun kommen zwei hinzu.",
            ],
        },
        Case {
            name: "line_break_after_function_word_or_before_lowercase",
            input: "Die Genossenschaft der\nöffentlichen IT-Dienstleister wächst mit den\nMitgliedern.",
            sentences: &[
                "Die Genossenschaft der\nöffentlichen IT-Dienstleister wächst mit den\nMitgliedern.",
            ],
        },
        Case {
            name: "url_and_email_inside",
            input: "Mehr unter www.bund.de und presse@bmi.bund.de. Danke.",
            sentences: &["Mehr unter www.bund.de und presse@bmi.bund.de.", "Danke."],
        },
    ]);
}

#[test]
fn breaks() {
    check(&[
        Case {
            name: "period_then_uppercase",
            input: "Das ist gut. Die Verwaltung wird digital.",
            sentences: &["Das ist gut.", "Die Verwaltung wird digital."],
        },
        Case {
            name: "question_exclamation_ellipsis",
            input: "Wer zahlt? Der Bund! Und dann … Die Länder.",
            sentences: &["Wer zahlt?", "Der Bund!", "Und dann …", "Die Länder."],
        },
        Case {
            name: "period_inside_closing_quote",
            input: "„Das ist ein wichtiger Baustein.“ Dann folgte die Abstimmung.",
            sentences: &[
                "„Das ist ein wichtiger Baustein.“",
                "Dann folgte die Abstimmung.",
            ],
        },
        Case {
            name: "period_then_opening_quote",
            input: "So Theurer. „Immer häufiger wirken unsere Projekte.“",
            sentences: &["So Theurer.", "„Immer häufiger wirken unsere Projekte.“"],
        },
        Case {
            name: "guillemets",
            input: "»Wir sind bereit.« Der Landrat nickte.",
            sentences: &["»Wir sind bereit.«", "Der Landrat nickte."],
        },
        Case {
            name: "number_at_sentence_end",
            input: "Die Zahl der Mitglieder stieg auf 27. Die Genossenschaft wächst.",
            sentences: &[
                "Die Zahl der Mitglieder stieg auf 27.",
                "Die Genossenschaft wächst.",
            ],
        },
        Case {
            name: "abbreviation_at_sentence_end",
            input: "Gefördert werden Straßen, Brücken usw. Die Anträge sind online.",
            sentences: &[
                "Gefördert werden Straßen, Brücken usw.",
                "Die Anträge sind online.",
            ],
        },
        Case {
            name: "date_at_sentence_end",
            input: "Die Frist endet am 18.12. Danach entscheidet der Rat.",
            sentences: &["Die Frist endet am 18.12.", "Danach entscheidet der Rat."],
        },
        Case {
            name: "headline_dateline_lead",
            input: "Neue Mitglieder für govdigital\nBerlin, 18. Dezember 2023\nDas ZenDiS tritt bei.",
            sentences: &[
                "Neue Mitglieder für govdigital",
                "Berlin, 18. Dezember 2023",
                "Das ZenDiS tritt bei.",
            ],
        },
        Case {
            name: "list_items",
            input: "Die Ziele:\n- schnellere Verfahren\n- weniger Papier\n• Open Source\n1. Die Verwaltung wird digital",
            sentences: &[
                "Die Ziele:",
                "- schnellere Verfahren",
                "- weniger Papier",
                "• Open Source",
                "1. Die Verwaltung wird digital",
            ],
        },
        Case {
            name: "list_number_after_a_sentence",
            input: "Die Sitzung ist vorbei. 4. Die Auffassung ist falsch.",
            sentences: &["Die Sitzung ist vorbei.", "4. Die Auffassung ist falsch."],
        },
        Case {
            name: "blank_line",
            input: "Pressekontakt\n\nPressestelle des BMI",
            sentences: &["Pressekontakt", "Pressestelle des BMI"],
        },
        Case {
            name: "contact_block",
            input: "Tel.: 030 18681-0\nE-Mail: presse@bmi.bund.de\nInternet: www.bmi.bund.de",
            sentences: &[
                "Tel.: 030 18681-0",
                "E-Mail: presse@bmi.bund.de",
                "Internet: www.bmi.bund.de",
            ],
        },
    ]);
}

#[test]
fn review_findings() {
    check(&[
        Case {
            name: "dash_after_exclamation_goes_on",
            input: "Er rief: „Los!“ – und ging. Danach kam sie.",
            sentences: &["Er rief: „Los!“ – und ging.", "Danach kam sie."],
        },
        Case {
            name: "abbreviation_inside_closing_quote",
            input: "„Wir fördern Länder usw.“ Dann ging er. „Die Frist endet am 31.12.“ Danach nicht mehr.",
            sentences: &[
                "„Wir fördern Länder usw.“",
                "Dann ging er.",
                "„Die Frist endet am 31.12.“",
                "Danach nicht mehr.",
            ],
        },
        Case {
            name: "headline_ending_in_a_verb_particle",
            input: "Bürgerbüros stellen auf Terminvergabe um\nLängere Öffnungszeiten ab Mai",
            sentences: &[
                "Bürgerbüros stellen auf Terminvergabe um",
                "Längere Öffnungszeiten ab Mai",
            ],
        },
        Case {
            name: "bullet_lines",
            input: "• Ziehen Sie eine Vertrauensperson hinzu\n• Verständigen Sie die Polizei",
            sentences: &[
                "• Ziehen Sie eine Vertrauensperson hinzu",
                "• Verständigen Sie die Polizei",
            ],
        },
        Case {
            name: "it_provider_name_is_no_sentence_end",
            input: "Der Landesbetrieb IT.NRW betreibt das Netz.",
            sentences: &["Der Landesbetrieb IT.NRW betreibt das Netz."],
        },
    ]);
}
