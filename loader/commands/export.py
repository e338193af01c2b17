"""`kg export`: the graph in Neo4j (or a subgraph of it) as GraphML, GEXF, JSON, Cypher, CSV or HTML."""
from __future__ import annotations

from pathlib import Path

import click

from loader.commands.progress import counted
from loader.commands.util import one_line_errors
from loader.config import resolve_settings
from loader.errors import KgError
from loader.export import EXPORTERS, get_exporter
from loader.neo4j.connection import open_driver
from loader.neo4j.read_graph import read_graph
from loader.queries import canned_queries, unknown_query


@click.command("export")
@click.option("--format", "fmt", type=click.Choice(list(EXPORTERS)), required=True,
              help="graphml/gexf (Gephi, networkx), json (D3 nodes/links), cypher (script recreating the "
                   "graph), csv (a directory for neo4j-admin import), html (one self-contained viewer file).")
@click.option("--output", "-o", "output", type=click.Path(path_type=Path), required=True,
              help="File to write (a directory for --format csv).")
@click.option("--province", "provinces", multiple=True, metavar="NAME",
              help="Only the subgraph around this province and its cities (repeatable).")
@click.option("--person", "persons", multiple=True, metavar="NAME",
              help="Only the subgraph around this person (repeatable).")
@click.option("--query", "query_name", metavar="NAME",
              help="Only the nodes a canned query returns (nodes, relationships, paths or id columns).")
@click.option("--param", "-p", "params", multiple=True, metavar="KEY=VALUE", help="Parameter for --query (repeatable).")
@click.option("--hops", type=click.IntRange(0, 6), default=None,
              help="How far a subgraph grows from its seeds [default: 2 for --province/--person, 0 for --query].")
@one_line_errors
def export(fmt: str, output: Path, provinces: tuple[str, ...], persons: tuple[str, ...], query_name: str | None,
           params: tuple[str, ...], hops: int | None) -> None:
    """Export the graph from Neo4j, whole or a subgraph; names are compared without ZWNJ,
    spacing or Arabic letter forms.

    \b
    Example:
      kg export --format html -o graph.html
      kg export --format graphml -o qom.graphml --province قم
      kg export --format gexf -o mousavi.gexf --person "سید مجتبی موسوی" --hops 1
      kg export --format csv -o graph-csv/
      kg export --format json -o docs.json --query documents
    """
    query, values = None, {}
    if query_name:
        queries = canned_queries()
        if query_name not in queries:
            raise unknown_query(query_name, queries)
        query = queries[query_name]
        values = list(params)
    elif params:
        raise KgError("--param needs --query")
    exporter = get_exporter(fmt)
    settings = resolve_settings()
    subgraph = bool(provinces or persons or query)
    with open_driver(settings) as driver, \
            counted("reading", "nodes" if subgraph else "nodes and relationships") as counter:
        graph = read_graph(driver, settings.database, provinces=list(provinces), persons=list(persons),
                           query=query, params=values, hops=hops, progress=counter)
    try:
        written = exporter.write(graph, output)
    except OSError as err:
        raise KgError(f"cannot write {output}: {err.strerror or err}") from None
    click.echo(f"{len(graph.nodes)} nodes, {len(graph.links)} relationships → {output} "
               f"({fmt}, {len(written)} file{'s' if len(written) != 1 else ''})")


COMMANDS = [export]
