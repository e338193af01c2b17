"""What the statistical recogniser may add to the rules' reading, and on what evidence.

The model (spaCy `ner`, trained by `make model`) finds names the rules cannot know, such as
foreign names and officials named with no title, but also proposes common noun phrases and half
names. So: where a rule proposed anything over the same words, the rule's reading stands; a
person only the model proposes needs support from the lexicon or the context — a listed given
name or surname, surname morphology, words no Persian dictionary lists, or a title, honorific or
speech verb beside it.
"""
from __future__ import annotations

from collections import Counter

from spacy.tokens import Doc, Span, SpanGroup

from loader.ner.candidates import Candidate, add, candidates, sync_spans, withdraw
from loader.ner.gazetteer_io import load_table
from loader.ner.numbers import CARDINALS, ordinal_word
from loader.ner.persons import (AND, COMMA_KEYS, MODEL_SOURCE, PLACE_LEVELS, PLURAL_COURTESIES, credited_work, holy_blessing_after, holy_names,
                                named_after, nisba_stem, no_name_word, office_words, opens_report, opens_surname,
                                opens_turn, plural_in_ha, second_half_of_a_pair, singular, speaks_later, surname_like)
from loader.ner.resources import CLUB, Resources
from loader.ner.tokens import ARABIC, COMMA, QUOTES_OPEN, SUPERLATIVE, token_info
from loader.normalize.lexicon import get_lexicon
from loader.text_keys import fold

# A plural ending, with or without an indefinite or ezafe `ی` after it (`مدیرانی`, `کارگرها`).
PLURAL_ENDINGS = ("انی", "ها", "های", "هایی")
POSSESSIVE_ENDINGS = ("شان", "تان", "مان", "هایش", "هایم", "هایت")  # (`اصرارهایش`: his insistences)
VOWEL_POSSESSIVE = "یش"  # his or her, after a word in a vowel (`دخترعمویش`)
MIN_OWNED = 4  # letters of the word before it at least (`درویش` is a name, not `درو` + `یش`)
GLUED_PREPOSITION = "در"  # `درپایان`: `در پایان` written as one word
ZWNJ_PREFIXES = ("هم", "بی", "نا", "غیر")  # written with a ZWNJ before an ordinary word


def weigh_persons(doc: Doc, spans: SpanGroup | list[Span], res: Resources) -> None:
    """Settle the persons: the rules' sure readings stand; their unsure ones stand only where the
    model also sees a person; the model's own persons are added where no rule claimed the words
    and the lexicon or the context supports them, and may complete a rule's surname
    (`موسوی` + `لاری`)."""
    info = token_info(doc, res)
    model = _joined([t for t in (_trimmed(s, info, res) for s in spans if s.label_ == "PERSON") if t is not None],
                    info, res)
    modelled = {k for m in model for k in range(m.start, m.end)}
    for cand in [c for c in candidates(doc) if c.label == "PERSON" and not c.payload.get("sure", True)]:
        if modelled.isdisjoint(range(cand.start, cand.end)) \
                and not _speaks_elsewhere(info, cand.start, cand.end, res) or _describes_a_plural(info, cand.start, res):
            withdraw(doc, cand)
    holy = holy_names(info, res) | office_words(info.keys, res)
    covering = _by_token(doc)
    named = _surnames_named(doc, info)
    unsupported: list[Span] = []  # the model's persons no lexicon or context vouched for
    arabic = info.derived[ARABIC]
    for m in model:
        if arabic.intersection(range(m.start, m.end)):
            continue  # a verse or a quotation in Arabic (`فی`, `عیسی بن مریم`): no name of the news
        if holy.intersection(range(m.start, m.end)):
            continue  # `رسول اکرم`, `امام راحل`, `نایب رئیسی`: no person under the guidelines
        if _describes_a_plural(info, m.start, res) and info.keys[m.start] in res.common_words:
            continue  # `گونه‌های نادر مرتعی`: a word after a plural describes it
        overlapping = _overlapping(doc, covering, m)
        persons = [c for c in overlapping if c.label == "PERSON"]
        others = [c for c in overlapping if c.label != "PERSON"]
        if others and not all(_place_inside_name(c, m, info, res) for c in others):
            continue  # a title, a place, an organisation: the rules' reading stands
        for place in others:
            withdraw(doc, place)
        if persons and not _model_reads_better(m, persons, info, res):
            continue
        if not persons and not supported_person(m.start, m.end, info, res, named):
            unsupported.append(m)
            continue
        for cand in persons:
            withdraw(doc, cand)
        add(doc, m.start, m.end, "PERSON", MODEL_SOURCE, {"sure": True})
    _listed_with_persons(doc, unsupported, info, res)
    sync_spans(doc)


def _describes_a_plural(info, start: int, res: Resources) -> bool:
    """Words right after a plural in `های` that open with an adjective (`گونه‌های نادر مرتعی`, rare
    rangeland species) describe the plural: an unsure reading of a name there, or the model's
    starting with a common word, is none, though the model reads a name there too."""
    return bool(start) and info.keys[start - 1].endswith(HA_EZAFE) and plural_in_ha(info.keys[start - 1], res) \
        and ADJECTIVE in get_lexicon().tags(info.doc[start].text)  # (not `صحبت‌های حسین عسگری`)


HA_EZAFE, ADJECTIVE = fold("های"), "AJ"
SPEAKING_TURNS = 2  # a surname that speaks this often alone is a person's, not a chance word


def _speaks_elsewhere(info, start: int, end: int, res: Resources) -> bool:
    """A full name the rules doubt (`خادم علی تهذیبی`: a given name that is a word, a surname that
    is an adjective) whose surname speaks alone elsewhere in the document, at least twice: before a
    verb of saying (`آذروش تصریح کرد`) or as the speaker of an interview's turn (`* تهذیبی: ...`)."""
    if end - start < 2:
        return False
    keys, surname = info.keys, info.keys[end - 1]
    if "speakers" not in info.derived:  # (counted once per document: a long one has many candidates)
        info.derived["speakers"] = Counter(keys[k] for k in range(len(keys) - 1) if _speaks_at(info, k, res))
    inside = sum(1 for k in range(start, end) if keys[k] == surname and _speaks_at(info, k, res))
    return info.derived["speakers"][surname] - inside >= SPEAKING_TURNS


def _speaks_at(info, k: int, res: Resources) -> bool:
    """The word at k is who speaks: before a verb of saying, or naming an interview's turn."""
    return k + 1 < len(info.keys) and (res.says_at(info.keys, k + 1) or opens_turn(info, k))


def _listed_with_persons(doc: Doc, unsupported: list[Span], info, res: Resources) -> None:
    """`درویشی، خالقی و قربانی در تیم ایران حضور دارند`, `مهاجمان خوبمان علیزاده و معدنچی`: a
    surname the model sees, alone in a list with a person (`،` or `و` between them), is a person
    too, though it is also a word. Read along the list both ways, so a person found makes the
    next one (once forwards, once backwards: linear in the list's length)."""
    keys = info.keys
    pending = {m.start: m for m in unsupported if m.end - m.start == 1 and surname_like(keys[m.start], res)}
    if not pending:
        return
    # (not beside a notable: `امام خمینی، رهبری و انتظار فرج`, `دانشگاه‌های علامه طباطبایی، بهشتی`
    # name ideas and places after them as often)
    people = [(c.start, c.end) for c in candidates(doc) if c.label == "PERSON" and c.source != NOTABLE]
    ends, starts = {e for _, e in people}, {s for s, _ in people}
    for k in sorted(pending):  # forwards: a person before, `،` or `و`, then the surname
        if k >= 2 and keys[k - 1] in LIST_JOINERS and k - 1 in ends:
            ends.add(k + 1)
            starts.add(k)
    for k in sorted(pending, reverse=True):  # backwards: the surname, `،` or `و`, then a person
        if k in starts or k + 2 < len(keys) and keys[k + 1] in LIST_JOINERS and k + 2 in starts:
            starts.add(k)
            add(doc, k, k + 1, "PERSON", MODEL_SOURCE, {"sure": True})


NOTABLE = "notable"  # the source of a person read from notable_persons.tsv


def _joined(model: list[Span], info, res: Resources) -> list[Span]:
    """The model's persons as whole names: two it reads side by side with nothing between are one
    (`سید احمد آقا` + `خمینی`), and a strong given name right before one that starts with a given
    name belongs to it (`اسفندیار` + `رحیم مشایی`), as does the first half of a given name written
    apart (`امیر` + `حسین خدادادی`)."""
    joined: list[Span] = []
    for m in sorted(model, key=lambda s: s.start):
        if joined and joined[-1].end == m.start:
            m = Span(m.doc, joined.pop().start, m.end, label=m.label_)
        before = m.start - 1
        if before >= 0 and (not joined or joined[-1].end <= before) and info.nameable(before) \
                and info.keys[m.start] in res.given_names \
                and (res.given_names.get(info.keys[before]) == "strong"
                     or res.given_names.get(info.keys[before] + info.keys[m.start]) == "strong"
                     and not _courtesy(info.keys, before, res)):
            m = Span(m.doc, before, m.end, label=m.label_)  # (`امیر` + `حسین خدادادی`: امیرحسین written apart)
        joined.append(m)
    return joined


def _courtesy(keys: list[str], i: int, res: Resources) -> bool:
    """`آقا رضا`, `حاج محمد`: a courtesy before a given name, not half of one (`امیر` of `امیرحسین` is)."""
    found = res.honorifics.match(keys, i)
    return bool(found) and found[1]["kind"] != MILITARY


MILITARY = "military"
BLESSING = fold("علیه")  # `حافظ علیه الرحمه`: a blessing after the name, no ezafe


def _by_token(doc: Doc) -> dict[int, list[tuple]]:
    """The rules' candidates by each token they cover, so each model span looks at its own words
    only (the model's spans do not overlap one another, so those it adds need no entry)."""
    covering: dict[int, list[tuple]] = {}
    for key in doc._.kg_records:
        for k in range(key[0], key[1]):
            covering.setdefault(k, []).append(key)
    return covering


def _overlapping(doc: Doc, covering: dict[int, list[tuple]], m: Span) -> list[Candidate]:
    records = doc._.kg_records
    keys = dict.fromkeys(key for k in range(m.start, m.end) for key in covering.get(k, ()))
    return [records[key] for key in keys if key in records]


def _trimmed(span: Span, info, res: Resources) -> Span | None:
    """The model's span without the honorifics and ordinary words it took in before a name
    (`سردار افشار` → `افشار`, `مبارک آقای جهانگیر جهان‌مهر` → `جهانگیر جهان‌مهر`) and the
    function words after it."""
    keys = info.keys
    start = span.start
    while start < span.end - 1 and info.doc[start].is_space:
        start += 1  # a line break the model took in before the name
    while start < span.end - 1:
        honorific = res.honorifics.match(keys, start)
        if honorific and not honorific[1]["in_name"] and not opens_surname(keys, start, honorific, res):
            start = honorific[0]
        elif keys[start] in res.common_words and keys[start] not in res.given_names and \
                keys[start] not in res.surnames and keys[start] not in res.name_prefixes and \
                (keys[start + 1] in res.given_names or res.honorifics.match(keys, start + 1)):
            start += 1
        else:
            break
    end = span.end
    while end - 1 > start and (info.function[end - 1] or info.unnamed[end - 1] or info.doc[end - 1].is_space
                               or _manner_adverb(keys[end - 1], res)):
        end -= 1  # `محمدرضا عظیمی‌زاده رسماً`, `رضا ناامیدانه`: an adverb or a function word after the name (or a line break)
    if end - 2 >= start and ordinal_word(keys[end - 1]) and keys[end - 2] in res.common_words \
            and keys[end - 2] not in res.given_names and keys[end - 2] not in res.surnames:
        end -= 2  # `پارمیس حمزه مقام سوم`, `مقام سوم` alone: a rank, no name (`الیزابت دوم` keeps its number)
    if end - 1 > start and info.light_verb_noun(end - 1) and keys[end - 1] in res.lexicon_any \
            and keys[end - 1] not in res.surnames:
        end -= 1  # `علی احمدی آبادی کرد`: the noun of a compound verb ends no name
    if start >= end:
        return None
    return span if (start, end) == (span.start, span.end) else Span(span.doc, start, end, label=span.label_)


def _place_inside_name(cand: Candidate, m: Span, info, res: Resources) -> bool:
    """A place the lexicon lists inside a longer name the model reads (`شهریار اهی`,
    `علی‌اکبر رجبی`): the name, when it starts with a given name or ends with a surname; so is a
    month's name ending one that starts with a given name before a post (`با حضور سیاوش شهریور
    مدیرکل فرهنگی و اجتماعی استانداری`), or one that is a given name before a surname no
    dictionary lists, opening a sentence or a clause (`محرم نویدکیا اسطوره پاس ایران است`; not
    `در ماه محرم نویدکیا ...`)."""
    if cand.label == "DATE" and cand.end == m.end and cand.end - cand.start == 1 and m.start < cand.start \
            and info.keys[m.start] in res.given_names and _post_after(info.keys, m.end, res):
        return True
    if cand.label == "DATE" and (cand.start, cand.end) == (m.start, m.start + 1) and m.end == m.start + 2 \
            and (info.sentence_start[m.start] or info.keys[m.start - 1] in COMMA_KEYS) \
            and info.keys[m.start] in res.given_names and surname_like(info.keys[m.start + 1], res) \
            and info.keys[m.start + 1] not in res.attested:
        return True  # `محرم نویدکیا اسطوره پاس ایران است`: a month that is a given name, before a surname
    if cand.label not in ("CITY", "PROVINCE") or not (m.start <= cand.start and cand.end <= m.end):
        return False
    if (cand.start, cand.end) == (m.start, m.end):
        return False
    keys = info.keys
    return keys[m.start] in res.given_names or keys[m.end - 1] in res.surnames


def _post_after(keys: list[str], j: int, res: Resources) -> bool:
    """A post right after the words, or after a comma there (`... مدیرکل`, `...، مدیرکل`)."""
    if j < len(keys) and keys[j] in COMMA_KEYS:
        j += 1
    return j < len(keys) and bool(res.titles.match(keys, j))


def _model_reads_better(m: Span, persons: list[Candidate], info, res: Resources) -> bool:
    """Unsure rule readings yield to a model reading that is not inside them (inside, the model
    confirms them); a sure one only to a longer name that adds surname-like words at its end
    (`سید عبدالواحد موسوی` + `لاری`)."""
    if len(persons) != 1:
        return all(not c.payload.get("sure", True) for c in persons)
    rule = persons[0]
    keys = info.keys
    if not rule.payload.get("sure", True):
        if m.start == rule.start + 1 and m.end == rule.end and m.end - m.start >= 2 \
                and res.given_names.get(keys[rule.start]) == "weak" and keys[rule.start] in res.lexicon_words \
                and res.given_names.get(keys[m.start]) in ("strong", "ambiguous"):
            # `قهرمانی جوانان آسیا امین کاویانی‌نژاد`: the model starts at the name a reliable list
            # gives, after a word only scraped lists call a name (not `«سامیه موسی مشاهره»`, a
            # father's name in the middle)
            return True
        if rule.start <= m.start and m.end <= rule.end:
            rule.payload["sure"] = True
            return False
        return True
    if m.start < rule.start < m.end <= rule.end and tuple(keys[m.start:m.end]) in _surnames_of_full_names(info, res):
        return True  # `حداد عادل [نامه ...]` after `غلامعلی حداد عادل`: the surname, not a given name's start
    if not (m.start == rule.start and m.end > rule.end):
        return False
    return all(info.nameable(k) and (keys[k] in res.surnames or keys[k] in res.surname_tails or not res.inflected_common(keys[k]))
               and not _derived(info.doc[k].text, keys[k], res) for k in range(rule.end, m.end))


def _surnames_of_full_names(info, res: Resources) -> set[tuple[str, ...]]:
    """The surnames of two words or more of the full names the rules found in the document
    (`حداد عادل` of `غلامعلی حداد عادل`), as folded words."""
    keys = info.keys
    return {tuple(keys[c.start + 1:c.end]) for c in candidates(info.doc)
            if c.label == "PERSON" and c.end - c.start > 2 and keys[c.start] in res.given_names}


def _surnames_named(doc: Doc, info) -> set[str]:
    """The last words of the full names the rules found in the document: a surname that stands
    alone later (`نوربخش تصریح کرد`) is that person, though the word is also a dictionary word."""
    return {info.keys[c.end - 1] for c in candidates(doc) if c.label == "PERSON" and c.end - c.start > 1}


def _of_a_place(key: str, res: Resources) -> bool:
    """An adjective of relation to a listed province or town (`یزدی`, `زنجانی`), though a surname too."""
    stem = nisba_stem(key)
    return stem is not None and any(index.get(stem) is not None for index in (res.provinces, res.cities))


def supported_person(start: int, end: int, info, res: Resources, named: frozenset | set = frozenset()) -> bool:
    """A person only the model proposes, vouched for by the lexicon or the context: a title,
    honorific or speech verb beside it; a listed surname at its end or given name at its start; a
    surname-shaped last word after a given name; or a last word no dictionary attests (foreign
    names: `پل برمر`, `لودویک`). One word alone must not be an ordinary word (`نوروز`), and no
    word may be a compound or inflection of ordinary ones (`کلنگزنی`, `مدیرانی`)."""
    keys, words = info.keys, [info.doc[k].text for k in range(start, end)]
    if any(not info.nameable(k) or no_name_word(word) for k, word in zip(range(start, end), words)):
        return False
    if any(keys[k] in res.arabic_words for k in range(start, end)):
        return False  # `واذن فی الناس`: the words of Arabic prose, no name
    if holy_blessing_after(keys, end):
        return False  # `یا حسین (ع)`, `طفلان حسین (ع)`: an Imam or a prophet, whom the guidelines leave out
    if start and singular(keys[start - 1]) in res.program_heads:
        return False  # `طرح تکافل`: the words after a plan's head name the plan
    if keys[start] in PLACE_LEVELS or start and keys[start - 1] in PLACE_LEVELS:
        return False  # `روستای عیسوند`, `شهرستان ...`: the words after a level of place name the place
    if named_after(start, keys, res):
        return False  # `دانشگاه شهید بهشتی`, `حرم حضرت عبدالعظیم`: a place named after a person
    if second_half_of_a_pair(keys, start, res):
        return False  # `گرد وغبار`: the rest of a compound noun
    if any(key.startswith("ال") and len(key) > 3 and key not in res.given_names and key not in res.surnames
           for key in keys[start + 1:end]):
        return False  # `علی البر`: an Arabic phrase (a preposition and a noun with its article)
    if _reports_subject(start, end, info, res):
        return True
    if _works_title(start, info, res) or credited_work(keys, start, end, res):
        return False  # (`«حسنی باهوش» به کارگردانی ...`: a work's title before its maker's credit)
    if any(_derived(word, keys[k], res) for k, word in zip(range(start, end), words)):
        return False
    last = keys[end - 1]
    if last in PLACE_LEVELS or (info.light_verb_noun(end - 1) and last in res.lexicon_any and last not in res.surnames):
        return False  # `هنری شهرستان`, `اعظم مطرح کرده بود`: a level of place or a compound verb's noun ends no name
    if end - start == 1 and start and keys[start - 1].endswith(PLURAL_ENDINGS[1:]):
        return False  # `کلاهبرداری‌های پیامکی تاکید کرد`: the modifier of a plural noun
    if end - start == 1 and start and _plural_noun(keys[start - 1], res) \
            and (keys[start] in res.attested or _of_a_place(keys[start], res)) \
            and not keys[start - 1].endswith(POSSESSIVE_ENDINGS[:3]) \
            and keys[start] not in named and keys[start - 1] not in PLURAL_COURTESIES:
        # `آتش‌نشانان غیور`, `شهروندان یزدی`: an adjective after a plural in `ان`, not a name the
        # document gives in full (`سخنان لاریجانی`) nor one after `آقایان` (`آقایان هاشمی، خاتمی`)
        # or after a word with its owner (`مهاجمان خوبمان علیزاده`)
        return False
    if _object_of_a_preposition(start, end, keys, res, named):
        return False
    if _cue_beside(start, end, info, res):
        return True
    first = keys[start]
    if end - start == 1:
        if res.honorifics.match(keys, start) and end < len(keys) \
                and (info.nameable(end) or info.doc[end].text in QUOTES_OPEN):
            return False  # `مولانا «فضل‌الرحمان خلیل»`: a cleric's title before the name, though alone it is Rumi's
        if _a_noun_here(start, info, res):
            return False
        if first in named:
            return True  # the surname of someone the document names in full
        if _adjective_here(start, keys, res):
            return False  # `بسیار دلیر بود`, `فرزندان مکرم و معزز`: a listed name that is a word here
        if _paired_with_body(start, keys, res):
            return False
        if res.given_names.get(first) == "ambiguous" and start and keys[start - 1] in res.common_words \
                and info.nameable(start - 1) and first not in named \
                and keys[start - 1] not in res.person_nouns and not (end < len(keys) and keys[end] == BLESSING):
            return False  # `عنصر عاطفه و فرهنگ`: a name that is a word, in the ezafe of a noun
        if res.given_names.get(first) == "ambiguous" and end < len(keys) and info.nameable(end) \
                and (keys[end] in res.common_words or _hamza_spelling(keys[end]) in res.common_words or res.in_ezafe(keys[end])
                     or keys[end] in res.attested and keys[end] not in res.given_names
                     and not res.titles.match(keys, end) and not res.honorifics.match(keys, end)) \
                and keys[end] not in res.surnames and keys[end] != BLESSING:
            # `همکاری مردم، حسن تدبیر مسئولان`, `حسن اجرای قوانین`, `حسن ظن به برادر`: a name that is
            # a word, in the ezafe of the word after it (the model saw no name go on)
            return False
        if res.given_names.get(first) in ("strong", "ambiguous") or first in res.surnames:
            return True
        if _goes_by(start, end, info, res):
            return True
        return first not in res.common_words and not _nisba(first, res) and not _plain_noun(words[0])
    if end - start == 2 and res.given_names.get(first) in ("ambiguous", "weak") and last in res.common_words \
            and last not in res.surnames and last not in res.given_names and last not in named \
            and not last.endswith(res.surname_suffixes) and not ordinal_word(last):
        # `نسیم انقلاب`, `نهال انقلاب`: two words, each a frequent word, the second not of a
        # surname's shape (`صمیمی`, `درخشان`) nor a regnal number (`الیزابت دوم`), with no cue: a phrase
        return False
    listed = first in res.given_names or first in res.name_prefixes or last in res.surnames
    shaped = last.endswith(res.surname_suffixes) and first in res.given_names
    return listed or shaped or any(_foreign(word, keys[k], res) for k, word in zip(range(start, end), words))


def _hamza_spelling(key: str) -> str:
    """`اجراء`, `انشاء`: a word in alef written with the Arabic hamza after it, as its plain word."""
    return key[:-1] if key.endswith(ALEF_HAMZA) else key


def _manner_adverb(key: str, res: Resources) -> bool:
    """An adverb of manner in `انه` (`ناامیدانه`, `صادقانه`, `دلیرانه`): the lexicon has it as an
    adverb, or its stem as an adjective; not a noun that merely ends so (`کارخانه`, `آستانه`: the
    surname of `مصطفی کارخانه`). No name list has it."""
    if not (key.endswith(MANNER) and key in res.attested and key not in res.surnames and key not in res.given_names):
        return False
    lexicon = get_lexicon()
    return "ADV" in lexicon.tags(key) or "AJ" in lexicon.tags(key[: -len(MANNER)])


ALEF_HAMZA = "اء"
MANNER = "انه"


def _a_noun_here(k: int, info, res: Resources) -> bool:
    """One word its neighbours make a common noun, whoever bears it as a surname: after a
    superlative (`بالاترین نعمتی`) or a count of people (`یک نفر روحانی`), or a noun with the
    indefinite `ی` before `است که` (`سرزمین پر از برکت و نعمتی است که`)."""
    keys = info.keys
    if k >= 2 and keys[k - 1] in PERSON_UNITS and (info.number[k - 2] or keys[k - 2] in CARDINALS) \
            or k and keys[k - 1].endswith(SUPERLATIVE) and info.unnamed[k - 1]:
        return True
    key = keys[k]
    return k + 2 < len(keys) and keys[k + 1] in COPULAS and keys[k + 2] == RELATIVE \
        and key.endswith(INDEFINITE) and key[:-1] in res.attested


# the units that count people (`نفر`, `عضو`), after a number
PERSON_UNITS = frozenset(fold(row["text"]) for row in load_table("units") if row["unit"] == "person")
COPULAS = frozenset(fold(w) for w in ("است", "بود"))
INDEFINITE = fold("ی")


PLAIN_NOUN_FREQUENCY = 20_000  # how often hazm's corpus must use a noun for it to be a noun here


def _plain_noun(word: str) -> bool:
    """A noun the dictionary knows well enough (`جیوه`, `شیپور`, `گلابتون`) that no list calls a
    name: one word of it alone is the thing, whatever the model reads."""
    lexicon = get_lexicon()
    return lexicon.f(word) >= PLAIN_NOUN_FREQUENCY and "N" in lexicon.tags(word)


def _paired_with_body(k: int, keys: list[str], res: Resources) -> bool:
    """`صبا و پرسپولیس رقابت می‌کنند`: one word joined by `و` to a listed club is a team too (not
    to any body: `روحانی و دولت`)."""
    def club(found) -> bool:
        return bool(found) and found[1].get("kind") == CLUB

    after = k + 2 < len(keys) and keys[k + 1] == AND and club(res.organizations.match(keys, k + 2))
    before = k >= 2 and keys[k - 1] == AND and any(club(found := res.organizations.match(keys, j)) and found[0] == k - 1
                                                   for j in range(max(0, k - 4), k - 1))
    return after or before


def _goes_by(start: int, end: int, info, res: Resources) -> bool:
    """The one word a notable person goes by (`ظریف راهی بروکسل شد`, `سعدی`), where the model
    reads a person, unless the words around make it the ordinary word: an adverb after `به` (`به
    کندی صورت می‌گیرد`), a demonstrative before it (`این کندی`), a relative `که` after its
    indefinite ending (`همتی که`), an adjective after it (`شاه مخلوع`); or the last word of a
    longer name the rules have read already (`مصلی امام خمینی` names a place)."""
    keys = info.keys
    found = res.notable.match(keys, start)
    if not found or found[0] != end:
        return False
    if any((longer := res.notable.match(keys, j)) and longer[0] == end for j in range(max(0, start - 3), start)):
        return False
    before = keys[start - 1] if start else ""
    after = keys[end] if end < len(keys) else ""
    if before in ORDINARY_BEFORE or after == RELATIVE:
        return False
    return not (after and not info.function[end] and _adjective(after, res) and after not in res.given_names
                and after not in res.surnames and not res.notable.match(keys, end))


# `به`, a demonstrative or a quantifier before a word make it a common noun or an adverb.
ORDINARY_BEFORE = {fold(w) for w in ("به", "این", "آن", "همین", "همان", "هر", "چنین", "چنان")}
RELATIVE = fold("که")


def _adjective_here(k: int, keys: list[str], res: Resources) -> bool:
    """One word read as an adjective by its neighbours: an intensifier or `دارای` before it, a
    copula after it, a plural noun it modifies before it, or `و` and another adjective of a pair
    (`مردم غیور و شهیدپرور`: the second no one's name, nor a word as common as `دولت`, which is a
    noun as often: `روحانی و دولت`)."""
    before = keys[k - 1] if k else ""
    after = keys[k + 1] if k + 1 < len(keys) else ""
    second = keys[k + 2] if after == AND and k + 2 < len(keys) else ""
    return before in res.adjective_before or after in res.adjective_after \
        or (_plural_noun(before, res) and after == "و") \
        or (second and _adjective(keys[k], res) and _adjective(second, res) and second not in res.common_words
            and second not in res.given_names and second not in res.surnames) \
        or (before == "و" and k >= 3 and _plural_noun(keys[k - 3], res)) \
        or _among_words(k, keys, res)


def _among_words(k: int, keys: list[str], res: Resources) -> bool:
    """An adjective in a list set off by commas beside another adjective, among ordinary words
    (`انسان‌های مومن، شجاع، خلاق`); a list of surnames (`ناظری، سخاوی، چوگان`) or of poets
    (`مولوی، سعدی، فردوسی`) is not one."""
    if not (0 < k < len(keys) - 1 and keys[k - 1] in COMMA_KEYS and keys[k + 1] in COMMA_KEYS | {AND}):
        return False
    around = [keys[j] for j in (k - 2, k + 2) if 0 <= j < len(keys)]
    return len(around) == 2 and _adjective(keys[k], res) and any(_adjective(w, res) for w in around) \
        and all(w in res.common_words and w not in res.surnames and res.given_names.get(w) != "strong"
                for w in around)


def _adjective(key: str, res: Resources) -> bool:
    return "AJ" in res.pos_of(key)


def _plural_noun(key: str, res: Resources) -> bool:
    return len(key) > 3 and key.endswith(("ان", "ها", "های")) and key not in res.given_names and key not in res.surnames


def _nisba(key: str, res: Resources) -> bool:
    """An adjective of relation (`عراقی`, `فرهنگی`, `روستایی`): a word plus `ی`. Made from a
    given name or a place (`اسماعیلی`, `شیرازی`), it is the classic shape of a surname."""
    stem = nisba_stem(key)
    if stem is None:
        return False
    if stem in res.given_names or res.cities.get(stem) or res.provinces.get(stem):
        return False
    return stem in res.lexicon_any


def _foreign(text: str, key: str, res: Resources) -> bool:
    """No dictionary attests the word (hazm lists many names with frequency 0)."""
    return get_lexicon().freq.get(text, 0) == 0 and key not in res.common_words and not res.inflected_common(key)


def _derived(text: str, key: str, res: Resources) -> bool:
    """A compound, an inflection or an adverb of ordinary words, not a name: `کلنگزنی`,
    `مدیرانی`, `لطفا`."""
    if key in res.given_names or key in res.surnames:
        return False
    lexicon = get_lexicon()
    plain = text.replace("\u200c", "")
    if lexicon.known(plain + "\u064b"):
        return True  # `لطفا` is `لطفاً` with its tanwin lost
    if any(plain.endswith(ending) and lexicon.freq.get(plain[: -len(ending)], 0) > 0
           for ending in PLURAL_ENDINGS + POSSESSIVE_ENDINGS):
        return True  # `مدیرانی`, `عملکردشان`: a noun in the plural, or with its owner
    if plain.endswith(VOWEL_POSSESSIVE) and len(plain) - 2 >= MIN_OWNED and plain[:-2].endswith(("ا", "و")) \
            and lexicon.known(plain[:-2]):
        return True  # `دخترعمویش`: a noun in a vowel and its owner's `یش` ('her cousin')
    if plain.endswith("ان") and not plain[:-2].endswith(("ی", "ا", "و")) and lexicon.freq.get(plain[:-2], 0) > 0:
        return True  # `محتکران`: a plural of people; `-یان` surnames (`حیدریان`) keep their `ی`
    if plain.endswith("یان") and fold(plain[:-3]) not in res.given_names and lexicon.freq.get(plain[:-3], 0) > 0:
        return True  # `دانشگاهیان`: people of a place or a calling; a listed surname (`حیدریان`) is kept above
    if plain.endswith(("گان", "گانی")) and res.inflected_common(key):
        return True  # `نمایندگانی`: the plural of a word in `ه`
    if plain.startswith(GLUED_PREPOSITION) and lexicon.freq.get(plain, 0) == 0 \
            and lexicon.freq.get(plain[len(GLUED_PREPOSITION):], 0) > 0:
        return True  # `جواد قناعت درپایان با اشاره به ...`: a preposition glued to its noun
    parts = text.split("\u200c")
    if len(parts) > 1 and parts[0] in ZWNJ_PREFIXES and lexicon.known(parts[1]):
        return True  # `هم‌استانی‌ها`, `بی‌سرپرست`: a prefix and an ordinary word
    if lexicon.freq.get(plain, 0) > 0:
        return False
    repaired = lexicon.repair(plain)
    return repaired != plain and repaired != lexicon.surname(plain)  # `قاسمی‌پور` is a name


def _works_title(start: int, info, res: Resources) -> bool:
    """The words open a title in guillemets after the head of a work, or after other such titles
    listed after it (`دفترهای شعری «سرود درد»، «سرود سپیده» و «سرودی دیگر»`, `مجموعه شعر «...»`)."""
    keys = info.keys
    k = start - 1
    if k < 0 or keys[k] != OPEN_QUOTE:
        return False
    k -= 1
    listed = 0
    for _ in range(WORKS_LISTED):
        while k >= 0 and keys[k] in LIST_JOINERS:
            k -= 1
        if k < 0 or keys[k] != CLOSE_QUOTE:
            break
        while k >= 0 and keys[k] != OPEN_QUOTE:
            k -= 1  # back over an earlier title of the list
        k -= 1
        listed += 1
    # (after a singular head only its own title: `فیلم «نوزاد ...» و «کیت وینسلت»` names an actress)
    heads = [keys[k - j] for j in range(2) if k - j >= 0]
    return any(singular(h) in res.work_heads or singular(_adjective_base(h)) in res.work_heads for h in heads) \
        and (not listed or any(singular(h) != h for h in heads))


def _adjective_base(key: str) -> str:
    """`شعری` of `شعر`: the noun an adjective in ی is made from."""
    return key[:-1] if key.endswith("ی") else key


OPEN_QUOTE, CLOSE_QUOTE = "«", "»"
LIST_JOINERS = frozenset({"،", ",", fold("و")})
WORKS_LISTED = 6  # titles a list may name before the one looked at


def _reports_subject(start: int, end: int, info, res: Resources) -> bool:
    """A full name opening the report after its credit, its first word a listed given name, its
    sentence going on to a verb of saying (`به گزارش خبرگزاری فارس از قم، عباس جهان‌بینی در
    بازدید ... گفت`): the report's subject, though the surname is made of words."""
    return 2 <= end - start <= 3 and opens_report(info.keys, start, info) \
        and res.given_names.get(info.keys[start]) in ("strong", "ambiguous") and speaks_later(info, end)


def _cue_beside(start: int, end: int, info, res: Resources) -> bool:
    """A title, an honorific or a speech verb right before or after the name."""
    keys = info.keys
    before = start - 1
    if before >= 0 and (res.honorifics.match(keys, before) or _ends_title(keys, before, res)):
        return True
    after = end + 1 if end < len(keys) and keys[end] in COMMA else end
    return after < len(keys) and bool(res.titles.match(keys, after) or res.says_at(keys, after))


def _object_of_a_preposition(start: int, end: int, keys: list[str], res: Resources, named) -> bool:
    """One ordinary word after a preposition (`پیروی از رهبری گفت`): the object of the phrase,
    whatever verb of saying follows it, though a list calls the word a surname too; not the
    surname of someone the document names in full, nor the one word a notable goes by (`با
    روحانی دیدار کرد`), nor a surname made from a town (`علیه یزدی`)."""
    return end - start == 1 and start > 0 and keys[start - 1] in OBJECT_PREPOSITIONS \
        and (keys[start] in res.common_words or _nisba(keys[start], res)) and not res.notable.match(keys, start) \
        and keys[start] not in named and keys[start] not in res.given_names


OBJECT_PREPOSITIONS = frozenset(fold(w) for w in ("از", "به", "با", "بر", "برای", "درباره", "علیه"))


def _ends_title(keys: list[str], i: int, res: Resources) -> bool:
    return any(res.titles.match(keys, j) and res.titles.match(keys, j)[0] == i + 1 for j in range(max(0, i - 3), i + 1))
