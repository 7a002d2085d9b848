"""Conditions of a measure: what a recipient must be or have to get its support (issue 12).

Nine kinds, each a typed record with its evidence (records.py): location (注册在本区, 落户,
区内企业), entity_type (高校, 金融机构), size (中小微企业, 规模以上), age (成立不满3年 <, 注册后
三年内 <=, 注册三年以上 >=),
title (新认定的国家级专精特新小巨人), threshold (年营业收入达到1亿元), share_base (按研发投入的
30%, capped), time_window (2024年1月1日以后) and frequency (一次性 / 每年).

Matching runs on the length-preserving view (half-width, simplified), evidence text comes from
the source. Lexicons are data (data/condition_terms.json); money values and their roles come
from amounts.py (a threshold is an Amount with role "threshold", a share one with role
"share": those two finders are in condition_amounts.py, the shared lexicon lookups in
condition_terms.py), Chinese numerals go through cn2an as there, region names through places.py. A
measure's conditions are a set: a repeated condition is kept once, at its first mention.
"""
from __future__ import annotations

import re

from .amounts import find_amounts
from .condition_amounts import shares, thresholds
from .condition_terms import clause_start, nearest, sentence_start, terms
from .lexicons import Region
from .places import _CITY_SELF, _DISTRICT_SELF, region_in
from .records import (AgeCondition, Amount, Condition, EntityTypeCondition, FrequencyCondition, LocationCondition,
                      SizeCondition, TimeWindowCondition, TitleCondition)

_LEVEL_OF = {"province": "provincial", "provincial": "provincial", "city": "city", "district": "district"}
# a region's level -> the scope a location condition names (LocationCondition.scope: province, not provincial)
_SCOPE_OF = {"province": "province", "provincial": "province", "city": "city", "district": "district"}


def find_conditions(view: str, source: str, start: int, end: int, amounts: list[Amount] | None = None,
                    region: Region | None = None, context: str = "") -> list[Condition]:
    """Every condition stated in view[start:end] (a measure), offsets into the source. `region`
    is the policy's, `context` its text: where 新引进 or 本地 point when the measure names no place."""
    if amounts is None:
        amounts = find_amounts(view, source, start, end)
    found: list[Condition] = []
    found.extend(_locations(view, source, start, end, region, context or view[start:end]))
    for finder in (_entities, _sizes, _ages, _titles, _time_windows, _frequencies):
        found.extend(finder(view, source, start, end, region))
    found.extend(thresholds(view, source, start, end, amounts))
    found.extend(shares(view, source, start, end, amounts))
    found.sort(key=lambda c: (c.start, c.type))
    out, seen = [], set()
    for c in found:
        key = condition_key(c)
        if key not in seen:
            seen.add(key)
            out.append(c)
    return out


def condition_key(c) -> tuple:
    """What makes two conditions the same (the evidence aside): also what the gold is scored on."""
    get = (lambda k: c.get(k)) if isinstance(c, dict) else (lambda k: getattr(c, k, None))
    t = get("type")
    if t == "location":
        return t, get("basis"), get("scope")
    if t == "entity_type":
        return t, get("entity")
    if t == "size":
        return t, get("size")
    if t == "age":
        return t, float(get("years")), get("comparator")
    if t == "title":
        return t, get("name"), get("level"), bool(get("new"))
    if t == "threshold":
        return t, get("metric"), get("comparator"), round(float(get("value")), 4)
    if t == "share_base":
        return t, get("base"), round(float(get("rate")), 6)
    if t == "time_window":
        return t, get("from_date"), get("to_date")
    if t == "frequency":
        return t, get("every")
    raise ValueError(f"unknown condition type {t!r}")


# --- location -------------------------------------------------------------------------------
_PLACE = r"(?:本区|我区|区内|本市|我市|市内|本地|园区|科学城|开发区|高新区|经开区|[\u4e00-\u9fff]{1,6}?(?:区|市|县|省|新区))"
LOCATION_PATTERNS = (
    ("location.registration_and_tax", "registration_and_tax", re.compile(
        rf"(?:工商)?注册地?[^,，。;；]{{0,3}}(?:财税|税收|纳税)[^,，。;；]{{0,6}}均在(?P<place>{_PLACE})"
        rf"|在(?P<place2>{_PLACE})(?:注册(?:并|和|且)?纳税|注册[^,，。;；]{{0,4}}纳税)")),
    ("location.registration", "registration", re.compile(
        rf"(?:注册|登记)(?:地)?(?:在|于)(?P<place>{_PLACE})|在(?P<place2>{_PLACE})(?:注册|登记)(?!资本)")),
    ("location.tax", "tax", re.compile(
        rf"(?:纳税关系|税收关系|税收户管地|财税户管地|纳税)(?:在|于)(?P<place>{_PLACE})|在(?P<place2>{_PLACE})纳税")),
    ("location.settle", "settle", re.compile(
        rf"(?<!人才)(?<!人员)落户(?![、,，服便])(?P<place>[\u4e00-\u9fff]{{2,6}})?|(?<!企业)新引进|(?<![人员才口])迁入(?=的)|(?:新|整体)?迁入(?P<place2>{_PLACE})")),
    ("location.statistics", "statistics", re.compile(rf"在(?P<place>{_PLACE})(?:入统|纳统)")),
    ("location.located_in", "located", re.compile(
        rf"在(?P<place>{_PLACE})(?:[^,，。;；、]{{0,10}}?)(?:租赁|租用|购置|建设|改建|实施|开设|落地|有办公|设立)")),
    ("location.located_unit", "located", re.compile(
        r"(?<![联合带动采购为与])(?P<place>区内|园区|本区|我区|辖区内?|本地)(?:[^,，。;；、]{0,16}?)(?:企业|单位|场馆|机构|平台|主体)")),
    ("location.region_area", "located", re.compile(r"(?P<place>[\u4e00-\u9fff]{2,4}?)地区(?=[^,，。;；]{0,12}企业)")),
)
_NOT_RECIPIENT = re.compile(r"联合|带动|带领|采购|为|与|服务|赋能")
_AND_EXISTING = re.compile(r"^(?:的)?(?:企业|项目)?(?:以及|和|及|与|、)(?:本地|区内)?存量")


def _scope(place: str | None, region: Region | None, measure: str = "") -> tuple[str, str | None]:
    if not place:  # 新引进: into the area the measure (else its policy) speaks of
        if _DISTRICT_SELF.search(measure):
            return "district", None
        if _CITY_SELF.search(measure):
            return "city", None
        return (_SCOPE_OF.get(region.level, "unknown") if region else "unknown"), None
    if place.startswith(("本区", "我区", "区内", "辖区")):
        return "district", None
    if place.startswith(("本市", "我市", "市内")):
        return "city", None
    if place.startswith("本地"):
        return (_SCOPE_OF.get(region.level, "unknown") if region else "unknown"), None
    if place.startswith(("园区", "科学城", "开发区", "高新区", "经开区")):
        return "zone", None
    named = region_in(place)
    if named is not None:
        return _SCOPE_OF.get(named.level, "unknown"), named.name
    if place.endswith(("园区", "科学城", "新区", "开发区", "高新区")):
        return "zone", None
    return _scope(None, region, measure)


_SELF_PLACES = ("本区", "我区", "区内", "辖区", "本市", "我市", "市内", "本地", "园区", "科学城", "开发区", "高新区", "经开区")


def _known_place(place: str) -> bool:
    return place.startswith(_SELF_PLACES) or region_in(place) is not None or place.endswith(
        ("园区", "科学城", "开发区", "高新区"))


def _locations(view, source, start, end, region, context):
    taken: list[tuple[int, int]] = []
    for rule, basis, rx in LOCATION_PATTERNS:
        for m in rx.finditer(view, start, end):
            if any(s < m.end() and m.start() < e for s, e in taken):
                continue
            place = m.groupdict().get("place") or m.groupdict().get("place2")
            lead = view[clause_start(view, start, m.start()):m.start()]
            if basis == "located" and _NOT_RECIPIENT.search(lead[-6:]):
                continue
            if place and not _known_place(place):
                continue  # 在每个标准化菜市场中设立: 菜市 is no region
            if basis == "settle" and _AND_EXISTING.match(view[m.end():m.end() + 10]):
                continue  # 新引进企业以及存量企业: new and existing alike
            scope, name = _scope(place, region, view[start:end] + context)
            if rule == "location.region_area" and name is None:
                continue
            taken.append((m.start(), m.end()))
            yield LocationCondition(basis=basis, scope=scope, region=name, text=source[m.start():m.end()],
                                    start=m.start(), end=m.end(), rule=rule)


# --- entity type, size ---------------------------------------------------------------------
_PARTNER = re.compile(r"联合|联动|与|同|依托|协同|会同|发挥")
_SIZE_NOT_RECIPIENT = re.compile(r"带动|带领|赋能|联合|参与|服务")


def _entities(view, source, start, end, region):
    for t in terms()["entities"]:
        for m in t.regex.finditer(view, start, end):
            lead = view[clause_start(view, start, m.start()):m.start()]
            if _PARTNER.search(lead):
                continue
            yield EntityTypeCondition(entity=t.name, text=source[m.start():m.end()], start=m.start(), end=m.end(),
                                      rule="conditions.entity")


def _sizes(view, source, start, end, region):
    for t in terms()["sizes"]:
        for m in t.regex.finditer(view, start, end):
            lead = view[clause_start(view, start, m.start()):m.start()]
            if _SIZE_NOT_RECIPIENT.search(lead):
                continue
            yield SizeCondition(size=t.name, text=source[m.start():m.end()], start=m.start(), end=m.end(),
                                rule="conditions.size")


# --- age -----------------------------------------------------------------------------------
_N = r"(?P<n>\d+(?:\.\d+)?|[一二两三四五六七八九十半]{1,3})"
AGE_PATTERNS = (
    ("conditions.age_under", "<", re.compile(
        rf"(?:成立|注册|设立|创办|创立|注册成立)(?:时间)?(?:不满|未满|不足|不到|少于)\s*{_N}\s*(?:个)?(?:周)?年")),
    ("conditions.age_within", "<=", re.compile(
        rf"(?:成立|注册|设立|创办|创立|注册成立)(?:后|以来)?(?:时间)?(?:在)?\s*{_N}\s*(?:个)?(?:周)?年(?:以内|之内|内)")),
    ("conditions.age_over", ">=", re.compile(  # 注册三年以上: a minimum age
        rf"(?:成立|注册|设立|创办|创立|注册成立)(?:时间)?(?:满|已满)?\s*{_N}\s*(?:个)?(?:周)?年(?:及)?以上")),
    ("conditions.age_at_most", "<=", re.compile(
        rf"(?:成立|注册|设立|创办|创立|注册成立)(?:时间)?不超过\s*{_N}\s*(?:个)?(?:周)?年")),
)


def _number(text: str) -> float | None:
    if re.fullmatch(r"\d+(?:\.\d+)?", text):
        return float(text)
    if text == "半":
        return 0.5
    import cn2an

    try:
        return float(cn2an.cn2an(text, "smart"))
    except (ValueError, KeyError, IndexError):
        return None


def _ages(view, source, start, end, region):
    for rule, comparator, rx in AGE_PATTERNS:
        for m in rx.finditer(view, start, end):
            raw = next(g for g in m.groups() if g)
            years = _number(raw)
            if years:
                yield AgeCondition(years=years, comparator=comparator, text=source[m.start():m.end()],
                                   start=m.start(), end=m.end(), rule=rule)


# --- titles ----------------------------------------------------------------------------------
_LEVEL_WORDS = (
    ("national", re.compile(r"国家级|国家|全国|中央|国务院|工业和信息化部|工信部|科技部|商务部|发展改革委")),
    ("provincial", re.compile(r"省级|省(?=级|认定|重点|高新|专精|企业|工程|首台)")),
    ("city", re.compile(r"市级|市(?=级|认定|重点|高精尖|企业技术|专精)")),
    ("district", re.compile(r"区级")),
)
_AREA_AFTER = re.compile(r"^(?:行政区|区域|以外|外|地区)")  # 无锡行政区域外: a place, not a level
_LEVEL_REACH = 18  # a level word further than this before a title does not qualify it
_MONEY_AFTER = re.compile(r"^(?:级)?(?:奖励|资金|支持|政策|补贴|补助|财政|配套|专项|资助)")
_JOINER = re.compile(r"^\s*(?:、|或|和|及|与|/)\s*$")
_TITLE_CUE = re.compile(r"认定|获得|获评|评为|入选|纳入|列入|通过|荣获|首次|新增|有效期内|新建|新引入|已获")
_TITLE_NEW = re.compile(r"新认定|首次|新增|新获|新评|新引入|新建|新列入|新晋|首获|当年认定")
_TITLE_ASPIRE = re.compile(r"申请|申报|争创|创建|培育|指导|联合|推荐")
_ASPIRE_AFTER = re.compile(r"^[^,，。;；]{0,10}?培育")


def _level_mentions(view: str, lo: int, hi: int) -> list[tuple[int, int, str]]:
    """Level words and named regions in view[lo:hi], each with its level; not 市级奖励 (money)."""
    from .places import _alias_pattern, _by_alias

    # the words may look past `hi` (市 in 北京市高精尖设计中心 is a level because 高精尖 follows)
    found = [(m.start(), m.end(), level) for level, rx in _LEVEL_WORDS for m in rx.finditer(view, lo, hi + 6)
             if m.end() <= hi]
    for m in _alias_pattern().finditer(view, lo, hi):
        level = _LEVEL_OF.get(_by_alias()[m.group(0)][0].level)
        if level and not _AREA_AFTER.match(view[m.end():m.end() + 4]):
            found.append((m.start(), m.end(), level))
    return sorted(x for x in found if not _MONEY_AFTER.match(view[x[1]:x[1] + 4]))


def _levels(view: str, lo: int, hi: int) -> list[str]:
    """The level nearest before a title, and those joined to it (国家、省级 -> both)."""
    found = [x for x in _level_mentions(view, lo, hi) if hi - x[1] <= _LEVEL_REACH]
    if not found:
        return []
    chain = [found[-1]]
    for s, e, level in reversed(found[:-1]):
        if e > chain[-1][0]:
            continue  # nested in the nearest one (国家 inside 国家级)
        if _JOINER.match(view[e:chain[-1][0]]):
            chain.append((s, e, level))
        else:
            break
    return list(dict.fromkeys(level for _, _, level in sorted(chain)))


def _titles(view, source, start, end, region):
    taken: list[tuple[int, int]] = []
    for t in terms()["titles"]:
        for m in t.regex.finditer(view, start, end):
            if any(s < m.end() and m.start() < e for s, e in taken):
                continue
            lo = clause_start(view, start, m.start())
            if view[lo:lo + 1] == "对":
                lo += 1
            lead = view[lo:m.start()]
            aspire = list(_TITLE_ASPIRE.finditer(lead))
            cue = list(_TITLE_CUE.finditer(lead))
            levels = _levels(view, lo, m.start())
            if aspire and (not cue or aspire[-1].start() > cue[-1].start()) and not _levels(
                    view, lo + aspire[-1].end(), m.start()):
                continue
            if t.group == "designation" and not cue and not levels and "各级" not in lead:
                continue
            taken.append((m.start(), m.end()))
            if _ASPIRE_AFTER.match(view[m.end():end]):
                continue  # 加大对专精特新企业的培育力度, 高新技术企业培育库
            sentence = sentence_start(view, start, m.start())
            to = view.rfind("对", sentence, m.start())
            new = bool(_TITLE_NEW.search(view[to if to >= 0 else lo:m.start()]))
            for level in levels or [None]:
                yield TitleCondition(name=t.name, level=level, new=new, text=source[m.start():m.end()],
                                     start=m.start(), end=m.end(), rule=f"conditions.title_{t.group}")


# --- time windows and frequency --------------------------------------------------------------
_DATE = r"(?P<y>\d{4})\s*年\s*(?P<m>\d{1,2})\s*月\s*(?P<d>\d{1,2})\s*日"
_DATE_RX = re.compile(_DATE)
_FROM_AFTER = re.compile(r"^\s*(?:\(含\))?\s*(?:以后|之后|后|起|以来)")
_TO_AFTER = re.compile(r"^\s*(?:\(含\))?\s*(?:以前|之前|前|止)")
_FROM_BEFORE = re.compile(r"(?:自|从|于)\s*$")
_QUARTERS = {"一": (1, 3), "1": (1, 3), "二": (4, 6), "2": (4, 6), "三": (7, 9), "3": (7, 9), "四": (10, 12), "4": (10, 12)}
_PERIOD = re.compile(r"(?P<y>\d{4})\s*年\s*(?:(?:第)?(?P<q>[一二三四1-4])\s*季度|(?P<whole>全年)|(?P<half>上半年|下半年))")
_MONTH_END = {3: 31, 6: 30, 9: 30, 12: 31}
_QUOTED = re.compile(r"《[^》]{0,120}》")


def _time_windows(view, source, start, end, region):
    quoted = [(m.start(), m.end()) for m in _QUOTED.finditer(view, start, end)]

    def inside(pos: int) -> bool:
        return any(s <= pos < e for s, e in quoted)

    dates = [m for m in _DATE_RX.finditer(view, start, end) if not inside(m.start())]
    used = set()
    for i, m in enumerate(dates):
        if i in used:
            continue
        iso = f"{int(m['y']):04d}-{int(m['m']):02d}-{int(m['d']):02d}"
        nxt = dates[i + 1] if i + 1 < len(dates) else None
        after = view[m.end():m.end() + 8]
        if nxt is not None and re.match(r"^\s*(?:\(含\))?\s*(?:至|到|-|—|~)\s*$", view[m.end():nxt.start()]):
            used.add(i + 1)
            to = f"{int(nxt['y']):04d}-{int(nxt['m']):02d}-{int(nxt['d']):02d}"
            yield TimeWindowCondition(from_date=iso, to_date=to, text=source[m.start():nxt.end()],
                                      start=m.start(), end=nxt.end(), rule="conditions.date_range")
        elif _FROM_AFTER.match(after) or _FROM_BEFORE.search(view[max(start, m.start() - 2):m.start()]):
            cue = _FROM_AFTER.match(after)
            stop = m.end() + (cue.end() if cue else 0)
            begin = m.start() - (1 if _FROM_BEFORE.search(view[max(start, m.start() - 2):m.start()]) else 0)
            yield TimeWindowCondition(from_date=iso, text=source[begin:stop], start=begin, end=stop,
                                      rule="conditions.date_from")
        elif _TO_AFTER.match(after):
            stop = m.end() + _TO_AFTER.match(after).end()
            yield TimeWindowCondition(to_date=iso, text=source[m.start():stop], start=m.start(), end=stop,
                                      rule="conditions.date_to")
    for m in _PERIOD.finditer(view, start, end):
        if inside(m.start()):
            continue
        y = int(m["y"])
        if m["q"]:
            a, b = _QUARTERS[m["q"]]
        elif m["half"]:
            a, b = (1, 6) if m["half"] == "上半年" else (7, 12)
        else:
            a, b = 1, 12
        yield TimeWindowCondition(from_date=f"{y:04d}-{a:02d}-01", to_date=f"{y:04d}-{b:02d}-{_MONTH_END[b]}",
                                  text=source[m.start():m.end()], start=m.start(), end=m.end(),
                                  rule="conditions.period")


FREQUENCY_PATTERNS = (
    ("conditions.one_time", "one_time", re.compile(r"一次性")),
    ("conditions.per_year", "per_year", re.compile(
        r"每年度?(?!(?:举办|开展|财政|征集|评选|遴选|安排|设立|统筹|发放|组织|累计采购|采购|新增|引进|培育|认定|推出|打造|建设))"
        r"|同一年度|(?<![上当])年度(?=[^,，。;；]{0,4}?(?:最高|支持金额|支持资金|运营经费|贴息|补贴|奖励|累计|不超过))")),
)


def _frequencies(view, source, start, end, region):
    for rule, every, rx in FREQUENCY_PATTERNS:
        for m in rx.finditer(view, start, end):
            yield FrequencyCondition(every=every, text=source[m.start():m.end()], start=m.start(), end=m.end(),
                                     rule=rule)
