"""Which mentions are the same thing, and the stable id of each thing.

People: within a document a bare surname (`موسوی`) is the full name it ends (`سید مجتبی موسوی`),
the nearest one before it, else after it. Across documents only full names merge, because ids
of full names are global and ids of surname-only people carry their document. Places,
organisations, programs and laws take their gazetteer identity where they have one.
"""
from __future__ import annotations

import bisect
import re

from loader.facts.model import Entity, Mention
from loader.facts.view import DocumentView
from loader.ids import make_id, name_id
from loader.ner.persons import compound_short_form
from loader.ner.resources import (DIRECTORATE, HOME_STATE, INTERNATIONAL, NATIONWIDE, REPORTING_KINDS, strip_area,
                                  resources)
from loader.normalize.lexicon import get_lexicon
from loader.text_keys import fold

LABEL_OF = {"PERSON": "Person", "ORG": "Organization", "PROVINCE": "Province", "CITY": "City",
            "COUNTRY": "Country", "PROGRAM": "Program", "LAW": "Law", "FACILITY": "Facility"}


def _name_tokens(text: str) -> list[str]:
    return text.split()


def _lineage_free(tokens: list[str]) -> list[str]:
    """The name without the honorifics before it; one after a given name is the surname's
    (`مهرداد حاج علیزاده`, `محمدرضا میر تاج‌الدینی`)."""
    res = resources()
    start = next((k for k, t in enumerate(tokens) if not res.honorifics.get(t)), len(tokens))
    return tokens[start:]


def link_entities(doc_id: str, view: DocumentView) -> list[Entity]:
    mentions = view.mentions
    entities: dict[str, Entity] = {}
    _link_persons(doc_id, [m for m in mentions if m.label == "PERSON"], entities, view.norm.text)
    for m in mentions:
        if m.label in LABEL_OF and m.label != "PERSON":
            entity = _organization(view, m) if m.label == "ORG" else _named_entity(m)
            if entity.id in entities:
                known = entities[entity.id]
                known.mentions.append(m.id)
                if m.payload.get("source") == "gazetteer" and known.name != entity.name:
                    # The listed spelling names the node; what the text wrote is an alias.
                    known.aliases.append(known.name)
                    known.name = entity.name
                if m.text not in known.aliases and m.text != known.name:
                    known.aliases.append(m.text)
            else:
                entity.mentions.append(m.id)
                entities[entity.id] = entity
            m.entity_id = entity.id
    return list(entities.values())


def _link_persons(doc_id: str, persons: list[Mention], entities: dict[str, Entity], text: str) -> None:
    for m in persons:
        if (m.payload or {}).get("titled_form"):
            _link_notable(m, entities)
    mentions = [m for m in persons if not m.entity_id]
    full = [m for m in mentions if len(_lineage_free(_name_tokens(m.text))) >= 2]
    cores = {fold(" ".join(_lineage_free(_name_tokens(m.text)))): _lineage_free(_name_tokens(m.text)) for m in full}
    ending = _names_by_ending(cores.values())
    # names that open with a given name first, so a shorter one can join the person they end
    full.sort(key=lambda m: _given(fold(_lineage_free(_name_tokens(m.text))[0]), resources()) is None)
    for m in full:
        core = _fullest(_lineage_free(_name_tokens(m.text)), ending)
        pid = name_id("Person", " ".join(core))
        entity = entities.get(pid)
        if entity is None:
            entity = entities[pid] = Entity(pid, "Person", m.text, [], [], {"name_key": fold(" ".join(core))})
        elif len(m.text) > len(entity.name):
            entity.aliases.append(entity.name)
            entity.name = m.text
        entity.mentions.append(m.id)
        m.entity_id = pid
    owners_of = _FullNamesEnding(full)
    first_of_surname = _first_words_of_surnames(full)
    for m in mentions:
        if m.entity_id:
            continue
        surname = fold(" ".join(_lineage_free(_name_tokens(m.text))))
        owners, starts = owners_of(surname)
        if not owners and len({o.entity_id for o in first_of_surname.get(surname, [])}) == 1:
            owners = first_of_surname[surname]  # `صابری` for `محمدباقر صابری زفرقندی`
            starts = [o.start for o in owners]
        before = bisect.bisect_left(starts, m.start)
        owner = owners[before - 1] if before else (owners[0] if owners else None)
        if _two_given_names(owners[:before] or owners, len(_lineage_free(_name_tokens(m.text)))):
            # `فرشته بنی‌طالبی ... کبری قربانی و زیبا بنی‌طالبی ... بنی‌طالبی خاطرنشان کرد`: the
            # words do not say which it means (the last named was the wrong one here): the surname
            # stays the document's own person
            owner = None
        if owner is not None and _listed_apart(owner, m, persons, text):
            owner = None
        if owner is not None:
            m.entity_id = owner.entity_id
            entities[owner.entity_id].mentions.append(m.id)
            if m.text not in entities[owner.entity_id].aliases:
                entities[owner.entity_id].aliases.append(m.text)
            continue
        # A surname alone never leaves its document: two articles' `موسوی` may be two people.
        pid = make_id("Person", doc_id, surname)
        entity = entities.setdefault(pid, Entity(pid, "Person", m.text, [], [], {"name_key": surname,
                                                                                   "scope": doc_id}))
        entity.mentions.append(m.id)
        m.entity_id = pid


def _listed_apart(owner: Mention, m: Mention, persons: list[Mention], text: str) -> bool:
    """`حجت‌الاسلام علی محمدی سرپرست سازمان اوقاف، ...، حجت‌الاسلام محمدی رئیس مرکز ...`: a bare
    surname that is a later item of the list that named the full name, set off by a comma after
    another person, is someone else (a list names each of its people once)."""
    if owner.sentence_index != m.sentence_index:
        return False
    between = [p for p in persons if owner.end <= p.start and p.end <= m.start]
    return bool(between) and "،" in text[between[-1].end:m.start]


def _link_notable(m: Mention, entities: dict[str, Entity]) -> None:
    """`امام راحل`, `امام خمینی`: a notable named by a form that opens with `امام` is that person
    in every document, under the id of the full name the gazetteer gives (a short form, `خاتمی`,
    may be another of that name and is read like any surname)."""
    notable = m.payload["notable"]
    core = _lineage_free(_name_tokens(notable))
    pid = name_id("Person", " ".join(core))
    entity = entities.get(pid)
    if entity is None:  # named as the document writes them, the full name an alias
        entity = entities[pid] = Entity(pid, "Person", m.text, [notable] if notable != m.text else [], [],
                                        {"name_key": fold(" ".join(core))})
    elif len(m.text) > len(entity.name):
        entity.aliases.append(entity.name)
        entity.name = m.text
    elif m.text != entity.name and m.text not in entity.aliases:
        entity.aliases.append(m.text)
    entity.mentions.append(m.id)
    m.entity_id = pid


def _names_by_ending(cores) -> dict[str, list[list[str]]]:
    """The full names by the folded words after each of their word boundaries (`محمود
    احمدی‌نژاد` under `احمدینژاد`), so each name is looked up once; a name that opens with no given
    name (a foreign one, `کیم جونگ اون`) only under two words or more (`جونگاون`)."""
    res = resources()
    ending: dict[str, list[list[str]]] = {}
    for c in cores:
        last = len(c) if _given(fold(c[0]), res) is not None else len(c) - 1
        for key in {fold(" ".join(c[j:])) for j in range(1, last)}:
            ending.setdefault(key, []).append(c)
    return ending


def _two_given_names(owners: list[Mention], surname_words: int) -> bool:
    """The full names a surname of so many words may stand for are two people's: two given names
    before it (`سیدمحمد خاتمی` and `محمد خاتمی`, `محمدرضا` and `محمد رضا` are one, written two ways)."""
    res = resources()
    given = {_given(fold("".join(_lineage_free(_name_tokens(o.text))[:-surname_words])), res) for o in owners}
    return len(given - {None}) > 1


def _given(key: str, res) -> str | None:
    """The given name a word is, with any lineage or courtesy word glued on it taken off
    (`سیدمحمدعلی` → `محمدعلی`, `میرحسین` → `حسین`), or None for a word that is none."""
    bare = next((key[len(p):] for p in res.name_prefixes if key.startswith(p) and key[len(p):] in res.given_names),
                None)
    return bare or (key if key in res.given_names else None)


def _fullest(core: list[str], ending: dict[str, list[list[str]]]) -> list[str]:
    """A two-word surname (`احمدی نژاد`) is the person the document names in full with a given
    name before it (`محمود احمدی نژاد`, `محمود احمدی‌نژاد`: written with a ZWNJ or a space
    alike), when exactly one such person is named; a name that opens with no given name is also
    the one longer name it ends, whatever that opens with (`میرتاج الدینی` of `محمدرضا میر
    تاج‌الدینی`, `جونگ اون` of `کیم جونگ اون`)."""
    res = resources()
    longer = ending.get(fold(" ".join(core)), [])
    given_first = [c for c in longer if _given(fold(c[0]), res) is not None]
    if len(given_first) == 1:
        return given_first[0]
    return longer[0] if len(longer) == 1 and _given(fold(core[0]), res) is None else core


WEAK = "weak"  # the tier of a given name only scraped lists give (given_names.tsv)


def _first_words_of_surnames(full: list[Mention]) -> dict[str, list[Mention]]:
    """Full names of a given name and a surname of two or more words, by the surname's first word
    (`صابری` of `محمدباقر صابری زفرقندی`): the short form news uses for them. Not a word that is
    itself a given name (`علی` of `محمد علی رضایی` is the second given name), though it may be
    one only scraped lists give (`احمدی` of `محمود احمدی لاشکی`)."""
    res = resources()
    found: dict[str, list[Mention]] = {}
    for f in full:
        core = _lineage_free(_name_tokens(f.text))
        if len(core) >= 3 and _given(fold(core[0]), res) is not None \
                and (_given(fold(core[1]), res) is None or res.given_names.get(fold(core[1])) == WEAK):
            found.setdefault(fold(core[1]), []).append(f)
        elif len(core) >= 2 and _given(fold(core[0]), res) is not None \
                and (short := compound_short_form(core[-1], res)) is not None:
            found.setdefault(short, []).append(f)  # `حیدری` of `ابراهیم حیدری‌جناسمی`
    return found


class _FullNamesEnding:
    """Full-name mentions (in document order, which is start order) whose folded name ends with
    a given surname, and their starts; found through an index of name suffixes and kept per
    surname, so a document with many people links in linear time."""

    def __init__(self, full: list[Mention]):
        self.full = full
        self.by_name: dict[str, list[int]] = {}
        for i, f in enumerate(full):
            self.by_name.setdefault(fold(" ".join(_lineage_free(_name_tokens(f.text)))), []).append(i)
        self.by_suffix: dict[str, list[str]] = {}
        for name in self.by_name:
            for k in range(len(name) + 1):
                self.by_suffix.setdefault(name[k:], []).append(name)
        self.found: dict[str, tuple[list[Mention], list[int]]] = {}

    def __call__(self, surname: str) -> tuple[list[Mention], list[int]]:
        if surname not in self.found:
            indexes = sorted(i for name in set(self.by_suffix.get(surname, [])) for i in self.by_name[name])
            self.found[surname] = ([self.full[i] for i in indexes], [self.full[i].start for i in indexes])
        return self.found[surname]




def organization_identity(text: str, payload: dict) -> tuple[str, str, str | None]:
    """(id, canonical name, parent id) of an organisation mention."""
    res = resources()
    if payload.get("source") == "gazetteer" and payload.get("id"):
        parent = payload.get("parent_id")
        return make_id("Organization", payload["id"]), strip_area(payload["name"]), \
            make_id("Organization", parent) if parent else None
    whole = res.organizations.get(text)
    head, _, last = " ".join(text.split()).rpartition(" ")
    if not whole and head and fold(last) == NATIONWIDE:
        whole = res.organizations.get(head)  # `سازمان محیط زیست کشور`: the national body listed without `کشور`
    if whole:
        parent = whole.get("parent_id")
        return make_id("Organization", whole["id"]), strip_area(whole["name"]), \
            make_id("Organization", parent) if parent else None
    words = text.split()
    parent = None
    for k in range(1, len(words)):
        found = res.organizations.get(" ".join(words[k:]))
        if found:
            parent = make_id("Organization", found["id"])
            break
    name = _without_ezafe(" ".join(strip_area(QUOTE_MARKS.sub("", text)).split()))  # `شورای اسلامی روستای «پچت»`
    return name_id("Organization", name), name, parent


def _without_ezafe(name: str) -> str:
    """`هیئت ووشوی` (of `هیئت ووشوی چهارمحال و بختیاری`) is `هیئت ووشو`, `اداره کل زندان‌های` is
    `اداره کل زندان‌ها`: after a vowel or a plural the
    ezafe is written as a `ی` on the word, which the body's name ends before its place; only where
    the word without it is one the lexicon attests and the word with it is not (`قوی` stays)."""
    head, _, last = name.rpartition(" ")
    if len(last) < 4:
        return name
    if last.endswith("ه\u200cی"):
        return f"{head} {last[:-2]}".strip()  # `وزیر خارجه‌ی جدید`: the ezafe after `ه`, written on with its ZWNJ
    if head and last.endswith("\u200cهای"):
        return f"{head} {last[:-1]}"  # `اداره کل زندان‌های [استان البرز]`: the plural, its ezafe off
    if not head or not last.endswith(("وی", "ای")):
        return name
    lexicon = get_lexicon()
    return f"{head} {last[:-1]}" if lexicon.f(last[:-1]) > 0 and lexicon.f(last) == 0 else name


QUOTE_MARKS = re.compile(r"[«»\"“”]")
HOME_COUNTRY = make_id("Country", HOME_STATE)  # the state the gazetteer's ministries and bodies belong to
OFFICE = "اداره"
# Heads of a ministry's office in a town (`مدیر آموزش و پرورش سمیرم`, `رئیس جهاد کشاورزی شهرستان`)
LOCAL_HEADS = {fold(w) for w in ("مدیر", "رئیس", "سرپرست")}
MINISTRY = ("ministry",)
NATIONAL_KINDS = ("ministry", "organization")  # bodies with an office in every town (`منابع طبیعی املش`)
FUNCTION_NAMED = "directorate"  # the source of a body a post names by its function (`وزیر نیرو`: `نیرو`)


def implied_unit(title: Mention | None, org: Mention, place: Mention | None) -> str:
    """The unit a post before a body implies (`وزیر` a ministry, `مدیرکل` a directorate), and a
    ministry's office where its local head is named with a town (`مدیر آموزش و پرورش سمیرم` heads
    Semirom's education office, not the ministry) or with no place at all."""
    unit = (title.payload or {}).get("implies_unit") or "" if title is not None else ""
    if unit or title is None or fold((title.payload or {}).get("canonical") or title.text) not in LOCAL_HEADS:
        return unit
    if place is not None and place.label == "CITY" and not abroad(place) and org.payload.get("kind") in NATIONAL_KINDS:
        return OFFICE
    # (and with no place named, a ministry's local head heads an office of it somewhere: a
    # minister heads the ministry, `رئیس جهاد کشاورزی` does not)
    return OFFICE if place is None and org.payload.get("kind") in MINISTRY else unit


def organization_in_context(org: Mention, unit: str = "", state: Entity | None = None) -> tuple[str, str, str | None]:
    """(id, name, parent id) of an organisation as the words around it place it. After a post
    that implies its unit, a body named by its function is that unit (`وزیر نیرو`: وزارت نیرو;
    `وزیر تعاون، کار و رفاه اجتماعی` the ministry, `مدیرکل آموزش و پرورش` a provincial
    directorate of it). Before another state (`بانک مرکزی عراق`, `وزیر دفاع موریتانی`) it is that
    state's body, not the one the gazetteer lists, which is Iran's: it is named with its country."""
    res = resources()
    oid, name, parent = organization_identity(org.text, org.payload)
    listed = org.payload.get("source") == "gazetteer" and not org.payload.get("derived")
    function = _without_ezafe(" ".join(org.text.split()))  # the body's words, its ezafe off
    # (a listed body's own directorate, where the gazetteer lists it: `مدیرکل تأمین اجتماعی`)
    implied = res.organizations.get(f"{unit} {function}") if unit and (not listed or unit == DIRECTORATE) else None
    if implied and not fold(org.text).startswith(fold(unit)):
        oid, name = make_id("Organization", implied["id"]), strip_area(implied["name"])
        parent = make_id("Organization", implied["parent_id"]) if implied.get("parent_id") else None
    elif unit in (DIRECTORATE, OFFICE) and org.payload.get("kind") in NATIONAL_KINDS \
            and not res.org_units.match([fold(w) for w in org.text.split()], 0):
        parent = oid
        name = f"{unit} {' '.join(org.text.split())}"
        oid = name_id("Organization", name)
    elif unit and org.payload.get("source") == FUNCTION_NAMED and not fold(org.text).startswith(fold(unit)):
        # `وزیر بازرگانی` of a ministry no list has (merged since): the ministry named by its function
        name = f"{unit} {function}"
        oid, parent = name_id("Organization", name), None
    if state is not None and state.id != HOME_COUNTRY and org.payload.get("kind") not in OWN_STATE_KINDS \
            and not (state.name and fold(state.name) in fold(name)):
        written = " ".join(org.text.split())
        if unit and not fold(written).startswith(fold(unit)):
            written = f"{unit} {written}"
        name = f"{written} {state.name}".strip()
        oid, parent = name_id("Organization", name), None
    return oid, name, parent


# A body of no state (`سازمان ملل`), or one whose name already says its own (`خبرگزاری فرانسه`): a
# place after it is where it reports from or works, not whose it is.
OWN_STATE_KINDS = REPORTING_KINDS | {INTERNATIONAL}


def abroad(place: Mention) -> bool:
    """A state, or a city of another state (`پلیس بغداد`): what names a body of its own there."""
    return place.label == "COUNTRY" or place.label == "CITY" and (place.payload or {}).get("country_id") not in (None, "", HOME_STATE)


# A state the words refer to but the sentence does not name (`وزیر خارجه این کشور`): the body is
# not Iran's, and is named only as written.
UNNAMED_STATE = Entity("country:", "Country", "", [], [], {})


def referred_state(view: DocumentView, m: Mention) -> tuple[Mention | None, Entity | None]:
    """The state `این کشور` or `خود` after a body refers to, as its mention and its entity; no
    mention and `UNNAMED_STATE` where the words name none; nothing where they refer to no state."""
    if not view.refers_to_a_state(m):
        return None, None
    referred = view.state_referred_to(m, HOME_COUNTRY)
    return (referred, _named_entity(referred)) if referred is not None else (None, UNNAMED_STATE)


def _organization(view: DocumentView, m: Mention) -> Entity:
    """An organisation, with the unit the post right before it implies and the state (or a city
    abroad) right after it, named or referred to (`این کشور`)."""
    before = view.previous(m, {"TITLE"})
    after = view.next_mention(m)
    place = after if after is not None and view.adjacent(m, after) else None
    unit = implied_unit(before, m, place) if before is not None and view.adjacent(before, m) else ""
    if after is not None and abroad(after) and view.beside(m, after):
        state = _named_entity(after)
    else:
        _, state = referred_state(view, m)
    oid, name, parent = organization_in_context(m, unit, state)
    props = {"kind": m.payload.get("kind")} if m.payload.get("kind") else {}
    if parent and parent != oid:
        props["parent_id"] = parent
    return Entity(oid, "Organization", name, [], [], props)


def _named_entity(m: Mention) -> Entity:
    """A place, programme, law or facility with its gazetteer identity where it has one
    (organisations are read in context by `_organization`)."""
    payload = m.payload
    if m.label == "PROVINCE" and payload.get("id"):
        return Entity(make_id("Province", payload["id"]), "Province", payload["name"], [], [],
                      {"name_en": payload.get("name_en", "")})
    if m.label == "COUNTRY" and payload.get("id"):
        return Entity(make_id("Country", payload["id"]), "Country", payload["name"], [], [],
                      {"name_en": payload.get("name_en", "")})
    if m.label == "CITY" and payload.get("name"):
        return Entity(name_id("City", payload["name"]), "City", payload["name"], [], [],
                      {"province_id": payload.get("province_id"), "kind": payload.get("kind"),
                       "name_en": payload.get("name_en", "")})
    if m.label == "PROGRAM" and payload.get("name"):
        return Entity(make_id("Program", lexical_key(payload["name"])), "Program", payload["name"], [], [],
                      {"kind": payload.get("kind")})
    if m.label == "LAW" and payload.get("name"):
        return Entity(make_id("Law", lexical_key(payload["name"])), "Law", payload["name"], [], [], {})
    if m.label == "FACILITY":
        return Entity(make_id("Facility", _facility_key(m.text, payload)), "Facility", " ".join(m.text.split()), [], [], {})
    label = LABEL_OF[m.label]
    return Entity(make_id(label, lexical_key(m.text)), label, " ".join(m.text.split()), [], [], {})


def lexical_key(name: str) -> str:
    """One key for the spellings of one name: folded (ZWNJ, spacing, hamza, Arabic letters,
    digits), without a final `ی` of relation or a plural ending (`طرح دارویار` / `طرح دارویاری`)."""
    key = fold(name)
    for ending in ("های", "ها", "ی"):
        if key.endswith(ending) and len(key) - len(ending) >= 5:
            return key[: -len(ending)]
    return key


ROAD_DASH = re.compile(r"\s*[-–—]\s*")


def _facility_key(text: str, payload: dict) -> str:
    """A facility is its kind and its place (`بیمارستان 197 تختخوابی هشتگرد` and `بیمارستان
    هشتگرد` are one hospital) when its name ends with a place; else its name."""
    if payload.get("road"):
        # a road is its towns, in order (`محور کرج – چالوس` and `جاده تهران-چالوس` end alike),
        # however the dash between them is spaced
        return lexical_key(ROAD_DASH.sub("-", text))
    res = resources()
    words = text.split()
    head = payload.get("head")
    if head and len(words) > 1 and (res.cities.get(words[-1]) or res.provinces.get(words[-1])):
        return fold(head) + ":" + fold(words[-1])
    return lexical_key(text)
