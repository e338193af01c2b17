"""Web text writes verb prefixes and endings apart (`می کند`, `کتاب ها`); they are never persons.

Every Fars article of the gold (and of the whole shared set, when it is beside the checkout or
named by KG_FARS_ARTICLES), with each ZWNJ replaced by a space, is recognised; no PERSON may
contain a bound morpheme as a word of its own.
"""
import json
import os
from pathlib import Path

from helpers import ROOT
from loader.ner.pipeline import recognize
from loader.normalize import normalize

BOUND = {"می", "نمی", "ها", "های", "هایی", "تر", "ترین", "ای"}
SHARED = Path(os.environ.get("KG_FARS_ARTICLES") or ROOT.parent / "shared" / "data" / "fars-news" / "articles.jsonl")


def _articles():
    texts = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "tests" / "gold" / "fars").glob("*/*.txt"))]
    if SHARED.exists():
        texts += [json.loads(line)["text"] for line in SHARED.read_text(encoding="utf-8").splitlines() if line.strip()]
    return texts


def test_bound_morphemes_written_apart_are_never_persons():
    articles = _articles()
    assert len(articles) >= 84
    offenders = []
    for text in articles:
        spaced = text.replace("\u200c", " ").translate(str.maketrans("يك", "یک"))
        for m in recognize(normalize(spaced))[1]:
            if m.label == "PERSON" and BOUND & set(m.text.split()):
                offenders.append(m.text)
    assert not offenders, offenders[:20]
