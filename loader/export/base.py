"""The exporter interface and the value conversions every format shares.

Like followthemoney's exporters: one small class per format behind one interface. An exporter
takes a ``loader.neo4j.read_graph.Graph`` (plain Python data, no driver) and writes it to a path;
multi-file formats (CSV) write a directory. ``write`` returns the files it wrote.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import json
import re
from abc import ABC, abstractmethod
from pathlib import Path

from loader import json_text
from loader.graph.model import MODEL

# Captions: which property names a node in Browser, in the HTML view and in Gephi.
CAPTIONS = {"Post": "label", "Figure": "raw", "Mention": "text", "Document": "title", "Event": "what"}
CAPTION_FALLBACK = ("name", "label", "title", "text", "raw", "measure", "what", "type", "id")

# One colour per label; cypher/style.grass uses the same ones.
COLORS = {
    "Person": "#4C8EDA", "Post": "#F79767", "Organization": "#DA7194", "Province": "#57C7E3",
    "City": "#8DCC93", "Country": "#4DB6AC", "Program": "#C990C0", "Law": "#A5ABB6", "Facility": "#ECB5C9",
    "Figure": "#FFC454", "Event": "#D9C8AE", "Mention": "#B6B6B6", "Document": "#6DCE9E",
}
SIZES = {"Person": 10, "Post": 7, "Organization": 12, "Province": 12, "City": 9, "Country": 12, "Program": 9, "Law": 8,
         "Facility": 8, "Figure": 6, "Event": 7, "Mention": 4, "Document": 11}
DEFAULT_COLOR = "#A5ABB6"
LABEL_ORDER = list(MODEL.nodes)

# Characters XML 1.0 cannot carry at all (damaged PDF text has some); replaced by U+FFFD.
XML_INVALID = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")


def primary_label(labels: list[str]) -> str:
    for label in LABEL_ORDER:
        if label in labels:
            return label
    return labels[0] if labels else "Node"


def caption(node: dict) -> str:
    props = node["properties"]
    label = primary_label(node["labels"])
    for key in ([CAPTIONS[label]] if label in CAPTIONS else []) + list(CAPTION_FALLBACK):
        value = props.get(key)
        if value not in (None, "", []):
            return str(value)
    return node["id"]


def temporal_iso(value) -> str | None:
    if isinstance(value, (dt.datetime, dt.date, dt.time)):
        return value.isoformat()
    return None


def jsonable(value):
    """Temporal → ISO text; everything else is already JSON."""
    if isinstance(value, list):
        return [jsonable(v) for v in value]
    if isinstance(value, dict):
        return {k: jsonable(v) for k, v in value.items()}
    iso = temporal_iso(value)
    return iso if iso is not None else value


def _typed(value):
    """Like ``jsonable`` but keeping the type of temporal values and of numbers, for hashing."""
    if isinstance(value, list):
        return [_typed(v) for v in value]
    if isinstance(value, dict):
        return {k: _typed(v) for k, v in value.items()}
    if temporal_iso(value) is not None or isinstance(value, float):
        return [value_kind(value), temporal_iso(value) or repr(value)]
    return value


def flat_value(value):
    """A property as a scalar attribute (GraphML/GEXF): lists → JSON text, temporal → ISO text."""
    if isinstance(value, list):
        return json_text.dumps(jsonable(value), ensure_ascii=False)
    iso = temporal_iso(value)
    return iso if iso is not None else value


def value_kind(value) -> str:
    """bool, long, double, string, or <scalar>[] for lists; temporal kinds by name."""
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int):
        return "long"
    if isinstance(value, float):
        return "double"
    if isinstance(value, dt.datetime):
        return "datetime" if value.tzinfo else "localdatetime"
    if isinstance(value, dt.date):
        return "date"
    if isinstance(value, dt.time):
        return "time" if value.tzinfo else "localtime"
    if isinstance(value, list):
        kinds = {value_kind(v) for v in value}
        if not kinds:
            return "string[]"
        inner = merge_kinds(kinds)
        return inner + "[]" if not inner.endswith("[]") else "string[]"
    return "string"


def merge_kinds(kinds) -> str:
    kinds = set(kinds)
    if len(kinds) == 1:
        return kinds.pop()
    if kinds <= {"long", "double"}:
        return "double"
    if kinds <= {"long[]", "double[]"}:
        return "double[]"
    if all(k.endswith("[]") for k in kinds):
        return "string[]"
    return "string"


def content_hash(graph) -> str:
    """A hash of what the graph says, independent of element ids and order: node labels and
    properties, and each relationship's type, properties and end nodes (by label and key)."""
    node_keys = {}
    node_rows = []
    for node in graph.nodes:
        props = _typed(node["properties"])
        node_keys[node["id"]] = json.dumps([sorted(node["labels"]), props.get("id")], ensure_ascii=False)
        node_rows.append(json.dumps([sorted(node["labels"]), props], sort_keys=True, ensure_ascii=False))
    link_rows = [json.dumps([l["type"], node_keys.get(l["source"]), node_keys.get(l["target"]),
                             _typed(l["properties"])], sort_keys=True, ensure_ascii=False)
                 for l in graph.links]
    digest = hashlib.sha256()
    for row in sorted(node_rows) + ["--"] + sorted(link_rows):
        digest.update(row.encode("utf-8") + b"\n")
    return digest.hexdigest()


class Exporter(ABC):
    """Write a graph in one format. A format declares itself in its class line,
    ``class X(Exporter, name=..., extension=..., description=...)``; ``extension`` is the default
    file suffix ('' for a directory)."""
    name: str = ""
    extension: str = ""
    description: str = ""

    def __init_subclass__(cls, *, name: str, extension: str, description: str, **kwargs):
        super().__init_subclass__(**kwargs)
        cls.name, cls.extension, cls.description = name, extension, description

    @abstractmethod
    def write(self, graph, path: Path) -> list[Path]:
        """Write ``graph`` to ``path``; return the files written."""
