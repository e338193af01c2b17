"""cypher/style.grass matches the exporters' colours and captions; the Browser favourites are valid Cypher."""
from __future__ import annotations

import re
from pathlib import Path

from loader.export.base import COLORS
from loader.graph.model import MODEL

ROOT = Path(__file__).resolve().parents[2]
GRASS = ROOT / "cypher" / "style.grass"
FAVORITES = ROOT / "cypher" / "browser-favorites.cypher"
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


def favorite_statements() -> list[str]:
    text = "\n".join(l for l in FAVORITES.read_text(encoding="utf-8").splitlines() if not l.startswith("//"))
    return [s.strip() for s in text.split(";") if s.strip()]


def test_browser_favorites_compile(sample_graph, graph, neo4j_settings):
    with graph.session(database=neo4j_settings.database) as session:
        for statement in MODEL.schema_statements():
            session.run(statement).consume()
        statements = favorite_statements()
        assert len(statements) >= 6
        for statement in statements:
            summary = session.run("EXPLAIN " + statement, province="قم", person="موسوی").consume()
            assert summary.query_type == "r", statement
        rows = session.run(statements[1], province="قم").data()
        assert {r["p"]["name"] for r in rows} == {"سید مجتبی موسوی"}
