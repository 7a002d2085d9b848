"""Titles: clean a given one, or infer one when the file has none (marked title_inferred)."""
from __future__ import annotations

import re

from .layout import TITLE_TAIL
from .lexicons import Region
from .places import short_name

_TYPE_AT_END = re.compile(rf"{TITLE_TAIL}$")
_SELF_TYPE = re.compile(r"本(实施细则|细则|若干措施|措施|办法|政策|意见|方案|规定)")
_PURPOSE = re.compile(
    r"为(?:了)?(?:大力|进一步|深入|全面|持续)?(?:加强|加快|推动|促进|支持|推进|培育|实现|做强|提升)*"
    r"(?P<topic>[^,，。;；]{2,30}?)(?:的)?(?:高质量)?发展"
)


def clean_title(title: str) -> str:
    """Remove white space inside a CJK title (北京市东城区关于推动金融产业 高质量发展…) and the 《》 around
    it, not those inside it (《A》实施细则 keeps its 《A》)."""
    t = title.strip()
    if t.startswith("《") and t.count("《") > t.count("》"):
        t = t[1:]
    if t.endswith("》") and t.count("》") > t.count("《"):
        t = t[:-1]
    if t.startswith("《") and t.endswith("》") and "《" not in t[1:-1] and "》" not in t[1:-1]:
        t = t[1:-1]
    return re.sub(r"(?<=[^\x00-\x7f])\s+|\s+(?=[^\x00-\x7f])", "", t)


def is_complete_title(title: str | None) -> bool:
    return bool(title) and len(title) >= 8 and bool(_TYPE_AT_END.search(title))


def infer_title(body: str, region: Region | None, fragment: str | None) -> str:
    """Region + topic of the purpose clause + document type.

    为加强长春新区数实融合新赛道发展…特制定本政策 (fragment 若干政策) -> 长春新区数实融合新赛道发展若干政策.
    """
    kind = None
    if fragment and _TYPE_AT_END.search(fragment):
        kind = fragment
    else:
        mentions = [m.group(1) for m in _SELF_TYPE.finditer(body)]
        kind = max(mentions, key=mentions.count) if mentions else "政策"  # 本实施细则 ×4 beats 本细则 ×1
    topic = ""
    p = _PURPOSE.search(body[:600])
    if p:
        topic = p.group("topic")
    place = short_name(region) if region else ""
    if region and region.level == "district" and region.parent and not place.startswith(region.parent[:2]):
        place = region.name
    if place and topic.startswith(place):
        topic = topic[len(place):]
    for alias in (region.aliases if region else ()):
        if topic.startswith(alias):
            topic = topic[len(alias):]
    topic = topic.strip("的")
    core = f"{topic}高质量发展" if p and "高质量" in p.group(0) else (f"{topic}发展" if topic else "")
    return f"{place}{core}{kind}"
