"""The API's own graph view (Cytoscape.js, vendored) drawn in headless Chromium."""
from tests.browser.conftest import DOCS


def _draw(page, url):
    page.goto(url, wait_until="networkidle")
    page.wait_for_function("document.body.dataset.ready !== undefined", timeout=20000)
    return page.evaluate("document.body.dataset.ready")


def test_view_draws_the_136_chain_a_department_map_and_a_cluster(page, live_api):
    base, store = live_api
    (stub,) = [p for p in store.nodes("Policy") if p.get("doc_number") == "通经信局〔2024〕136号"]
    assert _draw(page, f"{base}/view?chain={stub['id']}") == "3"
    edges = page.evaluate("window.cy.edges().map(e => e.data('kind'))")
    assert edges == ["SUPERSEDES", "SUPERSEDES"]
    assert page.evaluate("window.cy.nodes().every(n => n.renderedPosition().x > 0)")  # laid out on the canvas
    DOCS.mkdir(exist_ok=True)
    page.screenshot(path=str(DOCS / "view-chain-136.png"))
    # each policy's status on the chosen date is drawn: unknown (dates missing) as a dashed ring
    _draw(page, f"{base}/view?chain={stub['id']}&on=2026-06-01")
    drawn = page.evaluate("Object.fromEntries(window.cy.nodes().map(n => [n.id(), [n.data('status'), n.style('border-style')]]))")
    expected = {i: store.query("policy_status", {"policy": i, "date": "2026-06-01"})[0]["status"] for i in drawn}
    assert {i: s for i, (s, _) in drawn.items()} == expected
    assert all((style == "dashed") == (status == "unknown") for status, style in drawn.values())

    assert int(_draw(page, f"{base}/view?departments=长春新区")) == 7 + 11  # agencies + 长春新区 measures
    clusters = store.query("overlap_clusters", {"region": None, "sector": "算力"})
    (cluster,) = [c for c in clusters if any(m["heading"] == "算力资源支持" for m in c["members"])]  # 长春新区 十一
    drawn = int(_draw(page, f"{base}/view?cluster={cluster['cluster']}"))
    assert drawn == cluster["size"] + cluster["policies"]
    page.screenshot(path=str(DOCS / "view-overlap-cluster.png"))


def test_view_reports_an_unknown_policy(page, live_api):
    base, _ = live_api
    assert _draw(page, f"{base}/view?chain=pol_nope") == "error"
    assert "no policy with id" in page.inner_text("#error")
