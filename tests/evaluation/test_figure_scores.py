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
