import pytest
from hypothesis import given, settings, strategies as st

from loader.ner.dates import infer_doc_year, month_length, scan_dates

# text, span text, year, month, day, precision, start, end, relative, resolved
CASES = [
    ("در سال 1401", "سال 1401", 1401, None, None, "year", "1401-01-01", "1401-12-29", False, True),
    ("سال1401", "سال1401", 1401, None, None, "year", "1401-01-01", "1401-12-29", False, True),
    ("سال 1403", "سال 1403", 1403, None, None, "year", "1403-01-01", "1403-12-30", False, True),
    ("تاریخ 1402/01/25 است", "1402/01/25", 1402, 1, 25, "day", "1402-01-25", "1402-01-25", False, True),
    ("25/01/1402", "25/01/1402", 1402, 1, 25, "day", "1402-01-25", "1402-01-25", False, True),
    ("ما در سال 92 نمی‌توانستیم", "سال 92", 1392, None, None, "year", "1392-01-01", "1392-12-29", False, True),
    ("در اسفندماه سال 1400 حدود", "اسفندماه سال 1400", 1400, 12, None, "month", "1400-12-01", "1400-12-29", False, True),
    ("فروردین‌ماه سال 1401", "فروردین‌ماه سال 1401", 1401, 1, None, "month", "1401-01-01", "1401-01-31", False, True),
    ("در فروردینماه 1401 به", "فروردینماه 1401", 1401, 1, None, "month", "1401-01-01", "1401-01-31", False, True),
    ("در مردادماه سال 1401 نیز", "مردادماه سال 1401", 1401, 5, None, "month", "1401-05-01", "1401-05-31", False, True),
    ("در دیماه به 940", "دیماه", 1401, 10, None, "month", "1401-10-01", "1401-10-30", True, True),
    ("دی‌ماه", "دی‌ماه", 1401, 10, None, "month", "1401-10-01", "1401-10-30", True, True),
    ("روز چهارشنبه 5 مهرماه به", "روز چهارشنبه 5 مهرماه", 1401, 7, 5, "day", "1401-07-05", "1401-07-05", True, True),
    ("هشتم مهرماه 1401", "هشتم مهرماه 1401", 1401, 7, 8, "day", "1401-07-08", "1401-07-08", False, True),
    ("ظهر شنبه هشتم مهرماه", "ظهر شنبه هشتم مهرماه", 1401, 7, 8, "day", "1401-07-08", "1401-07-08", True, True),
    ("بیست و یکم اسفند 1401", "بیست و یکم اسفند 1401", 1401, 12, 21, "day", "1401-12-21", "1401-12-21", False, True),
    ("شش ماهه اول سال 1401", "شش ماهه اول سال 1401", 1401, None, None, "half_year", "1401-01-01", "1401-06-31", False, True),
    ("شش ماهه دوم سال 1401", "شش ماهه دوم سال 1401", 1401, None, None, "half_year", "1401-07-01", "1401-12-29", False, True),
    ("طی شش ماه نخست سال 1401 حدود", "شش ماه نخست سال 1401", 1401, None, None, "half_year", "1401-01-01", "1401-06-31", False, True),
    ("سه ماهه چهارم سال 1401", "سه ماهه چهارم سال 1401", 1401, None, None, "quarter", "1401-10-01", "1401-12-29", False, True),
    ("سه ماهه چهارم سال 1403", "سه ماهه چهارم سال 1403", 1403, None, None, "quarter", "1403-10-01", "1403-12-30", False, True),
    ("نه ماهه نخست امسال", "نه ماهه نخست امسال", 1401, None, None, "range", "1401-01-01", "1401-09-30", True, True),
    ("در شش ماهه اول سال، توانستیم", "شش ماهه اول سال", 1401, None, None, "half_year", "1401-01-01", "1401-06-31", True, True),
    ("اواخر تیرماه سال گذشته", "اواخر تیرماه سال گذشته", 1400, 4, None, "range", "1400-04-21", "1400-04-31", True, True),
    ("اواخر تیرماه", "اواخر تیرماه", 1401, 4, None, "range", "1401-04-21", "1401-04-31", True, True),
    ("از ابتدای امسال تاکنون", "از ابتدای امسال تاکنون", 1401, None, None, "range", "1401-01-01", None, True, True),
    ("تا پایان سال 1401", "پایان سال 1401", 1401, 12, 29, "day", "1401-12-29", "1401-12-29", False, True),
    ("سال گذشته", "سال گذشته", 1400, None, None, "year", "1400-01-01", "1400-12-29", True, True),
    ("پارسال", "پارسال", 1400, None, None, "year", "1400-01-01", "1400-12-29", True, True),
    ("امسال", "امسال", 1401, None, None, "year", "1401-01-01", "1401-12-29", True, True),
    ("سال جاری", "سال جاری", 1401, None, None, "year", "1401-01-01", "1401-12-29", True, True),
    ("سال قبل", "سال قبل", 1400, None, None, "year", "1400-01-01", "1400-12-29", True, True),
    ("دو سال اخیر", "دو سال اخیر", None, None, None, "range", "1400-01-01", "1401-12-29", True, True),
    ("از حدود 10 سال قبل", "10 سال قبل", None, None, None, "range", "1391-01-01", "1391-12-30", True, True),
    ("سال‌های 1400 تا 1401", "سال‌های 1400 تا 1401", None, None, None, "range", "1400-01-01", "1401-12-29", False, True),
    ("فصل بهار", "فصل بهار", 1401, None, None, "season", "1401-01-01", "1401-03-31", True, True),
    ("زمستان 1401", "زمستان 1401", 1401, None, None, "season", "1401-10-01", "1401-12-29", False, True),
    ("نیمه اول سال 1401", "نیمه اول سال 1401", 1401, None, None, "half_year", "1401-01-01", "1401-06-31", False, True),
    ("1401/05", "1401/05", 1401, 5, None, "month", "1401-05-01", "1401-05-31", False, True),
]


@pytest.mark.parametrize("text,span,y,m,d,prec,sd,ed,rel,res", CASES)
def test_scan_dates(text, span, y, m, d, prec, sd, ed, rel, res):
    ds = scan_dates(text, doc_year=1401)
    assert len(ds) == 1, ds
    x = ds[0]
    assert x.text == span == text[x.start:x.end]
    assert (x.year, x.month, x.day, x.precision) == (y, m, d, prec)
    assert (x.start_date, x.end_date) == (sd, ed)
    assert (x.relative, x.resolved) == (rel, res)


def test_gregorian():
    (x,) = scan_dates("1402/01/25")
    assert x.gregorian_start == x.gregorian_end == "2023-04-14"
    (x,) = scan_dates("سال 1401")
    assert (x.gregorian_start, x.gregorian_end) == ("2022-03-21", "2023-03-20")


def test_relative_unresolved_without_doc_year():
    (x,) = scan_dates("سال گذشته")
    assert x.relative and not x.resolved and x.year is None and x.start_date is None
    (x,) = scan_dates("دو سال اخیر")
    assert x.precision == "range" and not x.resolved


def test_weekday_only():
    (x,) = scan_dates("ظهر شنبه", doc_year=1401)
    assert x.text == "ظهر شنبه" and x.relative and not x.resolved and x.precision == "day"


@pytest.mark.parametrize("text", [
    "دی گفت", "مهر و محبت", "تیر خلاص", "بهمن آمد", "مرکز 1420", "ماده 99 و 50",
    "سالهای", "5 سالگی", "بهار", "1402/13/01", "1401/12/30",
])
def test_no_date(text):
    assert scan_dates(text, doc_year=1401) == []


def test_month_length():
    assert month_length(1401, 1) == 31
    assert month_length(1401, 7) == 30
    assert month_length(1401, 12) == 29
    assert month_length(1403, 12) == 30


def test_infer_doc_year():
    assert infer_doc_year("در سال 1400 و سال 1401 رشد داشت") == 1401
    assert infer_doc_year("امسال (1401) نسبت به سال 1399") == 1401
    assert infer_doc_year("ما در سال 92 نمی‌توانستیم") is None
    assert infer_doc_year("بدون تاریخ") is None
    assert infer_doc_year("مرکز 1420 و سال 1399") == 1399


_ALPHABET = st.sampled_from(list("0123456789/ سالماهمهرفروردیندیاسفندامسالگذشتهششاولنخستدومشنبه‌\u200c"))
_TEXT = st.one_of(st.text(), st.text(alphabet=_ALPHABET, max_size=80))


@settings(max_examples=300, deadline=None)
@given(_TEXT, st.one_of(st.none(), st.integers(min_value=-10_000, max_value=10_000)))
def test_scan_dates_properties(text, doc_year):
    ds = scan_dates(text, doc_year=doc_year)
    prev_end = 0
    for d in ds:
        assert 0 <= d.start < d.end <= len(text)
        assert d.start >= prev_end
        assert d.text == text[d.start:d.end]
        assert d.resolved == (d.start_date is not None)
        prev_end = d.end
    infer_doc_year(text)


@pytest.mark.parametrize("text, span, precision, jalali, gregorian", [
    ("روز 22 ژوئن 2004 میلادی اعلام شد", "22 ژوئن 2004 میلادی", "day", ("1383-04-02", "1383-04-02"),
     ("2004-06-22", "2004-06-22")),
    ("در مارس 2003 حمله آغاز شد", "مارس 2003", "month", ("1381-12-10", "1382-01-11"), ("2003-03-01", "2003-03-31")),
    ("سال 2006 میلادی", "سال 2006 میلادی", "year", ("1384-10-11", "1385-10-10"), ("2006-01-01", "2006-12-31")),
    ("در 2004 میلادی", "2004 میلادی", "year", ("1382-10-11", "1383-10-11"), ("2004-01-01", "2004-12-31")),
    ("در 5 مه 2005", "5 مه 2005", "day", ("1384-02-15", "1384-02-15"), ("2005-05-05", "2005-05-05")),
])
def test_gregorian_dates_of_foreign_news(text, span, precision, jalali, gregorian):
    (x,) = scan_dates(text, doc_year=1392)
    assert (x.text, x.precision, (x.start_date, x.end_date), (x.gregorian_start, x.gregorian_end)) \
        == (span, precision, jalali, gregorian)


def test_a_gregorian_day_without_year_is_in_the_documents_year():
    (x,) = scan_dates("در 18 اکتبر گذشته", doc_year=1392)
    assert x.relative and x.gregorian_start == "2013-10-18" and x.start_date == "1392-07-26"
    (x,) = scan_dates("در 10 ژانویه", doc_year=1392)
    assert x.gregorian_start == "2014-01-10"  # Dey 1392 is in January 2014


@pytest.mark.parametrize("text", ["تعداد به 18 می رسد", "وی 18 می‌گوید", "سال 20", "1500 نفر", "مه غلیظ 2004"])
def test_may_is_a_month_only_before_a_gregorian_year(text):
    assert all("می" not in d.text and "مه" not in d.text for d in scan_dates(text, doc_year=1392))


def test_a_two_digit_year_after_a_month_where_no_noun_follows_it():
    (x,) = scan_dates("در مهر 98، کار آغاز شد", doc_year=1401)
    assert (x.text, x.year, x.month) == ("مهر 98", 1398, 7)
    (y,) = scan_dates("در 15 خرداد 20 نفر آمدند", doc_year=1401)
    assert (y.text, y.year) == ("15 خرداد", 1401)
