"""Who states a sentence's figures (loader/facts/speakers.py)."""
import pytest

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


def test_the_speaker_named_by_another_post_goes_on_where_words_before_the_verb_say_so():
    """`... در ادامه تاکید کرد`: not the verb but the words before it say the speaker goes on."""
    lead = "به گزارش خبرگزاری فارس، رحیم زارع در دیدار با علی احمدی گفت: نرخ ارز 4200 تومان بود. "
    went_on = extract_text("d", lead + "نماینده مردم آباده در مجلس در ادامه تاکید کرد: درآمد 40 هزار میلیارد تومان افزایش یابد.")
    assert [(f.text, f.stated_by) for f in went_on.figures][-1] == ("40 هزار میلیارد تومان", "رحیم زارع")


def _said(text):
    return [(f.text, f.stated_by) for f in extract_text("d", text).figures]


def test_a_paragraph_a_colon_opened_goes_on_in_the_speakers_words_until_an_aside():
    text = ("به گزارش خبرگزاری فارس، علی محمدی امروز گفت: کار آغاز شد. 40 درصد طرح پیشرفت دارد. "
            "گفتنی است، 12 مدرسه دیگر نیز ساخته شد.\nاستان 5 شهرستان دارد.")
    assert _said(text) == [("40 درصد", "علی محمدی"), ("12 مدرسه", None), ("5 شهرستان", None)]


def test_the_reporters_aside_is_nobodys_though_it_says_where_or_reminds():
    # `در حاشیه` ('on the sidelines of') is a place here, not an interview; the artist named speaks not
    text = ("به گزارش خبرگزاری فارس، علی محمدی امروز گفت: کار آغاز شد.\n"
            "لازم به ذکر است در حاشیه این نمایشگاه، کلکسیون صورتک‌ها، اثر نصرت‌الله کریمی هم به نمایش "
            "درآمده که تعداد آنها به 300 اثر رسیده است.")
    assert _said(text) == [("300 اثر", None)]
    # a verb of saying in the aside still has its speaker
    text = "گفتنی است علی محمدی در این مراسم گفت که 40 درصد طرح پیشرفت دارد."
    assert _said(text) == [("40 درصد", "علی محمدی")]


def test_words_in_guillemets_end_where_the_quote_does():
    text = "به گزارش خبرگزاری فارس، علی محمدی گفت: «کار آغاز شد.» خدمات از طریق چهار شعبه اصلی انجام می‌شود."
    assert _said(text) == [("چهار شعبه اصلی", None)]


def test_a_publication_or_an_announcement_speaks_not_the_person_it_names():
    text = ("نشریه آ.اس در چاپ امروز خود در خصوص خرید ارلینگ هالند و برچسب 200 میلیون یورویی او صحبت کرد.\n"
            "مشکل هالند قیمت اوست که طبق اعلام باشگاه دورتموند این بازیکن 150 میلیون یورو ارزش دارد.\n"
            "هالند پیشتر گفته بود که می‌خواهد جدا شود.")
    assert [s for _, s in _said(text)] == [None, None]


def test_a_headline_that_asks_and_a_question_inside_a_paragraph_make_no_interview():
    text = ("در چه صورت رئال هالند را می‌خرد؟\nقیمت این بازیکن 150 میلیون یورو گزارش شده است.\n"
            "باید دید رئال چه خواهد کرد؟ چیزی که رسانه‌ها گفتند این است.\nهالند پیشتر گفته بود که می‌ماند.")
    assert _said(text) == [("150 میلیون یورو", None)]


def test_a_name_in_guillemets_is_no_quote_and_hides_no_speaker():
    x = extract_text("d", "به گزارش فارس، «عیسی قراقع» رئیس کمیته امور اسرا اعلام کرد که وضع اسرا بدتر شد.\n"
                          "بنا به گزارش وبگاه خبری «قدس»، قراقع در دیدارش با «مهند جرادات» افزود: "
                          "بیش از 1500 کودک در قدس بازداشت شده‌اند.")
    assert [(f.text, f.stated_by) for f in x.figures] == [("1500 کودک", "عیسی قراقع")]


def test_titles_in_guillemets_in_the_reporters_sentence_make_no_speaker():
    x = extract_text("d", "به گزارش خبرگزاری فارس، 4 فیلم «ارتفاع پست» ساخته ابراهیم حاتمی‌کیا و «بمانی» ساخته "
                          "داریوش مهرجویی در جشنواره به نمایش درآمدند.")
    assert [(f.text, f.stated_by) for f in x.figures] == [("4 فیلم", None)]


def test_a_post_named_again_with_its_unit_word_is_the_same_speakers():
    x = extract_text("d", "رئیس منابع طبیعی و آبخیزداری املش از توزیع نهال خبر داد.\n"
                          "عبدالعلی رهنما امروز در گفت‌وگو با خبرنگار فارس اظهار کرد: حفاظت مهم است.\n"
                          "رئیس اداره منابع طبیعی و آبخیزداری املش با اشاره به پرونده‌ها بیان کرد: 39 فقره پرونده "
                          "به نفع اداره بوده است.")
    assert [(f.text, f.stated_by) for f in x.figures] == [("39 فقره", "عبدالعلی رهنما")]


def test_a_lead_post_whose_holder_a_later_sentence_names_with_the_post_speaks_for_them():
    text = ("اجرای بیش از هزار و 400 عملیات در 6 ماه نخست سال جاری\n"
            "مدیرعامل سازمان آتش‌نشانی و خدمات ایمنی همدان گفت: بیش از هزار و 400 عملیات انجام شده است.\n"
            "به گزارش خبرگزاری فارس از همدان، هفت مهر روز آتش‌نشانی است.\n"
            "عباس صوفی، شهردار همدان نیز از آتش‌نشانان قدردانی کرد.\n"
            "به مناسبت روز آتش‌نشانی گفتگویی با مدیرعامل سازمان آتش‌نشانی و خدمات ایمنی همدان داشتیم "
            "که در ادامه می‌خوانید:\n"
            "مسعود دهبانی‌صابر در گفت‌وگو با خبرگزاری فارس به آموزش‌ها اشاره کرد.\n"
            "مدیرعامل سازمان آتش‌نشانی و خدمات ایمنی همدان متذکر شد: آموزش ادامه دارد.")
    assert ("هزار و 400 عملیات", "مسعود دهبانی‌صابر") in _said(text)


def test_a_speech_many_sentences_before_the_first_name_is_not_backfilled_with_it():
    text = ("عربستان نفت خرید\n\nعربستان اعلام کرد: 10 میلیون بشکه تولید می‌کنیم.\n\nبازار نگران است.\n\n"
            "تولید کاهش یافت.\n\nقیمت‌ها بالا رفت.\n\nعلی احمدی، کارشناس نفت گفت: کمبود عرضه خواهیم داشت.")
    assert [(f.text, f.stated_by) for f in extract_text("d", text).figures] == [("10 میلیون بشکه", None)]


def test_a_noun_for_a_person_opening_a_sentence_of_saying_is_the_last_speaker():
    text = ("احسان احمدی‌نژاد کارشناس هواشناسی استان ایلام امروز گفت: جو پایدار است.\n"
            "کارشناس هواشناسی استان، بیان داشت: دمای هوا در مناطق گرمسیری به 48 درجه می‌رسد.")
    assert [(f.text, f.stated_by) for f in extract_text("d", text).figures] == [("48 درجه", "احسان احمدی‌نژاد")]


def test_the_pronoun_after_a_report_about_someone_speaks_for_that_one():
    text = ("به گزارش خبرگزاری فارس، نادر حریری در نشستی با حضور مدیران صنعت سیمان به تحقیقات تازه پرداخت.\n"
            "وی در بخشی از مطالب خود اشاره کرد که هزینه سرانه کمتر از 10 دلار است.")
    assert _said(text) == [("10 دلار", "نادر حریری")]
    # (the reporter's own sentence about someone still states none of its own figures)
    assert _said("به گزارش خبرگزاری فارس، نادر حریری در نشستی با حضور 100 نفر شرکت کرد.") == [("100 نفر", None)]


def test_a_sentence_opening_with_whose_words_it_reports_speaks_for_them():
    text = ("جشنواره کتاب\n\nمحسن یگانه کاری، عضو هیئت مدیره این جشنواره گفت: کتاب‌ها در سه سطح معرفی می‌شوند.\n"
            "به گفته یگانه کاری در چهارمین دوره این جشنواره 46 کتاب به دوره نهایی راه یافته است.")
    assert {g.text: g.stated_by for g in extract_text("d", text).figures}["46 کتاب"] == "محسن یگانه کاری"
    # inside a clause it says nothing of the rest of the sentence
    text = ("طوفان\n\nبه‌رغم وعده استقرار یک هزار و 400 گارد ملی در روز و ارسال لایحه‌ای که به گفته جرج بوش، "
            "رئیس جمهوری آمریکا بزرگ‌ترین عملیات امدادی است، هرج و مرج شهر را فرا گرفته است.")
    assert {g.text: g.stated_by for g in extract_text("d", text).figures}["یک هزار و 400 گارد"] is None


def test_a_headline_quoting_the_person_it_opens_with_speaks_for_them():
    text = ("ابراهیمی: تعیین عوارض برای 5 محور ورودی مازندران\n"
            "خبرگزاری فارس: معاون سیاسی امنیتی استاندار مازندران گفت: باید عوارض دریافت شود.\n"
            "به گزارش خبرگزاری فارس، هادی ابراهیمی امروز افزود: گردشگران زیادند.")
    assert {g.text: g.stated_by for g in extract_text("d", text).figures}["5 محور ورودی"] == "هادی ابراهیمی"
    text = "افتتاح 5 مدرسه در مازندران\nخبرگزاری فارس: هادی ابراهیمی گفت: مدارس آماده است."
    assert {g.text: g.stated_by for g in extract_text("d", text).figures}["5 مدرسه"] is None


def test_a_post_goes_on_from_the_one_named_after_a_dateline():
    text = ("کاهش تعرفه‌ها ضروری است\nخبرگزاری فارس- عزیزالله گودرزی گفت: کاهش تعرفه‌ها ضروری است.\n"
            "رییس گروه خودروی وزارت صنایع و معادن در گفت‌وگو با خبرنگار فارس اظهار کرد: کاهش به 35 درصد آسیبی ندارد.")
    x = extract_text("d", text)
    assert [(h.person, h.post.title) for h in x.holdings] == [("عزیزالله گودرزی", "رئیس")]
    assert {g.text: g.stated_by for g in x.figures}["35 درصد"] == "عزیزالله گودرزی"


def test_an_interviews_answers_stay_the_interviewees_whoever_a_question_or_an_answer_names():
    text = ("قلعه نویی: انگار مرتکب جنایت شده‌ام\n\n"
            "خبرگزاری فارس: امیر قلعه نویی در گفت‌وگو با عادل فردوسی پور گفت: من یک امتیاز گرفتم.\n\n"
            "* شما گفته بودید استقلال 600 پاس داده است؟\n\n"
            "این آمار را دانشجویان داده بودند.\n\n"
            "* قرار است در نشست انجمن شرکت کنید؟\n\n"
            "میثم زمان آبادی به من زنگ زد و گفت من دبیر این انجمن شده‌ام.\n\n"
            "* خب شما چرا 13 بار اسم من (فردوسی پور) را در نشست خبری آوردید؟\n\n"
            "دربی بازی درگیرانه‌ای بود و 14 کرنر دو تیم زدند.")
    said = {g.text: g.stated_by for g in extract_text("d", text).figures}
    assert said["14 کرنر"].endswith("قلعه نویی")
    assert said["600"] is None  # the interviewer asks it, not the one who answers


def test_the_pronoun_set_off_by_a_comma_speaks_for_the_last_speaker():
    text = ("بهرام سبحانی گفت: کار آغاز می‌شود.\n"
            "وی، میزان سرمایه‌گذاری در این طرح را 365 میلیون دلار ذکر کرد و یادآور شد: کار ادامه دارد.")
    assert _said(text) == [("365 میلیون دلار", "بهرام سبحانی")]


def test_a_noun_for_a_person_after_this_set_off_by_a_comma_is_the_last_speaker():
    text = ("صادق ضیائیان گفت: بارش کم شد.\n"
            "این مسئول، میانگین بارش استان را 60.7 میلی‌متر عنوان کرد.")
    assert _said(text) == [("60.7 میلی‌متر", "صادق ضیائیان")]


def test_a_verb_of_saying_written_in_more_words_than_listed_still_says():
    text = "مهدی چمران گفت: کار ادامه دارد.\nچمران خاطر نشان کرد: حدود 1200 میلیارد تومان پرداخت شده است."
    assert _said(text) == [("1200 میلیارد تومان", "مهدی چمران")]


def test_a_claim_is_a_statement_of_its_subject():
    text = "دونالد ترامپ گفت: خارج شدم.\nترامپ بار دیگر مدعی شد دولت اوباما ۱.۸ میلیارد دلار به ایران داده است."
    assert _said(text) == [("1.8 میلیارد دلار", "دونالد ترامپ")]


def test_a_name_after_the_colon_of_a_verb_of_saying_is_spoken_of_not_speaking():
    text = ("علی لاریجانی گفت: خوب است.\n"
            "وی در پاسخ به سوال خبرنگاری که گفت: آیا علت حضور البرادعی در ایران این است؟ "
            "اظهار داشت: آقای البرادعی از مدت‌ها پیش قرار بود بیاید و دو کشور همفکر هستند.")
    assert _said(text) == [("دو کشور", "علی لاریجانی")]


def test_according_to_sources_opening_a_sentence_is_no_subjectless_verb_of_saying():
    text = "ولادیمیر شاموف گفت: خوب است.\nبه گفته این منابع، اثر سی گلوله روی این خودرو دیده می‌شود."
    assert _said(text) == [("سی گلوله", None)]


def test_a_post_opening_its_sentence_with_a_noun_for_a_person_speaks_for_its_holder_not_the_last_speaker():
    # `مسؤول` opens a post whose holder the item names (عباسی, named after): the post's holder
    # states the figure, not the official of another town quoted before
    text = ("محمدصالح جباری مسئول اتحادیه انجمن‌های اسلامی دانش‌آموزان همدان گفت: کارها خوب است. "
            "مسؤول اتحادیه انجمن‌های اسلامی دانش‌آموزان در شهرستان اسدآباد نیز به ارائه گزارشی پرداخت و گفت: "
            "تابستان امسال در دو حوزه کلاس‌ها برگزار شد. حجت الاسلام عباسی با اشاره به کلاس‌ها گفت: کلاس‌ها خوب بود.")
    assert [(f.text, f.stated_by) for f in extract_text("t", text).figures] == [("دو حوزه", "عباسی")]


@pytest.mark.parametrize("about", ["اگر برانکو همکاری می‌کرد یک دلار هم جریمه نداشتیم\n",
                                   "به برانکو ظلم شده بود. "])
def test_a_subheading_or_a_sentence_about_someone_does_not_make_them_the_one_vi_goes_on_to(about):
    text = ("سرپرست باشگاه پرسپولیس گفت: مدیران قبلی باید پاسخگو باشند.\n"
            "مهدی رسول پناه در گفت‌وگو با فارس افزود: حق و حقوق مربی پرداخت می‌شود.\n"
            f"{about}وی افزود: جدا از اعلام رای باید 5 درصد سود سالانه هم پرداخت می‌کردیم.")
    said = [(f.text, f.stated_by) for f in extract_text("t", text).figures]
    assert said[-1] == ("5 درصد", "مهدی رسول پناه")


def test_a_name_the_verb_takes_as_its_object_is_no_speaker():
    text = ("مهدی رسول پناه گفت: مطالبات پرداخت شد.\n"
            "ما پول گابریل را از همین طریق دادیم و فیفا گفت 10 هزار دلار به چوک داده است.")
    assert [f.stated_by for f in extract_text("t", text).figures] == [None]


def test_others_the_speaker_reports_in_their_own_paragraph_leave_the_words_theirs():
    text = ("مهدی رسول پناه گفت: مطالبات مربیان پرداخت شد. حدود 330 هزار یورو پرداخت کرده‌ایم اما برخی‌ها "
            "در فضای مجازی گفتند پرسپولیس پنج درصد پول برانکو را داده است.")
    assert [f.stated_by for f in extract_text("t", text).figures] == ["مهدی رسول پناه"] * 2


@pytest.mark.parametrize("text, speaker", [
    ("رئیس اورژانس استان، حسن کریمی گفت: 5 نفر بستری هستند.", "حسن کریمی"),
    ("رئیس اورژانس استان، حسن کریمی و علی رضایی گفتند: 5 نفر بستری هستند.", None),
    ("رئیس اورژانس استان گفت: 5 نفر بستری هستند.", None),
])
def test_a_name_after_a_post_and_its_comma_speaks_where_the_post_has_no_holder(text, speaker):
    """The post's words the extractor could not close into a holding; the name after its comma is
    the subject of the verb of saying, not someone unnamed."""
    assert [f.stated_by for f in extract_text("t", text).figures] == [speaker]
