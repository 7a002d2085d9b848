"""Which region a policy belongs to, and what its 市/区 prefixes mean."""
from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

from .lexicons import Region, region_by_name, regions

_QUOTED = re.compile(r"《[^》]{0,120}》")
_DISTRICT_SELF = re.compile(r"区级|本区|区内|我区|全区|区属")
_CITY_SELF = re.compile(r"本市|我市|全市|市属")


@lru_cache(maxsize=None)
def _alias_pattern() -> re.Pattern:
    aliases = sorted({a for r in regions() for a in r.aliases}, key=len, reverse=True)
    return re.compile("|".join(map(re.escape, aliases)))


@lru_cache(maxsize=None)
def _by_alias() -> dict[str, list[Region]]:
    table: dict[str, list[Region]] = {}
    for r in regions():
        for a in r.aliases:
            table.setdefault(a, []).append(r)
    return table


def _pick(candidates: list[Region], context: str) -> Region:
    """An alias shared by several regions (朝阳区) goes to the one whose parent the text names."""
    if len(candidates) == 1:
        return candidates[0]
    for r in candidates:
        if r.parent and r.parent.rstrip("市省") in context:
            return r
    return candidates[0]


_DEPTH = {"provincial": 0, "city": 1, "district": 2}


def region_in(text: str, context: str = "") -> Region | None:
    """The most specific region named in `text` (a title or an address tag):
    北京大兴区… is 北京市大兴区, not 北京市."""
    found = [_pick(_by_alias()[m.group(0)], context or text) for m in _alias_pattern().finditer(text)]
    if not found:
        return None
    return max(found, key=lambda r: _DEPTH.get(r.level, 0))


def region_of_body(text: str) -> Region | None:
    """The region a policy body is about: the most-mentioned region outside 《quoted titles》,
    preferring district-level regions when the text speaks of itself as a district (区级, 本区)."""
    plain = _QUOTED.sub(lambda m: " " * len(m.group(0)), text)
    counts: Counter[str] = Counter()
    first: dict[str, int] = {}
    for m in _alias_pattern().finditer(plain):
        r = _pick(_by_alias()[m.group(0)], text)
        counts[r.name] += 1
        first.setdefault(r.name, m.start())
    if not counts:
        return None
    wanted = "district" if _DISTRICT_SELF.search(plain) else "city" if _CITY_SELF.search(plain) else None
    table = region_by_name()
    pool = [n for n in counts if table[n].level == wanted] or list(counts)
    if wanted is None:
        deepest = [n for n in pool if table[n].level == "district"]
        pool = deepest or pool
    return table[max(pool, key=lambda n: (counts[n], -first[n]))]


def city_of(region: Region | None) -> Region | None:
    """The city whose 市级 money and 市X局 a policy of `region` means."""
    if region is None:
        return None
    if region.level in ("city", "provincial"):
        return region
    return region_by_name().get(region.parent or "")


def short_name(region: Region) -> str:
    """北京市通州区 -> 通州区, the form agencies are written with."""
    if region.parent and region.name.startswith(region.parent):
        return region.name[len(region.parent):]
    return region.name
