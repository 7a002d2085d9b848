"""Units named for each clause in a division-of-labour list or table after the clauses or in an
attachment (政策兑现责任分工 / 重点任务分工表), when no clause names its own. Pure: view in, AgencyRefs out.

    第五条、第六条：牵头单位高新区经济发展局，配合单位高新区财政局      a line per clause or clauses
    序号 | 政策措施 | 牵头单位 | 配合单位                                   a table: | or tab rows, or one
    1 | 支持数据中心建设 | 市发展改革委 | 市工信局、市财政局                 cell a line when flattened
"""
from __future__ import annotations

import re

from .agencies import LABEL, add_ref, as_read
from .agency_names import is_agency, label_role, split_list
from .lexicons import Region
from .records import AgencyRef
from .textview import cn_to_int
from .work import DocumentWork, MeasureWork, PolicyWork

# 政策兑现责任分工 / 任务分工, after the clauses or in an attachment, one line per clause or clauses:
#   第五条、第六条：牵头单位高新区经济发展局，配合单位高新区财政局 / (三)牵头单位:市商务局
_CN_NUM = "一二三四五六七八九十"
_DIVISION_KEY = rf"(?:第[{_CN_NUM}]{{1,3}}条|\([{_CN_NUM}]{{1,3}}\)|[{_CN_NUM}]{{1,3}}、?|\d{{1,2}}[.、]?)"
_DIVISION_LINE = re.compile(
    rf"^[ \t\u3000]*(?P<keys>{_DIVISION_KEY}(?:\s*(?:、|,|和|及|至|-|—|~)\s*{_DIVISION_KEY})*)\s*:?\s*"
    rf"(?P<rest>(?:{LABEL})[^\n]*)$", re.M)
_DIVISION_KEY_ONE = re.compile(rf"第?(?P<n>[{_CN_NUM}]{{1,3}}|\d{{1,2}})")
_DIVISION_PART = re.compile(rf"(?P<label>{LABEL})\s*:?\s*(?P<list>[^\n]*?)\s*(?=[,;。]?\s*(?:{LABEL})|[,;。]?\s*$)", re.M)


def division_of_labour(view: str, source: str, start: int, end: int,
                       region: Region | None) -> dict[int, list[AgencyRef]]:
    """A list that names each clause's units by the clause's number, after the clauses or in an
    attachment (政策兑现责任分工): clause number -> its units. {} unless two lines or more of it
    are found in view[start:end]."""
    lines = list(_DIVISION_LINE.finditer(view, start, end))
    if len(lines) < 2:
        return {}
    out: dict[int, list[AgencyRef]] = {}
    for line in lines:
        keys = [cn_to_int(k.group("n")) for k in _DIVISION_KEY_ONE.finditer(line.group("keys"))]
        if "至" in line.group("keys") and len(keys) == 2 and keys[0] and keys[1] and keys[0] < keys[1] <= keys[0] + 20:
            keys = list(range(keys[0], keys[1] + 1))  # 第五条至第七条
        refs: list[AgencyRef] = []
        seen: set[tuple[str, str]] = set()
        for m in _DIVISION_PART.finditer(view, line.start("rest"), line.end("rest")):
            role = label_role(m.group("label"))
            for name, off in split_list(m.group("list")):
                if is_agency(name):
                    add_ref(refs, seen, name, role, m.start("list") + off, source, region, "agencies.division_of_labour")
        for k in keys:
            if k and refs:
                out.setdefault(k, []).extend(r.model_copy() for r in refs)
    return out


# 重点任务分工表 / 政策措施任务分工 as a table: a header row naming 牵头单位 (or 责任单位) and maybe
# 配合单位, then a row per clause or clauses, its cells split by | or tabs, or one cell a line when a
# copy flattened the table. A row names its clauses in its task cell ((一)(二) / 第五条), else by its 序号.
_LEAD_HEAD = re.compile(r"^(?:牵头|责任|主责)(?:单位|部门)$")
_CO_HEAD = re.compile(r"^(?:配合|协办|参与|协同)(?:单位|部门)$")
_KEY_HEAD = re.compile(r"^(?:序号|编号)$")
_TASK_HEAD = re.compile(r"(?:任务|措施|条款|事项|内容|政策)")
_ROW_REFS = re.compile(rf"\((?P<p>[{_CN_NUM}]{{1,3}})\)|第(?P<a>[{_CN_NUM}]{{1,3}})条|^(?P<c>[{_CN_NUM}]{{1,3}})、")


def division_table(view: str, source: str, start: int, end: int,
                   region: Region | None) -> dict[int, list[AgencyRef]]:
    """A division-of-labour table in view[start:end]: clause number -> its units ({} if none)."""
    lines = [(m.start(), m.end(), m.group(0).strip()) for m in re.finditer(r"[^\n]+", view[start:end])]
    lines = [(start + s, start + e, t) for s, e, t in lines if t]
    for i, (s, e, text) in enumerate(lines):
        sep = "|" if "|" in text else "\t" if "\t" in text else None
        if sep:
            heads = [c.strip() for c in text.strip("|").split(sep)]
            if any(_LEAD_HEAD.match(h) for h in heads):
                rows = []
                for rs, re_, row in lines[i + 1:]:
                    if sep not in row:
                        break
                    if re.fullmatch(r"[|:\-\s]+", row):
                        continue
                    body = view[rs:re_]
                    cells, pos = [], rs
                    for cell in (body.strip().strip("|") if sep == "|" else body).split(sep):
                        at = view.find(cell, pos, re_) if cell else pos
                        cells.append((cell, at))
                        pos = at + len(cell)
                    rows.append(cells)
                return _table_rows(heads, rows, source, region)
        elif _KEY_HEAD.match(text):  # flattened: 序号 / 重点任务 / 牵头单位 / 配合单位, a line each
            heads = [t for _, _, t in lines[i:i + 6]]
            n = next((k for k in range(2, len(heads) + 1) if not re.fullmatch(r"[\u4e00-\u9fa5]{2,6}", heads[k - 1])), None)
            n = (n - 1) if n else len(heads)
            heads = heads[:n]
            if not any(_LEAD_HEAD.match(h) for h in heads):
                continue
            rows, k = [], i + n
            while k + n <= len(lines) and re.fullmatch(r"\d{1,2}", lines[k][2]):
                rows.append([(view[a:b].strip(), a + view[a:b].find(view[a:b].strip())) for a, b, _ in lines[k:k + n]])
                k += n
            return _table_rows(heads, rows, source, region)
    return {}


def _table_rows(heads: list[str], rows: list, source: str, region: Region | None) -> dict[int, list[AgencyRef]]:
    find = lambda rx: next((j for j, h in enumerate(heads) if rx.search(h)), None)  # noqa: E731
    key, lead, co = find(_KEY_HEAD), find(_LEAD_HEAD), find(_CO_HEAD)
    task = next((j for j, h in enumerate(heads) if j not in (key, lead, co) and _TASK_HEAD.search(h)), None)
    out: dict[int, list[AgencyRef]] = {}
    if lead is None or len(rows) < 2:
        return {}
    for cells in rows:
        if len(cells) <= lead:
            continue
        refs: list[AgencyRef] = []
        seen: set[tuple[str, str]] = set()
        for col, role in ((lead, "responsible"), (co, "cooperating")):
            if col is not None and col < len(cells):
                text, at = cells[col]
                for name, off in split_list(text):
                    if is_agency(name):
                        add_ref(refs, seen, name, role, at + off, source, region, "agencies.division_table")
        values = []
        if task is not None and task < len(cells):
            values = [cn_to_int(m.group("p") or m.group("a") or m.group("c")) for m in _ROW_REFS.finditer(cells[task][0])]
        if not values and key is not None and key < len(cells) and cells[key][0].strip().isdigit():
            values = [int(cells[key][0].strip())]
        for v in values:
            if v and refs:
                out.setdefault(v, []).extend(r.model_copy() for r in refs)
    return out


def units_from_division_list(work: DocumentWork, p: PolicyWork) -> None:
    """No clause names its units, and a division-of-labour list after the clauses (or in an
    attachment) names them by clause number: each clause takes its line's units. Only when every
    clause lacks units, and only for a number that names one measure alone."""
    if not p.measures or any(m.agencies for m in p.measures):
        return
    first = min(m.start for m in p.measures)  # the last clause may run on into the attachment
    following = [q.start for q in work.policies if q.start > p.start]
    stop = min(following) if following else len(work.view)
    lists = (division_of_labour(work.view, as_read(work.source, work.view), first, stop, p.region)
             or division_table(work.view, as_read(work.source, work.view), first, stop, p.region))
    if not lists:
        return
    # a list names a clause by its own number ((五), 第五条, 5): the measure whose own marker, or
    # else whose top-level marker, has that number, when one measure alone has it
    own: dict[int, list[MeasureWork]] = {}
    top: dict[int, list[MeasureWork]] = {}
    for m in p.measures:
        for table, part in ((own, m.path.split("/")[-1]), (top, m.path.split("/")[0])):
            value = cn_to_int(re.sub(r"[第条()（）、.\s]", "", part))
            if value:
                table.setdefault(value, []).append(m)
    for value, refs in lists.items():
        found = own.get(value, []) if len(own.get(value, [])) == 1 else top.get(value, [])
        if len(found) == 1:
            found[0].agencies = [r.model_copy() for r in refs]
