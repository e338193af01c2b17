"""Where tracebacks and the libraries' log records go, so the terminal keeps one line per problem.

A user sees ``Error: <file>: <problem>``; the Python traceback of a worker's crash and the
driver's retry chatter ("Transaction failed and will be retried in 1.0s ...") go to
``$KG_HOME/logs/kg.log``, which the one-line message names when it matters.
"""
from __future__ import annotations

import logging
import os
import time
import traceback
from pathlib import Path

from loader.config import kg_home

LIBRARY_LOGGERS = ("neo4j",)


def log_path() -> Path:
    return kg_home() / "logs" / "kg.log"


def _open_log() -> Path:
    path = log_path()
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    return path


def log_traceback(context: str) -> Path:
    """Append the exception being handled, with its traceback; returns the log's path."""
    path = _open_log()
    entry = f"{time.strftime('%Y-%m-%d %H:%M:%S')} pid {os.getpid()} {context}\n{traceback.format_exc()}\n"
    with open(path, "a", encoding="utf-8") as log:
        log.write(entry)
    return path


def route_library_logs() -> None:
    """The driver's records (warnings included) to the log file, never to the terminal; its
    failures reach the user as exceptions we turn into one line."""
    handler = logging.FileHandler(_open_log(), encoding="utf-8", delay=True)
    handler.setFormatter(logging.Formatter("%(asctime)s pid %(process)d %(name)s %(levelname)s %(message)s"))
    for name in LIBRARY_LOGGERS:
        logger = logging.getLogger(name)
        logger.handlers = [handler]
        logger.setLevel(logging.WARNING)
        logger.propagate = False
