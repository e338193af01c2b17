"""What the instance serves under /browser/kg/, and the style in the form post_connect_cmd carries."""
from __future__ import annotations

import json
import re
from pathlib import Path

from loader.browser.content import browser_files, favorites, grass_json

GRASS = Path(__file__).resolve().parents[2] / "cypher" / "style.grass"


def test_grass_json_keeps_every_rule_and_caption():
    rules = json.loads(grass_json())
    text = GRASS.read_text(encoding="utf-8")
    assert set(rules) == set(re.findall(r"^([\w.]+) \{", text, re.M))
    assert rules["node.Post"]["caption"] == "{label}" and rules["relationship.HOLDS"]["caption"] == "{title}"
    assert rules["node.Person"]["color"] == "#4C8EDA"
    assert ";" not in grass_json(), "post_connect_cmd splits commands at semicolons"


def test_served_files():
    files = browser_files()
    assert {"guide.html", "model.svg", "style.grass", "favorites.zip"} <= set(files)
    assert {f"favorites/{p.name}" for p in favorites()} <= set(files)
    assert files["style.grass"] == GRASS.read_bytes()
