"""The embedded store's executor of write plans (write_plan.py) on a networkx MultiDiGraph.

Relationships are keyed by type: at most one relationship of a type between two nodes, as the
Neo4j executor's MERGE makes it. Every primitive here has its Cypher twin in neo4j_writer.py.

What Neo4j finds through its label and property indexes, the executor finds through an `Index`
kept beside each graph object (built on first use by one scan, then maintained by the
primitives): nodes by label, policies by key, and the nodes that lost a relationship or were
created since the last prune. Pruning looks at those only: after every plan nothing is left
orphaned, so only what the plan touched can have become an orphan (a fresh index of a graph of
unknown history, e.g. a copy, has no such record and prunes by scanning everything once; a graph
loaded from the store's files was written by plans, so `index(g, pruned=True)` starts it with
nothing to prune). So one write costs what the document brings, not what the store holds.
"""
from __future__ import annotations

from collections import defaultdict

import networkx as nx

from . import write_plan as wp
from .nx_edges import in_nodes as _in, out_nodes as _out
from .schema import SHARED_LABELS

STUB_KEEPS = ("label", "key", "title", "name", "doc_number")


class Index:
    """Lookups of the executor on one graph object; see the module's docstring."""

    def __init__(self, g: nx.MultiDiGraph):
        self.by_label: dict[str, set[str]] = defaultdict(set)
        self.policies_by_key: dict[str, set[str]] = defaultdict(set)
        self.agencies_by_region: dict[str | None, set[str]] = defaultdict(set)
        self.documents_by_source: dict[str, set[str]] = defaultdict(set)
        # measures by overlap group, for the questions (graph/overlap_questions.py): a group is set only by
        # recomputing overlaps, on a fresh copy whose index is built after; readers check each member
        self.by_cluster: dict[str, set[str]] = defaultdict(set)
        # policies by their region's name, for the questions that filter by region (a part of the
        # name: the few hundred names are matched, not the policies); kept by add/discard and by
        # _merge_nodes and _settle, which change a policy's properties in place
        self.policies_by_region: dict[str | None, set[str]] = defaultdict(set)
        # the policies a SUPERSEDES points at (or once did: never removed but with the node), so a
        # status over every policy reads the predecessors of these only; added by _merge_rels and
        # _merge_title_stubs, the only primitives that create a SUPERSEDES
        self.superseded: set[str] = set()
        for n, d in g.nodes(data=True):
            self.add(n, d)
        pred = g._pred
        self.superseded.update(n for n in self.by_label.get("Policy", ())
                               if any("SUPERSEDES" in keys for keys in pred[n].values()))
        self.touched: set[str] | None = None  # None: not known, the next prune scans everything

    def add(self, n: str, d: dict) -> None:
        self.by_label[d.get("label")].add(n)
        if d.get("overlap_cluster") is not None:
            self.by_cluster[d["overlap_cluster"]].add(n)
        if d.get("label") == "Policy":
            self.policies_by_region[d.get("region")].add(n)
        if d.get("label") == "Policy" and d.get("key") is not None:
            self.policies_by_key[d["key"]].add(n)  # a policy's id is a hash of its key: the key never changes
        elif d.get("label") == "Agency":
            self.agencies_by_region[d.get("region")].add(n)  # the region of its name: never changes either
        elif d.get("label") == "Document":
            for source in d.get("sources", ()):  # kept up to date by _unlink and _link
                self.documents_by_source[source].add(n)

    def discard(self, n: str, d: dict) -> None:
        self.by_label[d.get("label")].discard(n)
        self.superseded.discard(n)
        if d.get("overlap_cluster") is not None:
            self.by_cluster[d["overlap_cluster"]].discard(n)
        if d.get("label") == "Policy":
            self.policies_by_region[d.get("region")].discard(n)
        if d.get("label") == "Policy" and d.get("key") is not None:
            self.policies_by_key[d["key"]].discard(n)
        elif d.get("label") == "Agency":
            self.agencies_by_region[d.get("region")].discard(n)
        elif d.get("label") == "Document":
            for source in d.get("sources", ()):
                self.documents_by_source[source].discard(n)

    def policy_changed(self, n: str, old_region: str | None, d: dict) -> None:
        """A node's properties were replaced in place: its region entry follows."""
        self.policies_by_region[old_region].discard(n)
        if d.get("label") == "Policy":
            self.policies_by_region[d.get("region")].add(n)

    def touch(self, nodes) -> None:
        if self.touched is not None:
            self.touched.update(nodes)


def index(g: nx.MultiDiGraph, pruned: bool = False) -> Index:
    """The graph's index: an attribute of this graph object (a copy starts without one). `pruned`:
    the graph is known to hold no orphan (it was loaded from what plans wrote)."""
    idx = g.__dict__.get("_policykg_index")
    if idx is None:
        idx = g.__dict__["_policykg_index"] = Index(g)
        if pruned:
            idx.touched = set()
    return idx


def labelled(g: nx.MultiDiGraph, label: str) -> list[str]:
    """The ids of the nodes with this label."""
    return list(index(g).by_label.get(label, ()))


def policies_in_region(g: nx.MultiDiGraph, part: str) -> list[str]:
    """The ids of the policies whose region name contains `part` (as Cypher's CONTAINS), from the
    index: the distinct region names are matched, not every policy."""
    by_region = index(g).policies_by_region
    return [n for r, ns in by_region.items() if r is not None and part in r for n in ns]


def agencies_in(g: nx.MultiDiGraph, regions) -> list[str]:
    """The ids of the agencies of these regions (an agency's `region` is the region its name starts with)."""
    idx = index(g)
    return [n for r in regions for n in idx.agencies_by_region.get(r, ())]


def _remove_nodes(g: nx.MultiDiGraph, nodes) -> None:
    idx, nodes = index(g), list(nodes)
    for n in nodes:
        if n in g:
            idx.discard(n, g.nodes[n])
            idx.touch(g.pred[n])
            idx.touch(g.succ[n])
            g.remove_node(n)
    if idx.touched is not None:
        idx.touched.difference_update(nodes)


def _remove_edge(g: nx.MultiDiGraph, u: str, v: str, k: str) -> None:
    g.remove_edge(u, v, k)
    index(g).touch((u, v))


def holding(g: nx.MultiDiGraph, source: str, sha256: str) -> wp.Holding:
    doc = next(iter(sorted(index(g).documents_by_source.get(source, ()))), None)
    if doc is None:
        return wp.Holding(content_stored=wp.document_id(sha256) in g)
    return wp.Holding(doc, tuple(g.nodes[doc].get("sources", ())), tuple(_out(g, doc, "CONTAINS")),
                      wp.document_id(sha256) in g)


def execute(g: nx.MultiDiGraph, plan: wp.WritePlan) -> None:
    for op in plan.operations:
        _PRIMITIVES[type(op)](g, op)


def _with_owner(owners: list | None, owner: str | None) -> list | None:
    if owner is None:
        return owners
    owners = list(owners or ())
    return owners if owner in owners else owners + [owner]


def _unlink(g: nx.MultiDiGraph, op: wp.UnlinkSource) -> None:
    d = g.nodes[op.doc]
    d["sources"] = [s for s in d.get("sources", ()) if s != op.source]
    index(g).documents_by_source[op.source].discard(op.doc)


def _link(g: nx.MultiDiGraph, op: wp.LinkSource) -> None:
    d = g.nodes[op.doc]
    d["sources"] = sorted(set(d.get("sources", ())) | {op.source})
    index(g).documents_by_source[op.source].add(op.doc)
    d["name"] = d["sources"][0]


def _release(g: nx.MultiDiGraph, op: wp.ReleaseDocument) -> None:
    policies = _out(g, op.doc, "CONTAINS")
    owned = [m for p in policies for m in _out(g, p, "HAS_MEASURE")]
    owned += [a for m in owned for a in _out(g, m, "HAS_AMOUNT")]
    for n in owned:
        d = g.nodes[n]
        if op.doc in d.get("owners", ()):
            d["owners"] = [o for o in d["owners"] if o != op.doc]
            if not d["owners"]:
                _remove_nodes(g, [n])
    for p in policies:
        for _, v, k, d in list(g.out_edges(p, keys=True, data=True)):
            if op.doc in d.get("owners", ()):
                d["owners"] = [o for o in d["owners"] if o != op.doc]
                if not d["owners"]:
                    _remove_edge(g, p, v, k)
    _remove_nodes(g, [op.doc])


def _merge_nodes(g: nx.MultiDiGraph, op: wp.MergeNodes) -> None:
    created: list[str] = []
    changed: list[tuple[str, str | None]] = []  # existing nodes whose properties are replaced, with their old region
    for row in op.rows:
        nid = row["id"]
        kept: dict = {}
        if nid in g:
            if op.create_only:
                continue
            d = g.nodes[nid]
            owners = d.get("owners")
            kept = {k: d.get(k) or [] for k in op.union}
            changed.append((nid, d.get("region")))
            d.clear()
        else:
            owners = None
            g.add_node(nid)
            d = g.nodes[nid]
            created.append(nid)
        d.update(row["props"], label=op.label)
        for k, old in kept.items():  # old values first, then the new ones not already there
            d[k] = old + [x for x in d.get(k) or [] if x not in old]
        owners = _with_owner(owners, op.owner)
        if owners is not None:
            d["owners"] = owners
    idx = index(g)
    for nid in created:  # a node created without a relationship is an orphan until one arrives
        idx.add(nid, g.nodes[nid])
    for nid, old_region in changed:
        idx.policy_changed(nid, old_region, g.nodes[nid])
    idx.touch(created)


def _merge_rels(g: nx.MultiDiGraph, op: wp.MergeRels) -> None:
    for row in op.rows:
        u, v = row["start"], row["end"]
        if u not in g or v not in g:  # MATCH finds nothing: no relationship (as in Cypher)
            continue
        if g.has_edge(u, v, op.type):
            d = g.edges[u, v, op.type]
            owners = d.get("owners")
            d.clear()
        else:
            owners = None
            g.add_edge(u, v, key=op.type)
            d = g.edges[u, v, op.type]
        d.update(row["props"])
        owners = _with_owner(owners, op.owner)
        if owners is not None:
            d["owners"] = owners
        if op.type == "SUPERSEDES":
            index(g).superseded.add(v)


def _mark_stale(g: nx.MultiDiGraph, op: wp.MarkStale) -> None:
    g.nodes[op.doc]["overlaps_stale"] = op.token


def _merge_title_stubs(g: nx.MultiDiGraph, op: wp.MergeTitleStubs) -> None:
    for pair in op.pairs:
        pid, tk = pair["id"], pair["title_key"]
        stubs = [s for s in sorted(index(g).policies_by_key.get(tk, ())) if s != pid
                 and g.nodes[s].get("stub") and g.nodes[s].get("doc_number") is None]
        for s in stubs:
            for u, _, k, d in list(g.in_edges(s, keys=True, data=True)):
                if k in ("SUPERSEDES", "BASED_ON") and pid in g:
                    if g.has_edge(u, pid, k):
                        g.edges[u, pid, k].clear()
                        g.edges[u, pid, k].update(d)
                    else:
                        g.add_edge(u, pid, key=k, **d)
                    if k == "SUPERSEDES":
                        index(g).superseded.add(pid)
            _remove_nodes(g, [s])


def _settle(g: nx.MultiDiGraph, op: wp.SettlePolicies) -> None:
    for pid in op.ids:
        if pid not in g or _in(g, pid, "CONTAINS"):
            continue
        if _in(g, pid, "SUPERSEDES") or _in(g, pid, "BASED_ON"):
            d = g.nodes[pid]
            keep = {k: d[k] for k in STUB_KEEPS if d.get(k) is not None}
            old_region = d.get("region")
            d.clear()
            d.update(keep, stub=True)
            index(g).policy_changed(pid, old_region, d)
            for _, v, k in list(g.out_edges(pid, keys=True)):
                _remove_edge(g, pid, v, k)
        else:
            _remove_nodes(g, [pid])


def _prune(g: nx.MultiDiGraph, op: wp.PruneOrphans) -> None:
    idx = index(g)
    node = g._node  # networkx's own dict: g.nodes[n] costs a view call per node
    candidates = set(node) if idx.touched is None else {n for n in idx.touched if n in node}
    idx.touched = set()
    _remove_nodes(g, [n for n in candidates if _prunable(node[n]) and g.degree(n) == 0])
    regions = {n for n in candidates if n in node and node[n].get("label") == "Region"}
    while regions:  # a region stays while a policy or a child region is in it; leaves first
        empty = [n for n in regions if not any(k in ("IN_REGION", "PART_OF") for _, _, k in g.in_edges(n, keys=True))]
        if not empty:
            break
        _remove_nodes(g, empty)  # touches their parents, the next candidates
        regions = {n for n in idx.touched if n in node and node[n].get("label") == "Region"}
        idx.touched = set()
    idx.touched = set()


def _prunable(d: dict) -> bool:
    return (d.get("label") in SHARED_LABELS and d.get("label") != "Region") or (d.get("label") == "Policy"
                                                                               and bool(d.get("stub")))


def _overlap_update(g: nx.MultiDiGraph, op: wp.OverlapUpdate) -> None:
    by_cluster = index(g).by_cluster  # kept in step with every overlap_cluster set or cleared here
    if op.everything:
        g.remove_edges_from([(u, v, k) for u, v, k in g.edges(keys=True) if k == "OVERLAPS"])
        for d in g._node.values():
            d.pop("overlap_cluster", None)
        by_cluster.clear()
    else:
        for m in op.measures:
            if m in g:
                g.remove_edges_from([(u, v, k) for u, v, k in [*g.out_edges(m, keys=True), *g.in_edges(m, keys=True)]
                                     if k == "OVERLAPS"])
    for a, b in op.pairs:
        if g.has_edge(a, b, "OVERLAPS"):
            g.remove_edge(a, b, "OVERLAPS")
    for r in op.rows:
        a, b = r["a"], r["b"]
        if a in g and b in g:
            props = {k: v for k, v in r["props"].items() if v is not None}
            if g.has_edge(a, b, "OVERLAPS"):
                d = g.edges[a, b, "OVERLAPS"]
                d.clear()
                d.update(props)
            else:
                g.add_edge(a, b, key="OVERLAPS", **props)
    for a, b, cluster in op.pair_clusters:
        if g.has_edge(a, b, "OVERLAPS"):
            d = g.edges[a, b, "OVERLAPS"]
            if cluster is None:
                d.pop("cluster", None)
            else:
                d["cluster"] = cluster
    for n, cluster in op.clusters:
        if n in g:
            d = g.nodes[n]
            if d.get("overlap_cluster") is not None:
                by_cluster[d["overlap_cluster"]].discard(n)
            if cluster is None:
                d.pop("overlap_cluster", None)
            else:
                d["overlap_cluster"] = cluster
                by_cluster[cluster].add(n)
    for doc in op.documents:
        if doc in g:
            g.nodes[doc].pop("overlaps_stale", None)


_PRIMITIVES = {
    wp.UnlinkSource: _unlink, wp.ReleaseDocument: _release, wp.MergeNodes: _merge_nodes, wp.MergeRels: _merge_rels,
    wp.LinkSource: _link, wp.MarkStale: _mark_stale, wp.MergeTitleStubs: _merge_title_stubs,
    wp.SettlePolicies: _settle, wp.PruneOrphans: _prune, wp.OverlapUpdate: _overlap_update,
}
