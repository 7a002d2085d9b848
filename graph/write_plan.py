"""How one document is written, decided once for both stores.

A document is identified by its content (`doc:<sha256>`); the names it was read from (paths,
upload names) are `sources` on its Document node. Everything a document brings that belongs to
it alone (measures, amounts and the relationships in schema.DOCUMENT_OWNED_RELS) carries an
`owners` list of document ids: two documents holding the same numbered policy share its
measures, and a measure stays while either still holds it. Re-reading a name whose content
changed detaches the name from the old content; content left without any name is released
(its ownership removed, whatever nobody else owns deleted).

`plan_write` is pure: from the rows of the new document and what the store holds for the name
and the content (`Holding`), it returns the operations to run, in order. Each store executes
them with the same few primitives (graph/memory_store.py on networkx, graph/neo4j_store.py in
one Cypher transaction), so the two stores cannot drift apart in what a write means.
"""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

from .rows import GraphRows
from .schema import DOCUMENT_OWNED_LABELS, DOCUMENT_OWNED_RELS, check_label, check_rel_type


# list properties a node gathers from every document that writes it, instead of the last one's
UNION_PROPS = {"Agency": ("names",)}


def document_id(sha256: str) -> str:
    return f"doc:{sha256}"


@dataclass(frozen=True)
class Holding:
    """What the store holds now for the name being written and for its content."""
    source_doc: str | None = None  # the document the name is attached to
    source_doc_sources: tuple[str, ...] = ()  # every name of that document
    source_doc_policies: tuple[str, ...] = ()  # the policies it contains
    content_stored: bool = False  # a document with the new content exists (under other names)


# --- operations (each store implements one primitive per class) ---------------------------------

@dataclass(frozen=True)
class UnlinkSource:
    """The name no longer designates this document."""
    doc: str
    source: str


@dataclass(frozen=True)
class ReleaseDocument:
    """Nobody reads this content any more: remove it as an owner everywhere (what it reached
    through its policies), delete what is left without owner, then the Document node."""
    doc: str


@dataclass(frozen=True)
class MergeNodes:
    """MERGE by id; set the properties (unless `create_only` and the node exists); when `owner`
    is given, add it to the node's owners; list properties named in `union` keep the values
    they had besides the new ones (an agency's `names` gathered from every document)."""
    label: str
    rows: tuple[dict, ...]  # {"id", "props"}
    create_only: bool = False
    owner: str | None = None
    union: tuple[str, ...] = ()


@dataclass(frozen=True)
class MergeRels:
    """MERGE (start)-[type]->(end) by the two ids; set the properties; add `owner` if given."""
    type: str
    start_label: str
    end_label: str
    rows: tuple[dict, ...]  # {"start", "end", "props"}
    owner: str | None = None


@dataclass(frozen=True)
class LinkSource:
    """The name designates this document (added to its sources)."""
    doc: str
    source: str


@dataclass(frozen=True)
class MarkStale:
    """Derived data (overlaps) must be rebuilt: a new token on the document."""
    doc: str
    token: str


@dataclass(frozen=True)
class MergeTitleStubs:
    """A stub cited by title alone becomes the numbered policy with that title."""
    pairs: tuple[dict, ...]  # {"id", "title_key"}


@dataclass(frozen=True)
class SettlePolicies:
    """Policies no document contains any more: a cited one becomes a stub (its own properties
    and outgoing relationships dropped), an uncited one is deleted."""
    ids: tuple[str, ...]


@dataclass(frozen=True)
class PruneOrphans:
    """Shared nodes (agencies, sectors, funding sources) and stubs nothing points at; regions
    without a policy or a child region, leaves first, to a fixpoint."""


Operation = (UnlinkSource | ReleaseDocument | MergeNodes | MergeRels | LinkSource | MarkStale | MergeTitleStubs
             | SettlePolicies | PruneOrphans)


@dataclass(frozen=True)
class OverlapUpdate:
    """Derived overlaps written (embedded store only; Neo4j writes overlaps in its own transaction):
    first the OVERLAPS relationships to drop, every one (`everything`, which also clears every
    `overlap_cluster`) or those touching `measures`; then the OVERLAPS to add (`rows`:
    {"a", "b", "props"}, props that are None left out, an existing one replaced), the
    `overlap_cluster` values to set (`clusters`: (node, cluster) pairs, cluster None clears it),
    and the documents whose `overlaps_stale` token is cleared. Ids not in the graph are skipped.
    A full recompute is `everything=True`; an incremental one (graph/overlaps_update.py) names
    the pairs it drops (`pairs`: (a, b)), the rows it writes, the group of the pairs whose group
    changed (`pair_clusters`: (a, b, cluster or None)) and of the measures whose group changed."""
    everything: bool = False
    measures: tuple[str, ...] = ()
    rows: tuple[dict, ...] = ()
    clusters: tuple[tuple[str, str | None], ...] = ()
    documents: tuple[str, ...] = ()
    pairs: tuple[tuple[str, str], ...] = ()
    pair_clusters: tuple[tuple[str, str, str | None], ...] = ()


@dataclass
class WritePlan:
    status: str  # created, replaced, linked (content already stored under another name), unchanged
    operations: list[Operation] = field(default_factory=list)


def plan_write(rows: GraphRows, holding: Holding, token: str) -> WritePlan:
    """The operations that store `rows` (read from the name `rows.document`). Labels and types
    are checked here, before anything runs: a bad row changes nothing."""
    for n in rows.nodes:
        check_label(n.label)
    for r in rows.rels:
        check_rel_type(r.type)
    doc, source = document_id(rows.sha256), rows.document
    if holding.source_doc == doc:
        return WritePlan("unchanged")
    ops: list[Operation] = []
    released = False
    if holding.source_doc is not None:
        ops.append(UnlinkSource(holding.source_doc, source))
        if set(holding.source_doc_sources) <= {source}:
            ops.append(ReleaseDocument(holding.source_doc))
            released = True
    if holding.content_stored:
        ops.append(LinkSource(doc, source))
        if released:
            ops += [SettlePolicies(tuple(sorted(holding.source_doc_policies))), PruneOrphans(), MarkStale(doc, token)]
        return WritePlan("linked", ops)

    nodes: dict[tuple[str, bool], list[dict]] = defaultdict(list)
    for n in rows.nodes:
        nodes[(n.label, n.on_create_only)].append({"id": n.id, "props": n.props})
    for (label, create_only), batch in nodes.items():
        owner = doc if label in DOCUMENT_OWNED_LABELS else None
        ops.append(MergeNodes(label, tuple(batch), create_only, owner, UNION_PROPS.get(label, ())))
    ops += [LinkSource(doc, source), MarkStale(doc, token)]
    rels: dict[tuple[str, str, str], list[dict]] = defaultdict(list)
    for r in rows.rels:
        rels[(r.type, r.start_label, r.end_label)].append({"start": r.start, "end": r.end, "props": r.props})
    for (rtype, sl, el), batch in rels.items():
        ops.append(MergeRels(rtype, sl, el, tuple(batch), doc if rtype in DOCUMENT_OWNED_RELS else None))
    pairs = tuple({"id": n.id, "title_key": n.props["title_key"]} for n in rows.nodes
                  if n.label == "Policy" and n.props.get("title_key"))
    if pairs:
        ops.append(MergeTitleStubs(pairs))
    gone = sorted(set(holding.source_doc_policies) - set(rows.policy_ids)) if released else []
    if gone:
        ops.append(SettlePolicies(tuple(gone)))
    ops.append(PruneOrphans())
    return WritePlan("replaced" if holding.source_doc is not None else "created", ops)
