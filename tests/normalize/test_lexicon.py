from loader.normalize.lexicon import get_lexicon


def test_a_words_parts_of_speech_are_its_tags_not_letters_of_them():
    lexicon = get_lexicon()
    assert lexicon.tags("کتاب") >= {"N", "AJ"}
    assert "AJ" not in lexicon.tags("موقرانه")   # (tagged `AJC`, a comparative's, not an adjective's)
    assert lexicon.tags("زیبزیبک") == frozenset()   # no word of the lexicon: no part of speech
