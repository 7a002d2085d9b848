"""Extraction throughput in characters per second, on one core and on all cores, against a bare
regex pass over the same text (the ceiling), measured in the same run.

    python -m benchmarks.extract_throughput [--policies 1000] [--seed 7] [--workers N] [--corpus DIR]

Generates N policies with benchmarks/generate_corpus.py (or reads DIR/policies), reads the bytes
into memory, then times:
- extraction on one core: api.files.extract_bytes per document (decode + spaCy pipeline + records),
  the pipeline built once beforehand;
- extraction on all cores: the same in a multiprocessing pool of N workers (default: all cores),
  the pipeline built once per worker process before the clock starts;
- the ceiling: a bare regex pass (amounts, percentages, clause markers, 文号, 责任单位) over the same
  decoded text, one core and all cores, best of 3.
Prints the machine's load average before and after: other processes share the cores.
"""
from __future__ import annotations

import argparse
import multiprocessing as mp
import os
import re
import tempfile
import time
from pathlib import Path

from api.files import extract_bytes
from benchmarks.generate_corpus import generate
from extraction.pipeline import default_nlp

# What a minimal regex extractor would look for: every character of the text is scanned once per pattern.
CEILING_PATTERNS = [re.compile(p, re.M) for p in (
    r"\d+(?:\.\d+)?\s*(?:万|亿)?元",
    r"\d+(?:\.\d+)?\s*[%％]",
    r"^\s*(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[）)]|第[一二三四五六七八九十百]+[条章]|\d+[.、])",
    r"[〔\[]\d{4}[〕\]]\d+号",
    r"[（(]责任(?:单位|部门)[：:]([^）)]*)[）)]",
    r"1\s*[:：]\s*\d+(?:\.\d+)?",
)]


# The corpus, set before the pool forks so workers get it by index instead of through a pipe.
_ITEMS: list[tuple[str, bytes]] = []
_TEXTS: list[str] = []


def regex_pass(text: str) -> int:
    return sum(1 for p in CEILING_PATTERNS for _ in p.finditer(text))


def _regex_chunk(indexes: range) -> int:
    return sum(regex_pass(_TEXTS[i]) for i in indexes)


def _init_worker() -> None:
    default_nlp()  # once per process (a no-op when forked from a parent that built it), before the clock starts


def _extract(i: int) -> tuple[int, int, float]:
    """(policies, measures, CPU seconds) of document i."""
    cpu = time.process_time()
    name, data = _ITEMS[i]
    doc = extract_bytes(data, name)
    return len(doc.policies), sum(len(p.measures) for p in doc.policies), time.process_time() - cpu


def _ready(_: int) -> int:
    time.sleep(0.05)  # long enough that every worker takes one
    return os.getpid()


def load_corpus(args: argparse.Namespace) -> list[tuple[str, bytes]]:
    corpus = args.corpus
    if corpus is None:
        corpus = Path(tempfile.mkdtemp(prefix="policykg-corpus-"))
        generate(args.policies, corpus, args.seed)
    files = sorted((corpus / "policies").iterdir())
    return [(str(p), p.read_bytes()) for p in files]


def timed(fn) -> tuple[float, object]:
    t = time.perf_counter()
    out = fn()
    return time.perf_counter() - t, out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--policies", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--workers", type=int, default=os.cpu_count() or 1)
    parser.add_argument("--corpus", type=Path, help="an existing generated corpus (DIR with policies/)")
    args = parser.parse_args()
    print(f"load average before: {' '.join(f'{x:.2f}' for x in os.getloadavg())} ({os.cpu_count()} cores)")
    items = _ITEMS[:] = load_corpus(args)
    texts = _TEXTS[:] = [data.decode("utf-8") for _, data in items]
    chars = sum(len(t) for t in texts)
    print(f"corpus: {len(items)} files, {chars:,} characters")

    build, _ = timed(default_nlp)
    for i in range(min(5, len(items))):  # first-call costs (lazy tables, caches) stay out of the timing
        _extract(i)
    single, counts = timed(lambda: [_extract(i) for i in range(len(items))])
    ctx = mp.get_context("fork")
    with ctx.Pool(args.workers, initializer=_init_worker) as pool:
        start, pids = timed(lambda: set(pool.map(_ready, range(args.workers * 4), chunksize=1)))
        multi, counts_multi = timed(lambda: pool.map(_extract, range(len(items)), chunksize=8))
        chunks = [range(i, min(i + 64, len(texts))) for i in range(0, len(texts), 64)]
        ceiling_multi = min(timed(lambda: sum(pool.map(_regex_chunk, chunks)))[0] for _ in range(3))
    cpu = time.process_time()
    ceiling_single = min(timed(lambda: sum(regex_pass(t) for t in texts))[0] for _ in range(3))
    ceiling_cpu = (time.process_time() - cpu) / 3
    if [c[:2] for c in counts_multi] != [c[:2] for c in counts]:
        raise SystemExit("the pool's records differ from one worker's")
    policies, measures = sum(c[0] for c in counts), sum(c[1] for c in counts)
    print(f"pipeline build {build:.2f}s; pool of {args.workers} ready in {start:.2f}s ({len(pids)} processes)")
    print(f"extracted {policies} policies, {measures} measures (same with 1 and {args.workers} workers)")
    rows = [("extraction, 1 core", single), (f"extraction, {args.workers} workers", multi),
            ("regex ceiling, 1 core", ceiling_single), (f"regex ceiling, {args.workers} workers", ceiling_multi)]
    for label, secs in rows:
        print(f"{label:28} {secs:8.2f}s {chars / secs:14,.0f} chars/s {len(items) / secs:9.1f} docs/s")
    for label, cs in (("1 core", counts), (f"{args.workers} workers", counts_multi)):
        cpu = sum(c[2] for c in cs)
        print(f"extraction CPU time, {label}: {cpu:.2f}s, {chars / cpu:,.0f} chars per CPU-second")
    print(f"regex ceiling CPU time, 1 core: {ceiling_cpu:.2f}s, {chars / ceiling_cpu:,.0f} chars per CPU-second")
    print(f"extraction is {ceiling_single / single:.2%} of the regex ceiling on 1 core, "
          f"{ceiling_multi / multi:.2%} with {args.workers} workers; speed-up {single / multi:.2f}x")
    print(f"load average after: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")


if __name__ == "__main__":
    main()
