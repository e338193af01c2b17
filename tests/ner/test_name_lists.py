"""Names in a list of names: an item no rule reads is a name between items that are persons."""
from loader.ner.pipeline import recognize
from loader.normalize import normalize


def persons(text):
    return [m.text for m in recognize(normalize(text))[1] if m.label == "PERSON"]


ARTISTS = ("هنرمندانی از جمله محمدرضا گلزار، رامبد جوان، حسین پاکدل، سیما تیرانداز، پرستو گلستانی، "
           "گلاب آدینه، پرستو صالحی، مجید مظفری، امیر محمد زند، متین ستوده و دیگران حمایت کردند.")


def test_unread_names_between_names_are_persons():
    found = persons(ARTISTS)
    assert {"سیما تیرانداز", "گلاب آدینه", "امیر محمد زند"} <= set(found)


def test_a_name_partly_read_in_a_list_is_read_whole():
    text = "از جمله لیلا بلوکات، پریناز ایزدیار، هومن حاجی عبداللهی، نفیسه روشن، مهرداد اسکویی آمدند."
    assert "هومن حاجی عبداللهی" in persons(text)


def test_a_list_of_things_or_of_places_gains_no_person():
    assert persons("در این نمایشگاه فرش دستباف، صنایع دستی، گلاب آدینه و مواد غذایی عرضه شد.") == []
    assert persons("استان‌های فارس، اصفهان، هرمزگان و خوزستان پذیرای مسافران هستند.") == []


def test_a_list_of_surnames_alone_reads_its_unread_surnames_from_the_word_after_its_opener():
    text = "تا این لحظه حضور بازیکنانی همچون ناظری، سخاوی، چوگان، پورقاز، دوجی، عیدی در این تیم قطعی شده است."
    assert {"ناظری", "چوگان", "عیدی"} <= set(persons(text))


def test_common_words_in_a_list_of_surnames_stay_words():
    assert "آب" not in persons("سخاوی، پورقاز، آب، دوجی و برق را دیدند.")


def test_the_word_a_verb_after_the_last_name_completes_is_no_part_of_it():
    text = "می‌توان این شانس را برای حامد بهداد، مهران مدیری، گلشیفته فراهانی و رضا کیانیان متصور بود."
    assert persons(text)[-1] == "رضا کیانیان"


def test_a_list_of_examples_of_people_names_persons_though_none_flanks_them():
    assert persons("این فعال دانشجویی گفت: افرادی چون آغاجری به صورت رسمی اعلام کردند.") == ["آغاجری"]
    assert persons("بازیکنانی چون زارع و سلیمانی در این تیم ماندند.") == ["زارع", "سلیمانی"]


def test_examples_of_people_that_are_words_or_of_things_are_no_persons():
    assert persons("این افراد از جمله سارقان شناخته شده هستند.") == []   # (a plural of a word)
    assert persons("فردی همچون بعد معنوی دارد.") == []
    assert persons("کالاهایی چون آغاجری به بازار آمد.") == []            # (no noun for people)


def test_one_word_between_two_persons_of_a_list_of_full_names_is_a_surname():
    text = "ویشگاهی، حسن بیگی، پورشیب، پگاه زنگنه و علی مردانی کاراته کارانی هستند که در این لیست قرار گرفته اند."
    found = persons(text)
    assert "پورشیب" in found and "حسن بیگی" in found and "پگاه زنگنه" in found


def test_a_common_word_between_two_persons_of_a_list_is_no_surname():
    text = "حسن بیگی، مدیریت، پگاه زنگنه و علی مردانی در این جلسه حضور داشتند."
    assert "مدیریت" not in persons(text)


def test_the_names_before_the_minutes_of_a_sentence_of_scorers_are_players():
    text = "در این بازی آلوارو پرز در دقیقه 19، جیمی واردی 45، 56 و 90 ، چیلول 10، تلمانس 17 و مدیسون 85 گلزنی کردند."
    assert persons(text)[-4:] == ["جیمی واردی", "چیلول", "تلمانس", "مدیسون"]


def test_minutes_without_a_verb_of_scoring_name_no_one():
    assert persons("در این بازی جیمی واردی 45 دقیقه بازی کرد و تلمانس 17 توپ را از دست داد.") == []


def test_the_names_an_honorific_in_the_plural_honours_are_persons():
    assert persons("هرچند عمر کاری شهیدان رجایی و باهنر اندک بود اما راهشان ماند.") == ["رجایی", "باهنر"]
    assert persons("از آقایان هاشمی، خاتمی، ناطق و جهانگیری دعوت شده است.") == ["هاشمی", "خاتمی", "ناطق", "جهانگیری"]
    # what they were, not who: no name, one word alone, a song's address
    assert persons("شهیدان شیعه و سنی در کنار هم دفن شدند.") == []
    assert persons("مردم با نوای «کجایید ای شهیدان خدایی، بلاجویان دشت کربلایی» آمدند.") == []


def test_a_person_before_the_plural_of_what_they_are_flanks_the_next_name():
    text = ("مهربان، سعیدی، یزدانی، خیری پور و جواد سلیمی داوران، ویشگاهی، حسن بیگی، پورشیب، پگاه زنگنه "
            "و علی مردانی کاراته کاهای برتر معرفی شدند.")
    assert "ویشگاهی" in persons(text)


def test_the_other_half_of_a_pair_with_a_person_is_a_person_where_it_has_a_names_shape():
    assert "کبری قربانی" in persons("وی افزود: کبری قربانی و مریم بنی‌طالبی دو بانوی ووشوکار استان مدال گرفتند.")
    text = "اصلاح طلبان معتدل ( شریعتمداری و محسن مهرعلیزاده ) به جمع هفت نفره راه نیافتند."
    assert "شریعتمداری" in persons(text)


def test_a_word_beside_a_pair_is_no_name():
    assert "ربانی" not in persons("درگذشت عالم ربانی و عبد صالح آیت‌الله حسنعلی مروارید را تسلیت گفتند.")
    assert not any("روبرو" in name for name in persons("این کنفرانس با استقبال نسیم صبا و کیهان روبرو شد."))


def test_a_list_that_starts_inside_an_item_after_a_person_there_reads_its_names_from_that_person():
    text = ("جشن را روایت می‌کند و از مرحوم دهنوی، فیناسیان، شیرانی، نامجو و هاکوپیان که از هر کدام "
            "آنها یک کار نقره جای گرفته یاد می‌کند.")
    assert "فیناسیان" in persons(text)
    text = ("یعنی تأثیرگذاری قرآن و حدیث را در رودکی، دقیقی و فردوسی به مراتب کمتر می‌بینیم.")
    assert persons(text) == ["رودکی", "دقیقی", "فردوسی"]
