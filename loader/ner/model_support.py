"""What the statistical recogniser may add to the rules' reading, and on what evidence.

The model (spaCy `ner`, trained by `make model`) finds names the rules cannot know, such as
foreign names and officials named with no title, but also proposes common noun phrases and half
names. So: where a rule proposed anything over the same words, the rule's reading stands; a
person only the model proposes needs support from the lexicon or the context — a listed given
name or surname, surname morphology, words no Persian dictionary lists, or a title, honorific or
speech verb beside it.
"""
from __future__ import annotations

from spacy.tokens import Doc, Span, SpanGroup

from loader.ner.candidates import add, taken_tokens
from loader.ner.resources import Resources
from loader.ner.tokens import COMMA, token_info

MODEL_PERSON_SOURCE = "model"


def model_candidates(doc: Doc, spans: SpanGroup | list[Span], res: Resources) -> None:
    """Add the model's supported persons as candidates where no rule claimed the words."""
    info = token_info(doc, res)
    taken = taken_tokens(doc)
    for span in spans:
        if span.label_ != "PERSON" or taken.intersection(range(span.start, span.end)):
            continue
        if supported_person(span.start, span.end, info, res):
            add(doc, span.start, span.end, "PERSON", MODEL_PERSON_SOURCE)


def supported_person(start: int, end: int, info, res: Resources) -> bool:
    keys = info.keys
    if any(not info.nameable(k) for k in range(start, end)):
        return False
    if end - start == 1 and (keys[start] in res.common_words or keys[start] in res.lexicon_words):
        return False  # one ordinary word (`نوروز`) is no name on its own
    named = any(keys[k] in res.given_names or keys[k] in res.surnames for k in range(start, end))
    shaped = keys[end - 1].endswith(res.surname_suffixes) and not res.inflected_common(keys[end - 1])
    unknown = all(keys[k] not in res.lexicon_any for k in range(start, end))
    return named or shaped or unknown or _cue_beside(start, end, info, res)


def _cue_beside(start: int, end: int, info, res: Resources) -> bool:
    """A title, an honorific or a speech verb right before or after the name."""
    keys = info.keys
    before = start - 1
    if before >= 0 and (res.honorifics.match(keys, before) or _ends_title(keys, before, res)):
        return True
    after = end + 1 if end < len(keys) and keys[end] in COMMA else end
    return after < len(keys) and bool(res.titles.match(keys, after) or res.speech_verbs.match(keys, after))


def _ends_title(keys: list[str], i: int, res: Resources) -> bool:
    return any(res.titles.match(keys, j) and res.titles.match(keys, j)[0] == i + 1 for j in range(max(0, i - 3), i + 1))
