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


def place_names() -> re.Pattern:
    """Every region's names and short names, longest first (compiled once, by _alias_pattern)."""
    return _alias_pattern()


@lru_cache(maxsize=None)
def _by_alias() -> dict[str, list[Region]]:
    table: dict[str, list[Region]] = {}
    for r in regions():
        for a in r.aliases:
            table.setdefault(a, []).append(r)
    return table


# 经开区 is 北京经济技术开发区's alias, and the kind word of every other such zone: 桐乡经开区 is not
# Beijing's. An alias that is only a zone's kind counts when no place name stands right before it.
_BARE_KIND = re.compile(r"(?:高新技术产业开发区|经济技术开发区|高新区|经开区|经济开发区|高新技术开发区|综合保税区)")
_NOT_A_PLACE = "对在的和与及本全各为至入驻于是由经向从"


def _aliases_in(text: str):
    for m in _alias_pattern().finditer(text):
        if _BARE_KIND.fullmatch(m.group(0)) and m.start() > 0 and "\u4e00" <= text[m.start() - 1] <= "\u9fa5" \
                and text[m.start() - 1] not in _NOT_A_PLACE:
            continue
        yield m


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
    found = [_pick(_by_alias()[m.group(0)], context or text) for m in _aliases_in(text)]
    if not found:
        return None
    return max(found, key=lambda r: _DEPTH.get(r.level, 0))


def region_of_body(text: str) -> Region | None:
    """The region a policy body is about: the most-mentioned region outside 《quoted titles》,
    preferring district-level regions when the text speaks of itself as a district (区级, 本区)."""
    plain = _QUOTED.sub(lambda m: " " * len(m.group(0)), text)
    counts: Counter[str] = Counter()
    first: dict[str, int] = {}
    for m in _aliases_in(plain):
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


# --- development zones and the issuing region -------------------------------------------------

_ZONE_KIND = r"(?:高新技术产业开发区|经济技术开发区|高新区|经开区|经济开发区|高新技术开发区|综合保税区)"


@lru_cache(maxsize=None)
def _zone_pattern() -> re.Pattern:
    return re.compile(rf"(?P<z>(?:{_alias_pattern().pattern})(?:国家)?{_ZONE_KIND})")
_ZONE_FULL = {"高新区": "高新技术产业开发区", "经开区": "经济技术开发区"}


def zone_in(text: str, context: str = "") -> Region | None:
    """长沙高新区 / 沈阳国家高新区 / 长沙高新技术产业开发区: a development zone named in `text`,
    in its full form when the text spells it out somewhere (长沙高新技术产业开发区(以下简称长沙高新区))."""
    found = [m.group("z") for m in _zone_pattern().finditer(text)]
    if not found:
        return _named_zone_in(text)
    name = found[0]
    longer = _full_zone_name(name)
    if longer != name and (longer in text or longer in context):
        name = longer
    known = _by_alias().get(name) or _by_alias().get(found[0])
    if known:
        return known[0]
    parent = region_in(name)
    return Region(name, "district", parent.name if parent else None, (name,))


# 惠州仲恺高新区 / 成都天府新区: a city, the zone's own name and its kind, a zone the lexicon lacks
_ZONE_NAME_NOT = re.compile(r"[的和与及各全本对在等之]|支持|促进|推动|加快|关于|推进|建设|发展|打造|印发")


@lru_cache(maxsize=None)
def _named_zone_pattern() -> re.Pattern:
    return re.compile(rf"(?P<city>{_alias_pattern().pattern})市?(?P<name>[\u4e00-\u9fa5]{{2,3}}?)(?P<kind>{_ZONE_KIND}|新区)")


# 江苏射阳经济开发区 / 平度经济开发区: a county's zone named by the county's short name (射阳县 -> 射阳),
# the province's short name before it or not
_COUNTY_ZONE = re.compile(r"(?P<prov>[\u4e00-\u9fa5]{2,3}?)?(?P<short>[\u4e00-\u9fa5]{2})"
                          r"(?P<kind>经济技术开发区|经济开发区|高新技术产业开发区|高新技术开发区)")  # (not 桐乡经开区: its city stands)


_ANY_ZONE_KIND = re.compile(rf"{_ZONE_KIND}|新区")


def _named_zone_in(text: str) -> Region | None:
    if not _ANY_ZONE_KIND.search(text):
        return None
    for m in _named_zone_pattern().finditer(text):
        cities = [r for r in _by_alias()[m.group("city")] if r.level == "city"]
        if cities and not _ZONE_NAME_NOT.search(m.group("name")):
            return Region(m.group(0), "district", cities[0].name, (m.group(0),))  # as written, as zones above
    for m in _COUNTY_ZONE.finditer(text):
        county = next((r for suffix in "县市区" for r in _by_alias().get(m.group("short") + suffix, ())
                       if r.level == "district"), None)
        province = m.group("prov") and next((r for r in _by_alias().get(m.group("prov"), ()) if r.level == "provincial"), None)
        if county and (not m.group("prov") or province):
            name = m.group(0) if province else m.group("short") + m.group("kind")
            return Region(name, "district", county.name, (name,))
    return None


_ZONE_ISSUER = re.compile(
    r"^(?P<z>[\u4e00-\u9fa5]{2,14}?(?:新技术产业开发区|高新技术产业开发区|经济技术开发区|新技术开发区|经济开发区"
    r"|工业园区|产业园区|开发区|高新区|经开区|新区|保税区|自贸片区))(?:\([^()]{2,20}\))?(?:管委会|管理委员会|党工委|管理局)")


def zone_of_issuer(issuer: str) -> Region | None:
    """武汉东湖新技术开发区管委会 -> 武汉东湖新技术开发区: a zone that issues a policy through its
    management committee is the policy's region, named or not in the region table (its other name in
    brackets before the committee: 海宁高新技术产业开发区（海宁经济开发区）管理委员会)."""
    m = _ZONE_ISSUER.match(issuer.strip())
    if not m:
        return None
    name = m.group("z")
    known = _by_alias().get(name)
    if known:
        return known[0]
    zone = zone_in(name)
    if zone and zone.name.endswith(name[-4:]):
        return zone
    parent = region_in(name)
    if parent and parent.level == "district" and name.startswith(parent.aliases[0]):
        return None  # 北京经济技术开发区 style rows are found by their alias above
    return Region(name, "district", parent.name if parent else None, (name,))


_TOWN_ISSUER = re.compile(r"^(?P<t>[\u4e00-\u9fa5]{2,24}?(?:镇|乡|街道))(?:人民政府|办事处|党委)")


def town_of_issuer(issuer: str) -> Region | None:
    """佛山市顺德区北滘镇人民政府 -> 佛山市顺德区北滘镇: a town or street office that issues a
    policy is its region, under the district its name starts with (towns are not in the table)."""
    m = _TOWN_ISSUER.match(issuer.strip())
    if not m:
        return None
    name = m.group("t")
    parent = region_in(name)
    if parent is None:
        return Region(name, "district", None, (name,))
    alias = next((a for a in sorted((parent.name, *parent.aliases), key=len, reverse=True) if name.startswith(a)), None)
    town = name[len(alias):] if alias else name
    if len(town) < 2 or town == name and parent.name in name:
        return None
    return Region(parent.name + town, "district", parent.name, (town, parent.name + town))


# 大朗镇高新技术企业培育扶持办法 / 关于组织开展2025年度祖庙街道科技创新券申领工作的通知: a town at the head of the title
_TOWN_IN_TITLE = re.compile(r"^(?:关于)?(?:(?:组织)?开展)?(?:\d{4}年度?)?(?P<t>[\u4e00-\u9fa5]{2,3}?(?:镇|街道))(?!办)")
_NOT_A_TOWN = re.compile(r"[乡城小集村特重各全本]镇$|^(?:乡镇|城镇|小镇|村镇|镇街|各镇|全镇|本镇)")


def town_in_title(title: str | None, region: Region | None, body: str) -> Region | None:
    """The town a title opens with, under the city or district the text is otherwise placed in, when
    the text names the town again (or says 本镇)."""
    m = _TOWN_IN_TITLE.match(title or "")
    if not m or region is None or region.level not in ("city", "district") or _NOT_A_TOWN.search(m.group("t")):
        return None
    town = m.group("t")
    stem = town[:-1] if town.endswith("镇") else town[:-2]
    if town in region.name or not (stem in body or re.search(r"[本我全](?:镇|街道)", body)):
        return None
    return Region(region.name + town, "district", region.name, (town, region.name + town))


def issuing_region(issuers: list[str], title: str | None, body: str) -> Region | None:
    """The issuing area at the most specific level the text supports: the issuer's name
    (上海市徐汇区发展和改革委员会 -> 上海市徐汇区), then a deeper region the title names inside it,
    then the body."""
    from_issuer = None
    # a zone signs as 东湖高新区管委会 and as 武汉东湖新技术开发区管理委员会: its full name wins
    zones = [z for z in (zone_of_issuer(i) or town_of_issuer(i) for i in issuers) if z]
    # (贵阳市人民政府　贵安新区管委会: issued jointly, the first-named leads; a zone second does not)
    lead = next((i for i in issuers if zone_of_issuer(i) or town_of_issuer(i) or zone_in(i) or region_in(i)), None)
    if zones and (zone_of_issuer(lead) or town_of_issuer(lead)):
        from_issuer = max(zones, key=lambda z: len(z.name))
    for issuer in issuers if from_issuer is None else ():
        from_issuer = zone_of_issuer(issuer) or zone_in(issuer) or region_in(issuer)
        if from_issuer:
            break
    from_title = (zone_in(title, body) or region_in(title, title + body)) if title else None
    if from_issuer and from_title and _full_zone_name(from_title.name) == from_issuer.name:
        return from_issuer  # 赣州经开区 in the title, 赣州经济技术开发区管理委员会 signs: one zone, its full name
    if from_issuer and from_title and from_title.name != from_issuer.name:
        if from_title.parent == from_issuer.name or _DEPTH.get(from_title.level, 0) > _DEPTH.get(from_issuer.level, 0) \
                and (from_title.parent or "").startswith(from_issuer.name[:2]):
            return from_title
        return from_issuer
    return from_issuer or from_title or zone_of_body(body) or region_of_body(body)


def zone_written_as(name: str, zone: Region) -> str | None:
    """海口国家高新区管委会 in 海口国家高新技术产业开发区: the start of `name` when it names `zone`
    in its short or its full form."""
    m = _zone_pattern().match(name)
    if m and _full_zone_name(m.group("z")) == _full_zone_name(zone.name):
        return m.group("z")
    return None


def _full_zone_name(name: str) -> str:
    for short, full in _ZONE_FULL.items():
        if name.endswith(short):
            return name[: -len(short)] + full
    return name


def zone_of_body(body: str) -> Region | None:
    """A zone the body speaks of as itself (本区, 区内, 高新区 over and over)."""
    zone = zone_in(body[:1500])
    if zone and body.count(zone.name[-3:]) >= 3:
        return zone
    return None
