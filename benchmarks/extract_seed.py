"""Time the extraction of the whole seed corpus (decode + spaCy pipeline + records).

    python benchmarks/extract_seed.py [--repeat 5]

Prints the best and median wall time of a full pass; the pipeline is built once beforehand,
as a long-running service or CLI invocation over many files would.
"""
from __future__ import annotations

import argparse
import statistics
import time
from pathlib import Path

from api.files import expand_paths, extract_paths
from extraction.pipeline import default_nlp

ROOT = Path(__file__).resolve().parent.parent


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    t0 = time.perf_counter()
    default_nlp()
    build = time.perf_counter() - t0
    files = expand_paths([ROOT / "seed"])
    chars = sum(len(p.read_text(encoding="utf-8")) for p in files)
    runs = []
    for _ in range(args.repeat):
        t = time.perf_counter()
        result = extract_paths(files, workers=1)  # one core: the figure recorded in RESULTS.md
        runs.append(time.perf_counter() - t)
    measures = sum(len(p.measures) for d in result.documents for p in d.policies)
    print(f"pipeline build: {build:.2f}s; {len(files)} files, {chars} chars, {measures} measures")
    print(f"full seed extraction: best {min(runs):.3f}s, median {statistics.median(runs):.3f}s over {args.repeat} runs")


if __name__ == "__main__":
    main()
