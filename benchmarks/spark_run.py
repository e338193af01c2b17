"""`kg bench --spark`: the bulk path (Spark local mode, then `kg neo4j import`) beside `kg load`,
on the same generated corpus and the same local Neo4j instance, one size after another.

For each size: `kg load --jobs N` into an empty database (timed), the graph's counts noted; the
Spark job as a separate `kg spark extract` process (timed); `kg neo4j import` of its output into
the same instance (neo4j-admin alone, and with the restart and schema); the counts compared with
`kg load`'s; and `kg load` of the same files once more, which must skip every document.

Memory is the peak of the summed resident memory of every process of a phase, sampled twice a
second from /proc (the Neo4j server's own JVM left out): for `kg load` this process and its
workers, for Spark its driver JVM and Python workers, for the import the neo4j-admin JVM.
Writes its own section of the report (between ``SECTION_START`` and ``SECTION_END``), leaving
the rest of the file as it is.
"""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
import threading
import time
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import Callable

from benchmarks.generator import write_corpus
from benchmarks.run import machine
from loader.load import DEFAULT_BATCH_ROWS, load_paths
from loader.neo4j.maintenance import neo4j_version, wipe
from loader.neo4j.sink import ensure_schema, graph_counts

Echo = Callable[[str], None]
SECTION_START = "<!-- spark: `kg bench --spark` writes this section and keeps the rest of the file -->"
SECTION_END = "<!-- /spark -->"


def _children() -> dict[int, list[int]]:
    tree: dict[int, list[int]] = {}
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                ppid = int((entry / "stat").read_text().rsplit(")", 1)[1].split()[1])
            except (OSError, IndexError, ValueError):
                continue
            tree.setdefault(ppid, []).append(int(entry.name))
    return tree


def _rss_mb(pid: int) -> float:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return 0.0


class TreeMemory:
    """Peak summed RSS of a process and its descendants, leaving out ``exclude`` and theirs."""

    def __init__(self, root: int, exclude: set[int] = frozenset(), interval: float = 0.5):
        self.root, self.exclude, self.interval = root, set(exclude), interval
        self.peak = 0.0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def sample(self) -> float:
        tree, total, todo = _children(), 0.0, [self.root]
        while todo:
            pid = todo.pop()
            if pid in self.exclude:
                continue
            total += _rss_mb(pid)
            todo += tree.get(pid, [])
        return total

    def _run(self) -> None:
        while not self._stop.is_set():
            self.peak = max(self.peak, self.sample())
            self._stop.wait(self.interval)

    def __enter__(self) -> "TreeMemory":
        self._thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self._stop.set()
        self._thread.join()


@dataclass
class SparkSize:
    size: int
    m: dict = field(default_factory=dict)


def _kg_command() -> list[str]:
    return [sys.executable, "-c", "from loader.cli import main; main()"]


def bench_spark_size(server, password: str, driver, size: int, jobs: int, workdir: Path, seed: int,
                     batch_rows: int, master: str, echo: Echo) -> SparkSize:
    from loader.neo4j.admin_import import import_directory
    result = SparkSize(size)
    m = result.m
    info = write_corpus(workdir / f"corpus-{size}", size, seed)
    paths = [str(info.directory)]
    m["words"] = info.words
    server_pid = {server.pid()} - {None}

    wipe(driver, "neo4j")
    ensure_schema(driver, "neo4j")
    errors: list[str] = []
    with TreeMemory(os.getpid(), server_pid) as memory:
        report = load_paths(driver, "neo4j", paths, jobs=jobs, batch_rows=batch_rows, on_error=errors.append)
    m["load_s"], m["load_rows"], m["load_mb"] = report.seconds, report.writes.rows, memory.peak
    m["load_counts"] = graph_counts(driver, "neo4j")
    echo(f"[{size}] kg load --jobs {jobs}: {report.writes.rows:,} rows in {report.seconds:.1f} s = "
         f"{report.writes.rows / report.seconds:,.0f} rows/s, peak {memory.peak:,.0f} MB; graph "
         f"{m['load_counts'][0]:,} nodes, {m['load_counts'][1]:,} relationships; {len(errors)} failed")

    out = workdir / f"spark-{size}"
    shutil.rmtree(out, ignore_errors=True)
    command = _kg_command() + ["spark", "extract", *paths, "-o", str(out), "--master", master]
    began = time.perf_counter()
    proc = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    with TreeMemory(proc.pid) as memory:
        output = proc.communicate()[0]
    m["spark_s"], m["spark_mb"] = time.perf_counter() - began, memory.peak
    if proc.returncode != 0:
        raise RuntimeError(f"kg spark extract failed:\n{output}")
    m["spark_summary"] = next((line for line in output.splitlines() if " documents (" in line), "")
    m["spark_rows"] = int(m["spark_summary"].split(": ", 1)[1].split(" rows")[0].replace(",", "")) \
        if m["spark_summary"] else 0
    echo(f"[{size}] kg spark extract --master {master}: {m['spark_s']:.1f} s, peak {memory.peak:,.0f} MB; "
         f"{m['spark_summary']}")

    with TreeMemory(os.getpid(), server_pid) as memory:
        imported = import_directory(server, out, password)
    m["import_s"], m["import_total_s"], m["import_mb"] = imported.import_seconds, imported.seconds, memory.peak
    m["import_peak_reported"] = imported.peak_memory
    m["import_counts"] = graph_counts(driver, "neo4j")
    echo(f"[{size}] kg neo4j import: neo4j-admin {imported.import_seconds:.1f} s ({imported.seconds:.1f} s with "
         f"the restart and schema), peak {memory.peak:,.0f} MB (neo4j-admin says {imported.peak_memory}); graph "
         f"{m['import_counts'][0]:,} nodes, {m['import_counts'][1]:,} relationships")

    report = load_paths(driver, "neo4j", paths, jobs=jobs, batch_rows=batch_rows, on_error=lambda message: None)
    m["reload_s"], m["reload_unchanged"], m["reload_written"] = report.seconds, len(report.unchanged), report.writes.rows
    echo(f"[{size}] kg load after the import: {len(report.unchanged):,} unchanged, "
         f"{len(report.loaded) + len(report.replaced)} written, {report.seconds:.1f} s")
    shutil.rmtree(out, ignore_errors=True)
    return result


def _rate(rows: int, seconds: float) -> str:
    return f"{rows / seconds:,.0f}" if seconds else "n/a"


def section(results: list[SparkSize], host: dict, neo4j: str, master: str, jobs: int) -> str:
    lines = [
        SECTION_START,
        "## Bulk path: Spark local mode + `kg neo4j import`, beside `kg load`",
        "",
        f"Measured {datetime.now(timezone.utc):%Y-%m-%d %H:%M} UTC with `kg bench --spark --sizes "
        f"{','.join(str(r.size) for r in results)}` on {host.get('cpu')}, `nproc` = {host.get('nproc')}, "
        f"{host.get('memory_gb')} GB; {neo4j}; Spark master `{master}`, `kg load --jobs {jobs}`.",
        "",
        "Rows are `GraphBatch.row_count()` rows, the same count for both paths. Spark + import is the",
        "`kg spark extract` process's wall time plus neo4j-admin's; *with restart* adds stopping and",
        "starting the server and creating the constraints and indexes. Peak memory is the summed RSS of",
        "every process of the phase (sampled twice a second; the Neo4j server's JVM left out).",
        "*Same graph* compares node and relationship counts of the two graphs; *re-load* is `kg load`",
        "of the same files into the imported graph, which must skip every document.",
        "",
        "| articles | `kg load` | rows/s | peak | Spark | peak | neo4j-admin | peak | Spark + import rows/s "
        "| with restart | same graph | re-load |",
        "|---|---|---|---|---|---|---|---|---|---|---|---|",
    ]
    for r in results:
        m = r.m
        bulk = m["spark_s"] + m["import_s"]
        same = "yes" if m["load_counts"] == m["import_counts"] else f"**no** ({m['load_counts']} / {m['import_counts']})"
        lines.append(
            f"| {r.size:,} | {m['load_s']:,.0f} s | {_rate(m['load_rows'], m['load_s'])} | {m['load_mb']:,.0f} MB "
            f"| {m['spark_s']:,.0f} s | {m['spark_mb']:,.0f} MB | {m['import_s']:,.0f} s | {m['import_mb']:,.0f} MB "
            f"| {_rate(m['spark_rows'], bulk)} | {m['import_total_s']:,.0f} s | {same} "
            f"| {m['reload_unchanged']:,} unchanged, {m['reload_written']} rows written, {m['reload_s']:.1f} s |")
    lines += ["", *[f"- {r.size:,}: `{r.m['spark_summary']}`" for r in results], "", SECTION_END]
    return "\n".join(lines)


def write_section(output: Path, text: str) -> None:
    """Replace the Spark section of ``output`` (or append it), keeping everything else."""
    old = output.read_text("utf-8") if output.is_file() else ""
    if SECTION_START in old and SECTION_END in old:
        head, rest = old.split(SECTION_START, 1)
        new = head + text + rest.split(SECTION_END, 1)[1]
    else:
        new = old.rstrip("\n") + ("\n\n" if old else "") + text + "\n"
    output.parent.mkdir(parents=True, exist_ok=True)
    output.write_text(new, encoding="utf-8")


def run_spark_bench(sizes: list[int], jobs: int, instance: str, workdir: Path | None, output: Path | None,
                    seed: int = 1402, batch_rows: int = DEFAULT_BATCH_ROWS, master: str = "local[*]",
                    keep_server: bool = False, echo: Echo = print) -> list[SparkSize]:
    from loader.config import LOCAL_PASSWORD, Neo4jSettings, kg_home
    from loader.errors import KgError
    from loader.neo4j.connection import open_driver
    from loader.neo4j.server import LocalServer
    if os.environ.get("NEO4J_URI"):
        raise KgError("kg bench --spark imports into a local instance (neo4j-admin needs its files); unset NEO4J_URI")
    workdir = Path(workdir or kg_home() / "bench")
    server = LocalServer(instance)
    password = os.environ.get("NEO4J_PASSWORD", LOCAL_PASSWORD)
    os.environ.setdefault("KG_NEO4J_HEAP", "2g")
    os.environ.setdefault("KG_NEO4J_PAGECACHE", "6g")
    started = not server.status().running
    server.start(password)
    results: list[SparkSize] = []
    try:
        host = machine()
        for size in sizes:
            settings = Neo4jSettings(f"bolt://127.0.0.1:{server.bolt_port}", "neo4j", password, "neo4j",
                                     f"local instance '{instance}'")
            with open_driver(settings) as driver:  # the import restarts the server: a driver per size
                neo4j = neo4j_version(driver, "neo4j")
                results.append(bench_spark_size(server, password, driver, size, jobs, workdir, seed, batch_rows,
                                                master, echo))
            if output:
                write_section(Path(output), section(results, host, neo4j, master, jobs))
        if output:
            echo(f"wrote the Spark section of {output}")
        return results
    finally:
        if started and not keep_server:
            server.stop()
