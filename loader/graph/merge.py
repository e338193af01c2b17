"""How a row written over a node merges with it: one definition for `kg load` and the Spark reduce.

The same node (a province, an organisation, a person) is written by many documents. `kg load`
writes each row over the node already in the graph; the Spark job (``loader.spark``) folds every
row of a node in load order before the bulk import. Both follow ``merge_rows``: the sink runs the
Cypher mirror of it (``loader/neo4j/sink.py``, checked against this function by a test) and
merges the rows of one transaction with it first. So a graph bulk-imported and then topped up by
`kg load` equals one built by `kg load` alone.

The rules are data (``merge`` in ``loader/data/graph_model.json``), by property name:

* ``union``: a list grows by the new row's items not yet in it, in the order they come (aliases);
  an empty list is no value (``neo4j-admin import`` cannot store an empty array, so neither does
  the loader);
* ``words``: the same for the space-separated words of a text (``search``, the folded form of a
  node's names and aliases that the full-text index reads);
* every other property: the later row's value replaces the old one, and ``None`` removes it, as
  ``SET n += row`` does.

For a rule property, ``None`` or an absent key adds nothing. The fold is associative (merging two
rows first and then writing the result over the node gives the node that writing them one after
the other gives), which is what lets the sink merge a transaction's rows before sending them.
"""
from __future__ import annotations

from typing import Iterable

from loader.graph.model import MODEL


def union(old: list | None, new: list | None) -> list | None:
    if new is None:
        return old
    base = old or []
    merged = base + [item for item in new if item not in base]
    return merged or None


def words(old: str | None, new: str | None) -> str | None:
    if new is None:
        return old
    if old is None:
        return new
    seen = old.split(" ")
    for word in new.split(" "):
        if word not in seen:
            seen.append(word)
    return " ".join(seen)


MERGERS = {"union": union, "words": words}
RULES: dict[str, str] = MODEL.merge_rules
if set(RULES.values()) - set(MERGERS):
    raise ValueError(f"graph_model.json: unknown merge rules {sorted(set(RULES.values()) - set(MERGERS))}")


def merge_rows(old: dict | None, new: dict) -> dict:
    """The node after ``new`` is written over ``old`` (``None``: no node yet). ``None`` values are
    kept in the result: written to Neo4j they remove the property; ``node_properties`` drops them."""
    merged = dict(old) if old else {}
    for key, value in new.items():
        rule = RULES.get(key)
        merged[key] = MERGERS[rule](merged.get(key), value) if rule else value
    return merged


def fold_rows(rows: Iterable[dict]) -> dict:
    """Rows of one node in write order, merged."""
    merged: dict | None = None
    for row in rows:
        merged = merge_rows(merged, row)
    return merged or {}


def node_properties(row: dict) -> dict:
    """The properties a merged row leaves on the node."""
    return {key: value for key, value in row.items() if value is not None}


def merged_by_key(rows: list[dict], key: str) -> list[dict]:
    """Rows with the same ``key`` merged into one, in order of first appearance: what one
    ``UNWIND … MERGE`` of the sink receives, so every node appears once per statement."""
    merged: dict[object, dict] = {}
    for row in rows:
        merged[row[key]] = merge_rows(merged.get(row[key]), row)
    return list(merged.values())
