"""Scoring what a document says of a post's time: the status of each post found, and the start
and end dates where the gold states them."""
from helpers import ROOT
from loader.evaluation.facts import score_post_tenure
from loader.manifest import read_manifest
from loader.pipeline import extract_text

SERIES = ROOT / "tests" / "data" / "tenure"


def _extract(name: str):
    meta = read_manifest(SERIES / "manifest.csv").lines[name]
    return extract_text(name, (SERIES / f"{name}.txt").read_text(encoding="utf-8"), date=meta.date)


def _post(person, title, province, status="current", start=None, end=None):
    return {"person": person, "title": title, "province": province, "city": None, "country": None,
            "status": status, "start": start, "end": end}


def test_status_of_found_posts_and_stated_bounds():
    x = _extract("appoint")
    status, bounds = score_post_tenure({"posts": [_post("علی رضایی", "استاندار", "یزد", "appointed", "1400-03-10")]}, x)
    assert (status.tp, status.fp, bounds.tp, bounds.fp, bounds.fn) == (1, 0, 1, 0, 0)
    status, bounds = score_post_tenure({"posts": [_post("علی رضایی", "استاندار", "یزد", "former", None, "1401")]}, x)
    assert (status.tp, status.fp, bounds.tp, bounds.fn) == (0, 1, 0, 1)


def test_posts_not_found_are_not_scored_for_time():
    status, bounds = score_post_tenure({"posts": [_post("کسی دیگر", "استاندار", "یزد")]}, _extract("appoint"))
    assert (status.tp, status.fp, status.fn, bounds.tp + bounds.fp + bounds.fn) == (0, 0, 0, 0)
