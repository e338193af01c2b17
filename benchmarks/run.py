"""`kg bench`: generate corpora of given sizes and measure extraction, loading and the database.

For each size, on one Neo4j (the bench's own local instance, or ``NEO4J_URI``):

* extraction words/second on one core and with ``jobs`` worker processes (a sample of documents);
* extraction quality against the generated expected facts (persons, posts, figures);
* ``kg load`` (extraction in worker processes overlapping grouped writes) rows/second, the re-load
  of the unchanged corpus, and ``kg load --jobs 1`` (extraction and writing in turn);
* the raw ceiling of the database: bare ``UNWIND $rows AS row MERGE ... SET n += row`` of the same
  rows in the same batch size, so loader efficiency is a ratio; and the naive
  one-transaction-per-row rate for contrast;
* peak memory (ru_maxrss of this process and of its largest child).

Benchmarks print figures; they never fail on speed.
"""
from __future__ import annotations

import json
import os
import platform
import resource
import time
from collections import Counter
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import Callable

from neo4j import Driver

from benchmarks.generator import write_corpus
from loader.corpus import read_document
from loader.evaluation.entities import score_entities
from loader.evaluation.facts import score_figures, score_posts
from loader.evaluation.scores import Score
from loader.facts.model import Extraction
from loader.graph.batch import GraphBatch
from loader.load import DEFAULT_BATCH_ROWS, load_paths
from loader.neo4j.ceiling import CeilingWriter, ceiling, naive
from loader.neo4j.maintenance import neo4j_version, node_count, wipe
from loader.neo4j.sink import ensure_schema
from loader.pipeline import document_batch, extract
from loader.prepare import pool_context, prepared, warm_up as warm_up_extractor
from loader.text_keys import fold

Echo = Callable[[str], None]


# --------------------------------------------------------------------------------------------
# Extraction: speed and quality against the generated expected facts.

# Entity labels the generator marks exhaustively (it leaves DATE, ORG and some TITLE mentions out).
SCORED_LABELS = ("PERSON", "PROVINCE", "CITY", "MONEY", "PERCENT", "QUANTITY")


def score_mentions(raw: str, expected: dict, x: Extraction) -> dict[str, tuple[int, int, int, int, int, int]]:
    """Per label: strict (tp, fp, fn) then lenient (tp, fp, fn), over ``SCORED_LABELS``."""
    gold = [e for e in expected["entities"] if e["label"] in SCORED_LABELS]
    pred = [{"label": m.label, "start": m.raw_start, "end": m.raw_end} for m in x.mentions if m.label in SCORED_LABELS]
    strict, lenient, _, _ = score_entities(raw, gold, pred)
    return {label: (strict[label].tp, strict[label].fp, strict[label].fn,
                    lenient[label].tp, lenient[label].fp, lenient[label].fn) for label in SCORED_LABELS}


def score_extraction(expected: dict, x: Extraction) -> dict[str, tuple[int, int, int]]:
    """(tp, fp, fn) for persons (folded names), posts (folded person, title, area, as `kg eval`)
    and figures (value on an overlapping span, and unit, as `kg eval`)."""
    posts = score_posts(expected, x)[0]
    figures = score_figures(expected, x)["value+unit"]
    want = Counter(fold(p["name"]) for p in expected["persons"])
    got = Counter(fold(e.name) for e in x.entities if e.label == "Person")
    tp = sum((want & got).values())
    persons = Score(tp, sum(got.values()) - tp, sum(want.values()) - tp)
    return {k: (s.tp, s.fp, s.fn) for k, s in (("persons", persons), ("posts", posts), ("figures", figures))}


def extract_one(path: str) -> dict:
    """Read, extract, and score one generated article against its expected facts."""
    raw = read_document(Path(path))
    timings: dict[str, float] = {}
    began = time.perf_counter()
    x = extract(raw, timings)
    seconds = time.perf_counter() - began
    expected = json.loads(Path(path).with_suffix(".json").read_text("utf-8"))
    return {"words": len(raw.text.split()), "seconds": seconds, "steps": timings,
            "quality": score_extraction(expected, x), "entities": score_mentions(raw.text, expected, x)}


def step_shares(results: list[dict]) -> dict[str, float]:
    """Each stage's and pipeline step's share of the extraction time, in percent."""
    totals: dict[str, float] = {}
    for r in results:
        for step, seconds in r["steps"].items():
            totals[step] = totals.get(step, 0.0) + seconds
    whole = sum(totals.values()) or 1.0
    return {step: 100 * seconds / whole for step, seconds in sorted(totals.items(), key=lambda kv: -kv[1])}


def speed_one(path: str) -> int:
    """Worker for the parallel timing: read and extract only; returns the word count."""
    raw = read_document(Path(path))
    extract(raw)
    return len(raw.text.split())


def batch_one(path: str) -> GraphBatch:
    return document_batch(read_document(Path(path)))


def chunk_size(count: int, jobs: int) -> int:
    """Documents per task for the timing pool: small enough that the workers stay balanced, large
    enough to amortise inter-process overhead (a document takes milliseconds to extract)."""
    return max(1, min(16, count // (jobs * 32) or 1))


def warm_up(driver: Driver, database: str, workdir: Path, seed: int, batch_rows: int, docs: int = 400) -> None:
    """A freshly started JVM runs its first hundred thousand rows at a third of its later speed
    (measured: 6,300 against 13,600 rows/s for the same 1,000 articles). Run every statement the
    timings use on a corpus of their own before timing anything."""
    corpus = write_corpus(workdir / "warm-up", docs, seed + 1)
    paths = sorted(str(p) for p in corpus.directory.glob("[0-9]*.txt"))
    for _ in range(2):
        wipe(driver, database)
        load_paths(driver, database, paths, jobs=1, batch_rows=batch_rows, on_error=lambda message: None)
        wipe(driver, database)
        ensure_schema(driver, database)
        ceiling(driver, database, (batch_one(p) for p in paths), batch_rows)
        wipe(driver, database)
        ensure_schema(driver, database)
        naive(driver, database, [("Document", {"id": f"warm-up-{i}", "text": "گرم کردن " * 50}) for i in range(500)])
    wipe(driver, database)


# --------------------------------------------------------------------------------------------
# Machine and memory.

def machine() -> dict:
    info = {"nproc": os.cpu_count(), "python": platform.python_version(), "platform": platform.platform()}
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                info["cpu"] = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    try:
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal"):
                info["memory_gb"] = round(int(line.split()[1]) / 1024 / 1024, 1)
                break
    except OSError:
        pass
    return info


def peak_memory_mb() -> tuple[float, float]:
    """ru_maxrss of this process and of its largest (waited-for) child, in MB."""
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    return own, children


# --------------------------------------------------------------------------------------------
# One size.

@dataclass
class SizeResult:
    size: int
    metrics: dict = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)


def _rate(n: float, seconds: float) -> float:
    return n / seconds if seconds > 0 else float("nan")


def _pool_time(fn: Callable, paths: list[str], jobs: int) -> float:
    began = time.perf_counter()
    with pool_context().Pool(jobs) as pool:
        for _ in pool.imap(fn, paths, chunksize=chunk_size(len(paths), jobs)):
            pass
    return time.perf_counter() - began


def _load(driver: Driver, database: str, paths: list[str], jobs: int, batch_rows: int, errors: list[str]):
    return load_paths(driver, database, paths, jobs=jobs, batch_rows=batch_rows, on_error=errors.append)


def bench_size(driver: Driver, database: str, size: int, jobs: int, workdir: Path, seed: int = 1402,
               sample: int = 1000, serial_docs: int = 10000, naive_rows: int = 2000,
               batch_rows: int = DEFAULT_BATCH_ROWS, echo: Echo = print) -> SizeResult:
    result = SizeResult(size)
    m = result.metrics
    m["loadavg_start"] = os.getloadavg()[0] if hasattr(os, "getloadavg") else None
    m["jobs"], m["batch_rows"] = jobs, batch_rows

    echo(f"[{size}] generating corpus in {workdir / f'corpus-{size}'} ...")
    info = write_corpus(workdir / f"corpus-{size}", size, seed)
    paths = sorted(str(p) for p in info.directory.glob("[0-9]*.txt"))
    m["words"], m["mb"] = info.words, info.chars / 1e6
    echo(f"[{size}] {size} articles, {info.words:,} words "
         f"({'reused' if info.reused else f'generated in {info.seconds:.1f}s'})")

    # Extraction speed and quality on a sample.
    picked = paths[::max(1, size // sample)][:sample]  # spread over the whole corpus, not its first articles
    warm_up_extractor()  # load gazetteers and the pipeline once, before timing and before forking
    singles = [extract_one(p) for p in picked]
    one_core = sum(r["seconds"] for r in singles)
    words = sum(r["words"] for r in singles)
    m["sample_docs"] = len(picked)
    m["extract_1_wps"], m["extract_1_dps"] = _rate(words, one_core), _rate(len(picked), one_core)
    echo(f"[{size}] extraction, 1 core: {m['extract_1_wps']:,.0f} words/s ({m['extract_1_dps']:,.1f} docs/s) "
         f"on {len(picked)} docs")
    m["steps"] = step_shares(singles)
    echo(f"[{size}] time per step: " + ", ".join(f"{k} {v:.0f}%" for k, v in m["steps"].items()))
    m["extract_n_wps"] = _rate(words, _pool_time(speed_one, picked, jobs))
    echo(f"[{size}] extraction, {jobs} processes: {m['extract_n_wps']:,.0f} words/s")
    m["q_entities"] = {}
    for label in SCORED_LABELS:
        strict, lenient = Score(), Score()
        for r in singles:
            strict += Score(*r["entities"][label][:3])
            lenient += Score(*r["entities"][label][3:])
        m["q_entities"][label] = (strict.precision, strict.recall, lenient.precision, lenient.recall)
    for kind in ("persons", "posts", "figures"):
        total = Score()
        for r in singles:
            total += Score(*r["quality"][kind])
        m[f"q_{kind}"] = (total.precision, total.recall, total.f1)
    echo(f"[{size}] quality (P/R): " + ", ".join(
        f"{k} {m[f'q_{k}'][0]:.2f}/{m[f'q_{k}'][1]:.2f}" for k in ("persons", "posts", "figures")))
    del singles

    # `kg load` as shipped: extraction in worker processes overlapping grouped writes.
    errors: list[str] = []
    wipe(driver, database)
    ensure_schema(driver, database)  # created once; not part of the timed load
    report = _load(driver, database, paths, jobs, batch_rows, errors)
    m["load_s"], m["load_rows"], m["load_tx"] = report.seconds, report.writes.rows, report.transactions
    m["load_rps"], m["load_dps"] = _rate(report.writes.rows, report.seconds), _rate(report.documents, report.seconds)
    m["load_write_rps"] = _rate(report.writes.rows, report.write_seconds)
    m["load_write_share"] = report.write_seconds / report.seconds if report.seconds else float("nan")
    # Identity resolution (loader/identity) runs in the writing thread: its time adds to the load's.
    m["load_resolve_share"] = report.resolve_seconds / report.seconds if report.seconds else float("nan")
    echo(f"[{size}] kg load (--jobs {jobs}): {report.writes.rows:,} rows in {report.seconds:.1f}s = "
         f"{m['load_rps']:,.0f} rows/s, {m['load_dps']:,.1f} docs/s, {report.transactions:,} transactions, "
         f"writer busy {m['load_write_share']:.0%}, identity resolution {m['load_resolve_share']:.1%} "
         f"({report.resolve_seconds:.1f} s), {len(report.failed)} failed")
    for line in errors[:5]:  # why, so a failure at scale can be looked into
        echo(f"[{size}]   {line}")
    report = _load(driver, database, paths, jobs, batch_rows, errors)
    m["reload_s"], m["reload_unchanged"] = report.seconds, len(report.unchanged)
    echo(f"[{size}] re-load, unchanged: {report.seconds:.2f}s, {len(report.unchanged)} unchanged")

    # `kg load --jobs 1`: extraction and writing in turn, in one process.
    serial = paths[:min(size, serial_docs)]
    wipe(driver, database)
    ensure_schema(driver, database)
    report = _load(driver, database, serial, 1, batch_rows, errors)
    m["serial_docs"], m["serial_s"] = len(serial), report.seconds
    m["serial_rps"] = _rate(report.writes.rows, report.seconds)
    echo(f"[{size}] kg load --jobs 1 ({len(serial):,} docs): {report.writes.rows:,} rows in {report.seconds:.1f}s "
         f"= {m['serial_rps']:,.0f} rows/s")
    if errors:
        result.notes.append(f"{len(errors)} load errors; first: {errors[0]}")

    # The database's raw ceiling on the same rows, and the naive rate.
    wipe(driver, database)
    ensure_schema(driver, database)
    naive_sample: list[tuple[str, dict]] = []
    with driver.session(database=database) as session:
        writer = CeilingWriter(session, batch_rows)
        for i, prepared_doc in enumerate(prepared([(p, None, None, None) for p in paths], jobs), 1):
            batch = prepared_doc.batch
            if batch is None:  # a document that failed (its line is in the load errors above)
                continue
            writer.add(batch)
            if len(naive_sample) < naive_rows:
                naive_sample += [(label, row) for label, rows in batch.nodes.items() for row in rows]
            if i == len(serial):
                writer.flush()
                serial_ceiling = _rate(writer.count, writer.seconds)
        writer.flush()
    m["ceiling_rows"], m["ceiling_rps"] = writer.count, _rate(writer.count, writer.seconds)
    m["eff_load"] = m["load_rps"] / m["ceiling_rps"]
    m["eff_write"] = m["load_write_rps"] / m["ceiling_rps"]
    m["eff_serial"] = m["serial_rps"] / serial_ceiling
    echo(f"[{size}] ceiling (bare UNWIND MERGE, {batch_rows} rows per transaction): {writer.count:,} rows in "
         f"{writer.seconds:.1f}s = {m['ceiling_rps']:,.0f} rows/s; kg load at {m['eff_load']:.0%} of it "
         f"({m['eff_write']:.0%} counting its write time only); --jobs 1 at {m['eff_serial']:.0%}")
    wipe(driver, database)
    ensure_schema(driver, database)
    n, seconds = naive(driver, database, naive_sample[:naive_rows])
    m["naive_rows"], m["naive_rps"] = n, _rate(n, seconds)
    echo(f"[{size}] naive (one transaction per row): {n:,} rows in {seconds:.2f}s = {m['naive_rps']:,.0f} rows/s")
    wipe(driver, database)

    m["loadavg_end"] = os.getloadavg()[0] if hasattr(os, "getloadavg") else None
    m["rss_self_mb"], m["rss_child_mb"] = peak_memory_mb()
    echo(f"[{size}] peak memory: main process {m['rss_self_mb']:,.0f} MB, largest child {m['rss_child_mb']:,.0f} MB")
    return result


# --------------------------------------------------------------------------------------------
# The report.

def _f(value, fmt: str = ",.0f") -> str:
    if value is None:
        return "n/a"
    try:
        return format(value, fmt)
    except (TypeError, ValueError):
        return str(value)


def _q(value) -> str:
    return "n/a" if not value else f"P {value[0]:.2f} / R {value[1]:.2f} / F1 {value[2]:.2f}"


NOTES_MARKER = "<!-- notes: kg bench keeps everything below this line -->"


def _targets(results: list[SizeResult]) -> list[str]:
    """The issue's targets, checked against the sizes that bear on each."""
    def verdict(ok):
        return "n/a" if ok is None else ("met" if ok else "**not met**")
    largest = max(results, key=lambda r: r.size)
    ten_k = min(results, key=lambda r: abs(r.size - 10_000))
    per_core = min(r.metrics["extract_1_wps"] for r in results)
    efficiency = min(r.metrics["eff_load"] for r in results)
    reload = ten_k.metrics["reload_s"]
    memory = max(largest.metrics["rss_self_mb"], largest.metrics["rss_child_mb"])
    return [
        "## Against the targets", "",
        "| target | measured | |", "|---|---|---|",
        f"| extraction ≥ 15,000 words/s per core, with the trained model | {per_core:,.0f} words/s (lowest over the sizes) | {verdict(per_core >= 15_000)} |",
        f"| `kg load` ≥ 50% of the bare `UNWIND` ceiling | {efficiency:.0%} (lowest over the sizes) | {verdict(efficiency >= 0.5)} |",
        f"| re-load of 10,000 unchanged articles < 5 s | {reload:.2f} s at {ten_k.size:,} articles | "
        f"{verdict(reload < 5 if ten_k.size >= 10_000 else None)} |",
        f"| peak memory < 1 GiB at 100,000 articles | {memory:,.0f} MB at {largest.size:,} articles (largest process) | "
        f"{verdict(memory < 1024 if largest.size >= 100_000 else None)} |",
        "",
    ]


def _growth(results: list[SizeResult]) -> list[str]:
    lines = ["## How it grows", "",
             "| articles | words | `kg load` rows/s | ceiling rows/s | efficiency | re-load | peak memory (main / child) |",
             "|---|---|---|---|---|---|---|"]
    for r in results:
        m = r.metrics
        lines.append(f"| {r.size:,} | {m['words']:,} | {_f(m['load_rps'])} | {_f(m['ceiling_rps'])} | "
                     f"{m['eff_load']:.0%} | {m['reload_s']:.2f} s | {m['rss_self_mb']:,.0f} / {m['rss_child_mb']:,.0f} MB |")
    return lines + [""]


def markdown(results: list[SizeResult], host: dict, neo4j: str, where: str, notes: str = "") -> str:
    lines = [
        "# Benchmarks", "",
        f"Measured {datetime.now(timezone.utc):%Y-%m-%d %H:%M} UTC with "
        f"`kg bench --sizes {','.join(str(r.size) for r in results)}` on:",
        "",
        f"- CPU: {host.get('cpu', 'unknown')}, `nproc` = {host.get('nproc')}",
        f"- memory: {host.get('memory_gb', '?')} GB",
        f"- Python {host.get('python')} ({host.get('platform')})",
        f"- Neo4j: {neo4j} ({where})",
        "",
        "The corpus is synthetic (`benchmarks/generator.py`, seeded): new combinations of names, posts,",
        "provinces, programs and figures in the sentence patterns of `corpus/`, with the same PDF damage,",
        "and the facts each article states, to score extraction against. Rows are",
        "`GraphBatch.row_count()` rows: the document, its nodes and its relationships.",
        "",
        "How to read the tables:",
        "",
        "- *extraction* words/s: 1 core is `loader.pipeline.extract`'s own time over the sample; N",
        "  processes is the wall time of a `multiprocessing` pool over the same sample, file reads included.",
        "- *`kg load`* is the command as shipped (`loader.load.load_paths`): one query for the state of",
        "  every document, extraction in `--jobs` worker processes, and the main process committing whole",
        "  documents together until a transaction holds `--batch-rows` rows (a failed group is retried one",
        "  document per transaction). \"Writer busy\" is the share of its wall time spent inside write",
        "  transactions. *`--jobs 1`* extracts and writes in turn in one process.",
        "- *ceiling*: the same rows written bare, `UNWIND $rows AS row MERGE (n:Label {id: row.id}) SET n += row`",
        "  (and the relationship equivalent), pooled across documents, in transactions of the same",
        "  `--batch-rows`, on an empty database with the loader's constraints. Efficiency = `kg load`",
        "  rows/s ÷ ceiling rows/s over the same documents.",
        "- *re-load*: the unchanged corpus loaded again; every document is skipped by sha256 and extractor",
        "  version, so the time is reading and hashing files.",
        "- *peak memory*: `ru_maxrss` of the bench process (which runs the loads), and of the largest",
        "  single worker process (Linux reports the maximum over children, not the sum). Neo4j's own JVM",
        "  (heap and page cache, set by `KG_NEO4J_HEAP` and `KG_NEO4J_PAGECACHE`) is not counted.",
        "- *quality*: the extraction of the timed sample (every (size ÷ sample)-th article, so spread over",
        "  the corpus) scored against the facts the generator wrote for it, with `kg eval`'s matching.",
        "- The load averages include the bench's own work (the warm-up, the previous size); a figure well",
        "  above the core count at the start would mean something else was running.",
        "",
    ]
    lines += _targets(results) + _growth(results)
    for r in results:
        m = r.metrics
        serial_note = "" if m["serial_docs"] == r.size else f", first {m['serial_docs']:,} docs"
        lines += [
            f"## {r.size:,} articles",
            "",
            f"{m['words']:,} words, {m['mb']:.1f} million characters; 1-minute load average "
            f"{_f(m.get('loadavg_start'), '.1f')} at the start, {_f(m.get('loadavg_end'), '.1f')} at the end.",
            "",
            "| measure | value |",
            "|---|---|",
            f"| extraction, 1 core ({m['sample_docs']:,} docs) | {_f(m['extract_1_wps'])} words/s ({_f(m['extract_1_dps'], ',.1f')} docs/s) |",
            f"| extraction, {m['jobs']} processes | {_f(m['extract_n_wps'])} words/s |",
            f"| time per step (1 core) | " + ", ".join(f"{k} {v:.0f}%" for k, v in m.get("steps", {}).items()) + " |",
            f"| `kg load --jobs {m['jobs']}` | {_f(m['load_rps'])} rows/s, {_f(m['load_dps'], ',.1f')} docs/s "
            f"({m['load_rows']:,} rows in {m['load_s']:.1f} s, {m['load_tx']:,} transactions; writer busy {m['load_write_share']:.0%}; "
            f"identity resolution {m.get('load_resolve_share', float('nan')):.1%} of it) |",
            f"| `kg load --jobs 1`{serial_note} | {_f(m['serial_rps'])} rows/s ({m['serial_s']:.1f} s) |",
            f"| database ceiling: bare `UNWIND … MERGE`, {m['batch_rows']:,} rows per transaction | {_f(m['ceiling_rps'])} rows/s ({m['ceiling_rows']:,} rows) |",
            f"| `kg load` efficiency: wall time / write time only / `--jobs 1` | {m['eff_load']:.0%} / {m['eff_write']:.0%} / {m['eff_serial']:.0%} of the ceiling |",
            f"| naive, one transaction per row ({m['naive_rows']:,} rows) | {_f(m['naive_rps'])} rows/s |",
            f"| re-load of the unchanged corpus | {m['reload_s']:.2f} s |",
            f"| peak memory (ru_maxrss): main process / largest worker | {m['rss_self_mb']:,.0f} MB / {m['rss_child_mb']:,.0f} MB |",
            f"| quality, persons (folded names) | {_q(m['q_persons'])} |",
            f"| quality, posts (person, title, area; as `kg eval`) | {_q(m['q_posts'])} |",
            f"| quality, figures (value on the span, and unit; as `kg eval`) | {_q(m['q_figures'])} |",
            "",
            "Entity mentions of the sample against the generated spans (labels the generator marks exhaustively):", "",
            "| label | strict P | strict R | lenient P | lenient R |", "|---|---|---|---|---|",
        ]
        lines += [f"| {label} | {v[0]:.2f} | {v[1]:.2f} | {v[2]:.2f} | {v[3]:.2f} |" for label, v in m["q_entities"].items()]
        lines.append("")
        lines += [f"- {note}" for note in r.notes]
        if r.notes:
            lines.append("")
    lines += [NOTES_MARKER, notes.strip("\n"), ""] if notes.strip() else [NOTES_MARKER, ""]
    return "\n".join(lines)


def kept_notes(output: Path) -> str:
    """What a person wrote below the marker in an earlier report."""
    try:
        text = output.read_text("utf-8")
    except OSError:
        return ""
    return text.split(NOTES_MARKER, 1)[1] if NOTES_MARKER in text else ""


def run_bench(sizes: list[int], jobs: int, instance: str = "bench", workdir: Path | None = None,
              output: Path | None = None, seed: int = 1402, sample: int = 1000, serial_docs: int = 10000,
              naive_rows: int = 2000, batch_rows: int = DEFAULT_BATCH_ROWS, allow_wipe: bool = False,
              keep_server: bool = False, echo: Echo = print) -> list[SizeResult]:
    from loader.config import Neo4jSettings, instance_ports, kg_home, resolve_settings
    from loader.errors import KgError
    from loader.neo4j.connection import open_driver

    workdir = Path(workdir or kg_home() / "bench")
    server = None
    if os.environ.get("NEO4J_URI"):
        settings = resolve_settings()
        where = settings.source
    else:
        from loader.neo4j.server import LocalServer
        server = LocalServer(instance)
        password = os.environ.get("NEO4J_PASSWORD") or None
        started = not server.status().running
        if started:
            # A 100,000-article graph is several GB of store: give the bench's own server room
            # to cache it, unless the user chose otherwise.
            os.environ.setdefault("KG_NEO4J_HEAP", "2g")
            os.environ.setdefault("KG_NEO4J_PAGECACHE", "6g")
            where = (f"local instance '{instance}', heap {os.environ['KG_NEO4J_HEAP']}, "
                     f"page cache {os.environ['KG_NEO4J_PAGECACHE']}")
        else:
            where = f"local instance '{instance}', already running with its own memory settings"
        echo(f"starting local Neo4j instance '{instance}' ..." if started else f"using running instance '{instance}'")
        server.start(password)
        password = password or server.password()
        if not started:
            server = None  # not ours to stop
        bolt, _ = instance_ports(instance)
        settings = Neo4jSettings(f"bolt://127.0.0.1:{bolt}", os.environ.get("NEO4J_USER", "neo4j"), password,
                                 os.environ.get("NEO4J_DATABASE", "neo4j"), f"local instance '{instance}'")
        allow_wipe = True
    try:
        with open_driver(settings) as driver:
            if not allow_wipe and node_count(driver, settings.database):
                raise KgError(f"the database at {settings.describe()} is not empty and the bench wipes it; "
                              f"pass --wipe to allow that, or unset NEO4J_URI to use the bench's own instance")
            host, neo4j = machine(), neo4j_version(driver, settings.database)
            echo(f"machine: {host.get('cpu')}, {host.get('nproc')} cores, {host.get('memory_gb')} GB; "
                 f"{neo4j} at {settings.describe()}")
            notes = kept_notes(Path(output)) if output else ""
            results = []
            echo("warming up the database on a corpus of its own ...")
            warm_up(driver, settings.database, workdir, seed, batch_rows, docs=min(400, max(sizes)))
            for size in sizes:
                results.append(bench_size(driver, settings.database, size, jobs, workdir, seed, sample,
                                          serial_docs, naive_rows, batch_rows, echo))
                if output:
                    Path(output).parent.mkdir(parents=True, exist_ok=True)
                    Path(output).write_text(markdown(results, host, neo4j, where, notes), encoding="utf-8")
            if output:
                echo(f"wrote {output}")
            return results
    finally:
        if server is not None and not keep_server:
            echo(f"stopping local Neo4j instance '{instance}'")
            server.stop()
