"""Matching rules: one measure against one profile, and the stacking of what is eligible.

Pure functions over plain data (a measure as `policy_measures` answers it, its policy's status
row, a Profile); no store, no I/O. Each check and each amount says which rule decided it, so
every result line can show its evidence and its rule (README, "Which measures can a company
claim"). The checks of conditions are in checks.py, what a measure gives in amounts.py; here
the verdict of one measure and the stacking of several.
"""
from __future__ import annotations

import datetime as dt
import json
from typing import Optional

from extraction.awards import split_awards

from .amounts import amount_options, apply_measure_caps, fixed_amount
from .awards import evaluate_awards, needs_split
from .checks import check, check_thresholds, check_titles, check_who, wan
from .profile import Profile



def evaluate(p: Profile, m: dict, scope: list[str], on: dt.date, split: bool = True) -> dict:
    """One measure: verdict (eligible / not_eligible / unknown), every check with its evidence and
    rule, the keys that fail or are missing, and the amount with its rule. A measure of several
    awards (extraction/awards.py) is decided award by award (awards.py) unless `split` is False."""
    conds = m.get("conditions") or []
    if isinstance(conds, str):
        conds = json.loads(conds)
    span = {"text": m.get("heading") or (m.get("text") or "")[:40], "start": m.get("start"), "end": m.get("end")}
    checks: list[dict] = []
    if p.sectors is not None and m.get("sectors") and not set(p.sectors) & set(m["sectors"]):
        checks.append(check("sector", "failed", f"the measure targets {'、'.join(m['sectors'])}; the firm is in "
                             f"{'、'.join(p.sectors) or 'no sector'}", span=span))
        return _verdict(checks, None)
    if p.sectors is not None and m.get("sectors"):
        checks.append(check("sector", "met", "shares " + "、".join(sorted(set(p.sectors) & set(m["sectors"]))),
                             span=span))
    if split and m.get("text") and not m.get("funding_matches"):
        awards = split_awards(m["text"], m.get("start") or 0)
        if needs_split(awards):
            return evaluate_awards(p, m, awards, scope, on, lambda *a: evaluate(*a, split=False))
    by = lambda t: [c for c in conds if c["type"] == t]  # noqa: E731
    checks += check_who(p, [c for c in conds if c["type"] in ("location", "entity_type", "size", "age")], scope, on)
    if by("title"):
        checks.append(check_titles(p, by("title"), by("time_window"), on))
    elif by("time_window"):
        for w in by("time_window"):
            closed = w.get("to_date") and w["to_date"] < on.isoformat()
            checks.append(check("time_window", "failed" if closed else "met",
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
        checks.append(check("frequency", "met", f"{f['every']}: the amount is {f['every'].replace('_', ' ')}", f))
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
        checks = checks + [check("conditions", "unknown", "no typed condition decides this measure (what it "
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
                         f"{best['path']} ({wan(worth(best))})")
        for x in group:
            x["counted"] = x in counted
        for x in counted:
            a = x["amount"] or {}
            if a.get("yuan") is not None:
                total += a["yuan"]
                steps.append(f"+ {wan(a['yuan'])} {x['path']} ({a['basis']})")
            elif a.get("up_to_yuan") is not None:
                up_to += a["up_to_yuan"]
                steps.append(f"+ at most {wan(a['up_to_yuan'])} {x['path']} (up_to)")
    return {"yuan": total, "up_to_yuan": up_to, "steps": steps}
