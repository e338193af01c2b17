"""The resolver during `kg load`: decisions checked first, each group of documents resolved
against the graph before it is written, and the documents to write again listed.

Profiles of the graph's people are read once per surname block per load and kept up to date
with what the load writes, so resolving costs one query per new surname, not one per document;
each group is weighed only against the people it could be one person with
(``loader.identity.known``), so its cost does not grow with the graph.
Merging two nodes is writing again the documents of the one that goes (a document's facts are
replaced as a whole, ``loader.neo4j.sink``), which is also how a decision made after a load
takes effect: `same` writes again the documents of the node that is absorbed, `different`
those that named the absorbed id. A decision never needs a query language of its own.
"""
from __future__ import annotations

import time
from pathlib import Path

from neo4j import Driver

from loader.errors import KgError, one_line
from loader.graph.batch import GraphBatch
from loader.identity.apply import batch_profiles, rewrite
from loader.identity.decisions import Decision, in_force, read_decisions
from loader.identity.known import KnownPeople, merge_into
from loader.identity.resolve import Profile, Resolution, resolve
from loader.ner.resources import resources
from loader.neo4j.identity import (documents_of, graph_has_documents, named_ids, profiles_by_id,
                                   profiles_by_surname)


def _copy(p: Profile) -> Profile:
    return Profile(p.id, p.name, p.parts, {k: set(v) for k, v in p.posts.items()}, set(p.one_seat), set(p.orgs),
                   set(p.areas), set(p.docs), p.existing, p.absorbed)


class LoadResolver:
    """One load's resolver: ``check`` before writing, ``group`` for each group of documents."""

    def __init__(self, driver: Driver, database: str, path: Path):
        self.driver, self.database, self.path = driver, database, path
        everything = read_decisions(path)
        self.decisions: list[Decision] = in_force(everything, path)
        undone = {d.undo for d in everything if d.decision == "undo"}
        self.undone_same = [d for d in everything if d.decision == "same" and d.n in undone]
        self.same = [(d.a, d.b, f"decided same ({path.name} line {d.line})") for d in self.decisions
                     if d.decision == "same"]
        self.different = [(d.a, d.b) for d in self.decisions if d.decision == "different"]
        self.decided = {x for d in self.decisions for x in (d.a, d.b)}
        self.known = KnownPeople()
        self.blocks: set[str] = set()
        self.listed = resources().surnames
        self.seconds = 0.0

    def check(self) -> dict[str, str]:
        """Refuse decisions naming a person the graph does not have (skipped when the graph
        holds no document: after a wipe, decisions wait for their documents); return the
        documents (id -> path) to write again for decisions not yet in effect."""
        ids = sorted({x for d in self.decisions + self.undone_same for x in (d.a, d.b)})
        if not ids or not graph_has_documents(self.driver, self.database):
            return {}
        nodes = profiles_by_id(self.driver, self.database, ids)
        for p in nodes:
            self.known.add(p)
        node_of = {x: p.id for p in nodes for x in (p.id, *p.absorbed)}
        named = named_ids(self.driver, self.database, [x for x in ids if x not in node_of])
        for d in self.decisions:
            for x in (d.a, d.b):
                if x not in node_of and x not in named:
                    raise KgError(f"{self.path}:{d.line}: {one_line(x)} is not a person in the graph "
                                  f"(kg query person finds ids); fix or undo the line, nothing was loaded")
        rewrite_nodes, rewrite_as = [], []
        for d in self.decisions:
            na, nb = node_of.get(d.a), node_of.get(d.b)
            if d.decision == "same" and na and nb and na != nb:
                rewrite_nodes += [na, nb]
            elif d.decision == "different" and na and na == nb:
                rewrite_as += [x for x in (d.a, d.b) if x != na]
        for d in self.undone_same:  # one node only by that decision: weighed again
            na, nb = node_of.get(d.a), node_of.get(d.b)
            if na and na == nb:
                rewrite_as += [x for x in (d.a, d.b) if x != na]
        if not rewrite_nodes and not rewrite_as:
            return {}
        return documents_of(self.driver, self.database, node_ids=rewrite_nodes, as_ids=rewrite_as)

    def group(self, batches: list[GraphBatch]) -> tuple[Resolution, list[str]]:
        """Resolve and rewrite the group's person ids in place; return the resolution and the
        graph nodes that now move into another (their documents must be written again)."""
        began = time.perf_counter()
        fresh = batch_profiles(batches)
        wanted = sorted({p.parts.surname for p in fresh} - self.blocks)
        if wanted:
            for p in profiles_by_surname(self.driver, self.database, wanted):
                self.known.add(p)
            self.blocks.update(wanted)
        near = {p.id for p in fresh if p.id in self.known} | {pid for pid in self.decided if pid in self.known}
        for p in fresh:
            near |= self.known.near(p)
        fresh_ids = {p.id for p in fresh}
        profiles = {pid: _copy(self.known[pid]) if pid in fresh_ids else self.known[pid] for pid in sorted(near)}
        for p in fresh:
            if p.id in profiles:
                merge_into(profiles[p.id], p)
            else:
                profiles[p.id] = p
        counts = {s: self.known.full_names(s) for s in {p.parts.surname for p in profiles.values()}}
        for p in fresh:
            if not p.parts.bare and p.id not in self.known:
                counts[p.parts.surname] += 1
        resolution = resolve(list(profiles.values()), self.same, self.different, counts, self.listed,
                             focus={p.id for p in fresh})
        for batch in batches:
            rewrite(batch, resolution)
        moved = [pid for pid, p in profiles.items() if p.existing and resolution.canonical.get(pid, pid) != pid]
        self._remember(fresh, moved, resolution)
        self.seconds += time.perf_counter() - began
        return resolution, moved

    def _remember(self, fresh: list[Profile], moved: list[str], resolution: Resolution) -> None:
        """What the graph will hold once the group is written (and the moved nodes' documents
        written again), so the next group sees it."""
        fresh_ids = {p.id for p in fresh}
        fresh = fresh + [self.known[pid] for pid in moved if pid in self.known and pid not in fresh_ids]
        for p in sorted(fresh, key=lambda p: resolution.canonical.get(p.id, p.id) != p.id):
            head = resolution.canonical.get(p.id, p.id)
            if head == p.id:
                if p.id in self.known:
                    self.known.merge(p.id, p)
                else:
                    p.existing = True
                    self.known.add(p)
            else:
                gone = self.known.pop(p.id)
                if head in self.known:
                    self.known.merge(head, p)
                    node = self.known[head]
                    node.absorbed = tuple(dict.fromkeys(node.absorbed + (p.id,) + (gone.absorbed if gone else ())))
