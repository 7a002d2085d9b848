"""Neo4j, the system of record: official driver, constraints first, UNWIND batches, MERGE only,
one write transaction per document (all or nothing), or per batch of documents (neo4j_batch.py)
with a failed batch retried one document at a time."""
from __future__ import annotations

import contextlib
import gzip
import itertools
import logging
import time
import uuid
from typing import Callable

from extraction.errors import StoreUnavailableError
from extraction.records import Document

from .answer_cache import AnswerCache
from .contracts import QUESTIONS, question
from .overlaps import MeasureInfo, overlap_rows
from .overlaps_update import OverlapState, incremental_changes, update_overlaps
from .query_params import checked_params
from .rows import agency_regions, graph_rows
from . import neo4j_batch, neo4j_writer
from .schema import CONSTRAINTS, INDEXES, LABELS, check_label, label_of_id
from .write_plan import plan_write
from .store import IngestSummary

log = logging.getLogger(__name__)
CONNECT_TIMEOUT = 2.0  # seconds to open a connection or take one from the pool
INDEX_WAIT_SECONDS = 300  # how long opening a store waits for indexes it has just created to be filled
READ_RETRY_SECONDS = 0.5  # how long a read retries a lost server before the store reports it unavailable
# The graph's version: one node that every write transaction changes (bump_version), so that a
# reader, in any process, knows whether a cached answer still holds. A new token whenever the
# node is created again (after clear() or a manual wipe), so a version number never repeats.
VERSION_CONSTRAINT = ("CREATE CONSTRAINT graph_version_id IF NOT EXISTS "
                      "FOR (n:GraphVersion) REQUIRE n.id IS UNIQUE")
VERSION_READ = "OPTIONAL MATCH (v:GraphVersion {id: 'graph'}) RETURN v.token AS token, v.version AS version"
# The overlap state (graph/overlaps_update.py), gzipped, on one node written with the overlaps;
# like GraphVersion it is bookkeeping, left out of counts and exports.
STATE_READ = "OPTIONAL MATCH (s:OverlapState {id: 'overlaps'}) RETURN s.state AS state, s.token AS token"
MEASURE_READ = ("MATCH (m:Measure) WHERE $ids IS NULL OR m.id IN $ids OPTIONAL MATCH (p:Policy {id: m.policy_id}) "
                "RETURN m.id AS id, m.policy_id AS policy_id, m.region AS region, "
                "coalesce(p.non_cumulative, false) AS nc, m.heading AS heading, m.text AS text, m.sectors AS sectors "
                "ORDER BY id")


class Neo4jStore:
    name = "neo4j"

    def __init__(self, uri: str, user: str | None = None, password: str | None = None, database: str | None = None):
        from neo4j import GraphDatabase
        from neo4j.exceptions import AuthError, ServiceUnavailable

        self.uri, self.database = uri, database
        auth = (user, password) if user else None
        # Notices such as "property sha256 does not exist" on an empty database are noise.
        self.driver = GraphDatabase.driver(uri, auth=auth, notifications_disabled_classifications=["UNRECOGNIZED"],
                                           connection_timeout=CONNECT_TIMEOUT)
        try:
            self.driver.verify_connectivity()
        except (ServiceUnavailable, OSError) as exc:
            self.driver.close()
            raise StoreUnavailableError(f"Neo4j at {uri} does not answer: {exc}") from None
        except AuthError as exc:
            self.driver.close()
            raise StoreUnavailableError(f"Neo4j at {uri} refused the credentials: {exc.message}") from None
        self.ensure_schema()
        self.answers = AnswerCache()  # answers of named questions (and node look-ups) per graph version

    def _session(self, read: bool = False):
        """Reads give up quickly when the server is gone (the API answers 503 within seconds, not
        after the driver's 30 s of retries); writes keep retrying transient conflicts longer."""
        config = {"database": self.database} if self.database else {}
        if read:  # READ access: routed to a reader on a cluster (neo4j:// URIs), the only server otherwise
            config.update(max_transaction_retry_time=READ_RETRY_SECONDS, connection_acquisition_timeout=CONNECT_TIMEOUT,
                          default_access_mode="READ")
        return self.driver.session(**config)

    def _guard(self, fn, *args):
        from neo4j.exceptions import ServiceUnavailable, SessionExpired

        from neo4j.exceptions import TransientError

        try:
            return fn(*args)
        except (ServiceUnavailable, SessionExpired) as exc:
            raise StoreUnavailableError(f"Neo4j at {self.uri} became unavailable: {exc}") from None
        except TransientError as exc:  # still failing after the driver's retries (e.g. out of transaction memory)
            raise StoreUnavailableError(f"Neo4j at {self.uri} refused the transaction ({exc.code}): "
                                        f"{exc.message}") from None

    def ensure_schema(self) -> None:
        """Create the constraints and indexes that are missing, and wait until they are online: a
        query planned while an index is still being filled (a new index on a large graph takes
        seconds) is planned without it, and `policykg serve` plans every read at start."""
        from neo4j.exceptions import ClientError

        with self._session() as s:
            created = sum(s.run(stmt).consume().counters.indexes_added for stmt in INDEXES)
            for stmt in CONSTRAINTS + [VERSION_CONSTRAINT]:
                s.run(stmt).consume()
            if created:
                try:
                    s.run("CALL db.awaitIndexes($seconds)", seconds=INDEX_WAIT_SECONDS).consume()
                except ClientError as exc:  # still filling: the store works, slower until they are online
                    log.warning("Neo4j indexes not online after %d s: %s", INDEX_WAIT_SECONDS, exc.message)

    # --- ingest ------------------------------------------------------------------------------

    def batch(self) -> contextlib.AbstractContextManager:
        """Ingests are committed one transaction each: a run needs nothing more."""
        return contextlib.nullcontext(self)

    def ingest(self, doc: Document) -> IngestSummary:
        measures = sum(len(p.measures) for p in doc.policies)
        with self._session() as s:
            status = self._guard(s.execute_write, _write_document, doc, uuid.uuid4().hex)
        return IngestSummary(doc.path, status, len(doc.policies), measures)

    def ingest_many(self, docs: list[Document]) -> list[IngestSummary | Exception]:
        """Store `docs` in one transaction (neo4j_batch.py); if it fails, each document in its own,
        so a bad one fails alone: its exception takes its place in the result, the others land.
        A lost server is raised (StoreUnavailableError), not reported per document."""
        from neo4j.exceptions import ServiceUnavailable, SessionExpired

        def summary(doc: Document, status: str) -> IngestSummary:
            return IngestSummary(doc.path, status, len(doc.policies), sum(len(p.measures) for p in doc.policies))

        try:
            with self._session() as s:
                statuses = self._guard(s.execute_write, neo4j_batch.write_batch, docs, uuid.uuid4().hex,
                                       _write_document)
            return [summary(d, st) for d, st in zip(docs, statuses)]
        except StoreUnavailableError:
            raise
        except Exception as exc:  # noqa: BLE001 - any document's failure: find which, alone
            if len(docs) == 1:
                return [exc]
            log.info("a batch of %d documents failed (%s): writing them one at a time", len(docs), exc)
        out: list[IngestSummary | Exception] = []
        for doc in docs:
            try:
                out.append(self.ingest(doc))
            except (StoreUnavailableError, ServiceUnavailable, SessionExpired):
                raise
            except Exception as exc:  # noqa: BLE001 - reported with the document's name by the caller
                out.append(exc)
        return out

    def overlaps_stale(self) -> bool:
        """Whether a document was written since overlaps were last derived."""
        rows = self.run_read("RETURN EXISTS { MATCH (d:Document) WHERE d.overlaps_stale IS NOT NULL } AS stale", {})
        return bool(rows[0]["stale"])

    def recompute_overlaps(self, full: bool = False) -> int:
        """Derive OVERLAPS and overlap groups (one transaction): for the stale documents' measures
        only when they are few (overlaps_update.incremental_changes), else, or with `full`, from
        every measure. The transaction also writes the overlap state, and refuses to if another
        process updated the overlaps since this one read the state (then everything is derived)."""
        # the stale marks first: a document written after this read keeps its mark (a new token)
        seen = self.stale_marks()
        state, token = None, None
        if not full:
            found = self.run_read(STATE_READ, {})
            token = found[0]["token"] if found else None
            state = OverlapState.from_bytes(gzip.decompress(found[0]["state"])) if found and found[0]["state"] else None
        plan = None
        if state is not None:
            stored = [r["id"] for r in self.run_read("MATCH (m:Measure) RETURN m.id AS id", {})]
            stale = {r["id"] for r in self.run_read(
                "MATCH (d:Document)-[:CONTAINS]->(:Policy)-[:HAS_MEASURE]->(m:Measure) WHERE d.id IN $docs "
                "RETURN DISTINCT m.id AS id", {"docs": [x["id"] for x in seen]})}
            plan = incremental_changes(state, stored, stale)
        if plan is None:
            collect: dict = {}
            rows, member_of = overlap_rows(self._measure_infos(None), collect)
            state = OverlapState.from_derivation(collect, rows, member_of)
            self.replace_all_overlaps(rows, member_of, seen, _packed(state))
            return state.pairs
        changed, removed = plan
        update = update_overlaps(state, self._measure_infos(sorted(changed)), removed,
                                 lambda ids: {m.id: m for m in self._measure_infos(sorted(ids))})
        with self._session() as s:
            done = self._guard(s.execute_write, _write_overlap_update, update, seen, _packed(state), token)
        if not done:
            log.warning("overlaps changed meanwhile by another writer: deriving them all")
            return self.recompute_overlaps(full=True)
        log.info("overlaps updated for %d changed and %d removed measures", len(changed), len(removed))
        return update.pairs

    def stale_marks(self) -> list[dict]:
        """The documents written since overlaps were last derived, with their mark (`token`): read
        before deriving, so that only these marks are cleared and a document written meanwhile
        keeps its own."""
        return self.run_read("MATCH (d:Document) WHERE d.overlaps_stale IS NOT NULL "
                             "RETURN d.id AS id, d.overlaps_stale AS token", {})

    def replace_all_overlaps(self, rows: list[dict], member_of: dict[str, str], seen: list[dict],
                             state: bytes | None, check: Callable | None = None) -> None:
        """Replace every OVERLAPS and overlap group by `rows` and `member_of`, clear the stale
        marks `seen` and store the overlap `state`; `check(tx)` runs first and may refuse.

        Up to OVERLAP_TX_PAIRS pairs this is one transaction. More are written in pieces, because
        the server bounds a transaction's memory (the default is 70% of the heap: at 10,000
        policies, 592,732 pairs in one transaction exceeded the 717 MiB of a 1 GB heap): the old
        pairs and groups are removed, then the new ones written, OVERLAP_TX_PAIRS a transaction,
        and the stale marks are cleared, the state written and the version bumped in the last
        one. Readers meanwhile can see part of the new overlaps (each piece bumps the version, so
        no cached answer outlives it); a run that stops half-way leaves the documents marked
        stale and no state, so the next derivation starts again from everything."""
        with self._session() as s:
            if len(rows) <= OVERLAP_TX_PAIRS:
                def whole(tx) -> None:
                    if check is not None:
                        check(tx)
                    _write_overlaps(tx, rows, member_of, seen, state)
                self._guard(s.execute_write, whole)
                return
            if check is not None:
                self._guard(s.execute_read, check)
            self._guard(s.execute_write, _write_state, None)  # no state while the overlaps are half-written
            for text in (DELETE_SOME_OVERLAPS, UNSET_SOME_CLUSTERS):
                while self._guard(s.execute_write, _count_write, text, OVERLAP_TX_PAIRS):
                    pass
            items = sorted(member_of.items())
            for i in range(0, max(len(rows), len(items)), OVERLAP_TX_PAIRS):
                self._guard(s.execute_write, _write_piece, rows[i:i + OVERLAP_TX_PAIRS],
                            dict(items[i:i + OVERLAP_TX_PAIRS]))
            self._guard(s.execute_write, _finish_overlaps, seen, state)

    def _measure_infos(self, ids: list[str] | None) -> list[MeasureInfo]:
        return [MeasureInfo(r["id"], r["policy_id"], r["region"], r["nc"], r["heading"], r["text"] or "",
                            tuple(r["sectors"] or ())) for r in self.run_read(MEASURE_READ, {"ids": ids})]

    # --- reading -----------------------------------------------------------------------------

    def query(self, name: str, params: dict) -> list[dict]:
        values = checked_params(name, params)
        return self._cached_read(name, question(name).query.text, values)

    def _cached_read(self, name: str, text: str, params: dict) -> list[dict]:
        """The answer kept for the graph's version now, else run. The version is read first (one
        auto-commit round trip, the whole cost of a cached answer), so an answer is never older
        than the version it is kept under."""
        with self._session(read=True) as s:  # one read session: on a cluster, a reader; its bookmarks
            record = self._guard(lambda: s.run(VERSION_READ).single())  # keep the answer no older than this
            version = (record["token"], record["version"])
            return self.answers.answer(version, name, params,
                                       lambda: self._guard(s.execute_read, _read, text, params))

    def run_read(self, text: str, params: dict) -> list[dict]:
        with self._session(read=True) as s:
            return self._guard(s.execute_read, _read, text, params)

    def node(self, node_id: str) -> dict | None:
        label = label_of_id(node_id)
        if label is None:
            return None
        rows = self._cached_read(f"node:{label}", _node_read(label), {"id": node_id})
        if not rows:
            return None
        return {"label": rows[0]["label"], **rows[0]["props"]}

    def nodes(self, label: str) -> list[dict]:
        label = check_label(label)
        rows = self._cached_read(f"nodes:{label}", _nodes_read(label), {})
        return [{"label": label, **r["props"]} for r in rows]

    def warm_plans(self) -> tuple[int, float]:
        """Plan every read the API runs, once, before the first request (`policykg serve`): Neo4j
        plans a query text on its first use, per combination of parameter types (null or text),
        which cost a cold request 0.1 to 0.4 s at 10,000 policies. EXPLAIN plans without running
        and the server keeps the plan in its query cache for every client (all workers). Bounded:
        one EXPLAIN per question and combination of its optional parameters (warm_reads),
        plus the node look-ups. Returns (plans, seconds)."""
        t0, n = time.perf_counter(), 0
        with self._session(read=True) as s:
            for text, params in warm_reads():
                self._guard(lambda: s.run("EXPLAIN " + text, params).consume())
                n += 1
        return n, time.perf_counter() - t0

    def counts(self) -> dict[str, int]:
        rows = self.run_read(
            "CALL () { MATCH (n) WHERE NOT n:GraphVersion AND NOT n:OverlapState RETURN labels(n)[0] AS name, count(*) AS c "
            "UNION ALL MATCH ()-[r]->() RETURN type(r) AS name, count(*) AS c } RETURN name, c", {})
        return dict(sorted((r["name"], r["c"]) for r in rows))

    def export(self) -> dict:
        nodes = self.run_read("MATCH (n) WHERE NOT n:GraphVersion AND NOT n:OverlapState RETURN n.id AS id, labels(n) AS labels, properties(n) AS props ORDER BY id", {})
        rels = self.run_read("MATCH (a)-[r]->(b) RETURN type(r) AS type, a.id AS start, b.id AS end, "
                             "properties(r) AS props ORDER BY start, end, type", {})
        return {
            "nodes": [{"id": n["id"], "labels": n["labels"], "properties": {k: v for k, v in n["props"].items() if k != "id"}}
                      for n in nodes],
            "relationships": [{"type": r["type"], "start": r["start"], "end": r["end"], "properties": r["props"]} for r in rels],
        }

    def clear(self) -> None:
        """Delete everything (tests and `policykg ingest --replace-all`)."""
        with self._session() as s:
            s.run("MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS").consume()
            s.execute_write(bump_version)  # a new token: no answer cached before the wipe is reused

    def close(self) -> None:
        self.driver.close()


def _node_read(label: str) -> str:
    return f"MATCH (n:{check_label(label)} {{id: $id}}) RETURN labels(n)[0] AS label, properties(n) AS props"


def _nodes_read(label: str) -> str:
    return f"MATCH (n:{check_label(label)}) RETURN properties(n) AS props ORDER BY n.id"


WARM_VALUES = {"text": "x", "texts": ["x"], "date": "2000-01-01", "bool": False, "int": 1}  # a value of each parameter type


def warm_reads() -> list[tuple[str, dict]]:
    """The reads Neo4jStore.warm_plans plans: each named question with each combination of its
    optional text (and list of texts) parameters null or given, and of its int ones (a page: limit and offset) all null
    or all given (the plan depends on which are null; a date is always
    given, today by default, a bool always true or false), the version read and the node look-ups."""
    reads: list[tuple[str, dict]] = [(VERSION_READ, {})]
    for q in QUESTIONS.values():
        given = {p.name: WARM_VALUES[p.type] for p in q.params}
        optional = [[p.name] for p in q.params if p.type in ("text", "texts") and not p.required]
        pages = [p.name for p in q.params if p.type == "int" and not p.required]  # limit and offset go together
        optional += [pages] if pages else []
        for nulls in itertools.product((True, False), repeat=len(optional)):
            reads.append((q.query.text, {**given, **{name: None for names, null in zip(optional, nulls) if null
                                                     for name in names}}))
    for label in LABELS:
        reads += [(_node_read(label), {"id": "x"}), (_nodes_read(label), {})]
    return reads


def _read(tx, text: str, params: dict) -> list[dict]:
    return [r.data() for r in tx.run(text, params)]


def bump_version(tx) -> None:
    """Call at the end of every write transaction that changed the graph."""
    tx.run("MERGE (v:GraphVersion {id: 'graph'}) ON CREATE SET v.token = randomUUID(), v.version = 0 "
           "SET v.version = v.version + 1").consume()


def _write_document(tx, doc: Document, token: str) -> str:
    """One transaction: the document's write plan, decided on what the transaction reads."""
    known = tx.run("MATCH (a:Agency) WHERE a.region IN $regions UNWIND [a.name] + coalesce(a.names, []) AS n "
                   "RETURN collect(DISTINCT n) AS names", regions=sorted(agency_regions(doc))).single()["names"]
    rows = graph_rows(doc, set(known))  # short names meet full names stored earlier
    plan = plan_write(rows, neo4j_writer.holding(tx, rows.document, rows.sha256), token)
    neo4j_writer.execute(tx, plan)
    if plan.operations:
        bump_version(tx)
    return plan.status


def _packed(state: OverlapState) -> bytes:
    return gzip.compress(state.to_bytes(), compresslevel=1)


def _write_state(tx, state: bytes | None) -> None:
    """Store the overlap state; None: overlaps written without one (derived elsewhere, e.g. by
    `policykg spark-overlaps`), so none is kept and the next derivation recomputes everything."""
    if state is None:
        tx.run("MATCH (s:OverlapState {id: 'overlaps'}) DELETE s").consume()
        return
    tx.run("MERGE (s:OverlapState {id: 'overlaps'}) SET s.state = $state, s.token = randomUUID()", state=state).consume()


def _clear_stale(tx, seen: list[dict]) -> None:
    tx.run("UNWIND $seen AS s MATCH (d:Document {id: s.id}) WHERE d.overlaps_stale = s.token "
           "REMOVE d.overlaps_stale", seen=seen).consume()


def _merge_overlaps(tx, rows: list[dict]) -> None:
    for batch in neo4j_writer.batches(rows):
        tx.run("UNWIND $rows AS row MATCH (a:Measure {id: row.a}) MATCH (b:Measure {id: row.b}) "
               "MERGE (a)-[r:OVERLAPS]->(b) SET r = row.props", rows=batch).consume()


def _set_clusters(tx, member_of: dict[str, str | None]) -> None:
    clusters = [{"id": m, "cluster": c} for m, c in member_of.items()]
    for batch in neo4j_writer.batches(clusters):
        tx.run("UNWIND $rows AS row MATCH (m:Measure {id: row.id}) SET m.overlap_cluster = row.cluster", rows=batch).consume()


def _write_overlaps(tx, rows: list[dict], member_of: dict[str, str], seen: list[dict], state: bytes | None) -> None:
    tx.run("MATCH ()-[r:OVERLAPS]->() DELETE r").consume()
    tx.run("MATCH (m:Measure) WHERE m.overlap_cluster IS NOT NULL REMOVE m.overlap_cluster").consume()
    _merge_overlaps(tx, rows)
    _set_clusters(tx, member_of)
    _finish_overlaps(tx, seen, state)


OVERLAP_TX_PAIRS = 50_000  # pairs (and groups) a transaction when all overlaps are replaced in pieces
DELETE_SOME_OVERLAPS = "MATCH ()-[r:OVERLAPS]->() WITH r LIMIT $n DELETE r RETURN count(*) AS c"
UNSET_SOME_CLUSTERS = ("MATCH (m:Measure) WHERE m.overlap_cluster IS NOT NULL WITH m LIMIT $n "
                       "REMOVE m.overlap_cluster RETURN count(*) AS c")


def _count_write(tx, text: str, n: int) -> int:
    count = tx.run(text, n=n).single()["c"]
    if count:
        bump_version(tx)
    return count


def _write_piece(tx, rows: list[dict], member_of: dict[str, str]) -> None:
    _merge_overlaps(tx, rows)
    _set_clusters(tx, member_of)
    bump_version(tx)


def _finish_overlaps(tx, seen: list[dict], state: bytes | None) -> None:
    _clear_stale(tx, seen)
    _write_state(tx, state)
    bump_version(tx)


def _write_overlap_update(tx, update, seen: list[dict], state: bytes, token: str | None) -> bool:
    """The update, unless the state read before is no longer the stored one (False)."""
    now = tx.run("OPTIONAL MATCH (s:OverlapState {id: 'overlaps'}) RETURN s.token AS token").single()["token"]
    if now != token:
        return False
    for batch in neo4j_writer.batches([{"a": a, "b": b} for a, b in update.delete]):
        tx.run("UNWIND $rows AS row MATCH (:Measure {id: row.a})-[r:OVERLAPS]->(:Measure {id: row.b}) DELETE r",
               rows=batch).consume()
    _merge_overlaps(tx, update.rows)
    pairs = [{"a": a, "b": b, "cluster": c} for (a, b), c in update.pair_clusters.items()]
    for batch in neo4j_writer.batches(pairs):
        tx.run("UNWIND $rows AS row MATCH (:Measure {id: row.a})-[r:OVERLAPS]->(:Measure {id: row.b}) "
               "SET r.cluster = row.cluster", rows=batch).consume()
    _set_clusters(tx, update.clusters)
    _clear_stale(tx, seen)
    _write_state(tx, state)
    bump_version(tx)
    return True
