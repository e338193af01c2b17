"""One exception type for everything a user can cause or fix.

Its message is a single line that names the file, setting or command involved, so the CLI can
print it as-is and scripts can grep it; tracebacks are reserved for our own bugs.
"""
from __future__ import annotations

import re

# Characters that would break a line or reorder it on a terminal: C0/C1 controls, DEL, the line
# and paragraph separators, and bidi embeddings, overrides and isolates. ZWNJ and ZWJ stay: they
# are part of Persian words.
_UNPRINTABLE = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069]")
_NAMED = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}


def one_line(text: object) -> str:
    """``text`` with every character that could split or reorder the line written as an escape
    (``\\n``, ``\\x1b``, ``\\u202e``); applying it twice changes nothing more."""
    return _UNPRINTABLE.sub(lambda m: _NAMED.get(m.group(), f"\\x{ord(m.group()):02x}" if ord(m.group()) < 0x100
                                                 else f"\\u{ord(m.group()):04x}"), str(text))


class KgError(Exception):
    """A failure the user can act on; ``str(err)`` is one line."""

    def __str__(self) -> str:
        return one_line(super().__str__())
