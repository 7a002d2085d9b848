"""Many documents in one Neo4j write transaction, with the statements of their write plans merged.

Writing one document costs ~30 Cypher statements (one per label and relationship type, the
holding and agency reads, provenance, title stubs, pruning). Under load each costs the server
milliseconds whatever its size, so a bulk load is dominated by statement count, not rows. Here a
batch of documents is one transaction in which:

- what the store holds for the batch's names and contents, and the stored agency names of its
  regions, are read once (two and one statements), not per document;
- documents already stored under their name are `unchanged` without building their rows (a
  rerun after a failure skips what landed: documents are content-addressed);
- the plans of new documents (`created`) are merged: one UNWIND per label and relationship
  type for the whole batch, rows of the same id combined as running the plans one after the
  other would leave them (properties of the last, owners and agency `names` gathered in
  order), stubs merged by title once, orphans pruned once, the version bumped once;
- anything else goes through the one-document path (`_write_document`) inside the same
  transaction, after the merged plans so far are written: a document whose name is already
  held by other content (replaced) or whose content is already stored (linked), a second
  document with the name or content of an earlier one in the batch, and a document whose title
  stubs or numbered titles meet an earlier one's (stub merging is order-dependent).

Agency names resolve against those stored plus those written earlier in the batch (kept in
Python as they are written), so rows are what the one-by-one load would build. The store runs
a failed batch again one document per transaction, so a bad document fails alone.
"""
from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable

from extraction.records import Document

from . import neo4j_writer
from . import write_plan as wp
from .rows import GraphRows, agency_regions, graph_rows
from .schema import DOCUMENT_OWNED_LABELS, DOCUMENT_OWNED_RELS, check_label, check_rel_type

_OWNED = ("WITH {v}, row, coalesce({v}.owners, []) AS owners SET {v} = row.props {extra} "
          "FOREACH (_ IN CASE WHEN size(row.owners) = 0 THEN [] ELSE [1] END | "
          "SET {v}.owners = owners + [o IN row.owners WHERE NOT o IN owners])")


def holdings(tx, docs: list[Document]) -> dict[str, wp.Holding]:
    """Holding by source name, for every document of the batch, in two statements."""
    ids = sorted({wp.document_id(d.sha256) for d in docs})
    stored = {r["id"] for r in tx.run("MATCH (d:Document) WHERE d.id IN $ids RETURN d.id AS id", ids=ids)}
    held = {}
    for r in tx.run("MATCH (d:Document) WHERE any(s IN d.sources WHERE s IN $sources) "
                    "RETURN d.id AS id, d.sources AS sources, [(d)-[:CONTAINS]->(p:Policy) | p.id] AS policies",
                    sources=sorted({d.path for d in docs})):
        for s in r["sources"]:
            held[s] = r
    out = {}
    for d in docs:
        r, content = held.get(d.path), wp.document_id(d.sha256) in stored
        out[d.path] = (wp.Holding(r["id"], tuple(r["sources"]), tuple(r["policies"]), content) if r
                       else wp.Holding(content_stored=content))
    return out


def known_agencies(tx, regions: set[str]) -> dict[str, set[str]]:
    """Every name (name and names) of the stored agencies of these regions, by region."""
    found: dict[str, set[str]] = {r: set() for r in regions}
    for r in tx.run("MATCH (a:Agency) WHERE a.region IN $regions UNWIND [a.name] + coalesce(a.names, []) AS n "
                    "RETURN a.region AS region, collect(DISTINCT n) AS names", regions=sorted(regions)):
        found[r["region"]] |= set(r["names"])
    return found


class _Merged:
    """The `created` plans of several documents as one plan's worth of UNWIND batches."""

    def __init__(self) -> None:
        self.nodes: dict[tuple, dict[str, dict]] = defaultdict(dict)  # (label, create_only, union) -> id -> row
        self.rels: dict[tuple, dict[tuple, dict]] = defaultdict(dict)  # (type, start, end label) -> pair -> row
        self.links: list[dict] = []  # {doc, source, token}
        self.pairs: list[dict] = []  # title stubs to merge
        self.title_keys: set[str] = set()

    def __bool__(self) -> bool:
        return bool(self.links)

    def meets(self, rows: GraphRows) -> bool:
        """Whether the document's stubs or numbered titles meet a title pending here: merging
        stubs by title is order-dependent, so it must then be written after them."""
        keys = {n.props.get("key") for n in rows.nodes
                if n.label == "Policy" and n.on_create_only and n.props.get("doc_number") is None}
        keys |= {n.props["title_key"] for n in rows.nodes if n.label == "Policy" and n.props.get("title_key")}
        return bool(keys & self.title_keys)

    def add(self, plan: wp.WritePlan) -> None:
        for op in plan.operations:
            if isinstance(op, wp.MergeNodes):
                group = self.nodes[(op.label, op.create_only, op.union)]
                for row in op.rows:
                    self._combine(group, row["id"], row, op.owner, op.create_only, op.union)
            elif isinstance(op, wp.MergeRels):
                group = self.rels[(op.type, op.start_label, op.end_label)]
                for row in op.rows:
                    self._combine(group, (row["start"], row["end"]), row, op.owner, False, ())
            elif isinstance(op, wp.LinkSource):
                self.links.append({"doc": op.doc, "source": op.source})
            elif isinstance(op, wp.MarkStale):
                self.links[-1]["token"] = op.token  # always right after its LinkSource in a created plan
            elif isinstance(op, wp.MergeTitleStubs):
                self.pairs += op.pairs
                self.title_keys |= {p["title_key"] for p in op.pairs}
            elif not isinstance(op, wp.PruneOrphans):
                raise ValueError(f"not a created plan: {op!r}")

    @staticmethod
    def _combine(group: dict, key, row: dict, owner: str | None, create_only: bool, union: tuple) -> None:
        """What the plans run in order leave: ON CREATE keeps the first row; otherwise the last
        one's properties, with owners and union lists gathered in order."""
        old = group.get(key)
        if old is None:
            group[key] = {**row, "owners": [owner] if owner else []}
        elif not create_only:
            props = dict(row["props"])
            for k in union:
                before = old["props"].get(k) or []
                props[k] = before + [x for x in props.get(k) or [] if x not in before]
            owners = old["owners"] + ([owner] if owner and owner not in old["owners"] else [])
            group[key] = {**row, "props": props, "owners": owners}

    def write(self, tx) -> None:
        # all SETs before ON CREATE ones: a stub's create-only row is a no-op once the policy exists,
        # which is what either order of the documents leaves
        for (label, create_only, union), rows in sorted(self.nodes.items(), key=lambda kv: kv[0][1]):
            text = _node_text(label, create_only, union)
            for batch in neo4j_writer.batches(rows.values()):
                tx.run(text, rows=batch).consume()
        tx.run("UNWIND $rows AS row MATCH (d:Document {id: row.doc}) "
               "UNWIND [s IN coalesce(d.sources, []) WHERE s <> row.source] + [row.source] AS s "
               "WITH d, row, s ORDER BY s WITH d, row, collect(s) AS sources "
               "SET d.sources = sources, d.name = sources[0], d.overlaps_stale = row.token", rows=self.links).consume()
        for (rtype, sl, el), rows in self.rels.items():
            text = (f"UNWIND $rows AS row MATCH (a:{check_label(sl)} {{id: row.start}}) "
                    f"MATCH (b:{check_label(el)} {{id: row.end}}) MERGE (a)-[r:{check_rel_type(rtype)}]->(b) "
                    + _OWNED.format(v="r", extra=""))
            for batch in neo4j_writer.batches(rows.values()):
                tx.run(text, rows=batch).consume()
        if self.pairs:
            neo4j_writer.execute(tx, wp.WritePlan("created", [wp.MergeTitleStubs(tuple(self.pairs))]))
        neo4j_writer.execute(tx, wp.WritePlan("created", [wp.PruneOrphans()]))


def _node_text(label: str, create_only: bool, union: tuple[str, ...]) -> str:
    label = check_label(label)
    if create_only:
        return f"UNWIND $rows AS row MERGE (n:{label} {{id: row.id}}) ON CREATE SET n = row.props, n.id = row.id"
    text = f"UNWIND $rows AS row MERGE (n:{label} {{id: row.id}}) " + _OWNED.format(v="n", extra=", n.id = row.id")
    for k in union:  # old values first, then the new ones not already there (as the one-document path does)
        k = neo4j_writer.property_name(k)
        text = text.replace("coalesce(n.owners, []) AS owners ",
                            f"coalesce(n.owners, []) AS owners, coalesce(n.{k}, []) AS old_{k} ", 1)
        text += f" SET n.{k} = old_{k} + [x IN coalesce(row.props.{k}, []) WHERE NOT x IN old_{k}]"
    return text


def write_batch(tx, docs: list[Document], token: str, write_one: Callable[..., str]) -> list[str]:
    """Write `docs` in this transaction; their statuses in order. `write_one(tx, doc, token)` is
    the one-document path (reads what it needs in the transaction)."""
    held = holdings(tx, docs)
    known = known_agencies(tx, set().union(*map(agency_regions, docs)))
    merged, statuses, seen = _Merged(), [], set()
    changed = False
    for doc in docs:
        doc_id = wp.document_id(doc.sha256)
        holding = held[doc.path]
        if doc.path in seen or doc_id in seen:  # the batch already changed what it read for this one
            plan = None
        elif holding.source_doc == doc_id:
            statuses.append("unchanged")
            continue
        else:
            regions = agency_regions(doc)
            rows = graph_rows(doc, set().union(*(known[r] for r in regions)))
            plan = plan_or_none(rows, holding, token)
            if plan is not None and merged.meets(rows):
                merged.write(tx)
                merged = _Merged()
        seen |= {doc.path, doc_id}
        if plan is None:  # written alone, after what is pending; it may release and prune agencies
            if merged:
                merged.write(tx)
                merged = _Merged()
            status = write_one(tx, doc, token)
            changed |= status != "unchanged"
            known = known_agencies(tx, set(known))
        else:
            merged.add(plan)
            changed = True
            for n in rows.nodes:
                if n.label == "Agency" and n.props.get("region") in known:
                    known[n.props["region"]] |= {n.props["name"], *n.props.get("names", ())}
            status = plan.status
        statuses.append(status)
    if merged:
        merged.write(tx)
    if changed:
        from .neo4j_store import bump_version

        bump_version(tx)
    return statuses


def plan_or_none(rows: GraphRows, holding: wp.Holding, token: str) -> wp.WritePlan | None:
    """The plan when it can be merged with others (a new document, nothing released), else None."""
    plan = wp.plan_write(rows, holding, token)
    return plan if plan.status == "created" else None
