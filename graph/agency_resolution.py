"""One agency per department and region: the short and full names a region's documents use
for one department resolve to one Agency node. Pure: names in, resolved names out.

Extraction keeps the names as written (scoped to a region by extraction/agencies.canonical);
this step runs where graph rows are built, over the names of one document plus any names the
caller already knows (an Agency node's `names`), because two documents of a region may name one
department two ways. Two sources, explicit data first:

1. extraction/data/agency_aliases.json: per-region aliases the rule cannot know
   (智能制造局 = 机器人和智能制造产业局 in 北京经济技术开发区 only).
2. The abbreviation rule: within one region prefix, a name is a short form of another when both
   end in the same kind of department suffix (局; 委/委员会; 办/办公室), their stems (the name
   without region prefix and suffix) start with the same character, and the shorter stem's
   characters appear in order in the longer one (信息技术局 -> 信息技术产业局, 科技产业局 ->
   科技和产业促进局, 发展改革委 -> 发展和改革委员会). A short name that fits two different
   agencies of the region stays itself. Names without a known region prefix are left alone.
"""
from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

from extraction.lexicons import agency_aliases, region_by_name

# (suffix as written, kind): the longest spelling first
_SUFFIXES = (("委员会", "委"), ("办公室", "办"), ("委", "委"), ("办", "办"), ("局", "局"))
MIN_STEM = 2


@dataclass(frozen=True)
class Resolution:
    name: str  # the agency the name resolves to (its node id is built from this)
    rule: str  # as_named, agency_aliases, abbreviation
    region: str | None = None  # the region whose prefix the name carries


@dataclass(frozen=True)
class _Parsed:
    name: str
    prefix: str
    region: str | None
    stem: str
    suffix: str
    kind: str


@lru_cache(maxsize=1)
def _prefixes() -> tuple[re.Pattern, dict[str, str]]:
    """Region prefixes as canonical() writes them: full names, and county-level cities' 市 aliases."""
    owner: dict[str, str] = {}
    for r in region_by_name().values():
        owner[r.name] = r.name
        for a in r.aliases:
            if len(a) >= 3 and a.endswith("市"):
                owner.setdefault(a, r.name)
    pattern = re.compile("|".join(map(re.escape, sorted(owner, key=len, reverse=True))))
    return pattern, owner


def split_region(name: str) -> tuple[str, str | None, str]:
    """北京经济技术开发区信息技术局 -> ('北京经济技术开发区', '北京经济技术开发区', '信息技术局')."""
    pattern, owner = _prefixes()
    m = pattern.match(name)
    if not m:
        return "", None, name
    return m.group(0), owner[m.group(0)], name[m.end():]


def _parse(name: str) -> _Parsed | None:
    prefix, region, body = split_region(name)
    if region is None:
        return None
    for suffix, kind in _SUFFIXES:
        if body.endswith(suffix) and len(body) - len(suffix) >= MIN_STEM:
            return _Parsed(name, prefix, region, body[: -len(suffix)], suffix, kind)
    return None


def _in_order(short: str, long: str) -> bool:
    it = iter(long)
    return all(ch in it for ch in short)


def _shortens(short: _Parsed, long: _Parsed) -> bool:
    """Whether `short` is an abbreviation of `long` (same region prefix and suffix kind assumed)."""
    if short.stem == long.stem:
        return len(short.suffix) < len(long.suffix)  # 商务委 -> 商务委员会
    return (len(short.stem) < len(long.stem) and short.stem[0] == long.stem[0]
            and _in_order(short.stem, long.stem))


def _explicit(name: str) -> str | None:
    prefix, region, body = split_region(name)
    full = agency_aliases().get(region or "", {}).get(body)
    return prefix + full if full is not None else None


def resolve_agencies(names: Iterable[str]) -> dict[str, Resolution]:
    """Every name -> the agency it resolves to among `names` (the names of one region's documents,
    or of several regions: the rule only compares names with the same region prefix)."""
    out: dict[str, Resolution] = {}
    after_alias: dict[str, str] = {}
    for name in set(names):
        full = _explicit(name)
        after_alias[name] = full or name
        out[name] = Resolution(full or name, "agency_aliases" if full and full != name else "as_named",
                               split_region(name)[1])
    groups: dict[tuple[str, str], list[_Parsed]] = {}
    for target in set(after_alias.values()):
        parsed = _parse(target)
        if parsed is not None:
            groups.setdefault((parsed.prefix, parsed.kind), []).append(parsed)
    root: dict[str, str] = {}
    for members in groups.values():
        members.sort(key=lambda p: (-len(p.stem), -len(p.suffix), p.name))
        done: list[_Parsed] = []
        for p in members:
            found = {root[q.name] for q in done if _shortens(p, q)}
            root[p.name] = found.pop() if len(found) == 1 else p.name
            done.append(p)
    for name, target in after_alias.items():
        final = root.get(target, target)
        if final != target:
            out[name] = Resolution(final, "abbreviation", out[name].region)
    return out
