"""The embedded store writes in runs (issue 10): plans executed in place and one commit (a journal
entry) per run instead of per document, each document still all or nothing, and a file format that
refuses the previous ones clearly."""
import pytest

from extraction.errors import InputError
from graph import memory_writer
from graph.graph_file import FORMAT_VERSION
from graph.memory_store import MemoryStore
from tests.graph.test_ownership import OTHER, POLICY, _doc, _normalised


def _steps(seed_documents):
    """New documents, a copy, a replaced copy and a changed original: every kind of write plan."""
    return list(seed_documents) + [_doc(POLICY, "a.txt"), _doc(POLICY, "b.txt"), _doc(OTHER, "b.txt"),
                                   _doc(POLICY.replace("最高200万元", "最高300万元"), "a.txt")]


def _count_commits(monkeypatch) -> list:
    commits = []
    real = MemoryStore._commit

    def counting(self, plans):
        commits.append(len(plans))
        return real(self, plans)

    monkeypatch.setattr(MemoryStore, "_commit", counting)
    return commits


def test_a_run_writes_the_same_graph_as_one_write_per_document(tmp_path, seed_documents, monkeypatch):
    steps = _steps(seed_documents)
    single = MemoryStore(tmp_path / "single")
    statuses = [single.ingest(doc).status for doc in steps]
    commits = _count_commits(monkeypatch)
    run = MemoryStore(tmp_path / "run")
    with run.batch():
        assert [run.ingest(doc).status for doc in steps] == statuses
        assert MemoryStore(tmp_path / "run").counts() == {}  # other processes see the run once committed
    assert commits == [len(steps) - statuses.count("unchanged")]
    assert _normalised(run.export()) == _normalised(single.export())
    assert _normalised(MemoryStore(tmp_path / "run").export()) == _normalised(single.export())  # as written


def test_a_long_run_commits_every_commit_seconds_so_others_see_progress(tmp_path, seed_documents, monkeypatch):
    saves = _count_commits(monkeypatch)
    store = MemoryStore(tmp_path)
    store.commit_seconds = 0
    other = MemoryStore(tmp_path)  # another process's view of the data directory
    seen = []
    with store.batch():
        for doc in seed_documents:
            store.ingest(doc)
            seen.append(other.counts().get("Document", 0))
            # what the run committed, replayed in place, is what a fresh load of the files gives
            assert other.export() == MemoryStore(tmp_path).export()
    assert seen[0] == 1 and seen == sorted(seen)
    # a commit also waits five times what the last one cost, so writing never dominates a run
    assert 1 < len(saves) <= len(seed_documents)
    assert other.counts() == MemoryStore(tmp_path).counts() and other.counts()["Document"] >= seen[-1]


def test_a_document_failing_half_way_leaves_no_trace_and_keeps_the_ones_before(tmp_path, seed_documents, monkeypatch):
    first, second, third = seed_documents[:3]
    expected = MemoryStore(tmp_path / "expected")
    for doc in (first, second):
        expected.ingest(doc)

    real = memory_writer._merge_rels
    calls = {"n": 0}

    def failing(g, op):  # the third document's plan dies after it merged its nodes and some relationships
        if op.owner == f"doc:{third.sha256}":
            calls["n"] += 1
            if calls["n"] == 2:
                raise RuntimeError("disk on fire")
        return real(g, op)

    monkeypatch.setitem(memory_writer._PRIMITIVES, memory_writer.wp.MergeRels, failing)
    store = MemoryStore(tmp_path / "data")
    with pytest.raises(RuntimeError, match="disk on fire"):
        with store.batch():
            for doc in (first, second, third):
                store.ingest(doc)
    assert calls["n"] == 2
    assert _normalised(store.export()) == _normalised(expected.export())
    assert _normalised(MemoryStore(tmp_path / "data").export()) == _normalised(expected.export())


def test_pruning_what_a_plan_touched_leaves_no_orphan_a_full_scan_would_find(tmp_path, seed_documents):
    store = MemoryStore(tmp_path)
    with store.batch():
        for doc in _steps(seed_documents) + [_doc(POLICY, "b.txt")]:  # b.txt changes back: OTHER is released
            store.ingest(doc)
    g = store.g.copy()  # a fresh index: the prune scans every node
    before = set(g)
    memory_writer.execute(g, memory_writer.wp.WritePlan("check", [memory_writer.wp.PruneOrphans()]))
    assert set(g) == before


def test_a_graph_file_of_the_previous_format_is_refused_with_what_to_do(tmp_path):
    (tmp_path / "graph.json").write_text('{"format": 2, "version": 3, "nodes": [], "edges": []}', encoding="utf-8")
    with pytest.raises(InputError, match=f"format 2, expected {FORMAT_VERSION}; .*ingest the documents into a new "
                                         "data directory"):
        MemoryStore(tmp_path)


def test_the_fast_copy_and_load_make_the_graph_networkx_would(tmp_path, seed_documents):
    import networkx as nx

    from graph.graph_file import copy_graph

    store = MemoryStore(tmp_path)
    with store.batch():
        for doc in seed_documents:
            store.ingest(doc)
    g = store.g
    h = copy_graph(g)
    assert nx.utils.graphs_equal(h, g.copy())
    assert sorted(h.in_edges(keys=True, data=True)) == sorted(g.in_edges(keys=True, data=True))
    some = next(iter(h))
    h.nodes[some]["changed"] = True
    h.remove_node(next(n for n in h if n != some))
    assert "changed" not in g.nodes[some] and g.number_of_nodes() == h.number_of_nodes() + 1
    loaded = MemoryStore(tmp_path).g
    assert nx.utils.graphs_equal(loaded, g) and list(loaded) == list(g)  # the graph's own order is kept


NEWER = """苏州市人民政府关于印发《苏州市人工智能产业发展若干措施（修订）》的通知
苏府规〔2026〕1号

苏州市人工智能产业发展若干措施（修订）
一、对新认定的人工智能企业给予最高100万元奖励。（责任单位：市工业和信息化局）
本措施自2026年1月1日起施行，《苏州市人工智能产业发展若干措施》（苏府规〔2025〕7号）同时废止。
"""  # voids POLICY: loaded first, POLICY's node is a stub until POLICY comes, and again once it goes


def _regions(idx: memory_writer.Index) -> dict:
    return {r: ns for r, ns in idx.policies_by_region.items() if ns}


def test_the_region_and_superseded_lookups_follow_every_write_and_the_journal(tmp_path, seed_documents):
    """The index's policies by region and superseded policies, kept by the write primitives, are
    what a fresh scan of the graph finds, after every kind of write and in another process that
    caught up through the journal (superseded may keep a policy no longer superseded: never miss one)."""
    store, other = MemoryStore(tmp_path), MemoryStore(tmp_path)  # other: another process reading the journal
    voided = []
    for doc in [_doc(NEWER, "new.txt")] + _steps(seed_documents) + [_doc(OTHER, "a.txt")]:  # POLICY goes
        store.ingest(doc)
        other.refresh()
        voided.append({p.get("region") for p in store.nodes("Policy") if p.get("doc_number") == "苏府规〔2025〕7号"})
        for s in (store, other):
            kept, fresh = memory_writer.index(s.g), memory_writer.Index(s.g)
            assert _regions(kept) == _regions(fresh)
            assert fresh.superseded <= kept.superseded
    assert voided[0] == {None} and {"苏州市"} in voided and voided[-1] == {None}  # stub, policy, stub again
    assert fresh.superseded and len(_regions(fresh)) > 3  # the seeds hold chains and many regions
    assert other.export() == store.export()
