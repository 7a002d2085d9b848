"""Overlaps as a Spark job: spark-extract's records in, the overlap rows a store writes out.

    spark = spark_session("local[2]")
    run = overlaps_to_jsonl(spark, "out/records", "out/overlaps")

The rows are those graph/overlaps.py `overlap_rows` gives for the same measures (same pairs,
scores, basis and groups); only the work is spread:
  - measures: every Measure of every document line (error lines skipped); when two documents
    hold the same measure (or policy) id, the line loaded last by `load-records` (part file
    name, then line) gives its text, as the store keeps the last write; numbered 0..n-1 in id
    order, the order overlaps.py's tie-breaks use;
  - profiles and bigram counts per partition (mapPartitions; the lexicon patterns are built once
    per Python worker, overlaps._terms is a module-level cache);
  - document frequencies of the bigrams: one reduceByKey; the idf table is broadcast (it grows
    with the distinct bigrams, not with the documents: docs/scaling.md);
  - each measure's TF-IDF row, computed where its profile is, with the global idf;
  - block keys exploded with each member's row, grouped by key; each block is scored on an
    executor by overlaps._block_candidates itself on the block's own small matrix;
  - each pair's best score over its blocks: one reduceByKey; the pairs joined with their two
    measures' profiles for the basis; each measure's TOP_K best pairs kept (grouped by measure);
  - on the driver: the kept pairs (at most TOP_K per measure, about 2 in practice) joined into
    groups (overlaps.clusters, strongest pair first: one ordered pass over all pairs).

A cluster runs it with `spark-submit api/spark_overlaps.py RECORDS OUTPUT`.
"""
from __future__ import annotations

import json
import logging
import math
import sys
from dataclasses import dataclass
from typing import TYPE_CHECKING, Iterable, Iterator

import numpy as np
from scipy import sparse

from extraction.errors import InputError
from graph.overlaps import (THRESHOLD, TOP_K, MeasureInfo, Overlap, Profile, _best_partners, _bigrams, _Block,
                            _block_candidates, block_keys, cluster_id, clusters, explain, pair_row, profile, tfidf_row,
                            tfidf_text)

if TYPE_CHECKING:
    from pyspark import RDD
    from pyspark.sql import SparkSession

log = logging.getLogger(__name__)


# --- pure helpers (what overlaps.find_overlaps does inline, one measure or one block at a time) ---

def text_keys(grams: tuple[str, ...], values: np.ndarray) -> list[str]:
    """The row's 3 heaviest bigrams, ties to the first column: its near-copy block keys."""
    return [grams[j] for j in np.argsort(-values, kind="stable")[:3]]


class _ByIndex:
    """A block's rows looked up by global measure index, for _block_candidates, which indexes
    the whole-corpus matrix and arrays with the block's member indices (sorted)."""

    def __init__(self, members: np.ndarray, values):
        self.members, self.values = members, values

    def __getitem__(self, idx):
        return self.values[np.searchsorted(self.members, idx)]


@dataclass(frozen=True)
class Member:
    index: int
    kind: float
    obj: float
    text_only: bool
    designation: bool
    policy_id: str
    has_kinds: bool
    grams: tuple[str, ...]
    values: np.ndarray


def score_block(members: Iterable[Member], threshold: float = THRESHOLD) -> list[tuple[tuple[int, int], tuple[float, float]]]:
    """One block's candidate pairs (global indices) with (score, text similarity): the block's
    own matrix (columns: its members' bigrams, sorted as the global columns are) scored by
    overlaps._block_candidates with the members' global indices, so ties break as there."""
    ms = sorted(members, key=lambda m: m.index)
    if len(ms) < 2:
        return []
    first = ms[0]  # the flags of the block are those of the member that created it
    block = _Block([m.index for m in ms], [m.kind for m in ms], [m.obj for m in ms],
                   text_only=first.text_only, designation=first.designation)
    vocab = {g: j for j, g in enumerate(sorted({g for m in ms for g in m.grams}))}
    data, cols, indptr = [], [], [0]
    for m in ms:
        cols.extend(vocab[g] for g in m.grams)
        data.append(m.values)
        indptr.append(len(cols))
    matrix = sparse.csr_matrix((np.concatenate(data) if data else np.zeros(0), np.array(cols, dtype=np.int64),
                                np.array(indptr, dtype=np.int64)), shape=(len(ms), max(1, len(vocab))))
    index = np.array(block.members)
    best: dict[tuple[int, int], tuple[float, float]] = {}
    _block_candidates(block, _ByIndex(index, matrix), _ByIndex(index, np.array([m.policy_id for m in ms])),
                      _ByIndex(index, np.array([m.has_kinds for m in ms])), threshold, best)
    return list(best.items())


def top_partners(pairs: Iterable[tuple], k: int = TOP_K) -> list[tuple]:
    """One measure's k best ((i, j), Overlap) items, ordered as overlaps._best_partners orders them."""
    return sorted(pairs, key=lambda kv: (-kv[1].score, kv[1].a, kv[1].b))[:k]


def rows_from_pairs(found: list[Overlap]) -> tuple[list[dict], dict[str, str]]:
    """The tail of overlaps.overlap_rows: pairs sorted by (a, b) -> the kept pairs as relationship
    rows with their group, and measure id -> group. _best_partners keeps every pair of a set that
    top_partners already cut (a pair among a measure's k best stays so in any subset holding it)."""
    found = _best_partners(found)
    member_of = {m: cluster_id(c) for c in clusters(found) for m in c}
    return [pair_row(o, member_of) for o in found], member_of


def measures_of_line(line: str, order) -> Iterator[tuple]:
    """A spark-extract line -> (("m", measure id), (order, its policy's id and region, its heading,
    text and sectors)) and (("p", policy id), (order, non_cumulative)); error lines give nothing."""
    doc = json.loads(line)
    if "error" in doc:
        return
    for p in doc.get("policies") or ():
        yield ("p", p["id"]), (order, bool(p.get("non_cumulative")))
        for m in p.get("measures") or ():
            yield ("m", m["id"]), (order, (p["id"], p.get("region"), m.get("heading"), m.get("text") or "",
                                           tuple(m.get("sectors") or ())))


# --- the job --------------------------------------------------------------------------------

@dataclass
class OverlapRun:
    measures: int
    blocks: int
    candidates: int  # pairs above the threshold in some block, before each measure's top-k
    rows: list[dict]
    member_of: dict[str, str]


def _profile_partition(items: Iterable[tuple[int, MeasureInfo]]) -> Iterator[tuple]:
    for i, m in items:  # profile() builds the lexicon patterns once per worker process (lru_cache)
        yield i, m, profile(m), dict(_bigrams(tfidf_text(m)))


def _greater(a, b):
    """The item with the greater first element: the later line (order), the higher score."""
    return a if a[0] >= b[0] else b


def _measure_info(item) -> tuple[str, MeasureInfo]:
    """(policy id, ((measure id, (order, fields)), non_cumulative)) -> (measure id, MeasureInfo)."""
    policy_id, ((measure_id, (_, (_, region, heading, text, sectors))), non_cumulative) = item
    return measure_id, MeasureInfo(measure_id, policy_id, region, bool(non_cumulative), heading, text, sectors)


def measures_rdd(spark: "SparkSession", records: str) -> "RDD":
    """(index, MeasureInfo) of every measure in the records, indexed in id order."""
    from pyspark.errors import AnalysisException
    from pyspark.sql import functions as F

    try:
        lines = spark.read.text(records).select(
            "value", F.col("_metadata.file_path").alias("file"), F.col("_metadata.file_block_start").alias("at"),
            F.monotonically_increasing_id().alias("n"))
    except AnalysisException as exc:
        raise InputError(f"Spark cannot read it: {str(exc).splitlines()[0]}", path=records) from None
    # the order load-records writes the lines in: part files by name, lines in file order
    items = lines.rdd.flatMap(lambda r: measures_of_line(r["value"], (r["file"], r["at"], r["n"])))
    last = items.reduceByKey(_greater)
    policies = last.filter(lambda kv: kv[0][0] == "p").map(lambda kv: (kv[0][1], kv[1][1]))
    measures = last.filter(lambda kv: kv[0][0] == "m").map(lambda kv: (kv[1][1][0], (kv[0][1], kv[1])))
    joined = measures.leftOuterJoin(policies).map(_measure_info)
    return joined.sortByKey().values().zipWithIndex().map(lambda mi: (mi[1], mi[0]))


def overlap_run(spark: "SparkSession", records: str, threshold: float = THRESHOLD) -> OverlapRun:
    from pyspark import StorageLevel

    measures = measures_rdd(spark, records)
    profiled = measures.mapPartitions(_profile_partition).persist(StorageLevel.MEMORY_AND_DISK)
    try:
        n = profiled.count()
        df = profiled.flatMap(lambda r: ((g, 1) for g in r[3])).reduceByKey(lambda a, b: a + b)
        idf = spark.sparkContext.broadcast({g: math.log((n + 1) / (c + 1)) + 1 for g, c in df.collect()})

        def members(r):
            i, m, p, counts = r
            grams, values = tfidf_row(counts, idf.value)
            for key, kw, ow, flags in block_keys(p, tuple(text_keys(grams, values))):
                text_only, designation = flags.get("text_only", False), flags.get("designation", False)
                yield key, Member(i, kw, ow, text_only, designation, m.policy_id, bool(p.kinds), grams, values)

        block_count = spark.sparkContext.accumulator(0)

        def scored_block(kv):
            block_count.add(1)
            return score_block(kv[1], threshold)

        scored = profiled.flatMap(members).groupByKey().flatMap(scored_block)
        best = scored.reduceByKey(_greater).persist(StorageLevel.MEMORY_AND_DISK)
        info = profiled.map(lambda r: (r[0], (r[1], r[2])))
        explained = (best.map(lambda kv: (kv[0][0], (kv[0][1], kv[1])))
                     .join(info)  # i -> ((j, (score, text)), (a, pa))
                     .map(lambda kv: (kv[1][0][0], (kv[0], kv[1][0][1], kv[1][1])))
                     .join(info)  # j -> ((i, (score, text), (a, pa)), (b, pb))
                     .map(lambda kv: ((kv[1][0][0], kv[0]),
                                      explain(kv[1][0][2][0], kv[1][1][0], kv[1][0][2][1], kv[1][1][1], *kv[1][0][1])))
                     .persist(StorageLevel.MEMORY_AND_DISK))
        candidates = explained.count()
        # each measure's TOP_K best pairs, as _best_partners keeps them: only those reach the driver
        kept = (explained.flatMap(lambda kv: ((kv[1].a, kv), (kv[1].b, kv))).groupByKey()
                .flatMap(lambda kv: top_partners(kv[1])).reduceByKey(lambda x, y: x))
        found = [o for _, o in sorted(kept.collect(), key=lambda x: x[0])]
        explained.unpersist()
        best.unpersist()
        idf.unpersist()
    finally:
        profiled.unpersist()
    rows, member_of = rows_from_pairs(found)
    return OverlapRun(n, block_count.value, candidates, rows, member_of)


def _exists(spark: "SparkSession", path: str) -> bool:
    """Whether the path exists on its file system (local, HDFS, S3...), as Spark's writer sees it."""
    jvm = spark.sparkContext._jvm
    target = jvm.org.apache.hadoop.fs.Path(path)
    return target.getFileSystem(spark.sparkContext._jsc.hadoopConfiguration()).exists(target)


def overlaps_to_jsonl(spark: "SparkSession", records: str, output: str, overwrite: bool = False) -> OverlapRun:
    """Derive the overlap rows from spark-extract's RECORDS and write OUTPUT as JSON-lines part
    files, one row {"a", "b", "props"} per line, in (a, b) order."""
    from pyspark.errors import AnalysisException

    if not overwrite and _exists(spark, output):  # before the work, not after it
        raise InputError("already exists (give --overwrite to replace it)", path=output)
    run = overlap_run(spark, records)
    lines = [(json.dumps(r, ensure_ascii=False),) for r in run.rows]
    frame = spark.createDataFrame(lines, "line string") if lines else spark.createDataFrame([], "line string")
    try:
        frame.coalesce(1).write.mode("overwrite" if overwrite else "errorifexists").text(output)
    except AnalysisException as exc:
        if "PATH_ALREADY_EXISTS" in str(exc) or "already exists" in str(exc):
            raise InputError("already exists (give --overwrite to replace it)", path=output) from None
        raise
    return run


def main(argv: list[str]) -> None:
    """spark-submit entry point: api/spark_overlaps.py RECORDS OUTPUT (the master is spark-submit's)."""
    from api.spark_job import spark_session

    if len(argv) != 2:
        sys.exit("usage: spark_overlaps.py RECORDS OUTPUT")
    run = overlaps_to_jsonl(spark_session(None), argv[0], argv[1])
    sys.stderr.write(f"{run.measures} measures, {len(run.rows)} overlap pairs, {len(set(run.member_of.values()))} groups\n")


if __name__ == "__main__":
    from api import spark_overlaps  # the functions Spark ships by reference, from the installed package

    spark_overlaps.main(sys.argv[1:])
