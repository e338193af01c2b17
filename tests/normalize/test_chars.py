from loader.normalize import normalize


def test_kashida_removed():
    assert normalize("ادارهکل تامیناجتماعی اســتان قم").text == "اداره‌کل تأمین‌اجتماعی استان قم"


def test_no_kashida_in_corpus(corpus):
    for raw in corpus.values():
        assert "ـ" not in normalize(raw).text


def test_arabic_letters_and_presentation_forms():
    d = normalize("علي كتاب ﻻ ﮐﺘﺎﺏ")
    assert "ي" not in d.text and "ك" not in d.text
    assert d.text.startswith("علی کتاب")
    assert "لا" in d.text


def test_diacritics_and_tanwin():
    assert normalize("کاملًا").text == "کاملاً"
    assert normalize("مُدیر").text == "مدیر"


def test_lam_alef_repair_from_lexicon():
    assert normalize("ســامت").text == "سلامت"
    assert normalize("گیــان").text == "گیلان"
    assert normalize("اصاح").text == "اصلاح"
    # real words are never touched
    assert normalize("سال").text == "سال"
