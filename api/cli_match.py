"""`policykg match PROFILE`: which measures a company can claim, how much, and why not the others."""
from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated

import typer

from matching.profile import load_profile
from matching.run import as_json, match as run_match

from .cli_options import DataDirOpt, DateOpt, JsonOpt, StoreOpt
from .cli_output import handles_errors


def _wan(v: float) -> str:
    return f"{v / 1e4:g}万元"


def _amount(a: dict | None) -> str:
    if not a:
        return "-"
    if a.get("yuan") is not None:
        return _wan(a["yuan"])
    if a.get("up_to_yuan") is not None:
        return "at most " + _wan(a["up_to_yuan"])
    return "no sum stated"


def render(r: dict) -> str:
    """The result as text: every line with its clause span, its checks' evidence and its rule."""
    lines = [f"{r['profile'] or 'profile'}: {r['location']} on {r['on']} (regions {' > '.join(r['regions'])})"]
    for p in r["policies"]:
        lines.append(f"  policy {p['id']} {p['title']} [{p['status']}: {p['reason']}]"
                     + (" 从优不重复" if p["non_cumulative"] else ""))

    def where(x: dict) -> str:
        return f"{x['policy_id']} {x['path']} [{x['start']}:{x['end']}]" + ("" if x["in_force"] else " (if in force)")

    def evidence(c: dict) -> str:
        span = f"[{c['start']}:{c['end']}] " if c.get("start") is not None else ""
        return f"      {c['result']:7} {c['check']}: {span}{c.get('text') or ''} — {c['rule']}"

    for title, key in (("ELIGIBLE", "eligible"), ("UNKNOWN (fill in to decide)", "unknown"),
                       ("NOT ELIGIBLE", "not_eligible")):
        lines.append(f"{title}: {len(r[key])}")
        for x in r[key]:
            head = f"  {where(x)} {x.get('heading') or ''}"
            if key == "eligible":
                head += f" -> {_amount(x['amount'])}" + ("" if x["counted"] else " (not counted)")
            elif key == "unknown":
                head += f" (missing: {', '.join(x['missing'])})"
            else:
                head += f" (fails: {', '.join(x['fails'])})"
            lines.append(head)
            if key == "eligible" and x["amount"]:
                lines.append(f"      amount: {x['amount']['rule']}")
            for c in x["checks"]:
                if key == "eligible" or c["result"] != "met":
                    lines.append(evidence(c))
    for label, t in (("TOTAL (policies in force)", r["total"]), ("TOTAL if the unknown-status policies are in force",
                                                                   r["total_if_in_force"])):
        lines.append(f"{label}: {_wan(t['yuan'])}" + (f" + at most {_wan(t['up_to_yuan'])}" if t["up_to_yuan"] else ""))
        lines += [f"  {s}" for s in t["steps"]]
    return "\n".join(lines)


@handles_errors
def match(profile: Annotated[Path, typer.Argument(help="A company profile (JSON).")], on: DateOpt = None,
          store: StoreOpt = None, data_dir: DataDirOpt = None, as_json_: JsonOpt = False) -> None:
    """Which measures a company can claim on a date, how much, and why not the others.

    Example: policykg match tests/match/profiles/changchun_ai_startup.json --on 2026-06-01
    """
    from .cli import _date, _store

    target = _store(store, data_dir)
    result = run_match(target, load_profile(profile), _date(on))
    sys.stdout.write((as_json(result) if as_json_ else render(result)) + "\n")
    target.close()
