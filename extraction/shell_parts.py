"""The shell's parts: the record read_shell fills (Shell), the view's lines, and the wording that
tells a notice's parts apart (notice text, addressees, page labels, an interpretation's heading,
a disclosure catalogue, an amending decision's 作如下修改)."""
from __future__ import annotations

import re
from dataclasses import dataclass, field

# an interpretation saying when the policy it explains was issued (于2025年4月15日印发实施): 自印发之日起 counts from it
INTERPRETED_ISSUED = re.compile(r"于\s*(?P<d>(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日)\s*(?:正式)?(?:印发|发布|出台)")
# 发布时间:2024-03-12 / 来源:市政府办公室 / [字体:大 中 小] under a page's title: the site's labels, not the
# notice's signature
PAGE_LABEL = re.compile(r"^\s*\[?(?:(?:发布|更新)?时间|发布日期|来源|信息来源|索引号|浏览次数|阅读次数|点击数|字号|字体)\s*:")
FROM_PUBLICATION = re.compile(r"自(?:本\S{1,4})?(?:发布|公布)之日起")
PUBLISHED = re.compile(r"[^\n]{0,40}?(?:发布时间|发布日期)\s*:\s*(?P<d>(?:19|20)\d{2}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?)")
NOTE_DATE = re.compile(r"(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日")
# 关于修改《X》的决定 / 关于调整《X》部分条款的通知: 现将《X》部分条款调整如下 / 作如下修改
AMENDS_AS_FOLLOWS = re.compile(r"(?:作|进行)如下(?:修改|调整|修订)|(?:修改|调整|修订)如下")
# 现就进一步支持…有关事项通知如下: the notice's own text is the policy
AS_FOLLOWS = re.compile(r"(?:有关事项|有关事宜|具体事项|如下事项)?通知如下\s*[:：]")
SUPPORTING = re.compile(r"支持|扶持|促进|鼓励|加快|推动|奖励|补贴|若干|减免|优惠")
# (关于组织申报…专项资金项目的通知 / 关于下达…资金的通知: it administers money, it grants none)
ADMINISTERING = re.compile(r"申报|下达|拨付|公布|公示|组织|做好|开展|清理|评选|认定")
# (关于下达…资金的通知 / 关于表彰…企业的决定: money handed to named recipients, whatever its items say)
HANDS_OUT = re.compile(r"下达|拨付|表彰|公布|公示|评选|认定|命名|清算")
# 关于《X》的补充通知: what it adds to X is its own
SUPPLEMENTS = re.compile(r"^《[^《》]{4,120}》的?补充$")
# 一图读懂|《X》 / 图解|文字解读:《X》 / [文字解读]《X》 / 一图读懂丨《X》: an interpretation's heading before the title it reads
PICTURE_READ = re.compile(r"^(?:\[?[^《》。:|丨\[\]]{0,8}?(?:读懂|看懂|了解|图解|图说|解读|问答)\]?\s*[|:丨]?\s*){1,2}《(?P<t>[^《》]{4,120})》\s*(?:的)?(?:政策)?(?:解读|问答|图解)?\s*$")  # (一图读懂｜《X》政策解读)
INTERPRETATION = re.compile(r"^《?(?P<t>.{4,120}?)》?\s*(?:的)?(?:政策)?(?:解读|问答|答问|解答|问题解答|一问一答|热点问题(?:解答)?)$")
ADDRESSEES = re.compile(r"^\s*(?:各|有关|区|市|县|省|全)[^。]{1,120}[:]\s*$")
NOTICE_TEXT = re.compile(r"(?:印发|转发)给你们|现印发|予以印发|现将.{0,120}(?:印发|转发)|请认真(?:贯彻)?(?:遵照|按照|组织)?(?:执行|实施|落实)|特此通知|现予(?:公布|发布|印发)")
CATALOGUE = re.compile(r"索引号|组配分类|主题分类|体裁分类|发布机构|生成日期|公开方式|有效性")
CLAUSE_LINE = re.compile(r"^(?:第\s*[一二三四五六七八九十百]+\s*[章条]|[一二三四五六七八九十]+、|\([一二三四五六七八九十]+\)|1\s*[.、．](?!\d))")


# 附：政策原文 after an interpretation's text: the policy it interprets, printed whole below
# 本报讯（记者 X）…获悉，《X若干措施》…: a newspaper's report of a policy, the policy's text not printed
NEWS_REPORT = re.compile(r"^\s*(?:本报讯|本网讯|[^。]{0,12}讯\s*\((?:记者|通讯员)|\(?记者[^。]{0,20}?(?:报道|获悉))")
# 近日，嘉兴市南湖区出台《X》（以下简称《意见》），围绕…: a news lead naming the policy it reports
NEWS_LEAD = re.compile(r"^\s*(?:近日|日前|\d{1,2}月\d{1,2}日)\s*[,，]?[^。]{0,40}?(?:出台|印发|发布|公布)了?《")
# …全文如下。 / …现将政策原文发布如下： at a line's end: a repost's lead, the policy (or its notice) follows
LEAD_AS_FOLLOWS = re.compile(r"(?:全文|原文|政策原文|具体内容)(?:发布)?如下\s*[:。]?\s*$")
FULL_TEXT_FOLLOWS = re.compile(r"(?:全文|原文|政策原文|具体内容)如下|^[ \t\u3000]*(?:附(?:件)?[:]?[ \t\u3000]*)?(?:政策|文件)?原文[:]?[ \t\u3000]*$", re.M)
ORIGINAL_TEXT = re.compile(r"^[ \t\u3000]*(?:附(?:件)?[:]?[ \t\u3000]*)?(?:政策|文件)?原文(?:如下)?[:]?[ \t\u3000]*$", re.M)


@dataclass
class Shell:
    kind: str = "none"  # none, notice, repeal, extension, interpretation, titled (a bare policy with a title line)
    title: str | None = None
    title_span: tuple[int, int] | None = None  # where the policy's own title stands, else the 《X》
    notice_title: str | None = None
    doc_number: str | None = None
    doc_number_span: tuple[int, int] | None = None
    issuers: list[str] = field(default_factory=list)
    issue_date: str | None = None
    body_start: int = 0
    meta: dict[str, str] = field(default_factory=dict)
    meta_spans: dict[str, tuple[int, int]] = field(default_factory=dict)
    noise: list[tuple[int, int, str]] = field(default_factory=list)  # shell parts, with what they are
    verb: str = ""  # the notice's verb: 印发, 转发 (a 转发 notice's own 文号 is not the forwarded policy's)


def lines_of(view: str) -> list[tuple[int, int]]:
    """(start, end) of every line of the view (a page scraped onto one line was already cut
    into its parts by textview.unglued)."""
    spans, pos = [], 0
    for line in view.split("\n"):
        spans.append((pos, pos + len(line)))
        pos += len(line) + 1
    return spans


def take_doc_number(shell: Shell, m: re.Match | None, offset: int = 0) -> bool:
    """Keep the first 文号 the shell shows (`m` has a `num` group and matched at `offset` in the
    view), with where it stands. Whether `m` found one."""
    if m is None:
        return False
    if not shell.doc_number:
        shell.doc_number = m.group("num").strip()
        shell.doc_number_span = (offset + m.start("num"), offset + m.start("num") + len(shell.doc_number))
    return True


AMENDING = ("修改", "调整", "修订")
