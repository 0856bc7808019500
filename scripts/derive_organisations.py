#!/usr/bin/env python3
"""Derive data/organisations.tsv from three openly licensed source tables.

Run from the crate root:

    python3 scripts/derive_organisations.py

Python 3.11, standard library only. The output is deterministic: the same
inputs always give a byte-identical file.

Inputs (read-only, under ../shared/data/, override with --shared DIR):

  ministries-helper-tables/tbl_Bundesministerien_2017-2021.csv
  ministries-helper-tables/tbl_Bundesministerien_2021-2025.csv
  ministries-helper-tables/tbl_Bundeslaender.csv
      schiersner/government-helper-tables, commit 42e4a9ef, dl-de/zero-2-0
  authorities-bund-organigram/anschriftenverzeichnis.json
  authorities-bund-organigram/organizations-index.json
      datenlabor-bmz/german-organigram, commit d778ab68, MIT (c) 2025 BMZ
      Datenlabor (upstream: BVA "Anschriftenverzeichnis des Bundes")
  german-gov-domains/domains.federal.csv
      robbi5/german-gov-domains, commit 36d89caf, CC0 1.0

Also read: data/function_words.txt (aliases that are German function words
are dropped) and data/organisations_extra.tsv (hand-written rows; a derived
row whose normalised name is already there is left out, since the
hand-written row wins, and a derived alias that the extra file gives to a
different organisation is dropped).

Output format (see the header written into the file): one organisation per
line, NAME<TAB>ALIASES<TAB>KIND<TAB>SOURCE[<TAB>historic].

Decisions (documented again in the output header):
  * Ministries of both earlier cabinets are kept. A ministry that is not in
    the current (2025) organigram gets a fifth column "historic": older
    press releases and retrospective mentions ("das damalige BMWK") still
    name them. An acronym that a current organisation uses (BMI) is removed
    from a historic row, so that every alias of a current row is unique.
  * Authorities: the organisation records of the Anschriftenverzeichnis
    (not its 806 branch/"Liegenschaft" records). Role titles (Beauftragte,
    Koordinatoren, Sondergesandte, Bundeskanzler, Bundespräsident, ...) are
    left out: they are roles, not organisations, and belong to the role
    gazetteer. Exceptions: the Beauftragte who head a supreme federal
    authority (BKM, BfDI) are kept as authorities.
  * Sub-units (Fachbereich, Institutsteil, "Deutsche Abteilung", "Deutscher
    Anteil") are left out or cut back to the organisation they belong to.
  * Domains are not mentions and are not used as aliases. From the domain
    list only the owner names are used, and only those of federal agencies;
    the 8,356 city rows ("Non-Federal Agency" + a place name) are dropped,
    since a place name is not an organisation name. Owner names that are
    persons/roles or web portals are dropped; owners renamed or dissolved
    since 2020 are marked historic (hand-checked list below).
  * The Länder table is only used to check that organisations_extra.tsv has
    a government row for every Land.
"""

from __future__ import annotations

import argparse
import csv
import json
import re
import sys
import unicodedata
from collections import Counter, defaultdict
from pathlib import Path

KINDS = (
    "ministry", "authority", "government", "parliament", "court",
    "municipality", "company", "cooperative", "association", "party",
    "research", "media", "international", "other",
)

SRC_ORGANIGRAM = "bund-organigram"
SRC_MIN = "government-helper-tables"
SRC_DOMAINS = "german-gov-domains"

# --------------------------------------------------------------------------
# Hand-checked corrections. Keys are source names exactly as they appear.
# --------------------------------------------------------------------------

# Source name -> canonical name (typos, variants of one organisation).
RENAME = {
    "Bundesanstalt Immobilienaufgaben": "Bundesanstalt für Immobilienaufgaben",
    "VEBEG - Das Verwertungsunternehmen des Bundes": "VEBEG GmbH",
    "Wasserstraßen- und Schifffahrtsamt Necka": "Wasserstraßen- und Schifffahrtsamt Neckar",
    "Wasserstraßen- und Schifffahrtsamt Main (Aschaffenburg)": "Wasserstraßen- und Schifffahrtsamt Main",
    "Wasserstraßen- und Schifffahrtsamt Nordsee-Ostsee-Kanal (Kiel-Holtenau)":
        "Wasserstraßen- und Schifffahrtsamt Nord-Ostsee-Kanal",
    "Wasserstraßen- und Schifffahrtsamt Weser (Dienstort Verden)": "Wasserstraßen- und Schifffahrtsamt Weser",
    "Wasserstraßen- und Schifffahrtsamt Elbe Nordsee": "Wasserstraßen- und Schifffahrtsamt Elbe-Nordsee",
    "Wasserstraßen- und Schifffahrtsamt-Rhein": "Wasserstraßen- und Schifffahrtsamt Rhein",
    "Wasserstraßen-Neubauamt-Heidelberg": "Wasserstraßen-Neubauamt Heidelberg",
    "Bundeswehrkrankenhaus-Hamburg": "Bundeswehrkrankenhaus Hamburg",
    "Bundeskasse Dienstort Halle": "Bundeskasse",
    "Bundeskasse Dienstort Kiel": "Bundeskasse",
    "Bundeskasse Dienstort Trier": "Bundeskasse",
    "Bundeskasse Dienstort Weiden": "Bundeskasse",
    "DBFZ Deutsches Biomasseforschungszentrum gemeinnützige GmbH": "Deutsches Biomasseforschungszentrum gGmbH",
    "Fraunhofer-Institut für Graphische Datenverarbeitung - Institutsteil Rostock":
        "Fraunhofer-Institut für Graphische Datenverarbeitung",
    "Deutsche Verbindungsstelle des Rüstungsbereichs USA/Kanada - German Liaison Office for Defense Materiel U.S.A./Canada":
        "Deutsche Verbindungsstelle des Rüstungsbereichs USA/Kanada",
    "Leibniz-Insitut für Lebensmittel-Systembiologie an der Technischen Universität München":
        "Leibniz-Institut für Lebensmittel-Systembiologie an der Technischen Universität München",
    "Deutsches Elektronen-Synchrotron DESY": "Deutsches Elektronen-Synchrotron",
    "Beschaffungsamt des BMI": "Beschaffungsamt des Bundesministeriums des Innern",
    "Vertreter des Bundesinteresses beim Bundesverwaltungsgericht":
        "Vertreterin des Bundesinteresses beim Bundesverwaltungsgericht",
    "Die Beauftragte der Bundesregierung für Kultur und Medien":
        "Beauftragter der Bundesregierung für Kultur und Medien",
    "Der Bundesbeauftragte für den Datenschutz und die Informationsfreiheit":
        "Bundesbeauftragte für den Datenschutz und die Informationsfreiheit",
    "Bundestag": "Deutscher Bundestag",
    "studierendenWERK BERLIN  A. d. ö. R.": "studierendenWERK BERLIN A. d. ö. R.",
    "Haus der Wannsee-Konferenz - Gedenk- und Bildungstätte -": "Haus der Wannsee-Konferenz",
    "Arbeitsgemeinschaft der Entwicklungsdienste e. V. - Förderungswerk -": "Arbeitsgemeinschaft der Entwicklungsdienste e. V.",
    "TÜV-Rheinland": "TÜV Rheinland",
    "Bundesministerium für Forschung,Technologie und Raumfahrt": "Bundesministerium für Forschung, Technologie und Raumfahrt",
}

# Source names to leave out, with the reason (reported with --verbose).
DROP = {
    # domain owners that are persons/roles or not organisations
    "Non-Federal Agency": "city domain rows: place names, not organisations",
    "Bundeskanzlerin": "person/role",
    "Bundeskanzler": "person/role",
    "Bundespräsident": "person/role",
    "Der Bundeswahlleiter": "person/role",
    "Bundeswahlleiterin": "person/role",
    "Der Beauftragte der Bundesregierung für Informationstechnik": "role",
    "Bundesbeauftragter für die Unterlagen des Staatssicherheitsdienstes der ehemaligen DDR":
        "role (office dissolved 2021)",
    "Informationsportal zur Umsetzungsstrategie „Digitalisierung gestalten“ der Bundesregierung":
        "web portal, not an organisation",
    "Generalarzt der Luftwaffe": "role",
    "Hochschule des Bundes für öffentliche Verwaltung - Fachbereich Bundeswehrverwaltung":
        "sub-unit (Fachbereich)",
    "Dienstältester Deutscher Offizier/Deutscher Anteil 1st NATO Signal Bataillon": "sub-unit/role",
    "Deutscher Anteil Deutsch-Französiche Brigade": "national contingent of a unit",
    "Deutsche Abteilung der Grundschule René Char": "sub-unit (Abteilung)",
    "Deutsche Abteilung der Internationalen AFNORTH Schule": "sub-unit (Abteilung)",
    "Deutsche Abteilung der Internationalen SHAPE Schule": "sub-unit (Abteilung)",
    "Deutscher Akademischer Austauschdienst e. V. Nationale Agentur für EU":
        "sub-unit of the DAAD",
    "Nationale Agentur beim Bundesinstitut für Berufsbildung": "sub-unit of the BIBB",
    "Zentralstelle der Bundesregierung für internationale Berufsbildungskooperation im Bundesinstitut für Berufsbildung":
        "sub-unit of the BIBB",
    "Unabhängige Bundesbeauftragte für Antidiskriminierung": "role (the office is kept as Antidiskriminierungsstelle des Bundes)",
}

# Current organisations named in the domain list under a name that has since
# changed, or that no longer exist (checked by hand, 2025).
HISTORIC_NAMES = {
    "Amt für den Militärischen Abschirmdienst",              # BAMAD since 2017
    "Bundesamt für Güterverkehr",                            # BALM since 2023
    "Bundesmonopolverwaltung für Branntwein",                # dissolved 2018
    "Bundesprüfstelle für jugendgefährdende Medien",         # BzKJ since 2021
    "Bundeszentrale für gesundheitliche Aufklärung",         # BIÖG since 2025
    "Deutsches Institut für Medizinische Dokumentation und Information",  # into BfArM 2020
    "Bundesanstalt für Straßenwesen",                        # renamed (BASt kept)
    "Bundesinstitut für Kultur und Geschichte der Deutschen im östlichen Europa",
    "Georg-Eckert-Institut - Leibniz-Institut für internationale Schulbuchforschung",
    "Akademie für Raumforschung und Landesplanung",
}

# Kinds fixed by hand where the head-noun rules would be wrong.
KIND_OVERRIDE = {
    "Bundeskanzleramt": "government",
    "Bundesregierung": "government",
    "Deutscher Bundestag": "parliament",
    "Bundesrat": "parliament",
    "Bundesverfassungsgericht": "court",
    "Deutsche Welle": "media",
    "Eurokorps": "international",
    "Internationale Organisation für Migration": "international",
    "International Tracing Service": "international",
    "I. Deutsch-Niederländisches Korps": "international",
    "Multinationales Korps Nordost": "international",
    "Multinationales Kommando Operative Führung / Multinational Joint Headquarters Ulm": "international",
    "Deutsch-Französische Hochschule": "research",
    "Stiftung Wissenschaft und Politik": "research",
    "Deutsche Bundesbank": "authority",
    "Kreditanstalt für Wiederaufbau": "company",
    "Kreditanstalt für Wiederaufbau IPEX-Bank": "company",
    "DekaBank-Deutsche Girozentrale": "company",
    "Kultusministerkonferenz": "government",
    "Deutsche Bahn": "company",
    "Bundesvereinigung der kommunalen Spitzenverbände": "association",
    "Deutscher Städtetag": "association",
    "Verbraucherzentrale Bundesverband e. V.": "association",
    # a federal research institute (Bundesforschungsinstitut)
    "Max Rubner-Institut, Bundesforschungsinstitut für Ernährung und Lebensmittel": "research",
    "Deutscher Landkreistag": "association",
    "Deutscher Städte- und Gemeindebund": "association",
    "Kommunale Gemeinschaftsstelle für Verwaltungsmanagement": "association",
    "dbb Beamtenbund und Tarifunion": "association",
    "Suchdienst des Deutschen Roten Kreuzes": "association",
    "FITKO - Föderale IT-Kooperation": "authority",
    "Zentrales Testamentsregister": "authority",
    "Zentrales Vorsorgeregister": "authority",
    "Generalbundesanwalt beim Bundesgerichtshof": "authority",
    "Rechtsanwaltskammer beim Bundesgerichtshof": "association",
    "Projektträger Jülich": "research",
    "TÜV Rheinland": "company",
    "Deutsche Post AG Niederlassung Renten Service": "company",
    "Industrie Lehrwerkstatt Trier eG": "cooperative",
    "Deutsches Zentrum für Luft- und Raumfahrt e. V.": "research",
    "Deutsches Zentrum für Neurodegenerative Erkrankungen e. V.": "research",
    "Deutsches Zentrum für Altersfragen e. V.": "research",
    "Deutsche Investitions- und Entwicklungsgesellschaft": "company",
    "Deutsches Weininstitut GmbH": "company",
    "Kompetenzzentrum für das Kassen- und Rechnungswesen des Bundes": "authority",
    "Büro für Technikfolgenabschätzung beim Deutschen Bundestag": "research",
    "StudierendenWerk Augsburg A.d.ö.R.": "other",
    "studierendenWERK BERLIN A. d. ö. R.": "other",
    "Goethe-Institut e. V.": "other",
    "Institut für Auslandsbeziehungen e. V.": "other",
    "Deutsche Akademie Rom Villa Massimo": "other",
}

# Aliases fixed by hand: name -> (aliases to add, aliases to remove).
ALIAS_FIX = {
    "Bundesanstalt für Immobilienaufgaben": (["BImA"], ["BlmA"]),
    "Suchdienst des Deutschen Roten Kreuzes": (["DRK-Suchdienst"], ["DRK"]),
    "Agentur für Innovation in der Cybersicherheit GmbH": (["Cyberagentur"], ["Agentur für Innovation"]),
    "Deutsches Elektronen-Synchrotron": (["DESY"], []),
    "Beschaffungsamt des Bundesministeriums des Innern": (["Beschaffungsamt des BMI"], []),
    "Deutscher Bundestag": (["Bundestag"], []),
    "Statistisches Bundesamt": (["Destatis"], []),
    "Bundesbeauftragte für den Datenschutz und die Informationsfreiheit": (
        ["Bundesbeauftragter für den Datenschutz und die Informationsfreiheit"], []),
    "Beauftragter der Bundesregierung für Kultur und Medien": (
        ["Beauftragte der Bundesregierung für Kultur und Medien"], []),
    "Bundesinstitut für Öffentliche Gesundheit": (["BIÖG"], []),
    "Vertreterin des Bundesinteresses beim Bundesverwaltungsgericht": (
        ["Vertreter des Bundesinteresses beim Bundesverwaltungsgericht"], []),
    "Die Autobahn GmbH des Bundes": (["Autobahn GmbH"], []),
    "Deutsches Museum von Meisterwerken der Naturwissenschaft und Technik": (["Deutsches Museum"], []),
    "Institut für Arbeits- und Berufsforschung": (["IAB"], []),
    # the short names the research organisations go by
    "Max Rubner-Institut, Bundesforschungsinstitut für Ernährung und Lebensmittel": (
        ["Max Rubner-Institut"], []),
    "Max-Planck-Gesellschaft zur Förderung der Wissenschaften e. V.": (["Max-Planck-Gesellschaft"], []),
    "Fraunhofer-Gesellschaft zur Förderung der angewandten Forschung e. V.": (
        ["Fraunhofer-Gesellschaft"], []),
    "Alfred-Wegener-Institut Helmholtz-Zentrum für Polar- und Meeresforschung": (
        ["Alfred-Wegener-Institut"], []),
    # the well-known bearer keeps a shared acronym
    "Leibniz-Institut für Oberflächenmodifizierung e.V.": ([], ["IOM"]),
    "Leibniz-Institut für Alternsforschung - Fritz-Lipmann-Institut e. V.": ([], ["FLI"]),
    "Presse- und Informationsamt der Bundesregierung": (["Bundespresseamt"], []),
    "Bundeskasse": ([], ["Bundeskasse Halle", "Bundeskasse Kiel", "Bundeskasse Trier", "Bundeskasse Weiden"]),
}

# Aliases that are common words, too generic, or ambiguous in running text.
BAD_ALIASES = {
    # common German/English words or generic nouns
    "Datenschutz", "Baukultur", "Bekleidungsmanagement", "Kulturgutverluste",
    "Geld und Währung", "Hambacher Schloss", "Deutscher Verein",
    "Ehemalige politisch Verfolgte", "DIE", "IST", "BAR", "MOB", "FIT",
    "ITEM", "NOW", "INT", "ISE", "HI", "GI", "IB", "DF", "WB", "WR", "HK",
    "DM", "BR", "BK", "EG", "TAB", "LIN", "EMI", "ATB", "GEI", "BAS",
    "SIT", "LIB", "IDS", "ISB", "MOS", "IRS", "DAG", "ITS", "KIS", "IFF",
    "ILS", "DSS", "DSK", "ISI", "BAG", "Autobahn", "TÜV", "Kultur Berlin",
    "Friedensforschung",
    # ambiguous: widely used for other organisations or concepts
    "DFB", "CIM", "DSM", "DLA", "BLK", "BSA", "BAA", "ARL", "DVR",
    "SVR", "PAK", "WPK", "IMS", "IPA", "IPT", "ICT", "IRB", "ENAS",
    "Unterstützungskommando",
}
# Note: BAG is dropped as a bare alias: Bundesarbeitsgericht, the former
# Bundesamt für Güterverkehr and many "Bundesarbeitsgemeinschaft"s use it.

# Single-word short forms that are not acronyms but are how the body is named.
SHORT_OK = {"ifo", "ifa", "dbb", "juris", "dsj", "Difu", "acatech", "Hereon", "Fluko"}

# Adjectives used in the names of Land governments.
LAND_ADJ = {
    "Bayern": "Bayerische", "Hessen": "Hessische", "Niedersachsen": "Niedersächsische",
    "Sachsen": "Sächsische", "Thüringen": "Thüringer", "Saarland": "Saarlandes",
    "Hamburg": "Hansestadt Hamburg", "Bremen": "Hansestadt Bremen",
}

# Legal-form suffixes stripped for the dedup key and the short alias.
LEGAL_FORM_RE = re.compile(
    r"[\s,]+(?:e\.\s?V\.|gemeinnützige GmbH|gGmbH|GmbH|mbH|AG|AöR|A\.\s?d\.\s?ö\.\s?R\.|"
    r"VVaG|eG|öK|KdöR)\s*$"
)
ROLE_PREFIX_RE = re.compile(
    r"^(?:Beauftragter?|Bevollmächtigter?|Koordinator(?:in)?|Sonderbeauftragter?|"
    r"Sondergesandter?|Persönlicher Beauftragter|Staatsminister(?:in)?|"
    r"Wehrbeauftragter?|Bundeswahlbeauftragter?|Bundesbeauftragter? für Wirtschaftlichkeit|"
    r"Unabhängiger? Beauftragter?)\b"
)
ACRONYM_RE = re.compile(r"^[A-ZÄÖÜ0-9][A-Za-zÄÖÜäöüß0-9&./\- ]*$")


def nfc(s: str) -> str:
    return unicodedata.normalize("NFC", s)


def clean(s: str | None) -> str:
    if s is None:
        return ""
    return re.sub(r"\s+", " ", nfc(str(s))).strip()


def strip_legal_form(name: str) -> str:
    prev = None
    while prev != name:
        prev = name
        name = LEGAL_FORM_RE.sub("", name).strip(" ,-")
    return name


def norm_key(name: str) -> str:
    """Key for deduplication: casefolded, legal form, punctuation and the
    difference between hyphen and space ignored."""
    s = strip_legal_form(clean(name)).casefold()
    s = re.sub(r"^(?:der|die|das) ", "", s)
    s = s.replace("ß", "ss")
    s = re.sub(r"[-–/,.()|\"„“]", " ", s)
    return re.sub(r"\s+", " ", s).strip()


def is_acronym_like(a: str) -> bool:
    """An acronym or code: no space-separated lowercase word, at least two
    capital letters (BNetzA, BaFin, ITZBund, BA-RD-BW, WTD 81, HZA Köln)."""
    if not ACRONYM_RE.match(a):
        return False
    words = a.split(" ")
    first = words[0]
    caps = sum(1 for c in first if c.isupper())
    return caps >= 2 or (caps >= 1 and len(first) <= 4 and any(c.isupper() for c in first[1:]))


def split_name(raw: str) -> tuple[str, list[str]]:
    """Move acronym parentheticals into aliases; cut c/o and parenthetical
    notes ("(der WSV bei der GDWS)", "(KZ-Gedenkstätten ...)")."""
    name = clean(raw)
    aliases: list[str] = []
    name = re.sub(r"\s+c/o\s.*$", "", name)

    def repl(m: re.Match) -> str:
        inner = m.group(1).strip()
        if " " not in inner and is_acronym_like(inner):
            aliases.append(inner)
            return " "
        return m.group(0)

    name = re.sub(r"\s*\(([^()]*)\)\s*", repl, name).strip()
    # trailing note in parentheses with a space inside: drop it, except
    # place qualifiers such as "Frankfurt (Oder)", "Rotenburg (Wümme)"
    m = re.search(r"\s*\(([^()]*)\)$", name)
    if m and " " in m.group(1):
        name = name[: m.start()].strip()
    return clean(name), aliases


def clean_alias(a: str | None) -> str:
    a = clean(a)
    if not a or a == "None":
        return ""
    a = re.sub(r"\s*\(Dienstort [^)]*\)", "", a)
    a = re.sub(r"\s*\([^)]*\)$", "", a) if a.startswith(("WSA ", "WSA-")) else a
    a = strip_legal_form(a)
    return a.strip()


class Org:
    __slots__ = ("name", "aliases", "kind", "sources", "current", "kategorie", "ressort")

    def __init__(self, name: str):
        self.name = name
        self.aliases: list[str] = []
        self.kind = ""
        self.sources: set[str] = set()
        self.current = False
        self.kategorie = None
        self.ressort = None


# --------------------------------------------------------------------------
# Kind from head noun and Kategorie
# --------------------------------------------------------------------------

RESEARCH_KATEGORIEN = {"Fraunhofer-Institut", "Leibniz-Institut", "Helmholtz", "Max-Planck-Institut"}
AUTHORITY_KATEGORIEN = {
    "Oberste Bundesbehörde", "Bundesoberbehörde", "Bundesmittelbehörde",
    "Bundesunterbehörde", "Bundesagentur",
}
SOCIAL_INSURANCE_RE = re.compile(
    r"Krankenkasse|Ortskrankenkasse|\bAOK\b|Betriebskrankenkasse|Berufsgenossenschaft|"
    r"Rentenversicherung|Unfallversicherung|Sozialversicherung|Versorgungsanstalt|"
    r"Künstlersozialkasse|Zusatzversorgungs|Pensionskasse|Krankenversorgung der Bundesbahnbeamten",
    re.I,
)


def classify(o: Org) -> str:
    n = strip_legal_form(o.name)
    full = o.name
    if full in KIND_OVERRIDE:
        return KIND_OVERRIDE[full]
    if n.startswith("Bundesministerium") or n == "Auswärtiges Amt":
        return "ministry"
    if re.search(r"(?:\bAG|GmbH|mbH|\bKG)\b", full) or o.kategorie == "Unternehmen":
        # research GmbHs (Helmholtz, Leibniz, MPI) stay research
        if re.search(r"Institut|Forschung|Helmholtz|Leibniz|Max-Planck|Zentrum für Europäische", full):
            return "research"
        return "company"
    if re.search(r"\beG$", full):
        return "cooperative"
    if re.match(r"\S*(?:gericht|gerichtshof|finanzhof)\b", n):
        return "court"
    if re.match(r"Truppendienstgericht", n):
        return "court"
    if re.search(r"kammer\b", n, re.I):
        return "association"
    if SOCIAL_INSURANCE_RE.search(full):
        return "authority"
    if o.kategorie in RESEARCH_KATEGORIEN:
        return "research"
    if re.search(r"Universität|Hochschule|Akademie der (?:Wissenschaften|Naturforscher|Technik)", n):
        return "research"
    if o.ressort == "BMVg" or re.search(r"Bundeswehr|Bundesforschungsinstitut", n):
        return "authority"
    if o.kategorie in AUTHORITY_KATEGORIEN or o.kategorie == "Beauftragter":
        return "authority"
    if re.match(r"Bundes(?!verband|vereinigung|arbeitsgemeinschaft|stiftung|kanzler[ -])", n):
        return "authority"
    if re.search(r"Stiftung|stiftung\b", n):
        if re.search(r"forschung|wissenschaft", n, re.I):
            return "research"
        return "other"
    if re.search(r"(?i:institut|forschung)|Zentrum für .*(?:forschung|Medizin)|"
                 r"Informationszentrum|Bibliothek|Leibniz|Helmholtz|Fraunhofer|Max-Planck|"
                 r"Senckenberg|Wissenschaftszentrum|Studienzentrum|Synchrotron|Krebsforschung|"
                 r"Diabetes|Rheuma|Primaten", n):
        if o.kategorie in AUTHORITY_KATEGORIEN:
            return "authority"
        return "research"
    if re.search(r"(?:amt|behörde|agentur|stelle|direktion|präsidium|kommando|Kommando|"
                 r"verwaltung|zentrale)\b", n) or re.match(
            r"(?:Hauptzollamt|Zollfahndungsamt|Wasserstraßen|Kommando|Landeskommando|"
            r"Generalzolldirektion|Generaldirektion|Zentrum|Zentrale|Zentrales|Amt |Havariekommando|"
            r"Karrierecenter|Bataillon|Informationstechnikbataillon|Sanitäts|Division|Einsatzflottille|"
            r"Marine|Luftwaffe|Luftfahrt|Streitkräfteamt|Planungsamt|Logistik|Schule|Technische Schule|"
            r"Offizierschule|Unteroffizierschule|Infanterieschule|Panzertruppenschule|Pionierschule|"
            r"Sportschule|Führungsakademie|Gefechts|Ausbildungs|Assessmentcenter|Brandschutzamt|"
            r"Verpflegungsamt|Wehrtechnische|Wehrwissenschaftliches|Militär|Katholisches Militär|"
            r"Evangelisches Kirchenamt|Vereinte Nationen Ausbildungszentrum|Internationales Hubschrauber|"
            r"Presse- und Informations|Fachstelle|Berufsbildungszentrum|Kunstverwaltung|"
            r"ABC-Abwehr|Eisenbahn-|Fernstraßen-|Kraftfahrt-|Luftfahrt-|Umweltbundesamt|"
            r"Statistisches Bundesamt|Physikalisch-Technische|Deutsches Patent|Deutscher Wetterdienst|"
            r"Antidiskriminierungsstelle|Abschlussprüferaufsichtsstelle|Sekretariat des Bundesrates|"
            r"Verwaltung des Deutschen Bundestages|Vertreter|Generalbundesanwalt|Erdölbevorratungsverband|"
            r"Deutsche Nationalbibliothek|Deutsches Archäologisches|Deutsche Emissionshandelsstelle|"
            r"Informationstechnikzentrum|Unabhängiger Kontrollrat|Filmförderungsanstalt|"
            r"Bildungszentrum|Bildungs- und Wissenschaftszentrum|Beschaffungsamt)", n):
        return "authority"
    if o.ressort == "BMVg":
        return "authority"
    if re.search(r"(?:rat|Rat|kommission|Kommission|beirat|Beirat|konferenz|Konferenz)\b", n) or \
            re.match(r"(?:Sachverständigenrat|Wissenschaftsrat|Monopolkommission|Nationaler Normenkontrollrat|"
                     r"Deutscher Ethikrat)", n):
        if re.search(r"Frauenrat|Musikrat|Kulturrat|Verkehrssicherheitsrat", n):
            return "association"
        return "other"
    if re.search(r"e\.\s?V\.$", full) or re.search(
            r"Verband|verband|Verein|verein|Bund\b|bund\b|Gemeinschaft|gemeinschaft|Vereinigung|"
            r"vereinigung|Städtetag|Landkreistag|Ring\b|ring\b|Werk\b|werk\b|Diakonie|Caritas|"
            r"Paritätische|Sportjugend|Gesellschaft|Jugend|Kreuz|Verband", full):
        return "association"
    if re.search(r"Museum|museum|Galerie|Gedenkstätte|Archiv|Kinemathek|Akademie|Haus|Forum", n):
        return "other"
    return "other"


# --------------------------------------------------------------------------


def read_function_words(path: Path) -> set[str]:
    out = set()
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if line and not line.startswith("#"):
            out.add(line.casefold())
    return out


def read_extra(path: Path) -> tuple[dict[str, str], dict[str, str]]:
    """Normalised names and alias -> normalised name of the hand-written file."""
    names: dict[str, str] = {}
    aliases: dict[str, str] = {}
    if not path.exists():
        return names, aliases
    for no, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        cols = line.split("\t")
        if len(cols) not in (4, 5):
            sys.exit(f"{path}:{no}: expected 4 or 5 tab-separated columns, got {len(cols)}")
        key = norm_key(cols[0])
        names[key] = cols[0]
        for a in filter(None, cols[1].split("|")):
            aliases[a] = key
            names.setdefault(norm_key(a), cols[0])
    return names, aliases


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--shared", default="../shared/data", help="folder with the source tables")
    ap.add_argument("--out", default="data/organisations.tsv")
    ap.add_argument("--extra", default="data/organisations_extra.tsv")
    ap.add_argument("-v", "--verbose", action="store_true", help="report dropped rows and aliases")
    args = ap.parse_args()

    shared = Path(args.shared)
    minis = shared / "ministries-helper-tables"
    organi = shared / "authorities-bund-organigram"
    domains = shared / "german-gov-domains"
    function_words = read_function_words(Path("data/function_words.txt"))
    extra_names, extra_aliases = read_extra(Path(args.extra))

    orgs: dict[str, Org] = {}
    dropped: list[tuple[str, str]] = []
    alias_dropped: list[tuple[str, str, str]] = []

    def add(raw_name: str, raw_aliases: list[str], source: str, current: bool,
            kategorie: str | None = None, ressort: str | None = None) -> None:
        raw_name = clean(raw_name)
        if not raw_name:
            return
        if raw_name in DROP:
            dropped.append((raw_name, DROP[raw_name]))
            return
        if kategorie in ("Beauftragter", "Staatsminister") or ROLE_PREFIX_RE.match(raw_name):
            if kategorie not in AUTHORITY_KATEGORIEN:
                dropped.append((raw_name, "role title, not an organisation"))
                return
        name = RENAME.get(raw_name, raw_name)
        name, paren_aliases = split_name(name)
        if raw_name in HISTORIC_NAMES:
            current = False
        key = norm_key(name)
        o = orgs.get(key)
        if o is None:
            o = orgs[key] = Org(name)
        elif current and not o.current:
            # prefer the spelling of a current source for the row name
            o.aliases.append(o.name)
            o.name = name
        elif name != o.name:
            o.aliases.append(name)
        o.sources.add(source)
        o.current = o.current or current
        o.kategorie = o.kategorie or kategorie
        o.ressort = o.ressort or ressort
        short = strip_legal_form(name)
        if short != name:
            paren_aliases.append(short)
        for a in paren_aliases + raw_aliases:
            a = clean_alias(a)
            if a:
                o.aliases.append(a)

    # 1. ministries (helper tables): both periods; current status decided below
    for fname in ("tbl_Bundesministerien_2017-2021.csv", "tbl_Bundesministerien_2021-2025.csv"):
        with open(minis / fname, encoding="utf-8", newline="") as f:
            for row in csv.DictReader(f):
                row = {k.strip(): v for k, v in row.items()}
                add(row["Name_DE"], [row["Abkürzung"]], SRC_MIN, current=False)

    # 2. authorities (organigram, state 2025-11): current
    records = json.loads((organi / "anschriftenverzeichnis.json").read_text(encoding="utf-8"))
    index = json.loads((organi / "organizations-index.json").read_text(encoding="utf-8"))
    seen_ids = set()
    for r in list(index) + [r for r in records[1:] if "Organisation" in r]:
        oid = r.get("OrganisationId")
        if oid is not None:
            if oid in seen_ids:
                continue
            seen_ids.add(oid)
        kurz = clean_alias(r.get("OrganisationKurz"))
        disp = clean_alias(r.get("OrganisationDisplay"))
        add(r["Organisation"], [x for x in (kurz, disp) if x], SRC_ORGANIGRAM, current=True,
            kategorie=r.get("Kategorie"), ressort=r.get("Ressort"))

    # 3. domain owners (federal agencies only; domains themselves not used)
    with open(domains / "domains.federal.csv", encoding="utf-8", newline="") as f:
        owners = sorted({clean(r["Agency"]) for r in csv.DictReader(f) if r["Domain Type"] == "Federal Agency"})
    # the owner list dates from 2015-2020: an owner not in the 2025 organigram
    # is current only if it is not a known renamed/dissolved body and not a
    # ministry (ministries are decided by the organigram alone)
    for owner in owners:
        key = norm_key(RENAME.get(owner, owner))
        is_ministry = owner.startswith("Bundesministerium")
        add(owner, [], SRC_DOMAINS, current=(key in orgs and orgs[key].current) or
            (not is_ministry and owner not in HISTORIC_NAMES))

    # hand-written alias fixes
    for o in orgs.values():
        if o.name in ALIAS_FIX:
            plus, minus = ALIAS_FIX[o.name]
            o.aliases = [a for a in o.aliases if a not in minus] + plus

    # leave out rows the hand-written file covers
    final: list[Org] = []
    for key, o in orgs.items():
        if key in extra_names:
            dropped.append((o.name, f"covered by {args.extra} ({extra_names[key]})"))
            continue
        o.kind = classify(o)
        assert o.kind in KINDS, (o.name, o.kind)
        final.append(o)

    # Fraunhofer institutes are written "Fraunhofer IAP" in running text
    for o in final:
        if o.kategorie == "Fraunhofer-Institut" and o.name.startswith("Fraunhofer"):
            for a in list(o.aliases):
                if is_acronym_like(a) and " " not in a and "-" not in a and a != "Fraunhofer":
                    o.aliases.append(f"Fraunhofer {a}")

    # alias filtering
    def alias_ok(o: Org, a: str) -> str | None:
        if a.casefold() == o.name.casefold():
            return "same as name"
        if a in BAD_ALIASES:
            return "common word, generic or ambiguous"
        if len(a) < 2:
            return "single character"
        if a.casefold() in function_words:
            return "German function word"
        if a.endswith(".") or re.search(r"\b(?:GS|LM|Bw|B|SM|KB|BZ|SB|SG)\b", a) and not is_acronym_like(a):
            return "abbreviated display label, not a mention form"
        if len(a) == 2 and not a.isupper():
            return "two letters, not all capitals"
        if a in extra_aliases and extra_aliases[a] != norm_key(o.name):
            return f"used by {extra_names.get(extra_aliases[a], '?')} in the extra file"
        if not is_acronym_like(a):
            words = [w for w in re.split(r"[\s-]+", a) if w]
            name_words = {w.casefold() for w in re.split(r"[\s-]+", o.name)}
            # a short form that is not an acronym must be a multi-word form
            # or a distinctive single word (capitalised compound >= 8 chars)
            if len(words) == 1 and (len(a) < 8 or not a[0].isupper()) and a not in SHORT_OK:
                return "short lowercase/short word"
            del name_words
        return None

    for o in final:
        seen = set()
        kept = []
        for a in o.aliases:
            a = clean(a)
            if not a or a in seen:
                continue
            seen.add(a)
            why = alias_ok(o, a)
            if why:
                alias_dropped.append((o.name, a, why))
            else:
                kept.append(a)
        o.aliases = kept

    # historic rows lose aliases that a current row has
    current_aliases = Counter(a for o in final if o.current for a in o.aliases)
    for o in final:
        if not o.current:
            keep = []
            for a in o.aliases:
                if a in current_aliases:
                    alias_dropped.append((o.name, a, "historic row; alias belongs to a current organisation"))
                else:
                    keep.append(a)
            o.aliases = keep

    # an alias shared by two organisations is ambiguous: drop it from all
    owners_of = defaultdict(set)
    for o in final:
        for a in o.aliases:
            owners_of[a].add(o.name)
    ambiguous = {a for a, ns in owners_of.items() if len(ns) > 1}
    for o in final:
        for a in o.aliases:
            if a in ambiguous:
                alias_dropped.append((o.name, a, "ambiguous: also " + "; ".join(sorted(owners_of[a] - {o.name}))))
        o.aliases = [a for a in o.aliases if a not in ambiguous]
    # an alias that equals another row's name is ambiguous too
    names = {o.name for o in final}
    for o in final:
        o.aliases = [a for a in o.aliases if a not in names or a == o.name]

    # check: extra file has a government row for every Land
    laender = []
    with open(minis / "tbl_Bundeslaender.csv", encoding="utf-8", newline="") as f:
        for row in csv.DictReader(f):
            laender.append(row["BL_Name_DE"])
    extra_text = Path(args.extra).read_text(encoding="utf-8") if Path(args.extra).exists() else ""
    gov_rows = [ln for ln in extra_text.splitlines()
                if not ln.startswith("#") and ln.count("\t") >= 3 and ln.split("\t")[2] == "government"
                and re.match(r"(?:\S+ )?(?:Landesregierung|Staatsregierung|Senat )", ln)]
    for land in laender:
        stem = LAND_ADJ.get(land, land)
        pat = re.compile(rf"(?<![\w-])(?:{re.escape(land)}|{re.escape(stem)})(?![\w-])")
        if not any(pat.search(ln) for ln in gov_rows):
            print(f"warning: no government row for {land} in {args.extra}", file=sys.stderr)

    # write
    by_kind = defaultdict(list)
    for o in final:
        by_kind[o.kind].append(o)
    lines = [HEADER.rstrip("\n")]
    for kind in KINDS:
        rows = sorted(by_kind.get(kind, []), key=lambda o: o.name)
        if not rows:
            continue
        lines.append(f"# kind: {kind}")
        for o in rows:
            cols = [o.name, "|".join(sorted(o.aliases)), o.kind, ",".join(sorted(o.sources))]
            if not o.current:
                cols.append("historic")
            assert all("\t" not in c and "\n" not in c for c in cols), cols
            lines.append("\t".join(cols))
    Path(args.out).write_text("\n".join(lines) + "\n", encoding="utf-8")

    counts = Counter(o.kind for o in final)
    hist = sum(1 for o in final if not o.current)
    print(f"wrote {args.out}: {len(final)} rows ({hist} historic); "
          + ", ".join(f"{k} {counts[k]}" for k in KINDS if counts[k]), file=sys.stderr)
    print(f"dropped {len(dropped)} source names, {len(alias_dropped)} aliases", file=sys.stderr)
    if args.verbose:
        for n, why in sorted(set(dropped)):
            print(f"drop\t{n}\t{why}", file=sys.stderr)
        for n, a, why in sorted(set(alias_dropped)):
            print(f"alias\t{n}\t{a}\t{why}", file=sys.stderr)
    return 0


HEADER = """\
# Organisations: German federal ministries and authorities, derived from
# openly licensed tables. GENERATED by scripts/derive_organisations.py (run
# from the crate root: python3 scripts/derive_organisations.py) - do not
# edit by hand; add organisations to organisations_extra.tsv instead.
#
# Format: UTF-8, one organisation per line, tab-separated:
#   NAME<TAB>ALIASES<TAB>KIND<TAB>SOURCE[<TAB>historic]
# NAME     the long form as published (legal form such as "e. V." or "GmbH"
#          included where the source has it).
# ALIASES  "|"-separated acronyms and short forms (may be empty). Aliases
#          are unique across this file; aliases that are German function
#          words, common nouns, single letters, or shared by two
#          organisations are left out. Domains are never aliases.
# KIND     ministry, authority, government, parliament, court, municipality,
#          company, cooperative, association, party, research, media,
#          international, other (from Kategorie and head noun; social
#          insurance bodies and Bundeswehr units count as authority).
# SOURCE   comma-separated source ids (below).
# historic present for ministries of the 2017-2021 and 2021-2025 cabinets
#          that no longer exist under that name, and for bodies renamed or
#          dissolved since; their acronyms are kept unless a current
#          organisation uses them.
# Sections start at a "# kind:" comment; rows are sorted by NAME within.
#
# Sources and licences:
#   bund-organigram: "German Organigram", BMZ Datenlabor,
#     https://github.com/datenlabor-bmz/german-organigram, commit
#     d778ab6886543f2563720522a40d62f5e822f548 (2025-11-21), files
#     public/anschriftenverzeichnis.json and public/organizations-index.json.
#     Licence: MIT, Copyright (c) 2025 BMZ Datenlabor. Built from the
#     "Anschriftenverzeichnis des Bundes" of the Bundesverwaltungsamt
#     (GovData) and Wikidata (CC0).
#   government-helper-tables: schiersner/government-helper-tables,
#     https://github.com/schiersner/government-helper-tables, commit
#     42e4a9ef5701326b75cfb1e7cef1481d1aa19359, tables
#     tbl_Bundesministerien_2017-2021.csv, tbl_Bundesministerien_2021-2025.csv.
#     Licence: Datenlizenz Deutschland - Zero - Version 2.0
#     (https://www.govdata.de/dl-de/zero-2-0).
#   german-gov-domains: robbi5/german-gov-domains,
#     https://github.com/robbi5/german-gov-domains, commit
#     36d89caff36f6436aa84bad67eddbdb2e68247c2, data/domains.federal.csv
#     (owner names only). Licence: CC0 1.0.
"""


if __name__ == "__main__":
    sys.exit(main())
