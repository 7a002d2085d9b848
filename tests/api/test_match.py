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
