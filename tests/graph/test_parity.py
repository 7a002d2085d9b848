"""Every named question, on the seed corpus, answered identically by Neo4j and the embedded store,
and as the snapshots committed in tests/graph/snapshots/ say Neo4j answers."""
import os

import pytest

from graph.memory_store import MemoryStore
from graph.neo4j_store import Neo4jStore
from graph.store import QUESTIONS
from tests.graph import make_snapshots
from tests.graph.make_snapshots import cases, policy_ids

pytestmark = pytest.mark.neo4j


@pytest.fixture(scope="module")
def stores(neo4j_driver, seed_documents, tmp_path_factory):
    memory = MemoryStore(tmp_path_factory.mktemp("parity"))
    neo4j = Neo4jStore(os.environ["POLICYKG_TEST_NEO4J_URI"])
    neo4j.clear()
    for doc in seed_documents:
        memory.ingest(doc)
        neo4j.ingest(doc)
    assert memory.recompute_overlaps() == neo4j.recompute_overlaps() > 0
    yield memory, neo4j
    neo4j.close()


def test_both_stores_answer_every_question_identically(stores):
    memory, neo4j = stores
    assert memory.counts() == neo4j.counts()
    asked = set()
    for name, params in cases(memory):
        asked.add(name)
        assert neo4j.query(name, params) == memory.query(name, params), (name, params)
    assert asked == set(QUESTIONS)


def test_answers_are_not_empty_where_the_seeds_have_facts(stores):
    memory, _ = stores
    assert all(memory.query("supersession_chain", {"policy": i}) for i in policy_ids(memory)[:5])
    assert memory.query("funding_matches", {"source": None})
    assert memory.query("department_map", {"region": "长春新区"})
    assert memory.query("sector_comparison", {"sector": "人工智能"})
    assert memory.query("measures_for_title", {"title": "专精特新小巨人", "region": "杭州市"})


def test_neo4j_still_answers_as_the_committed_snapshots(stores):
    """A stale snapshot (a question, the extraction or the overlaps changed) fails here: rerun
    `python -m tests.graph.make_snapshots`."""
    _, neo4j = stores
    fresh, committed = make_snapshots.answers(neo4j), make_snapshots.load()
    assert set(fresh) == set(committed) == set(QUESTIONS)
    for name in QUESTIONS:
        assert [c["params"] for c in fresh[name]] == [c["params"] for c in committed[name]], f"{name}: cases changed"
        for new, old in zip(fresh[name], committed[name]):
            assert new["rows"] == old["rows"], f"snapshot {name} {new['params']} is stale"
