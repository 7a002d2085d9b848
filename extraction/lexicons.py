"""The rule data (regions, agencies, sectors, support types) loaded once from data/*.json."""
from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources


@dataclass(frozen=True)
class Region:
    name: str
    level: str
    parent: str | None
    aliases: tuple[str, ...]


def _load(name: str) -> dict:
    return json.loads(resources.files("extraction.data").joinpath(name).read_text(encoding="utf-8"))


@lru_cache(maxsize=None)
def regions() -> tuple[Region, ...]:
    return tuple(
        Region(r["name"], r["level"], r["parent"], tuple(r["aliases"])) for r in _load("regions.json")["regions"]
    )


@lru_cache(maxsize=None)
def region_by_name() -> dict[str, Region]:
    return {r.name: r for r in regions()}


@lru_cache(maxsize=None)
def agencies() -> dict:
    return _load("agencies.json")


@lru_cache(maxsize=None)
def sectors() -> dict[str, list[str]]:
    return _load("sectors.json")["sectors"]


@lru_cache(maxsize=None)
def support_types() -> dict[str, list[str]]:
    return _load("support_types.json")["types"]


@lru_cache(maxsize=None)
def agency_aliases() -> dict[str, dict[str, str]]:
    """Per-region explicit aliases: region name -> {alias or full name (no region prefix) -> full name}."""
    table: dict[str, dict[str, str]] = {}
    for region, entry in _load("agency_aliases.json")["regions"].items():
        names = table.setdefault(region, {})
        for full, aliases in entry["agencies"].items():
            for alias in (full, *aliases):
                if names.setdefault(alias, full) != full:
                    raise ValueError(f"agency_aliases.json: {alias!r} in {region} is given to two agencies")
    return table


@lru_cache(maxsize=None)
def overlap_terms() -> dict[str, dict[str, list[str]]]:
    """What overlap detection compares: kinds (kind -> cues), objects (object -> cues),
    kind_groups (kind -> the group compared), broad_sectors (sectors that are never objects),
    self_object_kinds (kinds that name their object)."""
    data = _load("overlap_terms.json")
    return {k: data[k] for k in ("kinds", "objects", "kind_groups", "broad_sectors", "self_object_kinds")}
