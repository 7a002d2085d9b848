"""The contracts of graph/contracts.py: each question declared once, its parts in agreement, and
what derives from it (names, parameter checks, GET /queries, CLI help, README table)."""
import re
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from typer.testing import CliRunner

from api.app import create_app
from api.cli import app as cli
from api.settings import Settings
from extraction.errors import InputError, NotFoundError
from graph import contracts, questions as py
from graph.contracts import QUESTIONS, Param, Question, params_markdown, question
from graph.cypher_files import cypher_files
from graph.query_params import checked_params
from graph.store import QUESTIONS as STORE_QUESTIONS

README = (Path(__file__).parent.parent.parent / "README.md").read_text(encoding="utf-8")


def test_every_cypher_file_answers_one_declared_question():
    assert sorted(q.query.file for q in QUESTIONS.values()) == cypher_files()
    assert STORE_QUESTIONS == tuple(QUESTIONS)
    assert set(contracts.PYTHON_QUESTIONS) == set(QUESTIONS)


def test_an_unknown_question_is_not_found():
    with pytest.raises(NotFoundError, match="no named query 'drop_everything'; known: agency_measures"):
        question("drop_everything")


@pytest.mark.parametrize("bad, problem", [
    (Question("x", (Param("region"),), py.department_map, contracts.DepartmentRow, cypher="supersession_chain.cypher"),
     "question 'x': supersession_chain.cypher uses ['policy'], declared ['region']"),
    (Question("department_map", (Param("area"),), py.department_map, contracts.DepartmentRow, cypher="department_map.cypher"),
     "department_map.cypher uses ['region'], declared ['area']"),
    (Question("department_map", (Param("region", required=True),), py.department_map, contracts.DepartmentRow),
     "parameter 'region' is required but department_map gives it a default"),
    (Question("supersession_chain", (Param("policy"),), py.supersession_chain, contracts.ChainLink),
     "parameter 'policy' is optional but supersession_chain has no default for it"),
    (Question("policy_status", (Param("date", "date"), Param("policy", required=True)), py.policy_status,
              contracts.PolicyStatus), "policy_status takes ['policy', 'date'], declared ['date', 'policy']"),
    (Question("department_map", (Param("region"),), py.department_map, dict), "row must be a TypedDict"),
])
def test_a_declaration_that_disagrees_with_its_parts_fails_naming_it(bad, problem):
    with pytest.raises(ValueError, match=re.escape(problem)):
        bad.check()


def test_a_question_cannot_be_declared_twice():
    q = QUESTIONS["department_map"]
    with pytest.raises(ValueError, match="question 'department_map' is declared twice"):
        contracts._registry(q, q)


def test_missing_parameters_take_the_declared_defaults():
    values = checked_params("policies_in_force", {"include_unknown": "TRUE"})
    assert values == {"date": py.today(), "region": None, "sector": None, "include_unknown": True, "text": None,
                      "limit": None, "offset": None}
    assert checked_params("policies_in_force", {})["include_unknown"] is False
    assert checked_params("policy_status", {"policy": "pol_x", "date": "2026-01-01"}) == {
        "policy": "pol_x", "date": "2026-01-01"}
    with pytest.raises(InputError, match="query 'policy_status' needs parameter 'policy'"):
        checked_params("policy_status", {"date": "2026-01-01"})


def test_int_parameters_are_whole_numbers_in_bounds():
    assert checked_params("overlap_clusters", {"limit": "20", "offset": 0}) == {
        "region": None, "sector": None, "cluster": None, "limit": 20, "offset": 0}
    assert checked_params("overlap_clusters", {})["limit"] is None
    for bad in (-1, 1_000_001, "2.5", "ten", True, 2.0, "-3"):
        with pytest.raises(InputError, match="parameter 'limit' of 'overlap_clusters' must be a whole number"):
            checked_params("overlap_clusters", {"limit": bad})


def test_texts_parameters_are_lists_of_texts_in_bounds():
    values = checked_params("sector_comparison", {"sector": "人工智能", "regions": ["长春", "通州"]})
    assert values == {"sector": "人工智能", "regions": ["长春", "通州"], "limit": None, "offset": None}
    assert checked_params("sector_comparison", {"sector": "人工智能", "regions": "长春"})["regions"] == ["长春"]
    assert checked_params("sector_comparison", {"sector": "人工智能"})["regions"] is None
    for bad, message in (([], "must be a list of 1 to 20 texts"), (["x"] * 21, "must be a list of 1 to 20 texts"),
                         ({"a": 1}, "must be a list of 1 to 20 texts"), (["长春", None], "must be text, not NoneType"),
                         (["长春", " "], "must be 1 to 200 characters"), (["x" * 201], "must be 1 to 200 characters")):
        with pytest.raises(InputError, match=f"parameter 'regions' of 'sector_comparison' {message}"):
            checked_params("sector_comparison", {"sector": "人工智能", "regions": bad})


def test_columns_are_described_with_their_types():
    cols = QUESTIONS["policy_status"].columns()
    assert list(cols)[:4] == ["id", "title", "date", "status"]
    assert cols["title"] == "text or null" and cols["superseded_by"] == "list of text"
    assert cols["status"] == "in_force | not_yet_effective | expired | superseded | unknown"
    assert QUESTIONS["policy_measures"].columns()["agencies"] == "list of {name: text, raw: text or null, role: text or null}"


def test_the_queries_listing_comes_from_the_contracts(tmp_path):
    items = TestClient(create_app(Settings(store="memory", data_dir=tmp_path))).get("/queries").json()["items"]
    assert [i["name"] for i in items] == list(QUESTIONS)
    status = next(i for i in items if i["name"] == "policy_status")
    assert status["cypher"] == "policy_status.cypher" and status["title"] == QUESTIONS["policy_status"].title
    assert status["params"] == [
        {"name": "policy", "type": "text", "required": True, "default": None, "help": "policy id"},
        {"name": "date", "type": "date", "required": False, "default": "today",
         "help": "the date the answer is for, YYYY-MM-DD"}]
    assert status["columns"]["superseded_by"] == "list of text"
    flags = next(i for i in items if i["name"] == "policies_in_force")["params"]
    assert {"name": "include_unknown", "type": "bool", "required": False, "default": False} == {
        k: v for k, v in next(f for f in flags if f["name"] == "include_unknown").items() if k != "help"}


def test_the_cli_help_lists_every_question_with_its_parameters():
    r = CliRunner().invoke(cli, ["query", "--help"], env={"COLUMNS": "400"})
    assert r.exit_code == 0
    text = " ".join(r.output.replace("│", " ").split())  # a long help wraps inside rich's box even at 400 columns
    for q in QUESTIONS.values():
        assert q.usage() in text, q.usage()
    assert "policy_status(policy, date=today)" in text


def test_the_cli_rejects_an_undeclared_parameter(tmp_path, monkeypatch):
    monkeypatch.setenv("POLICYKG_DATA_DIR", str(tmp_path))
    r = CliRunner().invoke(cli, ["query", "department_map", "--param", "area=通州"])
    assert r.exit_code != 0 and "department_map takes region as k=v" in r.output


def _readme_table() -> dict[str, str]:
    section = README.split("### Named queries", 1)[1].split("\n### ", 1)[0]
    rows = {}
    for line in section.splitlines():
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        m = re.fullmatch(r"`(\w+\.cypher)`", cells[0]) if len(cells) == 3 else None
        if m:
            rows[m.group(1)] = cells[2]
    return rows


def test_the_readme_table_lists_every_question_with_its_parameters():
    table = _readme_table()
    assert sorted(table) == sorted(q.query.file for q in QUESTIONS.values())
    for q in QUESTIONS.values():
        assert table[q.query.file] == params_markdown(q), q.name


def test_the_readme_shows_a_queries_item_as_the_api_gives_it():
    import json

    shown = re.search(r'```json\n(\{"name": "department_map".*?)\n```', README, re.S).group(1)
    assert json.loads(shown) == QUESTIONS["department_map"].describe()
