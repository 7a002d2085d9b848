"""Every named GET route's latency on a store that already holds a large graph, one request at a
time (issue 10: "every named route p95 < 100 ms at 10k on both stores, sequential requests").

    python -m benchmarks.route_latency --data-dir DIR                  # the embedded store in DIR
    python -m benchmarks.route_latency --neo4j bolt://127.0.0.1:PORT   # the graph in that Neo4j

Nothing is ingested: the store is measured as it is (build one with `policykg ingest` of a
generated corpus, see benchmarks/generate_corpus.py). Parameters are drawn from the store's own
nodes, opened in this process (benchmarks/load.py's `requests_for`: 12 parameter sets a route),
then `policykg serve` (one worker) is started on the store and each request is sent once, in
turn: the **cold** pass, where every answer is computed (the answer cache starts empty), then
the same requests again, the **warm** pass, answered from the cache. Prints per route the
requests, p50/p95/max of the cold pass and the p95 of the warm pass, in ms, and the load average
(other processes share the cores). A request that does not answer 200 (a region without
responsible agencies is a 404 by design) is counted apart, not timed.
"""
from __future__ import annotations

import argparse
import json
import os
import random
import sys
import time
from pathlib import Path

import httpx

from api.service import open_store
from api.settings import Settings
from benchmarks.load import cli, free_port, pct, refuse_remote, server_env, stop_server

ROOT = Path(__file__).resolve().parent.parent
LABELS = ("Policy", "Measure", "Agency", "Sector", "FundingSource")  # what requests_for draws from


def nodes_by_label(store: str, data_dir: str | None, neo4j: str | None) -> dict[str, list[dict]]:
    settings = Settings(store=store, data_dir=Path(data_dir or "."), **({"neo4j_uri": neo4j} if neo4j else {}))
    opened = open_store(settings)
    try:
        return {label: [{k: v for k, v in n.items() if k != "label"} for n in opened.nodes(label)] for label in LABELS}
    finally:
        opened.close()


def start(store: str, data_dir: str, neo4j: str | None, timeout: float) -> tuple:
    import subprocess

    port = free_port()
    proc = subprocess.Popen(cli("serve", "--host", "127.0.0.1", "--port", str(port), "--workers", "1"),
                            env=server_env(store, data_dir, neo4j), cwd=ROOT)
    base, t0 = f"http://127.0.0.1:{port}", time.monotonic()
    while time.monotonic() - t0 < timeout:
        if proc.poll() is not None:
            sys.exit(f"policykg serve exited with {proc.returncode}")
        try:
            if httpx.get(f"{base}/health", timeout=2).status_code == 200:
                return proc, base, time.monotonic() - t0
        except httpx.HTTPError:
            pass
        time.sleep(0.2)
    stop_server(proc)
    sys.exit(f"policykg serve did not answer /health within {timeout:.0f} s")


def timed(client: httpx.Client, path: str) -> tuple[int, float]:
    t = time.perf_counter()
    status = client.get(path).status_code
    return status, time.perf_counter() - t


def measure(base: str, routes: dict[str, list[str]]) -> dict[str, dict]:
    out: dict[str, dict] = {}
    with httpx.Client(base_url=base, timeout=300) as client:
        client.get("/health")
        cold: dict[str, list[tuple[str, float]]] = {}
        for route, paths in routes.items():
            for p in paths:
                status, s = timed(client, p)
                cold.setdefault(route, []).append((p, s) if status == 200 else (p, -status))
        for route, rows in cold.items():
            ok = [(p, s) for p, s in rows if s >= 0]
            warm = sorted(timed(client, p)[1] for p, _ in ok)
            lat = sorted(s for _, s in ok)
            out[route] = {"requests": len(ok), "not_200": len(rows) - len(ok),
                          "cold_p50_ms": 1000 * pct(lat, 0.5), "cold_p95_ms": 1000 * pct(lat, 0.95),
                          "cold_max_ms": 1000 * (lat[-1] if lat else float("nan")),
                          "slowest": max(ok, key=lambda r: r[1])[0] if ok else None,
                          "warm_p95_ms": 1000 * pct(warm, 0.95)}
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    where = parser.add_mutually_exclusive_group(required=True)
    where.add_argument("--data-dir", help="an embedded store's data directory")
    where.add_argument("--neo4j", help="Bolt URI of a Neo4j on 127.0.0.1 holding the graph")
    parser.add_argument("--seed", type=int, default=9)
    parser.add_argument("--start-timeout", type=float, default=300)
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--route", action="append", default=[],
                        help="measure only routes containing this text (repeatable), e.g. --route /policies")
    args = parser.parse_args()
    from benchmarks.load import requests_for

    store = "neo4j" if args.neo4j else "memory"
    if args.neo4j:
        from urllib.parse import urlsplit

        refuse_remote(urlsplit(args.neo4j).hostname, "Neo4j")
    routes = requests_for(nodes_by_label(store, args.data_dir, args.neo4j), random.Random(args.seed))
    if args.route:
        routes = {r: paths for r, paths in routes.items() if any(part in r for part in args.route)}
        if not routes:
            sys.exit(f"no route contains any of {args.route}")
    load_before = os.getloadavg()
    proc, base, started = start(store, args.data_dir or ".", args.neo4j, args.start_timeout)
    try:
        result = measure(base, routes)
    finally:
        stop_server(proc)
    summary = {"store": store, "api_start_s": started, "load_before": load_before, "load_after": os.getloadavg(),
               "routes": result}
    if args.json:
        print(json.dumps(summary, ensure_ascii=False, indent=1))
        return
    print(f"{store}: API start {started:.1f} s, load {load_before[0]:.1f} -> {summary['load_after'][0]:.1f}")
    print(f"{'route':38} {'n':>3} {'cold p50':>9} {'cold p95':>9} {'cold max':>9} {'warm p95':>9}")
    for route, r in result.items():
        print(f"{route:38} {r['requests']:>3} {r['cold_p50_ms']:>9.1f} {r['cold_p95_ms']:>9.1f} "
              f"{r['cold_max_ms']:>9.1f} {r['warm_p95_ms']:>9.1f}" + (f"  ({r['not_200']} not 200)" if r["not_200"] else ""))


if __name__ == "__main__":
    main()
