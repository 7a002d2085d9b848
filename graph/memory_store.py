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
from .query_params import checked_params
from .contracts import PYTHON_QUESTIONS
from . import memory_writer
from .rows import agency_regions, graph_rows
from .write_plan import plan_write
from .store import IngestSummary

log = logging.getLogger(__name__)

DEFAULT_COMMIT_SECONDS = 30.0  # a long run commits at least this often (so a crash loses at most this much)


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

    def recompute_overlaps(self) -> int:
        """Derive OVERLAPS and overlap clusters from every measure now stored."""
        with self._writing():
            infos = [MeasureInfo(n, d["policy_id"], d.get("region"), bool(self.g.nodes[d["policy_id"]].get("non_cumulative")),
                                 d.get("heading"), d.get("text") or "", tuple(d.get("sectors") or ()))
                     for n, d in self.g.nodes(data=True) if d.get("label") == "Measure"]
            rows, member_of = overlap_rows(infos)
            g = copy_graph(self.g)  # readers in other threads keep the committed graph meanwhile
            g.remove_edges_from([(u, v, k) for u, v, k in g.edges(keys=True) if k == "OVERLAPS"])
            for n, d in g.nodes(data=True):
                d.pop("overlap_cluster", None)
                d.pop("overlaps_stale", None)
            for r in rows:
                g.add_edge(r["a"], r["b"], key="OVERLAPS", **{k: v for k, v in r["props"].items() if v is not None})
            for mid, cluster in member_of.items():
                g.nodes[mid]["overlap_cluster"] = cluster
            self._commit(g)
        return len(rows)

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
        """The nodes with this label, in id order (from the graph's index: no scan of every node)."""
        self.refresh()
        g = self.g
        data = g._node  # g.nodes[n] without a view per node
        return [{"id": n, **data[n]} for n in sorted(memory_writer.labelled(g, label))]

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

