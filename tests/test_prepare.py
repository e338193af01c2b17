"""Preparing documents in supervised worker processes: path order, unchanged ones skipped,
failures reported, a dead or stuck worker failing its own document only (issue 19, point 2)."""
import os
import signal
import sys
import time
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

import pytest

from benchmarks.generator import write_corpus
from helpers import EXTRACT_SECTION, killed_section
from loader.corpus import read_document
from loader.graph.build import EXTRACTOR_VERSION
import loader.pipeline
from loader.prepare import (DocumentTimeout, SectionPool, WorkerPool, alarm, describe_exit, prepare, prepared,
                            time_limit, warm_up)
from loader.errors import KgError

SLOW = "مدیرکل تأمین اجتماعی " * 30_000   # several seconds of extraction


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> list[tuple[str, str, None]]:
    directory = write_corpus(tmp_path_factory.mktemp("c"), 12, seed=2).directory
    return [(str(p), p.stem, None, None) for p in sorted(directory.glob("*.txt"))]


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().split()[2]
    except (OSError, IndexError):
        return False
    return state != "Z"


def test_workers_return_every_document_in_path_order(corpus):
    results = list(prepared(corpus, jobs=2))
    assert [r.ident for r in results] == [f"{i:06d}" for i in range(12)]
    assert all(r.status == "loaded" and r.batch.row_count() > 10 for r in results)
    in_process = [r.batch.row_count() for r in prepared(corpus, jobs=1)]
    assert in_process == [r.batch.row_count() for r in results]


def test_unchanged_changed_and_unreadable(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text("سید علی موسوی، مدیرکل تأمین‌اجتماعی استان قم گفت.\n", "utf-8")
    sha = read_document(path).sha256
    assert prepare(str(path), "a", (sha, EXTRACTOR_VERSION)).status == "unchanged"
    assert prepare(str(path), "a", (sha, "0.0.1")).status == "replaced"
    (tmp_path / "b.txt").write_bytes(b"\x00\x01\x02binary")
    failed = prepare(str(tmp_path / "b.txt"), "b", None)
    assert failed.status == "failed" and str(tmp_path / "b.txt") in failed.ident and "\n" not in failed.ident


def test_a_killed_worker_fails_its_document_by_name_and_the_rest_load(corpus, tmp_path):
    """SIGKILL (what the out-of-memory killer sends) to a worker in the middle of a slow document:
    that document is reported by name, a new worker takes over, every other document comes back."""
    slow = tmp_path / "slow.txt"
    slow.write_text(SLOW, encoding="utf-8")
    items = corpus[:3] + [(str(slow), "slow", None, None)] + corpus[3:]
    warm_up()
    pool = WorkerPool(items, jobs=2, seconds=0)
    results, killed = [], None
    for result in pool:
        results.append(result)
        if len(results) == 3:  # the slow document is next, and being extracted by now
            busy = [w for w in pool.workers if w.tasks and w.tasks[0][1][0] == str(slow)]
            deadline = time.monotonic() + 30
            while not busy and time.monotonic() < deadline:
                time.sleep(0.05)
                busy = [w for w in pool.workers if w.tasks and w.tasks[0][1][0] == str(slow)]
            killed = busy[0].process.pid
            os.kill(killed, signal.SIGKILL)
    assert killed is not None and not _alive(killed)
    failed = [r for r in results if r.status == "failed"]
    assert [r.ident for r in failed] == [f"{slow}: extraction worker died (killed by SIGKILL, out of memory?); document skipped"]
    assert [r.ident for r in results if r.status == "loaded"] == [ident for _, ident, *_ in corpus]
    assert pool.replaced == 1
    assert not any(_alive(pid) for pid in pool.pids())


def test_a_document_over_the_time_limit_is_reported_and_skipped(corpus, tmp_path):
    slow = tmp_path / "slow.txt"
    slow.write_text(SLOW, encoding="utf-8")
    items = corpus[:4] + [(str(slow), "slow", None, None)] + corpus[4:8]
    began = time.monotonic()
    results = list(prepared(items, jobs=2, seconds=1.0))
    print(f"time limit 1 s: {time.monotonic() - began:.1f} s for {len(items)} documents")
    assert [r.status for r in results] == ["loaded"] * 4 + ["failed"] + ["loaded"] * 4
    assert results[4].ident == f"{slow}: extraction took longer than the 1 s limit, skipped " \
                               f"(--doc-timeout or KG_DOC_TIMEOUT changes it)"


def test_the_time_limit_also_holds_in_process(tmp_path):
    slow = tmp_path / "slow.txt"
    slow.write_text(SLOW, encoding="utf-8")
    result = prepare(str(slow), "slow", None, seconds=0.5)
    assert result.status == "failed" and "longer than the 0.5 s limit" in result.ident


def _busy(seconds: float) -> None:
    """Run Python code for a while (a signal handler runs between its bytecodes, not in a sleep)."""
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        pass


def _wait_for_the_alarm(began: float) -> None:
    while time.monotonic() - began < 2:
        time.sleep(0.01)


class _SlowFinalizer:
    def __del__(self):
        _busy(0.3)


def test_a_time_limit_that_expires_inside_a_finalizer_is_not_lost(monkeypatch):
    """Python ignores an exception raised in ``__del__``: the alarm must fire again after it, and
    the one ignored is not reported."""
    reported = []
    monkeypatch.setattr(sys, "unraisablehook", reported.append)
    began = time.monotonic()
    with pytest.raises(DocumentTimeout):
        with alarm(0.1):
            _SlowFinalizer()   # collected at once; the alarm goes off inside its finalizer
            _wait_for_the_alarm(began)
    assert time.monotonic() - began < 1
    assert reported == [] and sys.unraisablehook == reported.append


class _FailingFinalizer:
    def __del__(self):
        raise ValueError("a finalizer's own error")


def test_no_alarm_goes_off_while_another_error_is_reported(monkeypatch):
    """A hook that reports slowly (pytest formats a traceback) is not cut short by the alarm: it
    reports the finalizer's error whole, and the time limit is raised after it."""
    reported = []

    def slow_report(unraisable):
        _busy(0.3)
        reported.append(type(unraisable.exc_value))

    monkeypatch.setattr(sys, "unraisablehook", slow_report)
    began = time.monotonic()
    with pytest.raises(DocumentTimeout):
        with alarm(0.1):
            _FailingFinalizer()   # reported at once; the alarm expires while the report runs
            _wait_for_the_alarm(began)
    assert reported == [ValueError] and time.monotonic() - began < 1


def test_time_limit_setting(monkeypatch):
    monkeypatch.delenv("KG_DOC_TIMEOUT", raising=False)
    assert time_limit() == 300
    monkeypatch.setenv("KG_DOC_TIMEOUT", "12.5")
    assert time_limit() == 12.5
    monkeypatch.setenv("KG_DOC_TIMEOUT", "soon")
    with pytest.raises(KgError, match="KG_DOC_TIMEOUT='soon' is not a number of seconds"):
        time_limit()


def test_closing_the_pool_early_kills_and_reaps_every_worker(corpus, tmp_path):
    slow = tmp_path / "slow.txt"
    slow.write_text(SLOW, encoding="utf-8")
    warm_up()
    pool = WorkerPool(corpus[:1] + [(str(slow), "slow", None, None)] + corpus[1:], jobs=2, seconds=0)
    iterator = iter(pool)
    assert next(iterator).ident == corpus[0][1]   # workers running, one of them on the slow document
    pids = pool.pids()
    began = time.monotonic()
    iterator.close()  # what a Ctrl-C in the caller does to the generator
    print(f"closed in {time.monotonic() - began:.2f} s")
    assert len(pids) == 2 and not any(_alive(pid) for pid in pids)
    assert time.monotonic() - began < 2


def _stuck_section(task, timings=None):
    time.sleep(3600)


def test_a_long_document_alone_is_extracted_on_every_core(tmp_path):
    """One file, two jobs: its sections go to two processes and the result is the one-core one."""
    long = tmp_path / "long.txt"
    long.write_text(SLOW, encoding="utf-8")
    (one,) = prepared([(str(long), "long", None, None)], jobs=1)
    (two,) = prepared([(str(long), "long", None, None)], jobs=2)
    assert one.status == two.status == "loaded"
    assert one.batch.row_count() == two.batch.row_count() and one.batch.nodes == two.batch.nodes


def test_a_dead_section_process_fails_its_document_by_name_and_the_next_one_loads(tmp_path, monkeypatch):
    long = tmp_path / "long.txt"
    long.write_text(SLOW, encoding="utf-8")
    short = tmp_path / "short.txt"
    short.write_text("سید علی موسوی، مدیرکل تأمین‌اجتماعی استان قم گفت.\n", "utf-8")
    monkeypatch.setattr(loader.pipeline, "extract_section", killed_section)
    sections = SectionPool(2)
    try:
        failed = prepare(str(long), "long", None, mapper=sections)
        assert failed.status == "failed"
        assert failed.ident == f"{long}: a process extracting its sections died (out of memory?); document skipped"
        assert sections.executor is None
        assert prepare(str(short), "short", None, mapper=sections).status == "loaded"
        monkeypatch.setattr(loader.pipeline, "extract_section", EXTRACT_SECTION)
        assert prepare(str(long), "long", None, mapper=sections).status == "loaded"   # new processes
    finally:
        sections.close()


def test_the_time_limit_kills_the_section_processes_at_once(tmp_path, monkeypatch):
    long = tmp_path / "long.txt"
    long.write_text(SLOW, encoding="utf-8")
    warm_up()  # (loading the pipeline is no part of what the one-second limit times here)
    monkeypatch.setattr(loader.pipeline, "extract_section", _stuck_section)
    sections = SectionPool(2)
    spawn = ProcessPoolExecutor._spawn_process
    pids: list[int] = []

    def record(executor):
        spawn(executor)
        pids[:] = list(executor._processes)

    monkeypatch.setattr(ProcessPoolExecutor, "_spawn_process", record)
    began = time.monotonic()
    result = prepare(str(long), "long", None, seconds=1.0, mapper=sections)
    assert result.status == "failed" and "longer than the 1 s limit" in result.ident
    assert time.monotonic() - began < 3
    assert len(pids) == 2 and not any(_alive(pid) for pid in pids) and sections.executor is None


def test_exit_descriptions():
    assert describe_exit(-signal.SIGKILL) == "killed by SIGKILL, out of memory?"
    assert describe_exit(-signal.SIGSEGV) == "killed by SIGSEGV"
    assert describe_exit(3) == "exited with code 3"
