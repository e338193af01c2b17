"""Scoring entity mentions against gold spans, strict (exact raw span) and lenient (overlap).

Raw spans are compared after trimming whitespace, since a gold span and a predicted one may
differ only by the line break the PDF put at an edge.
"""
from __future__ import annotations

from collections import defaultdict

from loader.evaluation.scores import Score


def _trim(raw: str, start: int, end: int) -> tuple[int, int]:
    while start < end and raw[start].isspace():
        start += 1
    while end > start and raw[end - 1].isspace():
        end -= 1
    return start, end


def score_entities(raw: str, gold: list[dict], predicted: list[dict]) -> tuple[dict, dict, list, list]:
    """Per-label strict and lenient scores, plus the misses and false alarms (strict)."""
    gold_spans = {(g["label"], *_trim(raw, g["start"], g["end"])) for g in gold}
    pred_spans = {(p["label"], *_trim(raw, p["start"], p["end"])) for p in predicted}
    strict: dict[str, Score] = defaultdict(Score)
    lenient: dict[str, Score] = defaultdict(Score)
    for span in gold_spans:
        strict[span[0]].tp += span in pred_spans
        strict[span[0]].fn += span not in pred_spans
        hit = any(p[0] == span[0] and p[1] < span[2] and span[1] < p[2] for p in pred_spans)
        lenient[span[0]].tp += hit
        lenient[span[0]].fn += not hit
    for span in pred_spans:
        strict[span[0]].fp += span not in gold_spans
        hit = any(g[0] == span[0] and g[1] < span[2] and span[1] < g[2] for g in gold_spans)
        lenient[span[0]].fp += not hit
    misses = sorted(gold_spans - pred_spans, key=lambda s: s[1])
    alarms = sorted(pred_spans - gold_spans, key=lambda s: s[1])
    return strict, lenient, misses, alarms
