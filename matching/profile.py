"""A company profile: what the matcher knows about the firm (a JSON file or the body of POST /match).

A list given is complete (`titles: []` means the firm holds none, so a title condition fails);
a list or value left out (null) is unknown, so a condition that needs it is `unknown`.
"""
from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Literal, Optional

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from extraction.errors import InputError

Size = Literal["micro", "small", "medium", "large"]
TitleLevel = Literal["national", "provincial", "city", "district"]


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


class Title(_Strict):
    name: str = Field(min_length=1, description="canonical title name as in Conditions: 高新技术企业, 专精特新, 专精特新小巨人…")
    level: Optional[TitleLevel] = None
    won_on: Optional[dt.date] = None


class YearFigures(_Strict):
    """One year's figures, in yuan unless named otherwise."""
    year: int = Field(ge=1990, le=2100)
    revenue: Optional[float] = Field(None, ge=0)
    rd_spend: Optional[float] = Field(None, ge=0)
    investment: Optional[float] = Field(None, ge=0)
    headcount: Optional[int] = Field(None, ge=0)
    tax: Optional[float] = Field(None, ge=0)
    output: Optional[float] = Field(None, ge=0)
    floor_area: Optional[float] = Field(None, ge=0, description="m²")


class Project(_Strict):
    name: str = ""
    kind: str = ""
    investment_yuan: float = Field(ge=0)
    year: Optional[int] = None


class Award(_Strict):
    """Money the firm got from a higher-level programme (what a district match multiplies)."""
    source: str = Field(min_length=1, description="the programme, e.g. 北京市人工智能算力券")
    level: Optional[str] = None
    amount_yuan: float = Field(ge=0)
    year: Optional[int] = None


class Profile(_Strict):
    name: str = ""
    location: str = Field(min_length=1, description="the region the firm is registered and pays tax in")
    entity_type: str = "企业"
    size: Optional[Size] = None
    above_scale: Optional[bool] = None
    founded_on: Optional[dt.date] = None
    sectors: Optional[list[str]] = None
    titles: Optional[list[Title]] = None
    figures: list[YearFigures] = Field(default_factory=list)
    projects: Optional[list[Project]] = None
    awards: Optional[list[Award]] = None
    newly_settled: Optional[bool] = None

    def figure(self, metric: str, year: int) -> Optional[float]:
        for f in self.figures:
            if f.year == year:
                return getattr(f, metric, None)
        return None

    def latest_year(self, metric: str, up_to: int) -> Optional[int]:
        years = [f.year for f in self.figures if f.year <= up_to and getattr(f, metric, None) is not None]
        return max(years, default=None)


def profile_from_dict(data: object, where: str = "profile") -> Profile:
    """A Profile, or InputError (422) naming each bad field."""
    try:
        return Profile.model_validate(data)
    except ValidationError as e:
        problems = "; ".join(f"{'.'.join(str(x) for x in err['loc']) or '(root)'}: {err['msg']}" for err in e.errors())
        raise InputError(f"bad company profile: {problems}", path=where if where != "profile" else None) from None


def load_profile(path: str | Path) -> Profile:
    p = Path(path)
    try:
        data = json.loads(p.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise InputError("no such profile file", path=str(p)) from None
    except (UnicodeDecodeError, json.JSONDecodeError) as e:
        raise InputError(f"not a JSON profile: {e}", path=str(p)) from None
    return profile_from_dict(data, str(p))
