"""`policykg match` reproduces the five hand-worked profiles (tests/match/): eligible measures with
their amounts, the not-eligible and unknown ones written down with their failing or missing
facts, and both totals; every line carries its evidence and rule."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from api.cli import app
from tests.conftest import DEVSET_CASES

ROOT = Path(__file__).resolve().parents[2]
CASES = ROOT / "tests" / "match"
runner = CliRunner()
NAMES = sorted(p.stem for p in (CASES / "expected").glob("*.json"))


def _paths(expected: dict) -> list[str]:
    out = []
    for d in expected["documents"]:
        if d.startswith("devset:"):
            p = DEVSET_CASES / d.removeprefix("devset:")
            if not p.exists():
                pytest.skip(f"no development set at {DEVSET_CASES}")
            out.append(str(p))
        else:
            out.append(d)
    return out


@pytest.fixture(scope="module", params=NAMES)
def case(request, tmp_path_factory):
    expected = json.loads((CASES / "expected" / f"{request.param}.json").read_text(encoding="utf-8"))
    with pytest.MonkeyPatch.context() as mp:
        yield _run(request.param, expected, tmp_path_factory.mktemp("match"), mp)


def _run(name, expected, tmp_path, monkeypatch):
    monkeypatch.chdir(ROOT)
    monkeypatch.setenv("POLICYKG_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("POLICYKG_STORE", "memory")
    ingest = runner.invoke(app, ["ingest", "--workers", "1", *_paths(expected)])
    assert ingest.exit_code == 0, ingest.output
    profile = CASES / "profiles" / f"{name}.json"
    result = runner.invoke(app, ["match", str(profile), "--on", expected["on"], "--json"])
    assert result.exit_code == 0, result.output
    return name, expected, json.loads(result.stdout), profile


def test_five_profiles_were_written():
    assert len(NAMES) == 5
    assert {p.stem for p in (CASES / "profiles").glob("*.json")} == set(NAMES)


def test_eligible_measures_and_amounts_are_the_hand_worked_ones(case):
    _, expected, got, _ = case
    want = {(x["policy"], x["path"]): x for x in expected["eligible"]}
    have = {(x["policy_id"], x["path"]): x for x in got["eligible"]}
    assert set(have) == set(want)
    for key, w in want.items():
        h = have[key]
        assert h["in_force"] == w["in_force"], key
        assert (h["amount"].get("yuan"), h["amount"].get("up_to_yuan")) == (w["amount_yuan"], w["up_to_yuan"]), key
        assert h["counted"] == w["counted"], key
        if "higher_yuan" in w:
            assert h["amount"]["higher_yuan"] == w["higher_yuan"]


def test_written_down_not_eligible_and_unknown_ones_fail_or_miss_what_the_reader_said(case):
    _, expected, got, _ = case
    fails = {(x["policy_id"], x["path"]): x["fails"] for x in got["not_eligible"]}
    missing = {(x["policy_id"], x["path"]): x["missing"] for x in got["unknown"]}
    for x in expected["not_eligible"]:
        assert fails.get((x["policy"], x["path"])) == sorted(x["fails"]), x
    for x in expected["unknown"]:
        assert missing.get((x["policy"], x["path"])) == sorted(x["missing"]), x


def test_totals_are_the_hand_worked_ones(case):
    _, expected, got, _ = case
    for key in ("total", "total_if_in_force"):
        assert (got[key]["yuan"], got[key]["up_to_yuan"]) == (expected[key]["yuan"], expected[key]["up_to_yuan"]), key


def test_every_line_carries_its_clause_span_evidence_and_rule(case):
    _, _, got, _ = case
    lines = got["eligible"] + got["unknown"] + got["not_eligible"]
    assert lines
    for x in lines:
        assert x["document"] and x["clause"] and 0 <= x["start"] < x["end"], x["measure_id"]
        assert x["checks"], x["measure_id"]
        for c in x["checks"]:
            assert c["rule"] and c["result"] in ("met", "failed", "unknown"), c
            assert c["start"] is not None and c["end"] > c["start"], c
        decisive = [c for c in x["checks"] if c["result"] == {"eligible": "met", "unknown": "unknown",
                                                               "not_eligible": "failed"}[x["verdict"]]]
        assert decisive, x["measure_id"]
    for x in got["eligible"]:
        assert x["amount"]["rule"], x["measure_id"]


def test_check_spans_point_at_their_text_in_the_file(case):
    _, _, got, _ = case
    for x in got["eligible"] + got["not_eligible"]:
        path = Path(x["document"]) if Path(x["document"]).is_absolute() else ROOT / x["document"]
        from extraction.decoding import decode_bytes

        text = decode_bytes(path.read_bytes(), str(path)).text
        assert text[x["start"]:x["end"]] == x["clause"]
        for c in x["checks"]:
            if c["check"] not in ("sector", "conditions", "funding"):
                assert text[c["start"]:c["end"]] == c["text"], c
        break  # one line per case keeps the decoding cheap


def test_printed_result_shows_the_lines_rules_and_totals(case):
    _, expected, got, profile = case
    with pytest.MonkeyPatch.context() as mp:
        mp.chdir(ROOT)
        printed = runner.invoke(app, ["match", str(profile), "--on", expected["on"]])
    assert printed.exit_code == 0, printed.output
    assert "TOTAL (policies in force)" in printed.stdout
    for x in got["eligible"]:
        assert f"{x['policy_id']} {x['path']} [{x['start']}:{x['end']}]" in printed.stdout
        assert x["amount"]["rule"] in printed.stdout


def test_the_readme_shows_the_shenyang_awards_as_printed(tmp_path):
    name = "shenyang_hitech_firm"  # the case the README shows
    expected = json.loads((CASES / "expected" / f"{name}.json").read_text(encoding="utf-8"))
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    start = readme.index("```text\n  pol_f44e2ce6dcbf 第一条/1") + len("```text\n")
    shown = readme[start:readme.index("```", start)].splitlines()
    with pytest.MonkeyPatch.context() as mp:  # the store _run ingested into, while its settings hold
        _, expected, _, profile = _run(name, expected, tmp_path, mp)
        printed = runner.invoke(app, ["match", str(profile), "--on", expected["on"]]).stdout.splitlines()
    assert len(shown) == 8 and all(line in printed for line in shown)
