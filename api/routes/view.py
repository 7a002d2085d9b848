"""The built-in graph view for users without Neo4j, and the Neo4j Browser guide."""
from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Annotated, Optional

from fastapi import APIRouter, Query
from fastapi.responses import FileResponse, HTMLResponse, Response

from .. import service
from ..deps import StoreDep

router = APIRouter(tags=["view"])
STATIC = Path(__file__).resolve().parent.parent / "static"
GUIDE = Path(__file__).resolve().parent.parent.parent / "cypher" / "policykg-guide.html"


@router.get("/view", response_class=HTMLResponse)
def view() -> FileResponse:
    """A page that draws a supersession chain (?chain=POLICY, named as in the CLI, each policy with
    its status on ?on=DATE, default today), a department map (?departments=REGION) or an overlap
    cluster (?cluster=ID) from the store in use."""
    return FileResponse(STATIC / "view.html", media_type="text/html")


@router.get("/view/match", response_class=HTMLResponse)
def view_match() -> FileResponse:
    """A page that POSTs a company profile (pre-filled with an example) to /match and lists the
    eligible measures with their amounts and rules, the totals with their steps, the facts to fill
    in and the failing conditions, each line opening its clause with the evidence marked."""
    return FileResponse(STATIC / "match.html", media_type="text/html")


@router.get("/graph/chain/{policy}")
def chain_graph(policy: str, store: StoreDep,
                on: Annotated[Optional[dt.date], Query(description="status date YYYY-MM-DD; default today")] = None
                ) -> dict:
    """The chain of a policy named as the CLI names it: id, document number (or part: 136号) or
    part of the title; an ambiguous name answers 409 with the candidates."""
    return service.chain_graph(store, service.resolve_policy(store, policy)["id"], on.isoformat() if on else None)


@router.get("/graph/departments/{region}")
def department_graph(region: str, store: StoreDep) -> dict:
    return service.department_graph(store, region)


@router.get("/graph/overlaps/{cluster}")
def overlap_graph(cluster: str, store: StoreDep) -> dict:
    return service.overlap_graph(store, cluster)


@router.get("/browser/guide", response_class=HTMLResponse)
def browser_guide() -> FileResponse:
    """The Neo4j Browser guide: run `:play http://localhost:8000/browser/guide` in Browser.
    Browser fetches guides from its own page, so the answer allows any origin."""
    return FileResponse(GUIDE, media_type="text/html", headers=GUIDE_CORS)


GUIDE_CORS = {"Access-Control-Allow-Origin": "*", "Access-Control-Allow-Methods": "GET",
              "Access-Control-Allow-Headers": "*"}


@router.options("/browser/guide", include_in_schema=False)
def browser_guide_preflight() -> Response:
    """Browser asks first (CORS preflight); only this read-only page is open to other origins."""
    return Response(status_code=204, headers=GUIDE_CORS)
