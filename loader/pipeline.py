"""The whole extraction as one pure function of a document: what a distributed engine maps over
a corpus (see docs/SCALING.md). Reads nothing but its argument and the packaged data."""
from __future__ import annotations

from loader.corpus import RawDocument
from loader.facts.extract import extract_text
from loader.facts.model import Extraction


def extract(raw: RawDocument) -> Extraction:
    return extract_text(raw.id, raw.text)


def recognize_text(text: str):
    """Entity mentions of a text alone (normalize, then the recogniser), for NER-only scoring."""
    from loader.ner.pipeline import recognize
    from loader.normalize import normalize

    return recognize(normalize(text))[1]
