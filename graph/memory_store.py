"""The embedded store: a networkx graph persisted as JSON in a data directory (graph_file.py).

Ingest runs the same write plan as Neo4jStore (write_plan.py, executed by memory_writer.py), one
document at a time and all or nothing: under the data directory's write lock the store re-reads
what another process wrote, makes the change on a copy, writes it atomically and only then swaps
it in; a failure leaves both the file and the graph as they were. Every read first reloads the file if another process replaced it.
"""
from __future__ import annotations

import logging
import threading
import uuid
from contextlib import contextmanager
from pathlib import Path

import networkx as nx

from extraction.records import Document

from .answer_cache import AnswerCache
from .graph_file import GraphFile
from .overlaps import MeasureInfo, overlap_rows
from .query_params import checked_params
from .contracts import PYTHON_QUESTIONS
from . import memory_writer
from .rows import agency_regions, graph_rows
from .write_plan import plan_write
from .store import IngestSummary

log = logging.getLogger(__name__)


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

    def ingest(self, doc: Document) -> IngestSummary:
        measures = sum(len(p.measures) for p in doc.policies)
        with self._writing():
            rows = graph_rows(doc, self._agency_names(agency_regions(doc)))  # short names meet full names stored earlier
            plan = plan_write(rows, memory_writer.holding(self.g, doc.path, doc.sha256), uuid.uuid4().hex)
            if plan.operations:
                g = self.g.copy()  # readers in other threads keep the committed graph meanwhile
                memory_writer.execute(g, plan)
                self._commit(g)
        return IngestSummary(doc.path, plan.status, len(doc.policies), measures)

    def _agency_names(self, regions: list[str]) -> set[str]:
        """The names of the stored agencies of these regions (what a new document's names can meet)."""
        wanted = set(regions)
        return {x for _, d in self.g.nodes(data=True) if d.get("label") == "Agency" and d.get("region") in wanted
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
            g = self.g.copy()
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

