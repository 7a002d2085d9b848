"""The commands that read files without a store: extract (records, a review page) and eval
(scores against hand annotations). Registered on the app in api/cli.py."""
from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Annotated, Optional

import typer

from .cli_options import JsonOpt, PathsArg, WorkersOpt
from .cli_output import emit, handles_errors, out, report_errors
from .files import error_counts, expand_paths, extract_paths, read_file, summary_line


@handles_errors
def extract(
    paths: PathsArg,
    as_json: JsonOpt = False,
    html: Annotated[Optional[Path], typer.Option("--html", help="Also write a displaCy view of the spans found.")] = None,
    workers: WorkersOpt = None,
) -> None:
    """Extract policies, measures and their facts from documents, without storing anything.

    Example: policykg extract seed/ --json > extracted.json
    """
    files = expand_paths(paths)
    result = extract_paths(files, workers=workers)
    summary = summary_line(len(files), len(result.documents), result.errors)
    if html is not None:
        from extraction.pipeline import default_nlp
        from extraction.review import review_html

        bad = {e.path for e in result.errors}
        texts = [(str(p), read_file(p)[1].text) for p in files if str(p) not in bad]
        html.write_text(review_html(texts, default_nlp()), encoding="utf-8")
        typer.echo(f"wrote {html}", err=True)
    if as_json:
        payload = {**result.model_dump(mode="json"),
                   "summary": {"files": len(files), "documents": len(result.documents), "errors": len(result.errors),
                               **error_counts(result.errors)}}
        sys.stdout.write(json.dumps(payload, ensure_ascii=False, indent=1) + "\n")
        typer.echo(summary, err=True)
    else:
        rows = []
        for d in result.documents:
            ms = [m for p in d.policies for m in p.measures]
            rows.append({"file": d.path, "layout": d.layout, "policies": len(d.policies), "measures": len(ms),
                         "amounts": sum(len(m.amounts) for m in ms),
                         "funding matches": sum(len(m.funding_matches) for m in ms)})
        emit(rows, False, "extracted", ["file", "layout", "policies", "measures", "amounts", "funding matches"])
        out.print(summary)
    report_errors(result.errors)
    if result.errors:
        raise typer.Exit(1)


@handles_errors
def eval_(
    gold_dir: Annotated[Path, typer.Argument(help="Directory of NAME.txt + NAME.gold.json (the devset format).")],
    as_json: JsonOpt = False,
    strict: Annotated[bool, typer.Option("--strict", help="Exit 1 when a field is below its bar.")] = False,
) -> None:
    """Score the pipeline on a gold directory: per-field precision/recall/F1, per-case measures, macro average.

    Example: policykg eval ../shared/devset/cases
    """
    from extraction.evaluation import BARS, score

    golds = sorted(gold_dir.glob("*.gold.json"))
    if not golds:
        typer.echo(f"error: {gold_dir}: no NAME.gold.json files (the devset format: NAME.txt + NAME.gold.json)", err=True)
        raise typer.Exit(2)
    texts = [gold_dir / (g.name[: -len(".gold.json")] + ".txt") for g in golds]
    result = extract_paths([t for t in texts if t.exists()])
    documents = {Path(d.path).stem: d.model_dump(mode="json") for d in result.documents}
    gold = {g.name[: -len(".gold.json")]: (json.loads(g.read_text(encoding="utf-8")),
                                           len(t.read_text(encoding="utf-8")) if t.exists() else 0)
            for g, t in zip(golds, texts)}
    report = score(documents, gold)
    if as_json:
        sys.stdout.write(json.dumps(report.as_dict(), ensure_ascii=False, indent=1) + "\n")
    else:
        rows = [{"case": name, "tp": c.tp, "fp": c.fp, "fn": c.fn, "F1": f"{c.prf()[2]:.2f}"} for name, c in report.cases]
        emit(rows, False, "measures per case", ["case", "tp", "fp", "fn", "F1"])
        rows = []
        for k, c in report.fields.items():
            p, r, f = c.prf()
            rows.append({"field": k, "precision": f"{p:.3f}", "recall": f"{r:.3f}", "F1": f"{f:.3f}",
                         "tp": c.tp, "fp": c.fp, "fn": c.fn, "bar": BARS.get(k, "")})
        emit(rows, False, f"{len(report.cases)} cases; measures macro-F1 {report.macro_measures_f1:.3f}",
             ["field", "precision", "recall", "F1", "tp", "fp", "fn", "bar"])
    report_errors(result.errors)
    if result.errors or (strict and report.failed()):
        raise typer.Exit(1)
