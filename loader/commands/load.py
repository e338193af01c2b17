"""`kg load`: extract articles and write them to Neo4j, whole documents per transaction."""
from __future__ import annotations

import os

import click

from loader.commands.progress import counted
from loader.commands.util import one_line_errors
from loader.config import resolve_settings
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


@click.command("load")
@click.argument("paths", nargs=-1, required=True)
@click.option("--dry-run", is_flag=True, help="Extract and compare with the graph, but write nothing.")
@click.option("--quiet", is_flag=True, help="No progress (a bar on a terminal, a line every tenth otherwise, on stderr).")
@click.option("--jobs", "-j", type=click.IntRange(1), default=os.cpu_count() or 1, show_default="the number of cores",
              help="Extract in this many worker processes while the main process writes; 1 extracts in-process.")
@click.option("--batch-rows", type=click.IntRange(1), default=DEFAULT_BATCH_ROWS, show_default=True,
              help="Commit whole documents together until a transaction holds about this many rows.")
@one_line_errors
def load(paths: tuple[str, ...], dry_run: bool, quiet: bool, jobs: int, batch_rows: int) -> None:
    """Load articles (files or directories of .txt) into Neo4j.

    Unchanged documents are skipped by sha256; a changed one replaces its own facts.
    Exit code 1 when any file failed; the others still load.

    \b
    Example:
      kg load corpus/
      kg load --dry-run corpus/001_c635d5fb73222770.txt
      kg load --jobs 2 ~/magazine/
    """
    settings = resolve_settings()
    errors: list[str] = []
    with open_driver(settings) as driver:
        before = label_counts(driver, settings.database)
        with counted("would load" if dry_run else "loading", "documents", quiet=quiet) as counter:
            report = load_paths(driver, settings.database, paths, jobs=jobs, dry_run=dry_run,
                                batch_rows=batch_rows, on_error=errors.append, on_total=counter.set_total,
                                progress=lambda doc_id: counter.advance())
        after = label_counts(driver, settings.database)
    for message in errors:
        click.echo(f"Error: {message}", err=True)
    for doc_id, rows in report.planned:
        click.echo(f"would write {doc_id}: {rows} rows ({'replacing its facts' if doc_id in report.replaced else 'new'})")
    verb = "would load" if dry_run else "loaded"
    w = report.writes
    click.echo(
        f"{report.documents} documents: {len(report.loaded)} {verb} new, {len(report.replaced)} "
        f"{'would be replaced' if dry_run else 'replaced'}, {len(report.unchanged)} unchanged, "
        f"{len(report.failed)} failed, in {report.seconds:.1f} s")
    if not dry_run:
        click.echo(f"The graph now holds {in_words(after)} ({change_in_words(before, after)}).")
    if report.transactions:
        click.echo(f"Written: {w.nodes_created:,} nodes and {w.relationships_created:,} relationships added, "
                   f"{w.nodes_deleted:,} and {w.relationships_deleted:,} removed, in {report.transactions} "
                   f"transaction{'' if report.transactions == 1 else 's'}.")
    if report.failed:
        raise SystemExit(1)


COMMANDS = [load]
