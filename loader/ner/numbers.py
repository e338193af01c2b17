"""Persian number parsing: mixed digits and number words.

Input is NORMALIZED text (ASCII digits, ``.`` decimal point, Persian ی/ک,
ZWNJ restored, single spaces). Everything here is a pure function, never
raises on arbitrary input, and uses precompiled regexes only.

Public API
----------
``parse_number(text) -> float | None``
    Value of a text that *is* a number expression (``یک میلیون و 140 هزار``,
    ``2/5``, ``یک سوم``, ``دو سال و نیم``); ``None`` otherwise.
``exact_number(text) -> Fraction | None``
    The same value computed exactly (no float rounding, no overflow), for
    figures that are stored as exact text beside their float.
``parse_ordinal(text) -> int | None``
    ``چهل‌وششمین`` -> 46, ``دوم`` -> 2, ``نخست``/``اول`` -> 1.
``scan_numbers(text) -> list[NumberSpan]``
    Maximal numeric expressions in running text.
``is_date_like(token) -> bool``
    True for digit clusters such as ``1402/01/25`` or ``1401/05`` that belong
    to the date scanner and are never numbers.

How ``و`` is handled (the core ambiguity): ``X و Y`` is merged into one
number only when it is the Persian additive construction, i.e. X ends with
a scale word bigger than Y (``225 هزار و 644``, ``یک میلیون و 140 هزار``),
X ends with a round word-number whose place value is bigger than Y
(``بیست و پنج``, ``صد و 20``), or Y is ``نیم`` (``دو و نیم``). Anything else
(``ماده 99 و 50``) stays two numbers.
"""

from __future__ import annotations

import math
import re

from loader.ner.gazetteer_io import load_table
from dataclasses import dataclass
from fractions import Fraction
from functools import lru_cache
from typing import NamedTuple

__all__ = [
    "NumberSpan",
    "Tok",
    "parse_number",
    "parse_ordinal",
    "scan_numbers",
    "is_date_like",
    "tokenize",
    "scan_number_tokens",
    "exact_number",
    "MAX_EXACT_DIGITS",
    "CARDINALS",
    "CURRENCY_WORDS",
    "GLUED_UNIT_WORDS",
    "SCALES",
    "adjectival_scale",
    "scale_of",
]

ZWNJ = "\u200c"

# --------------------------------------------------------------------------
# Lexicon
# --------------------------------------------------------------------------
def _words(kind: str) -> dict[str, float]:
    """Number words of one kind from the lexicon's `number_words.tsv`."""
    return {row["word"]: float(row["value"]) if row["value"] else 0.0
            for row in load_table("number_words") if row["kind"] == kind}


CARDINALS: dict[str, int] = {w: int(v) for w, v in _words("cardinal").items()}
SCALES: dict[str, float] = _words("scale")
# Words that make `یک` before a noun a count, not an article (`فقط یک شعبه`).
COUNT_STRESS = frozenset(_words("count_stress"))
# Quantifiers that make the number after them vague, no figure (`ده‌ها هزار نفر`).
VAGUE = frozenset(_words("vague"))
HALF = next(iter(_words("half")), "نیم")
AND = "و"
# Ordinal stems that are irregular (the regular rule is cardinal + م).
_ORD_IRREGULAR: dict[str, int] = {w: int(v) for w, v in _words("ordinal").items()}
# Denominators allowed in fractions "یک سوم", "دو پنجم" (ordinal form, no -ین).
_FRACTION_DENOMS: dict[str, int] = {w: int(v) for w, v in _words("fraction").items()}
# A word-number that is too ambiguous to stand alone: نه = "no/not".
_NEEDS_CONTEXT = set(_words("needs_context"))


def ordinal_word(word: str) -> bool:
    """`سوم`, `چهارم`, `اول`: an ordinal written in letters."""
    return word in _ORD_IRREGULAR or (word.endswith("م") and word[:-1] in CARDINALS)


# --------------------------------------------------------------------------
# Tokenizer
# --------------------------------------------------------------------------
_TOKEN_RE = re.compile(
    r"(?P<num>\d+(?:[.,/٬]\d+)*)"
    r"|(?P<word>[^\W\d_](?:[^\W\d_]|\u200c)*)"
    r"|(?P<other>\S)"
)
_THOUSANDS_RE = re.compile(r"\d{1,3}(?:[,٬]\d{3})+(?:\.\d+)?")
_DECIMAL_RE = re.compile(r"\d+\.\d+")
_SLASH_RE = re.compile(r"(\d+)/(\d{1,3})")
_INT_RE = re.compile(r"\d+")
_DATE_LIKE_RE = re.compile(r"\d{1,4}/\d{1,2}/\d{1,4}")
_YEAR_SLASH_RE = re.compile(r"1[34]\d\d/\d{1,2}")


class Tok(NamedTuple):
    """A token: ``kind`` in {'num', 'word', 'other'}. A named tuple: every character run of a
    document becomes one, and a frozen dataclass took several times longer to build."""

    start: int
    end: int
    kind: str
    text: str


@dataclass(frozen=True, slots=True)
class NumberSpan:
    start: int
    end: int
    value: float
    text: str


def tokenize(text: str) -> list[Tok]:
    """Split text into digit clusters, letter runs (ZWNJ kept inside) and
    single other characters. Digits glued to letters (``سال1401``, ``به550``)
    become separate tokens."""
    out: list[Tok] = []
    for m in _TOKEN_RE.finditer(text):
        out.append(Tok(m.start(), m.end(), m.lastgroup or "other", m.group()))
    return out


def is_date_like(token: str) -> bool:
    """``1402/01/25``, ``25/01/1402``, ``1401/05``: digit clusters that are
    dates, not numbers. ``2/5`` (a decimal in Persian typesetting) is not."""
    if not isinstance(token, str):
        return False
    t = token.strip()
    return bool(_DATE_LIKE_RE.fullmatch(t) or _YEAR_SLASH_RE.fullmatch(t))


# Digits beyond which a number is not computed exactly (nor converted with int(), which Python
# refuses past 4,300 digits): its value is out of range and it is kept as the text written.
MAX_EXACT_DIGITS = 1000


def _digit_value(s: str, exact: bool = False) -> float | Fraction | None:
    """Value of a digit cluster, or None if it is a date / garbage. A cluster too long for a
    float is infinite (out of range), never dropped: dropping it left `میلیارد` alone, worth 1e9.
    ``exact`` gives a Fraction (None past ``MAX_EXACT_DIGITS``)."""
    digits = sum(c.isdigit() for c in s)
    try:
        if _INT_RE.fullmatch(s) or _DECIMAL_RE.fullmatch(s) or _THOUSANDS_RE.fullmatch(s):
            plain = s.replace(",", "").replace("٬", "")
            if exact:
                return Fraction(plain) if digits <= MAX_EXACT_DIGITS else None
            if digits > 400:
                return math.inf
            return float(int(plain)) if _INT_RE.fullmatch(s) else float(plain)
        m = _SLASH_RE.fullmatch(s)
        if m and not is_date_like(s):
            text = f"{int(m.group(1))}.{m.group(2)}" if digits <= MAX_EXACT_DIGITS else None
            if exact:
                return Fraction(text) if text else None
            return float(text) if text and digits <= 400 else math.inf
    except OverflowError:
        return math.inf
    except ValueError:
        return None
    return None


@lru_cache(maxsize=4096)
def _word_value(word: str) -> int | None:
    """Cardinal value of a single word (``چهل‌وشش`` -> 46) or None."""
    w = word.replace(ZWNJ, "")
    if w in CARDINALS:
        return CARDINALS[w]
    if len(w) > 40:  # no Persian number word is this long; bounds recursion
        return None
    # Compound joined with و: چهلوشش, صدوبیست, یکصدوبیست‌وپنج
    for i in range(1, len(w) - 1):
        if w[i] != AND:
            continue
        left, right = w[:i], w[i + 1:]
        lv = CARDINALS.get(left)
        if lv is None or lv < 20:
            continue
        rv = _word_value(right)
        if rv is not None and 0 < rv < _place(lv):
            return lv + rv
    return None


def _place(v: float) -> float:
    """The place value a following additive part must stay below:
    20..90 -> 10, 100..900 -> 100, 1000 -> 1000."""
    p = 1.0
    while p * 10 <= v and v % (p * 10) == 0:
        p *= 10
    return p


# --------------------------------------------------------------------------
# Evaluation of a list of parts
# --------------------------------------------------------------------------
# A "part" is ('n', value) for a number, ('s', scale) for a scale word.

def _evaluate(parts: list[tuple[str, float]]) -> float | None:
    """Generic in the number type: floats give a float, Fractions a Fraction."""
    if not parts:
        return None
    # split at the first occurrence of the largest scale
    best_i, best_s = -1, 0.0
    for i, (k, v) in enumerate(parts):
        if k == "s" and v > best_s:
            best_i, best_s = i, v
    if best_i < 0:
        return sum(v for _, v in parts)
    left = parts[:best_i]
    right = parts[best_i + 1:]
    lv = _evaluate(left) if left else 1
    rv = _evaluate(right) if right else 0
    if lv is None or rv is None:
        return None
    return lv * best_s + rv


# --------------------------------------------------------------------------
# Scanner
# --------------------------------------------------------------------------
class _Group:
    """A number expression under construction."""

    __slots__ = ("end_tok", "parts", "last_kind", "last_value", "last_word",
                 "max_scale", "scale_before_and", "words_only", "pre_join")

    def __init__(self, i: int, kind: str, value: float, is_word: bool):
        self.end_tok = i  # inclusive
        self.parts: list[tuple[str, float]] = [(kind, value)]
        self.last_kind = kind
        self.last_value = value
        self.last_word = is_word
        self.max_scale = value if kind == "s" else 0.0
        self.scale_before_and = 0.0
        self.words_only = is_word
        self.pre_join: tuple | None = None


def _classify(tok: Tok, exact: bool = False) -> tuple[str, float, bool] | None:
    """('n'|'s'|'h', value, is_word) for number-ish tokens (values as Fractions when ``exact``)."""
    if tok.kind == "num":
        v = _digit_value(tok.text, exact)
        return None if v is None else ("n", v, False)
    if tok.kind != "word":
        return None
    return _classify_word(tok.text, exact)


@lru_cache(maxsize=1 << 16)
def _classify_word(text: str, exact: bool) -> tuple[str, float, bool] | None:
    """A word's reading as a number; news repeats its words, so each is read once."""
    w = text.replace(ZWNJ, "")
    scale = scale_of(w)
    if scale:
        return ("s", Fraction(int(scale)) if exact else scale, True)
    if w == HALF:
        return ("h", Fraction(1, 2) if exact else 0.5, True)
    v = _word_value(text)
    if v is None:
        return None
    return ("n", Fraction(v) if exact else float(v), True)


_ADJECTIVE = "ی"


def scale_of(word: str) -> float:
    """The scale a word names, 0 if none; the scale made an adjective is the scale (`کمک 6
    میلیاردی`, `جمعیت یک میلیاردی`)."""
    w = word.replace(ZWNJ, "")
    return SCALES.get(w) or (SCALES.get(w[:-1], 0.0) if w.endswith(_ADJECTIVE) else 0.0)


def adjectival_scale(word: str) -> bool:
    """A scale made an adjective (`میلیاردی`): it counts only after a number, and ends it."""
    return word.replace(ZWNJ, "") not in SCALES and bool(scale_of(word))


# The currencies of the units table (`ریال`, `تومانی`), ZWNJ removed.
CURRENCY_WORDS = frozenset(row["text"].replace(ZWNJ, "") for row in load_table("units") if row["kind"] == "currency")
# The units a scale may be written glued to (`95 هزارتن`, `2600 میلیاردتومان`): every unit word of
# the table but `ین` (yen), which ends many words (`هزارین` is no amount of yen).
GLUED_UNIT_WORDS = frozenset(w for w in (row["text"].replace(ZWNJ, "") for row in load_table("units"))
                             if len(w) >= 2 and w.isalpha() and w != "ین")


def _currency_after(toks: list[Tok], j: int) -> bool:
    """The word after token ``j`` names a currency (`ریال`, `تومان`)."""
    return j + 1 < len(toks) and toks[j + 1].text.replace(ZWNJ, "") in CURRENCY_WORDS


def _adjacent(text: str, a: Tok, b: Tok) -> bool:
    """Tokens separated by nothing, one space or one ZWNJ."""
    gap = text[a.end:b.start]
    return gap in ("", " ", ZWNJ)


def _join_ok(g: _Group, k: str, v: float, w: bool, tok_text: str) -> bool:
    """May ``g و <k,v>`` form one number?"""
    if k == "h":
        return g.last_kind in ("n", "s")
    if k != "n":
        return False  # "هزار و میلیون" is not a number
    if g.last_kind == "s":
        # "هزار و نه" is too rare to risk the negation نه
        return v < g.last_value and tok_text not in _NEEDS_CONTEXT
    if g.last_kind == "n" and g.last_word:
        lv = g.last_value
        return lv >= 20 and lv == int(lv) and v < _place(lv)
    return False


def _scan(text: str, toks: list[Tok], exact: bool = False) -> list[tuple[int, int, float]]:
    """Return (first_tok, last_tok, value) for every number expression (Fraction values when
    ``exact``)."""
    n = len(toks)
    cls = [_classify(t, exact) for t in toks]
    out: list[tuple[int, int, float]] = []
    i = 0
    while i < n:
        c = cls[i]
        if c is None:
            i += 1
            continue
        kind, value, is_word = c
        if kind == "s" and i and cls[i - 1] is None and toks[i - 1].kind == "num" \
                and not is_date_like(toks[i - 1].text) and _adjacent(text, toks[i - 1], toks[i]):
            i += 1  # `94/871 میلیارد دلار`: digits the scan cannot read leave their scale no number of its own
            continue
        if is_word and toks[i].text in _NEEDS_CONTEXT:
            # نه ("no") only counts as 9 directly before a scale word
            nxt = cls[i + 1] if i + 1 < n else None
            if not (nxt and nxt[0] == "s" and _adjacent(text, toks[i], toks[i + 1])):
                i += 1
                continue
        if kind == "s" and adjectival_scale(toks[i].text):
            i += 1  # `ما میلیاردی هستیم`: a scale made an adjective counts only after a number
            continue
        if kind == "h":
            kind = "n"
        g = _Group(i, kind, value, is_word)
        j = i + 1
        while j < n:
            cj = cls[j]
            prev = toks[g.end_tok]
            if cj is not None and _adjacent(text, prev, toks[j]):
                k, v, w = cj
                if k != "s":
                    break  # "99 50", "بیست پنج": two numbers
                ok = not (g.last_kind == "s" and v <= g.last_value)
                if ok and g.scale_before_and:
                    # after an و-join a scale must be smaller than the one
                    # before the و (یک میلیون و 140 هزار) or bigger than all
                    # so far (هزار و 850 میلیارد)
                    ok = v < g.scale_before_and or v > g.max_scale
                if not ok and g.pre_join is not None and v == g.scale_before_and < g.max_scale \
                        and _currency_after(toks, j):
                    # `357 میلیون و 839 هزار و 740 هزار ریال`: an amount counted in thousands of
                    # rials, the whole number before the last scale times that scale
                    counted = _evaluate(g.parts)
                    if counted is not None:
                        g.parts = [("n", counted), ("s", v)]
                        g.end_tok = j
                    break
                if not ok and g.pre_join is not None and v == g.scale_before_and == g.max_scale \
                        and j + 1 < n and cls[j + 1] is not None and cls[j + 1][0] == "s" and cls[j + 1][1] > v \
                        and _adjacent(text, toks[j], toks[j + 1]):
                    # `۷ هزار و ۴۰۰ هزار میلیارد تومان`: thousands of billions, the whole number
                    # before the repeated scale counting them (7,400 × 1,000 billion)
                    counted = _evaluate(g.parts)
                    if counted is not None:
                        g.parts = [("n", counted), ("s", v)]
                        g.max_scale, g.scale_before_and, g.pre_join = v, 0.0, None
                        g.last_kind, g.last_value, g.last_word = "s", v, True
                        g.end_tok = j
                        j += 1
                        continue
                if not ok:
                    if g.pre_join is not None:  # "20 هزار و 30 هزار": undo join
                        (g.end_tok, plen, g.last_kind, g.last_value,
                         g.last_word, g.words_only) = g.pre_join
                        del g.parts[plen:]
                    break
                g.parts.append(("s", v))
                g.max_scale = max(g.max_scale, v)
                g.last_kind, g.last_value, g.last_word = "s", v, True
                g.pre_join = None
                g.end_tok = j
                j += 1
                continue
            tj = toks[j]
            if not _adjacent(text, prev, tj):
                break
            # fraction: word-number + ordinal denominator (یک سوم, دو پنجم)
            if (g.words_only and len(g.parts) == 1 and g.last_kind == "n"
                    and tj.kind == "word"):
                den = _FRACTION_DENOMS.get(tj.text)
                if den and 0 < g.last_value < den:
                    g.parts = [("n", g.last_value / den)]
                    g.end_tok = j
                    break
            # و join
            if (tj.text == AND and j + 1 < n and cls[j + 1] is not None
                    and _adjacent(text, tj, toks[j + 1])):
                k, v, w = cls[j + 1]
                if _join_ok(g, k, v, w, toks[j + 1].text):
                    if g.last_kind == "s":
                        g.scale_before_and = g.last_value
                    g.pre_join = (g.end_tok, len(g.parts), g.last_kind,
                                  g.last_value, g.last_word, g.words_only)
                    g.parts.append(("n", v))
                    g.last_kind, g.last_value, g.last_word = "n", v, w
                    g.words_only = g.words_only and w
                    g.end_tok = j + 1
                    j += 2
                    continue
            break
        val = _evaluate(g.parts)
        if val is not None:
            out.append((i, g.end_tok, val))
        i = g.end_tok + 1
    return out


def scan_numbers(text: str) -> list[NumberSpan]:
    """Find maximal numeric expressions in running text.

    Digit clusters that are dates (``1402/01/25``) are skipped; ``یکی`` is not
    a number (only ``یک``); ``نه`` counts only before a scale word.
    """
    if not isinstance(text, str) or not text:
        return []
    toks, spans = _scanned(text)
    res = []
    for a, b, v in spans:
        s, e = toks[a].start, toks[b].end
        res.append(NumberSpan(s, e, v, text[s:e]))
    return res


def scan_number_tokens(text: str) -> tuple[list[Tok], list[tuple[int, int, float]]]:
    """Lower-level variant used by units/dates: tokens plus
    (first_tok, last_tok, value) triples. The units, dates and bare numbers of one document
    all ask about the same text, so the last answers are kept."""
    if not isinstance(text, str) or not text:
        return [], []
    return _scanned(text)


@lru_cache(maxsize=4)
def _scanned(text: str) -> tuple[tuple[Tok, ...], tuple[tuple[int, int, float], ...]]:
    toks = tokenize(text)
    return tuple(toks), tuple(span for span in _scan(text, toks) if not _verse_number(text, toks[span[0]], toks[span[1]]))


VERSE_BRACKETS = ("\ufd3f", "\ufd3e")  # `﴿77﴾`: the number of a Quranic verse, no quantity


def _verse_number(text: str, first: Tok, last: Tok) -> bool:
    return text[first.start - 1:first.start] == VERSE_BRACKETS[0] or text[last.end:last.end + 1] == VERSE_BRACKETS[1]


def exact_number(text: str) -> Fraction | None:
    """The exact value of ``text`` when it is one number expression (the span a scan found):
    the same reading as the float scan, in Fractions; None when it is not one expression or
    has more than ``MAX_EXACT_DIGITS`` digits."""
    if not isinstance(text, str) or not text:
        return None
    toks = tokenize(text)
    found = _scan(text, toks, exact=True)
    if len(found) == 1 and found[0][0] == 0 and found[0][1] == len(toks) - 1:
        return found[0][2]
    return None


_TRAILING_HALF_RE = re.compile(r"^(?P<num>.+?)\s(?P<unit>[^\W\d_](?:[^\W\d_]|\u200c)*)\sو\sنیم$")


def parse_number(text: str) -> float | None:
    """Value of a text that is one number expression, else None.

    ``دو سال و نیم`` -> 2.5: a single unit word between the number and
    ``و نیم`` is skipped (the number part of a duration).
    """
    if not isinstance(text, str):
        return None
    t = " ".join(text.split())
    if not t:
        return None
    spans = scan_numbers(t)
    if len(spans) == 1 and spans[0].start == 0 and spans[0].end == len(t):
        return spans[0].value
    m = _TRAILING_HALF_RE.match(t)
    if m and _classify(Tok(0, 0, "word", m.group("unit"))) is None:
        base = parse_number(m.group("num"))
        if base is not None:
            return base + 0.5
    return None


_ORD_SUFFIX_RE = re.compile(r"(?:ین|مین|امین|ام|م)$")
_DIGIT_ORD_RE = re.compile(r"(\d+)\s?(?:\u200c)?(?:امین|مین|ام|م|ین)")


@lru_cache(maxsize=4096)
def parse_ordinal(text: str) -> int | None:
    """``چهل‌وششمین`` -> 46, ``دوم`` -> 2, ``نخست``/``اول`` -> 1, ``هشتم`` -> 8,
    ``سی‌ام`` -> 30, ``بیست و یکم`` -> 21, ``46مین`` -> 46."""
    if not isinstance(text, str):
        return None
    t = " ".join(text.split())
    if not t:
        return None
    m = _DIGIT_ORD_RE.fullmatch(t)
    if m:
        return int(m.group(1))
    compact = t.replace(ZWNJ, "").replace(" ", "")
    # -ین suffix: دومین, نخستین, چهل‌وششمین
    stem = compact[:-2] if compact.endswith("ین") and len(compact) > 3 else compact
    if stem in _ORD_IRREGULAR:
        return _ORD_IRREGULAR[stem]
    if stem.endswith("ام") and stem[:-2] in ("سی",):
        return 30
    if not stem.endswith("م"):
        return None
    core = stem[:-1]
    # last component may be irregular: بیست و یکم / بیستویکم / سی‌ودوم / بیست و سوم
    if core.endswith("سو"):
        core = core[:-2] + "سه"
    if core.endswith("سیا"):  # سی‌ام handled above; defensive
        core = core[:-3] + "سی"
    v = _word_value(core)
    if v is not None and v > 0:
        return v
    # "بیست و یکم" with spaces: evaluate cardinal expression
    if " " in t:
        last = t.split(" ")[-1]
        lo = parse_ordinal(last)
        head = " ".join(t.split(" ")[:-1])
        if lo is not None and head.endswith(" و"):
            hv = parse_number(head[:-2])
            if hv is not None and hv >= 20 and lo < _place(hv):
                return int(hv) + lo
    return None
