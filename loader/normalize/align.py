"""Character-aligned strings.

An :class:`Aligned` holds the current text plus two parallel int lists ``a``/``b``:
output character ``i`` comes from ``raw[a[i]:b[i]]``.  Inserted characters have
``a[i] == b[i]`` (zero width); deleted characters simply vanish.  Every transform is a
list of non-overlapping replacements ``(start, end, repl, transform)`` applied by
:func:`Aligned.rewrite`, which composes the alignment and records :class:`Edit` s.
"""
from __future__ import annotations

from bisect import bisect_left, bisect_right
from typing import NamedTuple


class Edit(NamedTuple):
    transform: str
    raw_start: int
    raw_end: int
    before: str  # text of the replaced span at the stage where the transform ran
    after: str


class Aligned:
    __slots__ = ("text", "a", "b", "raw_len", "edits")

    def __init__(self, raw: str):
        n = len(raw)
        self.text = raw
        self.a = list(range(n))
        self.b = list(range(1, n + 1))
        self.raw_len = n
        self.edits: list[Edit] = []

    def rewrite(self, reps):
        """Apply sorted, non-overlapping replacements (s, e, repl, transform)."""
        if not reps:
            return
        text, a, b = self.text, self.a, self.b
        n = len(text)
        out_t: list[str] = []
        out_a: list[int] = []
        out_b: list[int] = []
        edits = self.edits
        pos = 0
        last_edit_stage = len(edits)
        for s, e, r, tr in reps:
            if s < pos:  # overlapping replacement: skip defensively
                continue
            if s > pos:
                out_t.append(text[pos:s])
                out_a.extend(a[pos:s])
                out_b.extend(b[pos:s])
            lr = len(r)
            if e > s:
                rs, re_ = a[s], b[e - 1]
            else:
                rs = re_ = (b[s - 1] if s > 0 else (a[s] if s < n else self.raw_len))
            if lr == e - s:
                out_a.extend(a[s:e])
                out_b.extend(b[s:e])
            elif lr:
                out_a.extend([rs] * lr)
                out_b.extend([re_] * lr)
            out_t.append(r)
            before = text[s:e]
            if len(edits) > last_edit_stage:
                le = edits[-1]
                if le.transform == tr and le.raw_end == rs and e > s and le.raw_end > le.raw_start:
                    edits[-1] = Edit(tr, le.raw_start, re_, le.before + before, le.after + r)
                    pos = e
                    continue
            edits.append(Edit(tr, rs, re_, before, r))
            pos = e
        if pos < n:
            out_t.append(text[pos:])
            out_a.extend(a[pos:])
            out_b.extend(b[pos:])
        self.text = "".join(out_t)
        self.a = out_a
        self.b = out_b

    # ---- span mapping -------------------------------------------------
    def to_raw(self, start: int, end: int) -> tuple[int, int]:
        n = len(self.text)
        start = max(0, min(start, n))
        end = max(start, min(end, n))
        if end > start:
            return self.a[start], self.b[end - 1]
        if n == 0:
            return (0, 0)
        if start < n:
            p = self.a[start]
        else:
            p = self.b[n - 1]
        return p, p

    def to_norm(self, raw_start: int, raw_end: int) -> tuple[int, int]:
        raw_start = max(0, min(raw_start, self.raw_len))
        raw_end = max(raw_start, min(raw_end, self.raw_len))
        # first char whose raw span ends after raw_start
        s = bisect_right(self.b, raw_start)
        # chars whose raw span starts before raw_end
        e = bisect_left(self.a, raw_end)
        if raw_end == raw_start:
            s = bisect_left(self.a, raw_start)
            return s, s
        if e < s:
            e = s
        return s, e
