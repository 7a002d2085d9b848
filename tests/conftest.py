from __future__ import annotations

from pathlib import Path

import pytest

from extraction.pipeline import build_nlp

ROOT = Path(__file__).parent.parent
SEED_DIR = ROOT / "seed"


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
    import os

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
def seed_overlap_pairs(seed_documents) -> int:
    """OVERLAPS pairs on the whole seed, derived in one uninterrupted in-memory run: what an
    interrupted or concurrent run must end with."""
    from graph.memory_store import MemoryStore

    store = MemoryStore()
    for doc in seed_documents:
        store.ingest(doc)
    store.recompute_overlaps()
    pairs = store.counts().get("OVERLAPS", 0)
    assert pairs > 300
    return pairs
