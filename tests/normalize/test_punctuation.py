import pytest

from loader.normalize import normalize


def test_mirrored_brackets_corpus_line():
    raw = "شاهد روند کاهشی ضریب پشتیبانی )نسبت تعداد \nبیمه‌پردازان به مستمری‌بگیران( خبر می‌دهد"
    t = normalize(raw).text
    assert "(نسبت تعداد" in t and "مستمری‌بگیران)" in t
    assert ")نسبت" not in t


def test_reversed_quotes():
    raw = "گفت: »تعاونیها، مصداق »تعاونوا \nعلی البر و تقوی« هستند.«"
    t = normalize(raw).text
    assert t == "گفت: «تعاونی‌ها، مصداق «تعاونوا علی البر و تقوی» هستند.»"


def test_correct_punctuation_untouched():
    s = "او گفت: «سلام» (ILO) و (نسبت)."
    assert normalize(s).text == s


def test_corpus_has_no_opening_guillemet_reversed(corpus):
    t = normalize(corpus["001_c635d5fb73222770.txt"]).text
    assert ": »" not in t and ".«" not in t


def test_a_sentence_run_into_the_next_gets_its_space_but_an_initialism_keeps_its_dots():
    d = normalize("رشد افزایش خواهد یافت.اما تا آن زمان نشریه آ.اس و ج.ا.ا صبر کردند.")
    assert d.text == "رشد افزایش خواهد یافت. اما تا آن زمان نشریه آ.اس و ج.ا.ا صبر کردند."
    assert [s.text for s in d.sentences][0] == "رشد افزایش خواهد یافت."
    assert d.to_raw(*[(i, i + 3) for i in [d.text.find("اما")]][0]) == (22, 25)


def test_and_glued_to_a_number_is_a_word_of_its_own():
    assert normalize("در سال‌های 1982، 1979و 1971 و 250و300 نفر").text == "در سال‌های 1982، 1979 و 1971 و 250 و 300 نفر"


def test_a_bullet_glued_to_the_first_word_of_its_line_gets_a_space_and_a_hyphen_inside_a_word_none():
    d = normalize("-اتحادیه اروپا از این تماس حمایت می‌کند.\n-پرویز مشرف رئیس جمهور پاکستان راهی آمریکا می‌شود.\n"
                  "گفت‌وگوی ایران-عراق و -64 کلاهک")
    assert "- اتحادیه" in d.text and "- پرویز مشرف" in d.text
    assert "ایران-عراق" in d.text and "-64" in d.text
    start = d.text.index("پرویز")
    assert d.raw[slice(*d.to_raw(start, start + 5))] == "پرویز"


def test_a_list_number_glued_to_the_first_word_of_its_item_gets_a_space_and_a_decimal_none():
    d = normalize("موارد زیر مهم است:\n3.توجه نظریه‌پردازان جلب شد.\n12)هویت ملی مهم است.\nرشد 3.5 درصد بود.")
    assert "3. توجه" in d.text and "12) هویت" in d.text and "3.5 درصد" in d.text
    start = d.text.index("توجه")
    assert d.raw[slice(*d.to_raw(start, start + 4))] == "توجه"


def test_a_guillemet_glued_to_a_word_or_after_a_comma_gets_its_space():
    d = normalize("با حضور«محمد حسین همافر» رئیس مرکز موسیقی،«علیرضا مشایخی»و«شاهین فرهت»گفت")
    assert d.text == "با حضور «محمد حسین همافر» رئیس مرکز موسیقی، «علیرضا مشایخی» و «شاهین فرهت» گفت"


def test_a_straight_quote_glued_to_a_word_outside_it_gets_its_space():
    assert normalize('سرهنگ"سعید راستی"در تشریح جزئیات گفت').text == 'سرهنگ "سعید راستی" در تشریح جزئیات گفت'
    assert normalize('به گفته "جرج بوش"، رئیس').text == 'به گفته "جرج بوش"، رئیس'


def test_an_and_glued_between_a_number_and_a_bracket_splits_once():
    first = normalize("0و(0").text
    assert first == "0 و (0" and normalize(first).text == first


def test_a_word_glued_after_a_number_is_a_word_of_its_own_but_an_ordinal_or_plural_ending_is_not():
    d = normalize("روز 18 اکتبر 2007علیه کاروان و در 21ژوئیه و دهه 1990ها، روز 12ام و طرح 10گانه")
    assert d.text == "روز 18 اکتبر 2007 علیه کاروان و در 21 ژوئیه و دهه 1990ها، روز 12ام و طرح 10گانه"
    assert d.to_raw(*[(i, i + 4) for i in [d.text.find("علیه")]][0]) == (17, 21)


def test_a_dash_glued_to_a_word_and_spaced_from_the_next_is_a_separator():
    assert normalize("خبرگزاری فارس- بهرام سبحانی گفت و ایران-عراق و 2- ارجاع").text == \
        "خبرگزاری فارس - بهرام سبحانی گفت و ایران-عراق و 2- ارجاع"


def test_a_lists_comma_glued_to_the_number_after_it_gets_its_space():
    assert normalize("تخلف شناسایی شد،1292 مورد تعطیل و 1,292 و ۱۲،۵").text == \
        "تخلف شناسایی شد، 1292 مورد تعطیل و 1,292 و 12،5"


def test_a_headlines_slash_glued_to_a_word_is_a_separator():
    assert normalize("ستاد مقابله با کرونا مشگین شهر/ صعود ممنوع است و 1/5 و و/یا").text == \
        "ستاد مقابله با کرونا مشگین شهر / صعود ممنوع است و 1/5 و و/یا"


def test_an_underscore_in_persian_text_is_a_dash_spaced_from_the_words_it_was_glued_to():
    d = normalize("خبرگزاری فارس_ماهاتیر محمد گفت ۴_۵ گل، 3_ ساعت کار و user_id")
    assert d.text == "خبرگزاری فارس - ماهاتیر محمد گفت 4-5 گل، 3- ساعت کار و user_id"
    at = d.text.find("ماهاتیر")
    assert d.to_raw(at, at + 7) == (14, 21)


def test_a_scale_glued_to_its_unit_gets_its_space():
    t = normalize("پیش بینی درآمد 2600 میلیاردتومانی بنادر و 50 هزارتومان و 3 میلیارددلار، نه هزارینه؛ "
                  "95 هزارتن مصرف و هزاران نفر.").text
    assert "2600 میلیارد تومانی" in t and "50 هزار تومان" in t and "3 میلیارد دلار" in t and "هزارینه" in t
    assert "95 هزار تن" in t and "هزاران نفر" in t


def test_a_colon_glued_to_a_word_and_to_what_follows_gets_its_space():
    assert normalize('خبرگزاری فارس:"گلبدین حکمتیار" گفت').text == 'خبرگزاری فارس: "گلبدین حکمتیار" گفت'
    assert normalize("تصریح کرد:باید توجه داشت").text == "تصریح کرد: باید توجه داشت"
    assert normalize("ساعت 10:30 شروع شد").text == "ساعت 10:30 شروع شد"   # a time keeps its colon
    assert normalize("مدیرکل گفت:93 درصد آمدند").text == "مدیرکل گفت: 93 درصد آمدند"   # and before a number


def test_a_headlines_plus_glued_to_words_gets_its_spaces_but_a_sum_keeps_its_own():
    assert normalize("شاگردان کی‌روش در دبی+تصاویر").text == "شاگردان کی‌روش در دبی + تصاویر"
    assert normalize("قیمت 3018 تومان+جدول و کرونا +فیلم").text == "قیمت 3018 تومان + جدول و کرونا + فیلم"
    assert normalize("نتیجه 5+3 بود").text == "نتیجه 5+3 بود"


def test_the_and_of_a_listed_name_glued_to_the_next_word_is_a_word_again_and_others_stay():
    d = normalize("مدیرکل فرهنگ وارشاد اسلامی، صدا وسیما و کهگیلویه وبویراحمد؛ یک واحد و ولایت فقیه.")
    assert "فرهنگ و ارشاد اسلامی" in d.text and "صدا و سیما" in d.text and "کهگیلویه و بویراحمد" in d.text
    assert "یک واحد و ولایت" in d.text
    start = d.text.index("ارشاد")
    assert d.raw[slice(*d.to_raw(start, start + 5))] == "ارشاد"


def test_a_director_typed_glued_to_the_body_he_runs_is_two_words_and_inflections_stay_one():
    d = normalize("مديرگمرك استان زنجان و مدیرفرودگاه گفتند. مدیران و مدیریتش و مدیرکل و مدیرعامل آمدند.")
    assert "مدیر گمرک" in d.text and "مدیر فرودگاه" in d.text
    assert "مدیران و مدیریتش و مدیرکل و مدیرعامل" in d.text
    start = d.text.index("گمرک")
    assert d.raw[slice(*d.to_raw(start, start + 4))] == "گمرك"


@pytest.mark.parametrize("raw, text", [
    ("فجر 42| افتتاح چندین مدرسه در ابهر", "فجر 42 | افتتاح چندین مدرسه در ابهر"),
    ("دهه فجر 42/ افتتاح مدرسه", "دهه فجر 42 / افتتاح مدرسه"),
    ("قانون مصوب 4/ 12/ 1392 اجرا شد", "قانون مصوب 4/ 12/ 1392 اجرا شد"),
    ("نرخ 8/19 درصد شد", "نرخ 8/19 درصد شد"),
])
def test_a_headlines_bar_or_slash_after_a_number_is_a_separator_not_a_dates_or_a_decimals(raw, text):
    assert normalize(raw).text == text
