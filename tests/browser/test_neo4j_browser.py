"""Neo4j Browser, served by the real test server, driven in headless Chromium: the policykg
style, the 136号 chain and an overlap cluster. It connects as a user does, with the Bolt port Browser
offers (the server advertises the port it listens on). Screenshots go to build/screenshots, or
to docs/ for the README with POLICYKG_REFRESH_SCREENSHOTS=1."""
import os
import re
from pathlib import Path
from urllib.parse import urlparse

import pytest

from tests.browser.conftest import DOCS

pytestmark = pytest.mark.neo4j
GRASS = (Path(__file__).resolve().parent.parent.parent / "cypher" / "policykg.grass").read_text(encoding="utf-8")
CHAIN = "MATCH p = (n:Policy)-[:SUPERSEDES]->(o:Policy {doc_number: '通经信局〔2024〕136号'}) RETURN p"
OVERLAP = ("MATCH (:Sector {name: '算力'})<-[:TARGETS]-(m:Measure) WHERE m.overlap_cluster IS NOT NULL "
           "WITH m.overlap_cluster AS c, count(*) AS n ORDER BY n DESC LIMIT 1 "
           "MATCH p = (a:Measure {overlap_cluster: c})-[:OVERLAPS]->(b:Measure {overlap_cluster: c}) "
           "MATCH q = (:Policy)-[:HAS_MEASURE]->(a) RETURN p, q")


@pytest.fixture()
def loaded(neo4j_seed_store):
    return neo4j_seed_store


def _run(page, command: str) -> None:
    page.locator(".monaco-editor").first.click()
    page.keyboard.insert_text(command)  # as a paste: typing 1.5 kB of style key by key took most of a minute
    page.keyboard.press("Control+Enter")


def _last_frame_counts(page):
    frame = page.locator("[data-testid=frame]").first
    frame.locator("svg .node").first.wait_for(timeout=30000)
    page.wait_for_timeout(2500)  # let the force layout settle before the screenshot
    return frame, frame.locator("svg .node").count(), frame.locator("svg .relationship").count()


def _connect(page):
    """As a user does: open Browser, which offers the server's own Bolt port, and connect."""
    http = os.environ.get("POLICYKG_TEST_NEO4J_HTTP", "http://127.0.0.1:17474")
    page.goto(f"{http}/browser/", wait_until="networkidle", timeout=60000)
    bolt = urlparse(os.environ["POLICYKG_TEST_NEO4J_URI"])
    assert page.input_value("input[data-testid=boltaddress]").endswith(f":{bolt.port}")
    page.select_option("select[data-testid=authenticationMethod]", label="No authentication")
    page.click("button[data-testid=connect]")
    page.locator("text=neo4j$").first.wait_for(timeout=30000)


def test_the_guide_plays_in_browser_from_the_api(page, loaded, live_api):
    base, _ = live_api
    _connect(page)
    _run(page, ":clear")
    _run(page, f":play {base}/browser/guide")
    page.locator("text=policykg: industrial-support policies as a graph").first.wait_for(timeout=30000)
    assert page.locator("pre.runnable").count() >= 1


def test_browser_shows_the_chain_and_an_overlap_cluster(page, loaded):
    _connect(page)
    _run(page, ":style " + re.sub(r"\s+", " ", GRASS))
    page.wait_for_timeout(1000)
    _run(page, ":clear")  # start page and style frame: keep the screenshots to the query
    _run(page, CHAIN)
    frame, nodes, rels = _last_frame_counts(page)
    assert (nodes, rels) == (3, 2)  # the voided 136号 policy and its two successors
    DOCS.mkdir(exist_ok=True)
    frame.screenshot(path=str(DOCS / "neo4j-browser-chain-136.png"))
    _run(page, ":clear")
    _run(page, OVERLAP)
    frame, nodes, rels = _last_frame_counts(page)
    assert nodes >= 6 and rels >= 5  # measures of several policies and the policies they belong to
    frame.screenshot(path=str(DOCS / "neo4j-browser-overlap-cluster.png"))
