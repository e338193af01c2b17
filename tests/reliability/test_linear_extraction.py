"""Extraction time grows linearly with a document, whatever it repeats (issue 19, point 3).

Each pattern is extracted at n and 4n repetitions in one run; linear growth makes the second take
about four times the first, quadratic sixteen. The bound (6) is generous so a busy machine does
not make the test flake; it is CPU time of this process, not wall time.
"""
from __future__ import annotations

import gc
import subprocess
import sys
import time

import pytest

from helpers import ROOT
from loader.pipeline import extract_text


def _rows(name: str) -> list[str]:
    lines = (ROOT / "loader" / "data" / "pipeline" / "kg_lexicon" / f"{name}.tsv").read_text(encoding="utf-8").splitlines()
    return [line.split("\t")[0].strip() for line in lines[1:] if line.strip() and not line.startswith("#")]


def _distinct_people(n: int) -> str:
    """Many different people, each named in full and then by surname: the surname lookup used to
    compare every word with every surname of the document."""
    surnames = [s for s in _rows("surnames") if " " not in s and "\u200c" not in s]
    given = [g for g in _rows("given_names") if " " not in g]
    return " ".join(f"{given[i % len(given)]} {surnames[i % len(surnames)]} مدیرکل بهزیستی گفت. "
                    f"{surnames[i % len(surnames)]} افزود." for i in range(n))


def _places_named_again(n: int) -> str:
    """Many villages the text introduces with a cue and names again: each used to be looked for
    at every word of the document."""
    syllables = ["زرک", "سیاو", "گنجه", "تلخو", "کلات", "برزو", "دهنو", "چشمک", "ورزن", "اسفد"]
    names = [a + b[-2:] + "ان" for a in syllables for b in syllables]
    return " ".join(f"روستای {names[i % len(names)]}{'ی' * (i // len(names))} آباد شد و مردم {names[i % len(names)]}"
                    f"{'ی' * (i // len(names))} آمدند." for i in range(n))


PATTERNS = {
    "titles": lambda n: "مدیرکل " * n,                                    # the reproduction
    "titles with an organisation": lambda n: "مدیرکل تأمین اجتماعی " * n,  # unnamed posts looking for a holder
    "titles of this province": lambda n: "مدیرکل این استان " * n,          # the province named before
    "acting heads of a province": lambda n: "سرپرست قم " * n,
    "money": lambda n: "100 میلیارد ریال " * n,                            # figures' subject and period
    "dates": lambda n: "سال 1401 " * n,                                    # overlapping date candidates
    "officials speaking": lambda n: "علی موسوی مدیرکل تأمین اجتماعی استان قم گفت " * n,
    "distinct people": lambda n: _distinct_people(n // 4),
    # readings the model does not share, each withdrawn from the document's candidates
    "persons the model does not confirm": lambda n: "در جلسه سیما هماهنگی لازم انجام شد. " * (n // 4),
    "places named again": lambda n: _places_named_again(n // 8),
    # an interview's turns, each asking whether its speaker speaks elsewhere in the document
    "an interview's turns": lambda n: "خادم علی تهذیبی آمد. " + "* فارس: چرا؟ * تهذیبی: نه. " * (n // 8),
    # a notable named once where a person stands, then by a form that is also a word, many times
    "a notable named again": lambda n: "سعدی گفت: خوب است. " + "همه وامدار سعدی هستیم. " * (n // 4),
    # a person, then a long list of surnames read along it
    "a list of surnames": lambda n: "علی رضایی، " + "، ".join(["احمدی", "حیدری", "قربانی", "کریمی"] * (n // 8))
                                    + " حضور دارند.",
    # a name, then a body's office carried, each in one long sentence
    "offices carried": lambda n: "علی رضایی که " + "ریاست شورای شهر را بر عهده داشت و " * (n // 4) + "آمد.",
}


def _cpu_seconds(text: str) -> float:
    """CPU time of an extraction, the least of three, with Python's cyclic collector paused: its
    passes cost in proportion to everything the whole test session holds, not to the document,
    and in a full run they made the ratios drift past the bound for code that is linear on its
    own. The least of three runs: on a shared virtual machine a run's CPU time may stretch by half
    (a neighbour's load)."""
    return min(_one_run(text) for _ in range(RUNS))


RUNS = 3
SMALL = 2_000
# Four times the text takes about four times the time; a step quadratic in the text shows 16. On
# this shared machine the same code measured between 3 and 6.4 from run to run (a neighbour's load),
# so the bound sits between: 8.
LINEAR_BOUND = 8
# The least time the smaller size may take: the fastest patterns ran 2,000 in 0.12 s, where a
# neighbour's load moved a linear ratio of 4.4 to 6.0 (CI of 864d56f, `places named again`).
MIN_SECONDS = 0.3


def _one_run(text: str) -> float:
    gc.collect()
    gc.disable()
    try:
        began = time.process_time()
        extract_text("linear", text)
        return time.process_time() - began
    finally:
        gc.enable()


@pytest.fixture(scope="module", autouse=True)
def warm():
    extract_text("warm-up", "سید علی موسوی، مدیرکل تأمین‌اجتماعی استان قم گفت.")


def test_5k_and_20k_titles_in_one_sentence_grow_linearly():
    small, large = _cpu_seconds("مدیرکل " * 5_000), _cpu_seconds("مدیرکل " * 20_000)
    print(f"5k: {small:.2f}s, 20k: {large:.2f}s, ratio {large / small:.1f}")
    assert large / small < LINEAR_BOUND


@pytest.mark.parametrize("name", [name for name in PATTERNS if name != "titles"])
def test_repeated_patterns_grow_linearly(name):
    make = PATTERNS[name]
    size, small = SMALL, _cpu_seconds(make(SMALL))
    while small < MIN_SECONDS:  # (a run this short is mostly a neighbour's noise: double the text)
        size *= 2
        small = _cpu_seconds(make(size))
    large = _cpu_seconds(make(4 * size))
    print(f"{name}: {size} {small:.2f}s, {4 * size} {large:.2f}s, ratio {large / small:.1f}")
    assert large / small < LINEAR_BOUND


def test_a_gap_of_many_conjunctions_between_name_and_title_is_not_exponential():
    """`NAME و و و ... و الف مدیرکل`: the joiner pattern used to try every split of the spaces
    (22 conjunctions took 1.6 s, each one more doubled it). Run in a subprocess so a regression
    fails at the timeout instead of hanging the suite."""
    code = ("from loader.pipeline import extract_text\n"
            "x = extract_text('d', 'علی موسوی ' + 'و ' * 60 + 'الف مدیرکل تأمین اجتماعی گفت.')\n"
            "print(len(x.mentions))")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120, cwd=ROOT)
    assert done.returncode == 0, done.stderr
