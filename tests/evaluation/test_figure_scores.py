"""Scoring figures: a measure is right when its head noun is the gold's."""
import pytest

from loader.evaluation.facts import measures_agree, score_figures
from loader.pipeline import extract_text


@pytest.mark.parametrize("gold, predicted, agree", [
    ("پرسنل بازرسی", "پرسنل", True),
    ("کارگران ساختمانی تحت پوشش بیمه", "کارگر", True),      # a plural's ending aside
    ("سهم حق بیمه از دستمزد", "حق‌بیمه", True),              # two words written as one
    ("جمعیت", "جمعیت ساکن", True),
    ("درآمد نفتی", "هزینه", False),
    ("جمعیت", None, False),
])
def test_a_measure_agrees_on_its_head_noun(gold, predicted, agree):
    assert measures_agree(gold, predicted) is agree


def test_the_measure_is_scored_on_the_figures_found():
    x = extract_text("x", "در این شهر 8 کارخانه کمپوست ساخته شد.")
    gold = {"figures": [{"start": 11, "end": 26, "value": 8, "unit": "other", "measure": "کارخانه کمپوست"},
                        {"start": 0, "end": 2, "value": 5, "unit": "other", "measure": "جمعیت"}]}
    score = score_figures(gold, x)["measure of found"]
    assert (score.tp, score.fp, score.fn) == (1, 0, 0)   # the missed figure counts against value only


def test_a_subject_stated_is_scored_as_a_claim_on_the_figures_found():
    """`subject` counts none-and-none as agreement; `subject of found` scores what was stated:
    a subject the gold does not give is a false alarm, one it gives and we miss a miss."""
    x = extract_text("x", "مدیرکل بهزیستی استان قم گفت: 20 نفر رفتند و 30 نفر آمدند.")
    assert [f.subject for f in x.figures] == ["قم", "قم"]
    gold = {"figures": [{"start": 29, "end": 35, "value": 20, "unit": "person", "subject": "قم"},
                        {"start": 46, "end": 52, "value": 30, "unit": "person", "subject": None}]}
    scores = score_figures(gold, x)
    found = scores["subject of found"]
    assert (found.tp, found.fp, found.fn) == (1, 1, 0)
    assert (scores["subject"].tp, scores["subject"].fn) == (1, 1)


def test_the_golds_currency_is_any_currency_but_the_four_it_names():
    from loader.evaluation.facts import units_agree
    assert units_agree("currency", "sar") and units_agree("currency", "gbp")
    assert not units_agree("currency", "rial") and not units_agree("currency", "usd")
