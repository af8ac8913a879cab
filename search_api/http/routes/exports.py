"""CSV and JSON exports of search results, commitments and figures.

One way for all: ``GET /export/{what}.{csv|json}`` with the same filters as the listing
endpoint, every match (no pages), streamed. A file made once is kept until the store (or, for
search results, the index) changes: ``search_api.http.export_cache``.
"""

from __future__ import annotations

from typing import Annotated, Any, Callable, Hashable, Iterator, Optional

from fastapi import APIRouter, Depends, Path, Query, Request
from fastapi.responses import StreamingResponse

from corpus.queries.commitments import CommitmentFilters, list_commitments
from corpus.queries.figures import FigureFilters, iter_figures
from search_api.engine.models import SortOrder
from search_api.http.deps import BackendDep, StoreDep
from search_api.http.errors import ERROR_RESPONSES
from search_api.http.exports import (
    MEDIA_TYPES,
    ExportFormat,
    export_headers,
    export_pieces,
    field,
)
from search_api.http.hits import all_hits
from search_api.http.params import SearchQuery, SortParam, search_query
from search_api.http.routes.commitments import CommitmentSort, commitment_filters
from search_api.http.routes.figures import FigureSort, figure_filters

router = APIRouter(prefix="/export", tags=["exports"], responses=ERROR_RESPONSES)

Format = Annotated[
    ExportFormat,
    Path(
        description="csv (one row per item, lists joined with "
        "'; ', UTF-8 with BOM) or json (an array of items)."
    ),
]
STREAMED: dict[int | str, dict[str, Any]] = {
    200: {"content": {"text/csv": {}, "application/json": {}}, "description": "The file, streamed."}
}

SEARCH_COLUMNS = [
    ("rank", field("rank")),
    ("id", field("id")),
    ("published", field("published")),
    ("outlet", field("outlet")),
    ("outlets", field("outlets")),
    ("title", field("title")),
    ("url", field("url")),
    ("score", field("score")),
    ("passage", field("passage", "text")),
    ("doc_type", field("doc_type")),
]
COMMITMENT_COLUMNS = [
    ("id", field("id")),
    ("date", field("date")),
    ("partner", field("partner")),
    ("partner_id", field("partner_id")),
    ("partner_name", field("partner_name")),
    ("kind", field("kind")),
    ("agreement", field("agreement")),
    ("signatories", field("signatories")),
    ("scope", field("scope")),
    ("outlets", field("outlets")),
    ("document_ids", lambda c: [d["id"] for d in c["documents"]]),
    ("urls", lambda c: [d["url"] for d in c["documents"] if d.get("url")]),
]
FIGURE_COLUMNS = [
    ("id", field("id")),
    ("date", field("date")),
    ("value", field("value")),
    ("value_to", field("value_to")),
    ("unit", field("unit")),
    ("measure", field("measure")),
    ("measure_en", field("measure_en")),
    ("organization", field("organization")),
    ("region", field("region")),
    ("text", field("text")),
    ("context", field("context")),
    ("kind", field("kind")),
    ("sentence", field("sentence")),
    ("document_id", field("document", "id")),
    ("title", field("document", "title")),
    ("outlet", field("document", "outlet")),
    ("outlets", field("outlets")),
    ("url", field("document", "url")),
]


def _export(
    request: Request,
    version: Optional[Hashable],
    fmt: ExportFormat,
    name: str,
    pieces: Callable[[], Iterator[str]],
) -> StreamingResponse:
    """The export's file, kept by path and parameters for data of ``version``."""
    key = (request.url.path, tuple(sorted(request.query_params.multi_items())))
    return request.app.state.export_cache.respond(
        key, version, pieces, MEDIA_TYPES[fmt], export_headers(name, fmt)
    )


def _store_version(request: Request) -> Optional[Hashable]:
    return request.app.state.store_version.current()


@router.get(
    "/search.{fmt}",
    response_class=StreamingResponse,
    responses=STREAMED,
    summary="Export search results",
)
def export_search(
    request: Request,
    backend: BackendDep,
    fmt: Format,
    query: Annotated[SearchQuery, Depends(search_query)],
    sort: SortParam = SortOrder.relevance,
    max_hits: Annotated[
        int, Query(ge=1, le=10000, description="At most this many stories.")
    ] = 1000,
) -> StreamingResponse:
    """Every story matching the query and filters of /search (copies grouped, their outlets
    listed), best first or newest first, with its best passage."""
    search = query.request(sort=sort)

    def rows() -> Iterator[dict]:
        for rank, hit in enumerate(all_hits(backend, search, max_hits), start=1):
            yield {"rank": rank, **hit.model_dump(mode="json"), "outlets": hit.outlets}

    return _export(
        request,
        backend.change_token(),
        fmt,
        "search",
        lambda: export_pieces(rows(), fmt, SEARCH_COLUMNS),
    )


@router.get(
    "/commitments.{fmt}",
    response_class=StreamingResponse,
    responses=STREAMED,
    summary="Export commitments",
)
def export_commitments(
    request: Request,
    store: StoreDep,
    fmt: Format,
    filters: Annotated[CommitmentFilters, Depends(commitment_filters)],
    sort: CommitmentSort = "-date",
) -> StreamingResponse:
    """Every commitment matching the filters of /commitments."""
    return _export(
        request,
        _store_version(request),
        fmt,
        "commitments",
        lambda: export_pieces(
            list_commitments(store.db, filters, newest_first=sort == "-date"),
            fmt,
            COMMITMENT_COLUMNS,
        ),
    )


@router.get(
    "/figures.{fmt}", response_class=StreamingResponse, responses=STREAMED, summary="Export figures"
)
def export_figures(
    request: Request,
    store: StoreDep,
    fmt: Format,
    filters: Annotated[FigureFilters, Depends(figure_filters)],
    sort: FigureSort = "date",
) -> StreamingResponse:
    """Every figure matching the filters of /figures, streamed straight from the store."""
    return _export(
        request,
        _store_version(request),
        fmt,
        "figures",
        lambda: export_pieces(iter_figures(store.db, filters, sort), fmt, FIGURE_COLUMNS),
    )
