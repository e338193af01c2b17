"""GEXF 1.2 for Gephi (and networkx ``read_gexf``).

Each node's GEXF ``label`` is its caption (Persian name, post label, figure text), with a
``viz:color`` and ``viz:size`` per Neo4j label matching ``cypher/style.grass``; each edge's
``label`` is its relationship type. Properties and evidence are attributes; lists are JSON text,
temporal values ISO text, missing values absent.
"""
from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

from loader.export.base import COLORS, DEFAULT_COLOR, SIZES, Exporter, caption, flat_value, merge_kinds, \
    primary_label, value_kind
from loader.export.graphml import xml_text

NS = "http://www.gexf.net/1.2draft"
VIZ = "http://www.gexf.net/1.2draft/viz"
GEXF_TYPES = {"boolean": "boolean", "long": "long", "double": "double"}
# Names GEXF, Gephi or networkx reserve for the element itself; properties by these names get a prefix.
RESERVED = {"id", "label", "source", "target", "type", "weight", "key", "networkx_key"}


def attr_name(name: str) -> str:
    return f"prop_{name}" if name in RESERVED else name


def _attributes(rows: list[dict]) -> dict[str, tuple[str, str]]:
    kinds: dict[str, set] = {}
    for row in rows:
        for key, value in row.items():
            kinds.setdefault(key, set()).add(value_kind(value))
    return {key: (str(i), GEXF_TYPES.get(merge_kinds(k), "string")) for i, (key, k) in enumerate(sorted(kinds.items()))}


class GexfExporter(Exporter, name="gexf", extension=".gexf",
                   description="GEXF 1.2 (Gephi), with colours and sizes per label"):
    def write(self, graph, path: Path) -> list[Path]:
        path = Path(path)
        node_rows = []
        for n in graph.nodes:
            attrs = {"labels": ":".join(n["labels"])}
            attrs.update({attr_name(k): flat_value(v) for k, v in n["properties"].items() if v is not None})
            node_rows.append(attrs)
        edge_rows = []
        for l in graph.links:
            attrs = {"rel_type": l["type"]}
            attrs.update({attr_name(k): flat_value(v) for k, v in l["properties"].items() if v is not None})
            edge_rows.append(attrs)
        node_attrs, edge_attrs = _attributes(node_rows), _attributes(edge_rows)

        ET.register_namespace("", NS)
        ET.register_namespace("viz", VIZ)
        root = ET.Element(f"{{{NS}}}gexf", {"version": "1.2"})
        meta = ET.SubElement(root, f"{{{NS}}}meta")
        ET.SubElement(meta, f"{{{NS}}}creator").text = "kg-taamin (kg export)"
        ET.SubElement(meta, f"{{{NS}}}description").text = "Iranian social-security knowledge graph"
        g = ET.SubElement(root, f"{{{NS}}}graph", {"defaultedgetype": "directed", "mode": "static"})
        for cls, attrs in (("node", node_attrs), ("edge", edge_attrs)):
            decl = ET.SubElement(g, f"{{{NS}}}attributes", {"class": cls, "mode": "static"})
            for title, (attr_id, kind) in attrs.items():
                ET.SubElement(decl, f"{{{NS}}}attribute", {"id": attr_id, "title": title, "type": kind})

        def add_values(parent, declared, row):
            values = ET.SubElement(parent, f"{{{NS}}}attvalues")
            for title, value in row.items():
                attr_id, _ = declared[title]
                ET.SubElement(values, f"{{{NS}}}attvalue", {"for": attr_id, "value": xml_text(value)})

        nodes_el = ET.SubElement(g, f"{{{NS}}}nodes")
        for node, row in zip(graph.nodes, node_rows):
            el = ET.SubElement(nodes_el, f"{{{NS}}}node", {"id": node["id"], "label": xml_text(caption(node))})
            add_values(el, node_attrs, row)
            label = primary_label(node["labels"])
            color = COLORS.get(label, DEFAULT_COLOR)
            r, gr, b = (int(color[i:i + 2], 16) for i in (1, 3, 5))
            ET.SubElement(el, f"{{{VIZ}}}color", {"r": str(r), "g": str(gr), "b": str(b)})
            ET.SubElement(el, f"{{{VIZ}}}size", {"value": f"{SIZES.get(label, 6)}.0"})
        edges_el = ET.SubElement(g, f"{{{NS}}}edges")
        for link, row in zip(graph.links, edge_rows):
            el = ET.SubElement(edges_el, f"{{{NS}}}edge", {"id": link["id"], "source": link["source"],
                                                           "target": link["target"], "label": link["type"]})
            add_values(el, edge_attrs, row)
        ET.indent(root, space=" ")
        path.parent.mkdir(parents=True, exist_ok=True)
        ET.ElementTree(root).write(path, encoding="utf-8", xml_declaration=True)
        return [path]
