"""Which node an extracted id stands for: the place identity decisions plug in.

Node ids are deterministic keys of folded names (``loader.text_keys``), so two documents naming
the same province give the same id with no coordination. Deciding that two different ids are one
thing (the same person spelled two ways, an organisation and its short name) is the identity
resolver's work, which does not exist yet. When it does, its decisions are applied here, and the
Spark reduce (``loader.spark.records``), which maps every node id and relationship end through
this function before merging rows, applies them with no other change. Until then every id is its
own node.
"""
from __future__ import annotations


def canonical_id(label: str, node_id: str) -> str:
    """The id of the node that ``node_id`` (of ``label``) is merged into."""
    return node_id
