"""Health, named queries, uploads and export."""
from __future__ import annotations

from typing import Annotated, Any, Literal

from fastapi import APIRouter, Body, Depends, Request, UploadFile
from fastapi.responses import JSONResponse, Response

from extraction.errors import PolicyKGError, TooLargeError
from graph.contracts import QUESTIONS
from graph.export import as_json, graphml

from .. import service
from ..deps import SettingsDep, StoreDep, UploadRoute, require_api_key

router = APIRouter(tags=["system"])
uploads = APIRouter(tags=["system"], route_class=UploadRoute)  # key and size checked before the body is read


@router.get("/health")
def health(request: Request) -> JSONResponse:
    """The configured store, and whether it (Neo4j, when configured) answers."""
    settings = request.app.state.settings
    body: dict[str, Any] = {"store": settings.store}
    try:
        store = request.app.state.stores.get()
        body["counts"] = store.counts()
        body["status"] = "ok"
        code = 200
    except PolicyKGError as exc:
        request.app.state.stores.reset()
        body.update(status="unavailable", error=exc.message)
        code = exc.status_code
    if settings.store == "neo4j":
        body["neo4j"] = {"uri": settings.neo4j_uri, "reachable": code == 200}
    return JSONResponse(body, status_code=code)


@router.get("/queries")
def list_queries() -> dict:
    """The named queries (graph/contracts.py): title, Cypher file, parameters with their type,
    whether required and default, and the columns of a row with their types."""
    return {"items": [q.describe() for q in QUESTIONS.values()]}


@router.post("/queries/{name}")
def run_query(name: str, store: StoreDep, params: Annotated[dict[str, Any], Body()] = None) -> dict:
    """Run a named, read-only query with JSON parameters: text (dates YYYY-MM-DD); optional ones may be
    left out. A bad, missing or unknown parameter is a 422 naming it."""
    params = params or {}
    return {"query": name, "params": params, "rows": store.query(name, params)}


# UploadRoute already checked the key before the body; the dependency stays so that OpenAPI
# (/docs) shows the X-API-Key header this route needs.
@uploads.post("/documents", status_code=201, dependencies=[Depends(require_api_key)])
def upload_documents(files: list[UploadFile], store: StoreDep, settings: SettingsDep) -> dict:
    """Upload .txt/.docx documents to extract and ingest (header X-API-Key). If any file is bad,
    nothing is stored and the answer names each bad file. Too large a request or file is a 413.
    A plain `def`: extraction and the store write run in a worker thread, not on the event loop."""
    files_read = []
    for f in files:
        data = f.file.read(settings.max_upload_bytes + 1)
        if len(data) > settings.max_upload_bytes:
            raise TooLargeError(f"larger than the {settings.max_upload_bytes:,} bytes one file may have "
                                f"(POLICYKG_MAX_UPLOAD_BYTES)", path=f.filename)
        files_read.append((f.filename or "upload", data))
    return service.ingest_uploads(store, files_read, settings).as_dict()


router.include_router(uploads)


@router.get("/export")
def export(store: StoreDep, format: Literal["json", "graphml"] = "json") -> Response:
    """The whole graph as JSON or GraphML (Gephi, yEd)."""
    data = store.export()
    if format == "graphml":
        return Response(graphml(data), media_type="application/graphml+xml")
    return Response(as_json(data), media_type="application/json")
