"""Preparing documents in worker processes: path order, unchanged ones skipped, failures reported."""
from loader.bench.generator import write_corpus
from loader.corpus import read_document
from loader.graph.build import EXTRACTOR_VERSION
from loader.prepare import chunk_size, prepare, prepared


def test_workers_return_every_document_in_path_order(tmp_path):
    directory = write_corpus(tmp_path / "c", 40, seed=2).directory
    items = [(str(p), None) for p in sorted(directory.glob("*.txt"))]
    results = list(prepared(items, jobs=2))
    assert [r.ident for r in results] == [f"{i:06d}" for i in range(40)]
    assert all(r.status == "loaded" and r.batch.row_count() > 10 for r in results)
    in_process = [r.batch.row_count() for r in prepared(items, jobs=1)]
    assert in_process == [r.batch.row_count() for r in results]


def test_unchanged_changed_and_unreadable(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text("سید علی موسوی، مدیرکل تأمین‌اجتماعی استان قم گفت.\n", "utf-8")
    sha = read_document(path).sha256
    assert prepare(str(path), (sha, EXTRACTOR_VERSION)).status == "unchanged"
    assert prepare(str(path), (sha, "0.0.1")).status == "replaced"
    (tmp_path / "b.txt").write_bytes(b"\x00\x01\x02binary")
    failed = prepare(str(tmp_path / "b.txt"), None)
    assert failed.status == "failed" and str(tmp_path / "b.txt") in failed.ident and "\n" not in failed.ident


def test_chunks_stay_small_and_never_empty():
    assert chunk_size(1, 4) == 1
    assert chunk_size(100_000, 2) == 16
    assert 1 <= chunk_size(300, 2) <= 16
