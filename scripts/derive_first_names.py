#!/usr/bin/env python3
"""Derive data/first_names.tsv from open first-name statistics of German cities.

Run from the crate root:

    python3 scripts/derive_first_names.py

Reads (relative to the crate root):
  ../shared/data/firstnames-berlin/data/cleaned/<year>/<district>.csv
  ../shared/data/firstnames-koeln-leipzig-muenchen/Vornamen_<City>_<year>.csv
Writes:
  data/first_names.tsv

Python 3.11, standard library only. The output depends only on the input
files (sorted traversal, no timestamps), so re-running it is byte-for-byte
reproducible. A summary of what was read, merged and dropped goes to stderr.

Input formats (checked for every file by its header line):
  Berlin 2012-2016       vorname,anzahl,geschlecht
  Berlin 2017-2023       vorname,anzahl,geschlecht,position   (counts split by
                         position of the given name: summed here)
  Koeln 2010-2017        vorname,anzahl,geschlecht
  Koeln 2018             anzahl;vorname;geschlecht;position    (';'-separated)
  Leipzig 2014-2020      Rang,Anzahl,Vorname,Geschlecht,-,Rang,Anzahl,Vorname,
                         Geschlecht   (girls' and boys' lists side by side;
                         2020 names the right-hand columns Rang1, Anzahl1, ...)
  Leipzig 2021           anzahl;vorname;geschlecht;position    (';'-separated)
  Muenchen 2013-2014     vorname,anzahl,geschlecht
  Muenchen 2015          vornamen,anzahl,geschlecht
All files are UTF-8 without BOM; quoted fields occur (one Berlin row reads
"Adelina,"), so the csv module is used rather than str.split.
"""

from __future__ import annotations

import csv
import sys
import unicodedata
from collections import defaultdict
from pathlib import Path

CRATE_ROOT = Path(__file__).resolve().parent.parent
SHARED = CRATE_ROOT.parent / "shared" / "data"
BERLIN_DIR = SHARED / "firstnames-berlin" / "data" / "cleaned"
KLM_DIR = SHARED / "firstnames-koeln-leipzig-muenchen"
OUT = CRATE_ROOT / "data" / "first_names.tsv"

# Keep names whose total count over all cities and years is at least this.
MIN_COUNT = 5
# A sex is assigned when its share of the total count is above this.
SEX_SHARE = 0.9

SEX_CODES = {"w": "f", "m": "m"}

# Apostrophe look-alikes used in the sources (Il´ič, Yur`evna) and other
# common ones: normalised to the ASCII apostrophe. Dash look-alikes to '-'.
APOSTROPHES = {"\u00b4": "'", "\u0060": "'", "\u2018": "'", "\u2019": "'", "\u02bc": "'", "\u02b9": "'"}
DASHES = {"\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2013": "-"}

# Entries that are annotations or placeholders, not names (compared lowercase).
# Berlin's cleaned data already had such entries removed upstream (its
# conf/non_names.txt); the other cities' files had not.
PLACEHOLDERS = {
    "angabe", "baby", "eigenname", "eigennamen", "großvatersname", "junge",
    "keine", "kein", "keiner", "kind", "mädchen", "mittelname", "mittelnamen",
    "nachname", "name", "nicht", "nn", "noch", "ohne", "totgeburt", "unbekannt",
    "und", "vatersname", "vorname", "vornamen", "zwilling",
}

# Name particles registered as separate "given names" (Arabic al/el/bin/ibn,
# Romance/Dutch/German de/da/di/van/von, ...). They are not first names and
# would be very noisy person signals. Compared lowercase.
PARTICLES = {
    "ad", "al", "bin", "binti", "bint", "d'", "da", "de", "del", "della", "der",
    "di", "dos", "du", "el", "ibn", "la", "le", "ould", "ud", "ul", "van",
    "von", "zu",
}

# Patronymics and Turkic/Central-Asian "son of"/"daughter of" words that some
# birth registrations list among the given names (Russian/Ukrainian
# Aleksandrovna, Il'ič, Dmytrivna; Bulgarian Ivanova, Georgiev; Azerbaijani
# and Uzbek qizi, oğlu). They are not first names. Matched on the lowercase
# form's last hyphen part (Anna-Eva is kept, Mira-Asenova is not); the stem
# before the suffix must have at least four letters so short names (Lev, Eva,
# Nova, Iacov) are never hit. The Bulgarian -ov/-ova/-ev/-eva endings also end
# some real given names (Hebrew, Indian, Scandinavian, Russian), listed as
# exceptions after reviewing every entry the rule removed.
PATRONYMIC_SUFFIXES = (
    "ovna", "evna", "ivna", "ična", "ichna",
    "ovič", "evič", "ovich", "evich", "ovych", "evych", "jovič", "ijovič",
    "ov", "ova", "ev", "eva",
)
PATRONYMIC_EXCEPTIONS = {
    "baldev", "batsheva", "detlev", "elischeva", "elisheva", "genoveva",
    "hüsrev", "iaakov", "jaacov", "jaakov", "jaidev", "jayadev", "liubov",
    "liubova", "ljubov", "lyubov", "mahadev", "mahadeva", "paraskeva",
    "sanjeev", "shalev", "sukhdev", "sunneva", "villanueva", "yaacov", "yaakov",
}
PATRONYMIC_WORDS = {
    "il'ič", "gizi", "gyzy", "kizi", "kyzy", "ogli", "oglu", "ogly", "oğlu", "qizi",
    "qızı", "ugli", "uly",
}

# ---------------------------------------------------------------------------
# FLAG column: first names that are risky as a person signal in German press
# text because the same capitalised string usually means something else there.
# Written by hand for this project (no dictionary or word list, share-alike
# or otherwise, was used): candidates were picked by reading the derived name
# list. Names that do not reach MIN_COUNT are simply unused. Deliberately NOT
# flagged: Kai (the noun "Kai", quay, is rare next to the name), Lotte (not a
# German word), Otto, Frank, Max, Rosa, Lila, Erika, Eden, Kim, Lena: their
# non-name uses are rare or lowercase in press text.
AMBIGUOUS = {
    # Months.
    "April", "August", "Juli", "Juni", "Mai", "November",
    # Words and abbreviations that open sentences or phrases in German text
    # (An, Nur, Per, Man, Art, Mal) or are weekday abbreviations (Mo, Mi, Do).
    "An", "Art", "Do", "Frei", "Jung", "Link", "Mal", "Man", "Mi", "Mo",
    "Nur", "Per", "The",
    # Common nouns: nature, plants, gems, animals, weather, seasons.
    "Bach", "Diamant", "Gold", "Heide", "Iris", "Jade", "Jasmin", "Klee",
    "Lava", "Lilie", "Linde", "Malve", "Minze", "Oleander", "Olive", "Rose",
    "Rubin", "Saphir", "Sommer", "Sonne", "Stern", "Tiger", "Viola", "Winter",
    "Wolf", "Wolke",
    # Other common nouns (some also frequent surnames: Engel, Kaiser, Wolf,
    # Hahn, Ernst).
    "Atlas", "Aura", "Bar", "Bund", "Christ", "Engel", "Ernst", "Fee", "Hahn",
    "Flora", "Friede", "Gala", "Gift", "Kaiser", "Karma", "Marine", "Mark",
    "Maxime", "Mine", "Rakete", "Rock", "Roman", "Tore", "Vita",
    # Religion, titles.
    "Allah", "Emir", "Islam", "Junior", "Muslim", "Queen", "Sultan",
    # English words common in German press text (programme and event names).
    "Sky", "Star", "Summer",
    # Places, countries, rivers, peoples.
    "Arizona", "Asia", "Berlin", "Brooklyn", "Europa", "Florenz", "Georgia",
    "Hagen", "India", "Israel", "Jena", "Jordan", "Kuba", "Lech", "Lima",
    "Mali", "Memphis", "Miami", "Monaco", "Montana", "Nil", "Paris", "Riga",
    "Rio", "Rojava", "Roma", "Siena", "Sierra", "Sofia", "Sydney", "Tibet",
    "Valencia", "Verona", "Vienna", "Virginia",
    # Organisations, brands, missions, planets.
    "Alexa", "Apollo", "Ariane", "Fanta", "Gaia", "Helios", "Hertha",
    "Jupiter", "Mars", "Mercedes", "Nike", "Orion", "Phoenix", "Siri",
    "Venus", "Zara",
    # Places and common words that read as a person once an unambiguous
    # first name standing alone counts as one (added with that rule).
    "Alba", "Alexandria", "Angeles", "Armen", "Basel", "Chelsea", "Dakota",
    "Eden", "Fan", "Hudson", "Indiana", "Jura", "Love", "Lyon", "Meran",
    "Mio", "Olympia", "Silvester", "Sun", "Win", "York",
    # English words that open firm and brand names ("German Pellets").
    "German",
    # Common nouns that the German word list knows with inflected forms
    # (screened with /usr/share/dict/ngerman): "das Tal", "der Kader".
    "Alp", "Amor", "Arnika", "Arsen", "Aster", "Bosse", "Boy", "Dung", "Ebbe",
    "Elan", "Granit", "Hai", "Holm", "Ion", "Jazz", "Kader", "Kamel", "Kit",
    "Lama", "Libero", "Lilien", "Lira", "Lord", "Lumen", "Magd", "Melodie",
    "Progress", "Quint", "Rain", "Rosen", "Saga", "Samba", "Scham", "Seher",
    "Sole", "Taiga", "Tal", "Tang", "Tram", "Vesper",
}


def log(msg: str) -> None:
    print(msg, file=sys.stderr)


def read_rows(path: Path):
    """Yield raw (name, count, sex, location) rows of one file, whatever its layout."""
    text = path.read_text(encoding="utf-8")
    if text.startswith("\ufeff"):
        text = text[1:]
    lines = text.splitlines()
    header_line = lines[0]
    delimiter = ";" if header_line.count(";") > header_line.count(",") else ","
    reader = csv.reader(lines, delimiter=delimiter)
    header = [h.strip().lower() for h in next(reader)]
    if header[:4] == ["rang", "anzahl", "vorname", "geschlecht"]:
        # Leipzig 2014-2020: two rankings side by side.
        if len(header) != 9:
            raise SystemExit(f"{path}: unexpected Leipzig header {header}")
        for lineno, row in enumerate(reader, 2):
            if len(row) != 9:
                raise SystemExit(f"{path}:{lineno}: expected 9 fields, got {row}")
            for side in (row[0:4], row[5:9]):
                if any(c.strip() for c in side):
                    yield side[2], side[1], side[3], f"{path.name}:{lineno}"
        return
    names = {"vorname", "vornamen"}
    try:
        i_name = next(i for i, h in enumerate(header) if h in names)
        i_count = header.index("anzahl")
        i_sex = header.index("geschlecht")
    except (StopIteration, ValueError):
        raise SystemExit(f"{path}: unexpected header {header}")
    for lineno, row in enumerate(reader, 2):
        if not any(c.strip() for c in row):
            continue
        if len(row) != len(header):
            raise SystemExit(f"{path}:{lineno}: expected {len(header)} fields, got {row}")
        yield row[i_name], row[i_count], row[i_sex], f"{path.name}:{lineno}"


def source_files() -> list[tuple[str, Path]]:
    files: list[tuple[str, Path]] = []
    for p in sorted(BERLIN_DIR.glob("*/*.csv")):
        files.append(("Berlin", p))
    for city in ("Koeln", "Leipzig", "Muenchen"):
        for p in sorted(KLM_DIR.glob(f"Vornamen_{city}_*.csv")):
            files.append((city, p))
    if not files:
        raise SystemExit(f"no input files under {SHARED}")
    return files


def clean(raw: str) -> tuple[str | None, str]:
    """Normalise one name; return (name, "") or (None, reason it was dropped)."""
    name = unicodedata.normalize("NFC", raw.strip())
    name = name.translate(str.maketrans({**APOSTROPHES, **DASHES}))
    if not name:
        return None, "empty"
    if any(ch.isdigit() for ch in name):
        return None, "digit"
    if "." in name:
        return None, "period (abbreviation)"
    for ch in name:
        cat = unicodedata.category(ch)
        if not (cat.startswith("L") or cat.startswith("M") or ch in "-'"):
            return None, "other character (?, +, parentheses, comma, colon, ...)"
    if name[0] in "-'" or name[-1] == "-" or "--" in name:
        return None, "leading/trailing/double hyphen"
    letters = sum(1 for ch in name if unicodedata.category(ch).startswith("L"))
    if letters < 2:
        return None, "single letter"
    low = name.lower()
    if low in PLACEHOLDERS:
        return None, "placeholder"
    if low in PARTICLES:
        return None, "name particle"
    last = low.rsplit("-", 1)[-1]
    if last in PATRONYMIC_WORDS or (
        last not in PATRONYMIC_EXCEPTIONS
        and any(last.endswith(s) and len(last) - len(s) >= 4 for s in PATRONYMIC_SUFFIXES)
    ):
        return None, "patronymic"
    return name, ""


def main() -> None:
    # counts[key][spelling][sex] where key is the lowercase form, so that
    # "Marie-luise" and "Marie-Luise" or "leonhard" and "Leonhard" merge.
    counts: dict[str, dict[str, dict[str, int]]] = defaultdict(
        lambda: defaultdict(lambda: defaultdict(int))
    )
    n_files: dict[str, int] = defaultdict(int)
    n_rows = 0
    total_in = 0
    dropped: dict[str, list[int]] = defaultdict(lambda: [0, 0])  # reason -> [rows, count]
    dropped_examples: dict[str, set[str]] = defaultdict(set)
    bad_sex: list[str] = []

    for city, path in source_files():
        n_files[city] += 1
        for raw_name, raw_count, raw_sex, where in read_rows(path):
            n_rows += 1
            try:
                count = int(raw_count.strip())
            except ValueError:
                raise SystemExit(f"{where}: count {raw_count!r} is not an integer")
            total_in += count
            sex = SEX_CODES.get(raw_sex.strip().lower())
            if sex is None:
                bad_sex.append(f"{where}: {raw_name!r} sex={raw_sex!r}")
                continue
            name, reason = clean(raw_name)
            if name is None:
                dropped[reason][0] += 1
                dropped[reason][1] += count
                dropped_examples[reason].add(raw_name)
                continue
            counts[name.lower()][name][sex] += count

    # Pick the usual spelling of each lowercase key: the capitalised variant
    # with the highest count (ties: code-point order, which puts
    # "Marie-Luise" before "Marie-luise"). Keys with no capitalised variant
    # ("qizi", "ohne" were caught above; e.g. "þóra") are dropped.
    entries: list[tuple[str, int, str]] = []
    merged_variants = 0
    no_capital = []
    for key, spellings in counts.items():
        per_sex: dict[str, int] = defaultdict(int)
        for sp, by_sex in spellings.items():
            for s, c in by_sex.items():
                per_sex[s] += c
        total = sum(per_sex.values())
        capitalised = [sp for sp in spellings if sp[0].isupper()]
        if not capitalised:
            no_capital.append((key, total))
            continue
        if len(spellings) > 1:
            merged_variants += len(spellings) - 1
        usual = min(capitalised, key=lambda sp: (-sum(spellings[sp].values()), sp))
        if total < MIN_COUNT:
            continue
        f, m = per_sex.get("f", 0), per_sex.get("m", 0)
        if f / total > SEX_SHARE:
            sex = "f"
        elif m / total > SEX_SHARE:
            sex = "m"
        else:
            sex = "u"
        entries.append((usual, total, sex))

    entries.sort(key=lambda e: (-e[1], e[0]))
    names_out = {e[0] for e in entries}
    flagged = sorted(names_out & AMBIGUOUS)

    header = HEADER.format(
        min_count=MIN_COUNT,
        share=round(SEX_SHARE * 100),
        n_names=len(entries),
        n_flagged=len(flagged),
        n_files=sum(n_files.values()),
        files_berlin=n_files["Berlin"],
        files_koeln=n_files["Koeln"],
        files_leipzig=n_files["Leipzig"],
        files_muenchen=n_files["Muenchen"],
    )
    lines = [header.rstrip("\n")]
    for name, total, sex in entries:
        flag = "ambiguous" if name in AMBIGUOUS else ""
        lines.append(f"{name}\t{total}\t{sex}\t{flag}")
    OUT.write_text("\n".join(lines) + "\n", encoding="utf-8")

    log(f"read {sum(n_files.values())} files {dict(n_files)}, {n_rows} rows, total count {total_in}")
    for reason, (r, c) in sorted(dropped.items()):
        ex = ", ".join(repr(x) for x in sorted(dropped_examples[reason])[:12])
        log(f"dropped {reason}: {r} rows, count {c}; e.g. {ex}")
    log(f"dropped rows with unknown sex: {len(bad_sex)}")
    for b in bad_sex:
        log(f"  {b}")
    log(f"dropped keys with no capitalised spelling: {len(no_capital)}, e.g. "
        + ", ".join(k for k, _ in sorted(no_capital, key=lambda x: -x[1])[:12]))
    log(f"case/spelling variants merged into another spelling: {merged_variants}")
    log(f"distinct names after cleaning: {len(counts)}; written (count >= {MIN_COUNT}): {len(entries)}")
    log(f"sex: " + ", ".join(f"{s}={sum(1 for e in entries if e[2] == s)}" for s in "fmu"))
    log(f"flagged ambiguous: {len(flagged)}; list entries not in output: {len(AMBIGUOUS - names_out)}")
    log(f"wrote {OUT} ({OUT.stat().st_size} bytes)")


HEADER = """\
# first_names.tsv - German first-name lexicon with frequencies, derived from
# open data on the given names of newborns in Berlin, Köln, Leipzig and München.
#
# Sources and licences (attribution required; derived counts shipped with credit):
# - Berlin 2012-2023, per district: "Berliner Landesamt für Bürger- und
#   Ordnungsangelegenheiten (LABO) / BerlinOnline Stadtportal GmbH & Co. KG",
#   https://github.com/berlinonline/haeufige-vornamen-berlin (data/cleaned,
#   commit e8760a76ae719468e7a3804d3e679763085c734d), licence CC BY 3.0 DE
#   (https://creativecommons.org/licenses/by/3.0/de/).
# - Köln 2010-2018: Stadt Köln, https://offenedaten-koeln.de/dataset/vornamen,
#   licence CC BY 3.0 DE (https://creativecommons.org/licenses/by/3.0/de/).
# - Leipzig 2014-2021: Stadt Leipzig,
#   https://opendata.leipzig.de/dataset/vornamensstatistik, licence Datenlizenz
#   Deutschland - Namensnennung - Version 2.0 (https://www.govdata.de/dl-de/by-2-0).
# - München 2013-2015: "dl-de/by-2-0: Landeshauptstadt München -
#   www.opengov-muenchen.de", https://opendata.muenchen.de/dataset/vornamen-von-neugeborenen-2015,
#   licence Datenlizenz Deutschland - Namensnennung - Version 2.0
#   (https://www.govdata.de/dl-de/by-2-0).
# Köln, Leipzig and München were read as collected in
# https://github.com/DerTee/prenames-germany (raw/, commit
# e866fa616b47e1800dfa9d3c0c87daf8934540ca; files renamed and re-encoded to
# UTF-8 there, data unchanged).
# Changes made here: names normalised and filtered, counts summed over all
# cities, districts, years and name positions, sex reduced to one code, FLAG
# column added (see below). The data providers do not endorse this file.
#
# Derived by scripts/derive_first_names.py from {n_files} files (Berlin {files_berlin},
# Köln {files_koeln}, Leipzig {files_leipzig}, München {files_muenchen}); re-running it gives the same file.
# Normalisation: trimmed, Unicode NFC, apostrophe look-alikes (´ ` ’) -> ',
# spellings that differ only in case merged under the most frequent
# capitalised spelling (Marie-luise -> Marie-Luise). Dropped: entries with
# digits, periods (abbreviations like "A."), other punctuation (?, +,
# brackets, comma), single letters, leading/trailing hyphens, placeholders
# ("ohne", "Vornamen", "(Vatersname)"), name particles (al, bin, de, van,
# von, ...), patronymics (Aleksandrovna, Dmytrivna, Ivanova, Georgiev, qizi,
# oğlu) and strings never written with a capital. Kept: total count >= {min_count}.
#
# Counts are occurrences among the given names of children registered at
# birth, first, second and later given names alike (Leipzig 2014-2020 and
# München appear to list about one name per child), so they favour names given
# since 2010 and are not a population distribution. Spellings with and without
# diacritics (Bảo/Bao, Zoé/Zoe) are kept apart.
#
# Format: UTF-8, one name per line, NAME<TAB>COUNT<TAB>SEX<TAB>FLAG (FLAG may
# be empty; the line then ends with a TAB), sorted by descending COUNT, then
# NAME in code-point order.
#   NAME   usual spelling, capitalised as registered (Anna, Jan-Erik, McKenzie)
#   COUNT  total count over all sources
#   SEX    f or m when more than {share}% of the count is for girls or boys,
#          u otherwise (unisex names like Mika, Toni, Kim, and names that are
#          registered for the other sex as a father's name, like Ahmed)
#   FLAG   "ambiguous" when the capitalised string usually means something
#          else in German press text: a month (Mai, Juli, August), a sentence-
#          opening word or abbreviation (Nur, An, Per, Man, Art, Mo), a common
#          noun (Rose, Winter, Engel, Roman, Mark, Ernst, Gift, Marine), a
#          surname that is also a word (Wolf, Kaiser), a title or religious
#          term (Emir, Sultan, Islam), a place, country or river (Berlin,
#          Paris, Israel, Jordan, Mali, Nil), an organisation, brand or space
#          mission (Hertha, Mercedes, Nike, Ariane); empty otherwise. It comes
#          from a hand-written list in the script, not from a dictionary; a
#          flagged name needs more evidence (a following surname, a title, a
#          role) before it is taken as a person.
# {n_names} names, {n_flagged} flagged ambiguous.
"""


if __name__ == "__main__":
    main()
