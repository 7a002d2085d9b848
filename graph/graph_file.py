"""The embedded store's file: graph.json in a data directory, shared by every process using it.

One writer at a time: a write holds an exclusive `flock` on `graph.lock` (and a thread lock, so
two threads of one process queue as well), re-reads graph.json if another process changed it,
applies its change and replaces the file atomically (temporary file, fsync, os.replace).
Readers never lock: they compare the file's identity (inode, mtime, size) with what they last
loaded and reload when it changed, so a running API sees what the CLI wrote.
"""
from __future__ import annotations

import fcntl
import json
import os
import tempfile
import threading
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

import networkx as nx

from extraction.errors import InputError

GRAPH_FILE = "graph.json"
LOCK_FILE = "graph.lock"
FORMAT_VERSION = 2  # 2: documents by content, `owners` on what they own (graph/write_plan.py)

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
            f = open(self.path, encoding="utf-8")
        except FileNotFoundError:
            return nx.MultiDiGraph(), 0, None
        with f:
            st = os.fstat(f.fileno())  # the signature of the very file read, even if replaced meanwhile
            try:
                data = json.load(f)
                if data.get("format") != FORMAT_VERSION:
                    raise ValueError(f"format {data.get('format')!r}, expected {FORMAT_VERSION}; a graph written by "
                                     "another version of policykg: ingest the documents into a new data directory")
                g = nx.MultiDiGraph()
                for n in data["nodes"]:
                    g.add_node(n["id"], **n["props"])
                for e in data["edges"]:
                    g.add_edge(e["start"], e["end"], key=e["type"], **e["props"])
                version = int(data.get("version", 0))
            except (ValueError, KeyError, TypeError) as exc:
                raise InputError(f"cannot load the embedded graph: {exc}", path=str(self.path)) from None
        return g, version, (st.st_ino, st.st_mtime_ns, st.st_size)

    def save(self, g: nx.MultiDiGraph, version: int) -> Signature:
        """Write atomically; call only while holding `exclusive()`."""
        data = {
            "format": FORMAT_VERSION,
            "version": version,
            "nodes": [{"id": n, "props": d} for n, d in sorted(g.nodes(data=True))],
            "edges": [{"type": k, "start": u, "end": v, "props": d} for u, v, k, d in sorted(g.edges(keys=True, data=True))],
        }
        fd, tmp = tempfile.mkstemp(prefix=".graph.", suffix=".json", dir=self.data_dir)
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as f:
                json.dump(data, f, ensure_ascii=False)
                f.flush()
                os.fsync(f.fileno())
                st = os.fstat(f.fileno())
            os.replace(tmp, self.path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
        return (st.st_ino, st.st_mtime_ns, st.st_size)
