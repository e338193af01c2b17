"""A document as the fact rules see it: mentions in order, grouped by sentence, with the text
between them, and the evidence of any span."""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from loader.facts.items import item_names, split_items
from loader.facts.model import Evidence, Mention
from loader.normalize import NormalizedDoc

# What may stand between the parts of `NAME، TITLE ORG استان X`.
JOINERS = re.compile(r"^[\s،,]*(?:(?:استان|شهرستان|شهر|کلانشهر|سازمان|محترم|جدید|و)\s*[\s،,]*)*$")
THIS_PROVINCE = re.compile(r"^\s*(?:این|همین)\s+استان")


@dataclass
class DocumentView:
    norm: NormalizedDoc
    mentions: list[Mention]

    def __post_init__(self):
        self.mentions.sort(key=lambda m: m.start)
        self.starts = [m.start for m in self.mentions]
        self.by_sentence: dict[int, list[Mention]] = {}
        for m in self.mentions:
            self.by_sentence.setdefault(m.sentence_index, []).append(m)
        self.sentences = {s.index: s for s in self.norm.sentences}
        self.items = split_items(self.norm, *item_names(self.mentions, self.norm.sentences))
        self.item_of: dict[int, int] = {i: item.index for item in self.items
                                        for i in range(item.first_sentence, item.last_sentence + 1)}

    def gap(self, left: Mention, right: Mention) -> str:
        return self.norm.text[left.end:right.start]

    def adjacent(self, left: Mention, right: Mention) -> bool:
        return left.end <= right.start and bool(JOINERS.match(self.gap(left, right)))

    def next_mention(self, m: Mention) -> Mention | None:
        i = bisect.bisect_right(self.starts, m.start)
        while i < len(self.mentions) and self.mentions[i].start < m.end:
            i += 1
        return self.mentions[i] if i < len(self.mentions) else None

    def previous(self, m: Mention, labels: set[str], same_item: bool = True) -> Mention | None:
        """The nearest mention before m with one of the labels, within m's news item."""
        i = bisect.bisect_left(self.starts, m.start) - 1
        item = self.item_of.get(m.sentence_index)
        while i >= 0:
            cand = self.mentions[i]
            if same_item and self.item_of.get(cand.sentence_index) != item:
                return None
            if cand.label in labels:
                return cand
            i -= 1
        return None

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
