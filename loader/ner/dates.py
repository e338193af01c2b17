"""Jalali (Solar Hijri) date expressions in normalized Persian news text.

``scan_dates(text, doc_year=None) -> list[DateSpan]`` finds absolute dates
(``1402/01/25``, ``5 مهرماه 1401``, ``اسفندماه سال 1400``, ``سال 92``), parts of
years (``شش ماهه اول سال 1401``, ``سه ماهه چهارم سال 1401``, ``فصل بهار``),
vague parts of months (``اواخر تیرماه``) and relative expressions
(``امسال``, ``سال گذشته``, ``دو سال اخیر``, ``از ابتدای امسال تاکنون``,
``ظهر شنبه``). Relative ones are resolved against ``doc_year`` when given.

Every pattern is a compiled regex; candidates from all patterns are merged
longest-first so ``شش ماهه اول سال 1401`` wins over ``سال 1401`` inside it.
Pure functions; never raises on arbitrary input.

DateSpan fields: ``start_date``/``end_date`` are Jalali ISO strings
(``1401-01-01``) and ``gregorian_start``/``gregorian_end`` Gregorian ISO; they
are None when the year is unknown (``resolved=False``). ``end_date`` is also
None for open ranges ending "now" (``تاکنون``) because the document date is
not known to this module.
"""

from __future__ import annotations

import calendar
import datetime
import re
from dataclasses import dataclass
from datetime import timedelta
from functools import lru_cache
from typing import Callable

import jdatetime

from loader.ner.gazetteer_io import load_table

from loader.ner.numbers import CARDINALS, parse_number, parse_ordinal

__all__ = ["DateSpan", "DocDate", "scan_dates", "infer_doc_year", "document_date", "jalali_date", "month_length", "MONTHS"]

def _words(kind: str) -> dict[str, str]:
    """Date words of one kind from the lexicon's `date_words.tsv`, in file order."""
    return {row["word"]: row["value"] for row in load_table("date_words") if row["kind"] == kind}


MONTHS: dict[str, int] = {w: int(v) for w, v in _words("month").items()}
# Month names that are also common words/names (تیر arrow, مهر seal,
# آبان/آذر/بهمن given names, دی "yesterday"/Dey): these need ماه, a day
# before or a year after them; the strong ones do not.
_STRONG_MONTHS = list(_words("strong_month"))
SEASONS = {w: int(v) for w, v in _words("season").items()}
WEEKDAYS = list(_words("weekday"))
GREGORIAN_MONTHS = {w: int(v) for kind in ("gregorian_month", "gregorian_month_with_year")
                    for w, v in _words(kind).items()}

# --------------------------------------------------------------------------
# regex building blocks
# --------------------------------------------------------------------------
_B = r"(?<![^\W_])(?<!\u200c)"  # start: not after a letter/digit/ZWNJ
_E = r"(?![^\W_])(?!\u200c[^\W\d_])"  # end: not before a letter/digit/ZWNJ+letter
_S = r"[ \u200c]"  # one space or ZWNJ
_SO = r"[ \u200c]?"


def _alt(words) -> str:
    return "|".join(re.escape(w).replace(r"\ ", _S) for w in sorted(words, key=len, reverse=True))


_UNIT_ORD = {
    1: ["یکم", "اول"], 2: ["دوم"], 3: ["سوم"], 4: ["چهارم"], 5: ["پنجم"],
    6: ["ششم"], 7: ["هفتم"], 8: ["هشتم"], 9: ["نهم"],
}
_ORD_FORMS: list[str] = []
for _v in _UNIT_ORD.values():
    _ORD_FORMS += _v
_ORD_FORMS += ["دهم", "یازدهم", "دوازدهم", "سیزدهم", "چهاردهم", "پانزدهم",
               "شانزدهم", "هفدهم", "هجدهم", "هیجدهم", "نوزدهم", "بیستم",
               "سی‌ام", "سیام", "سی ام"]
_OSEP = r"(?: و |\u200cو\u200c|\u200cو|و\u200c|و)"
_ORD_RE_STR = (
    r"(?:(?:بیست|سی)" + _OSEP + r"(?:یکم|دوم|سوم|چهارم|پنجم|ششم|هفتم|هشتم|نهم)|"
    + _alt(_ORD_FORMS) + ")"
)
_MONTH_ALL = _alt(MONTHS)
_MONTH_STRONG = _alt(_STRONG_MONTHS)
_MAH = r"(?:" + _SO + r"ماه)"
_WEEKDAY = _alt(WEEKDAYS)
_TOD = r"(?:صبح|ظهر|عصر|شب|بامداد|بعدازظهر|بعد از ظهر|بعد‌ازظهر|روز)"
_SAL = r"سال" + _SO

_REL_YEAR_WORDS = {w: int(v) for w, v in _words("relative_year").items()}
_REL_YEAR = _alt(_REL_YEAR_WORDS)
# a year reference: "سال 1401", "سال1401", "سال 92", "امسال", "سال گذشته"
_YR = r"(?:" + _SAL + r"(?:1[34]\d\d|\d\d)(?![\d/.])|" + _REL_YEAR + ")"
# after a month a bare 4-digit year is fine: "فروردینماه 1401"; so is a 2-digit one where no noun
# follows for it to count: "چهارم فروردین 95 ساعت 13:55", "در مهر 98، ..." (not "مهر 20 مدرسه")
_YY_ENDS = r"(?=[ \u200c]*(?:$|[،,.؛:)/\-–]|\n|ساعت|(?:و|در|به|از|با|تا|که)[ \u200c]))"
_YR_AFTER_MONTH = r"(?:" + _YR + r"|1[34]\d\d(?![\d/.])|\d\d(?![\d/.:])" + _YY_ENDS + ")"
_YR_OR_SAL = r"(?:" + _YR + r"|سال(?![^\W\d_]|\u200c))"
_NUMWORD = r"(?:\d{1,2}|یک|دو|سه|چهار|پنج|شش|هفت|هشت|نه|ده|یازده|دوازده|پانزده|بیست|سی|چند)"

_R_NUMERIC_YMD = re.compile(r"(?<![\d/.])(?P<y>1[34]\d\d)/(?P<m>\d{1,2})/(?P<d>\d{1,2})(?![\d/])")
_R_NUMERIC_DMY = re.compile(r"(?<![\d/.])(?P<d>\d{1,2})/(?P<m>\d{1,2})/(?P<y>1[34]\d\d)(?![\d/])")
_R_NUMERIC_YM = re.compile(r"(?<![\d/.])(?P<y>1[34]\d\d)/(?P<m>\d{1,2})(?![\d/])")
_R_DAY_MONTH = re.compile(
    _B + r"(?:(?P<tod>" + _TOD + r")" + _S + r")?(?:(?P<wd>" + _WEEKDAY + r")" + _S + r")?"
    r"(?P<d>\d{1,2}|" + _ORD_RE_STR + r")" + _SO + r"(?P<m>" + _MONTH_ALL + r")" + _MAH + r"?"
    r"(?:" + _S + r"(?P<yr>" + _YR_AFTER_MONTH + r"))?" + _E
)
# Gregorian dates of foreign news: `18 اکتبر`, `22 ژوئن 2004`, `مارس 2003`, `2004 میلادی`, `سال 2004`,
# `از 1971 تاکنون`. A Gregorian year is 1800-2199; `میلادی` may follow any of them.
_G_YEAR_DIGITS = r"(?:18|19|20|21)\d\d"
_G_YEAR = _G_YEAR_DIGITS + r"(?![\d/.])"
_G_MONTH = _alt(_words("gregorian_month"))
_G_MONTH_ANY = _alt(GREGORIAN_MONTHS)
_MILADI = r"(?:" + _S + r"میلادی)?"
_R_G_DAY_MONTH = re.compile(
    _B + r"(?P<d>\d{1,2}|" + _ORD_RE_STR + r")" + _S + r"(?:(?P<m>" + _G_MONTH + r")(?:" + _S + r"(?:سال" + _S
    + r")?(?P<y>" + _G_YEAR + r"))?|(?P<m2>" + _G_MONTH_ANY + r")" + _S + r"(?:سال" + _S + r")?(?P<y2>" + _G_YEAR
    + r"))" + _MILADI + _E
)
_R_G_MONTH_YEAR = re.compile(
    _B + r"(?P<m>" + _G_MONTH_ANY + r")" + _S + r"(?:سال" + _S + r")?(?P<y>" + _G_YEAR + r")" + _MILADI + _E)
_R_G_YEAR = re.compile(
    _B + r"(?:(?P<sal>سال" + _SO + r")(?P<y>" + _G_YEAR + r")" + _MILADI + r"|(?P<y2>" + _G_YEAR + r")" + _S
    + r"میلادی|(?P<from>از)" + _S + r"(?:سال" + _SO + r")?(?P<y3>" + _G_YEAR + r")" + _S
    + r"(?P<now>تاکنون|تا کنون|به بعد))" + _E
)
_MONTH_PRE = r"(?:(?P<pre>اوایل|اواسط|اواخر|ابتدای|آغاز|انتهای|پایان|نیمه اول|نیمه دوم)" + _S + r")?"
_R_MONTH_YEAR = re.compile(
    _B + _MONTH_PRE + r"(?P<m>" + _MONTH_ALL + r")" + _MAH + r"?" + _S
    + r"(?P<yr>" + _YR_AFTER_MONTH + r")" + _E
)
_R_MONTH_MAH = re.compile(_B + _MONTH_PRE + r"(?P<m>" + _MONTH_ALL + r")" + _MAH + _E)
_R_MONTH_STRONG = re.compile(_B + _MONTH_PRE + r"(?P<m>" + _MONTH_STRONG + r")" + _E)
_R_YEAR = re.compile(
    _B + r"(?P<from>از" + _S + r")?(?:(?P<pre>ابتدای|آغاز|اوایل|اواسط|اواخر|پایان|انتهای|"
    r"نیمه اول|نیمه نخست|نیمه دوم)" + _S + r")?(?P<yr>" + _YR + r")"
    r"(?P<now>" + _S + r"(?:تاکنون|تا کنون|تا به حال|تابحال|تا امروز))?" + _E
)
_R_YEAR_RANGE = re.compile(
    _B + r"(?:سال(?:‌ها|ها|‌های|های)?" + _SO + r")(?P<y1>1[34]\d\d)" + _S
    + r"(?:تا|الی|-|و)" + _S + r"(?:سال" + _SO + r")?(?P<y2>1[34]\d\d)(?![\d/.])" + _E
)
_R_PART = re.compile(
    _B + r"(?P<n>" + _NUMWORD + r")" + _SO + r"ماهه?" + _S
    + r"(?P<ord>اول|نخست|ابتدایی|دوم|سوم|چهارم|پایانی|آخر)"
    + r"(?:" + _S + r"(?P<yr>" + _YR_OR_SAL + r"))?" + _E
)
_R_SEASON = re.compile(
    _B + r"(?:(?P<fasl>فصل)" + _S + r")?(?P<s>بهار|تابستان|پاییز|پائیز|زمستان|اول|دوم|سوم|چهارم)"
    + r"(?:" + _S + r"(?P<yr>" + _YR_AFTER_MONTH + r"))?" + _E
)
_R_REL_RANGE = re.compile(
    _B + r"(?:(?P<n>" + _NUMWORD + r")" + _S + r"سال|(?P<pl>سال(?:‌ها|ها|‌های|های)))" + _S
    + r"(?P<rel>اخیر|گذشته|قبل|پیش|آینده|آتی)" + _E
)
_R_WEEKDAY = re.compile(
    _B + r"(?:(?P<tod>" + _TOD + r")" + _S + r"(?:روز" + _S + r")?)?(?P<wd>" + _WEEKDAY + r")"
    + r"(?:" + _S + r"(?:گذشته|آینده|اخیر))?" + _E
)
_R_REL_DAY = re.compile(
    _B + r"(?P<w>امروز|دیروز|پریروز|فردا|ماه" + _S + r"(?:گذشته|جاری|آینده|قبل)|"
    r"هفته" + _S + r"(?:گذشته|جاری|آینده|قبل))" + _E
)


@dataclass(frozen=True, slots=True)
class DateSpan:
    start: int
    end: int
    text: str
    year: int | None
    month: int | None
    day: int | None
    precision: str  # year | month | day | range | season | half_year | quarter
    start_date: str | None
    end_date: str | None
    gregorian_start: str | None
    gregorian_end: str | None
    relative: bool
    resolved: bool


# --------------------------------------------------------------------------
# calendar helpers
# --------------------------------------------------------------------------
def month_length(year: int, month: int) -> int:
    """Days in a Jalali month (Esfand is 30 in leap years)."""
    if month <= 6:
        return 31
    if month <= 11:
        return 30
    try:
        return 30 if jdatetime.date(year, 1, 1).isleap() else 29
    except (ValueError, OverflowError, TypeError):
        return 29


def _iso(y: int, m: int, d: int) -> tuple[str, str] | None:
    try:
        jd = jdatetime.date(y, m, d)
        return f"{y:04d}-{m:02d}-{d:02d}", jd.togregorian().isoformat()
    except (ValueError, OverflowError, TypeError):
        return None


def _make(text: str, s: int, e: int, *, year: int | None, month: int | None = None,
          day: int | None = None, precision: str, rng: tuple | None,
          relative: bool, open_end: bool = False) -> DateSpan | None:
    """rng = (y1, m1, d1, y2, m2, d2) or None (unresolvable)."""
    sd = ed = gs = ge = None
    if rng is not None:
        y1, m1, d1, y2, m2, d2 = rng
        a = _iso(y1, m1, d1)
        b = None if open_end else _iso(y2, m2, d2)
        if a is None or (b is None and not open_end):
            return None if not relative else _make(
                text, s, e, year=None, month=month, day=day, precision=precision,
                rng=None, relative=relative)
        sd, gs = a
        if b:
            ed, ge = b
    return DateSpan(s, e, text[s:e], year, month, day, precision, sd, ed, gs, ge,
                    relative, sd is not None)


def _year_ref(s: str | None, doc_year: int | None) -> tuple[int | None, bool]:
    """(year, relative) for a matched year reference."""
    if not s:
        return None, False
    digits = "".join(ch for ch in s if ch.isdigit())
    if digits:
        try:
            v = int(digits)
        except ValueError:
            return None, False
        if len(digits) == 2:
            v = 1300 + v if v >= 50 else 1400 + v
        return v, False
    key = re.sub(r"[ \u200c]+", " ", s.strip())
    if key == "سال":
        return doc_year, True
    off = _REL_YEAR_WORDS.get(key)
    if off is None:
        off = _REL_YEAR_WORDS.get(s.strip(), 0)
    if doc_year is None:
        return None, True
    return doc_year + off, True


def _year_range(y: int | None, m1: int = 1, m2: int = 12) -> tuple | None:
    if y is None:
        return None
    return (y, m1, 1, y, m2, month_length(y, m2))


# --------------------------------------------------------------------------
# pattern handlers: (match, text, doc_year) -> DateSpan | None
# --------------------------------------------------------------------------
def _h_numeric(m: re.Match, text: str, doc_year) -> DateSpan | None:
    y, mo = int(m.group("y")), int(m.group("m"))
    d = int(m.group("d")) if "d" in m.groupdict() and m.group("d") else None
    if not 1 <= mo <= 12:
        return None
    if d is None:
        return _make(text, m.start(), m.end(), year=y, month=mo, precision="month",
                     rng=(y, mo, 1, y, mo, month_length(y, mo)), relative=False)
    if not 1 <= d <= month_length(y, mo):
        return None
    return _make(text, m.start(), m.end(), year=y, month=mo, day=d, precision="day",
                 rng=(y, mo, d, y, mo, d), relative=False)


def _h_day_month(m, text, doc_year):
    d_s = m.group("d")
    d = int(d_s) if d_s.isdigit() else parse_ordinal(d_s)
    mo = MONTHS.get(m.group("m"))
    if not d or not mo or not 1 <= d <= 31:
        return None
    y, rel = _year_ref(m.group("yr"), doc_year)
    if m.group("yr") is None:
        y, rel = doc_year, True
    if y is not None and d > month_length(y, mo):
        return None
    rng = (y, mo, d, y, mo, d) if y is not None else None
    return _make(text, m.start(), m.end(), year=y, month=mo, day=d, precision="day",
                 rng=rng, relative=rel)


_PRE_DAYS = {"اوایل": (1, 10), "ابتدای": (1, 1), "آغاز": (1, 1), "اواسط": (11, 20),
             "اواخر": (21, 31), "انتهای": (31, 31), "پایان": (31, 31),
             "نیمه اول": (1, 15), "نیمه دوم": (16, 31)}


def _h_month(m, text, doc_year):
    mo = MONTHS.get(m.group("m"))
    if not mo:
        return None
    yr = m.groupdict().get("yr")
    if yr:
        y, rel = _year_ref(yr, doc_year)
    else:
        y, rel = doc_year, True
    pre = m.group("pre")
    if pre:
        pre = re.sub(r"[ \u200c]+", " ", pre)
        a, b = _PRE_DAYS.get(pre, (1, 31))
        if y is None:
            return _make(text, m.start(), m.end(), year=None, month=mo,
                         precision="day" if a == b else "range", rng=None, relative=rel)
        ml = month_length(y, mo)
        a, b = min(a, ml), min(b, ml)
        return _make(text, m.start(), m.end(), year=y, month=mo,
                     day=a if a == b else None, precision="day" if a == b else "range",
                     rng=(y, mo, a, y, mo, b), relative=rel)
    rng = (y, mo, 1, y, mo, month_length(y, mo)) if y is not None else None
    return _make(text, m.start(), m.end(), year=y, month=mo, precision="month",
                 rng=rng, relative=rel)


def _h_gregorian(m, text, doc_year):
    """A Gregorian day, month or year, kept in the Jalali days it covers and its Gregorian ones."""
    groups = m.groupdict()
    y = next((int(groups[k]) for k in ("y", "y2", "y3") if groups.get(k)), None)
    month = GREGORIAN_MONTHS.get(groups.get("m") or groups.get("m2") or "")
    raw_day = groups.get("d")
    day = (int(raw_day) if raw_day.isdigit() else parse_ordinal(raw_day)) if raw_day else None
    if groups.get("now"):
        first = _gregorian_to_jalali(y, 1, 1)
        if first is None:
            return None
        return DateSpan(m.start(), m.end(), m.group(0), None, None, None, "range", first[0], None, first[1], None,
                        False, True)
    relative = y is None  # `18 اکتبر`: the Gregorian year the document's Jalali year is in on that day
    if relative:
        if doc_year is None or day is None or month is None:
            return DateSpan(m.start(), m.end(), m.group(0), None, None, None, "day", None, None, None, None, True, False)
        y = doc_year + 621 + ((month, day) < (3, 21))
    if day is not None:
        first = last = _gregorian_to_jalali(y, month, day)
    elif month is not None:
        first = _gregorian_to_jalali(y, month, 1)
        last = _gregorian_to_jalali(y, month, calendar.monthrange(y, month)[1])
    else:
        first, last = _gregorian_to_jalali(y, 1, 1), _gregorian_to_jalali(y, 12, 31)
    if first is None or last is None:
        return None
    precision = "day" if day is not None else "month" if month is not None else "year"
    return DateSpan(m.start(), m.end(), m.group(0), None, None, None, precision, first[0], last[0], first[1], last[1],
                    relative, True)


def _gregorian_to_jalali(y: int, m: int, d: int) -> tuple[str, str] | None:
    """(Jalali ISO, Gregorian ISO) of a Gregorian day, or None if there is no such day."""
    try:
        g = datetime.date(y, m, d)
    except (ValueError, TypeError):
        return None
    return jdatetime.date.fromgregorian(date=g).isoformat(), g.isoformat()


def _h_year(m, text, doc_year):
    y, rel = _year_ref(m.group("yr"), doc_year)
    pre = m.group("pre")
    pre = re.sub(r"[ \u200c]+", " ", pre) if pre else None
    now = m.group("now") is not None
    s, e = m.start(), m.end()
    if m.group("from") and not now and not pre:
        s = m.start("yr")  # "از سال 1401" -> the date is "سال 1401"
    if now:
        # "از ابتدای امسال تاکنون": open range from the start of the year
        rng = (y, 1, 1, y, 1, 1) if y is not None else None
        return _make(text, s, e, year=y, precision="range", rng=rng, relative=True,
                     open_end=True)
    if pre in ("ابتدای", "آغاز"):
        rng = (y, 1, 1, y, 1, 1) if y is not None else None
        return _make(text, s, e, year=y, month=1, day=1, precision="day", rng=rng, relative=rel)
    if pre in ("پایان", "انتهای"):
        if y is None:
            return _make(text, s, e, year=None, precision="day", rng=None, relative=rel)
        ml = month_length(y, 12)
        return _make(text, s, e, year=y, month=12, day=ml, precision="day",
                     rng=(y, 12, ml, y, 12, ml), relative=rel)
    if pre in ("نیمه اول", "نیمه نخست", "نیمه دوم"):
        m1, m2 = (7, 12) if pre == "نیمه دوم" else (1, 6)
        return _make(text, s, e, year=y, precision="half_year",
                     rng=_year_range(y, m1, m2), relative=rel)
    if pre in ("اوایل", "اواسط", "اواخر"):
        m1, m2 = {"اوایل": (1, 3), "اواسط": (4, 9), "اواخر": (10, 12)}[pre]
        return _make(text, s, e, year=y, precision="range", rng=_year_range(y, m1, m2),
                     relative=rel)
    return _make(text, s, e, year=y, precision="year", rng=_year_range(y), relative=rel)


def _h_year_range(m, text, doc_year):
    y1, y2 = int(m.group("y1")), int(m.group("y2"))
    if y2 < y1:
        return None
    return _make(text, m.start(), m.end(), year=None, precision="range",
                 rng=(y1, 1, 1, y2, 12, month_length(y2, 12)), relative=False)


_ORD_IDX = {"اول": 1, "نخست": 1, "ابتدایی": 1, "دوم": 2, "سوم": 3, "چهارم": 4,
            "پایانی": -1, "آخر": -1}


def _small_int(s: str) -> float | None:
    if s.isdigit():
        return int(s)
    return CARDINALS.get(s) or parse_number(s)


def _h_part(m, text, doc_year):
    n = _small_int(m.group("n"))
    if n is None or not 1 <= n <= 12 or n != int(n):
        return None
    n = int(n)
    k = _ORD_IDX[m.group("ord")]
    if k == -1:
        m1, m2 = 12 - n + 1, 12
    else:
        m1, m2 = (k - 1) * n + 1, k * n
    if m2 > 12 or m1 < 1:
        return None
    y, rel = _year_ref(m.group("yr"), doc_year)
    if m.group("yr") is None:
        y, rel = doc_year, True
    precision = {6: "half_year", 3: "quarter"}.get(n, "range")
    return _make(text, m.start(), m.end(), year=y, precision=precision,
                 rng=_year_range(y, m1, m2), relative=rel)


def _h_season(m, text, doc_year):
    s = m.group("s")
    if m.group("fasl") is None and (m.group("yr") is None or s not in SEASONS):
        return None  # bare "بهار" is a name / word; "اول 1401" is nothing
    q = SEASONS.get(s) or _ORD_IDX.get(s)
    if not q or q < 1:
        return None
    if m.group("yr"):
        y, rel = _year_ref(m.group("yr"), doc_year)
    else:
        y, rel = doc_year, True
    return _make(text, m.start(), m.end(), year=y,
                 precision="season" if s in SEASONS else "quarter",
                 rng=_year_range(y, 3 * q - 2, 3 * q), relative=rel)


def _h_rel_range(m, text, doc_year):
    rel = m.group("rel")
    n = None
    if m.group("n") and m.group("n") != "چند":
        n = _small_int(m.group("n"))
        if n is None or n != int(n) or n < 1:
            return None
        n = int(n)
    rng = None
    if doc_year is not None and n is not None:
        if rel in ("اخیر", "گذشته"):
            rng = (doc_year - n + 1, 1, 1, doc_year, 12, month_length(doc_year, 12))
        elif rel in ("قبل", "پیش"):
            y = doc_year - n
            rng = (y, 1, 1, y, 12, month_length(y, 12))
        else:
            y = doc_year + n
            rng = (doc_year + 1, 1, 1, y, 12, month_length(y, 12))
    return _make(text, m.start(), m.end(), year=None, precision="range", rng=rng,
                 relative=True)


def _h_weekday(m, text, doc_year):
    return _make(text, m.start(), m.end(), year=None, precision="day", rng=None,
                 relative=True)


def _h_rel_day(m, text, doc_year):
    w = m.group("w")
    prec = "month" if w.startswith("ماه") else "range" if w.startswith("هفته") else "day"
    return _make(text, m.start(), m.end(), year=None, precision=prec, rng=None,
                 relative=True)


_PATTERNS: list[tuple[re.Pattern, Callable]] = [
    (_R_G_DAY_MONTH, _h_gregorian),
    (_R_G_MONTH_YEAR, _h_gregorian),
    (_R_G_YEAR, _h_gregorian),
    (_R_NUMERIC_YMD, _h_numeric),
    (_R_NUMERIC_DMY, _h_numeric),
    (_R_NUMERIC_YM, _h_numeric),
    (_R_DAY_MONTH, _h_day_month),
    (_R_MONTH_YEAR, _h_month),
    (_R_MONTH_MAH, _h_month),
    (_R_MONTH_STRONG, _h_month),
    (_R_YEAR, _h_year),
    (_R_YEAR_RANGE, _h_year_range),
    (_R_PART, _h_part),
    (_R_SEASON, _h_season),
    (_R_REL_RANGE, _h_rel_range),
    (_R_WEEKDAY, _h_weekday),
    (_R_REL_DAY, _h_rel_day),
]
# cheap pre-filter: no digit and none of these substrings -> no date
_HINT_RE = re.compile(
    r"\d|میلادی|سال|ماه|شنبه|جمعه|امروز|دیروز|فردا|فصل|" + _MONTH_STRONG
)


def scan_dates(text: str, doc_year: int | None = None) -> list[DateSpan]:
    """All date expressions in ``text``, ordered and non-overlapping.

    Overlapping candidates are resolved longest-first (then leftmost).
    """
    if not isinstance(text, str) or not text or not _HINT_RE.search(text):
        return []
    if doc_year is not None and not isinstance(doc_year, int):
        doc_year = None
    return list(_scanned(text, doc_year))


@lru_cache(maxsize=4)
def _scanned(text: str, doc_year: int | None) -> tuple[DateSpan, ...]:
    """The dates of one text; the document's year, its figures and its units all ask about the
    same text, so the last answers are kept."""
    cands: list[DateSpan] = []
    for handler, m in _matches(text):
        try:
            ds = handler(m, text, doc_year)
        except (ValueError, TypeError, KeyError, OverflowError):
            ds = None
        if ds is not None and ds.end > ds.start:
            cands.append(ds)
    cands.sort(key=lambda d: (-(d.end - d.start), d.start))
    chosen: list[DateSpan] = []
    taken = bytearray(len(text))  # characters covered by a chosen span: overlap is one lookup, not a scan
    for d in cands:
        if taken.find(1, d.start, d.end) < 0:
            chosen.append(d)
            taken[d.start:d.end] = b"\x01" * (d.end - d.start)
    chosen.sort(key=lambda d: d.start)
    return tuple(chosen)


# What a text must contain for some patterns to match at all: a slash for the numeric dates, a
# Gregorian year for the Gregorian ones (or, for a day and month, a month name that needs none;
# `می` and `مه` need a year). News rarely has either, and asking is far cheaper than running
# the patterns (each scans the whole text).
_SLASH = re.compile("/")
_A_G_YEAR = re.compile(_G_YEAR_DIGITS)
_NEEDS = {
    _R_NUMERIC_YMD: _SLASH, _R_NUMERIC_DMY: _SLASH, _R_NUMERIC_YM: _SLASH,
    _R_G_DAY_MONTH: re.compile(_G_MONTH + "|" + _G_YEAR_DIGITS), _R_G_MONTH_YEAR: _A_G_YEAR,
    _R_G_YEAR: _A_G_YEAR,
}


@lru_cache(maxsize=2)
def _matches(text: str) -> tuple[tuple[Callable, re.Match], ...]:
    """Every pattern's matches in a text, before any year resolves them: the document's year is
    inferred from the same matches the figures are then dated with."""
    return tuple((handler, m) for rx, handler in _PATTERNS
                 if (needs := _NEEDS.get(rx)) is None or needs.search(text)
                 for m in rx.finditer(text))


_CURRENT_YEAR_RE = re.compile(
    r"(?:امسال|سال جاری)" + _SO + r"[(\[]?" + _SO + r"(?:سال" + _SO + r")?(?P<y>1[34]\d\d)(?!\d)"
    r"|" + _SAL + r"(?P<y2>1[34]\d\d)" + _S + r"(?:جاری|امسال)"
)


_FOUR_DIGIT_YEAR_RE = re.compile(r"1[34]\d\d")


def infer_doc_year(text: str) -> int | None:
    """Best guess of the Jalali year the article was written in.

    Why this heuristic: these articles are news about the current or the
    just-finished year; older years appear as comparisons ("نسبت به سال
    1400") and so are smaller. An explicit "امسال (1401)" / "سال جاری 1401"
    is the strongest signal and wins. Otherwise the largest explicit year not
    after 1410 is used: the cap drops obvious non-years that slip through
    (hotlines like 1420, far-future plan targets) while keeping every year
    the corpus can realistically be from. A plan target such as "تا سال 1404"
    can still push the guess forward; callers that know the publication date
    should pass it instead.
    """
    if not isinstance(text, str) or not text:
        return None
    m = _CURRENT_YEAR_RE.search(text)
    if m:
        try:
            return int(m.group("y") or m.group("y2"))
        except (TypeError, ValueError):
            pass
    spans = scan_dates(text)
    years = [
        d.year for d in spans
        if not d.relative and d.year is not None and 1300 <= d.year <= 1410
        and _FOUR_DIGIT_YEAR_RE.search(d.text)
    ]
    for d in spans:
        if d.precision == "range" and not d.relative and d.end_date:
            try:
                y2 = int(d.end_date[:4])
                if 1300 <= y2 <= 1410:
                    years.append(y2)
            except ValueError:
                pass
    return max(years) if years else None


# ---------------------------------------------------------------------------
# the date of a document
# ---------------------------------------------------------------------------
@dataclass(frozen=True)
class DocDate:
    """A document's date: Jalali text at its precision (`1402-07-08`, `1402-07`, `1402`), the
    Gregorian day or span it falls on, and where it came from."""
    jalali: str | None
    precision: str            # day | month | year | unknown
    gregorian: str | None
    source: str               # manifest | text | inferred | unknown

    @property
    def year(self) -> int | None:
        return int(self.jalali[:4]) if self.jalali else None


UNKNOWN = DocDate(None, "unknown", None, "unknown")


def jalali_date(year: int, month: int | None = None, day: int | None = None, source: str = "text") -> DocDate:
    """A Jalali date at the precision given, with its Gregorian equivalent: the day, or the ISO 8601
    interval of Gregorian days the Jalali month or year covers (`2023-03-21/2024-03-19` for 1402)."""
    jalali = f"{year:04d}" + (f"-{month:02d}" if month else "") + (f"-{day:02d}" if month and day else "")
    first = jdatetime.date(year, month or 1, day or 1)
    if month and day:
        gregorian = first.togregorian().isoformat()
    else:
        following = jdatetime.date(year + (not month or month == 12), (month % 12) + 1 if month else 1, 1)
        last = following.togregorian() - timedelta(days=1)
        gregorian = f"{first.togregorian().isoformat()}/{last.isoformat()}"
    return DocDate(jalali, "day" if day and month else ("month" if month else "year"), gregorian, source)


DATELINE_SENTENCES = 3


def dateline(text: str) -> DocDate | None:
    """The full date in a text's first sentences (a dateline, an issue date), if any."""
    head = " ".join(text.split("\n")[:DATELINE_SENTENCES * 2])[:600]
    for span in scan_dates(head):
        if span.precision == "day" and span.year and not span.relative and span.month and span.day:
            return jalali_date(span.year, span.month, span.day, "text")
    return None


def document_date(text: str) -> DocDate:
    """When a document was written, from its text: a full date in its first sentences (a
    dateline, an issue date), else the year its figures are about (`infer_doc_year`), else
    unknown. A date a user gives in a manifest overrides this."""
    if not isinstance(text, str) or not text:
        return UNKNOWN
    found = dateline(text)
    if found is not None:
        return found
    year = infer_doc_year(text)
    return jalali_date(year, source="inferred") if year else UNKNOWN
