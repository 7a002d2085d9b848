"""Clear answers: every named-query parameter checked on both stores, every unexpected error in
the one JSON shape, and a file with no recognisable policy reported and not stored."""
import io
import json

import pytest
from fastapi.testclient import TestClient
from typer.testing import CliRunner

from api.app import create_app
from api.cli import app as cli
from api.settings import Settings
from tests.api.conftest import API_KEY

NEWS = """杭州亚运会场馆赛后利用情况良好
2024-03-05 来源：杭州日报
记者从市体育局获悉，去年亚运会结束后，全市56个竞赛场馆已全部向公众开放，累计接待市民超过1200万人次。
市民张先生说，周末经常带孩子来游泳，票价只要20元。
"""


@pytest.mark.parametrize("name, params, problem", [
    ("department_map", {"region": 123}, "parameter 'region' of 'department_map' must be text, not int (123)"),
    ("department_map", {"region": ["长春新区"]}, "parameter 'region' of 'department_map' must be text, not list"),
    ("policies_in_force", {"date": "banana"}, "parameter 'date' of 'policies_in_force' is not a date YYYY-MM-DD: 'banana'"),
    ("policies_in_force", {"date": "2026-02-30"}, "is not a date YYYY-MM-DD: '2026-02-30'"),
    ("policies_in_force", {"include_unknown": "maybe"}, "parameter 'include_unknown' of 'policies_in_force' must be true or false"),
    ("policies_in_force", {"include_unknown": 1}, "must be true or false, not 1"),
    ("supersession_chain", {}, "query 'supersession_chain' needs parameter 'policy'"),
    ("agency_measures", {"agency": None}, "query 'agency_measures' needs parameter 'agency'"),
    ("sector_comparison", {"sector": "   "}, "parameter 'sector' of 'sector_comparison' must be 1 to 200 characters"),
    ("funding_matches", {"source": "x" * 201}, "must be 1 to 200 characters"),
    ("funding_matches", {"sourse": "算力券"}, "unknown parameter(s) ['sourse']"),
])
def test_bad_query_parameters_are_422_naming_the_parameter_on_both_stores(client, name, params, problem):
    r = client.post(f"/queries/{name}", json=params)
    assert r.status_code == 422, r.text
    assert r.json()["error"]["code"] == "bad_input" and problem in r.json()["error"]["message"]


def test_good_query_parameters_still_answer(client):
    r = client.post("/queries/policies_in_force", json={"date": "2026-01-01", "region": "杭州"})
    assert r.status_code == 200 and r.json()["rows"]
    both = client.post("/queries/policies_in_force", json={"date": "2026-01-01", "include_unknown": True}).json()["rows"]
    assert {r["status"] for r in both} == {"in_force", "unknown"}
    assert client.post("/queries/overlap_clusters", json={}).status_code == 200


def test_the_cli_names_a_bad_query_parameter(tmp_path, monkeypatch):
    monkeypatch.setenv("POLICYKG_DATA_DIR", str(tmp_path))
    r = CliRunner().invoke(cli, ["query", "policy_status", "--param", "policy=pol_x", "--param", "date=banana"])
    assert r.exit_code == 1 and "parameter 'date' of 'policy_status' is not a date YYYY-MM-DD: 'banana'" in r.stderr


def test_an_unexpected_error_is_a_json_500(memory_client, monkeypatch):
    from graph.memory_store import MemoryStore

    def broken(self, name, params):
        raise RuntimeError("a bug")

    monkeypatch.setattr(MemoryStore, "query", broken)
    c = TestClient(memory_client.app, raise_server_exceptions=False)
    r = c.get("/funding-matches")
    assert r.status_code == 500
    assert r.json() == {"error": {"code": "internal_error", "message": "internal error (RuntimeError); see the server log"}}


REPEAL = """南宁市人民政府关于废止《南宁市促进工业企业技术改造暂行办法》的通知
南府规〔2024〕4号

各县（市、区）人民政府，市政府各组成部门：
　　经市人民政府研究，决定废止《南宁市促进工业企业技术改造暂行办法》（南府规〔2020〕5号）。

南宁市人民政府
2024年3月28日
"""


def test_a_repeal_notice_without_measures_is_still_stored(tmp_path, monkeypatch):
    monkeypatch.setenv("POLICYKG_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("POLICYKG_STORE", "memory")
    (tmp_path / "repeal.txt").write_text(REPEAL, encoding="utf-8")
    r = CliRunner().invoke(cli, ["ingest", str(tmp_path / "repeal.txt"), "--json"])
    assert r.exit_code == 0, r.output
    assert json.loads(r.stdout)["totals"]["documents"] == 1
    from graph.memory_store import MemoryStore

    assert MemoryStore(tmp_path / "data").counts().get("SUPERSEDES") == 1


def test_a_news_article_is_reported_and_not_stored(tmp_path, monkeypatch):
    monkeypatch.setenv("POLICYKG_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("POLICYKG_STORE", "memory")
    (tmp_path / "news.txt").write_text(NEWS, encoding="utf-8")
    r = CliRunner().invoke(cli, ["ingest", str(tmp_path / "news.txt")])
    assert r.exit_code == 0
    assert "0 documents, 0 policies, 0 measures, 0 errors" in r.stdout and "1 skipped (no recognisable policy)" in r.stdout
    assert f"warning: {tmp_path / 'news.txt'}: no recognisable policy" in r.stderr
    as_json = json.loads(CliRunner().invoke(cli, ["ingest", str(tmp_path / "news.txt"), "--json"]).stdout)
    assert as_json["totals"]["skipped"] == 1 and as_json["documents"] == []
    api = TestClient(create_app(Settings(store="memory", data_dir=tmp_path / "data", api_key=API_KEY)))
    assert api.get("/health").json()["counts"] == {}
    up = api.post("/documents", files=[("files", ("news.txt", io.BytesIO(NEWS.encode()), "text/plain"))],
                  headers={"X-API-Key": API_KEY})
    assert up.status_code == 201
    from api.service import NO_POLICY

    assert up.json()["skipped"] == [{"path": "news.txt", "error": NO_POLICY}]
    assert api.get("/health").json()["counts"] == {}
