"""Word classes every rule asks for: which words can be part of a name."""
import pytest
import spacy

from loader.ner.resources import resources
from loader.ner.tokens import token_info


def _classes(text: str) -> dict[str, tuple[bool, bool]]:
    doc = spacy.blank("fa").make_doc(text)
    info = token_info(doc, resources())
    return {tok.text: (info.verb[k], info.nameable(k)) for k, tok in enumerate(doc)}


@pytest.mark.parametrize("word", ["برگزید", "فراگرفت", "برشمرد", "بازگرداند"])
def test_a_verb_with_its_preverb_glued_on_is_a_verb(word):
    assert _classes(f"او این شهر را {word} و رفت")[word] == (True, False)


@pytest.mark.parametrize("word", ["بازرسان", "برداشت", "برسام", "درناز"])
def test_nouns_and_names_that_start_like_a_preverb_are_not(word):
    """A plural noun (`بازرسان`), a word the lexicon reads as a noun (`برداشت`), a listed name."""
    assert _classes(f"علی {word} آمد")[word][0] is False


def test_a_glued_second_person_verb_in_i_is_the_surname_miri():
    assert _classes("علی میری آمد")["میری"] == (False, True)


@pytest.mark.parametrize("word", ["زنان", "یاران"])
def test_a_participle_in_an_is_no_finite_verb_and_is_a_plural_as_often(word):
    assert _classes(f"فراکسیون {word} مجلس")[word] == (False, True)


def test_a_name_only_scraped_lists_give_in_the_shape_of_an_unused_participle_is_the_name():
    assert _classes("از رایان کراکر خواستم")["رایان"] == (False, True)
    # an agent's plural no list names stays what hazm says
    assert _classes("برهم زنندگان نظم دستگیر شدند")["زنندگان"][1] is False


def test_the_second_half_of_a_noun_written_apart_is_no_verb():
    assert _classes("کمیته محیط زیست شورا")["زیست"] == (False, True)
    assert _classes("او در تهران زیست")["زیست"][0] is True


def test_a_verse_in_arabic_names_no_one_and_its_number_ends_it():
    from loader.ner.pipeline import recognize
    from loader.normalize import normalize
    text = ("قُلْ یَا أَهْلَ الْکِتَابِ لاَ تَغْلُواْ فِی دِینِکُمْ غَیْرَ الْحَقِّ وَلاَ تَتَّبِعُواْ أَهْوَاء قَوْمٍ قَدْ ضَلُّواْ "
            "مِن قَبْلُ وَأَضَلُّواْ کَثِیرًا وَضَلُّواْ عَن سَوَاء السَّبِیلِ ﴿77﴾ "
            "محمدرضا عارف در این باره گفت: خوب است.")
    _, mentions = recognize(normalize(text))
    assert [m.text for m in mentions if m.label == "PERSON"] == ["محمدرضا عارف"]


@pytest.mark.parametrize("verse", [
    "و لن یجعل الله للکافرین علی المومنین سبیلا.",                 # `لِ` and the article
    "و الف بین قلوبهم لو انفقت ما فی الارض جمیعا ما الفت بین قلوبهم.",  # owners glued on (`قلوبهم`)
])
def test_a_verse_is_known_by_the_forms_only_arabic_writes(verse):
    from loader.ner.tokens import ARABIC
    doc = spacy.blank("fa").make_doc(verse)
    assert len(token_info(doc, resources()).derived[ARABIC]) == len(doc)


def test_a_persian_sentence_with_a_word_or_two_of_arabic_is_no_verse():
    from loader.ner.tokens import ARABIC
    doc = spacy.blank("fa").make_doc("علی رضایی فی المجلس گفت: این کار قد و قامت خوبی دارد و الحمدلله خوب است.")
    assert token_info(doc, resources()).derived[ARABIC] == set()


def test_a_word_with_digits_that_is_no_number_is_in_no_name():
    assert _classes("11- بویر احمد 12- چابهار")["12-"] == (False, False)


def test_an_ending_written_apart_is_a_word_of_its_own_after_an_opening_quote():
    """`تری` closes a comparative written apart (`بزرگ تری`), but no word precedes it in `«تری ...`."""
    assert _classes("« تری ابرت » گفت")["تری"] == (False, True)
    assert _classes("نقش بزرگ تری دارد")["تری"][1] is False


@pytest.mark.parametrize("word", ["نیفتیم", "بیفتند", "نیندازیم"])
def test_the_subjunctive_or_negative_of_a_verb_in_alef_is_a_verb(word):
    """The glide `ی` stands where the alef was (`افتیم` → `نیفتیم`); the lexicon lists only the bare form."""
    assert _classes(f"ما در دام {word} و رفتیم")[word] == (True, False)


@pytest.mark.parametrize("word", ["بیژن", "نیما", "بیمار", "نیاز"])
def test_names_and_nouns_in_bi_or_ni_are_no_such_verbs(word):
    assert _classes(f"علی {word} آمد")[word][0] is False


@pytest.mark.parametrize("word", ["به‌دلیل", "به‌صورت", "به‌ویژه", "به‌نام"])
def test_a_preposition_joined_to_its_noun_is_in_no_name(word):
    assert _classes(f"علی بهاره {word} باران آمد")[word][1] is False
