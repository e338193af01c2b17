"""The Spark job's work on plain Python values, with no Spark in sight: a document's bytes to keyed
records (the map), the fold of one key's records in load order (the reduce), the kinds of the
merged rows (for the CSV headers) and their CSV lines.

A record is ``((key, order), value)``:

* ``("n", label, id)``: a node row; ``value`` is the row as ``kg load`` writes it;
* ``("r", type, start label, end label, start id, end id, key)``: a relationship row's
  properties (``kg load`` merges a relationship on its ends, type and ``key``);
* ``("e", path)``: a file that could not be read or extracted; ``value`` is the one-line error;
* ``("s", path)``: how many rows the document produced (``GraphBatch.row_count``), for the report.

``order`` is ``(input position, path parts below the input, position of the row in its
document)``: the order in which ``kg load`` of the same inputs writes the rows (inputs in the
order given, files of a directory sorted by path, a document's rows as its batch lists them).
The reduce sorts each key's records by it and merges them with ``loader.graph.merge``, so the
later document's scalar properties win and lists are unioned exactly as the loader's writes do.
Node ids and relationship ends go through ``loader.graph.identity.canonical_id`` first.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from typing import Iterable, Iterator

from loader.corpus import document_id, parse_document
from loader.errors import KgError
from loader.export.csv_import import FileGroup, kind_sets
from loader.graph.identity import canonical_id
from loader.graph.merge import merge_rows, node_properties
from loader.graph.model import MODEL
from loader.pipeline import document_batch
from loader.prepare import internal_error

Order = tuple[int, tuple[str, ...], int]


def document_records(order: tuple[int, tuple[str, ...]], path: str, data: bytes,
                     doc_id: str | None = None) -> list[tuple[tuple, object]]:
    """Everything one file (or one table row, with its own ``doc_id``) contributes, or its error."""
    try:
        raw = parse_document(path, data, doc_id)
        batch = document_batch(raw)
    except KgError as err:
        return [((("e", path), (*order, 0)), str(err))]
    except Exception as err:  # an extractor bug in one document must not stop the job
        return [((("e", path), (*order, 0)), internal_error(path, err))]
    records: list[tuple[tuple, object]] = [((("s", path), (*order, 0)), batch.row_count())]
    labelled = [("Document", [batch.document])] + list(batch.nodes.items())
    for label, rows in labelled:
        key_property = MODEL.node_key(label)
        for position, row in enumerate(rows):
            node_id = canonical_id(label, row[key_property])
            if node_id != row[key_property]:
                row = {**row, key_property: node_id}
            records.append(((("n", label, node_id), (*order, position)), row))
    for (rel_type, start_label, end_label), rows in batch.relationships.items():
        for position, row in enumerate(rows):
            key = ("r", rel_type, start_label, end_label, canonical_id(start_label, row["start"]),
                   canonical_id(end_label, row["end"]), row["key"])
            records.append(((key, (*order, position)), row["props"]))
    return records


def fold_sorted(records: Iterable[tuple[tuple, object]]) -> Iterator[tuple[tuple, object]]:
    """One merged record per key, from records sorted by ``(key, order)``: node rows by
    ``merge_rows``, relationship properties as ``SET r += row.props`` leaves them (later wins)."""
    current, merged = None, None
    for (key, _), value in records:
        if key != current:
            if current is not None:
                yield current, merged
            current, merged = key, None
        if key[0] == "n":
            merged = merge_rows(merged, value)
        elif key[0] == "r":
            merged = {**(merged or {}), **value}
        else:
            merged = value
    if current is not None:
        yield current, merged


def group_of(key: tuple) -> tuple:
    """The file group of a merged record: ``("n", label)`` or ``("r", type, start, end)``."""
    return key[:2] if key[0] == "n" else key[:4]


def csv_row(key: tuple, value: dict) -> tuple[list[str], dict]:
    """The id fields and the properties of a merged node or relationship, as the CSV holds them."""
    if key[0] == "n":
        label, node_id = key[1], key[2]
        props = node_properties(value)
        props.pop(MODEL.node_key(label), None)
        return [node_id, label], props
    _, rel_type, _, _, start, end, rel_key = key
    return [start, end, rel_type], {"key": rel_key, **node_properties(value)}


@dataclass
class Summary:
    """What the merged records hold: per file group, how many and the kinds of each property;
    the errors; the rows the documents produced."""
    groups: dict[tuple, list] = field(default_factory=dict)    # group -> [count, {property: kinds}]
    errors: list[str] = field(default_factory=list)
    documents: int = 0
    rows: int = 0

    def add(self, key: tuple, value) -> None:
        if key[0] == "e":
            self.errors.append(value)
        elif key[0] == "s":
            self.documents += 1
            self.rows += value
        else:
            entry = self.groups.setdefault(group_of(key), [0, {}])
            entry[0] += 1
            for prop, kinds in kind_sets([csv_row(key, value)[1]]).items():
                entry[1].setdefault(prop, set()).update(kinds)

    def __iadd__(self, other: "Summary") -> "Summary":
        for group, (count, kinds) in other.groups.items():
            entry = self.groups.setdefault(group, [0, {}])
            entry[0] += count
            for prop, seen in kinds.items():
                entry[1].setdefault(prop, set()).update(seen)
        self.errors += other.errors
        self.documents += other.documents
        self.rows += other.rows
        return self

    def file_groups(self) -> dict[tuple, FileGroup]:
        pairs: dict[str, int] = {}
        for group in self.groups:
            if group[0] == "r":
                pairs[group[1]] = pairs.get(group[1], 0) + 1
        return {group: (FileGroup.nodes(group[1], kinds) if group[0] == "n" else
                        FileGroup.relationships(*group[1:], kinds, pairs[group[1]] == 1))
                for group, (_, kinds) in self.groups.items()}

    def count(self, kind: str) -> int:
        return sum(count for group, (count, _) in self.groups.items() if group[0] == kind)


def summarize(records: Iterable[tuple[tuple, object]]) -> Summary:
    summary = Summary()
    for key, value in records:
        summary.add(key, value)
    return summary


def csv_lines(records: Iterable[tuple[tuple, object]], groups: dict[tuple, FileGroup]) -> Iterator[tuple[str, str]]:
    """``(file name, line)`` for every merged node and relationship (errors and counts write none)."""
    for key, value in records:
        if key[0] in ("n", "r"):
            group = groups[group_of(key)]
            ids, props = csv_row(key, value)
            signature = group.signature(props)
            yield group.name(signature), group.line(ids, props, signature)


def headers(groups: dict[tuple, FileGroup], names: Iterable[str]) -> dict[str, str]:
    """The header line of every file the lines went to."""
    wanted = set(names)
    found = {}
    for group in groups.values():
        for signature in _signatures(group):
            if group.name(signature) in wanted:
                found[group.name(signature)] = group.header(signature)
    return found


def _signatures(group: FileGroup) -> Iterator[tuple[tuple[str, str], ...]]:
    """Every signature a row of the group can have: each mixed property absent or of one of its kinds."""
    options = [[None] + sorted(group.kinds[key]) for key in group.mixed]
    combos: list[tuple] = [()]
    for key, choices in zip(group.mixed, options):
        combos = [c + (((key, kind),) if kind else ()) for c in combos for kind in choices]
    return iter(combos)


def relative_parts(root: str, path: str) -> tuple[str, ...]:
    """The parts of ``path`` below ``root`` (both as the file system spells them)."""
    rest = path[len(root):] if path.startswith(root) else path
    return tuple(part for part in rest.split("/") if part)


def text_document_id(path: str, parts: tuple[str, ...]) -> str:
    """The id `kg load` gives a text file: its path below the directory given, without `.txt`
    (`a/same`), or its stem when it lies directly in it or was given alone."""
    if len(parts) > 1:
        return document_id(PurePosixPath(*parts), PurePosixPath())
    return PurePosixPath(path).stem


def shown_path(argument: str, parts: tuple[str, ...]) -> str:
    """The path `kg load` would give a file found under ``argument``: what the user typed, joined
    with the file's parts (``corpus/001.txt``); URIs (``s3a://…``) keep their scheme."""
    if "://" in argument:
        return "/".join([argument.rstrip("/"), *parts])
    return str(Path(argument).joinpath(*parts))
