"""One writer at a time, everyone sees the last write, and derived data is never silently stale.

These run the real `policykg` command as separate processes: concurrent ingests into one data
directory, a CLI ingest under a running API, and an ingest killed with SIGKILL between writing
the documents and deriving the overlaps.
"""
import io
import json
import os
import shutil
import signal
import subprocess
import sys
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from api.app import create_app
from api.settings import Settings
from graph.memory_store import MemoryStore
from tests.api.conftest import API_KEY
from tests.conftest import ROOT, SEED_DIR

CLI = [str(Path(sys.executable).parent / "policykg")]

# Runs `policykg ingest` but dies by SIGKILL the moment it starts deriving overlaps, i.e. after
# every document has been written: the kill -9 of the issue, at the worst moment, every time.
KILLED_INGEST = """
import os, signal, sys
import graph.memory_store, graph.neo4j_store
def die(*_):
    os.kill(os.getpid(), signal.SIGKILL)
graph.memory_store.overlap_rows = die
graph.neo4j_store.overlap_rows = die
from api.cli import app
app(sys.argv[1:], prog_name="policykg")
"""


def _seed_copies(tmp_path, groups):
    """Copies of the seed files split into folders, e.g. {"a": [0, 1, 2], "b": [3, 4]}."""
    files = sorted(SEED_DIR.glob("*.txt"))
    out = {}
    for name, idx in groups.items():
        d = tmp_path / name
        d.mkdir()
        for i in idx:
            shutil.copy(files[i], d / files[i].name)
        out[name] = d
    return out


def _env(**extra):
    env = {k: v for k, v in os.environ.items() if not k.startswith("POLICYKG_")}
    env.update(PYTHONPATH=str(ROOT), **extra)
    return env


def _ingest(paths, data_dir, **env):
    return subprocess.Popen(CLI + ["ingest", *map(str, paths), "--data-dir", str(data_dir), "--json"],
                            cwd=ROOT, env=_env(**env), stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def _stored_documents(store) -> int:
    return store.counts().get("Document", 0)


def test_two_concurrent_ingests_into_one_data_dir_keep_every_document(tmp_path, seed_expected, seed_overlap_pairs):
    dirs = _seed_copies(tmp_path, {"a": [0, 1, 2], "b": [3, 4]})
    data = tmp_path / "data"
    procs = [_ingest([dirs["a"]], data), _ingest([dirs["b"]], data)]
    results = [p.communicate(timeout=300) for p in procs]
    assert [p.returncode for p in procs] == [0, 0], results
    store = MemoryStore(data)
    counts = store.counts()
    labels = seed_expected["labels"]
    assert counts["Document"] == 5 and counts["Measure"] == labels["Measure"] and counts["Amount"] == labels["Amount"]
    assert not store.overlaps_stale()
    assert counts["OVERLAPS"] == seed_overlap_pairs


def test_a_running_api_sees_a_cli_ingest_and_keeps_it_after_an_upload(tmp_path, seed_expected):
    dirs = _seed_copies(tmp_path, {"a": [0, 1, 2, 3, 4]})
    data = tmp_path / "data"
    api = TestClient(create_app(Settings(store="memory", data_dir=data, api_key=API_KEY)))
    assert api.get("/health").json()["counts"] == {}
    proc = _ingest([dirs["a"]], data)
    out, err = proc.communicate(timeout=300)
    assert proc.returncode == 0, err
    assert api.get("/health").json()["counts"]["Document"] == 5  # the API reloaded what the CLI wrote
    doc = "某区支持算力发展若干措施\n一、支持算力券。给予最高77万元补贴。（责任单位：区科技局）\n".encode("utf-8")
    r = api.post("/documents", files=[("files", ("new.txt", io.BytesIO(doc), "text/plain"))],
                 headers={"X-API-Key": API_KEY})
    assert r.status_code == 201, r.text
    counts = MemoryStore(data).counts()
    assert counts["Document"] == 6 and counts["Measure"] == seed_expected["measures"] + 1  # the seed's and the upload's one


def _killed_ingest(paths, **env) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-c", KILLED_INGEST, "ingest", *map(str, paths)], cwd=ROOT,
                          env=_env(**env), capture_output=True, text=True, timeout=300)


@pytest.mark.parametrize("kind", ["memory", "neo4j"])
def test_an_ingest_killed_before_overlaps_leaves_them_marked_and_the_next_run_rebuilds_them(kind, tmp_path, request, seed_overlap_pairs):
    dirs = _seed_copies(tmp_path, {"a": [0, 1, 2, 3, 4]})
    if kind == "memory":
        env = {"POLICYKG_STORE": "memory", "POLICYKG_DATA_DIR": str(tmp_path / "data")}
        reopen = lambda: MemoryStore(tmp_path / "data")  # noqa: E731
    else:
        store = request.getfixturevalue("neo4j_store")  # emptied
        env = {"POLICYKG_STORE": "neo4j", "POLICYKG_NEO4J_URI": os.environ["POLICYKG_TEST_NEO4J_URI"]}
        reopen = lambda: store  # noqa: E731
    killed = _killed_ingest([dirs["a"]], **env)
    assert killed.returncode == -signal.SIGKILL, killed.stderr
    store = reopen()
    assert _stored_documents(store) == 5
    assert store.counts().get("OVERLAPS", 0) == 0 and store.overlaps_stale()
    # every file is unchanged now, yet the run sees the mark and derives the overlaps
    again = subprocess.run(CLI + ["ingest", str(dirs["a"]), "--json"], cwd=ROOT, env=_env(**env),
                           capture_output=True, text=True, timeout=300)
    assert again.returncode == 0, again.stderr
    report = json.loads(again.stdout)
    assert {d["status"] for d in report["documents"]} == {"unchanged"}
    assert report["overlaps"] == seed_overlap_pairs
    store = reopen()
    assert store.counts()["OVERLAPS"] == seed_overlap_pairs and not store.overlaps_stale()
