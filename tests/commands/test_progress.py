"""Progress: a rich bar on a terminal, a line at every tenth otherwise; summaries in words."""
from __future__ import annotations

import io
import re

from click.testing import CliRunner
from rich.console import Console

from helpers import CORPUS
from loader.cli import main
from loader.commands.progress import PlainCounter, counted


def test_plain_lines_at_every_tenth_with_the_counted_total():
    lines: list[str] = []
    counter = PlainCounter("loading", "documents", lines.append)
    counter.set_total(100)
    for _ in range(100):
        counter.advance()
    assert lines[0] == "loading: 100 documents"
    assert len(lines) == 11 and lines[-1].startswith("loading: 100/100 documents (100%")


def test_a_terminal_gets_a_bar_whose_total_is_the_count():
    out = io.StringIO()
    console = Console(file=out, force_terminal=True, width=100)
    with counted("loading", "documents", console=console) as counter:
        counter.set_total(4)
        for _ in range(4):
            counter.advance()
    text = out.getvalue()
    assert "loading" in text and "4/4" in text and "━" in text


def test_kg_load_counts_then_says_what_the_graph_holds(graph):
    result = CliRunner().invoke(main, ["load", "--jobs", "1", str(CORPUS)])
    assert result.exit_code == 0, result.output
    assert "loading: 3 documents" in result.stderr and "loading: 3/3 documents (100%" in result.stderr
    out = result.stdout
    assert out.startswith("3 documents: 3 loaded new, 0 replaced, 0 unchanged, 0 failed, in ")
    holds = re.search(r"The graph now holds (.*) \((.*)\)\.", out)
    assert holds, out
    for word in ("3 documents", "people", "posts", "organisations", "provinces", "figures", "events", "mentions"):
        assert word in holds.group(1)
    assert holds.group(2) == "the graph was empty"
    assert "relationships/s" not in out
    again = CliRunner().invoke(main, ["load", "--quiet", "--jobs", "1", str(CORPUS)])
    assert "(no change)" in again.stdout and again.stderr == "" and "Written" not in again.stdout


def test_kg_extract_reports_progress_on_stderr_only(tmp_path):
    for i in range(3):
        (tmp_path / f"{i}.txt").write_text("سید مجتبی موسوی، مدیرکل تأمین‌اجتماعی استان قم، گفت.", encoding="utf-8")
    result = CliRunner().invoke(main, ["extract", str(tmp_path), "--only", "holds"])
    assert result.exit_code == 0, result.output
    assert "extracting: 3/3 documents (100%" in result.stderr
    assert all(line.startswith("{") for line in result.stdout.splitlines())


def test_bench_does_not_overwrite_the_tracked_report_by_default():
    result = CliRunner().invoke(main, ["bench", "--help"])
    assert "$KG_HOME/bench/BENCHMARKS.md" in "".join(result.output.split())
    from loader.commands.bench import bench
    assert next(p for p in bench.params if p.name == "output").default is None


def test_a_terminal_sees_what_start_waits_for():
    from loader.commands.progress import waiting
    out = io.StringIO()
    console = Console(file=out, force_terminal=True, width=120)
    with waiting(console=console) as say:
        say("waiting for Neo4j to open Bolt port 7746")
    assert "waiting for Neo4j to open Bolt port 7746" in out.getvalue()
