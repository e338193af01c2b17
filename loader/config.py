"""Where the graph lives: connection settings resolved from the environment.

The rule, in order: ``NEO4J_URI`` (+ ``NEO4J_USER``/``NEO4J_PASSWORD``) names a server the user
runs; otherwise the local server that ``kg neo4j start`` manages (instance ``KG_NEO4J_INSTANCE``,
default ``default``). Docker users run ``docker compose up -d`` and either export ``NEO4J_URI`` or
rely on the same default address.

The password: ``NEO4J_PASSWORD`` when set; otherwise the one ``kg neo4j start`` generated for the
instance at its first start and keeps in ``$KG_HOME/instances/<name>/password`` (mode 0600). No
password is built in: a published one is what let a web page log in to the local server.
"""
from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

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


def instance_home(name: str) -> Path:
    return kg_home() / "instances" / name


def password_file(name: str) -> Path:
    return instance_home(name) / "password"


def instance_password(name: str) -> str | None:
    """The password kept for a local instance, if there is one."""
    try:
        return password_file(name).read_text(encoding="utf-8").strip() or None
    except OSError:
        return None


def instance_ports(name: str) -> tuple[int, int]:
    """Bolt and HTTP ports; unknown instances get ports derived from their name."""
    if name in INSTANCE_PORTS:
        return INSTANCE_PORTS[name]
    offset = 10 + sum(map(ord, name)) % 80
    return 7687 + offset, 7474 + offset


def local_password(instance: str) -> str:
    """The password of a local instance: ``NEO4J_PASSWORD`` when set, else the one generated at
    its first start and kept in its password file. One function, so `kg neo4j start` prints what
    the server was given and every command logs in with it."""
    return os.environ.get("NEO4J_PASSWORD") or instance_password(instance) or ""


def resolve_settings() -> Neo4jSettings:
    """Settings from the environment; the password falls back to the local instance's file
    (empty when there is none, which ``open_driver`` reports)."""
    user = os.environ.get("NEO4J_USER", "neo4j")
    name = instance_name()
    password = os.environ.get("NEO4J_PASSWORD") or instance_password(name) or ""
    database = os.environ.get("NEO4J_DATABASE", "neo4j")
    uri = os.environ.get("NEO4J_URI")
    if uri:
        return Neo4jSettings(uri, user, password, database, "NEO4J_URI")
    bolt, _ = instance_ports(name)
    return Neo4jSettings(f"bolt://127.0.0.1:{bolt}", user, password, database, f"local instance '{name}'")
