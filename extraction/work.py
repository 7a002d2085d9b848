"""The working state the spaCy components fill in on `doc._.policykg`, before records are built."""
from __future__ import annotations

from dataclasses import dataclass, field

from .lexicons import Region
from .records import AgencyRef, Amount, FundingMatch, PolicyRef



SOURCE = "policykg_source"  # Doc.user_data key: the text the tokenizer was given (pipeline.SourceKeepingTokenizer)

@dataclass
class MeasureWork:
    number: str
    path: str
    start: int
    end: int
    section: str | None
    heading: str | None
    amounts: list[Amount] = field(default_factory=list)
    agencies: list[AgencyRef] = field(default_factory=list)
    funding: list[FundingMatch] = field(default_factory=list)
    sectors: list[str] = field(default_factory=list)
    support_type: str | None = None
    conditions: list = field(default_factory=list)  # records.Condition (conditions.py)


@dataclass
class PolicyWork:
    start: int
    end: int
    body_start: int
    title: str
    title_inferred: bool
    region: Region | None
    collection_title: str | None = None
    dates_text: str | None = None
    measures: list[MeasureWork] = field(default_factory=list)
    other_spans: list[tuple[int, int, str]] = field(default_factory=list)  # non-measure clauses + why
    agencies: list[AgencyRef] = field(default_factory=list)
    sectors: list[str] = field(default_factory=list)
    facts: dict = field(default_factory=dict)
    supersedes: list[PolicyRef] = field(default_factory=list)
    based_on: list[PolicyRef] = field(default_factory=list)
    clauses: list = field(default_factory=list)  # the clause tree of the body (clauses.Clause roots)
    decisions: list = field(default_factory=list)  # measures.Decision per candidate clause
    shell: object | None = None  # the Shell read around this policy (notice, metadata header)


@dataclass
class DocumentWork:
    source: str  # doc.text, kept once: spaCy rebuilds doc.text from tokens on every access
    view: str
    layout: str
    policies: list[PolicyWork] = field(default_factory=list)
