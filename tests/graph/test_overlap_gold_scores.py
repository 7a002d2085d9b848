"""Overlaps scored on the labelled pairs of issue 10 (tests/gold/overlap_pairs_v2.json).

The constants of graph/overlaps.py were set on the `tune` split; `held_out` was scored once,
after tuning, and is what the README reports. The floors below sit under those figures so that
a change that makes overlaps worse fails here; they are not the issue's targets (precision 0.9,
recall 0.8 on the held-out third), which the scorer does not reach yet.
"""
import pytest

from tests.overlap_gold import measure_infos, score

FLOORS = {"tune": (0.85, 0.8), "held_out": (0.8, 0.7)}


@pytest.fixture(scope="module")
def infos(seed_documents, devset_documents):
    return measure_infos(seed_documents, devset_documents)


@pytest.mark.parametrize("split", ["tune", "held_out"])
def test_overlaps_on_the_labelled_pairs(infos, split, capsys):
    s = score(infos, split)
    with capsys.disabled():
        print(f"\noverlaps v2 on {split}: tp {s.tp} fp {s.fp} fn {s.fn} tn {s.tn}; "
              f"precision {s.precision:.3f}, recall {s.recall:.3f}")
    floor_p, floor_r = FLOORS[split]
    assert s.precision >= floor_p and s.recall >= floor_r
