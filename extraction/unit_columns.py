"""Units read from a measure's table row: the units column of a table flattened one cell a line, a
tab or markdown row's last cells, or a space-aligned row's cell under its header's units column."""
from __future__ import annotations

import re
import unicodedata

from .agency_names import is_agency, split_list

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


def table_column(view: str, start: int, end: int, source: str) -> list[tuple[str, int]]:
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
