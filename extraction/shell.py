"""The document shell: what wraps a policy as users get it.

Most real documents are not the policy alone but a notice around it:

    ---                                   a metadata header (YAML-like, or 标题:/文号: lines)
    标题: 关于印发《X》的通知
    文号: 徐发改规〔2025〕2号
    发布单位: 上海市徐汇区发展和改革委员会
    ---
    # 关于印发《X》的通知                  the notice title (the policy is X)
    各街道、镇，区各有关部门：               addressees
    《X》已经区政府同意，现印发给你们……       the notice text
    上海市徐汇区发展和改革委员会              issuer(s) and date
    2025年1月24日
    X                                     the policy title again, maybe over two lines
    徐发改规〔2025〕2号                     its 文号 above or below the title
    为……，制定本办法。                       the policy body

`read_shell(view)` finds these parts in the matching view and returns where the policy body
starts and the facts the shell states (title, 文号, issuers, issue date, kind). A file without
a shell gives an empty Shell (body_start 0), and the layout rules take over. What a 文号 looks
like is in doc_numbers.py, how a title line is recognised in title_lines.py, what follows a notice's
title (its text, signature and the policy's own title line) in notice_body.py.
"""
from __future__ import annotations

import re

from .doc_numbers import (DOC_NUMBER_LINE, ISSUING_NOTE, LABELLED_IN_LINE, LEADING_DOC_NUMBER, NUMBER_IN_NOTICE_LINE,
                          TRAILING_DOC_NUMBER)
from .metadata import read_header
from .notice_body import (about_another, after_title_lines, issued_bare, issuer_line_above, meta_date,
                          notice_is_the_policy, policy_after_notice)
from .shell_parts import (ADDRESSEES, ADMINISTERING, AMENDING, AMENDS_AS_FOLLOWS, AS_FOLLOWS, CATALOGUE, CLAUSE_LINE,
                          FROM_PUBLICATION, FULL_TEXT_FOLLOWS, HANDS_OUT, INTERPRETATION, INTERPRETED_ISSUED,
                          LEAD_AS_FOLLOWS, NEWS_LEAD, NEWS_REPORT, NOTE_DATE, NOTICE_TEXT, ORIGINAL_TEXT,
                          PICTURE_READ, PUBLISHED, SUPPLEMENTS, SUPPORTING, Shell, lines_of, take_doc_number)
from .signature import SIGNED_AT_LINE_END, SIGNED_BEFORE_NOTE, date_of, issuer_line, read_signature
from .textview import squash
from .title_lines import NOTICE_TITLE, QUOTED, SITE_TAIL, TYPE_WORDS, notice_line, quoted_in, strip_md


def read_shell(view: str) -> Shell:
    lines = lines_of(view)
    shell = _read_shell(view, lines)
    if not shell.issue_date:
        m = SIGNED_BEFORE_NOTE.search(view, 0, 6000)
        if m:
            shell.issue_date = date_of(m.group("d"))
    if not shell.issue_date and shell.kind in ("none", "titled"):
        meta_date(shell)  # 成文日期 in a header that names no title
    amends = shell.kind == "notice" and shell.verb in AMENDING
    if not shell.issue_date and (shell.kind in ("none", "titled") or shell.kind == "notice" and not shell.verb or amends):
        # 张店区人民政府 / 2016年3月29日 under a policy issued as it stands (no notice, or a notice whose
        # own text is the policy): its date; an amending decision headed by its issuer (洛阳市人民政府 /
        # 关于修改《X》的决定) is dated by a date alone at its end
        after = next((k for k, (s, e) in enumerate(lines) if s >= shell.body_start), 0)
        date, issuers = read_signature(view, lines, after)
        if issuers or amends and shell.issuers:
            shell.issue_date = date
    if not shell.issue_date and FROM_PUBLICATION.search(view):
        # 发布时间：2025-05-09 among the page's labels, and 自发布之日起施行: the day it was published
        label = next((m for k in range(min(12, len(lines))) if (m := PUBLISHED.match(view, *lines[k]))), None)
        shell.issue_date = date_of(label.group("d")) if label else None
    return shell


_QA_PREFIX = re.compile(r"^(?:政策(?:问答|解读)|热点问答)\s*[|丨]\s*")


def _notice_or_addressees(view: str, lines: list[tuple[int, int]], nonblank: list[int], shell: Shell) \
        -> tuple[int | None, tuple[re.Match, int] | None, int | None] | Shell:
    """Among the first eight lines: the notice title (…关于印发《X》的通知, maybe broken over three
    lines) with its line, else the addressees' line (各区、县人民政府：). An interpretation's title
    there (《X》政策解读) settles the shell: that Shell is returned instead."""
    notice_at, notice, addressed = None, None, None
    for n, k in enumerate(nonblank[:_reach(view, lines, nonblank)]):
        s, e = lines[k]
        if n and (ORIGINAL_TEXT.match(view, s, e + 1) or LEAD_AS_FOLLOWS.search(view, s, e)):
            # …现将政策原文发布如下。 / 政策原文: a news page over the notice it reposts; read the shell below it
            below = _read_shell(re.sub(r"[^\n]", " ", view[:e]) + view[e:], lines)
            if below.kind != "none":
                return below
        found = notice_line(view, s, e)
        for extra in (1, 2) if not found and "关于" in view[s:e] else ():  # …关于印发《X关于加快 / Y若干措施》的通知
            j = k + extra
            inside_quote = view.count("《", s, lines[j - 1][1]) > view.count("》", s, lines[j - 1][1])
            if n + extra >= len(nonblank) or nonblank[n + extra] != j \
                    or "关于" in view[slice(*lines[j])] and not inside_quote:  # (关于 of a quoted title: 《X关于…》)
                break
            found = notice_line(view, s, lines[j][1])
            if found:
                k, e = j, lines[j][1]
                break
        if found and addressed is not None:
            found = None  # 各街道…： then 1.…关于印发X的通知（…号）: an item of the body (a repeal's list), not its title
        if found:
            notice_at, notice = k, found
            take_doc_number(shell, TRAILING_DOC_NUMBER.search(view, s, e))
            break
        # not a breadcrumb (首页 > 政策解读) nor a site's header (XX局 | 政策解读); 一图读懂|《X》 is one
        line = _QA_PREFIX.sub("", view[s:e].strip(" #"))  # (政策问答｜武进区…热点问题: the section's name before it)
        interp = (PICTURE_READ.match(line) or (INTERPRETATION.match(line) if not re.search(r"[>|·]", line) else None)) \
            if not re.match(r"附(?:件\d{0,2})?[:：]", line) else None  # (附件：政策问答 after a short policy's clauses)
        if interp and "《" not in view[s:e] and not re.search(TYPE_WORDS, interp.group("t")) \
                and not re.search(r"一问一答|热点问题", line):
            interp = None  # 梨树县人民政府 政策解读: a site's name over its section, not a title
        if not interp and (NEWS_REPORT.match(line) or NEWS_LEAD.match(line)) and not FULL_TEXT_FOLLOWS.search(view, s):
            # a news report of a policy (本报讯…获悉，《X若干措施》… / 近日，X区出台《X》…) whose text is not
            # printed after it (X's title is no line of its own below): read like an interpretation of X
            interp = next((m for m in QUOTED.finditer(view, s, e) if re.search(rf"(?:{TYPE_WORDS})$", m.group("t"))
                           and not re.search(rf"(?m)^[ \t#*]*{re.escape(m.group('t'))}[ \t*]*$", view[e:])), None)
        if interp:
            original = ORIGINAL_TEXT.search(view, e)
            if original:  # 附：政策原文 — the policy itself follows the interpretation: read that
                # (blanked but for its line ends: the lines stand where they stood)
                return _read_shell(re.sub(r"[^\n]", " ", view[:original.end()]) + view[original.end():], lines)
            # (吴中区智能制造政策一问一答 / 近日，区政府办公室印发《吴中区…若干政策》: the policy its lead quotes)
            q = quoted_in(view, s, e) or next(
                ((m.group("t"), m.span("t")) for m in QUOTED.finditer(view, e, min(len(view), e + 600))
                 if re.search(rf"(?:{TYPE_WORDS})$", m.group("t"))), None)
            if (issued := INTERPRETED_ISSUED.search(view, e, e + 1500)) is not None:
                shell.issue_date = date_of(issued.group("d"))  # …经区政府常务会议审议通过，于2025年4月15日印发实施
            shell.kind = "interpretation"
            shell.title, shell.title_span = q if q else (interp.group("t"), (s, e))
            shell.body_start = e
            return shell
        if addressed is None and (ADDRESSEES.match(view[s:e]) or _addressees_end(view, lines, k) > k):
            addressed = k
    return notice_at, notice, addressed


_WECHAT = re.compile(r"划重点|敲黑板|点击蓝字|公众号\s*[:：]|一图读懂|[\U0001F300-\U0001FAFF]")


def _reach(view: str, lines: list[tuple[int, int]], nonblank: list[int]) -> int:
    """How many lines from the top the notice's title is looked for: eight, or sixteen under a
    disclosure catalogue's labels (索引号 / 组配分类 / 发布机构 / 生成日期 / 主题分类 / 有效性, each
    label and value a line of its own when a page copied onto one line is cut at its spaces)."""
    if any(_WECHAT.search(view[slice(*lines[k])]) for k in nonblank[:8]):
        return 24  # a public account's repost: its summary (划重点 and bullets) stands over the notice
    return 16 if any(CATALOGUE.search(view[slice(*lines[k])]) for k in nonblank[:8]) else 8


def _addressees_end(view: str, lines: list[tuple[int, int]], k: int) -> int:
    """The last line of the addressees starting on line k: 各县(市、区)人力资源和社会保障局、财政局，城乡一体化示 /
    范区、高新区人社、财政部门： runs over two lines in a PDF copy; k itself when it does not."""
    text = view[slice(*lines[k])].strip()
    if k + 1 >= len(lines) or not text.startswith(("各", "有关")) or re.search(r"[。:：]", text):
        return k
    nxt = view[slice(*lines[k + 1])].strip()
    both = text + nxt
    return k + 1 if nxt and len(both) <= 120 and "。" not in nxt and ADDRESSEES.match(both) else k


def _policy_under_addressees(view: str, lines: list[tuple[int, int]], nonblank: list[int], addressed: int,
                             shell: Shell) -> Shell:
    """各镇人民政府…： followed by numbered clauses: no notice, the policy speaks to its addressees.
    Its signature is the policy's; a title line right over the addressees is the policy's title."""
    date, issuers = read_signature(view, lines, addressed)  # its issuer and date are the policy's
    shell.issue_date, shell.issuers[:0] = shell.issue_date or date, issuers
    above = next((k for k in range(addressed - 1, -1, -1) if view[slice(*lines[k])].strip()), None)
    before = next((k for k in range(above - 1, -1, -1) if view[slice(*lines[k])].strip()), None) if above else None
    if not shell.meta.get("title") and above is not None \
            and re.search(rf"(?:{TYPE_WORDS})\s*$", view[slice(*lines[above])]) and "。" not in view[slice(*lines[above])] \
            and (before is None or re.search(r"[:：]", view[slice(*lines[before])])):  # (not the last line of a title broken over lines)
        s, e = lines[above]  # 昆山市关于支持外贸稳量提质的若干政策措施 / 各区镇商务部门…：: the title over its addressees
        lead = len(view[s:e]) - len(view[s:e].lstrip())
        shell.kind, shell.title, shell.title_span = "titled", view[s:e].strip(), (s + lead, s + len(view[s:e].rstrip()))
        last = _addressees_end(view, lines, addressed)
        shell.body_start = lines[last + 1][0] if last + 1 < len(lines) else len(view)
        meta_date(shell)
        return shell
    return _titled(view, lines, nonblank, shell)


def _read_shell(view: str, lines: list[tuple[int, int]]) -> Shell:
    """The metadata header, then what the first lines are (a notice title, addressees, an
    interpretation's title or nothing of a shell), then the path for that kind of document;
    `lines` are lines_of(view)."""
    shell = Shell()
    i = _read_meta(view, lines, shell)
    nonblank = [k for k in range(i, len(lines)) if view[slice(*lines[k])].strip()
                and not view[slice(*lines[k])].lstrip().startswith(">")]
    found = _notice_or_addressees(view, lines, nonblank, shell)
    if isinstance(found, Shell):
        return found
    notice_at, notice, addressed = found
    top = notice_at if notice_at is not None else addressed
    for k in nonblank[:8]:
        if top is None or k >= top:
            break
        s, e = lines[k]
        if not take_doc_number(shell, DOC_NUMBER_LINE.match(view[s:e]), s) and issuer_line(view[s:e]):
            shell.issuers.append(view[s:e].strip())
    meta_title = shell.meta.get("title")
    titled_notice = NOTICE_TITLE.match(meta_title) if notice_at is None and meta_title else None
    repeals = titled_notice is not None and "废止" in (titled_notice.group("verb") or "") + titled_notice.group("rest")[:8]
    # (关于废止《X》等3件…的通知 over its page's labels, then 各街道…： and 1.《X》(…号): the repeal's list, not a policy)
    if notice_at is None and addressed is not None and not repeals and _addresses_the_policy(view, lines, addressed):
        return _policy_under_addressees(view, lines, nonblank, addressed, shell)
    if titled_notice:
        notice_at = -1
    if notice_at is None and addressed is None:
        told = next((k for k in nonblank[:10] if NOTICE_TEXT.search(view[slice(*lines[k])])
                     and quoted_in(view, *lines[k])), None)
        if told is not None:  # 各镇人民政府…：《X》…现印发给你们。…办公室 2025年11月12日 新都府办发〔2025〕21号 / X
            shell.kind, shell.verb = "notice", "印发"  # (a page that lost the notice's title kept its text)
            take_doc_number(shell, NUMBER_IN_NOTICE_LINE.search(view, *lines[told]), 0)
            return policy_after_notice(view, lines, told, None, shell)
        return _titled(view, lines, nonblank, shell)
    wanted: tuple[str, tuple[int, int]] | None = None
    runs_on = False  # the notice text goes on along the title's own line
    if notice_at is not None and notice_at >= 0:
        m, off = notice
        shell.notice_title = view[off:lines[notice_at][1]].strip()
        if site := SITE_TAIL.search(shell.notice_title):
            shell.notice_title = shell.notice_title[:site.start()]
            line_end = lines[notice_at][1]
            # …的通知 三政办发〔2025〕14号 各乡镇…: 现将…印发给你们。 三江…办公室 2025年4月8日: the notice run into its line
            take_doc_number(shell, LEADING_DOC_NUMBER.match(view, off + site.end(), line_end), 0)
            if (signed := SIGNED_AT_LINE_END.search(view, off + site.end(), line_end)) is not None:
                shell.issue_date = shell.issue_date or date_of(signed.group("d"))
            # …的通知 来源:… 浏览次数: 雁政发〔2024〕21号 各街道…：现将《X》印发给你们。 …政府 2024年9月10日 X 为加快…:
            # a page copied onto one line runs its labels, number, notice, signature and the policy on
            runs_on = NOTICE_TEXT.search(view, off + site.end(), line_end) is not None
        shell.title_span = (off, off + len(shell.notice_title))
        verb, rest = m.group("verb") or "", m.group("rest")
        shell.verb = verb
        if m.group("issuer").strip():
            shell.issuers.append(m.group("issuer").strip())
        if verb != "废止" and "废止" not in rest[:8]:
            wanted = quoted_in(view, off, lines[notice_at][1]) or issued_bare(view, verb, rest, shell.title_span)
        if runs_on:
            wanted = None  # (found again with the notice text on the line, and the title run on after it)
        first = notice_at if runs_on else notice_at + 1
    elif notice_at == -1:
        m = NOTICE_TITLE.match(meta_title)
        verb, rest = m.group("verb") or "", m.group("rest")
        shell.verb = verb
        shell.notice_title = meta_title
        span = shell.meta_spans.get("title")
        shell.title_span = span
        if verb != "废止" and "废止" not in rest[:8]:
            wanted = (quoted_in(view, *span) or issued_bare(view, verb, rest, span)) if span else None
        first = i
    else:
        verb, rest = "印发", ""
        first = addressed
    if shell.meta.get("issuer"):
        shell.issuers.insert(0, shell.meta["issuer"])
    # 关于延长《X》有效期的通知: a notice about X, as a repeal notice is, with no measures of its own
    shell.kind = "repeal" if verb == "废止" or "废止" in rest[:8] else "extension" if rest.startswith("延长") else "notice"
    shell.title = shell.notice_title
    if shell.kind in ("repeal", "extension") and shell.title_span and notice_at is not None and notice_at >= 0:
        issuer_line_above(view, lines, shell)
    if shell.kind in ("repeal", "extension"):
        return about_another(view, lines, first, shell)
    amends = verb in AMENDING and rest.lstrip().startswith("《") and first < len(lines) \
        and AMENDS_AS_FOLLOWS.search(view, lines[first][0], lines[min(len(lines) - 1, first + 12)][1])
    if notice_at is not None and notice_at >= 0 and (amends or not verb and SUPPLEMENTS.match(rest)):
        return notice_is_the_policy(view, lines, first, shell)  # it amends or adds to 《X》 item by item: a policy of its own
    told_as_follows = first < len(lines) and AS_FOLLOWS.search(view, lines[first][0], lines[min(len(lines) - 1, first + 8)][1])
    # (关于延续执行…减免政策的通知 …现将有关事项通知如下: a title ending 政策 that issues nothing, its text says so)
    issues_nothing = notice_at is not None and notice_at >= 0 and not verb and wanted is None \
        and (not re.search(rf"(?:{TYPE_WORDS})$", rest) or told_as_follows)
    if issues_nothing and (m.group("issuer").strip() or SUPPORTING.search(rest) and not ADMINISTERING.search(rest)
                           and told_as_follows):
        issuer_line_above(view, lines, shell)  # (廊坊市广阳区人民政府办公室 / 关于…的通知, GB/T 9704)
        return notice_is_the_policy(view, lines, first, shell)
    if issues_nothing and not HANDS_OUT.search(rest) and _addresses_the_policy(view, lines, notice_at):
        return notice_is_the_policy(view, lines, first, shell)  # its numbered standards come before any signature
    return policy_after_notice(view, lines, first, wanted, shell)


def _addresses_the_policy(view: str, lines: list[tuple[int, int]], addressed: int) -> bool:
    """各镇人民政府…： followed by the policy itself (为…制定如下政策。一、…), not by a notice text
    that hands on an attachment (现将《X》印发给你们): numbered clauses come before any notice text."""
    for s, e in lines[addressed + 1:addressed + 40]:
        text = view[s:e].strip()
        if NOTICE_TEXT.search(text) or notice_line(view, s, e):
            return False
        if CLAUSE_LINE.match(text):
            return True
    return False


def _read_meta(view: str, lines: list[tuple[int, int]], shell: Shell) -> int:
    """Take the metadata header's facts (metadata.py); returns the first line after it."""
    header = read_header(view, lines)
    if header.span is None:
        return header.next_line
    shell.meta, shell.meta_spans = header.meta, header.spans
    for key, value, span in header.values:
        if key == "doc_number" and DOC_NUMBER_LINE.match(value):
            shell.doc_number, shell.doc_number_span = value.strip(), span
    shell.noise.append((*header.span, "metadata"))
    return header.next_line


_DATE_IN_BRACKETS = re.compile(r"[ \t]*\(\s*(?:[^()\n]{2,60}?[局委厅室府会][ \t]+)?(?P<d>(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日)"
                               r"\s*(?:印发|发布|公布)?\s*\)[ \t]*")


def _titled(view: str, lines: list[tuple[int, int]], nonblank: list[int], shell: Shell) -> Shell:
    """No notice: a metadata title is still a shell; else only a 文号 line near the top is read."""
    if shell.meta.get("issuer") and shell.meta["issuer"] not in shell.issuers:
        shell.issuers.insert(0, shell.meta["issuer"])  # 发布机构：长春市朝阳区人民政府 names whose 朝阳区 it is
    if shell.meta.get("title"):
        shell.kind = "titled"
        shell.title, shell.title_span = shell.meta["title"], shell.meta_spans.get("title")
        want = squash(shell.title)
        for k in nonblank[:6]:
            s, e = lines[k]
            if squash(strip_md(view[s:e])) == want:
                nxt = after_title_lines(view, lines, k + 1, shell)
                while nxt < len(lines) and (not view[slice(*lines[nxt])].strip()
                                            or squash(view[slice(*lines[nxt])]) == want):
                    nxt += 1  # the title repeated under a markdown heading
                shell.body_start = lines[nxt][0] if nxt < len(lines) else len(view)
                break
        else:
            shell.body_start = lines[nonblank[0]][0] if nonblank else len(view)
        meta_date(shell)
        return shell
    for k in nonblank[:6]:
        s, e = lines[k]
        note = ISSUING_NOTE.match(view[s:e])
        take_doc_number(shell, DOC_NUMBER_LINE.match(view[s:e]) or note, s)
        take_doc_number(shell, LABELLED_IN_LINE.search(view, s, e), 0)  # (发文机关：… 发文字号：… 成文日期：… on one line)
        if note and not shell.issue_date and (dated := NOTE_DATE.search(note.group(0))):
            shell.issue_date = date_of(dated.group(0))  # (2025年1月8日　芜经开管〔2025〕2号): the date it was issued
        elif not shell.issue_date and (dated := _DATE_IN_BRACKETS.fullmatch(view, s, e)):
            shell.issue_date = date_of(dated.group("d"))  # 茶发〔2024〕7号 / (2024年8月20日) under a party document's title
    return shell
