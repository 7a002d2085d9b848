import io

import pytest

from extraction.decoding import decode_bytes
from extraction.errors import InputError

TEXT = "第一条 为支持集成电路产业发展，对企业给予最高100万元补助。（责任单位：区科技局）\n"


@pytest.mark.parametrize("data, encoding", [
    (TEXT.encode("utf-8"), "utf-8"),
    (b"\xef\xbb\xbf" + TEXT.encode("utf-8"), "utf-8-sig"),
    (TEXT.encode("gb18030"), "gb18030"),
    (TEXT.encode("gbk"), "gb18030"),
    (TEXT.encode("utf-16"), "utf-16"),
    (TEXT.encode("utf-16-le"), "utf-16-le"),
    (TEXT.encode("utf-16-be"), "utf-16-be"),
])
def test_encodings_are_detected(data, encoding):
    decoded = decode_bytes(data, "a.txt")
    assert decoded.text.lstrip("\ufeff") == TEXT
    assert decoded.encoding == encoding


def test_docx_paragraphs_are_read():
    import docx

    d = docx.Document()
    d.add_paragraph("某区支持人工智能产业发展若干措施")
    d.add_paragraph("一、支持算力券。给予最高50万元补贴。")
    buf = io.BytesIO()
    d.save(buf)
    decoded = decode_bytes(buf.getvalue(), "a.docx")
    assert decoded.encoding == "docx"
    assert decoded.text.splitlines() == ["某区支持人工智能产业发展若干措施", "一、支持算力券。给予最高50万元补贴。"]


@pytest.mark.parametrize("data, message", [
    (b"", "file is empty"),
    (b"  \n\t ", "file is empty"),
    (bytes(range(256)) * 4, "looks binary"),
    (b"PK\x03\x04not really a zip", "not a readable .docx"),
    (b"\x81\x30\xfe\xff\xff\xfe" * 50, "undecodable"),
])
def test_bad_files_name_the_file_and_the_problem(data, message):
    with pytest.raises(InputError) as info:
        decode_bytes(data, "dir/bad.txt")
    assert info.value.path == "dir/bad.txt"
    assert message in info.value.message
    assert str(info.value).startswith("dir/bad.txt: ")
