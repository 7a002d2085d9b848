"""The API's own graph view (Cytoscape.js, vendored) drawn in headless Chromium."""
from pathlib import Path

import pytest

from api import service
from tests.browser.conftest import DOCS

# Each drawn node's label box (model coordinates) and the font size it is drawn at on screen.
LABELS = """() => window.cy.nodes().filter(n => n.data('label')).map(n => {
  const b = n.boundingBox({includeNodes: false, includeEdges: false, includeLabels: true});
  return {label: n.data('label'), x1: b.x1, y1: b.y1, x2: b.x2, y2: b.y2,
          px: parseFloat(n.style('font-size')) * window.cy.zoom()};
})"""
VISIBLE = "() => { const e = window.cy.extent(); return [e.x1, e.y1, e.x2, e.y2]; }"


def _draw(page, url):
    page.goto(url, wait_until="networkidle")
    page.wait_for_function("document.body.dataset.ready !== undefined", timeout=20000)
    return page.evaluate("document.body.dataset.ready")


def _overlapping(labels):
    return [(a["label"], b["label"]) for i, a in enumerate(labels) for b in labels[i + 1:]
            if min(a["x2"], b["x2"]) > max(a["x1"], b["x1"]) and min(a["y2"], b["y2"]) > max(a["y1"], b["y1"])]


def _drawn(page, kind):
    return page.evaluate(f"window.cy.nodes('[kind = \"{kind}\"]').map(n => n.data('label'))")


def test_view_draws_the_136_chain_and_a_cluster(page, reading_api):
    base, store = reading_api
    (stub,) = [p for p in store.nodes("Policy") if p.get("doc_number") == "通经信局〔2024〕136号"]
    assert _draw(page, f"{base}/view?chain={stub['id']}") == "3"
    edges = page.evaluate("window.cy.edges().map(e => e.data('kind'))")
    assert edges == ["SUPERSEDES", "SUPERSEDES"]
    assert page.evaluate("window.cy.nodes().every(n => n.renderedPosition().x > 0)")  # laid out on the canvas
    page.screenshot(path=str(DOCS / "view-chain-136.png"))
    # each policy's status on the chosen date is drawn: unknown (dates missing) as a dashed ring
    _draw(page, f"{base}/view?chain={stub['id']}&on=2026-06-01")
    drawn = page.evaluate("Object.fromEntries(window.cy.nodes().map(n => [n.id(), [n.data('status'), n.style('border-style')]]))")
    expected = {i: store.query("policy_status", {"policy": i, "date": "2026-06-01"})[0]["status"] for i in drawn}
    assert {i: s for i, (s, _) in drawn.items()} == expected
    assert all((style == "dashed") == (status == "unknown") for status, style in drawn.values())

    clusters = store.query("overlap_clusters", {"region": None, "sector": "算力"})
    (cluster,) = [c for c in clusters if any(m["heading"] == "算力资源支持" for m in c["members"])]  # 长春新区 十一
    drawn = int(_draw(page, f"{base}/view?cluster={cluster['cluster']}"))
    assert drawn == cluster["size"] + cluster["policies"]


def test_the_largest_overlap_group_reads(page, reading_api):
    """The largest group (first row of overlap_clusters): every member under its policy, no two
    node labels overlapping, all on screen at 11 px or more; what the group shares as a caption
    and every pair in the table beside the canvas."""
    base, store = reading_api
    group = store.query("overlap_clusters", {"region": None, "sector": None})[0]
    assert int(_draw(page, f"{base}/view?cluster={group['cluster']}")) == group["size"] + group["policies"]
    assert len(_drawn(page, "Measure")) == group["size"]
    assert sorted(_drawn(page, "Policy")) == sorted({m["policy_title"] for m in group["members"]})

    labels = page.evaluate(LABELS)
    assert _overlapping(labels) == []
    assert min(label["px"] for label in labels) >= 11
    x1, y1, x2, y2 = page.evaluate(VISIBLE)
    assert all(x1 <= b["x1"] and b["x2"] <= x2 and y1 <= b["y1"] and b["y2"] <= y2 for b in labels)
    # the arcs run left of every label, so no edge crosses one
    arcs = page.evaluate("window.cy.edges('[kind = \"OVERLAPS\"]').map(e => e.boundingBox().x2)")
    assert len(arcs) == group["pairs"] and max(arcs) <= min(b["x1"] for b in labels) + 30

    caption = page.inner_text("#caption")
    assert all(k in caption for k in group["kinds"]) and all(o in caption for o in group["objects"])
    assert f"{group['size']} measures of {group['policies']} policies" in caption
    rows = page.eval_on_selector_all("#pairs tbody tr", "trs => trs.map(tr => tr.innerText)")
    assert len(rows) == group["pairs"]
    mid = group["members"][0]["measure_id"]
    basis = store.query("measure_overlaps", {"measure": mid})[0]["basis"]
    assert any("; ".join(basis) in row for row in rows)
    page.screenshot(path=str(DOCS / "view-overlap-cluster.png"))
    readme = (Path(__file__).resolve().parents[2] / "README.md").read_text("utf-8")
    assert f"largest overlap group on the seeds ({group['size']} measures of {group['policies']} policies in " \
           f"{len(group['regions'])} regions" in " ".join(readme.split())  # the README says what its picture shows


def test_the_department_map_of_changchun_reads(page, reading_api):
    """Every agency and measure of the department_map query is drawn, measures under their policy,
    and no two labels overlap; all of them are on screen at a readable size."""
    base, store = reading_api
    rows = store.query("department_map", {"region": "长春新区"})
    assert _draw(page, f"{base}/view?departments=长春新区") != "error"
    assert sorted(_drawn(page, "Agency")) == sorted(r["agency"] for r in rows)
    measures = {label for r in rows for label in r["measures"]}  # "policy title, path, heading"
    assert len(_drawn(page, "Measure")) == len(measures)
    titles = _drawn(page, "Policy")
    assert all(any(label.startswith(t) for t in titles) for label in measures)  # each measure's policy heads a group
    degrees = page.evaluate("Object.fromEntries(window.cy.nodes('[kind = \"Agency\"]').map(n => [n.data('label'), n.degree()]))")
    assert degrees == {r["agency"]: r["measure_count"] for r in rows}

    labels = page.evaluate(LABELS)
    assert _overlapping(labels) == []
    assert min(label["px"] for label in labels) >= 11
    x1, y1, x2, y2 = page.evaluate(VISIBLE)
    assert all(x1 <= b["x1"] and b["x2"] <= x2 and y1 <= b["y1"] and b["y2"] <= y2 for b in labels)
    agencies_right = max(b["x2"] for b in labels if b["label"] in degrees)
    assert agencies_right < min(b["x1"] for b in labels if b["label"] not in degrees)  # two columns
    page.screenshot(path=str(DOCS / "view-departments-changchun.png"))


def test_the_largest_department_map_has_no_overlapping_labels(page, reading_api):
    base, store = reading_api
    regions = {p["region"] for p in store.nodes("Policy") if p.get("region")}
    sizes = {r: sum(row["measure_count"] for row in store.query("department_map", {"region": r})) for r in regions}
    largest = max(sizes, key=sizes.get)
    assert int(_draw(page, f"{base}/view?departments={largest}")) > 20
    assert _overlapping(page.evaluate(LABELS)) == []
    assert min(label["px"] for label in page.evaluate(LABELS)) >= 11  # it scrolls instead of shrinking


def test_the_view_names_policies_as_the_cli_does(page, reading_api):
    """?chain= takes what `policykg chain` takes: part of a document number here."""
    base, store = reading_api
    (stub,) = [p for p in store.nodes("Policy") if p.get("doc_number") == "通经信局〔2024〕136号"]
    assert service.resolve_policy(store, "136号")["id"] == stub["id"]  # the CLI's resolution
    assert _draw(page, f"{base}/view?chain=136号") == "3"
    assert stub["id"] in page.evaluate("window.cy.nodes().map(n => n.id())")


def test_an_ambiguous_policy_name_lists_the_candidates(page, reading_api):
    base, store = reading_api
    word = "措施"
    matching = [p for p in store.nodes("Policy") if word in (p.get("title") or "") or word in (p.get("doc_number") or "")]
    assert len(matching) >= 2
    assert _draw(page, f"{base}/view?chain={word}") == "error"
    links = page.eval_on_selector_all("#error a", "as => as.map(a => a.getAttribute('href'))")
    assert sorted(links) == sorted(f"/view?chain={p['id']}" for p in matching)


@pytest.mark.parametrize("name", ["pol_nope", "不存在的政策"])
def test_view_reports_an_unknown_policy(page, reading_api, name):
    base, _ = reading_api
    assert _draw(page, f"{base}/view?chain={name}") == "error"
    assert f"no policy matches '{name}'" in page.inner_text("#error")
