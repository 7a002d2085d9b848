"""Batched loading into Neo4j (graph/neo4j_batch.py): many documents per transaction must leave
exactly what loading them one by one leaves, a document the server refuses fails alone (named,
the others stored), and a run that stopped half-way resumes by running it again."""
import json
import os

import pytest

from api import service
from api.cli_spark import load_lines
from graph import neo4j_batch, neo4j_store as store_module, rows as graph_rows_module

pytestmark = pytest.mark.neo4j


def _export(store) -> dict:
    """The graph without the per-run stale tokens (a new random token per write run)."""
    data = store.export()
    for n in data["nodes"]:
        n["properties"].pop("overlaps_stale", None)
    return data


def _workload(seed_documents, devset_documents) -> list:
    """Seed and devset documents, plus what forces the one-document path inside a batch: the same
    content under a second name (linked), a name read again with other content (replaced), a
    name given twice in one batch."""
    docs = [*seed_documents, *devset_documents]
    first, second = docs[0], docs[1]
    return [
        *docs[:3],
        first.model_copy(update={"path": first.path + ".copy"}),  # linked: content already stored
        second.model_copy(update={"sha256": "f" * 64}),  # replaced: the name now reads other content
        *docs[3:],
        second,  # the name back to its first content, later in the run
    ]


def _one_by_one(store, docs) -> dict:
    store.clear()
    statuses = [store.ingest(d).status for d in docs if service.recognisable(d)]
    return {"statuses": statuses, "graph": _export(store)}


def _batched(store, docs, size) -> dict:
    store.clear()
    report = service.IngestReport()
    kept = [d for d in docs if service.recognisable(d)]
    for i in range(0, len(kept), size):
        report.add_many(store, kept[i:i + size])
    assert not report.errors
    return {"statuses": [d.status for d in report.documents], "graph": _export(store)}


def test_batches_leave_what_one_by_one_loading_leaves(neo4j_store, seed_documents, devset_documents):
    docs = _workload(seed_documents, devset_documents)
    expected = _one_by_one(neo4j_store, docs)
    assert {"created", "linked", "replaced"} <= set(expected["statuses"])
    for size in (4, len(docs)):  # several batches, and everything in one
        got = _batched(neo4j_store, docs, size)
        assert got["statuses"] == expected["statuses"]
        assert got["graph"] == expected["graph"]
    again = service.IngestReport()  # each name with the content it holds last: nothing to do
    again.add_many(neo4j_store, [d for d in {d.path: d for d in docs}.values() if service.recognisable(d)])
    assert {d.status for d in again.documents} == {"unchanged"}
    assert _export(neo4j_store) == expected["graph"]


def _refusing(bad_path: str):
    """graph_rows that gives one document a property Neo4j refuses (a map), as a document the
    server cannot store would be refused."""
    real = graph_rows_module.graph_rows

    def rows(doc, known=()):
        out = real(doc, known)
        if doc.path == bad_path:
            out.nodes[0] = out.nodes[0].__class__(out.nodes[0].label, out.nodes[0].id,
                                                  {**out.nodes[0].props, "bad": {"nested": 1}})
        return out
    return rows


def test_a_bad_document_fails_alone_and_a_rerun_stores_it(neo4j_store, seed_documents, monkeypatch):
    docs = [d for d in seed_documents if service.recognisable(d)]
    bad = docs[len(docs) // 2]
    expected = _one_by_one(neo4j_store, docs)["graph"]
    neo4j_store.clear()
    for module in (neo4j_batch, store_module):
        monkeypatch.setattr(module, "graph_rows", _refusing(bad.path))
    report = service.IngestReport()
    report.add_many(neo4j_store, docs)  # one batch: it fails, then each document alone
    assert [e.path for e in report.errors] == [bad.path]
    assert report.errors[0].error.startswith("not stored: ")
    assert [d.document for d in report.documents] == [d.path for d in docs if d is not bad]
    assert {d.status for d in report.documents} == {"created"}
    stored = {n["properties"]["sha256"] for n in _export(neo4j_store)["nodes"] if "Document" in n["labels"]}
    assert stored == {d.sha256 for d in docs if d is not bad}

    monkeypatch.undo()
    rerun = service.IngestReport()
    rerun.add_many(neo4j_store, docs)
    assert not rerun.errors
    assert {d.document: d.status for d in rerun.documents} == {
        d.path: "created" if d is bad else "unchanged" for d in docs}
    assert _export(neo4j_store) == expected


def test_load_records_resumes_after_a_run_that_stopped(neo4j_store, seed_documents, devset_documents):
    docs = [d for d in (*seed_documents, *devset_documents) if service.recognisable(d)]
    lines = [json.loads(d.model_dump_json()) for d in docs]
    _one_by_one(neo4j_store, docs)
    neo4j_store.recompute_overlaps()  # as load_lines does at the end of a run
    expected = _export(neo4j_store)
    neo4j_store.clear()
    cut = len(lines) // 2
    with pytest.raises(Exception, match=f"line {cut + 1} is not a document record"):
        load_lines(neo4j_store, [*lines[:cut], {"path": "broken.jsonl"}, *lines[cut:]], batch=3)
    landed = {n["properties"]["sha256"] for n in _export(neo4j_store)["nodes"] if "Document" in n["labels"]}
    assert landed == {d.sha256 for d in docs[:cut - cut % 3]}  # the batches written before the bad line
    report = load_lines(neo4j_store, lines, batch=3)
    statuses = [d.status for d in report.documents]
    assert statuses == ["unchanged"] * (cut - cut % 3) + ["created"] * (len(docs) - cut + cut % 3)
    assert _export(neo4j_store) == expected


def test_load_records_names_the_document_neo4j_refused(neo4j_store, seed_documents, monkeypatch, tmp_path):
    from typer.testing import CliRunner

    from api.cli import app

    docs = [d for d in seed_documents if service.recognisable(d)]
    bad = docs[-1]
    records = tmp_path / "records.jsonl"
    records.write_text("".join(d.model_dump_json() + "\n" for d in docs), encoding="utf-8")
    for module in (neo4j_batch, store_module):
        monkeypatch.setattr(module, "graph_rows", _refusing(bad.path))
    monkeypatch.setenv("POLICYKG_NEO4J_URI", os.environ["POLICYKG_TEST_NEO4J_URI"])
    result = CliRunner().invoke(app, ["load-records", str(records), "--store", "neo4j", "--batch", "2"])
    assert result.exit_code == 1
    n = len(docs) - 1
    assert f"loaded into neo4j: {n} documents ({n} created)" in result.stdout
    assert "; 0 error lines; 1 not stored" in result.stdout
    assert f"error: {bad.path}: not stored: " in result.stderr
