"""Saved searches: keep a query with its filters, ask later what is new."""

from __future__ import annotations

from typing import Annotated, Iterator
from urllib.parse import urlencode

from fastapi import APIRouter, Path, Query, Response
from pydantic import BaseModel, Field

from search_api.engine.backends import SearchBackend
from search_api.engine.models import Hit, SortOrder
from search_api.http.deps import BackendDep, SavedDep
from search_api.http.errors import BODY_ERRORS, ERROR_RESPONSES, NOT_FOUND, NotFound
from search_api.http.hits import all_hits, story_ids
from search_api.http.params import SearchQuery
from search_api.http.saved_searches import SavedSearchStore
from search_api.http.schemas import SavedSearch, SavedSearchIn, SearchHit

router = APIRouter(prefix="/saved-searches", tags=["saved searches"], responses=ERROR_RESPONSES)

# A saved search remembers at most this many matches per check (newest first).
MAX_TRACKED = 2000
SearchId = Annotated[
    int, Path(ge=1, le=2**63 - 1, description="Id of the saved search.", examples=[1])
]


class NewMatches(BaseModel):
    saved_search: SavedSearch
    previous_check: str = Field(description="When the search was last checked (or created).")
    checked_at: str | None = Field(
        description="This check's time; null when mark_checked was false."
    )
    new: list[SearchHit] = Field(
        description="Stories that were not matches at the previous check, newest first."
    )


def _search_query(saved: dict) -> SearchQuery:
    return SearchQuery.from_saved(saved["q"], saved["mode"], saved["filters"])


def _out(saved: dict) -> SavedSearch:
    query = _search_query(saved)
    params = [("q", query.q), ("mode", query.mode.value)]
    for key, value in query.filters().items():
        params.extend((key, v) for v in (value if isinstance(value, list) else [value]))
    return SavedSearch(**saved, search_url="/search?" + urlencode(params))


def _matches(backend: SearchBackend, query: SearchQuery) -> Iterator[Hit]:
    return all_hits(backend, query.request(sort=SortOrder.date), MAX_TRACKED)


@router.post(
    "", response_model=SavedSearch, status_code=201, responses=BODY_ERRORS, summary="Save a search"
)
def create(body: SavedSearchIn, saved: SavedDep, backend: BackendDep) -> SavedSearch:
    """Save a query with its filters. What matches now is the starting point: the next
    /saved-searches/{id}/new reports only what matches after this."""
    query = SearchQuery.from_saved(body.q, body.mode, body.filters)
    query.request()  # checks the filters together (date order...) before anything is stored
    seen = [doc_id for hit in _matches(backend, query) for doc_id in story_ids(hit)]
    return _out(saved.create(body.name, body.q, query.mode.value, query.filters(), seen))


@router.get("", response_model=list[SavedSearch], summary="List saved searches")
def list_saved(saved: SavedDep) -> list[SavedSearch]:
    return [_out(s) for s in saved.list()]


@router.get(
    "/{search_id}", response_model=SavedSearch, responses=NOT_FOUND, summary="One saved search"
)
def get_saved(search_id: SearchId, saved: SavedDep) -> SavedSearch:
    return _out(_get(saved, search_id))


@router.delete(
    "/{search_id}", status_code=204, responses=NOT_FOUND, summary="Delete a saved search"
)
def delete_saved(search_id: SearchId, saved: SavedDep) -> Response:
    if not saved.delete(search_id):
        raise NotFound(f"no saved search with id {search_id}")
    return Response(status_code=204)


@router.get(
    "/{search_id}/new",
    response_model=NewMatches,
    responses=NOT_FOUND,
    summary="New matches of a saved search",
)
def new_matches(
    search_id: SearchId,
    saved: SavedDep,
    backend: BackendDep,
    mark_checked: Annotated[
        bool,
        Query(
            description="Record this check, so the same matches "
            "are not reported again (false: just look)."
        ),
    ] = True,
) -> NewMatches:
    """Stories matching the saved search now that did not match at its previous check:
    newly crawled or imported coverage, newest first."""
    item = _get(saved, search_id)
    seen = saved.seen(search_id)
    hits = list(_matches(backend, _search_query(item)))
    new = [SearchHit.of(h) for h in hits if not seen.intersection(story_ids(h))]
    checked_at = None
    if mark_checked:
        checked_at = saved.record_check(search_id, [i for h in hits for i in story_ids(h)])
    return NewMatches(
        saved_search=_out(_get(saved, search_id)),
        previous_check=item["last_checked_at"],
        checked_at=checked_at,
        new=new,
    )


def _get(saved: SavedSearchStore, search_id: int) -> dict:
    item = saved.get(search_id)
    if item is None:
        raise NotFound(f"no saved search with id {search_id}")
    return item
