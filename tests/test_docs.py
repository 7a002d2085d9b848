"""The README documents every CLI command, every named query and every setting (sqlite-utils'
test_docs habit)."""
from pathlib import Path

import pytest
import typer.main

from api.cli import app
from api.settings import Settings
from graph.cypher_files import CYPHER_DIR

README = (Path(__file__).parent.parent / "README.md").read_text(encoding="utf-8")
COMMANDS = sorted(typer.main.get_command(app).commands)
QUERIES = sorted(p.name for p in CYPHER_DIR.glob("*.cypher"))
SETTINGS = sorted(f"POLICYKG_{name.upper()}" for name in Settings.model_fields)


def test_there_is_something_to_check():
    assert len(COMMANDS) >= 11 and len(QUERIES) >= 7


@pytest.mark.parametrize("command", COMMANDS)
def test_every_command_is_in_the_readme(command):
    assert f"`policykg {command}" in README


@pytest.mark.parametrize("query", QUERIES)
def test_every_query_file_is_in_the_readme(query):
    assert f"`{query}`" in README


@pytest.mark.parametrize("variable", SETTINGS)
def test_every_setting_is_in_the_readme(variable):
    assert f"`{variable}`" in README


@pytest.mark.parametrize("query", QUERIES)
def test_every_query_file_starts_with_a_title(query):
    first = (CYPHER_DIR / query).read_text(encoding="utf-8").splitlines()[0]
    assert first.startswith("// ") and len(first) > 10


def test_the_readme_test_command_is_what_ci_runs():
    ci = (Path(__file__).parent.parent / ".ci" / "run").read_text(encoding="utf-8")
    assert "scripts/test.sh" in ci and "./scripts/test.sh" in README.splitlines()[3] + README.splitlines()[4]
