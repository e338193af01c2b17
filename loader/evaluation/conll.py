"""Scoring the recogniser on token-tagged NER corpora (ParsTwiNER's CoNLL-style `token TAB IOB2`).

Each sentence is recognised on its own, as a document of its tokens joined by spaces; predicted
spans are projected onto the tokens and compared entity by entity (exact token span and type),
which is how ParsTwiNER's paper and conlleval score.
"""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Iterator

from loader.evaluation.scores import Score

# Our labels at the corpus's granularity: ParsTwiNER has one LOC for every kind of place.
TO_CONLL = {"PERSON": "PER", "ORG": "ORG", "PROVINCE": "LOC", "CITY": "LOC", "COUNTRY": "LOC"}


@dataclass
class Sentence:
    tokens: list[str]
    spans: set[tuple[str, int, int]]   # (type, first token, end token exclusive)

    @property
    def text(self) -> str:
        return " ".join(self.tokens)

    def token_offsets(self) -> list[tuple[int, int]]:
        offsets, pos = [], 0
        for token in self.tokens:
            offsets.append((pos, pos + len(token)))
            pos += len(token) + 1
        return offsets


def read_conll(path: Path) -> Iterator[Sentence]:
    tokens: list[str] = []
    tags: list[str] = []
    for line in path.read_text(encoding="utf-8").splitlines() + [""]:
        if not line.strip():
            if tokens:
                yield Sentence(tokens, _spans(tags))
            tokens, tags = [], []
            continue
        token, _, tag = line.partition("\t")
        tokens.append(token.strip())
        tags.append(tag.strip() or "O")


def _spans(tags: list[str]) -> set[tuple[str, int, int]]:
    spans, start, kind = set(), None, None
    for i, tag in enumerate(tags + ["O"]):
        prefix, _, label = tag.partition("-")
        if start is not None and (prefix != "I" or label != kind):
            spans.add((kind, start, i))
            start, kind = None, None
        if prefix == "B" or (prefix == "I" and start is None):
            start, kind = i, label
    return spans


def project(sentence: Sentence, predicted: list[tuple[str, int, int]]) -> set[tuple[str, int, int]]:
    """Character spans (label, start, end) onto token spans of the corpus's types."""
    offsets = sentence.token_offsets()
    out = set()
    for label, start, end in predicted:
        kind = TO_CONLL.get(label)
        if kind is None:
            continue
        covered = [i for i, (s, e) in enumerate(offsets) if s < end and start < e]
        if covered:
            out.add((kind, covered[0], covered[-1] + 1))
    return out


def score_conll(path: Path, recognise: Callable[[str], list[tuple[str, int, int]]]
                ) -> tuple[dict[str, Score], list[str]]:
    """Per-type scores and the errors, given a function text -> [(label, start, end)]."""
    scores: dict[str, Score] = defaultdict(Score)
    errors = []
    for n, sentence in enumerate(read_conll(path)):
        predicted = project(sentence, recognise(sentence.text))
        for span in sentence.spans | predicted:
            hit = span in sentence.spans and span in predicted
            s = scores[span[0]]
            s.tp += hit
            s.fp += span in predicted and not hit
            s.fn += span in sentence.spans and not hit
            if not hit:
                words = " ".join(sentence.tokens[span[1]:span[2]])
                errors.append(f"parstwiner:{n} {'miss' if span in sentence.spans else 'false'} {span[0]} «{words}»")
    return scores, errors
