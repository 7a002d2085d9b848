from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from extraction.pipeline import build_nlp

ROOT = Path(__file__).parent.parent
SEED_DIR = ROOT / "seed"
DEVSET_CASES = ROOT.parent / "shared" / "devset" / "cases"


def devset_cases() -> Path:
    """The development set's cases: a failure under CI=true when missing, a skip elsewhere."""
    if not DEVSET_CASES.is_dir():
        if os.environ.get("CI") == "true":
            pytest.fail(f"CI needs the development set at {DEVSET_CASES}")
        pytest.skip(f"no development set at {DEVSET_CASES}")
    return DEVSET_CASES


def extract_documents(paths) -> list:
    """The documents extracted from files that must all extract (seeds, devset)."""
    from api.files import extract_paths

    result = extract_paths(paths)
    assert not result.errors, result.errors
    return result.documents


@pytest.fixture(scope="session")
def devset_documents():
    return extract_documents(sorted(devset_cases().glob("*.txt")))


@pytest.fixture(scope="session")
def nlp():
    return build_nlp()


@pytest.fixture(scope="session")
def seed_texts() -> dict[str, str]:
    return {f"seed/{p.name}": p.read_text(encoding="utf-8") for p in sorted(SEED_DIR.glob("*.txt"))}


@pytest.fixture(scope="session")
def neo4j_driver():
    from tests.neo4j_server import neo4j_driver as connect

    driver = connect()
    yield driver
    driver.close()


def extract_seed() -> list:
    """The seed documents extracted, with paths relative to the repository, as a user running
    from it would give them (tests/graph/make_snapshots.py stores the same)."""
    from api.files import extract_paths

    result = extract_paths([SEED_DIR])
    assert not result.errors
    for d in result.documents:
        d.path = str(Path(d.path).relative_to(ROOT))
    return result.documents


@pytest.fixture(scope="session")
def seed_documents():
    return extract_seed()


@pytest.fixture()
def neo4j_store(neo4j_driver):
    """A Neo4jStore on the real test server, emptied before the test."""
    from graph.neo4j_store import Neo4jStore

    store = Neo4jStore(os.environ["POLICYKG_TEST_NEO4J_URI"])
    store.clear()
    yield store
    store.close()


@pytest.fixture(params=["memory", "neo4j"])
def any_store(request, tmp_path):
    """Each store in turn: the embedded one in a fresh data directory, then the real Neo4j."""
    if request.param == "memory":
        from graph.memory_store import MemoryStore

        yield MemoryStore(tmp_path / "data")
    else:
        yield request.getfixturevalue("neo4j_store")


@pytest.fixture(scope="session")
def seed_expected(seed_documents) -> dict:
    """What a store must hold after loading the seed, derived from the extraction itself (not
    remembered numbers): node counts per label over the unique node ids the documents produce,
    the policies and measures the documents state, and their funding matches. A test comparing a
    store or an export against this checks that nothing is dropped or duplicated on the way,
    and keeps passing when an extraction fix legitimately changes the totals."""
    from collections import Counter

    from graph.rows import graph_rows

    labels: dict[str, str] = {}
    for doc in seed_documents:
        for node in graph_rows(doc).nodes:
            labels[node.id] = node.label
    measures = [m for d in seed_documents for p in d.policies for m in p.measures]
    return {
        "nodes": len(labels),
        "labels": Counter(labels.values()),
        "documents": len(seed_documents),
        "policies": sum(len(d.policies) for d in seed_documents),
        "measures": len(measures),
        "funding_matches": sum(len(m.funding_matches) for m in measures),
    }


@pytest.fixture(scope="session")
def seed_overlap_pairs(seed_graph_dir) -> int:
    """OVERLAPS pairs on the whole seed, derived in one uninterrupted in-memory run (the session's
    seed graph): what an interrupted or concurrent run must end with."""
    from graph.memory_store import MemoryStore

    pairs = MemoryStore(seed_graph_dir).counts().get("OVERLAPS", 0)
    assert pairs > 300
    return pairs


# --- the seed graph, built once per session -------------------------------------------------------
# Ingesting the seed and deriving its overlaps takes seconds per store; a test that needs the seed
# loaded (and is not about loading it) gets a copy of one session-wide build instead.


@pytest.fixture(scope="session")
def seed_graph_dir(tmp_path_factory, seed_documents) -> Path:
    """An embedded data directory holding the seed and its overlaps, built once. Never open it
    in a test: `seed_data_dir` gives each test its own copy."""
    from graph.memory_store import MemoryStore

    d = tmp_path_factory.mktemp("seed-graph") / "data"
    store = MemoryStore(d)
    for doc in seed_documents:
        store.ingest(doc)
    store.recompute_overlaps()
    assert not store.overlaps_stale()
    return d


def copy_data_dir(src: Path, dest: Path) -> Path:
    """A data directory of one's own: graph.json, its journal and lock file copied, a new inode each."""
    def files():
        return {p.name: (st.st_ino, st.st_mtime_ns, st.st_size) for p in sorted(src.iterdir()) if p.name != "graph.lock"
                for st in [p.stat()]}

    before = files()
    shutil.copytree(src, dest)
    assert files() == before, f"{src} changed: a test wrote to it"
    return dest


@pytest.fixture()
def seed_data_dir(tmp_path, seed_graph_dir) -> Path:
    """An embedded data directory holding the seed with its overlaps, this test's own to change."""
    return copy_data_dir(seed_graph_dir, tmp_path / "data")


class Neo4jSnapshot:
    """Every node and relationship of a Neo4j database (GraphVersion aside), to restore it in a
    few UNWIND batches instead of re-ingesting. `loaded` is the fingerprint of the suite's database
    right after the seed was last written into it: while it still shows that, no write happened since."""

    def __init__(self, driver):
        from graph.schema import check_label

        records, _, _ = driver.execute_query(
            "MATCH (n) WHERE NOT n:GraphVersion RETURN labels(n) AS labels, properties(n) AS props")
        self.nodes: dict[str, list[dict]] = {}
        for r in records:
            assert len(r["labels"]) == 1, r["labels"]
            label = r["labels"][0]  # the overlap state (graph/overlaps_update.py) is kept as well
            self.nodes.setdefault(label if label == "OverlapState" else check_label(label), []).append(r["props"])
        records, _, _ = driver.execute_query(
            "MATCH (a)-[r]->(b) RETURN type(r) AS type, labels(a)[0] AS la, a.id AS a, labels(b)[0] AS lb, "
            "b.id AS b, properties(r) AS props")
        self.rels: dict[tuple[str, str, str], list[dict]] = {}
        for r in records:
            key = (r["type"], check_label(r["la"]), check_label(r["lb"]))
            self.rels.setdefault(key, []).append({"a": r["a"], "b": r["b"], "props": r["props"]})
        self.counts = (sum(map(len, self.nodes.values())), sum(map(len, self.rels.values())))
        self.loaded = fingerprint(driver)

    def restore(self, store) -> tuple:
        """Empty the store's database and write the snapshot into it; its fingerprint after."""
        from graph.neo4j_store import bump_version
        from graph.schema import REL_TYPES

        store.clear()

        def write(tx):
            for label, rows in self.nodes.items():
                for i in range(0, len(rows), 5000):
                    tx.run(f"UNWIND $rows AS p CREATE (n:{label}) SET n = p", rows=rows[i:i + 5000]).consume()
            for (rel, la, lb), rows in self.rels.items():
                assert rel in REL_TYPES, rel
                for i in range(0, len(rows), 5000):
                    tx.run(f"UNWIND $rows AS r MATCH (a:{la} {{id: r.a}}) MATCH (b:{lb} {{id: r.b}}) "
                           f"CREATE (a)-[x:{rel}]->(b) SET x = r.props", rows=rows[i:i + 5000]).consume()
            bump_version(tx)

        with store.driver.session() as s:
            s.execute_write(write)
        after = fingerprint(store.driver)
        assert after[2:] == self.counts, (after, self.counts)
        return after


def fingerprint(driver) -> tuple:
    """The graph version (every write through Neo4jStore changes it) and the node and
    relationship counts."""
    records, _, _ = driver.execute_query(
        "OPTIONAL MATCH (v:GraphVersion {id: 'graph'}) "
        "CALL () { MATCH (n) WHERE NOT n:GraphVersion RETURN count(n) AS nodes } "
        "CALL () { MATCH ()-[r]->() RETURN count(r) AS rels } "
        "RETURN v.token AS token, v.version AS version, nodes, rels")
    r = records[0]
    return (r["token"], r["version"], r["nodes"], r["rels"])


@pytest.fixture(scope="session")
def neo4j_seed_snapshot(neo4j_driver, seed_documents) -> Neo4jSnapshot:
    """The seed with its overlaps, ingested into the real Neo4j once per session."""
    from graph.neo4j_store import Neo4jStore

    store = Neo4jStore(os.environ["POLICYKG_TEST_NEO4J_URI"])
    try:
        store.clear()
        for doc in seed_documents:
            store.ingest(doc)
        store.recompute_overlaps()
        assert not store.overlaps_stale()
    finally:
        store.close()
    return Neo4jSnapshot(neo4j_driver)


@pytest.fixture()
def neo4j_seed_store(neo4j_driver, neo4j_seed_snapshot):
    """A Neo4jStore on the real test server holding exactly the seed with its overlaps: restored
    from the session's snapshot unless the database still holds it untouched since the last
    restore (a test that only reads leaves it for the next one)."""
    from graph.neo4j_store import Neo4jStore

    store = Neo4jStore(os.environ["POLICYKG_TEST_NEO4J_URI"])
    if fingerprint(neo4j_driver) != neo4j_seed_snapshot.loaded:
        neo4j_seed_snapshot.loaded = neo4j_seed_snapshot.restore(store)
    yield store
    store.close()
