"""GET /policies cuts its page in the store (the policy_list question) and
GET /graph/departments/{region} asks for the region's measures at once (region_measures): both
must answer exactly what filtering every policy node gives, on both stores."""
from __future__ import annotations

import pytest

from api.routes.policies import _summary

FILTERS = [{}, {"region": "通州"}, {"region": "杭州"}, {"region": "市"}, {"sector": "人工智能"},
           {"sector": "算力", "region": "北京"}, {"q": "措施"}, {"q": "136号", "include_stubs": "true"},
           {"include_stubs": "true"}, {"region": "长春", "q": "数字"}, {"sector": "不存在"}, {"region": "不存在区"}]


def _expected(client, store, params: dict) -> list[dict]:
    """Every policy node, filtered as the route promises (the definition, not the route's code)."""
    sector_ids = None
    if "sector" in params:
        rows = client.get(f"/sectors/{params['sector']}/comparison", params={"limit": 500})
        sector_ids = {r["policy_id"] for r in rows.json()["items"]} if rows.status_code == 200 else set()
    out = []
    for p in sorted(store.nodes("Policy"), key=lambda p: p["id"]):
        if p.get("stub") and params.get("include_stubs") != "true":
            continue
        if "region" in params and params["region"] not in (p.get("region") or ""):
            continue
        if "q" in params and params["q"] not in (p.get("title") or "") and params["q"] not in (p.get("doc_number") or ""):
            continue
        if sector_ids is not None and p["id"] not in sector_ids:
            continue
        out.append(_summary(p))
    return out


@pytest.mark.parametrize("params", FILTERS, ids=lambda p: "&".join(f"{k}={v}" for k, v in p.items()) or "all")
def test_a_page_of_policies_is_the_filtered_list_cut_in_id_order(client, params):
    store = client.app.state.stores.get()
    expected = _expected(client, store, params)
    for limit, offset in ((500, 0), (3, 0), (3, 2), (2, max(len(expected) - 1, 0)), (5, len(expected) + 10)):
        got = client.get("/policies", params={**params, "limit": limit, "offset": offset}).json()
        assert (got["total"], got["limit"], got["offset"]) == (len(expected), limit, offset)
        assert got["items"] == expected[offset:offset + limit]


def test_the_seed_has_policies_to_page_through(client, seed_expected):
    """The parametrized cases above page through something: every loaded policy is listed."""
    everything = client.get("/policies", params={"limit": 500}).json()
    assert everything["total"] == len({p["id"] for p in everything["items"]}) > 5
    with_stubs = client.get("/policies", params={"limit": 500, "include_stubs": "true"}).json()
    assert with_stubs["total"] > everything["total"]  # the seed cites policies it does not hold


@pytest.mark.parametrize("unknown", ["true", "false"])
@pytest.mark.parametrize("params", [{}, {"region": "杭州"}, {"q": "措施"}, {"sector": "人工智能"}], ids=str)
def test_a_page_with_a_date_keeps_the_status_and_the_summary(client, unknown, params):
    store = client.app.state.stores.get()
    listed = {p["id"]: p for p in client.get("/policies", params={**params, "limit": 500}).json()["items"]}
    ask = {**params, "in_force_on": "2026-11-21", "include_unknown": unknown}
    dated = client.get("/policies", params={**ask, "limit": 500}).json()
    assert dated["total"] == len(dated["items"]) and (dated["total"] > 0 or params)  # the seed has some in force
    assert [p["id"] for p in dated["items"]] == sorted(p["id"] for p in dated["items"])
    for item in dated["items"]:
        status = store.query("policy_status", {"policy": item["id"], "date": "2026-11-21"})[0]
        assert (item["status"], item["certainty"], item["reason"]) == (status["status"], status["certainty"], status["reason"])
        assert item["status"] in (("in_force", "unknown") if unknown == "true" else ("in_force",))
        assert {k: v for k, v in item.items() if k not in ("status", "certainty", "reason")} == listed[item["id"]]
    for limit, offset in ((2, 1), (1, 0), (3, max(dated["total"] - 1, 0)), (5, dated["total"] + 3)):
        page = client.get("/policies", params={**ask, "limit": limit, "offset": offset}).json()
        assert page["total"] == dated["total"] and page["items"] == dated["items"][offset:offset + limit]


def _department_graph_expected(store, region: str) -> dict:
    """The department graph as every policy's measures give it (the definition of the route)."""
    nodes, edges = {}, []
    for p in sorted(store.nodes("Policy"), key=lambda p: p["id"]):
        if region not in (p.get("region") or ""):
            continue
        for m in store.query("policy_measures", {"policy": p["id"]}):
            if not m["agencies"]:
                continue
            nodes.setdefault(p["id"], {"id": p["id"], "label": p.get("title"), "kind": "Policy"})
            label = " ".join(x for x in (m.get("path"), m.get("heading")) if x)
            nodes[m["id"]] = {"id": m["id"], "label": label, "kind": "Measure", "policy": p["id"]}
            edges.append({"source": p["id"], "target": m["id"], "kind": "HAS_MEASURE", "label": ""})
            for a in m["agencies"]:
                aid = f"agency:{a['name']}"
                nodes.setdefault(aid, {"id": aid, "label": a["name"], "kind": "Agency"})
                edges.append({"source": m["id"], "target": aid, "kind": "RESPONSIBLE_DEPT", "label": ""})
    return {"nodes": list(nodes.values()), "edges": edges}


@pytest.mark.parametrize("region", ["长春新区", "杭州市", "杭州", "市"])
def test_the_department_graph_holds_every_measure_of_the_regions_policies(client, region):
    store = client.app.state.stores.get()
    expected = _department_graph_expected(store, region)
    assert expected["edges"]  # a region of the seed with responsible agencies
    assert client.get(f"/graph/departments/{region}").json() == expected


def test_a_region_without_responsible_agencies_has_no_department_graph(client):
    r = client.get("/graph/departments/不存在区")
    assert r.status_code == 404 and "不存在区" in r.json()["error"]["message"]
