"""From one document's extraction to the rows of a ``GraphBatch``: ids, names, evidence. It maps
an ``Extraction`` it is given and extracts nothing (``loader.pipeline.document_batch`` chains the two).

Every relationship that states a fact carries ``doc``, ``raw_start``, ``raw_end`` and
``sentence``, so a user can go from an edge to the words behind it; structural relationships
that come from the gazetteers (a city IN its province, a unit PART_OF its parent) carry none.
"""
from __future__ import annotations

import re
from pathlib import Path

from loader.corpus import RawDocument
from loader.facts.model import Entity, Evidence, Extraction
from loader.graph.batch import GraphBatch
from loader.identity.names import name_parts
from loader.ids import make_id, post_event_id
from loader.ner.resources import strip_area, resources, seats
from loader.text_keys import fold

# Bump when extraction changes what a document yields, so `kg load` re-extracts unchanged files.
EXTRACTOR_VERSION = "1.6.0"  # names end before an owned noun or a predicate noun (2026-12-07, sixth session)


def search_text(*names: str) -> str:
    """The form the full-text index sees: folded words, compounds also split at ZWNJ, so a name
    typed with or without ZWNJ, with Arabic ي/ك, finds the node."""
    words: list[str] = []
    for name in names:
        if not name:
            continue
        for word in [name] + re.split(r"[\s\u200c]+", name) + name.split():
            key = fold(word)
            if key and key not in words:
                words.append(key)
    return " ".join(words)


def extraction_batch(raw: RawDocument, x: Extraction, meta: dict | None = None) -> GraphBatch:
    """`meta`: what a manifest says of the document besides its date (`source`, `url`)."""
    date = x.doc_date
    batch = GraphBatch(document={
        "id": raw.id, "stem": Path(raw.path).stem, "path": raw.path, "sha256": raw.sha256, "title": x.title, "text": raw.text,
        "chars": len(raw.text), "encoding": raw.encoding, "extractor": EXTRACTOR_VERSION,
        **({"year": x.doc_year} if x.doc_year else {}),
        **({"date": date.jalali, "date_gregorian": date.gregorian} if date.jalali else {}),
        "date_precision": date.precision, "date_source": date.source,
        **({"items": [pos for span in x.items for pos in span]} if x.items else {}),
        **{k: v for k, v in (meta or {}).items() if v},
    })
    doc = raw.id
    entities = {e.id: e for e in x.entities}
    for entity in x.entities:
        _entity_node(batch, entity)
    _gazetteer_structure(batch, x.entities)
    _mentions(batch, doc, x, entities)
    _holdings(batch, doc, x)
    _successions(batch, doc, x)
    _figures(batch, doc, x)
    _events(batch, doc, x)
    _locations(batch, doc, x)
    return batch


def _entity_node(batch: GraphBatch, entity: Entity) -> None:
    props = {k: v for k, v in entity.properties.items() if v not in (None, "") and k != "parent_id"}
    if entity.label == "Person":  # what the identity resolver blocks and compares on (loader/identity)
        parts = name_parts(entity.name)
        props.update({"given": parts.given, "surname": parts.surname, **({"seyed": True} if parts.seyed else {})})
    batch.node(entity.label, {"id": entity.id, "name": entity.name, "aliases": sorted(set(entity.aliases)),
                              "search": search_text(entity.name, *entity.aliases), **props})


def _gazetteer_structure(batch: GraphBatch, entities: list[Entity]) -> None:
    res = resources()
    for entity in entities:
        if entity.label == "City" and entity.properties.get("province_id"):
            province = res.province_by_id.get(entity.properties["province_id"])
            if province:
                pid = make_id("Province", province["id"])
                batch.node("Province", {"id": pid, "name": province["name"], "search": search_text(province["name"]),
                                        "name_en": province.get("name_en", "")})
                batch.relate("IN", "City", entity.id, "Province", pid, key=f"{entity.id}->{pid}")
        parent_id = entity.properties.get("parent_id")
        if entity.label == "Organization" and parent_id:
            parent = res.organization_by_id.get(parent_id.removeprefix("org:"))
            name = strip_area(parent["name"]) if parent else parent_id
            batch.node("Organization", {"id": parent_id, "name": name, "search": search_text(name)})
            batch.relate("PART_OF", "Organization", entity.id, "Organization", parent_id,
                         key=f"{entity.id}->{parent_id}")


def _evidence(doc: str, ev: Evidence) -> dict:
    return {"doc": doc, "raw_start": ev.raw_start, "raw_end": ev.raw_end, "sentence": ev.sentence}


def _mentions(batch: GraphBatch, doc: str, x: Extraction, entities: dict[str, Entity]) -> None:
    for m in x.mentions:
        batch.node("Mention", {"id": m.id, "label": m.label, "text": m.text, "doc": doc,
                               "raw_start": m.raw_start, "raw_end": m.raw_end, "sentence_index": m.sentence_index})
        batch.relate("IN_DOCUMENT", "Mention", m.id, "Document", doc, key=f"{m.id}:doc", doc=doc)
        if m.entity_id in entities:
            label = entities[m.entity_id].label
            batch.relate("REFERS_TO", "Mention", m.id, label, m.entity_id, key=f"{m.id}:ref", doc=doc,
                         raw_start=m.raw_start, raw_end=m.raw_end)
    for entity in entities.values():
        batch.relate("MENTIONS", "Document", doc, entity.label, entity.id, key=f"{doc}:{entity.id}", doc=doc,
                     count=len(entity.mentions))


def _holdings(batch: GraphBatch, doc: str, x: Extraction) -> None:
    res = resources()
    for h in x.holdings:
        post = h.post
        label = " — ".join(p for p in (post.title, post.organization, post.area) if p)
        batch.node("Post", {"id": post.id, "label": label, "title": post.title, "organization": post.organization,
                            "area": post.area, "seats": seats(post.title), "search": search_text(label)})
        if post.organization_id:
            gazetteer = res.organization_by_id.get(post.organization_id.removeprefix("org:"))
            name = strip_area(gazetteer["name"]) if gazetteer else post.organization
            batch.node("Organization", {"id": post.organization_id, "name": name, "search": search_text(name)})
            batch.relate("OF_ORGANIZATION", "Post", post.id, "Organization", post.organization_id,
                         key=f"{post.id}->{post.organization_id}")
        for area_id in (post.area_id, *post.more_area_ids) if post.area_id else ():
            batch.relate("FOR_AREA", "Post", post.id, post.area_label, area_id, key=f"{post.id}->{area_id}")
        as_of = {"as_of": x.doc_date.jalali, "as_of_precision": x.doc_date.precision} if x.doc_date.jalali else {}
        batch.relate("HOLDS", "Person", h.person_id, "Post", post.id, key=f"{doc}:{h.person_id}:{post.id}",
                     title=post.title, status=h.status, acting=h.acting, **as_of, **_bound("start", h.start),
                     **_bound("end", h.end), **_evidence(doc, h.evidence))
        if h.status == "appointed":
            _post_event(batch, doc, "appointment", post.id, h.start.evidence if h.start and h.start.evidence
                        else h.evidence, x, [h.person_id])
        for mention_id in h.mentions:
            if mention_id.endswith(":TITLE"):
                batch.relate("REFERS_TO", "Mention", mention_id, "Post", post.id, key=f"{mention_id}:post", doc=doc)


def _bound(name: str, bound) -> dict:
    """A tenure bound as flat relationship properties (`start_date`, `start_precision`, `start_reason`...)."""
    if bound is None:
        return {}
    props = {f"{name}_date": bound.date, f"{name}_precision": bound.precision, f"{name}_relation": bound.relation,
             f"{name}_reason": bound.reason, f"{name}_inferred": bound.inferred}
    if bound.evidence is not None:
        props.update({f"{name}_raw_start": bound.evidence.raw_start, f"{name}_raw_end": bound.evidence.raw_end,
                      f"{name}_sentence": bound.evidence.sentence})
    return {k: v for k, v in props.items() if v is not None}


def _successions(batch: GraphBatch, doc: str, x: Extraction) -> None:
    for s in x.successions:
        batch.relate("SUCCEEDED", "Person", s.successor_id, "Person", s.predecessor_id,
                     key=f"{doc}:{s.successor_id}->{s.predecessor_id}:{s.post_id}", post=s.post_id,
                     **({"date": x.doc_date.jalali, "date_precision": x.doc_date.precision} if x.doc_date.jalali else {}),
                     **_evidence(doc, s.evidence))
        _post_event(batch, doc, "farewell", s.post_id, s.evidence, x, [s.successor_id, s.predecessor_id])


def _post_event(batch: GraphBatch, doc: str, kind: str, post_id: str, evidence: Evidence, x: Extraction,
                people: list[str]) -> None:
    """An appointment or a farewell-and-introduction, as an event about the post."""
    event_id = post_event_id(doc, kind, post_id)
    row = {"id": event_id, "type": kind, "date": x.doc_date.jalali, "date_precision": x.doc_date.precision,
           "gregorian": x.doc_date.gregorian, **_evidence(doc, evidence)}
    batch.node("Event", {k: v for k, v in row.items() if v is not None})
    batch.relate("IN_DOCUMENT", "Event", event_id, "Document", doc, key=f"{event_id}:doc", doc=doc)
    batch.relate("CONCERNS", "Event", event_id, "Post", post_id, key=f"{event_id}:post", **_evidence(doc, evidence))
    for pid in people:
        batch.relate("PARTICIPATED_IN", "Person", pid, "Event", event_id, key=f"{event_id}:{pid}",
                     **_evidence(doc, evidence))


def _figures(batch: GraphBatch, doc: str, x: Extraction) -> None:
    for f in x.figures:
        row = {"id": f.id, "value": f.value, "unit": f.unit, "kind": f.kind, "measure": f.measure, "raw": f.text,
               "period": f.period, "period_start": f.period_start, "period_end": f.period_end,
               "value_rial": f.value_rial, "value_exact": f.value_exact, "value_rial_exact": f.value_rial_exact,
               "out_of_range": f.out_of_range or None, "unattached": f.unattached, "qualifier": f.qualifier,
               **_evidence(doc, f.evidence),
               "also_stated_at": [pos for e in f.also for pos in (e.raw_start, e.raw_end)] or None}
        batch.node("Figure", {k: v for k, v in row.items() if v is not None})
        batch.relate("IN_DOCUMENT", "Figure", f.id, "Document", doc, key=f"{f.id}:doc", doc=doc)
        if f.subject_id:
            batch.relate("ABOUT", "Figure", f.id, f.subject_label, f.subject_id, key=f"{f.id}:about",
                         **_evidence(doc, f.evidence))
        if f.stated_by_id:
            batch.relate("STATED", "Person", f.stated_by_id, "Figure", f.id, key=f"{f.id}:stated",
                         **_evidence(doc, f.evidence))


def _locations(batch: GraphBatch, doc: str, x: Extraction) -> None:
    for loc in x.locations:
        batch.node(loc.place_label, {"id": loc.place_id, "name": loc.place_name, "search": search_text(loc.place_name)})
        batch.relate("IN", loc.entity_label, loc.entity_id, loc.place_label, loc.place_id,
                     key=f"{doc}:{loc.entity_id}->{loc.place_id}", **_evidence(doc, loc.evidence))


def _events(batch: GraphBatch, doc: str, x: Extraction) -> None:
    for e in x.events:
        row = {"id": e.id, "type": e.type, "what": e.what.name if e.what else None, "date": e.date,
               "date_precision": e.date_precision, "gregorian": e.gregorian, **_evidence(doc, e.evidence)}
        batch.node("Event", {k: v for k, v in row.items() if v is not None})
        batch.relate("IN_DOCUMENT", "Event", e.id, "Document", doc, key=f"{e.id}:doc", doc=doc)
        for pid, _ in e.who:
            batch.relate("PARTICIPATED_IN", "Person", pid, "Event", e.id, key=f"{e.id}:{pid}", **_evidence(doc, e.evidence))
        if e.what and e.what.label in ("Facility", "Program", "Organization"):
            batch.relate("CONCERNS", "Event", e.id, e.what.label, e.what.id, key=f"{e.id}:what", **_evidence(doc, e.evidence))
        if e.where:
            batch.relate("TOOK_PLACE_IN", "Event", e.id, e.where.label, e.where.id, key=f"{e.id}:where",
                         **_evidence(doc, e.evidence))
