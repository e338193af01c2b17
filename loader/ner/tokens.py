"""Per-token facts every rule needs: folded keys and coarse word classes.

Persian has no capital letters, so "could this token be part of a name?" is answered from the
lexicon instead: function words, verbs, punctuation and numbers cannot; everything else may.
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from spacy.tokens import Doc, Span

import loader.ner.extensions  # noqa: F401  (registers the extension attributes)
from loader.ner.resources import Resources
from loader.normalize.lexicon import get_lexicon
from loader.text_keys import fold

PUNCT = set(".،,:;؛!?؟«»\"'()[]{}-–—/\\…*")
CONTENT_POS = {"N", "AJ", "NUM", "RES", "PL", "AJC"}
COMMA = {"،", ","}
# Words before a noun that make it a reference or a count (`این سازمان`, `یک شعبه`), not a name.
DEMONSTRATIVES = {fold(w) for w in ("این", "آن", "همین", "همان", "هر", "چند", "یک")}
NUMBER = re.compile(r"^[\d.,/]+$")


@dataclass
class TokenInfo:
    doc: Doc
    keys: list[str]
    punct: list[bool]
    number: list[bool]
    function: list[bool]
    verb: list[bool]
    sentence_start: list[bool]
    speech: list[bool]              # a speech verb starts here (`گفت`, `اظهار کرد`)
    light: list[bool]               # a light verb (`کرد`, `می‌کنیم`, `شد`): the word before it is its noun
    verb_prefix: list[bool]         # `می`, `نمی` written apart from their verb
    _starts: list[int] | None = None
    _ends: list[int] | None = None

    def span(self, start_char: int, end_char: int) -> Span | None:
        """The tokens covering characters start..end (spaCy's `char_span(..., "expand")`, which
        walks the whole document on every call, in logarithmic time)."""
        if self._starts is None:
            self._starts = [t.idx for t in self.doc]
            self._ends = [t.idx + len(t.text) for t in self.doc]
        first = bisect.bisect_right(self._ends, start_char)
        last = bisect.bisect_left(self._starts, end_char)
        if first >= last:
            return None
        return self.doc[first:last]

    def preverbal(self, i: int) -> bool:
        """Token i is the noun of a light-verb construction (`فراهم شد`, `ارائه می‌دهد`); not
        the last word of a speaker's name or post (`... منطقه آزاد ارس گفت`)."""
        return i + 1 < len(self.verb) and self.verb[i + 1] and not self.speech[i + 1]

    def light_verb_noun(self, i: int) -> bool:
        """Token i is the noun of a compound verb with a light verb (`پرداخت کنیم`, `پرداخت
        می کردیم`): never a name, unlike a word before any verb (`احمدی آمد`)."""
        j = i + 1
        if j < len(self.keys) and self.verb_prefix[j]:
            j += 1
        return j < len(self.light) and self.light[j]

    def nameable(self, i: int) -> bool:
        """May token i be part of a proper name?"""
        return not (self.punct[i] or self.number[i] or self.function[i] or self.verb[i]) and len(self.keys[i]) > 1


def _is_verb(text: str, lexicon, auxiliaries: set[str]) -> bool:
    plain = text.replace("\u200c", "")
    if plain in auxiliaries or (plain.startswith(("می", "نمی")) and plain in lexicon.verb):
        return True
    if plain not in lexicon.verb:
        return False
    pos = lexicon.pos.get(text) or lexicon.pos.get(plain) or ""
    if set(pos.split(",")) & CONTENT_POS:
        return False
    # Second-person forms (`فرهنگی` read as "you ...") are rare in news; adjectives in -ی are not.
    return not plain.endswith("ی")


def _light(text: str, res: Resources) -> bool:
    """A light verb, with its prefix glued on or not (`کردیم`, `می‌کردیم`)."""
    plain = text.replace("\u200c", "")
    return plain in res.light_verbs or any(plain.startswith(p) and plain[len(p):] in res.light_verbs
                                           for p in res.verb_prefixes)


def token_info(doc: Doc, res: Resources) -> TokenInfo:
    """Word classes of every token, from the lexicon `res` (function words, auxiliaries and
    bound morphemes are its tables); computed once per document."""
    if doc._.kg_tokens is not None:
        return doc._.kg_tokens
    lexicon = get_lexicon()
    function_keys = res.function_words | res.bound_morphemes
    keys, punct, number, function, verb, starts = [], [], [], [], [], []
    previous_end = True
    for token in doc:
        text = token.text
        key = "" if token.is_space else fold(text)
        is_punct = token.is_space or all(ch in PUNCT for ch in text)
        keys.append(key)
        punct.append(is_punct)
        number.append(bool(NUMBER.match(key)) and any(ch.isdigit() for ch in key))
        function.append(key in function_keys)
        verb.append(not is_punct and _is_verb(text, lexicon, res.auxiliaries))
        starts.append(previous_end)
        previous_end = text in {".", "؟", "?", "!", ":", "«", "»"} or "\n" in text
    speech = [bool(res.speech_verbs.match(keys, i)) for i in range(len(keys))]
    light = [_light(token.text, res) for token in doc]
    verb_prefix = [key in res.verb_prefixes for key in keys]
    info = TokenInfo(doc, keys, punct, number, function, verb, starts, speech, light, verb_prefix)
    doc._.kg_tokens = info
    return info
