"""The graph model as data (``loader/data/graph_model.json``) and the statements derived from it.

Cypher cannot take labels or relationship types as parameters, so every label and type that
reaches a query string must come from here; anything else is refused before it gets near Neo4j.
"""
from __future__ import annotations

import json
from importlib import resources


class GraphModel:
    def __init__(self, spec: dict):
        self.nodes: dict[str, dict] = spec["nodes"]
        self.relationships: dict[str, list[list[str]]] = spec["relationships"]
        # Property name -> how a later row merges with the node (loader/graph/merge.py).
        self.merge_rules: dict[str, str] = {k: v for k, v in spec.get("merge", {}).items() if not k.startswith("_")}

    def node_key(self, label: str) -> str:
        if label not in self.nodes:
            raise ValueError(f"label {label!r} is not in the graph model")
        return self.nodes[label]["key"]

    def relationship_types(self) -> list[str]:
        return list(self.relationships)

    def check_relationship(self, rel_type: str, start: str, end: str) -> None:
        if [start, end] not in self.relationships.get(rel_type, []):
            raise ValueError(f"({start})-[:{rel_type}]->({end}) is not in the graph model")

    def schema_statements(self) -> list[str]:
        statements = [
            f"CREATE CONSTRAINT {label.lower()}_{spec['key']} IF NOT EXISTS "
            f"FOR (n:{label}) REQUIRE n.{spec['key']} IS UNIQUE"
            for label, spec in self.nodes.items()
        ]
        statements += [
            f"CREATE INDEX {rel.lower()}_doc IF NOT EXISTS FOR ()-[r:{rel}]-() ON (r.doc)"
            for rel in self.relationships
        ]
        statements += [
            "CREATE INDEX mention_doc IF NOT EXISTS FOR (n:Mention) ON (n.doc)",
            "CREATE INDEX person_name_key IF NOT EXISTS FOR (n:Person) ON (n.name_key)",
            "CREATE INDEX person_surname IF NOT EXISTS FOR (n:Person) ON (n.surname)",
            "CREATE INDEX figure_measure IF NOT EXISTS FOR (n:Figure) ON (n.measure)",
            # Names are indexed in their folded search form (no ZWNJ, Persian letters) so a query
            # typed with or without ZWNJ, with Arabic ي/ك, finds the same node.
            "CREATE FULLTEXT INDEX name_search IF NOT EXISTS FOR (n:"
            + "|".join(l for l in self.nodes if l not in ("Mention", "Figure", "Event", "Document"))
            + ") ON EACH [n.search]",
        ]
        return statements


MODEL = GraphModel(json.loads(resources.files("loader").joinpath("data/graph_model.json").read_text("utf-8")))
