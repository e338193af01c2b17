"""The Spark job: articles in, the ``neo4j-admin database import`` layout out.

    inputs ──read──▶ (order, path, bytes) ──map: loader.spark.records.document_records──▶ keyed records
      ──partition by key, sort by (key, order), fold (the reduce)──▶ one row per node / relationship
      ──kinds of every file group (one small aggregate)──▶ CSV lines, written per file group

Inputs are directories of ``.txt`` files (recursively), single files, or tables of articles
(JSON lines or Parquet with ``id`` and ``text`` columns, ``path`` optional), on any file system
Spark is configured for (``s3a://``, ``hdfs://``, local paths). A file that cannot be read or
extracted becomes one error line naming it; the job goes on without it.

The output directory holds ``nodes_<Label>/`` and ``relationships_<TYPE>…/`` directories, each a
``header.csv`` and part files, in the layout and with the headers of ``kg export --format csv``
(``loader.export.csv_import``); `kg neo4j import OUT` imports it.
"""
from __future__ import annotations

import os
import sys
import time
from dataclasses import dataclass
from importlib import resources
from urllib.parse import unquote
from loader.corpus import check_size, max_bytes
from loader.errors import KgError
from loader.export.csv_import import HEADER_FILE, readme
from loader.spark import records as rec

TABLE_FORMATS = ("jsonl", "parquet")


@dataclass
class JobReport:
    documents: int
    rows: int
    nodes: int
    relationships: int
    errors: list[str]
    files: int
    seconds: float


def input_format(argument: str, given: str | None) -> str:
    if given:
        return given
    lowered = argument.lower().rstrip("/")
    if lowered.endswith((".jsonl", ".json", ".ndjson")):
        return "jsonl"
    if lowered.endswith(".parquet"):
        return "parquet"
    return "text"


def spark_session(master: str, conf: dict[str, str], app_name: str = "kg-taamin extract"):
    """A session for the job. In local mode Spark binds to the loopback address only; Spark 3.5
    adds the ``--add-opens`` flags JDK 17 needs by itself (its launcher's ``JavaModuleOptions``)."""
    if master.startswith("local"):
        os.environ.setdefault("SPARK_LOCAL_IP", "127.0.0.1")
        os.environ.setdefault("PYSPARK_PYTHON", sys.executable)  # the workers need this venv's `loader`
    from pyspark.sql import SparkSession
    log4j = resources.files("loader.spark").joinpath("log4j2.properties")
    builder = (SparkSession.builder.master(master).appName(app_name)
               .config("spark.ui.enabled", "false")
               .config("spark.ui.showConsoleProgress", "false")
               .config("spark.python.worker.reuse", "true")  # the spaCy pipeline loads once per worker
               .config("spark.driver.extraJavaOptions", f"-Dlog4j2.configurationFile={log4j}"))
    if master.startswith("local"):
        builder = builder.config("spark.driver.bindAddress", "127.0.0.1").config("spark.driver.host", "127.0.0.1")
    for key, value in conf.items():
        builder = builder.config(key, value)
    return builder.getOrCreate()


class _Hadoop:
    """The file system calls the driver makes (listing inputs, headers, renames) through Spark's
    own Hadoop configuration, so they work wherever the job's reads and writes do."""

    def __init__(self, spark):
        self.jvm = spark.sparkContext._jvm
        self.conf = spark.sparkContext._jsc.hadoopConfiguration()

    def _path(self, path: str):
        return self.jvm.org.apache.hadoop.fs.Path(path)

    def _fs(self, path: str):
        return self._path(path).getFileSystem(self.conf)

    def status(self, path: str) -> tuple[str, bool] | None:
        """(qualified path, is a directory), or None when nothing is there."""
        p = self._path(path)
        fs = p.getFileSystem(self.conf)
        if not fs.exists(p):
            return None
        return fs.makeQualified(p).toString(), fs.getFileStatus(p).isDirectory()

    def write_text(self, path: str, text: str) -> None:
        stream = self._fs(path).create(self._path(path), True)
        try:
            stream.write(bytearray(text.encode("utf-8")))
        finally:
            stream.close()

    def rename(self, source: str, target: str) -> None:
        fs = self._fs(source)
        fs.delete(self._path(target), True)
        if not fs.rename(self._path(source), self._path(target)):
            raise KgError(f"could not rename {source} to {target}")

    def children(self, path: str) -> list[str]:
        return [s.getPath().getName() for s in self._fs(path).listStatus(self._path(path))]


def _text_inputs(spark, hadoop: _Hadoop, index: int, argument: str, errors: list[str]):
    """(order, path, bytes, id) of the ``.txt`` files of a directory, or of one file; files over the
    size limit are reported without being read."""
    from pyspark.sql import functions as F
    found = hadoop.status(argument)
    if found is None:
        errors.append(f"{argument}: no such file or directory")
        return None
    root, is_dir = found
    reader = spark.read.format("binaryFile")
    if is_dir:
        reader = reader.option("recursiveFileLookup", "true").option("pathGlobFilter", "*.txt")
    files = reader.load(argument)
    listed = [_hadoop_form(uri) for uri in files.inputFiles()]
    if not listed:
        errors.append(f"{argument}: directory contains no .txt files")
        return None

    def shown(path: str) -> str:
        return rec.shown_path(argument, rec.relative_parts(root, path)) if is_dir else argument

    limit = max_bytes()
    listing = files.select("path", "length")
    for row in listing.filter(F.col("length") > limit).collect():
        try:
            check_size(shown(row.path), row.length)
        except KgError as err:
            errors.append(str(err))
    if listing.count() < len(listed):  # Spark's file scan passes over empty files without a word
        scanned = {row.path for row in listing.collect()}
        errors += [f"{shown(path)}: empty file" for path in sorted(set(listed) - scanned)]

    def located(row):
        parts = rec.relative_parts(root, row.path) if is_dir else ()
        path = shown(row.path)
        return (index, parts), path, bytes(row.content), rec.text_document_id(path, parts)

    return files.filter(F.col("length") <= limit).select("path", "content").rdd.map(located)


def _hadoop_form(uri: str) -> str:
    """A file as ``inputFiles()`` lists it (``file:///a%20b``) in the form of the ``path``
    column (``file:/a b``)."""
    uri = unquote(uri)
    return "file:/" + uri[len("file:///"):] if uri.startswith("file:///") else uri


def _table_inputs(spark, index: int, argument: str, fmt: str, errors: list[str]):
    """(order, path, bytes, id) of the rows of a JSON-lines or Parquet table; a malformed line or
    a row without ``id`` or ``text`` is an error naming its file."""
    from pyspark.sql import functions as F
    try:
        if fmt == "jsonl":
            table = (spark.read.schema("id string, path string, text string, _corrupt_record string")
                     .option("mode", "PERMISSIVE").option("columnNameOfCorruptRecord", "_corrupt_record")
                     .json(argument))
        else:
            table = spark.read.parquet(argument)
    except Exception as err:  # Spark raises AnalysisException for a missing path or an unreadable table
        errors.append(f"{argument}: cannot read as {fmt}: {(str(err).splitlines() or [''])[0]}")
        return None
    missing = {"id", "text"} - set(table.columns)
    if missing:
        errors.append(f"{argument}: the table has no {' or '.join(sorted(missing))} column")
        return None
    columns = [F.col("id").cast("string").alias("id"), F.col("text").cast("string").alias("text"),
               (F.col("path").cast("string") if "path" in table.columns else F.lit(None).cast("string")).alias("path"),
               (F.col("_corrupt_record") if "_corrupt_record" in table.columns else F.lit(None).cast("string"))
               .alias("corrupt"), F.input_file_name().alias("file")]
    rows = table.select(*columns)

    def located(row):
        if row.corrupt is not None:
            return "error", f"{row.file}: malformed JSON line: {row.corrupt[:60]!r}"
        if not row.id or row.text is None:
            return "error", f"{row.file}: a row without {'id' if not row.id else 'text'} (id {row.id!r})"
        path = row.path or f"{row.file}#{row.id}"
        return (index, (row.file, row.id)), path, row.text.encode("utf-8"), row.id

    return rows.rdd.map(located)


def _duplicates(items, errors: list[str]):
    """Documents whose id another, later document also has (`kg load` would replace them by it):
    reported and left out, by order."""
    by_id = (items.map(lambda item: (item[3], [(item[0], item[1])]))
             .reduceByKey(lambda a, b: a + b).filter(lambda kv: len(kv[1]) > 1).collect())
    dropped = set()
    for doc_id, found in by_id:
        found.sort()
        kept = found[-1][1]
        for order, path in found[:-1]:
            errors.append(f"{path}: document id {doc_id!r} again in {kept}, which comes later; left out")
            dropped.add(order)
    return dropped


def default_partitions(documents: int, parallelism: int) -> int:
    """Enough partitions to keep every core busy and balanced, and about 2,000 documents or more
    each: every partition of the reduce writes a part file per file group, and neo4j-admin pays
    for every file it opens (measured: 37 s for 430 small files, 9 s for the same rows in 54)."""
    return max(parallelism, min(4 * parallelism, documents // 2000))


def run_job(spark, inputs: list[str], output: str, fmt: str | None = None, partitions: int | None = None,
            overwrite: bool = False) -> JobReport:
    from pyspark import StorageLevel
    from pyspark.rdd import portable_hash
    began = time.perf_counter()
    sc = spark.sparkContext
    hadoop = _Hadoop(spark)
    errors: list[str] = []
    sources = []
    for index, argument in enumerate(inputs):
        kind = input_format(argument, fmt)
        source = (_text_inputs(spark, hadoop, index, argument, errors) if kind == "text" else
                  _table_inputs(spark, index, argument, kind, errors))
        if source is not None:
            sources.append(source)
    if not sources:
        raise KgError("no input to read: " + "; ".join(errors))
    sources_cache = (sc.union(sources) if len(sources) > 1 else sources[0]).persist(StorageLevel.MEMORY_AND_DISK)
    items = sources_cache
    errors += items.filter(lambda item: item[0] == "error").map(lambda item: item[1]).collect()
    items = items.filter(lambda item: item[0] != "error")
    dropped = _duplicates(items, errors)
    if dropped:
        items = items.filter(lambda item, dropped=dropped: item[0] not in dropped)
    partitions = partitions or default_partitions(items.count(), sc.defaultParallelism)
    items = items.repartition(partitions)

    # The map: every document to its records (the pure function `kg load` runs in its workers).
    keyed = items.flatMap(lambda item: rec.document_records(item[0], item[1], item[2], *item[3:]))
    # The reduce: each key's records together, in load order, folded.
    merged = (keyed.repartitionAndSortWithinPartitions(partitions, partitionFunc=lambda k: portable_hash(k[0]))
              .mapPartitions(rec.fold_sorted, preservesPartitioning=True)
              .persist(StorageLevel.MEMORY_AND_DISK))
    summary = merged.mapPartitions(lambda part: [rec.summarize(part)]).fold(rec.Summary(), _add)
    errors += summary.errors
    groups = summary.file_groups()
    lines = merged.mapPartitions(lambda part: rec.csv_lines(part, groups))
    files = _write(spark, hadoop, lines, groups, output, overwrite)
    merged.unpersist()
    sources_cache.unpersist()
    out = output.rstrip("/")
    arguments = [f"--{'nodes' if name.startswith('nodes_') else 'relationships'}="
                 + ",".join(f"import/{name}/{part}" for part in
                            [HEADER_FILE, *sorted(p for p in hadoop.children(f"{out}/{name}") if p.startswith("part-"))])
                 for name in files]
    hadoop.write_text(f"{out}/README.md", readme(arguments, summary.count("n"), summary.count("r"), len(files)))
    return JobReport(summary.documents, summary.rows, summary.count("n"), summary.count("r"),
                     errors, len(files), time.perf_counter() - began)


def _add(a: rec.Summary, b: rec.Summary) -> rec.Summary:
    a += b
    return a


def _write(spark, hadoop: _Hadoop, lines, groups, output: str, overwrite: bool) -> list[str]:
    """Lines to one directory per file group: Spark writes the part files (``file=<name>/``),
    then each directory gets its header and its plain name."""
    from pyspark.sql.types import StringType, StructField, StructType
    schema = StructType([StructField("file", StringType(), False), StructField("line", StringType(), False)])
    out = output.rstrip("/")
    spark.createDataFrame(lines, schema).write.mode("overwrite" if overwrite else "errorifexists") \
        .partitionBy("file").text(out)
    names = sorted(name.split("=", 1)[1] for name in hadoop.children(out) if name.startswith("file="))
    for name, header in rec.headers(groups, names).items():
        hadoop.rename(f"{out}/file={name}", f"{out}/{name}")
        hadoop.write_text(f"{out}/{name}/{HEADER_FILE}", header + "\n")
    return names
