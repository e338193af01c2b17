"""Recognised mentions → facts: link the entities, then read posts, speakers, figures and events
off them. Pure: the same document and mentions always yield the same facts."""
from __future__ import annotations

from loader.facts.entities import link_entities
from loader.facts.events import find_events
from loader.facts.figures import find_figures
from loader.facts.locations import find_locations
from loader.facts.model import Extraction, Mention
from loader.facts.posts import find_holdings
from loader.facts.speakers import sentence_speakers
from loader.facts.tenure import read_tenure
from loader.facts.view import DocumentView
from loader.ids import mention_id
from loader.ner.dates import DocDate
from loader.normalize import NormalizedDoc


def extract_facts(doc_id: str, norm: NormalizedDoc, doc_date: DocDate, recognized) -> Extraction:
    mentions = [Mention(mention_id(doc_id, r.raw_start, r.raw_end, r.label), r.label, r.text, r.raw_start, r.raw_end,
                        r.start, r.end, r.sentence, None, r.payload) for r in recognized]
    view = DocumentView(norm, mentions)
    entities = {e.id: e for e in link_entities(doc_id, view)}
    holdings, title_holder = find_holdings(view, entities)
    successions = read_tenure(view, holdings, entities, doc_date)
    speakers = sentence_speakers(view, title_holder)
    figures = find_figures(view, entities, speakers, holdings, title_holder)
    events = find_events(doc_id, view, entities, title_holder)
    locations = find_locations(view, entities)
    items = [(item.raw_start, item.raw_end) for item in view.items]
    return Extraction(doc_id, doc_date.year, _title(norm), mentions, list(entities.values()), holdings, figures,
                      events, locations, successions, doc_date, items)


def _title(norm: NormalizedDoc) -> str:
    for block in norm.blocks:
        if block.kind == "heading":
            text = norm.text[block.start:block.end].strip()
            if len(text.split()) >= 3:
                return text
    return norm.sentences[0].text[:120] if norm.sentences else ""
