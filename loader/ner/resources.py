"""The gazetteers compiled into lookup structures, once per process.

Everything a rule knows about the language comes from `loader/data/gazetteers/*.tsv` through
here; `KG_GAZETTEER_DIR` adds a user's own rows without touching code.
"""
from __future__ import annotations

import functools
from dataclasses import dataclass, field

from loader.ner.gazetteer_io import load_table, split_multi
from loader.ner.phrase_index import PhraseIndex
from loader.normalize.lexicon import get_lexicon
from loader.text_keys import fold

# Heads whose generic "head + complement" reading is reliable enough to fire without a gazetteer
# entry; the rest of the heads in the files only extend known names.
GENERIC_FACILITY_KINDS = {"hospital", "clinic", "polyclinic", "building", "center", "medical_center",
                          "complex", "pharmacy", "lab", "health_center", "rehab", "nursing_home"}
GENERIC_PROGRAM_HEADS = {"طرح", "سامانه"}
GENERIC_LAW_HEADS = {"قانون", "ماده", "تبصره", "آیین‌نامه", "آئین‌نامه", "اصلاحیه", "لایحه", "ماده‌واحده"}


@dataclass
class Resources:
    provinces: PhraseIndex = field(default_factory=PhraseIndex)
    cities: PhraseIndex = field(default_factory=PhraseIndex)
    organizations: PhraseIndex = field(default_factory=PhraseIndex)
    programs: PhraseIndex = field(default_factory=PhraseIndex)
    laws: PhraseIndex = field(default_factory=PhraseIndex)
    titles: PhraseIndex = field(default_factory=PhraseIndex)
    org_units: PhraseIndex = field(default_factory=PhraseIndex)
    facility_heads: PhraseIndex = field(default_factory=PhraseIndex)
    honorifics: PhraseIndex = field(default_factory=PhraseIndex)
    speech_verbs: PhraseIndex = field(default_factory=PhraseIndex)
    measures: PhraseIndex = field(default_factory=PhraseIndex)
    given_names: dict[str, bool] = field(default_factory=dict)   # folded -> ambiguous
    surnames: set[str] = field(default_factory=set)
    surname_suffixes: tuple[str, ...] = ()
    province_by_id: dict[str, dict] = field(default_factory=dict)
    common_words: set[str] = field(default_factory=set)


def _rows(name: str) -> list[dict]:
    try:
        return load_table(name)
    except FileNotFoundError:
        return []


@functools.lru_cache(maxsize=1)
def resources() -> Resources:
    res = Resources()
    lexicon = get_lexicon()
    for row in _rows("provinces"):
        entry = {"id": row["id"], "name": row["name"], "name_en": row.get("name_en", "")}
        res.province_by_id[row["id"]] = entry
        for name in [row["name"], *split_multi(row.get("variants"))]:
            if not name.startswith("استان"):
                res.provinces.add(name, entry)
    for row in _rows("cities"):
        province = res.province_by_id.get(row.get("province_id", ""), {})
        entry = {"name": row["name"], "province_id": row.get("province_id"), "kind": row.get("kind"),
                 "province": province.get("name"), "name_en": row.get("name_en", "")}
        for name in [row["name"], *split_multi(row.get("variants"))]:
            res.cities.add(name, entry)
    for row in _rows("organizations"):
        entry = {"id": row["id"], "name": row["name"], "kind": row.get("kind"),
                 "parent_id": row.get("parent_id"), "name_en": row.get("name_en", "")}
        for name in [row["name"], *split_multi(row.get("aliases"))]:
            res.organizations.add(name, entry)
    for row in _rows("programs"):
        entry = {"name": row["name"], "kind": row.get("kind"), "name_en": row.get("name_en", "")}
        for name in [row["name"], *split_multi(row.get("aliases"))]:
            res.programs.add(name, entry)
    for row in _rows("laws"):
        entry = {"name": row["name"], "name_en": row.get("name_en", "")}
        for name in [row["name"], *split_multi(row.get("aliases"))]:
            res.laws.add(name, entry)
    for row in _rows("org_units"):
        res.org_units.add(row["text"], {"text": row["text"], "kind": row.get("kind")})
    for row in _rows("titles"):
        res.titles.add(row["text"], {"text": row["text"], "kind": row.get("kind")})
    for row in _rows("facility_heads"):
        if row.get("kind") in GENERIC_FACILITY_KINDS:
            res.facility_heads.add(row["text"], {"text": row["text"], "kind": row.get("kind")})
    for row in _rows("honorifics"):
        res.honorifics.add(row["text"], {"text": row["text"], "kind": row.get("kind"),
                                         "in_name": row.get("in_name") == "yes"})
    for row in _rows("speech_verbs"):
        res.speech_verbs.add(row["text"], {"text": row["text"], "kind": row.get("kind")})
    for row in _rows("measures"):
        res.measures.add(row["text"], {"text": row["text"], "kind": row.get("kind"),
                                       "default_unit": row.get("default_unit")})
    for row in _rows("given_names"):
        res.given_names[fold(row["name"])] = row.get("ambiguous") == "yes"
    res.surnames = {fold(row["name"]) for row in _rows("surnames")}
    res.surname_suffixes = tuple(sorted({fold(r["suffix"]) for r in _rows("surname_suffixes")}, key=len, reverse=True))
    # Frequent lexicon words that are not names: a capitalisation-free language needs this to
    # keep "نظام" (system) and "امید" (hope) from starting a person on their own.
    res.common_words = {fold(w) for w, f in lexicon.freq.items() if f >= 200000}
    return res
