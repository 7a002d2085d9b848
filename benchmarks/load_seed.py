"""Time loading the (already extracted) seed corpus into each store, from empty.

    python benchmarks/load_seed.py [--neo4j bolt://127.0.0.1:17687] [--repeat 3]

The Neo4j run empties that database first: point it at a scratch server.
"""
from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from pathlib import Path

from api.files import extract_paths
from graph.memory_store import MemoryStore

ROOT = Path(__file__).resolve().parent.parent


def timed(make_store, docs, repeat):
    runs = []
    for _ in range(repeat):
        store = make_store()
        t = time.perf_counter()
        for d in docs:
            store.ingest(d)
        runs.append(time.perf_counter() - t)
        counts = store.counts()
        store.close()
    return runs, counts


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--neo4j")
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    docs = extract_paths([ROOT / "seed"]).documents
    runs, counts = timed(lambda: MemoryStore(tempfile.mkdtemp()), docs, args.repeat)
    print(f"memory: median {statistics.median(runs):.3f}s (incl. atomic JSON writes) -> "
          f"{counts['Policy']} policies, {counts['Measure']} measures, {sum(counts.values())} nodes+relationships")
    if args.neo4j:
        from graph.neo4j_store import Neo4jStore

        def fresh():
            s = Neo4jStore(args.neo4j)
            s.clear()
            return s

        runs, counts = timed(fresh, docs, args.repeat)
        print(f"neo4j:  median {statistics.median(runs):.3f}s (one transaction per document) -> "
              f"{counts['Policy']} policies, {counts['Measure']} measures")


if __name__ == "__main__":
    main()
