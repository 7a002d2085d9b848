""""Largest cap" means what one recipient can get: per-recipient caps and fixed awards, never a
programme's budget, a threshold to qualify or a per-unit rate. Checked on the seed corpus."""
import pytest

from extraction.records import PER_RECIPIENT_ROLES
from graph.memory_store import MemoryStore


@pytest.fixture(scope="module")
def seed_store(seed_documents):
    store = MemoryStore()
    for doc in seed_documents:
        store.ingest(doc)
    return store


def _measures(seed_documents, region=None):
    return [(p, m) for d in seed_documents for p in d.policies for m in p.measures
            if region is None or p.region == region]


def test_every_stored_cap_is_the_largest_per_recipient_amount(seed_store, seed_documents):
    budgets = 0
    for p, m in _measures(seed_documents):
        per_recipient = [a.value for a in m.amounts if a.unit == "yuan" and a.role in PER_RECIPIENT_ROLES]
        budgets += sum(a.role == "budget" for a in m.amounts)
        assert seed_store.node(m.id).get("max_cap_yuan") == (max(per_recipient) if per_recipient else None), m.id
    assert budgets  # the seed holds programme budgets (the cases below), so the rule is exercised


def test_changchun_compute_pool_is_a_budget_not_a_cap(seed_store, seed_documents):
    pools = [(m, a) for _, m in _measures(seed_documents, "长春新区") for a in m.amounts
             if a.value == 3e7 and "算力" in m.text]
    assert pools and all(a.role == "budget" for _, a in pools)
    for m, _ in pools:
        assert (seed_store.node(m.id).get("max_cap_yuan") or 0) < 3e7
    rows = seed_store.query("sector_comparison", {"sector": "人工智能"})
    changchun = [r["max_cap_yuan"] for r in rows if r["region"] == "长春新区" and r["max_cap_yuan"]]
    assert changchun and max(changchun) < 3e7


def test_development_zone_voucher_budget_is_no_per_company_cap(seed_store, seed_documents):
    vouchers = [(m, a) for _, m in _measures(seed_documents, "北京经济技术开发区") for a in m.amounts
                if "数据券" in m.text[a.start - m.start:a.end - m.start + 4] and a.value == 1e8]
    assert vouchers and all((a.role, a.period) == ("budget", "per_year") for _, a in vouchers)
    for m, _ in vouchers:
        caps = [a.value for a in m.amounts if a.role in PER_RECIPIENT_ROLES and a.unit == "yuan"]
        assert caps and seed_store.node(m.id)["max_cap_yuan"] == max(caps) < 1e8
