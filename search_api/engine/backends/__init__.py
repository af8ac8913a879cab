"""Search backends behind one interface (``SearchBackend``) and how one is chosen.

``open_backend()`` picks by name: the argument, else ``NEWSINTEL_SEARCH_BACKEND``, else
``embedded`` (SQLite FTS5 + HNSW vectors in the data dir, zero set-up). Backends are imported
lazily so the embedded one never needs the Elasticsearch client and vice versa.
"""

from __future__ import annotations

import importlib
import os
from pathlib import Path
from typing import Any, Optional

from corpus import config
from search_api.engine.backends.base import (
    IndexDamaged,
    ProgressCallback,
    SearchBackend,
    SearchBackendError,
)

BACKEND_ENV = "NEWSINTEL_SEARCH_BACKEND"
DEFAULT_BACKEND = "embedded"

# name -> "module:Class"; a backend module is imported only when chosen.
BACKENDS: dict[str, str] = {
    "embedded": "search_api.engine.backends.embedded:EmbeddedBackend",
    "elasticsearch": "search_api.engine.backends.elasticsearch:ElasticsearchBackend",
}


def backend_name(name: Optional[str] = None) -> str:
    """The backend a command should use: explicit name, else the environment, else embedded."""
    chosen = (name or os.environ.get(BACKEND_ENV) or DEFAULT_BACKEND).strip().lower()
    if chosen not in BACKENDS:
        raise ValueError(
            f"unknown search backend {chosen!r}; choose one of {', '.join(sorted(BACKENDS))}"
        )
    return chosen


def open_backend(
    name: Optional[str] = None,
    data_dir: Optional[Path | str] = None,
    readonly: bool = False,
    **options: Any,
) -> SearchBackend:
    """Open the named backend.

    ``data_dir`` is where the embedded backend keeps its files (default: the current data dir,
    ``corpus.config.data_dir()``); other backends may ignore it. ``options`` go to the backend's
    constructor (embedded: ``embedder=``, ``model=``; Elasticsearch: ``url=``, ...).
    ``readonly``: the caller only searches; the embedded backend then writes nothing to open
    (a read-only data dir serves), others ignore it.
    """
    module_name, class_name = BACKENDS[backend_name(name)].split(":")
    if data_dir is None:
        data_dir = config.data_dir()
    backend_class = getattr(importlib.import_module(module_name), class_name)
    if readonly and backend_name(name) == "embedded":
        options["readonly"] = True
    return backend_class(data_dir=Path(data_dir), **options)


__all__ = [
    "BACKENDS",
    "BACKEND_ENV",
    "IndexDamaged",
    "ProgressCallback",
    "SearchBackend",
    "SearchBackendError",
    "backend_name",
    "open_backend",
]
