"""Document ids are unique per path (issue 19, point 6): `a/same.txt` and `b/same.txt` are two
documents; the stem stays as a readable property; a graph loaded when ids were stems migrates
when its files are loaded again."""
from __future__ import annotations

from pathlib import Path

import pytest

from helpers import CORPUS, scalar
from loader.corpus import RawDocument, Source, document_id, expand_paths, read_document
from loader.pipeline import document_batch
from loader.load import load_paths
from loader.neo4j.sink import migrate_documents, write_documents

ARTICLE = "سید علی موسوی، مدیرکل تأمین‌اجتماعی استان قم گفت: 120 میلیارد ریال پرداخت شد.\n"
OTHER = "جمشید امیدی، مدیرکل تعاون، کار و رفاه اجتماعی استان مرکزی گفت.\n"


def test_ids_are_paths_relative_to_the_directory_given(tmp_path):
    root = tmp_path / "news"
    assert document_id(root / "same.txt", root) == "same"
    assert document_id(root / "a" / "same.txt", root) == "a/same"
    assert document_id(root / "a" / "b" / "x.y.txt", root) == "a/b/x.y"
    assert document_id(root / "a" / "same.txt") == "same"  # a file given by itself: its stem


def test_the_corpus_keeps_the_ids_the_gold_files_use():
    ids = [item.id for item in expand_paths([CORPUS]) if isinstance(item, Source)]
    gold = sorted(p.stem for p in (CORPUS.parent / "tests" / "gold").glob("*.json"))
    assert ids == gold


def test_same_file_name_in_two_folders_gives_two_documents(graph, tmp_path):
    root = tmp_path / "news"
    for folder, text in (("a", ARTICLE), ("b", OTHER)):
        (root / folder).mkdir(parents=True)
        (root / folder / "same.txt").write_text(text, encoding="utf-8")
    report = load_paths(graph, "neo4j", [root], on_error=pytest.fail)
    assert report.loaded == ["a/same", "b/same"]
    rows = graph.execute_query("MATCH (d:Document) RETURN d.id AS id, d.stem AS stem, d.path AS path ORDER BY id")[0]
    assert [(r["id"], r["stem"], r["path"]) for r in rows] == [
        ("a/same", "same", str(root / "a" / "same.txt")), ("b/same", "same", str(root / "b" / "same.txt"))]
    again = load_paths(graph, "neo4j", [root], on_error=pytest.fail)
    assert again.unchanged == ["a/same", "b/same"] and not again.loaded


def _legacy(graph, path: Path) -> None:
    """What a load before this change left: the id is the stem, and there is no `stem` property."""
    raw = read_document(path)
    batch = document_batch(RawDocument(path.stem, str(path), raw.sha256, raw.text, raw.encoding))
    with graph.session() as session:
        write_documents(session, [(batch, False)])
    graph.execute_query("MATCH (d:Document {id: $id}) REMOVE d.stem", id=path.stem)


def test_a_graph_with_stem_ids_migrates_when_its_files_are_loaded(graph, tmp_path):
    root = tmp_path / "news"
    (root / "a").mkdir(parents=True)
    (root / "a" / "same.txt").write_text(ARTICLE, encoding="utf-8")
    (root / "top.txt").write_text(OTHER, encoding="utf-8")
    _legacy(graph, root / "a" / "same.txt")
    _legacy(graph, root / "top.txt")
    assert scalar(graph, "MATCH (:Document {id: 'same'})<-[:IN_DOCUMENT]-(m:Mention) RETURN count(m)") > 0

    report = load_paths(graph, "neo4j", [root], on_error=pytest.fail)
    # `top` keeps its id (a file directly in the root) and is unchanged; `same` becomes `a/same`
    assert report.loaded == ["a/same"] and report.unchanged == ["top"]
    ids = scalar(graph, "MATCH (d:Document) RETURN collect(d.id + '|' + d.stem)")
    assert sorted(ids) == ["a/same|same", "top|top"]
    assert scalar(graph, "MATCH (m:Mention {doc: 'same'}) RETURN count(m)") == 0
    assert scalar(graph, "MATCH ()-[r {doc: 'same'}]->() RETURN count(r)") == 0
    assert scalar(graph, "MATCH (:Document {id: 'a/same'})<-[:IN_DOCUMENT]-(m:Mention) RETURN count(m)") > 0


def test_migration_of_the_stem_property_runs_once_and_touches_nothing_else(graph, tmp_path):
    path = tmp_path / "old.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    _legacy(graph, path)
    before = scalar(graph, "MATCH (n) RETURN count(n)")
    migrate_documents(graph, "neo4j")
    migrate_documents(graph, "neo4j")
    assert scalar(graph, "MATCH (d:Document {id: 'old'}) RETURN d.stem") == "old"
    assert scalar(graph, "MATCH (n) RETURN count(n)") == before
