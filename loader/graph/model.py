"""The graph model as data (``loader/data/graph_model.json``) and the statements derived from it.

Cypher cannot take labels or relationship types as parameters, so every label and type that
reaches a query string must come from here; anything else is refused before it gets near Neo4j.
The file also declares every property (type, required) of every label and relationship type:
``GraphBatch`` refuses a property it does not declare, and ``row_problems`` is what a test checks
the loader's rows against, so the file and the loader cannot drift apart unnoticed.
"""
from __future__ import annotations

import json
from importlib import resources


# The model file's property types, as the Python values a row may hold (a bool is not an integer here).
TYPES = {
    "string": lambda v: isinstance(v, str),
    "integer": lambda v: isinstance(v, int) and not isinstance(v, bool),
    "float": lambda v: isinstance(v, float),
    "boolean": lambda v: isinstance(v, bool),
    "datetime": lambda v: hasattr(v, "isoformat"),
    "list<string>": lambda v: isinstance(v, list) and all(isinstance(x, str) for x in v),
    "list<integer>": lambda v: isinstance(v, list) and all(isinstance(x, int) and not isinstance(x, bool) for x in v),
}


class GraphModel:
    def __init__(self, spec: dict):
        self.nodes: dict[str, dict] = spec["nodes"]
        # Relationship type -> the [start, end] label pairs it may join.
        self.relationships: dict[str, list[list[str]]] = {t: r["ends"] for t, r in spec["relationships"].items()}
        self.relationship_properties: dict[str, dict[str, dict]] = {
            t: r["properties"] for t, r in spec["relationships"].items()}
        unknown = {p["type"] for props in [n["properties"] for n in self.nodes.values()]
                   + list(self.relationship_properties.values()) for p in props.values()} - set(TYPES)
        if unknown:
            raise ValueError(f"graph_model.json: unknown property types {sorted(unknown)}")
        # Property name -> how a later row merges with the node (loader/graph/merge.py).
        self.merge_rules: dict[str, str] = {k: v for k, v in spec.get("merge", {}).items() if not k.startswith("_")}

    def node_key(self, label: str) -> str:
        if label not in self.nodes:
            raise ValueError(f"label {label!r} is not in the graph model")
        return self.nodes[label]["key"]

    def check_node(self, label: str, row: dict) -> None:
        """Refuse a label or a property the model does not declare."""
        undeclared = row.keys() - self.nodes[label]["properties"].keys() if label in self.nodes else None
        if undeclared is None:
            raise ValueError(f"label {label!r} is not in the graph model")
        if undeclared:
            raise ValueError(f"{label} has no propert{'y' if len(undeclared) == 1 else 'ies'} "
                             f"{', '.join(sorted(undeclared))} in the graph model")

    def check_relationship_row(self, rel_type: str, start: str, end: str, props: dict) -> None:
        """Refuse a type, a pair of ends or a property the model does not declare."""
        self.check_relationship(rel_type, start, end)
        undeclared = props.keys() - self.relationship_properties[rel_type].keys()
        if undeclared:
            raise ValueError(f"{rel_type} has no propert{'y' if len(undeclared) == 1 else 'ies'} "
                             f"{', '.join(sorted(undeclared))} in the graph model")

    def row_problems(self, declared: dict[str, dict], row: dict) -> list[str]:
        """What is wrong with a row against its declared properties: a required one missing or
        null, a value of another type."""
        problems = [f"{name} is required" for name, spec in declared.items()
                    if spec["required"] and row.get(name) is None]
        for name, value in row.items():
            spec = declared.get(name)
            if spec is None:
                problems.append(f"{name} is not declared")
            elif value is not None and not TYPES[spec["type"]](value):
                problems.append(f"{name} = {value!r} is not {spec['type']}")
        return problems

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
