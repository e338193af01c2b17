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


def test_the_second_half_of_a_noun_written_apart_is_no_verb():
    assert _classes("کمیته محیط زیست شورا")["زیست"] == (False, True)
    assert _classes("او در تهران زیست")["زیست"][0] is True
