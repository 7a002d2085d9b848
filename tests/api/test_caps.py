"""Caps everywhere they are summarised (API comparison, CLI `compare`, the overlap view) are
per-recipient: documents written for the test put programme budgets (专项资金, 算力券 总额,
产业基金 总规模) and thresholds next to the caps."""
import json

import pytest
from fastapi.testclient import TestClient
from typer.testing import CliRunner

from api.app import create_app
from api.cli import app as cli
from api.settings import Settings
from tests.api.conftest import API_KEY

SUZHOU = """苏州市促进人工智能产业发展的若干措施

为加快人工智能产业发展，制定本措施。
一、建设算力资源池。市财政每年安排5000万元专项资金，建设算力资源池，为人工智能企业提供算力服务。对购买算力服务的人工智能企业，按实际费用的30%给予补贴，单个企业每年最高补贴200万元。（责任单位：市工信局）
二、发放人工智能算力券。每年发放总额不超过1亿元的算力券，支持中小企业使用人工智能算力，每家企业每年最高50万元。（责任单位：市工信局、市财政局）
三、支持人工智能企业做大做强。对人工智能企业年营业收入首次达到1亿元的，给予100万元一次性奖励。（责任单位：市工信局）
四、本措施自印发之日起施行，由市工信局负责解释。
"""
CHENGDU = """成都市支持人工智能产业高质量发展的若干政策

为推动人工智能产业发展，制定本政策。
一、人工智能算力补贴。设立总规模10亿元的人工智能产业基金。对人工智能企业使用智能算力的，按费用的20%给予补贴，单个企业最高300万元。（责任单位：市经信局）
二、人工智能项目投资奖励。对投资额5000万元以上的人工智能项目，按设备投资额的10%给予奖励，单个项目最高500万元。（责任单位：市经信局）
三、本政策自印发之日起施行。
"""
# per measure (region, path): the most one recipient gets, and the money that is not that
EXPECTED = {("苏州市", "一"): 2e6, ("苏州市", "二"): 5e5, ("苏州市", "三"): 1e6,
            ("成都市", "一"): 3e6, ("成都市", "二"): 5e6}


@pytest.fixture(scope="module")
def docs_dir(tmp_path_factory):
    d = tmp_path_factory.mktemp("caps")
    (d / "suzhou_ai.txt").write_text(SUZHOU, encoding="utf-8")
    (d / "chengdu_ai.txt").write_text(CHENGDU, encoding="utf-8")
    return d


@pytest.fixture(scope="module")
def store_dir(docs_dir, tmp_path_factory):
    data = tmp_path_factory.mktemp("data")
    env = {"POLICYKG_DATA_DIR": str(data), "POLICYKG_STORE": "memory"}
    result = CliRunner().invoke(cli, ["ingest", str(docs_dir)], env=env)
    assert result.exit_code == 0, result.output
    return env


def test_extraction_tells_budgets_thresholds_and_caps_apart(docs_dir):
    result = CliRunner().invoke(cli, ["extract", str(docs_dir), "--json"])
    roles = {(p["region"], m["path"]): [(a["value"], a["role"]) for a in m["amounts"] if a["unit"] == "yuan"]
             for d in json.loads(result.stdout)["documents"] for p in d["policies"] for m in p["measures"]}
    assert roles == {
        ("苏州市", "一"): [(5e7, "budget"), (2e6, "cap")],
        ("苏州市", "二"): [(1e8, "budget"), (5e5, "cap")],
        ("苏州市", "三"): [(1e8, "threshold"), (1e6, "fixed")],
        ("成都市", "一"): [(1e9, "budget"), (3e6, "cap")],
        ("成都市", "二"): [(5e7, "threshold"), (5e6, "cap")],
    }


def test_cli_compare_shows_per_recipient_caps(store_dir):
    result = CliRunner().invoke(cli, ["compare", "人工智能", "--json"], env=store_dir)
    assert result.exit_code == 0, result.output
    assert {(r["region"], r["measure_path"]): r["max_cap_yuan"] for r in json.loads(result.stdout)} == EXPECTED


def test_api_comparison_and_overlap_view_show_per_recipient_caps(store_dir):
    settings = Settings(store="memory", data_dir=store_dir["POLICYKG_DATA_DIR"], api_key=API_KEY)
    client = TestClient(create_app(settings))
    items = client.get("/sectors/人工智能/comparison").json()["items"]
    assert {(r["region"], r["measure_path"]): r["max_cap_yuan"] for r in items} == EXPECTED
    clusters = client.get("/overlaps").json()["items"]
    members = [m for c in clusters for m in c["members"]]
    assert members and all(m["max_cap_yuan"] == EXPECTED[(m["region"], m["path"])] for m in members)
    for c in clusters:
        labels = [n["label"] for n in client.get(f"/graph/overlaps/{c['cluster']}").json()["nodes"]
                  if n["kind"] == "Measure"]
        caps = sorted(EXPECTED[(m["region"], m["path"])] / 1e4 for m in c["members"])
        assert sorted(float(label.rsplit("≤", 1)[1].removesuffix("万元")) for label in labels) == caps
