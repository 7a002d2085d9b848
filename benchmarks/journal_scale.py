"""One more document into a big embedded store, with the journal (issue 10: < 3 s at 10,000 policies).

    python -m benchmarks.journal_scale DATA_DIR FILE

DATA_DIR is an existing data directory (it is written to: give it a copy); FILE one more policy
file. Measured in one process, each part apart (wall and CPU seconds):
- open: `MemoryStore(DATA_DIR)` (graph.json loaded, the journal replayed);
- extract: the file's extraction (`api.files.extract_file`);
- write: `store.ingest` of it, a run of one (its plan executed in place, one journal entry
  appended and fsync'd);
- overlaps: `store.recompute_overlaps()` after it, as `policykg ingest` does: incremental when
  DATA_DIR holds an overlap state (graph/overlaps_update.py; `policykg overlaps --full` makes
  one), `overlaps_mode` says which ran; total_s is extract + write + overlaps;
- reopen: a new `MemoryStore(DATA_DIR)` after the first is dropped (graph.json + the entry replayed);
- compact: `store.compact()` (graph.json rewritten, the journal started afresh).
Prints the load average before and after: other processes share the cores.
"""
from __future__ import annotations

import gc
import json
import os
import resource
import sys
import time
from pathlib import Path


def _timed(f):
    t, cpu = time.perf_counter(), time.process_time()
    out = f()
    return out, round(time.perf_counter() - t, 2), round(time.process_time() - cpu, 2)


def main() -> None:
    from api.files import extract_file
    from graph.memory_store import MemoryStore

    data, file = Path(sys.argv[1]), Path(sys.argv[2])
    result: dict = {"load_before": os.getloadavg()}
    store, result["open_s"], result["open_cpu_s"] = _timed(lambda: MemoryStore(data))
    doc, result["extract_s"], result["extract_cpu_s"] = _timed(lambda: extract_file(file))
    summary, result["write_s"], result["write_cpu_s"] = _timed(lambda: store.ingest(doc))
    result["status"] = summary.status
    result["overlaps_mode"] = "incremental" if store._overlap_state() is not None else "full"
    result["pairs"], result["overlaps_s"], result["overlaps_cpu_s"] = _timed(store.recompute_overlaps)
    result["total_s"] = round(result["extract_s"] + result["write_s"] + result["overlaps_s"], 2)
    result["journal_bytes"] = (data / "graph.journal").stat().st_size
    result["graph_json_bytes"] = (data / "graph.json").stat().st_size
    counts = store.counts()
    del store
    gc.collect()
    store, result["reopen_s"], result["reopen_cpu_s"] = _timed(lambda: MemoryStore(data))
    assert store.counts() == counts
    _, result["compact_s"], result["compact_cpu_s"] = _timed(store.compact)
    result["peak_rss_mb"] = round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)
    result["load_after"] = os.getloadavg()
    print(json.dumps(result))


if __name__ == "__main__":
    main()
