"""List routes whose page and filters are the question's (issue 10: at 10,000 policies a page
built from the whole answer cost 0.4-1.9 s): GET /funding-matches and GET
/sectors/{sector}/comparison ask funding_matches / sector_comparison for one page (the regions of
the comparison are the question's `regions`), GET /overlaps?region=/?sector= starts from the
region's / sector's measures. On both stores, each checked against the whole, unfiltered answer."""
import pytest


def _whole(client, name: str, params: dict) -> list[dict]:
    response = client.post(f"/queries/{name}", json=params)
    assert response.status_code == 200, response.text
    return response.json()["rows"]


def _items(rows: list[dict]) -> list[dict]:
    """Rows as a route lists them: without the `total` each row of a paged question carries."""
    return [{k: v for k, v in r.items() if k != "total"} for r in rows]


@pytest.mark.parametrize("path, route_params, name, params", [
    ("/funding-matches", {}, "funding_matches", {}),
    ("/funding-matches", {"source": "市级"}, "funding_matches", {"source": "市级"}),
    ("/sectors/人工智能/comparison", {}, "sector_comparison", {"sector": "人工智能"}),
    ("/sectors/人工智能/comparison", {"region": ["北京", "杭州"]}, "sector_comparison",
     {"sector": "人工智能", "regions": ["北京", "杭州"]}),
])
def test_pages_are_cut_in_the_question_and_count_every_row(client, path, route_params, name, params):
    whole = _whole(client, name, params)
    assert len(whole) >= 3 and {r["total"] for r in whole} == {len(whole)}
    pages = [client.get(path, params={**route_params, "limit": 2, "offset": o}).json() for o in range(0, len(whole), 2)]
    assert [i for p in pages for i in p["items"]] == _items(whole)
    assert {p["total"] for p in pages} == {len(whole)} and {len(p["items"]) for p in pages[:-1]} == {2}
    past = client.get(path, params={**route_params, "offset": len(whole) + 3})
    assert past.status_code == 200 and (past.json()["total"], past.json()["items"]) == (len(whole), [])


@pytest.mark.parametrize("regions", [["通州"], ["长春", "杭州"], ["北京", "不存在"]])
def test_a_comparison_keeps_the_measures_of_the_regions_asked_for(client, regions):
    whole = _items(_whole(client, "sector_comparison", {"sector": "人工智能"}))
    expected = [r for r in whole if any(x in r["region"] for x in regions)]
    assert 2 < len(expected) < len(whole)
    body = client.get("/sectors/人工智能/comparison", params={"region": regions, "limit": 500}).json()
    assert (body["sector"], body["total"], body["items"]) == ("人工智能", len(expected), expected)
    second = client.get("/sectors/人工智能/comparison", params={"region": regions, "limit": 2, "offset": 2}).json()
    assert (second["total"], second["items"]) == (len(expected), expected[2:4])


def test_a_comparison_with_nothing_in_the_regions_asked_for_is_not_found(client):
    nowhere = client.get("/sectors/人工智能/comparison", params={"region": "不存在的地方"})
    assert nowhere.status_code == 404 and "不存在的地方" in nowhere.json()["error"]["message"]  # the sector exists
    assert client.get("/sectors/不存在的行业/comparison").status_code == 404


def test_the_regions_of_a_comparison_are_a_checked_list(client):
    ok = client.post("/queries/sector_comparison", json={"sector": "人工智能", "regions": "通州"})
    assert ok.json()["params"] == {"sector": "人工智能", "regions": "通州"}
    assert {r["region"] for r in ok.json()["rows"]} == {"北京市通州区"}  # one text: a list of one
    for bad, message in (([], "must be a list of 1 to 20 texts"), (["通州", 3], "must be text, not int"),
                         (["x" * 201], "must be 1 to 200 characters")):
        response = client.post("/queries/sector_comparison", json={"sector": "人工智能", "regions": bad})
        assert response.status_code == 422 and message in response.text, (bad, response.text)


def _sectors_of_members(client, groups: list[dict]) -> dict[str, list[str]]:
    """Measure id -> its sectors, for every member of `groups` (from its policy's measures)."""
    policies = sorted({m["policy_id"] for g in groups for m in g["members"]})
    return {m["id"]: m["sectors"] for pid in policies for m in _whole(client, "policy_measures", {"policy": pid})}


@pytest.mark.parametrize("region, sector", [
    ("长春", None), ("北京", None), ("市", None), (None, "算力"), ("通州", "工业互联网"), ("不存在的地方", None),
])
def test_filtered_overlap_groups_are_those_with_a_member_there(client, region, sector):
    """GET /overlaps?region=/?sector= starts from the region's / sector's measures: the answer is
    still every group (largest first) with a member of such a region / for such a sector."""
    whole = _items(_whole(client, "overlap_clusters", {}))
    sectors = _sectors_of_members(client, whole) if sector else {}
    expected = [g for g in whole
                if (region is None or any(region in (m["region"] or "") for m in g["members"]))
                and (sector is None or any(sector in sectors[m["measure_id"]] for m in g["members"]))]
    assert len(expected) < len(whole) or region == "北京"  # the seeds: every group has a 北京 member
    body = client.get("/overlaps", params={k: v for k, v in (("region", region), ("sector", sector)) if v}
                      | {"limit": 500}).json()
    assert (body["total"], body["items"]) == (len(expected), expected)


def test_a_groups_view_draws_each_pair_of_two_members_once(client):
    """GET /graph/overlaps/{cluster} reads the group's pairs in one overlap_pairs; its OVERLAPS
    edges are those each member's measure_overlaps gives with another member, each pair once,
    from its first member by id, best score first."""
    groups = _whole(client, "overlap_clusters", {"limit": 3})
    assert groups
    for group in groups:
        ids = {m["measure_id"] for m in group["members"]}
        expected, seen = [], set()
        for mid in sorted(ids):
            for o in _whole(client, "measure_overlaps", {"measure": mid}):
                pair = tuple(sorted((mid, o["measure_id"])))
                if o["measure_id"] in ids and pair not in seen:
                    seen.add(pair)
                    expected.append({"source": pair[0], "target": pair[1], "score": o["score"], "kinds": o["kinds"],
                                     "objects": o["objects"], "basis": o["basis"] or [],
                                     "non_cumulative": bool(o["non_cumulative"])})
        edges = [e for e in client.get(f"/graph/overlaps/{group['cluster']}").json()["edges"] if e["kind"] == "OVERLAPS"]
        assert expected and [{k: e[k] for k in expected[0]} for e in edges] == expected
        pairs = _whole(client, "overlap_pairs", {"cluster": group["cluster"]})
        assert {(p["a"], p["b"]) for p in pairs} <= {(e["source"], e["target"]) for e in expected} | \
            {(e["target"], e["source"]) for e in expected} and len(pairs) == len(expected)
    assert _whole(client, "overlap_pairs", {"cluster": "ovl_missing"}) == []
    assert client.get("/graph/overlaps/ovl_missing").status_code == 404
