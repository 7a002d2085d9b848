import json

from typer.testing import CliRunner

from api.cli import app

runner = CliRunner()


def test_extract_json_for_every_file_and_errors_for_bad_ones(tmp_path):
    good = tmp_path / "good.txt"
    good.write_text("某区支持软件产业发展若干措施\n一、支持研发。给予最高100万元补助。（责任单位：区科技局）\n", encoding="gb18030")
    (tmp_path / "empty.txt").write_bytes(b"")
    result = runner.invoke(app, ["extract", str(tmp_path), "--json"])
    assert result.exit_code == 1
    payload = json.loads(result.stdout)
    assert [d["path"] for d in payload["documents"]] == [str(good)]
    (policy,) = payload["documents"][0]["policies"]
    (measure,) = policy["measures"]
    assert measure["amounts"][0] == {**measure["amounts"][0], "value": 1e6, "unit": "yuan", "role": "cap"}
    assert set(measure) >= {"id", "number", "section", "heading", "text", "start", "end", "support_type", "agencies",
                            "sectors", "amounts", "funding_matches"}
    assert payload["errors"] == [{"path": str(tmp_path / "empty.txt"), "error": "file is empty"}]
    assert "empty.txt: file is empty" in result.stderr


def test_extract_table_and_html_review(tmp_path):
    html = tmp_path / "review.html"
    result = runner.invoke(app, ["extract", "seed/000_61dcdc7b9149cff2.txt", "--html", str(html)])
    assert result.exit_code == 0, result.output
    assert "single" in result.stdout and "11" in result.stdout
    page = html.read_text(encoding="utf-8")
    assert "AMOUNT_YUAN" in page and "AGENCY" in page and "200万元" in page


def test_missing_file_is_a_non_zero_exit():
    result = runner.invoke(app, ["extract", "does/not/exist.txt"])
    assert result.exit_code == 1
    assert "does/not/exist.txt: no such file" in result.stderr
