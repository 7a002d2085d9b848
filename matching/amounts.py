"""Matching amounts: what one eligible measure gives a profile (a district match of higher-level
money, a share of a base, a fixed award, or at most its largest sum), and the measure's caps."""
from __future__ import annotations

import datetime as dt
from typing import Optional

from .checks import check, wan
from .profile import Profile

CAPPING_PERIODS = ("per_year", "per_enterprise", "cumulative")  # a cap on everything the measure gives one firm
FIGURE_OF_BASE = {"rd_spend": "rd_spend", "revenue": "revenue", "tax": "tax"}


def _award(p: Profile, source: str) -> Optional[object]:
    key = source.removesuffix("资金")
    return next((a for a in p.awards or () if key in a.source or a.source.removesuffix("资金") in source), None)


def amount_options(p: Profile, m: dict, shares: list[dict], on: dt.date) -> tuple[list[dict], list[dict]]:
    """What the measure's computable alternatives give (funding matches, shares of a base), and
    the checks of the ones that cannot be computed."""
    options, checks = [], []
    matches = [f for f in m.get("funding_matches") or () if f.get("ratio") is not None]
    for f in matches:
        span = {"text": f.get("text"), "start": f.get("start"), "end": f.get("end")}
        if p.awards is None:
            checks.append(check("funding", "unknown", f"the profile does not list awards ({f['source']})",
                                 key="funding", span=span))
            continue
        a = _award(p, f["source"])
        if a is None:
            checks.append(check("funding", "failed", f"needs money from {f['source']}; no such award in the profile",
                                 key="funding", span=span))
            continue
        value = a.amount_yuan * f["ratio"]
        cap = f.get("cap_yuan")
        got = min(value, cap) if cap is not None else value
        rule = (f"co-funding: {a.source} {wan(a.amount_yuan)} x {f['ratio']:g} = {wan(value)}"
                + (f", cap {wan(cap)}" if cap is not None else "") + f" -> {wan(got)} on top of the higher money")
        options.append({"yuan": got, "basis": "co_funding", "rule": rule, "higher_yuan": a.amount_yuan, **span})
        checks.append(check("funding", "met", rule, key="funding", span=span))
    for s in shares:
        key = f"share_base:{s['base']}"
        if s["base"] == "higher_funding":
            if matches:
                continue  # the funding match is the same money, computed above
            checks.append(check("share_base", "unknown", "a share of higher-level money: which award is not "
                                 "typed", s, key))
            continue
        if s["base"] == "investment":
            if p.projects is None:
                checks.append(check("share_base", "unknown", "the profile does not list planned projects", s, key))
                continue
            if not p.projects:
                checks.append(check("share_base", "failed", "a share of an investment: the profile plans no project",
                                     s, key))
                continue
            best = max(p.projects, key=lambda x: x.investment_yuan)
            base, source = best.investment_yuan, f"project {best.name or best.kind}".strip()
        elif s["base"] in FIGURE_OF_BASE:
            year = p.latest_year(FIGURE_OF_BASE[s["base"]], on.year)
            base = p.figure(FIGURE_OF_BASE[s["base"]], year) if year else None
            source = f"{s['base']} {year}"
            if base is None:
                checks.append(check("share_base", "unknown", f"the profile lacks {s['base']}", s, key))
                continue
        else:
            checks.append(check("share_base", "unknown", f"the base ({s['base']}: {s['text']}) is not a profile "
                                 "fact", s, key))
            continue
        value = base * s["rate"]
        cap = s.get("cap_yuan")
        got = min(value, cap) if cap is not None else value
        rule = (f"share: {s['rate'] * 100:g}% x {source} {wan(base)} = {wan(value)}"
                + (f", cap {wan(cap)}" if cap is not None else "") + f" -> {wan(got)}")
        options.append({"yuan": got, "basis": "share", "rule": rule, "text": s["text"], "start": s["start"],
                        "end": s["end"]})
        checks.append(check("share_base", "met", rule, s, key))
    return options, checks


def fixed_amount(m: dict) -> dict:
    """Without a share or a match: one fixed award is the amount; several awards or caps (tiers,
    最高…) give only an upper bound, the largest; none is support without a stated sum."""
    money = [a for a in m.get("amounts") or () if a.get("unit") == "yuan" and a.get("role") in ("fixed", "cap")]
    fixed = [a for a in money if a["role"] == "fixed"]
    others = [a for a in money if a["role"] == "cap" and a.get("period") not in CAPPING_PERIODS]
    if len(fixed) == 1 and not others:
        a = fixed[0]
        return {"yuan": a["value"], "basis": "fixed", "rule": f"fixed award {a['text']}", "text": a["text"],
                "start": a.get("start"), "end": a.get("end")}
    if money:
        a = max(money, key=lambda x: x["value"])
        return {"up_to_yuan": a["value"], "basis": "up_to", "text": a["text"], "start": a.get("start"),
                "end": a.get("end"), "rule": f"{len(money)} sums in the clause ("
                + "、".join(x["text"] for x in money) + f"): which applies is not typed; at most {a['text']}"}
    return {"basis": "none", "rule": "no sum of money stated for one recipient", "text": None, "start": None,
            "end": None}


def apply_measure_caps(amount: dict, m: dict) -> dict:
    caps = [a for a in m.get("amounts") or () if a.get("unit") == "yuan" and a.get("role") == "cap"
            and a.get("period") in CAPPING_PERIODS]
    if not caps:
        return amount
    cap = min(caps, key=lambda a: a["value"])
    field = "yuan" if amount.get("yuan") is not None else "up_to_yuan" if amount.get("up_to_yuan") is not None else None
    if field is None:
        return amount
    if amount[field] > cap["value"]:
        amount = {**amount, field: cap["value"], "rule": amount["rule"] + f"; {cap['period']} cap {cap['text']} -> "
                  f"{wan(cap['value'])}"}
    else:
        amount = {**amount, "rule": amount["rule"] + f"; within the {cap['period']} cap {cap['text']}"}
    return amount
