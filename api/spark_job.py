"""Extraction as a Spark job: files in, one JSON line per file out.

    spark = spark_session("local[2]")
    run = extract_to_jsonl(spark, ["seed/"], "out/records")

Each line is what `policykg extract --json` says of that file: the document's records
(Document, extraction/records.py) or, for a file that cannot be read, the error entry
{"path", "error"}. A bad file is a row of the output, never a failed task. Files are read by
Spark's binaryFile source (any file system Spark reads: a local directory, HDFS, S3), or come
as a table of (path, content) rows (extract_frame); each partition runs the same pipeline as
`policykg extract` (api/files.py extract_or_error), built once per Python worker process:
default_nlp() is a module-level cache, and Spark reuses its Python workers between tasks.

Paths: a file under a local directory given as INPUT is named as `policykg extract INPUT`
names it (INPUT as given, then the path inside it); other files keep Spark's URI. Like Hadoop,
Spark skips names starting with "." or "_" (policykg extract only skips the first).

A cluster needs policykg installed (`pip install policykg[spark]`) in the Python of every
executor; `spark-submit --master yarn api/spark_job.py INPUT OUTPUT` runs the job there.
"""
from __future__ import annotations

import json
import logging
import os
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Iterable, Iterator
from urllib.parse import unquote, urlsplit

from extraction.errors import InputError
from extraction.pipeline import default_nlp

from api.files import FileError, extract_or_error, kind_counts  # absolute: spark-submit runs this file as a script
from api.settings import Settings

if TYPE_CHECKING:
    from pyspark.sql import DataFrame, SparkSession

log = logging.getLogger(__name__)
ROOT = Path(__file__).resolve().parent.parent
RESULT_SCHEMA = "path string, code string, line string"  # code: None for a document, FileError.code otherwise
SAMPLE_ERRORS = 20  # error rows brought back to the driver to print; the rest are counted


@dataclass
class SparkRun:
    files: int
    documents: int
    codes: dict[str, int] = field(default_factory=dict)  # error rows per FileError.code
    sample: list[FileError] = field(default_factory=list)  # the first SAMPLE_ERRORS of them, by path

    @property
    def errors(self) -> int:
        return sum(self.codes.values())

    def kinds(self) -> dict[str, int]:
        return kind_counts(self.codes)


def spark_session(master: str | None = "local[*]", app_name: str = "policykg") -> "SparkSession":
    """The active SparkSession, else a new one on `master` (None: what spark-submit configured).
    Local workers run this Python and import this checkout, whatever the current directory."""
    from pyspark.sql import SparkSession

    active = SparkSession.getActiveSession()
    if active is not None:
        return active
    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    path = os.environ.get("PYTHONPATH", "")
    if str(ROOT) not in path.split(os.pathsep):
        os.environ["PYTHONPATH"] = os.pathsep.join(p for p in (str(ROOT), path) if p)
    builder = SparkSession.builder.appName(app_name)
    if master:
        builder = builder.master(master)
    spark = (builder.config("spark.ui.enabled", "false")
             .config("spark.sql.shuffle.partitions", "4")
             .config("spark.ui.showConsoleProgress", "false")
             .config("spark.log.level", "ERROR")
             .getOrCreate())
    spark.sparkContext.setLogLevel("ERROR")
    return spark


def read_files(spark: "SparkSession", inputs: Iterable[str]) -> "DataFrame":
    """(path, content) rows, one per file under the inputs (directories are read recursively)."""
    from pyspark.errors import AnalysisException

    inputs = [str(i) for i in inputs]
    for raw in inputs:
        if not urlsplit(raw).scheme and not Path(raw).exists():
            raise InputError("no such file or directory", path=raw)
    try:
        frame = spark.read.format("binaryFile").option("recursiveFileLookup", "true").load(inputs)
    except AnalysisException as exc:
        raise InputError(f"Spark cannot read it: {exc.getMessage() if hasattr(exc, 'getMessage') else exc}",
                         path=", ".join(inputs)) from None
    return frame.select("path", "content")


def local_roots(inputs: Iterable[str]) -> list[tuple[str, str]]:
    """(absolute path, as given) of each local input: how policykg extract names files under it."""
    roots = []
    for raw in inputs:
        raw = str(raw)
        if not urlsplit(raw).scheme:
            roots.append((str(Path(raw).resolve()), raw))
    return sorted(roots, key=lambda r: -len(r[0]))  # the deepest root first


def display_name(uri: str, roots: list[tuple[str, str]]) -> str:
    """Spark's file URI as `policykg extract` prints the file: file:/abs/seed/a.txt -> seed/a.txt."""
    parts = urlsplit(uri)
    if parts.scheme not in ("", "file"):
        return uri
    local = unquote(parts.path)
    for absolute, given in roots:
        if local == absolute:
            return given
        if local.startswith(absolute.rstrip("/") + "/"):
            return str(Path(given) / local[len(absolute.rstrip("/")) + 1:])
    return local


def extract_partition(rows: Iterable, roots: list[tuple[str, str]]) -> Iterator[tuple[str, str | None, str]]:
    """One partition's files -> (path, error code or None, JSON line). The pipeline is built on
    the first call in this worker process and kept (default_nlp), not once per task or file."""
    settings = Settings()
    default_nlp()
    for row in rows:
        name = display_name(row["path"], roots)
        item = extract_or_error(bytes(row["content"]), name, settings)
        if isinstance(item, FileError):
            yield name, item.code, json.dumps(item.model_dump(mode="json"), ensure_ascii=False)
        else:
            yield name, None, json.dumps(item.model_dump(mode="json"), ensure_ascii=False)


def extract_frame(files: "DataFrame", roots: list[tuple[str, str]] | None = None,
                  partitions: int | None = None) -> "DataFrame":
    """A table of (path string, content binary) -> (path, code, line): see extract_partition."""
    if partitions:
        files = files.repartition(partitions)
    roots = roots or []
    spark = files.sparkSession
    rdd = files.select("path", "content").rdd.mapPartitions(lambda rows: extract_partition(rows, roots))
    return spark.createDataFrame(rdd, RESULT_SCHEMA)


def extract_to_jsonl(spark: "SparkSession", inputs: list[str], output: str, partitions: int | None = None,
                     overwrite: bool = False) -> SparkRun:
    """Extract every file under the inputs and write OUTPUT as text part files, one JSON line
    per file (a document or an error entry); the counts come from the same cached result."""
    from pyspark import StorageLevel
    from pyspark.errors import AnalysisException

    result = extract_frame(read_files(spark, inputs), local_roots(inputs), partitions)
    result.persist(StorageLevel.MEMORY_AND_DISK)
    try:
        try:
            result.select("line").write.mode("overwrite" if overwrite else "errorifexists").text(output)
        except AnalysisException as exc:
            if "PATH_ALREADY_EXISTS" in str(exc) or "already exists" in str(exc):
                raise InputError("already exists (give --overwrite to replace it)", path=output) from None
            raise
        codes = {r["code"]: r["count"] for r in result.groupBy("code").count().collect()}
        documents = codes.pop(None, 0)
        sample = [FileError(**json.loads(r["line"]), code=r["code"]) for r in
                  result.where("code IS NOT NULL").orderBy("path").limit(SAMPLE_ERRORS).collect()]
    finally:
        result.unpersist()
    return SparkRun(files=documents + sum(codes.values()), documents=documents, codes=codes, sample=sample)


def read_jsonl(paths: Iterable[Path]) -> Iterator[dict]:
    """The lines of a spark-extract output (a directory of part files) or of .jsonl files."""
    for path in paths:
        files = sorted(p for p in path.iterdir() if p.name.startswith("part-")) if path.is_dir() else [path]
        for f in files:
            with f.open(encoding="utf-8") as handle:
                for line in handle:
                    if line.strip():
                        yield json.loads(line)


def main(argv: list[str]) -> None:
    """spark-submit entry point: api/spark_job.py INPUT... OUTPUT (the master is spark-submit's)."""
    if len(argv) < 2:
        sys.exit("usage: spark_job.py INPUT... OUTPUT")
    run = extract_to_jsonl(spark_session(None), argv[:-1], argv[-1])
    sys.stderr.write(f"{run.documents} documents, {run.errors} errors ({run.files} files)\n")


if __name__ == "__main__":
    from api import spark_job  # the functions Spark ships by reference, from the installed package

    spark_job.main(sys.argv[1:])
