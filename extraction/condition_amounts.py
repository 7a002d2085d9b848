"""Conditions read from a measure's amounts (amounts.py gives them their roles): thresholds (an
Amount with role "threshold": 年营业收入达到1亿元以上) and the base of a share (按研发投入的30%,
capped by the cap that follows it in its sentence)."""
from __future__ import annotations

import re

from .condition_terms import SENTENCE, clause_start, nearest, nearest_at, sentence_start, terms
from .records import Amount, ShareBaseCondition, ThresholdCondition

# --- thresholds ------------------------------------------------------------------------------
_AT_LEAST_AFTER = re.compile(r"^\s*(?:\(含\)|\(含[^()]{0,12}\))?\s*(?:及)?以上")
_INCLUDED_AFTER = re.compile(r"^\s*\(含")
_AT_MOST_AFTER = re.compile(r"^\s*(?:\(含\))?\s*(?:及)?(?:以下|以内)")
_GREATER_BEFORE = re.compile(r"(?:超过|超|高于|大于|多于)\s*$")
_AT_LEAST_BEFORE = re.compile(r"(?:达到|达|突破|不低于|不少于|满|不小于)\s*$")
_LESS_BEFORE = re.compile(r"(?:不足|(?<!不)低于|(?<!不)少于|(?<!不)小于|未满|未达到)\s*$")
_RANGE_SEP = re.compile(r"^\s*(?:\(含\))?\s*(?:-|~|～|至|到|—|–)\s*$")
_RANGE_LOW = re.compile(r"^\s*(?:\(含\))?\s*(?:-|~|～|至|到|—|–)\s*[\d一二三四五六七八九十]")
_LAST_YEAR = re.compile(r"上一?年度|上年")
_YEAR = re.compile(r"年度|当年|年(?=[\u4e00-\u9fff]{0,4}(?:营|销|收|产|研|纳|交|实|增))|(?<![0-9一二三四五六七八九十])年(?=营|销|收|产|研|纳|交|实|增)")
_HEADCOUNT = re.compile(r"(?P<num>\d+)\s*(?:人|名)(?P<after>以上|及以上)")
_METRIC_UNITS = {"growth": "percent", "rd_intensity": "percent", "floor_area": "m2", "headcount": "people"}


def thresholds(view, source, start, end, amounts):
    prev: ThresholdCondition | None = None
    prev_amount: Amount | None = None
    for a in amounts:
        continued = prev is not None and prev_amount is not None and re.match(
            r"^\s*(?:\(含\))?\s*[、和及或]\s*$", view[prev_amount.end:a.start])
        range_high = prev_amount is not None and prev_amount.role == "threshold" and _RANGE_SEP.match(
            view[prev_amount.end:a.start])
        if a.role != "threshold" and not range_high or a.currency:
            prev_amount = a
            continue
        unit = {"yuan": "yuan", "percent": "percent", "sqm": "m2"}.get(a.unit)
        if unit is None:
            prev_amount = a
            continue
        lo = clause_start(view, start, a.start)
        lead = view[max(lo, a.start - 30):a.start]
        at = nearest_at(terms()["metrics"], view, max(lo, a.start - 30), a.start)
        metric = at[0] if at else None
        name = metric.name if metric else None
        if continued or range_high:
            name = prev.metric if prev else name
        if name is None and prev is not None:
            name = prev.metric  # 5000万元至1亿元(含)的: the tier list's metric
        if name is None:
            name = "other" if unit == "yuan" else None
        if name is None or _METRIC_UNITS.get(name, "yuan") != unit and not (name == "other" and unit == "yuan"):
            if not (unit == "yuan" and name not in ("growth", "rd_intensity")):
                prev_amount = a
                continue
            name = "other" if name in _METRIC_UNITS else name
        after = view[a.end:a.end + 16]
        before = view[lo:a.start]
        if range_high:
            comparator = "<=" if _INCLUDED_AFTER.match(after) else "<"
        elif _AT_LEAST_AFTER.match(after):
            comparator = ">="
        elif _AT_MOST_AFTER.match(after):
            comparator = "<="
        elif _RANGE_LOW.match(after):
            comparator = ">=" if _INCLUDED_AFTER.match(after) else ">"
        elif continued and prev is not None:
            comparator = prev.comparator
        elif _GREATER_BEFORE.search(before):
            comparator = ">=" if _INCLUDED_AFTER.match(after) else ">"
        elif _LESS_BEFORE.search(before):
            comparator = "<"
        elif _AT_LEAST_BEFORE.search(before) or re.search(r"在\s*$", before):
            comparator = ">="
        else:
            comparator = ">="
        period = "last_year" if _LAST_YEAR.search(lead) else "year" if _YEAR.search(lead) else None
        if (continued or range_high) and prev is not None:
            period = prev.period
        # evidence: from the metric named in the clause to the bound (年营业收入达到1亿元以上)
        begin = at[1] if at and metric is not None and metric.name == name else a.start
        bound = _AT_LEAST_AFTER.match(after) or _AT_MOST_AFTER.match(after)
        stop = a.end + (bound.end() if bound else 0)
        cond = ThresholdCondition(metric=name, comparator=comparator, value=a.value, unit=unit, period=period,
                                  text=source[begin:stop], start=begin, end=stop, rule="conditions.threshold")
        yield cond
        prev, prev_amount = cond, a
    for m in _HEADCOUNT.finditer(view, start, end):
        yield ThresholdCondition(metric="headcount", comparator=">=", value=float(m.group("num")), unit="people",
                                 text=source[m.start():m.end()], start=m.start(), end=m.end(),
                                 rule="conditions.headcount")


# --- shares of a base ------------------------------------------------------------------------
_MATCHING_AFTER = re.compile(r"^\s*的?\s*(?:区级|县级|市级)?\s*配套")
_NOT_SHARE_BEFORE = re.compile(r"(?:再加|追加|增加|上浮|下浮)\s*$")


def shares(view, source, start, end, amounts):
    money = [a for a in amounts if a.unit == "yuan" and a.role in ("cap", "fixed")]
    percents = [a for a in amounts if a.unit == "percent" and a.role == "share"]
    for i, a in enumerate(percents):
        if _NOT_SHARE_BEFORE.search(view[max(start, a.start - 4):a.start]):
            continue
        sentence = sentence_start(view, start, a.start)
        at, term = None, None
        if _MATCHING_AFTER.match(view[a.end:a.end + 8]):
            base = "higher_funding"
        else:
            at = nearest_at(terms()["bases"], view, sentence, a.start) or nearest_at(
                terms()["bases"], view, max(start, a.start - 200), a.start)
            term = at[0] if at else None
            base = term.name if term else "other"
            area = re.search(r"面积", view[clause_start(view, start, a.start):a.start])
            if area and not term or area and term and area.end() > view.rfind(term.name, sentence, a.start):
                if not nearest(terms()["bases"], view, clause_start(view, start, a.start), a.start):
                    continue
        stop = min([p.start for p in percents[i + 1:]] + [m.start() for m in SENTENCE.finditer(view, a.end, end)]
                   + [end])
        cap = next((m.value for m in money if a.end <= m.start < stop and m.role == "cap"), None)
        # evidence: from the base named in the sentence to the percentage (研发投入的30%)
        begin = at[1] if at and at[1] >= sentence and base == term.name else a.start
        yield ShareBaseCondition(base=base, rate=round(a.value / 100, 6), cap_yuan=cap, text=source[begin:a.end],
                                 start=begin, end=a.end, rule="conditions.share")
