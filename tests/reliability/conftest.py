"""Shared fixtures for the reliability tests: sample articles, running `kg`, and graph snapshots."""
from __future__ import annotations

import os
import subprocess

import pytest

from helpers import CORPUS, KG, ROOT, snapshot


@pytest.fixture(scope="session")
def article() -> str:
    """A real article of the corpus (UTF-8 Persian)."""
    return sorted(CORPUS.glob("*.txt"))[0].read_text(encoding="utf-8")


@pytest.fixture
def kg():
    """Run the real `kg` executable in a subprocess; returns the CompletedProcess (text)."""
    def run(*args: str, env: dict | None = None, timeout: float = 300) -> subprocess.CompletedProcess:
        full_env = {**os.environ, **(env or {})}
        return subprocess.run([*KG, *args], capture_output=True, text=True, env=full_env, timeout=timeout,
                              cwd=ROOT)
    return run


@pytest.fixture(scope="session")
def graph_snapshot():
    return snapshot




@pytest.fixture(scope="session")
def private_server():
    """A private local Neo4j instance ('reliability-chaos') that tests may kill and restart.

    It reuses the jar cache (default KG_HOME) but has its own data, ports and pid file, so killing
    it disturbs no other test. Small heap and page cache; stopped and deleted at the end.
    """
    import shutil

    from loader.config import Neo4jSettings
    from loader.neo4j.server import LocalServer

    saved = {k: os.environ.get(k) for k in ("KG_NEO4J_HEAP", "KG_NEO4J_PAGECACHE")}
    os.environ["KG_NEO4J_HEAP"], os.environ["KG_NEO4J_PAGECACHE"] = "512m", "64m"
    server = LocalServer("reliability-chaos")
    server.stop()
    shutil.rmtree(server.home, ignore_errors=True)
    try:
        server.start()  # a generated password, as any user gets
        settings = Neo4jSettings(f"bolt://127.0.0.1:{server.bolt_port}", "neo4j", server.password(), "neo4j",
                                 "local instance 'reliability-chaos'")
        yield server, settings
    finally:
        server.stop()
        shutil.rmtree(server.home, ignore_errors=True)
        for key, value in saved.items():
            if value is None:
                os.environ.pop(key, None)
            else:
                os.environ[key] = value
