"""policykg command line (Typer + rich): a thin layer over extraction, the stores and queries."""
from __future__ import annotations

import json
import logging
import sys
from pathlib import Path
from typing import Annotated, Optional

import typer
from rich.console import Console
from rich.table import Table

from .files import expand_paths, extract_paths

app = typer.Typer(help="policykg: Chinese industrial-policy documents as a knowledge graph.", no_args_is_help=True,
                  pretty_exceptions_enable=False)
out = Console()
err = Console(stderr=True)

PathsArg = Annotated[list[Path], typer.Argument(help="Files (.txt, .docx) or directories of them.")]
JsonOpt = Annotated[bool, typer.Option("--json", help="Print JSON for machines instead of tables.")]


@app.callback()
def main(verbose: Annotated[bool, typer.Option("--verbose", "-v", help="Log debug details to stderr.")] = False) -> None:
    logging.basicConfig(level=logging.DEBUG if verbose else logging.WARNING, stream=sys.stderr,
                        format="%(levelname)s %(name)s: %(message)s")


@app.command()
def extract(
    paths: PathsArg,
    as_json: JsonOpt = False,
    html: Annotated[Optional[Path], typer.Option("--html", help="Also write a displaCy view of the spans found.")] = None,
) -> None:
    """Extract policies, measures and their facts from documents, without storing anything.

    Example: policykg extract seed/ --json > extracted.json
    """
    result = extract_paths(paths)
    if html is not None:
        from extraction.pipeline import default_nlp
        from extraction.review import review_html
        from extraction.decoding import decode_bytes

        texts = []
        for p in expand_paths(paths):
            if any(e.path == str(p) for e in result.errors):
                continue
            texts.append((str(p), decode_bytes(p.read_bytes(), str(p)).text))
        html.write_text(review_html(texts, default_nlp()), encoding="utf-8")
        err.print(f"wrote {html}")
    if as_json:
        payload = result.model_dump(mode="json")
        sys.stdout.write(json.dumps(payload, ensure_ascii=False, indent=1) + "\n")
    else:
        table = Table(title="extracted")
        for col in ("file", "layout", "policies", "measures", "amounts", "funding matches"):
            table.add_column(col)
        for d in result.documents:
            ms = [m for p in d.policies for m in p.measures]
            table.add_row(d.path, d.layout, str(len(d.policies)), str(len(ms)),
                          str(sum(len(m.amounts) for m in ms)), str(sum(len(m.funding_matches) for m in ms)))
        out.print(table)
    for e in result.errors:
        typer.echo(f"error: {e.path}: {e.error}", err=True)
    if result.errors:
        raise typer.Exit(1)


if __name__ == "__main__":
    app()
