"""Scoring posts: a place named two ways is one area."""
from loader.evaluation.facts import score_post_heads
from loader.pipeline import extract_text


def _gold(country):
    return {"posts": [{"person": "لئو وردکار", "title": "نخست‌وزیر", "province": None, "city": None,
                       "country": country}]}


def test_a_state_under_another_of_its_names_is_the_same_area():
    x = extract_text("x", "لئو وردکار نخست‌وزیر ایرلند گفت: کار خوب است.")
    assert score_post_heads(_gold("جمهوری ایرلند"), x).tp == 1
    assert score_post_heads(_gold("ایرلند"), x).tp == 1
    assert score_post_heads(_gold("فرانسه"), x).tp == 0
