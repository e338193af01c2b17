"""Figures on the corpus: value, unit, measure, subject, speaker and period."""
import pytest

from helpers import CORPUS
from loader.pipeline import extract_text


@pytest.fixture(scope="module")
def figures():
    found = {}
    for path in sorted(CORPUS.glob("*.txt")):
        for f in extract_text(path.stem, path.read_text(encoding="utf-8")).figures:
            found.setdefault(f.text, f)
    return found


def test_qom_debt(figures):
    debt = figures["137 میلیارد تومان"]
    assert (debt.value, debt.unit, debt.kind) == (137e9, "toman", "MONEY")
    assert debt.value_rial == 1.37e12
    assert debt.subject == "قم" and debt.stated_by == "سید مجتبی موسوی"
    assert "بدهی" in debt.measure


def test_insured_count(figures):
    insured = figures["225 هزار و 644 نفر"]
    assert (insured.value, insured.unit) == (225644, "person")
    assert "بیمه‌شدگان" in insured.measure


def test_mixed_numerals_and_decimal_slash(figures):
    assert figures["یک میلیون و 140 هزار نفر"].value == 1140000
    assert figures["2/5 درصدی"].value == 2.5 and figures["2/5 درصدی"].unit == "percent"
    assert figures["11 هزار میلیارد تومان"].value == 11e12


def test_support_ratio_bare_number(figures):
    assert figures["7.27"].value == 7.27


def test_period_resolved_against_the_article_year(figures):
    markazi = figures["8 هزار و 200 نفر"]
    assert markazi.period == "1401" and markazi.stated_by == "جمشید امیدی" and markazi.subject == "مرکزی"


def test_every_figure_has_a_unit_or_subject_or_is_flagged(figures):
    for f in figures.values():
        assert f.unit is not None or f.kind == "QUANTITY"
        assert f.subject is not None or f.unattached
