"""`kg extract` and `kg eval` without Neo4j."""
import json
import os

from click.testing import CliRunner

from helpers import CORPUS, GOLD, killed_section
from loader.cli import main


def test_extract_jsonl_records_carry_document_and_raw_span():
    path = CORPUS / "002_baa149da528b4423.txt"
    raw = path.read_text(encoding="utf-8")
    result = CliRunner().invoke(main, ["extract", str(path)])
    assert result.exit_code == 0, result.output
    records = [json.loads(line) for line in result.stdout.splitlines()]
    mentions = [r for r in records if r["type"] == "mention"]
    assert mentions and {"document", "label", "text", "raw_start", "raw_end", "sentence_index"} <= set(mentions[0])
    person = next(r for r in mentions if r["label"] == "PERSON" and r["text"] == "جمشید امیدی")
    assert raw[person["raw_start"]:person["raw_end"]] == "جمشید امیدی"
    holds = [r for r in records if r["type"] == "holds"]
    assert any(r["person"] == "جمشید امیدی" and r["post"]["area"] == "مرکزی" for r in holds)


def test_extract_of_a_file_of_many_articles_runs_its_sections_on_every_core_and_names_a_dead_one(
        tmp_path, monkeypatch):
    """Three corpus articles, sections small enough that each is one: the records are one-core
    extraction's, offsets in the whole file; a section process that dies fails that file alone."""
    import loader.facts.sections as sections
    import loader.pipeline
    texts = [(CORPUS / name).read_text(encoding="utf-8") for name in sorted(p.name for p in CORPUS.glob("*.txt"))]
    path = tmp_path / "digest.txt"
    path.write_text("\n\n".join(texts), encoding="utf-8")
    monkeypatch.setattr(sections, "SECTION_CHARS", min(map(len, texts)) - 100)
    result = CliRunner().invoke(main, ["extract", str(path), "--only", "holds"])
    assert result.exit_code == 0, result.output
    one_core = loader.pipeline.extract_text(path.stem, path.read_text(encoding="utf-8"))
    assert [json.loads(line) for line in result.stdout.splitlines()] == \
        [json.loads(json.dumps(r, default=str)) for r in one_core.records() if r["type"] == "holds"]
    monkeypatch.setattr(os, "cpu_count", lambda: 2)   # section processes even on a one-core machine
    monkeypatch.setattr(loader.pipeline, "extract_section", killed_section)
    result = CliRunner().invoke(main, ["extract", str(path), str(CORPUS / "000_06211529e3fb513d.txt"), "--only", "holds"])
    assert result.exit_code == 1
    assert f"{path}: a process extracting its sections died (out of memory?); document skipped" in result.stderr
    assert "سید مجتبی موسوی" in result.stdout


def test_extract_html_is_rtl_displacy():
    result = CliRunner().invoke(main, ["extract", str(CORPUS / "000_06211529e3fb513d.txt"), "--format", "html"])
    assert result.exit_code == 0
    assert "dir='rtl'" in result.output and 'direction: rtl' in result.output and "PERSON" in result.output


def test_extract_reports_bad_paths_and_goes_on(tmp_path):
    result = CliRunner().invoke(
        main, ["extract", str(tmp_path / "missing.txt"), str(CORPUS / "000_06211529e3fb513d.txt"), "--only", "holds"])
    assert result.exit_code == 1
    assert "missing.txt: no such file or directory" in result.stderr
    assert "سید مجتبی موسوی" in result.stdout


def test_eval_prints_per_label_and_relation_scores():
    result = CliRunner().invoke(main, ["eval", "--split", "corpus", "--split", "dev", "--split", "parstwiner"])
    assert result.exit_code == 0, result.output
    for label in ("PERSON", "TITLE", "ORG", "PROVINCE", "COUNTRY", "MONEY", "QUANTITY", "PERCENT", "DATE", "PER"):
        assert f"\n{label} " in result.output
    assert "HOLDS (person, title, area)" in result.output and "FIGURE value+unit" in result.output
    manifest = (GOLD / "fars" / "manifest.jsonl").read_text(encoding="utf-8").splitlines()
    dev = sum(json.loads(line)["split"] == "dev" for line in manifest if line.strip())
    # 43 + 32 + 24 + 24 + 23 + 16 × 26 + 12 × 5 + 8 + 16: the thirty-eight batches, two test articles moved
    # to dev on 2026-12-04 and one on 2026-12-07 (tests/gold/fars/README.md)
    assert dev == 649
    for section in ("== corpus gold: 3 documents", f"== fars dev: {dev} documents", "== parstwiner test: 303 documents"):
        assert section in result.output


def test_scoring_the_test_split_is_logged_and_its_errors_never_shown(tmp_path, monkeypatch):
    from loader.evaluation import run

    log = tmp_path / "test-scorings.log"
    sets = [s if s.name != "fars test" else run.GoldSet(s.name, s.gold_dir, s.text_dir, log=log, show_errors=False)
            for s in run.default_sets()]
    monkeypatch.setattr("loader.commands.evaluate.default_sets", lambda: sets)
    for expected in (1, 2):
        result = CliRunner().invoke(main, ["eval", "--split", "test", "--errors"])
        assert result.exit_code == 0, result.output
        assert f"scored {expected} times" in result.output
    assert " miss " not in result.output and " false " not in result.output
    assert len(log.read_text(encoding="utf-8").splitlines()) == 2
