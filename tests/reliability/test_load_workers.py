"""`kg load` with extraction workers, for real: a worker killed mid-document, a document over the
time limit, Ctrl-C, SIGTERM and SIGKILL of the loader (issue 19, points 2 and 9).

Each test runs the real `kg` in its own session (as a terminal would run it), finds its worker
processes in /proc, and signals them or it.
"""
from __future__ import annotations

import os
import signal
import subprocess
import time
from pathlib import Path

import pytest

from helpers import KG, ROOT, scalar

SLOW = "مدیرکل تأمین اجتماعی "   # 10,000 of these: about 1.2 s of extraction on a quiet machine


def _children(pid: int) -> set[int]:
    found = set()
    for task in Path(f"/proc/{pid}/task").glob("*"):
        try:
            found.update(int(c) for c in (task / "children").read_text().split())
        except OSError:
            pass
    return found


def _alive(pid: int) -> bool:
    try:
        return Path(f"/proc/{pid}/stat").read_text().split()[2] != "Z"
    except (OSError, IndexError):
        return False


def _start(*args: str) -> subprocess.Popen:
    return subprocess.Popen([*KG, *args], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=ROOT,
                            env=os.environ.copy(), start_new_session=True)


def _workers(proc: subprocess.Popen, count: int = 2, within: float = 120) -> set[int]:
    deadline = time.monotonic() + within
    while time.monotonic() < deadline and proc.poll() is None:
        workers = _children(proc.pid)
        if len(workers) >= count:
            return workers
        time.sleep(0.05)
    raise AssertionError(f"kg load started no {count} workers: {proc.communicate()}")


def _cpu_ticks(pid: int) -> int:
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        return int(fields[11]) + int(fields[12])  # utime + stime
    except (OSError, IndexError, ValueError):
        return -1


def _busiest(workers: set[int]) -> int:
    """The worker using the CPU now, that is, the one in the middle of a document."""
    before = {pid: _cpu_ticks(pid) for pid in workers}
    time.sleep(0.5)
    return max(workers, key=lambda pid: _cpu_ticks(pid) - before[pid])


def _corpus(folder: Path, article: str, repeats: int) -> Path:
    """Two slow documents first, then two ordinary ones."""
    folder.mkdir()
    for i in range(2):
        (folder / f"slow{i}.txt").write_text(f"{i} " + SLOW * repeats, encoding="utf-8")
    (folder / "x-article.txt").write_text(article, encoding="utf-8")
    (folder / "y-article.txt").write_text(article.replace("\n", "\n\n"), encoding="utf-8")
    return folder


@pytest.fixture
def slow_corpus(tmp_path, article) -> Path:
    return _corpus(tmp_path / "slow", article, 25_000)


@pytest.fixture
def very_slow_corpus(tmp_path, article) -> Path:
    """Slow documents that are never finished: the time limit (2 s) stops them at a quarter."""
    return _corpus(tmp_path / "very-slow", article, 80_000)


def test_a_worker_killed_mid_document_fails_that_document_and_the_load_finishes(graph, slow_corpus):
    proc = _start("load", "--quiet", "--jobs", "2", str(slow_corpus))
    workers = _workers(proc)
    time.sleep(0.5)
    victim = _busiest(workers)
    os.kill(victim, signal.SIGKILL)
    out, err = proc.communicate(timeout=600)
    assert proc.returncode == 1, (out, err)
    errors = [line for line in err.splitlines() if line.startswith("Error: ")]
    assert len(errors) == 1 and errors[0].endswith(": extraction worker died (killed by SIGKILL, out of memory?); "
                                                   "document skipped"), err
    failed = Path(errors[0].removeprefix("Error: ").split(": extraction worker died")[0])
    assert failed.parent == slow_corpus  # usually a slow one; on a busy machine the victim may hold another
    assert "Traceback" not in err
    assert "3 documents: 3 loaded new, 0 replaced, 0 unchanged, 1 failed" in out
    loaded = set(scalar(graph, "MATCH (d:Document) RETURN collect(d.id)"))
    assert loaded == {p.stem for p in slow_corpus.glob("*.txt")} - {failed.stem}
    assert not any(_alive(pid) for pid in workers | _children(proc.pid))


def test_a_document_over_the_time_limit_is_reported_and_the_rest_load(graph, very_slow_corpus):
    slow_corpus = very_slow_corpus
    result = subprocess.run([*KG, "load", "--quiet", "--jobs", "2", "--doc-timeout", "2", str(slow_corpus)],
                            capture_output=True, text=True, cwd=ROOT, timeout=600)
    assert result.returncode == 1, result
    errors = sorted(line for line in result.stderr.splitlines() if line.startswith("Error: "))
    assert errors == [f"Error: {slow_corpus / f'slow{i}.txt'}: extraction took longer than the 2 s limit, "
                      f"skipped (--doc-timeout or KG_DOC_TIMEOUT changes it)" for i in range(2)]
    assert sorted(scalar(graph, "MATCH (d:Document) RETURN collect(d.id)")) == ["x-article", "y-article"]


@pytest.mark.parametrize("how", ["ctrl-c", "sigterm"])
def test_stopping_the_load_takes_under_2_seconds_and_leaves_no_process(graph, slow_corpus, how):
    """Ctrl-C in a terminal signals the whole process group (workers included); SIGTERM, as from
    `kill` or a service manager, only the loader. Either way: one line, exit 130, no orphans."""
    proc = _start("load", "--quiet", "--jobs", "2", str(slow_corpus))
    workers = _workers(proc)
    time.sleep(0.5)
    began = time.monotonic()
    if how == "ctrl-c":
        os.killpg(proc.pid, signal.SIGINT)
    else:
        os.kill(proc.pid, signal.SIGTERM)
    out, err = proc.communicate(timeout=30)
    seconds = time.monotonic() - began
    print(f"{how}: stopped in {seconds:.2f} s")
    assert proc.returncode == 130, (out, err)
    assert err.strip().splitlines() == [
        f"Interrupted by {'Ctrl-C' if how == 'ctrl-c' else 'SIGTERM'}: the documents committed so far are complete, "
        f"nothing else was written; run the same kg load again to go on"], err
    assert seconds < 2
    assert not any(_alive(pid) for pid in workers)


def test_killing_the_loader_itself_takes_its_workers_with_it(graph, slow_corpus):
    """`kill -9` of `kg load` runs no cleanup of ours; the kernel ends the workers (parent-death
    signal), instead of leaving them extracting for nobody."""
    proc = _start("load", "--quiet", "--jobs", "2", str(slow_corpus))
    workers = _workers(proc)
    os.kill(proc.pid, signal.SIGKILL)
    proc.communicate(timeout=30)
    deadline = time.monotonic() + 5
    while any(_alive(pid) for pid in workers) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert not any(_alive(pid) for pid in workers)
