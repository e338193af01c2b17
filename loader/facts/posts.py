"""Who holds which post: (person, title, organisation, area), current or former, acting or not.

Patterns of the genre, in the order they are tried for each TITLE mention:
- `NAME، TITLE ORG استان X` and `NAME TITLE ORG` (also inside lists of officials);
- `TITLE ORG استان X ... گفت/خبر داد` whose holder is named in a following sentence
  (`... خبر داد. جمشید امیدی با بیان ...`) or, failing that, the person the article is about;
- an earlier post: `NAME ... حدود 5 سال رئیس شعبه 2 ... بود`;
- `NAME استاد ... و TITLE ORG` (what they are, then `و` their post);
- the subject the sentence before opens with: a headline's (`گانتز، ...` / `رئیس حزب ...`) or the
  report's run (`حداد عادل تصریح کرد` / `رئیس مجلس شورای اسلامی ... گفت`).
A bare `مدیرعامل سازمان` whose post someone in the article already holds is that person.
"""
from __future__ import annotations

import bisect
import re

from loader.facts.entities import (DIRECTORATE, HOME_COUNTRY, NATIONWIDE, UNNAMED_STATE, abroad, implied_unit, organization_in_context,
                                   referred_state)
from loader.facts.items import DATELINE
from loader.ner.gazetteer_io import load_patterns, load_table
from loader.ner.phrases import FORMER_WORDS, NEW_WORDS
from loader.ner.places import ISLAMIC
from loader.ner.resources import INTERNATIONAL, resources, seats
from loader.ner.tokens import COMMA, is_verb
from loader.normalize.core import Sentence
from loader.normalize.lexicon import get_lexicon
from loader.facts.model import Entity, Holding, Mention, Post
from loader.facts.speakers import (AND_AFTER, OBJECT_MARK, PRONOUN, REPORT_SOURCE, WORD, _continues, _has_speech_verb,
                                   topic_phrases)
from loader.facts.view import BODY_OR_PLACE, REPORT_CREDIT, THIS_PROVINCE, THIS_TOWN, DocumentView
from loader.ids import make_id, name_id, post_id
from loader.text_keys import fold

FORMER = re.compile(r"(?:^|\s)(?:بود|بودند|سابق|پیشین|اسبق)(?:[\s.،]|$)")
# `استاندار پیشین یزد`, `مدیرکل سابق بهزیستی`, `معاون رئیس جمهور وقت آمریکا` (then): a former post,
# the word inside or right after it.
# (`امام جمعه فقید بهشهر`: the late one's, a post held before)
FORMER_MARK = re.compile(r"\s*(?:سابق|پیشین|اسبق|وقت|فقید)(?=[\s.،]|$)")
ACTING = "سرپرست"
REPRESENTATIVE = fold("نماینده")
PEOPLES_DEPUTY = "نماینده مردم"
PARLIAMENT, EXPERTS = fold("مجلس"), fold("خبرگان")
ELECTED = "elected"  # titles.tsv kind of `نماینده مردم`, `سناتور`
IN_HOUSE = re.compile(r"\s*در\s*")
OPENING_BRACKET = re.compile(r"\s*\(\s*")
# What closes a clause that gives its subject a post: a copula, 'became' (`NAME با کسب بیشترین
# آراء نخست‌وزیر اسپانیا شد`) or an appointment. An appointment counts only in the passive
# (`منصوب شد`): in the active the post is the object's.
APPOINTED = re.compile(r"\s+(?:منصوب|انتخاب|معرفی)\s+(?:شد|شده|گردید)(?:[\s.،]|$)")
COPULA = re.compile(r"(?:^|\s)(?:است|هست|می‌باشد|میباشد|بوده|شد|گردید|(?:منصوب|انتخاب|معرفی)\s+(?:شد|شده|گردید))(?:[\s.،]|$)")
MINISTRY = fold("وزارت")  # a word of a ministry's directorate's name (`اداره کل سلامت وزارت آموزش و پرورش`): national
# Posts that are provincial by nature: without an adjacent area they take the sentence's province.
PROVINCIAL_TITLES = {fold(t) for t in ("مدیرکل", "مدیر کل", "سرپرست")}
PERSON, PROVINCE = frozenset({"PERSON"}), frozenset({"PROVINCE"})
PERSON_OR_TITLE = frozenset({"PERSON", "TITLE"})
# (`NAME نیز به عنوان سخنگوی این کمیسیون تعیین شد`: one more person named to a post)
# (`X را با حفظ سمت به عنوان ...`: keeping the post they hold)
# (`"آنگلا مرکل" را به عنوان`: past a quoted name's closing quote; `X رسماً به عنوان`: past an
# adverb Arabic marks with its tanvin)
NAMED_AS = re.compile(r"^[\s،,»\"”]*(?:را\s+)?(?:(?:نیز|هم)\s+)?(?:[^\s،,]+اً\s+)?(?:(?:با|ضمن)\s+حفظ\s+سمت(?:\s+قبلی)?[\s،,]+)?"
                      r"(?:(?:را\s+)?به\s+(?:عنوان|سمت)|جایگزین)\s+$")
NAMED_AS_LABELS = frozenset({"PERSON", "TITLE", "ORG", "PROVINCE", "CITY", "COUNTRY", "MONEY", "QUANTITY", "PERCENT", "DATE"})
# How far on a lead's post may find its holder: the genre names them in the next sentence or two
# (the farthest in the corpus and the dev gold is 3); farther, it is someone else's story.
FORWARD_SENTENCES = 3
SPEECH_REACH = 300  # characters after a post or a name where its speech verb may stand
APPOSITION_LABELS = frozenset({"ORG", "PROVINCE", "CITY", "COUNTRY", "TITLE"})
# Before a post that is its sentence's subject there may be a dateline, a word of time or a
# headline run into the lead (PDF text), but no preposition: then the post is inside a phrase
# (`با اشاره به اظهارات اخیر رئیس جمهوری آمریکا ... نوشت`), not the one who speaks.
LEAD_REACH = 150  # characters before a post looked at: enough for a lead, and linear in a long sentence
PREPOSITIONS = frozenset({"با", "به", "از", "در", "برای", "درباره", "بر", "نزد", "توسط"})
CLAUSE_START = re.compile(r"(?:^|\s)که\s|[:«،]")
# A pronoun between the sentence's first person and a post is the subject the post is said of.
OTHER_SUBJECTS = frozenset({"من", "ما", "تو", "شما", "کسی", "هرکس", "کس"})
SAYING_WORDS = 3  # a verb of saying alone after a post: `گفت`, `تصریح کرد`, `اظهار داشت`
# What the speaker speaks about, right after the post (topic_openers.tsv).
TOPIC_OPENING = re.compile(r"\s*(?:" + topic_phrases() + r")\s")
# A post that speaks at the occasion the report is about (`رئیس سازمان ... در این جلسه گفت`) is
# one more speaker there, not the one who spoke before.
OCCASION = re.compile(r"\s*در\s+(?:این|آن|همین)\s+(?:جلسه|مراسم|نشست|همایش|آیین|دیدار|اجلاس|گردهمایی)")
# Someone else speaks as well: `استاندار ... نیز در این مراسم گفت`.
ALSO = re.compile(r"(?:^|\s)(?:نیز|هم)(?:\s|$)")
OPENING_PRONOUN = re.compile(r"\s*(?:وی|او|ایشان)\s")  # a sentence whose subject is one already named
# The blessing after the name of one departed (`امام خمینی (ره)`, `(رحمه الله علیه)`, `(قدس سره)`).
DEPARTED = re.compile(r"\s*\(\s*(?:ره|رح|رحمه|رحمة|قدس|طاب)")
APPOSITION_GAP = re.compile(r"[\s،,]*(?:(?:استان|شهرستان|شهر|و|در)[\s،,]+)*[\s،,]*")


def find_holdings(view: DocumentView, entities: dict[str, Entity]) -> tuple[list[Holding], dict[str, str]]:
    """Holdings, and for every TITLE mention the person it refers to (for speaker resolution)."""
    holdings: list[Holding] = []
    title_holder: dict[str, str] = {}
    pending: list[tuple[Mention, Post, Mention]] = []
    title_person: dict[str, Mention] = {}
    posts_of: dict[str, tuple[Post, Mention]] = {}  # (read once per title: `_respectively` asks again)
    for t in (m for m in view.mentions if m.label == "TITLE"):
        if _successor_of(view, t):
            continue
        post, last = posts_of[t.id] = post_of(view, t, entities)
        person = _adjacent_person(view, t, last)
        if person is None and OWNER_PRONOUN.match(view.norm.text, last.end):
            # `معاون او`, `سخنگوی وی`: his deputy, named by no word beside it (`«اسماعیل طلبک اف» معاون
            # وی` names him)
            continue
        person = person or _bracketed_after(view, last) or _named_after_post(view, t, last) \
            or _apposed_after(view, t, last) \
            or _named_after_its_body(view, last) or _named_as(view, t, title_person) \
            or (_after_epithet(view, t) if _post_is_specific(post) else None)
        if person is not None and _hypothetical(view, t, last):
            continue  # `اگر آقای رئیسی رئیس جمهور شود ...`: a post someone may come to hold
        if person is None:
            person = _conjoined_holder(view, t, last, title_person)
        status = "current"
        if person is None and (_post_is_specific(post) or _principal_named(view, t, last) or _national_head(t)) \
            and (relative := _relative_subject(view, t, last)) is not None:
            person, status = relative
        if person is None:
            # `NAME ... حدود 5 سال رئیس شعبه 2 ... بود`: the sentence's subject held the post only
            # when a copula or an appointment closes the clause; otherwise the post is someone
            # else's (`NAME با سفیر افغانستان دیدار کرد`).
            person = None if _owner_of_another_post(view, t) or _governed(view, t) else _sentence_subject(view, t)
            after = view.text_after(last, 80)
            if (bare := BARE_PROVINCE.match(after)) is not None and APPOINTED.match(after, bare.end()):
                # `رییس هیات کشتی استان انتخاب شد`: the province the item is about, then the appointment
                # (not a copula: `حمایت مدیرکل ... استان بوده است` in someone's words)
                after = after[bare.end():]
            if person is not None and FORMER.match(after):
                status = "former"
            elif person is None or not (_post_is_specific(post) and COPULA.match(after)):
                person = None
        if person is None:
            pending.append((t, post, last))
            continue
        if status == "current" and FORMER.match(view.text_after(last, 80)):
            status = "former"  # `بی‌نظیر بوتو نیز نخست وزیر پاکستان بود`: a post held then
        holdings.append(_holding(view, person, t, last, post, status, entities))
        title_holder[t.id] = person.entity_id
        title_person[t.id] = person
    posts = _PostIndex(holdings)
    people = _People(view, holdings)
    unheld: list[tuple[Mention, Post]] = []
    for t, post, last in pending:
        same = posts.first_same(post)
        if same is not None:
            title_holder[t.id] = same.person_id
            continue
        unheld.append((t, post))
        if _owner_of_another_post(view, t):
            continue
        # `نماینده ولی فقیه در هرمزگان و امام جمعه بندرعباس گفت`: the second post joined by `و`
        # is the holder's the first found after the text named him, unless their verb is plural
        # (`رئیس تشکیلات خودگردان و نخست‌وزیر فلسطین گفتگو کردند`: two people)
        conjoined = None if _plural_verb_after(view, last) else _conjoined_holder(view, t, last, title_person)
        person = conjoined or _subject_before(view, t, last, post, people, title_holder)
        if person is None and not _speaks(view, t):
            person = _acting_subject_named_next(view, t, post, people)
            if person is None:
                continue
        person = person or _named_nearby(view, t, last, people) \
            or _sole_speaker(view, t, last, people, title_holder, posts_of)
        if person is not None and not (_post_is_specific(post) or _names_principal(t)) \
                and not _named_next(view, t, person):
            continue  # a bare `سرمربی` or `دبیر` is given only to the one the next sentence opens with
        if person is not None:
            holding = _holding(view, person, t, last, post, "current", entities)
            holdings.append(holding)
            posts.add(holding)
            people.holders.add(holding.person_id)
            title_holder[t.id] = person.entity_id
            title_person[t.id] = person
    for t, post in unheld:
        # `مدیرعامل سازمان آتش‌نشانی همدان گفت: ...` in the lead, its holder named with the post
        # further on: the post named in full is that holder's wherever it stands
        if t.id not in title_holder and _post_is_specific(post) and (same := posts.first_same(post)) is not None:
            title_holder[t.id] = same.person_id
    holdings += _respectively(view, title_person, title_holder, entities, posts_of)
    holdings += _plural_posts(view, entities)
    holdings += _counterparts(view, holdings, entities)
    holdings += _members(view, entities)
    holdings += _led_by(view, entities)
    holdings += _in_charge_of(view, entities)
    holdings += _elected_to(view, entities)
    # `نماینده وزن 84- کیلوگرم تیم ملی`: who represents nothing named holds no post to print, though
    # the title still names them for the rest (who speaks, who holds another post)
    return [h for h in dedupe_holdings(holdings) if fold(h.post.title) != REPRESENTATIVE or _post_is_specific(h.post)], \
        title_holder


PAIR_JOINER = re.compile(r"^[\s\"«»]*و[\s\"«»]*$")  # `"محمود عباس" و "اسماعیل هنیه"`
TITLE_JOINER = re.compile(r"^\s*و\s*$")


def _respectively(view: DocumentView, title_person: dict[str, Mention], title_holder: dict[str, str],
                  entities: dict[str, Entity], posts_of: dict[str, tuple[Post, Mention]]) -> list[Holding]:
    """`رئیس تشکیلات خودگردان و نخست‌وزیر فلسطین گفتگو کردند` ... `"محمود عباس" و "اسماعیل
    هنیه" دیدار کردند`: two posts joined by `و` before a plural verb are two people's, named in
    the same order by two names joined by `و` that open the next sentence; given only where
    neither post went to someone else."""
    def post_and_end(t: Mention) -> tuple[Post, Mention]:
        return posts_of[t.id] if t.id in posts_of else post_of(view, t, entities)

    found: list[Holding] = []
    for first in (m for m in view.mentions if m.label == "TITLE"):
        post1, last1 = post_and_end(first)
        second = view.next_mention(last1)
        if second is None or second.label != "TITLE" or not TITLE_JOINER.match(view.gap(last1, second)):
            continue
        post2, last2 = post_and_end(second)
        if not (_post_is_specific(post1) and _post_is_specific(post2)) or not _plural_verb_after(view, last2):
            continue
        pair = _named_pair(view, first)
        if pair is None:
            continue
        (one, other), taken = pair, (title_person.get(first.id), title_person.get(second.id))
        if any(held is not None and held.entity_id != person.entity_id
               for held, person in zip(taken, (one, other))):
            continue
        for t, last, post, person, held in ((first, last1, post1, one, taken[0]), (second, last2, post2, other, taken[1])):
            if held is None:
                found.append(_holding(view, person, t, last, post, "current", entities))
                title_holder[t.id] = person.entity_id
                title_person[t.id] = person
    return found


# `"X" و "Y"`, `X، Y و Z`: names joined in a list; `روسای جمهور`: the plural of رئیس‌جمهور
LIST_GAP = re.compile(r"^[\s\"«»]*[و،,][\s\"«»]*$")
PLURAL_AFTER = re.compile(r"^[\s\"«»،,]*(?P<plural>[\w\u200c]+)(?:\s+(?P<republic>جمهور|جمهوری))?\s*$")
PRESIDENT, HEAD = "رئیس‌جمهور", fold("رئیس")


def _plural_posts(view: DocumentView, entities: dict[str, Entity]) -> list[Holding]:
    """`خاتمی و بوتفلیقه روسای جمهوری ایران و الجزایر`, `«لاوروف» و «کری» وزیران خارجه روسیه و
    آمریکا`: names joined in a list, a one-seat post in the plural right after them
    (title_plurals.tsv), its body by function or none, then as many states as names, joined the
    same way: each name holds the post of the state in the same place in the list. Not where the
    counts differ (`بلر و براون نخست‌وزیران انگلیس`: one state's post held in turn), and not for
    towns or provinces, which the recogniser reads without the post that would tell them apart
    (`استانداران تهران و قم`)."""
    plurals = resources().title_plurals
    found: list[Holding] = []
    mentions = view.mentions
    k = 0
    while k < len(mentions):
        names = [mentions[k]]
        while names[-1].label == "PERSON" and (nxt := view.next_mention(names[-1])) is not None \
                and nxt.label == "PERSON" and LIST_GAP.match(view.gap(names[-1], nxt)):
            names.append(nxt)
        k += len(names)
        if len(names) < 2 or names[0].label != "PERSON":
            continue
        after = view.next_mention(names[-1])
        if after is None or after.sentence_index != names[-1].sentence_index:
            continue
        org = None
        if after.label == "ORG":
            org, after = after, view.next_mention(after)
        words = PLURAL_AFTER.match(view.gap(names[-1], org or after)) if after is not None else None
        if words is None or fold(words.group("plural")) not in plurals:
            continue
        title = plurals[fold(words.group("plural"))]
        if words.group("republic"):
            if fold(title) != HEAD or org is not None:
                continue
            title = PRESIDENT
        places = [after]
        while places[-1].label == "COUNTRY" and len(places) <= len(names) \
                and (nxt := view.next_mention(places[-1])) is not None and nxt.label == "COUNTRY" \
                and LIST_GAP.match(view.gap(places[-1], nxt)):
            places.append(nxt)
        if after.label != "COUNTRY" or len(places) != len(names) or (org is not None and not view.beside(org, after)):
            continue
        entry = resources().titles.get(title) or {}
        status = "former" if FORMER_MARK.match(view.norm.text, places[-1].end) else "current"
        for person, place in zip(names, places):
            area_name = name_of(entities, place)
            org_id = org_name = None
            if org is not None:
                state = entities.get(place.entity_id) if abroad(place) else None
                org_id, org_name, _ = organization_in_context(org, entry.get("implies_unit") or "", state)
            post = Post(post_id(title, org_name, area_name), title, org_name, org_id, area_name, place.entity_id, "Country")
            name = name_of(entities, person)
            found.append(Holding(person.entity_id, name, post, False, status,
                                 view.sentence_evidence(names[0], places[-1]), [person.id, place.id]))
    return found


def _named_pair(view: DocumentView, t: Mention) -> tuple[Mention, Mention] | None:
    """Two people joined by `و` opening the sentence after t's, in its news item (a sentence
    before names others as often: `... با «لاوروف» و «کری» ... . رئیس‌جمهور ... و وزیر ...`)."""
    people = [m for m in view.by_sentence.get(t.sentence_index + 1, ()) if m.label == "PERSON"]
    if len(people) >= 2 and view.same_item(people[0], t) and _opens_sentence(view, people[0]) \
            and PAIR_JOINER.match(view.gap(people[0], people[1])) and people[0].entity_id != people[1].entity_id:
        return people[0], people[1]
    return None


def _successor_of(view: DocumentView, t: Mention) -> bool:
    """`مجید انصاری جانشین ابطحی می‌شود`, `نامزد ... به عنوان جانشین رکس تیلرسون`: a bare
    `جانشین` before a name says whom someone succeeds, in a post the words do not name."""
    after = view.next_mention(t)
    return fold(" ".join(t.text.split())) == SUCCESSOR and after is not None and after.label == "PERSON" \
        and not view.gap(t, after).strip()


SUCCESSOR = fold("جانشین")
OWNER_PRONOUN = re.compile(r"\s*(?:او|وی|ایشان)(?![\w\u200c])")


def post_of(view: DocumentView, t: Mention, entities: dict[str, Entity]) -> tuple[Post, Mention]:
    last = t
    org = area = None
    function = ""
    nxt = view.next_mention(t)
    if nxt is not None and nxt.label == "ORG" and _next_to(view, t, nxt):
        org, last = nxt, nxt
        nxt = view.next_mention(nxt)
    elif nxt is not None and nxt.label == "ORG" and nxt.sentence_index == t.sentence_index \
            and fold(t.text) == DIRECTOR and _function_words(view, t, nxt):
        # `مدیر زراعت سازمان جهاد کشاورزی مازندران`, `مدیر فرهنگی دانشگاه پیام نور`: a director of
        # what the plain words name, in the body after them, as a deputy's portfolio is (`معاون
        # فرهنگی دانشگاه ...`); not the body's director, and not a director of no body. (Not
        # other heads: `نماینده عالی دولت`, `رئیس ... مجلس` after an epithet hold no such unit.)
        function = " ".join(view.gap(t, nxt).split())
        org, last = nxt, nxt
        nxt = view.next_mention(nxt)
    towns: list[Mention] = []
    if nxt is not None and nxt.label in ("PROVINCE", "CITY", "COUNTRY") \
            and (_next_to(view, last, nxt) or _in_a_division_of(view, last, nxt)):
        area, last = nxt, nxt
        if area.label == "COUNTRY" and (governed := _place_after_dar(view, t, area)) is not None:
            area, last = governed, governed  # `حاکم سابق آمریکا در عراق`: Iraq's governor, sent by America
        elected = (t.payload or {}).get("kind") == ELECTED
        if not elected and (second := _joint_area(view, area)) is not None:
            towns, last = [second], second  # `رئیس دادگاه ویژه روحانیت مازندران و گلستان`: one post over both
        if elected:
            towns = _constituency_towns(view, area)
            last = towns[-1] if towns else last
            house = view.next_mention(last) if org is None else None
            if house is not None and house.label == "ORG" and IN_HOUSE.fullmatch(view.gap(last, house)):
                org, last = house, house  # `نماینده مردم تبریز در مجلس`: the house the deputy sits in
    elif THIS_PROVINCE.match(view.norm.text[last.end:last.end + 12].strip()) or _bare_province(view, last):
        area = view.previous(t, {"PROVINCE"})  # `مدیرکل ... این استان`, `مدیرکل ... استان گفت`
    elif THIS_TOWN.match(view.norm.text, last.end):
        area = _town_named_before(view, t)  # `فرمانداری خرم‌بید، فرماندار این شهرستان ...`
    if org is not None and area is None and fold(" ".join(org.text.split())) in HOUSES \
            and (abroad_house := _house_abroad(view, org)) is not None:
        # `رئیس مجلس` after `مجلس نمایندگان عراق`: Iraq's house, not Iran's
        if abroad_house.label == "ORG":
            org = abroad_house
            state = view.next_mention(abroad_house)  # (`مجلس نمایندگان عراق`: the house, then its state)
            if state is not None and state.label == "COUNTRY" and abroad(state) and view.beside(abroad_house, state):
                area = state
        else:
            area = abroad_house
    if org is not None and area is None and (seat := view.next_mention(org)) is not None \
            and IN_PLACE.fullmatch(view.gap(org, seat)) \
            and (_words(org.text)[0] in OFFICE_ABROAD and seat.label in ("PROVINCE", "CITY", "COUNTRY")
                 or seat.label in ("PROVINCE", "CITY") and not abroad(seat) and not _national_head(t)
                 and org.payload.get("kind") != INTERNATIONAL):
        # `سخنگوی دفتر سازمان ملل در عراق`: the office is the body's in that place; `دبیر بنیاد
        # بین‌المللی غدیر در تنگستان`: an Iranian body's branch in a county or province
        area, last = seat, seat
    if org is not None and area is None and (seat := view.next_mention(org)) is not None \
            and seat.label == "COUNTRY" and IN_PLACE.fullmatch(view.gap(org, seat)) \
            and org.payload.get("kind") == INTERNATIONAL and canonical_title(t) in ENVOYS:
        # `نماینده صندوق جمعیت ملل متحد در ایران`: an international body's envoy to a state
        area, last = seat, seat
    if org is None and area is None and (referred := _body_referred_to(view, last)) is not None:
        org, area = referred  # `مدیرکل پیشین این اداره کل`: the directorate the item named before
    if org is None and area is None and (named := _same_post_named_before(view, t)) is not None:
        return post_of(view, named, entities)[0], last
    if org is None and area is None:
        area, _ = referred_state(view, t)  # `زاپاترو نخست‌وزیر این کشور`: the state its sentence named
    if area is None and org is None:
        area = _shared_place(view, t)
        if area is None and (area := _place_after_dar(view, t)) is not None:
            last = area  # `نماینده ولی فقیه در استان بوشهر`: the post's words end with its place
        area = area or _state_after_list(view, t)
    if area is None:
        area = _place_after_function(view, t, last)
    if area is None and (fold(t.text) in PROVINCIAL_TITLES or t.text.startswith("سرپرست")) \
            and not (org is not None and (_words(org.text)[-1:] == [NATIONWIDE] or MINISTRY in _words(org.text))):
        # (not a national body's: `سرپرست فدراسیون کشتی کشور`, `مدیرکل سلامت وزارت آموزش و پرورش`;
        # nor a province in the words the post says)
        area = view.first_in_sentence(t.sentence_index, PROVINCE, after=t.start)
        said = view.norm.text.find(":", last.end, area.start) if area is not None else -1
        area = area if said < 0 else None
    org_id = org_name = None
    unit = implied_unit(t, org, area) if org is not None else ""
    area_id = area.entity_id if area is not None else None
    area_name = entities[area_id].name if area_id in entities else (area.text if area else None)
    if org is not None:
        state = entities.get(area_id) if area is not None and abroad(area) else None
        if area is None:
            # `وزیر دفاع این کشور`: the state its sentence named before, else no body named; a
            # foreign one is the post's place too (`رایس وزیر امور خارجه خود`: America)
            referred, state = referred_state(view, org)
            if referred is not None and referred.entity_id != HOME_COUNTRY:
                area, area_id = referred, referred.entity_id
                area_name = entities[area_id].name if area_id in entities else referred.text
        org_id, org_name, _ = organization_in_context(org, unit, state)
        if state is UNNAMED_STATE:
            org_id = org_name = None
    if org is not None and area is not None and _a_team(org):
        # `سرمربی تیم ملی فوتبال این کشور`, `سرپرست باشگاه صبای قم`: a team's place is in its name,
        # not the post's area (a coach of Germany's team does not run Germany)
        area = None
        area_id = area_name = None
    label = AREA_LABELS.get(area.label) if area is not None else None
    more_area_ids: tuple[str, ...] = ()
    if towns:
        names = [area_name] + [name_of(entities, m) for m in towns]
        area_name = f"{'، '.join(names[:-1])} و {names[-1]}"
        more_area_ids = tuple(m.entity_id for m in towns if m.entity_id)
    title = _office_held(canonical_title(t)) + (f" {function}" if function else "")
    office = _acting_office(t, org, entities) if area is None else None
    if office is not None:  # `سرپرست استانداری کرمان`: acting استاندار of Kerman
        title, area_entity = office
        org_id = org_name = None
        area_id, area_name, label = area_entity.id, area_entity.name, area_entity.label
    if fold(title) == REPRESENTATIVE and org_name and _parliament(org_name):
        title = PEOPLES_DEPUTY  # `نماینده مجلس نهم` is the people's deputy there, one post with `نماینده مردم`
    return Post(post_id(title, org_name, area_name), title, org_name, org_id, area_name, area_id, label,
                more_area_ids), last


def _same_post_named_before(view: DocumentView, t: Mention) -> Mention | None:
    """`آیین تکریم و معارفه مدیرکل بهزیستی استان گیلان ... برگزار شد و حسن محمدی به عنوان
    مدیرکل جدید و علی احمدی مدیرکل سابق معرفی شدند`: a bare post said new or former is the one
    its sentence named in full before (the same title with its body or place, the nearest)."""
    after = view.norm.text[t.end:t.end + EPOCH_REACH].split()
    if not after or fold(after[0]) not in NEW_OR_FORMER:
        return None
    title = canonical_title(t)
    before = view.previous(t, {"TITLE"})
    while before is not None and before.sentence_index == t.sentence_index:
        nxt = view.next_mention(before)
        if canonical_title(before) == title and nxt is not None and nxt.label in ("ORG", "PROVINCE", "CITY") \
                and _next_to(view, before, nxt):
            return before
        before = view.previous(before, {"TITLE"})  # (past the same post said bare: `... جدید و ... سابق`)
    return None


NEW_OR_FORMER = frozenset(fold(w) for w in (*NEW_WORDS, *FORMER_WORDS)) - {fold("وقت")}
EPOCH_REACH = 12  # characters after a post that may say it is new or former


def _in_a_division_of(view: DocumentView, last: Mention, state: Mention) -> bool:
    """`فرماندار ایالت "لارا" ونزوئلا`, `سروزیر ایالت بلوچستان پاکستان`: a post over a foreign
    state's division, which the guidelines do not annotate, is in that state."""
    return last.label == "TITLE" and state.label == "COUNTRY" and bool(FOREIGN_DIVISION.fullmatch(view.gap(last, state)))


FOREIGN_DIVISION = re.compile(r"\s*(?:ایالت|ولایت)\s+[«\"]?[^\s«»\"،,.:؛]+(?:\s+[^\s«»\"،,.:؛]+)?[»\"]?\s*")


def _a_team(org: Mention) -> bool:
    """The body is a team or a club (org_units.tsv kinds `team`, `club`: `تیم ملی`, `باشگاه`)."""
    unit = resources().org_units.match([fold(w) for w in org.text.split()], 0)
    return unit is not None and unit[1].get("kind") in TEAM_KINDS


TEAM_KINDS = frozenset({"team", "club"})
OFFICE_ABROAD = frozenset(fold(w) for w in ("دفتر", "نمایندگی"))  # a body's office named by the place it is in
ENVOYS = frozenset({"نماینده"})  # the post of an international body's envoy to one state
HOUSES = frozenset({fold("مجلس"), fold("پارلمان")})  # a house named by no more than its kind
HOUSE_TO_STATE_WORDS = 2  # words between a house and its state (`مجلس امت کویت`)


def _house_abroad(view: DocumentView, house: Mention) -> Mention | None:
    """The foreign state a bare `مجلس` is the house of: one named a word or two after it in its
    sentence (`عضو مجلس امت کویت`), else the house its news item named before, when a state
    abroad follows it or it is a listed house abroad (`یک منبع در مجلس نمایندگان عراق گفت:
    "محمود المشهدانی" رئیس مجلس ...`), or the house of the state named before that `این کشور`
    refers to (`رئیس مجلس سنای این کشور`). None where the words name no house abroad: `مجلس`
    alone is Iran's."""
    after = view.next_mention(house)
    if after is not None and after.sentence_index == house.sentence_index and abroad(after) \
            and after.label == "COUNTRY" and WORDS_ONLY.fullmatch(view.gap(house, after)) \
            and len(view.gap(house, after).split()) <= HOUSE_TO_STATE_WORDS:
        return after
    if HOUSE_OF_THIS_STATE.match(view.norm.text, house.end):
        state = view.previous(house, {"COUNTRY"})  # `رئیس مجلس سنای این کشور`: the state named before
        return state if state is not None and abroad(state) else None
    before = view.previous(house, {"ORG"})
    while before is not None and fold(before.text.split()[0]) not in HOUSES:
        before = view.previous(before, {"ORG"})
    if before is None:
        return None
    if before.payload.get("kind") == HOUSE_KIND and before.payload.get("id") not in (None, HOME_HOUSE):
        return before
    state = view.next_mention(before)
    return state if state is not None and state.label == "COUNTRY" and abroad(state) and view.beside(before, state) \
        else None


HOUSE_KIND, HOME_HOUSE = "parliament", "majlis"  # organizations.tsv: the kind of a house, and Iran's
HOUSE_OF_THIS_STATE = re.compile(r"\s*(?:[^\s.،,:؛]+\s+){0,2}(?:این|همین|آن)\s+کشور(?![\w\u200c])")


WORDS_ONLY = re.compile(r"[^\W\d_]*(?:\s+[^\W\d_]+)*\s*")  # letters and spaces: no punctuation, no number


def _constituency_towns(view: DocumentView, first: Mention) -> list[Mention]:
    """The towns after the first of a deputy's constituency, over `،` until a `و` brings the last
    (`نماینده مردم بیرجند، خوسف و درمیان`); none where no `و` closes the list."""
    if first.label != "CITY":
        return []
    towns, cur = [], first
    while (nxt := view.next_mention(cur)) is not None and nxt.label == "CITY":
        gap = view.gap(cur, nxt).strip()
        if gap not in LIST_GAPS:
            break
        towns.append(nxt)
        cur = nxt
        if gap == "و":
            return towns
    return []


def _joint_area(view: DocumentView, first: Mention) -> Mention | None:
    """A second province or town joined to a post's area by `و` (`مازندران و گلستان`, `آزادشهر و
    رامیان`) where the post's words end with it: the post is over both. Not where the sentence
    goes on from it with more of the same (`... تهران و کرج و ...`)."""
    second = view.next_mention(first)
    if second is None or second.label != first.label or first.label not in ("PROVINCE", "CITY") \
            or view.gap(first, second).strip() != "و":
        return None
    after = view.next_mention(second)
    if after is not None and view.gap(second, after).strip() in LIST_GAPS:
        return None
    return second if JOINT_AREA_END.match(view.norm.text, second.end) else None


JOINT_AREA_END = re.compile(r"\s*(?:[،,.:؛]|$|(?:گفت|افزود|اظهار|اعلام|در\s|با\s|از\s|طی\s|ضمن\s|نیز\s|امروز|روز|دیروز|صبح|عصر))")


def _parliament(name: str) -> bool:
    """A parliament (`مجلس شورای اسلامی`, `مجلس نهم`), not the Assembly of Experts, whose members
    represent a province under another name."""
    words = _words(name)
    return bool(words) and words[0] == PARLIAMENT and EXPERTS not in words


def _shared_place(view: DocumentView, t: Mention) -> Mention | None:
    """`نماینده ولی فقیه و امام جمعه تربت‌حیدریه`, `فرماندار و رئیس شورای تأمین شهرستان`: titles
    joined by `و` share the place written after the last of them. Only a place: an organisation
    after the second title (`استاندار و مدیرکل تأمین‌اجتماعی قم`) is the second post's alone,
    and then neither is the place."""
    second = view.next_mention(t)
    if second is None or second.label != "TITLE" or not (
            view.gap(t, second).strip() == "و" or _area_after_dar(t) and SHARED_IN_PLACE.fullmatch(view.gap(t, second))):
        return None  # (`نماینده ولی‌فقیه در استان و امام جمعه زنجان`: the province of that town)
    for _ in range(SHARED_TITLES):  # `A و B و C قم` is read from the last pair, a few titles on at most
        nxt = view.next_mention(second)
        if nxt is None or nxt.label != "TITLE" or view.gap(second, nxt).strip() != "و":
            break
        second = nxt
    if nxt is not None and nxt.label in ("PROVINCE", "CITY", "COUNTRY") and _next_to(view, second, nxt):
        return nxt
    return None


LIST_GAPS = frozenset({"،", ",", "و"})


def _state_after_list(view: DocumentView, t: Mention) -> Mention | None:
    """`منموهان سینگ نخست وزیر و مورلی دئورا وزیر نفت هند`: in a list of people each named with
    a post, the state written after the last post is every one's. Only a state: a province or a
    city after the last post is that post's own."""
    cur = t
    for _ in range(SHARED_TITLES):
        person = view.next_mention(cur)
        if person is None or person.label != "PERSON" or view.gap(cur, person).strip() not in LIST_GAPS:
            return None
        title = view.next_mention(person)
        if title is None or title.label != "TITLE" or view.gap(person, title).strip() not in ("", "،", ","):
            return None
        last = title
        nxt = view.next_mention(title)
        if nxt is not None and nxt.label == "ORG" and _next_to(view, title, nxt):
            last, nxt = nxt, view.next_mention(nxt)
        if nxt is not None and nxt.label in ("PROVINCE", "CITY", "COUNTRY") \
            and (_next_to(view, last, nxt) or _in_a_division_of(view, last, nxt)):
            return nxt if nxt.label == "COUNTRY" else None
        if last is not title:
            return None  # an organisation and no state after it: that post's own
        cur = title
    return None


# The first words of posts that take what they run after them (not `رئیس‌جمهور`, `استاندار`: their
# place follows at once).
FUNCTION_HEADS = frozenset(fold(w) for w in ("مدیر", "مدیرکل", "رئیس", "معاون", "مسئول", "مسؤول", "سرپرست",
                                             "فرمانده", "دبیر", "مدیرعامل", "نماینده", "شهردار"))
DIRECTOR = fold("مدیر")
FUNCTION_WORDS_MAX = 5  # `مدیر منابع آب شهرستان فارسان`: the words naming what a post runs
LINKING_WORDS = frozenset({"و", "استان", "شهرستان", "شهر"})  # (not counted among them)
# (nor `نیز`, `هم`: 'also' opens the predicate, `معاون گردشگری سازمان ... نیز اصفهان را ...`)
NOT_IN_FUNCTION = frozenset({"در", "از", "به", "با", "برای", "که", "را", "تا", "این", "آن", "وی", "او", "نیز", "هم"})


def _place_after_function(view: DocumentView, t: Mention, last: Mention) -> Mention | None:
    """`مدیر ایران‌گردی و جهانگردی مازندران`, `رئیس دامپزشکی گچساران`: a post named by what it
    runs, in words no body list knows, then its province or town; so too after the body a list
    knows by a shorter name (`رئیس اتاق بازرگانی، صنایع و معادن و کشاورزی استان کرمان`,
    `آموزش و پرورش ناحیه یک قزوین`); so too past the body the unit belongs to (`مدیر زراعت سازمان
    جهاد کشاورزی مازندران`: the unit is no body a list knows, the body it is part of is, and its
    place is the post's), or past the body a unit a list knows belongs to (`رئیس اداره نظارت بر
    بهداشت عمومی ... اداره کل دامپزشکی استان مرکزی`). Only a noun phrase between them: a few words, no verb, preposition or
    punctuation (but the commas of a list `و` closes), and nothing else recognised."""
    nxt = view.next_mention(last)
    if nxt is None or nxt.sentence_index != t.sentence_index \
            or fold(t.text.split()[0]) not in FUNCTION_HEADS and (t.payload or {}).get("implies_unit") != DIRECTORATE \
            or _national_head(t):
        return None
    if nxt.label == "ORG" and (last is t and _function_words(view, t, nxt)
                               or last.label == "ORG" and (view.beside(last, nxt) or _function_words(view, last, nxt))):
        place = view.next_mention(nxt)
        if place is not None and place.label in ("PROVINCE", "CITY") and place.sentence_index == t.sentence_index \
                and view.beside(nxt, place):  # (`استان` between them: view.JOINERS)
            return place
        return None
    return nxt if nxt.label in ("PROVINCE", "CITY") and _function_words(view, last, nxt) else None


def _function_words(view: DocumentView, last: Mention, nxt: Mention) -> bool:
    """Between a post (or the body a list knows it by) and what follows, the plain words naming
    what the post runs: a noun phrase of a few words, nothing else recognised in it."""
    gap = view.gap(last, nxt)
    if "،" in gap and " و " not in gap[gap.rfind("،"):]:
        return False
    words = gap.replace("،", " ").split()
    if not 1 <= sum(w not in LINKING_WORDS for w in words) <= FUNCTION_WORDS_MAX or NOT_IN_FUNCTION.intersection(words) \
            or any(fold(w) in resources().named_after for w in words):
        return False  # (`مدیر مدرسه علمیه سلیمانیه`: the school's name, no place of the post)
    return all(WORD.fullmatch(w) for w in words) and not _verb_among(words)


def _plural_verb_after(view: DocumentView, last: Mention) -> bool:
    """The first verb after the post's words, in its sentence, is plural (`... تاکید کردند`)."""
    lexicon, auxiliaries = get_lexicon(), resources().auxiliaries
    verb = next((w for w in WORD.findall(view.text_after(last, 200)) if is_verb(w, lexicon, auxiliaries)), "")
    return verb.endswith("ند")


def _verb_among(words: list[str]) -> bool:
    """A finite verb among the words a pattern wants plain (a noun phrase, an epithet): a clause."""
    lexicon, auxiliaries = get_lexicon(), resources().auxiliaries
    return any(is_verb(w, lexicon, auxiliaries) for w in words)


def _national_head(t: Mention) -> bool:
    """`رئیس جمهور`, `نخست‌وزیر`: a post of the first rank, whose state (if any) follows it at once."""
    found = resources().titles.match([fold(w) for w in t.text.split()], 0)
    return bool(found) and str(found[1].get("rank")) == "1"


IN_PLACE = re.compile(r"\s*در\s+(?:(?:استان|شهرستان|شهر)\s+)?")
SHARED_TITLES = 4  # how many more titles joined by `و` may come before the shared place
SHARED_IN_PLACE = re.compile(r"\s*در\s+(?:استان|شهرستان)\s+و\s*")


def _place_after_dar(view: DocumentView, t: Mention, after: Mention | None = None) -> Mention | None:
    """`نماینده ولی‌فقیه در استان قزوین`: a post whose place is written after `در` (the
    `area_after_dar` column of titles.tsv), right after the post or after the state that sent its
    holder (`حاکم سابق آمریکا در عراق` governed Iraq). Elsewhere `در` names where the holder was."""
    after = after or t
    nxt = view.next_mention(after)
    if not _area_after_dar(t) or nxt is None or nxt.label not in ("PROVINCE", "CITY", "COUNTRY"):
        return None
    return nxt if IN_PLACE.fullmatch(view.gap(after, nxt)) else None


BARE_PROVINCE = re.compile(r"\s*استان(?![\w\u200c])")


def _town_named_before(view: DocumentView, t: Mention) -> Mention | None:
    """The town `این شهرستان` after a post refers to: the last one its news item named, not the
    agency's bureau (`به گزارش خبرگزاری فارس از شیراز`), which says where the report was filed."""
    town = view.previous(t, {"CITY"})
    while town is not None and view.bureau(town):
        town = view.previous(town, {"CITY"})
    return town


def _bare_province(view: DocumentView, last: Mention) -> bool:
    """`اداره‌کل راهداری ... استان معرفی شد`: the word for province with no name after it is the
    province the item is about."""
    found = BARE_PROVINCE.match(view.norm.text, last.end)
    if found is None:
        return False
    nxt = view.next_mention(last)
    return nxt is None or nxt.start > found.end() + 1 or nxt.label != "PROVINCE"


THIS = re.compile(r"\s*(?:(?:پیشین|سابق|اسبق|جدید)\s+)?(?:این|همین)\s+")
BODY_WORDS = 3  # words a body's head may have (`اداره کل`)
BODY_CHARS = 40  # characters after `این` read for the body's head
NATIONALITY = re.compile(r"\s*[\w\u200c]+")  # one word, a demonym if `_demonym` says so


def _body_referred_to(view: DocumentView, last: Mention) -> tuple[Mention, Mention | None] | None:
    """After a post, `این` and the head of a body (`این اداره کل`, `این سازمان`) refer to the last
    body of the item written with that head, which keeps the place written after it."""
    text = view.norm.text
    read = _this_body_head(text, last.end)
    if read is None and last.label == "TITLE" and (nationality := NATIONALITY.match(text, last.end)) is not None \
            and _demonym(nationality.group()):
        read = _this_body_head(text, nationality.end())  # `سرمربی برزیلی این تیم`: the holder's nationality first
    if read is None:
        return None
    found, head = read
    written = "".join(fold(w.group()) for w in found[:head[0]])
    body = last
    while (body := view.previous(body, {"ORG"})) is not None:
        if fold(body.text).replace(" ", "").startswith(written) or _head_kind(view, body) == head[1]["kind"]:
            place = view.next_mention(body)
            if place is not None and place.label in ("PROVINCE", "CITY") and _next_to(view, body, place):
                return body, place
            return body, view.previous(body, {"PROVINCE"}) if _bare_province(view, body) else None
    return None


def _head_kind(view: DocumentView, body: Mention) -> str | None:
    """The kind of a body's head (org_units.tsv), written or implied by the post before it (`وزیر
    آموزش و پرورش`: a ministry), so `این وزارتخانه` finds it."""
    words = [fold(w) for w in body.text.split()]
    post = view.previous(body, {"TITLE"})
    implies = (post.payload or {}).get("implies_unit") if post is not None and _next_to(view, post, body) else None
    if implies and not resources().org_units.match(words, 0):
        words = [fold(w) for w in implies.split()] + words
    head = resources().org_units.match(words, 0)
    return head[1]["kind"] if head else None


def _this_body_head(text: str, start: int) -> tuple[list[re.Match], tuple] | None:
    """`این` and the head of a body right at ``start`` (`این سازمان`, `همین اداره کل`): the words
    read after `این`, and the head they open."""
    this = THIS.match(text, start)
    if this is None:
        return None
    found = list(WORD.finditer(text, this.end(), min(len(text), this.end() + BODY_CHARS)))[:BODY_WORDS]
    head = resources().org_units.match([fold(w.group()) for w in found], 0) if found else None
    return (found, head) if head else None


def _area_after_dar(t: Mention) -> bool:
    entry = resources().titles.get(t.payload.get("canonical") or t.text) if t.payload else None
    return bool(entry and entry.get("area_after_dar"))


def _next_to(view: DocumentView, a: Mention, b: Mention) -> bool:
    """Adjacent, or apart by a word marking the post former, current or interim only (`استاندار
    پیشین یزد`, `سرمربی حال حاضر تیم ملی ایران`, `نخست وزیر موقت عراق`) or by the holder's
    nationality, or by the word for the workplace a company's name leaves out (`مدیرعامل کارخانه
    سیمان ایلام`: the ORG `سیمان ایلام`)."""
    if view.beside(a, b):
        return True
    if a.label == "TITLE" and fold(a.text) == DISTRICT_HEAD and view.gap(a, b).strip() == CENTRAL:
        return True  # `بخشدار مرکزی تایباد`: the central district's head, of the county named after it
    if a.label == "TITLE" and b.label == "COUNTRY" and view.gap(a, b).strip() == ISLAMIC:
        return True  # `رئیس‌جمهور اسلامی ایران`: the republic's word left in the title
    outside = (b.payload or {}).get("outside")
    return a.end <= b.start and (_demonym(view.gap(a, b)) or bool(outside) and view.gap(a, b).strip() == outside)


DISTRICT_HEAD, CENTRAL = fold("بخشدار"), "مرکزی"
COUNTERPART = re.compile(r"[\s»\"]*،?\s*همتای\s+([\w\u200c]+)")
OWNER_ENDINGS = ("\u200cاش", "اش", "ش")


# `X، از مشاوران وزیر ...،`, `X، Y و Z از اعضای هیئت امنای ... هستند`, `X یکی از اعضای ... بود`
ONE_OF = re.compile(r"(،\s*)?(?:یکی\s+)?از\s+(\S+)(?:\s+(?:اصلی|ارشد|برجسته|فعال|سابق|پیشین))?\s*$")
ONE_OF_CLOSE = re.compile(r"\s*(?:(سابق|پیشین)\s*)?(?:(،)|(است|هستند|بود|بودند|می‌باشد|می‌باشند|میباشد|میباشند)(?:[\s.،]|$))")
LIST_JOINER = re.compile(r"\s*(?:،|و)\s*")
WAS = frozenset({"بود", "بودند"})


def _members(view: DocumentView, entities: dict[str, Entity]) -> list[Holding]:
    """Persons named as one of the holders of a post of many seats (titles.tsv `plural`): each
    holds it. Only where the words say so: set off by commas (`X، از مشاوران ...، گفت`) or closed
    by a copula (`X و Y از اعضای هیئت امنای ... هستند`); `X از نمایندگان مجلس خواست` asks them."""
    plurals = resources().plural_titles
    holdings = []
    for org in (m for m in view.mentions if m.label == "ORG"):
        before = view.norm.text[max(0, org.start - 40):org.start]
        one_of = ONE_OF.search(before)
        if one_of is None or (title := plurals.get(fold(one_of.group(2)))) is None:
            continue
        close = ONE_OF_CLOSE.match(view.text_after(org, 30))
        spoke = close is None and one_of.group(1) is not None and _says_next(view, org)
        if not spoke and (close is None or bool(close.group(2)) != bool(one_of.group(1))):
            continue  # an apposition is set off by commas on both sides, a copula closes a clause
        persons = _named_before(view, org.start - len(before) + one_of.start(), many=not spoke and close.group(3) is not None)
        if not persons:
            continue
        org_id, org_name, _ = organization_in_context(org)
        if fold(title) == REPRESENTATIVE and _parliament(org_name):
            title = PEOPLES_DEPUTY
        post = Post(post_id(title, org_name, None), title, org_name, org_id, None, None, None)
        status = "current" if spoke else "former" if close.group(1) or close.group(3) in WAS else "current"
        for person in persons:
            name = name_of(entities, person)
            holdings.append(Holding(person.entity_id, name, post, False, status, view.sentence_evidence(person, org),
                                    [person.id, org.id]))
    return holdings


def _says_next(view: DocumentView, org: Mention) -> bool:
    """A verb of saying follows the body (and the state named right after it): `X، یکی از اعضای
    اصلی رئال مادرید گفت`, the apposition's second comma left out before its speaker's verb."""
    place = _place_beside(view, org)
    words = [fold(w) for w in WORD.findall(view.text_after(place or org, 30))]
    found = resources().speech_verbs.match(words, 0)
    return found is not None and found[1]["kind"] != REPORT_SOURCE


LEADING_OFFICES = {fold(row["office"]): row["title"] for row in load_table("leading_offices")}
# `... به ریاست «`: the words between a body (or the state after it) and the one who leads it
LED_BY = re.compile(r"^\s*(?:(?:این|همین)\s+کشور\s+)?به\s+(?P<office>[^\s«\"“]+(?:\s+وزیری)?)\s*[«\"“]?\s*$")
PLACES = frozenset({"COUNTRY", "PROVINCE", "CITY"})


AREA_LABELS = {"PROVINCE": "Province", "CITY": "City", "COUNTRY": "Country"}  # a post's area: mention → node label


def _post_of_body(title: str, org: Mention | None, area: Mention | None, entities: dict[str, Entity],
                  state: Entity | None = None) -> Post:
    """The post `title` of the body org names (and of the state it is, where named), in area; of
    no body where org is None."""
    org_id, org_name, _ = organization_in_context(org, "", state) if org is not None else (None, None, None)
    area_name = name_of(entities, area) if area else None
    return Post(post_id(title, org_name, area_name), title, org_name, org_id, area_name,
                area.entity_id if area else None, AREA_LABELS[area.label] if area else None)


def _place_beside(view: DocumentView, org: Mention) -> Mention | None:
    """The place named right after a body (`گارد ملی عربستان`), which the body's post is in."""
    place = view.next_mention(org)
    return place if place is not None and place.label in PLACES and view.adjacent(org, place) else None


def _led_by(view: DocumentView, entities: dict[str, Entity]) -> list[Holding]:
    """`حزب لیکود به ریاست «بنیامین نتانیاهو»`, `گارد ملی این کشور به فرماندهی متعب بن عبدالله`:
    the person named right after a body and an office (leading_offices.tsv) holds the post that
    office is, of that body and of the state named with it. Not after a meeting (`جلسه‌ای به ریاست
    X`, no body named) nor a clause (`کنگره که به ریاست X`: what the body did once)."""
    holdings = []
    for org in (m for m in view.mentions if m.label == "ORG"):
        area = _place_beside(view, org)
        before = area or org
        person = view.next_mention(before)
        if person is None or person.label != "PERSON" or person.sentence_index != org.sentence_index:
            continue
        led = LED_BY.match(view.gap(before, person))
        title = LEADING_OFFICES.get(fold(led.group("office"))) if led else None
        if title is None or fold(org.text) in resources().generic_institutions and area is None \
                and not view.refers_to_a_state(org):
            continue  # (`پیوستن به دولت به رهبری X`: a bare `دولت` may be another body X leads)
        state = None
        if area is None and view.refers_to_a_state(org):
            area, state = referred_state(view, org)  # `گارد ملی این کشور`: the state named before
            if area is None or area.entity_id == HOME_COUNTRY:
                area = None
        post = _post_of_body(title, org, area, entities, state if state is not UNNAMED_STATE else None)
        name = name_of(entities, person)
        holdings.append(Holding(person.entity_id, name, post, _acting(title), "current", view.sentence_evidence(org, person),
                                [person.id, org.id]))
    return holdings


def _in_charge_of(view: DocumentView, entities: dict[str, Entity]) -> list[Holding]:
    """`ابوالحسن بنی‌صدر ... که ریاست شورای انقلاب را بر عهده داشت`, `مسعود سلیمانی که سرپرستی
    فدراسیون را بر عهده دارد`: the person right before an office (leading_offices.tsv) of a body
    that they are said to carry (`را بر عهده دارد`) holds the post the office is, of that body;
    held then when the verb is past (`داشت`), held now when present or taken up (`دارد`,
    `گرفت`). Not one of a list of names (`X، Y و Z ریاست ... را بر عهده داشتند`: in turn), nor
    after `دوران` (`در دوران ریاست جمهوری X`: a time)."""
    holdings = []
    for org in (m for m in view.mentions if m.label == "ORG"):
        area = _place_beside(view, org)
        carried = CARRIED.match(view.text_after(area or org, CARRIED_REACH))
        if carried is None:
            continue
        person = view.previous(org, {"PERSON"})
        if person is None or person.sentence_index != org.sentence_index or org.start - person.end > CLAUSE_REACH:
            continue
        # (or after the person's own post, in a clause of `که`: `بنی‌صدر رئیس جمهور وقت که ریاست ...`)
        gap = view.gap(person, org)
        held = HELD_OFFICE.fullmatch(gap) or HELD_AFTER_POST.search(gap)
        title = LEADING_OFFICES.get(fold(held.group("office"))) if held else None
        other = view.previous(person, {"PERSON"})
        if title is None or other is not None and LIST_GAP.match(view.gap(other, person)) or TIME_OF.search(gap):
            continue
        post = _post_of_body(title, org, area, entities)
        status = "former" if (carried.group("verb") or carried.group("copula")).startswith(PAST) or held.group("before") \
            else "current"
        holdings.append(Holding(person.entity_id, name_of(entities, person), post, _acting(title), status,
                                view.sentence_evidence(person, org), [person.id, org.id]))
    return holdings


def _elected_to(view: DocumentView, entities: dict[str, Entity]) -> list[Holding]:
    """`پس از انتخاب سید محمد خاتمی به ریاست جمهوری ایران`, `علی لاریجانی به ریاست مجلس انتخاب
    شد`: the person chosen for an office (leading_offices.tsv) of the body or the state named right
    after it holds the post the office is; taken up when the verb of choosing follows, else held.
    Only with the choosing said (`انتخاب`, `انتصاب` right before the name, or `انتخاب شد`,
    `منصوب شد`, `برگزیده شد` after the body): not `سفر X به ریاست ...`."""
    holdings = []
    for person in (m for m in view.mentions if m.label == "PERSON" and m.entity_id):
        target = view.next_mention(person)
        if target is None or target.sentence_index != person.sentence_index \
                or target.label not in PLACES and target.label != "ORG":
            continue
        office = ELECTED_TO.fullmatch(view.gap(person, target))
        if office is None or (title := _office_title(office)) is None:
            continue
        after = CHOSEN_AFTER.match(view.text_after(target, CHOSEN_REACH))
        chosen_before = CHOSEN_BEFORE.search(view.norm.text[max(0, person.start - CHOSEN_REACH):person.start])
        if not (after or chosen_before):
            continue
        org, area = (target, None) if target.label == "ORG" else (None, target)
        post = _post_of_body(title, org, area, entities)
        holdings.append(Holding(person.entity_id, name_of(entities, person), post, _acting(title),
                                "appointed" if after else "current", view.sentence_evidence(person, target),
                                [person.id, target.id]))
    return holdings


def _acting(title: str) -> bool:
    """`سرپرست`, `سرپرست معاونت ...`, an office read as one (`سرپرستی شهرداری`): an acting post."""
    return fold(title).startswith(fold(ACTING))


def _office_title(office: re.Match) -> str | None:
    """The post an office is: `ریاست` a رئیس, `ریاست جمهوری` a رئیس‌جمهور."""
    if office.group("republic"):
        return PRESIDENT if fold(office.group("office")) == fold("ریاست") else None
    return LEADING_OFFICES.get(fold(office.group("office")))


# `... به ریاست (جمهوری) ...`: between the person chosen and what they lead
ELECTED_TO = re.compile(r"\s*به\s+(?P<office>\S+?)(?:[\s\u200c]*(?P<republic>جمهوری|جمهور))?\s*")
CHOSEN_BEFORE = re.compile(r"(?:انتخاب|انتصاب|گزینش)(?:\s+مجدد)?\s*$")
CHOSEN_AFTER = re.compile(r"\s*(?:انتخاب|منصوب|برگزیده)\s+(?:شد|شده|گردید)(?![\w\u200c])")
CHOSEN_REACH = 20  # characters before the name or after the body where the choosing is said


# Between the person and the office: `که`, a time (`پیش از این`, `در حال حاضر`), `نیز`, a comma;
# or the person's own post first, then the clause of `که` (`بنی‌صدر رئیس جمهور وقت که ریاست ...`).
OFFICE_CLAUSE = (r"(?:(?P<before>پیش\s+از\s+این|قبلا|قبلاً|سابقا|سابقاً|مدتی)\s+|در\s+حال\s+حاضر\s+|اکنون\s+|هم\s+اکنون\s+)?"
                 r"(?:نیز\s+)?(?P<office>\S+)\s+")
HELD_OFFICE = re.compile(r"[\s،,]*(?:که\s+)?" + OFFICE_CLAUSE)
HELD_AFTER_POST = re.compile(r"[\s،,]که\s+" + OFFICE_CLAUSE + "$")
# After the body (and its place): `را (هم|نیز) بر عهده داشت|دارد|گرفت`
# or `را عهده‌دار است|بود`
CARRIED = re.compile(r"\s*را\s+(?:(?:هم|نیز)\s+)?(?:(?:بر|به)\s*عهده\s+(?P<verb>داشت|داشته|دارد|دارند|گرفت|گرفته)"
                     r"|عهده[\s\u200c]?دار\s+(?P<copula>است|هست|هستند|می‌باشد|شد|شده|بود|بودند|بوده))(?=[\s.،]|$)")
PAST = ("داشت", "بود")
CARRIED_REACH = 40  # characters after the body where `را ... بر عهده داشت` stands
TIME_OF = re.compile(r"دوران\s+\S+\s+$")  # `در دوران ریاست ...`: a time, no one's office


def _named_before(view: DocumentView, at: int, many: bool) -> list[Mention]:
    """The person named right before offset ``at`` and, with ``many``, those listed before them
    (`X، Y و Z`), in the same sentence."""
    i = bisect.bisect_left(view.starts, at) - 1
    if i < 0 or view.mentions[i].label != "PERSON" or view.norm.text[view.mentions[i].end:at].strip():
        return []
    named = [view.mentions[i]]
    while many and i > 0:
        before = view.mentions[i - 1]
        if before.label != "PERSON" or before.sentence_index != named[0].sentence_index \
                or not LIST_JOINER.fullmatch(view.gap(before, named[0])):
            break
        named.insert(0, before)
        i -= 1
    return named


def _counterparts(view: DocumentView, holdings: list[Holding], entities: dict[str, Entity]) -> list[Holding]:
    """`دیدار «مان موهان سینگ» نخست وزیر هند با «نواز شریف» همتای پاکستانی‌اش`: the one named as
    another's counterpart of a state holds the same post there. Only a state the document names,
    and only when one other person of the sentence holds a post."""
    found: list[Holding] = []
    for person in (m for m in view.mentions if m.label == "PERSON" and m.entity_id):
        match = COUNTERPART.match(view.norm.text, person.end)
        if not match:
            continue
        state = _state_of_demonym(view, match.group(1))
        others = [h for h in holdings if h.evidence.sentence_index == person.sentence_index
                  and h.person_id != person.entity_id and h.post.area_label == "Country"]
        if state is None or len({h.post.title for h in others}) != 1:
            continue
        title = others[0].post.title
        name = name_of(entities, state)
        post = Post(post_id(title, None, name), title, None, None, name, state.entity_id, "Country")
        holder = name_of(entities, person)
        evidence = view.evidence(person.start, person.end + match.end() - match.start(), person.sentence_index)
        found.append(Holding(person.entity_id, holder, post, False, "current", evidence, [person.id, state.id]))
    return found


def _state_of_demonym(view: DocumentView, word: str) -> Mention | None:
    """The state a demonym names (`پاکستانی‌اش`, `روسی`, `آمریکایی`), among those the document names."""
    key = fold(next((word[: -len(e)] for e in OWNER_ENDINGS if word.endswith(e) and len(word) > len(e) + 3), word))
    stems = {key[:-1], key[:-2]} if key.endswith("یی") else {key[:-1]} if key.endswith("ی") else set()
    return next((m for m in view.mentions if m.label == "COUNTRY" and fold(m.text) in stems), None)


def _demonym(gap: str) -> bool:
    """`سرمربی برزیلی تیم ملی قطر`: the holder's nationality between a title and its body."""
    words = gap.split()
    if len(words) != 1 or not words[0].endswith("ی"):
        return False
    stems = (words[0][:-1], words[0][:-2]) if words[0].endswith("یی") else (words[0][:-1],)
    return any(resources().countries.get(stem) is not None for stem in stems)  # (`آمریکایی`: آمریکا)


# A subjunctive `become` or `be` right after a post: someone may come to hold it, no one does.
HYPOTHETICAL = re.compile(r"\s*(?:ب?شو(?:د|ند|م|ی|یم|ید)|باش(?:د|ند|م|ی|یم|ید))(?![\w\u200c])")


def _hypothetical(view: DocumentView, t: Mention, last: Mention) -> bool:
    text = view.norm.text
    return bool(HYPOTHETICAL.match(text, t.end) or HYPOTHETICAL.match(text, last.end))


def former_mark(view: DocumentView, t: Mention, last: Mention) -> bool:
    """The post is called former where it is named: right after its title or after the whole post."""
    text = view.norm.text
    # (`معاون سابق راهنمایی و رانندگی`: the title runs past it, the words its phrase runs past)
    inside = any(fold(w) in FORMER_WORDS for w in t.text.split()[1:-1])
    return inside or bool(FORMER_MARK.match(text, t.end, t.end + 12) or FORMER_MARK.match(text, last.end, last.end + 12)
                          or PAST_ERA.match(text, last.end, last.end + ERA_REACH)
                          or FALLEN_REGIME.search(text, t.start, last.end + REGIME_REACH))


# `فرمانده بسیج در دوران دفاع مقدس`, `وزیر خارجه در زمان جنگ`: the post held in an era gone by
# (not `در دوره جدید`, `در دوران فعلی`: the one now)
PAST_ERA = re.compile(r"\s*در\s+(?:دوران|زمان|سال(?:\u200c|\s)?های)\s+(?!(?:جدید|فعلی|کنونی|حاضر|اخیر|کرونا)(?:[\s.،]|$))\S")
ERA_REACH = 40
# `وزیر خارجه رژیم پهلوی`, `سفیر رژیم شاه`: a post of a government that has fallen (not `رژیم
# صهیونیستی`, which stands)
FALLEN_REGIME = re.compile(r"(?:رژیم|حکومت|دوران|دوره|عصر)\s+(?:پهلوی|شاه|سابق|گذشته|طاغوت|بعث|صدام|ستم‌?\s?شاهی)(?=[\s.،]|$)")
REGIME_REACH = 20


def _acting_office(t: Mention, org: Mention | None, entities: dict[str, Entity]) -> tuple[str, Entity] | None:
    """`سرپرست` + the office of a one-seat title and its place (`استانداری کرمان`,
    `فرمانداری بم`): the title (`استاندار`) and the place's entity, added to the document's."""
    if org is None or fold(t.text) != fold(ACTING):
        return None
    words = org.text.split()
    if len(words) < 2 or not words[0].endswith("ی") or seats(words[0][:-1]) != 1:
        return None
    res, rest = resources(), " ".join(words[1:])
    province, city = res.provinces.get(rest), res.cities.get(rest)
    if province:
        entity = Entity(make_id("Province", province["id"]), "Province", province["name"], [], [],
                        {"name_en": province.get("name_en", "")})
    elif city and city.get("name") and city.get("province_id"):
        entity = Entity(name_id("City", city["name"]), "City", city["name"], [], [],
                        {"province_id": city.get("province_id"), "kind": city.get("kind"),
                         "name_en": city.get("name_en", "")})
    else:
        return None
    entities.setdefault(entity.id, entity)
    return words[0][:-1], entity


def _office_held(title: str) -> str:
    """`سرپرست استانداری` is the acting holder of the post `استاندار`: the one-seat title whose
    office the acting head runs (the title plus `ی`), so acting and confirmed holders share a post."""
    words = title.split()
    if len(words) == 2 and fold(words[0]) == fold(ACTING) and words[1].endswith("ی") and seats(words[1][:-1]) == 1:
        return words[1][:-1]
    return title


def canonical_title(t: Mention) -> str:
    """The post as stored and compared: its head in the lexicon's canonical spelling (`رییس`,
    `سخنگوی` → `رئیس`, `سخنگو`), then its qualifier as written."""
    text = " ".join(w for w in t.text.split() if fold(w) not in UNNAMING_WORDS)
    head_chars = t.payload.get("head_chars") if t.payload else None
    canonical = t.payload.get("canonical") if t.payload else None
    if not canonical or head_chars is None:
        return text
    rest = " ".join(w for w in t.text[head_chars:].split() if fold(w) not in UNNAMING_WORDS)
    return f"{canonical} {rest}".strip()


# Words of when a post is held, which a title may run past (`معاون سابق راهنمایی و رانندگی`),
# and the courtesy a letter pays it (`عضو محترم هیأت تحریریه`, `مدیر محترم داخلی`): no part of
# the post's name; the very words the title phrase runs past (loader.ner.phrases).
UNNAMING_WORDS = FORMER_WORDS | NEW_WORDS | {fold("محترم")}


def _post_is_specific(post: Post) -> bool:
    return post.organization is not None or post.area is not None


def _names_principal(t: Mention) -> bool:
    """The title names whose deputy or adviser it is (`مشاور هنری رییس جمهور`, `معاون وزیر`): a post
    as specific as one with its body."""
    keys = [fold(w) for w in t.text.split()]
    return any((found := resources().titles.match(keys, k)) and found[1].get("kind") == "head"
               for k in range(1, len(keys)))


def _adjacent_person(view: DocumentView, t: Mention, last: Mention) -> Mention | None:
    before = view.previous(t, {"PERSON", "TITLE", "ORG", "PROVINCE", "CITY", "MONEY", "QUANTITY", "PERCENT", "DATE"})
    if before is not None and before.label == "PERSON" and before.sentence_index == t.sentence_index \
            and (view.adjacent(before, t) and not AND_WORD.search(view.gap(before, t))
                 or OPENING_BRACKET.fullmatch(view.gap(before, t))
                 or last is not t and view.gap(before, t).strip() == SEMICOLON
                 or ALSO_GAP.fullmatch(view.gap(before, t)) and not OBJECT_MARK.match(view.norm.text, last.end)) \
            and not _period_before_clause(view, before, t, last) and not _predecessor(view, before, last):
        # (`خسرو امینی (نایب رئیس فدراسیون شنا)`: the post in brackets after the name; `در حضور
        # صفار هرندی؛ نماینده ریاست جمهوری`: a semicolon for a comma, before a post naming its body;
        # `بی‌نظیر بوتو نیز نخست وزیر پاکستان بود`, but not `ظریف نیز وزیر خارجه آمریکا را متهم کرد`:
        # `نیز` closes the subject, and a post with `را` after it is the clause's object; a post after
        # `و` is another's: `حسن روحانی و رئیس مجلس حاضر بودند`)
        return before
    return None


def _predecessor(view: DocumentView, person: Mention, last: Mention) -> bool:
    """`علی رضایی پس از محمد احمدی استاندار فارس شد`, `... به جای محمد احمدی ...`: the one after
    `پس از` or `به جای` held the post before the subject became it; the post is not theirs now (`پس از علی رضایی استاندار فارس سخنرانی کرد`
    names the governor who spoke first)."""
    lead = view.norm.text[max(0, person.start - INSTEAD_REACH):person.start]
    return AFTER_WHOM.search(lead) is not None \
        and load_patterns("tenure_cues")["became"].match(view.norm.text, last.end) is not None


AFTER_WHOM = re.compile(r"(?:(?:پس|بعد|قبل|پیش)\s+از|بجای|به\s+جای|به‌جای)\s*$")


def _period_before_clause(view: DocumentView, person: Mention, t: Mention, last: Mention) -> bool:
    """`در دوران اول ریاست جمهوری اوباما، معاون سیا همان فردی بود که ...`: a person naming a
    period (`دوران`, `دولت`, `ریاست جمهوری` of them) ends an adverbial at the comma, and the post
    after it opens the clause: someone else's. A post set off by commas on both sides, or followed
    by a clause on its holder, is still theirs (`در دوران بوش، رئیس جمهور سابق آمریکا، ...`,
    `پیام دولت جرج بوش، رییس جمهوری آمریکا که ...`)."""
    lead = view.norm.text[max(0, person.start - PERIOD_REACH):person.start]
    if "،" not in view.gap(person, t) and "," not in view.gap(person, t):
        # `علی رضایی در دوره ریاست جمهوری احمدی‌نژاد وزیر نیرو بود`: with no comma a post below
        # the state's head is the clause's predicate, of its subject, named before the period or
        # left unsaid (but `دولت میشل باچله رئیس جمهور شیلی`: the head whose government it is)
        return PERIOD_OF.search(lead) is not None and not _national_head(t)
    return PERIOD_OF.search(lead) is not None and not APPOSITION_CLOSES.match(view.text_after(last, 6))


APPOSITION_CLOSES = re.compile(r"\s*(?:[،,]|که(?:\s|$))")  # `..., رئیس جمهور آمریکا، ...`, `... آمریکا که ...`
PERIOD_OF = re.compile(r"(?:دوران|دوره|زمان|عهد|ریاست\s*جمهوری|دولت|حکومت|صدارت)(?:\s+(?:اول|دوم|سوم|نخست))?\s+$")
PERIOD_REACH = 30


SEMICOLON = "؛"
AND_WORD = re.compile(r"(?:^|[\s،,«»\"])و(?:$|[\s«»\"])")
ALSO_GAP = re.compile(r"\s+(?:نیز|هم)\s+")  # `بی‌نظیر بوتو نیز نخست وزیر پاکستان بود`: one more holder


EPITHET = re.compile(r"^[\s،,«»\"]*((?:[\w\u200c]+[»\"]?\s+[«\"]?){1,6})و\s+$")


def _after_epithet(view: DocumentView, t: Mention) -> Mention | None:
    """`حسین عظیمی استاد برجسته اقتصاد توسعه و رئیس موسسه عالی ...`, `عیسی محمدی جانباز شیمیایی
    دفاع مقدس و عضو شورای اسلامی روستای ...`, `سید جمال‌الدین حسینی، نویسنده کتاب «فن بازار» و رئیس
    حوزه هنری کرج`: a name, what they are in a few plain words (a work's title quoted), and
    `و` their post (the caller asks for one naming its body or place: `... و مشاور خانواده` is a
    trade). Only words between: no verb, function word, number or other mention, and not after
    the blessing of one departed (`امام راحل (ره) و رهبر ...` are two)."""
    before = _person_before(view, t)
    if before is None:
        return None
    found = EPITHET.match(view.gap(before, t))
    if found is None:
        return None
    words = found.group(1).replace("«", " ").replace("»", " ").replace('"', " ").split()  # (`نویسنده کتاب «فن بازار»`)
    if any(fold(w) in resources().function_words or w.isdigit() for w in words) or _verb_among(words):
        return None
    return before


def _person_before(view: DocumentView, t: Mention) -> Mention | None:
    """The person named in t's sentence right before it, no other mention between."""
    before = view.previous(t, NAMED_AS_LABELS)
    return before if before is not None and before.label == "PERSON" and before.sentence_index == t.sentence_index \
        else None


def _bracketed_after(view: DocumentView, last: Mention) -> Mention | None:
    """`وزیر دفاع روسیه (سرگئی شویگو)`: the holder's name in brackets right after the post."""
    after = view.next_mention(last)
    if after is not None and after.label == "PERSON" and after.sentence_index == last.sentence_index \
            and OPENING_BRACKET.fullmatch(view.gap(last, after)) and view.norm.text[after.end:after.end + 3].lstrip().startswith(")"):
        return after
    return None


def _apposed_after(view: DocumentView, t: Mention, last: Mention) -> Mention | None:
    """`رئیس سازمان برنامه و بودجه، محمدباقر نوبخت، امروز گفت`, `معاون اول رئیس‌جمهور، محمد مخبر،
    گفت`: the holder named right after the post's words, set off by commas (a name after the post
    with nothing between may be whose the post or its body is: `معاون اول خاتمی`, `قائم مقام ستاد
    انتخاباتی احمدی‌نژاد`). The name is whole or a notable's; it is no item of a list (another name
    or post right after its comma), and not the object of a verb (`..., علی رضایی، را ...`)."""
    after = view.next_mention(last)
    if after is None or after.label != "PERSON" or after.sentence_index != last.sentence_index:
        return None
    gap = [w for w in GAP_WORD.findall(view.gap(last, after).translate(NO_QUOTES)) if not resources().honorifics.get(fold(w))]
    if len(gap) == 2 and BARE_PROVINCE.fullmatch(gap[0]) and last.label not in PLACES:
        gap = gap[1:]  # `رئیس سازمان بهزیستی استان، علی رضایی ...`: the province the post is in, unnamed
    if not gap and last.label in PLACES and _place_then_name(view, t, after):
        return after
    if len(gap) != 1 or gap[0] not in COMMA:
        return None
    if not _whole_or_notable(after):
        return None
    rest = view.norm.text[after.end:after.end + 40].translate(NO_QUOTES)
    if OBJECT_MARK.match(rest) or not rest.lstrip().startswith(tuple(COMMA)) and not _subject_who_speaks(view, t, after):
        return None  # (`رئیس ...، علی رضایی و محمد احمدی`: one of a list)
    follows = view.next_mention(after)
    if follows is not None and follows.label in PERSON_OR_TITLE and follows.sentence_index == after.sentence_index \
            and not view.gap(after, follows).replace("و", " ").strip(" ،,«»\""):
        return None  # `استاندار فارس، علی رضایی، رئیس دانشگاه ...`: the name has a post of its own, or is listed
    return after


GAP_WORD = re.compile(r"[^\s،,]+|[،,]")  # the words between two mentions, a comma one of its own


def _subject_who_speaks(view: DocumentView, t: Mention, after: Mention) -> bool:
    """`مدیرکل بهزیستی استان قم، حسن کریمی گفت: ...`: the post opens its sentence, and the name
    after its comma is the subject of the verb of saying that follows (not `... و` another)."""
    sentence = _sentence_opened_by(view, t)
    if sentence is None or AND_AFTER.match(view.norm.text, after.end):
        return False
    return _has_speech_verb(view.norm.text[after.end:min(sentence.end, after.end + SPEECH_REACH)].split(":")[0])



def _place_then_name(view: DocumentView, t: Mention, after: Mention) -> bool:
    """`مدیرکل بهزیستی استان فارس علی رضایی گفت`: a post that ends with its
    place, then a name (no place's name is a person's, as a body may be: `ستاد انتخاباتی
    احمدی‌نژاد`), then the verb the name is the subject of; not a post after a preposition, whose
    phrase ends before the name (`با حضور استاندار فارس علی رضایی به عنوان ... معرفی شد`), nor a
    name with a post of its own or the object of a verb."""
    before = view.norm.text[max(0, t.start - PREPOSITION_REACH):t.start].split()
    if before and (before[-1] in PREPOSITIONS or fold(before[-1]) in PRESENCE):
        return False
    if _own_post_after(view, after):
        return False
    rest = view.norm.text[after.end:after.end + 40]
    return not OBJECT_MARK.match(rest) and not NAMED_TO.match(rest)


def _own_post_after(view: DocumentView, person: Mention) -> bool:
    """A post right after the name, nothing but a comma between: the name's own."""
    follows = view.next_mention(person)
    return follows is not None and follows.label == "TITLE" and follows.sentence_index == person.sentence_index \
        and not view.gap(person, follows).strip(" ،,")


PREPOSITION_REACH = 20  # characters before a post read for the preposition it follows
PRESENCE = frozenset(fold(w) for w in ("حضور", "همراهی", "دعوت", "ریاست"))  # `با حضور`, `به دعوت`: a phrase
# named to a post right after the name (`X به عنوان ...`), as the object of the verb (`X را به سمت ...`) or not
NAMED_TO = re.compile(r"[\s،,]*(?P<object>را\s+)?(?:(?:نیز|هم)\s+)?به\s*(?:عنوان|سمت)(?![\w\u200c])")


def _named_after_post(view: DocumentView, t: Mention, last: Mention) -> Mention | None:
    """`دیدار رئیس جمهور احمدی نژاد از هند`, `رئیس جمهور آمریکا دونالد ترامپ`, `امام جمعه تهران
    آیت‌الله کاظم صدیقی`: a state's head, a minister or a cleric's one-seat post named right
    before the name, nothing but honorifics between. Only those: after a deputy, an adviser or a
    manager the name is whose they are or the body's (`معاون اول خاتمی`, `مشاور اوباما`,
    `مدیرعامل آرمان دانه گلستان`); and the name is whole or a notable's, not one word a
    misreading may make (`رهبر حکیم و دوراندیش`, 'the wise leader')."""
    entry = resources().titles.get(t.payload.get("head") or t.text) if t.payload else None
    if entry is None or not (entry.get("rank") or "").isdigit() \
            or int(entry["rank"]) > NAMED_AFTER_RANKS.get(entry.get("kind"), 0) \
            or entry.get("seats") != 1 and entry.get("kind") != ELECTED:
        return None
    after = view.next_mention(last)
    gap = view.gap(last, after).split() if after is not None else []
    if after is None or after.label != "PERSON" or after.sentence_index != last.sentence_index \
            or any(not resources().honorifics.get(fold(w)) and fold(w) not in (HOLINESS, IMAM) and w not in QUOTES for w in gap):
        return None
    if not _whole_or_notable(after) \
            and not any(resources().honorifics.get(fold(w)) for w in gap):
        return None
    if _own_post_after(view, after):
        return None  # `... وزیر خارجه ظریف، رئیس ...`: the name has a post of its own after it
    sentence = view.sentences.get(t.sentence_index)
    if (named_to := NAMED_TO.match(view.norm.text, after.end)) and named_to.group("object") and sentence is not None \
            and not view.norm.text[sentence.start:t.start].rpartition(":")[2].strip():
        # `وزیر کشور علی رضایی را به عنوان ... منصوب کرد`: a post opening its sentence (or what
        # follows a dateline's colon) is the subject that names the one after it to another post
        # (not `رئیس‌جمهور شهید محمد مرسی را گرامی می‌داریم`, a post whose holder is honoured)
        return None
    return after


def _named_after_its_body(view: DocumentView, last: Mention) -> Mention | None:
    """`دبیر این حزب «میرزا عظیم نسیم اف»`, `سرمربی این تیم علی دایی`: a post of the body the text
    named before (`این` and its head), then its holder's name, nothing but honorifics between."""
    text = view.norm.text
    read = _this_body_head(text, last.end)
    if read is None:
        return None
    found, head = read
    body_end = found[head[0] - 1].end()
    after = view.next_mention(last)
    while after is not None and after.start < body_end:
        after = view.next_mention(after)
    if after is None or after.label != "PERSON" or after.sentence_index != last.sentence_index:
        return None
    gap = text[body_end:after.start].translate(NO_QUOTES).split()
    if any(not resources().honorifics.get(fold(w)) for w in gap):
        return None
    if not _whole_or_notable(after):
        return None
    return after


def _whole_or_notable(person: Mention) -> bool:
    """A name in two words at least, or a notable's short form: not one word a misreading may make
    of a word after a post (`رهبر حکیم و دوراندیش`, 'the wise leader')."""
    return len(person.text.split()) >= 2 or (person.payload or {}).get("source") == "notable"


NO_QUOTES = str.maketrans("", "", '«»"“”')


NAMED_AFTER_RANKS = {"head": 2, "cleric": 4, ELECTED: 4}  # the lowest rank of a post of each kind named before its holder
HOLINESS = fold("حضرت")  # before a cleric's honorific (`حضرت آیت‌الله خامنه‌ای`)
IMAM = fold("امام")  # before the founder's name (`رهبر انقلاب اسلامی حضرت امام خمینی`)
QUOTES = frozenset('«"“')  # a foreign name quoted after its post (`رئیس جمهور آمریکا «باراک اوباما»`)


def _named_as(view: DocumentView, t: Mention, title_person: dict[str, Mention]) -> Mention | None:
    """`NAME به عنوان TITLE ...`, `NAME را به سمت TITLE ...`, `NAME جایگزین TITLE ... شد`: the
    person the post is given to, however many other people the sentence names before (`از خدمات
    X تقدیر و Y به عنوان ...`), also past the post they held (`قاسمعلی خدابخشی مدیر عامل سابق آب
    منطقه‌ای چهارمحال و بختیاری به عنوان مدیر عامل ...`)."""
    before = view.previous(t, NAMED_AS_LABELS)
    if before is None or before.sentence_index != t.sentence_index or not NAMED_AS.match(view.gap(before, t)):
        return None
    before = _past_the_appointer(view, before)
    if before is None:
        return None
    if before.label == "QUANTITY" and VOTES.search(before.text) and (voter := view.previous(before, NAMED_AS_LABELS)) is not None \
            and voter.label == "PERSON" and voter.sentence_index == t.sentence_index \
            and WITH_VOTES.fullmatch(view.gap(voter, before)):
        before = voter  # `علی رضایی با 15 رأی به عنوان رئیس شورا برگزیده شد`: past the votes they won
    if before.label == "PERSON":
        if _appoints(view, before):
            return None
        if BACKED.search(view.norm.text[max(0, before.start - BACKED_REACH):before.start]):
            return None  # `کمپینی برای حمایت از الهه کولایی به عنوان شهردار زن`: a candidate backed, no holder
        if INSTEAD_OF.search(view.norm.text[max(0, before.start - INSTEAD_REACH):before.start]):
            # `شاهسواری بجای سیدضیاء هاشمی به عنوان مسوول ...`: who is replaced holds it no longer;
            # the one named before them is given it
            given = view.previous(before, NAMED_AS_LABELS)
            return given if given is not None and given.label == "PERSON" \
                and given.sentence_index == t.sentence_index else None
        return before
    post = before  # the post the person held, its title then its body or place in a few plain words
    while post is not None and post.label in BODY_OR_PLACE:
        post = view.previous(post, NAMED_AS_LABELS)
    if post is None or post.label != "TITLE" or post.id not in title_person or post.sentence_index != t.sentence_index:
        return None
    between = view.gap(post, before)
    if CLAUSE_MARKS.intersection(between) or len(between.split()) > HELD_POST_WORDS:
        return None
    return None if _appoints(view, title_person[post.id]) else title_person[post.id]


def _past_the_appointer(view: DocumentView, before: Mention) -> Mention | None:
    """`علی رضایی از سوی رئیس جمهور به عنوان وزیر ... معرفی شد`: the one named is before the
    appointer's words (`از سوی`, `با حکم`, `توسط` and a post or a person with its body or place);
    ``before`` itself where no appointer stands there, None where no person precedes them."""
    first = before
    while first.label in BODY_OR_PLACE and (prev := view.previous(first, NAMED_AS_LABELS)) is not None \
            and prev.sentence_index == first.sentence_index and view.adjacent(prev, first):
        first = prev
    if first.label not in ("TITLE", "PERSON"):
        return before
    text = view.norm.text
    opening = BY_APPOINTER.search(text, max(0, first.start - APPOINTER_REACH), first.start)
    if opening is None:
        return before
    named = view.previous(first, NAMED_AS_LABELS)
    if named is None or named.label != "PERSON" or named.sentence_index != first.sentence_index \
            or text[named.end:opening.start()].strip(" \t«»\"”"):
        return None
    return named


# the appointer's words right before its post or name (`از سوی`, `با حکم`, `طی حکمی از سوی`)
BY_APPOINTER = re.compile(r"\s(?:از\s+سوی|از\s+طرف|با\s+حکم|با\s+پیشنهاد|به\s+پیشنهاد|توسط|طی\s+حکمی\s+از\s+سوی)\s*$")
APPOINTER_REACH = 30


VOTES = re.compile(r"(?:رأی|رای|آراء|آرا)$")  # a count of votes
WITH_VOTES = re.compile(r"\s*با\s+(?:کسب\s+)?")  # before the votes someone won


BACKED = re.compile(r"(?:حمایت|پشتیبانی|طرفداری)\s+از\s+$")
BACKED_REACH = 20  # characters before a name where the support for it is said


def _appoints(view: DocumentView, person: Mention) -> bool:
    """`با حکم علی سعیدلو، رئیس سازمان ... به عنوان سرپرست ... انتخاب شد`: the one whose order or
    proposal names someone to the post, not the one named."""
    return APPOINTER.search(view.norm.text[max(0, person.start - INSTEAD_REACH):person.start]) is not None


HELD_POST_WORDS = 12  # words between a held post's title and the end of its body or place
APPOINTER = re.compile(r"(?:حکم|دستور|پیشنهاد|سوی|توسط|امضای)\s*$")
INSTEAD_OF = re.compile(r"(?:بجای|به\s+جای|به‌جای|جانشین|جایگزین)\s*$")
INSTEAD_REACH = 12  # characters before a name searched for `بجای`


CLAUSE_MARKS = frozenset("،,:؛«»()")
CONJOINED_GAP_WORDS = 8


def _conjoined_holder(view: DocumentView, t: Mention, last: Mention, title_person: dict[str, Mention]) -> Mention | None:
    """`NAME مشاور مدیرعامل و مدیر کل دفتر مدیرعامل`: a second post joined by `و` is the same person's;
    so is one after a comma that ends the list (`NAME مسئول جهاد دانشگاهی دانشگاه ...، رئیس خانه
    اندیشمندان علوم انسانی حضور دارند`; not `NAME رئیس ...، مدیرکل ... و فرماندار ... حضور داشتند`,
    the posts of others the text does not name)."""
    before = view.previous(t, {"PERSON", "TITLE", "ORG", "PROVINCE", "CITY"})
    while before is not None and before.label in ("ORG", "PROVINCE", "CITY"):
        before = view.previous(before, {"PERSON", "TITLE", "ORG", "PROVINCE", "CITY"})
    if before is None or before.label != "TITLE" or before.id not in title_person:
        return None
    end = before  # the first post's words: its title, then the body and places right after it
    while (nxt := view.next_mention(end)) is not None and nxt.start < t.start \
            and nxt.label in BODY_OR_PLACE and APPOSITION_GAP.fullmatch(view.gap(end, nxt)):
        end = nxt
    # What the first post runs may follow it in words no list knows (`مدیرکل مجوزهای بانکی و مبارزه
    # با پول‌شویی و مدیر ...`), but not a clause (`... گفت: ... امام راحل ... و رهبر معظم انقلاب دارند`).
    gap = view.gap(end, t).strip()
    joined = gap.endswith("و") and not CLAUSE_MARKS.intersection(gap) and len(gap.split()) <= CONJOINED_GAP_WORDS
    listed = gap in COMMA and view.adjacent(title_person[before.id], before) \
        and not LIST_GOES_ON.match(view.norm.text, last.end)
    return title_person[before.id] if joined or listed else None


# After the second post: another item (a list of several people's posts) or `را` (the post is the verb's
# object: `NAME مدیرعامل سازمان ...، وزیر بازرگانی را همراهی کردند`)
LIST_GOES_ON = re.compile(r"\s*(?:[،,]|و\s|را(?=[\s.،]|$))")


PRINCIPAL_KINDS = frozenset({"advisor", "deputy"})  # titles.tsv kinds of a post named by whose it is
CLAUSE_REACH = 100  # characters between a name and the post or office its clause gives it, at most
RELATIVE_OPENING = re.compile(r"^\s*[،,]?\s*که\s+((?:[^\s،,:.]+\s+){0,5})$")
RELATIVE_COPULA = re.compile(r"\s*(بوده|بود|است|هست|می‌باشد|میباشد|شده|شد|گردیده|گردید)(?:[\s.،]|$)")
PAST_COPULAS = frozenset({"بوده", "بود"})
EARLIER = frozenset(fold(w) for w in ("قبلا", "قبلاً", "سابقا", "سابقاً", "پیشتر"))


def _principal_named(view: DocumentView, t: Mention, last: Mention) -> Mention | None:
    """The person an adviser's or a deputy's post names as whose it is, right after it (`مشاور
    خاتمی`): a post as specific as one with its body."""
    if t.payload.get("kind") not in PRINCIPAL_KINDS:
        return None
    principal = view.next_mention(last)
    return principal if principal is not None and principal.label == "PERSON" and view.adjacent(last, principal) else None


def _relative_subject(view: DocumentView, t: Mention, last: Mention) -> tuple[Mention, str] | None:
    """`افشانی که قبلاً فرماندار استان فارس بوده`, `NAME که اکنون رئیس ... است`, `NAME که به تازگی
    مدیر ... شده است`: a relative clause on the name before says the post is theirs (former when
    it was: `بود`, `بوده`, `قبلاً`). Only
    a few plain words between `که` and the post, and the copula right after the post."""
    before = view.previous(t, {"PERSON", "TITLE"})  # (a body or a place may stand in the clause: `که در دولت اصلاحات`)
    if before is None or before.label != "PERSON" or before.sentence_index != t.sentence_index \
            or t.start - before.end > CLAUSE_REACH:
        return None
    opening = RELATIVE_OPENING.match(view.gap(before, t))
    last = _principal_named(view, t, last) or last  # `... که در دولت اصلاحات مشاور خاتمی بود`
    after = view.text_after(last, 30)
    bare = BARE_PROVINCE.match(after)  # `... که سال‌ها مدیرکل آب و فاضلاب استان بود`
    copula = RELATIVE_COPULA.match(after, bare.end() if bare else 0)
    if opening is None or copula is None:
        return None
    words = opening.group(1).split()
    if _verb_among(words):
        return None
    former = copula.group(1) in PAST_COPULAS or any(fold(w) in EARLIER for w in words)
    return before, "former" if former else "current"


def _sentence_subject(view: DocumentView, t: Mention) -> Mention | None:
    """The person a sentence is about: its first PERSON, when it comes before the post."""
    first = view.first_in_sentence(t.sentence_index, PERSON)
    if first is None or first.start >= t.start:
        return None
    sentence = view.sentences.get(t.sentence_index)
    lead = view.norm.text[max(sentence.start, first.start - LEAD_REACH):first.start] if sentence else ""
    lead = CLAUSE_START.split(lead)[-1]  # `حاکی از آن است که سردار انصاری ...`: the clause the name opens
    between = view.norm.text[first.end:t.start].split()
    if PREPOSITIONS.intersection(_lead_words(lead)) or OTHER_SUBJECTS.intersection(between):
        return None  # `اگر پرونده برانکو ... نباشد هر کسی جای من مسئول باشگاه بود`: not the one named
    return first


def _governed(view: DocumentView, t: Mention) -> bool:
    """The post is the complement of a word before it, not the clause's predicate: a noun with its
    ezafe written (`خواستار استعفای وزیر نیرو شد`: the minister's resignation), or a predicate word
    the clause's verb belongs to (`خواستار`, `منتقد`: `NAME خواستار برکناری وزیر نیرو شد`)."""
    sentence = view.sentences.get(t.sentence_index)
    floor = max(sentence.start if sentence else 0, t.start - GOVERNING_CHARS)
    lead = view.norm.text[floor:t.start].split()
    return bool(lead) and (WRITTEN_EZAFE.search(lead[-1]) is not None
                           or bool(PREDICATE_WORDS.intersection(lead[-GOVERNING_REACH:])))


WRITTEN_EZAFE = re.compile(r"[اوآ]ی$|‌ی$")  # `استعفای`, `اعضای`, `خانه‌ی`: the ezafe after a vowel, written
PREDICATE_WORDS = frozenset({"خواستار", "خواهان", "مدعی", "منتقد", "مخالف", "موافق", "متهم", "مانع", "نگران"})
GOVERNING_REACH = 3  # words before a post among which a predicate word takes the clause's verb
GOVERNING_CHARS = 60  # characters before a post read for those words (linear in a long sentence)


def _sentence_opened_by(view: DocumentView, m: Mention) -> Sentence | None:
    """The sentence whose first person or post m is, else None."""
    first = view.first_in_sentence(m.sentence_index, PERSON_OR_TITLE)
    return view.sentences.get(m.sentence_index) if first is not None and first.id == m.id else None


def _speaks(view: DocumentView, t: Mention) -> bool:
    """The post is the subject of its sentence's speech verb (`مدیرکل ... گفت`, `... خبر داد`):
    the lead whose speaker the next sentences name. A post in any other role (`دیدار با رهبر
    انقلاب`) is not looked for elsewhere."""
    sentence = _sentence_opened_by(view, t)
    if sentence is None:
        return False
    lead = view.norm.text[max(sentence.start, t.start - LEAD_REACH):t.start]
    if PREPOSITIONS.intersection(_lead_words(lead)):
        return False
    return _has_speech_verb(view.norm.text[t.end:min(sentence.end, t.end + SPEECH_REACH)])


def _acting_subject_named_next(view: DocumentView, t: Mention, post: Post, people: "_People") -> Mention | None:
    """`سرمربی تیم ملی ... تصمیم گرفت ... ⏎ کوروش باقری ضمن اتخاذ این تصمیم ... خبر داد`: a
    specific post that is the subject of its sentence, whatever its verb, is held by the one the
    next sentence of its news item opens with and has speak; nobody named between, nobody holding
    a post already, and not a state's head (whom the news names in every sentence)."""
    if not _post_is_specific(post) or _national_head(t):
        return None
    sentence = _sentence_opened_by(view, t)
    if sentence is None:
        return None
    if _lead_words(view.norm.text[sentence.start:t.start]):
        return None  # (the post opens its sentence: not `یک کارشناس ... گزارش مدیرکل آژانس را ... خواند`)
    i = bisect.bisect_right(people.starts, t.end)
    if i >= len(people.mentions):
        return None
    nxt = people.mentions[i]
    opened = view.sentences.get(nxt.sentence_index)
    if nxt.sentence_index != t.sentence_index + 1 or not view.same_item(nxt, t) or nxt.entity_id in people.holders \
            or not _speaker(view, nxt) or _invoked(view, nxt) or opened is None \
            or _lead_words(view.norm.text[opened.start:nxt.start]):
        return None
    return nxt


def _lead_words(lead: str) -> list[str]:
    """The words before a sentence's subject that could make it an object (`دیدار با رهبر`), past
    its dateline, the report it is credited to and an opening adverbial (`به گزارش فارس، در ادامه
    مدیر ... گفت`: the director is the one who speaks)."""
    return OPENING_ADVERBIAL.sub("", QUOTED_SOURCE.sub("", REPORT_CREDIT.sub("", DATELINE.sub("", lead)))).split()


# The source a report quotes, after its credit (`به نقل از روابط عمومی اداره کل ...،`), its comma
# left out where the subject follows at once (`به نقل از پایگاه اطلاع‌رسانی آستان قدس رضوی معاون ...`)
QUOTED_SOURCE = re.compile(r"^\s*(?:و\s+)?به\s+نقل\s+از\s+(?:[^،,:]{1,150}?[،,]|[^،,:]{1,150}$)")


# (one after another too: `همچنین در این جلسه`)
_ADVERBIAL = r"(?:در\s+(?:ادامه|پایان|ابتدا|این\s+(?:مراسم|جلسه|نشست|همایش|آیین))|سپس|همچنین)"
OPENING_ADVERBIAL = re.compile(rf"^\s*{_ADVERBIAL}(?:\s+(?:{_ADVERBIAL}|این\s+(?:مراسم|جلسه|نشست|همایش|آیین)|نیز))*[،,]?\s")


def _apposed(view: DocumentView, t: Mention, person: Mention) -> bool:
    """Only the post's organisation and place, and punctuation, between the post and the name."""
    gap, cursor = [], t.end
    i = bisect.bisect_left(view.starts, t.end)
    while i < len(view.mentions) and view.mentions[i].start < person.start:
        m = view.mentions[i]
        if m.label not in APPOSITION_LABELS:
            return False
        gap.append(view.norm.text[cursor:m.start])
        cursor, i = max(cursor, m.end), i + 1
    gap.append(view.norm.text[cursor:person.start])
    return bool(APPOSITION_GAP.fullmatch("".join(gap)))


def _speaker(view: DocumentView, person: Mention) -> bool:
    """The person speaks in their sentence (`سیدمهران نوربخش گفت: ...`): the first person or post
    of it, with a speech verb after them; not one named in passing (`جلسه ... با مشایی و ملک‌زاده`),
    nor one after the pronoun that is the sentence's subject (`وی با اشاره به سفر بوش گفت`)."""
    sentence = _sentence_opened_by(view, person)
    return sentence is not None and not OPENING_PRONOUN.match(view.norm.text, sentence.start, person.start) \
        and _has_speech_verb(view.norm.text[person.end:min(sentence.end, person.end + SPEECH_REACH)])


def _named_next(view: DocumentView, t: Mention, person: Mention) -> bool:
    """The lead's way of naming a post's holder: `سرمربی ... گفت: ...` then `NAME ... افزود`,
    the next sentence opening with the person, who speaks."""
    return person.sentence_index == t.sentence_index + 1 and _speaker(view, person)


def _opens_sentence(view: DocumentView, person: Mention) -> bool:
    """The first person or post of its sentence: the one a later sentence reports on (`به گزارش
    فارس، NAME ...`), not one named in passing (`دیدار X با NAME همتای ...`), nor one after a
    `وی`/`او` that is the sentence's subject (`وی با اشاره به دوران ریاست جمهوری بنی‌صدر ...`)."""
    first = view.first_in_sentence(person.sentence_index, PERSON_OR_TITLE)
    sentence = view.sentences.get(person.sentence_index)
    lead = view.norm.text[sentence.start:person.start] if sentence is not None else ""
    # (nor one inside the words someone says: `... در جمع منتخبان گفت: امام خمینی فرمودند ...`,
    # nor the object of a preposition: `از جمله تغییرها ... توسط "یوکیو ادانو"`, nor the verb's:
    # `به گزارش فارس، بایرنی‌ها سانچس را جذب کردند`)
    before = WORD.findall(lead[-30:])
    return first is not None and first.id == person.id and not PRONOUN.search(lead) \
        and ":" not in DATELINE.sub("", lead) and not (before and before[-1] in PREPOSITIONS) \
        and not _past_a_verb_after_credit(lead) and not OBJECT_MARK.match(view.norm.text, person.end)




def _past_a_verb_after_credit(lead: str) -> bool:
    """After a report's credit, a clause with its own verb before the person (`به گزارش فارس،
    ... موفق شد با گل دقیقه پایانی NAME ...`): someone the report mentions, not its subject."""
    rest = REPORT_CREDIT.sub("", DATELINE.sub("", lead), count=1)
    return rest != lead and _verb_among(WORD.findall(rest))


def _owner_of_another_post(view: DocumentView, t: Mention) -> bool:
    """`معاون معاونت برنامه‌ریزی رئیس جمهور`: a title right after another post or body names
    whose deputy or office that is, not a post someone in the text holds."""
    before = view.previous(t, {"TITLE", "ORG"})
    if before is None or before.sentence_index != t.sentence_index or view.norm.text[before.end:t.start].strip():
        return False
    # (the source a report is quoted from, its comma left out, owns nothing: `به نقل از پایگاه
    # اطلاع‌رسانی آستان قدس رضوی معاون تبلیغات ... آستان قدس رضوی، ... گفت`)
    sentence = view.sentences.get(t.sentence_index)
    clause = view.norm.text[max(sentence.start if sentence is not None else 0, before.start - LEAD_REACH):before.start]
    return QUOTED_SOURCE.match(re.split(r"[،,:]", clause)[-1]) is None


def _named_nearby(view: DocumentView, t: Mention, last: Mention, people: "_People") -> Mention | None:
    """The holder of a post named without one: the first person named after it in its news item
    (`مدیرکل ... گفت: ... به گزارش فارس، NAME ...`) outside the words the post says, else the last
    person named before it there who speaks, in the same or the previous sentence; in either case
    only when nobody else is named between them, and only someone who holds no other post of the
    document yet. Two bisections: people
    are in document order and items are runs of sentences."""
    # `این نماینده مجلس امت کویت گفت`: a post named with `این` is the person already named, not
    # a later one; where nobody is named before it, it is the lead's speaker, named next
    i = bisect.bisect_right(people.starts, t.end)
    j = bisect.bisect_left(people.starts, t.start) - 1
    anaphoric = THIS_BEFORE.search(view.norm.text[max(0, t.start - THIS_REACH):t.start]) is not None \
        and j >= 0 and view.same_item(people.mentions[j], t)
    if i < len(people.mentions) and not anaphoric:
        first = people.mentions[i]
        # `مدیرکل ... گفت: ... با حضور NAME ...`, `امام جمعه ... با تسلیت رحلت NAME گفت`: in the
        # post's own sentence, only a name in apposition to it (`مدیرکل ... قم، NAME، گفت`) holds it
        quoted = first.sentence_index == t.sentence_index and not _apposed(view, t, first)
        if view.same_item(first, t) and first.sentence_index <= t.sentence_index + FORWARD_SENTENCES and not quoted \
                and (first.sentence_index == t.sentence_index or _opens_sentence(view, first)):
            if any(m.label == "TITLE" and _speaks(view, m) for k in range(t.sentence_index + 1, first.sentence_index)
                   for m in view.by_sentence.get(k, ())):
                return None  # `امام جمعه تبریز تصریح کرد ... مدیرکل ... نیز ... گفت. NAME ...`: the nearer post's
            if _counterpart_named(view, first, t, last) or _heads_a_list(view, first) \
                    or _inside_its_words(view, t, first):
                return None
            return first if first.entity_id not in people.holders and not _invoked(view, first) else None
        if quoted:  # past the words the post says, the next sentence may name its speaker
            sentence = view.sentences.get(t.sentence_index)
            k = bisect.bisect_left(people.starts, sentence.end) if sentence is not None else len(people.starts)
            nxt = people.mentions[k] if k < len(people.mentions) else None
            if nxt is not None and nxt.sentence_index == t.sentence_index + 1 and view.same_item(nxt, t) \
                    and nxt.entity_id not in people.holders and _speaker(view, nxt) and not _invoked(view, nxt):
                return nxt  # (not `حرم مطهر حضرت امام‌خمینی (ره) ... گفت`, where the speaker goes unread)
    if j >= 0:
        last = people.mentions[j]
        if view.same_item(last, t) and (last.sentence_index >= t.sentence_index - 1 or anaphoric) \
                and last.entity_id not in people.holders and _speaker(view, last) and not _invoked(view, last) \
                and (last.sentence_index == t.sentence_index or anaphoric or _goes_on(view, t)):
            return last
    return None


THIS_BEFORE = re.compile(r"(?:^|\s)(?:این|همین)\s+$")
THIS_REACH = 8  # characters before a post where its `این` stands


def _inside_its_words(view: DocumentView, t: Mention, person: Mention) -> bool:
    """The post opens words it says (`سرمربی سپاهان ... خاطرنشان کرد: ... نمی‌توانم بگویم ...`)
    and the person is named further on in the same paragraph without speaking: someone the
    speaker talks about (`محرم نویدکیا اسطوره پاس ایران است`), not the speaker."""
    said, named = view.sentences.get(t.sentence_index), view.sentences.get(person.sentence_index)
    return said is not None and named is not None and said.block == named.block \
        and ":" in view.norm.text[t.end:said.end] and not _speaker(view, person)


def _heads_a_list(view: DocumentView, person: Mention) -> bool:
    """The first of a list of names (`سرمربی تیم ... اسامی را اعلام کرد. ... / حسین ابراهیمی، هادی
    عزیزی و ...`): a squad, the candidates, the winners; not the one a lead's post refers to."""
    after = view.next_mention(person)
    return after is not None and after.label == "PERSON" and after.sentence_index == person.sentence_index \
        and view.norm.text[person.end:after.start].strip() in LIST_GAPS


def _invoked(view: DocumentView, person: Mention) -> bool:
    """The departed a text invokes (a name followed by `(ره)`, `(قدس)`), or a notable named by the
    title the guidelines keep (`امام راحل`, `امام خمینی`): no holder of a post a lead names
    (`رئیس موسسه تنظیم نشر آثار امام راحل گفت`: the institute publishes his works)."""
    return DEPARTED.match(view.norm.text, person.end) is not None or bool((person.payload or {}).get("titled_form"))


def _counterpart_named(view: DocumentView, person: Mention, t: Mention, last: Mention) -> bool:
    """The words about the person in their own sentence, before what they say, name another post
    of the body or state the post serves (`سخنگوی وزارت امور خارجه کره شمالی ... / کالین پاول ...
    در حاشیه دیدار با وزیر امور خارجه کره شمالی گفت`): they deal with it from outside, not hold
    its post (the guests they name in their words may hold such posts)."""
    if last is t or last.entity_id is None:
        return False
    sentence = view.sentences.get(person.sentence_index)
    said = view.norm.text.find(":", person.end, sentence.end) if sentence is not None else -1
    stop = said if said >= 0 else (sentence.end if sentence is not None else person.end)
    mentions = [m for m in view.by_sentence.get(person.sentence_index, ()) if m.start < stop]
    for k, m in enumerate(mentions):
        if m.entity_id != last.entity_id or m.id == last.id:
            continue
        j = k - 1
        while j >= 0 and mentions[j].label in BODY_OR_PLACE:
            j -= 1
        if j >= 0 and mentions[j].label == "TITLE" and mentions[j].id != t.id:
            return True
    return False



def _subject_before(view: DocumentView, t: Mention, last: Mention, post: Post, people: "_People",
                    title_holder: dict[str, str]) -> Mention | None:
    """The genre names its subject and calls them by their post in the next sentence: a headline
    then its lead (`گانتز، حماس را ... تهدید کرد` / `رئیس حزب آبی‌وسفید ...`), or one sentence of
    a report then the next (`حداد عادل تصریح کرد: ...` / `رئیس مجلس شورای اسلامی ... گفت`). The
    post opens its sentence (past a dateline or report credit) and names its body or place; the
    sentence before opens with the person and names nobody else, nor a post not theirs
    (`NAME با رئیس جمهور دیدار کرد` / `رئیس جمهور ... گفت` is the other one); in one news item.
    Someone who holds a post of the document already gets another only in the run of their own
    words (below)."""
    opening = view.first_in_sentence(t.sentence_index, PERSON_OR_TITLE)
    if not _post_is_specific(post) or t.sentence_index == 0 or opening is None or opening.id != t.id:
        return None  # (only the sentence's first post or person can open it: a bisection, not a scan)
    sentence = view.sentences.get(t.sentence_index)
    before = view.sentences.get(t.sentence_index - 1)
    if sentence is None or before is None or view.item_of.get(before.index) != view.item_of.get(sentence.index) \
            or _lead_words(view.norm.text[sentence.start:t.start]):
        return None
    others, _ = view.in_sentence(before.index, PERSON_OR_TITLE)
    person = others[0] if others else None
    if person is None or person.label != "PERSON" \
            or _lead_words(view.norm.text[before.start:person.start].strip(" «\"")) \
            or any(m.label == "PERSON" and m.entity_id != person.entity_id
                   or m.label == "TITLE" and title_holder.get(m.id) != person.entity_id for m in others[1:]):
        return None
    said = view.text_after(last, SPEECH_REACH).split(":", 1)[0]
    if ALSO.search(said) or OCCASION.match(said):
        return None  # `استاندار نیز گفت`, `رئیس سازمان ... در این جلسه گفت`: another speaker
    if person.entity_id in people.holders:
        # one who holds a post already is called by another only in the run of their own words:
        # they spoke, and the post opens its sentence with nothing before it and speaks
        # (`ایمانی تصریح کرد: ...` / `عضو مجلس خبرگان رهبری خاطرنشان کرد: ...`)
        alone = not view.norm.text[sentence.start:t.start].strip()
        return person if alone and not _headline(view, before) and _speaker(view, person) and _speaks(view, t) else None
    if _headline(view, before):
        # `تقوی: ...` / `سرمربی تراکتورسازی گفت: ...` is the headline's speaker; a lead that says
        # the headline in its post's words (`احمدی‌نژاد اکثر آرا را ... به دست آورد` / `فرماندار
        # بروجرد گفت: احمدی‌نژاد ...`) is about the one the headline names, not by them
        named_first = HEADLINE_SUBJECT.match(view.norm.text, person.end) is not None
        return person if named_first or not _speaks(view, t) else None
    # in the report's run, a post goes on from someone who spoke (`انصاری افزود: ...` / `رئیس
    # موسسه ... گفت`), or says it goes on (`... افزود`)
    return person if _speaker(view, person) or _goes_on(view, t) else None


HEADLINE_SUBJECT = re.compile(r"\s*[:،,]")  # `گانتز، حماس را ...`, `اتوری: دوست دارم ...`


def _headline(view: DocumentView, sentence) -> bool:
    """A headline: a heading, the first sentence of a news item, or a line of its own that no
    stop ends (a digest's headlines run into the text as paragraphs)."""
    block = view.norm.blocks[sentence.block] if sentence.block < len(view.norm.blocks) else None
    item = view.items[view.item_of[sentence.index]] if sentence.index in view.item_of else None
    if (block is not None and block.kind == "heading") or (item is not None and item.first_sentence == sentence.index):
        return True
    return view.unstopped_line(sentence)


def _sole_speaker(view: DocumentView, t: Mention, last: Mention, people: "_People", title_holder: dict[str, str],
                  posts_of: dict[str, tuple[Post, Mention]]) -> Mention | None:
    """`امام جمعه خرم‌آباد تصریح کرد:` in a news item that names one person alone, who has already
    spoken: the post is theirs, even beside another (a speaker with two posts is named once and
    then called by each of them). Only when the verb of saying follows the post at once, or says
    the speaker goes on (`... با اشاره به ... افزود`): a post that speaks `در این جلسه`, or `نیز`,
    may be someone else's. A bare post is left to the caller's guard."""
    item = view.item_of.get(t.sentence_index)
    sole = people.sole_speaker(view, item) or people.sole_speaker_before(view, item, t.start)
    if sole is None or sole.start >= t.start:
        return None
    said = view.text_after(last, SPEECH_REACH).split(":", 1)[0]
    at_once = len(said.split()) <= SAYING_WORDS and _has_speech_verb(said)
    on_topic = TOPIC_OPENING.match(said) is not None and _has_speech_verb(said)
    if not (at_once or on_topic or _continues(said)) or ALSO.search(said):
        return None
    return None if _listed_beside_theirs(view, t, sole.entity_id, title_holder, posts_of) else sole


def _listed_beside_theirs(view: DocumentView, t: Mention, holder: str, title_holder: dict[str, str],
                          posts_of: dict[str, tuple[Post, Mention]]) -> bool:
    """`با حضور مدیرکل منابع طبیعی استان، بخشدار مرکزی بویراحمد، ...`: the text listed this post
    beside one of the speaker's and gave it no holder, so two people hold them (a second post of
    the same person joined to the first goes to them: `_conjoined_holder`)."""
    key = fold(canonical_title(t))
    titles = [m for m in view.mentions if m.label == "TITLE" and m.id in posts_of]
    for a, b in zip(titles, titles[1:]):
        if LIST_GAP.match(view.norm.text[posts_of[a.id][1].end:b.start]) is None:
            continue
        if any(title_holder.get(mine.id) == holder and other.id not in title_holder
               and fold(canonical_title(other)) == key for mine, other in ((a, b), (b, a))):
            return True
    return False


def _goes_on(view: DocumentView, t: Mention) -> bool:
    """The post's sentence says its speaker goes on (`مدیرکل ... افزود`): the one who spoke before."""
    sentence = view.sentences.get(t.sentence_index)
    return sentence is not None and _continues(view.norm.text[t.start:sentence.end])


class _People:
    """PERSON mentions in document order, their starts, and who holds a post so far (only ever
    added to, as the unnamed posts find holders)."""

    def __init__(self, view: DocumentView, holdings: list[Holding]):
        self.mentions = [m for m in view.mentions if m.label == "PERSON"]
        self.starts = [m.start for m in self.mentions]
        self.holders = {h.person_id for h in holdings}
        self._sole: dict[int | None, Mention | None] = {}

    def sole_speaker(self, view: DocumentView, item: int | None) -> Mention | None:
        """The first mention that speaks of the one person a news item names, if it names one
        alone besides the departed it invokes (`امام خمینی (ره)`), who hold no post of today
        (computed once per item: the item's people are a run of ``mentions``)."""
        if item not in self._sole:
            span = view.items[item] if item is not None and item < len(view.items) else None
            self._sole[item] = None if span is None else self._only_speaker(
                view, bisect.bisect_left(self.starts, span.start), bisect.bisect_right(self.starts, span.end))
        return self._sole[item]

    def sole_speaker_before(self, view: DocumentView, item: int | None, before: int) -> Mention | None:
        """The same for the people the item names before a point: an epithet post (`مشاور هنری
        رییس جمهور ... خاطرنشان کرد`) after the one speaker named so far is theirs, though the item
        names someone else later (`دولت آقای احمدی نژاد`)."""
        span = view.items[item] if item is not None and item < len(view.items) else None
        return None if span is None else self._only_speaker(
            view, bisect.bisect_left(self.starts, span.start), bisect.bisect_left(self.starts, before))

    def _only_speaker(self, view: DocumentView, first: int, last: int) -> Mention | None:
        """Of the person mentions first..last, the first that speaks, if they are all one person
        besides the departed they invoke."""
        run = self.mentions[first:last]
        departed = {m.entity_id for m in run if DEPARTED.match(view.norm.text, m.end)}
        run = [m for m in run if m.entity_id not in departed]
        if not run or len({m.entity_id for m in run}) != 1:
            return None
        return next((m for m in run if _speaker(view, m)), None)


class _PostIndex:
    """The first holding of the same post as an unnamed one: same title, and the same
    organisation and area where the unnamed post names them. Found by key rather than by a scan
    of every holding: each holding is filed under its title with its organisation and area, each
    of them also left open."""
    ANY = object()

    def __init__(self, holdings: list[Holding]):
        self.first: dict[tuple, Holding] = {}
        self.by_stem: dict[str, list[Holding]] = {}
        for h in holdings:
            self.add(h)

    def add(self, h: Holding) -> None:
        title, org, area = fold(h.post.title), h.post.organization_id, h.post.area_id
        for key in ((title, org, area), (title, self.ANY, area), (title, org, self.ANY), (title, self.ANY, self.ANY)):
            self.first.setdefault(key, h)
        self.by_stem.setdefault(_title_stem(h.post.title), []).append(h)

    def first_same(self, post: Post) -> Holding | None:
        found = self.first.get((fold(post.title), self.ANY if post.organization is None else post.organization_id,
                                self.ANY if post.area is None else post.area_id))
        if found is not None or post.organization is None:
            return found
        # The post named again more loosely (`معاون فرهنگ دانشگاه آزاد` after `معاون فرهنگی
        # دانشگاه آزاد اسلامی`, `رئیس پلیس مبارزه با مواد مخدر ناجا` after `... مواد مخدر`): the
        # same title but for an adjective's `ی`, one organisation's name the beginning of the
        # other's, in the same place.
        words = _words(post.organization)
        return next((h for h in self.by_stem.get(_title_stem(post.title), ())
                     if h.post.organization and _begins_alike(_words(h.post.organization), words)
                     and (post.area is None or h.post.area_id == post.area_id)), None)


def _begins_alike(a: list[str], b: list[str]) -> bool:
    """One name is the other's first words, and shares at least two of them, the kind of unit
    they may open with aside (`اداره منابع طبیعی ...` is `منابع طبیعی ...`)."""
    def alike(a: list[str], b: list[str]) -> bool:
        shorter = min(len(a), len(b))
        return shorter >= 2 and a[:shorter] == b[:shorter]
    return alike(a, b) or alike(_without_unit(a), _without_unit(b))


def _without_unit(words: list[str]) -> list[str]:
    found = resources().org_units.match(words, 0)
    return words[found[0]:] if found and found[0] < len(words) else words


def _words(name: str) -> list[str]:
    return [fold(w) for w in name.replace("\u200c", " ").split()]


def _title_stem(title: str) -> str:
    return " ".join(w[:-1] if w.endswith("ی") and len(w) > 3 else w for w in _words(title))


def name_of(entities: dict[str, Entity], m: Mention) -> str:
    """The name of the entity a mention is linked to, else the words of the mention."""
    return entities[m.entity_id].name if m.entity_id in entities else m.text


def _holding(view: DocumentView, person: Mention, t: Mention, last: Mention, post: Post, status: str,
             entities: dict[str, Entity]) -> Holding:
    evidence = view.sentence_evidence(person if person.start < t.start else t, last if last.end > person.end else person)
    name = name_of(entities, person)
    if status == "current" and (former_mark(view, t, last) or _late(view, person)
                                or DEPARTED.match(view.norm.text, person.end)):
        status = "former"  # (the blessing of one departed after the name: `امام خمینی (ره)`)
    return Holding(person.entity_id, name, post, _acting(t.text), status, evidence,
                   [person.id, t.id])


def _late(view: DocumentView, person: Mention) -> bool:
    """`رئیس‌جمهور شهید محمد مرسی`, `مرحوم آیت‌الله ...`: one of the words right before the name
    marks its holder dead (honorifics.tsv kinds late and martyr), so the post is one held before."""
    before = view.previous(person, set(view.positions))
    start = max(0, person.start - LATE_REACH, before.end if before is not None else 0)
    words = view.norm.text[start:person.start].split()[-3:]  # not `شهید` of `رئیس بنیاد شهید NAME`
    phrases = words + [" ".join(pair) for pair in zip(words, words[1:])]  # `زنده یاد` is two words
    return any((found := resources().honorifics.get(fold(phrase))) and found.get("kind") in LATE for phrase in phrases)


LATE = frozenset({"late", "martyr"})
LATE_REACH = 40  # characters before a name searched for `شهید`, `مرحوم` (and honorifics between: `شهید آیت‌الله`)


def dedupe_holdings(holdings: list[Holding]) -> list[Holding]:
    """One holding per person and post, the first, with every title mention of the others; a bare
    post folds into the same title held with a body or a place."""
    seen: dict[tuple[str, str], tuple[Holding, set[str]]] = {}
    for h in holdings:
        key = (h.person_id, h.post.id)
        if key not in seen:
            seen[key] = (h, set(h.mentions))
            continue
        kept, ids = seen[key]
        for mention_id in h.mentions:
            if mention_id not in ids:
                ids.add(mention_id)
                kept.mentions.append(mention_id)
    kept = [h for h, _ in seen.values()]
    # A bare post (`رئیس`, no body, no place) of someone who holds the same title with its body
    # or place in this document is that post named short: one holding, with both mentions.
    same_post: dict[tuple[str, str], list[Holding]] = {}  # a person's holdings of one title, in order
    by_person: dict[str, list[Holding]] = {}
    for h in kept:
        same_post.setdefault((h.person_id, fold(h.post.title)), []).append(h)
        by_person.setdefault(h.person_id, []).append(h)
    out = []
    for h in kept:
        group = same_post[(h.person_id, fold(h.post.title))]
        fuller = (next((o for o in group if not bare_post(o.post)), None) or _title_in_full(h, by_person[h.person_id])) \
            if bare_post(h.post) else _named_in_full(h, group) or _title_in_full(h, by_person[h.person_id]) \
            or _synonym_before(h, by_person[h.person_id]) or _with_its_body(h, group) or _with_its_place(h, group) \
            or _same_seat(h, group)
        if fuller is None:
            out.append(h)
            continue
        fuller.mentions.extend(m for m in h.mentions if m not in fuller.mentions)
    return out


def bare_post(post: Post) -> bool:
    """A post that names no body and no place (`رئیس`, `فرماندار`): the title alone."""
    return not (post.organization or post.area)


def _with_its_body(h: Holding, same_title: list[Holding]) -> Holding | None:
    """The same title and place held with its body named (`نماینده مردم تهران` and `نماینده مردم
    تهران ... در مجلس شورای اسلامی`): the post without the body is that one named short."""
    if h.post.organization or not h.post.area:
        return None
    return next((o for o in same_title if o is not h and o.post.organization
                 and (o.post.area_id, o.post.area) == (h.post.area_id, h.post.area)), None)


def _same_seat(h: Holding, same_title: list[Holding]) -> Holding | None:
    """A people's deputy of one constituency in two parliaments' names (`مجلس شورای اسلامی`, `مجلس
    هفتم`, its term): one seat, the first found."""
    if fold(h.post.title) != fold(PEOPLES_DEPUTY) or not h.post.area or not _parliament(h.post.organization or ""):
        return None
    for o in same_title:
        if o is h:
            return None
        if o.post.area_id == h.post.area_id and o.post.area == h.post.area and _parliament(o.post.organization or ""):
            return o
    return None


def _with_its_place(h: Holding, same_title: list[Holding]) -> Holding | None:
    """The same title and body held with its place named (`مسئول ستاد ارتحال امام` and `مسئول ستاد
    ارتحال امام در شهرستان فردوس`): the post without the place is that one named short."""
    if h.post.area or not h.post.organization:
        return None
    return next((o for o in same_title if o is not h and o.post.area
                 and fold(o.post.organization or "") == fold(h.post.organization)), None)


def _synonym_before(h: Holding, theirs: list[Holding]) -> Holding | None:
    """The same person's holding, found before, of the same body and place under a title that
    says the same (`مدیر کمیته امداد شهرستان چگنی`, later `رئیس کمیته امداد ...`): one post."""
    if fold(h.post.title) not in HEAD_SYNONYMS or not h.post.organization:
        return None
    for o in theirs:
        if o is h:
            return None
        if fold(o.post.title) in HEAD_SYNONYMS and fold(o.post.title) != fold(h.post.title) \
                and o.post.organization == h.post.organization and o.post.area == h.post.area:
            return o
    return None


HEAD_SYNONYMS = frozenset(fold(w) for w in ("رئیس", "مدیر"))  # the head of one body, said either way


def _title_in_full(h: Holding, theirs: list[Holding]) -> Holding | None:
    """Of the same person's holdings, one whose title says h's in more words, with the same body
    and place (`معاون استاندار مازندران` after `معاون سیاسی امنیتی استاندار مازندران`): the post
    named short, one holding."""
    words = _words(h.post.title)
    bare = bare_post(h.post)
    for o in theirs:
        longer = _words(o.post.title)
        # (`امام جمعه موقت`: the interim post says `امام جمعه` in more words too)
        core = longer[:-1] if longer[-1] in INTERIM_WORDS else longer
        if o is not h and len(longer) > len(words) and longer[0] == words[0] and (core[-1] == words[-1] or len(words) == 1) \
                and (bare and len(words) == 1
                     or o.post.organization_id == h.post.organization_id and o.post.area_id == h.post.area_id) \
                and _in_order(words, longer):
            # (a one-word title with its body or place is the longer one's head: `نماینده` of
            # `نماینده مردم اردبیل`; a bare one, any longer post's of that head: `داورزنی معاون و
            # رئیس مجمع` after `معاون توسعه ورزش قهرمانی ... وزارت ورزش`)
            return o
    return None


INTERIM_WORDS = frozenset({fold("موقت")})


def _in_order(words: list[str], longer: list[str]) -> bool:
    """Every word of ``words`` in ``longer``, in the same order."""
    rest = iter(longer)
    return all(w in rest for w in words)


def _named_in_full(h: Holding, same_post: list[Holding]) -> Holding | None:
    """Of the same person's holdings of the same title (``same_post``), the one with its body
    named in more words (`معاون ... استانداری` after `معاون ... استانداری تهران`): the body named
    short, one holding. Not when the places differ."""
    if not h.post.organization or len(same_post) < 2:
        return None
    words = _words(h.post.organization)
    fuller = [o for o in same_post if o is not h and o.post.organization
              and len(_words(o.post.organization)) > len(words)
              and _says_in_more_words(words, _words(o.post.organization))
              and (h.post.area_id is None or h.post.area_id == o.post.area_id)]
    return max(fuller, key=lambda o: len(_words(o.post.organization)), default=None)  # (the fullest, which stays)


def _says_in_more_words(words: list[str], longer: list[str]) -> bool:
    """A body's longer name says the shorter one: it starts with it (`استانداری` + ` تهران`), or
    it has the same head and every word of it in order (`اداره ارشاد اسلامی` in `اداره فرهنگ و
    ارشاد اسلامی`, `... آموزش و پرورش` in `... وزارت آموزش و پرورش`), or it ends with it (`بوریرام`
    of `تیم فوتبال بوریرام`)."""
    return longer[:len(words)] == words or longer[0] == words[0] and _in_order(words, longer) \
        or longer[-len(words):] == words
