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
SECOND = ROOT / "tests" / "gold" / "overlap_pairs_second_reading.json"  # the held-out pairs read again, blind


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


@dataclass
class Agreement:
    pairs: int
    first: int  # pairs the first reading calls overlaps
    second: int
    both: int
    observed: float  # share of pairs both readings label alike
    kappa: float  # Cohen's kappa: agreement beyond chance

    @property
    def second_against_first(self) -> tuple[float, float]:
        """The second reader scored as if it were the system, against the first reading: (P, R)."""
        return self.both / self.second, self.both / self.first


def agreement() -> tuple[Agreement, list[tuple[str, str, bool, bool]]]:
    """How far the second, blind reading of the held-out pairs agrees with the first; and the pairs
    as (a, b, first label, second label)."""
    first = {(p["a"], p["b"]): p["overlap"] for p in gold()["pairs"]}
    rows = [(p["a"], p["b"], first[(p["a"], p["b"])], p["overlap"])
            for p in json.loads(SECOND.read_text(encoding="utf-8"))["pairs"]]
    n = len(rows)
    f, s = sum(r[2] for r in rows), sum(r[3] for r in rows)
    po = sum(r[2] == r[3] for r in rows) / n
    pe = (f / n) * (s / n) + (1 - f / n) * (1 - s / n)
    return Agreement(n, f, s, sum(r[2] and r[3] for r in rows), po, (po - pe) / (1 - pe)), rows


def against(infos: dict[str, MeasureInfo], found: set[frozenset], rows, which: int) -> tuple[float, float]:
    """policykg's precision and recall on `rows` against reading `which` (2: first, 3: second),
    `found` being the pairs find_overlaps joined."""
    pred = [frozenset((infos[r[0]].id, infos[r[1]].id)) in found for r in rows]
    tp = sum(p and r[which] for p, r in zip(pred, rows))
    return tp / max(1, sum(pred)), tp / max(1, sum(r[which] for r in rows))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", default="tune", choices=["tune", "held_out"])
    parser.add_argument("--verbose", action="store_true")
    parser.add_argument("--agreement", action="store_true",
                        help="how far a second, blind reading of the held-out pairs agrees with the first, and "
                             "policykg against each reading and on the pairs both readings label alike")
    args = parser.parse_args()
    infos = measure_infos(extract_documents([ROOT / "seed"]), extract_documents(sorted(DEVSET_CASES.glob("*.txt"))))
    if args.agreement:
        a, rows = agreement()
        p, r = a.second_against_first
        print(f"held_out read twice: {a.pairs} pairs, overlaps {a.first} (first) and {a.second} (second); "
              f"agreement {a.observed:.3f}, Cohen's kappa {a.kappa:.3f}; the second reading against the first: "
              f"precision {p:.3f} recall {r:.3f}")
        found = {frozenset((o.a, o.b)) for o in find_overlaps(list(infos.values()))}
        for name, which, sub in (("the first reading", 2, rows), ("the second reading", 3, rows),
                                 ("the pairs both readings label alike", 2, [x for x in rows if x[2] == x[3]])):
            p, r = against(infos, found, sub, which)
            print(f"policykg against {name} ({len(sub)} pairs): precision {p:.3f} recall {r:.3f}")
        return
    s = score(infos, args.split)
    print(f"{args.split}: tp {s.tp} fp {s.fp} fn {s.fn} tn {s.tn}; precision {s.precision:.3f} recall {s.recall:.3f}")
    if args.verbose:
        for label, items in (("MISS", s.misses), ("FALSE", s.false_alarms)):
            for p in items:
                print(label, p["a"], p["b"], p["kind"], "|", p["object"], "|", p["why"][:80])


if __name__ == "__main__":
    main()
