"""The Browser favourites: one file each, named by their first line, every one runs as it is."""
from __future__ import annotations

import io
import zipfile

import pytest

from loader.browser.content import favorites, favorites_zip

FAVORITES = favorites()


def test_each_favourite_is_one_named_statement():
    assert len(FAVORITES) >= 8
    for path in FAVORITES:
        text = path.read_text(encoding="utf-8")
        assert text.startswith("// "), f"{path.name}: Browser names a favourite by its first comment line"
        body = "\n".join(line for line in text.splitlines() if not line.startswith("//"))
        assert ";" not in body.rstrip().rstrip(";"), f"{path.name}: one statement per favourite"
        assert "$" not in body, f"{path.name}: runs without parameters (the name to edit is a literal)"


def test_favorites_zip_holds_every_file():
    with zipfile.ZipFile(io.BytesIO(favorites_zip(FAVORITES))) as archive:
        assert sorted(n.split("/")[-1] for n in archive.namelist()) == [p.name for p in FAVORITES]


@pytest.mark.parametrize("path", FAVORITES, ids=[p.stem for p in FAVORITES])
def test_every_favourite_runs_read_only_with_its_defaults(path, corpus_graph, neo4j_settings):
    with corpus_graph.session(database=neo4j_settings.database) as session:
        text = path.read_text(encoding="utf-8")
        assert session.run("EXPLAIN " + text).consume().query_type == "r"
        result = session.run(text)
        shown = result.graph()
        rows = list(result)
    assert rows, f"{path.name} returns nothing on the corpus"
    if "mentioned" not in path.stem and "model" not in path.stem:  # the model lists every label
        assert not any("Mention" in node.labels for node in shown.nodes), f"{path.name} shows Mention nodes"
