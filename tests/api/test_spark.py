"""Extraction as a Spark job (api/spark_job.py) gives what `policykg extract` gives, file for
file; its JSON lines load into a store like `policykg ingest` (api/cli_spark.py)."""
import json
import os
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from api.cli import app
from api.cli_spark import load_lines
from api.spark_job import display_name, read_jsonl

ROOT = Path(__file__).resolve().parents[2]
DEVSET = ROOT.parent / "shared" / "devset" / "cases"
runner = CliRunner()


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    """The seed, the development set when there is one, and files that cannot be extracted."""
    if not DEVSET.is_dir() and os.environ.get("CI") == "true":
        pytest.fail(f"CI needs the development set at {DEVSET}")
    root = tmp_path_factory.mktemp("spark") / "in"
    shutil.copytree(ROOT / "seed", root / "seed")
    if DEVSET.is_dir():
        shutil.copytree(DEVSET, root / "devset")  # its NAME.gold.json files are unsupported input: error rows
    (root / "bad").mkdir()
    (root / "bad" / "broken.docx").write_bytes(b"not a zip archive at all")
    (root / "bad" / "scan.pdf").write_bytes(b"%PDF-1.4 truncated")
    (root / "bad" / "notes.xyz").write_bytes("一些文字".encode())
    return root


@pytest.fixture(scope="module")
def spark_lines(spark, corpus, tmp_path_factory) -> list[dict]:
    out = tmp_path_factory.mktemp("spark-out") / "records"
    result = runner.invoke(app, ["spark-extract", str(corpus), str(out), "--partitions", "3"])
    assert result.exit_code == 1, result.output  # the bad files are error rows: exit 1 as extract does
    assert f"wrote {out}: " in result.stdout
    return list(read_jsonl([out]))


def by_path(items):
    return sorted(items, key=lambda x: x["path"])


def test_spark_extract_gives_the_records_extract_gives(corpus, spark_lines):
    local = runner.invoke(app, ["extract", str(corpus), "--json"])
    expected = json.loads(local.stdout)
    assert expected["documents"] and local.exit_code == 1
    spark_docs = [x for x in spark_lines if "error" not in x]
    spark_errors = [x for x in spark_lines if "error" in x]
    assert by_path(spark_docs) == by_path(expected["documents"])
    assert by_path(spark_errors) == by_path(expected["errors"])
    assert len(spark_lines) == len({x["path"] for x in spark_lines})  # one line per file


def test_a_bad_file_is_an_error_row_not_a_failed_job(corpus, spark_lines):
    errors = {x["path"]: x["error"] for x in spark_lines if "error" in x}
    for name in ("broken.docx", "scan.pdf", "notes.xyz"):
        assert str(corpus / "bad" / name) in errors, name
    assert "unsupported file type .xyz" in errors[str(corpus / "bad" / "notes.xyz")]


def test_spark_extract_refuses_to_overwrite_and_names_a_missing_input(spark, tmp_path):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text(next((ROOT / "seed").glob("*.txt")).read_text(encoding="utf-8"),
                                            encoding="utf-8")
    (tmp_path / "out").mkdir()
    exists = runner.invoke(app, ["spark-extract", str(tmp_path / "in"), str(tmp_path / "out")])
    assert exists.exit_code == 1 and "already exists (give --overwrite to replace it)" in exists.stderr
    again = runner.invoke(app, ["spark-extract", str(tmp_path / "in"), str(tmp_path / "out"), "--overwrite", "--json"])
    assert again.exit_code == 0, again.output
    assert json.loads(again.stdout) == {"output": str(tmp_path / "out"), "files": 1, "documents": 1, "errors": 0}
    missing = runner.invoke(app, ["spark-extract", str(tmp_path / "nowhere"), str(tmp_path / "out2")])
    assert missing.exit_code == 1 and "nowhere: no such file or directory" in missing.stderr


@pytest.mark.parametrize(("uri", "expected"), [
    ("file:/abs/in/seed/a.txt", "in/seed/a.txt"),  # under a root given relative: named as given
    ("file:/abs/in", "in"),  # the root itself (a single file given)
    ("file:/abs/in2/a.txt", "/abs/in2/a.txt"),  # a prefix of the name is not a parent directory
    ("file:/abs/in/%E4%B8%80%20a.txt", "in/一 a.txt"),  # percent-encoded names decoded
    ("hdfs://nn:8020/docs/a.txt", "hdfs://nn:8020/docs/a.txt"),  # other file systems keep the URI
])
def test_display_name(uri, expected):
    assert display_name(uri, [("/abs/in", "in")]) == expected


def seed_lines(seed_documents) -> list[dict]:
    lines = [d.model_dump(mode="json") for d in seed_documents]
    return lines + [{"path": "seed/broken.docx", "error": "not a .docx (zip) file"}]


def test_load_records_equals_ingest(seed_documents, seed_expected, tmp_path):
    records = tmp_path / "records.jsonl"
    records.write_text("".join(json.dumps(x, ensure_ascii=False) + "\n" for x in seed_lines(seed_documents)),
                       encoding="utf-8")
    args = ["load-records", str(records), "--store", "memory", "--data-dir", str(tmp_path / "data")]
    first = runner.invoke(app, args + ["--json"])
    assert first.exit_code == 1  # the error line is reported, the documents still go in
    report = json.loads(first.stdout)
    assert report["errors"] == [{"path": "seed/broken.docx", "error": "not a .docx (zip) file"}]
    assert report["totals"]["policies"] == seed_expected["policies"]
    assert report["totals"]["measures"] == seed_expected["measures"]
    assert {d["status"] for d in report["documents"]} == {"created"}
    again = runner.invoke(app, args)
    e = seed_expected
    assert f"{e['documents']} documents ({e['documents']} unchanged)" in again.stdout
    assert "seed/broken.docx: not a .docx (zip) file" in again.stderr


def test_load_records_rejects_a_line_that_is_not_a_record(tmp_path):
    records = tmp_path / "records.jsonl"
    records.write_text('{"path": "a.txt", "layout": "single"}\n', encoding="utf-8")
    result = runner.invoke(app, ["load-records", str(records), "--data-dir", str(tmp_path / "data")])
    assert result.exit_code == 1 and "error: a.txt: line 1 is not a document record" in result.stderr


@pytest.mark.neo4j
def test_load_lines_into_neo4j_is_idempotent(neo4j_store, seed_documents, seed_expected):
    lines = seed_lines(seed_documents)
    report = load_lines(neo4j_store, iter(lines))
    assert len(report.errors) == 1 and {d.status for d in report.documents} == {"created"}
    counts = neo4j_store.counts()
    assert counts["Measure"] == seed_expected["measures"] and counts["Policy"] == seed_expected["labels"]["Policy"]
    again = load_lines(neo4j_store, iter(lines))
    assert {d.status for d in again.documents} == {"unchanged"}
    assert neo4j_store.counts() == counts
