"""`kg extract`: facts from articles without Neo4j, as JSON lines or a displaCy page."""
from __future__ import annotations

import html
import os
from concurrent.futures.process import BrokenProcessPool

import click

from loader import json_text
from loader.commands.progress import counted
from loader.commands.util import manifest_or_none, one_line_errors
from loader.corpus import Skipped, expand_paths, read_document
from loader.errors import KgError
from loader.manifest import match, unmatched
from loader.pipeline import extract_text
from loader.prepare import DocumentTimeout, SectionPool, alarm, sections_died, time_limit, timed_out


@click.command("extract")
@click.argument("paths", nargs=-1, required=True)
@click.option("--format", "fmt", type=click.Choice(["jsonl", "html"]), default="jsonl", show_default=True)
@click.option("--only", type=click.Choice(["document", "mention", "entity", "holds", "figure", "event", "location",
                                           "succession"]), multiple=True,
              help="Print only these record types (repeatable).")
@click.option("-o", "--output", type=click.Path(dir_okay=False), help="Write to this file instead of stdout.")
@click.option("--quiet", is_flag=True, help="No progress on stderr.")
@click.option("--meta", "meta_path", type=click.Path(dir_okay=False), default=None,
              help="A manifest giving documents their date (CSV or JSON lines; see docs/manifest.md).")
@one_line_errors
def extract(paths: tuple[str, ...], fmt: str, only: tuple[str, ...], output: str | None, quiet: bool,
            meta_path: str | None) -> None:
    """Extract entities, posts, figures and events; one JSON object per line.

    Every record carries its document and raw character span. `--format html` renders the
    entity spans right-to-left with displaCy. Progress goes to stderr (a bar on a terminal).

    \b
    Example:
      kg extract corpus/002_baa149da528b4423.txt --only holds
      kg extract corpus/ --format html -o entities.html
    """
    out = open(output, "w", encoding="utf-8") if output else None

    pages = []
    items = list(expand_paths(paths))
    manifest, manifest_failed = manifest_or_none(meta_path, "extracting")
    failed = manifest_failed
    used: set[str] = set()
    sections = SectionPool(os.cpu_count() or 1)  # a long document's sections on every core
    try:
        seconds = time_limit()
        with counted("extracting", "documents", quiet=quiet) as counter:
            counter.set_total(len(items))
            for item in items:
                counter.advance()
                if isinstance(item, KgError):
                    click.echo(f"Error: {item}", err=True)
                    failed = True
                    continue
                if isinstance(item, Skipped):
                    click.echo(f"Warning: {item.message}", err=True)
                    continue
                try:
                    raw = read_document(item.path, item.id)
                    for warning in raw.warnings:
                        click.echo(f"Warning: {warning}", err=True)
                    found = match(manifest.lines, raw.id, str(item.path)) if manifest else None
                    if found:
                        used.add(found[0])
                    with alarm(seconds):
                        x = extract_text(raw.id, raw.text, date=found[1].date if found else None, mapper=sections)
                except KgError as err:
                    click.echo(f"Error: {err}", err=True)
                    failed = True
                    continue
                except DocumentTimeout:
                    click.echo(f"Error: {timed_out(str(item.path), seconds)}", err=True)
                    failed = True
                    continue
                except BrokenProcessPool:
                    click.echo(f"Error: {sections_died(str(item.path))}", err=True)
                    failed = True
                    continue
                if fmt == "html":
                    pages.append(_displacy_page(raw.id, raw.text, x))
                    continue
                for record in x.records():
                    if not only or record["type"] in only:
                        click.echo(json_text.dumps(record, ensure_ascii=False, default=str), file=out)
        if fmt == "html":
            click.echo(_wrap_html(pages), file=out)
        if manifest:
            for message in manifest.problems + unmatched(manifest.lines, used, manifest.path):
                click.echo(f"Warning: {message}", err=True)
    finally:
        sections.close()
        if out:
            out.close()
    if failed:
        raise SystemExit(1)


def _displacy_page(doc_id: str, raw: str, x) -> str:
    """The repaired text reads better than the PDF's broken lines; spans are the same mentions.
    displaCy escapes the text and entities but puts the title in as it is: the document id comes
    from a file name, which may hold markup (`x<img src=x onerror=...>.txt`), so it is escaped here."""
    from spacy import displacy
    from loader.normalize import normalize
    text = normalize(raw).text
    ents = [{"start": m.start, "end": m.end, "label": m.label} for m in x.mentions]
    return displacy.render({"text": text, "ents": ents, "title": html.escape(doc_id),
                            "settings": {"lang": "fa", "direction": "rtl"}}, style="ent", manual=True,
                           page=False, options={"direction": "rtl"})


def _wrap_html(pages: list[str]) -> str:
    return ("<!DOCTYPE html><html lang='fa' dir='rtl'><head><meta charset='utf-8'><title>kg extract</title>"
            "<style>body{font-family:Vazirmatn,Tahoma,sans-serif;line-height:2.2;margin:2em}</style></head><body>"
            + "\n<hr>\n".join(pages) + "</body></html>")


COMMANDS = [extract]
