from __future__ import annotations

import datetime as dt
from typing import Annotated, Optional

from fastapi import APIRouter, Query

from graph.questions import today

from .. import service
from ..deps import StoreDep

router = APIRouter(prefix="/policies", tags=["policies"])
DateQ = Annotated[Optional[dt.date], Query(description="YYYY-MM-DD; default today")]


@router.get("")
def list_policies(
    store: StoreDep,
    region: Annotated[Optional[str], Query(description="part of a region name, e.g. 通州")] = None,
    sector: Annotated[Optional[str], Query(description="a sector name, e.g. 人工智能")] = None,
    in_force_on: DateQ = None,
    q: Annotated[Optional[str], Query(description="text in the title or document number")] = None,
    include_unknown: Annotated[bool, Query(description="with in_force_on: also policies whose status on that date "
                                                       "is unknown (a date they need is not known)")] = False,
    include_stubs: bool = False,
    limit: Annotated[int, Query(ge=1, le=500)] = 50,
    offset: Annotated[int, Query(ge=0)] = 0,
) -> dict:
    """Policies, filtered by region, sector, validity on a date and text; paginated. With
    in_force_on, each item carries its status on that date, its certainty and the reason."""
    if in_force_on is None:  # the page is cut in the question: no policy outside it is read in full
        total, rows = service.page(store, "policy_list", {
            "region": region or None, "sector": sector, "text": q or None, "include_stubs": include_stubs}, limit, offset)
        return {"total": total, "limit": limit, "offset": offset, "items": [_summary(p) for p in rows]}
    ask = {"date": in_force_on.isoformat(), "region": region, "sector": sector, "include_unknown": include_unknown,
           "text": q or None}  # a status is derived for every policy the filters keep; a row carries the summary
    if not include_unknown:  # only in force: the question's order (in force first, by id) is this list's
        total, rows = service.page(store, "policies_in_force", ask, limit, offset)
        return {"total": total, "limit": limit, "offset": offset, "items": [_summary(p) for p in rows]}
    items = sorted(store.query("policies_in_force", ask), key=lambda p: p["id"])  # by id, whatever the status
    page = items[offset:offset + limit]
    return {"total": len(items), "limit": limit, "offset": offset, "items": [_summary(p) for p in page]}


STATUS_KEYS = ("status", "certainty", "reason")


def _summary(p: dict) -> dict:
    keys = ("id", "title", "title_inferred", "region", "level", "doc_number", "effective_from", "expires_on",
            "issued_on", "stub", "measure_count", "document")
    return {k: p.get(k) for k in keys + tuple(k for k in STATUS_KEYS if k in p)}


@router.get("/{policy_id}")
def get_policy(policy_id: str, store: StoreDep, on: DateQ = None) -> dict:
    """One policy with its measures (amounts, agencies, sectors, funding matches) and its status."""
    return service.policy_detail(store, policy_id, on.isoformat() if on else today())


@router.get("/{policy_id}/chain")
def get_chain(policy_id: str, store: StoreDep) -> dict:
    """The supersession chain the policy belongs to: newer -> older links, both directions."""
    service.require_policy(store, policy_id)
    return {"policy": policy_id, "links": store.query("supersession_chain", {"policy": policy_id})}
