"""A small, realistic Persian subgraph following loader/data/graph_model.json, loaded with parameters.

Two provincial directors-general of the Social Security Organization (قم, البرز), the head of the
organization, their posts, provinces, the city کرج, a program, figures they stated, the documents
and mentions that are the evidence. Sentences include quotes, a backslash and a newline so the
exporters' escaping is exercised.
"""
from __future__ import annotations

from loader.text_keys import fold, slug

DOC1, DOC2 = "000_06211529e3fb513d", "001_c635d5fb73222770"
S_QOM = "سید مجتبی موسوی، مدیرکل تأمین‌اجتماعی استان قم، گفت: بیش از ۸۰۰ هزار نفر در استان قم تحت پوشش هستند."
S_ALBORZ = "به گزارش روابط عمومی، میرهاشم موسوی مدیرکل تأمین اجتماعی استان البرز در کرج از «بیمه رانندگان» گفت."
S_HEAD = 'مدیرعامل سازمان تأمین‌اجتماعی گفت: "پرداخت مستمری\u200cها" به موقع انجام می‌شود \\ بدون تأخیر\nو \'بدون کسری\'.'
S_FIG2 = "میرهاشم موسوی افزود: ۱۲ هزار و ۵۰۰ میلیارد ریال به بیمه‌شدگان البرز پرداخت شد."
TEXT1 = "گزارش خبری\n" + S_QOM + "\n" + S_HEAD + "\n" + "متن خبر ادامه دارد. " * 40
TEXT2 = "اخبار البرز\n" + S_ALBORZ + "\n" + S_FIG2 + "\n" + "متن خبر ادامه دارد. " * 40


def span(text: str, sentence: str) -> tuple[int, int]:
    start = text.index(sentence.split("\n")[0][:20])
    return start, start + len(sentence)


def person(name, aliases, honorifics=None):
    return {"id": "person:" + slug(name), "name": name, "aliases": aliases, "name_key": fold(name),
            "search": fold(name), "honorifics": honorifics or [], "gender": "male"}


PERSONS = [
    person("سید مجتبی موسوی", ["مجتبی موسوی"], ["سید"]),
    person("میرهاشم موسوی", ["هاشم موسوی"]),
    person("مصطفی سالاری", ["سالاری"]),
    person("علی‌اکبر رضایی", ["علی اکبر رضایی"]),
]
ORG = {"id": "org:" + slug("سازمان تأمین‌اجتماعی"), "name": "سازمان تأمین‌اجتماعی",
       "aliases": ["تأمین اجتماعی", "سازمان تامین اجتماعی"], "kind": "organization", "name_en": "Social Security Organization",
       "search": fold("سازمان تأمین‌اجتماعی")}
PROVINCES = [
    {"id": "province:" + slug("قم"), "name": "قم", "aliases": ["استان قم"], "name_en": "Qom", "search": fold("قم")},
    {"id": "province:" + slug("البرز"), "name": "البرز", "aliases": ["استان البرز"], "name_en": "Alborz", "search": fold("البرز")},
    {"id": "province:" + slug("تهران"), "name": "تهران", "aliases": ["استان تهران"], "name_en": "Tehran", "search": fold("تهران")},
]
CITIES = [
    {"id": "city:" + slug("کرج"), "name": "کرج", "aliases": [], "kind": "city", "name_en": "Karaj", "search": fold("کرج")},
    {"id": "city:" + slug("قم"), "name": "قم", "aliases": ["شهر قم"], "kind": "city", "name_en": "Qom", "search": fold("قم")},
]
POSTS = [
    {"id": "post:" + slug("مدیرکل", "تأمین‌اجتماعی", "قم"), "label": "مدیرکل تأمین‌اجتماعی استان قم",
     "title": "مدیرکل", "organization": ORG["name"], "area": "قم", "acting": False},
    {"id": "post:" + slug("مدیرکل", "تأمین‌اجتماعی", "البرز"), "label": "مدیرکل تأمین‌اجتماعی استان البرز",
     "title": "مدیرکل", "organization": ORG["name"], "area": "البرز", "acting": False},
    {"id": "post:" + slug("مدیرعامل", "تأمین‌اجتماعی"), "label": "مدیرعامل سازمان تأمین‌اجتماعی",
     "title": "مدیرعامل", "organization": ORG["name"], "acting": True},
]
PROGRAM = {"id": "program:" + slug("بیمه رانندگان"), "name": "بیمه رانندگان", "kind": "insurance", "name_en": "Drivers' insurance"}
FIGURES = [
    {"id": f"figure:{DOC1}:1", "value": 800000.0, "unit": "نفر", "kind": "count", "measure": "جمعیت تحت پوشش",
     "raw": "بیش از ۸۰۰ هزار نفر", "doc": DOC1, "raw_start": span(TEXT1, S_QOM)[0] + 70,
     "raw_end": span(TEXT1, S_QOM)[0] + 88, "sentence": S_QOM, "unattached": False},
    {"id": f"figure:{DOC2}:1", "value": 12500.0, "unit": "میلیارد ریال", "kind": "money", "measure": "پرداخت",
     "raw": "۱۲ هزار و ۵۰۰ میلیارد ریال", "value_rial": 1.25e13, "doc": DOC2,
     "raw_start": span(TEXT2, S_FIG2)[0] + 22, "raw_end": span(TEXT2, S_FIG2)[0] + 48, "sentence": S_FIG2,
     "period": "۱۴۰۲", "period_start": "2023-03-21", "period_end": "2024-03-19"},
]


def ev(doc, text, sentence, key):
    start, end = span(text, sentence)
    return {"key": key, "doc": doc, "raw_start": start, "raw_end": end, "sentence": sentence}


def load_sample(driver, database: str = "neo4j") -> dict:
    """Load the sample; return the counts it created."""
    p_qom, p_alb, p_head = POSTS
    mojtaba, hashem, salari, rezaei = PERSONS
    q = lambda cypher, **params: driver.execute_query(cypher, params, database_=database)
    q("UNWIND $rows AS row CREATE (d:Document) SET d = row, d.loaded_at = datetime('2024-05-01T10:20:30.123456Z')",
      rows=[{"id": DOC1, "title": "گزارش خبری تأمین اجتماعی قم", "path": f"corpus/{DOC1}.txt", "sha256": "a" * 64,
             "chars": len(TEXT1), "text": TEXT1, "encoding": "utf-8", "year": 1402, "extractor": "0.1.0"},
            {"id": DOC2, "title": "اخبار البرز", "path": f"corpus/{DOC2}.txt", "sha256": "b" * 64,
             "chars": len(TEXT2), "text": TEXT2, "encoding": "utf-8", "year": 1403, "extractor": "0.1.0"}])
    q("UNWIND $rows AS row CREATE (n:Person) SET n = row", rows=PERSONS)
    q("CREATE (n:Organization) SET n = $row", row=ORG)
    q("UNWIND $rows AS row CREATE (n:Province) SET n = row", rows=PROVINCES)
    q("UNWIND $rows AS row CREATE (n:City) SET n = row", rows=CITIES)
    q("UNWIND $rows AS row CREATE (n:Post) SET n = row", rows=POSTS)
    q("CREATE (n:Program) SET n = $row", row=PROGRAM)
    q("UNWIND $rows AS row CREATE (n:Figure) SET n = row", rows=FIGURES)
    q("CREATE (n:Event {id: $id, type: 'visit', what: 'بازدید از شعبه کرج', date: date('2024-01-15'), "
      "date_precision: 'day', doc: $doc, raw_start: 0, raw_end: 10, sentence: $s})",
      id=f"event:{DOC2}:1", doc=DOC2, s=S_ALBORZ)

    rels = [
        ("HOLDS", "Person", mojtaba["id"], "Post", p_qom["id"], {**ev(DOC1, TEXT1, S_QOM, "h1"), "title": p_qom["label"]}),
        ("HOLDS", "Person", hashem["id"], "Post", p_alb["id"], {**ev(DOC2, TEXT2, S_ALBORZ, "h2"), "title": p_alb["label"]}),
        ("HOLDS", "Person", salari["id"], "Post", p_head["id"], {**ev(DOC1, TEXT1, S_HEAD, "h3"), "title": p_head["label"]}),
        ("OF_ORGANIZATION", "Post", p_qom["id"], "Organization", ORG["id"], ev(DOC1, TEXT1, S_QOM, "o1")),
        ("OF_ORGANIZATION", "Post", p_alb["id"], "Organization", ORG["id"], ev(DOC2, TEXT2, S_ALBORZ, "o2")),
        ("OF_ORGANIZATION", "Post", p_head["id"], "Organization", ORG["id"], ev(DOC1, TEXT1, S_HEAD, "o3")),
        ("FOR_AREA", "Post", p_qom["id"], "Province", PROVINCES[0]["id"], ev(DOC1, TEXT1, S_QOM, "a1")),
        ("FOR_AREA", "Post", p_alb["id"], "Province", PROVINCES[1]["id"], ev(DOC2, TEXT2, S_ALBORZ, "a2")),
        ("IN", "City", CITIES[0]["id"], "Province", PROVINCES[1]["id"], {}),
        ("IN", "City", CITIES[1]["id"], "Province", PROVINCES[0]["id"], {}),
        ("ABOUT", "Figure", FIGURES[0]["id"], "Province", PROVINCES[0]["id"], ev(DOC1, TEXT1, S_QOM, "b1")),
        ("ABOUT", "Figure", FIGURES[1]["id"], "Province", PROVINCES[1]["id"], ev(DOC2, TEXT2, S_FIG2, "b2")),
        ("STATED", "Person", mojtaba["id"], "Figure", FIGURES[0]["id"], ev(DOC1, TEXT1, S_QOM, "s1")),
        ("STATED", "Person", hashem["id"], "Figure", FIGURES[1]["id"], ev(DOC2, TEXT2, S_FIG2, "s2")),
        ("PARTICIPATED_IN", "Person", hashem["id"], "Event", f"event:{DOC2}:1", ev(DOC2, TEXT2, S_ALBORZ, "e1")),
        ("CONCERNS", "Event", f"event:{DOC2}:1", "Program", PROGRAM["id"], ev(DOC2, TEXT2, S_ALBORZ, "e2")),
        ("TOOK_PLACE_IN", "Event", f"event:{DOC2}:1", "City", CITIES[0]["id"], ev(DOC2, TEXT2, S_ALBORZ, "e3")),
        ("IN_DOCUMENT", "Figure", FIGURES[0]["id"], "Document", DOC1, {}),
        ("IN_DOCUMENT", "Figure", FIGURES[1]["id"], "Document", DOC2, {}),
        ("IN_DOCUMENT", "Event", f"event:{DOC2}:1", "Document", DOC2, {}),
    ]
    for doc, who in ((DOC1, [mojtaba, salari, ORG, PROVINCES[0]]), (DOC2, [hashem, ORG, PROVINCES[1], CITIES[0], PROGRAM])):
        for target in who:
            label = next(l for l, rows in (("Person", PERSONS), ("Organization", [ORG]), ("Province", PROVINCES),
                                            ("City", CITIES), ("Program", [PROGRAM])) if target in rows)
            rels.append(("MENTIONS", "Document", doc, label, target["id"], {"key": f"m:{doc}:{target['id']}", "doc": doc}))
    mentions = []
    for i, (doc, text, sentence, surface, label, target) in enumerate([
        (DOC1, TEXT1, S_QOM, "سید مجتبی موسوی", "Person", mojtaba),
        (DOC1, TEXT1, S_QOM, "قم", "Province", PROVINCES[0]),
        (DOC1, TEXT1, S_HEAD, "سازمان تأمین‌اجتماعی", "Organization", ORG),
        (DOC2, TEXT2, S_ALBORZ, "میرهاشم موسوی", "Person", hashem),
        (DOC2, TEXT2, S_FIG2, "میرهاشم موسوی", "Person", hashem),
        (DOC2, TEXT2, S_ALBORZ, "کرج", "City", CITIES[0]),
        (DOC2, TEXT2, S_ALBORZ, "البرز", "Province", PROVINCES[1]),
    ]):
        start = text.index(sentence.split("\n")[0][:20]) + sentence.index(surface)
        mention = {"id": f"mention:{doc}:{i}", "label": {"Person": "PER", "Province": "LOC", "City": "LOC"}.get(label, "ORG"),
                   "text": surface, "normalized": fold(surface), "doc": doc, "raw_start": start,
                   "raw_end": start + len(surface), "sentence_index": 1, "sentence": sentence}
        mentions.append(mention)
        rels.append(("REFERS_TO", "Mention", mention["id"], label, target["id"], {"key": f"r{i}", "doc": doc}))
        rels.append(("IN_DOCUMENT", "Mention", mention["id"], "Document", doc, {"key": f"d{i}", "doc": doc}))
    q("UNWIND $rows AS row CREATE (n:Mention) SET n = row", rows=mentions)
    for rel_type, sl, sid, tl, tid, props in rels:
        records, summary, _ = driver.execute_query(
            f"MATCH (a:{sl} {{id: $s}}) MATCH (b:{tl} {{id: $t}}) CREATE (a)-[r:{rel_type}]->(b) SET r = $props RETURN count(r)",
            {"s": sid, "t": tid, "props": props}, database_=database)
        assert records[0][0] == 1, (rel_type, sid, tid)
    nodes = 2 + len(PERSONS) + 1 + len(PROVINCES) + len(CITIES) + len(POSTS) + 1 + len(FIGURES) + 1 + len(mentions)
    return {"nodes": nodes, "relationships": len(rels)}


def synthetic_graph(n_nodes: int = 5000, seed: int = 7):
    """A Graph (no Neo4j) shaped like the real one: provinces, cities, organizations, posts, persons,
    figures and documents, with evidence on relationships; exactly ``n_nodes`` nodes."""
    import random

    from loader.neo4j.read_graph import Graph

    rng = random.Random(seed)
    provinces = ["تهران", "قم", "البرز", "اصفهان", "فارس", "خراسان رضوی", "گیلان", "مازندران", "کرمان", "یزد",
                 "همدان", "زنجان", "قزوین", "سمنان", "مرکزی", "لرستان", "ایلام", "بوشهر", "هرمزگان", "کردستان",
                 "اردبیل", "آذربایجان شرقی", "آذربایجان غربی", "خوزستان", "کرمانشاه", "گلستان", "سیستان و بلوچستان",
                 "چهارمحال و بختیاری", "کهگیلویه و بویراحمد", "خراسان شمالی", "خراسان جنوبی"]
    given = ["علی", "محمد", "حسین", "مهدی", "رضا", "مجتبی", "سید مجتبی", "میرهاشم", "زهرا", "فاطمه", "مریم", "احمد"]
    family = ["موسوی", "رضایی", "سالاری", "محمدی", "حسینی", "کریمی", "احمدی", "نوری", "صادقی", "جعفری", "قاسمی"]
    nodes, links = [], []

    def add(label, props):
        nid = f"n{len(nodes)}"
        nodes.append({"id": nid, "labels": [label], "properties": props})
        return nid

    def link(rel_type, s, t, doc=None, sentence=None, **extra):
        props = {"key": f"k{len(links)}", **extra}
        if doc:
            props.update({"doc": doc, "raw_start": rng.randint(0, 5000), "sentence": sentence})
            props["raw_end"] = props["raw_start"] + len(sentence)
        links.append({"id": f"r{len(links)}", "type": rel_type, "source": s, "target": t, "properties": props})

    budget = n_nodes
    prov_ids = [add("Province", {"id": f"province:{i}", "name": p, "aliases": ["استان " + p]}) for i, p in enumerate(provinces)]
    org = add("Organization", {"id": "org:tamin", "name": "سازمان تأمین‌اجتماعی", "aliases": ["تأمین اجتماعی"]})
    docs = [add("Document", {"id": f"doc{i:03d}", "title": f"خبر شماره {i} تأمین اجتماعی"}) for i in range(60)]
    cities = []
    for i in range(350):
        p = rng.randrange(len(prov_ids))
        c = add("City", {"id": f"city:{i}", "name": f"شهر {i}", "aliases": []})
        link("IN", c, prov_ids[p])
        cities.append((c, p))
    remaining = budget - len(nodes)
    persons = []
    while len(nodes) < budget:
        left = budget - len(nodes)
        doc = rng.choice(docs)
        name = rng.choice(given) + " " + rng.choice(family) + (f" {len(persons)}" if rng.random() < 0.8 else "")
        person = add("Person", {"id": f"person:{len(persons)}", "name": name, "aliases": [name.split()[-1]]})
        persons.append(person)
        if left < 3:
            continue
        p = rng.randrange(len(prov_ids))
        label = f"مدیرکل تأمین‌اجتماعی استان {provinces[p]}"
        sentence = f"{name}، {label}، گفت: خدمات بیمه‌ای در استان {provinces[p]} گسترش یافت."
        post = add("Post", {"id": f"post:{len(nodes)}", "label": label, "title": "مدیرکل"})
        link("HOLDS", person, post, nodes[int(doc[1:])]["properties"]["id"], sentence, title=label)
        link("OF_ORGANIZATION", post, org)
        link("FOR_AREA", post, prov_ids[p])
        link("MENTIONS", doc, person)
        if len(nodes) < budget and rng.random() < 0.6:
            value = rng.randint(1, 900)
            fig = add("Figure", {"id": f"figure:{len(nodes)}", "value": float(value), "unit": "هزار نفر",
                                 "raw": f"{value} هزار نفر", "measure": "بیمه‌شدگان"})
            link("STATED", person, fig, nodes[int(doc[1:])]["properties"]["id"], sentence)
            link("ABOUT", fig, rng.choice([prov_ids[p], cities[rng.randrange(len(cities))][0]]))
    del remaining
    return Graph(nodes, links, {"synthetic": True})
