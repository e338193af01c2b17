"""Who is speaking in each sentence, so a figure can say who stated it.

News prose attributes quotes with `NAME گفت: «...»`, `TITLE ORG افزود`, `او/وی ادامه داد`; the
quote may run over several sentences, and an interview's answers belong to the interviewee
until someone else is attributed.
"""
from __future__ import annotations

import re

from loader.facts.view import DocumentView
from loader.ner.resources import resources
from loader.text_keys import fold

WORD = re.compile(r"[\w\u200c]+")
PRONOUN = re.compile(r"(?:^|[\s«])(?:او|وی)\s")


def _has_speech_verb(text: str) -> bool:
    res = resources()
    words = [fold(w) for w in WORD.findall(text)]
    return any(res.speech_verbs.match(words, i) for i in range(len(words)))


def sentence_speakers(view: DocumentView, title_holder: dict[str, str]) -> dict[int, str | None]:
    """Sentence index → person id of the speaker (or None)."""
    speakers: dict[int, str | None] = {}
    attributed: set[int] = set()
    current: str | None = None
    item = None
    for sentence in view.norm.sentences:
        if view.item_of.get(sentence.index) != item:
            item, current = view.item_of.get(sentence.index), None  # no speaker carries across news items
        mentions = view.by_sentence.get(sentence.index, [])
        speech = _has_speech_verb(sentence.text)
        if speech or "«" in sentence.text:
            quote_at = sentence.text.find("«")
            prefix_end = sentence.start + (quote_at if quote_at >= 0 else len(sentence.text))
            named = None
            unnamed_post = False
            for m in mentions:
                if m.start >= prefix_end:
                    break
                if m.label == "PERSON" and m.entity_id:
                    named = m.entity_id
                    break
                if m.label == "TITLE":
                    named = title_holder.get(m.id)
                    unnamed_post = named is None
                    break
            if unnamed_post and speech:
                # `استاندار سمنان ... گفت` with no name anywhere: someone new speaks, unnamed.
                current = None
                attributed.add(sentence.index)
                speakers[sentence.index] = None
                continue
            if named is None and PRONOUN.search(sentence.text[: max(quote_at, 0) or len(sentence.text)]):
                named = current
            if named is not None:
                current = named
                attributed.add(sentence.index)
        speakers[sentence.index] = current
    _backfill_sections(view, speakers, attributed)
    # An item's lead and an interview's answers, before the sentence that names the speaker,
    # are still theirs.
    for item in view.items:
        indices = range(item.first_sentence, item.last_sentence + 1)
        first = next((speakers[i] for i in indices if i in attributed), None)
        for index in indices:
            if speakers.get(index) is not None or index in attributed:
                break
            speakers[index] = first
    return speakers


def _backfill_sections(view: DocumentView, speakers: dict[int, str | None], attributed: set[int]) -> None:
    """A lead or an interview often reports before it names: in each section (the text between
    two headings) what comes before the first attribution belongs to the first person attributed
    there, not to the previous section's speaker."""
    section: list[int] = []
    for sentence in view.norm.sentences + [None]:
        heading = sentence is None or view.norm.blocks[sentence.block].kind == "heading" \
            or (bool(section) and view.item_of.get(sentence.index) != view.item_of.get(section[-1]))
        if heading and section:
            first = next((i for i in section if i in attributed), None)
            if first is not None:
                for index in section:
                    if index == first:
                        break
                    speakers[index] = speakers[first]
            section = []
        if sentence is not None and not heading:
            section.append(sentence.index)
