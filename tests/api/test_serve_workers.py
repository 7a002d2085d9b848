"""`policykg serve` on the embedded store, as a real server, with one worker (the app answers from
the store the command opened) and with two: every worker process answers from the last write,
whichever worker (or process) made it."""
import os
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest

from tests.api.conftest import API_KEY
from tests.conftest import ROOT, SEED_DIR

CLI = [str(Path(sys.executable).parent / "policykg")]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(params=[1, 2], ids=["1-worker", "2-workers"])
def served(tmp_path, request):
    env = {k: v for k, v in os.environ.items() if not k.startswith("POLICYKG_")}
    env.update(PYTHONPATH=str(ROOT), POLICYKG_API_KEY=API_KEY)
    seeds = sorted(SEED_DIR.glob("*.txt"))
    subprocess.run(CLI + ["ingest", str(seeds[0]), "--data-dir", str(tmp_path / "data"), "--json"], env=env,
                   check=True, capture_output=True, cwd=ROOT)
    port = _free_port()
    server = subprocess.Popen(CLI + ["serve", "--port", str(port), "--workers", str(request.param), "--data-dir", str(tmp_path / "data")],
                              env=env, cwd=ROOT, stderr=subprocess.PIPE, text=True)
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 120  # a shared 2-core machine under load starts two workers slowly
    while True:
        assert server.poll() is None, server.stderr.read()
        try:
            if httpx.get(f"{base}/health", timeout=2).status_code == 200:
                break
        except httpx.HTTPError:
            pass
        assert time.monotonic() < deadline, f"no answer from policykg serve --workers {request.param}"
        time.sleep(0.2)
    yield base, env, tmp_path / "data", seeds
    server.terminate()
    server.wait(timeout=20)


def _documents(base: str, times: int = 24) -> set[frozenset]:
    """The documents the policies come from, as every answer gives them, asked on fresh
    connections so that both workers answer."""
    return {frozenset(p["document"] for p in httpx.get(f"{base}/policies", params={"limit": 500}, timeout=10).json()["items"])
            for _ in range(times)}


def test_every_worker_answers_from_the_last_write(served):
    base, env, data_dir, seeds = served
    (before,) = _documents(base)  # both workers have answered (and cached) the first graph
    assert len(before) == 1
    r = httpx.post(f"{base}/documents", headers={"X-API-Key": API_KEY}, timeout=120,
                   files=[("files", (seeds[1].name, seeds[1].read_bytes(), "text/plain"))])
    assert r.status_code == 201, r.text
    (after_upload,) = _documents(base)  # one worker wrote; every worker answers the new graph
    assert len(after_upload) == 2 and before < after_upload
    cli = subprocess.run(CLI + ["ingest", str(seeds[2]), "--data-dir", str(data_dir), "--json"], env=env,
                         capture_output=True, text=True, cwd=ROOT)
    assert cli.returncode == 0, cli.stderr
    (after_cli,) = _documents(base)  # and another process's write too
    assert len(after_cli) == 3 and after_upload < after_cli
