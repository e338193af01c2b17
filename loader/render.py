"""Printing query results as a terminal table, JSON or CSV.

Terminals lay text out left to right; most do not apply the Unicode bidi algorithm, so a Persian
cell printed as stored reads backwards. For a terminal we reorder each cell into visual order
(python-bidi) and right-align Persian columns; JSON and CSV keep logical order, which is what
programs want. ZWNJ and combining marks take no columns when widths are computed.

Nodes, relationships and paths from ad-hoc Cypher print as a reader would write them,
``(:Person {name: سید مجتبی موسوی, id: person:…})`` and ``(A)-[:HOLDS {title: مدیرکل}]->(B)``,
and as plain JSON objects (``id``, ``labels``/``type``, ``properties``) for programs.
"""
from __future__ import annotations

import csv
import io
import unicodedata

from bidi import get_display
from neo4j.graph import Node, Path, Relationship

from loader import json_text

ZERO_WIDTH = {"\u200c", "\u200d", "\u200e", "\u200f"}
# The property that names a node of each label (the same captions as Browser's style and the exports).
CAPTION_KEYS = {"Post": "label", "Figure": "raw", "Mention": "text", "Document": "title", "Event": "what"}
NODE_KEYS = ("name", "label", "title", "raw", "text", "what", "measure", "type")
RELATIONSHIP_KEYS = ("title", "status")


def _scalar_text(value) -> str:
    return value if isinstance(value, str) else cell_text(value)


def node_caption(node: Node) -> str:
    props = dict(node.items())
    for key in [CAPTION_KEYS.get(label) for label in node.labels] + list(NODE_KEYS):
        if key and props.get(key) not in (None, "", []):
            return _scalar_text(props[key])
    return str(props.get("id", node.element_id))


def node_text(node: Node) -> str:
    props = dict(node.items())
    caption_key = next((k for k in [CAPTION_KEYS.get(l) for l in node.labels] + list(NODE_KEYS)
                        if k and props.get(k) not in (None, "", [])), None)
    shown = [(caption_key, props[caption_key])] if caption_key else []
    if "id" in props:
        shown.append(("id", props["id"]))
    labels = "".join(f":{label}" for label in sorted(node.labels))
    inner = ", ".join(f"{k}: {_scalar_text(v)}" for k, v in shown)
    return f"({labels} {{{inner}}})" if inner else f"({labels})"


def _rel_part(rel: Relationship, forward: bool = True) -> str:
    props = dict(rel.items())
    shown = ", ".join(f"{k}: {_scalar_text(props[k])}" for k in RELATIONSHIP_KEYS if props.get(k) not in (None, ""))
    body = f"[:{rel.type}{' {' + shown + '}' if shown else ''}]"
    return f"-{body}->" if forward else f"<-{body}-"


def _end(node: Node | None) -> str:
    return f"({node_caption(node)})" if node is not None and len(node) else "()"


def relationship_text(rel: Relationship) -> str:
    return f"{_end(rel.start_node)}{_rel_part(rel)}{_end(rel.end_node)}"


def path_text(path: Path) -> str:
    parts = [_end(path.start_node)]
    current = path.start_node
    for rel, node in zip(path.relationships, path.nodes[1:]):
        parts += [_rel_part(rel, forward=rel.start_node is not None and rel.start_node.element_id == current.element_id),
                  _end(node)]
        current = node
    return "".join(parts)


def plain(value):
    """Driver values as plain JSON data: graph elements become objects, temporal values ISO text."""
    if isinstance(value, Node):
        return {"id": value.element_id, "labels": sorted(value.labels), "properties": plain(dict(value.items()))}
    if isinstance(value, Relationship):
        return {"id": value.element_id, "type": value.type,
                "start": value.start_node.element_id if value.start_node is not None else None,
                "end": value.end_node.element_id if value.end_node is not None else None,
                "properties": plain(dict(value.items()))}
    if isinstance(value, Path):
        return {"nodes": [plain(n) for n in value.nodes], "relationships": [plain(r) for r in value.relationships]}
    if isinstance(value, dict):
        return {k: plain(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [plain(v) for v in value]
    if hasattr(value, "iso_format"):
        return value.iso_format()
    if value is None or isinstance(value, (str, int, float, bool)):
        return value
    return str(value)


def cell_text(value) -> str:
    if value is None:
        return ""
    if isinstance(value, Node):
        return node_text(value)
    if isinstance(value, Relationship):
        return relationship_text(value)
    if isinstance(value, Path):
        return path_text(value)
    if isinstance(value, (list, tuple)):
        return "، ".join(cell_text(v) for v in value)
    if isinstance(value, float) and value.is_integer():
        return f"{int(value):,}"
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return f"{value:,}"
    if isinstance(value, dict):
        return json_text.dumps(plain(value), ensure_ascii=False)
    return str(value)


def display_width(text: str) -> int:
    return sum(0 if ch in ZERO_WIDTH or unicodedata.combining(ch) else
               2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def is_rtl(text: str) -> bool:
    return any(unicodedata.bidirectional(ch) in ("R", "AL") for ch in text)


def to_json(rows: list[dict]) -> str:
    return json_text.dumps(plain(rows), ensure_ascii=False, indent=2, default=str)


def to_csv(rows: list[dict], columns: list[str]) -> str:
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=columns, lineterminator="\n")
    writer.writeheader()
    for row in rows:
        writer.writerow({k: cell_text(row.get(k)) for k in columns})
    return out.getvalue()


GRAPH_TYPES = (Node, Relationship, Path)


def to_table(rows: list[dict], columns: list[str], visual: bool = True, max_width: int = 60) -> str:
    """Cells longer than ``max_width`` are cut with `…`, except nodes, relationships and paths,
    whose point is the whole chain."""
    def prepare(value) -> str:
        text = " ".join(cell_text(value).split())
        if not isinstance(value, GRAPH_TYPES) and display_width(text) > max_width:
            text = text[: max_width - 1] + "…"
        return get_display(text) if visual and is_rtl(text) else text

    cells = [[prepare(row.get(c)) for c in columns] for row in rows]
    widths = [max([display_width(c)] + [display_width(r[i]) for r in cells]) for i, c in enumerate(columns)]
    rtl = [any(is_rtl(cell_text(row.get(c))) for row in rows) for c in columns]

    def line(values: list[str], header: bool = False) -> str:
        parts = []
        for i, value in enumerate(values):
            pad = " " * (widths[i] - display_width(value))
            parts.append(pad + value if rtl[i] and not header else value + pad)
        return " │ ".join(parts).rstrip()

    separator = "─┼─".join("─" * w for w in widths)
    body = [line(r) for r in cells]
    count = f"({len(rows)} row{'' if len(rows) == 1 else 's'})"
    return "\n".join([line(columns, header=True), separator, *body, count])
