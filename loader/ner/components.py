"""The recogniser's steps as spaCy components, each registered with `@Language.factory`.

- `kg_lexicon` holds the gazetteers and word lists (TSV tables, saved and loaded with the
  pipeline by `to_disk`/`from_disk`); the other steps read it through the pipeline, or use the
  shipped lexicon when it is not there.
- `kg_places`, `kg_quantities`, `kg_persons`, `kg_phrases` are rule families: they propose
  candidates as spans in `doc.spans["kg_candidates"]`, with payloads behind `span._.kg`.
- `kg_model_spans` takes what a statistical `ner` before it found out of `doc.ents` into
  `doc.spans["kg_model"]`, so the model proposes and the resolver decides.
- `kg_entity_resolver` keeps one non-overlapping reading and writes `doc.ents`, without removing
  entities another component set (unless configured to).

Added alone to someone else's pipeline (`nlp.add_pipe("kg_persons")`), a rule step also adds
its entities to `doc.ents`, around those already there, since no resolver will.
"""
from __future__ import annotations

import shutil
from pathlib import Path
from typing import Callable

from spacy.language import Language
from spacy.tokens import Doc, Span

from loader.ner.candidates import CANDIDATES, candidates, resolve
from loader.ner.gazetteer_io import GAZETTEER_DIR
from loader.ner.model_support import weigh_persons
from loader.ner.name_lists import persons_in_lists
from loader.ner.kind_words import name_without_kind_words, quoted_names
from loader.ner.persons import find_persons, persons_with_surnames, propagate_surnames
from loader.ner.phrases import find_phrases
from loader.ner.places import find_places
from loader.ner.quantities import find_quantities
from loader.ner.resources import Resources, resources

MODEL_SPANS = "kg_model"
RESOLVER = "kg_entity_resolver"


class LexiconComponent:
    """The language knowledge of the pipeline, as a directory of TSV tables."""

    def __init__(self, nlp: Language, name: str):
        self.name = name
        self.directory = GAZETTEER_DIR
        self._resources: Resources | None = None

    @property
    def resources(self) -> Resources:
        """The compiled tables, kept by the component: every rule step asks for them on every
        document, and finding the compiled copy again resolved the directory's path each time."""
        if self._resources is None:
            self._resources = resources(self.directory)
        return self._resources

    def __call__(self, doc: Doc) -> Doc:
        return doc

    def to_disk(self, path, exclude=tuple()) -> None:
        path = Path(path)
        if path.resolve() == Path(self.directory).resolve():
            return
        path.mkdir(parents=True, exist_ok=True)
        for table in sorted(Path(self.directory).glob("*.tsv")):
            shutil.copyfile(table, path / table.name)

    def from_disk(self, path, exclude=tuple()) -> "LexiconComponent":
        self.directory = Path(path)
        self._resources = None
        return self


def lexicon_of(nlp: Language) -> Resources:
    if "kg_lexicon" in nlp.pipe_names:
        return nlp.get_pipe("kg_lexicon").resources
    return resources()


class RuleComponent:
    """One family of rules: proposes candidates; writes entities only when no resolver follows."""

    def __init__(self, nlp: Language, name: str, find: Callable[[Doc, Resources], Doc], annotate_ents: str,
                 find_alone: Callable[[Doc, Resources], Doc] | None = None):
        self.nlp = nlp
        self.name = name
        self.find = find
        self.find_alone = find_alone or find
        self.annotate_ents = annotate_ents

    def __call__(self, doc: Doc) -> Doc:
        alone = RESOLVER not in self.nlp.pipe_names
        (self.find_alone if alone else self.find)(doc, lexicon_of(self.nlp))
        if self.annotate_ents == "always" or (self.annotate_ents == "auto" and alone):
            write_entities(doc, resolve(candidates(doc)), overwrite=False)
        return doc


def write_entities(doc: Doc, chosen, overwrite: bool) -> None:
    """Set `doc.ents` from chosen candidates; entities other components set stay unless
    `overwrite`, and ours fill the gaps between them."""
    kept = [] if overwrite else [e for e in doc.ents]
    taken = {k for e in kept for k in range(e.start, e.end)}
    ents = list(kept)
    for cand in chosen:
        if not taken.intersection(range(cand.start, cand.end)):
            ents.append(Span(doc, cand.start, cand.end, label=cand.label))
            taken.update(range(cand.start, cand.end))
    doc.ents = sorted(ents, key=lambda e: e.start)


@Language.factory("kg_lexicon")
def make_lexicon(nlp: Language, name: str) -> LexiconComponent:
    return LexiconComponent(nlp, name)


@Language.factory("kg_places", default_config={"annotate_ents": "auto"})
def make_places(nlp: Language, name: str, annotate_ents: str) -> RuleComponent:
    return RuleComponent(nlp, name, find_places, annotate_ents)


@Language.factory("kg_quantities", default_config={"annotate_ents": "auto"})
def make_quantities(nlp: Language, name: str, annotate_ents: str) -> RuleComponent:
    return RuleComponent(nlp, name, find_quantities, annotate_ents)


@Language.factory("kg_persons", default_config={"annotate_ents": "auto"})
def make_persons(nlp: Language, name: str, annotate_ents: str) -> RuleComponent:
    return RuleComponent(nlp, name, find_persons, annotate_ents, find_alone=persons_with_surnames)


@Language.factory("kg_phrases", default_config={"annotate_ents": "auto"})
def make_phrases(nlp: Language, name: str, annotate_ents: str) -> RuleComponent:
    return RuleComponent(nlp, name, find_phrases, annotate_ents)


@Language.factory("kg_model_spans", default_config={"spans_key": MODEL_SPANS})
def make_model_spans(nlp: Language, name: str, spans_key: str):
    """Moves a statistical NER's entities from `doc.ents` into `doc.spans[spans_key]`."""
    def model_spans(doc: Doc) -> Doc:
        doc.spans[spans_key] = list(doc.ents)
        doc.ents = []
        return doc
    return model_spans


class EntityResolver:
    def __init__(self, nlp: Language, name: str, overwrite_ents: bool, model_key: str):
        self.nlp = nlp
        self.name = name
        self.overwrite_ents = overwrite_ents
        self.model_key = model_key

    def __call__(self, doc: Doc) -> Doc:
        res = lexicon_of(self.nlp)
        if self.model_key in doc.spans:
            weigh_persons(doc, doc.spans[self.model_key], res)
        chosen = resolve(candidates(doc))
        persons_in_lists(doc, res, chosen)
        chosen = resolve(candidates(doc))
        propagate_surnames(doc, res, [(c.start, c.end) for c in chosen if c.label == "PERSON"])
        chosen = resolve(candidates(doc))
        name_without_kind_words(doc, res, chosen)
        chosen = resolve(candidates(doc))
        quoted_names(doc, res, chosen)
        chosen = resolve(candidates(doc))
        write_entities(doc, chosen, overwrite=self.overwrite_ents)
        return doc


@Language.factory("kg_entity_resolver", default_config={"overwrite_ents": False, "model_key": MODEL_SPANS})
def make_resolver(nlp: Language, name: str, overwrite_ents: bool, model_key: str) -> EntityResolver:
    return EntityResolver(nlp, name, overwrite_ents, model_key)


RULE_STEPS = ("kg_places", "kg_quantities", "kg_persons", "kg_phrases")
__all__ = ["CANDIDATES", "MODEL_SPANS", "RULE_STEPS", "lexicon_of", "write_entities"]
