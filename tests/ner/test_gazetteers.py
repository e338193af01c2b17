import re
import unicodedata

import pytest

from helpers import ROOT
from loader.ner import gazetteer_io as gz

TABLES = gz.available_tables()
# first column is the key, except where the key is compound
KEYS = {
    "cities": ("name", "province_id"),
    "provinces": ("id",),
    "organizations": ("id",),
    # word lists where one word may have several kinds (`نه` a cardinal that needs context)
    "number_words": ("word", "kind"),
    "date_words": ("word", "kind"),
    "place_cues": ("word", "kind"),
    "tenure_cues": ("cue", "pattern"),  # rows of one cue are alternatives
    "unit_senses": ("cue", "pattern"),
}
BAD_CHARS = {"\u0640": "kashida", "\u064a": "Arabic yeh", "\u0643": "Arabic kaf", "\u0649": "alef maksura"}
PERSIAN_DIGITS = {chr(c) for c in range(0x06F0, 0x06FA)} | {chr(c) for c in range(0x0660, 0x066A)}


@pytest.fixture(autouse=True)
def _fresh_cache(monkeypatch):
    monkeypatch.delenv(gz.ENV_VAR, raising=False)
    gz.clear_cache()
    yield
    gz.clear_cache()


def test_expected_tables_exist():
    expected = {"provinces", "cities", "given_names", "given_names_excluded", "surnames", "surname_suffixes",
                "name_prefixes", "honorifics", "titles", "org_units", "organizations", "programs",
                "program_heads", "laws", "law_heads", "facility_heads", "speech_verbs", "measures"}
    assert expected <= set(TABLES)


@pytest.mark.parametrize("name", TABLES)
def test_parses_and_no_duplicate_keys(name):
    rows = gz.load_table(name)
    assert rows, name
    cols = gz.columns(name)
    key = KEYS.get(name, (cols[0],))
    seen = set()
    for r in rows:
        k = tuple(r[c] for c in key)
        assert all(k), (name, r)
        assert k not in seen, (name, k)
        seen.add(k)


@pytest.mark.parametrize("name", TABLES)
def test_clean_values(name):
    for r in gz.load_table(name):
        for col, v in r.items():
            assert v == v.strip(), (name, col, v)
            assert v == unicodedata.normalize("NFC", v), (name, col, v)
            for ch, what in BAD_CHARS.items():
                assert ch not in v, (name, col, v, what)
            assert not (set(v) & PERSIAN_DIGITS), (name, col, v)
            assert "\u200c\u200c" not in v and " \u200c" not in v and "\u200c " not in v, (name, col, v)
            for part in gz.split_multi(v):
                assert part == part.strip()


def test_provinces():
    rows = gz.load_table("provinces")
    assert len(rows) == 31
    names = {r["name"] for r in rows}
    assert {"خراسان شمالی", "چهارمحال و بختیاری", "کهگیلویه و بویراحمد", "البرز", "مرکزی", "قم"} <= names
    variants = {v for r in rows for v in gz.split_multi(r["variants"])}
    assert "چهار محال و بختیاری" in variants and "کهکیلویه و بویر احمد" in variants


def test_cities():
    provinces = {r["id"] for r in gz.load_table("provinces")}
    rows = gz.load_table("cities")
    assert len(rows) >= 400
    assert all(r["province_id"] in provinces for r in rows)
    assert {r["kind"] for r in rows} <= {"capital", "county_seat", "county", "town", "district"}
    seats = [r for r in rows if r["kind"] in ("capital", "county_seat")]
    assert len(seats) >= 400
    assert sum(r["kind"] == "capital" for r in rows) == 31
    idx = {(r["name"], r["province_id"]): r["kind"] for r in rows}
    assert idx[("هشتگرد", "alborz")] == "county_seat"
    assert idx[("پردیسان", "qom")] == "district"
    assert idx[("کرج", "alborz")] == "capital"
    assert idx[("گچساران", "kohgiluyeh-boyer-ahmad")] == "county"


def test_given_names():
    rows = gz.load_table("given_names")
    assert len(rows) >= 2000
    names = {r["name"]: r for r in rows}
    for n in ("میرهاشم", "روح\u200cالله", "محمدرضا", "علی\u200cاکبر", "فاطمه\u200cزهرا", "مرتضی", "جمشید"):
        assert n in names, n
    assert names["امید"]["ambiguous"] == "yes"
    assert {r["gender"] for r in rows} <= {"M", "F", "U"}
    assert {r["ambiguous"] for r in rows} <= {"yes", "no"}
    excluded = {r["name"] for r in gz.load_table("given_names_excluded")}
    assert not (excluded & set(names))


def test_given_name_tiers_as_read():
    from loader.ner.resources import resources
    from loader.text_keys import fold

    tiers = resources().given_names
    assert tiers[fold("فایزه")] == "strong"   # فائزه, a reliable list's name, folds to it
    assert tiers[fold("ازاد")] != "strong"    # آزاد is also a word: no surer for its scraped twin
    assert fold("احیای") not in tiers          # احیا in the ezafe, which a scraped list gives


def test_honorific_convention():
    h = {r["text"]: r for r in gz.load_table("honorifics")}
    for t in ("سید", "سیده", "میر"):
        assert h[t]["in_name"] == "yes"
    for t in ("آقای", "خانم", "دکتر", "مهندس", "حجت\u200cالاسلام", "حجت\u200cالاسلام والمسلمین", "آیت\u200cالله",
              "شهید", "سردار", "سرلشکر", "استاد", "حاج", "جناب"):
        assert h[t]["in_name"] == "no", t
    assert {r["kind"] for r in h.values()} <= {"address", "courtesy", "academic", "clerical", "clerical_word", "late", "lineage", "martyr", "military", "royal"}


def test_titles_kinds():
    kinds = {"head", "deputy", "acting", "officer", "of_body", "member", "advisor", "elected", "cleric", "staff"}
    rows = gz.load_table("titles")
    assert {r["kind"] for r in rows} <= kinds
    assert all(r["rank"] == "" or r["rank"].isdigit() for r in rows)


def test_organizations():
    rows = gz.load_table("organizations")
    assert len(rows) >= 80
    ids = {r["id"] for r in rows}
    assert all(r["parent_id"] == "" or r["parent_id"] in ids for r in rows)
    tamin = next(r for r in rows if r["id"] == "tamin")
    assert {"تأمین\u200cاجتماعی", "تأمین اجتماعی", "تامین اجتماعی"} <= set(gz.split_multi(tamin["aliases"]))
    # an alias must not name two organisations
    seen = {}
    for r in rows:
        for a in [r["name"], *gz.split_multi(r["aliases"])]:
            assert seen.setdefault(a, r["id"]) == r["id"], (a, seen[a], r["id"])


def test_programs_count():
    assert len(gz.load_table("programs")) >= 60


def test_multi_valued_declared():
    assert "variants" in gz.multi_valued_columns("provinces")
    assert "aliases" in gz.multi_valued_columns("organizations")
    assert gz.split_multi("a| b |") == ["a", "b"] and gz.split_multi("") == []


def test_extension_dir(tmp_path, monkeypatch):
    base = len(gz.load_table("given_names"))
    (tmp_path / "given_names.tsv").write_text(
        "# local additions\nname\tgender\tsource\tambiguous\tn_sources\nزرتشت‌نو\tM\tlocal\tno\t1\n", encoding="utf-8")
    (tmp_path / "titles.tsv").write_text("text\tkind\nرئیس‌کل‌نو\thead\n", encoding="utf-8")
    monkeypatch.setenv(gz.ENV_VAR, str(tmp_path))
    rows = gz.load_table("given_names")
    assert len(rows) == base + 1 and rows[-1]["name"] == "زرتشت‌نو"
    t = gz.load_table("titles")[-1]
    assert t["text"] == "رئیس‌کل‌نو" and t["rank"] == ""
    # a table without an extension file is unchanged
    assert len(gz.load_table("provinces")) == 31


def test_extension_dir_rejects_unknown_columns(tmp_path, monkeypatch):
    (tmp_path / "laws.tsv").write_text("name\tbogus\nقانون نو\tx\n", encoding="utf-8")
    monkeypatch.setenv(gz.ENV_VAR, str(tmp_path))
    with pytest.raises(ValueError):
        gz.load_table("laws")


def test_a_pattern_table_compiles_each_cue_with_the_rows_a_user_adds(tmp_path, monkeypatch):
    assert gz.load_patterns("tenure_cues")["retired"].search("وی سال گذشته بازنشسته شد.")
    assert not gz.load_patterns("tenure_cues")["retired"].search("مستمری بازنشستگی")
    (tmp_path / "tenure_cues.tsv").write_text("cue\tpattern\nretired\tبه\\s+افتخار\\s+بازنشستگی\\s+نائل\n",
                                              encoding="utf-8")
    monkeypatch.setenv(gz.ENV_VAR, str(tmp_path))
    retired = gz.load_patterns("tenure_cues")["retired"]
    assert retired.search("به افتخار بازنشستگی نائل آمد") and retired.search("بازنشسته شد")


def test_a_pattern_that_does_not_compile_names_its_table_and_cue(tmp_path, monkeypatch):
    (tmp_path / "tenure_cues.tsv").write_text("cue\tpattern\nsince\t(?P<year>13\\d\\d\n", encoding="utf-8")
    monkeypatch.setenv(gz.ENV_VAR, str(tmp_path))
    with pytest.raises(ValueError, match="tenure_cues.tsv.*'since'"):
        gz.load_patterns("tenure_cues")


def test_the_row_counts_the_documentation_gives_are_the_tables():
    """docs/gazetteers.md tells a user how big each table is; a stale count misleads them."""
    stated = {m.group(1): int(m.group(2))
              for m in re.finditer(r"^\| (\w+)\.tsv \| (\d+) \|", (ROOT / "docs" / "gazetteers.md").read_text(), re.M)}
    assert stated
    assert {name: len(gz.load_table(name)) for name in stated} == stated
