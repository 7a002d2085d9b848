"""Load extracted records (spark-extract's JSON lines) into Neo4j, against the bare MERGE ceiling.

    python -m benchmarks.neo4j_load /tmp/c1k/records --neo4j bolt://127.0.0.1:37787

Three timed passes on the same server, each from what the previous one left:
1. store: `Neo4jStore.ingest_many` per `--batch` documents (what `policykg load-records --store
   neo4j --batch N` does: one transaction per batch, the write plans merged, provenance, version
   bump; graph/neo4j_batch.py), from empty; `--batch 1` is one transaction per document;
2. again: the same documents a second time (all unchanged: what resuming a run costs);
3. ceiling: from empty, the same node rows (graph/rows.py) as bare `UNWIND $rows AS row MERGE
   (n:Label {id: row.id}) SET n += row.props` in batches of 5,000, one transaction per batch,
   then the relationship rows as `UNWIND ... MATCH (a) MATCH (b) MERGE (a)-[r:TYPE]->(b)`.
Overlaps are not derived (recompute_overlaps is its own step). The database is emptied first
and left holding the ceiling pass: point it at a scratch server.
"""
from __future__ import annotations

import argparse
import time
from collections import defaultdict
from pathlib import Path

from api.service import recognisable
from api.spark_job import read_jsonl
from extraction.records import Document
from graph.rows import graph_rows
from graph.schema import check_label, check_rel_type

BATCH = 5000


def documents(paths: list[Path], limit: int | None) -> list[Document]:
    docs = [Document.model_validate(x) for x in read_jsonl(paths) if "error" not in x]
    docs = [d for d in docs if recognisable(d)]
    return docs[:limit] if limit else docs


def rate(label: str, seconds: float, docs: int, records: int) -> None:
    print(f"{label:<8} {seconds:8.1f} s  {docs / seconds:8.1f} documents/s  {records / seconds:9.0f} records/s")


def ceiling(store, docs: list[Document]) -> tuple[float, float, int, int]:
    nodes: dict[str, dict[str, dict]] = defaultdict(dict)
    rels: dict[tuple[str, str, str], dict[tuple, dict]] = defaultdict(dict)
    for d in docs:
        rows = graph_rows(d)
        for n in rows.nodes:
            nodes[n.label][n.id] = {"id": n.id, "props": n.props}
        for r in rows.rels:
            rels[(r.type, r.start_label, r.end_label)][(r.start, r.end)] = {"start": r.start, "end": r.end,
                                                                           "props": r.props}
    t = time.perf_counter()
    with store.driver.session() as s:
        for label, by_id in nodes.items():
            text = f"UNWIND $rows AS row MERGE (n:{check_label(label)} {{id: row.id}}) SET n += row.props"
            rows = list(by_id.values())
            for i in range(0, len(rows), BATCH):
                s.execute_write(lambda tx, b: tx.run(text, rows=b).consume(), rows[i:i + BATCH])
    node_s = time.perf_counter() - t
    with store.driver.session() as s:
        for (rtype, sl, el), by_pair in rels.items():
            text = (f"UNWIND $rows AS row MATCH (a:{check_label(sl)} {{id: row.start}}) "
                    f"MATCH (b:{check_label(el)} {{id: row.end}}) MERGE (a)-[r:{check_rel_type(rtype)}]->(b) "
                    "SET r += row.props")
            rows = list(by_pair.values())
            for i in range(0, len(rows), BATCH):
                s.execute_write(lambda tx, b: tx.run(text, rows=b).consume(), rows[i:i + BATCH])
    return node_s, time.perf_counter() - t, sum(map(len, nodes.values())), sum(map(len, rels.values()))


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("records", type=Path, nargs="+", help="spark-extract output directories or .jsonl files")
    parser.add_argument("--neo4j", required=True)
    parser.add_argument("--limit", type=int, help="only the first N documents")
    parser.add_argument("--batch", type=int, default=100, help="documents per write transaction (default 100)")
    args = parser.parse_args()
    from graph.neo4j_store import Neo4jStore

    docs = documents(args.records, args.limit)
    records = sum(len(r.nodes) + len(r.rels) for r in map(graph_rows, docs))
    print(f"{len(docs)} documents, {records} node and relationship rows "
          f"({sum(len(p.measures) for d in docs for p in d.policies)} measures)")
    store = Neo4jStore(args.neo4j)
    store.clear()
    for label in ("store", "again"):
        t = time.perf_counter()
        results = [r for i in range(0, len(docs), args.batch) for r in store.ingest_many(docs[i:i + args.batch])]
        rate(label, time.perf_counter() - t, len(docs), records)
        statuses = {getattr(r, "status", f"failed: {r}") for r in results}
        print(f"         statuses {sorted(statuses)}; graph {sum(store.counts().values())} nodes+relationships")
    stored = store.counts()
    store.clear()
    node_s, total_s, n_nodes, n_rels = ceiling(store, docs)
    print(f"ceiling  nodes {n_nodes} in {node_s:.1f} s ({n_nodes / node_s:,.0f}/s); nodes+relationships "
          f"{n_nodes + n_rels} in {total_s:.1f} s ({(n_nodes + n_rels) / total_s:,.0f}/s, "
          f"{len(docs) / total_s:.1f} documents/s)")
    print(f"stored by the store: {sum(stored.values())}; by the ceiling: {sum(store.counts().values())}")
    store.close()


if __name__ == "__main__":
    main()
