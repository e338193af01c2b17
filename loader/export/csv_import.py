"""CSV files in the ``neo4j-admin database import`` format, plus a README with the command.

``nodes_<Label>.csv``: ``id:ID(<Label>)`` (each label is its own id space, and the column is also
stored as the ``id`` property), ``:LABEL``, then typed property columns (``value:double``,
``raw_start:long``, ``aliases:string[]`` with ``;`` between items, ``loaded_at:datetime``).
``relationships_<TYPE>.csv``: ``:START_ID(<Label>)``, ``:END_ID(<Label>)``, ``:TYPE`` and typed
properties; a type that joins several label pairs gets one file per pair,
``relationships_<TYPE>_<Start>_<End>.csv``. Fields containing newlines need
``--multiline-fields=true``. Nodes without an ``id`` property use their element id as ``id``.
"""
from __future__ import annotations

import csv
import re
from pathlib import Path

from loader import json_text
from loader.graph.model import MODEL
from loader.export.base import Exporter, merge_kinds, primary_label, temporal_iso, value_kind

ARRAY_DELIMITER = ";"
SAFE = re.compile(r"[^A-Za-z0-9_]+")


def cell(value, kind: str) -> str:
    if value is None:
        return ""
    if kind.endswith("[]"):
        items = value if isinstance(value, list) else [value]
        return ARRAY_DELIMITER.join(cell(v, kind[:-2]) for v in items)
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float):
        return repr(value)
    iso = temporal_iso(value)
    if iso is not None:
        return iso
    if isinstance(value, list):
        return json_text.dumps(value, ensure_ascii=False)
    return str(value)


def column_kinds(rows: list[dict]) -> dict[str, str]:
    kinds: dict[str, set] = {}
    for props in rows:
        for key, value in props.items():
            kinds.setdefault(key, set()).add(value_kind(value))
    return {key: merge_kinds(k) for key, k in sorted(kinds.items())}


def _file_name(prefix: str, *parts: str) -> str:
    return prefix + "_" + "_".join(SAFE.sub("-", p) for p in parts) + ".csv"


def _write_csv(path: Path, header: list[str], rows: list[list[str]]) -> None:
    with path.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh, quoting=csv.QUOTE_MINIMAL, lineterminator="\n")
        writer.writerow(header)
        writer.writerows(rows)


class CsvImportExporter(Exporter):
    name = "csv"
    extension = ""
    description = "CSV directory for neo4j-admin database import (nodes_<Label>.csv, relationships_<TYPE>.csv)"

    def write(self, graph, path: Path) -> list[Path]:
        out = Path(path)
        out.mkdir(parents=True, exist_ok=True)
        written: list[Path] = []
        ids: dict[str, tuple[str, str]] = {}
        by_label: dict[str, list[dict]] = {}
        for node in graph.nodes:
            label = primary_label(node["labels"])
            key = node["properties"].get("id")
            ids[node["id"]] = (label, str(key) if key is not None else node["id"])
            by_label.setdefault(label, []).append(node)
        node_files = []
        for label, nodes in sorted(by_label.items()):
            kinds = column_kinds([{k: v for k, v in n["properties"].items() if k != "id"} for n in nodes])
            header = [f"id:ID({label})", ":LABEL"] + [f"{k}:{kind}" for k, kind in kinds.items()]
            rows = [[ids[n["id"]][1], ARRAY_DELIMITER.join(n["labels"])] +
                    [cell(n["properties"].get(k), kind) for k, kind in kinds.items()] for n in nodes]
            target = out / _file_name("nodes", label)
            _write_csv(target, header, rows)
            written.append(target)
            node_files.append(target.name)
        groups: dict[tuple[str, str, str], list[dict]] = {}
        for link in graph.links:
            if link["source"] in ids and link["target"] in ids:
                groups.setdefault((link["type"], ids[link["source"]][0], ids[link["target"]][0]), []).append(link)
        pairs_per_type: dict[str, int] = {}
        for rel_type, _, _ in groups:
            pairs_per_type[rel_type] = pairs_per_type.get(rel_type, 0) + 1
        rel_files = []
        for (rel_type, start, end), links in sorted(groups.items()):
            kinds = column_kinds([l["properties"] for l in links])
            header = [f":START_ID({start})", f":END_ID({end})", ":TYPE"] + [f"{k}:{kind}" for k, kind in kinds.items()]
            rows = [[ids[l["source"]][1], ids[l["target"]][1], rel_type] +
                    [cell(l["properties"].get(k), kind) for k, kind in kinds.items()] for l in links]
            name = _file_name("relationships", rel_type) if pairs_per_type[rel_type] == 1 else \
                _file_name("relationships", rel_type, start, end)
            target = out / name
            _write_csv(target, header, rows)
            written.append(target)
            rel_files.append(target.name)
        readme = out / "README.md"
        readme.write_text(self.readme(node_files, rel_files, len(graph.nodes), len(graph.links)), encoding="utf-8")
        written.append(readme)
        return written

    @staticmethod
    def import_command(node_files: list[str], rel_files: list[str], database: str = "neo4j") -> str:
        args = [f"--nodes=import/{f}" for f in node_files] + [f"--relationships=import/{f}" for f in rel_files]
        return ("bin/neo4j-admin database import full --overwrite-destination --array-delimiter=';' "
                "--multiline-fields=true --id-type=string " + " ".join(args) + f" {database}")

    def readme(self, node_files: list[str], rel_files: list[str], nodes: int, links: int) -> str:
        return "\n".join([
            "# kg-taamin graph export for neo4j-admin",
            "",
            f"{nodes} nodes in {len(node_files)} files, {links} relationships in {len(rel_files)} files; "
            f"UTF-8, comma-separated, `;` between array items, one id space per label.",
            "",
            "Stop the server, copy these files into its `import/` directory, then from the Neo4j home run:",
            "",
            "```",
            self.import_command(node_files, rel_files),
            "```",
            "",
            "and start the server again. The import replaces the `neo4j` database and creates no"
            " constraints or indexes; create them afterwards (these are the loader's own):",
            "",
            "```cypher",
            *[s + ";" for s in MODEL.schema_statements()],
            "```",
            "",
        ])
