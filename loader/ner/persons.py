"""People: honorifics, given names, surname morphology and the contexts news prose puts names in.

Three readings, strongest first:
1. `[honorific] given-name surname` — a known given name followed by a nameable word;
2. `honorific surname` — `آقای امیرآبادی`, `دکتر نوربخش`, `شیخ شعاعی`;
3. `word word، TITLE` — the genre's apposition, which names people whose given name we lack.
Then every bare surname of a person found anywhere in the document is a mention of them too.
"""
from __future__ import annotations

import itertools
from collections import Counter

from spacy.tokens import Doc

from loader.normalize.lexicon import get_lexicon
from loader.ner.candidates import add, candidates, starts as starts_of, withdraw
from loader.ner.resources import ACCORDING_TO, ALLAH, REPORTING_KINDS, Resources
from loader.ner.tokens import COMMA, DEMONSTRATIVES, QUOTES_OPEN, SENTENCE_ENDS, TokenInfo, token_info
from loader.text_keys import fold



def surname_like(key: str, res: Resources) -> bool:
    """A listed surname, or a word of a surname's shape (`...زاده`, `...نیا`, `...پور`)."""
    return key in res.surnames or (len(key) > 3 and key.endswith(res.surname_suffixes))


def given_name_then_surname(keys: list[str], i: int, res: Resources) -> bool:
    """A given name a reliable list gives (`مهران`, `بهمن`, also towns) before a surname no
    dictionary knows (`تیشه‌گران`, or `تیشه گران` where web text spaced the ZWNJ before the
    surname's tail): a person, not a town and a word."""
    if i + 1 >= len(keys) or res.given_names.get(keys[i]) not in RELIABLE_TIERS:
        return False
    spaced = i + 2 < len(keys) and keys[i + 2] in res.surname_tails
    surname = keys[i + 1] + keys[i + 2] if spaced else keys[i + 1]
    return surname_like(surname, res) and surname not in res.lexicon_any \
        and not res.inflected_common(surname)  # (`میلان درخششی`: a word made indefinite)


RELIABLE_TIERS = ("strong", "ambiguous")


def _honorifics(keys: list[str], i: int, res: Resources) -> tuple[int, int]:
    """End of the run of honorifics at i, and where the name starts: after the last honorific
    that is no part of a name (`آیت‌الله سید محمد ...` starts at `سید`)."""
    end = name_start = i
    while end < len(keys):
        found = res.honorifics.match(keys, end)
        if not found:
            break
        if _half_a_given_name(keys, end, found, res):
            break  # `امیر حسین خدادادی`: the rank is the first half of a given name written apart
        if opens_surname(keys, end, found, res):
            break  # `رضوانه شیخ زاده`, `ملک حسینی`: the word opens a surname written apart, no rank
        if _given_not_rank(keys, end, found, res):
            break  # `امیر میرزایی`: the given name, where the report is not the army's (`امیر فتاح`)
        # `شیخ شعاعی، مدیرکل ...`: an official introduced by surname and post, `شیخ` the surname's;
        # elsewhere `شیخ` is a title (`شیخ سماوی گفت`, `شیخ عزیز سماوی`, `شیخ احمد یاسین`)
        in_name = found[1]["in_name"] or found[1]["in_surname"] and found[0] + 2 < len(keys) \
            and keys[found[0] + 1] in COMMA_KEYS and bool(res.titles.match(keys, found[0] + 2))
        if not in_name or found[0] < len(keys) and keys[found[0]] in res.given_names \
                and found[1]["kind"] == CLERICAL and found[0] - end == 1:
            name_start = found[0]
        if _misspelt_rest(keys, end, found[0], res):
            found = (found[0] + 1, found[1])  # `حجت‌الاسلام والمسلمبن عبدالهادی اشرفی`
            name_start = found[0]
        end = found[0]
    return end, name_start


MISSPELT_MIN_CHARS = 6  # a longer honorific's last word, mistyped by a letter (`والمسلمبن`)


def _misspelt_rest(keys: list[str], start: int, end: int, res: Resources) -> bool:
    """The word after the honorific at start..end is the last word of a longer listed honorific
    with one letter mistyped, added, or dropped (`حجت‌الاسلام والمسلمبن`): no name, no word."""
    if end >= len(keys) or len(keys[end]) < MISSPELT_MIN_CHARS or keys[end] in res.lexicon_any \
            or keys[end] in res.given_names or keys[end] in res.surnames:
        return False
    said = "".join(keys[start:end])
    return any(entry.startswith(said) and len(entry) - len(said) >= MISSPELT_MIN_CHARS
               and _one_edit(entry[len(said):], keys[end]) for entry in res.honorifics.entries)


def _one_edit(a: str, b: str) -> bool:
    """The two words differ by one letter replaced, added or dropped."""
    if abs(len(a) - len(b)) > 1 or a == b:
        return False
    if len(a) == len(b):
        return sum(x != y for x, y in zip(a, b)) == 1
    short, long_ = (a, b) if len(a) < len(b) else (b, a)
    return any(long_[:k] + long_[k + 1:] == short for k in range(len(long_)))


MILITARY_RANK = "military"  # honorifics.tsv kind of `امیر`, `سرتیپ`


def opens_surname(keys: list[str], i: int, found, res: Resources) -> bool:
    """The honorific at i opens a surname written apart: before a surname's tail (`شیخ زاده`), after
    a given name (one a surname may open: `ابراهیم شیخ بهایی`), or,
    for a monarch's title that is also a name's first part, before anything but a given name that
    is no surname (`ملک حسینی`, `ملک زاده`; `ملک سلمان` is King Salman)."""
    nxt = keys[found[0]] if found[0] < len(keys) else ""
    if nxt in res.surname_tails:
        return True
    if found[1]["in_surname"] and i and res.given_names.get(keys[i - 1]) in RELIABLE_TIERS \
            and nxt and nxt not in res.given_names:
        return True  # `ابراهیم شیخ بهایی`: after a given name no rank stands; web text spaced `شیخ‌بهایی`
    return found[1]["kind"] == ROYAL and (nxt not in res.given_names or nxt in res.surnames)


ROYAL = "royal"  # honorifics.tsv kind of `ملک`


def _given_not_rank(keys: list[str], i: int, found, res: Resources) -> bool:
    """A one-word military rank that is also a given name (`امیر`), in a report that is not the
    armed forces': the given name."""
    return found[1]["kind"] == MILITARY_RANK and found[0] == i + 1 and keys[i] in res.given_names \
        and res.military_cues.isdisjoint(keys)  # (not a report on the armed forces: military_cues.tsv)


def _half_a_given_name(keys: list[str], i: int, found, res: Resources) -> bool:
    """A one-word honorific outside names (`امیر`) that makes a given name with the word after
    it (`امیرحسین`)."""
    return not found[1]["in_name"] and found[0] == i + 1 < len(keys) and keys[i] in res.given_names \
        and res.given_names.get(keys[i] + keys[i + 1]) == "strong"


SEYED = fold("سید")
WALI = fold("ولی")  # a given name that is also the conjunction 'but' (function_words.tsv)


def _given_name_end(keys: list[str], i: int, res: Resources, info: TokenInfo) -> int:
    """Longest run of given-name tokens at i (`محمد رضا`, `میر هاشم`, `روح الله` written apart
    from `روح‌الله`), at most three."""
    end = i
    while end < len(keys) and end - i < 3:
        if end + 1 < len(keys) and _given_in_two(keys[end], keys[end + 1], res) and info.nameable(end + 1) \
                and not info.punct[end] and (info.nameable(end) or keys[end + 1] == ALLAH):
            end += 2  # (`ولی الله`: its first half alone is the word 'but')
        elif info.nameable(end) and (keys[end] in res.given_names or prefixed_given(keys[end], res)):
            end += 1
        else:
            break
    return end



def _surname_end(keys: list[str], i: int, res: Resources, info: TokenInfo, blocked: set[int],
                 strict: bool = True) -> int:
    """Surname tokens from i: one nameable word, extended by a split-off tail, the rest of a
    listed surname written apart (`فرج اللهی`) or a second surname-shaped word (`نظام خیرآبادی`). With ``strict``, an ordinary word (`اسلامی`,
    `مصوب`) is no surname unless a second surname-shaped word follows it."""
    if 0 < i < len(keys) and keys[i] in res.surname_prefixes \
            and (keys[i - 1] in res.given_names or prefixed_given(keys[i - 1], res)):
        # `مهرداد حاج علیزاده`, `سیدمحمدعلی آل هاشم`: after a given name, `حاج`, `میر` or `آل` written
        # apart opens the surname;
        # with a given name it is one (`علی حاج کاظم`: حاج‌کاظم)
        if i + 1 < len(keys) and keys[i + 1] in res.given_names and info.nameable(i + 1) and i + 1 not in blocked:
            return i + 2
        rest = _surname_end(keys, i + 1, res, info, blocked, strict)
        return rest if rest > i + 1 and (keys[i + 1] in res.surnames or surname_like(keys[i + 1], res)
                                         or keys[i + 1] not in res.lexicon_any) else i
    if i >= len(keys) or not info.nameable(i) or i in blocked or res.subject_cues.match(keys, i) \
            or info.light_verb_noun(i) or _state(keys, i, res) or _a_country(keys, i, res) \
            or res.in_ezafe(keys[i]) and keys[i] not in res.surnames and keys[i][:-1] in res.common_words:
        # `فرهاد اسدی امروز`: what follows a name is no part of it; `به برانکو پرداخت کنیم`; nor is a
        # common noun in the ezafe after its final alef (`نفت برنت دریای شمال`)
        return i
    end = i + 1
    if end < len(keys) and end not in blocked and keys[end] in res.surname_tails and not info.light_verb_noun(end) \
            and not _word_with_tail(keys[i], keys[end], res):
        # `رسول پناه`, `رضایی نیا` (a tail that is also a verb, `نیا` 'do not come'); then the town
        # the family is from (`نجف پور بوشهری`, written apart where the ZWNJ is a space)
        end += 1
        town = end < len(keys) and end not in blocked and info.nameable(end) and _of_a_town(keys[end], res)
        return end + 1 if town else end
    if end < len(keys) and end not in blocked and _stem_of_a_compound(keys, end, info, res):
        return end + 1  # `غیب پرور`, `آتش پوش`: a compound surname whose ZWNJ web text spaced
    if end < len(keys) and end not in blocked and info.nameable(end) and not res.subject_cues.match(keys, end):
        if keys[i] + keys[end] in res.surnames:
            return end + 1  # `فرج اللهی`: one surname written in two
        if (surname_like(keys[i], res) or keys[i] in res.common_words) and _of_a_town(keys[end], res):
            # `باغستانی میبدی`, `هاشمی رفسنجانی`, `شریعت اصفهانی`: a surname, even one that is also
            # a word, and the town the family is from
            return end + 1
        if (not surname_like(keys[i], res) and surname_like(keys[end], res)
                and keys[end] not in res.given_names and keys[end] not in res.common_words
                and (keys[end] in res.surnames or _surname_of_name(keys[end], res)
                     or not res.inflected_common(keys[end]))
                and not (keys[i] in res.common_words and _adjective_of_a_word(keys[end], res))):
            tail = end + 1  # `مامد کلشی نژاد`: the second word's own tail, spaced where web text drops the ZWNJ
            return tail + 1 if tail < len(keys) and tail not in blocked and keys[tail] in res.surname_tails \
                and not info.light_verb_noun(tail) and not _word_with_tail(keys[end], keys[tail], res) else tail
    if strict and keys[i] not in res.surnames and not _from_a_town(keys[i], res) \
            and not (i and res.given_names.get(keys[i - 1]) == "strong" and _surname_of_a_name_in_he(keys[i], res)) \
            and (keys[i] in res.lexicon_words or keys[i] in res.common_words or keys[i].endswith(PLURAL_FORMS)):
        return i  # (after a given name no word shares, one made from a name in ه is a surname: `رضا فاطمی`)
    return end


def _stem_of_a_compound(keys: list[str], k: int, info: TokenInfo, res: Resources) -> bool:
    """A verb's present stem after a surname is the second half of a compound surname (`غیب پرور`,
    `آتش پوش`, `باریک بین`): a bare stem stands alone in no sentence (the tokens call it an
    imperative), unless it is also a common word (`کار`, `بخش`) or a compound verb's noun (`گیر کرد`)."""
    key = keys[k]
    return len(key) >= 2 and not info.punct[k] and not info.function[k] and key in get_lexicon().present \
        and key not in res.common_words and not info.light_verb_noun(k) and not info.preverbal(k)


def _word_with_tail(key: str, tail: str, res: Resources) -> bool:
    """A word and a surname's tail that together make a dictionary word, not a name: `خیر مقدم`
    ('welcome'), `ایرانی تبار` ('of Iranian descent'); a given name with its tail is still a
    surname (`حسن زاده`)."""
    joined = key + tail
    return joined in res.lexicon_any and joined not in res.surnames \
        and key not in res.surnames and key not in res.given_names


# A noun in the plural, bare, indefinite or with its owner (`اصرارهایش`): no surname.
PLURAL_FORMS = tuple(fold(w) for w in ("ها", "های", "هایی", "هایش", "هایشان", "هایم", "هایت"))


def _a_country(keys: list[str], i: int, res: Resources) -> bool:
    """A country's one-word name starts no surname (`انقلاب اسلام ایران`: no `اسلام ایران`),
    though it may be a given name (`ایران درودی`)."""
    found = res.country_at(keys, i)
    return bool(found) and found[0] == i + 1


def _of_a_town(key: str, res: Resources) -> bool:
    """An Iranian town's name made an adjective (`میبدی`, `رفسنجانی`, `شیرازی`)."""
    stem = nisba_stem(key)
    # (after a final `ه` the ending is `ای`, its joiner lost in folding: `زواره‌ای`)
    stems = (stem, key[:-2]) if stem is not None and key.endswith(EZAFE_AFTER_HE) else (stem,)
    return stem is not None and len(key) >= 4 and any(res.cities.get(s) or res.provinces.get(s) for s in stems)


EZAFE_AFTER_HE = fold("های")


def _from_a_town(key: str, res: Resources) -> bool:
    """`زواره‌ای`, `کاشانی`: where the family is from, the commonest kind of surname; not a town's
    adjective that the dictionary knows as a noun (`منجی` "saviour", of the town منج)."""
    return _of_a_town(key, res) and key not in res.common_words and "N" not in res.pos_of(key)


def nisba_stem(key: str) -> str | None:
    """The word an adjective of relation is made from (`شیرازی` → `شیراز`, `روستایی` → `روستا`),
    or None for a word not ending in `ی`."""
    if not key.endswith("ی"):
        return None
    return key[:-2] if key.endswith("یی") else key[:-1]


def _state(keys: list[str], i: int, res: Resources) -> bool:
    """A state's name is no surname (`کشور عراق گفت`: `کشور` is also a given name)."""
    found = res.country_at(keys, i)
    return bool(found) and not found[1]["ambiguous"]


SPEECH_WORDS = 40  # how far on a sentence's subject may find its verb of saying


def speaks_later(info: TokenInfo, j: int) -> bool:
    """A verb of saying closes the sentence a surname opens (`تبریزی زمان آغاز ... را عنوان کرد و
    گفت`): the person named in full before is its subject, though the surname is also a word."""
    for k in range(j, min(len(info.keys), j + SPEECH_WORDS)):
        if info.speech[k]:
            return True
        if info.keys[k] in SENTENCE_ENDS:
            return False
    return False


def _post_context(keys: list[str], j: int, res: Resources) -> bool:
    """A post or a speech verb right after a name (`... معاون درمان`, `... ، مدیرکل`, `... گفت`),
    or a post in brackets (`عباسعلی مطلبی (عضو هیات علمی ...)`)."""
    if j < len(keys) and (keys[j] in COMMA or keys[j] == "("):
        j += 1
    return j < len(keys) and bool(res.titles.match(keys, j) or res.says_at(keys, j))


NAMED_AS_WORDS = frozenset((fold("به"), fold(w)) for w in ("عنوان", "سمت"))


def _named_to_a_post(keys: list[str], j: int, res: Resources) -> bool:
    """`به عنوان` or `به سمت` and a post right after word j: the post someone is named to."""
    return j + 2 < len(keys) and (keys[j], keys[j + 1]) in NAMED_AS_WORDS and bool(res.titles.match(keys, j + 2))


# Words of addition or emphasis standing between a speaker named by the surname alone and the verb
# of saying (`مقدمی نیز تصریح کرد`, `مقدمی خود گفت`).
ASIDES = {fold(w) for w in ("نیز", "همچنین", "خود")}


CLAUSE_OPENERS = {":", "،", ",", ".", "«", "؛"}


def _subject_context(keys: list[str], i: int, j: int, res: Resources) -> bool:
    """A name opening a clause and followed by what news says of the one it reports on
    (`: فرهاد اسدی امروز در گفت‌وگو ...`, `داریوش صمیمی به عنوان مربی ...`)."""
    cue = _cue_after_opening(keys, i, j, res)
    # `که` follows any noun (`محصولی که ...`): it vouches only for a name of two words or more
    return cue is not None and (cue != RELATIVE or j - i > 1)


RELATIVE, DISCOURSE, RESULT = "relative", "discourse", "result"


def _reported_on(keys: list[str], i: int, j: int, res: Resources) -> bool:
    """Words i..j open a clause before what a report says of one already named (`عرب همچنین به
    ...`, `جلیلی درباره ...`)."""
    return _cue_after_opening(keys, i, j, res) == DISCOURSE


def _cue_after_opening(keys: list[str], i: int, j: int, res: Resources) -> str | None:
    """The kind of subject cue at j (subject_cues.tsv) when words i..j open a clause, else None."""
    opens = i == 0 or keys[i - 1] in CLAUSE_OPENERS or not keys[i - 1].strip()
    cue = res.subject_cues.match(keys, j) if (opens or keys[i - 1] == AND) and j < len(keys) else None
    if cue and not opens and cue[1]["kind"] != RESULT:
        return None  # after `و` only a results list's item opens a clause
    return cue[1]["kind"] if cue else None


def find_persons(doc: Doc, res: Resources) -> Doc:
    """Propose persons; a reading the lexicon alone cannot vouch for (a given name before a
    dictionary word: `حمید درخشان`, `سیما هماهنگی`) is marked unsure, for the model to confirm."""
    info = token_info(doc, res)
    keys = info.keys
    blocked = _blocked_tokens(info, res)
    i = 0
    while i < len(keys):
        found = _may_start(keys, i, info, res) and not _inside_place(keys, i, res) \
            and _person_at(keys, i, res, info, blocked)
        if found:
            start, end, sure = found
            end = _before_no_name_word(doc, start, end)
            start = _past_a_governed_noun(keys, start, end, res)
            if end <= start or _word_before_notable(keys, start, end, res) or _one_word_apart(keys, start, end, res):
                i += 1
                continue
            add(doc, start, end, "PERSON", "persons", {"sure": sure})
            i = end
        else:
            i += 1
    _notables(doc, res, info, blocked)
    return doc


def _one_word_apart(keys: list[str], start: int, end: int, res: Resources) -> bool:
    """Two words that joined make one dictionary word, no name (`آذین بندی`, 'decoration', written
    apart as web text writes `آذین‌بندی`; `امید واری`): not a given name and a surname."""
    if end - start != 2:
        return False
    joined = keys[start] + keys[start + 1]
    return joined in res.lexicon_any and joined not in res.given_names and joined not in res.surnames


# Endings no person's name has: a plural joined with its ZWNJ (`«مردمک‌های پریشان»`, a film), an
# agent participle (`صدام شروع‌کننده جنگ`), a resident (`یاسر الحبیب لندن‌نشین`).
NO_NAME_ENDINGS = ("\u200cها", "\u200cهای", "\u200cهایی", "کننده", "کنندگان", "\u200cنشین", "\u200cنشینان")


def _past_a_governed_noun(keys: list[str], start: int, end: int, res: Resources) -> int:
    """`در پیام علی‌اصغر فانی وزیر ...`, `با حکم علی سعیدلو`: after a preposition, a noun (a given
    name only in scraped lists, or none) before a whole name is the word the name depends on; the
    name starts after it."""
    key = keys[start]
    # (or after a preposition and the noun it governs: `در ادامه پیام محمدجواد محمدی‌زاده`)
    governed = start and keys[start - 1] in NOUN_GOVERNORS or start >= 2 and keys[start - 2] in NOUN_GOVERNORS \
        and keys[start - 1] in res.common_words and res.given_names.get(keys[start - 1]) is None
    # (`طی` governs an act or a span of time, never a person: `طی حکمی علی رضایی را ...`, whatever
    # the scraped lists say of `حکمی`)
    noun = key in res.common_words and res.given_names.get(key) in (None, "weak") or start and keys[start - 1] in NEVER_PERSONS
    if end - start >= 3 and governed and noun and not res.honorifics.match(keys, start) \
            and res.given_names.get(keys[start + 1]) in NAME_TIERS \
            and not (keys[start + 1] == ALLAH and key + ALLAH in res.given_names):
        return start + 1  # (not half a given name written apart: `از خدمات فرج الله صیادی`)
    return start


NEVER_PERSONS = frozenset({fold("طی")})  # prepositions whose object is no person
NOUN_GOVERNORS = frozenset(fold(w) for w in ("با", "در", "از", "به", "برای")) | NEVER_PERSONS
NAME_TIERS = frozenset({"strong", "ambiguous"})  # the given names a reliable list gives


def _inside_place(keys: list[str], i: int, res: Resources) -> bool:
    """Token i goes on a province's or a town's name begun before it (`خراسان شمالی حسین اصغر
    قنبرزاده`: `شمالی`, a surname too, opens no name there)."""
    return any((found := res.provinces.match(keys, j) or res.cities.match(keys, j)) and found[0] > i
               for j in range(max(0, i - PLACE_WORDS), i))


PLACE_WORDS = 3  # words of a place's name before its last


def no_name_word(text: str) -> bool:
    return text.endswith(NO_NAME_ENDINGS)


def _word_before_notable(keys: list[str], start: int, end: int, res: Resources) -> bool:
    """`در اعتراض به دیدار نوری مالکی`: a given name only scraped lists give, that is also a word
    (`دیدار`), before the whole name of a notable person is the word; a common word is so before
    the notable's short name too, where the document names the notable in full (`شایعه دیدار
    لاریجانی با سارکوزی` after `علی لاریجانی`; not `هدایت هاشمی`, an actor)."""
    notable = res.notable.match(keys, start + 1)
    if res.given_names.get(keys[start]) != "weak" or not notable or notable[0] < end:
        return False
    full = [fold(w) for w in notable[1]["name"].split()]
    if keys[start:start + len(full)] == full:
        return False  # `پیروز حناچی`: the word is the notable's own given name, the full name here
    return notable[0] - start - 1 >= 2 or keys[start] in res.common_words and _named_in_full(keys, notable[1]["name"])


def _named_in_full(keys: list[str], name: str) -> bool:
    """The document writes the notable's whole name somewhere (`علی لاریجانی`)."""
    words = [fold(w) for w in name.split()]
    return any(keys[k:k + len(words)] == words for k, key in enumerate(keys) if key == words[0])


def _before_no_name_word(doc: Doc, start: int, end: int) -> int:
    """The name's end before the first of its words that no name has (the start: none of it)."""
    return next((k for k in range(start, end) if no_name_word(doc[k].text)), end)


def _may_start(keys: list[str], i: int, info: TokenInfo, res: Resources) -> bool:
    """Whether any name rule can start at token i (one cheap test for most tokens): an honorific,
    a word inside quotes, a given name (glued to `سید`, or written in two tokens), or a word that
    may be part of a name where a sentence or clause opens, after `با` or `دولت`, a maker's credit
    or before a post (appositions, surnames alone, foreign names), or before a foreign surname."""
    key = keys[i]
    if key in res.honorifics.firsts or (i and keys[i - 1] in QUOTES_OPEN):
        return True
    if not info.nameable(i):
        return i + 1 < len(keys) and keys[i + 1] == ALLAH and key + ALLAH in res.given_names  # `ولی الله`
    return key in res.given_names or prefixed_given(key, res) \
        or (i + 1 < len(keys) and _given_in_two(key, keys[i + 1], res)) or _next_in_list_of_posts(keys, i, res) \
        or info.sentence_start[i] or (i > 0 and (info.punct[i - 1] or keys[i - 1] in MEETING_WORDS
                                                 or keys[i - 1] in GOVERNMENT_WORDS)) \
        or (i + 1 < len(keys) and keys[i + 1] in res.titles.firsts) or _after_a_credit(keys, i, info) \
        or _credited(keys, i, res) or any(len(k) >= FOREIGN_SURNAME_CHARS and k.endswith(res.foreign_surname_endings)
               for k in keys[i + 1:i + FOREIGN_SHAPED_WORDS])


def named_after(k: int, keys: list[str], res: Resources) -> bool:
    """The head of a place named after a person right before, or before its honorific, with at
    most one adjective between (`مدارس ابتدایی شهیده رقیه عاملی`); after `و`, a second such name
    in the same phrase (`... و شهید ساجدی`)."""
    j = k - 1
    while j > 0 and res.honorifics.match(keys, j) and res.honorifics.match(keys, j)[0] == j + 1:
        j -= 1
    if j < 0:
        return False
    # the name has its honorific, or `امام` (`دانشگاه بین‌المللی امام خمینی`, `بیمارستان امام رضا`)
    honorific = j < k - 1 or bool(res.honorifics.match(keys, k)) or keys[k] == IMAM
    if any((found := res.honorifics.match(keys, h)) and found[1]["kind"] == ADDRESS for h in range(j + 1, k + 1)):
        return False  # `فرمانده پادگان آقای سلیمی بود`: no place is named after `Mr.` someone
    if keys[j] in res.named_after and j and keys[j - 1] in DEMONSTRATIVES:
        return False  # `این کتابخانه علیرضا رهایی ... گفت`: the library spoken of, then who speaks
    if keys[j] == DAM and j and keys[j - 1] == FROM:
        return False  # `از سد حامد تاتاری گذشت`: got past a rival, no dam named after him
    head = keys[j][:-1] if keys[j].endswith(EZAFE_YE) and keys[j][:-1] in res.named_after else keys[j]
    ends_in_ye, tagged = keys[j].endswith(ADJECTIVE_END), "AJ" in res.pos_of(keys[j])
    # (with the honorific, an adjective by its ending or its tag; without, by both, and no given name)
    adjective = ends_in_ye or tagged if honorific else ends_in_ye and tagged and keys[j] not in res.given_names
    if head in res.named_after or j and adjective and keys[j - 1] in res.named_after:
        # (an adjective between: `مجموعه ورزشی شهید حیدریان`, `رواق بزرگ امام خمینی`, and one in
        # `ی` without the honorific: `مدرسه ابتدایی پروین اعتصامی`, `دانشگاه صنعتی خواجه نصیر`)
        return True
    if honorific and head in res.graves:
        return True  # `مزار شهید رجایی`, `مزار امام رضا`: a shrine; `بر مزار ایرج بسطامی`, the grave of the one named
    if honorific and (singular(keys[j]) in res.named_after or j and keys[j] in PLURAL_APART and keys[j - 1] in res.named_after):
        return True  # `دانشگاه‌های علامه طباطبایی، بهشتی و تهران`: places in the plural, each named after someone
    if j and honorific and keys[j].isdigit() and (keys[j - 1] in res.named_after or res.org_units.match(keys, j - 1)):
        return True  # `کلانتری 13 شهید هاشمی‌نژاد`: a unit's number between it and the name it bears
    if honorific and any(keys[h] in res.teams_named_after and all(_nominal(keys[m], res) for m in range(h + 1, j + 1))
                         for h in range(max(0, j - TEAM_REACH), j + 1)):
        return True  # `تیم هندبال بانوان شهید شاهرخ شکوهی`: a team named after a martyr
    if keys[j] == AND and honorific:  # after an honorific only: `دانشگاه تهران و علی ...` is not one
        # (or after a head in the plural: `سیلوهای آذر پیکان و شهید رجایی`, each named)
        return any((found := res.honorifics.match(keys, h)) and named_after(found[0], keys, res)
                   or singular(keys[h]) != keys[h] and singular(keys[h]) in res.named_after
                   for h in range(max(0, j - NAMED_REACH), j))
    return False


def _nominal(key: str, res: Resources) -> bool:
    """A noun or an adjective, or the plural of one (`هندبال`, `بانوان`; not `گفت`), or the
    adjective a noun makes with `ی` (`جهادی` of `جهاد`)."""
    stem = next((key[: -len(e)] for e in PLURAL_SHAPES if key.endswith(e)), key)
    relational = key[:-1] if key.endswith(ADJECTIVE_END) and len(key) > 3 else key
    return any(tag in ("N", "AJ") for w in {key, stem, relational} for tag in res.pos_of(w))


ADJECTIVE_END, AND = fold("ی"), fold("و")
DAM, FROM = fold("سد"), fold("از")
ADDRESS = "address"  # the honorifics one addresses a person with (honorifics.tsv)
PLURAL_APART = frozenset(fold(w) for w in ("ها", "های"))  # a plural ending written apart (`دانشگاه های`)
NAMED_REACH = 5  # words back from a second name to the honorific of the first
TEAM_REACH = 2   # words between a team's head and its martyr (`تیم هندبال بانوان شهید ...`)


def _maksura(key: str) -> str:
    """A word's final alef maksura one way: `مقتدا` and `مقتدی`, `مصطفا` and `مصطفی` alike."""
    return key[:-1] + "ی" if key.endswith("ا") and len(key) > 2 else key


def _notables(doc: Doc, res: Resources, info: TokenInfo, blocked: set[int]) -> None:
    """`خاتمی`, `بن‌لادن`, `هیتلر`: people the news names by one short form, from
    `notable_persons.tsv`. A form that is also a word, a given name or a common surname counts
    only where a person stands (a post, a speech verb or a clause about them after it); none
    counts as the name of a place (`خیابان شهید بهشتی`)."""
    keys = info.keys
    proposed = starts_of(doc, "PERSON")
    taken = {k for c in proposed.values() for k in range(c.start, c.end)}
    inside_names = {k for c in candidates(doc) if c.label != "PERSON" for k in range(c.start + 1, c.end)}
    named: set[str] = set()  # the notables named where a person stands
    pending: list[tuple[int, int, dict]] = []  # a form that names one only where no word reads
    refused = 0  # the end of the last form refused as another's name or a place's
    i = 0
    while i < len(keys):
        if keys[i] not in res.notable.firsts:
            i += 1
            continue
        found = None if i in blocked or (i in taken and i not in proposed) else res.notable.match(keys, i)
        if found and i in proposed and found[0] >= proposed[i].end:
            # `هاشمی رفسنجانی`, not `هاشمی` alone; and a notable's whole name another rule only
            # guessed (`"امیل لحود" ساعاتی پس از ...`) is sure
            taken.difference_update(range(i, proposed[i].end))
        if not found or taken & set(range(i, found[0])) or named_after(i, keys, res) \
                or i and keys[i - 1] in res.given_names and not res.honorifics.match(keys, i - 1) and keys[i] not in IMAM:
            # `محمدرضا شاملو` is not the poet `شاملو`; `آیت‌الله هاشمی رفسنجانی` is who it says; a
            # name after `امام` is no given name's (`با هدایت امام خمینی`: هدایت is 'guidance')
            refused = max(refused, found[0] if found else i)
            i += 1
            continue
        end, entry = found
        if "form" in entry and doc[i].text.startswith(MADDA) != entry["form"].startswith(MADDA):
            i += 1  # folding drops the madda: `آبی` ('blue', 'aquatic') is not the singer `ابی`
            continue
        titled = end - i > 1 and keys[i] in IMAM  # `امام خمینی`, `امام راحل`, `امام امت`
        if entry["ambiguous"] and not titled and not (_post_context(keys, end, res) or _subject_context(keys, i, end, res)
                                       or _principal_of(keys, i, res) or _travels(keys, i, end)):
            if i >= refused:  # (not the rest of a form refused: `دانشگاه امام خمینی`)
                pending.append((i, end, entry))
            i += 1
            continue
        named.add(entry["name"])
        _add_notable(doc, keys, i, end, entry, titled, inside_names, res)
        i = end
    # One person per document: once a form has named the notable where a person stands, it names
    # the notable wherever else it stands in the article (`همه وامدار سعدی است`)
    persons = {k for c in candidates(doc) if c.label == "PERSON" for k in range(c.start, c.end)} if pending else set()
    for i, end, entry in pending:
        if entry["name"] in named and persons.isdisjoint(range(i, end)):
            _add_notable(doc, keys, i, end, entry, False, inside_names, res)


def _add_notable(doc: Doc, keys: list[str], i: int, end: int, entry: dict, titled: bool, inside_names: set[int],
                 res: Resources) -> None:
    """Propose the notable at i..end, on its name only: words of the form that are not the
    person's name (a title of respect: `امام خمینی`) stay out of the span; a given name spelt
    another way is the name's (`جرج بوش` of `جورج دبلیو بوش`), and so is an alef maksura written
    as alef (`مقتدا` of `مقتدی`). None inside another name (`کمیته امداد امام خمینی`)."""
    name_words = {_maksura(fold(w)) for w in entry["name"].split()}
    start = next((k for k in range(i, end) if _maksura(keys[k]) in name_words
                  or res.given_names.get(keys[k]) in ("strong", "weak")), i)
    if start not in inside_names:
        if (guessed := doc._.kg_records.get((start, end, "PERSON"))) is not None and not guessed.payload.get("sure", True):
            withdraw(doc, guessed)
        add(doc, start, end, "PERSON", "notable", {"sure": True, "notable": entry["name"], "titled_form": titled})


PRINCIPAL_KINDS = frozenset({"advisor", "deputy"})
MADDA = "آ"
IMAM = fold("امام")
EZAFE_YE = fold("هی")  # `کتابخانه‌ی امام‌خمینی`: the ezafe `ی` written on a head ending in ه
TRIP, TO = fold("سفر"), fold("به")


def _travels(keys: list[str], i: int, end: int) -> bool:
    """`سفر ظریف به بروکسل`: the one whose trip somewhere the news reports."""
    return i > 0 and keys[i - 1] == TRIP and end < len(keys) and keys[end] == TO


def _principal_of(keys: list[str], i: int, res: Resources) -> bool:
    """Right after an adviser's or a deputy's title, whose principal it names (`مشاور خاتمی`)."""
    return any((found := res.titles.match(keys, j)) and found[0] == i and found[1]["kind"] in PRINCIPAL_KINDS
               for j in range(max(0, i - 3), i))


def persons_with_surnames(doc: Doc, res: Resources) -> Doc:
    """The rules alone (no resolver to weigh them against a model): every proposed person
    counts, and their bare surnames are mentions of them."""
    find_persons(doc, res)
    propagate_surnames(doc, res, [(c.start, c.end) for c in starts_of(doc, "PERSON").values()])
    return doc


def _worded(key: str, tiers: set[str], res: Resources) -> bool:
    """A given name that is also a word (`متن`) before a noun in the ezafe after its final alef
    (`استعفای`, `اعضای`), which no surname is: two words, not a name (`متن استعفای معاون ...`)."""
    return "ambiguous" in tiers and key not in res.surnames and key.endswith("ای") and key[:-1] in res.lexicon_any


def _good_surname(key: str, res: Resources) -> bool:
    """Looks like a family name on its own: listed, or name-shaped and unknown to the lexicon."""
    if key in res.surnames:
        return True
    if key in res.lexicon_words or res.inflected_common(key):
        return False  # `ساختمانی`, `کارگران`: an ordinary word inflected, not a family name
    return any(key.endswith(s) and len(key) > len(s) + 2 for s in res.surname_suffixes)


def _arabic_family_name(key: str, res: Resources) -> bool:
    """`البندر`, `التکریتی`: a family name with the Arabic article, unknown to the dictionary."""
    return key.startswith(ARABIC_ARTICLE) and len(key) > ARTICLE_NAME_MIN and key not in res.lexicon_words


ARABIC_ARTICLE = fold("ال")
ARTICLE_NAME_MIN = 4  # letters: the article and three more at least (`الله` is no family name)
COUNT_WORDS = {fold(w) for w in ("دو", "سه", "چهار", "پنج", "شش", "هفت", "هشت", "ده", "صد", "هزار", "چند")}


def _surname_of_name(key: str, res: Resources) -> bool:
    """A surname made from a given name (`مهدوی` of `مهدی`, `حسینی` of `حسین`, `فاطمی` of `فاطمه`,
    `کریمیان` of `کریم`, `علیان` of `علی`)."""
    return key in res.surnames or (key.endswith("ی") and (key[:-1] in res.given_names or key[:-2] + "ی" in res.given_names)) \
        or _surname_of_a_name_in_he(key, res) \
        or (key.endswith("یان") and (len(key) > 5 and key[:-3] in res.given_names
                                     or len(key) > 4 and key[:-2] in res.given_names))


def _surname_of_a_name_in_he(key: str, res: Resources) -> bool:
    """A surname made from a given name in `ه`, which drops it (`فاطمی` of `فاطمه`): the dictionary
    counts it as a word, as the name is frequent; no word of the language is made so."""
    return len(key) > 4 and key.endswith("ی") and key[:-1] + "ه" in res.given_names


def singular(key: str) -> str:
    """A plural noun's singular (`طرح‌های` → `طرح`), for the head words the rules look for."""
    for ending in ("هایی", "های", "ها"):
        if key.endswith(ending) and len(key) > len(ending) + 1:
            return key[: -len(ending)]
    return key


def _vouched(keys: list[str], start: int, end: int, res: Resources) -> bool:
    """The lexicon vouches for a surname it lists, one no dictionary knows as a word, or one made
    from a given name that is no common word (`مظفری` of `مظفر`)."""
    return all(keys[k] in res.surnames or not (keys[k] in res.lexicon_any or res.inflected_common(keys[k]))
               or _surname_of_name(keys[k], res) and keys[k] not in res.common_words and not _demonym(keys[k], res)
               for k in range(start, end))


def _demonym(key: str, res: Resources) -> bool:
    """A state's name made an adjective (`هلندی`, `اسپانیایی`): a nationality, not a surname."""
    return state_of_people(key, res) is not None


def state_of_people(key: str, res: Resources) -> dict | None:
    """The state whose people's adjective the word is (`فلسطینی` → فلسطین), its countries.tsv entry."""
    stem = nisba_stem(key)
    if stem is None:
        return None
    found = res.countries.get(stem)
    if found is None and key.endswith(NISBA_AFTER_YE):
        found = res.countries.get(key[:-len(NISBA_AFTER_YE)])  # `شیلیایی` → `شیلی`: a name in ی, then ایی
    return found


NISBA_AFTER_YE = "ایی"


def _person_at(keys, i, res: Resources, info: TokenInfo, blocked: set[int]) -> tuple[int, int, bool] | None:
    """(start, end, sure) of a person starting at token i: a name in quotes whole
    (`«فیلیپ مک کینون»`, not `فیلیپ مک`), else what the name rules read."""
    quoted = _quoted_name(keys, i, info, res, blocked)
    found = _named_at(keys, i, res, info, blocked)
    if quoted and found and quoted[:2] == found[:2]:
        return quoted[0], quoted[1], quoted[2] or found[2]  # the quotes and a post vouch for it
    if not quoted and not found and (foreign := _reported_foreign_name(keys, i, info, res, blocked)) > i:
        return i, foreign, True  # (only where no name rule reads one: they know where a name ends)
    return quoted if quoted and (found is None or quoted[1] > found[1]) else found


def _adjective_of_the_noun_before(keys, i, info: TokenInfo, res: Resources) -> bool:
    """A given name that is also an adjective and no more than that to a reliable list (`جوان`,
    ambiguous), right after a common noun of the clause and before no surname, is that noun's
    adjective (`هنرمند جوان قلم‌زن`, `حق مسلم ملت`, `حسن خلق`)."""
    key = keys[i]
    if not i or res.given_names.get(key) != "ambiguous" or "AJ" not in res.pos_of(key):
        return False
    if i + 1 < len(keys) and (keys[i + 1] in res.surnames or surname_like(keys[i + 1], res)
                              or res.given_names.get(keys[i + 1]) in RELIABLE_TIERS or _given_in_two(key, keys[i + 1], res)):
        # (`... امیر احمری نژاد`, `عسل مشیری`: a surname follows, the given name opens a name; so
        # does a second given name, `خدمات علی اشرف هدایت نژاد`, or `الله`, `رحمت الله حافظی`)
        return False
    before = keys[i - 1]
    return info.nameable(i - 1) and before in res.common_words and before not in res.function_words \
        and before not in res.given_names and before not in res.surnames and not res.titles.match(keys, i - 1) \
        and not res.honorifics.match(keys, i - 1) and "N" in res.pos_of(before)


def _indefinite_noun_before_name(keys, i, res: Resources) -> bool:
    """A common noun made indefinite (`حکمی`, 'an order'), which only scraped lists give as a
    given name, right before a given name curated lists know: the noun, and the name after it."""
    key = keys[i]
    return res.given_names.get(key) == "weak" and key.endswith("ی") and key not in res.common_words \
        and key[:-1] in res.common_words and i + 1 < len(keys) and res.given_names.get(keys[i + 1]) not in (None, "weak")


def _named_at(keys, i, res: Resources, info: TokenInfo, blocked: set[int]) -> tuple[int, int, bool] | None:
    h_end, start = _honorifics(keys, i, res)
    if h_end > i and i and (keys[i - 1] in DEMONSTRATIVES or info.number[i - 1] or keys[i - 1] in COUNT_WORDS):
        return None  # `این شهید عزیز`, `26 شهید فرهنگی`: the honorific is a plain noun here
    if i and singular(keys[i - 1]) in res.program_heads:
        return None  # `طرح هادی روستایی`: the words after a plan's head name the plan
    if i and info.number[i - 1] and h_end == i:
        return None  # `20 کشور دنیا`: the noun a number counts
    if i and h_end == i and keys[i - 1] in DEMONSTRATIVES and keys[i] in res.lexicon_any:
        return None  # `این افسر سابق اطلاعاتی`: a given name that is a word, read as the word
    if second_half_of_a_pair(keys, i, res):
        return None  # `مرگ و میر مادران`: `میر` closes `مرگ‌ومیر`, it opens no name
    if i and named_after(i, keys, res):
        return None  # `دانشگاه شهید بهشتی`, `خیابان شهید آیت‌الله مفتح`: a place named after a person
    honorific = h_end > i
    if not honorific and _adjective_of_the_noun_before(keys, i, info, res):
        return None  # `هنرمند جوان قلم‌زن گفت`: the young artist, no `جوان` the given name
    if not honorific and _indefinite_noun_before_name(keys, i, res):
        return None  # `در حکمی علی رضایی را ...`: 'in an order', then the name
    if not honorific and _place_before_name(keys, i, res):
        return None  # `کنفرانس مهندسی برق ایران مرتضی واعظی‌نژاد`: the name starts after the place
    if not honorific and _credited_in_two_words(keys, i, info, res, blocked):
        return i, i + 2, True
    if honorific and h_end + 1 < len(keys) and keys[h_end] == WALI and h_end not in blocked \
            and info.nameable(h_end + 1) and h_end + 1 not in blocked \
            and (_good_surname(keys[h_end + 1], res) or unattested(keys[h_end + 1], res)):
        # `مهندس ولی آذروش`: after an honorific `ولی` is the given name, not the conjunction 'but'
        return start, max(h_end + 2, _surname_end(keys, h_end + 1, res, info, blocked)), True
    if h_end < len(keys) and h_end not in blocked:
        run_end = _given_name_end(keys, h_end, res, info)
        if keys[h_end] in res.women_names and _clerical(keys, i, h_end, res):
            run_end = h_end  # a cleric's honorific before a woman's name (`آیت‌الله مروارید`): his surname
        for g_end in range(run_end, h_end, -1):
            if _opens_a_name(keys, g_end, res):
                continue  # `در دیدار سیدعبدالعزیز حکیم`: `سید` opens the name, `دیدار` is a word
            tiers = _tiers(keys, h_end, g_end, res)
            loose_end = _surname_end(keys, g_end, res, info, blocked, strict=False)
            # A weak given name (`ارز`, `امید`) is a word as often: its surname must look like one;
            # so must one that is also a word before an inflected word (`متن استعفای معاون ...`).
            plausible = loose_end > g_end and ("weak" not in tiers and not _worded(keys[g_end], tiers, res)
                                               or _good_surname(keys[g_end], res)
                                               or _surname_of_name(keys[g_end], res) and keys[g_end] not in res.common_words)
            # A weak given name opens a report's subject only before a listed surname or one made
            # from a given name (`حشمت مهاجرانی روز دوشنبه ...`, `رمضان‌علی الیاسی در جمع ...`, but
            # not `امید ایجاد امروز ...`).
            subject_ok = "weak" not in tiers or all(_surname_of_name(keys[k], res) and keys[k] not in res.common_words
                                                    for k in range(g_end, loose_end))
            if not plausible and loose_end == g_end + 1 and _arabic_family_name(keys[g_end], res) \
                    and _post_context(keys, loose_end, res):
                return start, loose_end, True  # `عواد البندر رئیس دادگاه انقلاب`: al-Bandar, before his post
            if plausible and tiers == {"strong"} and _named_to_a_post(keys, loose_end, res):
                return start, loose_end, True  # `علیرضا انگیزه به عنوان فرمانده جدید ...`: a surname that is a word
            if plausible and (_post_context(keys, loose_end, res)
                              or (subject_ok and (_subject_context(keys, i, loose_end, res)
                                                  or _credited(keys, i, res)))):
                return start, loose_end, True
            two = g_end + 2
            if two <= len(keys) and all(info.nameable(k) and k not in blocked and not res.subject_cues.match(keys, k)
                                        and not _a_country(keys, k, res) for k in (g_end, g_end + 1)) \
                    and not all(res.inflected_common(keys[k]) and not _surname_of_name(keys[k], res)
                                for k in (g_end, g_end + 1)) \
                    and not (keys[g_end] in res.surnames and _plain_word(keys[g_end + 1], res)
                             and keys[g_end + 1] not in res.surnames and keys[g_end + 1] not in res.given_names
                             and not (_nisba_of_a_word(keys[g_end + 1], res) and _post_context(keys, two, res))) \
                    and (_post_context(keys, two, res)
                         or "weak" not in tiers and _subject_context(keys, i, two, res)
                         and (any(unattested(keys[k], res) or keys[k] in res.surnames for k in (g_end, g_end + 1))
                              or opens_report(keys, i, info) and keys[g_end] not in res.surnames)):
                # `محمدرضا واعظ مهدوی مدیرکل ...`: a two-word surname before a post (not a listed one and
                # a plain word: `علی رضایی استیضاح وزیر نیرو را ...`, the impeachment), or opening a
                # report before its time or occasion when one word is a surname or unknown to
                # Persian (`فیلیپ دوست بلازی امروز ...`), or right after the report's credit, where
                # web text spaced a compound surname's ZWNJ (`به گزارش ... از شهربابک، ابراهیم شیخ
                # بهایی عصر امروز ...`)
                return start, two, True
            if "weak" in tiers and g_end < len(keys) and keys[g_end] in res.lexicon_any \
                    and keys[g_end] not in res.surnames:
                continue  # `جعفر رحیمی معرفی ...`: after a name only scraped lists give, a dictionary word
            strict_end = _surname_end(keys, g_end, res, info, blocked)
            tailed = strict_end - g_end == 2 and keys[g_end + 1] in res.surname_tails  # `رسول پناه`
            if strict_end > g_end and (tiers == {"strong"} or honorific or tailed or _good_surname(keys[g_end], res)):
                # `آرام زمانی`, `سایه هدایت`: a given name that is also a word before a surname that
                # is also one reads as plain words as often; the model must see a person there too
                # (a report's subject, its time or occasion after it, is a name: `مهران تیشه‌گران دوشنبه شب`)
                reported = strict_end < len(keys) and bool(res.subject_cues.match(keys, strict_end))
                # (a surname spaced before its tail is one word no dictionary has: `تیشه گران`; its
                # first part one plain word, not a compound such as `خودبه‌خود فرد`)
                joined = tailed and keys[g_end] + keys[g_end + 1] not in res.lexicon_any \
                    and "\u200c" not in info.doc[g_end].text
                words = "ambiguous" in tiers and not joined and all(keys[k] in res.lexicon_any or keys[k] not in res.surnames
                                                     and made_of_words(keys[k], res) and not reported
                                                     and not _alone_as_subject(info, keys[k], res)
                                                     for k in range(g_end, strict_end))
                # (a name opening a report's first words, its surname one no dictionary has, is
                # one: `به گزارش خبرگزاری فارس از جم، کلثوم بازایی در آیین ... اظهار داشت`)
                opens = opens_report(keys, start, info) and all(
                    unattested(keys[k], res) and surname_like(keys[k], res) for k in range(g_end, strict_end))
                # (after a given name no word shares, a surname made from a given name in ه, though
                # the dictionary counts it as a word: `رضا فاطمی`, of `فاطمه`)
                # (a town after it may be the surname's second part, `احمد حاتمی یزد`: the model reads that)
                of_a_name = tiers == {"strong"} and all(_surname_of_a_name_in_he(keys[k], res) for k in range(g_end, strict_end)) \
                    and not (strict_end < len(keys) and (res.cities.match(keys, strict_end) or res.provinces.match(keys, strict_end)))
                return start, strict_end, honorific or opens or ("weak" not in tiers and not words
                                                                 and (joined or of_a_name
                                                                      or _vouched(keys, g_end, strict_end, res)))
            if g_end - h_end >= 2 and "weak" not in tiers and _post_context(keys, g_end, res) \
                    and not _a_country(keys, g_end - 1, res):
                return start, g_end, True  # a surname that is also a given name
        if honorific:
            if _demonym(keys[h_end], res) and h_end + 1 < len(keys) and keys[h_end + 1] in res.adjective_after:
                return None  # `سردار ایرانی بود`: a nationality said of someone, no surname
            if _listed_surname_after(keys, h_end, info, res, blocked):
                return start, h_end + 2, True  # `حجت‌الاسلام ستار علیزاده`: a given name no list knows
            loose_end = _surname_end(keys, h_end, res, info, blocked, strict=False)
            # (`مهندس کشاورز، سطح زیر کشت ... را ... دانست`: the sentence's subject, set off by a comma)
            opening = info.sentence_start[i] and loose_end < len(keys) and keys[loose_end] in COMMA_KEYS
            if loose_end > h_end and (_post_context(keys, loose_end, res) or opening):
                return start, loose_end, True
            # After a cleric's honorific the next word is his name though it is also a word
            # (`آیت‌الله مروارید`); after `دکتر`, `استاد`, `شهید` it may be a calling (`استاد دانشگاه`)
            # (a given name with a word after it was the loop's to read: `آیت‌الله شیخ عیسی قاسم`)
            strict = not _clerical(keys, i, h_end, res) or keys[h_end] in res.given_names \
                and keys[h_end] not in res.women_names and info.nameable(h_end + 1)
            s_end = _surname_end(keys, h_end, res, info, blocked, strict=strict)
            if s_end > h_end:
                return start, s_end, True
    if _apposition(keys, i, info, res, blocked):
        return i, i + 2, True
    if _reported_unlisted_given(keys, i, info, res, blocked):
        return i, i + 2, True
    if _opening_surname(keys, i, info, res, blocked) or _counterpart(keys, i, info, res, blocked) \
            or _surname_before_post(keys, i, info, res, blocked):
        return i, i + 1, True
    return _foreign_before_post(keys, i, info, res, blocked) or _foreign_shaped(keys, i, info, res, blocked)


def _nisba_of_a_word(key: str, res: Resources) -> bool:
    """An adjective in `ی` made of a word (`کوچی` of `کوچ`): the second half of many a two-word
    surname (`رشیدی کوچی`), where a noun after a surname is the sentence's (`استیضاح`)."""
    return len(key) > 3 and key.endswith(NISBA) and key[:-1] in res.lexicon_any


NISBA = fold("ی")


def _plain_word(key: str, res: Resources) -> bool:
    """A common word or its inflection, or a word the lexicon knows only as a noun."""
    return res.inflected_common(key) or key in res.lexicon_words and bool(pos := res.pos_of(key)) and pos <= NOUN_ONLY


def second_half_of_a_pair(keys: list[str], i: int, res: Resources) -> bool:
    """The word closes a pair the dictionary lists as one word, written apart (`مرگ و میر`,
    `گفت و گو`, `گرد وغبار`): a half of a compound noun, not an honorific or a given name."""
    return i >= 2 and keys[i - 1] == AND and keys[i - 2] + AND + keys[i] in res.lexicon_any \
        or i >= 1 and keys[i].startswith(AND) and keys[i][len(AND):] in res.lexicon_any \
        and keys[i] not in res.given_names and keys[i] not in res.surnames and keys[i - 1] + keys[i] in res.lexicon_any


FOREIGN_SHAPED_WORDS = 3  # `گلیم جان یوزربایف`


def _foreign_shaped(keys, i, info: TokenInfo, res: Resources, blocked: set[int]) -> tuple[int, int, bool] | None:
    """`نوراسلام سانایف`, `وینگو بگوویچ`, `نناد نیکولیچ`: a word no dictionary lists that ends as
    only foreign surnames do (foreign_surname_endings.tsv), after one or two words unknown to
    Persian too or given names (a foreign one may be a word as well: `جان`), is a foreign person's
    name wherever it stands. No word is a common word (`فرهنگ کلاشینکوف`), a Persian word with an
    adjective `ی` or a plural `ان` (`تئاتر عروسکی`, `گروه جهادی بهارنکو`), an Arabic verb
    (`یامرون بالمعروف`) or a country (`اروپا| کونارسکی`, a headline's kicker)."""
    def name_word(k: int) -> bool:
        key = keys[k]
        if not (info.nameable(k) and k not in blocked and key.isalpha()) or _a_country(keys, k, res):
            return False
        return key in res.foreign_given or key not in res.common_words and not _arabic_verb(key) \
            and not _suffixed(key, res) and (unattested(key, res) or key in res.given_names)

    for end in range(i + 2, min(i + FOREIGN_SHAPED_WORDS, len(keys)) + 1):
        if not name_word(end - 2):
            return None
        last = keys[end - 1]
        if len(last) >= FOREIGN_SURNAME_CHARS and last.endswith(res.foreign_surname_endings) \
                and name_word(end - 1) and unattested(last, res):
            return i, end, True
    return None


FOREIGN_SURNAME_CHARS = 5  # (`صاف`, `کوف`: short words end so by chance)


def _suffixed(key: str, res: Resources) -> bool:
    """A word no dictionary lists made of one it does and an indefinite or adjective `ی` (`پرخطری`)
    or a plural `ان` (`قاریان`)."""
    return any(key.endswith(end) and len(key) - len(end) >= MIN_STEM and key[: -len(end)] in res.lexicon_any
               for end in MADE_ENDINGS)


def made_of_words(key: str, res: Resources) -> bool:
    """A word no dictionary lists but made of words it does: a suffixed word (`پرخطری`, `قاریان`)
    or two words glued (`خودامدادی`). After a given name that is also a word (`فرهنگ`, `جهان`)
    such a word reads as the phrase it is as often as a name."""
    return _suffixed(key, res) or any(key[:k] in res.lexicon_any and key[k:] in res.lexicon_any for k in range(MIN_STEM, len(key) - MIN_STEM + 1))


def _alone_as_subject(info: TokenInfo, key: str, res: Resources) -> bool:
    """The word stands alone elsewhere in the document as a sentence's subject, opening it or
    right before a speech verb (`تیشه‌گران در خصوص ... اظهار کرد`): a surname, the person's."""
    keys = info.keys
    return any(info.sentence_start[k] and not info.punct[k + 1] or res.speech_verbs.match(keys, k + 1)
               for k, word in enumerate(keys[:-1]) if word == key)


MADE_ENDINGS = (fold("ی"), fold("ان"))
MIN_STEM = 3  # letters of each part at least (`خود` + `امدادی`)
EZAFE_AFTER_VOWEL = tuple(fold(w) for w in ("وی", "ای"))  # `گفتگوی`, `آقای`


def _credited(keys: list[str], i: int, res: Resources) -> bool:
    """A name right after the words that credit a work's maker (`با ترجمه حسین نوش‌آذر`)."""
    return any((found := res.credit_cues.match(keys, j)) and found[0] == i for j in range(max(0, i - 2), i))


def _place_before_name(keys: list[str], i: int, res: Resources) -> bool:
    """A place the gazetteer lists, that lists give as a given name too (`ایران`, `گیلان`), right
    before a given name it forms no listed name with: the place closes the phrase before it."""
    j = i + 1
    if j >= len(keys) or keys[j] not in res.given_names or res.given_names.get(keys[i]) in (None, "strong") \
            or keys[i] + keys[j] in res.given_names:
        return False
    return any((found := index.match(keys, i)) and found[0] == j for index in (res.countries, res.provinces, res.cities))


CLERICAL = "clerical"


def _clerical(keys: list[str], i: int, end: int, res: Resources) -> bool:
    """The run of honorifics from i to end has a cleric's (`آیت‌الله`, `حجت‌الاسلام`), not one that
    is part of the name (`شیخ`, `سید`)."""
    while i < end:
        found = res.honorifics.match(keys, i)
        if not found:
            return False
        if found[1]["kind"] == CLERICAL and not found[1]["in_name"]:
            return True
        i = found[0]
    return False


def _listed_surname_after(keys, i, info: TokenInfo, res: Resources, blocked: set[int]) -> bool:
    """After an honorific, a word and then a listed surname that is no common word are a given
    name and its surname, though no list gives the first as a name."""
    j = i + 1
    return j < len(keys) and all(info.nameable(k) and k not in blocked and not res.subject_cues.match(keys, k)
                                 and keys[k] not in res.function_words for k in (i, j)) \
        and keys[j] in res.surnames and keys[j] not in res.common_words and not res.titles.match(keys, j) \
        and not (keys[i] in res.common_words and _adjective_of_a_word(keys[j], res))


def _adjective_of_a_word(key: str, res: Resources) -> bool:
    """A word made an adjective from a common noun no name is (`هوایی` of `هوا`): after a common
    noun it describes it (`شهید حمله هوایی`, a martyr of an air raid), though lists give it as a
    surname; one made from a given name or a town is a surname's shape (`احمدی`, `شیرازی`)."""
    stem = nisba_stem(key)
    return stem is not None and stem in res.common_words and stem not in res.given_names \
        and not _of_a_town(key, res)


def _opening_surname(keys, i, info: TokenInfo, res: Resources, blocked: set[int]) -> bool:
    """A listed surname alone opening a sentence names a person when its post follows in
    apposition (`شهریاری، بازپرس دادسرای جنایی تهران گفت`) or its speech verb does (`پیرمرادی
    اضافه کرد`); a word that is also common does not, nor one a reliable list gives as a given name.
    Before a speech verb, so does an unlisted word shaped like a surname that no dictionary uses."""
    # (`هادیان افزود` stays unread: the plural of `هادی` as far as the lexicon can tell)
    votes = _with_votes(keys, i + 1, info)
    verb = i + 2 if i + 2 < len(keys) and keys[i + 1] in ASIDES else i + 1  # (`مقدمی نیز تصریح کرد`)
    speaks = verb < len(keys) and info.speech[verb]
    if info.nameable(i) and i not in blocked and _surname_in_apposition(keys, i, info, res):
        return True
    if i + 1 < len(keys) and _after_a_credit(keys, i, info) and _surname_of_name(keys[i], res) and info.nameable(i) \
            and i not in blocked and (cue := res.subject_cues.match(keys, i + 1)) and cue[1]["kind"] in REPORT_CUES:
        return True  # `به گزارش خبرنگار خبرگزاری فارس ابراهیمی صبح امروز ...`: the credit's comma left out
    if i + 1 >= len(keys) or not (info.sentence_start[i] or (i and keys[i - 1] in CLAUSE_OPENERS)
                                  or votes and i and keys[i - 1] == "("):
        return False
    key = keys[i]
    if not info.nameable(i) or i in blocked:
        return False
    if info.sentence_start[i] and keys[i + 1] == COLON and len(key) > 3 and key.endswith(res.surname_suffixes) \
            and not key.endswith(PLURAL_SHAPES) and not _some_of_a_plural(info.doc[i].text, res) \
            and not (key.endswith(INDEFINITE) and key[:-1] in res.common_words and key[:-1] not in res.given_names):
        # (not a plural's shape: `نویسندگان:`; nor a common word made indefinite: `گزارشی:`)
        return True  # `تقوی: ناراحتیم`, `رفعتی: ...`: a headline's speaker, named by the surname alone
    if key in res.common_words:
        return False
    # in a list of officials, right before its post (`، پیریایی استاندار قم، سردار ...`)
    listed_with_post = bool(i) and keys[i - 1] in COMMA_KEYS and bool(res.titles.match(keys, i + 1))
    if key not in res.surnames:
        # `جدیدی افزود`: a word no dictionary uses, shaped like a surname, before a verb of saying
        # in the singular (`عده‌ای گفتند` are people unnamed), or in a list before its post
        # (not an adjective in a list of functions: `معاون سیاسی، اجتماعی فرماندار همدان`)
        # (also before what a report says of one already named, its verb of saying further on:
        # `عزیرپور در پایان افزود`)
        reported = (_reported_on(keys, i, i + 1, res) or _one_of_them(keys, i + 1, res)) and speaks_later(info, i + 1) \
            and not res.inflected_common(key) and "\u200c" not in info.doc[i].text \
            and not (key.endswith(INDEFINITE) and key[:-1] in res.common_words)
        singular = speaks and not keys[verb].endswith(PLURAL_VERB)
        if singular and key not in res.lexicon_any and res.given_names.get(key) in (None, "weak") \
                and _opens_speech(info)[key] >= SPEAKING_OPENINGS:
            return True  # (any shape: a word no dictionary lists opening two sentences or more before
            # a verb of saying, `آذروش تصریح کرد`, `آذروش گفت`, though only scraped lists give it as a given name)
        return (singular or votes or reported or listed_with_post and not res.inflected_common(key)) \
            and surname_like(key, res) and unattested(key, res) and key not in res.given_names \
            and not _some_of_a_plural(info.doc[i].text, res)
    if speaks or _reported_on(keys, i, i + 1, res) or votes:
        return res.given_names.get(key) in (None, "weak")  # `احمدی گفت`: only scraped lists call it a given name
    title = res.titles.match(keys, i + 2) if keys[i + 1] in COMMA_KEYS else None
    if listed_with_post and not title:
        title = res.titles.match(keys, i + 1)
    return key not in res.given_names and bool(title) and title[1]["kind"] != "staff"


SPEAKING_OPENINGS = 2  # sentences a word no dictionary lists opens before a verb of saying


def _opens_speech(info: TokenInfo) -> Counter:
    """How many sentences each word opens right before a verb of saying (counted once per
    document, in `info.derived`)."""
    if "openings" not in info.derived:
        keys = info.keys
        info.derived["openings"] = Counter(keys[k] for k in range(len(keys) - 1)
                                           if info.sentence_start[k] and info.speech[k + 1])
    return info.derived["openings"]


def _one_of_them(keys: list[str], j: int, res: Resources) -> bool:
    """`از مسئولان آگاهی تهران`, `از نمایندگان مجلس` at j: one of the people a plural names, what
    a report says of the one it opens with (`عباسیچیان از مسئولان آگاهی تهران ... گفت`)."""
    if j + 1 >= len(keys) or keys[j] != FROM:
        return False
    plural = keys[j + 1]
    return plural in res.plural_titles or plural in res.title_plurals \
        or any(plural.endswith(end) and plural[:-len(end)] in res.person_nouns for end in PEOPLE_PLURALS)


PEOPLE_PLURALS = ("ان", "ین")  # `مسئولان`, `مسئولین`, `کارشناسان`


SIDE_WORDS = frozenset(fold(w) for w in ("سوی", "طرف"))  # `از سوی`, `از طرف`: by


def _surname_in_apposition(keys, i, info: TokenInfo, res: Resources) -> bool:
    """`مردانی، رئیس کمیته داوران، ...`, `از سوی رشیدی، نایب رئیس فدراسیون`: a word shaped like a
    surname opening a sentence or after a preposition, set off by a comma before a post with its
    body or place, is the
    holder's surname though a list lacks it or it is also a word (`مردانی`, 'manly'); a given name
    reliable lists give (`مهدی، ...`) or a nationality (`ایرانی، ...`) is not one."""
    if not (info.sentence_start[i] or i and (info.function[i - 1] or keys[i - 1] in SIDE_WORDS)) \
            or i + 2 >= len(keys) or keys[i + 1] not in COMMA_KEYS:
        return False
    key = keys[i]
    title = res.titles.match(keys, i + 2)
    return bool(title) and title[1]["kind"] != "staff" and _serves(keys, title[0], res) \
        and surname_like(key, res) and res.given_names.get(key) in (None, "weak") and not _demonym(key, res) \
        and not _some_of_a_plural(info.doc[i].text, res)


COLON, INDEFINITE = ":", fold("ی")  # `تقوی: ...`; `گزارشی`, a common word made indefinite
TURN_MARKS = frozenset("*-•")  # what opens an interview's turn (`* فارس: ...`, `* تهذیبی: ...`)


def opens_turn(info: TokenInfo, k: int) -> bool:
    """Token k names who speaks an interview's turn: a colon follows it, and it opens a sentence or
    follows the turn's mark (`* تهذیبی: دزفول`)."""
    keys = info.keys
    return k + 1 < len(keys) and keys[k + 1] == COLON \
        and (k == 0 or info.sentence_start[k] or keys[k - 1] in TURN_MARKS)


VOTE_WORDS = {fold(w) for w in ("رای", "رأی", "آرا", "آراء")}
WITH, GAINING = fold("با"), fold("کسب")


def opens_report(keys: list[str], i: int, info: TokenInfo) -> bool:
    """Word i follows the comma that closes a report's credit (`به گزارش خبرگزاری فارس از جم، ...`),
    the sentence's first, however long the credit (`... از زاهدان به نقل از روابط عمومی کمیته امداد
    امام خمینی سیستان و بلوچستان، ...`)."""
    if not i or keys[i - 1] not in COMMA_KEYS:
        return False
    start = next((k for k in range(i - 1, max(-1, i - CREDIT_REACH), -1) if info.sentence_start[k]), None)
    return start is not None and start + 1 < i - 1 and keys[start] == TO and keys[start + 1] == REPORT \
        and not any(keys[k] in COMMA_KEYS for k in range(start, i - 1))


def _reported_unlisted_given(keys, i, info: TokenInfo, res: Resources, blocked: set[int]) -> bool:
    """`به گزارش خبرگزاری فارس از زنجان، قوام نوذری امروز در ...`: opening a report, a listed
    surname that is no word, then what the report says of its subject (its time or occasion) or
    its verb of saying (`لعل‌بخش دهواری گفت`): the word before is the given name, though no list
    gives it."""
    j = i + 1
    if j + 1 >= len(keys) or not opens_report(keys, i, info) or any(k in blocked or not info.nameable(k) for k in (i, j)):
        return False
    cue = res.subject_cues.match(keys, j + 1)
    return keys[j] in res.surnames and keys[j] not in res.common_words and keys[j] not in res.given_names \
        and keys[i] not in res.surnames and not res.titles.match(keys, i) and not res.org_units.match(keys, i) \
        and (cue is not None and cue[1]["kind"] in REPORT_CUES or info.speech[j + 1])


def _reported_foreign_name(keys, i, info: TokenInfo, res: Resources, blocked: set[int]) -> int:
    """`به گزارش خبرگزاری فارس، کاراموکا دمبله پدیده ...`: opening a report, two or three words in
    Persian letters that no dictionary has, none a compound written with its ZWNJ (`کتابخانه‌ی`,
    `تست‌گیری`), are the foreign name of the report's subject; where it ends, else i."""
    if not opens_report(keys, i, info):
        return i
    end = i
    while end < len(keys) and end - i < FOREIGN_WORDS and end not in blocked and info.nameable(end) \
            and keys[end] not in res.lexicon_any and "\u200c" not in info.doc[end].text and not _suffixed(keys[end], res) \
            and all(ARABIC_SCRIPT[0] <= c <= ARABIC_SCRIPT[1] for c in keys[end]) and not res.titles.match(keys, end):
        end += 1
    return end if end - i >= 2 else i


ARABIC_SCRIPT = ("\u0600", "\u06FF")  # Persian letters, not a Latin name's (`Information week`)
FOREIGN_WORDS = 3


def _credited_in_two_words(keys, i, info: TokenInfo, res: Resources, blocked: set[int]) -> bool:
    """`به نویسندگی ناصح کامکاری و به کارگردانی ...`, `به کارگردانی طوفان نهان‌قدرتی`: right
    after a maker's credit, two words ending where the credit's clause goes on (`و`, a comma,
    another credit, the sentence's end) are the maker's name, though no list gives the first: the
    second no dictionary word and shaped like a surname, the first no plural (`به نویسندگی فرزندان
    شهدا`, `دانشجویان`: makers unnamed)."""
    j = i + 1
    if j >= len(keys) or not _credited(keys, i, res) or any(k in blocked or not info.nameable(k) for k in (i, j)):
        return False
    after = j + 1
    ends = after >= len(keys) or keys[after] == AND or keys[after] in COMMA_KEYS or keys[after] in SENTENCE_ENDS \
        or bool(res.credit_cues.match(keys, after))
    last = keys[j]
    return ends and last not in res.lexicon_any and (unattested(last, res) or surname_like(last, res)) \
        and not res.inflected_common(last) and not ordinary_plural(keys[i], res) \
        and not _a_country(keys, j, res) and not res.titles.match(keys, i)


def _after_a_credit(keys: list[str], i: int, info: TokenInfo) -> bool:
    """Word i comes right after the agency a sentence's report is credited to, the comma after
    it left out (`به گزارش خبرنگار خبرگزاری فارس ابراهیمی ...`)."""
    return bool(i) and keys[i - 1] == AGENCY and _in_a_credit(keys, i, info, CREDIT_WORDS)


def _in_a_credit(keys: list[str], i: int, info: TokenInfo, reach: int) -> bool:
    """The sentence word i stands in opens with `به گزارش` fewer than ``reach`` words before it."""
    start = next((k for k in range(i - 1, max(-1, i - reach), -1) if info.sentence_start[k]), None)
    return start is not None and start + 1 < i and keys[start] == TO and keys[start + 1] == REPORT


AGENCY, REPORT = fold("فارس"), fold("گزارش")
CREDIT_WORDS = 7  # words from `به گزارش` to the agency (`به گزارش خبرنگار اقتصادی خبرگزاری فارس`)
CREDIT_REACH = 30  # words a credit may run to its comma, its source's office named in full


def _with_votes(keys: list[str], j: int, info: TokenInfo) -> bool:
    """`با 21 رای`, `با کسب 1200 رأی`, `16 رای` right after a name: a candidate's count of votes."""
    if j < len(keys) and keys[j] == WITH:
        j += 1
        if j < len(keys) and keys[j] == GAINING:
            j += 1
    while j < len(keys) and info.number[j]:
        j += 1
        if j < len(keys) and keys[j] in VOTE_WORDS:
            return True
    return False


COUNTERPART = fold("همتای")


def _counterpart(keys, i, info: TokenInfo, res: Resources, blocked: set[int]) -> bool:
    """`دیدار با ظریف همتای ایرانی خود`: one word met (after `با`) and called someone's
    counterpart is a person when a list gives it as a surname or only scraped lists as a given
    name, though it is also a word (`ظریف`)."""
    return 0 < i and i + 1 < len(keys) and keys[i - 1] in MEETING_WORDS and keys[i + 1] == COUNTERPART \
        and info.nameable(i) and i not in blocked \
        and (keys[i] in res.surnames or res.given_names.get(keys[i]) == "weak")


def _some_of_a_plural(text: str, res: Resources) -> bool:
    """A plural noun made indefinite (`مطالبی`, `نکاتی` said): no surname."""
    return text.endswith("ی") and "PL" in res.pos_of(text[:-1])


ONE = fold("یک")
PLURAL_VERB = fold("ند")  # `گفتند`, `افزودند`: the ending of a verb whose subject is plural
FOREIGN_NAME_WORDS = 4
PLURAL_SHAPES = tuple(fold(w) for w in ("ان", "ات", "ها", "های"))
HA_PLURALS = tuple(fold(w) for w in ("ها", "های", "هایی"))


def unattested(key: str, res: Resources) -> bool:
    """A word Persian text does not use: unknown to the lexicon or listed with no frequency, and
    not the plural of a word it uses (hazm lists `سخنان` with none)."""
    return key not in res.attested and not any(key.endswith(e) and key[: -len(e)] in res.attested for e in PLURAL_SHAPES)


def plural_in_ha(key: str, res: Resources) -> bool:
    """`کشورهای`, `دولت‌ها`: a word Persian text uses with the plural `ها`, which no name ends in
    (`ان` and `ات` end foreign names too: `جیان`)."""
    return any(key.endswith(e) and key[: -len(e)].rstrip("\u200c") in res.attested for e in HA_PLURALS)


def _foreign_before_post(keys, i, info: TokenInfo, res: Resources, blocked: set[int]) -> tuple[int, int, bool] | None:
    """`هو جیان تائو رئیس جمهور چین`, `میچل باچه لت رئیس جمهور شیلی ...`: a foreign name opens
    the sentence and its post follows with the state or body it serves. Two to four words, none
    a function word, a verb, a common word or another entity's start, one at least a word
    Persian does not use; then a post, and after it a body, or a country or city within three
    words (`وزیر بازرگانی سنگاپور`). After `با` (`در دیدار با لیندال ساکس سفیر استرالیا`), where
    an ordinary noun is as likely (`با استرداد آلبرتو فوجیموری`), the first word must be one no
    dictionary lists. After a clause opener, two words Persian does not use before a time or an
    occasion are a foreign name too (`، مورلی دئورا در مصاحبه با ...`). A head of state or
    government (rank 1 in titles.tsv) needs no body after it (`پراتیبها پاتیل رئیس جمهور، ...`)."""
    # (after `دولت`, a government named by its head: `به دولت میچل باچه لت رئیس جمهور شیلی`)
    governed = bool(i) and keys[i - 1] in GOVERNMENT_WORDS
    if not (info.sentence_start[i] or (i and keys[i - 1] in CLAUSE_OPENERS) or _next_in_list_of_posts(keys, i, res)
            or governed):
        if not (i and keys[i - 1] in MEETING_WORDS and keys[i] not in res.lexicon_any):
            return None
    for end in range(i + 2, min(i + FOREIGN_NAME_WORDS, len(keys) - 2) + 1):
        if not info.nameable(end - 1) or end - 1 in blocked:
            return None
        title = res.titles.match(keys, end)
        words = keys[i:end]
        if not title:
            cue = res.subject_cues.match(keys, end) if end == i + 2 and not info.sentence_start[i] else None
            # (or set off by a comma as the report's subject: `به گزارش فارس، داوید کونارسکی، ملی‌پوش ...`)
            apposed = end == i + 2 and keys[end] in COMMA_KEYS and opens_report(keys, i, info)
            if (cue and cue[1]["kind"] in REPORT_CUES or apposed) and all(info.nameable(k) and k not in blocked for k in range(i, end)) \
                    and all(unattested(w, res) or w in res.given_names for w in words) \
                    and any(unattested(w, res) for w in words) and not any(w in res.common_words for w in words):
                return i, end, True  # `به گزارش فارس، مورلی دئورا در مصاحبه با رویترز ...`
            continue
        if any(not info.nameable(k) or k in blocked for k in range(i, end)) \
                or any(w in res.common_words and not (k == 0 and w in res.foreign_given) or plural_in_ha(w, res)
                       for k, w in enumerate(words)) \
                or not any(unattested(w, res) for w in words):
            return None  # (`کشورهای غیرمتعهد عضو شورای حکام`: a plural names no one)
        national = str(title[1].get("rank")) == "1"
        if governed:
            return (i, end, True) if national else None
        return (i, end, True) if national or _serves(keys, title[0], res) else None
    return None


GOVERNMENT_WORDS = frozenset(fold(w) for w in ("دولت", "کابینه"))  # a government named by its head


def _next_in_list_of_posts(keys: list[str], i: int, res: Resources) -> bool:
    """After `و` closing a list of officials, each named with a post (`پراتیبها پاتیل رئیس جمهور،
    منموهان سینگ نخست وزیر و مورلی دئورا وزیر نفت هند`): a post a few words before the `و`."""
    return i >= 2 and keys[i - 1] == AND and any((found := res.titles.match(keys, j)) and found[0] <= i - 1
                                                 for j in range(max(0, i - 4), i - 1))


def _serves(keys: list[str], after: int, res: Resources) -> bool:
    """A body or a place right after a post (`وزیر` + `آموزش و پرورش`, `سفیر` + `... استرالیا`), or
    the state's people (`سناتور شیلیایی`): the post is a named office, not a function word for
    anyone (`وزیر بازرگانی سنگاپور`)."""
    return after < len(keys) and bool(res.org_units.match(keys, after) or res.organizations.match(keys, after)
                                      or _demonym(keys[after], res)
                                      or any(res.cities.match(keys, k) or res.provinces.match(keys, k)
                                             or _state(keys, k, res)  # (`مالی` after `معاون` is finance, not Mali)
                                             for k in range(after, min(after + 3, len(keys)))))


def _surname_before_post(keys, i, info: TokenInfo, res: Resources, blocked: set[int]) -> bool:
    """`در این مراسم فرشیدی وزیر آموزش و پرورش گزارش داد`: one word no dictionary uses, shaped
    like a surname (made from a given name, or listed), right before a post with its body or
    place, names its holder wherever it stands in the sentence."""
    key = keys[i]
    if i + 1 >= len(keys) or not info.nameable(i) or i in blocked or key in res.given_names \
            or key in res.lexicon_any or res.inflected_common(key) or _demonym(key, res):
        return False
    parts = info.doc[i].text.split("\u200c")
    if len(parts) > 1 and all(fold(p) in res.lexicon_any for p in parts):
        return False  # `به‌عنوان نماینده دولت`: words joined by a ZWNJ, no name
    if not (_surname_of_name(key, res) or surname_like(key, res)):
        return False
    title = res.titles.match(keys, i + 1)
    return bool(title) and title[1]["kind"] != "staff" and _serves(keys, title[0], res)


REPORT_CUES = frozenset({"time", "occasion"})  # what a report says right after the one it is about
CREDIT_CUE = "credit"  # subject_cues.tsv kind of `برای بازی در`: the one credited for a part
# `در دیدار با ...`, `... با همتای خود`: who an official meets is named right after `با`.
MEETING_WORDS = {fold("با")}
QUOTED_WORDS = 4
# Words that join a family name to the name before it (`غسان بن جدو`, `فیصل آل سعود`).
FAMILY_PARTICLES = frozenset(fold(w) for w in ("بن", "ابن", "بنت", "آل"))
COMMA_KEYS = {fold(c) for c in COMMA}
# plural honorifics before names (`آقایان هاشمی، خاتمی`, `شهیدان رجایی و باهنر`)
PLURAL_COURTESIES = {fold(w) for w in ("آقایان", "خانم‌ها", "خانمها", "حضرات", "شهیدان", "سرداران", "امیران")}
QUOTES_CLOSE = {'"', "»", "”"}


def _quoted_name(keys, i, info: TokenInfo, res: Resources, blocked: set[int]) -> tuple[int, int, bool] | None:
    """`"سلام فیاض"`, `«کنث مک‌کنزی» رئیس ...`: news puts a name it introduces in quotes. Two or
    three words that could be a name: a given name first, no dictionary word among them, or a
    word no dictionary lists beside names or unused words (`"دیالا مصطفی مطر"`, `«بالتزار کورما»`),
    unless the quotes follow the head of a named thing (`فیلم «...»`); sure then, or when a
    post or a speech verb follows. Before a post one uncommon word is enough, and a word shaped
    like a verb is a name's (`"درید کشموله" استاندار موصل`); so is one word alone that Persian
    does not use (`"نائوتوکان"، نخست‌وزیر ژاپن`)."""
    if not i or keys[i - 1] not in QUOTES_OPEN:
        return None
    end, words = i, 0
    while end < len(keys) and words < QUOTED_WORDS and keys[end] not in QUOTES_CLOSE:
        words += keys[end] not in FAMILY_PARTICLES  # (`«عبدالله بن سعود بن محمد»`: three names)
        end += 1
    if end >= len(keys) or keys[end] not in QUOTES_CLOSE or end == i:
        return None
    if words == QUOTED_WORDS and keys[i] not in res.given_names:
        return None  # four words only for a name that opens with a given name (`«معصومه احمد عبدالله مخلوق»`)
    post = _post_context(keys, end + 1, res) \
        or end + 2 < len(keys) and keys[end + 1] == ONE and _post_context(keys, end + 2, res)  # `«نک محمد» یک رهبر سابق طالبان`
    if i >= 2 and _names_a_thing(keys, i - 2, res) and not post and keys[i] not in res.given_names:
        # `هتل «ریتز کارلتون»`, `فیلم «...»`: the quoted name of a thing of that kind, though a
        # given name opens a person's (`در پایان این برنامه «فرید عمران» و «امیر صراف» ...`)
        return None
    if _after_a_body_word(keys, i - 1, res) and keys[i] not in res.given_names:
        return None  # `به گزارش شبکه «روسیا الیوم»، نخست‌وزیر سابق ...`: the outlet, whatever its words
    title = post and not res.speech_verbs.match(keys, end + 1 + (keys[end + 1] in COMMA))
    if end - i == 1 and not (title and keys[i] not in res.lexicon_any and unattested(keys[i], res)
                             and info.nameable(i) and i not in blocked):
        return None  # one word: a name only before a post and no word Persian uses (`"نائوتوکان"، نخست‌وزیر`)
    # (before a post, a last word Persian does not use makes a name of a word that heads a body:
    # `«نهاد المشنوق» وزیر کشور لبنان`)
    foreign_last = title and unattested(keys[end - 1], res) and not res.titles.match(keys, i)
    if any(k in blocked and not foreign_last or not (info.nameable(k) or title and info.verb[k] and not info.function[k])
           for k in range(i, end)):
        return None
    named = keys[i] in res.given_names or prefixed_given(keys[i], res)
    foreign = all(k not in res.lexicon_any for k in keys[i:end])
    words = keys[i:end]
    unused = any(k not in res.lexicon_any for k in words) and not any(_arabic_verb(k) for k in words) \
        and all(k not in res.attested or k in res.given_names or k in res.surnames for k in words) \
        and not (i >= 2 and _names_a_thing(keys, i - 2, res)) \
        and not any(_common_head(k, res) for k in words[:-1])
    # (a noun in the ezafe or a plural of people opens a common phrase: `«قربانیان تروریسم»`, `«کودتای نظامی»`)
    # before a post, a surname as rare as a foreign one (`«راس ویلسون»، سفیر آمریکا`: hazm lists
    # `ویلسون` 8 times) is enough, where the last word is no common one (`"سخنان مهم" رئیس جمهور`)
    rare_surname = words[-1] not in res.lexicon_words and words[-1] not in res.common_words
    # opening a sentence before what news says of the one it reports on (`«ران جاکوب» در گفتگو با ...`)
    cue = res.subject_cues.match(keys, end + 1)
    reported = (info.sentence_start[i - 1] or i >= 2 and keys[i - 2] in CLAUSE_OPENERS) and end - i >= 2 \
        and bool(cue) and cue[1]["kind"] in REPORT_CUES
    # an actor credited for a part, wherever in a list (`و «جیمی فاکس» برای بازی در فیلم «ری»`), or
    # one whose age follows (`«راعد ابوزید»، 14 ساله`)
    reported = reported or end - i >= 2 and (bool(cue) and cue[1]["kind"] == CREDIT_CUE or _aged(keys, end + 1, info)
                                             and not (i >= 2 and _names_a_thing(keys, i - 2, res)))
    # after an honorific (`به رهبری مولانا "صوفی محمد"`, `سردار «...»`): the one it honours
    reported = reported or end - i >= 2 and _honorific_before(keys, i - 1, res)
    # after a post, the one who holds it, though a word of it is one Persian uses (`سناتور "کیت باند"`),
    # unless all are or a common phrase opens it (`دبیر «جشنواره فیلم»`)
    held = end - i >= 2 and _post_before(keys, i - 1, res) and not any(_common_head(k, res) for k in words[:-1]) \
        and not all(k in res.common_words for k in words)
    # before a post, a word that is only a name makes a name of a word Persian uses beside it
    # (`«رند پاول» سناتور ایالت فلوریدا`)
    name_word = title and any((res.given_names.get(k) == "strong" or k in res.surnames) and k not in res.common_words
                              for k in words)
    # before a post, two words one of which any name list has (`"سلام فیاض" نخست وزیر`: both are
    # also words), where neither heads a common phrase
    listed_pair = title and end - i == 2 and any(res.given_names.get(k) or k in res.surnames for k in words) \
        and not any(_common_head(k, res) for k in words)
    if not (named or foreign or unused or name_word or listed_pair or held
            or (title or reported) and (rare_surname or any(unattested(k, res) for k in words))):
        return None
    return i, end, post or unused or reported or held


def _post_before(keys: list[str], end: int, res: Resources) -> bool:
    """A post ends right before token ``end`` (`سناتور`, `نخست وزیر`), one a holder is named by."""
    return any((found := res.titles.match(keys, j)) and found[0] == end and found[1]["kind"] != "staff"
               for j in range(max(0, end - 3), end))


def _honorific_before(keys: list[str], end: int, res: Resources) -> bool:
    """An honorific ends right before token ``end`` (`مولانا`, `آیت الله`)."""
    return any((found := res.honorifics.match(keys, j)) and found[0] == end for j in range(max(0, end - 3), end))


def holy_blessing_after(keys: list[str], end: int) -> bool:
    """A blessing in brackets that follows only an Imam's, a prophet's or a saint's name closes the
    words before token ``end`` (`حسین (ع)`, `محمد (ص)`, `زینب (س)`, `مهدی (عج)`); not `(ره)`, the
    one for the late, which follows persons the guidelines keep (`امام خمینی (ره)`)."""
    return end + 2 < len(keys) and keys[end] == "(" and keys[end + 1] in HOLY_BLESSINGS and keys[end + 2] == ")"


HOLY_BLESSINGS = frozenset(fold(w) for w in ("ع", "ص", "س", "عج"))
BLESSINGS = HOLY_BLESSINGS | {fold("ره")}  # and the blessing for the late


def _according_to_before(keys: list[str], end: int, res: Resources) -> bool:
    """`به گفته` ('according to') ends right before token ``end``: whom a report quotes follows."""
    return any((found := res.speech_verbs.match(keys, j)) and found[0] == end and found[1]["kind"] == ACCORDING_TO
               for j in range(max(0, end - 2), end))


def _aged(keys: list[str], j: int, info: TokenInfo) -> bool:
    """`، 14 ساله` at j: the age news gives, set off by a comma, after the name of the one it
    reports on (not `فیلم «...» 90 ساله شد`, a work's anniversary)."""
    return j + 2 < len(keys) and keys[j] in COMMA_KEYS and info.number[j + 1] and keys[j + 2] == AGED


AGED = fold("ساله")


def _common_head(key: str, res: Resources) -> bool:
    """A dictionary noun in the ezafe after its final alef (`کودتای`), in the plural of people
    (`قربانیان`) or in ها (`«خرمالوهای گس»`, a play): the head of a common phrase, not a name's
    first word; so is one glued to the noun before it (`«مرکزگفتگوی جهانی»`, a space lost)."""
    if key in res.given_names or key in res.surnames:
        return False
    return res.in_ezafe(key) or key.endswith("ان") and key[:-2] in res.lexicon_any or plural_in_ha(key, res) \
        or key.endswith(EZAFE_AFTER_VOWEL) and any(key[:k] in res.common_words and key[k:-1] in res.lexicon_any
                                                   for k in range(MIN_STEM, len(key) - MIN_STEM))


def _arabic_verb(key: str) -> bool:
    """`یرزقون`, `تعملون`: an Arabic verb of a quoted verse, not a name."""
    return len(key) > 4 and key[0] in "یتن" and key.endswith(("ون", "ین"))


def _after_a_body_word(keys, q: int, res: Resources) -> bool:
    """The quote at q follows, past words describing it (`شبکه خبری «...»`), a word after which
    quoted words are a body's name (org_units.tsv quoted_name) or an outlet's kind word
    (kind_words.tsv `شبکه`): a name there is the outlet's or the body's, even before a post."""
    k = q
    while k > 0 and keys[k - 1] in res.kind_descriptors:
        k -= 1
    if k and res.kind_words.get(keys[k - 1], set()) & REPORTING_KINDS:
        return True
    return any((unit := res.org_units.match(keys, start)) and unit[0] == k and unit[1]["quoted_name"]
               for start in range(max(0, k - 3), k))


def _names_a_thing(keys, k: int, res: Resources) -> bool:
    """The word at k is the head of a named plan, work, body, facility or place, or a level of
    place (`منطقه "باجور آجنسی"`)."""
    key = keys[k]
    return singular(key) in res.program_heads or singular(key) in res.work_heads or key in res.named_after \
        or key in PLACE_LEVELS \
        or bool(res.org_units.match(keys, k) or res.facility_heads.match(keys, k))


def _blocked_tokens(info: TokenInfo, res: Resources) -> set[int]:
    """Tokens that start a title, an organisation unit or a place cannot be part of a name
    (worked out once per document: reading persons and spreading surnames both ask)."""
    if "blocked" not in info.derived:
        info.derived["blocked"] = _blocking(info, res)
    return info.derived["blocked"]


QUALIFIERS = {fold(w) for w in ("سابق", "پیشین", "اسبق", "وقت", "فعلی")}
WORK_TITLE_WORDS = 8  # how far back from a credit its work's title in quotes may open
OFFICE_ENDING = fold("ی")
# The levels of a place (`هنری شهرستان`: the arts of the county, `روستای عیسوند`) end any name; a
# village in the ezafe only (`روستا` alone is also a surname).
PLACE_LEVELS = {fold(w) for w in ("استان", "شهرستان", "شهر", "کشور", "منطقه", "روستای", "روستاهای", "ایالت", "ولایت")}


def listed_body_words(info: TokenInfo, res: Resources) -> set[int]:
    """Every word of a listed body's name of two words or more (`دانشگاه علوم پزشکی شهید بهشتی`,
    `رادیو فردا`): no name's and no date's (found once per document: the blocking and the dates ask)."""
    if "bodies" not in info.derived:
        info.derived["bodies"] = {k for i, found in res.organizations.matches(info.keys) if found[0] - i >= 2
                                  for k in range(i, found[0])}
    return info.derived["bodies"]


def holy_names(info: TokenInfo, res: Resources) -> set[int]:
    """The tokens of the phrases not_persons.tsv lists (`رسول اکرم`, `امام راحل`): no person under
    the guidelines (found once per document: the blocking, the given-name rule and the model's
    weighing each ask)."""
    if "holy" not in info.derived:
        info.derived["holy"] = {k for i, found in res.not_persons.matches(info.keys) for k in range(i, found[0])}
    return info.derived["holy"]


def _given_before_a_word(info: TokenInfo, i: int, res: Resources) -> bool:
    """A town's one-word name that is as often a given name (`مهران`, `رستم`, `کیان`), opening a
    sentence or a clause before a word a name may have (`مهران تیشه گران مدیرکل ...`): the given
    name, whose surname no list may know; after `در`, `از`, `به` or a level of place, the town."""
    keys = info.keys
    if res.given_names.get(keys[i]) not in ("strong", "ambiguous") or i + 1 >= len(keys) or not info.nameable(i + 1) \
            or keys[i] in res.named_after:
        return False  # (`پردیس باهنر`: a campus named after someone)
    if res.provinces.match(keys, i + 1) or res.cities.match(keys, i + 1) or res.country_at(keys, i + 1):
        return False  # `مهران ایلام`: the town and its province
    return not i or keys[i - 1] not in TOWN_CUES and keys[i - 1] not in PLACE_LEVELS


TOWN_CUES = frozenset(fold(w) for w in ("در", "از", "به", "تا", "مرز"))  # a place's name follows


def _blocking(info: TokenInfo, res: Resources) -> set[int]:
    keys = info.keys
    blocked = set(holy_names(info, res))
    # Index by index over the tokens that can start one of its phrases, not every index at every
    # token: the lookups were a tenth of the whole extraction.
    places = (res.provinces, res.cities)
    for index in (res.titles, res.org_units, res.organizations, res.provinces, res.cities,
                  res.honorifics, res.speech_verbs, res.measures):
        blocked.update(i for i, found in index.matches(keys) if keys[i] not in res.surnames
                       and not (index is res.measures and found[0] == i + 1 and i  # `وحید مجروح`: a surname
                                and res.given_names.get(keys[i - 1]) in RELIABLE_TIERS)
                       and not (index is res.org_units and _surname_heading_no_body(info, i, found[0], res))
                       and not (index in places and (found[1]["ambiguous"]  # `علی اکبر`, a village
                                                     or found[0] == i + 1 and (given_name_then_surname(keys, i, res)
                                                                               or _given_before_a_word(info, i, res))))
                       and not (index is res.honorifics and (_half_a_given_name(keys, i, found, res)
                                                             or _given_not_rank(keys, i, found, res)
                                                             or opens_surname(keys, i, found, res)
                                                             or _tail_not_title(info, i, res))))
    # `افسر سابق اطلاعاتی`: what says when a post was held is in no name, nor a level of place
    blocked.update(i for i, key in enumerate(keys) if key in QUALIFIERS or key in PLACE_LEVELS)
    # `بوتفلیقه روسای جمهوری`: a post in the plural ends a name (unless a surname: `مدیران`)
    blocked.update(i for i, key in enumerate(keys) if key in res.title_plurals and key not in res.surnames)
    blocked.update(office_words(keys, res))
    # `با هدایت فیروز کریمی`, `به کارگردانی ...`: the words crediting a maker are no part of the name
    blocked.update(k for i, found in res.credit_cues.matches(keys) for k in range(i, found[0]))
    # `«حسنی باهوش» به کارگردانی ...`: the words in quotes right before a maker's credit are the work's title
    for i, _ in res.credit_cues.matches(keys):
        if (opening := _work_title_before(keys, i)) is not None:
            blocked.update(range(opening + 1, i - 1))
    # a country of two words or more (`اتحاد جماهیر شوروی`); one word may be a name too (`ایران درودی`)
    blocked.update(i for i, found in res.countries.matches(keys) if found[0] - i >= 2)
    # every word of a listed programme or body of two words or more (`راهیان نور شمالغرب`: no
    # `نور شمالغرب`; `دانشگاه علوم پزشکی شهید بهشتی`: no `بهشتی`)
    blocked.update(k for i, found in res.programs.matches(keys) if found[0] - i >= 2 for k in range(i, found[0]))
    blocked.update(listed_body_words(info, res))
    # a stroke after a distance (`100 متر پروانه امید زهرایی`): the event's, though a given name too
    blocked.update(k for i, found in res.event_styles.matches(keys) if i and keys[i - 1] in DISTANCES
                   for k in range(i, found[0]))
    return blocked


DISTANCES = frozenset(fold(w) for w in ("متر", "کیلومتر", "یارد"))


def _surname_heading_no_body(info: TokenInfo, i: int, end: int, res: Resources) -> bool:
    """`مصطفی کارخانه در حاشیه سفر ... بیان داشت`: one word that heads bodies (`کارخانه`), after a
    given name a reliable list gives and before what a report says of its subject (its occasion,
    its time) or a verb of saying, heads no body there: it is the surname."""
    keys = info.keys
    return end == i + 1 and i > 0 and res.given_names.get(keys[i - 1]) in RELIABLE_TIERS and end < len(keys) \
        and (bool(res.subject_cues.match(keys, end)) or info.speech[end])


def _tail_not_title(info: TokenInfo, i: int, res: Resources) -> bool:
    """`عزت الله یوسفیان ملا امشب ...`: an honorific that is also a surname's tail (`ملا`), after a
    surname-shaped word and before no name (a time, a verb, punctuation), ends that surname: web
    text writes the compound's ZWNJ as a space (`یوسفیان‌ملا`)."""
    keys = info.keys
    return keys[i] in res.surname_tails and i > 0 and surname_like(keys[i - 1], res) \
        and (i + 1 >= len(keys) or not info.nameable(i + 1) or bool(res.subject_cues.match(keys, i + 1))
             or res.says_at(keys, i + 1))


def _work_title_before(keys: list[str], credit: int) -> int | None:
    """The opening quote of a title in quotes that ends right before a maker's credit at token
    ``credit`` (`«حسنی باهوش» به کارگردانی ...`), if one does."""
    if not credit or keys[credit - 1] not in QUOTES_CLOSE:
        return None
    return next((k for k in range(credit - 2, max(-1, credit - 2 - WORK_TITLE_WORDS), -1) if keys[k] in QUOTES_OPEN), None)


def credited_work(keys: list[str], start: int, end: int, res: Resources) -> bool:
    """Words start..end are (in) the title in quotes of a work whose maker's credit follows."""
    after = end + 1 if end < len(keys) and keys[end] in QUOTES_CLOSE else end
    found = res.credit_cues.match(keys, after) if after < len(keys) else None
    opening = _work_title_before(keys, after) if found else None
    return opening is not None and opening < start


def office_words(keys: list[str], res: Resources) -> set[int]:
    """`نایب رئیسی`, `مدیر کلی`: the office of a post of two words (its last with `ی`), no name."""
    found = set()
    for i, key in enumerate(keys[:-1]):
        last = keys[i + 1]
        if key in res.titles.firsts and last.endswith(OFFICE_ENDING) \
                and (title := res.titles.match([key, last[: -len(OFFICE_ENDING)]], 0)) and title[0] == 2:
            found.update((i, i + 1))
    return found


def _apposition(keys, i, info: TokenInfo, res: Resources, blocked: set[int]) -> bool:
    """`word word، TITLE` (or `، یک کارشناس`) at a sentence or clause start: the genre's way of
    naming an official or an expert, when the second word looks like a surname, the first is a
    listed given name however rare (a western one that is also a word: `جان اسمیت`), or either is a
    word Persian does not use. After `با` too: whom a meeting was with (`در دیدار با محمت
    هولکی‌اوز، نماینده ...`)."""
    if i + 3 >= len(keys) or not (info.sentence_start[i] or (i and (info.punct[i - 1] or keys[i - 1] in MEETING_WORDS))):
        return False
    if not (info.nameable(i) and info.nameable(i + 1)) or {i, i + 1} & blocked:
        return False
    if keys[i + 2] not in COMMA_KEYS:
        return False
    described = keys[i + 3] == ONE and i + 4 < len(keys) and keys[i + 4] in res.person_nouns  # `، یک کارشناس ...`
    return (bool(res.titles.match(keys, i + 3)) or described) and (
        surname_like(keys[i + 1], res) or keys[i] in res.given_names or keys[i] in res.foreign_given
        or unattested(keys[i], res) or unattested(keys[i + 1], res))  # `گری راس، یک کارشناس نفت`


def _opens_a_name(keys: list[str], k: int, res: Resources) -> bool:
    """`سیدعبدالعزیز`: `سید` glued to a given name starts a name; no given name comes before it."""
    return k < len(keys) and keys[k].startswith(SEYED) and keys[k] not in res.surnames and prefixed_given(keys[k], res)


def _given_in_two(first: str, second: str, res: Resources) -> bool:
    """`روح الله`, `سیدشمس الدین`: a given name written in two tokens, a lineage word glued to the first."""
    return first + second in res.given_names or first not in LINEAGE_WORDS and prefixed_given(first + second, res)


LINEAGE_WORDS = ("سید", "میر", "سیده")


def prefixed_given(key: str, res: Resources) -> bool:
    """`سیدعباس`, `میرهاشم`: a lineage word glued to a given name, not to a surname made from one
    that only scraped lists call a given name (`سیدصالحی` is a surname); `ام‌السادات`, `حرمت
    السادات`: a woman's given name of a sayyid's family, whatever word opens it (no list has them all)."""
    return any(key.startswith(p) and (rest := key[len(p):]) in res.given_names
               and not (_scraped_given(rest, res) and rest.endswith(YA) and rest[:-1] in res.given_names)
               for p in LINEAGE_WORDS) \
        or key.endswith(OF_THE_SAYYIDS) and len(key) > len(OF_THE_SAYYIDS) + 1


def _scraped_given(key: str, res: Resources) -> bool:
    """A listed surname that only scraped lists also give as a given name (`رسولی`, `صالحی`)."""
    return res.given_names.get(key) == "weak" and key in res.surnames


OF_THE_SAYYIDS = fold("السادات")
YA = fold("ی")  # the ending that makes a surname of a given name (`صالحی`)


def _tiers(keys: list[str], start: int, end: int, res: Resources) -> set[str]:
    """The reliability tiers of the given names in tokens start..end (a name written in two
    tokens, `روح الله`, counts once)."""
    tiers, k = set(), start
    while k < end:
        if k + 1 < end and keys[k] + keys[k + 1] in res.given_names:
            tiers.add(res.given_names[keys[k] + keys[k + 1]])  # `امیر حسین`: one name, written apart
            k += 2
        elif keys[k] in res.given_names:
            tiers.add(res.given_names[keys[k]])
            k += 1
        elif prefixed_given(keys[k], res):
            tiers.add("strong")
            k += 1
        else:
            k += 1
    return tiers


def _names_a_place_or_body(keys: list[str], i: int, res: Resources) -> bool:
    """A listed place or body of two words or more starts at i (`جمهوری اسلامی ایران`)."""
    return any((found := index.match(keys, i)) and found[0] - i > 1
               for index in (res.countries, res.provinces, res.cities, res.organizations))


def _in_headline(doc: Doc, i: int) -> bool:
    """Token i is on the first line of a document of several: its headline."""
    first_break = doc.text.find("\n")
    return doc[i].idx < first_break and bool(doc.text[first_break:].strip())


def _unread_alone(keys: list[str], i: int, res: Resources) -> bool:
    """A one-word name that is no word of Persian (`آغاجری`) names its person wherever it stands,
    but not after a given name or an honorific, where it ends a longer name the rules did not read
    or is a word of praise (`امام همام`), nor when it is an adjective of a plural noun."""
    key = keys[i]
    if key.endswith(OFFICE_ENDING) and "PL" in res.pos_of(key[:-1]):
        return False  # `عشایری`: an adjective of a plural Persian uses (`عشایر`), whatever a list lacks
    return unattested(key, res) and not (i and (keys[i - 1] in res.given_names or res.honorifics.match(keys, i - 1)
                                                or unattested(keys[i - 1], res)))


def _stands_alone(surname: tuple[str, ...], res: Resources) -> bool:
    """A surname alone still names the person only if it is no ordinary word: a listed surname,
    or a word the dictionary does not use (`برمر`); `انقلاب`, `امتحانات` alone are the words."""
    return any(k in res.surnames or (k not in res.common_words and not ordinary_plural(k, res)) for k in surname)


def ordinary_plural(key: str, res: Resources) -> bool:
    """An ordinary noun's plural (`امتحانات`, `کارگران`); `حیدریان` is a surname's shape."""
    if any(key.endswith(e) and key[: -len(e)] in res.lexicon_any for e in ("ها", "های", "هایی", "ات")):
        return True
    return key.endswith("ان") and not key.endswith("یان") and key[:-2] in res.common_words


def _zwnj_parts(text: str, key: str) -> tuple[str, ...]:
    """The folded parts of a word written with a ZWNJ (`میراب‌اقدم`), or the word's key alone."""
    parts = tuple(fold(part) for part in text.split("\u200c") if part)
    return parts if len(parts) > 1 else (key,)


def compound_short_form(text: str, res: Resources) -> str | None:
    """The folded first word of a surname made of two words joined by a ZWNJ (`حیدری‌جناسمی`,
    `هاشمی‌رفسنجانی`): news calls its bearer by it later (`حیدری خاطرنشان کرد`). None for a word
    and an ending (`احمدی‌نژاد`, `رضایی‌فر`: `احمدی` is someone else), or a first word that is an
    ordinary one, neither a listed surname nor one made from a given name or a town (`کاردان‌مقدم`)."""
    parts = _zwnj_parts(text, fold(text))
    return short_form(*parts, res) if len(parts) == 2 else None


def short_form(first: str, second: str, res: Resources) -> str | None:
    """The first of a surname's two folded words, where news calls its bearer by it alone."""
    if len(second) < COMPOUND_PART or second in res.surname_tails or second in res.surname_suffixes \
            or len(first) < COMPOUND_PART or first in res.given_names \
            or not (_stands_alone((first,), res) or _surname_of_name(first, res) or _of_a_town(first, res)):
        return None
    return first


MODEL_SOURCE = "model"  # the source of a person only the trained model read (model_support.py adds them)
STRONG_NAME = "strong"  # given_names.tsv tier of a name every list agrees on (`محمد`, `ناز` is not)
COMPOUND_PART = 4  # letters of each word of a compound surname (shorter ones are endings: `فر`, `پور`)


def propagate_surnames(doc: Doc, res: Resources, persons: list[tuple[int, int]]) -> None:
    """Every bare surname of a person named in full in the document is a mention of them too, and so
    is every other place the whole name is written, and every other place a one-word name that is
    no ordinary word is."""
    info = token_info(doc, res)
    keys = info.keys
    blocked = _blocked_tokens(info, res)
    taken = {k for start, end in persons for k in range(start, end)}
    surnames: dict[tuple[str, ...], int] = {}
    full_names: set[tuple[str, ...]] = set()
    # `طبیبیان گفت`: a one-word name that is no ordinary word names them again where it opens a
    # sentence, as the report's subject (`طبیبیان در خصوص ... گفت`); elsewhere it may be the word
    one_word: set[tuple[str, ...]] = set()
    respelt: set[tuple[str, ...]] = set()
    # `همسرم چوپان آبادی است`, `گونه‌های نادر مرتعی`: a name only the model read, with no given name
    # every list agrees on, its surname an adjective of a common noun no list calls a surname, names its person again
    # only where a person stands, never by the word alone (`آبادی` 'village', ten times in the report)
    worded: set[tuple[str, ...]] = set()
    modelled = {(c.start, c.end) for c in candidates(doc) if c.label == "PERSON" and c.source == MODEL_SOURCE}
    # the end of each body's name, and where it starts (`مؤسسه تنظیم و نشر آثار امام راحل`): a
    # name that ends one is that body's, written again, not its person's
    bodies: dict[int, int] = {}
    for c in candidates(doc):
        if c.label == "ORG":
            bodies[c.end] = min(c.start, bodies.get(c.end, c.start))
    for start, end in persons:
        tokens = [k for k in range(start, end) if not res.honorifics.match(keys, k)]
        if len(tokens) > 1:
            full_names.add(tuple(keys[k] for k in tokens))  # `کارلس پرز` in a headline, read in the text
            # `شهرام میراب‌اقدم` is `شهرام میراب اقدم` where the ZWNJ was typed as a space
            spaced = tuple(part for k in tokens for part in _zwnj_parts(doc[k].text, keys[k]))
            if len(spaced) > len(tokens):
                full_names.add(spaced)
                respelt.add(spaced)
        # the leading run only, and not a surname only scraped lists call a given name (`رسولی`)
        given = list(itertools.takewhile(lambda k: keys[k] in res.given_names and not _scraped_given(keys[k], res),
                                         tokens))
        rest = tuple(keys[k] for k in tokens if k not in given[: len(tokens) - 1])
        if len(tokens) > 2 and keys[tokens[-2]] + keys[tokens[-1]] in res.surnames \
                and keys[tokens[-3]] + keys[tokens[-2]] not in res.given_names:  # `محمد علی مددی` keeps `مددی`
            rest = (keys[tokens[-2]], keys[tokens[-1]])  # `محمود خرم دل`: `خرمدل` written in two, not `دل`
        if len(rest) == len(tokens) > 1 and not given:
            # a name the lexicon does not know (`پل برمر`): its last word, with the particle that
            # makes it a family name (`غسان بن جدو` is `بن جدو` later)
            rest = tuple(keys[k] for k in tokens[-2:]) if len(tokens) > 2 and keys[tokens[-2]] in FAMILY_PARTICLES \
                else (keys[tokens[-1]],)
        if len(tokens) == 1 and _stands_alone((keys[tokens[0]],), res):
            one_word.add((keys[tokens[0]],))
        if len(rest) == 1 and len(tokens) > 2 and tokens[-2] in given:
            surnames[(keys[tokens[-2]], rest[0])] = 2  # `احمد فیاض بخش`: `فیاض بخش` later, not `بخش` alone
        if len(tokens) > 1 and (short := compound_short_form(doc[tokens[-1]].text, res)) is not None:
            surnames.setdefault((short,), 1)  # `حیدری` later for `ابراهیم حیدری‌جناسمی`
        if len(rest) == 2 and len(tokens) > 2 and tokens[-3] in given and (short := short_form(*rest, res)) is not None \
                and ((start, end) not in modelled or short in res.surnames):  # (not `موکت` of `آرتا موکت اردبیل`)
            surnames.setdefault((short,), 1)  # `صفار` later for `محمدحسین صفار هرندی`, the ZWNJ a space
        if rest and len(tokens) > len(rest):
            surnames[rest] = len(rest)
            if (start, end) in modelled and len(rest) == 1 and rest[0] not in res.surnames \
                    and _adjective_of_a_word(rest[0], res) and all(res.given_names.get(keys[k]) != STRONG_NAME for k in tokens):
                worded.add(rest)
            if len(rest) > 1 and rest[-1] not in res.given_names and rest[-1] not in res.common_words \
                    and "".join(rest) not in res.surnames and _stands_alone(rest[-1:], res):
                surnames.setdefault(rest[-1:], 1)  # `کارل هاینس رومینیگه` is `رومینیگه` later
    one_word -= surnames.keys()
    for name in one_word:
        surnames[name] = 1
    if not surnames and not full_names:
        return
    # By first word, longest first: each token is compared with the names it can start, not
    # with every name of the document; a whole name is tried before any surname.
    by_first: dict[str, list[tuple[tuple[str, ...], int]]] = {}
    for name in sorted(full_names, key=len, reverse=True):
        by_first.setdefault(name[0], []).append((name, len(name)))
    for surname, length in sorted(surnames.items(), key=lambda item: -item[1]):
        by_first.setdefault(surname[0], []).append((surname, length))  # (`صابری زفرقندی` before `صابری`)
    # `رمضان پور` for `رمضان‌پور`: a one-word surname written in two (web text spaces a ZWNJ)
    glued = {surname[0] for surname in surnames if len(surname) == 1}
    # A name of two words or more written again reads over a one-word person found inside it
    # (`رئیسی حسن‌لنگی`, where `رئیسی` alone is also a notable's short form): the longer one wins.
    alone = {start for start, end in persons if end - start == 1}
    for i in range(len(keys) - 1):
        # (so does one written in two over the two one-word persons read in it: `[حسینی] [شاهرودی]
        # افزود` after `سیدمحمد حسینی‌شاهرودی`)
        if keys[i] + keys[i + 1] in glued and info.nameable(i) and info.nameable(i + 1) \
                and not any(k in taken and k not in alone or k in blocked for k in (i, i + 1)):
            # (and the word after it, where that is the rest of the surname: `نجف پور بوشهری`)
            end = i + 3 if i + 2 < len(keys) and (keys[i] + keys[i + 1], keys[i + 2]) in surnames \
                and info.nameable(i + 2) and not (i + 2 in taken and i + 2 not in alone or i + 2 in blocked) else i + 2
            # (and the given name before it: `علی پیر مرادی` for the `پیرمرادی` of a later sentence)
            start = i - 1 if i and res.given_names.get(keys[i - 1]) in RELIABLE_TIERS and info.nameable(i - 1) \
                and i - 1 not in taken and i - 1 not in blocked else i
            add(doc, start, end, "PERSON", "surname", {"sure": True})
            taken.update(range(start, end))
    # The same name written with a space for its ZWNJ reads over the shorter person found at its
    # start (`[شهرام میراب] اقدم`).
    ends = {start: end for start, end in persons}
    for i in range(len(keys)):
        if i in taken and i not in alone and i not in ends:
            continue
        for surname, length in by_first.get(keys[i], ()):
            overlap = set(range(i, i + length)) & taken
            extends = surname in respelt and i in ends and overlap == set(range(i, ends[i]))
            if i in taken and i not in alone and not extends:
                continue
            # (a word no name may start, `تخت` a unit, still starts a name of two words found so,
            # though not one that starts a place or a body: `جمهوری اسلامی ایران`)
            if surname in one_word and not info.sentence_start[i] and not _unread_alone(keys, i, res):
                continue
            if tuple(keys[i:i + length]) == surname and (i not in blocked or length > 1 and not _names_a_place_or_body(keys, i, res)) \
                    and not named_after(i, keys, res) and not (i and keys[i - 1] in PLACE_LEVELS) \
                    and bodies.get(i + length, i) >= i \
                    and not (length == 1 and _a_country(keys, i, res) and not res.country_at(keys, i)[1]["ambiguous"]) \
                    and (not overlap or extends or length > 1 and overlap <= alone) \
                    and (surname in full_names or surname not in worded and _stands_alone(surname, res)
                         or _post_context(keys, i + length, res) or _honorific_before(keys, i, res)
                         or _according_to_before(keys, i, res)
                         or _reported_on(keys, i, i + length, res)
                         or info.sentence_start[i] and i + length < len(keys) and keys[i + length] in COMMA_KEYS
                         or info.sentence_start[i] and speaks_later(info, i + length)
                         or surname not in one_word and _in_headline(info.doc, i)):
                # An ordinary word as a surname (`روستا`) is the person only where a person
                # stands: before a speech verb or a post (`روستا گفت`), after an honorific
                # (`سردار طلایی سپس ...`, `آقای الهام`) or `به گفته`, opening what the report
                # says of them (`عرب همچنین ...`) or a sentence as its subject set off by a comma
                # (`زرینه، افزایش بصیرت را ... دانست`), not `روستاهای استان`; and in the headline
                # of the report that names them in full (`مشرف از دولت جدید حمایت می‌کند`). Never
                # after a level of place, which names the place (`استان گلستان`, a name ending in it read).
                add(doc, i, i + length, "PERSON", "name_repeated" if surname in full_names else "surname", {"sure": True})
                taken.update(range(i, i + length))
                break
    _given_names_alone(info, res, persons, taken, blocked)


# A frequent word that the dictionary tags only as a noun, short of a million uses, is a strong
# given name's frequency in news, not a word's (`هومن`, `ابوالفضل`); one tagged an adjective too
# is a word as often (`سعید`), and the most frequent are holy names or words (`حسین`, `نور`)
NOUN_ONLY = frozenset({"N", "RES"})


def _given_names_alone(info: TokenInfo, res: Resources, persons: list[tuple[int, int]], taken: set[int],
                       blocked: set[int]) -> None:
    """A memoir or a profile calls the person it names in full by the given name alone after
    (`حجت‌الله رضیعی` ... `حجت‌الله بزرگ‌تر بود`): that name alone is a mention of them, where no
    other full name of the document starts with it, it is no ordinary word (`امید`), and it stands
    after no title, honorific or holy name (`امام علی`, `حاج قاسم` are read by their own rules) nor
    before a word that may be another surname (`حجت‌الله شکیبایی` is someone else)."""
    keys = info.keys
    firsts: dict[str, set[tuple[str, ...]]] = {}
    for start, end in persons:
        tokens = [k for k in range(start, end) if not res.honorifics.match(keys, k)]
        if len(tokens) > 1 and keys[tokens[0]] in res.given_names:
            firsts.setdefault(keys[tokens[0]], set()).add(tuple(keys[k] for k in tokens))
    if not firsts:
        return
    holy = holy_names(info, res)  # (inside `blocked` too, which rules out the name itself)
    # (nor inside a body's or a place's name: `انتشارات سروش`, `کوچه پروین`)
    organised = {k for c in candidates(info.doc) if c.label == "ORG" for k in range(c.start, c.end)}
    for i, key in enumerate(keys):
        if len(firsts.get(key, ())) != 1 or i in taken or i in blocked or not info.nameable(i) \
                or key in res.common_words and not (res.pos_of(key) <= NOUN_ONLY and key not in res.very_common_words) \
                or res.given_names[key] == "weak" or i in organised or named_after(i, keys, res):
            continue
        before = keys[i - 1] if i else ""
        if i and (res.honorifics.match(keys, i - 1) or before in res.titles.firsts or (i - 1) in holy
                  or before in res.given_names or info.nameable(i - 1) and (i - 1) in taken):
            continue
        after = i + 1
        if after < len(keys) and info.nameable(after) and after not in blocked \
                and (keys[after] in res.surnames or surname_like(keys[after], res) or unattested(keys[after], res)):
            continue
        add(info.doc, i, i + 1, "PERSON", "given_name", {"sure": True})
        taken.add(i)
