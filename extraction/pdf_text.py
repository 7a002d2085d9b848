"""Bytes of a PDF -> its text layer as flowing text, with the offset where each page starts.

pdfplumber (MIT, on pdfminer.six) gives every character with its font size and position;
lines are rebuilt from them and joined the way the text flows:

- Chinese typesetting breaks lines anywhere, mid-word and mid-number, so a line that reaches
  the right edge of the text block continues on the next one and is joined with nothing in
  between (a space only between two Latin letters); likewise across a page break.
- A paragraph ends where a line stops short of the right edge (and the next line's first
  word would have fitted: Latin words wrap whole, leaving a ragged edge), where the next line is
  indented (the two-character first-line indent of official documents), where the spacing
  or the font size changes. Consecutive centred lines in a title-sized font are one title.
- Page numbers (`- 3 -`, `第3页 共9页`, `3/9`) at the top or bottom of a page are dropped.

A PDF without a text layer (a scan) is an InputError asking for OCR, not a silent skip, and so
is one whose fonts carry no Unicode mapping (pdfminer's `(cid:N)` codes).
"""
from __future__ import annotations

import io
import logging
import re
import statistics
from dataclasses import dataclass

from .errors import InputError, NoTextLayerError

log = logging.getLogger(__name__)

_PAGE_NUMBER = re.compile(r"^[-—–－\s]*\d{1,4}[-—–－\s]*$|^第\s*\d+\s*页(?:\s*[,，/]?\s*共\s*\d+\s*页)?$|^\d+\s*/\s*\d+$")
_WIDE = re.compile(r"[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f\u2018-\u201d\u2014\u2026]")
_LATIN = re.compile(r"[A-Za-z]")
MARGIN_BAND = 0.12  # top and bottom share of a page where page numbers are looked for
MAX_CID_SHARE = 0.3  # more unmapped glyphs than this: the text layer is unusable
WORD_GAP = 0.15  # a gap wider than this share of the font size between Latin letters is a space


@dataclass
class _Line:
    page: int
    text: str
    x0: float
    x1: float
    top: float
    bottom: float
    size: float
    first_word: float  # width of the line's first word (a Latin run, or one CJK character)


def pdf_text(data: bytes, path: str) -> tuple[str, tuple[int, ...]]:
    """(text, offset of each page's first character in text); InputError naming `path`."""
    pages, widths = _read_lines(data, path)
    lines = [line for page in pages for line in page]
    chars = sum(len(line.text.strip()) for line in lines)
    if chars == 0:
        raise NoTextLayerError(f"no text layer: scanned PDF? OCR it first ({len(pages)} pages, no text)", path=path)
    cids = sum(line.text.count("(cid:") for line in lines)
    if cids * 6 > chars * MAX_CID_SHARE:
        raise NoTextLayerError("text layer has no Unicode mapping (fonts give (cid:N) codes): OCR it first", path=path)
    for number, page in enumerate(pages, 1):
        if not page:
            log.warning("%s: page %d has no text layer", path, number)
    return _flow(pages, widths)


def _read_lines(data: bytes, path: str) -> tuple[list[list[_Line]], list[float]]:
    import pdfplumber

    try:
        pdf = pdfplumber.open(io.BytesIO(data))
    except Exception as exc:  # pdfminer raises many types on damaged or encrypted files; all mean "unreadable"
        raise InputError(f"not a readable PDF: {_reason(exc)}", path=path) from None
    pages, widths = [], []
    with pdf:
        try:
            for number, page in enumerate(pdf.pages):
                pages.append(_page_lines(page.dedupe_chars(), number))
                widths.append(float(page.width))
        except Exception as exc:  # same: a damaged page stream
            raise InputError(f"not a readable PDF (page {len(pages) + 1}): {_reason(exc)}", path=path) from None
    return pages, widths


def _reason(exc: Exception) -> str:
    name = type(exc).__name__
    if "Password" in name or "Encrypt" in name:
        return "encrypted (needs a password)"
    return f"{name}: {exc}" if str(exc) else name


def _page_lines(page, number: int) -> list[_Line]:
    height = float(page.height)
    lines = []
    for raw in page.extract_text_lines(return_chars=True, strip=True):
        chars = sorted(raw["chars"], key=lambda c: c["x0"])
        if not chars:
            continue
        text = _line_text(chars)
        if not text.strip():
            continue
        top, bottom = float(raw["top"]), float(raw["bottom"])
        in_band = bottom < height * MARGIN_BAND or top > height * (1 - MARGIN_BAND)
        if in_band and _PAGE_NUMBER.match(text.strip()):
            continue
        size = statistics.median(float(c["size"]) for c in chars)
        lines.append(_Line(number, text, float(raw["x0"]), float(raw["x1"]), top, bottom, size, _first_word(chars)))
    return lines


def _line_text(chars: list[dict]) -> str:
    """Characters left to right; a space where there is a gap, except beside CJK characters."""
    out: list[str] = []
    prev = None
    for c in chars:
        t = c["text"]
        if prev is not None and t.strip() and out and out[-1] != " ":
            gap = float(c["x0"]) - float(prev["x1"])
            if gap > WORD_GAP * float(c["size"]) and not (_WIDE.match(out[-1][-1]) or _WIDE.match(t[0])):
                out.append(" ")
        out.append(t)
        prev = c
    return "".join(out).strip()


def _first_word(chars: list[dict]) -> float:
    if _WIDE.match(chars[0]["text"]):
        return float(chars[0]["x1"]) - float(chars[0]["x0"])
    end = chars[0]
    for prev, c in zip(chars, chars[1:]):
        if not c["text"].strip() or _WIDE.match(c["text"]) or float(c["x0"]) - float(prev["x1"]) > WORD_GAP * float(c["size"]):
            break
        end = c
    return float(end["x1"]) - float(chars[0]["x0"])


def _flow(pages: list[list[_Line]], widths: list[float]) -> tuple[str, tuple[int, ...]]:
    lines = [line for page in pages for line in page]
    body = statistics.median(line.size for line in lines)
    geometry = {number: _geometry(page, body, widths[number]) for number, page in enumerate(pages) if page}
    out: list[str] = []
    length = 0
    starts: list[int] = []
    prev: _Line | None = None
    for number, page in enumerate(pages):
        starts.append(length)
        for line in page:
            if prev is not None:
                sep = "\n" if _breaks(prev, line, geometry, body) else _joiner(prev.text, line.text)
                out.append(sep)
                length += len(sep)
                if line is page[0]:
                    starts[-1] = length
            out.append(line.text)
            length += len(line.text)
            prev = line
    return "".join(out), tuple(starts)


@dataclass
class _Geometry:
    left: float
    right: float
    centre: float  # middle of the text block
    pitch: float  # usual distance between the tops of consecutive body lines


def _geometry(page: list[_Line], body: float, width: float) -> _Geometry:
    text_lines = [line for line in page if abs(line.size - body) <= 0.15 * body] or page
    lefts = [round(line.x0) for line in text_lines]
    left = float(statistics.mode(lefts)) if len(lefts) >= 3 else float(min(lefts))
    right = max(line.x1 for line in text_lines)
    pitches = [b.top - a.top for a, b in zip(text_lines, text_lines[1:]) if b.top > a.top]
    pitch = statistics.median(pitches) if pitches else body * 1.6
    return _Geometry(left, right, (left + right) / 2 if len(text_lines) >= 3 else width / 2, pitch)


def _breaks(prev: _Line, line: _Line, geometry: dict[int, _Geometry], body: float) -> bool:
    """Whether a paragraph ends between `prev` and `line`."""
    before, after = geometry[prev.page], geometry[line.page]
    size = max(prev.size, line.size)
    if abs(prev.size - line.size) > 0.15 * size:
        return True
    if prev.size > body * 1.15 and _centred(prev, before) and _centred(line, after):
        return prev.page != line.page or line.top - prev.bottom > prev.size  # a title over two lines
    if prev.x1 < before.right - 2 * prev.size and line.first_word < before.right - prev.x1 - prev.size / 2:
        return True  # the line stops short though the next word would have fitted: end of paragraph
    if line.x0 > after.left + 1.2 * line.size:
        return True  # the next line is indented: a new paragraph
    if prev.page == line.page and line.top - prev.top > 1.5 * before.pitch:
        return True  # extra space between the lines
    return False


def _centred(line: _Line, geometry: _Geometry) -> bool:
    return abs((line.x0 + line.x1) / 2 - geometry.centre) < line.size


def _joiner(before: str, after: str) -> str:
    """Nothing between wrapped Chinese text or numbers; a space between two Latin words."""
    return " " if before and after and _LATIN.match(before[-1]) and _LATIN.match(after[0]) else ""
