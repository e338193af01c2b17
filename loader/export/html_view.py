"""One self-contained HTML file: an interactive force layout of the graph, offline.

The page carries its data (JSON in a ``<script type="application/json">``), its styles and its
JavaScript (``assets/``: the viewer and d3-force with its three small dependencies, ISC licence),
so it opens from disk with no network access (its Content-Security-Policy forbids any). Canvas
rendering, a layout computed for a fixed number of ticks before the first paint and then cooled
quickly, and labels only for high-degree nodes, the selection and search hits unless zoomed in,
keep it usable at 5,000 nodes. Document texts are left out (titles stay); Mentions are loaded but
hidden by default and serve as evidence for the nodes they refer to. Once drawn, ``<body>`` gets
``data-node-count``, ``data-link-count``, ``data-drawn-node-count`` and ``data-render-ms``.
"""
from __future__ import annotations

import html
import re
from importlib import resources
from pathlib import Path

from loader import json_text
from loader.export.base import COLORS, DEFAULT_COLOR, SIZES, Exporter, caption, jsonable, primary_label

DROP = {"Document": ("text",)}
NAMES_FA = {"Person": "شخص", "Post": "سمت", "Organization": "سازمان", "Province": "استان", "City": "شهر", "Country": "کشور",
            "Program": "برنامه", "Law": "قانون", "Facility": "مرکز", "Figure": "رقم", "Event": "رویداد",
            "Mention": "اشاره", "Document": "سند"}


def asset(name: str) -> str:
    return resources.files("loader.export").joinpath("assets", name).read_text(encoding="utf-8")


def script_json(value) -> str:
    """JSON safe inside <script>: no '<' at all, so no '</script>' or '<!--'."""
    return json_text.dumps(value, ensure_ascii=False, separators=(",", ":")).replace("<", "\\u003c")


def view_data(graph) -> dict:
    nodes = []
    for n in graph.nodes:
        label = primary_label(n["labels"])
        drop = DROP.get(label, ())
        nodes.append({"id": n["id"], "labels": n["labels"], "label": label, "caption": caption(n),
                      "properties": {k: jsonable(v) for k, v in n["properties"].items() if k not in drop}})
    links = [{"id": l["id"], "type": l["type"], "source": l["source"], "target": l["target"],
              "properties": jsonable(l["properties"])} for l in graph.links]
    return {"nodes": nodes, "links": links}


def style() -> dict:
    return {"labels": {label: {"color": color, "size": SIZES.get(label, 6)} for label, color in COLORS.items()},
            "fallback": {"color": DEFAULT_COLOR, "size": 6}, "names": NAMES_FA}


class HtmlExporter(Exporter, name="html", extension=".html",
                   description="one self-contained HTML page: force layout, search, evidence panel (offline)"):
    def __init__(self, title: str = "گراف تأمین اجتماعی"):
        self.title = title

    def render(self, graph) -> str:
        data = view_data(graph)
        summary = f"{len(data['nodes'])} گره، {len(data['links'])} یال"
        page = asset("viewer.html")
        parts = {
            "__TITLE__": html.escape(self.title), "__SUMMARY__": html.escape(summary),
            "__STATS__": html.escape(f"{len(data['nodes'])} nodes · {len(data['links'])} links"),
            "__CSS__": asset("viewer.css"), "__STYLE__": script_json(style()), "__DATA__": script_json(data),
            "__D3__": asset("d3-force.bundle.min.js").replace("</script", "<\\/script"),
            "__VIEWER__": asset("viewer.js").replace("</script", "<\\/script"),
        }
        # One pass, so placeholder-like text inside the data is never substituted.
        pattern = re.compile("|".join(re.escape(k) for k in parts))
        return pattern.sub(lambda m: parts[m.group(0)], page)

    def write(self, graph, path: Path) -> list[Path]:
        path = Path(path)
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(self.render(graph), encoding="utf-8")
        return [path]
