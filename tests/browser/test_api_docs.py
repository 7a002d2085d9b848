"""/docs and /redoc render in headless Chromium with every request off this machine refused:
Swagger UI and ReDoc come from api/static/vendor, not from a CDN."""
from urllib.parse import urlparse

import pytest

from tests.browser.conftest import DOCS, _serve


@pytest.fixture(scope="module")
def empty_api(tmp_path_factory):
    yield from _serve(tmp_path_factory.mktemp("docs") / "data", [])


@pytest.fixture()
def offline(page):
    """The page, with any request to another host aborted and recorded."""
    refused = []

    def route(r):
        if urlparse(r.request.url).hostname == "127.0.0.1":
            r.continue_()
        else:
            refused.append(r.request.url)
            r.abort()

    page.route("**/*", route)
    return page, refused


def test_swagger_ui_renders_offline(offline, empty_api):
    page, refused = offline
    base, _ = empty_api
    page.goto(f"{base}/docs", wait_until="networkidle")
    page.locator(".opblock-summary-path", has_text="/policies/{policy_id}/chain").first.wait_for(timeout=20000)
    assert refused == []
    page.screenshot(path=str(DOCS / "api-docs-swagger.png"))


def test_redoc_renders_offline(offline, empty_api):
    page, refused = offline
    base, _ = empty_api
    page.goto(f"{base}/redoc", wait_until="networkidle")
    page.get_by_text("/policies/{policy_id}/chain").first.wait_for(state="attached", timeout=20000)
    assert refused == []
    page.screenshot(path=str(DOCS / "api-docs-redoc.png"))
