"""CLI command modules; each exposes ``COMMANDS``, registered on the `kg` group in this order."""
from __future__ import annotations

import importlib

MODULES = ["neo4j_server", "load", "identity", "query", "normalize", "extract", "evaluate", "export", "bench", "spark"]


def registered_commands():
    for name in MODULES:
        yield from importlib.import_module(f"loader.commands.{name}").COMMANDS
