"""The resolver at load time: person profiles from a group's graph rows, and the rows rewritten.

A document's rows name its people by the ids extraction gave them. Before the rows are written
(``loader.load``), the resolver maps every person id to the node it is one person with; here the
rows are rewritten: a person absorbed into another node writes its name as an alias and its id
into the node's ``absorbed`` list (so old links and exports still resolve), and its document's
``MENTIONS`` relationship keeps the id extraction gave (``as_id``) and why it was merged
(``resolution``), which is what `kg query person` shows and what a later load or decision
re-checks.
"""
from __future__ import annotations

from loader.graph.batch import GraphBatch
from loader.identity.names import name_parts
from loader.identity.resolve import Profile, Resolution

PERSON_PROPS = ("given", "surname", "seyed")


def year_of(date: str | None) -> int | None:
    try:
        return int(str(date)[:4]) if date else None
    except ValueError:
        return None


def batch_profiles(batches: list[GraphBatch]) -> list[Profile]:
    """One profile per person id of the batches (their holdings, organisations and areas)."""
    profiles: dict[str, Profile] = {}
    seats, orgs, areas = {}, {}, {}
    for batch in batches:
        for row in batch.nodes.get("Post", []):
            seats[row["id"]] = row.get("seats")
        for (rel, start, end), rows in batch.relationships.items():
            if rel == "OF_ORGANIZATION":
                orgs.update({r["start"]: r["end"] for r in rows})
            elif rel == "FOR_AREA":
                areas.update({r["start"]: r["end"] for r in rows})
    for batch in batches:
        doc = batch.document["id"]
        for row in batch.nodes.get("Person", []):
            p = profiles.get(row["id"])
            if p is None:
                p = profiles[row["id"]] = Profile(row["id"], row["name"], name_parts(row["name"]))
            p.docs.add(doc)
        for row in batch.relationships.get(("HOLDS", "Person", "Post"), []):
            p, post = profiles.get(row["start"]), row["end"]
            if p is None:
                continue
            p.posts.setdefault(post, set()).add(year_of(row["props"].get("as_of")))
            if seats.get(post) == 1:
                p.one_seat.add(post)
            if post in orgs:
                p.orgs.add(orgs[post])
            if post in areas:
                p.areas.add(areas[post])
    return list(profiles.values())


def rewrite(batch: GraphBatch, resolution: Resolution) -> None:
    """Every person id of the batch through the resolution, in place."""
    canonical = resolution.canonical
    rows = []
    for row in batch.nodes.get("Person", []):
        target = canonical.get(row["id"], row["id"])
        if target == row["id"]:
            rows.append(row)
        else:  # absorbed: the node keeps its own name; this one becomes an alias
            aliases = [row["name"]] + [a for a in row.get("aliases") or [] if a != row["name"]]
            rows.append({"id": target, "aliases": aliases, "absorbed": [row["id"]], "search": row.get("search")})
    if "Person" in batch.nodes:
        batch.nodes["Person"] = rows
    for (rel, start, end), rels in batch.relationships.items():
        for r in rels:
            if start == "Person":
                r["start"] = canonical.get(r["start"], r["start"])
            if end == "Person":
                original = r["end"]
                r["end"] = canonical.get(original, original)
                if rel == "MENTIONS" and r["end"] != original:
                    # only where merged, so an unresolved graph is the one the Spark path imports
                    r["props"]["as_id"] = original
                    r["props"]["resolution"] = resolution.reasons.get(original, "")
