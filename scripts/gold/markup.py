"""Annotation markup for the Fars gold: check a pass, convert it to gold JSON, compare two passes.

Annotators never type character offsets. They copy the article text and wrap each entity in
`[[LABEL|text]]` (a person's mention as `[[PERSON=full name|text]]`, a figure as
`[[MONEY#f1|text]]`), and list posts and figure attributes in a JSON sidecar. This tool aligns
the marked-up text back onto the raw article, tolerating what copying changes (Arabic `ي`/`ك`,
ZWNJ, spacing, diacritics), and writes the gold file `kg eval` reads: raw offsets, persons with
their mentions, posts and figures. See `tests/gold/fars/README.md` for the workflow.

    python scripts/gold/markup.py start  PASS_DIR ID... --texts TEXT_DIR
    python scripts/gold/markup.py check  PASS_DIR/ID.ann --texts TEXT_DIR
    python scripts/gold/markup.py convert PASS_DIR OUT_DIR --texts TEXT_DIR
    python scripts/gold/markup.py agree  PASS_A PASS_B --texts TEXT_DIR [--diff OUT_DIR]
"""
from __future__ import annotations

import argparse
import json
import re
import sys
import unicodedata
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

LABELS = ("PERSON", "TITLE", "ORG", "PROVINCE", "CITY", "COUNTRY", "MONEY", "PERCENT", "QUANTITY")
FIGURE_LABELS = {"MONEY", "PERCENT", "QUANTITY"}
UNITS = {"toman", "rial", "dollar", "euro", "currency", "percent", "person", "workshop", "branch", "bed",
         "staff", "prescription", "case", "contract", "center", "unit", "year", "month", "day", "times",
         "ratio", "patient", "couple", "installment", "inspection", "document", "country", "school",
         "project", "village", "hectare", "ton", "kilometer", "meter", "liter", "vehicle", "other"}
SUBJECT_TYPES = {None, "Province", "City", "Country", "Organization", "Program", "Facility", "Person"}
POST_FIELDS = {"person", "title", "organization", "province", "city", "country", "acting", "status",
               "start", "end", "evidence"}
FIGURE_FIELDS = {"value", "unit", "measure", "subject", "subject_type", "stated_by", "period"}
STATUSES = {"current", "former", "appointed", "unknown"}
TAG = re.compile(r"\[\[([A-Z]+)(?:=([^|\]]+))?(?:#(f\d+))?\|(.*?)\]\]", re.S)
JALALI = re.compile(r"^1[234]\d\d(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$")

# Characters copying may change without changing the text: they are folded before comparing.
_FOLD = str.maketrans({"ي": "ی", "ى": "ی", "ك": "ک", "ة": "ه", "ۀ": "ه", "أ": "ا", "إ": "ا", "آ": "ا",
                       "ٱ": "ا", "ؤ": "و", "ئ": "ی", "«": '"', "»": '"', "“": '"', "”": '"',
                       **{chr(0x06F0 + i): str(i) for i in range(10)},
                       **{chr(0x0660 + i): str(i) for i in range(10)}})


def _significant(ch: str) -> bool:
    """Characters that must survive copying; spacing, joiners, kashida and marks need not."""
    return not (ch.isspace() or ch in "\u200c\u200d\u200e\u200f\u00a0\u0640\ufeff"
                or unicodedata.category(ch) == "Mn")


def _skeleton(text: str) -> tuple[str, list[int]]:
    chars, index = [], []
    for i, ch in enumerate(text):
        if _significant(ch):
            chars.append(ch.translate(_FOLD))
            index.append(i)
    return "".join(chars), index


class MarkupError(Exception):
    pass


@dataclass
class Span:
    label: str
    start: int          # offsets in the stripped markup text, later in the raw text
    end: int
    text: str
    person: str | None = None
    figure: str | None = None


@dataclass
class Pass:
    doc_id: str
    spans: list[Span]
    posts: list[dict] = field(default_factory=list)
    figures: dict[str, dict] = field(default_factory=dict)
    notes: str = ""


def parse_markup(marked: str) -> tuple[str, list[Span]]:
    out, spans, pos = [], [], 0
    length = 0
    for m in TAG.finditer(marked):
        before = marked[pos:m.start()]
        if "[[" in before or "]]" in before:
            raise MarkupError(f"broken tag near «{_context(marked, pos)}»")
        out.append(before)
        length += len(before)
        label, person, figure, text = m.group(1), m.group(2), m.group(3), m.group(4)
        if label not in LABELS:
            raise MarkupError(f"unknown label {label} in «{m.group(0)}»")
        if "[[" in text:
            raise MarkupError(f"nested tag in «{m.group(0)[:80]}»")
        if label in FIGURE_LABELS and not figure:
            raise MarkupError(f"figure without an id (write [[{label}#fN|...]]): «{m.group(0)}»")
        if label not in FIGURE_LABELS and figure:
            raise MarkupError(f"only MONEY/PERCENT/QUANTITY take a figure id: «{m.group(0)}»")
        if person and label != "PERSON":
            raise MarkupError(f"only PERSON takes =full name: «{m.group(0)}»")
        if text != text.strip() or not text:
            raise MarkupError(f"span starts or ends with a space (or is empty): «{m.group(0)}»")
        spans.append(Span(label, length, length + len(text), text,
                          " ".join(person.split()) if person else (" ".join(text.split()) if label == "PERSON" else None),
                          figure))
        out.append(text)
        length += len(text)
        pos = m.end()
    rest = marked[pos:]
    if "[[" in rest or "]]" in rest:
        raise MarkupError(f"broken tag near «{_context(marked, pos)}»")
    out.append(rest)
    return "".join(out), spans


def _context(text: str, at: int, width: int = 40) -> str:
    return text[max(0, at - width):at + width].replace("\n", "⏎")


def align(stripped: str, raw: str, spans: list[Span]) -> list[Span]:
    """Map spans of the annotator's copy onto the raw article."""
    a, a_index = _skeleton(stripped)
    b, b_index = _skeleton(raw)
    if a != b:
        k = next((i for i, (x, y) in enumerate(zip(a, b)) if x != y), min(len(a), len(b)))
        where_a = a_index[k] if k < len(a_index) else len(stripped)
        where_b = b_index[k] if k < len(b_index) else len(raw)
        raise MarkupError("text differs from the article:\n"
                          f"  yours:   «{_context(stripped, where_a)}»\n"
                          f"  article: «{_context(raw, where_b)}»")
    position = {i: k for k, i in enumerate(a_index)}
    mapped = []
    for s in spans:
        inside = [position[i] for i in range(s.start, s.end) if i in position]
        if not inside:
            raise MarkupError(f"span with no letters: «{s.text}»")
        start, end = b_index[inside[0]], b_index[inside[-1]] + 1
        mapped.append(Span(s.label, start, end, raw[start:end], s.person, s.figure))
    return mapped


def find_evidence(raw: str, quote: str) -> tuple[int, int]:
    """A verbatim quote located in the raw text by the same tolerant comparison."""
    q, _ = _skeleton(quote)
    b, b_index = _skeleton(raw)
    at = b.find(q) if q else -1
    if at < 0:
        raise MarkupError(f"evidence not found in the article: «{quote[:80]}»")
    return b_index[at], b_index[at + len(q) - 1] + 1


def read_pass(ann_path: Path, raw: str) -> Pass:
    marked = ann_path.read_text(encoding="utf-8")
    stripped, spans = parse_markup(marked)
    spans = align(stripped, raw, spans)
    sidecar = ann_path.with_suffix(".json")
    data = json.loads(sidecar.read_text(encoding="utf-8")) if sidecar.exists() else {}
    p = Pass(ann_path.stem, spans, data.get("posts", []), data.get("figures", {}), data.get("notes", ""))
    problems = validate(p)
    if problems:
        raise MarkupError("\n".join(problems))
    return p


def _fold_name(name: str | None) -> str:
    return "".join(_skeleton(name or "")[0])


def validate(p: Pass) -> list[str]:
    problems = []
    figure_ids = [s.figure for s in p.spans if s.figure]
    for dup in {f for f in figure_ids if figure_ids.count(f) > 1}:
        problems.append(f"figure id {dup} used twice")
    for fid in figure_ids:
        if fid not in p.figures:
            problems.append(f"figure {fid} has no entry in the .json 'figures'")
    for fid, fig in p.figures.items():
        if fid not in figure_ids:
            problems.append(f"figures.{fid} has no [[...#{fid}|...]] span")
        extra = set(fig) - FIGURE_FIELDS
        if extra:
            problems.append(f"figures.{fid}: unknown fields {sorted(extra)}")
        if not isinstance(fig.get("value"), (int, float)) or isinstance(fig.get("value"), bool):
            problems.append(f"figures.{fid}: value must be a number")
        if fig.get("unit") not in UNITS:
            problems.append(f"figures.{fid}: unit {fig.get('unit')!r} not one of {sorted(UNITS)}")
        if fig.get("subject_type") not in SUBJECT_TYPES:
            problems.append(f"figures.{fid}: subject_type {fig.get('subject_type')!r}")
        if bool(fig.get("subject")) != bool(fig.get("subject_type")):
            problems.append(f"figures.{fid}: subject and subject_type go together")
    persons = {_fold_name(s.person) for s in p.spans if s.label == "PERSON"}
    for k, post in enumerate(p.posts):
        extra = set(post) - POST_FIELDS
        if extra:
            problems.append(f"posts[{k}]: unknown fields {sorted(extra)}")
        if _fold_name(post.get("person")) not in persons:
            problems.append(f"posts[{k}]: person {post.get('person')!r} is not the full name of any PERSON mention")
        if not post.get("title"):
            problems.append(f"posts[{k}]: no title")
        if post.get("status", "current") not in STATUSES:
            problems.append(f"posts[{k}]: status {post.get('status')!r} not one of {sorted(STATUSES)}")
        for bound in ("start", "end"):
            if post.get(bound) and not JALALI.match(str(post[bound])):
                problems.append(f"posts[{k}]: {bound} {post[bound]!r} is not a Jalali date (1402, 1402-06, 1402-06-15)")
        if not post.get("evidence"):
            problems.append(f"posts[{k}]: no evidence quote")
    for fid, fig in p.figures.items():
        speaker = fig.get("stated_by")
        if speaker and _fold_name(speaker) not in persons:
            problems.append(f"figures.{fid}: stated_by {speaker!r} is not the full name of any PERSON mention")
    return problems


def to_gold(p: Pass, raw: str) -> dict:
    clusters: dict[str, dict] = {}
    for s in p.spans:
        if s.label == "PERSON":
            entry = clusters.setdefault(_fold_name(s.person), {"name": s.person, "mentions": []})
            entry["mentions"].append([s.start, s.end])
    posts = []
    for post in p.posts:
        start, end = find_evidence(raw, post["evidence"])
        name = clusters[_fold_name(post["person"])]["name"]
        posts.append({"person": name, "title": post["title"], "organization": post.get("organization"),
                      "province": post.get("province"), "city": post.get("city"), "country": post.get("country"),
                      "acting": bool(post.get("acting", False)), "status": post.get("status", "current"),
                      "start": post.get("start"), "end": post.get("end"), "evidence": [start, end]})
    figures = []
    for s in p.spans:
        if s.figure:
            fig = p.figures[s.figure]
            speaker = fig.get("stated_by")
            figures.append({"start": s.start, "end": s.end, "text": s.text, "value": fig["value"],
                            "unit": fig["unit"], "measure": fig.get("measure"), "subject": fig.get("subject"),
                            "subject_type": fig.get("subject_type"),
                            "stated_by": clusters[_fold_name(speaker)]["name"] if speaker else None,
                            "period": fig.get("period")})
    return {"doc_id": p.doc_id, "labels": list(LABELS),
            "entities": [{"label": s.label, "start": s.start, "end": s.end, "text": s.text} for s in p.spans],
            "persons": list(clusters.values()), "posts": posts, "figures": figures, "events": []}


# ---------------------------------------------------------------- agreement between two passes

def _f1(tp: int, a: int, b: int) -> float:
    return 2 * tp / (a + b) if a + b else 1.0


def _post_key(post: dict) -> tuple:
    area = post.get("city") or post.get("province") or post.get("country")
    return _fold_name(post["person"]), _fold_name(post["title"]), _fold_name(area)


def compare(a: Pass, b: Pass, raw: str) -> tuple[dict, list[str]]:
    """Per-label span agreement, post and figure agreement, and the differences in words."""
    counts: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])
    sa = {(s.label, s.start, s.end) for s in a.spans}
    sb = {(s.label, s.start, s.end) for s in b.spans}
    for key in sa | sb:
        c = counts[key[0]]
        c[0] += key in sa and key in sb
        c[1] += key in sa
        c[2] += key in sb
    diffs = []
    for label, start, end in sorted(sa ^ sb, key=lambda k: k[1]):
        who = "A only" if (label, start, end) in sa else "B only"
        diffs.append(f"{who}: {label} «{raw[start:end]}» @{start} … «{_context(raw, start, 30)}»")
    pa = {_post_key(p): p for p in a.posts}
    pb = {_post_key(p): p for p in b.posts}
    c = counts["posts (person, title, area)"]
    c[0], c[1], c[2] = len(pa.keys() & pb.keys()), len(pa), len(pb)
    for key in sorted(pa.keys() ^ pb.keys()):
        post = pa.get(key) or pb.get(key)
        diffs.append(f"{'A only' if key in pa else 'B only'}: post {json.dumps(post, ensure_ascii=False)}")
    fa = {(s.start, s.end): a.figures.get(s.figure, {}) for s in a.spans if s.figure}
    fb = {(s.start, s.end): b.figures.get(s.figure, {}) for s in b.spans if s.figure}
    both = fa.keys() & fb.keys()
    for name in ("value", "unit", "stated_by", "subject", "measure"):
        same = sum(1 for k in both if _same(fa[k].get(name), fb[k].get(name)))
        c = counts[f"figure {name}"]
        c[0], c[1], c[2] = same, len(fa), len(fb)
        for k in sorted(both):
            if not _same(fa[k].get(name), fb[k].get(name)):
                diffs.append(f"figure {name} «{raw[k[0]:k[1]]}» @{k[0]}: A={fa[k].get(name)!r} B={fb[k].get(name)!r}")
    return counts, diffs


def _same(x, y) -> bool:
    if isinstance(x, (int, float)) and isinstance(y, (int, float)):
        return abs(float(x) - float(y)) <= 1e-9 * max(1.0, abs(float(x)))
    if isinstance(x, str) or isinstance(y, str):
        return _fold_name(x) == _fold_name(y)
    return x == y


def _raw(texts: Path, doc_id: str) -> str:
    return (texts / f"{doc_id}.txt").read_text(encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="command", required=True)
    start = sub.add_parser("start", help="copy articles into a pass directory, ready to mark up")
    start.add_argument("pass_dir", type=Path)
    start.add_argument("ids", nargs="+")
    start.add_argument("--texts", type=Path, required=True)
    check = sub.add_parser("check")
    check.add_argument("ann", type=Path, nargs="+")
    check.add_argument("--texts", type=Path, required=True, help="directory of the raw articles (ID.txt)")
    convert = sub.add_parser("convert")
    convert.add_argument("pass_dir", type=Path)
    convert.add_argument("out_dir", type=Path)
    convert.add_argument("--texts", type=Path, required=True)
    agree = sub.add_parser("agree")
    agree.add_argument("pass_a", type=Path)
    agree.add_argument("pass_b", type=Path)
    agree.add_argument("--texts", type=Path, required=True)
    agree.add_argument("--diff", type=Path, help="write one ID.diff.txt per article here")
    args = parser.parse_args(argv)
    failed = 0
    if args.command == "start":
        args.pass_dir.mkdir(parents=True, exist_ok=True)
        for doc_id in args.ids:
            ann = args.pass_dir / f"{doc_id}.ann"
            if ann.exists():
                print(f"{ann}: exists, left as it is")
                continue
            ann.write_text(_raw(args.texts, doc_id).translate(str.maketrans("يك", "یک")), encoding="utf-8")
            ann.with_suffix(".json").write_text('{"posts": [], "figures": {}, "notes": ""}\n', encoding="utf-8")
            print(f"{ann}: ready")
    elif args.command == "check":
        for ann in args.ann:
            try:
                p = read_pass(ann, _raw(args.texts, ann.stem))
                to_gold(p, _raw(args.texts, ann.stem))
                print(f"{ann}: ok ({len(p.spans)} spans, {len(p.posts)} posts, {len(p.figures)} figures)")
            except (MarkupError, json.JSONDecodeError, KeyError) as err:
                failed += 1
                print(f"{ann}: {err}")
    elif args.command == "convert":
        args.out_dir.mkdir(parents=True, exist_ok=True)
        for ann in sorted(args.pass_dir.glob("*.ann")):
            raw = _raw(args.texts, ann.stem)
            try:
                gold = to_gold(read_pass(ann, raw), raw)
            except (MarkupError, json.JSONDecodeError, KeyError) as err:
                failed += 1
                print(f"{ann}: {err}")
                continue
            (args.out_dir / f"{ann.stem}.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n",
                                                           encoding="utf-8")
    else:
        total: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])
        docs = 0
        for ann_a in sorted(args.pass_a.glob("*.ann")):
            ann_b = args.pass_b / ann_a.name
            if not ann_b.exists():
                continue
            raw = _raw(args.texts, ann_a.stem)
            try:
                a, b = read_pass(ann_a, raw), read_pass(ann_b, raw)
            except (MarkupError, json.JSONDecodeError, KeyError) as err:
                failed += 1
                print(f"{ann_a.stem}: {err}")
                continue
            docs += 1
            counts, diffs = compare(a, b, raw)
            for key, (same, na, nb) in counts.items():
                t = total[key]
                t[0] += same
                t[1] += na
                t[2] += nb
            if args.diff:
                args.diff.mkdir(parents=True, exist_ok=True)
                (args.diff / f"{ann_a.stem}.diff.txt").write_text("\n".join(diffs) + "\n", encoding="utf-8")
        print(f"{docs} articles annotated twice")
        print(f"{'':32} {'agree':>6} {'A':>6} {'B':>6} {'F1':>6}")
        for key in sorted(total):
            same, na, nb = total[key]
            print(f"{key:32} {same:6} {na:6} {nb:6} {_f1(same, na, nb):6.3f}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
