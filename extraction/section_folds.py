"""When a section with items is one measure, not each of its items: its own text grants and
the items are the tiers, categories, facets or conditions of that grant (measures.decide asks
before it visits the items).

- its own text gives a shared amount, share or 1:x term (对…按以下标准给予补贴，最高100万元：);
- it announces tiers (分档给予奖励：, 按下列标准给予奖励： over items that only name a level, a
  named award's categories, the rows of a table it points to), unless each item names its own
  beneficiary or support;
- a shared-terms line follows its last item (同一企业累计不超过200万元, 按最高档次奖励);
- its items are short 一是…二是… facets without money, or each labelled as one facet (申报条件：…).
"""
from __future__ import annotations

import re

from .clauses import Clause
from .grant_words import HEAD_SENTENCE, MONEY
from .places import place_names
from .textview import squash

_GRANT_WORD = re.compile(r"给予|予以|奖励|补贴|补助|资助|配套")


# 根据其上年度营业收入规模，分档给予奖励： / 运营补贴按车长分档核定： the items are the tiers of one award; so are they after
# 按下列标准给予奖励： when they only name a level (国家级专精特新"小巨人"企业，奖励100万元), not when each
# names its own beneficiary (对设备投资超过1000万元的项目，…): those are measures of their own
# (…分档给予奖励，奖励资金分三年按4:3:3比例拨付: a payment schedule may stand between; its ratio keeps its colons)
_TIERS_INTRO = re.compile(r"(?:分档|分级)(?:[^。:]{0,8}(?:给予|予以|核定|确定|计算|补贴|补助|奖励|支持|资助|奖补|执行|兑现)(?:[^。:]|(?<=\d):(?=\d)){0,40})?:\s*$")
# …按其年度进出口额给予奖励： over (1)(2) that each set a level and its award, naming no recipient of their own
GRANT_INTRO = re.compile(r"(?:给予|予以)[^。:,]{0,12}?(?:奖励|补助|补贴|资助|支持|奖补|贴息)\s*:\s*$")  # (给予企业经营团队一次性奖励:)
# 对…年度销售收入达到以下标准的，给予一次性奖励，同一企业按最高档次奖励…: the levels its items name are tiers
_LEVELS_INTRO = re.compile(r"(?:以下|下列|如下)(?:标准|档次|规模)的?[^。:]{0,12}?(?:给予|予以)[^。:]{0,40}:\s*$")
_SCALE_INTRO = re.compile(r"按(?:照)?(?:以下|下列|如下)标准[^。:]{0,8}(?:(?:给予|予以)[^。:]{0,30}|(?:奖励|补助|补贴|资助|奖补)[^。:]{0,8}|执行|兑现)\s*:\s*$"
                          r"|(?:给予|予以)[^。:]{0,40}?(?:具体)?标准如下\s*:\s*$")  # (…给予奖励，同一主播…不重复享受，具体标准如下：)  # (…一次性奖励，同一企业按差额累计奖励:)
# 给予一次性吸纳就业补贴： over (1)吸纳脱贫劳动力的… (2)吸纳高校毕业生的…: one named award, its items the
# categories it is paid for, however different their openings
_NAMED_AWARD_INTRO = re.compile(r"给予(?:一次性)?(?!相应|适当|一定|以下|如下|分档|定额)[\u4e00-\u9fff]{2,8}(?:补贴|奖励|补助|资助)\s*:\s*$")
# 对参加培训的人员和企业，按以下规定给予补贴： rules for several cases, not a scale of one award
_BY_RULES_INTRO = re.compile(r"按(?:照)?(?:以下|下列|如下)(?:规定|情形|方式|情况)[^。:]{0,12}:\s*$")
# 对基地运营主体给予以下补贴： / 给予下列支持：: a list of the subsidies that follow
_LISTED_INTRO = re.compile(r"(?:给予|予以)(?:以下|下列|如下)[\u4e00-\u9fff]{0,4}?(?:补贴|补助|奖励|支持|资助)\s*:\s*$")
_OWN_CAP = re.compile(r"最高|不超过|封顶|上限")
# 对…的规模养殖场实施智能化改造的： over 1.改造投资50万元以上的，补助10万元 2.…: a condition whose items are levels
_CONDITION_INTRO = re.compile(r"\s*对[^。:]{4,80}的\s*:\s*$")  # (matched where the heading sentence ends)
_TABLE_INTRO = re.compile(r"(?:按|见|如)下表[^。:]{0,12}:?\s*$")
_OWN_BENEFICIARY = re.compile(r"\s*(?:对|支持|鼓励|为|凡)")


def folds(node: Clause, view: str, intro: str) -> bool:
    """The parent is the measure when its own text already grants money (a shared amount,
    share or 1:x term), or announces its items as the tiers of one award (分档给予奖励:, or 按下列
    标准给予奖励: over items that only name a level): its items are then tiers, categories or
    conditions of that grant."""
    flat = squash(intro)  # (给\n予运营补贴: a PDF copy breaks the intro anywhere)
    if MONEY.search(intro) and _GRANT_WORD.search(intro) or _TIERS_INTRO.search(flat):
        return True
    before_table = re.split(r"\n\s*\|", intro, maxsplit=1)[0].strip()  # the header row stands before the rows
    if _TABLE_INTRO.search(before_table) and node.children and all(c.style == "table_row" for c in node.children):
        return True  # 按下表给予奖励: + | 1 | 辅导备案 | 50 |: the rows are the tiers of the article's award
    if _BY_RULES_INTRO.search(flat) and not _SCALE_INTRO.search(flat):
        return False  # 按以下规定给予补贴： over items that each grant for their own case: measures of their own
    if _LISTED_INTRO.search(flat) and len(node.children) >= 2 and all(
            _OWN_CAP.search(view, c.body, c.end) and MONEY.search(view, c.body, c.end) for c in node.children):
        return False  # 给予以下补贴：(一)…每个基地每年最高100万元；(二)…最高30万元: subsidies of their own, each capped
    heading = HEAD_SENTENCE.match(flat)  # ((一)支持智能化改造。对…的：: the condition after the heading)
    levels_under_condition = bool(_CONDITION_INTRO.match(flat, heading.end() if heading else 0)) \
        and len(node.children) >= 2 and all(
        MONEY.search(view, c.body, c.end) and _GRANT_WORD.search(view, c.body, c.end) for c in node.children)
    return bool((_SCALE_INTRO.search(flat) or GRANT_INTRO.search(flat) or _LEVELS_INTRO.search(flat) or levels_under_condition)
                and node.children
                and (not _distinct_items(node, view) or _NAMED_AWARD_INTRO.search(flat))
                and not any(_OWN_BENEFICIARY.match(view, _after_heading(view, c.body)) for c in node.children)
                # (一)研发投入奖励。… (二)首台套奖励。…: items that each name their support are not tiers
                and not all(_after_heading(view, c.body) > c.body for c in node.children))


# what an item's opening says besides its level or size (国家级/省级, 1亿元以上, 首次突破…): tiers of
# one award differ only in these; items for different things (新建圈舍的 / 新建青贮窖的) do not
_LEVEL_WORDS = re.compile(r"[\d.一二三四五六七八九十百千万亿两]+|国家级?|省级?|市级?|县级?|区级?|级|以上|以下|不含|不足|首次|达到|突破|"
                          r"超过|至|含|元|%|对|(?:新)?认定为?|的|[()、,“”\"\s]")


def _distinct_items(node: Clause, view: str) -> bool:
    """Items whose openings (up to the first comma) share almost nothing once levels and sizes
    are set aside fund different things, each with its own rate and cap, under one 按以下标准
    给予补助: intro; they are measures of their own, not tiers of one award."""
    if len(node.children) < 2:
        return False
    grams = []
    for c in node.children:
        opening = re.split(r"[,;:。]", view[c.body:c.end].strip(), maxsplit=1)[0]
        opening = _LEVEL_WORDS.sub("", place_names().sub("", opening))  # (经广东省认定的 / 经佛山市认定的: levels by name)
        grams.append({opening[i:i + 2] for i in range(len(opening) - 1)} or {opening})
    pairs = [(a, b) for i, a in enumerate(grams) for b in grams[i + 1:]]
    return sum(len(a & b) / len(a | b) for a, b in pairs) / len(pairs) < 0.05


def _after_heading(view: str, at: int) -> int:
    """Where an item's body starts after its heading sentence ((二)设备更新贷款贴息。对企业…)."""
    m = HEAD_SENTENCE.match(view[at:at + 40])
    return at + m.end() if m else at


# 1./2./3. then, on a line of its own, 同一企业同一年度获得本条奖励累计不超过200万元: terms shared by the items
# (or after the last item's full stop when it says so: …。上述奖励每家企业每年累计最高300万元)
# or a rule that makes them tiers of one award: 同一企业按最高档次奖励，已享受低档次奖励的补齐差额, 同一企业同一
# 年度按最高一项执行
_SHARED_TAIL = re.compile(r"(?:\n\s*(?:同一|单个|单户|单家|每家|每个|上述|以上|本条|本项|各项)|。\s*(?:上述|以上|本条|各项))(?:[^。\n]{0,40}?(?:累计|合计|总额|最高|不超过|封顶)"
                          r"[^。\n]{0,20}?[\d一二三四五六七八九十百千][^。\n]{0,6}?(?:万元|亿元|元)|[^。\n]{0,30}?(?:最高档|最高等级|最高一项|最高的一项|就高|从高|补齐差额|差额补足))"
                          # 上述补助由市级财政承担70%，区县财政承担30%: who pays the items' money
                          # (以上(1)(2)所需资金由县商务发展资金列支: the items named by their numbers)
                          r"|\n\s*(?:上述|以上)(?:\(\d{1,2}\)[、和及至-]?){0,6}项?(?:所需)?(?:补助|奖励|补贴|资助|奖补|资金)[^。\n]{0,4}由[^。\n]{0,12}(?:承担|负担|分担|列支)"
                          # 上述奖励资金分两次拨付，首次拨付60%: how the items' money is paid out
                          r"|\n\s*(?:上述|以上)(?:补助|奖励|补贴|资助|奖补)?(?:资金)?[^。\n]{0,4}分(?:[两二三四]|\d)(?:次|年|期)(?:拨付|兑现|发放|支付)"
                          # 以上补贴与市级同类补贴不重复享受: a rule over the items' money
                          r"|\n\s*(?:上述|以上)(?:补助|奖励|补贴|资助|奖补|贴息)[^。\n]{0,16}不(?:重复|同时)享受"
                          # 上述补贴期限最长不超过1年: how long the items' money is paid
                          r"|\n\s*(?:上述|以上)(?:补助|奖励|补贴|资助|奖补|贴息)(?:期限|期)[^。\n]{0,4}?(?:最长)?不(?:超过|得超过)")


# 一、限额以上企业入库奖励 (一)申报条件:… (二)奖励标准:… (三)申报材料:…: one programme's labelled facets
# (1.政策条款： 2.申报条件： 3.申报材料： 4.兑现方式： 5.责任单位：: an 实施细则's facets of one article)
_FACET_LABEL = re.compile(r"\s*(?:(?:申报|申请|支持|扶持|奖励|补贴|补助|资助|兑现|办理)?(?:条件|对象|标准|材料|方式|程序|时间|期限|内容|范围|流程)"
                          r"|政策(?:条款|内容|依据)|责任(?:单位|部门)|牵头(?:单位|部门)|受理(?:单位|部门)|联系方式|咨询电话)\s*:")


def facets(node: Clause, view: str) -> bool:
    """一是开辟职称评审绿色通道，二是优先保障人才公寓，三是提供子女入学服务: short items without money
    are the facets of one support, and their parent is the measure; so are items each labelled as
    one facet of it ((一)申报条件: (二)奖励标准: (三)申报材料:)."""
    if len(node.children) >= 2 and all(_FACET_LABEL.match(view, c.body, c.end) for c in node.children):  # ((二)支持标准: 1.… 2.… too)
        return True
    return len(node.children) >= 2 and all(
        c.style == "shi" and not c.children and len(view[c.body:c.end].split("。")[0]) < 30
        and not MONEY.search(view[c.body:c.end]) for c in node.children)


def shared_tail(node: Clause, view: str) -> bool:
    """A shared-terms line after the node's last item; when that item has items of its own, the
    line is theirs (二、 > 6. > ①②③ + 同一企业按最高档次奖励 folds 6., not 二、)."""
    last = node.children[-1]
    if node.style == "chapter" or last.children:
        return False
    m = _SHARED_TAIL.search(view, last.body, last.end)
    if not m:
        return False
    if view[m.start()] == "。":  # after a full stop, only as the last item's last sentence (its units' bracket after it)
        rest = re.sub(r"。?\s*\([^()]{2,80}\)\s*$", "", view[m.end():last.end].rstrip())
        return rest.rstrip().rstrip("。").count("。") == 0
    # on a line of its own: a sentence of its own, not a PDF line break inside the item's sentence
    return view[last.body:m.start()].rstrip()[-1:] in ("。", ";", ":", "")


# (2)企业年度缴纳税收…超过1000万元的，奖励比例在上述基础上提高10个百分点: an item that only raises the rate
# of the one before it is no grant of its own; its parent is the award
_BUILDS_ON = re.compile(r"(?:比例|标准)在(?:上述|上款|前款|前项)(?:比例|标准)?的?基础(?:之)?上(?:再)?(?:提高|增加|上浮)")


def builds_on(node: Clause, view: str) -> bool:
    """An item after the first that only raises the rate of the one before it (奖励比例在上述基础上提高…):
    the items are one award's terms."""
    return len(node.children) >= 2 and not any(c.children for c in node.children) \
        and any(_BUILDS_ON.search(view, c.body, c.end) for c in node.children[1:])
