"""cypher/schema.cypher lists exactly what the loader creates."""
from helpers import ROOT
from loader.graph.model import MODEL


def test_schema_file_matches_the_model():
    lines = [line.rstrip(";") for line in (ROOT / "cypher" / "schema.cypher").read_text(encoding="utf-8").splitlines()
             if line and not line.startswith("//")]
    assert lines == MODEL.schema_statements()


def test_relationship_types_join_known_labels():
    for rel_type, pairs in MODEL.relationships.items():
        for start, end in pairs:
            MODEL.node_key(start)
            MODEL.node_key(end)
