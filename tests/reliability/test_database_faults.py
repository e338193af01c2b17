"""A failing database: not running, wrong password, killed in the middle of a load, a batch that
fails half-way through a document. The loader retries what is transient, gives up with one line,
and never leaves half a document behind.
"""
from __future__ import annotations

import os
import signal
import threading
import time

import pytest
from neo4j.exceptions import TransientError

import loader.neo4j.sink as sink
from helpers import scalar
from benchmarks.generator import article as generated_article
from loader.config import instance_ports
from loader.corpus import read_document
from loader.errors import KgError
from loader.pipeline import document_batch
from loader.load import load_paths
from loader.neo4j.connection import open_driver
from loader.neo4j.maintenance import wipe
from loader.neo4j.sink import ensure_schema, write_documents


def _replace(driver, batch, replace):
    with driver.session(database="neo4j") as session:
        return write_documents(session, [(batch, replace)])

WRONG_PASSWORD = "wrong-Pa55word-that-must-not-leak"


def _corpus(directory, count: int):
    directory.mkdir(parents=True, exist_ok=True)
    for i in range(count):
        text, _ = generated_article(1402, i)
        (directory / f"gen-{i:04d}.txt").write_text(text, encoding="utf-8")
    return directory


# ------------------------------------------------------------------------------ not running

def test_kg_load_when_no_server_runs_names_the_uri_and_how_to_start(kg, tmp_path, article):
    (tmp_path / "a.txt").write_text(article, encoding="utf-8")
    began = time.perf_counter()
    result = kg("load", "--quiet", str(tmp_path), env={"NEO4J_URI": "bolt://127.0.0.1:9"})
    seconds = time.perf_counter() - began
    assert result.returncode == 1
    assert result.stderr.strip() == ("Error: Neo4j is unreachable at bolt://127.0.0.1:9 (NEO4J_URI): start one with "
                                     "`kg neo4j start` (or `docker compose up -d`), or set NEO4J_URI")
    assert "Traceback" not in result.stderr and result.stdout == ""
    assert seconds < 30  # three quick attempts, not a hang


def test_kg_load_local_instance_not_started(kg, tmp_path, article):
    (tmp_path / "a.txt").write_text(article, encoding="utf-8")
    bolt, _ = instance_ports("reliability-never-started")
    result = kg("load", "--quiet", str(tmp_path), env={"NEO4J_URI": "", "KG_NEO4J_INSTANCE": "reliability-never-started"})
    assert result.returncode == 1
    assert result.stderr.strip() == (f"Error: Neo4j is unreachable at bolt://127.0.0.1:{bolt} "
                                     f"(local instance 'reliability-never-started'): start it with "
                                     f"`kg neo4j start --instance reliability-never-started`, or set NEO4J_URI")


# ------------------------------------------------------------------------------ wrong password

@pytest.mark.parametrize("command", [["load", "--quiet"], ["cypher", "MATCH (n) RETURN count(n)"]],
                         ids=["load", "cypher"])
def test_wrong_password_is_named_never_printed(kg, tmp_path, article, private_server, command):
    # Against the private server: Neo4j locks a user for a few seconds after repeated failures,
    # which must not disturb the shared test database.
    server, settings = private_server
    (tmp_path / "a.txt").write_text(article, encoding="utf-8")
    args = [*command, str(tmp_path)] if command[0] == "load" else command
    result = kg(*args, env={"NEO4J_URI": settings.uri, "NEO4J_PASSWORD": WRONG_PASSWORD})
    assert result.returncode == 1
    assert result.stderr.strip() == f"Error: Neo4j at {settings.uri} refused user 'neo4j': wrong NEO4J_USER or NEO4J_PASSWORD"
    assert WRONG_PASSWORD not in result.stdout + result.stderr
    logs = "".join(p.read_text(errors="replace") for p in (server.home / "logs").glob("*.log"))
    assert WRONG_PASSWORD not in logs
    with open_driver(settings):  # a good login resets the server's failed-login counter (3 locks the user)
        pass


# ------------------------------------------------------------------------------ half a document

def _failing_write_batches(after_statements: int, error: Exception, fail_times: int = 1):
    """`_write_batches` that runs its first statements for real, then raises (``fail_times`` times).

    If the batch is written with fewer statements than ``after_statements`` (the sink may send a
    document as one statement), it raises after the whole batch is written, before the commit.
    Either way ``state["written_before_failure"]`` records the document's rows visible inside the
    transaction at the moment of failure, to show the failure really came mid-document.
    """
    original = sink._write_batches
    state = {"failures": 0, "attempts": 0, "written_before_failure": []}

    def fail(tx, doc_id):
        record = tx.run("CALL () { MATCH (d:Document {id: $d}) RETURN count(d) AS docs } "
                        "CALL () { MATCH (m:Mention {doc: $d}) RETURN count(m) AS mentions } "
                        "RETURN docs + mentions AS n", d=doc_id).single()
        state["written_before_failure"].append(record["n"])
        state["failures"] += 1
        raise error

    class Proxy:
        def __init__(self, tx, doc_id):
            self.tx, self.doc_id, self.calls = tx, doc_id, 0

        def run(self, *args, **kwargs):
            if self.calls >= after_statements and state["failures"] < fail_times:
                fail(self.tx, self.doc_id)
            self.calls += 1
            return self.tx.run(*args, **kwargs)

    def write(tx, batches, summary):
        state["attempts"] += 1
        doc_id = batches[0].document["id"]
        result = original(Proxy(tx, doc_id), batches, summary)
        if state["failures"] < fail_times and len(state["written_before_failure"]) < state["attempts"]:
            fail(tx, doc_id)
        return result
    return write, state


def _doc_subgraph(driver, doc_id: str) -> tuple[int, int, int]:
    return (scalar(driver, "MATCH (d:Document {id: $d}) RETURN count(d)", d=doc_id),
            scalar(driver, "MATCH (m:Mention {doc: $d}) RETURN count(m)", d=doc_id),
            scalar(driver, "MATCH ()-[r {doc: $d}]->() RETURN count(r)", d=doc_id))


def test_failure_in_the_middle_of_a_document_leaves_nothing_of_it(graph, tmp_path, article, monkeypatch):
    path = tmp_path / "half.txt"
    path.write_text(article, encoding="utf-8")
    batch = document_batch(read_document(path))
    assert batch.row_count() > 50
    ensure_schema(graph, "neo4j")
    write, state = _failing_write_batches(after_statements=4, error=RuntimeError("disk on fire"))
    monkeypatch.setattr(sink, "_write_batches", write)
    with pytest.raises(RuntimeError, match="disk on fire"):
        _replace(graph, batch, replace=False)
    assert state["attempts"] == 1  # not a transient error: no retry
    assert state["written_before_failure"][0] > 0  # rows of the document existed inside the transaction
    assert _doc_subgraph(graph, "half") == (0, 0, 0)


def test_failed_replacement_keeps_the_previous_version_whole(graph, tmp_path, article, monkeypatch, graph_snapshot):
    path = tmp_path / "versioned.txt"
    path.write_text(article, encoding="utf-8")
    ensure_schema(graph, "neo4j")
    _replace(graph, document_batch(read_document(path)), replace=False)
    before = _doc_subgraph(graph, "versioned")
    text_before = scalar(graph, "MATCH (d:Document {id: 'versioned'}) RETURN d.text")
    path.write_text(article.replace("\n\n", "\n\nخبر تازه.\n\n", 1), encoding="utf-8")
    write, _ = _failing_write_batches(after_statements=6, error=RuntimeError("connection reset"))
    monkeypatch.setattr(sink, "_write_batches", write)
    with pytest.raises(RuntimeError):
        _replace(graph, document_batch(read_document(path)), replace=True)
    assert _doc_subgraph(graph, "versioned") == before
    assert scalar(graph, "MATCH (d:Document {id: 'versioned'}) RETURN d.text") == text_before


def test_transient_error_mid_document_is_retried_and_written_once(graph, tmp_path, article, monkeypatch):
    path = tmp_path / "retried.txt"
    path.write_text(article, encoding="utf-8")
    batch = document_batch(read_document(path))
    ensure_schema(graph, "neo4j")
    _replace(graph, batch, replace=False)
    clean = _doc_subgraph(graph, "retried")
    _wipe_doc = "MATCH (n) WHERE n.doc = 'retried' OR n.id = 'retried' DETACH DELETE n"
    graph.execute_query(_wipe_doc)
    write, state = _failing_write_batches(after_statements=5, error=TransientError("deadlock detected"), fail_times=2)
    monkeypatch.setattr(sink, "_write_batches", write)
    _replace(graph, batch, replace=False)
    assert (state["failures"], state["attempts"]) == (2, 3)
    assert _doc_subgraph(graph, "retried") == clean


def test_load_paths_reports_a_document_whose_write_fails_and_loads_the_others(graph, tmp_path, monkeypatch):
    corpus = _corpus(tmp_path / "corpus", 3)
    original = sink._write_batches
    groups = []

    def write(tx, batches, summary):
        groups.append([b.document["id"] for b in batches])
        if "gen-0001" in groups[-1]:
            raise KgError("gen-0001: simulated write failure")
        return original(tx, batches, summary)
    monkeypatch.setattr(sink, "_write_batches", write)
    errors: list[str] = []
    report = load_paths(graph, "neo4j", [corpus], on_error=errors.append)
    assert groups[0] == ["gen-0000", "gen-0001", "gen-0002"]  # written together first, then one by one
    assert errors == ["gen-0001: simulated write failure"]
    assert report.loaded == ["gen-0000", "gen-0002"]
    assert _doc_subgraph(graph, "gen-0001") == (0, 0, 0)


# ------------------------------------------------------------------------------ killed mid-load

@pytest.fixture(scope="module")
def chaos(private_server, tmp_path_factory, graph_snapshot):
    """Clean load; then a load during which the server is SIGKILLed; then restart and load again."""
    server, settings = private_server
    corpus = _corpus(tmp_path_factory.mktemp("chaos") / "corpus", 40)
    outcome: dict = {}
    with open_driver(settings) as driver:
        wipe(driver, "neo4j")
        began = time.perf_counter()
        report = load_paths(driver, "neo4j", [corpus], on_error=lambda m: None)
        outcome["clean_seconds"] = time.perf_counter() - began
        assert not report.failed and len(report.loaded) == 40
        outcome["clean"] = graph_snapshot(driver)
        wipe(driver, "neo4j")

    done: list[str] = []

    def interrupted_load():
        try:
            with open_driver(settings) as driver:
                load_paths(driver, "neo4j", [corpus], on_error=lambda m: outcome.setdefault("reported", []).append(m),
                           progress=done.append)
        except BaseException as err:  # noqa: BLE001 - recorded and examined by the tests
            outcome["error"] = err
    thread = threading.Thread(target=interrupted_load, daemon=True)
    thread.start()
    deadline = time.monotonic() + 120
    while len(done) < 12 and thread.is_alive() and time.monotonic() < deadline:
        time.sleep(0.02)
    outcome["killed_after"] = len(done)
    pid = server.pid()
    os.killpg(pid, signal.SIGKILL)
    killed_at = time.perf_counter()
    thread.join(timeout=120)
    outcome["gave_up_seconds"] = time.perf_counter() - killed_at
    outcome["thread_alive"] = thread.is_alive()

    began = time.perf_counter()
    server.start(settings.password)
    outcome["restart_seconds"] = time.perf_counter() - began
    with open_driver(settings) as driver:
        outcome["after_kill"] = scalar(driver, "MATCH (d:Document) RETURN count(d)")
        outcome["half_documents"] = scalar(
            driver, "MATCH (d:Document) WHERE d.sha256 IS NULL OR NOT EXISTS { (d)<-[:IN_DOCUMENT]-() } RETURN count(d)")
        outcome["reload"] = load_paths(driver, "neo4j", [corpus], on_error=lambda m: None)
        outcome["final"] = graph_snapshot(driver)
    print({k: v for k, v in outcome.items() if k not in ("reload",)})
    return outcome


def test_killed_server_then_reload_equals_a_clean_load(chaos):
    assert 0 < chaos["killed_after"] < 40, chaos["killed_after"]
    assert not chaos["thread_alive"]
    assert chaos["half_documents"] == 0
    reload = chaos["reload"]
    assert not reload.failed
    assert len(reload.unchanged) == chaos["after_kill"] and len(reload.unchanged) + len(reload.loaded) == 40
    assert chaos["final"] == chaos["clean"]


def test_killed_server_gives_up_with_one_line(chaos):
    """After the driver's retries (30 s) the load stops with one line naming the server."""
    err = chaos.get("error")
    assert err is not None, "the interrupted load finished without noticing the server was gone"
    assert isinstance(err, KgError), f"{type(err).__name__}: {err}"
    assert "\n" not in str(err) and "bolt://127.0.0.1:" in str(err)
    assert chaos["gave_up_seconds"] < 90
