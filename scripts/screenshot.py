#!/usr/bin/env python3
"""Screenshot the HTML export with headless Chromium (for docs/img/graph-view.png).

    .venv/bin/python scripts/screenshot.py                       # kg export --format html from Neo4j
    .venv/bin/python scripts/screenshot.py --html graph.html --select "سید مجتبی موسوی"
    .venv/bin/python scripts/screenshot.py --synthetic 5000 -o /tmp/big.png   # no Neo4j needed

It also reports the page's size and how long Chromium took to render it (``--dump-dom``), which is
how the 5,000-node figures in docs/exploration.md were measured. Chromium: ``apt-get install -y chromium``.
"""
from __future__ import annotations

import argparse
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from urllib.parse import quote

ROOT = Path(__file__).resolve().parent.parent
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking",
         "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage", "--hide-scrollbars"]


def chromium() -> str:
    for name in ("chromium", "chromium-browser", "google-chrome"):
        if shutil.which(name):
            return shutil.which(name)
    sys.exit("no Chromium found: apt-get install -y chromium")


def run(args: list[str]) -> tuple[str, float]:
    with tempfile.TemporaryDirectory(prefix="kg-chromium-") as profile:
        started = time.monotonic()
        proc = subprocess.run([chromium(), *FLAGS, f"--user-data-dir={profile}", *args],
                              capture_output=True, text=True, timeout=300)
        return proc.stdout, time.monotonic() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--html", type=Path, help="an existing HTML export (default: export one from Neo4j)")
    parser.add_argument("--synthetic", type=int, metavar="N", help="screenshot a synthetic N-node graph instead")
    parser.add_argument("--select", default="سید مجتبی موسوی", help="name to search and open in the side panel ('' for none)")
    parser.add_argument("-o", "--output", type=Path, default=ROOT / "docs" / "img" / "graph-view.png")
    parser.add_argument("--size", default="1280,800")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory() as tmp:
        page = args.html
        if args.synthetic:
            sys.path.insert(0, str(ROOT / "tests" / "export"))
            from export_sample import synthetic_graph
            from loader.export.html_view import HtmlExporter
            page = Path(tmp) / "synthetic.html"
            HtmlExporter().write(synthetic_graph(args.synthetic), page)
        elif page is None:
            page = Path(tmp) / "graph.html"
            kg = Path(sys.executable).with_name("kg")
            subprocess.run([str(kg), "export", "--format", "html", "-o", str(page)], check=True)
        url = page.resolve().as_uri() + (f"#q={quote(args.select)}" if args.select else "")
        dom, elapsed = run(["--dump-dom", url])
        body = re.search(r"<body([^>]*)>", dom)
        attrs = dict(re.findall(r'([\w-]+)="([^"]*)"', body.group(1))) if body else {}
        args.output.parent.mkdir(parents=True, exist_ok=True)
        run([f"--screenshot={args.output.resolve()}", f"--window-size={args.size}", "--virtual-time-budget=4000", url])
        print(f"{page.name}: {page.stat().st_size / 1e6:.2f} MB, {attrs.get('data-node-count', '?')} nodes "
              f"({attrs.get('data-drawn-node-count', '?')} drawn), in-page first paint "
              f"{attrs.get('data-render-ms', '?')} ms, chromium --dump-dom {elapsed:.1f} s → {args.output}")


if __name__ == "__main__":
    main()
