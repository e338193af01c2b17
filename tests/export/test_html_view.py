"""The HTML export, opened by headless Chromium: it renders offline, counts its nodes, shows evidence."""
from __future__ import annotations

import os
import re
from pathlib import Path

from click.testing import CliRunner

from loader.cli import main
from loader.export.html_view import HtmlExporter

import export_browser as browser
from export_sample import S_QOM, synthetic_graph



def test_html_renders_every_node_offline(sample_graph, chromium, tmp_path):
    page = tmp_path / "graph.html"
    result = CliRunner().invoke(main, ["export", "--format", "html", "-o", str(page)])
    assert result.exit_code == 0, result.output
    text = page.read_text(encoding="utf-8")
    assert not re.search(r"<(script|link|img)[^>]+(src|href)=", text), "the page must not load anything"
    assert 'dir="rtl"' in text and "Vazirmatn" in text
    dom, _ = browser.dump_dom(chromium, page)
    attrs = browser.body_attributes(dom)
    assert attrs.get("data-rendered") == "true", dom[:2000]
    assert int(attrs["data-node-count"]) == sample_graph["nodes"]
    assert int(attrs["data-link-count"]) == sample_graph["relationships"]
    # Mentions are loaded as evidence but hidden until their legend box is ticked.
    assert int(attrs["data-drawn-node-count"]) == sample_graph["nodes"] - 7


def test_html_search_and_evidence_panel(sample_graph, chromium, tmp_path):
    page = tmp_path / "graph.html"
    CliRunner().invoke(main, ["export", "--format", "html", "-o", str(page)])
    dom, _ = browser.dump_dom(chromium, page, fragment="q=مجتبي موسوی")  # Arabic ي: found in folded form
    details = dom[dom.index('id="details"'):]
    assert "سید مجتبی موسوی" in details
    assert S_QOM in details, "the HOLDS/STATED sentence and the Mention's sentence are the evidence"
    assert "000_06211529e3fb513d" in details


def test_html_screenshot_for_the_docs(sample_graph, chromium, tmp_path):
    page = tmp_path / "graph.html"
    CliRunner().invoke(main, ["export", "--format", "html", "-o", str(page)])
    # docs/img/graph-view.png only when asked (`make screenshots`): a test run leaves the tree clean
    target = Path(os.environ.get("KG_SCREENSHOT") or tmp_path / "graph-view.png")
    browser.screenshot(chromium, page, target, fragment="q=سید مجتبی موسوی")
    assert target.stat().st_size > 20_000


def test_html_copes_with_5000_nodes(chromium, tmp_path):
    graph = synthetic_graph(5000)
    page = tmp_path / "big.html"
    HtmlExporter().write(graph, page)
    size = page.stat().st_size
    dom, elapsed = browser.dump_dom(chromium, page, timeout=240)
    attrs = browser.body_attributes(dom)
    assert int(attrs["data-node-count"]) == 5000
    assert int(attrs["data-drawn-node-count"]) == 5000
    print(f"\n5000-node HTML: {size / 1e6:.2f} MB, {len(graph.links)} links, first paint after "
          f"{attrs['data-render-ms']} ms in the page, chromium --dump-dom {elapsed:.1f} s")
    assert elapsed < 120


def test_search_lists_entities_not_their_mentions(sample_graph, chromium, tmp_path):
    page = tmp_path / "graph.html"
    CliRunner().invoke(main, ["export", "--format", "html", "-o", str(page)])
    dom, _ = browser.dump_dom(chromium, page, fragment="q=موسوی")
    results = dom[dom.index('id="results"'):]
    results = results[:results.index("</div>", results.index("مورد"))]
    hits = re.findall(r"<a [^>]*>(?:<span[^>]*></span>)?([^<]+)</a>", results)
    assert sorted(hits) == ["سید مجتبی موسوی", "میرهاشم موسوی"], hits
    assert "پنهان" in results, "the hidden Mention hits are counted, not listed"


def test_labels_in_a_dense_cluster_do_not_overlap(chromium, tmp_path):
    page = tmp_path / "dense.html"
    HtmlExporter().write(synthetic_graph(55), page)  # under 60 nodes every label is a candidate
    dom, _ = browser.dump_dom(chromium, page, budget_ms=3000)
    attrs = browser.body_attributes(dom)
    assert int(attrs["data-labels-drawn"]) >= 10
    assert attrs["data-label-overlaps"] == "0"
