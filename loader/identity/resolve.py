"""Which person ids are one person: a pure function of profiles, decisions and surname counts.

Candidate pairs are blocked by folded surname (``loader.identity.names``). Two full names with
the same given name are one person. A bare surname (`عاشوری`, an id scoped to its document)
joins another profile only when they share a one-seat post (`مدیرکل تأمین اجتماعی استان قم`),
and then only if the sum of the evidence (same time, organisation, area, and how rare the
surname is: a shared `موسوی` counts for little, `مجیدیان‌راد` for much) reaches the threshold
of ``loader/data/identity.json``, and only when exactly one person qualifies. Two people with
different given names never merge by rule. Decisions (``loader.identity.decisions``) come first
and are never overridden: `same` joins, `different` forbids any merge that would join the two.
A cluster's node is its fullest name (a full name before a bare surname), whatever the order
the documents came in, so a load in another order gives the same graph. Pairs that reach the candidate score but are left apart are listed for review.
"""
from __future__ import annotations

import json
import math
from dataclasses import dataclass, field
from importlib import resources as package_files

from loader.identity.names import NameParts

RULES: dict = json.loads(package_files.files("loader").joinpath("data/identity.json").read_text("utf-8"))


@dataclass
class Profile:
    """What one person id says about its person: the evidence a merge is weighed on."""
    id: str
    name: str
    parts: NameParts
    posts: dict[str, set[int | None]] = field(default_factory=dict)   # post id -> years held (None: undated)
    one_seat: set[str] = field(default_factory=set)                   # those of `posts` one person holds at a time
    orgs: set[str] = field(default_factory=set)
    areas: set[str] = field(default_factory=set)
    docs: set[str] = field(default_factory=set)
    existing: bool = False          # a node of the graph already (it moves when a fuller name joins it)
    absorbed: tuple[str, ...] = ()  # ids an existing node absorbed earlier (weighed again, never assumed)


@dataclass(frozen=True)
class Candidate:
    a: str
    b: str
    score: float
    reasons: tuple[str, ...]


@dataclass
class Resolution:
    canonical: dict[str, str]                 # every profile's id (and absorbed id) -> its node's id
    reasons: dict[str, str]                   # absorbed id -> why it is that node
    candidates: list[Candidate]               # left apart, most uncertain first


def score(a: Profile, b: Profile, counts: dict[str, int], listed: set[str]) -> tuple[float, tuple[str, ...], bool]:
    """(score, reasons, whether a one-seat post is shared) for two profiles of one block."""
    reasons: list[str] = []
    total = 0.0
    if not a.parts.bare and not b.parts.bare:
        if a.parts.given == b.parts.given:
            total += RULES["same_name"]
            reasons.append("same given name and surname")
        else:
            total += RULES["other_given_name"]
            reasons.append("different given names")
        if a.parts.seyed != b.parts.seyed:
            total += RULES["seyed_conflict"]
            reasons.append("سید on one side only")
    shared_seat = False
    for post in sorted(a.posts.keys() & b.posts.keys()):
        if post in a.one_seat:
            shared_seat = True
            when = _same_time(a.posts[post], b.posts[post])
            if when is False:
                reasons.append(f"same one-seat post at other times: {post}")
                continue
            total += RULES["one_seat_post_same_time" if when else "one_seat_post_unknown_time"]
            reasons.append(f"same one-seat post{' at the same time' if when else ''}: {post}")
        else:
            total += RULES["shared_post"]
            reasons.append(f"same post: {post}")
        break
    if a.orgs & b.orgs:
        total += RULES["shared_organization"]
        reasons.append(f"same organisation: {sorted(a.orgs & b.orgs)[0]}")
    if a.areas & b.areas:
        total += RULES["shared_area"]
        reasons.append(f"same area: {sorted(a.areas & b.areas)[0]}")
    surname = a.parts.surname
    rarity = rarity_of(surname, counts, listed)
    total += RULES["rarity"] * rarity
    reasons.append(f"surname {surname} rarity {rarity:.2f}")
    return round(total, 3), tuple(reasons), shared_seat


def rarity_of(surname: str, counts: dict[str, int], listed: set[str]) -> float:
    """1 for a surname no one else has, towards 0 as people with it grow: the count of distinct
    full-name people with it in the graph and this load, plus a prior when the gazetteer lists it."""
    seen = max(0, counts.get(surname, 0) - 1) + (RULES["gazetteer_surname_count"] if surname in listed else 0)
    return 1 / (1 + math.log1p(seen))


def _same_time(a: set[int | None], b: set[int | None]) -> bool | None:
    """True when two holdings' years are within the window, False when all are known and apart,
    None when either side is undated."""
    ya, yb = {y for y in a if y}, {y for y in b if y}
    if not ya or not yb:
        return None
    return any(abs(x - y) <= RULES["same_time_years"] for x in ya for y in yb)


def _fullness(p: Profile) -> tuple:
    return (p.parts.bare, -len(p.parts.given + p.parts.surname), not p.parts.seyed, p.id)


class _Clusters:
    """Union-find that refuses a join a `different` decision forbids."""

    def __init__(self, ids, different: set[frozenset[str]]):
        self.parent = {i: i for i in ids}
        self.members = {i: {i} for i in ids}
        self.different = different

    def find(self, i: str) -> str:
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def union(self, a: str, b: str) -> bool:
        ra, rb = self.find(a), self.find(b)
        if ra != rb and any(frozenset((x, y)) in self.different for x in self.members[ra] for y in self.members[rb]):
            return False
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[rb] = ra
            self.members[ra] |= self.members.pop(rb)
        return True


def resolve(profiles: list[Profile], same: list[tuple[str, str, str]], different: list[tuple[str, str]],
            counts: dict[str, int], listed: set[str], focus: set[str] | None = None) -> Resolution:
    """``same``: (a, b, why) pairs decided one person; ``different``: pairs decided two.
    ``counts``: full-name people per surname; ``listed``: surnames the gazetteer lists.
    ``focus``: the ids whose pairs are scored (those of the documents being loaded); default all."""
    by_id = {p.id: p for p in profiles}
    ids = set(by_id) | {x for p in profiles for x in p.absorbed} | {x for pair in same for x in pair[:2]}
    forbidden = {frozenset(pair) for pair in different}
    clusters = _Clusters(sorted(ids), forbidden)
    reasons: dict[str, str] = {}
    for a, b, why in same:
        if clusters.union(a, b):
            reasons[b] = reasons[a] = why
    scored: list[tuple[Profile, Profile, float, tuple[str, ...], bool]] = []
    blocks: dict[str, list[Profile]] = {}
    for p in profiles:
        blocks.setdefault(p.parts.surname, []).append(p)
    for block in blocks.values():
        block.sort(key=lambda p: p.id)
        for i, a in enumerate(block):
            for b in block[i + 1:]:
                if focus is not None and a.id not in focus and b.id not in focus:
                    continue
                if a.docs and a.docs == b.docs and (a.parts.bare or b.parts.bare):
                    continue  # within a document the extractor already linked what it could
                if not a.parts.bare and not b.parts.bare and a.parts.given != b.parts.given \
                        and not a.posts.keys() & b.posts.keys():
                    continue  # below the candidate score whatever else they share: not worth weighing
                scored.append((a, b, *score(a, b, counts, listed)))
    for a, b, total, why, _ in scored:
        if not a.parts.bare and not b.parts.bare and total >= RULES["threshold"]:
            if clusters.union(a.id, b.id):
                reasons.setdefault(b.id, "; ".join(why))
                reasons.setdefault(a.id, "; ".join(why))
    for bare in sorted((p for p in profiles if p.parts.bare), key=lambda p: p.id):
        qualifying = [(other, total, why) for a, b, total, why, seat in scored
                      for other in [b if a is bare else a if b is bare else None]
                      if other is not None and seat and total >= RULES["threshold"]]
        if len({clusters.find(o.id) for o, _, _ in qualifying}) == 1:
            other, _, why = max(qualifying, key=lambda q: q[1])
            if clusters.union(other.id, bare.id):
                reasons.setdefault(bare.id, "bare surname: " + "; ".join(why))
    canonical: dict[str, str] = {}
    for root, members in clusters.members.items():
        present = [by_id[m] for m in members if m in by_id]
        head = min(present, key=_fullness).id if present else min(members)
        for m in members:
            canonical[m] = head
    candidates = [Candidate(a.id, b.id, total, why) for a, b, total, why, _ in scored
                  if total >= RULES["candidate"] and canonical[a.id] != canonical[b.id]
                  and frozenset((a.id, b.id)) not in forbidden]
    candidates.sort(key=lambda c: (abs(c.score - RULES["threshold"]), c.a, c.b))
    return Resolution(canonical, {i: r for i, r in reasons.items() if canonical.get(i) != i}, candidates)
