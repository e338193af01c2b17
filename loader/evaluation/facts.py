"""Scoring posts, figures, coreference and events against gold.

Names are compared folded (`loader.text_keys.fold`), so ZWNJ, spacing and hamza spelling do not
count as errors; values must be exact (relative tolerance 1e-9) and units equal.
"""
from __future__ import annotations

import functools
import math

from loader.evaluation.scores import Score
from loader.facts.model import Extraction
from loader.ner.units import load_units
from loader.text_keys import fold

# The extractor's units (loader/data/units.tsv) are finer than the gold's list in places; these
# name the same thing at the gold's granularity.
UNIT_ALIASES = {"staff": "person", "patient": "person", "insured": "person", "worker": "person",
                "pensioner": "person", "retiree": "person", "physician": "person", "nurse": "person",
                "times_ratio": "times", "hospital": "center", "polyclinic": "center", "clinic": "center",
                "usd": "dollar", "eur": "euro", "square_meter": "other", "cubic_meter": "other", "barrel": "other",
                "kilogram": "other"}
GOLD_UNITS = {"toman", "rial", "dollar", "euro", "currency", "percent", "person", "workshop", "branch", "bed",
              "staff", "prescription", "case", "contract", "center", "unit", "year", "month", "day", "times", "ratio",
              "patient", "couple", "installment", "inspection", "document", "country", "school", "project", "village",
              "hectare", "ton", "kilometer", "meter", "liter", "vehicle", "other"}


def units_agree(gold_unit: str | None, predicted: str | None) -> bool:
    """Equal at the gold's granularity; gold `other` stands for any unit outside its list, and gold
    `currency` for any currency but the four it names (`ریال سعودی`, `پوند`, `درهم`)."""
    g, p = UNIT_ALIASES.get(gold_unit, gold_unit), UNIT_ALIASES.get(predicted, predicted)
    if g == "currency" and p is not None and p not in GOLD_UNITS:
        return p in _currencies()
    return g == p or (g == "other" and p is not None and p not in GOLD_UNITS)


@functools.lru_cache(maxsize=1)
def _currencies() -> frozenset[str]:
    """The extractor's units of money (units.tsv kind currency)."""
    return frozenset(u.unit for u in load_units().values() if u.kind == "currency")


def _post_key(person: str, title: str, area: str | None) -> tuple[str, str, str]:
    return fold(person), _canonical(title), _place(area)


def _place(name: str | None) -> str:
    """A place folded, under its gazetteer name when the gazetteer lists it whole, so one state or
    town under two of its names (`بریتانیا` and `انگلیس`, `جمهوری ایرلند` and `ایرلند`) is one area."""
    from loader.ner.resources import resources

    keys = [fold(w) for w in (name or "").split()]
    res = resources()
    for index in (res.countries, res.provinces, res.cities):
        found = index.match(keys, 0) if keys else None
        if found and found[0] == len(keys):
            return fold(found[1]["name"])
    return fold(name or "")


def _canonical(title: str) -> str:
    """A title folded, its head in the lexicon's canonical spelling, so `رییس جمهوری` and
    `رئیس‌جمهور` compare equal on either side."""
    from loader.ner.resources import resources

    keys = [fold(w) for w in title.split()]
    found = resources().titles.match(keys, 0) if keys else None
    if not found:
        return fold(title)
    return fold(found[1]["canonical"]) + "".join(keys[found[0]:])


def _gold_post_keys(gold: dict, pred_keys: dict, title=lambda t: t) -> dict:
    gold_keys = {}
    for p in gold.get("posts", []):
        # A post placed in a city may be annotated with its province too; either names its area.
        areas = (p.get("city"), p.get("province"), p.get("country"))
        keys = [_post_key(p["person"], title(p["title"]), area) for area in areas if area]
        keys = keys or [_post_key(p["person"], title(p["title"]), None)]
        gold_keys[next((k for k in keys if k in pred_keys), keys[-1])] = p
    return gold_keys


PEOPLES_DEPUTY, REPRESENTATIVE = fold("نماینده مردم"), fold("نماینده")


def _head(title: str) -> str:
    """The head of a post: the longest listed title it starts with (`معاون` of `معاون سیاسی
    امنیتی`, `مدیر کل`), else its first word. `نماینده مردم` heads as `نماینده`: the extractor
    stores a `نماینده مجلس` as the people's deputy, which the gold may write either way."""
    from loader.ner.resources import resources

    keys = [fold(w) for w in title.split()]
    found = resources().titles.match(keys, 0) if keys else None
    head = fold(found[1]["canonical"]) if found else (keys[0] if keys else "")
    return REPRESENTATIVE if head == PEOPLES_DEPUTY else head


def score_post_heads(gold: dict, x: Extraction) -> Score:
    """(person, title head, area): a post found with a shorter or longer qualifier still counts."""
    pred = {_post_key(h.person, _head(h.post.title), h.post.area) for h in x.holdings}
    gold_keys = _gold_post_keys(gold, dict.fromkeys(pred), _head)
    return Score(len(gold_keys.keys() & pred), len(pred - gold_keys.keys()), len(gold_keys.keys() - pred))


def score_post_tenure(gold: dict, x: Extraction) -> tuple[Score, Score]:
    """Of the posts found (person, title head, area), whether the status the document gives
    (current, former, appointed) agrees with the gold; and where the gold states a start or an
    end, whether the holding's bound says the same date (its Jalali text, at its precision)."""
    pred = {_post_key(h.person, _head(h.post.title), h.post.area): h for h in x.holdings}
    gold_keys = _gold_post_keys(gold, pred, _head)
    status, bounds = Score(), Score()
    for key, g in gold_keys.items():
        h = pred.get(key)
        if h is None:
            continue
        agrees = (g.get("status") or "current") == h.status
        status.tp += agrees
        status.fp += not agrees
        for name in ("start", "end"):
            if g.get(name):
                bound = getattr(h, name)
                found = bound.date if bound is not None else None
                bounds.tp += found == str(g[name])
                bounds.fp += found is not None and found != str(g[name])
                bounds.fn += found is None
    return status, bounds


def score_posts(gold: dict, x: Extraction) -> tuple[Score, Score, list, list]:
    """(person, title, area) triples; a second score also requires the organisation to agree."""
    pred_keys = {_post_key(h.person, h.post.title, h.post.area): h for h in x.holdings}
    gold_keys = _gold_post_keys(gold, pred_keys)
    triple = Score(len(gold_keys.keys() & pred_keys.keys()), len(pred_keys.keys() - gold_keys.keys()),
                   len(gold_keys.keys() - pred_keys.keys()))
    with_org = Score()
    for key, g in gold_keys.items():
        h = pred_keys.get(key)
        ok = h is not None and _org_agrees(g.get("organization"), h.post.organization)
        with_org.tp += ok
        with_org.fn += not ok
    with_org.fp = len(pred_keys) - with_org.tp
    misses = [gold_keys[k] for k in gold_keys.keys() - pred_keys.keys()]
    alarms = [pred_keys[k] for k in pred_keys.keys() - gold_keys.keys()]
    return triple, with_org, misses, alarms


def _org_agrees(gold_org: str | None, pred_org: str | None) -> bool:
    if not gold_org:
        return not pred_org
    if not pred_org:
        return False
    g, p = fold(gold_org), fold(pred_org)
    return g == p or g in p or p in g


def _overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def score_figures(gold: dict, x: Extraction) -> dict[str, Score]:
    """`value`: exact value on an overlapping span; `value+unit`; `subject` and `stated_by`
    among figures whose value matched (none and none agreeing); `... of found`: precision and
    recall of what was stated, on the figures found."""
    scores = {name: Score() for name in ("value", "value+unit", "subject", "subject of found", "stated_by",
                                         "stated_by of found", "measure of found")}
    predicted = list(x.figures)
    used: set[int] = set()
    for g in gold.get("figures", []):
        match = None
        for i, f in enumerate(predicted):
            spans = [(e.raw_start, e.raw_end) for e in [f.evidence, *f.also]]
            if i in used and len(spans) == 1 or not any(_overlaps((g["start"], g["end"]), span) for span in spans):
                continue
            if f.value is not None and math.isclose(float(g["value"]), float(f.value), rel_tol=1e-9, abs_tol=1e-9):
                match = i
                break
        if match is None:
            for name in scores:
                scores[name].fn += name not in OF_FOUND
            continue
        used.add(match)
        f = predicted[match]
        scores["value"].tp += 1
        unit_ok = units_agree(g.get("unit"), f.unit)
        scores["value+unit"].tp += unit_ok
        scores["value+unit"].fn += not unit_ok
        subject_ok = fold(g.get("subject") or "") == fold(f.subject or "")
        scores["subject"].tp += subject_ok
        scores["subject"].fn += not subject_ok
        # (of the figures found, a subject stated is a claim: wrong where the gold has another or none)
        if g.get("subject") or f.subject:
            scores["subject of found"].tp += subject_ok
            scores["subject of found"].fp += bool(f.subject) and not subject_ok
            scores["subject of found"].fn += bool(g.get("subject")) and not subject_ok
        speaker_ok = fold(g.get("stated_by") or "") == fold(f.stated_by or "")
        scores["stated_by"].tp += speaker_ok
        scores["stated_by"].fn += not speaker_ok
        scores["stated_by of found"].tp += speaker_ok
        scores["stated_by of found"].fp += not speaker_ok
        if g.get("measure") or f.measure:
            measure_ok = measures_agree(g.get("measure"), f.measure)
            scores["measure of found"].tp += measure_ok
            scores["measure of found"].fp += bool(f.measure) and not measure_ok
            scores["measure of found"].fn += bool(g.get("measure")) and not measure_ok
    extra = sum(1 for i in range(len(predicted)) if i not in used)
    scores["value"].fp += extra
    scores["value+unit"].fp += extra + (scores["value"].tp - scores["value+unit"].tp)
    return scores


OF_FOUND = frozenset({"subject of found", "stated_by of found", "measure of found"})  # scored on the figures found only


def measures_agree(gold: str | None, predicted: str | None) -> bool:
    """The predicted measure's head noun, plural and indefinite endings aside, is a word of the
    gold measure, or the gold's head one of the predicted (`کارگر` within `کارگران ساختمانی تحت
    پوشش بیمه`, `جمعیت` for `جمعیت ساکن`). Annotators word the rest of a measure differently
    (their agreement on the whole phrase is about 0.55), so the head is what a measure is scored
    on: right where the figure counts that noun, even if the gold says more of it."""
    if not gold or not predicted:
        return False
    gold_words, predicted_words = [_stem(fold(w)) for w in gold.split()], [_stem(fold(w)) for w in predicted.split()]
    return _within(predicted_words[0], gold_words) or _within(gold_words[0], predicted_words)


def _within(head: str, words: list[str]) -> bool:
    """The head is one of the words, or two of them written as one (`حق‌بیمه` of `حق بیمه`)."""
    return head in words or any(a + b == head for a, b in zip(words, words[1:]))


def _stem(word: str) -> str:
    for ending in ("های", "ها", "ان", "ی"):
        if word.endswith(ending) and len(word) - len(ending) >= 3:
            return word[:-len(ending)]
    return word


def score_coreference(gold: dict, x: Extraction) -> Score:
    """Each gold person mention counts as right when the extractor links it to an entity whose
    name is the gold person's name."""
    names = {e.id: e.name for e in x.entities if e.label == "Person"}
    by_span = {(m.raw_start, m.raw_end): names.get(m.entity_id) for m in x.mentions if m.label == "PERSON"}
    score = Score()
    for person in gold.get("persons", []):
        for start, end in person["mentions"]:
            linked = next((n for (s, e), n in by_span.items() if s < end and start < e), None)
            if linked is not None and fold(linked) == fold(person["name"]):
                score.tp += 1
            else:
                score.fn += 1
                score.fp += linked is not None
    return score


def score_events(gold: dict, x: Extraction) -> Score:
    gold_keys = {(g["type"], fold(g["who"][0]) if g.get("who") else "") for g in gold.get("events", [])}
    pred_keys = {(e.type, fold(e.who[0][1]) if e.who else "") for e in x.events}
    return Score(len(gold_keys & pred_keys), len(pred_keys - gold_keys), len(gold_keys - pred_keys))
