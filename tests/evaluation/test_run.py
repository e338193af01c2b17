"""`kg eval`'s gold sets: the dev split read again in web spelling."""
import json

from loader.evaluation.run import DEV_SPACED, GoldSet, default_sets, evaluate

TEXT = "عنایت‌الله ملکی‌تبار مدیرکل بهزیستی استان قم گفت: کار خوب است."


def _gold(tmp_path):
    start = TEXT.index("قم")
    (tmp_path / "doc.txt").write_text(TEXT, encoding="utf-8")
    data = {"doc_id": "doc", "labels": ["PERSON", "PROVINCE"],
            "entities": [{"label": "PERSON", "start": 0, "end": 20, "text": TEXT[:20]},
                         {"label": "PROVINCE", "start": start, "end": start + 2, "text": "قم"}],
            "posts": [{"person": "عنایت‌الله ملکی‌تبار", "title": "مدیرکل", "organization": "اداره کل بهزیستی",
                       "province": "قم", "city": None, "country": None, "status": "current"}]}
    (tmp_path / "doc.json").write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return tmp_path


def test_the_dev_split_is_scored_again_with_every_zwnj_a_space():
    assert [s.name for s in default_sets() if s.spaced] == [DEV_SPACED]
    dev = next(s for s in default_sets() if s.name == "fars dev")
    assert next(s for s in default_sets() if s.spaced).gold_dir == dev.gold_dir


def test_a_spaced_set_reads_its_text_and_gold_with_spaces_for_zwnjs(tmp_path):
    gold = _gold(tmp_path)
    spaced = evaluate(GoldSet("web", gold, gold, spaced=True))
    assert spaced.strict["PERSON"].tp == 1, spaced.errors
    assert spaced.relations["HOLDS (person, title head, area)"].tp == 1, spaced.errors
    assert not any("\u200c" in e for e in spaced.errors)
