"""Turning files into ``GraphBatch``es, in this process or in a supervised pool of worker processes.

Extraction is CPU-bound Python; writing is the database's work. With ``jobs > 1`` the workers
extract while the caller writes what they already finished, so the two overlap. Results come back
in path order, with a bounded number of documents in flight, so memory stays flat however large
the corpus and however slow the database.

The pool is ours rather than ``multiprocessing.Pool`` because that one waits forever for the
result of a worker that died (killed for memory, say). Here a thread watches every worker: a
worker that dies fails its current document by name and is replaced; a document that runs past
the time limit is failed the same way (its worker killed); the load goes on. Workers ignore
Ctrl-C (the terminal sends it to the whole process group) and die with the loader, so stopping
``kg load`` leaves no process behind.
"""
from __future__ import annotations

import ctypes
import multiprocessing
import os
import signal
import sys
import threading
import time
from collections import deque
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from contextlib import contextmanager
from dataclasses import dataclass
from multiprocessing.connection import Connection, wait
from pathlib import Path
from typing import Iterator

from loader.corpus import read_document
from loader.errors import KgError, one_line
from loader.graph.batch import GraphBatch
from loader.graph.build import EXTRACTOR_VERSION
from loader.pipeline import document_batch
from loader.logfile import log_traceback
from loader.manifest import DocMeta

State = tuple[str | None, ...] | None  # (sha256, extractor version[, manifest fingerprint]) in the graph
Item = tuple[str, str | None, State, "DocMeta | None"]  # (path, document id, state, manifest line)
DEFAULT_TIME_LIMIT = 300.0  # seconds per document; a 20 MB article, the size limit, takes about half
ALARM_REPEAT = 0.05  # seconds between repeats of an expired time limit (see ``alarm``)


@dataclass
class Prepared:
    status: str                 # "loaded" (new), "replaced", "unchanged" or "failed"
    ident: str                  # the document id, or the one-line error when failed
    batch: GraphBatch | None
    warnings: tuple[str, ...] = ()


class DocumentTimeout(Exception):
    """Extraction of one document ran past the time limit (raised by the in-process alarm)."""


def time_limit() -> float:
    """Seconds one document may take, from ``KG_DOC_TIMEOUT`` (0 turns the limit off)."""
    value = os.environ.get("KG_DOC_TIMEOUT")
    if not value:
        return DEFAULT_TIME_LIMIT
    try:
        seconds = float(value)
    except ValueError:
        raise KgError(f"KG_DOC_TIMEOUT={value!r} is not a number of seconds") from None
    if seconds < 0 or seconds != seconds or seconds == float("inf"):
        raise KgError(f"KG_DOC_TIMEOUT={value!r} is not a number of seconds")
    return seconds


def timed_out(path: str, seconds: float) -> str:
    return (f"{one_line(path)}: extraction took longer than the {seconds:g} s limit, skipped "
            f"(--doc-timeout or KG_DOC_TIMEOUT changes it)")


def sections_died(path: str) -> str:
    return f"{one_line(path)}: a process extracting its sections died (out of memory?); document skipped"


@contextmanager
def alarm(seconds: float):
    """Raise ``DocumentTimeout`` in this (main) thread after ``seconds``, and again every
    ``ALARM_REPEAT`` seconds until the block ends: Python drops an exception raised while a
    finalizer (``__del__``) runs, so one alarm can be lost (seen with a driver's connection
    collected mid-document). A dropped alarm is not reported (``sys.unraisablehook`` skips it,
    since the next one follows), and no alarm goes off inside that hook while it reports
    something else: one did, mid-traceback, and pytest failed a test on the broken hook.
    Off when 0 or when not in the main thread, where signals cannot be caught."""
    if not seconds or threading.current_thread() is not threading.main_thread():
        yield
        return
    state = {"armed": True, "reporting": False}

    def expire(signum, frame):
        if state["armed"] and not state["reporting"]:
            raise DocumentTimeout()

    previous_hook = sys.unraisablehook

    def report(unraisable):
        if isinstance(unraisable.exc_value, DocumentTimeout):
            return
        state["reporting"] = True
        try:
            previous_hook(unraisable)
        finally:
            state["reporting"] = False

    previous = signal.signal(signal.SIGALRM, expire)
    sys.unraisablehook = report
    signal.setitimer(signal.ITIMER_REAL, seconds, ALARM_REPEAT)
    try:
        yield
    finally:
        try:
            state["armed"] = False
        finally:
            signal.setitimer(signal.ITIMER_REAL, 0)
            signal.signal(signal.SIGALRM, previous)
            sys.unraisablehook = previous_hook


@contextmanager
def _alarm_held():
    """Hold off ``SIGALRM`` (the time limit's) for the block, in the main thread; it is delivered
    after, when still pending."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    blocked = signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGALRM})
    try:
        yield
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, blocked)


def prepare(path: str, doc_id: str | None, known: State, meta: DocMeta | None = None,
            seconds: float = 0.0, mapper=map) -> Prepared:
    """One file: skipped by fingerprint when unchanged, else extracted into its batch (within
    ``seconds`` when given and in the main thread; the sections of a long one through ``mapper``).
    ``meta``, the document's manifest line, counts as a change when the graph holds other
    metadata; without one, what the graph holds stays."""
    try:
        raw = read_document(Path(path), doc_id)
        if known is not None and tuple(known[:2]) == (raw.sha256, EXTRACTOR_VERSION) \
                and (meta is None or (known[2:3] or (None,))[0] == meta.fingerprint):
            return Prepared("unchanged", raw.id, None, raw.warnings)
        with alarm(seconds):
            batch = document_batch(raw, meta.properties() if meta else None, meta.date if meta else None, mapper)
        return Prepared("replaced" if known is not None else "loaded", raw.id, batch, raw.warnings)
    except KgError as err:
        return Prepared("failed", str(err), None)
    except DocumentTimeout:
        return Prepared("failed", timed_out(path, seconds), None)
    except BrokenProcessPool:
        return Prepared("failed", sections_died(path), None)
    except Exception as err:  # an extractor bug in one document must not stop a 100,000-document load
        return Prepared("failed", internal_error(path, err), None)


def internal_error(path: str, err: Exception) -> str:
    """The one line for an extractor bug in one document (`kg load` and the Spark job); the
    traceback goes to the log."""
    log = log_traceback(f"extracting {path}")
    first = (str(err).splitlines() or [""])[0]
    return (f"{one_line(path)}: internal error while extracting: {type(err).__name__}: "
            f"{one_line(first)} (traceback in {log})")


def pool_context():
    """``fork`` where available: workers inherit the extractor resources the parent loaded."""
    methods = multiprocessing.get_all_start_methods()
    return multiprocessing.get_context("fork" if "fork" in methods else None)


def warm_up() -> None:
    """Load the gazetteers and the spaCy pipeline once, before forking, instead of once per worker."""
    from loader.pipeline import extract_text
    extract_text("warm-up", "سید علی موسوی، مدیرکل تأمین‌اجتماعی استان قم گفت.")


def _die_with_parent() -> None:
    """Linux: the kernel kills this worker when the thread that forked it ends, so even a
    ``kill -9`` of the loader leaves no worker behind."""
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG
    except (OSError, AttributeError):
        pass


def _start_worker(parent: int) -> bool:
    """What every worker does first; False when the loader already ended."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)   # Ctrl-C is the loader's to handle
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    _die_with_parent()
    return os.getppid() == parent  # else the loader ended before the line above took effect


def _worker(conn: Connection, parent: int) -> None:
    if not _start_worker(parent):
        return
    try:
        _serve(conn)
    except BaseException:  # never a traceback on the user's terminal: it goes to the log
        log_traceback("extraction worker")
        os._exit(1)


def _serve(conn: Connection) -> None:
    while True:
        try:
            task = conn.recv()
        except (EOFError, OSError):
            return
        if task is None:
            return
        index, path, doc_id, known, meta = task
        result = prepare(path, doc_id, known, meta)
        try:
            conn.send((index, result))
        except (EOFError, OSError):
            return
        except Exception as err:  # a result that cannot be pickled is this document's failure
            conn.send((index, Prepared("failed", f"{one_line(path)}: internal error while extracting: "
                                                 f"{type(err).__name__}: {one_line(err)}", None)))


def describe_exit(code: int | None) -> str:
    if code is not None and code < 0:
        try:
            name = signal.Signals(-code).name
        except ValueError:
            name = f"signal {-code}"
        hint = ", out of memory?" if -code == signal.SIGKILL else ""
        return f"killed by {name}{hint}"
    return f"exited with code {code}"


class _Worker:
    def __init__(self, context):
        self.conn, child = context.Pipe()
        self.process = context.Process(target=_worker, args=(child, os.getpid()), daemon=True)
        self.process.start()
        child.close()
        self.tasks: deque[tuple[int, Item]] = deque()   # sent, not answered; the first is in progress
        self.started = time.monotonic()                   # when the first task began

    def send(self, index: int, item: Item) -> None:
        self.conn.send((index, *item))
        if not self.tasks:
            self.started = time.monotonic()
        self.tasks.append((index, item))

    def stop(self, grace: float = 0.0) -> None:
        """Ask the worker to finish (``grace`` seconds), then kill it; always reaps it."""
        if grace and self.process.is_alive():
            try:
                self.conn.send(None)
            except OSError:
                pass
            self.process.join(timeout=grace)
        if self.process.is_alive():
            try:
                os.kill(self.process.pid, signal.SIGKILL)
            except ProcessLookupError:
                pass
        self.process.join()
        self.conn.close()


class SectionPool:
    """A ``map`` over ``jobs`` processes for the sections of one long document
    (``loader/facts/sections.py``), so that a single file uses every core. The processes start at
    the first long document and are forked, so they inherit the loaded pipeline. One that dies
    fails its document (``BrokenProcessPool``, reported by ``prepare``) and the next document gets
    new ones; closing kills them at once, so Ctrl-C and the time limit are not kept waiting."""

    def __init__(self, jobs: int):
        self.jobs = jobs
        self.executor: ProcessPoolExecutor | None = None

    def __call__(self, function, tasks):
        tasks = list(tasks)
        if self.jobs < 2 or len(tasks) < 2:
            return list(map(function, tasks))
        if self.executor is None:
            warm_up()
            self.executor = ProcessPoolExecutor(self.jobs, mp_context=pool_context(),
                                                initializer=_start_worker, initargs=(os.getpid(),))
        try:
            return list(self.executor.map(function, tasks))
        except BaseException:
            self.close()
            raise

    def close(self) -> None:
        """Kill the processes and forget the executor. The time limit's alarm repeats until the
        document's block ends, so it is held off here: one firing mid-close left the executor set
        (and could leave a process unkilled)."""
        executor, self.executor = self.executor, None
        if executor is None:
            return
        with _alarm_held():
            processes = list((executor._processes or {}).values())  # the executor has no kill of its own
            executor.shutdown(wait=False, cancel_futures=True)
            for process in processes:
                process.kill()
            for process in processes:
                process.join()


class WorkerPool:
    """``jobs`` extraction processes, watched by a thread of this process (see the module doc)."""

    DEPTH = 2        # documents sent ahead to each worker, so it never waits for the supervisor
    POLL = 0.1       # seconds between checks of the stop flag and the time limit

    def __init__(self, items: list[Item], jobs: int, seconds: float, window: int | None = None):
        self.items, self.jobs, self.seconds = items, jobs, seconds
        self.window = window or jobs * 16      # results held for the caller, at most
        self.context = pool_context()
        self.results: dict[int, Prepared] = {}
        self.consumed = 0                      # results handed to the caller so far
        self.pending: deque[int] = deque(range(len(items)))
        self.condition = threading.Condition()
        self.stopping = False
        self.error: BaseException | None = None
        self.workers: list[_Worker] = []
        self.replaced = 0
        self.thread = threading.Thread(target=self._supervise, name="kg-extraction-supervisor", daemon=True)

    # -- the caller's side
    def __iter__(self) -> Iterator[Prepared]:
        self.thread.start()
        try:
            for index in range(len(self.items)):
                with self.condition:
                    while index not in self.results and self.error is None:
                        self.condition.wait(0.5)
                    if index not in self.results:
                        raise KgError(f"the extraction workers failed: {type(self.error).__name__}: {self.error}")
                    result = self.results.pop(index)
                    self.consumed = index + 1
                    self.condition.notify_all()
                yield result
        finally:
            self.close()

    def close(self) -> None:
        """Stop: the supervisor kills every worker and waits for them (well within the 2 s a
        Ctrl-C allows)."""
        with self.condition:
            self.stopping = True
            self.condition.notify_all()
        if self.thread.is_alive() and self.thread is not threading.current_thread():
            self.thread.join(timeout=5)
        for worker in self.workers:
            worker.stop()

    def pids(self) -> list[int]:
        return [w.process.pid for w in self.workers if w.process.is_alive()]

    # -- the supervisor thread
    def _supervise(self) -> None:
        finished = False
        try:
            self.workers = [_Worker(self.context) for _ in range(min(self.jobs, len(self.items)))]
            while not finished:
                with self.condition:
                    if self.stopping:
                        return
                self._assign()
                self._collect()
                self._enforce_time_limit()
                finished = not self.pending and not any(w.tasks for w in self.workers)
        except BaseException as err:  # report to the caller rather than die silently
            with self.condition:
                self.error = err
                self.condition.notify_all()
        finally:
            for worker in self.workers:
                worker.stop(grace=1.0 if finished else 0.0)

    def _assign(self) -> None:
        for worker in list(self.workers):
            while len(worker.tasks) < self.DEPTH and self.pending:
                index = self.pending[0]
                with self.condition:
                    if index >= self.consumed + self.window:
                        return
                try:
                    worker.send(index, self.items[index])
                except OSError:  # it died while idle: nothing of its own to fail
                    self._replace(worker, f"extraction worker died ({describe_exit(self._exit_code(worker))})")
                    break
                self.pending.popleft()

    def _collect(self) -> None:
        ready = wait([w.conn for w in self.workers] + [w.process.sentinel for w in self.workers], timeout=self.POLL)
        for worker in list(self.workers):
            if worker.conn in ready:
                try:
                    while worker.conn.poll():
                        index, result = worker.conn.recv()
                        self._finish(worker, index, result)
                except (EOFError, OSError):
                    self._replace(worker, f"extraction worker died ({describe_exit(self._exit_code(worker))})")
                    continue
            if worker.process.sentinel in ready:
                self._replace(worker, f"extraction worker died ({describe_exit(self._exit_code(worker))})")

    @staticmethod
    def _exit_code(worker: _Worker) -> int | None:
        worker.process.join(timeout=1)
        return worker.process.exitcode

    def _finish(self, worker: _Worker, index: int, result: Prepared) -> None:
        if worker.tasks and worker.tasks[0][0] == index:
            worker.tasks.popleft()
            worker.started = time.monotonic()
        with self.condition:
            self.results[index] = result
            self.condition.notify_all()

    def _enforce_time_limit(self) -> None:
        if not self.seconds:
            return
        now = time.monotonic()
        for worker in list(self.workers):
            if worker.tasks and now - worker.started > self.seconds:
                _, (path, *_) = worker.tasks[0]
                self._replace(worker, "", timed_out(path, self.seconds))

    def _replace(self, worker: _Worker, why: str, message: str | None = None) -> None:
        """Fail the worker's current document, give its other documents back, start a new worker."""
        worker.stop()
        self.workers.remove(worker)
        if worker.tasks:
            index, (path, *_) = worker.tasks.popleft()
            with self.condition:
                self.results[index] = Prepared("failed", message or f"{one_line(path)}: {why}; document skipped", None)
                self.condition.notify_all()
            self.pending.extendleft(reversed([i for i, _ in worker.tasks]))
        with self.condition:
            if self.stopping:
                return
        self.replaced += 1
        self.workers.append(_Worker(self.context))


def prepared(items: list[Item], jobs: int, seconds: float | None = None) -> Iterator[Prepared]:
    """Every item prepared, in order; in ``jobs`` supervised worker processes when there is more
    than one. ``seconds`` limits each document (default: ``KG_DOC_TIMEOUT`` or 300 s)."""
    seconds = time_limit() if seconds is None else seconds
    if jobs == 1 or len(items) < 2:
        sections = SectionPool(jobs)
        try:
            for path, doc_id, state, meta in items:
                yield prepare(path, doc_id, state, meta, seconds, sections)
        finally:
            sections.close()
        return
    warm_up()
    yield from WorkerPool(items, jobs, seconds)
