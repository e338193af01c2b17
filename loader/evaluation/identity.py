"""B-cubed precision and recall of person identity: within documents and across them.

The gold: each document's ``persons`` (one cluster of mentions per person), joined across
documents by the judged pairs of ``cross_document_persons.jsonl`` (beside the split folders).
The mentions scored are the gold person mentions the extractor found (an overlapping mention
linked to a person); each takes that person, mapped through the resolver run over the whole
split as `kg load` runs it (no decisions). Mentions missed, and mentions the gold does not have,
do not count here: the entity scores measure them; the report says how many were found.
"""
from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

from loader.corpus import RawDocument
from loader.facts.model import Extraction
from loader.graph.build import extraction_batch
from loader.identity.apply import batch_profiles
from loader.identity.resolve import resolve
from loader.ner.resources import resources
from loader.text_keys import fold

Key = tuple[str, int, int]   # (document, start, end) of a gold mention


@dataclass
class IdentityGold:
    """Gold and predicted person clusters of one split, filled document by document."""
    gold: dict[Key, str] = field(default_factory=dict)        # mention -> gold person (doc:name)
    linked: dict[Key, str | None] = field(default_factory=dict)  # mention -> extracted person id
    batches: list = field(default_factory=list)

    def add(self, data: dict, raw: RawDocument, x: Extraction) -> None:
        doc = data["doc_id"]
        spans = [(m.raw_start, m.raw_end, m.entity_id) for m in x.mentions if m.label == "PERSON" and m.entity_id]
        for person in data.get("persons") or []:
            for start, end in person["mentions"]:
                key = (doc, start, end)
                self.gold[key] = f"{doc}:{fold(person['name'])}"
                self.linked[key] = next((e for a, b, e in spans if a < end and start < b), None)
        self.batches.append(extraction_batch(raw, x))

    def scores(self, pairs: Path | None) -> tuple[float, float, int, int]:
        """(precision, recall, gold mentions found, gold mentions) over the split."""
        parent = {g: g for g in set(self.gold.values())}

        def find(g: str) -> str:
            while parent[g] != g:
                g = parent[g]
            return g
        for a, b in same_pairs(pairs):
            if a in parent and b in parent:
                parent[find(a)] = find(b)
        profiles = batch_profiles(self.batches)
        counts: dict[str, int] = {}
        for p in profiles:
            if not p.parts.bare:
                counts[p.parts.surname] = counts.get(p.parts.surname, 0) + 1
        canonical = resolve(profiles, [], [], counts, resources().surnames).canonical
        found = [k for k, e in self.linked.items() if e]
        gold = {k: find(self.gold[k]) for k in found}
        pred = {k: canonical.get(self.linked[k], self.linked[k]) for k in found}
        return bcubed(gold, pred) + (len(found), len(self.gold))


def same_pairs(path: Path | None) -> list[tuple[str, str]]:
    if path is None or not path.exists():
        return []
    pairs = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            row = json.loads(line)
            if row["same"]:
                pairs.append((f"{row['a']['doc']}:{fold(row['a']['name'])}", f"{row['b']['doc']}:{fold(row['b']['name'])}"))
    return pairs


def bcubed(gold: dict, pred: dict) -> tuple[float, float]:
    """B-cubed precision and recall of ``pred`` against ``gold`` (item -> cluster), averaged over items."""
    if not gold:
        return 1.0, 1.0
    gold_members: dict = {}
    pred_members: dict = {}
    for item in gold:
        gold_members.setdefault(gold[item], set()).add(item)
        pred_members.setdefault(pred[item], set()).add(item)
    precision = recall = 0.0
    for item in gold:
        both = len(gold_members[gold[item]] & pred_members[pred[item]])
        precision += both / len(pred_members[pred[item]])
        recall += both / len(gold_members[gold[item]])
    return precision / len(gold), recall / len(gold)
