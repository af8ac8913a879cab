"""GET /people: officials and spokespeople named in the news."""

from __future__ import annotations

from typing import Annotated, Optional

from fastapi import APIRouter, Query

from corpus.queries.people import count_people, list_people
from search_api.http.deps import StoreDep
from search_api.http.errors import ERROR_RESPONSES
from search_api.http.pagination import decode_cursor, next_cursor
from search_api.http.params import Cursor, page_limit
from search_api.http.schemas import PersonList

router = APIRouter(tags=["organizations"], responses=ERROR_RESPONSES)


@router.get("/people", response_model=PersonList, summary="Find people")
def people(
    store: StoreDep,
    q: Annotated[
        Optional[str], Query(max_length=200, description="Part of the name.", examples=["Anggoro"])
    ] = None,
    organization: Annotated[
        Optional[str],
        Query(
            max_length=200,
            description="Organisation id, name, acronym or alias (part of it).",
            examples=["BPJAMSOSTEK"],
        ),
    ] = None,
    limit: Annotated[int, page_limit()] = 50,
    cursor: Cursor = None,
) -> PersonList:
    """People the news names, most mentioned first, with the roles and organisations the
    articles give them (pass a name to /search?person= for their coverage)."""
    key = {"q": q, "organization": organization}
    offset = decode_cursor(cursor, key)
    total = count_people(store.db, q, organization)
    items = list_people(store.db, q, organization, limit, offset)
    return PersonList(
        total=total, items=items, next_cursor=next_cursor(offset, len(items), total, key)
    )
