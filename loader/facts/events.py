"""Events the text states: visits, openings, groundbreakings and meetings, with who, what,
where and when taken from the sentence that reports them."""
from __future__ import annotations

import bisect
import re

from loader.facts.model import Entity, EntityRef, Event
from loader.ner.gazetteer_io import load_table
from loader.facts.view import DocumentView
from loader.ids import event_id

QUOTED = re.compile(r"«[^»]*»?")
WORD_START = r"(?<![\w\u200c])"  # `نشست` is a meeting, `بازنشستگان` is not
# The words that report an event, from the lexicon's `event_triggers.tsv`, tried in file order.
TRIGGERS = [(row["type"], re.compile(WORD_START + row["pattern"])) for row in load_table("event_triggers")]


def find_events(doc_id: str, view: DocumentView, entities: dict[str, Entity], title_holder: dict[str, str]
                ) -> list[Event]:
    events = []
    seen: set[tuple] = set()
    for sentence in view.norm.sentences:
        # What a speaker says (inside «») is not what the reporter saw happen.
        narrative = QUOTED.sub(" ", sentence.text)
        kind = next((k for k, pattern in TRIGGERS if pattern.search(narrative)), None)
        if kind is None:
            continue
        quoted = [(m.start(), m.end()) for m in QUOTED.finditer(sentence.text)]
        quote_starts = [a for a, _ in quoted]
        mentions = [m for m in view.by_sentence.get(sentence.index, []) if not _inside(quoted, quote_starts, m.start - sentence.start)]
        who = []
        seen_who: set[tuple[str, str]] = set()
        for m in mentions:
            pid = m.entity_id if m.label == "PERSON" else title_holder.get(m.id) if m.label == "TITLE" else None
            if pid and pid in entities and (pid, entities[pid].name) not in seen_who:
                seen_who.add((pid, entities[pid].name))
                who.append((pid, entities[pid].name))
        what = next((m for m in mentions if m.label == "FACILITY"), None) or \
            next((m for m in mentions if m.label in ("ORG", "PROGRAM") and m.entity_id), None)
        where = next((m for m in mentions if m.label == "CITY"), None) or \
            next((m for m in mentions if m.label == "PROVINCE"), None)
        if not who or (what is None and where is None):
            continue
        key = (kind, what.entity_id if what else None, where.entity_id if where else None)
        if key in seen:
            continue
        seen.add(key)
        date = next((m.payload["date"] for m in mentions if m.label == "DATE" and m.payload.get("date")), None)
        events.append(Event(
            id=event_id(doc_id, sentence.index),
            type=kind, who=who,
            what=_ref(what, entities), where=_ref(where, entities),
            date=date.start_date if date and date.resolved else (date.text if date else None),
            date_precision=date.precision if date else None,
            gregorian=date.gregorian_start if date else None,
            evidence=view.evidence(sentence.start, sentence.end, sentence.index)))
    return events


def _inside(spans: list[tuple[int, int]], starts: list[int], offset: int) -> bool:
    """Whether ``offset`` falls in one of ``spans`` (in order, not overlapping): one bisection."""
    i = bisect.bisect_right(starts, offset) - 1
    return i >= 0 and offset < spans[i][1]


def _ref(m, entities: dict[str, Entity]) -> EntityRef | None:
    if m is None or not m.entity_id or m.entity_id not in entities:
        return None
    e = entities[m.entity_id]
    return EntityRef(e.id, e.label, e.name)
