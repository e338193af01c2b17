"""Who is speaking in each sentence, so a figure can say who stated it.

News prose attributes quotes with `NAME گفت: «...»`, `TITLE ORG افزود`, `او/وی ادامه داد`; the
quote may run over several sentences, and an interview's answers belong to the interviewee
until someone else is attributed.
"""
from __future__ import annotations

import re

from loader.facts.items import DATELINE
from loader.facts.view import BODY_OR_PLACE, DocumentView
from loader.ner.gazetteer_io import load_table
from loader.ner.resources import ACCORDING_TO, resources
from loader.text_keys import fold

WORD = re.compile(r"[\w\u200c]+")
PRONOUN = re.compile(r"(?:^|[\s«])(?:او|وی)(?:\s|[،,]\s)")  # (`وی، حفظ بازار ... را ... عنوان کرد`)


# The reporter's own asides, which end any words a speaker went on with (`گفتنی است، ...`).
ASIDE_WORDS = (r"گفتنی\s+است|لازم\s+به\s+ذکر\s+است|شایان\s+ذکر\s+است|قابل\s+ذکر\s+است|"
               r"یادآور(?:ی)?\s+می[\s\u200c]*شود")
REPORTER_ASIDE = re.compile(r"\s*(?:" + ASIDE_WORDS + ")")
ASIDE = re.compile(r"\s*(?:" + ASIDE_WORDS + r"|به\s+گزارش)")
# speech_verbs.tsv kinds that in a sentence the reporter opens with an aside say nobody speaks:
# `در حاشیه` is where (`لازم به ذکر است در حاشیه این نمایشگاه، کلکسیون ... اثر X ...`), and
# `یادآور می‌شود` is the reporter's own reminder
ASIDE_KINDS = frozenset({"interview", "remind"})
DEMONSTRATIVE = re.compile(r"(?:^|[\s«])این\s+([^\s،,]+)")  # (`این مسئول، میانگین بارش را ... اعلام کرد`)
OPENING_WORD = re.compile(r"\s*([\w\u200c]+)")
REPORT_SOURCE = "report_source"  # the kind of `به گزارش` in speech_verbs.tsv


def _pronoun(text: str) -> re.Match | None:
    """`وی`, `او`, or `این` and a noun for a person (`این مقام مسئول`, `این کارشناس`, `این
    نماینده`): the one last quoted, whatever the sentence names after it. A noun for a person
    opening the sentence does as much (`کارشناس هواشناسی استان، بیان داشت`)."""
    found = PRONOUN.search(text)
    res = resources()
    for m in DEMONSTRATIVE.finditer(text, 0, found.start() if found else len(text)):
        key = fold(m.group(1))
        if key in res.person_nouns or key in res.title_heads:
            return m
    if found is None:
        opening = OPENING_WORD.match(text)
        if opening and fold(opening.group(1)) in res.person_nouns:
            return opening
    return found


def _speech_verbs(text: str) -> list[tuple[int, int, str, str]]:
    """(word index, character offset, kind in speech_verbs.tsv, its last word's key) of each verb of
    saying in a text, in order: a sentence is read once for what its verbs say, where they stand,
    what opens it and who says it."""
    found = [(m.start(), fold(m.group())) for m in WORD.finditer(text)]
    matches = resources().speech_verbs.matches([key for _, key in found])
    return [(k, found[k][0], entry["kind"], found[end - 1][1]) for k, (end, entry) in matches]


def _only_others_say(verbs: list[tuple[int, int, str, str]]) -> bool:
    """Every verb of saying (of ``verbs``, a text's) is in the third person plural (`برخی‌ها در فضای
    مجازی گفتند ...`, `می‌گویند`): others the speaker reports, not a new speaker."""
    saying = [last for _, _, kind, last in verbs if kind not in (REPORT_SOURCE, ACCORDING_TO)]
    return bool(saying) and all(w.endswith(PLURAL_VERB) for w in saying)


PLURAL_VERB = ("ند",)  # `گفتند`, `می‌گویند`, `کردند`, `گفته‌اند`


def _speech_kinds(text: str) -> list[str]:
    """The kinds (speech_verbs.tsv) of the verbs of saying in a text, in order."""
    return [kind for _, _, kind, _ in _speech_verbs(text)]


def _opens_with_speech(verbs: list[tuple[int, int, str, str]]) -> bool:
    """A sentence with these verbs opens with its verb of saying, no subject before it (`اظهار
    داشت: ...`)."""
    return bool(verbs) and verbs[0][0] == 0 and verbs[0][2] not in (REPORT_SOURCE, ACCORDING_TO)  # (not `به گفته این منابع`)


def _has_speech_verb(text: str) -> bool:
    return _says(_speech_kinds(text))


def _says(kinds: list[str]) -> bool:
    """A verb of saying, not the report's source (`به گزارش خبرنگار فارس، ... با حضور X آغاز
    شد` is the reporter's own sentence: X, named in it, says nothing)."""
    return any(kind != REPORT_SOURCE for kind in kinds)


CONTINUING = frozenset({"add", "continue"})  # kinds of `افزود`, `ادامه داد` in speech_verbs.tsv


def topic_phrases(kind: str | None = None) -> str:
    """The topic_openers.tsv phrases (of one ``kind``, else all) as one alternation, any space
    between their words (`با اشاره به`, `در ادامه`)."""
    return "|".join(r"\s+".join(map(re.escape, row["phrase"].split()))
                    for row in load_table("topic_openers") if kind is None or row.get("kind") == kind)


# words before the verb that say the speaker goes on (`... در ادامه تاکید کرد`)
GOES_ON = re.compile(r"(?:^|\s)(?:" + topic_phrases("goes_on") + r")\s")


def _continues(text: str) -> bool:
    """The verb of saying that ends the words before the quote (the main verb: `با اشاره به ...
    افزود:`) says the speaker goes on (`افزود`, `ادامه داد`), or words before it do (`... در ادامه
    تاکید کرد`, `... همچنین گفت`)."""
    said = text.split(":", 1)[0]
    verbs = _speech_verbs(said)
    return bool(verbs) and (verbs[-1][2] in CONTINUING or GOES_ON.search(said, 0, verbs[-1][1]) is not None)


def sentence_speakers(view: DocumentView, title_holder: dict[str, str]) -> dict[int, str | None]:
    """Sentence index → person id of the speaker (or None).

    A sentence speaks for the subject of its speech verb (a person, a post's holder, `وی`/`او`
    for the item's last speaker); a quote that runs on, and an interview's answers, speak for
    whoever spoke last; a sentence of the reporter's own, with no speech verb and outside any
    quote, speaks for nobody. Nothing carries across news items."""
    speakers: dict[int, str | None] = {}
    unnamed_speech: set[int] = set()
    attributed: set[int] = set()
    current: str | None = None
    item = None
    quote_open = False
    interview = False
    interviewee: str | None = None  # in questions and answers, who answers: the speaker before the first question
    colon_block = None
    for sentence in view.norm.sentences:
        if view.item_of.get(sentence.index) != item:
            item, current, quote_open, colon_block = view.item_of.get(sentence.index), None, False, None
            interview, interviewee = _interview(view, item), None
        mentions = view.by_sentence.get(sentence.index, [])
        text = sentence.text
        verbs = _speech_verbs(text)
        kinds = [kind for _, _, kind, _ in verbs]
        if ACCORDING_TO in kinds and not ACCORDING_OPENS.match(DATELINE.sub("", text, count=1)):
            kinds = [k for k in kinds if k != ACCORDING_TO]  # (`... لایحه‌ای که به گفته بوش ...`: a clause's)
        if REPORTER_ASIDE.match(DATELINE.sub("", text, count=1)):
            kinds = [k for k in kinds if k not in ASIDE_KINDS]
        speech = _says(kinds)
        if speech and colon_block is not None and sentence.block == colon_block and "«" not in text \
                and ":" not in text and _only_others_say(verbs):
            speech = False  # `وی گفت: ... . الان در فضای مجازی می‌گویند ...`: the speaker reports others
        # `وی گفت: ... . ...`: the paragraph a colon opened goes on in the speaker's words
        # (a sentence with a verb of saying of its own is attributed afresh)
        said_on = colon_block is not None and sentence.block == colon_block and not ASIDE.match(text) and not speech
        speaker = current if (quote_open or interview or said_on) else None
        quote_at = _quote_start(text) if "«" in text else -1
        if speech or quote_at >= 0:
            # the words said start at the quote, or else at the colon after the verb of saying
            # (`اظهار داشت: آقای البرادعی ...` names whom the speaker speaks of, not who speaks)
            said_at = quote_at if quote_at >= 0 else _colon(text, verbs)
            prefix_end = sentence.start + (said_at if said_at >= 0 else len(text))
            named = None
            unnamed_post = False
            # `وی تعداد عکس‌ها را ... عنوان کرد` speaks for the last speaker, whoever it names after
            pronoun = _pronoun(text[: quote_at if quote_at >= 0 else len(text)])
            if pronoun is not None and mentions and mentions[0].label == "TITLE" and mentions[0].id in title_holder \
                    and mentions[0].start <= sentence.start + pronoun.start(1 if pronoun.re.groups else 0) < mentions[0].end:
                # `مسؤول اتحادیه ... در شهرستان اسدآباد نیز ... گفت`: a noun for a person that opens a
                # post whose holder is known names that holder, not the one last quoted
                pronoun = None
            # ... and so, when the last speaker went unnamed (`مدیرکل ... گفت`), for nobody named yet:
            # not for a name after it (`وی ... به موضوع "روژه گارودی" ... اشاره کرد`)
            pronoun_at = sentence.start + pronoun.start() if pronoun else prefix_end
            for m in mentions:
                if m.start >= min(prefix_end, pronoun_at):
                    break
                if m.label == "PERSON" and m.entity_id:
                    if OBJECT_MARK.match(view.norm.text, m.end):
                        continue  # `ما پول گابریل را ... دادیم`: whom the words are about, no speaker
                    named = m.entity_id
                    break
                if m.label == "TITLE":
                    named = title_holder.get(m.id) or _apposed_speaker(view, mentions, m, prefix_end)
                    unnamed_post = named is None
                    break
            if named is None and not unnamed_post and (pronoun or _opens_with_speech(verbs)):
                named = current  # (`اظهار داشت: ...` with no subject: the one speaking goes on)
            # `نشریه آ.اس ... در خصوص خرید هالند ... صحبت کرد`: the publication speaks, nobody it names
            prefix = text[: quote_at if quote_at >= 0 else len(text)]
            # ... and so does the source of `طبق اعلام باشگاه دورتموند این بازیکن ...` when no one says it
            opens = _outlet_opens(prefix) or _only_outlets(kinds if quote_at < 0 else _speech_kinds(prefix))
            if opens:
                named, unnamed_post = None, False
            outlet = opens or (named is None and not unnamed_post
                               and _outlet_speaks(view, mentions, sentence.start, prefix_end))
            if unnamed_post and speech and current is not None and _continues(text):
                # `نماینده مردم آباده ... افزود`: the one speaking goes on, named by another post
                named, unnamed_post = current, False
            if (unnamed_post or outlet) and speech:
                # `استاندار سمنان ... گفت` with no name anywhere: someone new speaks, unnamed.
                current, speaker = None, None
                attributed.add(sentence.index)
            elif named is not None:
                current = speaker = named
                attributed.add(sentence.index)
            elif speech:
                unnamed_speech.add(sentence.index)  # `... اظهار داشت:` whose speaker comes later
        elif (named := name_colon(view, sentence.index, title_holder)) is not None:
            # `ویسی: ایران می‌تواند قهرمان شود`: a headline's or a transcript's words after the
            # name they are whose
            current = speaker = named
            attributed.add(sentence.index)
        elif not (quote_open or interview or said_on or _subheading(view, sentence)) \
                and (subject := _opening_person(text, mentions, sentence.start)):
            # `به گزارش فارس، نادر حریری در نشست ... به تحقیقات ... پرداخت. وی ... اشاره کرد`: the
            # one a report's sentence is about is the one `وی` next speaks for
            current = subject
        asks = interview and _question(view, sentence.index) and _ends_block(view, sentence.index)
        if asks and sentence.index not in attributed:
            speaker = None  # the interviewer's question (`فارس: حتی اگر در لیست 18 نفره نباشید؟`), not the answer's
        speakers[sentence.index] = speaker
        if asks:
            # the answer after a question is the interviewee's again, whoever the question or the
            # last answer named (`* خب شما چرا 13 بار اسم من (فردوسی پور) را ... آوردید؟`)
            interviewee = interviewee or current
            current = interviewee
        quote_open = _quote_open_after(text, quote_open)
        if speech and ":" in text and "«" not in text and speaker is not None:
            colon_block = sentence.block  # (words in «» end where the quote does)
        elif not said_on:
            colon_block = None  # (an aside ends it too)
    _backfill_sections(view, speakers, attributed, unnamed_speech)
    for news in view.items:
        if _interview(view, news.index):
            # An interview's answers before the box that names the interviewee are theirs too.
            indices = range(news.first_sentence, news.last_sentence + 1)
            first = next((speakers[i] for i in indices if i in attributed and speakers[i]), None)
            for index in indices:
                if index in attributed:
                    break
                if not _question(view, index):
                    speakers[index] = first
    return speakers


def _apposed_speaker(view: DocumentView, mentions, post, end: int) -> str | None:
    """`رئیس اورژانس استان، حسن کریمی گفت: ...`: a post whose words the extractor could not close
    (no body it knows), then a comma and the name that speaks; the name speaks, not an unnamed
    holder. No other person or post between them, and the name neither an object (`را`) nor one
    of a pair (`و`)."""
    after = [m for m in mentions if post.end <= m.start < end and m.label in ("PERSON", "TITLE")]
    if not after or after[0].label != "PERSON" or not after[0].entity_id:
        return None
    person = after[0]
    if not view.norm.text[post.end:person.start].rstrip().endswith(("،", ",")) \
            or OBJECT_MARK.match(view.norm.text, person.end) or AND_AFTER.match(view.norm.text, person.end):
        return None
    return person.entity_id


AND_AFTER = re.compile(r"[\s،,]*و(?:\s|$)")  # the name one of a pair or list (`X و Y`, `X، و Y`)
NAME_COLON = re.compile(r"\s*[«»\"]?\s*:")


def name_colon(view: DocumentView, sentence_index: int, title_holder: dict[str, str]) -> str | None:
    """The person a sentence opens with when a colon follows the name at once (`ویسی: ...`), or
    the holder of the post it opens with (`استاندار خوزستان: ...`, the governor the document
    names): the words after are theirs, in a headline or a transcript."""
    sentence = view.sentences.get(sentence_index)
    mentions = view.by_sentence.get(sentence_index)
    first = mentions[0] if mentions else None
    if sentence is None or first is None or view.norm.text[sentence.start:first.start].strip(" «\""):
        return None
    if first.label == "TITLE" and first.id in title_holder:
        last = first  # the post's words: its title, then its body and place
        for m in mentions[1:]:
            if m.label not in BODY_OR_PLACE or not view.adjacent(last, m):
                break
            last = m
        return title_holder[first.id] if NAME_COLON.match(view.norm.text, last.end) else None
    if first.label != "PERSON" or not first.entity_id or not NAME_COLON.match(view.norm.text, first.end):
        return None
    return first.entity_id


REPORT_OPENER = re.compile(r"\s*به\s+گزارش\s+[^،,:.]{1,60}[،,]\s*")
# `به گفته وی ...`, `به گفته یگانه کاری در چهارمین دوره ... 46 کتاب ...`: a sentence opening
# with whose words it reports speaks for them; inside a clause it says nothing of the rest.
ACCORDING_OPENS = re.compile(f"(?:{REPORT_OPENER.pattern})?\\s*به\\s+(?:گفته|اعتقاد)\\s")
SUBJECT_REACH = 2  # words (a rank, an honorific) a sentence's subject may stand after its opening


def _opening_person(text: str, mentions, start: int) -> str | None:
    """The person a sentence without a verb of saying opens with, after its dateline or `به گزارش
    ...،`: its subject."""
    rest = DATELINE.sub("", text, count=1)
    opener = REPORT_OPENER.match(rest)
    at = len(text) - len(rest) + (opener.end() if opener else len(rest) - len(rest.lstrip()))
    first = next((m for m in mentions if m.start >= start + at), None)
    if first is None or first.label != "PERSON" or not first.entity_id:
        return None
    words = WORD.findall(text[at:first.start - start])
    if any(w in OBJECT_PREPOSITIONS for w in words):
        return None  # `به برانکو ظلم شده بود`: the one a preposition governs is no subject `وی` goes on to
    return first.entity_id if len(words) <= SUBJECT_REACH else None


OBJECT_PREPOSITIONS = frozenset({"به", "از", "با", "برای", "درباره", "بر", "نزد", "توسط", "علیه"})


CITED = "به نقل از"
# Words a sentence opens with when a publication is its subject (`روزنامه ... نوشت`, `شبکه ... گزارش داد`).
MEDIA = frozenset(fold(w) for w in ("روزنامه", "نشریه", "هفته‌نامه", "ماهنامه", "سایت", "پایگاه", "خبرگزاری",
                                    "شبکه", "رسانه", "رسانه‌های"))


def _only_outlets(kinds: list[str]) -> bool:
    """Every expression of saying (of the kinds in a text) names a source, not a speaker
    (`طبق اعلام ...`, `... اعلام شد`)."""
    named = set(kinds) - {REPORT_SOURCE}
    return bool(named) and named <= SOURCES


SOURCES = frozenset({"outlet", "announce_passive"})


def _outlet_opens(text: str) -> bool:
    """A publication opens the sentence as its subject (after any dateline): what it says is
    its own, not a person's it names."""
    words = WORD.findall(DATELINE.sub("", text, count=1))
    return bool(words) and fold(words[0]) in MEDIA


def _outlet_speaks(view: DocumentView, mentions, start: int, end: int) -> bool:
    """A newspaper, site or body is the source (`به نقل از روزنامه نیوز`, `طبق اعلام باشگاه`, `این
    روزنامه ... نوشت`): no person speaks, and nobody named later takes the words over."""
    if "outlet" in _speech_kinds(view.norm.text[start:end]):
        return True
    cited = view.norm.text.find(CITED, start, end)
    if cited < 0:
        return False
    source = WORD.findall(view.norm.text[cited + len(CITED):end])[:1]
    # (`به نقل از روزنامه پاکستانی نیوز`: the kind of outlet says so, known to us or not)
    return any(m.label == "ORG" and cited < m.start < end for m in mentions) \
        or bool(source) and fold(source[0]) in resources().org_kind_cues


NAME_IN_QUOTES_WORDS = 4


SAID_COLON = re.compile(r"(?<!\d):(?!\d)")


def _colon(text: str, verbs: list[tuple[int, int, str, str]]) -> int:
    """Where the words said start after a verb of saying (of ``verbs``, the text's) and a colon, or -1."""
    found = SAID_COLON.search(text)
    return found.start() if found and _says([kind for _, at, kind, _ in verbs if at < found.start()]) else -1


def _quote_start(text: str) -> int:
    """Where the words a sentence quotes begin (its first `«`), past names the agency puts in
    guillemets (`بنا به گزارش وبگاه «قدس»، قراقع ... افزود: ...`): a few words closed again, not
    opened by a colon; -1 when it quotes nothing."""
    at = text.find("«")
    while at >= 0:
        closed = text.find("»", at)
        if closed < 0 or len(text[at + 1:closed].split()) > NAME_IN_QUOTES_WORDS or text[:at].rstrip().endswith(":"):
            return at
        at = text.find("«", closed)
    return -1


def _quote_open_after(text: str, was_open: bool) -> bool:
    """Whether a quote is still open after this sentence (`«` without its `»`)."""
    opened, closed = text.rfind("«"), text.rfind("»")
    if opened > closed:
        return True
    if closed > opened:
        return False
    return was_open


def _question(view: DocumentView, index: int) -> bool:
    return index in view.sentences and view.sentences[index].text.rstrip(" »").endswith(("؟", "?"))


def _interview(view: DocumentView, item: int | None) -> bool:
    """An item in questions and answers: two or more questions (`...؟`) between its answers, each
    ending its paragraph past the item's first sentence. A headline that asks and a question the
    writer asks inside a paragraph (`... چه اندیشه‌ای را عملی خواهد کرد؟ چیزی که ...`) make none."""
    if item is None:
        return False
    news = view.items[item]
    return sum(1 for i in range(news.first_sentence + 1, news.last_sentence + 1)
               if _question(view, i) and _ends_block(view, i)) >= 2


# right after a name, past a comma or a closing quote: the verb's object (`X را به عنوان ...`, `پول
# گابریل را دادیم`), no subject nor speaker
OBJECT_MARK = re.compile(r"[\s،,»\"]*را(?![\w\u200c])")


def _subheading(view: DocumentView, sentence) -> bool:
    """A line of its own inside a news item with no stop at its end (`اگر برانکو همکاری می‌کرد یک
    دلار هم جریمه نداشتیم`): a subheading pulled from the speaker's words, whoever it names, not a
    sentence whose subject `وی` goes on to."""
    item = view.items[view.item_of[sentence.index]] if sentence.index in view.item_of else None
    return item is not None and item.first_sentence != sentence.index and view.unstopped_line(sentence)


def _ends_block(view: DocumentView, index: int) -> bool:
    nxt = view.sentences.get(index + 1)
    return nxt is None or nxt.block != view.sentences[index].block


BACKFILL_REACH = 3  # sentences: a lead, a headline, and the dateline sentence that names the speaker


def _backfill_sections(view: DocumentView, speakers: dict[int, str | None], attributed: set[int],
                       unnamed_speech: set[int]) -> None:
    """A lead often reports before it names (`... اظهار داشت: ...`, then `به گزارش فارس، NAME ...`):
    in each section (the text between two headings, within one news item) a speech that names no
    one a few sentences before the first attribution belongs to the first person attributed there.
    Further back it is the report's own (`... گزارش داد` paragraphs before an expert is quoted)."""
    section: list[int] = []
    for sentence in view.norm.sentences + [None]:
        heading = sentence is None or view.norm.blocks[sentence.block].kind == "heading" \
            or (bool(section) and view.item_of.get(sentence.index) != view.item_of.get(section[-1]))
        if heading and section:
            first = next((i for i in section if i in attributed), None)
            if first is not None:
                for index in section:
                    if index == first:
                        break
                    if index in unnamed_speech and first - index <= BACKFILL_REACH:
                        speakers[index] = speakers[first]
            section = []
        if sentence is not None and not heading:
            section.append(sentence.index)
