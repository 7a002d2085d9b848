"""The row models of the named questions: the columns each answer has, in the order Cypher
returns them (TypedDicts that pydantic validates; graph/contracts.py declares which question
answers with which)."""
from __future__ import annotations

from typing import Literal, Optional

from typing_extensions import TypedDict  # pydantic validates typing_extensions' TypedDict on 3.11

Text = Optional[str]
Number = Optional[float]
Status = Literal["in_force", "not_yet_effective", "expired", "superseded", "unknown"]
Certainty = Literal["stated", "assumed", "unknown"]


class SectorPolicy(TypedDict):
    id: str
    title: Text


class ChainLink(TypedDict):
    newer_id: str
    newer_title: Text
    newer_doc_number: Text
    newer_effective_from: Text
    older_id: str
    older_title: Text
    older_doc_number: Text
    older_expires_on: Text
    older_stub: bool


class PolicyStatus(TypedDict):
    id: str
    title: Text
    date: str
    status: Status
    certainty: Certainty
    reason: str
    superseded_by: list[str]
    superseded_since: Text
    effective_from: Text
    expires_on: Text
    issued_on: Text


class PolicyInForce(TypedDict):
    id: str
    title: Text
    region: Text
    effective_from: Text
    expires_on: Text
    status: Status
    certainty: Certainty
    reason: str
    non_cumulative: bool
    # what GET /policies?in_force_on= lists of each policy besides its status (no node read per policy)
    title_inferred: Optional[bool]
    level: Text
    doc_number: Text
    issued_on: Text
    stub: Optional[bool]
    measure_count: Optional[int]
    document: Text
    total: int  # policies in the whole answer, before limit and offset cut the page


class PolicyListItem(TypedDict):
    id: str
    title: Text
    title_inferred: Optional[bool]
    region: Text
    level: Text
    doc_number: Text
    effective_from: Text
    expires_on: Text
    issued_on: Text
    stub: Optional[bool]
    measure_count: Optional[int]
    document: Text
    total: int  # policies in the whole answer, before limit and offset cut the page


class RegionMeasure(TypedDict):
    policy_id: str
    policy_title: Text
    measure_id: str
    path: Text
    heading: Text
    agencies: list[str]  # the responsible agencies' names, sorted


class AgencyMeasure(TypedDict):
    agency: str
    role: Text
    measure_id: str
    measure_path: Text
    measure_heading: Text
    policy_id: Text
    policy_title: Text
    total: int  # agency names in the whole answer, before limit and offset cut the page


class DepartmentRow(TypedDict):
    agency: str
    measure_count: int
    measures: list[str]
    co_agencies: list[str]


class FundingMatch(TypedDict):
    source_id: str
    source: str
    level: Text
    scope: Text
    measure_id: str
    measure_path: Text
    policy_id: str
    policy_title: Text
    region: Text
    ratio: Number
    cap_yuan: Number
    total: int  # rows in the whole answer, before limit and offset cut the page


class SectorMeasure(TypedDict):
    region: str
    policy_id: str
    policy_title: Text
    measure_id: str
    measure_path: Text
    heading: Text
    support_type: Text
    max_cap_yuan: Number
    shares: list[float]
    ratios: list[float]
    total: int  # rows in the whole answer, before limit and offset cut the page


class MeasureAmount(TypedDict):
    text: Text
    value: Number
    unit: Text
    role: Text
    period: Text
    repaired: Optional[bool]
    start: Optional[int]
    end: Optional[int]


class MeasureAgency(TypedDict):
    name: str
    raw: Text
    role: Text


class MeasureFunding(TypedDict):
    source: str
    level: Text
    ratio: Number
    cap_yuan: Number
    text: Text
    start: Optional[int]
    end: Optional[int]


class PolicyMeasure(TypedDict):
    id: str
    number: Text
    path: Text
    section: Text
    heading: Text
    support_type: Text
    text: Text
    start: Optional[int]
    end: Optional[int]
    document: Text
    conditions: Text  # JSON: the measure's typed conditions (extraction/conditions.py)
    amounts: list[MeasureAmount]
    agencies: list[MeasureAgency]
    sectors: list[str]
    funding_matches: list[MeasureFunding]


class ClusterMember(TypedDict):
    measure_id: str
    region: Text
    policy_id: str
    policy_title: Text
    path: Text
    heading: Text
    max_cap_yuan: Number


class OverlapCluster(TypedDict):
    cluster: str
    size: int
    policies: int
    regions: list[str]
    pairs: int
    non_cumulative_pairs: int
    kinds: list[str]
    objects: list[str]
    members: list[ClusterMember]
    total: int  # groups in the whole answer, before limit and offset cut the page


class MeasureOverlap(TypedDict):
    measure_id: str
    region: Text
    policy_title: Text
    path: Text
    heading: Text
    score: float
    basis: list[str]  # e.g. ["kind: talent", "object: ...", "text 0.06"]
    kinds: list[str]
    objects: list[str]
    same_region: Optional[bool]
    non_cumulative: Optional[bool]
    cluster: Text


class OverlapPair(TypedDict):
    a: str  # measure id, the pair's start
    b: str
    score: float
    basis: list[str]
    kinds: list[str]
    objects: list[str]
    non_cumulative: Optional[bool]


class MeasureForTitle(TypedDict):
    region: str
    policy_id: str
    policy_title: Text
    measure_id: str
    path: Text
    heading: Text
    max_cap_yuan: Number
    titles: list[str]
