"""Entity candidates proposed by the rule components, before overlaps are resolved.

Each component adds candidates with a priority; the resolver keeps a non-overlapping set,
preferring higher priority, then longer spans. Priorities encode which reading wins when two
rules claim the same words: a facility name contains a number and a city, a date contains a
number, a law contains an article number.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Doc

PRIORITY = {
    "DATE": 90, "MONEY": 86, "PERCENT": 86, "FACILITY": 82, "LAW": 80, "PERSON": 76, "TITLE": 72,
    "PROGRAM": 68, "ORG": 66, "QUANTITY": 60, "PROVINCE": 56, "CITY": 54,
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
    return doc.user_data.setdefault("kg_candidates", [])


def add(doc: Doc, start: int, end: int, label: str, source: str, payload: dict | None = None,
        bonus: int = 0) -> None:
    if end > start:
        candidates(doc).append(Candidate(start, end, label, PRIORITY[label] + bonus, source, payload or {}))


def starts(doc: Doc, label: str) -> dict[int, Candidate]:
    """Candidates of one label by start token (the longest wins)."""
    found: dict[int, Candidate] = {}
    for cand in candidates(doc):
        if cand.label == label and (cand.start not in found or cand.end > found[cand.start].end):
            found[cand.start] = cand
    return found


def resolve(cands: list[Candidate]) -> list[Candidate]:
    chosen: list[Candidate] = []
    taken: set[int] = set()
    for cand in sorted(cands, key=lambda c: (-c.priority, -(c.end - c.start), c.start)):
        span = range(cand.start, cand.end)
        if not taken.intersection(span):
            chosen.append(cand)
            taken.update(span)
    return sorted(chosen, key=lambda c: c.start)
