"""A notice's signature: the issuing agencies and the date under the text (GB/T 9704), and the
lines around them that are print marks rather than text ((此件公开发布), X办公室 2025年3月1日印发).

`shell.py` reads where a notice's parts are; this module knows what a signature line looks like.
"""
from __future__ import annotations

import datetime as dt
import re

from .textview import cn_to_int

_DATE = re.compile(
    r"^\s*(?P<y>(?:19|20)\d{2}|[二〇零一二三四五六七八九]{4})\s*年\s*(?P<m>\d{1,2}|[一二三四五六七八九十]{1,2})\s*月"
    r"\s*(?P<d>\d{1,2}|[一二三四五六七八九十]{1,3})\s*日\s*$"
)
_ISO_DATE = re.compile(r"(?P<y>(?:19|20)\d{2})[-/.年](?P<m>\d{1,2})[-/.月](?P<d>\d{1,2})")
# the last word of an agency's name: 局, 委员会, 办公室, 管委会, 分行…
AGENCY_END = re.compile(r"(?:局|委员会|委|办公室|办|政府|中心|厅|管委会|管理委员会|部|院|署|公司|分行|支行|会)$")
# (此件公开发布) under a signature
PUBLIC_NOTE = re.compile(r"^\s*[(（](?:此件|本件)[^()（）]{0,20}[)）]\s*$")
# 宝鸡市人民政府办公室 2025年3月1日印发: the printing line at a document's foot
PRINTED_LINE = re.compile(r"^.{2,40}?\s*\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*印发\s*$")
# 三江…办公室 2025年4月8日 at the end of a line a page ran together
SIGNED_AT_LINE_END = re.compile(r"(?<=[局委厅室府会])\s+(?P<d>(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日)\s*$")
# 晋江市人民政府办公室 2024年6月18日 (此件主动公开): a signature's date before the GB/T 9704 note,
# also when a page runs it into one line with everything else
SIGNED_BEFORE_NOTE = re.compile(r"(?P<d>(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日)\s*\(\s*此件")


def date_of(text: str) -> str | None:
    """A date alone on its text (2025年3月1日, 二〇二五年三月一日), else the first 2025-03-01 in it, as ISO;
    None for an impossible one."""
    m = _DATE.match(text)
    if m:
        y = m.group("y")
        year = int(y) if y.isdigit() else int("".join(str(cn_to_int(c) if c not in "〇零" else 0) for c in y))
        month, day = cn_to_int(m.group("m")), cn_to_int(m.group("d"))
    else:
        m = _ISO_DATE.search(text)
        if not m:
            return None
        year, month, day = int(m.group("y")), int(m.group("m")), int(m.group("d"))
    try:
        return dt.date(year, month or 0, day or 0).isoformat()
    except ValueError:
        return None


def issuer_line(text: str) -> bool:
    """A short line that ends as an agency's name does (the issuer over a title or a signature's date)."""
    return len(text.strip()) <= 30 and bool(AGENCY_END.search(text.strip()))


def signature_date(view: str, lines: list[tuple[int, int]], after: int) -> tuple[int, str] | None:
    """The last date standing alone on a line after line `after` (a signature's date), with its line."""
    for k in range(len(lines) - 1, after, -1):
        text = view[slice(*lines[k])].strip()
        date = date_of(text) if 0 < len(text) <= 20 else None
        if date:
            return k, date
    return None


def read_signature(view: str, lines: list[tuple[int, int]], after: int) -> tuple[str | None, list[str]]:
    """The last date line of the text (the signature, before any page footer) and the issuer
    lines right above it: (date, issuers top to bottom)."""
    signed = signature_date(view, lines, after)
    if signed is None:
        return None, []
    k, date = signed
    issuers = []
    j = k - 1
    while j > after and (not view[slice(*lines[j])].strip() or issuer_line(view[slice(*lines[j])])):
        if view[slice(*lines[j])].strip():
            issuers.insert(0, view[slice(*lines[j])].strip())
        j -= 1
    return date, issuers
