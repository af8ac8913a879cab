"""The interface every search backend implements (embedded SQLite+vectors, Elasticsearch).

A backend holds derived data only: everything in it can be rebuilt from the corpus store.
Callers (CLI, HTTP API, scheduled jobs) use only these methods and the models of
``search_api.engine.models``; the shared contract tests in tests/backends/ run against every
backend.

Life cycle::

    from search_api.engine.backends import open_backend
    with open_backend("embedded", data_dir=path) as backend:
        search_api.engine.indexing.sync(store, backend)       # index new/changed, drop deleted
        page = backend.search(SearchRequest(q="target 70 juta peserta"))
        more = backend.search(SearchRequest(q="...", cursor=page.next_cursor))
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from typing import Callable, Hashable, Iterable, Optional

from search_api.engine.models import (
    BackendHealth,
    IndexDocument,
    IndexStats,
    Interval,
    SearchRequest,
    SearchResponse,
    TimelineBucket,
)

# Called with the number of documents just processed (for progress bars).
ProgressCallback = Callable[[int], None]


# What warm_up embeds: the model's first call also sets up its buffers.
WARM_UP_QUERY = "jaminan sosial"


class SearchBackendError(RuntimeError):
    """The backend cannot serve (index missing or corrupt, cluster down...). Message says why."""


class IndexDamaged(SearchBackendError):
    """An index file is truncated, foreign or out of step with what it should hold: never
    half-used; ``newsintel index --rebuild`` derives it again from the store."""


class SearchBackend(ABC):
    """A search index over the corpus. Thread-safe for concurrent ``search``/``timeline`` calls;
    ``index``/``delete`` may be called from one writer at a time while searches run."""

    #: Registry name, as given to ``open_backend``.
    name: str = "abstract"

    # -- writing ------------------------------------------------------------------------------
    @abstractmethod
    def index(
        self, documents: Iterable[IndexDocument], progress: Optional[ProgressCallback] = None
    ) -> IndexStats:
        """Add or update documents, incrementally.

        For each document: same ``revision`` as indexed -> skipped (``unchanged``); same
        ``content_hash`` but another revision -> filters, facets and cluster refreshed without
        re-embedding (``metadata_only``); new or changed content -> passages rebuilt and
        embedded (``added``/``updated``). Documents are processed in batches (embedding is
        batched); ``progress(n)`` is called after each batch with the number of documents done.
        A failure leaves every earlier batch indexed and the index consistent.
        """

    @abstractmethod
    def delete(self, ids: Iterable[str]) -> int:
        """Remove documents (and their passages and vectors); unknown ids are ignored.
        Returns how many were removed."""

    def reset(self) -> None:
        """Drop everything indexed (e.g. to switch embedding model); the next sync rebuilds."""
        self.delete(list(self.revisions()))

    @abstractmethod
    def revisions(self) -> dict[str, str]:
        """id -> revision of every indexed document: what ``search_api.engine.indexing.sync``
        compares with the store to find what to index and what to delete."""

    # -- reading ------------------------------------------------------------------------------
    @abstractmethod
    def search(self, request: SearchRequest) -> SearchResponse:
        """One page of hits for a request.

        Hits are stories: the best passage of each document (document-level collapsing) and,
        when ``request.collapse_duplicates``, syndicated copies grouped under the best-scoring
        copy with the others listed in ``Hit.duplicates``. ``total`` and facets count stories
        over all pages. Keyword syntax never raises: a query that parses to nothing matches
        nothing. Raises ``ValueError`` for a cursor that does not belong to this request.
        """

    @abstractmethod
    def timeline(
        self, request: SearchRequest, interval: Interval = Interval.month
    ) -> list[TimelineBucket]:
        """Coverage volume over time for a request (its q, mode and filters; sort, limit,
        cursor ignored): one bucket per period between the first and last matching publication
        date, empty periods included with count 0. Documents without a date are left out.
        For a non-empty q, a document counts when it is among the request's matches (keyword:
        the boolean query matches; semantic/hybrid: its best passage scores above the backend's
        relevance threshold)."""

    @abstractmethod
    def count(self) -> int:
        """Number of indexed documents."""

    @abstractmethod
    def health(self) -> BackendHealth:
        """Cheap status for /health: reachable, sizes, embedding model. Never raises."""

    @abstractmethod
    def close(self) -> None:
        """Release files, connections and models. Safe to call twice."""

    def verify(self) -> None:  # noqa: B027 (an optional hook: nothing to check by default)
        """Raise ``IndexDamaged`` when the index's files are damaged (cheap: headers and
        counts, not contents)."""

    def change_token(self) -> Optional[Hashable]:
        """A value that changes whenever the index's content changes (for caches of what was
        read from it, like the API's exports); None when the backend cannot tell."""
        return None

    def replaced(self) -> bool:
        """True when the index this object opened was replaced on disk (a rebuild swapped in
        by another process): a long-running reader should open the backend again."""
        return False

    def integrity_problems(self) -> list[str]:
        """What is wrong inside the index (unreadable pages, passages of no document...):
        slower than ``verify``, for ``newsintel check``. Empty when nothing is."""
        return []

    def drop_orphans(self) -> int:
        """Remove what ``integrity_problems`` found removable (passages of no document);
        returns how many rows went."""
        return 0

    def warm_up(self) -> None:  # noqa: B027 (an optional hook: nothing to load by default)
        """Load what the first search would otherwise wait for (the embedding model, the
        vector graph). The API calls it on a background thread at start."""

    def __enter__(self) -> "SearchBackend":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
