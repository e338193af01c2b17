"""Tenure in a real Neo4j: a dated mini-series loaded with its manifest, then the status each
query derives (current, or former with the reason), successions and post histories."""
import json

import pytest
from click.testing import CliRunner

from helpers import ROOT, point_kg_at
from loader.cli import main

SERIES = ROOT / "tests" / "data" / "tenure"


def kg(*args):
    result = CliRunner().invoke(main, list(args))
    assert result.exit_code == 0, result.output
    return result.output


def rows(*args):
    return json.loads(kg(*args, "--format", "json"))


@pytest.fixture(scope="module")
def series(neo4j_driver, neo4j_settings):
    from helpers import wipe
    wipe(neo4j_driver, neo4j_settings.database)
    return neo4j_driver


@pytest.fixture
def loaded(series, neo4j_settings, monkeypatch):
    point_kg_at(monkeypatch, neo4j_settings)
    if not series.execute_query("MATCH (d:Document) RETURN count(d) AS n").records[0]["n"]:
        kg("load", "--quiet", "--meta", str(SERIES / "manifest.csv"), str(SERIES))
    return series


def _by_person(found):
    return {r["person"]: r for r in found}


def test_documents_carry_the_manifests_date_precision_and_source(loaded):
    docs = {r["id"]: r for r in rows("query", "documents")}
    assert (docs["farewell"]["date"], docs["farewell"]["precision"], docs["farewell"]["gregorian"],
            docs["farewell"]["date_from"], docs["farewell"]["source"]) == \
        ("1402-07-08", "day", "2023-09-30", "manifest", "خبرگزاری فارس")
    assert docs["appoint"]["url"] == "https://example.org/appoint"
    assert [r["date"] for r in rows("query", "documents")] == sorted(r["date"] for r in docs.values())


def test_a_later_holder_of_a_one_seat_post_ends_the_earlier_holding(loaded):
    ilam = _by_person(rows("query", "who-ran-province", "-p", "province=ایلام"))
    assert ilam["مهدی فتحی"]["status"] == "current"
    earlier = ilam["سعید نوری"]
    assert (earlier["status"], earlier["until"]) == ("former", "by 1402-11-05")
    assert earlier["reason"].startswith("later holder of this one-seat post: مهدی فتحی (late, 1402-11-05)")


def test_as_of_an_earlier_date_the_earlier_holder_is_current_and_the_later_unknown(loaded):
    ilam = _by_person(rows("query", "who-ran-province", "-p", "province=ایلام", "-p", "as_of=1401-06"))
    assert set(ilam) == {"سعید نوری"} and ilam["سعید نوری"]["status"] == "current"


def test_a_farewell_ends_and_an_introduction_begins_on_the_ceremonys_date(loaded):
    qom = _by_person(rows("query", "who-ran-province", "-p", "province=قم"))
    assert (qom["سید مجتبی موسوی"]["status"], qom["سید مجتبی موسوی"]["until"]) == ("former", "1402-07-08")
    assert qom["سید مجتبی موسوی"]["reason"] == "farewell (farewell, 1402-07-08)"
    assert (qom["محمد عاشوری"]["status"], qom["محمد عاشوری"]["since"]) == ("current", "1402-07-08")
    history = rows("query", "post-history", "-p", "title=مدیرکل", "-p", "province=قم")
    assert [r["person"] for r in history] == ["سید مجتبی موسوی", "محمد عاشوری"]
    assert history[1]["succeeded"] == ["سید مجتبی موسوی"]
    [succeeded] = loaded.execute_query(
        "MATCH (:Person {name: 'محمد عاشوری'})-[s:SUCCEEDED]->(p:Person) RETURN p.name AS name, s.date AS date, "
        "s.sentence AS sentence").records
    assert (succeeded["name"], succeeded["date"]) == ("سید مجتبی موسوی", "1402-07-08") and "تقدیر" in succeeded["sentence"]


def test_acting_then_confirmed_is_one_post_and_a_former_mention_ends_an_appointment(loaded):
    kerman = _by_person(rows("query", "who-ran-province", "-p", "province=کرمان"))
    karimi = kerman["حسن کریمی"]
    assert (karimi["title"], karimi["status"], karimi["since"], karimi["documents"]) == \
        ("استاندار", "current", "1401-09-01", ["acting", "confirmed"])
    yazd = _by_person(rows("query", "who-ran-province", "-p", "province=یزد"))["علی رضایی"]
    assert (yazd["status"], yazd["since"], yazd["until"]) == ("former", "1400-03-10", "by 1403-02-01")


def test_retirement_ends_and_a_post_of_several_seats_keeps_everyone_current(loaded):
    fars = _by_person(rows("query", "who-ran-province", "-p", "province=فارس"))
    assert (fars["رضا صادقی"]["status"], fars["رضا صادقی"]["until"]) == ("former", "1402-06-30")
    mp = _by_person(rows("query", "who-ran-province", "-p", "province=قزوین"))["فاطمه محمدبیگی"]
    assert mp["status"] == "current" and mp["reason"].endswith("a post of several seats")


def test_stated_and_counted_back_starts(loaded):
    assert _by_person(rows("query", "who-ran-province", "-p", "province=کرمان"))["محمود احمدی"]["since"] == "1398"
    ahvaz = _by_person(rows("query", "who-ran-province", "-p", "province=خوزستان"))["غلامرضا شریعتی"]
    assert ahvaz["since"] == "1392"


def test_the_graph_keeps_each_bounds_evidence(loaded):
    [h] = loaded.execute_query(
        "MATCH (:Person {name: 'علی رضایی'})-[h:HOLDS {doc: 'appoint'}]->(:Post) RETURN properties(h) AS h").records
    h = h["h"]
    assert (h["start_date"], h["start_precision"], h["start_reason"], h["start_inferred"], h["as_of"]) == \
        ("1400-03-10", "day", "appointed", False, "1400-03-10")
    assert "منصوب شد" in h["start_sentence"]
