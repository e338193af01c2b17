"""A paper or channel by its name, without the word for its kind.

The annotation guidelines keep a classifier before a name outside the ORG (`نهاد`, `کارخانه`),
and the gold reads the press the same way: `روزنامه الزمان` is the paper `الزمان`, `شبکه خبری
الجزیره` the channel `الجزیره`, `روزنامه کویتی القبس` the paper `القبس`. The words left out stay
in the payload (`outside`): a post right before them still reaches the paper (`مدیر مسئول
روزنامه سیاست روز`), and the paper is still a report's source, not what its figures are about.
A classifier with nothing but descriptions after it (`روزنامه صهیونیستی`, `مجله علمی`) names no
paper. A listed paper loses its word only where the rest is also its listed name (`روزنامه کیهان`
is `کیهان`, `روزنامه رسمی` stays whole); channels listed with their word (`شبکه پنج سیما`) keep it.
"""
from __future__ import annotations

from spacy.tokens import Doc

from loader.ner.candidates import PRIORITY, Candidate, add, withdraw
from loader.ner.persons import nisba_stem
from loader.ner.resources import Resources
from loader.text_keys import fold

NEWSPAPER = "newspaper"  # org_units.tsv kind of `روزنامه`, `نشریه`, `مجله`, `هفته‌نامه`, `ماهنامه`
CHANNEL = fold("شبکه")
GAZETTEER = "gazetteer"
PRINTED_IN = fold("چاپ")
WRITERS = fold("نگار")  # `روزنامه الزمان چاپ لندن`: where it is printed, no part of its name


def name_outlets(doc: Doc, res: Resources, chosen: list[Candidate]) -> None:
    """Read each chosen ORG that opens with the word for a paper's or a channel's kind as the
    name after that word and the descriptions after it."""
    keys = [fold(t.text) for t in doc]
    for cand in chosen:
        if cand.label != "ORG":
            continue
        start = _name_start(keys, cand, res)
        if start is None:
            continue
        end = _name_end(keys, start, next((k for k in range(start, cand.end) if keys[k] == PRINTED_IN), cand.end), res)
        if start < end and (keys[start] in res.function_words or not doc[start].text[0].isalpha()):
            end = start  # `روزنامه سراسری و خبرگزاری‌ها`: descriptions, then no name
        if start == end and cand.source == GAZETTEER:
            continue  # a listed name all description keeps its word
        withdraw(doc, cand)
        if start < end:
            add(doc, start, end, "ORG", cand.source,
                {**cand.payload, "outside": doc[cand.start:start].text}, bonus=cand.priority - PRIORITY[cand.label])


def _name_start(keys: list[str], cand: Candidate, res: Resources) -> int | None:
    """Where the name starts past the kind word and its descriptions, or None where the ORG is
    not read so (no kind word, or a name the gazetteer gives with it)."""
    unit = res.org_units.match(keys, cand.start)
    if unit and unit[1]["kind"] == NEWSPAPER and unit[0] < cand.end:
        k = unit[0]
    elif keys[cand.start] == CHANNEL and cand.payload.get("name") \
            and not fold(str(cand.payload["name"])).startswith(CHANNEL):
        k = cand.start + 1  # `شبکه خبری الجزیره`: listed as `الجزیره`
    else:
        return None
    if k < cand.end and keys[k].startswith(WRITERS):
        return cand.end  # `روزنامه نگاران` is `روزنامه‌نگاران` written apart: journalists, no paper
    while k < cand.end and _describes(keys[k], res):
        k += 1
    if cand.source == GAZETTEER and k < cand.end:
        alone = res.organizations.match(keys, k)
        if not (alone and alone[0] == cand.end and alone[1].get("id") == cand.payload.get("id")):
            return None  # `روزنامه رسمی`: the listed name is whole only with its word
    return k


def _name_end(keys: list[str], start: int, end: int, res: Resources) -> int:
    """The name's end before the state it is of (`مارکا اسپانیا`, `اشپیگل آلمان`: split as a
    body and its state are)."""
    for k in range(start + 1, end):
        found = res.countries.match(keys, k)
        if found and found[0] == end:
            return k
    return end


def _describes(key: str, res: Resources) -> bool:
    """A word that says what kind of paper it is or whose (`کویتی`, `صهیونیستی`, `هفتگی`)."""
    stem = nisba_stem(key)
    if key in res.outlet_descriptors or stem is None:
        return key in res.outlet_descriptors
    # (`کویتی` of کویت, `اماراتی` of امارات, `فرانسوی` of فرانسه)
    return any(res.countries.get(form) is not None for form in (stem, stem + "ه", stem[:-1] + "ه"))
