"""GraphML for networkx, Gephi, yEd and Cytoscape.

Nodes carry ``labels`` (``Person`` or ``A:B`` for several), ``caption`` (the display name) and
every property; edges carry ``type`` and every property, evidence included (``doc``, ``raw_start``,
``raw_end``, ``sentence``). Lists are written as JSON text, temporal values as ISO text, and
missing values are simply absent.
"""
from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

from loader.export.base import XML_INVALID, Exporter, caption, flat_value, merge_kinds, value_kind

NS = "http://graphml.graphdrawing.org/xmlns"
GRAPHML_TYPES = {"boolean": "boolean", "long": "long", "double": "double"}


def xml_text(value) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float):
        return repr(value)
    return XML_INVALID.sub("\ufffd", str(value))


def node_attributes(node: dict) -> dict:
    attrs = {"labels": ":".join(node["labels"]), "caption": caption(node)}
    attrs.update({k: flat_value(v) for k, v in node["properties"].items() if v is not None})
    return attrs


def link_attributes(link: dict) -> dict:
    attrs = {"type": link["type"]}
    attrs.update({k: flat_value(v) for k, v in link["properties"].items() if v is not None})
    return attrs


def attribute_types(rows: list[dict]) -> dict[str, str]:
    """One type per attribute name: mixed numbers → double, anything else mixed → string."""
    kinds: dict[str, set] = {}
    for row in rows:
        for key, value in row.items():
            kinds.setdefault(key, set()).add(value_kind(value))
    return {key: GRAPHML_TYPES.get(merge_kinds(k), "string") for key, k in sorted(kinds.items())}


class GraphMLExporter(Exporter, name="graphml", extension=".graphml",
                      description="GraphML (networkx, Gephi, yEd, Cytoscape)"):
    def write(self, graph, path: Path) -> list[Path]:
        path = Path(path)
        nodes = [(n["id"], node_attributes(n)) for n in graph.nodes]
        links = [(l, link_attributes(l)) for l in graph.links]
        node_types = attribute_types([a for _, a in nodes])
        edge_types = attribute_types([a for _, a in links])
        ET.register_namespace("", NS)
        root = ET.Element(f"{{{NS}}}graphml")
        keys = {}
        for domain, types in (("node", node_types), ("edge", edge_types)):
            for i, (name, kind) in enumerate(types.items()):
                key_id = f"{domain[0]}{i}"
                keys[(domain, name)] = (key_id, kind)
                ET.SubElement(root, f"{{{NS}}}key", {"id": key_id, "for": domain, "attr.name": name,
                                                     "attr.type": kind})
        g = ET.SubElement(root, f"{{{NS}}}graph", {"id": "G", "edgedefault": "directed"})

        def add_data(parent, domain, attrs):
            for name, value in attrs.items():
                key_id, _ = keys[(domain, name)]
                ET.SubElement(parent, f"{{{NS}}}data", {"key": key_id}).text = xml_text(value)

        for node_id, attrs in nodes:
            add_data(ET.SubElement(g, f"{{{NS}}}node", {"id": node_id}), "node", attrs)
        for link, attrs in links:
            edge = ET.SubElement(g, f"{{{NS}}}edge", {"id": link["id"], "source": link["source"],
                                                       "target": link["target"]})
            add_data(edge, "edge", attrs)
        ET.indent(root, space=" ")
        path.parent.mkdir(parents=True, exist_ok=True)
        ET.ElementTree(root).write(path, encoding="utf-8", xml_declaration=True)
        return [path]
