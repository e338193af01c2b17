"""Name parts: compound and spaced given names, split surname tails and سید compare equal."""
from loader.identity.names import name_parts


def test_compound_and_spaced_given_names_are_equal():
    assert name_parts("محمدعلی عاشوری") == name_parts("محمد علی عاشوری") == name_parts("محمد‌علی عاشوری")


def test_split_surname_tail_stays_in_the_surname():
    assert name_parts("علی مجیدیان راد").surname == name_parts("علی مجیدیان‌راد").surname == "مجیدیانراد"
    assert name_parts("مجیدیان راد") == name_parts("مجیدیان‌راد")
    assert name_parts("مجیدیان راد").bare


def test_seyed_is_taken_out_of_the_given_name():
    joined, spaced, plain = name_parts("سیدمحمد عاشوری"), name_parts("سید محمد عاشوری"), name_parts("محمد عاشوری")
    assert joined == spaced
    assert joined.seyed and not plain.seyed
    assert joined.given == plain.given == "محمد"


def test_titles_are_not_names_and_a_bare_surname_has_no_given_name():
    assert name_parts("دکتر علی عاشوری") == name_parts("علی عاشوری")
    assert name_parts("عاشوری").bare and name_parts("عاشوری").surname == "عاشوری"
