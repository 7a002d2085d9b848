"""CLI commands: exit codes and output."""
import json

import pytest
from typer.testing import CliRunner

from api.cli import app
from tests.conftest import copy_data_dir

runner = CliRunner()


@pytest.fixture(scope="session")
def cli_seed_dir(tmp_path_factory, seed_expected):
    """`policykg ingest seed/` into a data directory, once per session."""
    d = tmp_path_factory.mktemp("cli-seed") / "data"
    result = runner.invoke(app, ["ingest", "seed/"], env={"POLICYKG_DATA_DIR": str(d), "POLICYKG_STORE": "memory"})
    assert result.exit_code == 0, result.output
    e = seed_expected
    assert f"{e['documents']} documents, {e['policies']} policies, {e['measures']} measures, 0 errors" in result.stdout
    return d


@pytest.fixture()
def data_dir(tmp_path, monkeypatch, cli_seed_dir):
    """The CLI's data directory: this test's own copy of the seed as `policykg ingest seed/` stored it."""
    d = copy_data_dir(cli_seed_dir, tmp_path / "data")
    monkeypatch.setenv("POLICYKG_DATA_DIR", str(d))
    monkeypatch.setenv("POLICYKG_STORE", "memory")
    return d


def test_overlaps_lists_clusters_with_regions(data_dir):
    result = runner.invoke(app, ["overlaps", "--sector", "算力", "--json"])
    assert result.exit_code == 0
    clusters = json.loads(result.stdout)
    assert clusters and all(c["size"] == len(c["members"]) for c in clusters)
    table = runner.invoke(app, ["overlaps", "--region", "长春新区"])
    assert table.exit_code == 0 and "must choose" in table.stdout


def test_overlaps_full_derives_every_overlap_again(data_dir):
    (data_dir / "overlaps.state").unlink()  # without the state an incremental update is impossible
    before = json.loads(runner.invoke(app, ["overlaps", "--json"]).stdout)
    result = runner.invoke(app, ["overlaps", "--full"])
    assert result.exit_code == 0, result.output
    pairs = sum(c["pairs"] for c in before)
    assert result.stdout.startswith("overlaps derived again from every measure: ") and pairs > 0
    assert (data_dir / "overlaps.state").exists()
    assert json.loads(runner.invoke(app, ["overlaps", "--json"]).stdout) == before  # same measures, same groups


def test_ingest_again_is_unchanged_and_bad_files_exit_non_zero(data_dir, tmp_path):
    again = runner.invoke(app, ["ingest", "seed/", "--json"])
    assert again.exit_code == 0
    assert {d["status"] for d in json.loads(again.stdout)["documents"]} == {"unchanged"}
    (tmp_path / "empty.txt").write_bytes(b"")
    bad = runner.invoke(app, ["ingest", str(tmp_path / "empty.txt")])
    assert bad.exit_code == 1 and "empty.txt: file is empty" in bad.stderr


def test_chain_by_document_number(data_dir):
    result = runner.invoke(app, ["chain", "136号", "--json"])
    assert result.exit_code == 0
    rows = json.loads(result.stdout)
    assert {r["older_doc_number"] for r in rows} == {"通经信局〔2024〕136号"} and len(rows) == 2


def test_ambiguous_and_unknown_policies(data_dir):
    result = runner.invoke(app, ["chain", "细则"])
    assert result.exit_code == 1
    assert "policies match '细则'" in result.stderr and "pol_" in result.stderr
    result = runner.invoke(app, ["show", "没有这个政策"])
    assert result.exit_code == 1 and "no policy matches" in result.stderr


def test_show_in_force_departments_funding_compare(data_dir, seed_expected):
    show = runner.invoke(app, ["show", "长春新区支持数字经济", "--on", "2026-06-01"])
    assert show.exit_code == 0 and "支持人工智能领域关键技术攻关" in show.stdout
    assert "unknown: no start date (takes effect on issue; issue date unknown)" in show.stdout
    assert "expired (stated): valid until 2026-12-31" in runner.invoke(
        app, ["show", "长春新区支持数字经济", "--on", "2027-01-01"]).stdout
    assert runner.invoke(app, ["in-force", "--on", "2026-13-40"]).exit_code == 2
    rows = json.loads(runner.invoke(app, ["in-force", "--on", "2026-11-21", "--region", "杭州", "--json"]).stdout)
    assert rows and all(r["region"] == "杭州市" and r["status"] == "in_force" for r in rows)
    deps = json.loads(runner.invoke(app, ["departments", "--region", "长春新区", "--json"]).stdout)
    assert len(deps) == 7
    funding = json.loads(runner.invoke(app, ["funding-matches", "--json"]).stdout)
    assert len(funding) == seed_expected["funding_matches"]
    compare = runner.invoke(app, ["compare", "人工智能"])
    assert compare.exit_code == 0 and "长春新区" in compare.stdout and "杭州市" in compare.stdout


def test_named_query_with_params_and_bad_params(data_dir, tmp_path):
    out = tmp_path / "rows.graphml"
    ok = runner.invoke(app, ["query", "funding_matches", "--param", "source=算力券", "--json", "--graphml", str(out)])
    assert ok.exit_code == 0 and all("算力券" in r["source"] for r in json.loads(ok.stdout))
    import networkx as nx

    g = nx.read_graphml(out)
    assert g.number_of_nodes() == len(json.loads(ok.stdout)) and all("source" in d for _, d in g.nodes(data=True))
    assert runner.invoke(app, ["query", "funding_matches", "--param", "nope=1"]).exit_code == 2
    missing = runner.invoke(app, ["query", "no_such_query"])
    assert missing.exit_code == 1 and "no named query" in missing.stderr


def test_export_graphml_file(data_dir, tmp_path, seed_expected):
    out = tmp_path / "g.graphml"
    result = runner.invoke(app, ["export", "--format", "graphml", "-o", str(out)])
    assert result.exit_code == 0 and f"{seed_expected['nodes']} nodes" in result.stderr
    import networkx as nx

    assert nx.read_graphml(out).number_of_nodes() == seed_expected["nodes"]
    assert runner.invoke(app, ["export", "--format", "csv"]).exit_code == 2


def test_in_force_hides_unknown_status_unless_asked(data_dir, seed_documents):
    undated = {p.id for d in seed_documents for p in d.policies
               if not p.effective_from and not p.expires_on and not p.issued_on}
    known = json.loads(runner.invoke(app, ["in-force", "--on", "2031-01-01", "--json"]).stdout)
    assert undated.isdisjoint({r["id"] for r in known})
    both = json.loads(runner.invoke(app, ["in-force", "--on", "2031-01-01", "--include-unknown", "--json"]).stdout)
    assert {r["id"] for r in both if r["status"] == "unknown"} >= undated
    assert [r for r in both if r["status"] == "in_force"] == known
    table = runner.invoke(app, ["in-force", "--on", "2031-01-01"])
    hidden = len(both) - len(known)
    assert table.exit_code == 0 and f"{hidden} more with status unknown on this date" in table.stdout
    assert "no start date" in runner.invoke(app, ["in-force", "--on", "2031-01-01", "--include-unknown"]).stdout
