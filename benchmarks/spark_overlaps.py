"""Time `policykg spark-overlaps` in local mode against the in-process derivation on the same records.

    python -m benchmarks.spark_overlaps /tmp/so-c1k/records [--master 'local[2]']

Runs the command in a subprocess and samples the CPU of its whole process tree (driver, JVM,
Python workers; benchmarks/spark_extract.py run_measured), then derives the same overlaps in this
process with graph/overlaps.py overlap_rows (wall and process CPU, reading the records
included) and says whether the rows are identical. The output goes to a temporary directory.
"""
from __future__ import annotations

import argparse
import json
import os
import tempfile
import time
from pathlib import Path

from api.spark_job import read_jsonl
from benchmarks.spark_extract import run_measured
from graph.overlaps import MeasureInfo, overlap_rows


def in_process(records: Path) -> tuple[list[dict], int]:
    """The measures as a store loaded from the records holds them (the last line wins), and their rows."""
    measures: dict[str, tuple] = {}
    policies: dict[str, bool] = {}
    for doc in read_jsonl([records]):
        for p in doc.get("policies") or ():
            policies[p["id"]] = bool(p.get("non_cumulative"))
            for m in p["measures"]:
                measures[m["id"]] = (p["id"], p.get("region"), m.get("heading"), m.get("text") or "",
                                     tuple(m.get("sectors") or ()))
    infos = [MeasureInfo(mid, pid, region, policies[pid], heading, text, sectors)
             for mid, (pid, region, heading, text, sectors) in measures.items()]
    return overlap_rows(infos)[0], len(infos)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("records", type=Path)
    parser.add_argument("--master", default="local[2]")
    args = parser.parse_args()
    print(f"load average before: {os.getloadavg()[0]:.1f}")
    with tempfile.TemporaryDirectory() as out:
        printed, wall, seen = run_measured(["spark-overlaps", str(args.records), str(Path(out) / "overlaps"),
                                            "--master", args.master, "--json"])
        spark_rows = list(read_jsonl([Path(out) / "overlaps"]))
    print(printed.strip())
    print(f"spark-overlaps --master {args.master}: wall {wall:.1f} s, CPU {sum(seen.values()):.1f} s of the process "
          f"tree ({len(seen)} processes); load average after: {os.getloadavg()[0]:.1f}")
    t, c = time.perf_counter(), time.process_time()
    rows, n = in_process(args.records)
    print(f"overlap_rows in one process: {n} measures, {len(rows)} pairs, wall {time.perf_counter() - t:.1f} s, "
          f"CPU {time.process_time() - c:.1f} s")
    print("identical rows" if json.loads(json.dumps(rows)) == spark_rows else "ROWS DIFFER")


if __name__ == "__main__":
    main()
