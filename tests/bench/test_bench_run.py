"""`kg load` with worker processes and a tiny end-to-end bench run against the test Neo4j (no timing asserts)."""
from click.testing import CliRunner

from helpers import scalar
from benchmarks.generator import write_corpus
from loader.load import load_paths
from loader.cli import main


def test_load_with_workers_loads_then_skips_unchanged(graph, neo4j_settings, tmp_path):
    info = write_corpus(tmp_path / "c", 12, seed=5)
    (tmp_path / "c" / "bad.txt").write_bytes(b"\x00\x01binary")
    errors = []
    report = load_paths(graph, neo4j_settings.database, [info.directory], jobs=2, on_error=errors.append)
    assert len(report.loaded) == 12 and report.failed and errors
    assert report.writes.rows >= 12
    assert scalar(graph, "MATCH (d:Document) RETURN count(d)") == 12
    again = load_paths(graph, neo4j_settings.database, [info.directory], jobs=2, on_error=errors.append)
    assert len(again.unchanged) == 12 and not again.loaded and not again.replaced
    (info.directory / "000003.txt").write_text("سید علی موسوی، مدیرکل تأمین‌اجتماعی استان قم گفت.\n", "utf-8")
    third = load_paths(graph, neo4j_settings.database, [info.directory], jobs=1, on_error=errors.append)
    assert third.replaced == ["000003"] and len(third.unchanged) == 11


def test_tiny_bench_end_to_end(graph, tmp_path):
    output = tmp_path / "BENCHMARKS.md"
    result = CliRunner().invoke(main, ["bench", "--sizes", "20", "--jobs", "2", "--workdir", str(tmp_path / "w"),
                                       "--output", str(output), "--sample", "10", "--naive-rows", "15"])
    assert result.exit_code == 0, result.output
    for fragment in ("extraction, 1 core", "kg load (--jobs 2)", "kg load --jobs 1", "ceiling", "naive", "re-load",
                     "peak memory", "quality (P/R): persons"):
        assert fragment in result.output
    report = output.read_text("utf-8")
    assert "## 20 articles" in report and "nproc" in report and "Neo4j" in report
    assert "| quality, figures (value on the span, and unit; as `kg eval`) |" in report
    assert "## Against the targets" in report and "## How it grows" in report
    # What a person writes below the marker survives the next run.
    output.write_text(report + "Hand-written remark.\n", "utf-8")
    again = CliRunner().invoke(main, ["bench", "--sizes", "5", "--jobs", "1", "--workdir", str(tmp_path / "w"),
                                      "--output", str(output), "--sample", "5", "--naive-rows", "5"])
    assert again.exit_code == 0, again.output
    assert "## 5 articles" in output.read_text("utf-8") and "Hand-written remark." in output.read_text("utf-8")


def test_bench_refuses_to_wipe_a_database_it_does_not_own(graph, tmp_path):
    graph.execute_query("CREATE (:Document {id: 'keep-me'})")
    result = CliRunner().invoke(main, ["bench", "--sizes", "5", "--workdir", str(tmp_path), "--output",
                                       str(tmp_path / "b.md")])
    assert result.exit_code != 0 and "--wipe" in result.output
    assert scalar(graph, "MATCH (d:Document {id: 'keep-me'}) RETURN count(d)") == 1


def test_timing_chunks_stay_small_and_never_empty():
    from benchmarks.run import chunk_size
    assert chunk_size(1, 4) == 1
    assert chunk_size(100_000, 2) == 16
    assert 1 <= chunk_size(300, 2) <= 16
