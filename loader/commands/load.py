"""`kg load`: extract articles and write them to Neo4j, whole documents per transaction."""
from __future__ import annotations

import os

import click

from loader.commands.util import one_line_errors
from loader.config import resolve_settings
from loader.load import DEFAULT_BATCH_ROWS, load_paths
from loader.neo4j.connection import open_driver
from loader.neo4j.sink import graph_counts


@click.command("load")
@click.argument("paths", nargs=-1, required=True)
@click.option("--dry-run", is_flag=True, help="Extract and compare with the graph, but write nothing.")
@click.option("--quiet", is_flag=True, help="No progress bar.")
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
        before = graph_counts(driver, settings.database)
        with click.progressbar(length=0, label="loading", file=None if not quiet else open("/dev/null", "w"),
                               show_pos=True, item_show_func=lambda x: x) as bar:
            report = load_paths(driver, settings.database, paths, jobs=jobs, dry_run=dry_run,
                                batch_rows=batch_rows, on_error=errors.append,
                                progress=lambda item: (setattr(bar, "length", bar.length + 1), bar.update(1, item)))
        after = graph_counts(driver, settings.database)
    for message in errors:
        click.echo(f"Error: {message}", err=True)
    for doc_id, rows in report.planned:
        click.echo(f"would write {doc_id}: {rows} rows ({'replacing its facts' if doc_id in report.replaced else 'new'})")
    verb = "would load" if dry_run else "loaded"
    w = report.writes
    rate = w.relationships_created / report.seconds if report.seconds else 0.0
    click.echo(
        f"{report.documents} documents: {len(report.loaded)} {verb} new, {len(report.replaced)} "
        f"{'would be replaced' if dry_run else 'replaced'}, {len(report.unchanged)} unchanged, "
        f"{len(report.failed)} failed\n"
        f"nodes +{w.nodes_created} -{w.nodes_deleted}, relationships +{w.relationships_created} "
        f"-{w.relationships_deleted}, {w.rows} rows in {report.transactions} "
        f"transaction{'' if report.transactions == 1 else 's'}, "
        f"{report.seconds:.2f}s ({rate:,.0f} relationships/s)\n"
        f"graph: {after[0]} nodes, {after[1]} relationships (was {before[0]}, {before[1]})")
    if report.failed:
        raise SystemExit(1)


COMMANDS = [load]
