"""Neo4j Browser on a local instance, as a newcomer meets it: `kg neo4j start` prints a link;
opened in headless Chromium it is connected to that instance, styled, with the project's guide.

The instance is the one the tests run on (not `default`, so a Browser that fell back to 7687
would land elsewhere). Screenshots go to a temporary folder, or to ``KG_SCREENSHOT_DIR``
(`make screenshots` refreshes the ones in docs/img/), so a test run leaves the tree clean.
"""
from __future__ import annotations

import json
import os
import re
import tempfile
import urllib.request
from pathlib import Path

import pytest
from click.testing import CliRunner

from browser_cdp import Chromium
from loader.cli import main
from loader.config import instance_ports
from loader.export.base import COLORS

SHOTS = Path(os.environ.get("KG_SCREENSHOT_DIR") or Path(tempfile.gettempdir()) / "kg-screenshots")
LINK = re.compile(r"^Neo4j Browser: (http://\S+)  \(log in as (\S+) with (?:the password in (\S+)|your NEO4J_PASSWORD)\)$", re.M)
FRAMES = "[...document.querySelectorAll('[data-testid=frame]')]"
COMMAND = "(f => (f.querySelector('[data-testid=frameCommand]') || {innerText: ''}).innerText)"
GUIDE = f"{FRAMES}.find(f => {COMMAND}(f).includes('guide.html'))"


def frame_commands(browser: Chromium) -> list[str]:
    return browser.js(f"{FRAMES}.map({COMMAND})")


def play_block(browser: Chromium, index: int) -> None:
    """Click ▶ on the guide's code block ``index`` of the slide shown: Browser runs it at once."""
    browser.js(f"{GUIDE}.querySelectorAll('pre.runnable')[{index}].querySelector('i').click()")


def show_slide(browser: Chromium, title: str) -> None:
    """Step through the guide (back to its first slide, then forward) until ``title`` shows."""
    for _ in range(30):
        if not browser.js(f"!!{GUIDE}.querySelector('[data-testid=previousSlide]')"):
            break
        browser.js(f"{GUIDE}.querySelector('[data-testid=previousSlide]').click()")
    for _ in range(30):
        if browser.js(f"{GUIDE}.querySelector('h3').innerText") == title:
            return
        if not browser.js(f"!!{GUIDE}.querySelector('[data-testid=nextSlide]')"):
            break
        browser.js(f"{GUIDE}.querySelector('[data-testid=nextSlide]').click()")
    raise AssertionError(f"no guide slide {title!r}")


def wait_params_set(browser: Chromium) -> None:
    browser.wait_for(f"{COMMAND}({FRAMES}[0]).startsWith(':param') && "
                     f"{FRAMES}[0].querySelectorAll('.fa-check-square-o').length == "
                     f"{FRAMES}[0].querySelectorAll('[data-testid=multi-statement-list-title]').length",
                     what="every parameter set")


def start_output(instance: str, monkeypatch) -> str:
    monkeypatch.delenv("NEO4J_URI", raising=False)
    result = CliRunner().invoke(main, ["neo4j", "start", "--instance", instance, "--no-docker"])
    assert result.exit_code == 0, result.output
    return result.output


def test_discovery_advertises_the_instances_own_bolt_port(local_instance):
    bolt, http = instance_ports(local_instance)
    with urllib.request.urlopen(f"http://127.0.0.1:{http}/", timeout=10) as response:
        discovery = json.loads(response.read())
    assert discovery["bolt_direct"] == f"bolt://127.0.0.1:{bolt}"
    assert discovery["bolt_routing"] == f"neo4j://127.0.0.1:{bolt}"


def test_guide_style_and_favourites_are_served_by_the_instance(local_instance):
    _, http = instance_ports(local_instance)
    for name, kind in [("guide.html", "text/html"), ("style.grass", ""), ("model.svg", "image/svg+xml"),
                       ("favorites.zip", ""), ("favorites/02-who-ran-a-province.cypher", "")]:
        with urllib.request.urlopen(f"http://127.0.0.1:{http}/browser/kg/{name}", timeout=10) as response:
            assert response.status == 200
            assert kind in response.headers.get("Content-Type", ""), name
            assert response.read()
    with urllib.request.urlopen(f"http://127.0.0.1:{http}/browser/", timeout=10) as response:
        assert b"Neo4j Browser" in response.read(), "Browser itself is still served beside the project's files"


def test_second_start_says_already_running_and_prints_the_link(local_instance, monkeypatch):
    out = start_output(local_instance, monkeypatch)
    bolt, http = instance_ports(local_instance)
    assert out.startswith(f"already running: instance '{local_instance}'")
    assert "started in" not in out
    link = LINK.search(out)
    assert link and link.group(1) == f"http://127.0.0.1:{http}/browser/?dbms=bolt://neo4j@127.0.0.1:{bolt}"
    secret = Path(link.group(3)).read_text(encoding="utf-8").strip()
    assert secret and secret not in out, "the line names the password file; the password stays out of the terminal"


def test_printed_link_opens_browser_connected_styled_with_the_guide(local_instance, corpus_graph, chromium,
                                                                   neo4j_settings, monkeypatch):
    out = start_output(local_instance, monkeypatch)
    url, user, password_path = LINK.search(out).groups()
    password = Path(password_path).read_text(encoding="utf-8").strip() if password_path else os.environ["NEO4J_PASSWORD"]
    bolt, _ = instance_ports(local_instance)
    with Chromium(chromium, width=1400, height=900) as browser:
        browser.open(url)
        browser.wait_for("!!document.querySelector('[data-testid=password]')", what="the connect form")
        # The form holds this instance's address and user; only the password is typed.
        assert browser.js("document.querySelector('#url-input').value") == f"127.0.0.1:{bolt}"
        assert browser.js("document.querySelector('[data-testid=username]').value") == user
        browser.type_into("[data-testid=password]", password)
        browser.screenshot(SHOTS / "browser-connect.png")
        browser.click("[data-testid=connect]")

        # Connected to this instance, and the post-connect commands ran: style, then the guide.
        browser.wait_for(f"!!{GUIDE} && {GUIDE}.innerText.includes('Start here')", timeout=120, what="the guide")
        commands = frame_commands(browser)
        assert commands[0].startswith(":play http://127.0.0.1:") and commands[0].endswith("/browser/kg/guide.html")
        assert any(c.startswith(":style {") for c in commands)
        connected = browser.wait_for(f"({FRAMES}.find(f => f.innerText.includes('You are connected')) || "
                                     "{innerText: ''}).innerText", what="the connection frame")
        assert f"bolt://127.0.0.1:{bolt}" in connected
        browser.js(f"{FRAMES}.find(f => f.innerText.includes('You are connected')).scrollIntoView()")
        browser.screenshot(SHOTS / "browser-connected.png")
        browser.wait_for(f"(localStorage.getItem('neo4j.grass') || '').includes('{COLORS['Person']}')",
                         what="the project's style in Browser's local storage")
        grass = json.loads(browser.js("localStorage.getItem('neo4j.grass')"))
        assert grass["node.Person"]["color"] == COLORS["Person"] and grass["node.Post"]["caption"] == "{label}"
        assert grass["relationship.HOLDS"]["caption"] == "{title}"
        assert "guide.neo4j" not in browser.js("document.body.innerText")
        browser.js("window.scrollTo(0, 0)")
        browser.screenshot(SHOTS / "browser-guide.png")

        # The first slide's block: ▶ runs it; a styled graph of who held posts in قم.
        play_block(browser, 0)
        browser.wait_for(f"{FRAMES}[0].querySelectorAll('svg.neod3viz .node').length > 3", timeout=60,
                         what="the graph")
        fills = browser.js(f"[...{FRAMES}[0].querySelectorAll('svg.neod3viz .node circle.b-outline')]"
                           ".map(c => c.getAttribute('fill'))")
        assert COLORS["Person"].lower() in {f.lower() for f in fills}, fills
        captions = browser.js(f"{FRAMES}[0].querySelector('svg.neod3viz').textContent")
        assert "موسوی" in captions and "قم" in captions, "nodes are captioned with their names"
        browser.screenshot(SHOTS / "browser-graph.png")

        # A canned question: type a province the way a user might (Arabic ي, a space), set the
        # parameters, ask; the folded key finds خراسان شمالی.
        show_slide(browser, "who-ran-province")
        browser.type_into(f"input[value-for='kg-who-ran-province-province']", "خراسان شمالي")
        browser.key("End", "End", key_code=35)
        assert "خراسان شمالي" in browser.js(f"{GUIDE}.querySelector('pre.runnable').textContent")
        play_block(browser, 0)
        wait_params_set(browser)
        play_block(browser, 1)
        browser.wait_for(f"{FRAMES}[0].innerText.includes('جواد یزدانی')", timeout=60, what="the answer table")
        assert "ERROR" not in browser.js(f"{FRAMES}[0].innerText")
        browser.screenshot(SHOTS / "browser-question.png")

        # Evidence: long Persian sentences wrap inside their cells instead of running off the frame.
        show_slide(browser, "evidence")
        play_block(browser, 0)
        wait_params_set(browser)
        play_block(browser, 1)
        browser.wait_for(f"{FRAMES}[0].innerText.includes('حاجی')", timeout=60, what="the evidence table")
        widths = browser.js(f"[...{FRAMES}[0].querySelectorAll('.relatable__table-body-cell > span')]"
                            ".map(s => [s.textContent.length, s.getBoundingClientRect().width])")
        longest = max(widths)
        assert longest[0] > 150 and longest[1] < 700, widths
        browser.screenshot(SHOTS / "browser-evidence.png")
