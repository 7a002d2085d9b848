"""Overlap detection: the first hand-labelled pairs (tests/gold/overlap_pairs.json), explained
pairs and bounded groups; the larger labelled set of issue 10 is scored in test_overlap_gold_scores.py."""
import json
from collections import Counter
from pathlib import Path

import pytest

from graph.overlaps import MAX_GROUP, NEAR_COPY, THRESHOLD, TOP_K, clusters, find_overlaps
from tests.overlap_gold import infos_by_gold_id, seed_name

GOLD = json.loads((Path(__file__).parent.parent / "gold" / "overlap_pairs.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def measures(seed_documents):
    ref = infos_by_gold_id(seed_documents, seed_name)
    return ref, list(ref.values())


def test_gold_pairs_precision_and_recall(measures, capsys):
    ref, infos = measures
    found = {frozenset((o.a, o.b)) for o in find_overlaps(infos)}
    pos = [frozenset((ref[a].id, ref[b].id)) for a, b, _ in GOLD["positive"]]
    neg = [frozenset((ref[a].id, ref[b].id)) for a, b, _ in GOLD["negative"]]
    tp = sum(p in found for p in pos)
    fp = sum(n in found for n in neg)
    precision, recall = tp / max(1, tp + fp), tp / len(pos)
    with capsys.disabled():
        print(f"\noverlaps at threshold {THRESHOLD}: {len(pos)} gold positives, {len(neg)} gold negatives; "
              f"tp {tp}, fp {fp}; precision {precision:.3f}, recall {recall:.3f}; {len(found)} pairs in all")
    assert precision >= 0.9 and recall >= 0.8


def test_same_region_and_non_cumulative_flags(measures):
    ref, infos = measures
    a, b = ref["000|0|十"], ref["001|0|三/(八)"]  # both 长春新区; 001 says 按最优执行，但不重复执行
    (o,) = [o for o in find_overlaps([a, b])]
    assert o.same_region and o.non_cumulative and o.score > 0.8
    c, d = ref["000|0|十一"], ref["004|16|第二章/第六条"]  # 长春 vs 通州: a comparison, not a choice
    (o,) = find_overlaps([c, d])
    assert not o.same_region and not o.non_cumulative


def test_measures_of_one_policy_never_overlap(measures):
    ref, infos = measures
    assert all(ref_a.policy_id != ref_b.policy_id for o in find_overlaps(infos)
               for ref_a, ref_b in [({m.id: m for m in infos}[o.a], {m.id: m for m in infos}[o.b])])


def test_clusters_are_deterministic_and_group_the_known_cases(measures):
    ref, infos = measures
    found = find_overlaps(infos)
    groups = clusters(found)
    assert groups == clusters(list(reversed(found)))
    assert groups and max(len(g) for g in groups) <= MAX_GROUP  # bounded: no chained hairball
    # the compute-support trio (长春 算力资源, 通州 算力券 twice) stays connected through the best
    # partners each measure keeps, though not every pair of it is among them
    import networkx as nx

    g = nx.Graph((o.a, o.b) for o in found)
    compute = [ref[k].id for k in ("000|0|十一", "004|16|第二章/第六条", "004|7|三/第七条")]
    assert nx.has_path(g, compute[0], compute[1]) and nx.has_path(g, compute[0], compute[2])


def test_every_overlap_says_what_is_shared(measures):
    """An overlap is explained: the kind of support and the object both measures fund."""
    ref, infos = measures
    found = find_overlaps(infos)
    assert found
    for o in found:
        near_copy = float(o.basis[-1].split()[-1]) >= NEAR_COPY
        assert near_copy or (o.kinds and o.objects), o
        assert not {"支持", "企业", "发展"} & set(o.objects)


def test_one_measure_keeps_a_bounded_number_of_partners(measures):
    ref, infos = measures
    found = find_overlaps(infos)
    degree = Counter(m for o in found for m in (o.a, o.b))
    # a pair stays when it is among the TOP_K best of either side: no measure keeps more than
    # its own TOP_K plus the pairs others keep with it, and most keep far fewer
    assert sorted(degree.values())[len(degree) // 2] <= TOP_K


def _m(id_: str, policy: str, text: str, heading: str | None = None, sectors: tuple[str, ...] = ()):
    from graph.overlaps import MeasureInfo

    return MeasureInfo(id_, policy, None, False, heading, text, sectors)


def _profile(text: str, heading: str | None = None, sectors: tuple[str, ...] = ()):
    from graph.overlaps import profile

    return profile(_m("m", "p", text, heading, sectors))


def test_a_traditional_script_clause_is_read_as_its_simplified_twin():
    """Cues are matched on simplified, half-width text with no line breaks: a traditional 智能工廠
    award is the same title award as a simplified one, and a cue broken by a line is still a cue."""
    simplified = _profile("对当年评为省级智能工厂、数字化车间的,分别给予30万元、15万元奖励。")
    traditional = _profile("對當年評為省級智能工\n廠、數字化車間的,分別給予 30 萬元、15 萬元獎勵。")
    assert traditional == simplified and "智能工厂" in simplified.objects
    a = _m("a", "p1", "對當年評為省級智能工\n廠的企業,給予30萬元獎勵。", sectors=("智能制造",))
    b = _m("b", "p2", "对新认定的市级智能工厂,给予最高50万元奖励。", sectors=("智能制造",))
    (o,) = find_overlaps([a, b])
    assert "智能工厂" in o.objects


def test_a_clause_that_only_encourages_funds_nothing():
    """No money, no 予以, no talent services: nothing is funded, so nothing overlaps it."""
    only = _profile("鼓励游戏电竞企业在境内外资本市场上市融资，引导金融机构加大信贷支持力度。", "加大金融支持力度",
                    ("电竞",))
    assert only.kinds == {} and only.objects == {}
    paid = _profile("对在境内外资本市场上市的电竞企业，给予不超过200万元的补贴。", None, ("电竞",))
    assert "listing" in paid.kinds
    services = _profile("对引进的高层次人才，在子女入学、住房保障等方面提供支持。", None, ("电竞",))
    assert "talent" in services.kinds


def test_a_title_names_the_object_not_the_kind_of_support():
    """An R&D grant for firms in the 高企 pool and an award for becoming a 高企 share the title
    (the object), not the kind: the first is R&D support, the second a title award."""
    rd = _profile("对纳入高新技术企业培育库的企业，按其研发费用的10%给予补助，最高5万元。")
    award = _profile("对首次认定为高新技术企业的企业，给予20万元一次性奖励。")
    assert "高新技术企业" in rd.objects and "高新技术企业" in award.objects
    assert "rd" in rd.kinds and "title" not in rd.kinds
    assert "title" in award.kinds and "rd" not in award.kinds


def test_each_sentence_that_gives_money_keeps_its_kind():
    """A clause that pays mostly for 技术改造 but also rewards recognised platforms funds both."""
    text = ("鼓励企业实施技术改造、智能化改造和数字化改造，对技术改造项目按设备投资的10%给予补助。"
            "对经认定的工业互联网平台，给予一定资助。")
    p = _profile(text, "推动企业技术改造", ("工业互联网",))
    assert p.kinds["upgrade"] == 1.0 and p.kinds["platform"] >= 0.5


def test_the_four_news_of_an_upgrade_clause_are_not_the_new_materials_sector():
    """运用新技术、新装备、新工艺、新材料 is how a 技改 clause says "upgrade": the 新材料 sector the
    extraction tags from it is not what the clause funds."""
    p = _profile("鼓励企业运用新技术、新装备、新工艺、新材料进行技术改造，对设备投资给予10%补助。",
                 sectors=("新材料",))
    assert "新材料" not in p.objects and "技术改造" in p.objects
    q = _profile("对新材料首批次应用的企业给予最高100万元奖励。", sectors=("新材料",))
    assert "新材料" in q.objects
