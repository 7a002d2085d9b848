"""How much of a generated corpus the extractor reads back: the generator's manifest against
`policykg extract --json` output (or an ExtractionResult dumped to a dict).

    python -m benchmarks.corpus_check DIR/manifest.json extracted.json [--verbose]

Prints one line per fact: found / generated and the share. Facts are counted per generated item
(a policy's title, region, 文号, each supersession, each measure and its amounts, percentages, match
ratio and responsible units), so a missed measure misses its facts too, as in the dev-set scorer.
"""
from __future__ import annotations

import argparse
import json
from collections import Counter
from pathlib import Path

FACTS = ["policies", "title", "region", "doc_number", "supersedes", "measures", "amounts", "percentages",
         "match_ratios", "agencies", "extra_measures"]


def _squash(text: str) -> str:
    return "".join(text.split())


def _same_file(extracted_path: str, generated_file: str) -> bool:
    return Path(extracted_path).as_posix().endswith(generated_file)


def compare(manifest: dict, extracted: dict, missed: list[str] | None = None) -> dict[str, tuple[int, int]]:
    """fact -> (found, generated); extra_measures is (extracted measures matching none, extracted).
    Appends a line per generated measure the extractor did not find to `missed`, when given."""
    found: Counter = Counter()
    total: Counter = Counter()
    docs = extracted["documents"]
    for f in manifest["files"]:
        doc = next((d for d in docs if _same_file(d["path"], f["file"])), None)
        if doc is None:
            continue  # every fact of this file counts as missed
        total["policies"] += 1
        policies = doc["policies"]
        policy = next((p for p in policies if p.get("doc_number") == f["doc_number"]), None) or \
            next((p for p in policies if p["measures"]), policies[0] if policies else None)
        _count_policy(f, policy, found, total)
        measures = [m for p in policies for m in p["measures"]]
        used = set()
        for gm in f["measures"]:
            total["measures"] += 1
            total["amounts"] += len(gm["amounts_yuan"])
            total["percentages"] += len(gm["percentages"])
            total["match_ratios"] += gm["match_ratio"] is not None
            total["agencies"] += len(gm["agencies"])
            em = next((m for m in measures if id(m) not in used and gm["starts_with"] in _squash(m["text"])[:60]), None)
            if em is None:
                if missed is not None:
                    missed.append(f"{f['file']} {gm['number']} {gm['kind']}: {gm['starts_with']}")
                continue
            used.add(id(m := em))
            found["measures"] += 1
            yuan = Counter(a["value"] for a in m["amounts"] if a["unit"] == "yuan")
            pct = Counter(a["value"] for a in m["amounts"] if a["unit"] == "percent")
            found["amounts"] += sum((Counter(gm["amounts_yuan"]) & yuan).values())
            found["percentages"] += sum((Counter(gm["percentages"]) & pct).values())
            ratios = {fm.get("ratio") for fm in m.get("funding_matches", [])} | \
                {a["value"] for a in m["amounts"] if a["unit"] == "ratio"}
            found["match_ratios"] += gm["match_ratio"] is not None and gm["match_ratio"] in ratios
            raws = {a["raw"] for a in m["agencies"]}
            found["agencies"] += sum(1 for a in gm["agencies"] if a in raws)
        found["extra_measures"] += len(measures) - len(used)
        total["extra_measures"] += len(measures)
    return {k: (found[k], total[k]) for k in FACTS}


def _count_policy(f: dict, policy: dict | None, found: Counter, total: Counter) -> None:
    total["title"] += 1
    total["region"] += 1
    total["doc_number"] += 1
    total["supersedes"] += len(f["supersedes"])
    if policy is None:
        return
    found["policies"] += 1
    found["title"] += _squash(policy["title"]) == _squash(f["title"])
    found["region"] += policy.get("region") == f["region"]
    found["doc_number"] += policy.get("doc_number") == f["doc_number"]
    refs = policy.get("supersedes", [])
    for s in f["supersedes"]:
        found["supersedes"] += any(
            (s["doc_number"] and r.get("doc_number") == s["doc_number"])
            or (r.get("title") and _squash(r["title"]) == _squash(s["title"])) for r in refs)


def shares(counts: dict[str, tuple[int, int]]) -> dict[str, float]:
    return {k: (f / t if t else 1.0) for k, (f, t) in counts.items()}


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("manifest", type=Path)
    parser.add_argument("extracted", type=Path)
    parser.add_argument("--verbose", action="store_true", help="also list the generated measures not found")
    args = parser.parse_args()
    missed: list[str] = []
    counts = compare(json.loads(args.manifest.read_text(encoding="utf-8")),
                     json.loads(args.extracted.read_text(encoding="utf-8")), missed)
    if args.verbose:
        print("\n".join(f"missed {m}" for m in missed))
    for k, (f, t) in counts.items():
        print(f"{k:15} {f:6} / {t:<6} {f / t if t else 1:.3f}")


if __name__ == "__main__":
    main()
