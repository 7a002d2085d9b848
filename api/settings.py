"""Settings from environment variables (POLICYKG_*), documented in the README."""
from __future__ import annotations

from pathlib import Path
from typing import Literal, Optional

from pydantic_settings import BaseSettings, SettingsConfigDict


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="POLICYKG_", extra="ignore")

    store: Literal["memory", "neo4j"] = "memory"
    data_dir: Path = Path("data")
    neo4j_uri: str = "bolt://127.0.0.1:7687"
    neo4j_user: Optional[str] = None
    neo4j_password: Optional[str] = None
    neo4j_database: Optional[str] = None
    api_key: Optional[str] = None  # uploads are refused until one is set
    max_upload_bytes: int = 20 * 1024 * 1024
