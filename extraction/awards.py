"""The separate awards inside one measure, each with its own conditions (issue 12).

A clause often holds several awards: 对首次认定的给予20万元奖励；再次认定的给予10万元；获评国家级的，
再给予30万元. A reader adds the ones a firm qualifies for; this module says where each award is,
what kind it is, what it is conditional on and how it stacks, so matching can do the same.

Conventions (README, "Which measures can a company claim"):
- An award is a sum of money given (role fixed, or a cap with 给予/予以 in its comma clause: 给予最高
  20万元), a share of a base (按研发投入的10%), a per-unit top-up (每提高1个百分点再给予5万元) or a
  list of sums paired in order with a list of thresholds (突破10亿元、20亿元的，分别给予20万元、30万元).
- Its segment runs from the end of the previous award's comma clause in the same sentence (else the
  sentence start) to the end of its own clause; ①② start sentences.
- Its conditions are the ones found in its segment plus the measure-wide ones (sentences with no
  award before the first award). A segment with no typed condition of its own that states one
  (…的给予, 对…) is conditional on something untyped: it gets no inherited conditions. A segment that
  states none (在此基础上，每增加…追加…) continues the previous award of its sentence and inherits its
  conditions.
- A segment that names a condition no profile states (培育库, 入库, 再次认定, 期满, 复审, 首次纳入规上:
  when the firm entered a list or a statistic) carries it
  as `untyped`: matching reports the award as unknown.
- 再给予/另给予/追加/叠加/在此基础上, and every top-up, stack on the award they follow
  (`cumulative`); other awards of one measure are alternatives (the best one that applies counts).
- Amounts in a parenthesised remark (第一笔资金按扶持总额的20%拨付) are no award.
- A cap after an award that names no recipient of its own (补助金额最高不超过5万元, 每家企业每年奖励
  不超过30万元, 单个企业每年最高给予100万元) limits the awards of its sentence; one in a sentence with
  no award limits the measure. One that names who gets it (专精特新中小企业每年最高5万元奖励) or states
  a condition (对…的，给予最高20万元) is an award.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Optional

from .amounts import find_amounts
from .conditions import find_conditions
from .records import Amount, Condition
from .textview import cn_to_int, matching_view

_SENTENCE_END = re.compile(r"[。;!?\n]+|(?=[①②③④⑤⑥⑦⑧⑨⑩])")
_CLAUSE_END = re.compile(r"[,，:]")
# (第一笔资金按扶持总额的20%拨付): a remark on how money is paid, not an award; (含) and (试行) are no remark
_ASIDE = re.compile(r"\((?=[^()]{5,}\))[^()]*\)")
_GRANT = re.compile(r"给予|予以|奖励|补贴|补助|资助")
_GIVE = re.compile(r"给予|予以")
_CUMULATIVE = re.compile(r"再(?:给予|予以|奖励|补助|补贴|资助)|另(?:行)?(?:给予|奖励|补助)|追加|叠加|在此基础上|基础上|额外(?:给予|奖励)")
_OWN_CONDITION = re.compile(r"^\s*(?:[①-⑩]|\(?\d+\)|\d+\.)?\s*对|的\s*[,，]?\s*(?:可|将)?(?:再|另|一次性)?\s*"
                            r"(?:给予|予以|奖励|补贴|补助|资助)")
_RECIPIENT = re.compile(r"企业|单位|机构|主体|项目|平台|中心|团队|人才|商户|园区|基地|孵化器|高校|院所")
_QUANTIFIED = re.compile(r"(?:单个|单家|每家|每个|每户|同一|单一|每一|各)(?:企业|单位|机构|主体|项目|平台)")
UNTYPED = re.compile(r"培育库|储备库|入库|再次(?:获得|认定|通过)|期满|复审|重新认定|首次(?:纳入|进入)|新(?:纳入|进入)规|升规")
PER_UNIT = re.compile(r"每(?:增加|提高|增长|超过|超出|多|跨越|上升|提升|新增)\s*(?P<n>\d+(?:\.\d+)?|[一二两三四五六七八九十]+)?"
                      r"\s*个?\s*(?P<unit>百分点|%|百亿|十亿|千万元|万元|亿元)")
# unit of a top-up step: the kind of threshold it counts over, and its size in that threshold's unit
STEP_UNITS = {"百分点": ("percent", 1.0), "%": ("percent", 1.0), "万元": ("yuan", 1e4), "千万元": ("yuan", 1e7),
              "亿元": ("yuan", 1e8), "十亿": ("yuan", 1e9), "百亿": ("yuan", 1e10)}
DECIDING = ("location", "entity_type", "size", "age", "title", "threshold")
CAPPING_PERIODS = ("per_year", "per_enterprise", "cumulative")


@dataclass
class Award:
    kind: str  # fixed | cap | share | per_unit | tiers
    amounts: list[Amount]  # the sum (fixed, cap), the sums in order (tiers), the money per step (per_unit)
    segment: tuple[int, int]  # source offsets of the segment that carries it
    group: int  # awards of one group share the limits found after them (a sentence, or a chain of top-ups)
    conditions: list[Condition] = field(default_factory=list)
    cumulative: bool = False
    untyped: Optional[str] = None  # a condition no profile states (培育库, 再次认定)
    step: Optional[dict] = None  # per_unit: {"unit": "percent"|"yuan", "size": 1.0, "text": "每增加一个百分点"}
    rule: str = ""


@dataclass
class MeasureAwards:
    awards: list[Award]
    limits: dict[int, list[Amount]]  # group -> caps on that group's awards together; -1: the measure's
    text: str = ""


def _spans(rx: re.Pattern, view: str, lo: int, hi: int) -> list[tuple[int, int]]:
    cuts = [m.end() for m in rx.finditer(view, lo, hi) if m.end() > lo]
    out, s = [], lo
    for c in cuts + [hi]:
        if c > s:
            out.append((s, c))
            s = c
    return out


def _is_limit(a: Amount, lead: str, after_share: bool, after_award: bool) -> bool:
    """A cap that limits the awards before it (补助金额最高不超过5万元, 每家企业每年奖励不超过30万元,
    单个企业每年最高给予100万元) rather than an award of its own (北京市专精特新中小企业每年最高5万元奖励:
    it names who gets it; 对…的，给予最高20万元: it states a condition)."""
    if a.role != "cap":
        return False
    if after_share:
        return True
    if _RECIPIENT.search(_QUANTIFIED.sub("", lead)) or _OWN_CONDITION.search(lead):
        return False
    return after_award or a.period in CAPPING_PERIODS and not _GIVE.search(lead)


def _shift(c, offset: int):
    return c.model_copy(update={"start": c.start + offset, "end": c.end + offset})


def split_awards(text: str, offset: int = 0, region=None) -> MeasureAwards:
    """The awards of one measure's text (offsets into the source: `offset` is where `text` starts)."""
    view = matching_view(text)
    asides = [(m.start(), m.end()) for m in _ASIDE.finditer(view)]
    amounts = [a for a in find_amounts(view, text, 0, len(text))
               if not any(s <= a.start < e for s, e in asides)]
    awards: list[Award] = []
    limits: dict[int, list[Amount]] = {}
    sentences = _spans(_SENTENCE_END, view, 0, len(view))
    found: list[Award] = []
    for si, (s0, s1) in enumerate(sentences):
        seg_start, pending, here = s0, None, []
        for c0, c1 in _spans(_CLAUSE_END, view, s0, s1):
            inside = [a for a in amounts if c0 <= a.start < c1]
            money = [a for a in inside if a.unit == "yuan" and a.role in ("fixed", "cap") and not a.currency]
            share = [a for a in inside if a.unit == "percent" and a.role == "share"]
            step = PER_UNIT.search(view, c0, c1) or pending
            pending = None
            clause = view[c0:c1]
            made: Optional[Award] = None
            # (每增加一个百分点追加0.5万元: the money per step is read as a rate, no amount of the measure's own,
            # but it is what each step adds)
            per_step = money + [a for a in inside if a.role == "rate" and not a.currency and a.text.endswith("元")]
            if step and any(a.start >= step.end() for a in per_step):
                per = min((a for a in per_step if a.start >= step.end()), key=lambda a: a.start)
                unit, size = STEP_UNITS[step["unit"]]
                n = step["n"]
                count = float(n) if n and re.fullmatch(r"[\d.]+", n) else float(cn_to_int(n) or 1) if n else 1.0
                made = Award("per_unit", [per], (seg_start, c1), si, cumulative=True,
                             step={"unit": unit, "size": count * size, "text": text[step.start():step.end()]})
            elif step:
                pending = step  # 每提高1个百分点，再给予5万元: the money is in the next clause
                continue
            elif share:
                made = Award("share", share[:1], (seg_start, c1), si)
            elif money:
                after_share = bool(here) and here[-1].kind in ("share", "per_unit")
                awards_here = [a for a in money if not _is_limit(a, view[seg_start:a.start], after_share,
                                                                 bool(here or found))]
                if not awards_here:
                    limits.setdefault(here[-1].group if here else -1, []).extend(money)
                    continue
                joined = len(awards_here) > 1 and all(
                    re.fullmatch(r"\s*(?:\(含\))?\s*[、和及或]\s*", view[a.end:b.start])
                    for a, b in zip(awards_here, awards_here[1:]))
                kind = "tiers" if joined else "fixed" if awards_here[0].role == "fixed" else "cap"
                made = Award(kind, awards_here if joined else awards_here[:1], (seg_start, c1), si)
            if made is None:
                continue
            here.append(made)
            seg_start = c1
        if here:  # trailing clauses with no award of their own belong to the last award of the sentence
            here[-1].segment = (here[-1].segment[0], s1)
        found.extend(here)
    wide: list[Condition] = []
    first = found[0].segment[0] if found else len(view)
    for s0, s1 in sentences:
        if s1 <= first:
            wide.extend(find_conditions(view, text, s0, s1, [a for a in amounts if s0 <= a.start < s1], region))
    prev: Optional[Award] = None
    for made in found:
        lead = view[made.segment[0]:made.amounts[0].start]
        made.cumulative = made.cumulative or bool(_CUMULATIVE.search(lead))
        own = find_conditions(view, text, made.segment[0], made.segment[1],
                              [a for a in amounts if made.segment[0] <= a.start < made.segment[1]], region)
        deciding = [c for c in own if c.type in DECIDING]
        untyped = UNTYPED.search(lead)
        made.untyped = untyped.group(0) if untyped else None
        same_sentence = prev is not None and prev.group == made.group
        if deciding:
            made.conditions = own + [c for c in wide if c.type not in {d.type for d in deciding}]
            made.rule = "awards.own_conditions"
        elif _OWN_CONDITION.search(lead):
            made.conditions = own
            made.rule = "awards.untyped_condition"
            made.untyped = made.untyped or text[made.segment[0]:made.amounts[0].start].strip(" ,，")[:40]
        elif prev is not None and (same_sentence or made.cumulative):
            made.conditions = own + [c for c in prev.conditions if c.type != "share_base"]
            made.untyped = made.untyped or prev.untyped
            if made.cumulative and made.group != prev.group:  # a top-up continues its award: shared limits
                limits.setdefault(prev.group, []).extend(limits.pop(made.group, []))
                made.group = prev.group
            made.rule = "awards.continues_previous"
        else:
            made.conditions = own + wide
            made.rule = "awards.measure_wide"
        awards.append(made)
        prev = made
    for a in awards:
        a.amounts = [_shift(x, offset) for x in a.amounts]
        a.conditions = [_shift(c, offset) for c in a.conditions]
        a.segment = (a.segment[0] + offset, a.segment[1] + offset)
    limits = {k: [_shift(x, offset) for x in v] for k, v in limits.items()}
    return MeasureAwards(awards, limits, text)
