"""Draw the Fars development gold set: a fixed-seed, category-stratified sample of real news.

The articles come from `../shared/data/fars-news/articles.jsonl` (Apache-2.0, see
`tests/gold/fars/NOTICE`). Each drawn article is written verbatim to
`tests/gold/fars/<split>/<id>.txt`; annotations are added beside it. Re-running with the same
seed and source gives the same sample and split, so the draw is reproducible and no one chooses
articles by hand.

    python scripts/gold/sample_fars.py [--source PATH] [--seed 13]
    python scripts/gold/sample_fars.py --second-batch [--seed 14]
    python scripts/gold/sample_fars.py --third-batch [--seed 15] [--exclude tests/gold/fars/batch3-excluded.txt]
    python scripts/gold/sample_fars.py --fourth-batch [--seed 16] [--exclude tests/gold/fars/batch4-excluded.txt]
    python scripts/gold/sample_fars.py --fifth-batch [--seed 17] [--exclude tests/gold/fars/batch4-excluded.txt]
    python scripts/gold/sample_fars.py --sixth-batch [--seed 18] [--exclude tests/gold/fars/batch4-excluded.txt]
    python scripts/gold/sample_fars.py --seventh-batch [--seed 19] [--exclude tests/gold/fars/batch4-excluded.txt]
    python scripts/gold/sample_fars.py --eighth-batch [--seed 20] [--exclude tests/gold/fars/batch4-excluded.txt]
    python scripts/gold/sample_fars.py --ninth-batch [--seed 21] [--exclude tests/gold/fars/batch4-excluded.txt]
    python scripts/gold/sample_fars.py --tenth-batch [--seed 22] [--exclude tests/gold/fars/batch4-excluded.txt]
    python scripts/gold/sample_fars.py --eleventh-batch [--seed 23] [--exclude tests/gold/fars/batch4-excluded.txt]
    python scripts/gold/sample_fars.py --twelfth-batch [--seed 24] [--exclude tests/gold/fars/batch4-excluded.txt]
    python scripts/gold/sample_fars.py --thirteenth-batch [--seed 25]
    python scripts/gold/sample_fars.py --fourteenth-batch [--seed 26]
    python scripts/gold/sample_fars.py --fifteenth-batch [--seed 27]
    python scripts/gold/sample_fars.py --sixteenth-batch [--seed 28]
    python scripts/gold/sample_fars.py --seventeenth-batch [--seed 29]
    python scripts/gold/sample_fars.py --eighteenth-batch [--seed 30]
    python scripts/gold/sample_fars.py --nineteenth-batch [--seed 31]
    python scripts/gold/sample_fars.py --twentieth-batch [--seed 32]
    python scripts/gold/sample_fars.py --twenty-first-batch [--seed 33]
    python scripts/gold/sample_fars.py --twenty-second-batch [--seed 34]
    python scripts/gold/sample_fars.py --twenty-third-batch [--seed 35]
    python scripts/gold/sample_fars.py --twenty-fourth-batch [--seed 36]
    python scripts/gold/sample_fars.py --twenty-fifth-batch [--seed 37]
    python scripts/gold/sample_fars.py --twenty-sixth-batch [--seed 38]
    python scripts/gold/sample_fars.py --twenty-seventh-batch [--seed 39]
    python scripts/gold/sample_fars.py --twenty-eighth-batch [--seed 40]
    python scripts/gold/sample_fars.py --twenty-ninth-batch [--seed 41]
    python scripts/gold/sample_fars.py --thirtieth-batch [--seed 42]
    python scripts/gold/sample_fars.py --thirty-first-batch [--seed 43]
    python scripts/gold/sample_fars.py --thirty-second-batch [--seed 44]
    python scripts/gold/sample_fars.py --thirty-third-batch [--seed 45]
    python scripts/gold/sample_fars.py --thirty-fourth-batch --seed 46
    python scripts/gold/sample_fars.py --thirty-fifth-batch --seed 47
    python scripts/gold/sample_fars.py --thirty-sixth-batch --seed 48

The second batch draws 32 more articles of officials' news (province, politics, economy, social)
from those the first left, all for `dev`: more real text to read errors on and to train on, while
the test split stays as it was drawn.

The third batch (24 articles, 2026-12-03) is drawn the same way from articles nobody working on the
rules had read: not in the manifest, not in `--exclude` (every article an audit packet showed and
the 400 articles every rule change was diffed on), and of at least 2,500 characters, as the reading
sessions drew shorter ones. It is scored once, as unseen text, before it joins `dev`.

The fourth batch (24 articles, 2026-12-03, later) is drawn the same way across every register the test
split covers (sports and culture too), from articles of at least 2,600 characters (the reading
sessions' longest draws stopped there), outside the manifest and `batch4-excluded.txt` (the third
batch's exclusions and the articles a count of role nouns printed lines of).

The fifth batch (23 articles, 2026-12-03, a new day's session) is every article the fourth batch's
rule left: at least 2,600 characters, in a stratum, outside the manifest and `batch4-excluded.txt`.
No reading had drawn articles that long, so these were the last unread ones; taking them all
leaves no choice to the draw.

The sixth batch (16 articles, 2026-12-05) goes one step shorter: at least 1,800 characters, outside
the manifest, `batch4-excluded.txt` and every article an audit packet showed (`audit/`). Reading
sessions since the fifth batch diffed every rule change on all non-test articles, so no article
outside the test split is wholly unread; these are the ones whose errors no rule was written from.
It is scored once, as unseen text, before it joins `dev`.

The seventh batch (16 articles, 2026-12-05, later) is drawn the same way from what the sixth left,
after the rules written from the sixth's errors, to measure them on text they were not written on;
the eighth (16, later still) after the seventh's, the ninth after the eighth's; the tenth after the
ninth's, from articles of 1,500 characters up, the longer ones being nearly all drawn; the
eleventh and twelfth the same way after the tenth's and the eleventh's. The thirteenth (16,
2026-12-05, a session later) after the twelfth's and the next session's, from 1,200 characters up:
only a handful of the 1,500-character ones were left, hardly any from the provinces. The
fourteenth (16, the same session) after the rules written from the thirteenth's errors, the
fifteenth after the fourteenth's, the sixteenth after the fifteenth's, from 1,000 characters up.
The seventeenth (16, 2026-12-05, a session later again) the same way, after that session's rules;
the eighteenth after the rules written from the seventeenth's errors, the nineteenth after the
eighteenth's, from 800 characters up: the provinces' longer articles were all drawn. The
twentieth (16, 2026-12-05, a session later again) the same way, after that session's rules; the
twenty-first after the rules written from the twentieth's errors, from 600 characters up: one
province article of 800 was left outside the manifest, the audits and the excluded list. The
twenty-second (16, the same session) after the rules written from the twenty-first's errors, the
twenty-third after the twenty-second's, from 400 characters up: one province article of 600 was left.
The twenty-fourth (16, 2026-12-05, a session later again) the same way, after that session's rules:
two province articles were left outside the manifest, the audits and the excluded list.
"""
from __future__ import annotations

import argparse
import json
import random
import re
from collections import defaultdict
from pathlib import Path
from typing import Iterable

ROOT = Path(__file__).resolve().parents[2]
DEFAULT_SOURCE = ROOT.parent / "shared" / "data" / "fars-news" / "articles.jsonl"
OUT = ROOT / "tests" / "gold" / "fars"

# How many articles each stratum gives: officials' news (province, politics, economy, social)
# weighs most, the rest of the agency's output is there so rules meet every register.
QUOTA = {"province": 22, "politics": 14, "economy": 10, "social": 10, "world": 10,
         "farsplus-magazine": 6, "sports": 5, "culture": 4, "scientific-academic": 3}
MERGE = {"foreign-policy": "politics", "arts-media": "culture", "tehran": "province",
         "regional-offices": "province"}
# The regional bureaus publish under the province's own slug.
PROVINCIAL_BUREAUS = {
    "alborz", "ardabil", "azarbaijan-gharbi", "azarbaijan-sharghi", "bushehr", "chaharmahal-bakhtiari",
    "fars", "gilan", "golestan", "hamedan", "hormozgan", "ilam", "isfahan", "kerman", "kermanshah",
    "khorasan-jonubi", "khorasan-shomali", "khuzestan", "kohgiluyeh-boyerahmad", "kordestan", "lorestan",
    "markazi", "mazandaran", "qazvin", "qom", "razavi", "semnan", "sistan-baluchestan", "yazd", "zanjan"}
SECOND_QUOTA = {"province": 12, "politics": 8, "economy": 6, "social": 6}
THIRD_QUOTA = {"province": 10, "politics": 4, "social": 4, "economy": 2, "world": 2, "farsplus-magazine": 2}
THIRD_MIN_CHARS = 2_500
FOURTH_QUOTA = {"province": 10, "politics": 2, "economy": 1, "social": 3, "world": 3, "sports": 2, "culture": 1,
                "farsplus-magazine": 2}
FOURTH_MIN_CHARS = 2_600
FIFTH_QUOTA = {"province": 12, "farsplus-magazine": 5, "culture": 3, "world": 1, "social": 1, "sports": 1}
SIXTH_QUOTA = {"province": 7, "politics": 3, "social": 2, "world": 2, "economy": 1, "culture": 1}
SEVENTH_QUOTA = {"province": 8, "world": 3, "culture": 2, "social": 2, "politics": 1}  # what the sixth left
EIGHTH_QUOTA = {"province": 8, "farsplus-magazine": 3, "world": 2, "culture": 1, "social": 1, "economy": 1}
NINTH_QUOTA = {"province": 7, "farsplus-magazine": 4, "culture": 2, "world": 2, "scientific-academic": 1}
TENTH_QUOTA = {"province": 6, "politics": 3, "economy": 2, "world": 2, "social": 1, "culture": 1,
               "farsplus-magazine": 1}
ELEVENTH_QUOTA = {"province": 6, "farsplus-magazine": 3, "culture": 2, "economy": 2, "world": 2, "politics": 1}
TWELFTH_QUOTA = {"province": 5, "farsplus-magazine": 3, "culture": 2, "economy": 2, "politics": 2, "world": 1,
                 "social": 1}
THIRTEENTH_QUOTA = {"province": 6, "politics": 3, "world": 3, "economy": 2, "social": 1, "culture": 1}
FOURTEENTH_QUOTA = {"province": 6, "farsplus-magazine": 3, "world": 2, "politics": 2, "economy": 1, "social": 1,
                    "culture": 1}
FIFTEENTH_QUOTA = {"province": 5, "farsplus-magazine": 3, "world": 3, "economy": 1, "social": 1, "culture": 1,
                   "sports": 1, "scientific-academic": 1}
SIXTEENTH_QUOTA = {"province": 6, "world": 3, "politics": 2, "economy": 2, "social": 1, "farsplus-magazine": 1,
                   "culture": 1}
SEVENTEENTH_QUOTA = {"province": 5, "world": 3, "farsplus-magazine": 2, "politics": 2, "economy": 1, "social": 1,
                     "culture": 1, "sports": 1}
EIGHTEENTH_QUOTA = {"province": 5, "world": 3, "farsplus-magazine": 2, "politics": 1, "economy": 1, "social": 1,
                    "culture": 1, "sports": 1, "scientific-academic": 1}
NINETEENTH_QUOTA = {"province": 5, "world": 4, "farsplus-magazine": 2, "economy": 1, "social": 1,
                    "culture": 1, "sports": 2}
TWENTIETH_QUOTA = {"province": 5, "world": 3, "politics": 2, "farsplus-magazine": 2, "economy": 1, "social": 1,
                   "culture": 1, "sports": 1}
TWENTY_FIRST_QUOTA = {"province": 4, "world": 3, "politics": 2, "farsplus-magazine": 2, "social": 1, "culture": 1,
                      "sports": 2, "scientific-academic": 1}
TWENTY_SECOND_QUOTA = {"province": 4, "world": 3, "politics": 2, "farsplus-magazine": 2, "economy": 1,
                       "culture": 1, "sports": 2, "scientific-academic": 1}
TWENTY_THIRD_QUOTA = {"province": 4, "world": 3, "politics": 2, "farsplus-magazine": 2, "sports": 2,
                      "culture": 1, "social": 1, "scientific-academic": 1}
TWENTY_FOURTH_QUOTA = {"province": 2, "world": 3, "politics": 3, "farsplus-magazine": 2, "sports": 2,
                       "economy": 1, "social": 1, "culture": 1, "scientific-academic": 1}
# the province stratum is spent: every province article of 400+ characters is in the manifest or an audit
TWENTY_FIFTH_QUOTA = {"world": 3, "politics": 3, "farsplus-magazine": 2, "sports": 2, "economy": 2, "social": 2,
                      "culture": 1, "scientific-academic": 1}
# two politics articles are left: the third goes to world
TWENTY_EIGHTH_QUOTA = {"world": 4, "politics": 2, "farsplus-magazine": 2, "sports": 2, "economy": 2, "social": 2,
                       "culture": 1, "scientific-academic": 1}
# politics is spent and economy nearly: the rest of the registers share the batch
TWENTY_NINTH_QUOTA = {"world": 4, "farsplus-magazine": 3, "sports": 3, "culture": 3, "scientific-academic": 2,
                      "social": 1}
# what is left: sixteen articles read in no diff or audit, mostly culture, sports and science
THIRTIETH_QUOTA = {"culture": 4, "sports": 4, "world": 3, "scientific-academic": 2, "farsplus-magazine": 2,
                   "social": 1}
# the last of the pools that no diff was read for: culture, sports, science and the magazine
THIRTY_FIRST_QUOTA = {"culture": 6, "sports": 5, "scientific-academic": 3, "farsplus-magazine": 2}
# the pools of news items up to 700 words are spent; officials' news a step longer (701 to 1,000 words)
THIRTY_SECOND_QUOTA = {"province": 6, "politics": 3, "social": 3}
# the rest of the officials' news of 701 to 1,000 words, and world and the magazine
THIRTY_THIRD_QUOTA = {"province": 5, "politics": 2, "social": 2, "farsplus-magazine": 2, "world": 1}
# officials' news of 1,001 to 1,500 words, once those of up to 1,000 were spent
THIRTY_FOURTH_QUOTA = {"province": 5, "politics": 3, "social": 4}
# the rest of the officials' news of 1,001 to 1,800 words, with culture and economy
THIRTY_FIFTH_QUOTA = {"province": 5, "politics": 2, "social": 1, "culture": 2, "economy": 2}
# what the pools of up to 1,800 words have left, at any length: culture, sports, science, provinces
THIRTY_SIXTH_QUOTA = {"culture": 4, "sports": 3, "scientific-academic": 2, "province": 2, "economy": 1}
# the longer items left (701 to 2,100 words), one or two of each register that has them
THIRTY_SEVENTH_QUOTA = {"sports": 2, "culture": 2, "farsplus-magazine": 1, "social": 1, "politics": 1, "economy": 1}
# the last of every register's pool: all items of 300 characters to 2,600 words no batch, audit or excluded list holds
THIRTY_EIGHTH_QUOTA = {"culture": 5, "sports": 3, "province": 2, "scientific-academic": 2, "economy": 1,
                       "farsplus-magazine": 1, "politics": 1, "world": 1}
LATER_QUOTAS = {6: SIXTH_QUOTA, 7: SEVENTH_QUOTA, 8: EIGHTH_QUOTA, 9: NINTH_QUOTA, 10: TENTH_QUOTA,
                11: ELEVENTH_QUOTA, 12: TWELFTH_QUOTA, 13: THIRTEENTH_QUOTA, 14: FOURTEENTH_QUOTA,
                15: FIFTEENTH_QUOTA, 16: SIXTEENTH_QUOTA, 17: SEVENTEENTH_QUOTA,
                18: EIGHTEENTH_QUOTA, 19: NINETEENTH_QUOTA, 20: TWENTIETH_QUOTA, 21: TWENTY_FIRST_QUOTA,
                22: TWENTY_SECOND_QUOTA, 23: TWENTY_THIRD_QUOTA, 24: TWENTY_FOURTH_QUOTA,
                25: TWENTY_FIFTH_QUOTA, 26: TWENTY_FIFTH_QUOTA, 27: TWENTY_FIFTH_QUOTA,
                28: TWENTY_EIGHTH_QUOTA, 29: TWENTY_NINTH_QUOTA, 30: THIRTIETH_QUOTA,
                31: THIRTY_FIRST_QUOTA, 32: THIRTY_SECOND_QUOTA,
                33: THIRTY_THIRD_QUOTA, 34: THIRTY_FOURTH_QUOTA,
                35: THIRTY_FIFTH_QUOTA, 36: THIRTY_SIXTH_QUOTA, 37: THIRTY_SEVENTH_QUOTA,
                38: THIRTY_EIGHTH_QUOTA}
LATER_MIN_CHARS = {10: 1_500, 11: 1_500, 12: 1_500, 13: 1_200, 14: 1_200, 15: 1_200, 16: 1_000, 17: 1_000, 18: 1_000, 19: 800, 20: 800, 21: 600, 22: 600, 23: 400, 24: 400, 25: 400, 26: 400, 27: 400, 28: 400, 29: 400, 30: 400, 31: 400, 32: 400, 33: 400, 34: 400, 35: 400, 36: 400, 37: 400, 38: 300}
LATER_BATCHES = {6: "sixth", 7: "seventh", 8: "eighth", 9: "ninth", 10: "tenth", 11: "eleventh", 12: "twelfth",
                 13: "thirteenth", 14: "fourteenth", 15: "fifteenth",
                 16: "sixteenth", 17: "seventeenth", 18: "eighteenth", 19: "nineteenth", 20: "twentieth", 21: "twenty-first", 22: "twenty-second", 23: "twenty-third",
                 24: "twenty-fourth", 25: "twenty-fifth", 26: "twenty-sixth", 27: "twenty-seventh",
                 28: "twenty-eighth", 29: "twenty-ninth", 30: "thirtieth",
                 31: "thirty-first", 32: "thirty-second",
                 33: "thirty-third", 34: "thirty-fourth",
                 35: "thirty-fifth", 36: "thirty-sixth", 37: "thirty-seventh", 38: "thirty-eighth"}  # the others 1,800 (SIXTH_MIN_CHARS)
SIXTH_MIN_CHARS = 1_800
MIN_WORDS, MAX_WORDS = 80, 700   # a news item, not a one-line brief or a 10,000-word dossier
LATER_WORDS = {32: (701, 1_000), 33: (701, 1_000), 34: (1_001, 1_500), 35: (1_001, 1_800), 36: (MIN_WORDS, 1_800), 37: (701, 2_100), 38: (50, 2_600)}  # batches past the 700-word items: (fewest, most) words


def stratum(category: str) -> str | None:
    category = MERGE.get(category, category)
    if category in PROVINCIAL_BUREAUS:
        return "province"
    return category if category in QUOTA else None


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--source", type=Path, default=DEFAULT_SOURCE)
    parser.add_argument("--seed", type=int, default=None, help="13 for the first batch, 14 for the second, 15 for the third, 16 for the fourth, 17 for the fifth, 18 for the sixth, 19 for the seventh, 20 for the eighth, 21 for the ninth, 22 for the tenth, 23 for the eleventh, 24 for the twelfth, 25 for the thirteenth, 26 for the fourteenth, 27 for the fifteenth, 28 for the sixteenth, 29 for the seventeenth, 30 for the eighteenth, 31 for the nineteenth, 32 for the twentieth, 33 for the twenty-first, 34 for the twenty-second, 35 for the twenty-third, 36 for the twenty-fourth, 37 for the twenty-fifth, 38 for the twenty-sixth, 39 for the twenty-seventh, 40 for the twenty-eighth, 41 for the twenty-ninth, 42 for the thirtieth, 43 for the thirty-first, 44 for the thirty-second, 45 for the thirty-third, 49 for the thirty-seventh, 50 for the thirty-eighth")
    parser.add_argument("--second-batch", action="store_true", help="32 more dev articles (officials' news)")
    parser.add_argument("--third-batch", action="store_true", help="24 more dev articles nobody had read")
    parser.add_argument("--fourth-batch", action="store_true", help="24 more dev articles nobody had read, every register")
    parser.add_argument("--fifth-batch", action="store_true", help="the 23 unread articles the fourth batch's rule left")
    for batch, word in LATER_BATCHES.items():
        parser.add_argument(f"--{word}-batch", action="store_true",
                            help=f"16 more dev articles of {LATER_MIN_CHARS.get(batch, SIXTH_MIN_CHARS):,} characters or "
                                 f"more that no audit showed, drawn after batch {batch - 1}'s rules")
    parser.add_argument("--exclude", type=Path, default=None,
                        help="ids the third, fourth or fifth batch must not draw, one per line "
                             "(default: tests/gold/fars/batch3-excluded.txt, batch4-excluded.txt)")
    args = parser.parse_args()
    if args.second_batch:  # 32 more of officials' news, for dev
        dev_batch(args.source, 14 if args.seed is None else args.seed, 2, SECOND_QUOTA)
        return
    if args.third_batch:  # 24 more that no reading had seen
        exclude = args.exclude or OUT / "batch3-excluded.txt"
        dev_batch(args.source, 15 if args.seed is None else args.seed, 3, THIRD_QUOTA,
                  set(exclude.read_text(encoding="utf-8").split()), THIRD_MIN_CHARS)
        return
    if args.fourth_batch:  # 24 more that no reading had seen, in every register
        exclude = args.exclude or OUT / "batch4-excluded.txt"
        dev_batch(args.source, 16 if args.seed is None else args.seed, 4, FOURTH_QUOTA,
                  set(exclude.read_text(encoding="utf-8").split()), FOURTH_MIN_CHARS)
        return
    if args.fifth_batch:  # all that the fourth batch's rule left unread
        exclude = args.exclude or OUT / "batch4-excluded.txt"
        dev_batch(args.source, 17 if args.seed is None else args.seed, 5, FIFTH_QUOTA,
                  set(exclude.read_text(encoding="utf-8").split()), FOURTH_MIN_CHARS)
        return
    later = next((batch for batch, word in LATER_BATCHES.items() if getattr(args, f"{word.replace('-', '_')}_batch")), None)
    if later is not None:  # shorter ones, and none an audit packet showed
        exclude = set((args.exclude or OUT / "batch4-excluded.txt").read_text(encoding="utf-8").split())
        dev_batch(args.source, (12 + later) if args.seed is None else args.seed, later, LATER_QUOTAS[later],
                  exclude | audited(), LATER_MIN_CHARS.get(later, SIXTH_MIN_CHARS),
                  LATER_WORDS.get(later, (MIN_WORDS, MAX_WORDS)))
        return
    args.seed = 13 if args.seed is None else args.seed
    rows = [json.loads(line) for line in args.source.read_text(encoding="utf-8").splitlines() if line.strip()]
    pools: dict[str, list[dict]] = defaultdict(list)
    for row in rows:
        group = stratum(row["category"])
        if group and MIN_WORDS <= len(row["text"].split()) <= MAX_WORDS:
            pools[group].append(row)
    rng = random.Random(args.seed)
    manifest = []
    for group in sorted(QUOTA):
        pool = sorted(pools[group], key=lambda r: r["id"])
        drawn = rng.sample(pool, QUOTA[group])
        for index, row in enumerate(drawn):
            split = "dev" if index % 2 == 0 else "test"
            path = OUT / split / f"{row['id']}.txt"
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(row["text"], encoding="utf-8")
            manifest.append({"id": row["id"], "split": split, "stratum": group, "category": row["category"],
                             "url": row["url"], "words": len(row["text"].split())})
    manifest.sort(key=lambda m: (m["split"], m["id"]))
    (OUT / "manifest.jsonl").write_text("".join(json.dumps(m, ensure_ascii=False) + "\n" for m in manifest),
                                        encoding="utf-8")
    for split in ("dev", "test"):
        chosen = [m for m in manifest if m["split"] == split]
        print(f"{split}: {len(chosen)} articles, {sum(m['words'] for m in chosen)} words")


def audited() -> set[str]:
    """Every article an audit packet showed a reader with the extractor's output."""
    ids: set[str] = set()
    for packet in (OUT / "audit").rglob("*.tsv"):
        ids |= set(re.findall(r"fars-\d-\d{4}", packet.read_text(encoding="utf-8")))
    return ids


def _pools(source: Path, exclude: set[str], words: tuple[int, int] = (MIN_WORDS, MAX_WORDS)) -> dict[str, list[dict]]:
    rows = [json.loads(line) for line in source.read_text(encoding="utf-8").splitlines() if line.strip()]
    pools: dict[str, list[dict]] = defaultdict(list)
    for row in rows:
        group = stratum(row["category"])
        if group and row["id"] not in exclude and words[0] <= len(row["text"].split()) <= words[1]:
            pools[group].append(row)
    return pools


def dev_batch(source: Path, seed: int, batch: int, quota: dict[str, int], exclude: Iterable[str] = (),
              min_chars: int = 0, words: tuple[int, int] = (MIN_WORDS, MAX_WORDS)) -> None:
    """More dev articles, ``quota`` per stratum, from those neither split holds nor ``exclude``
    lists and of ``min_chars`` at least; appended to the manifest as ``batch``."""
    path = OUT / "manifest.jsonl"
    manifest = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    if any(m.get("batch") == batch for m in manifest):
        raise SystemExit(f"the manifest already lists batch {batch}")
    pools = _pools(source, {m["id"] for m in manifest} | set(exclude), words)
    rng = random.Random(seed)
    picked = []
    for group in sorted(quota):
        pool = sorted((r for r in pools[group] if len(r["text"]) >= min_chars), key=lambda r: r["id"])
        if len(pool) < quota[group]:
            raise SystemExit(f"batch {batch}: {quota[group]} {group} articles wanted, {len(pool)} left")
        picked += [(group, row) for row in rng.sample(pool, quota[group])]
    for group, row in picked:  # written only once every stratum could be drawn
        (OUT / "dev" / f"{row['id']}.txt").write_text(row["text"], encoding="utf-8")
        manifest.append({"id": row["id"], "split": "dev", "stratum": group, "category": row["category"],
                         "url": row["url"], "words": len(row["text"].split()), "batch": batch})
    manifest.sort(key=lambda m: (m["split"], m["id"]))
    path.write_text("".join(json.dumps(m, ensure_ascii=False) + "\n" for m in manifest), encoding="utf-8")
    print(f"batch {batch}:", " ".join(sorted(m["id"] for m in manifest if m.get("batch") == batch)))


if __name__ == "__main__":
    main()
