"""The only code that writes to Neo4j: whole documents per transaction, batched with UNWIND.

A document's facts are replaced as a whole: inside one transaction we delete what the document
contributed before (its mentions, the relationships it is the evidence for, and nodes left with no
evidence at all), then MERGE the new batch. Either the document is all in or all out. Labels and
relationship types come from the graph model, never from input text; every value is a parameter.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Iterable, Sequence

from neo4j import Driver, ManagedTransaction, Session

from loader.graph.batch import GraphBatch, pooled_rows
from loader.graph.merge import RULES, merged_by_key
from loader.graph.model import MODEL


@dataclass
class WriteSummary:
    nodes_created: int = 0
    nodes_deleted: int = 0
    relationships_created: int = 0
    relationships_deleted: int = 0
    properties_set: int = 0
    rows: int = 0

    def __iadd__(self, other: "WriteSummary") -> "WriteSummary":
        for name in vars(self):
            setattr(self, name, getattr(self, name) + getattr(other, name))
        return self

    def add(self, counters, rows: int = 0) -> None:
        self.nodes_created += counters.nodes_created
        self.nodes_deleted += counters.nodes_deleted
        self.relationships_created += counters.relationships_created
        self.relationships_deleted += counters.relationships_deleted
        self.properties_set += counters.properties_set
        self.rows += rows


def ensure_schema(driver: Driver, database: str) -> None:
    with driver.session(database=database) as session:
        for statement in MODEL.schema_statements():
            session.run(statement).consume()


def document_states(driver: Driver, database: str, ids: list[str] | None = None) -> dict[str, tuple[str, str, str, str]]:
    """Every loaded document's (sha256, extractor version, path as given when loaded, manifest
    fingerprint), by id (only those of ``ids`` when given)."""
    records, _, _ = driver.execute_query(
        "MATCH (d:Document) WHERE $ids IS NULL OR d.id IN $ids "
        "RETURN d.id AS id, d.sha256 AS sha256, d.extractor AS extractor, d.path AS path, d.manifest AS manifest",
        ids=ids, database_=database)
    return {r["id"]: (r["sha256"], r["extractor"], r["path"], r["manifest"]) for r in records}


def migrate_documents(driver: Driver, database: str) -> None:
    """Documents loaded when the id was the file's stem get ``stem``, once. Their ids move to the
    path-relative scheme when their file is next loaded (``GraphBatch.supersedes``)."""
    driver.execute_query("MATCH (d:Document) WHERE d.stem IS NULL SET d.stem = last(split(d.id, '/'))",
                         database_=database)


def _delete_document(tx: ManagedTransaction, doc_id: str, summary: WriteSummary) -> None:
    """A document that the same file now writes under another id: its facts and its node."""
    _delete_document_facts(tx, doc_id, summary)
    summary.add(tx.run("MATCH (d:Document {id: $doc}) DETACH DELETE d", doc=doc_id).consume().counters)


def _delete_document_facts(tx: ManagedTransaction, doc_id: str, summary: WriteSummary) -> None:
    # Per relationship type so the relationship-property index on `doc` is used; nodes the
    # deleted evidence touched go too if no other document's evidence still points at them.
    touched: set[str] = set()
    for rel_type in MODEL.relationship_types():
        result = tx.run(
            f"MATCH (a)-[r:{rel_type} {{doc: $doc}}]->(b) "
            "WITH collect(r) AS rels, collect(DISTINCT elementId(a)) + collect(DISTINCT elementId(b)) AS ids "
            "FOREACH (r IN rels | DELETE r) RETURN ids", doc=doc_id)
        record = result.single()
        touched.update(record["ids"] if record else [])
        summary.add(result.consume().counters)
    result = tx.run(
        "UNWIND $ids AS id MATCH (n) WHERE elementId(n) = id AND NOT n:Document "
        "OPTIONAL MATCH (n)-[r]-() WHERE r.doc IS NOT NULL "
        "WITH n, count(r) AS evidence WHERE evidence = 0 DETACH DELETE n", ids=sorted(touched))
    summary.add(result.consume().counters)
    # A person keeps the ids it absorbed (loader/identity) while a document still names it by them.
    result = tx.run(
        "UNWIND $ids AS id MATCH (p:Person) WHERE elementId(p) = id AND p.absorbed IS NOT NULL "
        "WITH p, [x IN p.absorbed WHERE EXISTS { MATCH (:Document)-[m:MENTIONS {as_id: x}]->(p) }] AS kept "
        "SET p.absorbed = CASE WHEN size(kept) = 0 THEN null ELSE kept END", ids=sorted(touched))
    summary.add(result.consume().counters)


# The Cypher of each rule in loader/graph/merge.py, over the node's value before this row
# (`old_<property>`) and the row's; the test in tests/neo4j/test_sink_merge.py holds them equal.
RULE_CYPHER = {
    "union": "CASE WHEN size({merged}) = 0 THEN null ELSE {merged} END",
    "words": ("CASE WHEN row.{prop} IS NULL OR old_{prop} IS NULL THEN coalesce(row.{prop}, old_{prop}) "
              "ELSE reduce(s = old_{prop}, w IN split(row.{prop}, ' ') | "
              "CASE WHEN w IN split(s, ' ') THEN s ELSE s + ' ' + w END) END"),
}


def node_statement(label: str, rule_properties: Iterable[str] = ()) -> str:
    """``UNWIND … MERGE`` of one label. Rows are one per node (``merged_by_key``); properties
    with a merge rule (``rule_properties``, those present in the rows) merge with the node's value
    as ``loader.graph.merge.merge_rows`` does, every other property is replaced by ``SET n += row``."""
    key = MODEL.node_key(label)
    head = f"UNWIND $rows AS row MERGE (n:{label} {{{key}: row.{key}}})"
    props = sorted(rule_properties)
    if not props:
        return head + " SET n += row"
    olds = ", ".join(f"{'coalesce(n.' + p + ', [])' if RULES[p] == 'union' else 'n.' + p} AS old_{p}" for p in props)
    sets = []
    for p in props:
        merged = f"(old_{p} + [x IN coalesce(row.{p}, []) WHERE NOT x IN old_{p}])"
        sets.append(f"n.{p} = " + RULE_CYPHER[RULES[p]].format(prop=p, merged=merged))
    return f"{head} WITH n, row, {olds} SET n += row, {', '.join(sets)}"


def relationship_statement(rel_type: str, start_label: str, end_label: str) -> str:
    MODEL.check_relationship(rel_type, start_label, end_label)
    start_key, end_key = MODEL.node_key(start_label), MODEL.node_key(end_label)
    return (f"UNWIND $rows AS row "
            f"MATCH (a:{start_label} {{{start_key}: row.start}}) "
            f"MATCH (b:{end_label} {{{end_key}: row.end}}) "
            f"MERGE (a)-[r:{rel_type} {{key: row.key}}]->(b) SET r += row.props")


def _write_batches(tx: ManagedTransaction, batches: Sequence[GraphBatch], summary: WriteSummary) -> None:
    """The rows of several documents, one small `UNWIND` per label and per relationship type
    present. Measured against one large statement holding every label: Neo4j re-plans the large
    one as the graph grows (about 190 rows/s on a fresh graph, against 2,300 rows/s for these)."""
    nodes, relationships = pooled_rows(batches)
    for label, rows in nodes.items():
        merged = merged_by_key(rows, MODEL.node_key(label))
        statement = node_statement(label, {k for row in merged for k in row if k in RULES})
        summary.add(tx.run(statement, rows=merged).consume().counters, len(rows))
    for key, rows in relationships.items():
        summary.add(tx.run(relationship_statement(*key), rows=rows).consume().counters, len(rows))


def write_documents(session: Session, items: Sequence[tuple[GraphBatch, bool]]) -> WriteSummary:
    """Write whole documents in one transaction: for each ``(batch, replace)``, its old facts are
    deleted first when ``replace``. A commit holds complete documents only, so every document is
    all in or all out; grouping a few of them per transaction is what brings the loader near the
    database's bare ``UNWIND`` rate (docs/BENCHMARKS.md). The driver retries transient failures.
    The session is the caller's, so a corpus load reuses one connection."""
    ids = [batch.document["id"] for batch, _ in items]
    if len(set(ids)) != len(ids):
        raise ValueError(f"a document appears twice in one transaction: {sorted(ids)}")

    def work(tx: ManagedTransaction) -> WriteSummary:
        summary = WriteSummary()
        for batch, replace in items:
            if replace:
                _delete_document_facts(tx, batch.document["id"], summary)
            if batch.supersedes:
                _delete_document(tx, batch.supersedes, summary)
        _write_batches(tx, [batch for batch, _ in items], summary)
        return summary

    return session.execute_write(work)


def graph_counts(driver: Driver, database: str) -> tuple[int, int]:
    records, _, _ = driver.execute_query(
        "CALL () { MATCH (n) RETURN count(n) AS nodes } CALL () { MATCH ()-[r]->() RETURN count(r) AS rels } "
        "RETURN nodes, rels", database_=database)
    return records[0]["nodes"], records[0]["rels"]
