"""What one document contributes to the graph, as rows ready for ``UNWIND``."""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field


@dataclass
class GraphBatch:
    document: dict
    nodes: dict[str, list[dict]] = field(default_factory=lambda: defaultdict(list))
    relationships: dict[tuple[str, str, str], list[dict]] = field(default_factory=lambda: defaultdict(list))

    def node(self, label: str, row: dict) -> None:
        self.nodes[label].append(row)

    def relate(self, rel_type: str, start_label: str, start: str, end_label: str, end: str,
               key: str, **props) -> None:
        self.relationships[(rel_type, start_label, end_label)].append(
            {"start": start, "end": end, "key": key, "props": props})

    def row_count(self) -> int:
        return 1 + sum(map(len, self.nodes.values())) + sum(map(len, self.relationships.values()))
