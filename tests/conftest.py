from __future__ import annotations

from pathlib import Path

import pytest

from extraction.pipeline import build_nlp

ROOT = Path(__file__).parent.parent
SEED_DIR = ROOT / "seed"


@pytest.fixture(scope="session")
def nlp():
    return build_nlp()


@pytest.fixture(scope="session")
def seed_texts() -> dict[str, str]:
    return {f"seed/{p.name}": p.read_text(encoding="utf-8") for p in sorted(SEED_DIR.glob("*.txt"))}


@pytest.fixture(scope="session")
def neo4j_driver():
    from tests.neo4j_server import neo4j_driver as connect

    driver = connect()
    yield driver
    driver.close()
