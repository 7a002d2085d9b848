"""The match page (/view/match) in headless Chromium: a profile submitted from the page shows what
POST /match answers for it, and each line opens its clause with the evidence marked."""
import json
from pathlib import Path

import httpx
import pytest

from tests.browser.conftest import DOCS

PROFILES = Path(__file__).resolve().parents[1] / "match" / "profiles"


def _wan(v: float) -> str:  # as matching/checks.py prints it
    return f"{v / 1e4:g}万元"


def _submit(page, base, profile: dict | None, on: str):
    page.goto(f"{base}/view/match", wait_until="networkidle")
    if profile is not None:
        page.fill("#profile", json.dumps(profile, ensure_ascii=False, indent=1))
    page.fill("#on", on)
    page.click("#run")
    page.wait_for_function("document.body.dataset.ready", timeout=30000)
    return page.evaluate("document.body.dataset.ready")


@pytest.mark.parametrize("name,on", [("hangzhou_zjtx_manufacturer", "2025-06-01"), ("changchun_ai_startup", "2026-06-01")])
def test_the_page_shows_what_post_match_answers(page, reading_api, name, on):
    base, _ = reading_api
    profile = json.loads((PROFILES / f"{name}.json").read_text(encoding="utf-8"))
    want = httpx.post(f"{base}/match", params={"on": on}, json=profile, timeout=60).json()
    assert want["eligible"]
    assert _submit(page, base, profile, on) == str(len(want["eligible"]))

    headings = page.eval_on_selector_all("#eligible details.line > summary > .heading", "es => es.map(e => e.textContent)")
    assert headings == [x["heading"] or x["path"] for x in want["eligible"]]
    amounts = page.eval_on_selector_all("#eligible details.line > summary > .amount", "es => es.map(e => e.textContent)")
    assert amounts == [_wan(x["amount"]["yuan"]) if x["amount"].get("yuan") is not None
                       else f"at most {_wan(x['amount']['up_to_yuan'])}" if x["amount"].get("up_to_yuan") is not None
                       else "no sum stated" for x in want["eligible"]]
    for box, total in (("#total", want["total"]), ("#total-if-in-force", want["total_if_in_force"])):
        shown = page.inner_text(f"{box} .sum")
        assert shown.startswith(_wan(total["yuan"]))
        assert page.eval_on_selector_all(f"{box} .steps div", "es => es.map(e => e.textContent)") == total["steps"]
    missing = page.eval_on_selector_all("#unknown .missing", "es => es.map(e => e.textContent)")
    assert missing == ["fill in: " + ", ".join(x["missing"]) for x in want["unknown"]]
    assert page.locator("#not_eligible details.line").count() == len(want["not_eligible"])

    # a line opens on click and shows its clause, the evidence of its checks marked
    first = want["eligible"][0]
    line = page.locator(f"#eligible details.line[data-measure='{first['measure_id']}']")
    clause = line.locator(".clause")
    assert not clause.is_visible()
    line.locator("summary").click()
    assert clause.is_visible()
    assert clause.inner_text() == first["clause"]
    marked = clause.locator("mark").all_inner_texts()
    assert first["amount"]["text"] in marked or any(first["amount"]["text"] in m for m in marked)
    if name == "hangzhou_zjtx_manufacturer":
        page.screenshot(path=str(DOCS / "view-match-hangzhou.png"), full_page=False)


def test_a_bad_profile_is_named_on_the_page(page, reading_api):
    base, _ = reading_api
    assert _submit(page, base, {"location": "杭州市", "size": "huge"}, "2025-06-01") == "error"
    assert "size" in page.inner_text("#error")
    page.fill("#profile", "{not json")
    page.click("#run")
    page.wait_for_function("document.body.dataset.ready === 'error' && document.getElementById('error').textContent.includes('not JSON')")
