"""Folding Persian names into comparison keys.

The same name reaches us as `تأمین‌اجتماعی`, `تامین اجتماعی` and `تامیناجتماعی`; ids, merges
across documents, gold scoring and search all compare the folded form, so they agree with each
other by construction.
"""
from __future__ import annotations

import functools
import re

_TABLE = str.maketrans({
    "ي": "ی", "ى": "ی", "ئ": "ی", "ك": "ک", "ة": "ه", "ۀ": "ه", "أ": "ا", "إ": "ا", "آ": "ا",
    "ؤ": "و", "ـ": None, "\u200c": None, "\u200d": None, "\u200e": None, "\u200f": None,
    **{chr(0x06F0 + i): str(i) for i in range(10)}, **{chr(0x0660 + i): str(i) for i in range(10)},
})
_MARKS = re.compile(r"[\u064B-\u065F\u0670\u06D6-\u06ED]")
_SPACE = re.compile(r"[\s\u00a0]+")
# Words whose hamza news seats on `ئ`, `أ`/`ا` or `ؤ`/`و` alike (`هیئت`, `هیأت`, `هیات`; `مسئول`,
# `مسؤول`, `مسوول`): the letter-by-letter fold leaves them two keys, so the one from `ئ` is
# rewritten to the other (`هییت` → `هیات`), and `هیئت مدیره` and `هیات مدیره` are one body.
_SEATS = (("هییت", "هیات"), ("مسیول", "مسوول"), ("مسیله", "مساله"), ("سیوال", "سوال"))
_SEAT = re.compile("|".join(a for a, _ in _SEATS))
_SEAT_OF = dict(_SEATS)


@functools.lru_cache(maxsize=1 << 17)
def fold(text: str) -> str:
    """Key form: Persian letters, no hamza variants, no ZWNJ, no spaces, no diacritics. Every
    rule folds the same few thousand words over and over, so the keys are remembered."""
    key = _SPACE.sub("", _MARKS.sub("", text.translate(_TABLE)))
    return _SEAT.sub(lambda m: _SEAT_OF[m.group(0)], key) if "ی" in key else key


def slug(*parts: str) -> str:
    """A stable id from folded parts, readable in Persian."""
    return ":".join(fold(p) for p in parts if p)


def _cypher_text(text: str) -> str:
    """A Cypher string literal; invisible and non-ASCII-digit characters as \\uXXXX escapes."""
    out = []
    for ch in text:
        if ch in "\\'":
            out.append("\\" + ch)
        elif not ch.isprintable() or ch in "\u200c\u200d\u200e\u200f\u00a0\u0640" or ch.isspace():
            out.append(f"\\u{ord(ch):04x}" if ch != " " else " ")
        else:
            out.append(ch)
    return "'" + "".join(out) + "'"


def cypher_fold(expression: str) -> str:
    """``fold`` as a Cypher expression over ``expression`` (a literal or a variable), for Neo4j
    Browser, which cannot call Python: the same letters, digits, ZWNJ and spaces (diacritics,
    which nobody types into a search, are left as they are)."""
    pairs = [(chr(code), to or "") for code, to in _TABLE.items()] + [(" ", ""), ("\u00a0", ""), ("\t", "")] \
        + list(_SEATS)
    items = ", ".join(f"[{_cypher_text(a)}, {_cypher_text(b)}]" for a, b in pairs)
    return f"reduce(s = {expression}, c IN [{items}] | replace(s, c[0], c[1]))"
