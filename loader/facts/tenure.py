"""When each post was held: the start and end the text states or implies, and who followed whom.

What a document says about a tenure is read off the sentence that states the post, against the
document's date:
- an appointment (`Y به عنوان ... منصوب شد`, `... را به سمت ... منصوب کرد`, `حکم ... صادر شد`)
  starts the appointee's tenure on that date; the one who signs the order (`با حکم X`) is not
  appointed by it;
- a farewell and introduction (`تودیع X و معارفه Y`, `از خدمات X تقدیر و Y به عنوان ... معرفی
  شد`) ends the outgoing holder's tenure and starts the incoming one's on that date, and says
  who succeeded whom;
- `پیشین`, `سابق`, `... بود` end it no later than that date; a retirement (`بازنشسته شد`) ends it;
- `از سال 1398` starts it then; `در سال‌های 1391 تا 1395` (or Gregorian years, in Jalali) starts
  and ends it; `10 سال است که ...` counts back from the document's year.
Every bound keeps the sentence it came from and says whether it is stated or inferred. Whether a
holding is current is not decided here: that depends on every document, and is derived at query
time (`cypher/who-ran-province.cypher`).
"""
from __future__ import annotations

import re

from loader.facts.model import Bound, Entity, Evidence, Holding, Mention, Post, Succession
from loader.facts.posts import bare_post, name_of, post_of
from loader.facts.view import DocumentView
from loader.ner.dates import DocDate
from loader.ner.gazetteer_io import load_patterns
from loader.ner.numbers import CARDINALS
from loader.ner.resources import resources
from loader.ner.tokens import COMMA
from loader.text_keys import fold

PEOPLE_AND_POSTS = frozenset({"PERSON", "TITLE"})
LOOKBACK = 60  # characters before a person where a farewell or introduction cue may stand (past its honorifics)
VERB_REACH = 160  # characters after a post where its appointment verb may stand
NAME_CLOSERS = ' \t»"”'  # what may stand between a name and its post's words (and, for an end the verb states, a comma)
SPEECH_OPENS = re.compile(":")  # a speech verb's colon (`گفت:`): what follows is someone's words, not the news


def _cue(name: str) -> re.Pattern:
    """A cue of `tenure_cues.tsv` (with the rows `KG_GAZETTEER_DIR` adds)."""
    return load_patterns("tenure_cues")[name]


def read_tenure(view: DocumentView, holdings: list[Holding], entities: dict[str, Entity],
                doc_date: DocDate) -> list[Succession]:
    """Set each holding's start and end from its sentence; the successions the text states."""
    by_id = {m.id: m for m in view.mentions}
    for h in holdings:
        sentence = h.evidence.sentence
        if h.status != "former" and (_appointed(view, h, by_id) or _post_then(view, h, by_id, entities, "became")):
            h.status = "appointed"
            h.start = _on(doc_date, "appointed", h.evidence)
        if _cue("retired").search(sentence):
            h.end, h.status = _on(doc_date, "retired", h.evidence), "former"
        elif _post_then(view, h, by_id, entities, "dismissed", apposed=True):
            h.end, h.status = _on(doc_date, "dismissed", h.evidence), "former"
        elif _post_then(view, h, by_id, entities, "resigned", apposed=True):
            h.end, h.status = _on(doc_date, "resigned", h.evidence), "former"
        elif h.status == "former" and h.end is None:
            h.end = Bound(doc_date.jalali, doc_date.precision, "not_after", "former", True, h.evidence)
        if h.start is None and (span := _span(sentence, h.evidence)) is not None:
            h.start = span[0]
            if h.end is None or h.end.relation == "not_after":
                h.end = span[1]  # (the year it ended, where `بود` said only that it had)
        if h.start is None:
            h.start = _since(sentence, h.evidence) or _counted_back(sentence, doc_date, h.evidence)
    return _farewells(view, holdings, entities, doc_date)


def _appointed(view: DocumentView, h: Holding, by_id: dict[str, Mention]) -> bool:
    """The holding's post is the one an appointment verb of its sentence gives, and its holder
    the one it is given to: no other person or post between the post and the verb, and the
    holder not introduced as the signer (`با حکم X`)."""
    person, title = (by_id.get(i) for i in (h.mentions + [None, None])[:2])
    if person is None or title is None or title.label != "TITLE":
        return False
    sentence = view.sentences.get(title.sentence_index)
    if sentence is None:
        return False
    verb = _cue("appointed").search(view.norm.text, title.end, min(sentence.end, title.end + VERB_REACH))
    if verb is None or SPEECH_OPENS.search(view.norm.text, title.end, verb.start()):
        return False  # (`X مدیرکل ... گفت: گروه‌های انتخاب شده ...`: the verb is in the holder's words)
    between = view.first_in_sentence(title.sentence_index, PEOPLE_AND_POSTS, after=title.start)
    if between is not None and between.start < verb.start() and between.id != title.id:
        return False
    before = view.norm.text[max(sentence.start, person.start - LOOKBACK):person.start]
    return not _cue("appointer_before").search(before)


def _post_then(view: DocumentView, h: Holding, by_id: dict[str, Mention], entities: dict[str, Entity],
               cue: str, apposed: bool = False) -> bool:
    """The post's words, right after its holder, then the cue with nothing between: `شد`, the
    headline of an appointment (`نوری مقدم مسئول گروه تلویزیونی بسیج شد`, `became`), a
    dismissal (`جیمی بایلن سرمربی خود را از کار برکنار کردند`, `dismissed`: the name and its post
    are together the verb's object) or a resignation (`آریستید، رئیس جمهوری هائیتی استعفا کرده`,
    `resigned`); for an end, ``apposed``, the post may stand after a comma."""
    person, title = (by_id.get(i) for i in (h.mentions + [None, None])[:2])
    closers = NAME_CLOSERS + "".join(COMMA) if apposed else NAME_CLOSERS
    if person is None or title is None or title.label != "TITLE" or view.gap(person, title).strip(closers):
        return False  # (a quoted name, then its post: `«عبدالله بن سعود» رئیس فدراسیون ... برکنار کرد`)
    _, last = post_of(view, title, entities)
    return bool(_cue(cue).match(view.norm.text, last.end))


def _on(doc_date: DocDate, reason: str, evidence: Evidence) -> Bound:
    return Bound(doc_date.jalali, doc_date.precision, "on", reason, doc_date.jalali is None, evidence)


def _span(sentence: str, evidence: Evidence) -> tuple[Bound, Bound] | None:
    """`ریاست این حزب را در سال‌های 1991 تا 2016 ... بر عهده داشت`: the years the tenure ran, said
    in the news's own words (not in a quote after its colon); a Gregorian year in Jalali (-621,
    inferred: the years overlap)."""
    m = _cue("span").search(sentence.split(":")[0])
    if m is None:
        return None
    first, last = int(m.group("first")), int(m.group("last"))
    gregorian = first >= GREGORIAN_FROM
    if gregorian != (last >= GREGORIAN_FROM) or last < first:
        return None
    shift = JALALI_SHIFT if gregorian else 0
    return (Bound(str(first - shift), "year", "on", "span", gregorian, evidence),
            Bound(str(last - shift), "year", "on", "span", gregorian, evidence))


GREGORIAN_FROM = 1900
JALALI_SHIFT = 621  # a Gregorian year's Jalali year, most of its months (1991 → 1370)


def _since(sentence: str, evidence: Evidence) -> Bound | None:
    m = _cue("since").search(sentence)
    return Bound(m.group("year"), "year", "on", "since", False, evidence) if m else None


def _counted_back(sentence: str, doc_date: DocDate, evidence: Evidence) -> Bound | None:
    m = _cue("for_years").search(sentence)
    if not m or doc_date.year is None:
        return None
    years = CARDINALS.get(m.group("n")) or int(m.group("n"))
    return Bound(str(doc_date.year - years), "year", "on", "counted_back", True, evidence)


def _farewells(view: DocumentView, holdings: list[Holding], entities: dict[str, Entity],
               doc_date: DocDate) -> list[Succession]:
    """A sentence that bids one person farewell and introduces another to a post (`آیین تودیع X و
    معارفه Y به عنوان مدیرکل ...`, `از خدمات X تقدیر و Y به عنوان مدیرکل ... معرفی شد`): one post,
    the outgoing and the incoming holder."""
    successions = []
    text = view.norm.text
    held: dict[str, list[Holding]] = {}
    for h in holdings:
        held.setdefault(h.person_id, []).append(h)
    for sentence in view.norm.sentences:
        people = [m for m in view.in_sentence(sentence.index, frozenset({"PERSON"}))[0] if m.entity_id]
        if len(people) < 2:
            continue
        outgoing = next((m for m in people if _bid_farewell(text, sentence.start, m, sentence.end)), None)
        # (either first: `از خدمات X تقدیر و Y ... معرفی شد`, `Y ... معرفی و از زحمات X تجلیل شد`)
        incoming = next((m for m in people if m is not outgoing
                         and (_cue("introduced_before").search(text[max(sentence.start, m.start - LOOKBACK):m.start])
                              or _cue("introduced_after").match(text, m.end, sentence.end))), None)
        if outgoing is None or incoming is None or outgoing.entity_id == incoming.entity_id:
            continue
        pair = held.get(outgoing.entity_id, []) + held.get(incoming.entity_id, [])
        post = _post_of_sentence(pair, sentence.index)
        named = _post_named(view, sentence.index, entities)
        if post is None or named is not None and _bare_of(post, named):
            post = named  # (`تودیع و معارفه فرماندار شیراز ... X به عنوان فرماندار جدید معرفی و ...`: the post in full)
        if post is None:
            continue
        evidence = view.evidence(sentence.start, sentence.end, sentence.index)
        for mention, status, reason in ((outgoing, "former", "farewell"), (incoming, "appointed", "introduced")):
            bound = _on(doc_date, reason, evidence)
            theirs = [h for h in held.get(mention.entity_id, []) if h.post.id == post.id] \
                or [h for h in held.get(mention.entity_id, []) if _bare_of(h.post, post)]
            for h in theirs:
                h.post = post  # (`... محمد احمدی به عنوان استاندار جدید معرفی شد`: the post the sentence names in full)
                if reason == "farewell":
                    h.end, h.status = bound, status
                else:
                    h.start = bound
            if not theirs:
                name = name_of(entities, mention)
                h = Holding(mention.entity_id, name, post, False, status, evidence, [mention.id],
                            None if reason == "farewell" else bound, bound if reason == "farewell" else None)
                holdings.append(h)
                held.setdefault(mention.entity_id, []).append(h)
        successions.append(Succession(incoming.entity_id, outgoing.entity_id, post.id, evidence))
    return successions


def _bare_of(short: Post, post: Post) -> bool:
    """A post with no body or place under the title of one the sentence names in full."""
    return bare_post(short) and fold(short.title) == fold(post.title)


def _bid_farewell(text: str, sentence_start: int, m: Mention, sentence_end: int) -> bool:
    """`تودیع X`, or `از خدمات X ... تقدیر`: the person leaving, thanked for their service."""
    before = _past_honorifics(text[max(sentence_start, m.start - LOOKBACK):m.start])
    return bool(_cue("farewell_before").search(before)) \
        or bool(_cue("thanked_before").search(before) and _cue("farewell_after").match(text[m.end:sentence_end]))


def _past_honorifics(before: str) -> str:
    """The text before a name without the honorifics and ranks that open it (`از زحمات امیر
    سرتیپ دوم خلبان` + NAME: `از زحمات `), which the name's mention leaves out."""
    words = before.split()
    keys = [fold(w) for w in words]
    honorifics = resources().honorifics
    end = len(words)
    while end:
        start = next((k for k in range(max(0, end - HONORIFIC_WORDS), end)
                      if (found := honorifics.match(keys[:end], k)) and found[0] == end), None)
        if start is None:
            break
        end = start
    return before if end == len(words) else " ".join(words[:end]) + " "


HONORIFIC_WORDS = 3  # the longest honorific (`سرتیپ دوم`, `حجت الاسلام و`)


def _post_named(view: DocumentView, sentence_index: int, entities: dict[str, Entity]):
    """The post a farewell sentence names (`... به عنوان مدیرکل ... استان ...`)."""
    title = view.first_in_sentence(sentence_index, frozenset({"TITLE"}))
    return post_of(view, title, entities)[0] if title is not None else None


def _post_of_sentence(held: list[Holding], sentence_index: int):
    """The post a farewell sentence is about: one of its two people holds it in the document,
    stated in that sentence if possible."""
    here = [h for h in held if h.evidence.sentence_index == sentence_index]
    chosen = (here or held)
    titles = {fold(h.post.title) for h in chosen}
    return chosen[0].post if chosen and len(titles) == 1 else None
