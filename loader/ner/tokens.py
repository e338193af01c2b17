"""Per-token facts every rule needs: folded keys and coarse word classes.

Persian has no capital letters, so "could this token be part of a name?" is answered from the
lexicon instead: function words, verbs, punctuation and numbers cannot; everything else may.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Doc

from loader.normalize.lexicon import get_lexicon
from loader.text_keys import fold

PUNCT = set(".،,:;؛!?؟«»\"'()[]{}-–—/\\…*")
CONTENT_POS = {"N", "AJ", "NUM", "RES", "PL", "AJC"}
# Function words that never belong to a name, a post or an organisation name.
FUNCTION_WORDS = set("""
و در به از که این آن را با برای تا بر هم نیز یا اما ولی اگر چون چه هر همه یک یکی دو سه
وی او ما من شما آنها ایشان آنان خود همین همان چنین چنان پس پیش بین روی زیر طی طبق ضمن
نسبت درباره پیرامون بدون جز مانند مثل حتی فقط تنها هنوز اکنون الان سپس نیز بلکه زیرا
است بود شد شده کرد کند کنند دارد داشت داد گفت افزود ادامه گردید باشد باشند نیست هستند
خصوص زمینه راستای جهت منظور عنوان سوی سمت حال حاضر ها های ای
سایر تمامی برخی بعضی اکثر تعدادی بسیاری دیگر همچنین همچنان ضمنا البته
حدود بیش کمتر بالغ قریب نزدیک تقریبا
""".split())
# Light and auxiliary verbs, some of which the lexicon also lists as adjectives (`کند` "slow").
AUXILIARIES = set("""
کرد کردند کردیم کرده کند کنند کنیم کنید کن کردن شد شدند شدیم شده شود شوند شویم شدن
داد دادند داده دهد دهند دهیم دادن دارد دارند داریم داشت داشتند داشته گرفت گرفتند گرفته گیرد گیرند
نمود نمودند نموده نماید نمایند یافت یافتند یافته یابد یابند گردید گردیدند گردد گردند
است بود بودند باشد باشند هست هستند نیست نیستند
""".split())
COMMA = {"،", ","}
# Words before a noun that make it a reference or a count (`این سازمان`, `یک شعبه`), not a name.
DEMONSTRATIVES = {fold(w) for w in ("این", "آن", "همین", "همان", "هر", "چند", "یک")}
NUMBER = re.compile(r"^[\d.,/]+$")


@dataclass
class TokenInfo:
    keys: list[str]
    punct: list[bool]
    number: list[bool]
    function: list[bool]
    verb: list[bool]
    sentence_start: list[bool]

    def preverbal(self, i: int) -> bool:
        """Token i is the noun of a light-verb construction (`فراهم شد`, `ارائه می‌دهد`)."""
        return i + 1 < len(self.verb) and self.verb[i + 1]

    def nameable(self, i: int) -> bool:
        """May token i be part of a proper name?"""
        return not (self.punct[i] or self.number[i] or self.function[i] or self.verb[i]) and len(self.keys[i]) > 1


_FUNCTION_KEYS = {fold(w) for w in FUNCTION_WORDS}


def _is_verb(text: str, lexicon) -> bool:
    plain = text.replace("\u200c", "")
    if plain in AUXILIARIES or (plain.startswith(("می", "نمی")) and plain in lexicon.verb):
        return True
    if plain not in lexicon.verb:
        return False
    pos = lexicon.pos.get(text) or lexicon.pos.get(plain) or ""
    if set(pos.split(",")) & CONTENT_POS:
        return False
    # Second-person forms (`فرهنگی` read as "you ...") are rare in news; adjectives in -ی are not.
    return not plain.endswith("ی")


def token_info(doc: Doc) -> TokenInfo:
    if "kg_tokens" in doc.user_data:
        return doc.user_data["kg_tokens"]
    lexicon = get_lexicon()
    keys, punct, number, function, verb, starts = [], [], [], [], [], []
    previous_end = True
    for token in doc:
        text = token.text
        key = "" if token.is_space else fold(text)
        is_punct = token.is_space or all(ch in PUNCT for ch in text)
        keys.append(key)
        punct.append(is_punct)
        number.append(bool(NUMBER.match(key)) and any(ch.isdigit() for ch in key))
        function.append(key in _FUNCTION_KEYS)
        verb.append(not is_punct and _is_verb(text, lexicon))
        starts.append(previous_end)
        previous_end = text in {".", "؟", "?", "!", ":", "«", "»"} or "\n" in text
    info = TokenInfo(keys, punct, number, function, verb, starts)
    doc.user_data["kg_tokens"] = info
    return info
