"""The spaCy extension attributes the recogniser reads and writes.

- `Doc._.kg_year`: the document's year (Jalali), for dates such as `امسال`; set before the
  pipeline runs, or left None.
- `Doc._.kg_records`: every candidate a rule or the model proposed, by (start token, end token,
  label): its priority, source and payload. The candidates themselves are spans in
  `doc.spans["kg_candidates"]`, so other tools see them as ordinary spaCy spans.
- `Span._.kg`: the payload of an entity or candidate (a date's value, a place's gazetteer row,
  a quantity's parse), looked up by the span's label, so two readings of one stretch of text
  keep their own payloads.
- `Doc._.kg_tokens`: per-token word classes, computed once per document (a cache).
"""
from __future__ import annotations

from spacy.tokens import Doc, Span


def _records(doc: Doc) -> dict:
    if doc._._kg_records is None:
        doc._._kg_records = {}
    return doc._._kg_records


def _payload(span: Span) -> dict | None:
    record = span.doc._.kg_records.get((span.start, span.end, span.label_))
    return record.payload if record is not None else None


def register() -> None:
    for name, kwargs in (("kg_year", {"default": None}), ("_kg_records", {"default": None}),
                         ("kg_records", {"getter": _records}), ("kg_tokens", {"default": None})):
        if not Doc.has_extension(name):
            Doc.set_extension(name, **kwargs)
    if not Span.has_extension("kg"):
        Span.set_extension("kg", getter=_payload)


register()
