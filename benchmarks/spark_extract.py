"""Time `policykg spark-extract` in local mode: wall clock and the CPU of the whole process tree.

    python -m benchmarks.spark_extract /tmp/c1k/policies [--master 'local[2]']

Runs the command in a subprocess and samples, every 0.2 s, the CPU time (user + system) of it
and every process below it (the JVM, Spark's Python workers): rusage does not see them, since
the driver never waits for the JVM. The sum of the last samples is the run's CPU, JVM start
and pipeline builds included; characters are those of the files read (UTF-8 decoded). The
output goes to a temporary directory, deleted afterwards.
"""
from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

TICK = os.sysconf("SC_CLK_TCK")


def tree_cpu(root: int) -> dict[int, float]:
    """CPU seconds so far of `root` and its descendants, by pid."""
    parents, cpu = {}, {}
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        parents[int(entry.name)] = int(fields[1])
        cpu[int(entry.name)] = (int(fields[11]) + int(fields[12])) / TICK
    found = {}
    for pid in cpu:
        p = pid
        while p and p != root:
            p = parents.get(p, 0)
        if p == root:
            found[pid] = cpu[pid]
    return found


def run_measured(cli_args: list[str]) -> tuple[str, float, dict[int, float]]:
    """Run `policykg CLI_ARGS` as a child process: what it printed, its wall seconds, and the
    CPU seconds of each process of its tree (sampled every 0.2 s: Spark's JVM and Python workers
    are children that end before it does)."""
    t = time.perf_counter()
    proc = subprocess.Popen([sys.executable, "-m", "api.cli", *cli_args],
                            stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    seen: dict[int, float] = {}
    while proc.poll() is None:
        seen.update(tree_cpu(proc.pid))
        time.sleep(0.2)
    return proc.stdout.read(), time.perf_counter() - t, seen


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("input", type=Path)
    parser.add_argument("--master", default="local[2]")
    args = parser.parse_args()
    chars = sum(len(p.read_bytes().decode("utf-8", "replace")) for p in args.input.rglob("*") if p.is_file())
    with tempfile.TemporaryDirectory() as out:
        printed, wall, seen = run_measured(["spark-extract", str(args.input), str(Path(out) / "records"),
                                            "--master", args.master, "--json"])
    cpu = sum(seen.values())
    print(printed.strip())
    print(f"{chars:,} characters: wall {wall:.1f} s ({chars / wall:,.0f} chars/s); CPU {cpu:.1f} s of the process "
          f"tree ({chars / cpu:,.0f} chars per CPU-second), {len(seen)} processes")


if __name__ == "__main__":
    main()
