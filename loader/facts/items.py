"""News items: the stretches of a document that report one piece of news.

A digest (a magazine's news page, an agency's roundup) strings many items together, each with
its own headline, place and speaker; facts must never carry from one to the next (a headline's
figure is its own item's, not the previous speaker's). An item starts at a heading, unless the
paragraph after the heading goes on with the same person (`او ...`, `وی ...`, a surname already
named in the item: an interview's sub-heading), at a dateline opening a paragraph
(`به گزارش خبرگزاری فارس از ...`) once the current item is under way, and at each headline the
normalizer cut from a press review's run of them (`Sentence.headline_run`).
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from loader.normalize import NormalizedDoc

CONTINUATION = re.compile(r"^\s*(?:او|وی|ایشان|همچنین|وی همچنین|او همچنین)\s")
DATELINE = re.compile(r"^\s*(?:به\s+گزارش\s+)?(?:خبرگزاری|خبرنگار|پایگاه\s+خبری)\s+\S+(?:\s+از\s+\S+(?:\s+\S+)?)?\s*[،,:\-–—]")
ITEM_UNDER_WAY = 3   # sentences an item has before a dateline opens a new one


@dataclass(frozen=True)
class NewsItem:
    index: int
    first_sentence: int
    last_sentence: int
    start: int           # normalized offsets
    end: int
    raw_start: int
    raw_end: int


def split_items(norm: NormalizedDoc, names: dict[int, set[str]], first_words: dict[int, str],
                places: dict[int, set[str]]) -> list[NewsItem]:
    """The document's items. `names` maps a sentence index to the folded names it mentions (the
    last words of persons, the longer posts), `first_words` to the one it opens with, `places` to
    the places it names: a paragraph after a heading that goes on with someone the item named, or
    stays in the item's places, keeps the item."""
    if not norm.sentences:
        return []
    starts = [0]
    named: set[str] = set()
    before_heading: set[str] = set()   # the names of the item a heading may turn out to continue
    item_places: set[str] = set()
    places_before: set[str] = set()
    tentative = False                  # the last start is a heading not yet followed by text
    previous_block = None
    after_heading = False
    for sentence in norm.sentences:
        block = norm.blocks[sentence.block] if sentence.block < len(norm.blocks) else None
        heading = block is not None and block.kind == "heading"
        new_block = sentence.block != previous_block
        if sentence.headline_run and sentence.index > starts[-1]:
            starts.append(sentence.index)  # a press review's next headline: its own item
            named, item_places, tentative = set(), set(), False
        elif heading and new_block and not after_heading and sentence.index > starts[-1]:
            starts.append(sentence.index)
            before_heading, named, tentative = named, set(), True
            places_before, item_places = item_places, set()
        elif new_block and not heading:
            here = places.get(sentence.index, set())
            if tentative and (_continues(sentence.text, first_words.get(sentence.index), before_heading)
                              or (here and places_before and here <= places_before)):
                starts.pop()  # an interview's sub-heading: the same item goes on
                named |= before_heading
                item_places |= places_before
            elif not tentative and DATELINE.match(sentence.text) and sentence.index - starts[-1] >= ITEM_UNDER_WAY:
                starts.append(sentence.index)
                named, item_places = set(), set()
            tentative = False
        after_heading = heading
        named |= names.get(sentence.index, set())
        item_places |= places.get(sentence.index, set())
        previous_block = sentence.block
    items = []
    bounds = starts + [len(norm.sentences)]
    for k in range(len(starts)):
        first, last = norm.sentences[bounds[k]], norm.sentences[bounds[k + 1] - 1]
        items.append(NewsItem(k, first.index, last.index, first.start, last.end, first.raw_start, last.raw_end))
    return items


def _continues(text: str, opening: str | None, named: set[str]) -> bool:
    return bool(CONTINUATION.match(text)) or (opening is not None and opening in named)


def item_names(mentions, sentences) -> tuple[dict[int, set[str]], dict[int, str], dict[int, set[str]]]:
    """Per sentence, the folded names `split_items` follows (persons' last words, posts of more
    than one word: `مدیرکل` alone is anyone's), the one a sentence opens with, and its places."""
    from loader.text_keys import fold

    starts = {s.index: s.start for s in sentences}
    names: dict[int, set[str]] = {}
    first: dict[int, str] = {}
    places: dict[int, set[str]] = {}
    for m in mentions:
        if m.label in ("PROVINCE", "CITY", "COUNTRY"):
            places.setdefault(m.sentence_index, set()).add(fold(m.text))
            continue
        if m.label not in ("PERSON", "TITLE") or (m.label == "TITLE" and len(m.text.split()) < 2):
            continue
        key = fold(m.text.split()[-1]) if m.label == "PERSON" else fold(m.text)
        names.setdefault(m.sentence_index, set()).add(key)
        if m.start - starts.get(m.sentence_index, -10) <= 1:
            first[m.sentence_index] = key
    return names, first, places
