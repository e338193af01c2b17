"""cypher/style.grass matches the exporters' colours and captions."""
from __future__ import annotations

import re
from pathlib import Path

from loader.export.base import COLORS
from loader.graph.model import MODEL

ROOT = Path(__file__).resolve().parents[2]
GRASS = ROOT / "cypher" / "style.grass"
CAPTIONS = {"Post": "{label}", "Figure": "{raw}", "Mention": "{text}", "Document": "{title}", "Person": "{name}",
            "Province": "{name}", "City": "{name}", "Organization": "{name}"}


def grass_rules() -> dict[str, dict[str, str]]:
    rules = {}
    for selector, body in re.findall(r"^([\w.]+) \{\n(.*?)\n\}$", GRASS.read_text(encoding="utf-8"), re.M | re.S):
        rules[selector] = dict(re.findall(r"([\w-]+):\s*([^;]+);", body))
    return rules


def test_style_grass_colours_and_captions():
    rules = grass_rules()
    for label in MODEL.nodes:
        rule = rules[f"node.{label}"]
        assert rule["color"] == COLORS[label]
        assert rule["diameter"].endswith("px") and rule["caption"].startswith('"{')
    for label, caption in CAPTIONS.items():
        assert rules[f"node.{label}"]["caption"] == f'"{caption}"'
    assert rules["relationship.HOLDS"]["caption"] == '"{title}"'


def test_mentions_are_drawn_small():
    """Mention nodes are evidence: the smallest nodes, so a plain MATCH (n) is not a grey sea."""
    rules = grass_rules()
    sizes = {label: int(rules[f"node.{label}"]["diameter"].removesuffix("px")) for label in MODEL.nodes}
    assert sizes["Mention"] == min(sizes.values()) and sizes["Mention"] <= sizes["Person"] / 3
