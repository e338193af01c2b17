"""The one rule for merging rows of the same node (kg load's writes and the Spark reduce)."""
from hypothesis import given, settings, strategies as st

from loader.graph.merge import fold_rows, merge_rows, merged_by_key, node_properties, union, words


def test_aliases_are_unioned_in_order_and_an_empty_list_is_no_value():
    assert union(None, ["b", "a"]) == ["b", "a"]
    assert union(["b"], ["a", "b", "c"]) == ["b", "a", "c"]
    assert union(["a"], None) == ["a"]
    assert union(None, []) is None


def test_search_words_are_unioned():
    assert words("qom", "qom province") == "qom province"
    assert words(None, "a b") == "a b" and words("a", None) == "a"


def test_other_properties_are_replaced_and_none_removes():
    old = {"id": "p", "name": "A", "aliases": ["x"], "search": "a x", "gender": "F"}
    new = {"id": "p", "name": "B", "aliases": ["y"], "search": "b y", "gender": None}
    merged = merge_rows(old, new)
    assert merged == {"id": "p", "name": "B", "aliases": ["x", "y"], "search": "a x b y", "gender": None}
    assert node_properties(merged) == {"id": "p", "name": "B", "aliases": ["x", "y"], "search": "a x b y"}


def test_rows_of_one_statement_merge_per_key_in_order():
    rows = [{"id": "a", "name": "1", "aliases": ["x"]}, {"id": "b", "name": "2"},
            {"id": "a", "name": "3", "aliases": ["y", "x"]}]
    assert merged_by_key(rows, "id") == [{"id": "a", "name": "3", "aliases": ["x", "y"]}, {"id": "b", "name": "2"}]


WORDS = st.sampled_from(["qom", "tehran", "ali", "mousavi", "sayyed"])
ROWS = st.fixed_dictionaries({}, optional={
    "name": st.one_of(st.none(), WORDS),
    "aliases": st.one_of(st.none(), st.lists(WORDS, max_size=3, unique=True).map(sorted)),
    "search": st.one_of(st.none(), st.lists(WORDS, min_size=1, max_size=3, unique=True).map(" ".join)),
})


@settings(max_examples=300)
@given(ROWS, ROWS, ROWS, st.one_of(st.none(), ROWS))
def test_merging_is_associative(a, b, c, node):
    """What lets the sink merge a transaction's rows before writing them over the node, and the
    Spark reduce fold rows before the import: the result is the node sequential writes give."""
    node = node_properties(merge_rows(None, node)) if node is not None else None  # a node as the graph holds it
    one_by_one = node_properties(merge_rows(merge_rows(merge_rows(node, a), b), c))
    assert node_properties(merge_rows(merge_rows(node, merge_rows(a, b)), c)) == one_by_one
    assert node_properties(merge_rows(node, fold_rows([a, b, c]))) == one_by_one
