"""Names in the graph, for answers that say why they are empty.

A canned query that is given a name matching nothing returns no rows, which reads as "nothing
happened there". Before saying so, we look the name up the way the query compares it (folded:
no ZWNJ, no spaces, Persian letter forms) and, when nothing has it, offer the closest names
the graph does hold (`did you mean ...`). A target is a label (its ``name``, ``aliases``,
``name_en`` and ``search`` words), ``Label.property`` (that property's values), and either may end
in ``:contains`` when the query accepts a part of the name.
"""
from __future__ import annotations

import difflib
from dataclasses import dataclass

from neo4j import Driver, READ_ACCESS

from loader.errors import KgError
from loader.graph.model import MODEL
from loader.text_keys import fold

MAX_NAMES = 50_000


@dataclass(frozen=True)
class Target:
    label: str
    prop: str | None = None
    contains: bool = False

    @classmethod
    def parse(cls, spec: str) -> "Target":
        body, _, mode = spec.partition(":")
        label, _, prop = body.strip().partition(".")
        if label not in MODEL.nodes:  # labels reach Cypher text, so only the model's are allowed
            raise KgError(f"names: {label!r} is not a label of the graph model")
        if prop and prop not in MODEL.nodes[label]["properties"]:
            raise KgError(f"names: {label}.{prop} is not a property of the graph model")
        return cls(label, prop or None, mode.strip() == "contains")


@dataclass
class Named:
    """One name the graph holds and the keys it is compared by."""
    display: str
    label: str
    keys: set[str]


def _session(driver: Driver, database: str):
    return driver.session(database=database, default_access_mode=READ_ACCESS)


def graph_names(driver: Driver, database: str, target: Target) -> list[Named]:
    found: list[Named] = []
    with _session(driver, database) as session:
        if target.prop:
            result = session.run(f"MATCH (n:`{target.label}`) WHERE n.`{target.prop}` IS NOT NULL "
                                 f"RETURN DISTINCT toString(n.`{target.prop}`) AS name LIMIT $limit", limit=MAX_NAMES)
            return [Named(r["name"], target.label, {fold(r["name"])}) for r in result]
        result = session.run(f"MATCH (n:`{target.label}`) RETURN coalesce(n.name, n.label) AS name, "
                             "n.aliases AS aliases, n.name_en AS name_en, n.search AS search LIMIT $limit",
                             limit=MAX_NAMES)
        for r in result:
            if not r["name"]:
                continue
            keys = {fold(r["name"])} | {fold(a) for a in r["aliases"] or [] if isinstance(a, str)}
            keys |= set((r["search"] or "").split())
            if r["name_en"]:
                keys.add(r["name_en"].lower())
            found.append(Named(r["name"], target.label, keys))
    return found


def _matches(key: str, named: Named, target: Target) -> bool:
    if key in named.keys:
        return True
    return target.contains and any(key in k for k in named.keys)


def find(driver: Driver, database: str, targets: list[Target], value: str) -> list[Named]:
    """The graph's names that ``value`` matches, the way a canned query compares them."""
    key = fold(str(value))
    hits = []
    for target in targets:
        hits += [n for n in graph_names(driver, database, target) if _matches(key, n, target)]
    return hits


def closest(driver: Driver, database: str, targets: list[Target], value: str, limit: int = 3) -> list[str]:
    """Up to ``limit`` names most like ``value``: same letters after folding, a part of a name,
    or the English name (``Qom`` → قم)."""
    key = fold(str(value))
    lowered = key.lower()
    scored: dict[str, float] = {}
    for target in targets:
        for named in graph_names(driver, database, target):
            best = 0.0
            for k in named.keys:
                ratio = difflib.SequenceMatcher(None, lowered, k.lower()).ratio()
                if len(lowered) >= 2 and (lowered in k.lower() or k.lower() in lowered):
                    ratio = max(ratio, 0.75)
                best = max(best, ratio)
            if best >= 0.6:
                scored[named.display] = max(best, scored.get(named.display, 0.0))
    ranked = sorted(scored.items(), key=lambda item: (-item[1], len(item[0]), item[0]))
    return [name for name, _ in ranked[:limit]]


def best_connected(driver: Driver, database: str, target: Target, limit: int = 5) -> list[str]:
    """A few names to try: the best-connected nodes of the label (or the commonest values)."""
    with _session(driver, database) as session:
        if target.prop:
            result = session.run(f"MATCH (n:`{target.label}`) WHERE n.`{target.prop}` IS NOT NULL "
                                 f"RETURN toString(n.`{target.prop}`) AS name, count(*) AS weight "
                                 "ORDER BY weight DESC, name LIMIT $limit", limit=limit)
        else:
            result = session.run(f"MATCH (n:`{target.label}`) WHERE coalesce(n.name, n.label) IS NOT NULL "
                                 "RETURN coalesce(n.name, n.label) AS name, COUNT { (n)--() } AS weight "
                                 "ORDER BY weight DESC, name LIMIT $limit", limit=limit)
        return [r["name"] for r in result]


def did_you_mean(names: list[str]) -> str:
    return f"; did you mean {', '.join(names[:-1]) + ' or ' if len(names) > 1 else ''}{names[-1]}?" if names else ""
