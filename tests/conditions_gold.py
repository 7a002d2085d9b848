"""Score extraction/conditions.py against the hand-annotated conditions (issue 12).

tests/gold/conditions_seed.json (120 sampled seed measures) and conditions_devset.json (the
devset third) list, per measure id 'SOURCE|POLICY|PATH', the conditions a reader finds. A
measure's conditions are compared as sets of keys (extraction.conditions.condition_key: type
plus the typed values, evidence aside), per condition type. `python -m tests.conditions_gold
[--verbose]` prints precision/recall/F1 per type for each gold file and both together.
"""
from __future__ import annotations

import argparse
import json
from collections import Counter
from pathlib import Path

from extraction.conditions import condition_key
from extraction.records import CONDITION_TYPES
from tests.conftest import DEVSET_CASES, ROOT, extract_documents
from tests.scoring import Score

GOLD_FILES = {"seed": ROOT / "tests" / "gold" / "conditions_seed.json",
              "devset": ROOT / "tests" / "gold" / "conditions_devset.json",
              "heldout": ROOT / "tests" / "gold" / "conditions_heldout.json"}
# gold field names -> record field names
_RENAME = {"cmp": "comparator", "cap": "cap_yuan", "from": "from_date", "to": "to_date"}


def gold(name: str) -> dict[str, list[dict]]:
    data = json.loads(GOLD_FILES[name].read_text(encoding="utf-8"))["measures"]
    return {mid: [{_RENAME.get(k, k): v for k, v in c.items()} for c in conds] for mid, conds in data.items()}


def predicted(documents, name_of) -> dict[str, list]:
    """Measure id -> its extracted conditions."""
    out = {}
    for doc in documents:
        for i, p in enumerate(doc.policies):
            for m in p.measures:
                out[f"{name_of(doc)}|{i}|{m.path}"] = m.conditions
    return out


def score(gold_measures: dict[str, list[dict]], pred: dict[str, list]) -> tuple[dict[str, Score], list]:
    """Per-type scores (and 'all'), plus the differences as (measure id, 'MISS'/'FALSE', key)."""
    counts = {t: Counter() for t in (*CONDITION_TYPES, "all")}
    diffs = []
    for mid, conds in gold_measures.items():
        g = {condition_key(c) for c in conds}
        p = {condition_key(c) for c in pred.get(mid, [])}
        for key in g | p:
            kind = "tp" if key in g and key in p else "fn" if key in g else "fp"
            counts[key[0]][kind] += 1
            counts["all"][kind] += 1
            if kind != "tp":
                diffs.append((mid, "MISS" if kind == "fn" else "FALSE", key))
    return {t: Score(t, c["tp"], c["fp"], c["fn"]) for t, c in counts.items()}, diffs


def table(scores: dict[str, Score]) -> str:
    lines = [f"{'type':<12} {'gold':>5} {'P':>6} {'R':>6} {'F1':>6}"]
    for t, s in scores.items():
        n = s.tp + s.fn
        if n or s.fp:
            lines.append(f"{t:<12} {n:>5} {s.precision:>6.3f} {s.recall:>6.3f} {s.f1:>6.3f}")
        else:
            lines.append(f"{t:<12} {0:>5} {'-':>6} {'-':>6} {'-':>6}")
    return "\n".join(lines)


def all_scores(seed_documents, devset_documents) -> dict[str, tuple[dict[str, Score], list]]:
    pred = {**predicted(seed_documents, lambda d: Path(d.path).name[:3]),
            **predicted(devset_documents, lambda d: Path(d.path).stem)}
    seed, dev, held = gold("seed"), gold("devset"), gold("heldout")
    return {"seed": score(seed, pred), "devset": score(dev, pred), "both": score({**seed, **dev}, pred),
            "heldout": score(held, pred)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--verbose", action="store_true")
    args = parser.parse_args()
    results = all_scores(extract_documents([ROOT / "seed"]), extract_documents(sorted(DEVSET_CASES.glob("*.txt"))))
    for name, (scores, diffs) in results.items():
        print(f"\n{name}:\n{table(scores)}")
        if args.verbose and name not in ("both", "heldout"):
            for mid, kind, key in sorted(diffs, key=str):
                print(kind, mid, key)


if __name__ == "__main__":
    main()
