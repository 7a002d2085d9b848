"""Legacy Chinese encodings: Big5 is read as Big5, GB18030 as GB18030, and a guess is an error."""
from __future__ import annotations

import pytest

from api.files import extract_bytes
from extraction.decoding import decode_bytes
from extraction.errors import InputError

from .documents import BIG5_TEXT, POLICY_TXT

SIMPLIFIED = POLICY_TXT.read_text(encoding="utf-8")


@pytest.mark.parametrize("text, codec, encoding", [
    (BIG5_TEXT, "big5", "big5"),
    (BIG5_TEXT, "cp950", "big5"),
    (BIG5_TEXT, "gb18030", "gb18030"),  # traditional characters in GB18030 stay GB18030
    (SIMPLIFIED, "gb18030", "gb18030"),
    (SIMPLIFIED, "gbk", "gb18030"),
    (SIMPLIFIED, "gb2312", "gb18030"),
    ("第一條 為支持積體電路產業發展，對企業給予最高100萬元補助。\n", "big5", "big5"),
])
def test_legacy_encodings_decode_to_the_right_characters(text, codec, encoding):
    decoded = decode_bytes(text.encode(codec), "a.txt")
    assert (decoded.text, decoded.encoding) == (text, encoding)


def test_big5_is_not_read_as_gb18030_garbage():
    data = BIG5_TEXT.encode("big5")
    assert data.decode("gb18030") != BIG5_TEXT  # the old reading: valid GB18030, wrong characters
    text = decode_bytes(data, "tw.txt").text
    assert "臺中市支持智慧製造產業發展若干措施" in text and "萬元" in text


def test_a_big5_file_goes_through_extraction():
    doc = extract_bytes(BIG5_TEXT.encode("big5"), "tw.txt")
    (policy,) = doc.policies
    assert [m.number for m in policy.measures] == ["一", "二"]
    assert policy.effective_from == "2024-04-01"
    first = policy.measures[0]
    assert first.text.startswith("一、支持企業智慧化改造")


@pytest.mark.parametrize("data, message", [
    # two words, one in each encoding: neither reading is Chinese throughout
    ("補助".encode("big5") + "资金".encode("gbk"), "undecodable: not UTF-8, UTF-16, GB18030 or Big5"),
    # two characters: they read as Chinese in GB18030, but the detector bets on Big5
    ("补助".encode("gbk"), "undecodable with confidence: reads as Chinese only as gb18030, which the detector"),
    # Japanese Shift_JIS: valid GB18030 bytes, but not Chinese text
    ("本制度は令和6年4月1日から施行する。補助金の上限は100万円とする。".encode("shift_jis"), "undecodable: not UTF-8, UTF-16, GB18030 or Big5"),
    # Korean EUC-KR: Hangul bytes decode to common GB2312 characters, but the detector says Korean
    ("이 조치는 2024년 4월 1일부터 시행한다. 보조금은 최대 100만원이다.".encode("euc-kr"),
     "undecodable with confidence: reads as Chinese only as gb18030"),
])
def test_text_that_cannot_be_decoded_with_confidence_is_an_error_naming_the_file(data, message):
    with pytest.raises(InputError) as info:
        decode_bytes(data, "in/unsure.txt")
    assert info.value.path == "in/unsure.txt"
    assert info.value.message.startswith(message), info.value.message


def test_the_error_explains_how_each_encoding_read():
    with pytest.raises(InputError) as info:
        decode_bytes("이 조치는 2024년 4월 1일부터 시행한다. 보조금은 최대 100만원이다.".encode("euc-kr"), "k.txt")
    assert "gb18030:" in info.value.message and "big5:" in info.value.message
    assert "detector's guess: cp949" in info.value.message


def test_markdown_is_read_as_text():
    decoded = decode_bytes(SIMPLIFIED.encode("utf-8"), "policy.md")
    assert (decoded.text, decoded.format) == (SIMPLIFIED, "text")
