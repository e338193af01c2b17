"""The load's index of people: a group is weighed only against those it could be one person with."""
from pathlib import Path

from loader.graph.batch import GraphBatch
from loader.identity.known import KnownPeople
from loader.identity.loading import LoadResolver
from loader.identity.names import name_parts
from loader.identity.resolve import Profile

SEAT = "post:مدیرکل:سازمانتامیناجتماعی:قم"


def person(pid, name, doc, post=None, year=1402, existing=False):
    p = Profile(pid, name, name_parts(name), docs={doc}, existing=existing)
    if post:
        p.posts[post] = {year}
        p.one_seat.add(post)
        p.orgs.add("org:سازمانتامیناجتماعی")
        p.areas.add("province:qom")
    return p


def test_near_finds_the_same_full_name_and_a_shared_post_within_the_surname_only():
    known = KnownPeople()
    for p in [person("person:محمدعاشوری", "محمد عاشوری", "d1"),
              person("person:علیعاشوری", "علی عاشوری", "d2", SEAT),
              person("person:رضاعاشوری", "رضا عاشوری", "d3"),
              person("person:محمدموسوی", "محمد موسوی", "d4", SEAT)]:
        known.add(p)
    assert known.near(person("person:محمد عاشوری", "محمد عاشوری", "d9")) == {"person:محمدعاشوری"}
    assert known.near(person("bare:d9:عاشوری", "عاشوری", "d9", SEAT)) == {"person:علیعاشوری"}
    assert known.full_names("عاشوری") == 3


def test_pop_and_merge_keep_the_indexes_true():
    known = KnownPeople()
    known.add(person("person:محمدعاشوری", "محمد عاشوری", "d1"))
    known.merge("person:محمدعاشوری", person("person:محمدعاشوری", "محمد عاشوری", "d2", SEAT))
    assert known.near(person("bare:d3:عاشوری", "عاشوری", "d3", SEAT)) == {"person:محمدعاشوری"}
    assert known["person:محمدعاشوری"].docs == {"d1", "d2"}
    known.pop("person:محمدعاشوری")
    assert known.near(person("bare:d3:عاشوری", "عاشوری", "d3", SEAT)) == set()
    assert known.full_names("عاشوری") == 0 and "person:محمدعاشوری" not in known


def test_a_group_merges_with_the_holder_it_shares_a_seat_with(tmp_path: Path):
    """Only the holder is weighed, not the block's other people, and the merge is remembered."""
    resolver = LoadResolver(None, "neo4j", tmp_path / "decisions.jsonl")
    holder = person("person:محمدمجیدیانراد", "محمد مجیدیان‌راد", "d1", SEAT, existing=True)
    resolver.known.add(holder)
    resolver.known.add(person("person:علیمجیدیانراد", "علی مجیدیان‌راد", "d3", existing=True))
    resolver.blocks.add(holder.parts.surname)  # read already: the group needs no query
    batch = GraphBatch({"id": "d2", "path": "d2.txt"})
    batch.node("Person", {"id": "bare:d2:مجیدیانراد", "name": "مجیدیان‌راد"})
    batch.node("Post", {"id": SEAT, "seats": 1})
    batch.relate("HOLDS", "Person", "bare:d2:مجیدیانراد", "Post", SEAT, "k", as_of="1402")
    batch.relate("OF_ORGANIZATION", "Post", SEAT, "Organization", "org:سازمانتامیناجتماعی", "o")
    batch.relate("FOR_AREA", "Post", SEAT, "Province", "province:qom", "a")
    resolution, moved = resolver.group([batch])
    assert resolution.canonical["bare:d2:مجیدیانراد"] == holder.id and moved == []
    assert "person:علیمجیدیانراد" not in resolution.canonical
    assert batch.nodes["Person"][0]["id"] == holder.id
    assert "bare:d2:مجیدیانراد" in resolver.known[holder.id].absorbed
