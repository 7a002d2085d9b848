"""FastAPI dependencies: the store, the settings, the upload key; and the route class that
checks an upload's key and size before its body is read."""
from __future__ import annotations

import hmac
from typing import Annotated, Callable, Optional

from fastapi import Depends, Header, Request, Response
from fastapi.routing import APIRoute
from starlette.types import Message, Receive

from extraction.errors import Forbidden, TooLargeError, Unauthorized
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


class UploadRoute(APIRoute):
    """A route whose body is only read once the key is right, and only up to
    POLICYKG_MAX_REQUEST_BYTES: FastAPI parses a form (and so reads the whole body) before it
    runs any dependency, so both checks come first, here. The body is held (at most the limit)
    and handed on to FastAPI's own parsing."""

    def get_route_handler(self) -> Callable:
        handler = super().get_route_handler()

        async def guarded(request: Request) -> Response:
            require_api_key(request, request.headers.get("x-api-key"))
            body = await _bounded_body(request, request.app.state.settings.max_request_bytes)
            return await handler(Request(request.scope, _replay(body, request.receive)))

        return guarded


def _too_large(what: str, limit: int) -> TooLargeError:
    return TooLargeError(f"{what} is more than the {limit:,} bytes one request may carry "
                         f"(POLICYKG_MAX_REQUEST_BYTES); send fewer or smaller files at a time")


async def _bounded_body(request: Request, limit: int) -> bytes:
    """The request body, refused (413) as soon as it is known to be over `limit`: from its
    Content-Length before reading any of it, else while reading."""
    declared = request.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > limit:
        raise _too_large(f"the upload of {int(declared):,} bytes", limit)
    chunks, size = [], 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > limit:
            raise _too_large("the upload", limit)
        chunks.append(chunk)
    return b"".join(chunks)


def _replay(body: bytes, receive: Receive) -> Receive:
    """A receive channel that gives `body` once, then listens to the client (disconnects)."""
    sent = False

    async def replay() -> Message:
        nonlocal sent
        if sent:
            return await receive()
        sent = True
        return {"type": "http.request", "body": body, "more_body": False}

    return replay
