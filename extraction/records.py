"""Typed records: the one contract between extraction and the graph.

Extraction returns these and nothing else; stores consume them and never parse text.
Every fact keeps its evidence: character offsets into the decoded source file and the
name of the rule that produced it (presidio's RecognizerResult habit).
"""
from __future__ import annotations

from typing import Annotated, Literal, Optional, Union

from pydantic import BaseModel, Field

Unit = Literal["yuan", "percent", "ratio", "yuan_per_sqm_month", "sqm", "other"]
Role = Literal["cap", "fixed", "threshold", "share", "ratio", "rate", "budget"]
# What one recipient (an enterprise, a project) can get: caps and fixed awards. A programme's
# budget, a threshold to qualify and a per-unit rate are money too, but never "largest cap".
PER_RECIPIENT_ROLES: tuple[Role, ...] = ("cap", "fixed")
Period = Literal["per_year", "one_time", "cumulative", "per_project", "per_enterprise"]
Level = Literal["national", "provincial", "city", "district", "multi", "unknown"]


class Evidence(BaseModel):
    start: int
    end: int
    rule: str


class AgencyRef(BaseModel):
    name: str  # canonical, scoped to the policy's region (长春新区财政局)
    raw: str  # as written (财政局)
    role: Literal["responsible", "cooperating", "interpreting"] = "responsible"
    start: int
    end: int
    rule: str = "agencies.responsible_list"


class Amount(BaseModel):
    text: str  # as written in the source, OCR errors included
    value: float  # yuan for money, 30.0 for 30%, 0.5 for 1:0.5, 20.0 for 20元/㎡/月, m² for sqm
    unit: Unit
    role: Role
    period: Optional[Period] = None
    repaired: bool = False  # OCR digits were repaired (IooO万元 -> 1000万元)
    currency: Optional[str] = None  # "USD" when the amount is not in yuan
    start: int
    end: int
    rule: str


class FundingMatch(BaseModel):
    source: str  # the higher-level money named in the clause (北京市人工智能算力券)
    level: Level
    ratio: Optional[float] = None  # district money per unit of higher-level money
    cap_yuan: Optional[float] = None
    text: str
    start: int
    end: int
    rule: str


# Conditions a recipient must meet (issue 12): one typed record per kind, told apart by `type`.
Comparator = Literal[">=", ">", "<=", "<"]


class _ConditionBase(BaseModel):
    text: str  # as written in the source
    start: int
    end: int
    rule: str


class LocationCondition(_ConditionBase):
    type: Literal["location"] = "location"
    # registration 注册在本区, tax 纳税关系在本区, registration_and_tax, settle 落户/新引进/迁入,
    # statistics 在本区入统, located 区内企业/在本区租赁、建设、实施
    basis: Literal["registration", "tax", "registration_and_tax", "settle", "statistics", "located"]
    scope: Literal["district", "city", "province", "zone", "unknown"]
    region: Optional[str] = None  # the region named (北京市大兴区), None for 本区/区内


class EntityTypeCondition(_ConditionBase):
    type: Literal["entity_type"] = "entity_type"
    entity: str  # 法人, 非法人组织, 高校, 科研院所, 金融机构, 外资企业, 社会组织


class SizeCondition(_ConditionBase):
    type: Literal["size"] = "size"
    size: Literal["sme", "small_micro", "above_scale"]


class AgeCondition(_ConditionBase):
    type: Literal["age"] = "age"
    years: float  # 成立不满3年 -> 3, "<"
    comparator: Comparator = "<"


class TitleCondition(_ConditionBase):
    type: Literal["title"] = "title"
    name: str  # canonical: 高新技术企业, 专精特新小巨人, 企业技术中心 (data/condition_terms.json)
    level: Optional[Literal["national", "provincial", "city", "district"]] = None
    new: bool = False  # newly won (新认定, 首次获得, 新增获得), else held


class ThresholdCondition(_ConditionBase):
    type: Literal["threshold"] = "threshold"
    metric: Literal["revenue", "growth", "rd_spend", "rd_intensity", "investment", "headcount", "floor_area",
                    "tax", "output", "other"]
    comparator: Comparator
    value: float  # in `unit`: yuan, percent (20.0 for 20%), people, m2
    unit: Literal["yuan", "percent", "people", "m2"]
    period: Optional[Literal["year", "last_year"]] = None


class ShareBaseCondition(_ConditionBase):
    type: Literal["share_base"] = "share_base"
    base: Literal["rd_spend", "investment", "revenue", "cost", "tax", "higher_funding", "other"]
    rate: float  # 0.3 for 30%
    cap_yuan: Optional[float] = None  # the per-recipient cap stated for this share


class TimeWindowCondition(_ConditionBase):
    type: Literal["time_window"] = "time_window"
    from_date: Optional[str] = None  # ISO dates, inclusive
    to_date: Optional[str] = None


class FrequencyCondition(_ConditionBase):
    type: Literal["frequency"] = "frequency"
    every: Literal["one_time", "per_year"]


Condition = Annotated[Union[LocationCondition, EntityTypeCondition, SizeCondition, AgeCondition, TitleCondition,
                            ThresholdCondition, ShareBaseCondition, TimeWindowCondition, FrequencyCondition],
                      Field(discriminator="type")]
CONDITION_TYPES = ("location", "entity_type", "size", "age", "title", "threshold", "share_base", "time_window",
                   "frequency")


class PolicyRef(BaseModel):
    title: Optional[str] = None
    doc_number: Optional[str] = None  # normalised: 通经信局〔2024〕136号
    key: str = ""  # identity of the referenced policy: num:<doc number>, else title:<region>:<title>
    id: str = ""  # pol_<hash of key>: the same id the policy gets when its own document arrives
    start: int
    end: int
    rule: str


class Measure(BaseModel):
    id: str
    number: str  # the clause's own number as written, normalised: 一, (一), 第六条, 1
    path: str  # numbers from the outermost section down: 第六条/1
    section: Optional[str] = None  # enclosing heading: 第六条 梯次培育优质企业
    heading: Optional[str] = None
    text: str
    start: int
    end: int
    support_type: Optional[str] = None
    agencies: list[AgencyRef] = Field(default_factory=list)
    sectors: list[str] = Field(default_factory=list)
    amounts: list[Amount] = Field(default_factory=list)
    funding_matches: list[FundingMatch] = Field(default_factory=list)
    conditions: list[Condition] = Field(default_factory=list)


class Policy(BaseModel):
    id: str
    key: str = ""  # num:<doc number>, title:<region>:<title>, or file:<sha256>:<n> for inferred titles
    title: str
    title_inferred: bool = False
    # the text interprets the policy (政策解读): it states the policy's title, 文号 and dates but
    # holds none of its text, so a store never lets it overwrite the policy's own facts
    interpretation: bool = False
    region: Optional[str] = None
    level: Optional[Level] = None
    doc_number: Optional[str] = None
    effective_from: Optional[str] = None  # ISO date or None when the text gives no date
    expires_on: Optional[str] = None
    # on_issue, days_after_issue:30, date, label (a page's 有效期 label), with_another (与《X》同时施行)
    effective_rule: Optional[str] = None
    issued_on: Optional[str] = None  # the notice's own date (signature or page metadata), when it has one
    validity_years: Optional[float] = None
    interpreting_agency: Optional[str] = None  # the 负责解释 text as one name, joined lists kept whole
    interpreting_agencies: list[AgencyRef] = Field(default_factory=list)  # the same, one ref per agency
    non_cumulative: bool = False
    supersedes: list[PolicyRef] = Field(default_factory=list)
    based_on: list[PolicyRef] = Field(default_factory=list)
    agencies: list[AgencyRef] = Field(default_factory=list)  # administering, from non-measure clauses
    sectors: list[str] = Field(default_factory=list)
    measures: list[Measure] = Field(default_factory=list)
    start: int
    end: int


class Document(BaseModel):
    path: str
    sha256: str
    layout: str  # single, listing, compilation
    policies: list[Policy] = Field(default_factory=list)
    # PDF only: offset in the decoded text where each page starts (page n at page_starts[n-1]);
    # set by the file reader (api/files.py), so offsets can be shown as page numbers.
    page_starts: Optional[list[int]] = None


class ExtractionError(BaseModel):
    path: str
    error: str


class ExtractionResult(BaseModel):
    documents: list[Document] = Field(default_factory=list)
    errors: list[ExtractionError] = Field(default_factory=list)
