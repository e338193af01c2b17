"""Posts name the unit their title implies; events come from the reporter's narrative."""
from loader.pipeline import extract_text

TEXT = ("سید صولت مرتضوی وزیر تعاون، کار و رفاه اجتماعی در بازدید از بیمارستان شهید لواسانی تهران گفت: "
        "«ظرفیت این بیمارستان با افتتاح 120 تخت جدید افزایش یافت.» "
        "پرداخت معوقات بازنشستگان از ابتدای آبان‌ماه 1402 آغاز می‌شود.")


def test_minister_heads_the_ministry_not_the_directorate():
    x = extract_text("t", TEXT)
    assert [(h.person, h.post.title, h.post.organization) for h in x.holdings] == [
        ("سید صولت مرتضوی", "وزیر", "وزارت تعاون، کار و رفاه اجتماعی")]


def test_events_from_narrative_not_from_quotes_or_inside_words():
    x = extract_text("t", TEXT)
    # the facility with its place, as corpus facilities are named (`بیمارستان 197 تختخوابی هشتگرد`)
    assert [(e.type, e.what.name if e.what else None) for e in x.events] == [("visit", "بیمارستان شهید لواسانی تهران")]
