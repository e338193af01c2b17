"""The parts of a Persian person name that identity compares: lineage, given name, surname.

Names reach us in many spellings of one form: `محمدعلی` and `محمد علی`, `مجیدیان‌راد` and
`مجیدیان راد` (a surname tail split off by PDF extraction or typing), `سیدمحمد` written as one
word. Every part is compared folded (``loader.text_keys.fold``: no spaces, no ZWNJ), which makes
the spaced and joined forms equal; ``سید`` is taken out of the given name so it can be weighed
on its own (journalists often drop it).
"""
from __future__ import annotations

from dataclasses import dataclass

from loader.ner.resources import resources
from loader.text_keys import fold

LINEAGE = {"سید", "سیده"}


@dataclass(frozen=True)
class NameParts:
    given: str          # folded given name(s); "" for a bare surname
    surname: str        # folded surname: the blocking key
    seyed: bool         # `سید`/`سیده` written

    @property
    def bare(self) -> bool:
        return not self.given


def name_parts(name: str) -> NameParts:
    """Split a name as written (`سید محمدعلی مجیدیان راد`, `عاشوری`). The given name is the
    longest run of listed given names from the start that leaves a surname; the rest is the
    surname, so a split tail (`راد`, `زاده`, `پور`) stays in it."""
    res = resources()
    tokens = name.split()
    seyed = any(fold(t) in {fold(x) for x in LINEAGE} for t in tokens)
    words = [t for t in tokens if not res.honorifics.get(t) and fold(t) not in {fold(x) for x in LINEAGE}]
    if words and fold(words[0]).startswith("سید") and fold(words[0])[3:] in res.given_names:
        seyed, words = True, [words[0][3:].lstrip("\u200c")] + words[1:]
    if not words:
        return NameParts("", fold(name), seyed)
    keys = [fold(w) for w in words]
    given = 0
    while given < len(keys) - 1 and keys[given] in res.given_names:
        given += 1
    if given == 0 and len(keys) > 1:
        given = 1  # an unlisted given name: the first word still is one
    if given > 1 and keys[given - 1] in res.surnames and keys[given - 1] not in res.given_names:
        given -= 1
    if len(keys) - given == 1 and keys[-1] in res.surname_tails:
        given -= 1  # `مجیدیان راد`: the tail belongs to the word before it
    return NameParts("".join(keys[:given]), "".join(keys[given:]), seyed)
