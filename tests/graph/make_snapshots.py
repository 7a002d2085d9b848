"""Neo4j's answers to every named question on the seed graph, kept in tests/graph/snapshots/, so
the embedded store's Python twins are checked against Neo4j even where no Java runs
(tests/graph/test_snapshots.py). tests/graph/test_parity.py asks a real Neo4j again and fails on
a stale snapshot.

    python -m tests.graph.make_snapshots --uri bolt://127.0.0.1:7687

EMPTIES the database at --uri (default $POLICYKG_TEST_NEO4J_URI), loads the seeds, derives the
overlaps, asks every case of `cases` and writes one NAME.json per question. Every case gives
its date explicitly: a date left out means today, and the snapshot would change with the day.
"""
from __future__ import annotations

import argparse
import json
import logging
import os
from pathlib import Path

SNAPSHOT_DIR = Path(__file__).resolve().parent / "snapshots"
NUMBERS = ["通经信局〔2024〕136号", "海金融文〔2024〕1号", "西行规发〔2022〕2号", "通经信局〔2024〕140号", "石园科发〔2025〕2号"]
DATES = ["2020-01-01", "2025-06-01", "2026-11-21", "2031-01-01"]

log = logging.getLogger(__name__)


def policy_ids(store) -> list[str]:
    """Policies worth asking about: numbered ones in supersession chains, then the first
    non-stub and the first dated ones by id."""
    by_number = {p.get("doc_number"): p["id"] for p in store.nodes("Policy") if p.get("doc_number")}
    ids = [by_number[n] for n in NUMBERS]
    ids += sorted(p["id"] for p in store.nodes("Policy") if not p.get("stub"))[:6]
    ids += sorted(p["id"] for p in store.nodes("Policy") if p.get("effective_from"))[:4]
    return list(dict.fromkeys(ids))


def cases(store):
    """(question, params) pairs over the seed graph in `store`; every question at least once."""
    ids = policy_ids(store)
    yield from (("supersession_chain", {"policy": i}) for i in ids + ["pol_missing"])
    yield from (("policy_status", {"policy": i, "date": d}) for i in ids for d in DATES)
    yield from (("policy_measures", {"policy": i}) for i in ids + ["pol_missing"])
    for d in DATES:
        for region in (None, "通州", "杭州", "长春新区"):
            for sector in (None, "人工智能"):
                for unknown in (False, True):
                    yield "policies_in_force", {"date": d, "region": region, "sector": sector,
                                                "include_unknown": unknown}
    for text, limit, offset in (("号", None, None), ("136号", None, None), (None, 3, 0), (None, 3, 3), ("数字", 1, 1000)):
        yield "policies_in_force", {"date": "2026-11-21", "include_unknown": True, "text": text, "limit": limit,
                                    "offset": offset}
    for region, sector, text in ((None, None, None), ("通州", None, None), ("杭州", "人工智能", None),
                                 (None, "算力", None), (None, None, "136号"), ("长春", None, "数字")):
        for stubs in (False, True):
            yield "policy_list", {"region": region, "sector": sector, "text": text, "include_stubs": stubs}
    for limit, offset in ((5, 0), (5, 5), (1, 1000)):  # a page in id order (what GET /policies asks), past the end
        yield "policy_list", {"limit": limit, "offset": offset}
    yield from (("agency_measures", {"agency": a}) for a in ("财政局", "科学技术局", "经济和信息化局", "不存在的局"))
    for limit, offset in ((2, 0), (2, 1), (1, 1000)):  # a page of the agency names (what GET /agencies asks)
        yield "agency_measures", {"agency": "局", "limit": limit, "offset": offset}
    yield from (("department_map", {"region": r}) for r in (None, "长春新区", "杭州市", "通州"))
    yield from (("region_measures", {"region": r}) for r in ("长春新区", "杭州市", "通州", "不存在区"))
    yield from (("funding_matches", {"source": s}) for s in (None, "算力券", "市级"))
    for limit, offset in ((3, 0), (3, 2), (1, 1000)):  # a page of the rows (what GET /funding-matches asks)
        yield "funding_matches", {"source": None, "limit": limit, "offset": offset}
    yield from (("sector_comparison", {"sector": s}) for s in ("人工智能", "集成电路", "工业互联网", "不存在"))
    for regions in (["通州"], ["长春", "杭州"], ["北京", "不存在"], ["不存在"]):  # a region matches any of them
        yield "sector_comparison", {"sector": "人工智能", "regions": regions}
    for limit, offset in ((3, 0), (3, 2), (1, 1000)):  # a page of the rows (what GET /sectors/{s}/comparison asks)
        yield "sector_comparison", {"sector": "人工智能", "regions": None, "limit": limit, "offset": offset}
        yield "sector_comparison", {"sector": "人工智能", "regions": ["北京", "杭州"], "limit": limit, "offset": offset}
    yield from (("sector_policies", {"sector": s}) for s in ("人工智能", "集成电路", "算力", "不存在"))
    for region in (None, "长春", "通州"):
        for sector in (None, "算力", "工业互联网"):
            yield "overlap_clusters", {"region": region, "sector": sector}
    for region in ("北京", "市", "不存在"):  # a part of several regions' names, of their parents' too
        yield "overlap_clusters", {"region": region, "sector": None}
    for limit, offset in ((2, 0), (2, 1), (1, 1000)):  # a page of the groups (what GET /overlaps asks), past the end
        yield "overlap_clusters", {"limit": limit, "offset": offset}
        yield "overlap_clusters", {"region": "北京", "sector": "算力", "limit": limit, "offset": offset}
    groups = sorted({m["overlap_cluster"] for m in store.nodes("Measure") if m.get("overlap_cluster")})
    for cluster in groups[:3] + ["ovl_missing"]:  # one group by its id (what /graph/overlaps/{cluster} asks)
        yield "overlap_clusters", {"cluster": cluster}
        yield "overlap_pairs", {"cluster": cluster}
    computing = store.query("overlap_clusters", {"sector": "算力", "limit": 1})[0]  # one group, filtered too
    for region, sector in (("不存在", None), (None, "不存在"), (computing["regions"][-1][:2], "算力")):
        yield "overlap_clusters", {"cluster": computing["cluster"], "region": region, "sector": sector}
    for title in ("专精特新小巨人", "高新技术企业", "孵化器", "不存在"):
        for region in ("杭州市", "北京市通州区", "长春新区", "不存在区"):
            yield "measures_for_title", {"title": title, "region": region}
    some = sorted(m["id"] for m in store.nodes("Measure"))[::40]
    yield from (("measure_overlaps", {"measure": m}) for m in some + ["mea_missing"])


def answers(store) -> dict[str, list[dict]]:
    """Question -> [{params, rows}] as JSON would give them back."""
    out: dict[str, list[dict]] = {}
    for name, params in cases(store):
        out.setdefault(name, []).append({"params": params, "rows": store.query(name, params)})
    return json.loads(json.dumps(out, ensure_ascii=False))


def load(directory: Path = SNAPSHOT_DIR) -> dict[str, list[dict]]:
    return {p.stem: json.loads(p.read_text(encoding="utf-8"))["cases"] for p in sorted(directory.glob("*.json"))}


def write(snapshots: dict[str, list[dict]], directory: Path = SNAPSHOT_DIR) -> None:
    directory.mkdir(parents=True, exist_ok=True)
    for old in directory.glob("*.json"):
        old.unlink()
    for name, cs in snapshots.items():
        text = json.dumps({"question": name, "source": "Neo4j on seed/ (python -m tests.graph.make_snapshots)",
                           "cases": cs}, ensure_ascii=False, indent=1)
        (directory / f"{name}.json").write_text(text + "\n", encoding="utf-8")


def main(argv: list[str] | None = None) -> None:
    from graph.neo4j_store import Neo4jStore
    from tests.conftest import extract_seed

    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--uri", default=os.environ.get("POLICYKG_TEST_NEO4J_URI"),
                    help="Bolt URI of a Neo4j to EMPTY and load (default $POLICYKG_TEST_NEO4J_URI)")
    args = ap.parse_args(argv)
    if not args.uri:
        ap.error("give --uri or set POLICYKG_TEST_NEO4J_URI")
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    logging.getLogger("neo4j").setLevel(logging.WARNING)  # not the "constraint already exists" notes
    store = Neo4jStore(args.uri)
    try:
        store.clear()
        for doc in extract_seed():
            store.ingest(doc)
        store.recompute_overlaps()
        snapshots = answers(store)
    finally:
        store.close()
    write(snapshots)
    log.info("wrote %d snapshots, %d cases, to %s", len(snapshots), sum(map(len, snapshots.values())), SNAPSHOT_DIR)


if __name__ == "__main__":
    main()
