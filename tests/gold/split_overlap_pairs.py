"""Split tests/gold/overlap_pairs_v2.json into a tuning part and a held-out third.

The held-out third is drawn at random with a fixed seed, separately within the overlapping
and the non-overlapping pairs (stratified by label), so re-running this script gives the same
split. Pairs are named by their key `A || B` (the two measure ids as written in the file), not
by their position, so reordering the file does not move a pair to the other side.

    python tests/gold/split_overlap_pairs.py          # rewrites the "split" of the file
    python tests/gold/split_overlap_pairs.py --check  # exit 1 if the stored split differs
"""
from __future__ import annotations

import json
import random
import sys
from pathlib import Path

GOLD = Path(__file__).with_name("overlap_pairs_v2.json")
SEED = 10  # issue 10
HELD_OUT_SHARE = 1 / 3


def pair_key(pair: dict) -> str:
    return f"{pair['a']} || {pair['b']}"


def split(pairs: list[dict], seed: int = SEED) -> dict[str, list[str]]:
    """{"tune": [...], "held_out": [...]} of pair keys; each label keeps round(n/3) pairs aside."""
    rng = random.Random(seed)
    held: list[str] = []
    for label in (True, False):
        keys = sorted(pair_key(p) for p in pairs if p["overlap"] is label)
        held += rng.sample(keys, round(len(keys) * HELD_OUT_SHARE))
    held_set = set(held)
    return {"tune": sorted(pair_key(p) for p in pairs if pair_key(p) not in held_set),
            "held_out": sorted(held)}


def main(argv: list[str]) -> int:
    gold = json.loads(GOLD.read_text(encoding="utf-8"))
    wanted = split(gold["pairs"])
    if "--check" in argv:
        return 0 if gold.get("split") == wanted else 1
    gold["split"] = wanted
    GOLD.write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"{len(wanted['tune'])} tune, {len(wanted['held_out'])} held out -> {GOLD}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
