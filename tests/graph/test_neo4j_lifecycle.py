"""A Neo4j of our own (not the suite's shared server): its data survive a crash and the next
`scripts/neo4j.sh start` (the same data directory, not a fresh one), a crash leaves nothing
behind at that start, and an outage is a quick 503, not a hang. A clean `stop` is not exercised
here: it only signals the server and never touches the data directory, and each server start or
graceful stop costs 10-15 s of a suite kept under a few minutes."""
import os
import signal
import socket
import subprocess
import time

import pytest
from fastapi.testclient import TestClient

from api.app import create_app
from api.settings import Settings
from graph.neo4j_store import Neo4jStore
from tests.conftest import ROOT

pytestmark = pytest.mark.neo4j
SCRIPT = ROOT / "scripts" / "neo4j.sh"


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Server:
    def __init__(self, base):
        self.state, self.data = base / "state", base / "data"
        self.bolt, self.http = _free_port(), _free_port()
        self.env = {**os.environ, "NEO4J_STATE_DIR": str(self.state), "NEO4J_DATA_DIR": str(self.data),
                    "NEO4J_BOLT_PORT": str(self.bolt), "NEO4J_HTTP_PORT": str(self.http)}
        self.uri = f"bolt://127.0.0.1:{self.bolt}"

    def run(self, command: str) -> None:
        done = subprocess.run(["bash", str(SCRIPT), command], env=self.env, capture_output=True, text=True, timeout=300)
        assert done.returncode == 0, done.stderr

    def kill9(self) -> None:
        pid = int((self.state / "pid").read_text())
        try:
            os.kill(pid, signal.SIGKILL)
        except ProcessLookupError:
            return
        for _ in range(100):
            try:
                os.kill(pid, 0)
            except ProcessLookupError:
                return
            time.sleep(0.1)


@pytest.fixture()
def server(neo4j_driver, tmp_path):  # neo4j_driver: only where the suite's server (and so Java) is there
    srv = Server(tmp_path)
    srv.run("start")
    yield srv
    srv.kill9()  # a throwaway server in a temporary directory: no graceful shutdown to wait for


def _counts(uri):
    store = Neo4jStore(uri)
    try:
        return store.counts()
    finally:
        store.close()


def test_the_graph_survives_a_crash_and_a_restart_and_an_outage_is_a_quick_503(server, neo4j_seed_snapshot):
    store = Neo4jStore(server.uri)
    neo4j_seed_snapshot.restore(store)  # the seed with its overlaps, as the suite's server holds it
    loaded = store.counts()
    store.close()
    assert loaded["Document"] == 5 and loaded["OVERLAPS"] > 0

    api = TestClient(create_app(Settings(store="neo4j", neo4j_uri=server.uri)))
    assert api.get("/policies").status_code == 200
    server.kill9()
    for url in ("/policies", "/regions/长春新区/departments", "/health"):
        began = time.monotonic()
        r = api.get(url)
        assert r.status_code == 503, r.text
        assert time.monotonic() - began < 3, url

    harness_dirs = list((server.data / "run").iterdir())
    assert len(harness_dirs) == 1  # the crashed server's folder, still there until the next start
    server.run("start")  # recovers the store after the crash
    assert _counts(server.uri) == loaded
    now = list((server.data / "run").iterdir())
    assert len(now) == 1 and now != harness_dirs  # the crashed server's leftovers are gone
    assert api.get("/policies").json()["total"] == 36  # the API reconnected by itself
