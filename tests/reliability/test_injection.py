"""Every value reaches Cypher as a parameter: names that look like Cypher are stored as text.

Labels and relationship types come from the graph model, never from input; file names (document
ids), titles, person and organisation names, the text itself all travel as parameters. A document
made of injection attempts is loaded and the rest of the graph is shown unchanged.
"""
from __future__ import annotations

import json

from click.testing import CliRunner

from helpers import scalar
from loader.cli import main
from loader.corpus import RawDocument
from loader.facts.model import Entity, Evidence, Extraction, Holding, Mention, Post
from loader.graph.build import extraction_batch
from loader.load import load_paths
from loader.neo4j.sink import ensure_schema, write_documents


def _replace(driver, batch, replace):
    with driver.session(database="neo4j") as session:
        return write_documents(session, [(batch, replace)])

ATTEMPTS = [
    "'}) MATCH (n) DETACH DELETE n //",
    '"}) MATCH (n) DETACH DELETE n //',
    "`}) MATCH (n) DETACH DELETE n //",
    "x` {id: 1}) DETACH DELETE n WITH 1 AS x MATCH (m) DELETE m RETURN `y",
    "$id $row {} {{}} ${x}",
    "}]->(b) CREATE (:Pwned) //",
    "\\'; DROP CONSTRAINT document_id; //",
    "CALL dbms.components() YIELD name RETURN name UNION MATCH (n) DETACH DELETE n",
    "LOAD CSV FROM 'file:///etc/passwd' AS row CREATE (:Pwned {r: row[0]})",
    "علی «رضایی» `مدیرکل` {استان} $قم 'تهران' \"کرج\"",
]
# Document ids come from file names, so they get the same treatment (no "/" in a file name).
FILE_NAME = "evil'}) MATCH (n) DETACH DELETE n ` $id {x} CREATE (_Pwned)"


def _protected(driver) -> list:
    """Our own sentinel nodes: if anything ran an injected DELETE they would be gone."""
    records, _, _ = driver.execute_query(
        "MATCH (s:Document) WHERE s.id STARTS WITH 'sentinel-injection-' RETURN s.id AS id, s.text AS text ORDER BY id")
    return [dict(r) for r in records]


def _sentinels(driver) -> None:
    ensure_schema(driver, "neo4j")
    for i in range(3):
        driver.execute_query("MERGE (d:Document {id: $id}) SET d.text = $text",
                             id=f"sentinel-injection-{i}", text=f"sentinel {i}")


def _evil_extraction(doc_id: str, text: str) -> Extraction:
    mentions, entities = [], []
    for i, name in enumerate(ATTEMPTS):
        start = text.index(name)
        mention = Mention(f"{doc_id}:{start}:{start + len(name)}:PERSON", "PERSON", name, start, start + len(name),
                          start, start + len(name), 0, f"person:{name}")
        mentions.append(mention)
        entities.append(Entity(f"person:{name}", "Person", name, aliases=[name, name + "`"], mentions=[mention.id]))
        entities.append(Entity(f"org:{name}", "Organization", name + " سازمان"))
    evidence = Evidence(0, len(ATTEMPTS[0]), ATTEMPTS[0], 0)
    post = Post(f"post:{ATTEMPTS[3]}", ATTEMPTS[4], ATTEMPTS[0] + " سازمان", f"org:{ATTEMPTS[0]}", None, None, None)
    holding = Holding(f"person:{ATTEMPTS[1]}", ATTEMPTS[1], post, False, "current", evidence, [])
    return Extraction(doc_id, None, ATTEMPTS[2], mentions, entities, [holding], [], [])


def test_names_that_look_like_cypher_are_stored_as_text(graph):
    _sentinels(graph)
    before = _protected(graph)
    text = "\n".join(ATTEMPTS) + "\n"
    raw = RawDocument(FILE_NAME, f"/tmp/{FILE_NAME}.txt", "0" * 64, text, "utf-8")
    batch = extraction_batch(raw, _evil_extraction(raw.id, text))
    _replace(graph, batch, replace=False)
    _replace(graph, batch, replace=True)  # the delete path gets the same values

    assert _protected(graph) == before
    assert scalar(graph, "MATCH (n:Pwned) RETURN count(n)") == 0
    assert scalar(graph, "MATCH (n) WHERE n:_Pwned RETURN count(n)") == 0
    names = set(scalar(graph, "MATCH (:Document {id: $d})-[:MENTIONS]->(p:Person) RETURN collect(p.name)", d=FILE_NAME))
    assert names == set(ATTEMPTS)
    orgs = set(scalar(graph, "MATCH (:Document {id: $d})-[:MENTIONS]->(o:Organization) RETURN collect(o.name)", d=FILE_NAME))
    assert orgs == {a + " سازمان" for a in ATTEMPTS}
    doc = graph.execute_query("MATCH (d:Document {id: $d}) RETURN d.title AS title, d.text AS text", d=FILE_NAME)[0][0]
    assert doc["title"] == ATTEMPTS[2] and doc["text"] == text
    post = graph.execute_query(
        "MATCH (p:Person {id: $p})-[h:HOLDS]->(post:Post) RETURN post.id AS id, post.title AS title, h.sentence AS s",
        p=f"person:{ATTEMPTS[1]}")[0][0]
    assert (post["id"], post["title"], post["s"]) == (f"post:{ATTEMPTS[3]}", ATTEMPTS[4], ATTEMPTS[0])
    # The schema the injected DROP CONSTRAINT aimed at is still there.
    assert scalar(graph, "SHOW CONSTRAINTS YIELD name WHERE name = 'document_id' RETURN count(*)") == 1


def test_kg_load_of_an_injection_document(graph, tmp_path, article):
    """End to end through `kg load`: a file named like an injection, whose text mixes the attempts
    into a real article; the text and every mention come back byte for byte."""
    _sentinels(graph)
    before = _protected(graph)
    text = ATTEMPTS[0] + "\n\n" + article + "\n" + "\n".join(ATTEMPTS) + "\n"
    path = tmp_path / f"{FILE_NAME}.txt"
    path.write_text(text, encoding="utf-8")
    result = CliRunner().invoke(main, ["load", "--quiet", str(path)])
    assert result.exit_code == 0, result.output
    assert "1 loaded new" in result.stdout
    assert _protected(graph) == before
    assert scalar(graph, "MATCH (n:Pwned) RETURN count(n)") == 0
    stored = graph.execute_query("MATCH (d:Document {id: $d}) RETURN d.text AS text, d.path AS path", d=FILE_NAME)[0][0]
    assert stored["text"] == text and stored["path"] == str(path)
    mentions, _, _ = graph.execute_query(
        "MATCH (m:Mention {doc: $d}) RETURN m.text AS text, m.raw_start AS s, m.raw_end AS e", d=FILE_NAME)
    assert mentions
    assert all(m["id"].startswith(FILE_NAME) for m in graph.execute_query(
        "MATCH (m:Mention {doc: $d}) RETURN m.id AS id", d=FILE_NAME)[0])
    assert all(0 <= m["s"] <= m["e"] <= len(text) for m in mentions)


def test_kg_cypher_and_kg_query_take_hostile_parameters_as_values(graph):
    _sentinels(graph)
    before = _protected(graph)
    graph.execute_query("MERGE (p:Person {id: 'person:injection-probe'}) SET p.name = $name", name=ATTEMPTS[0])
    result = CliRunner().invoke(main, ["cypher", "MATCH (p:Person) WHERE p.name = $name RETURN p.name AS name",
                                       "--param", f"name={ATTEMPTS[0]}", "--format", "json"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout) == [{"name": ATTEMPTS[0]}]
    for attempt in ATTEMPTS:
        result = CliRunner().invoke(main, ["query", "who-ran-province", "--param", f"province={attempt}",
                                           "--format", "json"])
        # A value is a value: matching no province, it is named back in one line, nothing runs.
        assert result.exit_code == 1, result.output
        assert result.stdout == "" and result.stderr.startswith("Error: no province named ")
        assert len(result.stderr.strip().splitlines()) == 1
    assert _protected(graph) == before
    assert scalar(graph, "MATCH (n:Pwned) RETURN count(n)") == 0


def test_load_paths_with_hostile_file_name_reports_nothing_failed(graph, tmp_path, article):
    path = tmp_path / "a`b{c}$d'e\"f.txt"
    path.write_text(article, encoding="utf-8")
    errors: list[str] = []
    report = load_paths(graph, "neo4j", [path], on_error=errors.append)
    assert errors == [] and report.loaded == ["a`b{c}$d'e\"f"]
    assert scalar(graph, "MATCH (d:Document {id: $d}) RETURN count(d)", d="a`b{c}$d'e\"f") == 1
