"""The embedded store: a networkx graph persisted as JSON in a data directory (graph_file.py).

Ingest follows the same rules as Neo4jStore, one document at a time and all or nothing: under
the data directory's write lock the store re-reads what another process wrote, makes the change
on a copy, writes it atomically and only then swaps it in; a failure leaves both the file and
the graph as they were. Every read first reloads the file if another process replaced it.
"""
from __future__ import annotations

import logging
import threading
from contextlib import contextmanager
from pathlib import Path

import networkx as nx

from extraction.records import Document

from .answer_cache import AnswerCache
from .graph_file import GraphFile
from .overlaps import MeasureInfo, overlap_rows
from .query_params import checked_params
from .questions import PYTHON_QUESTIONS
from .rows import GraphRows, graph_rows
from .schema import DOCUMENT_OWNED_LABELS, DOCUMENT_OWNED_RELS, SHARED_LABELS, check_label, check_rel_type
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
        rows = graph_rows(doc)
        doc_id = f"doc:{doc.path}"
        measures = sum(len(p.measures) for p in doc.policies)
        with self._writing():
            existing = self.g.nodes.get(doc_id)
            if existing and existing.get("sha256") == doc.sha256:
                return IngestSummary(doc.path, "unchanged", len(doc.policies), measures)
            g = self.g.copy()
            _apply(g, rows)
            self._commit(g)
        return IngestSummary(doc.path, "replaced" if existing else "created", len(doc.policies), measures)

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


def _apply(g: nx.MultiDiGraph, rows: GraphRows) -> None:
    """The same steps as Neo4jStore's write transaction, on a networkx graph."""
    for n in rows.nodes:  # the same allow-lists Neo4jStore splices labels and types from
        check_label(n.label)
    for r in rows.rels:
        check_rel_type(r.type)
    doc_id = f"doc:{rows.document}"
    old_policies = [v for _, v, k in g.out_edges(doc_id, keys=True) if k == "CONTAINS"] if doc_id in g else []
    owned = [n for n, d in g.nodes(data=True) if d.get("label") in DOCUMENT_OWNED_LABELS and d.get("document") == rows.document]
    g.remove_nodes_from(owned)
    stale = [(u, v, k) for u, v, k, d in g.edges(keys=True, data=True)
             if k in DOCUMENT_OWNED_RELS and d.get("document") == rows.document]
    g.remove_edges_from(stale)
    for n in rows.nodes:
        if n.id in g:
            if n.on_create_only:
                continue
            g.nodes[n.id].clear()
        g.add_node(n.id, label=n.label, **n.props)
    for r in rows.rels:
        if g.has_edge(r.start, r.end, r.type):
            g.edges[r.start, r.end, r.type].clear()
            g.edges[r.start, r.end, r.type].update(r.props)
        else:
            g.add_edge(r.start, r.end, key=r.type, **r.props)
    _merge_title_stubs(g, rows)
    for pid in set(old_policies) - set(rows.policy_ids):
        if pid not in g or any(k == "CONTAINS" for _, _, k in g.in_edges(pid, keys=True)):
            continue
        if any(k in ("SUPERSEDES", "BASED_ON") for _, _, k in g.in_edges(pid, keys=True)):
            d = g.nodes[pid]
            keep = {k: d[k] for k in ("label", "key", "title", "name", "doc_number") if d.get(k) is not None}
            d.clear()
            d.update(keep, stub=True)
            g.remove_edges_from([(pid, v, k) for _, v, k in list(g.out_edges(pid, keys=True))])
        else:
            g.remove_node(pid)
    _remove_orphans(g)


def _merge_title_stubs(g: nx.MultiDiGraph, rows: GraphRows) -> None:
    """A stub cited by title alone becomes the numbered policy with that title once it arrives."""
    for n in rows.nodes:
        tk = n.props.get("title_key") if n.label == "Policy" else None
        if not tk:
            continue
        stubs = [s for s, d in g.nodes(data=True) if d.get("label") == "Policy" and d.get("stub")
                 and d.get("key") == tk and not d.get("doc_number") and s != n.id]
        for s in stubs:
            for u, _, k, d in list(g.in_edges(s, keys=True, data=True)):
                if k in ("SUPERSEDES", "BASED_ON") and not g.has_edge(u, n.id, k):
                    g.add_edge(u, n.id, key=k, **d)
            g.remove_node(s)


def _remove_orphans(g: nx.MultiDiGraph) -> None:
    while True:
        orphans = [n for n, d in g.nodes(data=True)
                   if (d.get("label") in SHARED_LABELS or (d.get("label") == "Policy" and d.get("stub")))
                   and _orphan(g, n, d)]
        if not orphans:
            return
        g.remove_nodes_from(orphans)


def _orphan(g: nx.MultiDiGraph, n: str, d: dict) -> bool:
    if d.get("label") == "Region":  # a region stays while a policy or a child region is in it
        return not any(k in ("IN_REGION", "PART_OF") for _, _, k in g.in_edges(n, keys=True))
    return g.degree(n) == 0
