"""`kg query` (canned questions) and `kg cypher` (ad-hoc read-only Cypher)."""
from __future__ import annotations

import sys

import click

from loader.commands.util import one_line_errors
from loader.config import resolve_settings
from loader.errors import KgError
from loader.neo4j.connection import open_driver
from loader.neo4j.read_only import run_read_only
from loader.queries import canned_queries, run_canned, unknown_query
from loader.render import to_csv, to_json, to_table

format_option = click.option("--format", "fmt", type=click.Choice(["table", "json", "csv"]), default="table",
                             show_default=True)
bidi_option = click.option("--bidi/--no-bidi", default=None,
                           help="Reorder Persian into visual order for terminals without bidi support "
                                "(default: when writing to a terminal).")


def emit(columns: list[str], rows: list[dict], fmt: str, bidi: bool | None) -> None:
    if fmt == "json":
        click.echo(to_json([{c: row.get(c) for c in columns} for row in rows]))
    elif fmt == "csv":
        click.echo(to_csv(rows, columns), nl=False)
    else:
        click.echo(to_table(rows, columns, visual=sys.stdout.isatty() if bidi is None else bidi))


@click.command("query")
@click.argument("name", required=False)
@click.option("--param", "-p", "params", multiple=True, metavar="KEY=VALUE", help="Query parameter (repeatable).")
@click.option("--list", "list_only", is_flag=True, help="List the canned queries.")
@format_option
@bidi_option
@one_line_errors
def query(name: str | None, params: tuple[str, ...], list_only: bool, fmt: str, bidi: bool | None) -> None:
    """Run a canned query from cypher/ by name.

    A missing required parameter, or a name the graph does not hold, is an error (exit code 1)
    that names it and suggests the closest names in the graph.

    \b
    Example:
      kg query --list
      kg query who-ran-province --param province=قم --format json
    """
    queries = canned_queries()
    if list_only or not name:
        for q in queries.values():
            params_doc = ", ".join(q.params) or "-"
            click.echo(f"{q.name:20} {q.description}  [params: {params_doc}]")
        return
    if name not in queries:
        raise unknown_query(name, queries)
    canned = queries[name]
    settings = resolve_settings()
    with open_driver(settings) as driver:
        columns, rows, note = run_canned(driver, settings.database, canned, params)
    emit(canned.columns or columns, rows, fmt, bidi)
    if note:
        click.echo(note, err=True)


@click.command("cypher")
@click.argument("statement")
@click.option("--param", "-p", "params", multiple=True, metavar="KEY=VALUE", help="Query parameter (repeatable).")
@format_option
@bidi_option
@one_line_errors
def cypher(statement: str, params: tuple[str, ...], fmt: str, bidi: bool | None) -> None:
    """Run read-only Cypher; a statement that writes is refused.

    Nodes print with their labels and name, relationships and paths as (a)-[:TYPE]->(b);
    `--format json` gives them as plain objects (id, labels or type, properties).

    \b
    Example:
      kg cypher "MATCH (p:Person) RETURN p.name AS name LIMIT 5" --format json
      kg cypher "MATCH path = (:Person)-[:HOLDS]->(:Post) RETURN path LIMIT 3"
    """
    values = {}
    for pair in params:
        key, sep, value = pair.partition("=")
        if not sep:
            raise KgError(f"--param {pair!r}: expected key=value")
        values[key] = value
    settings = resolve_settings()
    with open_driver(settings) as driver:
        columns, rows = run_read_only(driver, settings.database, statement, values)
    emit(columns, rows, fmt, bidi)


COMMANDS = [query, cypher]
