"""Each export format, produced by `kg export` from the sample graph and read back by a real consumer."""
from __future__ import annotations

import csv
import json
import os
import shutil
from pathlib import Path

import networkx as nx
import pytest
from click.testing import CliRunner

from loader.cli import main
from loader.config import kg_home
from loader.export import content_hash
from loader.neo4j.read_graph import read_graph

from export_sample import DOC1, S_HEAD


def run_export(*args) -> str:
    result = CliRunner().invoke(main, ["export", *args])
    assert result.exit_code == 0, result.output
    return result.output


def wipe(driver, database: str) -> None:
    with driver.session(database=database) as session:
        session.run("MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 5000 ROWS").consume()


def db_counts(driver):
    records, _, _ = driver.execute_query(
        "CALL () { MATCH (n) RETURN count(n) AS n } CALL () { MATCH ()-[r]->() RETURN count(r) AS r } RETURN n, r")
    return records[0]["n"], records[0]["r"]


def test_graphml_opens_in_networkx(sample_graph, tmp_path):
    out = tmp_path / "g.graphml"
    assert "26 nodes, 43 relationships" in run_export("--format", "graphml", "-o", str(out))
    g = nx.read_graphml(out)
    assert (g.number_of_nodes(), g.number_of_edges()) == (sample_graph["nodes"], sample_graph["relationships"])
    person = next(d for _, d in g.nodes(data=True) if d.get("name") == "سید مجتبی موسوی")
    assert person["labels"] == "Person" and person["caption"] == "سید مجتبی موسوی"
    assert json.loads(person["aliases"]) == ["مجتبی موسوی"]
    figure = next(d for _, d in g.nodes(data=True) if d["labels"] == "Figure" and d.get("doc") == DOC1)
    assert figure["value"] == 800000.0 and isinstance(figure["raw_start"], int)
    holds = [d for _, _, d in g.edges(data=True) if d["type"] == "HOLDS"]
    assert len(holds) == 3 and all(d["sentence"] and d["doc"] and d["raw_end"] > d["raw_start"] for d in holds)
    head = next(d for d in holds if d["title"] == "مدیرعامل سازمان تأمین‌اجتماعی")
    assert head["sentence"] == S_HEAD  # quotes, backslash, newline and ZWNJ survive
    assert not any(v is None for _, d in g.nodes(data=True) for v in d.values())


def test_gexf_opens_in_networkx(sample_graph, tmp_path):
    out = tmp_path / "g.gexf"
    run_export("--format", "gexf", "-o", str(out))
    g = nx.read_gexf(out)
    assert (g.number_of_nodes(), g.number_of_edges()) == (sample_graph["nodes"], sample_graph["relationships"])
    labels = {d["label"] for _, d in g.nodes(data=True)}
    assert {"سید مجتبی موسوی", "قم", "کرج", "مدیرکل تأمین‌اجتماعی استان البرز", "۱۲ هزار و ۵۰۰ میلیارد ریال"} <= labels
    province = next(d for _, d in g.nodes(data=True) if d["label"] == "البرز" and d["labels"] == "Province")
    assert province["name_en"] == "Alborz" and province["viz"]["color"]["r"] == 0x57
    holds = [d for *_, d in g.edges(data=True) if d.get("rel_type") == "HOLDS"]
    assert len(holds) == 3 and all(d["sentence"] and isinstance(d["raw_start"], int) for d in holds)


def test_json_nodes_links(sample_graph, tmp_path):
    out = tmp_path / "g.json"
    run_export("--format", "json", "-o", str(out))
    data = json.loads(out.read_text(encoding="utf-8"))
    assert (len(data["nodes"]), len(data["links"])) == (sample_graph["nodes"], sample_graph["relationships"])
    ids = {n["id"] for n in data["nodes"]}
    assert all(l["source"] in ids and l["target"] in ids for l in data["links"])
    g = nx.node_link_graph(data, edges="links")
    assert g.number_of_edges() == sample_graph["relationships"]
    doc = next(n for n in data["nodes"] if n["labels"] == ["Document"] and n["properties"]["id"] == DOC1)
    assert doc["properties"]["loaded_at"].startswith("2024-05-01T10:20:30.123456")


def test_cypher_script_recreates_the_graph(sample_graph, graph, neo4j_settings, tmp_path):
    out = tmp_path / "g.cypher"
    run_export("--format", "cypher", "-o", str(out))
    before = read_graph(graph, neo4j_settings.database)
    counts = db_counts(graph)
    lines = out.read_text(encoding="utf-8").split("\n")
    statements = [l for l in lines if l.strip() and not l.startswith("//")]
    assert all(s.endswith(";") for s in statements)
    assert statements[0].startswith("CREATE CONSTRAINT")
    wipe(graph, neo4j_settings.database)
    assert db_counts(graph) == (0, 0)
    with graph.session(database=neo4j_settings.database) as session:
        for statement in statements:
            session.run(statement[:-1]).consume()
    assert db_counts(graph) == counts
    after = read_graph(graph, neo4j_settings.database)
    assert content_hash(after) == content_hash(before)
    # Running it twice changes nothing for keyed nodes and relationships (MERGE).
    with graph.session(database=neo4j_settings.database) as session:
        for statement in statements:
            if "CREATE (a)-" not in statement:
                session.run(statement[:-1]).consume()
    assert db_counts(graph) == counts


def _import_dir(settings) -> Path | None:
    """The server's import directory, when it is one of our local instances."""
    port = settings.uri.rsplit(":", 1)[-1]
    for conf in (kg_home() / "instances").glob("*/conf/neo4j.conf"):
        text = conf.read_text()
        if f"server.bolt.listen_address=127.0.0.1:{port}" in text:
            for line in text.splitlines():
                if line.startswith("server.directories.import="):
                    return Path(line.split("=", 1)[1])
    return None


CONVERT = {"long": "toInteger({})", "double": "toFloat({})", "boolean": "toBoolean({})", "string": "{}",
           "date": "date({})", "datetime": "datetime({})", "localdatetime": "localdatetime({})"}


def _value_expr(column: str, kind: str) -> str:
    cell = f"row[{json.dumps(column)}]"
    if kind.endswith("[]"):
        inner = CONVERT[kind[:-2]].format("x")
        return f"CASE WHEN {cell} IS NULL THEN null ELSE [x IN split({cell}, ';') | {inner}] END"
    return CONVERT[kind].format(cell)


def load_csv_like_neo4j_admin(driver, directory: str, files: list[Path]) -> None:
    """A small importer driven by the neo4j-admin headers alone, using LOAD CSV."""
    with driver.session() as session:
        for path in files:
            header = next(csv.reader(path.open(encoding="utf-8")))
            url = f"file:///{directory}/{path.name}"
            props = [(c, *c.split(":", 1)) for c in header if c and not c.startswith(":") and ":ID" not in c]
            sets = ", ".join(f"x.`{name}` = {_value_expr(col, kind)}" for col, name, kind in props)
            if path.name.startswith("nodes_"):
                id_col = next(c for c in header if ":ID(" in c)
                label = id_col.split("(")[1].rstrip(")")
                session.run(f"LOAD CSV WITH HEADERS FROM '{url}' AS row CREATE (x:`{label}` {{id: row[{json.dumps(id_col)}]}})"
                            + (f" SET {sets}" if sets else "")).consume()
            else:
                start = next(c for c in header if c.startswith(":START_ID("))
                end = next(c for c in header if c.startswith(":END_ID("))
                sl, el = start.split("(")[1].rstrip(")"), end.split("(")[1].rstrip(")")
                rel_type = next(csv.DictReader(path.open(encoding="utf-8")))[":TYPE"]
                session.run(f"LOAD CSV WITH HEADERS FROM '{url}' AS row "
                            f"MATCH (a:`{sl}` {{id: row[{json.dumps(start)}]}}) MATCH (b:`{el}` {{id: row[{json.dumps(end)}]}}) "
                            f"CREATE (a)-[x:`{rel_type}`]->(b)" + (f" SET {sets}" if sets else "")).consume()


def _without_empty_lists(g):
    # neo4j-admin (and LOAD CSV) read an empty array cell as no value at all.
    for item in g.nodes + g.links:
        item["properties"] = {k: v for k, v in item["properties"].items() if v != []}
    return g


def test_csv_loads_with_load_csv(sample_graph, graph, neo4j_settings, tmp_path):
    import_dir = _import_dir(neo4j_settings)
    if import_dir is None:
        pytest.skip("the server's import directory is not local")
    out = tmp_path / "csv"
    run_export("--format", "csv", "-o", str(out))
    readme = (out / "README.md").read_text(encoding="utf-8")
    assert "neo4j-admin database import full" in readme and "--nodes=import/nodes_Person.csv" in readme
    person_header = (out / "nodes_Person.csv").read_text(encoding="utf-8").splitlines()[0].split(",")
    assert person_header[:2] == ["id:ID(Person)", ":LABEL"] and "aliases:string[]" in person_header
    assert "value:double" in (out / "nodes_Figure.csv").read_text(encoding="utf-8").splitlines()[0]
    rel_header = (out / "relationships_HOLDS.csv").read_text(encoding="utf-8").splitlines()[0].split(",")
    assert rel_header[:3] == [":START_ID(Person)", ":END_ID(Post)", ":TYPE"] and "raw_start:long" in rel_header

    before = _without_empty_lists(read_graph(graph, neo4j_settings.database))
    counts = db_counts(graph)
    sub = f"kg-export-test-{os.getpid()}"
    target = import_dir / sub
    shutil.rmtree(target, ignore_errors=True)
    shutil.copytree(out, target)
    try:
        wipe(graph, neo4j_settings.database)
        files = sorted(target.glob("nodes_*.csv")) + sorted(target.glob("relationships_*.csv"))
        load_csv_like_neo4j_admin(graph, sub, files)
    finally:
        shutil.rmtree(target, ignore_errors=True)
    assert db_counts(graph) == counts
    after = _without_empty_lists(read_graph(graph, neo4j_settings.database))
    if content_hash(after) != content_hash(before):  # name what differs, not only that it does
        import json
        dump = lambda g: {json.dumps({k: v for k, v in i.items() if k not in ("id", "source", "target")},
                                     ensure_ascii=False, sort_keys=True, default=str) for i in g.nodes + g.links}
        only_before, only_after = sorted(dump(before) - dump(after)), sorted(dump(after) - dump(before))
        raise AssertionError(f"before only: {only_before[:2]}\nafter only: {only_after[:2]}")


def test_subgraph_by_person_in_folded_form(sample_graph, tmp_path):
    out = tmp_path / "p.json"
    # Typed without ZWNJ-sensitive spacing and with Arabic ي: still the same person.
    run_export("--format", "json", "-o", str(out), "--person", "سيد  مجتبی موسوي")
    data = json.loads(out.read_text(encoding="utf-8"))
    captions = {n["caption"] for n in data["nodes"]}
    assert {"سید مجتبی موسوی", "مدیرکل تأمین‌اجتماعی استان قم", "قم", "سازمان تأمین‌اجتماعی"} <= captions
    assert "میرهاشم موسوی" not in captions and "البرز" not in captions
    assert data["graph"]["subgraph"]["persons"] == ["سيد  مجتبی موسوي"]


def test_subgraph_by_province_takes_its_cities(sample_graph, tmp_path):
    out = tmp_path / "alborz.graphml"
    run_export("--format", "graphml", "-o", str(out), "--province", "استان البرز")
    g = nx.read_graphml(out)
    captions = {d["caption"] for _, d in g.nodes(data=True)}
    assert {"البرز", "کرج", "میرهاشم موسوی", "۱۲ هزار و ۵۰۰ میلیارد ریال", "بازدید از شعبه کرج"} <= captions
    assert "سید مجتبی موسوی" not in captions and "تهران" not in captions
    assert all(g.has_node(u) and g.has_node(v) for u, v in g.edges())


def test_subgraph_by_canned_query(sample_graph, tmp_path):
    out = tmp_path / "docs.json"
    run_export("--format", "json", "-o", str(out), "--query", "documents")
    data = json.loads(out.read_text(encoding="utf-8"))
    assert sorted(n["labels"][0] for n in data["nodes"]) == ["Document", "Document"]
    run_export("--format", "json", "-o", str(out), "--query", "documents", "--hops", "1")
    assert len(json.loads(out.read_text(encoding="utf-8"))["nodes"]) > 2


def test_unknown_names_are_one_line_errors(sample_graph, tmp_path):
    result = CliRunner().invoke(main, ["export", "--format", "json", "-o", str(tmp_path / "x.json"), "--person", "ناشناس"])
    assert result.exit_code == 1 and "no Person named 'ناشناس'" in result.output
    result = CliRunner().invoke(main, ["export", "--format", "json", "-o", str(tmp_path / "x.json"), "--query", "nope"])
    assert result.exit_code == 1 and "no canned query named 'nope'" in result.output
    assert not (tmp_path / "x.json").exists()
