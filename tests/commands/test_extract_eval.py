"""`kg extract` and `kg eval` without Neo4j."""
import json

from click.testing import CliRunner

from helpers import CORPUS
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
    result = CliRunner().invoke(main, ["eval"])
    assert result.exit_code == 0, result.output
    for label in ("PERSON", "TITLE", "ORG", "PROVINCE", "MONEY", "QUANTITY", "PERCENT", "DATE"):
        assert f"\n{label} " in result.output
    assert "HOLDS (person, title, area)" in result.output and "FIGURE value+unit" in result.output
