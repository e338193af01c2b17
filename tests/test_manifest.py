"""The manifest `kg load --meta` reads: CSV or JSON lines; a line that cannot be used is one
message naming the file and line, and the others still count."""
import json

import pytest

from loader.errors import KgError
from loader.manifest import match, parse_date, read_manifest, unmatched


def test_csv_lines_give_date_precision_gregorian_source_and_url(tmp_path):
    path = tmp_path / "m.csv"
    path.write_text("document,date,source,url\na,1402-07-08,خبرگزاری فارس,https://x.ir/1\nb.txt,1402/7,ایرنا,\n"
                    "c,1401,,\n", encoding="utf-8")
    manifest = read_manifest(path)
    assert manifest.problems == []
    a, b, c = (manifest.lines[k] for k in ("a", "b.txt", "c"))
    assert (a.date.jalali, a.date.precision, a.date.gregorian, a.source, a.url) == \
        ("1402-07-08", "day", "2023-09-30", "خبرگزاری فارس", "https://x.ir/1")
    assert (b.date.jalali, b.date.precision, b.date.gregorian) == ("1402-07", "month", "2023-09-23/2023-10-22")
    assert (c.date.precision, c.date.gregorian) == ("year", "2022-03-21/2023-03-20")


def test_json_lines_and_a_gregorian_calendar(tmp_path):
    path = tmp_path / "m.jsonl"
    path.write_text(json.dumps({"document": "a", "date": "2023-09-30", "calendar": "gregorian"}) + "\n"
                    + "not json\n", encoding="utf-8")
    manifest = read_manifest(path)
    assert manifest.lines["a"].date.jalali == "1402-07-08"
    assert manifest.problems == [f"{path}:2: not a JSON object (Expecting value)"]


@pytest.mark.parametrize("line, message", [
    ("a,1402-13-01", "a: date '1402-13-01' is no day of the Jalali calendar; loaded without this date"),
    ("a,2023-09-30", "a: date '2023-09-30' looks Gregorian; give calendar=gregorian or a Jalali date; "
                     "loaded without this date"),
    ("a,yesterday", "a: date 'yesterday' does not parse (write 1402-07-08, 1402-07 or 1402); "
                    "loaded without this date"),
    (",1402", "no document named"),
])
def test_a_bad_line_is_one_message_with_file_and_line(tmp_path, line, message):
    path = tmp_path / "m.csv"
    path.write_text(f"document,date\n{line}\nb,1402-01-01\n", encoding="utf-8")
    manifest = read_manifest(path)
    assert manifest.problems == [f"{path}:2: {message}"]
    assert manifest.lines["b"].date.jalali == "1402-01-01"


def test_a_document_given_twice_keeps_its_first_line(tmp_path):
    path = tmp_path / "m.csv"
    path.write_text("document,date\na,1402\na,1401\n", encoding="utf-8")
    manifest = read_manifest(path)
    assert manifest.lines["a"].date.jalali == "1402"
    assert manifest.problems == [f"{path}:3: a: already given on line 2; this line is ignored"]


def test_a_file_without_a_document_column_or_unreadable_is_an_error_naming_it(tmp_path):
    path = tmp_path / "m.csv"
    path.write_text("id,date\na,1402\n", encoding="utf-8")
    with pytest.raises(KgError, match="m.csv:1: a manifest needs a header row with a `document` column"):
        read_manifest(path)
    with pytest.raises(KgError, match="missing.csv: cannot read the manifest"):
        read_manifest(tmp_path / "missing.csv")
    (tmp_path / "bin.csv").write_bytes(b"\xff\xfe\x00bad")
    with pytest.raises(KgError, match="bin.csv: cannot read the manifest"):
        read_manifest(tmp_path / "bin.csv")


def test_documents_match_by_id_path_or_file_name_and_unused_lines_are_named(tmp_path):
    path = tmp_path / "m.csv"
    path.write_text("document,date\nnews/a.txt,1402\nb,1401\nzzz,1400\n", encoding="utf-8")
    lines = read_manifest(path).lines
    assert match(lines, "a", "news/a.txt")[0] == "news/a.txt"
    assert match(lines, "b", "other/b.txt")[0] == "b"
    assert match(lines, "c", "c.txt") is None
    assert unmatched(lines, {"news/a.txt", "b"}, path) == [f"{path}:4: zzz: no document loaded has this id or file name"]


def test_parse_date_precision():
    assert parse_date("1402").precision == "year"
    assert parse_date("1402-7").jalali == "1402-07"
