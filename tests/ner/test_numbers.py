import math

import pytest
from hypothesis import given, settings, strategies as st

from loader.ner.numbers import (
    is_date_like,
    parse_number,
    parse_ordinal,
    scan_numbers,
)

NUMBERS = [
    ("یک میلیون و 140 هزار", 1_140_000),
    ("225 هزار و 644", 225_644),
    ("12 هزار و 859", 12_859),
    ("11 هزار میلیارد", 11e12),
    ("هزار و 850 میلیارد", 1.85e12),
    ("هزار و850 میلیارد", 1.85e12),
    ("5 میلیارد و 500 میلیون", 5.5e9),
    ("2 میلیارد و 100 میلیون", 2.1e9),
    ("3 میلیون و 100 هزار", 3_100_000),
    ("3 میلیارد و 805 میلیون", 3.805e9),
    ("2/5", 2.5),
    ("7.27", 7.27),
    ("1,234,000", 1_234_000),
    ("یک سوم", 1 / 3),
    ("دو پنجم", 0.4),
    ("دو سال و نیم", 2.5),
    ("نیم", 0.5),
    ("یک و نیم میلیون", 1.5e6),
    ("نیم میلیون", 5e5),
    ("چهل‌وشش", 46),
    ("چهل و شش", 46),
    ("بیست و نه", 29),
    ("صد و بیست و پنج", 125),
    ("دویست", 200),
    ("هزار", 1000),
    ("هزار و 500", 1500),
    ("یک میلیون", 1e6),
    ("6000 میلیارد", 6e12),
    ("نه هزار", 9000),
    ("صفر", 0),
    ("ده", 10),
    ("6 میلیاردی", 6e9),
    ("یک میلیونی", 1e6),
    ("یکهزار", 1000),
    ("یک‌هزار و 358", 1358),
]


@pytest.mark.parametrize("text,expected", NUMBERS)
def test_parse_number(text, expected):
    v = parse_number(text)
    assert v is not None and math.isclose(v, expected, rel_tol=1e-12), (text, v)


@pytest.mark.parametrize("text", [
    "یکی از", "1402/01/25", "1401/05", "99 و 50", "", "   ", "سلام", "نه",
    "20 هزار و 30 هزار", "میلیون‌ها", "12,34", "میلیاردی",
])
def test_parse_number_none(text):
    assert parse_number(text) is None


ORDINALS = [
    ("چهل‌وششمین", 46), ("چهل و ششم", 46), ("دوم", 2), ("دومین", 2),
    ("نخست", 1), ("نخستین", 1), ("اول", 1), ("اولین", 1), ("یکم", 1),
    ("هشتم", 8), ("سوم", 3), ("سومین", 3), ("چهارم", 4), ("دهم", 10),
    ("یازدهم", 11), ("بیستم", 20), ("بیست و یکم", 21), ("بیست‌ویکم", 21),
    ("سی‌ام", 30), ("سی و یکم", 31), ("صدم", 100), ("46مین", 46),
]


@pytest.mark.parametrize("text,expected", ORDINALS)
def test_parse_ordinal(text, expected):
    assert parse_ordinal(text) == expected


@pytest.mark.parametrize("text", ["", "سلام", "مردم", "هشت", "م"])
def test_parse_ordinal_none(text):
    assert parse_ordinal(text) is None


def _vals(text):
    return [(s.text, s.value) for s in scan_numbers(text)]


def test_scan_two_numbers_joined_by_va():
    assert _vals("اصلاح ماده 99 و 50 قانون") == [("99", 99), ("50", 50)]


def test_scan_merges_scale_and():
    text = "استان یک میلیون و 140 هزار نفر جمعیت دارد و 225 هزار و 644 نفر"
    assert _vals(text) == [("یک میلیون و 140 هزار", 1_140_000), ("225 هزار و 644", 225_644)]


def test_scan_va_not_swallowed_before_words():
    # "و" followed by a non-number stays outside the span
    assert _vals("20 هزار و بیمه") == [("20 هزار", 20_000)]


def test_scan_repeated_scale_splits():
    assert _vals("20 هزار و 30 هزار") == [("20 هزار", 20_000), ("30 هزار", 30_000)]


def test_scan_yeki_is_not_number():
    assert scan_numbers("یکی از مشکلات") == []


def test_scan_yek_is_number():
    assert _vals("فقط یک شعبه") == [("یک", 1)]


def test_scan_skips_dates():
    assert scan_numbers("در تاریخ 1402/01/25 اعلام شد") == []
    assert is_date_like("1402/01/25")
    assert is_date_like("1401/05")
    assert not is_date_like("2/5")


def test_scan_digits_glued_to_letters():
    assert _vals("قریب به550 میلیون") == [("550 میلیون", 5.5e8)]


def test_scan_na_negation_ignored():
    assert scan_numbers("نه کارفرما و نه کارگر") == []


def test_scan_fraction():
    assert _vals("تنها یک سوم این حق‌بیمه‌ها")[0][0] == "یک سوم"


@pytest.mark.parametrize("text,expected", [
    ("15 درصد", 15), ("2/5 درصدی", 2.5), ("84 درصدی", 84), ("15%", 15),
])
def test_percent_numbers(text, expected):
    sp = scan_numbers(text)
    assert sp and math.isclose(sp[0].value, expected)


def test_parse_number_rejects_non_str():
    assert parse_number(None) is None  # type: ignore[arg-type]
    assert parse_ordinal(5) is None  # type: ignore[arg-type]


_ALPHABET = st.sampled_from(list("0123456789./,٬ و یکدوسهچهارپنجششهفتهشتنهدهبیستصدهزارمیلیونمیلیاردنیم\u200c%٪")) 
_TEXT = st.one_of(st.text(), st.text(alphabet=_ALPHABET, max_size=60))


@settings(max_examples=300, deadline=None)
@given(_TEXT)
def test_scan_numbers_properties(text):
    spans = scan_numbers(text)
    prev_end = 0
    for s in spans:
        assert 0 <= s.start < s.end <= len(text)
        assert s.start >= prev_end
        assert s.text == text[s.start:s.end]
        assert isinstance(s.value, float) and not math.isnan(s.value)
        prev_end = s.end
    parse_number(text)
    parse_ordinal(text)


def test_pathological_inputs_are_bounded():
    assert scan_numbers("بیستو" * 5000) == []
    assert parse_ordinal("بیستو" * 5000 + "م") is None
    assert len(scan_numbers("هزار و " * 2000)) == 2000


def test_digits_the_scan_cannot_read_leave_their_scale_no_number_of_its_own():
    from loader.ner.numbers import scan_numbers
    assert scan_numbers("ذخایر به بیش از 94/8712 میلیارد دلار رسید") == []
    assert [n.value for n in scan_numbers("هزار نفر آمدند و 30/9 میلیارد")] == [1000.0, 30.9e9]


def test_an_amount_counted_in_thousands_of_rials_is_one_number():
    """`357 میلیون و 839 هزار و 740 هزار ریال` is 357,839,740 thousand rials, where the scan read
    `740 هزار` alone; without a currency after it a repeated scale still ends the number."""
    text = "سرمایه 357 میلیون و 839 هزار و 740 هزار ریال و یک میلیارد و 74 میلیون و 933 هزار و 23 هزار ریال است"
    assert [n.value for n in scan_numbers(text)] == [357_839_740_000, 1_074_933_023_000]
    assert [n.value for n in scan_numbers("بین 2 میلیون و 20 هزار و 30 هزار نفر")] == [2_020_000, 30_000]


def test_thousands_of_billions_are_one_number():
    """`۷ هزار و ۴۰۰ هزار میلیارد تومان`: 7,400 thousand billion, the repeated `هزار` counting the
    billions after it (not `7 هزار` and `400 هزار میلیارد`)."""
    assert [n.value for n in scan_numbers("نقدینگی به ۷ هزار و ۴۰۰ هزار میلیارد تومان رسید")] == [7.4e15]
    assert [n.value for n in scan_numbers("بین 20 هزار و 30 هزار نفر")] == [20_000, 30_000]


def test_a_slash_decimal_may_have_three_places():
    # `16/400 متر` (16.4 m) once the normalizer has set a reversed decimal in reading order
    assert [n.value for n in scan_numbers("عمق 16/400 متر")] == [16.4]
