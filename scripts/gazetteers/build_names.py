"""Build given_names.tsv, given_names_excluded.tsv and surnames.tsv from PyPI packages.

Usage: python build_names.py /tmp/names   (directory with the unpacked packages, see docs/gazetteers.md)
"""
import csv
import pickle
import re
import sys
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from normalize_fa import norm, join_compound, ZWNJ  # noqa: E402

OUT = Path(__file__).resolve().parent.parent
SRC = {
    "faker": "Faker 40.63.0 (MIT) fa_IR person provider",
    "persian-names": "persian-names 1.5.1 (MIT)",
    "fake-persian-name": "fake-persian-name 1.2.2 (MIT)",
    "farsi-faker": "farsi-faker 1.9.0 (MIT) data/names.pkl",
    "pgd": "persian-gender-detection 1.4.0 (MIT) iranianNamesDataset.csv",
}
CURATED = {"faker", "persian-names", "fake-persian-name"}
PERSIAN = re.compile("^[\u0621-\u063a\u0641-\u064a\u067e\u0686\u0698\u06a9\u06af\u06cc\u0622\u200c ]+$")
# given names that are also frequent common words/adjectives in news text: rules must require context
AMBIGUOUS = set("""امید بهار نظام رحمان هستی عسل باران ستایش ایمان آزاد صادق منصور کریم جواد حسن امین شریف نور
پیروز فرشته گل نسیم آرزو مهر ماه شادی صبا سحر روشن بزرگ رحیم عادل عزیز فرزانه فرهاد خورشید ستاره
شهاب شاهین آسمان آذر دریا جهان بهروز کیان توانا دانا پاکیزه نیک شیرین لطیف صالح ناصر نصرت فتح
ظفر عدالت حمید سعید سالم حکیم رشید مجید کمال جمال جلال حسین عباس علی قاسم باقر هادی مهدی
مصطفی اکبر اصغر نجات مهتاب آفتاب یاس سوسن لاله نرگس یاسمن بنفشه شکوفه غنچه ترانه نغمه آوا صدا
سپید امیر رئیس سلطان شاه خان میر بیگ ملک خسرو دولت ثروت عزت حشمت شوکت نعمت رحمت برکت
قدرت همت غیرت شجاع ولی وحید فرید نادر قادر عالم فاضل معین ناظر حافظ واعظ مبین روح مهدیه
فرح شادمان خندان آرام امان ایمن سلامت صفا وفا جلیل نبی رسول صدیق سبحان یگانه یکتا سرور شیوا
زیبا ناز نازنین مینا الماس فیروزه مروارید گوهر درخشان تابان پرستو کبوتر باز شهباز عقاب شیر ببر
پلنگ آهو غزال طاووس سیمرغ ققنوس کوه دشت رود بحر موج ساحل جنگل باغ بستان گلستان چمن سبزه
بهمن اسفند آبان مهرماه فروردین اردیبهشت تیر مرداد شهریور دی ایران توران مهران کرمان
حق انصاف امنیت رفاه سلامت کار اتحاد پیمان وحدت یاور یار همراه رهبر مدیر دانش بینش کوشش
تلاش کامران کامیاب موفق پیروزی فیروز مظفر منتظر مهربان رئوف رحمن غفور ستار جبار اعظم اشرف
افضل اسد یوسف ابراهیم موسی عیسی آدم حوا داوود سلیمان نوح هود یونس زکریا یحیی لقمان خضر
آتش آفرین اسلام اشک افسر بانو بامداد بوسه جوانه حامی حدیث خاطره دانه رسا رها روان سایه سعادت شورش شکوه
نهال افسانه سپیده شبنم شقایق غزل
صحرا صدف طلا فرمان فرهنگ قشنگ کشور کاروان کرانه گندم گیلان متن نفس هدیه پدیده پرتو پروانه یادگار مژده لاس
راد زرین فراز مراد مختار غلام قربان محرم مسلم البرز کوثر شایسته هوشیار ندا نوا سما سنا رز آرمان آزاده حسام
عرفان متین جاوید برنا برهان حبیب سالار نوروز میلاد نوید پارسا پویا""".split())
KEEP_FREQUENT = set("داوود حمزه تقی احد اشرف اعظم بدر تکتم حجت داداش ربابه رجب تاج جعفر جمال حیدر خلیل داور".split())


def read_lines(p):
    return [l.strip() for l in open(p, encoding="utf-8") if l.strip()]


def clean_given(raw, known):
    s = norm(raw)
    if not s or not PERSIAN.match(s):
        return None, "non-Persian characters"
    parts = s.replace(ZWNJ, " ").split()
    if len(parts) == 1:
        return (s, None) if len(s) >= 2 else (None, "too short")
    if len(parts) == 2:
        a, b = parts
        if b in ("الله", "اله"):
            return join_compound(a, "الله"), None
        if b.startswith("ال") and len(b) > 3 and a in ("عبد", "ابو", "نور", "روح", "سیف", "فضل", "حبیب", "نصر", "ذبیح", "خلیل", "ولی", "اسد", "عزیز", "کمال", "جلال", "جمال", "شمس", "فخر", "نجم", "ضیا", "صدر", "شهاب", "تاج", "قمر", "ملک", "بدر", "سراج", "امین", "فتح", "ذکر", "عین", "حسام", "زین", "عز", "شرف", "معین", "رکن", "نظام", "علم"):
            return join_compound(a, b), None
        if a in known and b in known:
            return join_compound(a, b), None
        return None, "multi-word entry whose parts are not both known given names"
    return None, "more than two words"


def main(d):
    d = Path(d)
    raw = defaultdict(list)  # (name, gender) source lists
    sys.path.insert(0, str(d / "x_faker"))
    from faker.providers.person.fa_IR import Provider as FP
    for n in FP.first_names_male:
        raw["faker"].append((n, "M"))
    for n in FP.first_names_female:
        raw["faker"].append((n, "F"))
    pn = d / "x_persian_names/persian_names/data"
    raw["persian-names"] += [(n, "M") for n in read_lines(pn / "male_fa.txt")]
    raw["persian-names"] += [(n, "F") for n in read_lines(pn / "female_fa.txt")]
    fp = d / "x_fake/fake-persian-name-1.2.2/fake_persian_name"
    raw["fake-persian-name"] += [(n, "M") for n in read_lines(fp / "name_boy.txt")]
    raw["fake-persian-name"] += [(n, "F") for n in read_lines(fp / "name_girl.txt")]
    ff = pickle.load(open(d / "x_farsi_faker/farsi_faker/data/names.pkl", "rb"))
    raw["farsi-faker"] += [(n, "M") for n in ff["male_names"]] + [(n, "F") for n in ff["female_names"]]
    with open(d / "x_persian_gender_detection/persian_gender_detection/gender/iranianNamesDataset.csv", encoding="utf-8") as f:
        for r in csv.DictReader(f):
            g = {"M": "M", "F": "F", "FF": "F", "MF": "U"}.get(r["Gender"].strip())
            if g:
                raw["pgd"].append((r["Names"], g))

    # single-word vocabulary first, to validate compounds
    known = set()
    for src, items in raw.items():
        for n, g in items:
            s = norm(n)
            if s and " " not in s and ZWNJ not in s and len(s) >= 2:
                known.add(s)
    hazm_freq = {}
    try:
        import hazm  # noqa
        wp = Path(hazm.__file__).parent / "data/words.dat"
        for line in open(wp, encoding="utf-8"):
            w, fr, *_ = line.rstrip("\n").split("\t")
            hazm_freq[norm(w)] = int(fr) if fr.isdigit() else 0
    except Exception:
        pass
    cities = {l.split("\t")[0] for l in open(OUT / "cities.tsv", encoding="utf-8") if not l.startswith("#")}
    names = {}
    excluded = {}
    for src, items in raw.items():
        for n, g in items:
            s, why = clean_given(n, known)
            if not s:
                excluded.setdefault(norm(n), (why, src))
                continue
            e = names.setdefault(s, {"genders": set(), "srcs": set()})
            e["genders"].add(g)
            e["srcs"].add(src)
    given, surname_raw = [], defaultdict(set)
    for s, e in sorted(names.items()):
        srcs = e["srcs"]
        freq = hazm_freq.get(s, 0)
        # (a compound ending in الله is a name however often hazm's corpus has it; `الله` alone is God)
        if not (srcs & CURATED) and freq >= 300000 and s not in KEEP_FREQUENT and not (s.endswith("الله") and s != "الله"):
            excluded[s] = (f"not in a curated list and a frequent common word (hazm words.dat freq {freq})", "|".join(sorted(srcs)))
            continue
        if not (srcs & CURATED) and len(srcs) == 1 and freq >= 20000:
            excluded[s] = (f"only in {next(iter(srcs))} and a frequent common word (hazm words.dat freq {freq})", next(iter(srcs)))
            continue
        if not (srcs & CURATED) and len(srcs) == 1 and (s.endswith("ی") and s[:-1] in known and len(s) > 4):
            excluded[s] = ("only one noisy source and looks like a surname (name+ی)", next(iter(srcs)))
            continue
        gs = e["genders"] - {"U"}
        gender = "U" if len(gs) != 1 else next(iter(gs))
        amb = "yes" if (s in AMBIGUOUS or s in cities or (not (srcs & CURATED) and freq >= 50000)) else "no"
        order = ["faker", "persian-names", "fake-persian-name", "farsi-faker", "pgd"]
        given.append((s, gender, "|".join(x for x in order if x in srcs), amb, str(len(srcs))))
    for s in [g[0] for g in given]:
        excluded.pop(s, None)
    with open(OUT / "given_names.tsv", "w", encoding="utf-8") as f:
        f.write("# Persian/Iranian given names, normalised (ی ک, no diacritics, ZWNJ in compounds after a joining letter).\n")
        for k, v in SRC.items():
            f.write(f"# source {k} = {v}\n")
        f.write("# gender: M|F|U (U = listed with both genders). ambiguous=yes: also a common word or place name; rules require\n")
        f.write("# person context (title, honorific, surname). n_sources: how many packages list it (1 = weaker evidence).\n")
        f.write("# multi-valued: source\n")
        f.write("name\tgender\tsource\tambiguous\tn_sources\n")
        for row in given:
            f.write("\t".join(row) + "\n")
    with open(OUT / "given_names_excluded.tsv", "w", encoding="utf-8") as f:
        f.write("# Entries of the source packages left out of given_names.tsv, with the reason.\n")
        f.write("name\treason\tsource\n")
        for s, (why, src) in sorted(excluded.items()):
            if s:
                f.write(f"{s}\t{why}\t{src}\n")

    # surnames
    sur = defaultdict(set)
    for n in FP.last_names:
        sur[norm(n)].add("faker")
    for n in ff["last_names"]:
        sur[norm(n)].add("farsi-faker")
    for n in read_lines(pn / "region_fa.txt"):
        s = norm(n).replace(" ", "")
        if s:
            sur[s + ("ی" if not s.endswith(("ی", "ه")) else "")].add("persian-names-region+ی")
    curated = ["موسوی", "حسینی", "شیخ‌شعاعی", "حاجی‌کاظمی", "امیدی", "میرهاشمی", "زاهدی‌وفا", "میدری",
               "عبدالملکی", "شریعتمداری", "رئیسی", "پزشکیان", "میرکاظمی", "ساعدی‌نیا", "قالیباف", "محسنی‌اژه‌ای",
               "ذوالقدر", "کاظمی", "رضایی", "محمدی", "احمدی", "کریمی", "جعفری", "قاسمی", "صادقی", "رحیمی"]
    for n in curated:
        sur[n].add("curated")
    with open(OUT / "surnames.tsv", "w", encoding="utf-8") as f:
        f.write("# Iranian surnames. Sources: Faker 40.63.0 (MIT) fa_IR last_names; farsi-faker 1.9.0 (MIT) data/names.pkl\n")
        f.write("# last_names; persian-names 1.5.1 (MIT) region_fa.txt place names + nisba ی; curated (officials in the domain).\n")
        f.write("# Multi-word source entries were joined with ZWNJ after a joining letter. multi-valued: source\n")
        f.write("name\tsource\n")
        merged = defaultdict(set)
        for s in sorted(sur):
            if not s or not PERSIAN.match(s) or len(s) < 2:
                continue
            parts = s.split(" ")
            if len(parts) == 2:
                s2 = join_compound(*parts)
            elif len(parts) > 2:
                continue
            else:
                s2 = s
            merged[s2] |= sur[s]
        for s2 in sorted(merged):
            f.write(f"{s2}\t{'|'.join(sorted(merged[s2]))}\n")


if __name__ == "__main__":
    main(sys.argv[1])
