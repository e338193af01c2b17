"""Opening a driver and turning the driver's failures into one-line errors a user can act on."""
from __future__ import annotations

import os
import socket
import time
from contextlib import contextmanager
from typing import Iterator
from urllib.parse import urlparse

from neo4j import Driver, GraphDatabase
from neo4j.exceptions import AuthError, ClientError, ServiceUnavailable, SessionExpired

from loader.config import Neo4jSettings, instance_name, password_file
from loader.errors import KgError

HOW_TO_START = "start one with `kg neo4j start` (or `docker compose up -d`), or set NEO4J_URI"
# Opening a connection: a few quick attempts with doubling waits, so a server that is still starting
# or briefly unreachable is waited for, while a server that is not there is reported within seconds.
# Transactions are retried by the driver itself (`execute_write`, up to MAX_TRANSACTION_RETRY_SECONDS).
CONNECT_ATTEMPTS = int(os.environ.get("KG_NEO4J_CONNECT_ATTEMPTS", "3"))
CONNECT_BACKOFF = 0.5
MAX_TRANSACTION_RETRY_SECONDS = 30


def explain(err: Exception, settings: Neo4jSettings) -> KgError:
    """One line naming the URI and the setting to fix; never the password."""
    if isinstance(err, AuthError) or (isinstance(err, ClientError) and "Unauthorized" in (err.code or "")):
        return KgError(f"Neo4j at {settings.uri} refused user '{settings.user}': wrong NEO4J_USER or NEO4J_PASSWORD")
    if isinstance(err, ClientError) and (err.code or "").endswith("AuthenticationRateLimit"):
        return KgError(f"Neo4j at {settings.uri} locked user '{settings.user}' for a few seconds after repeated failed "
                       f"logins: check NEO4J_USER and NEO4J_PASSWORD, then retry")
    if isinstance(err, (ServiceUnavailable, SessionExpired, OSError)):
        return KgError(f"Neo4j is unreachable at {settings.uri} ({settings.source}): {how_to_start(settings)}")
    text = (getattr(err, "message", None) or str(err)).replace(settings.password, "***") if settings.password else str(err)
    first = text.splitlines()[0] if text else ""
    return KgError(f"Neo4j at {settings.uri} failed: {type(err).__name__}: {first}")


def how_to_start(settings: Neo4jSettings) -> str:
    """For a local instance, the command that starts that very instance (Docker serves only the
    default ports, so it is offered for the default instance alone)."""
    if settings.source.startswith("local instance '"):
        name = settings.source.split("'")[1]
        if name != "default":
            return f"start it with `kg neo4j start --instance {name}`, or set NEO4J_URI"
    return HOW_TO_START


def _retryable(err: Exception) -> bool:
    return isinstance(err, (ServiceUnavailable, SessionExpired, OSError)) and not isinstance(err, AuthError)


def _listening(uri: str) -> bool:
    """Whether something accepts TCP connections at the URI's host and port (no login attempt)."""
    parsed = urlparse(uri)
    try:
        with socket.create_connection((parsed.hostname or "127.0.0.1", parsed.port or 7687), timeout=2):
            return True
    except (OSError, ValueError):
        return False


@contextmanager
def open_driver(settings: Neo4jSettings) -> Iterator[Driver]:
    if not settings.password:
        if not _listening(settings.uri):
            raise KgError(f"Neo4j is unreachable at {settings.uri} ({settings.source}): {how_to_start(settings)}")
        raise KgError(f"no password for Neo4j at {settings.uri} ({settings.source}): set NEO4J_PASSWORD, or start "
                      f"the local instance with `kg neo4j start`, which generates one and keeps it in "
                      f"{password_file(instance_name())}")
    try:
        driver = GraphDatabase.driver(settings.uri, auth=(settings.user, settings.password),
                                      connection_timeout=5, max_transaction_retry_time=MAX_TRANSACTION_RETRY_SECONDS,
                                      connection_acquisition_timeout=10,
                                      notifications_min_severity="OFF")
    except Exception as err:  # a malformed URI (scheme, port) fails here, before any connection
        raise KgError(f"NEO4J_URI {settings.uri!r} is not a Neo4j URI: {str(err).splitlines()[0] if str(err) else type(err).__name__}") from None
    try:
        for attempt in range(1, max(1, CONNECT_ATTEMPTS) + 1):
            try:
                driver.verify_connectivity()
                driver.verify_authentication()
                break
            except Exception as err:  # the driver raises several unrelated types here
                if attempt >= CONNECT_ATTEMPTS or not _retryable(err):
                    raise explain(err, settings) from err
                time.sleep(CONNECT_BACKOFF * 2 ** (attempt - 1))
        yield driver
    finally:
        driver.close()


def change_password(uri: str, old: str, new: str) -> None:
    """User ``neo4j``'s password from ``old`` to ``new`` (a fresh store's is ``neo4j``, expired);
    raises the driver's ``AuthError`` when ``old`` is not it."""
    with GraphDatabase.driver(uri, auth=("neo4j", old)) as driver:
        with driver.session(database="system") as session:
            session.run("ALTER CURRENT USER SET PASSWORD FROM $old TO $new", old=old, new=new).consume()


def when_ready(call, seconds: float = 60.0):
    """``call`` retried while the server, whose port just opened, is not yet answering Bolt."""
    def retrying(*args, **kwargs):
        deadline = time.monotonic() + seconds
        while True:
            try:
                return call(*args, **kwargs)
            except (ServiceUnavailable, SessionExpired, OSError):
                if time.monotonic() > deadline:
                    raise
                time.sleep(0.5)
    return retrying


def accepts(uri: str, password: str) -> bool:
    """Whether the server at ``uri`` lets user ``neo4j`` in with ``password``."""
    with GraphDatabase.driver(uri, auth=("neo4j", password)) as driver:
        try:
            return bool(driver.verify_authentication())
        except AuthError:
            return False


def server_address(driver: Driver) -> str:
    """`bolt://host:port` of a direct driver, for error messages (the driver keeps no public URI)."""
    address = getattr(getattr(driver, "_pool", None), "address", None)
    return f"bolt://{address[0]}:{address[1]}" if address else "the Neo4j server"
