"""Overlap rows derived elsewhere (api/spark_overlaps.py) written into a store, as the store's
own recompute_overlaps writes the rows it derives: every OVERLAPS and overlap_cluster replaced,
the documents' overlaps_stale marks cleared, in one write (one transaction on Neo4j, UNWIND
batches of neo4j_writer.BATCH; one commit of the embedded graph).

The rows must come from the measures the store holds (the records it was loaded from): a row
naming a measure the store does not hold is refused before anything is written. The rows carry
no overlap state (graph/overlaps_update.py): the store's is dropped, so the next derivation after
a later load recomputes everything instead of updating from a state that is not the stored one.
"""
from __future__ import annotations

from typing import Iterable

from extraction.errors import InputError

from . import neo4j_writer
from .memory_store import MemoryStore, overlap_row, stale_documents
from .neo4j_store import Neo4jStore
from .write_plan import OverlapUpdate

SAMPLE = 5  # missing measure ids named in the error


def groups_of(rows: Iterable[dict]) -> dict[str, str]:
    """measure id -> group, from the rows: every member of a group is in a pair of that group
    (overlaps.clusters joins measures only through their pairs)."""
    out: dict[str, str] = {}
    for r in rows:
        cluster = r["props"].get("cluster")
        if cluster:
            out[r["a"]] = out[r["b"]] = cluster
    return out


def _missing(ids: list[str]) -> InputError:
    return InputError(f"{len(ids)} measures of the overlap rows are not in the store (first: "
                      f"{', '.join(sorted(ids)[:SAMPLE])}); load the records the rows were derived from first")


def replace_overlaps(store, rows: list[dict]) -> int:
    """Replace the store's overlaps by `rows` ({"a", "b", "props"} as overlaps.overlap_rows gives
    them). Returns the number of pairs written."""
    member_of = groups_of(rows)
    ids = sorted({r["a"] for r in rows} | {r["b"] for r in rows})
    if isinstance(store, Neo4jStore):
        _replace_neo4j(store, rows, member_of, ids)
    elif isinstance(store, MemoryStore):
        _replace_memory(store, rows, member_of, ids)
    else:
        raise TypeError(f"no overlap writer for {type(store).__name__}")
    return len(rows)


def _replace_memory(store: MemoryStore, rows: list[dict], member_of: dict[str, str], ids: list[str]) -> None:
    def compute(g) -> OverlapUpdate:
        missing = [m for m in ids if g._node.get(m, {}).get("label") != "Measure"]
        if missing:
            raise _missing(missing)
        store.drop_overlap_state()
        return OverlapUpdate(everything=True, documents=tuple(stale_documents(g)),
                             clusters=tuple(sorted(member_of.items())), rows=tuple(overlap_row(r) for r in rows))

    store.update_overlaps(compute)


def _replace_neo4j(store: Neo4jStore, rows: list[dict], member_of: dict[str, str], ids: list[str]) -> None:
    # the stale marks first, as recompute_overlaps: a document written after this keeps its mark
    seen = store.stale_marks()

    def check(tx) -> None:
        missing = []
        for batch in neo4j_writer.batches(ids):
            missing += tx.run("UNWIND $ids AS id OPTIONAL MATCH (m:Measure {id: id}) WITH id, m WHERE m IS NULL "
                              "RETURN collect(id) AS ids", ids=batch).single()["ids"]
        if missing:
            raise _missing(missing)

    store.replace_all_overlaps(rows, member_of, seen, None, check)
