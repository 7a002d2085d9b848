"""One contract per named question: its name, typed parameters, Cypher file, the embedded
store's Python answer and the columns of its rows, declared once in QUESTIONS below.

Everything else derives from it: the question names (graph/store.py), the parameter checks of
both stores (graph/query_params.py), `GET /queries`, the help of `policykg query`, and the
README's named-query table (tests/graph/test_contracts.py). The declaration is checked when
this module is imported: the Cypher file must use exactly the declared `$parameters` and the
Python answer take exactly them (a required one without a default), so a question whose parts
disagree fails at start-up, not on the first request.

To add a question: write cypher/NAME.cypher (`// Title` first line), the Python twin in
graph/questions.py (graph/overlap_questions.py for overlaps), a row TypedDict and a `Question(...)` line in QUESTIONS here, and its row
in the README table; then cases in tests/graph/make_snapshots.py and `python -m
tests.graph.make_snapshots` against a Neo4j.
"""
from __future__ import annotations

import inspect
import types
import typing
from dataclasses import dataclass
from functools import cached_property
from typing import Callable, Literal, Union

from typing_extensions import TypedDict, get_type_hints, is_typeddict  # pydantic validates typing_extensions' TypedDict on 3.11

from extraction.errors import NotFoundError

from . import overlap_questions as oq, questions as py
from .answer_rows import (AgencyMeasure, ChainLink, DepartmentRow, FundingMatch, MeasureForTitle, MeasureOverlap,
                          OverlapCluster, OverlapPair, PolicyInForce, PolicyListItem, PolicyMeasure, PolicyStatus,
                          RegionMeasure, SectorMeasure, SectorPolicy)
from .cypher_files import NamedQuery, load_query

ParamType = Literal["text", "texts", "date", "bool", "int"]


@dataclass(frozen=True)
class Param:
    """One parameter. `text`: 1 to 200 characters; `texts`: a list of 1 to 20 such texts (one text
    alone is a list of one); `date`: YYYY-MM-DD, missing means today; `bool`: true/false (or the
    text "true"/"false"), missing means false; `int`: a whole number 0 to 1,000,000 (or its digits
    as text). A missing optional text, texts or int parameter is null (no filter, no limit)."""
    name: str
    type: ParamType = "text"
    required: bool = False
    help: str = ""

    @property
    def default(self) -> str | bool | None:
        """The default as shown to users ("today" for a date; computed when the query runs)."""
        if self.required:
            return None
        return {"date": "today", "bool": False}.get(self.type)

    def usage(self) -> str:
        """`name` when required, else `name=default` (`none`: no filter)."""
        return self.name if self.required else f"{self.name}={str(self.default).lower()}"


@dataclass(frozen=True)
class Question:
    name: str
    params: tuple[Param, ...]
    answer: Callable[..., list[dict]]  # the embedded store's answer: answer(graph, **params)
    row: type  # a TypedDict of the columns of one row, in the order the Cypher RETURNs them
    cypher: str = ""  # file name in cypher/; default NAME.cypher

    @cached_property
    def query(self) -> NamedQuery:
        return load_query(self.cypher or f"{self.name}.cypher")

    @property
    def title(self) -> str:
        return self.query.title

    @property
    def param_names(self) -> tuple[str, ...]:
        return tuple(p.name for p in self.params)

    def columns(self) -> dict[str, str]:
        """Column -> its type in words (`text or null`, `list of text`, ...)."""
        return {k: type_words(t) for k, t in get_type_hints(self.row).items()}

    def usage(self) -> str:
        """e.g. `policy_status(policy, date=today)`."""
        return f"{self.name}({', '.join(p.usage() for p in self.params)})"

    def describe(self) -> dict:
        """What `GET /queries` lists for the question."""
        return {"name": self.name, "title": self.title, "cypher": self.query.file,
                "params": [{"name": p.name, "type": p.type, "required": p.required, "default": p.default,
                            "help": p.help} for p in self.params],
                "columns": self.columns()}

    def check(self) -> None:
        """ValueError naming what disagrees between the declaration, the Cypher file and the
        Python answer."""
        declared = list(self.param_names)
        if sorted(self.query.params) != sorted(declared):
            raise ValueError(f"question {self.name!r}: {self.query.file} uses {sorted(self.query.params)}, "
                             f"declared {sorted(declared)}")
        sig = list(inspect.signature(self.answer).parameters.values())[1:]
        if [p.name for p in sig] != declared:
            raise ValueError(f"question {self.name!r}: {self.answer.__name__} takes {[p.name for p in sig]}, "
                             f"declared {declared}")
        for p, s in zip(self.params, sig):
            if p.required != (s.default is inspect.Parameter.empty):
                raise ValueError(f"question {self.name!r}: parameter {p.name!r} is "
                                 f"{'required' if p.required else 'optional'} but {self.answer.__name__} "
                                 f"{'gives it a default' if p.required else 'has no default for it'}")
        if not is_typeddict(self.row):
            raise ValueError(f"question {self.name!r}: row must be a TypedDict, not {self.row!r}")


def type_words(t) -> str:
    origin, args = typing.get_origin(t), typing.get_args(t)
    if origin in (Union, types.UnionType):
        rest = [a for a in args if a is not type(None)]
        return " or ".join([type_words(a) for a in rest] + (["null"] if len(rest) < len(args) else []))
    if origin is list:
        return f"list of {type_words(args[0])}"
    if origin is Literal:
        return " | ".join(map(str, args))
    if is_typeddict(t):
        return "{" + ", ".join(f"{k}: {type_words(v)}" for k, v in get_type_hints(t).items()) + "}"
    return {str: "text", int: "integer", float: "number", bool: "boolean"}.get(t, getattr(t, "__name__", str(t)))


# --- the questions -----------------------------------------------------------------------------
POLICY = Param("policy", required=True, help="policy id")
DATE = Param("date", "date", help="the date the answer is for, YYYY-MM-DD")
REGION = Param("region", help="part of a region name, e.g. 通州")
SECTOR = Param("sector", help="a sector name, e.g. 人工智能")
TEXT = Param("text", help="text in the title or document number, e.g. 136号")


def page_params(what: str) -> tuple[Param, Param]:
    """`limit` and `offset` of a question that cuts its own page of `what`."""
    return (Param("limit", "int", help=f"at most this many {what} (a page); null: all"),
            Param("offset", "int", help=f"skip this many {what} first; null: none"))


def _registry(*qs: Question) -> dict[str, Question]:
    out: dict[str, Question] = {}
    for q in qs:
        if q.name in out:
            raise ValueError(f"question {q.name!r} is declared twice")
        q.check()
        out[q.name] = q
    return out


QUESTIONS: dict[str, Question] = _registry(
    Question("supersession_chain", (POLICY,), py.supersession_chain, ChainLink),
    Question("policy_status", (POLICY, DATE), py.policy_status, PolicyStatus),
    Question("policies_in_force", (DATE, REGION, SECTOR, Param("include_unknown", "bool", help="also policies whose "
                                                               "status is unknown for want of a date"),
                                   TEXT, *page_params("policies")),
             py.policies_in_force, PolicyInForce),
    Question("policy_list", (REGION, SECTOR, TEXT,
                             Param("include_stubs", "bool", help="also stubs: policies only cited, never loaded"),
                             *page_params("policies")),
             py.policy_list, PolicyListItem),
    Question("agency_measures", (Param("agency", required=True, help="part of an agency's name, e.g. 科学技术局"),
                                 Param("limit", "int", help="at most this many agency names (a page); null: all"),
                                 Param("offset", "int", help="skip this many agency names first; null: none")),
             py.agency_measures, AgencyMeasure),
    Question("department_map", (REGION,), py.department_map, DepartmentRow),
    Question("region_measures", (Param("region", required=True, help=REGION.help),), py.region_measures,
             RegionMeasure),
    Question("funding_matches", (Param("source", help="part of a higher-level source's name, e.g. 算力券"),
                                 Param("limit", "int", help="at most this many rows (a page); null: all"),
                                 Param("offset", "int", help="skip this many rows first; null: none")),
             py.funding_matches, FundingMatch),
    Question("sector_comparison", (Param("sector", required=True, help=SECTOR.help),
                                   Param("regions", "texts", help="parts of region names, e.g. [\"长春\", \"通州\"]: "
                                         "measures of a region whose name contains one of them; null: every region"),
                                   Param("limit", "int", help="at most this many rows (a page); null: all"),
                                   Param("offset", "int", help="skip this many rows first; null: none")),
             py.sector_comparison, SectorMeasure),
    Question("sector_policies", (Param("sector", required=True, help=SECTOR.help),), py.sector_policies,
             SectorPolicy),
    Question("policy_measures", (POLICY,), py.policy_measures, PolicyMeasure),
    Question("overlap_clusters", (REGION, SECTOR, Param("cluster", help="one group's id, e.g. ovl_0a1b2c3d4e"),
                                  Param("limit", "int", help="at most this many groups (a page); null: all"),
                                  Param("offset", "int", help="skip this many groups first; null: none")),
             oq.overlap_clusters, OverlapCluster),
    Question("overlap_pairs", (Param("cluster", required=True, help="one group's id, e.g. ovl_0a1b2c3d4e"),),
             oq.overlap_pairs, OverlapPair),
    Question("measure_overlaps", (Param("measure", required=True, help="measure id"),), oq.measure_overlaps,
             MeasureOverlap),
    Question("measures_for_title", (Param("title", required=True, help="a title as held, e.g. 专精特新小巨人"),
                                    Param("region", required=True, help="a region name in the graph, e.g. 长春新区")),
             py.measures_for_title, MeasureForTitle),
)

PYTHON_QUESTIONS: dict[str, Callable[..., list[dict]]] = {n: q.answer for n, q in QUESTIONS.items()}


def question(name: str) -> Question:
    try:
        return QUESTIONS[name]
    except KeyError:
        raise NotFoundError(f"no named query {name!r}; known: {', '.join(sorted(QUESTIONS))}") from None


def params_markdown(q: Question) -> str:
    """The README table's parameters cell for a question (tests/graph/test_contracts.py)."""
    def one(p: Param) -> str:
        kind = "required" if p.required else f"default {str(p.default).lower()}"
        return f"`${p.name}` ({p.type}, {kind})"
    return ", ".join(one(p) for p in q.params) or "none"
