"""CLI commands for the normalizer: ``kg normalize`` and ``kg zwnj-eval``."""
from __future__ import annotations

import json
import time
from pathlib import Path

import click

# The shared real-news set beside a checkout (see README); elsewhere give --articles.
DEFAULT_ARTICLES = Path(__file__).resolve().parents[3] / "shared" / "data" / "fars-news" / "articles.jsonl"


@click.command("normalize")
@click.argument("file", type=click.Path(exists=True, dir_okay=False))
@click.option("--show-map", is_flag=True, help="Print each sentence with its raw span.")
@click.option("--edits", "show_edits", is_flag=True, help="Print the list of edits.")
def normalize(file: str, show_map: bool, show_edits: bool) -> None:
    """Normalize a PDF-extracted Persian text file and print the result.

    Example: kg normalize corpus/000_06211529e3fb513d.txt --show-map
    """
    from loader.normalize import normalize as _normalize

    with open(file, encoding="utf8") as fh:
        raw = fh.read()
    t0 = time.perf_counter()
    doc = _normalize(raw)
    ms = (time.perf_counter() - t0) * 1000
    if show_map:
        for s in doc.sentences:
            click.echo(f"[{s.index}] block={s.block} norm={s.start}:{s.end} raw={s.raw_start}:{s.raw_end}")
            click.echo(f"    {s.text}")
    elif not show_edits:
        click.echo(doc.text)
    if show_edits:
        for e in doc.edits:
            click.echo(f"{e.transform}\t{e.raw_start}:{e.raw_end}\t{e.before!r} -> {e.after!r}")
    click.echo(f"# {len(raw)} chars, {len(doc.blocks)} blocks, {len(doc.sentences)} sentences, "
               f"{len(doc.edits)} edits, {ms:.1f} ms", err=True)


@click.command("zwnj-eval")
@click.argument("file", required=False, type=click.Path(exists=True, dir_okay=False))
@click.option("--articles", type=click.Path(dir_okay=False, path_type=Path), default=DEFAULT_ARTICLES,
              show_default="../shared/data/fars-news/articles.jsonl",
              help="Real news as JSON lines (`id`, `text`): measured with their ZWNJs removed and as spaces.")
@click.option("--details", is_flag=True, help="Also list false positives/negatives.")
def zwnj_eval(file: str | None, articles: Path, details: bool) -> None:
    """Measure ZWNJ restoration: strip the ZWNJs of correctly written text, repair, compare.

    On the curated sample (or FILE), against hazm's Normalizer; then on the held-out Fars articles
    that follow the standard orthography, with every ZWNJ removed (as PDF extraction loses them)
    and written as a space (as web text does).

    \b
    Example:
      kg zwnj-eval
      kg zwnj-eval --articles my_articles.jsonl --details
    """
    from loader.normalize import zwnj_eval as ev

    if file:
        with open(file, encoding="utf8") as fh:
            text = fh.read()
    else:
        text = ev.load_sample()
    ours = ev.evaluate(text, details=details)
    theirs = ev.evaluate_hazm(text)
    click.echo(f"sample ({'FILE' if file else 'loader/data/zwnj_sample_fa.txt'})")
    for name, r in (("loader.normalize", ours), ("hazm.Normalizer", theirs)):
        click.echo(f"  {name:18s} precision={r['precision']:.3f} recall={r['recall']:.3f} "
                   f"f1={r['f1']:.3f} tp={r['tp']} fp={r['fp']} fn={r['fn']}")
    if details:
        click.echo("  false positives: " + " ".join(ours["fp_examples"]))
        click.echo("  false negatives: " + " ".join(ours["fn_examples"]))
    if not articles.exists():
        click.echo(f"{articles}: not found; real-article figures skipped (give --articles)")
        return
    rows = [json.loads(line) for line in articles.read_text(encoding="utf-8").splitlines() if line.strip()]
    held = [row["text"] for row in rows if ev.held_out(str(row.get("id", "")))]
    results = ev.evaluate_articles(held)
    first = next(iter(results.values()))
    click.echo(f"{articles.name}: {first['articles']} held-out articles written to the standard "
               f"(of {len(held)} held out, {len(rows)} in all)")
    for mode, r in results.items():
        label = "ZWNJs removed" if mode == "removed" else "ZWNJs as spaces"
        click.echo(f"  {label:18s} precision={r['precision']:.3f} recall={r['recall']:.3f} "
                   f"f1={r['f1']:.3f} tp={r['tp']} fp={r['fp']} fn={r['fn']}")
        if details:
            click.echo("    false positives: " + " ".join(r["fp_examples"]))
            click.echo("    false negatives: " + " ".join(r["fn_examples"]))


COMMANDS = [normalize, zwnj_eval]
