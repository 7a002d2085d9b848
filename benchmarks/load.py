"""Load the HTTP API with many clients over every named GET route, on the seed graph.

    python benchmarks/load.py [--clients 50] [--seconds 60] [--workers N] [--neo4j bolt://127.0.0.1:17687]

For each store it ingests seed/ (the embedded store into a temporary data directory; Neo4j
into the server given, which is left holding the seed), starts `policykg serve` on a free port
of 127.0.0.1, takes realistic parameters from the graph itself (policy ids, regions, agencies,
sectors, funding sources, measures and overlap clusters it holds), keeps the requests that answer
200 once, then lets C clients (asyncio, keep-alive connections; see RawConnection) send them
for D seconds after a short warm-up, and prints req/s, p50/p95/p99 latency and errors (any
non-200 answer or failed request), with the load average and the load generator's own CPU use.
Bounded on purpose: it only ever talks to 127.0.0.1 and refuses any other host.
"""
from __future__ import annotations

import argparse
import asyncio
import os
import random
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import quote, urlencode, urlsplit

import httpx

ROOT = Path(__file__).resolve().parent.parent
LOCAL_HOSTS = ("127.0.0.1", "localhost")
MAX_CLIENTS, MAX_SECONDS = 500, 600
PER_ROUTE = 12  # distinct parameter sets per route
DATES = ("2024-01-01", "2025-06-01", "2026-12-06")


def refuse_remote(host: str | None, what: str) -> None:
    if host not in LOCAL_HOSTS:
        sys.exit(f"load.py only drives 127.0.0.1: refusing {what} on {host!r}")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def cli(*args: str) -> list[str]:
    return [sys.executable, "-m", "api.cli", *args]


def server_env(store: str, data_dir: str, neo4j: str | None) -> dict:
    env = {k: v for k, v in os.environ.items() if not k.startswith("POLICYKG_")}
    env.update(POLICYKG_STORE=store, POLICYKG_DATA_DIR=data_dir, PYTHONPATH=str(ROOT))
    if neo4j:
        env["POLICYKG_NEO4J_URI"] = neo4j
    return env


def start_server(store: str, neo4j: str | None, workers: int | None, data_dir: str) -> tuple[subprocess.Popen, str]:
    env = server_env(store, data_dir, neo4j)
    subprocess.run(cli("ingest", str(ROOT / "seed"), "--json"), env=env, cwd=ROOT, check=True,
                   stdout=subprocess.DEVNULL)
    port = free_port()
    args = ["serve", "--host", "127.0.0.1", "--port", str(port)] + (["--workers", str(workers)] if workers else [])
    proc = subprocess.Popen(cli(*args), env=env, cwd=ROOT)
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            sys.exit(f"policykg serve exited with {proc.returncode}")
        try:
            if httpx.get(f"{base}/health", timeout=2).status_code == 200:
                return proc, base
        except httpx.HTTPError:
            pass
        time.sleep(0.3)
    proc.terminate()
    sys.exit("policykg serve did not answer /health within 60 s")


def stop_server(proc: subprocess.Popen) -> None:
    proc.terminate()
    try:
        proc.wait(timeout=20)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait()


def _q(path: str, **params) -> str:
    params = {k: v for k, v in params.items() if v is not None}
    return path + ("?" + urlencode(params, doseq=True) if params else "")


def _sample(items, rng: random.Random, n: int = PER_ROUTE) -> list:
    items = sorted(set(i for i in items if i))
    return rng.sample(items, min(n, len(items)))


def requests_from_graph(base: str, rng: random.Random) -> dict[str, list[str]]:
    """Per route, request paths whose parameters are taken from the graph being served."""
    graph = httpx.get(f"{base}/export", params={"format": "json"}, timeout=60).json()
    by_label: dict[str, list[dict]] = {}
    for n in graph["nodes"]:
        by_label.setdefault(n["labels"][0], []).append({"id": n["id"], **n["properties"]})
    return requests_for(by_label, rng)


def requests_for(by_label: dict[str, list[dict]], rng: random.Random) -> dict[str, list[str]]:
    """Per named GET route, request paths with parameters drawn from the graph's nodes by label
    (each node a dict with its `id` and properties)."""
    policies = [p for p in by_label.get("Policy", [])]
    real = [p for p in policies if not p.get("stub")]
    regions = _sample((p.get("region") for p in real), rng)
    sectors = _sample((s.get("name") for s in by_label.get("Sector", [])), rng)
    agencies = _sample((a.get("name") for a in by_label.get("Agency", [])), rng)
    sources = _sample((f.get("name") for f in by_label.get("FundingSource", [])), rng)
    clusters = _sample((m.get("overlap_cluster") for m in by_label.get("Measure", [])), rng)
    measures = _sample((m["id"] for m in by_label.get("Measure", [])), rng)
    pids = _sample((p["id"] for p in policies), rng)
    numbers = _sample(((p.get("doc_number") or "")[-4:] for p in real), rng)
    seg = lambda s: quote(s, safe="")  # noqa: E731
    return {
        "GET /policies": [_q("/policies")] + [_q("/policies", region=r[:2]) for r in regions[:4]]
        + [_q("/policies", sector=s) for s in sectors[:4]] + [_q("/policies", in_force_on=d) for d in DATES]
        + [_q("/policies", q=n, include_stubs="true") for n in numbers[:4]],
        "GET /policies/{id}": [_q(f"/policies/{p}", on=rng.choice(DATES)) for p in pids],
        "GET /policies/{id}/chain": [f"/policies/{p}/chain" for p in pids],
        "GET /agencies": [_q("/agencies", name=a[-4:]) for a in agencies],
        "GET /regions/{region}/departments": [f"/regions/{seg(r)}/departments" for r in regions],
        "GET /funding-matches": [_q("/funding-matches")] + [_q("/funding-matches", source=s[-3:]) for s in sources],
        "GET /sectors/{sector}/comparison": [_q(f"/sectors/{seg(s)}/comparison", region=rng.sample(regions, min(2, len(regions))))
                                             for s in sectors],
        "GET /overlaps": [_q("/overlaps")] + [_q("/overlaps", region=r[:2]) for r in regions[:4]]
        + [_q("/overlaps", sector=s) for s in sectors[:4]],
        "GET /measures/{id}/overlaps": [f"/measures/{m}/overlaps" for m in measures],
        "GET /graph/chain/{id}": [f"/graph/chain/{p}" for p in pids],
        "GET /graph/departments/{region}": [f"/graph/departments/{seg(r)}" for r in regions],
        "GET /graph/overlaps/{cluster}": [f"/graph/overlaps/{seg(c)}" for c in clusters],
        "GET /queries": ["/queries"],
    }


def keep_answering(base: str, routes: dict[str, list[str]]) -> tuple[list[tuple[str, str]], dict[str, int]]:
    """The requests that answer 200 now (a region without responsible agencies is a 404 by
    design, not a failure under load); how many of each route were dropped."""
    kept, dropped = [], {}
    with httpx.Client(base_url=base, timeout=60) as client:
        for route, paths in routes.items():
            for p in paths:
                if client.get(p).status_code == 200:
                    kept.append((route, p))
                else:
                    dropped[route] = dropped.get(route, 0) + 1
    missing = [r for r in routes if not any(k[0] == r for k in kept)]
    if missing:
        sys.exit(f"no request of {missing} answers 200 on this graph")
    return kept, dropped


@dataclass
class Tally:
    latencies: list[float] = field(default_factory=list)
    errors: int = 0
    error_samples: list[str] = field(default_factory=list)


class RawConnection:
    """A minimal HTTP/1.1 keep-alive GET client on asyncio streams. httpx costs ~2.5 ms of CPU per
    request, on the same two cores as the server: measured with it, the benchmark mostly
    measures itself (`--client httpx` still does)."""

    def __init__(self, host: str, port: int):
        self.host, self.port = host, port
        self.reader: asyncio.StreamReader | None = None
        self.writer: asyncio.StreamWriter | None = None

    async def get(self, path: str) -> int:
        if self.writer is None:
            self.reader, self.writer = await asyncio.open_connection(self.host, self.port)
        try:
            self.writer.write(f"GET {path} HTTP/1.1\r\nHost: {self.host}:{self.port}\r\n\r\n".encode())
            head = (await self.reader.readuntil(b"\r\n\r\n")).decode("latin-1").split("\r\n")
            status = int(head[0].split(" ", 2)[1])
            headers = {k.strip().lower(): v.strip() for k, _, v in (h.partition(":") for h in head[1:] if h)}
            if "content-length" in headers:
                await self.reader.readexactly(int(headers["content-length"]))
            elif headers.get("transfer-encoding") == "chunked":
                while size := int((await self.reader.readuntil(b"\r\n")).split(b";")[0], 16):
                    await self.reader.readexactly(size + 2)
                await self.reader.readuntil(b"\r\n")
            if headers.get("connection") == "close":
                self.close()
            return status
        except BaseException:
            self.close()
            raise

    def close(self) -> None:
        if self.writer is not None:
            self.writer.close()
        self.reader = self.writer = None


async def drive(base: str, requests: list[tuple[str, str]], clients: int, seconds: float, warmup: float,
                seed: int, client_kind: str = "raw") -> Tally:
    tally = Tally()
    url = urlsplit(base)
    limits = httpx.Limits(max_connections=clients, max_keepalive_connections=clients)
    async with httpx.AsyncClient(base_url=base, limits=limits, timeout=30) as shared:
        start = time.perf_counter()
        counting_from, end = start + warmup, start + warmup + seconds

        async def one_client(i: int) -> None:
            rng = random.Random(seed + i)
            raw = RawConnection(url.hostname, url.port)
            while (now := time.perf_counter()) < end:
                _, path = rng.choice(requests)
                try:
                    if client_kind == "raw":
                        status = await asyncio.wait_for(raw.get(path), 30)
                    else:
                        status = (await shared.get(path)).status_code
                    ok, problem = status == 200, f"{status} {path}"
                except (httpx.HTTPError, OSError, asyncio.TimeoutError, asyncio.IncompleteReadError, ValueError) as exc:
                    ok, problem = False, f"{type(exc).__name__} {path}"
                if now >= counting_from:
                    tally.latencies.append(time.perf_counter() - now)
                    if not ok:
                        tally.errors += 1
                        if len(tally.error_samples) < 5:
                            tally.error_samples.append(problem)
            raw.close()

        await asyncio.gather(*(one_client(i) for i in range(clients)))
    return tally


def pct(sorted_values: list[float], q: float) -> float:
    return sorted_values[min(len(sorted_values) - 1, int(q * len(sorted_values)))] if sorted_values else float("nan")


def run_store(store: str, args) -> dict:
    with tempfile.TemporaryDirectory(prefix="policykg-load-") as data_dir:
        proc, base = start_server(store, args.neo4j, args.workers, data_dir)
        try:
            requests, dropped = keep_answering(base, requests_from_graph(base, random.Random(args.seed)))
            load_before = os.getloadavg()
            cpu0, t0 = time.process_time(), time.perf_counter()
            tally = asyncio.run(drive(base, requests, args.clients, args.seconds, args.warmup, args.seed, args.client))
            cpu = (time.process_time() - cpu0) / (time.perf_counter() - t0)
            load_after = os.getloadavg()
        finally:
            stop_server(proc)
    lat = sorted(tally.latencies)
    return {
        "store": store, "client": args.client, "clients": args.clients, "seconds": args.seconds, "requests": len(lat),
        "req_per_s": len(lat) / args.seconds, "p50_ms": 1000 * pct(lat, 0.50), "p95_ms": 1000 * pct(lat, 0.95),
        "p99_ms": 1000 * pct(lat, 0.99), "max_ms": 1000 * (lat[-1] if lat else float("nan")),
        "mean_ms": 1000 * (statistics.fmean(lat) if lat else float("nan")), "errors": tally.errors,
        "error_samples": tally.error_samples, "distinct_requests": len(requests), "routes": len({route for route, _ in requests}), "dropped_at_setup": dropped,
        "client_cpu": cpu, "load_before": load_before, "load_after": load_after,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--clients", type=int, default=50, help="concurrent clients (default 50)")
    parser.add_argument("--seconds", type=float, default=60, help="measured seconds per store (default 60)")
    parser.add_argument("--warmup", type=float, default=5, help="seconds of load before measuring (default 5)")
    parser.add_argument("--workers", type=int, help="policykg serve --workers (default: its own, one per core)")
    parser.add_argument("--neo4j", help="Bolt URI of a Neo4j on 127.0.0.1 to run the Neo4j store against too "
                                        "(seed/ is ingested into it)")
    parser.add_argument("--store", action="append", choices=("memory", "neo4j"),
                        help="store(s) to run (default: memory, and neo4j when --neo4j is given)")
    parser.add_argument("--client", choices=("raw", "httpx"), default="raw",
                        help="raw: a minimal keep-alive HTTP/1.1 client (default); httpx: httpx.AsyncClient")
    parser.add_argument("--seed", type=int, default=9)
    args = parser.parse_args()
    if not 1 <= args.clients <= MAX_CLIENTS or not 0 < args.seconds <= MAX_SECONDS:
        sys.exit(f"--clients must be 1..{MAX_CLIENTS} and --seconds 0..{MAX_SECONDS}")
    stores = args.store or (["memory"] + (["neo4j"] if args.neo4j else []))
    if "neo4j" in stores:
        if not args.neo4j:
            sys.exit("--store neo4j needs --neo4j bolt://127.0.0.1:PORT")
        refuse_remote(urlsplit(args.neo4j).hostname, "Neo4j")
    for store in stores:
        r = run_store(store, args)
        print(f"{r['store']}: {r['clients']} clients ({r['client']}) x {r['seconds']:g} s, {r['distinct_requests']} distinct requests "
              f"over {r['routes']} routes: {r['req_per_s']:.0f} req/s, p50 {r['p50_ms']:.0f} ms, "
              f"p95 {r['p95_ms']:.0f} ms, p99 {r['p99_ms']:.0f} ms (max {r['max_ms']:.0f} ms), "
              f"{r['errors']} errors in {r['requests']} requests")
        print(f"  load average {r['load_before'][0]:.2f} before, {r['load_after'][0]:.2f} after; "
              f"the load generator used {100 * r['client_cpu']:.0f}% of a core"
              + (f"; dropped at setup (not 200): {r['dropped_at_setup']}" if r["dropped_at_setup"] else "")
              + (f"; errors e.g. {r['error_samples']}" if r["error_samples"] else ""))


if __name__ == "__main__":
    main()
