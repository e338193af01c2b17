"""Build provinces.tsv and cities.tsv.

Province rows are curated. Counties and towns come from the BSD-licensed PyPI package
django-province 0.3 (province/fixtures/province.json), normalised; county seats whose
name differs from the county, newer counties (created after that package) and notable
towns are curated by hand below.
Usage: python build_geo.py /path/to/province.json
"""
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from normalize_fa import norm, ZWNJ  # noqa: E402

OUT = Path(__file__).resolve().parents[2] / "loader" / "data" / "pipeline" / "kg_lexicon"
Z = ZWNJ
# id, name, variants, capital, name_en, django-province pk
PROVINCES = [
    ("east-azerbaijan", "آذربایجان شرقی", f"آذربایجان{Z}شرقی|آذربایجانشرقی|آذربایجان خاوری", "تبریز", "East Azerbaijan", 1),
    ("west-azerbaijan", "آذربایجان غربی", f"آذربایجان{Z}غربی|آذربایجانغربی|آذربایجان باختری", "ارومیه", "West Azerbaijan", 2),
    ("isfahan", "اصفهان", "", "اصفهان", "Isfahan", 3),
    ("ilam", "ایلام", "", "ایلام", "Ilam", 4),
    ("kermanshah", "کرمانشاه", "", "کرمانشاه", "Kermanshah", 5),
    ("bushehr", "بوشهر", "", "بوشهر", "Bushehr", 6),
    ("tehran", "تهران", "", "تهران", "Tehran", 7),
    ("chaharmahal-bakhtiari", "چهارمحال و بختیاری", "چهار محال و بختیاری|چهارمحال بختیاری|چهارمحال‌وبختیاری|چهارمحال", "شهرکرد", "Chaharmahal and Bakhtiari", 8),
    ("razavi-khorasan", "خراسان رضوی", f"خراسان{Z}رضوی|خراسانرضوی", "مشهد", "Razavi Khorasan", 9),
    ("khuzestan", "خوزستان", "", "اهواز", "Khuzestan", 10),
    ("zanjan", "زنجان", "", "زنجان", "Zanjan", 11),
    ("semnan", "سمنان", "", "سمنان", "Semnan", 12),
    ("sistan-baluchestan", "سیستان و بلوچستان", "سیستان‌وبلوچستان|سیستان بلوچستان", "زاهدان", "Sistan and Baluchestan", 13),
    ("fars", "فارس", "", "شیراز", "Fars", 14),
    ("kurdistan", "کردستان", "", "سنندج", "Kurdistan", 15),
    ("kerman", "کرمان", "", "کرمان", "Kerman", 16),
    ("kohgiluyeh-boyer-ahmad", "کهگیلویه و بویراحمد", "کهگیلویه و بویر احمد|کهکیلویه و بویراحمد|کهکیلویه و بویر احمد|کهگیلویه‌وبویراحمد", "یاسوج", "Kohgiluyeh and Boyer-Ahmad", 17),
    ("gilan", "گیلان", "", "رشت", "Gilan", 18),
    ("lorestan", "لرستان", "", "خرم‌آباد", "Lorestan", 19),
    ("mazandaran", "مازندران", "", "ساری", "Mazandaran", 20),
    ("markazi", "مرکزی", "استان مرکزی", "اراک", "Markazi", 21),
    ("hormozgan", "هرمزگان", "", "بندرعباس", "Hormozgan", 22),
    ("hamadan", "همدان", "همادان", "همدان", "Hamadan", 23),
    ("yazd", "یزد", "", "یزد", "Yazd", 24),
    ("ardabil", "اردبیل", "", "اردبیل", "Ardabil", 25),
    ("qom", "قم", "", "قم", "Qom", 26),
    ("qazvin", "قزوین", "", "قزوین", "Qazvin", 27),
    ("golestan", "گلستان", "", "گرگان", "Golestan", 28),
    ("north-khorasan", "خراسان شمالی", f"خراسان{Z}شمالی|خراسانشمالی", "بجنورد", "North Khorasan", 29),
    ("south-khorasan", "خراسان جنوبی", f"خراسان{Z}جنوبی|خراسانجنوبی", "بیرجند", "South Khorasan", 30),
    ("alborz", "البرز", "", "کرج", "Alborz", 31),
]
PK2ID = {p[5]: p[0] for p in PROVINCES}
CAPITALS = {p[3]: p[0] for p in PROVINCES}

# county (normalised, as in django-province) -> seat, where they differ
SEATS = {
    "ساوجبلاغ": "هشتگرد", "شمیرانات": "تجریش", "بهارستان": "نسیم‌شهر", "رباط‌کریم": "رباط‌کریم",
    "کوهرنگ": "چلگرد", "تنگستان": "اهرم", "دشتستان": "برازجان", "دشتی": "خورموج", "باوی": "ملاثانی",
    "کارون": "کوت عبدالله", "هیرمند": "دوست‌محمد", "سرباز": "راسک", "دلگان": "گلمورتی", "کوثر": "گیوی",
    "خداآفرین": "خمارلو", "چاراویماق": "قره‌آغاج", "ریگان": "محمدآباد", "مهرستان": "زابلی",
    "رودبار جنوب": "رودبار", "فلاورجان": "فلاورجان", "تیران و کرون": "تیران", "بویین و میاندشت": "بویین",
    "خوانسار": "خوانسار", "لنجان": "زرین‌شهر", "برخوار": "دولت‌آباد", "فریدونشهر": "فریدونشهر",
    "فریدن": "داران", "کوهبنان": "کوهبنان", "زرند": "زرند", "بردسکن": "بردسکن", "تربت جام": "تربت جام",
    "چناران": "چناران", "جغتای": "جغتای", "خوشاب": "سلطان‌آباد", "زاوه": "سنگان", "بینالود": "شاندیز",
    "مه ولات": "فیض‌آباد", "رشتخوار": "رشتخوار", "کلات": "کلات", "باخرز": "باخرز", "فیروزه": "فیروزه",
    "درمیان": "اسدیه", "سربیشه": "سربیشه", "زیرکوه": "حاجی‌آباد", "خوسف": "خوسف", "بشرویه": "بشرویه",
    "سرایان": "سرایان", "نهبندان": "نهبندان", "مانه و سملقان": "آشخانه", "راز و جرگلان": "راز",
    "جاجرم": "جاجرم", "گرمه": "گرمه", "فاروج": "فاروج", "ارزوئیه": "ارزوئیه", "فهرج": "فهرج",
    "رودبار": "رودبار", "املش": "املش", "سوادکوه": "پل سفید", "سوادکوه شمالی": "شیرگاه",
    "میاندورود": "سورک", "سیمرغ": "کیاکلا", "کلاردشت": "کلاردشت", "عباس‌آباد": "عباس‌آباد",
    "گلوگاه": "گلوگاه", "طارم": "آب‌بر", "ماهنشان": "ماهنشان", "ایجرود": "زرین‌آباد", "سلطانیه": "سلطانیه",
    "آبیک": "آبیک", "البرز": "الوند", "تاکستان": "تاکستان", "آوج": "آوج", "خرمبید": "صفاشهر",
    "سرچهان": "کره‌ای", "پاسارگاد": "سعادت‌شهر", "زرین‌دشت": "حاجی‌آباد", "فراشبند": "فراشبند",
    "کوار": "کوار", "مرودشت": "مرودشت", "رستم": "مصیری", "ممسنی": "نورآباد", "کازرون": "کازرون",
    "بوانات": "سوریان", "خنج": "خنج", "مهر": "مهر", "گراش": "گراش", "قیر و کارزین": "قیر",
    "سروستان": "سروستان", "خرامه": "خرامه", "ارسنجان": "ارسنجان", "بختگان": "آباده طشک",
    "اقلید": "اقلید", "کوهچنار": "قائمیه", "چرام": "چرام", "بهمئی": "لیکک", "کهگیلویه": "دهدشت",
    "بویراحمد": "یاسوج", "دنا": "سی‌سخت", "لنده": "لنده", "باشت": "باشت", "گچساران": "دوگنبدان",
    "ملکشاهی": "ارکواز", "سیروان": "لومار", "چرداول": "سرابله", "بدره": "بدره", "هیرمند ": "دوست‌محمد",
    "خاش": "خاش", "زهک": "زهک", "نیمروز": "ادیمی", "میرجاوه": "میرجاوه",
    "قصرقند": "قصرقند", "فنوج": "فنوج", "لاشار": "اسپکه", "دشتیاری": "نگور", "بمپور": "بمپور",
    "سیب و سوران": "سوران", "تفتان": "نوک‌آباد", "مهرستان ": "زابلی", "رودان": "رودان", "بشاگرد": "سردشت",
    "سیریک": "سیریک", "جاسک": "جاسک", "خمیر": "بندر خمیر", "پارسیان": "پارسیان", "بستک": "بستک",
    "حاجی‌آباد": "حاجی‌آباد", "قشم": "قشم", "ابوموسی": "ابوموسی", "بندر لنگه": "بندر لنگه",
    "خرم‌بید": "صفاشهر", "اشتهارد": "اشتهارد", "طالقان": "طالقان", "فردیس": "فردیس",
    "هفتکل": "هفتکل", "حمیدیه": "حمیدیه", "شوش": "شوش", "اندیکا": "قلعه خواجه", "لالی": "لالی",
    "آغاجاری": "آغاجاری", "امیدیه": "امیدیه", "هندیجان": "هندیجان", "گتوند": "گتوند", "رامشیر": "رامشیر",
    "هویزه": "هویزه", "دشت آزادگان": "سوسنگرد", "کرخه": "الوان", "باغملک": "باغملک", "ایذه": "ایذه",
    "چگنی": "سراب‌دوره", "رومشکان": "چقابل", "دوره": "سراب‌دوره", "دلفان": "نورآباد", "سلسله": "الشتر",
    "بیرانشهر": "بیرانشهر", "خرم‌آباد": "خرم‌آباد", "پاپی": "سپیددشت", "دالاهو": "کرند غرب",
    "ثلاث باباجانی": "تازه‌آباد", "روانسر": "روانسر", "جوانرود": "جوانرود", "اسلام‌آباد غرب": "اسلام‌آباد غرب",
    "سرپل ذهاب": "سرپل ذهاب", "هرسین": "هرسین", "سنقر": "سنقر", "صحنه": "صحنه", "کنگاور": "کنگاور",
    "سروآباد": "سروآباد", "دهگلان": "دهگلان", "دیواندره": "دیواندره", "کامیاران": "کامیاران",
    "نمین": "نمین", "نیر": "نیر", "سرعین": "سرعین", "کوثر ": "گیوی", "بیله‌سوار": "بیله‌سوار",
    "انگوت": "تازه‌کند انگوت", "اصلاندوز": "اصلاندوز", "ارشق": "رضی", "هوراند": "هوراند",
    "شوط": "شوط", "چالدران": "سیه‌چشمه", "چایپاره": "قره‌ضیاءالدین", "پلدشت": "پلدشت", "تکاب": "تکاب",
    "خلیل‌آباد": "خلیل‌آباد", "زاوین": "کلات", "جوین": "نقاب", "خوشاب ": "سلطان‌آباد",
    "گرمسار": "گرمسار", "میامی": "میامی", "سرخه": "سرخه", "آرادان": "آرادان", "مهدی‌شهر": "مهدی‌شهر",
    "فراهان": "فرمهین", "زرندیه": "مامونیه", "کمیجان": "کمیجان", "خنداب": "خنداب", "آشتیان": "آشتیان",
    "تفرش": "تفرش", "شازند": "شازند", "محلات": "محلات", "دلیجان": "دلیجان",
    "رزن": "رزن", "فامنین": "فامنین", "درگزین": "قروه درجزین", "کبودرآهنگ": "کبودرآهنگ",
    "ابرکوه": "ابرکوه", "بهاباد": "بهاباد", "خاتم": "هرات", "صدوق": "اشکذر", "مروست": "مروست",
    "زرقان": "زرقان", "شمیل": "شمیل",
    "خدا آفرین": "خمارلو", "تیران و کرون": "تیران", "شاهین‌شهر و میمه": "شاهین‌شهر", "خور و بیابانک": "خور",
    "دیر": "بندر دیر", "دیلم": "بندر دیلم", "گناوه": "بندر گناوه", "کنگان": "بندر کنگان", "کیار": "شلمزار",
    "خدابنده": "قیدار", "سیب سوران": "سوران", "خرم بید": "صفاشهر", "زرین دشت": "حاجی‌آباد", "سپیدان": "اردکان",
    "قیر و کارزین": "قیر", "لارستان": "لار", "بهمیی": "لیکک", "طوالش": "هشتپر", "میان دورود": "سورک",
    "رودان": "دهبارز", "اسداباد": "اسدآباد", "بوئین زهرا": "بوئین‌زهرا", "ترکمن": "بندر ترکمن",
    "علی‌آباد": "علی‌آباد کتول", "گمیشان": "گمیش‌تپه", "مراوه تپه": "مراوه‌تپه", "مانه و سملقان": "آشخانه",
    "قاینات": "قائن",
}
# Counties (shahrestan) not named after their seat, which the source lists only by their seat's
# towns: from npm `iran-cities` 0.0.5 (MIT, its package.json; csv/county.csv), spelling normalised
# by hand. Left out: counties named like the commonest words (دوره, سلسله) or a glued phrase
# (درمیان), and the two halves of a province's name. (name, province_id, variants)
COUNTIES = [
    ("چاراویماق", "east-azerbaijan", ""),
    ("خداآفرین", "east-azerbaijan", ""),
    ("چالدران", "west-azerbaijan", ""),
    ("چایپاره", "west-azerbaijan", "چای‌پاره"),
    ("کوثر", "ardabil", ""),
    ("برخوار", "isfahan", ""),
    ("بوئین و میاندشت", "isfahan", "بویین و میاندشت"),
    ("تیران و کرون", "isfahan", ""),
    ("خور و بیابانک", "isfahan", ""),
    ("شاهین‌شهر و میمه", "isfahan", "شاهین شهر و میمه"),
    ("فریدن", "isfahan", ""),
    ("لنجان", "isfahan", ""),
    ("ساوجبلاغ", "alborz", ""),
    ("چرداول", "ilam", ""),
    ("سیروان", "ilam", ""),
    ("تنگستان", "bushehr", ""),
    ("دشتستان", "bushehr", ""),
    ("دیلم", "bushehr", ""),
    ("کنگان", "bushehr", ""),
    ("گناوه", "bushehr", ""),
    ("شمیرانات", "tehran", ""),
    ("کوهرنگ", "chaharmahal-bakhtiari", ""),
    ("کیار", "chaharmahal-bakhtiari", ""),
    ("زیرکوه", "south-khorasan", ""),
    ("قاینات", "south-khorasan", ""),
    ("بینالود", "razavi-khorasan", ""),
    ("جوین", "razavi-khorasan", ""),
    ("خوشاب", "razavi-khorasan", ""),
    ("زاوه", "razavi-khorasan", ""),
    ("مه‌ولات", "razavi-khorasan", "مه ولات"),
    ("راز و جرگلان", "north-khorasan", ""),
    ("مانه و سملقان", "north-khorasan", ""),
    ("اندیکا", "khuzestan", ""),
    ("باوی", "khuzestan", ""),
    ("دشت آزادگان", "khuzestan", "دشت‌آزادگان"),
    ("کارون", "khuzestan", ""),
    ("ایجرود", "zanjan", ""),
    ("خدابنده", "zanjan", ""),
    ("طارم", "zanjan", ""),
    ("دلگان", "sistan-baluchestan", ""),
    ("سیب و سوران", "sistan-baluchestan", ""),
    ("نیمروز", "sistan-baluchestan", ""),
    ("هیرمند", "sistan-baluchestan", ""),
    ("پاسارگاد", "fars", ""),
    ("خرم‌بید", "fars", "خرم بید"),
    ("رستم", "fars", ""),
    ("زرین‌دشت", "fars", "زرین دشت"),
    ("سپیدان", "fars", ""),
    ("قیر و کارزین", "fars", "قیروکارزین"),
    ("لارستان", "fars", ""),
    ("ممسنی", "fars", ""),
    ("جیرفت", "kerman", ""),
    ("رودبار جنوب", "kerman", ""),
    ("ریگان", "kerman", ""),
    ("عنبرآباد", "kerman", ""),
    ("فاریاب", "kerman", ""),
    ("قلعه گنج", "kerman", "قلعه‌گنج"),
    ("کهنوج", "kerman", ""),
    ("منوجان", "kerman", ""),
    ("ثلاث باباجانی", "kermanshah", "ثلاث بابا‌جانی"),
    ("دالاهو", "kermanshah", ""),
    ("بهمئی", "kohgiluyeh-boyer-ahmad", "بهمیی"),
    ("دنا", "kohgiluyeh-boyer-ahmad", ""),
    ("گچساران", "kohgiluyeh-boyer-ahmad", ""),
    ("ترکمن", "golestan", ""),
    ("گمیشان", "golestan", ""),
    ("طوالش", "gilan", ""),
    ("دلفان", "lorestan", ""),
    ("رومشکان", "lorestan", ""),
    ("سوادکوه", "mazandaran", ""),
    ("سوادکوه شمالی", "mazandaran", ""),
    ("میاندورود", "mazandaran", "میان‌دورود"),
    ("زرندیه", "markazi", ""),
    ("فراهان", "markazi", ""),
    ("بشاگرد", "hormozgan", ""),
    ("خمیر", "hormozgan", ""),
    ("رودان", "hormozgan", ""),
    ("خاتم", "yazd", ""),
]
COUNTY_SOURCE = "iran-cities 0.0.5 (MIT)"
# Provinces whose name is also an ordinary word: a province only after استان.
AMBIGUOUS_PROVINCES = {"fars", "markazi", "golestan"}
# Towns whose name, as text writes it without its madda or hamza, is a frequent word: a place only
# after a cue (`آوج` is `اوج` "peak", 1.46M in hazm's corpus, below a county seat's frequency bar;
# `مهاجران`, a Hamadan town, is "migrants": `مهاجران افغانستانی`; `محلات` "neighbourhoods", `سامان`
# of `سر و سامان`, `گرمی` "warmth", `خور` of `در خور`, `محمدی` of `گل محمدی`, `امام حسن` the Imam:
# the town meant in about one mention in sixty of the Fars articles).
AMBIGUOUS_TOWNS = {"آوج", "مهاجران", "محلات", "سامان", "گرمی", "خور", "محمدی", "امام حسن"}
# notable towns/districts not (or differently) in the source, curated: (name, province_id, kind, variants, name_en)
EXTRA = [
    ("گلبهار", "razavi-khorasan", "county_seat", "", "Golbahar"),
    ("صالح‌آباد", "razavi-khorasan", "county_seat", "صالح آباد", "Salehabad"),
    ("ریوش", "razavi-khorasan", "county_seat", "", "Rivash"),
    ("داورزن", "razavi-khorasan", "county_seat", "", "Davarzan"),
    ("قدمگاه", "razavi-khorasan", "county_seat", "", "Qadamgah"),
    ("ششتمد", "razavi-khorasan", "county_seat", "", "Sheshtamad"),
    ("بن", "chaharmahal-bakhtiari", "county_seat", "", "Ben"),
    ("سامان", "chaharmahal-bakhtiari", "county_seat", "", "Saman"),
    ("هفشجان", "chaharmahal-bakhtiari", "town", "", "Hafshejan"),
    ("کوهدشت", "lorestan", "county_seat", "کوه دشت", "Kuhdasht"),
    ("الوند", "qazvin", "county_seat", "", "Alvand"),
    ("ملارد", "tehran", "county_seat", "", "Malard"),
    ("قرچک", "tehran", "county_seat", "", "Qarchak"),
    ("پیشوا", "tehran", "county_seat", "", "Pishva"),
    ("قدس", "tehran", "county_seat", "شهر قدس", "Qods"),
    ("پاکدشت", "tehran", "county_seat", "", "Pakdasht"),
    ("ورامین", "tehran", "county_seat", "", "Varamin"),
    ("دماوند", "tehran", "county_seat", "", "Damavand"),
    ("فیروزکوه", "tehran", "county_seat", "", "Firuzkuh"),
    ("رباط‌کریم", "tehran", "county_seat", "رباطکریم|رباط کریم", "Robat Karim"),
    ("پردیسان", "qom", "district", "", "Pardisan"),
    ("کهک", "qom", "town", "", "Kahak"),
    ("جعفریه", "qom", "town", "", "Jafariyeh"),
    ("سلفچگان", "qom", "town", "", "Salafchegan"),
    ("قنوات", "qom", "town", "", "Qanavat"),
    ("دستجرد", "qom", "town", "", "Dastjerd"),
    ("هشتگرد", "alborz", "county_seat", "", "Hashtgerd"),
    ("شهر جدید هشتگرد", "alborz", "town", "شهرجدید هشتگرد|هشتگرد جدید", "New Hashtgerd"),
    ("نظرآباد", "alborz", "county_seat", "نظر آباد", "Nazarabad"),
    ("کرج", "alborz", "capital", "", "Karaj"),
    ("فردیس", "alborz", "county_seat", "", "Fardis"),
    ("محمدشهر", "alborz", "town", "محمد شهر", "Mohammadshahr"),
    ("ماهدشت", "alborz", "town", "", "Mahdasht"),
    ("کمال‌شهر", "alborz", "town", "کمالشهر|کمال شهر", "Kamalshahr"),
    ("گوهردشت", "alborz", "district", "گوهر دشت", "Gohardasht"),
    ("مهرشهر", "alborz", "district", "", "Mehrshahr"),
    ("عظیمیه", "alborz", "district", "", "Azimiyeh"),
    ("اسلامشهر", "tehran", "county_seat", "اسلام‌شهر|اسلام شهر", "Eslamshahr"),
    ("پرند", "tehran", "town", "", "Parand"),
    ("پردیس", "tehran", "county_seat", "", "Pardis"),
    ("بومهن", "tehran", "town", "", "Bumehen"),
    ("اندیشه", "tehran", "town", "شهر اندیشه", "Andisheh"),
    ("تجریش", "tehran", "county_seat", "", "Tajrish"),
    ("نسیم‌شهر", "tehran", "county_seat", "نسیمشهر|نسیم شهر", "Nasimshahr"),
    ("کیش", "hormozgan", "town", "جزیره کیش", "Kish"),
    ("قشم", "hormozgan", "county_seat", "جزیره قشم", "Qeshm"),
    ("چابهار", "sistan-baluchestan", "county_seat", "", "Chabahar"),
    ("عسلویه", "bushehr", "county_seat", "", "Asaluyeh"),
    ("خرمشهر", "khuzestan", "county_seat", "", "Khorramshahr"),
    ("آبادان", "khuzestan", "county_seat", "", "Abadan"),
    ("بندر ماهشهر", "khuzestan", "county_seat", "ماهشهر", "Bandar-e Mahshahr"),
    ("بندر امام خمینی", "khuzestan", "town", "بندر امام", "Bandar-e Emam Khomeyni"),
    ("مشهد", "razavi-khorasan", "capital", "مشهد مقدس", "Mashhad"),
    ("شهریار", "tehran", "county_seat", "", "Shahriar"),
    ("ری", "tehran", "county_seat", "شهر ری|شهرری", "Rey"),
]

EN = {p[3]: None for p in PROVINCES}
CAP_EN = {"تبریز": "Tabriz", "ارومیه": "Urmia", "اصفهان": "Isfahan", "ایلام": "Ilam", "کرمانشاه": "Kermanshah",
          "بوشهر": "Bushehr", "تهران": "Tehran", "شهرکرد": "Shahrekord", "مشهد": "Mashhad", "اهواز": "Ahvaz",
          "زنجان": "Zanjan", "سمنان": "Semnan", "زاهدان": "Zahedan", "شیراز": "Shiraz", "سنندج": "Sanandaj",
          "کرمان": "Kerman", "یاسوج": "Yasuj", "رشت": "Rasht", "خرم‌آباد": "Khorramabad", "ساری": "Sari",
          "اراک": "Arak", "بندرعباس": "Bandar Abbas", "همدان": "Hamadan", "یزد": "Yazd", "اردبیل": "Ardabil",
          "قم": "Qom", "قزوین": "Qazvin", "گرگان": "Gorgan", "بجنورد": "Bojnurd", "بیرجند": "Birjand", "کرج": "Karaj"}
CAP_VARIANTS = {"خرم‌آباد": "خرم آباد|خرمآباد", "بندرعباس": "بندر عباس", "ارومیه": "اورمیه"}


FIXES = {"آران وبیدگل": "آران و بیدگل", "جوشقان وکامو": "جوشقان و کامو", "تیران وکرون": "تیران و کرون",
         "مانه وسملقان": "مانه و سملقان", "قیروکارزین": "قیر و کارزین", "اسداباد": "اسدآباد"}


def fix(s):
    import re
    s = norm(s)
    s = FIXES.get(s, s)
    s = re.sub(r"(\S) ?اباد(?=$| )", r"\1 آباد", s)
    # common compounds written with a space in the source: prefer ZWNJ/glued standard forms
    for suf in ("آباد", "شهر"):
        s = s.replace(" " + suf, ZWNJ + suf) if not s.endswith(" " + suf) else s[: -len(suf) - 1] + ZWNJ + suf
    s = s.replace("ا" + ZWNJ, "ا").replace("د" + ZWNJ, "د").replace("ر" + ZWNJ, "ر").replace("و" + ZWNJ, "و").replace("ز" + ZWNJ, "ز").replace("ذ" + ZWNJ, "ذ").replace("ژ" + ZWNJ, "ژ")
    return s


PREPOSITIONS = {"به", "در", "از", "با", "بر"}


def variants_of(name):
    v = set()
    if ZWNJ in name:
        v.add(name.replace(ZWNJ, " "))
        v.add(name.replace(ZWNJ, ""))
    for a in ("آباد", "شهر"):
        # (not a preposition and the word: بهشهر written apart is `به شهر`, "to the city")
        if name.endswith(a) and len(name) > len(a) + 1 and ZWNJ not in name and " " not in name \
                and name[: -len(a)] not in PREPOSITIONS:
            v.add(name[: -len(a)] + " " + a)
    v.discard(name)
    return sorted(v)


def main(fixture):
    data = json.load(open(fixture, encoding="utf-8"))
    counties = {r["pk"]: r["fields"] for r in data if r["model"] == "province.city"}
    towns = [r["fields"] for r in data if r["model"] == "province.town"]
    rows = {}

    def add(name, pid, kind, variants="", en="", src="django-province 0.3 (BSD)"):
        key = (name, pid)
        rank = {"capital": 0, "county_seat": 1, "county": 2, "town": 3, "district": 4}
        if key in rows:
            old = rows[key]
            if rank[kind] < rank[old["kind"]]:
                old["kind"] = kind
            if en and not old["name_en"]:
                old["name_en"] = en
            if variants:
                old["variants"] = "|".join(sorted(set(filter(None, old["variants"].split("|") + variants.split("|")))))
            return
        vs = set(filter(None, variants.split("|"))) | set(variants_of(name))
        vs.discard(name)
        rows[key] = {"name": name, "province_id": pid, "kind": kind, "variants": "|".join(sorted(vs)),
                     "name_en": en, "source": src}

    county_names = {}
    for pk, c in counties.items():
        if c["province"] not in PK2ID:
            continue
        county_names[pk] = (fix(c["title"]), PK2ID[c["province"]])
    seat_found = set()
    for t in towns:
        if t["city"] not in county_names:
            continue
        cname, pid = county_names[t["city"]]
        name = fix(t["title"])
        if name.startswith("شهرجدید"):
            name = "شهر جدید " + name[len("شهرجدید"):]
        seat = SEATS.get(cname, cname)
        kind = "town"
        if name == seat or name.replace(ZWNJ, "") == seat.replace(ZWNJ, "") or name.replace(" ", "") == seat.replace(ZWNJ, "").replace(" ", ""):
            kind = "county_seat"
            seat_found.add(t["city"])
        if name in CAPITALS and CAPITALS[name] == pid:
            kind = "capital"
        add(name, pid, kind, CAP_VARIANTS.get(name, ""), CAP_EN.get(name, "") if kind == "capital" else "")
    missing = []
    for pk, (cname, pid) in county_names.items():
        if pk not in seat_found:
            seat = SEATS.get(cname, cname)
            kind = "capital" if CAPITALS.get(seat) == pid else "county_seat"
            add(seat, pid, kind, "", CAP_EN.get(seat, "") if kind == "capital" else "", "curated (county seat)")
            missing.append((cname, seat))
    for name, pid, kind, variants, en in EXTRA:
        add(name, pid, kind, variants, en, "curated")
    for name, pid, variants in COUNTIES:
        add(name, pid, "county", variants, "", COUNTY_SOURCE)
    for cap, pid in CAPITALS.items():
        add(cap, pid, "capital", CAP_VARIANTS.get(cap, ""), CAP_EN[cap], "curated")
    print("county seats not found among towns (curated):", len(missing), file=sys.stderr)

    with open(OUT / "provinces.tsv", "w", encoding="utf-8") as f:
        f.write("# Iran's 31 provinces (ostan). Curated by hand; names are public geographic facts.\n")
        f.write("# multi-valued: variants\n")
        f.write("# ambiguous=yes: the name is also an ordinary word (مرکزی \"central\", گلستان \"rose garden\", "
                "فارس \"Persian\"); it is a province only after استان.\n")
        f.write("id\tname\tvariants\tcapital\tname_en\tambiguous\n")
        for pid, name, variants, cap, en, _ in PROVINCES:
            vs = set(filter(None, variants.split("|")))
            vs |= {"استان " + name}
            ambiguous = "yes" if pid in AMBIGUOUS_PROVINCES else "no"
            f.write(f"{pid}\t{name}\t{'|'.join(sorted(vs))}\t{cap}\t{en}\t{ambiguous}\n")
    with open(OUT / "cities.tsv", "w", encoding="utf-8") as f:
        f.write("# Iranian cities: every province capital and county seat (shahrestan centre) plus towns and districts.\n")
        f.write("# Source: PyPI django-province 0.3 (BSD license, province/fixtures/province.json), normalised\n")
        f.write("# (ی ک, ZWNJ, no diacritics); county seats not named after their county, counties created after\n")
        f.write("# that package and notable towns/districts curated by hand (source=curated). name_en filled for capitals\n")
        f.write("# and curated rows only. kind: capital|county_seat|county|town|district (county: a county, شهرستان,\n")
        f.write(f"# not named after its seat; source {COUNTY_SOURCE}, npm, spelling normalised by hand). multi-valued: variants\n")
        f.write("# ambiguous=yes: the name as text writes it is also a frequent word (آوج, written اوج \"peak\"); a place\n")
        f.write("# only after a cue (a name that is itself a frequent word is found so from the lexicon: no mark needed).\n")
        f.write("name\tprovince_id\tkind\tvariants\tname_en\tsource\tambiguous\n")
        for r in sorted(rows.values(), key=lambda r: (r["province_id"], r["name"])):
            cells = [r["name"], r["province_id"], r["kind"], r["variants"], r["name_en"], r["source"]]
            f.write("\t".join(cells + ["yes"] * (r["name"] in AMBIGUOUS_TOWNS)) + "\n")
    return missing


if __name__ == "__main__":
    for m in main(sys.argv[1]):
        print(*m, sep="\t")
