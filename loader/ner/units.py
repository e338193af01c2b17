"""Quantities: a number plus the unit that follows it.

``scan_quantities(text)`` pairs every number found by
:func:`loader.ner.numbers.scan_numbers` with a unit from
``loader/data/units.tsv`` that follows it directly (nothing but one space or
ZWNJ between them). Scale words (هزار/میلیون/میلیارد) belong to the number,
so ``137 میلیارد تومان`` is number ``137 میلیارد`` + unit ``تومان``.

Rial and toman stay distinct units; :func:`to_rial` converts. Money written
with a scale of a billion or more and no currency word (``300 میلیارد کسری
منابع``) is kind MONEY with ``unit=None`` and ``implied_currency=True`` so a
later stage can take the currency from context.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from fractions import Fraction
from functools import lru_cache

from loader.ner.gazetteer_io import load_patterns, load_table
from loader.ner.numbers import SCALES, ZWNJ, exact_number, scale_of, scan_number_tokens

__all__ = [
    "Quantity",
    "UnitDef",
    "MONEY",
    "PERCENT",
    "QUANTITY",
    "RATIO",
    "counted_by_classifier",
    "load_units",
    "scan_quantities",
    "to_rial",
    "unit_at",
]

MONEY = "MONEY"
PERCENT = "PERCENT"
QUANTITY = "QUANTITY"
RATIO = "RATIO"

_KIND_BY_UNIT_KIND = {"currency": MONEY, "percent": PERCENT, "ratio": RATIO}
# A bare number whose largest scale is at least this is money in this domain
# (people/workshop counts never reach billions; budgets always do).
_IMPLIED_MONEY_SCALE = 1e9


@dataclass(frozen=True, slots=True)
class UnitDef:
    text: str
    unit: str
    kind: str  # unit kind from the TSV: currency, percent, count, duration...
    factor: float
    classifier: bool = False  # a count's word for its items (`نفر`, `دستگاه`), not the noun counted


@dataclass(frozen=True, slots=True)
class Quantity:
    start: int
    end: int
    value: float
    unit: str | None
    kind: str  # MONEY | PERCENT | QUANTITY | RATIO
    text: str
    number_start: int
    number_end: int
    unit_kind: str | None = None  # TSV kind: currency, count, duration, ...
    implied_currency: bool = False
    qualifier: str | None = None  # approx | gt | lt | min | max
    inherited_unit: bool = False  # unit taken from "2 تا 3 درصد"
    exact: Fraction | None = None  # ``value`` without float rounding or overflow (None: too long)


def _unit_defs() -> list[UnitDef]:
    out = []
    for row in load_table("units"):
        try:
            factor = float(row.get("factor") or 1.0)
        except ValueError:
            factor = 1.0
        out.append(UnitDef(row["text"].strip(), row["unit"].strip(), row["kind"].strip(), factor,
                           (row.get("classifier") or "").strip() == "yes"))
    return out


@lru_cache(maxsize=1)
def load_units() -> dict[str, UnitDef]:
    """Surface form -> UnitDef, with ZWNJ-less and spaced variants added."""
    table: dict[str, UnitDef] = {}
    for u in _unit_defs():
        for form in {u.text, u.text.replace(ZWNJ, ""), u.text.replace(ZWNJ, " ")}:
            table.setdefault(form, u)
    return table


_SEP_RE = re.compile(r"[ \u200c]")


def counted_by_classifier(word: str, unit: str | None) -> bool:
    """The unit word is a count's word for its items (`نفر`, `دستگاه`, `مورد`: units.tsv
    classifier), or read in another sense as one (`60 تن` of people: unit_senses.tsv), so the
    noun counted, if named, comes after it."""
    listed = _compact_table().get(_SEP_RE.sub("", word))
    return listed is not None and (listed.classifier or listed.unit != unit)


@lru_cache(maxsize=1)
def _compact_table() -> dict[str, UnitDef]:
    """Unit lookup keyed by the form with spaces/ZWNJ removed."""
    out: dict[str, UnitDef] = {}
    for form, u in load_units().items():
        out.setdefault(_SEP_RE.sub("", form), u)
    return out


@lru_cache(maxsize=1)
def _unit_re() -> re.Pattern[str]:
    forms = sorted(load_units(), key=len, reverse=True)
    alts = []
    for f in forms:
        # inside a unit a space may also be a ZWNJ or missing: متر مربع/مترمربع
        alts.append(r"[ \u200c]?".join(re.escape(p) for p in f.split(" ")))
    # (a possessive may be glued on: `۹۰ درصدشان`, `نیمی از سهمش`; the unit ends before it)
    return re.compile(
        r"[ \u200c]?(?P<u>" + "|".join(alts) + r")(?=(?:\u200c?(?:شان|مان|تان|ش))?(?![^\W\d_]|\u200c[^\W\d_]))"
    )


_PREFIX_PERCENT_RE = re.compile(r"[%٪] ?$")
FRACTIONS = {"دهم": Fraction(1, 10), "صدم": Fraction(1, 100), "هزارم": Fraction(1, 1000)}
_FRACTION_RE = re.compile(r" (دهم|صدم|هزارم)(?![^\W\d_]|\u200c)")
_HALF_AFTER_RE = re.compile(r" و نیم(?![^\W\d_]|\u200c)")
_RANGE_SEP_RE = re.compile(r" ?(?:تا|الی|-|–|یا) ?")
_QUALIFIERS = [
    ("approx", "در حدود|حدودا|حدوداً|حدود|قریب به|نزدیک به|تقریبا|تقریباً|بالغ بر"),
    ("gt", "بیش از|بیشتر از|افزون بر|متجاوز از|بالای|بالغ بر بیش از"),
    ("lt", "کمتر از|کم‌تر از|زیر|کمتر|کم تر از"),
    ("min", "حداقل|دست‌کم|دستکم|دست کم"),
    ("max", "حداکثر|تا سقف|سقف"),
]
_QUAL_RE = re.compile(
    "(?:" + "|".join(f"(?P<{k}>(?:{v}))" for k, v in _QUALIFIERS) + r") ?$"
)


def unit_at(text: str, pos: int) -> tuple[UnitDef, int] | None:
    """Unit starting at ``pos`` (after at most one space/ZWNJ) and its end."""
    if not isinstance(text, str) or not 0 <= pos <= len(text):
        return None
    m = _unit_re().match(text, pos)
    if not m:
        return None
    u = _compact_table().get(_SEP_RE.sub("", m.group("u")))
    if u is None:
        return None
    return u, m.end()


def to_rial(value: float, unit: str | None) -> float | None:
    """Money value in rial; None when the unit is not a known currency."""
    try:
        if unit == "rial":
            return float(value)
        if unit == "toman":
            return float(value) * 10.0
    except (TypeError, ValueError):
        return None
    return None


def _qualifier(text: str, start: int) -> str | None:
    m = _QUAL_RE.search(text, max(0, start - 25), start)
    if not m or m.end() != start:
        return None
    # the qualifier must start at a word boundary
    s = m.start()
    if s > 0 and not text[s - 1].isspace():
        return None
    for k, _ in _QUALIFIERS:
        if m.group(k):
            return k
    return None


def _overlaps(spans: list[tuple[int, int]], ends: list[int], start: int, end: int) -> bool:
    """Whether [start, end) overlaps one of ``spans`` (in order, not overlapping): one bisection."""
    i = bisect.bisect_right(ends, start)
    return i < len(spans) and spans[i][0] < end


def scan_quantities(text: str, *, exclude_dates: bool = False) -> list[Quantity]:
    """Every number in ``text`` with its unit (if any), in text order.

    A number without a unit is kind QUANTITY, unit None (``7.27``), except
    implied money (scale >= میلیارد). ``n برابر`` is RATIO. ``دو سال و نیم``
    is one duration 2.5 year. With ``exclude_dates=True`` numbers that fall
    inside a span found by :func:`loader.ner.dates.scan_dates` (``سال 1401``,
    ``5 مهرماه``) are dropped.
    """
    if not isinstance(text, str) or not text:
        return []
    toks, nums = scan_number_tokens(text)
    date_spans: list[tuple[int, int]] = []
    if exclude_dates and nums:
        from loader.ner.dates import scan_dates

        date_spans = [(d.start, d.end) for d in scan_dates(text)]
    date_ends = [e for _, e in date_spans]

    out: list[Quantity] = []
    consumed = 0
    for a, b, value in nums:
        ns, ne = toks[a].start, toks[b].end
        if ns < consumed:
            continue
        if date_spans and _overlaps(date_spans, date_ends, ns, ne):
            continue
        start, end = ns, ne
        unit: UnitDef | None = None
        part = _FRACTION_RE.match(text, ne)  # `6 دهم درصد`, `29 صدم درصد`: tenths, hundredths of the unit
        found = unit_at(text, part.end()) if part else None
        if not found:
            part, found = None, unit_at(text, ne)
        if found:
            unit, end = found
            unit = _sense(text, ns, end, unit)
        else:
            pm = _PREFIX_PERCENT_RE.search(text, max(consumed, ns - 2), ns)
            if pm and pm.end() == ns:
                unit, start = load_units()["%"], pm.start()
        exact = exact_number(text[ns:ne])
        if part:
            share = FRACTIONS[part.group(1)]
            exact = None if exact is None else exact * share
            value = float(exact) if exact is not None else value * float(share)  # (0.6, not 6 × 0.1 in binary)
        if unit is not None and unit.kind in ("duration", "count", "weight", "length", "volume", "area"):
            hm = _HALF_AFTER_RE.match(text, end)
            if hm:
                value += 0.5
                exact = None if exact is None else exact + Fraction(1, 2)
                end = hm.end()
        implied = False
        if unit is None:
            top = 0.0
            for t in toks[a:b + 1]:
                top = max(top, scale_of(t.text))
            implied = top >= _IMPLIED_MONEY_SCALE
            kind = MONEY if implied else QUANTITY
            v = value
        else:
            kind = _KIND_BY_UNIT_KIND.get(unit.kind, QUANTITY)
            v = value * unit.factor
            # repr recovers the factor as written in units.tsv (1e9, 0.001), which Fraction keeps exact
            exact = None if exact is None else exact * Fraction(repr(unit.factor))
        out.append(Quantity(
            start, end, v, unit.unit if unit else None, kind, text[start:end],
            ns, ne, unit.kind if unit else None, implied, _qualifier(text, start), exact=exact,
        ))
        consumed = end
    return _inherit_range_units(text, _compounds(text, out))


@lru_cache(maxsize=1)
def _senses() -> dict[str, list[tuple[str, str, bool, re.Pattern[str]]]]:
    """unit -> the other senses `unit_senses.tsv` gives it: (the sense's unit and kind, read from
    the words before the number rather than after the unit, the pattern)."""
    out: dict[str, list[tuple[str, str, bool, re.Pattern[str]]]] = {}
    for cue, pattern in load_patterns("unit_senses").items():
        unit, sense, kind, side = cue.split(":")
        out.setdefault(unit, []).append((sense, kind, side == "before", pattern))
    return out


def _sense(text: str, number_start: int, end: int, unit: UnitDef) -> UnitDef:
    """The unit as the words around it read it: `21 تن کشته` counts people (a body), not tons."""
    for sense, kind, before, pattern in _senses().get(unit.unit, ()):
        found = (pattern.search(text, max(0, number_start - 40), number_start) if before
                 else pattern.match(text[end:end + 80]))
        if found and (not before or found.end() == number_start):
            return UnitDef(unit.text, sense, kind, 1.0)
    return unit


_AND_RE = re.compile(r"\s+و\s+")


@lru_cache(maxsize=1)
def _unit_parts() -> dict[tuple[str, str], int]:
    return {(r["unit"], r["part"]): int(r["per"]) for r in load_table("unit_parts")}


def _compounds(text: str, qs: list[Quantity]) -> list[Quantity]:
    """`یک تن و 200 کیلو`, `2 ساعت و 30 دقیقه`: a measure and its smaller part are one figure, in
    the larger unit (1.2 ton, 2.5 hour)."""
    out: list[Quantity] = []
    for q in qs:
        prev = out[-1] if out else None
        per = _unit_parts().get((prev.unit, q.unit)) if prev is not None and prev.unit else None
        if per and _AND_RE.fullmatch(text, prev.end, q.start):
            exact = None if prev.exact is None or q.exact is None else prev.exact + q.exact / per
            out[-1] = Quantity(prev.start, q.end, prev.value + q.value / per, prev.unit, prev.kind,
                               text[prev.start:q.end], prev.number_start, prev.number_end, prev.unit_kind,
                               prev.implied_currency, prev.qualifier, exact=exact)
            continue
        out.append(q)
    return out


def _inherit_range_units(text: str, qs: list[Quantity]) -> list[Quantity]:
    """``2 تا 3 درصد``: the first number takes the unit of the second."""
    if len(qs) < 2:
        return qs
    res = list(qs)
    for i in range(len(res) - 2, -1, -1):
        q, nxt = res[i], res[i + 1]
        if q.unit is not None or q.implied_currency or nxt.unit is None:
            continue
        m = _RANGE_SEP_RE.fullmatch(text, q.end, nxt.number_start)
        if not m:
            continue
        scale = _shared_scale(text, q, nxt)
        res[i] = Quantity(
            q.start, q.end, q.value * scale, nxt.unit, nxt.kind, q.text, q.number_start,
            q.number_end, nxt.unit_kind, False, q.qualifier, True,
            q.exact * scale if q.exact is not None else None,
        )
    return res


def _shared_scale(text: str, q: Quantity, nxt: Quantity) -> int:
    """`30 تا 40 هزار تن` is 30,000 to 40,000: a scale word that ends the second number and none
    of the first scales both, when the first is the smaller count (`500 تا 2 هزار` is not)."""
    first, second = text[q.number_start:q.number_end].split(), text[nxt.number_start:nxt.number_end].split()
    if len(second) != 2 or any(w.replace(ZWNJ, "") in SCALES for w in first):
        return 1
    scale = SCALES.get(second[-1].replace(ZWNJ, ""))
    if not scale or scale != int(scale) or q.value >= nxt.value / scale:
        return 1
    return int(scale)
