"""One Agency per department and region: the abbreviation rule, the per-region alias data, and
what the department map shows once short and full names meet."""
import pytest

from extraction.lexicons import agency_aliases
from extraction.pipeline import extract_text
from graph.agency_resolution import resolve_agencies, split_region
from graph.memory_store import MemoryStore
from graph.rows import graph_rows

TZ, HD, ETOWN = "北京市通州区", "北京市海淀区", "北京经济技术开发区"


@pytest.mark.parametrize("short, full", [
    ("发展改革委", "发展和改革委员会"),
    ("科技局", "科学技术局"),
    ("工信局", "工业和信息化局"),
    ("文体局", "文化体育局"),
    ("商务委", "商务委员会"),        # same stem, short suffix
    ("金融办", "金融服务办公室"),
    ("营商环境局", "营商环境建设局"),
])
def test_a_short_name_resolves_to_the_full_name_of_its_region(short, full):
    got = resolve_agencies([TZ + short, TZ + full, TZ + "财政局"])
    assert got[TZ + short].name == TZ + full and got[TZ + short].rule == "abbreviation"
    assert got[TZ + full].name == TZ + full and got[TZ + full].rule == "as_named"
    assert got[TZ + "财政局"].name == TZ + "财政局"


@pytest.mark.parametrize("names", [
    ["科技局", "科学技术局", "科技和产业促进局"],  # fits two agencies: stays itself
    ["科技局", "科学技术委员会"],                  # 局 is not 委
    ["统计局", "审计局"],                          # another head
    ["经济发展局", "经济和信息化局"],               # not in order
])
def test_a_short_name_that_fits_no_single_agency_stays_itself(names):
    got = resolve_agencies([TZ + n for n in names])
    assert got[TZ + names[0]].name == TZ + names[0]


def test_the_same_short_name_in_two_regions_stays_two_agencies():
    got = resolve_agencies([TZ + "文体局", HD + "文体局", HD + "文化体育局"])
    assert got[HD + "文体局"].name == HD + "文化体育局"
    assert got[TZ + "文体局"].name == TZ + "文体局"  # 海淀's full name is no evidence for 通州


def test_names_without_a_region_prefix_are_left_alone():
    names = ["国家税务总局杭州市税务局", "国家税务总局"]
    assert {n: r.name for n, r in resolve_agencies(names).items()} == {n: n for n in names}


def test_alias_data_holds_in_its_region_only():
    aliases = agency_aliases()[ETOWN]
    short, full = "智能制造局", aliases["智能制造局"]
    assert full != short
    here = resolve_agencies([ETOWN + short])  # the full name need not be among the names
    assert here[ETOWN + short].name == ETOWN + full and here[ETOWN + short].rule == "agency_aliases"
    elsewhere = resolve_agencies([TZ + short, TZ + full])
    assert elsewhere[TZ + short].name == TZ + short  # the rule does not see 智能制造局 in 机器人和智能制造产业局


def test_region_prefixes_are_read_as_canonical_writes_them():
    assert split_region(ETOWN + "信息技术局") == (ETOWN, ETOWN, "信息技术局")
    assert split_region("北京市通州区财政局") == (TZ, TZ, "财政局")
    assert split_region("国家税务总局") == ("", None, "国家税务总局")


CULTURE = """北京市{district}关于促进文化体育产业发展的若干措施

一、支持文化企业做大做强。对年营业收入首次突破1亿元的文化企业，给予最高100万元奖励。（责任单位：区文体局）
二、支持体育赛事落地。对在本区举办的国际性体育赛事，按照实际投入的30%给予补贴，最高不超过200万元。（责任单位：区文化体育局、区财政局）
三、本措施由区文化体育局和区财政局负责解释，自印发之日起施行。
"""
SHORT_ONLY = """北京市{district}关于支持体育消费的若干措施

一、支持体育消费券发放。对参与发放体育消费券的企业，按照核销金额的10%给予补贴，最高不超过50万元。（责任单位：区文体局）
"""


def _map(store, region):
    return {r["agency"]: r["measure_count"] for r in store.query("department_map", {"region": region})}


def test_short_and_full_names_in_one_document_are_one_agency(tmp_path):
    store = MemoryStore(tmp_path / "data")
    for district in ("通州区", "海淀区"):
        store.ingest(extract_text(CULTURE.format(district=district), f"{district}.txt"))
    for region in (TZ, HD):
        assert _map(store, region) == {region + "文化体育局": 2, region + "财政局": 1}
        node = store.node(f"agency:{region}文化体育局")
        assert node["names"] == [region + "文体局", region + "文化体育局"] and node["region"] == region
    edges = [d for _, v, k, d in store.g.edges(keys=True, data=True)
             if k == "RESPONSIBLE_DEPT" and v == f"agency:{TZ}文化体育局"]
    assert sorted((d["raw"], d["named"], d.get("resolution")) for d in edges) == [
        ("区文体局", TZ + "文体局", "abbreviation"), ("区文化体育局", TZ + "文化体育局", None)]


def test_a_short_name_meets_the_full_name_another_document_gave(tmp_path):
    first = extract_text(CULTURE.format(district="通州区"), "a.txt")
    second = extract_text(SHORT_ONLY.format(district="通州区"), "b.txt")
    alone = {n.id for n in graph_rows(second).nodes if n.label == "Agency"}
    assert alone == {f"agency:{TZ}文体局"}
    known = {n.props["name"] for n in graph_rows(first).nodes if n.label == "Agency"}
    met = [n for n in graph_rows(second, known_agencies=known).nodes if n.label == "Agency"]
    assert [n.id for n in met] == [f"agency:{TZ}文化体育局"]
    assert met[0].props["names"] == [TZ + "文体局", TZ + "文化体育局"]
    other = extract_text(SHORT_ONLY.format(district="海淀区"), "c.txt")
    assert {n.id for n in graph_rows(other, known_agencies=known).nodes if n.label == "Agency"} == {f"agency:{HD}文体局"}


def test_joined_interpreting_agencies_are_several_interpreted_by():
    rows = graph_rows(extract_text(CULTURE.format(district="通州区"), "a.txt"))
    ends = sorted(r.end for r in rows.rels if r.type == "INTERPRETED_BY")
    assert ends == [f"agency:{TZ}文化体育局", f"agency:{TZ}财政局"]


@pytest.fixture(scope="module")
def seed_store(seed_documents, tmp_path_factory):
    store = MemoryStore(tmp_path_factory.mktemp("agencies") / "data")
    for doc in seed_documents:
        store.ingest(doc)
    return store


def _named_measures(seed_documents, region):
    """Extraction name -> ids of the measures that name it, for the policies of a region."""
    out: dict[str, set[str]] = {}
    for doc in seed_documents:
        for p in doc.policies:
            if p.region == region:
                for m in p.measures:
                    for a in m.agencies:
                        out.setdefault(a.name, set()).add(m.id)
    return out


def test_the_seed_department_map_lists_each_etown_department_once(seed_store, seed_documents):
    named = _named_measures(seed_documents, ETOWN)
    pairs = [(ETOWN + alias, ETOWN + full) for alias, full in agency_aliases()[ETOWN].items() if alias != full]
    seen = [(s, f) for s, f in pairs if s in named and f in named]  # both forms in the seed's clauses
    assert seen == pairs, "the alias data's source: the seed names each of these departments both ways"
    listed = _map(seed_store, ETOWN)
    for short, full in seen:
        assert short not in listed
        assert listed[full] == len(named[short] | named[full])
        assert set(seed_store.node(f"agency:{full}")["names"]) >= {short, full}


def test_the_rule_alone_finds_the_seed_pairs_its_shape_allows(seed_documents):
    """Without the alias data, 信息技术局, 营商环境局, 科技产业局 and 生物和健康局 still meet their
    full names; 智能制造局 (the head 机器人和 dropped) is what the data file is for."""
    from unittest import mock

    import graph.agency_resolution as resolution

    named = _named_measures(seed_documents, ETOWN)
    with mock.patch.object(resolution, "agency_aliases", lambda: {}):
        got = resolve_agencies(named)
    merged = {n[len(ETOWN):]: r.name[len(ETOWN):] for n, r in got.items() if r.name != n}
    assert merged.items() >= {"信息技术局": "信息技术产业局", "营商环境局": "营商环境建设局",
                              "科技产业局": "科技和产业促进局", "生物和健康局": "生物技术和大健康产业局"}.items()
    assert "智能制造局" not in merged
