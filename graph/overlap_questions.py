"""The overlap questions answered in Python over the embedded networkx graph: overlap groups
with their members and pairs, one group's pairs, one measure's overlaps. Each mirrors the .cypher
file of the same name, as graph/questions.py's do (its docstring says how they are checked).
"""
from __future__ import annotations

import networkx as nx

from .memory_writer import index
from .nx_edges import in_nodes as _in, out_nodes as _out
from .questions import page_of


def overlap_clusters(g: nx.MultiDiGraph, region: str | None = None, sector: str | None = None,
                     cluster: str | None = None, limit: int | None = None, offset: int | None = None) -> list[dict]:
    """The groups, largest first; `limit`/`offset` cut a page of them before each group's rows are
    built (the costly part: its pairs), and every row carries `total`, the groups before the cut.
    A filter starts from what it names (the group, the sector's measures, the measures of the
    regions whose name contains `region`), not from every group, unless a region text names so many
    regions that checking every group reads less; members come from the index (`by_cluster`), each
    checked against the graph."""
    idx, node = index(g), g._node
    wanted = None if cluster is None else {cluster}  # None: every group
    if sector is not None:  # the groups of the sector's measures
        sid = f"sector:{sector}"
        of_sector = {node[m].get("overlap_cluster") for m in (_in(g, sid, "TARGETS") if sid in g else ())} - {None}
        wanted = of_sector if wanted is None else wanted & of_sector
    broad = False  # a region text that names most regions: each candidate group's members are checked instead
    if region is not None:  # the groups with a member in a region whose name contains it: from those regions'
        # policies' measures (a measure's region is its policy's, whose IN_REGION node has that name), unless they
        # outnumber the measures with a group (len(_succ): about a policy's measures)
        policies = [pid for r in idx.by_label.get("Region", ()) if region in (node[r].get("name") or "")
                    for pid in _in(g, r, "IN_REGION")]
        broad = sum(len(g._succ[pid]) for pid in policies) >= sum(map(len, idx.by_cluster.values()))
        if not broad:
            of_region = {c for pid in policies for m in _out(g, pid, "HAS_MEASURE")
                         if region in (node[m].get("region") or "") and (c := node[m].get("overlap_cluster")) is not None}
            wanted = of_region if wanted is None else wanted & of_region
    kept = []
    for c in idx.by_cluster if wanted is None else sorted(wanted):
        members = [m for m in idx.by_cluster.get(c, ()) if m in node and node[m].get("overlap_cluster") == c]
        if members and (not broad or any(region in (node[m].get("region") or "") for m in members)):
            kept.append((c, members))
    kept.sort(key=lambda cm: (-len(cm[1]), cm[0]))
    rows = []
    for c, members in page_of(kept, limit, offset):
        ms = [(mid, g._node[mid]) for mid in members]
        pairs = [d for mid in members for keys in g._succ[mid].values()
                 if (d := keys.get("OVERLAPS")) is not None and d.get("cluster") == c]  # pairs join two members
        ordered = sorted(ms, key=lambda x: (x[1].get("region") or "", g._node[x[1]["policy_id"]].get("title") or "",
                                            x[1].get("start", 0), x[0]))
        rows.append({
            "cluster": c, "size": len(ms), "policies": len({m["policy_id"] for _, m in ms}),
            "regions": sorted({m.get("region") or "" for _, m in ms}), "pairs": len(pairs),
            "non_cumulative_pairs": sum(1 for d in pairs if d.get("non_cumulative")),
            "kinds": sorted({k for d in pairs for k in d.get("kinds") or ()}),
            "objects": sorted({x for d in pairs for x in d.get("objects") or ()}),
            "members": [{"measure_id": mid, "region": m.get("region"), "policy_id": m["policy_id"],
                         "policy_title": g._node[m["policy_id"]].get("title"), "path": m.get("path"),
                         "heading": m.get("heading"), "max_cap_yuan": m.get("max_cap_yuan")} for mid, m in ordered],
            "total": len(kept),
        })
    return rows


def overlap_pairs(g: nx.MultiDiGraph, cluster: str) -> list[dict]:
    """Each OVERLAPS between two members of the group (members from the index, checked)."""
    node = g._node
    members = {m for m in index(g).by_cluster.get(cluster, ()) if m in node and node[m].get("overlap_cluster") == cluster}
    rows = []
    for a in members:
        for b, keys in g._succ[a].items():
            if (d := keys.get("OVERLAPS")) is not None and b in members:
                rows.append({"a": a, "b": b, "score": d.get("score"), "basis": d.get("basis"),
                             "kinds": d.get("kinds") or [], "objects": d.get("objects") or [],
                             "non_cumulative": d.get("non_cumulative")})
    return sorted(rows, key=lambda r: (r["a"], r["b"]))


def measure_overlaps(g: nx.MultiDiGraph, measure: str) -> list[dict]:
    if measure not in g:
        return []
    rows = []
    edges = [(v, keys["OVERLAPS"]) for v, keys in g._succ[measure].items() if "OVERLAPS" in keys]
    edges += [(u, keys["OVERLAPS"]) for u, keys in g._pred[measure].items() if "OVERLAPS" in keys]
    for x, d in edges:
        m = g._node[x]
        rows.append({"measure_id": x, "region": m.get("region"), "policy_title": g._node[m["policy_id"]].get("title"),
                     "path": m.get("path"), "heading": m.get("heading"), "score": d.get("score"),
                     "basis": d.get("basis"), "kinds": d.get("kinds") or [], "objects": d.get("objects") or [],
                     "same_region": d.get("same_region"),
                     "non_cumulative": d.get("non_cumulative"), "cluster": d.get("cluster")})
    return sorted(rows, key=lambda r: (-r["score"], r["measure_id"]))
