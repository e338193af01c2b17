"""The decisions file: a person's judgement that two nodes are one person, or two.

One JSON object per line, appended by `kg decide` and readable (and editable) by hand:

    {"n": 1, "decision": "same", "a": "person:محمدعاشوری", "b": "person:doc7:عاشوری", "at": "2026-…", "note": "…"}
    {"n": 2, "decision": "different", "a": "…", "b": "…", "at": "…"}
    {"n": 3, "decision": "undo", "undo": 1, "at": "…"}

Nothing is ever removed: an undo is a line of its own, so the file is the audit trail. Every
load reads the whole file and applies the decisions in force (``in_force``); a file that cannot
be applied (a line that is not such an object, an undo of nothing, two decisions that contradict
each other, directly or through other `same` decisions) is refused with one line naming the file
and line, before anything is written. The path is ``KG_DECISIONS`` or ``$KG_HOME/decisions.jsonl``.
"""
from __future__ import annotations

import datetime
import json
import os
from dataclasses import dataclass
from pathlib import Path

from loader.config import kg_home
from loader.errors import KgError, one_line

KINDS = ("same", "different", "undo")
PREFIXES = ("person:",)


@dataclass(frozen=True)
class Decision:
    n: int
    decision: str
    a: str | None
    b: str | None
    undo: int | None
    line: int
    note: str | None = None


def decisions_path(option: str | None = None) -> Path:
    """``--decisions``, else ``KG_DECISIONS``, else ``$KG_HOME/decisions.jsonl``."""
    return Path(option or os.environ.get("KG_DECISIONS") or kg_home() / "decisions.jsonl")


def read_decisions(path: Path) -> list[Decision]:
    """Every line of the file, checked; a missing file is no decisions."""
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return []
    except (OSError, UnicodeDecodeError) as err:
        raise KgError(f"{path}: cannot read the decisions file: {err}") from None
    found: list[Decision] = []
    for number, line in enumerate(text.splitlines(), 1):
        if line.strip():
            found.append(_parse(path, number, line, found))
    in_force(found, path)
    return found


def _parse(path: Path, number: int, line: str, earlier: list[Decision]) -> Decision:
    def bad(why: str) -> KgError:
        return KgError(f"{path}:{number}: {why}")
    try:
        row = json.loads(line)
    except json.JSONDecodeError as err:
        raise bad(f"not a JSON object ({err.msg}); each line is one decision") from None
    if not isinstance(row, dict):
        raise bad("not a JSON object; each line is one decision")
    kind, n = row.get("decision"), row.get("n")
    if kind not in KINDS:
        raise bad(f"\"decision\" is {one_line(json.dumps(kind, ensure_ascii=False))}, expected one of {', '.join(KINDS)}")
    if not isinstance(n, int) or isinstance(n, bool) or n < 1:
        raise bad("\"n\" must be a positive whole number")
    if any(d.n == n for d in earlier):
        raise bad(f"decision number {n} is used twice")
    if kind == "undo":
        target = row.get("undo")
        if not any(d.n == target and d.decision != "undo" for d in earlier):
            raise bad(f"undoes decision {one_line(json.dumps(target))}, which is not an earlier same or different line")
        if any(d.undo == target for d in earlier):
            raise bad(f"decision {target} is already undone")
        return Decision(n, kind, None, None, target, number, row.get("note"))
    a, b = row.get("a"), row.get("b")
    for key, value in (("a", a), ("b", b)):
        if not isinstance(value, str) or not value.startswith(PREFIXES) or len(value) <= len("person:"):
            raise bad(f"\"{key}\" must be a person id (person:…), got {one_line(json.dumps(value, ensure_ascii=False))}")
    if a == b:
        raise bad(f"\"a\" and \"b\" are the same id {one_line(a)}")
    return Decision(n, kind, a, b, None, number, row.get("note"))


def in_force(decisions: list[Decision], path: Path) -> list[Decision]:
    """The same/different decisions not undone, checked for contradictions: a `different` pair
    that `same` decisions join (directly or through others) is refused at the later line."""
    undone = {d.undo for d in decisions if d.decision == "undo"}
    active = [d for d in decisions if d.decision != "undo" and d.n not in undone]
    parent: dict[str, str] = {}

    def find(x: str) -> str:
        parent.setdefault(x, x)
        while parent[x] != x:
            x = parent[x]
        return x

    seen: list[Decision] = []
    for d in sorted(active, key=lambda d: d.line):
        if d.decision == "same":
            parent[find(d.a)] = find(d.b)
        clash = next((e for e in seen + [d] if e.decision == "different" and find(e.a) == find(e.b)), None)
        if clash is not None:
            joined = [e.line for e in seen + [d] if e.decision == "same" and find(e.a) == find(clash.a)]
            lines = sorted({clash.line, *joined} - {d.line})
            raise KgError(f"{path}:{d.line}: contradicts line{'s' if len(lines) > 1 else ''} "
                          f"{', '.join(map(str, lines))}: {one_line(clash.a)} and {one_line(clash.b)} would be "
                          f"both one person and two; undo one of them (kg decide undo N)")
        seen.append(d)
    return active


def append_decision(path: Path, kind: str, a: str | None = None, b: str | None = None, undo: int | None = None,
                    note: str | None = None) -> Decision:
    """Append one decision (checked with the whole file first) and return it."""
    existing = read_decisions(path)
    n = max((d.n for d in existing), default=0) + 1
    row: dict = {"n": n, "decision": kind}
    row.update({"undo": undo} if kind == "undo" else {"a": a, "b": b})
    row["at"] = datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")
    if note:
        row["note"] = note
    line = json.dumps(row, ensure_ascii=False)
    text = path.read_text(encoding="utf-8") if path.exists() else ""
    candidate = _parse(path, len(text.splitlines()) + 1, line, existing)
    in_force(existing + [candidate], path)
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("a", encoding="utf-8") as fh:
        fh.write(("\n" if text and not text.endswith("\n") else "") + line + "\n")
    return candidate
