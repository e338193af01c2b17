"""Training data for the statistical recogniser, as spaCy DocBin files.

Sources, all in the repository:
- ParsTwiNER's train and dev splits (`training/parstwiner/`, MIT): PER → PERSON, ORG and POG
  (political groups) → ORG, LOC → LOC; NAT (nationality adjectives) and EVENT are not entities
  under our guidelines and become O.
- The Fars dev gold (`tests/gold/fars/dev/`): PERSON, ORG, and PROVINCE/CITY/COUNTRY → LOC,
  one example per sentence. The test split is never read.

Every text goes through the same normalizer and tokenizer as at run time, so the model learns
on the token boundaries and spellings it will see; labelled spans are carried over through the
normalizer's offset map.

    python training/make_data.py OUT_DIR
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

import spacy
from spacy.tokens import Doc, DocBin

from loader.evaluation.conll import read_conll
from loader.normalize import normalize

ROOT = Path(__file__).resolve().parents[1]
PARSTWINER = ROOT / "training" / "parstwiner"
FARS_DEV = ROOT / "tests" / "gold" / "fars" / "dev"
CONLL_LABELS = {"PER": "PERSON", "ORG": "ORG", "POG": "ORG", "LOC": "LOC"}
GOLD_LABELS = {"PERSON": "PERSON", "ORG": "ORG", "PROVINCE": "LOC", "CITY": "LOC", "COUNTRY": "LOC"}


def labelled_doc(nlp, raw: str, spans: list[tuple[int, int, str]]) -> Doc | None:
    """The normalized, tokenized text with its labelled raw spans as entities."""
    norm = normalize(raw)
    doc = nlp.make_doc(norm.text)
    ents, taken = [], set()
    for start, end, label in sorted(spans):
        a, b = norm.to_norm(start, end)
        span = doc.char_span(a, b, label=label, alignment_mode="expand")
        if span is None or taken.intersection(range(span.start, span.end)):
            continue
        taken.update(range(span.start, span.end))
        ents.append(span)
    doc.ents = ents
    return doc if len(doc) else None


def conll_docs(nlp, path: Path):
    for sentence in read_conll(path):
        offsets = sentence.token_offsets()
        spans = [(offsets[a][0], offsets[b - 1][1], CONLL_LABELS[kind])
                 for kind, a, b in sentence.spans if kind in CONLL_LABELS]
        doc = labelled_doc(nlp, sentence.text, spans)
        if doc is not None:
            yield doc


def gold_docs(nlp, gold_dir: Path):
    """One example per sentence of each gold article."""
    for path in sorted(gold_dir.glob("*.json")):
        gold = json.loads(path.read_text(encoding="utf-8"))
        raw = (gold_dir / f"{gold['doc_id']}.txt").read_text(encoding="utf-8")
        spans = [(e["start"], e["end"], GOLD_LABELS[e["label"]]) for e in gold["entities"] if e["label"] in GOLD_LABELS]
        for sentence in normalize(raw).sentences:
            inside = [(max(a, sentence.raw_start) - sentence.raw_start, min(b, sentence.raw_end) - sentence.raw_start, label)
                      for a, b, label in spans if a < sentence.raw_end and sentence.raw_start < b]
            doc = labelled_doc(nlp, raw[sentence.raw_start:sentence.raw_end], inside)
            if doc is not None:
                yield doc


def main(out_dir: Path) -> None:
    nlp = spacy.blank("fa")
    out_dir.mkdir(parents=True, exist_ok=True)
    train = DocBin(store_user_data=False)
    for doc in conll_docs(nlp, PARSTWINER / "train.txt"):
        train.add(doc)
    tweets = len(train)
    for doc in gold_docs(nlp, FARS_DEV):
        train.add(doc)
    dev = DocBin(store_user_data=False)
    for doc in conll_docs(nlp, PARSTWINER / "dev.txt"):
        dev.add(doc)
    train.to_disk(out_dir / "train.spacy")
    dev.to_disk(out_dir / "dev.spacy")
    print(f"train: {len(train)} examples ({tweets} tweets, {len(train) - tweets} Fars dev sentences); "
          f"dev: {len(dev)} tweets -> {out_dir}")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
