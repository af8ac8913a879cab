"""FastAPI dependencies: settings, a store connection per request, the shared search backend."""

from __future__ import annotations

import logging
import threading
from dataclasses import dataclass, field
from pathlib import Path
from typing import Annotated, Any, Iterator, Optional

from fastapi import Depends, Request
from starlette.concurrency import run_in_threadpool

from corpus.config import STORE_FILE
from corpus.store import CorpusStore
from search_api.alerts.saved_searches import SAVED_SEARCHES_FILE, SavedSearchStore
from search_api.engine.backends import SearchBackend, SearchBackendError, backend_name, open_backend
from search_api.http.errors import Unavailable
from search_api.http.request_threads import DEFAULT_REQUEST_THREADS

log = logging.getLogger("search_api")

RETIRED_CLOSE_SECONDS = 60  # a replaced backend is closed this long after its last use began


@dataclass
class Settings:
    data_dir: Path
    backend: str = field(default_factory=backend_name)
    backend_options: dict[str, Any] = field(default_factory=dict)
    request_threads: int = DEFAULT_REQUEST_THREADS  # search_api.http.request_threads

    @property
    def store_path(self) -> Path:
        return self.data_dir / STORE_FILE

    @property
    def saved_searches_path(self) -> Path:
        return self.data_dir / SAVED_SEARCHES_FILE


class BackendHolder:
    """Opens the search backend on first use (loading the embedding model takes seconds) and
    shares it between requests: backends are thread-safe for concurrent searches."""

    def __init__(self, settings: Settings):
        self.settings = settings
        self._backend: Optional[SearchBackend] = None
        self._lock = threading.Lock()
        # True while the background warm-up loads the model and vectors (/health: starting)
        self.warming = False

    def ready(self) -> Optional[SearchBackend]:
        """The backend when it is open and current (nothing to open or retire), else None."""
        backend = self._backend
        return backend if backend is not None and not backend.replaced() else None

    def get(self) -> SearchBackend:
        backend = self._backend
        if backend is not None and backend.replaced():
            self._retire(backend)
        if self._backend is None:
            with self._lock:
                if self._backend is None:
                    self._backend = self._open()
        return self._backend

    def _retire(self, backend: SearchBackend) -> None:
        """`index --rebuild` swapped a new index in: open that one for the next requests;
        the old one is closed once the searches running on it are surely done."""
        with self._lock:
            if self._backend is not backend:
                return
            self._backend = None
        log.info("the search index was rebuilt: opening the new one")
        timer = threading.Timer(RETIRED_CLOSE_SECONDS, backend.close)
        timer.daemon = True
        timer.start()

    def _open(self) -> SearchBackend:
        try:
            # Read-only: serving writes nothing to the index (a read-only data dir serves).
            return open_backend(
                self.settings.backend,
                self.settings.data_dir,
                readonly=True,
                **self.settings.backend_options,
            )
        except (SearchBackendError, OSError) as exc:
            log.warning("search backend %s unavailable: %s", self.settings.backend, exc)
            raise Unavailable(
                f"the {self.settings.backend} search index cannot be opened "
                f"({exc}); build it with `newsintel index`"
            ) from exc

    def warm_up_in_background(self) -> None:
        """Open the backend and load its model and vectors on a thread of their own, so that
        the first search does not wait for them; ``warming`` is True until that is done."""
        self.warming = True
        threading.Thread(target=self.warm_up, daemon=True, name="backend-warm-up").start()

    def warm_up(self) -> None:
        """Open the backend and load its model and vectors now. A backend that cannot open
        is logged, not raised: the analyst endpoints serve from the store all the same."""
        self.warming = True
        try:
            self.get().warm_up()
        except Unavailable as exc:
            log.warning("%s", exc.message)
        except SearchBackendError as exc:  # e.g. a damaged index: its message says what to run
            log.warning("search index: %s", exc)
        except Exception:  # a broken index must not stop the analyst endpoints from serving
            log.exception("opening the search backend failed")
        finally:
            self.warming = False

    @property
    def opened(self) -> Optional[SearchBackend]:
        return self._backend

    def close(self) -> None:
        with self._lock:
            if self._backend is not None:
                self._backend.close()
                self._backend = None


# Dependencies that do no I/O are async: a sync one costs each request a trip through the
# thread pool (and its wait for a free thread under load).
async def get_settings(request: Request) -> Settings:
    return request.app.state.settings


def get_store(settings: Annotated[Settings, Depends(get_settings)]) -> Iterator[CorpusStore]:
    """One connection per request (closed after the response, streamed ones included):
    SQLite in WAL mode lets readers run beside the crawler and the indexer."""
    store = CorpusStore(settings.store_path, readonly=True)  # the API never writes the store
    try:
        yield store
    finally:
        store.close()


async def get_backend(request: Request) -> SearchBackend:
    """The shared backend: here when it is open, else opened on a worker thread (loading the
    model takes seconds)."""
    holder: BackendHolder = request.app.state.backend
    backend = holder.ready()
    return backend if backend is not None else await run_in_threadpool(holder.get)


def get_saved_searches(
    settings: Annotated[Settings, Depends(get_settings)],
) -> Iterator[SavedSearchStore]:
    saved = SavedSearchStore(settings.saved_searches_path)
    try:
        yield saved
    finally:
        saved.close()


StoreDep = Annotated[CorpusStore, Depends(get_store)]
BackendDep = Annotated[SearchBackend, Depends(get_backend)]
SavedDep = Annotated[SavedSearchStore, Depends(get_saved_searches)]
