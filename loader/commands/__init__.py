"""CLI command modules. Each module exposes ``COMMANDS``; a missing optional module is skipped."""
from __future__ import annotations

import importlib

MODULES = ["neo4j_server", "load", "query", "normalize", "extract", "evaluate", "export", "bench"]


def registered_commands():
    for name in MODULES:
        try:
            module = importlib.import_module(f"loader.commands.{name}")
        except ModuleNotFoundError as err:
            if err.name == f"loader.commands.{name}":
                continue
            raise
        yield from getattr(module, "COMMANDS", [])
