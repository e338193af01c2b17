"""Measure ZWNJ restoration: strip every ZWNJ from correct text, repair, compare positions.

Positions are counted in the coordinates of the ZWNJ-free text: a ZWNJ "at i" sits
just before character i of the stripped text.
"""
from __future__ import annotations

import difflib
import os

ZWNJ = "\u200c"
SAMPLE_PATH = os.path.join(os.path.dirname(os.path.dirname(__file__)), "data", "zwnj_sample_fa.txt")


def _gold_positions(text: str) -> tuple[str, set[int]]:
    out = []
    pos = set()
    for ch in text:
        if ch == ZWNJ:
            pos.add(len(out))
        else:
            out.append(ch)
    return "".join(out), pos


def _score(gold: set[int], pred: set[int]) -> dict:
    tp = len(gold & pred)
    fp = len(pred - gold)
    fn = len(gold - pred)
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / (tp + fn) if tp + fn else 1.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": p, "recall": r, "f1": f, "tp": tp, "fp": fp, "fn": fn}


def _prepare(text: str) -> tuple[str, set[int]]:
    # evaluate only letters/words: drop ZWNJ that are not between two letters
    return _gold_positions(text)


def evaluate(text: str, details: bool = False) -> dict:
    """Our normalizer: positions of inserted ZWNJs come straight from the offset map."""
    from . import normalize

    stripped, gold = _prepare(text)
    doc = normalize(stripped)
    pred = set()
    t = doc.text
    for i, ch in enumerate(t):
        if ch == ZWNJ:
            rs, re_ = doc.to_raw(i, i + 1)
            pred.add(rs)
    res = _score(gold, pred)
    if details:
        res["fp_examples"] = _examples(stripped, pred - gold)
        res["fn_examples"] = _examples(stripped, gold - pred)
    return res


def _examples(stripped: str, positions: set[int], k: int = 40) -> list[str]:
    out = []
    for p in sorted(positions)[:k]:
        s = p
        while s > 0 and not stripped[s - 1].isspace():
            s -= 1
        e = p
        while e < len(stripped) and not stripped[e].isspace():
            e += 1
        out.append(stripped[s:p] + "|" + stripped[p:e])
    return out


def evaluate_hazm(text: str) -> dict:
    """hazm.Normalizer (default settings) on the same stripped text, aligned back by diff."""
    from hazm import Normalizer

    stripped, gold = _prepare(text)
    out = Normalizer().normalize(stripped)
    out_plain, out_pos = _gold_positions(out)
    if out_plain == stripped:
        return _score(gold, out_pos)
    sm = difflib.SequenceMatcher(None, out_plain, stripped, autojunk=False)
    mapping = {}
    for tag, i1, i2, j1, j2 in sm.get_opcodes():
        if tag == "equal":
            for k in range(i2 - i1 + 1):
                mapping[i1 + k] = j1 + k
    pred = {mapping[p] for p in out_pos if p in mapping}
    unmapped = sum(1 for p in out_pos if p not in mapping)
    res = _score(gold, pred)
    res["fp"] += unmapped
    tp, fp = res["tp"], res["fp"]
    res["precision"] = tp / (tp + fp) if tp + fp else 1.0
    p, r = res["precision"], res["recall"]
    res["f1"] = 2 * p * r / (p + r) if p + r else 0.0
    return res


def load_sample() -> str:
    with open(SAMPLE_PATH, encoding="utf8") as fh:
        return fh.read()
