"""Every output the README shows as printed, and every figure it gives about the seeds, is what the
code prints now.

Each ```console block of README.md is run as shown: `.venv/bin/policykg ...` through Typer's
CliRunner, `curl ... localhost:8000/...` through FastAPI's TestClient (same route, same query),
piped through the real `jq` and `head` when the block pipes, all on one embedded store loaded with
seed/ (and its overlaps) once for the module. The printed text must be the block's text, line for
line (trailing blanks aside); where the README elides with "…", that stands for any text in a line,
a line of "…" alone for any lines, and a bare JSON answer is compared without whitespace (curl
prints it compact, the README wraps it). Figures in prose (the seed load line, overlap pairs and
groups, the undated policies) are recomputed from the same store. Timings are not re-run: they are
benchmark measurements and say so.
"""
from __future__ import annotations

import json
import os
import re
import shlex
import shutil
import subprocess
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from typer.testing import CliRunner

from api.app import create_app
from api.cli import app as cli
from api.settings import Settings
from tests.conftest import devset_cases

ROOT = Path(__file__).parent.parent
README = (ROOT / "README.md").read_text(encoding="utf-8")
ELLIPSIS = "…"


def console_blocks() -> list[tuple[int, str]]:
    """(line number, text) of every ```console block."""
    blocks, lines, start = [], README.splitlines(), None
    for i, line in enumerate(lines, 1):
        if start is None and line.strip() == "```console":
            start, body = i, []
        elif start is not None and line.strip() == "```":
            blocks.append((start, "\n".join(body)))
            start = None
        elif start is not None:
            body.append(line)
    return blocks


def _unclosed(command: str) -> bool:
    try:
        shlex.split(command)
    except ValueError:
        return True
    return False


def commands_and_outputs(block: str) -> list[tuple[str, str]]:
    """Split a console block into (command, expected output): a command starts at `$ ` and goes on
    while a line ends in a backslash, a quote is open, or the next line starts with a pipe."""
    lines, pairs, i = block.splitlines(), [], 0
    while i < len(lines):
        assert lines[i].startswith("$ "), f"console block line not under a command: {lines[i]!r}"
        parts = [lines[i][2:]]
        i += 1
        while i < len(lines) and (parts[-1].endswith("\\") or _unclosed("\n".join(parts))
                                  or lines[i].lstrip().startswith("|")):
            parts[-1] = parts[-1].removesuffix("\\")
            parts.append(lines[i])
            i += 1
        output = []
        while i < len(lines) and not lines[i].startswith("$ "):
            output.append(lines[i])
            i += 1
        pairs.append(("\n".join(parts), "\n".join(output)))
    return pairs


CASES = [(f"README.md:{start} $ {cmd.splitlines()[0][:60]}", cmd, out)
         for start, block in console_blocks() for cmd, out in commands_and_outputs(block)]


@pytest.fixture(scope="module")
def data_dir(tmp_path_factory, seed_documents) -> Path:
    from api.service import open_store

    data = tmp_path_factory.mktemp("readme") / "data"
    store = open_store(Settings(store="memory", data_dir=data))
    for doc in seed_documents:
        store.ingest(doc)
    store.recompute_overlaps()
    return data


@pytest.fixture(scope="module")
def store(data_dir):
    from api.service import open_store

    return open_store(Settings(store="memory", data_dir=data_dir))


@pytest.fixture(scope="module")
def client(data_dir) -> TestClient:
    return TestClient(create_app(Settings(store="memory", data_dir=data_dir)))


def run_policykg(args: list[str], data_dir: Path) -> str:
    env = {"POLICYKG_STORE": "memory", "POLICYKG_DATA_DIR": str(data_dir), "POLICYKG_WORKERS": "1"}
    result = CliRunner().invoke(cli, args, env=env)
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    return result.stdout


def run_curl(args: list[str], client: TestClient) -> str:
    method, params, headers, body, url, i = "GET", [], {}, None, None, 0
    while i < len(args):
        a = args[i]
        if a in ("-s", "-G"):
            i += 1
            continue
        if a == "-X":
            method = args[i + 1]
        elif a == "-H":
            k, v = args[i + 1].split(":", 1)
            headers[k.strip()] = v.strip()
        elif a == "--data-urlencode":
            params.append(tuple(args[i + 1].split("=", 1)))
        elif a == "-d":
            data = args[i + 1]
            body = (ROOT / data[1:]).read_bytes() if data.startswith("@") else data.encode()
        else:
            assert url is None and a.startswith("localhost:8000/"), f"curl argument not understood: {a}"
            url = a.removeprefix("localhost:8000")
            i += 1
            continue
        i += 2
    response = client.request(method, url, params=params, headers=headers, content=body)
    assert response.status_code == 200, response.text
    return response.text


def run(command: str, data_dir: Path, client: TestClient) -> str:
    tokens = [t for t in shlex.split(command) if t != "2>/dev/null"]
    stages, current = [], []
    for t in tokens:
        if t == "|":
            stages.append(current)
            current = []
        else:
            current.append(t)
    stages.append(current)
    first, *rest = stages
    if first[0] == ".venv/bin/policykg":
        text = run_policykg(first[1:], data_dir)
    elif first[0] == "curl":
        text = run_curl(first[1:], client)
    else:
        raise AssertionError(f"README console command not runnable here: {command}")
    for stage in rest:
        if stage[0] == "jq":
            if shutil.which("jq") is None:
                if os.environ.get("CI") == "true":
                    pytest.fail("CI needs jq to check the README's jq examples")
                pytest.skip("jq is not installed")
            text = subprocess.run(stage, input=text, capture_output=True, text=True, check=True).stdout
        elif stage[0] == "head":
            n = int(stage[1].lstrip("-n").lstrip("-"))
            text = "".join(text.splitlines(keepends=True)[:n])
        else:
            raise AssertionError(f"pipe stage not runnable here: {stage}")
    return text


def _pattern(expected: str) -> re.Pattern:
    parts = []
    for line in expected.splitlines():
        if line.strip() == ELLIPSIS:
            parts.append(None)
        else:
            parts.append(".*?".join(re.escape(p) for p in line.split(ELLIPSIS)))
    rx = ""
    for k, p in enumerate(parts):
        if p is None:
            rx += r"(?:[^\n]*\n)*?"
        else:
            rx += p + ("\n" if k < len(parts) - 1 else "")
    return re.compile(rx)


def assert_shown(shown, actual, where: str, path: str = "") -> None:
    """Every field the README shows has that value; a list shows all its items."""
    if isinstance(shown, dict):
        assert isinstance(actual, dict), f"{where}: {path} is not an object: {actual!r}"
        for key, value in shown.items():
            assert key in actual, f"{where}: {path}.{key} is not in the answer"
            assert_shown(value, actual[key], where, f"{path}.{key}")
    elif isinstance(shown, list):
        assert isinstance(actual, list) and len(actual) == len(shown), \
            f"{where}: {path} has {len(actual) if isinstance(actual, list) else actual!r} items, the README shows {len(shown)}"
        for k, (s, a) in enumerate(zip(shown, actual)):
            assert_shown(s, a, where, f"{path}[{k}]")
    else:
        assert shown == actual, f"{where}: {path} is {actual!r}, the README says {shown!r}"


def _lines(text: str) -> str:
    return "\n".join(line.rstrip() for line in text.rstrip("\n").splitlines())


@pytest.mark.parametrize("where, command, expected", CASES, ids=[c[0] for c in CASES])
def test_console_block_is_what_the_command_prints(where, command, expected, data_dir, client):
    printed = run(command, data_dir, client)
    if command.startswith("curl") and "|" not in shlex.split(command):
        # a bare JSON answer: the README wraps it and elides fields with …; compare the fields shown
        shown = json.loads(re.sub(r",\s*…|…\s*,?", "", expected))
        assert_shown(shown, json.loads(printed), where)
        return
    got, want = _lines(printed), _lines(expected)
    if ELLIPSIS in want:
        assert _pattern(want).fullmatch(got), f"{where}\nREADME:\n{want}\nprinted:\n{got}"
    else:
        assert got == want, f"{where}\nprinted:\n{got}"


def test_the_readme_has_console_blocks_to_check():
    assert len(CASES) >= 10


# ---- figures in prose and tables ------------------------------------------------------------

def _n(text: str) -> int:
    return int(text.replace(",", ""))


def said(pattern: str) -> re.Match:
    """The one place the README says it (whitespace may wrap)."""
    found = said_each(pattern)
    assert len(found) == 1, f"README should say /{pattern}/ once, found {len(found)}"
    return found[0]


def said_each(pattern: str) -> list[re.Match]:
    """Every place the README says it (an example's output shown twice), at least one."""
    found = list(re.finditer(pattern.replace(" ", r"\s+"), README))
    assert found, f"README should say /{pattern}/"
    return found


def test_the_seed_load_line_counts_what_a_load_stores(seed_documents, tmp_path):
    from graph.memory_store import MemoryStore

    store = MemoryStore(tmp_path / "data")     # as benchmarks/load_seed.py loads it: no overlaps
    for doc in seed_documents:
        store.ingest(doc)
    g = store.g
    policies = [d for _, d in g.nodes(data=True) if d["label"] == "Policy"]
    now = (len(policies), sum(1 for d in policies if d.get("stub")),
           sum(1 for _, d in g.nodes(data=True) if d["label"] == "Measure"), g.number_of_nodes(), g.number_of_edges())
    m = said(r"\(today (\d+) policies incl\. (\d+) stubs, ([\d,]+) measures, ([\d,]+) nodes, ([\d,]+) relationships\)")
    assert tuple(_n(x) for x in m.groups()) == now


def test_the_seed_overlap_figures(store):
    groups = store.query("overlap_clusters", {})
    sizes = [len(row["members"]) for row in groups]
    pairs = store.counts().get("OVERLAPS", 0)
    m = said(r"on the seeds: ([\d,]+) pairs, (\d+) groups of (\d+) to (\d+) measures")
    assert tuple(_n(x) for x in m.groups()) == (pairs, len(groups), min(sizes), max(sizes))
    for m in said_each(r"(\d+) overlap pairs in (\d+) groups"):  # the spark-overlaps example
        assert (int(m.group(1)), int(m.group(2))) == (pairs, len(groups))


def test_the_undated_seed_policies(store):
    from graph.questions import start_of, status_of

    store.refresh()
    g = store.g
    policies = [n for n, d in g.nodes(data=True) if d["label"] == "Policy" and not d.get("stub")]
    undated = [n for n in policies if start_of(g.nodes[n]) is None]
    open_ended = [n for n in undated if not g.nodes[n].get("expires_on")]
    assert all(status_of(g, n, "2999-01-01")["status"] == "unknown" for n in open_ended)
    m = said(r"On the seeds, the (\d+) policies with no start date are `unknown` before they expire \((\d+) of them")
    assert tuple(_n(x) for x in m.groups()) == (len(undated), len(open_ended))


def test_the_seed_corpus_size_in_the_speed_line(seed_documents):
    files = sorted((ROOT / "seed").glob("*.txt"))
    chars = sum(len(p.read_text(encoding="utf-8")) for p in files)
    measures = sum(len(p.measures) for d in seed_documents for p in d.policies)
    m = said(r"seed corpus \((\d+) files, ([\d,]+) characters, ([\d,]+) measures\)")
    assert tuple(_n(x) for x in m.groups()) == (len(files), chars, measures)
    assert _n(said(r"a random 120 of the ([\d,]+) seed measures").group(1)) == measures


def test_the_seed_gold_table_is_what_test_gold_scores_prints(seed_documents):
    from tests.scoring import score, table

    printed = table(score({d.path: d for d in seed_documents}))
    assert printed in README, f"README's seed quality table is stale; printed now:\n{printed}"


def test_the_conditions_table(seed_documents, devset_documents):
    from tests.conditions_gold import all_scores

    scores, _ = all_scores(seed_documents, devset_documents)["both"]
    rows = ["| type | gold | precision | recall | F1 |", "|---|---:|---:|---:|---:|"]
    for t, s in scores.items():
        n = s.tp + s.fn
        cells = (f"{s.precision:.3f}", f"{s.recall:.3f}", f"{s.f1:.3f}") if n or s.fp else ("–",) * 3
        rows.append(f"| {t} | {n} | " + " | ".join(cells) + " |")
    printed = "\n".join(rows)
    assert printed in README, f"README's conditions table is stale; now:\n{printed}"


def test_the_overlap_quality_table(seed_documents, devset_documents):
    from tests.overlap_gold import gold, measure_infos, score

    data = gold()
    overlapping = sum(1 for p in data["pairs"] if p["overlap"])
    m = said(r"`tests/gold/overlap_pairs_v2.json` holds ([\d,]+) pairs \(([\d,]+) overlapping\)")
    assert tuple(_n(x) for x in m.groups()) == (len(data["pairs"]), overlapping)
    infos = measure_infos(seed_documents, devset_documents)
    for split, bold in (("tune", False), ("held_out", True)):
        s = score(infos, split)
        p, r = f"{s.precision:.3f}", f"{s.recall:.3f}"
        if bold:
            p, r = f"**{p}**", f"**{r}**"
        row = f"| {split} | {s.tp + s.fp + s.fn + s.tn} | {p} | {r} |"
        assert row in README, f"README's overlap quality row is stale; now: {row}"


def _eval(cases: Path) -> dict:
    result = CliRunner().invoke(cli, ["eval", str(cases), "--json"], env={"POLICYKG_WORKERS": "1"})
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


def test_the_devset_table_now_columns(tmp_path):
    cases = devset_cases()
    table = said(r"\| field \(F1\) \| before this work \| now, (\d+) cases \|[^\n]*\n\|[^\n]*\n((?:\|[^\n]*\n)+)")
    assert int(table.group(1)) == len(list(cases.glob("*.gold.json")))
    held_names = said(r"Seven cases \(([^)]*)\)").group(1).replace("\n", " ").split(", ")
    held = tmp_path / "held"
    held.mkdir()
    for name in held_names:
        for suffix in (".txt", ".gold.json"):
            shutil.copy(cases / f"{name.strip()}{suffix}", held / f"{name.strip()}{suffix}")
    now, held_now = _eval(cases), _eval(held)
    fields = {"amounts": "amounts", "agencies": "agencies", "funding matches": "funding", "title": "title",
              "region": "region", "document number (文号)": "doc_number", "supersedes": "supersedes"}

    def f1(report, key):
        return f"{report['fields'][key]['f1']:.3f}"

    for row in table.group(2).splitlines():
        cells = [c.strip() for c in row.strip("|").split("|")]
        name = cells[0]
        if name == "measures micro / macro":
            want = [f"{f1(r, 'measures')} / {r['measures_macro_f1']:.3f}" for r in (now, held_now)]
        else:
            want = [f1(now, fields[name]), f1(held_now, fields[name])]
        assert [cells[2], cells[4]] == want, f"README devset row {name!r} says {cells[2]}, {cells[4]}; now {want}"


def test_the_first_overlap_gold_scores(seed_documents):
    from graph.overlaps import find_overlaps
    from tests.overlap_gold import infos_by_gold_id, seed_name

    gold = json.loads((ROOT / "tests" / "gold" / "overlap_pairs.json").read_text(encoding="utf-8"))
    ref = infos_by_gold_id(seed_documents, seed_name)
    found = {frozenset((o.a, o.b)) for o in find_overlaps(list(ref.values()))}
    pos = [frozenset((ref[a].id, ref[b].id)) for a, b, _ in gold["positive"]]
    neg = [frozenset((ref[a].id, ref[b].id)) for a, b, _ in gold["negative"]]
    tp, fp = sum(p in found for p in pos), sum(n in found for n in neg)
    m = said(r"\(`tests/gold/overlap_pairs.json`, (\d+) pairs\) scores precision ([\d.]+), recall ([\d.]+)\.")
    assert m.groups() == (str(len(pos) + len(neg)), f"{tp / max(1, tp + fp):.3f}", f"{tp / len(pos):.3f}")


def test_the_conditions_gold_sizes(seed_documents):
    def gold(name):
        return json.loads((ROOT / "tests" / "gold" / f"conditions_{name}.json").read_text(encoding="utf-8"))["measures"]

    measures = sum(len(p.measures) for d in seed_documents for p in d.policies)
    m = said(r"a random (\d+) of the ([\d,]+) seed measures[\s\S]{0,80}?for time\) plus (\d+) added by hand")
    assert (int(m.group(1)) + int(m.group(3)), _n(m.group(2))) == (len(gold("seed")), measures)
    assert int(said(r"every third devset case \((\d+) measures\)").group(1)) == len(gold("devset"))
    held = gold("heldout")
    m = said(r"by name, (\d+) measures, (\d+) conditions, annotated before")
    assert (int(m.group(1)), int(m.group(2))) == (len(held), sum(len(v) for v in held.values()))


def test_the_devset_size():
    cases = devset_cases()
    assert int(said(r"devset is (\d+) real documents").group(1)) == len(list(cases.glob("*.gold.json")))


def test_the_queries_item_is_what_get_queries_answers(client):
    m = said(r"One item of `GET /queries`:\n\n```json\n([^\n]*)\n```")
    shown = json.loads(m.group(1))
    items = {q["name"]: q for q in client.get("/queries").json()["items"]}
    assert items[shown["name"]] == shown


def test_the_spark_example_counts_the_seed(seed_expected):
    """The Spark example needs Java and a Spark start (tests/test_spark* run it); its figures are the seed's."""
    files = len(list((ROOT / "seed").glob("*.txt")))
    m = said(r"wrote /tmp/records: (\d+) documents, 0 errors \((\d+) files\)")
    assert (int(m.group(1)), int(m.group(2))) == (seed_expected["documents"], files)
    e = seed_expected
    for m in said_each(r"loaded into neo4j: (\d+) documents \((\d+) created\), (\d+) policies, (\d+) measures; 0 error lines"):
        assert tuple(int(x) for x in m.groups()) == (e["documents"], e["documents"], e["policies"], e["measures"])
