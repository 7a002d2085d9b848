"""Matching a measure award by award (extraction/awards.py splits it): each award is checked on its
own conditions, the ones the profile qualifies for are combined (the best alternative plus every
cumulative award: 再给予, 追加, top-ups), each group of awards capped by the limits stated after it,
the whole by the measure's. Used when a measure holds more than one award, or a top-up or a list
of tiered sums; a measure with one plain award keeps the whole-measure path (rules.evaluate)."""
from __future__ import annotations

import datetime as dt
import math
from typing import Callable, Optional

from extraction.awards import Award, MeasureAwards

from .checks import _cmp, check, metric_value, wan
from .profile import Profile

_VALUE = lambda a: a.get("yuan") if a.get("yuan") is not None else a.get("up_to_yuan") or 0.0  # noqa: E731


def needs_split(split: MeasureAwards) -> bool:
    return len(split.awards) > 1 or any(a.kind in ("per_unit", "tiers") for a in split.awards)


def _span(a: Award, text: str, start: int) -> dict:
    s, e = a.segment
    return {"text": text[s - start:e - start], "start": s, "end": e}


def _thresholds(a: Award, unit: str) -> list[dict]:
    return [c.model_dump() for c in a.conditions if c.type == "threshold" and c.unit == unit
            and c.comparator in (">=", ">")]


def _tier_amount(p: Profile, a: Award, on: dt.date) -> Optional[dict]:
    """分别给予: the i-th sum goes with the i-th threshold; the highest threshold met decides."""
    unit = "yuan" if any(c.type == "threshold" and c.unit == "yuan" for c in a.conditions) else "percent"
    bounds = _thresholds(a, unit)
    levels = [c for c in a.conditions if c.type == "title" and c.level]
    if not bounds and len(levels) == len(a.amounts) and p.titles:  # 国家级、省级、市级…分别给予
        held = [i for i, c in enumerate(levels) if any(c.name in t.name and t.level == c.level for t in p.titles)]
        if held:
            i = max(held, key=lambda k: a.amounts[k].value)
            x = a.amounts[i]
            field = "yuan" if x.role == "fixed" else "up_to_yuan"
            return {field: x.value, "basis": "tier" if field == "yuan" else "up_to", "text": x.text,
                    "start": x.start, "end": x.end, "rule": f"tiers (分别) by level: holds {levels[i].level} "
                    f"{levels[i].name} -> sum {i + 1} of {len(a.amounts)}, {x.text}"}
    if len(bounds) != len(a.amounts):
        best = max(a.amounts, key=lambda x: x.value)
        return {"up_to_yuan": best.value, "basis": "up_to", "text": best.text, "start": best.start, "end": best.end,
                "rule": f"{len(a.amounts)} sums for {len(bounds)} thresholds: which applies is not typed; at most "
                        f"{best.text}"}
    value, source = metric_value(p, bounds[0]["metric"], bounds[0].get("period"), on)
    if value is None:
        return None
    met = [i for i, b in enumerate(bounds) if _cmp(value, b["comparator"], b["value"])]
    if not met:
        return None
    i = met[-1]
    x = a.amounts[i]
    field = "yuan" if x.role == "fixed" else "up_to_yuan"
    return {field: x.value, "basis": "tier" if field == "yuan" else "up_to", "text": x.text, "start": x.start,
            "end": x.end, "rule": f"tiers (分别): {source} within {bounds[i]['text']} -> sum {i + 1} of "
                                  f"{len(a.amounts)}, {'' if field == 'yuan' else 'at most '}{x.text}"}


def _top_up(p: Profile, a: Award, on: dt.date) -> tuple[Optional[dict], Optional[dict]]:
    """每增加一个百分点追加0.5万元: whole steps above the threshold the award counts from."""
    per, step = a.amounts[0], a.step
    bounds = _thresholds(a, step["unit"])
    span = {"text": per.text, "start": per.start, "end": per.end}
    if not bounds:
        return None, check("top_up", "unknown", f"{step['text']}: no threshold to count from", key="top_up", span=span)
    base = bounds[-1]
    value, source = metric_value(p, base["metric"], base.get("period"), on)
    if value is None:
        return None, check("top_up", "unknown", f"the profile lacks {source}", key=f"threshold:{base['metric']}",
                           span=span)
    steps = max(0, math.floor((value - base["value"]) / step["size"] + 1e-9))
    shown = wan(value) if step["unit"] == "yuan" else f"{value:.1f}"
    rule = (f"top-up: {source} = {shown} over {base['text']}: {steps} x {step['text']} -> {steps} x {per.text}"
            f" = {wan(steps * per.value)}")
    return {"yuan": steps * per.value, "basis": "top_up", "rule": rule, **span}, check("top_up", "met", rule,
                                                                                    key="top_up", span=span)


def evaluate_awards(p: Profile, m: dict, split: MeasureAwards, scope: list[str], on: dt.date,
                    evaluate_one: Callable[..., dict]) -> dict:
    """The measure's verdict from its awards' verdicts; its amount from the awards that apply."""
    lines = []
    for i, a in enumerate(split.awards, 1):
        sub = {**m, "conditions": [c.model_dump() for c in a.conditions], "funding_matches": [],
               "amounts": [x.model_dump() for x in a.amounts] if a.kind in ("fixed", "cap") else []}
        r = evaluate_one(p, sub, scope, on)
        verdict, checks, amount = r["verdict"], list(r["checks"]), r["amount"]
        fails, missing = list(r["fails"]), list(r["missing"])
        span = _span(a, m.get("text") or "", m.get("start") or 0)
        if a.untyped and (verdict == "eligible" or missing == ["conditions"]):
            checks = [c for c in checks if c["check"] != "conditions"]
            checks.append(check("award", "unknown", f"the award also needs {a.untyped!r}, which no profile states: "
                                                    "read the clause", key="award_condition", span=span))
            verdict, missing, amount = "unknown", ["award_condition"], None
        if verdict == "eligible" and a.kind == "tiers":
            amount = _tier_amount(p, a, on)
        elif verdict == "eligible" and a.kind == "per_unit":
            amount, c = _top_up(p, a, on)
            checks.append(c)
            if amount is None:
                verdict, missing = "unknown", [c["key"]]
        lines.append({"award": i, "kind": a.kind, "stacking": "cumulative" if a.cumulative else "alternative",
                      "group": a.group, "verdict": verdict, "fails": fails, "missing": missing, "amount": amount,
                      "split_rule": a.rule, "segment": span, "checks": checks})
    return _combine(lines, split, m)


def _unique(checks: list[dict]) -> list[dict]:
    seen, out = set(), []
    for c in checks:
        key = (c["check"], c["key"], c["result"], c["start"], c["end"])
        if key not in seen:
            seen.add(key)
            out.append(c)
    return out


def _combine(lines: list[dict], split: MeasureAwards, m: dict) -> dict:
    ok = [x for x in lines if x["verdict"] == "eligible" and x["amount"] is not None]
    alternatives = [x for x in ok if x["stacking"] == "alternative"]
    counted = ([max(alternatives, key=lambda x: _VALUE(x["amount"]))] if alternatives else []) + \
              [x for x in ok if x["stacking"] == "cumulative"]
    counted.sort(key=lambda x: x["award"])
    for x in lines:
        x["counted"] = x in counted
    checks = []
    for x in lines:
        a = x["amount"]
        what = f"{wan(_VALUE(a))}{'' if a.get('yuan') is not None else ' at most'}" if a else "-"
        rule = (f"award {x['award']} ({x['kind']}, {x['stacking']}): {x['verdict']}"
                + (f", {what} ({a['rule']})" if x["verdict"] == "eligible" and a else "")
                + (", counted" if x["counted"] else ", not counted (a better alternative applies)"
                   if x["verdict"] == "eligible" else "")
                + (f"; fails {', '.join(x['fails'])}" if x["fails"] else "")
                + (f"; lacks {', '.join(x['missing'])}" if x["missing"] else ""))
        checks.append(check("award", {"eligible": "met", "not_eligible": "failed", "unknown": "unknown"}[x["verdict"]],
                            rule, key=f"award:{x['award']}", span=x["segment"]))
    if counted:
        for x in counted:
            checks += [c for c in x["checks"] if c["check"] != "award"]
        amount = _sum(counted, split)
        return {"verdict": "eligible", "fails": [], "missing": [], "checks": _unique(checks), "amount": amount,
                "awards": lines}
    failed = [x for x in lines if x["verdict"] == "not_eligible"]
    if failed:  # as for one award: a failed condition decides before a missing fact
        fails = sorted({k for x in failed for k in x["fails"]})
        for x in failed:
            checks += [c for c in x["checks"] if c["result"] == "failed"]
        return {"verdict": "not_eligible", "fails": fails, "missing": [], "checks": _unique(checks), "amount": None,
                "awards": lines}
    missing = sorted({k for x in lines for k in x["missing"]})
    for x in lines:
        checks += [c for c in x["checks"] if c["result"] == "unknown" and c["check"] != "award"]
    return {"verdict": "unknown", "fails": [], "missing": missing, "checks": _unique(checks), "amount": None,
            "awards": lines}


def _sum(counted: list[dict], split: MeasureAwards) -> dict:
    parts, total, exact = [], 0.0, True
    for group in dict.fromkeys(x["group"] for x in counted):
        xs = [x for x in counted if x["group"] == group]
        value = sum(_VALUE(x["amount"]) for x in xs)
        exact = exact and all(x["amount"].get("yuan") is not None for x in xs)
        shown = " + ".join(f"award {x['award']} {wan(_VALUE(x['amount']))}" for x in xs)
        caps = split.limits.get(group) or []
        if caps:
            cap = min(caps, key=lambda c: c.value)
            if value > cap.value:
                shown += f" = {wan(value)}, capped by {cap.text}"
                value = cap.value
            else:
                shown += f" (within {cap.text})"
        parts.append(shown)
        total += value
    rule = "; ".join(parts) + f" -> {wan(total)}"
    wide = split.limits.get(-1) or []
    if wide:
        cap = min(wide, key=lambda c: c.value)
        if total > cap.value:
            total = cap.value
            rule += f"; the measure's cap {cap.text} -> {wan(total)}"
    first = counted[0]["amount"]
    return {("yuan" if exact else "up_to_yuan"): total, "basis": "awards", "rule": "awards: " + rule,
            "text": first.get("text"), "start": first.get("start"), "end": first.get("end")}
