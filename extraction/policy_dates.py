"""When a policy is in force: 自2023年8月25日起施行, 自印发之日起30日后施行, 有效期三年, 有效期至…,
a period from one date to another, and a page's 有效期 label. Read by the policy-facts component."""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from .textview import cn_to_int

_CN_NUM = {"一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10}
DATE = r"(?P<y>\d{4})\s*年\s*(?P<m>\d{1,2})\s*月\s*(?P<d>\d{1,2})\s*日"
_EFFECTIVE_DATE = re.compile(rf"(?:自|从)?\s*{DATE}\s*(?:起)?\s*(?:正式)?(?:施行|实施|执行|试行|起施行|停止执行|不再执行|废止)")
# …经区政府常务会议审议通过，于2021年3月26日印发实施: an interpretation dating its policy, read when the
# text names no other start (not …印发实施以来, an older policy's history)
_LABELLED_START = re.compile(rf"(?:施行|实施|生效|执行)日期\s*:\s*{DATE}")
_ISSUED_IN_FORCE = re.compile(rf"于\s*{DATE}\s*(?:正式)?(?:印发|发布)并?(?:施行|实施)(?!以来)")
_EFFECTIVE_ISSUE = re.compile(r"自(?:本(?:通知|决定|办法|措施|政策|细则|意见))?(?:印发|发布|公布|修订|颁布)之日(?:起)?\s*(?:(?P<days>\d{1,3})\s*日后)?\s*(?:正式)?(?:施行|实施|试行|起施行|执行|停止执行|废止|失效)")
# (截至2024年12月31日的文件 is a cut-off, 2024年7月1日至2025年6月30日期间 a window: neither is an end date)
_EXPIRES_DATE = re.compile(rf"(?:(?:有效期至|有效期到|施行至|实施至|执行至|有效期截至|(?<!截)至)|(?<=于)(?=\d{{4}}\s*年\s*\d{{1,2}}\s*月\s*\d{{1,2}}\s*日\s*(?:截止|失效|废止)))[ \t\u3000]*{DATE}(?!\s*(?:期间|之间))\s*(?:止|截止|失效|废止)?")
# 执行期限为2024年1月1日至2026年12月31日 / 有效期为2024年1月1日—2025年12月31日: a period from one date to another
_EXTENDED_TO = re.compile(rf"(?:有效期|执行期|实施期)?延长至{DATE}")
# the second date of a period (its end), named apart from DATE
_END_DATE = r"(?P<y2>\d{4})\s*年\s*(?P<m2>\d{1,2})\s*月\s*(?P<d2>\d{1,2})\s*日"
_PERIOD = re.compile(rf"(?:有效期|执行期|执行期限|实施期|实施期限|施行期|政策期限|试行期)(?:限)?(?:为|是|:)?\s*(?:自|从)?\s*{DATE}\s*(?:起)?\s*(?:至|到|—|-|~|－|–)+\s*"
                     rf"{_END_DATE}")
# 本办法自2024年1月1日至2026年12月31日施行 / 有效期三年，自2024年1月1日至2026年12月31日: a period with no
# label of its own, read when the policy's validity frames it (not 对自…至…新认定的, an item's window)
_FROM_TO = re.compile(rf"自\s*{DATE}\s*(?:起)?\s*(?:至|到)\s*{_END_DATE}"
                      r"\s*(?:止)?(?P<verb>\s*(?:施行|实施|执行|试行|有效))?")
_FRAMES_VALIDITY = re.compile(r"(?:有效期|期限|本(?:办法|政策|措施|细则|通知|意见|规定|方案))[^。;；]{0,12}$")
_VALIDITY = re.compile(r"(?:有效期|试行期|施行期|实施期|执行期|试行)(?:限)?(?:为)?\s*(?P<n>\d{1,2}|[一二两三四五六七八九十])\s*年|施行(?P<n2>[一二两三四五六七八九十]|\d{1,2})年")
# 本细则…与《政策》同时施行: in force from the day the policy it implements is (read by the component,
# which knows the file's other policies)
IN_FORCE_WITH = re.compile(r"与《[^《》]{1,60}》(?:同时|同步|一并)(?:施行|实施|执行)")
# 申报时间：2025年8月6日至2025年9月5日，逾期不予受理: an application window, not the policy's end
_APPLICATION_WINDOW = re.compile(r"(?:申报|受理|报送|提交|征集)(?:时间|期限|日期|截止)")


def iso(m: re.Match) -> str | None:
    try:
        return dt.date(int(m.group("y")), int(m.group("m")), int(m.group("d"))).isoformat()
    except ValueError:
        return None


@dataclass
class Dates:
    effective_from: str | None = None
    expires_on: str | None = None
    effective_rule: str | None = None
    validity_years: float | None = None


_LINE_BREAK = re.compile(r"[ \t\u3000]*\n\s*")
# 自发 布之日起施行: a blank between two characters (the view blanks a repost's pinyin, 發(fā)布) breaks no word
_CJK_GAP = re.compile(r"(?<=[\u4e00-\u9fff])[ \t\u3000]+(?=[\u4e00-\u9fff])")
# 自二〇二六年一月一日起施行 / 有效期至二〇二八年十二月三十一日: a date in Chinese numerals
_CN_DATE = re.compile(r"(?P<y>[〇零一二三四五六七八九]{4})\s*年\s*(?P<m>[一二三四五六七八九十]{1,2})\s*月\s*(?P<d>[一二三四五六七八九十]{1,3})\s*日")


def _arabic_dates(text: str) -> str:
    """Dates in Chinese numerals written in Arabic figures, for the date rules that read them."""
    def arabic(m: re.Match) -> str:
        year = "".join("0" if c in "〇零" else str(cn_to_int(c)) for c in m.group("y"))
        return f"{year}年{cn_to_int(m.group('m'))}月{cn_to_int(m.group('d'))}日"
    return _CN_DATE.sub(arabic, text) if "年" in text else text


_QUOTED_WORDS = re.compile(r"[“\"][^“”\"\n]{1,60}[”\"]")


def dates_in(text: str, issued: str | None = None) -> Dates:
    """自2023年8月25日起施行,有效期至2026年12月31日 / 自印发之日起30日后施行,有效期三年.

    `issued` is the notice's date (its signature or metadata): 自印发之日起 takes it. Line breaks
    are read through (a PDF copy breaks 有效\n期3年 anywhere)."""
    out = Dates()
    text = _arabic_dates(_CJK_GAP.sub("", _LINE_BREAK.sub("", text)))
    # 将第十七条中的"有效期五年"修改为"有效期至2028年12月31日": dates quoted from the text an item amends
    text = _QUOTED_WORDS.sub(lambda m: " " * len(m.group(0)), text)
    period = _PERIOD.search(text) or next(
        (x for x in _FROM_TO.finditer(text)
         if x.group("verb") or _FRAMES_VALIDITY.search(text, max(0, x.start() - 14), x.start())), None)
    if period:
        out.effective_from, out.effective_rule = iso(period), "date"
        end = dt.date(int(period.group("y2")), int(period.group("m2")), int(period.group("d2")))
        out.expires_on = end.isoformat()
        return out
    m = _EFFECTIVE_DATE.search(text)
    if m:
        out.effective_from, out.effective_rule = iso(m), "date"
    else:
        issue = _EFFECTIVE_ISSUE.search(text)
        if issue:
            out.effective_rule = f"days_after_issue:{issue.group('days')}" if issue.group("days") else "on_issue"
            if issued:
                start = dt.date.fromisoformat(issued) + dt.timedelta(days=int(issue.group("days") or 0))
                out.effective_from = start.isoformat()
        elif in_force := _ISSUED_IN_FORCE.search(text):
            out.effective_from, out.effective_rule = iso(in_force), "date"
        elif labelled := _LABELLED_START.search(text):  # 文号：…　施行日期：2024年11月1日 heading a compilation's entry
            out.effective_from, out.effective_rule = iso(labelled), "date"
    e = _EXTENDED_TO.search(text) or next(  # 将其有效期延长至…: the later end
        (x for x in _EXPIRES_DATE.finditer(text) if not _APPLICATION_WINDOW.search(text, max(0, x.start() - 30), x.start())
         and not re.match(r"\s*[,，]?\s*逾期", text[x.end():x.end() + 6])), None)
    if e and (not m or e.start() != m.start()):
        out.expires_on = iso(e)
    v = _policy_validity(text)
    if v:
        raw = v.group("n") or v.group("n2")
        out.validity_years = float(raw) if raw.isdigit() else float(_CN_NUM[raw])
        if out.expires_on is None and out.effective_from:
            start = dt.date.fromisoformat(out.effective_from)
            years = int(out.validity_years)
            try:
                end = start.replace(year=start.year + years)
            except ValueError:  # 29 February
                end = start.replace(year=start.year + years, day=28)
            out.expires_on = (end - dt.timedelta(days=1)).isoformat()
    return out


# 自2025年3月1日起施行，有效期5年 / 本办法有效期三年: the policy's own validity; 认定为见习基地，有效期3年 (a
# title's or a base's validity) only when no sentence names the policy's
_OWN_VALIDITY_BEFORE = re.compile(r"(?:施行|实施|执行|试行|起|本(?:办法|政策|措施|细则|意见|方案|规定|通知))[^。;；]{0,12}$")


def _policy_validity(text: str) -> re.Match | None:
    found = list(_VALIDITY.finditer(text))
    own = next((v for v in found if _OWN_VALIDITY_BEFORE.search(text, max(0, v.start() - 30), v.start())), None)
    return own or (found[0] if found else None)


_LABEL_DATE = r"(?P<{0}y>\d{{4}})\s*(?:年|-|/|\.)\s*(?P<{0}m>\d{{1,2}})\s*(?:月|-|/|\.)\s*(?P<{0}d>\d{{1,2}})\s*日?"
# 有效期：2025-07-01 至 2027-06-30 among a policy library's labels (not 有效期：见正文)
_LABELLED_PERIOD = re.compile(rf"^\s*{_LABEL_DATE.format('a')}\s*(?:至|到|—|－|-|~|～)\s*{_LABEL_DATE.format('b')}")


def dates_of_label(value: str) -> Dates:
    """The period a page's 有效期 label gives, when it gives two dates."""
    out = Dates()
    m = _LABELLED_PERIOD.match(value)
    if m:
        try:
            out.effective_from = dt.date(int(m["ay"]), int(m["am"]), int(m["ad"])).isoformat()
            out.expires_on = dt.date(int(m["by"]), int(m["bm"]), int(m["bd"])).isoformat()
            out.effective_rule = "label"
        except ValueError:
            return Dates()
    return out
