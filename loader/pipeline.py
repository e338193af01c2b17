"""The one place the stages are chained: raw text → normalized document with its offset map →
entity mentions (the spaCy pipeline) → facts → (``document_batch``) the rows of the graph. A pure function of a document, which is what
`kg load` runs in its workers and a distributed engine maps over a corpus (docs/SCALING.md).
Reads nothing but its argument and the packaged data.

`timings`, when given, accumulates the seconds each stage and each pipeline step took, which is
how `kg bench` reports the share of every step.
"""
from __future__ import annotations

import time

from loader.corpus import RawDocument
from loader.facts.extract import extract_facts
from loader.facts.model import Extraction
from loader.graph.batch import GraphBatch
from loader.graph.build import extraction_batch
from loader.ner.dates import DocDate, document_date
from loader.ner.pipeline import recognize
from loader.normalize import normalize


def document_batch(raw: RawDocument, meta: dict | None = None, date: DocDate | None = None) -> GraphBatch:
    """What one document contributes to the graph; ``meta`` and ``date`` come from a manifest."""
    return extraction_batch(raw, extract(raw, date=date), meta)


def extract(raw: RawDocument, timings: dict[str, float] | None = None, date: DocDate | None = None) -> Extraction:
    return extract_text(raw.id, raw.text, timings, date)


def extract_text(doc_id: str, raw: str, timings: dict[str, float] | None = None,
                 date: DocDate | None = None) -> Extraction:
    """`date`, when the user gave one (a manifest), is the document's date; else the text's."""
    began = time.perf_counter()
    norm = normalize(raw)
    doc_date = date or document_date(norm.text)
    normalized = time.perf_counter()
    _, mentions = recognize(norm, doc_date.year, timings)
    recognized = time.perf_counter()
    extraction = extract_facts(doc_id, norm, doc_date, mentions)
    if timings is not None:
        timings["normalize"] = timings.get("normalize", 0.0) + normalized - began
        timings["facts"] = timings.get("facts", 0.0) + time.perf_counter() - recognized
    return extraction


def recognize_text(text: str):
    """Entity mentions of a text alone (normalize, then the recogniser), for NER-only scoring."""
    return recognize(normalize(text))[1]
