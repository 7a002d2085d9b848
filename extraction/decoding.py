"""Bytes of a document -> text, with the format and encoding detected, never silently guessed.

Formats: .txt and .md (plain text), .docx, .pdf (its text layer, see pdf_text.py) and
.html/.htm (a saved web page's main text, see html_text.py). The file name's suffix decides,
except that PDF and ZIP (.docx) magic bytes win over a text suffix; an unknown suffix is an
UnsupportedInputError and a name without a suffix is sniffed.

Plain text: byte-order marks (UTF-8, UTF-16 LE/BE), BOM-less UTF-16 (NUL bytes on one
side), strict UTF-8, then the legacy Chinese encodings GB18030 (a superset of GBK and
GB2312) and Big5, each decoded strictly and checked: most of its non-ASCII characters must
be common Chinese characters or punctuation (GB2312 level 1, Big5 level 1) and
charset-normalizer's mess ratio must be low. The encoding taken is the one that passes and
that charset-normalizer's detector names too (it tells Japanese Shift_JIS and Korean EUC-KR,
whose bytes also decode as GB18030, from Chinese); anything less certain is an InputError
naming the file, with how each encoding read. A result with control characters or too little Chinese is
rejected as binary rather than passed on as mojibake.

A .docx is a zip: the sizes its members declare are added up before anything is unpacked, and
one that would unpack to more than `max_docx_unpacked` bytes (a zip bomb) is refused.
Pure: callers read the file; this module only looks at bytes.
"""
from __future__ import annotations

import io
import re
import zipfile
from dataclasses import dataclass
from functools import lru_cache
from pathlib import PurePath

from .errors import EmptyInputError, InputError, TooLargeError, UnsupportedInputError

TEXT_SUFFIXES = (".txt", ".md")
SUFFIXES = (*TEXT_SUFFIXES, ".docx", ".pdf", ".html", ".htm")

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_CJK = re.compile(r"[\u3400-\u9fff]")
_HTML_START = re.compile(rb"^\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head)\b", re.I | re.S)

# Legacy encodings tried after strict UTF-8, as (name reported, Python codec). cp950 is
# Microsoft's Big5, what Windows saves as "Big5" (Big5 plus a few extension characters).
LEGACY = (("gb18030", "gb18030"), ("big5", "cp950"))
MIN_COMMON_SHARE = 0.85  # share of non-ASCII characters that are common Chinese characters or punctuation
MAX_MESS = 0.2  # charset-normalizer's own default threshold for "not chaotic"
SAMPLE = 20_000  # characters scored; enough to decide, cheap on a 100 kB file
MAX_DOCX_UNPACKED = 100 * 1024 * 1024  # default of POLICYKG_MAX_DOCX_UNPACKED_BYTES


@dataclass(frozen=True)
class DecodedText:
    text: str
    encoding: str  # utf-8, utf-8-sig, utf-16*, gb18030, big5, docx, pdf, or the HTML page's charset
    format: str = "text"  # text, docx, pdf, html
    page_starts: tuple[int, ...] | None = None  # PDF: offset in `text` where each page begins


def decode_bytes(data: bytes, path: str, max_docx_unpacked: int = MAX_DOCX_UNPACKED) -> DecodedText:
    """Decode a policy document; raise InputError naming `path` when it is not one."""
    suffix = PurePath(path).suffix.lower()
    if suffix and suffix not in SUFFIXES:
        raise UnsupportedInputError(f"unsupported file type {suffix}: policykg reads {', '.join(SUFFIXES)}", path=path)
    if not data or not data.strip():
        raise EmptyInputError("file is empty", path=path)
    if b"%PDF-" in data[:1024] or suffix == ".pdf":
        from .pdf_text import pdf_text

        text, page_starts = pdf_text(data, path)
        return DecodedText(text, "pdf", "pdf", page_starts)
    if data[:4] == b"PK\x03\x04" or suffix == ".docx":
        return _checked(DecodedText(_docx_text(data, path, max_docx_unpacked), "docx", "docx"), path)
    if suffix in (".html", ".htm") or (not suffix and _HTML_START.match(data[:4096])):
        from .html_text import html_text

        text, encoding = html_text(data, path)
        return DecodedText(text, encoding, "html")
    text, encoding = decode_plain(data, path)
    return _checked(DecodedText(text, encoding), path)


def decode_plain(data: bytes, path: str) -> tuple[str, str]:
    """Bytes of plain text (or markup) -> (text, encoding), by the rules in the module docstring."""
    text, encoding = _decode_text(data, path)
    if not text.strip():
        raise EmptyInputError("file holds only white space", path=path)
    return text, encoding


def _checked(decoded: DecodedText, path: str) -> DecodedText:
    text = decoded.text
    if not text.strip():
        raise EmptyInputError("file holds only white space", path=path)
    controls = len(_CONTROL.findall(text))
    if controls > max(2, len(text) // 200):
        raise InputError(f"looks binary: {controls} control characters after decoding as {decoded.encoding}", path=path)
    return decoded


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
    return _legacy_chinese(data, path)


def _legacy_chinese(data: bytes, path: str) -> tuple[str, str]:
    """GB18030 or Big5: the one that reads as Chinese text and that charset-normalizer also
    names; anything else (no candidate, or a detector that disagrees) is an InputError."""
    from charset_normalizer.md import mess_ratio

    readable: dict[str, str] = {}
    why = []
    for name, codec in LEGACY:
        try:
            text = data.decode(codec)
        except UnicodeDecodeError as exc:
            why.append(f"{name}: invalid at byte {exc.start}")
            continue
        sample = text[:SAMPLE]
        common, mess = _common_share(sample), mess_ratio(sample, maximum_threshold=1.0)
        why.append(f"{name}: {common:.0%} common Chinese characters, mess {mess:.2f}")
        if common >= MIN_COMMON_SHARE and mess <= MAX_MESS and len(_CJK.findall(sample)) >= len(sample) * 0.05:
            readable[name] = text
    guess = _detector_guess(data)
    if guess in readable:
        return readable[guess], guess
    detail = f"{'; '.join(why)}; detector's guess: {guess or 'none'}"
    if readable:
        raise InputError(f"undecodable with confidence: reads as Chinese only as {' or '.join(readable)}, "
                         f"which the detector does not confirm ({detail})", path=path)
    raise InputError(f"undecodable: not UTF-8, UTF-16, GB18030 or Big5 text ({detail})", path=path)


_FAMILY = {"gb18030": "gb18030", "gbk": "gb18030", "gb2312": "gb18030", "cp936": "gb18030", "hz": "gb18030",
           "big5": "big5", "cp950": "big5", "big5hkscs": "big5"}


def _detector_guess(data: bytes) -> str | None:
    """charset-normalizer's best guess, as gb18030 or big5 for the Chinese families."""
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    return None if best is None else _FAMILY.get(best.encoding, best.encoding)


_PUNCT = set("，。、；：？！“”‘’（）《》〔〕【】—…·　％＋－／～「」『』﹐﹑﹔﹕")


@lru_cache(maxsize=1)
def _common_chars() -> frozenset[str]:
    """GB2312 level 1 (3,755 most used simplified characters) and Big5 level 1 (5,401 常用字)."""
    chars: set[str] = set()
    for codec, leads, trails in (("gb2312", range(0xB0, 0xD8), range(0xA1, 0xFF)),
                                 ("big5", range(0xA4, 0xC7), [*range(0x40, 0x7F), *range(0xA1, 0xFF)])):
        for lead in leads:
            for trail in trails:
                try:
                    chars.add(bytes((lead, trail)).decode(codec))
                except UnicodeDecodeError:
                    pass
    return frozenset(chars | _PUNCT)


def _common_share(text: str) -> float:
    common = _common_chars()
    wide = [c for c in text if ord(c) > 0x7F and not c.isspace()]
    if not wide:
        return 0.0
    return sum(c in common or 0xFF01 <= ord(c) <= 0xFF5E for c in wide) / len(wide)


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


def _docx_text(data: bytes, path: str, max_unpacked: int) -> str:
    import docx  # python-docx; imported here so plain-text runs do not pay for it

    _check_unpacked_size(data, path, max_unpacked)
    try:
        document = docx.Document(io.BytesIO(data))
    except (zipfile.BadZipFile, KeyError, ValueError) as exc:
        raise InputError(f"not a readable .docx: {exc}", path=path) from None
    lines = [p.text for p in document.paragraphs]
    for table in document.tables:
        for row in table.rows:
            lines.append("\t".join(cell.text for cell in row.cells))
    return "\n".join(lines)


def _check_unpacked_size(data: bytes, path: str, limit: int) -> None:
    """Refuse a zip whose members would unpack to more than `limit` bytes, reading only its
    directory. The declared sizes can be trusted: Python's zipfile (which python-docx reads
    with) stops a member at its declared size and fails its CRC check if it holds more."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            unpacked = sum(member.file_size for member in archive.infolist())
    except (zipfile.BadZipFile, ValueError) as exc:
        raise InputError(f"not a readable .docx: {exc}", path=path) from None
    if unpacked > limit:
        raise TooLargeError(f"unpacks to {unpacked:,} bytes, more than the {limit:,} a .docx may "
                            f"(POLICYKG_MAX_DOCX_UNPACKED_BYTES); refused without unpacking it", path=path)
