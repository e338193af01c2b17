"""Group commits: several whole documents per transaction, the same graph as one per transaction,
and a bad document failing alone."""
import pytest
from neo4j.exceptions import ClientError

import loader.neo4j.sink as sink
from helpers import scalar, snapshot
from benchmarks.generator import write_corpus
from loader.errors import KgError
from loader.load import load_paths


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    return write_corpus(tmp_path_factory.mktemp("group") / "c", 14, seed=11).directory


def test_grouped_commits_write_the_same_graph_as_one_document_per_transaction(graph, corpus):
    single = load_paths(graph, "neo4j", [corpus], jobs=1, batch_rows=1, on_error=pytest.fail)
    assert single.transactions == 14
    alone = snapshot(graph)
    graph.execute_query("MATCH (n) DETACH DELETE n")
    grouped = load_paths(graph, "neo4j", [corpus], jobs=2, batch_rows=600, on_error=pytest.fail)
    assert 1 < grouped.transactions < 14 and len(grouped.loaded) == 14
    assert grouped.writes.rows == single.writes.rows
    assert snapshot(graph) == alone


def test_changed_documents_in_one_group_replace_their_own_facts(graph, corpus, tmp_path):
    copy = tmp_path / "c"
    copy.mkdir()
    for path in sorted(corpus.glob("*.txt")):
        (copy / path.name).write_text(path.read_text("utf-8"), "utf-8")
    load_paths(graph, "neo4j", [copy], on_error=pytest.fail)
    clean, clean_facts = snapshot(graph), _facts_of(graph, "000003")
    for name in ("000002.txt", "000003.txt"):
        (copy / name).write_text("سید علی موسوی، مدیرکل تأمین‌اجتماعی استان قم گفت.\n", "utf-8")
    changed = load_paths(graph, "neo4j", [copy], batch_rows=10_000, on_error=pytest.fail)
    assert changed.replaced == ["000002", "000003"] and changed.transactions == 1
    assert scalar(graph, "MATCH (:Document {id: '000003'})<-[:IN_DOCUMENT]-(m:Mention) RETURN count(m)") >= 2
    for name in ("000002.txt", "000003.txt"):
        (copy / name).write_text((corpus / name).read_text("utf-8"), "utf-8")
    load_paths(graph, "neo4j", [copy], on_error=pytest.fail)
    # Shared nodes keep the properties of whichever document wrote them last, so compare
    # counts and the documents' own facts, not every property.
    restored = snapshot(graph)
    assert (restored["nodes"], restored["relationships"]) == (clean["nodes"], clean["relationships"])
    assert _facts_of(graph, "000003") == clean_facts


def _facts_of(driver, doc_id: str) -> list:
    records, _, _ = driver.execute_query(
        "MATCH (a)-[r {doc: $doc}]->(b) RETURN type(r) AS t, r.key AS key, coalesce(a.id, a.name) AS a, "
        "coalesce(b.id, b.name) AS b ORDER BY t, key, a, b", doc=doc_id)
    return [tuple(r.values()) for r in records]


def test_a_document_the_model_refuses_fails_alone(graph, corpus, monkeypatch):
    original = sink._write_batches
    groups = []

    def write(tx, batches, summary):
        groups.append(len(batches))
        original(tx, batches, summary)
        if any(b.document["id"] == "000005" for b in batches):
            raise ValueError("(Person)-[:BOGUS]->(Province) is not in the graph model")
    monkeypatch.setattr(sink, "_write_batches", write)
    errors = []
    report = load_paths(graph, "neo4j", [corpus], batch_rows=100_000, on_error=errors.append)
    assert groups[0] == 14 and groups[1:] == [1] * 14  # the whole group, then one by one
    assert len(errors) == 1 and errors[0].startswith(str(corpus / "000005.txt")) and "BOGUS" in errors[0]
    assert len(report.loaded) == 13 and report.failed == errors
    assert scalar(graph, "MATCH (d:Document) RETURN count(d)") == 13
    assert scalar(graph, "MATCH ()-[r {doc: '000005'}]->() RETURN count(r)") == 0


def test_a_database_error_names_the_document_and_keeps_the_ones_before(graph, corpus, monkeypatch):
    original = sink._write_batches

    def write(tx, batches, summary):
        original(tx, batches, summary)
        if any(b.document["id"] == "000009" for b in batches):
            raise ClientError("Neo.ClientError.Statement.SemanticError: simulated")
    monkeypatch.setattr(sink, "_write_batches", write)
    with pytest.raises(KgError) as caught:
        load_paths(graph, "neo4j", [corpus], batch_rows=100_000, on_error=pytest.fail)
    message = str(caught.value)
    assert message.startswith(str(corpus / "000009.txt")) and "\n" not in message
    assert "bolt://127.0.0.1:" in message and "earlier documents are complete" in message
    assert scalar(graph, "MATCH (d:Document) RETURN count(d)") == 9  # 000000 … 000008, each whole
    assert scalar(graph, "MATCH ()-[r {doc: '000009'}]->() RETURN count(r)") == 0


def test_two_files_with_one_id_in_one_load_the_second_is_refused(graph, corpus, tmp_path):
    """Both files would be document `000001`: the second would silently replace the first, so it
    is refused with a line naming both (issue 19, point 6)."""
    other = tmp_path / "other"
    other.mkdir()
    (other / "000001.txt").write_text("سید علی موسوی، مدیرکل تأمین‌اجتماعی استان قم گفت.\n", "utf-8")
    errors = []
    report = load_paths(graph, "neo4j", [corpus / "000001.txt", other / "000001.txt"], batch_rows=100_000,
                        on_error=errors.append)
    assert report.loaded == ["000001"] and report.transactions == 1
    assert errors == [f"{other / '000001.txt'}: its document id '000001' is already the id of {corpus / '000001.txt'} "
                      f"in this load (ids are paths relative to the directory given); load their common parent "
                      f"directory instead"]
    assert scalar(graph, "MATCH (d:Document {id: '000001'}) RETURN d.path") == str(corpus / "000001.txt")