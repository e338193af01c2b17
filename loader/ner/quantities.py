"""Money, percentages, counts and dates, from the number and date scanners of `loader.facts`."""
from __future__ import annotations

from spacy.tokens import Doc

from loader.facts.dates import scan_dates
from loader.facts.units import scan_quantities
from loader.ner.candidates import add

KIND_TO_LABEL = {"MONEY": "MONEY", "PERCENT": "PERCENT", "QUANTITY": "QUANTITY", "RATIO": "QUANTITY"}


def find_quantities(doc: Doc) -> Doc:
    text = doc.text
    for date in scan_dates(text, doc.user_data.get("doc_year")):
        span = doc.char_span(date.start, date.end, alignment_mode="expand")
        if span is not None:
            add(doc, span.start, span.end, "DATE", "dates", {"date": date})
    for qty in scan_quantities(text, exclude_dates=True):
        if qty.unit is None and not qty.implied_currency and qty.kind == "QUANTITY":
            # A bare number is a figure only when a measure names it; facts decide that later.
            continue
        span = doc.char_span(qty.start, qty.end, alignment_mode="expand")
        if span is not None:
            add(doc, span.start, span.end, KIND_TO_LABEL.get(qty.kind, "QUANTITY"), "units", {"quantity": qty})
    return doc
