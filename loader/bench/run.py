"""`kg bench`: generate corpora of given sizes and measure extraction, loading and the database.

For each size, on one Neo4j (the bench's own local instance, or ``NEO4J_URI``):

* extraction words/second on one core and with ``jobs`` worker processes (a sample of documents);
* extraction quality against the generated expected facts (persons, posts, figures);
* ``load_paths`` (the serial ``kg load``) rows/second, then the re-load of the unchanged corpus;
* ``load_parallel`` (extraction in a process pool overlapping the writes) rows/second;
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

from loader.bench.generator import write_corpus
from loader.parallel_load import chunk_size, load_parallel, pool_context
from loader.corpus import read_document
from loader.evaluation.scores import Score
from loader.graph.batch import GraphBatch
from loader.graph.model import MODEL
from loader.load import load_paths
from loader.neo4j.sink import ensure_schema
from loader.text_keys import fold

Echo = Callable[[str], None]


# --------------------------------------------------------------------------------------------
# The extractor under test.

_EXTRACT = None
_MODE = None


def extractor() -> tuple[Callable, str]:
    """``loader.pipeline.extract`` if it exists, else ``document_batch`` (said in the output)."""
    global _EXTRACT, _MODE
    if _EXTRACT is None:
        try:
            from loader.pipeline import extract
            _EXTRACT, _MODE = extract, "loader.pipeline.extract"
        except ImportError:
            from loader.graph.build import document_batch
            _EXTRACT, _MODE = document_batch, "document_batch (loader.pipeline.extract not available)"
    return _EXTRACT, _MODE


def pipeline_available() -> bool:
    return extractor()[1] == "loader.pipeline.extract"


def _get(item, *names, default=None):
    for name in names:
        if isinstance(item, dict):
            if name in item:
                return item[name]
        elif hasattr(item, name):
            return getattr(item, name)
    return default


def _name(value) -> str | None:
    if value is None or isinstance(value, str):
        return value
    return _get(value, "name", "text", "canonical")


def extraction_facts(extraction) -> dict | None:
    """Persons, posts and figures of an extraction in the gold format, or None if it has none.

    Accepts an object with a ``to_gold()``/``as_gold()``/``gold()`` method, or with ``persons``,
    ``posts`` and ``figures`` (dicts or objects) as attributes or keys.
    """
    if extraction is None or isinstance(extraction, GraphBatch):
        return None
    for method in ("to_gold", "as_gold", "gold"):
        fn = getattr(extraction, method, None)
        if callable(fn):
            try:
                extraction = fn()
            except TypeError:
                continue
            break
    persons, posts, figures = (_get(extraction, key) for key in ("persons", "posts", "figures"))
    if persons is None and posts is None and figures is None:
        return None
    return {
        "persons": [{"name": _name(_get(p, "name", "canonical", "text"))} for p in persons or []],
        "posts": [{"person": _name(_get(p, "person", "holder")), "title": _name(_get(p, "title")),
                   "province": _name(_get(p, "province"))} for p in posts or []],
        "figures": [{"value": _get(f, "value"), "unit": _get(f, "unit")} for f in figures or []],
    }


def _keys(facts: dict, kind: str) -> Counter:
    if kind == "persons":
        return Counter(fold(p["name"] or "") for p in facts["persons"] if p.get("name"))
    if kind == "posts":
        return Counter((fold(p["person"] or ""), fold(p["title"] or ""), fold(p.get("province") or ""))
                       for p in facts["posts"])
    keys = Counter()
    for f in facts["figures"]:
        try:
            keys[(round(float(f["value"]), 6), f["unit"])] += 1
        except (TypeError, ValueError):
            keys[(None, f["unit"])] += 1
    return keys


def score_facts(expected: dict, predicted: dict) -> dict[str, Score]:
    """Multiset matching: persons by folded name; posts by (person, title, province) folded;
    figures by (value, unit)."""
    scores = {}
    for kind in ("persons", "posts", "figures"):
        want, got = _keys(expected, kind), _keys(predicted, kind)
        tp = sum((want & got).values())
        scores[kind] = Score(tp, sum(got.values()) - tp, sum(want.values()) - tp)
    return scores


# Entity labels the generator marks exhaustively (it leaves DATE, ORG and some TITLE mentions out).
SCORED_LABELS = ("PERSON", "PROVINCE", "CITY", "MONEY", "PERCENT", "QUANTITY")
_NER = None


def ner_stage() -> Callable | None:
    """While ``loader.pipeline`` is missing: normalize + NER, the stages that exist, as a stand-in."""
    global _NER
    if _NER is None:
        try:
            from loader.ner.pipeline import recognize
            from loader.normalize import normalize
            _NER = lambda raw: recognize(normalize(raw.text))[1]  # noqa: E731
        except ImportError:
            _NER = False
    return _NER or None


def _mentions(extraction) -> list[dict] | None:
    items = extraction if isinstance(extraction, list) else _get(extraction, "mentions", "entities")
    if not isinstance(items, list):
        return None
    out = []
    for item in items:
        label = _get(item, "label")
        start, end = _get(item, "raw_start", "start"), _get(item, "raw_end", "end")
        if isinstance(label, str) and isinstance(start, int) and isinstance(end, int):
            out.append({"label": label, "start": start, "end": end})
    return out


def score_mentions(raw: str, expected: dict, predicted: list[dict]) -> dict[str, tuple[int, int, int, int, int, int]]:
    """Per label: strict (tp, fp, fn) then lenient (tp, fp, fn), over ``SCORED_LABELS``."""
    from loader.evaluation.entities import score_entities
    gold = [e for e in expected["entities"] if e["label"] in SCORED_LABELS]
    pred = [p for p in predicted if p["label"] in SCORED_LABELS]
    strict, lenient, _, _ = score_entities(raw, gold, pred)
    return {label: (strict[label].tp, strict[label].fp, strict[label].fn,
                    lenient[label].tp, lenient[label].fp, lenient[label].fn) for label in SCORED_LABELS}


def score_extraction(expected: dict, extraction) -> dict[str, tuple[int, int, int]] | None:
    """(tp, fp, fn) for persons, posts and figures. An ``Extraction`` is scored with the same
    functions as `kg eval` (posts by folded (person, title, area); figures by value on an
    overlapping span and unit); anything else through ``extraction_facts``."""
    try:
        from loader.evaluation.facts import score_figures, score_posts
        from loader.facts.model import Extraction
    except ImportError:
        Extraction = None
    if Extraction is not None and isinstance(extraction, Extraction):
        posts = score_posts(expected, extraction)[0]
        figures = score_figures(expected, extraction)["value+unit"]
        want = Counter(fold(p["name"]) for p in expected["persons"])
        got = Counter(fold(e.name) for e in extraction.entities if e.label == "Person")
        tp = sum((want & got).values())
        persons = Score(tp, sum(got.values()) - tp, sum(want.values()) - tp)
        return {k: (s.tp, s.fp, s.fn) for k, s in (("persons", persons), ("posts", posts), ("figures", figures))}
    predicted = extraction_facts(extraction)
    if predicted is None:
        return None
    return {k: (s.tp, s.fp, s.fn) for k, s in score_facts(expected, predicted).items()}


def extract_one(path: str) -> dict:
    """Worker: read, extract, and score one generated article against its expected facts."""
    extract, _ = extractor()
    raw = read_document(Path(path))
    began = time.perf_counter()
    extraction = extract(raw)
    seconds = time.perf_counter() - began
    result = {"words": len(raw.text.split()), "chars": len(raw.text), "seconds": seconds, "quality": None,
              "ner_seconds": None, "entities": None}
    expected_path = Path(path).with_suffix(".json")
    expected = json.loads(expected_path.read_text("utf-8")) if expected_path.is_file() else None
    if expected is not None:
        result["quality"] = score_extraction(expected, extraction)
    mentions = _mentions(extraction)
    if mentions is None and not pipeline_available() and ner_stage():
        began = time.perf_counter()
        mentions = _mentions(ner_stage()(raw))
        result["ner_seconds"] = time.perf_counter() - began
    if mentions is not None and expected is not None:
        result["entities"] = score_mentions(raw.text, expected, mentions)
    return result


def speed_one(path: str) -> int:
    """Worker for the parallel timing: read and extract only; returns the word count."""
    raw = read_document(Path(path))
    extractor()[0](raw)
    return len(raw.text.split())


def ner_speed_one(path: str) -> int:
    raw = read_document(Path(path))
    ner_stage()(raw)
    return len(raw.text.split())


def batch_one(path: str) -> GraphBatch:
    from loader.graph.build import document_batch
    return document_batch(read_document(Path(path)))


# --------------------------------------------------------------------------------------------
# The database side.

def wipe(driver: Driver, database: str) -> None:
    with driver.session(database=database) as session:
        # Relationships first: a province with 100,000 edges would not fit one inner transaction.
        session.run("MATCH ()-[r]->() CALL (r) { DELETE r } IN TRANSACTIONS OF 10000 ROWS").consume()
        session.run("MATCH (n) CALL (n) { DELETE n } IN TRANSACTIONS OF 10000 ROWS").consume()


def node_count(driver: Driver, database: str) -> int:
    records, _, _ = driver.execute_query("MATCH (n) RETURN count(n) AS n", database_=database)
    return records[0]["n"]


def neo4j_version(driver: Driver, database: str) -> str:
    try:
        records, _, _ = driver.execute_query(
            "CALL dbms.components() YIELD name, versions, edition RETURN name, versions[0] AS v, edition",
            database_=database)
        return f"{records[0]['name']} {records[0]['v']} {records[0]['edition']}"
    except Exception as err:  # version is decoration, never a reason to fail
        return f"unknown ({type(err).__name__})"


class RowBuffer:
    """The rows of many documents' batches, grouped as the loader groups them."""

    def __init__(self):
        self.nodes: dict[str, list[dict]] = {}
        self.rels: dict[tuple[str, str, str], list[dict]] = {}
        self.size = 1000

    def add(self, batch: GraphBatch) -> None:
        self.nodes.setdefault("Document", []).append(batch.document)
        for label, rows in batch.nodes.items():
            self.nodes.setdefault(label, []).extend(rows)
        for key, rows in batch.relationships.items():
            self.rels.setdefault(key, []).extend(rows)

    def count(self) -> int:
        return sum(map(len, self.nodes.values())) + sum(map(len, self.rels.values()))


def ceiling(driver: Driver, database: str, rows: RowBuffer) -> tuple[int, float]:
    """Bare UNWIND MERGE of ``rows`` in the loader's batch size, one transaction per batch."""
    count, seconds = 0, 0.0
    with driver.session(database=database) as session:
        for label, node_rows in rows.nodes.items():
            key = MODEL.node_key(label)
            statement = f"UNWIND $rows AS row MERGE (n:{label} {{{key}: row.{key}}}) SET n += row"
            for i in range(0, len(node_rows), rows.size):
                chunk = node_rows[i:i + rows.size]
                t = time.perf_counter()
                session.execute_write(lambda tx: tx.run(statement, rows=chunk).consume())
                seconds += time.perf_counter() - t
                count += len(chunk)
        for (rel_type, start_label, end_label), rel_rows in rows.rels.items():
            sk, ek = MODEL.node_key(start_label), MODEL.node_key(end_label)
            statement = (f"UNWIND $rows AS row MATCH (a:{start_label} {{{sk}: row.start}}) "
                         f"MATCH (b:{end_label} {{{ek}: row.end}}) "
                         f"MERGE (a)-[r:{rel_type} {{key: row.key}}]->(b) SET r += row.props")
            for i in range(0, len(rel_rows), rows.size):
                chunk = rel_rows[i:i + rows.size]
                t = time.perf_counter()
                session.execute_write(lambda tx: tx.run(statement, rows=chunk).consume())
                seconds += time.perf_counter() - t
                count += len(chunk)
    return count, seconds


def naive(driver: Driver, database: str, rows: list[tuple[str, dict]]) -> tuple[int, float]:
    """One transaction per row: the rate a loop of single MERGEs gets."""
    began = time.perf_counter()
    with driver.session(database=database) as session:
        for label, row in rows:
            key = MODEL.node_key(label)
            statement = f"MERGE (n:{label} {{{key}: $row.{key}}}) SET n += $row"
            session.execute_write(lambda tx: tx.run(statement, row=row).consume())
    return len(rows), time.perf_counter() - began


def warm_up(driver: Driver, database: str, rows: int = 1500) -> None:
    """A freshly started JVM is slow for its first thousands of transactions; warm it before timing."""
    wipe(driver, database)
    ensure_schema(driver, database)
    data = [("Document", {"id": f"warm-up-{i}", "text": "گرم کردن " * 50}) for i in range(rows)]
    naive(driver, database, data)
    buffer = RowBuffer()
    buffer.nodes["Document"] = [{"id": f"warm-up-b-{i}", "text": "گرم کردن " * 50} for i in range(rows * 5)]
    ceiling(driver, database, buffer)
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


def bench_size(driver: Driver, database: str, size: int, jobs: int, workdir: Path, seed: int = 1402,
               sample: int = 1000, ceiling_docs: int = 10000, naive_rows: int = 2000,
               echo: Echo = print) -> SizeResult:
    result = SizeResult(size)
    m = result.metrics
    extract, mode = extractor()
    m["extractor"] = mode
    m["loadavg_start"] = os.getloadavg()[0] if hasattr(os, "getloadavg") else None

    echo(f"[{size}] generating corpus in {workdir / f'corpus-{size}'} ...")
    info = write_corpus(workdir / f"corpus-{size}", size, seed)
    paths = sorted(str(p) for p in info.directory.glob("[0-9]*.txt"))
    m["articles"], m["words"], m["mb"] = size, info.words, info.chars / 1e6
    m["generate_s"] = info.seconds
    m["generate_reused"] = info.reused
    echo(f"[{size}] {size} articles, {info.words:,} words "
         f"({'reused' if info.reused else f'generated in {info.seconds:.1f}s'})")

    # Extraction speed and quality on a sample.
    picked = paths[:min(size, sample)]
    extract_one(picked[0])  # warm-up: load models and gazetteers once, before forking
    singles = [extract_one(p) for p in picked]
    one_core = sum(r["seconds"] for r in singles)
    words = sum(r["words"] for r in singles)
    m["sample_docs"], m["sample_words"] = len(picked), words
    m["extract_1_wps"] = _rate(words, one_core)
    m["extract_1_dps"] = _rate(len(picked), one_core)
    echo(f"[{size}] extraction, 1 core: {m['extract_1_wps']:,.0f} words/s ({m['extract_1_dps']:,.1f} docs/s) "
         f"on {len(picked)} docs [{mode}]")
    m["jobs"] = jobs
    m["extract_n_wps"] = _rate(words, _pool_time(speed_one, picked, jobs))
    echo(f"[{size}] extraction, {jobs} processes: {m['extract_n_wps']:,.0f} words/s")

    ner_seconds = [r["ner_seconds"] for r in singles if r["ner_seconds"] is not None]
    m["ner_1_wps"] = m["ner_n_wps"] = None
    if ner_seconds and len(ner_seconds) == len(singles):
        m["ner_1_wps"] = _rate(words, sum(ner_seconds))
        m["ner_n_wps"] = _rate(words, _pool_time(ner_speed_one, picked, jobs))
        echo(f"[{size}] normalize + NER only (stand-in while loader.pipeline is missing): "
             f"{m['ner_1_wps']:,.0f} words/s on 1 core, {m['ner_n_wps']:,.0f} words/s on {jobs} processes")
    entity_scores = [r["entities"] for r in singles if r["entities"] is not None]
    m["q_entities"] = None
    if entity_scores:
        per_label = {}
        for label in SCORED_LABELS:
            strict, lenient = Score(), Score()
            for e in entity_scores:
                strict += Score(*e[label][:3])
                lenient += Score(*e[label][3:])
            per_label[label] = (strict.precision, strict.recall, lenient.precision, lenient.recall)
        m["q_entities"] = per_label
        echo(f"[{size}] entities (strict P/R): " + ", ".join(
            f"{label} {v[0]:.2f}/{v[1]:.2f}" for label, v in per_label.items()))

    quality = [r["quality"] for r in singles if r["quality"] is not None]
    if quality:
        for i, kind in enumerate(("persons", "posts", "figures")):
            s = Score()
            for q in quality:
                s += Score(*q[kind])
            m[f"q_{kind}"] = (s.precision, s.recall, s.f1)
        echo(f"[{size}] quality (P/R): " + ", ".join(
            f"{k} {m[f'q_{k}'][0]:.2f}/{m[f'q_{k}'][1]:.2f}" for k in ("persons", "posts", "figures")))
    else:
        m["q_persons"] = m["q_posts"] = m["q_figures"] = None
        echo(f"[{size}] quality: n/a (the extractor returns no facts yet)")

    # Serial loader, then re-load of the unchanged corpus.
    wipe(driver, database)
    ensure_schema(driver, database)  # created once; not part of the timed load
    errors: list[str] = []
    report = load_paths(driver, database, paths, on_error=errors.append)
    m["load_s"], m["load_rows"] = report.seconds, report.writes.rows
    m["load_rps"] = _rate(report.writes.rows, report.seconds)
    m["load_dps"] = _rate(report.documents, report.seconds)
    m["load_failed"] = len(report.failed)
    echo(f"[{size}] kg load (serial): {report.writes.rows:,} rows in {report.seconds:.1f}s = "
         f"{m['load_rps']:,.0f} rows/s, {m['load_dps']:,.1f} docs/s, {len(report.failed)} failed")
    report = load_paths(driver, database, paths, on_error=errors.append)
    m["reload_s"], m["reload_unchanged"] = report.seconds, len(report.unchanged)
    echo(f"[{size}] re-load, unchanged (serial): {report.seconds:.2f}s, {len(report.unchanged)} unchanged")

    # Parallel loader: extraction in processes overlapping writes; then its re-load.
    wipe(driver, database)
    report = load_parallel(driver, database, paths, jobs, on_error=errors.append)
    m["par_s"], m["par_rows"] = report.seconds, report.writes.rows
    m["par_rps"] = _rate(report.writes.rows, report.seconds)
    m["par_dps"] = _rate(report.documents, report.seconds)
    m["par_write_rps"] = report.write_rows_per_second
    m["par_write_share"] = report.write_seconds / report.seconds if report.seconds else float("nan")
    echo(f"[{size}] load_parallel ({jobs} processes): {report.writes.rows:,} rows in {report.seconds:.1f}s = "
         f"{m['par_rps']:,.0f} rows/s ({m['par_write_rps']:,.0f} rows/s counting write time only; "
         f"writer busy {m['par_write_share']:.0%})")
    report = load_parallel(driver, database, paths, jobs, on_error=errors.append)
    m["par_reload_s"] = report.seconds
    echo(f"[{size}] re-load, unchanged (parallel, bulk state check): {report.seconds:.2f}s")
    if errors:
        result.notes.append(f"{len(errors)} load errors; first: {errors[0]}")

    # The database's raw ceiling on the same rows, and the naive rate.
    wipe(driver, database)
    ensure_schema(driver, database)
    rows = RowBuffer()
    ceiling_paths = paths[:min(size, ceiling_docs)]
    with pool_context().Pool(jobs) as pool:
        for batch in pool.imap(batch_one, ceiling_paths, chunksize=chunk_size(len(ceiling_paths), jobs)):
            rows.add(batch)
    n, seconds = ceiling(driver, database, rows)
    m["ceiling_docs"], m["ceiling_rows"], m["ceiling_rps"] = len(ceiling_paths), n, _rate(n, seconds)
    m["eff_serial"] = m["load_rps"] / m["ceiling_rps"]
    m["eff_parallel"] = m["par_rps"] / m["ceiling_rps"]
    m["eff_write"] = m["par_write_rps"] / m["ceiling_rps"]
    echo(f"[{size}] ceiling (bare UNWIND MERGE, batch {rows.size}): {n:,} rows in {seconds:.2f}s = "
         f"{m['ceiling_rps']:,.0f} rows/s; loader efficiency serial {m['eff_serial']:.0%}, "
         f"parallel {m['eff_parallel']:.0%}, write-only {m['eff_write']:.0%}")
    wipe(driver, database)
    ensure_schema(driver, database)
    sample_rows = [(label, row) for label, node_rows in rows.nodes.items() for row in node_rows][:naive_rows]
    del rows
    n, seconds = naive(driver, database, sample_rows)
    m["naive_rows"], m["naive_rps"] = n, _rate(n, seconds)
    echo(f"[{size}] naive (one transaction per row): {n:,} rows in {seconds:.2f}s = {m['naive_rps']:,.0f} rows/s")
    wipe(driver, database)

    m["loadavg_end"] = os.getloadavg()[0] if hasattr(os, "getloadavg") else None
    own, children = peak_memory_mb()
    m["rss_self_mb"], m["rss_child_mb"] = own, children
    echo(f"[{size}] peak memory: main process {own:,.0f} MB, largest child {children:,.0f} MB")
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


def _load_note(m: dict, host: dict) -> str:
    start, end, cores = m.get("loadavg_start"), m.get("loadavg_end"), host.get("nproc") or 1
    if start is not None and start > 0.5:
        return " (the machine was already busy before this size started: timings are noisy)"
    if end is not None and end > cores + 0.5:
        return " (more runnable processes than cores at the end: timings are noisy)"
    return ""


def _q(value) -> str:
    return "n/a" if not value else f"P {value[0]:.2f} / R {value[1]:.2f} / F1 {value[2]:.2f}"


def markdown(results: list[SizeResult], host: dict, neo4j: str, where: str, preamble: list[str]) -> str:
    lines = ["# Benchmarks", ""]
    lines += preamble
    lines += [
        f"Measured {datetime.now(timezone.utc):%Y-%m-%d %H:%M} UTC with `kg bench` on:",
        "",
        f"- CPU: {host.get('cpu', 'unknown')}, `nproc` = {host.get('nproc')}",
        f"- memory: {host.get('memory_gb', '?')} GB",
        f"- Python {host.get('python')} ({host.get('platform')})",
        f"- Neo4j: {neo4j} ({where})",
        "",
        "The corpus is synthetic (`loader/bench/generator.py`, seeded): new combinations of names, posts,",
        "provinces, programs and figures in the sentence patterns of `corpus/`, with the same PDF damage.",
        "Rows are `GraphBatch.row_count()` rows: the document, its nodes and its relationships.",
        "",
        "How to read the table:",
        "",
        "- *extraction* words/s: 1 core is the extractor's own time over the sample; N processes is wall",
        "  time of a `multiprocessing` pool (fork, chunked `imap`) over the same sample, file reads included.",
        "- *`kg load`* is `loader.load.load_paths`: one state query for the corpus, then per document",
        "  extraction and one write transaction, all serial. *`load_parallel`* (`loader/parallel_load.py`, behind `kg load --jobs N`) extracts in worker",
        "  processes while the main thread writes, still one transaction per document, on one session;",
        "  \"writer busy\" is the share of its wall time spent inside write transactions (near 100% = the",
        "  database side is the bottleneck, extraction is fully hidden).",
        "- *ceiling*: the same rows written bare, `UNWIND $rows AS row MERGE (n:Label {id: row.id}) SET n += row`",
        "  (and the relationship equivalent) in batches of 1,000 rows per transaction across documents, on an",
        "  empty database with the loader's constraints. Loader efficiency = loader rows/s ÷ ceiling rows/s.",
        "  Per-document transactions cost a round trip and a commit each, so efficiency grows with the",
        "  number of rows a document yields.",
        "- *re-load*: the unchanged corpus loaded again (everything skipped by sha256 and extractor",
        "  version); both loaders read every document's state in one query.",
        "- *peak memory*: `ru_maxrss` of the bench process, and of the largest single child process",
        "  (Linux reports the maximum over children, not the sum).",
        "",
    ]
    for r in results:
        m = r.metrics
        lines += [
            f"## {r.size:,} articles",
            "",
            f"{m['words']:,} words, {m['mb']:.1f} million characters; extractor: `{m['extractor']}`; "
            f"1-minute load average {_f(m.get('loadavg_start'), '.1f')} at the start, "
            f"{_f(m.get('loadavg_end'), '.1f')} at the end{_load_note(m, host)}.",
            "",
            "| measure | value |",
            "|---|---|",
            f"| extraction, 1 core ({m['sample_docs']:,} docs) | {_f(m['extract_1_wps'])} words/s ({_f(m['extract_1_dps'], ',.1f')} docs/s) |",
            f"| extraction, {m['jobs']} processes | {_f(m['extract_n_wps'])} words/s |",
            f"| `kg load` (serial `load_paths`) | {_f(m['load_rps'])} rows/s, {_f(m['load_dps'], ',.1f')} docs/s ({m['load_rows']:,} rows in {m['load_s']:.1f} s) |",
            f"| `load_parallel`, {m['jobs']} processes | {_f(m['par_rps'])} rows/s, {_f(m['par_dps'], ',.1f')} docs/s ({m['par_s']:.1f} s; writer busy {m['par_write_share']:.0%}) |",
            f"| database ceiling: bare `UNWIND … MERGE`, same rows and batch size ({m['ceiling_docs']:,} docs) | {_f(m['ceiling_rps'])} rows/s |",
            f"| loader efficiency (serial / parallel / write time only) | {m['eff_serial']:.0%} / {m['eff_parallel']:.0%} / {m['eff_write']:.0%} of the ceiling |",
            f"| naive, one transaction per row ({m['naive_rows']:,} rows) | {_f(m['naive_rps'])} rows/s |",
            f"| re-load of the unchanged corpus: serial / parallel | {m['reload_s']:.2f} s / {m['par_reload_s']:.2f} s |",
            f"| peak memory (ru_maxrss): main process / largest child | {m['rss_self_mb']:,.0f} MB / {m['rss_child_mb']:,.0f} MB |",
            f"| quality, persons (folded names) | {_q(m['q_persons'])} |",
            f"| quality, posts (person, title, area; as `kg eval`) | {_q(m['q_posts'])} |",
            f"| quality, figures (value on the span, and unit; as `kg eval`) | {_q(m['q_figures'])} |",
            "",
        ]
        if m.get("ner_1_wps"):
            lines += [f"Stand-in while `loader.pipeline` is missing: normalize + NER alone run at "
                      f"{_f(m['ner_1_wps'])} words/s on one core and {_f(m['ner_n_wps'])} words/s on "
                      f"{m['jobs']} processes.", ""]
        if m.get("q_entities"):
            lines += ["Entity mentions against the generated spans (labels the generator marks exhaustively):", "",
                      "| label | strict P | strict R | lenient P | lenient R |", "|---|---|---|---|---|"]
            lines += [f"| {label} | {v[0]:.2f} | {v[1]:.2f} | {v[2]:.2f} | {v[3]:.2f} |"
                      for label, v in m["q_entities"].items()]
            lines.append("")
        lines += [f"- {note}" for note in r.notes]
        if r.notes:
            lines.append("")
    return "\n".join(lines)


def run_bench(sizes: list[int], jobs: int, instance: str = "bench", workdir: Path | None = None,
              output: Path | None = None, seed: int = 1402, sample: int = 1000, ceiling_docs: int = 10000,
              naive_rows: int = 2000, allow_wipe: bool = False, keep_server: bool = False,
              echo: Echo = print) -> list[SizeResult]:
    from loader.config import LOCAL_PASSWORD, Neo4jSettings, instance_ports, kg_home, resolve_settings
    from loader.errors import KgError
    from loader.neo4j.connection import open_driver

    workdir = Path(workdir or kg_home() / "bench")
    server = None
    if os.environ.get("NEO4J_URI"):
        settings = resolve_settings()
    else:
        from loader.neo4j.server import LocalServer
        server = LocalServer(instance)
        password = os.environ.get("NEO4J_PASSWORD", LOCAL_PASSWORD)
        started = not server.status().running
        echo(f"starting local Neo4j instance '{instance}' ..." if started else f"using running instance '{instance}'")
        server.start(password)
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
            _, mode = extractor()
            echo(f"machine: {host.get('cpu')}, {host.get('nproc')} cores, {host.get('memory_gb')} GB; "
                 f"{neo4j} at {settings.describe()}; extractor: {mode}")
            results = []
            preamble: list[str] = []
            if not pipeline_available():
                preamble += ["> **The full extraction pipeline had not landed when these figures were measured**:",
                             "> `loader.pipeline.extract` did not exist, so extraction timings are those of",
                             "> `document_batch` as it stood, quality is n/a, and row counts are what that",
                             "> `document_batch` yields. Re-run `kg bench --sizes 1000,10000` to replace them.", ""]
            warm_up(driver, settings.database)
            for size in sizes:
                results.append(bench_size(driver, settings.database, size, jobs, workdir, seed, sample,
                                          ceiling_docs, naive_rows, echo))
                if output:
                    Path(output).parent.mkdir(parents=True, exist_ok=True)
                    Path(output).write_text(markdown(results, host, neo4j, settings.source, preamble) + "\n",
                                            encoding="utf-8")
            if output:
                echo(f"wrote {output}")
            return results
    finally:
        if server is not None and not keep_server:
            echo(f"stopping local Neo4j instance '{instance}'")
            server.stop()
