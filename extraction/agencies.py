"""Responsible agencies of a clause, normalised to full names scoped to the policy's region.

Recognised forms: (责任部门:财政局、科技局), (责任单位:市经信局,配合单位:市教育局、…), the same
without parentheses running to the end of the clause, a closing parenthesis on the next line,
and an unlabelled parenthesised list at the end of a clause whose every item is an agency
name ((市商务局、市地方金融监管局、人行杭州中心支行)). Administering agencies of a policy
(由X负责…) are found in its non-measure clauses.
"""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from .lexicons import Region, agencies as table, region_by_name
from .places import city_of, short_name, zone_written_as
from .records import AgencyRef
from .textview import BLANK

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
_SPLIT = re.compile(r"[、,，;；]|会同|和(?=[市区县省])")
# role words after a name in a list: 市科技局牵头，市工信局配合 / 市发展改革委等部门
_ROLE = re.compile(r"(?:等(?:相关)?(?:部门|单位)?)?(?:按\s*职\s*责(?:\s*分\s*工)?)?(?:牵头|配合|负责|参与|协助|协同|共同)*$")  # (按\n职责: a PDF's line end)
# 以下均需各区、县(市)政府落实, 不再列出: a remark inside the list, not a unit
_NOT_A_NAME = re.compile(r"^(?:以下|上述|其他|均需|不再|另行)|(?:落实|列出|执行|办理)$")
_BY = re.compile(r"^(?:具体)?由")  # (具体由市科技局负责)
# 由市工信局、市发展改革委等部门负责落实 / 本条政策由市工信局会同市财政局负责兑现: inside the clause
# …单站最高50万元。由市发展和改革委员会负责。: the clause's last sentence names its unit
_BY_DUTY = re.compile(r"由(?P<list>(?:[^,。;:()由]|\([^()]{1,6}\)){2,80}?)(?:等(?:相关)?(?:部门|单位))?(?:按职责(?:分工)?)?(?:具体|共同)?(?:负责|协调办理|统筹协调)"
                      r"(?!解释)(?:落实|兑现|实施|组织|执行|审核|受理|(?=\s*[。.]?\s*$)|(?<=统筹协调)(?=\s*[;。]))")


@lru_cache(maxsize=None)
def _suffixes() -> tuple[str, ...]:
    return tuple(sorted(table()["suffixes"], key=len, reverse=True))


def label_role(label: str) -> str:
    """配合单位 / 协办单位 name cooperating units; 责任单位, 牵头单位 and the rest responsible ones."""
    return "cooperating" if label.startswith(("配合", "协办", "协同", "参与")) else "responsible"


def is_agency(name: str) -> bool:
    """Ends as an agency does; 各镇(街道) by what stands before its bracketed alternative; a bureau's
    section (区科技局高新技术科, 市发改委产业处) by the bureau before it."""
    bare = re.sub(r"\s*\([^()]{1,6}\)$", "", name.strip()).strip()
    return 2 <= len(name) <= 40 and (bare.endswith(_suffixes()) or _SECTION_OF.fullmatch(bare) is not None)


_SECTION_OF = re.compile(r"[\u4e00-\u9fff]{1,20}?(?:局|委|办|中心)[\u4e00-\u9fff]{1,10}?(?:科|处|股)")


def split_list(text: str) -> list[tuple[str, int]]:
    """Split 财政局、科技局 into names with their offsets; keeps 各区、县(市)政府 whole."""
    items: list[tuple[str, int]] = []
    pos = 0
    pending: tuple[str, int] | None = None
    for piece in _SPLIT.split(text) + [None]:  # type: ignore[operator]
        if piece is None:
            break
        offset = text.index(piece, pos)
        pos = offset + len(piece)
        lead = len(piece) - len(piece.lstrip())
        name, offset = piece.strip(), offset + lead
        if not pending:
            name = name[: len(name) - len(_ROLE.search(name).group(0))] or name
            by = _BY.match(name)
            if by and len(name) > by.end() + 1:
                name, offset = name[by.end():], offset + by.end()
        if pending:
            name, offset = text[pending[1]:offset + len(name)], pending[1]
            pending = None
            name = name[: len(name) - len(_ROLE.search(name).group(0))] or name  # 各区、县(市)政府等
        if not name or _NOT_A_NAME.search(name):
            continue
        if not is_agency(name) and len(name) <= 6:
            pending = (name, offset)  # 各区 、县(市)政府
            continue
        items.append((name, offset))
    return items


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


# 1<TAB>对…给予补助。<TAB>市经济和信息化局 / 市投资促进局: the 责任单位 column of a flattened table, its
# names wrapped onto the lines below (a line (市能源局) continues the name above it)
_TAB_COLUMN = re.compile(r"\t(?P<first>[^\t\n]{2,40}?)[ \t]*(?=\n|$)")
_COLUMN_LINE = re.compile(r"\n[ \t]*(?P<line>[^\t\n。;:]{2,40}?)[ \t]*(?=\n|$)")


# | 2 | 支持技术改造 | 对…给予补助 | 市工业和信息化局 |: a markdown row's last cell
_LAST_CELL = re.compile(r"\|\s*(?P<first>[^|\n]{2,60}?)\s*\|(?:[ \t\u3000]*(?:/|／|—|-|－|无)?[ \t\u3000]*\|)*\s*$")  # (| 区经信局 | / |)
# 1 | 支持平台落户 | 对…给予奖励200万元。 | 区商务局、区投资促进中心: a row copied without its outer pipes
_OPEN_ROW = re.compile(r"[ \t\u3000]*(?:\d{1,3}[.、．]?|\([一二三四五六七八九十]{1,3}\)|[一二三四五六七八九十]{1,3}、)[ \t\u3000]*\|[^|\n]+\|[^|\n]+\|")  # (1. | X | …, (一) | X | …: the row's 序号 as written)
_OPEN_LAST_CELL = re.compile(r"\|\s*(?P<first>[^|\n]{2,60}?)\s*$")


_BARE_KEY = re.compile(r"[ \t\u3000]*\d{1,3}[ \t\u3000]*\n")


# what no unit's name holds: a stop, a title, a figure, an article (第七条), a sentence's words
_NOT_A_CELL_OF_UNITS = re.compile(r"[。;:《》\d]|第[^\n]{1,4}条|的|对|给予|按")


def _cell_lines(view: str, start: int, end: int) -> list[tuple[str, int]]:
    """1 / 技术改造奖补 / 对…给予补助。 / 市经信局、 / 市财政局 / 依申请: a row of a table flattened one
    cell a line (clauses.py's cell_row): its first cell of units only, wrapped lines joined."""
    if not _BARE_KEY.match(view, start, end):
        return []
    lines = [(m.group(0), m.start()) for m in re.finditer(r"[^\n]+", view[start:end])][1:]
    for i, (line, at) in enumerate(lines):
        # 市经信局、 / 市财政局 or 区工业和信 / 息化局: a cell wrapped at a line end, read through
        for k in range(i, min(i + 4, len(lines))):
            cell_start, cell_end = start + at, start + lines[k][1] + len(lines[k][0])
            cell = view[cell_start:cell_end]
            if _NOT_A_CELL_OF_UNITS.search(cell):
                break
            joined = re.sub(r"(?<=[^、,])\n[ \t\u3000]*", "", cell).rstrip()
            names = split_list(joined)
            if names and all(is_agency(n) for n, _ in names) and names[-1][1] + len(names[-1][0]) == len(joined):
                return [(n, cell_start + _offset_in(cell, n, off)) for n, off in names]
    return []


def _tab_cell_of_units(view: str, start: int, stop: int, sep: str = "\t") -> list[tuple[str, int]]:
    """1<TAB>《X》<TAB>对…奖励10万元。<TAB>县工信局、县财政局<TAB>次年6月底前: a tab (or markdown) row
    whose units stand in a cell before its last (兑现时限 after 兑现部门), read from the right."""
    row = view[start:stop]
    if sep not in row:
        return []
    cells, pos = [], 0
    for cell in row.split(sep):
        cells.append((cell, pos))
        pos += len(cell) + 1
    for cell, at in reversed(cells[1:]):
        names = split_list(cell)
        if names and not _NOT_A_CELL_OF_UNITS.search(cell) and all(is_agency(n) for n, _ in names):
            return [(n, start + at + off) for n, off in names]
    return []


# 序号  兑现事项    兑现标准          责任部门: a table typed with spaces, its columns aligned by display width
_SPACED_HEADER = re.compile(r"[ \t\u3000]*序\s?号[ \t\u3000]{2,}[^\n]*?(?P<units>(?:责任|牵头|兑现|实施|主管|受理)(?:部门|单位))[ \t\u3000]*(?P<next>\S)?")
_SPACED_ROW_START = re.compile(r"[ \t\u3000]*\d{1,3}[ \t\u3000]{2,}\S")


def _width(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


def _spaced_cells(view: str, source: str, start: int, end: int) -> list[tuple[str, int]]:
    """  1     "小升规"奖励    对首次升规…      经济发展部 / (wrapped lines)      财政金融部: a space-aligned
    row's cell under the header's units column, its lines joined. Widths are the source's (the view
    makes full-width punctuation half-width); offsets are the same in both."""
    if not _SPACED_ROW_START.match(view, start, end):
        return []
    header = None
    for line in re.finditer(r"[^\n]+", source[max(0, start - 1500):start]):
        if m := _SPACED_HEADER.match(line.group(0)):
            header = (line.group(0), m)
    if header is None:
        return []
    text, m = header
    first, last = _width(text[:m.start("units")]), _width(text[:m.start("next")]) if m.group("next") else None
    pieces, where = [], []  # the cell's lines, and each of their characters' offsets
    for line in re.finditer(r"(?m)^[^\n]*", source[start:end]):
        row, col, i = line.group(0), 0, 0
        if not row.strip() and pieces or _SPACED_HEADER.match(row):
            break  # the row ends at a blank line or at the header a new page repeats
        while i < len(row) and col < first:
            col += _width(row[i])
            i += 1
        if col != first or (i and not row[i - 1].isspace()):
            continue  # the line does not reach the column, or a cell runs across it
        cell = row[i:]
        if last is not None:
            cell = cell[: next((k for k in range(len(cell)) if _width(row[:i + k]) >= last), len(cell))]
        cell_at = start + line.start() + i
        piece = view[cell_at:cell_at + len(cell)]
        if piece.strip():
            lead = len(piece) - len(piece.lstrip())
            pieces.append(piece.strip())
            where.extend(range(cell_at + lead, cell_at + lead + len(piece.strip())))
    joined = "".join(pieces)
    names = split_list(joined)
    if not names or _NOT_A_CELL_OF_UNITS.search(joined) or not all(is_agency(n) for n, _ in names):
        return []
    # (a name wrapped in its cell, 市市场监 / 管局, is not contiguous in the text: it stands as read)
    return [(n, where[off]) if where[off + len(n) - 1] - where[off] == len(n) - 1 else (n, where[off], n) for n, off in names]


def _offset_in(cell: str, name: str, off: int) -> int:
    """Where a name read through a line break starts in the cell as written."""
    at = cell.find(name[:2], max(0, off - 4))
    return at if at >= 0 else off


def _table_column(view: str, start: int, end: int, source: str) -> list[tuple[str, int]]:
    """(name, offset) of the units in a measure's last table column, or []."""
    if cells := _cell_lines(view, start, end) or _spaced_cells(view, source, start, end):
        return cells
    line_end = view.find("\n", start, end)
    stop = line_end if line_end >= 0 else end
    open_row = _OPEN_ROW.match(view, start, stop)  # (1. | X | 对… | 区经信委 |: the marker before the first pipe)
    row = _LAST_CELL.search(view, start, stop) if view[start:stop].lstrip().startswith("|") \
        or open_row and view[start:stop].rstrip().endswith("|") \
        else _OPEN_LAST_CELL.search(view, start, stop) if open_row else None
    if row:
        names = split_list(row.group("first"))
        if not (names and all(is_agency(n) for n, _ in names)):
            return _tab_cell_of_units(view, start, stop, "|")  # (| 区科技局、区税务局 | 汇算清缴完成后2个月内 |)
        return _lead_cell(view, start, row.start("first"), "|") + [(n, row.start("first") + off) for n, off in names]
    m = _TAB_COLUMN.search(view, start, stop)
    if not m or not is_agency(re.sub(r"\([^()]{1,12}\)$", "", m.group("first").strip()).rstrip("、,")):
        return _tab_cell_of_units(view, start, stop)
    names = [(m.group("first").strip(), m.start("first"))]
    pos = m.end()
    while (c := _COLUMN_LINE.match(view, pos, end)) is not None:
        line = c.group("line").strip()
        if line.startswith("("):  # (市能源局): the rest of the name above
            name, at = names[-1]
            names[-1] = (view[at:c.start("line") + len(c.group("line").rstrip())], at)  # the break is read through
        elif is_agency(line):
            names.append((line, c.start("line")))
        else:
            break
        pos = c.end()
    if not all(is_agency(n) for name, _ in names for n, _ in split_list(name)):
        return []
    return _lead_cell(view, start, m.start("first"), "\t") + [(n, at + off) for name, at in names for n, off in split_list(name)]


def _lead_cell(view: str, row_start: int, last_cell: int, sep: str) -> list[tuple[str, int]]:
    """| 牵头单位 | 配合单位 | as the row's last two cells: the lead units' cell before the last one,
    when it holds units only (区发改委 | 区投资促进中心)."""
    before = view.rfind(sep, row_start, last_cell)
    if before < 0:
        return []
    start = view.rfind(sep, row_start, before) + 1
    if start <= row_start:
        return []
    cell = view[start:before]
    names = split_list(cell.strip())
    if not names or _NOT_A_CELL_OF_UNITS.search(cell) or not all(is_agency(n) for n, _ in names):
        return []
    lead = len(cell) - len(cell.lstrip())
    return [(n, start + lead + off) for n, off in names]


@lru_cache(maxsize=4)
def as_read(source: str, view: str) -> str:
    """The source with what the view blanked (a page number between two lines of a name: 市发 / -3- /
    改委) turned into line ends, which add_ref reads through."""
    return "".join("\n" if v == BLANK and not c.isspace() else c for c, v in zip(source, view))


def responsible_agencies(view: str, source: str, start: int, end: int, region: Region | None) -> list[AgencyRef]:
    refs: list[AgencyRef] = []
    seen: set[tuple[str, str]] = set()
    for name, off, *read in _table_column(view, start, end, source):
        add_ref(refs, seen, name, "responsible", off, as_read(source, view), region, "agencies.table_column", *read)
    source = as_read(source, view)
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
