"""Every node id, made here and nowhere else (as zavod makes every id through one ``make_id``).

Ids are readable keys: a label's prefix and the folded parts that identify the node
(``loader.text_keys``), so two documents naming the same province, person or post give the same id
with no coordination, and an id is made once, final, by whichever stage first knows its parts.
docs/graph-model.md lists the forms.
"""
from __future__ import annotations

from loader.text_keys import fold, slug

# The prefix of each label's ids: the label in lower case, except the one shortened long ago.
PREFIX = {"Organization": "org"}


def make_id(label: str, *parts: str | int) -> str:
    """``<prefix>:<part>:<part>...``; the parts are already keys (folded names, gazetteer ids)."""
    return ":".join([PREFIX.get(label, label.lower()), *map(str, parts)])


def name_id(label: str, name: str) -> str:
    """A node known by its folded name alone (a person's full name, a city, an unlisted organisation)."""
    return make_id(label, fold(name))


def post_id(title: str, organization: str | None, area: str | None) -> str:
    """A post is its title, organisation and area, whoever holds it (Popolo)."""
    return make_id("Post", slug(title, organization or "", area or ""))


def mention_id(doc_id: str, raw_start: int, raw_end: int, label: str) -> str:
    """A mention is its document and raw span (no prefix: it names the words themselves)."""
    return f"{doc_id}:{raw_start}:{raw_end}:{label}"


def figure_id(mention: str) -> str:
    """A figure is the mention that states it."""
    return make_id("Figure", mention)


def event_id(doc_id: str, sentence_index: int) -> str:
    """An event the text reports, one per sentence at most."""
    return make_id("Event", doc_id, sentence_index)


def post_event_id(doc_id: str, kind: str, post: str) -> str:
    """An appointment or a farewell in a document, about one post."""
    return make_id("Event", doc_id, kind, post)
