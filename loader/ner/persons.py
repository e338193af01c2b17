"""People: honorifics, given names, surname morphology and the contexts news prose puts names in.

Three readings, strongest first:
1. `[honorific] given-name surname` — a known given name followed by a nameable word;
2. `honorific surname` — `آقای امیرآبادی`, `دکتر نوربخش`, `شیخ شعاعی`;
3. `word word، TITLE` — the genre's apposition, which names people whose given name we lack.
Then every bare surname of a person found anywhere in the document is a mention of them too.
"""
from __future__ import annotations

from spacy.tokens import Doc

from loader.ner.candidates import add
from loader.ner.resources import Resources, resources
from loader.ner.tokens import COMMA, DEMONSTRATIVES, TokenInfo, token_info
from loader.text_keys import fold

# Surname fragments that PDF extraction or typing splits off a compound surname (`مجیدیان راد`).
SPLIT_SURNAME_TAILS = {fold(w) for w in ("راد", "زاده", "پور", "نیا", "فر", "نژاد", "منش", "کیا", "وند", "فرد")}


def _surname_like(key: str, res: Resources) -> bool:
    return key in res.surnames or (len(key) > 3 and key.endswith(res.surname_suffixes))


def _honorifics(keys: list[str], i: int, res: Resources) -> tuple[int, bool]:
    """End of the run of honorifics at i, and whether the last one belongs to the name."""
    end, in_name = i, False
    while end < len(keys):
        found = res.honorifics.match(keys, end)
        if not found:
            break
        end, in_name = found[0], found[1]["in_name"]
    return end, in_name


def _given_name_end(keys: list[str], i: int, res: Resources, info: TokenInfo) -> int:
    """Longest run of given-name tokens at i (`محمد رضا`, `میر هاشم`), at most three."""
    end = i
    while end < len(keys) and end - i < 3 and keys[end] in res.given_names and info.nameable(end):
        end += 1
    return end


def _surname_end(keys: list[str], i: int, res: Resources, info: TokenInfo, blocked: set[int],
                 strict: bool = True) -> int:
    """Surname tokens from i: one nameable word, extended by a split-off tail or a second
    surname-shaped word (`نظام خیرآبادی`). With ``strict``, an ordinary word (`اسلامی`,
    `مصوب`) is no surname unless a second surname-shaped word follows it."""
    if i >= len(keys) or not info.nameable(i) or i in blocked:
        return i
    end = i + 1
    if end < len(keys) and end not in blocked and info.nameable(end):
        if keys[end] in SPLIT_SURNAME_TAILS:
            return end + 1
        if (not _surname_like(keys[i], res) and _surname_like(keys[end], res)
                and keys[end] not in res.given_names and keys[end] not in res.common_words):
            return end + 1
    if strict and keys[i] not in res.surnames and (keys[i] in res.lexicon_words or keys[i] in res.common_words
                                                    or keys[i].endswith(("ها", "های", "هایی"))):
        return i
    return end


def _post_context(keys: list[str], j: int, res: Resources) -> bool:
    """A post or a speech verb right after a name (`... معاون درمان`, `... ، مدیرکل`, `... گفت`)."""
    if j < len(keys) and keys[j] in COMMA:
        j += 1
    return j < len(keys) and bool(res.titles.match(keys, j) or res.speech_verbs.match(keys, j))


def find_persons(doc: Doc) -> Doc:
    res = resources()
    info = token_info(doc)
    keys = info.keys
    blocked = _blocked_tokens(doc, res, keys)
    found: list[tuple[int, int]] = []
    i = 0
    while i < len(keys):
        span = _person_at(keys, i, res, info, blocked)
        if span:
            add(doc, span[0], span[1], "PERSON", "persons")
            found.append(span)
            i = span[1]
        else:
            i += 1
    _surname_mentions(doc, keys, info, found, res, blocked)
    return doc


def _good_surname(key: str, res: Resources) -> bool:
    """Looks like a family name on its own: listed, or name-shaped and unknown to the lexicon."""
    if key in res.surnames:
        return True
    if key in res.lexicon_words or res.inflected_common(key):
        return False  # `ساختمانی`, `کارگران`: an ordinary word inflected, not a family name
    return any(key.endswith(s) and len(key) > len(s) + 2 for s in res.surname_suffixes)


def _person_at(keys, i, res: Resources, info: TokenInfo, blocked: set[int]) -> tuple[int, int] | None:
    h_end, h_in_name = _honorifics(keys, i, res)
    if h_end > i and i and keys[i - 1] in DEMONSTRATIVES:
        return None  # `این شهید عزیز`: the honorific is a plain noun here
    start = i if h_in_name else h_end
    honorific = h_end > i
    if h_end < len(keys) and h_end not in blocked:
        run_end = _given_name_end(keys, h_end, res, info)
        for g_end in range(run_end, h_end, -1):
            tiers = {res.given_names[keys[k]] for k in range(h_end, g_end)}
            loose_end = _surname_end(keys, g_end, res, info, blocked, strict=False)
            if loose_end > g_end and _post_context(keys, loose_end, res):
                return start, loose_end
            two = g_end + 2
            if two <= len(keys) and all(info.nameable(k) and k not in blocked for k in (g_end, g_end + 1)) \
                    and _post_context(keys, two, res):
                return start, two  # `محمدرضا واعظ مهدوی مدیرکل ...`: a two-word surname before a post
            strict_end = _surname_end(keys, g_end, res, info, blocked)
            if strict_end > g_end and (tiers == {"strong"} or honorific or _good_surname(keys[g_end], res)):
                return start, strict_end
            if g_end - h_end >= 2 and "weak" not in tiers and _post_context(keys, g_end, res):
                return start, g_end  # a surname that is also a given name
        if honorific:
            loose_end = _surname_end(keys, h_end, res, info, blocked, strict=False)
            if loose_end > h_end and _post_context(keys, loose_end, res):
                return start, loose_end
            s_end = _surname_end(keys, h_end, res, info, blocked)
            if s_end > h_end:
                return start, s_end
    if _apposition(keys, i, info, res, blocked):
        return i, i + 2
    return None


def _blocked_tokens(doc: Doc, res: Resources, keys: list[str]) -> set[int]:
    """Tokens that start a title, an organisation unit or a place cannot be part of a name."""
    blocked = set()
    for i in range(len(keys)):
        if keys[i] in res.surnames:
            continue
        for index in (res.titles, res.org_units, res.organizations, res.provinces, res.cities,
                      res.honorifics, res.speech_verbs, res.measures):
            if index.match(keys, i):
                blocked.add(i)
                break
    return blocked


def _apposition(keys, i, info: TokenInfo, res: Resources, blocked: set[int]) -> bool:
    """`word word، TITLE` at a sentence or clause start: the genre's way of naming an official."""
    if i + 3 >= len(keys) or not (info.sentence_start[i] or (i and info.punct[i - 1])):
        return False
    if not (info.nameable(i) and info.nameable(i + 1)) or {i, i + 1} & blocked:
        return False
    if keys[i + 2] not in {fold(c) for c in COMMA}:
        return False
    return bool(res.titles.match(keys, i + 3)) and _surname_like(keys[i + 1], res)


def _surname_mentions(doc: Doc, keys, info: TokenInfo, found, res: Resources, blocked) -> None:
    taken = {k for start, end in found for k in range(start, end)}
    surnames: dict[tuple[str, ...], int] = {}
    for start, end in found:
        tokens = [k for k in range(start, end) if not res.honorifics.match(keys, k)]
        given = [k for k in tokens if keys[k] in res.given_names]
        rest = tuple(keys[k] for k in tokens if k not in given[: len(tokens) - 1])
        if rest and len(tokens) > len(rest):
            surnames[rest] = len(rest)
    if not surnames:
        return
    # By first word, in the order found: each token is compared with the surnames it can start,
    # not with every surname of the document.
    by_first: dict[str, list[tuple[tuple[str, ...], int]]] = {}
    for surname, length in surnames.items():
        by_first.setdefault(surname[0], []).append((surname, length))
    for i in range(len(keys)):
        if i in taken or i in blocked:
            continue
        for surname, length in by_first.get(keys[i], ()):
            if tuple(keys[i:i + length]) == surname and not (set(range(i, i + length)) & taken):
                add(doc, i, i + length, "PERSON", "surname")
                taken.update(range(i, i + length))
                break
