"""PDF text layer: the text flows as in the plain-text file, pages are kept, scans are refused."""
from __future__ import annotations

import pytest

from api.files import extract_bytes
from extraction.decoding import decode_bytes
from extraction.errors import InputError, NoTextLayerError
from extraction.pdf_text import _joiner

from .conftest import measures
from .documents import POLICY_TXT, policy_lines, policy_pdf, scanned_pdf


@pytest.fixture(scope="module")
def pdf() -> bytes:
    return policy_pdf()


def test_lines_broken_mid_sentence_are_joined_back_into_the_paragraphs(pdf):
    decoded = decode_bytes(pdf, "policy.pdf")
    assert (decoded.format, decoded.encoding) == ("pdf", "pdf")
    # the two-line centred title is one line, wrapped paragraphs are one line each, no space
    # is inserted between CJK characters, page numbers are gone: the text is the plain file's
    assert decoded.text == POLICY_TXT.read_text(encoding="utf-8").rstrip("\n")


def test_page_starts_point_at_each_page_first_text(pdf):
    import pdfplumber
    import io

    decoded = decode_bytes(pdf, "policy.pdf")
    with pdfplumber.open(io.BytesIO(pdf)) as document:
        firsts = [page.extract_text_lines()[0]["text"] for page in document.pages]
    assert len(decoded.page_starts) == len(firsts) >= 3
    assert decoded.page_starts[0] == 0
    for start, first in zip(decoded.page_starts, firsts):
        assert decoded.text[start:start + len(first)] == first
    assert list(decoded.page_starts) == sorted(set(decoded.page_starts))


def test_pdf_gives_the_same_measures_and_amounts_as_the_plain_text(pdf, plain_measures):
    doc = extract_bytes(pdf, "policy.pdf")
    assert measures(doc) == plain_measures
    assert doc.page_starts == list(decode_bytes(pdf, "policy.pdf").page_starts)
    # offsets still point into the decoded text
    text = decode_bytes(pdf, "policy.pdf").text
    first = doc.policies[0].measures[0]
    assert text[first.start:first.end] == first.text


def test_a_plain_text_document_has_no_pages():
    assert extract_bytes(POLICY_TXT.read_bytes(), "policy.txt").page_starts is None


def test_a_scanned_pdf_is_an_error_asking_for_ocr():
    with pytest.raises(NoTextLayerError) as info:
        decode_bytes(scanned_pdf(), "in/scan.pdf")
    assert str(info.value) == "in/scan.pdf: no text layer: scanned PDF? OCR it first (1 pages, no text)"


@pytest.mark.parametrize("data, message", [
    (b"%PDF-1.7\nthis is not the rest of a PDF\n", "not a readable PDF"),
    (b"plain words in a file called .pdf", "not a readable PDF"),
])
def test_a_damaged_pdf_is_an_error_naming_the_file(data, message):
    with pytest.raises(InputError) as info:
        decode_bytes(data, "in/broken.pdf")
    assert info.value.path == "in/broken.pdf"
    assert message in info.value.message


def test_pdf_magic_wins_over_a_text_suffix(pdf):
    assert decode_bytes(pdf, "misnamed.txt").format == "pdf"


def test_english_words_broken_across_lines_keep_their_space():
    lines = policy_lines()
    lines[1] = "为落实 artificial intelligence and advanced manufacturing development plan，" * 3
    text = decode_bytes(policy_pdf(lines), "en.pdf").text
    # a ragged right edge from whole-word wrapping does not end the paragraph; spaces between
    # Latin words are kept, spaces beside CJK characters are not (Word's CJK-Latin autospace is
    # a gap, not a space, in most PDFs, and 最高 100万元 must read as 最高100万元)
    assert text.splitlines()[1] == lines[1].replace("实 a", "实a")


@pytest.mark.parametrize("before, after, joiner", [
    ("最高", "100万元", ""), ("补", "贴", ""), ("100", "万元", ""), ("20", "%", ""),
    ("artificial", "intelligence", " "), ("AI", "产业", ""),
])
def test_joining_wrapped_lines(before, after, joiner):
    assert _joiner(before, after) == joiner
