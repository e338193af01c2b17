"""The one place the stages are chained: raw text → normalized document with its offset map →
entity mentions (the spaCy pipeline) → facts → (``document_batch``) the rows of the graph. A pure function of a document, which is what
`kg load` runs in its workers and a distributed engine maps over a corpus (docs/SCALING.md).
Reads nothing but its argument and the packaged data.

`timings`, when given, accumulates the seconds each stage and each pipeline step took, which is
how `kg bench` reports the share of every step.

A text longer than a section (``loader/facts/sections.py``) is extracted section by section through
``mapper``, the builtin ``map`` or a pool's, which is how one long document uses every core.
"""
from __future__ import annotations

import time
from functools import partial
from typing import Callable

from loader.corpus import RawDocument
from loader.facts.extract import extract_facts
from loader.facts.model import Extraction
from loader.facts.sections import Section, cut, join
from loader.graph.batch import GraphBatch
from loader.graph.build import extraction_batch
from loader.ner.dates import DocDate, dateline, document_date
from loader.ner.pipeline import recognize
from loader.normalize import NormalizedDoc, normalize


Mapper = Callable  # map(function, iterable) -> iterable of results, in order
HEAD_CHARS = 5_000  # raw characters normalized to read a long document's dateline


def document_batch(raw: RawDocument, meta: dict | None = None, date: DocDate | None = None,
                   mapper: Mapper = map) -> GraphBatch:
    """What one document contributes to the graph; ``meta`` and ``date`` come from a manifest."""
    return extraction_batch(raw, extract(raw, date=date, mapper=mapper), meta)


def extract(raw: RawDocument, timings: dict[str, float] | None = None, date: DocDate | None = None,
            mapper: Mapper = map) -> Extraction:
    return extract_text(raw.id, raw.text, timings, date, mapper)


def extract_text(doc_id: str, raw: str, timings: dict[str, float] | None = None,
                 date: DocDate | None = None, mapper: Mapper = map) -> Extraction:
    """`date`, when the user gave one (a manifest), is the document's date; else the text's (for a
    document in sections: its dateline, else each section's own)."""
    spans = cut(raw)
    if len(spans) == 1:
        return _extract(doc_id, raw, timings, date)[1]
    date = date or dateline(normalize(raw[:HEAD_CHARS]).text)
    tasks = [(doc_id, raw[start:end], start, date) for start, end in spans]
    section = partial(extract_section, timings=timings) if mapper is map else extract_section
    return join(doc_id, list(mapper(section, tasks)))


def extract_section(task: tuple[str, str, int, DocDate | None], timings: dict[str, float] | None = None) -> Section:
    """One section of a long document, ``(doc_id, its raw text, where it starts, the date)``."""
    doc_id, raw, raw_start, date = task
    norm, extraction = _extract(doc_id, raw, timings, date)
    return Section(raw_start, extraction, len(norm.sentences), len(norm.text))


def _extract(doc_id: str, raw: str, timings: dict[str, float] | None,
             date: DocDate | None) -> tuple[NormalizedDoc, Extraction]:
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
    return norm, extraction


def recognize_text(text: str):
    """Entity mentions of a text alone (normalize, then the recogniser), for NER-only scoring."""
    return recognize(normalize(text))[1]
