"""GET /search and GET /timeline: delegated to the search backend."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Query

from search_api.engine.models import Interval, SortOrder
from search_api.engine.timeline import TooManyBuckets
from search_api.http.deps import BackendDep
from search_api.http.errors import ERROR_RESPONSES, ParameterError
from search_api.http.hits import search_page
from search_api.http.params import Cursor, SearchQuery, SortParam, page_limit, search_query
from search_api.http.schemas import SearchResults, Timeline

router = APIRouter(tags=["search"], responses=ERROR_RESPONSES)


async def search_page_params(  # async: no I/O, no trip through the thread pool
    sort: SortParam = SortOrder.relevance,
    limit: Annotated[int, page_limit()] = 10,
    cursor: Cursor = None,
    collapse: Annotated[
        bool,
        Query(
            description="Group syndicated copies of one story into one hit listing every outlet."
        ),
    ] = True,
    facets: Annotated[
        bool,
        Query(
            description="Count outlets, organisations, people, "
            "regulations and months over all matches."
        ),
    ] = True,
) -> dict:
    return {
        "sort": sort,
        "limit": limit,
        "cursor": cursor,
        "collapse_duplicates": collapse,
        "facets": facets,
    }


@router.get("/search", response_model=SearchResults, summary="Search coverage")
def search(
    backend: BackendDep,
    query: Annotated[SearchQuery, Depends(search_query)],
    page: Annotated[dict, Depends(search_page_params)],
) -> SearchResults:
    """Stories matching a query, best first (or newest first), each with its best passage
    highlighted, its score and the outlets of its syndicated copies; facets count all matches.
    Page on with `cursor` = `next_cursor` of the previous page, keeping every other parameter.
    """
    return search_page(backend, query.request(**page))


@router.get("/timeline", response_model=Timeline, summary="Coverage volume over time")
def timeline(
    backend: BackendDep,
    query: Annotated[SearchQuery, Depends(search_query)],
    interval: Annotated[
        Interval, Query(description="Bucket width: day, week (from Monday) or month.")
    ] = Interval.month,
) -> Timeline:
    """How many matching documents were published per day, week or month (empty periods
    included): attention over time for a query and its filters. Documents dated before 1900
    or after 2100 are left out; more than 5,000 periods is refused (422): choose a wider
    interval or narrow the dates."""
    try:
        buckets = backend.timeline(query.request(facets=False), interval)
    except TooManyBuckets as exc:
        raise ParameterError("interval", str(exc), interval.value) from None
    return Timeline(interval=interval.value, total=sum(b.count for b in buckets), buckets=buckets)
