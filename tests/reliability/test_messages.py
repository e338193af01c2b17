"""Honest, one-line messages (issue 19, point 9): skipped paths are named, file names with control
characters are printed escaped, and a crash inside extraction is one line naming the file and the
log that holds its traceback."""
from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest

from helpers import KG, ROOT, scalar
from loader.corpus import Skipped, Source, expand_paths
from loader.errors import KgError, one_line

LATIN = "Officials met on Monday.\n" * 5


def _strange_folder(root: Path, article: str) -> dict[str, str]:
    """A folder with one good article and every kind of path that cannot be read; returns the
    message expected for each of those."""
    root.mkdir()
    (root / "good.txt").write_text(article, encoding="utf-8")
    os.mkfifo(root / "pipe.txt")
    (root / "gone.txt").symlink_to(root / "nowhere.txt")
    (root / "x.txt").symlink_to(root / "y.txt")
    (root / "y.txt").symlink_to(root / "x.txt")
    (root / "sub").mkdir()
    (root / "sub" / "again").symlink_to(root)
    locked = root / "locked"
    locked.mkdir()
    (locked / "hidden.txt").write_text(article, encoding="utf-8")
    locked.chmod(0)
    return {
        "pipe.txt": f"{root / 'pipe.txt'}: a FIFO, not a file",
        "gone.txt": f"{root / 'gone.txt'}: broken symbolic link",
        "x.txt": f"{root / 'x.txt'}: symbolic link loop",
        "y.txt": f"{root / 'y.txt'}: symbolic link loop",
        "again": f"{root / 'sub' / 'again'}: symbolic link loop (a folder inside itself), not followed",
        "locked": f"{locked}: cannot read directory: Permission denied",
    }


def _without_root_powers() -> list[str]:
    """Root reads a mode-000 folder anyway; drop the capabilities that let it, as a user has none."""
    if os.geteuid() != 0:
        return []
    setpriv = shutil.which("setpriv")
    if setpriv is None:
        pytest.skip("running as root without setpriv: a folder cannot be made unreadable")
    return [setpriv, "--bounding-set", "-dac_override,-dac_read_search"]


def test_paths_that_cannot_be_read_are_named_not_dropped(tmp_path, article):
    expected = _strange_folder(tmp_path / "news", article)
    items = list(expand_paths([tmp_path / "news"]))
    readable_as_root = os.geteuid() == 0  # in this process root reads the locked folder anyway
    assert [i.id for i in items if isinstance(i, Source)] == ["good"] + (["locked/hidden"] if readable_as_root else [])
    skipped = sorted(i.message for i in items if isinstance(i, Skipped))
    assert skipped == sorted(m for k, m in expected.items() if not (readable_as_root and k == "locked"))


def test_kg_load_counts_skipped_paths_and_lists_them_with_verbose(graph, tmp_path, article):
    folder = tmp_path / "news"
    expected = _strange_folder(folder, article)
    quiet = subprocess.run([*_without_root_powers(), *KG, "load", "--quiet", str(folder)], capture_output=True,
                           text=True, cwd=ROOT, timeout=300)
    assert quiet.returncode == 0, quiet
    assert "1 documents: 1 loaded new, 0 replaced, 0 unchanged, 0 failed, 6 skipped (--verbose lists them)" in quiet.stdout
    assert quiet.stderr == ""
    verbose = subprocess.run([*_without_root_powers(), *KG, "load", "--quiet", "--verbose", str(folder)],
                             capture_output=True, text=True, cwd=ROOT, timeout=300)
    assert verbose.returncode == 0, verbose
    assert sorted(verbose.stderr.splitlines()) == sorted(f"Warning: {m}" for m in expected.values())
    assert "1 unchanged, 0 failed, 6 skipped" in verbose.stdout
    assert scalar(graph, "MATCH (d:Document) RETURN collect(d.id)") == ["good"]


def test_a_fifo_given_by_name_is_refused_not_read(tmp_path):
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    assert [str(e) for e in expand_paths([fifo])] == [f"{fifo}: a FIFO, not a file"]


def test_control_characters_in_file_names_are_printed_escaped(tmp_path):
    folder = tmp_path / "names"
    folder.mkdir()
    for name in ("bad\nline.txt", "esc\x1b[31mred.txt", "rtl\u202eabc.txt"):
        (folder / name).write_text(LATIN, encoding="utf-8")
    result = subprocess.run([*KG, "extract", "--quiet", str(folder)], capture_output=True, text=True, cwd=ROOT, timeout=300)
    assert result.returncode == 1
    assert sorted(result.stderr.splitlines()) == sorted([
        f"Error: {folder}/bad\\nline.txt: contains no Persian text",
        f"Error: {folder}/esc\\x1b[31mred.txt: contains no Persian text",
        f"Error: {folder}/rtl\\u202eabc.txt: contains no Persian text"])


def test_one_line_escapes_and_is_idempotent():
    assert one_line("a\nb\r\tc\x00\x7f\u2028\u202e") == "a\\nb\\r\\tc\\x00\\x7f\\u2028\\u202e"
    assert one_line(one_line("x\ny")) == "x\\ny"
    assert one_line("تأمین\u200cاجتماعی") == "تأمین\u200cاجتماعی"  # ZWNJ is part of the word
    assert str(KgError("first\nsecond")) == "first\\nsecond"


def test_a_crash_in_a_worker_is_one_line_and_its_traceback_goes_to_the_log(tmp_path, monkeypatch, article):
    """Fault injection: extraction raises (no input is known to crash it; the fuzz tests look
    for one). The workers are real processes, forked with the fault in place."""
    import loader.prepare as prepare

    def broken(*_):
        raise ValueError("extractor bug\nwith a second line")

    monkeypatch.setenv("KG_HOME", str(tmp_path / "home"))
    monkeypatch.setattr(prepare, "document_batch", broken)
    paths = []
    for i in range(3):
        path = tmp_path / f"a{i}.txt"
        path.write_text(article, encoding="utf-8")
        paths.append((str(path), f"a{i}", None, None))
    results = list(prepare.prepared(paths, jobs=2))
    log = tmp_path / "home" / "logs" / "kg.log"
    assert [r.ident for r in results] == [
        f"{p}: internal error while extracting: ValueError: extractor bug (traceback in {log})" for p, _, _, _ in paths]
    text = log.read_text(encoding="utf-8")
    assert text.count("Traceback (most recent call last)") == 3 and "with a second line" in text
