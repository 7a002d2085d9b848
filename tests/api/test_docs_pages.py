"""/docs and /redoc work offline: every script, stylesheet and icon they load is served by the
API itself from api/static/vendor, and the README names the vendored versions."""
from __future__ import annotations

import json
import re
from html.parser import HTMLParser
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from api.app import create_app
from api.settings import Settings

ROOT = Path(__file__).resolve().parent.parent.parent
VENDOR = ROOT / "api" / "static" / "vendor"


class _Refs(HTMLParser):
    """Every URL a page loads by itself: src, href and ReDoc's spec-url of tags, quoted URLs in scripts."""

    def __init__(self):
        super().__init__()
        self.urls: list[str] = []
        self._script = False

    def handle_starttag(self, tag, attrs):
        self._script = tag == "script"
        self.urls += [v for k, v in attrs if k in ("src", "href", "spec-url") and v]

    def handle_endtag(self, tag):
        self._script = False

    def handle_data(self, data):
        if self._script:
            self.urls += re.findall(r"""['"]((?:https?:)?//[^'"]+|/[^'"/][^'"]*\.(?:js|css|json|png))['"]""", data)


@pytest.fixture()
def docs_client(tmp_path):
    return TestClient(create_app(Settings(store="memory", data_dir=tmp_path / "data")))


@pytest.mark.parametrize("page", ["/docs", "/redoc"])
def test_docs_pages_load_only_local_assets(docs_client, page):
    res = docs_client.get(page)
    assert res.status_code == 200
    refs = _Refs()
    refs.feed(res.text)
    assert refs.urls, "no asset found: the parser no longer reads the page"
    assert [u for u in refs.urls if not u.startswith("/") or u.startswith("//")] == []
    for url in refs.urls:
        assert docs_client.get(url).status_code == 200, url
    assert "/openapi.json" in refs.urls  # the page loads the API's own schema, which is served too


@pytest.mark.parametrize("package", ["swagger-ui", "redoc"])
def test_readme_names_each_vendored_version_and_licence(package):
    meta = json.loads((VENDOR / package / "package.json").read_text(encoding="utf-8"))
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert f"{meta['name']} {meta['version']}" in readme
    assert (VENDOR / package / "LICENSE").is_file()
    line = next(x for x in readme.splitlines() if f"{meta['name']} {meta['version']}" in x)
    assert meta["license"] in line
