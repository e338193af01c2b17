"""Reading the graph (or a subgraph of it) out of Neo4j into plain Python data for the exporters.

This is the only export code that talks to Neo4j. The result is a ``Graph`` of plain values:

* ``nodes``: ``[{"id": elementId, "labels": [...], "properties": {...}}]``
* ``links``: ``[{"id": elementId, "type": ..., "source": elementId, "target": elementId, "properties": {...}}]``

Temporal values become ``datetime``/``date``/``time`` objects (exporters decide how to write
them); everything else is already a str, int, float, bool or a list of those.

A subgraph starts from seed nodes (a province and its cities, a person, or what a canned query
returns) and grows ``hops`` steps along relationships in either direction. Documents and Mentions
are taken in when adjacent but never grown from (unless they are seeds): a Document touches
everything in its article and would pull the whole graph in. The subgraph holds every relationship between its nodes.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from neo4j import Driver, READ_ACCESS
from neo4j.graph import Node, Path, Relationship

from loader.errors import KgError
from loader.neo4j import names as graph_names
from loader.queries import CannedQuery, run_canned
from loader.text_keys import fold

# Labels a subgraph reaches but does not grow from.
LEAF_LABELS = ("Document", "Mention")
NAME_FIELDS = ("name", "aliases", "name_key", "search")
BATCH = 2000


@dataclass
class Graph:
    nodes: list[dict] = field(default_factory=list)
    links: list[dict] = field(default_factory=list)
    meta: dict = field(default_factory=dict)

    def node_index(self) -> dict[str, dict]:
        return {n["id"]: n for n in self.nodes}


def plain(value):
    """Neo4j driver values → plain Python (temporal types → native datetime/date/time)."""
    if isinstance(value, list):
        return [plain(v) for v in value]
    to_native = getattr(value, "to_native", None)
    if to_native is not None:
        try:
            return to_native()
        except Exception:  # out-of-range temporal values: keep their ISO text
            return value.iso_format()
    if hasattr(value, "srid"):  # spatial point: no exporter has a type for it
        return str(value)
    return value


def _node(record_id: str, labels, props: dict) -> dict:
    return {"id": record_id, "labels": sorted(labels), "properties": {k: plain(v) for k, v in props.items() if v is not None}}


def _session(driver: Driver, database: str):
    return driver.session(database=database, default_access_mode=READ_ACCESS)


def _ignore(count: int = 1) -> None:
    """Progress nobody follows."""


def _read_nodes(driver: Driver, database: str, ids: list[str] | None, advance=_ignore) -> list[dict]:
    nodes: list[dict] = []
    with _session(driver, database) as session:
        if ids is None:
            result = session.run("MATCH (n) RETURN elementId(n) AS id, labels(n) AS labels, properties(n) AS props "
                                 "ORDER BY id")
            for r in result:
                nodes.append(_node(r["id"], r["labels"], r["props"]))
                advance()
            return nodes
        for start in range(0, len(ids), BATCH):
            result = session.run("UNWIND $ids AS id MATCH (n) WHERE elementId(n) = id "
                                 "RETURN elementId(n) AS id, labels(n) AS labels, properties(n) AS props",
                                 ids=ids[start:start + BATCH])
            for r in result:
                nodes.append(_node(r["id"], r["labels"], r["props"]))
                advance()
    nodes.sort(key=lambda n: n["id"])
    return nodes


def _read_links(driver: Driver, database: str, ids: list[str] | None, advance=_ignore) -> list[dict]:
    links: list[dict] = []
    columns = ("RETURN elementId(r) AS id, type(r) AS type, elementId(a) AS source, elementId(b) AS target, "
               "properties(r) AS props")
    with _session(driver, database) as session:
        if ids is None:
            result = session.run(f"MATCH (a)-[r]->(b) {columns} ORDER BY id")
        else:
            result = session.run("UNWIND $ids AS id MATCH (a) WHERE elementId(a) = id "
                                 "MATCH (a)-[r]->(b) WHERE elementId(b) IN $ids " + columns, ids=ids)
        for r in result:
            links.append({"id": r["id"], "type": r["type"], "source": r["source"], "target": r["target"],
                          "properties": {k: plain(v) for k, v in r["props"].items() if v is not None}})
            advance()
    links.sort(key=lambda l: l["id"])
    return links


def _names(props: dict) -> set[str]:
    keys = set()
    for name in NAME_FIELDS:
        value = props.get(name)
        for v in value if isinstance(value, list) else [value]:
            if isinstance(v, str) and v.strip():
                keys.add(fold(v))
    return keys


def find_named(driver: Driver, database: str, label: str, name: str) -> list[str]:
    """Element ids of ``label`` nodes whose name or an alias equals ``name`` in folded form;
    failing that, whose folded name contains it. Folding is done here, in Python."""
    wanted = fold(name)
    if not wanted:
        raise KgError(f"--{label.lower()}: empty name")
    candidates = []
    with _session(driver, database) as session:
        result = session.run(f"MATCH (n:`{label}`) RETURN elementId(n) AS id, "
                             "n{.name, .aliases, .name_key, .search} AS props")
        candidates = [(r["id"], _names(r["props"])) for r in result]
    exact = [i for i, keys in candidates if wanted in keys]
    if exact:
        return exact
    partial = [i for i, keys in candidates if any(wanted in k for k in keys)]
    if partial:
        return partial
    suggestions = graph_names.closest(driver, database, [graph_names.Target(label)], name)
    raise KgError(f"no {label} named '{name}' in the graph (compared without ZWNJ, spaces and Arabic letter forms)"
                  f"{graph_names.did_you_mean(suggestions)}")


def _expand(driver: Driver, database: str, seeds: set[str], hops: int) -> set[str]:
    found = set(seeds)
    frontier = set(seeds)
    with _session(driver, database) as session:
        for _ in range(hops):
            if not frontier:
                break
            result = session.run(
                "UNWIND $ids AS id MATCH (n) WHERE elementId(n) = id "
                "AND (id IN $seeds OR NONE(l IN labels(n) WHERE l IN $leaves)) "
                "MATCH (n)--(m) RETURN DISTINCT elementId(m) AS id",
                ids=sorted(frontier), seeds=sorted(seeds), leaves=list(LEAF_LABELS))
            reached = {r["id"] for r in result}
            frontier = reached - found
            found |= reached
    return found


def _collect(value, node_ids: set[str], link_ids: set[str], keys: set[str]) -> None:
    if isinstance(value, Node):
        node_ids.add(value.element_id)
    elif isinstance(value, Relationship):
        link_ids.add(value.element_id)
        for end in (value.start_node, value.end_node):
            if end is not None:
                node_ids.add(end.element_id)
    elif isinstance(value, Path):
        for n in value.nodes:
            node_ids.add(n.element_id)
        for r in value.relationships:
            link_ids.add(r.element_id)
    elif isinstance(value, (list, tuple)):
        for v in value:
            _collect(v, node_ids, link_ids, keys)
    elif isinstance(value, dict):
        for v in value.values():
            _collect(v, node_ids, link_ids, keys)
    elif isinstance(value, str):
        keys.add(value)


def query_seeds(driver: Driver, database: str, query: CannedQuery, params: list[str]) -> set[str]:
    """Nodes a canned query returns: node/relationship/path values, or ids in columns named
    ``id``, ``ids``, ``*_id`` or ``*_ids`` (either the model key ``id`` or an elementId). Its
    parameters are checked as `kg query` checks them."""
    columns, rows, _ = run_canned(driver, database, query, params)
    if not rows:
        raise KgError(f"query '{query.name}' returned no rows with these parameters: nothing to export")
    node_ids: set[str] = set()
    link_ids: set[str] = set()
    keys: set[str] = set()
    for row in rows:
        for column, value in row.items():
            id_column = column in ("id", "ids") or column.endswith(("_id", "_ids"))
            if isinstance(value, str) and not id_column:
                continue
            if isinstance(value, list) and not id_column and all(isinstance(v, str) for v in value):
                continue
            _collect(value, node_ids, link_ids, keys)
    if keys:
        with _session(driver, database) as session:
            result = session.run("UNWIND $keys AS k MATCH (n) WHERE n.id = k OR elementId(n) = k "
                                 "RETURN DISTINCT elementId(n) AS id", keys=sorted(keys))
            node_ids |= {r["id"] for r in result}
    if not node_ids:
        raise KgError(f"query '{query.name}' cannot be exported: it returns no nodes, relationships or id columns "
                      f"(columns: {', '.join(columns) or 'none'})")
    return node_ids


def read_graph(driver: Driver, database: str, *, provinces: list[str] = (), persons: list[str] = (),
               query: CannedQuery | None = None, params: list[str] | None = None, hops: int | None = None,
               progress=None) -> Graph:
    """The whole graph, or the subgraph around the named provinces/persons/query results.
    ``progress`` (``set_total(n)``, ``advance()``) hears the count first, then each element read:
    nodes and relationships for the whole graph, nodes for a subgraph."""
    set_total, advance = (progress.set_total, progress.advance) if progress else (_ignore, _ignore)
    seeds: set[str] = set()
    meta: dict = {"database": database}
    subgraph = bool(provinces or persons or query)
    for name in provinces:
        found = set(find_named(driver, database, "Province", name))
        with _session(driver, database) as session:
            result = session.run("UNWIND $ids AS id MATCH (p) WHERE elementId(p) = id "
                                 "MATCH (c:City)-[:IN]->(p) RETURN elementId(c) AS id", ids=sorted(found))
            found |= {r["id"] for r in result}
        seeds |= found
    for name in persons:
        seeds |= set(find_named(driver, database, "Person", name))
    if query is not None:
        seeds |= query_seeds(driver, database, query, params or [])
    if not subgraph:
        with _session(driver, database) as session:
            set_total(session.run("MATCH (n) RETURN count(n) AS c").single()["c"]
                      + session.run("MATCH ()-[r]->() RETURN count(r) AS c").single()["c"])
        return Graph(_read_nodes(driver, database, None, advance), _read_links(driver, database, None, advance), meta)
    if hops is None:
        hops = 0 if (query is not None and not provinces and not persons) else 2
    ids = sorted(_expand(driver, database, seeds, hops))
    meta.update({"subgraph": {"provinces": list(provinces), "persons": list(persons),
                              "query": query.name if query else None, "hops": hops}})
    set_total(len(ids))
    return Graph(_read_nodes(driver, database, ids, advance), _read_links(driver, database, ids), meta)


def label_counts(driver: Driver, database: str) -> dict[str, int]:
    """How many nodes of each label of the model the graph holds (one count store lookup each)."""
    from loader.graph.model import MODEL
    counts = {}
    with _session(driver, database) as session:
        for label in MODEL.nodes:  # labels come from the model, never from input
            counts[label] = session.run(f"MATCH (n:`{label}`) RETURN count(n) AS c").single()["c"]
    return counts
