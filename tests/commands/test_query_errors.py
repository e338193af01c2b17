"""`kg query` says why an answer is empty: a missing parameter or a name the graph does not hold
is one line naming it, with names to try, and exit code 1."""
from __future__ import annotations

import json

from click.testing import CliRunner

from loader.cli import main


def kg(*args):
    return CliRunner().invoke(main, list(args))


def one_error_line(result) -> str:
    assert result.exit_code == 1, result.output
    assert result.stdout == ""
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("Error: "), result.stderr
    return lines[0]


def test_missing_required_parameter_names_it_and_offers_names(corpus_graph):
    line = one_error_line(kg("query", "person"))
    assert "query 'person' needs --param name=" in line and "kg query person --param name=حیدریان" in line
    assert "names in the graph include" in line and "مریم حیدریان" in line


def test_a_person_not_in_the_graph_gets_the_closest_names(corpus_graph):
    line = one_error_line(kg("query", "person", "-p", "name=حیدریانن"))
    assert "no person named 'حیدریانن'" in line and "did you mean مریم حیدریان" in line


def test_an_english_province_name_points_to_the_persian_one(corpus_graph):
    line = one_error_line(kg("query", "who-ran-province", "-p", "province=Qom"))
    assert "no province named 'Qom'" in line and "did you mean قم?" in line


def test_names_are_matched_folded(corpus_graph):
    """Arabic ي, a space for the ZWNJ: the same province, rows, exit 0."""
    result = kg("query", "who-ran-province", "-p", "province=خراسان شمالي", "--format", "json")
    assert result.exit_code == 0, result.output
    assert [r["person"] for r in json.loads(result.stdout)] == ["جواد یزدانی"]


def test_a_name_in_the_graph_with_no_rows_says_so_and_exits_0(corpus_graph):
    result = kg("query", "who-ran-province", "-p", "province=تهران")
    assert result.exit_code == 0
    assert "(0 rows)" in result.stdout
    assert "'تهران' (Province: تهران) is in the graph, but no row matches" in result.stderr


def test_unknown_parameter_and_query_suggest_the_right_one(corpus_graph):
    assert "did you mean 'name'?" in one_error_line(kg("query", "person", "-p", "nam=موسوی"))
    assert "did you mean person?" in one_error_line(kg("query", "persn"))


def test_figures_measure_that_matches_nothing(corpus_graph):
    line = one_error_line(kg("query", "figures", "-p", "measure=زرافه"))
    assert "no measure named 'زرافه'" in line


def test_every_required_parameter_is_reported_before_any_query_runs(corpus_graph):
    for name in ("person", "province", "evidence"):
        assert "needs --param name=" in one_error_line(kg("query", name))
