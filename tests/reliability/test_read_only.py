"""The read-only paths: `kg cypher` refuses anything EXPLAIN does not call a read ('r'), and a
READ_ACCESS session is refused writes by the server itself.

Neo4j Community has no role management (no CREATE ROLE / GRANT), so a read-only *user* cannot be
made; the test below pins that, and docs/RELIABILITY.md says so.
"""
from __future__ import annotations

import http.server
import threading

import pytest
from click.testing import CliRunner
from neo4j import READ_ACCESS
from neo4j.exceptions import ClientError

from helpers import scalar
from loader.cli import main

WRITES = {
    "create": "CREATE (n:Pwned) RETURN n",
    "merge": "MERGE (n:Pwned {id: 1})",
    "delete": "MATCH (n) DETACH DELETE n",
    "set": "MATCH (n:Document) SET n.pwned = true",
    "remove-label": "MATCH (n:Document) REMOVE n:Document",
    "create-index": "CREATE INDEX pwned FOR (n:Pwned) ON (n.x)",
    "drop-constraint": "DROP CONSTRAINT document_id",
    "create-label-procedure": "CALL db.createLabel('Pwned')",
    "dbms-procedure": "CALL dbms.components()",
    "clear-query-caches": "CALL db.clearQueryCaches()",
    "load-csv-write": "LOAD CSV FROM 'file:///x.csv' AS row CREATE (:Pwned {r: row[0]})",
    "call-in-transactions": "CALL () { CREATE (:Pwned) } IN TRANSACTIONS",
    "create-user": "CREATE USER pwned SET PASSWORD 'abcdefgh1'",
    "show-users": "SHOW USERS",
    "foreach-write": "MATCH (d:Document) FOREACH (x IN [1] | CREATE (:Pwned))",
}
# EXPLAIN calls these 'r', yet they are not reads of the graph: TERMINATE TRANSACTIONS kills
# other sessions' transactions (e.g. a running `kg load`), LOAD CSV makes the server fetch a URL.
NOT_TYPED_AS_WRITES = {
    "terminate-transactions": "TERMINATE TRANSACTIONS 'neo4j-transaction-1'",
    "load-csv-read": "LOAD CSV FROM 'http://127.0.0.1:9/x.csv' AS row RETURN row",
}
READS = {
    "match": "MATCH (d:Document) RETURN count(d) AS n",
    "procedure": "CALL db.labels() YIELD label RETURN count(label) AS n",
    "show-indexes": "SHOW INDEXES YIELD name RETURN count(name) AS n",
}


@pytest.mark.parametrize("statement", WRITES.values(), ids=WRITES.keys())
def test_kg_cypher_refuses_writes_schema_and_admin(graph, statement):
    labels_before = scalar(graph, "CALL db.labels() YIELD label RETURN collect(label)")
    result = CliRunner().invoke(main, ["cypher", statement])
    assert result.exit_code == 1, result.output
    assert result.stderr.startswith("Error: refused: kg runs read-only Cypher"), result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert scalar(graph, "MATCH (n:Pwned) RETURN count(n)") == 0
    assert scalar(graph, "CALL db.labels() YIELD label RETURN collect(label)") == labels_before


@pytest.mark.parametrize("statement", NOT_TYPED_AS_WRITES.values(), ids=NOT_TYPED_AS_WRITES.keys())
def test_kg_cypher_refuses_admin_commands_that_explain_types_as_read(graph, statement):
    result = CliRunner().invoke(main, ["cypher", statement])
    assert result.exit_code == 1, result.output
    assert result.stderr.startswith("Error: refused: kg runs read-only Cypher"), result.stderr


@pytest.mark.parametrize("statement", READS.values(), ids=READS.keys())
def test_kg_cypher_runs_reads(graph, statement):
    result = CliRunner().invoke(main, ["cypher", statement, "--format", "json"])
    assert result.exit_code == 0, result.output


def test_kg_cypher_syntax_error_is_one_line(graph):
    result = CliRunner().invoke(main, ["cypher", "MATCH (n RETURN n"])
    assert result.exit_code == 1
    assert result.stderr.startswith("Error: Cypher error: ") and len(result.stderr.strip().splitlines()) == 1


def test_kg_cypher_runtime_error_is_one_line(graph):
    """EXPLAIN passes, the query fails while running: still one line, no traceback."""
    result = CliRunner().invoke(main, ["cypher", "UNWIND [1, 0] AS d RETURN 1 / d AS x"])
    assert result.exit_code == 1, result.output
    assert result.stderr.startswith("Error: Cypher error: ") and len(result.stderr.strip().splitlines()) == 1


@pytest.mark.parametrize("statement", [WRITES["create"], WRITES["set"], WRITES["delete"], WRITES["create-index"]])
def test_read_access_session_is_refused_writes_by_the_server(graph, neo4j_settings, statement):
    graph.execute_query("MERGE (d:Document {id: 'read-only-probe'})")
    with graph.session(database=neo4j_settings.database, default_access_mode=READ_ACCESS) as session:
        with pytest.raises(ClientError) as err:
            session.run(statement).consume()
    assert err.value.code in ("Neo.ClientError.Statement.AccessMode", "Neo.ClientError.Security.Forbidden")
    assert scalar(graph, "MATCH (n:Pwned) RETURN count(n)") == 0
    assert scalar(graph, "MATCH (d:Document {id: 'read-only-probe'}) RETURN d.pwned") is None


def test_community_edition_has_no_roles_for_a_read_only_user(neo4j_driver):
    edition = scalar(neo4j_driver, "CALL dbms.components() YIELD edition RETURN edition")
    if edition != "community":
        pytest.skip(f"this server is {edition}: roles exist there")  # not hiding a failure: a different product
    with pytest.raises(ClientError) as err:
        neo4j_driver.execute_query("CREATE ROLE kg_reader", database_="system")
    assert err.value.code == "Neo.ClientError.Statement.UnsupportedAdministrationCommand"


# ---------------------------------------------------------------------------------- procedures (issue 19, point 7)

class _Recorder(http.server.BaseHTTPRequestHandler):
    """A server the database could be made to fetch from: it counts the requests it gets."""
    requests: list[str] = []

    def do_GET(self):
        _Recorder.requests.append(self.path)
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.end_headers()
        self.wfile.write(b'[{"secret": "from the intranet"}]')

    do_POST = do_GET

    def log_message(self, *args):
        pass


@pytest.fixture
def intranet():
    _Recorder.requests = []
    httpd = http.server.HTTPServer(("127.0.0.1", 0), _Recorder)
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{httpd.server_port}"
    httpd.shutdown()


FETCHING = {
    "apoc.load.json": "CALL apoc.load.json($url) YIELD value RETURN value",
    "apoc.load.jsonArray": "CALL apoc.load.jsonArray($url) YIELD value RETURN value",
    "apoc.load.jsonParams": "CALL apoc.load.jsonParams($url, {}, null) YIELD value RETURN value",
    "apoc.load.xml": "CALL apoc.load.xml($url) YIELD value RETURN value",
    "backticks": "CALL `apoc`.`load`.`json`($url) YIELD value RETURN value",
    "inside a subquery": "MATCH (d:Document) CALL (d) { CALL apoc.load.json($url) YIELD value RETURN value } RETURN value",
    "through apoc.cypher.run": "CALL apoc.cypher.run('CALL apoc.load.json($u) YIELD value RETURN value', {u: $url}) "
                               "YIELD value RETURN value",
}


@pytest.mark.parametrize("statement", FETCHING.values(), ids=FETCHING.keys())
def test_kg_cypher_refuses_procedures_that_fetch_urls_and_nothing_is_fetched(graph, intranet, statement):
    result = CliRunner().invoke(main, ["cypher", statement, "--param", f"url={intranet}/data.json"])
    assert result.exit_code == 1, result.output
    assert result.stderr.startswith("Error: refused: kg runs read-only Cypher with graph reads, full-text queries "
                                    "and schema procedures only, and this query calls apoc."), result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert _Recorder.requests == []


def test_the_database_would_fetch_the_url_without_the_allow_list(graph, intranet):
    """The threat is real: the same call through a plain session reaches the server."""
    records, _, _ = graph.execute_query("CALL apoc.load.json($url) YIELD value RETURN value",
                                        url=f"{intranet}/data.json")
    assert records and _Recorder.requests == ["/data.json"]


NOT_ALLOWED = {
    "sleep": "CALL apoc.util.sleep(100)",
    "await-indexes": "CALL db.awaitIndexes(10)",
    "resample-index": "CALL db.resampleIndex('name_search')",
    "replanning": "CALL db.prepareForReplanning(1)",
    "info": "CALL db.info()",
    "xml-function": "RETURN apoc.xml.parse('<a/>') AS x",
    "periodic": "CALL apoc.periodic.list()",
}


@pytest.mark.parametrize("statement", NOT_ALLOWED.values(), ids=NOT_ALLOWED.keys())
def test_kg_cypher_refuses_procedures_off_the_allow_list(graph, statement):
    result = CliRunner().invoke(main, ["cypher", statement])
    assert result.exit_code == 1, result.output
    assert result.stderr.startswith("Error: refused: kg runs read-only Cypher"), result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


ALLOWED = {
    "labels": "CALL db.labels() YIELD label RETURN count(label) AS n",
    "schema": "CALL db.schema.visualization() YIELD nodes RETURN size(nodes) AS n",
    "full-text": "CALL db.index.fulltext.queryNodes('name_search', 'موسوی') YIELD node RETURN count(node) AS n",
    "apoc-text": "RETURN apoc.text.clean('Ab  c') AS n",
    "temporal": "RETURN date.truncate('month', date('2024-05-17')) AS n",
    "a string that looks like a call": "RETURN 'apoc.load.json(x)' AS n",
}


@pytest.mark.parametrize("statement", ALLOWED.values(), ids=ALLOWED.keys())
def test_kg_cypher_runs_graph_reads_full_text_and_schema(graph, statement):
    result = CliRunner().invoke(main, ["cypher", statement, "--format", "json"])
    assert result.exit_code == 0, result.output
