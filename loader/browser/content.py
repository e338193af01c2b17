"""The files the local server serves to Neo4j Browser under ``/browser/kg/``.

The guide, the model picture, ``cypher/style.grass`` and the favourites, one ``.cypher`` file each
and all of them in ``favorites.zip`` (the form Browser's own favourites export takes, which it
imports when the file is dropped on its window).
"""
from __future__ import annotations

import io
import json
import re
import zipfile
from pathlib import Path

from loader.browser.guide import guide_html
from loader.browser.model_picture import model_svg
from loader.queries import PACKAGED_CYPHER, canned_queries

BASE_URL = "/browser/kg"


GRASS_RULE = re.compile(r"^([\w.]+)\s*\{\s*\n(.*?)\n\}\s*$", re.M | re.S)  # captions hold braces too
GRASS_PROPERTY = re.compile(r"([\w-]+)\s*:\s*([^;]+);")


def grass_json(text: str | None = None) -> str:
    """``cypher/style.grass`` as the JSON form Browser's ``:style`` also accepts: one line, no
    semicolons, so it fits in ``browser.post_connect_cmd`` and needs no fetch."""
    text = (PACKAGED_CYPHER / "style.grass").read_text(encoding="utf-8") if text is None else text
    rules = {selector: {k: v.strip().strip('"') for k, v in GRASS_PROPERTY.findall(body)}
             for selector, body in GRASS_RULE.findall(text)}
    return json.dumps(rules, ensure_ascii=False, separators=(",", ":"))


def favorites() -> list[Path]:
    return sorted((PACKAGED_CYPHER / "favorites").glob("*.cypher"))


def favorites_zip(paths: list[Path]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for path in paths:
            info = zipfile.ZipInfo(f"kg-taamin/{path.name}", date_time=(2024, 1, 1, 0, 0, 0))
            archive.writestr(info, path.read_bytes(), zipfile.ZIP_DEFLATED)
    return buffer.getvalue()


def _first(paths: list[Path]) -> Path | None:
    """The favourite the guide starts with: a small graph a newcomer can read."""
    return next((p for p in paths if "who-ran" in p.name), paths[0] if paths else None)


def browser_files() -> dict[str, bytes]:
    """Path under ``/browser/kg/`` → content."""
    paths = favorites()
    files = {
        "guide.html": guide_html(canned_queries(), paths, BASE_URL, first=_first(paths)).encode("utf-8"),
        "model.svg": model_svg().encode("utf-8"),
        "style.grass": (PACKAGED_CYPHER / "style.grass").read_bytes(),
        "favorites.zip": favorites_zip(paths),
    }
    for path in paths:
        files[f"favorites/{path.name}"] = path.read_bytes()
    return files
