"""Matching checks: what a profile says against one measure's conditions (who, titles,
thresholds), each a check row with its result, rule and evidence (rules.py decides the verdict)."""
from __future__ import annotations

import datetime as dt
from typing import Optional

from .profile import Profile

SIZES = {"sme": ("micro", "small", "medium"), "small_micro": ("micro", "small")}


def check(kind: str, result: str, rule: str, cond: Optional[dict] = None, key: Optional[str] = None,
           span: Optional[dict] = None) -> dict:
    c = cond or {}
    ev = span or {"text": c.get("text"), "start": c.get("start"), "end": c.get("end")}
    return {"check": kind, "key": key or kind, "result": result, "rule": rule, **ev}


def wan(v: float) -> str:
    return f"{v / 1e4:g}万元"


def _cmp(value: float, comparator: str, bound: float) -> bool:
    return {">=": value >= bound, ">": value > bound, "<=": value <= bound, "<": value < bound}[comparator]


def metric_value(p: Profile, metric: str, period: Optional[str], on: dt.date) -> tuple[Optional[float], str]:
    """The profile's value of a threshold metric and where it came from (None if not known)."""
    if metric == "investment":
        if p.projects:
            best = max(p.projects, key=lambda x: x.investment_yuan)
            return best.investment_yuan, f"planned project {best.name or best.kind or ''} {wan(best.investment_yuan)}"
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
            out.append(check("threshold", "unknown", f"the profile lacks {source}", cs[0], key))
            continue
        tiers = _tiers(cs)
        hit = next(((lo, hi) for lo, hi in tiers if (lo is None or _cmp(value, lo["comparator"], lo["value"]))
                    and (hi is None or _cmp(value, hi["comparator"], hi["value"]))), None)
        shown = f"{wan(value)}" if cs[0]["unit"] == "yuan" else f"{value:.1f}"
        if hit:
            c = hit[0] or hit[1]
            out.append(check("threshold", "met", f"{source} = {shown}: within {c['text']}", c, key))
        else:
            out.append(check("threshold", "failed", f"{source} = {shown}: not within "
                              + " / ".join(c["text"] for c in cs), cs[0], key))
    return out


def check_titles(p: Profile, conds: list[dict], windows: list[dict], on: dt.date) -> dict:
    """Title conditions of one measure are alternatives (瞪羚、独角兽; 国家、省级): one held is enough.
    A `new` title must have been won in the date's year or the year before (or within a stated
    time window)."""
    if p.titles is None:
        return check("title", "unknown", "the profile does not list its titles", conds[0])
    unknown = None
    for c in conds:
        for t in p.titles:
            if c["name"] not in t.name or (c.get("level") and t.level != c["level"]):
                continue
            if not c.get("new"):
                return check("title", "met", f"holds {t.name} ({t.level or 'no level'})", c)
            if t.won_on is None:
                unknown = check("title", "unknown", f"{t.name}: the profile lacks when it was won", c)
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
                return check("title", "met", f"{t.name} ({t.level or 'no level'}) {rule}", c)
    if unknown:
        return unknown
    wanted = " / ".join(f"{'new ' if c.get('new') else ''}{c.get('level') or ''} {c['name']}".strip() for c in conds)
    return check("title", "failed", f"needs {wanted}; the profile holds "
                  + (", ".join(t.name for t in p.titles) or "no title"), conds[0])


def check_who(p: Profile, conds: list[dict], scope: list[str], on: dt.date) -> list[dict]:
    """Location, entity type, size and age: necessary, never enough on their own."""
    out = []
    for c in conds:
        t = c["type"]
        if t == "location":
            if c.get("region") and c["region"] not in scope:
                out.append(check(t, "failed", f"{c['region']} is not {p.location} nor above it", c))
            elif c["basis"] == "settle":
                res = {None: "unknown", True: "met", False: "failed"}[p.newly_settled]
                out.append(check(t, res, f"newly settled (新引进/落户): profile says {p.newly_settled}", c))
            else:
                out.append(check(t, "met", f"registered and taxed in {p.location}, within the policy's region", c))
        elif t == "entity_type":
            ok = p.entity_type in ("企业", "法人") or p.entity_type == c["entity"]
            out.append(check(t, "met" if ok else "failed", f"{p.entity_type}: the named {c['entity']} are admitted "
                              "besides enterprises" if ok else f"{p.entity_type} is not {c['entity']}", c))
        elif t == "size":
            if c["size"] == "above_scale":
                res = {None: "unknown", True: "met", False: "failed"}[p.above_scale]
                out.append(check(t, res, f"above designated size (规上): profile says {p.above_scale}", c))
            elif p.size is None:
                out.append(check(t, "unknown", "the profile lacks its size", c))
            else:
                ok = p.size in SIZES[c["size"]]
                out.append(check(t, "met" if ok else "failed", f"{p.size} is {'' if ok else 'not '}{c['size']}", c))
        elif t == "age":
            if p.founded_on is None:
                out.append(check(t, "unknown", "the profile lacks its founding date", c))
            else:
                years = (on - p.founded_on).days / 365.25
                ok = _cmp(years, c["comparator"], c["years"])
                out.append(check(t, "met" if ok else "failed", f"founded {p.founded_on}: {years:.1f} years "
                                  f"{c['comparator']} {c['years']:g}", c))
    return out
