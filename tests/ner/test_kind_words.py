import pytest

from loader.ner.pipeline import recognize
from loader.normalize import normalize
from loader.pipeline import extract_text


def orgs(text):
    _, mentions = recognize(normalize(text))
    return [m.text for m in mentions if m.label == "ORG"]


@pytest.mark.parametrize("text, expected", [
    ("به نوشته روزنامه کویتی القبس، وزیر آمد.", ["القبس"]),
    ("به گزارش شبکه خبری الجزیره از رمادی، وزیر آمد.", ["الجزیره"]),
    ("به نوشته روزنامه الزمان چاپ لندن، وزیر آمد.", ["الزمان"]),
    ("به نوشته روزنامه فرانسوی فیگارو، وزیر آمد.", ["فیگارو"]),
    ("روزنامه کیهان نوشت که وزیر آمد.", ["کیهان"]),
])
def test_a_paper_is_named_without_the_word_for_its_kind_and_its_descriptions(text, expected):
    assert orgs(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("روزنامه صهیونیستی نوشت که وزیر آمد.", []),             # descriptions only: no paper named
    ("روزنامه رسمی منتشر شد.", ["روزنامه رسمی"]),            # a listed name all description
    ("شبکه پنج سیما گزارش داد.", ["شبکه پنج سیما"]),         # a channel listed with its word
    ("روزنامه نگاران استان آمدند.", []),                     # `روزنامه‌نگاران` written apart
])
def test_a_kind_word_stays_where_nothing_else_names_the_paper(text, expected):
    assert [o for o in orgs(text) if "استان" not in o] == expected


def test_a_post_before_the_kind_word_is_the_papers():
    x = extract_text("d", "علی یوسف پور مدیر مسئول روزنامه سیاست روز گفت: خوب است.")
    assert [(h.person, h.post.title, h.post.organization) for h in x.holdings] == \
        [("علی یوسف پور", "مدیر مسئول", "سیاست روز")]


@pytest.mark.parametrize("text, expected", [
    ("نیروهای گروه تروریستی داعش آمدند.", ["داعش"]),
    ("نیروهای جنبش انصارالله آمدند.", ["انصارالله"]),
    ("اعضای نهاد سپاه پاسداران انقلاب اسلامی آمدند.", ["سپاه پاسداران انقلاب اسلامی"]),
    ("زیرپوشش کمیته امداد امام خمینی(ره) در استان هستند.", ["کمیته امداد امام خمینی"]),
])
def test_a_movement_or_body_is_named_without_its_kind_word_or_a_blessing(text, expected):
    assert orgs(text) == expected


def test_a_kind_word_before_a_unit_of_a_body_is_the_units_name():
    """`گروه تلویزیونی بسیج` is a unit of the Basij, not the Basij called a group."""
    assert "بسیج" not in orgs("فرهاد نوری مقدم مسئول گروه تلویزیونی بسیج شد.")


def test_a_post_before_a_kind_word_reaches_the_body_listed_alone_too():
    x = extract_text("d", "شیخ نبیل قاووق مسئول جنبش حزب‌الله در جنوب لبنان گفت: آماده‌ایم.")
    assert [(h.person, h.post.organization) for h in x.holdings] == [("نبیل قاووق", "حزب‌الله لبنان")]


@pytest.mark.parametrize("text, expected", [
    ("به گزارش خبرگزاری فارس، نشریه «بیلد» آلمان خبر داد.", ["خبرگزاری فارس", "بیلد"]),
    ("دوغان در مصاحبه با شبکه خبری «ان تی وی» گفت.", ["ان تی وی"]),
    ("او با شبکه «دبلیو اس بی آتلانتا» گفت‌وگو کرد.", ["دبلیو اس بی آتلانتا"]),     # no town inside
    ("پایگاه اینترنتی «ایلاف» مدعی شد.", ["ایلاف"]),                               # a unit's own description
    ("گروه تندروی «جماعت المجاهدین» مسئولیت را پذیرفت.", ["جماعت المجاهدین"]),    # a description's ezafe
    ("وی به خبرنگار باشگاه خبری فارس «توانا» گفت.", ["باشگاه خبری فارس", "توانا"]),  # an outlet's brand
])
def test_a_name_quoted_after_a_kind_word_is_the_bodys(text, expected):
    assert orgs(text) == expected


@pytest.mark.parametrize("text", [
    "او فیلم را در مرکز «لاله‌زار» دید.",                        # a centre is no kind the quote names
    "این وظیفه بر عهده دبیر این حزب «میرزا عظیم نسیم اف» گذاشته شد.",  # the party named before
    "به گزارش گروه «حماسه و مقاومت» خبرگزاری فارس، او آمد.",      # a desk of the outlet
])
def test_a_quote_is_no_body_where_nothing_makes_it_one(text):
    assert not {"لاله‌زار", "میرزا عظیم نسیم اف", "حماسه و مقاومت"} & set(orgs(text))


def test_a_state_closing_a_quoted_name_is_its_own():
    assert orgs("او با شبکه «ال‌بی‌سی لبنان» گفت‌وگو کرد.") == ["ال‌بی‌سی"]
