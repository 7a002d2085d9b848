"""Metadata headers in front of a document: what a site or a scraper states about it.

    ---                                   YAML fences, or a run of key lines without them
    标题: 关于印发《X》的通知               Chinese keys, spaced to align (标　　题:) or not
    发文字号: 徐发改规〔2025〕2号
    doc_no: "琼工信规〔2024〕2号"           English keys, quoted values
    | 成文日期 | 2024年05月06日 |            or a markdown table
    【发文字号】璧高新管发〔2025〕6号        or a policy library's 【】 labels, several to a line
    索引号<TAB>…<TAB>发布机构<TAB>…         or a disclosure catalogue's table copied with tabs

`read_header(view, lines)` reads such a header at the top of the view (two or more known keys)
and says where the document goes on. The shell (shell.py) takes the policy's facts from it.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

META_KEYS = {
    "标题": "title", "名称": "title", "文件名称": "title", "文号": "doc_number", "发文字号": "doc_number",
    "发布单位": "issuer", "发文机关": "issuer", "发布机构": "issuer", "发文单位": "issuer", "制发机关": "issuer",
    "信息来源": "source", "来源": "source", "发布日期": "date", "成文日期": "signed", "印发日期": "date",
    "发文日期": "date", "生效日期": "effective", "实施日期": "effective", "废止日期": "expires", "有效期": "validity",
    "层级": "level", "类型": "type", "分类": "category", "状态": "status", "官方链接": "url",
    "索引号": "index", "信息索引号": "index", "信息索引": "index", "主题分类": "category", "有效性": "status", "时效性": "status",
    "政策名称": "title", "发文机构": "issuer", "政策层级": "level", "政策类型": "type", "适用行业": "category",
    "信息名称": "title", "生成日期": "date", "主题词": "category", "文件编号": "doc_number", "发布文号": "doc_number",
    # a law database's 【】 labels (【发布部门】【效力级别】【法规类别】…【正文】, the text after it)
    "法规标题": "title", "文件标题": "title", "政策标题": "title",
    "发布部门": "issuer", "发文部门": "issuer", "公布日期": "date", "施行日期": "effective", "效力级别": "level",
    "法规类别": "category", "正文": "other", "失效日期": "expires",
    # a disclosure catalogue's other labels (信息公开目录), read so the header is read past them
    "公开方式": "other", "公开范围": "other", "公开时限": "other", "公开形式": "other", "体裁分类": "other",
    "组配分类": "other", "服务对象": "other", "关键词": "other", "信息分类": "other", "所属机构": "other",
    # a policy service platform's labels (适用地区：北京市 通州区　发文机构：…　标签：文旅 消费)
    "适用地区": "other", "标签": "other", "浏览量": "other", "政策标签": "other", "适用对象": "other",
    # YAML written by scrapers in English
    "title": "title", "doc_no": "doc_number", "doc_number": "doc_number", "docno": "doc_number",
    "issuer": "issuer", "publisher": "issuer", "source": "source", "date": "date", "publish_date": "date",
    "pub_date": "date", "issue_date": "date", "url": "url",
}
# 标　　题: / 索 引 号: (spaced to align) / | 发文字号 | 湘政办发〔2024〕21号 | (a markdown table row)
_META_KEY = "|".join(r"\s*".join(map(re.escape, k)) for k in sorted(META_KEYS, key=len, reverse=True))
_META_LINE = re.compile(rf"^\s*\|?\s*(?P<key>{_META_KEY})\s*[:|]\s*(?P<value>.*?)\s*\|?\s*$", re.I)
# [政策名称]X (the view's [] are 【】): one or more bracketed labels with their values on a line
_BRACKET_PAIR = re.compile(rf"\[\s*(?P<key>{_META_KEY})\s*\]\s*(?P<value>.*?)(?=\[\s*(?:{_META_KEY})\s*\]|$)", re.I)
# 普兰县边境贸易和民族手工业发展扶持办法（试行）: a title on its own line above a header
# 襄阳市人民政府关于印发襄阳市…若干扶持政策的通知: or the notice's title
_NOTICE_ALONE = re.compile(r"^[^。:,;\[\]]{2,60}关于[^。:;\[\]]{4,120}的(?:通知|决定)$")
_TITLE_ALONE = re.compile(rf"^[^。:,;\[\]]{{4,80}}(?:办法|措施|细则|意见|政策|方案|规定|指引|指南)(?:\((?:试行|暂行|修订)\))?$"
                          rf"|{_NOTICE_ALONE.pattern}")
# 政策通 > 政策库 > 重庆市 > 璧山区 / 您现在的位置：首页 > … / X管委会  English | 无障碍: a site's
# breadcrumb and menus above its metadata block
_NAVIGATION = re.compile(r"^[^。:\[]{1,20}(?:\s*[>»]\s*[^。:\[>»]{1,20}){1,6}$|^[^。]{0,60}(?:[>»|]|首页|当前位置|现在的位置|打印本页|关闭窗口|字号\s*:|字体\s*:|\[打印\]|\[关闭\])[^。]{0,80}$")
_KEY_ALONE = re.compile(rf"^\s*(?P<key>{_META_KEY})\s*$", re.I)
# 常州市武进区人民政府 / 政府信息公开目录: a site's name or section over its metadata, not a title
# 【政策文件库】 alone over the labels: the database's section
_SECTION_LABEL = re.compile(r"^\[[^\[\]。:]{2,12}\]$")
_SITE_NAME = re.compile(r"^(?!.*(?:关于|《|措施|办法|细则|意见|政策|方案|规定|通知|决定))[^。,:;]{2,20}$"
                        r"|^[^。,:;《》]{2,30}(?:网|网站|门户|平台|服务平台|政务网)$")  # (政策通 - 企业政策服务平台)
# |---|---| (a markdown table's rule) or ┌──────, └────── (a box a page drew around its header)
_TABLE_RULE = re.compile(r"^\s*\|?(?:\s*:?-{3,}:?\s*\|)+\s*:?-{0,}:?\s*\|?\s*$|^\s*[┌└├┬┴┼─━┐┘┤═╔╚╗╝╠╣]{3,}\s*$")


@dataclass
class Header:
    meta: dict[str, str] = field(default_factory=dict)  # the first value of each key
    spans: dict[str, tuple[int, int]] = field(default_factory=dict)
    values: list[tuple[str, str, tuple[int, int]]] = field(default_factory=list)  # every (key, value, span)
    span: tuple[int, int] | None = None  # the whole header
    next_line: int = 0  # the first line after it


def _key(label: str) -> str:
    """标　　题 / 发文字号 / doc_no as written -> the fact it names (META_KEYS)."""
    return META_KEYS[re.sub(r"\s+", "", label).lower()]


def read_header(view: str, lines: list[tuple[int, int]], depth: int = 0) -> Header:
    """The header at the top of the view; an empty Header (next_line at the first text) if none."""
    header = Header()
    k = 0
    while k < len(lines) and not view[slice(*lines[k])].strip():
        k += 1
    fenced = k < len(lines) and view[slice(*lines[k])].strip() == "---"
    j = k + 1 if fenced else k
    while j < len(lines):
        text = view[slice(*lines[j])]
        if fenced and text.strip() == "---":
            j += 1
            break
        if _TABLE_RULE.match(text):
            j += 1
            continue
        row = _table_row(text, lines[j][0]) or _bracket_pairs(text, lines[j][0]) or _spaced_pairs(text, lines[j][0]) \
            or _tab_cells(text, lines[j][0])
        m = None if row else _META_LINE.match(text)
        alone = None if row or m else _KEY_ALONE.match(text)
        if alone and j + 1 < len(lines) and view[slice(*lines[j + 1])].strip() \
                and not _KEY_ALONE.match(view[slice(*lines[j + 1])]):  # 文号 / 武科发〔2025〕6号: a table flattened a cell a line
            value_text = view[slice(*lines[j + 1])]
            value = value_text.strip()
            off = lines[j + 1][0] + value_text.find(value)
            header.values.append((_key(alone.group("key")), value, (off, off + len(value))))
            j += 2
            continue
        if row:
            header.values.extend(row)
        elif m:
            key = _key(m.group("key"))
            value = m.group("value").strip().strip("\"'“”")
            off = lines[j][0] + text.find(value)
            header.values.append((key, value, (off, off + len(value))))
        elif not fenced and text.strip():
            break
        j += 1
    if len(header.values) < 2:
        first = view[slice(*lines[k])].strip() if k < len(lines) else ""
        if k + 1 < len(lines) and (_NAVIGATION.search(first) or _SITE_NAME.match(first) or _TITLE_ALONE.match(first)
                                   or _SECTION_LABEL.match(first)) \
                and depth < 4:  # (a law database prints the title above its 【】 labels)
            under = read_header(view, lines[k + 1:], depth + 1)  # a site's name and menus above the header
            if under.span is not None:  # the header under them (its lines counted from k + 1)
                under.next_line += k + 1
                if _NOTICE_ALONE.match(first) and "title" not in under.meta:  # the notice's title over it
                    at = lines[k][0] + view[slice(*lines[k])].find(first)
                    under.meta["title"], under.spans["title"] = first, (at, at + len(first))
                return under
        return Header(next_line=k)
    for key, value, span in header.values:
        if value and value not in ("-", "无", "/") and key not in header.meta:
            header.meta[key], header.spans[key] = value, span
    header.span = (lines[k][0], lines[j - 1][1] if j - 1 < len(lines) else len(view))
    header.next_line = j
    return header


def _table_row(text: str, start: int) -> list[tuple[str, str, tuple[int, int]]]:
    """| 发文字号 | 云工信规〔2024〕6号 | 发布日期 | 2024年11月20日 |: a table row of one or more
    key/value cell pairs (a site's metadata table has two pairs a row); [] when it is not one."""
    if not text.lstrip().startswith("|"):
        return []
    out = []
    cells = [(m.start(1), m.group(1)) for m in re.finditer(r"\|([^|]*)", text)]
    for (at, cell), (vat, value) in zip(cells, cells[1:]):
        key = META_KEYS.get(re.sub(r"\s+", "", cell).lower())
        if key and value.strip() and re.sub(r"\s+", "", value).lower() not in META_KEYS:
            v = value.strip().strip("\"'“”")
            off = start + vat + value.find(v)
            out.append((key, v, (off, off + len(v))))
    return out


def _bracket_pairs(text: str, start: int) -> list[tuple[str, str, tuple[int, int]]]:
    """[政策层级]区县级 [适用行业]汽车制造业: every bracketed label at the line's start and after it."""
    if not text.lstrip().startswith("["):
        return []
    out = []
    for m in _BRACKET_PAIR.finditer(text):
        v = m.group("value").strip()
        off = start + m.start("value") + m.group("value").find(v) if v else start + m.end()
        out.append((_key(m.group("key")), v, (off, off + len(v))))
    return out


# 文号：南人才办〔2024〕3号　　发布日期：2024-06-20: two labelled values on one line, set apart by spaces
# (one is enough before a known label and its colon: 发文部门：X局　发文字号：…)
_SPACED_PAIR = re.compile(rf"(?P<key>{_META_KEY})\s*:\s*(?P<value>\S(?:.*?\S)?)(?=[ \t\u3000]+(?:{_META_KEY})\s*:|\s*$)", re.I)


def _spaced_pairs(text: str, start: int) -> list[tuple[str, str, tuple[int, int]]]:
    pairs = list(_SPACED_PAIR.finditer(text))
    if len(pairs) < 2 or text[:pairs[0].start()].strip():
        return []
    return [(_key(m.group("key")), m.group("value"),
             (start + m.start("value"), start + m.end("value"))) for m in pairs]



def _tab_cells(text: str, start: int) -> list[tuple[str, str, tuple[int, int]]]:
    """索引号<TAB>000014349/2016-02144<TAB>发布机构<TAB>南宁市人民政府办公厅: a disclosure catalogue's
    table copied from a page, its cells set apart by tabs, keys and values alternating."""
    if "\t" not in text:
        return []
    cells = [(m.start(), m.group()) for m in re.finditer(r"[^\t]+", text) if m.group().strip()]
    if len(cells) % 2 or not all(re.sub(r"\s+", "", c).lower() in META_KEYS for _, c in cells[::2]):
        return []
    out = []
    for (_, key), (at, value) in zip(cells[::2], cells[1::2]):
        v = value.strip()
        off = start + at + value.find(v)
        out.append((_key(key), v, (off, off + len(v))))
    return out
