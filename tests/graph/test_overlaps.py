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
