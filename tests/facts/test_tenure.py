"""Tenure read from one document against its date: appointment, farewell and introduction,
former posts, retirement, `از سال`, counted-back years, acting heads; each bound with its evidence."""
import pytest

from helpers import ROOT
from loader.manifest import read_manifest
from loader.pipeline import extract_text

SERIES = ROOT / "tests" / "data" / "tenure"
MANIFEST = read_manifest(SERIES / "manifest.csv").lines


def _extract(name: str):
    meta = MANIFEST.get(name) or MANIFEST.get(f"{name}.txt")
    return extract_text(name, (SERIES / f"{name}.txt").read_text(encoding="utf-8"), date=meta.date)


def _holding(x, person: str):
    found = [h for h in x.holdings if h.person == person]
    assert len(found) == 1, [(h.person, h.post.title) for h in x.holdings]
    return found[0]


def _bound(b):
    return (b.date, b.precision, b.relation, b.reason, b.inferred) if b else None


def test_an_appointment_starts_the_appointees_tenure_and_not_the_signers():
    x = _extract("appoint")
    h = _holding(x, "علی رضایی")
    assert (h.post.title, h.post.area, h.status) == ("استاندار", "یزد", "appointed")
    assert _bound(h.start) == ("1400-03-10", "day", "on", "appointed", False)
    assert "منصوب شد" in h.start.evidence.sentence
    assert all(h.post.title != "وزیر" or h.start is None for h in x.holdings)


def test_a_farewell_and_introduction_ends_one_tenure_starts_the_other_and_states_the_succession():
    x = _extract("farewell")
    outgoing, incoming = _holding(x, "سید مجتبی موسوی"), _holding(x, "محمد عاشوری")
    assert outgoing.post.id == incoming.post.id
    assert (outgoing.post.title, outgoing.post.area) == ("مدیرکل", "قم")
    assert (outgoing.status, _bound(outgoing.end)) == ("former", ("1402-07-08", "day", "on", "farewell", False))
    assert _bound(incoming.start) == ("1402-07-08", "day", "on", "introduced", False)
    [s] = x.successions
    assert (s.successor_id, s.predecessor_id, s.post_id) == (incoming.person_id, outgoing.person_id, incoming.post.id)
    assert "تقدیر" in s.evidence.sentence


def test_an_acting_head_of_a_governorate_holds_the_governors_post_acting():
    acting, confirmed = _holding(_extract("acting"), "حسن کریمی"), _holding(_extract("confirmed"), "حسن کریمی")
    assert acting.acting and not confirmed.acting
    assert acting.post.id == confirmed.post.id and acting.post.title == "استاندار" and acting.post.area == "کرمان"
    assert _bound(confirmed.start)[:2] == ("1401-09-01", "day")


def test_a_former_post_ends_no_later_than_the_document():
    h = _holding(_extract("former"), "علی رضایی")
    assert (h.post.title, h.post.area, h.status) == ("استاندار", "یزد", "former")
    assert _bound(h.end) == ("1403-02-01", "day", "not_after", "former", True)


def test_a_retirement_ends_the_tenure():
    h = _holding(_extract("retired"), "رضا صادقی")
    assert (h.status, _bound(h.end)) == ("former", ("1402-06-30", "day", "on", "retired", False))


@pytest.mark.parametrize("name, person, start", [
    ("since", "محمود احمدی", ("1398", "year", "on", "since", False)),
    ("counted", "غلامرضا شریعتی", ("1392", "year", "on", "counted_back", True)),
])
def test_a_stated_or_counted_back_start(name, person, start):
    h = _holding(_extract(name), person)
    assert (h.status, _bound(h.start)) == ("current", start)


def test_a_plain_statement_gives_no_bounds():
    h = _holding(_extract("early"), "سعید نوری")
    assert (h.status, h.start, h.end) == ("current", None, None)


@pytest.mark.parametrize("text, status", [
    ("براساس تصمیم هیات مدیره باشگاه، وحید بیاتلو به عنوان سرمربی جدید تیم فوتبال ماشین‌سازی تعیین شد.", "appointed"),
    ("در این جلسه حجت‌الاسلام احد آزادیخواه نیز به عنوان سخنگوی کمیسیون کشاورزی مجلس تعیین شد.", "appointed"),
    ("محمدرضا قدیر رئیس دانشگاه علوم پزشکی قم با اشاره به زمان‌بندی تعیین شده برای واکسیناسیون گفت: کرونا تمام نشده است.",
     "current"),
])
def test_set_to_a_post_is_an_appointment_but_a_set_schedule_is_not(text, status):
    assert [h.status for h in extract_text("t", text).holdings] == [status]


@pytest.mark.parametrize("text, status", [
    ("ساداتی‌نژاد رئیس کمیسیون کشاورزی مجلس شد. خبرگزاری فارس گزارش داد.", "appointed"),
    ("علی رضایی سرپرست وزارت نیرو شد.", "appointed"),
    ("علی رضایی رئیس سازمان تربیت بدنی خواستار توجه بیشتر شد.", "current"),  # a verb of its own before `شد`
    ("علی رضایی، رئیس سازمان تربیت بدنی شد.", "current"),  # a post set off from the name is no headline's
])
def test_a_post_its_holder_became_is_an_appointment(text, status):
    assert [h.status for h in extract_text("t", text).holdings] == [status]


@pytest.mark.parametrize("text, status", [
    ("محمدمهدی مظاهری معاون فرهنگی دانشگاه آزاد اسلامی در نشستی خبری گفت: چهار دستگاه به عنوان دستگاه‌های برتر انتخاب شدند.",
     "current"),
    ("محمدمهدی مظاهری به عنوان معاون فرهنگی دانشگاه آزاد اسلامی انتخاب شد.", "appointed"),
])
def test_an_appointment_verb_in_the_holders_own_words_is_not_theirs(text, status):
    assert [h.status for h in extract_text("t", text).holdings] == [status]


@pytest.mark.parametrize("text, status", [
    ("مسئولان تیم بسکتبال شیکاگو بولز جیمی بایلن سرمربی خود را از کار برکنار کردند.", "former"),
    ("علی رضایی سرمربی تیم استقلال برکنار شد.", "former"),
    ("شاهزاده «عبدالله بن سعود» رئیس فدراسیون ورزش‌های آبی (دریایی) را از منصب خود برکنار کرد.", "former"),
    ("علی رضایی سرمربی تیم استقلال را دید.", "current"),  # the name and its post an object, no dismissal
])
def test_a_post_its_holder_was_dismissed_from_ended_on_the_document_s_date(text, status):
    (held,) = extract_text("t", text).holdings
    assert held.status == status and (held.end is not None) == (status == "former")


@pytest.mark.parametrize("text, status", [
    ("پس از آنکه «ژان برتراند آریستید»، رئیس جمهوری هائیتی استعفا کرده و کشور را ترک کرد، شورا تشکیل شد.", "former"),
    ("«ثناالله‌زهری» سروزیر ایالت بلوچستان پاکستان از سمت خود استعفا داد.", "former"),
    ("علی رضایی، رئیس سازمان تربیت بدنی گفت: وزیر باید استعفا دهد.", "current"),   # another's, and not done
])
def test_a_post_its_holder_resigned_ended_on_the_document_s_date(text, status):
    (held,) = extract_text("t", text).holdings
    assert held.status == status and (held.end is not None) == (status == "former")


def test_an_appointment_whose_auxiliary_the_thanks_share_is_an_appointment():
    """`به عنوان ... معرفی و از خدمات X قدردانی شد`: one `شد` for both verbs."""
    text = ("در این آیین سجاد رکن‌آبادی به عنوان رئیس جدید اداره ارشاد اسلامی شهرستان فهرج معرفی و از خدمات "
            "رضا رکن‌آبادی قدردانی شد.")
    held = {h.person: h.status for h in extract_text("t", text).holdings}
    assert held["سجاد رکن‌آبادی"] == "appointed"


def test_an_introduction_before_the_farewell_is_the_same_succession():
    text = ("در این مراسم علی رضایی به عنوان مدیرکل جدید آموزش و پرورش استان قم معرفی و از زحمات حسن احمدی "
            "تجلیل شد.")
    x = extract_text("t", text)
    held = {h.person: (h.post.title, h.post.organization, h.status) for h in x.holdings}
    assert held["حسن احمدی"] == ("مدیرکل", "اداره کل آموزش و پرورش", "former")
    assert held["علی رضایی"][:2] == ("مدیرکل", "اداره کل آموزش و پرورش")
    [s] = x.successions
    assert s.evidence.sentence.startswith("در این مراسم")


def test_the_thanks_before_the_outgoing_holder_make_a_farewell_too():
    text = ("در پایان این مراسم، استاندار آذربایجان‌شرقی با تقدیر از خدمات سه‌ساله اکبر ملک‌پور، حسن حقیقیان را به "
            "عنوان مدیرکل حراست استانداری آذربایجان‌شرقی معرفی کرد.")
    x = extract_text("t", text)
    assert {h.person: h.status for h in x.holdings} == {"حسن حقیقیان": "appointed", "اکبر ملک‌پور": "former"}
    ids = {h.person: h.person_id for h in x.holdings}
    assert [(s.successor_id, s.predecessor_id) for s in x.successions] == [(ids["حسن حقیقیان"], ids["اکبر ملک‌پور"])]


def test_the_outgoing_holder_thanked_by_his_honorific_and_name_is_still_the_outgoing_one():
    text = "در این مراسم علی رضایی به عنوان مدیرکل آموزش و پرورش قم معرفی و از زحمات حجت‌الاسلام حسن احمدی تقدیر شد."
    held = {h.person: h.status for h in extract_text("t", text).holdings}
    assert held["حسن احمدی"] == "former"


def test_an_incoming_holder_named_to_a_bare_post_holds_the_one_the_farewell_names_in_full():
    text = "در این مراسم از زحمات علی رضایی استاندار سابق فارس تقدیر و محمد احمدی به عنوان استاندار جدید معرفی شد."
    held = [(h.person, h.post.title, h.post.area, h.status) for h in extract_text("t", text).holdings]
    assert held == [("علی رضایی", "استاندار", "فارس", "former"), ("محمد احمدی", "استاندار", "فارس", "appointed")]


def test_a_council_electing_someone_to_a_post_appoints_them():
    text = "اعضای شورای شهر شیراز علی رضایی را به عنوان شهردار انتخاب کردند."
    assert [(h.person, h.post.title, h.status) for h in extract_text("t", text).holdings] == [
        ("علی رضایی", "شهردار", "appointed")]


def test_a_farewell_whose_two_holders_hold_a_bare_post_takes_the_post_the_sentence_names_in_full():
    text = ("مراسم تودیع و معارفه فرماندار شیراز با حضور استاندار فارس برگزار شد و علی رضایی به عنوان فرماندار "
            "جدید معرفی و از خدمات محمد احمدی قدردانی شد.")
    assert [(h.person, h.post.area, h.status) for h in extract_text("t", text).holdings] == [
        ("علی رضایی", "شیراز", "appointed"), ("محمد احمدی", "شیراز", "former")]


@pytest.mark.parametrize("text, start, end", [
    ("علی رضایی از سال 1390 تا 1394 استاندار فارس بود.",
     ("1390", "year", "on", "span", False), ("1394", "year", "on", "span", False)),
    # Gregorian years in Jalali, inferred (the years overlap)
    ("ویلیام هیگ رئیس حزب محافظه‌کار انگلیس در سال‌های 1997 تا 2001 بود.",
     ("1376", "year", "on", "span", True), ("1380", "year", "on", "span", True)),
])
def test_the_years_a_tenure_ran_start_and_end_it(text, start, end):
    h = extract_text("d", text).holdings[0]
    assert (_bound(h.start), _bound(h.end)) == (start, end)


def test_years_in_the_holders_quote_are_no_tenure():
    h = extract_text("d", "علی رضایی استاندار فارس گفت: از سال 1390 تا 1394 تورم بالا بود.").holdings[0]
    assert h.end is None and (h.start is None or h.start.reason != "span")
