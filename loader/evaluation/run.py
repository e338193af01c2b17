"""`kg eval`: extraction against `tests/gold/`, per label and per relation type."""
from __future__ import annotations

import json
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from loader.corpus import read_document
from loader.evaluation.entities import score_entities
from loader.evaluation.facts import score_coreference, score_events, score_figures, score_posts
from loader.evaluation.scores import Score
from loader.facts.extract import extract_text


@dataclass
class Report:
    strict: dict[str, Score] = field(default_factory=lambda: defaultdict(Score))
    lenient: dict[str, Score] = field(default_factory=lambda: defaultdict(Score))
    relations: dict[str, Score] = field(default_factory=lambda: defaultdict(Score))
    errors: list[str] = field(default_factory=list)
    documents: int = 0


def evaluate(gold_dir: Path, corpus_dir: Path) -> Report:
    report = Report()
    for gold_path in sorted(gold_dir.glob("*.json")):
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        raw_doc = read_document(corpus_dir / f"{gold['doc_id']}.txt")
        x = extract_text(raw_doc.id, raw_doc.text)
        raw = raw_doc.text
        report.documents += 1
        predicted = [{"label": m.label, "start": m.raw_start, "end": m.raw_end} for m in x.mentions]
        strict, lenient, misses, alarms = score_entities(raw, gold["entities"], predicted)
        for label, score in strict.items():
            report.strict[label] += score
        for label, score in lenient.items():
            report.lenient[label] += score
        doc = gold["doc_id"]
        report.errors += [f"{doc} miss {label} «{raw[a:b]}»" for label, a, b in misses]
        report.errors += [f"{doc} false {label} «{raw[a:b]}»" for label, a, b in alarms]
        triple, with_org, post_misses, post_alarms = score_posts(gold, x)
        report.relations["HOLDS (person, title, area)"] += triple
        report.relations["HOLDS + organization"] += with_org
        report.errors += [f"{doc} miss HOLDS {p['person']} | {p['title']} | {p.get('organization')} | "
                          f"{p.get('province') or p.get('city')}" for p in post_misses]
        report.errors += [f"{doc} false HOLDS {h.person} | {h.post.title} | {h.post.organization} | {h.post.area}"
                          for h in post_alarms]
        for name, score in score_figures(gold, x).items():
            report.relations[f"FIGURE {name}"] += score
        report.relations["COREF person mentions"] += score_coreference(gold, x)
        report.relations["EVENT (type, first participant)"] += score_events(gold, x)
    return report


def format_report(report: Report) -> str:
    lines = [f"{report.documents} documents", "",
             f"{'entity':10} {'strict P':>9} {'R':>6} {'F1':>6}   {'lenient P':>9} {'R':>6} {'F1':>6}   {'gold':>5}"]
    for label in sorted(report.strict):
        s, l = report.strict[label], report.lenient[label]
        lines.append(f"{label:10} {s.precision:9.2f} {s.recall:6.2f} {s.f1:6.2f}   {l.precision:9.2f} "
                     f"{l.recall:6.2f} {l.f1:6.2f}   {s.tp + s.fn:5}")
    total = Score()
    for s in report.strict.values():
        total += s
    lines.append(f"{'ALL':10} {total.precision:9.2f} {total.recall:6.2f} {total.f1:6.2f}")
    lines += ["", f"{'relation':34} {'P':>6} {'R':>6} {'F1':>6}   {'gold':>5}"]
    for name in sorted(report.relations):
        s = report.relations[name]
        lines.append(f"{name:34} {s.precision:6.2f} {s.recall:6.2f} {s.f1:6.2f}   {s.tp + s.fn:5}")
    return "\n".join(lines)
