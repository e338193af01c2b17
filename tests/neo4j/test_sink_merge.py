"""The sink's Cypher merges a row into a node exactly as loader.graph.merge.merge_rows does."""
from hypothesis import HealthCheck, given, settings, strategies as st

from loader.graph.merge import RULES, merge_rows, merged_by_key, node_properties
from loader.neo4j.sink import node_statement

WORDS = st.sampled_from(["قم", "تهران", "علی", "موسوی", "سید", "qom"])
ROWS = st.fixed_dictionaries({"id": st.sampled_from(["person:a", "person:b"])}, optional={
    "name": st.one_of(st.none(), WORDS),
    "aliases": st.one_of(st.none(), st.lists(WORDS, max_size=3, unique=True)),
    "search": st.one_of(st.none(), st.lists(WORDS, min_size=1, max_size=3, unique=True).map(" ".join)),
})


def _write(driver, rows: list[dict]) -> None:
    statement = node_statement("Person", {k for row in rows for k in row if k in RULES})
    driver.execute_query(statement, rows=rows)


def _nodes(driver) -> dict[str, dict]:
    records, _, _ = driver.execute_query("MATCH (n:Person) RETURN n.id AS id, properties(n) AS props")
    return {r["id"]: r["props"] for r in records}


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(ROWS, min_size=1, max_size=6), st.integers(0, 6))
def test_cypher_mirrors_merge_rows(graph, rows, split):
    """Rows written one statement at a time, and in two pre-merged statements (as one transaction
    of several documents is), leave the nodes merge_rows computes."""
    expected: dict[str, dict] = {}
    for row in rows:
        expected[row["id"]] = merge_rows(expected.get(row["id"]), row)
    expected = {k: node_properties(v) for k, v in expected.items()}

    graph.execute_query("MATCH (n:Person) DETACH DELETE n")
    for row in rows:
        _write(graph, [row])
    assert _nodes(graph) == expected

    graph.execute_query("MATCH (n:Person) DETACH DELETE n")
    for part in (rows[:split], rows[split:]):
        if part:
            _write(graph, merged_by_key(part, "id"))
    assert _nodes(graph) == expected
