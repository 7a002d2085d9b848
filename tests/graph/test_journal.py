"""The embedded store's journal (issue 10: one more document into a big store in seconds): writes
executed in place and committed as journal entries beside graph.json, replayed on opening and by
other processes, compacted into graph.json, safe against a torn last entry, a failing plan and
readers in other threads."""
import json
import logging
import subprocess
import sys
import threading
import time

import pytest

from extraction.errors import InputError
from graph import graph_file, journal, memory_writer
from graph.memory_store import MemoryStore
from graph.write_plan import OverlapUpdate
from tests.conftest import ROOT
from tests.graph.test_ownership import OTHER, POLICY, _doc


def _plain(export: dict) -> dict:
    """An export as the files hold it (tuples become lists)."""
    return json.loads(json.dumps(export, ensure_ascii=False))


def _files(d) -> dict:
    return {name: (d / name).read_bytes() for name in ("graph.json", "graph.journal") if (d / name).exists()}


def _entries(d) -> list[dict]:
    return journal.read(d / "graph.journal").entries


def _steps(seed_documents):
    return list(seed_documents[:6]) + [_doc(POLICY, "a.txt"), _doc(POLICY, "b.txt"), _doc(OTHER, "b.txt"),
                                       _doc(POLICY.replace("最高200万元", "最高300万元"), "a.txt")]


def test_commits_append_to_the_journal_and_a_replay_gives_what_a_full_save_gives(tmp_path, seed_documents, monkeypatch):
    monkeypatch.setattr(graph_file, "COMPACT_MIN_BYTES", 1 << 40)  # no compaction but on demand
    store = MemoryStore(tmp_path)
    steps = _steps(seed_documents)
    store.ingest(steps[0])  # the first commit into an empty directory writes graph.json
    written = (tmp_path / "graph.json").stat()
    for doc in steps[1:]:
        store.ingest(doc)
    store.recompute_overlaps()
    assert store.query("overlap_clusters", {"region": None, "sector": None})  # the seed has overlaps
    after = (tmp_path / "graph.json").stat()
    assert (after.st_ino, after.st_mtime_ns) == (written.st_ino, written.st_mtime_ns)  # never rewritten
    entries = _entries(tmp_path)
    assert [e["v"] for e in entries] == list(range(2, store.version + 1))
    assert entries[-1]["plans"][0][0]["op"] == "OverlapUpdate"

    replayed = MemoryStore(tmp_path)
    assert replayed.version == store.version
    assert replayed.export() == _plain(store.export())
    replayed.compact()
    assert _entries(tmp_path) == [] and json.loads((tmp_path / "graph.json").read_bytes())["version"] == store.version
    compacted = MemoryStore(tmp_path)  # graph.json alone
    assert compacted.export() == replayed.export() and compacted.version == store.version
    assert store.export() == replayed.export()  # the first store reloads after the compaction


def test_another_store_object_replays_new_entries_in_place(tmp_path, seed_documents):
    writer, reader = MemoryStore(tmp_path), MemoryStore(tmp_path)
    writer.ingest(seed_documents[0])
    assert reader.counts() == writer.counts()
    graph = reader.g
    writer.ingest(seed_documents[1])
    writer.ingest(_doc(POLICY, "a.txt"))
    assert reader.export() == _plain(writer.export())
    assert reader.g is graph and reader.version == writer.version  # replayed in place, not reloaded


def test_another_process_sees_what_was_appended(tmp_path, seed_documents):
    store = MemoryStore(tmp_path)
    store.ingest(seed_documents[0])
    before = store.counts()
    code = ("import sys; from graph.memory_store import MemoryStore; from tests.graph.test_ownership import _doc, POLICY; "
            "print(MemoryStore(sys.argv[1]).ingest(_doc(POLICY, 'a.txt')).status)")
    out = subprocess.run([sys.executable, "-c", code, str(tmp_path)], cwd=ROOT, capture_output=True, text=True,
                         timeout=300)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "created"
    assert store.counts() != before
    assert store.export() == MemoryStore(tmp_path).export()
    assert store.query("policy_measures", {"policy": next(
        n["id"] for n in store.nodes("Policy") if n.get("doc_number") == "苏府规〔2025〕7号")})


@pytest.mark.parametrize("tail", [b'{"v": 99, "plans": [[{"op": "Merge', b"\x00\x00\x00\n"])
def test_a_torn_last_entry_is_ignored_with_a_warning_and_cut_by_the_next_writer(tmp_path, seed_documents, caplog, tail):
    store = MemoryStore(tmp_path)
    for doc in seed_documents[:3]:
        store.ingest(doc)
    expected = store.export()
    with open(tmp_path / "graph.journal", "ab") as f:  # a crash in the middle of an append
        f.write(tail)
    with caplog.at_level(logging.WARNING):
        opened = MemoryStore(tmp_path)
    assert opened.export() == expected
    assert "incomplete last entry" in caplog.text
    opened.ingest(_doc(POLICY, "a.txt"))
    assert tail not in (tmp_path / "graph.journal").read_bytes()
    assert MemoryStore(tmp_path).export() == _plain(opened.export())
    assert store.export() == opened.export()


def test_a_damaged_entry_before_the_last_is_an_error(tmp_path, seed_documents):
    store = MemoryStore(tmp_path)
    for doc in seed_documents[:3]:
        store.ingest(doc)
    lines = (tmp_path / "graph.journal").read_bytes().split(b"\n")
    lines[1] = lines[1][:20]
    (tmp_path / "graph.journal").write_bytes(b"\n".join(lines))
    with pytest.raises(InputError, match="graph.journal: cannot read the embedded graph's journal: a bad entry"):
        MemoryStore(tmp_path)


def test_a_failing_plan_leaves_memory_and_disk_as_they_were(tmp_path, seed_documents, monkeypatch):
    store = MemoryStore(tmp_path)
    for doc in seed_documents[:2]:
        store.ingest(doc)
    files, export, version = _files(tmp_path), store.export(), store.version
    bad = seed_documents[2]
    real = memory_writer._merge_rels

    def failing(g, op):  # dies after the plan merged its nodes
        if op.owner == f"doc:{bad.sha256}":
            raise RuntimeError("disk on fire")
        return real(g, op)

    monkeypatch.setitem(memory_writer._PRIMITIVES, memory_writer.wp.MergeRels, failing)
    with pytest.raises(RuntimeError, match="disk on fire"):
        store.ingest(bad)
    assert store.export() == export and store.version == version and _files(tmp_path) == files
    monkeypatch.undo()
    assert store.ingest(bad).status == "created"  # the lock was released, the store still writes


def test_a_failing_commit_drops_what_it_could_not_write(tmp_path, seed_documents, monkeypatch):
    store = MemoryStore(tmp_path)
    store.ingest(seed_documents[0])
    files, export = _files(tmp_path), store.export()

    def full(*args):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(journal, "append", full)
    with pytest.raises(OSError, match="No space left"):
        store.ingest(seed_documents[1])
    assert store.export() == export and _files(tmp_path) == files


def test_the_journal_is_compacted_when_it_outgrows_its_share_of_graph_json(tmp_path, seed_documents, monkeypatch):
    monkeypatch.setattr(graph_file, "COMPACT_MIN_BYTES", 0)
    store = MemoryStore(tmp_path)
    store.ingest(seed_documents[0])
    sizes = []
    for doc in seed_documents[1:8]:
        store.ingest(doc)
        sizes.append(((tmp_path / "graph.journal").stat().st_size, (tmp_path / "graph.json").stat().st_size))
        journal_size, graph_size = sizes[-1]
        assert journal_size <= graph_file.COMPACT_FRACTION * graph_size
    compacted_at = json.loads((tmp_path / "graph.json").read_bytes())["version"]
    assert 1 < compacted_at <= store.version  # compacted at least once after the first commit
    assert any(j > 200 for j, _ in sizes)  # not every commit compacts: entries were appended in between
    assert MemoryStore(tmp_path).export() == _plain(store.export())


def test_a_crash_between_a_compactions_two_replacements_loses_nothing(tmp_path, seed_documents):
    store = MemoryStore(tmp_path)
    for doc in seed_documents[:3]:
        store.ingest(doc)
    old_journal = (tmp_path / "graph.journal").read_bytes()
    store.compact()
    (tmp_path / "graph.journal").write_bytes(old_journal)  # graph.json replaced, the journal not yet
    assert MemoryStore(tmp_path).export() == _plain(store.export())


def test_a_format_3_graph_without_a_journal_opens_and_takes_entries(tmp_path, seed_documents):
    store = MemoryStore(tmp_path)
    for doc in seed_documents[:2]:
        store.ingest(doc)
    store.compact()
    data = json.loads((tmp_path / "graph.json").read_text(encoding="utf-8"))
    assert data["format"] == graph_file.FORMAT_VERSION == 4
    data["format"] = 3  # what policykg wrote before the journal
    (tmp_path / "graph.json").write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    (tmp_path / "graph.journal").unlink()
    old = MemoryStore(tmp_path)
    assert old.export() == store.export()
    old.ingest(_doc(POLICY, "a.txt"))
    assert json.loads((tmp_path / "graph.json").read_text(encoding="utf-8"))["format"] == 3  # not rewritten
    assert MemoryStore(tmp_path).export() == _plain(old.export())


def test_an_overlap_update_is_an_entry_of_its_own(seed_data_dir):
    store = MemoryStore(seed_data_dir)
    overlaps = [(r["start"], r["end"]) for r in store.export()["relationships"] if r["type"] == "OVERLAPS"]
    m = overlaps[0][0]
    other = next(n["id"] for n in store.nodes("Measure") if n["id"] not in {a for pair in overlaps for a in pair})
    before = store.version

    def incremental(g):  # what an incremental computation gives for one measure
        return OverlapUpdate(measures=(m,), rows=({"a": m, "b": other, "props": {"score": 0.5, "basis": None}},),
                             clusters=((m, None), (other, "c-test")))

    store.update_overlaps(incremental)
    assert store.version == before + 1
    touching = {(r["start"], r["end"]): r["properties"] for r in store.export()["relationships"]
                if r["type"] == "OVERLAPS" and m in (r["start"], r["end"])}
    assert touching == {(m, other): {"score": 0.5}}
    assert "overlap_cluster" not in store.node(m) and store.node(other)["overlap_cluster"] == "c-test"
    assert _entries(seed_data_dir)[-1]["plans"] == [[{
        "op": "OverlapUpdate", "everything": False, "measures": [m], "documents": [],
        "rows": [{"a": m, "b": other, "props": {"score": 0.5, "basis": None}}], "clusters": [[m, None], [other, "c-test"]],
        "pairs": [], "pair_clusters": []}]]
    assert MemoryStore(seed_data_dir).export() == _plain(store.export())


def test_readers_in_other_threads_see_a_document_whole_or_not_at_all(tmp_path, seed_documents, monkeypatch):
    docs = list(seed_documents[:5])
    states = [{}]
    sequential = MemoryStore()
    for doc in docs:
        sequential.ingest(doc)
        states.append(sequential.counts())

    def slowed(primitive):  # a plan takes long enough for readers to land in its middle
        def run(g, op):
            time.sleep(0.002)
            return primitive(g, op)
        return run

    for op_type, primitive in list(memory_writer._PRIMITIVES.items()):
        monkeypatch.setitem(memory_writer._PRIMITIVES, op_type, slowed(primitive))
    store = MemoryStore(tmp_path)
    seen, done = [], threading.Event()

    def read():
        while not done.is_set():
            seen.append(store.counts())

    readers = [threading.Thread(target=read) for _ in range(3)]
    for t in readers:
        t.start()
    try:
        with store.batch():
            for doc in docs:
                store.ingest(doc)
    finally:
        done.set()
        for t in readers:
            t.join()
    assert len(seen) > len(docs)
    assert all(c in states for c in seen), [c for c in seen if c not in states][:1]
    assert store.counts() == states[-1]


def test_a_reader_does_not_wait_for_another_threads_catch_up(tmp_path, seed_documents):
    writer, reader = MemoryStore(tmp_path), MemoryStore(tmp_path)
    writer.ingest(seed_documents[0])
    before = reader.counts()
    writer.ingest(seed_documents[1])
    busy, release = threading.Event(), threading.Event()

    def catching_up():  # e.g. a thread reloading after a compaction, which takes seconds at 10k
        with reader._local_lock:
            busy.set()
            release.wait(30)

    t = threading.Thread(target=catching_up)
    t.start()
    busy.wait(30)
    try:
        started = time.monotonic()
        assert reader.counts() == before  # the graph as it is, at once
        assert time.monotonic() - started < 5
    finally:
        release.set()
        t.join()
    assert reader.counts() == writer.counts()


def test_a_replaced_graph_is_collected_though_the_loaded_one_was_frozen(tmp_path, seed_documents, monkeypatch):
    """A large graph just loaded is frozen for the cyclic collector; when a reload replaces it,
    the old one is collected then, not kept for the life of the process."""
    import gc
    import weakref

    import graph.memory_store as memory_store

    monkeypatch.setattr(memory_store, "FREEZE_NODES", 1)
    monkeypatch.setattr(memory_store, "_frozen", False)
    try:
        writer = MemoryStore(tmp_path)
        writer.ingest(seed_documents[0])
        reader = MemoryStore(tmp_path)  # loads the graph and freezes it
        assert gc.get_freeze_count() > 0
        old = weakref.ref(reader.g)
        reader.g.edges  # a networkx view: the graph now sits in a reference cycle
        writer.compact()  # graph.json replaced: the reader reloads everything
        reader.refresh()
        assert old() is None
        assert reader.counts() == writer.counts()
    finally:
        gc.unfreeze()
