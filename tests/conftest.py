"""A real Neo4j for the tests, by the project's three-way rule.

1. ``NEO4J_URI`` names a server (``make test`` and CI start the local ``test`` instance and set it);
2. else a Docker engine answers: testcontainers starts ``neo4j:5.26-community``;
3. else the local jar-based server instance ``test`` (ports 7688/7475) is started here and stopped
   at the end of the session.
Tests that need isolation use ``graph``, which wipes the database first.
"""
from __future__ import annotations

import os
import pytest

import secrets

from loader.config import Neo4jSettings, instance_name, instance_password, instance_ports
from helpers import point_kg_at
from loader.neo4j.connection import open_driver
from loader.neo4j.maintenance import wipe


def _from_environment() -> Neo4jSettings | None:
    uri = os.environ.get("NEO4J_URI")
    if not uri:
        return None
    # The password: NEO4J_PASSWORD, else the one `kg neo4j start` keeps for KG_NEO4J_INSTANCE.
    return Neo4jSettings(uri, os.environ.get("NEO4J_USER", "neo4j"),
                         os.environ.get("NEO4J_PASSWORD") or instance_password(instance_name()) or "",
                         os.environ.get("NEO4J_DATABASE", "neo4j"), "NEO4J_URI")


@pytest.fixture(scope="session")
def neo4j_settings(request) -> Neo4jSettings:
    settings = _from_environment()
    if settings:
        return settings
    from loader.neo4j.docker import docker_engine_available
    if docker_engine_available():
        from testcontainers.neo4j import Neo4jContainer
        password = secrets.token_urlsafe(18)
        container = Neo4jContainer("neo4j:5.26-community", password=password)
        container.start()
        request.addfinalizer(container.stop)
        return Neo4jSettings(container.get_connection_url(), "neo4j", password, "neo4j", "testcontainers")
    from loader.neo4j.server import LocalServer
    server = LocalServer("test")
    started = not server.status().running
    server.start(os.environ.get("NEO4J_PASSWORD") or None)
    if started:
        request.addfinalizer(server.stop)
    bolt, _ = instance_ports("test")
    return Neo4jSettings(f"bolt://127.0.0.1:{bolt}", "neo4j", server.password(), "neo4j", "local instance 'test'")


@pytest.fixture(scope="session")
def neo4j_driver(neo4j_settings):
    with open_driver(neo4j_settings) as driver:
        yield driver


@pytest.fixture(scope="module")
def corpus_loaded(neo4j_driver, neo4j_settings):
    """The three corpus articles, loaded once for a module whose tests only read the graph."""
    from helpers import CORPUS
    from loader.load import load_paths
    wipe(neo4j_driver, neo4j_settings.database)
    errors: list[str] = []
    report = load_paths(neo4j_driver, neo4j_settings.database, [CORPUS], jobs=1, on_error=errors.append)
    assert len(report.loaded) == 3 and not errors, errors
    return neo4j_driver


@pytest.fixture
def corpus_graph(corpus_loaded, neo4j_settings, monkeypatch):
    """The corpus graph, and the environment pointing `kg` commands at it."""
    point_kg_at(monkeypatch, neo4j_settings)
    return corpus_loaded


@pytest.fixture
def graph(neo4j_driver, neo4j_settings, monkeypatch):
    """An empty database, and the environment pointing `kg` commands at it."""
    wipe(neo4j_driver, neo4j_settings.database)
    point_kg_at(monkeypatch, neo4j_settings)
    return neo4j_driver


@pytest.fixture(autouse=True)
def no_user_decisions(tmp_path, monkeypatch):
    """Tests never read the user's identity decisions (docs/identity.md): an empty file of their own."""
    monkeypatch.setenv("KG_DECISIONS", str(tmp_path / "decisions.jsonl"))
