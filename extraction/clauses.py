"""Numbered clauses of a policy body, nested (which of them are measures: measures.py).

Numbering styles and their conventional rank (GB/T 9704 order, with 第X条 articles allowed
inside 一、 sections and around (一)/1. items):
  第X章 > 第X节 > 一、 (Ⅰ、) > 第X条 (第X项) > (一) ((Ⅰ), ㈠) > 1. (1)) > 1.1 > (1) > ① (at a line start).
A marker counts only at a clause boundary (start, white space, 。;:) or ]) and only when its
number continues its style (n+1) or restarts it (1).
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

from .textview import cn_to_int, squash

_CN = "一二三四五六七八九十百零〇"
_FIN = "壹贰叁肆伍陆柒捌玖拾"
# what may follow a decorating bullet: another marker (一、 / 壹、 / 第一条 / (一) / 1.)
_MARKER_AHEAD = r"(?:[一二三四五六七八九十壹贰叁肆伍陆柒捌玖拾]{1,3}、|第[一二三四五六七八九十百]+[章节条]|[(（][一二三四五六七八九十\d]{1,3}[)）]|\d{1,2}[.、．])"
_BOUNDARY = " \t\n\r\u3000。;:)]”\"』」—-"


@dataclass(frozen=True)
class Style:
    name: str
    rank: float  # 1.1 sits between 1. and (1): 4.5
    pattern: re.Pattern
    label: str  # how the number is written back: {n}


STYLES = (
    Style("chapter", 0, re.compile(rf"第\s*([{_CN}]{{1,4}})\s*章"), "第{n}章"),
    Style("section", 0.5, re.compile(rf"第\s*([{_CN}]{{1,4}})\s*节(?=[ \t\u3000]*[\u4e00-\u9fa5]{{2,20}}[ \t\u3000]*\n)"), "第{n}节"),  # 第二节 创新研发
    Style("cn", 1, re.compile(r"([一二三四五六七八九十]{1,3})[ \u3000]?、"), "{n}"),  # (一 、 in a letter-spaced heading)
    Style("article", 2, re.compile(rf"第([{_CN}\s]{{1,6}}?|[\d\s]{{1,5}}?)条(?!规定|第|款|至)"), "第{n}条"),
    Style("item", 2, re.compile(rf"第([{_CN}]{{1,4}})项(?![目下中])"), "第{n}项"),  # 第一项 支持…
    Style("roman", 1, re.compile(r"([ⅠⅡⅢⅣⅤⅥⅦⅧⅨⅩⅪⅫ])、"), "{n}"),  # Ⅰ、 as 一、
    Style("ordinal", 1, re.compile(r"第([一二三四五六七八九十]{1,3})、"), "第{n}、"),  # 第一、第二、 as 一、
    Style("qi", 3, re.compile(r"其([一二三四五六七八九十]{1,2})、"), "其{n}、"),  # 其一、其二、 as (一)
    Style("pnum_char", 5, re.compile(r"([⑴⑵⑶⑷⑸⑹⑺⑻⑼⑽⑾⑿⒀⒁⒂⒃⒄⒅⒆⒇])"), "{n}"),  # ⑴ as (1)
    Style("num_char", 4, re.compile(r"([⒈⒉⒊⒋⒌⒍⒎⒏⒐⒑⒒⒓⒔⒕⒖⒗⒘⒙⒚⒛])"), "{n}"),  # ⒈ as 1.
    Style("cn_fin", 1, re.compile(r"([壹贰叁肆伍陆柒捌玖拾]{1,2})、"), "{n}"),  # 壹、贰、 (financial numerals) as 一、
    # ● 落户奖励。… / ▲ … ★ …: a bullet at a line start marks an item (its number is the bullet);
    # · under them a sub-item. A bullet before another marker (■ 一、…) only decorates that marker.
    Style("bullet", 6.5, re.compile(rf"(?:(?<=\n)|^)[ \t\u3000]*([●■◆▲★►•◇□♦✦✓✔☆◎])(?![ \t\u3000]*{_MARKER_AHEAD})(?=[ \t\u3000]*[^\d\s·])"), "{n}"),
    Style("sub_bullet", 6.8, re.compile(rf"(?:(?<=\n)|^)[ \t\u3000]*([·∙])(?![ \t\u3000]*{_MARKER_AHEAD})(?=[ \t\u3000]*[^\d\s·])"), "{n}"),  # (not ·32·, a page number)
    Style("proman", 3, re.compile(r"\(([ⅠⅡⅢⅣⅤⅥⅦⅧⅨⅩⅪⅫ])\)"), "({n})"),  # (Ⅰ) as (一)
    Style("pcn_char", 3, re.compile(r"([㈠㈡㈢㈣㈤㈥㈦㈧㈨㈩])"), "{n}"),  # ㈠ as (一)
    Style("pcn", 3, re.compile(r"\(([一二三四五六七八九十]{1,3})\)"), "({n})"),
    # 1. / 1、, and 1<TAB> at a line start: a 序号 | 政策措施 | 责任单位 table flattened by a PDF copy
    Style("num", 4, re.compile(r"(\d{1,2})(?:\s?[.、](?![\d.])|(?<=\n\d)\t|(?<=\n\d\d)\t)"), "{n}"),
    Style("num_paren", 4, re.compile(r"(\d{1,2})\)"), "{n}"),  # 1) (a closing bracket alone), as 1.
    # | 1 | 支持技术改造 | 对…给予补助 | 市工信局 |: a markdown table of measures, one row each
    Style("table_row", 4, re.compile(r"(?<![^\n])\|\s*(\d{1,2})\s*\|"), "{n}"),
    # 序号 / 政策事项 / 支持标准 / 责任单位, then 1 / 技术改造奖补 / 对… / 市经信局: a table a copy flattened one
    # cell a line, each row opened by its 序号 alone on a line (only under such a header: _markers)
    Style("cell_row", 4, re.compile(r"(?:(?<=\n)|^)[ \t\u3000]*(\d{1,3})[ \t\u3000]*(?=\n)"), "{n}"),
    # 序号   奖补事项   标准   科室 / 1    技术改造奖补   对…: a table a PDF copy laid out in columns of spaces
    Style("column_row", 4, re.compile(r"(?:(?<=\n)|^)[ \t\u3000]*(\d{1,3})(?=[ \t\u3000]{2,}[^\s\d])"), "{n}"),
    Style("pnum", 5, re.compile(r"\((\d{1,2})\)"), "({n})"),
    # 1.1 / 1.2 under 1., at a line start (a decimal sub-item: the number after the point counts;
    # elsewhere 1:0.3 and 2.5万元 are numbers)
    Style("decimal", 4.5, re.compile(r"(?:(?<=\n)|(?<=^))[ \t\u3000]*(\d{1,2})\.(\d{1,2})(?=[ \t\u3000]|[\u4e00-\u9fa5])"),
          "{a}.{n}"),
    # ①②: sub-items, at the start of a line only (inline ①…②… are tiers within one clause)
    # 一是…，二是…，三是…: items inside one paragraph, after a comma, semicolon or full stop
    Style("shi", 7, re.compile(r"([一二三四五六七八九十])是(?=[^,。;]{4})"), "{n}是"),
    Style("circled", 6, re.compile(r"(?:(?<=\n)|(?<=^))[ \t\u3000]*([①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳])"), "{n}"),
)
_CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳"
_PAREN_NUM = "⑴⑵⑶⑷⑸⑹⑺⑻⑼⑽⑾⑿⒀⒁⒂⒃⒄⒅⒆⒇"
_ROMAN = "ⅠⅡⅢⅣⅤⅥⅦⅧⅨⅩⅪⅫ"
# a heading a copy glued to the first clause under it, on one line with no stop between:
# 第二章 支持企业做大第三条 … (article after chapter), 一、扩大有效投资(一)支持设备更新。… (item after section)
_GLUED_AFTER = {
    "article": re.compile(rf"[ \t\u3000]*第[{_CN}]{{1,4}}章[^\n。]{{1,30}}"),
    "pcn": re.compile(r"[ \t\u3000]*[一二三四五六七八九十]{1,3}、[^\n。;:,(]{2,30}(?<!第)"),  # (not 第三条第(一)项)
}
_GLUED_AFTER["pnum"] = _GLUED_AFTER["pcn"]  # 一、做优茶产业(1)茶园提质改造。…
# 牵头单位:市生态环境局;配合单位:市财政局2.对实施…: the next clause glued to the units its predecessor ends with
_AFTER_UNITS = re.compile(r"(?<=单位:|部门:)[ \t\u3000]*[^\n。;:()]{2,40}?(?:局|委|办|中心|政府|管委会|委员会)")
# 第三条 总部企业扶持(一)落户奖励。…: an article's heading glued to its first item, on the article's
# line or (a one-line page cut at its spaces) on the line under the one its marker ends
_ARTICLE_HEADING = re.compile(rf"[ \t\u3000]*(?:第[{_CN}]{{1,4}}条[ \t\u3000]*)?[^\n。;:,()、]{{2,16}}")
_ARTICLE_ENDS = re.compile(rf"(?:^|[。;:\s])第[{_CN}]{{1,4}}条[ \t\u3000]*$")
_PAREN_CN = "㈠㈡㈢㈣㈤㈥㈦㈧㈨㈩"
_NUM_STOP = "⒈⒉⒊⒋⒌⒍⒎⒏⒐⒑⒒⒓⒔⒕⒖⒗⒘⒙⒚⒛"
_AFTER_CITATION = re.compile(r"(?:》|号\))\s*$")  # 《X》(…号)第三条: an article of the cited document


@dataclass
class Clause:
    style: str
    rank: float
    number: str  # as written, normalised: 第十三条, (一), 1
    value: int
    start: int  # marker start
    body: int  # first character after the marker
    end: int = 0
    children: list["Clause"] = field(default_factory=list)
    parent: "Clause | None" = None
    heading: str | None = None

    @property
    def path(self) -> str:
        parts, node = [], self
        while node is not None:
            parts.append(node.number)
            node = node.parent
        return "/".join(reversed(parts))

    def own_end(self) -> int:
        return self.children[0].start if self.children else self.end


_KEY_HEADER = re.compile(r"(?:(?<=\n)|^)[ \t\u3000]*序\s*号[ \t\u3000]*\n(?:[ \t\u3000]*[\u4e00-\u9fa5]{2,8}[ \t\u3000]*\n){2,7}")


_COLUMN_HEADER = re.compile(r"(?:(?<=\n)|^)[ \t\u3000]*序\s?号(?:[ \t\u3000]{2,}[\u4e00-\u9fa5]{2,10}){2,}[ \t\u3000]*\n")
# 序号 兑现事项 兑现标准 对应条款 责任部门: the header's columns one space apart, and so its rows' (1 企业上规模)
_SPACED_HEADER = re.compile(r"(?:(?<=\n)|^)[ \t\u3000]*序\s?号(?:[ \t\u3000][\u4e00-\u9fa5]{2,10}){3,}[ \t\u3000]*\n")
_ITEM_CITED = re.compile(r"\s*第\s*[(（]?[一二三四五六七八九十\d]{1,3}[)）]?\s*[项款]")  # (第二条)第(一)项
_AMENDED = re.compile(r"\s*(?:(?:修改|调整|修订)为|中的?[“\"]|删去|删除)")
_CELLS_AFTER = re.compile(r"(?:[ \t\u3000]+[\u4e00-\u9fa5、]{2,12}){2,}[ \t\u3000]*")
_SPACED_ROW = re.compile(r"(?:(?<=\n)|^)[ \t\u3000]*(\d{1,3})(?=[ \t\u3000][\u4e00-\u9fa5])")


# ① Ⅰ ⑴ ㈠: a number written as one character
_ONE_CHAR = {c: i + 1 for digits in (_CIRCLED, _ROMAN, _PAREN_NUM, _PAREN_CN, _NUM_STOP) for i, c in enumerate(digits)}


def _value(raw: str) -> int | None:
    """A marker's number: 3, 十二, ⑶, Ⅲ, 拾贰 -> 3, 12, 3, 3, 12."""
    if raw in _ONE_CHAR:
        return _ONE_CHAR[raw]
    if raw[0] in _FIN and raw[-1] in _FIN and len(raw) <= 2:  # 壹 … 拾, 拾壹 … 拾玖, 贰拾
        return _FIN.index(raw[-1]) + 1 + 10 * (len(raw) - 1)
    return int(raw) if raw.isdigit() else cn_to_int(raw)


def _line_end(view: str, at: int) -> int:
    e = view.find("\n", at)
    return len(view) if e < 0 else e


def _inside_a_row(view: str, at: int) -> bool:
    """`at` stands in a markdown table row's line past its first cell (| 4 | X | …1. … |): a row
    is one clause, what its cells number is inside it."""
    line_start = view.rfind("\n", 0, at) + 1
    head = view[line_start:at]
    return head.lstrip().startswith("|") and head.count("|") >= 2 and view.find("|", at, _line_end(view, at)) >= 0


def _markers(view: str, start: int, end: int) -> list[Clause]:
    found = []
    counts: dict[str, int] = {}
    # a table's rows are clauses only under its header: (header, the style of its rows)
    # (looked for a little before the body too: a body may open right under its table's header)
    before = max(0, view.rfind("\n", 0, max(0, start - 1)) + 1)
    headers = {"cell_row": _KEY_HEADER.search(view, before, end), "column_row": _COLUMN_HEADER.search(view, before, end)}
    spaced = headers["column_row"] is None and _SPACED_HEADER.search(view, before, end)
    if spaced:
        headers["column_row"] = spaced
    for style in STYLES:
        header = headers.get(style.name, False)
        if header is None:
            continue
        pattern = _SPACED_ROW if spaced and style.name == "column_row" else style.pattern
        for m in pattern.finditer(view, max(start, header.end()) if header else start, end):
            if style.name in ("article", "item") and _AFTER_CITATION.search(view, max(start, m.start() - 3), m.start()):
                continue  # 《X》(…号)第三条: an article of a cited document, not a clause of this one
            glued = _GLUED_AFTER.get(style.name)
            if m.start() > start and view[m.start() - 1] not in (_BOUNDARY + ",;" if style.name == "shi" else _BOUNDARY) \
                    and unicodedata.category(view[m.start() - 1]) != "So" \
                    and not (glued and glued.fullmatch(view, _sentence_start(view, start, m.start()), m.start())) \
                    and not _AFTER_UNITS.fullmatch(view, _sentence_start(view, start, m.start()), m.start()) \
                    and not (style.name == "pcn" and _after_article_heading(view, start, m.start())):
                continue
            if m.start() - 2 >= start and view[m.start() - 1] in '"“' and view[m.start() - 2] in ":为":
                continue  # 调整为:"(一)对…": an article quoted by an amending item, not a clause of this text
            if style.name == "article" and _ITEM_CITED.match(view, m.end()):
                continue  # 第二条第(一)项 in a table's 对应条款 cell: an article cited, not a clause
            if style.name == "article" and _AMENDED.match(view, m.end()):
                continue  # (一)第六条修改为:"…": the article an amending item rewrites, not a clause of this text
            if style.name == "article" and headers["column_row"] and m.start() > headers["column_row"].start() \
                    and _CELLS_AFTER.fullmatch(view, m.end(), _line_end(view, m.end())):
                continue  # 第四条 经济发展局 免申即享: the 对应条款 cell of a table's row, cells after it
            if style.name != "table_row" and _inside_a_row(view, m.start()):
                continue  # | 4 | 场景应用 | …按以下标准给予补助:<br>1. 示范类…: tiers inside a markdown row's cell
            if view[max(start, m.start() - 6):m.start()].rstrip().endswith("第"):
                continue  # 与本措施第\n(一)项、第(三)项不重复享受: items cited, a line end before one of them
            raw = m.group(m.lastindex or 1)  # 1.2: the number after the point
            if style.name in ("bullet", "sub_bullet"):
                counts[style.name] = counts.get(style.name, 0) + 1  # a bullet always continues its run
                value = counts[style.name]
            else:
                value = _value(raw)
            if not value:
                continue
            number = style.label.format(n=re.sub(r"\s+", "", raw), a=m.group(1))
            found.append(Clause(style.name, style.rank, number, value, m.start(), m.end()))
    found.sort(key=lambda c: (c.start, c.rank))
    return found


_ATTACHMENT = re.compile(r"(?:(?<=\n)|^)[ \t\u3000]*附\s*件\s*\d{0,2}\s*[:：]?[ \t\u3000]*(?=\n)")


def parse_clauses(view: str, start: int, end: int) -> list[Clause]:
    """The clause forest of view[start:end], each clause with end offsets and headings."""
    last: dict[str, int] = {}
    accepted: list[Clause] = []
    taken_until = -1
    for c in _markers(view, start, end):
        if c.start < taken_until:
            continue
        # A number must start (1) or continue (n+1) its style; chapters are trusted as they are,
        # since files often lose their first chapters upstream (a text that opens at 第四章).
        # Articles too may open mid-way (第八条 first); other styles must start at 1.
        opens_midway = c.style == "article" and c.style not in last
        if c.style != "chapter" and not opens_midway and c.value != 1 and c.value != last.get(c.style, 0) + 1:
            continue
        last[c.style] = c.value
        accepted.append(c)
        taken_until = c.body
    # 第三条 扶持措施 一、… 七、… 第四条 …: items numbered 一、 inside an article, articles resuming
    # after them, rank below the articles in this document (elsewhere 一、 sections hold 第X条)
    first_cn = next((c.start for c in accepted if c.style == "cn"), None)
    if first_cn is not None and any(c.style == "article" and c.start < first_cn for c in accepted) \
            and any(c.style == "article" and c.start > first_cn for c in accepted):
        for c in accepted:
            if c.style == "cn":
                c.rank = 2.5
    # 附件 / 江门市…奖励标准表 after the last article: what follows is not inside that article
    # (a 分工表 attachment only says who does what for the clauses above: nothing of it is a clause)
    attachments = [m.start() for m in _ATTACHMENT.finditer(view, start, end)
                   if "分工" not in view[m.end():m.end() + 80]]
    roots: list[Clause] = []
    stack: list[Clause] = []
    for c in accepted:
        while stack and stack[-1].rank >= c.rank:
            stack.pop()
        if stack and any(stack[-1].start < a < c.start for a in attachments):
            stack.clear()
        if stack:
            c.parent = stack[-1]
            stack[-1].children.append(c)
        else:
            roots.append(c)
        stack.append(c)
    for i, c in enumerate(accepted):
        nxt = next((d for d in accepted[i + 1:] if d.rank <= c.rank or d.parent is None and c.parent is None), None)
        stop = min([nxt.start if nxt else end] + [a for a in attachments if a > c.start])
        c.end = _rstrip(view, c.start, stop)
        c.heading = heading_of(view, c.body, c.own_end())
    return roots


def paragraph_clauses(view: str, start: int, end: int) -> list[Clause]:
    """A body with no numbered clause at all (支持重大项目招引。对新引进的… / 鼓励企业扩大产能。…):
    each paragraph is a clause of its own, numbered ¶1, ¶2… in its path (no marker is written)."""
    out: list[Clause] = []
    for m in re.finditer(r"[^\n]+", view[start:end]):
        text = m.group(0)
        if len(text.strip()) < 8:
            continue
        lead = len(text) - len(text.lstrip())
        s, e = start + m.start() + lead, start + m.end()
        c = Clause("para", 9, f"¶{len(out) + 1}", len(out) + 1, s, s, _rstrip(view, s, e))
        c.heading = heading_of(view, s, c.end)
        out.append(c)
    return out if len(out) >= 2 else []


def _rstrip(view: str, start: int, end: int) -> int:
    while end > start and view[end - 1].isspace():
        end -= 1
    return end


_HEAD_STOP = re.compile(r"。|\n|\s{1,}(?=\S)")
# 强化 组织 保障。建立…: a Word export spaces the words of a heading; the full stop ends it
_SPACED_HEAD = re.compile(r"(?:[\u4e00-\u9fff]{1,6}[ \t\u3000]){1,5}[\u4e00-\u9fff]{1,6}(?=。)")


def heading_of(view: str, start: int, end: int) -> str | None:
    """The short title after a clause number: up to the first 。, line break or gap."""
    while start < end and view[start].isspace():
        start += 1
    paren = re.compile(r"\(([^()\n]{2,16})\)").match(view, start, end)
    if paren:  # 第一条（目的和依据）
        return paren.group(1)
    spaced = _SPACED_HEAD.match(view, start, end)
    if spaced and len(squash(spaced.group(0))) <= 16:
        return squash(spaced.group(0))
    m = _HEAD_STOP.search(view, start, end)
    stop = m.start() if m else end
    head = view[start:stop].strip()
    if stop < end and view[stop] == "\n" and re.fullmatch(r"[^;；:：]{2,12}[:：]", head):
        head = head[:-1]  # 第四条　入库程序：\n1.… : a heading its items follow on the next lines
    if not 2 <= len(head) <= 40 or re.search(r"[;；:：]|给予|予以|万元|%", head):
        return None  # a sentence that happens to be short, not a heading
    if len(head) > 24 and re.search(r"[,，]", head):
        return None
    return head


def leaves(roots: list[Clause]) -> list[Clause]:
    out: list[Clause] = []

    def walk(c: Clause) -> None:
        if not c.children:
            out.append(c)
        for child in c.children:
            walk(child)

    for r in roots:
        walk(r)
    return out


_TAIL = re.compile(
    r"(?:(?<=\s)|(?<=。))(?:以上措施|本(?:政策措施|若干措施|措施|政策|办法|细则|实施细则|意见|方案|规定))"
    r"(?:系|自|由|适用|所|涉及|中所称|有效期|从|按|与(?=[^。]{0,16}(?:就高|从高|从优|不重复)))"  # (本措施与市级政策就高不重复享受)
)


def cut_tail(view: str, start: int, end: int) -> int:
    """End of a measure before a closing paragraph glued to it (本措施自…施行); a markdown row ends
    with its line (the table's closing paragraph under its last row is no part of it)."""
    if view[start:end].lstrip().startswith("|"):
        rows_end = start
        for line in re.finditer(r"[^\n]+", view[start:end]):  # (|  | (1)… | 奖励50万元 |: the row's own sub-rows)
            if not line.group(0).strip():
                continue
            if not line.group(0).lstrip().startswith("|"):
                return _rstrip(view, start, rows_end)
            rows_end = start + line.end()
    first_stop = view.find("。", start, end)
    m = _TAIL.search(view, first_stop + 1 if first_stop >= 0 else end, end)
    return _rstrip(view, start, m.start()) if m else end


def _sentence_start(view: str, start: int, at: int) -> int:
    """Where the line or sentence holding `at` begins (after a line end or a 。;:) before it): a heading
    glued to its first item may follow a stop on a page that ran the whole text into one line
    (…制定如下措施。一、支持企业扩能增效(一)支持技术改造。…)."""
    return max(start, view.rfind("\n", 0, at) + 1, *(view.rfind(c, 0, at) + 1 for c in "。;:)"))


def _after_article_heading(view: str, start: int, at: int) -> bool:
    """(一) at `at` right after an article's heading: 第三条 总部企业扶持(一)…, or 总部企业扶持(一)… on
    the line under one that ends with its 第三条."""
    line = max(start, view.rfind("\n", 0, at) + 1)
    if not _ARTICLE_HEADING.fullmatch(view, line, at):
        return False
    if re.match(rf"[ \t\u3000]*第[{_CN}]{{1,4}}条", view[line:at]):
        return True
    above = view.rfind("\n", 0, max(0, line - 1)) + 1
    return line > start and bool(_ARTICLE_ENDS.search(view[above:line - 1]))
