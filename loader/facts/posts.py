"""Who holds which post: (person, title, organisation, area), current or former, acting or not.

Patterns of the genre, in the order they are tried for each TITLE mention:
- `NAME، TITLE ORG استان X` and `NAME TITLE ORG` (also inside lists of officials);
- `TITLE ORG استان X ... گفت/خبر داد` whose holder is named in a following sentence
  (`... خبر داد. جمشید امیدی با بیان ...`) or, failing that, the person the article is about;
- an earlier post: `NAME ... حدود 5 سال رئیس شعبه 2 ... بود`.
A bare `مدیرعامل سازمان` whose post someone in the article already holds is that person.
"""
from __future__ import annotations

import bisect
import re

from loader.facts.entities import organization_identity
from loader.ner.resources import _strip_area, resources
from loader.facts.model import Entity, Holding, Mention, Post
from loader.facts.view import THIS_PROVINCE, DocumentView
from loader.text_keys import fold, slug

FORMER = re.compile(r"(?:^|\s)(?:بود|بودند|سابق|پیشین|اسبق)(?:[\s.،]|$)")
# Posts that are provincial by nature: without an adjacent area they take the sentence's province.
PROVINCIAL_TITLES = {fold(t) for t in ("مدیرکل", "مدیر کل", "سرپرست")}
PERSON, PROVINCE = frozenset({"PERSON"}), frozenset({"PROVINCE"})
FORWARD_SENTENCES = 8
BACKWARD_SENTENCES = 15


def find_holdings(view: DocumentView, entities: dict[str, Entity]) -> tuple[list[Holding], dict[str, str]]:
    """Holdings, and for every TITLE mention the person it refers to (for speaker resolution)."""
    holdings: list[Holding] = []
    title_holder: dict[str, str] = {}
    pending: list[tuple[Mention, Post, Mention]] = []
    title_person: dict[str, Mention] = {}
    for t in (m for m in view.mentions if m.label == "TITLE"):
        post, last = _post_of(view, t, entities)
        person = _adjacent_person(view, t, last)
        if person is None:
            person = _conjoined_holder(view, t, title_person)
        status = "current"
        if person is None:
            person = _sentence_subject(view, t)
            if person is not None and FORMER.search(view.text_after(t, 80)):
                status = "former"
            elif person is not None and not _post_is_specific(post):
                person = None
        if person is None:
            pending.append((t, post, last))
            continue
        holdings.append(_holding(view, person, t, last, post, status, entities))
        title_holder[t.id] = person.entity_id
        title_person[t.id] = person
    posts = _PostIndex(holdings)
    people = _Unheld(view, {h.person_id for h in holdings}) if pending else None
    for t, post, last in pending:
        same = posts.first_same(post)
        if same is not None:
            title_holder[t.id] = same.person_id
            continue
        if not _post_is_specific(post):
            continue
        person = _named_nearby(t, people)
        if person is not None:
            holding = _holding(view, person, t, last, post, "current", entities)
            holdings.append(holding)
            posts.add(holding)
            people.hold(holding.person_id)
            title_holder[t.id] = person.entity_id
    return _dedupe(holdings), title_holder


def _post_of(view: DocumentView, t: Mention, entities: dict[str, Entity]) -> tuple[Post, Mention]:
    last = t
    org = area = None
    nxt = view.next_mention(t)
    if nxt is not None and nxt.label == "ORG" and view.adjacent(t, nxt):
        org, last = nxt, nxt
        nxt = view.next_mention(nxt)
    if nxt is not None and nxt.label in ("PROVINCE", "CITY") and view.adjacent(last, nxt):
        area, last = nxt, nxt
    elif THIS_PROVINCE.match(view.norm.text[last.end:last.end + 12].strip()):
        area = view.previous(t, {"PROVINCE"})  # `مدیرکل ... این استان`
    if area is None and (fold(t.text) in PROVINCIAL_TITLES or t.text.startswith("سرپرست")):
        area = view.first_in_sentence(t.sentence_index, PROVINCE, after=t.start)
    org_id = org_name = None
    if org is not None:
        org_id, org_name, _ = organization_identity(org.text, org.payload)
        unit = (t.payload.get("implies_unit") or "") if t.payload else ""
        listed = org.payload.get("source") == "gazetteer" and not org.payload.get("derived")
        implied = resources().organizations.get(f"{unit} {org.text}") if unit and not listed else None
        if implied and not fold(org.text).startswith(fold(unit)):
            # `وزیر تعاون، کار و رفاه اجتماعی` heads the ministry, `مدیرکل ...` the directorate.
            org_id, org_name = "org:" + implied["id"], _strip_area(implied["name"])
    area_id = area.entity_id if area is not None else None
    area_name = entities[area_id].name if area_id in entities else (area.text if area else None)
    label = "Province" if area is not None and area.label == "PROVINCE" else ("City" if area is not None else None)
    title = " ".join(t.text.split())
    post_id = "post:" + slug(title, org_name or "", area_name or "")
    return Post(post_id, title, org_name, org_id, area_name, area_id, label), last


def _post_is_specific(post: Post) -> bool:
    return post.organization is not None or post.area is not None


def _adjacent_person(view: DocumentView, t: Mention, last: Mention) -> Mention | None:
    before = view.previous(t, {"PERSON", "TITLE", "ORG", "PROVINCE", "CITY", "MONEY", "QUANTITY", "PERCENT", "DATE"})
    if before is not None and before.label == "PERSON" and before.sentence_index == t.sentence_index \
            and view.adjacent(before, t):
        return before
    return None


def _conjoined_holder(view: DocumentView, t: Mention, title_person: dict[str, Mention]) -> Mention | None:
    """`NAME مشاور مدیرعامل و مدیر کل دفتر مدیرعامل`: a second post joined by `و` is the same person's."""
    before = view.previous(t, {"PERSON", "TITLE", "ORG", "PROVINCE", "CITY"})
    while before is not None and before.label in ("ORG", "PROVINCE", "CITY"):
        before = view.previous(before, {"PERSON", "TITLE", "ORG", "PROVINCE", "CITY"})
    if before is not None and before.label == "TITLE" and before.id in title_person \
            and view.norm.text[before.end:t.start].strip().endswith("و") \
            and "،" not in view.norm.text[before.end:t.start]:
        return title_person[before.id]
    return None


def _sentence_subject(view: DocumentView, t: Mention) -> Mention | None:
    """The person a sentence is about: its first PERSON, when it comes before the post."""
    first = view.first_in_sentence(t.sentence_index, PERSON)
    return first if first is not None and first.start < t.start else None


def _named_nearby(t: Mention, people: "_Unheld") -> Mention | None:
    """The holder of an unnamed post: the first person named in the next sentences who holds
    nothing yet, else the nearest such person before it."""
    found = people.first_after(t.start, lambda m: t.sentence_index < m.sentence_index <= t.sentence_index + FORWARD_SENTENCES
                               or (m.sentence_index == t.sentence_index and m.start > t.end),
                               stop=lambda m: m.sentence_index > t.sentence_index + FORWARD_SENTENCES)
    if found is not None:
        return found
    return people.last_before(t.start, lambda m: t.sentence_index - BACKWARD_SENTENCES <= m.sentence_index <= t.sentence_index,
                              stop=lambda m: m.sentence_index < t.sentence_index - BACKWARD_SENTENCES)


class _Unheld:
    """PERSON mentions in document order whose person holds no post yet. Holders are only ever
    added, so each mention is skipped at most once over a whole document (a union-find of the
    next unheld mention on either side), which keeps many unnamed posts linear."""

    def __init__(self, view: DocumentView, holders: set[str]):
        self.people = [m for m in view.mentions if m.label == "PERSON"]
        self.starts = [m.start for m in self.people]
        self.by_person: dict[str | None, list[int]] = {}
        for i, m in enumerate(self.people):
            self.by_person.setdefault(m.entity_id, []).append(i)
        self.right = list(range(len(self.people) + 1))   # i -> next unheld index >= i (len = none)
        self.left = list(range(-1, len(self.people)))    # i + 1 -> previous unheld index <= i (-1 = none)
        for person_id in holders:
            self.hold(person_id)

    def hold(self, person_id: str) -> None:
        for i in self.by_person.pop(person_id, []):
            self.right[i] = i + 1
            self.left[i + 1] = i - 1

    @staticmethod
    def _find(links: list[int], i: int, offset: int) -> int:
        root = i
        while links[root + offset] != root:
            root = links[root + offset]
        while links[i + offset] != root:
            links[i + offset], i = root, links[i + offset]
        return root

    def first_after(self, position: int, accept, stop) -> Mention | None:
        i = self._find(self.right, bisect.bisect_left(self.starts, position), 0)
        while i < len(self.people):
            m = self.people[i]
            if stop(m):
                return None
            if accept(m):
                return m
            i = self._find(self.right, i + 1, 0)
        return None

    def last_before(self, position: int, accept, stop) -> Mention | None:
        i = self._find(self.left, bisect.bisect_left(self.starts, position) - 1, 1)
        while i >= 0:
            m = self.people[i]
            if stop(m):
                return None
            if accept(m):
                return m
            i = self._find(self.left, i - 1, 1)
        return None


class _PostIndex:
    """The first holding of the same post as an unnamed one: same title, and the same
    organisation and area where the unnamed post names them. Found by key rather than by a scan
    of every holding: each holding is filed under its title with its organisation and area, each
    of them also left open."""
    ANY = object()

    def __init__(self, holdings: list[Holding]):
        self.first: dict[tuple, Holding] = {}
        for h in holdings:
            self.add(h)

    def add(self, h: Holding) -> None:
        title, org, area = fold(h.post.title), h.post.organization_id, h.post.area_id
        for key in ((title, org, area), (title, self.ANY, area), (title, org, self.ANY), (title, self.ANY, self.ANY)):
            self.first.setdefault(key, h)

    def first_same(self, post: Post) -> Holding | None:
        return self.first.get((fold(post.title), self.ANY if post.organization is None else post.organization_id,
                               self.ANY if post.area is None else post.area_id))


def _holding(view: DocumentView, person: Mention, t: Mention, last: Mention, post: Post, status: str,
             entities: dict[str, Entity]) -> Holding:
    evidence = view.sentence_evidence(person if person.start < t.start else t, last if last.end > person.end else person)
    name = entities[person.entity_id].name if person.entity_id in entities else person.text
    return Holding(person.entity_id, name, post, post.title.startswith("سرپرست"), status, evidence,
                   [person.id, t.id])


def _dedupe(holdings: list[Holding]) -> list[Holding]:
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
    return [kept for kept, _ in seen.values()]
