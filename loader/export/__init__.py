"""Exporters: the graph read from Neo4j (``loader.neo4j.read_graph``) written as files.

``EXPORTERS`` maps a format name to its class; every class implements ``Exporter.write(graph, path)``.
"""
from __future__ import annotations

from loader.export.base import Exporter, content_hash
from loader.export.csv_import import CsvImportExporter
from loader.export.cypher_script import CypherScriptExporter
from loader.export.gexf import GexfExporter
from loader.export.graphml import GraphMLExporter
from loader.export.html_view import HtmlExporter
from loader.export.json_links import JsonLinksExporter

EXPORTERS: dict[str, type[Exporter]] = {
    cls.name: cls for cls in (GraphMLExporter, GexfExporter, JsonLinksExporter, CypherScriptExporter,
                              CsvImportExporter, HtmlExporter)
}


def get_exporter(fmt: str) -> Exporter:
    try:
        return EXPORTERS[fmt]()
    except KeyError:
        raise ValueError(f"unknown export format {fmt!r}; one of {', '.join(EXPORTERS)}") from None


__all__ = ["EXPORTERS", "Exporter", "content_hash", "get_exporter"]
