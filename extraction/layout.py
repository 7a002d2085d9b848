"""Split a decoded file into policy blocks: one policy, a scraped listing, or a compilation.

- compilation (extraction/compilations.py): a numbered list of policy titles with their dates
  (1 .《title》(自…施行,有效期至…)) then items each ending with the name of its source policy, or a
  table of contents (Title……page) over the policies printed whole;
- a notice that issues two policies, or forwards one and adds measures of its own: two blocks;
- listing: several title lines each followed by a long body, with site noise between them
  (separator lines, news headlines with dates, hotline and licence footers);
- single: everything else; a missing or partial title is inferred later.
All offsets are into the source text; the rules read the length-preserving matching view.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from .doc_numbers import DOC_NUMBER_LINE, DOC_NUMBER_TEXT
from .shell import Shell, lines_of
from .shell_parts import LEAD_AS_FOLLOWS
from .textview import squash, unspaced
from .title_lines import TYPE_WORDS

_TITLE_TAIL = rf"(?:{TYPE_WORDS})(?:\s*\((?:试行|修订|暂行|征求意见稿|草案|送审稿|节选|摘要|全文|第[一二三四五六七八九十\d]{{1,3}}[批版]|\d{{4}}\s*年(?:修订|版)?|\d{{4}}-\d{{4}}年?)\))?"
TITLE_TAIL = _TITLE_TAIL  # also what titles.py accepts as a complete title
TITLE_LINE = re.compile(rf"^\s*(?P<t>\S.{{3,70}}?{_TITLE_TAIL})\s*$")
# a repost's headline above the policy it reposts (【政策】重磅！X出台…（全文）), not a policy's title
_HEADLINE = re.compile(r"^\s*【[^】]{1,10}】|[!！]|重磅|速看|速览|一图读懂|图解")
_SEPARATOR = re.compile(r"^\s*[-–—_=*·.━─═]{1,40}\s*$")
_SITE_NOISE = re.compile(
    r"^\s*(?:\d{1,2}-\d{1,2}\s*-?|.*(?:客服热线|ICP备|版权所有|联系电话|当前的?位置|>>|首页\s*>|>\s*正文).*"
    r"|.*(?:\[字体\s*:|\[字号\s*:|\[打印|\[关闭|打印本页|关闭窗口).*"  # ([字体:大 中 小] 发布时间:… 分享到: a page's tools)
    r"|.*(?:上传者|上传时间|下载积分|下载次数)\s*:.*"  # (上传者：… 上传时间：… 页数：4页: a document-sharing site's labels)
    r"|(?:\[[^\]\n]{1,6}\]\s*){2,}"  # ([下载] [收藏] [举报]: its buttons)
    r"|[^。>]{1,24}(?:\s*>\s*[^。>]{1,12}){2,}"  # X政府 > 信息公开 > 公示公告: a breadcrumb
    # a WeChat article's byline and prompts: 原创 融媒体中心 X发布 2025年03月12日 18:30 内蒙古 / 👆点击上方蓝字 关注我们
    r"|(?:原创\s+)?[^。\n]{0,40}(?:19|20)\d{2}年\d{1,2}月\d{1,2}日\s+\d{1,2}:\d{2}[^。\n]{0,12}|.{0,6}点击[^。\n]{0,8}关注[^。\n]{0,10})\s*$")
_ADDRESS_TAG = re.compile(r"\[地址:(?P<addr>[^\]\n]{1,40})\](?:面议)?")
FILE_NAME = re.compile(r"^\s*\S+\.(?:docx?|pdf|txt|wps)\s*$", re.I)

_MIN_BODY = 60  # a news headline is followed by a date line, a policy title by its body
_CLAUSE_START = re.compile(r"^\s*(?:第\s*[一二三四五六七八九十百]+\s*[章条节]|[一二三四五六七八九十]+、|[(（][一二三四五六七八九十\d]+[)）]|\d+[.、])")


@dataclass
class Item:
    """One item of a compilation, already cut from its glued neighbours."""

    start: int
    end: int
    section: str | None


@dataclass
class PolicyBlock:
    start: int
    end: int
    body_start: int
    title: str | None = None
    title_start: int | None = None
    title_end: int | None = None
    address: str | None = None  # site metadata such as [地址:北京石景山区]
    collection_title: str | None = None  # the compilation a policy came from
    dates_text: str | None = None  # the compilation's date note for this policy
    items: list[Item] | None = None
    noise: list[tuple[int, int]] = field(default_factory=list)


@dataclass
class Layout:
    kind: str  # single, listing, compilation
    blocks: list[PolicyBlock]


def split_policies(view: str, shell: Shell | None = None) -> Layout:
    """Find the policies in a file's matching view: one policy when a shell (a notice, a
    metadata header) wraps it, else a compilation, a listing or a single policy."""
    from .compilations import by_contents, by_titles_and_numbers, numbered_compilation  # they build on this module's blocks

    contents = by_contents(view) or by_titles_and_numbers(view)  # a compilation, whatever wraps its first policy
    if contents:
        for block in contents:
            _drop_part_label(block)
        return Layout("compilation", contents)
    if shell is not None and shell.kind != "none":
        several = _several_in_notice(view, shell) or _notice_with_own_measures(view, shell)
        if several:
            return Layout(shell.kind, several)
        span = shell.title_span or (None, None)
        block = PolicyBlock(start=0, end=_end_before_explanation(view, shell.body_start), body_start=shell.body_start,
                            title=shell.title, title_start=span[0], title_end=span[1])
        rules = _attached_rules(view, block) if shell.kind == "notice" else None
        return Layout(shell.kind, [block, rules] if rules else [block])
    compilation = numbered_compilation(view)
    if compilation:
        return Layout("compilation", compilation)
    listing = _listing(view)
    if listing:
        return Layout("listing", listing)
    return Layout("single", [_single(view)])


# 第一部分　X若干政策: a compilation's part label before a policy's title
_PART_LABEL = re.compile(r"^第[一二三四五六七八九十]{1,3}(?:部分|篇|编)[ \t\u3000:]*")
# 附件 / X实施细则 after a policy whose notice sends its rules along (其实施细则作为附件一并印发)
_ATTACHED_RULES = re.compile(r"^[ \t\u3000]*附\s*件\s*\d{0,2}[ \t\u3000:]*\n(?:[ \t\u3000]*\n)*[ \t\u3000]*(?P<t>[^\n。]{6,80}?细则)[ \t\u3000]*$", re.M)


def _drop_part_label(block: PolicyBlock) -> None:
    if block.title and (m := _PART_LABEL.match(block.title)):
        block.title = block.title[m.end():]
        if block.title_start is not None:
            block.title_start += m.end()


def _attached_rules(view: str, block: PolicyBlock) -> PolicyBlock | None:
    """A policy's 实施细则 printed after it as an attachment (附件 / X实施细则) when its notice says it
    sends them (其实施细则…一并印发, 及其实施细则): a policy of its own from its title line on."""
    if not re.search(r"细则", view[:block.body_start]):
        return None
    m = _ATTACHED_RULES.search(view, block.body_start, block.end)
    if m is None or not title_like(m.group("t")):
        return None
    end, block.end = block.end, m.start()
    return PolicyBlock(start=m.start("t"), end=end, body_start=m.end(), title=m.group("t").strip(),
                       title_start=m.start("t"), title_end=m.end("t"))


def _several_in_notice(view: str, shell: Shell) -> list[PolicyBlock]:
    """关于印发《A》《B》的通知 followed by A and B, each under its own title line: two policies."""
    if shell.kind != "notice" or not shell.notice_title:
        return []
    # (a title a line end breaks inside the notice's own title is the same title)
    titles = list(dict.fromkeys(squash(t) for t in re.findall(r"《([^《》]{4,120})》", shell.notice_title)))
    named_in_title = len(titles) >= 2
    if not named_in_title:  # 关于印发A和B的通知 / 现将《A》《B》印发给你们: the notice text names them
        titles = list(dict.fromkeys(squash(t) for t in re.findall(r"《([^《》]{4,120})》", view[max(0, shell.body_start - 1500):shell.body_start])))
    starts: list[tuple[int, int]] = []
    kept: list[str] = []
    pos = max(0, shell.body_start - 200)
    lines = lines_of(view)
    for t in titles:
        found = next(((s, e) for s, e in lines if s >= pos and _unbracketed(view[s:e]) == _unbracketed(t)), None)
        if found is None:
            if named_in_title:
                return []
            continue  # the notice text cites other documents too (根据《…》): only the ones printed below count
        starts.append(found)
        kept.append(t)
        pos = found[1]
    titles = kept
    if len(titles) < 2:
        return []
    blocks = []
    for i, ((s, e), t) in enumerate(zip(starts, titles)):
        end = starts[i + 1][0] if i + 1 < len(starts) else len(view)
        nested = "〈" in t  # 《〈A〉实施细则》 in the notice's text: the title as its own line prints it, 《A》实施细则
        lead = len(view[s:e]) - len(view[s:e].lstrip(" #" if nested else " #《"))
        if nested:
            t = view[s + lead:e].rstrip()
        blocks.append(PolicyBlock(start=s, end=end, body_start=e, title=t, title_start=s + lead,
                                  title_end=s + lead + len(view[s + lead:e].rstrip(" " if nested else " 》"))))
    return blocks


def _unbracketed(title: str) -> str:
    """A title as compared with its mention: 《〈A〉实施细则》 in a notice's text is the line 《A》实施细则."""
    return re.sub(r"[《》〈〉<>#\s]", "", squash(title))


_OWN_ITEM = re.compile(r"^[ \t\u3000]*[一二三四五六七八九十]{1,2}、[^\n]{0,120}?(?:\d|[一二两三四五六七八九十百千])\s*(?:万|亿)?元", re.M)
_SIGNATURE_DATE = re.compile(r"^[ \t\u3000]*(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日[ \t\u3000]*$", re.M)


def _notice_with_own_measures(view: str, shell: Shell) -> list[PolicyBlock]:
    """关于转发《X》的通知 whose text adds measures of its own (提出以下补充措施：一、…二、…) before its
    signature: two policies, the notice's own (titled by the notice) and X printed after it."""
    if shell.kind != "notice" or shell.verb != "转发" or not shell.notice_title or not shell.title_span:
        return []
    notice_start = view.find(shell.notice_title[:8])
    title_line_end = view.find("\n", notice_start if notice_start >= 0 else shell.title_span[0])
    dates = [m for m in _SIGNATURE_DATE.finditer(view, max(0, title_line_end), shell.body_start)]
    if title_line_end < 0 or not dates:
        return []
    signed = dates[-1]
    items = list(_OWN_ITEM.finditer(view, title_line_end, signed.start()))
    if len(items) < 2:
        return []
    addressed = [m for m in re.finditer(r"^[^\n]{2,120}:[ \t\u3000]*$", view[:items[0].start()], re.M)
                 if m.start() > title_line_end]  # 各县市区人民政府，…: — the notice text follows
    body = addressed[-1].end() + 1 if addressed else title_line_end + 1
    return [PolicyBlock(start=max(0, notice_start), end=signed.end(), body_start=body, title=shell.notice_title,
                        title_start=notice_start, title_end=notice_start + len(shell.notice_title)),
            PolicyBlock(start=signed.end(), end=len(view), body_start=shell.body_start, title=shell.title,
                        title_start=shell.title_span[0], title_end=shell.title_span[1])]


# --- lines -----------------------------------------------------------------------------------

def _is_noise(line: str) -> bool:
    return bool(_SEPARATOR.match(line) or _SITE_NOISE.match(line) or FILE_NAME.match(line))


# --- listing ---------------------------------------------------------------------------------

def _listing(view: str) -> list[PolicyBlock]:
    lines = lines_of(view)
    starts = []
    entries: set[int] = set()  # 十二、X若干措施 over (宝政办发[2023]15号): a compilation's entry, a title
    for i, (s, e) in enumerate(lines):
        m = TITLE_LINE.match(view[s:e])
        if m and _CLAUSE_START.match(view[s:e]) and _numbered_in_compilation(view, lines, i):
            entries.add(i)
        elif not m or _CLAUSE_START.match(view[s:e]) or _HEADLINE.search(view[s:e]):
            continue  # 四、保障措施 is a heading, 【政策】重磅！…出台… a news headline: neither is a title
        nxt = next((j for j in range(i + 1, len(lines)) if view[slice(*lines[j])].strip()), None)
        if nxt is not None and (lines[nxt][1] - lines[nxt][0] >= _MIN_BODY or i in entries):
            starts.append(i)
    if len(starts) < 2:
        return []
    blocks = []
    for k, i in enumerate(starts):
        stop = starts[k + 1] if k + 1 < len(starts) else len(lines)
        last = i
        for j in range(i + 1, stop):
            text = view[slice(*lines[j])]
            if text.strip() and _is_noise(text):
                break
            if text.strip():
                last = j
        ts, te = lines[i]
        numbered = _CN_ENTRY.match(view[ts:te]) if i in entries else None
        title = TITLE_LINE.match(view[ts + numbered.end():te] if numbered else view[ts:te]).group("t")
        t_start = view.index(title, ts)
        block = PolicyBlock(start=ts, end=lines[last][1], body_start=lines[i + 1][0] if last > i else te,
                            title=title, title_start=t_start, title_end=t_start + len(title))
        _strip_body_head(view, block)
        blocks.append(block)
    return blocks


_CN_ENTRY = re.compile(r"\s*[一二三四五六七八九十]+、")
_NUMBER_UNDER = re.compile(rf"^\s*\(\s*{DOC_NUMBER_TEXT}")


def _numbered_in_compilation(view: str, lines: list[tuple[int, int]], i: int) -> bool:
    """十二、宝鸡市支持…若干措施 with (宝政办发[2023]15号) on the next line: a compilation's
    numbered entry, a policy's title, not a clause heading."""
    if not _CN_ENTRY.match(view[slice(*lines[i])]) or not TITLE_LINE.match(view[slice(*lines[i])]):
        return False
    nxt = next((j for j in range(i + 1, len(lines)) if view[slice(*lines[j])].strip()), None)
    return nxt is not None and bool(_NUMBER_UNDER.match(view[slice(*lines[nxt])]))


def _strip_body_head(view: str, block: PolicyBlock) -> None:
    """Drop an address tag and a repeated title from the start of a scraped body."""
    pos = block.body_start
    while pos < block.end and view[pos].isspace():
        pos += 1
    m = _ADDRESS_TAG.match(view, pos)
    if m:
        block.address = m.group("addr")
        block.noise.append((m.start(), m.end()))
        pos = m.end()
    # The scraped body often repeats the title, sometimes broken by spaces or in 《》.
    want = squash(block.title or "")
    if want:
        seen, j = "", pos
        while j < block.end and len(seen) < len(want) + 2:
            if not view[j].isspace() and view[j] not in "《》":
                seen += view[j]
            j += 1
            if seen == want:
                while j < block.end and view[j] in "》":
                    j += 1
                block.noise.append((pos, j))
                pos = j
                break
    block.body_start = pos


# --- single ----------------------------------------------------------------------------------

_BODY_START = re.compile(r"\s*(?:[●■◆▲★►•◇□♦✦☆◎][ \t\u3000]*)?(第.{1,4}[条项]|[一二三四五六七八九十]+、|[ⅠⅡⅢⅣⅤⅥⅦⅧⅨⅩⅪⅫ]、|[壹贰叁肆伍陆柒捌玖拾]{1,2}、|为|根据|按照|依据"
                         r"|\(\s?[一二三四五六七八九十ⅠⅡⅢⅣⅤⅥⅦⅧⅨⅩⅪⅫ]{1,3}\s?\)|[㈠㈡㈢㈣㈤㈥㈦㈧㈨㈩①②③④⑤⑥⑦⑧⑨⑩]"
                         r"|(?:\d{1,2}\s?[.、)]|\(\s?\d{1,2}\s?\))(?=[^\n]{0,60}[,。;]|\s*[\u4e00-\u9fa5]{4}[^\n]{0,16}\s*$))")
# (【文号】蓬府办规〔2025〕3号　【发布日期】2025-02-26: the labels in brackets)
_META_LINE = re.compile(r"^\s*\[?(?:发布日期|发布时间|信息来源|来源|浏览次数|点击数|日期|作者|字号|索\s*引\s*号|主题分类|发布机构|发文机关|成文日期"
                        r"|(?<=\[)(?:文号|发文字号))\s*(?:[:]|\])")
_SITE_SUFFIX = re.compile(rf"[ \t]*(?P<t>[^|｜丨>\s][^|｜丨>\n]*?{_TITLE_TAIL})[ \t]*(?:[|｜_—–-][ \t]*[^|｜_\n。]{{1,16}}?[ \t]*){{1,3}}$")


def _site_suffixed(text: str) -> re.Match | None:
    """X若干政策_上海_政策库: a line that is no title itself, but is one before the site's name after it."""
    suffixed = _SITE_SUFFIX.match(text)
    return suffixed if suffixed and not title_like(text) and title_like(squash(suffixed.group("t"))) else None


def _titled_line(text: str) -> bool:
    """A title line, maybe with its site after it."""
    return title_like(text) or _site_suffixed(text) is not None


_TITLE_TAIL_AT_END = re.compile(rf"{_TITLE_TAIL}\s*$")
_PREFIX = re.compile(r"^[^:。,]{2,40}:(?=\S{6,})")


def title_like(text: str) -> bool:
    """A line that reads as a document title: ends with its type word, no sentence in it."""
    t = text.strip()
    return (6 <= len(t) <= 100 and bool(_TITLE_TAIL_AT_END.search(t)) and "。" not in t and not _CLAUSE_START.match(t)
            and not _HEADLINE.search(t))


# (中共茶陵县委 茶陵县人民政府: the party committee and the government issuing together)
_ISSUER_UNIT = r"\S{2,24}?(?:人民政府|政府办公室|政府办公厅|办公室|办公厅|委员会|管委会|管理委员会|局|厅|委)"
_ISSUER_ABOVE = re.compile(rf"^\s*(?:{_ISSUER_UNIT}[ \t\u3000]+){{0,3}}{_ISSUER_UNIT}\s*$")
_ONE_ISSUER = re.compile(rf"^\s*{_ISSUER_UNIT}\s*$")  # (joint issuers over a title are the red header's, not the title's)


# the explanation printed after a draft or a policy: 关于《X》的起草说明 / 编制说明 / 政策解读 on a line of its own
_EXPLANATION = re.compile(r"^[ \t\u3000]*(?:(?:关于)?(?:《[^《》\n]{4,80}》)?的?(?:起草|编制|制定|修订)说明"
                          # 附件：政策问答 after the clauses: readers' questions about them, not clauses
                          r"|附(?:件\d{0,2})?[:：]?[ \t\u3000]*(?:政策)?(?:问答|解读|一问一答|热点问题解答))[ \t\u3000]*$", re.M)
# 相关解读： / 《X》政策解读 on a line of its own after the policy's clauses: the page's interpretation of them
_READING_AFTER = re.compile(r"^[ \t\u3000]*(?:相关(?:政策)?解读[:：]?|《[^《》\n]{4,80}》的?(?:政策)?(?:解读|问答))[ \t\u3000]*$", re.M)
def _end_before_explanation(view: str, body_start: int) -> int:
    """Where the policy ends: before an explanation printed after it (关于《X（征求意见稿）》的起草说明),
    which restates its measures but is not one; else at the end of the file."""
    explained = _EXPLANATION.search(view, body_start)
    end = explained.start() if explained else len(view)
    reading = _READING_AFTER.search(view, body_start, end)
    if reading and any(_CLAUSE_START.match(line) for line in view[body_start:reading.start()].split("\n")):
        return reading.start()  # (not the reading's own title on an interpretation page: no clause stands before it)
    return end


_LEAD_NAMES = re.compile(r"(?:印发|出台|发布|公布)了?《(?P<t>[^《》]{4,80})》")


def _single(view: str) -> PolicyBlock:
    lines = lines_of(view)
    head: list[tuple[int, int]] = []
    body_start = 0
    for s, e in lines:
        text = view[s:e]
        if not text.strip():
            continue
        if _is_noise(text) or _META_LINE.match(text) or DOC_NUMBER_LINE.match(text):
            continue
        if re.match(r"序\s?号(?:\s|$)", text.strip()):
            body_start = s  # a table of measures opens the body at its header (a space-aligned one has no punctuation)
            break
        if len(text.strip()) >= 40 and not re.search(r"[,;。:、]", text) and not _titled_line(text):
            continue  # a long line with no sentence in it: site keywords, a menu (not a title with its site after it)
        if LEAD_AS_FOLLOWS.search(text):
            head = []  # (a news page's headline over it, 海门区出台…若干政策, is not the policy's title)
            continue  # 近日，…印发《X》…。全文如下: a repost's lead, the policy (and its title) follow
        named = _LEAD_NAMES.search(text)
        if named and any(squash(view[s2:e2]).strip("#* ") == squash(named.group("t")) for s2, e2 in lines if s2 > s):
            continue  # 近日，…印发《X》，一起来看看👇: a lead naming the policy whose title line follows
        if not _titled_line(text) and (len(text.strip()) >= 40 or _BODY_START.match(text)):
            body_start = s
            break
        head.append((s, e))
    else:
        body_start = lines[-1][1] if lines else 0
    block = PolicyBlock(start=0, end=_end_before_explanation(view, body_start), body_start=body_start)
    if not head:
        return block
    # X若干政策 | 企业补贴申报网 / X办法（试行）_常州_政策法规库 / X措施-江苏政策汇: a page's <title>, the site after it
    for k, (s, e) in enumerate(head):
        if suffixed := _site_suffixed(view[s:e]):
            head[k] = (s, s + suffixed.end("t"))
    # a title line, else two adjacent lines that together end like one; after a site prefix (站名:)
    pairs = []
    for k in range(len(head)):  # 长春新区支持数字经济产业 / 高质量发展若干措施: the pair first
        first = unspaced(view[slice(*head[k])])
        # (not 重庆市渝北区人民政府 / 渝北区支持…措施, an issuer over its title, nor a menu 首页|机构概况|… over it)
        if k + 1 < len(head) and head[k + 1][0] == head[k][1] + 1 \
                and not _ISSUER_ABOVE.match(first) and not re.search(r"[|｜丨]", first):
            pairs.append((k, k + 1))
        pairs.append((k, k))
    for k, j in pairs:
        s, e = head[k]
        if title_like(squash(view[s:head[j][1]])) and (j == k or not title_like(view[s:e])):
            prefix = _PREFIX.match(view[s:e].strip())
            lead = len(view[s:e]) - len(view[s:e].lstrip()) + (prefix.end() if prefix else 0)
            block.title_start, block.title_end = s + lead, head[j][0] + len(view[slice(*head[j])].rstrip())
            if k > 0 and head[k - 1][1] + 1 == s and view[block.title_start:].startswith("关于") \
                    and _ONE_ISSUER.match(unspaced(view[slice(*head[k - 1])])) and view[:head[k - 1][0]].strip():
                # 新乡市人民政府文件 / 新政〔2024〕15号 / 新乡市人民政府 / 关于加快…的实施意见: under a red header
                # the issuer is the first line of the title (GB/T 9704); heading the page, it is the page's header
                p0 = head[k - 1][0]
                block.title_start = p0 + len(view[p0:head[k - 1][1]]) - len(view[p0:head[k - 1][1]].lstrip())
            block.title = squash(view[block.title_start:block.title_end])
            return block
    joined = "".join(view[s:e].strip() for s, e in head)
    block.title = joined
    first = head[0][0]
    block.title_start = first + (len(view[first:head[0][1]]) - len(view[first:head[0][1]].lstrip()))
    block.title_end = head[-1][0] + len(view[slice(*head[-1])].rstrip())
    return block
