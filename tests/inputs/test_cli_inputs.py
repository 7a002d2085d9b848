"""extract and ingest over a directory of documents as users get them: what is read, what is
refused, and a summary that counts and names both, with a non-zero exit on any refusal."""
from __future__ import annotations

import io
import json
import shutil

from fastapi.testclient import TestClient
from typer.testing import CliRunner

from api.app import create_app
from api.cli import app
from api.settings import Settings

from .documents import policy_pdf, scanned_pdf

runner = CliRunner()
REFUSED = {"scanned.pdf": "no text layer: scanned PDF? OCR it first (1 pages, no text)",
           "sheet.xlsx": "unsupported file type .xlsx: policykg reads .txt, .md, .docx, .pdf, .html, .htm",
           "picture.png": "unsupported file type .png: policykg reads .txt, .md, .docx, .pdf, .html, .htm",
           "empty.txt": "file is empty"}


def test_extract_reads_every_format_and_names_every_refusal(input_dir):
    result = runner.invoke(app, ["extract", str(input_dir), "--json"])
    assert result.exit_code == 1
    payload = json.loads(result.stdout)
    read = {d["path"].rsplit("/", 1)[1]: d for d in payload["documents"]}
    assert set(read) == {"big5.txt", "policy.html", "policy.md", "policy.pdf", "policy.txt"}
    assert read["policy.pdf"]["page_starts"][0] == 0 and read["policy.txt"]["page_starts"] is None
    same = {name: [(m["number"], [a["value"] for a in m["amounts"]]) for p in d["policies"] for m in p["measures"]]
            for name, d in read.items() if name.startswith("policy.")}
    assert len({json.dumps(v) for v in same.values()}) == 1  # one policy, four formats, same measures
    assert {e["path"].rsplit("/", 1)[1]: e["error"] for e in payload["errors"]} == REFUSED
    assert payload["summary"] == {"files": 9, "documents": 5, "errors": 4, "unsupported": 2, "empty": 1,
                                  "no_text_layer": 1}
    for name, message in REFUSED.items():
        assert f"error: {input_dir / name}: {message}" in result.stderr
    assert ".DS_Store" not in result.output  # hidden files are not inputs
    assert "5 documents, 4 errors (9 files: 1 empty, 1 no text layer, 2 unsupported)" in result.stderr


def test_extract_table_ends_with_the_summary(input_dir):
    result = runner.invoke(app, ["extract", str(input_dir / "policy.pdf"), str(input_dir / "sheet.xlsx")])
    assert result.exit_code == 1
    assert "1 documents, 1 errors (2 files: 1 unsupported)" in result.stdout
    assert f"error: {input_dir / 'sheet.xlsx'}: unsupported file type .xlsx" in result.stderr


def test_extract_review_page_of_a_pdf(input_dir, tmp_path):
    review = tmp_path / "review.html"
    result = runner.invoke(app, ["extract", str(input_dir / "policy.pdf"), "--html", str(review)])
    assert result.exit_code == 0, result.output
    assert "1000万元" in review.read_text(encoding="utf-8")


def test_a_directory_of_pdfs_is_ingested(tmp_path):
    docs = tmp_path / "pdfs"
    docs.mkdir()
    (docs / "policy.pdf").write_bytes(policy_pdf())
    result = runner.invoke(app, ["ingest", str(docs), "--data-dir", str(tmp_path / "store"), "--json"])
    assert result.exit_code == 0, result.output
    totals = json.loads(result.stdout)["totals"]
    assert totals == {"documents": 1, "policies": 1, "measures": 5, "errors": 0, "skipped": 0}


def test_a_directory_of_unsupported_files_says_so_and_fails(input_dir, tmp_path):
    docs = tmp_path / "office"
    docs.mkdir()
    for name in ("sheet.xlsx", "picture.png"):
        shutil.copy(input_dir / name, docs / name)
    result = runner.invoke(app, ["ingest", str(docs), "--data-dir", str(tmp_path / "store")])
    assert result.exit_code == 1
    assert "0 documents, 0 policies, 0 measures, 2 errors (2 files: 2 unsupported); nothing was read" in result.stdout
    assert f"error: {docs / 'sheet.xlsx'}: unsupported file type .xlsx" in result.stderr
    assert f"error: {docs / 'picture.png'}: unsupported file type .png" in result.stderr


def test_an_empty_directory_is_an_error(tmp_path):
    (tmp_path / "none").mkdir()
    result = runner.invoke(app, ["extract", str(tmp_path / "none")])
    assert result.exit_code == 1
    assert f"error: {tmp_path / 'none'}: directory holds no files to read" in result.stderr
    assert "0 documents, 1 errors (1 files: 1 empty); nothing was read" in result.stdout


def test_ingest_json_counts_refusals_by_kind(input_dir, tmp_path):
    result = runner.invoke(app, ["ingest", str(input_dir), "--data-dir", str(tmp_path / "store"), "--json"])
    assert result.exit_code == 1
    totals = json.loads(result.stdout)["totals"]
    assert totals["documents"] == 5 and totals["errors"] == 4
    assert (totals["unsupported"], totals["empty"], totals["no_text_layer"]) == (2, 1, 1)


def test_upload_takes_a_pdf_and_refuses_a_scan_by_name(tmp_path):
    client = TestClient(create_app(Settings(store="memory", data_dir=tmp_path / "store", api_key="k")))
    key = {"X-API-Key": "k"}
    r = client.post("/documents", headers=key, files=[("files", ("scan.pdf", io.BytesIO(scanned_pdf()), "application/pdf"))])
    assert r.status_code == 422
    assert r.json()["error"]["details"]["files"] == [
        {"path": "scan.pdf", "error": "no text layer: scanned PDF? OCR it first (1 pages, no text)"}]
    r = client.post("/documents", headers=key, files=[("files", ("policy.pdf", io.BytesIO(policy_pdf()), "application/pdf"))])
    assert r.status_code == 201, r.text
    assert r.json()["totals"] == {"documents": 1, "policies": 1, "measures": 5, "errors": 0, "skipped": 0}
