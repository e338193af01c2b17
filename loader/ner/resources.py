"""The lexicon (gazetteers and word lists) compiled into lookup structures, once per directory.

Everything a rule knows about the language comes from the TSV tables of a lexicon directory
through here: the shipped one is `loader/data/pipeline/kg_lexicon/`, the `kg_lexicon` component
of the spaCy pipeline; `KG_GAZETTEER_DIR` adds a user's own rows without touching code.
"""
from __future__ import annotations

import functools
from dataclasses import dataclass, field
from pathlib import Path

from loader.ner.gazetteer_io import GAZETTEER_DIR, load_table, load_words, split_multi
from loader.ner.phrase_index import PhraseIndex
from loader.normalize.lexicon import get_lexicon
from loader.text_keys import fold

INFLECTIONS = ("های", "ها", "هایی", "یان", "ان", "گان", "ای", "ی")


AREA_WORDS = ("استان", "شهرستان")
NATIONWIDE = fold("کشور")  # the last word of a national body's name (`سازمان ثبت احوال کشور`)
DIRECTORATE = "اداره کل"  # the unit a director-general's post implies (and their deputy's, adviser's)
# Unit words that news prose drops before a directorate's or ministry's function name.
DIRECTORATE_HEADS: PhraseIndex = PhraseIndex()
for _head in ("وزارت", DIRECTORATE, "اداره‌کل", "سازمان"):
    DIRECTORATE_HEADS.add(_head, _head)


# The word a body's official name opens with for its kind, which news also writes before the
# body's short name (`شرکت آبفار` for `شرکت آب و فاضلاب روستایی`, listed as `آبفار`).
KIND_HEADS = frozenset({"شرکت", "سازمان", "بانک", "بنیاد", "مؤسسه", "موسسه", "ستاد", "کانون", "انجمن"})
KIND_HEAD_KEYS = frozenset(fold(w) for w in KIND_HEADS)


def strip_area(name: str) -> str:
    """`اداره کل تأمین‌اجتماعی استان` → the organisation; the area is recognised separately."""
    words = name.split()
    while len(words) > 1 and words[-1] in AREA_WORDS:
        words.pop()
    return " ".join(words)


@dataclass
class Resources:
    provinces: PhraseIndex = field(default_factory=PhraseIndex)
    cities: PhraseIndex = field(default_factory=PhraseIndex)
    countries: PhraseIndex = field(default_factory=PhraseIndex)
    organizations: PhraseIndex = field(default_factory=PhraseIndex)
    programs: PhraseIndex = field(default_factory=PhraseIndex)
    laws: PhraseIndex = field(default_factory=PhraseIndex)
    titles: PhraseIndex = field(default_factory=PhraseIndex)
    plural_titles: dict[str, str] = field(default_factory=dict)  # `اعضای` → `عضو`: one of them holds the post
    title_plurals: dict[str, str] = field(default_factory=dict)  # `روسای` → `رئیس`: a one-seat post in the plural
    org_units: PhraseIndex = field(default_factory=PhraseIndex)
    post_units: PhraseIndex = field(default_factory=PhraseIndex)   # `واحد`: a unit's head only right after a post
    facility_heads: PhraseIndex = field(default_factory=PhraseIndex)
    honorifics: PhraseIndex = field(default_factory=PhraseIndex)
    speech_verbs: PhraseIndex = field(default_factory=PhraseIndex)
    subject_cues: PhraseIndex = field(default_factory=PhraseIndex)
    credit_cues: PhraseIndex = field(default_factory=PhraseIndex)   # `ترجمه`, `به کارگردانی`: before who made a work
    adjective_before: set[str] = field(default_factory=set)
    named_after: set[str] = field(default_factory=set)
    teams_named_after: set[str] = field(default_factory=set)      # `تیم`, `باشگاه`: named after a martyr further on
    graves: set[str] = field(default_factory=set)                 # `مزار`: named after one only with an honorific
    topic_cues: dict[str, frozenset[str]] = field(default_factory=dict)  # `iaea` → `هسته‌ای`, ...: the story's subject
    adjective_after: set[str] = field(default_factory=set)
    holidays: PhraseIndex = field(default_factory=PhraseIndex)
    not_persons: PhraseIndex = field(default_factory=PhraseIndex)
    notable: PhraseIndex = field(default_factory=PhraseIndex)   # short and full forms -> {name, ambiguous}
    measures: PhraseIndex = field(default_factory=PhraseIndex)
    program_heads: set[str] = field(default_factory=set)        # folded heads with a generic reading
    law_heads: set[str] = field(default_factory=set)
    name_prefixes: set[str] = field(default_factory=set)        # `میر`, `عبد`: start a given name
    surname_prefixes: set[str] = field(default_factory=set)     # `حاج`, `میر` after a given name start the surname
    function_words: set[str] = field(default_factory=set)
    function_words_without_madda: set[str] = field(default_factory=set)
    auxiliaries: set[str] = field(default_factory=set)
    light_verbs: set[str] = field(default_factory=set)           # `کرد`, `شد`, `داد`: after the noun of a compound verb
    copulas: set[str] = field(default_factory=set)               # `است`, `بود`: after a predicate, or a name's last word
    verb_prefixes: tuple[str, ...] = ()                           # `نمی`, `می`, longest first
    bound_morphemes: set[str] = field(default_factory=set)
    arabic_words: set[str] = field(default_factory=set)          # `فی`, `الذین`: a sentence in Arabic
    scorer_verbs: PhraseIndex = field(default_factory=PhraseIndex)  # `گلزنی کردند`: the scorers are listed before
    list_openers: set[str] = field(default_factory=set)         # `همچون`, `از جمله`: a list of examples follows
    preverbs: tuple[str, ...] = ()                                # `بر`, `در`, `فرا`: glued before a verb
    province_cues: set[str] = field(default_factory=set)
    region_cues: set[str] = field(default_factory=set)            # `شبه قاره`, `اقیانوس`: regions named after a place
    event_cues: set[str] = field(default_factory=set)             # `حماسه`, `واقعه`: an event named after a place
    road_cues: set[str] = field(default_factory=set)              # `محور`, `جاده`: a road named by towns
    line_cues: set[str] = field(default_factory=set)              # `قطار`, `راه آهن`: a line named by two towns or more
    place_descriptors: set[str] = field(default_factory=set)      # `روستای جدید`, `روستاهای همجوار`: no name
    place_name_tails: set[str] = field(default_factory=set)      # `روستای تیمور آباد`: the name's last word
    event_partners: set[str] = field(default_factory=set)         # `محرم و کربلا`: the days the event goes with
    provincial_heads: set[str] = field(default_factory=set)      # `استاندار`, `اداره کل`: posts and bodies of a province
    post_qualifiers: set[str] = field(default_factory=set)         # `موقت` in `نخست وزیر موقت`
    institution_qualifiers: PhraseIndex = field(default_factory=PhraseIndex)  # `موقت` in `دولت موقت`
    gathering_words: set[str] = field(default_factory=set)  # `عزا` in `مجلس عزا`: a gathering, no parliament
    count_adjectives: set[str] = field(default_factory=set)  # `جدید` in `سه انبار جدید`
    news_agencies: set[str] = field(default_factory=set)          # `فارس` in `خبرگزاری فارس از یزد`
    city_epithets: set[str] = field(default_factory=set)          # `اشرف` in `نجف اشرف`: after the name, outside it
    foreign_namesakes: dict[str, dict] = field(default_factory=dict)  # `قدس`: a foreign city an Iranian town's name also names
    venue_words: set[str] = field(default_factory=set)            # `برگزار` after `در X`: X is an event's town
    police_words: set[str] = field(default_factory=set)           # `پلیس`, `انتظامی`: bodies named for Greater Tehran
    destination_words: set[str] = field(default_factory=set)      # `سمت` in `به سمت X`: X is a town one goes to
    org_kind_cues: set[str] = field(default_factory=set)          # `روزنامه`, `باشگاه`: before a one-word name
    kind_words: dict[str, set[str]] = field(default_factory=dict)  # `گروه` -> {movement}: before a listed body's name
    kind_descriptors: set[str] = field(default_factory=set)       # `خبری`, `تروریستی`: between the kind word and a name
    club_staff: set[str] = field(default_factory=set)  # `سرمربی تراکتورسازی`: the club's name after its coach
    generic_institutions: set[str] = field(default_factory=set)   # `ارتش`, `کنگره`: split from the state after them
    identifier_words: set[str] = field(default_factory=set)       # `شماره`, `قطعنامه`: a number after them names
    city_cues: set[str] = field(default_factory=set)
    town_lists: set[str] = field(default_factory=set)             # `روستاهای`, `شهرهای`: before a list of towns
    surname_tails: set[str] = field(default_factory=set)
    military_cues: frozenset[str] = frozenset()
    event_classes: frozenset[str] = frozenset()  # `وزن` before `57 کیلوگرم`: a sports event's class
    event_styles: PhraseIndex = field(default_factory=PhraseIndex)  # `قورباغه` after `200 متر`: its style
    foreign_surname_endings: tuple[str, ...] = ()  # `سانایف`, `کونارسکی`: endings no Persian word has
    given_names: dict[str, str] = field(default_factory=dict)   # folded -> strong|ambiguous|weak
    women_names: set[str] = field(default_factory=set)          # given names only women bear (`مروارید`)
    surnames: set[str] = field(default_factory=set)
    surname_suffixes: tuple[str, ...] = ()
    province_by_id: dict[str, dict] = field(default_factory=dict)
    organization_by_id: dict[str, dict] = field(default_factory=dict)
    common_words: set[str] = field(default_factory=set)
    very_common_words: set[str] = field(default_factory=set)  # a million uses and more (`حسین`, `نور`, `الله`)
    lexicon_words: set[str] = field(default_factory=set)
    lexicon_any: set[str] = field(default_factory=set)
    attested: set[str] = field(default_factory=set)   # lexicon words with a corpus frequency
    work_heads: set[str] = field(default_factory=set)
    person_nouns: set[str] = field(default_factory=set)   # `این مقام`: the one last quoted
    example_people: set[str] = field(default_factory=set)  # `افرادی چون`: a list of persons follows
    sports: PhraseIndex = field(default_factory=PhraseIndex)  # `هیئت کشتی`, `تیم‌های فوتسال`
    lasting_nouns: set[str] = field(default_factory=set)  # `قدمت 120 ساله`: a duration, no age
    mission_phrases: set[tuple[str, str]] = field(default_factory=set)  # `مبارزه با`: a name goes on
    predicate_phrases: set[tuple[str, str]] = field(default_factory=set)  # `اقدام به`: a name has ended
    quantity_adjectives: set[str] = field(default_factory=set)    # `زیادی`: the noun before it ends a name
    predicate_nouns: set[str] = field(default_factory=set)        # `باعث`, `اشاره`: a clause's predicate, no name
    uncounted_words: set[str] = field(default_factory=set)        # `بیشتر`, `مواجه`: after a count, no measure
    foreign_given: set[str] = field(default_factory=set)  # `پل`, `جان`: given names that are words
    club_firsts: set[str] = field(default_factory=set)    # first words of clubs' unambiguous names
    title_heads: set[str] = field(default_factory=set)    # the first word of every title
    # A word's classes in `token_info` depend on its text alone; news repeats its words, so each
    # text is classified once per process (filled by `loader.ner.tokens`).
    word_classes: dict[str, tuple] = field(default_factory=dict, repr=False, compare=False)
    _starts: dict[tuple, tuple[tuple[int, ...], frozenset[str]]] = field(default_factory=dict, repr=False,
                                                                          compare=False)

    def starts(self, *indexes: PhraseIndex) -> frozenset[str]:
        """Every token key that can start a phrase of one of `indexes`: one set lookup rules out
        most tokens before any index is asked. Kept until an index grows."""
        which = tuple(id(index) for index in indexes)
        sizes = tuple(len(index.firsts) for index in indexes)
        known = self._starts.get(which)
        if known is None or known[0] != sizes:
            known = self._starts[which] = (sizes, frozenset().union(*(index.firsts for index in indexes)))
        return known[1]

    def country_at(self, keys: list[str], k: int):
        """The state named at token k, unless a province's longer name starts there
        (`آذربایجان` is a state's short name, `آذربایجان غربی` a province)."""
        found = self.countries.match(keys, k)
        if found and (province := self.provinces.match(keys, k)) and province[0] > found[0]:
            return None
        return found

    def countries_in(self, keys: list[str]) -> list:
        """Every (start, (end, entry)) of a state's name, but where a province's longer name starts."""
        return [(i, found) for i, found in self.countries.matches(keys) if self.country_at(keys, i)]

    def pos_of(self, word: str) -> frozenset[str]:
        return get_lexicon().tags(word)

    def says_at(self, keys: list[str], j: int) -> bool:
        """A verb of saying at ``j`` whose subject comes right before it (`... گفت`, `... افزود`),
        not a source's phrase (`این روزنامه`, `به گزارش`, `به گفته`) that follows other words."""
        found = self.speech_verbs.match(keys, j)
        return bool(found) and found[1]["kind"] not in NOT_SAID_BY_WHAT_PRECEDES

    def in_ezafe(self, key: str) -> bool:
        """A word of the lexicon in the ezafe after a final alef (`اعضای`, `آقای`, `احیای`)."""
        return key.endswith(EZAFE_AFTER_ALEF) and key[:-1] in self.lexicon_any

    def inflected_common(self, key: str) -> bool:
        """A common word, or one with a plural/adjective ending (`کارگران`, `قانونی`, `بسترهای`)."""
        if key in self.common_words:
            return True
        if self.in_ezafe(key):
            return True
        stem = key[:-3] if key.endswith("گان") else key[:-4] if key.endswith("گانی") else ""
        if stem and stem + "ه" in self.common_words:
            return True  # the plural of a word in `ه`: `تهیه‌کنندگان` of `تهیه‌کننده`, `نمایندگانی`
        return any(key.endswith(suffix) and key[: -len(suffix)] in self.common_words
                   for suffix in INFLECTIONS)


# speech_verbs.tsv kinds that do not follow their speaker: a paper named back (`این روزنامه`), a
# report's or a view's source, which comes after them (`به گزارش X`, `به گفته X`)
ACCORDING_TO = "according_to"  # the kind of `به گفته` in speech_verbs.tsv
NOT_SAID_BY_WHAT_PRECEDES = frozenset({"outlet", "report_source", ACCORDING_TO})

# The gazetteer's state, and the kinds of organisations rules ask about (organizations.tsv `kind`).
HOME_STATE = "ir"                # the state its ministries and bodies belong to (countries.tsv id)
CLUB = "club"                    # a sports club or team
INTERNATIONAL = "international"  # a body of no one state (`سازمان ملل`)
# an agency or a paper: the source of a report, whose name says its own state (`خبرگزاری فرانسه`)
REPORTING_KINDS = frozenset({"news_agency", "media"})
# A town whose name opens with `شهر` is written with it apart or glued (`شهر قدس`, `شهرقدس`).
CITY_PREFIX = "شهر "
# Kinds of places a reader does not know by name as surely as a county seat.
MINOR_PLACES = ("town", "district", "county")
# The lexicon frequency from which a place's name is read as a word unless a cue names the place
# (a province's capital never is).
AMBIGUOUS_FROM = {"town": 100000, "district": 100000, "county": 200000, "county_seat": 2000000}


def seats(title: str) -> int | None:
    """How many people hold a post at once (`مدیرکل` 1, `نماینده مردم` many: None), from the
    `seats` column of titles.tsv for the title's head."""
    keys = [fold(w) for w in title.split()]
    found = resources().titles.match(keys, 0) if keys else None
    return found[1].get("seats") if found else None


def _table_rows(name: str, directory: Path | None = None) -> list[dict]:
    try:
        return load_table(name, directory)
    except FileNotFoundError:
        return []


def _word_rows(name: str, directory: Path | None = None) -> list[str]:
    try:
        return load_words(name, directory)
    except FileNotFoundError:
        return []


# Name lists curated by people (as opposed to scraped ones that also hold ordinary words).
RELIABLE_NAME_SOURCES = {"faker", "persian-names", "fake-persian-name", "curated"}


def _name_tier(row: dict) -> str:
    """How much a given name alone says: `strong` names start a person with any surname-shaped
    word after them; `ambiguous` ones (also ordinary words) and `weak` ones (only in scraped
    lists) need a surname that looks like one, an honorific or a post beside them."""
    if row["name"].endswith("الله"):
        return "strong"
    if set(split_multi(row.get("source"))) & RELIABLE_NAME_SOURCES:
        return "ambiguous" if row.get("ambiguous") == "yes" else "strong"
    return "weak"


EZAFE_AFTER_ALEF = fold("ای")
# `ضیاءالدین`, `عبدالله`: the Arabic article and a noun that close a compound given name.
NAME_TAILS = tuple(fold(w) for w in ("الدین", "الله", "اله"))
# Names that close a compound after any given name (`رجبعلی`, `نقی‌رضا`).
NAME_ENDS = tuple(fold(w) for w in ("علی", "رضا", "حسین", "الدین", "الله"))
# An Imam's epithet that makes a compound of any given name, listed or not (`موسی‌الرضا`).
NAME_EPITHETS = tuple(fold(w) for w in ("الرضا",))
ALLAH, ALLAH_SHORT = fold("الله"), fold("اله")  # `عنایت‌الله` and `عنایت‌اله`: one name, two spellings


def _compound_names(tiers: dict[str, str], prefixes: set[str], ambiguous: set[str]) -> None:
    """A given name only scraped lists hold is still a name when it is built from names: two
    names a reliable list holds (`غلام`+`حسین`, `عباس`+`علی`, `محمد`+`کاظم`), a name prefix and
    such a name (`عبدال`+`رحیم`, `ابوال`+`قاسم`), such a name and `الدین` (`جلال‌الدین`), or any
    listed name and a closing `علی`/`رضا`/`حسین`/`الدین` (`رجبعلی`). The reliable lists are small,
    and these are among the commonest names in the news. A reliable name and an Imam's epithet
    (`موسی‌الرضا`) is a name no list need hold, and so is a reliable name in `الله` written with
    `اله` (`عنایت‌اله`, `فتح‌اله`), as identity cards and letters of appointment often spell it."""
    reliable = {name for name, tier in tiers.items() if tier != "weak"}
    for name in reliable:
        for tail in NAME_EPITHETS:
            tiers.setdefault(name + tail, "strong")
        if name.endswith(ALLAH) and len(name) > len(ALLAH) and tiers.get(short := name[:-len(ALLAH)] + ALLAH_SHORT) in (None, "weak"):
            tiers[short] = tiers[name]  # `عنایت‌اله`, `روح‌اله`: the name as documents often spell `الله`
    heads = reliable | prefixes | {p + "ال" for p in prefixes} | {fold("غلام")}
    for name, tier in list(tiers.items()):
        if tier != "weak":
            continue
        for k in range(2, len(name) - 1):
            head, tail = name[:k], name[k:]
            if (head in heads and (tail in reliable or tail in NAME_TAILS)) or (head in tiers and tail in NAME_ENDS):
                tiers[name] = "ambiguous" if name in ambiguous else "strong"
                break


def resources(directory: Path | None = None) -> Resources:
    """The compiled lexicon of a directory (default: the shipped pipeline's `kg_lexicon`)."""
    if directory is None:
        return _default()
    return _compiled(Path(directory).resolve())


@functools.lru_cache(maxsize=1)
def _default() -> Resources:
    return _compiled(GAZETTEER_DIR.resolve())


@functools.lru_cache(maxsize=4)
def _compiled(directory: Path) -> Resources:
    res = Resources()
    lexicon = get_lexicon()

    def _rows(name: str) -> list[dict]:
        return _table_rows(name, directory)

    def _words(name: str) -> list[str]:
        return _word_rows(name, directory)

    for row in _rows("provinces"):
        entry = {"id": row["id"], "name": row["name"], "name_en": row.get("name_en", ""),
                 "ambiguous": row.get("ambiguous") == "yes"}
        res.province_by_id[row["id"]] = entry
        for name in [row["name"], *split_multi(row.get("variants"))]:
            if not name.startswith("استان"):
                res.provinces.add(name, entry)
    towns: list[dict] = []
    for row in _rows("cities"):
        province = res.province_by_id.get(row.get("province_id", ""), {})
        freq = lexicon.freq.get(row["name"], 0)
        # Place names that are frequent words (`شنبه`, `بار`, `نور`, `دوره`) are places only after a
        # cue; how frequent depends on how well known the place is (news names its counties often).
        # `ambiguous=no` says a name is no word, however often the lexicon counts it (`بویراحمد`,
        # counted in the province's name).
        ambiguous = row.get("ambiguous") == "yes" or row.get("ambiguous") != "no" \
            and row.get("kind") in AMBIGUOUS_FROM and freq >= AMBIGUOUS_FROM[row["kind"]]
        entry = {"name": row["name"], "province_id": row.get("province_id"), "kind": row.get("kind"),
                 "province": province.get("name"), "name_en": row.get("name_en", ""), "ambiguous": ambiguous}
        if row.get("kind") in MINOR_PLACES:
            towns.append(entry)
        for name in [row["name"], *split_multi(row.get("variants"))]:
            glued = CITY_PREFIX.strip()
            # a variant with `شهر` in it names the town, however common its bare name (`شهر ری`, `شهرری`)
            named = {**entry, "ambiguous": False} if name.startswith(glued) and not row["name"].startswith(glued) \
                else entry
            res.cities.add(name, named)
            if name.startswith(CITY_PREFIX):
                res.cities.add(glued + name[len(CITY_PREFIX):], named)  # `شهرقدس`, written as one word
    for row in _rows("world_cities"):
        entry = {"name": row["name"], "province_id": None, "country_id": row.get("country_id"),
                 "kind": row.get("kind"), "province": None, "name_en": row.get("name_en", ""),
                 "ambiguous": row.get("ambiguous") == "yes"}
        for name in [row["name"], *split_multi(row.get("variants"))]:
            # a variant of more words than an ambiguous name is no word (`نجف اشرف`, though `نجف`)
            longer = entry["ambiguous"] and len(name.split()) > len(row["name"].split())
            town = res.cities.get(name)
            if town is not None and not town.get("country_id"):
                # `قدس`, an Iranian town and Jerusalem: the town stays the name's first reading, the
                # foreign city the one news about its state means (places.py asks for it)
                res.foreign_namesakes.setdefault(fold(name), entry)
                continue
            res.cities.add(name, {**entry, "ambiguous": False} if longer else entry)
    for row in _rows("countries"):
        entry = {"id": row["id"], "name": row["name"], "name_en": row.get("name_en", ""),
                 "ambiguous": row.get("ambiguous") == "yes"}
        # `variants`: the full name is the state anywhere, its short form only in context
        # (`جمهوری آذربایجان`, but bare `آذربایجان` is also Iran's north-west)
        short = {**entry, "ambiguous": True, "short": True} if row.get("ambiguous") == "variants" else entry
        res.countries.add(row["name"], entry)
        for name in split_multi(row.get("variants")):
            res.countries.add(name, short)
    for row in _rows("org_units"):
        # A multi-word unit (`مدیریت درمان`, `هیأت‌مدیره`) names something by itself.
        units = res.post_units if row.get("after_post") == "yes" else res.org_units
        units.add(row["text"], {"text": row["text"], "kind": row.get("kind"),
                                        "named": " " in row["text"] or "\u200c" in row["text"],
                                        "generic": row.get("generic") == "yes",
                                        "named_by_place": row.get("named_by_place") == "yes",
                                        "in_title": row.get("in_title") == "yes",
                                        "alone": row.get("alone") == "yes",
                                        "outside": row.get("outside") == "yes",
                                        "quoted_name": row.get("quoted_name") == "yes"})
    derived: list[tuple[str, dict, bool]] = []
    kind_named: list[tuple[str, dict]] = []
    for row in _rows("organizations"):
        entry = {"id": row["id"], "name": row["name"], "kind": row.get("kind"),
                 "parent_id": row.get("parent_id"), "name_en": row.get("name_en", ""),
                 "ambiguous": row.get("ambiguous") in ("yes", "always")}
        if row.get("ambiguous") == "always":
            entry["always_ambiguous"] = True  # a word sports news uses too (`هوادار`, 'fan')
        res.organization_by_id[row["id"]] = entry
        kind, _, own = row["name"].partition(" ")
        own_key = fold(own)
        for name in [row["name"], *split_multi(row.get("aliases"))]:
            name = strip_area(name)
            res.organizations.add(name, entry)
            # `شرکت آبفار`: the short name after its kind; not the name's own words with more after
            # them (`سازمان` + `تأمین اجتماعی کشور`: the official name stops before `کشور`)
            if kind in KIND_HEADS and fold(name.split()[0]) not in KIND_HEAD_KEYS and not fold(name).startswith(own_key):
                kind_named.append((f"{kind} {name}", entry))
            if row.get("kind") == CLUB and not entry["ambiguous"]:
                res.club_firsts.add(fold(name.split()[0]))
            # `مدیرکل تعاون، کار و رفاه اجتماعی` names the directorate without its unit word.
            words = name.split()
            head = DIRECTORATE_HEADS.match([fold(w) for w in words], 0)
            rest = words[head[0]:] if head else []
            if len(rest) >= 2:
                derived.append((" ".join(rest), entry, fold(head[1]) == fold(DIRECTORATE)))
            if len(rest) >= 3 and fold(rest[-1]) == NATIONWIDE:
                # `مدیرکل منابع طبیعی و آبخیزداری [آذربایجان غربی]`: the provincial directorate of
                # `سازمان منابع طبیعی و آبخیزداری کشور` is named by its function without `کشور`
                derived.append((" ".join(rest[:-1]), entry, fold(head[1]) == fold(DIRECTORATE)))
    # Derived names never replace a listed one; among themselves a directorate-general wins over
    # a ministry, since `مدیرکل X` heads the directorate.
    listed = set(res.organizations.entries)
    for name, entry in kind_named:
        if fold(name) not in listed:
            res.organizations.add(name, entry)
    for name, entry, directorate in derived:
        if fold(name) not in listed:
            res.organizations.add(name, {**entry, "derived": True}, overwrite=directorate)
    for row in _rows("programs"):
        entry = {"name": row["name"], "kind": row.get("kind"), "name_en": row.get("name_en", "")}
        for name in [row["name"], *split_multi(row.get("aliases"))]:
            res.programs.add(name, entry)
    for row in _rows("laws"):
        entry = {"name": row["name"], "name_en": row.get("name_en", "")}
        for name in [row["name"], *split_multi(row.get("aliases"))]:
            res.laws.add(name, entry)
    res.title_plurals = {fold(row["plural"]): row["title"] for row in _rows("title_plurals")}
    for row in _rows("titles"):
        words = row["text"].replace("\u200c", " ").split()
        res.title_heads.add(fold(words[0]))
        res.plural_titles.update((fold(plural), row["text"]) for plural in (row.get("plural") or "").split("|") if plural)
        # `رئیس مجلس`, `عضو کمیسیون`: a head word plus an organisation is a post *at* that
        # organisation; the organisation is recognised on its own.
        if len(words) > 1 and (res.org_units.match([fold(w) for w in words[1:]], 0)
                               or res.organizations.match([fold(w) for w in words[1:]], 0)):
            continue
        res.titles.add(row["text"], {"text": row["text"], "kind": row.get("kind"), "rank": row.get("rank") or None,
                                     "seats": int(row["seats"]) if (row.get("seats") or "").isdigit() else None,
                                     "implies_unit": row.get("implies_unit") or None,
                                     "canonical": row.get("canonical") or row["text"],
                                     "area_after_dar": row.get("area_after_dar") == "yes",
                                     "adjective": row.get("adjective") == "yes"})
    for row in _rows("facility_heads"):
        if row.get("generic") in ("yes", "placed"):
            res.facility_heads.add(row["text"], {"text": row["text"], "kind": row.get("kind"),
                                                 "placed": row.get("generic") == "placed"})
    res.program_heads = {fold(r["text"]) for r in _rows("program_heads") if r.get("generic") == "yes"}
    res.law_heads = {fold(r["text"]) for r in _rows("law_heads") if r.get("generic") == "yes"}
    res.name_prefixes = {fold(r["text"]) for r in _rows("name_prefixes")}
    # a prefix glued in writing (`حاجی‌زاده`, `میرحسینی`) that is a courtesy or lineage word opens a
    # surname written apart after a given name (`مهرداد حاج علیزاده`, `محمدصادق حاجی تاروردی`)
    res.surname_prefixes = {fold(r["text"]) for r in _rows("name_prefixes")
                            if r.get("attached") == "yes" and r.get("kind") in ("courtesy", "lineage")}
    function_words = _words("function_words")
    res.function_words = {fold(w) for w in function_words}
    # the keys of function words listed only without an initial madda (`الان`, 'now'): a word written
    # with one (`آلان`, the given name Alain) folds to the same key but is not that word
    res.function_words_without_madda = {fold(w) for w in function_words if not w.startswith("آ")} \
        - {fold(w) for w in function_words if w.startswith("آ")}
    res.auxiliaries = {w.replace("\u200c", "") for w in _words("auxiliaries")}
    res.light_verbs = {row["word"].replace("\u200c", "") for row in _rows("auxiliaries") if row.get("kind") == "light"}
    res.copulas = {fold(row["word"]) for row in _rows("auxiliaries") if row.get("kind") == "copula"}
    res.bound_morphemes = {fold(w) for w in _words("bound_morphemes")}
    res.arabic_words = {fold(w) for w in _words("arabic_words")}
    res.list_openers = {fold(w) for w in _words("list_openers")}
    for row in _rows("scorer_verbs"):
        res.scorer_verbs.add(row["text"], {"text": row["text"]})
    res.preverbs = tuple(sorted({w.replace("\u200c", "") for w in _words("preverbs")}, key=len, reverse=True))
    res.verb_prefixes = tuple(sorted({fold(row["word"]) for row in _rows("bound_morphemes")
                                      if row.get("kind") == "verb_prefix"}, key=len, reverse=True))
    cues = _rows("place_cues")
    res.province_cues = {fold(r["word"]) for r in cues if r.get("kind") == "province"}
    res.city_cues = {fold(r["word"]).replace(" ", "") for r in cues if r.get("kind") == "city"}
    res.town_lists = {fold(r["word"]) for r in cues if r.get("kind") == "town_list"}
    res.provincial_heads = {fold(r["word"]) for r in cues if r.get("kind") == "provincial_head"}
    res.region_cues = {fold(r["word"]) for r in cues if r.get("kind") == "region"}
    res.event_cues = {fold(r["word"]) for r in cues if r.get("kind") == "event"}
    # two-word heads (`راه آهن`) are kept as their two keys joined, as places.py compares them
    res.road_cues = {fold(r["word"]).replace(" ", "") for r in cues if r.get("kind") == "road"}
    res.line_cues = {fold(r["word"]).replace(" ", "") for r in cues if r.get("kind") == "line"}
    res.place_descriptors = {fold(r["word"]) for r in cues if r.get("kind") == "descriptor"}
    res.place_name_tails = {fold(r["word"]) for r in cues if r.get("kind") == "name_tail"}
    res.event_partners = {fold(r["word"]) for r in cues if r.get("kind") == "event_partner"}
    res.org_kind_cues = {fold(r["word"]) for r in cues if r.get("kind") == "org_kind"}
    res.club_staff = {fold(r["word"]) for r in cues if r.get("kind") == "club_staff"}
    res.generic_institutions = {fold(r["word"]) for r in cues if r.get("kind") == "institution"}
    res.identifier_words = {fold(r["word"]) for r in cues if r.get("kind") == "identifier"}
    res.news_agencies = {fold(r["word"]) for r in cues if r.get("kind") == "news_agency"}
    res.city_epithets = {fold(r["word"]) for r in cues if r.get("kind") == "city_epithet"}
    res.venue_words = {fold(r["word"]) for r in cues if r.get("kind") == "venue"}
    res.police_words = {fold(r["word"]) for r in cues if r.get("kind") == "police"}
    res.destination_words = {fold(r["word"]) for r in cues if r.get("kind") == "destination"}
    res.post_qualifiers = {fold(r["word"]) for r in cues if r.get("kind") == "post_qualifier"}
    res.gathering_words = {fold(r["word"]) for r in cues if r.get("kind") == "gathering"}
    res.count_adjectives = {fold(r["word"]) for r in cues if r.get("kind") == "count_adjective"}
    for r in cues:
        if r.get("kind") == "institution_qualifier":
            res.institution_qualifiers.add(r["word"], {"text": r["word"]})
    res.surname_tails = {fold(w) for w in _words("surname_tails")}
    res.military_cues = frozenset(fold(w) for w in _words("military_cues"))
    events = _rows("event_categories")
    res.event_classes = frozenset(fold(r["word"]) for r in events if r.get("position") == "before")
    for r in events:
        if r.get("position") == "after":
            res.event_styles.add(r["word"], r)
    res.foreign_surname_endings = tuple(sorted({fold(r["ending"]) for r in _rows("foreign_surname_endings")},
                                               key=len, reverse=True))
    for row in _rows("honorifics"):
        res.honorifics.add(row["text"], {"text": row["text"], "kind": row.get("kind"),
                                         "in_name": row.get("in_name") == "yes",
                                         "in_surname": row.get("in_name") == "surname"})
    for row in _rows("not_persons"):
        res.not_persons.add(row["text"], {"text": row["text"], "kind": row.get("kind")})
    for row in _rows("notable_persons"):
        entry = {"name": row["name"], "ambiguous": row.get("ambiguous") == "yes"}
        res.notable.add(row["name"], {**entry, "ambiguous": False})
        for form in split_multi(row.get("alone")):
            # a form of two words (`امام خمینی`) names the person wherever it stands; only a
            # single word can also be an ordinary word, a place or someone else's surname
            res.notable.add(form, {**entry, "form": form} if len(form.split()) == 1 else {**entry, "ambiguous": False})
    for row in _rows("holidays"):
        res.holidays.add(row["text"], {"text": row["text"], "kind": row.get("kind")})
    heads = _rows("named_after_heads")
    res.named_after = {fold(row["text"]) for row in heads if row.get("kind") not in ("team", "grave")}
    res.graves = {fold(row["text"]) for row in heads if row.get("kind") == "grave"}
    res.teams_named_after = {fold(row["text"]) for row in heads if row.get("kind") == "team"}
    res.work_heads = {fold(row["text"]) for row in _rows("work_heads")}
    res.topic_cues = {row["id"]: frozenset(fold(w) for w in split_multi(row.get("cues"))) for row in _rows("topic_cues")}
    res.person_nouns = {fold(w) for w in _words("person_nouns")}
    res.example_people = res.person_nouns | {fold(w) for w in _words("example_people")}
    for word in _words("sports"):
        res.sports.add(word, {"text": word})
    res.lasting_nouns = {fold(w) for w in _words("lasting_nouns")}
    res.quantity_adjectives = {fold(w) for w in _words("quantity_adjectives")}
    res.predicate_nouns = {fold(w) for w in _words("predicate_nouns")}
    res.uncounted_words = {fold(w) for w in _words("uncounted_words")}
    phrases = _rows("mission_phrases")
    res.mission_phrases = {(fold(r["noun"]), fold(r["preposition"])) for r in phrases if r.get("role", "mission") == "mission"}
    res.predicate_phrases = {(fold(r["noun"]), fold(r["preposition"])) for r in phrases if r.get("role") == "predicate"}
    res.foreign_given = {fold(w) for w in _words("foreign_given_names")}
    kinds = _rows("kind_words")
    res.kind_words = {fold(r["word"]): set(split_multi(r.get("of"))) for r in kinds if r.get("role") == "kind"}
    res.kind_descriptors = {fold(r["word"]) for r in kinds if r.get("role") == "description"}
    for row in _rows("adjective_cues"):
        (res.adjective_before if row.get("side") == "before" else res.adjective_after).add(fold(row["text"]))
    for row in _rows("subject_cues"):
        res.subject_cues.add(row["text"], {"text": row["text"], "kind": row.get("kind")})
    for row in _rows("credit_cues"):
        res.credit_cues.add(row["text"], {"text": row["text"], "kind": row.get("kind")})
    tenses = {row["past"]: split_multi(row.get("forms")) for row in _rows("speech_verb_tenses")}
    for row in _rows("speech_verbs"):
        res.speech_verbs.add(row["text"], {"text": row["text"], "kind": row.get("kind")})
        head, _, past = row["text"].rpartition(" ")
        for form in tenses.get(past, ()):
            res.speech_verbs.add(f"{head} {form}".strip(), {"text": row["text"], "kind": row.get("kind")})
    for row in _rows("measures"):
        res.measures.add(row["text"], {"text": row["text"], "kind": row.get("kind"),
                                       "default_unit": row.get("default_unit")})
    ambiguous_names = set()
    res.lexicon_any = {fold(w) for w in lexicon.freq}
    for row in _rows("given_names"):
        tier = _name_tier(row)
        key = fold(row["name"])
        if tier == "weak" and res.in_ezafe(key):
            continue  # `احیای`, `آقای`: a scraped list's word in the ezafe, not a name
        # Spellings that fold alike (`فائزه`, `فایزه`): a reliable list's name stays strong beside a
        # scraped one; one that is also a word (`آزاد`, `ازاد`) stays as cautious as before.
        res.given_names[key] = "strong" if {res.given_names.get(key), tier} == {"weak", "strong"} else tier
        if row.get("gender") == "F":
            res.women_names.add(key)
        if row.get("ambiguous") == "yes":
            ambiguous_names.add(key)
    _compound_names(res.given_names, res.name_prefixes, ambiguous_names)
    for entry in towns:  # `علی اکبر`, a village of Sistan: a person's name first, a place after a cue
        if all(fold(w) in res.given_names for w in entry["name"].split()):
            entry["ambiguous"] = True
    # Frequent lexicon words: a capitalisation-free language needs this to keep "نظام" (system)
    # and "امید" (hope) from starting a person on their own.
    res.common_words = {fold(w) for w, f in lexicon.freq.items() if f >= 200000}
    res.very_common_words = {fold(w) for w, f in lexicon.freq.items() if f >= 1000000}
    res.attested = {fold(w) for w, f in lexicon.freq.items() if f > 0}
    res.surname_suffixes = tuple(sorted({fold(r["suffix"]) for r in _rows("surname_suffixes")}, key=len, reverse=True))
    # Scraped surname lists also hold inflected ordinary words (`قانونی`, `کارگران`); an entry
    # only a scraped list vouches for is dropped when it is a common word or one inflected.
    res.surnames = {fold(row["name"]) for row in _rows("surnames")
                    if set(split_multi(row.get("source"))) & RELIABLE_NAME_SOURCES
                    or not res.inflected_common(fold(row["name"]))}
    # Frequent tagged lexicon words that no name list claims are no surnames either.
    res.lexicon_words = {fold(w) for w, f in lexicon.freq.items() if f >= 20000} - res.surnames
    return res
