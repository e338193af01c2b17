"""Progress a person can follow: a rich bar (or spinner) on a terminal, plain lines otherwise.

Everything goes to stderr, so stdout stays the command's answer (JSON lines, a table). On a
terminal the bar has a counted total known before the work starts; in a pipe or a log the same
progress is a line at every tenth of the work, so a 100,000-document load writes eleven lines,
not 100,000.
"""
from __future__ import annotations

import time
from contextlib import contextmanager
from typing import Callable, Iterator

import click
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn, \
    TimeRemainingColumn


def _console(console: Console | None) -> Console:
    return console or Console(stderr=True)


class PlainCounter:
    """The non-terminal form: a line when the total is known, at every further tenth, at the end."""

    def __init__(self, label: str, unit: str, echo: Callable[[str], None]):
        self.label, self.unit, self.echo = label, unit, echo
        self.total: int | None = None
        self.done = 0
        self.next_tenth = 1
        self.began = time.monotonic()

    def set_total(self, total: int) -> None:
        self.total = total
        if total > 1:  # one document needs no progress report
            self.echo(f"{self.label}: {total:,} {self.unit}")

    def advance(self, count: int = 1) -> None:
        self.done += count
        if not self.total or self.total < 2:
            return
        tenth = min(10, self.done * 10 // self.total)
        if tenth >= self.next_tenth:
            self.next_tenth = tenth + 1
            elapsed = time.monotonic() - self.began
            self.echo(f"{self.label}: {self.done:,}/{self.total:,} {self.unit} ({tenth * 10}%, {elapsed:.0f} s)")


class BarCounter:
    """The terminal form: a rich bar whose total is set once it is counted."""

    def __init__(self, progress: Progress, task):
        self.progress, self.task = progress, task

    def set_total(self, total: int) -> None:
        self.progress.update(self.task, total=total)

    def advance(self, count: int = 1) -> None:
        self.progress.advance(self.task, count)


class Silent:
    def set_total(self, total: int) -> None:
        pass

    def advance(self, count: int = 1) -> None:
        pass


@contextmanager
def counted(label: str, unit: str = "documents", quiet: bool = False, console: Console | None = None):
    """Yield a counter with ``set_total(n)`` (call it once the work is counted, before it starts)
    and ``advance(count=1)``."""
    if quiet:
        yield Silent()
        return
    console = _console(console)
    if not console.is_terminal:
        yield PlainCounter(label, unit, lambda line: click.echo(line, err=True))
        return
    columns = [TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TextColumn(unit),
               TimeElapsedColumn(), TextColumn("elapsed,"), TimeRemainingColumn(), TextColumn("left")]
    with Progress(*columns, console=console, transient=False) as progress:
        yield BarCounter(progress, progress.add_task(label, total=None))


@contextmanager
def waiting(console: Console | None = None) -> Iterator[Callable[[str], None]]:
    """Yield ``say(message)``: each message is what we now wait for. A terminal shows it with a
    spinner and the seconds spent; elsewhere it is one line."""
    console = _console(console)
    if not console.is_terminal:
        yield lambda message: click.echo(message, err=True)
        return
    with Progress(SpinnerColumn(), TextColumn("{task.description}"), TimeElapsedColumn(), console=console,
                  transient=True) as progress:
        task = progress.add_task("", total=None)

        def say(message: str) -> None:
            progress.console.print(f"[dim]…[/dim] {message}", highlight=False)
            progress.update(task, description=message)
        yield say
