"""Title lines: where a notice's title, the policy's 《X》 and its title line stand.

关于印发《X》的通知 (maybe after a site prefix, with a page's labels or a 文号 after it), the 《X》 the
notice text issues, and the line further down that spells X again. Read by the shell.
"""
from __future__ import annotations

import re

from .doc_numbers import DOC_NUMBER_TEXT, TRAILING_DOC_NUMBER
from .textview import squash

# what a policy's title ends with (…若干措施, …实施细则, …管理办法)
TYPE_WORDS = "措施|办法|细则|意见|政策|方案|规定|规划|通知|决定|条例|计划|指引|要点|公示|公告|指南|举措|纲要|清单|汇编|一览表|纪要|复函|批复"
# …的通知 发布时间:2025-04-21 来源:… (a listing page's labels) / …的通知 三政办发〔2025〕14号 各乡镇人民政府,…
# (a page that ran the notice into one line), …的通知 新政办发〔2024〕42号 at its line's end: what follows a
# notice title on its line
SITE_TAIL = re.compile(rf"\s+(?:(?:发布)?时间|发布日期|来源|阅读量|阅读次数|浏览次数)\s*:|(?<=通知|决定)\s+(?={DOC_NUMBER_TEXT}(?:\s|$))"
                        r"|(?<=通知|决定)\s*[_|－-]\s*[^_|\n。]{2,24}(?:\s*[_|－-]\s*[^_|\n。]{2,24}){0,3}\s*$")  # (…的通知_政策文件_X政府网: a page's <title>)
NOTICE_TITLE = re.compile(
    r"^(?P<issuer>.{0,60}?)关于(?P<verb>印发|转发|发布|废止|修订|修改|公布|下发|调整)?(?P<rest>.{2,160}?)的?(?:通知|决定|公告|通告|批复)$"
)
# 沈阳市稳增长惠民生若干政策举措的通知: a notice that prints X without 关于印发
BARE_NOTICE = re.compile(r"^(?P<issuer>)(?P<verb>)(?P<rest>.{4,80}?(?:措施|办法|细则|意见|政策|方案|规定|举措|计划|指引|指南))的通知$")
QUOTED = re.compile(r"《(?P<t>[^《》]{4,160}(?:《[^《》]{2,80}》[^《》]{0,80})?)》")
SITE_PREFIX = re.compile(r"^[^:]{2,40}[:](?=\S{6,})")


def strip_md(text: str) -> str:
    return re.sub(r"^\s*#{1,6}\s*", "", text).strip()


def quoted_in(view: str, s: int, e: int) -> tuple[str, tuple[int, int]] | None:
    m = QUOTED.search(view, s, e)
    return (m.group("t"), m.span("t")) if m else None


def issued_quote(view: str, s: int, e: int) -> tuple[str, tuple[int, int]] | None:
    """为贯彻落实《A》…，现将《B》印发给你们: the quote the notice issues (B), not the one it cites."""
    quotes = list(QUOTED.finditer(view, s, e))
    if len(quotes) < 2:
        return None
    issued = [q for q in quotes if re.match(r"\s*(?:\([^()]{2,30}\))?\s*(?:已经[^。,]{0,30}?)?[,，]?\s*(?:现)?(?:印发|转发)",
                                          view[q.end():q.end() + 40])]
    return (issued[0].group("t"), issued[0].span("t")) if issued else None


def notice_line(view: str, s: int, e: int) -> tuple[re.Match, int] | None:
    """A notice title on view[s:e] (after a markdown # or a site prefix): (match, offset)."""
    raw = view[s:e]
    lead = len(raw) - len(raw.lstrip(" #"))
    text = raw[lead:].rstrip()
    if not text.startswith(("各", "有关")):
        p = SITE_PREFIX.match(text)
        if p and "关于" in text[p.end():p.end() + 30]:
            lead, text = lead + p.end(), text[p.end():]
    site = SITE_TAIL.search(text)  # …的通知 发布时间:2025-04-21 来源:…: a listing page's labels after it
    if site:
        text = text[:site.start()]
    if len(text) > 200 or "。" in text:
        return None
    tail = TRAILING_DOC_NUMBER.search(text)  # …的通知（晋政文〔2024〕31号）
    if tail:
        text = text[:tail.start()]
    m = NOTICE_TITLE.match(squash(text)) or BARE_NOTICE.match(squash(text))  # squashed: pinyin is blanked
    return (m, s + lead) if m else None


def title_run_on(view: str, s: int, e: int, wanted: tuple[str, tuple[int, int]]) -> tuple[int, int] | None:
    """Where the policy's title stands again later on the line of the notice text (岚管综〔2024〕56号 各片区…：
    现将《X》印发给你们。… 2024年8月30日 X 为深入贯彻…: a page ran notice, signature and title into one line)."""
    title, (_, quoted_end) = wanted
    at = view.find(title, max(s, quoted_end), e)
    return (at, at + len(title)) if at > 0 and view[at - 1] != "《" else None


def title_starts(view: str, lines: list[tuple[int, int]], k: int, wanted: str) -> bool:
    """Line k (with up to three following lines) spells the title, maybe with 《》 or (试行) around."""
    want = re.sub(r"[《》]", "", squash(wanted))
    got = ""
    for s, e in lines[k:k + 4]:
        text = re.sub(r"[《》]", "", squash(strip_md(view[s:e])))
        if not text:
            continue
        got += text
        if got == want or (got.startswith(want) and len(got) - len(want) <= 6 and re.fullmatch(r"\([^()]{2,5}\)", got[len(want):] or "()")):
            return True
        if not want.startswith(got):
            return False
    return False


def title_end(view: str, lines: list[tuple[int, int]], k: int, wanted: str) -> int:
    want = re.sub(r"[《》]", "", squash(wanted))
    got = ""
    for j in range(k, min(k + 4, len(lines))):
        got += re.sub(r"[《》]", "", squash(strip_md(view[slice(*lines[j])])))
        if len(got) >= len(want):
            return j
    return k
