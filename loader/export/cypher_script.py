"""A Cypher script that recreates the graph in an empty database.

Constraints and indexes first (``MODEL.schema_statements()``), then nodes with ``MERGE`` on their
label and key ``id``, then relationships (``MERGE`` on the loader's relationship ``key`` when it
has one, ``CREATE`` otherwise), in ``UNWIND`` batches. Every value is a literal written here, so
escaping is ours: strings are single-quoted with ``\\``, ``'``, and every line-breaking or control
character escaped, which keeps each statement on exactly one line ending in ``;`` (run it with
``cypher-shell -f``, paste it into Browser, or split it on lines). Labels, types and keys are
backtick-quoted. Nodes without an ``id`` are created with a temporary ``_kg_export_id`` that the
last statement removes.
"""
from __future__ import annotations

import datetime as dt
import math
import re
from pathlib import Path

from loader.export.base import Exporter, primary_label
from loader.graph.model import MODEL

BATCH = 200
TEMP_KEY = "_kg_export_id"
IDENTIFIER = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")
# Everything str.splitlines() breaks on, plus other C0/C1 controls and bidi-invisible separators.
_ESCAPES = {"\\": "\\\\", "'": "\\'", "\n": "\\n", "\r": "\\r", "\t": "\\t", "\b": "\\b", "\f": "\\f"}
_NEEDS_ESCAPE = re.compile(r"[\\'\x00-\x1f\x7f-\x9f\u2028\u2029]")


def quote_name(name: str) -> str:
    return name if IDENTIFIER.match(name) else "`" + name.replace("`", "``") + "`"


def _escape_char(match: re.Match) -> str:
    ch = match.group(0)
    return _ESCAPES.get(ch) or f"\\u{ord(ch):04x}"


def string_literal(text: str) -> str:
    return "'" + _NEEDS_ESCAPE.sub(_escape_char, text) + "'"


def literal(value) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        if math.isnan(value):
            return "(0.0/0.0)"
        if math.isinf(value):
            return "(1.0/0.0)" if value > 0 else "(-1.0/0.0)"
        return repr(value)
    if isinstance(value, dt.datetime):
        return f"{'datetime' if value.tzinfo else 'localdatetime'}({string_literal(value.isoformat())})"
    if isinstance(value, dt.date):
        return f"date({string_literal(value.isoformat())})"
    if isinstance(value, dt.time):
        return f"{'time' if value.tzinfo else 'localtime'}({string_literal(value.isoformat())})"
    if isinstance(value, (list, tuple)):
        return "[" + ", ".join(literal(v) for v in value) + "]"
    if isinstance(value, dict):
        return "{" + ", ".join(f"{quote_name(str(k))}: {literal(v)}" for k, v in value.items()) + "}"
    return string_literal(str(value))


def _chunks(rows: list, size: int = BATCH):
    for i in range(0, len(rows), size):
        yield rows[i:i + size]


def statements(graph) -> list[str]:
    out = [s + ";" for s in MODEL.schema_statements()]
    by_id = graph.node_index()
    ref: dict[str, tuple[str, str, object]] = {}   # element id → (label, key property, key value)
    groups: dict[tuple[str, tuple, bool], list[dict]] = {}
    for node in graph.nodes:
        label = primary_label(node["labels"])
        extra = tuple(l for l in node["labels"] if l != label)
        keyed = node["properties"].get("id") is not None
        ref[node["id"]] = (label, "id", node["properties"]["id"]) if keyed else (label, TEMP_KEY, node["id"])
        groups.setdefault((label, extra, keyed), []).append(node)
    uses_temp = False
    for (label, extra, keyed), nodes in groups.items():
        labels = ":".join(quote_name(l) for l in (label, *extra))
        for chunk in _chunks(nodes):
            rows = literal([n["properties"] if keyed else {**n["properties"], TEMP_KEY: n["id"]} for n in chunk])
            if keyed:
                out.append(f"UNWIND {rows} AS row MERGE (n:{quote_name(label)} {{id: row.id}}) "
                           f"SET n += row" + (f", n:{labels}" if extra else "") + ";")
            else:
                uses_temp = True
                out.append(f"UNWIND {rows} AS row CREATE (n:{labels}) SET n = row;")
    rel_groups: dict[tuple, list[dict]] = {}
    for link in graph.links:
        if link["source"] not in by_id or link["target"] not in by_id:
            continue
        (sl, sk, _), (tl, tk, _) = ref[link["source"]], ref[link["target"]]
        keyed = link["properties"].get("key") is not None
        rel_groups.setdefault((link["type"], sl, sk, tl, tk, keyed), []).append(link)
    for (rel_type, sl, sk, tl, tk, keyed), links in rel_groups.items():
        verb = f"MERGE (a)-[r:{quote_name(rel_type)} {{key: row.p.key}}]->(b)" if keyed else \
            f"CREATE (a)-[r:{quote_name(rel_type)}]->(b)"
        for chunk in _chunks(links):
            rows = literal([{"s": ref[l["source"]][2], "t": ref[l["target"]][2], "p": l["properties"]} for l in chunk])
            out.append(f"UNWIND {rows} AS row MATCH (a:{quote_name(sl)} {{{quote_name(sk)}: row.s}}) "
                       f"MATCH (b:{quote_name(tl)} {{{quote_name(tk)}: row.t}}) {verb} SET r += row.p;")
    if uses_temp:
        out.append(f"MATCH (n) WHERE n.{TEMP_KEY} IS NOT NULL REMOVE n.{TEMP_KEY};")
    return out


class CypherScriptExporter(Exporter, name="cypher", extension=".cypher",
                           description="Cypher script recreating the graph (constraints, then MERGE); "
                                       "one statement per line"):
    def write(self, graph, path: Path) -> list[Path]:
        path = Path(path)
        path.parent.mkdir(parents=True, exist_ok=True)
        header = [
            "// kg-taamin graph export: run in an empty database, e.g.",
            "//   cypher-shell -u neo4j -p PASSWORD -f graph.cypher",
            f"// {len(graph.nodes)} nodes, {len(graph.links)} relationships; one statement per line.",
        ]
        with path.open("w", encoding="utf-8", newline="\n") as fh:
            fh.write("\n".join(header + statements(graph)) + "\n")
        return [path]
