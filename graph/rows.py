"""Extraction records -> graph rows (nodes and relationships), the same for both stores.

Every node and relationship carries its provenance: the source document, character offsets
and the rule that produced it, so a user can go from any node back to the sentence.
"""
from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable
from dataclasses import dataclass, field

from extraction.lexicons import region_by_name
from extraction.pipeline import title_key
from extraction.places import city_of
from extraction.records import PER_RECIPIENT_ROLES, Document, Policy

from .agency_resolution import Resolution, resolve_agencies, split_region

Props = dict


@dataclass(frozen=True)
class NodeRow:
    label: str
    id: str
    props: Props
    on_create_only: bool = False  # stub policies must not overwrite a real one's properties


@dataclass(frozen=True)
class RelRow:
    type: str
    start: str  # node ids
    end: str
    props: Props
    start_label: str = ""
    end_label: str = ""


@dataclass
class GraphRows:
    document: str
    sha256: str
    nodes: list[NodeRow] = field(default_factory=list)
    rels: list[RelRow] = field(default_factory=list)
    policy_ids: list[str] = field(default_factory=list)


def _hid(prefix: str, *parts: str) -> str:
    return f"{prefix}_" + hashlib.sha1("\x1f".join(parts).encode("utf-8")).hexdigest()[:12]


def agency_id(name: str) -> str:
    return f"agency:{name}"


def region_id(name: str) -> str:
    return f"region:{name}"


def sector_id(name: str) -> str:
    return f"sector:{name}"


def funding_source_id(scope: str, source: str) -> str:
    return _hid("fund", scope, source)


def _clean(props: dict) -> dict:
    """Neo4j properties: no None values, lists of scalars only."""
    out = {}
    for k, v in props.items():
        if v is None:
            continue
        if isinstance(v, (list, tuple)):
            if any(isinstance(x, (dict, list)) for x in v):
                v = json.dumps(v, ensure_ascii=False)
            else:
                v = list(v)
        out[k] = v
    return out


def agency_names(doc: Document) -> set[str]:
    """Every agency name the document's records give (before resolution)."""
    names: set[str] = set()
    for p in doc.policies:
        names |= {a.name for a in p.agencies} | {a.name for a in p.interpreting_agencies}
        if p.interpreting_agency and not p.interpreting_agencies:
            names.add(p.interpreting_agency)
        for m in p.measures:
            names |= {a.name for a in m.agencies}
    return names


def agency_regions(doc: Document) -> set[str]:
    """The regions the document's agency names start with. Resolution only compares names of one
    region prefix (agency_resolution.py), so the stored agencies of these regions are the only ones
    its names can meet: a store passes just those as `known_agencies`, and a write costs what the
    document brings, not every agency stored."""
    return {split_region(name)[1] for name in agency_names(doc)} - {None}


def graph_rows(doc: Document, known_agencies: Iterable[str] = ()) -> GraphRows:
    """The document as rows. Agency names are resolved (graph/agency_resolution.py) over the
    document's own names plus `known_agencies` (the names already stored, so that a short name
    meets the full name another document of its region gave)."""
    rows = GraphRows(document=doc.path, sha256=doc.sha256)
    nodes: dict[str, NodeRow] = {}
    rels: dict[tuple[str, str, str], RelRow] = {}
    src = doc.path
    mine = agency_names(doc)
    resolved = resolve_agencies(mine | set(known_agencies))
    seen_as: dict[str, set[str]] = {}  # resolved name -> the names it was given (this document and known)
    for name, r in resolved.items():
        seen_as.setdefault(r.name, set()).add(name)

    def node(label: str, nid: str, props: dict, on_create_only: bool = False) -> None:
        if nid not in nodes or (nodes[nid].on_create_only and not on_create_only):
            nodes[nid] = NodeRow(label, nid, _clean(props), on_create_only)

    def rel(rtype: str, start: str, end: str, props: dict) -> None:
        rels.setdefault((rtype, start, end), RelRow(rtype, start, end, _clean({**props, "document": src})))

    def agency(name: str) -> tuple[str, dict]:
        """The resolved Agency node for a name, and the props its relationship keeps as evidence."""
        r = resolved.get(name) or Resolution(name, "as_named")
        node("Agency", agency_id(r.name), {"name": r.name, "names": sorted(seen_as.get(r.name, {name})),
                                           "region": r.region})
        return agency_id(r.name), {"named": name, "resolution": r.rule if r.name != name else None}

    # a document is its content; the names it was read from are its `sources` (write_plan.py)
    doc_id = f"doc:{doc.sha256}"
    node("Document", doc_id, {"name": doc.path, "sha256": doc.sha256, "layout": doc.layout})
    for policy in doc.policies:
        rows.policy_ids.append(policy.id)
        _policy(policy, src, node, rel, agency)
        rel("CONTAINS", doc_id, policy.id, {})
    rows.nodes = list(nodes.values())
    rows.rels = [RelRow(r.type, r.start, r.end, r.props, nodes[r.start].label, nodes[r.end].label) for r in rels.values()]
    return rows


def _region_chain(name: str | None, node, rel) -> str | None:
    if not name:
        return None
    table = region_by_name()
    current = table.get(name)
    node("Region", region_id(name), {"name": name, "level": current.level if current else None})
    while current is not None and current.parent:
        parent = table.get(current.parent)
        node("Region", region_id(current.parent), {"name": current.parent, "level": parent.level if parent else None})
        rel("PART_OF", region_id(current.name), region_id(current.parent), {"rule": "regions.table"})
        current = parent
    return region_id(name)


def _policy(p: Policy, src: str, node, rel, agency) -> None:
    cap = max((a.value for m in p.measures for a in m.amounts if a.unit == "yuan" and a.role in PER_RECIPIENT_ROLES),
              default=None)
    node("Policy", p.id, {
        "title": p.title, "name": p.title, "key": p.key, "stub": False, "title_inferred": p.title_inferred,
        "region": p.region, "level": p.level, "doc_number": p.doc_number, "effective_from": p.effective_from,
        "expires_on": p.expires_on, "effective_rule": p.effective_rule, "validity_years": p.validity_years,
        "issued_on": p.issued_on,
        "non_cumulative": p.non_cumulative, "sectors": p.sectors, "document": src, "start": p.start, "end": p.end,
        "measure_count": len(p.measures), "max_cap_yuan": cap, "rule": "layout",
        # a numbered policy also answers to its title: a stub cited by title alone is merged into it
        "title_key": title_key(p.title, p.region) if p.doc_number else None,
    }, on_create_only=p.interpretation)  # a 政策解读 names the policy; it never overwrites what its own text says
    region_node = _region_chain(p.region, node, rel)
    if region_node:
        rel("IN_REGION", p.id, region_node, {"rule": "places"})
    region = region_by_name().get(p.region or "")
    for kind, refs in (("SUPERSEDES", p.supersedes), ("BASED_ON", p.based_on)):
        for ref in refs:
            node("Policy", ref.id, {"title": ref.title or ref.doc_number, "name": ref.title or ref.doc_number,
                                    "key": ref.key, "stub": True, "doc_number": ref.doc_number}, on_create_only=True)
            rel(kind, p.id, ref.id, {"start": ref.start, "end": ref.end, "rule": ref.rule})
    for a in p.interpreting_agencies:  # a joined 负责解释 list is one INTERPRETED_BY per agency
        aid, evidence = agency(a.name)
        rel("INTERPRETED_BY", p.id, aid, {"raw": a.raw, "start": a.start, "end": a.end, "rule": a.rule, **evidence})
    if p.interpreting_agency and not p.interpreting_agencies:  # records written before the split
        aid, evidence = agency(p.interpreting_agency)
        rel("INTERPRETED_BY", p.id, aid, {"rule": "policy_facts.interprets", **evidence})
    for a in p.agencies:
        aid, evidence = agency(a.name)
        rel("ADMINISTERED_BY", p.id, aid, {"raw": a.raw, "start": a.start, "end": a.end, "rule": a.rule, **evidence})
    city = city_of(region)
    scope = city.name if city else (p.region or "")
    for m in p.measures:
        caps = [a.value for a in m.amounts if a.unit == "yuan" and a.role in PER_RECIPIENT_ROLES]
        node("Measure", m.id, {
            "name": m.heading or f"{m.path}", "policy_id": p.id, "number": m.number, "path": m.path,
            "section": m.section, "heading": m.heading, "text": m.text, "start": m.start, "end": m.end,
            "support_type": m.support_type, "sectors": m.sectors, "document": src, "region": p.region,
            "max_cap_yuan": max(caps) if caps else None, "rule": "clauses",
            # typed conditions (issue 12) as one JSON text, identical in both stores; the title names
            # also as a list so Cypher (measures_for_title.cypher) can test them without parsing JSON
            "conditions": [c.model_dump() for c in m.conditions] or None,
            "condition_titles": sorted({c.name for c in m.conditions if c.type == "title"}) or None,
        })
        rel("HAS_MEASURE", p.id, m.id, {})
        for i, a in enumerate(m.amounts):
            aid = f"{m.id}:a{i}"
            node("Amount", aid, {
                "name": a.text, "text": a.text, "value": a.value, "unit": a.unit, "role": a.role, "period": a.period,
                "repaired": a.repaired, "currency": a.currency, "document": src, "start": a.start, "end": a.end,
                "rule": a.rule, "measure_id": m.id,
            })
            rel("HAS_AMOUNT", m.id, aid, {})
        for a in m.agencies:
            aid, evidence = agency(a.name)
            rel("RESPONSIBLE_DEPT", m.id, aid,
                {"role": a.role, "raw": a.raw, "start": a.start, "end": a.end, "rule": a.rule, **evidence})
        for s in m.sectors:
            node("Sector", sector_id(s), {"name": s})
            rel("TARGETS", m.id, sector_id(s), {"rule": "topics.sectors"})
        for f in m.funding_matches:
            fid = funding_source_id(scope, f.source)
            node("FundingSource", fid, {"name": f.source, "level": f.level, "scope": scope})
            rel("MATCHES_CITY_FUNDING", m.id, fid, {"ratio": f.ratio, "cap_yuan": f.cap_yuan, "text": f.text,
                                                   "start": f.start, "end": f.end, "rule": f.rule})
