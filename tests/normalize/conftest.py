import pathlib

import pytest

CORPUS = pathlib.Path(__file__).resolve().parents[2] / "corpus"


@pytest.fixture(scope="session")
def corpus():
    return {p.name: p.read_text(encoding="utf8") for p in sorted(CORPUS.glob("*.txt"))}
