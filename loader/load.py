"""Loading a corpus: read, extract, and write whole documents to Neo4j, a few per transaction.

Unchanged documents (same sha256 and extractor version) are skipped before any extraction work,
which is what makes re-loading a large corpus cheap. A failing file is reported and skipped; the
rest of the corpus still loads.

Documents are committed in groups of about ``batch_rows`` rows: one round trip per label and
relationship type for the whole group instead of per document, which is most of the distance to
the database's bare ``UNWIND`` rate. A commit holds complete documents only. If a group fails, its
documents are written again one per transaction, so a bad document fails alone and the error
names it.
"""
from __future__ import annotations

import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable

from neo4j import Driver, Session
from neo4j.exceptions import DriverError, Neo4jError

from loader.corpus import document_id, expand_paths
from loader.errors import KgError
from loader.neo4j.connection import server_address
from loader.neo4j.sink import WriteSummary, document_states, ensure_schema, write_documents
from loader.prepare import Prepared, prepared

DEFAULT_BATCH_ROWS = 2000


@dataclass
class LoadReport:
    loaded: list[str] = field(default_factory=list)
    replaced: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    failed: list[str] = field(default_factory=list)
    planned: list[tuple[str, int]] = field(default_factory=list)  # (document, rows) a dry run would write
    writes: WriteSummary = field(default_factory=WriteSummary)
    seconds: float = 0.0
    jobs: int = 1
    transactions: int = 0
    write_seconds: float = 0.0     # inside write transactions

    @property
    def documents(self) -> int:
        return len(self.loaded) + len(self.replaced) + len(self.unchanged)


def load_paths(driver: Driver, database: str, paths: Iterable[str | Path], jobs: int = 1,
               dry_run: bool = False, on_error: Callable[[str], None] = print,
               progress: Callable[[str], None] = lambda doc_id: None,
               batch_rows: int = DEFAULT_BATCH_ROWS,
               on_total: Callable[[int], None] = lambda count: None) -> LoadReport:
    """Load files and directories of ``.txt``; extraction runs in ``jobs`` worker processes while
    this thread writes. ``on_total`` hears how many documents there are before the first one is
    read; ``progress`` hears each one as it is done."""
    report = LoadReport(jobs=jobs)
    began = time.perf_counter()
    if not dry_run:
        ensure_schema(driver, database)
    # One query for every document's fingerprint: re-loading an unchanged corpus costs a file
    # read and a hash per document, not a round trip.
    known = document_states(driver, database)
    items = []
    for item in expand_paths(paths):
        if isinstance(item, KgError):
            report.failed.append(str(item))
            on_error(str(item))
        else:
            items.append((str(item), known.get(document_id(item))))
    on_total(len(items))
    with driver.session(database=database) as session:
        writer = _GroupWriter(session, server_address(driver), report, dry_run, on_error, progress, batch_rows)
        for result in prepared(items, jobs):
            writer.add(result)
        writer.flush()
    report.seconds = time.perf_counter() - began
    return report


class _GroupWriter:
    def __init__(self, session: Session, server: str, report: LoadReport, dry_run: bool,
                 on_error: Callable[[str], None], progress: Callable[[str], None], batch_rows: int):
        self.session, self.server, self.report, self.dry_run = session, server, report, dry_run
        self.on_error, self.progress, self.batch_rows = on_error, progress, batch_rows
        self.group: list[Prepared] = []
        self.rows = 0
        self.written: set[str] = set()

    def add(self, result: Prepared) -> None:
        report = self.report
        if result.status == "failed":
            self._failed(result.ident, result.ident)
        elif result.status == "unchanged":
            report.unchanged.append(result.ident)
            self.progress(result.ident)
        elif self.dry_run:
            report.planned.append((result.ident, result.batch.row_count()))
            (report.replaced if result.status == "replaced" else report.loaded).append(result.ident)
            self.progress(result.ident)
        else:
            if any(queued.ident == result.ident for queued in self.group):
                self.flush()  # the same id twice: the second replaces what the first wrote
            self.group.append(result)
            self.rows += result.batch.row_count()
            if self.rows >= self.batch_rows:
                self.flush()

    def flush(self) -> None:
        group, self.group, self.rows = self.group, [], 0
        if group:
            began = time.perf_counter()
            try:
                self._commit(group)
            finally:
                self.report.write_seconds += time.perf_counter() - began

    def _commit(self, group: list[Prepared]) -> None:
        items = [(r.batch, r.status == "replaced" or r.ident in self.written) for r in group]
        try:
            summary = write_documents(self.session, items)
        except (KgError, ValueError, Neo4jError) as err:
            if len(group) > 1:
                for result in group:
                    self._commit([result])
            elif isinstance(err, Neo4jError):
                raise self._database_failed(group, err) from None
            else:  # this document's rows are refused by the graph model
                path = group[0].batch.document["path"]
                self._failed(group[0].ident, str(err) if isinstance(err, KgError) else f"{path}: {err}")
            return
        except DriverError as err:
            raise self._database_failed(group, err) from None
        self.report.transactions += 1
        self.report.writes += summary
        for result, (_, existed) in zip(group, items):
            self.written.add(result.ident)
            (self.report.replaced if existed else self.report.loaded).append(result.ident)
            self.progress(result.ident)

    def _failed(self, ident: str, message: str) -> None:
        self.report.failed.append(message)
        self.on_error(message)
        self.progress(ident)

    def _database_failed(self, group: list[Prepared], err: Exception) -> KgError:
        """The database itself failed: every later document would too, after the same retries.
        The failed transaction was rolled back; the documents committed before it are complete."""
        first = (str(err).splitlines() or [""])[0]
        which = (group[0].batch.document["path"] if len(group) == 1 else
                 f"{group[0].batch.document['path']} and {len(group) - 1} more documents")
        return KgError(f"{which}: Neo4j at {self.server} failed while writing "
                       f"({type(err).__name__}: {first}); nothing of {'it' if len(group) == 1 else 'them'} "
                       f"was written, earlier documents are complete; run kg load again")
