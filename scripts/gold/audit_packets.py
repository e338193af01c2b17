"""Write error-audit packets: Fars articles in no gold split, each with what the extractor says.

A packet holds a dozen articles, and after each its persons, posts and figures (with speakers) as
the extractor reads them, for a reader to judge against `docs/annotation-guidelines.md`
(`tests/gold/fars/audit/PROMPT.md`). Articles are drawn with a fixed seed from those neither the gold
manifest nor an earlier audit lists (150 to 900 words), so no one chooses them and the test split is never read.
An audited article is dev text from then on.

    python scripts/gold/audit_packets.py [--count 84] [--per-packet 12] [--seed 20261202] [--out DIR]
"""
from __future__ import annotations

import argparse
import json
import random
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
DEFAULT_SOURCE = ROOT.parent / "shared" / "data" / "fars-news" / "articles.jsonl"
MANIFEST = ROOT / "tests" / "gold" / "fars" / "manifest.jsonl"


AUDITS = ROOT / "tests" / "gold" / "fars" / "audit"


def draw(source: Path, count: int, seed: int) -> list[dict]:
    """Articles in no gold split and in no earlier audit (an audited article is dev text)."""
    listed = {json.loads(line)["id"] for line in MANIFEST.read_text("utf-8").splitlines() if line.strip()}
    listed |= {line.split("\t", 1)[0] for path in AUDITS.rglob("packet*.tsv")
               for line in path.read_text("utf-8").splitlines() if line.strip()}
    articles = [json.loads(line) for line in source.read_text("utf-8").splitlines() if line.strip()]
    pool = [a for a in articles if a["id"] not in listed and 150 <= len(a["text"].split()) <= 900]
    random.Random(seed).shuffle(pool)
    return pool[:count]


def packet(articles: list[dict]) -> str:
    from loader.pipeline import extract_text

    lines = []
    for a in articles:
        x = extract_text(a["id"], a["text"])
        lines.append(f"=== ARTICLE {a['id']} ({a['category']}) ===\n{a['text']}\n")
        persons = sorted({e.name for e in x.entities if e.label == "Person"})
        lines.append("--- PERSONS found: " + (" | ".join(persons) or "(none)"))
        lines.append("--- POSTS found (person | title | organization | area | status):")
        lines += [f"  H{i}. {h.person} | {h.post.title} | {h.post.organization} | {h.post.area} | {h.status}"
                  for i, h in enumerate(x.holdings, 1)]
        lines.append("--- FIGURES found (text | stated_by):")
        lines += [f"  F{i}. {f.text} | {f.stated_by}" for i, f in enumerate(x.figures, 1)]
        lines.append("")
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--source", type=Path, default=DEFAULT_SOURCE)
    parser.add_argument("--count", type=int, default=84)
    parser.add_argument("--per-packet", type=int, default=12)
    parser.add_argument("--seed", type=int, default=20261202)
    parser.add_argument("--out", type=Path, default=Path("audit-packets"))
    args = parser.parse_args()
    chosen = draw(args.source, args.count, args.seed)
    args.out.mkdir(parents=True, exist_ok=True)
    for k in range(0, len(chosen), args.per_packet):
        (args.out / f"packet{k // args.per_packet + 1}.txt").write_text(packet(chosen[k:k + args.per_packet]), "utf-8")
    print(f"{len(chosen)} articles in {args.out}: " + " ".join(a["id"] for a in chosen))


if __name__ == "__main__":
    main()
