"""Neo4j's executor of write plans (write_plan.py): each primitive as Cypher, all of one plan
in one write transaction. The twin of memory_writer.py, primitive for primitive.

Labels and relationship types are the only text spliced into Cypher, and only after
schema.check_label / check_rel_type; every value goes in as a parameter, in UNWIND batches.
"""
from __future__ import annotations

from . import write_plan as wp
from .schema import SHARED_LABELS, check_label, check_rel_type

BATCH = 5000
# add $owner to a list of owners kept across `SET x = row.props` (which would drop it)
_OWNERS = ("WITH {v}, row, coalesce({v}.owners, []) AS owners SET {v} = row.props {extra} "
           "FOREACH (_ IN CASE WHEN $owner IS NULL THEN [] ELSE [1] END | "
           "SET {v}.owners = owners + [o IN [$owner] WHERE NOT o IN owners])")


def holding(tx, source: str, sha256: str) -> wp.Holding:
    stored = tx.run("MATCH (d:Document {id: $id}) RETURN count(d) > 0 AS stored", id=wp.document_id(sha256)).single()
    record = tx.run("MATCH (d:Document) WHERE $source IN d.sources "
                    "RETURN d.id AS id, d.sources AS sources, [(d)-[:CONTAINS]->(p:Policy) | p.id] AS policies",
                    source=source).single()
    if record is None:
        return wp.Holding(content_stored=stored["stored"])
    return wp.Holding(record["id"], tuple(record["sources"]), tuple(record["policies"]), stored["stored"])


def execute(tx, plan: wp.WritePlan) -> None:
    for op in plan.operations:
        _PRIMITIVES[type(op)](tx, op)


def batches(items, size: int = BATCH):
    """Items in UNWIND batches of `size` (the store's overlap writes use it too)."""
    items = list(items)
    for i in range(0, len(items), size):
        yield items[i:i + size]


def _unlink(tx, op: wp.UnlinkSource) -> None:
    tx.run("MATCH (d:Document {id: $doc}) SET d.sources = [s IN d.sources WHERE s <> $source]",
           doc=op.doc, source=op.source).consume()


def _link(tx, op: wp.LinkSource) -> None:
    # sorted as the embedded store keeps them (no list sort in Cypher without APOC: unwind, order, collect)
    tx.run("MATCH (d:Document {id: $doc}) "
           "UNWIND [s IN coalesce(d.sources, []) WHERE s <> $source] + [$source] AS s "
           "WITH d, s ORDER BY s WITH d, collect(s) AS sources SET d.sources = sources, d.name = sources[0]",
           doc=op.doc, source=op.source).consume()


def _release(tx, op: wp.ReleaseDocument) -> None:
    tx.run("""
        MATCH (:Document {id: $doc})-[:CONTAINS]->(:Policy)-[:HAS_MEASURE]->(m:Measure)
        OPTIONAL MATCH (m)-[:HAS_AMOUNT]->(a:Amount)
        WITH collect(DISTINCT m) + collect(DISTINCT a) AS owned
        UNWIND owned AS n
        WITH n WHERE $doc IN coalesce(n.owners, [])
        SET n.owners = [o IN n.owners WHERE o <> $doc]
        WITH n WHERE size(n.owners) = 0
        DETACH DELETE n
    """, doc=op.doc).consume()
    tx.run("""
        MATCH (:Document {id: $doc})-[:CONTAINS]->(p:Policy)-[r]->()
        WHERE $doc IN coalesce(r.owners, [])
        SET r.owners = [o IN r.owners WHERE o <> $doc]
        WITH r WHERE size(r.owners) = 0
        DELETE r
    """, doc=op.doc).consume()
    tx.run("MATCH (d:Document {id: $doc}) DETACH DELETE d", doc=op.doc).consume()


def _merge_nodes(tx, op: wp.MergeNodes) -> None:
    label = check_label(op.label)
    if op.create_only:
        text = f"UNWIND $rows AS row MERGE (n:{label} {{id: row.id}}) ON CREATE SET n = row.props, n.id = row.id"
    else:
        text = f"UNWIND $rows AS row MERGE (n:{label} {{id: row.id}}) " + _OWNERS.format(v="n", extra=", n.id = row.id")
        for k in op.union:  # old values first, then the new ones not already there (as memory_writer does)
            k = property_name(k)
            text = text.replace("coalesce(n.owners, []) AS owners ",
                                f"coalesce(n.owners, []) AS owners, coalesce(n.{k}, []) AS old_{k} ", 1)
            text += f" SET n.{k} = old_{k} + [x IN coalesce(row.props.{k}, []) WHERE NOT x IN old_{k}]"
    for batch in batches(op.rows):
        tx.run(text, rows=batch, owner=op.owner).consume()


def property_name(name: str) -> str:
    if not name.isidentifier() or not name.isascii():
        raise ValueError(f"not a property name: {name!r}")
    return name


def _merge_rels(tx, op: wp.MergeRels) -> None:
    rtype, sl, el = check_rel_type(op.type), check_label(op.start_label), check_label(op.end_label)
    text = (f"UNWIND $rows AS row MATCH (a:{sl} {{id: row.start}}) MATCH (b:{el} {{id: row.end}}) "
            f"MERGE (a)-[r:{rtype}]->(b) " + _OWNERS.format(v="r", extra=""))
    for batch in batches(op.rows):
        tx.run(text, rows=batch, owner=op.owner).consume()


def _mark_stale(tx, op: wp.MarkStale) -> None:
    tx.run("MATCH (d:Document {id: $doc}) SET d.overlaps_stale = $token", doc=op.doc, token=op.token).consume()


def _merge_title_stubs(tx, op: wp.MergeTitleStubs) -> None:
    pairs = list(op.pairs)
    for rtype in ("SUPERSEDES", "BASED_ON"):
        tx.run(f"UNWIND $pairs AS pr MATCH (s:Policy {{key: pr.title_key}}) "
               f"WHERE s.stub AND s.doc_number IS NULL AND s.id <> pr.id "
               f"MATCH (p:Policy {{id: pr.id}}) MATCH (x)-[r:{rtype}]->(s) "
               f"MERGE (x)-[r2:{rtype}]->(p) SET r2 = properties(r)", pairs=pairs).consume()
    tx.run("UNWIND $pairs AS pr MATCH (s:Policy {key: pr.title_key}) "
           "WHERE s.stub AND s.doc_number IS NULL AND s.id <> pr.id DETACH DELETE s", pairs=pairs).consume()


def _settle(tx, op: wp.SettlePolicies) -> None:
    tx.run("""
        UNWIND $ids AS pid
        MATCH (p:Policy {id: pid})
        WHERE NOT EXISTS { MATCH (:Document)-[:CONTAINS]->(p) }
        WITH p, EXISTS { MATCH ()-[:SUPERSEDES|BASED_ON]->(p) } AS cited
        CALL (p, cited) {
          WITH p WHERE cited
          OPTIONAL MATCH (p)-[r]->()
          DELETE r
          WITH DISTINCT p
          SET p = {id: p.id, key: p.key, title: p.title, name: p.name, doc_number: p.doc_number, stub: true}
        }
        WITH p WHERE NOT cited
        DETACH DELETE p
    """, ids=list(op.ids)).consume()


def _prune(tx, op: wp.PruneOrphans) -> None:
    shared = " OR ".join(f"n:{check_label(label)}" for label in SHARED_LABELS if label != "Region")
    tx.run(f"MATCH (n) WHERE ({shared} OR (n:Policy AND n.stub)) AND NOT EXISTS {{ MATCH (n)--() }} DELETE n").consume()
    while True:  # a region stays while a policy or a child region is in it; leaves first, to a fixpoint
        summary = tx.run("MATCH (n:Region) WHERE NOT EXISTS { MATCH ()-[:IN_REGION|PART_OF]->(n) } "
                         "DETACH DELETE n").consume()
        if summary.counters.nodes_deleted == 0:
            return


_PRIMITIVES = {
    wp.UnlinkSource: _unlink, wp.ReleaseDocument: _release, wp.MergeNodes: _merge_nodes, wp.MergeRels: _merge_rels,
    wp.LinkSource: _link, wp.MarkStale: _mark_stale, wp.MergeTitleStubs: _merge_title_stubs,
    wp.SettlePolicies: _settle, wp.PruneOrphans: _prune,
}
