"""`kg review` and `kg decide`: the person pairs the resolver left apart, and a person's say on them."""
from __future__ import annotations

import json
from pathlib import Path

import click

from loader.commands.util import one_line_errors
from loader.config import resolve_settings
from loader.errors import KgError, one_line
from loader.identity.decisions import append_decision, decisions_path, in_force, read_decisions
from loader.identity.resolve import resolve
from loader.ner.resources import resources
from loader.neo4j.connection import open_driver
from loader.neo4j.identity import all_profiles, evidence, named_ids, profiles_by_id

DECISIONS = click.option("--decisions", "decisions", type=click.Path(dir_okay=False, path_type=Path), default=None,
                         show_default="KG_DECISIONS or ~/.cache/kg-taamin/decisions.jsonl",
                         help="The decisions file (docs/identity.md).")


@click.command("review")
@click.option("--limit", type=click.IntRange(1), default=20, show_default=True, help="Pairs to list.")
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
@DECISIONS
@one_line_errors
def review(limit: int, fmt: str, decisions: Path | None) -> None:
    """List candidate pairs of people the resolver left apart, most uncertain first, with each
    side's evidence sentences. Answer with kg decide same A B or kg decide different A B.

    \b
    Example:
      kg review --limit 5
      kg review --format json | jq '.[0]'
    """
    path = decisions_path(str(decisions) if decisions else None)
    active = in_force(read_decisions(path), path)
    settings = resolve_settings()
    with open_driver(settings) as driver:
        profiles = all_profiles(driver, settings.database)
        counts: dict[str, int] = {}
        for p in profiles:
            if not p.parts.bare:
                counts[p.parts.surname] = counts.get(p.parts.surname, 0) + 1
        result = resolve(profiles, [(d.a, d.b, "decided") for d in active if d.decision == "same"],
                         [(d.a, d.b) for d in active if d.decision == "different"], counts, resources().surnames)
        pairs = result.candidates[:limit]
        sentences = evidence(driver, settings.database, sorted({x for c in pairs for x in (c.a, c.b)}))
    names = {p.id: p.name for p in profiles}
    rows = [{"a": c.a, "a_name": names.get(c.a), "b": c.b, "b_name": names.get(c.b), "score": c.score,
             "reasons": list(c.reasons), "a_evidence": sentences.get(c.a, []), "b_evidence": sentences.get(c.b, [])}
            for c in pairs]
    if fmt == "json":
        click.echo(json.dumps(rows, ensure_ascii=False, indent=1))
        return
    if not rows:
        click.echo("No candidate pairs: every pair of people sharing a surname is merged, decided or too far apart.")
    for i, row in enumerate(rows, 1):
        click.echo(f"{i}. {one_line(row['a_name'])} ({one_line(row['a'])})  ~  {one_line(row['b_name'])} "
                   f"({one_line(row['b'])})  score {row['score']:.2f}")
        click.echo(f"   why: {one_line('; '.join(row['reasons']))}")
        for side in ("a", "b"):
            for sentence in row[f"{side}_evidence"]:
                click.echo(f"   {side}: {one_line(sentence)}")
    if rows:
        click.echo(f"Decide with: kg decide same A B | kg decide different A B (file: {path})")


@click.command("decide")
@click.argument("kind", type=click.Choice(["same", "different", "undo"]))
@click.argument("ids", nargs=-1, required=True)
@click.option("--note", default=None, help="Why, in a few words; kept on the line.")
@DECISIONS
@one_line_errors
def decide(kind: str, ids: tuple[str, ...], note: str | None, decisions: Path | None) -> None:
    """Record that two person ids are one person (same) or two (different), or undo decision N.
    Decisions are applied at every kg load, and replayed after a wipe.

    \b
    Example:
      kg decide same person:محمدعاشوری person:fars-1-0007:عاشوری --note "same post, same week"
      kg decide different person:علیموسوی person:doc3:موسوی
      kg decide undo 2
    """
    path = decisions_path(str(decisions) if decisions else None)
    if kind == "undo":
        if len(ids) != 1 or not ids[0].isdigit():
            raise KgError("kg decide undo takes one decision number (the n of its line in the decisions file)")
        made = append_decision(path, "undo", undo=int(ids[0]), note=note)
        click.echo(f"Recorded decision {made.n}: undo {made.undo} ({path}:{made.line}); applied at the next kg load.")
        return
    if len(ids) != 2:
        raise KgError(f"kg decide {kind} takes two person ids, got {len(ids)}")
    settings = resolve_settings()
    with open_driver(settings) as driver:
        found = {x for p in profiles_by_id(driver, settings.database, list(ids)) for x in (p.id, *p.absorbed)}
        found |= named_ids(driver, settings.database, [x for x in ids if x not in found])
    for x in ids:
        if x not in found:
            raise KgError(f"{x} is not a person in the graph (kg query person shows ids); nothing recorded in {path}")
    made = append_decision(path, kind, ids[0], ids[1], note=note)
    click.echo(f"Recorded decision {made.n}: {kind} {ids[0]} {ids[1]} ({path}:{made.line}); "
               f"applied at the next kg load.")


COMMANDS = [review, decide]
