"""The embedded store's file: graph.json in a data directory, shared by every process using it.

One writer at a time: a write holds an exclusive `flock` on `graph.lock` (and a thread lock, so
two threads of one process queue as well), re-reads graph.json if another process changed it,
applies its change and replaces the file atomically (temporary file, fsync, os.replace).
Readers never lock: they compare the file's identity (inode, mtime, size) with what they last
loaded and reload when it changed, so a running API sees what the CLI wrote.

The file is compact JSON written and read with orjson (several times faster than the standard
library's json, which is the fallback when orjson is missing): nodes as `[id, props]`, edges as
`[start, end, type, props]`, in the graph's own order (no sorting), built back with networkx's
bulk `add_nodes_from` / `add_edges_from`.
"""
from __future__ import annotations

import fcntl
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
                data = _loads(f.read())
                if not isinstance(data, dict) or data.get("format") != FORMAT_VERSION:
                    found = data.get("format") if isinstance(data, dict) else None
                    raise ValueError(f"format {found!r}, expected {FORMAT_VERSION}; a graph written by "
                                     "another version of policykg: ingest the documents into a new data directory")
                g = nx.MultiDiGraph()
                g.add_nodes_from(data.pop("nodes"))
                g.add_edges_from(data.pop("edges"))
                version = int(data.get("version", 0))
            except (_DecodeError, ValueError, KeyError, TypeError) as exc:
                raise InputError(f"cannot load the embedded graph: {exc}", path=str(self.path)) from None
        return g, version, (st.st_ino, st.st_mtime_ns, st.st_size)

    def save(self, g: nx.MultiDiGraph, version: int) -> Signature:
        """Write atomically; call only while holding `exclusive()`."""
        data = _dumps({"format": FORMAT_VERSION, "version": version, "nodes": list(g.nodes(data=True)),
                       "edges": list(g.edges(keys=True, data=True))})
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
