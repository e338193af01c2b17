"""Run by test_spark_tables.py in a process of its own: write the corpus as a JSON-lines table
(with a malformed line and a row without text) and as a Parquet table, run the Spark job over
both, and print its report and the Document rows it wrote, as JSON."""
import csv
import json
import sys
from pathlib import Path

from loader.spark.job import run_job, spark_session

corpus, work = Path(sys.argv[1]), Path(sys.argv[2])
docs = [{"id": p.stem, "text": p.read_text("utf-8")} for p in sorted(corpus.glob("*.txt"))]
jsonl = work / "articles.jsonl"
jsonl.write_text("\n".join([json.dumps(docs[0], ensure_ascii=False), '{"id": "broken", "text": ',
                            json.dumps({"id": "no-text"}), json.dumps({**docs[1], "path": "news/1.txt"})]) + "\n",
                 encoding="utf-8")
spark = spark_session("local[2]", {})
try:
    spark.createDataFrame([(d["id"] + "-p", d["text"]) for d in docs[2:]], "id string, text string") \
        .write.parquet(str(work / "articles.parquet"))
    report = run_job(spark, [str(jsonl), str(work / "articles.parquet")], str(work / "out"))
finally:
    spark.stop()
documents = []
for part in sorted((work / "out" / "nodes_Document").glob("part-*")):
    header = (work / "out" / "nodes_Document" / "header.csv").read_text("utf-8")
    documents += list(csv.DictReader([header, *part.read_text("utf-8").splitlines(keepends=True)]))
print(json.dumps({"documents": report.documents, "errors": report.errors,
                  "rows": [{"id": d["id:ID(Document)"], "path": d["path:string"]} for d in documents]}))
