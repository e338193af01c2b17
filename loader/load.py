"""Loading a corpus: read, extract, build batches, write one document per transaction.

Unchanged documents (same sha256 and extractor version) are skipped before any extraction work,
which is what makes re-loading a large corpus cheap. A failing file is reported and skipped; the
rest of the corpus still loads.
"""
from __future__ import annotations

import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable

from neo4j import Driver
from neo4j.exceptions import DriverError, Neo4jError

from loader.corpus import expand_paths, read_document
from loader.errors import KgError
from loader.graph.build import EXTRACTOR_VERSION, document_batch
from loader.neo4j.connection import server_address
from loader.neo4j.sink import WriteSummary, document_states, ensure_schema, replace_document


@dataclass
class LoadReport:
    loaded: list[str] = field(default_factory=list)
    replaced: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    failed: list[str] = field(default_factory=list)
    planned: list[tuple[str, int]] = field(default_factory=list)  # (document, rows) a dry run would write
    writes: WriteSummary = field(default_factory=WriteSummary)
    seconds: float = 0.0

    @property
    def documents(self) -> int:
        return len(self.loaded) + len(self.replaced) + len(self.unchanged)


def load_paths(driver: Driver, database: str, paths: Iterable[str | Path], dry_run: bool = False,
               on_error: Callable[[str], None] = print,
               progress: Callable[[str], None] = lambda doc_id: None) -> LoadReport:
    report = LoadReport()
    began = time.perf_counter()
    if not dry_run:
        ensure_schema(driver, database)
    # One query for every document's fingerprint: re-loading an unchanged corpus costs a file
    # read and a hash per document, not a round trip.
    known = document_states(driver, database)
    with driver.session(database=database) as session:
        _load_items(driver, session, expand_paths(paths), known, report, dry_run, on_error, progress)
    report.seconds = time.perf_counter() - began
    return report


def _load_items(driver, session, items, known, report: LoadReport, dry_run, on_error, progress) -> None:
    for item in items:
        if isinstance(item, KgError):
            report.failed.append(str(item))
            on_error(str(item))
            continue
        try:
            raw = read_document(item)
            state = known.get(raw.id)
            if state == (raw.sha256, EXTRACTOR_VERSION):
                report.unchanged.append(raw.id)
            else:
                batch = document_batch(raw)
                if dry_run:
                    report.planned.append((raw.id, batch.row_count()))
                else:
                    report.writes += replace_document(session, batch, replace=state is not None)
                    known[raw.id] = (raw.sha256, EXTRACTOR_VERSION)
                (report.replaced if state is not None else report.loaded).append(raw.id)
        except KgError as err:
            report.failed.append(str(err))
            on_error(str(err))
        except (Neo4jError, DriverError) as err:
            # The database itself failed: every later document would too, after the same retries.
            # This document's transaction was rolled back; the ones before it are complete.
            first = (str(err).splitlines() or [""])[0]
            raise KgError(f"{item}: Neo4j at {server_address(driver)} "
                          f"failed while writing this document ({type(err).__name__}: {first}); "
                          f"nothing of it was written, earlier documents are complete; run kg load again") from None
        except Exception as err:  # an extractor bug must not stop the rest of the corpus
            message = f"{item}: internal error while extracting: {type(err).__name__}: {(str(err).splitlines() or [''])[0]}"
            report.failed.append(message)
            on_error(message)
        progress(str(item))

