"""Entity candidates proposed by the rule components and the model, before overlaps are resolved.

A candidate is a span in `doc.spans[CANDIDATES]` with a record in `doc._.kg_records` (priority,
source, payload). The resolver keeps a non-overlapping set, preferring higher priority, then
longer spans. Priorities encode which reading wins when two rules claim the same words: a
facility name contains a number and a city, a date contains a number, a law contains an article
number.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Doc, Span

import loader.ner.extensions  # noqa: F401  (registers the extension attributes)

CANDIDATES = "kg_candidates"
PRIORITY = {
    "DATE": 90, "MONEY": 86, "PERCENT": 86, "FACILITY": 82, "LAW": 80, "PERSON": 76, "TITLE": 72,
    "PROGRAM": 68, "ORG": 66, "QUANTITY": 60, "PROVINCE": 56, "COUNTRY": 55, "CITY": 54,
}


@dataclass
class Candidate:
    start: int
    end: int
    label: str
    priority: int
    source: str
    payload: dict = field(default_factory=dict)


def candidates(doc: Doc) -> list[Candidate]:
    return list(doc._.kg_records.values())


def add(doc: Doc, start: int, end: int, label: str, source: str, payload: dict | None = None,
        bonus: int = 0) -> None:
    """Propose a reading of tokens start..end. A second proposal of the same span and label
    keeps the stronger one."""
    if end <= start:
        return
    cand = Candidate(start, end, label, PRIORITY[label] + bonus, source, payload or {})
    key = (start, end, label)
    records = doc._.kg_records
    old = records.get(key)
    if old is None:
        if CANDIDATES not in doc.spans:
            doc.spans[CANDIDATES] = []
        doc.spans[CANDIDATES].append(Span(doc, start, end, label=label))
        records[key] = cand
    elif cand.priority > old.priority:
        records[key] = cand


def starts(doc: Doc, label: str) -> dict[int, Candidate]:
    """Candidates of one label by start token (the longest wins)."""
    found: dict[int, Candidate] = {}
    for cand in doc._.kg_records.values():
        if cand.label == label and (cand.start not in found or cand.end > found[cand.start].end):
            found[cand.start] = cand
    return found


def taken_tokens(doc: Doc) -> set[int]:
    return {k for cand in doc._.kg_records.values() for k in range(cand.start, cand.end)}


def resolve(cands: list[Candidate]) -> list[Candidate]:
    chosen: list[Candidate] = []
    taken: set[int] = set()
    for cand in sorted(cands, key=lambda c: (-c.priority, -(c.end - c.start), c.start)):
        span = range(cand.start, cand.end)
        if not taken.intersection(span):
            chosen.append(cand)
            taken.update(span)
    return sorted(chosen, key=lambda c: c.start)


def withdraw(doc: Doc, cand: Candidate) -> None:
    """Take a proposal back (a reading the resolver found no support for). Its record goes at
    once; its span leaves `doc.spans` when `sync_spans` runs after the batch (filtering the group
    at every withdrawal was quadratic in a long document's length)."""
    doc._.kg_records.pop((cand.start, cand.end, cand.label), None)


def sync_spans(doc: Doc) -> None:
    """`doc.spans[CANDIDATES]` without the proposals withdrawn since it was last in step."""
    records = doc._.kg_records
    if CANDIDATES not in doc.spans or len(doc.spans[CANDIDATES]) == len(records):
        return  # every span was added with its record, so only a withdrawal tells them apart
    kept, seen = [], set()
    for span in doc.spans[CANDIDATES]:
        key = (span.start, span.end, span.label_)
        if key in records and key not in seen:  # withdrawn and proposed again: once
            seen.add(key)
            kept.append(span)
    doc.spans[CANDIDATES] = kept
