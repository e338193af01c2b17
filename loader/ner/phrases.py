"""Posts, organisations, programs, laws and facilities built from a head word and what follows.

`معاون` + `درمان`, `اداره کل` + `امور مالی` + `سازمان تأمین‌اجتماعی`, `بیمارستان` + `197 تختخوابی`
+ `هشتگرد`: the head comes from a gazetteer, the complement is the run of nameable words after it,
cut at anything that starts another entity, a function word, a verb or punctuation. Lists inside
a complement (`فناوری اطلاعات، آمار و محاسبات`) continue over `،` only when a `و` closes them.
"""
from __future__ import annotations

import bisect

from spacy.tokens import Doc

from loader.ner.numbers import CARDINALS, SCALES, parse_ordinal
from loader.ner.kind_words import describes_a_kind
# (a post former, name nothing; posts qualified after)
from loader.ner.places import (AFFAIRS, COMPANY_KIND, FORMER_WORDS, PLACE_PREPOSITIONS, QUALIFIED_KINDS, gathering,
                               road_names, title_ends_at)
from loader.ner.candidates import add, candidates, starts, withdraw
from loader.ner.persons import IMAM, PLACE_LEVELS, QUOTES_CLOSE, QUOTES_OPEN, named_after, surname_like
from loader.ner.resources import ALLAH, CLUB, DIRECTORATE, HOME_STATE, REPORTING_KINDS, Resources
from loader.ner.tokens import COMMA, DEMONSTRATIVES, TokenInfo, token_info
from loader.text_keys import fold

AND = fold("و")
OFFICER_KIND = "officer"
BODY_ONLY_KIND = "of_body"  # titles.tsv kind of `مخبر`: a post only with its body named right after
BOARD = "board"
REPORTERS = frozenset(fold(w) for w in ("خبرنگار", "خبرنگاران"))
NEWS_AGENCY = "news_agency"  # the source of a bare agency's name (`خبرنگار اقتصادی فارس`)
# A chain of units that reaches a listed body is a name over the program named inside it (`قرارگاه
# راهیان‌نور سپاه صاحب‌الامر`): ORG's priority above PROGRAM's (candidates.PRIORITY)
ANCHORED_BONUS = 3
MINISTER = fold("وزیر")  # whose plurals (title_plurals.tsv) name a ministry by its function
REPRESENTING = fold("نمایندگی")
REPRESENTED_BODIES = frozenset(fold(w) for w in ("مجلس", "پارلمان", "دولت"))
MILITARY = "military"  # org_units.tsv kind of `سپاه`, `لشکر`, `تیپ`, `قرارگاه`
DEPUTY = "deputy"
WEBSITE = "website"
MINISTRY = "وزارت"
# Posts whose deputies are named after them (`معاون ... استاندار`, `مشاور ... وزیر`).
PRINCIPAL_RANKS = {"1", "2", "3", "4", "5"}
PLURAL_ENDINGS = tuple(fold(w) for w in ("ها", "های", "هایی", "ان"))
EXCLUDED_TITLE_KINDS = {"staff"}
CITY_WORDS = {fold(w) for w in ("شهر", "شهرستان", "استان", "کشور", "کلانشهر", "شهرک")}
# the same in the plural, after a body (a post's qualifier keeps them: `معاون ... امور استان‌ها`)
PLURAL_LEVELS = {fold(w) for w in ("شهرها", "شهرستان‌ها", "استان‌ها")}
ORDINAL_PROGRAM = {fold(w) for w in ("برنامه",)}
AMENDMENT = fold("اصلاح")
MAX_COMPLEMENT = 7
INDEFINITE = "\u200cای"
WRITTEN_EZAFE_PLURAL = "های"  # `ورزش‌های`: a plural whose ezafe is written
DETERMINER_TAGS = frozenset({"DET", "NUM", "PRO"})  # the lexicon's tags of `چند`, `دیگر`, `بسیار`
POSSESSIVE = ("شان", "تان", "مان")
SPLIT_OWNERS = POSSESSIVE + ("ش",)  # owners the tokenizer splits off a word (`خوی` + `ش` of `خویش`)
REFLEXIVE_OWNERS = {fold(w) for w in ("خود", "خویش")}  # `گزارش خود را ارائه کرد`: the noun its subject owns
SMALL_NUMBERS = {fold(w) for w in "یک دو سه چهار پنج شش هفت هشت نه ده یازده دوازده".split()}
TITLE_REACH = 4  # words back to the start of a longer title that may hold this one
COUNTED = DEMONSTRATIVES | {fold(w) for w in ("دو", "سه", "چهار", "پنج")}
BRANCH_OFFICE = fold("شعبه")
POLLING_WORDS = {fold(w) for w in ("ثابت", "سیار", "اخذ")}  # `شعبه ثابت/سیار`, `شعبه اخذ رأی`: where votes are cast
# `سرپرست جدید اداره کل ...`: when the post is held, no part of it before the body (FORMER_WORDS likewise)
NEW_WORDS = {fold(w) for w in ("جدید", "فعلی", "کنونی")}
# What a post's holder is said to be before the function it names: proposed, former, elected
POST_EPITHETS = NEW_WORDS | {fold(w) for w in ("پیشنهادی", "سابق", "پیشین", "اسبق", "منتخب")}
RESPECT_WORDS = {fold(w) for w in ("محترم", "معظم")}


class Context:
    def __init__(self, doc: Doc, res: Resources):
        self.doc = doc
        self.res = res
        self.info: TokenInfo = token_info(doc, res)
        self.keys = self.info.keys
        self.persons = starts(doc, "PERSON")
        self.countries = starts(doc, "COUNTRY")
        self.places = {**self.countries, **starts(doc, "CITY"), **starts(doc, "PROVINCE")}
        self.orgs = starts(doc, "ORG")
        self.numbers = {**starts(doc, "QUANTITY"), **starts(doc, "MONEY")}
        self.programs = starts(doc, "PROGRAM")  # the gazetteer's, read before these rules

    def stops_complement(self, j: int) -> bool:
        keys, info, res = self.keys, self.info, self.res
        if j + 1 < len(keys) and j and (keys[j - 1], keys[j]) in res.mission_phrases and not self.stops_complement(j + 1):
            return False  # `معاون مبارزه با سرقت‌های خاص`, `پیشگیری از وقوع جرم`: what the unit fights
        return (j >= len(keys) or info.punct[j] or info.function[j] or info.verb[j] or info.unnamed[j] or self._inflected(j)
                or j + 1 < len(keys) and (keys[j], keys[j + 1]) in res.predicate_phrases  # `بانک اقدام به برداشت`
                or j + 1 < len(keys) and keys[j + 1] in res.quantity_adjectives  # `... اقدامات زیادی انجام داد`
                or keys[j] in res.predicate_nouns  # `مرکز هشدار الکترونیک باعث ... می‌شود`
                or info.light_verb_noun(j)  # `هتل المپیک حضور پیدا کردند`: a compound verb's noun
                or keys[j] in FORMER_WORDS
                or j in self.persons or j in self.places or keys[j] in CITY_WORDS
                or bool(res.titles.match(keys, j)) or bool(res.honorifics.match(keys, j))
                or bool(res.speech_verbs.match(keys, j)) or bool(res.subject_cues.match(keys, j)))

    def _inflected(self, j: int) -> bool:
        """`جلسه‌ای`, `نظرشان`, `گزارش خود`: a noun made indefinite or given an owner ends a name's words."""
        text = self.doc[j].text
        if text in POSSESSIVE:
            return True
        if text.endswith(INDEFINITE):
            # (`حمل و نقل جاده‌ای استان همدان`, `ورزش قهرمانی و حرفه‌ای وزارت ورزش`: the same
            # ending makes an adjective, before a place or a body)
            return not (j + 1 < len(self.keys) and (self.keys[j + 1] in CITY_WORDS or j + 1 in self.places
                                                    or j + 1 in self.orgs or self.res.org_units.match(self.keys, j + 1)))
        if self._owner_split_off(j):
            return True  # the tokenizer splits the owner off (`نظر` + `شان`)
        if j and j + 1 < len(self.keys) and self._word_at(j + 1) in REFLEXIVE_OWNERS:
            return True  # `فدراسیون گزارش خود را ...`: the body's own report, the noun after its name
        stem = next((text[: -len(e)] for e in POSSESSIVE if text.endswith(e)), None)
        return bool(stem) and len(stem) > 2 and fold(stem) in self.res.attested and fold(text) not in self.res.attested

    def _word_at(self, k: int) -> str:
        """The key of the word at token k with an owner the tokenizer split off it (`خوی` + `ش`)."""
        return self.keys[k] + fold(self.doc[k + 1].text) if self._owner_split_off(k) else self.keys[k]

    def _owner_split_off(self, k: int) -> bool:
        return k + 1 < len(self.doc) and not self.doc[k].whitespace_ and self.doc[k + 1].text in SPLIT_OWNERS

    def complement(self, j: int, allow_numbers: bool = False, allow_orgs: bool = True) -> int:
        """End of the complement that starts at token j."""
        keys = self.keys
        end = j
        while end < len(keys) and end - j < MAX_COMPLEMENT:
            if allow_orgs and end in self.orgs:
                return self.orgs[end].end
            if self.info.number[end] and allow_numbers:
                end += 1
                continue
            if end > j and self.imam_named(end):
                return self.persons[end].end
            if keys[end] == AND or keys[end] in COMMA:
                if end > j and self._list_continues(end):
                    end += 1
                    continue
                break
            if self.stops_complement(end) or self.info.number[end] \
                    or self.info.preverbal(end) and not self._ezafe_before_copula(end):
                break
            if self.res.org_units.match(keys, end) and end > j and not allow_orgs:
                break
            end += 1
        return end

    def imam_named(self, j: int) -> bool:
        """A notable named by `امام` at j (`امام راحل`, or the name after `امام`: `امام خمینی`)
        ends the name of a body it is part of (`مؤسسه تنظیم و نشر آثار امام خمینی`), as the
        guidelines keep a person inside a body's name."""
        person = self.persons.get(j)
        return person is not None and bool(person.payload.get("titled_form")) \
            and (self.keys[j] == IMAM or j > 0 and self.keys[j - 1] == IMAM)

    def _ezafe_before_copula(self, j: int) -> bool:
        """`رئیس فدراسیون ورزش‌های رزمی بود`: a word before a copula is its predicate (`موفق
        بود`), unless the word before it is a plural with its ezafe written (`ورزش‌های`), whose
        modifier it is; not a determiner (`طرح ستاره‌های چند است`)."""
        return j > 0 and j + 1 < len(self.keys) and self.keys[j + 1] in self.res.copulas \
            and self.doc[j - 1].text.endswith(WRITTEN_EZAFE_PLURAL) and self.info.nameable(j - 1) \
            and DETERMINER_TAGS.isdisjoint(self.res.pos_of(self.keys[j]))

    def _list_continues(self, j: int) -> bool:
        """After `و` or `،` at j, the list goes on if a nameable word follows, and a `،` only if
        a `و` closes the list within three words."""
        nxt = j + 1
        if (nxt >= len(self.keys) or self.stops_complement(nxt) or self.info.number[nxt]
                or self.info.preverbal(nxt)):
            return False
        if self.keys[j] == AND:
            # (nor a body the gazetteer lists: `شورای امنیت سازمان ملل متحد رسیده و آژانس انرژی هسته‌ای`)
            return not self.opens_a_body(nxt) and not self._opens_a_name(nxt) and nxt not in self.orgs
        return any(self.keys[k] == AND for k in range(nxt, min(nxt + 3, len(self.keys))))

    def _opens_a_name(self, k: int) -> bool:
        """Token k and the next are a given name (not one only scraped lists give) and a word shaped
        like a surname: after `و` a person of a list begins (`مدیر انتشارات باران و وحید توفانی`),
        no word of the body's name."""
        keys, res = self.keys, self.res
        return k + 1 < len(keys) and res.given_names.get(keys[k]) in ("strong", "ambiguous") \
            and self.info.nameable(k + 1) and surname_like(keys[k + 1], res) and keys[k + 1] not in res.given_names

    def opens_a_body(self, k: int) -> bool:
        """Token k starts the name of a body of its own (`اداره کل`, `وزارت`, `شهرداری`; `alone`
        in org_units.tsv): after `و` a second body begins (`سازمان تربیت‌بدنی و اداره کل
        تربیت‌بدنی قم`), not the next word of a name (`وزارت آموزش و پرورش`)."""
        unit = self.res.org_units.match(self.keys, k)
        return unit is not None and unit[1]["alone"]


def find_phrases(doc: Doc, res: Resources) -> Doc:
    ctx = Context(doc, res)
    # The words each rule below starts from; any other token starts none of them.
    heads = res.starts(res.titles, res.org_units, res.post_units, res.facility_heads)
    for i, key in enumerate(ctx.keys):
        if not (key in heads or key in res.program_heads or key in res.law_heads or key in ORDINAL_PROGRAM
                or key == AMENDMENT or i in ctx.orgs):
            continue
        _title(ctx, i)
        _org_chain(ctx, i)
        _ordinal_extension(ctx, i)
        _program(ctx, i)
        _law(ctx, i)
        _facility(ctx, i)
    _roads(ctx)
    _beats(ctx)
    _boards(ctx)
    _ministers(ctx)
    _team_lists(ctx)
    _fixtures(ctx)
    _named_again(ctx)
    _greater_tehran(ctx)
    return doc


GREATER_TEHRAN = (fold("تهران"), fold("بزرگ"))


def _greater_tehran(ctx: Context) -> None:
    """`نیروی انتظامی تهران بزرگ`, `پلیس آگاهی تهران بزرگ`: a body of the capital's police named for
    Greater Tehran keeps the name in its span, as the gold has it; no city stands there."""
    keys = ctx.keys
    for cand in [c for c in candidates(ctx.doc) if c.label == "ORG"]:
        if tuple(keys[cand.end:cand.end + 2]) != GREATER_TEHRAN \
                or ctx.res.police_words.isdisjoint(keys[cand.start:cand.end]):
            continue  # (another body named with the capital splits it off: `گروه جهادی ... [تهران] بزرگ`)
        for place in [c for c in candidates(ctx.doc) if c.start == cand.end and c.label in ("CITY", "PROVINCE")]:
            withdraw(ctx.doc, place)
        withdraw(ctx.doc, cand)
        add(ctx.doc, cand.start, cand.end + 2, "ORG", cand.source, dict(cand.payload))


def _team_lists(ctx: Context) -> None:
    """`تیم‌های فوتسال ملی و حفاری ایران، علم و ادب سایپا مشهد، میثاق تهران و ...`: the teams a
    plural `تیم‌های` lists are clubs, each named by its sponsor and its town, the town no place of
    the report's; an item is one when it ends in a place (a `و` inside splits it only where each
    half does: `مقاومت البرز و گیتی‌پسند اصفهان`); a list has two items at least."""
    keys = ctx.keys
    for i, key in enumerate(keys):
        if key not in TEAMS:
            continue
        j = i + 1
        while j < len(keys):  # past the sport and the category (`تیم‌های فوتسال بانوان`)
            sport = ctx.res.sports.match(keys, j)
            if sport is None and keys[j] not in TEAM_CATEGORIES:
                break
            j = sport[0] if sport else j + 1
        items = _list_items(ctx, j)
        if len(items) < 2:
            continue  # `تیم‌های مطرح پرتغال`: one phrase after the plural is what kind of teams, no list
        for a, b in items:
            add(ctx.doc, a, b, "ORG", "team_list", {"head": ctx.doc[i].text, "kind": "team"})


def _fixtures(ctx: Context) -> None:
    """`شهرداری سمنان-راهیان کرمانشاه`, `بادران تهران-کوثر ایلام`: in sports news, a fixture names
    two clubs by a dash, each a word and its town (the town no place of the report's)."""
    keys = ctx.keys
    dashes = [k for k, key in enumerate(keys) if key in FIXTURE_DASHES and 1 < k < len(keys) - 2]
    if not dashes or not any(ctx.res.sports.match(keys, k) for k in range(len(keys))):
        return
    for k in dashes:
        left = _place_ending(ctx, max(0, k - PLACE_WORDS), k)
        right = ctx.places.get(k + 2)
        if left is None or right is None or not (ctx.info.nameable(left - 1) and ctx.info.nameable(k + 1)) \
                or not (_club_named(ctx, left - 1, k) and _club_named(ctx, k + 1, right.end)):
            continue
        for a, b in ((left - 1, k), (k + 1, right.end)):
            add(ctx.doc, a, b, "ORG", "team_list", {"head": ctx.doc[a].text, "kind": "team"})


FIXTURE_DASHES = frozenset({"-", "ـ", "–", "—"})
PLACE_WORDS = 3  # words a town's name may have (`اسلام آباد غرب`)


def _list_items(ctx: Context, j: int) -> list[tuple[int, int]]:
    """The items from token j on, set off by `،` (and the last by `و`), each ending in a place;
    the list ends at the first item that does not."""
    keys, items, start = ctx.keys, [], j
    k = j
    while k < len(keys):
        if keys[k] in COMMA and k > start:
            pieces = _placed_pieces(ctx, start, k)
            if not pieces:
                return items
            items.extend(pieces)
            start = k + 1
        elif ctx.info.sentence_start[k] or not (ctx.info.nameable(k) or keys[k] == AND or k in ctx.places):
            break
        k += 1
    # (the last item ends with its place: `... و راه ساری بازی کردند`)
    last = max((ctx.places[p].end for p in range(start, k) if p in ctx.places and ctx.places[p].end <= k), default=k)
    return items + _placed_pieces(ctx, start, last)


def _placed_pieces(ctx: Context, start: int, end: int) -> list[tuple[int, int]]:
    """Words start..end as one club's name ending in its place, or split at a `و` after a place
    (`بنگلادش و شهرداری همدان`, `مقاومت البرز و گیتی‌پسند اصفهان`), each half kept when it is one;
    a `و` inside a name stays (`ملی و حفاری ایران`)."""
    keys = ctx.keys
    for k in range(start + 1, end):
        if keys[k] == AND and _place_ending(ctx, start, k) is not None:
            return [p for p in ((start, k), (k + 1, end)) if _club_named(ctx, *p)]
    while end > start and keys[end - 1] == AND:
        end -= 1
    return [(start, end)] if _club_named(ctx, start, end) else []


def _place_ending(ctx: Context, a: int, b: int) -> int | None:
    """The start of the place among words a..b that ends at b, if one does."""
    return next((p for p in range(a, b) if p in ctx.places and ctx.places[p].end == b), None)


def _club_named(ctx: Context, a: int, b: int) -> bool:
    """A sponsor's or a club's words, then its town: the word before the place is a word of the
    name, not `و`, another place or a plain adjective (`تیم‌های مطرح پرتغال`)."""
    place = _place_ending(ctx, a + 1, b)
    if place is None:
        return False
    return ctx.keys[place - 1] != AND and place - 1 not in ctx.places \
        and not all(ctx.keys[k] == AND or _plain_adjective(ctx, k) for k in range(a, place))


def _plain_adjective(ctx: Context, k: int) -> bool:
    pos = ctx.res.pos_of(ctx.doc[k].text)
    return "AJ" in pos and "N" not in pos


def _team_category(ctx: Context, end: int) -> int:
    """The end of the age or sex classes from ``end`` (`امید`, `جوانان و امید`), 0 if none."""
    k = end
    while k < len(ctx.keys) and ctx.keys[k] in TEAM_CATEGORIES:
        k += 1
        if k + 1 < len(ctx.keys) and ctx.keys[k] == AND and ctx.keys[k + 1] in TEAM_CATEGORIES:
            k += 1
    return k if k > end else 0


TEAMS = {fold(w) for w in ("تیم‌های", "تیمهای")}
TEAM_CATEGORIES = {fold(w) for w in ("بانوان", "مردان", "زنان", "جوانان", "نوجوانان", "امید", "بزرگسالان")}


def _roads(ctx: Context) -> None:
    """`محور آزادشهر به شاهرود`, `آزادراه تهران ـ شمال`, `راه آهن خواف-هرات`: a road or a line its
    towns name is a facility (the towns are none of their own, places.road_names); a plural
    listing several (`محورهای هراز و فیروزکوه`) names none."""
    for start, _, end, plural in road_names(ctx.keys, ctx.res):
        if not plural:
            add(ctx.doc, start, end, "FACILITY", "road", {"head": ctx.doc[start].text, "road": True})


NAMED_AGAIN_KINDS = {"team", "club"}  # bodies news names again without their kind word
NAME_WORDS = (1, 3)


def _named_again(ctx: Context) -> None:
    """A team or club named with its kind word once (`تیم فوتسال یاسین‌پیشرو قم`) is the same
    body where the document names it again without it (`یاسین‌پیشرو قم محروم شدند`): its name,
    not the town at its end. The name opens with a word no dictionary or list of places knows
    (`یاسین‌پیشرو`, `آلانیا`), not a word such as `نوجوانان` or `کشتی` (`تیم نوجوانان`), and
    only its last word may be a place."""
    keys, lexicon = ctx.keys, ctx.res.lexicon_any
    # (a club a plural `تیم‌های` listed, named by its sponsor and its town, is named so again:
    # `دیدار تیم‌های راهیان کرمانشاه، ...` ... `شهرداری سمنان-راهیان کرمانشاه`)
    names: set[tuple[str, ...]] = {tuple(keys[c.start:c.end]) for c in candidates(ctx.doc)
                                   if c.label == "ORG" and c.source == "team_list" and c.end - c.start <= NAME_WORDS[1]}
    for cand in [c for c in candidates(ctx.doc) if c.label == "ORG" and c.source == "org_chain"]:
        head = ctx.res.org_units.match(keys, cand.start)
        if not head or head[1]["kind"] not in NAMED_AGAIN_KINDS:
            continue
        for first in range(head[0], cand.end):
            name = tuple(keys[first:cand.end])
            if NAME_WORDS[0] <= len(name) <= NAME_WORDS[1] and name[0] not in lexicon and name[0] not in TEAM_CATEGORIES \
                    and not ctx.res.inflected_common(name[0]) \
                    and all(ctx.info.nameable(k) and not _place_at(ctx, k) for k in range(first, cand.end - 1)) \
                    and ctx.info.nameable(cand.end - 1) and (len(name) > 1 or not _place_at(ctx, first)):
                names.add(name)
                break
    if not names:
        return
    taken = {k for c in candidates(ctx.doc) if c.label in ("ORG", "PERSON", "TITLE") for k in range(c.start, c.end)}
    for i in range(len(keys)):
        for name in names:
            end = i + len(name)
            if tuple(keys[i:end]) == name and taken.isdisjoint(range(i, end)) \
                    and not (i and ctx.res.org_units.match(keys, i - 1)):
                add(ctx.doc, i, end, "ORG", "named_again")
                taken.update(range(i, end))


def _title(ctx: Context, i: int) -> None:
    found = ctx.res.titles.match(ctx.keys, i)
    if not found or found[1]["kind"] in EXCLUDED_TITLE_KINDS:
        return
    if any((outer := ctx.res.titles.match(ctx.keys, j)) and outer[0] > i for j in range(max(0, i - TITLE_REACH), i)):
        return  # `وزیر` inside `نخست وزیر`: the longer title reads what follows (`موقت عراق` is no ministry)
    if any(k in ctx.orgs and ctx.orgs[k].end >= found[0] for k in range(max(0, i - TITLE_REACH), i)):
        return  # `رئیس دفتر رئیس جمهور`: a listed body's name holds the post its office serves, no post held
    # `نایب رئیس مجلس شورای اسلامی`: the post before the body it names in full
    body = next((k for k in range(i + 1, found[0]) if k in ctx.orgs and ctx.orgs[k].end > found[0]), None)
    found = _title_ending_at(ctx, i, body) or found
    # `رئیس بیمارستان شهید رجایی`: the post, then the hospital it heads, named
    body = next((k for k in range(i + 1, found[0]) if ctx.res.facility_heads.match(ctx.keys, k)), None)
    if body is not None and _named_on(ctx, found[0]):
        found = _title_ending_at(ctx, i, body) or found
    end, entry = found
    implies = entry.get("implies_unit")
    if i and ctx.info.number[i - 1] and any(q.end == i for q in ctx.numbers.values()):
        return  # `350 مربی بهداشت`: a count of those who do the work, no post (`سال 2012 وزیر` is one)
    if entry.get("adjective") and _describes(ctx, i, end):
        return
    if end < len(ctx.keys) and _indefinite_adjective(ctx, end):
        return  # `نماینده شایسته‌ای باشم`: a worthy representative, no post named
    if _represents_in_a_contest(ctx, i, end):
        return  # `نماینده استرالیا در لیگ قهرمانان`: the team a place sends, no post
    head_chars = len(ctx.doc[i:end].text)
    if ctx.res.org_units.match(ctx.keys, i) and fold(entry["text"]) == ctx.keys[i]:
        return  # `معاونت` on its own is a unit, not a post
    if entry["kind"] == BODY_ONLY_KIND and not (end < len(ctx.keys) and (end in ctx.orgs or ctx.res.org_units.match(ctx.keys, end))):
        return  # `مخبر کمیسیون ...`: a post only with its body named at once (`مخبر دزفولی` is a surname)
    if entry["kind"] == OFFICER_KIND:
        # `مسئول روابط عمومی`, `عضو کمیسیون ...`: a post only with what the holder is in charge of;
        # `کشورهای عضو`, a bare `مسئول`, are not.
        if end >= len(ctx.keys) or i and (_plural_before(ctx, i - 1) or _state_before(ctx, i)):
            return
        body = end + 1 if ctx.keys[end] in FORMER_WORDS or ctx.keys[end] in NEW_WORDS else end  # `عضو سابق شورای شهر`
        if not (body in ctx.orgs or ctx.res.org_units.match(ctx.keys, body) or ctx.res.post_units.match(ctx.keys, body)):
            if i and ctx.keys[i - 1] in DEMONSTRATIVES:
                # `این مسئول کنترل سرعت ... را عامل ... دانست`, `این مسئول ورزشی تشریح کرد`: the
                # official named before, not a post (the words after are the clause's or an epithet)
                return
            qualified = _qualifier(ctx, end)
            if qualified == end:
                return
            end = qualified
    if entry["kind"] in QUALIFIED_KINDS and end < len(ctx.keys) and not entry.get("implies_unit"):
        # (`معاون وزیر` names its principal already: what follows is the ministry, no qualifier)
        inner = ctx.res.titles.match(ctx.keys, end)
        if inner and entry["kind"] == DEPUTY and ctx.res.org_units.match(ctx.keys, end) \
                and fold(inner[1]["text"]) == ctx.keys[end]:
            # `معاون معاونت برنامه‌ریزی`: a deputy in the deputyship, its unit (`سرپرست معاونت ...`
            # is the acting deputy: the post)
            inner = None
        if inner:
            end = inner[0]  # `مشاور مدیرعامل`, `سرپرست معاونت ...`
            if inner[1]["kind"] in QUALIFIED_KINDS:
                end = _qualifier(ctx, end)
        elif not ctx.res.org_units.match(ctx.keys, end):
            end = _qualifier(ctx, end)
            if end < len(ctx.keys) and (ctx.keys[end] in FORMER_WORDS or ctx.keys[end] in NEW_WORDS) \
                    and (past := _qualifier(ctx, end + 1)) > end + 1:
                # `معاون سابق راهنمایی و رانندگی ناجا`: when the post was held is no end of what it
                # runs (the word is no part of the post's name: `canonical_title` drops it)
                end = past
            principal = ctx.res.titles.match(ctx.keys, end) if end < len(ctx.keys) else None
            if principal and principal[1]["kind"] == "head" and principal[1].get("rank") in PRINCIPAL_RANKS:
                end = principal[0]  # `معاون سیاسی امنیتی استاندار`: the deputy of the governor
                # (`معاون عمرانی وزیر کشور`: the minister's deputy, in the ministry the minister implies)
                implies = implies or principal[1].get("implies_unit")
    if ctx.keys[end - 1] == AFFAIRS and end < len(ctx.keys) and end not in ctx.orgs:
        end = _qualifier(ctx, end)  # `مدیر امور مالی`, `مدیر امور بین‌الملل`: the affairs the post runs (no state `مالی`)
    elif entry["kind"] in QUALIFIED_KINDS and end + 2 < len(ctx.keys) and ctx.keys[end] == IN \
            and ctx.keys[end + 1] == AFFAIRS and (portfolio := _qualifier(ctx, end + 2)) > end + 2:
        end = portfolio  # `معاون رئیس جمهور در امور زنان و خانواده`: the deputy's or adviser's portfolio
    if end < len(ctx.keys) and ctx.keys[end] in ctx.res.post_qualifiers:
        end += 1  # `نخست وزیر موقت`: an interim post, named so (as `امام جمعه موقت` is listed whole)
    if ctx.keys[end - 1] == DISTRICT and end < len(ctx.keys) and (ctx.info.number[end] or ctx.keys[end] in SMALL_NUMBERS):
        end += 1  # `شهردار منطقه 9 تهران`: the district's number names the post (one mayor per district)
    function = ctx.res.org_units.match(ctx.keys, end) if end < len(ctx.keys) else None
    if function and function[1]["in_title"]:
        end = function[0]  # `مدیرکل روابط عمومی سازمان هلال احمر`: the function every body has is the post's
    add(ctx.doc, i, end, "TITLE", "titles", {"head": entry["text"], "kind": entry["kind"],
                                             "implies_unit": implies,
                                             "canonical": entry.get("canonical") or entry["text"],
                                             "head_chars": head_chars})
    if end < len(ctx.keys) and ctx.keys[end] in RESPECT_WORDS:
        end += 1  # `وزیر محترم اطلاعات`: the courtesy is no part of the body's name
    elif end + 1 < len(ctx.keys) and ctx.keys[end] in NEW_WORDS:
        end += 1  # `مدیرکل جدید آموزش و پرورش`: the new director of it, not a body named new
    if entry.get("implies_unit") in (DIRECTORATE, MINISTRY):
        _body_named_by_function(ctx, end, entry.get("implies_unit") == MINISTRY)


MINISTRY_KEY = fold("وزارت")


def _body_named_by_function(ctx: Context, end: int, ministry: bool) -> None:
    """`مدیرکل تعاون، کار و رفاه اجتماعی`, `وزیر امور خارجه`, `وزرای خارجه روسیه و ایران`: a
    directorate or a ministry named by its function after its head's post, without the unit word
    (past what the holder is said to be: `وزیر سابق خارجه مصر`, `وزیر پیشنهادی دادگستری`)."""
    if end < len(ctx.keys) and ctx.keys[end] in POST_EPITHETS:
        end += 1  # `وزیر پیشنهادی دادگستری`: the proposed minister of justice, no body named proposed
    if end >= len(ctx.keys) or end in ctx.orgs:
        return
    unit = ctx.res.org_units.match(ctx.keys, end)
    if unit and ministry and unit[0] == end + 1 and unit[1].get("alone") and not _named_on(ctx, end + 1):
        add(ctx.doc, end, end + 1, "ORG", "directorate")  # `وزیر دادگستری`: the ministry, by its one word
    if unit:
        return
    org_end = ctx.complement(end)
    while org_end > end + 1 and ctx.keys[org_end - 1] in NEW_WORDS:
        org_end -= 1  # `وزیر خارجه‌ی جدید`: the new minister, not a body named new
    if org_end == end and ministry and ctx.keys[end] == NATIONAL \
            and not ctx._inflected(end) and not (end + 1 < len(ctx.keys) and ctx.keys[end + 1] in OUR):
        org_end = end + 1  # `وزیر کشور`, `وزیر کشور لبنان`: the interior minister, not "the country's"
    if org_end == end and ministry and ctx.keys[end] != NATIONAL \
            and (listed := ctx.res.organizations.match([MINISTRY_KEY] + ctx.keys[end:end + MAX_COMPLEMENT], 0)):
        # `علی رضایی وزیر نیرو است`: a ministry the list names by these words, though a copula
        # after them would make a common noun its predicate (`موفق است`)
        org_end = end + listed[0] - 1
    if not ministry and end < org_end < len(ctx.keys) and ctx.res.titles.match(ctx.keys, org_end) \
            and not ctx.info.preverbal(org_end):
        return  # `مدیرکل حوزه شهردار مشهد`: the office of the post named next, no directorate of `حوزه`
    if org_end == end + 1 and _shares_a_light_verb(ctx, end):
        return  # `علی احمدی مدیرکل سابق معرفی و تکریم شدند`: the verb's nouns, no directorate
    if org_end > end:
        # (`مدیرکل سیاسی انتخابات استانداری گلستان`: a governorate is named by its province)
        add(ctx.doc, end, _named_by_place(ctx, org_end), "ORG", "directorate")


def _shares_a_light_verb(ctx: Context, k: int) -> bool:
    """Word k, `و`, then a noun its light verb follows (`معرفی و تکریم شدند`): the two nouns share
    the verb, and word k is one of them; not a plural, which a verb's noun never is (`ورزش و
    جوانان شد`: he became the director of sports and youth)."""
    keys = ctx.keys
    return k + 2 < len(keys) and keys[k + 1] == AND and ctx.info.light_verb_noun(k + 2) \
        and not keys[k + 2].endswith(PLURAL_ENDS)


PLURAL_ENDS = tuple(fold(e) for e in ("ان", "ها", "های"))


def _boards(ctx: Context) -> None:
    """`هیئت مدیره` alone, `هیات مدیره باشگاه`, `هیات مدیره صندوق`: a board names a body only with
    that body named after it (`هیات مدیره پرسپولیس`, `هیئت مدیره شرکت زرین رشد`); the gold marks
    no board of a body the words leave unnamed."""
    found = list(candidates(ctx.doc))
    org_starts = sorted(c.start for c in found if c.label == "ORG")
    for cand in found:
        unit = ctx.res.org_units.match(ctx.keys, cand.start) if cand.label == "ORG" else None
        if not (unit and unit[1]["kind"] == BOARD and unit[1]["named"] and unit[0] <= cand.end):
            continue
        # (the body may start a word or two into the rest: `هیات مدیره شرکت «قزاق نفت»`)
        k = bisect.bisect_left(org_starts, unit[0])
        if (k == len(org_starts) or org_starts[k] >= cand.end) \
                and not any(ctx.keys[j] in QUOTES_OPEN for j in range(unit[0], cand.end)):
            withdraw(ctx.doc, cand)


def _outlet(cand) -> bool:
    """A news agency or other outlet: the source of a report, no parent of a body named before it
    (though its own units are its: `دفتر الجزیره`, `روابط عمومی شبکه دو سیما`)."""
    return cand.source == NEWS_AGENCY or (cand.payload or {}).get("kind") in REPORTING_KINDS


def _beats(ctx: Context) -> None:
    """`خبرنگار آموزش و پرورش خبرگزاری فارس`, `خبرنگار بهداشت و درمان فارس`: between a reporter
    and the outlet, the words are the reporter's beat, no body named."""
    found = candidates(ctx.doc)
    outlets = {c.start for c in found if c.label == "ORG" and _outlet(c)}
    for cand in found:
        if cand.label == "ORG" and cand.start and ctx.keys[cand.start - 1] in REPORTERS and (
                cand.end in outlets or cand.end < len(ctx.keys) and ctx.keys[cand.end] in ctx.res.news_agencies):
            withdraw(ctx.doc, cand)


def _ministers(ctx: Context) -> None:
    """`نشست وزرای خارجه روسیه و ایران`: ministers in the plural (no post of anyone: the
    guidelines give plurals no TITLE) still name their ministry by its function, when the words
    after them are a listed ministry's (`وزارت خارجه`), and only those words."""
    keys, plurals = ctx.keys, ctx.res.title_plurals
    for i, key in enumerate(keys):
        if key not in plurals or fold(plurals[key]) != MINISTER or i + 1 >= len(keys) or i + 1 in ctx.orgs:
            continue
        # the shortest listed name: the state after it is its own (`وزرای خارجه روسیه`, as the
        # gold splits a body and its state)
        words = next((k for k in range(1, MAX_COMPLEMENT + 1) if i + k < len(keys) and (
            listed := ctx.res.organizations.match([MINISTRY] + keys[i + 1:i + 1 + k], 0)) and listed[0] == k + 1), None)
        if words is not None:
            add(ctx.doc, i + 1, i + 1 + words, "ORG", "directorate")


def _represents_in_a_contest(ctx: Context, i: int, end: int) -> bool:
    """A bare `نماینده` (`representative`) right before a place, in sports news: the team or the
    player a place sends, before the contest (`نماینده ایران در پانزدهمین دوره مسابقات`, `نماینده
    شیراز در لیگ`) or after the word of a match (`برای نماینده قم`, `رویارویی با نماینده ازبکستان`)."""
    keys = ctx.keys
    if end - i != 1 or keys[i] != REPRESENTATIVE or end >= len(keys):
        return False
    if keys[end] in CITY_WORDS and end + 1 in ctx.places:
        end += 1  # `نماینده استان یزد در رشته جودو`
    if end not in ctx.places:
        return False
    after = ctx.places[end].end
    while after < len(keys) and keys[after] == OR and after + 1 in ctx.places:
        after = ctx.places[after + 1].end  # `نماینده شیراز یا مشهد در لیگ`
    contest = after + 1 < len(keys) and keys[after] == IN and any(
        keys[k] in CONTEST_WORDS for k in range(after + 1, min(after + 4, len(keys))))
    return contest or bool(i) and keys[i - 1] in MATCH_WORDS


REPRESENTATIVE, OR, IN = fold("نماینده"), fold("یا"), fold("در")
CONTEST_WORDS = {fold(w) for w in ("لیگ", "مسابقات", "مسابقه", "جام", "رقابت‌های", "رقابتهای", "المپیاد", "المپیک",
                                   "بازی‌های", "بازیهای", "دوره", "تورنمنت", "رشته")}
MATCH_WORDS = {fold(w) for w in ("برای", "با", "مقابل", "برابر")}


def _title_ending_at(ctx: Context, i: int, body: int | None) -> tuple | None:
    """The listed title from i that ends right where a body starts inside a longer one, if any."""
    short = ctx.res.titles.match(ctx.keys, i, body) if body is not None else None
    return short if short and short[0] == body else None


def _named_on(ctx: Context, j: int) -> bool:
    """Word j goes on naming what comes before it: a place, a person, an honorific or a word of
    a name (`بیمارستان [شهید رجایی]`, `مرکز بهداشت [فومن]`)."""
    return j < len(ctx.keys) and (j in ctx.places or j in ctx.persons or bool(ctx.res.honorifics.match(ctx.keys, j))
                                  or ctx.complement(j, allow_orgs=False) > j)


def _indefinite_adjective(ctx: Context, j: int) -> bool:
    """An adjective made indefinite (`شایسته‌ای`, `خوبی`) right after a head word: the head is a
    common noun described (`نماینده شایسته‌ای`), not a post."""
    text = ctx.doc[j].text
    stem = text[:-len(INDEFINITE)] if text.endswith(INDEFINITE) else None
    if not stem or any(fold(stem) in index.firsts for index in (ctx.res.countries, ctx.res.provinces, ctx.res.cities)):
        return False  # (`این وزیر کره‌ای`: Korean, a nationality)
    return "AJ" in ctx.res.pos_of(stem)


def _describes(ctx: Context, i: int, end: int) -> bool:
    """A head word that is also an adjective (`حاکم`, 'prevailing') used as one: before `بر`, a
    verb or a copula (`حاکم بر جهان`, `حاکم است`, `حاکم شود`), after a plural it describes
    (`سیاست‌های حاکم`) or after a noun the adjective cues list (`رژیم حاکم`, `حزب حاکم`)."""
    keys, info = ctx.keys, ctx.info
    if end < len(keys) and (keys[end] == OVER or info.verb[end] or info.verb_prefix[end]
                            or keys[end] in ctx.res.adjective_after):
        return True
    before = keys[i - 1] if i else ""
    return before in ctx.res.adjective_before or len(before) > 3 and before.endswith(PLURAL_ENDINGS[:3])


OVER = fold("بر")


def _plural_before(ctx: Context, k: int) -> bool:
    """Word k is a plural the post describes (`کشورهای عضو`, `نمایندگان عضو`): in ها, or in ان
    unless the dictionary gives the word as a singular noun (`عنوان` of `به عنوان مسئول ...`)."""
    key = ctx.keys[k]
    pos = ctx.res.pos_of(ctx.doc[k].text)
    return key.endswith(PLURAL_ENDINGS[:3]) or key.endswith(PLURAL_ENDINGS[3]) and ("PL" in pos or "N" not in pos)


def _state_before(ctx: Context, i: int) -> bool:
    """A state or the word for one right before the post (`28 کشور عضو اتحادیه اروپا`, `این کشور عضو
    ائتلاف`, `ایران عضو سازمان ملل`): the state is the member, no person's post."""
    return ctx.keys[i - 1] == NATIONAL or any(span.end == i for span in ctx.countries.values())


def _qualifier(ctx: Context, j: int) -> int:
    """`درمان`, `فرهنگی، اجتماعی و امور استان‌ها`, `خرید راهبردی و اسناد پزشکی` after a deputy."""
    end = j
    while end < len(ctx.keys) and end - j < MAX_COMPLEMENT:
        if end in ctx.orgs or ctx.res.org_units.match(ctx.keys, end) and not (
                end > j and end + 1 < len(ctx.keys) and ctx.keys[end + 1] == AND) \
                or end == j and ctx.res.post_units.match(ctx.keys, end):
            break  # (`توسعه مدیریت و پشتیبانی`: a unit's word in a list of portfolios names no unit)
        if ctx.res.facility_heads.match(ctx.keys, end):
            break  # `معاون بیمارستان کودکان`, `مسئول تالاسمی بیمارستان توحید`: the place the post is in
        if ctx.keys[end] == AND or ctx.keys[end] in COMMA:
            if end > j and ctx._list_continues(end) and end + 1 not in ctx.orgs:
                end += 1
                continue
            break
        if ctx.stops_complement(end) or ctx.info.number[end] or ctx.keys[end] in NEW_WORDS and (
                end + 1 in ctx.orgs or ctx.res.org_units.match(ctx.keys, end + 1)):
            break
        end += 1
    return end


def _org_chain(ctx: Context, i: int) -> None:
    # `واحد` heads a unit after a post or of a listed body (`رئیس واحد فناوری اطلاعات شرکت ...`, `به
    # همت واحد فرهنگی اداره ورزش و جوانان`), not a count or a university's branch (`24 واحد`,
    # `دانشگاه آزاد اسلامی واحد قم`)
    sub_unit = not ctx.res.org_units.match(ctx.keys, i) and ctx.res.post_units.match(ctx.keys, i) is not None
    if sub_unit and i and _org_covers(ctx, i - 1, i):
        return
    head = ctx.res.post_units.match(ctx.keys, i) if sub_unit else ctx.res.org_units.match(ctx.keys, i)
    post = ctx.res.titles.match(ctx.keys, i)
    if not head or (i and ctx.res.org_units.match(ctx.keys, i - 1)) \
            or post and not (post[0] == head[0] and fold(post[1]["text"]) == ctx.keys[i]):
        return  # (`معاونت` is a unit, though listed as a post: `معاونت برنامه‌ریزی رئیس جمهور`)
    if _counted_or_pointed(ctx, i):
        return  # `این سازمان`, `2 شعبه`: a reference or a count, not a name
    if head[0] < len(ctx.keys) and ctx.keys[i] == BRANCH_OFFICE and ctx.keys[head[0]] in POLLING_WORDS:
        return  # `شعبه ثابت شماره 66`, `شعبه اخذ رأی`: a polling station an election notice lists, no body
    if head[1]["kind"] == WEBSITE:
        return  # `پایگاه اطلاع‌رسانی وزارت جهاد کشاورزی`: the ministry is the body, not its website
    if ctx.keys[i] == REPRESENTING and head[0] < len(ctx.keys) and ctx.keys[head[0]] in REPRESENTED_BODIES:
        return  # `دوره نمایندگی مجلس`: the office of a deputy, an abstract noun; the house is the body
    if head[0] == i + 1 and gathering(ctx.keys, i, ctx.res):
        return  # `مجلس امام حسین (ع)`, `مجلس عزاداری`: a gathering, no parliament
    if fold(head[1]["text"]) == GENERAL_MEETING and _held(ctx, i, head[0]):
        return  # `با برگزاری مجمع عمومی بانک ملی ایران`: a meeting held, the bank the body
    if i in ctx.orgs:
        # A known organisation: extend only to the parent it belongs to (`... سازمان تأمین‌اجتماعی`),
        # or to the place that is its name (`شهرداری گلستان`).
        end = ctx.orgs[i].end
        number = end + 2 if end + 2 < len(ctx.keys) and ctx.keys[end + 1] == EZAFE else end + 1
        if number < len(ctx.keys) and ctx.keys[end] in NUMBERED_DIVISIONS \
                and (ctx.info.number[number] or ctx.keys[number] in SMALL_NUMBERS):
            # `شهرداری منطقه 20`, `شهرداری منطقه 9 تهران`, `شهرداری منطقه یک`, `سپاه ناحیه 3`,
            # `سپاه منطقه ی 8`: a body's numbered district (not the body), and the town that names it
            add(ctx.doc, i, _named_by_place(ctx, number + 1), "ORG", "org_chain", {"head": head[1]["text"]})
            return
        if (branch := _branch_end(ctx, end)) > end:
            add(ctx.doc, i, branch, "ORG", "org_chain", {"head": head[1]["text"]})
            return
        if end in ctx.orgs and not _outlet(ctx.orgs[end]):
            # (no news outlet is a body's parent: `خبرنگار امور مجلس خبرگزاری فارس`)
            add(ctx.doc, i, _national(ctx, ctx.orgs[end].end), "ORG", "org_chain", {"head": head[1]["text"]})
        elif (named := max(_named_by_place(ctx, end), _named_by_place(ctx, end, head[1]))) > end:
            # (`دانشگاه علوم پزشکی قم`: the listed kind of body and the place that names it)
            add(ctx.doc, i, named, "ORG", "org_chain", {"head": head[1]["text"]})
        elif _national(ctx, end) > end:
            add(ctx.doc, i, end + 1, "ORG", "org_chain", {"head": head[1]["text"]})
        return
    end = head[0]
    if ctx.doc[end - 1].text.endswith(VOWEL_ENDINGS) and not head[1]["named"] \
            and not (head[1]["named_by_place"] and end in ctx.places):
        # `شورا حق نظارت دارد`: no ezafe `ی` after the vowel, so the words after are no complement;
        # but a body named by its place takes it without one (`رادیو مسکو`)
        return
    sport = ctx.res.sports.match(ctx.keys, end) if head[1]["kind"] == BOARD else None
    if sport and not _placed(ctx, head[0], sport[0]) \
            and not (sport[0] < len(ctx.keys) and (ctx.keys[sport[0]] in COMMA or ctx.keys[sport[0]] == AND)):
        # `هیات کشتی`, `هیئت تیراندازی با کمان`: a sport's board, though no place follows (a bare
        # `استان` after it is in neither span); the chain reads a board of several sports whole
        # (`هیات جودو، جوجیتسو و کوراش`)
        add(ctx.doc, i, sport[0], "ORG", "org_chain", {"head": head[1]["text"]})
        return
    bonus = 0
    unit = head[1]
    nested = ctx.res.org_units.match(ctx.keys, end) if end < len(ctx.keys) else None
    if nested and nested[1]["named"]:
        end, unit = nested  # `سازمان منطقه آزاد ارس`, `شرکت هواپیمایی ...`: a body named by a kind of body
    if unit["kind"] == COMPANY_KIND and end < len(ctx.keys) and (
            ctx.info.number[end] or ctx.keys[end] in SMALL_NUMBERS
            or i and ctx.keys[i - 1] == WITH and _plural_in_ha(ctx.keys[end])):
        # `با شرکت 160 شناگر`, `با شرکت تیم‌های والیبال`: taking part; no company is numbered (a
        # company's name may have a plural: `شرکت قطارهای شهری`)
        return
    # (a named force is numbered by no count after it: `نیروی زمینی 120 هزار نفر`)
    counted_force = head[1]["named"] and head[1]["kind"] == MILITARY
    if end < len(ctx.keys) and (ctx.info.number[end] or ctx.keys[end] in SMALL_NUMBERS) and not counted_force:
        end += 1  # `شعبه 2`, `شعبه یک`: a numbered unit
    if end < len(ctx.keys) and ctx.res.titles.match(ctx.keys, end) and not ctx.info.preverbal(end):
        end = ctx.res.titles.match(ctx.keys, end)[0]  # `دفتر مدیرعامل`: the office, not the post
        bonus = 10
    anchored = False  # the chain reaches a listed body
    while end < len(ctx.keys):
        if end in ctx.orgs:
            reached = ctx.orgs[end]
            end = reached.end
            anchored = True
            if _sponsor_named(ctx, head[1], reached) or _parent_follows(ctx, end):
                continue
            end = _parents_own_end(ctx, reached, end)
            break
        nxt = ctx.complement(end, allow_numbers=not (counted_force and end == head[0]))
        if nxt == end:
            break
        reached = next((ctx.orgs[k] for k in range(end, nxt) if k in ctx.orgs and ctx.orgs[k].end == nxt), None)
        end = nxt
        anchored = anchored or reached is not None
        if reached is not None and not _sponsor_named(ctx, head[1], reached) and not _parent_follows(ctx, end):
            end = _parents_own_end(ctx, reached, end)
            break  # the parent organisation ends the chain, unless its own parent follows it
    if sub_unit and not title_ends_at(ctx.keys, i, ctx.res) and (not anchored or head[0] in ctx.orgs):
        return  # (`تعطیل شدن واحد ذوب آهن اردبیل`: a plant of the body, no unit named by words of its own)
    if end - 1 > head[0] and ctx.keys[end - 1] in PLURAL_LEVELS:
        end -= 1  # `شورای فرهنگ عمومی شهرستان‌ها`: the level word after a body is in neither span
    # `روابط عمومی شهرداری منطقه 18 تهران`: the last unit of the chain may be named by its place
    end = _national(ctx, max(_named_by_place(ctx, end, unit), _named_by_place(ctx, end)))
    martyr = _named_after_a_person(ctx, end)
    end = max(end, martyr)
    # `تیم امید`, `تیم فوتبال امید`, `تیم جوانان و امید`: the team of that age or sex is named
    classes_end = _team_category(ctx, end) if head[1]["kind"] in PLACE_NAMED_KINDS else 0
    category = head[1]["kind"] in PLACE_NAMED_KINDS and (
        classes_end > end or any(ctx.keys[k] in TEAM_CATEGORIES for k in range(head[0], end)))
    end = max(end, classes_end)
    if end == head[0] and head[1]["kind"] in STATE_OWNED_KINDS and end in ctx.countries:
        # `سفارت آمریکا`: the embassy, and the state it is of beside it (two entities, as the gold has it)
        add(ctx.doc, i, end, "ORG", "org_chain", {"head": head[1]["text"]})
        return
    if end == head[0] and head[1]["kind"] in PLACE_NAMED_KINDS and end in ctx.places:
        # `تیم فریدونکنار`, `تیم انگلیس`: a team named by its town or state alone is that team (the gold's
        # ruling: a team keeps its place inside the ORG span)
        add(ctx.doc, i, ctx.places[end].end, "ORG", "org_chain", {"head": head[1]["text"]})
        return
    if end == head[0] and not head[1]["named"]:
        return  # a bare unit word (`سازمان`, `مرکز`) names nothing by itself
    placed = _placed(ctx, head[0], end)
    if head[1]["outside"]:
        # `کارخانه سیمان ایلام`: a factory's company is named by its product and its place, the
        # word for a factory no part of the name; a product alone (`کارخانه کمپوست`) names none
        if placed:
            add(ctx.doc, head[0], _place_after(ctx, end), "ORG", "org_chain",
                {"head": head[1]["text"], "outside": head[1]["text"]})
        return
    # a numbered military unit is named (`لشکر 41 ثارالله`, `تیپ 27 ...`), not `تیم 90 دقیقه`
    numbered = head[1]["kind"] == MILITARY and head[0] < len(ctx.keys) and ctx.info.number[head[0]]
    if head[1]["kind"] == MILITARY:
        end = max(end, _military_name(ctx, head[0]))
    named_by_words = 0
    if head[1]["generic"] and not unit["named"] and not any(k in ctx.orgs for k in range(head[0], end)) and not placed \
            and not martyr and not numbered and not category \
            and not (_after_post(ctx, i) and (end - head[0] >= 2 or _one_word_name(ctx, head[0], end, head[1]["kind"]))
                     and head[1]["kind"] not in PLACE_NAMED_KINDS
                     and not any(ctx.res.country_at(ctx.keys, k) for k in range(head[0], end))) \
            and not _team_named_after_its_sport(ctx, i, head, end) \
            and not (named_by_words := _named_by_its_words(ctx, i, head, end)):
        # `سازمان مشابه`, `مدیریت منابع`, `هیأت همراه`: a common noun phrase; the body a post
        # heads is named, though (`رئیس سازمان مدارس غیردولتی و مشارکت‌های مردمی`), but for a
        # team's (`مسئول تیم وضعیت ... را`) or a state's delegation (`رئیس هیات اعزامی مصر`)
        return
    if named_by_words:
        end = named_by_words
    if placed and head[1]["kind"] in PLACE_NAMED_KINDS:
        end = _place_after(ctx, end)  # `تیم فوتسال یاسین‌پیشرو قم`
    elif head[1]["kind"] in PLACE_NAMED_KINDS and end in ctx.countries:
        end = ctx.countries[end].end  # `تیم ملی فوتسال قطر`: a national team keeps its state too
    elif end > head[0] and end in ctx.countries and _state_in_its_name(ctx, head[1]["kind"], i, head[0], end):
        end = ctx.countries[end].end
    if head[1]["kind"] in PLACE_NAMED_KINDS:
        end = _age_class(ctx, end)  # `تیم ملی فوتسال زیر 21 سال`: the team of that age
    end = _quoted_name_after(ctx, _village_named(ctx, head[0], end))
    if i and ctx.keys[i - 1] in PLACE_PREPOSITIONS and (kind := ctx.res.facility_heads.match(ctx.keys, i)) \
            and kind[0] == end:
        return  # `به مرکز درمانی اعزام شد`: a kind of facility gone to, named by nothing, is no body
    if anchored and any(k in ctx.programs and ctx.programs[k].end <= end for k in range(i, end)):
        bonus = max(bonus, ANCHORED_BONUS)
    for k in range(head[0], end):
        if ctx.imam_named(k) and ctx.persons[k].end <= end:
            withdraw(ctx.doc, ctx.persons[k])  # `... آثار امام خمینی`: the body's name, no person of the text
    add(ctx.doc, i, end, "ORG", "org_chain", {"head": head[1]["text"]}, bonus=bonus)


def _state_in_its_name(ctx: Context, kind: str, i: int, words: int, end: int) -> bool:
    """The state at ``end`` ends the name of the body whose head is at i and whose own words run
    from ``words``: an Iranian body named in words of its own (`مرکز توسعه صادرات ایران`, `انجمن
    علوم و مهندسی پلاسمای ایران`; a state's organ, a board or a council is beside its state:
    `هیات مذاکره کننده هسته‌ای` + `ایران`), or a party (`حزب کمونیست تاجیکستان`, `حزب مردم
    پاکستان`), not after a region's (`حزب دمکرات کردستان` + `عراق`), a post's (`حزب رئیس جمهور` +
    `قزاقستان`) or a list's words."""
    if kind in NAMED_WITH_THE_STATE:
        return ctx.countries[end].payload.get("id") == HOME_STATE and not any(k in ctx.orgs for k in range(i, end))
    return kind == PARTY and not any(k in ctx.orgs or k in ctx.places or ctx.keys[k] == AND
                                     or ctx.res.titles.match(ctx.keys, k) or ctx.res.provinces.match(ctx.keys, k)
                                     for k in range(words, end))


def _org_covers(ctx: Context, start: int, end: int) -> bool:
    """One listed body's name covers tokens ``start`` to ``end`` (exclusive)."""
    return any(org.start <= start and end <= org.end for org in ctx.orgs.values())


def _parent_follows(ctx: Context, end: int) -> bool:
    """Another listed body starts right after the one a chain reached: that one's parent, and the
    chain runs on to it (`شورای مرکزی بسیج دانشجویی دانشگاه خواجه نصیر`, one body as the gold has
    it); no news outlet is one (`... خبرگزاری فارس`)."""
    return end in ctx.orgs and not _outlet(ctx.orgs[end])


def _parents_own_end(ctx: Context, parent, end: int) -> int:
    """Where the listed parent a chain ends with ends in the text: with the place that names it or
    its named branch after it (`... بسیج دانشجویی دانشگاه پیام نور خرامه`, `... دانشگاه آزاد
    اسلامی واحد داراب`)."""
    unit = ctx.res.org_units.match(ctx.keys, parent.start)
    named = _named_by_place(ctx, end, unit[1]) if unit else end
    return named if named > end else _branch_end(ctx, end)


def _branch_end(ctx: Context, end: int) -> int:
    """`دانشگاه آزاد اسلامی واحد قم`, `... واحد علوم و تحقیقات`: the end of a named branch of the
    body that ends at token ``end`` (its place or the words after `واحد`), else ``end``; past the
    words of a branch's faculty before `واحد` too (`دانشگاه آزاد اسلامی علوم و تحقیقات واحد آیت‌الله
    آملی`)."""
    if end >= len(ctx.keys):
        return end
    words = ctx.complement(end, allow_orgs=False) if ctx.keys[end] != BRANCH else end + 1
    unit = next((k for k in range(end, min(words, end + BRANCH_WORDS + 1)) if ctx.keys[k] == BRANCH), None)
    if unit is None or unit + 1 >= len(ctx.keys):
        return end
    name = unit + 1
    while name < len(ctx.keys) and (honorific := ctx.res.honorifics.match(ctx.keys, name)):
        name = honorific[0]  # `واحد آیت‌الله آملی`: a branch named after someone, with their honorific
    branch = ctx.places[name].end if name in ctx.places else ctx.complement(name, allow_orgs=False)
    return branch if branch > name else end


BRANCH_WORDS = 4  # words of a branch's faculty before `واحد` (`علوم و تحقیقات`)


MILITARY_NAME_WORDS = 4  # words a numbered unit's name may have (`قمر بنی هاشم`, `محمد رسول الله`)


def _military_name(ctx: Context, start: int) -> int:
    """The end of a numbered military unit's name, which follows its number (after `ویژه` too):
    a holy place or person it is named after, of up to four words (`لشکر ویژه 25 کربلا`, `لشکر 8
    نجف اشرف`, `لشکر 27 محمد رسول الله`), up to a word no name has (`در`, `به`, a verb), a post,
    an honorific, or the unit's home town or province after its name (`لشکر 41 ثارالله کرمان`,
    `تیپ 48 فتح استان ...`: the place is no part of it); 0 for a unit with no number."""
    keys, info = ctx.keys, ctx.info
    number = start if start < len(keys) and info.number[start] else \
        start + 1 if start + 1 < len(keys) and info.nameable(start) and info.number[start + 1] else None
    if number is None or number in ctx.numbers:
        return 0  # (a count, `لشکر 10 هزار نفری`, is no unit's number)
    k = number + 1
    while k < len(keys) and k - number <= MILITARY_NAME_WORDS and (info.nameable(k) or keys[k] == ALLAH) \
            and not ctx.res.titles.match(keys, k) and not ctx.res.honorifics.match(keys, k) \
            and not ctx.res.org_units.match(keys, k) and keys[k] not in PLACE_LEVELS \
            and not (k > number + 1 and k in ctx.places) \
            and not (info.preverbal(k) and k not in ctx.places and keys[k] not in ctx.res.given_names):
        k += 1  # (a compound verb's noun ends it, `لشکر 25 حمله کرد`; a place does not, `... کربلا بود`)
    return k if k > number + 1 else 0


def _named_by_its_words(ctx: Context, i: int, head: tuple, end: int) -> int:
    """`سازمان نوسازی مدارس`, `سازمان ملی جوانان`, `سازمان اطلاعات و جاسوسی`: a bare `سازمان`
    (org_units.tsv kind `organization`) and two to four words of a noun phrase after it name an
    organisation, though no post comes before it (`و` not counted: `سازمان حمل و نقل و پایانه‌های
    کشور`); not `سازمان مشابه` (one word), `سازمان اصلی ...` (what kind), `سازمان دهی` (the
    verb's noun written apart), a list that goes on after a comma or ends in a plural (`سازمان
    تبلیغات و سمن‌ها و دانشگاه‌ها`), nor a `سازمان` inside a body already known (`شورای امنیت
    سازمان ملل ...`).
    The end of the name, else 0."""
    start = head[0]
    if head[1]["kind"] != NAMED_BY_WORDS_KIND \
            or any(k in ctx.orgs and ctx.orgs[k].end > i for k in range(max(0, i - KNOWN_NAME_WORDS), i)):
        return 0
    keys = ctx.keys
    end = next((k for k in range(start, end) if keys[k] in COMMA), end)
    words = sum(keys[k] != AND for k in range(start, end))
    if not NAME_WORDS_SPAN[0] <= words <= NAME_WORDS_SPAN[1] or keys[start] in SPLIT_SUFFIXES \
            or describes_a_kind(keys[start], ctx.res) or keys[start] in GENERIC_QUALIFIERS \
            or keys[start] in ctx.res.kind_words or keys[end - 1] == AND or _plural_in_ha(keys[end - 1]):
        return 0
    if any(keys[k] in SMALL_NUMBERS or keys[k] != AND and not ctx.info.nameable(k) or _copular(keys[k], ctx.res)
           for k in range(start, end)):
        return 0
    return end


NAMED_BY_WORDS_KIND = "organization"
KNOWN_NAME_WORDS = 12  # words back to the start of a known body that may hold the head
NAME_WORDS_SPAN = (2, 4)
SPLIT_SUFFIXES = frozenset(fold(w) for w in ("دهی", "یافته"))  # `سازمان دهی`, `سازمان یافته`
COPULA_ENDINGS = ("اند", "ند")


def _copular(key: str, res: Resources) -> bool:
    """A predicate with its copula glued on (`مخالفند`, `عبارت‌اند`): the clause's verb, no name."""
    return any(key.endswith(e) and key[:-len(e)].rstrip("\u200c") in res.lexicon_any for e in COPULA_ENDINGS)


def _sponsor_named(ctx: Context, head: dict, sponsor) -> bool:
    """A team named by its sponsor, a word or two more of its name and its town after the
    sponsor's (`تیم والیبال شهرداری جوان ارومیه`): the body the chain reached (not a club) is
    not the team's parent."""
    if head["kind"] not in PLACE_NAMED_KINDS or (sponsor.payload or {}).get("kind") == CLUB:
        return False
    more = ctx.complement(sponsor.end, allow_orgs=False)
    return sponsor.end < more <= sponsor.end + 2 and more in ctx.places


def _named_after_a_person(ctx: Context, end: int) -> int:
    """`پایگاه هوایی شهید بابایی`, `پادگان شهید ...`: a body the person named after its head's
    words (with an honorific: `شهید`, `امام`) gives its name; the end of that name, else 0."""
    if end >= len(ctx.keys) or not ctx.res.honorifics.match(ctx.keys, end) or not named_after(end, ctx.keys, ctx.res):
        return 0
    name = end
    while name < len(ctx.keys) and (honorific := ctx.res.honorifics.match(ctx.keys, name)):
        name = honorific[0]
    # a given name and the surname after it, else a surname alone (`شهید بابایی`)
    last = name + 2 if ctx.keys[name] in ctx.res.given_names else name + 1
    if last < len(ctx.keys) and ctx.keys[last] in ctx.res.surname_tails and ctx.info.nameable(last):
        last += 1  # `شهید هاشمی نژاد`: a compound surname written apart
    return last if last <= len(ctx.keys) and all(ctx.info.nameable(k) for k in range(name, last)) else 0


VOWEL_ENDINGS = ("ا", "و")  # a head ending so takes its complement through a written `ی` (`شورای شهر`)
BRANCH = fold("واحد")
GENERAL_MEETING = fold("مجمع عمومی")
HELD = frozenset(fold(w) for w in ("برگزاری", "برگزار", "تشکیل"))  # a meeting held, not a body


def _held(ctx: Context, i: int, end: int) -> bool:
    """The words around a general assembly hold it (`برگزاری مجمع عمومی ...`, `مجمع عمومی
    ... برگزار شد`): a company's or a federation's meeting, not an organ (`مجمع عمومی سازمان ملل`
    is listed and named so whatever the verb)."""
    after = ctx.complement(end)
    return (i > 0 and ctx.keys[i - 1] in HELD) or any(ctx.keys[k] in HELD for k in range(end, min(after + 2, len(ctx.keys))))


def _team_named_after_its_sport(ctx: Context, i: int, head: tuple, end: int) -> bool:
    """`سرمربی تیم والیبال کاله`, `مربی تیم بسکتبال مهرام`: after a post, a team, its sport, and a
    word or two that name it (its sponsor), though no list knows them; not a word that says what
    kind of team (`تیم فوتبال مشابه`), a reference or a possessive (`تیم فوتبال کشورمان`)."""
    if head[1]["kind"] not in PLACE_NAMED_KINDS or not _after_post(ctx, i):
        return False
    sport = ctx.res.sports.match(ctx.keys, head[0])
    if sport is None or not 1 <= end - sport[0] <= TEAM_NAME_WORDS:
        return False
    return all(ctx.info.nameable(k) and ctx.keys[k] != AND and _names_rather_than_kinds(ctx, ctx.keys[k])
               and ctx.keys[k] not in TEAM_CATEGORIES and not ctx.keys[k].endswith(POSSESSIVE_ENDINGS)
               for k in range(sport[0], end))


TEAM_NAME_WORDS = 2
POSSESSIVE_ENDINGS = ("مان", "شان")  # `تیم فوتبال کشورمان`, `تیم والیبال شهرمان`


def _one_word_name(ctx: Context, start: int, end: int, kind: str) -> bool:
    """One word after a body's head a post names (`رئیس سازمان تبلیغات`, `مسئولان سازمان
    تربیت‌بدنی`): its name, unless it only says what kind of body it is (`سازمان مشابه`,
    `سازمان صهیونیستی`) or is a reference (`سازمان مذکور`)."""
    return end - start == 1 and kind in ONE_WORD_KINDS and _names_rather_than_kinds(ctx, ctx.keys[start])


def _names_rather_than_kinds(ctx: Context, key: str) -> bool:
    """A word after a body's head that may name it: not one that says what kind of body it is
    (`مشابه`, `صهیونیستی`), a word for kinds or a function word."""
    return not describes_a_kind(key, ctx.res) and key not in ctx.res.function_words and key not in ctx.res.kind_words \
        and key not in GENERIC_QUALIFIERS


# (a board, a group, a front or a mission a post names by one word is as often a kind as a name:
# `هیأت همراه`, `هیئت داوران`, `جبهه پیروان ...` cut short)
ONE_WORD_KINDS = frozenset({"organization", "institution"})
GENERIC_QUALIFIERS = frozenset(fold(w) for w in ("مشابه", "اصلی", "مثبت", "یافته", "مشترک", "مربوطه", "ذیربط", "متبوع", "همکار",
                                                 "دولتی", "خصوصی", "مستقل", "جدید", "خود"))


def _after_post(ctx: Context, i: int) -> bool:
    """A post ends right before token i, or the plural of one (`از اعضای هیئت امنای ...`)."""
    return title_ends_at(ctx.keys, i, ctx.res) or (i > 0 and ctx.keys[i - 1] in ctx.res.plural_titles)


def _place_at(ctx: Context, k: int) -> bool:
    """A place's name covers token k."""
    return any(p.start <= k < p.end for p in ctx.places.values() if p.start <= k)


def _village_named(ctx: Context, start: int, end: int) -> int:
    """`شورای اسلامی روستای شهیدآباد`, `شورای اسلامی روستای «پچت»`: a chain that ends with
    `روستای` takes the village that names it, quoted or not."""
    if not (end - 1 > start and ctx.keys[end - 1] in VILLAGE_OF and end < len(ctx.keys)):
        return end
    quoted = ctx.keys[end] in QUOTES and end + 1 in ctx.places
    place = ctx.places.get(end + 1 if quoted else end)
    if place is None:
        return end
    if not quoted:
        return place.end
    closing = place.end < len(ctx.keys) and ctx.keys[place.end] in QUOTES
    return place.end + 1 if closing else end


def _plural_in_ha(key: str) -> bool:
    """A plural in `ها` (`تیم‌های`, its key folded without the ZWNJ), whatever its stem: persons.py's
    test asks the stem to be attested, which `تیم` is not; not one in `ان`, which ends names too."""
    return key.endswith(HA_PLURALS) and len(key) > 4


HA_PLURALS = ("ها", "های")
WITH = fold("با")
DISTRICT = fold("منطقه")
NUMBERED_DIVISIONS = frozenset({DISTRICT, fold("ناحیه")})  # a body's district by its number
EZAFE = fold("ی")  # the ezafe written as a word of its own (`منطقه ی 8`)


def _age_class(ctx: Context, end: int) -> int:
    """The end of an age class right after a team's name (`زیر 21 سال`), else end."""
    keys = ctx.keys
    if end + 2 < len(keys) and keys[end] == UNDER and ctx.info.number[end + 1] and keys[end + 2] == YEARS:
        return end + 3
    return end


UNDER, YEARS = fold("زیر"), fold("سال")


def _quoted_name_after(ctx: Context, end: int) -> int:
    """`هیات مدیره شرکت «قزاق نفت»`: a chain that ends with a kind of body takes the name quoted
    right after it (a few words)."""
    keys = ctx.keys
    if not (end < len(keys) and keys[end] in QUOTES_OPEN and ctx.res.org_units.get(ctx.doc[end - 1].text)):
        return end
    close = next((k for k in range(end + 1, min(end + 1 + QUOTED_NAME_WORDS, len(keys))) if keys[k] in QUOTES_CLOSE), None)
    if close is None or close == end + 1 or not all(ctx.info.nameable(k) for k in range(end + 1, close)):
        return end
    return close + 1


QUOTED_NAME_WORDS = 5  # the words of a quoted name and its closing quote
VILLAGE_OF = {fold(w) for w in ("روستای",)}
QUOTES = QUOTES_OPEN | QUOTES_CLOSE
NATIONAL, OUR = fold("کشور"), {fold("ما"), fold("مان")}  # `کشور ما`, `کشورمان` (split off by the tokenizer)
LOCAL_WORDS = {fold(w) for w in ("استان", "شهرستان", "شهر")}
# A team keeps the place of its name (`تیم فوتسال یاسین‌پیشرو قم`, `تیم دوومیدانی چهارمحال و
# بختیاری`), as the guidelines have it; other bodies are the place's (`هیأت فوتبال` + `شهرستان بم`).
PLACE_NAMED_KINDS = {"team"}
PARTY = "party"  # org_units.tsv kind of `حزب`
# org_units.tsv kinds of a body whose own name ends with `ایران` (`سازمان صنایع دستی ایران`)
NAMED_WITH_THE_STATE = frozenset({"organization", "center", "association", "company", "institute", "union",
                                  "foundation", "fund", "cooperative", "institution", "bank"})
STATE_OWNED_KINDS = {"embassy"}  # org_units.tsv kinds of a body every state has one of (`سفارت`, `کنسولگری`)


def _place_after(ctx: Context, end: int) -> int:
    """The end of the place `_placed` found after word end, past its level word (`استان`)."""
    return ctx.places[end + (ctx.keys[end] in LOCAL_WORDS)].end


def _placed(ctx: Context, start: int, end: int) -> bool:
    """`هیأت دوچرخه‌سواری استان تهران`, `هیئت فوتبال شهرستان بم`: a generic head with a
    complement, followed by the province or town it serves, is that place's body, not a
    common noun phrase."""
    if end == start or end >= len(ctx.keys):
        return False
    if ctx.keys[end] in LOCAL_WORDS:
        end += 1
    return end in ctx.places and end not in ctx.countries


def _national(ctx: Context, end: int) -> int:
    """`بنیاد مسکن کشور`, `سازمان هلال احمر کشور`: `کشور` after a body is part of its name (the
    national one), unless a state's name follows (`دولت کشور عراق`) or it is `کشور ما`."""
    keys = ctx.keys
    if end < len(keys) and keys[end] == NATIONAL and not (end + 1 in ctx.places or end + 1 < len(keys) and keys[end + 1] in OUR):
        return end + 1
    return end


UNIT_WORDS = 3  # words of a kind of body (`دانشگاه علوم پزشکی`)


def _named_by_place(ctx: Context, end: int, unit: dict | None = None) -> int:
    """`شهرداری تهران`, `استانداری قم`, `منطقه آزاد کیش`: bodies whose proper name is their place
    (`unit`, the kind of body, else the one whose words end at ``end``: `... دانشگاه علوم پزشکی جهرم`)."""
    unit = unit or next((found[1] for j in range(max(0, end - UNIT_WORDS), end)
                         if (found := ctx.res.org_units.match(ctx.keys, j)) and found[0] == end), None)
    if unit and unit.get("named_by_place") and end in ctx.places:
        return ctx.places[end].end
    return end


PRENOMINAL_ORDINAL = fold("ین")  # `اولین`, `دومین`: before the noun it orders, never after a body


def _ordinal_extension(ctx: Context, i: int) -> None:
    """`دولت مردمی سیزدهم`, `مجلس یازدهم`: a known body and the term that identifies it; a generic
    institution and the word that says which one it is (`دولت موقت`, `مجلس ایالتی`, `ارتش سرخ`)."""
    if i not in ctx.orgs:
        return
    end = ctx.orgs[i].end
    if end == i + 1 and ctx.keys[i] in ctx.res.generic_institutions \
            and (which := ctx.res.institution_qualifiers.match(ctx.keys, end)):
        add(ctx.doc, i, which[0], "ORG", "org_term")
        return
    for j in range(end, min(end + 4, len(ctx.keys))):
        if parse_ordinal(ctx.doc[j].text):
            if ctx.keys[j].endswith(PRENOMINAL_ORDINAL):
                return  # `به گزارش خبرگزاری فارس اولین نمایشگاه ...`: an ordinal in ین opens the next phrase
            add(ctx.doc, i, j + 1, "ORG", "org_term")
            return
        if not ctx.info.nameable(j) and ctx.keys[j] != AND or j in ctx.places:
            return  # (`پلیس عراق حمله اول را ...`: the body ends at its state)
        if ctx.keys[j] == AND and (not any(k < len(ctx.keys) and parse_ordinal(ctx.doc[k].text) for k in (j + 1, j + 2))
                                   or j + 1 < len(ctx.keys) and (j + 1 in ctx.orgs or ctx.res.org_units.match(ctx.keys, j + 1))):
            # `شورای امنیت و آماده‌سازی قطعنامه سوم`: `و` opens the next phrase; not in `دولت نهم و
            # دهم`, `دولت انقلابی و مردمی سیزدهم` (the ordinal right after it or its adjective); nor is
            # another body's term its (`دولت اصلاحات و مجلس ششم`)
            return


def _counted_or_pointed(ctx: Context, i: int) -> bool:
    """A count or a demonstrative right before the head at i (`2 شعبه`, `این سازمان`): the words
    refer to or count bodies, they name none."""
    return bool(i) and (ctx.keys[i - 1] in COUNTED or ctx.info.number[i - 1] or i - 1 in ctx.numbers)


def _program(ctx: Context, i: int) -> None:
    key = ctx.keys[i]
    # (`۴۰ طرح عمرانی`, `دو هزار طرح`, `این طرح`: projects counted or pointed to, no program named)
    if key in ctx.res.program_heads and not (_counted_or_pointed(ctx, i)
                                             or i and (ctx.keys[i - 1] in CARDINALS or ctx.keys[i - 1] in SCALES)):
        end = ctx.complement(i + 1, allow_orgs=False)
        if end - (i + 1) > 3 and ctx.keys[i + 1] not in ctx.res.lexicon_any:
            end = i + 2  # a coined name (`طرح دارویاری`) followed by ordinary prose
        if 1 <= end - (i + 1) <= 3:
            add(ctx.doc, i, end, "PROGRAM", "program_head")
    elif key in ORDINAL_PROGRAM and i + 2 < len(ctx.keys) and ctx.keys[i + 2] == fold("توسعه"):
        add(ctx.doc, i, i + 3, "PROGRAM", "development_plan")


def _law(ctx: Context, i: int) -> None:
    """`ماده 5 قانون ...`, `ماده 99 و 50 قانون ...`, `قانون اصلاحیه ماده (5) ...`."""
    amendment = ctx.keys[i] == AMENDMENT and i + 1 < len(ctx.keys) and ctx.keys[i + 1] == fold("ماده")
    if (ctx.keys[i] not in ctx.res.law_heads and not amendment) or (i and ctx.keys[i - 1] in ctx.res.law_heads):
        return
    end = i + 1
    saw_law = ctx.keys[i] == fold("قانون")
    known = starts(ctx.doc, "LAW")
    while end < len(ctx.keys) and end - i < 14:
        key = ctx.keys[end]
        if end in known:
            end, saw_law = known[end].end, True  # a listed law's name ends the chain
            break
        if ctx.doc[end].is_space:
            break
        if ctx.info.number[end] or key in {"(", ")"}:
            end += 1
        elif key == AND and end + 1 < len(ctx.keys) and ctx.info.number[end + 1]:
            end += 1
        elif key in ctx.res.law_heads:
            saw_law = saw_law or key == fold("قانون")
            end += 1
        elif ctx.stops_complement(end) and key not in {fold("اصلاح"), fold("اصلاحیه")}:
            break
        else:
            end += 1
    while end > i and (ctx.keys[end - 1] in {"(", AND} or ctx.info.punct[end - 1]):
        end -= 1
    named = [k for k in range(i + 1, end) if not ctx.info.number[k] and ctx.keys[k] not in ctx.res.law_heads
             and ctx.keys[k] not in {"(", ")"}]
    if saw_law and named:
        add(ctx.doc, i, end, "LAW", "law_head")


def _facility(ctx: Context, i: int) -> None:
    head = ctx.res.facility_heads.match(ctx.keys, i)
    if not head or _counted_or_pointed(ctx, i):
        return
    placed = head[1]["placed"]
    if placed and i and any(unit[0] == i for k in range(max(0, i - 3), i)
                            if (unit := ctx.res.org_units.match(ctx.keys, k))):
        return  # `اداره زندان کاشان`: the body that runs it is named, the town is its own
    if i and _org_covers(ctx, i - 1, i + 1):
        return  # `سازمان نظام مهندسی ساختمان گلستان`: the last word of a listed body's name
    end = head[0]
    named = False  # a place or a person ends the name
    town = None  # where the place that ends it starts
    while end < len(ctx.keys) and end - head[0] < 14:
        if end > head[0] and ctx.res.facility_heads.match(ctx.keys, end):
            return  # `ساختمان جدید پلی‌کلینیک ...`: the inner head names the facility
        if placed and (end in ctx.orgs or ctx.res.org_units.match(ctx.keys, end)
                                         or end in ctx.countries):
            break  # `سالن اجتماعات اداره کل ... استان`, `زندان پاکستان`: a body's hall, a country's prison
        if end in ctx.places:
            town, end, named = end, ctx.places[end].end, True
            break
        if end in ctx.persons:
            if placed and any(not ctx.res.honorifics.match(ctx.keys, k) for k in range(head[0], end)):
                break  # (`ورزشگاه سانتیاگوبرنابئو میان مردان خوزه مورینیو`: a person further on is the clause's)
            end, named = ctx.persons[end].end, True
            break
        if ctx.info.number[end] or ctx.res.honorifics.match(ctx.keys, end):
            end += 1
            continue
        if ctx.keys[end] in CITY_WORDS and end + 1 in ctx.places:
            if placed:
                break  # `مسجد جامع شهرستان قدس`: the town is named as a town, not as part of the name
            end += 1
            continue
        nxt = ctx.complement(end, allow_orgs=False)
        if nxt == end:
            break
        end = nxt
    if placed and not named:
        return  # `نیروگاه برق`, `پالایشگاه خاورمیانه`: a kind of plant, none named
    if end > head[0]:
        if any(c.label == "TITLE" and c.end == i for c in candidates(ctx.doc)):
            # `رئیس مرکز بهداشت فومن`, `مدیر بیمارستان شهید رجایی`: the institution a post is in; one
            # named before its town is named without it, as a body and its place are (`مسئول تالاسمی
            # بیمارستان توحید جم`: the hospital توحید, in the town جم)
            end = town if town is not None and town > head[0] and not placed else end  # (not a plant, a
            # hall or a prison a place names: `پالایشگاه امام خمینی شازند` is one name)
            add(ctx.doc, i, end, "ORG", "facility_head", {"head": head[1]["text"], "institution": True})
            return
        add(ctx.doc, i, end, "FACILITY", "facility_head", {"head": head[1]["text"]})
