"""policykg command line (Typer + rich): a thin layer over api/service.py and the stores.

Human tables by default, --json for machines, a non-zero exit on any error.
"""
from __future__ import annotations

import datetime as dt
import json
import logging
import os
import sys
from pathlib import Path
from typing import Annotated, Any, Optional

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn

from graph.contracts import QUESTIONS, question

from . import service
from .cli_extract import eval_, extract
from .cli_match import match
from .cli_spark import load_overlaps, load_records, spark_extract, spark_overlaps
from .cli_options import BatchOpt, DataDirOpt, DateOpt, JsonOpt, PathsArg, PolicyArg, StoreOpt, WorkersOpt
from .cli_output import emit, handles_errors, out, report_errors
from .files import expand_paths, summary_line
from .settings import Settings


app = typer.Typer(help="policykg: Chinese industrial-policy documents as a knowledge graph.", no_args_is_help=True,
                  pretty_exceptions_enable=False, add_completion=False)


@app.callback()
def main(verbose: Annotated[bool, typer.Option("--verbose", "-v", help="Log debug details to stderr.")] = False) -> None:
    logging.basicConfig(level=logging.DEBUG if verbose else logging.WARNING, stream=sys.stderr,
                        format="%(levelname)s %(name)s: %(message)s")


def _store(store: str | None, data_dir: Path | None):
    settings = Settings()
    if data_dir is not None:
        settings.data_dir = data_dir
    return service.open_store(settings, store)


def _date(value: str | None) -> str | None:
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value).isoformat()
    except ValueError:
        raise typer.BadParameter(f"{value!r} is not a date YYYY-MM-DD") from None


app.command()(extract)
app.command(name="eval")(eval_)
app.command()(match)
app.command("spark-extract")(spark_extract)
app.command("load-records")(load_records)
app.command("spark-overlaps")(spark_overlaps)
app.command("load-overlaps")(load_overlaps)


@app.command()
@handles_errors
def ingest(paths: PathsArg, store: StoreOpt = None, data_dir: DataDirOpt = None, as_json: JsonOpt = False,
           workers: WorkersOpt = None, batch: BatchOpt = None) -> None:
    """Extract documents and load them into the graph (re-loading an unchanged file changes nothing).

    Example: policykg ingest seed/ --store neo4j --workers 2
    """
    target = _store(store, data_dir)
    files = expand_paths(paths)
    with Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), console=Console(stderr=True),
                  disable=as_json or not sys.stderr.isatty()) as progress:
        task = progress.add_task(f"ingesting into {target.name}", total=len(files))
        report = service.ingest_paths(target, [str(f) for f in files], lambda _: progress.advance(task),
                                      workers=workers, batch=batch)
    if as_json:
        sys.stdout.write(json.dumps(report.as_dict(), ensure_ascii=False, indent=1) + "\n")
    else:
        emit([d.__dict__ for d in report.documents], False, f"ingested into {target.name}",
              ["document", "status", "policies", "measures"])
        t = report.as_dict()["totals"]
        line = summary_line(len(files), t["documents"], report.errors, f", {t['policies']} policies, "
                                                                       f"{t['measures']} measures")
        out.print(line + (f"; {t['skipped']} skipped (no recognisable policy)" if t["skipped"] else ""))
    report_errors(report.skipped, "warning")
    report_errors(report.errors)
    target.close()
    if report.errors:
        raise typer.Exit(1)


@app.command()
@handles_errors
def chain(policy: PolicyArg, store: StoreOpt = None, data_dir: DataDirOpt = None, as_json: JsonOpt = False) -> None:
    """Supersession chain of a policy: what replaced what, both directions, with dates.

    Example: policykg chain 通经信局〔2024〕136号
    """
    target = _store(store, data_dir)
    p = service.resolve_policy(target, policy)
    rows = target.query("supersession_chain", {"policy": p["id"]})
    emit(rows, as_json, f"supersession chain of {p.get('title')}",
          ["newer_title", "newer_effective_from", "older_title", "older_doc_number", "older_expires_on"])


@app.command()
@handles_errors
def show(policy: PolicyArg, on: DateOpt = None, store: StoreOpt = None, data_dir: DataDirOpt = None,
         as_json: JsonOpt = False) -> None:
    """One policy: its facts, its status on a date and its measures.

    Example: policykg show 长春新区支持数字经济 --on 2026-01-01
    """
    target = _store(store, data_dir)
    p = service.resolve_policy(target, policy)
    detail = service.policy_detail(target, p["id"], _date(on) or dt.date.today().isoformat())
    if as_json:
        sys.stdout.write(json.dumps(detail, ensure_ascii=False, indent=1) + "\n")
        return
    s = detail["status"]
    out.print(f"[bold]{detail.get('title')}[/bold]  {detail.get('doc_number') or ''}")
    out.print(f"region {detail.get('region') or '-'}; effective {detail.get('effective_from') or '-'}; "
              f"expires {detail.get('expires_on') or '-'}; status on {s['date']} [bold]{s['status']}[/bold]"
              + (f" ({s['certainty']})" if s["status"] != "unknown" else "") + f": {s['reason']}"
              + (f"; by {', '.join(s['superseded_by'])}" if s["superseded_by"] else ""))
    emit([{"path": m["path"], "heading": m["heading"], "agencies": [a["name"] for a in m["agencies"]],
            "amounts": [a["text"] for a in m["amounts"]]} for m in detail["measures"]], False, "measures",
          ["path", "heading", "agencies", "amounts"])


@app.command("in-force")
@handles_errors
def in_force(on: DateOpt = None, region: Annotated[Optional[str], typer.Option(help="Part of a region name.")] = None,
             sector: Annotated[Optional[str], typer.Option(help="A sector name, e.g. 人工智能.")] = None,
             include_unknown: Annotated[bool, typer.Option(
                 "--include-unknown", help="Also list policies whose status on the date is unknown (a date missing).")
             ] = False,
             store: StoreOpt = None, data_dir: DataDirOpt = None, as_json: JsonOpt = False) -> None:
    """Policies known to be in force on a date, by region and sector; with --include-unknown also
    those whose dates do not tell (status unknown, with the reason).

    Example: policykg in-force --on 2026-01-01 --region 杭州 --sector 人工智能
    """
    target = _store(store, data_dir)
    params = {"date": _date(on), "region": region, "sector": sector}
    rows = target.query("policies_in_force", {**params, "include_unknown": True})
    shown = rows if include_unknown else [r for r in rows if r["status"] == "in_force"]
    emit(shown, as_json, f"in force on {_date(on) or 'today'}",
         ["id", "title", "region", "effective_from", "expires_on", "status", "reason"])
    hidden = len(rows) - len(shown)
    if hidden and not as_json:
        out.print(f"{hidden} more with status unknown on this date (a date they need is not known): "
                  "--include-unknown lists them")


@app.command()
@handles_errors
def departments(region: Annotated[Optional[str], typer.Option(help="Part of a region name.")] = None,
                store: StoreOpt = None, data_dir: DataDirOpt = None, as_json: JsonOpt = False) -> None:
    """Department map: responsible agencies, their measures and co-responsible agencies.

    Example: policykg departments --region 长春新区
    """
    rows = _store(store, data_dir).query("department_map", {"region": region})
    emit(rows, as_json, f"department map {region or ''}", ["agency", "measure_count", "co_agencies", "measures"])


def _without_total(rows: list[dict]) -> list[dict]:
    """A whole answer's rows without `total` (each row of a question that takes a page carries it)."""
    return [{k: v for k, v in r.items() if k != "total"} for r in rows]


@app.command("funding-matches")
@handles_errors
def funding_matches(source: Annotated[Optional[str], typer.Option(help="Part of a source name, e.g. 算力券.")] = None,
                    store: StoreOpt = None, data_dir: DataDirOpt = None, as_json: JsonOpt = False) -> None:
    """District measures that match higher-level money (1:0.5, 配套, share of city support).

    Example: policykg funding-matches --source 市级
    """
    rows = _without_total(_store(store, data_dir).query("funding_matches", {"source": source}))
    emit(rows, as_json, "funding matches", ["source", "level", "region", "policy_title", "measure_path", "ratio", "cap_yuan"])


@app.command()
@handles_errors
def compare(sector: Annotated[str, typer.Argument(help="A sector name, e.g. 人工智能.")],
            region: Annotated[Optional[list[str]], typer.Option("--region", help="Part of a region name; repeatable.")] = None,
            store: StoreOpt = None, data_dir: DataDirOpt = None, as_json: JsonOpt = False) -> None:
    """One sector's measures across regions: caps, shares and matching ratios side by side.

    Example: policykg compare 人工智能 --region 长春 --region 杭州 --region 通州
    """
    rows = _without_total(service.sector_comparison(_store(store, data_dir), sector, region))
    emit(rows, as_json, f"{sector} across regions",
          ["region", "policy_title", "measure_path", "heading", "max_cap_yuan", "shares", "ratios"])


@app.command()
@handles_errors
def overlaps(region: Annotated[Optional[str], typer.Option(help="Part of a region name.")] = None,
             sector: Annotated[Optional[str], typer.Option(help="A sector name, e.g. 算力.")] = None,
             full: Annotated[bool, typer.Option("--full", help="First derive every overlap again from all "
                                                "measures (an ingest updates only the new documents' overlaps).")] = False,
             store: StoreOpt = None, data_dir: DataDirOpt = None, as_json: JsonOpt = False) -> None:
    """Overlap groups: measures of different policies that fund the same kind of thing for the same object.

    Example: policykg overlaps --sector 算力
    """
    target = _store(store, data_dir)
    if full:
        pairs = target.recompute_overlaps(full=True)
        if not as_json:
            out.print(f"overlaps derived again from every measure: {pairs} pairs")
    rows = target.query("overlap_clusters", {"region": region, "sector": sector})
    if as_json:
        emit(rows, True, "", [])
        return
    for r in rows:
        out.print(f"[bold]{r['cluster']}[/bold]: {r['size']} measures in {r['policies']} policies, regions "
                  f"{'、'.join(r['regions'])}; {r['non_cumulative_pairs']} of {r['pairs']} pairs must choose (从优不重复)")
        out.print(f"  shared: {'、'.join(r['kinds']) or '-'} for {'、'.join(r['objects']) or '-'}")
        emit(r["members"], False, "", ["region", "policy_title", "path", "heading", "max_cap_yuan"])
    if not rows:
        out.print("(no overlap clusters)")


QUERY_HELP = "One of " + "; ".join(q.usage() for q in QUESTIONS.values()) + "."


@app.command()
@handles_errors
def query(name: Annotated[str, typer.Argument(help=QUERY_HELP, metavar="NAME")],
          param: Annotated[Optional[list[str]], typer.Option("--param", "-p", help="k=v, repeatable.")] = None,
          graphml_file: Annotated[Optional[Path], typer.Option("--graphml", help="Also write the rows as GraphML.")] = None,
          store: StoreOpt = None, data_dir: DataDirOpt = None, as_json: JsonOpt = False) -> None:
    """Run a named query with parameters (rows as a table, JSON or GraphML). NAME's parameters
    are listed below; name=default ones are optional (none: no filter); dates are YYYY-MM-DD.

    Example: policykg query funding_matches --param source=算力券 --graphml matches.graphml
    """
    q = question(name)
    params: dict[str, Any] = {p: None for p in q.param_names}
    for item in param or []:
        key, sep, value = item.partition("=")
        if not sep or key not in q.param_names:
            raise typer.BadParameter(f"{item!r}: {name} takes {', '.join(q.param_names) or 'no parameters'} as k=v")
        params[key] = value
    rows = _store(store, data_dir).query(name, params)
    if graphml_file is not None:
        from graph.export import rows_graphml

        graphml_file.write_text(rows_graphml(rows, name), encoding="utf-8")
        typer.echo(f"wrote {graphml_file} ({len(rows)} rows)", err=True)
    emit(rows, as_json, q.title, list(rows[0]) if rows else ["(empty)"])


@app.command()
@handles_errors
def export(fmt: Annotated[str, typer.Option("--format", help="graphml or json")] = "json",
           output: Annotated[Optional[Path], typer.Option("--output", "-o", help="File to write (default stdout).")] = None,
           store: StoreOpt = None, data_dir: DataDirOpt = None) -> None:
    """Export the whole graph as GraphML (Gephi, yEd) or JSON.

    Example: policykg export --format graphml -o policykg.graphml
    """
    from graph.export import as_json as to_json, graphml

    if fmt not in ("graphml", "json"):
        raise typer.BadParameter("--format is graphml or json")
    data = _store(store, data_dir).export()
    text = graphml(data) if fmt == "graphml" else to_json(data)
    if output:
        output.write_text(text, encoding="utf-8")
        typer.echo(f"wrote {output} ({len(data['nodes'])} nodes, {len(data['relationships'])} relationships)", err=True)
    else:
        sys.stdout.write(text + "\n")


@app.command()
@handles_errors
def serve(host: str = "127.0.0.1", port: int = 8000, store: StoreOpt = None, data_dir: DataDirOpt = None,
          workers: Annotated[Optional[int], typer.Option(
              "--workers", min=1, help="Worker processes (default: the number of cores).")] = None) -> None:
    """Serve the HTTP API (OpenAPI docs at /docs) with one worker process per core.

    Example: policykg serve --port 8000 --workers 2
    """
    import uvicorn

    settings = Settings()
    if store:
        settings.store = store
    if data_dir:
        settings.data_dir = data_dir.resolve()
    workers = workers or default_workers()
    opened = service.open_store(settings)  # fail now, with the reason, rather than on the first request
    warm = getattr(opened, "warm_plans", None)  # Neo4j: plan the API's reads now, not on first requests
    if warm is not None:
        plans, seconds = warm()
        typer.echo(f"planned {plans} reads in {seconds:.1f} s", err=True)
    base = f"http://{host}:{port}"
    typer.echo(f"policykg API on {base}  (docs {base}/docs, health {base}/health, store {settings.store}, "
               f"{workers} worker{'s' if workers > 1 else ''})", err=True)
    if workers == 1:  # one process: the app answers from the store just opened (the graph loaded once)
        from .app import create_app

        uvicorn.run(create_app(settings, opened), host=host, port=port, log_level="warning", access_log=False)
        return
    opened.close()
    # every worker builds its own app from the environment (api.app:app_from_env): pass the options on
    os.environ["POLICYKG_STORE"] = settings.store
    os.environ["POLICYKG_DATA_DIR"] = str(settings.data_dir)
    uvicorn.run("api.app:app_from_env", factory=True, host=host, port=port, workers=workers,
                log_level="warning", access_log=False)


def default_workers() -> int:
    """One worker per core this process may run on."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not Linux
        return os.cpu_count() or 1


if __name__ == "__main__":
    app()
