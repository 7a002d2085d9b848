"""The named questions answered in Python over the embedded networkx graph.

Each function mirrors the .cypher file of the same name in cypher/, row for row and in the
same order; graph/contracts.py declares which function answers which question, with its
parameters and row columns. tests/graph/test_parity.py runs both on the seed corpus and requires
identical answers; tests/graph/test_snapshots.py compares these to Neo4j's answers committed in
tests/graph/snapshots/. Keep them in step: change one, change the other.

They read networkx's dicts directly (`g._node[n]` for `g.nodes[n]`, nx_edges.py for edges): a
view object per lookup was most of a question's time on a 10,000-policy graph.
"""
from __future__ import annotations

import datetime as dt
from collections import deque
import networkx as nx

from .memory_writer import index, policies_in_region
from .nx_edges import in_nodes as _in, out_nodes as _out

MAX_CHAIN_DEPTH = 25


def _label(g: nx.MultiDiGraph, label: str) -> list[str]:
    """The ids of the nodes with this label, in id order: read from the graph's index (kept by the
    write executor, memory_writer.Index), not by scanning every node of a large graph."""
    return sorted(index(g).by_label.get(label, ()))


def _edge(g: nx.MultiDiGraph, u: str, v: str, rtype: str) -> dict:
    return g._succ[u][v][rtype]  # g.edges[u, v, rtype] without building a view (see nx_edges.py)


def page_of(items: list, limit: int | None, offset: int | None) -> list:
    """items[offset:offset + limit], None meaning from the start / to the end."""
    start = offset or 0
    return items[start:None if limit is None else start + limit]


def today() -> str:
    return dt.date.today().isoformat()


def start_of(p: dict) -> str | None:
    """When a policy starts: its stated effective date, else its issue date when the text states
    no rule of its own (a notice with no 施行 clause takes effect when issued); None if unknown."""
    if p.get("effective_from"):
        return p["effective_from"]
    if p.get("effective_rule") is None and not p.get("stub"):
        return p.get("issued_on")
    return None


def _status(g: nx.MultiDiGraph, pid: str, p: dict, date: str, superseded: set | None = None) -> tuple:
    """(status, certainty, reason, voiders, since) of status_of, without the row: policies_in_force
    asks it of every policy and builds rows for the ones it keeps. The policies superseding this
    one are read from networkx's predecessor dict, only for a policy in `superseded` when it is
    given (the index's: most policies are superseded by none)."""
    node, voiders = g._node, []
    for n, keys in g._pred[pid].items() if superseded is None or pid in superseded else ():
        if "SUPERSEDES" in keys:
            start = start_of(node[n])
            if start is None or start <= date:
                voiders.append((n, start, bool(node[n].get("effective_from"))))
    voiders.sort()
    by = [v for v in voiders if v[1] is not None]
    since = min((v[1] for v in by), default=None)
    start, end = start_of(p), p.get("expires_on")
    assumed_start = start is not None and not p.get("effective_from")
    start_text = f"{start} (its issue date)" if assumed_start else start
    if by:
        status, certainty = "superseded", "stated" if any(v[2] for v in by) else "assumed"
        reason = f"voided by a policy in force from {since}"
    elif end and end < date:
        status, certainty, reason = "expired", "stated", f"valid until {end}"
    elif start and start > date:
        status, certainty = "not_yet_effective", "assumed" if assumed_start else "stated"
        reason = f"takes effect on {start_text}"
    elif voiders:
        status, certainty, reason = "unknown", "unknown", "voided by a policy with no start date"
    elif p.get("stub"):
        status, certainty, reason = "unknown", "unknown", "only cited by another policy: no dates known"
    elif start is None:
        status, certainty = "unknown", "unknown"
        reason = "no start date" + (" (takes effect on issue; issue date unknown)"
                                    if "issue" in (p.get("effective_rule") or "") else "")
    elif end:
        status, certainty = "in_force", "assumed" if assumed_start else "stated"
        reason = f"in force from {start_text} to {end}"
    elif p.get("validity_years") is not None:
        status, certainty, reason = "unknown", "unknown", "no end date (a validity period is stated, but not from when)"
    else:
        status, certainty = "in_force", "assumed"
        reason = f"in force from {start_text}; no end date stated: in force until voided"
    return status, certainty, reason, voiders, since


def status_of(g: nx.MultiDiGraph, pid: str, date: str) -> dict:
    """Status of a policy on `date`, derived from its dates and what supersedes it, with the
    certainty of that answer and the reason for it (README, "Status on a date"): `unknown` when
    the dates the answer needs are not known, never a guess."""
    p = g._node[pid]
    status, certainty, reason, voiders, since = _status(g, pid, p, date)
    return {"id": pid, "title": p.get("title"), "date": date, "status": status, "certainty": certainty,
            "reason": reason, "superseded_by": [v[0] for v in voiders], "superseded_since": since,
            "effective_from": p.get("effective_from"), "expires_on": p.get("expires_on"),
            "issued_on": p.get("issued_on")}


def supersession_chain(g: nx.MultiDiGraph, policy: str) -> list[dict]:
    if policy not in g:
        return []
    seen, queue = {policy}, deque([(policy, 0)])
    while queue:
        n, depth = queue.popleft()
        if depth >= MAX_CHAIN_DEPTH:
            continue
        for m in _out(g, n, "SUPERSEDES") + _in(g, n, "SUPERSEDES"):
            if m not in seen:
                seen.add(m)
                queue.append((m, depth + 1))
    rows = []
    for x in seen:
        for y in set(_out(g, x, "SUPERSEDES")):
            nx_, ny = g._node[x], g._node[y]
            rows.append({
                "newer_id": x, "newer_title": nx_.get("title"), "newer_doc_number": nx_.get("doc_number"),
                "newer_effective_from": nx_.get("effective_from"), "older_id": y, "older_title": ny.get("title"),
                "older_doc_number": ny.get("doc_number"), "older_expires_on": ny.get("expires_on"),
                "older_stub": bool(ny.get("stub")),
            })
    return sorted(rows, key=lambda r: (r["newer_id"], r["older_id"]))


def policy_status(g: nx.MultiDiGraph, policy: str, date: str | None = None) -> list[dict]:
    if policy not in g or g._node[policy].get("label") != "Policy":
        return []
    return [status_of(g, policy, date or today())]


def policies_in_force(g: nx.MultiDiGraph, date: str | None = None, region: str | None = None,
                      sector: str | None = None, include_unknown: bool | None = None, text: str | None = None,
                      limit: int | None = None, offset: int | None = None) -> list[dict]:
    """Policies known to be in force on `date`; with `include_unknown`, also those whose status
    is unknown for want of a date (known ones first); kept by region, sector and `text` in the
    title or document number. `limit`/`offset` cut a page, every row carries `total`."""
    date = date or today()
    wanted = ("in_force", "unknown") if include_unknown else ("in_force",)
    rows = []
    node, superseded = g._node, index(g).superseded
    for pid in _policies(g, region, sector, text, False):
        p = node[pid]
        status, certainty, reason, _, _ = _status(g, pid, p, date, superseded)
        if status not in wanted:
            continue
        rows.append({"id": pid, "title": p.get("title"), "region": p.get("region"),
                     "effective_from": p.get("effective_from"), "expires_on": p.get("expires_on"),
                     "status": status, "certainty": certainty, "reason": reason,
                     "non_cumulative": bool(p.get("non_cumulative")), **_list_columns(p)})
    rows.sort(key=lambda r: (r["status"] != "in_force", r["id"]))
    page = page_of(rows, limit, offset)
    for r in page:
        r["total"] = len(rows)
    return page


def _policies(g: nx.MultiDiGraph, region: str | None, sector: str | None, text: str | None,
              include_stubs: bool | None) -> list[str]:
    """The policies kept by part of a region name, a sector (a measure targets it) and text in the
    title or document number, stubs only with `include_stubs`. Starts from the sector's measures,
    else the region's policies (memory_writer's index), else every policy."""
    if sector is not None:  # from the sector's measures to their policies, not every policy's measures
        sid = f"sector:{sector}"
        candidates = {pid for m in (_in(g, sid, "TARGETS") if sid in g else ()) for pid in _in(g, m, "HAS_MEASURE")}
    elif region is not None:
        candidates = policies_in_region(g, region)
    else:
        candidates = index(g).by_label.get("Policy", ())
    node, kept = g._node, []
    for pid in candidates:
        p = node[pid]
        if p.get("label") != "Policy" or (p.get("stub") and not include_stubs):
            continue
        if region is not None and region not in (p.get("region") or ""):
            continue
        if text is not None and text not in (p.get("title") or "") and text not in (p.get("doc_number") or ""):
            continue
        kept.append(pid)
    return sorted(kept)


def _list_columns(p: dict) -> dict:
    """What a policy list shows of a policy besides id, title, region and dates (policy_list)."""
    return {"title_inferred": p.get("title_inferred"), "level": p.get("level"), "doc_number": p.get("doc_number"),
            "issued_on": p.get("issued_on"), "stub": p.get("stub"), "measure_count": p.get("measure_count"),
            "document": p.get("document")}


def policy_list(g: nx.MultiDiGraph, region: str | None = None, sector: str | None = None, text: str | None = None,
                include_stubs: bool | None = None, limit: int | None = None, offset: int | None = None) -> list[dict]:
    """Policies in id order, kept by part of a region name, a sector (a measure targets it) and
    text in the title or document number; stubs only with `include_stubs`. `limit`/`offset` cut
    a page before any row is built, and every row carries `total`, the policies before the cut."""
    kept = _policies(g, region, sector, text, include_stubs)
    rows, node = [], g._node
    for pid in page_of(kept, limit, offset):
        p = node[pid]
        rows.append({"id": pid, "title": p.get("title"), "title_inferred": p.get("title_inferred"),
                     "region": p.get("region"), "level": p.get("level"), "doc_number": p.get("doc_number"),
                     "effective_from": p.get("effective_from"), "expires_on": p.get("expires_on"),
                     "issued_on": p.get("issued_on"), "stub": p.get("stub"), "measure_count": p.get("measure_count"),
                     "document": p.get("document"), "total": len(kept)})  # the contract's column order
    return rows


def agency_measures(g: nx.MultiDiGraph, agency: str, limit: int | None = None,
                    offset: int | None = None) -> list[dict]:
    """Measures per agency whose name contains `agency`; `limit`/`offset` cut a page of the agency
    names (in name order, those with a measure) before their measures are read, and every row
    carries `total`, the names before the cut."""
    by_name: dict[str, list[str]] = {}
    for aid in _label(g, "Agency"):
        name = g._node[aid].get("name") or ""
        if agency in name and _in(g, aid, "RESPONSIBLE_DEPT"):
            by_name.setdefault(name, []).append(aid)
    names, start = sorted(by_name), offset or 0
    rows = []
    for aid in [aid for name in names[start:None if limit is None else start + limit] for aid in by_name[name]]:
        name = g._node[aid]["name"]
        for mid in _in(g, aid, "RESPONSIBLE_DEPT"):
            m = g._node[mid]
            pid = m.get("policy_id")
            rows.append({"agency": name, "role": _edge(g, mid, aid, "RESPONSIBLE_DEPT").get("role"),
                         "measure_id": mid, "measure_path": m.get("path"), "measure_heading": m.get("heading"),
                         "policy_id": pid, "policy_title": g._node[pid].get("title") if pid in g else None,
                         "total": len(names)})
    return sorted(rows, key=lambda r: (r["agency"], r["policy_id"] or "", r["measure_path"] or "", r["measure_id"]))


def _measure_label(g: nx.MultiDiGraph, mid: str) -> str:
    m = g._node[mid]
    title = g._node[m["policy_id"]].get("title") if m.get("policy_id") in g else ""
    return f"{title} {m.get('path')} {m.get('heading') or ''}".strip()


def department_map(g: nx.MultiDiGraph, region: str | None = None) -> list[dict]:
    by_agency: dict[str, set[str]] = {}
    for pid in policies_in_region(g, region) if region is not None else _label(g, "Policy"):
        p = g._node[pid]
        if p.get("label") != "Policy" or (region is not None and region not in (p.get("region") or "")):
            continue
        for mid in _out(g, pid, "HAS_MEASURE"):
            for aid in _out(g, mid, "RESPONSIBLE_DEPT"):
                by_agency.setdefault(aid, set()).add(mid)
    rows = []
    for aid, mids in by_agency.items():
        co = {g._node[other]["name"] for mid in mids for other in _out(g, mid, "RESPONSIBLE_DEPT") if other != aid}
        rows.append({"agency": g._node[aid]["name"], "measure_count": len(mids),
                     "measures": sorted(_measure_label(g, mid) for mid in mids), "co_agencies": sorted(co)})
    return sorted(rows, key=lambda r: r["agency"])


def region_measures(g: nx.MultiDiGraph, region: str) -> list[dict]:
    """The measures of the policies whose region name contains `region` that have a responsible
    agency, with their agencies' names: a region's department graph in one answer. Starts from
    the region's policies (memory_writer's index)."""
    rows = []
    for pid in sorted(policies_in_region(g, region)):
        p = g._node[pid]
        if p.get("label") != "Policy" or region not in (p.get("region") or ""):
            continue
        for mid in _out(g, pid, "HAS_MEASURE"):
            agencies = sorted(g._node[a]["name"] for a in _out(g, mid, "RESPONSIBLE_DEPT"))
            if agencies:
                m = g._node[mid]
                rows.append({"policy_id": pid, "policy_title": p.get("title"), "measure_id": mid, "path": m.get("path"),
                             "heading": m.get("heading"), "agencies": agencies, "_start": m.get("start")})
    rows.sort(key=lambda r: (r["policy_id"], r["_start"], r["measure_id"]))
    for r in rows:
        del r["_start"]
    return rows


def funding_matches(g: nx.MultiDiGraph, source: str | None = None, limit: int | None = None,
                    offset: int | None = None) -> list[dict]:
    """`limit`/`offset` cut a page of the rows (by source, policy, measure) before they are built;
    every row carries `total`, the rows before the cut."""
    keyed = []  # (source name, policy id, measure id, source id): the rows' order, from the ids alone
    for fid in _label(g, "FundingSource"):
        name = g._node[fid].get("name")
        if source is not None and source not in (name or ""):
            continue
        keyed += [(name, g._node[mid]["policy_id"], mid, fid) for mid in _in(g, fid, "MATCHES_CITY_FUNDING")]
    keyed.sort(key=lambda k: k[:3])
    rows = []
    for _, pid, mid, fid in page_of(keyed, limit, offset):
        f, m, e, p = g._node[fid], g._node[mid], _edge(g, mid, fid, "MATCHES_CITY_FUNDING"), g._node[pid]
        rows.append({"source_id": fid, "source": f.get("name"), "level": f.get("level"), "scope": f.get("scope"),
                     "measure_id": mid, "measure_path": m.get("path"), "policy_id": pid,
                     "policy_title": p.get("title"), "region": p.get("region"), "ratio": e.get("ratio"),
                     "cap_yuan": e.get("cap_yuan"), "total": len(keyed)})
    return rows


def sector_comparison(g: nx.MultiDiGraph, sector: str, regions: list[str] | None = None, limit: int | None = None,
                      offset: int | None = None) -> list[dict]:
    """The sector's measures in regions whose name contains one of `regions` (null: all), by
    region, policy and place in the text; `limit`/`offset` cut a page before the rows (amounts,
    funding ratios) are built, and every row carries `total`, the rows before the cut."""
    sid = f"sector:{sector}"
    if sid not in g:
        return []
    keyed = []  # (region, policy id, start, measure id): the rows' order, from the measures alone
    for mid in _in(g, sid, "TARGETS"):
        m = g._node[mid]
        region = m.get("region") or ""  # a measure's region is its policy's (graph/rows.py writes both)
        if regions is None or any(x in region for x in regions):
            keyed.append((region, m["policy_id"], m.get("start", 0), mid))
    keyed.sort()
    rows = []
    for region, pid, _, mid in page_of(keyed, limit, offset):
        m, p = g._node[mid], g._node[pid]
        amounts = [g._node[a] for a in _out(g, mid, "HAS_AMOUNT")]
        ratios = [_edge(g, mid, f, "MATCHES_CITY_FUNDING").get("ratio") for f in _out(g, mid, "MATCHES_CITY_FUNDING")]
        rows.append({
            "region": region, "policy_id": pid, "policy_title": p.get("title"),
            "measure_id": mid, "measure_path": m.get("path"), "heading": m.get("heading"),
            "support_type": m.get("support_type"), "max_cap_yuan": m.get("max_cap_yuan"),
            "shares": sorted(a["value"] for a in amounts if a.get("unit") == "percent" and a.get("role") == "share"),
            "ratios": sorted(r for r in ratios if r is not None), "total": len(keyed),
        })
    return rows


def sector_policies(g: nx.MultiDiGraph, sector: str) -> list[dict]:
    sid = f"sector:{sector}"
    ids = {g._node[m].get("policy_id") for m in (_in(g, sid, "TARGETS") if sid in g else ())}
    return [{"id": pid, "title": g._node[pid].get("title")} for pid in sorted(ids - {None})
            if pid in g and g._node[pid].get("label") == "Policy"]


def policy_measures(g: nx.MultiDiGraph, policy: str) -> list[dict]:
    if policy not in g:
        return []
    rows = []
    for mid in _out(g, policy, "HAS_MEASURE"):
        m = g._node[mid]
        amounts = sorted((g._node[a] for a in _out(g, mid, "HAS_AMOUNT")), key=lambda a: a.get("start", 0))
        agencies = sorted(_out(g, mid, "RESPONSIBLE_DEPT"), key=lambda a: g._node[a]["name"])
        sources = sorted(_out(g, mid, "MATCHES_CITY_FUNDING"), key=lambda f: g._node[f]["name"])
        rows.append({
            "id": mid, "number": m.get("number"), "path": m.get("path"), "section": m.get("section"),
            "heading": m.get("heading"), "support_type": m.get("support_type"), "text": m.get("text"),
            "start": m.get("start"), "end": m.get("end"), "document": m.get("document"),
            "conditions": m.get("conditions"),
            "amounts": [{"text": a.get("text"), "value": a.get("value"), "unit": a.get("unit"), "role": a.get("role"),
                         "period": a.get("period"), "repaired": a.get("repaired"), "start": a.get("start"),
                         "end": a.get("end")} for a in amounts],
            "agencies": [{"name": g._node[a]["name"], "raw": _edge(g, mid, a, "RESPONSIBLE_DEPT").get("raw"),
                          "role": _edge(g, mid, a, "RESPONSIBLE_DEPT").get("role")} for a in agencies],
            "sectors": sorted(g._node[s]["name"] for s in _out(g, mid, "TARGETS")),
            "funding_matches": [{"source": g._node[f]["name"], "level": g._node[f].get("level"),
                                 "ratio": _edge(g, mid, f, "MATCHES_CITY_FUNDING").get("ratio"),
                                 "cap_yuan": _edge(g, mid, f, "MATCHES_CITY_FUNDING").get("cap_yuan"),
                                 "text": _edge(g, mid, f, "MATCHES_CITY_FUNDING").get("text"),
                                 "start": _edge(g, mid, f, "MATCHES_CITY_FUNDING").get("start"),
                                 "end": _edge(g, mid, f, "MATCHES_CITY_FUNDING").get("end")} for f in sources],
        })
    return sorted(rows, key=lambda r: (r["start"], r["id"]))


def measures_for_title(g: nx.MultiDiGraph, title: str, region: str) -> list[dict]:
    rid = f"region:{region}"
    if rid not in g:
        return []
    ups, frontier = {rid}, [rid]
    for _ in range(5):  # PART_OF*0..5
        frontier = [u for r in frontier for u in _out(g, r, "PART_OF") if u not in ups]
        ups |= set(frontier)
    rows = []
    for up in ups:
        for pid in _in(g, up, "IN_REGION"):
            for mid in _out(g, pid, "HAS_MEASURE"):
                m = g._node[mid]
                titles = [t for t in m.get("condition_titles") or [] if t in title]
                if titles:
                    rows.append({"region": g._node[up]["name"], "policy_id": pid,
                                 "policy_title": g._node[pid].get("title"), "measure_id": mid, "path": m.get("path"),
                                 "heading": m.get("heading"), "max_cap_yuan": m.get("max_cap_yuan"), "titles": titles})
    return sorted(rows, key=lambda r: (r["region"], r["policy_id"], r["path"] or "", r["measure_id"]))
