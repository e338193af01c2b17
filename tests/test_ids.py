"""loader/ids.py makes every node id, in the forms docs/graph-model.md lists; no stage rewrites one."""
from helpers import CORPUS
from loader.corpus import read_document
from loader.ids import event_id, figure_id, make_id, mention_id, name_id, post_event_id, post_id
from loader.pipeline import extract


def test_the_forms():
    assert make_id("Province", "qom") == "province:qom"
    assert make_id("Organization", "tamin") == "org:tamin"
    assert make_id("Person", "doc", "موسوی") == "person:doc:موسوی"
    assert name_id("City", "هشت‌گرد") == "city:هشتگرد"
    assert name_id("Person", "مرتضی حاجی‌کاظمی") == "person:مرتضیحاجیکاظمی"
    assert post_id("مدیرکل", "سازمان تأمین‌اجتماعی", None) == "post:مدیرکل:سازمانتامیناجتماعی"
    assert post_id("استاندار", None, "قم") == "post:استاندار:قم"
    assert mention_id("d", 3, 9, "PERSON") == "d:3:9:PERSON"
    assert figure_id("d:3:9:MONEY") == "figure:d:3:9:MONEY"
    assert event_id("d", 4) == "event:d:4"
    assert post_event_id("d", "appointment", "post:x") == "event:d:appointment:post:x"


def test_an_extraction_has_final_ids():
    raw = read_document(CORPUS / "001_c635d5fb73222770.txt")
    x = extract(raw)
    assert x.events and all(e.id.startswith(f"event:{raw.id}:") for e in x.events)
    assert all(m.id.startswith(f"{raw.id}:") for m in x.mentions)
    assert all(f.id == figure_id(f.id.removeprefix("figure:")) for f in x.figures)


def test_a_word_whose_hamza_news_seats_three_ways_gives_one_id():
    # `هیئت`, `هیأت`, `هیات`; `مسئول`, `مسؤول`, `مسوول`: one body, one post, whichever the text wrote
    assert len({name_id("Organization", f"{board} مدیره سازمان بیمه سلامت") for board in ("هیئت", "هیأت", "هیات")}) == 1
    assert len({post_id(title, None, "قم") for title in ("مسئول", "مسؤول", "مسوول")}) == 1
