"""Against the real Neo4j: a `same` and a `different` decision take effect at the next load,
survive a re-load and a wipe followed by a load, and a bad decisions file changes nothing."""
import json
import shutil
from pathlib import Path

import pytest

from helpers import snapshot, wipe
from loader.errors import KgError
from loader.identity.decisions import append_decision
from loader.load import load_paths

TEXTS = {
    "a": "محمد عاشوری مدیرکل تأمین اجتماعی استان قم گفت: امسال ۲۰ هزار نفر بیمه شدند.\n",
    "b": "علی عاشوری مدیرکل بهزیستی استان یزد گفت: امسال ۵ مرکز افتتاح شد.\n",
    "c": "سیدمحمد عاشوری در جلسه شورای اداری استان قم حضور یافت و گفت: کار ادامه دارد.\n",
}
MOHAMMAD, ALI, SEYED = "person:محمدعاشوری", "person:علیعاشوری", "person:سیدمحمدعاشوری"


@pytest.fixture
def articles(tmp_path) -> Path:
    folder = tmp_path / "articles"
    folder.mkdir()
    for name, text in TEXTS.items():
        (folder / f"{name}.txt").write_text(text, encoding="utf-8")
    return folder


def load(graph, folder, decisions):
    errors = []
    report = load_paths(graph, "neo4j", [folder], jobs=1, on_error=errors.append, decisions=decisions)
    assert not errors, errors
    return report


def people(graph) -> dict[str, tuple[str, list]]:
    records, _, _ = graph.execute_query(
        "MATCH (p:Person) OPTIONAL MATCH (d:Document)-[:MENTIONS]->(p) "
        "RETURN p.id AS id, p.absorbed AS absorbed, collect(d.stem) AS docs")
    return {r["id"]: (sorted(r["absorbed"] or []), sorted(r["docs"])) for r in records}


def test_same_and_different_survive_reload_and_wipe(graph, articles, tmp_path):
    decisions = tmp_path / "decisions.jsonl"
    load(graph, articles, decisions)
    # Without decisions: سیدمحمد عاشوری and محمد عاشوری are one person (the fuller name is the
    # node), علی عاشوری another.
    assert people(graph) == {SEYED: ([MOHAMMAD], ["a", "c"]), ALI: ([], ["b"])}

    append_decision(decisions, "same", MOHAMMAD, ALI, note="test")
    append_decision(decisions, "different", MOHAMMAD, SEYED)
    report = load(graph, articles, decisions)
    assert report.unchanged and report.rewritten
    expected = {MOHAMMAD: ([ALI], ["a", "b"]), SEYED: ([], ["c"])}
    assert people(graph) == expected

    before = snapshot(graph)
    again = load(graph, articles, decisions)
    assert not again.rewritten and len(again.unchanged) == 3
    assert snapshot(graph) == before

    wipe(graph, "neo4j")
    load(graph, articles, decisions)
    assert people(graph) == expected
    records, _, _ = graph.execute_query(
        "MATCH (:Document {stem: 'b'})-[m:MENTIONS]->(p:Person) RETURN m.as_id AS as_id, m.resolution AS why")
    assert records[0]["as_id"] == ALI and "decided same" in records[0]["why"]

    append_decision(decisions, "undo", undo=1)
    load(graph, articles, decisions)
    assert people(graph) == {MOHAMMAD: ([], ["a"]), ALI: ([], ["b"]), SEYED: ([], ["c"])}


@pytest.mark.parametrize("bad, message", [
    ('{"n": 1, "decision": "same", "a": "person:محمدعاشوری"\n', ":1: not a JSON object"),
    ('{"n": 1, "decision": "same", "a": "person:محمدعاشوری", "b": "person:هیچکس"}\n', ":1: person:هیچکس is not a person"),
    ('{"n": 1, "decision": "same", "a": "person:محمدعاشوری", "b": "person:علیعاشوری"}\n'
     '{"n": 2, "decision": "different", "a": "person:علیعاشوری", "b": "person:محمدعاشوری"}\n', ":2: contradicts line 1"),
])
def test_a_bad_decisions_file_leaves_the_graph_as_it_was(graph, articles, tmp_path, bad, message):
    decisions = tmp_path / "decisions.jsonl"
    load(graph, articles, decisions)
    (articles / "b.txt").write_text(TEXTS["b"].replace("۵", "۶"), encoding="utf-8")  # a change to load
    before = snapshot(graph)
    decisions.write_text(bad, encoding="utf-8")
    with pytest.raises(KgError) as err:
        load_paths(graph, "neo4j", [articles], jobs=1, decisions=decisions)
    assert str(err.value).startswith(f"{decisions}{message}") and "\n" not in str(err.value)
    assert snapshot(graph) == before
