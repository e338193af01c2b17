"""Batches follow the graph model, carry evidence on every fact, and are deterministic."""

from helpers import CORPUS
from loader.corpus import read_document
from loader.graph.build import search_text
from loader.pipeline import document_batch
from loader.graph.model import MODEL

STRUCTURAL = {"IN", "PART_OF", "OF_ORGANIZATION", "FOR_AREA"}


def batch_of(stem):
    return document_batch(read_document(CORPUS / f"{stem}.txt"))


def test_labels_and_types_come_from_the_model():
    batch = batch_of("002_baa149da528b4423")
    for label in batch.nodes:
        MODEL.node_key(label)
    for rel_type, start, end in batch.relationships:
        MODEL.check_relationship(rel_type, start, end)


def test_every_fact_relationship_has_evidence_inside_the_raw_text():
    raw = read_document(CORPUS / "002_baa149da528b4423.txt")
    batch = document_batch(raw)
    for (rel_type, _, _), rows in batch.relationships.items():
        if rel_type in STRUCTURAL:
            continue
        for row in rows:
            assert row["props"]["doc"] == raw.id
            if rel_type in ("HOLDS", "STATED", "ABOUT"):
                props = row["props"]
                assert 0 <= props["raw_start"] < props["raw_end"] <= len(raw.text)
                assert props["sentence"]


def test_batches_are_deterministic():
    assert batch_of("001_c635d5fb73222770").relationships == batch_of("001_c635d5fb73222770").relationships


def test_search_text_folds_zwnj_and_arabic_letters():
    assert search_text("تأمین‌اجتماعی") == search_text("تامين اجتماعي".replace("ي", "ی")).split()[0] + " " + \
        " ".join(search_text("تأمین‌اجتماعی").split()[1:])
    assert "تامیناجتماعی" in search_text("تأمین‌اجتماعی").split()
    assert "تامین" in search_text("تأمین‌اجتماعی").split()


def test_a_post_of_a_constituency_of_several_towns_is_for_each_of_them():
    from loader.corpus import RawDocument
    text = "سیدعلی ادیانی نماینده مردم قائم‌شهر، سوادکوه، جویبار و سیمرغ در مجلس گفت: خوب است."
    batch = document_batch(RawDocument("d", "d.txt", "0", text, "utf-8"))
    areas = [row["end"] for (rel, _, end), rows in batch.relationships.items() if rel == "FOR_AREA" for row in rows]
    assert len(areas) == 4
