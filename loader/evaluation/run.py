"""`kg eval`: extraction against gold annotations, per label and per relation type.

Gold sets are scored separately, because a score on text the rules were tuned on says nothing
about text they were not: the corpus gold (the three magazine articles the rules were written
on), the Fars `dev` split (read its errors, tune on it), the same split with every ZWNJ written as
a space (web spelling), the Fars `test` split (score only; every scoring is logged) and
ParsTwiNER's test tweets (tokens and tags).
"""
from __future__ import annotations

import dataclasses
import datetime
import json
import subprocess
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from loader.corpus import read_document
from loader.evaluation.conll import score_conll
from loader.evaluation.entities import score_entities
from loader.evaluation.identity import IdentityGold
from loader.evaluation.facts import (score_coreference, score_events, score_figures, score_post_heads,
                                     score_post_tenure, score_posts)
from loader.evaluation.scores import Score
from loader.pipeline import extract, recognize_text

ROOT = Path(__file__).resolve().parents[2]


@dataclass(frozen=True)
class GoldSet:
    name: str
    gold_dir: Path
    text_dir: Path
    log: Path | None = None          # where each scoring is recorded (the test split)
    show_errors: bool = True         # a test split's errors are never printed
    spaced: bool = False             # every ZWNJ written as a space, text and gold (web spelling)


def default_sets() -> list[GoldSet]:
    fars = ROOT / "tests" / "gold" / "fars"
    return [GoldSet("corpus gold", ROOT / "tests" / "gold", ROOT / "corpus"),
            GoldSet("fars dev", fars / "dev", fars / "dev"),
            GoldSet(DEV_SPACED, fars / "dev", fars / "dev", spaced=True),
            GoldSet("fars test", fars / "test", fars / "test", log=fars / "test-scorings.log", show_errors=False)]


PARSTWINER_TEST = ROOT / "training" / "parstwiner" / "test.txt"
# The dev split as web news often writes it: each ZWNJ a space (`می کند`, `کتاب ها`, `ملکی تبار`).
# The Fars articles write their ZWNJs, so the same gold, its ZWNJs spaced too, measures how much
# of the reading survives that spelling (the offsets do not move: one character for one).
DEV_SPACED = "fars dev, ZWNJ as spaces"
ZWNJ_TO_SPACE = str.maketrans("\u200c", " ")


def _spaced(value):
    """A gold record with every ZWNJ in its strings written as a space."""
    if isinstance(value, str):
        return value.translate(ZWNJ_TO_SPACE)
    if isinstance(value, list):
        return [_spaced(v) for v in value]
    if isinstance(value, dict):
        return {k: _spaced(v) for k, v in value.items()}
    return value


@dataclass
class Report:
    name: str
    strict: dict[str, Score] = field(default_factory=lambda: defaultdict(Score))
    lenient: dict[str, Score] = field(default_factory=lambda: defaultdict(Score))
    relations: dict[str, Score] = field(default_factory=lambda: defaultdict(Score))
    errors: list[str] = field(default_factory=list)
    documents: int = 0
    note: str = ""
    identity: tuple[float, float, int, int] | None = None   # B-cubed P, R; gold person mentions found, all


def evaluate(gold: GoldSet) -> Report:
    report = Report(gold.name)
    identity = IdentityGold()
    for gold_path in sorted(gold.gold_dir.glob("*.json")):
        data = json.loads(gold_path.read_text(encoding="utf-8"))
        raw_doc = read_document(gold.text_dir / f"{data['doc_id']}.txt")
        if gold.spaced:
            data = _spaced(data)
            raw_doc = dataclasses.replace(raw_doc, text=raw_doc.text.translate(ZWNJ_TO_SPACE))
        x = extract(raw_doc)
        raw = raw_doc.text
        report.documents += 1
        identity.add(data, raw_doc, x)
        labels = set(data.get("labels") or [])
        predicted = [{"label": m.label, "start": m.raw_start, "end": m.raw_end} for m in x.mentions
                     if not labels or m.label in labels]
        strict, lenient, misses, alarms = score_entities(raw, data["entities"], predicted)
        for label, score in strict.items():
            report.strict[label] += score
        for label, score in lenient.items():
            report.lenient[label] += score
        doc = data["doc_id"]
        report.errors += [f"{doc} miss {label} «{raw[a:b]}»" for label, a, b in misses]
        report.errors += [f"{doc} false {label} «{raw[a:b]}»" for label, a, b in alarms]
        triple, with_org, post_misses, post_alarms = score_posts(data, x)
        report.relations["HOLDS (person, title, area)"] += triple
        report.relations["HOLDS (person, title head, area)"] += score_post_heads(data, x)
        report.relations["HOLDS + organization"] += with_org
        status, bounds = score_post_tenure(data, x)
        report.relations["HOLDS status of found"] += status
        if bounds.tp + bounds.fp + bounds.fn:
            report.relations["HOLDS start/end stated"] += bounds
        report.errors += [f"{doc} miss HOLDS {p['person']} | {p['title']} | {p.get('organization')} | "
                          f"{p.get('city') or p.get('province') or p.get('country')}" for p in post_misses]
        report.errors += [f"{doc} false HOLDS {h.person} | {h.post.title} | {h.post.organization} | {h.post.area}"
                          for h in post_alarms]
        for name, score in score_figures(data, x).items():
            report.relations[f"FIGURE {name}"] += score
        report.relations["COREF person mentions"] += score_coreference(data, x)
        if data.get("events"):
            report.relations["EVENT (type, first participant)"] += score_events(data, x)
    if identity.gold:
        report.identity = identity.scores(gold.gold_dir.parent / "cross_document_persons.jsonl")
    if gold.log is not None:
        report.note = _log_scoring(gold.log)
    if not gold.show_errors:
        report.errors = []
    return report


def evaluate_conll(path: Path = PARSTWINER_TEST, name: str = "parstwiner test") -> Report:
    report = Report(name)
    scores, errors = score_conll(path, lambda text: [(m.label, m.raw_start, m.raw_end)
                                                     for m in recognize_text(text)])
    for kind, score in scores.items():
        report.strict[kind] = score
    report.errors = errors
    report.documents = sum(1 for _ in path.read_text(encoding="utf-8").split("\n\n") if _.strip())
    report.note = "tweets, one document each; PERSON→PER, ORG→ORG, PROVINCE/CITY/COUNTRY→LOC; exact token spans"
    return report


def _log_scoring(log: Path) -> str:
    """A test split is evidence only while it is rarely looked at: every scoring is recorded."""
    try:
        commit = subprocess.run(["git", "-C", str(ROOT), "rev-parse", "--short", "HEAD"], capture_output=True,
                                text=True, timeout=10).stdout.strip() or "unknown"
    except (OSError, subprocess.SubprocessError):
        commit = "unknown"
    stamp = datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")
    with log.open("a", encoding="utf-8") as fh:
        fh.write(f"{stamp}\t{commit}\n")
    count = sum(1 for line in log.read_text(encoding="utf-8").splitlines() if line.strip() and not line.startswith("#"))
    return f"scored {count} times (logged in {log.relative_to(ROOT) if log.is_relative_to(ROOT) else log}); its errors are not shown"


def format_report(report: Report) -> str:
    head = f"== {report.name}: {report.documents} documents"
    lines = [head + (f" ({report.note})" if report.note else ""), ""]
    lines.append(f"{'entity':10} {'strict P':>9} {'R':>6} {'F1':>6}   {'lenient P':>9} {'R':>6} {'F1':>6}   {'gold':>5}")
    total = Score()
    for label in sorted(report.strict):
        s = report.strict[label]
        total += s
        l = report.lenient.get(label)
        lenient = f"{l.precision:9.2f} {l.recall:6.2f} {l.f1:6.2f}" if l else f"{'':9} {'':6} {'':6}"
        lines.append(f"{label:10} {s.precision:9.2f} {s.recall:6.2f} {s.f1:6.2f}   {lenient}   {s.tp + s.fn:5}")
    lines.append(f"{'ALL':10} {total.precision:9.2f} {total.recall:6.2f} {total.f1:6.2f}")
    if report.relations:
        lines += ["", f"{'relation':34} {'P':>6} {'R':>6} {'F1':>6}   {'gold':>5}"]
        for name in sorted(report.relations):
            s = report.relations[name]
            lines.append(f"{name:34} {s.precision:6.2f} {s.recall:6.2f} {s.f1:6.2f}   {s.tp + s.fn:5}")
    if report.identity:
        p, r, found, n = report.identity
        f1 = 2 * p * r / (p + r) if p + r else 0.0
        lines.append(f"{'B-cubed persons (across documents)':34} {p:6.2f} {r:6.2f} {f1:6.2f}   {found:5}"
                     f"   (of {n} gold person mentions, those found)")
    return "\n".join(lines)
