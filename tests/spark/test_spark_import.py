"""corpus/ + 200 generated articles through the Spark job and `kg neo4j import` give the graph
`kg load` of the same files gives: same nodes, relationships, ids and properties, read back from
Neo4j; `kg load` afterwards skips every document, and a top-up by `kg load` keeps them equal."""
from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

from spark_helpers import BAD_FILES
from benchmarks.generator import article
from loader.config import Neo4jSettings
from loader.load import load_paths
from loader.neo4j.admin_import import import_directory
from loader.neo4j.connection import open_driver


def graph_lines(driver) -> Counter:
    """Every node (labels, properties) and relationship (type, ends by label and id, properties)."""
    nodes, _, _ = driver.execute_query("MATCH (n) RETURN labels(n) AS labels, properties(n) AS props")
    rels, _, _ = driver.execute_query(
        "MATCH (a)-[r]->(b) RETURN type(r) AS type, labels(a) AS a_labels, a.id AS a, labels(b) AS b_labels, "
        "b.id AS b, properties(r) AS props")
    lines = Counter(json.dumps(["node", sorted(r["labels"]), r["props"]], ensure_ascii=False, sort_keys=True,
                               default=repr) for r in nodes)
    lines.update(json.dumps(["rel", r["type"], r["a_labels"], r["a"], r["b_labels"], r["b"], r["props"]],
                            ensure_ascii=False, sort_keys=True, default=repr) for r in rels)
    return lines


def assert_same_graph(loaded: Counter, imported: Counter) -> None:
    only_loaded, only_imported = loaded - imported, imported - loaded
    assert not only_loaded and not only_imported, (
        f"{sum(only_loaded.values())} only in the kg load graph, e.g. {sorted(only_loaded)[:3]}; "
        f"{sum(only_imported.values())} only in the imported graph, e.g. {sorted(only_imported)[:3]}")


def test_bad_files_are_named_and_left_out(spark_run):
    out, done = spark_run
    for name in BAD_FILES:
        assert sum(name in line for line in done.stderr.splitlines() if line.startswith("Error: ")) == 1, done.stderr
    assert "203 documents (3 left out)" in done.stdout
    assert (out / "nodes_Document" / "header.csv").read_text("utf-8").startswith("id:ID(Document),:LABEL,")


def test_bulk_import_equals_kg_load_and_kg_load_tops_it_up(spark_run, spark_inputs, import_instance, graph,
                                                          neo4j_settings):
    out, _ = spark_run
    errors: list[str] = []
    report = load_paths(graph, neo4j_settings.database, spark_inputs, jobs=2, on_error=errors.append)
    assert len(report.loaded) == 203 and len(errors) == len(BAD_FILES)

    imported = import_directory(import_instance, out, neo4j_settings.password)
    assert imported.nodes and imported.relationships
    settings = Neo4jSettings(f"bolt://127.0.0.1:{import_instance.bolt_port}", neo4j_settings.user,
                             neo4j_settings.password, "neo4j", "import test instance")
    with open_driver(settings) as bulk:
        assert_same_graph(graph_lines(graph), graph_lines(bulk))
        constraints, _, _ = bulk.execute_query("SHOW CONSTRAINTS YIELD name RETURN collect(name) AS names")
        assert {"person_id", "document_id"} <= set(constraints[0]["names"])

        again = load_paths(bulk, "neo4j", spark_inputs, jobs=2, on_error=lambda message: None)
        assert len(again.unchanged) == 203 and not again.loaded and not again.replaced

        # The top-up: 20 more articles in the same directory (so their paths are what `kg load` of
        # the whole directory gives), loaded into the imported graph; then `kg load` alone of all.
        generated = Path(spark_inputs[1])
        for index in range(200, 220):
            raw, expected = article(1402, index)
            (generated / f"{expected['doc_id']}.txt").write_text(raw, encoding="utf-8", newline="")
        topped = load_paths(bulk, "neo4j", spark_inputs, jobs=2, on_error=lambda message: None)
        assert len(topped.loaded) == 20
        graph.execute_query("MATCH (n) DETACH DELETE n", database_=neo4j_settings.database)
        alone = load_paths(graph, neo4j_settings.database, spark_inputs, jobs=2, on_error=lambda message: None)
        assert len(alone.loaded) == 223
        assert_same_graph(graph_lines(graph), graph_lines(bulk))
