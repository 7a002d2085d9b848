"""Facts about a policy as a whole: document numbers, what it voids and follows, who interprets
it, and whether its measures may be combined (when it is in force: policy_dates.py)."""
from __future__ import annotations

import re

from .agency_names import _suffixes as _agency_suffixes
from .doc_numbers import DOC_NUMBER_LINE, DOC_NUMBER_TEXT, TRAILING_DOC_NUMBER
from .policy_dates import DATE, iso
from .records import PolicyRef
from .textview import readable, squash, to_simplified

# 通经信局〔2024〕136号, 杭政函(2021)94号, 京经信发[2022]162号 (the view has [] for 〔〕)
DOC_NUMBER = re.compile(
    r"(?P<org>(?!的)[\u4e00-\u9fa5](?:\s?(?!的)[\u4e00-\u9fa5]){0,11}?)\s*[\[(（]\s*(?P<year>(?:19|20)\d{2})\s*[\])）]\s*(?P<seq>\d{1,4})\s*号"
)  # (哈政办\n规〔2020〕15号: a PDF copy breaks a line inside the issuer's code; 2022年印发的永川府办发〔2022〕88号:
# 的 is in no issuer's code)
_INTERPRETS = re.compile(
    r"(?:由|本\S{0,6}?由)?(?P<agency>[^,，。;；\s由]{2,60}?)(?:会同[^,，。;；]{0,12})?(?:共同)?负责(?:政策)?解释"
    r"|(?:具体|政策)?解释(?:工作)?由(?P<agency2>[^,，。;；\s由]{2,60}?)(?:会同[^,，。;；]{0,12})?(?:具体|共同)?负责"
)
_NON_CUMULATIVE = re.compile(
    r"从优不重复|从高不重复|从优[、,，]?从高[、,，]?不重复|不重复享受|按最优执行[^。]{0,8}不重复|"
    r"不再同时享受|只能选择一项|不可同时享受"
)
def _wrapped(*words: str) -> str:
    """Words as a PDF copy may break them at a line end (同时废\n止, 以\n下): white space allowed
    between their characters."""
    return "(?:" + "|".join(r"\s*".join(map(re.escape, w)) for w in words) + ")"


_VOIDS = re.compile(rf"{_wrapped('同时', '一并')}?{_wrapped('废止', '作废', '停止执行', '不再执行', '不再适用', '停止实施', '失效', '不再延续')}")
# 废止以下文件:《X》(…号)、《Y》 / 决定废止以下3件行政规范性文件，自…起停止执行: 1.《X》(…号) 2.《Y》(…号)
_REPEALS = re.compile(rf"(?:决定|予以|现|同时)?{_wrapped('废止')}(?:{_wrapped('以下', '下列', '如下')}(?:\d{{1,2}}|[一二三四五六七八九十]{{1,3}})?件?[^。:：《]{{0,30}}?[:：]"
                      r"|行政规范性文件|以下文件|下列文件|如下文件)?[:：]?\s*"
                      r"(?P<refs>(?:\s*(?:\d{1,2}\s*[.、．]|[(（]\d{1,2}[)）])?\s*《[^》]{2,120}》\s*"
                      r"(?:[(（][^()（）]{2,30}?(?:[(（]\d{4}[)）][^()（）]{0,10}?)?号\s*[)）])?[、和及,，;；\s]*)+)")
_RIGHT_BEFORE_VERB = re.compile(r"\s*[)）]?\s*(?:等|等文件|文件|的规定)?\s*(?:同时|一并)?\s*")
_AN_ARTICLE_OF = re.compile(r"\s*第[一二三四五六七八九十百\d]{1,5}[条款项]")
# 特修订《X》 / 本办法替代《X》(…号) / 取代原《X》: the new text takes the old one's place
_AMENDS = re.compile(r"(?:特修订|(?:替代|取代)原?)(?P<ref>《[^》]{2,120}》\s*(?:[(（][^()（）]{2,30}?号\s*[)）])?)")
# 《X》（都政办发（2021）18号）: the number's year may stand in brackets of the same kind
_TITLE_REF = re.compile(r"《(?P<title>[^《》]{2,120})》\s*(?:[(（]\s*(?P<num>[^()（）]{2,30}?(?:[(（]\d{4}[)）][^()（）]{0,10}?)?号)\s*[)）])?")
# 根据《陕西省行政规范性文件制定和监督管理规定》…，决定废止以下文件: the basis of a repeal is not repealed
_CITED_AS_BASIS = re.compile(r"(?:根据|依据|按照|遵照|贯彻|落实)\s*$")
_BASED_ON = re.compile(r"依据|根据|在(?=《)|按照(?=《)|落实|贯彻")


# 2021年第3号: an announcement's number, with no issuer code; kept as written
_YEAR_NUMBER = re.compile(r"(?:19|20)\d{2}\s*年\s*第\s*\d{1,4}\s*号")


def normalise_doc_number(text: str) -> str | None:
    text = re.sub(r"(?<=\d)[ \t\u3000]*\n[ \t\u3000]*(?=\d)", "", text)  # (鹿政〔2019〕2\n3号: a PDF line break)
    m = DOC_NUMBER.search(text)
    if not m:
        y = _YEAR_NUMBER.search(text)
        return re.sub(r"\s", "", y.group(0)) if y else None
    org = re.sub(r"\s", "", m.group("org"))
    return f"{org}〔{m.group('year')}〕{int(m.group('seq'))}号"


# a repost's or an interpretation's lead: 印发《X》(哈政办规[2024]19号，以下简称…)
_QUOTED_WITH_NUMBER = re.compile(rf"《(?P<t>[^《》]{{4,120}})》\s*\((?P<n>{DOC_NUMBER_TEXT})(?:[,;][^()]{{0,30}})?\)")
# (宝政办发[2023]28号 2023年10月9日印发) under a compilation's entry: its number and issue date
_ENTRY_HEAD = re.compile(rf"\s*\(\s*{DOC_NUMBER_TEXT}\s*(?:(?=(?:19|20)\d{{2}}){DATE}\s*(?:印发|发布))?\s*\)")
_LABELLED_NUMBER = re.compile(rf"(?:发\s*文\s*字\s*号|文\s*号|文\s*件\s*编\s*号)\s*[:|]\s*(?P<n>{DOC_NUMBER_TEXT})")
_ISSUED_AS = re.compile(rf"(?:印发|发布|出台|施行)\s*\(\s*(?P<n>{DOC_NUMBER_TEXT})\s*\)"
                        rf"|以\s*(?P<n2>{DOC_NUMBER_TEXT})\s*(?:文件)?(?:印发|发布|出台)")  # 以鸠政〔2025〕21号文件印发
# 相关文件：X关于印发《Y》的通知（余政发〔2025〕9号）: an interpretation page's link to the policy it reads
_RELATED = re.compile(rf"(?:相关文件|相关链接|原文链接|文件原文|政策原文)\s*:[^\n《]{{0,60}}《(?P<t>[^《》]{{4,120}})》"
                      rf"(?:的通知|的决定)?\s*\((?P<n>{DOC_NUMBER_TEXT})\)")
_DRAFT = re.compile(r"征求意见稿|草案|送审稿|讨论稿")


def issue_date(view: str, body_start: int, end: int, title: str | None, shell_date: str | None) -> str | None:
    """When a policy was issued: the date under a compilation entry's title, else its notice's
    (`shell_date`); none for a draft (征求意见稿: 自印发之日起 has no date yet)."""
    if _DRAFT.search(title or ""):
        return None
    head = _ENTRY_HEAD.match(view, body_start, min(end, body_start + 80))
    return (iso(head) if head and head.group("y") else None) or shell_date


def own_number(source: str, view: str, start: int, end: int, body_start: int, title: str | None,
               shell) -> str | None:
    """A policy's own 文号 in the source's glyphs (a traditional page keeps 義政辦發…號): its
    notice's (`shell`, a Shell or None), else one standing alone right after the title, outside
    《》 and (); in a repost's or an interpretation's lead after the policy's own title (never
    another policy's); or labelled 文号：… in the page's head."""
    if shell is not None and shell.doc_number:
        # 现将《X》（鄂政办发〔2025〕22号）转发给你们: X has its own
        if shell.verb == "转发" and (quoted := _quoted_number(source, view, start, end, body_start, title)):
            return quoted
        if shell.doc_number_span:
            return number_as_written(source, view, *shell.doc_number_span) or normalise_doc_number(shell.doc_number)
        return normalise_doc_number(shell.doc_number)
    stop = view.find("\n", body_start, body_start + 60)
    first_line = view[body_start:stop if stop >= 0 else min(len(view), body_start + 60)]
    if labelled := _LABELLED_NUMBER.match(first_line.strip()):  # 文号：铜政发〔2024〕40号　施行日期：… heading an entry
        at = body_start + len(first_line) - len(first_line.lstrip())
        return number_as_written(source, view, at + labelled.start("n"), at + labelled.end("n"))
    if "《" not in first_line and "废止" not in first_line and "作废" not in first_line \
            and (len(first_line.strip()) <= 30 or _ENTRY_HEAD.match(first_line)) and DOC_NUMBER.search(first_line):
        return number_as_written(source, view, body_start, body_start + len(first_line))
    quoted = _quoted_number(source, view, start, end, body_start, title)
    if quoted:
        return quoted
    for line in re.finditer(r"[^\n]+", view[start:body_start]):  # 赣经开管发[2024]18号 under its notice's title
        if DOC_NUMBER_LINE.match(line.group(0)):
            return number_as_written(source, view, start + line.start(), start + line.end())
        if bracketed := TRAILING_DOC_NUMBER.search(line.group(0)):  # 1. X若干意见（鄞政发〔2024〕25号）: a compilation's entry
            return number_as_written(source, view, start + line.start() + bracketed.start("num"),
                                     start + line.start() + bracketed.end("num"))
    m = _LABELLED_NUMBER.search(view, max(0, start - 3000), body_start)
    if m is None and shell is not None and shell.kind == "interpretation":
        m = _ISSUED_AS.search(view, body_start, end)  # 《若干措施》…于2025年8月1日正式印发(康府发[2025]16号)
        if m is None and title:  # 相关文件：…关于印发《X》的通知(余政发[2025]9号) under the interpretation
            m = next((r for r in _RELATED.finditer(view, body_start, end)
                      if squash(r.group("t")) == squash(to_simplified(title))), None)
    if m is None:
        return None
    return number_as_written(source, view, *m.span("n" if m.group("n") else "n2"))


def _quoted_number(source: str, view: str, start: int, end: int, body_start: int, title: str | None) -> str | None:
    """The 文号 printed in brackets right after the policy's own title where it is quoted
    (印发《X》(哈政办规[2024]19号): a repost's or an interpretation's lead, a 转发 notice's text)."""
    for m in _QUOTED_WITH_NUMBER.finditer(view, max(0, start - 3000), min(end, body_start + 400)):
        if title and squash(m.group("t")) == squash(to_simplified(title)):  # (the title as written: 吳興區…)
            return number_as_written(source, view, *m.span("n"))
    return None


def title_as_written(source: str, view: str, ref: PolicyRef) -> str | None:
    """A cited title in the source's glyphs (…若干措施（试行）, 溫州市…), as a policy's own title is
    kept, so the reference's key is the one the cited policy's own document gives it: the refs are
    read on the view, where （） are () and traditional characters simplified."""
    m = _TITLE_REF.match(view, ref.start, ref.end) if ref.title else None
    if m and squash(m.group("title")) == squash(ref.title):
        return squash(readable(source, view, *m.span("title")))
    return ref.title


def ref_number_as_written(source: str, view: str, ref: PolicyRef) -> str | None:
    """A cited 文号 in the source's glyphs (原《…》（東政發〔2020〕56號）同時廢止), as titles are kept:
    the first number in the reference's span when it is the one read on the view."""
    if not ref.doc_number:
        return ref.doc_number
    written = number_as_written(source, view, ref.start, ref.end)
    return written if written and to_simplified(written) == to_simplified(ref.doc_number) else ref.doc_number


def number_as_written(source: str, view: str, start: int, end: int) -> str | None:
    """The 文号 in view[start:end], normalised as normalise_doc_number does but in the source's
    glyphs (the view is simplified: 義政辦發〔2024〕18號 stays traditional)."""
    m = DOC_NUMBER.search(view, start, end)
    if not m:
        return None
    org = re.sub(r"\s", "", source[m.start("org"):m.end("org")])
    return f"{org}〔{m.group('year')}〕{int(m.group('seq'))}{source[m.end() - 1]}"


_JOINT = re.compile(r"由(?P<agency>[^,，。;；]{2,80}?)(?:联合)?印发[,，]?\s*(?:共同)?负责(?:政策)?解释")


# 由市工\n业和信息化局负责解释: a PDF copy breaks the name at a line end
_BREAK_IN_WORD = re.compile(r"(?<=[\u4e00-\u9fa5])[ \t\u3000]*\n[ \t\u3000]*(?=[\u4e00-\u9fa5])")


def interpreting_agency(text: str) -> tuple[str, tuple[int, ...]] | None:
    """The agency named as 负责解释, with the offset in `text` of each of its characters (a name
    broken at a line end is read whole)."""
    where = list(range(len(text)))  # position in the text read -> position in text
    if _BREAK_IN_WORD.search(text):
        dropped = {i for m in _BREAK_IN_WORD.finditer(text) for i in range(m.start(), m.end())}
        kept = [i for i in where if i not in dropped]
        where, text = kept, "".join(text[i] for i in kept)
    found = _interpreting_agency(text)
    return (found[0], tuple(where[found[1]:found[1] + len(found[0])])) if found else None


def _interpreting_agency(text: str) -> tuple[str, int] | None:
    m, group = None, "agency"
    for candidate in _INTERPRETS.finditer(text):
        g = "agency" if candidate.group("agency") else "agency2"  # 具体解释工作由X负责
        if re.sub(r"\([^()]*\)$", "", candidate.group(g)).endswith(_agency_suffixes()):
            m, group = candidate, g
    if not m:
        m, group = _JOINT.search(text), "agency"
    if not m:
        return None
    name = re.sub(r"^(?:本\S{0,6}?由|由|具体|并)", "", m.group(group))
    name = re.sub(r"^(?:本(?:措施|政策|办法|细则|实施细则|意见)\S{0,2}?)由?", "", name)
    name = name.strip()
    return (name, m.start(group) + m.group(group).find(name)) if name else None


def non_cumulative(text: str) -> bool:
    return bool(_NON_CUMULATIVE.search(text))


def _refs_in(text: str, offset: int, rule: str) -> list[PolicyRef]:
    refs = []
    for m in _TITLE_REF.finditer(text):
        num = normalise_doc_number(m.group("num") or "") if m.group("num") else None
        refs.append(PolicyRef(title=squash(m.group("title")), doc_number=num,  # (broken at a line end)
                              start=offset + m.start(), end=offset + m.end(), rule=rule))
    return refs


def supersedes(text: str, offset: int = 0) -> list[PolicyRef]:
    """原《…》(通经信局〔2024〕136号)作废 / 《…》(…号)同时废止 / 特修订《…》."""
    refs: list[PolicyRef] = []
    for sentence in re.finditer(r"[^。;；]+", text):
        body = sentence.group(0)
        for v in _VOIDS.finditer(body):
            if body.startswith("的", v.end()):
                continue  # 决定宣布失效的文件目录: a list's heading names what is voided, the list gives it
            # the titles voided stand right before the verb, after the last clause break
            head = body[: v.start()]
            cut = max(head.rfind(","), head.rfind("，"), head.rfind("、原"))
            w0 = cut + 1 if cut >= 0 and "《" in head[cut + 1:] else 0
            window = head[w0:]
            found = [r for r in _refs_in(window, offset + sentence.start() + w0, "supersedes.voids")
                     if not _CITED_AS_BASIS.search(text[max(0, r.start - offset - 6):r.start - offset])
                     and not _AN_ARTICLE_OF.match(text, r.end - offset)]  # 《X》第八条第(二)项停止执行: an article, not X
            if not found:
                # (…号)同时废止 / …号文件废止: a number right before the verb (not the notice's own, lines above)
                near = DOC_NUMBER.search(window[-40:])
                num = normalise_doc_number(near.group(0)) if near and _RIGHT_BEFORE_VERB.fullmatch(
                    window[-40:][near.end():]) else None
                if num:
                    refs.append(PolicyRef(title=None, doc_number=num, start=offset + sentence.start() + w0,
                                          end=offset + sentence.start() + v.start(), rule="supersedes.voids_number"))
            refs.extend(found)
    for m in _REPEALS.finditer(text):  # 决定废止《X》(沪崇发改规〔2023〕1号) / 废止以下文件:《X》
        refs.extend(_refs_in(m.group("refs"), offset + m.start("refs"), "supersedes.repeals"))
    for m in _AMENDS.finditer(text):
        refs.extend(_refs_in(m.group("ref"), offset + m.start("ref"), "supersedes.amends"))
    return dedupe_refs(refs)


def based_on(text: str, offset: int = 0) -> list[PolicyRef]:
    """依据《…》 / 根据《…》《…》(京经信发〔2022〕162号)等文件 / 在《…》基础上."""
    refs: list[PolicyRef] = []
    for sentence in re.finditer(r"[^。;；]+", text):
        body = sentence.group(0)
        for cue in _BASED_ON.finditer(body):  # 为落实…任务,依据《…》: every cue, not just the first
            segment = body[cue.start():]
            if segment.startswith("在"):
                end = segment.find("基础上")
                if end < 0:
                    continue
                segment = segment[:end]
            else:
                stop = re.search(r"(?:等文件|有关要求|精神|要求|部署|任务|,特|，特|,制定|，制定|,结合|，结合|,出台|，出台)", segment)
                segment = segment[: stop.start()] if stop else segment
            refs.extend(_refs_in(segment, offset + sentence.start() + cue.start(), "based_on.cited"))
    return dedupe_refs(refs)


# 附件1 决定废止的市政府行政规范性文件目录 / 序号 文件名称 文号 …: a repeal's list of what it repeals
_REPEAL_LIST = re.compile(r"(?:废止|宣布失效|失效|停止执行)的?[^\n。]{0,30}?(?:目录|清单|名单|一览表)[ \t]*(?=\n)")
_NEXT_ATTACHMENT = re.compile(r"\n[ \t\u3000]*附\s*件\s*\d")
# a 文号 in its own cell, its sequence number maybe wrapped onto the row's next line (襄政发〔2019〕 / 21号)
_NUMBER_CELL = re.compile(r"(?:(?<=\s)|^)(?P<org>[\u4e00-\u9fa5]{1,12})\[(?P<year>(?:19|20)\d{2})\](?:\s*(?P<seq>\d{1,4})\s*号)?")
_WRAPPED_SEQ = re.compile(r"(?:(?<=\s)|^)(?P<seq>\d{1,4})\s*号")


# 决定废止以下3件行政规范性文件： / 一、《X》（…号）。该文件第五条…由《Y》替代。 / 二、《Z》（…号）。
_REPEAL_ITEMS = re.compile(r"(?:废止|宣布失效)(?:以下|下列|如下)[^。\n:]{0,30}[:：]"
                           r"|(?:对|将)(?:以下|下列|如下)[^。\n:]{0,20}?(?:予以)?(?:废止|宣布失效)\s*[:：]"  # (对下列规范性文件予以废止：)
                           # (二、对3件行政规范性文件予以废止。 over its items)
                           r"|对\s*(?:\d{1,3}|[一二三四五六七八九十]{1,3})\s*件[^。\n:：]{0,20}?(?:予以)?(?:废止|宣布失效)\s*[。:：]?[ \t\u3000]*(?=\n)")
_ITEM_MARKER = r"^[ \t\u3000]*(?:[一二三四五六七八九十]{1,3}、|\d{1,2}\s*[.、．]|[(（][一二三四五六七八九十\d]{1,3}[)）])\s*"
_ITEM_LINE = re.compile(_ITEM_MARKER + r"(?=《)")
# 1.天津市河西区人民政府办公室关于印发X的通知（河西政办规〔2020〕3号）: an item naming the document without 《》
_BARE_ITEM = re.compile(_ITEM_MARKER + r"(?P<title>[^《》\n()（）]{6,120}?)\s*[(（]\s*(?P<num>[^()（）\n]{2,30}?号)\s*[)）]")


def repealed_in_lists(text: str, offset: int = 0) -> list[PolicyRef]:
    """The documents a repeal lists: in its attached lists (决定废止的…文件目录: a table, a cell a line
    or wrapped rows; by number, the titles wrapped across cells left out), or item by item under
    废止以下N件…： (一、《X》（…号）。 and what the item goes on to say), each item's first 《》."""
    refs: list[PolicyRef] = []
    for cue in _REPEAL_ITEMS.finditer(text):
        for line in re.finditer(r"[^\n]+", text[cue.end():]):
            if not line.group(0).strip():
                continue
            item = _ITEM_LINE.match(line.group(0))
            if item is None and (bare := _BARE_ITEM.match(line.group(0))) and DOC_NUMBER.fullmatch(bare.group("num")):
                at = offset + cue.end() + line.start()
                refs.append(PolicyRef(title=squash(bare.group("title")), doc_number=normalise_doc_number(bare.group("num")),
                                      start=at + bare.start("title"), end=at + bare.end(), rule="supersedes.repeal_items"))
                continue
            if item is None:
                break
            at = cue.end() + line.start() + item.end()
            first = _refs_in(line.group(0)[item.end():], offset + at, "supersedes.repeal_items")[:1]
            refs.extend(first)
    for head in _REPEAL_LIST.finditer(text):
        stop = _NEXT_ATTACHMENT.search(text, head.end())
        lines = list(re.finditer(r"[^\n]+", text[head.end():stop.start() if stop else len(text)]))
        for i, line in enumerate(lines):
            # a row's first number is the repealed document's (a later cell may name what replaced it)
            for m in list(_NUMBER_CELL.finditer(line.group(0)))[:1]:
                seq = m.group("seq")
                if seq is None and i + 1 < len(lines):  # the number's tail on the row's next line
                    tail = _WRAPPED_SEQ.search(lines[i + 1].group(0))
                    seq = tail.group("seq") if tail else None
                if seq:
                    at = offset + head.end() + line.start() + m.start()
                    refs.append(PolicyRef(title=None, doc_number=f"{m.group('org')}〔{m.group('year')}〕{int(seq)}号",
                                          start=at, end=at + len(m.group(0)), rule="supersedes.repeal_list"))
    return refs


def dedupe_refs(refs: list[PolicyRef]) -> list[PolicyRef]:
    """The first reference of each (title, document number), in order; a title without a number
    is the same document as that title with one (a reader that stopped at a line break in the 文号)."""
    numbered = {r.title for r in refs if r.doc_number}
    seen, out = set(), []
    for r in refs:
        key = (r.title, r.doc_number)
        if key not in seen and (r.doc_number or r.title not in numbered):
            seen.add(key)
            out.append(r)
    return out
