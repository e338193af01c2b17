"""Coreference inside a document and identity across documents."""
import pytest

from helpers import CORPUS
from loader.pipeline import extract_text


def extraction(stem):
    return extract_text(stem, (CORPUS / f"{stem}.txt").read_text(encoding="utf-8"))


def test_two_mousavis_are_two_people():
    qom = extraction("000_06211529e3fb513d")
    ceo = extraction("001_c635d5fb73222770")
    qom_ids = {e.id for e in qom.entities if e.label == "Person" and "موسوی" in e.name}
    ceo_ids = {e.id for e in ceo.entities if e.label == "Person" and "موسوی" in e.name}
    assert len(qom_ids) == 1 and len(ceo_ids) == 1 and qom_ids != ceo_ids


def test_bare_surname_links_to_the_full_name_of_the_same_article():
    x = extraction("001_c635d5fb73222770")
    ceo = next(e for e in x.entities if e.name == "میرهاشم موسوی")
    bare = [m for m in x.mentions if m.label == "PERSON" and m.text == "موسوی"]
    assert bare and all(m.entity_id == ceo.id for m in bare)


def test_surname_only_person_stays_in_its_document():
    x = extraction("002_baa149da528b4423")
    sheikh = next(e for e in x.entities if e.label == "Person" and "شعاعی" in e.name)
    assert sheikh.id.startswith("person:002_baa149da528b4423:")


def test_unnamed_ceo_title_refers_to_the_named_ceo():
    x = extraction("001_c635d5fb73222770")
    ceo_figures = [f for f in x.figures if f.text.startswith("117 هزار")]
    assert ceo_figures and ceo_figures[0].stated_by == "میرهاشم موسوی"


def test_a_surname_written_with_a_space_is_the_person_named_with_a_zwnj():
    """Web text spaces a ZWNJ (`هاشمی نسب`, `رمضان پور`): still the one person the document names
    in full, and the figures such a mention states are theirs."""
    from loader.pipeline import extract_text
    x = extract_text("d", "غلامحسین رمضان‌پور مدیرعامل پالایشگاه گفت: تولید افزایش یافت. رمضان پور ظرفیت را "
                          "50 هزار تن اعلام کرد. آیت هاشمی‌نسب معاون استاندار گفت: کار انجام شد. هاشمی نسب افزود: "
                          "کار ادامه دارد.")
    people = {m.text: m.entity_id for m in x.mentions if m.label == "PERSON"}
    assert people["رمضان پور"] == people["غلامحسین رمضان‌پور"]
    assert people["هاشمی نسب"] == people["آیت هاشمی‌نسب"]
    assert [f.stated_by for f in x.figures] == ["غلامحسین رمضان‌پور"]


def test_a_surname_links_to_a_full_name_whose_given_name_has_seyed_glued_on():
    """`سیدمحمدعلی آل‌هاشم` then `آل هاشم`: one person, though `سیدمحمدعلی` is in no list as written."""
    x = extract_text("d", "حجت الاسلام سیدمحمدعلی آل‌هاشم امروز در خطبه‌ها گفت: کار خوب است. "
                          "آل هاشم افزود: مردم حاضرند. آل‌هاشم گفت: تمام شد.")
    ids = {m.entity_id for m in x.mentions if m.label == "PERSON"}
    assert len(ids) == 1


def _owner_of_bare(text, surname):
    x = extract_text("d", text)
    names = {e.id: e.name for e in x.entities}
    return [names[m.entity_id] for m in x.mentions if m.label == "PERSON" and m.text == surname]


def test_a_surname_two_people_of_the_article_share_is_neither_of_them():
    text = ("فرشته بنی‌طالبی امروز در گفت‌وگو با خبرنگار فارس در شهرکرد اظهار داشت: داوران ما موفق شدند. "
            "وی افزود: کبری قربانی و زیبا بنی‌طالبی مجوز قضاوت را کسب کردند. بنی‌طالبی خاطرنشان کرد: خوب است.")
    assert all(name not in ("فرشته بنی‌طالبی", "زیبا بنی‌طالبی") for name in _owner_of_bare(text, "بنی‌طالبی"))
    # one given name written two ways is one person: the surname is theirs
    text = "سیدمحمد خاتمی رئیس جمهوری امروز گفت: خوب است. سید محمد خاتمی افزود: کار سخت است. خاتمی گفت: بله."
    owners = _owner_of_bare(text, "خاتمی")
    assert owners and set(owners) <= {"سیدمحمد خاتمی", "سید محمد خاتمی"}


def _organizations(text: str) -> list[tuple[str, str, str]]:
    x = extract_text("d", text)
    names = {e.id: e.name for e in x.entities}
    return [(m.text, m.entity_id, names[m.entity_id]) for m in x.mentions if m.label == "ORG"]


def test_a_body_named_by_its_function_after_a_minister_is_the_ministry():
    assert _organizations("حمید چیت‌چیان وزیر نیرو گفت.") == [("نیرو", "org:moen", "وزارت نیرو")]
    assert _organizations("عبدالرضا رحمانی فضلی وزیر کشور گفت.") == [("کشور", "org:moi", "وزارت کشور")]
    assert _organizations("علی ربیعی وزیر تعاون، کار و رفاه اجتماعی گفت.")[0][1] == "org:mcls"
    assert _organizations("علی احمدی مدیرکل تعاون، کار و رفاه اجتماعی استان قم گفت.")[0][1] == "org:mcls-province-dg"


def test_a_body_of_another_state_is_not_the_iranian_one_the_gazetteer_lists():
    assert _organizations("بانک مرکزی عراق اعلام کرد.") == [("بانک مرکزی", "org:بانکمرکزیعراق", "بانک مرکزی عراق")]
    assert _organizations("دولت ترکیه گفت.") == [("دولت", "org:دولتترکیه", "دولت ترکیه")]
    assert _organizations("وزیر کشور لبنان گفت.") == [("کشور", "org:وزارتکشورلبنان", "وزارت کشور لبنان")]
    assert _organizations("دولت ایران گفت.")[0][1] == "org:government"
    assert _organizations("سازمان ملل متحد عراق را تحریم کرد.")[0][1] == "org:un"
    assert _organizations("پلیس بغداد این فرد را دستگیر کرد.") == [("پلیس", "org:پلیسبغداد", "پلیس بغداد")]
    assert _organizations("پلیس تهران اعلام کرد.")[0][1] == "org:police"


def test_a_body_of_the_state_its_sentence_named_before_is_that_states():
    x = extract_text("d", "مقامات آمریکا از جمله دونالد رامسفلد وزیر دفاع این کشور گفتند.")
    assert [(h.person, h.post.organization, h.post.organization_id) for h in x.holdings] == \
        [("دونالد رامسفلد", "وزارت دفاع آمریکا", "org:وزارتدفاعامریکا")]
    x = extract_text("d", "ایران پیشرفت کرد. حسین دهقان وزیر دفاع این کشور گفت: این خوب است.")
    assert [h.post.organization_id for h in x.holdings] == ["org:mod"]


def test_a_body_of_a_state_no_sentence_names_is_no_one_elses():
    text = "ترامپ با رهبر کره شمالی دیدار می‌کند. پامپئو جانشین رکس تیلرسون وزیر خارجه این کشور شد."
    x = extract_text("d", text)
    assert [(h.person, h.post.title, h.post.organization) for h in x.holdings if h.person == "رکس تیلرسون"] == \
        [("رکس تیلرسون", "وزیر", None)]
    assert _organizations(text) == [("خارجه", "org:وزارتخارجه", "وزارت خارجه")]


def test_a_provincial_corps_is_its_own_unit_of_the_irgc():
    x = extract_text("d", "فرمانده سپاه عاشورا امنیت کشور را حاصل خون شهدا دانست. سردار غلام‌عسکر کریمیان افزود: خوب است.")
    assert [(h.person, h.post.organization_id) for h in x.holdings] == [("غلام‌عسکر کریمیان", "org:irgc-ashura")]
    assert {e.id: e.properties.get("parent_id") for e in x.entities}["org:irgc-ashura"] == "org:irgc"
    assert [m.text for m in x.mentions if m.label == "DATE"] == []   # (عاشورا here names the corps)


def test_khomeinis_epithets_name_him_in_every_document():
    x = extract_text("d", "وی با اشاره به سخنان امام خمینی (ره) گفت: امام امت راه را نشان داد.")
    y = extract_text("e", "امام راحل فرمودند که آمریکا هیچ غلطی نمی‌تواند بکند.")
    ids = {m.entity_id for z in (x, y) for m in z.mentions if m.label == "PERSON"}
    assert ids == {"person:روحاللهخمینی"}
    assert [m.text for m in y.mentions if m.label == "PERSON"] == ["امام راحل"]   # named as written
    assert [e.name for e in y.entities if e.label == "Person"] == ["امام راحل"]


def test_a_body_of_the_sentences_subject_is_that_states():
    text = ("رئیس جمهور امریکا در جلب نظر مثبت این کشورها و کاهش نفوذ ایران در منطقه، "
            "کاندولیزا رایس وزیر امور خارجه خود را راهی خاورمیانه کرده است.")
    x = extract_text("d", text)
    assert [(h.person, h.post.organization, h.post.area) for h in x.holdings] == \
        [("کاندولیزا رایس", "وزارت امور خارجه آمریکا", "آمریکا")]


def test_a_bodys_name_ends_before_the_ezafe_written_on_its_last_word():
    x = extract_text("d", "سعید کرکه‌آبادی رئیس هیأت جودوی استان سمنان گفت: خوب است.")
    assert [e.name for e in x.entities if e.label == "Organization"] == ["هیأت جودو"]
    x = extract_text("d", "علی احمدی رئیس سازمان بسیار قوی گفت: خوب است.")
    assert all(not e.name.endswith("قو") for e in x.entities)


def test_a_national_body_named_with_nationwide_is_the_body_listed_without_it():
    x = extract_text("d", "علی‌محمد شاعری قائم مقام سازمان محیط زیست کشور گفت: خوب است.")
    assert [e.name for e in x.entities if e.label == "Organization"] == ["سازمان حفاظت محیط زیست"]


def test_a_body_a_post_names_by_its_function_is_named_with_the_unit_the_post_implies():
    posts = lambda text: [(h.post.title, h.post.organization) for h in extract_text("d", text).holdings]  # noqa: E731
    assert posts("سید مسعود میرکاظمی وزیر بازرگانی گفت: خوب است.") == [("وزیر", "وزارت بازرگانی")]
    assert posts("صادق ضیائیان مدیرکل هواشناسی استان آذربایجان غربی گفت: خوب است.") == [("مدیرکل", "اداره کل هواشناسی")]
    assert posts("علی احمدی وزیر محترم اطلاعات گفت: خوب است.") == [("وزیر", "وزارت اطلاعات")]


def test_ansar_hezbollah_is_not_lebanons_hezbollah():
    x = extract_text("d", "روح الله بجانی مسئول انصار حزب‌الله استان آذربایجان شرقی گفت: خوب است.")
    assert [(h.post.title, h.post.organization) for h in x.holdings] == [("مسئول", "انصار حزب‌الله")]


def test_a_ministry_named_with_its_ezafe_and_a_new_minister():
    x = extract_text("d", "وی افزود: سایر وزرا بخصوص «دیوید میلی‌بند» وزیر خارجه‌ی جدید به آن توجه کردند.")
    assert [(h.post.title, h.post.organization) for h in x.holdings] == [("وزیر", "وزارت امور خارجه")]


def test_the_first_word_of_a_two_word_surname_alone_is_that_person():
    x = extract_text("d", "به گزارش خبرگزاری فارس، محمدباقر صابری زفرقندی در گفت‌وگو با خبرنگار افزود: خوب است. "
                          "صابری افزود: این مهم است. محمد علی رضایی هم آمد و علی گفت: بد است.")
    names = sorted(e.name for e in x.entities if e.label == "Person")
    assert "صابری" not in names and "محمدباقر صابری زفرقندی" in names


def test_the_first_word_of_a_two_word_surname_may_be_a_name_only_scraped_lists_give():
    # `احمدی` is a given name in a scraped list, but here the first word of the surname
    x = extract_text("d", "به گزارش خبرگزاری فارس، محمود احمدی لاشکی امروز در گفت‌وگو با خبرنگار افزود: خوب است. "
                          "احمدی با اشاره به این که طرح در حال اجراست گفت: این مهم است.")
    names = sorted(e.name for e in x.entities if e.label == "Person")
    assert names == ["محمود احمدی لاشکی"]


def test_the_first_word_of_a_compound_surname_alone_is_that_person():
    x = extract_text("d", "به گزارش خبرگزاری فارس، ابراهیم حیدری‌جناسمی امروز اظهار داشت: این دوره مهم است. "
                          "حیدری خاطرنشان کرد: در هر نوبت 25 نفر حضور دارند.")
    assert sorted(e.name for e in x.entities if e.label == "Person") == ["ابراهیم حیدری‌جناسمی"]
    assert [g.stated_by for g in x.figures] == ["ابراهیم حیدری‌جناسمی"]


@pytest.mark.parametrize("surname", ["احمدی‌نژاد", "رضایی‌فر", "کاردان‌مقدم"])
def test_a_word_and_an_ending_or_an_ordinary_word_is_no_short_form(surname):
    from loader.ner.persons import compound_short_form
    from loader.ner.resources import resources
    assert compound_short_form(surname, resources()) is None


def test_a_surname_written_with_its_space_moved_or_a_name_without_its_first_word_is_the_person_named_in_full():
    x = extract_text("d", "حجت الاسلام محمدرضا میر تاج‌الدینی نماینده مردم تبریز در مجلس شورای اسلامی گفت: خوب است. "
                          "میر تاج‌الدینی همچنین گفت: بد است. میرتاج الدینی در ادامه گفت: خوب. "
                          "کیم جونگ اون رهبر کره شمالی گفت: خوب. جونگ اون افزود: بد.")
    assert sorted((e.name, len(e.mentions)) for e in x.entities if e.label == "Person") == \
        [("محمدرضا میر تاج‌الدینی", 3), ("کیم جونگ اون", 2)]


def test_a_body_named_before_its_province_ends_its_plural_without_the_ezafe():
    x = extract_text("d", "سرپرست اداره کل زندان‌های استان البرز تأکید کرد: خوب است. حاج کاظم رضایی افزود: بد است.")
    assert "اداره کل زندان‌ها" in [e.name for e in x.entities if e.label == "Organization"]


def test_an_agency_named_before_a_town_abroad_is_not_that_towns():
    from loader.pipeline import extract_text
    x = extract_text("d", "به گزارش فارس به نقل از خبرگزاری فرانسه، شهر سائوپائولو شاهد اعتراض بود.")
    assert "خبرگزاری فرانسه" in [e.name for e in x.entities if e.label == "Organization"]


def test_a_bare_surname_later_in_the_list_that_named_the_full_name_is_someone_else():
    text = ("در این مراسم حجت‌الاسلام علی محمدی سرپرست سازمان اوقاف، علاءالدین بروجردی رئیس کمیسیون امنیت ملی، "
            "حجت‌الاسلام محمدی رئیس مرکز توسعه فعالیت‌های قرآنی و لاله افتخاری حضور داشتند.")
    holders = {h.post.organization: h.person for h in extract_text("t", text).holdings}
    assert holders["سازمان اوقاف و امور خیریه"] == "علی محمدی"
    assert holders["مرکز توسعه فعالیت‌های قرآنی"] == "محمدی"


def test_a_bare_surname_after_another_person_in_its_own_clause_is_still_the_full_name():
    text = "علی محمدی با حسن روحانی دیدار کرد و محمدی گفت: همکاری ادامه دارد."
    x = extract_text("t", text)
    assert len({m.entity_id for m in x.mentions if m.label == "PERSON" and "محمدی" in m.text}) == 1
