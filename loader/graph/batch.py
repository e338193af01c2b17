"""What one document contributes to the graph, as rows ready for ``UNWIND``."""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from typing import Iterable

from loader.graph.model import MODEL


@dataclass
class GraphBatch:
    document: dict
    nodes: dict[str, list[dict]] = field(default_factory=lambda: defaultdict(list))
    relationships: dict[tuple[str, str, str], list[dict]] = field(default_factory=lambda: defaultdict(list))
    # The id this file's document had in the graph under an earlier id scheme (or when loaded on
    # its own rather than from its directory): written in the same transaction, it goes.
    supersedes: str | None = None

    def __post_init__(self) -> None:
        MODEL.check_node("Document", self.document)

    def node(self, label: str, row: dict) -> None:
        """Raises ValueError for a label or property the graph model does not declare."""
        MODEL.check_node(label, row)
        self.nodes[label].append(row)

    def relate(self, rel_type: str, start_label: str, start: str, end_label: str, end: str,
               key: str, **props) -> None:
        """Raises ValueError for a type, ends or property the graph model does not declare."""
        MODEL.check_relationship_row(rel_type, start_label, end_label, props)
        self.relationships[(rel_type, start_label, end_label)].append(
            {"start": start, "end": end, "key": key, "props": props})

    def row_count(self) -> int:
        return 1 + sum(map(len, self.nodes.values())) + sum(map(len, self.relationships.values()))


def pooled_rows(batches: Iterable[GraphBatch]) -> tuple[dict[str, list[dict]], dict[tuple[str, str, str], list[dict]]]:
    """The rows of several documents by node label (``Document`` first) and by relationship
    (type, start label, end label): what one ``UNWIND`` each writes."""
    nodes: dict[str, list[dict]] = {"Document": []}
    relationships: dict[tuple[str, str, str], list[dict]] = {}
    for batch in batches:
        nodes["Document"].append(batch.document)
        for label, rows in batch.nodes.items():
            nodes.setdefault(label, []).extend(rows)
        for key, rows in batch.relationships.items():
            relationships.setdefault(key, []).extend(rows)
    return nodes, relationships
