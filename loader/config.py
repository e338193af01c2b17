"""Where the graph lives: connection settings resolved from the environment.

The rule, in order: ``NEO4J_URI`` (+ ``NEO4J_USER``/``NEO4J_PASSWORD``) names a server the user
runs; otherwise the local server that ``kg neo4j start`` manages (instance ``KG_NEO4J_INSTANCE``,
default ``default``). Docker users run ``docker compose up -d`` and either export ``NEO4J_URI`` or
rely on the same default address.
"""
from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

LOCAL_PASSWORD = "kg-local-password"
INSTANCE_PORTS = {"default": (7687, 7474), "test": (7688, 7475)}


@dataclass(frozen=True)
class Neo4jSettings:
    uri: str
    user: str
    password: str
    database: str
    source: str

    def describe(self) -> str:
        """Safe to print: never contains the password."""
        return f"{self.uri} as {self.user} ({self.source})"


def kg_home() -> Path:
    return Path(os.environ.get("KG_HOME") or Path.home() / ".cache" / "kg-taamin")


def instance_name() -> str:
    return os.environ.get("KG_NEO4J_INSTANCE", "default")


def instance_ports(name: str) -> tuple[int, int]:
    """Bolt and HTTP ports; unknown instances get ports derived from their name."""
    if name in INSTANCE_PORTS:
        return INSTANCE_PORTS[name]
    offset = 10 + sum(map(ord, name)) % 80
    return 7687 + offset, 7474 + offset


def local_password(instance: str) -> str:
    """The password of a local instance: ``NEO4J_PASSWORD`` as it was at its first start, else the
    project's fixed one. One function, so `kg neo4j start` prints what the server was given."""
    return os.environ.get("NEO4J_PASSWORD", LOCAL_PASSWORD)


def resolve_settings() -> Neo4jSettings:
    user = os.environ.get("NEO4J_USER", "neo4j")
    database = os.environ.get("NEO4J_DATABASE", "neo4j")
    uri = os.environ.get("NEO4J_URI")
    if uri:
        return Neo4jSettings(uri, user, os.environ.get("NEO4J_PASSWORD", LOCAL_PASSWORD), database, "NEO4J_URI")
    name = instance_name()
    bolt, _ = instance_ports(name)
    return Neo4jSettings(f"bolt://127.0.0.1:{bolt}", user, local_password(name), database, f"local instance '{name}'")
