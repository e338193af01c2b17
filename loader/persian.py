"""Persian letter classes shared by the normaliser, its ZWNJ evaluation and the bench generator:
one copy, so a letter added here is seen by every stage that decides where a ZWNJ goes."""
from __future__ import annotations

ZWNJ = "\u200c"
# Letters that never join the following letter: no ZWNJ is ever needed (or kept) after them.
NON_JOINING = frozenset("اآأإدذرزژوؤۀةء")
