"""Names in a list of names: news lists the people a story is about (`هنرمندانی از جمله محمدرضا
گلزار، رامبد جوان، سیما تیرانداز، ...`), and a name no rule and no model reads alone is a name
there all the same, set between names.

An item of a list is the words between two separators (`،`, `و`) in one sentence. An item of two
or three words that could be a name (no function word, verb, number or punctuation, no other
entity's word, none the start of a post or a body) is a person when the items on both sides of it
are persons found whole (or a person and the plural of what they are: `جواد سلیمی داوران`); at
either end of the list, when the two items on its one side are; in a list of surnames alone, or
between two persons, one word that is no common word is one too. An item a person covers in
part (`هومن حاجی [عبداللهی]`, the given name of a compound unread) is the person's whole name when
its first word is a given name.

A sentence that lists who scored (`چیلول 10، تلمانس 17 و مدیسون 85 گلزنی کردند`) names a player
before each run of minutes.

A list of examples of people (`افرادی چون آغاجری`, `بازیکنانی چون زارع و سلیمانی`: a noun for
people, then a word opening examples) names persons: its one-word items that are listed surnames or
no words of Persian are persons, though no person flanks them.

A pair joined by `و` with a person read whole (`کبری قربانی و مریم بنی‌طالبی`) names a person in
its other half where that half has a name's shape by itself: a given name reliable lists give and
a surname of one or two words, or one listed surname that is no common word.

An honorific in the plural (`شهیدان رجایی و باهنر`, `آقایان هاشمی، خاتمی`) names the persons it
honours: its one-word items that name lists have.
"""
from __future__ import annotations

from spacy.tokens import Doc

from loader.ner.candidates import Candidate, add
from loader.ner.persons import (AND, COMMA_KEYS, PLURAL_COURTESIES, RELIABLE_TIERS, ordinary_plural, prefixed_given,
                                unattested)
from loader.ner.resources import Resources
from loader.ner.tokens import token_info
from loader.text_keys import fold

LIST_SOURCE = "name_list"
EXAMPLES_SOURCE = "example_list"
SCORERS_SOURCE = "scorer_list"
COURTESY_SOURCE = "courtesy_list"
PAIR_SOURCE = "name_pair"
VOCATIVE = fold("ای")
SCORER_WORDS = 3  # the longest name of a scorer (`زلاتان ایبراهیموویچ`, `لوسیانو پریرا`)
PEOPLE_FORMS = ("هایی", "های", "ها", "انی", "ان", "ی", "")  # `افرادی`, `بازیکنانی`, `شخصیت‌هایی`
AMONG = (fold("از"), fold("جمله"))  # `افرادی از جمله`
SEPARATORS = COMMA_KEYS | {AND}
ITEM_WORDS = (2, 3)
MAX_STRETCH = 3  # unread names side by side between two read ones
PASSES = 3


def persons_in_lists(doc: Doc, res: Resources, chosen: list[Candidate]) -> None:
    """Propose as persons the unread names of lists whose neighbouring items are persons."""
    info = token_info(doc, res)
    persons = {(c.start, c.end) for c in chosen if c.label == "PERSON"}
    person_at = {k: c for c in chosen if c.label == "PERSON" for k in range(c.start, c.end)}
    others = {k for c in chosen if c.label != "PERSON" for k in range(c.start, c.end)}
    for k in _examples_of_people(info, res):
        for a in _example_surnames(info, res, k + 1, person_at, others):
            add(doc, a, a + 1, "PERSON", EXAMPLES_SOURCE, {"sure": True})
            persons.add((a, a + 1))
    for a, b in _scorers(info, res, others | set(person_at)):
        add(doc, a, b, "PERSON", SCORERS_SOURCE, {"sure": True})
    for k in _courtesy_list(info, res, others):
        if k not in person_at:
            add(doc, k, k + 1, "PERSON", COURTESY_SOURCE, {"sure": True})
    for a, b in _paired(info, res, persons, person_at, others):
        add(doc, a, b, "PERSON", PAIR_SOURCE, {"sure": True})
        persons.add((a, b))
    if len(persons) < 2:
        return
    for items in (_trimmed(info, res, run) for run in _lists(info)):
        for _ in range(PASSES):  # a name read in one pass may flank the next (`ناظری` after `چوگان`)
            if not _read_items(doc, info, res, items, persons, person_at, others):
                break


def _read_items(doc: Doc, info, res: Resources, items: list[tuple[int, int]], persons: set, person_at: dict,
                others: set[int]) -> bool:
    """One pass over a list, proposing the names of each stretch of unread items flanked by
    persons; whether it read one."""
    held = [_held(info, res, item, persons, person_at) for item in items]
    # (a person read after the first words of an item starts the list there: the items before
    # it are the clause that leads into it)
    opens = max((n for n, (span, item) in enumerate(zip(held, items)) if span is not None and span[0] > item[0]),
                default=0)
    items, held = items[opens:], held[opens:]
    whole = [span is not None for span in held]
    surnames = all(span[1] - span[0] == 1 for span in held if span is not None)
    read = False
    n = 0
    while n < len(items):
        if whole[n]:
            n += 1
            continue
        stretch = n  # a stretch of items not read as persons, n..last
        while n < len(items) and not whole[n]:
            n += 1
        if not _flanked(whole, stretch, n) or n - stretch > MAX_STRETCH:
            continue
        # one word between two persons is a surname too, though the list names some in full
        # (`حسن بیگی، پورشیب، پگاه زنگنه`)
        between = stretch >= 1 and whole[stretch - 1] and n < len(items) and whole[n]
        if all(_name(info, res, a, b, others, person_at) or surnames and _surname(info, res, a, b, others)
               for a, b in items[stretch:n]):
            for a, b in items[stretch:n]:
                add(doc, a, b, "PERSON", LIST_SOURCE, {"sure": True})
                persons.add((a, b))
            read = True
        elif between and n - stretch == 1 and _surname(info, res, *items[stretch], others):
            # (read, but flanking nothing: the items beside it were read by their own words)
            add(doc, *items[stretch], "PERSON", LIST_SOURCE, {"sure": True})
    return read


def _held(info, res: Resources, item: tuple[int, int], persons: set, person_at: dict) -> tuple[int, int] | None:
    """The person that an item stands for beside its neighbours: the item read whole, or a person
    opening it before the plural of what they are (`جواد سلیمی داوران`, the referees' list going on).
    Not one closing it (`آقا محمدیان` closes `شفیع آقا محمدیان`, a name the list reads whole), but
    one after a word no name has, and an honorific between: the list starts inside the item (`... و
    از مرحوم دهنوی، فیناسیان، ...`)."""
    a, b = item
    if (a, b) in persons:
        return a, b
    last = person_at.get(b - 1)
    if last is not None and last.end == b and last.start > a:
        before = last.start - 1
        honoured = res.honorifics.match(info.keys, before)
        if honoured and honoured[0] == last.start and before > a:
            before -= 1  # (`از مرحوم دهنوی`)
        if not info.nameable(before) and info.keys[before] not in res.given_names:
            return last.start, last.end
    first = person_at.get(a)
    if first is not None and first.start == a and b - first.end == 1 \
            and ordinary_plural(info.keys[b - 1], res) and info.keys[b - 1] not in res.surnames:
        return first.start, first.end
    return None


def _paired(info, res: Resources, persons: set, person_at: dict, others: set[int]) -> list[tuple[int, int]]:
    """`کبری قربانی و زیبا بنی‌طالبی`, `رضایی و صیاد شیرازی`: the other half of a pair joined by
    `و` with a person read whole is a person too where it has a name's shape by itself: a given
    name a reliable list has and one or two words after it, or one listed surname that is no common
    word and no given name; the half ends where the sentence or the name's words do."""
    keys = info.keys
    taken = others | set(person_at)
    found = []
    for start, end in sorted(persons):
        if end + 1 < len(keys) and keys[end] == AND:
            found.extend(_name_after(info, res, end + 1, taken))
        if start >= 2 and keys[start - 1] == AND:
            found.extend(_name_before(info, res, start - 1, taken))
    return found


PAIRED_SURNAME_WORDS = (1, 2)


def _free(info, res: Resources, k: int, taken: set[int]) -> bool:
    """Word k may be part of a name: no other reading holds it, and it opens no post or unit."""
    keys = info.keys
    return info.nameable(k) and k not in taken and keys[k] not in SEPARATORS \
        and not (res.titles.match(keys, k) or res.org_units.match(keys, k))


def _bound(info, k: int) -> bool:
    """No name goes on at token k: the text or the sentence ends, or a word no name has stands."""
    return k >= len(info.keys) or info.sentence_start[k] or not info.nameable(k) or info.keys[k] in SEPARATORS


def _lone_surname(info, res: Resources, k: int) -> bool:
    """Word k is a listed surname that is no common word and no given name a reliable list gives."""
    key = info.keys[k]
    return key in res.surnames and key not in res.common_words and res.given_names.get(key) in (None, "weak")


def _reliable_given(info, res: Resources, k: int) -> bool:
    """Word k is a given name a reliable list gives, or one glued to a lineage word (`سیدمحمدرضا`)."""
    return res.given_names.get(info.keys[k]) in RELIABLE_TIERS or prefixed_given(info.keys[k], res)


def _surname_word(info, res: Resources, k: int, taken: set[int]) -> bool:
    """A word after a given name that is its surname, not a word of the sentence (`نسیم صبا و کیهان
    روبرو شد`: the papers `کیهان` and `نسیم صبا`)."""
    return _free(info, res, k, taken) and (info.keys[k] not in res.common_words or info.keys[k] in res.surnames)


def _name_after(info, res: Resources, j: int, taken: set[int]) -> list[tuple[int, int]]:
    """The name that starts at word j, after the pair's `و`: [(start, end)] or []."""
    if not _free(info, res, j, taken):
        return []
    if _reliable_given(info, res, j):
        g = j + 1
        while g < len(info.keys) and _reliable_given(info, res, g) and _free(info, res, g, taken) and g - j < 2:
            g += 1
        for words in PAIRED_SURNAME_WORDS:
            end = g + words
            if end <= len(info.keys) and all(_surname_word(info, res, k, taken) for k in range(g, end)) \
                    and _bound(info, end) and not (end < len(info.keys) and info.verb[end]
                                                   and _predicate(info.keys[end - 1], res)):
                # (`از حسن و حسین خبری نشد`: the word before the verb is what it says)
                return [(j, end)]
        return []
    return [(j, j + 1)] if _lone_surname(info, res, j) and _bound(info, j + 1) else []


def _name_before(info, res: Resources, end: int, taken: set[int]) -> list[tuple[int, int]]:
    """The name that ends before word end, the pair's `و`: [(start, end)] or []."""
    k = end - 1
    if not _free(info, res, k, taken):
        return []
    for words in PAIRED_SURNAME_WORDS:
        for given in (1, 2):
            a = end - words - given
            if a >= 0 and all(_free(info, res, q, taken) for q in range(a, a + given)) \
                    and all(_surname_word(info, res, q, taken) for q in range(a + given, end)) \
                    and all(_reliable_given(info, res, q) for q in range(a, a + given)) \
                    and not _reliable_given(info, res, a + given) and (a == 0 or _bound(info, a - 1)):
                return [(a, end)]
    # (not after a word: `عالم ربانی و عبد صالح ...`, a learned and pious man)
    return [(k, end)] if _lone_surname(info, res, k) and (k == 0 or _bound(info, k - 1)) else []


def _courtesy_list(info, res: Resources, others: set[int]) -> list[int]:
    """`شهیدان رجایی و باهنر`, `آقایان هاشمی، خاتمی، ناطق و جهانگیری`: after an honorific in the
    plural, the one-word names it honours, each a name some list has (a surname, a given name, a
    notable's form) or a word Persian does not use, until the first that is none; two at least
    (`شهیدان شیعه و سنی`, `شهیدان گلگون` honour no one by name)."""
    keys = info.keys
    found = []
    for k, key in enumerate(keys):
        if key not in PLURAL_COURTESIES or k and keys[k - 1] == VOCATIVE:
            continue  # (`کجایید ای شهیدان خدایی، بلاجویان دشت کربلایی`: a song calls them by what they are)
        items, j = [], k + 1
        while j < len(keys) and not info.sentence_start[j] and _honoured(info, res, j, others):
            items.append(j)
            if j + 2 < len(keys) and keys[j + 1] in SEPARATORS and not info.sentence_start[j + 2]:
                j += 2
            else:
                break
        if len(items) >= 2:
            found.extend(items)
    return found


def _honoured(info, res: Resources, k: int, others: set[int]) -> bool:
    key = info.keys[k]
    return info.nameable(k) and k not in others and key not in SEPARATORS \
        and (key in res.surnames or key in res.given_names or key in res.notable.firsts or unattested(key, res))


def _scorers(info, res: Resources, taken: set[int]) -> list[tuple[int, int]]:
    """The names of a sentence that lists who scored, each before the minutes of its goals
    (`جیمی واردی 45، 56 و 4+90 ، چیلول 10، تلمانس 17 و مدیسون 85 گلزنی کردند`, scorer_verbs.tsv):
    one to three words no other entity or person holds, none a function word, a verb or a common
    word, right before a number and right after a separator, a number or another entity."""
    keys = info.keys
    found = []
    for verb, _ in res.scorer_verbs.matches(keys):
        start = verb
        while start > 0 and not info.sentence_start[start]:
            start -= 1
        for j in range(start + 1, verb):
            if not info.number[j] or info.number[j - 1] or keys[j - 1] in SEPARATORS:
                continue
            a = j
            while a > start and j - a < SCORER_WORDS and _scorer_word(info, res, a - 1, taken):
                a -= 1
            opened = a == start or keys[a - 1] in SEPARATORS or info.number[a - 1] or a - 1 in taken
            if a < j and opened and not any(k in taken for k in range(a, j)):
                found.append((a, j))
    return found


def _scorer_word(info, res: Resources, k: int, taken: set[int]) -> bool:
    key = info.keys[k]
    return info.nameable(k) and k not in taken and key not in SEPARATORS \
        and (key not in res.common_words or key in res.surnames or key in res.given_names)


def _examples_of_people(info, res: Resources) -> list[int]:
    """The words opening a list of examples after a noun for people (`افرادی چون`, `بازیکنانی
    همچون`, `شخصیت‌هایی از جمله`)."""
    keys = info.keys
    opened = []
    for k, key in enumerate(keys):
        if key not in res.list_openers or k < 1 or info.sentence_start[k]:
            continue
        noun = k - 2 if (keys[k - 1], key) == AMONG else k - 1
        if noun >= 0 and any(keys[noun].endswith(form) and keys[noun][: len(keys[noun]) - len(form)] in res.example_people
                             for form in PEOPLE_FORMS):
            opened.append(k)
    return opened


def _example_surnames(info, res: Resources, j: int, person_at: dict, others: set[int]) -> list[int]:
    """The one-word names of a list of examples from word j on: each a listed surname or a word
    Persian text does not use (not `از جمله سارقان`), and no given name (which may open a name the rules did not read); the list
    goes on past a person read whole, and ends at the first other item."""
    keys = info.keys
    found = []
    while j < len(keys) and not info.sentence_start[j]:
        if j in person_at:
            end = person_at[j].end
        else:
            end = j + 1
            last = end >= len(keys) or info.sentence_start[end] or not info.nameable(end) or keys[end] in SEPARATORS \
                or keys[end] in res.common_words and keys[end] not in res.surnames and keys[end] not in res.given_names
            if not (last and info.nameable(j) and j not in others and keys[j] not in res.given_names
                    and (keys[j] in res.surnames or unattested(keys[j], res))
                    and not (res.titles.match(keys, j) or res.org_units.match(keys, j))):
                break
            found.append(j)
        if end + 1 < len(keys) and keys[end] in SEPARATORS and not info.sentence_start[end + 1]:
            j = end + 1
        else:
            break
    return found


def _flanked(whole: list[bool], first: int, end: int) -> bool:
    """Persons on both sides of items first..end, or two on its one side at an end of the list."""
    before = first >= 1 and whole[first - 1]
    after = end < len(whole) and whole[end]
    return before and after or (first == 0 and after and end + 1 < len(whole) and whole[end + 1]) \
        or (end == len(whole) and before and first >= 2 and whole[first - 2])


def _name(info, res: Resources, a: int, b: int, others: set[int], person_at: dict) -> bool:
    """Items a..b could be a name: two or three words no entity but a person claims, none a
    function word, verb, number or the start of a post or a body; a person inside it only where
    the item starts with a given name it leaves out."""
    keys = info.keys
    if b - a not in ITEM_WORDS or any(not _nameable_here(info, res, a, b, k) or k in others for k in range(a, b)) \
            or any(res.titles.match(keys, k) or res.org_units.match(keys, k) for k in range(a, b)):
        return False
    inside = [person_at[k] for k in range(a, b) if k in person_at]
    if any(c.start < a or c.end > b for c in inside):
        return False
    return not inside or keys[a] in res.given_names


def _trimmed(info, res: Resources, items: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The list's first item from the word after the one that opens the list (`بازیکنانی همچون
    ناظری`: `ناظری`), its last up to the first word no name has (`عیدی در این تیم ...`: `عیدی`), or
    up to the word a verb after it completes."""
    keys = info.keys
    (a, b), (c, d) = items[0], items[-1]
    opener = max((k for k in range(a, b) if keys[k] in res.list_openers), default=None)
    first = (opener + 1, b) if opener is not None and opener + 1 < b else items[0]
    end = next((k for k in range(c, d) if not info.nameable(k)), d)
    if end < d and info.verb[end] and end - c > 2 and _predicate(keys[end - 1], res):
        end -= 1  # `... و رضا کیانیان متصور بود`: the word the verb completes is no name's
    last = (c, end) if end > c else items[-1]
    return [first, *items[1:-1], last]


def _predicate(key: str, res: Resources) -> bool:
    """A dictionary word no reliable name list has: before a verb it is what the verb says of
    the list."""
    return key in res.lexicon_any and key not in res.surnames and res.given_names.get(key) in (None, "weak")


def _surname(info, res: Resources, a: int, b: int, others: set[int]) -> bool:
    """In a list of surnames alone (`ناظری، سخاوی، چوگان، پورقاز`), one word that could be a
    name and is no common word."""
    return b - a == 1 and info.nameable(a) and a not in others and info.keys[a] not in res.common_words \
        and not (res.titles.match(info.keys, a) or res.org_units.match(info.keys, a))


def _lists(info) -> list[list[tuple[int, int]]]:
    """Runs of items set off by separators, within a sentence and between other punctuation:
    [(start, end), ...] for each run of three items or more (a pair joined by `و` is no list)."""
    keys = info.keys
    runs: list[list[tuple[int, int]]] = []
    items: list[tuple[int, int]] = []
    start = 0

    def close(end: int) -> None:
        nonlocal items
        if end > start:
            items.append((start, end))
        if len(items) >= 3:
            runs.append(items)
        items = []

    for k, key in enumerate(keys):
        if k and info.sentence_start[k]:
            close(k)
            start = k
        if key in SEPARATORS:
            if k > start:
                items.append((start, k))
            start = k + 1
        elif info.punct[k]:
            close(k)
            start = k + 1
    close(len(keys))
    return runs


def _nameable_here(info, res: Resources, a: int, b: int, k: int) -> bool:
    """Word k could be part of the name a..b. A last word shaped like a verb is a surname after a
    given name between separators (`مهرداد میناوند`, `امیر محمد زند`): no verb stands there."""
    if info.nameable(k):
        return True
    return k == b - 1 and info.verb[k] and not (info.speech[k] or info.function[k]) \
        and info.keys[a] in res.given_names
