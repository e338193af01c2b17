"""A long document cut into sections: where it is cut, and the joined extraction equal to its
sections' own, shifted into the whole text (issue 19: a 2 MB file within 10 s)."""
from pathlib import Path

import pytest

import loader.facts.sections as sections
from loader.facts.sections import cut
from loader.ids import event_id, figure_id, mention_id
from loader.pipeline import extract_text
from loader.prepare import SectionPool
from loader.text_keys import fold

CORPUS = Path(__file__).resolve().parents[2] / "corpus"
A = (CORPUS / "001_c635d5fb73222770.txt").read_text("utf-8")
B = (CORPUS / "002_baa149da528b4423.txt").read_text("utf-8")


def test_a_short_text_is_one_section():
    assert cut("سلام\n\nخداحافظ", size=100) == [(0, 13)]
    assert cut("", size=100) == [(0, 0)]


def test_sections_cover_the_text_and_end_at_the_best_break_after_each_mark():
    text = "الف " * 24 + "پایان.\nخط\n\nبند دوم " + "ب " * 200
    spans = cut(text, size=100)
    assert spans[0][0] == 0 and spans[-1][1] == len(text)
    assert all(a[1] == b[0] for a, b in zip(spans, spans[1:]))
    assert text[:spans[0][1]].endswith("\n\n")   # the blank line, not the line break before it
    assert all(end - start >= 100 for start, end in spans[:-1])


def test_a_text_without_any_break_is_cut_at_the_mark():
    assert cut("ب" * 500, size=100) == [(0, 100), (100, 200), (200, 300), (300, 400), (400, 500)]


def test_the_cut_never_depends_on_the_text_after_the_last_section():
    text = ("خبر اول.\n\n" * 30)
    assert cut(text, size=100)[:-1] == cut(text + "ادامه " * 5, size=100)[:-1]


@pytest.fixture
def two_sections(monkeypatch):
    """Two corpus articles in one file, sections small enough that each is one."""
    text = A + "\n\n" + B
    monkeypatch.setattr(sections, "SECTION_CHARS", len(A))
    assert cut(text) == [(0, len(A) + 2), (len(A) + 2, len(text))]
    return text


def _facts(x, shift: int = 0, sentences: int = 0):
    """What an extraction says, with offsets and sentence numbers moved by ``shift``/``sentences``."""
    return {
        "mentions": {(m.raw_start + shift, m.raw_end + shift, m.label, m.text, m.entity_id,
                      m.sentence_index + sentences) for m in x.mentions},
        "holdings": {(h.person_id, h.post.id, h.status, h.evidence.raw_start + shift,
                      h.evidence.sentence_index + sentences) for h in x.holdings},
        "figures": {(f.value, f.unit, f.measure, f.stated_by_id, f.subject_id, f.evidence.raw_start + shift)
                    for f in x.figures},
        "events": {(e.type, e.evidence.raw_start + shift) for e in x.events},
        "items": {(a + shift, b + shift) for a, b in x.items},
    }


def test_the_joined_extraction_is_each_section_extracted_alone_and_shifted(two_sections):
    from loader.normalize import normalize
    joined = extract_text("doc", two_sections)
    first = extract_text("doc", A + "\n\n")
    second = extract_text("doc", B)
    before = len(normalize(A + "\n\n").sentences)
    expected = _facts(first)
    for key, facts in _facts(second, len(A) + 2, before).items():
        expected[key] |= facts
    got = _facts(joined)
    for key in expected:
        assert got[key] == expected[key], key
    assert joined.title == first.title and joined.doc_date == first.doc_date


def test_joined_ids_are_made_from_the_shifted_offsets(two_sections):
    joined = extract_text("doc", two_sections)
    mentions = {m.id: m for m in joined.mentions}
    assert len(mentions) == len(joined.mentions)
    assert all(i == mention_id("doc", m.raw_start, m.raw_end, m.label) for i, m in mentions.items())
    assert {figure_id(i) for i in mentions} >= {f.id for f in joined.figures}
    assert all(e.id == event_id("doc", e.evidence.sentence_index) for e in joined.events)
    assert all(i in mentions for e in joined.entities for i in e.mentions)
    assert all(i in mentions for h in joined.holdings for i in h.mentions)
    late = [m for m in joined.mentions if m.raw_start > len(A) and m.label == "PERSON"]
    assert late and all(fold(two_sections[m.raw_start:m.raw_end]) == fold(m.text) for m in late)


def test_one_entity_and_one_holding_per_thing_across_sections(monkeypatch):
    text = ("محمد میرزابیگی مدیرکل تأمین اجتماعی استان تهران گفت: این طرح اجرا شد.\n\n" * 3)
    monkeypatch.setattr(sections, "SECTION_CHARS", len(text) // 3 - 5)
    assert len(cut(text)) == 3
    x = extract_text("doc", text)
    people = [e for e in x.entities if e.label == "Person"]
    assert len(people) == 1 and len(people[0].mentions) == 3
    assert len(x.holdings) == 1 and len(x.holdings[0].mentions) == 6   # a name and a title each time


def test_sections_on_two_processes_give_what_one_gives(two_sections):
    pool = SectionPool(2)
    try:
        parallel = extract_text("doc", two_sections, mapper=pool)
        assert pool.executor is not None   # the sections did go to other processes
    finally:
        pool.close()
    assert list(parallel.records()) == list(extract_text("doc", two_sections).records())


def test_each_headline_of_a_press_review_is_a_news_item_of_its_own():
    text = ("سرخط روزنامه‌ها\n\n* حیات نو اقتصادی - رئیس کمیسیون برنامه و بودجه اعلام کرد: تغییرات در بودجه "
            "- سید هادی خامنه‌ای خبرداد: اصرار بر حضور موسوی - دکتر عبدالله رمضان‌زاده: رفتار ناموجه است")
    x = extract_text("d", text)
    starts = [text[a:b].split()[0] for a, b in x.items]
    assert starts[-3:] == ["رئیس", "سید", "دکتر"]
