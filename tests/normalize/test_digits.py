from loader.normalize import normalize


def test_persian_and_arabic_digits():
    assert normalize("سال ۱۴۰۱ و ٢٠٢٣").text == "سال 1401 و 2023"


def test_decimal_separators():
    assert normalize("۷٫۲۷ و ۱٬۲۳۴").text == "7.27 و 1,234"


def test_numbers_stay_whole(corpus):
    text = normalize(corpus["000_06211529e3fb513d.txt"]).text
    assert "7.27" in text
    d = normalize("رشد 2/5 درصدی در تاریخ 1402/01/25 با مبلغ 1,234,000 ریال")
    for n in ("2/5", "1402/01/25", "1,234,000"):
        assert n in d.text
    text2 = normalize(corpus["002_baa149da528b4423.txt"]).text
    assert "2/5" in text2 and "1401" in text2


def test_only_ascii_digits_in_corpus(corpus):
    for raw in corpus.values():
        t = normalize(raw).text
        assert not any(c in t for c in "۰۱۲۳۴۵۶۷۸۹٠١٢٣٤٥٦٧٨٩")


def test_number_not_split_into_sentences():
    d = normalize("نسبت به 7.27 رسیده است. این زنگ خطر است.")
    assert len(d.sentences) == 2
    assert "7.27" in d.sentences[0].text
