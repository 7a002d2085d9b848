"""Match a profile against the measures in scope: the company's region and the regions above it
(the region table the graph's PART_OF edges come from), of policies in force on the date, the
ones whose status is `unknown` listed apart. Reads the store only through named queries."""
from __future__ import annotations

import datetime as dt
import json

from extraction.lexicons import region_by_name
from graph.store import GraphStore

from .profile import Profile
from .rules import evaluate, stack


def regions_in_scope(location: str) -> list[str]:
    """The region and every region above it (长春新区 -> 长春市 -> 吉林省), as PART_OF links them."""
    table = region_by_name()
    out, current = [location], table.get(location)
    while current is not None and current.parent and current.parent not in out:
        out.append(current.parent)
        current = table.get(current.parent)
    return out


def match(store: GraphStore, profile: Profile, on: str | None = None) -> dict:
    date = dt.date.fromisoformat(on) if on else dt.date.today()
    scope = regions_in_scope(profile.location)
    policies = [r for r in store.query("policies_in_force", {"date": date.isoformat(), "region": None,
                                                             "sector": None, "include_unknown": True})
                if r.get("region") in scope]
    lines = []
    for pol in sorted(policies, key=lambda r: (scope.index(r["region"]), r["id"])):
        for m in store.query("policy_measures", {"policy": pol["id"]}):
            m = {**m, "funding_matches": m.get("funding_matches") or [], "amounts": m.get("amounts") or []}
            result = evaluate(profile, m, scope, date)
            lines.append({
                "measure_id": m["id"], "policy_id": pol["id"], "policy_title": pol["title"], "region": pol["region"],
                "path": m["path"], "heading": m.get("heading"), "in_force": pol["status"] == "in_force",
                "policy_status": pol["status"], "status_reason": pol["reason"],
                "non_cumulative": bool(pol.get("non_cumulative")),
                "document": m.get("document"), "start": m.get("start"), "end": m.get("end"), "clause": m.get("text"),
                **result, "counted": False,
            })
    eligible = [x for x in lines if x["verdict"] == "eligible"]
    total = stack([x for x in eligible if x["in_force"]])
    total_if = stack(eligible)  # sets `counted` on every eligible line
    return {
        "profile": profile.name, "location": profile.location, "on": date.isoformat(), "regions": scope,
        "policies": [{"id": p["id"], "title": p["title"], "region": p["region"], "status": p["status"],
                      "reason": p["reason"], "non_cumulative": bool(p.get("non_cumulative"))} for p in policies],
        "eligible": eligible,
        "unknown": [x for x in lines if x["verdict"] == "unknown"],
        "not_eligible": [x for x in lines if x["verdict"] == "not_eligible"],
        "total": total, "total_if_in_force": total_if,
    }


def as_json(result: dict) -> str:
    return json.dumps(result, ensure_ascii=False, indent=1)
