"""Extraction in worker processes, for `ingest` and `extract` with more than one worker.

Workers only extract (api/files.py extract_one, the same function the single-process path runs,
so a bad file becomes the same error row); documents come back to the parent in input order and
the parent alone writes to the store. Files go out in small chunks with a bounded number in
flight, so the caller still gets one result at a time as they are ready and memory does not grow
with the number of files.

The spaCy pipeline is built once per worker process, never per document: with the fork start
method the parent builds it before the workers start and they inherit it; otherwise (a parent
running other threads, where fork could copy a held lock, or a platform without fork) each
worker builds it once in its initializer. A worker that dies (killed, out of memory, a crash in
native code) ends the run with WorkerCrashed instead of a hang.
"""
from __future__ import annotations

import logging
import multiprocessing as mp
import threading
from collections import deque
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from itertools import islice
from pathlib import Path
from typing import Iterator

from extraction.errors import PolicyKGError
from extraction.pipeline import default_nlp
from extraction.records import Document

from .files import FileError, extract_one
from .settings import Settings

log = logging.getLogger(__name__)

MAX_CHUNK = 16  # files per task at most: a generated policy takes ~6 ms, so a task is never only IPC
IN_FLIGHT_PER_WORKER = 2  # chunks submitted ahead per worker: workers stay busy while the parent stores


class WorkerCrashed(PolicyKGError):
    """An extraction worker process died; the files from `first` on were not all read."""

    status_code = 500
    code = "internal_error"


def start_method() -> str:
    """fork when it is safe (no other thread in this process), else forkserver, else spawn."""
    methods = mp.get_all_start_methods()
    if "fork" in methods and threading.active_count() == 1:
        return "fork"
    return "forkserver" if "forkserver" in methods else "spawn"


def chunk_size(files: int, workers: int) -> int:
    """Enough chunks to keep every worker busy to the end (about 4 each), at most MAX_CHUNK files."""
    return max(1, min(MAX_CHUNK, files // (workers * 4)))


def _init_worker(log_level: int) -> None:
    logging.basicConfig(level=log_level, format="%(levelname)s %(name)s: %(message)s")  # no-op when inherited
    default_nlp()  # built here once, or already inherited from the parent (fork)


def _extract_chunk(paths: list[Path], settings: Settings) -> list[Document | FileError]:
    return [extract_one(p, settings) for p in paths]


def extract_in_pool(paths: list[Path], settings: Settings, workers: int) -> Iterator[Document | FileError]:
    """extract_one for every path in `workers` processes, yielded in the order of `paths`."""
    size = chunk_size(len(paths), workers)
    chunks = iter([paths[i:i + size] for i in range(0, len(paths), size)])
    method = start_method()
    ctx = mp.get_context(method)
    if method == "fork":
        default_nlp()  # the workers inherit it
    elif method == "forkserver":
        ctx.set_forkserver_preload(["api.parallel"])  # spaCy and the components imported once, in the server
    log.debug("extracting %d files in %d %s workers, %d files a task", len(paths), workers, method, size)
    pool = ProcessPoolExecutor(workers, mp_context=ctx, initializer=_init_worker,
                               initargs=(logging.getLogger().getEffectiveLevel(),))
    pending: deque[tuple[list[Path], Future]] = deque()
    done = 0
    try:
        def submit(n: int) -> None:
            for chunk in islice(chunks, n):
                pending.append((chunk, pool.submit(_extract_chunk, chunk, settings)))

        submit(workers * IN_FLIGHT_PER_WORKER)
        while pending:
            chunk, future = pending.popleft()
            try:
                results = future.result()
                submit(1)
            except BrokenProcessPool:
                raise _crashed(paths, done) from None
            yield from results
            done += len(chunk)
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


def _crashed(paths: list[Path], done: int) -> WorkerCrashed:
    after = len(paths) - done - 1
    which = f"{paths[done]}" + (f" or one of the {after} files after it" if after else "")
    return WorkerCrashed(f"an extraction worker process died (killed, out of memory, or a crash in native code) while "
                         f"reading {which}; the {done} files before it were read. Run again with --workers 1 to see "
                         f"which file it is")
