"""Settings from environment variables (POLICYKG_*), documented in the README."""
from __future__ import annotations

from pathlib import Path
from typing import Literal, Optional

from pydantic import Field
from pydantic_settings import BaseSettings, SettingsConfigDict

from extraction.decoding import MAX_DOCX_UNPACKED


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="POLICYKG_", extra="ignore")

    store: Literal["memory", "neo4j"] = "memory"
    data_dir: Path = Path("data")
    neo4j_uri: str = "bolt://127.0.0.1:7687"
    neo4j_user: Optional[str] = None
    neo4j_password: Optional[str] = None
    neo4j_database: Optional[str] = None
    api_key: Optional[str] = None  # uploads are refused until one is set
    # Input bounds (README, Settings): each is checked before the work it would cost.
    max_upload_bytes: int = 20 * 1024 * 1024  # one uploaded file
    max_request_bytes: int = 50 * 1024 * 1024  # a whole upload request, all files together
    max_docx_unpacked_bytes: int = MAX_DOCX_UNPACKED  # what a .docx's zip members add up to, unpacked
    max_document_chars: int = 1_000_000  # characters of text in one document (spaCy's own default max_length)
    # Extraction processes for ingest and extract (api/parallel.py); unset: all cores (os.cpu_count()).
    workers: Optional[int] = Field(default=None, ge=1)
    # Documents per Neo4j write transaction for ingest and load-records (graph/neo4j_batch.py); 1: one each.
    load_batch: int = Field(default=100, ge=1)
