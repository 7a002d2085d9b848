"""Loading behaviour, run against both stores (the Neo4j runs use the real server)."""
import pytest

from extraction.pipeline import extract_text
from graph import rows as rows_module

SEED_000 = "seed/000_61dcdc7b9149cff2.txt"


def _doc(path, text):
    return extract_text(text, path)


def test_loading_twice_changes_nothing(any_store, seed_documents, seed_expected):
    for doc in seed_documents:
        assert any_store.ingest(doc).status == "created"
    once = any_store.counts()
    assert [any_store.ingest(doc).status for doc in seed_documents] == ["unchanged"] * len(seed_documents)
    assert any_store.counts() == once
    for label in ("Policy", "Measure", "Amount", "Agency", "Sector"):
        assert once[label] == seed_expected["labels"][label], label
    assert once["Measure"] == seed_expected["measures"] > 300


def test_a_modified_document_leaves_no_stale_measures(any_store, seed_texts):
    original = _doc(SEED_000, seed_texts[SEED_000])
    any_store.ingest(original)
    # drop clause 十一 (the only one 政数局 and 数字办 answer for) and change an amount in 一
    text = seed_texts[SEED_000]
    text = text[: text.index("十一、算力资源支持")] + "\n以上措施自印发之日起试行。\n"
    text = text.replace("每年最高200万元", "每年最高300万元")
    changed = _doc(SEED_000, text)
    assert any_store.ingest(changed).status == "replaced"
    counts = any_store.counts()
    assert counts["Measure"] == 10
    agencies = {a["name"] for a in any_store.nodes("Agency")}
    assert "长春新区政数局" not in agencies and "长春新区数字办" not in agencies
    values = sorted(a["value"] for a in any_store.nodes("Amount") if a["unit"] == "yuan")
    assert 3e6 in values and 2e6 in values  # 300万 is new; 200万 is still in other clauses
    old_ids = {m.id for p in original.policies for m in p.measures} - {m.id for p in changed.policies for m in p.measures}
    assert old_ids and not any(any_store.node(i) for i in old_ids)


def test_a_failed_load_changes_nothing(any_store, seed_texts, monkeypatch):
    first = _doc(SEED_000, seed_texts[SEED_000])
    any_store.ingest(first)
    before = any_store.counts()
    text = seed_texts[SEED_000].replace("每年最高200万元", "每年最高277万元")
    real = rows_module.graph_rows

    def poisoned(doc, *args):
        out = real(doc, *args)
        out.rels.append(rows_module.RelRow("NOT_A_TYPE", out.policy_ids[0], out.policy_ids[0], {}, "Policy", "Policy"))
        return out

    monkeypatch.setattr("graph.memory_store.graph_rows", poisoned)
    monkeypatch.setattr("graph.neo4j_store.graph_rows", poisoned)
    with pytest.raises(ValueError, match="NOT_A_TYPE"):
        any_store.ingest(_doc(SEED_000, text))
    assert any_store.counts() == before
    assert 2.77e6 not in {a["value"] for a in any_store.nodes("Amount")}


def test_two_successors_of_one_voided_policy_are_kept_apart(any_store, seed_documents):
    for doc in seed_documents:
        any_store.ingest(doc)
    (stub,) = [p for p in any_store.nodes("Policy") if p.get("doc_number") == "通经信局〔2024〕136号"]
    assert stub["stub"] is True
    rows = any_store.query("supersession_chain", {"policy": stub["id"]})
    assert {r["older_id"] for r in rows} == {stub["id"]}
    newer = {r["newer_title"] for r in rows}
    assert newer == {"北京市通州区数字经济高质量发展实施细则", "关于支持北京城市副中心数字经济高质量发展的实施细则"}


@pytest.mark.parametrize("number", ["海金融文〔2024〕1号", "西行规发〔2022〕2号", "通经信局〔2024〕140号", "石园科发〔2025〕2号"])
def test_each_voided_seed_policy_has_its_successor(any_store, seed_documents, number):
    for doc in seed_documents:
        any_store.ingest(doc)
    (old,) = [p for p in any_store.nodes("Policy") if p.get("doc_number") == number]
    (row,) = any_store.query("supersession_chain", {"policy": old["id"]})
    assert row["older_id"] == old["id"] and row["newer_id"] != old["id"]
    status = any_store.query("policy_status", {"policy": old["id"], "date": "2026-01-01"})[0]
    assert status["superseded_by"] == [row["newer_id"]]
    # superseded once its successor has started; when that start is unknown, so is the status
    started = row["newer_effective_from"] is not None and row["newer_effective_from"] <= "2026-01-01"
    assert (status["status"], status["reason"]) == (
        ("superseded", f"voided by a policy in force from {row['newer_effective_from']}") if started
        else ("unknown", "voided by a policy with no start date"))


def test_changchun_department_map(any_store, seed_documents):
    for doc in seed_documents:
        any_store.ingest(doc)
    rows = {r["agency"]: r for r in any_store.query("department_map", {"region": "长春新区"})}
    short = {name.replace("长春新区", "") for name in rows}
    assert short == {"财政局", "科学技术局", "工业和信息化局", "市场监督管理局", "规划和自然资源局", "政数局", "数字办"}
    assert rows["长春新区财政局"]["measure_count"] == 10
    assert "长春新区科学技术局" in rows["长春新区财政局"]["co_agencies"]


def test_every_ratio_and_matching_clause_is_a_funding_match(any_store, seed_documents, seed_expected):
    import re

    for doc in seed_documents:
        any_store.ingest(doc)
    matches = any_store.query("funding_matches", {"source": None})
    extracted = [f for d in seed_documents for p in d.policies for m in p.measures for f in m.funding_matches]
    assert len(matches) == len(extracted) == seed_expected["funding_matches"] > 30
    for d in seed_documents:
        for p in d.policies:
            for m in p.measures:
                for hit in re.finditer(r"1\s*[:：]\s*[\d.]+|级配套|配套支持|配套资金|配套补助|配套奖励", m.text):
                    assert any(f.start <= m.start + hit.start() < f.end for f in m.funding_matches), (m.path, hit.group(0))


def test_embedded_store_reloads_from_its_data_directory(tmp_path, seed_documents):
    from graph.memory_store import MemoryStore

    store = MemoryStore(tmp_path)
    for doc in seed_documents:
        store.ingest(doc)
    again = MemoryStore(tmp_path)
    assert again.counts() == store.counts()
    assert again.query("department_map", {"region": None}) == store.query("department_map", {"region": None})


def test_embedded_store_names_a_corrupt_file(tmp_path):
    from extraction.errors import InputError
    from graph.memory_store import MemoryStore

    import gc

    (tmp_path / "graph.json").write_text("{not json", encoding="utf-8")
    with pytest.raises(InputError, match="graph.json: cannot load the embedded graph"):
        MemoryStore(tmp_path)
    assert gc.isenabled()  # the collector, paused while a graph is built, is back after a failed load


def test_every_stored_id_maps_back_to_its_label(tmp_path, seed_documents):
    from graph.memory_store import MemoryStore
    from graph.schema import label_of_id

    store = MemoryStore(tmp_path)
    for doc in seed_documents:
        store.ingest(doc)
    assert all(label_of_id(n) == d["label"] for n, d in store.g.nodes(data=True))
