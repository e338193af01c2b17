"""Loading with extraction in worker processes overlapping the writes in the main thread.

``load_parallel`` is ``load_paths`` with the CPU-bound part (reading, hashing, extracting,
building the ``GraphBatch``) moved to a process pool, while the main thread writes the finished
batches to Neo4j as they arrive, one transaction per document, in path order. Work is handed out in
small chunks with a bounded number in flight, so memory stays flat however large the corpus and
however slow the database.

Unchanged documents are recognised without any extraction: the states of all documents already in
the graph are read in one query up front (instead of one query per document), and a worker that
finds the same sha256 and extractor version returns at once.
"""
from __future__ import annotations

import multiprocessing
import os
import time
from collections import deque
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Iterable

from neo4j import Driver

from loader.corpus import document_id, expand_paths, read_document
from loader.errors import KgError
from loader.load import LoadReport
from loader.neo4j import sink
from loader.neo4j.sink import ensure_schema


@dataclass
class ParallelLoadReport(LoadReport):
    jobs: int = 1
    extract_seconds: float = 0.0   # summed over workers
    write_seconds: float = 0.0     # main thread, inside replace_document
    wait_seconds: float = 0.0      # main thread, waiting for workers

    @property
    def write_rows_per_second(self) -> float:
        return self.writes.rows / self.write_seconds if self.write_seconds else 0.0


def prepare(path: str, known: tuple[str | None, str | None] | None):
    """Worker side: ``(status, id_or_error, batch, seconds)`` for one file."""
    from loader.graph.build import EXTRACTOR_VERSION, document_batch
    began = time.perf_counter()
    try:
        raw = read_document(Path(path))
        if known is not None and known == (raw.sha256, EXTRACTOR_VERSION):
            return "unchanged", raw.id, None, time.perf_counter() - began
        batch = document_batch(raw)
        return ("replaced" if known is not None else "loaded"), raw.id, batch, time.perf_counter() - began
    except KgError as err:
        return "failed", str(err), None, time.perf_counter() - began
    except Exception as err:  # an extractor bug in one document must not stop a 100,000-document load
        return "failed", f"{path}: extraction failed: {type(err).__name__}: {err}", None, time.perf_counter() - began


def _prepare_chunk(items: list[tuple[str, tuple | None]]) -> list:
    return [prepare(path, known) for path, known in items]


def pool_context():
    """``fork`` where available: workers inherit the already loaded extractor resources."""
    methods = multiprocessing.get_all_start_methods()
    return multiprocessing.get_context("fork" if "fork" in methods else None)


def chunk_size(count: int, jobs: int) -> int:
    """Small enough that the writer starts early and workers stay balanced, large enough to
    amortise inter-process overhead (a document takes milliseconds to extract)."""
    return max(1, min(16, count // (jobs * 32) or 1))


def load_parallel(driver: Driver, database: str, paths: Iterable[str | Path], jobs: int | None = None,
                  dry_run: bool = False, on_error: Callable[[str], None] = print,
                  progress: Callable[[str], None] = lambda doc_id: None) -> ParallelLoadReport:
    """Extract in ``jobs`` processes, write in this thread; one transaction per document."""
    jobs = max(1, jobs or os.cpu_count() or 1)
    report = ParallelLoadReport(jobs=jobs)
    began = time.perf_counter()
    if not dry_run:
        ensure_schema(driver, database)
    known = sink.document_states(driver, database)
    items: list[tuple[str, tuple | None]] = []
    for item in expand_paths(paths):
        if isinstance(item, KgError):
            report.failed.append(str(item))
            on_error(str(item))
            continue
        items.append((str(item), known.get(document_id(item))))
    written: set[str] = set()

    def consume(result) -> None:
        status, ident, batch, seconds = result
        report.extract_seconds += seconds
        if status == "failed":
            report.failed.append(ident)
            on_error(ident)
        elif status == "unchanged":
            report.unchanged.append(ident)
        else:
            existed = status == "replaced" or ident in written
            if dry_run:
                report.planned.append((ident, batch.row_count()))
            else:
                t = time.perf_counter()
                try:
                    summary = sink.replace_document(session, batch, existed)
                except KgError as err:
                    report.failed.append(str(err))
                    on_error(str(err))
                    return
                finally:
                    report.write_seconds += time.perf_counter() - t
                for name in vars(report.writes):
                    setattr(report.writes, name, getattr(report.writes, name) + getattr(summary, name))
            written.add(ident)
            (report.replaced if existed else report.loaded).append(ident)
        progress(ident)

    session = driver.session(database=database)
    try:
        _run(items, jobs, consume, report)
    finally:
        session.close()
    report.seconds = time.perf_counter() - began
    return report


def _run(items: list, jobs: int, consume: Callable, report: ParallelLoadReport) -> None:
    if jobs == 1 or len(items) < 2:
        for path, state in items:
            t = time.perf_counter()
            result = prepare(path, state)
            report.wait_seconds += time.perf_counter() - t
            consume(result)
    else:
        size = chunk_size(len(items), jobs)
        chunks = [items[i:i + size] for i in range(0, len(items), size)]
        window = jobs * 3
        with pool_context().Pool(jobs) as pool:
            pending: deque = deque()
            next_chunk = 0
            while next_chunk < len(chunks) or pending:
                while next_chunk < len(chunks) and len(pending) < window:
                    pending.append(pool.apply_async(_prepare_chunk, (chunks[next_chunk],)))
                    next_chunk += 1
                t = time.perf_counter()
                results = pending.popleft().get()
                report.wait_seconds += time.perf_counter() - t
                for result in results:
                    consume(result)
