"""GET /health: can the store and the search index serve, and what they hold."""

from __future__ import annotations

import logging
import shutil
from pathlib import Path

from fastapi import APIRouter, Request

from corpus.health import health_summary
from corpus.store import CorpusStore
from search_api.http.errors import Unavailable
from search_api.http.schemas import (
    AccessHealth,
    DiskHealth,
    Health,
    IndexHealth,
    SourcesHealth,
    StoreHealth,
)

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
        with CorpusStore(path, readonly=True) as store:
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


# Below this, SQLite's next checkpoint or a saved search may not fit: writes answer 503.
MIN_FREE_BYTES = 16 * 1024 * 1024


def _disk_health(data_dir: Path) -> DiskHealth:
    try:
        free = shutil.disk_usage(data_dir).free
    except OSError as exc:
        return DiskHealth(ok=False, error=f"cannot read the data dir's disk: {exc.strerror}")
    if free < MIN_FREE_BYTES:
        return DiskHealth(
            ok=False,
            free_bytes=free,
            error=f"the data dir's disk is nearly full ({free // 1024} KiB free): "
            "writes (saved searches) fail",
        )
    return DiskHealth(ok=True, free_bytes=free)


@router.get("/health", response_model=Health, summary="Service status")
def health(request: Request) -> Health:
    """Whether the corpus store and the search index can serve, with their counts, and
    whether the data dir's disk has room for writes. Always 200;
    `status` is `starting` while the index loads its embedding model after start-up, and
    `degraded` when either part cannot serve (the part's `error` says why)."""
    settings = request.app.state.settings
    store = _store_health(settings.store_path)
    index = _index_health(request)
    disk = _disk_health(settings.data_dir)
    if not (store.ok and index.ok and disk.ok):
        status = "degraded"
    else:
        status = "starting" if index.warming else "ok"
    access = AccessHealth(**request.app.state.access.describe())
    return Health(status=status, store=store, index=index, disk=disk, access=access)
