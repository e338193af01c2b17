"""Turning files into ``GraphBatch``es, in this process or in a pool of worker processes.

Extraction is CPU-bound Python; writing is the database's work. With ``jobs > 1`` the workers
extract while the caller writes what they already finished, so the two overlap. Results come back
in path order, and work is handed out in small chunks with a bounded number in flight, so memory
stays flat however large the corpus and however slow the database.
"""
from __future__ import annotations

import multiprocessing
from collections import deque
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator

from loader.corpus import read_document
from loader.errors import KgError
from loader.graph.batch import GraphBatch
from loader.graph.build import EXTRACTOR_VERSION, document_batch

State = tuple[str | None, str | None] | None  # (sha256, extractor version) already in the graph


@dataclass
class Prepared:
    status: str                 # "loaded" (new), "replaced", "unchanged" or "failed"
    ident: str                  # the document id, or the one-line error when failed
    batch: GraphBatch | None


def prepare(path: str, known: State) -> Prepared:
    """One file: skipped by fingerprint when unchanged, else extracted into its batch."""
    try:
        raw = read_document(Path(path))
        if known is not None and known == (raw.sha256, EXTRACTOR_VERSION):
            return Prepared("unchanged", raw.id, None)
        return Prepared("replaced" if known is not None else "loaded", raw.id, document_batch(raw))
    except KgError as err:
        return Prepared("failed", str(err), None)
    except Exception as err:  # an extractor bug in one document must not stop a 100,000-document load
        return Prepared("failed", internal_error(path, err), None)


def internal_error(path: str, err: Exception) -> str:
    """The one line for an extractor bug in one document (`kg load` and the Spark job)."""
    first = (str(err).splitlines() or [""])[0]
    return f"{path}: internal error while extracting: {type(err).__name__}: {first}"


def _prepare_chunk(items: list[tuple[str, State]]) -> list[Prepared]:
    return [prepare(path, known) for path, known in items]


def pool_context():
    """``fork`` where available: workers inherit the extractor resources the parent loaded."""
    methods = multiprocessing.get_all_start_methods()
    return multiprocessing.get_context("fork" if "fork" in methods else None)


def chunk_size(count: int, jobs: int) -> int:
    """Small enough that the writer starts early and workers stay balanced, large enough to
    amortise inter-process overhead (a document takes milliseconds to extract)."""
    return max(1, min(16, count // (jobs * 32) or 1))


def warm_up() -> None:
    """Load the gazetteers and the spaCy pipeline once, before forking, instead of once per worker."""
    from loader.pipeline import extract_text
    extract_text("warm-up", "سید علی موسوی، مدیرکل تأمین‌اجتماعی استان قم گفت.")


def prepared(items: list[tuple[str, State]], jobs: int) -> Iterator[Prepared]:
    """Every item prepared, in order; in ``jobs`` worker processes when there is more than one."""
    if jobs == 1 or len(items) < 2:
        for path, state in items:
            yield prepare(path, state)
        return
    warm_up()
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
            yield from pending.popleft().get()
