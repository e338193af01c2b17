"""Longest-match lookup of multi-word phrases over tokens, insensitive to ZWNJ and spacing.

The same name arrives as one token (`تأمین‌اجتماعی`) or two (`تامین اجتماعی`), so phrases are
stored as folded strings with no separators and matched by concatenating folded token keys;
a set of every character prefix lets a scan stop as soon as no phrase can continue.
"""
from __future__ import annotations

import re
from typing import Generic, TypeVar

from loader.text_keys import fold

T = TypeVar("T")
PIECES = re.compile(r"[^\W_]+|[^\w\s\u200c]")


def _boundaries(phrase: str) -> frozenset[int]:
    """Offsets in the folded phrase where one of its words or punctuation marks ends: the only
    places a token boundary of the text may fall, so `تیپ یک و` never matches `تیپیکو`."""
    cuts, length = set(), 0
    for piece in PIECES.findall(phrase.replace("\u200c", " ")):
        length += len(fold(piece))
        cuts.add(length)
    return frozenset(cuts)


class PhraseIndex(Generic[T]):
    def __init__(self, max_tokens: int = 10):
        self.entries: dict[str, T] = {}
        self.boundaries: dict[str, frozenset[int]] = {}
        self.prefixes: set[str] = set()
        # The keys a first token can have: the whole phrase, or the phrase up to one of the places
        # a token boundary may fall. Most tokens start no phrase, and this says so at once.
        self.firsts: set[str] = set()
        self.max_tokens = max_tokens
        # Rules ask the same index about the same token many times per document: the answers
        # for the token list last asked about are kept (a list is one document's keys).
        self._memo_keys: list[str] | None = None
        self._memo: dict[int, tuple[int, T] | None] = {}
        self._scanned_keys: list[str] | None = None
        self._scanned: list[tuple[int, tuple[int, T]]] = []

    def add(self, phrase: str, payload: T, overwrite: bool = False) -> None:
        key = fold(phrase)
        if len(key) < 2:
            return
        # Spelling variants of one entry (`مدیرکل`, `مدیر کل`) share a key; each may be split
        # where it has a space.
        self.boundaries[key] = _boundaries(phrase) | self.boundaries.get(key, frozenset())
        self.firsts.add(key)
        self.firsts.update(key[:cut] for cut in self.boundaries[key])
        if key in self.entries and not overwrite:
            return
        self.entries[key] = payload
        self._memo_keys = self._scanned_keys = None
        self.prefixes.update(key[:i] for i in range(1, len(key) + 1))

    def __contains__(self, phrase: str) -> bool:
        return fold(phrase) in self.entries

    def get(self, phrase: str) -> T | None:
        return self.entries.get(fold(phrase))

    def match(self, keys: list[str], start: int, stop: int | None = None) -> tuple[int, T] | None:
        """Longest phrase starting at token ``start``: (end token, payload), or None."""
        if start >= len(keys) or keys[start] not in self.firsts:
            return None  # most tokens start no phrase at all: answered before anything else
        if stop is None:
            if keys is not self._memo_keys:
                self._memo_keys, self._memo = keys, {}
            if start in self._memo:
                return self._memo[start]
            found = self._match(keys, start, len(keys))
            self._memo[start] = found
            return found
        return self._match(keys, start, stop)

    def matches(self, keys: list[str]) -> list[tuple[int, tuple[int, T]]]:
        """(start token, (end token, payload)) of the longest phrase at every token where one
        begins: the scans over a whole document, asking only at tokens that can begin one."""
        if keys is self._scanned_keys:
            return self._scanned  # (several rules scan the same document with the same index)
        firsts = self.firsts
        self._scanned = [(i, found) for i, key in enumerate(keys) if key in firsts and (found := self.match(keys, i))]
        self._scanned_keys = keys
        return self._scanned

    def _match(self, keys: list[str], start: int, stop: int) -> tuple[int, T] | None:
        best = None
        joined = ""
        cuts: list[int] = []
        for end in range(start, min(stop, start + self.max_tokens)):
            if not keys[end]:
                break
            if joined:
                cuts.append(len(joined))
            joined += keys[end]
            if joined not in self.prefixes:
                break
            if joined in self.entries and self.boundaries[joined].issuperset(cuts):
                best = (end + 1, self.entries[joined])
        return best
