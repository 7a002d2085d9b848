from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from api.app import create_app
from api.settings import Settings

API_KEY = "test-key"


@pytest.fixture()
def memory_client(tmp_path, seed_documents):
    from api.service import open_store

    settings = Settings(store="memory", data_dir=tmp_path / "data", api_key=API_KEY)
    store = open_store(settings)
    for doc in seed_documents:
        store.ingest(doc)
    store.recompute_overlaps()
    return TestClient(create_app(settings))


@pytest.fixture()
def neo4j_client(neo4j_store, seed_documents):
    import os

    for doc in seed_documents:
        neo4j_store.ingest(doc)
    neo4j_store.recompute_overlaps()
    settings = Settings(store="neo4j", neo4j_uri=os.environ["POLICYKG_TEST_NEO4J_URI"], api_key=API_KEY)
    return TestClient(create_app(settings))


@pytest.fixture(params=["memory", "neo4j"])
def client(request):
    return request.getfixturevalue(f"{request.param}_client")
