"""Overlap detection against the hand-labelled pairs in tests/gold/overlap_pairs.json."""
import json
from pathlib import Path

import pytest

from graph.overlaps import THRESHOLD, MeasureInfo, clusters, find_overlaps

GOLD = json.loads((Path(__file__).parent.parent / "gold" / "overlap_pairs.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def measures(seed_documents):
    ref, infos = {}, []
    for d in seed_documents:
        for i, p in enumerate(d.policies):
            for m in p.measures:
                info = MeasureInfo(m.id, p.id, p.region, p.non_cumulative, m.heading, m.text, tuple(m.sectors))
                infos.append(info)
                ref[f"{Path(d.path).name[:3]}|{i}|{m.path}"] = info
    return ref, infos


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
    member = {m: i for i, g in enumerate(groups) for m in g}
    compute = [ref[k].id for k in ("000|0|十一", "004|16|第二章/第六条", "004|7|三/第七条")]
    assert len({member[m] for m in compute}) == 1
