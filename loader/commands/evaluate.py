"""`kg eval`: precision, recall and F1 of extraction against the gold annotations."""
from __future__ import annotations

from pathlib import Path

import click

from loader.commands.util import one_line_errors
from loader.evaluation.run import evaluate, format_report

ROOT = Path(__file__).resolve().parents[2]


@click.command("eval")
@click.option("--gold", "gold_dir", type=click.Path(file_okay=False, exists=True, path_type=Path),
              default=ROOT / "tests" / "gold", show_default="tests/gold")
@click.option("--corpus", "corpus_dir", type=click.Path(file_okay=False, exists=True, path_type=Path),
              default=ROOT / "corpus", show_default="corpus")
@click.option("--errors", "show_errors", is_flag=True, help="List every miss and false alarm.")
@one_line_errors
def eval_command(gold_dir: Path, corpus_dir: Path, show_errors: bool) -> None:
    """Score entities (strict and lenient, per label) and relations (posts, figures,
    coreference, events) against gold annotations.

    \b
    Example:
      kg eval
      kg eval --errors | grep HOLDS
    """
    report = evaluate(gold_dir, corpus_dir)
    click.echo(format_report(report))
    if show_errors:
        click.echo("\n" + "\n".join(report.errors))


COMMANDS = [eval_command]
