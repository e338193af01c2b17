"""Who states a sentence's figures (loader/facts/speakers.py)."""
from loader.pipeline import extract_text


def test_a_person_named_in_the_reporters_own_sentence_states_none_of_its_figures():
    x = extract_text("d", "به گزارش خبرنگار فارس، دوره مسابقات قرآن کریم با حضور محمود احمدی‌نژاد "
                          "در سالن اجلاس به مدت 5 روز آغاز به کار کرد.")
    assert [(f.text, f.stated_by) for f in x.figures] == [("5 روز", None)]


def test_the_report_opener_does_not_hide_the_speech_verb_after_it():
    x = extract_text("d", "به گزارش خبرنگار فارس، علی محمدی امروز گفت: 12 مدرسه جدید در استان افتتاح شد.")
    assert [(f.text, f.stated_by) for f in x.figures] == [("12 مدرسه", "علی محمدی")]


def test_a_pronoun_after_an_unnamed_speaker_is_not_the_name_after_it():
    x = extract_text("d", "دبیرکل حزب‌الله لبنان گفت: ما با نفاق غرب مواجه هستیم. وی در این زمینه به موضوع "
                          "\"روژه گارودی\" فیلسوف فرانسوی اشاره کرد و گفت: آزادی بیان برای 400 میلیون مسلمان اجرا نمی‌شود.")
    assert all(f.stated_by != "روژه گارودی" for f in x.figures)


def test_the_speaker_named_by_another_post_goes_on_where_the_verb_says_so():
    lead = "به گزارش خبرگزاری فارس، رحیم زارع گفت: نرخ ارز 4200 تومان بود. "
    went_on = extract_text("d", lead + "نماینده مردم آباده در مجلس با اشاره به بودجه افزود: درآمد 40 هزار میلیارد تومان افزایش یابد.")
    assert [(f.text, f.stated_by) for f in went_on.figures][-1] == ("40 هزار میلیارد تومان", "رحیم زارع")
    # `گفت` after a post no one in the item holds: someone new speaks, unnamed
    new = extract_text("d", lead + "استاندار سمنان در این جلسه گفت: درآمد 40 هزار میلیارد تومان افزایش یابد.")
    assert [(f.text, f.stated_by) for f in new.figures][-1] == ("40 هزار میلیارد تومان", None)
