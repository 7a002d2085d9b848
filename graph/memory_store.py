"""The embedded store: a networkx graph persisted in a data directory (graph_file.py: graph.json
and the journal of writes since, graph/journal.py).

Ingest runs the same write plan as Neo4jStore (write_plan.py, executed by memory_writer.py), each
document all or nothing. Writes happen in runs (`batch()`; a lone `ingest` is a run of one): under
the data directory's write lock the run catches up with what another process wrote, executes each
document's plan in place on the store's graph, and commits (appends the plans to the journal,
fsync'd) every `commit_seconds` and at its end, releasing the lock in between so other writers get
their turn. A plan runs holding the graph's readers-writer lock (rw_lock.py): a question asked in
another thread sees the graph before or after a document, never half of one (this process's
readers see a document once its plan ran; other processes once it is committed). A plan that
fails half-way leaves no trace: the committed state is reloaded from the files (the lock is held,
nobody else wrote) and the plans of the run's earlier documents are executed again (plans are
data); readers wait meanwhile. A commit that fails (disk full) reloads the committed state too.
Every read first replays what another process appended, or reloads when it compacted.

Why in place and a journal: copying the graph and rewriting graph.json cost what the store holds
(7 s at 10,000 policies), so per write they made one more document cost seconds; an entry costs
what the document brings. A compaction rewrites graph.json when the journal has grown past a
share of it (graph_file.COMPACT_FRACTION), so opening the store replays a bounded journal.

Overlaps are written the same way, as one `OverlapUpdate` operation (write_plan.py) committed as
an entry of its own: `update_overlaps(compute)` gives `compute` the graph under the write lock and
applies and commits the update it returns; `recompute_overlaps` is the full recompute.
"""
from __future__ import annotations

import gc
import logging
import os
import threading
import time
import uuid
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

import networkx as nx

from extraction.records import Document

from .answer_cache import AnswerCache
from .graph_file import DiskState, GraphFile, copy_graph, replay
from .nx_edges import out_nodes as _out
from .overlaps import MeasureInfo, overlap_rows
from .overlaps_update import OverlapState, incremental_changes, update_overlaps
from .query_params import checked_params
from .contracts import PYTHON_QUESTIONS
from . import memory_writer
from .rows import agency_regions, graph_rows
from .rw_lock import ReadWriteLock
from .write_plan import OverlapUpdate, WritePlan, plan_write
from .store import IngestSummary

log = logging.getLogger(__name__)

DEFAULT_COMMIT_SECONDS = 30.0  # a long run commits at least this often (so a crash loses at most this much)
FREEZE_NODES = 10_000  # a loaded graph this large is frozen for the cyclic collector
_frozen = False


def _settle_collector(g: nx.MultiDiGraph) -> None:
    """A large graph just loaded is frozen for the cyclic collector (gc.freeze): it was built with
    the collector paused (graph_file.gc_paused), and left in the collected generations its
    millions of objects would be walked by every full collection later allocations trigger (at
    10k policies, extracting one more document in a process holding the graph took 2.1 CPU-s
    instead of 0.2). A graph is held in reference cycles (networkx's views point back at it), so
    when a later load replaces a frozen one, everything frozen is unfrozen and collected once
    (about a second at 10k; a reload happens only when another process compacted graph.json or
    a write is rolled back) before the new graph is frozen: no graph is kept after its time."""
    global _frozen
    if g.number_of_nodes() < FREEZE_NODES:
        return
    if _frozen:
        gc.unfreeze()
        gc.collect()
    gc.freeze()
    _frozen = True


OVERLAP_STATE_FILE = "overlaps.state"  # what an incremental overlap update starts from (overlaps_update.py)


@dataclass
class _Run:
    """The open part of a write run: the lock held, the plans executed since the last commit,
    and (a store without files) the graph as committed, to roll back to."""
    locked: ExitStack
    started: float
    committed: nx.MultiDiGraph | None = None
    plans: list = field(default_factory=list)


class MemoryStore:
    name = "memory"

    def __init__(self, data_dir: str | Path | None = None):
        self.data_dir = Path(data_dir) if data_dir is not None else None
        self.file = GraphFile(self.data_dir) if self.data_dir is not None else None
        self.g = nx.MultiDiGraph()
        self.version = 0  # the graph's version: every commit increments it (graph.json's plus the journal's)
        self._disk = DiskState()
        self._state = 0  # changes whenever self.g does: what the answer cache is keyed by
        self._local_lock = threading.RLock()  # one catch-up or commit at a time; taken before self._rw
        self._rw = ReadWriteLock()
        self._write_lock = threading.RLock()  # a store without files: one writer thread at a time
        self.answers = AnswerCache()  # named questions' answers per graph state
        self._runs = threading.local()  # each thread's write run: API threads never share one
        self.commit_seconds = DEFAULT_COMMIT_SECONDS
        self._last_commit_cost = 0.0
        self.refresh()

    # --- persistence -------------------------------------------------------------------------

    @property
    def path(self) -> Path | None:
        return self.file.path if self.file else None

    def refresh(self, wait: bool = True) -> None:
        """Catch up with the files: replay what another process (or store object) appended to the
        journal, or reload everything when graph.json was replaced. A reader passes wait=False:
        while another thread is catching up or committing (a compaction takes seconds on a big
        graph) it answers from the graph as it is instead of waiting."""
        if self.file is None or self.file.unchanged(self._disk):
            return
        if not self._local_lock.acquire(blocking=wait):
            return
        try:
            if self.file.unchanged(self._disk):
                return
            read = self.file.appended(self._disk)
            if read is not None:
                if read.entries:
                    with self._rw.exclusive():
                        try:
                            self.version = replay(self.g, self.version, read.entries, self.file.journal_path)
                        except BaseException:
                            self._reload()  # nothing half-replayed stays
                            raise
                        finally:
                            self._state += 1
                self._disk = DiskState(self._disk.graph, self._disk.base, read.id, read.end, read.stat)
                return
            self._reload()
        finally:
            self._local_lock.release()

    def _reload(self) -> None:
        """Load the committed state from the files and swap it in (readers wait for the swap only)."""
        g, version, disk = self.file.load()
        with self._local_lock, self._rw.exclusive():
            self.g, self.version, self._disk = g, version, disk
            self._state += 1
        del g
        _settle_collector(self.g)

    @contextmanager
    def _writing(self):
        """One writer at a time across processes, working on the latest graph on disk."""
        self._commit_run()  # a write outside the run (overlaps) sees what the run did
        if self.file is None:
            with self._write_lock:
                yield
            return
        with self.file.exclusive():
            self.refresh()
            yield

    def _commit(self, plans: list[WritePlan]) -> None:
        """Make the executed `plans` durable as the next version: one journal entry (graph.json
        rewritten instead when there is none yet or the journal would outgrow its share). A
        failure reloads the committed state: no plan stays in memory that is not on disk."""
        version = self.version + 1
        if self.file is None:
            self.version = version
            return
        with self._local_lock:
            try:
                self._disk = self.file.commit(self._disk, self.g, version, plans)
            except BaseException:
                self._reload()
                raise
            self.version = version

    def _compact(self) -> None:
        with self._local_lock:
            t = time.monotonic()
            self._disk = self.file.save(self.g, self.version)
            log.info("compacted %s at version %d in %.2fs", self.file.path, self.version, time.monotonic() - t)

    def compact(self) -> None:
        """Rewrite graph.json from the graph and start an empty journal (also done by itself when
        the journal has grown past graph_file.COMPACT_FRACTION of graph.json)."""
        if self.file is None:
            return
        with self._writing():
            self._compact()

    # --- ingest ------------------------------------------------------------------------------

    @contextmanager
    def batch(self):
        """A write run: every `ingest` inside it (in this thread) holds the write lock and is
        committed (one journal entry per `commit_seconds`) when the run ends, also when it ends by
        an exception. Nested runs are one run."""
        if getattr(self._runs, "depth", 0):
            self._runs.depth += 1
            try:
                yield self
            finally:
                self._runs.depth -= 1
            return
        self._runs.depth = 1
        try:
            yield self
        finally:
            self._runs.depth = 0
            self._commit_run()

    def ingest(self, doc: Document) -> IngestSummary:
        measures = sum(len(p.measures) for p in doc.policies)
        with self.batch():
            run = self._open_run()
            rows = graph_rows(doc, self._agency_names(self.g, doc))  # short names meet full names stored earlier
            plan = plan_write(rows, memory_writer.holding(self.g, doc.path, doc.sha256), uuid.uuid4().hex)
            if plan.operations:
                self._execute(run, plan)
                run.plans.append(plan)
                if time.monotonic() - run.started >= max(self.commit_seconds, 5 * self._last_commit_cost):
                    self._commit_run()
        return IngestSummary(doc.path, plan.status, len(doc.policies), measures)

    def _execute(self, run: _Run, plan: WritePlan) -> None:
        """Execute one plan in place, readers held off; a failure rolls back to the run's earlier plans."""
        with self._local_lock, self._rw.exclusive():
            try:
                memory_writer.execute(self.g, plan)
            except BaseException:
                self._roll_back(run)
                raise
            finally:
                self._state += 1

    def _roll_back(self, run: _Run) -> None:
        """The committed state with the run's earlier (uncommitted) plans executed again."""
        if self.file is not None:
            g, version, disk = self.file.load()  # the write lock is held: what is on disk is ours
        else:
            g, version, disk = copy_graph(run.committed), self.version, self._disk
        for plan in run.plans:
            memory_writer.execute(g, plan)
        self.g, self.version, self._disk = g, version, disk
        del g
        _settle_collector(self.g)

    def _open_run(self) -> _Run:
        run = getattr(self._runs, "run", None)
        if run is None:
            locked = ExitStack()
            locked.enter_context(self._writing())
            try:
                # without files there is nothing to reload a failed plan from: keep a copy (small graphs)
                run = _Run(locked, time.monotonic(), copy_graph(self.g) if self.file is None else None)
            except BaseException:
                locked.close()
                raise
            self._runs.run = run
        return run

    def _commit_run(self) -> None:
        """Commit the run's open part, if any, and release the write lock until its next document."""
        run = getattr(self._runs, "run", None)
        if run is None:
            return
        self._runs.run = None
        with run.locked:
            if run.plans:
                t = time.monotonic()
                self._commit(run.plans)
                self._last_commit_cost = time.monotonic() - t
                log.debug("committed %d documents in %.2fs", len(run.plans), self._last_commit_cost)

    def _agency_names(self, g: nx.MultiDiGraph, doc: Document) -> set[str]:
        """The stored names the document's agency names can meet (rows.agency_regions)."""
        regions = agency_regions(doc)
        return {x for n in memory_writer.agencies_in(g, regions) for d in [g.nodes[n]]
                for x in [d.get("name"), *(d.get("names") or ())] if x}

    # --- overlaps ----------------------------------------------------------------------------

    def overlaps_stale(self) -> bool:
        """Whether a document was written since overlaps were last derived."""
        self.refresh()  # waits: the caller decides to write from it
        with self._rw.shared():
            return any(self.g.nodes[n].get("overlaps_stale") for n in memory_writer.labelled(self.g, "Document"))

    def update_overlaps(self, compute: Callable[[nx.MultiDiGraph], OverlapUpdate | None]) -> OverlapUpdate | None:
        """Write derived overlaps: under the write lock, on the latest graph, `compute(g)` returns
        the update (or None: nothing to write), which is executed in place (readers see it whole)
        and committed as one journal entry. `compute` only reads g."""
        with self._writing():
            update = compute(self.g)
            if update is None:
                return None
            plan = WritePlan("overlaps", [update])
            committed = copy_graph(self.g) if self.file is None else None  # see _open_run
            with self._local_lock, self._rw.exclusive():
                try:
                    memory_writer.execute(self.g, plan)
                except BaseException:
                    self._roll_back(_Run(ExitStack(), 0.0, committed))
                    raise
                finally:
                    self._state += 1
            self._commit([plan])
        return update

    def recompute_overlaps(self, full: bool = False) -> int:
        """Derive OVERLAPS and overlap groups: for the stale documents' measures only when they are
        few (overlaps_update.incremental_changes), else, or with `full`, from every measure;
        written in place and committed as one journal entry (update_overlaps). The overlap state
        is saved before that commit, tagged with the version it commits as and with the stale
        marks it clears, so a state whose commit failed (its marks still on documents) is never used."""
        pairs = 0

        def compute(g: nx.MultiDiGraph) -> OverlapUpdate:
            nonlocal pairs
            measures = memory_writer.labelled(g, "Measure")
            stale_docs = stale_documents(g)
            stale = {m for doc in stale_docs for p in _out(g, doc, "CONTAINS") for m in _out(g, p, "HAS_MEASURE")}
            state = None if full else self._overlap_state()
            if state is not None and set(state.consumed) & {g.nodes[d]["overlaps_stale"] for d in stale_docs}:
                state = None
            plan = incremental_changes(state, measures, stale)
            if plan is None:
                collect: dict = {}
                rows, member_of = overlap_rows([_measure_info(g, m) for m in measures], collect)
                state = OverlapState.from_derivation(collect, rows, member_of)
                pairs = state.pairs
                update = OverlapUpdate(everything=True, rows=tuple(overlap_row(r) for r in rows),
                                       clusters=tuple(sorted(member_of.items())), documents=tuple(stale_docs))
            else:
                changed, removed = plan
                u = update_overlaps(state, [_measure_info(g, m) for m in sorted(changed)], removed,
                                    lambda ids: {m: _measure_info(g, m) for m in ids})
                update = OverlapUpdate(pairs=tuple(u.delete), rows=tuple(overlap_row(r) for r in u.rows),
                                       pair_clusters=tuple((a, b, c) for (a, b), c in sorted(u.pair_clusters.items())),
                                       clusters=tuple(sorted(u.clusters.items())), documents=tuple(stale_docs))
                log.info("overlaps updated for %d changed and %d removed measures", len(changed), len(removed))
                pairs = u.pairs
            state.version = self.version + 1
            state.consumed = tuple(sorted(g.nodes[d]["overlaps_stale"] for d in stale_docs))
            self._save_overlap_state(state)
            return update

        try:
            self.update_overlaps(compute)
        except BaseException:
            self._ovl = None  # an incremental update changed the cached state in place
            raise
        return pairs

    def _overlap_state(self) -> OverlapState | None:
        """The state of the overlaps now stored (None: derive them all)."""
        cached = getattr(self, "_ovl", None)
        if self.file is None:
            return cached[1] if cached else None
        path = self.data_dir / OVERLAP_STATE_FILE
        try:
            st = path.stat()
        except FileNotFoundError:
            return None
        sig = (st.st_ino, st.st_mtime_ns, st.st_size)
        if cached is None or cached[0] != sig:
            cached = self._ovl = (sig, OverlapState.from_bytes(path.read_bytes()))
        state = cached[1]
        return state if state is not None and state.version <= self.version else None

    def drop_overlap_state(self) -> None:
        """Forget the overlap state: overlaps written from elsewhere (graph/overlap_writer.py)
        are not the state's, so the next derivation recomputes everything."""
        self._ovl = None
        if self.file is not None:
            (self.data_dir / OVERLAP_STATE_FILE).unlink(missing_ok=True)

    def _save_overlap_state(self, state: OverlapState) -> None:
        if self.file is None:
            self._ovl = (None, state)
            return
        path = self.data_dir / OVERLAP_STATE_FILE
        tmp = path.with_suffix(".tmp")
        tmp.write_bytes(state.to_bytes())
        os.replace(tmp, path)
        st = path.stat()
        self._ovl = ((st.st_ino, st.st_mtime_ns, st.st_size), state)

    # --- questions ---------------------------------------------------------------------------

    def query(self, name: str, params: dict) -> list[dict]:
        values = checked_params(name, params)
        self.refresh(wait=False)
        with self._rw.shared():  # no plan runs meanwhile: the answer is the graph's at this state
            g, state = self.g, self._state
            return self.answers.answer(state, name, values, lambda: PYTHON_QUESTIONS[name](g, **values))

    def node(self, node_id: str) -> dict | None:
        self.refresh(wait=False)
        with self._rw.shared():
            data = self.g.nodes.get(node_id)
            return {"id": node_id, **data} if data is not None else None

    def nodes(self, label: str) -> list[dict]:
        """The nodes with this label, in id order (from the graph's index: no scan of every node)."""
        self.refresh(wait=False)
        with self._rw.shared():
            g = self.g
            data = g._node  # g.nodes[n] without a view per node
            return [{"id": n, **data[n]} for n in sorted(memory_writer.labelled(g, label))]

    def counts(self) -> dict[str, int]:
        self.refresh(wait=False)
        out: dict[str, int] = {}
        with self._rw.shared():
            for _, d in self.g.nodes(data=True):
                out[d["label"]] = out.get(d["label"], 0) + 1
            for _, _, k in self.g.edges(keys=True):
                out[k] = out.get(k, 0) + 1
        return dict(sorted(out.items()))

    def export(self) -> dict:
        self.refresh(wait=False)
        with self._rw.shared():
            return {
                "nodes": [{"id": n, "labels": [d["label"]], "properties": {k: v for k, v in d.items() if k != "label"}}
                          for n, d in sorted(self.g.nodes(data=True))],
                "relationships": [{"type": k, "start": u, "end": v, "properties": dict(d)}
                                  for u, v, k, d in sorted(self.g.edges(keys=True, data=True))],
            }

    def close(self) -> None:
        pass


def _measure_info(g: nx.MultiDiGraph, mid: str) -> MeasureInfo:
    d = g.nodes[mid]
    return MeasureInfo(mid, d["policy_id"], d.get("region"), bool(g.nodes[d["policy_id"]].get("non_cumulative")),
                       d.get("heading"), d.get("text") or "", tuple(d.get("sectors") or ()))


def stale_documents(g: nx.MultiDiGraph) -> list[str]:
    """The documents written since overlaps were last derived (their overlaps_stale marks), sorted."""
    return sorted(n for n in memory_writer.labelled(g, "Document") if g.nodes[n].get("overlaps_stale"))


def overlap_row(r: dict) -> dict:
    """An OVERLAPS row as a journal entry keeps it: props that are None left out."""
    return {"a": r["a"], "b": r["b"], "props": {k: v for k, v in r["props"].items() if v is not None}}
