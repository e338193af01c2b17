"""The Spark job's map, reduce and CSV lines on plain values (no Spark): what the job runs."""
from __future__ import annotations

import csv
import io

from helpers import CORPUS
from loader.graph.merge import merge_rows
from loader.spark.records import (csv_lines, document_records, fold_sorted, headers, relative_parts, shown_path,
                                  summarize)

DOC = sorted(CORPUS.glob("*.txt"))[0]


def test_a_document_becomes_keyed_records_in_load_order():
    records = document_records((1, ("x.txt",)), str(DOC), DOC.read_bytes())
    kinds = {key[0] for (key, _), _ in records}
    assert kinds == {"s", "n", "r"}
    (doc_key, doc_order), doc_row = next(r for r in records if r[0][0][:2] == ("n", "Document"))
    assert doc_key == ("n", "Document", DOC.stem) and doc_order == (1, ("x.txt",), 0)
    assert doc_row["sha256"] and doc_row["extractor"] and doc_row["path"] == str(DOC)
    person_orders = [order for (key, order), _ in records if key[:2] == ("n", "Person")]
    assert [o[2] for o in person_orders] == list(range(len(person_orders)))


def test_a_bad_file_is_one_error_record_naming_it():
    records = document_records((0, ("bad.txt",)), "in/bad.txt", b"%PDF-1.7 binary")
    assert records == [((("e", "in/bad.txt"), (0, ("bad.txt",), 0)), "in/bad.txt: binary file (PDF), not text; "
                        "extract the article's text to a .txt first")]


def test_fold_merges_each_key_in_order_as_the_loader_does():
    province = ("n", "Province", "province:qom")
    first = {"id": "province:qom", "name": "قم", "aliases": ["استان قم"], "search": "قم"}
    second = {"id": "province:qom", "name": "قم", "aliases": ["قم"], "search": "قم استان"}
    rel = ("r", "IN", "City", "Province", "city:qom", "province:qom", "city:qom->province:qom")
    records = sorted([((province, (1, ("b",), 0)), second), ((province, (0, ("a",), 3)), first),
                      ((rel, (0, ("a",), 0)), {"x": 1}), ((rel, (1, ("b",), 0)), {"x": 2, "y": None})])
    merged = dict(fold_sorted(records))
    assert merged[province] == merge_rows(merge_rows(None, first), second)
    assert merged[province]["aliases"] == ["استان قم", "قم"] and merged[province]["search"] == "قم استان"
    assert merged[rel] == {"x": 2, "y": None}


def test_lines_parse_back_with_their_headers_and_mixed_types_get_files_of_their_own():
    records = [(("n", "Figure", "f1"), {"id": "f1", "value": 3, "raw": 'سه "هزار"\nنفر', "also_stated_at": [1, 5]}),
               (("n", "Figure", "f2"), {"id": "f2", "value": 2.5, "raw": "", "unit": None}),
               (("r", "STATED", "Person", "Figure", "p", "f1", "f1:stated"), {"doc": "d", "raw_start": 4}),
               (("e", "bad.txt"), "bad.txt: empty file"), (("s", "d.txt"), 9)]
    summary = summarize(records)
    assert summary.errors == ["bad.txt: empty file"] and (summary.documents, summary.rows) == (1, 9)
    groups = summary.file_groups()
    lines = list(csv_lines(records, groups))
    heads = headers(groups, {name for name, _ in lines})
    assert set(heads) == {"nodes_Figure_value-long", "nodes_Figure_value-double", "relationships_STATED"}
    files = {name: heads[name] + "\n" + "\n".join(line for n, line in lines if n == name) for name in heads}
    rows = {name: list(csv.DictReader(io.StringIO(text))) for name, text in files.items()}
    f1 = rows["nodes_Figure_value-long"][0]
    assert f1["id:ID(Figure)"] == "f1" and f1["value:long"] == "3" and f1["raw:string"] == 'سه "هزار"\nنفر'
    assert f1["also_stated_at:long[]"] == "1;5"
    assert rows["nodes_Figure_value-double"][0]["value:double"] == "2.5"
    assert rows["nodes_Figure_value-double"][0]["raw:string"] == ""        # an empty string, quoted
    assert '""' in files["nodes_Figure_value-double"] and "unit" not in heads["nodes_Figure_value-double"]
    stated = rows["relationships_STATED"][0]
    assert (stated[":START_ID(Person)"], stated[":END_ID(Figure)"], stated["key:string"]) == ("p", "f1", "f1:stated")


def test_paths_read_as_kg_load_gives_them():
    assert relative_parts("file:/data/in", "file:/data/in/a/b.txt") == ("a", "b.txt")
    assert shown_path("corpus/", ("a", "b.txt")) == "corpus/a/b.txt"
    assert shown_path("s3a://bucket/news/", ("b.txt",)) == "s3a://bucket/news/b.txt"
