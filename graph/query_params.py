"""Parameters of the named queries, checked the same way for both stores before any query runs.

Every parameter is text (`date` an ISO date YYYY-MM-DD) except the yes/no ones
(`include_unknown`: true/false, or the text "true"/"false"; missing means false); a parameter
the Python answer takes without a default is required. Anything else is an InputError (HTTP
422) naming the parameter, so a bad value never reaches networkx as a TypeError (500) nor
Neo4j as a silent empty answer.
"""
from __future__ import annotations

import datetime as dt
import inspect
from functools import lru_cache

from extraction.errors import InputError

from .cypher_files import get_query
from .questions import PYTHON_QUESTIONS, today

MAX_PARAM_CHARS = 200
DATE_PARAMS = ("date",)
BOOL_PARAMS = ("include_unknown",)
_BOOL_TEXT = {"true": True, "false": False}


@lru_cache(maxsize=None)
def required_params(name: str) -> frozenset[str]:
    sig = inspect.signature(PYTHON_QUESTIONS[name])
    return frozenset(p.name for p in list(sig.parameters.values())[1:] if p.default is inspect.Parameter.empty)


def checked_params(name: str, params: dict) -> dict:
    """The parameters of query `name` with every one present (missing optional ones None, a
    missing date today), or InputError naming what is wrong."""
    q = get_query(name)  # NotFoundError for an unknown query
    unknown = sorted(set(params) - set(q.params))
    if unknown:
        raise InputError(f"query {name!r} takes {list(q.params)}; unknown parameter(s) {unknown}")
    out = {}
    for p in q.params:
        value = params.get(p)
        if value is None:
            if p in required_params(name):
                raise InputError(f"query {name!r} needs parameter {p!r}")
            out[p] = today() if p in DATE_PARAMS else False if p in BOOL_PARAMS else None
            continue
        if p in BOOL_PARAMS:
            if isinstance(value, str) and value.strip().lower() in _BOOL_TEXT:
                value = _BOOL_TEXT[value.strip().lower()]
            if not isinstance(value, bool):
                raise InputError(f"parameter {p!r} of {name!r} must be true or false, not {value!r}")
            out[p] = value
            continue
        if not isinstance(value, str):
            raise InputError(f"parameter {p!r} of {name!r} must be text, not {type(value).__name__} ({value!r})")
        if not value.strip() or len(value) > MAX_PARAM_CHARS:
            raise InputError(f"parameter {p!r} of {name!r} must be 1 to {MAX_PARAM_CHARS} characters")
        if p in DATE_PARAMS:
            try:
                value = dt.date.fromisoformat(value).isoformat()
            except ValueError:
                raise InputError(f"parameter {p!r} of {name!r} is not a date YYYY-MM-DD: {value!r}") from None
        out[p] = value
    return out
