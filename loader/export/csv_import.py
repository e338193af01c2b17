"""CSV files in the ``neo4j-admin database import`` format: one writer for `kg export --format csv`
and for the Spark job (``loader.spark``), plus a README with the command.

``nodes_<Label>.csv``: ``id:ID(<Label>)`` (each label is its own id space, and the column is also
stored as the ``id`` property), ``:LABEL``, then typed property columns (``value:double``,
``raw_start:long``, ``aliases:string[]`` with ``;`` between items, ``loaded_at:datetime``).
``relationships_<TYPE>.csv``: ``:START_ID(<Label>)``, ``:END_ID(<Label>)``, ``:TYPE`` and typed
properties; a type that joins several label pairs gets one file per pair,
``relationships_<TYPE>_<Start>_<End>.csv``. A property whose values have different types in one
file group (an integer here, a decimal there) would be converted by a single typed column, so
such rows go to a file of their own per type, ``nodes_<Label>_<property>-<type>.csv``.

Every value is quoted and a missing one is an empty field, so an empty string stays an empty
string and a missing property stays missing. Fields containing newlines need
``--multiline-fields=true``. Nodes without an ``id`` property use their element id as ``id``.

`kg export` writes each file group as one file, header first. The Spark job writes each as a
directory ``nodes_<Label>/`` holding ``header.csv`` and its part files; `kg neo4j import` and
``neo4j-admin`` read both (a group is the header file followed by its data files).
"""
from __future__ import annotations

import re
from pathlib import Path
from typing import Iterable

from loader import json_text
from loader.graph.model import MODEL
from loader.export.base import Exporter, merge_kinds, primary_label, temporal_iso, value_kind

ARRAY_DELIMITER = ";"
# The options every import of these files needs, beside the file groups and the database name.
IMPORT_OPTIONS = ["--overwrite-destination", f"--array-delimiter={ARRAY_DELIMITER}", "--multiline-fields=true",
                  "--id-type=string"]
HEADER_FILE = "header.csv"
SAFE = re.compile(r"[^A-Za-z0-9_]+")


def cell(value, kind: str) -> str:
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


def field(value, kind: str) -> str:
    """One CSV field: quoted (quotes doubled), or empty for no value; an empty list is no value
    too (a quoted empty array field would read back as one empty string)."""
    if value is None or value == []:
        return ""
    return '"' + cell(value, kind).replace('"', '""') + '"'


def kind_sets(rows: Iterable[dict]) -> dict[str, set[str]]:
    """The value types each property takes over ``rows`` (missing values take none)."""
    kinds: dict[str, set[str]] = {}
    for props in rows:
        for key, value in props.items():
            if value is not None:
                kinds.setdefault(key, set()).add(value_kind(value))
    return kinds


def file_stem(prefix: str, *parts: str) -> str:
    return prefix + "_" + "_".join(SAFE.sub("-", p) for p in parts)


class FileGroup:
    """The rows of one node label, or of one relationship type between two labels, as CSV:
    header and lines. ``kinds`` are the value types of each property over all the group's rows
    (``kind_sets``); a property seen with several types splits the group by the type a row has
    (``signature``), one file each."""

    def __init__(self, stem: str, id_columns: list[str], kinds: dict[str, set[str]]):
        self.stem, self.id_columns, self.kinds = stem, id_columns, kinds
        self.mixed = sorted(key for key, seen in kinds.items() if len(seen) > 1)

    @classmethod
    def nodes(cls, label: str, kinds: dict[str, set[str]]) -> "FileGroup":
        return cls(file_stem("nodes", label), [f"id:ID({label})", ":LABEL"], kinds)

    @classmethod
    def relationships(cls, rel_type: str, start: str, end: str, kinds: dict[str, set[str]],
                      one_pair: bool) -> "FileGroup":
        stem = file_stem("relationships", rel_type) if one_pair else file_stem("relationships", rel_type, start, end)
        return cls(stem, [f":START_ID({start})", f":END_ID({end})", ":TYPE"], kinds)

    def signature(self, props: dict) -> tuple[tuple[str, str], ...]:
        return tuple((key, value_kind(props[key])) for key in self.mixed if props.get(key) is not None)

    def name(self, signature: tuple[tuple[str, str], ...] = ()) -> str:
        return self.stem + "".join("_" + SAFE.sub("-", f"{key}-{kind}") for key, kind in signature)

    def columns(self, signature: tuple[tuple[str, str], ...] = ()) -> list[tuple[str, str]]:
        chosen = dict(signature)
        return [(key, chosen.get(key) or merge_kinds(seen)) for key, seen in sorted(self.kinds.items())]

    def header(self, signature: tuple[tuple[str, str], ...] = ()) -> str:
        return ",".join(self.id_columns + [f"{key}:{kind}" for key, kind in self.columns(signature)])

    def line(self, ids: list[str], props: dict, signature: tuple[tuple[str, str], ...] = ()) -> str:
        return ",".join([field(i, "string") for i in ids] +
                        [field(props.get(key), kind) for key, kind in self.columns(signature)])

    def lines(self, rows: list[tuple[list[str], dict]]) -> dict[str, list[str]]:
        """File name → header and lines, for rows held in memory (`kg export`)."""
        files: dict[str, list[str]] = {}
        for ids, props in rows:
            signature = self.signature(props)
            lines = files.setdefault(self.name(signature), [self.header(signature)])
            lines.append(self.line(ids, props, signature))
        return files


def import_arguments(directory: Path, prefix: str = "") -> list[str]:
    """``--nodes=…``/``--relationships=…`` for every file group in ``directory``: single files
    (`kg export`) and directories of a header and part files (the Spark job), each path written
    as ``prefix`` + its name inside ``directory``."""
    args = []
    for kind, option in (("nodes", "--nodes"), ("relationships", "--relationships")):
        for entry in sorted(directory.glob(f"{kind}_*")):
            if entry.is_file() and entry.suffix == ".csv":
                files = [entry.name]
            elif entry.is_dir() and (entry / HEADER_FILE).is_file():
                parts = sorted(p.name for p in entry.iterdir() if p.name.startswith("part-") and p.is_file())
                files = [f"{entry.name}/{name}" for name in [HEADER_FILE, *parts]]
            else:
                continue
            args.append(f"{option}=" + ",".join(prefix + name for name in files))
    return args


def import_command(arguments: list[str], database: str = "neo4j") -> str:
    # The database name comes first: after the last file group it would be read as one more file.
    return " ".join(["bin/neo4j-admin database import full", database, *IMPORT_OPTIONS, *arguments])


def readme(arguments: list[str], nodes: int, links: int, files: int) -> str:
    return "\n".join([
        "# kg-taamin graph for neo4j-admin",
        "",
        f"{nodes} nodes and {links} relationships in {files} file groups; "
        f"UTF-8, comma-separated, every value quoted, `;` between array items, one id space per label.",
        "",
        "With `kg`: `kg neo4j import DIR [--instance NAME]` (stops the instance, imports, starts it and",
        "creates the loader's constraints and indexes). With a Neo4j of your own: stop the server, copy",
        "these files into its `import/` directory, then from the Neo4j home run:",
        "",
        "```",
        import_command(arguments),
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


def _write_csv(path: Path, lines: list[str]) -> None:
    with path.open("w", encoding="utf-8", newline="") as fh:
        for line in lines:
            fh.write(line + "\n")


class CsvImportExporter(Exporter, name="csv", extension="",
                        description="CSV directory for neo4j-admin database import "
                                    "(nodes_<Label>.csv, relationships_<TYPE>.csv)"):
    def write(self, graph, path: Path) -> list[Path]:
        out = Path(path)
        out.mkdir(parents=True, exist_ok=True)
        files: dict[str, list[str]] = {}
        ids: dict[str, tuple[str, str]] = {}
        by_label: dict[str, list[dict]] = {}
        for node in graph.nodes:
            label = primary_label(node["labels"])
            key = node["properties"].get("id")
            ids[node["id"]] = (label, str(key) if key is not None else node["id"])
            by_label.setdefault(label, []).append(node)
        for label, nodes in sorted(by_label.items()):
            rows = [([ids[n["id"]][1], ARRAY_DELIMITER.join(n["labels"])],
                     {k: v for k, v in n["properties"].items() if k != "id"}) for n in nodes]
            files.update(FileGroup.nodes(label, kind_sets(props for _, props in rows)).lines(rows))
        groups: dict[tuple[str, str, str], list[dict]] = {}
        for link in graph.links:
            if link["source"] in ids and link["target"] in ids:
                groups.setdefault((link["type"], ids[link["source"]][0], ids[link["target"]][0]), []).append(link)
        pairs_per_type: dict[str, int] = {}
        for rel_type, _, _ in groups:
            pairs_per_type[rel_type] = pairs_per_type.get(rel_type, 0) + 1
        for (rel_type, start, end), links in sorted(groups.items()):
            rows = [([ids[l["source"]][1], ids[l["target"]][1], rel_type], l["properties"]) for l in links]
            group = FileGroup.relationships(rel_type, start, end, kind_sets(l["properties"] for l in links),
                                            pairs_per_type[rel_type] == 1)
            files.update(group.lines(rows))
        written: list[Path] = []
        for name, lines in files.items():
            target = out / f"{name}.csv"
            _write_csv(target, lines)
            written.append(target)
        readme_path = out / "README.md"
        readme_path.write_text(readme(import_arguments(out, "import/"), len(graph.nodes), len(graph.links),
                                      len(files)), encoding="utf-8")
        written.append(readme_path)
        return written
