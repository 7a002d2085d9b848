"""Matching rules: one measure against one profile, and the stacking of what is eligible.

Pure functions over plain data (a measure as `policy_measures` answers it, its policy's status
row, a Profile); no store, no I/O. Each check and each amount says which rule decided it, so
every result line can show its evidence and its rule (README, "Which measures can a company
claim").
"""
from __future__ import annotations

import datetime as dt
import json
from typing import Optional

from .profile import Profile

SIZES = {"sme": ("micro", "small", "medium"), "small_micro": ("micro", "small")}
CAPPING_PERIODS = ("per_year", "per_enterprise", "cumulative")  # a cap on everything the measure gives one firm
FIGURE_OF_BASE = {"rd_spend": "rd_spend", "revenue": "revenue", "tax": "tax"}


def _check(kind: str, result: str, rule: str, cond: Optional[dict] = None, key: Optional[str] = None,
           span: Optional[dict] = None) -> dict:
    c = cond or {}
    ev = span or {"text": c.get("text"), "start": c.get("start"), "end": c.get("end")}
    return {"check": kind, "key": key or kind, "result": result, "rule": rule, **ev}


def _wan(v: float) -> str:
    return f"{v / 1e4:g}万元"


def _cmp(value: float, comparator: str, bound: float) -> bool:
    return {">=": value >= bound, ">": value > bound, "<=": value <= bound, "<": value < bound}[comparator]


def metric_value(p: Profile, metric: str, period: Optional[str], on: dt.date) -> tuple[Optional[float], str]:
    """The profile's value of a threshold metric and where it came from (None if not known)."""
    if metric == "investment":
        if p.projects:
            best = max(p.projects, key=lambda x: x.investment_yuan)
            return best.investment_yuan, f"planned project {best.name or best.kind or ''} {_wan(best.investment_yuan)}"
        year = p.latest_year("investment", on.year)
        return (p.figure("investment", year), f"investment {year}") if year else (None, "investment")
    if metric in ("growth", "rd_intensity"):
        year = on.year - 1 if period == "last_year" else p.latest_year("revenue", on.year)
        rev = p.figure("revenue", year) if year else None
        if metric == "growth":
            prev = p.figure("revenue", year - 1) if year else None
            if rev is None or not prev:
                return None, "revenue of two consecutive years"
            return (rev / prev - 1) * 100, f"revenue growth {year} over {year - 1}"
        rd = p.figure("rd_spend", year) if year else None
        if rev is None or rd is None or not rev:
            return None, "revenue and rd_spend of one year"
        return rd / rev * 100, f"R&D intensity {year}"
    if metric in ("revenue", "rd_spend", "headcount", "tax", "output", "floor_area"):
        year = on.year - 1 if period == "last_year" else p.latest_year(metric, on.year)
        value = p.figure(metric, year) if year else None
        return value, f"{metric} {year}" if year else metric
    return None, metric


def _tiers(conds: list[dict]) -> list[tuple[Optional[dict], Optional[dict]]]:
    """Thresholds of one metric in text order as tiers: a lower bound opens a tier, an upper bound
    closes the open one (3000万元(含)—1亿元 … 1亿元(含)—5亿元 are two tiers; 10亿元、20亿元 two)."""
    tiers: list[list] = []
    for c in conds:
        if c["comparator"] in (">=", ">"):
            tiers.append([c, None])
        elif tiers and tiers[-1][1] is None:
            tiers[-1][1] = c
        else:
            tiers.append([None, c])
    return [(lo, hi) for lo, hi in tiers]


def check_thresholds(p: Profile, conds: list[dict], on: dt.date) -> list[dict]:
    by_metric: dict[str, list[dict]] = {}
    for c in conds:
        by_metric.setdefault(c["metric"], []).append(c)
    out = []
    for metric, cs in by_metric.items():
        key = f"threshold:{metric}"
        value, source = metric_value(p, metric, cs[0].get("period"), on)
        if value is None:
            out.append(_check("threshold", "unknown", f"the profile lacks {source}", cs[0], key))
            continue
        tiers = _tiers(cs)
        hit = next(((lo, hi) for lo, hi in tiers if (lo is None or _cmp(value, lo["comparator"], lo["value"]))
                    and (hi is None or _cmp(value, hi["comparator"], hi["value"]))), None)
        shown = f"{_wan(value)}" if cs[0]["unit"] == "yuan" else f"{value:.1f}"
        if hit:
            c = hit[0] or hit[1]
            out.append(_check("threshold", "met", f"{source} = {shown}: within {c['text']}", c, key))
        else:
            out.append(_check("threshold", "failed", f"{source} = {shown}: not within "
                              + " / ".join(c["text"] for c in cs), cs[0], key))
    return out


def check_titles(p: Profile, conds: list[dict], windows: list[dict], on: dt.date) -> dict:
    """Title conditions of one measure are alternatives (瞪羚、独角兽; 国家、省级): one held is enough.
    A `new` title must have been won in the date's year or the year before (or within a stated
    time window)."""
    if p.titles is None:
        return _check("title", "unknown", "the profile does not list its titles", conds[0])
    unknown = None
    for c in conds:
        for t in p.titles:
            if c["name"] not in t.name or (c.get("level") and t.level != c["level"]):
                continue
            if not c.get("new"):
                return _check("title", "met", f"holds {t.name} ({t.level or 'no level'})", c)
            if t.won_on is None:
                unknown = _check("title", "unknown", f"{t.name}: the profile lacks when it was won", c)
                continue
            w = windows[0] if windows else None
            if w:
                ok = (not w.get("from_date") or t.won_on.isoformat() >= w["from_date"]) and \
                     (not w.get("to_date") or t.won_on.isoformat() <= w["to_date"])
                rule = f"won {t.won_on} within {w['text']}"
            else:
                ok = on.year - 1 <= t.won_on.year and t.won_on <= on
                rule = f"won {t.won_on}: newly won means in {on.year - 1} or {on.year}"
            if ok:
                return _check("title", "met", f"{t.name} ({t.level or 'no level'}) {rule}", c)
    if unknown:
        return unknown
    wanted = " / ".join(f"{'new ' if c.get('new') else ''}{c.get('level') or ''} {c['name']}".strip() for c in conds)
    return _check("title", "failed", f"needs {wanted}; the profile holds "
                  + (", ".join(t.name for t in p.titles) or "no title"), conds[0])


def check_who(p: Profile, conds: list[dict], scope: list[str], on: dt.date) -> list[dict]:
    """Location, entity type, size and age: necessary, never enough on their own."""
    out = []
    for c in conds:
        t = c["type"]
        if t == "location":
            if c.get("region") and c["region"] not in scope:
                out.append(_check(t, "failed", f"{c['region']} is not {p.location} nor above it", c))
            elif c["basis"] == "settle":
                res = {None: "unknown", True: "met", False: "failed"}[p.newly_settled]
                out.append(_check(t, res, f"newly settled (新引进/落户): profile says {p.newly_settled}", c))
            else:
                out.append(_check(t, "met", f"registered and taxed in {p.location}, within the policy's region", c))
        elif t == "entity_type":
            ok = p.entity_type in ("企业", "法人") or p.entity_type == c["entity"]
            out.append(_check(t, "met" if ok else "failed", f"{p.entity_type}: the named {c['entity']} are admitted "
                              "besides enterprises" if ok else f"{p.entity_type} is not {c['entity']}", c))
        elif t == "size":
            if c["size"] == "above_scale":
                res = {None: "unknown", True: "met", False: "failed"}[p.above_scale]
                out.append(_check(t, res, f"above designated size (规上): profile says {p.above_scale}", c))
            elif p.size is None:
                out.append(_check(t, "unknown", "the profile lacks its size", c))
            else:
                ok = p.size in SIZES[c["size"]]
                out.append(_check(t, "met" if ok else "failed", f"{p.size} is {'' if ok else 'not '}{c['size']}", c))
        elif t == "age":
            if p.founded_on is None:
                out.append(_check(t, "unknown", "the profile lacks its founding date", c))
            else:
                years = (on - p.founded_on).days / 365.25
                ok = _cmp(years, c["comparator"], c["years"])
                out.append(_check(t, "met" if ok else "failed", f"founded {p.founded_on}: {years:.1f} years "
                                  f"{c['comparator']} {c['years']:g}", c))
    return out


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
            checks.append(_check("funding", "unknown", f"the profile does not list awards ({f['source']})",
                                 key="funding", span=span))
            continue
        a = _award(p, f["source"])
        if a is None:
            checks.append(_check("funding", "failed", f"needs money from {f['source']}; no such award in the profile",
                                 key="funding", span=span))
            continue
        value = a.amount_yuan * f["ratio"]
        cap = f.get("cap_yuan")
        got = min(value, cap) if cap is not None else value
        rule = (f"co-funding: {a.source} {_wan(a.amount_yuan)} x {f['ratio']:g} = {_wan(value)}"
                + (f", cap {_wan(cap)}" if cap is not None else "") + f" -> {_wan(got)} on top of the higher money")
        options.append({"yuan": got, "basis": "co_funding", "rule": rule, "higher_yuan": a.amount_yuan, **span})
        checks.append(_check("funding", "met", rule, key="funding", span=span))
    for s in shares:
        key = f"share_base:{s['base']}"
        if s["base"] == "higher_funding":
            if matches:
                continue  # the funding match is the same money, computed above
            checks.append(_check("share_base", "unknown", "a share of higher-level money: which award is not "
                                 "typed", s, key))
            continue
        if s["base"] == "investment":
            if p.projects is None:
                checks.append(_check("share_base", "unknown", "the profile does not list planned projects", s, key))
                continue
            if not p.projects:
                checks.append(_check("share_base", "failed", "a share of an investment: the profile plans no project",
                                     s, key))
                continue
            best = max(p.projects, key=lambda x: x.investment_yuan)
            base, source = best.investment_yuan, f"project {best.name or best.kind}".strip()
        elif s["base"] in FIGURE_OF_BASE:
            year = p.latest_year(FIGURE_OF_BASE[s["base"]], on.year)
            base = p.figure(FIGURE_OF_BASE[s["base"]], year) if year else None
            source = f"{s['base']} {year}"
            if base is None:
                checks.append(_check("share_base", "unknown", f"the profile lacks {s['base']}", s, key))
                continue
        else:
            checks.append(_check("share_base", "unknown", f"the base ({s['base']}: {s['text']}) is not a profile "
                                 "fact", s, key))
            continue
        value = base * s["rate"]
        cap = s.get("cap_yuan")
        got = min(value, cap) if cap is not None else value
        rule = (f"share: {s['rate'] * 100:g}% x {source} {_wan(base)} = {_wan(value)}"
                + (f", cap {_wan(cap)}" if cap is not None else "") + f" -> {_wan(got)}")
        options.append({"yuan": got, "basis": "share", "rule": rule, "text": s["text"], "start": s["start"],
                        "end": s["end"]})
        checks.append(_check("share_base", "met", rule, s, key))
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
                  f"{_wan(cap['value'])}"}
    else:
        amount = {**amount, "rule": amount["rule"] + f"; within the {cap['period']} cap {cap['text']}"}
    return amount


def evaluate(p: Profile, m: dict, scope: list[str], on: dt.date) -> dict:
    """One measure: verdict (eligible / not_eligible / unknown), every check with its evidence and
    rule, the keys that fail or are missing, and the amount with its rule."""
    conds = m.get("conditions") or []
    if isinstance(conds, str):
        conds = json.loads(conds)
    span = {"text": m.get("heading") or (m.get("text") or "")[:40], "start": m.get("start"), "end": m.get("end")}
    checks: list[dict] = []
    if p.sectors is not None and m.get("sectors") and not set(p.sectors) & set(m["sectors"]):
        checks.append(_check("sector", "failed", f"the measure targets {'、'.join(m['sectors'])}; the firm is in "
                             f"{'、'.join(p.sectors) or 'no sector'}", span=span))
        return _verdict(checks, None)
    if p.sectors is not None and m.get("sectors"):
        checks.append(_check("sector", "met", "shares " + "、".join(sorted(set(p.sectors) & set(m["sectors"]))),
                             span=span))
    by = lambda t: [c for c in conds if c["type"] == t]  # noqa: E731
    checks += check_who(p, [c for c in conds if c["type"] in ("location", "entity_type", "size", "age")], scope, on)
    if by("title"):
        checks.append(check_titles(p, by("title"), by("time_window"), on))
    elif by("time_window"):
        for w in by("time_window"):
            closed = w.get("to_date") and w["to_date"] < on.isoformat()
            checks.append(_check("time_window", "failed" if closed else "met",
                                 f"window ended {w['to_date']}" if closed else f"{on} is not after the window", w))
    checks += check_thresholds(p, by("threshold"), on)
    options, amount_checks = amount_options(p, m, by("share_base"), on)
    checks += amount_checks
    amount = None
    if options:
        best = max(options, key=lambda o: o["yuan"])
        if len(options) > 1:
            best = {**best, "rule": best["rule"] + f" (the best of {len(options)} alternatives)"}
        amount = apply_measure_caps(best, m)
    elif not amount_checks:
        amount = apply_measure_caps(fixed_amount(m), m)
    for f in by("frequency"):
        checks.append(_check("frequency", "met", f"{f['every']}: the amount is {f['every'].replace('_', ' ')}", f))
    return _verdict(checks, amount, span, options)


DECISIVE = ("title", "threshold", "age", "share_base", "funding")


def _verdict(checks: list[dict], amount: Optional[dict], span: Optional[dict] = None,
             options: Optional[list] = None) -> dict:
    """A failed sector, who, title or threshold check decides `not_eligible`; a share or match that
    cannot be computed is one alternative among others; `eligible` needs a decisive check met."""
    def keys(cs: list[dict]) -> list[str]:
        return sorted({c["key"] for c in cs})

    alternative = ("share_base", "funding")
    failed = [c for c in checks if c["result"] == "failed"]
    unknown = [c for c in checks if c["result"] == "unknown"]
    hard_failed = [c for c in failed if c["check"] not in alternative]
    if hard_failed:
        return {"verdict": "not_eligible", "fails": keys(hard_failed), "missing": [], "checks": checks, "amount": None}
    hard_unknown = [c for c in unknown if c["check"] not in alternative]
    if hard_unknown or (unknown and not options):
        return {"verdict": "unknown", "fails": [], "missing": keys(hard_unknown or unknown), "checks": checks,
                "amount": None}
    if failed and not options:
        return {"verdict": "not_eligible", "fails": keys(failed), "missing": [], "checks": checks, "amount": None}
    if not any(c["result"] == "met" and c["check"] in DECISIVE for c in checks):
        checks = checks + [_check("conditions", "unknown", "no typed condition decides this measure (what it "
                                  "rewards is in the text only): read the clause", span=span)]
        return {"verdict": "unknown", "fails": [], "missing": ["conditions"], "checks": checks, "amount": None}
    return {"verdict": "eligible", "fails": [], "missing": [], "checks": checks, "amount": amount}


def stack(lines: list[dict]) -> dict:
    """The total of eligible lines: 从优不重复 within a non-cumulative policy (only its best line
    counts), district co-funding counted as the district's money (the higher money is shown)."""
    steps, total, up_to = [], 0.0, 0.0
    by_policy: dict[str, list[dict]] = {}
    for line in lines:
        by_policy.setdefault(line["policy_id"], []).append(line)
    for pid, group in by_policy.items():
        def worth(x: dict) -> float:
            a = x["amount"] or {}
            return a.get("yuan") or a.get("up_to_yuan") or 0.0
        counted = group
        if group[0]["non_cumulative"] and len(group) > 1:
            best = max(group, key=worth)
            counted = [best]
            steps.append(f"{group[0]['policy_title']}: 从优不重复, only the best of {len(group)} counts: "
                         f"{best['path']} ({_wan(worth(best))})")
        for x in group:
            x["counted"] = x in counted
        for x in counted:
            a = x["amount"] or {}
            if a.get("yuan") is not None:
                total += a["yuan"]
                steps.append(f"+ {_wan(a['yuan'])} {x['path']} ({a['basis']})")
            elif a.get("up_to_yuan") is not None:
                up_to += a["up_to_yuan"]
                steps.append(f"+ at most {_wan(a['up_to_yuan'])} {x['path']} (up_to)")
    return {"yuan": total, "up_to_yuan": up_to, "steps": steps}
