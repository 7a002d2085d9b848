"""The embedded store against Neo4j's answers committed in tests/graph/snapshots/ (made by
tests/graph/make_snapshots.py): runs without Java. tests/graph/test_parity.py checks, with a real
Neo4j, that the snapshots are still what Neo4j answers."""
import json

import pytest
from pydantic import TypeAdapter

from graph.contracts import QUESTIONS
from graph.memory_store import MemoryStore
from tests.graph.make_snapshots import load

SNAPSHOTS = load()


@pytest.fixture(scope="module")
def memory(seed_documents, tmp_path_factory):
    store = MemoryStore(tmp_path_factory.mktemp("snapshots"))
    for doc in seed_documents:
        store.ingest(doc)
    store.recompute_overlaps()
    return store


def test_every_question_has_a_snapshot_with_answers():
    assert set(SNAPSHOTS) == set(QUESTIONS)
    for name, cases in SNAPSHOTS.items():
        assert any(c["rows"] for c in cases), name
        assert len({json.dumps(c["params"], sort_keys=True) for c in cases}) == len(cases), name  # no case twice


@pytest.mark.parametrize("name", sorted(QUESTIONS))
def test_snapshot_cases_give_every_date(name):
    """A date left out is today: the answer would drift with the calendar."""
    dates = [p.name for p in QUESTIONS[name].params if p.type == "date"]
    for case in SNAPSHOTS[name]:
        assert all(case["params"].get(d) for d in dates), case["params"]


@pytest.mark.parametrize("name", sorted(QUESTIONS))
def test_snapshot_rows_fit_the_row_model(name):
    q = QUESTIONS[name]
    rows = [r for c in SNAPSHOTS[name] for r in c["rows"]]
    TypeAdapter(list[q.row]).validate_python(rows, strict=True)
    assert all(list(r) == list(q.columns()) for r in rows), name


@pytest.mark.parametrize("name", sorted(QUESTIONS))
def test_the_embedded_store_answers_as_neo4j_did(memory, name):
    q = QUESTIONS[name]
    for case in SNAPSHOTS[name]:
        rows = memory.query(name, case["params"])
        assert rows == case["rows"], (name, case["params"])
        assert all(list(r) == list(q.columns()) for r in rows), name
