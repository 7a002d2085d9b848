"""Compilations (政策汇编): several policies in one file, read policy by policy.

- numbered: entries 1. X若干措施（2024年X月起施行）… listed first, then the items, each item
  ending with the name of its source policy (numbered_compilation);
- with a table of contents: X若干政策……………23, each listed policy found below as a title line,
  or as the notice that issues it just above (by_contents);
- with none: each policy opened by its title line and its own 文号 on the next (by_titles_and_numbers).
Blocks are layout.PolicyBlock; layout.split_policies decides when a file is one.
"""
from __future__ import annotations

import re

from .doc_numbers import DOC_NUMBER_LINE, DOC_NUMBER_TEXT, LABELLED_NUMBER, TRAILING_DOC_NUMBER
from .layout import FILE_NAME, Item, PolicyBlock, title_like
from .shell import lines_of
from .textview import squash

_LIST_ENTRY = re.compile(
    r"(?P<num>\d{1,2})\s*[.,、]\s*(?P<title>[^()\n]{4,80}?)\s*"
    r"\((?P<dates>[^()\n]{0,60}?(?:施行|实施)[^()\n]{0,40})\)"
)
_TOC_ENTRY = re.compile(
    r"(?:(?P<cn>[一二三四五六七八九十]{1,3})、|\((?P<pcn>[一二三四五六七八九十]{0,3})\))"
    r"(?P<name>[^\d()、。,]{2,15}?)(?P<page>\d{1,3})"
)

# 赣州经开区支持新能源汽车产业发展若干政策……………………23: an entry of a compilation's 目录
_CONTENTS_ENTRY = re.compile(r"^[ \t\u3000]*(?P<t>[^\s….·][^\n]{3,80}?)[ \t\u3000]*[…\.·．]{4,}[ \t\u3000]*\d{1,4}[ \t\u3000]*$", re.M)
_NOTICE_OF = re.compile(r"关于(?:印发|转发|发布)")


def by_contents(view: str) -> list[PolicyBlock]:
    """A 政策汇编 with a table of contents (Title……page): each listed policy from its title line
    (or the notice that issues it, just above) to the next; its 文号 and dates are its own."""
    entries = [m for m in _CONTENTS_ENTRY.finditer(view) if title_like(m.group("t"))]
    if len(entries) < 2:
        return []
    lines = lines_of(view)
    pos, found = entries[-1].end(), []
    for m in entries:
        want = squash(m.group("t"))
        for i, (s, e) in enumerate(lines):
            if s < pos:
                continue
            one = squash(view[s:e]).strip("#《》")
            two = squash(view[s:lines[i + 1][1]]).strip("#《》") if i + 1 < len(lines) else ""
            if one == want or two == want:
                end = e if one == want else lines[i + 1][1]
                found.append((s, end, m.group("t").strip()))
                pos = end
                break
    if len(found) < 2:
        return []
    blocks, prev_end = [], entries[-1].end()
    for k, (s, e, title) in enumerate(found):
        head = view[prev_end:s]
        notice = [n for n in _NOTICE_OF.finditer(head) if squash(title)[:6] in squash(head[n.start():])]
        start = s
        if notice:  # 关于印发《X》的通知 above X: the block opens with the notice (its issuer line too)
            at = prev_end + notice[0].start()
            line_start = view.rfind("\n", 0, at) + 1
            above = view.rfind("\n", 0, max(0, line_start - 1)) + 1
            start = above if view[above:line_start].strip() and len(view[above:line_start].strip()) <= 30 else line_start
        end = found[k + 1][0] if k + 1 < len(found) else len(view)
        lead = len(view[s:e]) - len(view[s:e].lstrip(" #《"))
        body = min(end, e + 1)  # the line after the title
        blocks.append(PolicyBlock(start=start, end=end, body_start=body, title=title, title_start=s + lead, title_end=e))
        prev_end = e
    for b, nxt in zip(blocks, blocks[1:]):  # a notice that opens the next block ends this one
        b.end = min(b.end, nxt.start)
    return blocks

# (宝高新发〔2024〕13号 2024年4月18日印发): a compilation prints the 文号 with the date of issue
# 【政策一】X / 1. X（鄞政发〔2024〕25号）: an entry's label before a compilation's policy title
_ENTRY_LABEL = re.compile(r"[ \t\u3000#]*(?:[【\[][^】\]\n]{1,8}[】\]]|\d{1,2}\s*[.、．](?!\d))[ \t\u3000]*")
_NUMBER_AND_DATE = re.compile(rf"^\s*\(\s*(?P<num>{DOC_NUMBER_TEXT})[ \t\u3000,]+[^()\n]{{4,24}}?\)\s*$")


def by_titles_and_numbers(view: str) -> list[PolicyBlock]:
    """Policies one after another, each opened by its title line with its own 文号 on the next
    line, labelled there (文号：…　施行日期：…) or in brackets at the title's end (a 政策汇编 with no
    contents; a 办法 followed by its 实施细则); an entry's label before the title (【政策一】, 1.) is
    no part of it. Each from its title line to the next. [] unless two or more with different
    titles and numbers."""
    lines = [(s, e) for s, e in lines_of(view) if view[s:e].strip()]
    found = []
    for (s, e), (s2, e2) in zip(lines, lines[1:] + [(len(view), len(view))]):
        label = _ENTRY_LABEL.match(view, s, e)
        t0 = label.end() if label else s + len(view[s:e]) - len(view[s:e].lstrip(" #"))
        bracketed = TRAILING_DOC_NUMBER.search(view, t0, e)
        t1 = bracketed.start() if bracketed else len(view[:e].rstrip())
        text = view[t0:t1].strip()
        number = bracketed or DOC_NUMBER_LINE.match(view[s2:e2]) or _NUMBER_AND_DATE.match(view[s2:e2]) \
            or LABELLED_NUMBER.match(view[s2:e2])
        if number and title_like(text) and not _NOTICE_OF.search(text) and not text.startswith("关于"):
            found.append((s, e, text, squash(number.group("num")), t0, t1))
    if len(found) < 2 or len({f[2] for f in found}) < len(found) or len({f[3] for f in found}) < len(found):
        return []
    blocks = []
    for k, (s, e, title, _, t0, t1) in enumerate(found):
        end = found[k + 1][0] if k + 1 < len(found) else len(view)
        # the body from the line after the title, its 文号 line first (read as the entry's head: own_number, issue_date)
        blocks.append(PolicyBlock(start=s, end=end, body_start=min(end, e + 1), title=title,
                                  title_start=t0, title_end=t1))
    return blocks


def numbered_compilation(view: str) -> list[PolicyBlock]:
    entries = _numbered_run(list(_LIST_ENTRY.finditer(view)))
    if len(entries) < 3:
        return []
    collection_title = _first_title_line(view)
    body_from = entries[-1].end()
    sections, body_from = _table_of_contents(view, body_from)
    titles = [m.group("title").strip() for m in entries]
    blocks = [
        PolicyBlock(start=m.start("title"), end=m.end(), body_start=m.end(), title=t,
                    title_start=m.start("title"), title_end=m.start("title") + len(t),
                    collection_title=collection_title, dates_text=m.group("dates"), items=[])
        for m, t in zip(entries, titles)
    ]
    by_title = {t: b for t, b in zip(titles, blocks)}
    alternation = re.compile("|".join(map(re.escape, sorted(set(titles), key=len, reverse=True))))
    header = _section_header_pattern(sections)
    prev, cn, pcn = body_from, None, None
    for occ in alternation.finditer(view, body_from):
        nxt = view[occ.end():occ.end() + 1]
        if view[occ.start() - 1:occ.start()] == "《" or nxt in ("、", ",", "》") or view.startswith("等", occ.end()):
            continue  # a reference to the policy inside an item, not the item's source line
        start, end = prev, occ.start()
        while True:  # section headings glued before the item's own heading
            m = header.match(view, start) if header else None
            if not m or m.end() == start:
                break
            if m.group("cn"):
                cn, pcn = f"{m.group('cn')}、{m.group('name')}", None
            else:
                pcn = f"({m.group('pcn')}){m.group('name')}"
            start = m.end()
        while start < end and view[start].isspace():
            start += 1
        if end - start > 10:
            section = " / ".join(s for s in (cn, pcn) if s) or None
            by_title[occ.group(0)].items.append(Item(start, end, section))
        prev = occ.end()
    return blocks


def _numbered_run(matches: list[re.Match]) -> list[re.Match]:
    """The longest run of entries numbered 1, 2, 3, … in order."""
    best: list[re.Match] = []
    for i, m in enumerate(matches):
        if int(m.group("num")) != 1:
            continue
        run = [m]
        for n in matches[i + 1:]:
            if int(n.group("num")) == len(run) + 1 and n.start() - run[-1].end() < 5:
                run.append(n)
        best = max(best, run, key=len)
    return best


def _table_of_contents(view: str, pos: int) -> tuple[list[str], int]:
    m = re.compile(r"目\s*录").search(view, pos, pos + 200)
    if not m:
        return [], pos
    names, end = [], m.end()
    for e in _TOC_ENTRY.finditer(view, m.end()):
        if e.start() != end:
            break
        names.append(e.group("name"))
        end = e.end()
    return names, end


def _section_header_pattern(names: list[str]) -> re.Pattern | None:
    if not names:
        return None
    alt = "|".join(map(re.escape, sorted(set(names), key=len, reverse=True)))
    return re.compile(
        rf"\s*(?:(?P<cn>[一二三四五六七八九十]{{1,3}})、|\((?P<pcn>[一二三四五六七八九十]{{0,3}})\))\s*(?P<name>{alt})"
    )


def _first_title_line(view: str) -> str | None:
    for s, e in lines_of(view):
        text = view[s:e].strip()
        if text and not FILE_NAME.match(text):
            return text[:40]
    return None
