"""normalize(raw) -> NormalizedDoc: PDF-damage repair with an exact offset map."""
from __future__ import annotations

import functools
import os
import re
import unicodedata
from dataclasses import dataclass, field
from statistics import median

from .align import Aligned, Edit
from loader.ner.gazetteer_io import ENV_VAR, load_table, split_multi
from loader.ner.numbers import CARDINALS, GLUED_UNIT_WORDS, SCALES
from loader.persian import NON_JOINING, ZWNJ
from loader.text_keys import fold

from .lexicon import EZAFE_CLOSERS, get_lexicon


@dataclass(frozen=True)
class Block:
    start: int
    end: int
    kind: str  # "paragraph" | "heading"


@dataclass(frozen=True)
class Sentence:
    index: int
    start: int
    end: int
    raw_start: int
    raw_end: int
    text: str
    block: int
    headline_run: bool = False  # cut from a press review's run of headlines (an item of its own)


@dataclass
class NormalizedDoc:
    raw: str
    text: str
    blocks: list[Block]
    sentences: list[Sentence]
    edits: list[Edit]
    _al: Aligned = field(repr=False, default=None)

    def to_raw(self, start: int, end: int) -> tuple[int, int]:
        return self._al.to_raw(start, end)

    def to_norm(self, raw_start: int, raw_end: int) -> tuple[int, int]:
        return self._al.to_norm(raw_start, raw_end)


# ---------------------------------------------------------------- characters
_CHARMAP: dict[str, tuple[str, str]] = {}


def _cm(chars: str, repl: str, tr: str):
    for c in chars:
        _CHARMAP[c] = (repl, tr)


_cm("يى", "ی", "arabic_letters")
_cm("ك", "ک", "arabic_letters")
_cm("ة", "ه", "arabic_letters")
_cm("ە", "ه", "arabic_letters")
for i, c in enumerate("۰۱۲۳۴۵۶۷۸۹"):
    _CHARMAP[c] = (str(i), "digits")
for i, c in enumerate("٠١٢٣٤٥٦٧٨٩"):
    _CHARMAP[c] = (str(i), "digits")
_CHARMAP["٫"] = (".", "digits")
_CHARMAP["٬"] = (",", "digits")
_cm("ـ", "", "kashida")
# diacritics (tanwin-fatha is kept, see below); superscript alef; small high marks
_cm("\u064c\u064d\u064e\u064f\u0650\u0651\u0652\u0653\u0655\u0670\u0610\u0611\u0612"
    "\u0613\u0614\u0615\u0616\u0617\u0618\u0619\u061a\u06d6\u06d7\u06d8\u06d9\u06da"
    "\u06db\u06dc\u06df\u06e0\u06e1\u06e2\u06e3\u06e4\u06e7\u06e8\u06ea\u06eb\u06ec\u06ed",
    "", "diacritics")
_cm("\u200b\u200d\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\ufeff\u00ad",
    "", "spaces")
# Invisible characters that split a word without showing: word joiner and invisible operators,
# combining grapheme joiner, Hangul fillers, Arabic letter mark, Mongolian vowel separator.
_cm("\u2060\u2061\u2062\u2063\u2064\u034f\u115f\u1160\u3164\uffa0\u061c\u180e", "", "spaces")
_cm("\u00a0\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000\t\v\f",
    " ", "spaces")
_cm("\r\u2028\u2029\x85", "\n", "spaces")
_cm("\u066a", "%", "punctuation")


def _presentation(c: str) -> str | None:
    o = ord(c)
    if 0xFB50 <= o <= 0xFDFF or 0xFE70 <= o <= 0xFEFF:
        d = unicodedata.normalize("NFKC", c)
        if d != c:
            out = []
            for ch in d:
                m = _CHARMAP.get(ch)
                out.append(m[0] if m else ch)
            return "".join(out).replace(" ", "")
    return None


def _shows_break(glyph: str, letters: str, following: str) -> bool:
    """A joining letter drawn in its final or isolated shape right before another letter: the
    writer's text breaks the word there (`ﻣﻲﺷﻮﺩ` is می‌شود), which a ZWNJ keeps."""
    return (unicodedata.decomposition(glyph).startswith(("<final>", "<isolated>"))
            and letters[-1:].isalpha() and letters[-1] not in NON_JOINING
            and (_is_letter(following) or _presentation(following) is not None))


_PRESENTATION_RE = re.compile("[\ufb50-\ufdff\ufe70-\ufefe]")
# A PDF's text stretches words with kashidas and loses the lam of lam-alef ligatures (`ســامت`);
# web text has neither (four of 1,370 Fars articles stretch a word, none three times).
_KASHIDA_IN_WORD_RE = re.compile("[\u0620-\u064a\u067e-\u06cc]\u0640+[\u0620-\u064a\u067e-\u06cc]")
PDF_KASHIDAS = 3
_CHAR_RE = re.compile("[" + re.escape("".join(_CHARMAP)) + "\ufb50-\ufdff\ufe70-\ufefe]|\u064b+")
_TANWIN_RE = re.compile("([^\\sا])\u064b+ا|ا\u064b{2,}")


def _chars(al: Aligned):
    reps = []
    text = al.text
    for m in _CHAR_RE.finditer(text):
        c = m.group()
        s = m.start()
        if c[0] == "\u064b":
            # tanwin-fatha: keep exactly one, only right after alef (handled below)
            if _beside_alef(text, s, m.end()):
                if len(c) > 1:
                    reps.append((s + 1, m.end(), "", "diacritics"))
                continue
            reps.append((s, m.end(), "", "diacritics"))
            continue
        mp = _CHARMAP.get(c)
        if mp is not None:
            reps.append((s, s + 1, mp[0], mp[1]))
            continue
        p = _presentation(c)
        if p == "\u064b" and not _beside_alef(text, s, s + 1):
            reps.append((s, s + 1, "", "diacritics"))  # a tanwin in presentation form, the same rule
            continue
        if p is not None:
            reps.append((s, s + 1, p, "arabic_letters"))
            if _shows_break(c, p, text[s + 1] if s + 1 < len(text) else " "):
                reps.append((s + 1, s + 1, ZWNJ, "zwnj"))
    al.rewrite(reps)
    # ًا -> اً  (tanwin written before alef in PDF fonts)
    reps = []
    text = al.text
    for m in re.finditer("\u064bا", text):
        reps.append((m.start(), m.end(), "ا\u064b", "diacritics"))
    al.rewrite(reps)
    # stray ZWNJ: collapse runs, drop at word edges
    reps = []
    text = al.text
    for m in re.finditer("\u200c+", text):
        s, e = m.start(), m.end()
        left = text[s - 1] if s else " "
        right = text[e] if e < len(text) else " "
        if not _is_letter(left) or not _is_letter(right) or left in NON_JOINING:
            reps.append((s, e, "", "zwnj"))
        elif e - s > 1:
            reps.append((s + 1, e, "", "zwnj"))
    al.rewrite(reps)


def _beside_alef(text: str, start: int, end: int) -> bool:
    return start > 0 and text[start - 1] == "ا" or (end < len(text) and text[end] == "ا")


def _is_letter(c: str) -> bool:
    return ("\u0620" <= c <= "\u064a") or ("\u066e" <= c <= "\u06d3") or c in "\u06d5\u06fa\u06fb\u06fc\u06ff\u0654"


# ---------------------------------------------------------------- words
_WORD_RE = re.compile("[\u0621-\u063a\u0641-\u064a\u0654\u066e-\u06d3\u06d5\u06fa-\u06fc\u06ff\u200c]+")


def _words(al: Aligned, raw: str):
    lex = get_lexicon()
    reps = []
    text = al.text
    # Text in presentation forms shows by each glyph's shape where a word joins and where it
    # breaks; `_chars` kept those breaks, so the lexicon adds none of its own to such a word (its
    # spelling it still repairs, as a second pass would: `خﻻ` is `خلأ`).
    drawn = _PRESENTATION_RE.search(raw) is not None
    lost_lam = drawn or len(_KASHIDA_IN_WORD_RE.findall(raw)) >= PDF_KASHIDAS
    for m in _WORD_RE.finditer(text):
        t = m.group()
        if len(t) < 3:
            continue
        shaped = drawn and _PRESENTATION_RE.search(raw, *al.to_raw(m.start(), m.end())) is not None
        if ZWNJ in t:
            head, _, scale = t.partition(ZWNJ)
            if not (scale in SCALES and head in CARDINALS):
                continue
            r = head + " " + scale  # `یک‌هزار متر`: a number written as one word
        else:
            r = lex.repair(t, lost_lam_alef=lost_lam)
            if t.endswith(PLURAL_EY):  # `زمینهای را` / `نشستهای تخصصی`: what follows decides
                r = lex.before_closer(r) if _closer_follows(text, m.end()) else lex.before_ezafe(t, r)
        if shaped and (ZWNJ in r or " " in r):
            continue  # the glyphs' shapes, not the lexicon, say where a drawn word breaks
        if r == t:
            continue
        s = m.start()
        # express the repair as minimal insertions/replacements so the map stays exact
        reps.extend(_diff(s, t, r))
    al.rewrite(reps)


PLURAL_EY = "های"  # the ending both readings of a glued word share (`X‌های`, `Xه‌ای`)


def _closer_follows(text: str, end: int) -> bool:
    """The word after `end` is one no ezafe precedes (`را`, `از`, `که` ...), or the phrase ends there."""
    stripped = text[end:end + 12].lstrip(" ")
    word = _WORD_RE.match(stripped)
    if word is None:
        return not stripped or stripped[0] in _PHRASE_ENDS
    return word.group() in EZAFE_CLOSERS


_PHRASE_ENDS = set(".،,:؛;!?؟\n»)")


def _diff(s: int, t: str, r: str):
    """Turn t->r (insertions of ZWNJ/ل and 1:1 substitutions) into replacements."""
    out = []
    i = j = 0
    nt, nr = len(t), len(r)
    while i < nt and j < nr:
        if t[i] == r[j]:
            i += 1
            j += 1
            continue
        if r[j] == ZWNJ:
            out.append((s + i, s + i, ZWNJ, "zwnj"))
            j += 1
            continue
        if r[j] == " " and nr - j > nt - i:
            out.append((s + i, s + i, " ", "split_and"))  # `هزارو 900` -> `هزار و 900`
            j += 1
            continue
        if r[j] == "ل" and nr - j > nt - i:
            out.append((s + i, s + i, "ل", "lam_alef"))
            j += 1
            continue
        if nr - j == nt - i:
            out.append((s + i, s + i + 1, r[j], "spelling"))
            i += 1
            j += 1
            continue
        # fallback: replace the rest wholesale
        out.append((s + i, s + nt, r[j:], "spelling"))
        return out
    if j < nr:
        out.append((s + nt, s + nt, r[j:], "zwnj" if r[j:] == ZWNJ else "spelling"))
    elif i < nt:
        out.append((s + i, s + nt, "", "spelling"))
    return out


def _spaced_affixes(al: Aligned):
    """Join what web text writes apart (`می کند`, `کتاب ها`, `گفته اند`, `خامنه  ای` where a ZWNJ
    before a space was dropped): the spaces become a ZWNJ, or go when the first word ends in a
    letter that does not join."""
    lex = get_lexicon()
    reps = []
    text = al.text
    previous = None
    for m in _WORD_RE.finditer(text):
        if previous is not None and m.start() > previous.end() and text.count(" ", previous.end(), m.start()) \
                == m.start() - previous.end():
            joined = lex.join_spaced(previous.group(), m.group())
            if joined is not None:
                reps.append((previous.end(), m.start(), ZWNJ if ZWNJ in joined[len(previous.group()):][:1] else "",
                             "zwnj"))
        previous = m
    al.rewrite(reps)


def _glued_and(al: Aligned):
    """`فرهنگ وارشاد اسلامی`, `آموزش وپرورش`, `صدا وسیما`: the `و` of a name the gazetteers list,
    typed glued to the word after it, is a word of its own again. Only a pair of words a listed
    name joins by `و` is split (`واحد`, `ولایت` stay words after any word)."""
    pairs = _listed_pairs(os.environ.get(ENV_VAR) or None)
    al.rewrite([(m.start(2), m.start(2), " ", "spaces") for m in _GLUED_AND_WORD.finditer(al.text)
                if (fold(m.group(1)), fold(m.group(2))) in pairs])


@functools.lru_cache(maxsize=None)
def _listed_pairs(extra_dir: str | None) -> frozenset[tuple[str, str]]:
    """The words on either side of each `و` in the names of bodies, places, posts and programs (with
    the rows a user's gazetteer directory adds: the cache is kept per directory)."""
    names = [row[column] for table, columns in _NAMED_COLUMNS for row in load_table(table) for column in columns
             if row.get(column)]
    pairs = set()
    for name in (n for value in names for n in split_multi(value)):
        words = name.split()
        pairs.update((fold(words[k - 1]), fold(words[k + 1])) for k in range(1, len(words) - 1) if words[k] == "و")
    return frozenset(pairs)


_NAMED_COLUMNS = (("organizations", ("name", "aliases")), ("provinces", ("name", "variants")),
                  ("cities", ("name", "variants")), ("titles", ("text",)), ("org_units", ("text",)),
                  ("programs", ("name", "aliases")))


def _glued_director(al: Aligned):
    """`مدیرگمرک استان زنجان`, `مدیرفرودگاه`: `مدیر` typed glued to the body it runs, where the whole
    is no word the lexicon knows and the rest a frequent one (not an ending: `مدیران`, `مدیریتش`)."""
    lex = get_lexicon()
    al.rewrite([(m.start(2), m.start(2), " ", "spaces") for m in _GLUED_DIRECTOR.finditer(al.text)
                if not lex.f(m.group()) and lex.f(m.group(2)) >= GLUED_REST_FREQUENCY
                and not m.group(2).startswith(DIRECTOR_ENDINGS)])


GLUED_REST_FREQUENCY = 100_000  # how often hazm's corpus uses the rest: a word of its own (`گمرک`, `نظارت`)
DIRECTOR_ENDINGS = ("ان", "ها", "ی", "یت", "ش")  # `مدیران`, `مدیرها`, `مدیری`, `مدیریت`, `مدیرش`: the word inflected


# ---------------------------------------------------------------- layout
_TERMINAL = set(".؟?!:؛;…")
LINE_PARAGRAPHS_MIN, LINE_PARAGRAPHS_SHARE = 3, 0.5
_CLOSERS = "«»\"'()[]) "


def _terminal(line: str) -> bool:
    x = line.rstrip(_CLOSERS)
    return bool(x) and x[-1] in _TERMINAL


def _layout(al: Aligned):
    """Decide line joins/block breaks; returns list of block kinds."""
    # A list's bullet glued to its first word (`-پرویز مشرف رئیس جمهور ...`) is no part of the
    # word: it gets its space while it still starts a line.
    al.rewrite([(m.end(), m.end(), " ", "spaces") for m in _GLUED_BULLET.finditer(al.text)])
    # So does a list's number and its stop glued to the item's first word (`3.توجه نظریه‌پردازان
    # ...`): no figure counts `توجه`
    al.rewrite([(m.end(), m.end(), " ", "spaces") for m in _GLUED_LIST_NUMBER.finditer(al.text)])
    text = al.text
    # non-empty lines with stripped spans
    lines = []  # (s, e, blank_before)
    pos = 0
    blank = False
    for ln in text.split("\n"):
        ls = pos + (len(ln) - len(ln.lstrip(" ")))
        le = pos + len(ln.rstrip(" "))
        if le > ls:
            lines.append([ls, le, blank])
            blank = False
        else:
            blank = True
        pos += len(ln) + 1
    if not lines:
        al.rewrite([(0, len(text), "", "spaces")] if text else [])
        return []
    chunks: list[list[int]] = []
    for i, ln in enumerate(lines):
        if i == 0 or ln[2]:
            chunks.append([i])
        else:
            chunks[-1].append(i)
    L = [e - s for s, e, _ in lines]
    T = [_terminal(text[s:e]) for s, e, _ in lines]
    Wd = [len(text[s:e].split()) for s, e, _ in lines]
    # Web news writes a paragraph per line, most of them closed by a full stop; a page cut from a
    # PDF wraps its paragraphs, and most of its lines end mid-sentence (the corpus: 12-15% closed,
    # Fars articles: 83% on average). In the first kind a line that ends without a stop (a lede's
    # `... گفت: کردستان می‌تواند ... دست یابد`) still ends its paragraph.
    line_paragraphs = len(lines) >= LINE_PARAGRAPHS_MIN and sum(T) >= LINE_PARAGRAPHS_SHARE * len(lines)

    def heading_like(ch):
        return not any(T[i] for i in ch) and len(ch) <= 3 and sum(Wd[i] for i in ch) <= 10

    def own_w(ch):
        return median(L[i] for i in ch) if len(ch) >= 3 else None

    def cont(A, B):
        if T[A[-1]] or heading_like(A) or heading_like(B):
            return False
        W = own_w(A)
        if W is None:
            Wb = median(L[i] for i in B[:5])
            if any(L[i] > 1.35 * Wb for i in A):
                return False
            W = Wb
        if L[A[-1]] < 0.75 * W:
            return False
        if any(L[i] < 0.75 * W and not T[i] for i in A[:-1]):
            return False
        return True

    chunk_w = {}
    for ch in chunks:
        w = own_w(ch)
        for k in ch:
            chunk_w[k] = w
    # merge chunks into groups
    groups: list[tuple[list[int], bool]] = []  # (line idx, is_heading)
    i = 0
    while i < len(chunks):
        g = list(chunks[i])
        if heading_like(chunks[i]):
            groups.append((g, True))
            i += 1
            continue
        j = i
        while j + 1 < len(chunks) and cont(chunks[j], chunks[j + 1]):
            j += 1
            g.extend(chunks[j])
        groups.append((g, False))
        i = j + 1
    # split groups into blocks at paragraph ends / leading short headings
    blocks: list[tuple[list[int], str]] = []
    for g, is_head in groups:
        if is_head:
            blocks.append((g, "heading"))
            continue
        Wg = median(L[k] for k in g) if len(g) >= 3 else max(L[k] for k in g)
        cur: list[int] = []
        for n, k in enumerate(g):
            W = chunk_w[k] or Wg
            # A short unpunctuated line before a paragraph is its heading; a web article's title
            # (its first line, shorter than the paragraphs) may run to 25 words.
            short = Wd[k] <= 10 or (k == 0 and Wd[k] <= 25)
            if (not cur and n + 1 < len(g) and not T[k] and short and L[k] < 0.7 * W
                    and (n == 0 or T[g[n - 1]])):
                blocks.append(([k], "heading"))
                continue
            cur.append(k)
            if n + 1 < len(g) and (line_paragraphs or T[k] and L[k] < 0.8 * W):
                blocks.append((cur, "paragraph"))
                cur = []
        if cur:
            blocks.append((cur, "paragraph"))
    # whitespace rewrites
    reps = []
    first = lines[0][0]
    if first > 0:
        reps.append((0, first, "", "spaces"))
    order = [k for b, _ in blocks for k in b]
    bstart = set(b[0] for b, _ in blocks)
    for n in range(len(order) - 1):
        k, k2 = order[n], order[n + 1]
        gap_s, gap_e = lines[k][1], lines[k2][0]
        sep = "\n\n" if k2 in bstart else " "
        if text[gap_s:gap_e] != sep:
            reps.append((gap_s, gap_e, sep, "line_join" if sep == " " else "spaces"))
    last = lines[-1][1]
    if last < len(text):
        reps.append((last, len(text), "", "spaces"))
    # inner runs of spaces
    for s, e, _ in lines:
        for m in re.finditer("  +", text[s:e]):
            reps.append((s + m.start(), s + m.end(), " ", "spaces"))
    reps.sort(key=lambda r: (r[0], r[1]))
    al.rewrite(reps)
    return [kind for _, kind in blocks]


# ---------------------------------------------------------------- punctuation
def _punct(al: Aligned):
    text = al.text
    n = len(text)
    reps = []
    for m in re.finditer("[()«»]", text):
        s = m.start()
        c = m.group()
        prev = text[s - 1] if s else "\n"
        nxt = text[s + 1] if s + 1 < n else "\n"
        opening_ctx = prev.isspace() or prev in "(«[:"
        closing_ctx = nxt.isspace() or nxt in ".،,؛;:؟?!)»]"
        # (an empty pair `()` is no mirrored one: turning it would undo an earlier pass's repair)
        if c == ")" and opening_ctx and not closing_ctx and prev != "(":
            reps.append((s, s + 1, "(", "mirrored_brackets"))
        elif c == "(" and closing_ctx and not opening_ctx and nxt != ")":
            reps.append((s, s + 1, ")", "mirrored_brackets"))
        elif c == "»" and opening_ctx and not closing_ctx:
            reps.append((s, s + 1, "«", "quotes"))
        elif c == "«" and closing_ctx and not opening_ctx:
            reps.append((s, s + 1, "»", "quotes"))
    # A number glued to the word before it (`قریب به550`, `سال1401`) is its own token, and so is
    # a bracket glued to a word (`خمینی(ره)`, `(ره)کمیته`).
    for m in _GLUED_NUMBER.finditer(text):
        reps.append((m.start(), m.start(), " ", "spaces"))
    for m in _GLUED_AND.finditer(text):  # `سال‌های 1982، 1979و 1971`: the `و` after a number is a word
        reps.append((m.start(), m.start(), " ", "spaces"))
    for m in _GLUED_SCALE.finditer(text):  # `2600 میلیاردتومان`, `95 هزارتن`: the scale and the unit are two words
        reps.append((m.end(), m.end(), " ", "spaces"))
    # and so is a word glued after a number (`18 اکتبر 2007علیه کاروان`, `در 21ژوئیه`, `100در 100`),
    # though not an ordinal's or a plural's ending (`12ام`, `دهه 1990ها`, `10گانه`)
    for m in _NUMBER_GLUED.finditer(text):
        if m.group(1) not in _NUMBER_ENDINGS and not _GLUED_AND.match(text, m.start(1)):
            reps.append((m.start(1), m.start(1), " ", "spaces"))
    # A dash glued to the word before it and spaced from the next is a separator (`خبرگزاری فارس-
    # بهرام سبحانی گفت`), not part of the word: it gets its space (`ایران-عراق` keeps its hyphen);
    # so does a headline's slash or bar, after a word or a number (`ستاد مقابله با کرونا مشگین شهر/
    # صعود به سبلان ممنوع است`, `فجر 42| افتتاح چندین مدرسه`: no fraction, no figure counting `افتتاح`;
    # a date's slashes keep their number, `مصوب 4/ 12/ 1392`).
    for m in _GLUED_DASH.finditer(text):
        reps.append((m.start(), m.start(), " ", "spaces"))
    # A headline's `+` before what comes with the news (`شاگردان کی‌روش در دبی+تصاویر`, `+فیلم`)
    # is no part of the word it is glued to: it gets its spaces (`5+3` stays as it is)
    for m in _GLUED_PLUS.finditer(text):
        reps.append((m.start(), m.start(), " ", "spaces"))
    # An underscore in Persian text is a dash typed on the wrong key: a separator (`خبرگزاری
    # فارس_ماهاتیر محمد گفت`), a range (`۴_۵ گل`) or a list number (`3_ ساعت کار`). It becomes
    # the dash, spaced from a word it was glued to.
    for m in _UNDERSCORE.finditer(text):
        before, after = text[m.start() - 1:m.start()], text[m.end():m.end() + 1]
        reps.append((m.start(), m.end(), _space_from(before) + "-" + _space_from(after), "punctuation"))
    # A sentence run into the next one (`افزایش خواهد یافت.اما تا آن زمان`): the period gets its
    # space; not an initialism (`آ.اس`, `ج.ا.ا`), whose parts are single letters.
    for m in _GLUED_SENTENCE.finditer(text):
        reps.append((m.end(), m.end(), " ", "spaces"))
    reps.sort(key=lambda r: (r[0], r[1]))
    al.rewrite(reps)
    # After the mirrored brackets are set right, a bracket or guillemet glued to a word gets its
    # space (`(ره)کمیته`, `«احمدی»گفت`), and so does a straight quote, opening or closing by its
    # place in the paragraph's pairs (`سرهنگ"سعید راستی"در تشریح`).
    al.rewrite(sorted([(m.start(), m.start(), " ", "spaces") for m in _GLUED_BRACKET.finditer(al.text)]
                      + _glued_straight_quotes(al.text)))


def _space_from(neighbour: str) -> str:
    """The space a dash needs from its neighbour: none from a space, a digit or the text's edge."""
    return "" if not neighbour or neighbour.isspace() or neighbour.isdigit() else " "


def _glued_straight_quotes(text: str) -> list[tuple[int, int, str, str]]:
    """Spaces for straight quotes glued to a word outside them: in each line the odd ones open,
    the even ones close."""
    reps = []
    for line in _LINE.finditer(text):
        for n, m in enumerate(re.finditer('"', line.group())):
            at = line.start() + m.start()
            if n % 2 == 0 and at and _IS_LETTER.match(text[at - 1]):
                reps.append((at, at, " ", "spaces"))
            elif n % 2 == 1 and at + 1 < len(text) and _IS_LETTER.match(text[at + 1]):
                reps.append((at + 1, at + 1, " ", "spaces"))
    return reps


_LETTER = "[\u0621-\u064A\u067E\u0686\u0698\u06A9\u06AF\u06CC]"  # a Persian or Arabic letter
_IS_LETTER = re.compile(_LETTER)
_LINE = re.compile(r"[^\n]+")
_GLUED_SENTENCE = re.compile(f"(?<={_LETTER}{_LETTER})\\.(?={_LETTER}{_LETTER})")
_GLUED_AND = re.compile(r"(?<=\d)(?=و(?:[ \n(«]|\d))")  # (a bracket glued after the و gets its space later)
_GLUED_SCALE = re.compile("(?<![^\\s\\d])(?:" + "|".join(sorted(SCALES, key=len, reverse=True)) + ")(?=(?:"
                          + "|".join(sorted(GLUED_UNIT_WORDS, key=len, reverse=True)) + r")(?!\w))")
_GLUED_BULLET = re.compile(f"(?m)^[ \t]*[-–—*•](?={_LETTER})")
_GLUED_LIST_NUMBER = re.compile(f"(?m)^[ \t]*[0-9۰-۹]{{1,2}}[.)](?={_LETTER})")
# (and a list's comma glued to the number after it: `شناسایی شد،1292 مورد`, not a number's comma)
_GLUED_NUMBER = re.compile(f"(?<={_LETTER})(?=\\d)|(?<={_LETTER}،)(?=\\d)")
_GLUED_PLUS = re.compile(f"(?<={_LETTER})(?=\\+)|(?<={_LETTER}\\+)(?={_LETTER})|(?<=[\\s\\d]\\+)(?={_LETTER})")
_UNDERSCORE = re.compile(r"(?<![^\s\d\u0600-\u06FF])_(?![^\s\d\u0600-\u06FF])")  # not in Latin (`user_id`), not a run
_GLUED_DASH = re.compile(f"(?<={_LETTER})(?=[-–—/|][ \\t])|(?<=\\d)(?=[/|][ \\t](?![0-9۰-۹]))")
_NUMBER_GLUED = re.compile(f"(?<=\\d)({_LETTER}+)")
_GLUED_AND_WORD = re.compile(f"((?:{_LETTER}|\u200c)+) و({_LETTER}+)")
_GLUED_DIRECTOR = re.compile(f"(?<![\\w\u200c])(مدیر)({_LETTER}{{3,}})(?![\\w\u200c])")
_NUMBER_ENDINGS = {"م", "ام", "مین", "امین", "ها", "های", "هایی", "ی", "ای", "گانه"}
_GLUED_BRACKET = re.compile(f"(?<={_LETTER})(?=[(«])|(?<=[)»،؛])(?={_LETTER})|(?<=[،؛])(?=[(«])"
                            # a colon glued to a word and to what follows (`تصریح کرد:باید`, `فارس:"گلبدین`,
                            # `گفت:93 درصد`: no figure's span starts with the speech verb)
                            f"|(?<={_LETTER}:)(?={_LETTER}|[«\"]|\\d)")


# ---------------------------------------------------------------- sentences
_DIGEST_SEPARATOR = re.compile(r"(?<=\S) [-*] (?=\S)")
DIGEST_SEPARATORS = 3  # separators in one paragraph that make it a run of headlines
_SENT_END = re.compile(r"(?<!\.)(?:[.!?؟]|\?!|!+)[»\"')\]]*(?= )")


def _sentences(al: Aligned, blocks: list[Block]) -> list[Sentence]:
    text = al.text
    out: list[Sentence] = []
    for bi, b in enumerate(blocks):
        seg = text[b.start:b.end]
        bounds = []  # (where a sentence ends, where the next starts, whether a separator cut it)
        for m in _SENT_END.finditer(seg):
            e = m.end()
            # "..." ellipsis is not an end
            if seg[m.start()] == "." and m.start() > 0 and seg[m.start() - 1] == ".":
                continue
            bounds.append((e, e + 1, False))
        # A press review runs a day's headlines into one line, `- ` or `* ` before each: each is a
        # sentence of its own (and no post or speaker reaches from one headline into the next).
        separators = list(_DIGEST_SEPARATOR.finditer(seg))
        if len(separators) >= DIGEST_SEPARATORS:
            bounds = sorted(bounds + [(m.start(), m.end(), True) for m in separators])
        starts = [(0, False)] + [(nxt, cut) for _, nxt, cut in bounds]
        ends = [end for end, _, _ in bounds] + [len(seg)]
        for k, (start, headline_run) in enumerate(starts):
            s = b.start + start
            e = b.start + min(max(ends[k], start), len(seg))
            while s < e and text[s] == " ":
                s += 1
            while e > s and text[e - 1] == " ":
                e -= 1
            if e <= s:
                continue
            rs, re_ = al.to_raw(s, e)
            out.append(Sentence(len(out), s, e, rs, re_, text[s:e], bi, headline_run))
    return out


def _blocks(text: str, kinds: list[str]) -> list[Block]:
    out = []
    pos = 0
    parts = text.split("\n\n") if text else []
    for i, p in enumerate(parts):
        kind = kinds[i] if i < len(kinds) else "paragraph"
        if p:
            out.append(Block(pos, pos + len(p), kind))
        pos += len(p) + 2
    return out


# A decimal around a slash, not part of a date (`1385/10/24`) nor of a longer run of numbers.
_SLASHED_DECIMAL = re.compile(r"(?<![\d/])(\d{1,3})/(\d{1,3})(?![\d/])")
_LEGACY_LETTERS = re.compile("[\u064a\u0643]")  # Arabic yeh and kaf, which a Persian keyboard does not type
_PERSIAN_LETTERS = re.compile("[\u06cc\u06a9]")


def _reversed_decimals(al: Aligned, raw: str) -> None:
    """Text typed in the editors of the Arabic-keyboard era, whose letters are the Arabic yeh and
    kaf throughout, writes a decimal reversed around its slash: those editors showed `17/5` as
    `5/17`, so writers typed `5/17` to see `17/5` (17.5). The Fars articles of that era bear it out
    in every figure that can be checked: `از 5/17 به 34 میلیون نفر` doubles, `ساعت 30/17` is 17:30,
    Iraq's `27/2 میلیون بشکه` a day are 2.27. The digits are set in reading order; text typed in
    Persian letters, and dates, are left as written."""
    if len(_LEGACY_LETTERS.findall(raw)) <= len(_PERSIAN_LETTERS.findall(raw)):
        return
    al.rewrite([(m.start(), m.end(), f"{m.group(2)}/{m.group(1)}", "reversed_decimal")
                for m in _SLASHED_DECIMAL.finditer(al.text)])


def normalize(raw: str) -> NormalizedDoc:
    """Normalize PDF-extracted Persian text; never raises on any str."""
    if not isinstance(raw, str):
        raw = str(raw)
    al = Aligned(raw)
    _chars(al)
    _words(al, raw)
    _spaced_affixes(al)
    _glued_and(al)
    _glued_director(al)
    kinds = _layout(al)
    _punct(al)
    _reversed_decimals(al, raw)
    blocks = _blocks(al.text, kinds)
    sents = _sentences(al, blocks)
    return NormalizedDoc(raw=raw, text=al.text, blocks=blocks, sentences=sents,
                         edits=al.edits, _al=al)
