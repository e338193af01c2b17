"""An organisation by its name, without the word for its kind.

The annotation guidelines keep a classifier before a name outside the ORG (`نهاد`, `کارخانه`),
and the gold reads the press and movements the same way: `روزنامه الزمان` is the paper `الزمان`,
`شبکه خبری الجزیره` the channel `الجزیره`, `روزنامه کویتی القبس` the paper `القبس`, `گروه
تروریستی داعش` the group `داعش`, `نهاد سپاه پاسداران ...` the corps; a bracketed blessing after
a name is no part of it either (`کمیته امداد امام خمینی (ره)`). The words left out stay in the
payload (`outside`): a post right before them still reaches the body (`مدیر مسئول روزنامه سیاست
روز`), and a paper is still a report's source, not what its figures are about.

A paper's word with nothing but descriptions after it (`روزنامه صهیونیستی`, `مجله علمی`) names
no paper. A listed body loses its word only where the rest is also its listed name (`روزنامه
کیهان` is `کیهان`, `روزنامه رسمی` stays whole, as do channels listed with theirs: `شبکه پنج
سیما`); any other kind word (`گروه`, `جنبش`, `نهاد`) only before a listed body.
"""
from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc

from loader.ner.candidates import PRIORITY, Candidate, add, withdraw
from loader.ner.persons import BLESSINGS, QUOTES_CLOSE, QUOTES_OPEN, nisba_stem
from loader.ner.resources import REPORTING_KINDS, Resources
from loader.ner.tokens import DEMONSTRATIVES, token_info
from loader.text_keys import fold

NEWSPAPER = "newspaper"  # org_units.tsv kind of `روزنامه`, `نشریه`, `مجله`, `هفته‌نامه`, `ماهنامه`
GAZETTEER = "gazetteer"
PRINTED_IN = fold("چاپ")  # `روزنامه الزمان چاپ لندن`: where it is printed, no part of its name
WRITERS = fold("نگار")    # `روزنامه نگاران`: `روزنامه‌نگاران` written apart
ANY = "*"  # kind_words.tsv `of`: before a listed body of any kind
QUOTED_NAME_WORDS = 5  # at most this many words between the quotes
ABBREVIATION_DOT = "."  # `«بی. بی. سی»`: an abbreviation's dots are inside the name
EZAFE = "ی"
QUOTED_NAME_BONUS = 12  # over a town's or a person's reading of the quoted words (`«دبلیو‌اس‌بی آتلانتا»`)


def name_without_kind_words(doc: Doc, res: Resources, chosen: list[Candidate]) -> None:
    """Read each chosen ORG that opens with the word for its kind (or closes with a blessing)
    as the name without them."""
    keys = token_info(doc, res).keys
    for cand in chosen:
        if cand.label != "ORG":
            continue
        start = _name_start(keys, cand, res)
        end = _name_end(keys, cand, res, cand.start if start is None else start)
        if start is None and end == cand.end:
            continue
        start = cand.start if start is None else start
        if start < end and (keys[start] in res.function_words or not doc[start].text[0].isalpha()):
            end = start  # `روزنامه سراسری و خبرگزاری‌ها`: descriptions, then no name
        if start == end and cand.source == GAZETTEER:
            continue  # a listed name all description keeps its word
        withdraw(doc, cand)
        if start < end:
            outside = doc[cand.start:start].text
            add(doc, start, end, "ORG", cand.source, {**cand.payload, "outside": outside},
                bonus=cand.priority - PRIORITY[cand.label])
            kept = doc._.kg_records[(start, end, "ORG")]  # (the gazetteer's reading of the name alone, if stronger)
            doc._.kg_records[(start, end, "ORG")] = replace(kept, payload={**kept.payload, "outside": outside})


def quoted_names(doc: Doc, res: Resources, chosen: list[Candidate]) -> None:
    """Read the words quoted right after a body's kind word (and its descriptions) or after a
    news outlet as an organisation's name, the kind word outside it."""
    info = token_info(doc, res)
    keys = info.keys
    ends = {c.end: c for c in chosen if c.label == "ORG"}
    starts = {c.start: c for c in chosen if c.label == "ORG"}
    inside = {k for c in chosen if c.label == "ORG" for k in range(c.start, c.end)}
    persons = {(c.start, c.end) for c in chosen if c.label == "PERSON"}
    for q, key in enumerate(keys):
        if key not in QUOTES_OPEN or q == 0 or q in inside:
            continue
        close = next((k for k in range(q + 1, min(q + 2 + QUOTED_NAME_WORDS, len(keys))) if keys[k] in QUOTES_CLOSE), None)
        if close is None or not any(info.nameable(k) for k in range(q + 1, close)) or not all(
                not (info.punct[k] or info.number[k]) or keys[k] == ABBREVIATION_DOT and q + 1 < k < close - 1
                for k in range(q + 1, close)):
            continue  # (a quoted name's words may be any a name has: `«ان تی وی»`, `«اسکورپیو ایست»`)
        state = next((k for k in range(q + 2, close) if (found := res.country_at(keys, k)) and found[0] == close), None)
        if state is not None and keys[state - 1] not in res.lexicon_any:
            # `شبکه «ال‌بی‌سی لبنان»`: a brand and its state, split as the gold splits them; not a
            # name whose words govern the state (`«جبهه خلق برای آزادی فلسطین»`)
            close = state
        kind = _kind_before(keys, q, res, ends)
        if kind is None or (q + 1, close) in persons or kind and keys[kind - 1] in DEMONSTRATIVES:
            continue  # `سرتیپ ستاد «مسعود جزایری»`: a person; `دبیر این حزب «...»`: the party named before
        desk_of = starts.get(close + 1)
        if desk_of is not None and (desk_of.payload or {}).get("kind") in REPORTING_KINDS:
            continue  # `گروه «حماسه و مقاومت» خبرگزاری فارس`: a desk of the outlet, no body of its own
        add(doc, q + 1, close, "ORG", "quoted_name", {"outside": doc[kind:q].text}, bonus=QUOTED_NAME_BONUS)


def _kind_before(keys: list[str], q: int, res: Resources, ends: dict[int, Candidate]) -> int | None:
    """Where the kind word (or news outlet) that the quote at q names starts, past the words
    describing it; None where no such word is right before it."""
    k = q
    while k > 0 and _describes(keys[k - 1], res):
        k -= 1
    outlet = ends.get(k)
    if outlet is not None and (outlet.payload or {}).get("kind") in REPORTING_KINDS:
        return outlet.start
    if k and keys[k - 1] in res.kind_words:
        return k - 1
    for end in range(k, q + 1):  # (a unit's own words may be descriptions too: `پایگاه اینترنتی`)
        for start in range(max(0, end - 3), end):
            unit = res.org_units.match(keys, start)
            if unit and unit[0] == end and unit[1]["quoted_name"]:
                return start
    return None


def _describes(key: str, res: Resources) -> bool:
    """A description between a kind word and a quoted name, its ezafe `ی` too (`گروه تندروی`)."""
    return describes_a_kind(key, res) or key.endswith(EZAFE) and key[:-1] in res.kind_descriptors


def _name_start(keys: list[str], cand: Candidate, res: Resources) -> int | None:
    """Where the name starts past the kind word and its descriptions, or None where the ORG
    opens with no kind word the name can do without."""
    unit = res.org_units.match(keys, cand.start)
    paper = bool(unit and unit[1]["kind"] == NEWSPAPER and unit[0] < cand.end)
    of = {ANY} if paper else res.kind_words.get(keys[cand.start])
    if of is None:
        return None
    k = unit[0] if paper else cand.start + 1
    if k < cand.end and keys[k].startswith(WRITERS):
        return cand.end  # journalists, no paper
    while k < cand.end and describes_a_kind(keys[k], res):
        k += 1
    if k < cand.end and (cand.source == GAZETTEER or not paper):
        listed = res.organizations.match(keys, k)
        if not (listed and listed[0] == cand.end and (ANY in of or listed[1].get("kind") in of)
                and (cand.source != GAZETTEER or listed[1].get("id") == cand.payload.get("id"))):
            return None  # `روزنامه رسمی`, `گروه تلویزیونی بسیج`: the word belongs to the name
    return k


def _name_end(keys: list[str], cand: Candidate, res: Resources, start: int) -> int:
    """The name's end before where a paper is printed, a blessing in brackets (`امام خمینی
    (ره)`) or the state a paper is of (`مارکا اسپانیا`: split as a body and its state are)."""
    end = cand.end
    if end - start > 3 and keys[end - 3] == "(" and keys[end - 2] in BLESSINGS and keys[end - 1] == ")":
        end -= 3
    if start == cand.start:
        return end  # no kind word: a paper's state and press are read only after one
    end = next((k for k in range(start, end) if keys[k] == PRINTED_IN), end)
    for k in range(start + 1, end):
        found = res.country_at(keys, k)
        if found and found[0] == end:
            return k
    return end


def describes_a_kind(key: str, res: Resources) -> bool:
    """A word that says what kind of body it is or whose (`کویتی`, `صهیونیستی`, `تروریستی`)."""
    if key in res.kind_descriptors:
        return True
    stem = nisba_stem(key)
    # (`کویتی` of کویت, `اماراتی` of امارات, `فرانسوی` of فرانسه)
    return stem is not None and any(res.countries.get(form) is not None for form in (stem, stem + "ه", stem[:-1] + "ه"))
