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


def test_text_typed_with_arabic_letters_writes_its_slash_decimals_reversed():
    # the editors of the Arabic-keyboard era showed `17/5` as `5/17`; the normalized text is in
    # reading order, the raw span of the number unchanged, dates left as written
    raw = "خبرگزاري فارس: جابه جايي مسافر از 5/17 به 34 ميليون نفر مي‌رسد و عمق آن 400/16 متر در تاريخ 24/10/1385 است."
    d = normalize(raw)
    assert "از 17/5 به" in d.text and "16/400 متر" in d.text and "24/10/1385" in d.text
    start = d.text.index("17/5")
    a, b = d.to_raw(start, start + 4)
    assert raw[a:b] == "5/17"


def test_text_typed_with_persian_letters_keeps_its_slash_decimals():
    # an Arabic phrase quoted in Persian text does not make it legacy text
    d = normalize("بسم الله الرحمن الرحيم. رشد 2/5 درصدی در این استان ثبت شد و 12/4 میلیون نفر بیمه‌اند.")
    assert "2/5 درصدی" in d.text and "12/4 میلیون" in d.text
