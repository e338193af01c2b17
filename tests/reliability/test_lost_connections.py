"""Honest messages when the connection to Neo4j is cut around a commit (issue 19, point 9), with
the real server behind a proxy that cuts one connection (``bolt_proxy``):

- the answer to COMMIT is lost but the server committed: checked, and reported as written;
- COMMIT itself is lost: checked, and reported as not written;
- a connection lost mid-transaction is retried by the driver, whose messages go to the log file,
  not the terminal.
"""
from __future__ import annotations

import os
import subprocess
from dataclasses import replace
from urllib.parse import urlparse

import pytest

from helpers import KG, ROOT, scalar, snapshot, wipe
from loader.errors import KgError
from loader.load import load_paths
from loader.neo4j.connection import open_driver
from reliability.bolt_proxy import BoltProxy


@pytest.fixture
def news(tmp_path, article):
    folder = tmp_path / "news"
    folder.mkdir()
    (folder / "cut.txt").write_text(article, encoding="utf-8")
    return folder


def _proxy(settings, mode: str) -> BoltProxy:
    return BoltProxy(urlparse(settings.uri).port, mode)


def test_a_commit_whose_answer_is_lost_is_checked_and_reported_as_written(graph, neo4j_settings, news):
    proxy = _proxy(neo4j_settings, "after-commit")
    warnings, errors = [], []
    try:
        with open_driver(replace(neo4j_settings, uri=proxy.uri)) as driver:
            report = load_paths(driver, neo4j_settings.database, [news], on_error=errors.append,
                                on_warning=warnings.append)
    finally:
        proxy.close()
    assert proxy.done.is_set(), "the proxy never saw the document's COMMIT"
    assert report.loaded == ["cut"] and not errors and report.transactions == 1
    assert warnings == [f"{news / 'cut.txt'}: Neo4j at {proxy.uri} lost the connection after the commit was sent; "
                        f"checked: it is in the graph, complete"]
    written = snapshot(graph)
    wipe(graph, neo4j_settings.database)
    load_paths(graph, neo4j_settings.database, [news], on_error=pytest.fail)
    assert snapshot(graph) == written  # complete: the same graph as an uninterrupted load


def test_a_commit_that_never_reached_the_server_is_reported_as_not_written(graph, neo4j_settings, news):
    proxy = _proxy(neo4j_settings, "before-commit")
    try:
        with open_driver(replace(neo4j_settings, uri=proxy.uri)) as driver:
            with pytest.raises(KgError) as err:
                load_paths(driver, neo4j_settings.database, [news], on_error=pytest.fail)
    finally:
        proxy.close()
    assert proxy.done.is_set()
    message = str(err.value)
    assert message.startswith(f"{news / 'cut.txt'}: Neo4j at {proxy.uri} failed while writing (IncompleteCommit: ")
    assert message.endswith("nothing of it was written, earlier documents are complete; run kg load again")
    assert scalar(graph, "MATCH (d:Document {id: 'cut'}) RETURN count(d)") == 0
    assert scalar(graph, "MATCH (m:Mention {doc: 'cut'}) RETURN count(m)") == 0


def test_driver_retries_are_logged_to_the_file_not_the_terminal(graph, neo4j_settings, news, tmp_path):
    proxy = _proxy(neo4j_settings, "mid-transaction")
    env = {**os.environ, "NEO4J_URI": proxy.uri, "KG_HOME": str(tmp_path / "home")}
    try:
        result = subprocess.run([*KG, "load", "--quiet", str(news)], capture_output=True, text=True, env=env,
                                cwd=ROOT, timeout=300)
    finally:
        proxy.close()
    assert proxy.done.is_set()
    assert result.returncode == 0, result
    assert result.stderr == ""
    assert "1 documents: 1 loaded new" in result.stdout
    log = (tmp_path / "home" / "logs" / "kg.log").read_text(encoding="utf-8")
    assert "will be retried" in log and "neo4j" in log
