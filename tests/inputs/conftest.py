from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest

from api.files import extract_bytes
from extraction.records import Document

from .documents import BIG5_TEXT, POLICY_TXT, policy_html, policy_pdf, scanned_pdf


def measures(doc: Document) -> list[tuple[str, list[tuple[float, str, str]]]]:
    """What must not depend on the file format: each measure's number and its amounts."""
    return [(m.number, [(a.value, a.unit, a.role) for a in m.amounts]) for p in doc.policies for m in p.measures]


@pytest.fixture(scope="session")
def plain_measures() -> list:
    found = measures(extract_bytes(POLICY_TXT.read_bytes(), "policy.txt"))
    assert len(found) == 5 and sum(len(a) for _, a in found) == 11  # the reference itself is sound
    return found


def png_bytes() -> bytes:
    from PIL import Image

    buf = io.BytesIO()
    Image.new("RGB", (40, 20), (200, 30, 30)).save(buf, format="PNG")
    return buf.getvalue()


def xlsx_bytes() -> bytes:
    """A ZIP container with a workbook's parts, as Excel writes it (the type is refused by name)."""
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr("[Content_Types].xml", '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/'
                   'package/2006/content-types"/>')
        z.writestr("xl/workbook.xml", '<?xml version="1.0"?><workbook/>')
    return buf.getvalue()


@pytest.fixture(scope="session")
def input_dir(tmp_path_factory) -> Path:
    """One policy as .txt, .md, .pdf and .html, a Big5 file, and the inputs that must be refused."""
    d = tmp_path_factory.mktemp("inputs")
    text = POLICY_TXT.read_bytes()
    files = {"policy.txt": text, "policy.md": text, "policy.pdf": policy_pdf(), "policy.html": policy_html(),
             "big5.txt": BIG5_TEXT.encode("big5"), "scanned.pdf": scanned_pdf(), "sheet.xlsx": xlsx_bytes(),
             "picture.png": png_bytes(), "empty.txt": b"", ".DS_Store": b"\x00\x00\x00\x01Bud1"}
    for name, data in files.items():
        (d / name).write_bytes(data)
    return d
