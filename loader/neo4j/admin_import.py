"""`neo4j-admin database import full` into a local instance, from the cached Neo4j jars.

Neo4j's ``neo4j-admin`` script is not on Maven Central, but its entry point
(``org.neo4j.cli.AdminTool``) is in the jars ``kg neo4j start`` already runs the server from; like
the script, we give it the instance's home and configuration. The import needs the server
stopped and replaces the ``neo4j`` database (the ``system`` database, with the password, stays);
afterwards the server is started again and the constraints and indexes the loader relies on are
created, since a Community import creates none.
"""
from __future__ import annotations

import os
import re
import subprocess
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

from loader.errors import KgError
from loader.export.csv_import import IMPORT_OPTIONS, import_arguments
from loader.neo4j.server import JVM_FLAGS, LocalServer, _require, fetch_jars

ADMIN_MAIN = "org.neo4j.cli.AdminTool"


@dataclass
class ImportReport:
    nodes: int
    relationships: int
    properties: int
    import_seconds: float      # neo4j-admin alone
    seconds: float             # stop, import, start and schema
    peak_memory: str           # as neo4j-admin reports it
    log: Path


def admin_command(server: LocalServer, arguments: list[str], database: str = "neo4j") -> list[str]:
    java = _require("java", "install OpenJDK 17 (apt-get install openjdk-17-jre-headless)")
    heap = os.environ.get("KG_NEO4J_HEAP", "1g")
    return [java, f"-Xmx{heap}", *JVM_FLAGS, "-cp", str(fetch_jars() / "*"), ADMIN_MAIN,
            "database", "import", "full", database, *IMPORT_OPTIONS,
            f"--report-file={server.home / 'logs' / 'import.report'}", *arguments]


def _count(output: str, what: str) -> int:
    found = re.search(rf"^\s*(\d+) {what}\s*$", output, re.M)
    return int(found.group(1)) if found else 0


def import_directory(server: LocalServer, directory: Path, password: str,
                     progress: Callable[[str], None] = lambda message: None) -> ImportReport:
    """Stop the instance, import ``directory`` (`kg export --format csv` or `kg spark extract`
    output), start the instance, create the loader's schema."""
    began = time.perf_counter()
    directory = directory.resolve()
    if not directory.is_dir():
        raise KgError(f"{directory}: no such directory")
    arguments = import_arguments(directory, f"{directory}/")
    if not arguments:
        raise KgError(f"{directory}: no nodes_* or relationships_* files to import "
                      f"(write them with `kg spark extract` or `kg export --format csv`)")
    if server.stop():
        progress(f"stopped instance '{server.name}'")
    server.write_config()
    log = server.home / "logs" / "import.log"
    progress(f"importing {len(arguments)} file groups from {directory} with neo4j-admin (log: {log})")
    imported = time.perf_counter()
    proc = subprocess.run(admin_command(server, arguments), capture_output=True, text=True, cwd=server.home,
                          env={**os.environ, "NEO4J_HOME": str(server.home), "NEO4J_CONF": str(server.home / "conf")})
    import_seconds = time.perf_counter() - imported
    output = proc.stdout + proc.stderr
    log.write_text(output, encoding="utf-8")
    if proc.returncode != 0 or "IMPORT DONE" not in output:
        reason = next((line.strip() for line in output.splitlines()
                       if re.search(r"error|exception|invalid|missing|duplicate", line, re.I)),
                      f"exit code {proc.returncode}")
        raise KgError(f"neo4j-admin import of {directory} failed: {reason} (the whole output is in {log}); "
                      f"instance '{server.name}' is left stopped")
    progress(f"starting instance '{server.name}'")
    server.start(password or None, progress=progress)  # a new instance gets its generated password here
    progress("creating the loader's constraints and indexes")
    _create_schema(server, password or server.password() or "")
    peak = re.search(r"Peak memory usage: (\S+)", output)
    return ImportReport(_count(output, "nodes"), _count(output, "relationships"), _count(output, "properties"),
                        import_seconds, time.perf_counter() - began, peak.group(1) if peak else "n/a", log)


def _create_schema(server: LocalServer, password: str) -> None:
    from loader.config import Neo4jSettings
    from loader.neo4j.connection import open_driver
    from loader.neo4j.sink import ensure_schema
    settings = Neo4jSettings(f"bolt://127.0.0.1:{server.bolt_port}", os.environ.get("NEO4J_USER", "neo4j"),
                             password, "neo4j", f"local instance '{server.name}'")
    with open_driver(settings) as driver:
        ensure_schema(driver, settings.database)
        driver.execute_query("CALL db.awaitIndexes(600)", database_=settings.database)
