"""Every named question, on the seed corpus, answered identically by Neo4j and the embedded store."""
import os

import pytest

from graph.cypher_files import named_queries
from graph.memory_store import MemoryStore
from graph.neo4j_store import Neo4jStore
from graph.store import QUESTIONS

pytestmark = pytest.mark.neo4j

NUMBERS = ["通经信局〔2024〕136号", "海金融文〔2024〕1号", "西行规发〔2022〕2号", "通经信局〔2024〕140号", "石园科发〔2025〕2号"]
DATES = ["2020-01-01", "2025-06-01", "2026-11-21", "2031-01-01"]


@pytest.fixture(scope="module")
def stores(neo4j_driver, seed_documents, tmp_path_factory):
    memory = MemoryStore(tmp_path_factory.mktemp("parity"))
    neo4j = Neo4jStore(os.environ["POLICYKG_TEST_NEO4J_URI"])
    neo4j.clear()
    for doc in seed_documents:
        memory.ingest(doc)
        neo4j.ingest(doc)
    assert memory.recompute_overlaps() == neo4j.recompute_overlaps() > 0
    yield memory, neo4j
    neo4j.close()


def _policy_ids(memory):
    by_number = {p.get("doc_number"): p["id"] for p in memory.nodes("Policy") if p.get("doc_number")}
    ids = [by_number[n] for n in NUMBERS]
    ids += sorted(p["id"] for p in memory.nodes("Policy") if not p.get("stub"))[:6]
    ids += sorted(p["id"] for p in memory.nodes("Policy") if p.get("effective_from"))[:4]  # dated ones too
    return ids


def cases(memory):
    ids = _policy_ids(memory)
    yield from (("supersession_chain", {"policy": i}) for i in ids + ["pol_missing"])
    yield from (("policy_status", {"policy": i, "date": d}) for i in ids for d in DATES)
    yield from (("policy_measures", {"policy": i}) for i in ids + ["pol_missing"])
    for d in DATES:
        for region in (None, "通州", "杭州", "长春新区"):
            for sector in (None, "人工智能"):
                for unknown in (False, True):
                    yield "policies_in_force", {"date": d, "region": region, "sector": sector,
                                                "include_unknown": unknown}
    yield from (("agency_measures", {"agency": a}) for a in ("财政局", "科学技术局", "经济和信息化局", "不存在的局"))
    yield from (("department_map", {"region": r}) for r in (None, "长春新区", "杭州市", "通州"))
    yield from (("funding_matches", {"source": s}) for s in (None, "算力券", "市级"))
    yield from (("sector_comparison", {"sector": s}) for s in ("人工智能", "集成电路", "工业互联网", "不存在"))
    for region in (None, "长春", "通州"):
        for sector in (None, "算力", "工业互联网"):
            yield "overlap_clusters", {"region": region, "sector": sector}
    for title in ("专精特新小巨人", "高新技术企业", "孵化器", "不存在"):
        for region in ("杭州市", "北京市通州区", "长春新区", "不存在区"):
            yield "measures_for_title", {"title": title, "region": region}
    some = sorted(m["id"] for m in memory.nodes("Measure"))[::40]
    yield from (("measure_overlaps", {"measure": m}) for m in some + ["mea_missing"])


def test_every_named_query_has_a_python_twin_and_a_case():
    assert set(named_queries()) == set(QUESTIONS)


def test_both_stores_answer_every_question_identically(stores):
    memory, neo4j = stores
    assert memory.counts() == neo4j.counts()
    asked = set()
    for name, params in cases(memory):
        asked.add(name)
        assert neo4j.query(name, params) == memory.query(name, params), (name, params)
    assert asked == set(QUESTIONS)


def test_answers_are_not_empty_where_the_seeds_have_facts(stores):
    memory, _ = stores
    assert all(memory.query("supersession_chain", {"policy": i}) for i in _policy_ids(memory)[:5])
    assert memory.query("funding_matches", {"source": None})
    assert memory.query("department_map", {"region": "长春新区"})
    assert memory.query("sector_comparison", {"sector": "人工智能"})
    assert memory.query("measures_for_title", {"title": "专精特新小巨人", "region": "杭州市"})
