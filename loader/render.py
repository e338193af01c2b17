"""Printing query results as a terminal table, JSON or CSV.

Terminals lay text out left to right; most do not apply the Unicode bidi algorithm, so a Persian
cell printed as stored reads backwards. For a terminal we reorder each cell into visual order
(python-bidi) and right-align Persian columns; JSON and CSV keep logical order, which is what
programs want. ZWNJ and combining marks take no columns when widths are computed.
"""
from __future__ import annotations

import csv
import io
import unicodedata

from bidi import get_display

from loader import json_text

ZERO_WIDTH = {"\u200c", "\u200d", "\u200e", "\u200f"}


def cell_text(value) -> str:
    if value is None:
        return ""
    if isinstance(value, (list, tuple)):
        return "، ".join(cell_text(v) for v in value)
    if isinstance(value, float) and value.is_integer():
        return f"{int(value):,}"
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return f"{value:,}"
    if isinstance(value, dict):
        return json_text.dumps(value, ensure_ascii=False)
    return str(value)


def display_width(text: str) -> int:
    return sum(0 if ch in ZERO_WIDTH or unicodedata.combining(ch) else
               2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def is_rtl(text: str) -> bool:
    return any(unicodedata.bidirectional(ch) in ("R", "AL") for ch in text)


def to_json(rows: list[dict]) -> str:
    return json_text.dumps(rows, ensure_ascii=False, indent=2, default=str)


def to_csv(rows: list[dict], columns: list[str]) -> str:
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=columns, lineterminator="\n")
    writer.writeheader()
    for row in rows:
        writer.writerow({k: cell_text(row.get(k)) for k in columns})
    return out.getvalue()


def to_table(rows: list[dict], columns: list[str], visual: bool = True, max_width: int = 60) -> str:
    def prepare(value) -> str:
        text = " ".join(cell_text(value).split())
        if display_width(text) > max_width:
            text = text[: max_width - 1] + "…"
        return get_display(text) if visual and is_rtl(text) else text

    cells = [[prepare(row.get(c)) for c in columns] for row in rows]
    widths = [max([display_width(c)] + [display_width(r[i]) for r in cells]) for i, c in enumerate(columns)]
    rtl = [any(is_rtl(cell_text(row.get(c))) for row in rows) for c in columns]

    def line(values: list[str], header: bool = False) -> str:
        parts = []
        for i, value in enumerate(values):
            pad = " " * (widths[i] - display_width(value))
            parts.append(pad + value if rtl[i] and not header else value + pad)
        return " │ ".join(parts).rstrip()

    separator = "─┼─".join("─" * w for w in widths)
    body = [line(r) for r in cells]
    return "\n".join([line(columns, header=True), separator, *body, f"({len(rows)} rows)"])
