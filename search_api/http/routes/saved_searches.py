"""Saved searches: keep a query with its filters, ask later what is new, read it as a feed."""

from __future__ import annotations

import json
from typing import Annotated
from urllib.parse import urlencode

from fastapi import APIRouter, Path, Query, Request, Response
from pydantic import BaseModel, Field

from search_api.alerts import feeds, items
from search_api.alerts.matching import Check, check, story_ids
from search_api.alerts.saved_searches import SavedSearchStore
from search_api.http.access.policy import FeedTokensDep
from search_api.http.deps import BackendDep, SavedDep
from search_api.http.errors import BODY_ERRORS, ERROR_RESPONSES, NOT_FOUND, TOO_LARGE, NotFound
from search_api.http.saved_matches import BackendFinder, search_query
from search_api.http.schemas import SavedSearch, SavedSearchChange, SavedSearchIn, SearchHit

router = APIRouter(prefix="/saved-searches", tags=["saved searches"], responses=ERROR_RESPONSES)

SearchId = Annotated[
    int, Path(ge=1, le=2**63 - 1, description="Id of the saved search.", examples=[1])
]

# Read by the access policy (access/feed_tokens.py); declared here so the API docs show it.
FeedToken = Annotated[
    str | None,
    Query(
        max_length=64,
        description="The saved search's `feed_token`, where reads need an API key and the "
        "reader cannot send one.",
    ),
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


class RunResult(BaseModel):
    search_id: int
    new: list[SearchHit] = Field(
        description="Stories that were not matches at the previous check, newest first; "
        "now recorded (in the feeds, owed to the webhooks)."
    )
    checked_at: str = Field(description="This check's time.")


def _search_url(saved: dict) -> str:
    query = search_query(saved)
    params = [("q", query.q), ("mode", query.mode.value)]
    for key, value in query.filters().items():
        params.extend((key, v) for v in (value if isinstance(value, list) else [value]))
    return "/search?" + urlencode(params)


def _out(saved: dict, tokens: FeedTokensDep) -> SavedSearch:
    return SavedSearch(**saved, search_url=_search_url(saved), feed_token=tokens.of(saved["id"]))


@router.post(
    "", response_model=SavedSearch, status_code=201, responses=BODY_ERRORS, summary="Save a search"
)
def create(
    body: SavedSearchIn, saved: SavedDep, backend: BackendDep, tokens: FeedTokensDep
) -> SavedSearch:
    """Save a query with its filters. What matches now is the starting point: the next
    /saved-searches/{id}/new reports only what matches after this."""
    query = search_query(body.model_dump())
    query.request()  # checks the filters together (date order...) before anything is stored
    current = {"q": body.q, "mode": query.mode.value, "filters": query.filters()}
    seen = [i for hit in BackendFinder(backend).matches(current) for i in story_ids(hit)]
    return _out(
        saved.create(
            body.name, body.q, query.mode.value, query.filters(), seen, webhook_url=body.webhook_url
        ),
        tokens,
    )


@router.get("", response_model=list[SavedSearch], summary="List saved searches")
def list_saved(saved: SavedDep, tokens: FeedTokensDep) -> list[SavedSearch]:
    return [_out(s, tokens) for s in saved.list()]


@router.get(
    "/{search_id}", response_model=SavedSearch, responses=NOT_FOUND, summary="One saved search"
)
def get_saved(search_id: SearchId, saved: SavedDep, tokens: FeedTokensDep) -> SavedSearch:
    return _out(_get(saved, search_id), tokens)


@router.patch(
    "/{search_id}",
    response_model=SavedSearch,
    responses={**NOT_FOUND, **BODY_ERRORS},
    summary="Rename a saved search or change its webhook",
)
def change_saved(
    search_id: SearchId, body: SavedSearchChange, saved: SavedDep, tokens: FeedTokensDep
) -> SavedSearch:
    """Change the name or the webhook (`null` clears it); fields left out stay as they are.
    The query and filters stay fixed: the search's feeds and its "new since" were found with
    them, so a different query is a new saved search."""
    changed = saved.update(search_id, body.model_dump(exclude_unset=True))
    if changed is None:
        raise NotFound(f"no saved search with id {search_id}")
    return _out(changed, tokens)


@router.delete(
    "/{search_id}",
    status_code=204,
    responses={**NOT_FOUND, **TOO_LARGE},
    summary="Delete a saved search",
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
    tokens: FeedTokensDep,
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
    found = _check(saved, search_id, backend, mark_checked)
    return NewMatches(
        saved_search=_out(found.search, tokens),
        previous_check=found.previous_check,
        checked_at=found.checked_at,
        new=[SearchHit.of(h) for h in found.new],
    )


@router.post(
    "/{search_id}/run",
    response_model=RunResult,
    responses={**NOT_FOUND, **TOO_LARGE},
    summary="Run a saved search now",
)
def run_now(search_id: SearchId, saved: SavedDep, backend: BackendDep) -> RunResult:
    """Check the saved search now, as `newsintel alerts run` does for each: its new matches
    are recorded (added to its feeds, owed to its webhooks at the next alert run) and
    returned, and its spike flag is brought up to date."""
    found = _check(saved, search_id, backend, record=True)
    assert found.checked_at is not None
    return RunResult(
        search_id=search_id, new=[SearchHit.of(h) for h in found.new], checked_at=found.checked_at
    )


@router.get(
    "/{search_id}/feed.atom",
    responses={**NOT_FOUND, 200: {"content": {"application/atom+xml": {}}}},
    response_class=Response,
    summary="Alerts of a saved search as an Atom feed",
)
def feed_atom(
    search_id: SearchId, saved: SavedDep, request: Request, token: FeedToken = None
) -> Response:
    """The newest alert items of the saved search (Atom 1.0), newest first; spike days'
    items carry a `spike` category."""
    item = _get(saved, search_id)
    entries = items.latest(saved.db, search_id, feeds.FEED_LIMIT)
    body = feeds.atom(item, entries, str(request.url), _absolute_search_url(request, item))
    return Response(body, media_type="application/atom+xml; charset=utf-8")


@router.get(
    "/{search_id}/feed.json",
    responses={**NOT_FOUND, 200: {"content": {"application/feed+json": {}}}},
    response_class=Response,
    summary="Alerts of a saved search as a JSON Feed",
)
def feed_json(
    search_id: SearchId, saved: SavedDep, request: Request, token: FeedToken = None
) -> Response:
    """The newest alert items of the saved search (JSON Feed 1.1), newest first; newsintel's
    own fields (outlets, score, spike) under `_newsintel`."""
    item = _get(saved, search_id)
    entries = items.latest(saved.db, search_id, feeds.FEED_LIMIT)
    body = feeds.json_feed(item, entries, str(request.url), _absolute_search_url(request, item))
    return Response(
        json.dumps(body, ensure_ascii=False), media_type="application/feed+json; charset=utf-8"
    )


def _absolute_search_url(request: Request, saved: dict) -> str:
    return str(request.base_url).rstrip("/") + _search_url(saved)


def _check(saved: SavedSearchStore, search_id: int, backend: BackendDep, record: bool) -> Check:
    found = check(saved, search_id, BackendFinder(backend), record=record)
    if found is None:
        raise NotFound(f"no saved search with id {search_id}")
    return found


def _get(saved: SavedSearchStore, search_id: int) -> dict:
    item = saved.get(search_id)
    if item is None:
        raise NotFound(f"no saved search with id {search_id}")
    return item
