"""Every row the loader writes follows loader/data/graph_model.json: the corpus and the tenure
texts (with their manifest, for the Document's source, url and manifest) between them write every
label and relationship type the model has, and each property is declared, of its declared type,
and present when required. GraphBatch refuses undeclared names as it is built; this checks types."""
import pytest

from helpers import CORPUS, ROOT
from loader.corpus import read_document
from loader.graph.batch import GraphBatch
from loader.pipeline import document_batch
from loader.graph.model import MODEL
from loader.manifest import read_manifest

TENURE = ROOT / "tests" / "data" / "tenure"


@pytest.fixture(scope="module")
def batches() -> list[GraphBatch]:
    manifest = read_manifest(TENURE / "manifest.csv").lines
    found = [document_batch(read_document(path)) for path in sorted(CORPUS.glob("*.txt"))]
    for path in sorted(TENURE.glob("*.txt")):
        meta = manifest.get(path.stem)
        found.append(document_batch(read_document(path), meta.properties() if meta else None,
                                    meta.date if meta else None))
    return found


def test_every_label_and_relationship_type_is_written(batches):
    labels = {"Document"} | {label for b in batches for label in b.nodes}
    types = {rel_type for b in batches for rel_type, _, _ in b.relationships}
    assert labels == set(MODEL.nodes)
    assert types == set(MODEL.relationships)
    assert any("manifest" in b.document and "url" in b.document for b in batches)


def test_every_row_follows_the_model(batches):
    problems = []
    for b in batches:
        rows = [("Document", b.document)] + [(label, row) for label, rows in b.nodes.items() for row in rows]
        for label, row in rows:
            problems += [f"{label} {row['id']}: {p}" for p in MODEL.row_problems(MODEL.nodes[label]["properties"], row)]
        for (rel_type, start, end), rels in b.relationships.items():
            MODEL.check_relationship(rel_type, start, end)
            for rel in rels:
                problems += [f"{rel_type} {rel['key']}: {p}"
                             for p in MODEL.row_problems(MODEL.relationship_properties[rel_type], rel["props"])]
    assert problems == []


def test_a_batch_refuses_what_the_model_does_not_declare():
    batch = GraphBatch(document={"id": "d"})
    with pytest.raises(ValueError, match="Person has no property nickname"):
        batch.node("Person", {"id": "person:x", "nickname": "x"})
    with pytest.raises(ValueError, match="label 'Alien'"):
        batch.node("Alien", {"id": "x"})
    with pytest.raises(ValueError, match="HOLDS has no property salary"):
        batch.relate("HOLDS", "Person", "person:x", "Post", "post:y", key="k", salary=1)
    with pytest.raises(ValueError, match="not in the graph model"):
        batch.relate("HOLDS", "Post", "post:y", "Person", "person:x", key="k")
    with pytest.raises(ValueError, match="Document has no property colour"):
        GraphBatch(document={"id": "d", "colour": "red"})


def test_row_problems_name_type_and_required():
    declared = MODEL.nodes["Mention"]["properties"]
    assert MODEL.row_problems(declared, {"id": "m", "label": "PERSON", "text": "x", "doc": "d", "raw_start": "0",
                                         "raw_end": 1, "sentence_index": True}) == [
        "raw_start = '0' is not integer", "sentence_index = True is not integer"]
    assert "text is required" in MODEL.row_problems(declared, {"id": "m"})
