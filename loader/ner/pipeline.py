"""The recogniser as a spaCy pipeline directory shipped inside the package.

`loader/data/pipeline/` is what `spacy.load` opens: `config.cfg`, the `kg_lexicon` tables, and
the trained `tok2vec` + `ner` that `make model` builds. The component factories are registered
under spaCy's `spacy_factories` entry point, so `spacy.load(PIPELINE_DIR)` works in a fresh
interpreter without importing this package first. `recognize` runs it over a normalized document
and returns entity mentions with raw offsets and payloads.
"""
from __future__ import annotations

import bisect
import functools
import os
import time
from dataclasses import dataclass
from pathlib import Path

import spacy
from spacy.language import Language

import loader.ner.components  # noqa: F401  (registers the factories)
from loader.ner.components import RULE_STEPS
from loader.normalize import NormalizedDoc

PIPELINE_DIR = Path(__file__).resolve().parent.parent / "data" / "pipeline"
# spaCy's 1M-character guard protects parsers' memory; the rules need no such limit, and a
# one-line 2 MB article must still be read (the model reads it sentence by sentence).
MAX_LENGTH = 10**8
# The trained model reads each word's class in the lexicon as its SHAPE (see lexical_classes).
LEXICAL_CLASSES = {"nlp": {"after_creation": {"@callbacks": "kg.lexical_classes.v1"}}}


def assemble(model_dir: Path | None = None) -> Language:
    """A fresh pipeline: the lexicon, the trained `tok2vec` + `ner` from `model_dir` (a
    `spacy train` output) when given, the rule steps and the resolver."""
    if model_dir is not None:
        trained = spacy.load(model_dir)
        nlp = spacy.blank("fa", vocab=trained.vocab, config=LEXICAL_CLASSES)
        nlp.add_pipe("kg_lexicon")
        for name in trained.pipe_names:
            nlp.add_pipe(name, source=trained)
        nlp.add_pipe("kg_model_spans")
    else:
        nlp = spacy.blank("fa")
        nlp.add_pipe("kg_lexicon")
    for name in RULE_STEPS:
        nlp.add_pipe(name)
    nlp.add_pipe("kg_entity_resolver")
    nlp.meta.update({"name": "kg_recognizer", "version": "1.0.0",
                     "description": "Persian news: persons, titles, organisations, places and figures "
                                    "(rules over a lexicon, with a trained NER for persons)",
                     "license": "MIT (model, ParsTwiNER data) / CC0 (lexicon tables); see README"})
    return nlp


def pipeline_dir() -> Path:
    """The pipeline `kg` runs: `KG_PIPELINE_DIR` when set (a pipeline of your own, for example
    one retrained with `make model`), else the shipped one."""
    return Path(os.environ.get("KG_PIPELINE_DIR") or PIPELINE_DIR)


@functools.lru_cache(maxsize=1)
def build_nlp() -> Language:
    """The pipeline, or the rules alone when no pipeline has been saved there yet."""
    directory = pipeline_dir()
    if (directory / "config.cfg").exists():
        nlp = spacy.load(directory)
    else:
        nlp = assemble()
    nlp.max_length = MAX_LENGTH
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


def recognize(norm: NormalizedDoc, doc_year: int | None = None, timings: dict[str, float] | None = None):
    """Run the pipeline over a normalized document: (spaCy Doc, entity mentions). `timings`
    accumulates the seconds of each step (`tokenizer`, `ner`, `kg_persons`...)."""
    nlp = build_nlp()
    began = time.perf_counter()
    doc = nlp.make_doc(norm.text)
    doc._.kg_year = doc_year
    if timings is None:
        for _, proc in nlp.pipeline:
            doc = proc(doc)
    else:
        timings["tokenizer"] = timings.get("tokenizer", 0.0) + time.perf_counter() - began
        for name, proc in nlp.pipeline:
            began = time.perf_counter()
            doc = proc(doc)
            timings[name] = timings.get(name, 0.0) + time.perf_counter() - began
    sentence_of = _sentence_lookup(norm)
    records = doc._.kg_records
    mentions = []
    for span in doc.ents:
        raw_start, raw_end = norm.to_raw(span.start_char, span.end_char)
        record = records.get((span.start, span.end, span.label_))
        payload = {"source": record.source, **record.payload} if record is not None else {"source": "other"}
        mentions.append(EntityMention(span.label_, span.text, span.start_char, span.end_char, raw_start, raw_end,
                                      sentence_of(span.start_char), payload))
    return doc, mentions


def _sentence_lookup(norm: NormalizedDoc):
    starts = [s.start for s in norm.sentences]

    def find(offset: int) -> int:
        index = bisect.bisect_right(starts, offset) - 1
        return norm.sentences[index].index if index >= 0 else 0
    return find
