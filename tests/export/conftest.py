"""Fixtures for the export tests: the Persian sample graph in a wiped Neo4j, and headless Chromium."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))

import export_browser  # noqa: E402
from export_sample import load_sample  # noqa: E402


@pytest.fixture
def sample_graph(graph, neo4j_settings):
    """The sample subgraph loaded into an empty database; returns its node and relationship counts."""
    return load_sample(graph, neo4j_settings.database)


@pytest.fixture(scope="session")
def chromium():
    path = export_browser.find_chromium()
    if path is None:
        pytest.skip("no Chromium: apt-get install -y chromium")
    return path
