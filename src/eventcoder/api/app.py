"""The FastAPI application: JSON API under /api, OpenAPI docs at /docs, the web UI at /.

Example:
    >>> from eventcoder.api import create_app
    >>> app = create_app(db="sqlite:///eventcoder.db")   # then: uvicorn.run(app)
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from fastapi import FastAPI
from fastapi.openapi.docs import get_redoc_html, get_swagger_ui_html
from fastapi.responses import FileResponse, HTMLResponse, JSONResponse, Response
from fastapi.staticfiles import StaticFiles

from eventcoder import __version__
from eventcoder.api import routes_articles, routes_incidents, routes_misc
from eventcoder.api.errors import ApiError, error_response, install_error_handlers
from eventcoder.api.headers import SecurityHeadersMiddleware
from eventcoder.web import static_dir as ui_static_dir
from eventcoder.web.vocabulary_js import render_module

log = logging.getLogger(__name__)

DEFAULT_MAX_BODY = 5 * 1024 * 1024
STATIC_DIR = ui_static_dir()


class BodyTooLarge(ApiError):
    """The request body is over the server's limit."""


class BodyLimitMiddleware:
    """Refuse request bodies over ``max_bytes`` with 413, by header or while streaming."""

    def __init__(self, app: Any, max_bytes: int) -> None:
        self.app = app
        self.max_bytes = max_bytes

    def _message(self, size: int | None = None) -> str:
        mb = self.max_bytes / 1_048_576
        got = f" ({size / 1_048_576:.1f} MB)" if size is not None else ""
        return (f"Request body too large{got}: the limit is {mb:g} MB. Split the batch into "
                "smaller requests (or start the server with a larger --max-body-mb).")

    async def __call__(self, scope: dict[str, Any], receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        headers = dict(scope.get("headers") or [])
        declared = headers.get(b"content-length")
        if declared is not None:
            try:
                size = int(declared)
            except ValueError:
                await error_response(400, "Invalid Content-Length header.")(scope, receive, send)
                return
            if size > self.max_bytes:
                await error_response(413, self._message(size))(scope, receive, send)
                return
        received = 0

        async def limited_receive() -> dict[str, Any]:
            nonlocal received
            message = await receive()
            if message.get("type") == "http.request":
                received += len(message.get("body") or b"")
                if received > self.max_bytes:
                    raise BodyTooLarge(413, self._message())
            return message

        await self.app(scope, limited_receive, send)


def _docs_assets() -> Path | None:
    """Swagger UI and ReDoc files shipped by the fastapi-offline package, if installed."""
    try:
        import fastapi_offline
    except ImportError:
        return None
    folder = Path(fastapi_offline.__file__).parent / "static"
    return folder if (folder / "swagger-ui-bundle.js").is_file() else None


def _mount_offline_docs(app: FastAPI, docs_assets: Path) -> None:
    """Serve /docs and /redoc with their scripts from this server: nothing comes from a CDN."""
    app.mount("/docs-assets", StaticFiles(directory=str(docs_assets)), name="docs-assets")
    openapi_url = app.openapi_url or "/openapi.json"
    favicon = "/docs-assets/favicon.png"

    @app.get("/docs", include_in_schema=False)
    def swagger_docs() -> HTMLResponse:
        """Interactive API docs (Swagger UI)."""
        return get_swagger_ui_html(
            openapi_url=openapi_url, title=f"{app.title} – docs",
            swagger_js_url="/docs-assets/swagger-ui-bundle.js",
            swagger_css_url="/docs-assets/swagger-ui.css", swagger_favicon_url=favicon,
        )

    @app.get("/redoc", include_in_schema=False)
    def redoc_docs() -> HTMLResponse:
        """Reference API docs (ReDoc)."""
        return get_redoc_html(
            openapi_url=openapi_url, title=f"{app.title} – reference",
            redoc_js_url="/docs-assets/redoc.standalone.js", redoc_favicon_url=favicon,
            with_google_fonts=False,
        )


def _mount_ui(app: FastAPI, static_dir: Path | None) -> None:
    """Serve the web UI at / (or, without it, a pointer to the API docs)."""
    if static_dir is not None and Path(static_dir).is_dir():
        @app.get("/js/vocabulary.js", include_in_schema=False)
        def ui_vocabulary() -> Response:
            """The UI's vocabularies, generated from the contract on every start."""
            return Response(render_module(), media_type="text/javascript")

        index = Path(static_dir) / "index.html"
        if index.is_file():
            @app.get("/", include_in_schema=False)
            def ui_index() -> FileResponse:
                """The web UI."""
                return FileResponse(index)
        app.mount("/", StaticFiles(directory=str(static_dir), html=True), name="ui")
    else:
        @app.get("/", include_in_schema=False)
        def no_ui() -> dict[str, str]:
            """Without the web UI, point to the API docs."""
            return {"name": "eventcoder", "docs": "/docs", "api": "/api/incidents"}


def create_app(
    store: Any = None,
    *,
    db: str | None = None,
    read_token_required: bool = False,
    max_body_bytes: int = DEFAULT_MAX_BODY,
    static_dir: Path | None = STATIC_DIR,
) -> FastAPI:
    """Build the app over ``store`` (or a new Store for ``db``)."""
    if store is None:
        from eventcoder.store import Store

        store = Store(db)
    docs_assets = _docs_assets()
    app = FastAPI(
        docs_url=None if docs_assets else "/docs",
        redoc_url=None if docs_assets else "/redoc",
        title="eventcoder API",
        version=__version__,
        description="Evidence-backed records of political violence: incidents merged from news "
        "reports, their evidence, actors and corrections. Writes need "
        "`Authorization: Bearer <token>` (create one with `eventcoder token create NAME`).",
    )
    app.state.store = store
    app.state.read_token_required = read_token_required
    install_error_handlers(app)
    app.add_middleware(BodyLimitMiddleware, max_bytes=max_body_bytes)
    app.add_middleware(SecurityHeadersMiddleware)  # outermost: on every answer, errors too
    app.include_router(routes_incidents.router)
    app.include_router(routes_articles.router)
    app.include_router(routes_misc.router)
    app.include_router(routes_misc.auth_router)

    if docs_assets:
        _mount_offline_docs(app, docs_assets)

    @app.get("/api", tags=["meta"], summary="API status")
    def api_root() -> dict[str, Any]:
        """Name, version and where the docs are."""
        return {"name": "eventcoder", "version": __version__, "docs": "/docs",
                "read_token_required": read_token_required}

    @app.api_route("/api/{path:path}", methods=["GET"],
                   include_in_schema=False)
    def api_not_found(path: str) -> JSONResponse:
        """Unknown API paths answer in the error shape, not with the UI."""
        return error_response(404, f"No endpoint /api/{path}; see /docs for the API.")

    _mount_ui(app, static_dir)
    return app
