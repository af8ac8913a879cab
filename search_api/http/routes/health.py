"""GET /health: can the store and the search index serve, and what they hold."""

from __future__ import annotations

import logging
from pathlib import Path

from fastapi import APIRouter, Request

from corpus.health import health_summary
from corpus.store import CorpusStore
from search_api.http.errors import Unavailable
from search_api.http.schemas import AccessHealth, Health, IndexHealth, SourcesHealth, StoreHealth

router = APIRouter(tags=["health"])
log = logging.getLogger("search_api")


def _store_health(path: Path) -> StoreHealth:
    if not path.exists():
        return StoreHealth(
            ok=False,
            path=path.name,
            error="no corpus store yet: crawl "
            "(`newsintel crawl`) or import (`newsintel ingest FILE`) first",
        )
    try:
        with CorpusStore(path) as store:
            return StoreHealth(
                ok=True,
                path=path.name,
                schema_version=store.schema_version,
                documents=store.documents_by_type(),
                enriched=store.count_extractions(),
                sources=SourcesHealth(**health_summary(store)),
            )
    except Exception as exc:  # health must answer whatever state the file is in
        log.warning("store health: %s", exc)
        return StoreHealth(ok=False, path=path.name, error=str(exc))


def _index_health(request: Request) -> IndexHealth:
    holder = request.app.state.backend
    try:
        status = holder.get().health()
    except Unavailable as exc:
        return IndexHealth(ok=False, backend=holder.settings.backend, error=exc.message)
    except Exception as exc:  # health must answer whatever state the index is in
        log.exception("index health")
        return IndexHealth(ok=False, backend=holder.settings.backend, error=repr(exc))
    return IndexHealth(
        ok=status.ok,
        backend=status.backend,
        warming=holder.warming,
        detail=status.model_dump(exclude={"ok", "backend"}),
        error=None if status.ok else status.detail,
    )


@router.get("/health", response_model=Health, summary="Service status")
def health(request: Request) -> Health:
    """Whether the corpus store and the search index can serve, with their counts. Always 200;
    `status` is `starting` while the index loads its embedding model after start-up, and
    `degraded` when either part cannot serve (the part's `error` says why)."""
    store = _store_health(request.app.state.settings.store_path)
    index = _index_health(request)
    if not (store.ok and index.ok):
        status = "degraded"
    else:
        status = "starting" if index.warming else "ok"
    access = AccessHealth(**request.app.state.access.describe())
    return Health(status=status, store=store, index=index, access=access)
