"""The embedded store's files: graph.json and graph.journal in a data directory, shared by every
process using it.

One writer at a time: a write holds an exclusive `flock` on `graph.lock` (and a thread lock, so
two threads of one process queue as well), catches up with what another process wrote, applies
its change and commits it by appending one entry to the journal (graph/journal.py: the commit's
plans as data, fsync'd). graph.json is rewritten (temporary file, fsync, os.replace) only by a
compaction, which commits instead of an entry that would take the journal past
COMPACT_FRACTION of graph.json's size (and past COMPACT_MIN_BYTES: replaying costs more per byte
than loading, so the journal is kept a small share), and for the first commit into an empty
data directory, or on demand (`MemoryStore.compact()`); the journal then starts afresh. Readers never lock: they compare the files'
identity (inode, mtime, size) with what they last read, replay what was appended, and reload
everything when graph.json was replaced, so a running API sees what the CLI wrote.

graph.json is compact JSON written and read with orjson (several times faster than the standard
library's json, which is the fallback when orjson is missing): nodes as `[id, props]`, edges as
`[start, end, type, props]`, in the graph's own order (no sorting), built back by filling
networkx's adjacency dicts directly (`build_graph`; its `add_*` methods check every item and took
5 times as long). `copy_graph` copies the same way.
"""
from __future__ import annotations

import fcntl
import gc
import logging
import os
import tempfile
import threading
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator

import networkx as nx

from extraction.errors import InputError

from . import journal, memory_writer
from .fast_json import DecodeError as _DecodeError, dumps as _dumps, loads as _loads

log = logging.getLogger(__name__)

GRAPH_FILE = "graph.json"
LOCK_FILE = "graph.lock"
# 2: documents by content, `owners` on what they own (graph/write_plan.py); 3: compact rows, orjson;
# 4: graph.journal beside it holds the writes since (a format-3 file is read as well: no journal yet)
FORMAT_VERSION = 4
READABLE_FORMATS = (3, 4)
COMPACT_FRACTION = 0.25  # compact when the journal exceeds this share of graph.json's size...
COMPACT_MIN_BYTES = 1 << 20  # ...and this many bytes

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


@dataclass(frozen=True)
class DiskState:
    """What a store last read of the files: graph.json's identity and version, the journal's id,
    the offset after its last entry read, and its identity then."""
    graph: Signature | None = None
    base: int = 0
    journal_id: str | None = None
    journal_end: int = 0
    journal_stat: tuple | None = None


def replay(g: nx.MultiDiGraph, version: int, entries: list[dict], where: Path) -> int:
    """Execute the journal entries after `version` on g, in place; returns the version reached."""
    for entry in entries:
        v = entry["v"]
        if v <= version:  # already in graph.json (a crash between a compaction's two replacements)
            continue
        if v != version + 1:
            raise InputError(f"cannot load the embedded graph: the journal jumps from version {version} to {v}",
                             path=str(where))
        for plan in journal.decode_plans(entry):
            memory_writer.execute(g, plan)
        version = v
    return version


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
        self.journal_path = data_dir / journal.JOURNAL_FILE
        self.lock_path = data_dir / LOCK_FILE
        self._thread_lock = threading.RLock()
        data_dir.mkdir(parents=True, exist_ok=True)

    def signature(self) -> Signature | None:
        """The identity of graph.json now on disk (None when there is none yet)."""
        try:
            st = os.stat(self.path)
        except FileNotFoundError:
            return None
        return (st.st_ino, st.st_mtime_ns, st.st_size)

    def unchanged(self, disk: DiskState) -> bool:
        """Whether neither file changed since `disk` was read (two stat calls)."""
        return self.signature() == disk.graph and journal.stat(self.journal_path) == disk.journal_stat

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

    def load(self) -> tuple[nx.MultiDiGraph, int, DiskState]:
        """The graph with the journal replayed, its version (a counter every commit increments)
        and what was read."""
        for _ in range(5):
            g, version, sig = self._load_graph()
            read = journal.read(self.journal_path)
            if read.id is not None and read.base > version and self.signature() != sig:
                continue  # a compaction replaced both files between the two reads: read them again
            if read.torn:
                log.warning("%s: ignoring %d bytes of an incomplete last entry (a write in progress, or one "
                            "that crashed)", self.journal_path, read.torn)
            memory_writer.index(g, pruned=True)  # built now, not by the first write; what plans wrote has no orphan
            reached = replay(g, version, read.entries, self.journal_path)
            return g, reached, DiskState(sig, version, read.id, read.end, read.stat)
        raise InputError("cannot load the embedded graph: it kept changing while being read", path=str(self.path))

    def appended(self, disk: DiskState) -> journal.JournalRead | None:
        """The entries appended since `disk` was read, or None when graph.json or the journal was
        replaced (a compaction): then only a full `load` tells the state."""
        if self.signature() != disk.graph:
            return None
        read = journal.read(self.journal_path, disk.journal_id, disk.journal_end)
        if read.id != disk.journal_id and disk.journal_id is not None:
            return None
        if read.id is not None and read.base > disk.base:
            return None
        return read

    def _load_graph(self) -> tuple[nx.MultiDiGraph, int, Signature | None]:
        try:
            f = open(self.path, "rb")
        except FileNotFoundError:
            return nx.MultiDiGraph(), 0, None
        with f:
            st = os.fstat(f.fileno())  # the signature of the very file read, even if replaced meanwhile
            try:
                with gc_paused():
                    data = _loads(f.read())
                    if not isinstance(data, dict) or data.get("format") not in READABLE_FORMATS:
                        found = data.get("format") if isinstance(data, dict) else None
                        raise ValueError(f"format {found!r}, expected {FORMAT_VERSION}; a graph written by "
                                         "another version of policykg: ingest the documents into a new data directory")
                    g = build_graph(data.pop("nodes"), data.pop("edges"))
                    version = int(data.get("version", 0))
            except (_DecodeError, ValueError, KeyError, TypeError) as exc:
                raise InputError(f"cannot load the embedded graph: {exc}", path=str(self.path)) from None
        return g, version, (st.st_ino, st.st_mtime_ns, st.st_size)

    def commit(self, disk: DiskState, g: nx.MultiDiGraph, version: int, plans: list) -> DiskState:
        """Make `version` durable: one journal entry holding `plans` (executed on g), or, when there
        is no graph.json yet or the journal would outgrow its share of graph.json
        (`should_compact`), a compaction of g. Call only while holding `exclusive()`, caught up
        with the files (`disk` is what was last read)."""
        line = journal.encode_entry(version, plans)
        if disk.graph is None or self.should_compact(disk, len(line)):
            return self.save(g, version)
        jid, end = disk.journal_id, disk.journal_end
        if jid is None:
            jid, end = journal.create(self.journal_path, disk.base)
        end, st = journal.append(self.journal_path, end, line)
        return DiskState(disk.graph, disk.base, jid, end, st)

    def should_compact(self, disk: DiskState, adding: int = 0) -> bool:
        """Whether the journal, with `adding` more bytes, exceeds COMPACT_FRACTION of graph.json
        and COMPACT_MIN_BYTES: then replaying it at every open would cost more than rewriting."""
        graph_size = disk.graph[2] if disk.graph else 0
        return disk.journal_end + adding > max(COMPACT_MIN_BYTES, COMPACT_FRACTION * graph_size)

    def save(self, g: nx.MultiDiGraph, version: int) -> DiskState:
        """Compact: write graph.json atomically, then start a fresh journal; call only while
        holding `exclusive()`."""
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
        jid, end = journal.create(self.journal_path, version)
        return DiskState((st.st_ino, st.st_mtime_ns, st.st_size), version, jid, end, journal.stat(self.journal_path))
