"""The commands for runs beyond one process: spark-extract (extraction as a Spark job, see
api/spark_job.py), load-records (its JSON lines into a store), spark-overlaps (the overlaps of
those records as a Spark job, api/spark_overlaps.py) and load-overlaps (its rows into a store,
graph/overlap_writer.py). Registered in api/cli.py."""
from __future__ import annotations

import json
import sys
from collections import Counter
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Callable, Iterable, Iterator, Optional

import typer

from extraction.errors import InputError
from extraction.records import Document, ExtractionError
from graph.store import GraphStore

from .cli_options import BatchOpt, DataDirOpt, JsonOpt, StoreOpt
from .cli_output import handles_errors, out, report_errors
from .files import summary_line

if TYPE_CHECKING:
    from pyspark.sql import SparkSession


@contextmanager
def _spark(master: str, app_name: str) -> Iterator["SparkSession"]:
    """A Spark session for one command: the active one if there is one (a test's, a notebook's),
    else a new one, stopped at the end."""
    try:
        from pyspark.sql import SparkSession
    except ImportError:
        raise InputError("PySpark is not installed: pip install 'policykg[spark]'") from None
    from .spark_job import spark_session

    owned = SparkSession.getActiveSession() is None
    spark = spark_session(master, app_name)
    try:
        yield spark
    finally:
        if owned:
            spark.stop()


@handles_errors
def spark_extract(
    input_: Annotated[str, typer.Argument(metavar="INPUT", help="A directory of documents (or a file), local or any "
                                                                 "URI Spark reads (hdfs://, s3a://).")],
    output: Annotated[str, typer.Argument(help="Directory Spark writes the JSON-lines part files into.")],
    master: Annotated[str, typer.Option(help="Spark master: local[*], local[2], spark://host:7077, yarn.")] = "local[*]",
    partitions: Annotated[Optional[int], typer.Option(min=1, help="Spread the files over N tasks first.")] = None,
    overwrite: Annotated[bool, typer.Option("--overwrite", help="Replace OUTPUT if it exists.")] = False,
    as_json: JsonOpt = False,
) -> None:
    """Extract documents with Spark: one JSON line per file (a document's records or its error).

    Example: policykg spark-extract seed/ records/ --master 'local[2]'
    """
    from .spark_job import extract_to_jsonl

    with _spark(master, "policykg spark-extract") as spark:
        run = extract_to_jsonl(spark, [input_], output, partitions, overwrite)
    if as_json:
        sys.stdout.write(json.dumps({"output": output, "files": run.files, "documents": run.documents,
                                     "errors": run.errors, **run.kinds()}, ensure_ascii=False, indent=1) + "\n")
    else:
        out.print(f"wrote {output}: " + summary_line(run.files, run.documents, [], counts=run.kinds()))
    report_errors(run.sample)
    if run.errors > len(run.sample):
        typer.echo(f"... and {run.errors - len(run.sample)} more error rows in {output}", err=True)
    if run.errors or not run.files:
        raise typer.Exit(1)


def load_lines(store: GraphStore, lines: Iterable[dict], on_line: Callable[[], None] | None = None,
               batch: int | None = None, overlaps: bool = True):
    """Each line of spark-extract (or `extract --json` documents) into the store, `batch`
    documents per Neo4j transaction (default POLICYKG_LOAD_BATCH; each document still all or
    nothing: a document the store refuses is an error naming it, the others land); error lines
    are reported, not stored; then the overlaps derived again in this process unless `overlaps`
    is False (they stay stale until load-overlaps writes them). Returns the IngestReport."""
    from . import service
    from .settings import Settings

    report = service.IngestReport()
    with service.Batches(report, store, batch or Settings().load_batch) as pending:
        for n, obj in enumerate(lines, 1):
            if "error" in obj:
                report.errors.append(ExtractionError.model_validate(obj))
            else:
                try:
                    doc = Document.model_validate(obj)
                except ValueError as exc:
                    raise InputError(f"line {n} is not a document record: {str(exc).splitlines()[0]}",
                                     path=str(obj.get("path"))) from None
                pending.add(doc)
            if on_line:
                on_line()
    if overlaps and store.overlaps_stale():
        report.overlaps = store.recompute_overlaps()
    return report


@handles_errors
def load_records(
    records: Annotated[list[Path], typer.Argument(help="spark-extract output directories or .jsonl files.")],
    store: StoreOpt = None, data_dir: DataDirOpt = None, as_json: JsonOpt = False, batch: BatchOpt = None,
    no_overlaps: Annotated[bool, typer.Option("--no-overlaps", help="Leave the overlaps stale (spark-overlaps and "
                                                                    "load-overlaps derive and write them).")] = False,
) -> None:
    """Load extracted records (JSON lines) into the graph, many documents per Neo4j transaction,
    each all or nothing; loading again changes nothing, so a run that failed half-way is resumed
    by running it again (documents already stored are skipped).

    Example: policykg load-records records/ --store neo4j
    """
    from .cli import _store
    from .spark_job import read_jsonl

    for path in records:
        if not path.exists():
            raise InputError("no such file or directory", path=str(path))
    target = _store(store, data_dir)
    try:
        report = load_lines(target, read_jsonl(records), batch=batch, overlaps=not no_overlaps)
    finally:
        target.close()
    if as_json:
        sys.stdout.write(json.dumps(report.as_dict(), ensure_ascii=False, indent=1) + "\n")
    else:
        statuses = Counter(d.status for d in report.documents)
        kinds = ", ".join(f"{n} {s}" for s, n in sorted(statuses.items()))
        refused = sum(getattr(e, "code", "") == "not_stored" for e in report.errors)
        out.print(f"loaded into {target.name}: {len(report.documents)} documents ({kinds or 'none'}), "
                  f"{report.policies} policies, {report.measures} measures; {len(report.errors) - refused} error lines"
                  + (f"; {refused} not stored" if refused else "")
                  + (f"; {len(report.skipped)} skipped (no recognisable policy)" if report.skipped else ""))
    report_errors(report.errors)
    if report.errors:
        raise typer.Exit(1)


@handles_errors
def spark_overlaps(
    records: Annotated[str, typer.Argument(help="spark-extract's output (a directory of part files or a .jsonl "
                                                "file), local or any URI Spark reads.")],
    output: Annotated[str, typer.Argument(help="Directory Spark writes the overlap rows into (JSON lines).")],
    master: Annotated[str, typer.Option(help="Spark master: local[*], local[2], spark://host:7077, yarn.")] = "local[*]",
    overwrite: Annotated[bool, typer.Option("--overwrite", help="Replace OUTPUT if it exists.")] = False,
    as_json: JsonOpt = False,
) -> None:
    """Derive the overlaps of extracted records with Spark: the rows a store writes, one JSON line
    per pair, the same as `policykg ingest` derives from the same measures.

    Example: policykg spark-overlaps records/ overlaps/ --master 'local[2]'
    """
    from .spark_overlaps import overlaps_to_jsonl

    with _spark(master, "policykg spark-overlaps") as spark:
        run = overlaps_to_jsonl(spark, records, output, overwrite)
    groups = len(set(run.member_of.values()))
    if as_json:
        sys.stdout.write(json.dumps({"output": output, "measures": run.measures, "blocks": run.blocks,
                                     "candidates": run.candidates, "pairs": len(run.rows), "groups": groups},
                                    indent=1) + "\n")
    else:
        out.print(f"wrote {output}: {run.measures} measures, {len(run.rows)} overlap pairs in {groups} groups")


@handles_errors
def load_overlaps(
    rows: Annotated[list[Path], typer.Argument(help="spark-overlaps output directories or .jsonl files.")],
    store: StoreOpt = None, data_dir: DataDirOpt = None, as_json: JsonOpt = False,
) -> None:
    """Replace the graph's overlaps by rows spark-overlaps derived, and clear the documents' stale
    marks, as deriving them in this process would (Neo4j: pieces of 50,000 pairs a transaction
    past that size, Neo4jStore.replace_all_overlaps).

    Example: policykg load-overlaps overlaps/ --store neo4j
    """
    from graph.overlap_writer import groups_of, replace_overlaps

    from .cli import _store
    from .spark_job import read_jsonl

    for path in rows:
        if not path.exists():
            raise InputError("no such file or directory", path=str(path))
    items = list(read_jsonl(rows))
    for n, r in enumerate(items, 1):
        if not (isinstance(r, dict) and {"a", "b", "props"} <= r.keys()):
            raise InputError(f"line {n} is not an overlap row (a, b, props)", path=", ".join(map(str, rows)))
    target = _store(store, data_dir)
    try:
        pairs = replace_overlaps(target, items)
    finally:
        target.close()
    groups = len(set(groups_of(items).values()))
    if as_json:
        sys.stdout.write(json.dumps({"store": target.name, "pairs": pairs, "groups": groups}) + "\n")
    else:
        out.print(f"loaded into {target.name}: {pairs} overlap pairs in {groups} groups")
