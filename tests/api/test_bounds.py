"""Bounded inputs (issue 9): a .docx zip bomb, a document over the character limit, an upload
over the bytes one request may carry, and an upload without a key are all refused before the
work they would cost, with an answer naming the file and the limit; an upload being extracted
does not keep readers waiting."""
from __future__ import annotations

import io
import re
import threading
import zipfile
from pathlib import Path
from typing import Iterator

import pytest
from fastapi.testclient import TestClient
from typer.testing import CliRunner

from api.app import create_app
from api.cli import app as cli
from api.settings import Settings
from tests.api.conftest import API_KEY

POLICY = (Path(__file__).parents[1] / "inputs" / "policy.txt").read_text(encoding="utf-8")
KEY = {"X-API-Key": API_KEY}
MB = 1024 * 1024


def make_app(tmp_path, **limits) -> TestClient:
    return TestClient(create_app(Settings(store="memory", data_dir=tmp_path / "data", api_key=API_KEY, **limits)))


def policy_docx() -> bytes:
    import docx

    d = docx.Document()
    for line in POLICY.splitlines():
        d.add_paragraph(line)
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


def zip_bomb_docx(padding_mb: int) -> bytes:
    """The policy as a real .docx whose document.xml also holds `padding_mb` MB of white space
    between its elements: valid XML, a few MB of zip, hundreds of MB once unpacked."""
    source = zipfile.ZipFile(io.BytesIO(policy_docx()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as bomb:
        for item in source.infolist():
            data = source.read(item)
            if item.filename != "word/document.xml":
                bomb.writestr(item, data)
                continue
            head, tail = data.split(b"</w:body>")
            with bomb.open("word/document.xml", "w") as xml:
                xml.write(head)
                chunk = b" " * MB
                for _ in range(padding_mb):
                    xml.write(chunk)
                xml.write(b"</w:body>" + tail)
    return out.getvalue()


@pytest.fixture(scope="module")
def bomb() -> bytes:
    return zip_bomb_docx(500)


@pytest.fixture()
def docx_never_parsed(monkeypatch):
    """python-docx fails the test if it is asked to parse anything (a bomb would take minutes)."""
    import docx

    def parse(*args, **kwargs):
        raise AssertionError("python-docx was asked to parse the file")

    monkeypatch.setattr(docx, "Document", parse)


def unpacked(message: str) -> int:
    """The size in "unpacks to 525,115,870 bytes, more than ..."."""
    return int(re.search(r"unpacks to ([\d,]+) bytes", message).group(1).replace(",", ""))


def long_text(chars: int) -> str:
    return (POLICY * (chars // len(POLICY) + 1))[: chars]


# --- decompressed .docx size ----------------------------------------------------------------

def test_a_docx_zip_bomb_is_refused_from_its_zip_directory(tmp_path, bomb, docx_never_parsed):
    assert len(bomb) < 3 * MB  # 1.8 MB in the issue; it unpacks to 500 MB of XML
    c = make_app(tmp_path)
    before = c.get("/health").json()["counts"]
    r = c.post("/documents", files=[("files", ("bomb.docx", bomb, "application/octet-stream"))], headers=KEY)
    assert r.status_code == 422, r.text
    error = r.json()["error"]
    assert error["code"] == "bad_input"
    [problem] = error["details"]["files"]
    assert problem["path"] == "bomb.docx"
    assert unpacked(problem["error"]) > 500 * MB
    assert "more than the 104,857,600 a .docx may (POLICYKG_MAX_DOCX_UNPACKED_BYTES)" in problem["error"]
    assert c.get("/health").json()["counts"] == before


def test_the_cli_refuses_a_docx_zip_bomb(tmp_path, monkeypatch, bomb, docx_never_parsed):
    monkeypatch.setenv("POLICYKG_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("POLICYKG_STORE", "memory")
    path = tmp_path / "bomb.docx"
    path.write_bytes(bomb)
    r = CliRunner().invoke(cli, ["ingest", str(path)])
    assert r.exit_code == 1
    assert f"error: {path}: unpacks to " in r.stderr and unpacked(r.stderr) > 500 * MB
    assert "1 too large" in r.stdout


def test_the_docx_limit_is_a_setting(tmp_path, monkeypatch):
    monkeypatch.setenv("POLICYKG_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("POLICYKG_MAX_DOCX_UNPACKED_BYTES", str(2 * MB))
    path = tmp_path / "padded.docx"
    path.write_bytes(zip_bomb_docx(3))
    r = CliRunner().invoke(cli, ["extract", str(path)])
    assert r.exit_code == 1 and "more than the 2,097,152 a .docx may" in r.stderr
    monkeypatch.setenv("POLICYKG_MAX_DOCX_UNPACKED_BYTES", str(4 * MB))
    r = CliRunner().invoke(cli, ["extract", str(path), "--json"])
    assert r.exit_code == 0, r.output  # under the limit, the same file is read (white space and all)


def test_a_docx_member_that_holds_more_than_it_declares_is_unreadable():
    """The size check trusts the zip directory; zipfile stops a member at its declared size."""
    from extraction.decoding import decode_bytes
    from extraction.errors import InputError

    data = bytearray(zip_bomb_docx(3))
    entry = data.index(b"PK\x01\x02")  # the central directory: a record per member, its name at +46
    while data[entry + 46: entry + 46 + 17] != b"word/document.xml":
        entry = data.index(b"PK\x01\x02", entry + 4)
    data[entry + 24: entry + 28] = (1000).to_bytes(4, "little")  # the declared size: 1000 bytes, it holds 3 MB
    with pytest.raises(InputError, match="not a readable .docx"):
        decode_bytes(bytes(data), "liar.docx")


def test_an_ordinary_docx_is_still_uploaded(tmp_path):
    c = make_app(tmp_path)
    r = c.post("/documents", files=[("files", ("policy.docx", policy_docx(), "application/octet-stream"))], headers=KEY)
    assert r.status_code == 201, r.text
    assert r.json()["totals"]["documents"] == 1 and r.json()["totals"]["measures"] > 0


# --- characters per document ----------------------------------------------------------------

def test_a_document_over_the_character_limit_is_a_422_naming_it(tmp_path):
    c = make_app(tmp_path)
    text = long_text(1_000_001)
    r = c.post("/documents", files=[("files", ("long.txt", text.encode("utf-8"), "text/plain"))], headers=KEY)
    assert r.status_code == 422, r.text
    assert r.headers["content-type"] == "application/json"
    [problem] = r.json()["error"]["details"]["files"]
    assert problem == {"path": "long.txt", "error": "1,000,001 characters of text, more than the 1,000,000 a document "
                                                    "may have (POLICYKG_MAX_DOCUMENT_CHARS); split it into smaller files"}


def test_the_cli_names_a_document_over_the_character_limit(tmp_path, monkeypatch):
    monkeypatch.setenv("POLICYKG_DATA_DIR", str(tmp_path / "data"))
    path = tmp_path / "long.txt"
    path.write_text(long_text(1_200_000), encoding="utf-8")
    r = CliRunner().invoke(cli, ["extract", str(path)])
    assert r.exit_code == 1
    assert f"error: {path}: 1,200,000 characters of text, more than the 1,000,000" in r.stderr
    assert "Traceback" not in r.output and "E088" not in r.output


def test_the_character_limit_is_a_setting(tmp_path, monkeypatch):
    monkeypatch.setenv("POLICYKG_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("POLICYKG_MAX_DOCUMENT_CHARS", str(len(POLICY) - 1))
    path = tmp_path / "policy.txt"
    path.write_text(POLICY, encoding="utf-8")
    r = CliRunner().invoke(cli, ["extract", str(path)])
    assert r.exit_code == 1 and f"more than the {len(POLICY) - 1:,} a document may have" in r.stderr


def test_a_limit_above_spacys_own_is_not_cut_short_by_it(monkeypatch):
    """spaCy refuses texts over nlp.max_length (E088); a higher setting raises it too."""
    from api import files
    from extraction.pipeline import default_nlp

    monkeypatch.setattr(default_nlp(), "max_length", 100)
    doc = files.extract_bytes(POLICY.encode("utf-8"), "policy.txt", Settings(max_document_chars=len(POLICY)))
    assert doc.policies and default_nlp().max_length == len(POLICY)


# --- bytes per request, and the key before the body ------------------------------------------

def test_files_under_the_file_limit_but_over_the_request_limit_are_a_413(tmp_path):
    c = make_app(tmp_path)  # defaults: 20 MB a file, 50 MB a request
    body = (POLICY.encode("utf-8") + b"\n") * (19 * MB // len(POLICY.encode("utf-8")))
    before = c.get("/health").json()["counts"]
    r = c.post("/documents", headers=KEY,
               files=[("files", (f"part{i}.txt", body, "text/plain")) for i in range(3)])
    assert r.status_code == 413, r.text
    assert r.json()["error"]["code"] == "too_large"
    declared = int(r.request.headers["content-length"])
    assert r.json()["error"]["message"].startswith(f"the upload of {declared:,} bytes is more than the 52,428,800 "
                                                   f"bytes one request may carry (POLICYKG_MAX_REQUEST_BYTES)")
    assert c.get("/health").json()["counts"] == before


def streamed_upload(megabytes: int, sent: list) -> Iterator[bytes]:
    """A multipart body of one file, made as it is sent (no Content-Length): `sent` counts the
    megabytes the client was asked for."""
    yield (b'--B\r\nContent-Disposition: form-data; name="files"; filename="big.txt"\r\n'
           b"Content-Type: text/plain\r\n\r\n")
    for _ in range(megabytes):
        sent.append(1)
        yield b"x" * MB
    yield b"\r\n--B--\r\n"


STREAMED = {"Content-Type": "multipart/form-data; boundary=B"}


def test_a_streamed_upload_over_the_request_limit_is_a_413(tmp_path):
    c = make_app(tmp_path, max_request_bytes=2 * MB)
    sent: list = []
    r = c.post("/documents", content=streamed_upload(3, sent), headers={**STREAMED, **KEY})
    assert r.status_code == 413, r.text
    assert r.json()["error"]["message"].startswith("the upload is more than the 2,097,152 bytes one request may carry")


def test_a_file_over_the_file_limit_is_a_413_naming_it(tmp_path):
    c = make_app(tmp_path, max_upload_bytes=1000)
    r = c.post("/documents", headers=KEY, files=[("files", ("ok.txt", POLICY.encode("utf-8")[:900], "text/plain")),
                                                  ("files", ("big.txt", POLICY.encode("utf-8") * 2, "text/plain"))])
    assert r.status_code == 413, r.text
    error = r.json()["error"]
    assert error["code"] == "too_large" and error["details"]["path"] == "big.txt"
    assert error["message"] == "big.txt: larger than the 1,000 bytes one file may have (POLICYKG_MAX_UPLOAD_BYTES)"


@pytest.mark.parametrize("api_key, headers, status", [
    (API_KEY, {}, 401),
    (API_KEY, {"X-API-Key": "wrong"}, 401),
    (None, KEY, 403),  # uploads disabled on the server
])
def test_an_upload_without_the_key_is_refused_before_its_body_is_read(tmp_path, api_key, headers, status):
    c = TestClient(create_app(Settings(store="memory", data_dir=tmp_path / "data", api_key=api_key)))
    sent: list = []
    r = c.post("/documents", content=streamed_upload(200, sent), headers={**STREAMED, **headers})
    assert r.status_code == status, r.text
    assert r.json()["error"]["code"] in ("unauthorized", "forbidden")
    assert sent == []  # the server answered without asking for any of the 200 MB


def test_an_upload_with_the_key_is_read(tmp_path):
    """The same streamed body with the key is read and then judged (here: not a policy)."""
    c = make_app(tmp_path)
    sent: list = []
    r = c.post("/documents", content=streamed_upload(1, sent), headers={**STREAMED, **KEY})
    assert sent == [1] and r.status_code in (201, 422), r.text


# --- heavy work off the event loop -----------------------------------------------------------

def test_readers_are_answered_while_an_upload_is_being_extracted(tmp_path, monkeypatch):
    from api import service

    real = service.extract_bytes
    extracting, reader_answered = threading.Event(), threading.Event()
    answered_meanwhile = []

    def held_extract(data, name, settings=None):
        extracting.set()
        answered_meanwhile.append(reader_answered.wait(timeout=30))  # a bound against hanging, not a measure
        return real(data, name, settings)

    monkeypatch.setattr(service, "extract_bytes", held_extract)
    with make_app(tmp_path) as c:  # one event loop for every request, as under uvicorn
        upload = {}
        thread = threading.Thread(target=lambda: upload.update(r=c.post(
            "/documents", headers=KEY, files=[("files", ("policy.txt", POLICY.encode("utf-8"), "text/plain"))])))
        thread.start()
        assert extracting.wait(timeout=30)
        health = c.get("/health")  # while the upload is inside extraction
        reader_answered.set()
        thread.join(timeout=60)
    assert health.status_code == 200
    assert answered_meanwhile == [True]
    assert upload["r"].status_code == 201, upload["r"].text
