"""Parameters of the named queries, checked the same way for both stores before any query runs,
from the types each question declares in graph/contracts.py.

`text` is 1 to 200 characters, `texts` a list of 1 to 20 such texts (a text alone: a list of
one; missing: null), `date` an ISO date YYYY-MM-DD (missing: today), `bool` true/false or the
text "true"/"false" (missing: false), `int` a whole number 0 to 1,000,000 or its digits as text
(missing: null); a required parameter must be given.
Anything else is an InputError (HTTP 422) naming the parameter, so a bad value never reaches
networkx as a TypeError (500) nor Neo4j as a silent empty answer.
"""
from __future__ import annotations

import datetime as dt

from extraction.errors import InputError

from .contracts import question
from .questions import today

MAX_PARAM_CHARS = 200
MAX_PARAM_INT = 1_000_000
MAX_PARAM_TEXTS = 20
_BOOL_TEXT = {"true": True, "false": False}


def checked_params(name: str, params: dict) -> dict:
    """The parameters of query `name` with every one present (missing optional ones None, a
    missing date today, a missing bool false), or InputError naming what is wrong."""
    q = question(name)  # NotFoundError for an unknown query
    unknown = sorted(set(params) - set(q.param_names))
    if unknown:
        raise InputError(f"query {name!r} takes {list(q.param_names)}; unknown parameter(s) {unknown}")
    out = {}
    for spec in q.params:
        p, value = spec.name, params.get(spec.name)
        if value is None:
            if spec.required:
                raise InputError(f"query {name!r} needs parameter {p!r}")
            out[p] = today() if spec.type == "date" else False if spec.type == "bool" else None
            continue
        if spec.type == "bool":
            if isinstance(value, str) and value.strip().lower() in _BOOL_TEXT:
                value = _BOOL_TEXT[value.strip().lower()]
            if not isinstance(value, bool):
                raise InputError(f"parameter {p!r} of {name!r} must be true or false, not {value!r}")
            out[p] = value
            continue
        if spec.type == "int":
            if isinstance(value, str) and value.strip().isascii() and value.strip().isdigit():
                value = int(value.strip())
            if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= MAX_PARAM_INT:
                raise InputError(f"parameter {p!r} of {name!r} must be a whole number 0 to {MAX_PARAM_INT}, not {value!r}")
            out[p] = value
            continue
        if spec.type == "texts":
            items = [value] if isinstance(value, str) else value
            if not isinstance(items, (list, tuple)) or not 1 <= len(items) <= MAX_PARAM_TEXTS:
                raise InputError(f"parameter {p!r} of {name!r} must be a list of 1 to {MAX_PARAM_TEXTS} texts, "
                                 f"not {value!r}")
            out[p] = [_text(name, p, item) for item in items]
            continue
        value = _text(name, p, value)
        if spec.type == "date":
            try:
                value = dt.date.fromisoformat(value).isoformat()
            except ValueError:
                raise InputError(f"parameter {p!r} of {name!r} is not a date YYYY-MM-DD: {value!r}") from None
        out[p] = value
    return out


def _text(name: str, p: str, value) -> str:
    """`value` if it is a text of 1 to MAX_PARAM_CHARS characters, else InputError."""
    if not isinstance(value, str):
        raise InputError(f"parameter {p!r} of {name!r} must be text, not {type(value).__name__} ({value!r})")
    if not value.strip() or len(value) > MAX_PARAM_CHARS:
        raise InputError(f"parameter {p!r} of {name!r} must be 1 to {MAX_PARAM_CHARS} characters")
    return value
