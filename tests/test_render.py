"""`kg cypher` prints nodes, relationships and paths as a reader would write them, and as plain JSON."""
from __future__ import annotations

import json

from click.testing import CliRunner

from loader.cli import main


def cypher(*args):
    result = CliRunner().invoke(main, ["cypher", *args])
    assert result.exit_code == 0, result.output
    return result.stdout


def test_nodes_print_with_labels_and_key_properties(corpus_graph):
    out = cypher("MATCH (p:Person {name: 'مریم حیدریان'}) RETURN p", "--no-bidi")
    assert "(:Person {name: مریم حیدریان, id: person:" in out
    assert "element_id" not in out and "<Node" not in out


def test_paths_and_relationships_read_as_arrows(corpus_graph):
    out = cypher("MATCH path = (p:Person {name: 'مریم حیدریان'})-[:HOLDS]->(:Post)-[:FOR_AREA]->() RETURN path",
                 "--no-bidi")
    assert "(مریم حیدریان)-[:HOLDS {title: سرپرست" in out and "]->(" in out and "-[:FOR_AREA]->(خوزستان)" in out
    out = cypher("MATCH (:Person {name: 'مریم حیدریان'})-[h:HOLDS]->() RETURN h", "--no-bidi")
    assert "-[:HOLDS {title: سرپرست" in out


def test_json_is_plain_objects(corpus_graph):
    rows = json.loads(cypher("MATCH (p:Person {name: 'مریم حیدریان'})-[h:HOLDS]->(post) RETURN p, h, post",
                             "--format", "json"))
    p, h = rows[0]["p"], rows[0]["h"]
    assert p["labels"] == ["Person"] and p["properties"]["name"] == "مریم حیدریان" and p["id"]
    assert h["type"] == "HOLDS" and h["start"] == p["id"] and h["end"] == rows[0]["post"]["id"]
    assert isinstance(h["properties"]["raw_start"], int)


def test_one_row_is_one_row(corpus_graph):
    assert cypher("RETURN 1 AS x").rstrip().endswith("(1 row)")
