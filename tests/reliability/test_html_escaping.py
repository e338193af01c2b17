"""Every HTML page the project writes escapes what it did not write itself: file names, document
ids, entity names, sentences (issue 19, point 5). Checked by parsing the page (no element or
attribute comes from the data) and by opening it in Chromium (the payload's handler never runs)."""
from __future__ import annotations

import shutil
import subprocess
import tempfile
from html.parser import HTMLParser
from pathlib import Path

import pytest
from click.testing import CliRunner

from helpers import CORPUS
from loader.cli import main
from loader.export.html_view import HtmlExporter
from loader.neo4j.read_graph import Graph

PAYLOAD = "<img src=x onerror=\"document.body.setAttribute('data-pwned','1')\">"
CHROMIUM_FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                  "--disable-background-networking", "--disable-component-update", "--disable-sync"]


class _Tags(HTMLParser):
    def __init__(self):
        super().__init__()
        self.tags: list[tuple[str, dict]] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))


def _tags(page: str) -> list[tuple[str, dict]]:
    parser = _Tags()
    parser.feed(page)
    return parser.tags


def _assert_inert(page: str) -> None:
    tags = _tags(page)
    assert not any(tag == "img" or "onerror" in attrs for tag, attrs in tags), [t for t in tags if t[0] == "img"]


def _body(dom: str) -> dict:
    """The attributes of <body> after the page ran: the payload would have set data-pwned."""
    tag = next(attrs for tag, attrs in _tags(dom) if tag == "body")
    return tag


def _dom(page: Path, fragment: str = "") -> str:
    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    if chromium is None:
        pytest.skip("no Chromium: apt-get install -y chromium")
    with tempfile.TemporaryDirectory() as profile:
        return subprocess.run([chromium, *CHROMIUM_FLAGS, f"--user-data-dir={profile}", "--virtual-time-budget=5000",
                               "--dump-dom", page.resolve().as_uri() + fragment],
                              capture_output=True, text=True, timeout=180).stdout


def test_kg_extract_html_escapes_the_file_name(tmp_path):
    folder = tmp_path / "articles"
    folder.mkdir()
    hostile = folder / f"x{PAYLOAD}.txt"
    hostile.write_bytes((CORPUS / "000_06211529e3fb513d.txt").read_bytes())
    page = tmp_path / "entities.html"
    result = CliRunner().invoke(main, ["extract", str(folder), "--format", "html", "-o", str(page)])
    assert result.exit_code == 0, result.output
    text = page.read_text(encoding="utf-8")
    _assert_inert(text)
    assert "x&lt;img src=x onerror=" in text
    dom = _dom(page)
    assert "<mark" in dom and "data-pwned" not in _body(dom)


def test_html_export_escapes_names_ids_and_sentences(tmp_path):
    graph = Graph(nodes=[
        {"id": "n0", "labels": ["Document"], "properties": {"id": f"doc{PAYLOAD}", "title": f"title {PAYLOAD}"}},
        {"id": "n1", "labels": ["Person"], "properties": {"id": "person:x", "name": f"سید {PAYLOAD} موسوی",
                                                           "aliases": [PAYLOAD]}},
        {"id": "n2", "labels": ["Province"], "properties": {"id": "province:qom", "name": "قم"}},
    ], links=[
        {"id": "r0", "type": "MENTIONS", "source": "n0", "target": "n1",
         "properties": {"key": "k0", "doc": f"doc{PAYLOAD}", "raw_start": 0, "raw_end": 5,
                        "sentence": f"جمله {PAYLOAD} </script><script>document.body.dataset.pwned=2</script>"}},
        {"id": "r1", "type": "IN", "source": "n1", "target": "n2", "properties": {"key": "k1"}},
    ])
    page = tmp_path / "graph.html"
    HtmlExporter(title=f"عنوان {PAYLOAD}").write(graph, page)
    text = page.read_text(encoding="utf-8")
    _assert_inert(text)
    assert text.count("<script") == 4  # style data, graph data, d3, the viewer: nothing from the data
    dom = _dom(page, "#q=" + "سید")  # search selects the person and fills the evidence panel with the sentence
    body = _body(dom)
    assert body.get("data-rendered") == "true" and "data-pwned" not in body
    assert "جمله" in dom
