"""The people the graph holds during one load, indexed the ways the resolver looks them up.

A group of documents is weighed only against the people it could be one person with: the same
given name and surname, or a post held in common within the surname's block
(``loader.identity.resolve`` merges nothing else). Looking those up by key keeps a group's cost
to its own people; weighing each group against whole surname blocks made resolution grow with
the square of the graph (30.6% of `kg load` at 100,000 articles, docs/identity.md).
"""
from __future__ import annotations

from collections import Counter, defaultdict

from loader.identity.resolve import Profile


def merge_into(into: Profile, other: Profile) -> None:
    """``other``'s evidence added to ``into``'s (one person's profile from two sources)."""
    for post, years in other.posts.items():
        into.posts.setdefault(post, set()).update(years)
    into.one_seat |= other.one_seat
    into.orgs |= other.orgs
    into.areas |= other.areas
    into.docs |= other.docs
    into.absorbed = tuple(dict.fromkeys(into.absorbed + other.absorbed))


class KnownPeople:
    """Profiles by id, with the ids of each (surname, given name), each (surname, post) and the
    count of full-name people per surname (what the rarity of a surname is measured on)."""

    def __init__(self) -> None:
        self.by_id: dict[str, Profile] = {}
        self._named: defaultdict[tuple[str, str], set[str]] = defaultdict(set)
        self._posted: defaultdict[tuple[str, str], set[str]] = defaultdict(set)
        self._full: Counter[str] = Counter()

    def __contains__(self, pid: str) -> bool:
        return pid in self.by_id

    def __getitem__(self, pid: str) -> Profile:
        return self.by_id[pid]

    def add(self, p: Profile) -> None:
        """Hold ``p`` (replacing a profile with its id)."""
        self.pop(p.id)
        self.by_id[p.id] = p
        s = p.parts.surname
        if not p.parts.bare:
            self._named[s, p.parts.given].add(p.id)
            self._full[s] += 1
        for post in p.posts:
            self._posted[s, post].add(p.id)

    def pop(self, pid: str) -> Profile | None:
        p = self.by_id.pop(pid, None)
        if p is not None:
            s = p.parts.surname
            if not p.parts.bare:
                self._named[s, p.parts.given].discard(pid)
                self._full[s] -= 1
            for post in p.posts:
                self._posted[s, post].discard(pid)
        return p

    def merge(self, pid: str, other: Profile) -> None:
        """Add ``other``'s evidence to the held profile ``pid``."""
        p = self.by_id[pid]
        merge_into(p, other)
        for post in other.posts:
            self._posted[p.parts.surname, post].add(pid)

    def near(self, p: Profile) -> set[str]:
        """Ids of held profiles ``p`` could be one person with: its full name, or a post in common."""
        s = p.parts.surname
        ids = set(self._named.get((s, p.parts.given), ())) if not p.parts.bare else set()
        for post in p.posts:
            ids |= self._posted.get((s, post), set())
        return ids

    def full_names(self, surname: str) -> int:
        return self._full[surname]
