"""The labelled overlap pairs of issue 10 (tests/gold/overlap_pairs_v2.json) still name real measures.

Every pair id must resolve to a measure of the current extraction of the seeds or of the shared
devset, so an extraction change that renames clause paths or re-splits policies shows up here
instead of silently shrinking the gold set. The held-out split is checked to be the stratified
third that tests/gold/split_overlap_pairs.py writes.
"""
import json
import re
from collections import Counter

import pytest

from tests.gold.split_overlap_pairs import GOLD, HELD_OUT_SHARE, pair_key, split
from tests.overlap_gold import devset_name, seed_name

SEED_SOURCE = re.compile(r"\d{3}")

gold = json.loads(GOLD.read_text(encoding="utf-8"))
PAIRS = gold["pairs"]


def source_of(measure_id: str) -> str:
    return measure_id.split("|", 1)[0]


def index(documents, name_of) -> dict[str, dict]:
    """'SOURCE|POLICY|PATH' -> {"policy": 'SOURCE|POLICY', "title": ...} for every extracted measure."""
    measures = {}
    for doc in documents:
        for i, policy in enumerate(doc.policies):
            for m in policy.measures:
                measures[f"{name_of(doc)}|{i}|{m.path}"] = {"policy": f"{name_of(doc)}|{i}", "title": policy.title}
    return measures


@pytest.fixture(scope="module")
def measures(seed_documents, request):
    found = index(seed_documents, seed_name)
    if any(not SEED_SOURCE.fullmatch(source_of(p[side])) for p in PAIRS for side in "ab"):
        found |= index(request.getfixturevalue("devset_documents"), devset_name)
    return found


def test_every_pair_names_two_extracted_measures(measures):
    missing = sorted({p[side] for p in PAIRS for side in "ab"} - measures.keys())
    assert not missing, f"{len(missing)} gold measure ids no longer extracted, e.g. {missing[:5]}"


def test_pairs_join_different_policies(measures):
    """Different (source, policy index) and different titles: the devset case beijing_shijingshan_iiot
    is an excerpt of a seed policy, so a pair across the two would be one policy with itself."""
    norm = lambda t: re.sub(r"\s", "", t or "")  # noqa: E731
    resolved = [(p, measures[p["a"]], measures[p["b"]]) for p in PAIRS if p["a"] in measures and p["b"] in measures]
    same = [pair_key(p) for p, a, b in resolved
            if a["policy"] == b["policy"] or (a["title"] and norm(a["title"]) == norm(b["title"]))]
    assert resolved and not same


def test_pairs_are_unique_and_fully_labelled():
    keys = [frozenset((p["a"], p["b"])) for p in PAIRS]
    assert len(set(keys)) == len(keys) and all(len(k) == 2 for k in keys)
    for p in PAIRS:
        assert isinstance(p["overlap"], bool) and p["kind"].strip() and p["object"].strip() and p["why"].strip(), p


def test_both_classes_and_both_sources_are_represented():
    labels = Counter(p["overlap"] for p in PAIRS)
    assert len(PAIRS) >= 150 and 0.35 <= labels[True] / len(PAIRS) <= 0.55
    kinds = Counter(tuple(sorted(bool(SEED_SOURCE.fullmatch(source_of(p[s]))) for s in "ab")) for p in PAIRS)
    assert kinds[(True, True)] and kinds[(False, True)] and kinds[(False, False)]  # seed-seed, seed-devset, devset-devset


def test_split_is_the_scripted_stratified_third():
    stored = gold["split"]
    assert stored == split(PAIRS), "re-run tests/gold/split_overlap_pairs.py"
    tune, held = set(stored["tune"]), set(stored["held_out"])
    assert not tune & held and tune | held == {pair_key(p) for p in PAIRS}
    for label in (True, False):
        in_class = {pair_key(p) for p in PAIRS if p["overlap"] is label}
        assert len(held & in_class) == round(len(in_class) * HELD_OUT_SHARE)


def test_split_depends_on_the_pairs_not_their_order():
    assert split(list(reversed(PAIRS))) == split(PAIRS)


def test_the_second_reading_is_of_exactly_the_held_out_pairs():
    """tests/gold/overlap_pairs_second_reading.json re-reads the held-out third blind: the same
    pairs, no others, each labelled once (python -m tests.overlap_gold --agreement compares them)."""
    from tests.overlap_gold import SECOND, agreement

    second = json.loads(SECOND.read_text(encoding="utf-8"))["pairs"]
    keys = [pair_key(p) for p in second]
    assert len(keys) == len(set(keys))
    assert set(keys) == set(gold["split"]["held_out"])
    assert all(isinstance(p["overlap"], bool) for p in second)
    a, rows = agreement()
    assert a.pairs == len(second) and a.both <= min(a.first, a.second)
    assert -1 <= a.kappa <= 1 and a.observed == sum(r[2] == r[3] for r in rows) / len(rows)
