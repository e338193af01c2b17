"""The recogniser as a whole: spaCy components, raw spans, the gold targets and unseen news."""
import json
import time

from helpers import CORPUS, GOLD, ROOT
from loader.evaluation.run import evaluate
from loader.ner.pipeline import build_nlp, recognize
from loader.normalize import normalize
from loader.text_keys import fold


def test_components_are_registered_spacy_factories():
    assert build_nlp().pipe_names == ["kg_places", "kg_quantities", "kg_persons", "kg_phrases", "kg_entity_resolver"]


def test_mentions_point_into_the_raw_text():
    raw = (CORPUS / "002_baa149da528b4423.txt").read_text(encoding="utf-8")
    _, mentions = recognize(normalize(raw))
    for m in mentions:
        assert 0 <= m.raw_start < m.raw_end <= len(raw)
        # The raw words, once kashida and line breaks are gone, are the mention's words
        # (ZWNJ and the lam-alef the PDF lost are what normalization adds back).
        source = fold(raw[m.raw_start:m.raw_end].translate(str.maketrans("()", ")(")))
        assert source.replace("ل", "") == fold(m.text).replace("ل", ""), (m.text, raw[m.raw_start:m.raw_end])


def test_gold_targets_strict_f1():
    report = evaluate(GOLD, CORPUS)
    f1 = {label: score.f1 for label, score in report.strict.items()}
    assert f1["PERSON"] >= 0.95
    assert f1["PROVINCE"] >= 0.98
    assert f1["TITLE"] >= 0.90
    assert f1["ORG"] >= 0.85
    assert f1["PERCENT"] >= 0.95
    assert f1["MONEY"] >= 0.90
    assert report.relations["FIGURE value+unit"].f1 >= 0.90
    assert report.relations["HOLDS (person, title, area)"].f1 >= 0.90


def test_unseen_news_generalises():
    raw = (ROOT / "tests" / "unseen" / "news_fa.txt").read_text(encoding="utf-8")
    expected = json.loads((ROOT / "tests" / "unseen" / "expected.json").read_text(encoding="utf-8"))
    _, mentions = recognize(normalize(raw))
    predicted = {(m.label, fold(m.text)) for m in mentions}
    gold = {(label, fold(text)) for label, text in expected["entities"]}
    recall = len(gold & predicted) / len(gold)
    precision = len(gold & predicted) / len(predicted)
    assert recall >= 0.9 and precision >= 0.9, (sorted(gold - predicted), sorted(predicted - gold))


def test_thousand_words_well_under_a_second():
    raw = (CORPUS / "001_c635d5fb73222770.txt").read_text(encoding="utf-8")
    words = raw.split()
    text = " ".join((words * 2)[:1000])
    recognize(normalize(text))  # warm the lexicon
    began = time.perf_counter()
    recognize(normalize(text))
    assert time.perf_counter() - began < 0.5
