"""Headless Chromium (Debian's package) driven by Playwright, without Playwright's own browser
download. Missing Chromium skips these tests with the reason, except under CI=true."""
from __future__ import annotations

import os
import shutil
import socket
import threading
import time
from pathlib import Path

import pytest

from tests.conftest import copy_data_dir

# Screenshots go to build/screenshots (ignored), so a test run leaves the checkout clean; the
# README's pictures in docs/ are refreshed on purpose: POLICYKG_REFRESH_SCREENSHOTS=1 ./scripts/test.sh tests/browser
_ROOT = Path(__file__).resolve().parent.parent.parent
DOCS = _ROOT / "docs" if os.environ.get("POLICYKG_REFRESH_SCREENSHOTS") == "1" else _ROOT / "build" / "screenshots"
DOCS.mkdir(parents=True, exist_ok=True)
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync"]


def _missing(reason: str):
    if os.environ.get("CI") == "true":
        pytest.fail(f"CI needs it: {reason}")
    pytest.skip(reason)


@pytest.fixture(scope="session")
def browser():
    path = shutil.which("chromium") or shutil.which("chromium-browser")
    if not path:
        _missing("Chromium is not installed (apt-get install chromium fonts-noto-cjk)")
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        _missing("the playwright Python package is not installed")
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=path, args=CHROMIUM_ARGS, headless=True)
        yield b
        b.close()


@pytest.fixture()
def page(browser):
    context = browser.new_context(viewport={"width": 1400, "height": 900}, device_scale_factor=1)
    pg = context.new_page()
    yield pg
    context.close()


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _serve(data_dir, documents=()):
    """The real app under uvicorn on a free port, on the embedded store in `data_dir` (a copy of
    the seed graph, say) after loading `documents` into it, if any."""
    import uvicorn

    from api.app import create_app
    from api.service import open_store
    from api.settings import Settings

    settings = Settings(store="memory", data_dir=data_dir)
    store = open_store(settings)
    if documents:
        for doc in documents:
            store.ingest(doc)
        store.recompute_overlaps()
    port = free_port()
    server = uvicorn.Server(uvicorn.Config(create_app(settings), host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.time() + 20
    while not server.started and time.time() < deadline:
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}", store
    server.should_exit = True
    thread.join(timeout=10)


@pytest.fixture()
def live_api(seed_data_dir):
    """The real app on the seeds (a copy of the session's build), for a test that may change the store."""
    yield from _serve(seed_data_dir)


@pytest.fixture(scope="module")
def reading_api(tmp_path_factory, seed_graph_dir):
    """The real app on the seeds, shared by a module's tests that only read."""
    yield from _serve(copy_data_dir(seed_graph_dir, tmp_path_factory.mktemp("reading") / "data"))
