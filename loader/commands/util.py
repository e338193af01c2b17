"""Helpers shared by command modules: turning library errors into one-line CLI errors."""
from __future__ import annotations

import functools

import click

from neo4j.exceptions import DriverError, Neo4jError

from loader.errors import KgError, one_line


def one_line_errors(func):
    """Report a ``KgError`` as ``Error: <one line>`` with exit code 1, no traceback; so too a
    database failure that reaches a command without its own message."""
    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        try:
            return func(*args, **kwargs)
        except KgError as err:
            raise click.ClickException(str(err)) from None
        except (DriverError, Neo4jError) as err:
            first = ((getattr(err, "message", None) or str(err)).splitlines() or [""])[0]
            raise click.ClickException(one_line(f"Neo4j failed: {type(err).__name__}: {first}")) from None
    return wrapper


def manifest_or_none(meta_path: str | None, doing: str):
    """The manifest `--meta` names, or None; one `Error:` line when it cannot be read, and the
    documents go on without it (`doing`: what goes on, e.g. "loading"). Returns (manifest, failed)."""
    if not meta_path:
        return None, False
    from pathlib import Path
    from loader.manifest import read_manifest
    try:
        return read_manifest(Path(meta_path)), False
    except KgError as err:
        click.echo(f"Error: {err}; {doing} without it", err=True)
        return None, True
