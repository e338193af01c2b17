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

import os
import time
from contextlib import closing
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable

from neo4j import Driver, Session
from neo4j.exceptions import DriverError, IncompleteCommit, Neo4jError

from loader.corpus import Skipped, expand_paths
from loader.errors import KgError, one_line
from loader.identity.decisions import decisions_path
from loader.identity.loading import LoadResolver
from loader.manifest import DocMeta, Manifest, match, unmatched
from loader.neo4j.connection import server_address
from loader.neo4j.identity import documents_of
from loader.neo4j.sink import WriteSummary, document_states, ensure_schema, migrate_documents, write_documents
from loader.prepare import Prepared, prepared

DEFAULT_BATCH_ROWS = 2000


@dataclass
class LoadReport:
    loaded: list[str] = field(default_factory=list)
    replaced: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    failed: list[str] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)   # paths met in a directory and not read, with why
    warnings: list[str] = field(default_factory=list)
    planned: list[tuple[str, int]] = field(default_factory=list)  # (document, rows) a dry run would write
    writes: WriteSummary = field(default_factory=WriteSummary)
    seconds: float = 0.0
    jobs: int = 1
    transactions: int = 0
    write_seconds: float = 0.0     # inside write transactions
    resolve_seconds: float = 0.0   # identity: reading profiles, resolving, rewriting rows
    rewritten: list[str] = field(default_factory=list)  # written again so people merge or part (loader.identity)

    @property
    def documents(self) -> int:
        return len(self.loaded) + len(self.replaced) + len(self.unchanged)


def _absolute(path: str | Path | None) -> str | None:
    """The path made absolute from the working directory, as text: no file-system calls, so
    comparing a 100,000-document graph's paths costs nothing."""
    return os.path.abspath(path) if path else None


def plan(states: dict[str, tuple[str, str, str, str]], paths: Iterable[str | Path], report: LoadReport,
         on_error: Callable[[str], None], on_warning: Callable[[str], None],
         manifest: Manifest | None = None) -> list[tuple[str, str, object, DocMeta | None, str | None]]:
    """(path, id, state in the graph, manifest line, id it supersedes) for every file to read, in order.

    Two files that would get one id (``kg load a/ b/`` with ``same.txt`` in both) would replace
    each other: the second is refused, naming the first. A file whose document is in the graph
    under another id (the stem, from before ids were paths; or loaded on its own) supersedes it."""
    by_path = {}
    used: set[str] = set()
    for doc_id, (_, _, path, _) in states.items():
        if path:
            by_path.setdefault(_absolute(path), doc_id)
    items, owner = [], {}
    for item in expand_paths(paths):
        if isinstance(item, KgError):
            report.failed.append(str(item))
            on_error(str(item))
        elif isinstance(item, Skipped):
            report.skipped.append(item.message)
            on_warning(item.message)
        elif item.id in owner:
            message = (f"{one_line(item.path)}: its document id '{one_line(item.id)}' is already the id of "
                       f"{one_line(owner[item.id])} in this load (ids are paths relative to the directory given); "
                       f"load their common parent directory instead")
            report.failed.append(message)
            on_error(message)
        else:
            owner[item.id] = item.path
            state = states.get(item.id)
            previous = by_path.get(_absolute(item.path))
            found = match(manifest.lines, item.id, str(item.path)) if manifest else None
            if found:
                used.add(found[0])
            items.append((str(item.path), item.id, (state[0], state[1], state[3]) if state else None,
                          found[1] if found else None, previous if previous not in (None, item.id) else None))
    if manifest:
        for message in manifest.problems + unmatched(manifest.lines, used, manifest.path):
            report.warnings.append(message)
            on_warning(message)
    return items


def load_paths(driver: Driver, database: str, paths: Iterable[str | Path], jobs: int = 1,
               dry_run: bool = False, on_error: Callable[[str], None] = print,
               progress: Callable[[str], None] = lambda doc_id: None,
               batch_rows: int = DEFAULT_BATCH_ROWS, on_warning: Callable[[str], None] = lambda message: None,
               seconds: float | None = None, on_total: Callable[[int], None] = lambda count: None,
               manifest: Manifest | None = None, decisions: Path | None = None) -> LoadReport:
    """Load files and directories of ``.txt``; extraction runs in ``jobs`` worker processes while
    this thread writes. ``seconds`` limits each document's extraction (default ``KG_DOC_TIMEOUT``);
    ``on_total`` hears how many documents there are before the first one is read; ``progress``
    hears each one as it is done. ``manifest`` gives documents their date, source and URL; its
    lines that cannot be used are warnings, and those documents load without them. ``decisions``
    (default ``KG_DECISIONS``, docs/identity.md) is read and checked before anything is written;
    the documents its decisions need written again are, after the others."""
    report = LoadReport(jobs=jobs)
    began = time.perf_counter()
    resolver = None if dry_run else LoadResolver(driver, database, decisions_path(decisions))
    pending = resolver.check() if resolver else {}
    if not dry_run:
        ensure_schema(driver, database)
        migrate_documents(driver, database)
    # One query for every document's fingerprint: re-loading an unchanged corpus costs a file
    # read and a hash per document, not a round trip.
    items = plan(document_states(driver, database), paths, report, on_error, on_warning, manifest)
    on_total(len(items))
    with driver.session(database=database) as session:
        writer = _GroupWriter(driver, database, session, report, dry_run, on_error, on_warning, progress, batch_rows,
                              resolver)
        writer.pending.update(pending)
        with closing(prepared([item[:4] for item in items], jobs, seconds)) as results:
            for (*_, supersedes), result in zip(items, results):
                for warning in result.warnings:
                    report.warnings.append(warning)
                    on_warning(warning)
                if result.batch is not None:
                    result.batch.supersedes = supersedes
                writer.add(result)
        writer.flush()
        _write_again(writer, jobs, seconds)
    if resolver:
        report.resolve_seconds = resolver.seconds
    report.seconds = time.perf_counter() - began
    return report


def _write_again(writer: "_GroupWriter", jobs: int, seconds: float | None) -> None:
    """Documents whose people moved to another node, or that a decision concerns, written again
    (each once per load, so merges that move further wait for the next load)."""
    writer.rewriting = True
    while writer.pending:
        todo = {doc: path for doc, path in writer.pending.items() if doc not in writer.rewritten}
        writer.pending.clear()
        if not todo:
            break
        writer.rewritten.update(todo)
        items = [(path, doc, ("", "", None), None) for doc, path in sorted(todo.items())]
        with closing(prepared(items, jobs, seconds)) as results:
            for result in results:
                writer.add(result)
        writer.flush()


class _GroupWriter:
    def __init__(self, driver: Driver, database: str, session: Session, report: LoadReport, dry_run: bool,
                 on_error: Callable[[str], None], on_warning: Callable[[str], None],
                 progress: Callable[[str], None], batch_rows: int, resolver: LoadResolver | None = None):
        self.driver, self.database, self.session = driver, database, session
        self.server, self.report, self.dry_run = server_address(driver), report, dry_run
        self.on_error, self.on_warning, self.progress, self.batch_rows = on_error, on_warning, progress, batch_rows
        self.group: list[Prepared] = []
        self.rows = 0
        self.written: set[str] = set()
        self.resolver = resolver
        self.pending: dict[str, str] = {}   # documents (id -> path) to write again, for identity
        self.rewritten: set[str] = set()
        self.rewriting = False

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
        if group and self.resolver:
            try:  # the resolver reads the graph: a server gone here is the same one line as at commit
                _, moved = self.resolver.group([r.batch for r in group])
                if moved:
                    docs = {r.ident for r in group}
                    self.pending.update({doc: path for doc, path in documents_of(
                        self.driver, self.database, node_ids=moved).items() if doc not in docs})
            except (DriverError, Neo4jError) as err:
                raise self._database_failed(group, err) from None
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
        except IncompleteCommit as err:
            # The connection dropped after COMMIT was sent: the server may have committed.
            # Ask it, rather than tell the user something that may be false.
            if not self._committed(group, err):
                raise self._database_failed(group, err) from None
            summary = WriteSummary(rows=sum(r.batch.row_count() for r in group))
        except DriverError as err:
            raise self._database_failed(group, err) from None
        self.report.transactions += 1
        self.report.writes += summary
        for result, (_, existed) in zip(group, items):
            self.written.add(result.ident)
            (self.report.rewritten if self.rewriting else self.report.replaced if existed
             else self.report.loaded).append(result.ident)
            self.progress(result.ident)

    def _committed(self, group: list[Prepared], err: Exception) -> bool:
        """Whether a transaction whose outcome the driver lost did commit: every document of the
        group is in the graph with this file's fingerprint. Said in one line either way."""
        expected = {r.batch.document["id"]: (r.batch.document["sha256"], r.batch.document["extractor"]) for r in group}
        which = self._which(group)
        try:
            found = {doc_id: state[:2] for doc_id, state in
                     document_states(self.driver, self.database, list(expected)).items()}
        except (Neo4jError, DriverError, OSError) as check:
            raise KgError(f"{which}: Neo4j at {self.server} lost the connection while committing "
                          f"({type(err).__name__}) and could not be asked whether it committed "
                          f"({type(check).__name__}); run kg load again: documents that were committed "
                          f"are complete and will be skipped, the others are not in the graph at all") from None
        if found != expected:
            return False
        self.on_warning(f"{which}: Neo4j at {self.server} lost the connection after the commit was sent; "
                        f"checked: {'it is' if len(group) == 1 else 'they are'} in the graph, complete")
        return True

    def _which(self, group: list[Prepared]) -> str:
        first = one_line(group[0].batch.document["path"])
        return first if len(group) == 1 else f"{first} and {len(group) - 1} more documents"

    def _failed(self, ident: str, message: str) -> None:
        self.report.failed.append(message)
        self.on_error(message)
        self.progress(ident)

    def _database_failed(self, group: list[Prepared], err: Exception) -> KgError:
        """The database itself failed: every later document would too, after the same retries.
        The failed transaction was rolled back; the documents committed before it are complete."""
        first = (str(err).splitlines() or [""])[0]
        which = self._which(group)
        return KgError(f"{which}: Neo4j at {self.server} failed while writing "
                       f"({type(err).__name__}: {first}); nothing of {'it' if len(group) == 1 else 'them'} "
                       f"was written, earlier documents are complete; run kg load again")
