"""The HTTP API: FastAPI app factory, one JSON error shape."""
from __future__ import annotations

import gc
import logging
from contextlib import asynccontextmanager

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException

from extraction.errors import AmbiguousError, PolicyKGError, StoreUnavailableError
from graph.store import GraphStore

from fastapi.staticfiles import StaticFiles

from .routes import docs, facts, match, policies, system, view
from .service import StoreHolder, UploadRejected
from .settings import Settings

log = logging.getLogger(__name__)


def error_body(code: str, message: str, **details) -> dict:
    return {"error": {"code": code, "message": message, **({"details": details} if details else {})}}


@asynccontextmanager
async def settled_collector(app: FastAPI):
    """At start-up, what the process holds for its lifetime (modules, the extraction pipeline,
    the planned reads, a graph already loaded) is frozen for the cyclic collector (gc.freeze).
    Left in the collected generations, every full collection walks it: on a Neo4j-backed server
    that was a 56 ms pause landing inside whichever request allocated the most (benchmarks/
    RESULTS.md, "A full collection inside a request"). Start-up garbage is collected first."""
    gc.collect()
    gc.freeze()
    yield


def create_app(settings: Settings | None = None, store: GraphStore | None = None) -> FastAPI:
    settings = settings or Settings()
    app = FastAPI(title="policykg", version="0.1.0",
                  description="Chinese local industrial-support policies as a knowledge graph.",
                  docs_url=None, redoc_url=None,  # served by routes/docs.py from vendored assets
                  lifespan=settled_collector)
    app.state.settings = settings
    app.state.stores = StoreHolder(settings, store)
    for module in (policies, facts, match, system, view, docs):
        app.include_router(module.router)
    app.mount("/static", StaticFiles(directory=view.STATIC), name="static")

    @app.exception_handler(PolicyKGError)
    async def policykg_error(request: Request, exc: PolicyKGError):
        details = {}
        if isinstance(exc, AmbiguousError):
            details["candidates"] = exc.candidates
        if isinstance(exc, UploadRejected):
            details["files"] = [e.model_dump() for e in exc.errors]
        if exc.path:
            details["path"] = exc.path
        if isinstance(exc, StoreUnavailableError):
            request.app.state.stores.reset()  # reconnect on the next request
        return JSONResponse(error_body(exc.code, str(exc), **details), status_code=exc.status_code)

    @app.exception_handler(RequestValidationError)
    async def validation_error(request: Request, exc: RequestValidationError):
        problems = [{"where": ".".join(str(p) for p in e["loc"]), "problem": e["msg"]} for e in exc.errors()]
        return JSONResponse(error_body("bad_request", "invalid parameters", problems=problems), status_code=422)

    @app.exception_handler(Exception)
    async def unexpected_error(request: Request, exc: Exception):
        """A bug still answers in the one error shape; the traceback goes to the log, not the client."""
        log.exception("unexpected error on %s %s", request.method, request.url.path)
        return JSONResponse(error_body("internal_error", f"internal error ({type(exc).__name__}); see the server log"),
                            status_code=500)

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException):
        code = "not_found" if exc.status_code == 404 else "http_error"
        return JSONResponse(error_body(code, str(exc.detail)), status_code=exc.status_code)

    return app


def app_from_env() -> FastAPI:
    """The app with settings from the environment only: what each `policykg serve --workers N`
    worker process builds for itself (uvicorn's factory)."""
    return create_app(Settings())
