"""The embedded store: a networkx graph persisted in a data directory (graph_file.py).

Ingest runs the same write plan as Neo4jStore (write_plan.py, executed by memory_writer.py), each
document all or nothing. Writes happen in runs (`batch()`; a lone `ingest` is a run of one): under
the data directory's write lock the run re-reads what another process wrote, copies the graph once,
executes each document's plan on the copy, and commits (writes the file atomically, then swaps the
copy in for readers) every `commit_seconds` and at its end, releasing the lock in between so other
writers get their turn. Readers in other threads keep the committed graph meanwhile. A plan that
fails half-way leaves no trace: the copy is rebuilt from the committed graph by re-executing the
plans of the documents before it (plans are data), which the run's end still commits. Every read
first reloads the file if another process replaced it.

Why runs and not a copy per document: copying the graph and rewriting its file cost what the
store holds, so per document they made ingest quadratic (1,000 policies did not finish in an
hour); per run they are paid once every `commit_seconds` at most.
"""
from __future__ import annotations

import logging
import os
import threading
import time
import uuid
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass, field
from pathlib import Path

import networkx as nx

from extraction.records import Document

from .answer_cache import AnswerCache
from .graph_file import GraphFile, copy_graph
from .overlaps import MeasureInfo, overlap_rows
from .overlaps_update import OverlapState, incremental_changes, update_overlaps
from .query_params import checked_params
from .contracts import PYTHON_QUESTIONS
from . import memory_writer
from .rows import agency_regions, graph_rows
from .write_plan import plan_write
from .store import IngestSummary

log = logging.getLogger(__name__)

DEFAULT_COMMIT_SECONDS = 30.0  # a long run commits at least this often (so a crash loses at most this much)
OVERLAP_STATE_FILE = "overlaps.state"  # what an incremental overlap update starts from (overlaps_update.py)


@dataclass
class _Run:
    """The open part of a write run: the lock held, the working copy, the plans applied to it."""
    locked: ExitStack
    work: nx.MultiDiGraph
    started: float
    plans: list = field(default_factory=list)


class MemoryStore:
    name = "memory"

    def __init__(self, data_dir: str | Path | None = None):
        self.data_dir = Path(data_dir) if data_dir is not None else None
        self.file = GraphFile(self.data_dir) if self.data_dir is not None else None
        self.g = nx.MultiDiGraph()
        self.version = 0  # the graph's version: every write increments it (kept in graph.json)
        self._sig = None
        self._local_lock = threading.RLock()
        self.answers = AnswerCache()  # named questions' answers per graph version
        self._runs = threading.local()  # each thread's write run: API threads never share one
        self.commit_seconds = DEFAULT_COMMIT_SECONDS
        self._last_commit_cost = 0.0
        self.refresh()

    # --- persistence -------------------------------------------------------------------------

    @property
    def path(self) -> Path | None:
        return self.file.path if self.file else None

    def refresh(self) -> None:
        """Reload graph.json if another process (or another store object) replaced it."""
        if self.file is None or self.file.signature() == self._sig:
            return
        with self._local_lock:  # one reload at a time; a write's swap waits for it
            if self.file.signature() != self._sig:
                self.g, self.version, self._sig = self.file.load()

    @contextmanager
    def _writing(self):
        """One writer at a time across processes, working on the latest graph on disk."""
        self._commit_run()  # a write outside the run (overlaps) sees what the run did
        if self.file is None:
            with self._local_lock:
                yield
            return
        with self.file.exclusive():
            self.refresh()
            yield

    def _commit(self, g: nx.MultiDiGraph) -> None:
        version = self.version + 1
        sig = self.file.save(g, version) if self.file is not None else None
        with self._local_lock:
            self.g, self.version, self._sig = g, version, sig

    # --- ingest ------------------------------------------------------------------------------

    @contextmanager
    def batch(self):
        """A write run: every `ingest` inside it (in this thread) shares one copy of the graph and
        one file write per `commit_seconds`; what it ingested is committed when it ends, also when
        it ends by an exception. Nested runs are one run."""
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
            rows = graph_rows(doc, self._agency_names(run.work, doc))  # short names meet full names stored earlier
            plan = plan_write(rows, memory_writer.holding(run.work, doc.path, doc.sha256), uuid.uuid4().hex)
            if plan.operations:
                try:
                    memory_writer.execute(run.work, plan)
                except BaseException:
                    run.work = self._replayed(run.plans)  # the documents before this one, without it
                    raise
                run.plans.append(plan)
                if time.monotonic() - run.started >= max(self.commit_seconds, 5 * self._last_commit_cost):
                    self._commit_run()
        return IngestSummary(doc.path, plan.status, len(doc.policies), measures)

    def _open_run(self) -> _Run:
        run = getattr(self._runs, "run", None)
        if run is None:
            locked = ExitStack()
            locked.enter_context(self._writing())
            try:
                run = _Run(locked, copy_graph(self.g), time.monotonic())  # readers keep the committed graph
            except BaseException:
                locked.close()
                raise
            self._runs.run = run
        return run

    def _replayed(self, plans: list) -> nx.MultiDiGraph:
        g = copy_graph(self.g)
        for plan in plans:
            memory_writer.execute(g, plan)
        return g

    def _commit_run(self) -> None:
        """Commit the run's open part, if any, and release the write lock until its next document."""
        run = getattr(self._runs, "run", None)
        if run is None:
            return
        self._runs.run = None
        with run.locked:
            if run.plans:
                t = time.monotonic()
                self._commit(run.work)
                self._last_commit_cost = time.monotonic() - t
                log.debug("committed %d documents in %.2fs", len(run.plans), self._last_commit_cost)

    def _agency_names(self, g: nx.MultiDiGraph, doc: Document) -> set[str]:
        """The stored names the document's agency names can meet (rows.agency_regions)."""
        regions = agency_regions(doc)
        return {x for n in memory_writer.agencies_in(g, regions) for d in [g.nodes[n]]
                for x in [d.get("name"), *(d.get("names") or ())] if x}

    def overlaps_stale(self) -> bool:
        """Whether a document was written since overlaps were last derived."""
        self.refresh()
        return any(d.get("overlaps_stale") for _, d in self.g.nodes(data=True) if d.get("label") == "Document")

    def recompute_overlaps(self, full: bool = False) -> int:
        """Derive OVERLAPS and overlap groups: for the stale documents' measures only when they are
        few (overlaps_update.incremental_changes), else, or with `full`, from every measure. The
        overlap state is written before the graph, tagged with the version the graph is committed
        as and with the stale marks it clears, so a state whose commit failed (a newer version, or
        its marks still on documents) is never used."""
        with self._writing():
            g = self.g
            measures = [n for n, d in g.nodes(data=True) if d.get("label") == "Measure"]
            stale_docs = [n for n, d in g.nodes(data=True) if d.get("label") == "Document" and d.get("overlaps_stale")]
            stale = {m for doc in stale_docs for _, p, k in g.out_edges(doc, keys=True) if k == "CONTAINS"
                     for _, m, k2 in g.out_edges(p, keys=True) if k2 == "HAS_MEASURE"}
            state = None if full else self._overlap_state()
            if state is not None and set(state.consumed) & {g.nodes[d]["overlaps_stale"] for d in stale_docs}:
                state = None
            plan = incremental_changes(state, measures, stale)
            work = copy_graph(g)  # readers in other threads keep the committed graph meanwhile
            try:
                if plan is None:
                    collect: dict = {}
                    rows, member_of = overlap_rows([_measure_info(g, m) for m in measures], collect)
                    state = OverlapState.from_derivation(collect, rows, member_of)
                    _replace_overlaps(work, rows, member_of)
                else:
                    changed, removed = plan
                    update = update_overlaps(state, [_measure_info(g, m) for m in sorted(changed)], removed,
                                             lambda ids: {m: _measure_info(g, m) for m in ids})
                    _apply_overlap_update(work, update, stale_docs)
                    log.info("overlaps updated for %d changed and %d removed measures", len(changed), len(removed))
                state.version = self.version + 1
                state.consumed = tuple(sorted(g.nodes[d]["overlaps_stale"] for d in stale_docs))
                self._save_overlap_state(state)
            except BaseException:
                self._ovl = None
                raise
            self._commit(work)
        return state.pairs

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
        self.refresh()
        with self._local_lock:  # the graph and the version it was written as, never a mix
            g, version = self.g, (self.version, self._sig)
        return self.answers.answer(version, name, values, lambda: PYTHON_QUESTIONS[name](g, **values))

    def node(self, node_id: str) -> dict | None:
        self.refresh()
        data = self.g.nodes.get(node_id)
        return {"id": node_id, **data} if data is not None else None

    def nodes(self, label: str) -> list[dict]:
        self.refresh()
        return [{"id": n, **d} for n, d in self.g.nodes(data=True) if d.get("label") == label]

    def counts(self) -> dict[str, int]:
        self.refresh()
        out: dict[str, int] = {}
        for _, d in self.g.nodes(data=True):
            out[d["label"]] = out.get(d["label"], 0) + 1
        for _, _, k in self.g.edges(keys=True):
            out[k] = out.get(k, 0) + 1
        return dict(sorted(out.items()))

    def export(self) -> dict:
        self.refresh()
        return {
            "nodes": [{"id": n, "labels": [d["label"]], "properties": {k: v for k, v in d.items() if k != "label"}}
                      for n, d in sorted(self.g.nodes(data=True))],
            "relationships": [{"type": k, "start": u, "end": v, "properties": d}
                              for u, v, k, d in sorted(self.g.edges(keys=True, data=True))],
        }

    def close(self) -> None:
        pass


def _measure_info(g: nx.MultiDiGraph, mid: str) -> MeasureInfo:
    d = g.nodes[mid]
    return MeasureInfo(mid, d["policy_id"], d.get("region"), bool(g.nodes[d["policy_id"]].get("non_cumulative")),
                       d.get("heading"), d.get("text") or "", tuple(d.get("sectors") or ()))


def _replace_overlaps(g: nx.MultiDiGraph, rows: list[dict], member_of: dict[str, str]) -> None:
    g.remove_edges_from([(u, v, k) for u, v, k in g.edges(keys=True) if k == "OVERLAPS"])
    for n, d in g.nodes(data=True):
        d.pop("overlap_cluster", None)
        d.pop("overlaps_stale", None)
    for r in rows:
        g.add_edge(r["a"], r["b"], key="OVERLAPS", **{k: v for k, v in r["props"].items() if v is not None})
    for mid, cluster in member_of.items():
        g.nodes[mid]["overlap_cluster"] = cluster


def _apply_overlap_update(g: nx.MultiDiGraph, update, stale_docs: list[str]) -> None:
    for a, b in update.delete:
        if g.has_edge(a, b, "OVERLAPS"):
            g.remove_edge(a, b, "OVERLAPS")
    for r in update.rows:
        if g.has_edge(r["a"], r["b"], "OVERLAPS"):
            g.remove_edge(r["a"], r["b"], "OVERLAPS")
        g.add_edge(r["a"], r["b"], key="OVERLAPS", **{k: v for k, v in r["props"].items() if v is not None})
    for (a, b), cluster in update.pair_clusters.items():
        if not g.has_edge(a, b, "OVERLAPS"):
            continue
        d = g.edges[a, b, "OVERLAPS"]
        if cluster is None:
            d.pop("cluster", None)
        else:
            d["cluster"] = cluster
    for mid, cluster in update.clusters.items():
        if cluster is None:
            g.nodes[mid].pop("overlap_cluster", None)
        else:
            g.nodes[mid]["overlap_cluster"] = cluster
    for doc in stale_docs:
        g.nodes[doc].pop("overlaps_stale", None)
