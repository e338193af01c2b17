"""When each post was held: the start and end the text states or implies, and who followed whom.

What a document says about a tenure is read off the sentence that states the post, against the
document's date:
- an appointment (`منصوب شد`, `به عنوان ... منصوب`, `حکم ... صادر شد`) starts it on that date;
- a farewell and introduction (`تودیع ... و معارفه ...`) ends the outgoing holder's tenure and starts
  the incoming one's on that date, and says who succeeded whom;
- `پیشین`, `سابق`, `... بود` end it no later than that date; a retirement (`بازنشسته شد`) ends it;
- `از سال 1398` starts it then; `10 سال است که ...` counts back from the document's year.
Every bound keeps the sentence it came from and says whether it is stated or inferred. Whether a
holding is current is not decided here: that depends on every document, and is derived at query
time (`cypher/who-ran-province.cypher`).
"""
from __future__ import annotations

import re

from loader.facts.model import Bound, Entity, Evidence, Holding, Succession
from loader.facts.posts import post_of
from loader.facts.view import DocumentView
from loader.ner.dates import DocDate
from loader.text_keys import fold

APPOINTED = re.compile(r"(?:منصوب|انتخاب|معرفی|گمارده|برگزیده)\s*(?:شد|شدند|گردید|شده|گردیده)"
                       r"|حکم[^.!؟]{0,80}صادر|به\s+عنوان[^.!؟]{0,80}منصوب")
FAREWELL = re.compile(r"تودیع")
INTRODUCTION = re.compile(r"معارفه")
RETIRED = re.compile(r"بازنشسته\s*(?:شد|شده|گردید)|بازنشستگی")
SINCE = re.compile(r"(?:از|از\s+سال)\s+(?P<year>1[34]\d\d)")
FOR_YEARS = re.compile(r"(?P<n>\d{1,2}|یک|دو|سه|چهار|پنج|شش|هفت|هشت|نه|ده)\s+سال\s+است\s+که")
WORD_NUMBERS = {"یک": 1, "دو": 2, "سه": 3, "چهار": 4, "پنج": 5, "شش": 6, "هفت": 7, "هشت": 8, "نه": 9, "ده": 10}


def read_tenure(view: DocumentView, holdings: list[Holding], entities: dict[str, Entity],
                doc_date: DocDate) -> list[Succession]:
    """Set each holding's start and end from its sentence; the successions the text states."""
    for h in holdings:
        sentence = h.evidence.sentence
        if APPOINTED.search(sentence) and h.status != "former":
            h.status = "appointed"
            h.start = _on(doc_date, "appointed", h.evidence)
        if RETIRED.search(sentence):
            h.end = _on(doc_date, "retired", h.evidence)
        elif h.status == "former" and h.end is None:
            h.end = Bound(doc_date.jalali, doc_date.precision, "not_after", "former", True, h.evidence)
        if h.start is None:
            h.start = _since(sentence, h.evidence) or _counted_back(sentence, doc_date, h.evidence)
    return _farewells(view, holdings, entities, doc_date)


def _on(doc_date: DocDate, reason: str, evidence: Evidence) -> Bound:
    return Bound(doc_date.jalali, doc_date.precision, "on", reason, doc_date.jalali is None, evidence)


def _since(sentence: str, evidence: Evidence) -> Bound | None:
    m = SINCE.search(sentence)
    return Bound(m.group("year"), "year", "on", "since", False, evidence) if m else None


def _counted_back(sentence: str, doc_date: DocDate, evidence: Evidence) -> Bound | None:
    m = FOR_YEARS.search(sentence)
    if not m or doc_date.year is None:
        return None
    years = WORD_NUMBERS.get(m.group("n")) or int(m.group("n"))
    return Bound(str(doc_date.year - years), "year", "on", "counted_back", True, evidence)


def _farewells(view: DocumentView, holdings: list[Holding], entities: dict[str, Entity],
               doc_date: DocDate) -> list[Succession]:
    """`آیین تودیع X و معارفه Y به عنوان مدیرکل ...`: one post, the outgoing and the incoming holder."""
    successions = []
    for sentence in view.norm.sentences:
        farewell, introduction = FAREWELL.search(sentence.text), INTRODUCTION.search(sentence.text)
        if not (farewell and introduction and farewell.start() < introduction.start()):
            continue
        people = [m for m in view.by_sentence.get(sentence.index, []) if m.label == "PERSON" and m.entity_id]
        outgoing = next((m for m in people if farewell.start() <= m.start - sentence.start < introduction.start()), None)
        incoming = next((m for m in people if m.start - sentence.start > introduction.start()), None)
        if outgoing is None or incoming is None or outgoing.entity_id == incoming.entity_id:
            continue
        post = _post_of_sentence(holdings, sentence.index, (outgoing.entity_id, incoming.entity_id)) \
            or _post_named(view, sentence.index, entities)
        if post is None:
            continue
        evidence = view.evidence(sentence.start, sentence.end, sentence.index)
        for h in holdings:
            if h.post.id != post.id:
                continue
            if h.person_id == outgoing.entity_id:
                h.end, h.status = _on(doc_date, "farewell", evidence), "former"
            elif h.person_id == incoming.entity_id:
                h.start = _on(doc_date, "introduced", evidence)
        if not any(h.person_id == outgoing.entity_id and h.post.id == post.id for h in holdings):
            name = entities[outgoing.entity_id].name if outgoing.entity_id in entities else outgoing.text
            holdings.append(Holding(outgoing.entity_id, name, post, False, "former", evidence,
                                    [outgoing.id], None, _on(doc_date, "farewell", evidence)))
        if not any(h.person_id == incoming.entity_id and h.post.id == post.id for h in holdings):
            name = entities[incoming.entity_id].name if incoming.entity_id in entities else incoming.text
            holdings.append(Holding(incoming.entity_id, name, post, False, "appointed", evidence,
                                    [incoming.id], _on(doc_date, "introduced", evidence)))
        successions.append(Succession(incoming.entity_id, outgoing.entity_id, post.id, evidence))
    return successions


def _post_named(view: DocumentView, sentence_index: int, entities: dict[str, Entity]):
    """The post a farewell sentence names (`... به عنوان مدیرکل ... استان ...`)."""
    title = next((m for m in view.by_sentence.get(sentence_index, []) if m.label == "TITLE"), None)
    return post_of(view, title, entities)[0] if title is not None else None


def _post_of_sentence(holdings: list[Holding], sentence_index: int, people: tuple[str, str]):
    """The post a farewell sentence is about: one of its two people holds it in the document,
    stated in that sentence if possible."""
    held = [h for h in holdings if h.person_id in people]
    here = [h for h in held if h.evidence.sentence_index == sentence_index]
    chosen = (here or held)
    titles = {fold(h.post.title) for h in chosen}
    return chosen[0].post if chosen and len(titles) == 1 else None
