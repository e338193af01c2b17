"""What the lexicon knows about a word, as a feature the statistical recogniser learns from.

Persian has no capital letters, so spaCy's SHAPE attribute (`Xxxx`) says nothing here. This
module replaces it, for the pipelines whose config names the callback `kg.lexical_classes.v1`,
with the word's class in our lexicon: a given name (by how reliable it is), a listed surname, a
surname-shaped word, an honorific, a title, a place, a function word, a frequent or rare
dictionary word, or a word no dictionary lists (most foreign names). The model then learns what
these classes mean in context instead of having to memorise every name.
"""
from __future__ import annotations

import functools

from spacy import attrs
from spacy.language import Language
from spacy.util import registry

from loader.text_keys import fold

DIGITS = set("0123456789۰۱۲۳۴۵۶۷۸۹٠١٢٣٤٥٦٧٨٩")


@functools.lru_cache(maxsize=1)
def _tables():
    from loader.ner.resources import resources
    from loader.normalize.lexicon import get_lexicon

    res = resources()
    first_words = lambda index: {key for key in index.entries if key}  # noqa: E731
    return res, get_lexicon(), first_words(res.titles), first_words(res.honorifics)


def lexical_class(text: str) -> str:
    res, lexicon, titles, honorifics = _tables()
    key = fold(text)
    if not key:
        return "space"
    if any(ch in DIGITS for ch in key):
        return "num"
    if not any(ch.isalpha() for ch in key):
        return "punct"
    if key in res.function_words or key in res.bound_morphemes:
        return "fw"
    if key in honorifics:
        return "hon"
    if key in titles:
        return "title"
    if key in res.province_cues or key in res.city_cues:
        return "place-cue"
    if res.org_units.get(text):
        return "unit"
    if res.organizations.get(text):
        return "org"
    if res.countries.get(text):
        return "country"
    if res.provinces.get(text) or res.cities.get(text):
        return "place"
    tier = res.given_names.get(key)
    if tier:
        return "given-" + tier
    if key in res.surnames:
        return "surname"
    plain = text.replace("\u200c", "")
    if plain in res.auxiliaries or plain in lexicon.verb:
        return "verb"
    if len(key) > 3 and key.endswith(res.surname_suffixes) and not res.inflected_common(key):
        return "surname-shaped"
    if key in res.common_words:
        return "word-common"
    if key in res.lexicon_any:
        return "word-rare"
    if not any("\u0600" <= ch <= "\u06ff" for ch in key):
        return "latin"
    return "unknown"


def word_start(text: str) -> str:
    """The first three letters (spaCy's PREFIX is one), ZWNJ aside: `عبد`, `ابو`, `میر`."""
    return text.replace("\u200c", "")[:3]


def word_end(text: str) -> str:
    """The last four letters (spaCy's SUFFIX is three), ZWNJ aside: `زاده`, `نژاد`, `پور`.
    Persian has no case, so this fills the LOWER slot."""
    return text.replace("\u200c", "")[-4:]


@registry.callbacks("kg.lexical_classes.v1")
def make_lexical_classes():
    """`[nlp.after_creation]` callback: SHAPE becomes the lexicon class of a word, PREFIX its
    first three letters and LOWER its last four."""
    getters = {attrs.SHAPE: lexical_class, attrs.PREFIX: word_start, attrs.LOWER: word_end}

    def set_lexical_classes(nlp: Language) -> Language:
        nlp.vocab.lex_attr_getters.update(getters)
        for lexeme in nlp.vocab:  # words the vocabulary already holds (stop words, exceptions)
            lexeme.shape_ = lexical_class(lexeme.orth_)
            lexeme.prefix_ = word_start(lexeme.orth_)
            lexeme.lower_ = word_end(lexeme.orth_)
        return nlp
    return set_lexical_classes
