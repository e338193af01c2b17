"""Paths and small utilities shared by tests (importable because pytest puts tests/ on sys.path)."""
import hashlib
import json
import os
import signal
import sys
from pathlib import Path

import loader.pipeline
from loader.neo4j.maintenance import wipe  # noqa: F401  (tests import it from here)

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpus"
GOLD = ROOT / "tests" / "gold"
# The real `kg` executable, for tests that run it as a user would.
KG = [str(ROOT / ".venv" / "bin" / "kg")] if (ROOT / ".venv" / "bin" / "kg").exists() else [sys.executable, "-m", "loader.cli"]


EXTRACT_SECTION = loader.pipeline.extract_section


def killed_section(task, timings=None):
    """Put in place of ``loader.pipeline.extract_section``: the section process is killed
    (SIGKILL, as the out-of-memory killer does) on every section but the first. Module-level, so
    a process pool can name it."""
    if task[2] > 0:
        os.kill(os.getpid(), signal.SIGKILL)
    return EXTRACT_SECTION(task, timings)


def scalar(driver, cypher, **params):
    records, _, _ = driver.execute_query(cypher, params)
    return records[0][0]


def _canonical(value):
    if isinstance(value, float):
        return repr(value)
    if isinstance(value, list):
        return [_canonical(v) for v in value]
    return value


def snapshot(driver, database: str = "neo4j") -> dict:
    """Counts and a content hash of the whole graph, independent of element ids and write order."""
    nodes, _, _ = driver.execute_query(
        "MATCH (n) RETURN labels(n) AS labels, properties(n) AS props", database_=database)
    rels, _, _ = driver.execute_query(
        "MATCH (a)-[r]->(b) RETURN type(r) AS type, properties(r) AS props, "
        "labels(a) AS a_labels, coalesce(a.id, a.name) AS a_key, labels(b) AS b_labels, coalesce(b.id, b.name) AS b_key",
        database_=database)
    node_lines = sorted(json.dumps([sorted(r["labels"]), {k: _canonical(v) for k, v in sorted(r["props"].items())}],
                                   ensure_ascii=False, sort_keys=True) for r in nodes)
    rel_lines = sorted(json.dumps([r["type"], sorted(r["a_labels"]), r["a_key"], sorted(r["b_labels"]), r["b_key"],
                                   {k: _canonical(v) for k, v in sorted(r["props"].items())}],
                                  ensure_ascii=False, sort_keys=True) for r in rels)
    digest = hashlib.sha256("\n".join(node_lines + ["--"] + rel_lines).encode()).hexdigest()
    return {"nodes": len(node_lines), "relationships": len(rel_lines), "sha256": digest}


def point_kg_at(monkeypatch, settings) -> None:
    """The environment that makes `kg` commands use the test server."""
    monkeypatch.setenv("NEO4J_URI", settings.uri)
    monkeypatch.setenv("NEO4J_USER", settings.user)
    monkeypatch.setenv("NEO4J_PASSWORD", settings.password)
    monkeypatch.setenv("NEO4J_DATABASE", settings.database)
