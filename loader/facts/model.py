"""The facts one document yields, each with the raw span and sentence that justify it."""
from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import NamedTuple

from loader.ner.dates import UNKNOWN, DocDate


class EntityRef(NamedTuple):
    """An entity a fact points at, by name rather than position (a tuple still, so `kg extract`
    writes it as the ``[id, label, name]`` list it always wrote)."""
    id: str
    label: str
    name: str


@dataclass
class Evidence:
    raw_start: int
    raw_end: int
    sentence: str
    sentence_index: int


@dataclass
class Mention:
    id: str
    label: str
    text: str            # normalized text of the span
    raw_start: int
    raw_end: int
    start: int           # normalized offsets
    end: int
    sentence_index: int
    entity_id: str | None = None
    payload: dict = field(default_factory=dict, repr=False)


@dataclass
class Entity:
    """A thing the graph has a node for: person, organisation, place, program, law, facility."""
    id: str
    label: str           # Person | Organization | Province | City | Program | Law | Facility
    name: str
    aliases: list[str] = field(default_factory=list)
    mentions: list[str] = field(default_factory=list)
    properties: dict = field(default_factory=dict)


@dataclass
class Post:
    id: str
    title: str
    organization: str | None
    organization_id: str | None
    area: str | None
    area_id: str | None
    area_label: str | None
    # the other towns of a constituency of several (`نماینده مردم بیرجند، خوسف و درمیان`)
    more_area_ids: tuple[str, ...] = ()


@dataclass
class Bound:
    """One end of a tenure: a Jalali date at its precision, whether the text states it (`on`) or
    only that it was no later (`not_after`) or no earlier (`not_before`), and why."""
    date: str | None     # `1402`, `1402-07`, `1402-07-08`; None when only the reason is known
    precision: str       # day | month | year | unknown
    relation: str        # on | not_after | not_before
    reason: str          # appointed | farewell | introduced | former | since | span | counted_back | retired ...
    inferred: bool
    evidence: Evidence | None


@dataclass
class Holding:
    person_id: str
    person: str
    post: Post
    acting: bool
    status: str          # what this document says: current | former | appointed
    evidence: Evidence
    mentions: list[str] = field(default_factory=list)
    start: Bound | None = None
    end: Bound | None = None


@dataclass
class Succession:
    """A person who took a post from another, as the text states it (a farewell and introduction)."""
    successor_id: str
    predecessor_id: str
    post_id: str
    evidence: Evidence


@dataclass
class Figure:
    id: str
    text: str
    value: float
    unit: str | None
    kind: str            # MONEY | PERCENT | QUANTITY
    measure: str | None
    subject_id: str | None
    subject: str | None
    subject_label: str | None
    stated_by_id: str | None
    stated_by: str | None
    period: str | None
    period_start: str | None
    period_end: str | None
    value_rial: float | None
    unattached: bool
    qualifier: str | None
    evidence: Evidence
    also: list[Evidence] = field(default_factory=list)   # the same figure stated again (a pull quote)
    # `value` and `value_rial` are floats for queries, None when out of a float's range; these
    # are exact: integer or decimal text (`1250000000000`, `7.27`, `1/3`), None past 1,000 digits.
    value_exact: str | None = None
    value_rial_exact: str | None = None
    out_of_range: bool = False


@dataclass
class Event:
    id: str
    type: str            # visit | opening | groundbreaking | meeting
    who: list[tuple[str, str]]        # (person id, name)
    what: EntityRef | None
    where: EntityRef | None
    date: str | None
    date_precision: str | None
    gregorian: str | None
    evidence: Evidence


@dataclass
class Location:
    """A program run in, or a facility standing in, a place the statement names."""
    entity_id: str
    entity_label: str      # Program | Facility
    place_id: str
    place_label: str       # City | Province
    place_name: str
    evidence: Evidence


@dataclass
class Extraction:
    doc_id: str
    doc_year: int | None
    title: str
    mentions: list[Mention]
    entities: list[Entity]
    holdings: list[Holding]
    figures: list[Figure]
    events: list[Event]
    locations: list[Location] = field(default_factory=list)
    successions: list[Succession] = field(default_factory=list)
    doc_date: DocDate = UNKNOWN
    # The news items the document reports, as raw spans (start, end): one for an article, many
    # for a digest; facts never reach across them.
    items: list[tuple[int, int]] = field(default_factory=list)

    def records(self):
        """One JSON-able dict per fact, for `kg extract --format jsonl`; the document's own first."""
        yield {"type": "document", "document": self.doc_id, "title": self.title, "year": self.doc_year,
               "date": self.doc_date.jalali, "date_precision": self.doc_date.precision,
               "date_gregorian": self.doc_date.gregorian, "date_source": self.doc_date.source,
               "items": [list(span) for span in self.items]}
        for m in self.mentions:
            yield {"type": "mention", "document": self.doc_id, **{k: v for k, v in asdict(m).items() if k != "payload"}}
        for kind, records in (("entity", self.entities), ("holds", self.holdings), ("figure", self.figures),
                              ("event", self.events), ("location", self.locations),
                              ("succession", self.successions)):
            for record in records:
                yield {"type": kind, "document": self.doc_id, **asdict(record)}
