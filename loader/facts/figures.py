"""Figures: a number with its unit, the measure it describes, what it is about, who said it, when.

The measure is the nearest measure term (`loader/data/gazetteers/measures.tsv`) before the
number in its sentence, else the noun phrase counted right after it; the subject is the place
the sentence names, else the place the article last named (provincial news stays in its
province), else an organisation of the sentence. A figure with neither is kept and flagged
`unattached` rather than guessed.
"""
from __future__ import annotations

import re

from loader.facts.model import Entity, Figure, Holding, Mention
from loader.ner.units import to_rial
from loader.facts.view import DocumentView
from loader.ner.resources import resources
from loader.text_keys import fold

MEASURE_WINDOW = 80
BASELINE = re.compile(r"نسبت\s+به\s*$")
CURRENCY_UNITS = {"toman", "rial"}


def find_figures(view: DocumentView, entities: dict[str, Entity], speakers: dict[int, str | None],
                 holdings: list[Holding]) -> list[Figure]:
    # A speaker whose post has no area (the organisation's CEO) talks about the organisation.
    national = {h.person_id: h.post.organization_id for h in holdings
                if h.post.area_id is None and h.post.organization_id and h.status == "current"}
    figures = []
    restated = _restated_in_body(view, speakers)
    for m in view.mentions:
        if m.label not in ("MONEY", "PERCENT", "QUANTITY"):
            continue
        qty = m.payload.get("quantity")
        number = m.payload.get("number")
        if qty is not None:
            value, unit, qualifier = qty.value, qty.unit, qty.qualifier
            if unit is None and qty.implied_currency:
                unit = "currency"
        elif number is not None:
            value, unit, qualifier = number.value, None, None
        else:
            continue
        speaker = speakers.get(m.sentence_index)
        if speaker is None and _in_heading(view, m):
            speaker = restated.get((view.item_of.get(m.sentence_index), value))
        subject = _subject(view, m, entities, national.get(speaker))
        period = _period(view, m)
        figures.append(Figure(
            id=f"figure:{m.id}", text=m.text, value=value, unit=unit, kind=m.label,
            measure=_measure(view, m), subject_id=subject.id if subject else None,
            subject=subject.name if subject else None, subject_label=subject.label if subject else None,
            stated_by_id=speaker, stated_by=entities[speaker].name if speaker in entities else None,
            period=period[0], period_start=period[1], period_end=period[2],
            value_rial=to_rial(value, unit) if unit in CURRENCY_UNITS else None,
            unattached=subject is None, qualifier=qualifier,
            evidence=view.evidence(m.start, m.end, m.sentence_index)))
    return _once(figures)


def _once(figures: list[Figure]) -> list[Figure]:
    """A figure stated twice in one document (a pull quote, a headline over its paragraph) is one
    figure with both places it is stated."""
    kept: dict[tuple, Figure] = {}
    for f in figures:
        key = (f.value, f.unit, f.kind, f.measure, f.subject_id, f.stated_by_id, f.period)
        if key in kept:
            kept[key].also.append(f.evidence)
        else:
            kept[key] = f
    return list(kept.values())


def _in_heading(view: DocumentView, m: Mention) -> bool:
    sentence = view.sentences.get(m.sentence_index)
    return sentence is not None and view.norm.blocks[sentence.block].kind == "heading"


def _restated_in_body(view: DocumentView, speakers: dict[int, str | None]) -> dict[tuple, str]:
    """(news item, value) → the speaker who states that figure in the item's body: a headline's
    figure that restates it is theirs (`پرداخت 11000 میلیارد تومان ...` over `... 11 هزار
    میلیارد تومان ...` said by the official)."""
    found: dict[tuple, str] = {}
    for m in view.mentions:
        if m.label not in ("MONEY", "PERCENT", "QUANTITY") or _in_heading(view, m):
            continue
        qty, number = m.payload.get("quantity"), m.payload.get("number")
        value = qty.value if qty is not None else (number.value if number is not None else None)
        speaker = speakers.get(m.sentence_index)
        if value is not None and speaker:
            found.setdefault((view.item_of.get(m.sentence_index), value), speaker)
    return found


def _subject(view: DocumentView, m: Mention, entities: dict[str, Entity], speaker_org: str | None) -> Entity | None:
    in_sentence = [x for x in view.by_sentence.get(m.sentence_index, []) if x.label in ("PROVINCE", "CITY")]
    before = [x for x in in_sentence if x.start < m.start]
    place = before[-1] if before else (in_sentence[0] if in_sentence else None)
    if place is None and speaker_org in entities:
        return entities[speaker_org]
    if place is None:
        # Provincial news stays in its province; a town named sentences ago does not carry over.
        place = view.previous(m, {"PROVINCE"})
    if place is None:
        for label in ("FACILITY", "PROGRAM", "ORG"):
            place = next((x for x in view.by_sentence.get(m.sentence_index, []) if x.label == label), None)
            if place is not None:
                break
    return entities.get(place.entity_id) if place is not None and place.entity_id else None


def _period(view: DocumentView, m: Mention) -> tuple[str | None, str | None, str | None]:
    dates = [x for x in view.by_sentence.get(m.sentence_index, []) if x.label == "DATE" and x.payload.get("date")]
    if not dates:
        return None, None, None
    # `در سال 1401 نسبت به سال 1400`: the year compared against is not the figure's period.
    own = [d for d in dates if not BASELINE.search(view.norm.text[max(0, d.start - 12):d.start])] or dates
    nearest = min(own, key=lambda d: abs(d.start - m.start))
    date = nearest.payload["date"]
    if not date.start_date:
        return nearest.text, None, None
    if date.precision == "year":
        label = str(date.year)
    elif date.precision == "month":
        label = date.start_date[:7]
    elif date.precision == "day":
        label = date.start_date
    else:
        label = f"{date.start_date}..{date.end_date or ''}"
    return label, date.start_date, date.end_date


def _measure(view: DocumentView, m: Mention) -> str | None:
    """The measure term right after the figure (`... ریال مستمری`), else the closest before it."""
    res = resources()
    after = view.text_after(m, 40).split()
    after_keys = [fold(w) for w in after]
    found = res.measures.match(after_keys, 0) if after_keys else None
    if found:
        return " ".join(after[:found[0]])
    sentence = view.sentences.get(m.sentence_index)
    floor = max(sentence.start if sentence else 0, m.start - MEASURE_WINDOW)
    before = view.norm.text[floor:m.start].split()
    keys = [fold(w) for w in before]
    best = None  # (end, length, text): the closest measure, and of those the longest
    for i in range(len(keys)):
        found = res.measures.match(keys, i)
        if found and (best is None or (found[0], found[0] - i) > best[:2]):
            best = (found[0], found[0] - i, " ".join(before[i:found[0]]))
    if best:
        return best[2]
    for i in range(1, min(3, len(after))):
        found = res.measures.match(after_keys, i)
        if found:
            return " ".join(after[i:found[0]])
    return None
