"""Agencies, regions' department maps, funding matches and sector comparisons."""
from __future__ import annotations

from typing import Annotated, Optional

from fastapi import APIRouter, Query

from extraction.errors import NotFoundError

from .. import service
from ..deps import StoreDep

router = APIRouter(tags=["facts"])
Limit = Annotated[int, Query(ge=1, le=500, description="at most this many items (a page)")]
Offset = Annotated[int, Query(ge=0, description="skip this many items first")]


def _listing(store, name: str, params: dict, limit: int, offset: int, **fields) -> dict:
    """One page of a list answer, as GET /policies gives it, from a question that cuts the page
    itself (service.page: each row carries `total`, every item)."""
    total, rows = service.page(store, name, params, limit, offset)
    items = [{k: v for k, v in r.items() if k != "total"} for r in rows]
    return {**fields, "total": total, "limit": limit, "offset": offset, "items": items}


@router.get("/agencies")
def list_agencies(store: StoreDep, name: Annotated[str, Query(min_length=1, description="part of a name")] = "局",
                  limit: Limit = 50, offset: Offset = 0) -> dict:
    """Agencies whose name contains `name` (by name), each with the measures it is responsible
    for; paginated over agencies."""
    total, rows = service.page(store, "agency_measures", {"agency": name}, limit, offset)  # the page's agencies
    grouped: dict[str, list] = {}
    for row in rows:  # the rows come ordered by agency
        grouped.setdefault(row["agency"], []).append(row)
    page = [{"agency": a, "measure_count": len(ms),
             "measures": [{k: v for k, v in r.items() if k not in ("agency", "total")} for r in ms]}
            for a, ms in grouped.items()]
    return {"total": total, "limit": limit, "offset": offset, "items": page}


@router.get("/regions/{region}/departments")
def department_map(region: str, store: StoreDep) -> dict:
    """Department map of a region: responsible agencies, their measures, co-responsible agencies."""
    rows = store.query("department_map", {"region": region})
    if not rows:
        raise NotFoundError(f"no responsible agencies found for region {region!r}")
    return {"region": region, "agencies": rows}


@router.get("/funding-matches")
def funding_matches(store: StoreDep, source: Optional[str] = None, limit: Limit = 50, offset: Offset = 0) -> dict:
    """District measures that match higher-level money, per source programme; paginated."""
    return _listing(store, "funding_matches", {"source": source}, limit, offset)


@router.get("/sectors/{sector}/comparison")
def sector_comparison(sector: str, store: StoreDep,
                      region: Annotated[Optional[list[str]], Query(description="part of a region name; repeatable")] = None,
                      limit: Limit = 50, offset: Offset = 0) -> dict:
    """Measures for one sector across regions: caps, shares and matching ratios side by side;
    paginated."""
    page = _listing(store, "sector_comparison", {"sector": sector, "regions": region or None}, limit, offset,
                    sector=sector)
    if not page["total"]:
        where = f" in a region matching {' or '.join(map(repr, region))}" if region else ""
        raise NotFoundError(f"no measures target sector {sector!r}{where}")
    return page


@router.get("/overlaps")
def overlap_clusters(store: StoreDep, region: Optional[str] = None, sector: Optional[str] = None,
                     limit: Limit = 50, offset: Offset = 0) -> dict:
    """Overlap clusters: measures of different policies that fund the same thing; largest first,
    paginated."""
    return _listing(store, "overlap_clusters", {"region": region, "sector": sector, "cluster": None}, limit, offset)


@router.get("/measures/{measure_id}/overlaps")
def measure_overlaps(measure_id: str, store: StoreDep) -> dict:
    """What else funds the same thing as this measure, with score and basis."""
    if store.node(measure_id) is None:
        raise NotFoundError(f"no measure with id {measure_id!r}")
    return {"measure": measure_id, "items": store.query("measure_overlaps", {"measure": measure_id})}
