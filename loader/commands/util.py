"""Helpers shared by command modules: turning library errors into one-line CLI errors."""
from __future__ import annotations

import functools

import click

from loader.errors import KgError


def one_line_errors(func):
    """Report a ``KgError`` as ``Error: <one line>`` with exit code 1, no traceback."""
    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        try:
            return func(*args, **kwargs)
        except KgError as err:
            raise click.ClickException(str(err)) from None
    return wrapper
