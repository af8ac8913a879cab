"""The FastAPI application: store-backed analyst endpoints, search through the backend, the
web page at /. Build it with ``create_app(data_dir)``; ``newsintel serve`` runs it."""

from __future__ import annotations

from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any, AsyncIterator, Optional

from fastapi import Depends, FastAPI
from fastapi.middleware.cors import CORSMiddleware
from fastapi_offline import FastAPIOffline

from corpus.config import VERSION
from corpus.data_version import DataVersion
from search_api.engine.backends import backend_name
from search_api.http.access.policy import AccessGate, authorize
from search_api.http.access.rate_limit import buckets_for, rate_limit
from search_api.http.access.settings import AccessSettings
from search_api.http.body_limit import BodyLimit
from search_api.http.deps import BackendHolder, Settings
from search_api.http.errors import ACCESS_RESPONSES, install_error_handlers
from search_api.http.export_cache import ExportCache
from search_api.http.metrics import metrics_registry
from search_api.http.observe import ObserveRequests
from search_api.http.outermost import wrap_outermost
from search_api.http.request_threads import DEFAULT_REQUEST_THREADS, limit_request_threads
from search_api.http.routes import (
    commitments,
    documents,
    exports,
    figures,
    health,
    metrics,
    organizations,
    people,
    regulations,
    saved_searches,
    search,
    web,
)
from search_api.http.security_headers import SecurityHeaders

DESCRIPTION = """
Coverage intelligence for Indonesian news about workers' social security
(BPJS Ketenagakerjaan / BPJAMSOSTEK).

* **Communications teams**: `/search` (hybrid keyword + semantic, Indonesian or English,
  syndicated copies grouped), `/timeline`, `/export/search.csv`, `/saved-searches`.
* **Partner analysts**: `/organizations`, `/commitments` (MoU, PKS...), `/export/commitments.csv`.
* **Researchers**: `/figures` (values with unit, sentence, date, source), `/regulations`.

Lists page with `cursor` = the previous page's `next_cursor`. Errors answer
`{"error", "message", "problems": [{"parameter", ...}]}`, naming the parameter at fault.
The web page for people who don't write HTTP requests is at `/`.
"""

TAGS = [
    {"name": "search", "description": "Hybrid search over news and regulations."},
    {"name": "documents", "description": "Stored documents with their enrichment."},
    {"name": "organizations", "description": "Partners under one canonical id each."},
    {"name": "commitments", "description": "Agreements partners made, and who reported them."},
    {"name": "figures", "description": "Numbers extracted from the news."},
    {"name": "regulations", "description": "Regulations and the news citing them."},
    {"name": "exports", "description": "CSV and JSON files for reports."},
    {"name": "saved searches", "description": "Queries kept to report new matches."},
    {"name": "health", "description": "Service status."},
]


def create_app(
    data_dir: Path | str,
    backend: Optional[str] = None,
    backend_options: Optional[dict[str, Any]] = None,
    warm_up: bool = True,
    access: Optional[AccessSettings] = None,
    request_threads: int = DEFAULT_REQUEST_THREADS,
) -> FastAPI:
    """The app on ``data_dir``; ``access`` defaults to the NEWSINTEL_* settings of the
    environment (search_api.http.access.settings)."""
    settings = Settings(
        data_dir=Path(data_dir).expanduser().resolve(),
        backend=backend_name(backend),
        backend_options=backend_options or {},
        request_threads=request_threads,
    )

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        limit_request_threads(settings.request_threads)
        if warm_up:
            app.state.backend.warm_up_in_background()
        yield
        app.state.backend.close()
        app.state.store_version.close()
        app.state.access.keys.close()

    # /docs and /redoc serve Swagger UI and ReDoc from the package's own copies: the default
    # pages load them from a CDN and are blank offline.
    app = FastAPIOffline(
        title="newsintel",
        version=VERSION,
        description=DESCRIPTION,
        openapi_tags=TAGS,
        lifespan=lifespan,
        # One access policy and one rate limit for every route, including routes added
        # later (alerts...). rate_limit counts per the key authorize found, else per address.
        dependencies=[Depends(authorize), Depends(rate_limit)],
        responses=ACCESS_RESPONSES,
    )
    app.state.settings = settings
    app.state.backend = BackendHolder(settings)
    app.state.export_cache = ExportCache()
    app.state.store_version = DataVersion(settings.store_path)
    access = access or AccessSettings.from_env()
    app.state.access = AccessGate(access, settings.data_dir)
    app.state.rate_limits = buckets_for(access)
    install_error_handlers(app)
    app.add_middleware(BodyLimit)
    # No origin by default: browsers allow only same-origin calls; a preflight from another
    # origin gets a 400 that says so. Keys travel in headers, never cookies: no credentials.
    app.add_middleware(
        CORSMiddleware,
        allow_origins=list(access.cors_origins),
        allow_methods=["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE"],
        allow_headers=["Authorization", "X-API-Key", "Content-Type", "X-Request-ID"],
        expose_headers=["Retry-After", "X-Request-ID"],
        max_age=600,
    )
    wrap_outermost(app, SecurityHeaders)
    app.state.metrics_registry, request_metrics = metrics_registry(
        settings.store_path, app.state.backend
    )
    wrap_outermost(app, ObserveRequests, metrics=request_metrics)
    for module in (
        search,
        documents,
        organizations,
        people,
        commitments,
        figures,
        regulations,
        exports,
        saved_searches,
        health,
        metrics,
        web,
    ):
        app.include_router(module.router)
    return app
