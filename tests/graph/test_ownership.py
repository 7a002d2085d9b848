"""Documents are owned by their content, not by the name they were read from (issue 9), on
both stores; and both stores, running the one write plan, end with the same graph."""
import pytest

from extraction.pipeline import extract_text
from graph.memory_store import MemoryStore

POLICY = """苏州市人民政府关于印发《苏州市人工智能产业发展若干措施》的通知
苏府规〔2025〕7号

各区人民政府，市各委办局：
现将《苏州市人工智能产业发展若干措施》印发给你们，请认真贯彻执行。

苏州市人民政府
2025年3月1日

苏州市人工智能产业发展若干措施

一、支持算力应用。对企业租用算力开展模型训练的，按实际费用的30%给予补贴，单个企业每年最高200万元。（责任单位：市工信局、市财政局）
二、支持场景开放。对入选市级人工智能应用场景的项目，给予一次性奖励50万元。（责任单位：市科技局）
三、支持人才引进。对引进的人工智能领军人才，给予最高100万元安家补贴。（责任单位：市人社局）
本措施自2025年4月1日起施行，有效期3年。
"""

OTHER = """无锡市人民政府关于印发《无锡市集成电路产业若干政策》的通知
锡政规〔2025〕3号

无锡市集成电路产业若干政策

一、对新建12英寸晶圆生产线的企业，按设备投资额的10%给予补助，最高5000万元。（责任单位：市发改委）
二、对首次流片的设计企业，给予流片费用40%的补贴，最高300万元。（责任单位：市工信局）
"""


def _doc(text: str, name: str):
    return extract_text(text, name)


def _measure_ids(doc) -> set[str]:
    return {m.id for p in doc.policies for m in p.measures}


def _present(store, ids) -> set[str]:
    return {i for i in ids if store.node(i) is not None}


def test_a_copy_under_another_name_shares_the_document(any_store):
    a = _doc(POLICY, "policies/a.txt")
    assert any_store.ingest(a).status == "created"
    assert any_store.ingest(_doc(POLICY, "copies/a-copy.txt")).status == "linked"
    docs = any_store.nodes("Document")
    assert len(docs) == 1 and docs[0]["sources"] == ["copies/a-copy.txt", "policies/a.txt"]
    assert any_store.counts()["Measure"] == 3


def test_replacing_a_copy_keeps_what_the_original_still_holds(any_store):
    """The reported defect: a copy's new content deleted the original's measures, and
    re-ingesting the original then said "unchanged"."""
    a = _doc(POLICY, "policies/a.txt")
    any_store.ingest(a)
    any_store.ingest(_doc(POLICY, "copies/a-copy.txt"))
    assert any_store.ingest(_doc(OTHER, "copies/a-copy.txt")).status == "replaced"
    assert _present(any_store, _measure_ids(a)) == _measure_ids(a)
    assert any_store.ingest(a).status == "unchanged"
    docs = {d["id"]: d["sources"] for d in any_store.nodes("Document")}
    assert sorted(docs.values()) == [["copies/a-copy.txt"], ["policies/a.txt"]]
    assert any_store.counts()["Measure"] == 3 + 2


def test_a_measure_two_documents_hold_stays_while_either_holds_it(any_store):
    """Two versions of one numbered policy (a re-publication with a note appended) share its
    measures; dropping one version keeps them, dropping both removes them."""
    original = _doc(POLICY, "gov/a.txt")
    republished = _doc(POLICY + "\n（此件公开发布）\n", "portal/a.html.txt")
    assert _measure_ids(original) == _measure_ids(republished)  # one policy, two contents
    any_store.ingest(original)
    any_store.ingest(republished)
    assert len(any_store.nodes("Document")) == 2
    owners = {m["id"]: sorted(m["owners"]) for m in any_store.nodes("Measure")}
    assert all(len(o) == 2 for o in owners.values())

    any_store.ingest(_doc(OTHER, "portal/a.html.txt"))  # the portal's page now shows another policy
    assert _present(any_store, _measure_ids(original)) == _measure_ids(original)
    policy = next(p for p in any_store.nodes("Policy") if p.get("doc_number") == "苏府规〔2025〕7号")
    assert not policy.get("stub")

    changed = POLICY.replace("三、支持人才引进。对引进的人工智能领军人才，给予最高100万元安家补贴。（责任单位：市人社局）\n", "")
    any_store.ingest(_doc(changed, "gov/a.txt"))  # the original file itself loses clause 三
    left = _present(any_store, _measure_ids(original))
    assert len(left) == 2
    assert "agency:苏州市人社局" not in {a["id"] for a in any_store.nodes("Agency")}


def test_a_document_released_by_its_last_name_takes_its_relationships(any_store):
    first = _doc(POLICY, "a.txt")
    any_store.ingest(first)
    any_store.ingest(_doc(OTHER, "a.txt"))
    counts = any_store.counts()
    assert counts["Document"] == 1 and counts["Policy"] == 1 and counts["Measure"] == 2
    export = any_store.export()
    old = f"doc:{first.sha256}"
    assert not [n for n in export["nodes"] if n["id"] == old or old in n["properties"].get("owners", [])]
    owned = [r for r in export["relationships"] if r["type"] in ("CONTAINS", "IN_REGION")]
    now = f"doc:{_doc(OTHER, 'a.txt').sha256}"
    assert owned and all(r["properties"]["owners"] == [now] for r in owned), owned


def _normalised(export: dict) -> dict:
    """An export without the stale-mark tokens (random) and with lists in a stable order."""
    nodes = []
    for n in export["nodes"]:
        props = {k: sorted(v) if k == "owners" else v for k, v in n["properties"].items() if k != "overlaps_stale"}
        nodes.append((n["id"], n["labels"][0], sorted(props.items(), key=lambda kv: kv[0])))
    rels = [(r["type"], r["start"], r["end"],
             sorted(((k, sorted(v) if k == "owners" else v) for k, v in r["properties"].items()), key=lambda kv: kv[0]))
            for r in export["relationships"]]
    return {"nodes": sorted(nodes, key=repr), "relationships": sorted(rels, key=repr)}


def test_both_stores_end_with_the_same_graph(neo4j_store, tmp_path, seed_documents):
    """One write plan, two executors: after the same sequence of writes (new documents, a copy,
    a replaced copy, a changed original) the embedded store and Neo4j hold the same nodes,
    relationships and properties."""
    memory = MemoryStore(tmp_path / "data")
    steps = list(seed_documents) + [_doc(POLICY, "a.txt"), _doc(POLICY, "b.txt"), _doc(OTHER, "b.txt"),
                                    _doc(POLICY.replace("最高200万元", "最高300万元"), "a.txt")]
    for doc in steps:
        assert memory.ingest(doc).status == neo4j_store.ingest(doc).status
    assert _normalised(memory.export()) == _normalised(neo4j_store.export())


def test_an_unchanged_document_writes_nothing(tmp_path):
    store = MemoryStore(tmp_path / "data")
    store.ingest(_doc(POLICY, "a.txt"))
    version = store.version
    assert store.ingest(_doc(POLICY, "a.txt")).status == "unchanged"
    assert store.version == version


def test_a_short_agency_name_meets_the_full_name_stored_earlier(any_store):
    """Agency resolution across documents: the stores pass the names they hold to graph_rows,
    and the Agency keeps every name it was given (`names` is gathered, not overwritten)."""
    full = POLICY.replace("（责任单位：市科技局）", "（责任单位：苏州市文化体育局）")
    any_store.ingest(_doc(full, "full.txt"))
    short = OTHER.replace("无锡", "苏州").replace("锡政规", "苏政规").replace("市发改委", "市文体局")
    any_store.ingest(_doc(short, "short.txt"))
    agencies = {a["name"]: a for a in any_store.nodes("Agency")}
    assert "苏州市文体局" not in agencies
    assert set(agencies["苏州市文化体育局"]["names"]) == {"苏州市文化体育局", "苏州市文体局"}


INTERPRETATION = """苏州市人民政府 政策解读
首页 > 政务公开 > 政策解读
《苏州市人工智能产业发展若干措施》解读
来源：市工信局　发布时间：2025-03-10
近日，市政府印发了《苏州市人工智能产业发展若干措施》（苏府规〔2025〕7号，以下简称《若干措施》）。现就有关内容解读如下。
一、出台背景
我市人工智能企业数量快速增长，算力成本偏高。
"""


@pytest.mark.parametrize("reading_first", [False, True], ids=["policy-then-interpretation", "interpretation-first"])
def test_an_interpretation_never_overwrites_the_policy_it_reads(any_store, reading_first):
    """A 政策解读 gives the policy's title and 文号 (so the same key) but none of its text or
    dates: read after the policy it changes nothing, read before it the policy's own text wins."""
    policy, reading = _doc(POLICY, "gov/a.txt"), _doc(INTERPRETATION, "gov/a-jiedu.txt")
    assert reading.policies[0].interpretation and reading.policies[0].id == policy.policies[0].id
    for doc in ((reading, policy) if reading_first else (policy, reading)):
        any_store.ingest(doc)
    p = any_store.node(policy.policies[0].id)
    assert (p["effective_from"], p["expires_on"], p["measure_count"], p["document"]) == \
           ("2025-04-01", "2028-03-31", 3, "gov/a.txt")
    assert _present(any_store, _measure_ids(policy)) == _measure_ids(policy)
