"""The decisions file: appended, undone, and every bad line refused as FILE:LINE in one line."""
import json

import pytest

from loader.errors import KgError
from loader.identity.decisions import append_decision, in_force, read_decisions

A, B, C = "person:محمدعاشوری", "person:d2:عاشوری", "person:d3:عاشوری"


def test_append_undo_and_in_force(tmp_path):
    path = tmp_path / "decisions.jsonl"
    append_decision(path, "same", A, B, note="same post")
    append_decision(path, "different", A, C)
    append_decision(path, "undo", undo=1)
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    assert [r["n"] for r in rows] == [1, 2, 3] and rows[0]["note"] == "same post" and "at" in rows[0]
    assert [(d.decision, d.a, d.b) for d in in_force(read_decisions(path), path)] == [("different", A, C)]


def _refused(path, text) -> str:
    path.write_text(text, encoding="utf-8")
    with pytest.raises(KgError) as err:
        read_decisions(path)
    message = str(err.value)
    assert "\n" not in message
    return message


def test_malformed_line_is_named(tmp_path):
    path = tmp_path / "d.jsonl"
    good = json.dumps({"n": 1, "decision": "same", "a": A, "b": B}, ensure_ascii=False)
    assert _refused(path, good + "\n{not json\n").startswith(f"{path}:2: not a JSON object")
    assert _refused(path, good + '\n{"n": 2, "decision": "merge", "a": "x", "b": "y"}\n').startswith(f"{path}:2:")
    assert _refused(path, '{"n": 1, "decision": "same", "a": "Ali", "b": "x"}\n').startswith(f"{path}:1: \"a\" must be")
    assert "undoes decision 9" in _refused(path, good + '\n{"n": 2, "decision": "undo", "undo": 9}\n')


def test_contradictory_decisions_are_named_with_both_lines(tmp_path):
    path = tmp_path / "d.jsonl"
    lines = [{"n": 1, "decision": "same", "a": A, "b": B}, {"n": 2, "decision": "same", "a": B, "b": C},
             {"n": 3, "decision": "different", "a": A, "b": C}]
    message = _refused(path, "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in lines))
    assert message.startswith(f"{path}:3: contradicts lines 1, 2")
    with pytest.raises(KgError, match=r"d.jsonl:3: contradicts lines 1, 2"):
        path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in lines[:1] + lines[2:]), encoding="utf-8")
        append_decision(path, "same", B, C)


def test_a_refused_decision_leaves_the_file_as_it_was(tmp_path):
    path = tmp_path / "d.jsonl"
    append_decision(path, "same", A, B)
    before = path.read_text(encoding="utf-8")
    with pytest.raises(KgError):
        append_decision(path, "different", B, A)
    assert path.read_text(encoding="utf-8") == before
