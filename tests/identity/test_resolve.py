"""The resolver as a pure function: blocking, scoring, rarity, decisions, candidates."""
from loader.identity.names import name_parts
from loader.identity.resolve import Profile, resolve

POST = "post:مدیرکل:سازمانتامیناجتماعی:قم"
ORG, AREA = "org:سازمانتامیناجتماعی", "province:qom"


def person(pid, name, doc, post=None, year=None, seats=1, existing=False, absorbed=()):
    p = Profile(pid, name, name_parts(name), docs={doc}, existing=existing, absorbed=absorbed)
    if post:
        p.posts[post] = {year}
        if seats == 1:
            p.one_seat.add(post)
        p.orgs.add(ORG)
        p.areas.add(AREA)
    return p


def run(profiles, same=(), different=(), listed=frozenset()):
    counts = {}
    for p in profiles:
        if not p.parts.bare:
            counts[p.parts.surname] = counts.get(p.parts.surname, 0) + 1
    return resolve(profiles, list(same), list(different), counts, set(listed))


def test_bare_surname_never_merges_on_the_name_alone():
    full = person("person:محمدمجیدیانراد", "محمد مجیدیان‌راد", "d1")
    bare = person("person:d2:مجیدیانراد", "مجیدیان راد", "d2")
    result = run([full, bare])
    assert result.canonical[bare.id] == bare.id


def test_bare_surname_with_a_shared_one_seat_post_at_the_same_time_merges_into_the_full_name():
    full = person("person:محمدمجیدیانراد", "محمد مجیدیان‌راد", "d1", POST, 1402)
    bare = person("person:d2:مجیدیانراد", "مجیدیان راد", "d2", POST, 1402)
    result = run([bare, full])
    assert result.canonical[bare.id] == full.id == result.canonical[full.id]
    assert "one-seat post" in result.reasons[bare.id]


def test_a_common_surname_needs_more_than_a_rare_one():
    full = person("person:علیموسوی", "علی موسوی", "d1", POST, None)
    bare = person("person:d2:موسوی", "موسوی", "d2", POST, None)
    assert run([full, bare], listed={"موسوی"}).canonical[bare.id] == bare.id
    rare_full = person("person:علیمجیدیانراد", "علی مجیدیان‌راد", "d1", POST, None)
    rare_bare = person("person:d2:مجیدیانراد", "مجیدیان‌راد", "d2", POST, None)
    assert run([rare_full, rare_bare]).canonical[rare_bare.id] == rare_full.id


def test_held_years_apart_is_no_evidence():
    full = person("person:محمدمجیدیانراد", "محمد مجیدیان‌راد", "d1", POST, 1385)
    bare = person("person:d2:مجیدیانراد", "مجیدیان راد", "d2", POST, 1402)
    assert run([full, bare]).canonical[bare.id] == bare.id


def test_two_people_who_fit_leave_a_bare_surname_apart_and_listed():
    a = person("person:محمدمجیدیانراد", "محمد مجیدیان‌راد", "d1", POST, 1402)
    b = person("person:علیمجیدیانراد", "علی مجیدیان‌راد", "d3", POST, 1402)
    bare = person("person:d2:مجیدیانراد", "مجیدیان راد", "d2", POST, 1402)
    result = run([a, b, bare])
    assert result.canonical[bare.id] == bare.id
    assert {frozenset((c.a, c.b)) for c in result.candidates} >= {frozenset((a.id, bare.id)), frozenset((b.id, bare.id))}


def test_different_given_names_never_merge():
    a = person("person:محمدعاشوری", "محمد عاشوری", "d1", POST, 1402)
    b = person("person:علیعاشوری", "علی عاشوری", "d2", POST, 1402)
    result = run([a, b])
    assert result.canonical[a.id] != result.canonical[b.id]


def test_seyed_written_joined_is_the_same_person():
    a = person("person:سیدمحمدعاشوری", "سیدمحمد عاشوری", "d1")
    b = person("person:محمدعاشوری", "سید محمد عاشوری", "d2")
    result = run([a, b])
    assert result.canonical[a.id] == result.canonical[b.id]


def test_decisions_come_first():
    a = person("person:محمدعاشوری", "محمد عاشوری", "d1")
    b = person("person:علیعاشوری", "علی عاشوری", "d2")
    assert run([a, b], same=[(a.id, b.id, "decided")]).canonical[b.id] == run([a, b]).canonical[a.id]
    full = person("person:محمدمجیدیانراد", "محمد مجیدیان‌راد", "d1", POST, 1402)
    bare = person("person:d2:مجیدیانراد", "مجیدیان راد", "d2", POST, 1402)
    result = run([full, bare], different=[(full.id, bare.id)])
    assert result.canonical[bare.id] == bare.id
    assert not result.candidates  # a decided pair is not asked again


def test_the_fullest_name_is_the_node_whatever_came_first():
    bare = person("person:d1:مجیدیانراد", "مجیدیان راد", "d1", POST, 1402, existing=True)
    full = person("person:محمدمجیدیانراد", "محمد مجیدیان‌راد", "d2", POST, 1402)
    assert run([bare, full]).canonical[bare.id] == full.id


def test_an_id_absorbed_earlier_is_weighed_again():
    node = person("person:محمدعاشوری", "محمد عاشوری", "d1", existing=True, absorbed=("person:علیعاشوری",))
    again = person("person:علیعاشوری", "علی عاشوری", "d2")
    assert run([node, again]).canonical[again.id] == again.id  # the decision that joined them was undone
