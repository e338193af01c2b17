"""A document as the fact rules see it: mentions in order, grouped by sentence, with the text
between them, and the evidence of any span."""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from loader.facts.items import item_names, split_items
from loader.facts.model import Evidence, Mention
from loader.ner.persons import PLACE_LEVELS
from loader.ner.places import BUREAU_PREPOSITIONS
from loader.ner.resources import resources
from loader.normalize import NormalizedDoc
from loader.text_keys import fold

# What may stand between the parts of `NAME، TITLE ORG استان X`.
# One way to split any gap (no `\s*` beside `[\s،,]*`): a gap of many `و` that does not match
# fails in linear time instead of trying every split of its spaces.
# What may stand between a name and its post, or a post and its body and place: space, a comma, the
# quotes foreign names are written in (`"ولادیمیر پوتین" رئیس جمهوری روسیه`), words that only say what
# follows (`نماینده مردم شهرستان‌های بیرجند، خوسف و درمیان`), and the blessing after a holy name a
# body or a person is named after (`سپاه صاحب‌الامر (عج) قزوین`, `امام خمینی (ره) بنیانگذار ...`),
# unless `و` follows it (`امام راحل (ره) و رهبر انقلاب`: two people).
JOINERS = re.compile(r"^[\s،,\"«»“”]*(?:(?:استان|شهرستان(?:\u200c?های)?|شهر(?:های)?|کلانشهر|سازمان|محترم|جدید|و"
                     r"|\((?:ع|عج|ره|س|ص)\)(?![\s،,]*و(?:\s|$)))[\s،,\"«»“”]*)*$")
THIS_PROVINCE = re.compile(r"^\s*(?:این|همین)\s+استان")
BUREAU_CHARS = 30  # characters before a place read for the agency and its preposition
THIS_TOWN = re.compile(r"\s*(?:این|همین)\s+(?:شهرستان|شهر|بخش)(?![\w\u200c])")  # (`شهرداری این شهر`)
# (a former or sitting holder's: `نخست‌وزیر سابق این کشور`)
THIS_COUNTRY = re.compile(r"^\s*(?:(?:سابق|پیشین|فعلی|کنونی|وقت)\s+)?(?:این|همین|آن)\s+کشور(?![\w\u200c])")
OWN = re.compile(r"^\s*خود(?![\w\u200c])")
# The report a sentence is credited to (`به گزارش فارس و به نقل از سایت ورزش آلمان،`): no subject
# of the sentence is named in it.
REPORT_CREDIT = re.compile(r"^\s*به\s+گزارش\s+[^،,:«»\"]{1,150}?[،,:]")
COUNTRY = frozenset({"COUNTRY"})
BODY_OR_PLACE = frozenset({"ORG", "PROVINCE", "CITY", "COUNTRY"})  # what names the body or place of a post after it
LINE_STOPS = (".", "!", "؟", "?", ":", "»", '"', "…")  # what ends a sentence written as one
# Words of tenure between a post or a body and what follows it (`استاندار پیشین یزد`, `نخست وزیر
# موقت عراق`, `وزارت امور خارجه سابق آمریکا`, `امام جمعه فقید بهشهر`).
FORMER_GAP = re.compile(r"\s*(?:سابق|پیشین|اسبق|وقت|فقید)\s+(?:(?:استان|شهرستان|سازمان)\s+)?")
CURRENT_GAP = re.compile(r"\s*(?:فعلی|کنونی|حال\s+حاضر|جدید|موقت)\s+(?:(?:استان|شهرستان|سازمان)\s+)?")


@dataclass
class DocumentView:
    """Lookups by position are bisections over precomputed indexes, never scans of a sentence or
    of the document, so extraction stays linear however many mentions one sentence holds."""
    norm: NormalizedDoc
    mentions: list[Mention]

    def __post_init__(self):
        self.mentions.sort(key=lambda m: m.start)
        self.starts = [m.start for m in self.mentions]
        self.by_sentence: dict[int, list[Mention]] = {}
        self.positions: dict[str, list[int]] = {}  # label -> indexes into ``mentions``, ascending
        for i, m in enumerate(self.mentions):
            self.by_sentence.setdefault(m.sentence_index, []).append(m)
            self.positions.setdefault(m.label, []).append(i)
        self.sentences = {s.index: s for s in self.norm.sentences}
        self.items = split_items(self.norm, *item_names(self.mentions, self.norm.sentences))
        self.item_of: dict[int, int] = {i: item.index for item in self.items
                                        for i in range(item.first_sentence, item.last_sentence + 1)}
        self._in_sentence: dict[tuple[int, frozenset], tuple[list[Mention], list[int]]] = {}

    def in_sentence(self, sentence_index: int, labels: frozenset[str]) -> tuple[list[Mention], list[int]]:
        """A sentence's mentions with one of ``labels``, in order, and their starts (computed once)."""
        key = (sentence_index, labels)
        found = self._in_sentence.get(key)
        if found is None:
            chosen = [m for m in self.by_sentence.get(sentence_index, []) if m.label in labels]
            found = self._in_sentence[key] = (chosen, [m.start for m in chosen])
        return found

    def first_in_sentence(self, sentence_index: int, labels: frozenset[str], after: int | None = None) -> Mention | None:
        """The sentence's first mention with one of ``labels`` (starting after ``after`` when given)."""
        chosen, starts = self.in_sentence(sentence_index, labels)
        i = 0 if after is None else bisect.bisect_right(starts, after)
        return chosen[i] if i < len(chosen) else None

    def gap(self, left: Mention, right: Mention) -> str:
        return self.norm.text[left.end:right.start]

    def adjacent(self, left: Mention, right: Mention) -> bool:
        return left.end <= right.start and bool(JOINERS.match(self.gap(left, right)))

    def beside(self, left: Mention, right: Mention) -> bool:
        """Adjacent, or apart only by a word of tenure (`سابق`, `موقت`)."""
        if self.adjacent(left, right):
            return True
        gap = self.gap(left, right) if left.end <= right.start else ""
        return bool(gap) and bool(FORMER_GAP.fullmatch(gap) or CURRENT_GAP.fullmatch(gap))

    def refers_to_a_state(self, m: Mention) -> bool:
        """`وزیر دفاع این کشور`, `وزیر امور خارجه خود`: a state referred to, not named, follows m."""
        after = self.norm.text[m.end:m.end + 24]
        return bool(THIS_COUNTRY.match(after) or OWN.match(after))

    def state_referred_to(self, m: Mention, home: str) -> Mention | None:
        """The state `این کشور` after m refers to: the last one its sentence names before it, or
        the home state named last before that (a foreign one a sentence before is often another:
        `رهبر کره شمالی ... تیلرسون وزیر خارجه این کشور` is America's). `خود` ('its own') is
        the sentence's subject's: the first state the sentence names (`رئیس جمهور امریکا در
        جلب نظر ... کاهش نفوذ ایران ... رایس وزیر امور خارجه خود`)."""
        after = self.norm.text[m.end:m.end + 24]
        if OWN.match(after):
            named, _ = self.in_sentence(m.sentence_index, COUNTRY)
            sentence = self.sentences.get(m.sentence_index)
            credit = REPORT_CREDIT.match(self.norm.text[sentence.start:m.start]) if sentence is not None else None
            # (not a state in the report it is credited to: `به نقل از سایت ورزش آلمان، فیفا به X،
            # عضو کمیته ویژه خود`: FIFA's committee)
            first = next((c for c in named if credit is None or c.start >= sentence.start + credit.end()), None)
            return first if first is not None and first.start < m.start else None
        if not THIS_COUNTRY.match(after):
            return None
        found = self.previous(m, COUNTRY)
        if found is None or found.sentence_index == m.sentence_index or found.entity_id == home:
            return found
        # a sentence before: the state only where the item has named no other before it, nor
        # anyone since but the holder (`... تایلند ... . تاکسین، نخست‌وزیر سابق این کشور`; not
        # `رهبر کره شمالی ... . پامپئو جانشین تیلرسون وزیر خارجه این کشور`, America's)
        named = {c.entity_id for c in self._before_in_item(m, COUNTRY)}
        people = {c.text for c in self._before_in_item(m, {"PERSON"}) if c.start > found.end}
        return found if named == {found.entity_id} and len(people) <= 1 else None

    def _before_in_item(self, m: Mention, labels: set[str]) -> list[Mention]:
        """The mentions with one of ``labels`` that start before ``m`` in its news item."""
        item = self.item_of.get(m.sentence_index)
        limit = bisect.bisect_left(self.starts, m.start)
        return [c for c in self.mentions[:limit] if c.label in labels and self.item_of.get(c.sentence_index) == item]

    def next_mention(self, m: Mention) -> Mention | None:
        i = bisect.bisect_right(self.starts, m.start)
        while i < len(self.mentions) and self.mentions[i].start < m.end:
            i += 1
        return self.mentions[i] if i < len(self.mentions) else None

    def bureau(self, place: Mention) -> bool:
        """The place after a news agency and `از` or `در` (`خبرنگار فارس در ایلام`, `خبرگزاری فارس
        از شهرستان ساری`): the agency's bureau, which says where the report was filed, not what it
        is about."""
        words = [fold(w) for w in self.norm.text[max(0, place.start - BUREAU_CHARS):place.start].split()]
        if words and words[-1] in PLACE_LEVELS:
            words.pop()
        return len(words) >= 2 and words[-1] in BUREAU_PREPOSITIONS and words[-2] in resources().news_agencies

    def previous(self, m: Mention, labels: set[str], same_item: bool = True) -> Mention | None:
        """The nearest mention starting before ``m`` with one of ``labels``; with ``same_item``,
        only within m's news item (a digest's next item is about another place and person)."""
        limit = bisect.bisect_left(self.starts, m.start)
        best = -1
        for label in labels:
            positions = self.positions.get(label)
            if positions:
                j = bisect.bisect_left(positions, limit) - 1
                if j >= 0 and positions[j] > best:
                    best = positions[j]
        if best < 0:
            return None
        found = self.mentions[best]
        if same_item and self.item_of.get(found.sentence_index) != self.item_of.get(m.sentence_index):
            return None
        return found

    def unstopped_line(self, sentence) -> bool:
        """The sentence is a line of its own that no stop ends: a headline or a subheading."""
        block = self.norm.blocks[sentence.block] if sentence.block < len(self.norm.blocks) else None
        return block is not None and self.norm.text[block.start:block.end].strip() == sentence.text.strip() \
            and not sentence.text.rstrip().endswith(LINE_STOPS)

    def same_item(self, a: Mention, b: Mention) -> bool:
        return self.item_of.get(a.sentence_index) == self.item_of.get(b.sentence_index)

    def text_after(self, m: Mention, chars: int = 40) -> str:
        sentence = self.sentences.get(m.sentence_index)
        ceiling = sentence.end if sentence else len(self.norm.text)
        return self.norm.text[m.end:min(ceiling, m.end + chars)]

    def evidence(self, start: int, end: int, sentence_index: int) -> Evidence:
        raw_start, raw_end = self.norm.to_raw(start, end)
        sentence = self.sentences.get(sentence_index)
        return Evidence(raw_start, raw_end, sentence.text if sentence else "", sentence_index)

    def sentence_evidence(self, first: Mention, last: Mention) -> Evidence:
        start, end = min(first.start, last.start), max(first.end, last.end)
        sentences = [self.sentences[i].text for i in range(min(first.sentence_index, last.sentence_index),
                                                           max(first.sentence_index, last.sentence_index) + 1)
                     if i in self.sentences]
        raw_start, raw_end = self.norm.to_raw(start, end)
        return Evidence(raw_start, raw_end, " ".join(sentences), first.sentence_index)
