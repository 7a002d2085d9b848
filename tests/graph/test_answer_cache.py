"""Answers of named questions are cached per graph version: a write anywhere (another store
object, another process) is seen by the next read, and no caller can change a cached answer."""
import os

import pytest

from extraction.pipeline import extract_text
from graph.answer_cache import AnswerCache
from graph.memory_store import MemoryStore

SEED_000 = "seed/000_61dcdc7b9149cff2.txt"


def _shortened(text: str) -> str:
    """Seed 000 without its last clause (十一) and with one cap changed."""
    return (text[: text.index("十一、算力资源支持")] + "\n以上措施自印发之日起试行。\n").replace("每年最高200万元", "每年最高277万元")


@pytest.fixture(scope="module")
def versions(seed_texts):
    original = extract_text(seed_texts[SEED_000], SEED_000)
    changed = extract_text(_shortened(seed_texts[SEED_000]), SEED_000)
    (policy,) = original.policies
    assert len(changed.policies[0].measures) < len(policy.measures)
    return original, changed, policy.id


def _caps(rows) -> set:
    return {a["value"] for r in rows for a in r["amounts"] if a["unit"] == "yuan"}


def _check_write_is_seen(reader, writer, versions):
    original, changed, pid = versions
    writer.ingest(original)
    before = reader.query("policy_measures", {"policy": pid})
    assert len(before) == len(original.policies[0].measures)
    assert reader.query("policy_measures", {"policy": pid}) == before  # answered again, from the cache
    writer.ingest(changed)  # another store object writes
    after = reader.query("policy_measures", {"policy": pid})
    assert len(after) == len(changed.policies[0].measures)
    assert 2.77e6 in _caps(after) and 2.77e6 not in _caps(before)


def _check_answers_cannot_be_changed(store, versions):
    original, _, pid = versions
    store.ingest(original)
    first = store.query("policy_measures", {"policy": pid})
    expected = [dict(r) for r in first]
    for attempt in range(2):  # the computed answer, then one served from the cache
        rows = store.query("policy_measures", {"policy": pid})
        assert rows == expected, attempt
        rows[0]["heading"] = "changed by a caller"
        rows[0]["amounts"].clear()
        rows.append({"injected": True})
    first.pop()
    assert store.query("policy_measures", {"policy": pid}) == expected


def test_embedded_store_sees_a_write_by_another_store_object(tmp_path, versions):
    reader, writer = MemoryStore(tmp_path / "data"), MemoryStore(tmp_path / "data")
    _check_write_is_seen(reader, writer, versions)
    assert reader.answers.hits >= 1


def test_embedded_store_answers_cannot_be_changed_by_callers(tmp_path, versions):
    _check_answers_cannot_be_changed(MemoryStore(tmp_path / "data"), versions)


def test_embedded_store_without_a_data_directory_sees_its_own_writes(versions):
    store = MemoryStore()
    _check_write_is_seen(store, store, versions)


def test_a_repeated_question_is_computed_once_per_version(tmp_path, versions, monkeypatch):
    import graph.memory_store as memory_store

    store = MemoryStore(tmp_path / "data")
    store.ingest(versions[0])
    calls = []
    real = memory_store.PYTHON_QUESTIONS["policy_measures"]
    monkeypatch.setitem(memory_store.PYTHON_QUESTIONS, "policy_measures", lambda g, **kw: calls.append(kw) or real(g, **kw))
    for _ in range(3):
        store.query("policy_measures", {"policy": versions[2]})
    assert len(calls) == 1
    store.query("policy_measures", {"policy": "pol_other"})  # other parameters: another answer
    assert len(calls) == 2
    store.ingest(versions[1])
    store.query("policy_measures", {"policy": versions[2]})
    assert len(calls) == 3


def test_the_cache_is_bounded_and_a_new_version_drops_the_old_answers():
    cache = AnswerCache(max_answers=3)
    for i in range(5):
        assert cache.answer(1, "q", {"p": str(i)}, lambda i=i: [{"i": i}]) == [{"i": i}]
    assert len(cache) == 3
    computed = []
    cache.answer(1, "q", {"p": "0"}, lambda: computed.append(0) or [{"i": 0}])
    assert computed == [0]  # the oldest answers went first
    cache.answer(1, "q", {"p": "4"}, lambda: computed.append(4) or [])
    assert computed == [0]  # a recent one is still there
    cache.answer(2, "q", {"p": "4"}, lambda: [])
    assert len(cache) == 1


def test_a_list_parameter_keys_its_answer_by_its_items():
    cache, computed = AnswerCache(), []
    for regions in (["长春", "通州"], ["长春", "通州"], ["通州", "长春"], None):
        cache.answer(1, "q", {"regions": regions}, lambda r=regions: computed.append(r) or [{"r": r}])
    assert computed == [["长春", "通州"], ["通州", "长春"], None]  # the same list again is a hit


def test_the_cache_is_bounded_in_bytes():
    cache = AnswerCache(max_bytes=10_000)
    for i in range(10):
        cache.answer(1, "q", {"p": str(i)}, lambda: [{"text": "x" * 3000}])
    assert len(cache) == 3


@pytest.mark.neo4j
def test_neo4j_store_sees_a_write_by_another_store_object(neo4j_store, versions):
    from graph.neo4j_store import Neo4jStore

    writer = Neo4jStore(os.environ["POLICYKG_TEST_NEO4J_URI"])
    try:
        _check_write_is_seen(neo4j_store, writer, versions)
        assert neo4j_store.answers.hits >= 1
        neo4j_store.query("policy_measures", {"policy": versions[2]})
        writer.clear()  # a wipe starts the version again, under a new token: nothing cached survives it
        assert neo4j_store.query("policy_measures", {"policy": versions[2]}) == []
        assert "GraphVersion" not in neo4j_store.counts()
    finally:
        writer.close()


@pytest.mark.neo4j
def test_neo4j_store_answers_cannot_be_changed_by_callers(neo4j_store, versions):
    _check_answers_cannot_be_changed(neo4j_store, versions)
