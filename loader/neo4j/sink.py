"""The only code that writes to Neo4j: one transaction per document, batched with UNWIND.

A document's facts are replaced as a whole: inside one transaction we delete what the document
contributed before (its mentions, the relationships it is the evidence for, and nodes left with no
evidence at all), then MERGE the new batch. Either the document is all in or all out. Labels and
relationship types come from the graph model, never from input text; every value is a parameter.
"""
from __future__ import annotations

import functools
from dataclasses import dataclass

from neo4j import Driver, ManagedTransaction

from loader.graph.batch import GraphBatch
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


def document_states(driver: Driver, database: str) -> dict[str, tuple[str, str]]:
    """Every loaded document's (sha256, extractor version), by id."""
    records, _, _ = driver.execute_query(
        "MATCH (d:Document) RETURN d.id AS id, d.sha256 AS sha256, d.extractor AS extractor", database_=database)
    return {r["id"]: (r["sha256"], r["extractor"]) for r in records}


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


@functools.lru_cache(maxsize=1)
def _write_statement() -> tuple[str, tuple[str, ...], tuple[tuple[str, str, str], ...]]:
    """One statement that writes a whole document: a sub-query per label and per relationship
    type and label pair of the model, always the same text so Neo4j plans it once. A document
    is one round trip, whatever it contains."""
    labels = tuple(label for label in MODEL.nodes if label != "Document")
    rels = tuple((rel_type, start, end) for rel_type, pairs in MODEL.relationships.items() for start, end in pairs)
    parts = ["MERGE (d:Document {id: $document.id}) SET d += $document WITH d"]
    for i, label in enumerate(labels):
        key = MODEL.node_key(label)
        parts.append(f"CALL () {{ UNWIND $nodes_{i} AS row MERGE (n:{label} {{{key}: row.{key}}}) SET n += row }}")
    for j, (rel_type, start, end) in enumerate(rels):
        start_key, end_key = MODEL.node_key(start), MODEL.node_key(end)
        parts.append(
            f"CALL () {{ UNWIND $rels_{j} AS row MATCH (a:{start} {{{start_key}: row.start}}) "
            f"MATCH (b:{end} {{{end_key}: row.end}}) MERGE (a)-[r:{rel_type} {{key: row.key}}]->(b) SET r += row.props }}")
    return "\n".join(parts), labels, rels


def _write_batch(tx: ManagedTransaction, batch: GraphBatch, summary: WriteSummary) -> None:
    statement, labels, rels = _write_statement()
    for label in batch.nodes:
        MODEL.node_key(label)
    for rel_type, start, end in batch.relationships:
        MODEL.check_relationship(rel_type, start, end)
    params = {"document": batch.document}
    params.update({f"nodes_{i}": batch.nodes.get(label, []) for i, label in enumerate(labels)})
    params.update({f"rels_{j}": batch.relationships.get(key, []) for j, key in enumerate(rels)})
    summary.add(tx.run(statement, params).consume().counters, batch.row_count())


def replace_document(driver: Driver, database: str, batch: GraphBatch, replace: bool = True) -> WriteSummary:
    """Write one document atomically; the driver retries transient failures."""
    def work(tx: ManagedTransaction) -> WriteSummary:
        summary = WriteSummary()
        if replace:
            _delete_document_facts(tx, batch.document["id"], summary)
        _write_batch(tx, batch, summary)
        return summary

    with driver.session(database=database) as session:
        return session.execute_write(work)


def graph_counts(driver: Driver, database: str) -> tuple[int, int]:
    records, _, _ = driver.execute_query(
        "CALL () { MATCH (n) RETURN count(n) AS nodes } CALL () { MATCH ()-[r]->() RETURN count(r) AS rels } "
        "RETURN nodes, rels", database_=database)
    return records[0]["nodes"], records[0]["rels"]
