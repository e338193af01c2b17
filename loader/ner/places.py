"""Provinces, cities and other known names looked up in the gazetteers.

A name that is also an ordinary word (`مرکزی` "central", `گلستان` "rose garden") is only a place
after a word that announces one (`استان`, `شهر`...). A name that is both a province and a city
(`قم`) is the city after a municipal word and the province otherwise, which is how provincial
news uses it.
"""
from __future__ import annotations

from collections import Counter

from spacy.tokens import Doc

from loader.ner.candidates import add
from loader.ner.numbers import CARDINALS
from loader.ner.persons import (AND, COMMA_KEYS, PLACE_LEVELS, QUOTES_CLOSE, QUOTES_OPEN, given_name_then_surname,
                                made_of_words, no_name_word, opens_turn, ordinary_plural, state_of_people, unattested)
from loader.ner.resources import CLUB, HOME_STATE, INTERNATIONAL, REPORTING_KINDS, Resources
from loader.ner.tokens import DEMONSTRATIVES, token_info
from loader.normalize.lexicon import get_lexicon
from loader.text_keys import fold

PROVINCE_LISTS = {fold(w) for w in ("استان‌های", "استانهای")}
COUNTRY_CUES = {fold(w) for w in ("کشور", "کشورهای", "کشور‌های", "دولت", "ملت", "مردم", "خارجه", "سفیر", "سفارت")}
PEOPLE_CUES = {fold(w) for w in ("ملت", "مردم")}  # (`مردم آذربایجان`: a region's people as well as a state's)
PRESIDENT = (fold("رئیس"), fold("جمهوری"))  # the title written apart, before a state
ISLAMIC = fold("اسلامی")  # `جمهوری اسلامی ایران`


def find_places(doc: Doc, res: Resources) -> Doc:
    info = token_info(doc, res)
    keys = info.keys
    provincial = _provincial(keys, res)
    provinces_owned = _provinces_owned(info, res)
    countries = _countries_named(keys, res)
    peoples = countries | _peoples_named(keys, res)
    states = _states_in_context(keys, res)
    sporting = _sporting(keys, res)
    about_sport = sporting or _names_sport(keys, res)
    named_bodies = _named_unambiguously(keys, res)
    on_roads = {k for _, first, end, _ in road_names(keys, res) for k in range(first, end)}
    unlisted: dict[tuple[str, ...], dict] = {}
    # Most tokens start no listed name at all: one set lookup answers for them.
    starts = res.starts(res.organizations, res.provinces, res.cities, res.countries, res.programs, res.laws)
    i = 0
    next_item = -1  # where the next item of a list of towns (`روستاهای خفر، مورک و ...`) starts
    items = 0       # the towns that list has named so far
    next_province = -1  # where the next item of a list of provinces (`استان‌های مازندران، گیلان، قم و ...`) starts
    province_ended = -1  # where the last province read ends
    while i < len(keys):
        # (a name in quotes after its cue is after the cue: `روستای «پچت»`, `استان «عدن»`)
        previous = keys[i - 2] if i >= 2 and keys[i - 1] in QUOTES_OPEN else keys[i - 1] if i else ""
        list_item = i == next_item and keys[i] not in res.town_lists
        # (a plural that opens a list of towns, or one and a word describing them: `شهرهای عبوری بومهن، ...`)
        list_cue = previous in res.town_lists \
            or previous in res.place_descriptors and i >= 2 and keys[i - 2] in res.town_lists
        # (a cue of two words, `امام جمعه`, `شورای شهر`, is kept as its two keys joined; one with a
        # word of tenure after it still announces its town: `امام جمعه موقت تهران`)
        cued = i - 1 if i >= 2 and (previous in res.post_qualifiers or previous in FORMER_WORDS) else i
        city_cue = keys[cued - 1] in res.city_cues if cued else False
        city_cue = city_cue or cued >= 2 and keys[cued - 2] + keys[cued - 1] in res.city_cues \
            or _deputy_for(keys, i)
        quoted = i >= 1 and keys[i - 1] in QUOTES_OPEN
        quoted_town = quoted and previous in QUOTED_TOWN_CUES
        foreign_town = not quoted and previous in QUOTED_TOWN_CUES and _unknown_word(info, i, res) \
            and not (previous in AREA_CUES and ("\u200c" in doc[i].text or made_of_words(keys[i], res)))
        if keys[i] not in starts and keys[i] not in res.news_agencies and previous not in UNLISTED_PLACE_CUES \
                and not list_cue and not list_item and not quoted_town and not foreign_town:
            i += 1
            continue
        if i in on_roads:
            i += 1  # `محور خوی - چایپاره`: a town in the name of a road is no place of its own
            continue
        if i >= 1 and (previous in res.region_cues or i >= 2 and keys[i - 2] + previous in res.region_cues):
            i += 1  # `شبه قاره هند`, `اقیانوس هند`: a region named after the place
            continue
        if _event(keys, i, previous, res):
            i += 1  # `حماسه کربلا`, `محرم و کربلا`: the event, not the town
            continue
        if keys[i] in res.news_agencies and _reported(info, i):
            add(doc, i, i + 1, "ORG", "news_agency", {"name": doc[i].text})  # `به گزارش فارس`, `خبرنگار اقتصادی فارس`
            i += 1
            continue
        if (org := res.organizations.match(keys, i)) and org[0] > i + 1 and not org[1].get("derived"):
            _known_names(doc, i, res, keys, sporting, named_bodies, about_sport)  # `ایران خودرو`, `نیویورک تایمز`: a name that starts with a place
            i = max(i + 1, _without_country(keys, i, org[0], res, org[1]))
            if i < org[0] and (state := res.country_at(keys, i)) and state[0] == org[0]:
                # `انصارالله یمن`: the state a listed body's span left out is that state, though
                # its name is also a word
                add(doc, i, state[0], "COUNTRY", "gazetteer", state[1])
                i = state[0]
            continue
        if i >= 1 and (previous, keys[i]) == PRESIDENT and (long_name := res.country_at(keys, i)):
            skip = 2 if i + 1 < len(keys) and keys[i + 1] == ISLAMIC else 1
            if (state := res.country_at(keys, i + skip)) and state[0] == long_name[0]:
                # `رئیس جمهوری عراق`, `رئیس جمهوری اسلامی ایران`: the title's `جمهوری`, not the
                # state's long name; the state is the name after it
                i += skip
                continue
        if sporting and not city_cue and previous not in PLACE_PREPOSITIONS and _club_here(keys, i, res):
            _known_names(doc, i, res, keys, sporting, named_bodies, about_sport)  # `تیم‌های بارسلونا و رئال مادرید`: in sports news, the club
            i += 1
            continue
        province = res.provinces.match(keys, i)
        if province and (state := res.country_at(keys, province[0])) and state[1].get("id") != HOME_STATE:
            province = None  # `اقلیم کردستان عراق`: a region of another state, which the guidelines leave out
        city = res.cities.match(keys, i)
        if city and city[1]["ambiguous"] and not city_cue \
                and (namesake := res.foreign_namesakes.get("".join(keys[i:city[0]]))) is not None \
                and namesake.get("country_id") in countries:
            city = (city[0], namesake)  # `روز قدس` in news naming Palestine: Jerusalem, not the town near Tehran
        if city and city[1]["ambiguous"] and city[1].get("country_id") in peoples:
            city = (city[0], {**city[1], "ambiguous": False})  # `کابل` in news about Afghanistan
        if city and city[0] < len(keys) and keys[city[0]] in res.surname_tails:
            city = None  # `قوچان نژاد`: a surname made from a place
        if city and not province and city[1].get("country_id") and previous in res.province_cues:
            city = None  # `استان ادلب سوریه`, `استان تعز`: a foreign province, which the guidelines leave out
        if city and city[0] == i + 1 and given_name_then_surname(keys, i, res) and info.nameable(i + 1) \
                and not city_cue:
            city = None  # `از سنندج مهران تیشه‌گران`: a given name that is also a town, and its surname
        best = None
        province_item = i == next_province  # (a name that is also a city is the province there)
        # `مازندران و گلستان`: a name that is also a word, joined by و to a province, is one too
        province_item = province_item or previous == AND and i - 1 == province_ended
        if province and (previous in res.province_cues or province_item or not province[1]["ambiguous"]
                         or _after_provincial_head(keys, i, res) or _closes_a_directorate(info, i, province[0], res)):
            best = ("PROVINCE", province[0], province[1])
        if best is not None and city and city[0] == best[1]:
            # A name that is both (`تهران`, `یزد`) is the province after a cue, a provincial post
            # or body, or in provincial news; else the city.
            if city_cue or _venue(info, i, city[0], res) \
                    or (previous not in res.province_cues and not provincial and not province_item
                        and not _province_context(keys, i, res)
                        and (previous, keys[i]) not in provinces_owned):
                best = ("CITY", city[0], city[1])
        elif city and (city_cue or ((not city[1]["ambiguous"] or _constituency(keys, i) or list_item
                                     or _dateline(keys, i, city[0], res)) and
                                    (best is None or city[0] > best[1]))):
            # (an item of a list of towns is the listed town though its name is also a word: `رودهن`)
            if best is None or city_cue or city[0] > best[1]:
                best = ("CITY", city[0], city[1])
        country = res.country_at(keys, i) if best is None else None
        if country and (not country[1]["ambiguous"] or i in states or country[1]["id"] in states.values()):
            best = ("COUNTRY", country[0], country[1])
        # (a deputy's constituency of several towns opens such a list: `نماینده مردم بیرجند، خوسف و درمیان`)
        in_list = list_item or list_cue or _constituency(keys, i)
        quoted_end = _quoted_name_end(info, i) if quoted_town or quoted and list_item else None
        if quoted_end is not None and (best is None or best[:2] != ("CITY", quoted_end)):
            # `شهر «سنفورد»`, `شهر «دوشنبه»`, `شهرهای «سعد» و «خور مکسر»`: the words quoted after
            # `شهر` or in a list of towns are a town's name, whatever else they name
            best = ("CITY", quoted_end, {"name": " ".join(t.text for t in doc[i:quoted_end]), "kind": "unlisted"})
        if best is None and foreign_town:
            # `شهر لادا`: after `شهر`, a word no Persian dictionary lists and no name list has is the
            # town's name (a word Persian uses describes the city: `شهر هوشمند`)
            end = i + 2 if i + 1 < len(keys) and _unknown_word(info, i + 1, res) else i + 1  # `شهر پترز بورگ`
            best = ("CITY", end, {"name": " ".join(t.text for t in doc[i:end]), "kind": "unlisted"})
        # (`در این شهرستان عاید کشاورزان`: a cue after a demonstrative refers back; no name follows it)
        named_cue = previous in UNLISTED_PLACE_CUES and not (i >= 2 and keys[i - 2] in DEMONSTRATIVES)
        if best is None and (named_cue or in_list):
            named = _unlisted_place(info, i, res)
            # In a list, a word Persian uses (`شهرهای مختلف`, `شجاع`) is a town only once two towns
            # have opened the list; such a name is not looked for elsewhere in the text
            unknown = all(keys[k] not in res.lexicon_any for k in range(i, named))
            if named > i and (named_cue or unknown or items >= LIST_ESTABLISHED):
                best = ("CITY", named, {"name": " ".join(t.text for t in doc[i:named]), "kind": "unlisted"})
                if unknown or not in_list:
                    unlisted[tuple(keys[i:named])] = best[2]
        if best and _other_word_without_madda(doc[i].text, best[2].get("name", "")):
            best = None  # `المان میدان ۹ دی`: an urban monument, not Germany (`آلمان`) without its madda
        if best and _owner_glued(doc, best[1]):
            best = None  # `هویت خویش`, `برادر خویش`: the tokenizer split the owner off a word, no town `خوی`
        if best and keys[i] in res.named_after and best[1] < len(keys) and res.honorifics.match(keys, best[1]):
            best = None  # `پردیس شهید باهنر`: a campus named after a martyr, no town `پردیس`
        if best:
            label, end, payload = best
            if label == "CITY" and end - i > 1 and keys[end - 1] in res.city_epithets \
                    and (base := res.cities.match(keys[:end - 1], i)) and base[0] == end - 1:
                # `نجف اشرف`, `مشهد مقدس`, `قدس شریف`: the epithet is no part of the town's name
                # (but `مزار شریف` is the name: `مزار` alone is no town)
                end -= 1
            # an item of a list of towns is a town, though a model or a name list reads a person there
            add(doc, i, end, label, "gazetteer", payload,
                bonus=QUOTED_TOWN_BONUS if quoted_town and quoted_end is not None else TOWN_LIST_BONUS if in_list else 0)
            province_ended = end if label == "PROVINCE" else province_ended
            # the list goes on over `،` until a `و` brings its last item, its names quoted or not
            # (`روستاهای «پچت»، «شیخ‌محله» و «پارم»`)
            closed = list_item and (keys[i - 1] == AND or quoted and i >= 2 and keys[i - 2] == AND)
            after = end + 1 if quoted and end < len(keys) and keys[end] in QUOTES_CLOSE else end
            next_item = after + 1 if in_list and not closed and after < len(keys) \
                and (keys[after] in COMMA_KEYS or keys[after] == AND) else -1
            if next_item > 0 and next_item < len(keys) and keys[next_item] in QUOTES_OPEN and after > end:
                next_item += 1
            # (a plural cue that opened the list, `شهرهای بومهن، جاجرود، ...`, establishes it as two towns would)
            items = 0 if next_item < 0 else LIST_ESTABLISHED if list_cue else items + 1
            # a list of provinces goes on the same way after `استان‌های` (one plural cue opens it)
            # or after a province no town shares its name with (`شناگران خراسان رضوی، اصفهان، قزوین
            # و تهران`: the provinces, not their capitals)
            next_province = end + 1 if label == "PROVINCE" and (province_item or previous in PROVINCE_LISTS
                                                                 or not res.cities.match(keys, i)) \
                and not (province_item and keys[i - 1] == AND) and end < len(keys) \
                and (keys[end] in COMMA_KEYS or keys[end] == AND) else -1
            i = end
            continue
        _known_names(doc, i, res, keys, sporting, named_bodies, about_sport)
        i += 1
    _again(doc, keys, unlisted)
    return doc


PLACE_PREPOSITIONS = frozenset(fold(w) for w in ("در", "به"))  # (`بازی در بارسلونا`: the town where it is played)


def _club_here(keys: list[str], i: int, res: Resources) -> bool:
    """A listed club's name of one word that is also a town's (`بارسلونا`, `لیورپول`), not counted."""
    found = res.organizations.match(keys, i)
    town = res.cities.match(keys, i)
    return bool(found) and found[0] == i + 1 and found[1].get("kind") == CLUB and bool(town) and town[0] == i + 1 \
        and not found[1].get("always_ambiguous") and not _counted(keys, i)


def _event(keys: list[str], i: int, previous: str, res: Resources) -> bool:
    """The place at i names an event: after a word for one (`حماسه کربلا`), or paired with the
    days it is mourned (`محرم و کربلا`, `کربلا و عاشورا`)."""
    return previous in res.event_cues or (previous == AND and i >= 2 and keys[i - 2] in res.event_partners) \
        or (i + 2 < len(keys) and keys[i + 1] == AND and keys[i + 2] in res.event_partners)


def road_names(keys: list[str], res: Resources) -> list[tuple[int, int, int, bool]]:
    """The roads and lines named by towns: (the head's first token, the first town's, the end,
    plural) each. After a road's word (place_cues.tsv kind road) come the towns it runs between,
    joined by a dash, by `به` or by nothing where the normalizer dropped a kashida (`محور خوی -
    چایپاره`, `محور سیرجان ـ کرمان`, `جاده اهواز به خرمشهر`; after a dash any one word, `آزادراه
    تهران-شمال`, `محور رامیان-اولنگ-شاهرود`), or one town (`جاده چالوس`); after a
    line's word (kind line) at least two (`قطار قم- تهران- اصفهان`; `قطار مادرید` is a train in
    Madrid); after a plural (`محورهای هراز و فیروزکوه`) the roads listed with `،` and `و`, one word naming
    a road by itself (`هراز`) among them, two at least (`جاده‌های کرمانشاه` are a province's roads)."""
    found = []
    heads = res.road_cues | res.line_cues
    for j, key in enumerate(keys):
        head = j - 1 if j and keys[j - 1] + key in heads else j
        if head == j and key not in heads:
            continue
        plural = key.endswith(ROAD_PLURAL)
        k = first = j + 1
        towns = 0
        while k < len(keys):
            end = max((match[0] for match in (res.provinces.match(keys, k), res.cities.match(keys, k),
                                              res.country_at(keys, k)) if match), default=None)
            word = keys[k] not in res.function_words and keys[k] not in res.road_cues and keys[k].isalpha()
            if end is None and word and (plural and k + 1 < len(keys) and (keys[k + 1] == AND or keys[k + 1] in COMMA_KEYS)
                                         or towns and keys[k - 1] in DASHES):
                end = k + 1  # `هراز` a road's own name in a list; `اولنگ`, `شمال` a place no list has after a dash
            if end is None:
                break
            towns += 1
            last = k = end
            if k < len(keys) and (keys[k] in ROAD_JOINERS or plural and (keys[k] == AND or keys[k] in COMMA_KEYS)):
                k += 1
            elif not (k < len(keys) and (res.cities.match(keys, k) or res.provinces.match(keys, k))):
                break
        line = keys[head] + key in res.line_cues if head < j else key in res.line_cues
        # a line runs between two towns at least, and so do the roads a plural lists: `جاده‌های
        # کرمانشاه` are the roads of the province, no road's name
        if towns >= (2 if line or plural else 1):
            found.append((head, first, last, plural))
    return found


DASHES = frozenset({"-", "–", "—"})
ROAD_JOINERS = DASHES | {fold("به")}
ROAD_PLURAL = fold("های")


def _owner_glued(doc: Doc, end: int) -> bool:
    """The token after a place's last one is a possessive ending written onto it (`خوی` + `ش` of
    `خویش`): the place's words are part of another word."""
    return end < len(doc) and not doc[end - 1].whitespace_ and doc[end].text in GLUED_OWNERS


GLUED_OWNERS = frozenset({"ش", "شان", "م", "مان", "ت", "تان"})


def _again(doc: Doc, keys: list[str], places: dict[tuple[str, ...], dict]) -> None:
    """A place the text introduced with a cue (`شهرستان دنا`) is that place wherever it is named
    again in the document (`... مناطق دنا`)."""
    if not places:
        return
    firsts = {name[0] for name in places}
    at: dict[str, list[int]] = {}
    for i, key in enumerate(keys):
        if key in firsts:
            at.setdefault(key, []).append(i)
    for name, payload in places.items():
        for i in at.get(name[0], ()):
            if tuple(keys[i:i + len(name)]) == name:
                add(doc, i, i + len(name), "CITY", "gazetteer", payload)


PROVINCIAL_WINDOW = 6
PROVINCIAL_SIGNALS = 4
REPORTING_WORDS = {fold(w) for w in ("گزارش", "خبرنگار", "خبرنگاران", "خبرگزاری", "گفت‌وگو", "گفتگو")}
DESK_WORDS = 3  # `خبرنگار اقتصادی فارس`, `خبرنگار بهداشت و درمان فارس`: the desk between
INTERVIEWS = {fold(w) for w in ("گفت‌وگو", "گفتگو", "گفت‌وگویی", "گفتگویی", "گفت‌وگوی", "گفتگوی", "مصاحبه", "مصاحبه‌ای",
                                 "مصاحبه‌ی")}  # (`در گفت‌وگوی اختصاصی با فارس`: the ezafe before what it is)
INTERVIEW_WORDS = 2  # `در گفت‌وگویی تامل‌برانگیز با فارس`: the words between the interview and `با`
WITH, TO = fold("با"), fold("به")


def _reported(info, i: int) -> bool:
    """The agency a reporting word names, right after it or after the reporter's desk (`و` within
    it); the agency an interview is given to (`در گفت‌وگو با فارس`), a speaker tells (`به فارس
    گفت`) or whose turns ask the questions (`* فارس: ...`): never the province, which no one talks with."""
    keys = info.keys
    if i >= 1 and keys[i - 1] == TO and i + 1 < len(keys) and info.speech[i + 1]:
        return True
    if opens_turn(info, i) and _turns(info)[keys[i]] >= INTERVIEW_TURNS:
        return True  # the interviewer's turns (`* فارس: ...` twice or more), not a province heading a line
    if i >= 2 and keys[i - 1] == WITH:
        return any(keys[j] in INTERVIEWS for j in range(i - 2, max(-1, i - 3 - INTERVIEW_WORDS), -1))
    desk = 0
    for j in range(i - 1, max(-1, i - 2 - 2 * DESK_WORDS), -1):
        if keys[j] in REPORTING_WORDS:
            return True
        if keys[j] == AND and desk:
            continue
        if not info.nameable(j) or desk == DESK_WORDS:  # punctuation, a function word, a verb: no desk
            return False
        desk += 1
    return False


INTERVIEW_TURNS = 2


def _turns(info) -> Counter:
    """How many turns of an interview each word names (counted once per document)."""
    if "turns" not in info.derived:
        info.derived["turns"] = Counter(key for k, key in enumerate(info.keys) if opens_turn(info, k))
    return info.derived["turns"]


def _countries_named(keys: list[str], res: Resources) -> set[str]:
    return {found[1]["id"] for _, found in res.countries_in(keys)}


def _peoples_named(keys: list[str], res: Resources) -> set[str]:
    """The states whose people's adjective the document uses (`دو جوان فلسطینی در جنین`): a
    foreign city whose name is also a word (`جنین` "foetus") is that state's city there. Not
    enough to make an Iranian town's namesake the foreign city (`روزنامه قدس` in a press review
    that mentions `شهید فلسطینی`)."""
    states = (state_of_people(key, res) for key in set(keys))
    return {state["id"] for state in states if state is not None and not state["ambiguous"]}


def _states_in_context(keys: list[str], res: Resources) -> dict[int, str]:
    """Where a state's name that is also a word (`یمن` "blessing", `قطر` "diameter", `مصر`
    "insistent") is the state, by the token it starts at: after a word for a state or its people
    (`کشور`, `ملت`, `مردم`), joined by `و` to a state's name (`آمریکا و چین`), after a post
    (`رئیس جمهور مصر`) or after a listed body's name (`الجزیره قطر`). A state so named once is that
    state wherever the document names it."""
    bodies = {found[0] for _, found in res.organizations.matches(keys)}
    states = res.countries_in(keys)
    plain_ends = {found[0] for _, found in states if not found[1]["ambiguous"]}
    plain_starts = {i for i, found in states if not found[1]["ambiguous"]}
    found_at = {}
    for i, found in states:
        end = found[0]
        if not found[1]["ambiguous"]:
            found_at[i] = found[1]["id"]  # (a full name vouches for a short one: `جمهوری آذربایجان` ... `آذربایجان`)
            continue
        paired = i >= 2 and keys[i - 1] == AND and i - 1 in plain_ends \
            or end + 1 < len(keys) and keys[end] == AND and end + 1 in plain_starts  # `آمریکا و چین`, `چین و تایوان`
        short = found[1].get("short", False)  # (`فولاد آذربایجان`, `مردم آذربایجان`: a club's or a region's)
        cue = bool(i) and keys[i - 1] in COUNTRY_CUES and not (short and keys[i - 1] in PEOPLE_CUES)
        if found[1]["ambiguous"] and i and (cue or (i in bodies and not short) or paired
                                            or _on_a_route(keys, i, end, plain_starts, plain_ends)
                                            or _after_title(keys, i, res, state=True)):
            found_at[i] = found[1]["id"]
    return found_at


ROUTE_FROM, ROUTE_TO, ROUTE_VIA = fold("از"), fold("به"), fold("طریق")


def _on_a_route(keys: list[str], i: int, end: int, plain_starts: set[int], plain_ends: set[int]) -> bool:
    """A route between states: from a state to it (`از پاکستان به چین`), or to it by way of one
    (`صدور گاز به چین از طریق هند`)."""
    if keys[i - 1] != ROUTE_TO:
        return False
    return i >= 3 and keys[i - 3] == ROUTE_FROM and i - 1 in plain_ends \
        or end + 2 < len(keys) and keys[end] == ROUTE_FROM and keys[end + 1] == ROUTE_VIA and end + 2 in plain_starts


def _sporting(keys: list[str], res: Resources) -> bool:
    """Sports news: the document names clubs by names that are no ordinary word (`پرسپولیس`,
    `داماش`), more than in passing. There `پیکان`, `تراکتورسازی`, `استقلال` are clubs too, as
    `کابل` is the city in news that names Afghanistan."""
    if res.club_firsts.isdisjoint(keys):
        return False  # (most news names no club: one set lookup answers)
    ends = {found[0] for i, found in res.organizations.matches(keys)  # (`باشگاه پرسپولیس` is one mention)
            if found[1].get("kind") == CLUB and not found[1].get("ambiguous") and not _in_a_company_name(keys, i, res)}
    return len(ends) >= SPORTING_CLUBS


def _in_a_company_name(keys: list[str], i: int, res: Resources) -> bool:
    """A club's name among the words of a company's (`شرکت احیای فولاد سپاهان`) is no club: the
    word for a company a few words before, nothing between that ends a name."""
    for k in range(i - 1, max(i - 1 - COMPANY_NAME_REACH, -1), -1):
        if keys[k] in COMMA_KEYS or keys[k] in QUOTES_CLOSE or not keys[k].isalpha():
            return False
        unit = res.org_units.match(keys, k)
        if unit and unit[1].get("kind") == COMPANY_KIND:
            return True
    return False


def _unlisted_place(info, i: int, res: Resources) -> int:
    """`شهرستان دنا`, `روستای توتنده`: after a word that announces a place, a name the lexicon
    does not list as an ordinary word is that place (one or two words, and the word that closes a
    village's name written apart: `روستای تیمور آباد`, place_cues.tsv `name_tail`; not a listed town after
    it, the next item of a list written without its comma: `گیلاوند آبعلی`); not the noun of a verb
    (`در این شهرستان خبر داد`), nor a word that describes the place (`روستای محروم`), nor a plural or
    a resident's word (`بخش‌های پایگاه‌های اینترنتی`, `روستای ازبک‌نشین`: persons.no_name_word), nor, after
    `شهرستان` (counties are listed, villages are not), a common word or one the dictionary gives as
    an adverb, a determiner or a pronoun (`توسعه شهرستان بسیار مهم است`, `شهرستان مستقل`, `در
    شهرستان نظارت بر اقلام`)."""
    end = i
    while end < len(info.keys) and end - i < 2 and info.nameable(end) and not info.preverbal(end) \
            and not no_name_word(info.doc[end].text) and not ordinary_plural(info.keys[end], res) \
            and info.keys[end] not in res.place_descriptors \
            and (end == i or not res.inflected_common(info.keys[end])) \
            and not (info.keys[end].endswith("ی") and info.keys[end][:-1] in res.common_words) \
            and not res.titles.match(info.keys, end) and not res.org_units.match(info.keys, end) \
            and not (end == i and i and info.keys[i - 1] == COUNTY and (res.pos_of(info.doc[end].text) & NOT_NAMES
                                                                           or info.keys[end] in res.common_words)) \
            and info.keys[end] not in PLACE_LEVELS and info.keys[end] not in COUNTY_DIVISIONS \
            and not (end > i and res.cities.match(info.keys, end)):
        end += 1  # (`سه شهرستان استان`: the province's counties; `روستاهای بخش مرکزی`: a district's villages)
    if end == i + 1 and end < len(info.keys) and info.keys[end] in res.place_name_tails:
        end += 1  # `روستای تیمور آباد`, `روستای قورت دره`: the name's last word, written apart
    return end


def _unknown_word(info, i: int, res: Resources) -> bool:
    """Word i is a word no dictionary and no name list has (`لادا`, `ماکین`)."""
    key = info.keys[i]
    return info.nameable(i) and key not in res.lexicon_any and unattested(key, res) and not res.inflected_common(key) \
        and not any(key.endswith(end) and key[:-len(end)] in res.lexicon_any for end in WORD_ENDINGS) \
        and key not in res.given_names and key not in res.surnames \
        and not res.titles.match(info.keys, i) and not res.org_units.match(info.keys, i)


WORD_ENDINGS = ("ی", "ای", "تر", "ترین", "های", "ها", "داد", "کرد", "شد")  # `شرقی`, `گران‌تر`, `خبرداد`: a word Persian uses, inflected or glued to its verb


def _other_word_without_madda(written: str, name: str) -> bool:
    """A place's name written without its initial madda that is another word writers use, and
    almost never for the place (`المان`, 'monument', 15 times in hazm's corpus against `آلمان`'s
    2.6 million; not `امریکا`, written so as often as `آمریکا`)."""
    first = name.split()[0] if name else ""
    if not (written.startswith("ا") and first.startswith("آ") and written[1:] == first[1:]):
        return False
    lexicon = get_lexicon()
    return 0 < lexicon.f(written) and lexicon.f(written) * RARE_SPELLING < lexicon.f(first)


RARE_SPELLING = 10_000  # how many times rarer than the madda spelling a word is to be another word


def _quoted_name_end(info, i: int) -> int | None:
    """The end of the words in quotes that start at i, when they are at most QUOTED_TOWN_WORDS
    words and none a function word, a number or punctuation (a word that is also a verb may name
    a town in quotes: `«خور مکسر»`)."""
    end = i
    while end < len(info.keys) and end - i < QUOTED_TOWN_WORDS \
            and not (info.punct[end] or info.number[end] or info.function[end]):
        end += 1
    return end if end > i and end < len(info.keys) and info.keys[end] in QUOTES_CLOSE else None


QUOTED_TOWN_WORDS = 3
QUOTED_TOWN_BONUS = 40  # over a date's priority (candidates.PRIORITY): `شهر «دوشنبه»` is Dushanbe


# The divisions of a county (`بخش مرکزی`, `دهستان سیاهرود`): they open a place's name, never are
# one; unlike the levels of place they may end a surname (`فیاض بخش`), so names may hold them.
COUNTY_DIVISIONS = {fold(w) for w in ("بخش", "دهستان")}
NOT_NAMES = frozenset({"ADV", "DET", "PRO"})  # the lexicon's tags of words no county is named
COUNTY = fold("شهرستان")


PAIRED_REACH = 5  # the words of a listed body's name before `و` and a name paired with it
CITED_FROM = (fold("نقل"), fold("از"))  # `به نقل از ...`: the outlet a report cites
COMPANY_NAME_REACH = 3  # the words of a company's name before a club's name inside it
COMPANY_KIND = "company"  # the kind of a company in org_units.tsv (`شرکت`, `کارخانه`) and organizations.tsv
CLUB_WORDS = frozenset(fold(w) for w in ("تیم", "تیم‌های", "باشگاه", "باشگاه‌های"))  # sports news, whatever it names
SPORTING_CLUBS = 2  # an economy story may name one club in passing (`سهام باشگاه پرسپولیس`)
NISBA = fold("ی")  # the ending of an adjective of relation
# Words that announce a county or a village strongly enough to take an unlisted name after them
# (`بخش`, `شهر` also mean "section" and appear before ordinary words).
UNLISTED_PLACE_CUES = {fold(w) for w in ("شهرستان", "روستای", "روستاهای")}
# ... and those that do so only for a name in quotes (`شهر «سنفورد»`; `شهر` alone is also "city" before a word)
QUOTED_TOWN_CUES = {fold(w) for w in ("شهر", "شهرهای", "شهرک", "منطقه", "منطقه‌های", "مناطق")}
# (`منطقه` before a word no dictionary has is its name only where that word is no compound or glue
# of words Persian has: `منطقه الهاملی`, `منطقه ماووت`, but not `منطقه جرم‌خیز`, `منطقه آزاداروند`)
AREA_CUES = {fold(w) for w in ("منطقه", "منطقه‌های", "مناطق")}
TOWN_LIST_BONUS = 25  # over a person's priority (candidates.PRIORITY)
LIST_ESTABLISHED = 2  # towns a list names before an item Persian also uses as a word counts as one


def _provincial(keys: list[str], res: Resources) -> bool:
    """Provincial news: it keeps naming provinces as such (`استان ...`) and provincial posts and
    bodies; one `استان` in passing does not make it so."""
    signals = sum(1 for k in keys if k in res.province_cues)
    heads = res.starts(res.titles, res.org_units)
    signals += sum(1 for i, key in enumerate(keys) if key in heads and _provincial_word(keys, i, res))
    return signals >= PROVINCIAL_SIGNALS


def _provincial_word(keys: list[str], i: int, res: Resources) -> bool:
    """A provincial post or body starts at token i: a title or unit the cues list, or the listed
    body's name they list (`فرماندهی انتظامی ایلام`)."""
    found = res.titles.match(keys, i) or res.org_units.match(keys, i)
    if found:
        return fold(found[1]["text"]) in res.provincial_heads
    body = res.organizations.match(keys, i)
    return bool(body) and "".join(keys[i:body[0]]) in res.provincial_heads


def _after_provincial_head(keys: list[str], i: int, res: Resources) -> bool:
    """Right after a provincial post or body, or a former one (`استاندار گلستان`, `استاندار
    سابق گلستان`): a province's name though it is also a word."""
    end = i - 1 if i and keys[i - 1] in FORMER_WORDS else i
    return end > 0 and any((found := res.titles.match(keys, j) or res.org_units.match(keys, j)) and found[0] == end
                           and fold(found[1]["text"]) in res.provincial_heads for j in range(max(0, end - 3), end))


def _closes_a_directorate(info, i: int, end: int, res: Resources) -> bool:
    """`مدیر کل شیلات گلستان گفت`: a province's name that is also a word, after a provincial post
    or body and the words of its function, closing the phrase (a stop, a verb or a function word
    after it), or after a directorate-general's name and its function wherever the phrase goes on."""
    keys = info.keys
    closed = end >= len(keys) or info.punct[end] or info.verb[end] or info.function[end] or info.speech[end]
    if keys[end - 1].endswith(NISBA):
        return False  # `مرکزی` ends the names of bodies as an adjective (`بیمه مرکزی`)
    for gap in FUNCTION_SPANS:
        head_end = i - gap
        # (the words of the function may be two fields joined by `و`: `مدیرکل آموزش و پرورش گلستان`)
        if head_end <= 0 or any(not (info.nameable(k) or keys[k] == AND and head_end < k < i - 1) for k in range(head_end, i)):
            continue
        if any((found := res.titles.match(keys, j) or res.org_units.match(keys, j)) and found[0] == head_end
               and fold(found[1]["text"]) in res.provincial_heads
               and (closed or fold(found[1]["text"]) == DIRECTORATE)
               for j in range(max(0, head_end - 3), head_end)):
            return True
    return False


# A directorate-general names a province's directorate whatever follows the province (`اداره کل
# شیلات گلستان مأموریت ...`); a post only where the phrase closes there (`مدیر کل شیلات گلستان زیبا
# را دید`: a rose garden).
DIRECTORATE = fold("اداره کل")  # (and `اداره‌کل`: the same key)

OWNER_FUNCTION = 3  # words of a body's function between its head and `استان` (`ستاد بازسازی عتبات`)
FUNCTION_SPANS = (1, 2, 3, 4)  # words a provincial post's function may take (`راه و شهرسازی`, `امور اقتصادی و دارایی`)


def _provinces_owned(info, res: Resources) -> set[tuple[str, str]]:
    """The bodies the text names with a province's cue (`گمرک استان زنجان`) and that province:
    the same body named again without the cue (`گمرک زنجان`) is the province's, though the name
    is also its capital's. Only a listed body, post or unit owns one (not `وارد استان زنجان`), its
    function's words after it (`ستاد بازسازی عتبات استان کرمان`, then `ستاد بازسازی عتبات کرمان`)."""
    keys = info.keys
    owned = set()
    for j in range(1, len(keys) - 1):
        if keys[j] in res.province_cues and any(
                (found := index.match(keys, k)) and k < found[0] <= j
                and all(info.nameable(w) for w in range(found[0], j))
                for index in (res.organizations, res.org_units, res.titles) for k in range(max(0, j - 3 - OWNER_FUNCTION), j)):
            province = res.provinces.match(keys, j + 1)
            if province and province[0] == j + 2:
                owned.add((keys[j - 1], keys[j + 1]))
    return owned


def _province_context(keys: list[str], i: int, res: Resources) -> bool:
    """A provincial post or body shortly before (`استاندار تهران`, `مدیرکل ... تهران`), or the
    agency's provincial bureau (`خبرگزاری فارس از یزد`, `خبرنگار فارس در ایلام`)."""
    if _bureau(keys, i, res):
        return True
    return any(_provincial_word(keys, j, res) for j in range(max(0, i - PROVINCIAL_WINDOW), i))


def _bureau(keys: list[str], i: int, res: Resources) -> bool:
    """The place at i follows the agency and `از` or `در` (`خبرگزاری فارس از یزد`, `خبرنگار فارس
    در ایلام`): its bureau's."""
    return i >= 2 and keys[i - 1] in BUREAU_PREPOSITIONS and keys[i - 2] in res.news_agencies


BUREAU_PREPOSITIONS = frozenset({fold("از"), fold("در")})
FROM, IN, TO = fold("از"), fold("در"), fold("به")
VENUE_REACH = 8  # words after the place where the verb of its event may stand


def _dateline(keys: list[str], i: int, end: int, res: Resources) -> bool:
    """`به گزارش خبرگزاری فارس از جم،`: the town the agency reports from, though its name is also
    a word; its comma closes the dateline."""
    return _bureau(keys, i, res) and keys[i - 1] == FROM and end < len(keys) and keys[end] in COMMA_KEYS


def _venue(info, i: int, end: int, res: Resources) -> bool:
    """`جشنواره تئاتر در اردبیل آغاز شد`, `مسابقات ... در قزوین، البرز و تاکستان برگزار می‌شود`: the
    place an event is held is a city though its name is also a province's, as the guidelines
    have it; not the agency's bureau (`خبرنگار فارس در ایلام`). So is the town one goes to (`به
    سمت تهران`)."""
    keys = info.keys
    if i >= 2 and keys[i - 1] in res.destination_words and keys[i - 2] == TO:
        return True
    if not i or keys[i - 1] != IN or _bureau(keys, i, res):
        return False
    for k in range(end, min(end + VENUE_REACH, len(keys))):
        if keys[k] in res.venue_words:
            return True
        if keys[k] in SENTENCE_STOPS or info.verb[k]:
            return False
    return False


SENTENCE_STOPS = frozenset({".", ":", "؟", "!", "؛"})


def _known_names(doc: Doc, i: int, res, keys: list[str], sporting: bool, named: frozenset[str],
                 about_sport: bool) -> None:
    for label, index in (("ORG", res.organizations), ("PROGRAM", res.programs), ("LAW", res.laws)):
        found = index.match(keys, i)
        if not found or (found[0] - i == 1 and keys[i] in res.common_words and label != "ORG"):
            continue
        if label == "ORG" and not _org_in_context(keys, i, found, res, sporting, named):
            continue
        if label == "ORG" and _regional_branch(keys, found[0], found[1]):
            continue
        end = found[0]
        if label == "ORG":
            end = _without_country(keys, i, _parent_in_full(keys, i, end, found[1], res), res, found[1])
            if end < len(keys) and res.country_at(keys, end) and "".join(keys[i:end]) != fold(found[1]["name"]) \
                    and found[1].get("kind") not in REPORTING_KINDS \
                    and not (end < found[0] and (_same_body(keys, i, end, found[1], res)
                                                 or found[1].get("kind") in STATE_BODY_KINDS)) \
                    and not (found[1].get("kind") != INTERNATIONAL and "".join(keys[i:end]) in res.generic_institutions
                             and not _counted(keys, i)):
                # `شورای امنیت روسیه`: a short name before a state is that state's body, not the
                # listed one; a generic institution (`ارتش سوریه`, `پارلمان آلمان`) is still one,
                # made that state's when the entities are linked, though not one counted (`16 پلیس
                # پاکستان`: policemen); an outlet's name stays its own (`شبکه الجزیره قطر`)
                continue
        add(doc, i, end, label, "gazetteer", _club_or_owner(keys, i, end, found[1], res, about_sport) if label == "ORG" else found[1])


REGIONAL = (fold("منطقه‌ای"), fold("استانی"))
REGIONAL_SPLIT = (fold("منطقه"), fold("ای"))


def _regional_branch(keys: list[str], end: int, entry: dict) -> bool:
    """`بورس منطقه‌ای آذربایجان شرقی`, `بورس منطقه ای تبریز`: a listed name followed by `منطقه‌ای` or
    `استانی` that its own name lacks is a regional body of that kind, not the national one listed."""
    if end >= len(keys) or any(word in fold(entry["name"]) for word in REGIONAL):
        return False
    return keys[end] in REGIONAL or tuple(keys[end:end + 2]) == REGIONAL_SPLIT


def _club_or_owner(keys: list[str], i: int, end: int, entry: dict, res, about_sport: bool) -> dict:
    """A company's club bears its name and town (`ذوب آهن اصفهان`, `فولاد خوزستان`): in a document
    that names no sport, no team or club, no club's staff and not two clubs, that name is the
    company's. A bare name stays the club's (`ذوب آهن اردبیل` is another company)."""
    owner = res.organization_by_id.get(entry.get("parent_id") or "") if entry.get("kind") == CLUB else None
    if owner is None or owner.get("kind") != COMPANY_KIND or about_sport or not _ends_in_a_place(keys, i, end, res):
        return entry
    return owner


def _names_sport(keys: list[str], res: Resources) -> bool:
    """The document names a sport, a team or a club, or a club's staff (`فوتبال`, `تیم`, `سرمربی`)."""
    return not CLUB_WORDS.isdisjoint(keys) or not res.club_staff.isdisjoint(keys) or any(True for _ in res.sports.matches(keys))


def _ends_in_a_place(keys: list[str], i: int, end: int, res) -> bool:
    return any(found and found[0] == end for k in range(i + 1, end)
               for found in (res.provinces.match(keys, k), res.cities.match(keys, k)))


def _parent_in_full(keys: list[str], i: int, end: int, entry: dict, res) -> int:
    """`کمیسیون امنیت ملی و سیاست خارجی مجلس شورای اسلامی`: a listed name that ends in its
    parent's short name (`... مجلس`) runs on to the parent's full name written after it."""
    if not entry.get("parent_id"):
        return end
    for k in range(i + 1, end):
        parent = res.organizations.match(keys, k)
        if parent and parent[0] > end and parent[1]["id"] == entry["parent_id"]:
            return parent[0]
    return end


def _without_country(keys: list[str], i: int, end: int, res, entry: dict | None = None) -> int:
    """`ارتش آمریکا`, `کنگره آمریکا`, `وزیر امور خارجه آمریکا`: an institution and the state it
    belongs to are two entities (the organisation keeps its identity from the gazetteer; the span
    leaves the country out, so a post after it has the state for its area), as does a foreign body
    the gazetteer also lists without its state (`مجلس عوام انگلیس`), while a proper name that
    merely contains one stays whole (`بانک ملی ایران`), as does an agency's (`خبرگزاری فرانسه`)."""
    if entry is not None and entry.get("kind") in REPORTING_KINDS:
        return end
    for k in range(i + 1, end):
        country = res.country_at(keys, k)
        if country and country[0] > end and (keys[k - 1], keys[k]) != (PRESIDENCY_WORD, PRESIDENT[1]):
            # `آرامکوی عربستان سعودی`: a listed name ending in half a state's is the body before it
            # (not `ریاست جمهوری` before a state: `دفتر ریاست جمهوری آذربایجان`)
            return k
        if country and country[0] == end and (res.org_units.match(keys, i) and end - i == 2
                                              or entry is not None and entry.get("derived")):
            return k
        if country and country[0] == end and not res.org_units.match(keys, i) and keys[i] in res.generic_institutions:
            return k
        if country and country[0] == end and entry is not None \
                and (country[1]["id"] != HOME_STATE and _same_body(keys, i, k, entry, res) and entry.get("kind") != CLUB
                     or entry.get("kind") in STATE_BODY_KINDS):
            # `مجلس عوام انگلیس`: the body is listed without its state too (`مجلس عوام`); a club keeps
            # its place; a foreign state's ministry is that state's ministry (`وزارت دادگستری آمریکا`),
            # ORG and COUNTRY as the gold writes it (the entity stays the listed one)
            return k
    return end


STATE_BODY_KINDS = frozenset({"ministry", "parliament"})


def _same_body(keys: list[str], i: int, end: int, entry: dict | None, res) -> bool:
    """Words i..end are a listed name of the same organisation as ``entry``."""
    short = res.organizations.match(keys[i:end], 0) if entry is not None else None
    return bool(short) and short[0] == end - i and short[1]["id"] == entry["id"]


def _named_unambiguously(keys: list[str], res) -> frozenset[str]:
    """The listed bodies a document names by a name of more than one word (`کنگره آمریکا`) or
    after the word for their kind (`باشگاه استقلال`), or whose subject its words are (`هسته‌ای`,
    topic_cues.tsv): its bare one-word name, also an ordinary word, is that body elsewhere in the
    same document (`بوش را در برابر کنگره قرار می‌دهد`, `مذاکره با آژانس`)."""
    named = {entry["id"] for i, (end, entry) in res.organizations.matches(keys)
             if entry.get("ambiguous") and not entry.get("derived")
             and (end - i > 1 or i and keys[i - 1] in res.org_kind_cues)}
    words = set(keys)
    return frozenset(named | {oid for oid, cues in res.topic_cues.items() if not cues.isdisjoint(words)})


def _org_in_context(keys: list[str], i: int, found, res, sporting: bool, named: frozenset[str]) -> bool:
    """A one-word name that is also an ordinary word (`کیهان`, `استقلال`) needs the word for its
    kind before it (`روزنامه`, `باشگاه`), or for a club, sports news, or the document to name the
    body unambiguously elsewhere; a name derived from a ministry's (`محیط زیست`) needs
    the post it follows (`رئیس سازمان ... `, `وزیر ...`) or the place its office serves after it
    (`تربیت‌بدنی آبادان`), and so does the presidency, which is
    the office elsewhere."""
    end, entry = found
    previous = keys[i - 1] if i else ""
    if entry.get("derived") and not (_after_title(keys, i, res) or _office_in_a_place(keys, end, res)):
        return False
    if entry.get("derived") and end < len(keys) and keys[end] == AND and not _after_title(keys, i, res, state=True):
        return False  # `معاون تربیت بدنی و سلامت`: the functions a deputy runs, no body's name
    if keys[i].startswith(PRESIDENCY_WORD) and not (_after_title(keys, i, res) or res.org_units.match(keys, i - 1)
                                                    or _deputy_of(keys, i, res)):
        # `انتخابات ریاست جمهوری`, `در دوران ریاست جمهوری وی`, `سفر ریاست جمهوری`: the office, its
        # term or its holder, no body; the body is the one a post or an office is of (`نماینده ریاست
        # جمهوری`, `دفتر ریاست جمهوری`, `معاون علمی و فناوری ریاست جمهوری`). The dev gold tags no
        # bare `ریاست جمهوری` (41 of them).
        return False
    if end - i == 1 and keys[i] in res.generic_institutions and previous in DEMONSTRATIVES:
        return False  # `این دولت`, `هر دولت جدیدی`, `این مجلس`: a reference or a kind, no name
    if end - i == 1 and gathering(keys, i, res):
        return False
    if entry.get("ambiguous") and end - i == 1:
        if (sporting or previous in res.club_staff) and entry.get("kind") == CLUB and not entry.get("always_ambiguous") \
                and not _counted(keys, i) and previous not in QUOTES_OPEN:
            return True  # (`پیکان` in sports news or after its coach; not `150 هوادار`, nor a quoted company's name)
        if entry["id"] in named and not entry.get("always_ambiguous") and not _counted(keys, i) \
                and previous not in QUOTES_OPEN and previous not in DEMONSTRATIVES and tuple(keys[i - 2:i]) != CITED_FROM:
            # (`کنگره` where `کنگره آمریکا` was named; not `این آژانس`, a reference, nor the kind of
            # an outlet a report cites: `به نقل از آژانس افه`)
            return True
        if entry.get("kind") != CLUB and not entry.get("always_ambiguous") and _paired_with_a_body(keys, i, end, res):
            return True  # `فتح و حماس`, `سیا و ارتش آمریکا`: one body of a pair with another
        # (or after a post, whose body it names: `معاون سیا`, `مدیر کیهان`)
        return previous in res.org_kind_cues or bool(res.org_units.match(keys, i - 1)) \
            or _after_title(keys, i, res) and _name_ends(keys, end, res) if i else False
    return True


def _paired_with_a_body(keys: list[str], i: int, end: int, res) -> bool:
    """The name is joined by `و` to a body listed by a name no ordinary word shares (`حماس`, not
    `دولت`), on either side."""
    def listed(start: int) -> int:
        """Where a body so listed that starts at `start` ends, or -1."""
        found = res.organizations.match(keys, start)
        return found[0] if found and not found[1].get("ambiguous") and not found[1].get("derived") \
            and "".join(keys[start:found[0]]) not in res.generic_institutions else -1
    return end + 1 < len(keys) and keys[end] == AND and listed(end + 1) > 0 \
        or i >= 2 and keys[i - 1] == AND and any(listed(k) == i - 1 for k in range(max(0, i - 1 - PAIRED_REACH), i - 1))


def _office_in_a_place(keys: list[str], end: int, res) -> bool:
    """A province's or an Iranian town's name (or `استان`) right after a ministry's name without its
    kind word: the ministry's office there (`تربیت‌بدنی آبادان`, `منابع طبیعی مازندران`), no function."""
    if end >= len(keys):
        return False
    town = res.cities.match(keys, end)
    # (an Iranian town: `نمایشگاه بین‌المللی محیط زیست پاریس` is a fair on the environment)
    return keys[end] in res.province_cues or bool(res.provinces.match(keys, end)) \
        or bool(town) and town[1].get("province_id") is not None and not town[1]["ambiguous"]


def _deputy_of(keys: list[str], i: int, res) -> bool:
    """A deputy's or an adviser's post and the words of their function end right before token i
    (`معاون علمی و فناوری` + `ریاست جمهوری`): the body is theirs."""
    for j in range(max(0, i - DEPUTY_FUNCTION_WORDS), i):
        found = res.titles.match(keys, j)
        if found and found[1]["kind"] in QUALIFIED_KINDS and all(keys[k].isalpha() for k in range(found[0], i)):
            return True
    return False


DEPUTY_FUNCTION_WORDS = 6  # a deputy's title and its function (`معاون توسعه مدیریت و منابع`)


def gathering(keys: list[str], i: int, res) -> bool:
    """`مجلس` at i before a word of mourning or celebration (`مجلس عزا`, `مجلس امام حسین (ع)`,
    `مجلس ترحیم`; place_cues.tsv gathering): a gathering, no parliament."""
    return keys[i] == PARLIAMENT_WORD and i + 1 < len(keys) and keys[i + 1] in res.gathering_words


def _name_ends(keys: list[str], end: int, res) -> bool:
    """Nothing that could go on with the name follows word end: the text's end, a punctuation mark,
    a function word or a verb of saying (`معاون سیا گفت`; not `دبیرکل کنگره ملی عراق`)."""
    return end >= len(keys) or not keys[end][:1].isalpha() or keys[end] in res.function_words \
        or bool(res.speech_verbs.match(keys, end))


PARLIAMENT_WORD = fold("مجلس")
PRESIDENCY_WORD = fold("ریاست")


def _counted(keys: list[str], i: int) -> bool:
    """A number right before word i counts it (`16 پلیس`, `150 هوادار`): a plural noun, no body."""
    return bool(i) and (keys[i - 1].isdigit() or keys[i - 1] in CARDINALS)


FORMER_WORDS = {fold(w) for w in ("سابق", "پیشین", "اسبق", "وقت")}  # `وقت`: "of the time", `استاندار وقت یزد`
PEOPLES_DEPUTY = [fold("نماینده"), fold("مردم")]


def _constituency(keys: list[str], i: int) -> bool:
    """`نماینده مردم میانه`: what follows is the deputy's town, though its name is also a word."""
    return keys[max(0, i - 2):i] == PEOPLES_DEPUTY


def _deputy_for(keys: list[str], i: int) -> bool:
    """`نماینده قم در مجلس`: the town a deputy sits for, named before the house (a province has
    no seat of its own)."""
    return i >= 1 and keys[i - 1] == PEOPLES_DEPUTY[0] and keys[i + 1:i + 3] == IN_PARLIAMENT


IN_PARLIAMENT = [fold("در"), fold("مجلس")]


def _after_title(keys: list[str], i: int, res, state: bool = False) -> bool:
    """Right after a post (`رئیس جمهور پرو`, `نماینده مردم میانه`), or a former one (`رئیس جمهور
    سابق پرو`): the place the post is for, though its name is also a word."""
    return title_ends_at(keys, i - 1 if i and keys[i - 1] in FORMER_WORDS else i, res, state)


TITLE_WORDS = 4  # words of a title before the token it ends at


def title_ends_at(keys: list[str], end: int, res, state: bool = False) -> bool:
    """A post's title ends right before token ``end`` (`دبیرکل` + `نهاد ...`); with ``state``, not
    a deputy's, adviser's or acting head's (`معاون مالی` is the finance deputy, not Mali's)."""
    function = next((j for j in range(max(0, end - TITLE_WORDS), end)
                     if (found := res.org_units.match(keys, j)) and found[0] == end and found[1]["in_title"]), None)
    if function is not None and not state:
        end = function  # `مدیر روابط عمومی` + `گروه ...`: the function every body has is the post's
    return any((found := res.titles.match(keys, j)) and found[0] == end
               and not (state and (found[1]["kind"] in QUALIFIED_KINDS or keys[end - 1] == AFFAIRS))
               for j in range(max(0, end - TITLE_WORDS), end))


# After a deputy, an adviser or an acting head, or a post ending in `امور`, a word that is also a
# state's name is what they are in charge of (`معاون مالی`, `مدیر امور مالی`: finance, not Mali).
QUALIFIED_KINDS = {"deputy", "advisor", "acting"}
AFFAIRS = fold("امور")
