"""`kg neo4j start|stop|status|fetch`: the local Neo4j server for machines without Docker."""
from __future__ import annotations

import os
import subprocess
import time
from dataclasses import replace
from pathlib import Path

import click

from loader.commands.progress import waiting
from loader.commands.util import one_line_errors
from loader.config import instance_name, local_password, resolve_settings
from loader.errors import KgError
from loader.neo4j import browser
from loader.neo4j.connection import open_driver
from loader.neo4j.docker import docker_engine_available
from loader.neo4j.server import NEO4J_VERSION, LocalServer, fetch_jars, generate_password, jar_dir, write_private

instance_option = click.option("--instance", default=instance_name, show_default="default",
                               help="Name of the local server instance (each has its own data and ports).")


@click.group("neo4j")
def neo4j_group() -> None:
    """Run a real Neo4j 5.26 Community server for kg.

    \b
    Example:
      kg neo4j start && kg neo4j status && kg neo4j stop
    """


@neo4j_group.command("start")
@instance_option
@click.option("--docker/--no-docker", default=None, help="Force or forbid `docker compose up -d` (default: use Docker when an engine answers).")
@one_line_errors
def start(instance: str, docker: bool | None) -> None:
    """Start Neo4j: NEO4J_URI's server, else Docker, else the local jars.

    Prints a Neo4j Browser link for the instance: it opens Browser with the instance's own
    address and user filled in, the project's style and its guide.

    \b
    Example:
      kg neo4j start            # bolt://127.0.0.1:7687, browser http://127.0.0.1:7474/browser/
      kg neo4j start --instance test
      KG_NEO4J_INSTANCE=mine kg neo4j start   # the same as --instance mine
    """
    settings = resolve_settings()
    if os.environ.get("NEO4J_URI"):
        with open_driver(settings):
            click.echo(f"NEO4J_URI is set: using {settings.describe()}; nothing to start")
        return
    server = LocalServer(instance)
    if docker or (docker is None and instance == "default" and docker_engine_available()):
        # The container takes its password from the environment at its first start; kg keeps it
        # in the instance's password file like a local server's.
        password = os.environ.get("NEO4J_PASSWORD") or server.password()
        if password is None:
            password = generate_password()
            write_private(server.password_file, password)
            click.echo(f"password for user neo4j (generated): {password}\nkept in {server.password_file}")
        subprocess.run(["docker", "compose", "up", "-d", "--wait"], check=False,
                       env={**os.environ, "NEO4J_PASSWORD": password})
        with open_driver(replace(settings, password=password)):
            click.echo(f"Neo4j running in Docker at {settings.uri}")
        return
    status = server.status()
    if status.running:
        status = server.start(os.environ.get("NEO4J_PASSWORD") or None)
        click.echo(f"already running: instance '{instance}', {status.line().removeprefix('running: ')}")
    else:
        began = time.monotonic()
        with waiting() as say:
            say(f"starting Neo4j {NEO4J_VERSION}, instance '{instance}' (Bolt port {server.bolt_port}, "
                f"HTTP port {server.http_port})")
            status = server.start(os.environ.get("NEO4J_PASSWORD") or None, progress=say)
        click.echo(f"started in {time.monotonic() - began:.0f} s: instance '{instance}', "
                   f"{status.line().removeprefix('running: ')}")
    if status.notice:
        click.echo(status.notice)
    where = ("your NEO4J_PASSWORD" if os.environ.get("NEO4J_PASSWORD")
             else f"the password in {server.password_file}")
    click.echo(browser.instructions(status.bolt_port, status.http_port, settings.user, where))


@neo4j_group.command("stop")
@instance_option
@one_line_errors
def stop(instance: str) -> None:
    """Stop the local server and wait until its Java process is gone.

    \b
    Example:
      kg neo4j stop
    """
    server = LocalServer(instance)
    click.echo("stopped" if server.stop() else "not running")


@neo4j_group.command("status")
@instance_option
@one_line_errors
def status(instance: str) -> None:
    """Say whether the local server runs, its pid, ports and data directory (exit 3 when stopped).

    \b
    Example:
      kg neo4j status
    """
    server = LocalServer(instance)
    state = server.status()
    click.echo(state.line())
    if server.password_file.exists():
        click.echo(f"password file: {server.password_file}")
    if not state.running:
        raise SystemExit(3)


@neo4j_group.command("fetch")
@one_line_errors
def fetch() -> None:
    """Download the Neo4j, APOC and Browser jars from Maven Central into the cache (once).

    \b
    Example:
      kg neo4j fetch
    """
    path = fetch_jars()
    size = sum(p.stat().st_size for p in path.iterdir())
    click.echo(f"{len(list(path.glob('*.jar')))} jars, {size / 1e6:.0f} MB in {jar_dir()}")


@neo4j_group.command("import")
@click.argument("directory", type=click.Path(file_okay=False, path_type=Path))
@instance_option
@one_line_errors
def import_(directory: Path, instance: str) -> None:
    """Bulk-import a directory of neo4j-admin CSV into a local instance, replacing its graph.

    DIRECTORY is what `kg spark extract` or `kg export --format csv` wrote. The instance is
    stopped, `neo4j-admin database import full` runs from the cached Neo4j jars, the instance is
    started again and the loader's constraints and indexes are created. Documents keep their
    sha256 and extractor version, so `kg load` of the same files afterwards skips every one.

    \b
    Example:
      kg spark extract corpus/ -o /tmp/graph-csv && kg neo4j import /tmp/graph-csv
      kg neo4j import /tmp/graph-csv --instance mine
    """
    from loader.neo4j.admin_import import import_directory
    if os.environ.get("NEO4J_URI"):
        raise KgError("kg neo4j import works on a local instance (kg neo4j start); NEO4J_URI names a server of "
                      f"your own: stop it and run the neo4j-admin command in {directory / 'README.md'}")
    server = LocalServer(instance)
    with waiting() as say:
        report = import_directory(server, directory, local_password(instance), progress=say)
    click.echo(f"imported {report.nodes:,} nodes, {report.relationships:,} relationships and {report.properties:,} "
               f"properties in {report.import_seconds:.1f} s (neo4j-admin peak memory {report.peak_memory}); "
               f"instance '{instance}' running at bolt://127.0.0.1:{server.bolt_port} with the loader's constraints "
               f"and indexes, {report.seconds:.0f} s in all")


COMMANDS = [neo4j_group]
