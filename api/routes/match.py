"""POST /match: a company profile in, its eligible, unknown and not-eligible measures out."""
from __future__ import annotations

from typing import Annotated, Any, Optional

from fastapi import APIRouter, Body, Query

from extraction.errors import InputError
from matching.profile import profile_from_dict
from matching.run import match

from ..deps import StoreDep

router = APIRouter(tags=["match"])


@router.post("/match")
def match_profile(store: StoreDep, profile: Annotated[dict[str, Any], Body(description="a company profile (README, "
                                                                             "Which measures can a company claim)")],
                  on: Annotated[Optional[str], Query(description="date YYYY-MM-DD, default today")] = None) -> dict:
    """Which measures the company can claim on the date, how much, and why not the others:
    each line with its checks (evidence span and rule), the amount's rule, and the totals."""
    import datetime as dt

    if on is not None:
        try:
            on = dt.date.fromisoformat(on).isoformat()
        except ValueError:
            raise InputError(f"parameter 'on' is not a date YYYY-MM-DD: {on!r}") from None
    return match(store, profile_from_dict(profile), on)
