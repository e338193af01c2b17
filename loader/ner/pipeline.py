"""The entity recogniser as a spaCy pipeline on `spacy.blank("fa")`.

Each rule family is a registered component (`kg_places`, `kg_quantities`, `kg_persons`,
`kg_phrases`, `kg_entity_resolver`), so a user can add them to a pipeline of their own with
`nlp.add_pipe(...)`. Components propose candidates; the resolver alone writes `doc.ents`.
"""
from __future__ import annotations

import functools
from dataclasses import dataclass

import spacy
from spacy.language import Language
from spacy.tokens import Doc, Span

from loader.ner.candidates import candidates, resolve
from loader.ner.persons import find_persons
from loader.ner.phrases import find_phrases
from loader.ner.places import find_places
from loader.ner.quantities import find_quantities
from loader.normalize import NormalizedDoc

if not Span.has_extension("kg"):
    Span.set_extension("kg", default=None)


@Language.component("kg_places")
def kg_places(doc: Doc) -> Doc:
    return find_places(doc)


@Language.component("kg_quantities")
def kg_quantities(doc: Doc) -> Doc:
    return find_quantities(doc)


@Language.component("kg_persons")
def kg_persons(doc: Doc) -> Doc:
    return find_persons(doc)


@Language.component("kg_phrases")
def kg_phrases(doc: Doc) -> Doc:
    return find_phrases(doc)


@Language.component("kg_entity_resolver")
def kg_entity_resolver(doc: Doc) -> Doc:
    """Keeps a non-overlapping set of candidates as `doc.ents`; payloads go to `span._.kg`."""
    ents = []
    for cand in resolve(candidates(doc)):
        span = Span(doc, cand.start, cand.end, label=cand.label)
        ents.append(span)
        doc.user_data[("kg", cand.start, cand.end)] = {"source": cand.source, **cand.payload}
    doc.ents = ents
    return doc


@functools.lru_cache(maxsize=1)
def build_nlp() -> Language:
    nlp = spacy.blank("fa")
    # spaCy's 1M-character guard protects parsers' memory; a tokenizer and rules need no such
    # limit, and a one-line 2 MB article must still be read.
    nlp.max_length = 10**8
    for name in ("kg_places", "kg_quantities", "kg_persons", "kg_phrases", "kg_entity_resolver"):
        nlp.add_pipe(name)
    return nlp


@dataclass(frozen=True)
class EntityMention:
    label: str
    text: str          # normalized text
    start: int         # normalized offsets
    end: int
    raw_start: int
    raw_end: int
    sentence: int
    payload: dict


def recognize(norm: NormalizedDoc, doc_year: int | None = None) -> tuple[Doc, list[EntityMention]]:
    nlp = build_nlp()
    doc = nlp.make_doc(norm.text)
    doc.user_data["doc_year"] = doc_year
    for _, proc in nlp.pipeline:
        doc = proc(doc)
    sentence_of = _sentence_lookup(norm)
    mentions = []
    for span in doc.ents:
        raw_start, raw_end = norm.to_raw(span.start_char, span.end_char)
        mentions.append(EntityMention(span.label_, span.text, span.start_char, span.end_char, raw_start, raw_end,
                                      sentence_of(span.start_char),
                                      doc.user_data.get(("kg", span.start, span.end), {})))
    return doc, mentions


def _sentence_lookup(norm: NormalizedDoc):
    import bisect
    starts = [s.start for s in norm.sentences]

    def find(offset: int) -> int:
        index = bisect.bisect_right(starts, offset) - 1
        return norm.sentences[index].index if index >= 0 else 0
    return find
