"""What the identity resolver reads from the graph: person profiles, and where decisions stand.

Profiles are read per surname block (the ``person_surname`` index) and by id (a decision may
join two surnames), with each person's posts, their years, organisations and areas: the
evidence ``loader.identity.resolve`` weighs. Nothing here writes; the sink does.
"""
from __future__ import annotations

from neo4j import Driver

from loader.identity.apply import year_of
from loader.identity.names import name_parts
from loader.identity.resolve import Profile

_PROFILE = """
OPTIONAL MATCH (p)-[h:HOLDS]->(post:Post)
WITH p, post, collect(DISTINCT h.as_of) AS dates
OPTIONAL MATCH (post)-[:OF_ORGANIZATION]->(o)
OPTIONAL MATCH (post)-[:FOR_AREA]->(a)
WITH p, collect([post.id, post.seats, o.id, a.id, dates]) AS holds
RETURN p.id AS id, p.name AS name, p.absorbed AS absorbed, holds
"""


def _profile(record) -> Profile:
    p = Profile(record["id"], record["name"] or "", name_parts(record["name"] or ""), existing=True,
                absorbed=tuple(record["absorbed"] or ()))
    for post, seats, org, area, dates in record["holds"]:
        if post is None:
            continue
        p.posts.setdefault(post, set()).update({year_of(d) for d in dates} or {None})
        if seats == 1:
            p.one_seat.add(post)
        if org:
            p.orgs.add(org)
        if area:
            p.areas.add(area)
    return p


def profiles_by_surname(driver: Driver, database: str, surnames: list[str]) -> list[Profile]:
    records, _, _ = driver.execute_query(
        "UNWIND $surnames AS s MATCH (p:Person {surname: s})" + _PROFILE, surnames=surnames, database_=database)
    return [_profile(r) for r in records]


def profiles_by_id(driver: Driver, database: str, ids: list[str]) -> list[Profile]:
    """The nodes that are these ids: by their own id or one they absorbed."""
    records, _, _ = driver.execute_query(
        "MATCH (p:Person) WHERE p.id IN $ids OR any(x IN coalesce(p.absorbed, []) WHERE x IN $ids) WITH DISTINCT p"
        + _PROFILE, ids=ids, database_=database)
    return [_profile(r) for r in records]


def all_profiles(driver: Driver, database: str) -> list[Profile]:
    """Every person in a surname block of two or more: what `kg review` weighs."""
    records, _, _ = driver.execute_query(
        "MATCH (p:Person) WITH p.surname AS s, collect(p) AS people WHERE size(people) > 1 "
        "UNWIND people AS p" + _PROFILE, database_=database)
    return [_profile(r) for r in records]


def graph_has_documents(driver: Driver, database: str) -> bool:
    records, _, _ = driver.execute_query("MATCH (d:Document) RETURN d.id LIMIT 1", database_=database)
    return bool(records)


def documents_of(driver: Driver, database: str, node_ids: list[str] = (), as_ids: list[str] = ()) -> dict[str, str]:
    """Documents (id -> path) that mention one of the nodes, or that named a person by one of ``as_ids``."""
    records, _, _ = driver.execute_query(
        "MATCH (d:Document)-[m:MENTIONS]->(p:Person) WHERE p.id IN $nodes OR p.id IN $as_ids OR m.as_id IN $as_ids "
        "RETURN DISTINCT d.id AS id, d.path AS path", nodes=list(node_ids), as_ids=list(as_ids), database_=database)
    return {r["id"]: r["path"] for r in records}


def named_ids(driver: Driver, database: str, ids: list[str]) -> set[str]:
    """Those of ``ids`` a document named a person by (the id extraction gave, ``as_id``)."""
    records, _, _ = driver.execute_query(
        # `as_id` is written only where a mention was merged into another node; elsewhere the
        # mentioned node's own id is the one extraction gave.
        "UNWIND $ids AS id CALL (id) { MATCH (:Document)-[m:MENTIONS]->(:Person {id: id}) WHERE m.as_id IS NULL "
        "RETURN 1 AS hit UNION MATCH (:Document)-[:MENTIONS {as_id: id}]->(:Person) RETURN 1 AS hit } "
        "RETURN DISTINCT id",
        ids=ids, database_=database)
    return {r["id"] for r in records}


def evidence(driver: Driver, database: str, ids: list[str], limit: int = 2) -> dict[str, list[str]]:
    """Up to ``limit`` sentences per person: its holdings' evidence, else the text around a mention."""
    records, _, _ = driver.execute_query(
        "UNWIND $ids AS id MATCH (p:Person {id: id}) "
        "OPTIONAL MATCH (p)-[h:HOLDS]->() WITH id, p, collect(DISTINCT h.doc + ': ' + h.sentence)[..$limit] AS held "
        "OPTIONAL MATCH (m:Mention)-[:REFERS_TO]->(p) MATCH (m)-[:IN_DOCUMENT]->(d:Document) "
        "WITH id, held, collect(d.id + ': ' + substring(d.text, CASE WHEN m.raw_start < 80 THEN 0 "
        "ELSE m.raw_start - 80 END, 200))[..$limit] AS around "
        "RETURN id, CASE WHEN size(held) > 0 THEN held ELSE around END AS sentences",
        ids=ids, limit=limit, database_=database)
    return {r["id"]: [" ".join(s.split()) for s in r["sentences"]] for r in records}
