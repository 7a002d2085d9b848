"""FastAPI dependencies: the store, the settings, the upload key."""
from __future__ import annotations

import hmac
from typing import Annotated, Optional

from fastapi import Depends, Header, Request

from extraction.errors import Forbidden, Unauthorized
from graph.store import GraphStore

from .settings import Settings


def get_settings(request: Request) -> Settings:
    return request.app.state.settings


def get_store(request: Request) -> GraphStore:
    return request.app.state.stores.get()


def require_api_key(request: Request, x_api_key: Annotated[Optional[str], Header()] = None) -> None:
    expected = request.app.state.settings.api_key
    if not expected:
        raise Forbidden("uploads are disabled: set POLICYKG_API_KEY on the server")
    if not x_api_key or not hmac.compare_digest(x_api_key.encode(), expected.encode()):
        raise Unauthorized("missing or wrong X-API-Key header")


StoreDep = Annotated[GraphStore, Depends(get_store)]
SettingsDep = Annotated[Settings, Depends(get_settings)]
