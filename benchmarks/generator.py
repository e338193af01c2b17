"""A deterministic generator of a large, realistic corpus with its expected facts.

Articles are built from the grammar of the real ones in ``corpus/``: a headline, a lead that names
an official and their post (``NAME، مدیرکل تأمین‌اجتماعی استان X گفت: «...»``, ``مدیرکل ... استان X
از ... خبر داد. NAME با بیان اینکه ... گفت``, acting ``سرپرست اداره کل``), quoted figures in the
Persian number forms the genre uses (``137 میلیارد تومان``, ``225 هزار و 644 نفر``,
``یک میلیون و 140 هزار نفر``, ``2/5 درصدی``, ``7.27``), lists of officials (``NAME استاندار X، NAME
نماینده مردم Y``), a former post, filler sentences and side-box fragments. Names, provinces,
cities, titles and programs come from the gazetteers in ``loader/data/gazetteers`` (a small
built-in list stands in for a file that is absent).

The clean article is then damaged the way the PDF extraction damaged the real ones: most ZWNJs
dropped, kashida (``ـ``) stretched into some words, Persian and Latin digits mixed, brackets
mirrored ``)...(``, quotes reversed ``»...«``, hard line breaks every 8-12 words with a trailing
space, an occasional blank line in mid-sentence. Every fact's clean span is carried through the
damage by an offset map, so the expected facts (``NNNNNN.json``, the gold format of
``docs/annotation-guidelines.md``) point at raw character spans of ``NNNNNN.txt``.

Article ``i`` depends only on ``(seed, i)``: the same seed gives the same bytes, a 1,000-article
corpus is a prefix of the 10,000-article one, and articles are generated and written one at a time.
"""
from __future__ import annotations

import json
import random
import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Iterator

from loader.ner.gazetteer_io import load_table, table_path
from loader.ner.numbers import CARDINALS
from loader.persian import NON_JOINING, ZWNJ

GENERATOR_VERSION = "1"

KASHIDA = "ـ"
FA_DIGITS = str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹")
MIRROR = {"(": ")", ")": "(", "«": "»", "»": "«"}
# Letters that join the following letter: kashida can only stretch after these.
LETTERS = set("ابپتثجچحخدذرزژسشصضطظعغفقکگلمنوهیئآأؤءة")
JOINING = LETTERS - NON_JOINING - {"ء"}
# One to ten in words: the first (standard) spelling of each in the lexicon's number_words.tsv.
NUMBER_WORDS: dict[int, str] = {}
for _word, _value in CARDINALS.items():
    if 1 <= _value <= 10:
        NUMBER_WORDS.setdefault(_value, _word)


# --------------------------------------------------------------------------------------------
# Lexicon: the recogniser's own gazetteers, through its reader.

def read_tsv(name: str) -> list[dict] | None:
    """The rows of a gazetteer, or None when it is absent (a built-in list stands in)."""
    stem = name.removesuffix(".tsv")
    return load_table(stem) if table_path(stem).is_file() else None


_FALLBACK_GIVEN = [("مجتبی", "M"), ("مرتضی", "M"), ("جمشید", "M"), ("مریم", "F"), ("علی", "M"),
                   ("محمد", "M"), ("حسین", "M"), ("زهرا", "F"), ("رضا", "M"), ("فاطمه", "F"),
                   ("مهدی", "M"), ("سعید", "M"), ("نرگس", "F"), ("حمید", "M"), ("لیلا", "F")]
_FALLBACK_SURNAMES = ["موسوی", "امیدی", "حیدریان", "حاجی‌کاظمی", "شعاعی", "رضایی", "احمدی",
                      "کریمی", "نوروزی", "صادقی", "جعفری", "قاسمی", "مرادی", "یوسفی", "طاهری"]
_FALLBACK_PROVINCES = ["قم", "کرمان", "اصفهان", "مرکزی", "خوزستان", "البرز", "تهران", "فارس",
                       "گیلان", "خراسان رضوی", "آذربایجان شرقی", "همدان"]
_FALLBACK_CITIES = {"قم": ["قم"], "کرمان": ["کرمان", "رفسنجان"], "اصفهان": ["اصفهان", "کاشان"],
                    "مرکزی": ["اراک", "ساوه"], "خوزستان": ["اهواز", "دزفول"], "البرز": ["کرج", "هشتگرد"],
                    "تهران": ["تهران", "ورامین"], "فارس": ["شیراز", "مرودشت"], "گیلان": ["رشت", "لاهیجان"],
                    "خراسان رضوی": ["مشهد", "نیشابور"], "آذربایجان شرقی": ["تبریز", "مراغه"],
                    "همدان": ["همدان", "ملایر"]}
_FALLBACK_PROGRAMS = ["طرح دارویار", "طرح بخشودگی جرایم", "بیمه فراگیر خانواده", "سامانه رسا",
                      "طرح خرید دین", "بیمه بیکاری"]
_FALLBACK_DEPUTIES = ["معاون بیمه‌ای", "معاون درمان", "معاون اقتصادی", "معاون فنی و درآمد"]


def _simple(name: str) -> bool:
    return bool(name) and " " not in name and all(c in LETTERS or c == ZWNJ for c in name) and len(name) >= 3


@dataclass(frozen=True)
class Lexicon:
    given: tuple[tuple[str, str], ...]
    surnames: tuple[str, ...]
    provinces: tuple[str, ...]
    cities: dict
    programs: tuple[str, ...]
    deputies: tuple[str, ...]
    sources: tuple[str, ...] = ()


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    sources = []
    rows = read_tsv("given_names.tsv")
    given = tuple((r["name"], r.get("gender") or "U") for r in rows or []
                  if _simple(r["name"]) and r.get("ambiguous") == "no" and int(r.get("n_sources") or 1) >= 2
                  and (r.get("gender") in ("M", "F")))
    sources.append("given_names.tsv" if given else "built-in given names")
    given = given or tuple(_FALLBACK_GIVEN)

    rows = read_tsv("surnames.tsv")
    surnames = tuple(r["name"] for r in rows or [] if _simple(r["name"]) and len(r["name"]) >= 4)
    sources.append("surnames.tsv" if surnames else "built-in surnames")
    surnames = surnames or tuple(_FALLBACK_SURNAMES)

    rows = read_tsv("provinces.tsv")
    province_by_id = {r["id"]: r["name"] for r in rows or [] if r.get("name")}
    provinces = tuple(province_by_id.values())
    sources.append("provinces.tsv" if provinces else "built-in provinces")
    provinces = provinces or tuple(_FALLBACK_PROVINCES)

    rows = read_tsv("cities.tsv")
    cities: dict[str, list[str]] = {}
    for r in rows or []:
        province = province_by_id.get(r.get("province_id", ""))
        if province and r.get("kind") in ("capital", "county_seat") and r.get("name"):
            cities.setdefault(province, []).append(r["name"])
    sources.append("cities.tsv" if cities else "built-in cities")
    if not cities:
        cities = {p: list(_FALLBACK_CITIES.get(p, [p])) for p in provinces}
    for p in provinces:
        cities.setdefault(p, [p])

    rows = read_tsv("programs.tsv")
    programs = tuple(r["name"] for r in rows or [] if r.get("kind") in ("plan", "insurance", "system") and r.get("name"))
    sources.append("programs.tsv" if programs else "built-in programs")
    programs = programs or tuple(_FALLBACK_PROGRAMS)

    rows = read_tsv("titles.tsv")
    deputies = tuple(sorted({r["text"] for r in rows or [] if r.get("kind") == "deputy"
                             and r["text"].startswith("معاون ") and "رئیس" not in r["text"]
                             and "وزیر" not in r["text"] and "استاندار" not in r["text"]}))
    sources.append("titles.tsv" if deputies else "built-in titles")
    deputies = deputies or tuple(_FALLBACK_DEPUTIES)
    return Lexicon(given, surnames, provinces, cities, programs, deputies, tuple(sources))


# --------------------------------------------------------------------------------------------
# The clean article, with marked spans.

@dataclass
class Person:
    name: str
    surname: str
    gender: str


@dataclass
class Builder:
    parts: list[str] = field(default_factory=list)
    n: int = 0
    marks: list[tuple[str, int, int, dict]] = field(default_factory=list)
    posts: list[dict] = field(default_factory=list)
    figures: list[dict] = field(default_factory=list)
    persons: dict[str, Person] = field(default_factory=dict)

    def t(self, text: str) -> "Builder":
        self.parts.append(text)
        self.n += len(text)
        return self

    def m(self, text: str, label: str, **info) -> tuple[int, int]:
        start = self.n
        self.t(text)
        self.marks.append((label, start, self.n, info))
        return start, self.n

    def text(self) -> str:
        return "".join(self.parts)


class Article:
    """One article's generation state: its random stream, lexicon and the people it names."""

    def __init__(self, rng: random.Random, lex: Lexicon):
        self.rng = rng
        self.lex = lex
        self.b = Builder()
        self.used_surnames: set[str] = set()
        self.used_given: set[str] = set()

    # ---- choices
    def pick(self, seq):
        return seq[self.rng.randrange(len(seq))]

    def new_person(self) -> Person:
        while True:
            surname = self.pick(self.lex.surnames)
            given, gender = self.pick(self.lex.given)
            if surname not in self.used_surnames and given not in self.used_given and given != surname:
                break
        self.used_surnames.add(surname)
        self.used_given.add(given)
        prefix = ""
        if gender == "M" and self.rng.random() < 0.12:
            prefix = "سید "
        elif gender == "F" and self.rng.random() < 0.05:
            prefix = "سیده "
        return Person(f"{prefix}{given} {surname}", surname, gender)

    def province(self) -> str:
        return self.pick(self.lex.provinces)

    def city(self, province: str) -> str:
        return self.pick(self.lex.cities[province])

    # ---- marked pieces
    def name(self, person: Person, full: bool = True) -> tuple[int, int]:
        if self.rng.random() < 0.15 and full:
            self.b.t(self.pick(["دکتر ", "مهندس ", "آقای " if person.gender == "M" else "خانم "]))
        self.b.persons.setdefault(person.name, person)
        return self.b.m(person.name if full else person.surname, "PERSON", person=person.name)

    def post(self, person: Person, title: str, organization: str | None, province: str | None,
             span: tuple[int, int], city: str | None = None, acting: bool = False,
             status: str = "current") -> None:
        self.b.posts.append({"person": person.name, "title": title, "organization": organization,
                             "province": province, "city": city, "acting": acting, "status": status,
                             "evidence": list(span)})

    def figure(self, kind: str, measure: str, subject: str | None, subject_type: str | None,
               speaker: Person | None, period: str | None = None) -> None:
        text, value, unit, label = render_figure(self.rng, kind)
        start, end = self.b.m(text, label)
        self.b.figures.append({"start": start, "end": end, "text": text, "value": value, "unit": unit,
                               "measure": measure, "subject": subject,
                               "subject_type": subject_type if subject else None,
                               "stated_by": speaker.name if speaker else None, "period": period})

    def filler(self, count: int = 1) -> None:
        for i in range(count):
            self.b.t(self.pick(FILLER))
            self.b.t(" ")

    # ---- quoted figure statements
    def statements(self, speaker: Person, province: str, count: int) -> None:
        for _ in range(count):
            self.pick(STATEMENTS)(self, speaker, province)
            self.b.t(" ")
            if self.rng.random() < 0.4:
                self.filler()

    def quote(self, speaker: Person, province: str, count: int) -> None:
        self.b.t("«")
        self.statements(speaker, province, count)
        self.b.parts[-1] = self.b.parts[-1].rstrip()
        self.b.n = sum(map(len, self.b.parts))
        self.b.t("»")


# Statements: each writes one sentence with one or two figures. Measures in normalized Persian.
def _s_debt(a: Article, who: Person, p: str) -> None:
    a.b.t("آخرین ارقام بدهی معوق کارفرمایان استان ")
    a.figure("toman", "بدهی معوق کارفرمایان", p, "Province", who)
    a.b.t(" است که حدود ")
    a.figure("toman", "جریمه تأخیر کارفرمایان", p, "Province", who)
    a.b.t(" آن جریمه‌ای است که به سبب تأخیر در پرداخت حق‌بیمه در نظر گرفته شده است.")


def _s_insured(a: Article, who: Person, p: str) -> None:
    a.b.t("تعداد بیمه‌شدگان اصلی تحت پوشش تأمین‌اجتماعی استان ")
    a.b.m(p, "PROVINCE")
    a.b.t(" در حال حاضر ")
    a.figure("thousand_person", "بیمه‌شدگان اصلی", p, "Province", who)
    a.b.t(" است.")


def _s_population(a: Article, who: Person, p: str) -> None:
    a.b.t("این استان حدود ")
    a.figure("million_person", "جمعیت", p, "Province", who)
    a.b.t(" جمعیت دارد که اغلب آنان در مرکز استان ساکن هستند.")


def _s_workshops(a: Article, who: Person, p: str) -> None:
    a.b.t("بیش از ")
    a.figure("workshop", "کارگاه‌های فعال", p, "Province", who)
    a.b.t(" در استان داریم که بیشتر آنها صنفی هستند.")


def _s_ratio(a: Article, who: Person, p: str) -> None:
    a.b.t("ضریب پشتیبانی ")
    a.b.t("(نسبت تعداد بیمه‌پردازان به مستمری‌بگیران) ")
    a.b.t("با روندی کاهشی امسال به ")
    a.figure("ratio", "ضریب پشتیبانی", p, "Province", who)
    a.b.t(" رسیده است.")


def _s_growth(a: Article, who: Person, p: str) -> None:
    year = str(a.rng.randint(1398, 1402))
    a.b.t(f"در سال {year} تعداد کارگاه‌های فعال این استان با رشد ")
    a.figure("percent_adj", "رشد کارگاه‌های فعال", p, "Province", who, period=year)
    a.b.t(" همراه بود.")


def _s_collected(a: Article, who: Person, p: str) -> None:
    year = str(a.rng.randint(1398, 1402))
    a.b.t(f"در سال {year} حدود ")
    a.figure(a.pick(["toman", "rial"]), "وصول مطالبات معوق", p, "Province", who, period=year)
    a.b.t(" از مطالبات معوق بیمه‌ای وصول شد.")


def _s_staff(a: Article, who: Person, p: str) -> None:
    a.b.t("اداره‌کل با حدود ")
    a.figure("staff", "پرسنل", p, "Province", who)
    a.b.t(" پرسنل در خدمت بیمه‌شدگان استان است.")


def _s_beds(a: Article, who: Person, p: str) -> None:
    a.b.t("ظرفیت بیمارستان جدید تأمین‌اجتماعی در این استان ")
    a.figure("bed", "ظرفیت بیمارستان", p, "Province", who)
    a.b.t(" است که به‌زودی به بهره‌برداری می‌رسد.")


def _s_program(a: Article, who: Person, p: str) -> None:
    program = a.pick(a.lex.programs)
    a.b.t("در اجرای ")
    a.b.m(program, "PROGRAM")
    a.b.t(" تاکنون ")
    a.figure("prescription", "نسخه‌های الکترونیکی", program, "Program", who)
    a.b.t(" الکترونیکی در استان ثبت شده است.")


def _s_installments(a: Article, who: Person, p: str) -> None:
    a.b.t("کارفرمایان بدهکار می‌توانند بدهی خود را تا ")
    a.figure("installment", "اقساط بدهی", p, "Province", who)
    a.b.t(" پرداخت کنند.")


def _s_electronic(a: Article, who: Person, p: str) -> None:
    a.figure("percent", "لیست‌های بیمه الکترونیکی", p, "Province", who)
    a.b.t(" لیست بیمه‌ها و ")
    a.figure("percent", "فیش‌های پرداختی الکترونیکی", p, "Province", who)
    a.b.t(" فیش‌های پرداختی، الکترونیکی شده است.")


def _s_deficit(a: Article, who: Person, p: str) -> None:
    a.b.t("ما در پرداخت مستمری در این استان حدود ")
    a.figure("currency", "کسری منابع", p, "Province", who)
    a.b.t(" کسری منابع داشتیم.")


def _s_unpaid(a: Article, who: Person, p: str) -> None:
    a.b.t("تعداد کارگران دارای حقوق معوق این استان از ")
    a.figure("person", "کارگران دارای حقوق معوق", p, "Province", who)
    a.b.t(" به ")
    a.figure("person", "کارگران دارای حقوق معوق", p, "Province", who)
    a.b.t(" در مدت مشابه امسال رسیده است.")


def _s_insured_growth(a: Article, who: Person, p: str) -> None:
    a.b.t("سازمان موفق به افزایش ")
    a.figure("percent_word", "افزایش بیمه‌شدگان", p, "Province", who)
    a.b.t(" بیمه‌شدگان شد.")


def _s_branches(a: Article, who: Person, p: str) -> None:
    a.b.t("اداره‌کل استان هم‌اکنون با ")
    a.figure("branch", "شعب اقماری", p, "Province", who)
    a.b.t(" اقماری و چند کارگزاری به بیمه‌شدگان خدمت می‌کند.")


STATEMENTS = [_s_debt, _s_insured, _s_population, _s_workshops, _s_ratio, _s_growth, _s_collected,
              _s_staff, _s_beds, _s_program, _s_installments, _s_electronic, _s_deficit, _s_unpaid,
              _s_insured_growth, _s_branches]

FILLER = [
    "همه تلاش‌ها برای رفع مشکلات واحدهای تولیدی و تحقق رشد تولید به کار گرفته شده است.",
    "در این زمینه جلسات زیادی با مدیران استانی داشتیم و مشکلات را مطرح کردیم.",
    "خوشبختانه همکاری خوبی میان دستگاه‌های اجرایی استان برقرار است.",
    "باید در جهت تعاملات دوستانه و مثبت، کار و اطلاع‌رسانی کنیم.",
    "هدف ما ارائه خدمات بهتر و سریع‌تر به بیمه‌شدگان و مستمری‌بگیران است.",
    "قبلا واحدهای اجرایی به‌شدت درگیر حضور و ازدحام ارباب‌رجوع بودند، ولی الان شعب ما خلوت شده است.",
    "فقدان امکانات رفاهی و ورزشی از دیگر مشکلات است.",
    "کارفرمایان می‌توانند از این فرصت استفاده کنند و مشکلات آنها برطرف می‌شود.",
    "این زنگ خطری برای استان است، هر چند وضع ما نسبت به سایر استان‌ها بهتر است.",
    "در کارگاه‌های کوچک و متوسط، دریافت حق بیمه راحت‌تر است تا کارخانه‌های صنعتی بزرگ.",
    "با تبلیغ و اطلاع‌رسانی مؤثر، گروه‌های هدف تعریف شدند.",
    "سعی می‌کنیم با رایزنی و بیان نظرات کارشناسی، مشکلات بیمه‌شدگان را حل کنیم.",
    "نگاه به سمت الکترونیکی شدن خدمات، نگاه‌ها را عوض کرده است.",
    "در صورت بهبود شرایط اقتصادی و وصول مطالبات معوقه، خدمات مناسب‌تری ارائه می‌کنیم.",
    "حفظ ارزش‌های دینی، وجدان کاری، انضباط و تعهد کاری از اصول کار ماست.",
    "رسیدگی به شکایات مردمی در اولویت برنامه‌های اداره‌کل قرار دارد.",
    "بخشی از این مطالبات مربوط به دستگاه‌های دولتی و شهرداری‌هاست.",
    "تعامل با کارفرمایان و تشکل‌های کارگری را ادامه خواهیم داد.",
]

TOPICS = ["کاهش واحدهای تولیدی دارای حقوق معوق", "افزایش شمار بیمه‌شدگان",
          "وصول مطالبات معوق بیمه‌ای", "راه‌اندازی خدمات الکترونیکی جدید",
          "اجرای طرح بخشودگی جرایم بیمه‌ای", "گسترش پوشش بیمه‌ای کارگران ساختمانی"]
HEADLINES = ["وصول مطالبات بیمه‌ای در استان {p}", "رتبه دوم برای اداره کل {p}",
             "افزایش بیمه‌شدگان استان {p}", "خدمات الکترونیکی تأمین‌اجتماعی {p}",
             "کاهش واحدهای دارای حقوق معوق در استان {p}", "بیمه‌شدگان {p} و چالش‌های پیش رو"]
QUESTIONS = ["وضعیت ارائه خدمات الکترونیکی بیمه‌ای در این استان چگونه است؟",
             "در حال حاضر عمده‌ترین چالش‌ها و دغدغه‌های تأمین‌اجتماعی استان چیست؟",
             "میزان بدهی بیمه‌ای معوقه کارگاه‌های استان چقدر است؟",
             "لطفا توضیح مختصری درباره وضعیت فعالیت اداره‌کل بدهید.",
             "برای گسترش پوشش بیمه‌ای چه اقداماتی انجام شده است؟"]
BOX_WORDS = ["گفت‌وگو", "گزارش", "خبر", "استان‌ها", "ویژه‌نامه"]


# Number forms of the genre: (raw text, value in base units, unit, entity label).
def render_figure(rng: random.Random, kind: str) -> tuple[str, int | float, str, str]:
    r = rng.random()
    if kind in ("toman", "rial", "currency"):
        word = {"toman": " تومان", "rial": " ریال", "currency": ""}[kind]
        unit = kind
        if r < 0.65:
            n = rng.randint(2, 999)
            return f"{n} میلیارد{word}", n * 10**9, unit, "MONEY"
        if r < 0.8:
            n = rng.randint(2, 95)
            return f"{n} هزار میلیارد{word}", n * 10**12, unit, "MONEY"
        n = rng.randint(2, 900)
        return f"{n} میلیون{word}", n * 10**6, unit, "MONEY"
    if kind == "thousand_person":
        a, b = rng.randint(2, 950), rng.randint(1, 999)
        return f"{a} هزار و {b} نفر", a * 1000 + b, "person", "QUANTITY"
    if kind == "million_person":
        m, a = rng.choice([(1, "یک"), (2, "دو"), (3, "سه")]), rng.randint(10, 990)
        return f"{m[1]} میلیون و {a} هزار نفر", m[0] * 10**6 + a * 1000, "person", "QUANTITY"
    if kind == "person":
        if r < 0.5:
            n = rng.randint(12, 990)
            return f"{n} نفر", n, "person", "QUANTITY"
        n = rng.randint(2, 200)
        return f"{n} هزار نفر", n * 1000, "person", "QUANTITY"
    if kind == "workshop":
        if r < 0.5:
            a, b = rng.randint(2, 90), rng.randint(1, 999)
            return f"{a} هزار و {b} کارگاه", a * 1000 + b, "workshop", "QUANTITY"
        n = rng.randint(2, 90)
        return f"{n} هزار کارگاه", n * 1000, "workshop", "QUANTITY"
    if kind == "ratio":
        a, b = rng.randint(3, 9), rng.choice([x for x in range(11, 100) if x % 10])
        return f"{a}.{b}", float(f"{a}.{b}"), "ratio", "QUANTITY"
    if kind == "percent_adj":
        if r < 0.5:
            a, b = rng.randint(1, 9), rng.randint(1, 9)
            return f"{a}/{b} درصدی", float(f"{a}.{b}"), "percent", "PERCENT"
        n = rng.randint(2, 60)
        return f"{n} درصدی", n, "percent", "PERCENT"
    if kind == "percent":
        if r < 0.2:
            a, b = rng.randint(1, 9), rng.randint(1, 9)
            return f"{a}/{b} درصد", float(f"{a}.{b}"), "percent", "PERCENT"
        n = rng.randint(2, 99)
        return f"{n} درصد", n, "percent", "PERCENT"
    if kind == "percent_word":
        n = rng.randint(2, 10)
        return f"{NUMBER_WORDS[n]} درصدی", n, "percent", "PERCENT"
    if kind == "staff":
        n = rng.randint(40, 950)
        return f"{n} نفر", n, "staff", "QUANTITY"
    if kind == "bed":
        n = rng.randint(32, 640)
        return f"{n} تخت", n, "bed", "QUANTITY"
    if kind == "prescription":
        n = rng.randint(2, 900)
        return f"{n} هزار نسخه", n * 1000, "prescription", "QUANTITY"
    if kind == "installment":
        n = rng.choice([12, 18, 24, 36, 48, 60, 72])
        return f"{n} قسط", n, "installment", "QUANTITY"
    if kind == "branch":
        n = rng.randint(2, 6)
        return f"{NUMBER_WORDS[n]} شعبه", n, "branch", "QUANTITY"
    if kind == "year":
        if r < 0.3:
            n = rng.randint(2, 9)
            return f"{NUMBER_WORDS[n]} سال", n, "year", "QUANTITY"
        n = rng.randint(2, 25)
        return f"{n} سال", n, "year", "QUANTITY"
    raise ValueError(kind)


# ---- paragraphs
def _lead_dg_said(a: Article, who: Person, p: str) -> None:
    """NAME، مدیرکل تأمین‌اجتماعی استان X گفت: «...»"""
    s, _ = a.name(who)
    a.b.t("، ")
    a.b.m("مدیرکل", "TITLE")
    a.b.t(" تأمین‌اجتماعی استان ")
    _, e = a.b.m(p, "PROVINCE")
    a.post(who, "مدیرکل", "سازمان تأمین‌اجتماعی", p, (s, e))
    a.b.t(a.pick([" گفت: ", " در نشست خبری گفت: ", " در جمع خبرنگاران گفت: ", " تاکید کرد: "]))
    a.quote(who, p, a.rng.randint(1, 3))


def _lead_dg_announced(a: Article, who: Person, p: str) -> None:
    """مدیرکل ... استان X از ... خبر داد. NAME با بیان اینکه ... گفت: «...»"""
    coop = a.rng.random() < 0.35
    s = a.b.n
    a.b.m("مدیرکل", "TITLE")
    a.b.t(" تعاون، کار و رفاه اجتماعی استان " if coop else " تأمین‌اجتماعی استان ")
    a.b.m(p, "PROVINCE")
    a.b.t(f" از {a.pick(TOPICS)} خبر داد. ")
    _, e = a.name(who)
    a.post(who, "مدیرکل", "اداره کل تعاون، کار و رفاه اجتماعی" if coop else "سازمان تأمین‌اجتماعی",
           p, (s, e))
    a.b.t(" با بیان اینکه ")
    a.b.t(a.pick(FILLER).rstrip("."))
    a.b.t(" گفت: ")
    a.quote(who, p, a.rng.randint(1, 2))


def _lead_acting(a: Article, who: Person, p: str) -> None:
    """NAME، سرپرست اداره کل تأمین‌اجتماعی استان X ... گفت: «...»"""
    s, _ = a.name(who)
    a.b.t("، ")
    a.b.m("سرپرست", "TITLE")
    a.b.t(" اداره کل تأمین‌اجتماعی استان ")
    _, e = a.b.m(p, "PROVINCE")
    a.post(who, "سرپرست", "اداره کل تأمین‌اجتماعی", p, (s, e), acting=True)
    a.b.t(" در نشست ذینفعان سازمان گفت: ")
    a.quote(who, p, a.rng.randint(1, 3))


LEADS = [_lead_dg_said, _lead_dg_said, _lead_dg_announced, _lead_dg_announced, _lead_acting]


def _more(a: Article, who: Person, p: str) -> None:
    """SURNAME افزود: «...»"""
    a.name(who, full=False)
    a.b.t(a.pick([" افزود: ", " در ادامه گفت: ", " یادآور شد: "]))
    a.quote(who, p, a.rng.randint(1, 2))


def _list(a: Article, who: Person, p: str) -> None:
    """NAME استاندار X، NAME نماینده مردم Y در مجلس و NAME معاون ... حضور داشتند."""
    a.b.t(a.pick(["در این مراسم ", "در این نشست ", "در آیین افتتاح ساختمان جدید اداره‌کل، "]))
    g, r, d = a.new_person(), a.new_person(), a.new_person()
    s, _ = a.name(g)
    a.b.t(" ")
    a.b.m("استاندار", "TITLE")
    a.b.t(" ")
    _, e = a.b.m(p, "PROVINCE")
    a.post(g, "استاندار", None, p, (s, e))
    a.b.t("، ")
    city = a.city(p)
    s, _ = a.name(r)
    a.b.t(" ")
    a.b.m("نماینده مردم", "TITLE")
    a.b.t(" ")
    _, e = a.b.m(city, "CITY")
    a.post(r, "نماینده مردم", "مجلس", p, (s, e), city=city)
    a.b.t(" در مجلس و ")
    title = a.pick(a.lex.deputies)
    s, _ = a.name(d)
    a.b.t(" ")
    a.b.m(title, "TITLE")
    a.b.t(" اداره کل تأمین‌اجتماعی استان ")
    _, e = a.b.m(p, "PROVINCE")
    a.post(d, title, "اداره کل تأمین‌اجتماعی", p, (s, e))
    a.b.t(" نیز حضور داشتند.")


def _former(a: Article, who: Person, p: str) -> None:
    """SURNAME پیش از این حدود N سال رئیس شعبه K تأمین‌اجتماعی CITY بود."""
    s, _ = a.name(who, full=False)
    a.b.t(" پیش از این حدود ")
    a.figure("year", "مدت ریاست شعبه", None, None, None)
    a.b.t(" ")
    a.b.m("رئیس", "TITLE")
    k = a.rng.randint(1, 9)
    a.b.t(f" شعبه {k} تأمین‌اجتماعی ")
    city = a.city(p)
    _, e = a.b.m(city, "CITY")
    a.post(who, "رئیس", f"شعبه {k} تأمین‌اجتماعی", p, (s, e), city=city, status="former")
    a.b.t(" بود و از آن پس در جایگاه مدیرکل به خدمت‌رسانی مشغول بوده است.")


def _box(a: Article) -> None:
    """A short side-box fragment: a label or a pull quote broken into short lines."""
    if a.rng.random() < 0.5:
        a.b.t(a.pick(BOX_WORDS))
        return
    words = a.pick(FILLER).split()
    lines, i = [], 0
    while i < len(words):
        step = a.rng.randint(3, 5)
        lines.append(" ".join(words[i:i + step]) + " ")
        i += step
    a.b.t("\n".join(lines).rstrip())


def _paragraph_break(a: Article) -> None:
    a.b.t("\n\n" if a.rng.random() < 0.5 else "\n")


def _news_item(a: Article, p: str, long: bool) -> None:
    who = a.new_person()
    before, after = a.pick(HEADLINES).split("{p}")
    a.b.t(before)
    a.b.m(p, "PROVINCE")
    a.b.t(after)
    _paragraph_break(a)
    a.pick(LEADS)(a, who, p)
    for _ in range(a.rng.randint(1, 5) if long else a.rng.randint(0, 1)):
        _paragraph_break(a)
        roll = a.rng.random()
        if roll < 0.5:
            _more(a, who, p)
        elif roll < 0.7:
            _list(a, who, p)
        elif roll < 0.85:
            _former(a, who, p)
        else:
            a.filler(a.rng.randint(2, 4))
    _paragraph_break(a)


def _interview(a: Article, p: str) -> None:
    who = a.new_person()
    a.b.t(a.pick(BOX_WORDS))
    _paragraph_break(a)
    s, _ = a.name(who)
    a.b.t("، ")
    a.b.m("مدیرکل", "TITLE")
    a.b.t(" تأمین‌اجتماعی استان ")
    _, e = a.b.m(p, "PROVINCE")
    a.post(who, "مدیرکل", "سازمان تأمین‌اجتماعی", p, (s, e))
    a.b.t(" تاکید کرد:")
    _paragraph_break(a)
    if a.rng.random() < 0.5:
        _former(a, who, p)
        _paragraph_break(a)
    for _ in range(a.rng.randint(4, 9)):
        a.b.t(" " + a.pick(QUESTIONS))
        a.b.t("\n")
        a.filler(a.rng.randint(1, 3))
        a.statements(who, p, a.rng.randint(1, 3))
        a.filler(a.rng.randint(0, 3))
        _paragraph_break(a)
        if a.rng.random() < 0.25:
            _box(a)
            _paragraph_break(a)
        if a.rng.random() < 0.15:
            _list(a, who, p)
            _paragraph_break(a)


def build_article(rng: random.Random, lex: Lexicon) -> Builder:
    a = Article(rng, lex)
    roll = rng.random()
    if roll < 0.6:
        _news_item(a, a.province(), long=True)
    elif roll < 0.85:
        provinces = rng.sample(list(lex.provinces), k=min(len(lex.provinces), rng.randint(2, 4)))
        for p in provinces:
            _news_item(a, p, long=False)
            if rng.random() < 0.3:
                _box(a)
                _paragraph_break(a)
    else:
        _interview(a, a.province())
    return a.b


# --------------------------------------------------------------------------------------------
# PDF damage, with a clean → raw offset map.

TOKEN = re.compile(r"[^\s]+|[ \t]+|\n+")


def damage(clean: str, rng: random.Random) -> tuple[str, list[int], list[int]]:
    """Damage ``clean``; ``starts[i]``/``ends[i]`` are where clean char ``i`` begins/ends in the result."""
    out: list[str] = []
    n = 0
    starts = [0] * (len(clean) + 1)
    ends = [0] * (len(clean) + 1)
    fa_digit_rate = rng.choice([0.0, 0.3, 0.8])
    keep_zwnj = rng.choice([0.0, 0.05, 0.15])
    kashida_rate = rng.choice([0.02, 0.035, 0.05])
    words_on_line, target = 0, rng.randint(8, 12)
    for match in TOKEN.finditer(clean):
        tok, base = match.group(), match.start()
        if tok[0] == "\n" or tok[0] in " \t":
            for i, c in enumerate(tok):
                starts[base + i] = n
                out.append(c)
                n += 1
                ends[base + i] = n
            if tok[0] == "\n":
                words_on_line, target = 0, rng.randint(8, 12)
            elif words_on_line >= target:
                extra = "\n\n" if rng.random() < 0.03 else "\n"
                out.append(extra)
                n += len(extra)
                words_on_line, target = 0, rng.randint(8, 12)
            continue
        words_on_line += 1
        kpos = -1
        if len(tok) >= 3 and rng.random() < kashida_rate:
            candidates = [i for i in range(len(tok) - 1) if tok[i] in JOINING and tok[i + 1] in LETTERS]
            if candidates:
                kpos = candidates[rng.randrange(len(candidates))]
        fa_digits = rng.random() < fa_digit_rate
        for i, c in enumerate(tok):
            j = base + i
            starts[j] = n
            if c == ZWNJ and rng.random() >= keep_zwnj:
                ends[j] = n
                continue
            c = MIRROR.get(c, c)
            if fa_digits and "0" <= c <= "9":
                c = c.translate(FA_DIGITS)
            out.append(c)
            n += 1
            if i == kpos:
                stretch = KASHIDA * rng.choice((1, 2, 2, 2, 3))
                out.append(stretch)
                n += len(stretch)
            ends[j] = n
    starts[len(clean)] = ends[len(clean)] = n
    return "".join(out), starts, ends


# --------------------------------------------------------------------------------------------
# One article: raw text and expected facts in the gold format.

def article(seed: int, index: int, lex: Lexicon | None = None) -> tuple[str, dict]:
    lex = lex or lexicon()
    rng = random.Random(f"kg-bench:{seed}:{index}")
    b = build_article(rng, lex)
    clean = b.text().strip(" ") + "\n"
    raw, starts, ends = damage(clean, rng)

    def span(s: int, e: int) -> list[int]:
        return [starts[s], ends[e - 1]]

    doc_id = f"{index:06d}"
    entities = [{"label": label, "start": span(s, e)[0], "end": span(s, e)[1],
                 "text": raw[span(s, e)[0]:span(s, e)[1]]} for label, s, e, _ in b.marks]
    mentions: dict[str, list[list[int]]] = {}
    for label, s, e, info in b.marks:
        if label == "PERSON":
            mentions.setdefault(info["person"], []).append(span(s, e))
    persons = [{"name": name, "mentions": spans} for name, spans in mentions.items()]
    posts = [dict(post, evidence=span(*post["evidence"])) for post in b.posts]
    figures = []
    for f in b.figures:
        s, e = span(f["start"], f["end"])
        figures.append(dict(f, start=s, end=e, text=raw[s:e]))
    expected = {"doc_id": doc_id, "generator": {"version": GENERATOR_VERSION, "seed": seed, "index": index},
                "entities": entities, "persons": persons, "posts": posts, "figures": figures, "events": []}
    return raw, expected


def iter_corpus(count: int, seed: int = 1402, start: int = 0) -> Iterator[tuple[str, str, dict]]:
    lex = lexicon()
    for index in range(start, count):
        raw, expected = article(seed, index, lex)
        yield expected["doc_id"], raw, expected


@dataclass
class CorpusInfo:
    directory: Path
    articles: int
    words: int
    chars: int
    seconds: float
    reused: bool


def write_corpus(directory: str | Path, count: int, seed: int = 1402, force: bool = False) -> CorpusInfo:
    """Write ``NNNNNN.txt`` and ``NNNNNN.json`` for articles ``0..count-1``, one at a time.

    A directory that already holds this exact corpus (same count, seed and generator version in
    ``MANIFEST.json``) is reused as is.
    """
    import time
    directory = Path(directory)
    directory.mkdir(parents=True, exist_ok=True)
    manifest_path = directory / "MANIFEST.json"
    wanted = {"count": count, "seed": seed, "generator": GENERATOR_VERSION}
    if not force and manifest_path.is_file():
        manifest = json.loads(manifest_path.read_text("utf-8"))
        if {k: manifest.get(k) for k in wanted} == wanted:
            return CorpusInfo(directory, count, manifest["words"], manifest["chars"], manifest["seconds"], True)
    manifest_path.unlink(missing_ok=True)
    for old in directory.glob("[0-9]*.txt"):
        old.unlink()
    for old in directory.glob("[0-9]*.json"):
        old.unlink()
    began = time.perf_counter()
    words = chars = 0
    for doc_id, raw, expected in iter_corpus(count, seed):
        (directory / f"{doc_id}.txt").write_text(raw, encoding="utf-8", newline="")
        (directory / f"{doc_id}.json").write_text(json.dumps(expected, ensure_ascii=False), encoding="utf-8")
        words += len(raw.split())
        chars += len(raw)
    seconds = time.perf_counter() - began
    manifest_path.write_text(json.dumps({**wanted, "words": words, "chars": chars, "seconds": seconds,
                                         "lexicon": list(lexicon().sources)}, ensure_ascii=False))
    return CorpusInfo(directory, count, words, chars, seconds, False)
