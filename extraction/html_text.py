"""Bytes of a saved web page -> its main text, headed by the page's own title and date.

trafilatura finds the article and drops the site around it (menus, breadcrumbs, related
links, footers). The page's title and publication date are shell facts of the policy, so they
are kept in front of the text as the metadata header the extractor reads like any other:

    ---
    标题: 松江区关于支持智能制造产业高质量发展的若干措施
    发布日期: 2024-03-15
    ---
    为加快推进……

The date is the one the page labels (发布日期：, 发布时间：, 发文日期：, 成文日期：), else the
one in its meta tags (htmldate, through trafilatura, without its slow whole-page search, which
picks dates of related links); a page with neither gets no 发布日期 line. The title is the
page's <title> (or og:title / first heading) without the site name (标题_松江区人民政府).
"""
from __future__ import annotations

import re

from .decoding import decode_plain
from .errors import InputError

_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)
_CODEC = {"gb2312": "gb18030", "gbk": "gb18030", "gb18030": "gb18030", "big5": "cp950", "x-gbk": "gb18030"}
_LABELLED_DATE = re.compile(
    r"(?:发布|发文|成文|印发|公布|发稿)(?:日期|时间)\s*[:：]\s*"
    r"(?P<y>(?:19|20)\d{2})\s*[-/.年]\s*(?P<m>\d{1,2})\s*[-/.月]\s*(?P<d>\d{1,2})"
)
_TAG = re.compile(r"<[^>]+>")
MIN_MAIN_CHARS = 20  # less than a sentence (a menu, a login page) is not a document
_SITE_SEPARATOR = re.compile(r"\s*(?:_|\||｜|\s-\s|\s—\s|--)\s*")


def html_text(data: bytes, path: str) -> tuple[str, str]:
    """(metadata header + main text, the charset the page was read in); InputError naming `path`."""
    import trafilatura

    page, encoding = _page_str(data, path)
    found = trafilatura.bare_extraction(page, with_metadata=True, include_comments=False, include_tables=True,
                                        date_extraction_params={"extensive_search": False, "original_date": True})
    text = (found.text or "").strip() if found is not None else ""
    if len("".join(text.split())) < MIN_MAIN_CHARS:
        raise InputError("no main text found in the HTML page", path=path)
    title = _title(found.title or "")
    date = _labelled_date(page) or (found.date or None)
    header = ["---"] + ([f"标题: {title}"] if title else []) + ([f"发布日期: {date}"] if date else []) + ["---"]
    return "\n".join(header) + "\n" + text + "\n", encoding


def _page_str(data: bytes, path: str) -> tuple[str, str]:
    """The page as text: its declared charset when it decodes strictly, else detected."""
    declared = _META_CHARSET.search(data[:4096])
    if declared and not data.startswith((b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")):
        name = declared.group(1).decode("ascii").lower()
        codec = _CODEC.get(name, name)
        try:
            return data.decode(codec), name
        except (LookupError, UnicodeDecodeError):
            pass  # a wrong or unknown declaration: detect instead, as for plain text
    return decode_plain(data, path)


def _labelled_date(page: str) -> str | None:
    m = _LABELLED_DATE.search(_TAG.sub(" ", page))
    if not m:
        return None
    y, mo, d = int(m["y"]), int(m["m"]), int(m["d"])
    if not (1 <= mo <= 12 and 1 <= d <= 31):
        return None
    return f"{y:04d}-{mo:02d}-{d:02d}"


def _title(raw: str) -> str:
    """The page title without the site's name: the longest part between separators."""
    parts = [p.strip() for p in _SITE_SEPARATOR.split(raw.strip()) if p.strip()]
    if not parts:
        return ""
    return max(parts, key=len)
