"""POST /match: a profile in, the matching out; 422 naming a bad profile field."""
import json
from pathlib import Path

PROFILE = Path(__file__).resolve().parents[1] / "match" / "profiles" / "hangzhou_zjtx_manufacturer.json"


def test_post_match_gives_eligible_lines_with_rules(memory_client):
    body = json.loads(PROFILE.read_text(encoding="utf-8"))
    r = memory_client.post("/match", params={"on": "2025-06-01"}, json=body)
    assert r.status_code == 200, r.text
    got = r.json()
    assert got["regions"][:2] == ["杭州市滨江区", "杭州市"]
    assert got["eligible"] and all(x["amount"]["rule"] and x["checks"] for x in got["eligible"])
    assert got["total"]["yuan"] == sum(x["amount"].get("yuan") or 0 for x in got["eligible"]
                                       if x["in_force"] and x["counted"])


def test_bad_profile_and_bad_date_are_422(memory_client):
    r = memory_client.post("/match", json={"location": "杭州市", "size": "huge"})
    assert r.status_code == 422 and "size" in r.json()["error"]["message"]
    r = memory_client.post("/match", params={"on": "2025-13-01"}, json={"location": "杭州市"})
    assert r.status_code == 422 and "on" in r.json()["error"]["message"]


def test_the_match_page_is_served_with_a_valid_example_profile(memory_client):
    """/view/match is the page; its pre-filled profile is the hand-worked 杭州 one (so it stays a
    profile /match accepts as the profile format changes)."""
    import html
    import re

    r = memory_client.get("/view/match")
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/html")
    assert 'fetch("/match"' in r.text
    assert not re.search(r"""src=["']https?://""", r.text)  # everything served locally
    (example,) = re.findall(r'<textarea id="profile"[^>]*>(.*?)</textarea>', r.text, re.S)
    example = json.loads(html.unescape(example))
    assert {**example, "name": None} == {**json.loads(PROFILE.read_text(encoding="utf-8")), "name": None}
    assert memory_client.post("/match", params={"on": "2025-06-01"}, json=example).status_code == 200
