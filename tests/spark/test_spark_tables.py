"""Tables of articles (JSON lines, Parquet) through the Spark job: a row is a document with its
own id; a malformed line or a row without text is named and left out."""
import json
import subprocess
import sys
from pathlib import Path

from helpers import CORPUS


def test_jsonl_and_parquet_tables(tmp_path):
    done = subprocess.run([sys.executable, str(Path(__file__).with_name("table_job.py")), str(CORPUS), str(tmp_path)],
                          capture_output=True, text=True, timeout=900)
    assert done.returncode == 0, done.stderr[-3000:]
    result = json.loads(done.stdout.strip().splitlines()[-1])
    stems = sorted(p.stem for p in CORPUS.glob("*.txt"))
    assert result["documents"] == 3
    assert sorted(r["id"] for r in result["rows"]) == sorted([stems[0], stems[1], stems[2] + "-p"])
    paths = {r["id"]: r["path"] for r in result["rows"]}
    assert paths[stems[1]] == "news/1.txt" and paths[stems[0]].endswith(f"articles.jsonl#{stems[0]}")
    errors = result["errors"]
    assert len(errors) == 2 and all("articles.jsonl" in e for e in errors)
    assert any("malformed JSON line" in e for e in errors) and any("without text" in e for e in errors)
