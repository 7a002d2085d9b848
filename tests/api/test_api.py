"""The HTTP API through the real app; the query endpoints run against both stores."""
import io

import pytest
from fastapi.testclient import TestClient

from api.app import create_app
from api.settings import Settings
from tests.api.conftest import API_KEY


def _policy_id(client, number):
    items = client.get("/policies", params={"q": number, "include_stubs": True}).json()["items"]
    (p,) = [p for p in items if p["doc_number"] == number]
    return p["id"]


def test_chain_of_136_shows_both_successors(client):
    pid = _policy_id(client, "通经信局〔2024〕136号")
    links = client.get(f"/policies/{pid}/chain").json()["links"]
    assert {l["older_id"] for l in links} == {pid}
    assert len({l["newer_id"] for l in links}) == 2


def test_department_map_of_changchun(client):
    body = client.get("/regions/长春新区/departments").json()
    assert len(body["agencies"]) == 7
    assert client.get("/regions/不存在/departments").status_code == 404


def test_funding_matches_and_sector_comparison(client, seed_expected):
    assert client.get("/funding-matches").json()["total"] == seed_expected["funding_matches"]
    assert all("算力券" in r["source"] for r in client.get("/funding-matches", params={"source": "算力券"}).json()["items"])
    regions = {r["region"] for r in client.get("/sectors/人工智能/comparison", params={"limit": 500}).json()["items"]}
    assert {"长春新区", "杭州市", "北京市通州区"} <= regions
    three = client.get("/sectors/人工智能/comparison", params={"region": ["长春", "杭州", "通州"]}).json()["items"]
    assert {r["region"] for r in three} == {"长春新区", "杭州市", "北京市通州区"}


@pytest.mark.parametrize("path, params", [
    ("/funding-matches", {}), ("/sectors/人工智能/comparison", {}), ("/overlaps", {}), ("/agencies", {"name": "局"}),
])
def test_list_routes_are_paginated_over_the_whole_answer(client, path, params):
    """limit/offset pages through the same answer in order, and total counts all of it."""
    whole = client.get(path, params={**params, "limit": 500}).json()
    assert whole["total"] == len(whole["items"]) > 2  # the seeds hold more than two of each
    first = client.get(path, params={**params, "limit": 2}).json()
    rest = client.get(path, params={**params, "limit": 500, "offset": 2}).json()
    assert (first["total"], first["limit"], first["offset"], rest["offset"]) == (whole["total"], 2, 0, 2)
    assert first["items"] + rest["items"] == whole["items"]
    assert client.get(path, params={**params, "limit": 0}).status_code == 422
    assert client.get(path, params={**params, "limit": 501}).status_code == 422


def test_named_queries_endpoint(client):
    names = {q["name"] for q in client.get("/queries").json()["items"]}
    assert {"supersession_chain", "department_map", "funding_matches"} <= names
    rows = client.post("/queries/department_map", json={"region": "长春新区"}).json()["rows"]
    assert len(rows) == 7
    bad = client.post("/queries/department_map", json={"regoin": "x"})
    assert bad.status_code == 422 and "regoin" in bad.json()["error"]["message"]
    assert client.post("/queries/drop_everything", json={}).json()["error"]["code"] == "not_found"


def test_policy_list_filters_and_pages(memory_client):
    c = memory_client
    assert c.get("/policies").json()["total"] == 36
    tongzhou = c.get("/policies", params={"region": "通州"}).json()
    assert tongzhou["total"] == 3
    page = c.get("/policies", params={"limit": 5, "offset": 5}).json()
    assert len(page["items"]) == 5 and page["offset"] == 5
    in_force = c.get("/policies", params={"in_force_on": "2026-11-21", "region": "杭州"}).json()
    expired = {"关于加快推进高端装备制造业高质量发展的若干措施"}  # 有效期至2025年12月31日
    assert expired.isdisjoint({p["title"] for p in in_force["items"]})
    assert in_force["items"] and all(p["status"] == "in_force" and p["reason"] for p in in_force["items"])
    one = in_force["items"][0]
    detail = c.get(f"/policies/{one['id']}", params={"on": "2026-11-21"}).json()["status"]
    assert (detail["status"], detail["certainty"], detail["reason"]) == ("in_force", one["certainty"], one["reason"])
    assert c.get("/policies", params={"q": "算力"}).json()["total"] == 0
    assert c.get("/policies", params={"sector": "量子科技"}).json()["total"] >= 1


def test_a_sector_alone_lists_its_policies_whatever_their_status(client):
    """GET /policies?sector= without a date: every policy with a measure for the sector (what the
    sector comparison lists), in force or not."""
    for sector in ("人工智能", "算力"):
        compared = {r["policy_id"] for r in client.get(f"/sectors/{sector}/comparison", params={"limit": 500}).json()["items"]}
        listed = client.get("/policies", params={"sector": sector, "limit": 500}).json()
        assert listed["total"] == len(compared) and {p["id"] for p in listed["items"]} == compared
        in_force = client.get("/policies", params={"sector": sector, "in_force_on": "2026-11-21", "limit": 500}).json()
        assert {p["id"] for p in in_force["items"]} <= compared


def test_chain_graph_shows_each_policys_status_on_a_date(client):
    stub = client.get("/policies", params={"q": "136号", "include_stubs": "true"}).json()["items"][0]
    graph = client.get(f"/graph/chain/{stub['id']}", params={"on": "2026-06-01"}).json()
    for node in graph["nodes"]:
        status = client.get(f"/policies/{node['id']}", params={"on": "2026-06-01"}).json()["status"]
        assert (node["status"], node["reason"], node["date"]) == (status["status"], status["reason"], "2026-06-01")
        assert node["label"].endswith(f"[{status['status']} on 2026-06-01]")
    assert client.get(f"/graph/chain/{stub['id']}", params={"on": "2026-02-30"}).status_code == 422


def test_policy_list_includes_unknown_status_on_request(memory_client, seed_documents):
    undated = {p.id for d in seed_documents for p in d.policies
               if not p.effective_from and not p.expires_on and not p.issued_on}
    known = memory_client.get("/policies", params={"in_force_on": "2031-01-01", "limit": 500}).json()["items"]
    assert undated.isdisjoint({p["id"] for p in known})
    both = memory_client.get("/policies", params={"in_force_on": "2031-01-01", "include_unknown": "true",
                                                  "limit": 500}).json()["items"]
    status = {p["id"]: p["status"] for p in both}
    assert undated <= set(status) and all(status[i] == "unknown" for i in undated)
    assert {p["id"] for p in known} == {i for i, s in status.items() if s == "in_force"}


def test_one_policy_with_status_and_measures(memory_client):
    c = memory_client
    pid = c.get("/policies", params={"q": "长春新区支持数字经济"}).json()["items"][0]["id"]
    body = c.get(f"/policies/{pid}", params={"on": "2027-01-01"}).json()
    assert body["status"]["status"] == "expired"  # 有效期至2026年12月31日
    # 自印发之日起试行 with no issue date in the file: before it expires, its status is unknown
    before = c.get(f"/policies/{pid}", params={"on": "2026-06-01"}).json()["status"]
    assert (before["status"], before["reason"]) == ("unknown", "no start date (takes effect on issue; issue date unknown)")
    assert len(body["measures"]) == 11
    assert body["measures"][0]["agencies"][0]["name"] == "长春新区科学技术局"


@pytest.mark.parametrize("url, status", [
    ("/policies/pol_nope", 404), ("/policies/pol_nope/chain", 404), ("/nowhere", 404),
    ("/policies?in_force_on=2026-13-01", 422), ("/policies?limit=0", 422), ("/sectors/不存在/comparison", 404),
])
def test_errors_have_one_shape(memory_client, url, status):
    r = memory_client.get(url)
    assert r.status_code == status
    assert set(r.json()) == {"error"} and {"code", "message"} <= set(r.json()["error"])


def test_upload_needs_the_key_and_stores_nothing_when_a_file_is_bad(memory_client):
    c = memory_client
    doc = "某区支持算力发展若干措施\n一、支持算力券。给予最高77万元补贴。（责任单位：区科技局）\n".encode("gb18030")
    files = [("files", ("new.txt", io.BytesIO(doc), "text/plain"))]
    assert c.post("/documents", files=files).status_code == 401
    assert c.post("/documents", files=files, headers={"X-API-Key": "wrong"}).status_code == 401
    before = c.get("/health").json()["counts"]
    mixed = [("files", ("new.txt", io.BytesIO(doc), "text/plain")), ("files", ("bad.txt", io.BytesIO(b""), "text/plain"))]
    r = c.post("/documents", files=mixed, headers={"X-API-Key": API_KEY})
    assert r.status_code == 422
    assert r.json()["error"]["details"]["files"] == [{"path": "bad.txt", "error": "file is empty"}]
    assert c.get("/health").json()["counts"] == before
    r = c.post("/documents", files=[("files", ("new.txt", io.BytesIO(doc), "text/plain"))], headers={"X-API-Key": API_KEY})
    assert r.status_code == 201
    assert r.json()["totals"] == {"documents": 1, "policies": 1, "measures": 1, "errors": 0, "skipped": 0}
    assert c.get("/policies", params={"q": "某区支持算力"}).json()["total"] == 1


def test_uploads_are_refused_without_a_configured_key(tmp_path):
    c = TestClient(create_app(Settings(store="memory", data_dir=tmp_path)))
    r = c.post("/documents", files=[("files", ("a.txt", io.BytesIO(b"x"), "text/plain"))])
    assert r.status_code == 403


def test_health_reports_store_and_503_when_neo4j_is_down(memory_client):
    body = memory_client.get("/health").json()
    assert body["status"] == "ok" and body["store"] == "memory" and body["counts"]["Policy"] == 59
    down = TestClient(create_app(Settings(store="neo4j", neo4j_uri="bolt://127.0.0.1:1")))
    r = down.get("/health")
    assert r.status_code == 503 and r.json()["neo4j"]["reachable"] is False
    r = down.get("/policies")
    assert r.status_code == 503 and r.json()["error"]["code"] == "store_unavailable"


def test_export_json_and_graphml(memory_client, seed_expected):
    data = memory_client.get("/export").json()
    assert len(data["nodes"]) == seed_expected["nodes"]
    xml = memory_client.get("/export", params={"format": "graphml"}).text
    assert xml.startswith("<?xml") and "graphml" in xml


def test_openapi_docs_are_served(memory_client):
    assert memory_client.get("/docs").status_code == 200
    assert "/policies/{policy_id}/chain" in memory_client.get("/openapi.json").json()["paths"]


def test_overlap_clusters_and_a_measures_overlaps(client):
    clusters = client.get("/overlaps", params={"sector": "算力"}).json()["items"]
    assert clusters and all(c["size"] >= 2 for c in clusters)
    biggest = clusters[0]
    assert len({m["policy_id"] for m in biggest["members"]}) == biggest["policies"] >= 2
    some = biggest["members"][0]["measure_id"]
    rows = client.get(f"/measures/{some}/overlaps").json()["items"]
    assert rows and all(r["score"] >= 0.5 for r in rows)
    assert client.get("/measures/mea_nope/overlaps").status_code == 404


def test_overlaps_pages_are_cut_in_the_question_and_count_every_group(client):
    """GET /overlaps asks overlap_clusters for its page only; pages laid end to end are the whole
    answer, and `total` counts every group, also past the end."""
    whole = client.post("/queries/overlap_clusters", json={}).json()["rows"]
    assert len(whole) >= 3 and all(r["total"] == len(whole) for r in whole)
    pages = [client.get("/overlaps", params={"limit": 2, "offset": o}).json() for o in range(0, len(whole), 2)]
    assert [c for p in pages for c in p["items"]] == [{k: v for k, v in r.items() if k != "total"} for r in whole]
    assert {p["total"] for p in pages} == {len(whole)}
    past = client.get("/overlaps", params={"limit": 2, "offset": len(whole) + 5}).json()
    assert (past["total"], past["items"]) == (len(whole), [])
    none = client.get("/overlaps", params={"region": "不存在的地方"}).json()
    assert (none["total"], none["items"]) == (0, [])


def test_agencies_pages_are_cut_in_the_question_and_count_every_agency(client):
    """GET /agencies asks agency_measures for its page of agency names only: pages laid end to
    end group the whole answer's rows by agency, and `total` counts every name, also past the end."""
    whole = client.post("/queries/agency_measures", json={"agency": "局"}).json()["rows"]
    names = sorted({r["agency"] for r in whole})
    assert len(names) >= 3 and {r["total"] for r in whole} == {len(names)}
    pages = [client.get("/agencies", params={"name": "局", "limit": 2, "offset": o}).json() for o in range(0, len(names), 2)]
    assert {p["total"] for p in pages} == {len(names)}
    items = [i for p in pages for i in p["items"]]
    assert [i["agency"] for i in items] == names
    for i in items:
        rows = [{k: v for k, v in r.items() if k not in ("agency", "total")} for r in whole if r["agency"] == i["agency"]]
        assert (i["measures"], i["measure_count"]) == (rows, len(rows))
    past = client.get("/agencies", params={"name": "局", "offset": len(names) + 1}).json()
    assert (past["total"], past["items"]) == (len(names), [])
    assert client.get("/agencies", params={"name": "不存在的局"}).json()["total"] == 0


def test_graph_routes_name_policies_as_the_cli_does(memory_client):
    """/graph/chain (what /view?chain= draws) resolves a name with the CLI's service.resolve_policy."""
    pid = _policy_id(memory_client, "通经信局〔2024〕136号")
    by_id = memory_client.get(f"/graph/chain/{pid}").json()
    assert memory_client.get("/graph/chain/136号").json() == by_id
    assert memory_client.get("/graph/chain/通经信局〔2024〕136号").json() == by_id
    res = memory_client.get("/graph/chain/措施")
    assert res.status_code == 409
    assert len(res.json()["error"]["details"]["candidates"]) >= 2
    res = memory_client.get("/graph/chain/pol_nope")
    assert (res.status_code, res.json()["error"]["message"]) == (
        404, "no policy matches 'pol_nope' (give an id, a document number or part of a title)")


def test_department_graph_groups_measures_by_policy(memory_client):
    rows = memory_client.get("/regions/长春新区/departments").json()["agencies"]
    graph = memory_client.get("/graph/departments/长春新区").json()
    kinds = {n["id"]: n["kind"] for n in graph["nodes"]}
    assert sorted(n["label"] for n in graph["nodes"] if n["kind"] == "Agency") == sorted(r["agency"] for r in rows)
    has = {e["target"]: e["source"] for e in graph["edges"] if e["kind"] == "HAS_MEASURE"}
    measures = [n for n in graph["nodes"] if n["kind"] == "Measure"]
    assert measures and all(has[m["id"]] == m["policy"] and kinds[m["policy"]] == "Policy" for m in measures)
    assert memory_client.get("/graph/departments/不存在").status_code == 404
