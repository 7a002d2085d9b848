"""Score graph/overlaps.py against the labelled pairs (tests/gold/overlap_pairs_v2.json).

The overlaps are derived over every measure of the seeds and the devset together (as a store
holding both would), then each labelled pair is looked up: predicted when an OVERLAPS pair
joins the two measures. `python -m tests.overlap_gold [--split tune|held_out]` prints the
figures; tune on `tune` only, report on `held_out`.
"""
from __future__ import annotations

import argparse
import json
from dataclasses import dataclass
from pathlib import Path

from graph.overlaps import MeasureInfo, find_overlaps
from tests.conftest import DEVSET_CASES, ROOT, extract_documents

GOLD = ROOT / "tests" / "gold" / "overlap_pairs_v2.json"


@dataclass
class Score:
    tp: int
    fp: int
    fn: int
    tn: int
    misses: list
    false_alarms: list

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0


def gold() -> dict:
    return json.loads(GOLD.read_text(encoding="utf-8"))


def seed_name(doc) -> str:
    return Path(doc.path).name[:3]


def devset_name(doc) -> str:
    return Path(doc.path).stem


def infos_by_gold_id(documents, name_of) -> dict[str, MeasureInfo]:
    """'SOURCE|POLICY|PATH' (SOURCE = name_of(document)) -> the MeasureInfo a store would build."""
    return {f"{name_of(doc)}|{i}|{m.path}": MeasureInfo(m.id, p.id, p.region, bool(p.non_cumulative), m.heading,
                                                         m.text, tuple(m.sectors))
            for doc in documents for i, p in enumerate(doc.policies) for m in p.measures}


def measure_infos(seed_documents, devset_documents) -> dict[str, MeasureInfo]:
    """Gold id ('SOURCE|POLICY|PATH') -> the MeasureInfo a store would build for it."""
    return infos_by_gold_id(seed_documents, seed_name) | infos_by_gold_id(devset_documents, devset_name)


def score(infos: dict[str, MeasureInfo], split: str) -> Score:
    data = gold()
    keys = set(data["split"][split])
    found = {frozenset((o.a, o.b)) for o in find_overlaps(list(infos.values()))}
    s = Score(0, 0, 0, 0, [], [])
    for p in data["pairs"]:
        if f"{p['a']} || {p['b']}" not in keys:
            continue
        predicted = frozenset((infos[p["a"]].id, infos[p["b"]].id)) in found
        if p["overlap"] and predicted:
            s.tp += 1
        elif p["overlap"]:
            s.fn += 1
            s.misses.append(p)
        elif predicted:
            s.fp += 1
            s.false_alarms.append(p)
        else:
            s.tn += 1
    return s


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", default="tune", choices=["tune", "held_out"])
    parser.add_argument("--verbose", action="store_true")
    args = parser.parse_args()
    infos = measure_infos(extract_documents([ROOT / "seed"]), extract_documents(sorted(DEVSET_CASES.glob("*.txt"))))
    s = score(infos, args.split)
    print(f"{args.split}: tp {s.tp} fp {s.fp} fn {s.fn} tn {s.tn}; precision {s.precision:.3f} recall {s.recall:.3f}")
    if args.verbose:
        for label, items in (("MISS", s.misses), ("FALSE", s.false_alarms)):
            for p in items:
                print(label, p["a"], p["b"], p["kind"], "|", p["object"], "|", p["why"][:80])


if __name__ == "__main__":
    main()
