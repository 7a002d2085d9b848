"""Extraction in worker processes (--workers N, POLICYKG_WORKERS): the same output as one worker,
the pipeline built once per worker, a dead worker a clear error. Two workers at most, small inputs.

The tests that patch extraction force the fork start method, so that the patch reaches the workers."""
from __future__ import annotations

import json
import os
import re
import shutil
import signal
from pathlib import Path

import pytest
from typer.testing import CliRunner

from api import files, parallel
from api.cli import app
from api.files import extract_paths
from api.settings import Settings
from extraction import pipeline

runner = CliRunner()
SEED = Path(__file__).resolve().parents[2] / "seed"
POLICY = "某区支持软件产业发展若干措施\n一、支持研发。给予最高{n}0万元补助。（责任单位：区科技局）\n"


@pytest.fixture()
def mixed_dir(tmp_path) -> Path:
    """The seed, a broken .docx, an empty file, an unsupported file and a text with no policy."""
    d = tmp_path / "in"
    d.mkdir()
    for p in sorted(SEED.glob("*.txt")):
        shutil.copy(p, d / p.name)
    (d / "bad.docx").write_bytes(b"PK\x03\x04 not really a zip")
    (d / "empty.txt").write_bytes(b"")
    (d / "sheet.xlsx").write_bytes(b"\x00\x01")
    (d / "news.txt").write_text("今天本市天气晴朗，气温适宜，市民纷纷外出游玩。\n", encoding="utf-8")
    return d


@pytest.fixture()
def pools(monkeypatch) -> list[int]:
    """The worker count of every pool started."""
    started: list[int] = []
    real = parallel.extract_in_pool

    def spy(paths, settings, workers):
        started.append(workers)
        return real(paths, settings, workers)

    monkeypatch.setattr(parallel, "extract_in_pool", spy)
    return started


@pytest.fixture()
def no_hang():
    """Fail the test (instead of hanging the suite) if it runs over a minute."""
    def timeout(*_):
        raise TimeoutError("hung: no answer within 60 s")

    old = signal.signal(signal.SIGALRM, timeout)
    signal.alarm(60)
    yield
    signal.alarm(0)
    signal.signal(signal.SIGALRM, old)


def small_policies(d: Path, n: int) -> list[Path]:
    d.mkdir(exist_ok=True)
    out = []
    for i in range(n):
        p = d / f"p{i:02d}.txt"
        p.write_text(POLICY.format(n=i + 1), encoding="utf-8")
        out.append(p)
    return out


def test_extract_json_is_byte_for_byte_the_same_with_two_workers(mixed_dir, pools, monkeypatch):
    runs = {}
    for label, args in [("one", ["--workers", "1"]), ("two", ["--workers", "2"])]:
        runs[label] = runner.invoke(app, ["extract", str(mixed_dir), "--json", *args])
    monkeypatch.setattr(parallel, "chunk_size", lambda files, workers: 3)  # chunks of several files, the last short
    runs["two, chunks of 3"] = runner.invoke(app, ["extract", str(mixed_dir), "--json", "--workers", "2"])
    assert pools == [2, 2]  # --workers 1 started no pool
    one = runs["one"]
    assert one.exit_code == 1
    payload = json.loads(one.stdout)
    assert len(payload["documents"]) == len(list(SEED.glob("*.txt"))) + 1  # the seed and the news text
    assert [e["path"] for e in payload["errors"]] == [str(mixed_dir / n) for n in ("bad.docx", "empty.txt", "sheet.xlsx")]
    for label, run in runs.items():
        assert (run.exit_code, run.stdout, run.stderr) == (one.exit_code, one.stdout, one.stderr), label


def test_ingest_gives_the_same_graph_with_two_workers(mixed_dir, tmp_path, pools):
    exports, reports = [], []
    for n in (1, 2):
        data = tmp_path / f"data{n}"
        run = runner.invoke(app, ["ingest", str(mixed_dir), "--data-dir", str(data), "--json", "--workers", str(n)])
        assert run.exit_code == 1, run.output  # the bad files
        reports.append((run.stdout, run.stderr))
        export = runner.invoke(app, ["export", "--format", "json", "--data-dir", str(data)])
        assert export.exit_code == 0, export.output
        exports.append(re.sub(r"\b[0-9a-f]{32}\b", "TOKEN", export.stdout))  # write tokens are random
    assert pools == [2]
    assert reports[0] == reports[1]
    report = json.loads(reports[0][0])
    assert report["totals"]["documents"] == len(list(SEED.glob("*.txt"))) and report["totals"]["errors"] == 3
    assert [s["path"] for s in report["skipped"]] == [str(mixed_dir / "news.txt")]
    assert exports[0] == exports[1]
    assert json.loads(exports[0])["nodes"]


def test_the_pipeline_is_built_once_per_worker_not_per_document(tmp_path, monkeypatch, pools):
    builds = tmp_path / "builds"
    real = pipeline.build_nlp

    def counted():
        with open(builds, "a") as f:
            f.write(f"{os.getpid()}\n")
        return real()

    monkeypatch.setattr(parallel, "start_method", lambda: "fork")
    monkeypatch.setattr(pipeline, "build_nlp", counted)
    monkeypatch.setattr(parallel, "chunk_size", lambda files, workers: 1)  # a task per document
    pipeline.default_nlp.cache_clear()
    try:
        result = extract_paths(small_policies(tmp_path / "in", 8), workers=2)
    finally:
        pipeline.default_nlp.cache_clear()  # later tests build their own, unpatched
    assert pools == [2] and len(result.documents) == 8 and not result.errors
    pids = builds.read_text().split()
    assert len(pids) == len(set(pids)) <= 3  # at most once in each of the parent and the two workers


def test_an_unexpected_error_in_a_worker_is_the_same_error_row(tmp_path, monkeypatch, pools):
    paths = small_policies(tmp_path / "in", 3)
    boom = tmp_path / "in" / "boom.txt"
    boom.write_text(POLICY.format(n=9), encoding="utf-8")
    real = files.extract_file

    def flaky(path, settings=None):
        if path.name == "boom.txt":
            raise RuntimeError("a bug")
        return real(path, settings)

    monkeypatch.setattr(parallel, "start_method", lambda: "fork")
    monkeypatch.setattr(files, "extract_file", flaky)
    inputs = [paths[0], boom, *paths[1:]]
    one, two = extract_paths(inputs, workers=1), extract_paths(inputs, workers=2)
    assert pools == [2]
    assert two.model_dump() == one.model_dump()
    assert [(e.path, e.error, e.code) for e in two.errors] == [(str(boom), "internal error: RuntimeError: a bug",
                                                               "internal_error")]
    assert files.error_counts(two.errors) == {"internal": 1}


def test_a_worker_that_dies_ends_the_run_with_a_clear_error(tmp_path, monkeypatch, no_hang):
    small_policies(tmp_path / "in", 3)
    (tmp_path / "in" / "crash.txt").write_text(POLICY.format(n=9), encoding="utf-8")
    real = files.extract_file

    def dies(path, settings=None):
        if path.name == "crash.txt":
            os._exit(9)  # as a segfault or the OOM killer would: no exception, no result
        return real(path, settings)

    monkeypatch.setattr(parallel, "start_method", lambda: "fork")
    monkeypatch.setattr(files, "extract_file", dies)
    run = runner.invoke(app, ["extract", str(tmp_path / "in"), "--workers", "2"])
    assert run.exit_code == 1
    assert run.stderr.startswith("error: an extraction worker process died (killed, out of memory, or a crash in "
                                 "native code) while reading ")
    assert "Run again with --workers 1 to see which file it is" in run.stderr


def test_a_parent_running_threads_uses_forkserver_with_the_same_output(tmp_path, monkeypatch, pools, no_hang):
    monkeypatch.setattr(parallel, "start_method", lambda: "forkserver")
    inputs = [*small_policies(tmp_path / "in", 3), tmp_path / "in" / "missing.txt"]
    assert extract_paths(inputs, workers=2).model_dump() == extract_paths(inputs, workers=1).model_dump()
    assert pools == [2]


def test_fork_is_only_used_when_no_other_thread_runs():
    import threading

    assert parallel.start_method() == ("fork" if threading.active_count() == 1 else "forkserver")
    stop = threading.Event()
    t = threading.Thread(target=stop.wait)
    t.start()
    try:
        assert parallel.start_method() == "forkserver"
    finally:
        stop.set()
        t.join()


def test_one_file_or_one_worker_starts_no_pool(tmp_path, monkeypatch, pools):
    paths = small_policies(tmp_path / "in", 2)
    assert not extract_paths(paths[:1], workers=2).errors
    assert not extract_paths(paths, workers=1).errors
    monkeypatch.setenv("POLICYKG_WORKERS", "1")
    assert not extract_paths(paths).errors
    assert pools == []


def test_workers_default_to_the_setting_then_all_cores(tmp_path, monkeypatch, pools):
    paths = small_policies(tmp_path / "in", 3)
    monkeypatch.delenv("POLICYKG_WORKERS", raising=False)
    monkeypatch.setattr(os, "cpu_count", lambda: 2)
    extract_paths(paths)  # all cores: a pool of 2
    monkeypatch.setattr(os, "cpu_count", lambda: 1)
    extract_paths(paths)  # one core: no pool
    monkeypatch.setenv("POLICYKG_WORKERS", "2")
    extract_paths(paths)  # the setting wins over the cores
    extract_paths(paths, workers=1)  # and the option over the setting
    assert pools == [2, 2]
    assert Settings().workers == 2


def test_zero_workers_is_refused():
    run = runner.invoke(app, ["extract", str(SEED), "--workers", "0"])
    assert run.exit_code == 2 and "--workers" in run.stderr
    with pytest.raises(ValueError, match="greater than or equal to 1"):
        Settings(workers=0)
