"""The embedded store's file: graph.json in a data directory, shared by every process using it.

One writer at a time: a write holds an exclusive `flock` on `graph.lock` (and a thread lock, so
two threads of one process queue as well), re-reads graph.json if another process changed it,
applies its change and replaces the file atomically (temporary file, fsync, os.replace).
Readers never lock: they compare the file's identity (inode, mtime, size) with what they last
loaded and reload when it changed, so a running API sees what the CLI wrote.

The file is compact JSON written and read with orjson (several times faster than the standard
library's json, which is the fallback when orjson is missing): nodes as `[id, props]`, edges as
`[start, end, type, props]`, in the graph's own order (no sorting), built back by filling
networkx's adjacency dicts directly (`build_graph`; its `add_*` methods check every item and took
5 times as long). `copy_graph` copies the same way, for the store's write runs.
"""
from __future__ import annotations

import fcntl
import gc
import os
import tempfile
import threading
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

import networkx as nx

from extraction.errors import InputError

try:
    import orjson

    def _dumps(data) -> bytes:
        return orjson.dumps(data)

    _loads = orjson.loads
    _DecodeError: type[Exception] = orjson.JSONDecodeError
except ImportError:  # pragma: no cover - orjson is a dependency; stay readable without it
    import json

    def _dumps(data) -> bytes:
        return json.dumps(data, ensure_ascii=False, separators=(",", ":")).encode("utf-8")

    _loads = json.loads
    _DecodeError = json.JSONDecodeError

GRAPH_FILE = "graph.json"
LOCK_FILE = "graph.lock"
# 2: documents by content, `owners` on what they own (graph/write_plan.py); 3: compact rows, orjson
FORMAT_VERSION = 3

Signature = tuple[int, int, int]


@contextmanager
def gc_paused() -> Iterator[None]:
    """The cyclic garbage collector off while a large graph is built: parsing and building make
    millions of dicts and lists that live on, and each collection the allocations trigger would
    walk all of them again (a 10k-policy graph.json took 27 CPU-s to load with it, 10 without).
    Reference counting still frees what dies meanwhile; the collector runs again afterwards."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def build_graph(nodes, edges) -> nx.MultiDiGraph:
    """A MultiDiGraph from `[id, props]` and `[start, end, type, props]` rows, the props dicts
    taken as they are. Fills the dicts networkx itself keeps (`_node`, `_adj` = successors,
    `_pred`; one key dict shared by both directions), as `add_nodes_from`/`add_edges_from` would."""
    g = nx.MultiDiGraph()
    node, succ, pred = g._node, g._adj, g._pred
    for n, d in nodes:
        node[n] = d
        succ[n] = {}
        pred[n] = {}
    for u, v, k, d in edges:
        if u not in node or v not in node:
            raise ValueError(f"relationship {k} from {u!r} to {v!r}: a node it joins is missing")
        keys = succ[u].get(v)
        if keys is None:
            keys = succ[u][v] = pred[v][u] = {}
        keys[k] = d
    return g


def copy_graph(g: nx.MultiDiGraph) -> nx.MultiDiGraph:
    """`g.copy()` (every props dict copied, shallowly, as networkx does), by filling the dicts directly."""
    with gc_paused():
        return _copy_graph(g)


def _copy_graph(g: nx.MultiDiGraph) -> nx.MultiDiGraph:
    h = nx.MultiDiGraph()
    h.graph.update(g.graph)
    node, succ, pred = h._node, h._adj, h._pred
    for n, d in g._node.items():
        node[n] = d.copy()
        pred[n] = {}
    for u, nbrs in g._adj.items():
        out = succ[u] = {}
        for v, keys in nbrs.items():
            out[v] = pred[v][u] = {k: d.copy() for k, d in keys.items()}
    return h


class GraphFile:
    def __init__(self, data_dir: Path):
        self.data_dir = data_dir
        self.path = data_dir / GRAPH_FILE
        self.lock_path = data_dir / LOCK_FILE
        self._thread_lock = threading.RLock()
        data_dir.mkdir(parents=True, exist_ok=True)

    def signature(self) -> Signature | None:
        """The identity of the file now on disk (None when there is none yet)."""
        try:
            st = os.stat(self.path)
        except FileNotFoundError:
            return None
        return (st.st_ino, st.st_mtime_ns, st.st_size)

    @contextmanager
    def exclusive(self) -> Iterator[None]:
        """Hold the write lock: other writers, in this process or any other, wait."""
        with self._thread_lock:
            with open(self.lock_path, "a+b") as lock:
                fcntl.flock(lock.fileno(), fcntl.LOCK_EX)
                try:
                    yield
                finally:
                    fcntl.flock(lock.fileno(), fcntl.LOCK_UN)

    def load(self) -> tuple[nx.MultiDiGraph, int, Signature | None]:
        """The graph, its version (a counter every write increments) and the file's signature."""
        try:
            f = open(self.path, "rb")
        except FileNotFoundError:
            return nx.MultiDiGraph(), 0, None
        with f:
            st = os.fstat(f.fileno())  # the signature of the very file read, even if replaced meanwhile
            try:
                with gc_paused():
                    data = _loads(f.read())
                    if not isinstance(data, dict) or data.get("format") != FORMAT_VERSION:
                        found = data.get("format") if isinstance(data, dict) else None
                        raise ValueError(f"format {found!r}, expected {FORMAT_VERSION}; a graph written by "
                                         "another version of policykg: ingest the documents into a new data directory")
                    g = build_graph(data.pop("nodes"), data.pop("edges"))
                    version = int(data.get("version", 0))
            except (_DecodeError, ValueError, KeyError, TypeError) as exc:
                raise InputError(f"cannot load the embedded graph: {exc}", path=str(self.path)) from None
        return g, version, (st.st_ino, st.st_mtime_ns, st.st_size)

    def save(self, g: nx.MultiDiGraph, version: int) -> Signature:
        """Write atomically; call only while holding `exclusive()`."""
        edges = [(u, v, k, d) for u, nbrs in g._adj.items() for v, keys in nbrs.items() for k, d in keys.items()]
        data = _dumps({"format": FORMAT_VERSION, "version": version, "nodes": list(g._node.items()), "edges": edges})
        del edges
        fd, tmp = tempfile.mkstemp(prefix=".graph.", suffix=".json", dir=self.data_dir)
        try:
            with os.fdopen(fd, "wb") as f:
                f.write(data)
                del data
                f.flush()
                os.fsync(f.fileno())
                st = os.fstat(f.fileno())
            os.replace(tmp, self.path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
        return (st.st_ino, st.st_mtime_ns, st.st_size)
