"""`kg`: a thin command line over the library; each command group lives in ``loader/commands``."""
from __future__ import annotations

import click

from loader.commands import registered_commands
from loader.logfile import route_library_logs


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="kg-taamin")
def main() -> None:
    """Knowledge graph of Iranian social-security officials, provinces, programs and figures.

    Extracts facts from Persian news text and loads them into Neo4j.

    \b
    Example:
      kg neo4j start && kg load corpus/ && kg query who-ran-province
    """
    route_library_logs()


for command in registered_commands():
    main.add_command(command)
