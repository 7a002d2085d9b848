"""After a notice's title: the notice text, its 文号, the signature and the policy's own title line,
and where the policy's body starts; a notice whose own text is the policy; a repeal or extension
notice about another document; an issuer's line heading a title (GB/T 9704). Read by shell.py,
which finds the notice; the Shell these fill is shell_parts.Shell.
"""
from __future__ import annotations

import re

from .doc_numbers import (AFTER_NOTICE_TITLE, BEFORE_ADDRESSEES, DOC_NUMBER_LINE, LEADING_DOC_NUMBER,
                          NUMBER_IN_NOTICE_LINE, SIGNED_NUMBER, number_under_title)
from .shell_parts import ADDRESSEES, NOTICE_TEXT, PAGE_LABEL, Shell, take_doc_number
from .signature import AGENCY_END, PRINTED_LINE, PUBLIC_NOTE, SIGNED_AT_LINE_END, date_of, issuer_line, signature_date
from .textview import squash, unspaced
from .title_lines import issued_quote, notice_line, quoted_in, title_end, title_run_on, title_starts


def issued_bare(view: str, verb: str, rest: str, span: tuple[int, int] | None) -> tuple[str, tuple[int, int]] | None:
    """关于印发勐腊县…扶持办法（试行）的通知: the policy a notice issues, named without 《》 (the policy's
    own title line under the notice is then looked for as when it is quoted)."""
    bare = re.sub(r"的通知$", "", rest.strip())
    if verb != "印发" or not span or len(bare) < 8 or "《" in bare or "》" in bare:
        return None
    # the policy's title line below: the name, or the name after its place (温岭市 + 加快…若干政策)
    for m in re.finditer(rf"^[ \t\u3000]*(?P<t>[\u4e00-\u9fa5]{{0,8}}{re.escape(bare)})[ \t\u3000]*$", view[span[1]:], re.M):
        return m.group("t"), (span[1] + m.start("t"), span[1] + m.end("t"))
    return None


def policy_after_notice(view: str, lines: list[tuple[int, int]], first: int,
                         wanted: tuple[str, tuple[int, int]] | None, shell: Shell) -> Shell:
    """From line `first` under the notice title: the notice text, its 文号, the signature, then the
    policy's own title line (`wanted`, the 《X》 the notice issues, when known); the body starts after."""
    k, body_k, signature_end = first, None, None
    while k < len(lines) and k - first <= 60:
        s, e = lines[k]
        text = view[s:e].strip()
        if not text or text.startswith(">"):
            k += 1
            continue
        # 现将《X》印\n发给你们: the notice text may be broken by a line end
        if wanted is None and (NOTICE_TEXT.search(text) or notice_line(view, s, e)
                               or k + 1 < len(lines) and NOTICE_TEXT.search(squash(view[s:lines[k + 1][1]]))):
            wanted = issued_quote(view, s, e) or quoted_in(view, s, e)
            if wanted is None and view.count("《", s, e) > view.count("》", s, e) and k + 1 < len(lines):
                wanted = quoted_in(view, s, lines[k + 1][1])  # 现将《X产\n业…措施》印发: a quote broken by a line end
            if wanted and (run_on := title_run_on(view, s, e, wanted)):
                return policy_run_on(view, s, run_on, shell)
            if wanted and not shell.doc_number:
                take_doc_number(shell, SIGNED_NUMBER.search(view, s, e))  # …办公室 2025年11月12日 新都府办发〔2025〕21号
        if wanted and title_starts(view, lines, k, wanted[0]):
            body_k = k
            break
        if not shell.doc_number:  # (a 文号 glued to the addressees: the line goes on with the notice text)
            take_doc_number(shell, BEFORE_ADDRESSEES.match(view, s, e), 0)
        if take_doc_number(shell, number_under_title(view[s:e]), s):
            k += 1  # the notice's own 文号, printed under its title or above the signature
            continue
        if PAGE_LABEL.match(text):  # (时间:2022-08-09 鹿政办[2022]26号: the number run into the page's labels)
            take_doc_number(shell, NUMBER_IN_NOTICE_LINE.search(view, s, e), 0)
            k += 1
            continue
        date = date_of(text) if len(text) <= 20 else None
        if date is None and len(text) <= 60 and (signed := SIGNED_AT_LINE_END.search(text)):
            date = date_of(signed.group("d"))  # 西安市碑林区人民政府 2025年3月10日: the issuer and the date on one line
        if date:
            shell.issue_date = shell.issue_date or date
            signature_end = k
        elif PUBLIC_NOTE.match(text) or PRINTED_LINE.match(text):
            signature_end = k
        elif len(text) <= 60 and AGENCY_END.search(text.split()[-1]) and not NOTICE_TEXT.search(text):
            if signature_end is None:
                shell.issuers.extend(x for x in re.split(r"\s{2,}", text) if x)
        elif signature_end is not None:
            break  # the first line after the signature that is nothing of the shell
        k += 1
    if wanted:
        shell.title, shell.title_span = wanted
    if body_k is not None:
        k = title_end(view, lines, body_k, wanted[0]) + 1
    elif signature_end is not None:
        k = signature_end + 1
    else:
        k = first
        while k < len(lines) and (not view[slice(*lines[k])].strip() or ADDRESSEES.match(view[slice(*lines[k])])
                                  or NOTICE_TEXT.search(view[slice(*lines[k])])):
            k += 1
    k = after_title_lines(view, lines, k, shell)
    shell.body_start = lines[k][0] if k < len(lines) else len(view)
    meta_date(shell)
    return shell


def policy_run_on(view: str, s: int, title: tuple[int, int], shell: Shell) -> Shell:
    """The body after a title run into the notice's line; the line's leading 文号 and the signature's
    date before the title are the notice's."""
    if not shell.doc_number:
        take_doc_number(shell, LEADING_DOC_NUMBER.match(view, s, title[0]), 0)
    if not shell.doc_number:
        take_doc_number(shell, AFTER_NOTICE_TITLE.search(view, s, title[0]), 0)
    if not shell.doc_number and (told := NOTICE_TEXT.search(view, s, title[0])):
        take_doc_number(shell, NUMBER_IN_NOTICE_LINE.search(view, s, told.start()), 0)  # (after the page's labels)
    if (signed := SIGNED_AT_LINE_END.search(view, s, title[0])) is not None:
        shell.issue_date = shell.issue_date or date_of(signed.group("d"))
    shell.title, shell.title_span = view[title[0]:title[1]], title
    shell.body_start = title[1]
    meta_date(shell)
    return shell


def about_another(view: str, lines: list[tuple[int, int]], first: int, shell: Shell) -> Shell:
    """A repeal or extension notice: its text (from line `first`) is the body; its 文号 stands in the
    two lines under the title, its date in the signature."""
    shell.body_start = lines[first][0] if first < len(lines) else len(view)
    for k in [k for k in range(first, min(len(lines), first + 6)) if view[slice(*lines[k])].strip()][:2]:
        take_doc_number(shell, number_under_title(view[slice(*lines[k])]), lines[k][0])  # its 文号, under the title
    signed = signature_date(view, lines, first - 1)
    shell.issue_date = shell.issue_date or (signed[1] if signed else None)  # the signature's date
    meta_date(shell)
    return shell


def meta_date(shell: Shell) -> None:
    for key in ("signed", "date"):  # 成文日期 is the notice's own date (the signature's); 发布日期 its posting
        if not shell.issue_date and shell.meta.get(key):
            shell.issue_date = date_of(shell.meta[key])


def after_title_lines(view: str, lines: list[tuple[int, int]], k: int, shell: Shell) -> int:
    """Skip the 文号 line, a (date) line and (此件公开) right under the title; read the 文号."""
    for _ in range(4):
        while k < len(lines) and not view[slice(*lines[k])].strip():
            k += 1
        if k >= len(lines):
            return k
        s, e = lines[k]
        text = view[s:e].strip()
        if take_doc_number(shell, DOC_NUMBER_LINE.match(view[s:e]), s):
            k += 1
        elif PUBLIC_NOTE.match(text) or re.fullmatch(r"\((?:试行|暂行|修订|征求意见稿|\d{4}\s*年修订)\)", text) or re.fullmatch(r"\(?\s*\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日[^()]{0,20}\)?", text):
            k += 1
        else:
            return k
    return k


def notice_is_the_policy(view: str, lines: list[tuple[int, int]], first: int, shell: Shell) -> Shell:
    """X局关于组织申报2025年度…奖励资金的通知: a notice that issues nothing (no 印发, no 《》, no
    policy named) is itself the policy: its text, after the 文号 and the addressees, is the body."""
    k = first
    while k < len(lines) and k - first <= 6:
        text = view[slice(*lines[k])]
        if not shell.doc_number and (lead := LEADING_DOC_NUMBER.match(text)):
            take_doc_number(shell, lead, lines[k][0])  # 广政字〔2025〕22号 各乡镇人民政府,…: a page ran them into one line
        if text.strip() and not take_doc_number(shell, DOC_NUMBER_LINE.match(text), lines[k][0]) \
                and not ADDRESSEES.match(text) and not PAGE_LABEL.match(text):  # (发布日期：… under the title)
            break
        k += 1
    shell.body_start = lines[k][0] if k < len(lines) else len(view)
    meta_date(shell)
    return shell


def issuer_line_above(view: str, lines: list[tuple[int, int]], shell: Shell) -> None:
    """X市人民政府文件 / X政〔2025〕6号 / X市人民政府 / 关于废止…的决定: under a red header, a notice's
    issuer on the line right above its 关于 line is the first line of its title block (GB/T 9704),
    and the notice is titled so. Heading the page (X市人民政府 / 关于废止…的通知 / 文号), the issuer's
    line is the page's header and the title is the 关于 line alone, as most readers take it."""
    at = next((i for i, (s, e) in enumerate(lines) if s <= shell.title_span[0] <= e), None)
    if not at or lines[at - 1][1] + 1 != lines[at][0] or not squash(shell.title).startswith("关于"):
        return
    if not any(view[slice(*lines[i])].strip() for i in range(at - 1)):
        return
    line = view[slice(*lines[at - 1])]
    above = unspaced(line).strip()
    if len(above) >= 4 and issuer_line(above):  # (宝鸡市人民政府文件 is a header: 文件 ends no agency)
        shell.title = above + shell.title
        start = lines[at - 1][0] + len(line) - len(line.lstrip())
        shell.title_span = (start, shell.title_span[1])


# (2024年8月20日) / (莱阳市农业农村局　莱阳市财政局　2025年3月10日印发): the issuing date under a title
