"""The embedded store's executor of write plans (write_plan.py) on a networkx MultiDiGraph.

Relationships are keyed by type: at most one relationship of a type between two nodes, as the
Neo4j executor's MERGE makes it. Every primitive here has its Cypher twin in neo4j_writer.py.
"""
from __future__ import annotations

import networkx as nx

from . import write_plan as wp
from .schema import SHARED_LABELS

STUB_KEEPS = ("label", "key", "title", "name", "doc_number")


def holding(g: nx.MultiDiGraph, source: str, sha256: str) -> wp.Holding:
    doc = next((n for n, d in g.nodes(data=True) if d.get("label") == "Document" and source in d.get("sources", ())),
               None)
    if doc is None:
        return wp.Holding(content_stored=wp.document_id(sha256) in g)
    return wp.Holding(doc, tuple(g.nodes[doc].get("sources", ())), tuple(_out(g, doc, "CONTAINS")),
                      wp.document_id(sha256) in g)


def execute(g: nx.MultiDiGraph, plan: wp.WritePlan) -> None:
    for op in plan.operations:
        _PRIMITIVES[type(op)](g, op)


def _out(g: nx.MultiDiGraph, n: str, rtype: str) -> list[str]:
    return [v for _, v, k in g.out_edges(n, keys=True) if k == rtype]


def _in(g: nx.MultiDiGraph, n: str, rtype: str) -> list[str]:
    return [u for u, _, k in g.in_edges(n, keys=True) if k == rtype]


def _with_owner(owners: list | None, owner: str | None) -> list | None:
    if owner is None:
        return owners
    owners = list(owners or ())
    return owners if owner in owners else owners + [owner]


def _unlink(g: nx.MultiDiGraph, op: wp.UnlinkSource) -> None:
    d = g.nodes[op.doc]
    d["sources"] = [s for s in d.get("sources", ()) if s != op.source]


def _link(g: nx.MultiDiGraph, op: wp.LinkSource) -> None:
    d = g.nodes[op.doc]
    d["sources"] = sorted(set(d.get("sources", ())) | {op.source})
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
                g.remove_node(n)
    for p in policies:
        for _, v, k, d in list(g.out_edges(p, keys=True, data=True)):
            if op.doc in d.get("owners", ()):
                d["owners"] = [o for o in d["owners"] if o != op.doc]
                if not d["owners"]:
                    g.remove_edge(p, v, k)
    g.remove_node(op.doc)


def _merge_nodes(g: nx.MultiDiGraph, op: wp.MergeNodes) -> None:
    for row in op.rows:
        nid = row["id"]
        kept: dict = {}
        if nid in g:
            if op.create_only:
                continue
            d = g.nodes[nid]
            owners = d.get("owners")
            kept = {k: d.get(k) or [] for k in op.union}
            d.clear()
        else:
            owners = None
            g.add_node(nid)
            d = g.nodes[nid]
        d.update(row["props"], label=op.label)
        for k, old in kept.items():  # old values first, then the new ones not already there
            d[k] = old + [x for x in d.get(k) or [] if x not in old]
        owners = _with_owner(owners, op.owner)
        if owners is not None:
            d["owners"] = owners


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


def _mark_stale(g: nx.MultiDiGraph, op: wp.MarkStale) -> None:
    g.nodes[op.doc]["overlaps_stale"] = op.token


def _merge_title_stubs(g: nx.MultiDiGraph, op: wp.MergeTitleStubs) -> None:
    for pair in op.pairs:
        pid, tk = pair["id"], pair["title_key"]
        stubs = [s for s, d in g.nodes(data=True) if d.get("label") == "Policy" and d.get("stub")
                 and d.get("key") == tk and d.get("doc_number") is None and s != pid]
        for s in stubs:
            for u, _, k, d in list(g.in_edges(s, keys=True, data=True)):
                if k in ("SUPERSEDES", "BASED_ON") and pid in g:
                    if g.has_edge(u, pid, k):
                        g.edges[u, pid, k].clear()
                        g.edges[u, pid, k].update(d)
                    else:
                        g.add_edge(u, pid, key=k, **d)
            g.remove_node(s)


def _settle(g: nx.MultiDiGraph, op: wp.SettlePolicies) -> None:
    for pid in op.ids:
        if pid not in g or _in(g, pid, "CONTAINS"):
            continue
        if _in(g, pid, "SUPERSEDES") or _in(g, pid, "BASED_ON"):
            d = g.nodes[pid]
            keep = {k: d[k] for k in STUB_KEEPS if d.get(k) is not None}
            d.clear()
            d.update(keep, stub=True)
            g.remove_edges_from([(pid, v, k) for _, v, k in list(g.out_edges(pid, keys=True))])
        else:
            g.remove_node(pid)


def _prune(g: nx.MultiDiGraph, op: wp.PruneOrphans) -> None:
    g.remove_nodes_from([n for n, d in g.nodes(data=True)
                         if ((d.get("label") in SHARED_LABELS and d.get("label") != "Region")
                             or (d.get("label") == "Policy" and d.get("stub"))) and g.degree(n) == 0])
    while True:  # a region stays while a policy or a child region is in it; leaves first
        empty = [n for n, d in g.nodes(data=True) if d.get("label") == "Region"
                 and not any(k in ("IN_REGION", "PART_OF") for _, _, k in g.in_edges(n, keys=True))]
        if not empty:
            return
        g.remove_nodes_from(empty)


_PRIMITIVES = {
    wp.UnlinkSource: _unlink, wp.ReleaseDocument: _release, wp.MergeNodes: _merge_nodes, wp.MergeRels: _merge_rels,
    wp.LinkSource: _link, wp.MarkStale: _mark_stale, wp.MergeTitleStubs: _merge_title_stubs,
    wp.SettlePolicies: _settle, wp.PruneOrphans: _prune,
}
