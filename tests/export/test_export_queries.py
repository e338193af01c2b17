"""`kg export --query NAME` for every canned query; one that cannot be exported says so."""
from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from loader.cli import main
from loader.queries import canned_queries

QUERIES = canned_queries()


@pytest.mark.parametrize("name", sorted(QUERIES))
def test_every_canned_query_exports_its_subgraph(name, corpus_graph, tmp_path):
    params = [f"{k}={v}" for k, v in QUERIES[name].example_params().items()]
    out = tmp_path / f"{name}.json"
    result = CliRunner().invoke(main, ["export", "--format", "json", "-o", str(out), "--query", name,
                                       *[arg for p in params for arg in ("--param", p)]])
    assert result.exit_code == 0, result.output
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["nodes"], f"{name} exported no nodes"


def test_a_query_without_graph_values_or_ids_cannot_be_exported(corpus_graph, tmp_path, monkeypatch):
    (tmp_path / "names.cypher").write_text("// name: names\n// description: just names\n"
                                           "MATCH (p:Person) RETURN p.name AS name\n", encoding="utf-8")
    monkeypatch.setenv("KG_CYPHER_DIR", str(tmp_path))
    result = CliRunner().invoke(main, ["export", "--format", "json", "-o", str(tmp_path / "x.json"), "--query", "names"])
    assert result.exit_code == 1
    assert result.stderr.strip() == ("Error: query 'names' cannot be exported: it returns no nodes, relationships "
                                     "or id columns (columns: name)")


def test_export_query_checks_its_names_like_kg_query(corpus_graph, tmp_path):
    result = CliRunner().invoke(main, ["export", "--format", "json", "-o", str(tmp_path / "x.json"),
                                       "--query", "person", "--param", "name=حیدریانن"])
    assert result.exit_code == 1 and "did you mean مریم حیدریان" in result.stderr
    assert not (tmp_path / "x.json").exists()


def test_export_counts_what_it_reads(corpus_graph, neo4j_settings, tmp_path):
    records, _, _ = corpus_graph.execute_query("MATCH (n) RETURN count(n) AS n, COUNT { ()-[]->() } AS r")
    total = records[0]["n"] + records[0]["r"]
    result = CliRunner().invoke(main, ["export", "--format", "json", "-o", str(tmp_path / "all.json")])
    assert result.exit_code == 0, result.output
    assert f"reading: {total:,} nodes and relationships" in result.stderr
    assert f"reading: {total:,}/{total:,} nodes and relationships (100%" in result.stderr
    assert result.stdout.startswith(f"{records[0]['n']} nodes, {records[0]['r']} relationships")
