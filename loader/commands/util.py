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
