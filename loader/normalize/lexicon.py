"""Lexicon-driven word repair: ZWNJ restoration, lost lam-alef, spelling variants.

Built from hazm's ``words.dat`` (lemma list with corpus frequencies and POS) and
``verbs.dat`` (past#present stems, conjugated here).  Nothing in this module knows
about our corpus; decisions are morphology + lexicon + frequency.
"""
from __future__ import annotations

import importlib.util
import os
import threading
from pathlib import Path

from loader.ner.gazetteer_io import load_table, load_words
from loader.ner.numbers import SCALES
from loader.persian import NON_JOINING, ZWNJ

# How careful news writers spell compounds where the lexicon cannot tell (learned; see
# scripts/zwnj/learn_preferences.py).
PREFERENCES_PATH = Path(__file__).resolve().parent.parent / "data" / "zwnj_preferences.tsv"
# Surname endings a ZWNJ separates from a first part in ی (`قاسمی‌پور`): `zwnj_name_tails.tsv` beside it.
NAME_TAILS = "zwnj_name_tails"
SURNAMES, GIVEN_NAMES = "surnames", "given_names"  # the recogniser's tables of names (kg_lexicon/)
MIN_NAME_HEAD = 4  # letters before the tail, its ی included: `علیپور` is written both ways
GIVEN_NAME_TAILS = ("الله", "اله", "الدین")  # `روح‌الله`, `عنایت‌اله`, `ضیاءالدین`: a compound given name's end

# suffixes written after a ZWNJ when the stem ends in a joining letter
HA = ["هاست", "هایشان", "هایتان", "هایمان", "هایی", "هایم", "هایت", "هایش", "های", "ها"]
COMPAR = ["ترین", "تری", "تر"]
AFTER_HE = ["ای", "ام", "ات", "اش", "اید", "ایم", "اند", "ایی"]  # after final ه / ی
# suffixes glued without ZWNJ (needed to analyse the stem)
ARABIC_ARTICLE = "ال"  # an Arabic word's article: such a word takes no Persian personal ending
GLUED = ["شان", "تان", "مان", "یان", "ان", "ات", "ی", "یی", "ش", "م", "ت", "یم", "ید"]
VERB_PREFIX = ["باز", "در", "بر", "فرا", "فرو", "ور"]
# Words an ezafe never stands before (a preposition, `را`, `که`, `و`, a copula): a glued `...های`
# before one is not the plural with its ezafe (`کتاب‌های`) but a word in ه with its `ای`
# (`زمینه‌ای را فراهم کرد`, `موقوفه‌ای به نیت خاصی`); `با` may follow one (`پرداخت‌های با یورو`).
EZAFE_CLOSERS = frozenset({"را", "از", "به", "بر", "در", "که", "و", "تا", "برای", "نیز", "هم", "است", "بود",
                           "شد", "شده", "بوده", "باشد", "نیست", "هست", "می", "نمی"})
# Written apart in web text, joined by `join_spaced`: the durative/negative verb prefixes, and
# the endings that follow a final ه (`خانه ای`, `گفته اند`). `است` stays a word of its own.
VERB_PREFIXES_SPACED = {"می", "نمی"}
AFTER_HE_SPACED = {"ای", "ام", "ات", "اش", "اید", "ایم", "اند", "ایی"}
# Prepositions that also prefix listed compounds (`به‌روز`): apart, they are usually just words.
FREE_PREFIXES = {"به", "در", "از", "با", "بر", "که", "و"}
BOUND_PREFIXES = {"بی", "نا"}
# Words that with `الله` make an honorific or a body, never a given name (`آیت الله`, `حزب الله`):
# a name's `X الله` is kept as its bearer writes it (`روح الله`).
NO_NAME_BEFORE_ALLAH = {"آیت", "حزب"}
# Agent participles that close a compound with the noun before them (`مصرف کنندگان`,
# `تولید کننده`, `شرکت کنندگان`); on their own they are hardly ever written.
BOUND_PARTICIPLES = {"کننده", "کنندگان", "کنندگی", "دهنده", "دهندگان", "گیرنده", "گیرندگان"}
# A present stem or suffix that makes an agent or owner with the noun before it (`دانش‌آموز`,
# `علاقه‌مند`), in the plural too; alone it is no word of news.
BOUND_AGENTS = {"آموز", "مند"}
# A present stem with the ی of an action noun (`آوری`, `برداری`, `گذاری`): after a noun it closes
# the compound the lexicon lists (`جمع‌آوری`, `بهره‌برداری`, `سرمایه‌گذاری`); alone it would be a
# verb in the second person, which news hardly writes.
BOUND_NOMINALS = {"آوری", "برداری", "گذاری", "سازی", "رسانی", "گیری", "پذیری", "یابی", "شناسی", "نگاری",
                  "ریزی", "وری", "اندازی", "زدایی", "خوانی", "نشینی"}
WORD_PREFIX = {"به": 2000, "بی": 2000, "هم": 2000, "کم": 5000}

MIN_COMPOUND_FREQ = 200000   # both halves of an unlisted compound must be this frequent
MIN_COMPOUND_FREQ_HE = 20000  # after final ه a compound is (almost) always ZWNJ-joined
MIN_LAM_FREQ = 20000        # lam-alef repair target must be this frequent


def _hazm_data(name: str) -> str:
    """A data file of the installed hazm package, found without importing hazm (its import
    pulls in nltk and gensim and takes seconds; we read only its word lists)."""
    spec = importlib.util.find_spec("hazm")
    if spec is None or not spec.submodule_search_locations:
        raise ModuleNotFoundError("hazm is not installed (pip install hazm==0.10.0)")
    return os.path.join(list(spec.submodule_search_locations)[0], "data", name)


def _conjugate(past: str, present: str):
    pers_past = ["م", "ی", "", "یم", "ید", "ند"]
    pers_pres = ["م", "ی", "د", "یم", "ید", "ند"]
    perf = ["ام", "ای", "ایم", "اید", "اند"]
    out = []
    if past:
        for neg in ("", "ن"):
            out.append(neg + past + "ن")
            for p in pers_past:
                out.append(neg + past + p)
                out.append(neg + "می" + ZWNJ + past + p)
            pp = neg + past + "ه"
            out.append(pp)
            out.append(neg + "می" + ZWNJ + past + "ه")
            for p in perf:
                out.append(pp + ZWNJ + p)
                out.append(neg + "می" + ZWNJ + past + "ه" + ZWNJ + p)
        out.append(past + "گی")
    if present:
        if present[0] == "آ":
            b_forms = ["بیا" + present[1:], "نیا" + present[1:]]
        elif present[0] == "ا":
            b_forms = ["بی" + present, "نی" + present]
        else:
            b_forms = ["ب" + present, "ن" + present]
        for stem in [present] + b_forms:
            out.append(stem)
            for p in pers_pres:
                out.append(stem + p)
        for neg in ("", "ن"):
            for p in pers_pres:
                out.append(neg + "می" + ZWNJ + present + p)
            out.append(neg + "می" + ZWNJ + present)   # `می‌توان`, `نمی‌توان`
        out.append(present + "نده")
        out.append(present + "ندگان")
        out.append(present + "ان")
    return out


class Lexicon:
    def __init__(self):
        self.freq: dict[str, int] = {}
        self.pos: dict[str, str] = {}
        with open(_hazm_data("words.dat"), encoding="utf8") as fh:
            for line in fh:
                parts = line.rstrip("\n").split("\t")
                w = parts[0]
                if not w:
                    continue
                f = int(parts[1]) if len(parts) > 1 and parts[1].isdigit() else 0
                if f >= self.freq.get(w, -1):
                    self.freq[w] = f
                    self.pos[w] = parts[2] if len(parts) > 2 else ""
        # compounds: ZWNJ-stripped form -> lexicon form (most frequent wins)
        self.compound: dict[str, str] = {}
        for w, f in self.freq.items():
            if ZWNJ in w:
                k = w.replace(ZWNJ, "")
                cur = self.compound.get(k)
                if cur is None or f > self.freq.get(cur, 0):
                    self.compound[k] = w
        # verb forms
        self.verb: dict[str, str] = {}
        verb_plain: set[str] = set()
        with open(_hazm_data("verbs.dat"), encoding="utf8") as fh:
            for line in fh:
                line = line.strip()
                if not line or "#" not in line:
                    continue
                past, present = line.split("#", 1)
                for form in _conjugate(past, present):
                    k = form.replace(ZWNJ, "")
                    if k not in self.verb:
                        self.verb[k] = form
                    if ZWNJ not in form:
                        verb_plain.add(form)
        for w in ("است", "هست", "نیست", "هستم", "هستی", "هستیم", "هستید", "هستند",
                  "نیستم", "نیستی", "نیستیم", "نیستید", "نیستند", "استم"):
            verb_plain.add(w)
        self.verb_plain = verb_plain
        self.present: set[str] = set()
        self.past: set[str] = set()
        with open(_hazm_data("verbs.dat"), encoding="utf8") as fh:
            for line in fh:
                if "#" in line:
                    pa, pr = line.strip().split("#", 1)
                    if len(pr) >= 3:
                        self.present.add(pr)
                    if len(pa) >= 2:
                        self.past.add(pa)
        # spelling variants (hamza) -> most frequent hamza spelling
        self.variant: dict[str, str] = {}
        for w, f in self.freq.items():
            if f > 0 and any(c in w for c in "أؤئ"):
                k = w.replace("أ", "ا").replace("ؤ", "و").replace("ئ", "ی")
                if k != w:
                    cur = self.variant.get(k)
                    if cur is None or f > self.freq[cur]:
                        self.variant[k] = w
        self._cache: dict[tuple[str, bool], str] = {}
        self.preferred: dict[str, str] = _read_preferences()
        self.name_tails = tuple(sorted(load_words(NAME_TAILS, PREFERENCES_PATH.parent), key=len, reverse=True))
        self.all_name_tails = self.name_tails + GIVEN_NAME_TAILS
        # the recogniser's listed surnames and given names, read glued as they are written (`میدری`
        # is no `می‌دری`, `بهراد` no `به‌راد`, `آریامنش` no `آری‌امنش`)
        self.names = frozenset(row["name"] for table in (SURNAMES, GIVEN_NAMES)
                               for row in load_table(table) if row.get("name"))
        # `هزارو 900`, `میلیاردو`: a scale word with the `و` of the next number glued on (PDF text).
        self.scales = frozenset(SCALES)

    # ------------------------------------------------------------------
    def known(self, w: str) -> bool:
        """Word exists as written (lexicon entry of any frequency, or a verb form)."""
        return w in self.freq or w in self.verb_plain

    def strong(self, w: str) -> bool:
        """Word attested with a corpus frequency (hazm's freq-0 tail is noisy and holds
        many ZWNJ-less spellings such as مهمترین / کتابها)."""
        return self.freq.get(w, 0) > 0 or w in self.verb_plain

    def f(self, w: str) -> int:
        return self.freq.get(w, 0)

    def tags(self, w: str) -> frozenset[str]:
        """The word's parts of speech (`N`, `AJ`, `PL` ...), none for a word the lexicon lacks."""
        pos = self.pos.get(w)
        return frozenset(pos.split(",")) if pos else frozenset()

    def _spell(self, w: str) -> str | None:
        """Hamza variant with positive frequency when w is unknown or has freq 0."""
        v = self.variant.get(w)
        if v and v != w and (not self.known(w) or (self.f(w) == 0 and w not in self.verb_plain)):
            return v
        return None

    def _stem(self, s: str, depth: int) -> str | None:
        """Return the repaired form of a stem if it is a word/analysable, else None."""
        if len(s) < 2:
            return None
        if self.strong(s):
            return self._spell(s) or s
        r = self._analyse(s, depth)
        if r is None and self.known(s):
            return s
        return r

    def _analyse(self, t: str, depth: int) -> str | None:
        """Analyse an unknown token; returns repaired string or None."""
        c = self.compound.get(t)
        if c is not None:
            return c
        v = self.verb.get(t)
        if v is not None and (depth >= 2 or v.endswith("ه")):
            if t.endswith("ی") and self.strong(t[:-1]) and self.known(t):
                return t  # `میدانی` is میدان + ی, not "you know"
            return v  # inside a nominal analysis only participles (شده) are stems
        sp = self._spell(t)
        if sp:
            return sp
        if depth <= 0:
            return None
        # -gan / -gi after a word in -e (بیمه‌شدگان <- بیمه‌شده)
        for suf in ("گان", "گی"):
            if t.endswith(suf) and len(t) > 4:
                base = t[: -len(suf)] + "ه"
                r = self._stem(base, depth - 1)
                if r and r.endswith("ه") and r != base[:-1]:
                    if r != base:
                        return r[:-1] + suf
                    # stem unchanged: only useful if it is a word, which means t is regular
                    return t
        # verb with separable prefix (بازمی‌گردد)
        for p in VERB_PREFIX:
            if t.startswith(p) and len(t) > len(p) + 3:
                v = self.verb.get(t[len(p):])
                if v is not None and v.startswith(("می" + ZWNJ, "نمی" + ZWNJ)):
                    return p + v
                if t[len(p):] in self.verb_plain:
                    return t  # `برشمرد`: a prefixed verb, written as one word
        # suffixes: keep the analysis whose stem is most frequent
        best = None
        for suf in HA + COMPAR + AFTER_HE + GLUED:
            if not t.endswith(suf) or len(t) - len(suf) < 2:
                continue
            s = t[: -len(suf)]
            last = s[-1]
            if suf in AFTER_HE and (last not in "هی" or len(s) < 3):
                continue  # `هیات` is no `هی` + `ات`
            if suf in AFTER_HE and t.startswith(ARABIC_ARTICLE) and self.known(t):
                continue  # `الحیات`, a listed Arabic word, takes no Persian ending (`الحی` + `ات`)
            if suf in GLUED and last == "ه" and suf[0] in "اآی":
                continue
            r = self._stem(s, depth - 1)
            if r is None:
                continue
            if suf in GLUED and any(r.endswith(ZWNJ + x) for x in AFTER_HE):
                continue  # no clitic after a personal ending (*میره‌اش+م)
            if suf in COMPAR and not any(p in self.pos.get(s, "") or p in self.pos.get(r, "")
                                         for p in ("AJ", "ADV")):
                continue
            need_zwnj = (suf in HA or suf in COMPAR or suf in AFTER_HE) and r[-1] not in NON_JOINING
            if suf in COMPAR and self.strong(s + "تر"):
                need_zwnj = False  # بیشتر / کمتر / بهتر are written joined
            score = max(self.f(s), self.f(r)) + (1 if self.known(s) else 0)
            if best is None or score > best[0]:
                best = (score, r + (ZWNJ if need_zwnj else "") + suf)
        if best:
            return best[1]
        # word prefixes
        for p, minf in WORD_PREFIX.items():
            if t.startswith(p) and len(t) - len(p) >= 3:
                rest = t[len(p):]
                r = self._stem(rest, depth - 1)
                if r and (self.f(rest) >= minf or self.f(r) >= minf):
                    return p + ZWNJ + r
        # two-word compound (unlisted): both halves frequent words
        best = None
        for i in range(2, len(t) - 1):
            w1, w2 = t[:i], t[i:]
            if w1[-1] in NON_JOINING or w2[0] == "ی" or (i == 2 and len(w2) < 4):
                continue
            if len(w2) < 3 and w1[-1] != "ه":
                continue
            if w1[-1] == "ه" and w2 in self.present and self.f(w1) >= MIN_COMPOUND_FREQ:
                m = self.f(w1)
                if best is None or m > best[0]:
                    best = (m, (self._spell(w1) or w1) + ZWNJ + w2)
                continue
            r1 = self._spell(w1) or (w1 if self.strong(w1) else None)
            if r1 is None:
                continue
            r2 = self._spell(w2) or (w2 if self.strong(w2) else None)
            if r2 is None:
                continue
            f1, f2 = max(self.f(w1), self.f(r1)), max(self.f(w2), self.f(r2))
            m = min(f1, f2)
            need = MIN_COMPOUND_FREQ_HE if w1[-1] == "ه" else MIN_COMPOUND_FREQ
            if m >= need and (best is None or m > best[0]):
                best = (m, r1 + ZWNJ + r2)
        if best:
            return best[1]
        return None

    def _lam_alef(self, t: str) -> str | None:
        idx = [i for i, ch in enumerate(t) if ch == "ا"]
        best = None
        for i in idx:
            if i > 0 and t[i - 1] == "ل":
                continue
            cand = t[:i] + "ل" + t[i:]
            fr = self.f(cand)
            if fr >= MIN_LAM_FREQ and (best is None or fr > best[0]):
                best = (fr, cand)
        return best[1] if best else None

    def join_spaced(self, w1: str, w2: str) -> str | None:
        """The one word two space-separated tokens spell, when the second is a bound morpheme or
        half of a listed compound (`می کند`, `کتاب ها`, `بزرگ تر`, `گفته اند`, `بین المللی`);
        None when they are two words. Web text writes these apart; the lexicon decides."""
        if len(w1) < 2 or len(w2) < 2 or ZWNJ in w1 + w2:
            return None
        if w1 in VERB_PREFIXES_SPACED:
            form = self.verb.get(w1 + w2)
            if form is not None and form.startswith(w1 + ZWNJ):
                return form
            if w2 in self.present or w2 in self.past:
                return w1 + ZWNJ + w2
            return None
        joiner = "" if w1[-1] in NON_JOINING else ZWNJ
        if w2 in HA:
            return w1 + joiner + w2
        if w2 in COMPAR:
            if self.strong(w1 + w2) and w2 == "تر":
                return w1 + w2   # بیشتر, کمتر, بهتر are written joined
            pos = self.pos.get(w1, "")
            return w1 + joiner + w2 if ("AJ" in pos or "ADV" in pos) else None
        if w2 in AFTER_HE_SPACED and w1[-1] == "ه" and len(w1) > 2:
            return w1 + ZWNJ + w2
        if w2 in BOUND_PARTICIPLES and w1 not in FREE_PREFIXES and "N" in self.tags(w1):
            return w1 + joiner + w2
        if w2 in BOUND_NOMINALS and w1 not in FREE_PREFIXES and self.compound.get(w1 + w2) == w1 + ZWNJ + w2:
            return w1 + ZWNJ + w2  # `فن آوری`, `بهره برداری`: a listed compound's action noun
        stem = w2[:-2] if w2.endswith("ان") else w2
        if stem in BOUND_AGENTS and w1 not in FREE_PREFIXES and self.compound.get(w1 + stem) == w1 + ZWNJ + stem:
            return w1 + ZWNJ + w2  # `دانش آموزان`, `علاقه مندان`: a listed compound's agent, or its plural
        compound = self.compound.get(w1 + w2)
        if compound is not None and compound == w1 + ZWNJ + w2 and w1 not in FREE_PREFIXES \
                and (not self.known(w2) or w1 in BOUND_PREFIXES or _arabic_construct(w2)
                     or w2 == ALLAH and w1 in NO_NAME_BEFORE_ALLAH):
            # `بی توجهی`: the second half is no word of its own; `بین المللی`, `بیت المقدس`: an
            # Arabic construct, whose second noun with its article (which hazm lists alone, at
            # frequency 0) the writer set apart
            return compound
        return None

    def repair(self, t: str, learned: bool = True, lost_lam_alef: bool = True) -> str:
        """Repair a ZWNJ-free token of Persian letters (cached): writers' learned spelling
        first, then the lexicon's analysis. ``lost_lam_alef``: the text may have lost the
        lam of a lam-alef (PDF extraction: `سامت` for `سلامت`); web text has not, and there
        the repair would misread words it does not know (`ایامی` as `ایلامی`, `برما` as `برملا`).
        A listed name the dictionary attests no use of stays as its bearer writes it where the
        repair makes no attested word either (`میدری` is no `می‌دری`, `بهراد` no `به‌راد`; but
        `بی‌نظیر`), and for the ZWNJ before a compound surname's tail or a compound given name's
        `الله` (`کیانپور` → `کیان‌پور`, `روحالله` → `روح‌الله`)."""
        r = self._learned_or_repaired(t, learned, lost_lam_alef)
        if t in self.names and not self.strong(t) and r != t and not self.strong(r) and not self._tail_split(t, r):
            return t
        return r

    def _tail_split(self, t: str, r: str) -> bool:
        """``r`` is ``t`` with a ZWNJ before a compound name's tail (`کیان‌پور`, `روح‌الله`)."""
        return any(r == t[: -len(tail)] + ZWNJ + tail
                   and len(t) - len(tail) >= (2 if tail in GIVEN_NAME_TAILS else MIN_NAME_HEAD)
                   for tail in self.all_name_tails if t.endswith(tail))

    def _learned_or_repaired(self, t: str, learned: bool, lost_lam_alef: bool) -> str:
        if not learned:
            return self._repair(t, lost_lam_alef)
        preferred = self.preferred.get(t)
        if preferred is not None:
            return preferred
        key = (t, lost_lam_alef)
        r = self._cache.get(key)
        if r is not None:
            return r
        r = self._repair(t, lost_lam_alef)
        if len(self._cache) < 500000:
            self._cache[key] = r
        return r

    def before_closer(self, repaired: str) -> str:
        """The repair of a glued word read before a word no ezafe precedes: `X‌های` becomes
        `Xه‌ای` where `Xه` is a word (`زمینهای را` → `زمینه‌ای را`, not `زمین‌های`)."""
        plural = ZWNJ + "های"
        if not repaired.endswith(plural):
            return repaired
        stem = repaired[: -len(plural)]
        return stem + "ه" + ZWNJ + "ای" if ZWNJ not in stem and self.strong(stem + "ه") else repaired

    def surname(self, t: str) -> str | None:
        """A compound surname whose first part ends in ی, its ending glued on (`قاسمیپور`):
        no lexicon lists the name, and the ی says where it breaks."""
        for tail in self.name_tails:
            head = t[: -len(tail)]
            if t.endswith(tail) and len(head) >= MIN_NAME_HEAD and head[-1] == "ی" and head[-2] != "ی":
                return head + ZWNJ + tail
        return None

    def before_ezafe(self, t: str, repaired: str) -> str:
        """The repair of a glued `Xهای` read before a word an ezafe may precede, where `X` is a
        noun that is also a past stem: the plural with its ezafe (`نشست‌های تخصصی`,
        `خریدهای خارجی`), not the participle with its `ای` (`نشسته‌ای`)."""
        stem = t[: -len("های")]
        if not t.endswith("های") or repaired != stem + "ه" + ZWNJ + "ای" or stem not in self.past \
                or not self.strong(stem) or "N" not in self.tags(stem):
            return repaired
        return stem + ("" if stem[-1] in NON_JOINING else ZWNJ) + "های"

    def _repair(self, t: str, lost_lam_alef: bool = True) -> str:
        if t.endswith("و") and t[:-1] in self.scales:
            return t[:-1] + " و"
        if not self.known(t) and t not in self.verb:
            named = self.surname(t)
            if named is not None:
                return named
        if self.strong(t):
            r = self._spell(t) or t
        else:
            r = self._analyse(t, 2)
            if (r is None or r == t) and lost_lam_alef:
                lam = self._lam_alef(t)
                if lam is not None:
                    r = lam
            if r is None:
                r = t
        return r


ARABIC_ARTICLE = "ال"
ALLAH = "الله"  # a given name's second half (`روح الله`): the recogniser reads names both ways


def _arabic_construct(w2: str) -> bool:
    """The second noun of an Arabic construct with its article (`المللی`, `المقدس`, `الهویه`)."""
    return w2.startswith(ARABIC_ARTICLE) and len(w2) > 3 and w2 != ALLAH


def _read_preferences() -> dict[str, str]:
    if not PREFERENCES_PATH.exists():
        return {}
    out = {}
    for line in PREFERENCES_PATH.read_text(encoding="utf-8").splitlines()[1:]:
        if line and not line.startswith(("#", "glued\t")):
            glued, spelling = line.split("\t")[:2]
            out[glued] = spelling
    return out


_LEX: Lexicon | None = None
_LOCK = threading.Lock()


def get_lexicon() -> Lexicon:
    global _LEX
    if _LEX is None:
        with _LOCK:
            if _LEX is None:
                _LEX = Lexicon()
    return _LEX
