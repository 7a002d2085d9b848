"""Saved web pages: the policy without the site around it, headed by the page's title and date."""
from __future__ import annotations

import pytest

from api.files import extract_bytes
from extraction.decoding import decode_bytes
from extraction.errors import InputError

from .conftest import measures
from .documents import POLICY_TXT, policy_html, policy_lines

TITLE = policy_lines()[0]


def test_main_text_keeps_the_policy_and_drops_the_site():
    decoded = decode_bytes(policy_html(), "page.html")
    assert (decoded.format, decoded.encoding) == ("html", "utf-8")
    body = "\n".join(policy_lines()[1:])
    assert decoded.text == f"---\n标题: {TITLE}\n发布日期: 2024-03-15\n---\n{body}\n"
    for chrome in ("首页", "您当前的位置", "相关文章", "网站地图", "沪ICP备", "浏览次数", "打印本页", "请输入关键字"):
        assert chrome not in decoded.text


def test_html_gives_the_same_measures_and_amounts_as_the_plain_text(plain_measures):
    assert measures(extract_bytes(policy_html(), "page.htm")) == plain_measures


@pytest.mark.parametrize("label, written, iso", [
    ("发布日期", "2024-03-15", "2024-03-15"),
    ("发布时间", "2023年7月6日 10:30", "2023-07-06"),
    ("成文日期", "2022/11/30", "2022-11-30"),
])
def test_the_labelled_publication_date_wins_over_dates_of_related_links(label, written, iso):
    page = policy_html().decode("utf-8").replace("发布日期：2024-03-15", f"{label}：{written}")
    assert f"\n发布日期: {iso}\n" in decode_bytes(page.encode("utf-8"), "page.html").text


def test_a_page_without_a_date_gets_no_date_line():
    page = policy_html().decode("utf-8").replace("发布日期：2024-03-15", "来源：区经委")
    page = page.replace("<span>2024-03-12</span>", "").replace("<span>2024-02-01</span>", "")
    page = page.replace("<span>2024-01-18</span>", "").replace("今天是2024年3月20日 星期三", "")
    text = decode_bytes(page.encode("utf-8"), "page.html").text
    assert text.startswith(f"---\n标题: {TITLE}\n---\n")


def test_a_gbk_page_is_read_in_its_declared_charset():
    page = policy_html().decode("utf-8").replace("charset=utf-8", "charset=gb2312")
    decoded = decode_bytes(page.encode("gbk"), "page.html")
    assert decoded.encoding == "gb2312"
    assert decoded.text.startswith(f"---\n标题: {TITLE}\n")


def test_an_undeclared_gbk_page_is_detected():
    page = policy_html().decode("utf-8").replace('<meta http-equiv="Content-Type" content="text/html; charset=utf-8">', "")
    decoded = decode_bytes(page.encode("gb18030"), "page.html")
    assert decoded.encoding == "gb18030"
    assert POLICY_TXT.read_text(encoding="utf-8").splitlines()[2] in decoded.text


def test_a_page_with_no_main_text_is_an_error_naming_the_file():
    page = "<html><head><title>首页_松江区人民政府</title></head><body><ul><li><a href='/'>首页</a></li></ul></body></html>"
    with pytest.raises(InputError) as info:
        decode_bytes(page.encode("utf-8"), "site/index.html")
    assert str(info.value) == "site/index.html: no main text found in the HTML page"


def test_a_page_saved_without_a_suffix_is_sniffed():
    assert decode_bytes(policy_html(), "download").format == "html"
