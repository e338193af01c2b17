"""`kg load`: extract articles and write them to Neo4j, whole documents per transaction."""
from __future__ import annotations

import logging
import os
import signal
import sys
from contextlib import contextmanager
from pathlib import Path

import click

from loader.commands.progress import counted
from loader.commands.util import manifest_or_none, one_line_errors
from loader.config import resolve_settings
from loader.errors import one_line
from loader.load import DEFAULT_BATCH_ROWS, load_paths
from loader.neo4j.connection import open_driver
from loader.neo4j.read_graph import label_counts

# What each label is called in a summary a reader takes in at a glance (evidence nodes last).
WORDS = [("Document", "document", "documents"), ("Person", "person", "people"), ("Post", "post", "posts"),
         ("Organization", "organisation", "organisations"), ("Province", "province", "provinces"),
         ("City", "city", "cities"), ("Program", "program", "programs"), ("Law", "law", "laws"),
         ("Facility", "facility", "facilities"), ("Figure", "figure", "figures"), ("Event", "event", "events"),
         ("Mention", "mention", "mentions")]


def in_words(counts: dict[str, int]) -> str:
    """``3 documents, 25 people, 24 posts, …``: every label, in the model's order."""
    parts = [f"{counts.get(label, 0):,} {one if counts.get(label, 0) == 1 else many}" for label, one, many in WORDS]
    return ", ".join(parts[:-1]) + " and " + parts[-1]


def change_in_words(before: dict[str, int], after: dict[str, int]) -> str:
    if not any(before.values()):
        return "the graph was empty"
    changed = []
    for label, one, many in WORDS:
        delta = after.get(label, 0) - before.get(label, 0)
        if delta:
            changed.append(f"{delta:+,} {one if abs(delta) == 1 else many}")
    return ", ".join(changed) if changed else "no change"
from loader.prepare import time_limit


@click.command("load")
@click.argument("paths", nargs=-1, required=True)
@click.option("--dry-run", is_flag=True, help="Extract and compare with the graph, but write nothing.")
@click.option("--quiet", is_flag=True, help="No progress (a bar on a terminal, a line every tenth otherwise, on stderr).")
@click.option("--verbose", "-v", is_flag=True, help="Also list the paths skipped in directories (FIFOs, unreadable folders, link loops).")
@click.option("--jobs", "-j", type=click.IntRange(1), default=os.cpu_count() or 1, show_default="the number of cores",
              help="Extract in this many worker processes while the main process writes; 1 extracts in-process.")
@click.option("--batch-rows", type=click.IntRange(1), default=DEFAULT_BATCH_ROWS, show_default=True,
              help="Commit whole documents together until a transaction holds about this many rows.")
@click.option("--doc-timeout", type=click.FloatRange(0), default=None, show_default="KG_DOC_TIMEOUT or 300",
              help="Seconds one document's extraction may take before it is reported and skipped (0: no limit).")
@click.option("--meta", "meta_path", type=click.Path(dir_okay=False), default=None,
              help="A manifest (CSV or JSON lines: document, date, calendar, source, url) giving documents "
                   "their date, source and URL; see docs/manifest.md.")
@click.option("--decisions", "decisions", type=click.Path(dir_okay=False, path_type=Path), default=None,
              show_default="KG_DECISIONS or ~/.cache/kg-taamin/decisions.jsonl",
              help="The identity decisions file (kg decide writes it; see docs/identity.md).")
@one_line_errors
def load(paths: tuple[str, ...], dry_run: bool, quiet: bool, verbose: bool, jobs: int, batch_rows: int,
         doc_timeout: float | None, meta_path: str | None, decisions: Path | None) -> None:
    """Load articles (files or directories of .txt) into Neo4j.

    Unchanged documents are skipped by sha256; a changed one replaces its own facts.
    A document's id is its path relative to the directory given, without .txt.
    Exit code 1 when any file failed; the others still load. Ctrl-C stops within
    about a second: what was committed is complete, run the same command again.

    \b
    Example:
      kg load corpus/
      kg load --dry-run corpus/001_c635d5fb73222770.txt
      kg load --jobs 2 --doc-timeout 60 ~/magazine/
      kg load --meta dates.csv ~/news/
    """
    settings = resolve_settings()
    seconds = time_limit() if doc_timeout is None else doc_timeout
    errors: list[str] = []
    warnings: list[str] = []
    manifest, manifest_failed = manifest_or_none(meta_path, "loading")
    with interruptible() as interrupted:
        try:
            with open_driver(settings) as driver:
                before = label_counts(driver, settings.database)
                with counted("would load" if dry_run else "loading", "documents", quiet=quiet) as counter:
                    report = load_paths(driver, settings.database, paths, jobs=jobs, dry_run=dry_run,
                                        batch_rows=batch_rows, on_error=errors.append, on_warning=warnings.append,
                                        seconds=seconds, on_total=counter.set_total, manifest=manifest,
                                        progress=lambda doc_id: counter.advance(), decisions=decisions)
                after = label_counts(driver, settings.database)
        except (KeyboardInterrupt, Interrupted):
            for message in errors:
                click.echo(f"Error: {one_line(message)}", err=True)
            click.echo(f"Interrupted by {interrupted.get('signal', 'Ctrl-C')}: the documents committed so far are "
                       f"complete, nothing else was written; run the same kg load again to go on", err=True)
            # The workers are gone and the database session closed; tearing down the interpreter's
            # extraction resources (spaCy, gazetteers) would take another second or more.
            sys.stdout.flush()
            sys.stderr.flush()
            logging.shutdown()
            os._exit(130)
    for message in warnings:
        if verbose or message not in report.skipped:
            click.echo(f"Warning: {one_line(message)}", err=True)
    for message in errors:
        click.echo(f"Error: {one_line(message)}", err=True)
    for doc_id, rows in report.planned:
        click.echo(f"would write {one_line(doc_id)}: {rows} rows ({'replacing its facts' if doc_id in report.replaced else 'new'})")
    verb = "would load" if dry_run else "loaded"
    w = report.writes
    skipped = (f", {len(report.skipped)} skipped" + ("" if verbose else " (--verbose lists them)")) if report.skipped else ""
    click.echo(
        f"{report.documents} documents: {len(report.loaded)} {verb} new, {len(report.replaced)} "
        f"{'would be replaced' if dry_run else 'replaced'}, {len(report.unchanged)} unchanged, "
        f"{len(report.failed)} failed{skipped}, in {report.seconds:.1f} s")
    if report.rewritten:
        click.echo(f"Identity: {len(report.rewritten)} documents written again so their people merge or part "
                   f"(docs/identity.md).")
    if not dry_run:
        click.echo(f"The graph now holds {in_words(after)} ({change_in_words(before, after)}).")
    if report.transactions:
        click.echo(f"Written: {w.nodes_created:,} nodes and {w.relationships_created:,} relationships added, "
                   f"{w.nodes_deleted:,} and {w.relationships_deleted:,} removed, in {report.transactions} "
                   f"transaction{'' if report.transactions == 1 else 's'}.")
    if report.failed or manifest_failed:
        raise SystemExit(1)


class Interrupted(Exception):
    """SIGTERM or SIGHUP, turned into an exception so the load stops the way Ctrl-C stops it."""


@contextmanager
def interruptible():
    """While loading, SIGTERM and SIGHUP raise ``Interrupted`` in the main thread (which stops the
    workers and closes the transaction like Ctrl-C) instead of killing the loader outright and
    leaving its workers to the kernel. Yields a dict that names the signal received."""
    received: dict[str, str] = {}

    def stop(signum, frame):
        received["signal"] = signal.Signals(signum).name
        raise Interrupted()

    previous = {sig: signal.signal(sig, stop) for sig in (signal.SIGTERM, signal.SIGHUP)}
    try:
        yield received
    finally:
        for sig, handler in previous.items():
            signal.signal(sig, handler)


COMMANDS = [load]
