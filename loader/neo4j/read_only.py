"""Read-only Cypher for `kg cypher` and `kg query`: EXPLAIN first, then refuse anything that writes,
terminates other work, fetches URLs or calls a procedure not on the allow-list."""
from __future__ import annotations

import re

from neo4j import Driver, READ_ACCESS

from loader.errors import KgError


def run_read_only(driver: Driver, database: str, cypher: str, params: dict | None = None) -> tuple[list[str], list[dict]]:
    """Refuse anything but a read query: EXPLAIN tells its type before it runs."""
    params = params or {}
    with driver.session(database=database, default_access_mode=READ_ACCESS) as session:
        try:
            summary = session.run("EXPLAIN " + cypher, params).consume()
        except Exception as err:  # syntax and semantic errors arrive as several driver types
            message = getattr(err, "message", None) or str(err)
            raise KgError(f"Cypher error: {message.splitlines()[0]}") from None
        if summary.query_type != "r":
            raise KgError(f"refused: kg runs read-only Cypher, and this query writes (query type '{summary.query_type}')")
        # EXPLAIN calls these reads, but one kills other sessions' work and the other makes the
        # server fetch URLs.
        refused = _operators(summary.plan) & UNSAFE_OPERATORS
        if refused:
            raise KgError(f"refused: kg runs read-only Cypher, and this query uses {', '.join(sorted(refused))}")
        for name in sorted(_called(summary.plan, cypher)):
            if not allowed_call(name):
                raise KgError(f"refused: kg runs read-only Cypher with graph reads, full-text queries and schema "
                              f"procedures only, and this query calls {name}")
        try:
            result = session.run(cypher, params)
            columns = list(result.keys())
            rows = [dict(record) for record in result]
        except Exception as err:  # runtime errors (`1/0`) arrive as several driver types
            message = getattr(err, "message", None) or str(err)
            raise KgError(f"Cypher error: {message.splitlines()[0]}") from None
    return columns, rows


UNSAFE_OPERATORS = {"TerminateTransactions", "LoadCSV"}
# What `kg cypher` may call. Query type 'r' is not enough: APOC's load procedures fetch any URL
# the server can reach (`apoc.load.json`, `jsonParams`, `xml`...), `apoc.util.sleep` holds the
# server, and `db.*` holds maintenance procedures. Reads of the graph, full-text queries and the
# schema are allowed; everything else, named or not yet written, is refused.
ALLOWED_PROCEDURES = frozenset({
    "db.labels", "db.relationshipTypes", "db.propertyKeys",
    "db.schema.visualization", "db.schema.nodeTypeProperties", "db.schema.relTypeProperties",
    "db.index.fulltext.queryNodes", "db.index.fulltext.queryRelationships",
    "apoc.meta.stats", "apoc.meta.schema", "apoc.meta.data",
    "apoc.path.expand", "apoc.path.expandConfig", "apoc.path.subgraphNodes", "apoc.path.subgraphAll",
    "apoc.path.spanningTree",
})
# Namespaced functions: Cypher's own (temporal, spatial, vector) and APOC's pure ones (text,
# collections, maps, conversion, dates, numbers, node and relationship helpers, hashes).
ALLOWED_FUNCTION_PREFIXES = (
    "date.", "datetime.", "localdatetime.", "localtime.", "time.", "duration.", "point.", "vector.",
    "db.nameFromElementId",
    "apoc.text.", "apoc.coll.", "apoc.map.", "apoc.convert.", "apoc.date.", "apoc.temporal.", "apoc.number.",
    "apoc.math.", "apoc.agg.", "apoc.label.", "apoc.any.", "apoc.node.", "apoc.rel.", "apoc.nodes.",
    "apoc.meta.cypher.", "apoc.version", "apoc.util.md5", "apoc.util.sha1", "apoc.util.sha256",
    "apoc.util.sha384", "apoc.util.sha512",
)
_DOTTED_CALL = re.compile(r"([A-Za-z_][A-Za-z0-9_]*(?:\s*\.\s*[A-Za-z_][A-Za-z0-9_]*)+)\s*\(")
_STRINGS_AND_COMMENTS = re.compile(r"'(?:[^'\\]|\\.)*'|\"(?:[^\"\\]|\\.)*\"|//[^\n]*|/\*.*?\*/", re.S)


def allowed_call(name: str) -> bool:
    return name in ALLOWED_PROCEDURES or name.startswith(ALLOWED_FUNCTION_PREFIXES)


def _called(plan, cypher: str) -> set[str]:
    """Every namespaced procedure and function the query calls: from the plan the server made
    (procedure calls by their resolved name, functions in operator details) and, in case a
    detail is abbreviated, from the query text without its strings and comments."""
    names: set[str] = set()
    stack = [plan] if plan else []
    while stack:
        node = stack.pop()
        details = (node.get("args") or {}).get("Details") or ""
        if node.get("operatorType", "").split("@")[0] == "ProcedureCall":
            names.add(details.split("(", 1)[0].strip())
        names.update(_normal(m) for m in _DOTTED_CALL.findall(_STRINGS_AND_COMMENTS.sub(" ", details)))
        stack.extend(node.get("children", []))
    text = _STRINGS_AND_COMMENTS.sub(" ", cypher).replace("`", "")
    names.update(_normal(m) for m in _DOTTED_CALL.findall(text))
    return {n for n in names if n}


def _normal(name: str) -> str:
    return re.sub(r"\s+", "", name)


def _operators(plan) -> set[str]:
    if not plan:
        return set()
    name = plan.get("operatorType", "").split("@")[0]
    found = {name}
    for child in plan.get("children", []):
        found |= _operators(child)
    return found
