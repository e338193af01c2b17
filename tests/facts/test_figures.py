"""Figures on the corpus: value, unit, measure, subject, speaker and period."""
import pytest

from helpers import CORPUS
from loader.pipeline import extract_text


@pytest.fixture(scope="module")
def figures():
    found = {}
    for path in sorted(CORPUS.glob("*.txt")):
        for f in extract_text(path.stem, path.read_text(encoding="utf-8")).figures:
            found.setdefault(f.text, f)
    return found


def test_qom_debt(figures):
    debt = figures["137 میلیارد تومان"]
    assert (debt.value, debt.unit, debt.kind) == (137e9, "toman", "MONEY")
    assert debt.value_rial == 1.37e12
    assert debt.subject == "قم" and debt.stated_by == "سید مجتبی موسوی"
    assert "بدهی" in debt.measure


def test_insured_count(figures):
    insured = figures["225 هزار و 644 نفر"]
    assert (insured.value, insured.unit) == (225644, "person")
    assert "بیمه‌شدگان" in insured.measure


def test_mixed_numerals_and_decimal_slash(figures):
    assert figures["یک میلیون و 140 هزار نفر"].value == 1140000
    assert figures["2/5 درصدی"].value == 2.5 and figures["2/5 درصدی"].unit == "percent"
    assert figures["11 هزار میلیارد تومان"].value == 11e12


def test_support_ratio_bare_number(figures):
    assert figures["7.27"].value == 7.27


def test_period_resolved_against_the_article_year(figures):
    markazi = figures["8 هزار و 200 نفر"]
    assert markazi.period == "1401" and markazi.stated_by == "جمشید امیدی" and markazi.subject == "مرکزی"


def test_every_figure_has_a_unit_or_subject_or_is_flagged(figures):
    for f in figures.values():
        assert f.unit is not None or f.kind == "QUANTITY"
        assert f.subject is not None or f.unattached


def _digest():
    path = CORPUS / "002_baa149da528b4423.txt"
    return extract_text(path.stem, path.read_text(encoding="utf-8"))


def test_a_digest_keeps_its_news_items():
    x = _digest()
    assert len(x.items) >= 6 and all(a < b for a, b in x.items)
    assert all(b1 <= a2 for (_, b1), (a2, _) in zip(x.items, x.items[1:]))


def test_no_figure_of_a_digest_has_a_speaker_from_another_item():
    """Each speaker is named, or holds a post named, inside the figure's own item."""
    x = _digest()

    def item_of(position):
        return next(i for i, (a, b) in enumerate(x.items) if a <= position < b)

    named_in: dict[str, set[int]] = {}
    for m in x.mentions:
        if m.entity_id and m.label == "PERSON":
            named_in.setdefault(m.entity_id, set()).add(item_of(m.raw_start))
    for h in x.holdings:
        named_in.setdefault(h.person_id, set()).add(item_of(h.evidence.raw_start))
    spoken = [f for f in x.figures if f.stated_by_id]
    assert len(spoken) >= 10
    for f in spoken:
        assert item_of(f.evidence.raw_start) in named_in.get(f.stated_by_id, set()), (f.text, f.stated_by)


@pytest.mark.parametrize("figure, not_by", [("4000", "مریم حیدریان"), ("11000", "جواد یزدانی"), ("870", "کیوان مرتضوی")])
def test_a_headline_figure_is_not_the_previous_items_speakers(figure, not_by):
    found = [f for f in _digest().figures if figure in f.text.replace(",", "").replace("٬", "")]
    assert found and all(f.stated_by != not_by for f in found)


def test_a_post_named_again_loosely_still_speaks_for_its_holder():
    text = ("به گزارش خبرنگار فارس محمدمهدی مظاهری معاون فرهنگی دانشگاه آزاد اسلامی در نشستی خبری گفت: "
            "چهار دستگاه برتر انتخاب شدند.\n"
            "معاون فرهنگ دانشگاه آزاد با اشاره به راه‌اندازی صندوق گفت: حدود یک میلیارد ریال برای کمک به دانشجویان "
            "پیش‌بینی شده است.")
    found = {f.text: f.stated_by for f in extract_text("t", text).figures}
    assert found.get("یک میلیارد ریال") == "محمدمهدی مظاهری"


def _speakers(text):
    return [(f.text, f.stated_by) for f in extract_text("t", text).figures]


def test_a_pronoun_opening_the_sentence_is_the_last_speaker_not_a_person_named_after_it():
    text = ("خبرگزاری فارس: سیدجواد هستی مدیر این نمایشگاه گفت: این غرفه دیروز افتتاح شد.\n"
            "وی تعداد عکس‌های ناصرالدین شاه در این غرفه را 53 قطعه عنوان کرد.")
    assert ("53 قطعه", "سیدجواد هستی") in _speakers(text)


@pytest.mark.parametrize("verb", ["متذکر شد", "اظهار نمود"])
def test_formal_speech_verbs_attribute_what_follows(verb):
    text = f"خبرگزاری فارس: علیرضا آموزنده رئیس دانشکده گفت: کار آغاز شد.\nوی {verb}: 6 تکنیسین استخدام شدند."
    assert ("6 تکنیسین", "علیرضا آموزنده") in _speakers(text)


def test_figures_a_newspaper_reports_are_nobodys_even_when_a_person_speaks_later():
    text = ("خبرگزاری فارس: به نقل از روزنامه پاکستانی نیوز، در این درگیری 70 شبه‌نظامی کشته شدند.\n"
            "این درگیری دو روز ادامه داشت.\n"
            "عمر سخنگوی طالبان گفت: ما عقب نشینی نمی‌کنیم.")
    assert ("70 شبه‌نظامی", None) in _speakers(text)


def test_a_headline_figure_is_the_agencys_not_the_speakers_below_it():
    text = ("30 پایگاه در سطح شهر تهران آماده دریافت کمک‌های مردمی است\n"
            "خبرگزاری فارس: سیدمهران نوربخش مدیرکل روابط عمومی هلال احمر گفت: 30 پایگاه در سطح شهر "
            "تهران و 300 شعبه هلال احمر در کل کشور آماده دریافت کمک‌های مردمی برای زلزله‌زدگان بم است.\n"
            "وی در گفت‌وگو با خبرنگار فارس درخصوص پایگاه‌های جمع‌آوری کمک افزود: کمک‌های مردمی پس از "
            "دسته‌بندی در انبارهای هلال احمر با هواپیما و کامیون به بم فرستاده می‌شود و مردم می‌توانند "
            "کمک‌های نقدی خود را نیز به حساب‌های اعلام شده واریز کنند.")
    found = _speakers(text)
    assert found[0] == ("30 پایگاه", None) and ("30 پایگاه", "سیدمهران نوربخش") in found


def test_a_headline_a_post_and_its_colon_open_is_the_posts_holders_words():
    """`استاندار خوزستان: ۱۵ هزار واحد ...`: the headline quotes the governor the document names."""
    text = ("استاندار خوزستان: ۱۵ هزار واحد مسکونی در مناطق سیل زده بازسازی می شود\n"
            "به گزارش خبرگزاری تسنیم از اهواز، صادق خلیلیان امروز در جلسه شورای برنامه‌ریزی استان اظهار داشت: "
            "تاکنون ۸ هزار واحد تکمیل شده است.")
    assert _speakers(text)[0] == ("15 هزار واحد مسکونی", "صادق خلیلیان")


@pytest.mark.parametrize("text", [
    "حبیب کاشانی عنوان می‌کند که پنج بازیکن جذب شده‌اند.",
    "حبیب کاشانی تاکید کرده است که پنج بازیکن جذب شده‌اند.",
])
def test_a_speech_verb_in_the_present_or_perfect_makes_its_subject_the_speaker(text):
    """speech_verb_tenses.tsv: features and interviews report in the present and the perfect."""
    from loader.pipeline import extract_text
    assert [(f.text, f.stated_by) for f in extract_text("d", text).figures] == [("پنج بازیکن", "حبیب کاشانی")]


@pytest.mark.parametrize("text, speaker", [
    ("علی رضایی مدیرکل بهزیستی قم گفت: کار ادامه دارد. این مقام مسئول افزود: 30 نفر رفتند.", "علی رضایی"),
    ("علی رضایی نماینده مردم تبریز گفت: کار ادامه دارد. این نماینده مجلس افزود: 30 نفر رفتند.", "علی رضایی"),
    ("علی رضایی مدیرکل بهزیستی قم گفت: کار ادامه دارد. این سازمان اعلام کرد 30 نفر رفتند.", None),
])
def test_this_official_is_the_one_last_quoted(text, speaker):
    """person_nouns.tsv: `این مقام مسئول`, `این نماینده` refer back like `وی`; `این سازمان` does not."""
    from loader.pipeline import extract_text
    assert [f.stated_by for f in extract_text("d", text).figures] == [speaker]


def test_the_body_a_speaker_heads_is_not_what_his_figures_are_about():
    """`40 درصد اقتصاد ما` is the economy's, not the research centre's its speaker works for: on
    the dev gold the speaker's body was the subject of one figure in seven it was given to. The
    speaker, called by a second post later (`عضو هیات علمی ...`), still states it."""
    text = ("به گزارش خبرگزاری فارس، سیدمحمد سبحانیان معاون اقتصادی مرکز پژوهش‌های مجلس اظهار داشت: "
            "دولت باید اصلاحات ساختاری بودجه را عملیاتی کند.\n"
            "عضو هیات علمی دانشگاه خوارزمی تصریح کرد: نزدیک به 40 درصد اقتصاد ما معاف از مالیات است.")
    x = extract_text("two-posts", text)
    assert {h.post.organization for h in x.holdings} >= {"مرکز پژوهش‌های مجلس", "هیات علمی دانشگاه خوارزمی"}
    (figure,) = [f for f in x.figures if f.value == 40]
    assert figure.stated_by == "سیدمحمد سبحانیان" and figure.subject is None


@pytest.mark.parametrize("dateline", ["خبرگزاری فارس: ", "خبرگزاری فارس- "])
def test_the_agency_of_the_dateline_is_no_figures_subject_and_the_one_who_speaks_states_it(dateline):
    x = extract_text("d", "ساخت واحد احیای مستقیم آغاز می‌شود\n" + dateline +
                     "بهرام سبحانی گفت: ساخت واحد احیای مستقیم فولاد با ظرفیت 800 هزار تن امسال آغاز می‌شود.")
    [figure] = x.figures
    assert (figure.text, figure.stated_by, figure.subject) == ("800 هزار تن", "بهرام سبحانی", None)


def test_the_body_a_report_is_credited_to_is_no_figures_subject():
    x = extract_text("d", "جایزه فیلم\nبه گزارش روابط عمومی جشنواره فیلم فجر این سازمان به هر فیلم منتخب ده سکه اهدا می‌کند.")
    assert [(f.text, f.subject) for f in x.figures] == [("ده سکه", None)]


def test_a_place_the_sentence_acts_on_after_the_figure_is_not_its_subject():
    # Israel's warheads (the state named right before them), not Tehran's
    text = "رژیم صهیونیستی با داشتن بیش از 200 کلاهک اتمی در حال رایزنی برای اعمال فشار بیشتر بر تهران است."
    assert [(f.text, f.subject) for f in extract_text("d", text).figures] == [("200 کلاهک اتمی", "اسرائیل")]
    # a place the figure goes to is its subject still
    text = "مبلغ 20 میلیارد ریال به استان قم اختصاص یافت."
    assert [f.subject for f in extract_text("d", text).figures] == ["قم"]


@pytest.mark.parametrize("text, subject", [
    ("فرزین فرهادی در گفت‌وگو با خبرگزاری فارس از شهرستان ساری اظهار کرد: امسال 2 هزار تن باقلا در شهرستان "
     "قائم‌شهر تولید شد.", "قایم‌شهر"),                                         # the bureau's town, and the one counted
    ("عبدالعلی رهنما در گفت‌وگو با خبرنگار فارس در املش اظهار کرد: 20 هزار هکتار جنگل داریم.", "املش"),  # the only town
    # a province's capital alone: the province its speaker serves, not the capital
    ("مدیرکل نوسازی مدارس کردستان گفت: مدارس ساخته می‌شود. حبیب‌الله شهسواری امروز در گفتگو با خبرنگار "
     "فارس در سنندج افزود: 3 میلیارد ریال اعتبار اختصاص یافت.", "کردستان"),
])
def test_the_town_of_the_agencys_bureau_is_a_figures_subject_only_when_its_sentence_names_no_other(text, subject):
    assert [f.subject for f in extract_text("d", text).figures] == [subject]


@pytest.mark.parametrize("text, subject", [
    ("ایران امسال 5 میلیارد دلار نفت فروخت.", "ایران"),                           # named right before
    ("صادرات استان به کشور افغانستان 46 درصد افزایش یافت.", None),                # the other side
    ("ایران و استرالیا شباهت دارند و دو کشور می‌توانند همکاری کنند.", None),     # states counted
    ("در این نشست 12 نماینده از کشورهای مختلف از جمله آلمان حضور داشتند.", None),  # named after it
])
def test_a_state_is_a_figures_subject_only_named_shortly_before_it(text, subject):
    assert [f.subject for f in extract_text("d", text).figures] == [subject]


def test_a_span_of_time_is_about_no_place_its_sentence_names():
    text = "نخستین گردهمایی گنجینه‌های هنر ایران پس از سه روز سخنرانی استادان در تهران به پایان رسید."
    assert [(f.text, f.subject) for f in extract_text("d", text).figures] == [("سه روز", None)]


def test_a_span_of_time_or_a_length_is_not_given_the_province_of_the_news():
    text = ("علی رضایی مدیرکل بهزیستی استان قم گفت: امسال 20 میلیارد ریال صرف شد.\n"
            "وی افزود: این طرح دو ماه دیگر تمام می‌شود و 30 نفر را پوشش می‌دهد.")
    subjects = {f.text: f.subject for f in extract_text("d", text).figures}
    assert subjects == {"20 میلیارد ریال": "قم", "دو ماه": None, "30 نفر": "قم"}


@pytest.mark.parametrize("text, subject", [
    # the province's official states it: the province the news is in
    ("علی رضایی مدیرکل بهزیستی استان قم گفت: کار ادامه دارد.\nوی افزود: این طرح 30 نفر را پوشش می‌دهد.", "قم"),
    # an official of no post there, or no one named: the province is no claim about the figure
    ("علی رضایی معاون وزیر کشور در سفر به استان گلستان گفت: کار ادامه دارد.\nوی افزود: سهام 20 درصد رشد کرد.", None),
    ("مدیرکل بهزیستی استان قم گفت: کار ادامه دارد.\nوی افزود: این طرح 30 نفر را پوشش می‌دهد.", None),
])
def test_the_province_of_the_news_is_a_figures_subject_only_as_its_official_states_it(text, subject):
    assert [f.subject for f in extract_text("d", text).figures] == [subject]


def test_a_measure_is_no_word_of_a_name_a_post_or_another_figure():
    text = "رئیس اداره منابع طبیعی و آبخیزداری شهرستان ورامین از رفع تصرف 51400 متر مربع اراضی ملی خبر داد."
    assert {f.text: f.measure for f in extract_text("d", text).figures}["51400 متر مربع"] != "منابع"
    text = "در این بررسی حدود 10 درصد از این سه هزار کتاب یعنی حدود 300 کتاب به مرحله دوم رسید."
    assert {f.text: f.measure for f in extract_text("d", text).figures}["300 کتاب"] != "درصد"


def test_compared_with_is_no_ratio():
    text = "استاندار گفت: تنها یک بیمارستان در استان بود و با مقایسه وضعیت فعلی نسبت به گذشته امروز 8 بیمارستان داریم."
    assert {f.text: f.measure for f in extract_text("d", text).figures}["8 بیمارستان"] != "نسبت"


def test_a_count_measures_the_noun_it_counts_not_a_term_the_sentence_named_before():
    text = "تنها منبع درآمدی‌ام مستمری کمیته امداد است؛ 2 کودکم شناسنامه ندارند و 8 کارخانه کمپوست ساخته شد."
    measures = {f.text: f.measure for f in extract_text("d", text).figures}
    assert measures["2 کودکم"] == "کودکم" and measures["8 کارخانه"] == "کارخانه"
    # two counts of one value are two figures when they count different things
    x = extract_text("d", "استاندار گفت: دو تیم و دو دیدگاه در این مسابقات حضور دارند.")
    assert sorted(f.text for f in x.figures) == ["دو تیم", "دو دیدگاه"]


def test_a_count_unit_that_is_a_noun_is_the_measure_a_classifier_is_not():
    measures = {f.text: f.measure for f in extract_text(
        "d", "در این طرح 24 روستا و هزار دانشجو و 326 نفر و 14 دستگاه و 60 تن کشته شمرده شدند.").figures}
    assert measures["24 روستا"] == "روستا" and measures["هزار دانشجو"] == "دانشجو"
    assert measures["326 نفر"] != "نفر" and measures["14 دستگاه"] != "دستگاه" and measures["60 تن"] != "تن"


@pytest.mark.parametrize("text, figure, measure", [
    ("تاکنون 326 نفر پزشک اعزامی و 182 نفر پرستار به مناطق زلزله‌زده رفته‌اند.", "182 نفر", "پرستار"),
    ("در این دوره 40 نفر شرکت‌کننده حضور داشتند.", "40 نفر", "شرکت‌کننده"),
    ("بیش از 70 درصد زباله‌ها بازیافت می‌شود.", "70 درصد", "زباله‌ها"),
])
def test_a_share_or_a_count_in_items_measures_the_noun_after_it(text, figure, measure):
    assert [f.measure for f in extract_text("d", text).figures if f.text == figure] == [measure]


@pytest.mark.parametrize("text, figure", [
    ("در این مسابقات 40 نفر به مسابقات سراسری راه یافتند.", "40 نفر"),   # a preposition
    ("در این آیین 10 نفر شرکت کردند.", "10 نفر"),                           # a compound verb's noun
    ("این رقم به 243 هزار نفر رسید.", "243 هزار نفر"),                        # a verb
])
def test_no_measure_from_a_word_that_names_none(text, figure):
    assert [f.measure for f in extract_text("d", text).figures if f.text == figure] == [None]


@pytest.mark.parametrize("text, figure, measure", [
    ("نرخ تورم در آبان ماه به 9.8 درصد کاهش یافت.", "9.8 درصد", "تورم"),
    ("قیمت انشعاب برق از 360 هزار تومان به یک باره به یک میلیون و 610 هزار تومان افزایش یافته است.",
     "یک میلیون و 610 هزار تومان", "قیمت"),
    ("سهم پرداخت از جیب مردم باید به 30 درصد کاهش پیدا کند.", "30 درصد", "سهم"),
    ("صادرات غیرنفتی استان 15 درصد افزایش یافت.", "15 درصد", "افزایش"),  # by how much: the change
])
def test_a_level_reached_measures_what_changed_not_the_change(text, figure, measure):
    """After `به` the figure is where the thing named before it ended up, not the size of the change."""
    assert [f.measure for f in extract_text("d", text).figures if f.text == figure] == [measure]


@pytest.mark.parametrize("text, figure, measure", [
    ("ارزش روز بازار بورس به بیش از 5 هزار میلیارد تومان رسید.", "5 هزار میلیارد تومان", "ارزش روز بازار بورس"),
    ("این طرح به مدت 10 روز اجرا می‌شود.", "10 روز", "مدت"),
    ("در این مدت شمار بیمه‌شدگان به 2 میلیون نفر رسید.", "2 میلیون نفر", "بیمه‌شدگان"),  # no duration
])
def test_general_measures_and_a_measure_that_fits_the_unit(text, figure, measure):
    found = [f.measure for f in extract_text("d", text).figures if f.text == figure]
    assert found and found[0].split()[0] == measure.split()[0]


@pytest.mark.parametrize("text, figure, measure", [
    ("این طرح‌ها با اعتباری بالغ بر 147 میلیارد ریال به بهره‌برداری می‌رسد.", "147 میلیارد ریال", "اعتباری"),
    ("همچنین 44 درصد از این نامه‌ها در حوزه معاونت بود.", "44 درصد", "نامه‌ها"),
])
def test_an_indefinite_measure_and_a_share_of_what_follows(text, figure, measure):
    assert [f.measure for f in extract_text("d", text).figures if f.text == figure] == [measure]


def test_a_rank_measures_no_amount():
    """`760 میلیارد دلاری در رتبه سوم`: the rank after an amount is its place in a list, not what it measures."""
    found = [f.measure for f in extract_text("d", "چین با رقم 760 میلیارد دلاری در رتبه سوم قرار گرفت.").figures]
    assert found and "رتبه" not in found


def test_a_subheading_among_several_officials_words_is_the_reporters_own():
    text = ("مالیات پزشکان\n\n"
            "علی احمدی عضو کمیسیون اقتصادی مجلس گفت: قانون اجرا می‌شود.\n\n"
            "* 20 درصد پزشکان به قانون تمکین کردند\n\n"
            "احمدی افزود: تاکنون 20 درصد پزشکان به قانون تمکین کرده‌اند.\n\n"
            "رضا محمدی رئیس سازمان امور مالیاتی کشور نیز گفت: کار ادامه دارد.")
    found = _speakers(text)
    assert ("20 درصد", None) in found and ("20 درصد", "علی احمدی") in found
    # ... but in a report of one person's words, a subheading sums them up
    one = text.rsplit("\n\n", 1)[0]
    assert ("20 درصد", None) not in _speakers(one)


@pytest.mark.parametrize("text, measure", [
    ("علی رضایی گفت: امسال ۲ هزار و ۵۰۰ تن گندم از کشاورزان خریداری شد.", "گندم"),
    ("علی رضایی گفت: امسال 300 میلیون مترمکعب آب ذخیره شد.", "آب"),
    ("علی رضایی گفت: امسال 40 هزار هکتار از اراضی زیر کشت رفت.", "اراضی"),
    ("علی رضایی گفت: امسال 2500 تن سیب‌زمینی صادر شد.", "سیب‌زمینی"),  # (the lexicon lists it with its ZWNJ)
    # not a distance from a place, nor a rank in a table
    ("علی رضایی گفت: این روستا 200 کیلومتر از مرکز استان فاصله دارد.", None),
    ("علی رضایی گفت: استان فارس با یک میلیون تن رتبه اول را دارد.", None),
])
def test_a_measured_amount_measures_the_noun_after_its_unit(text, measure):
    (figure,) = extract_text("t", text).figures
    assert figure.measure == measure


@pytest.mark.parametrize("text, measure", [
    ("دشمن جنگ تحمیلی 8 ساله را علیه ما آغاز کرد.", "جنگ تحمیلی"),
    ("این موضوع در یک چارچوب زمانی 45 روزه نهایی می‌شود.", "چارچوب زمانی"),
    ("در پایان سفر دو روزه رئیس جمهور به کاراکاس بیانیه‌ای صادر شد.", "سفر"),
    ("این مرکز به صورت 24 ساعته خدمات می‌دهد.", None),
    ("هر یک از مناطق 22 گانه در جشنواره حضور دارند.", "مناطق"),
    ("تنها یک خانواده چهار نفره در روستا ماندند.", "خانواده"),
])
def test_a_number_made_an_adjective_measures_the_noun_it_follows(text, measure):
    assert [f.measure for f in extract_text("t", text).figures] == [measure]


@pytest.mark.parametrize("text, measure", [
    ("20 درصد از کل دانشجویان زن هستند.", "دانشجویان"),
    ("با وجود خارج شدن 2 هزار و 400 نفر از فرهنگیان، کلاس‌ها برگزار شد.", "فرهنگیان"),
    ("بیش از 8 هزار نفر از مجموع 35 هزار فرهنگی فاقد مسکن هستند.", None),
])
def test_a_share_of_the_whole_or_of_a_plural_in_yan_measures_the_plural(text, measure):
    assert extract_text("t", text).figures[0].measure == measure


@pytest.mark.parametrize("text, measure", [
    ("مدیر کمیته امداد گفت: 20 نفر از مادران و دختران بازمانده از تحصیل به اردوگاه اعزام شدند.", "مادران"),
    ("هم‌اکنون بحث درباره فقط 177 نفر از این نامزدها است.", "نامزدها"),
])
def test_a_plural_the_dictionary_knows_by_its_singular_is_what_a_count_of_people_counts(text, measure):
    assert extract_text("t", text).figures[0].measure == measure


@pytest.mark.parametrize("text, measure", [
    ("وی تعداد محکومان پرونده‌های قاچاق گمرک را 35 نفر اعلام کرد.", "محکومان"),
    ("تعداد خادمان اعزامی به همراه کاروان‌ها یک‌هزار و 591 نفر است.", "خادمان اعزامی"),
    # (the normalizer joins `دانش آموزان`, an agent compound written apart)
    ("شمار دانش آموزان مدارس در سال 2013 به 8 میلیون نفر رسید.", "دانش‌آموزان"),
])
def test_a_count_the_sentence_opened_with_tedad_counts_the_noun_after_it(text, measure):
    assert extract_text("t", text).figures[-1].measure == measure


@pytest.mark.parametrize("text, measure", [
    ("پروژه فاضلاب شهری حدود 30 درصد پیشرفت داشته است.", "پیشرفت"),
    ("این طرح 60 درصد پیشرفت فیزیکی دارد.", "پیشرفت فیزیکی"),
    ("برای پیشرفت این پروژه 3 میلیارد تومان هزینه شد.", "هزینه"),
])
def test_a_projects_progress_measures_a_percentage_only(text, measure):
    assert extract_text("t", text).figures[0].measure == measure


def test_a_word_for_money_measures_no_span_of_time_nor_a_count():
    text = "صلصالی اولین گل را به سود ذوب آهن به ثمر رساند؛ اما دو دقیقه بعد بختیاری زاده گل زد."
    assert [f.measure for f in extract_text("t", text).figures] == [None]


@pytest.mark.parametrize("text, measure", [
    ("تاکنون 787 نفر از این دانشگاه فارغ‌التحصیل شده‌اند.", None),
    ("44 درصد از این نامه‌ها بی‌پاسخ ماند.", "نامه‌ها"),
])
def test_a_count_from_this_one_thing_is_no_share_of_it(text, measure):
    assert [f.measure for f in extract_text("t", text).figures] == [measure]


@pytest.mark.parametrize("text, measure", [
    ("رئیس اداره منابع آب از انسداد 190 حلقه چاه غیرمجاز خبر داد.", "چاه"),
    ("در این مدت 196 هزار کارتن پوشک کشف شد.", "پوشک"),
    ("بیش از 6 هزار کارتن انواع پوشک کشف شد.", None),
    ("حدود 500 رأس دام مولد پرورش می‌یابد.", "دام"),
])
def test_a_word_for_items_counts_the_noun_after_it(text, measure):
    assert extract_text("t", text).figures[0].measure == measure


@pytest.mark.parametrize("text, figure, measure", [
    ("قیمت جهانی اورانیوم با 19 درصد افزایش به بیش از 113 دلار رسید.", "113 دلار", "قیمت"),
    ("تعداد داروخانه‌های شبانه‌روزی از 30 داروخانه به 54 داروخانه افزایش یافت.", "54 داروخانه", "داروخانه"),
])
def test_a_measure_right_after_another_figure_is_that_ones_and_a_counts_own_noun_comes_first(text, figure, measure):
    assert [f.measure for f in extract_text("t", text).figures if f.text == figure] == [measure]


def test_a_plural_compound_the_dictionary_lists_with_its_zwnj_is_what_a_count_counts():
    text = "امسال 17 هزار نفر دانش‌آموزان به اردوهای راهیان نور اعزام شدند."
    assert extract_text("t", text).figures[0].measure == "دانش‌آموزان"


@pytest.mark.parametrize("text, measures", [
    ("در این حادثه 3 نفر کشته و 12 نفر زخمی شدند.", ["کشته", "زخمی"]),
    ("این انفجار به کشته شدن 19 نفر و زخمی شدن 51 نفر دیگر انجامید.", ["کشته", "زخمی"]),
    # the words after `و` are another item's; `و بالاتر` is the same figure's bound
    ("این حمله منجر به شهادت دو نفر و مجروح شدن عده‌ای شد.", [None]),
    ("هر روسری تا 20 هزار تومان و بالاتر ارزش دارد.", ["ارزش"]),
])
def test_the_dead_and_the_injured_are_what_a_count_of_people_measures(text, measures):
    """`کشته`, `زخمی`, `مجروح`, `مصدوم` (measures.tsv): a casualty count measures them, though a
    light verb follows (`زخمی شدند`)."""
    assert [f.measure for f in extract_text("d", text).figures] == measures



def test_seized_narcotics_are_what_a_weight_measures_and_no_count_of_people():
    """`مواد مخدر` (measures.tsv, kind `size`): a weight of drugs seized; the count of those
    arrested after it measures no drugs."""
    text = "ماموران موفق شدند 7 کیلو و 181 گرم انواع مواد مخدر کشف و 53 نفر را در این رابطه دستگیر کنند. " \
           "در شش ماه گذشته ۴۵ تن مواد مخدر کشف شده است."
    assert [(f.text, f.measure) for f in extract_text("d", text).figures] == [
        ("7 کیلو و 181 گرم", "مواد مخدر"), ("53 نفر", None), ("45 تن", "مواد مخدر")]


@pytest.mark.parametrize("text, measure", [
    ("در این شهرستان ۳ هزار و ۵۰۰ واحد مسکونی ساخته می‌شود.", "واحد مسکونی"),
    ("در این استان 441 واحد صنعتی فعال است.", "واحد صنعتی"),
    # a noun that merely ends in `ی`, and counts of people, cases and kinds, keep the word alone
    ("در این بندر چهار فروند کشتی پهلو گرفت.", "کشتی"),
    ("از کل این تعداد 50 مورد مسکونی و 23 مورد اداری بوده است.", "مسکونی"),
])
def test_an_adjective_after_a_counts_word_for_its_items_says_what_the_items_are(text, measure):
    assert [f.measure for f in extract_text("d", text).figures][0] == measure


def test_a_measure_after_a_name_its_comma_closed_is_the_figures():
    """`به گفته مرکز آمار ایران، تورم ماهانه ...`: the comma ends the source's name, and the measure
    after it is free; right after a name in its clause it stays the name's (`... طالبان کشته`)."""
    text = "به گفته مرکز آمار ایران، تورم ماهانه ۲.۱ درصد بوده است."
    assert [f.measure for f in extract_text("d", text).figures] == ["تورم"]


def test_the_lead_in_before_a_quotes_colon_measures_nothing_inside_the_quote():
    text = "این مقام مسئول با اشاره به کاهش بارندگی‌ها تصریح کرد: میزان بارش‌ها ۴۰ درصد کمتر از میانگین است."
    # (nor is the average it is compared with after it: `کمتر از میانگین`)
    assert [f.measure for f in extract_text("d", text).figures] == [None]
    assert [f.measure for f in extract_text("d", "رئیس سازمان گفت: رشد اقتصادی 4 درصد بود.").figures] == ["رشد"]
