"""Agencies, regions' department maps, funding matches and sector comparisons."""
from __future__ import annotations

from typing import Annotated, Optional

from fastapi import APIRouter, Query

from extraction.errors import NotFoundError

from .. import service
from ..deps import StoreDep

router = APIRouter(tags=["facts"])


@router.get("/agencies")
def list_agencies(store: StoreDep, name: Annotated[str, Query(min_length=1, description="part of a name")] = "局") -> dict:
    """Agencies whose name contains `name`, each with the measures it is responsible for."""
    grouped: dict[str, list] = {}
    for row in store.query("agency_measures", {"agency": name}):
        grouped.setdefault(row["agency"], []).append({k: v for k, v in row.items() if k != "agency"})
    return {"items": [{"agency": a, "measure_count": len(ms), "measures": ms} for a, ms in grouped.items()]}


@router.get("/regions/{region}/departments")
def department_map(region: str, store: StoreDep) -> dict:
    """Department map of a region: responsible agencies, their measures, co-responsible agencies."""
    rows = store.query("department_map", {"region": region})
    if not rows:
        raise NotFoundError(f"no responsible agencies found for region {region!r}")
    return {"region": region, "agencies": rows}


@router.get("/funding-matches")
def funding_matches(store: StoreDep, source: Optional[str] = None) -> dict:
    """District measures that match higher-level money, per source programme."""
    return {"items": store.query("funding_matches", {"source": source})}


@router.get("/sectors/{sector}/comparison")
def sector_comparison(sector: str, store: StoreDep,
                      region: Annotated[Optional[list[str]], Query(description="part of a region name; repeatable")] = None) -> dict:
    """Measures for one sector across regions: caps, shares and matching ratios side by side."""
    rows = service.sector_comparison(store, sector, region)
    if not rows:
        raise NotFoundError(f"no measures target sector {sector!r}")
    return {"sector": sector, "items": rows}


@router.get("/overlaps")
def overlap_clusters(store: StoreDep, region: Optional[str] = None, sector: Optional[str] = None) -> dict:
    """Overlap clusters: measures of different policies that fund the same thing."""
    return {"items": store.query("overlap_clusters", {"region": region, "sector": sector})}


@router.get("/measures/{measure_id}/overlaps")
def measure_overlaps(measure_id: str, store: StoreDep) -> dict:
    """What else funds the same thing as this measure, with score and basis."""
    if store.node(measure_id) is None:
        raise NotFoundError(f"no measure with id {measure_id!r}")
    return {"measure": measure_id, "items": store.query("measure_overlaps", {"measure": measure_id})}
