"""`kg eval`: precision, recall and F1 of extraction against the gold annotations."""
from __future__ import annotations

from pathlib import Path

import click

from loader.commands.util import one_line_errors
from loader.evaluation.run import DEV_SPACED, GoldSet, default_sets, evaluate, evaluate_conll, format_report

@click.command("eval")
@click.option("--gold", "gold_dir", type=click.Path(file_okay=False, exists=True, path_type=Path),
              help="Score one gold directory (JSON files) instead of the standard sets.")
@click.option("--corpus", "corpus_dir", type=click.Path(file_okay=False, exists=True, path_type=Path),
              help="Where the texts of --gold live (default: beside the gold files).")
@click.option("--split", "splits", multiple=True,
              type=click.Choice(["corpus", "dev", "dev-spaced", "test", "parstwiner"]),
              help="Only these of the standard sets (repeatable); default all.")
@click.option("--errors", "show_errors", is_flag=True, help="List every miss and false alarm (never for test).")
@one_line_errors
def eval_command(gold_dir: Path | None, corpus_dir: Path | None, splits: tuple[str, ...], show_errors: bool) -> None:
    """Score entities (strict and lenient, per label) and relations (posts, figures,
    coreference) against gold: the corpus gold, the Fars dev and test splits of real news,
    the dev split with every ZWNJ written as a space (web spelling), and ParsTwiNER's test
    tweets, each on its own.

    Scoring the test split is logged in tests/gold/fars/test-scorings.log, and its errors are
    never listed: rules are written from dev errors only.

    \b
    Example:
      kg eval
      kg eval --split dev --errors | grep PERSON
      kg eval --gold my_gold/ --corpus my_texts/
    """
    if gold_dir is not None:
        reports = [evaluate(GoldSet(gold_dir.name, gold_dir, corpus_dir or gold_dir))]
    else:
        wanted = set(splits) or {"corpus", "dev", "dev-spaced", "test", "parstwiner"}
        names = {"corpus": ("corpus gold",), "dev": ("fars dev",), "dev-spaced": (DEV_SPACED,), "test": ("fars test",)}
        reports = [evaluate(s) for key, named in names.items() if key in wanted
                   for s in default_sets() if s.name in named]
        if "parstwiner" in wanted:
            reports.append(evaluate_conll())
    for report in reports:
        click.echo(format_report(report) + "\n")
        if show_errors and report.errors:
            click.echo("\n".join(report.errors) + "\n")


COMMANDS = [eval_command]
