"""Figures: a number with its unit, the measure it describes, what it is about, who said it, when.

The measure is the nearest measure term (`loader/data/gazetteers/measures.tsv`) before the
number in its sentence, else the noun phrase counted right after it; the subject is the province
or city the sentence names (or a state it names shortly before the figure), else the province the
article last named when the one who states the figure holds a post there (provincial news stays
in its province, as its official tells it), and none for a span of time or a length. A figure with none is kept and flagged `unattached` rather than guessed: an organisation
the sentence merely names was the figure's subject for one figure in four it was given to on the
dev gold, the body its speaker heads for one in seven.
"""
from __future__ import annotations

import bisect
import math
import re
from decimal import Decimal
from fractions import Fraction

from loader.facts.model import Entity, Figure, Holding, Mention
from loader.facts.speakers import name_colon
from loader.ner.numbers import CARDINALS, exact_number
from loader.ner.units import counted_by_classifier, to_rial
from loader.facts.view import DocumentView
from loader.ids import figure_id
from loader.ner.resources import resources
from loader.ner.tokens import COMMA, is_verb, light_verb
from loader.normalize.lexicon import get_lexicon
from loader.text_keys import fold

MEASURE_WINDOW = 80
BASELINE = re.compile(r"نسبت\s+به\s*$")
CURRENCY_UNITS = {"toman", "rial"}
RIAL_PER = {"rial": 1, "toman": 10}
COUNTRY = "COUNTRY"
PLACES, DATE = frozenset({"PROVINCE", "CITY", COUNTRY}), frozenset({"DATE"})


def find_figures(view: DocumentView, entities: dict[str, Entity], speakers: dict[int, str | None],
                 holdings: list[Holding], title_holder: dict[str, str]) -> list[Figure]:
    figures = []
    served: dict[str, set[str]] = {}  # the places each person holds a post in
    for h in holdings:
        served.setdefault(h.person_id, set()).update(a for a in (h.post.area_id, *h.post.more_area_ids) if a)
    restated = _restated_in_body(view, speakers)
    own_dates: dict[int, tuple[list[Mention], list[int]]] = {}
    for m in view.mentions:
        if m.label not in ("MONEY", "PERCENT", "QUANTITY"):
            continue
        qty = m.payload.get("quantity")
        number = m.payload.get("number")
        if qty is not None:
            value, unit, qualifier, exact = qty.value, qty.unit, qty.qualifier, qty.exact
            if unit is None and qty.implied_currency:
                unit = "currency"
        elif number is not None:
            value, unit, qualifier, exact = number.value, None, None, exact_number(number.text)
        else:
            continue
        value_rial = to_rial(value, unit) if unit in CURRENCY_UNITS else None
        exact_rial = exact * RIAL_PER[unit] if exact is not None and unit in CURRENCY_UNITS else None
        if _in_title(view, m):
            # the headline is the agency's own words, whoever said the figure below it, but for
            # the words it quotes (`ابراهیمی: تعیین عوارض ...`, `استاندار خوزستان: ۱۵ هزار واحد ...`)
            speaker = name_colon(view, m.sentence_index, title_holder)
        else:
            speaker = speakers.get(m.sentence_index)
            if speaker is None and _in_heading(view, m) \
                    and (_heads_its_item(view, m) or _one_voice(view, speakers, m.sentence_index)):
                speaker = restated.get((view.item_of.get(m.sentence_index), value))
        subject = _subject(view, m, entities, unit, served.get(speaker, frozenset()))
        period = _period(view, m, own_dates)
        figures.append(Figure(
            id=figure_id(m.id), text=m.text, value=_finite(value), unit=unit, kind=m.label,
            measure=_measure(view, m), subject_id=subject.id if subject else None,
            subject=subject.name if subject else None, subject_label=subject.label if subject else None,
            stated_by_id=speaker, stated_by=entities[speaker].name if speaker in entities else None,
            period=period[0], period_start=period[1], period_end=period[2],
            value_rial=_finite(value_rial), unattached=subject is None, qualifier=qualifier,
            evidence=view.evidence(m.start, m.end, m.sentence_index),
            value_exact=exact_text(exact), value_rial_exact=exact_text(exact_rial),
            out_of_range=not math.isfinite(value)))
    return _once(figures)


def _once(figures: list[Figure]) -> list[Figure]:
    """A figure stated twice in one document (a pull quote, a headline over its paragraph) is one
    figure with both places it is stated."""
    kept: dict[tuple, Figure] = {}
    for f in figures:
        key = (f.value, f.unit, f.kind, f.measure, f.subject_id, f.stated_by_id, f.period)
        if key in kept:
            kept[key].also.append(f.evidence)
        else:
            kept[key] = f
    return list(kept.values())


def _in_heading(view: DocumentView, m: Mention) -> bool:
    sentence = view.sentences.get(m.sentence_index)
    return sentence is not None and view.norm.blocks[sentence.block].kind == "heading"


def _heads_its_item(view: DocumentView, m: Mention) -> bool:
    """In the heading a news item opens with (a digest's item), not a subheading inside one (`*
    20 درصد پزشکان به قانون تمکین کردند` between the words of several officials: the reporter's
    own, whoever says the figure below it)."""
    sentence = view.sentences.get(m.sentence_index)
    item = view.items[view.item_of[m.sentence_index]] if m.sentence_index in view.item_of else None
    return sentence is not None and item is not None \
        and all(view.norm.blocks[view.sentences[i].block].kind == "heading"
                for i in range(item.first_sentence, m.sentence_index + 1) if i in view.sentences)


def _one_voice(view: DocumentView, speakers: dict[int, str | None], sentence_index: int) -> bool:
    """Everything said in the sentence's news item is said by one person (an interview written
    out as a report): its subheadings sum up that person's words."""
    item = view.item_of.get(sentence_index)
    voices = {who for i, who in speakers.items() if who and view.item_of.get(i) == item}
    return len(voices) == 1


def _in_title(view: DocumentView, m: Mention) -> bool:
    """In the document's title: its first block, a heading (a web article's headline; a digest's
    item headings come later and speak for the item)."""
    sentence = view.sentences.get(m.sentence_index)
    return sentence is not None and sentence.block == 0 and view.norm.blocks[0].kind == "heading"


def _restated_in_body(view: DocumentView, speakers: dict[int, str | None]) -> dict[tuple, str]:
    """(news item, value) → the speaker who states that figure in the item's body: a headline's
    figure that restates it is theirs (`پرداخت 11000 میلیارد تومان ...` over `... 11 هزار
    میلیارد تومان ...` said by the official)."""
    found: dict[tuple, str] = {}
    for m in view.mentions:
        if m.label not in ("MONEY", "PERCENT", "QUANTITY") or _in_heading(view, m):
            continue
        qty, number = m.payload.get("quantity"), m.payload.get("number")
        value = qty.value if qty is not None else (number.value if number is not None else None)
        speaker = speakers.get(m.sentence_index)
        if value is not None and speaker:
            found.setdefault((view.item_of.get(m.sentence_index), value), speaker)
    return found


def _finite(value: float | None) -> float | None:
    """A float a query can use, or None: never infinity or NaN (invalid JSON, wrong sums)."""
    return value if value is not None and math.isfinite(value) else None


def exact_text(value: Fraction | None) -> str | None:
    """Integer or decimal text of an exact value (``1250000000000``, ``7.27``), a fraction
    (``1/3``) when no decimal is exact. Decimal does the printing: Python's int refuses to print
    more than 4,300 digits."""
    if value is None:
        return None
    denominator, twos, fives = value.denominator, 0, 0
    while denominator % 2 == 0:
        denominator, twos = denominator // 2, twos + 1
    while denominator % 5 == 0:
        denominator, fives = denominator // 5, fives + 1
    if denominator != 1:
        return f"{Decimal(value.numerator)}/{Decimal(value.denominator)}"
    places = max(twos, fives)
    _, digits, _ = Decimal(abs(value.numerator) * 10 ** places // value.denominator).as_tuple()
    return format(Decimal((value < 0, digits, -places)), "f")  # built from its digits: no rounding


SPANS = frozenset({"year", "month", "week", "day", "hour", "minute", "kilometer", "meter", "square_meter"})
OTHER_SIDE = re.compile(r"(?:^|\s)(?:به|با|از|بر|علیه|برای)(?:\s+کشور(?:های)?)?\s+$")
TARGETED = re.compile(r"(?:^|\s)(?:بر|علیه)\s+$")  # `on`, `against` right before the place


def _subject(view: DocumentView, m: Mention, entities: dict[str, Entity], unit: str | None,
             speakers_places: set[str] | frozenset) -> Entity | None:
    if unit in SPANS:
        # `سه روز سخنرانی`, `90 دقیقه`, `12 کیلومتری محور`: a span of time or a length is about no
        # place the sentence names (the dev gold gave one to about one such figure in five
        # it went to) nor the province of the news (3 of 41)
        return None
    places, starts = view.in_sentence(m.sentence_index, PLACES)
    reported = [p for p in places if not view.bureau(p)]
    if len(reported) < len(places) and (any(p.label != COUNTRY for p in reported) or all(
            p.payload.get("kind") == CAPITAL for p in places if p not in reported)):
        # `در گفت‌وگو با خبرگزاری فارس از شهرستان ساری ...: ... در شهرستان قائم‌شهر`: the bureau's
        # town is where the news was filed, not what it counts, when the sentence names another;
        # a province's capital named alone leaves the figure to the province its speaker serves
        # (`... با خبرنگار فارس در سنندج افزود: 3 میلیارد ریال`), a county's town is its subject
        # (`خبرنگار فارس در اندیمشک`: the town's own news)
        places, starts = reported, [p.start for p in reported]
    before = bisect.bisect_left(starts, m.start)
    place = places[before - 1] if before else (places[0] if places else None)
    if place is not None and place.label == COUNTRY and not (before and _state_about(view, m, place)):
        # (a state nearest before it that is not what it is about leaves it with no place: a town
        # or province further back was its subject less often than not, on the dev gold)
        place = None
    if place is not None and not before and TARGETED.search(view.norm.text[max(m.end, place.start - 8):place.start]):
        # `... با داشتن 200 کلاهک اتمی ... برای اعمال فشار بر تهران`: the place the sentence acts
        # on after the figure is not what the figure is about
        place = None
    if place is None:
        # Provincial news stays in its province, as its official says it (a town named sentences
        # ago does not carry over); the province is the figure's subject only when the one who
        # states it holds a post there: on the dev gold such a province was right three times in
        # five, any other one times in four.
        place = view.previous(m, {"PROVINCE"})
        if place is not None and place.entity_id not in speakers_places:
            place = None
    # (no body the sentence merely names: on the dev gold it was the figure's subject for one
    # figure in four it was given to, `هیئت مدیره` for a festival's threshold; nor the body a
    # speaker heads with no area, which the dev gold gave one figure in seven it went to)
    return entities.get(place.entity_id) if place is not None and place.entity_id else None


CAPITAL = "capital"  # cities.tsv kind of a province's capital


def _state_about(view: DocumentView, m: Mention, state: Mention) -> bool:
    """A state is what a figure is about only named shortly before it (`ایران قبلا 900 کیلومتر
    ...`, `ذخایر طلای ژاپن ... 71/2 میلیارد دلار`), not as the other side (`صادرات به کشور
    افغانستان`, `با ایران`) nor where the figure counts states (`دو کشور`). Measured on the dev
    gold: a state named after the figure, or further before it, was its subject about as often as
    not; one named shortly before, twice as often."""
    if m.start - state.end > STATE_REACH or COUNTED_STATES.search(m.text):
        return False
    if OTHER_SIDE.search(view.norm.text[max(0, state.start - 12):state.start]):
        return False
    return True


STATE_REACH = 40  # characters from a state's name to the figure it is the subject of
COUNTED_STATES = re.compile(r"\sکشور")  # `دو کشور`, `21 کشور آفریقایی`: states counted


def _period(view: DocumentView, m: Mention, own_dates: dict) -> tuple[str | None, str | None, str | None]:
    own, starts = _own_dates(view, m.sentence_index, own_dates)
    if not own:
        return None, None, None
    nearest = _nearest(own, starts, m.start)
    date = nearest.payload["date"]
    if not date.start_date:
        return nearest.text, None, None
    if date.precision == "year":
        label = str(date.year)
    elif date.precision == "month":
        label = date.start_date[:7]
    elif date.precision == "day":
        label = date.start_date
    else:
        label = f"{date.start_date}..{date.end_date or ''}"
    return label, date.start_date, date.end_date


def _own_dates(view: DocumentView, sentence_index: int, cache: dict) -> tuple[list[Mention], list[int]]:
    """A sentence's dates that can be a figure's period and their starts, computed once per sentence."""
    if sentence_index not in cache:
        dates = [x for x in view.in_sentence(sentence_index, DATE)[0] if x.payload.get("date")]
        # `در سال 1401 نسبت به سال 1400`: the year compared against is not the figure's period.
        own = [d for d in dates if not BASELINE.search(view.norm.text[max(0, d.start - 12):d.start])] or dates
        cache[sentence_index] = (own, [d.start for d in own])
    return cache[sentence_index]


def _nearest(dates: list[Mention], starts: list[int], start: int) -> Mention:
    """The date starting nearest ``start``, the earlier one on a tie (``dates`` are in order)."""
    i = bisect.bisect_left(starts, start)
    if i == 0 or (i < len(starts) and starts[i] - start < start - starts[i - 1]):
        return dates[i]
    return dates[bisect.bisect_left(starts, starts[i - 1])]


def _measure(view: DocumentView, m: Mention) -> str | None:
    """The measure term right after the figure (`... ریال مستمری`), else the closest before it.
    Not a word of a name, a post or another figure (`رئیس اداره منابع طبیعی ... 51400 متر مربع`,
    `10 درصد از این سه هزار کتاب`), nor `نسبت به` ('compared with')."""
    res = resources()
    sentence = view.sentences.get(m.sentence_index)
    ceiling = sentence.end if sentence else len(view.norm.text)
    after = _free_words(view, m, m.end, min(ceiling, m.end + 40))
    after_keys = [fold(w) for w in after]
    fits = _fitting(m)
    floor = max(sentence.start if sentence else 0, m.start - MEASURE_WINDOW)
    # `با اشاره به کاهش بارندگی‌ها تصریح کرد: میزان بارش‌ها ۴۰ درصد کمتر ...`: the words quoted
    # after a colon are their own clause; what the lead-in before it names measures nothing there
    floor = view.norm.text.rfind(":", floor, m.start) + 1 or floor
    before = _free_words(view, m, floor, m.start)
    if (described := _noun_described(view, m, before)) is not None:
        return described
    # the noun a count names inside it (`54 داروخانه افزایش یافت`: pharmacies, not the increase)
    inside = _counted_noun(view, m)
    if inside:
        return inside
    reached = LEVEL_REACHED.search(view.norm.text, floor, m.start) is not None

    def measures_change(term: str) -> bool:  # a change after the level reached measures nothing
        return reached and fold(term) in CHANGES

    found = res.measures.match(after_keys, 0) if after_keys else None
    if found and _measure_here(after_keys, 0, found[0]) and fits(found[1]) \
            and not measures_change(" ".join(after[:found[0]])):
        return " ".join(after[:found[0]])
    counted = _noun_after(view, m, after)
    if counted and not measures_change(counted):
        return counted
    keys = [_without_indefinite(fold(w), res) for w in before]
    best = None  # (end, length, text): the closest measure, and of those the longest
    for i in range(len(keys)):
        found = res.measures.match(keys, i)
        if found and _measure_here(keys, i, found[0]) and fits(found[1]) and not _after_another_figure(keys, i) \
                and (best is None or (found[0], found[0] - i) > best[:2]):
            best = (found[0], found[0] - i, " ".join(before[i:found[0]]))
    if best:
        return best[2]
    if (numbered := _number_of(m, before)) is not None:
        return numbered
    for i in range(1, min(3, len(after))):
        if after_keys[i - 1] in NEXT_ITEM and after_keys[i] not in MORE_OR_LESS:
            break  # `منجر به شهادت دو نفر و مجروح شدن عده‌ای`: the words after `و` are another item's
        if after_keys[i - 1] == OF and after_keys[i - 2 if i >= 2 else 0] in MORE_OR_LESS:
            break  # `۴۰ درصد کمتر از میانگین`: what the figure is compared with, not what it measures
        found = res.measures.match(after_keys, i)
        if found and _measure_here(after_keys, i, found[0]) and fits(found[1]) \
                and not measures_change(" ".join(after[i:found[0]])):
            return " ".join(after[i:found[0]])
    return None


NEXT_ITEM = frozenset({fold("و"), "،", ","})  # what opens the next item of a list
# `تا 20 هزار تومان و بالاتر ارزش دارد`: `و` then a bound of the same figure, no next item
MORE_OR_LESS = frozenset(fold(w) for w in ("بیشتر", "بالاتر", "کمتر", "پایین‌تر", "بیش", "کم"))
# `به 9.8 درصد کاهش یافت`, `از 360 هزار تومان به 1.6 میلیون تومان افزایش یافت`: after `به` the
# figure is the level reached, and the change after it measures nothing; what changed is named before
LEVEL_REACHED = re.compile(r"(?:^|\s)به\s*$")
CHANGES = frozenset(fold(w) for w in ("افزایش", "کاهش", "رشد", "افت"))


def _noun_described(view: DocumentView, m: Mention, before: list[str]) -> str | None:
    """A number made an adjective describes the noun before it: a span of time says how long it
    lasts (`جنگ تحمیلی 8 ساله`, `سفر دو روزه`, `چارچوب زمانی 45 روزه`), `گانه` or `نفره` how many
    it is or has (`مناطق 22 گانه`, `لیست 18 نفره`); that noun, with the one adjective after it, is the measure."""
    qty = m.payload.get("quantity")
    words = _unit_words(view, m, qty) if qty is not None else []
    if qty is None or len(words) != 1 or not before or not (
            qty.unit_kind == DURATION and fold(words[0]) in LASTING_UNITS or fold(words[0]) in HOW_MANY_SUFFIXES):
        return None
    last = before[-1]
    if len(before) >= 2 and _adjective(last) and _noun(before[-2]):
        return f"{before[-2]} {last}"
    if len(before) >= 2 and fold(before[-2]) == TO and fold(last) in MANNER_NOUNS:
        return None  # `به صورت 24 ساعته`: how something is done, not a thing that lasts
    return last if _noun(last) and not _adjective(last) else None


def _number_of(m: Mention, before: list[str]) -> str | None:
    """`تعداد محکومان پرونده‌های قاچاق را 35 نفر اعلام کرد`, `تعداد خادمان اعزامی ... 591 نفر است`:
    a count of people or things the sentence opened with `تعداد` (`شمار`) counts the noun after
    that word, with the one adjective after it."""
    qty = m.payload.get("quantity")
    if qty is None or qty.unit_kind != COUNT:
        return None
    at = next((j for j in range(len(before) - 2, -1, -1) if fold(before[j]) in NUMBER_OF), None)
    if at is None or not _noun(before[at + 1]) or _adjective(before[at + 1]):
        return None
    following = before[at + 2] if at + 2 < len(before) else ""
    # (and the second half of a compound written apart: `شمار دانش آموزان`)
    joined = following and _noun(f"{before[at + 1]}\u200c{following}")
    return f"{before[at + 1]} {following}" if following and (_adjective(following) or joined) else before[at + 1]


NUMBER_OF = frozenset(fold(w) for w in ("تعداد", "شمار"))


def _noun(word: str) -> bool:
    """A noun the dictionary knows, no function word, number, adverb or verb (`\u2063` stands for
    the words of another mention)."""
    lexicon, res = get_lexicon(), resources()
    tags = _dictionary_tags(word)
    return word not in (OTHER_MENTION, OTHER_FIGURE) and fold(word) not in res.function_words and fold(word) not in CARDINALS \
        and "N" in tags and not tags & ADVERBIAL_TAGS and not is_verb(word, lexicon, res.auxiliaries)


def _dictionary_tags(word: str) -> frozenset[str]:
    """The lexicon's tags of a word as written, without its ZWNJs (the lexicon lists compounds with
    theirs: `دانش‌آموز`), or of its singular (`مادران`, `دانشجویان`); a form tagged only `0`,
    unknown, is passed over for the next."""
    forms = (word, word.replace("\u200c", ""))
    return next((t for t in map(get_lexicon().tags, (*forms, *map(_singular, forms))) if t - UNKNOWN_TAG), frozenset())


def _singular(word: str) -> str:
    """The word without a plural ending (`مادران`, `دانشجویان`, `نامه‌ها`), or the word itself."""
    return next((word[: -len(e)].rstrip("\u200c") for e in PLURALS if word.endswith(e) and len(word) > len(e) + 2), word)


def _adjective(word: str) -> bool:
    """A nisba adjective (`تحمیلی`, `زمانی`, `اعزامی`): the lexicon tags few of them, so by their nouns."""
    lexicon, plain = get_lexicon(), word.replace("\u200c", "")
    return plain.endswith(ADJECTIVE_ENDING) and fold(plain[:-1]) not in CARDINALS \
        and ("AJ" in lexicon.tags(plain) or "N" in lexicon.tags(plain[:-1]))


DURATION = "duration"
HOW_MANY_SUFFIXES = frozenset(fold(w) for w in ("گانه", "نفره"))  # `مناطق 22 گانه`, `لیست 18 نفره`: of the noun before
ADVERBIAL_TAGS = frozenset({"ADV", "DET"})  # `حداکثر شش ماهه`: at most, no noun
MANNER_NOUNS = frozenset(fold(w) for w in ("صورت", "شکل", "طور"))
LASTING_UNITS = frozenset(fold(w) for w in ("ساله", "روزه", "ماهه", "ساعته"))  # a span of time made an adjective


def _without_indefinite(key: str, res) -> str:
    """`اعتباری بالغ بر ...`, `جمعیتی`: a noun measure of money or people made indefinite is
    still the term (not a rate's `افزایشی`, `کاهشی`, adjectives as often)."""
    for ending in INDEFINITE_ENDINGS:
        stem = key[: -len(ending)]
        if key.endswith(ending) and (found := res.measures.match([stem], 0)) and found[0] == 1 \
                and found[1].get("kind") in INDEFINITE_KINDS:
            return stem
    return key


INDEFINITE_ENDINGS = ("ای", "ی")  # (keys are folded: `‌ای` is `ای`)
INDEFINITE_KINDS = frozenset({"money", "population"})


def _fitting(m: Mention):
    """Which measure terms may measure the figure: a duration's (`مدت`) only a figure in a unit of
    time, a size's (`مساحت`, `فاصله`) only one in a unit of area, length, weight or volume (`در
    این مدت ۲ میلیون نفر`: people, not a duration), a rank's (`رتبه`) only a bare number, a
    project's progress (`پیشرفت فیزیکی`) only a percentage, money's (`سود`, `بدهی`) no span of time;
    the others any figure."""
    qty = m.payload.get("quantity")
    unit_kind = qty.unit_kind if qty is not None else None

    def fits(entry: dict) -> bool:
        allowed = UNIT_KINDS_OF.get(entry.get("kind"))
        return (allowed is None or unit_kind in allowed) and unit_kind not in UNIT_KINDS_NOT_OF.get(entry.get("kind"), ())
    return fits


UNIT_KINDS_OF = {"duration": {"duration"}, "size": {"area", "length", "weight", "volume"},
                 "rank": {None},  # (a rank is a bare number: `760 میلیارد دلاری در رتبه سوم` is an output)
                 "progress": {"percent"}}  # (`30 درصد پیشرفت`; `3 میلیارد تومان` of a project is its cost)
UNIT_KINDS_NOT_OF = {"money": {"duration"}}  # (`به سود ذوب آهن ... دو دقیقه بعد`: no profit lasts)


def _counted_noun(view: DocumentView, m: Mention) -> str | None:
    """What a count counts, where no unit measures it: the noun after its number inside the
    figure (`8 کارخانه کمپوست`, `24 روستا`, `هزار دانشجو`), the measure whatever the sentence says
    before; not a count's word for its items (`326 نفر`, `14 دستگاه`), but the noun after it
    (`35 دستگاه رایانه`)."""
    qty = m.payload.get("quantity")
    if qty is None or not m.start <= qty.number_end < m.end or not (
            qty.unit == COUNTED or qty.unit_kind == COUNT and qty.unit != TIMES):
        return None
    words = _unit_words(view, m, qty)
    if words and counted_by_classifier(words[0], qty.unit):
        if len(words) == 1 or qty.unit not in ITEM_IS_ELSEWHERE and _only_adjective(words[1]):
            # (`3 هزار و 500 واحد مسکونی`: an adjective alone says what kind of item the count's word is)
            return " ".join(words) if len(words) > 1 else None
        words = words[1:]
    return " ".join(words) or None


def _unit_words(view: DocumentView, m: Mention, qty) -> list[str]:
    """The figure's words after its number: its unit, or the noun it counts."""
    return view.norm.text[qty.number_end:m.end].split()


COUNTED, COUNT, TIMES = "other", "count", "times"  # (`سه بار` counts occasions of what the sentence says)


def _noun_after(view: DocumentView, m: Mention, after: list[str]) -> str | None:
    """The noun right after a share or a count in a word for its items: what it is a share of or
    counts (`70 درصد زباله‌ها`, `182 نفر پرستار`, `40 نفر شرکت‌کننده`); not a preposition, a
    conjunction, a verb or a compound verb's noun (`40 نفر در ...`, `10 نفر شرکت کردند`), nor a
    word uncounted_words.tsv lists (`بیشتر`, `شامل`, `مواجه`)."""
    qty = m.payload.get("quantity")
    if qty is None or not after or not (qty.unit == PERCENT_UNIT or _classified(view, m, qty) or _measured(view, m, qty)):
        return None
    if fold(after[0]) == OF and len(after) > 1:  # `44 درصد از این نامه‌ها`: a share of them
        if qty.unit_kind == LENGTH:
            return None  # `200 کیلومتر از مرکز استان`: a distance from a place, no length of it
        pointed = fold(after[1]) in DEMONSTRATIVE_KEYS
        after = after[2:] if pointed or fold(after[1]) in TOTAL_KEYS else after[1:]
        if not after:
            return None
        plain_after = after[0].rstrip("،,.:؛)»\"").replace("\u200c", "")
        if pointed and not plain_after.endswith(PLURALS):
            return None  # `787 نفر از این دانشگاه فارغ‌التحصیل شده‌اند`: from it, no share of it
    word = after[0].rstrip("،,.:؛)»\"")
    key, plain = fold(word), word.replace("\u200c", "")
    res, lexicon = resources(), get_lexicon()
    if word in CARDINALS or key in CARDINALS:
        return None  # (`هشت کیلومتر از چهار خطه`: another number)
    plural = _singular(plain) != plain
    tags = _dictionary_tags(word)
    agent = word.endswith(AGENT_ENDINGS)  # `شرکت‌کننده`, `دریافت‌کنندگان`: no lexicon lists them all
    if not word or key in res.function_words or key in res.uncounted_words or not (agent or "N" in tags) \
            or tags & NON_NOUN_TAGS or is_verb(word, lexicon, res.auxiliaries):
        return None
    following = after[1].rstrip("،,.:؛)»\"").replace("\u200c", "") if len(after) > 1 else ""
    if not plural and (light_verb(following, res) or following in res.auxiliaries):
        return None  # `شرکت کردند`, `کشته شدند`, `مستقر است`: a verb's noun or a predicate (no plural is one)
    if qty.unit not in ITEM_IS_ELSEWHERE and _classified(view, m, qty) and _only_adjective(word):
        # `3 هزار و 500 واحد مسکونی`, `441 واحد صنعتی`: the adjective says what kind of item the
        # count's word is; the item is the measure (not `مسکونی`, an adjective alone)
        return f"{_unit_words(view, m, qty)[0]} {word}"
    return word


# (`20 نفر خارجی`: people, the adjective says which; `50 مورد مسکونی`: cases, of what the sentence
# says; `یک نوع شیرینی`: a kind of the thing named after it)
ITEM_IS_ELSEWHERE = frozenset({"person", "case", "type"})


def _only_adjective(word: str) -> bool:
    """A nisba adjective the lexicon tags so (`مسکونی`, `صنعتی`), or one of a noun whose adjective it
    does not list (`تجاری`, `روستایی`); not a noun that merely ends in `ی` (`کشتی`)."""
    plain = word.replace("\u200c", "")
    tags = get_lexicon().tags(plain) - UNKNOWN_TAG
    return plain.endswith(ADJECTIVE_ENDING) and ("AJ" in tags or not tags and _adjective(word))


PERCENT_UNIT = "percent"
OF = fold("از")
DEMONSTRATIVE_KEYS = frozenset(fold(w) for w in ("این", "آن", "همین", "همان"))
TOTAL_KEYS = frozenset(fold(w) for w in ("مجموع", "کل"))  # `8 هزار نفر از مجموع 35 هزار فرهنگی`: a share of the whole
AGENT_ENDINGS = ("کننده", "کنندگان", "دهنده", "دهندگان", "گیرنده", "گیرندگان")
PLURALS = ("های", "ها", "یان", "ان")  # (`دانشجویان` of `دانشجو`: the glide before `ان`)
NON_NOUN_TAGS = frozenset({"P", "CONJ", "PRO", "DET", "POSTP"})
UNKNOWN_TAG = frozenset({"0"})


def _measured(view: DocumentView, m: Mention, qty) -> bool:
    """The figure ends in a unit of weight, volume, area or length written as a noun (`500 تن`,
    `27 میلیون بشکه`, `40 هزار هکتار`): the noun after it is what is measured (`گندم`, `نفت`); not
    the unit made an adjective (`12 کیلومتری محور`, `پل 200 متری`), which places or describes."""
    words = _unit_words(view, m, qty)
    return qty.unit_kind in MEASURED_KINDS and len(words) == 1 and not words[0].endswith(ADJECTIVE_ENDING)


LENGTH = "length"
MEASURED_KINDS = frozenset({"weight", "volume", "area", LENGTH})
ADJECTIVE_ENDING = "ی"


def _classified(view: DocumentView, m: Mention, qty) -> bool:
    """The figure ends in a count's word for its items (`326 نفر`, `14 دستگاه`)."""
    words = _unit_words(view, m, qty)
    return len(words) == 1 and counted_by_classifier(words[0], qty.unit)


def _free_words(view: DocumentView, m: Mention, start: int, end: int) -> list[str]:
    """The words between ``start`` and ``end``, each inside another mention of the sentence
    replaced by a blank no measure matches (so the words around keep their places)."""
    # the mentions that reach into the window: a bisection, then a few neighbours (never the
    # whole sentence's, which in a long list of figures would be quadratic)
    first = bisect.bisect_left(view.starts, start)
    near = view.mentions[max(0, first - NEIGHBOURS):bisect.bisect_left(view.starts, end)]
    taken = [(o.start, o.end, o.label in FIGURES) for o in near if o is not m and o.label in NAMED and o.end > start]
    words = []
    for w in re.finditer(r"\S+", view.norm.text[start:end]):
        a, b = start + w.start(), start + w.end()
        inside = next((figure for x, y, figure in taken if x < b and a < y), None)
        words.append(w.group() if inside is None else OTHER_FIGURE if inside else OTHER_MENTION)
        if inside is not None and w.group()[-1] in COMMA:
            words.append(w.group()[-1])  # `به گفته مرکز آمار ایران، تورم ...`: the comma stays, a break
    return words


NEIGHBOURS = 3  # mentions starting before a window that may still reach into it
RATIO, TO = fold("نسبت"), fold("به")
# What a measure is never a word of (a program's name is: `3 درصد حق بیمه بیکاری`).
NAMED = frozenset({"ORG", "TITLE", "PERSON", "PROVINCE", "CITY", "COUNTRY", "QUANTITY", "MONEY", "PERCENT"})


def _after_another_figure(keys: list[str], i: int) -> bool:
    """The measure term at i stands right after another figure (`با 19 درصد افزایش به 113 دلار
    رسید`): that figure's, not the next one's; or right after a name, in its clause (`توسط
    نیروهای طالبان کشته شده و 10 نفر ...`), unless a comma closed the name (`به گفته مرکز آمار
    ایران، تورم ماهانه ۲.۱ درصد`)."""
    return bool(i and keys[i - 1] in (OTHER_MENTION, OTHER_FIGURE))


OTHER_MENTION = "\u2063"  # what `_free_words` puts for the words of another mention
OTHER_FIGURE = "\u2064"  # and for those of another figure
FIGURES = frozenset({"QUANTITY", "MONEY", "PERCENT"})


def _measure_here(keys: list[str], i: int, end: int) -> bool:
    return not (keys[i:end] == [RATIO] and end < len(keys) and keys[end] == TO)
