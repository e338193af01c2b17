"""Provinces, cities and other known names looked up in the gazetteers.

A name that is also an ordinary word (`مرکزی` "central", `گلستان` "rose garden") is only a place
after a word that announces one (`استان`, `شهر`...). A name that is both a province and a city
(`قم`) is the city after a municipal word and the province otherwise, which is how provincial
news uses it.
"""
from __future__ import annotations

from spacy.tokens import Doc

from loader.ner.candidates import add
from loader.ner.resources import resources
from loader.ner.tokens import token_info
from loader.text_keys import fold

PROVINCE_CUES = {fold(w) for w in ("استان", "استانهای", "استان‌های")}
CITY_CUES = {fold(w) for w in ("شهر", "شهرستان", "کلانشهر", "کلان‌شهر", "شهرک", "بخش", "روستای", "بندر")}


def find_places(doc: Doc) -> Doc:
    res = resources()
    info = token_info(doc)
    keys = info.keys
    i = 0
    while i < len(keys):
        previous = keys[i - 1] if i else ""
        province = res.provinces.match(keys, i)
        city = res.cities.match(keys, i)
        best = None
        if province and (previous in PROVINCE_CUES or not province[1]["ambiguous"]):
            best = ("PROVINCE", province[0], province[1])
        if city and (previous in CITY_CUES or (not city[1]["ambiguous"] and
                                                (best is None or city[0] > best[1]))):
            if best is None or previous in CITY_CUES or city[0] > best[1]:
                best = ("CITY", city[0], city[1])
        if best:
            label, end, payload = best
            add(doc, i, end, label, "gazetteer", payload)
            i = end
            continue
        _known_names(doc, i, res, keys)
        i += 1
    return doc


def _known_names(doc: Doc, i: int, res, keys: list[str]) -> None:
    for label, index in (("ORG", res.organizations), ("PROGRAM", res.programs), ("LAW", res.laws)):
        found = index.match(keys, i)
        if found and not (found[0] - i == 1 and keys[i] in res.common_words and label != "ORG"):
            add(doc, i, found[0], label, "gazetteer", found[1])
