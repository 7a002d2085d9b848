"""Responsible agencies of a clause, normalised to full names scoped to the policy's region.

Recognised forms: (责任部门:财政局、科技局), (责任单位:市经信局,配合单位:市教育局、…), the same
without parentheses running to the end of the clause, a closing parenthesis on the next line,
and an unlabelled parenthesised list at the end of a clause whose every item is an agency
name ((市商务局、市地方金融监管局、人行杭州中心支行)). Administering agencies of a policy
(由X负责…) are found in its non-measure clauses.
"""
from __future__ import annotations

import re
from functools import lru_cache

from .agency_names import is_agency, label_role, split_list
from .lexicons import Region, agencies as table, region_by_name
from .places import city_of, short_name, zone_written_as
from .records import AgencyRef
from .textview import BLANK
from .unit_columns import table_column

_LABEL_WORDS = [f"{lead}{head}{tail}" for lead, head, tails in (
    ("", "责任", "部门 单位 主体 科室 处室"), ("牵头", "责任", "部门 单位 主体"), ("政策兑现", "责任", "部门 单位 主体"),
    ("兑现", "责任", "部门 单位 主体"), ("", "牵头", "部门 单位"), ("", "配合", "部门 单位"), ("", "协同", "部门 单位"),
    ("", "协办", "部门 单位"), ("", "参与", "部门 单位"), ("", "实施", "部门 单位"), ("", "承办", "部门 单位"),
    ("", "主责", "部门 单位"), ("", "兑现", "部门 单位"), ("", "办理", "部门 单位"), ("", "受理", "部门 单位"),
    ("", "主管", "部门 单位")) for tail in tails.split()]
# 责任单\n位: a PDF copy breaks a label anywhere, so white space may stand between its characters
LABEL = "|".join(r"\s*".join(w) for w in sorted(_LABEL_WORDS, key=len, reverse=True))
# (责任单位：市发展改革委(市粮食和储备局)、市财政局) / [责任单位:市工信局] / 【责任单位】市科技局
# 兑现部门：区人社局兑现时限：每季度末: the label after the units' list, glued to it
_NEXT_LABEL = r"(?:兑现|办理|申报|受理)(?:时限|时间|方式|流程|条件)\s*:|(?:政策咨询|联系|咨询)电话\s*:"
_LABELLED = re.compile(
    rf"[(\[]?\s*(?P<label>{LABEL})\s*(?:\]\s*:?|:)\s*(?P<list>[^()\[\]。]*?(?:(?:\([^()]{{0,14}}\)|\[(?!{LABEL})[^\[\]]{{0,6}}\])[^()\[\]。]*?)*)"
    rf"\s*(?=\)|\]|\[|。|$|{LABEL}|{_NEXT_LABEL})"
)
_TRAILING_PAREN = re.compile(r"\((?P<list>[^()。:]{2,120}?(?:\([^()]{0,6}\)[^()。:]*?)*)\)\s*$")
# 区科技局牵头，区财政局、区发改局配合 / (区商务局负责) / (市工信局、市财政局牵头)
_LEADS = re.compile(r"(?:^|(?<=[,。;:(\s]))(?P<lead>[^,。;:()\s]{2,60}?)(?:牵头|负责牵头)(?:负责)?"
                    r"(?:[,、]?\s*(?P<co>(?:[^,。;:()]|\([^()]{1,6}\)){2,80}?)(?:等(?:部门|单位))?(?:按职责(?:分工)?)?(?:配合|协同|参与|协助|负责))?")
_PAREN_DUTY = re.compile(r"\((?P<list>[^()。:]{2,120}?)(?:负责|牵头|组织实施)\)")
_ADMIN = re.compile(
    r"由(?P<name>[^,，。;；由]{2,40}?)(?:具体|会同[^,，。;；]{0,12})?负责(?!解释)"
)
# 由市工信局、市发展改革委等部门负责落实 / 本条政策由市工信局会同市财政局负责兑现: inside the clause
# …单站最高50万元。由市发展和改革委员会负责。: the clause's last sentence names its unit
_BY_DUTY = re.compile(r"由(?P<list>(?:[^,。;:()由]|\([^()]{1,6}\)){2,80}?)(?:等(?:相关)?(?:部门|单位))?(?:按职责(?:分工)?)?(?:具体|共同)?(?:负责|协调办理|统筹协调)"
                      r"(?!解释)(?:落实|兑现|实施|组织|执行|审核|受理|(?=\s*[。.]?\s*$)|(?<=统筹协调)(?=\s*[;。]))")


@lru_cache(maxsize=1)
def _named_region_prefix() -> re.Pattern:
    names = {a for r in region_by_name().values() for a in (r.name, *r.aliases) if len(a) >= 3}
    return re.compile("|".join(map(re.escape, sorted(names, key=len, reverse=True))))


def canonical(raw: str, region: Region | None) -> str:
    """市经信局 in 杭州市 -> 杭州市经济和信息化局; 财政局 in 长春新区 -> 长春新区财政局."""
    t = table()
    name = re.sub(r"\s+", "", raw)
    name = t["fixed"].get(name, name)
    for abbr, full in sorted(t["abbreviations"].items(), key=lambda kv: len(kv[0]), reverse=True):
        if name.endswith(abbr) and not name.endswith(full):
            name = name[: -len(abbr)] + full
            break
    if name.startswith(tuple(t["unscoped_prefixes"])) or region is None \
            or name.endswith(tuple(t["unscoped_suffixes"])) and len(name) > 2:
        return name
    # in a county-level city (浏阳市, under 长沙市) 市工信局 is its own bureau, not the prefecture's
    city = region if region.level == "district" and region.name.endswith("市") else city_of(region)
    for r in (region, city):
        if r is None:
            continue
        if name.startswith(r.name):
            return name
        written = zone_written_as(name, r) if r.level == "district" else None
        if written:  # 海口国家高新区管委会 in 海口国家高新技术产业开发区
            return r.name + name[len(written):]
        short = short_name(r)
        if short != r.name and name.startswith(short):
            return r.name + name[len(short):]
    if _named_region_prefix().match(name) or _named_region_prefix().match(name, 2) and name.startswith("中共"):
        return name  # already says whose it is (怀柔科学城管理委员会, 中共北京市石景山区委宣传部)
    city_owned = re.match(r"市(?!场|政|容|民(?!政))", name)  # (市民服务中心 is no city bureau; 市民政局 is)
    if (city_owned or name.startswith(("各区", "有关区"))) and city is not None:
        prefix = city.name
        if city is region and region.level == "district":  # 浏阳市工业和信息化局, as it signs itself
            prefix = next((a for a in region.aliases if a.endswith("市") and len(a) >= 3), region.name)
        return prefix + (name[1:] if city_owned else name)
    if name[:1] in "州盟" and city is not None and city.name.endswith(name[0]):  # 州商务局 in 延边朝鲜族自治州
        return city.name + name[1:]
    if name.startswith("区") and region.level == "district":
        return region.name + name[1:]
    if name.startswith(("省", "自治区")) and (province := _province_of(region)) is not None \
            and province.name.endswith(name[:3] if name.startswith("自治区") else "省"):  # 省工信厅 in 江西省
        return province.name + name[3 if name.startswith("自治区") else 1:]
    for own in ("开发区", "新区", "县", "旗"):  # 县农业农村局 in 梨树县, 新区财政局 in 贵安新区, 开发区经发局
        if name.startswith(own) and region.name.endswith(own) and len(name) > len(own):
            return region.name + name[len(own):]
    return region.name + name


def _province_of(region: Region) -> Region | None:
    """江西省 for 江西省, 南昌市 or 南昌市东湖区."""
    table_ = region_by_name()
    for _ in range(3):
        if region.level == "provincial":
            return region
        parent = table_.get(region.parent or "")
        if parent is None:
            return None
        region = parent
    return None


# 和/及/与/、/会同 between two names that could each stand alone as an agency
_JOINERS = re.compile(r"以及|会同|[和及与、,;]")
# 管理委员会北京市石景山区科学技术委员会: a full name glued to the region prefix of the next one
_GLUED_AFTER = ("委员会", "办公室")
_GENERIC_PIECE = re.compile(r"^(?:相关|有关|其他|其它|各类|上述)")


def _stands_alone(piece: str) -> bool:
    return len(piece) >= 3 and is_agency(piece) and not _GENERIC_PIECE.match(piece) and "(" not in piece[:-1]


def split_joined(name: str) -> list[tuple[str, int]]:
    """A joined list of agencies as its names with their offsets in `name`:
    X科学技术委员会和中共X区委宣传部 -> two; 区发改委会同区财政局、区经委 -> three. A joiner inside
    one name (发展和改革委员会, 工业和信息化局, 住房和城乡建设局) is no cut: every piece must end in
    an agency suffix and stand alone, else the name stays whole. Of the ways to cut, the one with
    the most pieces wins."""
    cuts = [(m.start(), m.end()) for m in _JOINERS.finditer(name)]
    region_start = _named_region_prefix()
    cuts += [(i, i) for i in range(3, len(name) - 2) if name[:i].endswith(_GLUED_AFTER)
             and (region_start.match(name, i) or name.startswith("中共", i))]
    cuts.sort()
    memo: dict[int, list[tuple[str, int]] | None] = {}

    def pieces_from(pos: int) -> list[tuple[str, int]] | None:
        if pos in memo:
            return memo[pos]
        rest = name[pos:].strip()
        best = [(rest, name.index(rest, pos))] if rest and _stands_alone(rest) else None
        for start, end in cuts:
            if start <= pos:
                continue
            piece = name[pos:start].strip()
            if not piece or not _stands_alone(piece):
                continue
            tail = pieces_from(end)
            if tail is not None and (best is None or len(tail) + 1 > len(best)):
                best = [(piece, name.index(piece, pos))] + tail
        memo[pos] = best
        return best

    return pieces_from(0) or [(name, 0)]


_BLANKS = re.compile(rf"{re.escape(BLANK)}+")


@lru_cache(maxsize=4)
def as_read(source: str, view: str) -> str:
    """The source with what the view blanked (a page number between two lines of a name: 市发 / -3- /
    改委) turned into line ends, which add_ref reads through."""
    out, last = [], 0
    for m in _BLANKS.finditer(view):  # (only where the view has blanks: runs, not every character)
        s, e = m.span()
        if source[s:e].isspace():
            continue
        out += [source[last:s], "".join(c if c.isspace() else "\n" for c in source[s:e])]
        last = e
    return "".join(out) + source[last:]


def responsible_agencies(view: str, source: str, start: int, end: int, region: Region | None) -> list[AgencyRef]:
    refs: list[AgencyRef] = []
    seen: set[tuple[str, str]] = set()
    read_from = as_read(source, view)  # (the table's columns are measured on the source as written)
    for name, off, *read in table_column(view, start, end, source):
        add_ref(refs, seen, name, "responsible", off, read_from, region, "agencies.table_column", *read)
    source = read_from
    for m in _LABELLED.finditer(view, start, end):
        role = label_role(m.group("label"))
        base = m.start("list")
        for name, off in split_list(view[base:m.end("list")]):
            add_ref(refs, seen, name, role, base + off, source, region, "agencies.labelled_list")
    if not refs:
        for m in _PAREN_DUTY.finditer(view, start, end):
            names = split_list(m.group("list"))
            if names and all(is_agency(n) for n, _ in names):
                for name, off in names:
                    add_ref(refs, seen, name, "responsible", m.start("list") + off, source, region, "agencies.paren_duty")
    if not refs:
        for m in _LEADS.finditer(view, start, end):
            groups = [("lead", "responsible")] + ([("co", "cooperating")] if m.group("co") else [])
            found = [(role, split_list(m.group(g)), m.start(g)) for g, role in groups]
            if not all(names and all(is_agency(n) for n, _ in names) for _, names, _ in found):
                continue
            for role, names, base in found:
                for name, off in names:
                    add_ref(refs, seen, name, role, base + off, source, region, "agencies.lead_and_cooperate")
    if not refs:
        for m in _BY_DUTY.finditer(view, start, end):
            names = split_list(m.group("list"))
            if names and all(is_agency(n) for n, _ in names):
                for name, off in names:
                    add_ref(refs, seen, name, "responsible", m.start("list") + off, source, region, "agencies.by_duty")
    if not refs:
        tail = _TRAILING_PAREN.search(view, start, end)
        if tail:
            names = split_list(tail.group("list"))
            if names and all(is_agency(n) for n, _ in names):
                for name, off in names:
                    add_ref(refs, seen, name, "responsible", tail.start("list") + off, source, region,
                         "agencies.trailing_paren_list")
    return refs


def administering_agencies(view: str, source: str, start: int, end: int, region: Region | None) -> list[AgencyRef]:
    """由通州区经济和信息化局具体负责征集、兑现 -> the agency that runs the policy's money."""
    refs: list[AgencyRef] = []
    seen: set[tuple[str, str]] = set()
    source = as_read(source, view)
    for m in _ADMIN.finditer(view, start, end):
        name = m.group("name").strip()
        if is_agency(name):
            add_ref(refs, seen, name, "responsible", m.start("name"), source, region, "agencies.administering")
    return refs


def add_ref(refs, seen, name, role, offset, source, region, rule, read: str | None = None) -> None:
    """`read`: the name as read when it is not contiguous in the source (a table cell's wrapped lines)."""
    key = (name, role)
    if key in seen:
        return
    seen.add(key)
    end, length, want = offset, 0, len(re.sub(r"\s+", "", name))
    while end < len(source) and length < want:  # a name a line end broke (区工业和信\n息化局): read through
        length += not source[end].isspace()
        end += 1
    raw = read if read is not None else re.sub(r"[ \t\u3000]*\n[ \t\u3000]*", "", source[offset:end])
    refs.append(AgencyRef(name=canonical(name, region), raw=raw, role=role, start=offset, end=end, rule=rule))
