"""`kg bench`: scale and speed on a generated corpus, written to docs/BENCHMARKS.md."""
from __future__ import annotations

import os
import sys
from pathlib import Path

import click

from loader.commands.util import one_line_errors
from loader.errors import KgError
from loader.load import DEFAULT_BATCH_ROWS


def _sizes(ctx, param, value: str) -> list[int]:
    try:
        sizes = [int(part.replace("_", "")) for part in value.split(",") if part.strip()]
    except ValueError:
        raise click.BadParameter(f"{value!r}: expected comma-separated article counts, e.g. 1000,10000") from None
    if not sizes or any(s < 1 for s in sizes):
        raise click.BadParameter(f"{value!r}: sizes must be positive")
    return sizes


@click.command("bench")
@click.option("--sizes", default="1000,10000,100000", show_default=True, callback=_sizes,
              help="Corpus sizes (articles), comma-separated.")
@click.option("--jobs", type=click.IntRange(1), default=os.cpu_count() or 1, show_default=True,
              help="Worker processes for extraction, in the timing and in kg load.")
@click.option("--instance", default="bench", show_default=True,
              help="Local Neo4j instance the bench starts and stops (ignored when NEO4J_URI is set).")
@click.option("--workdir", type=click.Path(file_okay=False, path_type=Path), default=None,
              help="Where generated corpora go (default: $KG_HOME/bench); reused when unchanged.")
@click.option("--output", type=click.Path(dir_okay=False, path_type=Path), default=None,
              show_default="$KG_HOME/bench/BENCHMARKS.md",
              help="Markdown report to write (`make bench` writes the tracked docs/BENCHMARKS.md).")
@click.option("--seed", type=int, default=1402, show_default=True, help="Generator seed.")
@click.option("--sample", type=click.IntRange(1), default=1000, show_default=True,
              help="Documents timed for extraction speed and scored for quality.")
@click.option("--serial-docs", type=click.IntRange(1), default=10000, show_default=True,
              help="Documents loaded with --jobs 1 (extraction and writing in turn), for contrast.")
@click.option("--batch-rows", type=click.IntRange(1), default=DEFAULT_BATCH_ROWS, show_default=True,
              help="Rows per transaction, for kg load and for the ceiling alike.")
@click.option("--naive-rows", type=click.IntRange(1), default=2000, show_default=True,
              help="Rows written one transaction each, for contrast.")
@click.option("--wipe", "allow_wipe", is_flag=True,
              help="Allow wiping a non-empty database named by NEO4J_URI.")
@click.option("--keep-server", is_flag=True, help="Leave the bench instance running afterwards.")
@click.option("--spark", is_flag=True,
              help="Instead: the bulk path (kg spark extract + kg neo4j import) beside kg load, written to its "
                   "own section of the report (needs pip install -e '.[spark]' and a local instance).")
@click.option("--spark-master", default="local[*]", show_default=True, help="Spark master for --spark.")
@one_line_errors
def bench(sizes: list[int], jobs: int, instance: str, workdir: Path | None, output: Path, seed: int,
          sample: int, serial_docs: int, batch_rows: int, naive_rows: int, allow_wipe: bool,
          keep_server: bool, spark: bool, spark_master: str) -> None:
    """Measure extraction and loading speed on a generated corpus.

    Generates a seeded synthetic corpus per size (with expected facts), then measures extraction
    words/s on one core and on --jobs processes, extraction quality, `kg load` rows/s (and with
    --jobs 1), the database's bare UNWIND MERGE ceiling on the same rows, the naive
    one-transaction-per-row rate, re-load of the unchanged corpus and peak memory. Uses its own local Neo4j instance
    (started and stopped here) unless NEO4J_URI is set; the database is wiped. Never fails on speed.

    \b
    Example:
      kg bench --sizes 1000,10000                      # report in ~/.cache/kg-taamin/bench/
      kg bench --sizes 20 --output /tmp/bench.md
      kg bench --sizes 1000,10000,100000 --output docs/BENCHMARKS.md   # what make bench does
      kg bench --spark --sizes 10000,100000 --output docs/BENCHMARKS.md  # the bulk path's section
    """
    _find_benchmarks()
    from benchmarks.run import run_bench
    from loader.config import kg_home
    output = output or (workdir or kg_home() / "bench") / "BENCHMARKS.md"
    if spark:
        from benchmarks.spark_run import run_spark_bench
        run_spark_bench(sizes, jobs, instance, workdir, output, seed=seed, batch_rows=batch_rows,
                        master=spark_master, keep_server=keep_server, echo=click.echo)
        return
    run_bench(sizes, jobs, instance=instance, workdir=workdir, output=output, seed=seed, sample=sample,
              serial_docs=serial_docs, naive_rows=naive_rows, batch_rows=batch_rows, allow_wipe=allow_wipe,
              keep_server=keep_server, echo=click.echo)


def _find_benchmarks() -> None:
    """The bench is the checkout's top-level `benchmarks/`, beside `loader/`, and not in the wheel."""
    checkout = Path(__file__).resolve().parents[2]
    if (checkout / "benchmarks" / "run.py").is_file() and str(checkout) not in sys.path:
        sys.path.insert(0, str(checkout))
    try:
        import benchmarks.run  # noqa: F401
    except ImportError:
        raise KgError("kg bench runs from a checkout of the project: its benchmarks/ folder is not "
                      "installed with the package") from None


COMMANDS = [bench]
