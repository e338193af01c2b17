"""Load the TSV tables of the recogniser's lexicon (`loader/data/pipeline/kg_lexicon/`).

Format: UTF-8, tab-separated, optional leading ``#`` comment lines (source, license, and
``# multi-valued: col1, col2`` naming the ``|``-separated columns), then a header row.

``KG_GAZETTEER_DIR`` may name an extra directory: rows of its same-named ``<name>.tsv``
are appended to the packaged table (its header must have the same columns, or a subset).
"""
from __future__ import annotations

import functools
import os
import re
from pathlib import Path

# The lexicon of the shipped spaCy pipeline: gazetteers, word lists and units, one TSV each.
GAZETTEER_DIR = Path(__file__).resolve().parent.parent / "data" / "pipeline" / "kg_lexicon"
ENV_VAR = "KG_GAZETTEER_DIR"
MULTI_SEP = "|"


def split_multi(value: str | None) -> list[str]:
    """Split a multi-valued cell on ``|``; empty cell gives []."""
    if not value:
        return []
    return [v.strip() for v in value.split(MULTI_SEP) if v.strip()]


def _read(path: Path) -> tuple[list[str], list[dict], list[str]]:
    header: list[str] | None = None
    multi: list[str] = []
    rows: list[dict] = []
    with open(path, encoding="utf-8") as f:
        for lineno, line in enumerate(f, 1):
            line = line.rstrip("\r\n")
            if header is None:
                if line.startswith("#"):
                    body = line.lstrip("#").strip()
                    if body.lower().startswith("multi-valued:"):
                        multi += [c.strip() for c in body.split(":", 1)[1].split(",") if c.strip()]
                    continue
                if not line.strip():
                    continue
                header = line.split("\t")
                continue
            if not line.strip() or line.startswith("#"):
                continue
            cells = line.split("\t")
            if len(cells) > len(header):
                raise ValueError(f"{path}:{lineno}: {len(cells)} cells, header has {len(header)}")
            cells += [""] * (len(header) - len(cells))
            rows.append(dict(zip(header, cells)))
    if header is None:
        raise ValueError(f"{path}: no header row")
    return header, rows, multi


def table_path(name: str, directory: Path | None = None) -> Path:
    return (directory or GAZETTEER_DIR) / f"{name}.tsv"


@functools.lru_cache(maxsize=None)
def _load(name: str, extra_dir: str | None, directory: Path | None = None
          ) -> tuple[tuple[str, ...], tuple[dict, ...], tuple[str, ...]]:
    header, rows, multi = _read(table_path(name, directory))
    if extra_dir:
        p = Path(extra_dir) / f"{name}.tsv"
        if p.exists():
            h2, rows2, m2 = _read(p)
            unknown = set(h2) - set(header)
            if unknown:
                raise ValueError(f"{p}: columns {sorted(unknown)} not in {table_path(name, directory).name}")
            rows += [{k: r.get(k, "") for k in header} for r in rows2]
            multi += [m for m in m2 if m not in multi]
    return tuple(header), tuple(rows), tuple(multi)


def load_table(name: str, directory: Path | None = None) -> list[dict]:
    """Rows of ``<name>.tsv`` (in ``directory``, default the shipped lexicon) as dicts of raw
    strings (use :func:`split_multi` on multi-valued columns)."""
    return [dict(r) for r in _load(name, os.environ.get(ENV_VAR) or None, directory)[1]]


def load_words(name: str, directory: Path | None = None) -> list[str]:
    """The ``word`` column of a word-list table (`function_words.tsv`, `auxiliaries.tsv`, ...)."""
    return [row["word"] for row in load_table(name, directory) if row.get("word")]


def load_patterns(name: str, directory: Path | None = None) -> dict[str, re.Pattern]:
    """A pattern table (`tenure_cues.tsv`): its ``pattern`` column compiled per ``cue``, the rows
    of one cue as alternatives, so a user's table adds ways to say the same thing."""
    return _compiled(name, os.environ.get(ENV_VAR) or None, directory)


@functools.lru_cache(maxsize=None)
def _compiled(name: str, extra_dir: str | None, directory: Path | None) -> dict[str, re.Pattern]:
    by_cue: dict[str, list[str]] = {}
    for row in _load(name, extra_dir, directory)[1]:
        by_cue.setdefault(row["cue"], []).append(row["pattern"])
    compiled = {}
    for cue, patterns in by_cue.items():
        try:
            compiled[cue] = re.compile("|".join(f"(?:{p})" for p in patterns))
        except re.error as e:
            where = " and ".join(str(d / f"{name}.tsv") for d in (directory or GAZETTEER_DIR,
                                                                  *([Path(extra_dir)] if extra_dir else [])))
            raise ValueError(f"{where}: the patterns of {cue!r} do not compile: {e}") from None
    return compiled


def columns(name: str) -> list[str]:
    return list(_load(name, os.environ.get(ENV_VAR) or None)[0])


def multi_valued_columns(name: str) -> list[str]:
    """Columns declared ``|``-separated by a ``# multi-valued:`` comment."""
    return list(_load(name, os.environ.get(ENV_VAR) or None)[2])


def available_tables(directory: Path | None = None) -> list[str]:
    return sorted(p.stem for p in (directory or GAZETTEER_DIR).glob("*.tsv"))


def clear_cache() -> None:
    _load.cache_clear()
    _compiled.cache_clear()
