from __future__ import annotations

import os

import pytest
from fastapi.testclient import TestClient

from api.app import create_app
from api.settings import Settings

API_KEY = "test-key"


@pytest.fixture()
def memory_client(seed_data_dir):
    """The API on the embedded store holding the seed (a copy of the session's build)."""
    settings = Settings(store="memory", data_dir=seed_data_dir, api_key=API_KEY)
    return TestClient(create_app(settings))


@pytest.fixture()
def neo4j_client(neo4j_seed_store):
    """The API on the real Neo4j holding the seed (restored when a previous test changed it)."""
    import os

    settings = Settings(store="neo4j", neo4j_uri=os.environ["POLICYKG_TEST_NEO4J_URI"], api_key=API_KEY)
    return TestClient(create_app(settings))


@pytest.fixture(params=["memory", "neo4j"])
def client(request):
    return request.getfixturevalue(f"{request.param}_client")


@pytest.fixture(scope="session")
def spark():
    """One local SparkSession for every Spark test of the run (the JVM start is the cost), 2 cores.
    Under CI a missing PySpark is a failure, not a skip."""
    try:
        import pyspark  # noqa: F401
    except ImportError:
        if os.environ.get("CI") == "true":
            pytest.fail("CI needs PySpark (scripts/setup.sh installs policykg[spark])")
        pytest.skip("PySpark is not installed (pip install 'policykg[spark]')")
    from api.spark_job import spark_session

    session = spark_session("local[2]", "policykg tests")
    yield session
    session.stop()
