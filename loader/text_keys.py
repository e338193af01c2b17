"""Folding Persian names into comparison keys.

The same name reaches us as `تأمین‌اجتماعی`, `تامین اجتماعی` and `تامیناجتماعی`; ids, merges
across documents, gold scoring and search all compare the folded form, so they agree with each
other by construction.
"""
from __future__ import annotations

import re

_TABLE = str.maketrans({
    "ي": "ی", "ى": "ی", "ئ": "ی", "ك": "ک", "ة": "ه", "ۀ": "ه", "أ": "ا", "إ": "ا", "آ": "ا",
    "ؤ": "و", "ـ": None, "\u200c": None, "\u200d": None, "\u200e": None, "\u200f": None,
    **{chr(0x06F0 + i): str(i) for i in range(10)}, **{chr(0x0660 + i): str(i) for i in range(10)},
})
_MARKS = re.compile(r"[\u064B-\u065F\u0670\u06D6-\u06ED]")
_SPACE = re.compile(r"[\s\u00a0]+")


def fold(text: str) -> str:
    """Key form: Persian letters, no hamza variants, no ZWNJ, no spaces, no diacritics."""
    return _SPACE.sub("", _MARKS.sub("", text.translate(_TABLE)))


def slug(*parts: str) -> str:
    """A stable id from folded parts, readable in Persian."""
    return ":".join(fold(p) for p in parts if p)
