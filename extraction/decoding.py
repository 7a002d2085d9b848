"""Bytes of a .txt or .docx file -> text, with the encoding detected, never silently guessed.

Order: byte-order marks (UTF-8, UTF-16 LE/BE), BOM-less UTF-16 (NUL bytes on one side),
strict UTF-8, strict GB18030 (a superset of GBK and GB2312). A result with control
characters or too little Chinese is rejected as binary rather than passed on as mojibake.
Pure: callers read the file; this module only looks at bytes.
"""
from __future__ import annotations

import io
import re
import zipfile
from dataclasses import dataclass

from .errors import InputError

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_CJK = re.compile(r"[\u3400-\u9fff]")


@dataclass(frozen=True)
class DecodedText:
    text: str
    encoding: str


def decode_bytes(data: bytes, path: str) -> DecodedText:
    """Decode a policy document; raise InputError naming `path` when it is not one."""
    if not data or not data.strip():
        raise InputError("file is empty", path=path)
    if data[:4] == b"PK\x03\x04":
        return DecodedText(_docx_text(data, path), "docx")
    text, encoding = _decode_text(data, path)
    if not text.strip():
        raise InputError("file holds only white space", path=path)
    controls = len(_CONTROL.findall(text))
    if controls > max(2, len(text) // 200):
        raise InputError(f"looks binary: {controls} control characters after decoding as {encoding}", path=path)
    if encoding == "gb18030" and len(_CJK.findall(text)) < len(text) * 0.05:
        raise InputError("undecodable: not UTF-8, UTF-16 or GB18030 text", path=path)
    return DecodedText(text, encoding)


def _decode_text(data: bytes, path: str) -> tuple[str, str]:
    if data.startswith(b"\xef\xbb\xbf"):
        return _strict(data[3:], "utf-8", path), "utf-8-sig"
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return _strict(data, "utf-16", path), "utf-16"
    utf16 = _bomless_utf16(data)
    if utf16:
        return _strict(data, utf16, path), utf16
    if b"\x00" in data:
        raise InputError("looks binary: contains NUL bytes", path=path)
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("gb18030"), "gb18030"
    except UnicodeDecodeError as exc:
        raise InputError(f"undecodable: not UTF-8, UTF-16 or GB18030 (byte {exc.start})", path=path) from None


_PLAUSIBLE = re.compile(r"[\u3000-\u303f\u3400-\u9fff\uff00-\uffef\x20-\x7e\n\r\t\u2018-\u201d\u3001\u3002]")


def _bomless_utf16(data: bytes) -> str | None:
    """UTF-16 without a BOM: NUL bytes present, and one byte order reads as plausible text."""
    if b"\x00" not in data[:8000] or len(data) % 2:
        return None
    best, best_share = None, 0.0
    for encoding in ("utf-16-le", "utf-16-be"):
        try:
            sample = data[:8000].decode(encoding)
        except UnicodeDecodeError:
            continue
        share = len(_PLAUSIBLE.findall(sample)) / max(1, len(sample))
        if share > best_share:
            best, best_share = encoding, share
    return best if best_share >= 0.9 else None


def _strict(data: bytes, encoding: str, path: str) -> str:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as exc:
        raise InputError(f"undecodable as {encoding} at byte {exc.start}", path=path) from None


def _docx_text(data: bytes, path: str) -> str:
    import docx  # python-docx; imported here so plain-text runs do not pay for it

    try:
        document = docx.Document(io.BytesIO(data))
    except (zipfile.BadZipFile, KeyError, ValueError) as exc:
        raise InputError(f"not a readable .docx: {exc}", path=path) from None
    lines = [p.text for p in document.paragraphs]
    for table in document.tables:
        for row in table.rows:
            lines.append("\t".join(cell.text for cell in row.cells))
    return "\n".join(lines)
