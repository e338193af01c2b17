"""The recogniser as a whole: a spaCy pipeline directory, raw spans, the gold targets, unseen news."""
import json
import subprocess
import sys
import time

import spacy

from helpers import CORPUS, GOLD, ROOT
from loader.evaluation.run import GoldSet, evaluate
from loader.ner.pipeline import PIPELINE_DIR, build_nlp, recognize
from loader.normalize import normalize
from loader.text_keys import fold

SENTENCE = "سید مجتبی موسوی مدیرکل تأمین‌اجتماعی استان قم گفت: 20 هزار نفر بیمه شدند."


def test_the_shipped_directory_is_the_pipeline():
    names = build_nlp().pipe_names
    assert names[0] == "kg_lexicon" and names[-1] == "kg_entity_resolver"
    assert {"kg_places", "kg_quantities", "kg_persons", "kg_phrases"} <= set(names)
    assert (PIPELINE_DIR / "config.cfg").exists() and (PIPELINE_DIR / "kg_lexicon" / "titles.tsv").exists()


def test_spacy_load_in_a_fresh_interpreter_gives_the_same_entities():
    """spaCy finds the factories through the package's entry points: no import of loader needed."""
    script = ("import json, spacy, sys; nlp = spacy.load(sys.argv[1]); doc = nlp(sys.argv[2]); "
              "print(json.dumps([[e.text, e.label_] for e in doc.ents], ensure_ascii=False))")
    out = subprocess.run([sys.executable, "-c", script, str(PIPELINE_DIR), SENTENCE], capture_output=True,
                         text=True, check=True, cwd="/")
    _, mentions = recognize(normalize(SENTENCE))
    assert json.loads(out.stdout) == [[m.text, m.label] for m in mentions]
    assert ["سید مجتبی موسوی", "PERSON"] in json.loads(out.stdout)


def test_a_rule_step_alone_in_another_pipeline_keeps_its_entities():
    nlp = spacy.blank("fa")
    nlp.add_pipe("kg_persons")
    doc = nlp.make_doc(SENTENCE)
    doc.ents = [doc.char_span(SENTENCE.index("قم"), SENTENCE.index("قم") + 2, label="GPE")]
    doc = nlp.get_pipe("kg_persons")(doc)
    assert [(e.text, e.label_) for e in doc.ents] == [("سید مجتبی موسوی", "PERSON"), ("قم", "GPE")]
    assert "kg_candidates" in doc.spans


def test_the_lexicon_travels_with_the_pipeline(tmp_path):
    nlp = build_nlp()
    nlp.to_disk(tmp_path / "copy")
    assert (tmp_path / "copy" / "kg_lexicon" / "cities.tsv").read_bytes() == \
        (PIPELINE_DIR / "kg_lexicon" / "cities.tsv").read_bytes()
    copy = spacy.load(tmp_path / "copy")
    assert copy.get_pipe("kg_lexicon").directory == tmp_path / "copy" / "kg_lexicon"
    assert [e.text for e in copy(SENTENCE).ents] == [e.text for e in nlp(SENTENCE).ents]


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
    report = evaluate(GoldSet("corpus gold", GOLD, CORPUS))
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


def test_thousand_words_take_well_under_two_cpu_seconds():
    """A guard against a pathological slowdown, not a benchmark (`kg bench` measures speed): CPU
    time, and a bound ten times what a thousand words take, so a busy machine does not fail it."""
    raw = (CORPUS / "001_c635d5fb73222770.txt").read_text(encoding="utf-8")
    words = raw.split()
    text = " ".join((words * 2)[:1000])
    recognize(normalize(text))  # warm the lexicon
    began = time.process_time()
    recognize(normalize(text))
    assert time.process_time() - began < 2.0
