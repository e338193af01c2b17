"""Money, percentages, counts and dates, from the number and date scanners of `loader.facts`."""
from __future__ import annotations

import re

from dataclasses import replace

from spacy.tokens import Doc

from loader.ner.dates import WEEKDAYS, scan_dates
from loader.ner.gazetteer_io import load_table
from loader.ner.units import counted_by_classifier, scan_quantities
from loader.normalize.lexicon import get_lexicon
from loader.ner.persons import NAME_TIERS, listed_body_words, surname_like
from loader.ner.numbers import AND, CARDINALS, COUNT_STRESS, SCALES, VAGUE, adjectival_scale, parse_ordinal, scan_numbers
from loader.ner.candidates import add, candidates, starts as starts_of, taken_tokens
from loader.ner.resources import Resources
from loader.ner.tokens import COMMA, token_info
from loader.text_keys import fold

KIND_TO_LABEL = {"MONEY": "MONEY", "PERCENT": "PERCENT", "QUANTITY": "QUANTITY", "RATIO": "QUANTITY"}
# Words around a date that belong to the clause, not to the date (`ظهر شنبه`, `از ... تاکنون`).
DATE_TRIM_START = {fold(w) for w in ("ظهر", "بعدازظهر", "بعد از ظهر", "صبح", "عصر", "شامگاه", "شب", "از", "در", "تا")}
DATE_TRIM_END = {fold(w) for w in ("تاکنون", "تا کنون")}
SAME_PERIOD = [fold("مدت"), fold("مشابه")]
NOT_A_DAY = {fold(w) for w in ("امام", "نماز", "ائمه", "خطیب")}
MEASURE_WINDOW = 12
QUALIFIED_UNITS = {"branch", "unit", "center"}
RELATIVE_AGO = {fold(w) for w in ("گذشته", "اخیر", "قبل", "پیش")}
SCALE_KEYS = {fold(w) for w in SCALES}
WEEKDAY_KEYS = {fold(w) for w in WEEKDAYS}
VAGUE_KEYS = {fold(w) for w in VAGUE}
HAS_AGE = {fold(w) for w in ("دارد", "داشت", "دارند", "داشتند", "سن")}  # (`بالای پانزده سال سن`: an age)
HOUR, AND_KEY = fold("ساعت"), fold(AND)
HOURS_IN_DAY = 24


def find_quantities(doc: Doc, res: Resources) -> Doc:
    info = token_info(doc, res)
    text = info.text
    keys = info.keys
    named = listed_body_words(info, res)  # `رادیو فردا`: a day's word inside a listed body's name is the name's
    for date in scan_dates(text, doc._.kg_year):
        span = info.span(date.start, date.end)
        if span is None or all(k in named for k in range(span.start, span.end)):
            continue
        start, end = span.start, span.end
        while end - start > 1 and keys[start] in DATE_TRIM_START:
            start += 1
        while end - start > 1 and keys[end - 1] in DATE_TRIM_END:
            end -= 1
        if start and keys[start - 1] in NOT_A_DAY:
            continue  # `امام جمعه` is a post, not a Friday
        if end - start == 1 and keys[start] in WEEKDAY_KEYS and start and res.given_names.get(keys[start - 1]) == "strong" \
                and end < len(keys) and res.speech_verbs.match(keys, end):
            continue  # `عبدالله جمعه خاطرنشان کرد`: a surname (a Friday is `روز جمعه`, not after a name)
        # `مدت مشابه (در) سال قبل`: the same period of another year.
        back = start - 1 if start and keys[start - 1] == fold("در") else start
        if back >= 2 and keys[back - 2:back] == SAME_PERIOD:
            start = back - 2
        add(doc, start, end, "DATE", "dates", {"date": date})
    dates = starts_of(doc, "DATE")
    lower = None
    for qty in scan_quantities(text, exclude_dates=True):
        if _enumerator(text, qty.start) or _clock(text, qty.start) or _score(text, qty.start) \
                or _year_span(text, qty.number_start) or _term(text, qty):
            continue  # `2- ارجاع کار`: the number of an item in a list; `9:45 بامداد`: a time of day
        if qty.inherited_unit and (dash := HYPHEN_RANGE.match(text, qty.end)):
            lower = (qty, dash.end() - 1)  # `10-15 درصد`, `23-22 درصد`: an approximate count, one
            continue                       # figure whose value is its upper bound
        if lower is not None and lower[1] == qty.number_start:
            qty = _approximate(lower[0], qty, text)
        lower = None
        if qty.unit is None and not qty.implied_currency and qty.kind == "QUANTITY":
            if _fraction(qty, text):
                span = info.span(qty.start, qty.end)
                if span is not None:  # `یک سوم`, `یک چهارم`: a share, a ratio
                    add(doc, span.start, span.end, "QUANTITY", "units",
                        {"quantity": replace(qty, unit="ratio", unit_kind="ratio", kind="RATIO")})
                continue
            _counted(doc, text, info, qty, res)  # `سه کشور`, `47 مسجد`: a number and the noun it counts
            continue
        span = info.span(qty.start, qty.end)
        if qty.unit_kind == "age" and span is not None and _lasting(info, span.start, res):
            qty = replace(qty, unit_kind="duration")  # `قدمت 120 ساله`, `جنگ هشت ساله`: how long, no age
        if qty.unit_kind == "age" or span is not None and (_article_one(info, qty, span.start) or _vague(info, span.start)):
            continue
        if span is not None:
            end = span.end
            if qty.unit == "year" and (end < len(keys) and keys[end] in HAS_AGE or _age_bracket(info, span.start)):
                continue  # `فقط 18 سال دارد`, `بیش از 14 سال سن`, `تیم زیر 23 سال`, `رده سنی 11 تا 12 سال`: an age
            if qty.unit_kind in EVENT_UNIT_KINDS and _sports_event(info, span.start, end, qty.unit, res):
                continue  # `در وزن 57 کیلوگرم`, `200 متر قورباغه`: an event's class, no amount
            if qty.unit == "month" and end in dates and not (span.start and keys[span.start - 1] in WEEKDAY_KEYS):
                # `21 ماه می 2004`: the day, the word month and the month's name are one date
                add(doc, span.start, dates[end].end, "DATE", "dates", {"duration": qty})
                continue
            if qty.unit == "minute" and span.start and keys[span.start - 1] == HOUR:
                continue  # `ساعت 17.30 دقیقه`: a time of day
            if qty.unit == "minute" and span.start >= 3 and keys[span.start - 1] == AND_KEY \
                    and info.number[span.start - 2] and keys[span.start - 3] == HOUR:
                add(doc, span.start - 3, end, "DATE", "dates", {"duration": qty})  # `ساعت 9 و 33 دقیقه`: a time of day
                continue
            if qty.unit_kind == "duration" and end < len(keys) and keys[end] in RELATIVE_AGO:
                # `دو سال و نیم گذشته`: a stretch of time counted back from now is a date.
                add(doc, span.start, end + 1, "DATE", "dates", {"duration": qty})
                continue
            if qty.unit_kind == "duration" and span.start and keys[span.start - 1] in WEEKDAY_KEYS:
                # `سه‌شنبه 18 ماه سال جاری`: after a weekday the number is the day of the month
                add(doc, span.start - 1, end, "DATE", "dates", {"duration": qty})
                continue
            if qty.unit in QUALIFIED_UNITS and not any(ch.isdigit() for ch in qty.text) and _qualifies(doc, info, end, res):
                end += 1  # `دو شعبه اقماری`: a small count of branches keeps the word that says which kind
            elif qty.unit_kind == COUNT_KIND and qty.unit not in PEOPLE_UNITS \
                    and counted_by_classifier(doc[end - 1].text, qty.unit) and _classified_noun(info, end, res):
                end = _qualified(info, end, res) + 1  # `35 دستگاه رایانه`: the noun a classifier counts is the count's
            unit = info.span(qty.number_end, qty.end) if qty.end > qty.number_end else None
            counted_title = _counted_title(info, unit.start, res) if unit is not None else 0
            if counted_title:  # `20 نماینده مجلس`: the count takes the whole title
                end = max(end, counted_title)
            add(doc, span.start, end, KIND_TO_LABEL.get(qty.kind, "QUANTITY"), "units", {"quantity": qty},
                bonus=COUNTED_TITLE_BONUS if counted_title else 0)
    _measured_numbers(doc, info, res)
    _holidays(doc, info, res)
    return doc


HYPHEN_RANGE = re.compile(r" ?[-–] ?[0-9۰-۹]")


def _approximate(lower, upper, text: str):
    """`10-15 درصد` as one figure over both numbers, valued at the larger (RTL text writes `4-3 نفر`
    as often as `3-4 نفر`)."""
    top = lower if lower.value > upper.value else upper
    return replace(upper, start=lower.start, text=text[lower.start:upper.end], value=top.value,
                   exact=top.exact)


ONE = fold("یک")
STRESS_KEYS = {fold(w) for w in COUNT_STRESS}
LIST_JOINERS = COMMA | {fold(AND)}
LISTED_REACH = 5  # tokens back where another count makes `یک` one of a list (`2 شعبه تیپ یک، یک شعبه`)


def _fraction(qty, text: str) -> bool:
    """A share written as a cardinal and an ordinal (`یک سوم`, `دو سوم`, `سه چهارم`): a proper
    fraction no decimal wrote; not `نیم` alone (`نیم طبقه`, `نیم نگاهی`) nor a knockout round
    (`یک هشتم نهایی`)."""
    exact = qty.exact
    return exact is not None and 0 < exact < 1 and not any(ch.isdigit() for ch in qty.text) \
        and len(qty.text.split()) >= 2 and not ROUND.match(text, qty.end) \
        and not text[max(0, qty.start - 8):qty.start].rstrip().endswith(ROUND_WORDS)


ROUND = re.compile(r"\s*نهایی")
ROUND_WORDS = ("مرحله", "دور")  # `مرحله یک هشتم جام حذفی`: the round of sixteen


def _article_one(info, qty, start: int) -> bool:
    """`یک` alone before a noun is the indefinite article (`یک نفر کشته شد`, `یک دستگاه خودرو`), no
    figure, unless a word stresses it (`فقط یک شعبه`), it is one of a list of counts, or more
    follows it (`یک تن و 200 کیلو`, `یک سال و نیم`)."""
    if qty.kind != "QUANTITY" or info.keys[start] != ONE or qty.value != 1 \
            or start + 1 < len(info.keys) and info.keys[start + 1] in SCALE_KEYS:
        return False
    before = info.keys[max(0, start - LISTED_REACH):start]
    if before and (before[-1] in STRESS_KEYS or " ".join(before[-2:]) in STRESS_KEYS):
        return False
    listed = any(k[:1].isdigit() or CARDINALS.get(k, 0) >= 2 for k in before)
    return not (listed and any(k in LIST_JOINERS for k in before))


AGE_BRACKET = {fold(w) for w in ("زیر", "سن", "سنی", "رده")}  # `تیم زیر 23 سال`, `از سن 22`, `رده سنی 11`
MEAN = fold("میانگین")  # `میانگین سنی 25 سال`: the mean age of many, a figure
UNTIL = fold("تا")


EVENT_UNIT_KINDS = frozenset({"weight", "length"})
KILOGRAM, WEIGHING = "kilogram", fold("به")


def _sports_event(info, start: int, end: int, unit: str | None, res: Resources) -> bool:
    """A weight or a distance that names a sports event: after its class word (`وزن 57
    کیلوگرم`, or the second of `اوزان 70 و 97 کیلوگرم`) or before its style (`200 متر قورباغه`)."""
    keys = info.keys
    if end < len(keys) and res.event_styles.match(keys, end):
        return True
    if start >= 3 and keys[start - 1] == AND_KEY and info.number[start - 2]:
        start -= 2  # (`اوزان 70 و 97`: the class word is before the first number)
    # (`به وزن 15 هزار تن`, 'weighing', is an amount: a class is in kilograms and not after `به`)
    return bool(start) and keys[start - 1] in res.event_classes and unit == KILOGRAM \
        and not (start >= 2 and keys[start - 2] == WEIGHING)


def _age_bracket(info, start: int) -> bool:
    """The number at start follows a word of age (`زیر`, `سن`, `رده سنی`), or ends a range whose
    first number does (`رده سنی 11 تا 12 سال`, `از سن 22 تا 55 سال`): an age, no figure; a
    mean age (`میانگین سنی 25 سال`) is one."""
    keys = info.keys
    if start >= 3 and keys[start - 1] == UNTIL and info.number[start - 2]:
        start -= 2
    return bool(start) and keys[start - 1] in AGE_BRACKET and not (start >= 2 and keys[start - 2] == MEAN)
ENUMERATOR = re.compile(r"[0-9۰-۹]{1,3}[-–)]\s")
DOTTED_ENUMERATOR = re.compile(r"[0-9۰-۹]{1,2}\.\s")


CLOCK = re.compile(r"[0-9۰-۹]{1,2}:[0-9۰-۹]{2}(?![0-9۰-۹])")


def _clock(text: str, start: int) -> bool:
    """`9:45`, `1:30 بامداد`: hours and minutes (the scanner reads them as two numbers)."""
    return bool(CLOCK.match(text, start) or any(CLOCK.match(text, k) for k in range(max(0, start - 3), start)))


def _score(text: str, start: int) -> bool:
    """`پنج بر چهار`, `هفت بر دو برابر آرمان`, `2 بر 1`: the second number of a score, no count of
    the word after it (the first is none already: `بر` after a number counts nothing)."""
    before = SCORE_BEFORE.search(text, max(0, start - SCORE_REACH), start)
    return before is not None and (before.group(1).isdigit() or fold(before.group(1)) in CARDINALS)


SCORE_BEFORE = re.compile(r"(\S+)\s+بر\s+$")
SCORE_REACH = 24


def _year_span(text: str, start: int) -> bool:
    """`سال تحصیلی 99-98`, `نیم سال دوم 98-99`, `سال 1399-1400`: two years in a row after the
    word year name a school or crop year, no count of what follows (`99-98 هفته سوم`)."""
    for span in YEAR_SPAN.finditer(text, max(0, start - YEAR_SPAN_WIDTH), start + YEAR_SPAN_WIDTH):
        if span.start() <= start < span.end():
            first, second = int(span.group(1)), int(span.group(2))
            return abs(first - second) in (1, 99) and len(span.group(1)) == len(span.group(2)) \
                and YEAR_WORD_BEFORE.search(text, max(0, span.start() - YEAR_WORD_REACH), span.start()) is not None
    return False


def _term(text: str, qty) -> bool:
    """`نیم سال دوم`, `نیمسال اول تحصیلی`: a school term by its name, not half a year."""
    return qty.unit == "year" and HALF.fullmatch(text, qty.start, qty.number_end) is not None \
        and TERM_AFTER.match(text, qty.end) is not None


HALF = re.compile(r"نیم")
TERM_AFTER = re.compile(r"\s+(?:اول|دوم|نخست|تحصیلی)(?![\w\u200c])")
YEAR_SPAN = re.compile(r"(?<![\d/.])(\d{2}|\d{4}) ?[-–] ?(\d{2}|\d{4})(?![\d/.])")
YEAR_SPAN_WIDTH = 12  # characters either side of a number where its span of two years may start or end
YEAR_WORD_BEFORE = re.compile(r"سال(?:\s+\S+){0,2}\s+$")  # `سال`, `سال تحصیلی`, `نیم سال دوم`
YEAR_WORD_REACH = 30


def _enumerator(text: str, start: int) -> bool:
    """`2- ارجاع کار`, `3) دستگاه مرکزی`: a number with a dash or a bracket right after it numbers
    an item of a list (a range has a number after its dash: `2-3 نفر`), and so does one with a
    period and a space after it (`6. جامعه مدنی`, its line often joined to the one before): a
    sentence does not end between a number and the noun it counts."""
    return bool(ENUMERATOR.match(text, start) or DOTTED_ENUMERATOR.match(text, start))


def _vague(info, start: int) -> bool:
    """`ده‌ها هزار نفر`: a quantifier before the number makes it no figure."""
    return bool(start) and info.keys[start - 1] in VAGUE_KEYS


def _holidays(doc: Doc, info, res: Resources) -> None:
    """`نوروز`, `عید فطر`, `اربعین`: named days are dates (and `نوروز` no person), though not in
    the name of a body (`سپاه عاشورا`)."""
    named = {k for c in candidates(doc) if c.label == "ORG" for k in range(c.start, c.end)}
    for i, found in res.holidays.matches(info.keys):
        if named.isdisjoint(range(i, found[0])):
            add(doc, i, found[0], "DATE", "holidays", {"holiday": found[1]["text"]})


# Words after a number that make it no count: an age, a score, an ordinal, a clock time.
NOT_COUNTED = {fold(w) for w in ("ساله", "سالگی", "بر", "ام", "امین", "مین", "ین", "صبح", "عصر", "شب", "ظهر",
                                 "درصد", "هزار", "میلیون", "میلیارد", "و", "تا", "یا", "الی", "لغایت",
                                 "میلادی", "شمسی", "قمری", "هجری", "بی", "جانبه")}  # (`همکاری سه جانبه`: trilateral)
# `17 ربیع‌الاول`, `13 رجب`: a day of a Hijri month, a date (date_words.tsv)
HIJRI_MONTHS = frozenset(fold(row["word"]) for row in load_table("date_words") if row["kind"] == "hijri_month")
# words before a noun that make it this one or its end (`این هفته`, `پایان هفته`), no label a number gives
# (not a decade's: `اوایل دهه 1990` is still the decade so numbered)
POINTING_WORDS = frozenset(fold(w) for w in ("این", "آن", "همین", "همان", "پایان", "آخر", "طول", "ظرف"))
DECADE = fold("دهه")
DAYS_IN_A_MONTH = 30
YEAR_LIKE = range(1300, 1500)
GREGORIAN_YEARS = range(1900, 2100)
LATIN = re.compile(r"[A-Za-z@]")


def _counted(doc: Doc, text: str, info, qty, res: Resources) -> None:
    """A number followed by a noun is a count of that noun, unit `other` when the units table
    does not know the noun (`47 مسجد`, `دو عامل`); never `یک` alone, a year, an age or a score."""
    span = info.span(qty.start, qty.end)
    if span is None or span.end >= len(info.keys):
        return
    place = res.provinces.match(info.keys, span.start) or res.cities.match(info.keys, span.start)
    if place and place[0] > span.end:
        return  # `چهار محال و بختیاری`: the number word begins a place's name (a town named by
        # number words alone is the number: `حدود دو هزار سرباز`, not the town دوهزار)
    before = info.keys[span.start - 1] if span.start else ""
    pointed = span.start >= 2 and info.keys[span.start - 2] in POINTING_WORDS
    if (before in res.identifier_words or before in res.law_heads or res.org_units.match(info.keys, span.start - 1)) \
            and not (pointed and before in res.identifier_words and before != DECADE):
        # `شعبه 2`, `ماده 5`, `قطعنامه 2231`: a number that names, not one that counts; but a word
        # pointed to or bounded is a noun of its own (`تا پایان هفته ۵ درجه کاهش می‌یابد`, `این
        # فصل 5 گل زد`), and the number after it counts
        return
    if before == HOUR and qty.value is not None and qty.value <= HOURS_IN_DAY:
        return  # `از ساعت 15 تا ساعت 24 تردد ... ممنوع بود`: a time of day
    if _vague(info, span.start) or text[qty.start - 1:qty.start] == "[" and text[qty.end:qty.end + 1] == "]":
        return  # (`... ارائه می‌دادند[2]. لزوم ...`: a footnote's number)
    j = span.end
    value = qty.value
    scaled = any(w in qty.text for w in ("هزار", "میلیون", "میلیارد"))
    if adjectival_scale(doc[j - 1].text):
        # `این کشور مسلمان 70 میلیونی`: a number made an adjective is no count of the word after it
        add(doc, span.start, j, "QUANTITY", "units", {"quantity": qty})
        return
    if value is None or value < 2 or (int(value) == value and int(value) in YEAR_LIKE and not scaled):
        return
    last = doc[span.end - 1]
    if last.idx + len(last.text) > qty.end and text[qty.end].isalpha():
        # `200صفحه‌ای`: the noun is written onto the number, in the same token
        end = last.idx + len(last.text)
        counted = replace(qty, unit="other", unit_kind="count", end=end, text=text[qty.start:end])
        add(doc, span.start, span.end, "QUANTITY", "counted", {"quantity": counted, "counted": text[qty.end:end]})
        return
    key = info.keys[j]
    if parse_ordinal(doc[j].text) is not None or LATIN.search(doc[span.start].text):
        return  # `چهارصد و هشتاد سومین جلسه`: an ordinal's first words; `Info@Dabirkhane12.com`: an address
    if span.end - span.start == 1 and not info.number[span.start] and info.keys[span.start] + key in res.lexicon_words:
        return  # `دو دستگی`, `چهار راه`, `یک جا`: a compound word written apart, not a count
    if info.punct[j] or info.number[j] or info.function[j] or info.unnamed[j] or len(key) <= 1 or key in NOT_COUNTED \
            or key in HIJRI_MONTHS and value <= DAYS_IN_A_MONTH \
            or _names_holder(info, j, res) \
            or res.provinces.match(info.keys, j) or (town := res.cities.match(info.keys, j)) and not town[1]["ambiguous"] \
            or info.light_verb_noun(j) or res.speech_verbs.match(info.keys, j) \
            or (found := res.countries.match(info.keys, j)) and not found[1]["ambiguous"]:
        # `320 هزار تخمین زد`, `قرارداد 1975 اظهار داشت`: the noun of a compound verb, not a counted noun; `2014 بدترین سال`;
        # `جام جهانی 2018 روسیه`: a year and the host state (a town named by a common noun is the
        # noun: `دو هزار سرباز`, not the town سرباز)
        return
    # A word the dictionary also knows as a noun, with more of the clause after it, is counted
    # (`هفت بخش تنظیم`, `چهار نشست تخصصی`, `2000 سرباز اعزام`); otherwise a verb or a given name
    # follows the number (`به 7.27 رسیده است`, `20 نفر را ...`)
    more = j + 1 < len(info.keys) and not (info.punct[j + 1] or info.verb[j + 1] or info.light[j + 1])
    surname = info.keys[j + 1] if more else ""
    if key in res.given_names and surname_like(surname, res) and surname not in res.lexicon_any \
            and info.nameable(j + 1):
        return  # `در وزن 84 مصطفی یونسی‌نیا ...`: a weight class, then a wrestler's name
    if not (more and "N" in _noun_pos(doc[j].text, res)) and (
            info.verb[j] or key in res.given_names and key not in res.common_words
            or doc[j].text.replace("\u200c", "") in get_lexicon().verb):
        return
    counted_title = _counted_title(info, j, res)  # `دو وزیر خارجه`: the count takes the whole title
    last = (counted_title or j + 1) - 1
    if not counted_title:
        last = _qualified(info, last, res)  # `دو جوان فلسطینی`, `سه انبار جدید`: the qualifier is the count's
    end = doc[last].idx + len(doc[last].text)
    counted = replace(qty, unit="other", unit_kind="count", end=end, text=text[qty.start:end])
    # (`هر دو دولت`: a counted institution is no body either)
    add(doc, span.start, last + 1, "QUANTITY", "counted", {"quantity": counted, "counted": doc[j:last + 1].text},
        bonus=COUNTED_TITLE_BONUS if counted_title or key in res.generic_institutions else 0)


COUNTED_TITLE_BONUS = 13  # over a title's priority, under a person's (candidates.PRIORITY)
QUALIFIER_WORDS = 2  # adjectives after a counted noun (`دو تفنگدار آمریکایی`, `سه طرح عمرانی جدید`)
PLURAL_YE = ("های", "هایی", "ای")
NISBA_OF_HE = "ه\u200cای"
COPULAS = {fold(w) for w in ("است", "هست", "هستند", "بود", "بودند", "نیست", "نیستند", "نبود", "می‌باشد", "میباشد",
                             "می‌باشند", "باشد", "باشند")}


def _qualified(info, last: int, res: Resources) -> int:
    """The last word of the counted noun with the adjectives after it (the gold's ruling: a
    QUANTITY keeps the qualifier of the noun it counts): words of relation in `ی` (`فلسطینی`,
    `عمرانی`) and the listed adjectives of counts (`جدید`, `برجسته`); never `دیگر`, a place, a
    body, a post or a name, nor past a verb."""
    keys = info.keys
    k = last + 1
    while k < len(keys) and k - last <= QUALIFIER_WORDS:
        key = keys[k]
        if _clause_or_name_word(info, k, res):
            break
        if key in res.surnames and res.honorifics.match(keys, last):
            break  # `دو شهید رجایی`: a martyr's surname, no qualifier
        # (`محله‌ای`, `حرفه‌ای`: the nisba of a word in ه, its ZWNJ telling it from a plural's `های`)
        nisba = key.endswith("ی") and len(key) > 3 and (not key.endswith(PLURAL_YE) or info.doc[k].text.endswith(NISBA_OF_HE))
        if not (nisba or key in res.count_adjectives) or k + 1 < len(keys) and keys[k + 1] in COPULAS:
            break  # (`هر دو دولت مهم است`: an adjective before its copula says something of the count)
        k += 1
    return k - 1


def _clause_or_name_word(info, k: int, res: Resources) -> bool:
    """A word no counted noun or its qualifier is: one of the clause (a function word, a verb or
    its prefix, a compound verb's noun, `دیگر`), a place, a body, a post, or a name a reliable list
    gives (a word only scraped lists give as a given name is an adjective here: `شش بازیکن اصلی`)."""
    keys, key = info.keys, info.keys[k]
    return not info.nameable(k) or info.function[k] or info.verb[k] or info.verb_prefix[k] or info.light_verb_noun(k) \
        or key in NOT_COUNTED or res.provinces.match(keys, k) or res.cities.match(keys, k) \
        or res.countries.match(keys, k) or res.organizations.match(keys, k) or res.titles.match(keys, k) \
        or res.org_units.match(keys, k) or res.given_names.get(key) not in (None, "weak")


def _classified_noun(info, j: int, res: Resources) -> bool:
    """The word after a count's classifier is the noun it counts (`سه دستگاه آمبولانس`, `6 هزار جلد
    کتاب`): a common noun, not a word of the clause (`از`, `دیگر`, a verb), a word that says nothing
    of what is counted (`انواع`: uncounted_words.tsv), what a figure measures (`واحد افزایش`), the
    head of a program's or a law's name (`۲۹ مورد طرح دعوی`), a number, a place, a body, a post or a name."""
    keys = info.keys
    if j >= len(keys) or _clause_or_name_word(info, j, res) or info.number[j] or keys[j] in res.uncounted_words \
            or res.measures.match(keys, j) or res.speech_verbs.match(keys, j) \
            or keys[j] in res.program_heads or keys[j] in res.law_heads:
        return False
    word = info.doc[j].text
    return "N" in _noun_pos(word, res) and word.replace("\u200c", "") not in get_lexicon().verb


# `326 نفر پزشک`, `160 هزار نفر مشمول`: after a count of people the gold ends the span at `نفر`
# (and `75 تن کشته`, people too; `دو بار مجبور`: times, no items)
PEOPLE_UNITS = frozenset({"person", "ton", "times"})
COUNT_KIND = "count"  # units.tsv kind of the classifiers (not a weight's `گرم`)


def _lasting(info, start: int, res: Resources) -> bool:
    """The noun before `N ساله` is one whose length it says (`قدمت`, `آرزوی` in its ezafe), maybe
    past one adjective (`جنگ تحمیلی 8 ساله`, `دفاع مقدس 8 ساله`)."""
    def lasting(key: str) -> bool:
        return key in res.lasting_nouns or key.endswith("ی") and key[:-1] in res.lasting_nouns

    if start and lasting(info.keys[start - 1]):
        return True
    return start >= 2 and lasting(info.keys[start - 2]) and info.nameable(start - 1) \
        and "AJ" in _noun_pos(info.doc[start - 1].text, res)


def _counted_title(info, j: int, res: Resources) -> int:
    """The end of the title a number counts at token ``j`` (`11 وزیر`, `دو وزیر خارجه`), 0 if
    none: a counted title is no post, and its count outranks it."""
    found = res.titles.match(info.keys, j) if j < len(info.keys) else None
    return found[0] if found and not _names_holder(info, j, res) else 0


def _names_holder(info, j: int, res: Resources) -> bool:
    """A title or honorific after a number that opens a name (`84 سردار علی قاسمی`, `3 وزیر
    قاسمی`); one no name follows is what the number counts (`11 وزیر در کابینه`, `110 شهید
    دانش‌آموز`, `26 شهید فرهنگی`: after a martyr's honorific only a given name opens a name, a
    surname-shaped word is what kind of martyrs)."""
    title = res.titles.match(info.keys, j)
    found = title or res.honorifics.match(info.keys, j)
    if not found:
        return False
    after = found[0]
    if after >= len(info.keys):
        return True
    key = info.keys[after]
    # (a word only scraped lists call a given name is its word: `۴ شهید سرافراز`)
    return res.given_names.get(key) in NAME_TIERS or title and surname_like(key, res) and key not in res.common_words


def _noun_pos(word: str, res: Resources) -> frozenset[str]:
    """The lexicon's parts of speech of a word; a noun's adjective in -ی the lexicon lacks is a noun
    too (`830 فرهنگی شاغل`, which hazm's verb list reads as the past of a verb `فرهنگیدن`)."""
    pos = res.pos_of(word)
    if not pos and word.endswith("ی") and "N" in res.pos_of(word[:-1]):
        return NOUN_AND_ADJECTIVE
    return pos


NOUN_AND_ADJECTIVE = frozenset({"N", "AJ"})


def _qualifies(doc: Doc, info, j: int, res: Resources) -> bool:
    if j >= len(info.keys) or not info.nameable(j):
        return False
    if res.measures.match(info.keys, j) or res.provinces.match(info.keys, j) or res.cities.match(info.keys, j):
        return False
    pos = res.pos_of(doc[j].text)
    return ("AJ" in pos and "N" not in pos) or doc[j].text.endswith("ی")


# measures.tsv kinds whose value a bare number may be; a duration, a size, an output or an
# average takes its unit (`مدت 10 روز`), and a bare number near one is a year or an article's number
BARE_VALUE_KINDS = frozenset({"money", "population", "count", "ratio", "rate", "rank", "score"})


def _measured_numbers(doc: Doc, info, res: Resources) -> None:
    """A bare number is a figure when a measure was named just before and a verb closes it:
    `ضریب پشتیبانی ... امسال به 7.27 رسیده است`."""
    taken = taken_tokens(doc)
    measures = [k for k, (_, entry) in res.measures.matches(info.keys) if entry.get("kind") in BARE_VALUE_KINDS]
    for number in scan_numbers(info.text):
        span = info.span(number.start, number.end)
        if span is None or set(range(span.start, span.end)) & taken:
            continue
        nxt = span.end
        closes = nxt < len(info.keys) and (info.verb[nxt] or info.preverbal(nxt))
        if number.text.isdigit() and number.value.is_integer() \
                and (int(number.value) in YEAR_LIKE or int(number.value) in GREGORIAN_YEARS):
            continue  # `درباره قرارداد 1975 اظهار داشت`: a year, no value of the measure
        if not any(c.isdigit() for c in number.text):
            continue  # `قیمت ... یک ...`, `ده`: a word number alone is as often a word (`یک`, `ده`)
        if closes and any(span.start - MEASURE_WINDOW <= k < span.start for k in measures):
            add(doc, span.start, span.end, "QUANTITY", "measured_number", {"number": number})
