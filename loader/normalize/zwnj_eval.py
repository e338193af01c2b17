"""Measure ZWNJ restoration: strip every ZWNJ from correct text, repair, compare positions.

Positions are counted in the coordinates of the ZWNJ-free text: a ZWNJ "at i" sits
just before character i of the stripped text.
"""
from __future__ import annotations

import difflib
import re
import os

from loader.persian import NON_JOINING, ZWNJ

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


# ---------------------------------------------------------------- real articles
# Only an article that writes the ZWNJs the standard orthography requires is its own gold: one
# that puts the verb prefix apart (`می کند`) or glues a plural or superlative ending to a word
# (`کتابها`, `بزرگترین`) spells both ways, and a repair cannot agree with both. The test reads
# the source's spelling against the Academy's rule, not against our repair.
_PREFIX_APART = re.compile(r"(?:^|\s)ن?م[یيى] (?=[\u0621-\u06cc])"
                           r"|[\u0621-\u06cc]{2} (?:ها|های|هایی|ترین)(?=[\s.،,؛:!؟?)»])"
                           r"|[\u0621-\u06cc]ه (?:ای|اند|ام|ایم|اید)(?=[\s.،,؛:!؟?)»])")
_LETTER = re.compile(r"[\u0621-\u063a\u0641-\u064a\u067e\u0686\u0698\u06a9\u06af\u06cc]")
_TOKEN = re.compile(r"[\u0621-\u06cc\u200c]+")
_REQUIRED = ("هایی", "های", "ها", "ترین")


def held_out(article_id: str) -> bool:
    """Odd-numbered articles are measured on; even ones teach `zwnj_preferences.tsv`."""
    digits = re.sub(r"\D", "", article_id)
    return bool(digits) and int(digits) % 2 == 1


def careful(text: str) -> bool:
    if ZWNJ not in text or _PREFIX_APART.search(text):
        return False
    from .lexicon import get_lexicon

    lex = get_lexicon()
    for token in _TOKEN.findall(text.translate(_ARABIC)):
        if ZWNJ in token:
            continue
        for suffix in _REQUIRED:
            stem = token[: -len(suffix)]
            if token.endswith(suffix) and len(stem) >= 2 and stem[-1] not in NON_JOINING \
                    and lex.strong(stem) and not lex.strong(token):
                return False
    return True


_ARABIC = str.maketrans("يكى", "یکی")
# Direction marks and joiners say nothing about word boundaries; the test leaves them out.
NO_MARKS = str.maketrans("", "", "\u200d\u200e\u200f\u202a\u202b\u202c\u202d\u202e")


def _is_letter(ch: str) -> bool:
    return ch.isalpha() and ("\u0600" <= ch <= "\u06ff" or "\ufb50" <= ch <= "\ufefc")


def _visible(text: str, i: int, step: int) -> str:
    """The nearest character from i in direction step that is not an invisible format mark."""
    while 0 <= i < len(text) and text[i] in _INVISIBLE:
        i += step
    return text[i] if 0 <= i < len(text) else " "


_INVISIBLE = "\u200c\u200d\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u0640"


def _joins(text: str) -> tuple[str, set[int], str, set[int]]:
    """The article with every ZWNJ between two letters removed, and (web-style) with each
    written as a space instead; the gold positions in each."""
    glued, gold, gold_spaced = [], set(), set()
    spaced = list(text)
    for i, ch in enumerate(text):
        if ch == ZWNJ and _is_letter(_visible(text, i - 1, -1)) and _is_letter(_visible(text, i + 1, 1)):
            if _visible(text, i - 1, -1) in _NON_JOINING_ALL:
                continue   # after `ر`, `و`, `ا`... a ZWNJ is invisible: neither gold nor error
            gold.add(len(glued))
            gold_spaced.add(i)
            spaced[i] = " "
            continue
        glued.append(ch)
    return "".join(glued), gold, "".join(spaced), gold_spaced


def _between_letters(text: str, i: int) -> bool:
    before = _visible(text, i - 1, -1)
    return _is_letter(before) and before not in _NON_JOINING_ALL and _is_letter(_visible(text, i, 1))


_NON_JOINING_ALL = NON_JOINING | {"ٱ"}  # and alef wasla, which the text may hold


def evaluate_articles(texts: list[str]) -> dict[str, dict]:
    """ZWNJ repair on real articles, ZWNJs removed (PDF-like) and written as spaces (web-like)."""
    from . import normalize

    totals = {"removed": {"tp": 0, "fp": 0, "fn": 0}, "spaces": {"tp": 0, "fp": 0, "fn": 0}}
    examples: dict[str, list[str]] = {"removed fp": [], "removed fn": [], "spaces fp": [], "spaces fn": []}
    used = 0
    for text in texts:
        text = text.translate(NO_MARKS)
        if not careful(text):
            continue
        used += 1
        glued, gold, spaced, gold_spaced = _joins(text)
        doc = normalize(glued)
        pred = {doc.to_raw(i, i + 1)[0] for i, ch in enumerate(doc.text) if ch == ZWNJ}
        pred = {p for p in pred if _between_letters(glued, p)}
        _add(totals["removed"], gold, pred, glued, examples, "removed")
        # In the spaced copy a join is a space the repair replaced by a ZWNJ or removed.
        doc = normalize(spaced)
        pred = {e.raw_start for e in doc.edits if e.transform == "zwnj" and e.before == " "
                and _between_letters(spaced[:e.raw_start] + spaced[e.raw_start + 1:], e.raw_start)}
        _add(totals["spaces"], gold_spaced, pred, spaced, examples, "spaces")
    out = {}
    for mode, t in totals.items():
        res = _score(set(), set())
        tp, fp, fn = t["tp"], t["fp"], t["fn"]
        res.update(tp=tp, fp=fp, fn=fn, precision=tp / (tp + fp) if tp + fp else 1.0,
                   recall=tp / (tp + fn) if tp + fn else 1.0, articles=used)
        p, r = res["precision"], res["recall"]
        res["f1"] = 2 * p * r / (p + r) if p + r else 0.0
        res["fp_examples"] = examples[f"{mode} fp"][:40]
        res["fn_examples"] = examples[f"{mode} fn"][:40]
        out[mode] = res
    return out


def _add(total: dict, gold: set[int], pred: set[int], text: str, examples: dict, mode: str) -> None:
    total["tp"] += len(gold & pred)
    total["fp"] += len(pred - gold)
    total["fn"] += len(gold - pred)
    examples[f"{mode} fp"] += _examples(text, pred - gold, 5)
    examples[f"{mode} fn"] += _examples(text, gold - pred, 5)
