"""Overlaps as a Spark job (api/spark_overlaps.py) give the rows a store derives itself from the
same measures, and load-overlaps (graph/overlap_writer.py) leaves the store as recompute_overlaps
does."""
import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from api.cli import app
from api.cli_spark import load_lines
from api.spark_job import read_jsonl
from graph.memory_store import MemoryStore
from graph.overlap_writer import replace_overlaps
from graph.overlaps import MeasureInfo, overlap_rows

runner = CliRunner()


def variant(doc: dict) -> dict:
    """Another document (other content, other name) holding the same numbered policy with one
    clause reworded: the store keeps the later write of a measure, and so must the job."""
    doc = json.loads(json.dumps(doc))
    doc["path"] = "later/" + doc["path"]
    doc["sha256"] = "f" * 64
    measure = next(m for p in doc["policies"] for m in p["measures"])
    measure["text"] = measure["text"] + "对首次认定的专精特新企业给予一次性奖励50万元。"
    return doc


@pytest.fixture(scope="module")
def records(seed_documents, devset_documents, tmp_path_factory) -> Path:
    """spark-extract's layout: the seed and the development set over two part files, a variant of
    a seed document in the later one, and an error line."""
    docs = [d.model_dump(mode="json") for d in [*seed_documents, *devset_documents]]
    first = next(d for d in docs if any(p["measures"] for p in d["policies"]))
    half = len(docs) // 2
    parts = [docs[:half] + [{"path": "bad.docx", "error": "not a .docx (zip) file"}], docs[half:] + [variant(first)]]
    root = tmp_path_factory.mktemp("records") / "records"
    root.mkdir()
    for n, part in enumerate(parts):
        (root / f"part-{n:05d}").write_text("".join(json.dumps(d, ensure_ascii=False) + "\n" for d in part),
                                           encoding="utf-8")
    (root / "_SUCCESS").write_text("")
    return root


@pytest.fixture(scope="module")
def spark_rows(spark, records, tmp_path_factory) -> tuple[dict, list[dict], Path]:
    out = tmp_path_factory.mktemp("overlaps") / "overlaps"
    result = runner.invoke(app, ["spark-overlaps", str(records), str(out), "--json"])
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout), list(read_jsonl([out])), out


def memory_infos(store: MemoryStore) -> list[MeasureInfo]:
    """The measures as MemoryStore.recompute_overlaps reads them."""
    g = store.g
    return [MeasureInfo(n, d["policy_id"], d.get("region"), bool(g.nodes[d["policy_id"]].get("non_cumulative")),
                        d.get("heading"), d.get("text") or "", tuple(d.get("sectors") or ()))
            for n, d in g.nodes(data=True) if d.get("label") == "Measure"]


def loaded(records: Path, data_dir: Path, overlaps: bool) -> MemoryStore:
    store = MemoryStore(data_dir)
    report = load_lines(store, read_jsonl([records]), overlaps=overlaps)
    assert len(report.errors) == 1 and report.documents
    return store


def test_spark_overlaps_are_the_rows_the_store_derives(spark_rows, records, tmp_path):
    summary, rows, _ = spark_rows
    store = loaded(records, tmp_path / "data", overlaps=False)
    infos = memory_infos(store)
    assert any(m.text.endswith("给予一次性奖励50万元。") for m in infos)  # the later write of the variant's clause
    expected, member_of = overlap_rows(infos)
    assert expected and member_of  # the corpus has overlaps and groups, so the comparison means something
    assert rows == expected  # same pairs in the same order, same scores, basis, kinds, objects and groups
    assert summary["measures"] == len(infos) and summary["pairs"] == len(expected)
    assert summary["groups"] == len(set(member_of.values()))
    assert summary["candidates"] >= summary["pairs"]


def test_load_overlaps_gives_the_export_recompute_gives(spark_rows, records, tmp_path):
    _, _, out = spark_rows
    reference = loaded(records, tmp_path / "ref", overlaps=True)
    assert not reference.overlaps_stale()
    store = loaded(records, tmp_path / "data", overlaps=False)
    assert store.overlaps_stale()
    result = runner.invoke(app, ["load-overlaps", str(out), "--store", "memory", "--data-dir", str(tmp_path / "data"),
                                 "--json"])
    assert result.exit_code == 0, result.output
    summary = json.loads(result.stdout)
    store = MemoryStore(tmp_path / "data")  # what the command committed, read back from disk
    assert not store.overlaps_stale()
    assert store.export() == reference.export()
    assert summary["pairs"] == store.counts()["OVERLAPS"]


def test_load_overlaps_drops_the_overlap_state_it_did_not_write(spark_rows, records, tmp_path):
    from graph.memory_store import OVERLAP_STATE_FILE

    _, _, out = spark_rows
    loaded(records, tmp_path / "data", overlaps=True)
    assert (tmp_path / "data" / OVERLAP_STATE_FILE).exists()  # what an incremental update would start from
    result = runner.invoke(app, ["load-overlaps", str(out), "--data-dir", str(tmp_path / "data")])
    assert result.exit_code == 0, result.output
    assert not (tmp_path / "data" / OVERLAP_STATE_FILE).exists()  # the next derivation recomputes everything
    assert MemoryStore(tmp_path / "data")._overlap_state() is None


def test_load_records_without_overlaps_leaves_them_stale(records, tmp_path):
    result = runner.invoke(app, ["load-records", str(records), "--data-dir", str(tmp_path / "data"), "--no-overlaps",
                                 "--json"])
    assert result.exit_code == 1  # the error line
    assert json.loads(result.stdout)["overlaps"] is None
    store = MemoryStore(tmp_path / "data")
    assert store.overlaps_stale() and "OVERLAPS" not in store.counts()


def test_load_overlaps_refuses_rows_of_measures_the_store_lacks(spark_rows, seed_documents, tmp_path):
    _, rows, out = spark_rows
    store = MemoryStore(tmp_path / "data")
    store.ingest(seed_documents[0])  # some measures, not all the rows name
    before = store.export()
    result = runner.invoke(app, ["load-overlaps", str(out), "--data-dir", str(tmp_path / "data")])
    assert result.exit_code == 1
    assert "measures of the overlap rows are not in the store" in result.stderr
    assert MemoryStore(tmp_path / "data").export() == before  # nothing written
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"a": "m1"}\n', encoding="utf-8")
    result = runner.invoke(app, ["load-overlaps", str(bad), "--data-dir", str(tmp_path / "data")])
    assert result.exit_code == 1 and "line 1 is not an overlap row" in result.stderr


def test_spark_overlaps_refuses_to_overwrite_and_names_a_missing_input(spark_rows, records, tmp_path):
    _, _, out = spark_rows
    result = runner.invoke(app, ["spark-overlaps", str(records), str(out)])
    assert result.exit_code == 1 and "already exists (give --overwrite to replace it)" in result.stderr
    missing = runner.invoke(app, ["spark-overlaps", str(tmp_path / "nowhere"), str(tmp_path / "out")])
    assert missing.exit_code == 1 and f"{tmp_path / 'nowhere'}: Spark cannot read it" in missing.stderr
    assert not (tmp_path / "out").exists()


@pytest.mark.neo4j
def test_load_overlaps_into_neo4j_gives_the_export_recompute_gives(neo4j_store, spark_rows, records):
    _, rows, _ = spark_rows
    lines = list(read_jsonl([records]))
    load_lines(neo4j_store, iter(lines), overlaps=True)
    reference = neo4j_store.export()
    neo4j_store.clear()
    load_lines(neo4j_store, iter(lines), overlaps=False)
    assert neo4j_store.overlaps_stale()
    neo4j_store.recompute_overlaps()  # an overlap state, as a derivation in this process leaves
    load_lines(neo4j_store, iter(lines), overlaps=False)
    assert replace_overlaps(neo4j_store, rows) == len(rows)
    assert not neo4j_store.overlaps_stale()
    assert neo4j_store.export() == reference
    assert not neo4j_store.run_read("MATCH (s:OverlapState) RETURN s.id AS id", {})  # rows carry no state
