"""Incremental overlaps (graph/overlaps_update.py) against a full recompute of the same measures.

What the design guarantees, and what is asserted: when measures are only added, the document
frequencies are those of a full recompute, so a pair found by both has the same score; the pairs
can still differ a little (stored pairs keep the near-copy keys and the keep decisions of their
own derivation), so the sets are compared with a stated bound. A removed or rewritten measure
leaves no pair. Groups never exceed MAX_GROUP. The state and the stored graph always agree.
"""
from collections import Counter

import pytest

import graph.memory_store
import graph.neo4j_store
import graph.overlaps
import graph.overlap_state as overlap_state
import graph.overlaps_update as ou
from graph.memory_store import MemoryStore, _measure_info
from graph.overlaps import MAX_GROUP, NEAR_COPY, MeasureInfo, overlap_rows, rules_fingerprint
from graph.overlaps_update import OverlapState, incremental_changes, update_overlaps
from tests.conftest import copy_data_dir

NEW_POLICY = """长春新区关于支持人工智能产业发展的若干措施

为加快人工智能产业集聚发展，制定本措施。
一、发放算力券。对租用智能算力开展大模型训练的人工智能企业，按照实际算力支出的30%给予算力券支持，单个企业每年最高200万元。
二、支持关键技术攻关。对开展人工智能领域关键技术攻关的企业，按照年度研发投入的10%给予补助，单个企业每年最高300万元。
三、支持孵化器建设。对新认定的人工智能领域国家级、省级专业型孵化器，分别给予100万元、50万元奖励。
"""
# the same document read again after an edit: the compute voucher is gone, a rent subsidy came
EDITED_POLICY = NEW_POLICY.replace(
    "一、发放算力券。对租用智能算力开展大模型训练的人工智能企业，按照实际算力支出的30%给予算力券支持，单个企业每年最高200万元。",
    "一、支持企业租用办公用房。对新落户的人工智能企业，按照实际租金的50%给予房租补贴，单个企业每年最高50万元。")


@pytest.fixture(scope="module")
def seed_infos(seed_graph_dir, tmp_path_factory):
    store = MemoryStore(copy_data_dir(seed_graph_dir, tmp_path_factory.mktemp("infos") / "data"))
    return {n: _measure_info(store.g, n) for n, d in store.g.nodes(data=True) if d.get("label") == "Measure"}


def _full(infos):
    collect = {}
    rows, member_of = overlap_rows(list(infos), collect)
    return rows, OverlapState.from_derivation(collect, rows, member_of)


def _pairs(state: OverlapState) -> dict:
    return {(a, b): s for a, e in state.measures.items() for b, s in e.partners.items() if a < b}


def _check_groups(state: OverlapState) -> None:
    sizes = Counter(e.cluster for e in state.measures.values() if e.cluster)
    assert sizes and max(sizes.values()) <= MAX_GROUP
    pairs = _pairs(state)
    for cluster, size in sizes.items():  # a group is held together by its pairs, never a lone member
        members = {m for m, e in state.measures.items() if e.cluster == cluster}
        assert size > 1 and all(any((min(m, x), max(m, x)) in pairs for x in members - {m}) for m in members)


def _largest_policies(infos: dict, n: int) -> list[str]:
    count = Counter(m.policy_id for m in infos.values())
    return [p for p, _ in sorted(count.items(), key=lambda kv: (-kv[1], kv[0]))[:n]]


@pytest.mark.parametrize("rank", [0, 1, 2])
def test_adding_a_policy_incrementally_agrees_with_a_full_recompute(seed_infos, rank):
    policy = _largest_policies(seed_infos, 3)[rank]
    new = [m for m in seed_infos.values() if m.policy_id == policy]
    base = [m for m in seed_infos.values() if m.policy_id != policy]
    base_rows, state = _full(base)
    state = OverlapState.from_bytes(state.to_bytes())  # as a store reads it back
    update = update_overlaps(state, new, set(), lambda ids: {i: seed_infos[i] for i in ids})
    _, full = _full(seed_infos.values())

    assert (state.n, state.df) == (full.n, full.df)  # added measures only: the weights of a full recompute
    inc, ref = _pairs(state), _pairs(full)
    ids = {m.id for m in new}
    inc_new, ref_new = {p for p in inc if ids & set(p)}, {p for p in ref if ids & set(p)}
    assert ref_new, "the policy overlaps nothing: a test that cannot fail"
    assert all(abs(inc[p] - ref[p]) < 1e-9 for p in inc_new & ref_new)
    assert len(inc_new ^ ref_new) <= max(2, 0.02 * len(ref_new)), (len(inc_new), len(ref_new), len(inc_new & ref_new))
    assert len(set(inc) ^ set(ref)) <= 0.01 * len(ref)
    assert {m for m, e in state.measures.items() if e.cluster} and {e.cluster for e in full.measures.values()}
    _check_groups(state)

    # the update says exactly how the stored pairs change
    stored = {(r["a"], r["b"]) for r in base_rows} - set(update.delete) | {(r["a"], r["b"]) for r in update.rows}
    assert stored == set(inc) and update.pairs == len(inc)


def test_removing_a_policy_leaves_no_pair_of_it(seed_infos):
    policy = _largest_policies(seed_infos, 1)[0]
    ids = {m.id for m in seed_infos.values() if m.policy_id == policy}
    base = [m for m in seed_infos.values() if m.policy_id != policy]
    _, state = _full(seed_infos.values())
    removed_pairs = {p for p in _pairs(state) if ids & set(p)}
    update = update_overlaps(state, [], ids, lambda i: {x: seed_infos[x] for x in i})
    assert removed_pairs and removed_pairs <= set(update.delete)
    assert not ids & set(state.measures) and not any(ids & set(p) for p in _pairs(state))
    _check_groups(state)
    _, ref = _full(base)
    inc, full = set(_pairs(state)), set(_pairs(ref))
    assert len(inc ^ full) <= 0.02 * len(full), (len(inc), len(full), len(inc & full))


def test_a_rewritten_measure_loses_its_old_pairs_and_finds_its_new_near_copy(seed_infos):
    _, state = _full(seed_infos.values())
    pairs = _pairs(state)
    partners = Counter(x for p in pairs for x in p)
    q = max(partners, key=lambda m: (partners[m], m))  # the measure with the most pairs
    twin = next(m for m in sorted(seed_infos.values(), key=lambda m: m.id)
                if m.policy_id != seed_infos[q].policy_id and (min(q, m.id), max(q, m.id)) not in pairs
                and len(m.text) > 60)
    old = {p for p in pairs if q in p}
    rewritten = MeasureInfo(q, seed_infos[q].policy_id, seed_infos[q].region, False, twin.heading,
                                        twin.text, twin.sectors)
    update = update_overlaps(state, [rewritten], set(), lambda i: {x: seed_infos[x] for x in i})
    now = {p: s for p, s in _pairs(state).items() if q in p}
    assert now[(min(q, twin.id), max(q, twin.id))] >= NEAR_COPY
    assert old - set(now) <= set(update.delete) and old - set(now)
    assert update.clusters.get(q, "absent") != "absent"  # a rewritten node gets its group again
    _check_groups(state)


def test_incremental_only_when_the_state_fits_and_the_changes_are_few(seed_infos):
    _, state = _full(seed_infos.values())
    stored = set(state.measures)
    some = set(sorted(stored)[:3])
    assert incremental_changes(None, stored, set()) is None
    assert incremental_changes(state, stored, some) == (some, set())
    assert incremental_changes(state, stored - some, set()) == (set(), some)
    assert incremental_changes(state, stored | {"mea_unknown"}, set()) is None  # not the state of this graph
    assert incremental_changes(state, stored | {"mea_new"}, {"mea_new"}) == ({"mea_new"}, set())
    many = set(sorted(stored)[:int(ou.INCREMENTAL_SHARE * len(stored)) + 1])
    assert incremental_changes(state, stored, many) is None


def _no_full_recompute(monkeypatch):
    def fail(*_a, **_k):
        raise AssertionError("a full recompute where an incremental update was expected")
    monkeypatch.setattr(graph.memory_store, "overlap_rows", fail)
    monkeypatch.setattr(graph.neo4j_store, "overlap_rows", fail)


def _graph_pairs(store) -> dict:
    return {(r["start"], r["end"]): r["properties"] for r in store.export()["relationships"] if r["type"] == "OVERLAPS"}


def _groups(store) -> dict:
    return {n["id"]: n["properties"].get("overlap_cluster") for n in store.export()["nodes"] if n["labels"] == ["Measure"]}


def _ingest_text(store, path, text):
    from api.files import extract_paths

    path.write_text(text, encoding="utf-8")
    (doc,) = extract_paths([path]).documents
    store.ingest(doc)


def test_embedded_store_updates_one_new_document_incrementally(seed_data_dir, tmp_path, monkeypatch):
    store = MemoryStore(seed_data_dir)
    assert (seed_data_dir / graph.memory_store.OVERLAP_STATE_FILE).exists()
    before = set(_groups(store))
    _ingest_text(store, tmp_path / "new_policy.txt", NEW_POLICY)
    with monkeypatch.context() as m:
        _no_full_recompute(m)
        pairs = store.recompute_overlaps()
    assert not store.overlaps_stale()
    inc, inc_groups = _graph_pairs(store), _groups(store)
    new = set(inc_groups) - before
    assert len(new) == 3 and pairs == len(inc) and any(new & set(p) for p in inc)
    for c in {inc_groups[m] for m in new} - {None}:  # a group written in place is found by its id
        (row,) = store.query("overlap_clusters", {"cluster": c})
        assert {x["measure_id"] for x in row["members"]} == {m for m, g in inc_groups.items() if g == c}
    _check_store_groups(inc, inc_groups)
    state = store._overlap_state()  # what the next update starts from is what the graph holds
    assert set(_pairs(state)) == set(inc) and {m: e.cluster for m, e in state.measures.items()} == inc_groups

    assert store.recompute_overlaps(full=True) == len(_graph_pairs(store))
    full = _graph_pairs(store)
    assert len(set(inc) ^ set(full)) <= 0.01 * len(full)

    # the document read again after an edit: the measure it no longer has takes its pairs along
    old_ids = {n for n in new if "算力券" in store.node(n)["text"]}
    assert old_ids and any(old_ids & set(p) for p in full)
    _ingest_text(store, tmp_path / "new_policy.txt", EDITED_POLICY)
    with monkeypatch.context() as m:
        _no_full_recompute(m)
        store.recompute_overlaps()
    after = _graph_pairs(store)
    assert not any(old_ids & set(p) for p in after)
    _check_store_groups(after, _groups(store))
    assert set(_pairs(store._overlap_state())) == set(after)
    # the updates were journal entries: the files replayed give the graph this store holds
    reopened = MemoryStore(seed_data_dir)
    assert _graph_pairs(reopened) == after and _groups(reopened) == _groups(store)


def _check_store_groups(pairs: dict, groups: dict) -> None:
    sizes = Counter(c for c in groups.values() if c)
    assert sizes and max(sizes.values()) <= MAX_GROUP
    for (a, b), props in pairs.items():  # a pair's group is the group of both its measures, or none
        same = groups.get(a) is not None and groups.get(a) == groups.get(b)
        assert props.get("cluster") == (groups[a] if same else None)


@pytest.mark.neo4j
def test_both_stores_update_one_new_document_alike(neo4j_store, seed_documents, tmp_path, monkeypatch):
    memory = MemoryStore(tmp_path / "data")
    for doc in seed_documents:
        memory.ingest(doc)
        neo4j_store.ingest(doc)
    assert memory.recompute_overlaps() == neo4j_store.recompute_overlaps()
    for store in (memory, neo4j_store):
        _ingest_text(store, tmp_path / "new_policy.txt", NEW_POLICY)
    with monkeypatch.context() as m:
        _no_full_recompute(m)
        assert memory.recompute_overlaps() == neo4j_store.recompute_overlaps()
    assert _graph_pairs(memory) == _graph_pairs(neo4j_store)
    assert _groups(memory) == _groups(neo4j_store)
    for store in (memory, neo4j_store):
        _ingest_text(store, tmp_path / "new_policy.txt", EDITED_POLICY)
    with monkeypatch.context() as m:
        _no_full_recompute(m)
        memory.recompute_overlaps()
        neo4j_store.recompute_overlaps()
    assert _graph_pairs(memory) == _graph_pairs(neo4j_store)
    assert _groups(memory) == _groups(neo4j_store)
    assert memory.counts() == neo4j_store.counts()


def test_a_state_whose_graph_commit_failed_is_not_used(seed_data_dir, tmp_path, monkeypatch):
    store = MemoryStore(seed_data_dir)
    _ingest_text(store, tmp_path / "new_policy.txt", NEW_POLICY)

    def crash(*_args):
        raise OSError("disk full")
    with monkeypatch.context() as m:  # the state is written, the graph's journal entry is not
        m.setattr(store.file, "commit", crash)
        with pytest.raises(OSError):
            store.recompute_overlaps()
    assert store.overlaps_stale()
    reopened = MemoryStore(seed_data_dir)
    _ingest_text(reopened, tmp_path / "another_policy.txt", EDITED_POLICY)  # the graph's version catches up
    calls = []
    real = graph.memory_store.overlap_rows
    monkeypatch.setattr(graph.memory_store, "overlap_rows", lambda *a, **k: calls.append(1) or real(*a, **k))
    pairs = reopened.recompute_overlaps()
    assert calls == [1] and pairs == len(_graph_pairs(reopened))  # everything derived again
    _check_store_groups(_graph_pairs(reopened), _groups(reopened))


def test_neo4j_replaces_many_overlaps_in_pieces_with_the_same_result(neo4j_store, seed_documents, monkeypatch):
    """Past OVERLAP_TX_PAIRS pairs the overlaps are replaced a piece a transaction (a server bounds
    one transaction's memory): the graph, the stale marks and the state end as in one transaction."""
    for doc in seed_documents:
        neo4j_store.ingest(doc)
    pairs = neo4j_store.recompute_overlaps(full=True)
    whole = neo4j_store.export()
    version = lambda: neo4j_store.run_read("MATCH (v:GraphVersion {id: 'graph'}) RETURN v.version AS v", {})[0]["v"]  # noqa: E731
    before = version()
    monkeypatch.setattr(graph.neo4j_store, "OVERLAP_TX_PAIRS", 100)
    assert neo4j_store.recompute_overlaps(full=True) == pairs
    assert version() - before >= 2 * (pairs // 100)  # removal and writing, piece by piece
    assert neo4j_store.export() == whole and not neo4j_store.overlaps_stale()
    assert neo4j_store.run_read("MATCH (s:OverlapState) RETURN count(s) AS n", {})[0]["n"] == 1


def _contents(state: OverlapState) -> dict:
    return {"n": state.n, "df": state.df, "measures": {
        m: (e.raw[:5], e.partners, e.cluster, None if e.bag is None else
            sorted(zip((state.grams[i] for i in e.bag[0].tolist()), e.bag[1].tolist())))
        for m, e in state.measures.items()}}


def test_the_state_read_back_after_updates_is_the_same(seed_infos):
    """The state is saved (binary bags and partners after its JSON) and read back before each
    update: what is read is what was saved, after a removal (positions renumbered) and an addition."""
    first, second = _largest_policies(seed_infos, 2)
    _, state = _full([m for m in seed_infos.values() if m.policy_id != second])
    read = lambda s: OverlapState.from_bytes(s.to_bytes())  # noqa: E731
    assert _contents(read(state)) == _contents(state)
    state = read(state)
    update_overlaps(state, [], {m for m, i in seed_infos.items() if i.policy_id == first},
                    lambda ids: {i: seed_infos[i] for i in ids})
    assert _contents(read(state)) == _contents(state)
    state = read(state)
    update_overlaps(state, [m for m in seed_infos.values() if m.policy_id == second], set(),
                    lambda ids: {i: seed_infos[i] for i in ids})
    back = read(state)
    assert _contents(back) == _contents(state) and back.pairs == state.pairs
    new = {m for m, i in seed_infos.items() if i.policy_id == second}
    assert any(new & set(e.partners) for e in back.measures.values())  # the added policy's pairs are there


def test_a_state_without_bags_counts_them_when_it_scores(seed_infos):
    """A state of format 1 (JSON, no bigram counts) is still read: the measures an update scores
    get their counts, with the same result as from a full state."""
    policy = _largest_policies(seed_infos, 1)[0]
    new = [m for m in seed_infos.values() if m.policy_id == policy]
    _, state = _full([m for m in seed_infos.values() if m.policy_id != policy])
    old = OverlapState.from_bytes(overlap_state._dumps({
        "format": 1, "rules": rules_fingerprint(), "version": 0, "n": state.n, "df": state.df,
        "measures": {m: [*e.raw[:5], e.partners, e.cluster] for m, e in state.measures.items()}}))
    assert old is not None and all(e.bag is None for e in old.measures.values())
    infos = lambda ids: {i: seed_infos[i] for i in ids}  # noqa: E731
    a, b = update_overlaps(state, new, set(), infos), update_overlaps(old, new, set(), infos)
    assert (a.rows, sorted(a.delete), a.clusters) == (b.rows, sorted(b.delete), b.clusters) and a.rows
    assert any(e.bag is not None for e in old.measures.values())


def test_a_state_made_under_other_rules_is_not_updated(seed_infos, monkeypatch):
    """A word list or a constant changed since the state was written (an upgrade of policykg):
    its profiles are not today's, so it is not read and the next derivation is a full one."""
    _, state = _full(list(seed_infos.values()))
    data = state.to_bytes()
    assert OverlapState.from_bytes(data) is not None
    graph.overlaps.rules_fingerprint.cache_clear()
    monkeypatch.setattr(graph.overlaps, "TOP_K", graph.overlaps.TOP_K + 1)
    try:
        assert OverlapState.from_bytes(data) is None
    finally:
        graph.overlaps.rules_fingerprint.cache_clear()
