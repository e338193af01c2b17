import math

import pytest
from hypothesis import given, settings, strategies as st

from loader.ner.units import (
    MONEY, PERCENT, QUANTITY, RATIO, load_units, scan_quantities, to_rial,
)

CASES = [
    # text, span text, value, unit, kind
    ("137 میلیارد تومان", "137 میلیارد تومان", 137e9, "toman", MONEY),
    ("5 میلیارد ریال", "5 میلیارد ریال", 5e9, "rial", MONEY),
    ("حدود 5 میلیارد و 500 میلیون تومان جبران", "5 میلیارد و 500 میلیون تومان", 5.5e9, "toman", MONEY),
    ("15 درصد", "15 درصد", 15, "percent", PERCENT),
    ("رشد 2/5 درصدی", "2/5 درصدی", 2.5, "percent", PERCENT),
    ("84 درصدی", "84 درصدی", 84, "percent", PERCENT),
    ("15% رشد", "15%", 15, "percent", PERCENT),
    ("رشد ٪15", "٪15", 15, "percent", PERCENT),
    ("20 هزار نفر", "20 هزار نفر", 20_000, "person", QUANTITY),
    ("197 تختخوابی", "197 تختخوابی", 197, "bed", QUANTITY),
    ("197 تخت‌خوابی", "197 تخت‌خوابی", 197, "bed", QUANTITY),
    ("225 هزار و 644 نفر", "225 هزار و 644 نفر", 225_644, "person", QUANTITY),
    ("یک میلیون و 500 هزار نفری", "یک میلیون و 500 هزار نفری", 1.5e6, "person", QUANTITY),
    ("12 هزار و 859 کارگاه", "12 هزار و 859 کارگاه", 12_859, "workshop", QUANTITY),
    ("هزار و 500 زوج", "هزار و 500 زوج", 1500, "couple", QUANTITY),
    ("30 هزار بازرسی", "30 هزار بازرسی", 30_000, "inspection", QUANTITY),
    ("60 قسط", "60 قسط", 60, "installment", QUANTITY),
    ("24 ساعته", "24 ساعته", 24, "hour", QUANTITY),
    ("دو سال و نیم", "دو سال و نیم", 2.5, "year", QUANTITY),
    ("1000 متر مربع", "1000 متر مربع", 1000, "square_meter", QUANTITY),
    ("1000 مترمربع", "1000 مترمربع", 1000, "square_meter", QUANTITY),
    ("بارش 26 میلی متر باران", "26 میلی متر", 26, "millimeter", QUANTITY),   # the ZWNJ written as a space
    ("26 میلی‌متری", "26 میلی‌متری", 26, "millimeter", QUANTITY),
    ("10 برابر", "10 برابر", 10, "times_ratio", RATIO),
    ("رشد 10 برابری", "10 برابری", 10, "times_ratio", RATIO),
    ("7.27", "7.27", 7.27, None, QUANTITY),
    ("یک میلیون بار", "یک میلیون بار", 1e6, "times", QUANTITY),
    ("سالانه 50 میلیارد پوند قمار", "50 میلیارد پوند", 50e9, "gbp", MONEY),
    ("300 هزار درهم", "300 هزار درهم", 300_000, "aed", MONEY),
    ("2 میلیون روبل", "2 میلیون روبل", 2e6, "rub", MONEY),
]


@pytest.mark.parametrize("text,span,value,unit,kind", CASES)
def test_scan_quantities(text, span, value, unit, kind):
    qs = scan_quantities(text)
    assert len(qs) == 1, qs
    q = qs[0]
    assert q.text == span == text[q.start:q.end]
    assert math.isclose(q.value, value)
    assert q.unit == unit
    assert q.kind == kind
    assert text[q.number_start:q.number_end].strip()


def test_implied_currency():
    (q,) = scan_quantities("حدود 300 میلیارد کسری منابع داشتیم")
    assert q.kind == MONEY and q.unit is None and q.implied_currency
    assert math.isclose(q.value, 300e9)
    assert q.qualifier == "approx"


def test_millions_without_unit_are_not_money():
    (q,) = scan_quantities("بیش از 46 میلیون از جمعیت")
    assert q.kind == QUANTITY and not q.implied_currency and q.qualifier == "gt"


def test_two_numbers_joined_by_va():
    qs = scan_quantities("ماده 99 و 50 قانون")
    assert [q.value for q in qs] == [99, 50]


def test_range_inherits_unit():
    a, b = scan_quantities("2 تا 3 درصد")
    assert a.unit == b.unit == "percent" and a.inherited_unit and not b.inherited_unit
    assert a.text == "2"


def test_exclude_dates():
    text = "در سال 1401 حدود 20 هزار نفر"
    assert [q.value for q in scan_quantities(text)] == [1401, 20_000]
    assert [q.value for q in scan_quantities(text, exclude_dates=True)] == [20_000]


def test_rial_toman_distinct():
    assert to_rial(5, "toman") == 50
    assert to_rial(5, "rial") == 5
    assert to_rial(5, "percent") is None
    assert to_rial(5, None) is None


def test_units_table_has_variants():
    t = load_units()
    assert t["تخت‌خوابی"].unit == t["تختخوابی"].unit == "bed"
    assert t["ریال"].unit == "rial" and t["تومان"].unit == "toman"


def test_unit_needs_word_boundary():
    # "نفرات" is not "نفر"; "ماهی" is not "ماه"
    (q,) = scan_quantities("5 نفرات")
    assert q.unit is None


_ALPHABET = st.sampled_from(list("0123456789./,% ٪و یکدوسهنیم هزار میلیون میلیارد تومان ریال درصدی نفر برابر\u200c"))
_TEXT = st.one_of(st.text(), st.text(alphabet=_ALPHABET, max_size=80))


@settings(max_examples=300, deadline=None)
@given(_TEXT, st.booleans())
def test_scan_quantities_properties(text, excl):
    qs = scan_quantities(text, exclude_dates=excl)
    prev_end = 0
    for q in qs:
        assert 0 <= q.start < q.end <= len(text)
        assert q.start >= prev_end
        assert q.start <= q.number_start < q.number_end <= q.end
        assert q.text == text[q.start:q.end]
        assert q.kind in (MONEY, PERCENT, QUANTITY, RATIO)
        prev_end = q.end


@pytest.mark.parametrize("text, value, unit", [("یک تن و 200 کیلو مواد", 1.2, "ton"),
                                               ("وزن 79 کیلو و 840 گرم", 79.84, "kilogram"),
                                               ("2 ساعت و 30 دقیقه طول کشید", 2.5, "hour"),
                                               ("یک تن و نیم مواد", 1.5, "ton")])
def test_a_measure_and_its_smaller_part_are_one_figure_in_the_larger_unit(text, value, unit):
    (q,) = scan_quantities(text)
    assert (round(q.value, 6), q.unit) == (value, unit)


def test_a_scale_word_after_a_range_scales_both_ends():
    """`30 تا 40 هزار تن` is 30,000 to 40,000 tons; `500 تا 2 هزار` keeps its 500."""
    from loader.pipeline import extract_text
    values = lambda t: [f.value for f in extract_text("d", t).figures]  # noqa: E731
    assert values("ظرفیت 30 تا 40 هزار تن است.") == [30000, 40000]
    assert values("بین 500 تا 2 هزار نفر آمدند.") == [500, 2000]


@pytest.mark.parametrize("text, value", [("6 دهم درصد", 0.6), ("29 صدم درصد", 0.29), ("شش دهم درصد", 0.6)])
def test_tenths_and_hundredths_of_a_unit(text, value):
    [q] = scan_quantities(f"شاخص کل {text} افت کرد.")
    assert (q.text, q.value, q.unit) == (text, value, "percent")


def test_a_day_of_the_month_is_no_fraction():
    assert [q.text for q in scan_quantities("در دهم فروردین 5 درصد رشد کرد.")] == ["5 درصد"]


def test_percent_written_apart_is_a_percent_not_a_hundred():
    assert [(q.text, q.value, q.unit) for q in scan_quantities("این کار صد در صد انجام شد و 20 در صد رشد داشت.")] == \
        [("صد در صد", 100.0, "percent"), ("20 در صد", 20.0, "percent")]


@pytest.mark.parametrize("text, unit", [
    ("سیل متاسفانه 21 تن کشته برجای گذاشت.", "person"),
    ("سه تن از اعضای شورا استعفا دادند.", "person"),
    ("حداقل 60 تن در این حادثه کشته شدند.", "person"),
    ("تعداد جان باختگان به ۲۲۱۱۵ تن رسید.", "person"),
    ("مرگ یک تن را به دنبال داشت.", "person"),
    ("تولید از 500 تن به بیشتر رسید.", "ton"),
    ("2 میلیون تن از اهداف برنامه محقق نشد.", "ton"),
    ("ظرفیت 500 تن در دست احداث است.", "ton"),
])
def test_ton_counts_people_where_the_words_around_it_say_so(text, unit):
    """`تن` (a body) counts people before casualty words or `از` and a group of people, and after
    a count of the dead; elsewhere it weighs tons (`unit_senses.tsv`)."""
    [q] = scan_quantities(text)
    assert q.unit == unit


@pytest.mark.parametrize("text, unit", [
    ("این کتاب که در 2000 نسخه چاپ شده است منتشر شد.", "copy"),
    ("با ارائه دو نسخه از کتاب خود شرکت کنند.", "copy"),
    ("چاپ اول کتاب تاسوکی در هزار و 500 نسخه راهی بازار می‌شود.", "copy"),
    ("تاکنون 12 میلیون نسخه الکترونیک ثبت شده است.", "prescription"),
    ("روزانه 500 نسخه در داروخانه‌ها پیچیده می‌شود.", "prescription"),
])
def test_a_copy_of_a_book_is_no_prescription(text, unit):
    """`نسخه` counts prescriptions in health news, and copies where a book or a print run is
    named beside it (`unit_senses.tsv`)."""
    [q] = scan_quantities(text)
    assert q.unit == unit


@pytest.mark.parametrize("text, unit", [
    ("مبلغ 135 میلیون ریال سعودی بدهی دارد", "sar"),
    ("او 500 ریال عمانی پرداخت کرد", "omr"),
    ("قیمت 20 دلار کانادا شد", "cad"),
    ("قیمت 20 دلار شد", "usd"),
])
def test_a_rial_or_a_dollar_of_another_state_is_that_states_currency_with_no_rial_value(text, unit):
    [q] = [q for q in scan_quantities(text) if q.kind == MONEY]
    assert q.unit == unit
    assert (to_rial(q.value, q.unit) is None) == (unit != "rial")
