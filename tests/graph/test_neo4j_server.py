import os
from urllib.parse import urlparse

import httpx
import pytest

pytestmark = pytest.mark.neo4j


def test_the_suite_talks_to_a_real_neo4j_5_26(neo4j_driver):
    records, _, _ = neo4j_driver.execute_query("CALL dbms.components() YIELD name, versions, edition "
                                               "RETURN name, versions[0] AS version, edition")
    (row,) = records
    assert row["name"] == "Neo4j Kernel"
    assert row["version"].startswith("5.26.")
    assert row["edition"] == "community"


def test_the_server_advertises_the_ports_it_listens_on(neo4j_driver):
    """Browser fills its connect form from the discovery answer (GET /): it must name the Bolt
    port the server listens on (the suite's server is not on the default 7687)."""
    uri = urlparse(os.environ["POLICYKG_TEST_NEO4J_URI"])
    http = os.environ.get("POLICYKG_TEST_NEO4J_HTTP", "http://127.0.0.1:17474")
    discovery = httpx.get(http + "/", headers={"Accept": "application/json"}).json()
    assert urlparse(discovery["bolt_direct"]).port == uri.port
    assert urlparse(discovery["bolt_routing"]).port == uri.port
    assert discovery["transaction"].startswith(http + "/")
