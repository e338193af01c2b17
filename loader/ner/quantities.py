"""Money, percentages, counts and dates, from the number and date scanners of `loader.facts`."""
from __future__ import annotations

from spacy.tokens import Doc

from loader.ner.dates import scan_dates
from loader.ner.units import scan_quantities
from loader.ner.numbers import scan_numbers
from loader.ner.candidates import add
from loader.ner.candidates import taken_tokens
from loader.ner.resources import Resources
from loader.ner.tokens import token_info
from loader.text_keys import fold

KIND_TO_LABEL = {"MONEY": "MONEY", "PERCENT": "PERCENT", "QUANTITY": "QUANTITY", "RATIO": "QUANTITY"}
# Words around a date that belong to the clause, not to the date (`ظهر شنبه`, `از ... تاکنون`).
DATE_TRIM_START = {fold(w) for w in ("ظهر", "بعدازظهر", "بعد از ظهر", "صبح", "عصر", "شامگاه", "شب", "از", "در", "تا")}
DATE_TRIM_END = {fold(w) for w in ("تاکنون", "تا کنون")}
SAME_PERIOD = [fold("مدت"), fold("مشابه")]
NOT_A_DAY = {fold(w) for w in ("امام", "نماز", "ائمه")}
MEASURE_WINDOW = 12
QUALIFIED_UNITS = {"branch", "unit", "center"}
RELATIVE_AGO = {fold(w) for w in ("گذشته", "اخیر", "قبل", "پیش")}


def find_quantities(doc: Doc, res: Resources) -> Doc:
    text = doc.text
    info = token_info(doc, res)
    keys = info.keys
    for date in scan_dates(text, doc._.kg_year):
        span = doc.char_span(date.start, date.end, alignment_mode="expand")
        if span is None:
            continue
        start, end = span.start, span.end
        while end - start > 1 and keys[start] in DATE_TRIM_START:
            start += 1
        while end - start > 1 and keys[end - 1] in DATE_TRIM_END:
            end -= 1
        if start and keys[start - 1] in NOT_A_DAY:
            continue  # `امام جمعه` is a post, not a Friday
        # `مدت مشابه (در) سال قبل`: the same period of another year.
        back = start - 1 if start and keys[start - 1] == fold("در") else start
        if back >= 2 and keys[back - 2:back] == SAME_PERIOD:
            start = back - 2
        add(doc, start, end, "DATE", "dates", {"date": date})
    for qty in scan_quantities(text, exclude_dates=True):
        if qty.unit is None and not qty.implied_currency and qty.kind == "QUANTITY":
            # A bare number is a figure only when a measure names it; facts decide that later.
            continue
        span = doc.char_span(qty.start, qty.end, alignment_mode="expand")
        if span is not None:
            end = span.end
            if qty.unit_kind == "duration" and end < len(keys) and keys[end] in RELATIVE_AGO:
                # `دو سال و نیم گذشته`: a stretch of time counted back from now is a date.
                add(doc, span.start, end + 1, "DATE", "dates", {"duration": qty})
                continue
            if qty.unit in QUALIFIED_UNITS and not any(ch.isdigit() for ch in qty.text) and _qualifies(doc, info, end, res):
                end += 1  # `دو شعبه اقماری`: a small count of branches keeps the word that says which kind
            add(doc, span.start, end, KIND_TO_LABEL.get(qty.kind, "QUANTITY"), "units", {"quantity": qty})
    _measured_numbers(doc, info, res)
    _holidays(doc, info, res)
    return doc


def _holidays(doc: Doc, info, res: Resources) -> None:
    """`نوروز`, `عید فطر`, `اربعین`: named days are dates (and `نوروز` no person)."""
    for i in range(len(info.keys)):
        found = res.holidays.match(info.keys, i)
        if found:
            add(doc, i, found[0], "DATE", "holidays", {"holiday": found[1]["text"]})


def _qualifies(doc: Doc, info, j: int, res: Resources) -> bool:
    if j >= len(info.keys) or not info.nameable(j):
        return False
    if res.measures.match(info.keys, j) or res.provinces.match(info.keys, j) or res.cities.match(info.keys, j):
        return False
    pos = set(res.pos_of(doc[j].text).split(","))
    return ("AJ" in pos and "N" not in pos) or doc[j].text.endswith("ی")


def _measured_numbers(doc: Doc, info, res: Resources) -> None:
    """A bare number is a figure when a measure was named just before and a verb closes it:
    `ضریب پشتیبانی ... امسال به 7.27 رسیده است`."""
    taken = taken_tokens(doc)
    measures = [k for k in range(len(info.keys)) if res.measures.match(info.keys, k)]
    for number in scan_numbers(doc.text):
        span = doc.char_span(number.start, number.end, alignment_mode="expand")
        if span is None or set(range(span.start, span.end)) & taken:
            continue
        nxt = span.end
        closes = nxt < len(info.keys) and (info.verb[nxt] or info.preverbal(nxt))
        if closes and any(span.start - MEASURE_WINDOW <= k < span.start for k in measures):
            add(doc, span.start, span.end, "QUANTITY", "measured_number", {"number": number})
