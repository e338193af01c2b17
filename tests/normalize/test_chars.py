import pytest

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


def test_glyph_shapes_of_presentation_forms_decide_word_breaks():
    """A joining letter drawn final before another letter breaks the word (`ﻣﻲﺷﻮﺩ`: the yeh is
    final, می‌شود); letters drawn joined stay joined whatever the lexicon prefers (`ﺧﻮﺷﺮﻭﻳﻲ`)."""
    d = normalize("ﻣﻲﺷﻮﺩ ﺧﻮﺷﺮﻭﻳﻲ")
    assert d.text == "می\u200cشود خوشرویی"
    zwnj = d.text.index("\u200c")
    assert d.to_raw(zwnj, zwnj + 1)[0] == 2   # between the yeh and the sheen of the raw text


def test_diacritics_and_tanwin():
    assert normalize("کاملًا").text == "کاملاً"
    assert normalize("مُدیر").text == "مدیر"


def test_lam_alef_repair_from_lexicon():
    """A PDF's text (its words stretched with kashidas) loses the lam of lam-alef ligatures."""
    assert normalize("ســامت و گیــان و اصاح و ســال").text == "سلامت و گیلان و اصلاح و سال"
    # real words are never touched
    assert normalize("سال").text == "سال"


@pytest.mark.parametrize("text", ["در ایامی که گذشت", "اطاق خواب", "میانمار یا برما", "لبنیات کاله", "دژ مارد"])
def test_web_text_has_lost_no_lam(text):
    """Web text stretches no word: a word the lexicon does not know there is not a lam-alef
    word missing its lam (`ایامی` is not `ایلامی`, `کاله` not `کلاله`)."""
    assert normalize(text).text == text


@pytest.mark.parametrize("invisible", ["\u2060", "\u034f", "\u3164", "\u061c", "\u2063", "\u115f", "\uffa0", "\u180e"],
                         ids=["word-joiner", "grapheme-joiner", "hangul-filler", "arabic-letter-mark",
                              "invisible-separator", "hangul-choseong-filler", "halfwidth-hangul-filler",
                              "mongolian-vowel-separator"])
def test_invisible_characters_inside_a_name_do_not_change_the_person(invisible):
    """Issue 19, point 9: `مو<U+2060>سوی` was a different person from `موسوی`."""
    from loader.pipeline import extract_text
    plain = "سید علی موسوی، مدیرکل تأمین‌اجتماعی استان قم گفت."
    hidden = plain.replace("موسوی", "مو" + invisible + "سوی")
    x, y = extract_text("d", plain), extract_text("d", hidden)
    assert [e.id for e in x.entities if e.label == "Person"] == [e.id for e in y.entities if e.label == "Person"] \
        == ["person:علیموسوی"]
    assert [(h.person_id, h.post.id) for h in x.holdings] == [(h.person_id, h.post.id) for h in y.holdings]
    offsets = next(m for m in y.mentions if m.label == "PERSON")
    assert hidden[offsets.raw_start:offsets.raw_end] == "سید علی مو" + invisible + "سوی"


def test_a_tanwin_in_presentation_form_follows_the_tanwin_rule():
    for raw, expected in (("ﹰ", ""), ("سلامﹰ", "سلام"), ("رسماﹰ", "رسماً")):
        assert normalize(raw).text == expected and normalize(expected).text == expected
