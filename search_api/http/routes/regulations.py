"""GET /regulations and /regulations/{id}: regulations and the news citing them."""

from __future__ import annotations

from typing import Annotated, Literal, Optional

from fastapi import APIRouter, Path, Query

from corpus.queries.regulations import citing_news, find_regulation, list_regulations, passages
from search_api.http.deps import StoreDep
from search_api.http.errors import ERROR_RESPONSES, NOT_FOUND, NotFound
from search_api.http.pagination import decode_cursor, next_cursor
from search_api.http.params import Cursor, page_limit
from search_api.http.schemas import RegulationDetail, RegulationList

router = APIRouter(tags=["regulations"], responses=ERROR_RESPONSES)


@router.get("/regulations", response_model=RegulationList, summary="Regulations cited")
def regulations(
    store: StoreDep,
    q: Annotated[
        Optional[str],
        Query(
            max_length=300,
            description="Words of the type, number, year or title.",
            examples=["jaminan sosial"],
        ),
    ] = None,
    type: Annotated[
        Optional[str],
        Query(
            max_length=100,
            description="Regulation type, long or short form (Inpres = Instruksi Presiden).",
            examples=["Inpres"],
        ),
    ] = None,
    year: Annotated[
        Optional[int], Query(ge=1900, le=2100, description="Year enacted.", examples=[2021])
    ] = None,
    resolved: Annotated[
        Optional[bool],
        Query(
            description="true: only regulations the store holds; false: only references to "
            "regulations it lacks; omitted: both."
        ),
    ] = None,
    sort: Annotated[
        Literal["citations", "year", "last_cited"],
        Query(
            description="citations: most cited first; year: newest first; last_cited: most "
            "recently cited first."
        ),
    ] = "citations",
    limit: Annotated[int, page_limit()] = 50,
    cursor: Cursor = None,
) -> RegulationList:
    """Stored regulations and the references the news make to them, with how many news
    documents cite each. References to regulations the store lacks are grouped by type,
    number and year (long and short forms together) and listed with a `ref-...` id."""
    key = {"q": q, "type": type, "year": year, "resolved": resolved, "sort": sort}
    offset = decode_cursor(cursor, key)
    items = list_regulations(store.db, q, type, year, resolved, sort)
    page = items[offset : offset + limit]
    return RegulationList(
        total=len(items), items=page, next_cursor=next_cursor(offset, len(page), len(items), key)
    )


@router.get(
    "/regulations/{reg_id}",
    response_model=RegulationDetail,
    responses=NOT_FOUND,
    summary="One regulation",
)
def regulation(
    store: StoreDep,
    reg_id: Annotated[
        str,
        Path(
            max_length=300,
            description="Id from /regulations (a "
            "document id, or ref-... for an unresolved reference).",
            examples=["ref-inpres-2-2021"],
        ),
    ],
    q: Annotated[
        Optional[str],
        Query(
            max_length=300,
            description="Return the passages with the most of these words, highlighted.",
            examples=["jaminan sosial"],
        ),
    ] = None,
    passages_limit: Annotated[
        int, Query(alias="passages", ge=0, le=200, description="How many text passages (0: none).")
    ] = 20,
) -> RegulationDetail:
    """Metadata (type, number, year, title, status, issuer... as crawled), text passages with
    page numbers, and the news citing it, newest first."""
    reg = find_regulation(store.db, reg_id)
    if reg is None:
        raise NotFound(f"no regulation with id {reg_id!r} (see /regulations)")
    text = passages(store.db, reg_id, q, passages_limit) if reg["resolved"] else []
    return RegulationDetail(**reg, passages=text, citing=citing_news(store.db, reg))
