"""`kg spark extract`: the corpus through Spark into the neo4j-admin import layout."""
from __future__ import annotations

import click

from loader.commands.util import one_line_errors
from loader.errors import KgError


def _conf(ctx, param, values: tuple[str, ...]) -> dict[str, str]:
    conf = {}
    for value in values:
        key, sep, setting = value.partition("=")
        if not sep or not key.strip():
            raise click.BadParameter(f"{value!r}: expected KEY=VALUE, e.g. spark.driver.memory=4g")
        conf[key.strip()] = setting
    return conf


@click.group("spark")
def spark_group() -> None:
    """Run extraction on Spark (local mode or a cluster).

    \b
    Example:
      kg spark extract corpus/ articles/ -o graph-csv/ && kg neo4j import graph-csv/
    """


@spark_group.command("extract")
@click.argument("inputs", nargs=-1, required=True)
@click.option("--output", "-o", required=True, help="Directory to write (local path, s3a://, hdfs://, ...).")
@click.option("--master", default="local[*]", show_default=True, help="Spark master URL.")
@click.option("--input-format", "fmt", type=click.Choice(["text", "jsonl", "parquet"]), default=None,
              help="How to read every input [default: by name: *.jsonl/*.json JSON lines, *.parquet Parquet, "
                   "else .txt files of a directory or one file].")
@click.option("--partitions", type=click.IntRange(1), default=None,
              help="Partitions of the map and of the reduce (each writes a part file per file group) "
                   "[default: one per 2,000 documents, between Spark's default parallelism and 4 times it].")
@click.option("--conf", "conf", multiple=True, callback=_conf, metavar="KEY=VALUE",
              help="Spark setting (repeatable), e.g. --conf spark.driver.memory=4g.")
@click.option("--overwrite", is_flag=True, help="Replace OUTPUT if it exists.")
@one_line_errors
def extract(inputs: tuple[str, ...], output: str, master: str, fmt: str | None, partitions: int | None,
            conf: dict[str, str], overwrite: bool) -> None:
    """Extract articles on Spark and write the neo4j-admin import layout.

    INPUTS are directories of .txt files (searched recursively), single files, or JSON-lines or
    Parquet tables with `id` and `text` columns (`path` optional). Every document goes through
    the same extraction as `kg load`; rows of the same node are merged as `kg load` merges them,
    in the order `kg load` of the same inputs would write them. A file that cannot be read or
    extracted is named on stderr and left out; the job still succeeds. Then run
    `kg neo4j import OUTPUT`.

    \b
    Example:
      kg spark extract corpus/ -o /tmp/graph-csv
      kg spark extract s3a://news/2024/ --master spark://host:7077 -o s3a://news/graph-csv
      kg spark extract articles.jsonl -o /tmp/graph-csv --conf spark.driver.memory=4g
    """
    try:
        import pyspark  # noqa: F401
    except ImportError:
        raise KgError("pyspark is not installed: pip install -e '.[spark]' (or `pip install pyspark>=3.5,<3.6`)") from None
    from loader.spark.job import run_job, spark_session
    spark = spark_session(master, conf)
    try:
        click.echo(f"Spark {spark.version}, master {master}, default parallelism "
                   f"{spark.sparkContext.defaultParallelism}: reading {len(inputs)} input{'s' if len(inputs) != 1 else ''}")
        report = run_job(spark, list(inputs), output, fmt, partitions, overwrite)
    except KgError:
        raise
    except Exception as err:  # Spark's own failures (output exists, cluster unreachable): one line
        first = next((line for line in str(err).splitlines() if line.strip()), type(err).__name__)
        raise KgError(f"Spark job failed: {first}") from None
    finally:
        spark.stop()
    for message in report.errors:
        click.echo(f"Error: {message}", err=True)
    click.echo(f"{report.documents:,} documents ({len(report.errors)} left out): {report.rows:,} rows merged into "
               f"{report.nodes:,} nodes and {report.relationships:,} relationships in {report.seconds:.1f} s, "
               f"{report.files} file groups in {output}")
    click.echo(f"next: kg neo4j import {output}")


COMMANDS = [spark_group]
