from loader.normalize import normalize


def test_mid_sentence_blank_line_joined(corpus):
    t = normalize(corpus["000_06211529e3fb513d.txt"]).text
    assert "در حالیکه در فرایند جدید، چک" in t.replace("\u200c", "")


def test_headings(corpus):
    d = normalize(corpus["002_baa149da528b4423.txt"])
    heads = [d.text[b.start:b.end] for b in d.blocks if b.kind == "heading"]
    assert "خبر" in heads
    assert "گفت‌وگو" in heads
    assert any(h.startswith("رتبه دوم برای اداره") for h in heads)
    d1 = normalize(corpus["001_c635d5fb73222770.txt"])
    heads1 = [d1.text[b.start:b.end] for b in d1.blocks if b.kind == "heading"]
    assert "کلنگ‌زنی پروژه بیمارستان 197 تختخوابی هشتگرد".replace("\u200c", "") in [h.replace("\u200c", "") for h in heads1]


def test_blocks_separated_by_blank_line(corpus):
    for raw in corpus.values():
        d = normalize(raw)
        assert d.text == "\n\n".join(d.text[b.start:b.end] for b in d.blocks)
        assert "  " not in d.text and "\n\n\n" not in d.text
        for b in d.blocks:
            assert "\n" not in d.text[b.start:b.end]
            assert b.kind in ("paragraph", "heading")


def test_sentences_within_blocks(corpus):
    for raw in corpus.values():
        d = normalize(raw)
        for s in d.sentences:
            b = d.blocks[s.block]
            assert b.start <= s.start < s.end <= b.end
            assert d.text[s.start:s.end] == s.text


def test_quote_sentence_split():
    d = normalize("او گفت: «این کار انجام شد.» سپس رفت.")
    assert [s.text for s in d.sentences] == ["او گفت: «این کار انجام شد.»", "سپس رفت."]


def test_a_web_articles_title_line_is_its_heading_even_when_long():
    raw = ("تامین بیش از 8.3 میلیون لیتر سوخت هواپیما در فرودگاه آبادان در سال گذشته\n"
           "مدیر فرودگاه آبادان گفت: در سال 92 بیش از 8 میلیون لیتر سوخت در پارکینگ این فرودگاه به هواپیما "
           "تحویل داده شده است و این رقم در سال جاری بیشتر خواهد شد و برنامه‌های توسعه ادامه دارد.\n"
           "به گزارش خبرگزاری فارس از آبادان، محمدرضا رضایی صبح امروز در بازدید از بخش‌های مختلف فرودگاه "
           "در خصوص عملکرد نوروزی این فرودگاه توضیح داد و از همکاران خود قدردانی کرد.\n")
    n = normalize(raw)
    assert n.blocks[0].kind == "heading"
    assert n.text[n.blocks[0].start:n.blocks[0].end].strip().endswith("در سال گذشته")


def test_a_web_articles_title_of_up_to_25_words_is_its_own_heading():
    title = "پیش بینی درآمد 2600 میلیاردتومانی بنادر در سال جاری/دریافت تعرفه صادرات خدمات بندری معادل ارز ثانویه"
    lead = ("مدیرعامل سازمان بنادر و دریانوردی با تاکید بر اینکه ارز حاصل از صادرات خدمات به کشتیرانی های خارجی "
            "معادل ارز ثانویه دریافت می‌شود، پیش بینی کرد درآمد بنادر امسال به رقم 2600 میلیارد تومان برسد.")
    body = ("به گزارش خبرنگار اعزامی خبرگزاری فارس به چابهار، محمد راستاد در حاشیه مراسم امضای چهار قرارداد "
            "سرمایه گذاری در بندر شهید بهشتی چابهار در جمع خبرنگاران بیان کرد: طرح های سرمایه گذاری ادامه دارد.")
    d = normalize("\n".join([title, lead, body, body]))
    # (the scale glued to its currency gets its space)
    assert d.sentences[0].text == title.replace("میلیاردتومانی", "میلیارد تومانی")
    assert d.blocks[d.sentences[0].block].kind == "heading"


def test_a_web_articles_line_without_a_full_stop_still_ends_its_paragraph():
    """Web news writes a paragraph per line and closes most of them; a lede that does not close
    (`... دست یابد`) is no wrapped line to join with the dateline after it."""
    raw = ("ظرفیت‌ها برای توسعه کشتی مهیاست\n"
           "سرپرست فدراسیون کشتی کشور گفت: کردستان می‌تواند در کشتی به موفقیت‌های خوبی دست یابد\n"
           "به گزارش خبرگزاری فارس از سنندج، حمید بنی‌تمیم امروز در مجمع هیات کشتی استان سخن گفت.\n"
           "وی افزود: ورزشکاران لایق در استان هستند.\n")
    d = normalize(raw)
    assert [s.text.split()[0] for s in d.sentences] == ["ظرفیت‌ها", "سرپرست", "به", "وی"]


def test_a_pdf_pages_wrapped_lines_are_joined(corpus):
    """The corpus wraps its paragraphs (most lines end mid-sentence): its lines are joined."""
    raw = corpus["000_06211529e3fb513d.txt"]
    assert len(normalize(raw).blocks) < len([line for line in raw.split("\n") if line.strip()]) / 2


def test_a_press_reviews_headlines_run_into_one_line_are_sentences_of_their_own():
    text = ("* آفتاب یزد - عضو هیات رئیسه مجلس از استیضاح‌ها خبر داد: اول حاجی - عضو فراکسیون اکثریت: "
            "اگر اصلاح طلب بیاید - رئیس جمهور گفت: خوب است.\n\nایران - عراق بازی کردند.")
    assert [s.text for s in normalize(text).sentences] == [
        "* آفتاب یزد", "عضو هیات رئیسه مجلس از استیضاح‌ها خبر داد: اول حاجی", "عضو فراکسیون اکثریت: اگر اصلاح طلب بیاید",
        "رئیس جمهور گفت: خوب است.", "ایران - عراق بازی کردند."]
