"""Fuzzing the normalizer, the number and date parsers and the whole extractor with hypothesis:
no crash, and every span inside the raw text, on arbitrary and on Persian-heavy Unicode.

Bounded (max_examples=150, no deadline) so CI stays fast.
"""
from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from loader.ner.dates import infer_doc_year, scan_dates
from loader.pipeline import extract_text
from loader.ner.numbers import parse_number, parse_ordinal, scan_numbers
from loader.normalize import normalize

PERSIAN_LETTERS = "ابپتثجچحخدذرزژسشصضطظعغفقکگلمنوهیآأؤئءةيكۀ"
DIGITS = "0123456789" + "۰۱۲۳۴۵۶۷۸۹" + "٠١٢٣٤٥٦٧٨٩"
MARKS = "\u200c\u0640«»()،.؛:؟!/٬٫%-\n \n\n\t"
WORDS = ["میلیارد", "میلیون", "هزار", "تومان", "ریال", "درصد", "نفر", "سال", "ماه", "فروردین", "اسفند",
         "۱۴۰۲", "1401/12/29", "دو", "سی", "و", "نیم", "مدیرکل", "تأمین‌اجتماعی", "استان", "قم", "گفت:",
         "سرپرست", "اداره کل", "علی", "موسوی", "امسال", "گذشته", "دکتر", "بیمارستان", "قانون"]

persian_text = st.lists(
    st.one_of(st.text(alphabet=PERSIAN_LETTERS + DIGITS + MARKS, min_size=1, max_size=12), st.sampled_from(WORDS)),
    max_size=60).map(" ".join)
any_text = st.text(max_size=300)
texts = st.one_of(persian_text, any_text, st.tuples(persian_text, any_text).map("".join))
FUZZ = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@FUZZ
@given(texts)
def test_normalize_keeps_offsets_inside_the_raw_text(raw):
    doc = normalize(raw)
    assert doc.raw == raw
    for s in doc.sentences:
        assert 0 <= s.raw_start <= s.raw_end <= len(raw)
        assert 0 <= s.start <= s.end <= len(doc.text)
    for b in doc.blocks:
        assert 0 <= b.start <= b.end <= len(doc.text)
    a, b = doc.to_raw(0, len(doc.text))
    assert 0 <= a <= b <= len(raw)


@FUZZ
@given(texts)
def test_number_parsers_never_crash(text):
    for span in scan_numbers(text):
        assert 0 <= span.start < span.end <= len(text) and text[span.start:span.end] == span.text
    value = parse_number(text)
    assert value is None or isinstance(value, (int, float))
    ordinal = parse_ordinal(text)
    assert ordinal is None or isinstance(ordinal, int)


@FUZZ
@given(texts, st.one_of(st.none(), st.integers(1300, 1450)))
def test_date_parser_never_crashes(text, year):
    previous_end = 0
    for d in scan_dates(text, year):
        assert previous_end <= d.start < d.end <= len(text) and text[d.start:d.end] == d.text
        previous_end = d.end
    guess = infer_doc_year(text)
    assert guess is None or isinstance(guess, int)


def _inside(raw: str, start: int, end: int) -> bool:
    return 0 <= start <= end <= len(raw)


@FUZZ
@given(texts)
def test_extract_text_never_crashes_and_spans_are_valid(raw):
    x = extract_text("fuzz", raw)
    for m in x.mentions:
        assert _inside(raw, m.raw_start, m.raw_end), m
    for h in x.holdings:
        assert _inside(raw, h.evidence.raw_start, h.evidence.raw_end), h
    for f in x.figures:
        assert _inside(raw, f.evidence.raw_start, f.evidence.raw_end), f
    for e in x.events:
        assert _inside(raw, e.evidence.raw_start, e.evidence.raw_end), e
    list(x.records())  # serialisable view does not crash either
