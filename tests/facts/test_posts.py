"""Who ran which province, on the corpus: the answers the relations issue asks for."""
import pytest

from helpers import CORPUS
from loader.pipeline import extract_text
from loader.text_keys import fold


@pytest.fixture(scope="module")
def holdings():
    found = []
    for path in sorted(CORPUS.glob("*.txt")):
        x = extract_text(path.stem, path.read_text(encoding="utf-8"))
        found += [(h.person, h.post.title, h.post.organization or "", h.post.area or "", h.acting, h.status, path.stem)
                  for h in x.holdings]
    return found


def holders(holdings, area):
    return [h for h in holdings if fold(h[3]) == fold(area)]


@pytest.mark.parametrize("area, person, title, org_word, acting", [
    ("قم", "سید مجتبی موسوی", "مدیرکل", "تأمین", False),
    ("قم", "محمد عاشوری", "مدیرکل", "تأمین", False),
    ("کرمان", "شیخ شعاعی", "مدیرکل", "تأمین", False),
    ("اصفهان", "مرتضی حاجی‌کاظمی", "مدیرکل", "تأمین", False),
    ("مرکزی", "جمشید امیدی", "مدیرکل", "تعاون، کار و رفاه اجتماعی", False),
    ("خوزستان", "مریم حیدریان", "سرپرست معاونت خرید راهبردی و اسناد پزشکی", "مدیریت درمان", True),
    ("خراسان شمالی", "جواد یزدانی", "مدیرکل", "تأمین", False),
    ("گیلان", "کیوان مرتضوی", "سرپرست", "تأمین", True),
    ("البرز", "مجتبی عبداللهی", "استاندار", "", False),
])
def test_who_ran_which_province(holdings, area, person, title, org_word, acting):
    match = [h for h in holders(holdings, area) if fold(h[0]) == fold(person) and fold(h[1]) == fold(title)]
    assert match, holders(holdings, area)
    assert fold(org_word) in fold(match[0][2])
    assert match[0][4] is acting


def test_earlier_post_is_former(holdings):
    former = [h for h in holdings if h[5] == "former"]
    assert [(h[0], h[1]) for h in former] == [("سید مجتبی موسوی", "رئیس")]
    assert "شعبه 2" in former[0][2]


def test_list_of_seven_posts_in_one_sentence(holdings):
    listed = {(h[0], h[1]) for h in holdings if h[6].startswith("001")}
    assert {("احمد اسفندیاری", "معاون فرهنگی، اجتماعی و امور استان‌ها"), ("دامون خدابنده", "رئیس"),
            ("روح‌الله سمیع", "مشاور مدیرعامل"), ("روح‌الله سمیع", "مدیرکل"), ("هادی قیومی", "مدیرکل"),
            ("رحمان فراهانی", "مدیرکل"), ("سید محسن نظام خیرآبادی", "مدیرکل")} <= listed


def test_ceo_holds_his_post_once_with_no_area(holdings):
    ceo = [h for h in holdings if h[1] == "مدیرعامل" and h[2] == "سازمان تأمین‌اجتماعی"]
    assert [(h[0], h[3]) for h in ceo] == [("میرهاشم موسوی", "")]


def _holds(text):
    return [(h.person, h.post.title) for h in extract_text("t", text).holdings]


def test_a_post_named_without_its_body_is_the_same_post_named_with_it():
    text = ("زهره الهیان نماینده مردم تهران با طرح سوالاتی از وزیر خواست پاسخ دهد. "
            "زهره الهیان نماینده مردم تهران در مجلس شورای اسلامی در گفت‌وگو با خبرنگار گفت: خوب است.")
    found = [(h.person, h.post.title, h.post.organization, h.post.area) for h in extract_text("t", text).holdings]
    assert found == [("زهره الهیان", "نماینده مردم", "مجلس شورای اسلامی", "تهران")]


def test_a_person_past_a_clause_after_the_reports_credit_is_not_the_lead_posts_holder():
    # the reported clause's own verb comes before the name: a scorer mentioned, not the coach
    text = ("مربی تیم فوتبال منچسترسیتی گفت: پیروزی بر رم وظیفه‌ای اجباری است.\n"
            "به گزارش خبرگزاری فارس، شب گذشته قهرمان لیگ فوتبال آلمان موفق شد با گل دقیقه پایانی "
            "جروم بواتنگ منچسترسیتی را شکست دهد.")
    assert _holds(text) == []
    text = ("مربی تیم فوتبال منچسترسیتی گفت: پیروزی بر رم وظیفه‌ای اجباری است.\n"
            "به گزارش خبرگزاری فارس، روبن کوسیلاس امروز در نشست خبری این را گفت.")
    assert _holds(text) == [("روبن کوسیلاس", "مربی")]


def test_a_person_named_in_the_words_a_post_says_is_not_its_holder():
    # the lead's post speaks of two people; the next sentence names who it is
    text = ("لغو جلسه کمیته تفحص مجلس با مشایی و ملک‌زاده\n\n"
            "خبرگزاری فارس: رئیس کمیته تفحص مجلس گفت: جلسه‌ای که قرار بود با حضور مشایی و ملک‌زاده برگزار شود لغو شد.\n"
            "حسین ابراهیمی در گفت‌وگو با خبرنگار فارس افزود: زمان جلسه بعدی هنوز معلوم نیست.")
    assert _holds(text) == [("حسین ابراهیمی", "رئیس")]


def test_the_first_of_a_list_of_names_is_not_the_holder_of_the_leads_post():
    # the coach announced the squad; the squad's first player is not the coach
    text = ("خبرگزاری فارس: سرمربی تیم فوتبال جوانان برای شرکت در تورنمنت تهران اسامی جدید این تیم را اعلام کرد.\n"
            "به گزارش خبرگزاری فارس، اردوی این تیم از امروز در کمپ تیم‌های ملی آغاز شد.\n"
            "حسین ابراهیمی، هادی عزیزی و مهرداد نوری از گیلان، علی درخشان از آذربایجان شرقی دعوت شدند.")
    assert _holds(text) == []


def test_a_title_naming_another_posts_owner_finds_no_holder():
    text = ("فتاحی اضافه کرد: در نشست با رحیم ممبینی معاون معاونت برنامه‌ریزی رئیس جمهور، اعضای کمیسیون "
            "معتقد بودند باید بودجه بیشتری داده شود.")
    assert all(title != "رئیس جمهور" and title != "رئیس‌جمهور" for _, title in _holds(text))


def test_a_person_the_post_speaks_of_in_its_own_sentence_is_not_its_holder():
    text = ("امام جمعه باشت در این مراسم با تسلیت رحلت آیت‌الله ملک‌حسینی گفت: رحلت این عالم سبب تأثر همه شد.\n"
            "حجت‌الاسلام عبدالرحیم عبودی بیان کرد: ایشان تمام عمر خود را صرف خدمت کرد.")
    assert _holds(text) == [("عبدالرحیم عبودی", "امام جمعه")]


@pytest.mark.parametrize("text, holder, title, area", [
    ('"ولادیمیر پوتین" رییس جمهوری روسیه هرگونه مذاکره را رد کرد.', "ولادیمیر پوتین", "رئیس‌جمهور", "روسیه"),
    ("رئیس جمهور کشورمان بدون مشایعت «ایگور ایوانف» رئیس جمهور روسیه سان دید.", "ایگور ایوانف", "رئیس‌جمهور", "روسیه"),
    # a plenipotentiary, the post written with its space (titles.tsv canonical)
    ("«ماکسیم مدودکوف» نماینده تام الاختیار روسیه در مذاکرات تجاری با سازمان تجارت جهانی گفت: تمام است.",
     "ماکسیم مدودکوف", "نماینده تام‌الاختیار", "روسیه"),
])
def test_a_quoted_foreign_name_holds_the_post_after_it(text, holder, title, area):
    found = [(h.person, h.post.title, h.post.area) for h in extract_text("t", text).holdings]
    assert (holder, title, area) in found


def test_a_police_chief_is_a_post_of_its_province():
    text = "سرهنگ اسرافیل جعفری فرمانده انتظامی استان چهارمحال و بختیاری گفت: 3 باند متلاشی شد."
    found = [(h.person, h.post.title, h.post.area) for h in extract_text("t", text).holdings]
    assert found == [("اسرافیل جعفری", "فرمانده انتظامی", "چهارمحال و بختیاری")]


def test_a_post_with_no_name_is_not_given_to_someone_named_in_passing():
    text = ("سخنگوی وزارت دفاع هند گفت: نیروهای پاکستانی به مواضع ما شلیک کردند.\n"
            "این حادثه پس از دیدار «مان موهان سینگ» نخست وزیر هند با «نواز شریف» همتای پاکستانی‌اش رخ داد.")
    assert not [h for h in extract_text("t", text).holdings if h.person == "نواز شریف"]


@pytest.mark.parametrize("text", [
    "یک مقام مسئول با اشاره به نامه نعمت‌زاده گفت: این نامه یک هفته پیش از اظهار نظر سخنگوی دولت نگاشته شده است.",
    "رسیدگی به سوال امیر حسن‌خانی از وزیر جهاد کشاورزی در دستور کار کمیسیون است.",
])
def test_a_post_later_in_a_sentence_is_not_its_subjects_without_a_copula_right_after_it(text):
    assert not extract_text("t", text).holdings


def test_a_foreign_states_ministry_is_not_irans():
    text = "«جالو ممادو تاندیا» وزیر دفاع موریتانی و محمد جواد ظریف وزیر امور خارجه ایران دیدار کردند."
    orgs = {h.person: (h.post.organization, h.post.organization_id) for h in extract_text("t", text).holdings}
    assert orgs["جالو ممادو تاندیا"][0] == "وزارت دفاع موریتانی"
    assert orgs["محمد جواد ظریف"][1] == "org:mofa"


def test_a_post_inside_a_phrase_is_not_the_one_who_speaks_and_gets_no_later_holder():
    # `رئیس جمهوری آمریکا` is whose remarks the paper cites; the scholar quoted later is not him
    text = ("گزارش روزنامه\n"
            "این روزنامه با اشاره به اظهارات اخیر رئیس جمهوری آمریکا به نقل از مطبوعات نوشت: نیروها افزایش یافته است.\n"
            "\"ناصر هادیان\" استاد علوم سیاسی در این باره می‌گوید: «این جنگی روانی است.»")
    assert [h for h in _holds(text) if h[1].startswith("رئیس")] == []


def test_a_leads_post_does_not_reach_a_person_named_many_sentences_later():
    text = ("خبرگزاری فارس: مدیرکل بهزیستی استان قم گفت: 20 مرکز جدید افتتاح می‌شود.\n"
            "این مراکز در شهرستان‌ها هستند.\nساخت آنها دو سال طول کشید.\nهزینه آن را دولت داد.\n"
            "مردم از آن استقبال کردند.\nعلی رضایی در گفت‌وگو با خبرنگار فارس افزود: کار ادامه دارد.")
    assert _holds(text) == []


def test_a_leads_bare_post_goes_to_the_one_the_next_sentence_opens_with():
    text = ("راهیابی 409 شاعر به مرحله نهایی\n"
            "خبرگزاری فارس: دبیر جشنواره سراسری شعر از راهیابی 409 شاعر به مرحله نهایی خبر داد.\n"
            "صالح سجادی امروز در گفت‌وگو با خبرنگار فارس افزود: داوری به پایان رسیده است.")
    assert _holds(text) == [("صالح سجادی", "دبیر")]


def test_a_leads_bare_post_is_not_given_to_someone_the_next_sentence_only_mentions():
    text = ("خبرگزاری فارس: دبیر جشنواره سراسری شعر از راهیابی 409 شاعر به مرحله نهایی خبر داد.\n"
            "در این جشنواره آثار صالح سجادی هم داوری شد.")
    assert _holds(text) == []


@pytest.mark.parametrize("text, area", [
    ("آلبرتو فوجیموری رئیس جمهور سابق پرو گفت: کار تمام است.", "پرو"),
    ("میخائیل گورباچف رهبر پیشین اتحاد جماهیر شوروی گفت: کار تمام است.", "اتحاد جماهیر شوروی"),
    ("سید بهلول حسینی نماینده مردم میانه در مجلس گفت: کار تمام است.", "میانه")])
def test_the_place_a_post_is_for_though_its_name_is_also_a_word(text, area):
    assert [h.post.area for h in extract_text("t", text).holdings] == [area]


def _posts(text):
    return [(h.person, h.post.title, h.post.organization, h.post.area) for h in extract_text("d", text).holdings]


def test_titles_joined_by_and_share_the_place_after_the_last():
    assert _posts("حجت‌الاسلام شریعتی‌تبار نماینده ولی فقیه و امام جمعه تربت‌حیدریه گفت: مردم آماده‌اند.") == [
        ("شریعتی‌تبار", "نماینده ولی فقیه", None, "تربت حیدریه"),
        ("شریعتی‌تبار", "امام جمعه", None, "تربت حیدریه")]


def test_a_place_after_the_second_posts_organisation_is_not_shared():
    posts = _posts("علی رضایی استاندار و مدیرکل تأمین اجتماعی قم گفت: مردم آماده‌اند.")
    assert ("علی رضایی", "استاندار", None, None) in posts


def test_a_board_named_with_its_province_is_an_organisation_and_the_province_the_area():
    assert _posts("امید سراجی، رئیس هیأت دوچرخه‌سواری استان تهران گفت: مسابقه برگزار می‌شود.") == [
        ("امید سراجی", "رئیس", "هیأت دوچرخه‌سواری", "تهران")]


@pytest.mark.parametrize("text, area", [
    ("نماینده ولی‌فقیه در استان قزوین، اظهار داشت: مردم آماده‌اند. هادی باریک‌بین اضافه کرد: انتخابات مهم است.", "قزوین"),
    ("آیت‌الله علی حسینی نماینده ولی‌فقیه در استان و امام جمعه زنجان گفت: مردم آماده‌اند.", "زنجان"),
])
def test_the_leaders_representative_is_for_the_place_written_after_dar(text, area):
    assert [p[3] for p in _posts(text) if p[1] == "نماینده ولی فقیه"] == [area]


def test_dar_after_another_post_names_where_its_holder_was_not_the_posts_area():
    assert all(p[3] is None for p in _posts("علی رضایی معاون وزیر در استان قزوین گفت: مردم آماده‌اند."))


@pytest.mark.parametrize("text, organization, area", [
    ("مایک پمپئو وزیر امور خارجه آمریکا گفت که مذاکرات ادامه دارد.", "وزارت امور خارجه آمریکا", "آمریکا"),
    ("جک استرا وزیر امور خارجه انگلیس امروز گفت که مذاکرات ادامه دارد.", "وزارت امور خارجه انگلیس", "انگلیس"),
])
def test_a_foreign_ministry_named_by_its_function_leaves_its_state_for_the_posts_area(text, organization, area):
    """The gazetteer lists `وزارت خارجه آمریکا`; after `وزیر` its function name and the state
    are two entities, so the post is for that state."""
    assert [(p[2], p[3]) for p in _posts(text)] == [(organization, area)]


def test_a_word_marking_the_post_current_does_not_part_it_from_its_place():
    assert _posts("علی رضایی استاندار جدید قم گفت: آماده‌ایم.") == [("علی رضایی", "استاندار", None, "قم")]
    # (a national team keeps its state in its name, as the guidelines rule: `تیم ملی ایران`)
    assert [p[2:] for p in _posts("اسلوبودان کواچ، سرمربی حال حاضر تیم ملی ایران گفت: آماده‌ایم.")] == [
        ("تیم ملی ایران", None)]


def test_an_interim_post_is_held_in_its_state_and_names_no_ministry():
    """`وزیر` inside `نخست وزیر` reads no ministry out of `موقت عراق`; `موقت` stays in the post (an
    interim one, as the guidelines keep `امام جمعه موقت`) and parts it from its state no more than
    `جدید` does."""
    assert _posts("ایاد علاوی نخست وزیر موقت عراق گفت: آماده‌ایم.") == [("ایاد علاوی", "نخست‌وزیر موقت", None, "عراق")]


def test_a_deputy_sits_in_the_house_written_after_his_constituency():
    assert _posts("علی رضایی نماینده مردم تبریز در مجلس گفت: آماده‌ایم.") == [
        ("علی رضایی", "نماینده مردم", "مجلس شورای اسلامی", "تبریز")]
    assert _posts("علی رضایی نماینده مردم تبریز در جلسه گفت: آماده‌ایم.") == [
        ("علی رضایی", "نماینده مردم", None, "تبریز")]


@pytest.mark.parametrize("text, post", [
    ("علی رضایی استاندار سابق گلستان گفت: آماده‌ایم.", ("استاندار", None, "گلستان", "former")),
    ("علی رضایی عضو سابق شورای شهر تهران گفت: آماده‌ایم.", ("عضو", "شورای اسلامی شهر تهران", None, "former")),
    ("رضایی، مدیرکل بهزیستی قم گفت: آماده‌ایم.", ("مدیرکل", "اداره کل بهزیستی", "قم", "current")),
])
def test_former_posts_ambiguous_provinces_and_a_surname_in_apposition(text, post):
    """`گلستان` is the province after a provincial post (also after `سابق`); `سابق` is no part of
    what an officer is in charge of; a listed surname opening the sentence before `، TITLE` holds it."""
    found = extract_text("d", text).holdings
    assert [(h.post.title, h.post.organization, h.post.area, h.status) for h in found] == [post]


@pytest.mark.parametrize("text, post", [
    ("علی رضایی رئیس بیمارستان امام رضا (ع) مشهد گفت: آماده‌ایم.", ("رئیس", "بیمارستان امام رضا", "مشهد", "current")),
    ("آیت‌الله جباری (ره) امام جمعه فقید بهشهر بود.", ("امام جمعه", None, "بهشهر", "former")),
])
def test_a_blessing_between_a_body_and_its_town_and_the_post_of_a_late_holder(text, post):
    """The blessing after a holy name (`(ع)`) keeps a body beside its town and a name beside its
    post; `فقید` ('late') stands between a post and its place as `سابق` does, and marks it held before."""
    found = extract_text("d", text).holdings
    assert [(h.post.title, h.post.organization, h.post.area, h.status) for h in found] == [post]


@pytest.mark.parametrize("affairs", ["مالی", "بین‌الملل", "باغبانی"])
def test_a_director_of_affairs_runs_the_affairs_named_after_the_post(affairs):
    """`مدیر امور مالی`: the affairs are the post's (not the state Mali), the body after them its body."""
    assert _posts(f"علی رضایی مدیر امور {affairs} بنیاد سینمایی فارابی گفت: کار ادامه دارد.") == [
        ("علی رضایی", f"مدیر امور {affairs}", "بنیاد سینمایی فارابی", None)]


def test_a_place_after_also_is_the_sentences_object_not_the_posts():
    found = extract_text("d", "معاون گردشگری سازمان میراث فرهنگی و گردشگری نیز اصفهان را به یک ایران کوچک تشبیه کرد "
                              "و تصریح نمود: اصفهان شهری زیباست.\nعلی هاشمی خاطرنشان کرد: باید از فرصت استفاده کنیم.").holdings
    assert [(h.person, h.post.title, h.post.area) for h in found] == [("علی هاشمی", "معاون گردشگری", None)]


def test_the_head_of_a_central_district_is_named_with_its_county():
    assert _posts("مجتبی شاکری بخشدار مرکزی تایباد گفت: کار ادامه دارد.") == [("مجتبی شاکری", "بخشدار", None, "تایباد")]


def test_a_blessing_before_and_joins_two_people_not_a_name_and_a_post():
    assert _posts("مردم با آرمان‌های امام راحل (ره) و رهبر انقلاب تجدید میثاق کردند.") == []


@pytest.mark.parametrize("text", [
    "استاندار تهران طی حکمی علی رضایی را به عنوان فرماندار ری منصوب کرد.",
    "استاندار تهران طی حکمی علی رضایی را با حفظ سمت به عنوان فرماندار ری منصوب کرد.",
    "طی حکمی از سوی استاندار تهران، علی رضایی به عنوان فرماندار ری منصوب شد.",
])
def test_the_one_a_decree_appoints_keeping_his_post_or_not(text):
    """`طی حکمی X را ...`: `طی` governs the decree, so the name starts after `حکمی` (a scraped
    given name) and X is the one appointed, not the signer; `با حفظ سمت` may stand before `به عنوان`."""
    found = extract_text("d", text).holdings
    assert [(h.person, h.post.title, h.post.area, h.status) for h in found] == [("علی رضایی", "فرماندار", "ری", "appointed")]


@pytest.mark.parametrize("text, person", [
    ("از امروز محمدرضا عظیمی‌زاده رسماً به عنوان شهردار رفسنجان معرفی شد و از تلاش‌های اکبر پورمحمدی شهردار سابق "
     "قدردانی شد.", "محمدرضا عظیمی‌زاده"),
    ('استاندار کرمان "علی رضایی" را به عنوان شهردار رفسنجان معرفی کرد.', "علی رضایی"),
])
def test_a_name_given_a_post_past_an_adverb_or_its_closing_quote(text, person):
    assert (person, "شهردار", "رفسنجان") in [(h.person, h.post.title, h.post.area) for h in extract_text("d", text).holdings]


def test_names_listed_before_a_post_in_the_plural_hold_it_state_by_state():
    assert _posts("درباره دیدار خاتمی و عبدالعزیز بوتفلیقه روسای جمهوری ایران و الجزایر سخن گفت.") == [
        ("خاتمی", "رئیس‌جمهور", None, "ایران"), ("عبدالعزیز بوتفلیقه", "رئیس‌جمهور", None, "الجزایر")]
    assert _posts("او با «سرگئی لاوروف» و «جان کری» وزیران خارجه روسیه و آمریکا دیدار خواهد کرد.") == [
        ("سرگئی لاوروف", "وزیر", "وزارت خارجه روسیه", "روسیه"), ("جان کری", "وزیر", "وزارت خارجه آمریکا", "آمریکا")]


@pytest.mark.parametrize("text", [
    "تونی بلر و گوردون براون نخست‌وزیران انگلیس گفتند.",         # one state, two names: held in turn
    "علی رضایی و حسن احمدی استانداران تهران و قم دیدار کردند.",  # towns read without the post
])
def test_a_plural_post_is_shared_out_only_over_as_many_states(text):
    assert _posts(text) == []


def test_a_post_in_brackets_after_the_name_and_a_foreign_minister_named_by_function():
    assert _posts("خسرو امینی (نایب رئیس فدراسیون شنا) گفت: آماده‌ایم.")[0][:2] == ("خسرو امینی", "نایب‌رئیس")
    assert _posts("ویویان بالاکریشنان وزیر بازرگانی سنگاپور گفت: آماده‌ایم.") == [
        ("ویویان بالاکریشنان", "وزیر", "وزارت بازرگانی سنگاپور", "سنگاپور")]


def test_the_holders_nationality_between_a_title_and_its_body():
    assert _posts("پائولو اتوری سرمربی برزیلی تیم ملی فوتبال قطر گفت: آماده‌ایم.") == [
        ("پائولو اتوری", "سرمربی", "تیم ملی فوتبال قطر", None)]


def test_a_name_after_a_subject_pronoun_does_not_hold_the_unnamed_post_before_it():
    x = extract_text("d", "عضو مجلس خبرگان گفت: این طرح مطلوب است. نماینده استان گلستان در مجلس خبرگان رهبری، "
                          "این طرح را قابل پیگیری دانست. وی با اشاره به دوران ریاست جمهوری بنی‌صدر "
                          "مشکلات آن مقطع را مطرح کرد.")
    assert not [h for h in x.holdings if h.person == "بنی‌صدر"]


@pytest.mark.parametrize("text", [
    # the name is inside a noun phrase of another clause; a pronoun is the subject of the post
    "قرارداد ما 110 میلیارد است اگر پرونده برانکو و سایر بدهی‌ها نباشد هر کسی جای من مسؤول باشگاه پرسپولیس بود مشکلی نداشت.",
])
def test_a_copula_gives_a_post_only_to_the_subject_of_its_clause(text):
    assert not extract_text("t", text).holdings


def test_the_subject_of_a_that_clause_holds_the_post_it_is_appointed_to():
    text = ("همچنین اخبار تایید نشده حاکی از آن است که سردار انصاری معاون فعلی راهنمایی و رانندگی "
            "به سمت جانشین فرمانده نیروی انتظامی انتخاب شده است.")
    assert ("انصاری", "جانشین فرمانده") in _holds(text)


def test_the_state_after_a_list_of_people_and_posts_is_every_ones():
    text = "در این دیدار جورج بوش رئیس جمهور، دیک چنی معاون رئیس جمهور و کاندولیزا رایس وزیر امور خارجه آمریکا حضور داشتند."
    assert {(h.person, h.post.area) for h in extract_text("t", text).holdings} == {
        ("جورج بوش", "آمریکا"), ("دیک چنی", "آمریکا"), ("کاندولیزا رایس", "آمریکا")}


def test_a_post_whose_sentence_says_someone_new_speaks_is_not_the_last_speakers():
    lead = "به گزارش خبرگزاری فارس، رحیم زارع گفت: نرخ ارز 4200 تومان بود. "
    assert _holds(lead + "استاندار سمنان در این جلسه گفت: درآمد افزایش یابد.") == []
    assert _holds(lead + "نماینده مردم آباده در مجلس افزود: درآمد افزایش یابد.") == [("رحیم زارع", "نماینده مردم")]


def test_a_post_someone_may_come_to_hold_is_no_holding():
    text = "اگر آقای رئیسی رئیس جمهور شود و از بستگان شما دچار فساد شود چه می‌کنید؟ حسن روحانی رئیس جمهور گفت: نه."
    assert _holds(text) == [("حسن روحانی", "رئیس‌جمهور")]


@pytest.mark.parametrize("text, area", [
    ("روح‌الله اسحاقی مدیر ایران‌گردی و جهانگردی مازندران گفت: کار آغاز شد.", "مازندران"),
    ("هاشم فاطمی مدیر منابع آب شهرستان فارسان و کوهرنگ گفت: کار آغاز شد.", "فارسان"),
    ("امید افشاری‌نژاد رئیس دامپزشکی گچساران گفت: کار آغاز شد.", "گچساران"),
    # ... and after a body known by a shorter name
    ("سیدمهدی طبیب‌زاده رئیس اتاق بازرگانی، صنایع و معادن و کشاورزی استان کرمان گفت: کار آغاز شد.", "کرمان"),
    ("ضیا قاسمی معاون آموزش متوسطه آموزش و پرورش ناحیه یک قزوین گفت: کار آغاز شد.", "قزوین"),
    # ... and past the body a unit no list knows belongs to
    ("حسن عنایتی مدیر زراعت سازمان جهاد کشاورزی مازندران گفت: کشت رونق دارد.", "مازندران"),
    # ... and past the body a listed unit belongs to
    ("علی‌اصغر حمزه‌لو رئیس اداره نظارت بر بهداشت عمومی و مواد غذایی اداره کل دامپزشکی استان مرکزی گفت: "
     "کار آغاز شد.", "مرکزی"),
    # not a post of the first rank, nor the name of a school, nor past a preposition
    ("سید محمد خاتمی رئیس جمهور سیاست اصولی کاراکاس را ستود.", None),
    ("علی گنابادی‌نژاد مدیر مدرسه علمیه سلیمانیه گفت: کار آغاز شد.", None),
    ("علی رضایی مدیر این طرح در تهران گفت: کار آغاز شد.", None),
    # (past the body a director's function is in, `در` names the body's branch, as for any body's post)
    ("علی رضایی مدیر زراعت سازمان جهاد کشاورزی در تهران گفت: کار آغاز شد.", "تهران"),
])
def test_a_post_named_by_what_it_runs_takes_the_place_after_those_words(text, area):
    (holding,) = extract_text("t", text).holdings
    assert holding.post.area == area


def test_a_name_inside_the_words_someone_says_holds_no_post_named_before():
    text = ("خبرگزاری فارس: فرماندار کردکوی گفت: شوراها نقش مهمی دارند. به گزارش خبرگزاری فارس از گرگان، "
            "قوام الیاسیان در جمع منتخبان گفت: امام خمینی (ره) فرمودند که شوراها مهم است.")
    assert _holds(text) == []


def test_a_post_joined_by_a_far_and_in_someone_elses_words_is_not_the_first_posts_holders():
    text = ("به گزارش خبرنگار فارس، حجت‌الاسلام قمی رئیس سازمان تبلیغات اسلامی در جمع خبرنگاران گفت: "
            "توقعاتی که امام راحل از بسیج داشته اند و رهبر معظم انقلاب دارند، واقع بینانه است.")
    assert _holds(text) == [("قمی", "رئیس")]
    assert _holds("حمیدرضا غنی آبادی مدیرکل مجوزهای بانکی و مبارزه با پول‌شویی و مدیر اداره مطالعات بانک مرکزی گفت: نه.") \
        == [("حمیدرضا غنی آبادی", "مدیرکل"), ("حمیدرضا غنی آبادی", "مدیر")]


def test_a_lead_whose_post_demands_something_is_held_by_the_one_the_report_names():
    # `خواستار ... شد` is the lead's verb of saying, though its object stands between its words
    text = ("تعویق زمان افتتاح بیمارستان مسجدسلیمان\n"
            "فرماندار مسجدسلیمان خواستار تعویق زمان افتتاح بیمارستان این شهرستان شد.\n"
            "به گزارش خبرگزاری فارس از مسجدسلیمان، عبدالله ایزدپناه صبح امروز در بازدید دبیر مجمع تشخیص "
            "مصلحت نظام از بیمارستان اظهار کرد: قرار بوده 320 نفر در آن مشغول به کار شوند.\n"
            "دبیر مجمع تشخیص مصلحت نظام نیز در این بازدید به مسئولان قول مساعدت داد.\n"
            "محسن رضایی همچنین عنوان کرد: این شهرستان حق زیادی به گردن کشور دارد.")
    assert ("عبدالله ایزدپناه", "فرماندار") in _holds(text)
    assert ("محسن رضایی", "فرماندار") not in _holds(text)


def test_a_post_of_the_time_is_former_and_the_word_is_no_part_of_its_title():
    text = "وی بیان کرد: رژیم مقدمات سفر نیکسون، معاون رئیس جمهور وقت آمریکا را به ایران رقم زد."
    found = extract_text("d", text).holdings
    assert [(h.person, h.post.title, h.post.area, h.status) for h in found] == \
        [("نیکسون", "معاون رئیس‌جمهور", "آمریکا", "former")]


def test_a_representative_of_nothing_named_holds_no_post_but_keeps_the_title_from_others():
    text = ("ذبیح الله پورشیب نماینده وزن 84- کیلوگرم تیم ملی کاراته به مدال نقره بسنده کرد.\n"
            "روزنامه نوشت که پادشاه بحرین این سخن را مطرح می‌کند که زندان‌ها پر است. "
            "\"مطر ابراهیم مطر\" نماینده سابق پارلمان بحرین که روز دوم ماه می دستگیر شده است در زندان است.")
    # (the athlete holds nothing; the MP holds his seat, not the king's title)
    assert _posts(text) == [("مطر ابراهیم مطر", "نماینده", "پارلمان بحرین", "بحرین")]


def test_the_holder_named_in_brackets_after_the_post():
    text = "پسکوف گفت: همانطور که می‌دانید وزیر دفاع روسیه (سرگئی شویگو) با همتایان خود تماس برقرار کرده است."
    assert _posts(text) == [("سرگئی شویگو", "وزیر", "وزارت دفاع روسیه", "روسیه")]


def test_a_deputy_of_the_parliament_holds_the_peoples_deputys_post_not_that_of_the_assembly_of_experts():
    text = ("این نماینده مجلس نهم تاکید کرد: رویکرد قانون تغییر نمی‌کند. جلیلی درباره تحقق هدفگذاری دولت گفت: "
            "تورم کم می‌شود. علی احمدی نماینده مجلس خبرگان گفت: خوب است.")
    assert sorted((h.person, h.post.title) for h in extract_text("d", text).holdings) == \
        [("جلیلی", "نماینده مردم"), ("علی احمدی", "نماینده")]


def test_a_leads_post_is_not_given_to_the_object_of_a_preposition_in_a_later_sentence():
    text = ("ترمیم کابینه 4 ماهه در ژاپن\n"
            "خبرگزاری فارس: در پی استعفای کابینه ژاپن، نخست‌وزیر این کشور امروز کابینه خود را ترمیم کرد.\n"
            "به گزارش فارس به نقل از خبرگزاری آسوشیتدپرس، \"نائوتوکان\"، نخست‌وزیر ژاپن کابینه خود را امروز ترمیم کرد.\n"
            "کابینه جدید ژاپن با چالش‌ها روبه‌رو است.\n"
            "نخست وزیر ژاپن اظهار داشت که کابینه جدید با چالش‌ها روبه‌رو است.\n"
            "کابینه جدید نائو توکان سومین کابینه وی است.\n"
            "از جمله تغییرهای مهم در کابینه می‌توان به تصدی سمت دبیری کابینه توسط \"یوکیو ادانو\" اشاره کرد.\n"
            "ادانو گفت: این تغییر دشوار بود.")
    assert ("یوکیو ادانو", "نخست‌وزیر") not in _holds(text)


def test_a_leads_post_is_not_given_to_the_object_of_the_next_sentences_verb():
    text = ("رومینیگه: رقبا به تعطیلات رفتند\n"
            "معاون باشگاه بایرن مونیخ گفت: رقبا به تعطیلات رفتند.\n"
            "به گزارش خبرگزاری فارس، بایرنی‌ها سانچس را جذب کردند.")
    assert [h.person for h in extract_text("d", text).holdings] == []


def test_a_lead_whose_post_asks_something_of_someone_is_held_by_the_one_the_report_names():
    text = ("دوست بلازی خواستار توقف برنامه هسته‌ای ایران شد\n"
            "خبرگزاری فارس: وزیر امور خارجه فرانسه در یک درخواست غیر منطقی از ایران خواست برنامه هسته‌ای خود را متوقف کند.\n"
            "به گزارش خبرگزاری فارس، فیلیپ دوست بلازی امروز یکشنبه در پاریس به شبکه رادیویی گفت: ایران باید بپذیرد.")
    assert ("فیلیپ دوست بلازی", "وزیر") in _holds(text)


def test_a_counterpart_of_a_state_the_document_names_holds_the_same_post_there():
    text = ("هند و پاکستان درگیر شدند. این حادثه، اولین درگیری پس از دیدار «مان موهان سینگ» نخست وزیر هند با "
            "«نواز شریف» همتای پاکستانی‌اش در حاشیه نشست سازمان ملل است.")
    assert ("نواز شریف", "نخست‌وزیر", None, "پاکستان") in _posts(text)
    assert not [p for p in _posts("علی احمدی در دیدار با همتای پاکستانی‌اش گفت: خوب است.") if p[0] != "علی احمدی"]


def test_a_surname_alone_in_a_list_of_officials_holds_the_post_right_after_it():
    text = ("در تشییع پیکر دو شهید گمنام آیت‌الله مومن عضو مجلس خبرگان رهبری، پیریایی استاندار قم، "
            "سردار مهدوی‌نژاد فرمانده سپاه حضور داشتند.")
    assert [(title, area) for person, title, _, area in _posts(text) if "پیری" in person] == [("استاندار", "قم")]


SOLE_SPEAKER = ("خبرگزاری فارس: نماینده ولی فقیه در لرستان گفت: دشمنان منافع خود را در خطر دیده‌اند.\n"
                "به گزارش خبرگزاری فارس از خرم‌آباد، حجت‌الاسلام سیداحمد میرعمادی ظهر امروز در همایش تجلیل از "
                "مقام پیامبر گفت: پیامبر الگوی ماست.\n"
                "میرعمادی خاطرنشان کرد: خدای متعال به نیاز انسان پاسخ داده است.\n"
                "{post} تصریح کرد: برای شناخت پیامبر باید اوضاع آن زمان را بشناسیم.")


def test_the_one_person_an_item_names_holds_each_post_it_is_then_called_by():
    posts = _posts(SOLE_SPEAKER.format(post="امام جمعه خرم‌آباد"))
    assert {(title, area) for person, title, _, area in posts if person == "سیداحمد میرعمادی"} == \
        {("نماینده ولی فقیه", "لرستان"), ("امام جمعه", "خرم‌آباد")}


def test_the_departed_an_item_invokes_do_not_make_a_second_person_in_it():
    """`امام خمینی (ره)` quoted by the speaker holds no post of today's news."""
    text = SOLE_SPEAKER.replace("پیامبر الگوی ماست", "امام خمینی (ره) الگوی ماست").format(post="امام جمعه خرم‌آباد")
    assert ("سیداحمد میرعمادی", "امام جمعه", "خرم‌آباد") in {(p, t, a) for p, t, _, a in _posts(text)}


def test_a_post_that_speaks_about_a_topic_is_the_items_one_speakers():
    """`مسئول انجمن ... در مورد ... عنوان کرد`: what is spoken about sits between the post and
    its verb of saying; an occasion (`در این مراسم`) does not (see below)."""
    posts = _posts(SOLE_SPEAKER.format(post="امام جمعه خرم‌آباد در مورد شناخت پیامبر"))
    assert ("سیداحمد میرعمادی", "امام جمعه", "خرم‌آباد") in {(p, t, a) for p, t, _, a in posts}


@pytest.mark.parametrize("goes_on", ["در ادامه تاکید کرد", "همچنین با اشاره به نیاز مردم گفت",
                                     "در بخش دیگری از سخنان خود اظهار داشت"])
def test_a_post_whose_speaker_goes_on_is_the_items_one_speakers(goes_on):
    """`رئیس سازمان ... در ادامه تاکید کرد`: words that say the speaker goes on, between the post
    and its verb of saying, call the one who spoke before by another of their posts."""
    text = ("معاون عمرانی وزیر کشور گفت: کارها در حال انجام است.\n"
            "به گزارش خبرگزاری فارس، مهدی جمالی نژاد در جلسه قرارگاه بازسازی اظهار کرد: قرارگاه تشکیل شده است.\n"
            "جمالی نژاد با تشکر از مدیران استان گفت: کار خوب است.\n"
            "وی با اشاره به زیرساخت‌های شهری گفت: اعتباراتی در نظر گرفته شده است.\n"
            f"رئیس سازمان شهرداری‌ها و دهیاری‌های کشور {goes_on}: سامانه سجاد راه افتاد.")
    assert ("مهدی جمالی نژاد", "رئیس") in {(p, t) for p, t, _, _ in _posts(text)}


def test_a_name_after_the_pronoun_a_sentence_opens_with_does_not_speak_it():
    """`وی با اشاره به ... سفر اخیر بوش گفت`: وی speaks; a post said before is not Bush's."""
    text = ("علی رضایی امام جمعه موقت تهران گفت: کار خوب است.\n"
            "عضو مجلس خبرگان با اشاره به سفر بوش، هدف آن را صلح دانست و گفت: این هدف محقق نمی‌شود.\n"
            "وی با اشاره به اعتراضات نسبت به سفر اخیر بوش گفت: پروژه ادامه دارد.")
    assert not [p for p in _posts(text) if p[0] == "بوش"]


def test_a_post_whose_place_follows_dar_speaks_at_once_after_the_place():
    """`نماینده ولی فقیه در استان لرستان تصریح کرد`: the verb follows the post's place at once."""
    posts = _posts(SOLE_SPEAKER.replace("در لرستان گفت", "در خرم‌آباد گفت").format(
        post="نماینده ولی فقیه در استان لرستان"))
    assert ("سیداحمد میرعمادی", "نماینده ولی فقیه", "لرستان") in {(p, t, a) for p, t, _, a in posts}


@pytest.mark.parametrize("post", ["استاندار لرستان نیز در این مراسم",          # someone else speaks as well
                                  "علی احمدی استاندار لرستان هم"])             # another person is named
def test_a_post_that_may_be_another_speakers_is_not_given_to_the_items_one_person(post):
    posts = _posts(SOLE_SPEAKER.format(post=post))
    assert not [p for p in posts if p[0] == "سیداحمد میرعمادی" and p[1] == "استاندار"]


@pytest.mark.parametrize("title", ["رهبر معظم انقلاب اسلامی", "رهبر فرزانه انقلاب اسلامی", "رهبر انقلاب اسلامی"])
def test_the_leaders_courtesy_words_are_no_part_of_his_post(title):
    text = f"حضرت آیت‌الله خامنه‌ای {title} در خطبه‌های نماز جمعه گفت: وحدت لازم است."
    assert [(person, t) for person, t, _, _ in _posts(text)] == [("خامنه‌ای", "رهبر انقلاب اسلامی")]


def test_a_post_of_this_body_is_of_the_body_the_item_named_with_its_place():
    text = ("به گزارش خبرگزاری فارس از همدان، ظهر امروز مصطفی پناهنده به عنوان سرپرست جدید اداره‌کل راهداری و "
            "حمل و نقل جاده‌ای استان همدان منصوب شد. در این مراسم از خدمات دو ساله محمد رودباری مدیرکل پیشین "
            "این اداره کل قدردانی شد.")
    held = _posts(text)
    # `جاده‌ای` before the province is an adjective of the body's name, not a word made indefinite;
    # `جدید` says when the post is held and is no part of it
    assert ("مصطفی پناهنده", "سرپرست", "اداره‌کل راهداری و حمل و نقل جاده‌ای", "همدان") in held
    assert ("محمد رودباری", "مدیرکل", "اداره‌کل راهداری و حمل و نقل جاده‌ای", "همدان") in held


def test_this_ministry_is_the_one_a_ministers_post_named_by_its_function():
    text = "وزیر آموزش و پرورش در حکمی، مهدی نوید ادهم را به عنوان معاون پرورشی و فرهنگی این وزارتخانه منصوب کرد."
    assert _posts(text) == [("مهدی نوید ادهم", "معاون پرورشی و فرهنگی", "وزارت آموزش و پرورش", None)]


def test_a_post_of_this_body_after_the_holder_s_nationality_is_of_the_body_named_before():
    text = "تیم ملی قطر از فردا اردو برگزار می‌کند. «پائولو اتوری» سرمربی برزیلی این تیم 30 بازیکن را برگزیده است."
    assert _posts(text) == [("پائولو اتوری", "سرمربی", "تیم ملی فوتبال قطر", None)]
    # (a word that names no nationality there is no holder's: the post is left without a body)
    text = "تیم ملی قطر از فردا اردو برگزار می‌کند. «پائولو اتوری» سرمربی موفق این تیم 30 بازیکن را برگزیده است."
    assert _posts(text) == [("پائولو اتوری", "سرمربی", None, None)]


def test_the_one_who_replaces_the_holder_of_a_post_takes_it():
    text = "به گزارش فارس، در این مراسم با تقدیر از محمود احمدی، عباس حسینی جایگزین مسؤول سازمان بسیج استان گیلان شد."
    assert [h[0] for h in _posts(text)] == ["عباس حسینی"]


def test_the_minister_of_the_country_is_the_interior_minister():
    assert _posts("عبدالرضا رحمانی فضلی وزیر کشور گفت: انتخابات سالم است.") == [
        ("عبدالرضا رحمانی فضلی", "وزیر", "وزارت کشور", None)]
    assert _posts("«نهاد المشنوق» وزیر کشور لبنان به مسکو می‌رود.")[0][3] == "لبنان"
    assert _posts("علی ربیعی وزیر کشورمان گفت: کار سخت است.")[0][2] is None   # "our country's minister"


def test_a_weekday_after_a_given_name_before_a_speech_verb_is_a_surname():
    text = ("به گزارش خبرگزاری فارس، رئیس شرکت نفت آرامکو با اعلام این خبر افزود: این شرکت قادر است. "
            "عبدالله جمعه خاطرنشان کرد: ما بهتر از هر کشور دیگری پاسخگو هستیم.")
    assert _posts(text) == [("عبدالله جمعه", "رئیس", "شرکت نفت آرامکو", None)]


def test_the_friday_prayer_preacher_holds_the_friday_prayer_leaders_post():
    assert _posts("حجت‌الاسلام محسن قبادیان خطیب نماز جمعه شهرستان آبادان گفت: مردم آماده‌اند.") == [
        ("محسن قبادیان", "امام جمعه", None, "آبادان")]


def test_a_deputys_constituency_of_several_towns_is_one_area_of_every_town():
    x = extract_text("d", "نماینده مردم شهرستان‌های بیرجند، خوسف و درمیان در مجلس خواستار کاهش نرخ سود شد. "
                          "به گزارش خبرگزاری فارس از خوسف، حجت‌الاسلام سیدمحمدباقر عبادی گفت: خوب است.")
    [post] = [h.post for h in x.holdings]
    assert (post.title, post.organization, post.area) == ("نماینده مردم", "مجلس شورای اسلامی", "بیرجند، خوسف و درمیان")
    assert post.area_id == "city:بیرجند" and len(post.more_area_ids) == 2


def test_a_list_of_towns_no_and_closes_is_no_constituency():
    x = extract_text("d", "علی احمدی نماینده مردم تبریز، گفت: خوب است.")
    assert [(h.post.area, h.post.more_area_ids) for h in x.holdings] == [("تبریز", ())]


@pytest.mark.parametrize("text, org", [
    ("عیسی محمدی عضو شورای اسلامی روستای شهیدآباد گفت: خوب است.", "شورای اسلامی روستای شهیدآباد"),
    ("رئیس شورای اسلامی روستای «پچت» در بهشهر گفت: خوب است. قاسم جلالی تصریح کرد: خوب است.",
     "شورای اسلامی روستای پچت"),
])
def test_a_village_council_is_named_by_its_village_quoted_or_not(text, org):
    assert [h.post.organization for h in extract_text("d", text).holdings] == [org]


def test_a_bare_post_folds_into_the_same_title_held_with_its_body_or_place():
    x = extract_text("d", "کمیسیون آموزش باید بررسی کننده طرح باشد. حجت‌الاسلام احمدحسین فلاحی سخنگوی کمسیون آموزش "
                          "و تحقیقات مجلس گفت: خوب است. سخنگوی کمیسیون آموزش مجلس در پایان گفت: خوب است.")
    assert [(h.person, h.post.title, h.post.organization) for h in x.holdings] == \
        [("احمدحسین فلاحی", "سخنگو", "کمیسیون آموزش مجلس")]
    assert len(x.holdings[0].mentions) == 3


def test_the_friday_preacher_is_a_post_not_a_friday_and_shahrekord_written_apart_is_its_town():
    x = extract_text("d", "خبرگزاری فارس: خطیب جمعه شهر کرد گفت: ایران منطقی سخن می‌گوید.\n"
                          "به گزارش خبرگزاری فارس از شهرکرد، محمد رضا ناصری در خطبه‌های نماز جمعه گفت: دشمنان ناکام‌اند.")
    assert [(h.person, h.post.title, h.post.area) for h in x.holdings] == [("محمد رضا ناصری", "امام جمعه", "شهرکرد")]


def test_a_post_that_speaks_after_a_report_credit_or_an_opening_adverbial_is_held_by_the_next_speaker():
    text = ("به گزارش فارس، در ادامه مدیر آموزش و پرورش سمیرم با اشاره به پراکندگی منطقه تصریح کرد: "
            "بخشی تخریبی است. سید ضیاء موسوی افزود: مشکلات زیاد است.")
    assert _posts(text) == [("سید ضیاء موسوی", "مدیر", "اداره آموزش و پرورش", "سمیرم")]
    assert _posts("در دیدار با مدیر آموزش و پرورش سمیرم تصریح کرد: بخشی تخریبی است. سید ضیاء موسوی افزود: بد است.") == []


def test_the_local_head_of_a_ministry_named_with_a_town_heads_its_office_there():
    assert _posts("علی احمدی رئیس جهاد کشاورزی شهرستان بم گفت: خوب است.") == \
        [("علی احمدی", "رئیس", "اداره جهاد کشاورزی", "بم")]
    assert _posts("علی احمدی مدیرکل آموزش و پرورش استان قم گفت: خوب است.") == \
        [("علی احمدی", "مدیرکل", "اداره کل آموزش و پرورش", "قم")]


def test_a_director_general_of_a_national_organisation_named_by_its_function_heads_its_directorate():
    assert _posts("محمدرضا عمرون مدیرکل تعزیرات حکومتی چهارمحال و بختیاری گفت: خوب است.") == \
        [("محمدرضا عمرون", "مدیرکل", "اداره کل تعزیرات حکومتی", "چهارمحال و بختیاری")]
    assert _posts("علی احمدی رئیس سازمان تعزیرات حکومتی گفت: خوب است.") == \
        [("علی احمدی", "رئیس", "سازمان تعزیرات حکومتی", None)]


@pytest.mark.parametrize("title", ["مشاور مدیرکل", "معاون مدیر کل"])
def test_the_adviser_or_deputy_of_a_director_general_works_in_the_same_directorate(title):
    # (the post under its one spelling; the directorate named by its function, past words no list
    # knows before its province; and by the national body's name without `کشور`)
    expected = title.replace("مدیر کل", "مدیرکل")
    assert _posts(f"علی رضایی {title} حفاظت محیط زیست و منابع آبی استان فارس گفت: خوب است.") == \
        [("علی رضایی", expected, "اداره کل حفاظت محیط زیست", "فارس")]
    assert _posts(f"علی رضایی {title} آسیب‌های اجتماعی سازمان بهزیستی کشور گفت: خوب است.") == \
        [("علی رضایی", expected, "اداره کل آسیب‌های اجتماعی سازمان بهزیستی کشور", None)]
    assert _posts(f"علی رضایی {title} منابع طبیعی و آبخیزداری آذربایجان غربی گفت: خوب است.") == \
        [("علی رضایی", expected, "اداره کل منابع طبیعی و آبخیزداری", "آذربایجان غربی")]


def test_the_head_of_special_education_heads_its_organisation_not_the_ministry():
    assert _posts("علی‌اکبر محمدی رئیس آموزش‌وپرورش استثنایی خراسان‌جنوبی گفت: خوب است.") == \
        [("علی‌اکبر محمدی", "رئیس", "سازمان آموزش و پرورش استثنایی کشور", "خراسان جنوبی")]


def test_a_governor_sent_by_a_state_governs_the_place_after_dar():
    text = "وی افزود: «پل برمر حاکم سابق آمریکا در عراق آثار را خارج ساخته بود.»"
    assert _posts(text) == [("پل برمر", "حاکم", None, "عراق")]


def test_the_local_head_of_a_national_body_named_with_a_town_it_learned_heads_its_office_there():
    text = "رئیس منابع طبیعی و آبخیزداری املش از توزیع نهال رایگان خبر داد. عبدالعلی رهنما امروز گفت: خوب است."
    assert [(p[0], p[2], p[3]) for p in _posts(text)] == [("عبدالعلی رهنما", "اداره منابع طبیعی و آبخیزداری", "املش")]
    text = ("شاهرخ کناری فرماندار شهرستان بویراحمد گفت: خوب است. "
            "علی حسن‌زاده رئیس آموزش و پرورش بویراحمد هم گفت: بد است.")   # (a town read after شهرستان)
    assert ("علی حسن‌زاده", "رئیس", "اداره آموزش و پرورش", "بویراحمد") in _posts(text)


def test_the_subject_a_headline_names_holds_the_post_its_lead_opens_with():
    text = "محمود عباس، مصادره اراضی را عامل تنش دانست\n\nرئیس حزب آبی‌وسفید در رژیم صهیونیستی حماس را تهدید کرد."
    assert [(p[0], p[1], p[2]) for p in _posts(text)] == [("محمود عباس", "رئیس", "حزب آبی‌وسفید")]
    text = "ظریف راهی بروکسل شد\nوزیر امور خارجه کشورمان تهران را به مقصد بروکسل ترک کرد."
    assert [(p[0], p[1]) for p in _posts(text)] == [("ظریف", "وزیر")]


def test_a_lead_that_says_the_headline_in_its_posts_words_is_not_by_the_one_the_headline_names():
    text = ("احمدی‌نژاد اکثر آرا را در بروجرد به دست آورد\n"
            "خبرگزاری فارس: فرماندار بروجرد گفت: احمدی‌نژاد اکثر آرا را به دست آورد.\n"
            "محمدعلی توحیدی امروز در گفتگو با خبرنگار فارس اظهار داشت: مردم در صحنه بودند.")
    assert [(p[0], p[1]) for p in _posts(text)] == [("محمدعلی توحیدی", "فرماندار")]


def test_a_post_goes_on_from_the_one_who_spoke_in_the_sentence_before():
    text = ("نامه رئیس‌جمهور به بوش\nحداد عادل تصریح کرد: این نامه نشان می‌دهد که ملت‌ها بیدار شدند. "
            "رئیس مجلس شورای اسلامی ابراز امیدواری کرد این نوع گفت‌وگوها رواج یابد.")
    assert [(p[0], p[1], p[2]) for p in _posts(text)] == [("حداد عادل", "رئیس", "مجلس شورای اسلامی")]
    # someone else who speaks as well, or one who met the post's holder, is not its holder
    assert _posts("نامه\nحداد عادل تصریح کرد: خوب است. رئیس مجلس شورای اسلامی نیز گفت: بد است.") == []
    assert _posts("دیدار\nحداد عادل با رئیس جمهور دیدار کرد. رئیس جمهور کشورمان گفت: بد است.") == []


def test_a_post_whose_body_is_named_short_after_it_was_named_in_full_is_one_holding():
    text = ("خبرگزاری فارس - معاون برنامه ریزی استانداری تهران گفت: بیمه گسترش یافت.\n\n"
            "عباس احمدی گفت: خدمات بیمه آغاز شده است. معاون برنامه ریزی استانداری افزود: خوب است.")
    assert [(p[0], p[2]) for p in _posts(text)] == [("عباس احمدی", "استانداری تهران")]


@pytest.mark.parametrize("text, post", [
    # the same head and every word of the short name in order (`اداره ارشاد اسلامی`)
    ("سجاد رکن‌آبادی رئیس اداره فرهنگ و ارشاد اسلامی فهرج گفت: خوب است. رئیس اداره ارشاد اسلامی فهرج افزود: بد است.",
     ("سجاد رکن‌آبادی", "رئیس", "اداره فرهنگ و ارشاد اسلامی", "فهرج")),
    # the club's name alone after its team named in full
    ("پدرو گارسیا سرمربی تیم فوتبال بوریرام گفت: خوب است. سرمربی بوریرام افزود: بد است.",
     ("پدرو گارسیا", "سرمربی", "تیم فوتبال بوریرام", None)),
    # the same body named without its place after it was named with it
    ("اعزام زائران\nمسئول ستاد ارتحال امام (ره) در شهرستان فردوس گفت: کاروان اعزام شد.\n"
     "مرتضی هاشمی عصر دیروز در مراسم اعزام افزود: خوب است.\n"
     "مسئول ستاد ارتحال امام در شهرستان فردوس تصریح کرد: بد است.",
     ("مرتضی هاشمی", "مسئول", "ستاد ارتحال امام", "فردوس")),
    # the head of a longer title with the same body (`رئیس` of `رئیس کل`)
    ("علی حسینی رئیس کل سازمان خصوصی‌سازی گفت: خوب است. رئیس سازمان خصوصی‌سازی افزود: بد است.",
     ("علی حسینی", "رئیس کل", "سازمان خصوصی‌سازی", None)),
    # a body's short name the gazetteer lists (`سازمان صمت`)
    ("ناصر فغفوری رئیس سازمان صنعت، معدن و تجارت استان زنجان گفت: خوب است. رئیس سازمان صمت زنجان افزود: بد است.",
     ("ناصر فغفوری", "رئیس", "سازمان صنعت، معدن و تجارت", "زنجان")),
    # one constituency's deputy in the parliament named and in its term
    ("حمیدرضا سجادیان نماینده مردم خواف و رشتخوار در مجلس شورای اسلامی گفت: خوب است. "
     "حمیدرضا سجادیان نماینده مردم خواف و رشتخوار در مجلس هفتم افزود: بد است.",
     ("حمیدرضا سجادیان", "نماینده مردم", "مجلس شورای اسلامی", "خواف و رشتخوار")),
])
def test_a_post_named_short_beside_its_name_in_full_is_one_holding(text, post):
    assert [(h.person, h.post.title, h.post.organization, h.post.area) for h in extract_text("t", text).holdings] == [post]


def test_a_name_what_they_are_in_a_few_words_and_then_their_post():
    text = "حسین عظیمی استاد برجسته اقتصاد توسعه و رئیس موسسه عالی آموزش و پژوهش روز پنجشنبه در تهران درگذشت."
    assert [(p[0], p[1]) for p in _posts(text)] == [("حسین عظیمی", "رئیس")]
    # not a verb, a function word or the blessing of one departed between: two people there
    assert _posts("امام خمینی (ره) و رهبر انقلاب اسلامی بار دیگر وحدت را نشان دادند.") == []
    assert _posts("قناعت گفت: خانواده‌ای که توسط یک زن کاردان و مدیر اداره می‌شود موفق است.") == []


def test_a_ministrys_local_head_named_with_no_place_heads_an_office_not_the_ministry():
    text = "اکبر عبدالهی کارشناس ارشد کشاورزی و رئیس جهاد کشاورزی مهربان گفت: خوب است."
    assert [(p[0], p[2]) for p in _posts(text)] == [("اکبر عبدالهی", "اداره جهاد کشاورزی")]


def test_a_posts_holder_named_ahead_is_not_the_one_a_nearer_post_that_speaks_introduces():
    text = ("خبرنگاران واقعیات را منعکس کنند\n\n"
            "خبرگزاری فارس: نماینده ولی فقیه در استان آذربایجان شرقی گفت: مردم انتظار دارند.\n"
            "به گزارش خبرگزاری فارس از تبریز، محسن مجتهد شبستری امروز در مراسم افزود: خبرنگاری مهم است.\n"
            "امام جمعه تبریز تصریح کرد: اخلاص لازم است.\n"
            "مدیر کل فرهنگ و ارشاد اسلامی استان آذربایجان شرقی نیز در این آیین گفت: خوب است.\n"
            "احمد احمدی‌منش افزود: خبرنگاران زحمت می‌کشند.")
    posts = [(p[0], p[1]) for p in _posts(text)]
    assert ("احمد احمدی‌منش", "امام جمعه") not in posts and ("احمد احمدی‌منش", "مدیرکل") in posts


def test_one_who_holds_a_post_is_called_by_another_in_the_run_of_their_own_words():
    text = ("قرآن در فارس\n\nنماینده ولی‌فقیه در استان فارس گفت: فارس آماده است.\n"
            "به گزارش خبرگزاری فارس، آیت‌الله اسدالله ایمانی صبح امروز اظهار داشت: قرآن مهم است.\n"
            "ایمانی تصریح کرد: خیران باید کمک کنند.\n"
            "عضو مجلس خبرگان رهبری خاطرنشان کرد: نظام فضا را فراهم کرده است.")
    assert ("اسدالله ایمانی", "عضو", "مجلس خبرگان رهبری") in [(p[0], p[1], p[2]) for p in _posts(text)]
    # not where the post's sentence opens with more than the post (`در ادامه استاندار ...`)
    text = text.replace("عضو مجلس خبرگان رهبری خاطرنشان کرد", "در ادامه عضو مجلس خبرگان رهبری خاطرنشان کرد") \
        .replace("خیران باید", "خیرانی چون حسن روحانی باید")   # (and the item names someone else too)
    assert ("اسدالله ایمانی", "عضو", "مجلس خبرگان رهبری") not in [(p[0], p[1], p[2]) for p in _posts(text)]


def test_a_states_national_security_council_is_not_the_un_security_council():
    text = ('به گزارش رویتر از سئول، "چانگ دونگ یانگ" وزیر اتحاد کره جنوبی و رئیس شورای امنیت ملی این کشور '
            "اعلام کرد که مذاکره ادامه دارد.")
    assert ("چانگ دونگ یانگ", "رئیس", "شورای امنیت ملی کره جنوبی", "کره جنوبی") in _posts(text)
    assert ("ORG", "شورای امنیت") in [(m.label, m.text) for m in extract_text("d", "قطعنامه شورای امنیت صادر شد.").mentions]


def test_a_semicolon_for_a_comma_sets_a_post_naming_its_body_beside_the_name():
    posts = _posts("منتظر حضور حمید سیهان زاده؛ رییس سابق هیئت شمشیر بازی آبادان هستیم تا کار را در دست بگیرد.")
    assert [(p[0], p[1], p[3]) for p in posts] == [("حمید سیهان زاده", "رئیس", "آبادان")]
    assert not _posts("این را به حمید سیهان زاده گفتیم؛ رئیس هم آمد.")


def test_a_plans_executive_headquarters_is_not_the_imams_order():
    posts = _posts("در حضور صفار هرندی؛ نماینده ریاست جمهوری و رئیس ستاد اجرایی این طرح، پیشنهاد مطرح شد.")
    assert ("صفار هرندی", "رئیس", "ستاد اجرایی", None) in posts


def test_the_sole_speakers_second_post_opens_with_what_they_announce():
    text = ("خبرگزاری فارس: معاون سیاسی امنیتی استاندار مازندران گفت: عوارض باید گرفته شود.\n"
            "به گزارش خبرگزاری فارس از ساری، هادی ابراهیمی در نشست خبری اظهار داشت: سفرها خوب بود.\n"
            "وی ادامه داد: پایگاه‌ها افزایش یافت.\n"
            "جانشین رئیس ستاد تسهیلات سفر مازندران با اعلام اینکه ظرفیت اقامتگاه‌ها رشد کرد، بیان داشت: "
            "امسال 11 هزار نفر اضافه شد.\n"
            "معاون استاندار مازندران افزود: سواحل آزاد شد.")
    posts = [(p[0], p[1], p[2]) for p in _posts(text)]
    assert ("هادی ابراهیمی", "جانشین رئیس", "ستاد تسهیلات سفر") in posts
    # the post named short (`معاون استاندار`) is the one named in full, one holding
    assert [p[1] for p in posts if p[1].startswith("معاون")] == ["معاون سیاسی امنیتی استاندار"]


def test_a_clubs_name_that_is_also_a_word_after_its_coach_is_the_club():
    text = ("تقوی: ناراحتیم اما بازیکنانم سرشان را بالا بگیرند\n"
            "سرمربی تراکتورسازی گفت: از اینکه شکست خوردیم ناراحتیم.\n"
            "به گزارش خبرگزاری فارس، تقوی در کنفرانس خبری اظهار داشت: فوتبال همین است.")
    assert ("تقوی", "سرمربی", "باشگاه تراکتور", None) in _posts(text)


def test_one_named_with_the_post_they_held_is_given_the_post_after_as():
    x = extract_text("d", "در پایان این مراسم، قاسمعلی خدابخشی مدیر عامل سابق آب منطقه‌ای چهارمحال و بختیاری به عنوان "
                          "مدیر عامل شرکت آب و فاضلاب استان معرفی شد.")
    assert [(h.person, h.status) for h in x.holdings] == [("قاسمعلی خدابخشی", "former"), ("قاسمعلی خدابخشی", "appointed")]


def test_one_who_meets_a_states_official_does_not_hold_that_states_post_named_before():
    text = ("به گزارش خبرگزاری رسمی کره شمالی، سخنگوی وزارت امور خارجه کره شمالی روز گذشته گفت: برنامه ادامه دارد.\n"
            "سخنگوی وزارت امور خارجه کره شمالی همچنین تصریح کرد: به پیمان ملحق می‌شویم.\n"
            "کالین پاول چندی پیش در حاشیه دیدار با وزیر امور خارجه کره شمالی گفت: کره شمالی فکر نکند پاداش می‌گیرد.")
    assert not [p for p in _posts(text) if p[0] == "کالین پاول"]
    # the guests someone names in their own words are no such counterpart
    text = ("معاون امور نشریات وزارت فرهنگ افغانستان از برگزاری هفته فرهنگی خبر داد.\n"
            "«محمد ابراهیم شریعتی» در گفت‌وگو با خبرنگار فارس گفت: میهمانانی از جمله سفیر افغانستان در تهران حضور دارند.")
    assert ("محمد ابراهیم شریعتی", "معاون امور نشریات") in [(p[0], p[1]) for p in _posts(text)]


def test_a_post_that_speaks_at_the_occasion_is_one_more_speaker_not_the_one_before():
    text = ("خبرگزاری فارس: استاندار کرمانشاه گفت: مسکن به فرهنگیان واگذار می‌شود.\n"
            "به گزارش خبرگزاری فارس، مجید غفوری در جلسه شورای آموزش و پرورش افزود: زمین مناسب واگذار می‌شود.\n"
            "غفوری افزود: سازمان مسکن می‌تواند زمین واگذار کند.\n"
            "رئیس سازمان آموزش و پرورش استان کرمانشاه در این جلسه گفت: سال تحصیلی خوب آغاز شد.\n"
            "جلال امینی افزود: مدارس دایر هستند.")
    posts = [(p[0], p[1]) for p in _posts(text)]
    assert ("مجید غفوری", "رئیس") not in posts and ("جلال امینی", "رئیس") in posts


def test_a_national_bodys_acting_head_takes_no_province_from_the_words_they_say():
    text = ("سرپرست فدراسیون کشتی کشور با اشاره به اینکه ظرفیت‌ها برای رشد کشتی در استان فراهم است گفت: کردستان "
            "می‌تواند موفق شود.\nبه گزارش خبرگزاری فارس از سنندج، حمید بنی‌تمیم افزود: خوب است.")
    assert ("حمید بنی‌تمیم", "سرپرست", "فدراسیون کشتی", None) in _posts(text)  # the listed federation


def test_a_deputy_called_former_or_current_in_the_middle_of_the_post_keeps_what_they_run():
    x = extract_text("d", "سردار انصاری معاون سابق راهنمایی و رانندگی ناجا گفت: خوب است. "
                          "سردار طلایی معاون فعلی راهنمایی و رانندگی ناجا افزود: مهم است.")
    assert [(h.person, h.post.title, h.status) for h in x.holdings] == [
        ("انصاری", "معاون راهنمایی و رانندگی", "former"), ("طلایی", "معاون راهنمایی و رانندگی", "current")]


def test_an_epithet_may_quote_a_works_title_before_and_the_post():
    posts = _posts("این جلسه با حضور سید جمال‌الدین حسینی، نویسنده کتاب «فن بازار» و رئیس حوزه هنری کرج برگزار شد.")
    assert [(p[0], p[1], p[3]) for p in posts] == [("سید جمال‌الدین حسینی", "رئیس", "کرج")]


def test_a_relative_clause_on_a_name_gives_it_the_post_it_says():
    x = extract_text("d", "علی رضایی که اکنون رئیس سازمان برنامه و بودجه است گفت: خوب است. "
                          "حسن محمدی که قبلاً فرماندار شهرستان بم بوده، افزود: مهم است.")
    assert [(h.person, h.post.title, h.status) for h in x.holdings] == [("علی رضایی", "رئیس", "current"),
                                                                        ("حسن محمدی", "فرماندار", "former")]
    assert not extract_text("d", "این کتاب را به علی رضایی که رئیس سازمان را دیده بود دادند.").holdings


def test_a_relative_clause_gives_the_post_of_a_body_in_the_province_unnamed():
    x = extract_text("d", "پیش از این، حسن کریمی که سال‌ها مدیرکل آب و فاضلاب استان بود، از سمت خود استعفا داده بود.")
    assert [(h.person, h.post.title, h.status) for h in x.holdings] == [("حسن کریمی", "مدیرکل", "former")]


def test_a_relative_clause_that_says_the_name_became_the_holder_gives_the_post():
    x = extract_text("d", "علی احمدی که به تازگی مدیرکل بهزیستی استان فارس شده است گفت: این کار را می‌کنیم.")
    assert [(h.person, h.post.title, h.post.area) for h in x.holdings] == [("علی احمدی", "مدیرکل", "فارس")]


def test_the_words_a_title_runs_past_are_the_words_its_post_drops():
    x = extract_text("d", "سردار انصاری معاون وقت راهنمایی و رانندگی ناجا گفت: خوب است.")
    assert [(h.post.title, h.status) for h in x.holdings] == [("معاون راهنمایی و رانندگی", "former")]


def test_the_courtesy_a_letter_pays_a_post_is_no_part_of_its_name():
    text = "از همکاری جناب آقای دکتر محمد عیوضلو عضو محترم هیأت تحریریه نشریه سپاسگزاریم."
    assert ("محمد عیوضلو", "عضو") in _holds(text)


def test_its_own_body_is_not_of_the_state_the_report_is_credited_to():
    text = ("به گزارش خبرگزاری فارس و به نقل از سایت ورزش آلمان، فیفا به اسماعیل بحمی، عضو کمیته ویژه خود "
            "که اهل بوتسوانا است، برای ترک محل جام جهانی ضرب الاجل داد.")
    found = [(h.person, h.post.organization, h.post.area) for h in extract_text("t", text).holdings]
    assert found and all(area != "آلمان" and "آلمان" not in (org or "") for _, org, area in found)


@pytest.mark.parametrize("text, holder, org", [
    ('یک منبع در مجلس نمایندگان عراق گفت: "محمود المشهدانی" رئیس مجلس تصمیم گرفت جلسه را به تعویق بیندازد.',
     "محمود المشهدانی", "پارلمان عراق"),
    ('"عبدالوهاب الهارون" عضو مجلس امت کویت گفت: واکنش نامناسب بود.', "عبدالوهاب الهارون", "مجلس کویت"),
])
def test_a_bare_house_is_the_house_abroad_its_words_name(text, holder, org):
    found = [(h.person, h.post.organization) for h in extract_text("t", text).holdings]
    assert (holder, org) in found


def test_a_post_named_with_this_is_the_person_already_named_not_the_next_one():
    text = ('"عبدالوهاب الهارون" از نحوه واکنش ایران ابراز شگفتی کرد و گفت: واکنش نامناسب بود.\n'
            "الهارون ابراز امیدواری کرد که این تهدید نبوده باشد.\n"
            "این نماینده مجلس امت کویت گفت: هرگونه تفسیر به معنای کم کردن جایگاه ایران نیست.\n"
            "از سوی دیگر، وابسته مطبوعاتی سفارت ایران در کویت این مطالب را رد کرد.\n"
            '"مجید سلیمانی" در گفت‌وگو با روزنامه الوطن گفت: ترجمه دقیق نبوده است.')
    holders = {h.person for h in extract_text("t", text).holdings}
    assert "عبدالوهاب الهارون" in holders and "مجید سلیمانی" not in holders


@pytest.mark.parametrize("text, holders", [
    ("این افسر سابق اطلاعاتی تصریح کرد در دوران اول ریاست جمهوری اوباما، معاون سیا همان فردی بود که در دوران بوش "
     "خدمت می‌کرد.", set()),
    ("در دوران جورج بوش، رئیس جمهور سابق آمریکا، این طرح اجرا شد.", {"جورج بوش"}),
    ("پیش‌بینی چلبی با پیام دولت جرج بوش، رییس جمهوری آمریکا که از تعیین جدول زمانی خودداری کرده، در تضاد است.",
     {"جرج بوش"}),
])
def test_a_person_naming_a_period_holds_no_post_that_opens_the_next_clause(text, holders):
    assert {h.person for h in extract_text("t", text).holdings} == holders


def test_a_provincial_corps_is_not_the_quds_force():
    text = "فرمانده سپاه قدس گیلان گفت: دشمن 40 سال است که انقلاب را تحریم کرده است. محمد عبدالله پور افزود: جوانان آماده‌اند."
    assert [h.post.organization for h in extract_text("t", text).holdings] == ["سپاه قدس گیلان"]


@pytest.mark.parametrize("text", [
    "مقام معظم رهبری: وزارت اطلاعات کارهای بزرگی انجام داده است - مجید انصاری جانشین ابطحی می‌شود - سخنگوی دولت: لایحه تصویب شد.",
    "مایک پامپئو، نامزد پیشنهادی ترامپ به عنوان جانشین رکس تیلرسون وزیر خارجه این کشور، نشست را موفقیت خواند.",
])
def test_whom_someone_succeeds_is_no_post(text):
    assert all(h.post.title != "جانشین" for h in extract_text("t", text).holdings)


def test_the_departed_invoked_hold_no_post_of_the_lead():
    text = ("خبرگزاری فارس: رییس مرکز رسیدگی به امور مساجد با اشاره به نقش امام خمینی (ره) در فرهنگ سازی، "
            "منزوی‌کردن تحجر را کار امام دانست.\n"
            "به گزارش خبرنگار خبرگزاری فارس ابراهیمی صبح امروز در محل حرم مطهر حضرت امام‌خمینی (ره) گفت: "
            "تفکر امام راحل اسلام ناب است.")
    assert all("خمینی" not in h.person for h in extract_text("t", text).holdings)


@pytest.mark.parametrize("text, status", [
    ("در این مراسم حجت‌الاسلام محمدعلی رحمانی فرمانده بسیج در دوران دفاع مقدس حضور دارد.", "former"),
    ("در این مراسم حجت‌الاسلام محمدعلی رحمانی فرمانده بسیج در دوره جدید حضور دارد.", "current"),
    ("وی با اشاره به اظهارات اردشیر زاهدی، وزیر خارجه رژیم پهلوی مبنی بر اینکه خوب است گفت: بد است.", "former"),
    ("وی با اشاره به اظهارات علی رضایی، سفیر رژیم صهیونیستی در آمریکا گفت: بد است.", "current"),
])
def test_a_post_held_in_an_era_gone_by_is_former(text, status):
    assert [h.status for h in extract_text("t", text).holdings] == [status]


def test_a_notable_named_after_a_body_does_not_head_it():
    text = "رئیس موسسه تنظیم نشر آثار امام راحل گفت: امروز دشمنان علنی نیز داریم."
    assert extract_text("t", text).holdings == []


def test_a_branch_of_the_basij_is_its_own_body_not_the_whole():
    text = ("سجاد خالدی مسؤول مطالبه‌گری بسیج دانشجویی مجتمع آموزش عالی سلامت رامهرمز در مصاحبه با خبرنگار فارس "
            "اظهار کرد: جنبش دانشجویی فعال است.")
    assert [h.post.organization for h in extract_text("t", text).holdings] == ["سازمان بسیج دانشجویی"]


def test_the_house_this_country_refers_to_is_the_states_named_before():
    text = ("دولت افغانستان طرح آشتی ملی را اعلام کرد. کمیسیون تحکیم صلح دو سال قبل با هدف تشویق مخالفان به رهبری "
            '"صبغت‌الله مجددی" رئیس مجلس سنای این کشور، تشکیل شده است.')
    found = [(h.person, h.post.organization, h.post.area) for h in extract_text("t", text).holdings]
    assert found and all(org != "مجلس شورای اسلامی" and area == "افغانستان" for _, org, area in found)


def test_a_foreign_citys_police_chief_heads_its_police():
    text = '"ادی کم‌پاس"، رییس پلیس نیو اورلئان هم اعلام کرد 88 نفر از افسران پلیس عقب نشینی کردند.'
    assert [(h.post.organization, h.post.area) for h in extract_text("t", text).holdings] == \
        [("پلیس نیواورلئان", "نیواورلئان")]


def test_a_person_the_post_speaks_about_further_in_its_paragraph_does_not_hold_it():
    text = ("سرمربی سپاهان در مورد اشتباهات مدافعان خاطرنشان کرد: این مسئله به کار تاکتیکی من بر می‌گردد. "
            "نمی‌توانم بگویم استرس بود. محرم نویدکیا اسطوره پاس ایران است که با همه جای پای خود پاس می‌دهد.")
    assert extract_text("t", text).holdings == []


def test_one_more_holder_with_also_holds_the_post_and_a_copula_makes_it_former():
    text = ("در زمانی که خانم چیللر اولین نخست وزیر زن در ترکیه به حکومت رسید، بی‌نظیر بوتو نیز نخست وزیر "
            "پاکستان بود.")
    found = [(h.person, h.post.area, h.status) for h in extract_text("t", text).holdings]
    assert ("بی‌نظیر بوتو", "پاکستان", "former") in found and all(p != "چیللر" or a != "پاکستان" for p, a, _ in found)


@pytest.mark.parametrize("text", [
    "محمد جواد ظریف نیز وزیر خارجه آمریکا را به پیمان‌شکنی متهم کرد.",
    "علی لاریجانی نیز رئیس جمهور را به مجلس دعوت کرد.",
])
def test_a_post_after_also_that_the_clause_takes_as_its_object_is_someone_elses(text):
    """`نیز` closes the subject; the post after it with `را` is whom the subject acts on."""
    assert extract_text("t", text).holdings == []


@pytest.mark.parametrize("text", [
    "محمد حسینی و استاندار فارس در این مراسم حضور داشتند.",
    "حسن روحانی و رئیس مجلس در این جلسه حاضر بودند.",
])
def test_a_post_joined_to_a_name_by_and_is_another_persons(text):
    assert extract_text("t", text).holdings == []


@pytest.mark.parametrize("text", [
    "علی رضایی خواستار استعفای وزیر نیرو شد.",
    "علی رضایی خواستار برکناری وزیر نیرو شد.",
])
def test_a_post_a_noun_or_a_predicate_word_governs_is_not_the_subjects(text):
    """`استعفای وزیر`: the minister's resignation; `خواستار ... شد`: the verb is the demand's."""
    assert extract_text("t", text).holdings == []


def test_a_fallen_regimes_post_ends_before_the_word_that_follows_its_name():
    text = "وی با اشاره به اظهارات اردشیر زاهدی، وزیر خارجه رژیم پهلوی مبنی بر اینکه خوب است گفت: بد است."
    assert [h.post.organization for h in extract_text("t", text).holdings] == ["وزارت خارجه رژیم پهلوی"]


@pytest.mark.parametrize("text, post", [
    ("علی نیکزاد نایب رئیس مجلس شورای اسلامی در جمع خبرنگاران گفت: خوب است.", ("نایب‌رئیس", "مجلس شورای اسلامی")),
    ("محمدرضا زاهدی فرمانده نیروی زمینی سپاه گفت: خوب است.", ("فرمانده", "نیروی زمینی سپاه")),
])
def test_a_listed_title_that_runs_into_a_body_named_in_full_leaves_the_body_its_words(text, post):
    assert [(h.post.title, h.post.organization) for h in extract_text("t", text).holdings] == [post]


def test_a_pakistani_group_named_with_the_word_for_corps_is_not_the_irgc():
    text = 'حق نواز جهنگوی رهبر سپاه صحابه گفت: خوب است.'
    assert [h.post.organization for h in extract_text("t", text).holdings] == ["سپاه صحابه"]


@pytest.mark.parametrize("text, holder", [
    ("امیدواریم که وضعیت بعد از دیدار رئیس جمهور احمدی نژاد از هند بهبود یابد.", ["احمدی نژاد"]),
    ("امام جمعه تهران آیت‌الله کاظم صدیقی در این مراسم حضور یافت.", ["کاظم صدیقی"]),
    ("خرم مشاور خاتمی شد.", []),
    ("مدیرعامل آرمان دانه گلستان یادآور شد که هدف دولت حمایت است.", []),
])
def test_a_state_head_or_a_clerics_post_named_right_before_a_whole_name_is_theirs(text, holder):
    assert [h.person for h in extract_text("t", text).holdings] == holder


@pytest.mark.parametrize("text, post", [
    ("سیدمهران نوربخش مدیرکل روابط عمومی سازمان هلال احمر کشور گفت: خوب است.",
     ("مدیرکل روابط عمومی", "سازمان هلال احمر کشور")),
    ("واعظی معاون روابط عمومی ارتش گفت: خوب است.", ("معاون روابط عمومی", "ارتش جمهوری اسلامی ایران")),
])
def test_public_relations_right_after_a_post_is_the_posts_and_the_body_after_it_the_organisation(text, post):
    assert [(h.post.title, h.post.organization) for h in extract_text("t", text).holdings] == [post]


def test_public_relations_alone_is_a_body():
    x = extract_text("t", "به گزارش روابط عمومی شهرداری اردبیل، علی رضایی گفت: خوب است.")
    assert [e.name for e in x.entities if e.label == "Organization"] == ["روابط عمومی شهرداری اردبیل"]


@pytest.mark.parametrize("text, title", [
    ("حمیده چوبک مدیر پروژه این طرح گفت: خوب است.", "مدیر پروژه"),
    ("نصیر ملکی‌جو طراح‌صحنه، محمد قدس مدیر تولید نمایش را برعهده دارند.", "مدیر تولید"),
])
def test_a_manager_of_a_function_keeps_it_in_the_title(text, title):
    assert [h.post.title for h in extract_text("t", text).holdings] == [title]


def test_persons_named_one_of_a_posts_holders_each_hold_it():
    body = "هیئت امنای نهاد کتابخانه‌های عمومی کشور"
    assert _posts(f"محمدحسین صفارهرندی، منصور واعظی و مهدی چمران از اعضای {body} هستند.") == [
        ("محمدحسین صفارهرندی", "عضو", body, None), ("منصور واعظی", "عضو", body, None),
        ("مهدی چمران", "عضو", body, None)]
    assert _posts("علی رضایی، از مشاوران سازمان ملل، گفت که ما آماده‌ایم.") == [
        ("علی رضایی", "مشاور", "سازمان ملل متحد", None)]
    # `از` is whom he asked, not whose one he is
    assert _posts("علی رضایی از نمایندگان مجلس خواست که آماده باشند.") == []


def test_one_of_a_posts_holders_before_his_verb_of_saying_holds_it():
    # the apposition's second comma left out before the verb, a word ranking him among them between
    assert _posts("اسکار مون‌تابالان، یکی از اعضای اصلی رئال مادرید گفت: ما می‌بریم.") == [
        ("اسکار مون‌تابالان", "عضو", "رئال مادرید", None)]
    # no comma before: `از` may be whom he speaks of
    assert _posts("علی رضایی از اعضای شورای شهر گفت که کار نکردند.") == []


def test_an_international_bodys_envoy_to_a_state_holds_the_post_in_that_state():
    assert _posts("محمت هولکی‌اوز نماینده صندوق جمعیت ملل متحد در ایران گفت: خوب است.") == [
        ("محمت هولکی‌اوز", "نماینده", "صندوق جمعیت ملل متحد", "ایران")]
    # its head is not the body's in a state it happens to be in
    assert _posts("علی رضایی رئیس یونیسف در ایران گفت: خوب است.")[0][3] is None


def test_an_office_of_a_body_is_in_the_place_after_dar():
    assert _posts("سعید عریقات سخنگوی دفتر سازمان ملل در عراق گفت: تاخیر معنا ندارد.")[0][3] == "عراق"
    # the body itself is not where its head happens to be
    assert _posts("علی رضایی رئیس سازمان ملل در عراق گفت: خوب است.")[0][3] is None
    # an Iranian body's branch in a county or province
    assert _posts("دبیر بنیاد بین‌المللی غدیر در تنگستان اظهار داشت: خوب است. غلامحسین پولادی گفت: بد است.") == [
        ("غلامحسین پولادی", "دبیر", "بنیاد بین‌المللی غدیر", "تنگستان")]


def test_a_state_after_a_foreign_house_and_after_the_president_written_apart_is_the_posts_area():
    assert _posts("خالد العطیه نایب رئیس اول مجلس نمایندگان عراق گفت: جلسه لغو شد.")[0][3] == "عراق"
    # a bare house after the foreign one is named: that house, and its state
    assert _posts("یک منبع در مجلس نمایندگان عراق گفت: \"محمود المشهدانی\" رئیس مجلس تصمیم گرفت.")[0][2:] == (
        "پارلمان عراق", "عراق")
    assert _posts("جلال طالبانی رئیس جمهوری عراق گفت که ما آماده‌ایم.")[0][1:] == ("رئیس‌جمهور", None, "عراق")


def test_a_faculty_member_written_without_the_hamza_is_one():
    assert _posts("دکتر احمد اکبری عضو هیت علمی دانشکده مهندسی برق دانشگاه صنعتی سهند گفت: خوب است.")[0][:2] == (
        "احمد اکبری", "عضو")


def test_a_pakistani_chief_minister_holds_a_post():
    assert _posts("صالح بوتانی سروزیر موقت بلوچستان گفت: ما آماده‌ایم.")[0][:2] == ("صالح بوتانی", "سروزیر موقت")  # the qualifier stays in the post, as the guidelines keep امام جمعه موقت


def test_a_second_post_joined_by_and_is_the_holders_named_later_unless_their_verb_is_plural():
    lead = "نماینده ولی فقیه در هرمزگان و امام جمعه بندرعباس گفت: زکات باید هزینه شود. "
    posts = _posts(lead + "آیت‌الله غلامعلی نعیم‌آبادی امروز اظهار داشت: زکات مهم است.")
    assert [(p[1], p[3]) for p in posts] == [("نماینده ولی فقیه", "هرمزگان"), ("امام جمعه", "بندرعباس")]
    two = _posts("رئیس تشکیلات خودگردان و نخست‌وزیر فلسطین بار دیگر گفتگو کردند. "
                 "\"محمود عباس\" و \"اسماعیل هنیه\" دیشب دیدار کردند.")
    assert ("محمود عباس", "نخست‌وزیر", None, "فلسطین") not in two


@pytest.mark.parametrize("text, held", [
    ("در مراسم مهدی نکاء مسئول جهاد دانشگاهی دانشگاه علامه طباطبایی، رئیس خانه اندیشمندان علوم انسانی حضور دارند.",
     ["مسئول جهاد دانشگاهی", "رئیس"]),
    # a list of posts the text names no holder for, and a post the verb's object
    ("در این جلسه علی رضایی رئیس سازمان برنامه و بودجه، مدیرکل بهزیستی و فرماندار قم حضور داشتند.", ["رئیس"]),
    ("علی اکبریان مدیرعامل سازمان حمایت مصرف‌کنندگان، وزیر بازرگانی را همراهی کرد.", ["مدیرعامل"]),
])
def test_a_second_post_after_a_comma_is_the_holders_when_it_ends_the_list(text, held):
    assert [p[1] for p in _posts(text)] == held


@pytest.mark.parametrize("text, held", [
    ("حیدری اظهار داشت: استاندار به من می‌گفت «وقتی شهید رجایی که آن‌زمان رئیس‌جمهور بود به این استان آمده بود، "
     "آمدند».", [("رجایی", "رئیس‌جمهور", "former")]),   # (not the sentence's first person)
])
def test_a_relative_clause_gives_a_state_heads_post_named_bare(text, held):
    assert [(h.person, h.post.title, h.status) for h in extract_text("d", text).holdings] == held


def test_a_district_mayors_post_keeps_the_districts_number():
    held = _posts("مهدی نوری شهردار منطقه 3 تهران گفت: خوب است. علی رضایی شهردار منطقه سه تبریز گفت: خوب است.")
    assert [p[1] for p in held] == ["شهردار منطقه 3", "شهردار منطقه سه"]   # two posts, not one `شهردار منطقه`


@pytest.mark.parametrize("text, held", [
    ("حزب کمونیست تاجیکستان اعلام کرد. دبیر این حزب «میرزا عظیم نسیم اف» گفت: خوب است.",
     ("عظیم نسیم اف", "دبیر", "حزب کمونیست تاجیکستان")),
    ("تیم استقلال برد. سرمربی این تیم علی دایی گفت: خوب است.", ("علی دایی", "سرمربی", "تیم استقلال")),
])
def test_a_post_of_the_body_named_before_then_its_holders_name(text, held):
    assert [p[:3] for p in _posts(text)] == [held]


def test_a_body_in_a_chain_named_by_its_place_keeps_it_and_a_library_spoken_of_names_no_one():
    assert _posts("علی رضایی عضو هیئت علمی دانشگاه علوم پزشکی جهرم گفت: خوب است.") == [
        ("علی رضایی", "عضو", "هیئت علمی دانشگاه علوم پزشکی جهرم", None)]
    assert _posts("در مراسم افتتاحیه این کتابخانه علیرضا رهایی، رئیس دانشگاه صنعتی امیرکبیر گفت: خوب است.") == [
        ("علیرضا رهایی", "رئیس", "دانشگاه صنعتی امیرکبیر", None)]


@pytest.mark.parametrize("text, holder, title, area", [
    ("رئیس جمهور آمریکا «باراک اوباما» گفت که ایران خطرناک است.", "باراک اوباما", "رئیس‌جمهور", "آمریکا"),
    ("در حاشیه کنفرانس دیدارهایی با سناتور «جان مک کین» خواهند داشت.", "جان مک کین", "سناتور", None),
])
def test_a_name_quoted_right_after_its_post_holds_it(text, holder, title, area):
    assert (holder, title, None, area) in _posts(text)


def test_a_name_that_became_a_post_holds_it():
    text = "در انتخابات اسپانیا «خوزه لوییس رودریگز زاپاترو» با کسب بیش‌ترین آراء نخست‌وزیر اسپانیا شد."
    assert ("خوزه لوییس رودریگز زاپاترو", "نخست‌وزیر", None, "اسپانیا") in _posts(text)


@pytest.mark.parametrize("text, status", [
    ("رئیس‌جمهور شهید محمد مرسی را گرامی می‌داریم.", "former"),
    ("مرحوم آیت‌الله محمد یزدی رئیس قوه قضاییه گفت که عدالت مهم است.", "former"),
    ("زنده یاد محمد یزدی رئیس قوه قضاییه گفت که عدالت مهم است.", "former"),
    ("رئیس بنیاد شهید محمدعلی شهیدی گفت که عدالت مهم است.", "current"),
])
def test_a_post_of_the_dead_is_one_held_before(text, status):
    assert [h.status for h in extract_text("t", text).holdings] == [status]


def test_a_chief_nuclear_negotiator_named_in_the_next_sentence_holds_the_post():
    text = ("خبرگزاری فارس: مذاکره‌کننده ارشد هسته‌ای ایران که به مصر سفر کرده است، گفت کشورش خواستار تغییراتی است. "
            "به گزارش فارس، علی لاریجانی روز گذشته پس از مذاکره با حسنی مبارک در جمع خبرنگاران گفت: «ما آماده‌ایم.»")
    assert _posts(text) == [("علی لاریجانی", "مذاکره‌کننده ارشد هسته‌ای", None, "ایران")]


def test_a_post_of_this_country_is_of_the_state_its_sentence_named():
    text = "لاریجانی در سفر به اسپانیا با خوزه لوئیس زاپاترو نخست‌وزیر این کشور دیدار کرد."
    assert ("خوزه لوئیس زاپاترو", "نخست‌وزیر", None, "اسپانیا") in _posts(text)


def test_a_former_post_of_this_country_is_of_the_one_state_its_item_named_before():
    text = "ارتش تایلند کودتا کرد. تاکسین شیناوترا، نخست‌وزیر سابق این کشور گفت: باز می‌گردم."
    assert ("تاکسین شیناوترا", "نخست‌وزیر", None, "تایلند") in _posts(text)


def test_this_country_after_two_states_named_sentences_before_is_left_unresolved():
    text = "وزیران ایران و آمریکا دیدار کردند. مایک پامپئو وزیر خارجه این کشور گفت: گفت‌وگو ادامه دارد."
    assert all(p[3] not in ("ایران", "آمریکا") for p in _posts(text))


def test_two_posts_joined_before_a_plural_verb_go_to_the_two_names_that_open_the_next_sentence_in_order():
    text = ("خبرگزاری فارس: رئیس تشکیلات خودگردان و نخست‌وزیر فلسطین بار دیگر گفتگو کردند اما به توافق نرسیدند.\n"
            "به گزارش فارس، «محمود عباس» و «اسماعیل هنیه» دیشب در غزه با یکدیگر دیدار کردند.")
    posts = [p[:2] for p in _posts(text)]
    assert ("محمود عباس", "رئیس") in posts and ("اسماعیل هنیه", "نخست‌وزیر") in posts


def test_two_names_a_sentence_before_two_posts_are_not_their_holders():
    text = ("وزیر خارجه اوکراین با «سرگئی لاوروف» و «جان کری» دیدار خواهد کرد. "
            "رئیس‌جمهور آلمان و وزیر خارجه فرانسه نیز در کنفرانس شرکت کردند.")
    assert not any(p[0] == "جان کری" and p[1] == "رئیس‌جمهور" for p in _posts(text))


def test_the_head_of_one_body_named_director_then_head_holds_one_post():
    text = ("مدیر کمیته امداد شهرستان چگنی گفت: 20 نفر اعزام شدند. به گزارش فارس، محمد کردعلیوند ظهر امروز "
            "اظهار کرد: هدف آموزش است. رئیس کمیته امداد شهرستان چگنی ادامه داد: کار انجام شد.")
    assert [p[:2] for p in _posts(text)] == [("محمد کردعلیوند", "مدیر")]


def test_one_named_in_place_of_another_as_an_officer_holds_the_post_the_other_no_longer():
    text = "منوچهر شاهسواری بجای سیدضیاء هاشمی به عنوان مسوول پخش فیلم‌های خارجی بنیاد سینمایی فارابی انتخاب شد."
    found = [(h.person, h.post.title, h.status) for h in extract_text("t", text).holdings]
    assert found == [("منوچهر شاهسواری", "مسئول پخش فیلم‌های خارجی", "appointed")]


def test_an_epithet_post_after_the_one_speaker_named_so_far_is_theirs_though_others_come_later():
    text = ("خبرگزاری فارس: جواد شمقدری گفت: امسال جشنواره ضعیف بود. جواد شمقدری فیلمساز سینمای کشورمان به خبرنگار فارس "
            "گفت: فیلم‌های خوب اندک بود. مشاور هنری رییس جمهور با اشاره به این مساله افزود: این نخستین جشنواره دولت جدید بود. "
            "وی گفت: در دولت آقای احمدی نژاد کار انجام شد.")
    assert ("جواد شمقدری", "مشاور هنری رییس جمهور") in [p[:2] for p in _posts(text)]


def test_a_sunni_friday_prayer_leader_holds_that_post_of_his_town():
    text = "امام جمعه اهل سنت نقده گفت: قدرت کشورمان زیاد است. به گزارش فارس، ماموستا مامد کلشی‌نژاد افزود: ما آماده‌ایم."
    assert _posts(text) == [("مامد کلشی‌نژاد", "امام جمعه اهل سنت", None, "نقده")]


def test_a_post_in_a_company_a_factory_s_word_names_is_the_company_s():
    text = "منصور قدمی مدیرعامل کارخانه سیمان ایلام گفت: تولید افزایش یافت."
    assert [(h.person, h.post.title, h.post.organization) for h in extract_text("t", text).holdings] \
        == [("منصور قدمی", "مدیرعامل", "سیمان ایلام")]


def test_a_long_credit_before_the_lead_s_post_leaves_it_the_speaker():
    """`به گزارش خبرگزاری فارس از شیراز به نقل از روابط عمومی فرمانداری خرم‌بید، فرماندار ...
    اظهار داشت`: the credit (past 60 characters) is no phrase the post is the object of."""
    text = ("به گزارش خبرگزاری فارس از شیراز به نقل از روابط عمومی فرمانداری خرم‌بید، فرماندار این شهرستان "
            "در بازدید از کارخانه کاغذسازی اظهار داشت: این کارخانه مهم است.\n"
            "داود ایوبی ابراز داشت: با افتتاح این کارخانه 200 نفر مشغول به کار می‌شوند.")
    assert [(h.person, h.post.title) for h in extract_text("d", text).holdings] == [("داود ایوبی", "فرماندار")]


@pytest.mark.parametrize("text, area, more", [
    ("محمد مجتهدزاده فارابی رئیس دادگاه ویژه روحانیت مازندران و گلستان در مراسم گفت: خوب است.",
     "مازندران و گلستان", 1),
    ("رئیس اداره منابع آب آزادشهر و رامیان از انسداد 190 حلقه چاه خبر داد. حسین قنبری افزود: خوب است.",
     "آزادشهر و رامیان", 1),
    ("علی رضایی استاندار تهران و مدیرکل بهزیستی البرز دیدار کردند.", "تهران", 0),
])
def test_a_post_over_two_places_joined_by_and_is_over_both(text, area, more):
    [h] = [h for h in extract_text("d", text).holdings][:1]
    assert (h.post.area, len(h.post.more_area_ids)) == (area, more)


@pytest.mark.parametrize("text, expected", [
    ("حزب لیکود به ریاست «بنیامین نتانیاهو»، هنوز انتخابات برگزار نکرده است.",
     ("بنیامین نتانیاهو", "رئیس", "حزب لیکود")),
    ("ملک سلمان به گارد ملی این کشور به فرماندهی «متعب بن عبدالله» دستور داد.",
     ("متعب بن عبدالله", "فرمانده", "گارد ملی")),
])
def test_a_body_and_the_office_that_leads_it_name_its_holder(text, expected):
    x = extract_text("t", text)
    assert expected in [(h.person, h.post.title, h.post.organization) for h in x.holdings]


@pytest.mark.parametrize("text", [
    "مخالفان مسلح برای پیوستن به دولت به رهبری صبغت‌الله مجددی تشویق شدند.",  # a bare `دولت`
    "جلسه‌ای به ریاست علی رضایی برگزار شد.",  # a meeting, no body
])
def test_an_office_after_no_named_body_gives_no_post(text):
    assert extract_text("t", text).holdings == []


def test_the_subject_after_a_clause_elected_to_a_post_of_the_province_holds_it():
    text = ("کردستان - در این جلسه که با حضور کاندیداهای هیات کشتی انتخاب شد، جمشید خیرآبادی با کسب 12 رای "
            "برای مدت چهار سال به عنوان رییس هیات کشتی استان انتخاب شد.")
    assert ("جمشید خیرآبادی", "رئیس") in [(h.person, h.post.title) for h in extract_text("t", text).holdings]


def test_a_post_of_the_province_before_a_copula_in_someones_words_is_not_theirs():
    text = ("مرتضی رئیسی معاون آموزش و پرورش هرمزگان یادآور شد: این مهم مرهون حمایت مدیرکل آموزش و پرورش "
            "استان بوده است.")
    assert ("مرتضی رئیسی", "مدیرکل") not in [(h.person, h.post.title) for h in extract_text("t", text).holdings]


def test_the_one_whose_order_names_someone_to_a_post_does_not_hold_it():
    text = ("مسعود سلیمانی نامزد ریاست فدراسیون است. وی با حکم علی سعیدلو، رئیس سازمان تربیت‌بدنی به عنوان "
            "سرپرست فدراسیون انتخاب شد.")
    assert not any(p[0] == "علی سعیدلو" and p[1] == "سرپرست" for p in _posts(text))


def test_a_commissions_rapporteur_holds_the_post_and_mokhber_alone_is_a_surname():
    text = "مخبر کمیسیون آموزش و تحقیقات مجلس گفت: نظارت مهم است. محمد حیاتی افزود: این کار انجام شد."
    assert ("محمد حیاتی", "مخبر", "کمیسیون آموزش و تحقیقات مجلس", None) in _posts(text)
    assert ("مخبر دزفولی", "دبیر", "شورای عالی انقلاب فرهنگی", None) in \
        _posts("مخبر دزفولی دبیر شورای عالی انقلاب فرهنگی گفت: این مصوبه اجرا می‌شود.")


def test_a_candidate_backed_as_a_post_holds_none():
    x = extract_text("t", "همچنین کمپینی برای حمایت از الهه کولایی به عنوان شهردار زن تشکیل شده است.")
    assert x.holdings == []
    x = extract_text("t", "وزیر کشور از علی رضایی به عنوان استاندار قم تقدیر کرد.")
    assert [(h.person, h.post.title) for h in x.holdings] == [("علی رضایی", "استاندار")]


def test_a_ministrys_director_general_takes_no_province_the_sentence_names_later():
    x = extract_text("t", "محمد محسن‌بیگی مدیرکل سلامت و تندرستی وزارت آموزش و پرورش در بازدید از "
                          "حوزه امتحان در دبیرستان البرز اظهار کرد: امسال امتحانات برگزار می‌شود.")
    assert [(h.person, h.post.area) for h in x.holdings] == [("محمد محسن‌بیگی", None)]


def test_the_source_a_report_quotes_its_comma_left_out_owns_no_post_and_hides_no_speaker():
    x = extract_text("t", "به گزارش خبرگزاری فارس از مشهد، به نقل از پایگاه اطلاع‌رسانی آستان قدس رضوی معاون تبلیغات "
                          "و ارتباطات اسلامی آستان قدس رضوی، ضمن تسلیت از برگزاری مراسم خبر داد و گفت: مراسم "
                          "برگزار می‌شود.\nحجت‌الاسلام‌والمسلمین سیدجلال حسینی افزود: خوب است.")
    assert [(h.person, h.post.title) for h in x.holdings] == [("سیدجلال حسینی", "معاون تبلیغات و ارتباطات اسلامی")]


@pytest.mark.parametrize("text, held", [
    ("سرانجام ابوالحسن بنی‌صدر رئیس جمهور وقت که ریاست شورای انقلاب اسلامی را هم بر عهده داشت استعفا داد.",
     ("ابوالحسن بنی‌صدر", "رئیس", "شورای انقلاب اسلامی", "former")),
    ("فرانکو فراتینی که ریاست شورای وزیران امور خارجه اتحادیه اروپا را بر عهده دارد، گفت: خوب است.",
     ("فرانکو فراتینی", "رئیس", "شورای وزیران امور خارجه اتحادیه اروپا", "current")),
    ("مسعود سلیمانی که در حال حاضر سرپرستی فدراسیون ژیمناستیک را بر عهده دارد نامزد شد.",
     ("مسعود سلیمانی", "سرپرست", "فدراسیون ژیمناستیک", "current")),
])
def test_the_one_who_carries_an_office_of_a_body_holds_its_post(text, held):
    x = extract_text("t", text)
    assert held in [(h.person, h.post.title, h.post.organization, h.status) for h in x.holdings]


def test_names_in_a_list_that_carried_an_office_in_turn_hold_none_of_it():
    x = extract_text("t", "فرزام‌نیا، قاسمی و ملک زاده ریاست فدراسیون اسکواش را بر عهده داشتند.")
    assert x.holdings == []


def test_a_relative_clause_gives_the_name_before_it_an_advisers_post_that_names_its_principal():
    x = extract_text("t", "افرادی چون مرتضی مبلغ که در دولت اصلاحات مشاور خاتمی بود به این جریان پیوستند.")
    assert [(h.person, h.post.title, h.status) for h in x.holdings] == [("مرتضی مبلغ", "مشاور", "former")]


def test_a_teams_place_is_in_its_name_not_the_posts_area():
    x = extract_text("t", "روزنامه «بیلد» آلمان خبر داد یواخیم لو، سرمربی تیم ملی فوتبال این کشور اردو برگزار می‌کند.")
    assert [(h.person, h.post.title, h.post.area) for h in x.holdings] == [("یواخیم لو", "سرمربی", None)]


def test_a_ministers_deputy_named_with_a_qualifier_is_in_the_ministry_the_minister_implies():
    x = extract_text("t", "مهدی جمالی نژاد معاون عمرانی وزیر کشور در جلسه گفت: خوب است.")
    assert [(h.person, h.post.organization) for h in x.holdings] == [("مهدی جمالی نژاد", "وزارت کشور")]


@pytest.mark.parametrize("text, expected", [
    ('به گزارش فارس، "هنری فالکون فوئنتس"، فرماندار ایالت "لارا" ونزوئلا، اعلام کرد.',
     ("هنری فالکون فوئنتس", "فرماندار", None, "ونزوئلا")),
    ("«ثناالله زهری» سروزیر ایالت بلوچستان پاکستان استعفا داد.", ("ثناالله زهری", "سروزیر", None, "پاکستان")),
])
def test_a_post_over_a_foreign_states_division_is_in_that_state(text, expected):
    assert expected in _posts(text)


def test_a_holders_nationality_in_ii_between_a_post_and_its_state():
    """`حاکم آمریکایی عراق`: the demonym in `ـیی` (آمریکایی) is the holder's, the state after it the post's."""
    assert ("پل برمر", "حاکم", None, "عراق") in _posts("نامه‌ای به امضای «پل برمر»، حاکم آمریکایی عراق رسید.")


@pytest.mark.parametrize("text, expected, status", [
    ("بعد از انتخاب سید محمد خاتمی به ریاست جمهوری ایران در سال 1997 روابط گرم شد.",
     ("سید محمد خاتمی", "رئیس‌جمهور", None, "ایران"), "current"),
    ("در این جلسه علی لاریجانی به ریاست مجلس انتخاب شد.",
     ("علی لاریجانی", "رئیس", "مجلس شورای اسلامی", None), "appointed"),
])
def test_one_chosen_for_an_office_holds_its_post(text, expected, status):
    found = [(h.person, h.post.title, h.post.organization, h.post.area, h.status) for h in extract_text("d", text).holdings]
    assert (*expected, status) in found


def test_a_journey_to_the_presidency_is_no_choosing():
    assert _posts("سفر علی لاریجانی به ریاست مجلس انجام شد.") == []


def test_a_deputys_constituency_of_a_county_whose_name_is_also_a_phrase():
    """`درمیان` (a county of South Khorasan; glued, also 'among') is a town in a constituency's list."""
    assert _posts("سید علیرضا عبادی نماینده مردم بیرجند و درمیان در مجلس شورای اسلامی گفت: خوب است.") == [
        ("سید علیرضا عبادی", "نماینده مردم", "مجلس شورای اسلامی", "بیرجند و درمیان")]


@pytest.mark.parametrize("text", [
    "«کاترین آشتون» نماینده سیاست خارجی اتحادیه اروپا در واکنش به این رویداد گفت: خوب است.",
    "فدریکا موگرینی نماینده عالی سیاست خارجی اتحادیه اروپا گفت: خوب است.",
])
def test_the_eus_high_representative_is_a_post(text):
    """titles.tsv: `نماینده عالی سیاست خارجی`, and `نماینده سیاست خارجی` stored under it."""
    [h] = extract_text("t", text).holdings
    assert (h.post.title, h.post.organization) == ("نماینده عالی سیاست خارجی", "اتحادیه اروپا")


@pytest.mark.parametrize("text", [
    "محمود احمدی‌نژاد رئیس‌جمهور اسلامی ایران گفت: خوب است.",
    "حسن روحانی رئیس جمهوری اسلامی ایران گفت: خوب است.",
])
def test_the_president_of_the_islamic_republic_has_its_state(text):
    """The republic's `جمهوری اسلامی` left in the title: the state is `ایران` after it."""
    [h] = extract_text("t", text).holdings
    assert (h.post.title, h.post.area) == ("رئیس‌جمهور", "ایران")


def test_the_interim_friday_imam_called_the_preacher_holds_the_interim_post_only():
    """`امام جمعه موقت` says `امام جمعه` (the post `خطیب نماز جمعه` is stored under) in more words."""
    text = ("امام جمعه موقت زیراب اربعین را قدرتی اثرگذار توصیف کرد و گفت: دشمنان از قدرت پیاده‌روی می‌ترسند.\n"
            "به گزارش خبرگزاری فارس از شهرستان سوادکوه، حجت‌الاسلام محسن قبادیان در خطبه‌های نماز جمعه زیراب "
            "سوادکوه به اثرگذاری انرژی‌ها اشاره کرد و گفت: خوب است.\n"
            "خطیب نماز جمعه زیراب با اشاره به روایتی از امام سجاد، داشتن بصیرت را لازم دانست.")
    assert [h.post.title for h in extract_text("t", text).holdings] == ["امام جمعه موقت"]


def test_the_leader_named_after_his_post_with_his_epithets_held_it_before_he_departed():
    text = "پاسدارانی که در تبعیت از رهبر عظیم الشأن انقلاب اسلامی حضرت امام خمینی (ره) آمدند."
    assert [(h.person, h.post.title, h.status) for h in extract_text("t", text).holdings] == [
        ("خمینی", "رهبر انقلاب اسلامی", "former")]


def test_the_pakistani_taliban_are_a_movement_of_their_own():
    text = 'این در حالی است که "مولوی عمر"، سخنگوی "تحریک طالبان" گفت: خوب است.'
    assert [h.post.organization for h in extract_text("t", text).holdings] == ["تحریک طالبان پاکستان"]


def test_a_post_opening_its_sentence_is_held_by_the_one_who_opens_the_next_and_speaks():
    text = ("مدیر عامل شرکت رجاء توسعه ناوگان، محدود نمودن خریدهای خارجی قطعات واگن را از برنامه‌های شرکت برشمرد.\n"
            "به گزارش خبرگزاری فارس، محسن پورسید آقایی امروز در جمع خبرنگاران گفت: خوب است.")
    assert [(h.person, h.post.title) for h in extract_text("t", text).holdings] == [("محسن پورسید آقایی", "مدیرعامل")]
    # not a post in another's words or report (`یک کارشناس ... گزارش مدیرکل آژانس را ... خواند`)
    text = ("یک کارشناس مسائل هسته‌ای گزارش مدیرکل آژانس بین‌المللی انرژی اتمی را خیالی خواند.\n"
            "سیامک باقری امروز در گفت‌وگو با خبرنگار فارس گفت: این گزارش سیاسی است.")
    assert [h.post.title for h in extract_text("t", text).holdings] == []


def test_a_leads_post_after_two_opening_adverbials_still_speaks_and_the_next_sentence_names_it():
    text = ("همچنین در این جلسه نماینده مردم بیله‌سوار و پارس‌آباد در مجلس نیز گفت: شهرستان نیازمند توجه است.\n"
            "سلیمان فهیمی با تأکید بر حل اختلاف عشایر افزود: باید مصوبات اجرا شود.")
    assert [(p[0], p[1]) for p in _posts(text)] == [("سلیمان فهیمی", "نماینده مردم")]


@pytest.mark.parametrize("text, post", [
    ("حسن عنایتی مدیر زراعت سازمان جهاد کشاورزی مازندران گفت: کشت آغاز شد.",
     ("مدیر زراعت", "سازمان جهاد کشاورزی", "مازندران")),
    ("حمزه فرج اللهی مدیر فرهنگی دانشگاه پیام نور لرستان گفت: اردوها آغاز می‌شود.",
     ("مدیر فرهنگی", "دانشگاه پیام نور لرستان", None)),
])
def test_a_director_of_a_function_holds_it_in_the_body_named_after(text, post):
    (holding,) = extract_text("t", text).holdings
    assert (holding.post.title, holding.post.organization, holding.post.area) == post


@pytest.mark.parametrize("text, held", [
    ("رئیس سازمان برنامه و بودجه، محمدباقر نوبخت، امروز گفت: بودجه تصویب شد.",
     [("محمدباقر نوبخت", "رئیس", "سازمان برنامه و بودجه کشور")]),
    ("معاون اول رئیس‌جمهور، محمد مخبر، گفت: دولت کار می‌کند.", [("محمد مخبر", "معاون اول رئیس‌جمهور", None)]),
    # one of a list, or a name with a post of its own after it, is not the post's holder
    ("در این جلسه استاندار فارس، علی رضایی، و محمد احمدی حضور داشتند.", []),
    # one comma, when the name after it speaks (and the province the post is in left unnamed)
    ("مدیرکل بهزیستی استان قم، حسن کریمی امروز در جمع خبرنگاران گفت: 5 نفر بستری هستند.",
     [("حسن کریمی", "مدیرکل", "اداره کل بهزیستی")]),
    ("رئیس سازمان برنامه و بودجه استان، حسن کریمی گفت: بودجه تصویب شد.",
     [("حسن کریمی", "رئیس", "سازمان برنامه و بودجه کشور")]),
    ("مدیرکل بهزیستی قم، حسن کریمی و علی رضایی گفتند: 5 نفر بستری هستند.", []),
])
def test_a_name_set_off_by_commas_after_a_post_holds_it(text, held):
    assert [(h.person, h.post.title, h.post.organization) for h in extract_text("t", text).holdings] == held


def test_a_post_opening_its_sentence_is_its_subject_not_held_by_the_name_it_appoints():
    text = "خبرگزاری فارس: وزیر کشور علی رضایی را به عنوان سرپرست استانداری فارس منصوب کرد."
    assert [(h.person, h.post.title, h.post.area) for h in extract_text("t", text).holdings] == [
        ("علی رضایی", "استاندار", "فارس")]
    # (inside the sentence the name with `را` is the minister's: the house impeaches him)
    assert [h.post.title for h in extract_text("t", "مجلس وزیر کشور علی رضایی را استیضاح کرد.").holdings] == ["وزیر"]


@pytest.mark.parametrize("text, held", [
    ("مدیرکل بهزیستی استان فارس علی رضایی گفت: کار آغاز شد.", [("علی رضایی", "مدیرکل", "فارس")]),
    # after a preposition the post's phrase ends before the name, which the next verb is about
    ("با حضور مدیرکل بهزیستی استان فارس علی رضایی به عنوان رئیس اداره بهزیستی شیراز معرفی شد.",
     [("علی رضایی", "رئیس", "شیراز")]),
])
def test_a_name_right_after_a_post_that_ends_with_its_place_holds_it(text, held):
    assert [(h.person, h.post.title, h.post.area) for h in extract_text("t", text).holdings] == held


@pytest.mark.parametrize("text", [
    "علی رضایی پس از محمد احمدی استاندار فارس شد.",
    "علی رضایی به جای محمد احمدی استاندار فارس شد.",
])
def test_the_one_after_pas_az_or_be_jaye_held_the_post_before_the_subject_became_it(text):
    assert [(h.person, h.post.title) for h in extract_text("t", text).holdings] == [("علی رضایی", "استاندار")]


@pytest.mark.parametrize("text, held", [
    ("به جای حسن موسوی رئیس سازمان بهزیستی، معاون او در جلسه حاضر شد.", [("حسن موسوی", "رئیس")]),
    ("سپس «اسماعیل طلبک اف» معاون وی، به عنوان رئیس جدید این حزب انتخاب شد.", [("اسماعیل طلبک اف", "معاون")]),
])
def test_a_post_of_him_is_held_only_by_the_name_beside_it(text, held):
    """`معاون او`: his deputy, someone the sentence does not name, unless a name stands right before it."""
    assert [(h.person, h.post.title) for h in extract_text("t", text).holdings] == held


@pytest.mark.parametrize("text, post", [
    ("سلامی جانشین فرمانده کل سپاه گفت: دشمن شکست خورد.", ("جانشین فرمانده کل", "سپاه پاسداران انقلاب اسلامی")),
    ("سردار علی رضایی فرمانده سپاه فجر استان فارس گفت: دشمن شکست خورد.", ("فرمانده", "سپاه فجر")),
    ("فرمانده کل سپاه سرلشکر حسین سلامی گفت: دشمن شکست خورد.", ("فرمانده کل", "سپاه پاسداران انقلاب اسلامی")),
])
def test_an_irgc_commanders_post_names_the_corps_as_its_body(text, post):
    """`سپاه` is the body the commander heads, not a word of the title: the post links to the corps' node."""
    (holding,) = extract_text("t", text).holdings
    assert (holding.post.title, holding.post.organization) == post


def test_a_bare_one_word_post_is_the_same_persons_longer_post_of_that_head():
    text = ("در این مراسم محمدرضا داورزنی معاون توسعه ورزش قهرمانی وزارت ورزش و جوانان حضور داشت. "
            "همچنین محمدرضا داورزنی معاون و رئیس مجمع در بخش ابتدایی سخنرانی کرد.")
    assert [h.post.title for h in extract_text("t", text).holdings] == ["معاون توسعه ورزش قهرمانی", "رئیس"]


@pytest.mark.parametrize("text, held", [
    ("علی رضایی در دوره ریاست جمهوری احمدی‌نژاد وزیر نیرو بود.", [("علی رضایی", "وزیر")]),
    ("در دوره ریاست جمهوری احمدی‌نژاد وزیر نیرو بود.", []),
])
def test_the_head_whose_era_it_was_holds_no_post_below_his_named_after_him(text, held):
    assert [(h.person, h.post.title) for h in extract_text("t", text).holdings] == held


def test_a_name_then_the_votes_it_won_then_the_post_it_was_elected_to_holds_it():
    text = "علی رضایی با 15 رأی به عنوان رئیس شورای اسلامی شهر شیراز برگزیده شد."
    assert [(h.person, h.post.title, h.status) for h in extract_text("t", text).holdings] == [
        ("علی رضایی", "رئیس", "appointed")]


@pytest.mark.parametrize("text, post", [
    ("کریم صادق‌زاده دبیر اجرایی خانه کارگر تبریز گفت: حق بیمه پرداخت نشده است.",
     ("دبیر اجرایی", "خانه کارگر", "تبریز")),
    ("علی رضایی دبیر علمی همایش ملی آب گفت: مقالات رسیده است.", ("دبیر علمی", None, None)),
])
def test_an_executive_or_scientific_secretary_is_that_post_of_the_body_after_it(text, post):
    assert [(h.post.title, h.post.organization, h.post.area) for h in extract_text("t", text).holdings] == [post]


def test_a_post_listed_beside_the_sole_speakers_is_someone_elses():
    text = ("بخشدار مرکزی بویراحمد از غرس 500 اصله نهال خبر داد.\n"
            "به گزارش خبرگزاری فارس از یاسوج، مراسمی با حضور مدیرکل منابع طبیعی کهگیلویه و بویراحمد، "
            "بخشدار مرکزی بویراحمد و اهالی منطقه برگزار شد. در این آیین ابتدا برزو شجاعی ضمن خیر مقدم "
            "اظهار کرد: حفظ منابع طبیعی وظیفه‌ای عمومی است. مدیرکل منابع طبیعی کهگیلویه و بویراحمد با تأکید بر "
            "اینکه جنگل سرمایه است، گفت: یک میلیون هکتار جنگل در این استان وجود دارد.")
    assert [(h.person, h.post.title) for h in extract_text("t", text).holdings] == [("برزو شجاعی", "بخشدار")]


def test_an_orchestra_named_by_its_town_is_the_body_its_head_runs():
    text = "«شاهین فرهت» رئیس ارکستر سمفونیک تهران گفت: جوانان این موسیقی را می‌شنوند."
    assert [(h.post.title, h.post.organization, h.post.area) for h in extract_text("t", text).holdings] == [
        ("رئیس", "ارکستر سمفونیک", "تهران")]


@pytest.mark.parametrize("text, held", [
    ("از تلاش‌های محمد مختاری که مدتی سرپرستی شهرداری رفسنجان را عهده‌دار بود، تقدیر شد.",
     ("محمد مختاری", "سرپرست", "شهرداری رفسنجان", True, "former")),
    ("علی رضایی که ریاست دانشگاه تهران را عهده‌دار است گفت: کلاس‌ها برگزار می‌شود.",
     ("علی رضایی", "رئیس", "دانشگاه تهران", False, "current")),
])
def test_an_office_someone_is_said_to_carry_is_their_post_and_an_acting_one_is_acting(text, held):
    assert [(h.person, h.post.title, h.post.organization, h.acting, h.status)
            for h in extract_text("t", text).holdings] == [held]


@pytest.mark.parametrize("text, body", [
    ("علی رضایی فرمانده سپاه ناحیه 3 گفت: طرح اجرا شد.", "سپاه ناحیه 3"),
    ("حاج آقای موحدی فرمانده سپاه منطقه ی 8 به تبریز رسید.", "سپاه منطقه ی 8"),
])
def test_a_commander_of_a_numbered_district_commands_the_district_not_the_whole_corps(text, body):
    assert [h.post.organization for h in extract_text("t", text).holdings] == [body]


def test_a_bare_post_said_new_or_former_is_the_one_its_sentence_named_in_full_before():
    text = ("آیین تکریم و معارفه مدیرکل بهزیستی استان گیلان با حضور رئیس سازمان بهزیستی کشور برگزار شد و در "
            "این آیین حسن محمدی به عنوان مدیرکل جدید و علی احمدی مدیرکل سابق معرفی و تکریم شدند.")
    assert _posts(text) == [("حسن محمدی", "مدیرکل", "اداره کل بهزیستی", "گیلان"),
                            ("علی احمدی", "مدیرکل", "اداره کل بهزیستی", "گیلان")]
    # (not a post its sentence did not name: no body guessed)
    assert _posts("در این آیین حسن محمدی به عنوان مدیرکل جدید معرفی شد.") == [("حسن محمدی", "مدیرکل", None, None)]


@pytest.mark.parametrize("text, post", [
    ("علی رضایی از سوی رئیس جمهور به عنوان وزیر صنعت، معدن و تجارت به مجلس معرفی شد.",
     ("علی رضایی", "وزیر", "وزارت صنعت، معدن و تجارت", None)),
    ("علی رضایی با حکم وزیر کشور به عنوان فرماندار شیراز منصوب شد.", ("علی رضایی", "فرماندار", None, "شیراز")),
])
def test_the_one_named_to_a_post_stands_before_the_appointers_words(text, post):
    """`X از سوی رئیس جمهور به عنوان ...`: the appointer's post between the name and `به عنوان` is
    not the one given, nor does it hide the one named."""
    assert _posts(text) == [post]


def test_this_town_after_a_post_is_the_town_the_item_named_not_the_bureau():
    """`فرمانداری خرم‌بید، فرماندار این شهرستان ...`: the town the item named, not the agency's
    bureau (`از شیراز`) named in between."""
    text = ("کارخانه‌های لبنی خرم‌بید توسط فرماندار بررسی شد.\n"
            "به گزارش خبرگزاری فارس از شیراز، فرماندار این شهرستان در بازدید از کارخانه گفت: کارخانه افتتاح شد.\n"
            "داود ایوبی ابراز داشت: با افتتاح این کارخانه 200 نفر مشغول به کار می‌شوند.")
    assert ("داود ایوبی", "فرماندار", None, "خرم‌بید") in _posts(text)
