"""The benchmark corpus generator (benchmarks/generate_corpus.py): deterministic, consistent with its
own manifest and ground truth, and read back by the real extractor.

Tolerance for the read-back: the generator writes only conventions that ../shared/devset documents,
in clean text, so the extractor should read nearly all of it; at the time of writing it reads every
policy fact and >99% of measures (the misses: clauses whose only money is in Chinese numerals,
给予二十万元奖励). A 5% margin lets extraction rules trade a few generated clauses, while losing a
whole convention fails: each numbering style is ~1/5 of the documents, the notice wrapper ~45%, the
1:x top-up ~6% of measures, a single supersession phrasing ~1/5 of supersessions.
"""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from api.files import extract_paths
from benchmarks.corpus_check import compare, shares
from benchmarks.generate_corpus import REGIONS_JSON, generate

SEED = 11
N = 30


def _tree(root: Path) -> dict[str, bytes]:
    return {str(p.relative_to(root)): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> tuple[Path, dict]:
    out = tmp_path_factory.mktemp("corpus")
    return out, generate(N, out, SEED)


def test_same_seed_same_bytes(corpus, tmp_path):
    out, _ = corpus
    generate(N, tmp_path / "again", SEED)
    assert _tree(tmp_path / "again") == _tree(out)
    generate(N, tmp_path / "other", SEED + 1)
    assert _tree(tmp_path / "other") != _tree(out)


def test_manifest_describes_the_files(corpus):
    out, manifest = corpus
    files = manifest["files"]
    assert len(files) == N == len(list((out / "policies").iterdir()))
    regions = {r["name"] for r in json.loads(REGIONS_JSON.read_text(encoding="utf-8"))["regions"]}
    titles = {f["title"] for f in files}
    numbers = [f["doc_number"] for f in files]
    assert len(set(numbers)) == len(numbers)  # a 文号 names one policy
    for f in files:
        text = (out / f["file"]).read_text(encoding="utf-8")
        assert f["region"] in regions
        assert f["written_region"] in text
        for m in f["measures"]:
            assert m["starts_with"] in "".join(text.split())
            assert m["number"] in text
        for s in f["supersedes"]:
            assert s["title"] in titles  # chains run between generated policies
            assert s["title"] in text


def test_overlap_ground_truth_groups_same_kind_and_object(corpus):
    out, manifest = corpus
    groups = json.loads((out / "overlaps.json").read_text(encoding="utf-8"))["groups"]
    measures = {m["id"]: m for f in manifest["files"] for m in f["measures"]}
    assert groups
    for group, ids in groups.items():
        assert len({measures[i]["id"].split("-")[0] for i in ids}) > 1
        assert {(measures[i]["kind"], measures[i]["object"]) for i in ids} == {tuple(group.split("|"))}
    grouped = {i for ids in groups.values() for i in ids}
    singles = [m for m in measures.values() if m["id"] not in grouped]
    assert all(sum(1 for x in measures.values() if x["group"] == m["group"]) == 1
               or len({x["id"].split("-")[0] for x in measures.values() if x["group"] == m["group"]}) == 1
               for m in singles)


def test_extractor_reads_back_what_was_generated(corpus):
    out, manifest = corpus
    result = extract_paths([out / "policies"])
    assert not result.errors
    counts = compare(manifest, result.model_dump(mode="json"))
    got = shares(counts)
    for fact in ("policies", "title", "region", "doc_number", "supersedes", "measures"):
        assert got[fact] >= 0.95, (fact, counts[fact])
    for fact in ("amounts", "percentages", "match_ratios", "agencies"):
        assert got[fact] >= 0.9, (fact, counts[fact])
    assert got["extra_measures"] <= 0.05, counts["extra_measures"]
    assert counts["supersedes"][1] > 0 and counts["match_ratios"][1] > 0  # the corpus exercises both
