"""JSON nodes/links for D3-style tools (and ``networkx.node_link_graph(..., edges="links")``).

``{"directed": true, "multigraph": true, "graph": {...}, "nodes": [{"id", "labels", "caption",
"properties"}], "links": [{"id", "type", "source", "target", "properties"}]}``; ids are Neo4j
element ids, temporal values ISO text.
"""
from __future__ import annotations

from pathlib import Path

from loader import json_text
from loader.export.base import Exporter, caption, jsonable


def node_link_data(graph, drop: tuple[str, ...] = ()) -> dict:
    return {
        "directed": True,
        "multigraph": True,
        "graph": jsonable(graph.meta) if isinstance(graph.meta, dict) else {},
        "nodes": [{"id": n["id"], "labels": n["labels"], "caption": caption(n),
                   "properties": {k: jsonable(v) for k, v in n["properties"].items() if k not in drop}}
                  for n in graph.nodes],
        "links": [{"id": l["id"], "key": l["id"], "type": l["type"], "source": l["source"], "target": l["target"],
                   "properties": {k: jsonable(v) for k, v in l["properties"].items()}}
                  for l in graph.links],
    }


class JsonLinksExporter(Exporter, name="json", extension=".json",
                        description="JSON nodes/links (D3, networkx node_link_graph)"):
    def write(self, graph, path: Path) -> list[Path]:
        path = Path(path)
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(json_text.dumps(node_link_data(graph), ensure_ascii=False, indent=1), encoding="utf-8")
        return [path]
