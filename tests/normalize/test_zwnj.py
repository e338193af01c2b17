import pytest

from loader.normalize import normalize
from loader.normalize.lexicon import get_lexicon
from loader.normalize.zwnj_eval import evaluate, evaluate_hazm, load_sample

Z = "\u200c"

CASES = {
    "تامیناجتماعی": "تأمین‌اجتماعی",
    "بیمهشدگان": "بیمه‌شدگان",
    "میتوانیم": "می‌توانیم",
    "کارگاههای": "کارگاه‌های",
    "شدهاند": "شده‌اند",
    "بهعنوان": "به‌عنوان",
    "کوتاهمدت": "کوتاه‌مدت",
    "پیشبینی": "پیش‌بینی",
    "حقبیمه": "حق‌بیمه",
    "حقبیمهها": "حق‌بیمه‌ها",
    "نمیتوانستیم": "نمی‌توانستیم",
    "اطلاعرسانی": "اطلاع‌رسانی",
    "بیمهای": "بیمه‌ای",
    "مهمترین": "مهم‌ترین",
}


@pytest.mark.parametrize("raw,want", CASES.items())
def test_word_repaired(raw, want):
    assert normalize(raw).text == want


@pytest.mark.parametrize("word", ["بیمه", "استان", "همچنین", "بیشتر", "کمتر", "بهار", "میز", "میدان",
                                  "بهداشت", "کارها", "اینکه", "میرهاشم"])
def test_existing_words_not_split(word):
    assert normalize(word).text == word


def test_corpus_lines():
    raw = "ماده 99 و 50 قانون تامیناجتماعی، اقســاط کوتاهمدت تا 60 قسط و ... در \nاین زمینه پیشبینی و ابلاغ شده است."
    t = normalize(raw).text
    for w in ("تأمین‌اجتماعی", "اقساط", "کوتاه‌مدت", "پیش‌بینی"):
        assert w in t


def test_zwnj_targets_on_sample():
    r = evaluate(load_sample())
    assert r["precision"] >= 0.95, r
    assert r["recall"] >= 0.90, r


def test_hazm_comparison_runs():
    r = evaluate_hazm(load_sample())
    assert 0 <= r["precision"] <= 1 and 0 <= r["recall"] <= 1


def test_inserted_zwnj_maps_to_zero_width():
    d = normalize("میتوانیم")
    i = d.text.index(Z)
    rs, re_ = d.to_raw(i, i + 1)
    assert rs == re_ == 2


def test_a_scale_word_with_the_and_glued_on_is_split_with_the_offsets_kept():
    raw = "6 هزارو 900 و دو میلیاردو 500"
    n = normalize(raw)
    assert n.text == "6 هزار و 900 و دو میلیارد و 500"
    i = n.text.index("900")
    assert n.to_raw(i, i + 3) == (raw.index("900"), raw.index("900") + 3)


def test_an_agent_participle_written_apart_closes_a_compound_with_the_noun_before_it():
    assert normalize("حمایت مصرف کنندگان و تولید کننده و شرکت کنندگان").text == \
        "حمایت مصرف‌کنندگان و تولیدکننده و شرکت‌کنندگان"
    assert normalize("از کننده").text == "از کننده"   # (after a preposition, no compound)


def test_an_action_noun_written_apart_closes_the_compound_the_lexicon_lists():
    assert normalize("وزیر ارتباطات و فن آوری اطلاعات از بهره برداری و جمع آوری خبر داد").text == \
        "وزیر ارتباطات و فن‌آوری اطلاعات از بهره‌برداری و جمع‌آوری خبر داد"
    assert normalize("او برداری را برد").text == "او برداری را برد"   # (no compound the lexicon lists)
    assert normalize("برنامه ریزی برای بهره وری و راه اندازی").text == "برنامه‌ریزی برای بهره‌وری و راه‌اندازی"


def test_an_agent_stem_written_apart_closes_the_compound_the_lexicon_lists_in_the_plural_too():
    assert normalize("دانش آموزان و علاقه مندان").text == "دانش‌آموزان و علاقه‌مندان"


def test_an_arabic_construct_written_apart_is_joined_but_not_a_name_or_two_persian_words():
    assert normalize("آژانس بین المللی انرژی اتمی در بیت المقدس").text == "آژانس بین‌المللی انرژی اتمی در بیت‌المقدس"
    assert normalize("روح الله عضو هیئت علمی صنایع دستی است").text == "روح الله عضو هیئت علمی صنایع دستی است"
    # (an honorific or a body with `الله` is no name: joined as the standard writes it)
    assert normalize("آیت الله خامنه ای و حزب الله لبنان").text == "آیت‌الله خامنه‌ای و حزب‌الله لبنان"


@pytest.mark.parametrize("raw, want", [
    ("این طرح زمینهای را فراهم کرده است.", "زمینه‌ای را"),
    ("واقعهای که در آن مردم ایستادند.", "واقعه‌ای که"),
    ("زمینهای کشاورزی آبیاری شد.", "زمین‌های کشاورزی"),
    ("پرداختهای با یورو انجام شد.", "پرداخت‌های با"),
])
def test_a_glued_hay_before_a_word_no_ezafe_precedes_is_the_words_ey(raw, want):
    assert want in normalize(raw).text


@pytest.mark.parametrize("raw, want", [
    ("نشستهای تخصصی برگزار شد.", "نشست‌های تخصصی"),
    ("خریدهای خارجی کاهش یافت.", "خریدهای خارجی"),     # (after د no ZWNJ: the plural, not `خریده‌ای`)
    ("شکستهای بیشتری خوردند.", "شکست‌های بیشتری"),
    ("خریدهای را پس داد.", "خریده‌ای را"),              # (before `را` the word in ه with its `ای`)
])
def test_a_glued_hay_after_a_noun_that_is_also_a_past_stem_is_its_plural_before_a_word(raw, want):
    assert want in normalize(raw).text


@pytest.mark.parametrize("raw, want", [
    ("قاسمیپور گفت", "قاسمی‌پور"), ("کاظمینژاد", "کاظمی‌نژاد"), ("رجبیمقدم", "رجبی‌مقدم"),
    ("واحدیزاده", "واحدی‌زاده"), ("حاجیآبادی", "حاجی‌آبادی"),
])
def test_a_compound_surname_breaks_after_its_first_parts_final_ye(raw, want):
    assert want in normalize(raw).text


@pytest.mark.parametrize("word", ["کیفر", "پیوند", "ایراد", "دنیا", "علیپور"])
def test_words_and_short_heads_are_no_compound_surnames(word):
    """A listed word, or a first part too short to say (`علیپور` is written both ways)."""
    assert get_lexicon().surname(word) is None
    if word != "علیپور":   # (which the lexicon reads as two frequent words)
        assert normalize(f"{word} را دید").text == f"{word} را دید"


def test_an_arabic_word_with_its_article_takes_no_persian_ending():
    assert normalize("روزنامه الحیات نوشت").text == "روزنامه الحیات نوشت"   # not `الحی‌ات`
    assert normalize("زندگیام").text == "زندگی\u200cام"


@pytest.mark.parametrize("raw, want", [
    ("آیت الله خامنه  ای گفت", "آیت" + Z + "الله خامنه" + Z + "ای گفت"),   # a ZWNJ before a space, the ZWNJ dropped
    ("کتاب  ها را خواند", "کتاب" + Z + "ها را خواند"),
])
def test_an_ending_written_apart_by_several_spaces_is_joined_with_the_offsets_kept(raw, want):
    doc = normalize(raw)
    assert doc.text == want
    k = want.rindex(Z) + 1   # the ending's first letter comes from after the spaces
    start, end = doc.to_raw(k, k + 1)
    assert raw[start:end] == want[k]


@pytest.mark.parametrize("name", ["میدری", "بهراد", "آریامنش", "آندریا", "ادهام", "بابالو"])
def test_a_listed_name_no_dictionary_attests_stays_as_written(name):
    """`میدری` (surnames.tsv) is a family name, not `می‌دری` 'you tear'; `بهراد` no `به‌راد`,
    `آریامنش` no `آری‌امنش`: the names' tables (given_names.tsv, surnames.tsv) keep them whole."""
    assert normalize(f"احمد {name} گفت").text == f"احمد {name} گفت"


def test_a_verb_in_the_second_person_is_still_split():
    assert normalize("تو میکنی").text == "تو می‌کنی"
