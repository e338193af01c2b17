"""The database's own write rate on the loader's rows, for `kg bench`: the loader's `UNWIND`
statements without the loader around them (the ceiling), and one transaction per row (naive)."""
from __future__ import annotations

import time
from typing import Iterable

from neo4j import Driver

from loader.graph.batch import GraphBatch, pooled_rows
from loader.graph.model import MODEL
from loader.neo4j.sink import node_statement, relationship_statement


class CeilingWriter:
    """The database's own rate on the loader's rows: the loader's own ``UNWIND`` statements, one
    per transaction, ``batch_rows`` rows each, rows pooled across documents. Batches are held for
    a window of about ``window_rows`` rows at a time (nodes are written before the relationships
    that match them), so memory does not grow with the corpus."""

    def __init__(self, session, batch_rows: int, window_rows: int = 100_000):
        self.session, self.batch_rows, self.window_rows = session, batch_rows, window_rows
        self.batches: list[GraphBatch] = []
        self.held = self.count = 0
        self.seconds = 0.0

    def add(self, batch: GraphBatch) -> None:
        self.batches.append(batch)
        self.held += batch.row_count()
        if self.held >= self.window_rows:
            self.flush()

    def flush(self) -> None:
        nodes, relationships = pooled_rows(self.batches)
        for label, rows in nodes.items():
            self._write(node_statement(label), rows)
        for key, rows in relationships.items():
            self._write(relationship_statement(*key), rows)
        self.batches, self.held = [], 0

    def _write(self, statement: str, rows: list[dict]) -> None:
        for i in range(0, len(rows), self.batch_rows):
            chunk = rows[i:i + self.batch_rows]
            began = time.perf_counter()
            self.session.execute_write(lambda tx: tx.run(statement, rows=chunk).consume())
            self.seconds += time.perf_counter() - began
            self.count += len(chunk)


def ceiling(driver: Driver, database: str, batches: Iterable[GraphBatch], batch_rows: int) -> tuple[int, float]:
    """Rows written and seconds spent inside their transactions."""
    with driver.session(database=database) as session:
        writer = CeilingWriter(session, batch_rows)
        for batch in batches:
            writer.add(batch)
        writer.flush()
    return writer.count, writer.seconds


def naive(driver: Driver, database: str, rows: list[tuple[str, dict]]) -> tuple[int, float]:
    """One transaction per row: the rate a loop of single MERGEs gets."""
    began = time.perf_counter()
    with driver.session(database=database) as session:
        for label, row in rows:
            key = MODEL.node_key(label)
            statement = f"MERGE (n:{label} {{{key}: $row.{key}}}) SET n += $row"
            session.execute_write(lambda tx: tx.run(statement, row=row).consume())
    return len(rows), time.perf_counter() - began
