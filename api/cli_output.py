"""How the CLI speaks: tables or JSON on stdout, one-line errors on stderr with exit 1."""
from __future__ import annotations

import functools
import json
import sys
from typing import Any, Callable

import typer
from rich.console import Console
from rich.table import Table

from extraction.errors import AmbiguousError, PolicyKGError

out = Console(width=None if sys.stdout.isatty() else 160)


def handles_errors(fn: Callable) -> Callable:
    """Turn PolicyKGError into a one-line message on stderr and exit 1 (ambiguity lists candidates)."""

    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        try:
            return fn(*args, **kwargs)
        except AmbiguousError as exc:
            typer.echo(f"error: {exc}", err=True)
            for c in exc.candidates:
                typer.echo(f"  {c['id']}  {c.get('doc_number') or '-'}  {c.get('title')}  ({c.get('region') or '-'})",
                           err=True)
            raise typer.Exit(1)
        except PolicyKGError as exc:
            typer.echo(f"error: {exc}", err=True)
            raise typer.Exit(1)

    return wrapper


def report_errors(errors, level: str = "error") -> None:
    """One line on stderr per failed input, `LEVEL: PATH: PROBLEM` (each command decides its exit)."""
    for e in errors:
        typer.echo(f"{level}: {e.path}: {e.error}", err=True)


def emit(rows: list[dict], as_json: bool, title: str, columns: list[str]) -> None:
    if as_json:
        sys.stdout.write(json.dumps(rows, ensure_ascii=False, indent=1) + "\n")
        return
    table = Table(title=title)
    for c in columns:
        table.add_column(c, overflow="fold")
    for r in rows:
        table.add_row(*[cell(r.get(c)) for c in columns])
    out.print(table)
    if not rows:
        out.print("(no rows)")


def cell(v: Any) -> str:
    if v is None:
        return "-"
    if isinstance(v, float):
        return f"{v:,.0f}" if v >= 1000 else f"{v:g}"
    if isinstance(v, list):
        return "\n".join(cell(x) for x in v) if v and isinstance(v[0], str) else ", ".join(cell(x) for x in v)
    return str(v)
