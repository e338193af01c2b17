"""Whole-database chores shared by the bench and the tests: empty a scratch database, count its
nodes, name the server's version."""
from __future__ import annotations

from neo4j import Driver


def wipe(driver: Driver, database: str) -> None:
    with driver.session(database=database) as session:
        # Relationships first: a province with 100,000 edges would not fit one inner transaction.
        session.run("MATCH ()-[r]->() CALL (r) { DELETE r } IN TRANSACTIONS OF 10000 ROWS").consume()
        session.run("MATCH (n) CALL (n) { DELETE n } IN TRANSACTIONS OF 10000 ROWS").consume()


def node_count(driver: Driver, database: str) -> int:
    records, _, _ = driver.execute_query("MATCH (n) RETURN count(n) AS n", database_=database)
    return records[0]["n"]


def neo4j_version(driver: Driver, database: str) -> str:
    try:
        records, _, _ = driver.execute_query(
            "CALL dbms.components() YIELD name, versions, edition RETURN name, versions[0] AS v, edition",
            database_=database)
        return f"{records[0]['name']} {records[0]['v']} {records[0]['edition']}"
    except Exception as err:  # version is decoration, never a reason to fail
        return f"unknown ({type(err).__name__})"
