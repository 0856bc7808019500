#!/usr/bin/env python3
"""Build data/keyword_model.txt, the default background model of the keyword stage.

Run from the crate root:

    python3 scripts/build_keyword_model.py

Reads only openly licensed text (relative to the crate root):
  corpus/*.txt                                      the project's samples (see corpus/README.md)
  ../shared/datasets/germeval2014-ner-dev/NER-de-dev.tsv    CC BY 4.0 (Benikova et al. 2014)
  ../shared/datasets/smartdata-dfki-dev/dev.json.gz         CC BY 4.0 (Schiersch et al. 2018)
  ../shared/datasets/legal-ner-ler-dev/ler_dev.conll        CC BY 4.0 (Leitner et al. 2019)
Never the share-alike sets (UD German-GSD, EmpiriST).

Writes one plain-text document per file into a temporary directory and runs

    cargo run --release -- keywords --build-model DIR --min-df 2 --output data/keyword_model.txt

so the model holds exactly the keys the extractor itself makes. GermEval and
LER come as single sentences (LER shuffled); each run of ten sentences is
one pseudo-document of about news-item length. SmartData items and corpus
files are one document each.

Python 3.11, standard library only; the output depends only on the inputs.
"""

import gzip
import json
import re
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATASETS = ROOT.parent / "shared" / "datasets"
SENTENCES_PER_DOCUMENT = 10


def detokenize(tokens):
    """Joins gold tokens into running text (the tokenizer splits them again)."""
    text = " ".join(tokens)
    text = re.sub(r" ([.,;:!?)\]])", r"\1", text)
    text = re.sub(r"([(\[„]) ", r"\1", text)
    return text


def conll_sentences(path, column, comment=None):
    """Sentences of a CoNLL-style file: lists of the tokens in `column`."""
    sentence = []
    with open(path, encoding="utf-8", newline="") as f:
        for line in f:
            line = line.rstrip("\r\n")
            if comment and line.startswith(comment):
                continue
            if not line.strip():
                if sentence:
                    yield sentence
                    sentence = []
                continue
            fields = line.split("\t") if "\t" in line else line.split(" ")
            if len(fields) > column:
                sentence.append(fields[column])
    if sentence:
        yield sentence


def grouped(sentences, n):
    """Runs of `n` sentences as documents."""
    batch = []
    for s in sentences:
        batch.append(detokenize(s))
        if len(batch) == n:
            yield " ".join(batch)
            batch = []
    if batch:
        yield " ".join(batch)


def smartdata_documents(path):
    """The `text` of every object in the gzipped stream of JSON objects."""
    raw = gzip.open(path, "rt", encoding="utf-8").read()
    decoder = json.JSONDecoder()
    pos = 0
    while True:
        while pos < len(raw) and raw[pos].isspace():
            pos += 1
        if pos >= len(raw):
            break
        obj, pos = decoder.raw_decode(raw, pos)
        text = obj.get("text")
        if isinstance(text, dict):
            text = text.get("string")
        if text:
            yield text


def main():
    sources = [
        ("corpus", (p.read_text(encoding="utf-8") for p in sorted((ROOT / "corpus").glob("*.txt")))),
        (
            "germeval",
            grouped(
                conll_sentences(DATASETS / "germeval2014-ner-dev" / "NER-de-dev.tsv", 1, comment="#"),
                SENTENCES_PER_DOCUMENT,
            ),
        ),
        (
            "ler",
            grouped(
                conll_sentences(DATASETS / "legal-ner-ler-dev" / "ler_dev.conll", 0),
                SENTENCES_PER_DOCUMENT,
            ),
        ),
        ("smartdata", smartdata_documents(DATASETS / "smartdata-dfki-dev" / "dev.json.gz")),
    ]
    with tempfile.TemporaryDirectory(prefix="meldung-model-") as tmp:
        counts = {}
        for name, documents in sources:
            n = 0
            for n, text in enumerate(documents, 1):
                (Path(tmp) / f"{name}-{n:05}.txt").write_text(text, encoding="utf-8")
            counts[name] = n
        print("documents: " + ", ".join(f"{k} {v}" for k, v in counts.items()), file=sys.stderr)
        output = ROOT / "data" / "keyword_model.txt"
        subprocess.run(
            [
                "cargo", "run", "--release", "--quiet", "--",
                "keywords", "--build-model", tmp, "--min-df", "2", "--output", str(output),
            ],
            cwd=ROOT,
            check=True,
        )
    header = (
        "# meldung keyword model: document frequencies of keyword keys (lowercase German\n"
        "# Snowball stems), built by scripts/build_keyword_model.py from openly licensed\n"
        "# text: corpus/ (the project's samples) and the CC BY 4.0 dev sets of GermEval 2014\n"
        "# NER (Benikova et al. 2014), DFKI SmartData (Schiersch et al. 2018) and German LER\n"
        "# (Leitner et al. 2019); credits in data/README.md. Do not edit: rebuild.\n"
        "# Keys in fewer than 2 documents are left out.\n"
    )
    body = output.read_text(encoding="utf-8")
    body = "".join(line for line in body.splitlines(keepends=True) if not line.startswith("#"))
    output.write_text(header + body, encoding="utf-8")
    print(f"wrote {output.relative_to(ROOT)} ({output.stat().st_size} bytes)", file=sys.stderr)


if __name__ == "__main__":
    main()
