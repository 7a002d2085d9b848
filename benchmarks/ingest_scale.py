"""The embedded store at scale: ingest N generated policies into a fresh data directory, then one
more document, then time an API start on it.

    python -m benchmarks.ingest_scale [--policies 10000] [--corpus DIR] [--overlaps-policies 1000] [--data DIR]

Generates N + 1 policies with benchmarks/generate_corpus.py (or reads DIR/policies, made with
`python -m benchmarks.generate_corpus --policies N --out DIR`) and holds the last file out. Each
measurement runs in a child process of its own, so its peak RSS (resource.getrusage) is its own:
- ingest without overlaps: `api.service.ingest_paths` (extraction + the store's write run) of the
  N files, with overlap derivation switched off (the store reports them never stale);
- ingest with overlaps: the same, overlaps derived at the end as `policykg ingest` does, on the
  first `--overlaps-policies` files only (a first derivation scores every (kind, object) block,
  graph/overlaps.py; 0 skips this run);
- one more document: opening the N-policy store (timed apart), then the held-out file's extraction
  and its write (`MemoryStore.ingest`: a run of one, one journal entry appended), without its overlaps
  (with them, incrementally: `policykg ingest FILE --data-dir DIR`, see benchmarks/RESULTS.md);
- API start: `policykg serve` on that data directory as a subprocess, the time until /health
  answers 200.
Prints the machine's load average before and after: other processes share the cores.
"""
from __future__ import annotations

import argparse
import json
import os
import resource
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux


def _files(corpus: Path) -> list[Path]:
    return sorted((corpus / "policies").iterdir())


def _store_class(overlaps: bool):
    from graph.memory_store import MemoryStore

    if overlaps:
        return MemoryStore

    class WithoutOverlaps(MemoryStore):
        def overlaps_stale(self) -> bool:  # ingest_paths then skips deriving them
            return False

    return WithoutOverlaps


def phase_ingest(corpus: Path, count: int, data: Path, overlaps: bool) -> dict:
    from api.service import ingest_paths

    files = _files(corpus)[:count]
    t = time.perf_counter()
    store = _store_class(overlaps)(data)
    report = ingest_paths(store, [str(f) for f in files])
    took = time.perf_counter() - t
    return {"files": len(files), "documents": len(report.documents), "errors": len(report.errors),
            "policies": report.policies, "measures": report.measures, "overlaps": report.overlaps,
            "seconds": round(took, 1), "cpu_seconds": round(time.process_time(), 1),
            "peak_rss_mb": round(_peak_rss_mb()), "graph_mb": round((data / "graph.json").stat().st_size / 2**20),
            "counts": store.counts()}


def phase_one_more(corpus: Path, data: Path) -> dict:
    from api.files import extract_file

    last = _files(corpus)[-1]
    t = time.perf_counter()
    store = _store_class(False)(data)
    opened = time.perf_counter() - t
    open_cpu = time.process_time()
    t, cpu = time.perf_counter(), time.process_time()
    doc = extract_file(last)
    extracted, extract_cpu = time.perf_counter() - t, time.process_time() - cpu
    t, cpu = time.perf_counter(), time.process_time()
    status = store.ingest(doc).status  # a run of one: lock, plan in place, commit (a journal entry)
    write, write_cpu = time.perf_counter() - t, time.process_time() - cpu
    assert status == "created", status
    return {"open_seconds": round(opened, 2), "open_cpu_seconds": round(open_cpu, 2),
            "extract_seconds": round(extracted, 2), "extract_cpu_seconds": round(extract_cpu, 2),
            "store_write_seconds": round(write, 2), "store_write_cpu_seconds": round(write_cpu, 2),
            "total_seconds": round(extracted + write, 2), "peak_rss_mb": round(_peak_rss_mb())}


def phase_api_start(data: Path) -> dict:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    cli = Path(sys.executable).parent / "policykg"
    env = {k: v for k, v in os.environ.items() if not k.startswith("POLICYKG_")}
    env["PYTHONPATH"] = str(ROOT)
    t = time.perf_counter()
    proc = subprocess.Popen([str(cli), "serve", "--store", "memory", "--data-dir", str(data), "--port", str(port)],
                            cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        while True:
            if proc.poll() is not None:
                raise RuntimeError(f"policykg serve exited with {proc.returncode}")
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/health", timeout=60) as r:
                    if r.status == 200:
                        counts = json.load(r)["counts"]
                        break
            except OSError:
                time.sleep(0.1)
        took = time.perf_counter() - t
    finally:
        proc.terminate()
        proc.wait(timeout=30)
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)  # the server's CPU, nearly all of it start-up
    return {"seconds_to_health": round(took, 1), "server_cpu_seconds": round(usage.ru_utime + usage.ru_stime, 1),
            "documents": counts.get("Document")}


def _child(*args: str) -> dict:
    out = subprocess.run([sys.executable, "-m", "benchmarks.ingest_scale", "--phase", *args], cwd=ROOT,
                         env={**os.environ, "PYTHONPATH": str(ROOT)}, capture_output=True, text=True)
    if out.returncode != 0:
        raise RuntimeError(out.stderr[-3000:])
    return json.loads(out.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--policies", type=int, default=10000)
    parser.add_argument("--overlaps-policies", type=int, default=1000)
    parser.add_argument("--corpus", type=Path)
    parser.add_argument("--data", type=Path, help="where the N-policy data directory goes (must not exist)")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--phase", nargs="+", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.phase:
        name, *rest = args.phase
        if name == "ingest":
            result = phase_ingest(Path(rest[0]), int(rest[1]), Path(rest[2]), rest[3] == "overlaps")
        elif name == "one_more":
            result = phase_one_more(Path(rest[0]), Path(rest[1]))
        else:
            result = phase_api_start(Path(rest[0]))
        print(json.dumps(result, ensure_ascii=False))
        return

    corpus = args.corpus
    if corpus is None:
        from benchmarks.generate_corpus import generate

        corpus = Path(tempfile.mkdtemp(prefix="policykg-corpus-"))
        generate(args.policies + 1, corpus, args.seed)
    n = min(args.policies, len(_files(corpus)) - 1)  # the last file is the one more document
    data = args.data or Path(tempfile.mkdtemp(prefix="policykg-scale-")) / "data"
    if data.exists():
        parser.error(f"{data} exists: give a new directory")
    print(f"load average before: {os.getloadavg()}", flush=True)
    print("ingest without overlaps:", _child("ingest", str(corpus), str(n), str(data), "none"), flush=True)
    print("one more document:", _child("one_more", str(corpus), str(data)), flush=True)
    print("API start:", _child("api_start", str(data)), flush=True)
    if args.overlaps_policies:
        with tempfile.TemporaryDirectory() as tmp:
            print(f"ingest with overlaps ({args.overlaps_policies} policies):",
                  _child("ingest", str(corpus), str(args.overlaps_policies), str(Path(tmp) / "data"), "overlaps"),
                  flush=True)
    print(f"load average after: {os.getloadavg()}", flush=True)


if __name__ == "__main__":
    main()
