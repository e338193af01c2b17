"""A very long number breaks nothing (issue 19, point 8): figures keep their exact value as text
beside the float; a value out of a float's range is flagged and has no float, never `Infinity`;
every JSON the project writes parses with a parser that rejects `Infinity` and `NaN`."""
from __future__ import annotations

import json
from fractions import Fraction

import pytest
from click.testing import CliRunner

from helpers import scalar
from loader.cli import main
from loader.pipeline import extract_text
from loader.facts.figures import exact_text
from loader.json_text import dumps

NINES = "9" * 300
HUGE = "9" * 5000


def strict_json(text: str):
    def reject(constant):
        raise ValueError(f"not JSON: {constant}")
    return json.loads(text, parse_constant=reject)


def _figures(text: str):
    return extract_text("d", text).figures


def test_300_digits_before_billions_of_rials_are_out_of_range_with_their_exact_value():
    [figure] = _figures(f"مدیرکل تأمین اجتماعی استان قم گفت: بدهی دولت {NINES} میلیارد ریال است.")
    assert figure.value is None and figure.value_rial is None and figure.out_of_range
    assert figure.value_exact == NINES + "0" * 9 and figure.value_rial_exact == NINES + "0" * 9


def test_5000_digits_are_flagged_and_never_read_as_one_billion():
    """Python will not convert more than 4,300 digits to an int; the number used to vanish and
    leave `میلیارد` alone, a figure of 1e9."""
    figures = _figures(f"بدهی دولت {HUGE} میلیارد ریال است.")
    assert [(f.value, f.out_of_range, f.value_exact) for f in figures] == [(None, True, None)]
    assert figures[0].text.startswith(HUGE[:50])


@pytest.mark.parametrize("text, exact, value", [
    ("بدهی 12,345,678,901,234,567 میلیارد تومان است", "12345678901234567000000000", 1.2345678901234567e25),
    ("نرخ 7.27 درصد است", "7.27", 7.27),
    ("سهم دولت یک سوم درصد است", "1/3", 1 / 3),
    ("مدت دو سال و نیم", "2.5", 2.5),
    ("یک میلیون و 140 هزار نفر", "1140000", 1140000.0),
    ("2/5 درصد", "2.5", 2.5),
])
def test_values_are_exact_beside_the_float(text, exact, value):
    [figure] = [f for f in _figures(text) if f.value_exact == exact]
    assert figure.value == pytest.approx(value, rel=1e-15) and not figure.out_of_range


def test_exact_text():
    assert exact_text(Fraction(727, 100)) == "7.27" and exact_text(Fraction(-5, 4)) == "-1.25"
    assert exact_text(Fraction(2, 3)) == "2/3" and exact_text(Fraction(10 ** 5000)) == "1" + "0" * 5000


def test_the_json_writer_never_writes_infinity():
    assert dumps({"a": float("inf"), "b": [float("nan"), 1.5]}) == '{"a": null, "b": [null, 1.5]}'


def test_every_json_output_parses_strictly_with_such_a_figure_in_the_graph(graph, tmp_path):
    folder = tmp_path / "news"
    folder.mkdir()
    (folder / "long.txt").write_text(f"مدیرکل تأمین اجتماعی استان قم گفت: بدهی دولت {NINES} میلیارد ریال "
                                     f"و {HUGE} هزار تومان و 12 درصد است.\n", encoding="utf-8")
    runner = CliRunner()
    assert runner.invoke(main, ["load", "--quiet", str(folder)]).exit_code == 0
    assert scalar(graph, "MATCH (f:Figure {out_of_range: true}) RETURN count(f)") == 2
    assert scalar(graph, "MATCH (f:Figure) WHERE f.value_exact = $v RETURN count(f)", v=NINES + "0" * 9) == 1
    # A graph loaded before this change may hold Infinity itself: it must not leak either.
    graph.execute_query("CREATE (:Figure {id: 'figure:legacy', value: 1.0 / 0.0, value_rial: 0.0 / 0.0})")

    outputs = {}
    export = tmp_path / "graph.json"
    assert runner.invoke(main, ["export", "--format", "json", "-o", str(export)]).exit_code == 0
    outputs["export json"] = export.read_text(encoding="utf-8")
    for name, args in {"cypher": ["cypher", "MATCH (f:Figure) RETURN f, f.id AS id, f.value AS v, f.value_rial AS r"],
                       "query figures": ["query", "figures"]}.items():
        result = runner.invoke(main, [*args, "--format", "json"])
        assert result.exit_code == 0, result.output
        outputs[name] = result.stdout
    extracted = runner.invoke(main, ["extract", str(folder)])
    outputs.update({f"extract line {i}": line for i, line in enumerate(extracted.stdout.splitlines())})
    page = tmp_path / "graph.html"
    assert runner.invoke(main, ["export", "--format", "html", "-o", str(page)]).exit_code == 0
    html = page.read_text(encoding="utf-8")
    start = html.index('<script type="application/json" id="graph-data">') + len('<script type="application/json" id="graph-data">')
    outputs["html view data"] = html[start:html.index("</script>", start)]
    for name, text in outputs.items():
        strict_json(text)  # raises on Infinity / NaN
        assert "Infinity" not in text and "NaN" not in text, name
    rows = strict_json(outputs["cypher"])
    legacy = next(r for r in rows if r["id"] == "figure:legacy")
    assert legacy["v"] is None and legacy["r"] is None
