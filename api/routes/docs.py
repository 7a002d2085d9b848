"""The interactive API docs (/docs, /redoc) from assets vendored in api/static/vendor, so they
work offline: FastAPI's defaults load Swagger UI, ReDoc, a favicon and Google Fonts from CDNs."""
from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.openapi.docs import get_redoc_html, get_swagger_ui_html, get_swagger_ui_oauth2_redirect_html
from fastapi.responses import HTMLResponse

router = APIRouter(include_in_schema=False)
SWAGGER = "/static/vendor/swagger-ui"  # swagger-ui-dist from npm, version in its package.json
REDOC = "/static/vendor/redoc"  # redoc from npm (bundles/redoc.standalone.js)
FAVICON = f"{SWAGGER}/favicon-32x32.png"


@router.get("/docs", response_class=HTMLResponse)
def swagger_ui(request: Request) -> HTMLResponse:
    app = request.app
    return get_swagger_ui_html(openapi_url=app.openapi_url, title=f"{app.title} - Swagger UI",
                               oauth2_redirect_url=app.swagger_ui_oauth2_redirect_url,
                               swagger_js_url=f"{SWAGGER}/swagger-ui-bundle.js",
                               swagger_css_url=f"{SWAGGER}/swagger-ui.css", swagger_favicon_url=FAVICON)


@router.get("/docs/oauth2-redirect", response_class=HTMLResponse)
def swagger_ui_redirect() -> HTMLResponse:
    return get_swagger_ui_oauth2_redirect_html()


@router.get("/redoc", response_class=HTMLResponse)
def redoc(request: Request) -> HTMLResponse:
    app = request.app
    page = get_redoc_html(openapi_url=app.openapi_url, title=f"{app.title} - ReDoc",
                          redoc_js_url=f"{REDOC}/redoc.standalone.js", redoc_favicon_url=FAVICON,
                          with_google_fonts=False)
    page.headers["Content-Security-Policy"] = REDOC_IMAGES
    return page


# ReDoc's "API docs by Redocly" footer shows a logo from cdn.redoc.ly; the only image it needs
# from elsewhere, so images are kept to this server (a data: URL for its inline icons).
REDOC_IMAGES = "img-src 'self' data:"
