"""Per-token facts every rule needs: folded keys and coarse word classes.

Persian has no capital letters, so "could this token be part of a name?" is answered from the
lexicon instead: function words, verbs, punctuation and numbers cannot; everything else may.
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field

from spacy.attrs import IDX, ORTH, SPACY
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
# The tanwin of an adverb (`رسماً`, `اخیراً`): no name carries it (`محمدرضا عظیمی‌زاده رسماً ...`).
TANWIN = "\u064b"
SUPERLATIVE = "ترین"
# Punctuation the tokenizer left on a word (`گرفت».` at a quote's end): no name carries it.
GLUED_STOPS = re.compile(r"^[«»\"(\[{]|[«»\")\]}.،,:;؛!?؟]$")  # (inside, as in `آ.اس`, a dot is the name's)


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
    unnamed: list[bool]             # in no name, though no function word: `رسماً`, `بزرگ‌ترین`, `گرفت».`
    text: str                       # the document's text (spaCy joins its tokens on every `doc.text`)
    char_starts: list[int]          # each token's first character
    char_ends: list[int]
    # What a rule derives from the tokens alone and more than one step asks for (the tokens no
    # name may cross), kept for the document by name.
    derived: dict = field(default_factory=dict)

    def span(self, start_char: int, end_char: int) -> Span | None:
        """The tokens covering characters start..end (spaCy's `char_span(..., "expand")`, which
        walks the whole document on every call, in logarithmic time)."""
        first = bisect.bisect_right(self.char_ends, start_char)
        last = bisect.bisect_left(self.char_starts, end_char)
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
        return not (self.punct[i] or self.number[i] or self.function[i] or self.verb[i] or self.unnamed[i]) \
            and len(self.keys[i]) > 1


GLIDE_PREFIXES = ("بی", "نی")
ALEF = "ا"


def is_verb(text: str, lexicon, auxiliaries: set[str]) -> bool:
    plain = text.replace("\u200c", "")
    if plain in auxiliaries:
        return True
    if plain.startswith(("می", "نمی")) and plain in lexicon.verb:
        # (glued, a second person in `-ی` is the surname `میری` far more often than "you go")
        return not (plain.endswith("ی") and "\u200c" not in text)
    if plain not in lexicon.verb:
        # `نیفتیم`, `بیندازد`: the subjunctive or negative of a verb in alef, its glide `ی` written
        # where the alef was (`افتیم`), which the lexicon lists only bare
        return plain.startswith(GLIDE_PREFIXES) and len(plain) > 4 and ALEF + plain[2:] in lexicon.verb \
            and not (lexicon.tags(text) or lexicon.tags(plain)) & CONTENT_POS and not plain.endswith("ی")
    if plain.endswith("ان") and (plain[:-2] in lexicon.present or "N" in lexicon.tags(plain[:-2])):
        return False  # a participle (`زنان` 'striking') is no finite verb, and is a plural as often (`زنان` 'women')
    if (lexicon.tags(text) or lexicon.tags(plain)) & CONTENT_POS:
        return False
    # Second-person forms (`فرهنگی` read as "you ...") are rare in news; adjectives in -ی are not.
    return not plain.endswith("ی")


def light_verb(text: str, res: Resources) -> bool:
    """A light verb, with its prefix glued on or not (`کردیم`, `می‌کردیم`)."""
    plain = text.replace("\u200c", "")
    return plain in res.light_verbs or any(plain.startswith(p) and plain[len(p):] in res.light_verbs
                                           for p in res.verb_prefixes)


def token_info(doc: Doc, res: Resources) -> TokenInfo:
    """Word classes of every token, from the lexicon `res` (function words, auxiliaries and
    bound morphemes are its tables); computed once per document."""
    if doc._.kg_tokens is not None:
        return doc._.kg_tokens
    # Token texts, offsets and the text itself from one array call: iterating the Doc (as
    # `doc.text` does) builds a Python object per token and took a tenth of the rules' time.
    rows = doc.to_array([IDX, ORTH, SPACY]).tolist() if len(doc) else []
    strings = doc.vocab.strings
    texts = [strings[orth] for _, orth, _ in rows]
    char_starts = [start for start, _, _ in rows]
    char_ends = [start + len(text) for start, text in zip(char_starts, texts)]
    whole = "".join(text + " " if space else text for text, (_, _, space) in zip(texts, rows))
    cache = res.word_classes
    if len(cache) > WORD_CACHE_LIMIT:
        cache.clear()
    classes = []
    for text in texts:
        found = cache.get(text)
        if found is None:
            found = cache[text] = _word_classes(text, res)
        classes.append(found)
    keys, punct, number, function, verb, light, verb_prefix, unnamed, arabic_word = \
        (list(column) for column in zip(*classes)) if classes else ([], [], [], [], [], [], [], [], [])
    lexicon = get_lexicon()
    for i in range(1, len(texts)):
        if verb[i] and not light[i] and not punct[i - 1] \
                and lexicon.tags(lexicon.compound.get((texts[i - 1] + texts[i]).replace("\u200c", ""), "")) & NOMINAL_POS:
            verb[i] = False  # `محیط زیست`: the second half of a noun written apart, no verb (`زیست` 'lived')
        elif (verb[i] or function[i]) and keys[i] in res.surnames and res.given_names.get(keys[i - 1]) == "strong" \
                and i + 1 < len(texts) and not punct[i + 1]:
            # `محمدرضا کرد که ...`: a surname after a given name, the sentence going on
            verb[i] = function[i] = False
    for i in range(1, len(texts)):
        if function[i] and texts[i - 1] in QUOTES_OPEN and keys[i] in res.bound_morphemes \
                and keys[i] not in res.verb_prefixes and keys[i] not in res.function_words:
            # `«تری جونز»`: an ending written apart follows its word, never an opening quote; there it
            # is a word of its own (a verb's prefix may open a quoted clause: `«می روم»`)
            function[i] = False
    starts, previous_end = [], True
    for text in texts:
        starts.append(previous_end)
        previous_end = text in SENTENCE_ENDS or "\n" in text or text.endswith(VERSE_END)
    arabic = {k for first, end in _arabic_sentences(arabic_word, starts, punct) for k in range(first, end)}
    for k in arabic:
        unnamed[k] = True  # a verse or a quotation in Arabic: no Persian name in it
    speech = [False] * len(keys)
    for i, _ in res.speech_verbs.matches(keys):
        speech[i] = True
    info = TokenInfo(doc, keys, punct, number, function, verb, starts, speech, light, verb_prefix, unnamed,
                     whole, char_starts, char_ends, derived={ARABIC: arabic})
    doc._.kg_tokens = info
    return info


SENTENCE_ENDS = {".", "؟", "?", "!", ":", "«", "»"}
VERSE_END = "﴾"  # a Quranic verse's number ends it (`یعتدون ﴿78﴾`)
NOMINAL_POS = {"N", "AJ"}
WORD_CACHE_LIMIT = 500_000  # distinct token texts remembered before the cache starts over
ARTICLE = "ال"
ARABIC = "arabic"         # TokenInfo.derived: the tokens of sentences in Arabic
QUOTES_OPEN = frozenset({'"', "«", "“"})  # a quote opening, before a name or a quoted clause
ARABIC_CONJUNCTION = "و"  # glued to the word after it in Arabic, written apart in Persian
ARABIC_NEGATIONS = ("لا", "لم", "لن", "ما")
ARABIC_LI_ARTICLE = "لل"          # `لِ` before the article (`للناس`)
ARABIC_OWNERS = ("هم", "کم")      # `their`, `your` glued on a noun (`قلوبهم`); Persian writes `شان`, `تان`
ARABIC_MARKERS = 3        # words of Arabic in a sentence at least,
ARABIC_SHARE = 0.2        # and this share of its words at least


def _arabic_sentences(arabic_word: list[bool], starts: list[bool], punct: list[bool]) -> list[tuple[int, int]]:
    """The sentences in Arabic (`قل یا أهل الکتاب لا تغلوا فی دینکم غیر الحق`): words only Arabic
    uses (arabic_words.tsv) and words in forms only Arabic writes make a
    fifth of their words at least. A Persian sentence quoting a phrase (`ربنا آتنا`) is none."""
    found, first = [], 0
    for end in range(1, len(arabic_word) + 1):
        if end < len(arabic_word) and not starts[end]:
            continue
        words = [k for k in range(first, end) if not punct[k]]
        marked = sum(1 for k in words if arabic_word[k])
        if marked >= ARABIC_MARKERS and marked >= ARABIC_SHARE * len(words):
            found.append((first, end))
        first = end
    return found


def _arabic_form(text: str, key: str, lexicon, res: Resources) -> bool:
    """A word in a form only Arabic writes, unknown to Persian dictionaries and name lists: with
    the article (`الکتاب`, `للکافرین`), opening with a hamza on or under alef (`أهل`), a noun with
    an owner glued on (`قلوبهم`), or with `و` glued before such a word or a negation (`وأضلوا`, `ولا`)."""
    plain = text.replace("\u200c", "")
    if len(plain) <= 2 or lexicon.tags(plain) or key in res.given_names or key in res.surnames:
        return False
    if plain.startswith(ARABIC_CONJUNCTION) and (plain[1:] in ARABIC_NEGATIONS or fold(plain[1:]) in res.arabic_words):
        return True
    if plain.startswith(ARABIC_CONJUNCTION):
        plain = plain[1:]
    if len(plain) > 4 and plain.startswith(ARABIC_LI_ARTICLE):
        return True  # `للکافرین`: `لِ` and the article
    if len(plain) > 4 and plain.endswith(ARABIC_OWNERS) and lexicon.tags(plain[:-2]) & NOMINAL_POS:
        return True  # `قلوبهم`, `دینکم`: a noun Persian knows with an owner only Arabic glues on
    return len(plain) > 3 and plain.startswith((ARTICLE, "أ", "إ"))


GLUED_BE = "به\u200c"  # `به‌دلیل`, `به‌صورت`, `به‌ویژه`: a preposition joined to its noun, never a name's word


def _word_classes(text: str, res: Resources) -> tuple[str, bool, bool, bool, bool, bool, bool, bool, bool]:
    """(key, punctuation, number, function word, verb, light verb, detached verb prefix, in no name,
    a word only Arabic writes)."""
    space = text.isspace()
    key = "" if space else fold(text)
    is_punct = space or all(ch in PUNCT for ch in text)
    number = bool(NUMBER.match(key)) and any(ch.isdigit() for ch in key) and VERSE_END not in text
    return (key, is_punct, number,
            key in res.function_words and not (text.startswith("آ") and key in res.function_words_without_madda)
            or key in res.bound_morphemes or text.startswith(GLUED_BE),
            not is_punct and not _unused_verb_of_a_name(text, key, res)
            and (is_verb(text, get_lexicon(), res.auxiliaries) or _preverbed(text, key, res)),
            light_verb(text, res), key in res.verb_prefixes,
            TANWIN in text or _adverb_without_tanwin(text, key, res) or _superlative(key, res) or _comparative(text, res)
            or (not is_punct and bool(GLUED_STOPS.search(text)))
            or not number and any(ch.isdigit() for ch in key),  # `12-`: an item's number, in no name
            key in res.arabic_words or _arabic_form(text, key, get_lexicon(), res))


def _unused_verb_of_a_name(text: str, key: str, res: Resources) -> bool:
    """A given name that hazm's conjugations make a verb form no text uses (`داود`, `سوده`,
    `روژان`: the lexicon never saw them as words): the name, no verb; so is a name only scraped
    lists give when the form is a participle's (`رایان`), which is no finite verb either."""
    tier = res.given_names.get(key)
    plain = text.replace("\u200c", "")
    return (tier == "strong" or tier is not None and plain.endswith("ان")) and get_lexicon().f(plain) == 0


PREVERBED_STEM = 3  # letters of the verb after its preverb at least (`برگزید`, not `بریا`)
# A finite verb's last letters (`گزید`, `گرفت`, `گردانند`, `گشتیم`); a stem alone is as often a
# noun's end (`بازرسان`, `درآمدهای`).
FINITE_ENDINGS = ("د", "ت", "یم", "ید")


def _preverbed(text: str, key: str, res: Resources) -> bool:
    """A verb with its preverb glued on (`برگزید`, `فراگرفت`, `برشمرد`), which hazm's verb list
    lacks: a finite verb of the list after a preverb, the whole no noun, adjective or name."""
    lexicon = get_lexicon()
    plain = text.replace("\u200c", "")
    for preverb in res.preverbs:
        rest = plain[len(preverb):]
        if plain.startswith(preverb) and len(rest) >= PREVERBED_STEM and rest in lexicon.verb \
                and rest.endswith(FINITE_ENDINGS):
            return not ((lexicon.tags(text) or lexicon.tags(plain)) & CONTENT_POS
                        or key in res.given_names or key in res.surnames)
    return False


def _adverb_without_tanwin(text: str, key: str, res: Resources) -> bool:
    """An Arabic adverb written without its tanwin (`حدودا`, `دقیقا`, `رسما`), as web text and
    PDFs often have it: in no name (`فوت یک تن خانم حدودا 65 ساله`), unless a name list has it."""
    return text.endswith("ا") and "ADV" in get_lexicon().tags(text + TANWIN) \
        and key not in res.given_names and key not in res.surnames


COMPARATIVE = "\u200cتر"


def _comparative(text: str, res: Resources) -> bool:
    """An adjective's comparative written with its ZWNJ (`بزرگ‌تر`, as the normalizer joins
    `بزرگ تر`), in no name: `حجت الله بزرگ‌تر بود` is no `حجت الله بزرگ‌تر`."""
    return text.endswith(COMPARATIVE) and fold(text[: -len(COMPARATIVE)]) in res.lexicon_any


def _superlative(key: str, res: Resources) -> bool:
    """An adjective's superlative (`بزرگ‌ترین`, `مهمترین`), not a name that ends so (`کاترین`)."""
    return key.endswith(SUPERLATIVE) and key[: -len(SUPERLATIVE)] in res.lexicon_any
