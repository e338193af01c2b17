"""Opening a driver and turning the driver's failures into one-line errors a user can act on."""
from __future__ import annotations

from contextlib import contextmanager
from typing import Iterator

from neo4j import Driver, GraphDatabase
from neo4j.exceptions import AuthError, ClientError, ServiceUnavailable

from loader.config import Neo4jSettings
from loader.errors import KgError

HOW_TO_START = "start one with `kg neo4j start` (or `docker compose up -d`), or set NEO4J_URI"


def explain(err: Exception, settings: Neo4jSettings) -> KgError:
    if isinstance(err, AuthError) or (isinstance(err, ClientError) and "Unauthorized" in (err.code or "")):
        return KgError(f"Neo4j at {settings.uri} refused user '{settings.user}': wrong NEO4J_USER or NEO4J_PASSWORD")
    if isinstance(err, (ServiceUnavailable, OSError)):
        return KgError(f"Neo4j is unreachable at {settings.uri} ({settings.source}): {HOW_TO_START}")
    return KgError(f"Neo4j at {settings.uri} failed: {type(err).__name__}: {str(err).splitlines()[0] if str(err) else ''}")


@contextmanager
def open_driver(settings: Neo4jSettings) -> Iterator[Driver]:
    driver = GraphDatabase.driver(settings.uri, auth=(settings.user, settings.password),
                                  connection_timeout=5, max_transaction_retry_time=30,
                                  connection_acquisition_timeout=10,
                                  notifications_min_severity="OFF")
    try:
        try:
            driver.verify_connectivity()
            driver.verify_authentication()
        except Exception as err:  # the driver raises several unrelated types here
            raise explain(err, settings) from err
        yield driver
    finally:
        driver.close()


def set_initial_password(uri: str, password: str) -> None:
    with GraphDatabase.driver(uri, auth=("neo4j", "neo4j")) as driver:
        with driver.session(database="system") as session:
            session.run("ALTER CURRENT USER SET PASSWORD FROM $old TO $new",
                        old="neo4j", new=password).consume()
