"""Where a program runs or a facility stands: the place its own statement names.

A digest names many provinces; a program belongs to the one its sentence names (`طرح دارویاری`
... `استان خوزستان`), else to the single province of its news item, and to none when the item
names several. A facility named with its place (`بیمارستان هشتگرد`) is there.
"""
from __future__ import annotations

from loader.facts.model import Entity, Location, Mention
from loader.facts.view import DocumentView
from loader.ids import make_id, name_id
from loader.ner.resources import resources

PLACES = ("CITY", "PROVINCE")


def find_locations(view: DocumentView, entities: dict[str, Entity]) -> list[Location]:
    found: dict[tuple[str, str], Location] = {}
    for m in view.mentions:
        if m.label not in ("PROGRAM", "FACILITY") or m.entity_id not in entities:
            continue
        place = _inside(m) or _mentioned(view, m, entities)
        if place is None:
            continue
        key = (m.entity_id, place[0])
        if key not in found:
            found[key] = Location(m.entity_id, entities[m.entity_id].label, *place,
                                  view.evidence(m.start, m.end, m.sentence_index))
    return list(found.values())


def _inside(m: Mention) -> tuple[str, str, str] | None:
    """A facility whose name ends with its place (`بیمارستان 197 تختخوابی هشتگرد`)."""
    if m.label != "FACILITY":
        return None
    res = resources()
    last = m.text.split()[-1] if m.text.split() else ""
    city, province = res.cities.get(last), res.provinces.get(last)
    if city and city.get("name"):
        return name_id("City", city["name"]), "City", city["name"]
    if province:
        return make_id("Province", province["id"]), "Province", province["name"]
    return None


def _mentioned(view: DocumentView, m: Mention, entities: dict[str, Entity]) -> tuple[str, str, str] | None:
    place = _in_sentence(view, m) or _of_item(view, m)
    if place is None or place.entity_id not in entities:
        return None
    entity = entities[place.entity_id]
    return entity.id, entity.label, entity.name


def _in_sentence(view: DocumentView, m: Mention) -> Mention | None:
    places = [x for x in view.by_sentence.get(m.sentence_index, []) if x.label in PLACES]
    return min(places, key=lambda x: abs(x.start - m.start)) if places else None


def _of_item(view: DocumentView, m: Mention) -> Mention | None:
    """The province of the program's news item, when the item names exactly one."""
    item = view.item_of.get(m.sentence_index)
    provinces = {x.entity_id: x for x in view.mentions if x.label == "PROVINCE"
                 and view.item_of.get(x.sentence_index) == item}
    return next(iter(provinces.values())) if len(provinces) == 1 else None
