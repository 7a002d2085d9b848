"""The operations behind both the CLI and the HTTP API: open a store, ingest, find a policy,
ask the named questions. Routes and commands validate, call these, and format."""
from __future__ import annotations

import logging
import threading
from dataclasses import dataclass, field
from typing import Callable, Iterable

from extraction.errors import AmbiguousError, InputError, NotFoundError
from extraction.records import Document, ExtractionError
from graph.memory_store import MemoryStore
from graph.store import GraphStore, IngestSummary

from .files import FileError, error_counts, expand_paths, extract_bytes, iter_extract
from .settings import Settings

log = logging.getLogger(__name__)


def open_store(settings: Settings, kind: str | None = None) -> GraphStore:
    kind = kind or settings.store
    if kind == "memory":
        return MemoryStore(settings.data_dir)
    if kind == "neo4j":
        from graph.neo4j_store import Neo4jStore

        return Neo4jStore(settings.neo4j_uri, settings.neo4j_user, settings.neo4j_password, settings.neo4j_database)
    raise InputError(f"unknown store {kind!r}: use memory or neo4j")


NO_POLICY = "no recognisable policy (no measure, no 文号, nothing it supersedes): not stored"


def recognisable(doc: Document) -> bool:
    """A document worth storing holds a policy with a measure, or one the text itself identifies
    (a 文号 with a stated title: a repeal notice has no measures but voids other policies). A
    news article yields at most an empty guessed policy "政策", which would only mislead."""
    return any(p.measures or p.supersedes or (p.doc_number and not p.title_inferred) for p in doc.policies)


@dataclass
class IngestReport:
    documents: list[IngestSummary] = field(default_factory=list)
    errors: list[ExtractionError] = field(default_factory=list)
    skipped: list[ExtractionError] = field(default_factory=list)  # read, but no policy in them: not stored
    overlaps: int | None = None  # overlap pairs after recomputing, when anything changed

    def add(self, store: GraphStore, doc: Document) -> None:
        """Store a document, or skip it with a warning when no policy was recognised in it."""
        if recognisable(doc):
            self.documents.append(store.ingest(doc))
        else:
            log.info("%s: %s", doc.path, NO_POLICY)
            self.skipped.append(ExtractionError(path=doc.path, error=NO_POLICY))

    def add_many(self, store: GraphStore, docs: list[Document]) -> None:
        """Store several documents, in one batch where the store writes batches (Neo4j: one
        transaction, a failed batch retried a document at a time): a document the store refuses
        is an error naming it, and the others are stored."""
        kept = []
        for doc in docs:
            if recognisable(doc):
                kept.append(doc)
            else:
                self.add(store, doc)
        ingest_many = getattr(store, "ingest_many", None)
        if ingest_many is None:
            self.documents += [store.ingest(doc) for doc in kept]
            return
        for doc, result in zip(kept, ingest_many(kept) if kept else []):
            if isinstance(result, Exception):
                reason = (getattr(result, "message", None) or str(result) or type(result).__name__).splitlines()[0]
                log.warning("%s: not stored: %s", doc.path, reason)
                self.errors.append(FileError(path=doc.path, error=f"not stored: {reason}", code="not_stored"))
            else:
                self.documents.append(result)

    @property
    def policies(self) -> int:
        return sum(d.policies for d in self.documents)

    @property
    def measures(self) -> int:
        return sum(d.measures for d in self.documents)

    def as_dict(self) -> dict:
        return {
            "documents": [d.__dict__ for d in self.documents], "errors": [e.model_dump() for e in self.errors],
            "skipped": [e.model_dump() for e in self.skipped],
            "totals": {"documents": len(self.documents), "policies": self.policies, "measures": self.measures,
                       "errors": len(self.errors), "skipped": len(self.skipped), **error_counts(self.errors)},
            "overlaps": self.overlaps,
        }


class Batches:
    """Documents gathered into batches of `size` for IngestReport.add_many (`with` flushes the rest)."""

    def __init__(self, report: IngestReport, store: GraphStore, size: int):
        self.report, self.store, self.size, self.pending = report, store, size, []

    def add(self, doc: Document) -> None:
        self.pending.append(doc)
        if len(self.pending) >= self.size:
            self.flush()

    def flush(self) -> None:
        docs, self.pending = self.pending, []
        self.report.add_many(self.store, docs)

    def __enter__(self) -> "Batches":
        return self

    def __exit__(self, exc_type, *_) -> None:
        if exc_type is None:
            self.flush()


def ingest_paths(store: GraphStore, paths: Iterable[str], on_file: Callable[[str], None] | None = None,
                 settings: Settings | None = None, workers: int | None = None,
                 batch: int | None = None) -> IngestReport:
    """Extract and store every file as each is extracted (in `workers` processes, default
    POLICYKG_WORKERS or all cores; storing stays here), `batch` documents per Neo4j transaction
    (default POLICYKG_LOAD_BATCH); a bad file is reported and the others still go in."""
    report = IngestReport()
    files = expand_paths(paths)
    size = batch or (settings or Settings()).load_batch
    # the embedded store commits (a journal entry) once per run, not per document; Neo4j a batch per transaction
    with store.batch(), Batches(report, store, size) as pending:
        for path, item in zip(files, iter_extract(files, settings, workers)):
            if isinstance(item, ExtractionError):
                report.errors.append(item)
            else:
                pending.add(item)
            if on_file:
                on_file(str(path))
    if store.overlaps_stale():  # also after an earlier run that died before deriving them
        report.overlaps = store.recompute_overlaps()
    return report


def ingest_uploads(store: GraphStore, uploads: list[tuple[str, bytes]], settings: Settings | None = None) -> IngestReport:
    """All uploaded files are extracted first; if any is bad, nothing is stored. Blocking: the
    API runs it in a worker thread."""
    docs, errors = [], []
    for name, data in uploads:
        try:
            docs.append(extract_bytes(data, name, settings))
        except InputError as exc:
            errors.append(FileError(path=name, error=exc.message, code=exc.code))
    if errors:
        raise UploadRejected(errors)
    report = IngestReport()
    with store.batch():
        for doc in docs:
            report.add(store, doc)
    if store.overlaps_stale():  # also after an earlier run that died before deriving them
        report.overlaps = store.recompute_overlaps()
    return report


class UploadRejected(InputError):
    def __init__(self, errors: list[ExtractionError]):
        super().__init__("; ".join(f"{e.path}: {e.error}" for e in errors) + " (nothing was stored)")
        self.errors = errors


def sector_comparison(store: GraphStore, sector: str, regions: list[str] | None = None, limit: int | None = None,
                      offset: int | None = None) -> list[dict]:
    """The named sector comparison, kept to regions whose name contains one of `regions` (none or
    empty: every region); `limit`/`offset`: a page of it. The filter and the page are the
    question's, applied before its rows are built; each row carries `total`."""
    return store.query("sector_comparison", {"sector": sector, "regions": regions or None, "limit": limit,
                                             "offset": offset})


def page(store: GraphStore, name: str, params: dict, limit: int, offset: int) -> tuple[int, list[dict]]:
    """(total, rows) of a question that cuts its own page (`$limit`/`$offset`) and counts every
    row before the cut in each row's `total`. Past the end (no row), the first row is asked for to
    learn the total."""
    rows = store.query(name, {**params, "limit": limit, "offset": offset})
    if rows:
        return rows[0]["total"], rows
    first = store.query(name, {**params, "limit": 1, "offset": 0}) if offset else []
    return (first[0]["total"] if first else 0), []


def policies(store: GraphStore) -> list[dict]:
    return sorted((p for p in store.nodes("Policy")), key=lambda p: p["id"])


def resolve_policy(store: GraphStore, name: str) -> dict:
    """A policy by id, document number or (part of) its title; ambiguous names list candidates."""
    name = name.strip()
    if not name:
        raise InputError("empty policy name")
    by_id = store.node(name)  # an id names one policy: no need to read them all
    if by_id is not None and by_id.get("label") == "Policy":
        return by_id
    everything = policies(store)
    exact = [p for p in everything if name in (p["id"], p.get("doc_number"), p.get("title"))]
    found = exact or [p for p in everything if name in (p.get("title") or "") or name in (p.get("doc_number") or "")]
    if not found:
        raise NotFoundError(f"no policy matches {name!r} (give an id, a document number or part of a title)")
    if len(found) > 1:
        raise AmbiguousError(f"{len(found)} policies match {name!r}; name one of them by id",
                             [{"id": p["id"], "title": p.get("title"), "doc_number": p.get("doc_number"),
                               "region": p.get("region")} for p in found])
    return found[0]


def require_policy(store: GraphStore, policy_id: str) -> dict:
    p = store.node(policy_id)
    if p is None or p.get("label") != "Policy":
        raise NotFoundError(f"no policy with id {policy_id!r}")
    return p


def policy_detail(store: GraphStore, policy_id: str, on: str | None = None) -> dict:
    p = require_policy(store, policy_id)
    status = store.query("policy_status", {"policy": policy_id, "date": on})[0]
    measures = store.query("policy_measures", {"policy": policy_id})
    props = {k: v for k, v in p.items() if k not in ("label", "name", "title_key")}
    return {**props, "id": policy_id, "status": status, "measures": measures}



class StoreHolder:
    """Opens the configured store on first use and again after Neo4j was down, so the API
    starts without Neo4j and answers 503 until it is back."""

    def __init__(self, settings: Settings, store: GraphStore | None = None):
        self.settings = settings
        self._store = store  # already opened (by `policykg serve`, so a large graph is loaded once)
        self._lock = threading.Lock()

    def get(self) -> GraphStore:
        with self._lock:
            if self._store is None:
                self._store = open_store(self.settings)
            return self._store

    def reset(self) -> None:
        with self._lock:
            if self._store is not None:
                try:
                    self._store.close()
                except Exception:  # closing a dead connection may fail; it is being dropped anyway
                    log.debug("closing the store failed", exc_info=True)
            self._store = None



# --- small graphs for the built-in view (and any other client that draws) -----------------

def _graph(nodes: dict[str, dict], edges: list[dict]) -> dict:
    return {"nodes": list(nodes.values()), "edges": edges}


def chain_graph(store: GraphStore, policy_id: str, on: str | None = None) -> dict:
    """The chain as nodes and edges; every policy carries its status on `on` (default today),
    its certainty and reason, and shows the status under its title."""
    p = require_policy(store, policy_id)
    nodes = {policy_id: {"id": policy_id, "label": p.get("title"), "kind": "Stub" if p.get("stub") else "Policy"}}
    edges = []
    for r in store.query("supersession_chain", {"policy": policy_id}):
        for side in ("newer", "older"):
            nid = r[f"{side}_id"]
            label = r[f"{side}_title"] + (f"\n{r[f'{side}_doc_number']}" if r.get(f"{side}_doc_number") else "")
            kind = "Stub" if side == "older" and r["older_stub"] else "Policy"
            nodes.setdefault(nid, {"id": nid, "label": label, "kind": kind})
            nodes[nid]["label"] = label
        edges.append({"source": r["newer_id"], "target": r["older_id"], "kind": "SUPERSEDES", "label": "废止"})
    for nid, node in nodes.items():
        s = store.query("policy_status", {"policy": nid, "date": on})[0]
        node.update(status=s["status"], certainty=s["certainty"], reason=s["reason"], date=s["date"])
        node["label"] += f"\n[{s['status']} on {s['date']}]"
    return _graph(nodes, edges)


def department_graph(store: GraphStore, region: str) -> dict:
    """Agencies and the measures they are responsible for, each measure with the policy it belongs
    to (HAS_MEASURE), so a drawing can group measures by policy. Policies are the region's, as in
    the department_map query (region name contains `region`)."""
    nodes, edges = {}, []
    for m in store.query("region_measures", {"region": region}):  # the region's policies, from an index
        pid = m["policy_id"]
        nodes.setdefault(pid, {"id": pid, "label": m["policy_title"], "kind": "Policy"})
        label = " ".join(x for x in (m.get("path"), m.get("heading")) if x)
        nodes[m["measure_id"]] = {"id": m["measure_id"], "label": label, "kind": "Measure", "policy": pid}
        edges.append({"source": pid, "target": m["measure_id"], "kind": "HAS_MEASURE", "label": ""})
        for name in m["agencies"]:
            aid = f"agency:{name}"
            nodes.setdefault(aid, {"id": aid, "label": name, "kind": "Agency"})
            edges.append({"source": m["measure_id"], "target": aid, "kind": "RESPONSIBLE_DEPT", "label": ""})
    if not edges:
        raise NotFoundError(f"no responsible agencies found for region {region!r}")
    return _graph(nodes, edges)


def overlap_graph(store: GraphStore, cluster: str) -> dict:
    """One overlap group as nodes (its measures and their policies) and edges (HAS_MEASURE, and
    OVERLAPS with score, kinds, objects and basis), with `group`: what the group shares."""
    found = store.query("overlap_clusters", {"region": None, "sector": None, "cluster": cluster})
    if not found:
        raise NotFoundError(f"no overlap cluster {cluster!r}")
    group = found[0]
    members = group["members"]
    ids = {m["measure_id"] for m in members}
    nodes, edges = {}, []
    for m in members:
        pid = m["policy_id"]
        nodes.setdefault(pid, {"id": pid, "label": f"{m['policy_title']}", "kind": "Policy"})
        cap = f" ≤{m['max_cap_yuan'] / 1e4:g}万元" if m.get("max_cap_yuan") else ""
        nodes[m["measure_id"]] = {"id": m["measure_id"], "label": " ".join(filter(None, (m["region"], m["path"], m["heading"]))) + cap,
                                  "kind": "Measure"}
        edges.append({"source": pid, "target": m["measure_id"], "kind": "HAS_MEASURE", "label": ""})
    # the group's pairs in one read (overlap_pairs), each drawn once: from its first member by id,
    # a member's pairs by score, best first, as measure_overlaps lists them
    touching: dict[str, list[tuple[str, dict]]] = {}
    for o in store.query("overlap_pairs", {"cluster": cluster}):
        touching.setdefault(o["a"], []).append((o["b"], o))
        touching.setdefault(o["b"], []).append((o["a"], o))
    seen = set()
    for mid in sorted(ids):
        for other, o in sorted(touching.get(mid, ()), key=lambda x: (-x[1]["score"], x[0])):
            pair = tuple(sorted((mid, other)))
            if other in ids and pair not in seen:
                seen.add(pair)
                shared = "、".join(o.get("objects") or ())
                edges.append({"source": pair[0], "target": pair[1], "kind": "OVERLAPS",
                              "label": f"{o['score']:.2f} {shared}".strip(), "score": o["score"],
                              "kinds": list(o.get("kinds") or ()), "objects": list(o.get("objects") or ()),
                              "basis": list(o.get("basis") or ()), "non_cumulative": bool(o.get("non_cumulative"))})
    # what the group shares, for the view's caption: the overlap_clusters row without its members
    return {**_graph(nodes, edges), "group": {k: v for k, v in group.items() if k != "members"}}
