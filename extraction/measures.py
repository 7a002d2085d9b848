"""Which clauses of a policy are support measures, decided by what they say.

The clause tree (clauses.py) says where numbered units are; this module says which of them
a company could claim. Every clause gets a Decision with its reason and a score, kept for
the review page:

- a section is skipped whole when its heading names a part of a policy that is not support
  (适用范围, 申报条件, 申报程序, 申报材料, 资金来源, 监督管理, 附则, 目标, 原则…), or when its
  intro says its items are conditions, materials or procedure (应当符合下列条件, 提交以下材料);
- a section whose own text already grants money with its items only as tiers, categories or
  conditions is one measure (the parent is used instead of its children; section_folds.py);
- a leaf is a measure when it grants something: money (an amount, a share or a 1:x match
  together with 给予/奖励/补贴/补助/资助/配套…) or a concrete non-money service to a
  beneficiary (对获得认定的企业，优先推荐…, 人才公寓, 子女入学); it is not when it states a
  purpose, a scope, a condition, a procedure, a penalty, a fund rule or a closing article.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from .clause_words import (
    ALLOCATION, ALLOCATION_RULE, APPROVAL_THRESHOLD, AWARD, BENEFICIARY, BY_ARTICLE, BY_RULES, CLOSING, COST_SHARE,
    CROSS_REFERENCE, DIRECTION, FUND_SETUP, GRANT, INCLUDED, MODE_HEADING, NO_DOUBLE, OBJECTS_ARE, OVERSIGHT, PENALTY,
    POINTS_TO, PROCEDURE, PURPOSE, REFORM, RULES_ONLY, SCOPE, SELF, SERVICE, SUPPORT_MODE, TERMS_ELSEWHERE, TOTAL_CAP,
    TO_UNITS, UNIT_NAMING_PROCEDURE, rules_and_invitations_only)
from .clauses import Clause
from .grant_words import HEAD_SENTENCE, MONEY
from .section_folds import GRANT_INTRO, builds_on, facets, folds, shared_tail
from .textview import squash

# 一、支持重点 / 重点领域: what the policy focuses on (sectors, as a rule; items that grant under it are measures)
_FOCUS_WORDS = "发展方向|产业方向|重点方向|支持方向|扶持方向|支持领域|支持重点|重点领域|发展重点"
# Section headings that are never support, and the words that make a heading support anyway.
_NOT_SUPPORT_HEADING = re.compile(
    r"总则|附则|(?<!项)目的|^依据|宗旨|定义|适用范围|适用对象|支持对象|(?:实施|补贴|补助|支持|扶持)范围(?:和|与|及)对象|申报对象|申领对象|申请对象|扶持对象|资助对象|奖励对象|^[\u4e00-\u9fff]{2,4}对象$|支持范围|^(?:实施|活动|执行)(?:时间|期限|期间)$|扶持范围|申报范围|^\(?(?:实施|配套)细则\)?$|"
    r"申报条件|申请条件|认定条件|基本条件|申报要求|资格条件|资金来源|资金管理|资金使用|^(?:资金|经费)保障$|使用范围|资金拨付|拨付|"
    r"申报(?:和|与|及)(?:管理|兑现|审核|拨付)|(?:资金)?(?:兑现|拨付|兑付)方式|管理职责|职责分工|部门职责|工作职责|主要职责|工作机制|组织架构|组织实施|组织领导|组织保障|保障措施|工作要求|实施要求|有关要求|相关要求|其他要求|申报程序|申报流程|"
    r"申请程序|申请流程|办理流程|申报方式|申报时间|申报材料|申请材料|材料提交|审核|评审|审批|验收|监督|"
    r"绩效|法律责任|违规|信用管理|责任追究|其他事项|其他规定|注意事项|联系方式|附件|工作目标|发展目标|主要目标|总体目标|目标任务|"
    r"总体要求|基本原则|指导思想|工作原则|起草|背景|发展基础|发展现状|产业基础|现状|面临形势|发展形势|项目管理|项目库|保障措施|组织与认定|认定标准|认定程序|"
    rf"(?:{_FOCUS_WORDS}|核定|核算|(?<!加计)扣除|计算方法|政策衔接|宣传|解释|程序|流程)$"
)
_GRANT_VERB = re.compile(r"给予|予以|奖励|补贴|补助|资助|贴息|奖补|发放[^。]{0,12}券|抵扣|申领")
_TASKS_HEADING = re.compile(r"^(?:重点|主要|重大|专项)(?:任务|工作|举措|行动)$")  # (an action plan's 重点行动)
# 加强组织领导 / 强化督促考核: an action heading that names governance, not support
_GOVERNANCE_ACTION = re.compile(r"^(?:加强|强化|完善|健全|建立|做好|抓好|压实|狠抓|加大(?=资金|财政|经费))(?:组织|工作|政策|运行)?(?:领导|督促|督查|考核|宣传|监督|统筹|协调|调度|"
                                r"落实|机制|评估|责任|资金管理|资金保障|资金统筹|经费保障|督导|跟踪|保障$|实施$|推进$|专班|领导小组|联席会议|"
                                r"[\u4e00-\u9fff]{0,2}(?:兑现|考核|评价|协调|推进|督办|调度|会商|联动)机制$|[\u4e00-\u9fff]{0,6}(?<!数据)(?<!网络)(?<!信息)安全(?:服务|管理|监管)$|[\u4e00-\u9fff]{0,6}监管$)")  # (建立工作专班, 健全政策兑现机制, 加强夜间安全服务)
_FOCUS_HEADING = re.compile(rf"(?:{_FOCUS_WORDS})$")
_ACTION_HEADING = re.compile(r"^(?:鼓励|加强|推动|促进|强化|提升|加大|优化|打造|培育|探索|做强|做优|深化|完善|构建|推进|营造|积极|降低"
                             r"|压缩|压减|缩短|简化|精简|推行|放宽"  # (压缩审批时限: a reform, though it names 审批)
                             r"|支持(?!对象|范围|方式|方向|领域|重点|条件))")  # (四、支持清洁生产审核: support, though it names 审核)
_SUPPORT_HEADING = re.compile(r"内容|标准|措施|政策|奖励|补贴|补助|资助|额度|扶持方式|支持方式和|支持事项|奖补|配套|[和及与]方式")  # (支持范围和方式)
# What a clause's intro says its items are.
_CONDITIONS_INTRO = re.compile(
    r"(?:应当|应|须|需|必须)(?:同时)?(?:具备|符合|满足|提交|提供|报送)(?:以下|下列|如下)|"
    r"(?:以下|下列)(?:条件|情形|材料)(?![^。:]{0,6}(?:给予|予以))|不予(?:支持|受理|资助)|(?:申报|申请)材料(?:包括|如下)|"
    r"有下列情形之一|予以撤销|取消.{0,10}资格|(?:按|采取|采用)(?:以下|下列)(?:程序|步骤)"
)


@dataclass
class Decision:
    clause: Clause
    start: int
    end: int
    measure: bool
    reason: str  # why: "grants_money", "section:申报条件", "conditions_intro", ...
    score: float  # 0..1, how strongly the text reads as a measure


_PART_NAME = re.compile(r"(?:对象|条件|范围|程序|流程|材料)$")


def _heading_kind(heading: str | None) -> str | None:
    """support / not_support for a short section heading; a long one is a sentence, not a name."""
    if not heading or len(heading) > 14 or _ACTION_HEADING.match(heading) and not _PART_NAME.search(heading):
        return None  # 鼓励外商投资重点领域 names a line of support, not a part of the document (培育对象 does)
    rest = _NOT_SUPPORT_HEADING.sub("", heading)  # 支持对象及内容: 内容 still makes it support
    if _SUPPORT_HEADING.search(rest):
        return "support"
    if rest != heading:
        return "not_support"
    return None


def _subtree(c: Clause) -> list[Clause]:
    out = [c]
    for child in c.children:
        out.extend(_subtree(child))
    return out


_GOVERNANCE_TITLE = re.compile(
    r"(?:资金|项目|财力|经费).{0,16}(?:管理|使用)|管理办法|申报指南|申报工作|申报的通知|组织申报|操作规程|实施程序|工作规程|解读"
    r"|任务分工|分工方案|责任分工|任务清单"  # (…工作方案重点任务分工: a table of the government's own tasks)
    r"|规划(?:纲要)?(?:\([^()]{4,14}\))?$"  # (…第十五个五年规划纲要: a plan's chapters set directions, they grant nothing)
)


# 关于2024年度…奖励资金拟支持项目的公示 / …名单的公告: who gets money under some policy, no measure of its own
_PUBLICATION_TITLE = re.compile(r"(?:名单|项目|结果|企业|单位|对象)[^。]{0,12}的?(?:公示|公告|通告)$|的公示$")


def genre_of(title: str | None) -> str:
    """"governance" for a document that runs a fund or a procedure (专项资金管理办法, 申报指南):
    there only clauses that grant something count, not statements of direction; "publication" for
    a list of recipients made public (…拟支持项目的公示): it has no measures."""
    if title and _PUBLICATION_TITLE.search(title):
        return "publication"
    return "governance" if title and _GOVERNANCE_TITLE.search(title) else "support"


# 建立…联系制度 / 健全…会商机制 opening a clause that provides nothing (no 提供/给予/实行/优先): a way the
# government works (建立…服务专员制度。为…提供…服务 is a service)
_MECHANISM = re.compile(r"^(?:建立|健全|建立健全|完善)[^。,;]{2,30}(?:制度|机制)\s*[。,;]")
# 落实《若干政策》第八条“优化审评审批服务”。…: a 实施细则's article opens by naming the parent's
# article it implements; the quoted name is its heading, not a cross-reference
_IMPLEMENTS = re.compile(r"^\s*(?:落实|贯彻落实|执行|细化)?《[^《》]{2,60}》第[一二三四五六七八九十百\d]{1,5}条(?:第[一二三四五六七八九十\d]{1,3}[款项])?(?:规定的|所列的?)?"
                         r"\s*[“\"](?P<heading>[^”\"。]{2,30})[”\"]\s*(?:的?(?:实施细则|具体措施))?\s*[。.:]?")


# an amending decision's item that only swaps words or figures inside an article, or deletes one:
# 将第四条第一款中的“8%”修改为“10%” / 删去第六条 (an item restating a whole article is a measure)
_AMENDS_WORDS = re.compile(r"^\s*(?:将?第[一二三四五六七八九十百\d]{1,5}条[^“\"。]{0,16}中的?[“\"]|(?:删去|删除)第[一二三四五六七八九十百\d]{1,5}条"
                           r"|[^。]{0,40}?由[“\"][^”\"]{1,80}[”\"](?:调整|修改|变更)为[“\"])")  # 贴息比例由“40%”调整为“60%”


# 区住房和建设局负责人才住房房源筹集，区人力资源局负责人才类别认定，区财政局负责资金保障: who does what
_DUTY = re.compile(r"\s*[^,;。:]{2,24}?(?:局|委|办|办公室|中心|部门|政府|管委会|委员会|科|处)(?:会同[^,;。]{2,24}?)?(?:具体)?负责[^,;。]{2,40}\s*")


# 申请《若干措施》第二条奖励的企业，上年度营业收入应经会计师事务所审计 / 申请…补贴的，应提供…凭证: what an
# applicant must meet or file (an 实施细则's articles on its policy's awards)
_APPLICANT_MUST = re.compile(r"^\s*(?:\([^()]{1,12}\)\s*)?申请[^。,]{0,30}?(?:奖励|补贴|补助|资助|支持|奖补)的(?:企业|单位|项目|机构)?\s*,"
                            r"[^。]{0,80}?(?:应|须|需|必须)")


def _duties_only(text: str) -> bool:
    parts = [x for x in re.split(r"[,;。]", text) if x.strip()]
    return len(parts) >= 2 and all(_DUTY.fullmatch(x) for x in parts)


# …的，由区财政承担 / …人才，由师市提供人才公寓: who benefits, then the government that provides
_GOVERNMENT_PROVIDES = re.compile(r"(?:的|人才|企业)\s*,\s*由")


def leaf_reason(text: str, genre: str = "support") -> tuple[bool, str, float]:
    """Is one clause (its whole text, children folded in) a measure, why, and how surely."""
    if _duties_only(text):
        return False, "duties", 0.1
    if _APPLICANT_MUST.match(text) and not re.search(r"给予|予以", text):
        return False, "conditions", 0.1
    if _AMENDS_WORDS.match(text):
        return False, "amends_words", 0.1
    if re.search(r"_{3,}|＿{2,}|□", text):
        return False, "form_field", 0.05  # 营业收入：________万元: a field of an application form (附件1 申报表)
    if m := _IMPLEMENTS.match(text):
        text = f"{m.group('heading')}。{text[m.end():]}"
    money = bool(MONEY.search(text))
    award = bool(AWARD.search(text))
    if TO_UNITS.match(text):
        return False, "to_units", 0.1
    if PURPOSE.search(text):
        return False, "purpose", 0.05
    if ALLOCATION.search(text) and not GRANT.search(text):
        return False, "support_mode", 0.1
    if OVERSIGHT.match(text.strip()) and not GRANT.search(text) and not MONEY.search(text):
        return False, "oversight", 0.2
    if SUPPORT_MODE.search(text) and not re.search(r"1\s*:\s*[\d.]+|\d\s*%", text):
        return False, "support_mode", 0.1  # a mode with a 1:1 match or a rate still grants
    if not money and (CROSS_REFERENCE.search(text.strip()) or POINTS_TO.search(text.strip()) or BY_RULES.search(text)
                      or TERMS_ELSEWHERE.search(text)):
        return False, "cross_reference", 0.1
    if SELF.search(text):
        return False, "self_reference", 0.05
    if not money and CLOSING.search(text):
        return False, "closing", 0.05
    if SCOPE.search(text) and (not (money and award) or OBJECTS_ARE.match(text) and not GRANT.search(text)) \
            and not INCLUDED.search(text):  # (申领对象为…营业收入不超过2亿元的企业: who may apply, its sums thresholds)
        return False, "scope", 0.1
    if _CONDITIONS_INTRO.search(text[:80]) and not (money and award and (len(text) > 120 or GRANT.search(text[:80]))):
        return False, "conditions", 0.1
    # (…累计不超过200万元。享受本办法扶持的企业须承诺5年内不迁离: a cap, then what recipients owe)
    first, _, rest = text.partition("。")
    if (TOTAL_CAP.match(text) or TOTAL_CAP.match(first + "。") and not MONEY.search(rest) and not AWARD.search(rest)
            or NO_DOUBLE.match(text) or ALLOCATION_RULE.match(text)) and not GRANT.search(text):
        return False, "total_cap", 0.1
    if COST_SHARE.match(text) and not GRANT.search(text):
        return False, "fund_setup", 0.1
    if FUND_SETUP.match(text) and not GRANT.search(text) and not SERVICE.search(text) \
            and not re.search(r"(?:^|[。;,])\s*对[^。;]{2,40}?(?:的|,)|为[^。;]{2,30}?提供", text):  # (…转贷资金，为企业提供续贷过桥服务: a service)
        return False, "fund_setup", 0.1
    penalties = len(PENALTY.findall(text))
    # (一口受理、并联审批 names a service, not a procedure; nor does a unit's name: 区行政审批服务管理局, 市审计局)
    procedure = len(PROCEDURE.findall(UNIT_NAMING_PROCEDURE.sub("", SERVICE.sub("", text))))
    if money and award and genre == "tasks" and not _GRANT_VERB.search(text):
        return False, "task", 0.2  # 围绕配套需求…每年引进投资5亿元以上项目: a target, not a grant
    if (money or award) and rules_and_invitations_only(text):
        return False, "to_units", 0.1  # 同一产品…不重复支持。鼓励各区对获得本细则支持的项目按1:0.5给予配套
    if money and (by_article := BY_ARTICLE.search(text)) and not MONEY.search(text, by_article.end()):
        return False, "cross_reference", 0.1
    if money and APPROVAL_THRESHOLD.search(text) and not re.search(r"给予|予以", text):
        return False, "procedure", 0.2  # 单个项目资助金额超过500万元的，须报区政府审定: who approves, not a grant
    if money and award:
        if penalties >= 2 and penalties > len(AWARD.findall(text)):
            return False, "penalty", 0.3
        return True, "grants_money", 0.9
    if not money and RULES_ONLY.search(text):
        return False, "rules", 0.1
    if penalties:
        return False, "penalty", 0.2
    head = re.split(r"[。\n]", text.strip(), 1)[0]
    directs = bool(DIRECTION.match(text.strip()) or len(head) <= 20 and DIRECTION.search(head))
    # after a heading sentence (人才安居。对新引进的…): who benefits is named in the body
    body = text[len(m.group(0)):] if (m := HEAD_SENTENCE.match(text)) else text
    service = SERVICE.search(body)
    # 人才公寓。高层次人才可申请入住… / 配偶就业。…安排到相应单位: a heading naming a service, granted below
    named = bool(m) and service is not None and SERVICE.search(m.group(0)) is not None \
        and not _GOVERNANCE_ACTION.match(m.group(0).strip())
    # 入驻区政府指定总部楼宇的，前两年免租: whoever meets the condition gets the service
    # (入驻标准化厂房的工业企业，第一年免收租金: the same, the condition's subject named after it)
    # (租赁标准化厂房的企业，按每平方米6元的租金标准实行"三免两减半" / 科研人员离岗创办企业的，其企业…三年内免收
    # 场地租金: a condition that opens the sentence names who gets it)
    conditional = bool(service) and bool(re.search(r"的[^。,]{0,12},[^。,]{0,10}$", body[:service.start()])
                                         or re.search(r"^\s*[^。,;]{2,40}的(?:企业|项目|单位|主体|个体工商户)?\s*,[^。;]{0,40}$",
                                                      body[:service.start()]))
    if service and (BENEFICIARY.search(body) or service.start() <= 12 or conditional or named
                    or service.group(0).startswith("免费")  # (街道统一配置摊车，免费提供入驻摊主使用)
                    or re.match(r"给[^。,;]{1,16}(?:人才|企业|职工|人员)", body[service.end():])  # (…定向配售给A至D类人才)
                    or _GOVERNMENT_PROVIDES.search(body[:60])) and procedure < 3:  # 优先推荐并指导企业申报…: a service, though it names 申报
        return True, "grants_service", 0.6
    if REFORM.search(body) and procedure < 3 and not PENALTY.search(text):
        return True, "grants_service", 0.6  # 审批时限压缩至5个工作日 / 当场办理: a reform firms get, whoever is named
    if (procedure >= 3 and not directs) or (procedure and not award and not directs):
        return False, "procedure", 0.2
    if service and (BENEFICIARY.search(body) or service.start() <= 12 or _GOVERNMENT_PROVIDES.search(body[:60])):
        return True, "grants_service", 0.6
    if genre == "support" and GRANT.search(text):
        return True, "grants_unquantified", 0.55
    if directs and _MECHANISM.match(text.strip()) and not re.search(r"提供|给予|予以|实行|优先", text):
        return False, "mechanism", 0.2  # 建立区级领导联系重点企业制度，每季度召开座谈会: how the government works
    if directs and len(text) >= 30 and genre == "support":
        return True, "support_direction", 0.45
    return False, "no_support", 0.3


def decide(roots: list[Clause], view: str, cut, genre: str = "support") -> list[Decision]:
    """Decisions for every clause that could be a measure; `cut(start, end)` trims a glued
    closing paragraph (本措施自…施行) off a measure's end."""
    out: list[Decision] = []

    def skip(node: Clause, reason: str, score: float) -> None:
        for c in _subtree(node):
            if not c.children:
                out.append(Decision(c, c.start, c.end, False, reason, score))

    def visit(node: Clause, genre: str = genre) -> None:
        kind = _heading_kind(node.heading)
        if node.heading and _TASKS_HEADING.search(node.heading.strip()):
            genre = "tasks"  # 三、重点任务: lines of work; an item there is a measure only when it grants
        # (（二）运营绩效。按年度绩效评价结果给予运营补助：over its tiers: the heading names what is paid for)
        own = view[node.body:node.own_end()]
        grants_items = bool(node.children) and bool(GRANT_INTRO.search(squash(own))) and not _CONDITIONS_INTRO.search(own)
        # (一、支持重点 over (一)鼓励技术改造。对…按设备投资额的8%给予补助: a focus heading over items that grant)
        grants_below = bool(node.heading) and _FOCUS_HEADING.search(node.heading.strip()) is not None and any(
            MONEY.search(view[c.body:c.end]) and GRANT.search(view[c.body:c.end]) for c in node.children)
        if kind == "not_support" and not grants_items and not grants_below \
                and not any(_heading_kind(c.heading) == "support" for c in _subtree(node)[1:]):
            return skip(node, f"section:{node.heading}", 0.05)
        heading = squash(node.heading or "")  # (强化 组织 保障: a Word export spaces its words)
        if not node.children and heading and len(heading) <= 14 and _GOVERNANCE_ACTION.match(heading):
            return skip(node, f"section:{node.heading}", 0.05)  # 一、加强组织领导 / 四、强化督促考核, a paragraph under it
        if node.children and heading and len(heading) <= 14 and _GOVERNANCE_ACTION.match(heading):
            genre = "tasks"  # 五、强化组织保障 over (一)建立联席会议制度…: an item there is a measure only when it grants
        if not node.children and node.heading and MODE_HEADING.match(node.heading.strip()):
            return skip(node, "support_mode", 0.1)  # 一、支持方式 / 采取事后奖补方式…: no items, no grant
        if not node.children:  # judged without a closing paragraph glued to it (…。\n本措施自印发之日起施行)
            cut_end = cut(node.start, node.end)
            is_measure, reason, score = leaf_reason(view[node.body:cut_end], genre)
            if node.style == "shi" and reason in ("support_direction", "grants_unquantified"):
                is_measure, reason = False, "shi_direction"  # 一是打造…高地: a line of work, not a grant
            end = cut_end if is_measure else node.end
            out.append(Decision(node, node.start, end, is_measure, reason, score))
            return
        intro = view[node.body:node.own_end()]
        if PURPOSE.search(intro) or SELF.search(intro):
            return skip(node, f"section_intro:{node.number}", 0.05)
        if _CONDITIONS_INTRO.search(intro) and not (MONEY.search(intro) and AWARD.search(intro)):
            return skip(node, "conditions_intro", 0.1)
        if folds(node, view, intro) or shared_tail(node, view) or facets(node, view) or builds_on(node, view):
            text = view[node.body:node.end]
            is_measure, reason, score = leaf_reason(text, genre)
            if is_measure:
                out.append(Decision(node, node.start, cut(node.start, node.end), True, reason + "+items", score))
                return
        for child in node.children:
            visit(child, genre)

    for root in roots:
        visit(root)
    out.sort(key=lambda d: d.start)
    return out
