"""The corpus in a real Neo4j: canned answers against gold, idempotence, per-document replacement."""
import hashlib
import json
import shutil

import pytest
from click.testing import CliRunner

from helpers import CORPUS, GOLD
from loader.cli import main
from loader.text_keys import fold


def graph_hash(driver) -> tuple[int, int, str]:
    nodes, _, _ = driver.execute_query("MATCH (n) RETURN labels(n) AS l, properties(n) AS p")
    rels, _, _ = driver.execute_query(
        "MATCH (a)-[r]->(b) RETURN type(r) AS t, a.id AS a, b.id AS b, properties(r) AS p")
    rows = sorted(json.dumps([r["l"], r["p"]], ensure_ascii=False, sort_keys=True, default=str) for r in nodes)
    rows += sorted(json.dumps([r["t"], r["a"], r["b"], r["p"]], ensure_ascii=False, sort_keys=True, default=str)
                   for r in rels)
    return len(nodes), len(rels), hashlib.sha256("\n".join(rows).encode()).hexdigest()


def kg(*args):
    result = CliRunner().invoke(main, list(args))
    assert result.exit_code == 0, result.output
    return result.output


@pytest.fixture
def loaded(graph):
    kg("load", "--quiet", str(CORPUS))
    return graph


def test_who_ran_province_json_matches_gold(loaded):
    rows = json.loads(kg("query", "who-ran-province", "--format", "json"))
    assert rows and {"person", "title", "organization", "province", "status", "since", "until", "as_of", "reason",
                     "evidence", "acting", "documents"} <= set(rows[0])
    got = {(fold(r["person"]), fold(r["title"]), fold(r["province"])) for r in rows}
    for path in GOLD.glob("*.json"):
        gold = json.loads(path.read_text(encoding="utf-8"))
        for post in gold["posts"]:
            if post.get("province") and post["title"] in ("مدیرکل", "سرپرست", "استاندار") or post.get("acting"):
                assert (fold(post["person"]), fold(post["title"]), fold(post["province"])) in got, post
    qom = json.loads(kg("query", "who-ran-province", "--param", "province=قم", "--format", "json"))
    assert {r["person"] for r in qom if r["title"] == "مدیرکل"} == {"سید مجتبی موسوی", "محمد عاشوری"}
    # 002 is about 1402 and names عاشوری; 000 is undated and names موسوی: the later holder is current.
    status = {r["person"]: (r["status"], r["as_of"]) for r in qom if r["title"] == "مدیرکل"}
    assert status == {"محمد عاشوری": ("current", "1402"), "سید مجتبی موسوی": ("former", None)}
    assert all(r["documents"] for r in qom)


def test_two_mousavis_are_two_nodes(loaded):
    rows = json.loads(kg("cypher", "MATCH (p:Person) WHERE p.name ENDS WITH 'موسوی' RETURN p.name AS name ORDER BY name",
                         "--format", "json"))
    assert [r["name"] for r in rows] == ["سید مجتبی موسوی", "میرهاشم موسوی"]


@pytest.mark.parametrize("name, params, check", [
    ("officials", ["organization=تعاون"], lambda rows: any(r["person"] == "جمشید امیدی" for r in rows)),
    ("person", ["name=حیدریان"], lambda rows: rows[0]["person"] == "مریم حیدریان" and rows[0]["figures_stated"]),
    ("province", ["name=خوزستان"], lambda rows: any("حیدریان" in o for o in rows[0]["officials"])),
    ("figures", ["province=قم", "unit=toman"], lambda rows: any(r["raw"] == "137 میلیارد تومان" for r in rows)),
    ("programs", [], lambda rows: any(r["program"] == "طرح دارویار" for r in rows)),
    ("facilities", [], lambda rows: any("هشتگرد" in r["facility"] for r in rows)),
    ("timeline", [], lambda rows: [r["date"] for r in rows if r["date"]] == sorted(r["date"] for r in rows if r["date"])
                                  and all(r["date"] for r in rows[:len([x for x in rows if x["date"]])])),
    ("evidence", ["name=عاشوری"], lambda rows: any(r["relation"] == "HOLDS" and "قم" in r["sentence"] for r in rows)),
    ("co-mentions", ["name=اسفندیاری"], lambda rows: len(rows) >= 5),
    ("documents", [], lambda rows: len(rows) == 3 and all(r["mentions"] > 50 for r in rows)),
])
def test_every_canned_query_answers(loaded, name, params, check):
    args = ["query", name, "--format", "json"]
    for p in params:
        args += ["--param", p]
    rows = json.loads(kg(*args))
    assert check(rows), rows[:3]


def test_load_twice_leaves_an_identical_graph(loaded):
    before = graph_hash(loaded)
    out = kg("load", "--quiet", str(CORPUS))
    assert "3 unchanged" in out
    assert graph_hash(loaded) == before


def test_edited_document_replaces_only_its_own_facts(graph, tmp_path):
    corpus = tmp_path / "corpus"
    shutil.copytree(CORPUS, corpus)
    kg("load", "--quiet", str(corpus))
    other_before = graph.execute_query(
        "MATCH (m:Mention) WHERE m.doc <> '002_baa149da528b4423' RETURN count(m) AS n")[0][0]["n"]
    edited = corpus / "002_baa149da528b4423.txt"
    text = edited.read_text(encoding="utf-8")
    assert "عاشــوری" in text
    edited.write_text(text.replace("عاشــوری", "رضایی").replace("عاشوری", "رضایی"), encoding="utf-8")
    out = kg("load", "--quiet", str(corpus))
    assert "1 replaced" in out and "2 unchanged" in out
    names = {r["n"] for r in graph.execute_query("MATCH (p:Person) RETURN p.name AS n")[0]}
    assert "محمد رضایی" in names and "محمد عاشوری" not in names
    assert graph.execute_query(
        "MATCH (m:Mention) WHERE m.doc <> '002_baa149da528b4423' RETURN count(m) AS n")[0][0]["n"] == other_before
    fresh = graph_hash(graph)
    kg("load", "--quiet", str(corpus))
    assert graph_hash(graph) == fresh


def test_dry_run_writes_nothing(graph):
    out = kg("load", "--dry-run", "--quiet", str(CORPUS))
    assert "3 would load new" in out
    assert graph.execute_query("MATCH (n) RETURN count(n) AS n")[0][0]["n"] == 0


def test_fulltext_index_finds_names_with_or_without_zwnj(loaded):
    for query in ("حاجی‌کاظمی", "حاجیکاظمی"):
        rows = loaded.execute_query(
            "CALL db.index.fulltext.queryNodes('name_search', $q) YIELD node RETURN node.name AS name",
            q=fold(query))[0]
        assert any(r["name"] == "مرتضی حاجی‌کاظمی" for r in rows), query


def test_one_node_per_organisation_program_and_facility(loaded):
    """No two nodes of these labels share a folded name (`org:tamin` and `tamin` were twins)."""
    for label in ("Organization", "Program", "Facility"):
        rows, _, _ = loaded.execute_query(f"MATCH (n:{label}) RETURN n.id AS id, n.name AS name")
        by_name: dict[str, list[str]] = {}
        for r in rows:
            by_name.setdefault(fold(r["name"]).replace(" ", ""), []).append(r["id"])
        assert rows and not {k: v for k, v in by_name.items() if len(v) > 1}, label


def test_a_program_is_linked_to_the_province_its_item_is_about(loaded):
    rows, _, _ = loaded.execute_query(
        "MATCH (p:Program)-[:IN]->(v:Province) WHERE p.name STARTS WITH 'طرح دارویار' RETURN DISTINCT v.name AS v")
    assert [r["v"] for r in rows] == ["خوزستان"]


def test_a_digest_document_keeps_its_items(loaded):
    rows, _, _ = loaded.execute_query("MATCH (d:Document {id: '002_baa149da528b4423'}) RETURN d.items AS items")
    items = rows[0]["items"]
    assert len(items) >= 12 and len(items) % 2 == 0 and items == sorted(items)
