"""The thin slice end to end: `kg load corpus/` twice leaves exactly three Document nodes."""
import json

from click.testing import CliRunner

from loader.cli import main
from helpers import CORPUS, scalar as count


def test_load_twice_is_idempotent(graph):
    runner = CliRunner()
    first = runner.invoke(main, ["load", "--quiet", str(CORPUS)])
    assert first.exit_code == 0, first.output
    nodes, rels = count(graph, "MATCH (n) RETURN count(n)"), count(graph, "MATCH ()-[r]->() RETURN count(r)")
    second = runner.invoke(main, ["load", "--quiet", str(CORPUS)])
    assert second.exit_code == 0, second.output
    assert "3 unchanged" in second.output
    assert count(graph, "MATCH (d:Document) RETURN count(d)") == 3
    assert (count(graph, "MATCH (n) RETURN count(n)"), count(graph, "MATCH ()-[r]->() RETURN count(r)")) == (nodes, rels)


def test_documents_query_lists_the_corpus(graph):
    runner = CliRunner()
    assert runner.invoke(main, ["load", "--quiet", str(CORPUS)]).exit_code == 0
    result = runner.invoke(main, ["query", "documents", "--format", "json"])
    assert result.exit_code == 0, result.output
    rows = json.loads(result.output)
    assert sorted(r["id"] for r in rows) == sorted(p.stem for p in CORPUS.glob("*.txt"))
    # dated documents first: 002 is about 1402 (the year its text names), the others are undated
    assert [(r["id"][:3], r["date"], r["precision"]) for r in rows] == \
        [("002", "1402", "year"), ("000", None, "unknown"), ("001", None, "unknown")]
    assert all(r["chars"] > 1000 for r in rows)


def test_document_constraint_exists(graph):
    CliRunner().invoke(main, ["load", "--quiet", str(CORPUS)])
    records, _, _ = graph.execute_query("SHOW CONSTRAINTS YIELD labelsOrTypes, properties WHERE 'Document' IN labelsOrTypes RETURN properties")
    assert records and records[0]["properties"] == ["id"]


def test_cypher_refuses_writes(graph):
    result = CliRunner().invoke(main, ["cypher", "CREATE (n:Hack) RETURN n"])
    assert result.exit_code == 1
    assert "read-only" in result.output
    assert count(graph, "MATCH (n:Hack) RETURN count(n)") == 0
