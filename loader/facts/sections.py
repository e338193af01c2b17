"""A document too long for one pass is cut into sections, each extracted on its own (on as many
cores as the caller gives), and the sections' extractions joined into the document's one.

Why: extraction is about 14,000 words a second on one core, so a 2 MB file (200,000 words, in
practice many articles in one file) takes 16 s on one core; cut at paragraph breaks, its sections
run on every core. The cut is a pure function of the text, never of the number of cores, so a
document yields the same facts however it was run. What a section cannot see is the rest of the
document: a surname meets its full name, a figure its repetition, a title its holder only within
the section (about 20,000 words, far more than one news item, and facts never reach across news
items anyway). Documents shorter than a section, every real article seen so far, are one section.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace

from loader.facts.model import Entity, Event, Evidence, Extraction, Mention
from loader.facts.posts import dedupe_holdings
from loader.ids import event_id, figure_id, mention_id

SECTION_CHARS = 100_000  # raw characters a section holds at least (the last one excepted)

# Where a section may end, best first, searched in the half section after each mark: a blank line,
# a line break, a sentence's end, any space. A text with none of them is cut at the mark.
_BREAKS = (re.compile(r"\n[ \t\u200c]*\n"), re.compile(r"\n"), re.compile(r"[.!?؟]\s"), re.compile(r"\s"))


def cut(raw: str, size: int | None = None) -> list[tuple[int, int]]:
    """The sections of a raw text as (start, end) spans covering it (``size`` characters each at
    least, ``SECTION_CHARS`` by default); one span when it is short."""
    size = size or SECTION_CHARS
    spans: list[tuple[int, int]] = []
    start = 0
    while len(raw) - start > size + size // 2:
        mark, limit = start + size, start + size + size // 2
        end = next((m.end() for rx in _BREAKS if (m := rx.search(raw, mark, limit))), mark)
        spans.append((start, end))
        start = end
    spans.append((start, len(raw)))
    return spans


@dataclass
class Section:
    """One section's extraction, its offsets counted from the section's own start."""
    raw_start: int
    extraction: Extraction
    sentences: int      # how many sentences the section's normalized text has
    norm_length: int    # the length of the section's normalized text


def join(doc_id: str, sections: list[Section]) -> Extraction:
    """The document's extraction from its sections' (in text order): offsets, sentence numbers
    and the ids made of them shifted to the whole text; entities met in several sections one
    entity; a post held in several, one holding. The title and date are the first section's."""
    first = sections[0].extraction
    joined = Extraction(doc_id, first.doc_year, first.title, [], [], [], [], [], doc_date=first.doc_date)
    entities: dict[str, Entity] = {}
    located: set[tuple[str, str]] = set()
    sentence = norm = 0
    for section in sections:
        raw, x = section.raw_start, section.extraction
        shift = _Shift(doc_id, raw, sentence, norm)
        ids = {m.id: shift.mention(m) for m in x.mentions}
        figures = {figure_id(old): figure_id(new.id) for old, new in ids.items()}
        joined.mentions += ids.values()
        for entity in x.entities:
            moved = replace(entity, aliases=list(entity.aliases), properties=dict(entity.properties),
                            mentions=[ids[i].id for i in entity.mentions if i in ids])
            kept = entities.get(entity.id)
            if kept is None:
                entities[entity.id] = moved
                continue
            kept.aliases += [a for a in moved.aliases if a not in kept.aliases]
            kept.mentions += moved.mentions
            kept.properties = {**moved.properties, **kept.properties}
        joined.holdings += [replace(h, evidence=shift.evidence(h.evidence), mentions=[ids[i].id for i in h.mentions],
                                    start=shift.bound(h.start), end=shift.bound(h.end)) for h in x.holdings]
        joined.successions += [replace(s, evidence=shift.evidence(s.evidence)) for s in x.successions]
        joined.figures += [replace(f, id=figures[f.id], evidence=shift.evidence(f.evidence), also=[shift.evidence(e) for e in f.also])
                           for f in x.figures]
        joined.events += [shift.event(e) for e in x.events]
        for loc in x.locations:
            if (loc.entity_id, loc.place_id) not in located:
                located.add((loc.entity_id, loc.place_id))
                joined.locations.append(replace(loc, evidence=shift.evidence(loc.evidence)))
        joined.items += [(raw + a, raw + b) for a, b in x.items]
        sentence += section.sentences
        norm += section.norm_length
    joined.entities = list(entities.values())
    joined.holdings = dedupe_holdings(joined.holdings)
    return joined


@dataclass
class _Shift:
    doc_id: str
    raw: int
    sentence: int
    norm: int

    def mention(self, m: Mention) -> Mention:
        raw_start, raw_end = m.raw_start + self.raw, m.raw_end + self.raw
        return replace(m, id=mention_id(self.doc_id, raw_start, raw_end, m.label), raw_start=raw_start,
                       raw_end=raw_end, start=m.start + self.norm, end=m.end + self.norm,
                       sentence_index=m.sentence_index + self.sentence)

    def evidence(self, ev: Evidence | None) -> Evidence | None:
        if ev is None:
            return None
        return replace(ev, raw_start=ev.raw_start + self.raw, raw_end=ev.raw_end + self.raw,
                       sentence_index=ev.sentence_index + self.sentence)

    def bound(self, bound):
        return None if bound is None else replace(bound, evidence=self.evidence(bound.evidence))

    def event(self, e: Event) -> Event:
        evidence = self.evidence(e.evidence)
        return replace(e, id=event_id(self.doc_id, evidence.sentence_index), evidence=evidence)
