"""Shared helpers for the real-shape tests: tolerant normalisers in the manner of the devset scorer.

The texts in this package are written for the tests (not taken from the devset or the seed); the
expectations follow /work/shared/devset/README.md.
"""
from __future__ import annotations

import html
import re
import unicodedata
from functools import lru_cache

from extraction.pipeline import extract_text

# traditional -> simplified, only for characters the tests compare (not a converter)
_T2S = str.maketrans({
    "號": "号", "萬": "万", "億": "亿", "責": "责", "單": "单", "區": "区", "財": "财", "經": "经",
    "資": "资", "會": "会", "發": "发", "關": "关", "於": "于", "慶": "庆", "門": "门", "廳": "厅",
    "國": "国", "級": "级", "獎": "奖", "勵": "励", "補": "补", "貼": "贴", "術": "术", "業": "业",
    "產": "产", "務": "务", "態": "态", "場": "场", "應": "应", "險": "险", "運": "运", "營": "营",
    "壩": "坝", "開": "开", "廈": "厦", "門": "门", "縣": "县", "鎮": "镇", "學": "学", "創": "创",
    "濟": "济", "東": "东", "廣": "广", "貴": "贵", "陽": "阳", "審": "审", "計": "计", "專": "专",
    "項": "项", "實": "实", "優": "优", "新": "新", "統": "统", "規": "规", "劃": "划", "辦": "办",
    "華": "华", "園": "园", "數": "数", "據": "据", "軟": "软", "體": "体", "網": "网", "絡": "络",
    "電": "电", "機": "机", "設": "设", "備": "备", "醫": "医", "藥": "药", "監": "监", "督": "督",
    "審": "审", "核": "核", "稅": "税", "務": "务", "頭": "头", "組": "组", "織": "织", "協": "协",
    "調": "调", "處": "处", "錢": "钱", "額": "额", "條": "条", "際": "际", "內": "内", "員": "员",
})

PROVINCE_LEVEL = {"北京市", "上海市", "天津市", "重庆市"}


def t2s(s: str | None) -> str:
    return (s or "").translate(_T2S)


def norm(s: str | None) -> str:
    s = unicodedata.normalize("NFKC", html.unescape(s or ""))
    return re.sub(r"\s+", "", s)


def norm_number(s: str | None) -> str:
    return re.sub(r"[()（）、.．,，:：\[\]【】]", "", norm(s))


def norm_title(s: str | None) -> str:
    return re.sub(r"[《》〈〉“”\"]", "", norm(s))


def norm_docno(s: str | None) -> str:
    return t2s(re.sub(r"[〔〕\[\]（）()【】]", "", norm(s)))


def is_province(name: str) -> bool:
    return name in PROVINCE_LEVEL or name.endswith("省") or name.endswith("自治区") or name.endswith("特别行政区")


def same_region(pred: str | None, gold: str) -> bool:
    """The same unit, or the predicted one is a more specific form of it; the province or the
    municipality alone never stands for a district."""
    if not pred:
        return False
    p, g = t2s(norm(pred)), t2s(norm(gold))
    if p == g or p.endswith(g):
        return True
    return g.endswith(p) and len(p) >= 3 and not is_province(p)


@lru_cache(maxsize=512)
def extract(text: str):
    return extract_text(text, path="t.txt")


def measures_of(doc) -> list:
    return [m for p in doc.policies for m in p.measures]


def opening(m) -> str:
    return norm((m.heading or "") + (m.text or ""))


def describe(ms) -> list[tuple[str, str]]:
    return [(m.number, opening(m)[:16]) for m in ms]


def assert_measures(doc, expected: list[tuple[str, str]]):
    """expected: (marker as written, first characters after the marker), in document order."""
    ms = measures_of(doc)
    got = describe(ms)
    assert len(ms) == len(expected), f"expected {len(expected)} measures {expected}, got {got}"
    for m, (number, start) in zip(ms, expected):
        assert norm_number(m.number) == norm_number(number), f"marker {number!r} expected, got {got}"
        assert norm(start) in opening(m)[:80], f"measure {number!r} should open with {start!r}, got {got}"


def find_measure(doc, start: str):
    """The measure whose opening holds `start` (first characters after its marker)."""
    hits = [m for m in measures_of(doc) if norm(start) in opening(m)[:80]]
    assert hits, f"no measure opens with {start!r}; measures: {describe(measures_of(doc))}"
    return hits[0]


def yuan(m) -> list[int]:
    return [int(round(a.value)) for a in m.amounts if a.unit == "yuan"]


def percents(m) -> list[float]:
    return [round(a.value, 4) for a in m.amounts if a.unit == "percent"]


def ratios(m) -> list[float]:
    return [round(a.value, 4) for a in m.amounts if a.unit == "ratio"]


def agencies_match(m, expected: list[str]) -> tuple[bool, list[tuple[str, str]]]:
    """In order, one predicted agency per expected raw name; lenient like the scorer: the expected
    name is inside the predicted raw or canonical name, or the predicted raw is inside it."""
    got = [(a.raw, a.name) for a in m.agencies]
    if len(got) != len(expected):
        return False, got
    for (raw, name), g in zip(got, expected):
        r, n, e = t2s(norm(raw)), t2s(norm(name)), t2s(norm(g))
        if not (e in r or e in n or (r and r in e)):
            return False, got
    return True, got


def policy(doc):
    """The one policy the text holds."""
    assert len(doc.policies) == 1, f"expected one policy, got {[p.title for p in doc.policies]}"
    return doc.policies[0]
