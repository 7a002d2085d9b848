"""Access to the real Neo4j server that scripts/test.sh starts.

With CI=true a missing server fails the test; elsewhere (a plain `pytest` without the script)
the Neo4j tests are skipped with the reason.
"""
from __future__ import annotations

import os

import pytest

URI_ENV = "POLICYKG_TEST_NEO4J_URI"


def neo4j_driver():
    from neo4j import GraphDatabase
    from neo4j.exceptions import ServiceUnavailable

    uri = os.environ.get(URI_ENV)
    problem = None
    if not uri:
        problem = f"{URI_ENV} is not set: run the suite with scripts/test.sh, which starts Neo4j"
    else:
        driver = GraphDatabase.driver(uri, auth=None)
        try:
            driver.verify_connectivity()
            return driver
        except (ServiceUnavailable, OSError) as exc:
            driver.close()
            problem = f"Neo4j at {uri} does not answer: {exc}"
    if os.environ.get("CI") == "true":
        pytest.fail(f"CI needs the real Neo4j server: {problem}")
    pytest.skip(problem)
